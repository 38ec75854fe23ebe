"""relevance.v21: a service that would not do its work ("the Pondwick app would not take their money", "the website
would not load") is an outage told from the user's side, which ties the name before it to the outage (documents written
for these tests)."""

from .conftest import claims_of, primary_provider

_TITLE = "Pondwick staff say an AI wrote the tariff that broke the app"
_TEXT = ("Drivers in several Welsh towns found on Monday that the Pondwick app would not take their money, and for four "
         "hours many of them parked and hoped for the best. Card payments started failing at 7am.\n\n"
         "Two Pondwick engineers told the Kerbside Gazette that the tariff table behind the failure had been written by "
         "the company's AI assistant and uploaded unchecked.\n\n"
         "Pondwick said an employee had made the error and that no AI was involved.")


def test_an_app_that_would_not_take_payment_names_its_provider(extract):
    assert primary_provider(extract, _TITLE, _TEXT) == "Pondwick"


def test_the_provider_named_so_speaks_as_the_vendor(extract):
    res = extract(_TEXT, title=_TITLE, source_kind="press", outlet="The Ledger", published="2025-06-10T12:00:00Z")
    assert ("denies", "vendor") in {(c["polarity"], c["speaker_kind"]) for c in claims_of(res, "ai")}
