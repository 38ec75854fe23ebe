"""Attribution constructions a reporter may write (sentences written for these tests; each rule also
has a paraphrase of the development sentence that showed it)."""

from tests.nlp.conftest import claims_of


def kinds(res, attribute="cause"):
    return [(c["speaker_kind"], c["normalized"]) for c in claims_of(res, attribute)]


# -- "X's account of Y is …": the outlet judges the account -----------------------------------------
def test_an_account_of_the_outage_as_the_subject_is_judged_by_the_outlet(extract):
    res = extract("Amazon's account of the AWS outage is brief: a faulty deployment knocked out the servers.",
                  title="AWS outage")
    assert kinds(res) == [("press", "deployment")]


def test_by_an_account_of_the_day_still_frames_the_sentence(extract):
    res = extract("By Amazon's account of the day, a faulty deployment caused the AWS outage.", title="AWS outage")
    assert kinds(res) == [("vendor", "deployment")]


# -- "was to blame" is a predicate, not a speech verb --------------------------------------------------
def test_there_was_no_sign_that_x_was_to_blame_is_the_outlets(extract):
    res = extract("There was no sign that a cyberattack was to blame for the AWS outage.", title="AWS outage")
    assert [k for k, _ in kinds(res)] == ["press"]


def test_a_cause_that_was_to_blame_names_no_speaker(extract):
    res = extract("A faulty deployment was to blame for the Slack outage, which lasted three hours.",
                  title="Slack outage", outlet="Packet Wire")
    assert [k for k, _ in kinds(res)] == ["press"]


# -- ", but there is no evidence …" weighs the claim: the document's voice -----------------------------
def test_a_negated_existential_after_a_claim_is_the_outlets(extract):
    res = extract("Forum posts claimed hackers caused the AWS outage, but there is no evidence that a "
                  "cyberattack was involved.", title="AWS outage")
    assert ("other", "cyberattack") in kinds(res)
    assert ("press", "cyberattack") in kinds(res)


def test_a_negative_subject_after_a_claim_is_the_outlets(extract):
    res = extract("Several users said a cyberattack took AWS down, and nobody at the company has pointed to a "
                  "faulty deployment.", title="AWS outage")
    assert ("other", "cyberattack") in kinds(res)
    assert ("press", "deployment") in kinds(res)


# -- "said hackers were not involved": the reported clause's subject is no speaker -------------------
def test_a_noun_before_a_finite_verb_after_said_is_what_was_said(extract):
    res = extract("AWS went down on Monday. The company spoke of a faulty deployment and, notably, said "
                  "hackers were not involved in the outage.", title="AWS outage")
    assert {k for k, _ in kinds(res)} == {"vendor"}


def test_a_post_posed_speaker_after_said_is_still_the_speaker(extract):
    res = extract('"A faulty deployment caused the AWS outage," said Amazon.', title="AWS outage")
    assert kinds(res) == [("vendor", "deployment")]


# -- a publication named in one sentence is the next sentence's "it" -------------------------------
def test_it_after_the_companys_explanation_is_the_vendor(extract):
    res = extract("AWS went down on Monday. Amazon's first explanation was short. It spoke of a faulty "
                  "deployment that took the servers down.", title="AWS outage")
    assert kinds(res) == [("vendor", "deployment")]


def test_it_after_a_joint_statement_with_the_vendor_is_the_vendor(extract):
    res = extract("AWS went down on Monday. The details came in a joint statement from a bank's chief executive "
                  "and AWS's chief executive. It said a faulty deployment caused the outage.", title="AWS outage")
    assert kinds(res) == [("vendor", "deployment")]


# -- monitoring sites (convention C4) ---------------------------------------------------------------
def test_reports_on_a_monitoring_site_are_the_sites(extract):
    res = extract("AWS went down on Monday. Complaints on Downdetector began piling up at 9:15 a.m. ET.",
                  title="AWS outage")
    assert ("other", "Downdetector") in [(c["speaker_kind"], c["speaker"]) for c in claims_of(res, "start")]


def test_a_monitoring_site_as_subject_owns_its_figures(extract):
    res = extract("AWS went down on Monday. Outage tracker Downdetector logged the first complaints at 9:15 a.m. ET.",
                  title="AWS outage")
    assert ("other", "Downdetector") in [(c["speaker_kind"], c["speaker"]) for c in claims_of(res, "start")]


def test_the_outlets_clause_before_a_monitoring_clause_stays_the_outlets(extract):
    res = extract("The AWS outage began at 9 a.m. ET, and outage tracker Downdetector logged reports from "
                  "across Europe and Asia.", title="AWS outage")
    assert [c["speaker_kind"] for c in claims_of(res, "start")] == ["press"]
    assert {c["speaker_kind"] for c in claims_of(res, "scope")} == {"other"}


