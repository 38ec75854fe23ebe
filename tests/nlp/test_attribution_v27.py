"""attribution.v27: a handout, leaflet, flyer, poster or bulletin that says something is its issuer's voice, not the
outlet's: another party's when nothing owns it ("the handout says", "the weekly parish bulletin put it plainly: …"),
the provider's when the provider owns it ("its leaflet says") (sentences written for these tests)."""

from .conftest import ai_speakers_after_freight_lead as _ai_speakers


def test_a_handout_nobody_owns_is_another_party(extract):
    assert _ai_speakers(extract, '"It is not AI and it is not a hack, it is an expired certificate," the handout says.') == {
        "other"}


def test_a_bulletin_before_a_colon_is_another_party(extract):
    assert _ai_speakers(extract, 'The weekly parish bulletin put it plainly: "The depot was hit by criminals, not by some '
                                 'AI."') == {"other"}


def test_the_providers_own_leaflet_is_the_provider(extract):
    assert _ai_speakers(extract, '"No AI tool had any part in it," its leaflet says.') == {"vendor"}


def test_a_statement_stays_the_providers(extract):
    assert _ai_speakers(extract, '"No AI tool had any part in it," the statement says.') == {"vendor"}
