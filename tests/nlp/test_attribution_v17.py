"""attribution.v17: a source who will not be named ("The engineers, who spoke on condition of anonymity, said …") is
the outlet's, unless they work elsewhere ("an engineer at a hosting company, who asked not to be named") or are
customers; "members of staff" and "developers at the studio" are insiders; "the Chicago exchange operator said" is
the exchange; in the outlet's gloss "…, a day after problems that the company put down to …" what the company blamed
is the company's. extract.v3: a claim told by someone named and refuted in the next sentence stays theirs beside
the refuter's denial (sentences written for these tests)."""

import pytest

from .conftest import claims_of

_OUTAGE = "Halvercombe Bank's card payments failed for most of Thursday, leaving shoppers unable to pay.\n\n"


def _speakers(extract, text, attribute, kind="press", outage=_OUTAGE, title="Halvercombe Bank cards down"):
    res = extract(outage + text, title=title, source_kind=kind, outlet="The Ledger", published="2025-10-20T20:00:00Z")
    return [(c["speaker_kind"], c["polarity"]) for c in claims_of(res, attribute) if c["start"] >= len(outage)]


@pytest.mark.parametrize("text", [
    "The developers, who spoke on condition of anonymity, said an AI agent had deleted the payment tables.",
    "Two members of staff said an AI agent had deleted the payment tables.",
    "An AI agent deleted the payment tables, according to two members of staff.",
])
def test_insiders_who_will_not_be_named_are_the_outlets_sources(extract, text):
    assert [k for k, _ in _speakers(extract, text, "ai")] == ["press"]


@pytest.mark.parametrize("text", [
    "A network engineer at a hosting company, who asked not to be named, said an AI agent had deleted the payment tables.",
    "One customer, who asked not to be named, said an AI agent had deleted the payment tables.",
])
def test_outsiders_who_will_not_be_named_stay_others(extract, text):
    assert [k for k, _ in _speakers(extract, text, "ai")] == ["other"]


def test_developers_at_the_studio_are_insiders(extract):
    outage = "Players of Fernhallow Games could not log in on Friday during a launch outage.\n\n"
    text = "An AI agent deleted the login database, according to two developers at the studio."
    assert [k for k, _ in _speakers(extract, text, "ai", outage=outage, title="Fernhallow Games outage")] == ["press"]


def test_the_operator_of_a_body_of_the_providers_class_speaks_for_it(extract):
    outage = "Trading on the Tokyo Stock Exchange stopped for a whole day on Thursday.\n\n"
    text = "A failed memory device in a storage system caused the halt, the Japanese exchange operator said."
    assert [k for k, _ in _speakers(extract, text, "cause", outage=outage, title="Tokyo bourse halts")] == ["vendor"]


def test_what_the_company_blamed_inside_the_outlets_gloss_is_the_companys(extract):
    outage = "Players of Fernhallow Games could not log in on Friday during a launch outage.\n\n"
    text = ("Fernhallow Games sold two million copies in its first week, Fernhallow said on Monday, three days after "
            "log-in failures that the company put down to heavier demand than it had expected.")
    kinds = [k for k, _ in _speakers(extract, text, "cause", outage=outage, title="Fernhallow Games sales")]
    assert kinds == ["vendor"]


def test_a_named_teller_keeps_the_claim_the_next_sentence_refutes(extract):
    text = ("Some reports have said that an AI tool wrote the change that broke card payments. It did not. An engineer "
            "wrote it and two colleagues reviewed it.")
    got = _speakers(extract, text, "ai", kind="vendor", title="What went wrong on Thursday")
    assert ("press", "asserts") in got and ("vendor", "denies") in got


def test_the_ministry_speaks_for_a_ministry(extract):
    outage = ("Council offices across South Korea could not issue certificates on Friday after the Ministry of the "
              "Interior and Safety's administrative network went down.\n\n")
    text = "By the evening, the ministry said a faulty router was to blame."
    kinds = _speakers(extract, text, "cause", outage=outage, title="Government network fails")
    assert kinds == [("vendor", "asserts")]


def test_a_brand_words_surfaces_give_a_carrier_no_other_class(extract):
    # "KT service", "KT games" are surfaces of the brand word KT, not classes of the carrier: the ministry is not KT
    outage = "KT Corporation's mobile and broadband network failed across South Korea on Monday.\n\n"
    text = "For 85 minutes, according to the ministry, a routing error left card readers and trading apps offline."
    kinds = [k for k, _ in _speakers(extract, text, "cause", outage=outage, title="KT network outage")]
    assert kinds and "vendor" not in kinds


def test_initials_inside_a_known_name_are_no_other_speaker(extract):
    # "USA" of "JBS USA" is part of the provider's name, not an organisation's initials
    outage = "Meat plants in three countries stopped work on Monday after a cyberattack on JBS.\n\n"
    text = "JBS USA said it had found the attack on Sunday and had suspended the affected servers."
    kinds = {k for k, _ in _speakers(extract, text, "cause", outage=outage, title="JBS plants halted")}
    assert kinds == {"vendor"}


@pytest.mark.parametrize("text, kind", [
    ("The lawsuit, filed in federal court on Monday, alleges that an AI agent deleted the bank's payment tables.", "other"),
    ("According to the complaint, an AI coding assistant wrote the change that broke payments.", "other"),
    ("Plaintiffs say an AI agent deleted the payment tables.", "other"),
    ("The bank's court filing says a failed storage array caused the outage.", "vendor"),
    ("A thread on the bank's own community forum blamed an AI tool for the outage.", "other"),
    ("A bank spokesperson, asked about the AI claims, said the outage was caused by a failed storage array.", "vendor"),
    ("A consultant who advised the bank said an AI agent had deleted the tables.", "other"),
    ("Two people briefed on the inquiry said an AI agent had deleted the payment tables.", "press"),
])
def test_who_speaks_in_filings_forums_and_modified_subjects(extract, text, kind):
    kinds = {k for k, _ in _speakers(extract, text, "cause")}
    assert kinds == {kind}


_LEAD_WITH_PERSON = (_OUTAGE.rstrip() + " Ana Ruiz is the bank's chief technology officer.\n\n")


@pytest.mark.parametrize("text, kind", [
    ("Ruiz said a failed storage array had caused the outage.", "vendor"),
    ("Ruiz told MPs on Tuesday that a failed storage array was to blame.", "vendor"),
    ("People who work on the bank's payment systems said an AI agent had deleted the tables.", "press"),
])
def test_people_introduced_before_and_insiders_by_their_work(extract, text, kind):
    kinds = {k for k, _ in _speakers(extract, text, "cause", outage=_LEAD_WITH_PERSON)}
    assert kinds == {kind}


@pytest.mark.parametrize("text, kind", [
    ("Sources close to the bank said an AI agent had deleted the payment tables.", "press"),
    ("One of the bank's engineers, writing on LinkedIn in a personal capacity, said an AI agent had deleted the tables.",
     "other"),
    ("A post on the bank's engineering blog said a failed storage array caused the outage.", "vendor"),
])
def test_sources_close_to_personal_capacity_and_a_blogs_owner(extract, text, kind):
    assert {k for k, _ in _speakers(extract, text, "cause")} == {kind}
