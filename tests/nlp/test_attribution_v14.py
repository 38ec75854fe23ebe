"""attribution.v14: a report rejected in the passive is the rejecter's ("Claims that … were rejected by X": X; with no
agent, the provider the claims are about); insiders counted but not named by where they work ("two people who work at
the company", "several employees inside the firm") are the press's sources; "the tax office", "the ministry" name a
provider whose own name is such an office (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_OUTAGE = "Quillmoor Hosting suffered an outage on Tuesday that took thousands of customer websites offline.\n\n"


def _claims(extract, text, attribute="ai", lead=_OUTAGE, title="Quillmoor Hosting outage"):
    res = extract(lead + text, title=title, source_kind="press", outlet="The Desk", published="2025-03-12T20:00:00Z")
    return [(c["speaker_kind"], c["normalized"]) for c in claims_of(res, attribute)]


@pytest.mark.parametrize("text", [
    "Claims that an AI tool deleted customers' DNS records were rejected by Quillmoor Hosting on Wednesday.",
    "Claims that an AI assistant was responsible were rejected outright.",
    "Reports that the outage was caused by an AI agent have been firmly denied by the company.",
])
def test_a_report_rejected_in_the_passive_is_the_rejecters_denial(extract, text):
    assert _claims(extract, text) == [("vendor", False)]


def test_the_mechanism_in_a_rejected_ai_report_is_not_denied(extract):
    text = "Claims that an AI tool deleted customers' DNS records were rejected by Quillmoor Hosting on Wednesday."
    assert ("press", "dns") not in _claims(extract, text, "cause")
    assert not [n for _k, n in _claims(extract, text, "cause") if n == "dns"]


@pytest.mark.parametrize("text", [
    "Two people who work at the company say an AI operations assistant was behind it.",
    "A trade paper reported that two people inside the company said an AI operations assistant had done the deleting.",
])
def test_insiders_counted_by_where_they_work_are_the_press_sources(extract, text):
    assert _claims(extract, text) == [("press", True)]


def test_the_company_itself_still_speaks_for_itself(extract):
    assert _claims(extract, "The company said an AI operations assistant had done the deleting.") == [("vendor", True)]


def test_the_tax_office_is_the_provider_and_another_office_is_not(extract):
    lead = "The Australian Taxation Office's online services were down for most of Friday.\n\n"
    text = ("The tax office said a hardware failure in its storage area network had disrupted its online services. "
            "The Prime Minister's office said a hardware failure had hit.")
    kinds = [k for k, _n in _claims(extract, text, "cause", lead=lead, title="Tax office online services down again")]
    assert kinds == ["vendor", "other"]


_AWS = "Amazon Web Services customers had trouble reaching S3 for most of Tuesday.\n\n"


@pytest.mark.parametrize("text, category", [
    # what is blamed names a cause and no outage: "on" tells where the attack struck, and the blame is the company's
    ("AWS blamed a distributed denial-of-service attack on its Route 53 DNS servers.", "cyberattack"),
    ("AWS has tied the outage to an update it had deployed the night before.", "deployment"),
    ("The failure was linked to an update, AWS said.", "deployment"),
])
def test_a_provider_blaming_or_tying_names_its_own_cause(extract, text, category):
    assert ("vendor", category) in _claims(extract, text, "cause", lead=_AWS, title="AWS outage")


def test_an_outage_blamed_on_a_cause_keeps_the_outlets_description(extract):
    text = "AWS blamed Tuesday's seven-hour disruption on a piece of its own automation."
    claims = _claims(extract, text, "duration", lead=_AWS, title="AWS outage")
    assert claims and all(k == "press" for k, _n in claims)


@pytest.mark.parametrize("lead, text, title", [
    ("All Nippon Airways cancelled dozens of domestic flights on Tuesday after its check-in system failed.\n\n",
     "The airline said a network switch had failed.", "ANA check-in failure"),
    ("Long queues formed at Target stores across the country on Sunday as registers stopped working.\n\n",
     "The retailer blamed an internal technology issue.", "Target registers fail"),
])
def test_the_providers_sector_names_it(extract, lead, text, title):
    # the gazetteer's sector (providers.json) makes "the airline", "the retailer" the provider, whose name says neither
    assert [k for k, _n in _claims(extract, text, "cause", lead=lead, title=title)] == ["vendor"]


@pytest.mark.parametrize("text, kind", [
    # a subject the outlet interviewed speaks; with no cue of its kind it is a customer's voice, not the outlet's
    ("Several accountancy practices we spoke to said clients across the UK could not reach their sites until late "
     "afternoon.", "other"),
    ("Three customers we spoke to said their shops were offline until late afternoon.", "other"),
])
def test_a_subject_the_outlet_interviewed_speaks(extract, text, kind):
    kinds = {k for k, _n in _claims(extract, text, "end")}
    assert kinds == {kind}


@pytest.mark.parametrize("text", [
    "Quillmoor Hosting has explained Tuesday's failure, and the explanation is not flattering.",
    "Quillmoor Hosting has apologised for Tuesday's disruption.",
    "Quillmoor Hosting has now told its side of the Tuesday outage.",
])
def test_the_outage_named_as_what_a_statement_is_about_is_the_outlets_description(extract, text):
    assert {k for k, _n in _claims(extract, text, "start")} == {"press"}


def test_what_a_provider_says_the_outage_was_stays_its_own(extract):
    text = "Quillmoor Hosting has apologised for Tuesday's disruption, which it says lasted around 30 minutes."
    assert {k for k, _n in _claims(extract, text, "duration")} == {"vendor"}


@pytest.mark.parametrize("text, attribute", [
    ("Root cause per the company: a faulty update pushed on Monday night.", "cause"),
    ("The outage lasted four hours per the company's status page.", "duration"),
])
def test_per_the_company_is_the_companys_account(extract, text, attribute):
    assert {k for k, _n in _claims(extract, text, attribute)} == {"vendor"}


_ANALYST = ("Quillmoor Hosting suffered an outage on Tuesday that took thousands of customer websites offline. Mira Okafor, "
            "an analyst at Fernbrook Research, has followed the case.\n\n")


@pytest.mark.parametrize("text", [
    "She thinks it likely that the AI assistant's advice set off the failure.",
    "An AI assistant's advice set off the failure, she thinks.",
])
def test_a_belief_told_with_think_is_the_believers(extract, text):
    assert _claims(extract, text, lead=_ANALYST) == [("other", True)]


def test_think_about_and_who_it_thinks_tell_no_belief(extract):
    text = ("Nobody has claimed the attacks, and Quillmoor has not said who it thinks is responsible for the attack on "
            "the servers customers rarely think about.")
    kinds = {k for k, _n in _claims(extract, text, "cause")}
    assert "other" not in kinds
