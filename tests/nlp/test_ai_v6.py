"""ai.v6: a provider that is also an AI agent, named as the agent (sentences written for these tests)."""
from tests.nlp.conftest import primary


def test_a_provider_named_as_the_agent_that_did_the_harm_is_ai_involvement(extract):
    text = ("An OpenClaw assistant hooked up to a founder's mailbox deleted thousands of messages in bulk and "
            "ignored her requests to stop, she wrote on Monday. The OpenClaw project has not commented.")
    res = extract(text, title="Agent wipes a founder's inbox", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["ai_involved"] is True


def test_the_same_provider_as_the_company_whose_service_failed_is_no_ai_involvement(extract):
    text = ("Cursor's servers went down for two hours on Tuesday, and developers could not reach its code "
            "completion service. Cursor blamed an expired certificate.")
    res = extract(text, title="Cursor outage", source_kind="press")
    assert primary(res)["ai_involved"] is not True
