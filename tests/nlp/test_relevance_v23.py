"""relevance.v23: a website, app or system that "has struggled" is in trouble, as "was down" is ("The council's parking
website has struggled for hours as drivers rush to renew permits"); provider.v23: a platform named after a claim and its
short object ("claimed responsibility on Twitter", "said so on X") is where words were published, not whose service
failed (documents written for these tests)."""

from .conftest import primary, primary_provider


def test_a_website_that_has_struggled_for_hours_is_an_outage(extract):
    text = ("Brackenfold Council's parking website has struggled for hours as drivers rush to renew permits before the "
            "deadline. Brackenfold Council blamed unusually heavy demand.")
    res = extract(text, title="Parking permit site struggles", source_kind="press", outlet="The Ledger",
                  published="2025-02-11T12:00:00Z")
    assert res["is_outage"] and primary(res)["provider"] == "Brackenfold Council"


def test_a_team_that_has_struggled_is_no_outage(extract):
    text = "Harlow Rovers have struggled for weeks, and on Saturday they lost again, the club said."
    res = extract(text, title="Rovers lose again", source_kind="press", outlet="The Ledger",
                  published="2025-02-11T12:00:00Z")
    assert not res["is_outage"]


def test_a_platform_where_responsibility_was_claimed_is_not_the_provider(extract):
    text = ("Visitors to pellmarsh.com on Wednesday got a page of jokes instead of tents after attackers took control of "
            "the company's domain. The site was down for several hours. Pellmarsh said its domain had been hacked. A group "
            "of teenagers claimed responsibility on Twitter.")
    assert primary_provider(extract, "Pellmarsh's domain hijacked", text) == "Pellmarsh"
