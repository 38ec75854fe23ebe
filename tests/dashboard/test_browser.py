"""The dashboard in a real browser: Debian's chromium through Playwright, against `streamlit run`.

Goes through every page, filters, searches, opens an incident and checks both accounts are on
screen; saves the README's screenshots to docs/screenshots/. Every run writes `<name>.tmp.png`
(git-ignored); the committed `<name>.png` is written when missing or when
OUTAGEWATCH_UPDATE_SCREENSHOTS=1, so an ordinary test run leaves the working tree clean (pixels
differ slightly between runs). Never downloads a browser: skips when /usr/bin/chromium is absent
(install it with `make browser`).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.fixtures_db import INC_COST_EXPLORER, build_fixture_db

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
WAIT_MS = 20_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("browser test needs Debian's chromium at /usr/bin/chromium (run `make browser`)")
    db = build_fixture_db(tmp_path_factory.mktemp("browser") / "fixture.db")
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.address", "127.0.0.1",
         "--server.port", str(port), "--server.headless", "true", "--browser.gatherUsageStats", "false"],
        cwd=ROOT, env={**os.environ, "OUTAGEWATCH_DB": str(db)}, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                if httpx.get(f"{base}/_stcore/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                output = process.stdout.read().decode(errors="replace") if process.poll() is not None else ""
                pytest.fail(f"streamlit did not start on {base}: {output[-2000:]}")
            time.sleep(0.3)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        yield context.new_page()
        browser.close()


def _visit(page, url: str, marker: str) -> None:
    page.goto(url)
    page.get_by_text(marker, exact=False).first.wait_for(timeout=WAIT_MS)
    page.wait_for_load_state("networkidle")
    assert page.locator('[data-testid="stException"]').count() == 0, page.locator('[data-testid="stException"]').first.inner_text()


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(500)  # let charts finish drawing
    final = SHOTS / name
    update = os.environ.get("OUTAGEWATCH_UPDATE_SCREENSHOTS") == "1" or not final.exists()
    target = final if update else final.with_suffix(".tmp.png")
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000, f"{target} looks blank"


def test_overview_shows_figures_and_charts(server, page):
    _visit(page, server + "/", "Cloud and internet outages")
    page.locator('[data-testid="stMetric"]').first.wait_for(timeout=WAIT_MS)
    assert page.locator('[data-testid="stMetricValue"]').first.inner_text() == "4"
    page.locator(".vega-embed").nth(3).wait_for(timeout=WAIT_MS)
    _shot(page, "overview.png")


def test_incidents_filter_from_url_and_search_in_the_page(server, page):
    _visit(page, server + "/incidents?provider=AWS", "incidents match")
    assert page.get_by_text("2 incidents match").count() == 1
    _visit(page, server + "/incidents", "4 incidents match")
    _shot(page, "incidents.png")
    box = page.get_by_label("Search the documents' text")
    box.fill("Kiro")
    box.press("Enter")
    page.get_by_text("1 incident matches").wait_for(timeout=WAIT_MS)
    assert "q=Kiro" in page.url  # the view can be shared


def test_incident_view_shows_vendor_and_press_accounts(server, page):
    _visit(page, f"{server}/incidents?incident={INC_COST_EXPLORER}", "Vendor account and press account")
    page.get_by_text("misconfigured access controls", exact=False).first.wait_for(timeout=WAIT_MS)
    page.get_by_text("Kiro decided to delete and recreate the environment", exact=False).first.wait_for(timeout=WAIT_MS)
    assert page.locator('a[href="https://ledger.example.org/kiro"]').count() >= 1
    page.get_by_text("Vendor account and press account").scroll_into_view_if_needed()
    _shot(page, "incident.png")


def test_vendor_vs_press_sources_export_and_review_pages_render(server, page):
    _visit(page, server + "/vendor_vs_press", "Acknowledgement delays")
    page.locator(".vega-embed").first.wait_for(timeout=WAIT_MS)
    _shot(page, "vendor-vs-press.png")
    _visit(page, server + "/sources", "Refresh runs")
    assert page.get_by_text("github-status: failing", exact=False).count() == 1
    _shot(page, "sources.png")
    _visit(page, server + "/export", "Data dictionary")
    _visit(page, server + "/review", "Override history")
