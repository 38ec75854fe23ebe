"""provider v6: a provider named once in passing gives way to a name the text ties to the outage, and a name
described between commas as a kind of service or body is a provider's name even when written once
(sentences written for these tests)."""

from .conftest import primary


def test_a_provider_named_once_in_passing_gives_way_to_the_name_tied_to_the_outage(extract):
    text = ("Pollenly, a small app that matched beekeepers with orchards, went offline on Monday. Its founder had "
            "spent the month telling his followers on Instagram how quickly he had built it. Within days strangers "
            "had found the keys to its payment account in the page source and run up charges. The site has stayed "
            "down since, and the founder says he cannot fix it alone.")
    res = extract(text, title="A weekend project's short life", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Pollenly"


def test_a_provider_the_outage_sentences_name_keeps_the_lead_over_a_name_tied_once(extract):
    text = ("Instagram went down for about two hours on Monday, and Pollenly, a small app that matched beekeepers "
            "with orchards, went offline with it because it signs users in through Instagram accounts. Instagram "
            "said a configuration change had caused the outage.")
    res = extract(text, title="Instagram down for two hours", source_kind="press")
    assert primary(res)["provider"] == "Meta"  # (Instagram is a service of Meta's in the gazetteer)
