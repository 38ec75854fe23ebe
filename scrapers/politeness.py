"""Per-host pacing: never two requests to one host closer than `min_interval` seconds."""

from __future__ import annotations

import threading
import time


class HostGate:
    def __init__(self, min_interval_s: float) -> None:
        self.min_interval_s = min_interval_s
        self._lock = threading.Lock()
        self._host_locks: dict[str, threading.Lock] = {}
        self._next_slot: dict[str, float] = {}

    def _lock_for(self, host: str) -> threading.Lock:
        with self._lock:
            return self._host_locks.setdefault(host, threading.Lock())

    def wait_turn(self, host: str, deadline: float | None = None) -> bool:
        """Sleep until `host` may be asked again; False when that would pass `deadline`."""
        if self.min_interval_s <= 0:
            return True
        with self._lock_for(host):
            now = time.monotonic()
            start = max(now, self._next_slot.get(host, 0.0))
            if deadline is not None and start > deadline:
                return False
            self._next_slot[host] = start + self.min_interval_s
        time.sleep(max(0.0, start - now))
        return True