# -- owners and roles named a sentence later ----------------------------------------------------------
def test_an_owner_named_after_the_claim_is_the_vendor(extract):
    res = extract("The Slack outage on Monday was caused by a cyberattack, owner Dana Reyes wrote.",
                  title="Slack outage")
    assert kinds(res) == [("vendor", "cyberattack")]


def test_someone_elses_owner_is_another_voice(extract):
    res = extract("AWS went down on Monday. A restaurant owner said the AWS outage was caused by a power cut.",
                  title="AWS outage")
    assert kinds(res) == [("other", "power")]


def test_a_person_named_right_after_an_unnamed_role_is_that_role(extract):
    res = extract("When Slack went down on Monday, its founder was quick to say who was responsible. "
                  "Dana Reyes told a radio host that a cyberattack had caused the outage.", title="Slack outage")
    assert kinds(res) == [("vendor", "cyberattack")]


def test_according_to_a_commission_is_another_voice(extract):
    res = extract("AT&T's network went down on Thursday. According to the commission, a technician's "
                  "misconfigured router caused the AT&T outage.", title="AT&T outage")
    assert [k for k, _ in kinds(res)] == ["other"]


# -- a speaker inside a relative clause: ", which the company says began at …," --------------------
def test_a_relative_clause_with_a_determined_speaker_is_the_speakers(extract):
    res = extract("The Optus blackout, which the company says began at about 4:05 a.m. AEDT, cut off phones and "
                  "internet for customers across Australia.", title="Optus outage")
    assert [c["speaker_kind"] for c in claims_of(res, "start")] == ["vendor"]


def test_a_relative_clause_speaker_ends_at_its_closing_comma(extract):
    res = extract("The Slack outage, which the firm says began at 9:05 a.m. ET, lasted more than four hours.",
                  title="Slack outage")
    assert [(c["speaker_kind"], c["speaker"]) for c in claims_of(res, "start")] == [("vendor", "the firm")]
    assert [c["speaker_kind"] for c in claims_of(res, "duration")] == ["press"]


def test_any_firm_is_another_voice_but_the_firm_is_the_company(extract):
    res = extract("AWS went down. A firm that monitors traffic said a faulty deployment caused the outage.",
                  title="AWS outage")
    assert [k for k, _ in kinds(res)] == ["other"]
    res = extract("AWS went down. The firm said a faulty deployment caused the outage.", title="AWS outage")
    assert [k for k, _ in kinds(res)] == ["vendor"]


def test_the_company_after_a_capitalised_day_is_still_the_company(extract):
    res = extract("AWS went down. In a statement late on Monday the company said a faulty deployment caused "
                  "the outage.", title="AWS outage")
    assert [k for k, _ in kinds(res)] == ["vendor"]


# -- question-and-answer interviews -----------------------------------------------------------------
def test_an_interview_answer_is_the_interviewees(extract):
    text = ("Slack was unreachable for four hours on Monday. We asked Dana Reyes, an engineer at the "
            "consultancy Brightline, what went wrong.\n\n"
            "Q: What broke?\n\n"
            "A: A faulty deployment took the message servers down. Nothing suggests a cyberattack.\n\n"
            "Q: Could it happen again?\n\n"
            "A: Probably, yes.")
    res = extract(text, title="Q&A: why Slack went down")
    assert {k for k, _ in kinds(res)} == {"other"}
    assert all(c["speaker"] == "Dana Reyes" for c in claims_of(res, "cause"))


def test_an_interview_question_stays_the_outlets(extract):
    text = ("We asked Dana Reyes, an analyst at Brightline, about the AWS outage.\n\n"
            "Q: Was the AWS outage caused by a faulty deployment?\n\n"
            "A: I would rather not guess.")
    res = extract(text, title="Q&A: the AWS outage")
    assert {k for k, _ in kinds(res)} <= {"press"}


# -- the outlet's lead-in before a colon; one speaker across a fronted clause ----------------------
def test_a_speaker_after_a_colon_speaks_from_the_colon(extract):
    res = extract("AWS went down on Saturday. For shoppers the cost was a lost weekend: the company's review says "
                  "most servers were back by 11:00 UTC.", title="AWS outage")
    assert [c["speaker_kind"] for c in claims_of(res, "end")] == ["vendor"]


def test_a_pronoun_speaker_in_the_main_clause_continues_the_fronted_speaker(extract):
    res = extract("When Slack's chief executive described the outage on Monday, she spoke of a faulty "
                  "deployment.", title="Slack outage")
    assert kinds(res) == [("vendor", "deployment")]


# -- a publication's owner speaks through it --------------------------------------------------------
def test_the_companys_own_posts_are_the_vendor(extract):
    res = extract("AWS went down. AWS's own posts describe errors with APIs in one region.", title="AWS outage")
    assert {c["speaker_kind"] for c in claims_of(res, "scope")} == {"vendor"}


