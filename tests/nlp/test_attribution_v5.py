"""Attribution on unfamiliar wording (attribution.v5): who speaks, read from constructions any English news
article may use. Each rule has a paraphrase of the development sentence that showed it (other nouns, other
verbs of the same class) and a sentence or two of its own. Sentences written for these tests."""

from tests.nlp.conftest import claims_of


def kinds(res, attribute="cause"):
    return [c["speaker_kind"] for c in claims_of(res, attribute)]


# -- the outlet's own first person ------------------------------------------------------------------------
def test_our_count_in_a_press_article_is_the_outlets(extract):
    # paraphrase: "By our tally the checkout pages broke because of a faulty configuration change."
    res = extract("Shopify checkouts failed on Monday. By our reading of the logs, a faulty configuration change "
                  "broke the checkout pages.", title="Shopify outage", source_kind="press")
    assert kinds(res) == ["press"]


def test_we_inside_a_quotation_stays_the_quoted_speakers(extract):
    res = extract('Shopify checkouts failed on Monday. "We pushed a faulty configuration change," a Shopify '
                  "spokesperson said.", title="Shopify outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_a_clause_after_although_with_its_own_speaker_is_theirs(extract):
    res = extract("Shopify checkouts failed on Monday. The outage looked global to us, although some listeners "
                  "say only shops in Canada were hit.", title="Shopify outage", source_kind="press")
    assert "other" in kinds(res, "scope")


# -- people telling of trouble, and audiences -------------------------------------------------------------
def test_an_audience_whose_places_are_listed_speaks_for_itself(extract):
    # paraphrase: "Listeners in Britain, India, the US and across Europe tell us the same thing"
    res = extract("Cloudflare went down on Monday. Listeners in Britain, India, the US and across Europe tell us "
                  "the same thing: a blank error page.", title="Cloudflare outage", source_kind="press")
    assert kinds(res, "scope") == ["other"]


def test_people_reporting_trouble_now_speak_for_themselves(extract):
    res = extract("Access Bank's app went down on Monday. Customers at branches in Lagos, Abuja and Kano are "
                  "reporting failed card payments this morning.", title="Access Bank outage", source_kind="press")
    assert kinds(res, "scope") == ["other"]


def test_trouble_users_reported_is_the_outlets_narration(extract):
    res = extract("Users reported errors in Europe and Asia for most of the afternoon.", title="Slack outage",
                  source_kind="press")
    assert kinds(res, "scope") == ["press"]


# -- monitoring sites named by their class ----------------------------------------------------------------
def test_a_site_the_noun_tracker_names_owns_its_figures_after_a_stamp(extract):
    # paraphrase: "4:10 p.m. ET — The outage tracker Faultline.net lists nine thousand complaints, with …"
    res = extract("4:10 p.m. ET — The outage tracker Faultline.net lists nine thousand complaints, with the "
                  "heaviest clusters around Lyon, Marseille and Paris.", title="Orange outage", source_kind="press")
    assert set(kinds(res, "scope")) <= {"other"}


def test_the_provider_described_as_a_monitoring_company_is_the_vendor(extract):
    res = extract("Monitoring company Datadog said a bad update to its servers caused last week's outage.",
                  title="Datadog outage", source_kind="press")
    assert kinds(res) == ["vendor"]


# -- verbs of finding and publications --------------------------------------------------------------------
def test_a_fronted_verb_of_finding_gives_the_that_clause_to_its_subject(extract):
    # paraphrase: "The commission found that a missing filter let bad packets spread."
    res = extract("CenturyLink's network failed for two days. The regulator found that malformed packets spread "
                  "across the network because filters had not been configured.", title="CenturyLink outage",
                  source_kind="press")
    assert kinds(res) == ["other"]


def test_investigators_concluding_are_others(extract):
    res = extract("Google Cloud's europe-west9 region went down on Monday. Investigators later concluded that a "
                  "power failure was to blame.", title="Google Cloud outage", source_kind="press")
    assert kinds(res) == ["other"]


def test_an_unowned_review_of_the_incident_is_the_vendors(extract):
    res = extract("Azure went down on Tuesday. Three days later, a preliminary review said a configuration "
                  "error had set things off.", title="Azure outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_managements_explanation_is_the_vendors(extract):
    # paraphrase: "Management's first explanation leaned on the snow."
    res = extract("Southwest cancelled thousands of flights. Management's early account leaned on the storm.",
                  title="Southwest outage", source_kind="press")
    assert kinds(res) == ["vendor"]


# -- who the subject is -----------------------------------------------------------------------------------
def test_former_before_a_noun_gives_way_to_the_noun(extract):
    res = extract("What broke the crew system, according to current and former staff, was a bug in the "
                  "scheduling software.", title="Delta outage", source_kind="press")
    assert kinds(res) == ["press"]


def test_a_speech_verb_of_purpose_takes_the_subject_before_the_appositive(extract):
    # paraphrase: "Parker Harris, the co-founder, went on Twitter that evening to apologise. The script, he said…"
    res = extract("Salesforce cut access for every Pardot customer. Dana Reyes, the chief executive, took to "
                  "LinkedIn that night to apologise. The change, she said, had been a mistake by the company's "
                  "own engineers.", title="Salesforce outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_a_group_known_as_a_name_is_the_subject(extract):
    res = extract("NCR's Aloha system went down for a week. A criminal gang known as Nightfall has claimed "
                  "responsibility for the attack.", title="NCR outage", source_kind="press")
    assert kinds(res) == ["other"]


def test_the_head_of_the_provider_named_in_a_relative_clause_is_the_vendor(extract):
    res = extract("Replit's hosted apps went down on Monday. Dana Ortiz, who runs Replit, is explaining how the "
                  "apps went dark. Ortiz agrees with critics. But she also writes that a bad deploy took the apps "
                  "down.", title="Replit outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_a_relative_clause_of_use_gives_the_person_no_role(extract):
    res = extract("Replit's hosted apps went down on Monday. Dana Ortiz, who uses Replit for her shop, said a bad "
                  "deploy took the apps down.", title="Replit outage", source_kind="press")
    assert kinds(res) == ["other"]


# -- verbs of belief --------------------------------------------------------------------------------------
def test_people_who_suspect_a_cause_speak_for_themselves(extract):
    # paraphrase: "Electricians who have inspected the plant suspect a fault inside a transformer."
    # (the first sentence is the outlet's own: "closed for a day after a fire" gives the fire as the cause, causes.v25)
    res = extract("Heathrow closed for a day after a fire. Analysts who have studied the grid reckon a faulty "
                  "update was to blame.", title="Heathrow outage", source_kind="press")
    assert [(c["speaker_kind"], c["normalized"]) for c in claims_of(res, "cause")] == [("press", "environmental"), ("other", "software_bug")]


def test_a_change_the_company_suspected_is_the_companys_suspicion(extract):
    # paraphrase: "…before Google rolled back an update it believed had caused the errors."
    res = extract("Outlook users were locked out of their mail for several hours on Saturday before Microsoft "
                  "reversed a piece of code it suspected of causing the trouble.", title="Outlook outage",
                  source_kind="press")
    assert kinds(res) == ["vendor"]


def test_a_passive_belief_names_nobody(extract):
    res = extract("Outlook went down on Saturday. The outage is believed to have been caused by a bad update.",
                  title="Outlook outage", source_kind="press")
    assert kinds(res) == ["press"]


# -- people the outlet interviewed --------------------------------------------------------------------------
def test_a_named_outsider_the_outlet_spoke_to_is_another_party(extract):
    # paraphrase: "A banker we interviewed, Ana Li of the lender Corabank, said…"
    res = extract("Cloudflare went down on Tuesday. An outside engineer we spoke to, Mateo Ruiz of the "
                  "consultancy Loadstar, put it more bluntly: a software bug in the proxy took everything down.",
                  title="Cloudflare outage", source_kind="press")
    assert kinds(res) == ["other"]


def test_anonymous_people_the_outlet_spoke_to_are_its_sources(extract):
    res = extract("Cloudflare went down on Tuesday. Engineers we spoke to said a software bug in the proxy took "
                  "everything down.", title="Cloudflare outage", source_kind="press")
    assert kinds(res) == ["press"]


# -- "the bank": a definite class noun names the organisation the text named last ------------------------------
def test_a_definite_class_noun_after_the_provider_is_the_vendor(extract):
    # paraphrase: "Monzo customers … . The lender has said only that some users were having trouble."
    res = extract("Monzo customers could not pay for anything on Friday after a fault froze their cards. The "
                  "London-based bank said a faulty software update was to blame.", title="Monzo outage",
                  source_kind="press")
    assert kinds(res) == ["vendor"]


def test_a_definite_class_noun_after_another_company_is_that_company(extract):
    res = extract("AWS went down on Friday. Lloyds Banking Group said its app failed too. The bank said a "
                  "faulty software update at its cloud provider was to blame.", title="AWS outage",
                  source_kind="press")
    assert "vendor" not in kinds(res)


def test_called_for_is_no_speech(extract):
    res = extract("AT&T's network failed on Thursday. According to the commission, an employee put a faulty "
                  "element into service. The change went live without the second check the carrier's rules "
                  "called for, and a software bug spread the fault.", title="AT&T outage", source_kind="press")
    assert set(kinds(res)) == {"other"}


def test_a_status_note_of_the_provider_is_the_vendors(extract):
    # paraphrase: "Its first status update spoke of an unexpected surge in usage."
    res = extract("Azure went down on Tuesday. Its first status note spoke of an unexpected usage spike.",
                  title="Azure outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_a_speech_participle_after_beyond_takes_the_main_subject(extract):
    # paraphrase: "The bank has not said how many accounts were hit, beyond describing it as a small share of users."
    res = extract("Jira went down for some customers on Monday. The company has not said how many customers are "
                  "affected beyond calling it a small fraction of its cloud base.", title="Jira outage",
                  source_kind="press")
    assert kinds(res, "scope")[-1] == "vendor"


# -- probes of common news wording -----------------------------------------------------------------------
def test_officials_of_the_provider_pinning_the_outage_on_a_cause_are_the_vendor(extract):
    res = extract("Google Cloud went down for hours on Monday. Officials at Google pinned the outage on a power "
                  "failure.", title="Google Cloud outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_a_fronted_speech_participle_leaves_the_speaker_to_the_main_clause(extract):
    # paraphrase: "Posting on Mastodon, the company's co-founder blamed a bad deploy."
    res = extract("Google Cloud went down for hours on Monday. Writing on LinkedIn, the company's founder blamed "
                  "a bad deploy.", title="Google Cloud outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_the_role_of_an_unknown_organisation_named_with_a_possessive_is_another_party(extract):
    res = extract("Google Cloud went down for hours on Monday. Acme's chief executive told investors that a bad "
                  "configuration change at its cloud provider was to blame.", title="Google Cloud outage",
                  source_kind="press")
    assert kinds(res) == ["other"]


def test_a_closing_tag_with_whom_it_was_told_to_owns_the_sentence(extract):
    # paraphrase: "…, the firm's head of reliability told an industry conference on Tuesday."
    res = extract("Google Cloud went down for hours on Monday. The outage was caused by a bad configuration "
                  "change, Google's head of reliability told a conference on Tuesday.", title="Google Cloud outage",
                  source_kind="press")
    assert kinds(res) == ["vendor"]


def test_documents_seen_by_the_outlet_are_its_sources(extract):
    res = extract("Google Cloud went down for hours on Monday. According to internal messages seen by The Daily, a "
                  "bad configuration change caused the outage.", title="Google Cloud outage", source_kind="press",
                  outlet="The Daily")
    assert kinds(res) == ["press"]


def test_the_tech_giant_after_the_provider_is_the_vendor(extract):
    res = extract("Google Cloud went down for hours on Monday. The search giant said a bad configuration change "
                  "caused the outage.", title="Google Cloud outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_a_tech_giant_named_as_a_rival_is_another_party(extract):
    res = extract("Google Cloud went down for hours on Monday. Rival tech giant Microsoft said a bad configuration "
                  "change at Google caused the outage.", title="Google Cloud outage", source_kind="press")
    assert kinds(res) == ["other"]


def test_a_status_page_that_cites_a_cause_speaks(extract):
    res = extract("Google Cloud went down for hours on Monday. The company's status page cited a bad "
                  "configuration change.", title="Google Cloud outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_an_attorney_general_is_another_party(extract):
    res = extract("Google Cloud went down for hours on Monday. The state's attorney general said a bad "
                  "configuration change caused the outage.", title="Google Cloud outage", source_kind="press")
    assert kinds(res) == ["other"]


def test_people_contacted_by_the_outlet_keep_their_kind(extract):
    res = extract("Fastly went down for an hour on Tuesday. Security researchers contacted by The Daily said the "
                  "outage was not a cyberattack.", title="Fastly outage", source_kind="press", outlet="The Daily")
    assert set(kinds(res)) == {"other"}


# -- speakers named around a quotation --------------------------------------------------------------------
def test_a_quotation_pointed_back_at_by_the_next_sentence_is_that_speakers(extract):
    # paraphrase: '"A bug in our proxy, nothing more." That is how the company described it on Friday.'
    res = extract('Google Cloud went down on Monday. "This was a bad configuration change, not an attack." That '
                  "was how Google summed up the outage on Tuesday.", title="Google Cloud outage", source_kind="press")
    assert set(kinds(res)) == {"vendor"}


def test_she_said_after_a_named_role_without_speech_is_that_role(extract):
    res = extract("Google Cloud went down on Monday. Dana Ortiz, Google's head of infrastructure, did not mince "
                  "words. A bad configuration change was the culprit, she said.", title="Google Cloud outage",
                  source_kind="press")
    assert kinds(res) == ["vendor"]


def test_one_of_the_customers_described_by_an_appositive_is_another_party(extract):
    res = extract("Google Cloud went down on Monday. Customers were less forgiving. One, the owner of a bakery "
                  "chain, said a bad configuration change had cost her a day of sales.", title="Google Cloud outage",
                  source_kind="press")
    assert kinds(res) == ["other"]


def test_a_person_who_runs_a_business_of_their_own_is_another_party(extract):
    res = extract('Google Cloud went down on Monday. "It looked like a bad configuration change to me," said Priya '
                  "Nair, who runs a small hosting company in Leeds.", title="Google Cloud outage", source_kind="press")
    assert kinds(res) == ["other"]


def test_certainty_without_that_gives_the_clause_to_the_subject(extract):
    # paraphrase: "The bank's engineers are certain a faulty router was at fault."
    res = extract("Google Cloud went down on Monday. The company's engineers are sure a bad configuration change "
                  "was to blame.", title="Google Cloud outage", source_kind="press")
    assert kinds(res) == ["vendor"]


def test_impersonal_certainty_without_that_names_nobody(extract):
    res = extract("Google Cloud went down on Monday. It is clear a bad configuration change was to blame.",
                  title="Google Cloud outage", source_kind="press")
    assert kinds(res) == ["press"]


def test_speculation_opening_a_sentence_is_others(extract):
    # paraphrase: "Rumours on gaming forums quickly settled on a hack."
    res = extract("Google Cloud went down on Monday. Speculation on social media quickly turned to a cyberattack.",
                  title="Google Cloud outage", source_kind="press")
    assert kinds(res) == ["other"]


def test_an_organisations_which_clause_gives_no_role(extract):
    res = extract("Google Cloud went down on Monday. Acme Corp, which runs its shop on Google Cloud, said a bad "
                  "configuration change caused the outage.", title="Google Cloud outage", source_kind="press")
    assert kinds(res) == ["other"]


def test_taking_credit_for_an_attack_is_the_claimants(extract):
    # paraphrase: "It is the same crew that took credit for knocking the network offline in the spring."
    res = extract("PlayStation Network went down on Christmas Day. A hacker gang took credit for the attack on "
                  "Twitter.", title="PSN outage", source_kind="press")
    assert kinds(res) == ["other"]
