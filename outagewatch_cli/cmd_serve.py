"""`outagewatch serve`: the dashboard on an existing database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HELP = "serve the dashboard on an existing database (binds 127.0.0.1 unless told otherwise)"
EXAMPLE = "outagewatch --db outagewatch.db serve --port 8501"

APP = Path(__file__).resolve().parent.parent / "app.py"


def add_arguments(parser) -> None:
    parser.add_argument("--port", type=int, default=8501, help="port (default 8501)")
    parser.add_argument("--address", default="127.0.0.1", help="address to bind (default 127.0.0.1)")


def streamlit_command(db: Path, port: int, address: str) -> tuple[list[str], dict[str, str]]:
    env = {**os.environ, "OUTAGEWATCH_DB": str(Path(db).resolve())}
    command = [
        sys.executable, "-m", "streamlit", "run", str(APP),
        "--server.address", address,
        "--server.port", str(port),
        "--server.headless", "true",
        "--browser.gatherUsageStats", "false",
        "--client.toolbarMode", "viewer",  # no "Deploy" button: this is a read-only viewer
    ]
    return command, env


def run(args) -> int:
    from data.db import open_db

    open_db(args.db, readonly=True).close()  # clear error now rather than inside the browser
    command, env = streamlit_command(args.db, args.port, args.address)
    print(f"outagewatch dashboard on http://{args.address}:{args.port}  (Ctrl-C to stop)")
    return subprocess.call(command, env=env)
