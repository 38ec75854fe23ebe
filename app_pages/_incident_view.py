"""One incident: facts with their basis, vendor and press accounts side by side, timeline, documents.

Scraped text (quotes, titles, outlets) is shown through escape_md / md_link or in tables — never as HTML.
"""

from __future__ import annotations

import streamlit as st

from app_pages import _helpers as h
from data.queries import Evidence, IncidentDetail


def _evidence(items: list[Evidence], side: str) -> None:
    if not items:
        st.caption(f"The {side} says nothing about this.")
        return
    for e in items:
        who = e.speaker or e.outlet or side
        stance = " (a denial)" if e.polarity == "denies" else ""
        label = h.evidence_headline(e.attribute, e.value, e.normalized, e.quote, e.polarity)
        st.markdown(f"**{h.escape_md(label)}** — {h.escape_md(who)}{stance}")
        st.markdown(f"> {h.escape_md(e.quote)}")
        st.caption(f"{h.md_link(e.document_title, e.url)} · {h.escape_md((e.published_at or 'undated')[:10])}")


def show_incident(detail: IncidentDetail) -> None:
    inc = detail.incident
    st.header(inc["title"] or inc["id"])
    st.caption(f"{h.escape_md(inc['provider'] or 'unknown provider')} · incident `{inc['id']}` · "
               f"{inc['n_vendor_documents']} vendor and {inc['n_press_documents']} press documents")
    c = st.columns(4)
    c[0].metric("Started", (inc["started_at"] or "unknown")[:16], help=f"basis: {inc['start_basis'] or 'unknown'}")
    c[1].metric("Ended", (inc["ended_at"] or "unknown")[:16])
    c[2].metric("Duration", h.fmt_hours(inc["duration_hours"]), help=f"basis: {inc['duration_basis'] or 'unknown'}")
    c[3].metric("AI status", inc["ai_status"] or "none")
    st.markdown(f"**Services:** {h.escape_md(', '.join(detail.services) or 'not stated')}  \n"
                f"**Regions:** {h.escape_md(', '.join(detail.regions) or 'not stated')}  \n"
                f"**Cause:** vendor {h.escape_md(h.fmt_code(inc['vendor_cause']) or 'silent')} · "
                f"press {h.escape_md(h.fmt_code(inc['press_cause']) or 'silent')} · recorded as "
                f"{h.escape_md(h.fmt_code(inc['cause_category']) or 'unknown')} (basis: {h.escape_md(h.fmt_code(inc['cause_basis']) or 'unknown')})")

    if detail.disagreements:
        st.subheader("Where the accounts differ")
        st.dataframe(detail.disagreements, hide_index=True, placeholder="—", width="stretch", key="inc_view_disagreements",
                     column_config={"id": None})

    st.subheader("Vendor account and press account")
    if not detail.accounts:
        st.info("No claims were extracted for this incident yet.")
    for account in detail.accounts:
        with st.expander(account.attribute, expanded=account.attribute in ("cause", "ai", "duration", "scope")):
            vendor, press = st.columns(2)
            with vendor:
                st.markdown("**Vendor**")
                _evidence(account.vendor, "vendor")
            with press:
                st.markdown("**Press**")
                _evidence(account.press, "press")
            if account.other:
                st.markdown("**Others** (analysts, monitoring firms, customers)")
                _evidence(account.other, "others")

    st.subheader("Timeline")
    if detail.timeline:
        st.dataframe([{"at": e.at, "event": e.kind, "who": e.label, "what": e.text, "link": h.safe_url(e.url)}
                      for e in detail.timeline],
                     hide_index=True, placeholder="—", width="stretch", key="inc_view_timeline",
                     column_config={"link": st.column_config.LinkColumn("link", display_text="open")})
    st.subheader("Documents")
    st.dataframe([{**d, "url": h.safe_url(d["url"])} for d in detail.documents], hide_index=True, placeholder="—",
                 width="stretch", key="inc_view_documents",
                 column_config={"id": None, "url": st.column_config.LinkColumn("url")})
