"""causes.v24: cause nouns the lemma table does not know stand for their plurals too ("cyberattacks",
"misconfigurations"); sentences written for these tests."""

from tests.nlp.conftest import primary


def _cause(extract, title, text):
    res = extract(text, title=title, source_kind="press", published="2025-06-06T15:00:00Z")
    return res["is_outage"], primary(res)["cause_category"] if res["incidents"] else None


def test_plural_cyberattacks_name_the_cause(extract):
    text = ("Trading on the ASX was halted again on Thursday after further cyberattacks from abroad, "
            "the exchange said.")
    assert _cause(extract, "Exchange halts trading again", text) == (True, "cyberattack")


def test_plural_misconfigurations_name_the_cause(extract):
    text = ("Brindlemoor Cloud was down for two hours on Tuesday. Two misconfigurations in its load balancers were "
            "to blame, the company said.")
    assert _cause(extract, "Brindlemoor Cloud down for two hours", text) == (True, "config_change")


def _vendor_causes(extract, text, provider):
    res = extract(text, title="Service disruption", source_kind="vendor", provider=provider,
                  published="2025-06-06T15:00:00Z")
    return [(c["normalized"], c["polarity"]) for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]


def test_trouble_at_another_company_given_as_the_reason_is_a_third_party(extract):
    text = "Notion is unavailable for many of you right now because of a problem at Cloudflare."
    assert ("third_party", "asserts") in _vendor_causes(extract, text, "Notion")


def test_trouble_said_to_lie_at_another_company_is_a_third_party(extract):
    text = ("Notion was unavailable for most of the afternoon. The root of it, as far as we can see, is a failure "
            "at Cloudflare, and we are waiting on them.")
    assert ("third_party", "asserts") in _vendor_causes(extract, text, "Notion")


def test_an_earlier_outage_at_another_company_recalled_is_no_cause(extract):
    text = "Notion was unavailable for two hours this morning. Last year there was an outage at Cloudflare as well."
    assert ("third_party", "asserts") not in _vendor_causes(extract, text, "Notion")


def test_technical_reasons_are_a_cause_named_without_a_category(extract):
    text = ("Owing to technical reasons, online booking is unavailable on our website and app at present. "
            "Tickets can still be bought at station counters.")
    assert ("unknown", "asserts") in _vendor_causes(extract, text, "Eurostar")


def test_people_getting_into_systems_is_a_cyberattack(extract):
    text = ("Some of our stores cannot take card payments today. Last night someone got into parts of our computer "
            "systems without permission, and we switched several of them off as a precaution.")
    assert ("cyberattack", "asserts") in _vendor_causes(extract, text, "Morrisons")


def _press_causes(extract, text):
    res = extract(text, title="Council systems still down", source_kind="press", published="2025-06-06T15:00:00Z")
    return [(c["normalized"], c["polarity"], c["quote"]) for i in res["incidents"] for c in i["claims"]
            if c["attribute"] == "cause"]


def test_the_course_of_an_attack_told_before_is_no_new_account_of_the_cause(extract):
    text = ("A ransomware attack knocked Harlowfield council's payment systems offline on Monday. "
            "The attackers left a note on every screen. The attack went on into Wednesday.")
    quotes = [q for _n, _p, q in _press_causes(extract, text)]
    assert any(q.startswith("A ransomware attack knocked") for q in quotes)
    assert not any(q.startswith(("The attackers left", "The attack went on")) for q in quotes)


def test_what_the_attackers_did_to_the_systems_stays_an_account_of_the_cause(extract):
    text = ("A ransomware attack knocked Harlowfield council's payment systems offline on Monday. "
            "The attackers got into the council's network through a stolen password.")
    quotes = [q for _n, _p, q in _press_causes(extract, text)]
    assert any(q.startswith("The attackers got into") for q in quotes)
