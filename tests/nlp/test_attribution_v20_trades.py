"""attribution.v20: a business named by its trade in a closing tag ("…, the carmaker said") after a clause that names
the provider is the provider speaking; a person's noun there is not (sentences written for these tests)."""

import pytest

from .conftest import claims_of


@pytest.mark.parametrize("tag", ["the carmaker said", "the British carmaker said", "the manufacturer said"])
def test_a_trade_noun_in_a_closing_tag_is_the_provider(extract, tag):
    text = (f"Jaguar Land Rover has halted production at its plants in Britain since Monday because of a cyberattack, "
            f"{tag}. Dealers cannot register new cars.")
    res = extract(text, title="JLR halts production after cyberattack", source_kind="press", outlet="The Ledger", published="2025-09-03T12:00:00Z")
    assert {c["speaker_kind"] for c in claims_of(res, "cause")} == {"vendor"}


def test_a_persons_noun_in_a_closing_tag_is_not_the_provider(extract):
    text = ("Jaguar Land Rover has halted production at its plants in Britain since Monday because of a cyberattack, "
            "the reporter said. Dealers cannot register new cars.")
    res = extract(text, title="JLR halts production after cyberattack", source_kind="press", outlet="The Ledger", published="2025-09-03T12:00:00Z")
    assert "vendor" not in {c["speaker_kind"] for c in claims_of(res, "cause")}
