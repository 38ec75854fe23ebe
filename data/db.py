"""Opening the outagewatch database safely: migrations, WAL, busy timeout, clear errors."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import sqlite_utils

from data.schema import MIGRATIONS, SCHEMA_VERSION

BUSY_TIMEOUT_MS = 30_000
DEFAULT_DB = "outagewatch.db"


class StoreError(RuntimeError):
    """A database problem explained in one line (missing, corrupt, read-only, too new)."""


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def default_db_path() -> Path:
    return Path(os.environ.get("OUTAGEWATCH_DB") or DEFAULT_DB)


def _configure(conn: sqlite3.Connection, *, readonly: bool) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        # WAL lets the dashboard read while the refresh job writes.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")


def schema_version(conn: sqlite3.Connection) -> int:
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"
    ).fetchone()
    if not has_table:
        return 0
    row = conn.execute("SELECT MAX(version) FROM schema_migrations").fetchone()
    return row[0] or 0


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> list[int]:
    """Apply pending migrations up to `target`, each in its own transaction; return versions applied."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations ("
        "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"database schema version {current} is newer than this outagewatch understands "
            f"({SCHEMA_VERSION}); upgrade outagewatch"
        )
    applied = []
    for version, description, sql in MIGRATIONS:
        if version <= current or version > target:
            continue
        try:
            conn.execute("BEGIN IMMEDIATE")
            for statement in _split_sql(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations (version, description, applied_at) VALUES (?, ?, ?)",
                (version, description, utc_now()),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(version)
    return applied


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN ... END;) whole."""
    statements, buffer = [], []
    for line in script.splitlines():
        buffer.append(line)
        candidate = "\n".join(buffer).strip()
        if candidate.endswith(";") and sqlite3.complete_statement(candidate):
            statements.append(candidate)
            buffer = []
    rest = "\n".join(buffer).strip()
    if rest:
        statements.append(rest)
    return statements


def open_db(path: str | Path | None = None, *, create: bool = True, readonly: bool = False) -> sqlite_utils.Database:
    """Open (and if needed create and migrate) the database, or raise StoreError with one line."""
    path = Path(path) if path is not None else default_db_path()
    if not path.exists():
        if not create or readonly:
            raise StoreError(f"no database at {path}: run `outagewatch refresh` or `outagewatch demo --build-only` first")
        parent = path.parent if str(path.parent) else Path(".")
        if not parent.is_dir():
            raise StoreError(f"cannot create database {path}: directory {parent} does not exist")
        if not os.access(parent, os.W_OK):
            raise StoreError(f"cannot create database {path}: directory {parent} is read-only")
    elif not readonly and not os.access(path.parent if str(path.parent) else Path("."), os.W_OK):
        raise StoreError(f"cannot write database {path}: its directory is read-only (SQLite needs to write its journal there)")
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(str(path), check_same_thread=False)
        _configure(conn, readonly=readonly)
        if readonly:
            version = schema_version(conn)
            if version != SCHEMA_VERSION:
                raise StoreError(
                    f"database {path} has schema version {version}, expected {SCHEMA_VERSION}: run `outagewatch reprocess` to upgrade it"
                )
        else:
            migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a usable outagewatch database ({exc}); move it aside and rebuild") from None
    return sqlite_utils.Database(conn)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction: everything inside commits together or not at all.

    Takes the write lock up front (BEGIN IMMEDIATE) so a concurrent writer waits for the busy
    timeout instead of failing half-way; nested use becomes a savepoint via sqlite-utils.
    """
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def check_integrity(db: sqlite_utils.Database) -> list[str]:
    """Problems SQLite finds in the file (empty list when healthy)."""
    rows = db.execute("PRAGMA integrity_check").fetchall()
    return [r[0] for r in rows if r[0] != "ok"]
