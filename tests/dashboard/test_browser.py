"""The demo in a real browser: `outagewatch demo` run as a user would, driven by Debian's chromium.

The module starts the real command (`outagewatch --db <tmp>/demo.db demo --port <free port>`),
which builds its database from the bundled sample world over a loopback server through the whole
pipeline and then serves the dashboard. The tests then click through every page, filter and
search the incident list, open the AWS Cost Explorer incident from the results (ids are derived by
the pipeline, so it is found by what the list shows, never by id) and check both accounts are on
screen with their quotes, and check the Vendor vs press page lists disagreements.

Screenshots for the README: every run writes `docs/screenshots/<name>.tmp.png` (git-ignored); the
committed `<name>.png` is written when missing or when OUTAGEWATCH_UPDATE_SCREENSHOTS=1, so an
ordinary run leaves the working tree clean (pixels differ slightly between runs). Never downloads a
browser: skips when /usr/bin/chromium is absent (install it with `make browser`).
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
WAIT_MS = 30_000
# Building the demo takes 20–40 s on an idle machine; allow for a busy one.
DEMO_START_S = 240
KINDS = {"contradiction", "denial", "magnitude", "scope", "omission", "drift"}
PAGES = {  # sidebar label → text the page shows once it has rendered
    "Overview": "Cloud and internet outages",
    "Incidents": "incidents match",
    "Vendor vs press": "Acknowledgement delays",
    "Sources": "Refresh runs",
    "Export": "Data dictionary",
    "Review": "Override history",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _outagewatch() -> list[str]:
    """The installed console script beside this interpreter, as a user would type it."""
    script = Path(sys.executable).with_name("outagewatch")
    return [str(script)] if script.exists() else [sys.executable, "-m", "outagewatch_cli.main"]


def _stop(process: subprocess.Popen) -> None:
    """Stop the demo and the streamlit it spawned: they share the session started for them."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        pass
    try:
        os.killpg(process.pid, signal.SIGKILL)  # whatever of the group is still there
    except ProcessLookupError:
        pass
    process.wait(timeout=5)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    if not CHROMIUM.exists():
        pytest.skip("browser test needs Debian's chromium at /usr/bin/chromium (run `make browser`)")
    workdir = tmp_path_factory.mktemp("demo")
    port = _free_port()
    log_path = workdir / "demo.log"
    # Output goes to a file: a pipe nobody reads would stall the demo once its buffer fills.
    with open(log_path, "wb") as log:
        process = subprocess.Popen([*_outagewatch(), "--db", str(workdir / "demo.db"), "demo", "--port", str(port)],
                                   cwd=workdir, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + DEMO_START_S
    try:
        while True:
            try:
                if httpx.get(f"{base}/_stcore/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"`outagewatch demo` did not serve {base} (exit {process.poll()}):\n"
                            f"{log_path.read_text(errors='replace')[-3000:]}")
            time.sleep(0.5)
        yield base
    finally:
        _stop(process)


@pytest.fixture(scope="module")
def page(demo):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        yield context.new_page()
        browser.close()


def _settle(page, marker: str) -> None:
    page.get_by_text(marker, exact=False).first.wait_for(timeout=WAIT_MS)
    page.wait_for_load_state("networkidle")
    exceptions = page.locator('[data-testid="stException"]')
    assert exceptions.count() == 0, exceptions.first.inner_text()


def _choose(page, box_label: str, option_text: str) -> None:
    """Open a select box and pick an option. A rerun still finishing (after the search updated the URL)
    can close the list as it opens, so open it again until the option shows, as a user would."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    box = page.locator('[data-testid="stSelectbox"]').filter(has_text=box_label).locator("input")
    option = page.get_by_role("option").filter(has_text=option_text).first
    deadline = time.monotonic() + WAIT_MS / 1000
    while True:
        page.wait_for_load_state("networkidle")
        box.click()
        try:
            option.wait_for(timeout=3_000)
            break
        except PlaywrightTimeout:
            page.keyboard.press("Escape")
            if time.monotonic() > deadline:
                raise
    option.click()


def _visit(page, url: str, marker: str) -> None:
    page.goto(url)
    _settle(page, marker)


def _shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(800)  # let charts finish drawing
    final = SHOTS / name
    update = os.environ.get("OUTAGEWATCH_UPDATE_SCREENSHOTS") == "1" or not final.exists()
    target = final if update else final.with_suffix(".tmp.png")
    page.screenshot(path=str(target))
    assert target.stat().st_size > 10_000, f"{target} looks blank"


def _match_count(page) -> int:
    caption = page.get_by_text(re.compile(r"^[\d,]+ incidents? match")).first
    caption.wait_for(timeout=WAIT_MS)
    return int(caption.inner_text().split()[0].replace(",", ""))


def _wait_for_count_change(page, before: int) -> int:
    deadline = time.monotonic() + WAIT_MS / 1000
    while (now := _match_count(page)) == before and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    return now


def _grid_column(table, name: str) -> list[str]:
    """One column of an st.dataframe, as far as it is scrolled into view (the grid only keeps visible cells)."""
    table.scroll_into_view_if_needed()
    # The grid draws on a canvas and keeps a hidden accessible copy of the cells in view; read it in
    # one go, since Streamlit may redraw the grid between two reads.
    table.locator('[role="gridcell"]').first.wait_for(state="attached", timeout=WAIT_MS)
    grid = table.evaluate("""t => ({
        headers: [...t.querySelectorAll('[role="columnheader"]')].map(h => h.textContent),
        rows: [...t.querySelectorAll('tbody tr')].map(r => [...r.querySelectorAll('[role="gridcell"]')].map(c => c.textContent)),
    })""")
    at = grid["headers"].index(name)
    return [row[at] for row in grid["rows"] if len(row) > at]


def _grid_column_once_it_has(table, name: str, n_rows: int) -> list[str]:
    """The column once the grid shows n_rows rows (after a filter, the old rows linger for a moment)."""
    deadline = time.monotonic() + WAIT_MS / 1000
    while len(column := _grid_column(table, name)) != n_rows and time.monotonic() < deadline:
        time.sleep(0.2)
    return column


def test_every_page_opens_from_the_sidebar(demo, page):
    _visit(page, demo + "/", PAGES["Overview"])
    for label, marker in PAGES.items():
        page.locator('[data-testid="stSidebarNav"] a').filter(has_text=label).click()
        _settle(page, marker)
        assert page.locator("h1").first.inner_text().strip() in (label, marker)


def test_overview_shows_figures_charts_and_recent_disagreements(demo, page):
    _visit(page, demo + "/", "Cloud and internet outages")
    # (the title comes before the figures: on a slow machine the metrics may not be drawn yet when it shows)
    for label in ("Incidents", "Providers", "Median duration"):
        page.locator('[data-testid="stMetricLabel"]').filter(has_text=label).first.wait_for(timeout=WAIT_MS)
    values = {m.locator('[data-testid="stMetricLabel"]').inner_text().strip(): m.locator('[data-testid="stMetricValue"]').inner_text()
              for m in page.locator('[data-testid="stMetric"]').all()}
    assert int(values["Incidents"].replace(",", "")) >= 10 and int(values["Providers"]) >= 5
    assert values["Median duration"] != "unknown"
    page.locator(".vega-embed").nth(3).wait_for(timeout=WAIT_MS)
    _shot(page, "overview.png")
    severe = page.locator('[data-testid="stDataFrame"]').first
    severe.wait_for(timeout=WAIT_MS)
    kinds = _grid_column(severe, "kind")
    assert kinds and set(kinds) <= KINDS, "the most severe recent disagreements are listed"


def test_incidents_filtered_to_aws_and_searched_open_the_cost_explorer_incident_with_both_accounts(demo, page):
    _visit(page, demo + "/incidents", "incidents match")
    everything = _match_count(page)

    provider = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Provider")
    provider.locator("input").click()
    page.keyboard.type("AWS")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    aws = _wait_for_count_change(page, everything)
    assert 0 < aws < everything and "provider=AWS" in page.url

    box = page.get_by_label("Search the documents' text")
    box.fill("Kiro")  # the press reports name Amazon's agent
    box.press("Enter")
    found = _wait_for_count_change(page, aws)
    assert 0 < found < aws and "q=Kiro" in page.url  # the view can be shared
    table = page.locator('[data-testid="stDataFrame"]').first
    assert set(_grid_column_once_it_has(table, "provider", found)) == {"AWS"}
    _shot(page, "incidents.png")

    _choose(page, "Open an incident", "Cost Explorer")
    _settle(page, "Vendor account and press account")
    assert "incident=" in page.url
    assert page.get_by_text("Where the accounts differ").count() == 1

    cause = page.locator('[data-testid="stExpander"]').filter(has=page.locator("summary").get_by_text("cause", exact=True))
    vendor, press = cause.locator('[data-testid="stColumn"]').nth(0), cause.locator('[data-testid="stColumn"]').nth(1)
    assert vendor.inner_text().startswith("Vendor") and press.inner_text().startswith("Press")
    vendor_quotes = [q.inner_text() for q in vendor.locator("blockquote").all()]
    press_quotes = [q.inner_text() for q in press.locator("blockquote").all()]
    assert any(re.search(r"user error|access control", q, re.I) for q in vendor_quotes), vendor_quotes
    assert any(re.search(r"\bagent\b", q, re.I) for q in press_quotes), press_quotes
    # Each quote links to the document it was taken from.
    assert vendor.locator("a[href^='http']").count() >= 1 and press.locator("a[href^='http']").count() >= 1

    # The README picture: the incident's facts, where the accounts differ, and both accounts.
    page.set_viewport_size({"width": 1280, "height": 1400})
    page.locator("h2").first.evaluate("e => e.scrollIntoView({block: 'start'})")
    page.mouse.move(1270, 1390)  # no hover highlight in the picture
    _shot(page, "incident.png")
    page.set_viewport_size({"width": 1280, "height": 800})


def test_vendor_vs_press_lists_disagreements_and_narrows_to_a_provider(demo, page):
    _visit(page, demo + "/vendor_vs_press", "Acknowledgement delays")
    heading = page.get_by_text(re.compile(r"^Disagreements \(\d")).first.inner_text()
    total = int(re.search(r"\(([\d,]+)", heading).group(1).replace(",", ""))
    assert total > 0
    table = page.locator('[data-testid="stDataFrame"]').first
    kinds = set(_grid_column(table, "kind"))
    assert kinds and kinds <= KINDS
    assert all(_grid_column(table, "summary"))  # each says in a sentence what differs
    page.locator(".vega-embed").first.wait_for(timeout=WAIT_MS)
    _shot(page, "vendor-vs-press.png")

    _visit(page, demo + "/vendor_vs_press?provider=AWS", "Acknowledgement delays")
    narrowed = page.get_by_text(re.compile(r"^Disagreements \(\d")).first.inner_text()
    assert int(re.search(r"\(([\d,]+)", narrowed).group(1)) < total
    assert set(_grid_column(page.locator('[data-testid="stDataFrame"]').first, "provider")) == {"AWS"}


def test_sources_page_shows_every_sample_source_healthy(demo, page):
    _visit(page, demo + "/sources", "Refresh runs")
    values = {m.locator('[data-testid="stMetricLabel"]').inner_text().strip(): m.locator('[data-testid="stMetricValue"]').inner_text()
              for m in page.locator('[data-testid="stMetric"]').all()}
    assert int(values["Sources"]) > 0 and values["Failing now"] == "0"
    _shot(page, "sources.png")
