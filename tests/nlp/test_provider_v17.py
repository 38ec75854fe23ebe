"""provider.v17: a provider whose bare name is an ordinary word ("Square") is not named by a longer capitalised name
that holds the word ("Union Square", "Madison Square Garden"): those are places (sentences written for these tests)."""

import pytest

from .conftest import primary_provider


def test_a_square_in_a_place_name_is_not_the_payments_company(extract):
    title = "Power cut darkens Union Square shops"
    text = ("Shops around Union Square went dark on Thursday evening when a substation fault cut power to 40,000 PG&E "
            "customers in San Francisco. A game at Madison Square Garden's sister venue was not affected. "
            "PG&E said crews had restored power by 11 p.m.")
    assert primary_provider(extract, title, text) == "PG&E"


def test_the_company_named_on_its_own_is_still_the_provider(extract):
    title = "Square sellers could not take card payments"
    text = ("Square sellers across the US could not take card payments for about three hours on Friday. "
            "Square said a software change was to blame and that it had been rolled back.")
    assert primary_provider(extract, title, text) == "Square"



def test_an_ai_agent_the_text_names_is_not_the_provider(extract):
    # The host's own name is outside the gazetteer; its AI agent is named and a customer that lost its sites is too.
    title = "The agent, the approval and a dark Tuesday"
    text = ("On Tuesday morning the storage behind thousands of virtual servers at Brimstow Hosting stopped answering, "
            "and it did not come back until the evening. Customers of Brimstow Hosting, a small host in Leeds, watched "
            "their shops sit dead. Staff told us the restart was issued by Kestrel, the AI operations agent the company "
            "introduced in May, after it misread an alert. Brimstow says an engineer ran the restart. Tollan & Reed, a "
            "design agency, said its client sites were offline all day and that Kestrel had been blamed internally. "
            "Brimstow has not published Kestrel's logs.")
    assert primary_provider(extract, title, text) == "Brimstow Hosting"


def test_an_ai_agent_named_most_often_is_still_not_the_provider(extract):
    title = "Hosting customers offline for a day"
    text = ("Kestrel, the AI operations agent that Brimstow Hosting introduced in May, restarted the live storage cluster "
            "on Tuesday morning and its customers' sites went dark until the evening. Kestrel had misread a slow-disk "
            "alert, staff said. Kestrel's logs have not been published, and Kestrel remains switched off.")
    assert primary_provider(extract, title, text) != "Kestrel"


def test_a_citys_government_named_by_its_city_is_the_city_body(extract):
    # gazetteer.v6: the gazetteer's "City of Dallas", written as the press writes it
    title = "Dallas enters second week without its computers"
    text = ("Dallas's city government has been hobbled for a week by a ransomware attack that locked thousands of its "
            "computers. The mayor said the city would not pay the hackers.")
    assert primary_provider(extract, title, text) == "City of Dallas"


def test_a_supplier_whose_own_site_failed_is_not_the_provider(extract):
    # relevance.v16: "lost access to Draftwell" ties the name to the outage; the host named as its supplier is the cause
    title = "Design-review outage leaves architects without their markups"
    text = ("Architects at small practices across Scotland lost access to Draftwell, the design-review service, on "
            "Monday morning. Draftwell says the service was down for four hours and blames a storage failure at its "
            "hosting provider, Ketterby Cloud. Ketterby has confirmed that a storage array failed at its Leeds site.")
    assert primary_provider(extract, title, text) == "Draftwell"


VELLMOOR_TITLE = "How the Vellmoor blackout was traced"
VELLMOOR_TEXT = ("On 23 December, about 90,000 customers of Vellmoor Energy lost power for six hours when intruders opened "
                 "breakers at eleven substations. Vellmoor Energy said the next day that unauthorised persons had taken "
                 "over its control system.\n\n"
                 "In January, a team including people from the Department of Homeland Security, the FBI and the "
                 "Department of Energy travelled to Vellmoor and spoke to staff at the affected company. Their report, "
                 "published in February, concluded that the blackout had been caused by attackers working from stolen "
                 "accounts.")


def test_a_body_named_in_its_full_name_is_not_referred_back_to_by_its_head_noun(extract):
    # "the Department of Energy" is another body's name, not "the department" referring back to Homeland Security
    assert primary_provider(extract, VELLMOOR_TITLE, VELLMOOR_TEXT) == "Vellmoor Energy"


def test_a_body_people_come_from_has_no_incident_of_its_own(extract):
    res = extract(VELLMOOR_TEXT, title=VELLMOOR_TITLE, source_kind="press", published="2025-03-20T12:00:00Z")
    assert [i["provider"] for i in res["incidents"]] == ["Vellmoor Energy"]


@pytest.mark.parametrize("text, provider", [
    ("Thousands of Farrowdale Bank customers were locked out of their accounts on Tuesday.", "Farrowdale Bank"),
    ("Nettlefield, which processes card payments for 40,000 shops, went down on Tuesday.", "Nettlefield"),
    ("Shoppers at Brindle & Co stores could not pay by card on Saturday after its tills failed.", "Brindle & Co"),
    ("Small businesses across the north could not take card payments for much of Tuesday. Nettlefield blamed the outage "
     "on a database fault.", "Nettlefield"),
])
def test_providers_the_gazetteer_lacks_in_short_reports(extract, text, provider):
    # a count before "of", a clause of what the body runs, an ampersand inside the name, the one who explains the outage
    assert primary_provider(extract, "Payments outage", text + " Customers said they had been given no explanation.") == provider


def test_the_full_name_the_body_introduces_is_the_providers(extract):
    text = ("Quillmere was down for three hours on Monday, and solicitors could not reach their drafts. Most users of "
            "Quillmere Legal, an AI drafting service for small firms, work at practices with fewer than twenty lawyers.")
    assert primary_provider(extract, "Quillmere outage", text) == "Quillmere Legal"


def test_a_product_the_company_owns_is_not_its_full_name(extract):
    text = ("Quillmere was down for three hours on Monday. The faulty change was drafted by Quillmere Assist, the "
            "company's AI assistant, and merged after a review. Quillmere said it had rolled the change back.")
    assert primary_provider(extract, "Quillmere outage", text) == "Quillmere"


def test_the_merchants_of_a_payments_firm_name_it(extract):
    # relevance.v16: those who sell through a service are its users ("Nettlefield's merchants could not take payments")
    text = ("Thousands of Nettlefield's merchants could not take payments on Tuesday. The payments processor said a "
            "network problem had cut shops off for four hours.")
    assert primary_provider(extract, "Card payments fail", text) == "Nettlefield"
