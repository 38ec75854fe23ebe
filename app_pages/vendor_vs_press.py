"""Vendor vs press: every disagreement, rates by provider and attribute, acknowledgement delays."""

import streamlit as st

from app_pages import _helpers as h
from app_pages._common import disagreement_table, empty_state, load, set_url_choices, url_choices
from data.queries import DISAGREEMENT_KINDS

st.title("Vendor vs press")
st.caption("Where the provider's own account and the press's account of the same outage conflict.")
options = load("filter_options")
if not options.providers and options.first_day is None:
    empty_state()
    st.stop()

c1, c2 = st.columns(2)
kinds = c1.multiselect("Kind", list(DISAGREEMENT_KINDS), default=url_choices("kind", list(DISAGREEMENT_KINDS)), key="vvp_kind")
providers = c2.multiselect("Provider", options.providers, default=url_choices("provider", options.providers), key="vvp_provider")
set_url_choices("kind", kinds)
set_url_choices("provider", providers)
rows = load("list_disagreements", kinds=tuple(kinds), providers=tuple(providers))
st.subheader(f"Disagreements ({len(rows):,}{'+' if len(rows) >= 200 else ''})")
if rows:
    disagreement_table(rows, "vvp_table", extra_columns=("vendor_value", "press_value"))
    st.caption("Most severe first (at most 200).")
else:
    st.info("No open disagreement matches — clear the filters, or run `outagewatch refresh` to gather more reports.")

left, right = st.columns(2)
with left:
    rates = load("disagreement_rate_by_provider")
    if rates:
        st.altair_chart(h.disagreement_rate_chart(rates), width="stretch")
        st.caption("In brackets: incidents with a disagreement, of those covered by at least one vendor and one press document "
                   "(only those count).")
    else:
        st.info("No incident has both a vendor and a press account yet.")
with right:
    by_attribute = load("disagreements_by_attribute")
    if by_attribute:
        st.altair_chart(h.disagreement_attribute_chart(by_attribute), width="stretch")
        st.caption("contradiction · denial · magnitude (≥1.5× apart) · scope · omission (vendor silent) · drift (vendor changed its account).")

st.subheader("Acknowledgement delays")
delays = load("acknowledgement_delays")
if delays:
    hours = {c: st.column_config.NumberColumn(c.replace("_delay_hours", " delay (h)"), format="%.1f")
             for c in ("mean_delay_hours", "min_delay_hours", "max_delay_hours")}
    st.dataframe(delays, hide_index=True, placeholder="—", width="stretch", key="vvp_delays",
                 column_config={**hours, "press_first": st.column_config.NumberColumn("press first")})
    st.altair_chart(h.ack_delay_chart(load("acknowledgement_delay_histogram")), width="stretch")
    st.caption("Hours between the first press report and the vendor's first word on the incident; "
               "press first counts incidents the press reported before the vendor spoke.")
else:
    st.info("No incident has both a first press report and a vendor acknowledgement yet.")
