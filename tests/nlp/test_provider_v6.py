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


def test_a_provider_whose_status_page_showed_no_problems_is_cleared(extract):
    text = ("Telegram was unreachable for about an hour on Sunday. Some users blamed Cloudflare, but Cloudflare's "
            "status page showed no problems, and Telegram later said a faulty release of its own servers was the cause.")
    res = extract(text, title="Telegram down, Cloudflare fine", source_kind="press")
    assert primary(res)["provider"] == "Telegram"


def test_a_sister_provider_named_only_where_the_cause_is_told_gives_way_to_the_one_that_failed(extract):
    # C7: the root cause in a sister provider keeps the provider whose services were down
    text = ("Teams and Outlook users could not sign in for much of Thursday morning. Microsoft said a faulty "
            "update to Azure's identity systems had caused the disruption.")
    res = extract(text, title="Teams sign-ins fail after Azure update", source_kind="press")
    assert primary(res)["provider"] == "Microsoft 365"


def test_a_sister_provider_that_was_itself_down_keeps_the_lead(extract):
    text = ("Virtual machines in Azure's West Europe region were unreachable for three hours on Thursday. Microsoft "
            "said a faulty network update had caused the outage. Azure customers including Outlook's own teams were hit.")
    res = extract(text, title="Azure West Europe outage", source_kind="press")
    assert primary(res)["provider"] == "Microsoft Azure"


def test_a_one_word_name_coined_with_a_sectors_word_is_an_organisations(extract):
    text = ("Card payments at Tarnbank failed for several hours on Tuesday. The bank said a faulty update to its "
            "card system was to blame and that the problem had been fixed.")
    res = extract(text, title="Payments outage hits Nordic bank", source_kind="press")
    assert primary(res)["provider"] == "Tarnbank"


def test_a_short_word_ending_in_a_sectors_word_is_no_coined_name():
    from nlp.org_names import organisation_shaped

    assert organisation_shaped("Nordbank") and organisation_shaped("Yarrowpay")
    assert not organisation_shaped("Ebank")  # (too short to be a coinage)
    assert not organisation_shaped("Oda Brenner")
