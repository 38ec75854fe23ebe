"""`outagewatch extract`: documents JSONL in (§4), results JSONL out (§5), one line per line.

Output line n always answers input line n: a result object, or `{"line": n, "error": "..."}` for a
line that is not a JSON object (blank lines included, so counts and order line up exactly).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from nlp.extract import Extractor


def _read_lines(source: Path | str | IO[str]) -> Iterator[tuple[int, str]]:
    if isinstance(source, (str, Path)):
        with open(source, encoding="utf-8", errors="replace") as fh:
            yield from enumerate(fh, start=1)
    else:
        yield from enumerate(source, start=1)


def _parse(n: int, line: str) -> dict:
    """A document dict, or an error marker carried through the pipeline in place of the line."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"__line_error__": f"invalid JSON: {exc.msg} at column {exc.colno}"}
    if not isinstance(obj, dict):
        return {"__line_error__": f"expected a JSON object, got {type(obj).__name__}"}
    if not isinstance(obj.get("text"), str) and not isinstance(obj.get("html"), str):
        return {"__line_error__": "document has neither 'text' nor 'html' as a string"}
    return obj


def extract_file(in_path: Path | str | IO[str], out_stream: IO[str], extractor: Extractor | None = None,
                 batch_size: int = 64) -> tuple[int, int]:
    """Stream `in_path` through the extractor into `out_stream`; returns (documents ok, lines with errors).

    A document result carrying `error` or `skipped_reason` still counts as ok for skipped reasons
    (non-English, empty) and as an error when extraction itself failed."""
    extractor = extractor or Extractor()
    lines = ((n, _parse(n, line)) for n, line in _read_lines(in_path))
    n_ok = n_err = 0
    # Keep line numbers beside documents while letting the extractor batch them.
    pending: list[tuple[int, dict]] = []

    def flush() -> None:
        nonlocal n_ok, n_err
        docs = [d for _, d in pending if "__line_error__" not in d]
        results = iter(extractor.extract_many(docs, batch_size=batch_size))
        for n, d in pending:
            if "__line_error__" in d:
                out = {"line": n, "error": d["__line_error__"]}
            else:
                out = next(results)
            if "error" in out:
                n_err += 1
            else:
                n_ok += 1
            out_stream.write(json.dumps(out, ensure_ascii=False) + "\n")
        pending.clear()

    for n, d in lines:
        pending.append((n, d))
        if len(pending) >= batch_size:
            flush()
    flush()
    return n_ok, n_err
