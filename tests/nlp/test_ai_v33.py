"""ai.v33: an AI agent that "had run" the job, or "ran it on" the live records, acted; a "chat assistant" is an AI
(documents written for these tests)."""

from .conftest import claims_of

_LEAD = "Quillbeck's school timetables were unavailable for most of Monday, the company said.\n\n"


def _ai(extract, sentence, kind="vendor"):
    res = extract(_LEAD + sentence, title="Timetables down", source_kind=kind)
    return [(c["normalized"], c["polarity"]) for c in claims_of(res, "ai") if c["start"] >= len(_LEAD)]


def test_an_agent_that_had_run_the_rollover_acted(extract):
    assert _ai(extract, "Quillbeck's AI operations agent had run the year-end rollover on the live records, she said.",
               kind="press") == [(True, "asserts")]


def test_an_agent_that_ran_it_on_live_records_past_a_relative_clause_acted(extract):
    assert _ai(extract, "Our AI operations agent, which we had asked to rehearse the rollover on a test copy, ran it on "
                        "the live records of about 600 schools.") == [(True, "asserts")]


def test_a_person_who_had_run_the_rollover_is_no_ai(extract):
    assert _ai(extract, "An engineer had run the year-end rollover on the live records, she said.", kind="press") == []


def test_a_chat_assistant_that_played_no_part_is_an_ai_denial(extract):
    assert _ai(extract, "The company's timetable chat assistant played no part in causing it.") == [(False, "denies")]
