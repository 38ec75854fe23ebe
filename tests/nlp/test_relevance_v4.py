"""relevance.v4: operators that call off their trips, access withdrawn, brand words tied by a construction,
and the names a document's title repeats (sentences written for these tests)."""

import pytest

from nlp.provider_choice import _names_employer
from nlp.relevance import _extra_disruption, ai_destroyed, names_in_outage_constructions
from nlp.sentences import sentence_views

from .conftest import primary


@pytest.mark.parametrize("sentence, name", [
    ("Over the holiday week, Skyhollow cancelled nearly 4,500 flights.", "Skyhollow"),
    ("On Monday Brackenrail suspended all trains between the two cities.", "Brackenrail"),
    ("By dawn Loughferry had scrapped the morning's sailings.", "Loughferry"),
])
def test_an_operator_that_calls_off_its_own_trips_is_whose_outage_it_is(first_sentence, sentence, name):
    assert name in names_in_outage_constructions(first_sentence(sentence))


@pytest.mark.parametrize("sentence", [
    "Travellers cancelled their flights after the warning.",  # an English word opening the sentence
    "The storm delayed dozens of flights out of Denver.",     # no name before the verb
])
def test_no_operator_name_without_a_capitalised_name_before_the_verb(first_sentence, sentence):
    assert names_in_outage_constructions(first_sentence(sentence)) == []


@pytest.mark.parametrize("low", [
    "rather than repair each account, the firm switched off access for every customer on the plan",
    "shutting off access had been the quickest way to protect the records",
    "in the hours before access was cut, some staff saw files they should not have",
    "the bank blocked access to its app while engineers checked the transfers",
    "from 6am to noon on friday, kestrel air cancelled about 1,200 flights",  # a count with a separator
])
def test_access_withdrawn_and_trips_called_off_are_disruption_words(low):
    assert _extra_disruption(low, [])


def test_access_kept_is_no_disruption():
    assert not _extra_disruption("customers kept access to their files throughout the migration", [])


