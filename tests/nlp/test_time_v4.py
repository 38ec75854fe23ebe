"""Start, end and duration claims on unfamiliar wording (time v4). Sentences written for these tests:
paraphrases of development-set constructions with other nouns and verbs, and a few more a reporter
might write."""
from tests.nlp.conftest import claims_of, primary

PUBLISHED = "2025-10-24T12:00:00Z"  # a Friday


def starts(res) -> list[tuple[str, str]]:
    return [(c["normalized"], c["speaker_kind"]) for c in claims_of(res, "start")]


# --- C14: a date naming the outage is the speaker's of the clause it sits in -------------------------


def test_a_naming_date_inside_a_reported_clause_is_the_reporters(extract):
    text = "Heroku said a faulty firmware push brought on Wednesday's dyno outage."
    res = extract(text, title="Heroku outage", published=PUBLISHED, source_kind="press", outlet="Harbour News")
    assert starts(res) == [("2025-10-22", "vendor")]


def test_a_naming_date_before_a_closing_tag_is_the_speakers(extract):
    text = "Thursday's Fastly failure came from an expired certificate, the company's chief executive wrote."
    res = extract(text, title="Fastly outage", published=PUBLISHED, source_kind="press", outlet="Harbour News")
    assert [k for _, k in starts(res)] == ["vendor"]


def test_a_naming_date_fronted_before_the_frame_is_the_outlets(extract):
    text = "After Wednesday's Stripe outage, the company told merchants that fees would be refunded."
    res = extract(text, title="Stripe outage", published=PUBLISHED, source_kind="press", outlet="Harbour News")
    assert [k for _, k in starts(res)] == ["press"]
