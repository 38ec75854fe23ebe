"""Run every benchmark (`benchmarks/bench_*.py`) in turn; each prints its figures and writes its
section of docs/benchmarks.md. Used by `make bench`."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    failures = 0
    for script in sorted(HERE.glob("bench_*.py")):
        module = f"benchmarks.{script.stem}"
        print(f"\n=== {module}", flush=True)
        started = time.perf_counter()
        code = subprocess.call([sys.executable, "-m", module, *sys.argv[1:]], cwd=HERE.parent)
        print(f"=== {module}: exit {code} after {time.perf_counter() - started:.1f} s", flush=True)
        failures += code != 0
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
