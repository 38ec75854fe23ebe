"""Attribution (attribution.v8): the provider described by its kind ("the Seattle-based carrier", "the Chinese
provider"), a rival so described, the first word of the provider's name as an acronym ("KT had blamed"), a
retracted explanation, people named as the object of an infinitive of saying, and those hired by the company.
Sentences written for these tests."""

from tests.nlp.conftest import claims_of, primary


def kinds(res, attribute="cause"):
    return [c["speaker_kind"] for c in claims_of(res, attribute)]


def kinds_in(res, words, attribute="cause"):
    """Speaker kinds of the claims (of one attribute, or all) quoting a sentence with these words."""
    claims = [c for inc in res["incidents"] for c in inc["claims"] if attribute is None or c["attribute"] == attribute]
    return [c["speaker_kind"] for c in claims if words in c["quote"]]


def test_the_provider_described_by_place_and_kind_speaks_for_itself(extract):
    res = extract("Alaska Airlines halted departures across its network on Thursday evening. The Seattle-based "
                  "carrier said a hardware failure at its main data centre knocked out the systems it uses to board "
                  "flights.", title="Alaska grounds flights after IT failure", source_kind="press")
    assert primary(res)["provider"] == "Alaska Airlines"
    assert "vendor" in kinds(res)


def test_the_provider_described_by_nationality_speaks_for_itself(extract):
    res = extract("Alibaba Cloud services in one Singapore zone went offline on Tuesday after a fire at a data centre. "
                  "The Chinese provider said an explosion in a battery room had set off the blaze.",
                  title="Fire takes Alibaba Cloud zone offline", source_kind="press")
    assert kinds_in(res, "battery room") == ["vendor"]


def test_a_rival_described_by_its_kind_is_someone_else(extract):
    res = extract("Alibaba Cloud services in one Singapore zone went offline on Tuesday after a fire at a data centre. "
                  "A rival provider said the blaze had started in a battery room.",
                  title="Fire takes Alibaba Cloud zone offline", source_kind="press")
    assert kinds_in(res, "battery room") == ["other"]


def test_the_first_word_of_the_providers_name_written_as_an_acronym_is_the_provider(extract):
    res = extract("KT Corporation's wired and mobile internet went dark across South Korea for more than an hour on "
                  "Monday. KT had first blamed a flood of attack traffic. It withdrew that explanation the same "
                  "evening and said a faulty routing setting was at fault.",
                  title="KT outage", source_kind="press")
    claims = claims_of(res, "cause")
    assert claims and all(c["speaker_kind"] == "vendor" for c in claims)


def test_those_asked_to_confirm_later_say_nothing_now(extract):
    res = extract("Our wired internet service was unavailable nationwide for about 85 minutes this morning. We believe "
                  "it was caused by a large-scale distributed denial-of-service attack and are working with the police "
                  "to confirm this.", title="Service notice", source_kind="vendor",
                  provider="KT Corporation", published="2021-10-25T06:00:00Z")
    assert kinds_in(res, "We believe") == ["vendor"]


def test_those_hired_by_the_company_speak_not_the_company(extract):
    res = extract("Salesloft took its Drift chat product offline on Friday, two weeks after attackers used stolen "
                  "tokens to raid customers' data. Chat has been unavailable on customer websites since. Investigators hired by the company found that the attackers had "
                  "broken into its code repository months before and stolen the tokens there.",
                  title="Salesloft switches off Drift", source_kind="press")
    assert kinds_in(res, "Investigators", attribute=None) and set(kinds_in(res, "Investigators", attribute=None)) == {"other"}


def test_writing_records_by_hand_is_no_speech(extract):
    res = extract("Nurses at Fenwick Royal Infirmary have been writing patient notes by hand since Thursday, after a "
                  "ransomware attack on the company that supplies their record system. The system is still offline.",
                  title="Infirmary back on paper after supplier attack", source_kind="press", outlet="The Dale Post")
    assert kinds_in(res, "writing patient notes") == ["press"]


def test_writing_to_the_reader_is_still_speech(extract):
    res = extract("Fenwick Royal Infirmary's record system has been offline since Thursday, and clinics have been "
                  "cancelled. Its chief executive wrote in a letter to staff that a ransomware attack on the supplier "
                  "had caused the outage.",
                  title="Infirmary back on paper after supplier attack", source_kind="press", outlet="The Dale Post")
    assert kinds_in(res, "ransomware attack on the supplier") == ["vendor"]


def test_the_providers_own_supplier_described_by_its_kind_is_someone_else(extract):
    res = extract("Slack messages failed to send for three hours on Tuesday. Its cloud provider said a faulty "
                  "network switch in one data centre had caused the trouble.",
                  title="Slack outage", source_kind="press")
    assert kinds_in(res, "faulty network switch") == ["other"]


def test_a_role_at_some_kind_of_business_is_not_the_providers(extract):
    res = extract("Replit's coding agent deleted a production database during a code freeze last week. A startup "
                  "founder says the agent wiped his company's customer records despite being told not to touch them. "
                  "A company spokesperson said a fix was being rolled out.",
                  title="Replit agent wipes database", source_kind="press")
    assert set(kinds_in(res, "startup founder", attribute=None)) == {"other"}
