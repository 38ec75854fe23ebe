"""ai.v30: an AI service kept from working by something else is the casualty, not the actor ("a configuration change
prevented the Copilot service from getting the credentials it uses to call its language models"); an AI that kept
another service from working is still the actor (sentences written for these tests)."""


from .conftest import ai_and_causes_of_copilot_text as _ai_and_causes


def test_an_ai_service_kept_from_working_is_no_ai_involvement(extract):
    text = ("Copilot chat answers failed for forty minutes on Tuesday. The root cause was a configuration change that "
            "prevented the Copilot service from getting the credentials it uses to call its language models.")
    assert _ai_and_causes(extract, text) == [("cause", "config_change")]


def test_an_ai_agent_that_kept_a_service_from_restarting_is_involved(extract):
    text = "Payments failed for forty minutes on Tuesday. An AI agent prevented the payment service from restarting."
    assert ("ai", True) in _ai_and_causes(extract, text)


_STATUS_UPDATES = (
    "Investigating (2026-03-11 09:50 UTC): We are looking into reports of slower performance for some of our services.\n\n"
    "Update (2026-03-11 10:05 UTC): Copilot cloud agent is experiencing intermittent problems with opening branches, pushing "
    "changes and answering review comments. We have found the cause and are testing a fix.\n\n"
    "Resolved (2026-03-11 12:40 UTC): Between 08:10 and 12:30 UTC, Copilot Cloud Agent was degraded. This was due to a "
    "regression introduced during a Copilot Cloud Agent runtime deployment that made several built-in agent tools unavailable.")


def test_an_ai_agent_that_has_trouble_doing_its_work_is_the_casualty(extract):
    res = extract(_STATUS_UPDATES, title="Disruption with some services", source_kind="vendor", published="2026-03-11T12:45:00Z")
    incident = res["incidents"][0]
    assert (incident["cause_category"], incident["ai_involved"]) == ("software_bug", False)
    assert [c for c in incident["claims"] if c["attribute"] == "ai"] == []
