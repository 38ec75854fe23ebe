"""causes.v18: a storage volume that failed or was lost is hardware ("The storage volume under our main database
failed"), not "the volume of requests"; a server that struggled under a load is capacity; an account "accessed
improperly" is an attack.

Sentences are written for these tests; never copied from the data sets."""

import pytest

LEAD = "Customers of Orrin Ledger, an accounting app, could not open their books on Monday morning. "


def cause_claims(extract, text, source_kind="press"):
    res = extract(LEAD + text, title="Orrin Ledger outage", source_kind=source_kind)
    return [c["normalized"] for inc in res["incidents"] for c in inc["claims"] if c["attribute"] == "cause"]


@pytest.mark.parametrize("text, cause", [
    ("The storage volume under the app's main ledger database failed at 06:10.", "hardware"),
    ("The main ledger database lost its storage volume shortly after six.", "hardware"),
    ("Orrin Ledger's login server struggled under the load of the tax-deadline rush.", "capacity"),
    ("Orrin Ledger's account at its domain registrar was accessed improperly overnight.", "cyberattack"),
])
def test_the_cause_is_read(extract, text, cause):
    assert cause_claims(extract, text) == [cause]


def test_a_volume_of_requests_is_no_disk(extract):
    assert cause_claims(extract, "The volume of requests the app sent failed to drop after the fix.") != ["hardware"]
