from tests.nlp.conftest import claims_of


def speakers(res, attribute="cause"):
    return [(c["speaker_kind"], c["speaker"]) for c in claims_of(res, attribute)]


def test_spokesperson_of_the_provider_is_the_vendor(extract):
    res = extract("A company spokesperson told reporters that a power failure caused the AWS outage.", title="AWS outage")
    assert speakers(res)[0][0] == "vendor"


def test_people_familiar_with_the_matter_are_the_press(extract):
    res = extract("The AWS outage was caused by a bad deployment, according to people familiar with the matter.", title="AWS outage")
    assert speakers(res)[0][0] == "press"


def test_analyst_is_another_voice(extract):
    res = extract("Analysts at Gartner said the AWS outage was probably caused by a capacity shortage.", title="AWS outage")
    assert speakers(res)[0][0] == "other"


def test_named_person_without_a_vendor_role_is_another_voice(extract):
    res = extract("\"A DNS failure like this one caused the outage,\" said Jonas Petrakis. AWS services went down.", title="AWS outage")
    assert speakers(res)[0] == ("other", "Jonas Petrakis")


def test_unattributed_sentence_is_the_outlets_own_voice(extract):
    res = extract("The AWS outage was caused by a DNS failure in us-east-1.", title="AWS outage", outlet="Packet Wire")
    assert speakers(res) == [("press", "Packet Wire")]


def test_in_a_vendor_document_unattributed_sentences_are_the_vendors(extract):
    res = extract("The outage was caused by a configuration change to our load balancers.", source_kind="vendor", provider="Fastly")
    assert speakers(res) == [("vendor", "Fastly")]


def test_a_quotation_spanning_sentences_keeps_its_speaker(extract):
    text = ("AWS services went down on Monday. \"We saw errors across the region. "
            "The root cause was a DNS failure,\" an Amazon spokesperson said.")
    res = extract(text, title="AWS outage")
    assert speakers(res)[0][0] == "vendor"


def test_pronoun_speaker_continues_the_previous_one(extract):
    text = ("Analyst Mia Chen said customers lost hours of work during the AWS outage. "
            "She said the outage was caused by a faulty deployment.")
    res = extract(text, title="AWS outage")
    assert speakers(res)[0][0] == "other"


def test_refuted_report_in_a_vendor_document_becomes_a_vendor_denial(extract):
    text = ("A news report published today claims that an AI agent caused an outage of AWS in December. "
            "That is not what happened. The event was caused by user error.")
    res = extract(text, source_kind="vendor", provider="AWS", published="2026-02-20")
    ai = [(c["speaker_kind"], c["polarity"], c["quote"]) for c in claims_of(res, "ai")]
    # extract.v3: the report's claim stays the press's; the denial is the refuting sentence's, the vendor's
    assert ("vendor", "denies", "That is not what happened.") in ai
    assert ai[0][:2] == ("press", "asserts")


# -- attribution.v2: the speaker read inside the speech verb's clause ---------------------------------

def kinds(res, attribute):
    return [c["speaker_kind"] for c in claims_of(res, attribute)]


def test_speaker_after_a_closing_quote_is_not_a_company_inside_the_quote(extract):
    text = "\"A bad deployment took the AWS region down,\" said Priya Nandakumar, a researcher at the consultancy Orbitline."
    res = extract(text, title="AWS outage")
    assert speakers(res)[0] == ("other", "Priya Nandakumar")


def test_a_quotation_sentence_after_the_quoted_speaker_stays_hers(extract):
    text = ("AWS services went down on Monday. \"Nobody rolled back fast enough,\" said Priya Nandakumar, an analyst "
            "at Orbitline. \"The root cause was a faulty deployment.\"")
    res = extract(text, title="AWS outage")
    assert kinds(res, "cause") == ["other"]


