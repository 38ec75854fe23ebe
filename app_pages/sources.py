"""Sources: health of each configured source and the history of refresh runs."""

import streamlit as st

from app_pages._common import load

st.title("Sources")
sources = load("source_health")
if not sources:
    st.info("No sources recorded yet — run `outagewatch refresh --sources sources.toml`.")
    st.stop()

failing = [s for s in sources if s["consecutive_failures"]]
c = st.columns(3)
c[0].metric("Sources", len(sources))
c[1].metric("Failing now", len(failing))
c[2].metric("Documents", f"{sum(s['n_documents'] for s in sources):,}")
for s in failing:
    st.warning(f"{s['id']}: failing for {s['consecutive_failures']} run(s); last error: {s['last_error']}", icon="⚠️")
st.dataframe(sources, hide_index=True, placeholder="—", width="stretch", key="src_table",
             column_config={"url": st.column_config.TextColumn("url"), "enabled": st.column_config.CheckboxColumn("enabled"),
                            "last_latency_ms": st.column_config.NumberColumn("latency (ms)", format="%.0f")})
st.caption("Failing sources first. Latency is the last fetch's; documents counts what the source has contributed.")

st.subheader("Refresh runs")
runs = load("fetch_runs")
if not runs:
    st.info("No refresh has run yet — run `outagewatch refresh`.")
    st.stop()
st.dataframe(runs, hide_index=True, placeholder="—", width="stretch", key="src_runs")
run_id = st.selectbox("Run", [r["id"] for r in runs],
                      format_func=lambda i: next(f"#{r['id']} · {r['started_at']} · {r['status']}" for r in runs if r["id"] == i),
                      key="src_run")
fetches = load("source_fetches", run_id)
if fetches:
    st.dataframe(fetches, hide_index=True, placeholder="—", width="stretch", key="src_fetches")
else:
    st.info("This run fetched no sources (an `ingest` or `reprocess` run).")
