"""Attribution on unfamiliar text (attribution.v4): constructions a reporter of any English news article may
write. Each rule has a paraphrase of the development sentence that showed it (other nouns, verbs of the same
class) and a sentence or two of its own. Sentences written for these tests."""

from tests.nlp.conftest import claims_of


def kinds(res, attribute="cause"):
    return [(c["speaker_kind"], c["normalized"]) for c in claims_of(res, attribute)]


def speakers(res):
    """The speaker kinds of the cause and ai claims (an AI's act is both, convention C15)."""
    return {c["speaker_kind"] for a in ("cause", "ai") for c in claims_of(res, a)}


# -- "the airline", "the bank": a noun of the provider's class names the provider --------------------------
def test_the_class_noun_of_a_provider_named_for_it_is_the_vendor(extract):
    # paraphrase: "The carrier has laid the blame on routing gear owned by one of its suppliers."
    res = extract("Southwest Airlines grounded its flights on Friday. The airline has pinned the fault on a "
                  "configuration change made during overnight maintenance.", title="Southwest Airlines outage")
    assert kinds(res) == [("vendor", "config_change")]


def test_a_synonym_of_the_class_in_a_relative_clause_is_the_vendor(extract):
    res = extract("United Airlines halted departures on Monday after a network fault that the carrier traced "
                  "to a failed router at a supplier.", title="United Airlines outage")
    assert {k for k, _ in kinds(res)} == {"vendor"}


def test_a_class_the_text_gives_the_provider_in_an_appositive(extract):
    res = extract("Verizon, the largest wireless carrier in the country, lost service on Tuesday. The carrier "
                  "said a software problem in its core network caused the outage.", title="Verizon outage")
    assert kinds(res) == [("vendor", "software_bug")]


def test_another_bank_stays_another_party(extract):
    res = extract("Azure went down on Tuesday. A bank said a faulty configuration change caused the outage.",
                  title="Azure outage")
    assert [k for k, _ in kinds(res)] == ["other"]


# -- "blamed X and apologized on Thursday": the second verb's "on" is no blamed-on phrase --------------------
def test_a_blamed_cause_before_a_coordinated_verb_is_the_speakers(extract):
    # paraphrase: "Optus blamed a routing bug in its core and said sorry on Friday."
    res = extract("Verizon blamed a software bug in its network and apologized on Thursday, offering customers "
                  "a credit.", title="Verizon outage")
    assert kinds(res) == [("vendor", "software_bug")]


# -- "to make calls": a speech word after a verb that takes it as object is a noun -------------------------
def test_calls_as_an_object_is_no_speech_verb(extract):
    res = extract("For a second day, millions of Verizon customers could not make calls after a software bug "
                  "crashed the network.", title="Verizon outage")
    assert [k for k, _ in kinds(res)] == ["press"]


# -- "X is explicit that …": a predicate of stating ----------------------------------------------------
def test_a_copula_and_an_adjective_of_certainty_make_the_that_clause_the_subjects(extract):
    # paraphrase: "Fastly is adamant that no intruder was involved."
    res = extract("Cloudflare went down on Tuesday. Cloudflare is explicit that no cyberattack was involved.",
                  title="Cloudflare outage")
    assert kinds(res) == [("vendor", "cyberattack")]


def test_remains_adamant_that_is_the_subjects(extract):
    res = extract("Slack went down on Monday. The company remains adamant that a bad deployment, not hackers, "
                  "caused the outage.", title="Slack outage")
    assert {k for k, _ in kinds(res)} == {"vendor"}


def test_it_is_clear_that_is_impersonal(extract):
    res = extract("Slack went down on Monday. It is clear that a bad deployment caused the outage.",
                  title="Slack outage", outlet="Packet Wire")
    assert [k for k, _ in kinds(res)] == ["press"]


# -- C15: an AI's own account is the claim of whoever reports it -----------------------------------------
def test_an_agent_as_speaker_is_told_by_the_outlet(extract):
    # paraphrase: "Pressed for an explanation, the bot replied that it had wiped the tables without asking."
    res = extract("Replit went down for one user on Friday. Asked why, the coding agent wrote that it had deleted "
                  "the production database without permission.", title="Replit agent deletes database",
                  outlet="Packet Wire")
    assert {k for k, _ in kinds(res)} == {"press"}
    assert {c["speaker_kind"] for c in claims_of(res, "ai")} == {"press"}


def test_an_agent_quoted_with_the_users_screenshots_is_the_users(extract):
    res = extract("A developer said Gemini CLI deleted the production database of his app. Later the agent admitted "
                  "it had deleted the database, according to screenshots he shared.",
                  title="Gemini CLI agent wipes production database")
    assert speakers(res) == {"other"}


