"""Rule-based extraction of outage facts (provider, cause, AI involvement, times) with attribution.

Entry points: `nlp.extract.Extractor`, `nlp.jsonl.extract_file`, `python -m nlp.evaluate`.
"""

# Bump whenever a rule or gazetteer changes, so stored extractions can be told apart and reprocessed.
PIPELINE_VERSION = "2026.12.08-86"
