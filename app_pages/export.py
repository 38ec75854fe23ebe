"""Export: the same research dataset as `outagewatch export`, for the chosen filters, as a download."""

from datetime import date

import streamlit as st

from app_pages import _actions
from app_pages import _helpers as h
from app_pages._common import db_path, empty_state, load

st.title("Export")
st.caption("The dataset `outagewatch export` writes — incidents, documents, claims, disagreements with a "
           "datapackage.json — zipped for download.")
options = load("filter_options")
if not options.providers and options.first_day is None:
    empty_state()
    st.stop()

# Same query-string names as the Incidents page, so its filtered view's link opens the same export.
from_url, _ = h.filter_from_params(st.query_params.to_dict())
c1, c2, c3 = st.columns(3)
since = c1.date_input("From", value=date.fromisoformat(from_url.since) if from_url.since else None, key="exp_since")
until = c2.date_input("To", value=date.fromisoformat(from_url.until) if from_url.until else None, key="exp_until")
default_provider = next((p for p in from_url.providers if p in options.providers), None)
provider = c3.selectbox("Provider", [None] + options.providers, format_func=lambda p: p or "all providers",
                        index=([None] + options.providers).index(default_provider), key="exp_provider")
formats = st.multiselect("Formats", list(_actions.EXPORT_FORMATS), default=["csv", "jsonl"], key="exp_formats")
include_text = st.checkbox("Include article text (check the sources' terms before sharing)", key="exp_text")

if st.button("Build export", type="primary", key="exp_build"):
    with st.spinner("Exporting…"):
        outcome = _actions.build_export(
            db_path(), formats, since=since.isoformat() if isinstance(since, date) else None,
            until=until.isoformat() if isinstance(until, date) else None, provider=provider, include_text=include_text,
        )
    if outcome.problem:
        st.error(outcome.problem)
    else:
        st.success(f"{len(outcome.files)} files: {', '.join(outcome.files)}")
        st.download_button("Download outagewatch-export.zip", outcome.archive, file_name="outagewatch-export.zip",
                           mime="application/zip", key="exp_download")

st.subheader("Data dictionary")
dictionary, problem = _actions.data_dictionary()
if dictionary:
    st.markdown(dictionary)
else:
    st.info(f"The data dictionary is not available: {problem}.")