# -- "according to his write-up", "a series of posts Lemkin published": the author speaks -----------------
def test_according_to_a_publication_a_named_person_published(extract):
    # paraphrase: "…, according to a thread Okafor posted on Sunday."
    res = extract("A coding agent from Replit deleted a company's production database, taking its app offline, even "
                  "though it was told to make no changes, according to a thread Okafor posted about the project.",
                  title="Replit agent wipes production database")
    assert speakers(res) == {"other"}


def test_according_to_his_account_is_the_person_just_quoted(extract):
    res = extract("A developer using Cursor said the editor logged him out. According to his write-up, a faulty "
                  "update to the login service caused the outage.", title="Cursor outage")
    assert kinds(res)[-1] == ("other", "deployment") or kinds(res)[-1][0] == "other"


# -- "A developer testing X, …, says": an entity after a participle is its object ---------------------------
def test_an_entity_after_a_participle_in_the_subject_is_no_speaker(extract):
    res = extract("A programmer trying out Claude Code says the assistant deleted the production database of his "
                  "app, taking it offline for a day.", title="Claude Code agent wipes production database")
    assert speakers(res) == {"other"}


# -- "he wrote" with no speaker before: the person the last sentences named ------------------------------
def test_a_pronoun_speaker_is_the_person_named_before(extract):
    res = extract("A user of Antigravity had asked the agent to clear a cache. The agent deleted the production "
                  "database instead, taking the app offline, he wrote in a post.",
                  title="Antigravity agent wipes production database", outlet="Packet Wire")
    assert speakers(res) == {"other"}


# -- "is who explained": a free relative names nobody ------------------------------------------------------
def test_a_free_relative_who_names_no_speaker(extract):
    res = extract("What made the Cursor outage odd is who explained it. A faulty update caused the outage.",
                  title="Cursor outage", outlet="The Cloud Courier")
    assert [k for k, _ in kinds(res)] == ["press"]


# -- a member of staff belongs to the firm that employs them --------------------------------------------
def test_a_manager_of_another_business_is_another_party(extract):
    # paraphrase: "A shop manager told the paper his tills had stopped after a bad update at the provider."
    res = extract("Slack went down on Monday. A hotel manager told the paper that a bad deployment at Slack had "
                  "taken his booking system offline.", title="Slack outage")
    assert kinds(res) == [("other", "deployment")]


def test_the_providers_own_manager_is_the_vendor(extract):
    res = extract("Slack went down on Monday. Its engineering manager said a bad deployment caused the outage.",
                  title="Slack outage")
    assert kinds(res) == [("vendor", "deployment")]


# -- "told X to do Y": an order, not a report -------------------------------------------------------------
def test_a_directive_is_no_speech(extract):
    # paraphrase: "The watchdog told Optus to keep more money aside, after a router fault took it offline."
    res = extract("The regulator told Optus to hold more capital on Monday, after a faulty router upgrade knocked "
                  "its network offline for twelve hours.", title="Optus outage", outlet="Packet Wire")
    assert {c["speaker_kind"] for a in ("cause", "duration") for c in claims_of(res, a)} == {"press"}


# -- officials and inquiries are other parties -------------------------------------------------------------
def test_police_officers_are_another_party(extract):
    res = extract("Heathrow Airport shut on Friday after a fire at a substation. Police officers said they had "
                  "found nothing to suggest an arson attack.", title="Heathrow outage")
    assert ("other", "cyberattack") in kinds(res)


def test_an_inquiry_after_the_vendor_speaks_for_itself(extract):
    res = extract("Slack blamed a database fault at the time, and an inquiry later traced it to a configuration "
                  "change made during maintenance.", title="Slack outage")
    assert ("other", "config_change") in kinds(res)


# -- "the air traffic service": a definite subject made of the provider's name words ---------------------
def test_a_description_from_the_providers_name_is_the_vendor(extract):
    res = extract("NATS suffered an outage on Monday that held flights across Britain. The air traffic service "
                  "says a software bug in its flight planning system caused the outage.", title="NATS outage")
    assert kinds(res) == [("vendor", "software_bug")]


# -- ", which spoke of …" after a publication: its owner's words -------------------------------------------
def test_a_relative_clause_of_a_publication_is_its_owners(extract):
    # paraphrase: "That differs from the firm's first bulletin, which spoke vaguely of a hardware fault."
    res = extract("Optus went down for twelve hours on Wednesday. The account its chief gave on Friday differs "
                  "from the company's first notice, which spoke only of a hardware failure.", title="Optus outage")
    assert kinds(res) == [("vendor", "hardware")]


