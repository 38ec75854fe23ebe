"""One writer per format. Each receives rows in batches (so 100k documents never sit in memory
at once) and writes them byte-for-byte the same way every time: fixed column order, fixed line
endings, no timestamps of its own."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol

from data.export.schema import Table


class TableWriter(Protocol):
    path: Path

    def write(self, rows: list[dict[str, Any]]) -> None: ...

    def close(self) -> None: ...


def _csv_cell(value: Any, kind: str) -> str:
    if value is None:
        return ""
    if kind == "array":
        return json.dumps(value, ensure_ascii=False)
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "number":
        return repr(float(value))
    return str(value)


class CsvWriter:
    def __init__(self, table: Table, out_dir: Path) -> None:
        self.table = table
        self.path = out_dir / f"{table.name}.csv"
        self._file = open(self.path, "w", encoding="utf-8", newline="")
        self._csv = csv.writer(self._file, lineterminator="\n")
        self._csv.writerow(table.column_names)
        self._kinds = [(c.name, c.type) for c in table.columns]

    def write(self, rows: list[dict[str, Any]]) -> None:
        self._csv.writerows([_csv_cell(row.get(name), kind) for name, kind in self._kinds] for row in rows)

    def close(self) -> None:
        self._file.close()


class JsonlWriter:
    def __init__(self, table: Table, out_dir: Path) -> None:
        self.table = table
        self.path = out_dir / f"{table.name}.jsonl"
        self._file = open(self.path, "w", encoding="utf-8", newline="\n")
        self._names = table.column_names

    def write(self, rows: list[dict[str, Any]]) -> None:
        self._file.writelines(
            json.dumps({n: row.get(n) for n in self._names}, ensure_ascii=False, separators=(",", ":")) + "\n" for row in rows
        )

    def close(self) -> None:
        self._file.close()


def _arrow_type(kind: str):
    import pyarrow as pa

    return {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.float64(),
        "boolean": pa.bool_(),
        "datetime": pa.timestamp("s", tz="UTC"),
        "array": pa.list_(pa.string()),
    }[kind]


def _arrow_value(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "datetime":
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    if kind == "number":
        return float(value)
    return value


class ParquetWriter:
    def __init__(self, table: Table, out_dir: Path) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        self.table = table
        self.path = out_dir / f"{table.name}.parquet"
        self._schema = pa.schema(
            [pa.field(c.name, _arrow_type(c.type), nullable=not c.required, metadata={"description": c.description}) for c in table.columns]
        )
        self._kinds = [(c.name, c.type) for c in table.columns]
        self._writer = pq.ParquetWriter(self.path, self._schema, compression="zstd")
        self._wrote = False

    def write(self, rows: list[dict[str, Any]]) -> None:
        import pyarrow as pa

        if not rows:
            return
        columns = {name: [_arrow_value(row.get(name), kind) for row in rows] for name, kind in self._kinds}
        self._writer.write_table(pa.table(columns, schema=self._schema))
        self._wrote = True

    def close(self) -> None:
        import pyarrow as pa

        if not self._wrote:  # an empty table still gets its schema
            self._writer.write_table(pa.table({n: [] for n, _ in self._kinds}, schema=self._schema))
        self._writer.close()


_SQL_TYPES = {"string": "TEXT", "integer": "INTEGER", "number": "REAL", "boolean": "INTEGER", "datetime": "TEXT", "array": "TEXT"}


class SqliteExport:
    """All tables in one `outagewatch.sqlite`, built beside the target and moved into place."""

    def __init__(self, out_dir: Path) -> None:
        self.path = out_dir / "outagewatch.sqlite"
        self._tmp = out_dir / ".outagewatch.sqlite.tmp"
        if self._tmp.exists():
            self._tmp.unlink()
        self.conn = sqlite3.connect(self._tmp)
        self.conn.execute("PRAGMA journal_mode = OFF")

    def table(self, table: Table) -> "SqliteWriter":
        return SqliteWriter(self, table)

    def finish(self) -> None:
        self.conn.commit()
        self.conn.close()
        os.replace(self._tmp, self.path)


class SqliteWriter:
    def __init__(self, export: SqliteExport, table: Table) -> None:
        self.table = table
        self.path = export.path
        self._conn = export.conn
        columns = []
        for c in table.columns:
            spec = f'"{c.name}" {_SQL_TYPES[c.type]}'
            if c.name == table.primary_key:
                spec += " PRIMARY KEY"
            elif c.required:
                spec += " NOT NULL"
            columns.append(spec)
        for fk in table.foreign_keys:
            columns.append(f'FOREIGN KEY ("{fk.column}") REFERENCES "{fk.table}"("{fk.table_column}")')
        self._conn.execute(f'CREATE TABLE "{table.name}" ({", ".join(columns)})')
        self._kinds = [(c.name, c.type) for c in table.columns]
        marks = ", ".join("?" * len(self._kinds))
        self._insert = f'INSERT INTO "{table.name}" VALUES ({marks})'

    def _value(self, value: Any, kind: str) -> Any:
        if value is None:
            return None
        if kind == "array":
            return json.dumps(value, ensure_ascii=False)
        if kind == "boolean":
            return int(bool(value))
        return value

    def write(self, rows: list[dict[str, Any]]) -> None:
        self._conn.executemany(self._insert, [[self._value(row.get(n), k) for n, k in self._kinds] for row in rows])

    def close(self) -> None:
        pass
