"""Incidents: filters (kept in the URL), full-text search, a sorted paged table and one incident's view."""

from datetime import date

import streamlit as st

from app_pages import _helpers as h
from app_pages._common import empty_state, load
from app_pages._incident_view import show_incident
from data.queries import AI_STATUSES, SORTABLE, IncidentFilter

PAGE_SIZE = 100

st.title("Incidents")
options = load("filter_options")
if not options.providers and options.first_day is None:
    empty_state()
    st.stop()

# Filters start from the URL so a shared link opens the same view.
from_url, problems = h.filter_from_params(st.query_params.to_dict())
from_url = h.without_unknown_options(from_url, options.providers, options.causes)
for problem in problems:
    st.warning(f"Link filter {problem}.")
first = date.fromisoformat(options.first_day[:10]) if options.first_day and len(options.first_day) >= 10 else None
last = date.fromisoformat(options.last_day[:10]) if options.last_day and len(options.last_day) >= 10 else None

with st.container(border=True):
    c1, c2, c3 = st.columns([2, 2, 3])
    since = c1.date_input("From", value=date.fromisoformat(from_url.since) if from_url.since else first, key="inc_since")
    until = c1.date_input("To", value=date.fromisoformat(from_url.until) if from_url.until else last, key="inc_until")
    providers = c2.multiselect("Provider", options.providers, default=list(from_url.providers), key="inc_provider")
    causes = c2.multiselect("Cause", options.causes, default=list(from_url.causes), key="inc_cause")
    ai = c3.multiselect("AI status", list(AI_STATUSES), default=list(from_url.ai_statuses), key="inc_ai")
    dis_choice = {None: "any", True: "yes", False: "no"}[from_url.has_disagreement]
    disagreement = c3.radio("Vendor–press disagreement", ["any", "yes", "no"], index=["any", "yes", "no"].index(dis_choice),
                            horizontal=True, key="inc_disagreement")
    search = st.text_input("Search the documents' text", value=from_url.search, key="inc_search",
                           placeholder="e.g. DynamoDB DNS")

# A date equal to the data's edge means "no bound", which keeps shared URLs short.
current = IncidentFilter(
    since=since.isoformat() if since and since != first else None,
    until=until.isoformat() if until and until != last else None,
    providers=tuple(providers),
    causes=tuple(causes),
    ai_statuses=tuple(ai),
    has_disagreement={"any": None, "yes": True, "no": False}[disagreement],
    search=search.strip(),
)
params = h.filter_to_params(current)
if st.query_params.get("incident"):
    params["incident"] = st.query_params["incident"]
if params != st.query_params.to_dict():
    st.query_params.from_dict(params)

s1, s2, s3 = st.columns([2, 1, 1])
sort = s1.selectbox("Sort by", list(SORTABLE), format_func=lambda c: c.replace("_", " "), key="inc_sort")
descending = s2.toggle("Descending", value=True, key="inc_desc")
page_number = s3.number_input("Page", min_value=1, value=1, step=1, key="inc_page")
page = load("list_incidents", current, sort=sort, descending=descending, limit=PAGE_SIZE, offset=(page_number - 1) * PAGE_SIZE)

noun = "incident matches" if page.total == 1 else "incidents match"
st.caption(f"{page.total:,} {noun} · showing {page.offset + 1 if page.rows else 0}–{page.offset + len(page.rows)}")
if not page.rows:
    st.info("No incident matches these filters — widen the date range or clear the search.")
else:
    st.dataframe(h.with_readable_starts(page.rows), hide_index=True, placeholder="—", width="stretch", key="inc_table",
                 column_config={"id": None, "started_at": st.column_config.TextColumn("started (UTC)"), "services": st.column_config.ListColumn("services"),
                                "max_severity": st.column_config.NumberColumn("max severity", format="%.2f"),
                                "duration_hours": st.column_config.NumberColumn("duration (h)", format="%.1f")})

labels = {r["id"]: h.incident_label(r) for r in page.rows}
wanted = st.query_params.get("incident")
choices = [""] + list(labels) + ([wanted] if wanted and wanted not in labels else [])
chosen = st.selectbox("Open an incident", choices, index=choices.index(wanted) if wanted in choices else 0,
                      format_func=lambda i: labels.get(i, i) or "— choose —", key="inc_open")
if chosen != (st.query_params.get("incident") or ""):
    if chosen:
        st.query_params["incident"] = chosen
    else:
        del st.query_params["incident"]
if chosen:
    detail = load("incident_detail", chosen)
    if detail is None:
        st.warning(f"No incident {chosen!r} in this database (it may have been merged or rebuilt).")
    else:
        show_incident(detail)
