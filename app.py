"""outagewatch dashboard: `streamlit run app.py` (or `outagewatch serve`).

Reads the database named by OUTAGEWATCH_DB through data.queries only; never scrapes.
"""

import streamlit as st

from app_pages._common import sidebar

st.set_page_config(page_title="outagewatch", page_icon=":material/cloud_off:", layout="wide")

PAGES = [
    st.Page("app_pages/overview.py", title="Overview", icon=":material/monitoring:", default=True),
    st.Page("app_pages/incidents.py", title="Incidents", icon=":material/list:"),
    st.Page("app_pages/vendor_vs_press.py", title="Vendor vs press", icon=":material/compare_arrows:"),
    st.Page("app_pages/sources.py", title="Sources", icon=":material/rss_feed:"),
    st.Page("app_pages/export.py", title="Export", icon=":material/download:"),
    st.Page("app_pages/review.py", title="Review", icon=":material/rate_review:"),
]

page = st.navigation(PAGES)
sidebar()
page.run()
