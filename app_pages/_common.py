"""Streamlit glue shared by the pages: where the database is, cached reads, empty states.

Query results are cached for a minute, keyed by the database path and the query's arguments;
every cached call opens its own read-only connection (sqlite3 connections are not shared
between Streamlit's threads).
"""

from __future__ import annotations

from typing import Any

import streamlit as st

from app_pages import _helpers as h
from data import queries
from data.db import StoreError, default_db_path

CACHE_TTL_S = 60
REFRESH_HINT = "No data yet — run `outagewatch refresh` (or `outagewatch demo --build-only`) to fill the database."


def db_path() -> str:
    return str(default_db_path().resolve())


@st.cache_data(ttl=CACHE_TTL_S, show_spinner=False)
def _cached(query: str, path: str, args: tuple, kwargs: tuple) -> Any:
    with queries.reading(path) as db:
        return getattr(queries, query)(db, *args, **dict(kwargs))


def load(query: str, *args: Any, **kwargs: Any) -> Any:
    """Run data.queries.<query> through the cache; a database problem stops the page with its reason."""
    try:
        return _cached(query, db_path(), args, tuple(sorted(kwargs.items())))
    except StoreError as exc:
        st.error(f"Cannot read the database: {exc}")
        st.stop()


def url_choices(key: str, options: list[str]) -> list[str]:
    """Comma-separated choices from the URL, keeping only known ones (a stale shared link still opens)."""
    return [v for v in (st.query_params.get(key) or "").split(",") if v in options]


def set_url_choices(key: str, values: list[str]) -> None:
    """Mirror a widget's choices into the URL so the view can be shared; empty choices leave no trace."""
    joined = ",".join(values)
    if joined and st.query_params.get(key) != joined:
        st.query_params[key] = joined
    elif not joined and key in st.query_params:
        del st.query_params[key]


def empty_state(message: str = REFRESH_HINT) -> None:
    st.info(message)


def sidebar() -> None:
    with st.sidebar:
        path = default_db_path()
        st.caption(f"Database: `{path.name}`", help=str(path.resolve()))
        st.caption("Vendor accounts come from status pages and statements; press accounts from news reports.")


def disagreement_table(rows: list[dict[str, Any]], key: str, extra_columns: tuple[str, ...] = ()) -> None:
    """Disagreements most severe first; selecting one shows its whole summary (a table cell cuts a
    long one off) and a link to the incident with both accounts and their quotes."""
    # The summary says what differs in a sentence, so it comes right after who and how badly.
    event = st.dataframe(h.with_readable_starts(rows), hide_index=True, placeholder="—", width="stretch", key=key,
                         on_select="rerun", selection_mode="single-row",
                         column_order=["severity", "provider", "kind", "attribute", "summary", "started_at", "title", *extra_columns],
                         column_config={"severity": st.column_config.ProgressColumn("severity", min_value=0.0, max_value=1.0),
                                        "summary": st.column_config.TextColumn("summary", width="large"),
                                        "started_at": st.column_config.TextColumn("started (UTC)")})
    picked = event.selection.rows if event is not None else []
    if not picked:
        st.caption("Select a row to read its whole summary and open the incident.")
        return
    row = rows[picked[0]]
    st.markdown(f"**{h.escape_md(row['summary'])}**")
    st.page_link("app_pages/incidents.py", label="Open this incident: both accounts with their quotes",
                 icon=":material/open_in_new:", query_params={"incident": row["incident_id"]})
