"""relevance.v6 and the provider outside the gazetteer: the subject that owns what was hit ("X said an attack
on its network ..."), a place inside a longer name, bodies introduced by what they do or by a possessive
apposition, name endings of libraries and museums, every inflection of trips called off, sales stopped,
demand a system could not meet, and "the site" referring back (sentences written for these tests)."""

import pytest

from nlp.evaluate import same_provider
from nlp.relevance import _extra_disruption, subject_owning_harmed_thing

from .conftest import claims_of, primary


@pytest.mark.parametrize("sentence, name", [
    ("Harwick Airways said a flood of junk traffic aimed at its booking systems delayed regional flights.", "Harwick Airways"),
    ("Brindlewick, which makes scheduling software for dentists, said an assistant erased its customer database.",
     "Brindlewick"),
    ("The Marrow Library has brought its catalogue back online weeks after an attack crippled its systems.", "Marrow Library"),
])
def test_the_subject_that_opens_the_sentence_owns_what_was_hit(sentence, name):
    assert subject_owning_harmed_thing(sentence)[0] == name


@pytest.mark.parametrize("sentence", [
    "Engineers said their systems crashed after the update.",  # an English word opening the sentence anyway
    "Thursday saw its servers buckle under the load.",          # a day, not a name
    "The company said its network failed twice.",               # no name at all
])
def test_no_owner_without_a_name_that_opens_the_sentence(sentence):
    assert subject_owning_harmed_thing(sentence) is None


