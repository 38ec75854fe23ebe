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