def test_a_relative_clause_of_a_statement_that_blamed(extract):
    res = extract("Optus went down for twelve hours on Wednesday. A customer read the company's statement, which "
                  "blamed a software bug in the core network.", title="Optus outage")
    assert kinds(res) == [("vendor", "software_bug")]


# -- "The short version from X: …": a verbless lead-in naming X's account -----------------------------------
def test_a_verbless_lead_in_naming_an_account_gives_the_rest_to_its_owner(extract):
    # paraphrase: "Fastly's explanation in brief: a customer's valid setting tripped a latent bug."
    res = extract("Slack went down on Wednesday. The short version from Slack: routine maintenance on a database "
                  "collided with a dormant bug in the cache.", title="Slack outage", outlet="Backplane Weekly")
    assert [k for k, _ in kinds(res)] == ["vendor"]


def test_a_possessed_explanation_before_a_colon(extract):
    res = extract("Zoom went down on Thursday. Zoom's own explanation: a faulty deployment took down its login "
                  "servers.", title="Zoom outage")
    assert kinds(res) == [("vendor", "deployment")]


# -- a quotation opened after a sentence about a person quoted before is theirs ------------------------------
def test_a_quotation_after_a_quoted_persons_view_is_theirs(extract):
    # paraphrase: 'Okafor thinks few will. "The outage was brief. The audit it sets off won\\'t be."'
    res = extract('Slack went down on Monday. "Customers noticed," said Dana Whitfield, an analyst at Brightline. '
                  'Whitfield doubts many will leave. "A faulty deployment caused the outage. That happens to '
                  'everyone."', title="Slack outage")
    assert kinds(res)[-1] == ("other", "deployment")


# -- reports named in the speaker's sentence are the reports' --------------------------------------------
def test_reports_a_company_hits_back_at_are_the_press(extract):
    # paraphrase: "Google has pushed back against reports that its agent wiped a drive, issuing a note on Monday…"
    res = extract("Amazon Web Services has hit back at reports that its coding agent caused a December outage, "
                  "publishing a post on Friday that blamed an engineer's misconfigured access controls.",
                  title="AWS outage")
    assert ("press", "ai_agent") in kinds(res)
    assert ("press", True) in [(c["speaker_kind"], c["normalized"]) for c in claims_of(res, "ai")]


def test_a_news_report_as_the_subject_of_claims_is_the_press(extract):
    res = extract("A news report published today claims that an AI agent caused an outage of AWS in December.",
                  title="Correcting a report", source_kind="vendor", provider="AWS")
    assert ("press", True) in [(c["speaker_kind"], c["normalized"]) for c in claims_of(res, "ai")]


def test_posts_on_social_media_are_others(extract):
    res = extract("Slack went down on Monday. Posts on social media claimed a hacking group was behind the outage.",
                  title="Slack outage")
    assert kinds(res) == [("other", "cyberattack")]


# -- "For X, …": a fronted point of view before a present-tense judgement ----------------------------------
def test_a_fronted_for_x_before_a_judgement_is_xs_view(extract):
    # paraphrase: "For Microsoft, the March failure of Teams in Europe is a story of a bad deployment."
    res = extract("Slack went down on Monday. For Slack, the outage is a story of a bad deployment, nothing more.",
                  title="Slack outage")
    assert kinds(res) == [("vendor", "deployment")]


def test_a_fronted_for_x_before_past_narration_is_the_outlets(extract):
    res = extract("Slack went down on Monday. For Slack, it was the third outage caused by a bad deployment "
                  "this year.", title="Slack outage")
    assert [k for k, _ in kinds(res)] == ["press"]


# -- "Speculation that …" as the subject: the claim of those who speculate ---------------------------------
def test_a_rumour_with_its_that_clause_as_subject_is_others(extract):
    # paraphrase: "Rumours that a rival had hacked the bank circulated on forums."
    res = extract("Slack went down on Monday. Speculation that hackers had caused the outage spread quickly on "
                  "forums.", title="Slack outage")
    assert kinds(res) == [("other", "cyberattack")]


def test_reports_that_as_the_subject_are_the_press(extract):
    res = extract("Slack went down on Monday. Reports that a bad deployment caused the outage could not be "
                  "confirmed.", title="Slack outage")
    assert [k for k, _ in kinds(res)] == ["press"]


# -- a role keeps the company it belongs to (its kind is then relative to each incident's provider) ----------
def test_a_named_role_holder_carries_the_company_of_the_role(extractor):
    from nlp.attribution import Attributor
    from nlp.sentences import sentence_views

    text = "CrowdStrike chief executive George Kurtz said a faulty content update caused the crash."
    doc = extractor.nlp(text)
    attributor = Attributor(doc, "press", "Microsoft Azure", "Microsoft", "Packet Wire")
    speaker = attributor.speaker(sentence_views(doc, doc.text)[0])
    assert (speaker.kind, speaker.entity) == ("other", "CrowdStrike")


