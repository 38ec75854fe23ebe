"""One writer job at a time: an OS file lock next to the database.

`fcntl.flock` is held by the open file description, so the kernel releases it when the process
dies for any reason (SIGKILL included) — no stale lock files to clean up by hand.
"""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from data.db import StoreError


class LockHeld(StoreError):
    """Another outagewatch job is writing this database right now (exit 2, one line)."""


def lock_path_for(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


@contextmanager
def job_lock(db_path: str | Path, command: str) -> Iterator[Path]:
    """Hold `<db>.lock` for the duration of a writing job, or raise LockHeld at once."""
    path = lock_path_for(db_path)
    try:
        handle = open(path, "a+", encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot create lock file {path}: {exc.strerror}") from None
    try:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "another process"
            raise LockHeld(
                f"another outagewatch job is already writing {db_path} ({holder}); "
                f"wait for it to finish — the lock ({path}) is released automatically when it exits"
            ) from None
        # Who holds it, for the message above; informational only, the flock is what counts.
        handle.seek(0)
        handle.truncate()
        handle.write(f"{command}, pid {os.getpid()}")
        handle.flush()
        try:
            yield path
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    finally:
        handle.close()
