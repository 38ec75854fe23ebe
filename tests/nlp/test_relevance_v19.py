"""relevance.v19: a name that opens a one-line report on an error in "its" cloud region or data centre is the
provider; a body named in capitalised English words that blamed something written in lower case ('The Cabinet Office
blamed "unprecedented demand"') explains its own outage (sentences written for these tests)."""

from tests.nlp.conftest import primary


def _read(extract, title, text):
    res = extract(text, title=title, source_kind="press", published="2025-04-10T09:00:00Z")
    return res["is_outage"], primary(res)["provider"] if res["incidents"] else None


def test_an_error_in_its_cloud_region_ties_the_name(extract):
    text = ("Quellant says an operator error rebooted every server in its eu-north-2 cloud region on Tuesday afternoon; "
            "recovery is under way.")
    assert _read(extract, "Quellant: operator error rebooted eu-north-2", text) == (True, "Quellant")


def test_a_body_of_english_words_that_blamed_demand_is_the_provider(extract):
    text = ("The national tax filing website fell over on Monday evening, hours before the deadline.\n\n"
            "The Revenue Office blamed \"unprecedented demand\".")
    assert _read(extract, "Tax filing site buckles before deadline", text) == (True, "Revenue Office")


def test_a_body_that_blamed_another_company_is_not_the_provider(extract):
    text = ("Card terminals at Hollin Foods stores went down on Monday evening.\n\n"
            "The Retail Council blamed Quellpay, the supermarket's card processor.")
    assert _read(extract, "Card terminals fail at Hollin Foods", text)[1] != "Retail Council"


def test_owners_of_a_makers_devices_tie_the_maker(extract):
    text = "Owners of Quenby smart locks were unable to open their doors for several hours on Saturday."
    assert _read(extract, "Smart locks fail", text) == (True, "Quenby")


def test_users_of_a_described_app_tie_its_name(extract):
    text = "Users of the Copperleaf dating app were unable to log in for most of Sunday."
    assert _read(extract, "Dating app down", text) == (True, "Copperleaf")


def test_a_sentence_opening_on_the_bodys_website_ties_it(extract):
    text = "The Grisedale Water customer website and phone lines went down on Monday morning."
    assert _read(extract, "Outage", text) == (True, "Grisedale Water")


def test_a_name_before_a_clause_is_no_product(extract):
    text = ("Card payments failed at shops across Wales on Monday. Harwick said the app would be fixed soon, "
            "and an engineer from Brellan Systems was sent to look at the terminals.")
    assert _read(extract, "Card payments fail", text)[1] != "Harwick"
