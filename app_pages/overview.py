"""Overview: headline figures and the main charts."""

import streamlit as st

from app_pages._common import disagreement_table, empty_state, load
from app_pages import _helpers as h

st.title("Cloud and internet outages")
data = load("overview")
head = data.headline
if head.n_incidents == 0:
    empty_state()
    st.stop()

cols = st.columns(5)
cols[0].metric("Incidents", f"{head.n_incidents:,}", help=f"from {head.n_documents:,} documents")
cols[1].metric("Providers", head.n_providers)
cols[2].metric("Median duration", h.fmt_hours(head.median_duration_hours))
cols[3].metric("Vendor–press disagreement", h.fmt_share(head.share_with_disagreement),
               help=f"{head.n_with_disagreement:,} incidents, {head.n_disagreements:,} open disagreements")
ai_claimed = sum(n for status, n in head.ai_status_counts.items() if status != "none")
cols[4].metric("AI involvement claimed", h.fmt_share(head.share(ai_claimed)))
st.caption(
    "AI involvement by vendor response: "
    + " · ".join(f"{status} {h.fmt_share(head.share(head.ai_status_counts.get(status, 0)))}"
                 for status in ("alleged", "acknowledged", "denied", "none"))
)

left, right = st.columns(2)
with left:
    st.altair_chart(h.incidents_per_month_chart(data.per_month), width="stretch")
    st.caption("Each incident counted once, in the month (or, over more than three years, the year) it started, "
               "by the best-supported start time.")
with right:
    st.altair_chart(h.cause_mix_chart(data.cause_mix), width="stretch")
    st.caption("Each incident's recorded cause category; the Vendor vs press page shows where the two sides' causes differ.")
left, right = st.columns(2)
with left:
    st.altair_chart(h.duration_chart(data.durations), width="stretch")
    st.caption("Incidents with a known duration, in bins that double in width (15 min, 30 min, 1 h, 2 h ...).")
with right:
    ai_rows = data.ai_per_month
    if ai_rows:
        st.altair_chart(h.ai_involvement_chart(ai_rows), width="stretch")
        st.caption("alleged: press or others say AI took part, vendor silent · acknowledged: vendor says so · denied: vendor says no.")
    else:
        st.info("No incident has AI involvement claimed yet.")

st.subheader("Most severe recent disagreements")
severe = data.severe
if severe:
    disagreement_table(severe, "ov_severe")
    st.caption("Open disagreements on incidents from the last year of data, most severe first.")
else:
    st.info("No open vendor–press disagreements in the last year of data.")
