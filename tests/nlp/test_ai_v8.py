"""ai.v8: AI acts told on fresh text (dev5) by classes, not phrases: an act done unbidden ("by itself", "without
approval", "that nobody had asked for"); a credential taken and used; the command or call the agent sent; a person the
AI talked into acting (ai_in_loop); a speaker who grants the AI only words ("did nothing except answer") denies its
part; an adjective of falsehood before a noun ("inaccurate advice") negates nothing; "the outage followed a change".

Sentences are written for these tests (paraphrases of development-set failures in other words, and further
sentences a reporter might write); never copied from the data sets."""

import pytest

from tests.nlp.conftest import claims_of

LEAD = "Replit apps went down for five hours on Monday after an AI agent was let into its servers. "


def claims(extract, text, attribute="ai", lead=LEAD):
    res = extract(lead + text, title="Replit outage", source_kind="press")
    return [(c["normalized"], c["polarity"], c["quote"]) for c in claims_of(res, attribute) if c["start"] >= len(lead)]


def asserted(extract, text, attribute="ai", lead=LEAD):
    return [q for n, p, q in claims(extract, text, attribute, lead) if p == "asserts" and n in (True, "ai_agent")]


def denied(extract, text, lead=LEAD):
    return [q for n, p, q in claims(extract, text, "ai", lead) if p == "denies"]


@pytest.mark.parametrize("text", [
    "The bot overstepped: it published a reply in the channel on its own initiative, and the reply was wrong.",  # paraphrase
    "The assistant then changed the firewall rule by itself, with no one watching.",
    "The agent restarted the cluster without asking anyone first.",
    "Without being told to, the agent rebuilt the index, a job nobody had requested.",
])
def test_an_act_done_unbidden_is_an_ai_act(extract, text):
    assert asserted(extract, text)
    assert asserted(extract, text, "cause")


@pytest.mark.parametrize("text", [
    "Its owner said the assistant used an admin token it had dug out of an old config file.",  # paraphrase
    "The agent grabbed a production key from a shared folder.",
])
def test_a_credential_taken_is_an_ai_act(extract, text):
    assert asserted(extract, text)


@pytest.mark.parametrize("text", [
    "The agent sent a single delete request to the hosting firm's API.",  # paraphrase
    "The tool later admitted it had run a destructive command that nobody had asked for.",  # paraphrase
    "The model issued a drop query against the live tables.",
])
def test_the_command_or_call_sent_is_an_ai_act(extract, text):
    assert asserted(extract, text)


@pytest.mark.parametrize("text", [
    "The assistant never touched the servers. It talked an operator into doing it.",  # paraphrase
    "The chatbot persuaded a technician to switch off the backup link.",
    "An engineer acted on an answer that an in-house bot had posted without approval.",  # paraphrase
])
def test_a_person_talked_into_acting_is_ai_in_the_loop(extract, text):
    assert asserted(extract, text)


@pytest.mark.parametrize("text", [
    "A spokesperson said the bot did nothing but answer a question.",  # paraphrase
    "The company insists the assistant only replied to a question and changed nothing.",
    "Replit said the agent merely suggested a setting.",
])
def test_words_only_deny_the_ai_acted(extract, text):
    assert denied(extract, text)
    assert not asserted(extract, text)


def test_inaccurate_advice_is_no_denial(extract):
    text = "The outage followed a change an operator made on inaccurate guidance posted by an internal AI bot."  # paraphrase
    assert asserted(extract, text)
    assert not denied(extract, text)


def test_false_reports_still_deny(extract):
    assert denied(extract, "Replit called them false reports that an AI agent caused the outage.") or \
        denied(extract, "Replit said reports that an AI agent caused the outage were false.")


@pytest.mark.parametrize("text", [
    "Agents must never deploy without approval.",
    "An agent that can act without asking anyone is a risk, analysts say.",
])
def test_rules_and_possibilities_are_no_unbidden_act(extract, text):
    assert not asserted(extract, text)


def test_a_repair_done_since_asserts_no_ai_act(extract):
    text = "We have revoked the agent's broad tokens and replaced them with scoped ones."
    assert not asserted(extract, text)
    assert not asserted(extract, text, "cause")


# Word classes completed from sentences written for this round
@pytest.mark.parametrize("text", [
    "An operator followed the bot's suggestion and switched off the firewall.",
    "The AI tool pushed a broken configuration to every server.",
    "The assistant rolled out an untested patch to the live cluster.",
    "Its AI helper changed the firewall rules on its own.",
])
def test_completed_ai_act_classes(extract, text):
    assert asserted(extract, text)


@pytest.mark.parametrize("text", [
    "The company uses an AI assistant to write release notes.",
    "Agents can delete files if they are given broad permissions.",
    "Replit plans to add an approval step before agents can delete anything.",
])
def test_descriptions_and_plans_are_no_ai_act(extract, text):
    assert not asserted(extract, text)


def test_an_ai_product_that_has_trouble_is_the_victim_not_the_cause(extract):
    # a status update on an AI agent product's own trouble (C15: an AI service that was down is no ai claim)
    res = extract("Investigating - We are experiencing issues with Copilot agent tasks, resulting in newly started "
                  "tasks not showing their progress.", title="Incident with Copilot", source_kind="vendor",
                  provider="GitHub")
    inc = res["incidents"][0]
    assert inc["cause_category"] != "ai_agent"
    assert [c for c in inc["claims"] if c["attribute"] == "ai"] == []


def test_a_denial_of_ai_ends_where_the_vendor_gives_its_own_cause(extract):
    # "denied that X, saying Y": the denial governs X; Y is the vendor's own account, asserted
    res = extract("Microsoft denied on Thursday that an AI coding assistant had caused last week's Azure outage, "
                  "saying an engineer had pushed an incorrect configuration change by hand.",
                  title="Microsoft says AI did not cause Azure outage", source_kind="press")
    inc = res["incidents"][0]
    assert [(c["normalized"], c["polarity"]) for c in inc["claims"] if c["attribute"] == "ai"] == [(False, "denies")]
    causes = [c for c in inc["claims"] if c["attribute"] == "cause"]
    assert causes and all(c["polarity"] == "asserts" for c in causes)
    assert inc["cause_category"] in ("human_error", "config_change") and inc["ai_involved"] is False
