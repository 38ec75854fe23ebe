"""ai.v11: an AI product whose own software broke is no AI involvement (C8), and the AI as the subject of a negated
verb of will ("the assistant did not choose to do this") is a denial.

- a defect lodged in the AI product ("a bug in the Claude Code installer", "a flaw in the Copilot updater") is the
  product breaking, whatever the defect then did: a software_bug, no AI claim;
- the AI product as the object of people setting it up ("users who installed Claude Code as root", "installing the
  tool without admin rights") did nothing;
- the AI as the subject of "did not choose / never decided / did not do this" is denied its part; a negated
  ordinary act ("the agent did not run the tests") is an omission of the AI, no denial.

Sentences are written for these tests (probe sentences and paraphrases of development-set failures in other words);
never copied from the data sets."""

import pytest

LEAD = "Developers using Anthropic's Claude Code, an AI coding assistant, lost access to their machines for hours on Monday in an outage. "
PLAIN_LEAD = "Supabase-hosted app Pinecrest went down for five hours on Monday. "


def later(extract, text, lead=LEAD, source_kind="press"):
    res = extract(lead + text, title="Developer tool outage", source_kind=source_kind)
    primary = next(inc for inc in res["incidents"] if inc["primary"])
    got = {(c["attribute"], c["normalized"], c["polarity"]) for inc in res["incidents"] for c in inc["claims"]
           if c["start"] >= len(lead) and c["attribute"] in ("ai", "cause")}
    return primary, got


@pytest.mark.parametrize("text,kind", [
    ("We found a bug in the Claude Code installer that broke some machines where it had been installed with root rights.", "vendor"),
    ("A flaw in the Copilot extension's auto-update routine corrupted settings files for thousands of users.", "press"),
    ("A defect in GitHub Copilot's update service left some editors unable to start.", "vendor"),
    ("Engineers traced the crashes to a regression in the Cursor agent's file watcher.", "press"),
])
def test_a_defect_in_the_ai_product_is_no_involvement(extract, text, kind):
    _primary, got = later(extract, text, lead=PLAIN_LEAD, source_kind=kind)
    assert not any(a == "ai" and v is True for a, v, _p in got)
    assert ("cause", "ai_agent", "asserts") not in got


def test_a_defect_in_the_ai_product_is_a_software_bug(extract):
    primary, got = later(extract, "A flaw in the Copilot extension's auto-update routine corrupted settings files for "
                                  "thousands of users.", lead=PLAIN_LEAD)
    assert ("cause", "software_bug", "asserts") in got
    assert primary["ai_involved"] is False


@pytest.mark.parametrize("text", [
    "Users who installed Claude Code with sudo saw their systems become unusable after the update.",
    "Developers who had installed Claude Code as root found their machines would no longer boot after an automatic update.",
    "The problem hit only people who had installed the tool with administrator rights.",
    "Only people who had installed the tool with root rights, which the tool's own guide warns against.",
    "Installing Claude Code without root privileges avoids the problem altogether.",
])
def test_people_setting_the_ai_product_up_is_no_ai_act(extract, text):
    _primary, got = later(extract, text)
    assert not any(a == "ai" and v is True for a, v, _p in got)
    assert ("cause", "ai_agent", "asserts") not in got


@pytest.mark.parametrize("text", [
    "The assistant did not choose to do any of this.",
    "The agent itself never decided to touch those files.",
    "The model did not cause the crash; a faulty disk did.",
    "The AI model played no part in running the commands.",
])
def test_the_ai_as_subject_of_a_negated_will_is_a_denial(extract, text):
    primary, got = later(extract, text)
    assert ("ai", False, "denies") in got
    assert primary["ai_involved"] is False


@pytest.mark.parametrize("text", [
    # traps: what the AI did stays an act
    "The assistant deleted the files on its own.",
    "The model then chose to wipe the home directory.",
    "The agent did not run the tests before it pushed the change.",  # an omission, no denial
    "The assistant did not ask for approval before deleting the database.",
    "A coding agent that the team had installed deleted the staging environment.",
    "The agent, which users had installed last week, deleted the production database.",
])
def test_ai_acts_still_assert(extract, text):
    primary, got = later(extract, text)
    assert ("ai", True, "asserts") in got
    assert primary["ai_involved"] is True


def test_a_bug_in_code_the_ai_wrote_is_still_the_ai(extract):
    _primary, got = later(extract, "The crash came from a bug in code that the AI coding assistant had written and "
                                   "nobody reviewed.", lead=PLAIN_LEAD)
    assert ("ai", True, "asserts") in got