def test_its_public_statements_are_the_vendor_and_users_posts_are_not(extract):
    res = extract("Facebook went down on Monday. Its public statements described the affected users only as "
                  "some people.", title="Facebook outage")
    assert {c["speaker_kind"] for c in claims_of(res, "scope")} == {"vendor"}
    res = extract("AWS went down. Users' posts describe errors across the United States.", title="AWS outage")
    assert {c["speaker_kind"] for c in claims_of(res, "scope")} == {"other"}


def test_unnamed_people_who_spoke_to_the_outlet_are_its_sources(extract):
    res = extract("AWS went down. Network engineers who spoke to Packet Wire said a faulty deployment caused the "
                  "outage.", title="AWS outage", outlet="Packet Wire")
    assert [k for k, _ in kinds(res)] == ["press"]
    res = extract("AWS went down. Two engineers who talked to us said a faulty deployment caused the outage.",
                  title="AWS outage")
    assert [k for k, _ in kinds(res)] == ["press"]
    res = extract("AWS went down. Shops that run on AWS said a faulty deployment caused the outage.", title="AWS outage")
    assert [k for k, _ in kinds(res)] == ["other"]


# -- "what X called …": a free relative with a naming verb is X's ----------------------------------
def test_a_free_relative_with_a_naming_verb_is_the_namers(extract):
    res = extract("AWS went down on Monday after what Amazon called a faulty deployment, and users were furious.",
                  title="AWS outage")
    assert kinds(res) == [("vendor", "deployment")]
    assert [c["speaker_kind"] for c in claims_of(res, "start")] == ["press"]


# -- a closing tag with a verb of finding --------------------------------------------------------------
def test_a_closing_finding_tag_names_the_source(extract):
    res = extract("AT&T went down on Thursday. The outage lasted at least twelve hours, the FCC found.",
                  title="AT&T outage")
    assert [(c["speaker_kind"], c["speaker"]) for c in claims_of(res, "duration")] == [("other", "FCC")]
    res = extract("AWS went down. A faulty deployment caused the outage, the company found.", title="AWS outage")
    assert kinds(res) == [("vendor", "deployment")]


def test_found_inside_a_clause_is_no_tag(extract):
    res = extract("AWS went down. Engineers traced the outage to a faulty deployment that the team found.",
                  title="AWS outage", outlet="Packet Wire")
    assert {k for k, _ in kinds(res)} <= {"press"}


# -- a report that runs over several sentences ------------------------------------------------------
def test_a_sentence_between_two_reports_of_one_speaker_is_theirs(extract):
    text = ("Slack went down on Monday. In a post on Tuesday, Slack's head of reliability, Dana Reyes, wrote "
            "that engineers had pushed a change to every region. Once the change went live, a latent bug in the "
            "routing layer took most workspaces down. Engineers noticed within minutes, Reyes wrote.")
    res = extract(text, title="Slack outage", outlet="Packet Wire")
    bugs = [c for c in claims_of(res, "cause") if c["normalized"] == "software_bug"]
    assert [(c["speaker_kind"], c["speaker"]) for c in bugs] == [("vendor", "Dana Reyes")]


def test_a_sentence_after_a_report_with_no_report_after_it_stays_the_outlets(extract):
    text = ("Slack went down on Monday. Slack's head of reliability, Dana Reyes, wrote that engineers had "
            "pushed a change to every region. A latent bug in the routing layer took most workspaces down.")
    res = extract(text, title="Slack outage", outlet="Packet Wire")
    bugs = [c for c in claims_of(res, "cause") if c["normalized"] == "software_bug"]
    assert [c["speaker_kind"] for c in bugs] == ["press"]


# -- "According to X, …" opening a paragraph: the paragraph goes on with X's account ---------------
def test_the_sentence_after_an_according_to_opening_continues_the_account(extract):
    text = ("Optus went down on Wednesday.\n\nAccording to the regulator, a technician loaded a faulty routing "
            "file during planned work. The file had not been checked, and a latent bug in the routers "
            "took the network offline.\n\nShops across Australia could not take payments.")
    res = extract(text, title="Optus outage", outlet="Packet Wire")
    later = [c for c in claims_of(res, "cause") if c["quote"].startswith("The file")]
    assert [c["speaker_kind"] for c in later] == ["other"]


def test_an_according_to_account_ends_with_its_paragraph(extract):
    text = ("Optus went down on Wednesday.\n\nAccording to the regulator, a technician loaded a faulty routing "
            "file during planned work.\n\nA latent bug in the routers took the network offline.")
    res = extract(text, title="Optus outage", outlet="Packet Wire")
    later = [c for c in claims_of(res, "cause") if c["quote"].startswith("A latent bug")]
    assert [c["speaker_kind"] for c in later] == ["press"]
