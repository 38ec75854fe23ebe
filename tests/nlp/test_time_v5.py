"""Round 6 of the time claims: the cheap word test before the date and time finders, and lengths told
in words reporters use. Sentences are written for these tests (paraphrases of development-set
constructions with other nouns and verbs, and a few more a reporter might write)."""
from datetime import date

from nlp.temporal import holds_digit, may_hold_point, resolve_points

REF = date(2025, 10, 24)


def _points(text: str, context_day: date | None = REF) -> list:
    return resolve_points(text, 0, REF, context_day, "UTC", text.lower(), holds_digit(text))


# --- may_hold_point: false only where resolve_points finds nothing ----------------------------------

_WITH_POINTS = (
    "The ferry bookings failed on Christmas Eve.",
    "Card readers froze early on Tuesday.",
    "The clearing house went quiet in March.",
    "Payroll runs stalled yesterday afternoon.",
    "Checkout pages hung until midnight.",
    "Trading halted at half past two in the afternoon, London time.",
    "Logins kept failing until early the next morning.",
    "The exchange had warned of trouble the night before.",
    "Three weeks ago the council's portal went dark.",
    "Two weeks after the fire, one hall is still closed.",
)
_WITHOUT_POINTS = (
    "The carrier blamed a faulty software release for the failure.",
    "Engineers rolled the change back and restarted the gateways.",
    "Customers complained after the app stopped loading.",
    "The operator said it would publish a fuller review.",
)


def test_the_word_test_passes_every_sentence_with_a_date_or_time():
    for text in _WITH_POINTS:
        assert _points(text), text
        assert may_hold_point(text, text.lower(), holds_digit(text)), text


def test_the_word_test_skips_sentences_without_one():
    for text in _WITHOUT_POINTS:
        assert not _points(text), text
        assert not may_hold_point(text, text.lower(), False), text


def test_digits_and_other_scripts_always_pass():
    assert may_hold_point("Errors peaked at 4.", "errors peaked at 4.", True)
    text = "Die Störung dauerte lange."
    assert may_hold_point(text, text.lower(), False)
