"""The sample world: an offline corpus of outages, served over loopback for the demo and tests.

    python -m data.sample_world check   # validate every world file and label
    python -m data.sample_world build   # render data/sample/site/** and the JSONL files

    with serve() as server:             # http://127.0.0.1:<port>/status/aws/rss/all.rss ...
        write_demo_sources(server.base_url, path)
"""

from __future__ import annotations

from pathlib import Path

from data.sample_world.build import build, sources_toml
from data.sample_world.server import SampleServer
from data.sample_world.world import World, WorldProblem, load_world

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "sample"
WORLD_DIR = SAMPLE_DIR / "world"
SITE_DIR = SAMPLE_DIR / "site"

__all__ = [
    "SAMPLE_DIR", "SITE_DIR", "WORLD_DIR", "SampleServer", "World", "WorldProblem",
    "build", "load_world", "serve", "write_demo_sources",
]


def serve(port: int = 0, site_dir: Path | None = None) -> SampleServer:
    """Start serving the built site on 127.0.0.1 (port 0: any free port)."""
    return SampleServer(site_dir or SITE_DIR, port=port)


def write_demo_sources(base_url: str, path: str | Path, world_dir: Path | None = None) -> Path:
    """Write the demo's sources file pointing at a running sample server."""
    world = load_world(world_dir or WORLD_DIR)
    path = Path(path)
    path.write_text(sources_toml(world, base_url.rstrip("/")), encoding="utf-8")
    return path
