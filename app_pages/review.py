"""Review: correct a field, merge or split incidents, dismiss a disagreement — each kept as an override
with its author and reason, re-applied after every rebuild."""

import json

import streamlit as st

from app_pages import _actions
from app_pages._common import db_path, load

st.title("Review")
st.caption("Corrections are written to the overrides table with who and why, and survive `outagewatch reprocess`.")
choices = load("incident_choices")
if not choices:
    st.info("No incidents to review yet — run `outagewatch refresh`.")
    st.stop()
labels = {c["id"]: c["label"] for c in choices}

author = st.text_input("Your name", key="rev_author")
action = st.radio("Action", list(_actions.OVERRIDE_ACTIONS), horizontal=True, key="rev_action",
                  format_func=lambda a: {"set_field": "correct a field", "merge": "merge incidents",
                                         "split": "split documents out", "dismiss_disagreement": "dismiss a disagreement"}[a])
incident_id = st.selectbox("Incident", list(labels), format_func=labels.get, key="rev_incident")
form: dict = {"incident_id": incident_id}
if action == "set_field":
    form["field"] = st.selectbox("Field", list(_actions.CORRECTABLE_FIELDS), key="rev_field")
    form["value"] = st.text_input("Correct value (lists: comma-separated; duration in hours)", key="rev_value")
elif action == "merge":
    form["others"] = st.multiselect("Merge these incidents into it", [i for i in labels if i != incident_id],
                                    format_func=labels.get, key="rev_merge")
elif action == "split":
    docs = load("incident_documents", incident_id)
    form["document_ids"] = st.multiselect("Move these documents to a new incident", [d["id"] for d in docs],
                                          format_func=lambda d: next(x["title"] for x in docs if x["id"] == d), key="rev_split")
else:
    open_rows = [d for d in load("incident_detail", incident_id).disagreements if not d["dismissed"]]
    if not open_rows:
        st.info("This incident has no open disagreement.")
    form["disagreement_id"] = st.selectbox("Disagreement", [d["id"] for d in open_rows],
                                           format_func=lambda d: next(x["summary"] for x in open_rows if x["id"] == d),
                                           key="rev_disagreement")
reason = st.text_area("Reason (kept in the audit trail)", key="rev_reason")

if st.button("Record override", type="primary", key="rev_submit"):
    try:
        payload, target = _actions.override_payload(action, **form)
    except ValueError as exc:
        st.error(f"Not recorded: {exc}")
    else:
        outcome = _actions.record_override(db_path(), action, payload, author=author, reason=reason, incident_id=target)
        if outcome.ok:
            st.cache_data.clear()  # the next reads must see the change
            st.success(outcome.message)
        else:
            st.error(outcome.message)

st.subheader("Override history")
history = load("override_history")
if history:
    st.dataframe([{**h, "payload": json.dumps(json.loads(h["payload"]), ensure_ascii=False)} for h in history],
                 hide_index=True, placeholder="—", width="stretch", key="rev_history")
else:
    st.info("No overrides yet.")
