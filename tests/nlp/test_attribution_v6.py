"""Attribution on unfamiliar wording (attribution.v6): who speaks, read from word classes and constructions
any English news article may use. Each rule has a paraphrase of the development sentence that showed it
(other nouns, other verbs of the same class, other order) and a sentence or two of its own. Sentences
written for these tests."""

import pytest

from tests.nlp.conftest import claims_of


def kinds(res, attribute="cause"):
    return [c["speaker_kind"] for c in claims_of(res, attribute)]


# -- verbs of saying: the class completed -------------------------------------------------------------------
@pytest.mark.parametrize("verb", ["reiterated that", "repeated that", "asserted that", "contended that",
                                  "maintained that", "conceded that", "recounted how", "clarified that",
                                  "testified that", "assured customers that", "remarked that", "posts that"])
def test_a_verb_of_saying_gives_the_clause_to_its_subject(extract, verb):
    # paraphrase of "Chief statistician X repeated that the bureau had shut the site after … attacks"
    res = extract(f"Orange's network went down on Monday. The company's chief executive {verb} a faulty "
                  "configuration change had knocked the routers offline.", title="Orange outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_repeated_as_an_adjective_is_no_speech(extract):
    res = extract("Orange's network went down on Monday. Repeated configuration errors knocked the routers "
                  "offline, our reporters found.", title="Orange outage", source_kind="press")
    assert "vendor" not in kinds(res)


def test_an_official_account_that_posts_is_its_owners(extract):
    # paraphrase of "The NYSE's official account posts that the issue is internal and technical"
    res = extract("Slack went down for hours on Tuesday. Slack's support account posts that a faulty "
                  "configuration change caused the disruption.", title="Slack outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_a_speaker_that_chalks_the_outage_up_to_a_cause_speaks_for_it(extract):
    res = extract("Slack went down for hours on Tuesday. Analysts chalked the disruption up to a faulty "
                  "configuration change.", title="Slack outage", source_kind="press")
    assert kinds(res) == ["other"]


# -- the provider named by the first word(s) of its name ----------------------------------------------------
def test_the_first_word_of_the_providers_name_is_the_provider(extract):
    # paraphrase of "Epic said on its status account that the services were struggling with …"
    res = extract("Southwest Airlines grounded every flight on Thursday morning. Southwest said in a notice to "
                  "travellers that a faulty configuration change had taken its dispatch system down.",
                  title="Southwest Airlines outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_the_short_name_as_a_second_speaker_speaks_for_its_clause(extract):
    res = extract("American Airlines grounded its flights on Friday. Federal officials said they had seen no sign of "
                  "an attack, and American said a faulty router had cut its dispatchers off.",
                  title="American Airlines outage", source_kind="press")
    assert "vendor" in kinds(res)


# -- "it said" with no speaker before: the organisation named last ------------------------------------------
def test_it_as_a_parenthetical_speaker_is_the_organisation_named_before(extract):
    # paraphrase of "By Saturday evening NPCI had a more specific explanation. A handful of banks, it said, had …"
    res = extract("Card payments failed across Europe on Friday. By Sunday night Visa had a fuller account. A faulty "
                  "configuration change, it said, had knocked its processing centre offline.",
                  title="Visa outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_it_says_after_a_comma_and_speaks_only_from_there(extract):
    res = extract("Card payments failed across Europe on Friday. Visa restored most payments within about three "
                  "hours, and it says a faulty configuration change was to blame.", title="Visa outage",
                  source_kind="press")
    assert kinds(res) == ["vendor"]
    assert kinds(res, "duration") == ["press"]


# -- "by his/her/their account": the one the pronoun refers to ----------------------------------------------
def test_a_parenthetical_by_her_account_is_the_person_just_quoted(extract):
    # paraphrase of "An investor posted that he had asked Cowork to tidy … In the course of the clean-up, by his
    # account, the assistant removed a folder …"
    res = extract("A developer wrote on her blog that she had asked Replit's agent to tidy a staging table. Halfway "
                  "through the job, by her account, the agent deleted the production database.",
                  title="Replit agent deletes database", source_kind="press")
    assert set(kinds(res)) == {"other"}


def test_a_fronted_by_their_own_account_is_the_speakers_before(extract):
    res = extract("Two analysts at Gartner said they had watched the rollout closely. By their own account, a "
                  "faulty configuration change took the Azure portal down.", title="Azure outage", source_kind="press")
    assert "other" in kinds(res)


# -- a person with no owner in a vendor's own publication ---------------------------------------------------
def test_a_titled_person_in_a_vendors_release_is_the_vendors(extract):
    # paraphrase of "Acting Commissioner David Kautter said the problem was caused by a hardware issue …"
    res = extract("Fastly restored its network on Tuesday. Deputy Director Maria Okafor said a failed storage "
                  "controller had caused the outage.", title="Fastly outage", source_kind="vendor")
    assert kinds(res) == ["vendor"]


def test_a_person_with_another_companys_role_in_a_vendors_release_is_other(extract):
    res = extract("Fastly restored its network on Tuesday. Maria Okafor, an analyst at Gartner, said a failed "
                  "storage controller had caused the outage.", title="Fastly outage", source_kind="vendor")
    assert kinds(res) == ["other"]


# -- "according to" a group of people named by what they do -------------------------------------------------
@pytest.mark.parametrize("group", ["payroll accountants who followed it", "several economists", "independent auditors",
                                  "travel agents in Madrid", "two pharmacists"])
def test_according_to_a_group_of_people_is_other(extract, group):
    # paraphrase of "…, anyone trying to file or pay online hit an error page, according to tax preparers who tracked it."
    res = extract(f"Citibank's app went down on Monday. For about six hours, nobody could log in, according to {group}.",
                  title="Citibank outage", source_kind="press")
    assert kinds(res, "duration") == ["other"]


def test_according_to_figures_is_not_a_group(extract):
    res = extract("Citibank's app went down on Monday. For about six hours, nobody could log in, according to the "
                  "bank's figures.", title="Citibank outage", source_kind="press")
    assert kinds(res, "duration") == ["vendor"]


# -- "the agency", "the bureau": a public body -------------------------------------------------------------
@pytest.mark.parametrize("noun", ["department", "agency"])
def test_a_public_body_noun_is_the_provider_whose_name_makes_it_one(extract, noun):
    # paraphrase of "The agency blames hardware." (of the Internal Revenue Service)
    res = extract(f"The Home Office's passport e-gates failed at every airport on Friday. The {noun} blames a "
                  "failed network switch.", title="Home Office e-gates outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_the_agency_after_a_company_is_not_the_company(extract):
    # "The Federal Communications Commission said … CenturyLink's outage …. The agency found that …": the regulator
    res = extract("The Federal Communications Commission said Verizon's outage lasted ten hours. The agency found "
                  "that a faulty configuration change had caused it.", title="Verizon outage", source_kind="press")
    assert kinds(res) == ["other"]


# -- monitoring sites named only by their class -------------------------------------------------------------
@pytest.mark.parametrize("sites", ["Outage-tracking sites logged", "Monitoring services showed",
                                   "Outage trackers counted"])
def test_monitoring_sites_named_by_their_class_own_their_figures(extract, sites):
    # paraphrase of "Outage-tracking sites logged complaints from every large city."
    res = extract(f"Vodafone's network went down on Monday. {sites} complaints from users in Spain, Portugal and "
                  "France.", title="Vodafone outage", source_kind="press")
    assert kinds(res, "scope") == ["other"]


def test_the_outlets_own_narration_of_places_stays_the_outlets(extract):
    res = extract("Vodafone's network went down on Monday. Users in Spain, Portugal and France could not make calls, "
                  "and tracking the outage was hard.", title="Vodafone outage", source_kind="press")
    assert set(kinds(res, "scope")) <= {"press"}


# -- "write in", "call in": sending word to the outlet, no reported content ----------------------------------
def test_people_who_call_in_from_places_do_not_speak_the_sentence(extract):
    # paraphrase of "YouTube is failing to load for us in New York and for readers writing in from London, …"
    res = extract("9:14 p.m. ET — Netflix is failing to load for us in Boston and for viewers calling in from Lagos, "
                  "Lima and Jakarta.", title="Netflix outage", source_kind="press")
    assert kinds(res, "scope") == ["press"]


def test_people_who_write_in_to_say_something_speak_it(extract):
    res = extract("Netflix went down on Monday. Viewers in Lagos, Lima and Jakarta wrote to say the site is failing "
                  "to load.", title="Netflix outage", source_kind="press")
    assert kinds(res, "scope") == ["other"]


# -- an organisation's initials ----------------------------------------------------------------------------
def test_initials_nobody_tagged_are_an_organisation(extract):
    # paraphrase of "The FCC agrees on the trigger but adds something the company did not stress: …"
    res = extract("Verizon's network failed for ten hours on Monday. The NTSB agrees on the timeline but adds "
                  "that a faulty configuration change made the failure worse.", title="Verizon outage",
                  source_kind="press")
    assert kinds(res) == ["other"]


def test_the_providers_initials_are_the_provider(extract):
    res = extract("National Air Traffic Services grounded flights across Britain on Monday. NATS said a faulty "
                  "configuration change had taken its flight-planning system down.", title="NATS outage",
                  source_kind="press")
    assert kinds(res) == ["vendor"]


# -- a pronoun closing tag with the person named earlier in the sentence --------------------------------------
def test_she_said_closing_a_sentence_is_the_person_it_named(extract):
    # paraphrase of "An OpenClaw assistant connected to the inbox of Summer Yue, an alignment director at Meta,
    # deleted messages in bulk …, she said on social media."
    res = extract("An OpenClaw assistant connected to the mailbox of Dana Whitfield, a hotel manager in Leeds, deleted "
                  "thousands of emails in bulk and ignored her orders to stop, she said on LinkedIn.",
                  title="OpenClaw assistant deletes emails", source_kind="press")
    assert set(kinds(res)) == {"other"}


def test_a_role_before_a_name_is_not_the_noun_whose_object_the_name_is(extract):
    res = extract("Slack's status page went blank on Monday. A post on the blog of Dana Whitfield, an analyst at "
                  "Gartner, said a faulty configuration change had caused the outage.",
                  title="Slack outage", source_kind="press")
    assert "vendor" not in kinds(res)


# -- nouns of people: singulars and plurals of the class --------------------------------------------------------
@pytest.mark.parametrize("people", ["Two pilots", "A commuter", "Several economists", "One listener", "Teachers at two schools",
                                   "A lawyer for the customers"])
def test_people_named_by_what_they_do_are_others(extract, people):
    res = extract(f"Qantas's booking system went down on Monday. {people} said a faulty configuration change had "
                  "caused the outage.", title="Qantas outage", source_kind="press")
    assert kinds(res) == ["other"]


def test_company_representatives_are_the_vendors(extract):
    res = extract("Qantas's booking system went down on Monday. Company representatives said a faulty "
                  "configuration change had caused the outage.", title="Qantas outage", source_kind="press")
    assert kinds(res) == ["vendor"]


# -- a subject the outlet interviewed ------------------------------------------------------------------------
def _speaker_kind(extractor, text, provider):
    from nlp.attribution import Attributor
    from nlp.sentences import sentence_views

    doc = extractor.nlp(text)
    attributor = Attributor(doc, "press", provider, provider, "Packet Wire")
    return [attributor.speaker(view).kind for view in sentence_views(doc, doc.text)]


@pytest.mark.parametrize("subject", ["Merchants we spoke to in Lyon, Lille and Nantes",
                                     "Two shopkeepers we interviewed", "Customers who talked to us"])
def test_people_the_outlet_interviewed_tell_their_clause(extractor, subject):
    # paraphrase of "Merchants we spoke to in the Netherlands, Germany and the US saw decline rates jump …"
    kinds_ = _speaker_kind(extractor, f"Adyen's payments failed on Monday. {subject} saw card payments fail for hours.",
                           "Adyen")
    assert kinds_ == ["press", "other"]


def test_staff_the_outlet_interviewed_are_its_sources(extractor):
    kinds_ = _speaker_kind(extractor, "Adyen's payments failed on Monday. Employees we spoke to saw the queue back up "
                                      "for hours.", "Adyen")
    assert kinds_ == ["press", "press"]


# -- "By X's account," carries on into a sentence that refers back into the account ---------------------------
def test_an_account_frame_carries_on_into_a_sentence_opening_with_a_pronoun(extract):
    # paraphrase of "By the airline's account, the culprit was one router. It malfunctioned early in the morning …"
    res = extract("Delta grounded its flights for three hours on Tuesday. By the carrier's own account, the trouble "
                  "started in a single storage array. It failed after a faulty firmware update and took the "
                  "booking system down with it.", title="Delta Air Lines outage", source_kind="press")
    assert kinds(res) and set(kinds(res)) == {"vendor"}


def test_an_account_frame_does_not_carry_into_the_outlets_comment(extract):
    res = extract("Delta grounded its flights for three hours on Tuesday. By the carrier's own account, a faulty "
                  "firmware update broke one storage array. The damage was small, but a faulty configuration change "
                  "would do the same to any airline.", title="Delta Air Lines outage", source_kind="press")
    assert kinds(res)[-1:] == ["press"]


# -- "Her explanation is that …": the position of the one the possessive refers to -----------------------------
def test_a_possessive_pronouns_explanation_is_the_person_named_in_the_paragraph(extract):
    # paraphrase of "A researcher who works on AI alignment at Meta connected OpenClaw … Her explanation is that the
    # agent summarised its own history …"
    res = extract("Replit's agent wiped a database last week. A developer who builds games in Leeds connected the "
                  "agent to his project. He told it to fix one table. It did not stop there. It kept going. His "
                  "theory is that a faulty configuration change had taken the database down before the agent ran.",
                  title="Replit agent deletes database", source_kind="press")
    assert kinds(res)[-1:] == ["other"]


def test_their_account_that_is_the_last_speakers(extract):
    res = extract("Slack went down for hours on Tuesday. Two analysts at Gartner said they had seen it coming. Their "
                  "view is that a faulty configuration change took the service down.", title="Slack outage",
                  source_kind="press")
    assert kinds(res)[-1:] == ["other"]


# -- a pronoun speaker a few sentences after a named person spoke ---------------------------------------------
def test_she_explained_three_sentences_after_the_named_person_spoke(extract):
    # paraphrase of '"I had to physically get to the machine," Yue wrote. … Her own diagnosis came later. The real
    # mailbox was far larger than the test one, she explained, and as the agent's working memory filled up, …'
    res = extract('Replit\'s agent wiped a database last week. "I watched it happen," wrote Dana Okafor, who runs a '
                  "games studio in Leeds. Restoring the backup took a day. Her own diagnosis came weeks later. The project was "
                  "bigger than the test one, she explained, and a faulty configuration change had wiped the tables.",
                  title="Replit agent deletes database", source_kind="press")
    assert kinds(res)[-1:] == ["other"]


# -- another provider named by the first word(s) of its name ----------------------------------------------------
def test_another_provider_by_its_first_word_speaks_for_itself(extract):
    # paraphrase of "9:50 a.m. ET — United says departures are resuming after a network problem kept its planes …"
    res = extract("The New York Stock Exchange halted trading on Wednesday.\n\n10:05 a.m. ET — Southwest says "
                  "departures are resuming after a faulty router grounded its planes for much of the morning.",
                  title="NYSE halts trading", source_kind="press")
    assert "press" not in kinds(res)
