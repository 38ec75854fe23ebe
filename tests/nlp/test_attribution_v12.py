"""attribution.v12: in a press document, the sentences after one that cites the vendor's own publication (its
postmortem, summary, review, account) go on telling the vendor's account when they carry its technical story in
the narrative past, in the same paragraph, with no other source; the outlet's own voice (a contrast opening the
sentence, a hedge, a modal, a judgement, a question, first or second person) stays the outlet's (sentences written
for these tests)."""

import pytest

from .conftest import claims_of


def _kinds(extract, text, attribute="cause", title="Cloud outage"):
    res = extract(text, title=title, source_kind="press", published="2024-10-02T09:00:00Z")
    return [c["speaker_kind"] for c in claims_of(res, attribute)]


def _kind_of(extract, text, words):
    """Speaker kinds of the cause claims whose evidence holds `words`."""
    res = extract(text, title="Cloud outage", source_kind="press", published="2024-10-02T09:00:00Z")
    return [c["speaker_kind"] for c in claims_of(res, "cause") if words in c["quote"]]


@pytest.mark.parametrize("text", [
    # wire: a "said in a summary" lead-in, then the chain in the past perfect and past
    ("Fastly's storage service failed for six hours on Monday. In a summary posted on Friday, Fastly said "
     "the trouble began with routine work. A technician had mistyped a parameter in a maintenance script, which "
     "removed far more servers than intended."),
    # blog: the publication itself the subject of the citing sentence
    ("Fastly's storage service failed for six hours on Monday. Fastly's own postmortem, published two days "
     "later, walks through the sequence. A software bug in the replication layer corrupted the index, and every "
     "node stopped taking data."),
    # long read: "explanation" as the cited account
    ("Fastly's storage service failed for six hours on Monday. Fastly's explanation came on Wednesday. "
     "A configuration change pushed to every region at once took the storage front ends offline."),
    # trade press: the account cited through "according to", then two sentences of the chain
    ("Fastly's storage service failed for six hours on Monday. According to Fastly's incident report, the "
     "front ends ran out of memory. A code change had doubled the size of each request. The servers then crashed "
     "one after another because of the bug."),
    # newsletter: present-perfect lead-in, past chain with an irregular past
    ("Fastly's storage service failed for six hours on Monday. Fastly described the failure in a review published "
     "on Friday. A flaw in a deployment tool let a faulty update reach every data centre."),
])
def test_the_vendors_account_goes_on_after_its_publication_is_cited(extract, text):
    kinds = _kinds(extract, text)
    assert kinds and set(kinds) == {"vendor"}


@pytest.mark.parametrize("text", [
    # the outlet's contrast after the account
    ("Fastly's storage service failed for six hours on Monday. In a summary posted on Friday, Fastly said "
     "the trouble began with routine work. But a software bug that let one command wipe a region was left out."),
    # a hedge: the outlet's own analysis
    ("Fastly's storage service failed for six hours on Monday. In a summary posted on Friday, Fastly "
     "described a failed upgrade. A software bug probably played a larger part in the failure."),
    # another paragraph: the outlet's narrative again
    ("Fastly's storage service failed for six hours on Monday. In a summary posted on Friday, Fastly "
     "described a failed upgrade.\n\nA software bug in a rival's replication tool had caused a similar outage in 2019."),
    # a question
    ("Fastly's storage service failed for six hours on Monday. In a summary posted on Friday, Fastly "
     "described a failed upgrade. Did a software bug in the upgrade tool cause it?"),
    # what the account leaves unsaid
    ("Fastly's storage service failed for six hours on Monday. In a summary posted on Friday, Fastly described a "
     "failed upgrade. The company did not say whether a software bug in the upgrade tool caused it."),
    ("Fastly's storage service failed for six hours on Monday. In a summary posted on Friday, Fastly "
     "described a failed upgrade. A software bug in an upgrade tool is a familiar culprit."),
    # the outlet's judgement of the account in the citing sentence: what follows is its reading
    ("Fastly's storage service failed for six hours on Monday. Fastly's own postmortem is unusually candid. A "
     "software bug in the upgrade tool had corrupted the index, and every node stopped taking data."),
])
def test_the_outlets_own_voice_after_a_cited_account_stays_the_outlets(extract, text):
    kinds = _kind_of(extract, text, "software bug")
    assert "vendor" not in kinds


def test_an_account_of_another_company_carries_no_vendor_voice(extract):
    text = ("Fastly's storage service failed for six hours on Monday. In a blog post, Northgate Networks, a "
            "customer, said its traffic stopped at noon. A software bug in Fastly's replication layer had "
            "corrupted the index.")
    assert "vendor" not in _kinds(extract, text)