def test_a_quotation_whose_speaker_is_named_where_it_closes(extract):
    text = ("AWS services went down on Monday.\n\n\"A faulty deployment started it. Then a DNS failure spread "
            "to every zone,\" an AWS spokesperson said.")
    res = extract(text, title="AWS outage")
    assert set(kinds(res, "cause")) == {"vendor"}


def test_a_person_keeps_the_role_they_were_introduced_with(extract):
    text = ("Amazon's chief technology officer Werner Lindqvist wrote a long account of the AWS outage. "
            "A DNS failure in one region started it, Lindqvist wrote.")
    res = extract(text, title="AWS outage")
    assert kinds(res, "cause") == ["vendor"]


def test_a_role_belongs_to_the_organisation_that_owns_it(extract):
    other_ceo = extract("Fennix chief executive Dana Holt said a faulty deployment at AWS caused the outage.", title="AWS outage")
    assert kinds(other_ceo, "cause") == ["other"]
    unnamed = extract("\"A DNS failure caused the AWS outage,\" said the head of engineering at a Dutch retailer.", title="AWS outage")
    assert kinds(unnamed, "cause") == ["other"]
    own = extract("Marta Quell, the head of AWS, said a DNS failure caused the outage.", title="AWS outage")
    assert kinds(own, "cause") == ["vendor"]


def test_a_company_inside_a_relative_clause_is_not_the_subject(extract):
    res = extract("Retailers that depend on AWS say a capacity shortage caused the outage.", title="AWS outage")
    assert kinds(res, "cause") == ["other"]


def test_what_is_blamed_is_the_outlets_description_and_what_it_is_blamed_on_the_speakers(extract):
    res = extract("Amazon has blamed Monday's nine-hour AWS outage on a faulty deployment.", title="AWS outage")
    assert kinds(res, "cause") == ["vendor"]
    assert kinds(res, "duration") == ["press"]


def test_a_closing_gloss_that_measures_the_event_is_the_outlets(extract):
    res = extract("AWS said its services were back to normal at 14:05 UTC, roughly ten hours after the first errors.",
                  title="AWS outage")
    assert kinds(res, "duration") == ["press"]


def test_a_speech_verb_in_a_fronted_clause_speaks_only_up_to_its_comma(extract):
    res = extract("By the time AWS said that a fix was rolling out, the outage had lasted about three hours.", title="AWS outage")
    assert kinds(res, "duration") == ["press"]


def test_a_reported_claim_inside_the_vendors_words_is_the_reports(extract):
    res = extract("Google says it is looking into a report that its AI coding agent deleted a developer's files and caused an outage.",
                  title="Google Cloud outage", provider="Google Cloud")
    assert kinds(res, "cause") == ["other"]


def test_a_later_clause_with_its_own_speaker_speaks_for_itself(extract):
    text = ("AWS has said only that its engineers are investigating, but engineers at two AWS customers told us "
            "that a DNS failure caused the outage.")
    res = extract(text, title="AWS outage")
    assert kinds(res, "cause") == ["other"]


def test_a_speech_verb_in_a_trailing_subordinate_clause_does_not_take_the_main_clause(extract):
    text = ("Replit was down for two hours on Monday. A faulty deployment took the service down at 09:00 UTC "
            "while a customer had asked us to pause all changes.")
    res = extract(text, source_kind="vendor", provider="Replit", title="About last week")
    assert set(kinds(res, "cause")) == {"vendor"}


def test_by_the_companys_own_account_frames_the_sentence(extract):
    res = extract("By AWS's own account, a faulty deployment caused the outage.", title="AWS outage")
    assert kinds(res, "cause") == ["vendor"]


def test_an_accounting_verb_with_a_vendor_subject(extract):
    res = extract("Microsoft now dates the Azure outage from 21:40 UTC on July 18.", title="Azure outage",
                  published="2024-07-26T12:00:00Z")
    assert kinds(res, "start") == ["vendor"]


def test_the_post_named_before_keeps_its_author(extract):
    text = ("In a blog post, the company said the AWS outage began with a DNS failure. "
            "A faulty deployment made it worse, the post said.")
    res = extract(text, title="AWS outage")
    assert set(kinds(res, "cause")) == {"vendor"}