def test_an_airline_outside_the_gazetteer_that_tells_of_its_own_attack_is_the_provider(extract):
    text = ("Scotland Rail said a fault in a signalling computer on its network suspended trains across the central "
            "belt from 6.10am on Monday. Commuters waited on platforms for more than two hours before services resumed.")
    res = extract(text, title="Signalling computer fault halts trains", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Scotland Rail"  # "Scotland" is a place inside the name, not the provider


def test_a_library_crippled_by_ransomware_is_an_outage_of_the_library(extract):
    text = ("The Marrow Library has brought its catalogue back online, read-only, ten weeks after a ransomware gang "
            "crippled its systems. Most of its other online services are still unavailable, and readers say the "
            "loss of remote access has held up their research.")
    res = extract(text, title="Library catalogue returns after attack", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Marrow Library"


def test_the_company_an_agent_worked_for_is_whose_data_was_lost_not_the_agents_maker(extract):
    text = ("On Friday a coding agent built by Anthropic, working for his company, Quillstone, removed the volume "
            "under its production database, and the backups went with it. The company spent the weekend rebuilding "
            "bookings from email receipts, and its customers were without the system for two days.")
    res = extract(text, title="An agent, a token and a lost database", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Quillstone"


@pytest.mark.parametrize("low", [
    "the attack began at dawn, delaying domestic flights for most of the day",
    "cancelling regional trains and diverting two sailings",
    "the airline was forced to stop selling tickets for the day",
    "the ticket site could not keep up as millions arrived at once",
    "fans had their codes rejected at the final step",
    "nobody could say what went wrong with the payment gateway",
])
def test_trips_sales_and_demand_in_every_inflection_are_disruption_words(low):
    assert _extra_disruption(low, [])


@pytest.mark.parametrize("low", [
    "the airline plans to add flights to lisbon next summer",
    "the shop kept selling tickets at the door",
])
def test_ordinary_trips_and_sales_are_no_disruption(low):
    assert not _extra_disruption(low, [])


def test_a_question_and_answer_piece_whose_site_fell_over_is_an_outage_of_the_named_seller(extract):
    text = ("What happened on Monday?\n\nThe presale opened at ten, and the site fell over within minutes. Buyers "
            "sat in queues for hours, were thrown out at the payment step or had their codes rejected.\n\n"
            "Why?\n\nThe systems could not keep up: far more people arrived than the seller had planned for.")
    res = extract(text, title="Why did Ticketmaster halt the stadium sale?", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Ticketmaster"


def test_a_gold_provider_written_as_an_alias_names_the_same_provider():
    assert same_provider("DBS", "DBS Bank")
    assert same_provider("Blizzard Entertainment", "Battle.net")
    assert not same_provider("Microsoft", "Microsoft Azure")  # a company of several providers stays ambiguous
    assert not same_provider("AWS", "Microsoft Azure")
    assert not same_provider(None, "AWS")


def test_a_name_opening_the_sentence_before_its_customers_is_a_name_when_the_document_repeats_it(extract):
    text = ("Kowhaibank customers were unable to log in to the bank's app or internet banking for most of Tuesday. "
            "The bank said the problem began just after 7am and was fixed by mid-afternoon, blaming a fault in a "
            "database upgrade carried out overnight.\n\nSome customers said they could not pay rent or move money.")
    res = extract(text, title="Kowhaibank app down for most of Tuesday", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Kowhaibank"
    # "the bank" is the provider the gazetteer lacks
    assert {c["speaker_kind"] for c in primary(res)["claims"] if c["attribute"] == "cause"} == {"vendor"}


def test_a_name_opening_the_sentence_once_is_not_taken_for_a_provider():
    from nlp.relevance import names_in_outage_constructions
    from nlp.extract import Extractor
    from nlp.sentences import sentence_views
    text = "Kowhaibank customers were unable to log in for most of Tuesday."
    sent = sentence_views(Extractor().nlp(text), text)[0]
    assert names_in_outage_constructions(sent, document=text) == []
    assert names_in_outage_constructions(sent, document="Kowhaibank app down\n" + text) == ["Kowhaibank"]


def test_a_name_in_apposition_to_the_services_maker_is_whose_outage_it_is(extract):
    text = ("When a designer asked the AI assistant in her team's file-sharing service to tidy up old folders, it "
            "removed nearly every file on the shared drive, she says, and the team spent two days rebuilding.\n\n"
            "The service's maker, Tessaline, said in a statement that the assistant had acted on instructions "
            "the user confirmed, and that the deleted files could be recovered for thirty days. The designer says "
            "she never approved a bulk deletion, and that some of the lost work was never recovered.")
    res = extract(text, title="An AI helper emptied a shared drive", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Tessaline"


def test_a_supplier_in_apposition_is_not_taken_for_the_provider():
    from nlp.relevance import introduced_as_body
    assert introduced_as_body("Tessaline", "The service's maker, Tessaline, said")
    assert not introduced_as_body("Tessaline", "Its payments supplier, Tessaline, said")


def test_an_operator_introduced_as_one_of_a_kind_whose_customers_lost_calls_is_the_provider(extract):
    # "lost calls and data" is a supply lost; "X, one of <country>'s mobile operators," says what X is;
    # "Customers of X" is no part of X's name; "the operator said" is X speaking
    text = ("Customers of Velto, one of Norway's four big mobile operators, lost calls and data for around five "
            "hours on Wednesday. The operator said a hardware fault in its core network was to blame and that "
            "service was fully restored by late evening.")
    res = extract(text, title="Mobile network outage across Norway", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Velto"
    assert {c["speaker_kind"] for c in claims_of(res, "cause")} == {"vendor"}


def test_a_place_tied_to_an_outage_gives_way_to_the_body_named_after_it(extract):
    text = ("Residents of Westmarsh have been unable to pay council tax online or book bin collections since "
            "Friday, after what Westmarsh District Council called a cyber incident. Phone lines were also down "
            "on Monday morning, and the council said its systems would stay offline as a precaution.")
    res = extract(text, title="Council services offline after cyber incident", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "Westmarsh District Council"


@pytest.mark.parametrize("low", [
    "customers lost calls and data for five hours",
    "thousands of subscribers lost service overnight",
    "many homes lost their internet connection",
])
def test_a_supply_lost_is_a_disruption_word(low):
    assert _extra_disruption(low, [])


def test_a_game_lost_is_no_disruption():
    assert not _extra_disruption("the team lost the final on penalties", [])


def test_a_name_with_a_possessive_inside_owns_the_system_that_failed(extract):
    text = ("St Aldric's Hospital cancelled dozens of operations on Tuesday after its patient record system failed "
            "overnight. Staff moved to paper records and emergency care continued.")
    res = extract(text, title="Hospital cancels operations after IT failure", source_kind="press")
    assert res["is_outage"] is True
    assert primary(res)["provider"] == "St Aldric's Hospital"


def test_people_on_a_named_service_tie_the_name():
    from nlp.extract import Extractor
    from nlp.relevance import names_in_outage_constructions
    from nlp.sentences import sentence_views
    text = "Passengers on Tarnline services could not buy tickets on Monday morning."
    sent = sentence_views(Extractor().nlp(text), text)[0]
    assert "Tarnline" in names_in_outage_constructions(sent, document=text)
