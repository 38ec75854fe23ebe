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
    ai = claims_of(res, "ai")
    assert ai and ai[0]["polarity"] == "denies" and ai[0]["speaker_kind"] == "vendor"