def test_a_speech_noun_after_a_determiner_is_not_a_speech_verb(extract):
    res = extract("More than nine hours after the first reports, many users still could not reach AWS.", title="AWS outage")
    assert kinds(res, "duration") == ["press"]


def test_a_participle_speech_verb_takes_the_main_clause_subject(extract):
    res = extract("On Wednesday the AWS chief technology officer went further, writing that a DNS failure caused the outage.",
                  title="AWS outage")
    assert kinds(res, "cause") == ["vendor"]


def test_the_companys_publication_as_subject_speaks_for_the_sentence(extract):
    text = "Amazon's own write-up, released on Friday, lays it out: a faulty deployment caused the AWS outage."
    res = extract(text, title="AWS outage")
    assert kinds(res, "cause") == ["vendor"]


def test_a_negative_subject_denies_the_account_says_it(extract):
    res = extract("Nothing in Amazon's account suggests an AI agent caused the AWS outage.", title="AWS outage")
    assert set(kinds(res, "ai")) <= {"press"}


def test_a_sibling_provider_of_the_same_company_is_the_vendor(extract):
    text = "Posts from the company's Microsoft 365 account described a DNS problem behind the Azure outage."
    res = extract(text, title="Azure outage", provider="Microsoft Azure")
    assert kinds(res, "cause") == ["vendor"]


def test_affected_organisations_are_other_voices(extract):
    res = extract("Hospitals were still restoring systems, and one large airline said a faulty update caused the AWS outage.",
                  title="AWS outage")
    assert kinds(res, "cause") == ["other"]


def test_a_name_after_a_role_is_remembered_with_that_role(extract):
    text = ("The company's head of reliability, Tomas Brandt, said the AWS outage began with a DNS failure. "
            "According to Brandt, a faulty deployment made it worse.")
    res = extract(text, title="AWS outage")
    assert set(kinds(res, "cause")) == {"vendor"}


def test_a_company_named_after_the_noun_is_another_organisation(extract):
    text = "The AWS outage took down 40,000 websites because of a DNS failure, web analytics company Sitecount estimated."
    res = extract(text, title="AWS outage")
    assert set(kinds(res, "cause")) == {"other"}


def test_a_speech_noun_closing_a_clause_is_not_a_speech_verb(extract):
    text = "AWS services went down on Monday. A bad deployment caused the outage in the layer that checks customer calls."
    res = extract(text, title="AWS outage")
    assert set(kinds(res, "cause")) == {"press"}


def test_an_opening_mark_left_on_the_previous_sentence_belongs_to_the_next(extract):
    text = ("Developers said the AWS outage hurt. \"A DNS failure took everything down,\" said the founder of a "
            "London startup. The outage was caused by a bad deployment, the outlet found.")
    res = extract(text, title="AWS outage", outlet="Packet Wire")
    by_value = {c["normalized"]: c["speaker_kind"] for c in claims_of(res, "cause")}
    assert by_value.get("dns") == "other" and by_value.get("deployment") != "other"


def test_a_measuring_gloss_before_a_further_clause_is_the_outlets(extract):
    text = ("AWS's status history shows the outage running from 07:10 UTC until 12:40 UTC, more than five hours, "
            "although most users were back well before the end.")
    res = extract(text, title="AWS outage", published="2025-10-21T12:00:00Z")
    assert "press" in kinds(res, "duration")


def test_a_participle_after_the_reported_words_is_still_the_speakers(extract):
    text = ("Netwatch, a monitoring firm, said traffic to AWS fell by half in the first hour of the outage, "
            "before recovering from around 09:00 UTC.")
    res = extract(text, title="AWS outage", published="2025-10-21T12:00:00Z")
    assert set(kinds(res, "end")) <= {"other"}


def test_a_gloss_may_hold_its_own_reference_to_a_report(extract):
    text = "AWS said on Monday evening that service was fully restored, more than nine hours after its status page first reported errors."
    res = extract(text, title="AWS outage")
    assert kinds(res, "duration") == ["press"]


