"""Time claims, twelfth round: classes found in fresh text and checked for recurrence across authors. Every sentence
is written for these tests (none is copied from a labelled set)."""
import pytest

from tests.nlp.conftest import claims_of, primary


def values(res, attribute: str) -> list:
    return [c["normalized"] for c in claims_of(res, attribute)]


def _press(extract, text, published="2025-10-22T12:00:00Z"):
    return extract(text, title="Payments outage", published=published, source_kind="press")


def _vendor(extract, text, published="2025-10-22T12:00:00Z"):
    return extract(text, title="Service notice", published=published, source_kind="vendor",
                   url="https://status.example-payments.com/incidents/t")


# --- a "Resolved" status update's end quotes its header (C10) ----------------------------------------------------------
# The header is what dates the end: the claim's quote begins at "Resolved (…)", with the update's first line. (When the
# first line tells no recovery and a later line does, the end stays on that line: tests/nlp/test_time_v8.py.)

_STATUS_HEAD = ("Investigating (2025-10-21 14:02 UTC): Card payments are failing for some merchants.\n\n"
                "Identified (2025-10-21 14:40 UTC): A faulty database failover is the cause. We are rolling it back.\n\n")


@pytest.mark.parametrize("resolved", [
    "Resolved (2025-10-21 16:18 UTC): This incident has been resolved.",
    "Resolved (2025-10-21 16:18 UTC): All payment methods are working normally again.",
    "Resolved (2025-10-21 16:18 UTC): Card payments have fully recovered. We will publish a review.",
    "Resolved (2025-10-21 16:18 UTC): Payments are flowing again for every merchant.",
    "Resolved (2025-10-21 16:18 UTC): We have mitigated the issue and service is stable.",
])
def test_a_resolved_update_end_quotes_its_header(extract, resolved):
    text = _STATUS_HEAD + resolved
    res = _vendor(extract, text)
    ends = [c for c in claims_of(res, "end") if c["normalized"] == "2025-10-21T16:18:00Z"]
    assert len(ends) == 1
    assert ends[0]["start"] == text.index("Resolved (")
    assert ends[0]["quote"].startswith("Resolved (2025-10-21 16:18 UTC)")


@pytest.mark.parametrize("update", [
    # traps: other updates' posting times are no end (C2, C10), nor is a header whose status is not final
    "Monitoring (2025-10-21 15:30 UTC): A fix is in place and we are watching error rates.",
    "Update (2025-10-21 15:30 UTC): Payments are recovering slowly for some merchants.",
])
def test_an_update_that_is_not_resolved_gives_no_end_at_its_header(extract, update):
    text = _STATUS_HEAD + update
    res = _vendor(extract, text)
    assert "2025-10-21T15:30:00Z" not in values(res, "end")