def test_a_brand_word_that_calls_off_its_flights_names_the_airline(extract):
    text = ("Between 14 and 20 March, Delta cancelled close to 6,000 flights. The carrier's crew-tracking software "
            "could not keep up with the reassignments, and thousands of passengers were stranded for days. "
            "Analysts said the schedule would take weeks to recover.")
    res = extract(text, title="Delta: the week the crew system broke", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Delta Air Lines"


def test_a_person_called_chase_cancelling_flights_is_no_outage(extract):
    text = ("Between 14 and 20 March, Chase cancelled two flights to see his family. He said the tickets had "
            "been too dear, and spent the week painting his kitchen instead.")
    assert extract(text, title="A week at home", source_kind="press")["is_outage"] is False


def test_a_platform_that_shut_off_access_for_its_customers_is_an_outage(extract):
    text = ("A faulty script gave every user of the marketing add-on full rights over their company's records. "
            "Salesforce then switched off access for every customer that had installed the add-on. "
            "Administrators spent the weekend restoring permissions by hand, and access was cut for most of a "
            "working day.")
    res = extract(text, title="The weekend the admins lost", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Salesforce"


def test_a_name_the_title_repeats_becomes_the_provider(extract):
    text = ("Quillnest, the recipe-sharing site used by millions of home cooks, was unreachable for about forty "
            "minutes on Tuesday. A post with an enormous block of whitespace made its servers stall.")
    res = extract(text, title="Quillnest offline for forty minutes", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Quillnest"


@pytest.mark.parametrize("title, text, provider", [
    ("Diners go back to pen and paper as NCR's Aloha outage drags on",
     "Since Thursday the cloud services behind Aloha, the point-of-sale system sold by NCR, have been largely "
     "unavailable. Owners cannot pull sales reports or run payroll.", "NCR Voyix"),
    ("Passport gates fail at airports across the country",
     "The Home Office said it was aware of a border system outage affecting arrivals at several airports, "
     "and that officers were checking passports by hand.", "Home Office"),
    ("Question site down",
     "Stack Overflow was unreachable for half an hour on Wednesday after one post froze its web servers.",
     "Stack Overflow"),
])
def test_point_of_sale_vendors_government_services_and_community_sites_are_known(extract, title, text, provider):
    res = extract(text, title=title, source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == provider


def test_a_provider_named_for_its_own_service_beats_a_maker_named_beside_it(extract):
    text = ("Anthropic's Claude could not be reached by anyone for most of Thursday, the company's status page "
            "showed. Anthropic gave no reason. OpenAI's ChatGPT also threw errors for a while that evening, "
            "which some users blamed on people switching over.")
    res = extract(text, title="Claude down for hours; ChatGPT stumbles as users move", source_kind="press")
    assert primary(res)["provider"] == "Anthropic"


def test_an_agent_that_deleted_a_users_files_leaves_its_maker_the_provider(extract):
    text = ("Replit's AI agent deleted a founder's production database during a code freeze, the founder wrote. "
            "The agent later said it had panicked. Replit's chief executive apologised and promised a fix.")
    res = extract(text, title="Coding agent wipes a start-up's database", source_kind="press")
    assert primary(res)["provider"] == "Replit"


def test_a_brand_word_the_text_keeps_using_as_a_name_is_the_provider(extract):
    text = ("By Saturday most airlines had recovered from Friday's outage, set off by a faulty CrowdStrike update "
            "that crashed Windows computers around the world. "
            "It took until Wednesday before the schedule of Delta looked normal. Employees said the crew "
            "software buckled under the changes, which is not how Delta tells it: the carrier blames the "
            "CrowdStrike update, and CrowdStrike says it offered help that went unanswered.")
    res = extract(text, title="Why did Delta need five days to recover?", source_kind="press")
    assert primary(res)["provider"] == "Delta Air Lines"


@pytest.mark.parametrize("text", [
    "The Delta variant spread fast, and Orange County shut its offices after the outage at Fastly took "
    "its website down. Fastly said a customer's setting set off a bug.",
    "Chase Smith, a developer, said the outage at Fastly took his shop offline. Fastly said a customer's "
    "setting set off a bug, and Chase Smith agreed the fix came fast.",
])
def test_ordinary_uses_of_brand_words_do_not_name_a_provider(extract, text):
    res = extract(text, title="Fastly outage takes sites offline", source_kind="press")
    assert primary(res)["provider"] == "Fastly"


def test_a_supplier_whose_own_faulty_update_is_the_story_stays_the_provider(extract):
    text = ("A faulty CrowdStrike update crashed about 8.5 million Windows computers on Friday, the company said. "
            "CrowdStrike pulled the file within ninety minutes, but machines stuck in a boot loop needed a hand fix. "
            "Airlines, banks and broadcasters were among those hit.")
    res = extract(text, title="CrowdStrike update knocks millions of PCs offline", source_kind="press")
    assert primary(res)["provider"] == "CrowdStrike"


def test_names_listed_together_are_the_reach_and_the_one_singled_out_is_the_provider(extract):
    text = ("Arrivals queued for hours on Friday night after the automatic passport gates stopped working. "
            "Gatwick, Heathrow, Manchester and Stansted all saw the same fault. "
            "The Home Office said it was aware of a border system issue and that officers were checking passports by hand.")
    res = extract(text, title="Passport gates fail at airports across the country", source_kind="press")
    assert primary(res)["provider"] == "Home Office"


def test_a_time_zone_before_an_apposition_is_no_organisation_hit(extractor):
    from nlp.provider_choice import _organisations_hit
    text = ("Starting just after 07:00 UTC, the company's network suffered an outage. "
            "By noon the company said the outage was over.")
    doc = extractor.nlp(text)
    assert "UTC" not in _organisations_hit(text, sentence_views(doc, text), [])


def test_an_organisation_that_went_without_its_platform_is_hit_and_its_supplier_account_is_the_site(extract):
    text = ("Pagefold.io, the online bookshop run by two former teachers, spent most of a day without its checkout "
            "platform after a coding agent deleted the live resources in the shop's Google Cloud project. "
            "The founders said they had asked the agent only to tidy up unused test machines.")
    res = extract(text, title="Agent deletes a bookshop's live systems", source_kind="press")
    assert primary(res)["provider"] == "Pagefold.io"


@pytest.mark.parametrize("low", [
    "its command had removed the whole home folder",
    "the script purged three years of emails from the shared inbox",
    "after the update the laptop would not boot",
    "the server never came back up",
    # the class of destroying verbs, not one word: phrasal and informal ones too
    "by noon the bot had cleared out the team's shared drive",
    "it threw away two years of customer messages",
    "the script scrubbed every table in the staging database",
    "the assistant emptied out her mailbox in minutes",
])
def test_data_removed_and_machines_that_do_not_start_are_disruption_words(low):
    assert _extra_disruption(low, [])


def test_an_ai_agent_that_destroyed_a_users_files_is_an_outage_story(extract):
    text = ("A designer asked Claude Code to tidy up an old project. The agent wrote a single rm -rf command that "
            "also named her home folder. Asked afterwards, the assistant admitted that its command had removed "
            "every file she owned, and apologised.")
    res = extract(text, title="Letter 52: one character too many", source_kind="press")
    assert res["is_outage"] is True


def test_what_an_agent_can_delete_is_no_outage_story(extract):
    text = ("Claude Code's new mode can delete files and rewrite configs, but only after the user approves each "
            "step. The agent may also drop test tables when asked. Anthropic said the mode ships next week.")
    res = extract(text, title="A careful mode for coding agents", source_kind="press")
    assert res["is_outage"] is False


@pytest.mark.parametrize("title, text, provider", [
    ("Trading halted on the Big Board",
     "The New York Stock Exchange halted trading in all securities for nearly four hours on Wednesday after a "
     "software update left its gateways unable to talk to each other.", "New York Stock Exchange"),
    ("Bing's API goes dark, taking other search tools with it",
     "Bing was unreachable for several hours on Thursday morning, and services that buy their results from the "
     "Bing API went down with it.", "Microsoft"),
    ("Census site pulled offline",
     "The Australian Bureau of Statistics took its census website offline on census night after a series of "
     "traffic floods, leaving millions unable to file their forms.", "Australian Bureau of Statistics"),
])
def test_exchanges_statistics_bureaus_and_microsofts_own_consumer_services_are_known(extract, title, text, provider):
    res = extract(text, title=title, source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == provider


def test_a_vendor_statement_about_a_capacity_issue_in_its_core_is_an_outage(extract):
    text = ("Since early this afternoon, many of our subscribers have had trouble sending messages. We are dealing "
            "with a traffic-related issue that has caused capacity problems in our core network. We are sorry.")
    res = extract(text, title="An update from our network team", source_kind="vendor", provider="Vodafone")
    assert res["is_outage"] is True


@pytest.mark.parametrize("low", ["a traffic-related issue in the core", "capacity problems across the region",
                                 "connectivity issues for some customers"])
def test_capacity_traffic_and_connectivity_problems_are_disruption_words(low):
    assert _extra_disruption(low, [])


def test_an_organisation_referred_back_to_by_the_head_noun_of_its_name_counts(extract):
    text = ("On census night IBM engineers and statisticians watched the traffic charts climb. At eight the US Census "
            "Bureau took its online form offline. A filter IBM had promised was not switched on. For weeks the "
            "bureau's explanation changed, and the bureau's director later apologised to the public.")
    res = extract(text, title="Why the census site went dark", source_kind="press")
    assert primary(res)["provider"] == "US Census Bureau"


def test_a_persons_employer_is_not_whose_service_failed(extract):
    # The title names the victim by her employer, next to the outage verb; the agent is named twice.
    text = ("A Replit agent wired into the mailbox of Dana Okafor, a research scientist at Google, threw away "
            "weeks of mail in bulk and kept going after she told it to stop, she wrote. Okafor said she ended the "
            "run by killing the process. The Replit team has not replied to questions.")
    res = extract(text, title="Agent erases Google scientist's mailbox despite orders", source_kind="press")
    assert primary(res)["provider"] == "Replit"


def test_the_providers_own_engineers_leave_it_the_provider(extract):
    text = ("Cloudflare engineers spent Tuesday night tracing why the proxy kept failing. Sites behind Cloudflare "
            "returned errors for about three hours, the company said, before a fix went out.")
    res = extract(text, title="Cloudflare engineers race to fix outage", source_kind="press")
    assert primary(res)["provider"] == "Cloudflare"


@pytest.mark.parametrize("sentence, destroyed", [
    ("The agent went through the inbox deleting messages for an hour.", True),   # "let" inside "deleting"
    ("Within minutes the assistant had deleted the shared folder.", True),
    ("The agent can delete any file in the workspace.", False),                    # what it can do is no act
])
def test_an_ai_act_of_destroying_is_read_with_whole_modal_words(first_sentence, sentence, destroyed):
    s = first_sentence(sentence)
    assert ai_destroyed(s, s.lower) is destroyed


@pytest.mark.parametrize("text, name, employer", [
    ("a Meta researcher lost her mail", "Meta", True),
    ("an alignment director at Meta said", "Meta", True),
    ("a designer who works on payments tooling at Stripe wrote", "Stripe", True),
    ("Google's engineers rolled the change back", "Google", True),
    ("the outage at Meta lasted hours", "Meta", False),
    ("nothing was working at Fastly for an hour", "Fastly", False),
])
def test_a_persons_employer_is_read_from_the_words_around_the_name(text, name, employer):
    at = text.index(name)
    assert _names_employer(text, 0, at, at + len(name), len(text)) is employer


@pytest.mark.parametrize("title, text, provider", [
    # what a named body runs, at it or run by it, ties the name even without an internet word
    ("Clinic records offline", "Appointment records at Fenwick Medical could not be opened for two days after its "
     "scheduling system failed, the practice said. Staff booked patients on paper.", "Fenwick Medical"),
    ("Card glitch", "Card payments handled by Osterbay, the Danish payments firm, were declined at tills across "
     "Denmark on Saturday. Osterbay apologised and said it was looking into it.", "Osterbay"),
    # an airline's name ending as organisations' names do
    ("Departures grounded after IT fault", "Corrib Air grounded all of its departures for two hours on Sunday after "
     "its boarding systems failed, the carrier said.", "Corrib Air"),
])
def test_an_organisation_outside_the_gazetteer_is_tied_by_what_it_runs(extract, title, text, provider):
    res = extract(text, title=title, source_kind="press")
    assert res["is_outage"] and primary(res)["provider"] == provider


@pytest.mark.parametrize("low, disrupted", [
    ("card payments were declined at tills across the region", True),
    ("the booking site stayed dark until the evening", True),   # the class of verbs before "dark"
    ("online bookings kept being rejected for most of the morning", True),
    ("the records could not be opened for two days", True),
    ("the bank declined to say how many customers were affected", False),  # a speaker declining, not a refusal
    ("a card payment was approved within seconds", False),
])
def test_refused_transactions_and_things_that_could_not_be_used_are_disruption(low, disrupted):
    assert _extra_disruption(low, []) is disrupted