def test_as_the_company_confirmed_tags_the_whole_sentence(extract):
    res = extract("The AWS outage was caused by a DNS failure, as Amazon later confirmed.", title="AWS outage")
    assert kinds(res, "cause") == ["vendor"]


def test_per_a_source_attributes_the_sentence(extract):
    res = extract("AWS services went down on Monday. The outage began with a DNS failure, per Downdetector.", title="AWS outage")
    assert kinds(res, "cause") == ["other"]


def test_an_adverb_before_a_speech_verb_keeps_it_a_verb(extract):
    text = "AWS services went down on Monday. The AWS status page first reported that the outage was caused by a DNS failure."
    res = extract(text, title="AWS outage")
    assert kinds(res, "cause") == ["vendor"]


def test_a_passive_speech_verb_without_an_agent_has_no_speaker(extract):
    text = ("Amazon said on Monday that the AWS outage was over. It was reported that the outage was caused by a DNS failure.")
    res = extract(text, title="AWS outage")
    assert kinds(res, "cause") == ["press"]
    progressive = extract("Amazon is saying that a DNS failure caused the AWS outage.", title="AWS outage")
    assert kinds(progressive, "cause") == ["vendor"]


def _voices(extractor, text, provider, company=None):
    from nlp.attribution import Attributor
    from nlp.sentences import sentence_views

    doc = extractor.nlp(text)
    attributor = Attributor(doc, "press", provider, company or provider, "Packet Wire")
    attributor.speaker(sentence_views(doc, doc.text)[0])
    return lambda word: attributor.speaker_at(text.index(word)).kind


def test_speaker_at_closes_a_relative_clause_with_its_own_speaker(extractor):
    voice = _voices(extractor, "Monday's failure, which Cloudflare has traced to a configuration change, came "
                               "weeks after another provider's outage.", "Cloudflare")
    assert [voice("Monday"), voice("configuration"), voice("weeks")] == ["press", "vendor", "press"]


def test_speaker_at_resumes_the_speaker_after_the_outlets_gloss(extractor):
    voice = _voices(extractor, "Microsoft now dates the Azure outage from 21:40 UTC to 22:00 UTC the next day, "
                               "roughly a full day, though it says most services were back by 02:00 UTC.",
                    "Microsoft Azure", "Microsoft")
    assert [voice("21:40"), voice("roughly"), voice("02:00")] == ["vendor", "press", "vendor"]


def test_an_embedded_relative_clause_leaves_the_speakers_sentence_whole(extract):
    res = extract("Amazon said the AWS outage, which began at 09:37 UTC, was caused by a DNS failure.", title="AWS outage")
    assert kinds(res, "cause") == ["vendor"]



def test_a_companys_statement_that_is_the_companys_words(extract):
    text = ("None of the customers questioned Amazon's account of the AWS outage, or its statement that the outage "
            "was caused by a DNS failure.")
    res = extract(text, title="AWS outage")
    assert kinds(res, "cause") == ["vendor"]


def test_people_beginning_to_report_problems_is_the_outlets_narration(extract):
    res = extract("Customers began reporting AWS errors shortly after 09:00 UTC, when the outage started.", title="AWS outage",
                  published="2025-10-21T12:00:00Z")
    assert set(kinds(res, "start")) == {"press"}



def test_a_claim_takes_the_voice_at_its_own_place_in_the_sentence(extract):
    # The vendor speaks only inside the relative clause; the length after it is the outlet's again.
    res = extract("Tuesday's failure, which Fastly has traced to a configuration change, kept sites offline for "
                  "nearly three hours, longer than any outage at the company this year.",
                  title="Fastly outage", source_kind="press")
    assert [c["speaker_kind"] for c in claims_of(res, "cause")] == ["vendor"]
    assert [c["speaker_kind"] for c in claims_of(res, "duration")] == ["press"]
