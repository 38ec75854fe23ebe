"""attribution.v16: a name inside the subject's modifier — after a preposition, or the last of a list of names after
one — is not who speaks ("People with direct knowledge of Halvercombe Bank's outage say …", "Shoppers in Lerwick,
Scalloway and Brae told …"); a union speaks as another party; a group named by where its people work ("Researchers at
Quarrybank Labs say …") takes the workplace's name; who runs the service speaks for it ("the network's operator said",
"X, which runs the bank's card network, said"); "By the bank's own count …" is the bank's (sentences written for these
tests)."""

import pytest

from .conftest import claims_of

_OUTAGE = "Halvercombe Bank's card payments failed for most of Thursday, leaving shoppers unable to pay.\n\n"


def _claims(extract, text, attribute):
    res = extract(_OUTAGE + text, title="Halvercombe Bank cards down", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    return [(c["speaker_kind"], c["speaker"]) for c in claims_of(res, attribute)]


@pytest.mark.parametrize("text", [
    "Three people with direct knowledge of Halvercombe Bank's outage say a botched storage upgrade caused it.",
    "A person with detailed knowledge of Halvercombe Bank's systems said a botched storage upgrade caused it.",
])
def test_people_with_knowledge_of_the_provider_are_the_outlets_sources(extract, text):
    assert [kind for kind, _name in _claims(extract, text, "cause")] == ["press"]


def test_a_union_speaks_as_another_party(extract):
    text = ("The union representing the bank's call-centre workers has asked for an inquiry, saying a botched storage "
            "upgrade caused the failure.")
    assert [kind for kind, _name in _claims(extract, text, "cause")] == ["other"]


@pytest.mark.parametrize("text, name", [
    ("Shoppers in Lerwick, Scalloway and Brae told the paper they could not pay for fuel until Friday morning.",
     "Shoppers"),
    ("Several traders in Hexham and Corbridge said their card machines did not work again until Friday morning.",
     "traders"),
])
def test_the_last_of_a_list_of_places_is_no_speaker(extract, text, name):
    speakers = _claims(extract, text, "end")
    assert speakers and all(kind == "other" and name in speaker for kind, speaker in speakers)


def test_people_named_by_where_they_work_take_its_name(extract):
    text = "Researchers at Quarrybank Labs say a botched storage upgrade caused the failure."
    assert _claims(extract, text, "cause") == [("other", "Quarrybank Labs")]


@pytest.mark.parametrize("text", [
    "Card payments were working again on Friday morning, the network's operator said.",
    "The operator of the system said a botched storage upgrade caused the failure.",
    "The Northern Clearing Company, which runs Halvercombe Bank's card network, said a botched storage upgrade caused "
    "the failure.",
])
def test_who_runs_the_service_speaks_for_it(extract, text):
    speakers = _claims(extract, text, "end") + _claims(extract, text, "cause")
    assert speakers and all(kind == "vendor" for kind, _name in speakers)


def test_a_mobile_operator_is_someone_else(extract):
    text = "A mobile operator said a botched storage upgrade caused the failure."
    assert [kind for kind, _name in _claims(extract, text, "cause")] == ["other"]


@pytest.mark.parametrize("text", [
    "By the bank's own count the outage lasted a little over nine hours.",
    "By the bank's own reckoning, the outage lasted a little over nine hours.",
])
def test_by_the_owners_count_is_the_owners_claim(extract, text):
    res = extract(_OUTAGE + text, title="Halvercombe Bank cards down", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    assert [c["speaker_kind"] for c in claims_of(res, "duration") if c["quote"].startswith("By ")] == ["vendor"]


@pytest.mark.parametrize("lead, title, text", [
    ("Card payments at Harrowgate Mutual failed for five hours on Saturday.\n\n", "Harrowgate Mutual cards down",
     "The society said a botched storage upgrade caused the failure."),
    ("The Wessex Green Party's results app failed on election night, leaving counts unreported.\n\n",
     "Wessex Green Party app fails", "It was not a hack, the party said."),
])
def test_the_provider_named_by_its_class_speaks_for_it(extract, lead, title, text):
    res = extract(lead + text, title=title, source_kind="press", outlet="The Ledger", published="2025-10-20T20:00:00Z")
    assert [c["speaker_kind"] for c in claims_of(res, "cause")] == ["vendor"]


def test_by_the_owners_count_in_mid_sentence_is_the_owners_claim(extract):
    text = "For the next four hours and forty-five minutes, by the bank's own count, card payments failed."
    res = extract(_OUTAGE + text, title="Halvercombe Bank cards down", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    assert [c["speaker_kind"] for c in claims_of(res, "duration") if c["quote"].startswith("For the next")] == ["vendor"]


@pytest.mark.parametrize("text, kind", [
    ("A Halvercombe spokeswoman said engineers were still working out what had gone wrong, but there was no sign of any "
     "cyberattack.", "vendor"),
    ("Posts on a forum claimed a hacking group was behind it, but there was no sign of any cyberattack.", "press"),
    ("A Halvercombe spokeswoman said engineers were still working out what had gone wrong, but there is no sign of any "
     "cyberattack.", "press"),
])
def test_a_past_rejoinder_after_the_vendors_past_words_is_still_the_vendors(extract, text, kind):
    res = extract(_OUTAGE + text, title="Halvercombe Bank cards down", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    assert [c["speaker_kind"] for c in claims_of(res, "cause") if c["polarity"] == "denies"] == [kind]


@pytest.mark.parametrize("text, kind", [
    ("On Thursday afternoon, a large share of the bank's customers found that their cards had stopped working.", "press"),
    ("Early on Thursday, some developers found that the bank's payment API had stopped answering.", "press"),
    ("Investigators found that a botched storage upgrade caused the failure.", "other"),
])
def test_what_users_found_is_told_by_the_outlet(extract, text, kind):
    res = extract(_OUTAGE + text, title="Halvercombe Bank cards down", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    kinds = {c["speaker_kind"] for c in res["incidents"][0]["claims"] if c["quote"].startswith(text[:20])}
    assert kinds == {kind}
