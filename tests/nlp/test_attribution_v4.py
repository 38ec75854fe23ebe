"""Attribution on unfamiliar text (attribution.v4): constructions a reporter of any English news article may
write. Each rule has a paraphrase of the development sentence that showed it (other nouns, verbs of the same
class) and a sentence or two of its own. Sentences written for these tests."""

from tests.nlp.conftest import claims_of


def kinds(res, attribute="cause"):
    return [(c["speaker_kind"], c["normalized"]) for c in claims_of(res, attribute)]


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
