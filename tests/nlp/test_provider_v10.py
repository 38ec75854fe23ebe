"""provider.v10: a platform named only as where words were published ("confirmed in a post on LinkedIn", "wrote on
X") is no candidate for whose service failed (sentences written for these tests)."""

import pytest

from .conftest import primary


def _press(extract, title, text):
    return extract(text, title=title, source_kind="press", published="2025-03-12T10:00:00Z")


@pytest.mark.parametrize("text", [
    "An AI agent deleted part of Pellmore's production database on Tuesday, knocking the invoicing service offline "
    "for most of the day. Pellmore's chief executive confirmed in a post on LinkedIn that an agent had been involved. "
    "Pellmore has about 30,000 business customers.",
    "Pellmore's invoicing service was offline for most of Tuesday after a database was deleted. Its founder wrote on X "
    "that the company was sorry. Pellmore said all invoices had been recovered.",
])
def test_the_platform_someone_wrote_on_is_not_the_provider(extract, text):
    res = _press(extract, "Pellmore invoicing outage", text)
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Pellmore"


def test_a_platform_whose_own_service_failed_is_the_provider(extract):
    text = ("LinkedIn was down for about two hours on Tuesday, and users could not load their feeds. Many posted on X "
            "to ask whether it was just them. LinkedIn said a configuration change had caused the outage.")
    assert primary(_press(extract, "LinkedIn outage", text))["provider"] == "LinkedIn"


def test_a_name_the_gazetteer_lacks_is_given_in_the_longest_form_the_text_writes(extract):
    # the text says "Ferncastle" in its sentences, "Ferncastle Studios" only in its title
    text = ("Ferncastle's new game was unplayable for most of the weekend: players could not log in from Friday evening "
            "until Sunday. Ferncastle blamed a connection leak in its matchmaking service and apologised to players.")
    res = _press(extract, "Ferncastle Studios: the launch that would not log in", text)
    assert primary(res)["provider"] == "Ferncastle Studios"


def test_a_bare_short_form_is_the_longer_product_the_text_named(extract):
    # "Copilot" alone is GitHub's assistant by default; after "Microsoft 365 Copilot" it is that product
    text = ("Users of Microsoft 365 Copilot in the UK and Europe could not reach the assistant on Tuesday morning. "
            "Copilot was back by the afternoon, and Microsoft blamed a surge in traffic. Copilot users were annoyed.")
    assert primary(_press(extract, "Copilot outage", text))["provider"] == "Microsoft 365"


def test_a_bare_short_form_alone_keeps_its_default(extract):
    text = ("Copilot stopped answering developers for two hours on Tuesday, and GitHub said a faulty deployment was to "
            "blame. Copilot users were annoyed.")
    assert primary(_press(extract, "Copilot outage", text))["provider"] == "GitHub"
