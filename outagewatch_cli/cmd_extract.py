"""`outagewatch extract`: NLP only, no database — one output line per input line, same order."""

from __future__ import annotations

import sys
from pathlib import Path

HELP = "run extraction on a documents JSONL file (DESIGN.md §4) and write results (§5) as JSONL"
EXAMPLE = "outagewatch extract data/sample/documents.jsonl -o extracted.jsonl"


def add_arguments(parser) -> None:
    parser.add_argument("input", type=Path, help="documents JSONL file, or - for standard input")
    parser.add_argument("-o", "--output", type=Path, default=None, help="output JSONL file (default: standard output)")


def run(args) -> int:
    from outagewatch_cli.errors import UsageError
    from nlp.jsonl import extract_file

    if str(args.input) != "-" and not args.input.is_file():
        raise UsageError(f"input file {args.input} not found")
    out = sys.stdout if args.output is None else open(args.output, "w", encoding="utf-8")
    try:
        n_ok, n_errors = extract_file(sys.stdin if str(args.input) == "-" else args.input, out)
    finally:
        if out is not sys.stdout:
            out.close()
    print(f"extracted {n_ok} documents, {n_errors} lines with errors", file=sys.stderr)
    return 1 if n_errors else 0
