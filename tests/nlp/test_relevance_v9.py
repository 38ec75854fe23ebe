"""relevance.v9: a brief's first sentence read as its headline, data a service lost, a function halted for now, a part
of a service switched off, the subject introduced between commas as a kind of service, and one word class of
organisation kinds shared with provider choice (sentences written for these tests)."""

import pytest

from .conftest import primary


def _doc(extract, title, text, kind="press"):
    return extract(text, title=title, source_kind=kind, published="2025-06-01T12:00:00Z")


@pytest.mark.parametrize("title, text, provider", [
    # data a service lost, told in the lede of a brief
    ("Logs went missing", "Cloudflare's logging service lost roughly a third of customer logs for four hours on Thursday. "
     "A bad setting sent everything downstream at once.", "Cloudflare"),
    ("Metrics gap", "Datadog dropped metrics from thousands of hosts for about two hours on Monday, the company said. "
     "Dashboards showed gaps until engineers replayed the queue.", "Datadog"),
    # the subject introduced between commas as a kind of service, whatever its verb
    ("Mail provider loses messages", "Postwick, a small email host for law firms, lost several days of incoming mail after "
     "a storage array failed. Clients said messages sent to them last week never arrived.", "Postwick"),
    # a function stopped for now
    ("Registry pauses sign-ups", "The package registry Crateyard has temporarily stopped accepting new accounts after a "
     "flood of spam uploads, its maintainers said on Friday. Existing users can still publish.", "Crateyard"),
    ("Exchange halts withdrawals", "Coinvale, a crypto exchange, halted withdrawals for nine hours on Sunday while it dealt "
     "with a wallet fault. Deposits were unaffected.", "Coinvale"),
    # a part of a service switched off by its owner
    ("Chat feature off", "Whisperly, the anonymous chat app, switched off its group chats on Tuesday after users found they "
     "could read strangers' conversations. The rest of the app still works.", "Whisperly"),
    ("Messages disabled", "Lumo disabled direct messages for all users on Friday night while engineers looked into reports "
     "of leaked chats. Lumo said the feature would return once it was safe.", "Lumo"),
    # a possessive before a part of a service
    ("Still dark", "Pebble's messaging feature has stayed dark since Monday, and the company has said little. Users say "
     "they have been told nothing.", "Pebble"),
    ("Search broken", "Vantly's search function stopped working for most of Wednesday afternoon. Engineers rolled back an "
     "update.", "Vantly"),
])
def test_a_brief_whose_first_sentence_tells_an_outage_tied_to_a_name_is_an_outage_report(extract, title, text, provider):
    res = _doc(extract, title, text)
    assert res["is_outage"] is True
    assert primary(res)["provider"] == provider


@pytest.mark.parametrize("text", [
    "Online banking has been restored following a technical issue that affected some customers this morning. We are "
    "sorry for any inconvenience.",
    "Xbox Live services are back following a network problem overnight. Thanks for bearing with us.",
])
def test_a_vendor_notice_that_opens_on_its_own_outage_is_an_outage_report(extract, text):
    assert _doc(extract, "Service update", text, kind="vendor")["is_outage"] is True


@pytest.mark.parametrize("title, text, kind", [
    # planned work, not an outage
    ("Maintenance complete", "Online banking has been restored following scheduled maintenance overnight. Thank you for "
     "your patience.", "vendor"),
    # losses that are no data
    ("Slow quarter", "Datadog lost two large customers this quarter and its shares fell. The company said it expects "
     "growth to pick up.", "press"),
    ("Staff changes", "Cloudflare lost its head of product to a rival this week. She joined in 2019.", "press"),
    # a business decision, not a function halted
    ("Policy change", "The cafe chain Brewhaus has stopped accepting cash at its London branches, saying card payments "
     "are quicker. Customers were told in June.", "press"),
    # a feature retired on a schedule
    ("Feature retired", "Notely is switching off its old desktop app at the end of the year and moving everyone to the "
     "web version. The company announced the change in a blog post.", "press"),
    # a fault in something that is no service
    ("Design fault", "Engineers found a design fault in the bridge's expansion joints during an inspection. Repairs start "
     "in spring.", "press"),
    # what a hoax says will happen is no outage
    ("No, the app will not go dark", "A chain message claims that Chatterly will be shut down every night unless users "
     "forward it. It is an old hoax, and the company has no such plan.", "press"),
    # trips called off by a strike, and a failure that would follow only if talks fail
    ("Flights cancelled as handlers walk out", "Airlines cancelled forty flights at Corran Airport on Monday as baggage "
     "handlers began a one-day strike over pay. The airport said its systems were working normally. The union said more "
     "stoppages could follow if talks fail.", "press"),
    # news briefs whose first sentence holds a word that also names failures, in another sense
    ("Court fines two lawyers", "A judge fined two lawyers for a failed check of their sources after they cited cases "
     "that ChatGPT had made up. The court slapped down their excuse that the tool seemed reliable.", "press"),
    ("Watchdog rules against Apple", "Apple destroyed leaflets and questioned staff at a New York store about their "
     "union, a labour watchdog ruled on Tuesday. The company said it would appeal.", "press"),
    ("Missing drive turns up for sale", "A disk missing from an SAP data centre near Heidelberg turned up on an "
     "auction site, prompting an inquiry into how it left the building. SAP said no customer systems were affected.",
     "press"),
    # a figure that fell
    ("Faster renewals", "The Licensing Office said renewals are now being processed in three weeks, down from as long as "
     "nine weeks in the spring. Extra staff were hired.", "press"),
])
def test_briefs_that_tell_no_outage_stay_out(extract, title, text, kind):
    assert _doc(extract, title, text, kind)["is_outage"] is False


def test_a_longer_report_needs_more_than_its_first_sentence(extract):
    # the headline rule is for briefs: a column that opens on an outage and then talks of other things is read whole
    text = ("Zephly's booking app lost a few minutes of saved searches last spring. Since then the company has hired a "
            "new design team. Its founders talk about travel more than about software. They want the app to feel like a "
            "magazine. Investors seem to like that. A new version ships in March.")
    assert _doc(extract, "Where Zephly goes next", text)["is_outage"] is False


def test_a_defect_put_into_a_service_by_an_update_speaks_of_the_failure(extract):
    text = ("For a few hours on Monday, Claude answered simple questions with strings of nonsense. Users posted screenshots "
            "of replies that looped or switched language mid-sentence. Anthropic said an update meant to speed up replies "
            "had introduced a bug in the code that picks each next word. It has since rolled back the update. Nothing "
            "suggests the model chose to misbehave; it was a plumbing fault in the software that serves it.")
    res = _doc(extract, "The chatbot that spoke in riddles", text)
    assert res["is_outage"] is True


def test_a_bug_caught_before_release_is_no_outage(extract):
    text = ("The beta of Notely 3 introduced a bug in dark mode, which testers caught before release. The final version "
            "ships next week with a new editor and faster search.")
    assert _doc(extract, "Notely 3 arrives next week", text)["is_outage"] is False