def test_customers_named_after_a_company_carry_no_company(extractor):
    from nlp.attribution import Attributor
    from nlp.sentences import sentence_views

    text = "Two engineers at large Slack customers said their monitoring showed failures from 9am."
    doc = extractor.nlp(text)
    attributor = Attributor(doc, "press", "Slack", "Salesforce", "Packet Wire")
    speaker = attributor.speaker(sentence_views(doc, doc.text)[0])
    assert (speaker.kind, speaker.entity) == ("other", None)


# -- "by airline estimates": a closing or opening frame with a class of sources ------------------------------
def test_a_frame_of_a_class_of_sources_owns_the_figures(extract):
    # paraphrase: "Some 2,000 flights were scrapped across Europe on Monday, by analyst counts."
    res = extract("NATS suffered an outage on Monday. Flights across Europe were disrupted for about six hours, "
                  "by airline estimates.", title="NATS outage")
    assert [c["speaker_kind"] for c in claims_of(res, "duration")] == ["other"]


# -- "reported problems": the outlet narrates the trouble ---------------------------------------------------
def test_reporting_trouble_is_the_outlets_narration(extract):
    # paraphrase: "Retailers from Target to Etsy were reporting login errors across the United States."
    res = extract("Kinesis failed for 17 hours on Wednesday, and companies from Roku to Adobe reported problems "
                  "across the United States.", title="AWS outage", outlet="The Morning Circuit")
    assert {c["speaker_kind"] for c in claims_of(res, "scope")} <= {"press"}
    assert [c["speaker_kind"] for c in claims_of(res, "duration")] == ["press"]


# -- closing tags ------------------------------------------------------------------------------------------
def test_a_closing_tag_with_the_company_before_the_role_is_the_speaker(extract):
    # paraphrase: "The failure came from a bad router update, a Telstra spokesman said."
    res = extract("Optus went down on Wednesday. The outage was caused by a faulty software upgrade, an Optus "
                  "spokeswoman said.", title="Optus outage")
    assert kinds(res) == [("vendor", "software_bug")]


def test_a_closing_tag_owns_a_sentence_with_another_speech_verb(extract):
    res = extract("Optus went down on Wednesday. Engineers at the network traced the outage to a faulty software "
                  "upgrade, the company said.", title="Optus outage")
    assert kinds(res) == [("vendor", "software_bug")]


def test_officials_at_the_provider_are_the_vendor(extract):
    res = extract("Optus went down on Wednesday. Officials at Optus say a faulty software upgrade caused the outage, "
                  "while government officials said they were still waiting for answers.", title="Optus outage")
    assert kinds(res)[0] == ("vendor", "software_bug")


# -- a stated position owned by the company: "its story that", "X's line is that" ----------------------------
def test_a_possessed_position_before_that_is_the_owners(extract):
    # paraphrase: "Telstra stands by its account that a bad router update caused the failure."
    res = extract("Optus went down on Wednesday. Optus is sticking to its story that a faulty software upgrade "
                  "caused the outage.", title="Optus outage")
    assert kinds(res) == [("vendor", "software_bug")]


def test_a_possessed_line_is_that(extract):
    res = extract("Optus went down on Wednesday. Optus's line is that a faulty software upgrade caused the outage.",
                  title="Optus outage")
    assert kinds(res) == [("vendor", "software_bug")]


def test_pointing_the_finger_is_blaming(extract):
    res = extract("Optus went down on Wednesday. Optus has pointed the finger at a faulty software upgrade.",
                  title="Optus outage")
    assert kinds(res) == [("vendor", "software_bug")]


def test_a_pronoun_speaker_is_the_role_named_in_the_sentence_before(extract):
    # paraphrase: "Telstra's network chief met reporters on Friday. A bad router update did it, he said."
    res = extract("Optus went down on Wednesday. Optus's chief executive spoke to reporters on Thursday. A faulty "
                  "software upgrade caused the outage, she said.", title="Optus outage", outlet="The Herald")
    assert kinds(res) == [("vendor", "software_bug")]


# -- he and she: a pronoun that has referred to one person does not switch sex --------------------------------
def test_he_after_she_is_the_other_person_met(extract):
    # paraphrase: "Ana Silva, a consultant, called it avoidable; she added… He wrote that a bad config…"
    res = extract("Slack went down on Monday. Tom Reyes, Slack's chief technology officer, said engineers were "
                  "investigating. Dana Whitfield, an analyst at Brightline, said customers were angry. She added "
                  "that many would leave. He said a faulty deployment caused the outage.", title="Slack outage")
    assert kinds(res)[-1] == ("vendor", "deployment")
