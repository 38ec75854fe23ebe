"""The provider's last fallback (nlp.salient_org): where no rule ties a name to the outage, the organisation
the report keeps naming — never a person, a place or the outlet, and no guess when nothing stands out."""

from nlp.salient_org import salient_organisation

PLACES = frozenset(("Tasmania", "Ohio", "Europe", "East US"))


def _salient(text: str, title: str = "", outlet: str | None = None, known: frozenset[str] = frozenset()) -> str | None:
    return salient_organisation(title, text, outlet, known, PLACES)


def test_the_name_repeated_from_the_lede_is_the_organisation():
    text = ("Brindlepost, the parcel-tracking app, showed blank screens for most of Thursday. "
            "Couriers said they delivered from memory. Brindlepost has not said what went wrong.")
    assert _salient(text) == "Brindlepost"


def test_the_short_form_counts_for_the_full_name_which_is_reported():
    text = ("Players of Quarrymoor Studios' new racing game spent the weekend at a login screen. "
            "Quarrymoor says a database ran out of connections. Some fans blame the crowds.")
    assert _salient(text, title="Quarrymoor's launch stalls") == "Quarrymoor Studios"


def test_a_person_referred_to_by_surname_is_no_organisation():
    text = ("Invoices stopped going out on Monday, said the firm's founder, Ilse Maranta. "
            "Maranta said the fault lay with a supplier. Maranta added that refunds would follow.")
    assert _salient(text) is None


def test_places_and_the_outlet_are_no_candidates():
    text = ("Across Tasmania, card terminals went dark on Friday. Tasmania's shops took cash only, "
            "the Harbour Ledger found. The Harbour Ledger could not reach the payment company.")
    assert _salient(text, outlet="Harbour Ledger") is None


def test_header_words_and_region_names_are_no_organisation():
    # title-cased English words and a cloud region's name, as status feeds write them
    text = ("Internet Connectivity: Virtual Machines in East US are failing. Internet Connectivity is degraded; "
            "Virtual Machines in East US recover slowly.")
    assert _salient(text, title="Virtual Machines - East US") is None


def test_a_name_that_opens_on_an_english_word_keeps_it_and_time_zones_are_no_names():
    text = ("Red Eléctrica said the grid was restored by 23:00 CEST. At 12:33 CEST the lights went out; "
            "Red Eléctrica has not said why, and CEST times are all it has given.")
    assert _salient(text) == "Red Eléctrica"


def test_a_name_met_once_or_only_late_is_no_topic():
    assert _salient("Cardholders could not pay on Friday. The processor, Veltrix, apologised.") is None
    late = "Payments failed for hours. " * 30 + "Veltrix apologised. Veltrix said it was sorry."
    assert _salient(late) is None


def test_two_names_as_salient_as_each_other_give_no_answer():
    text = "Ormidon and Pellacor both blamed each other. Ormidon said one thing; Pellacor said another."
    assert _salient(text) is None


def test_names_the_gazetteer_knows_are_left_to_the_rules():
    text = "Zentrifal's app failed. Zentrifal apologised. LinkedIn posts from Zentrifal staff said more."
    assert _salient(text, known=frozenset(("zentrifal",))) is None


def test_a_report_about_an_unknown_company_names_it_as_the_provider(extractor):
    # The status updates make it an outage report, but no rule ties the name to the failure (it never stands
    # before a failure word); the report is about Pellworth all the same.
    doc = {"id": "pellworth", "source_kind": "press", "published": "2025-11-04T10:00:00Z", "outlet": "Ledger Lines",
           "title": "Pellworth search: incident history",
           "text": "Resolved - Search results are back for all customers. Pellworth has rebuilt the index.\n"
                   "Monitoring - A fix is in place and we are watching results.\n"
                   "Investigating - Customers are seeing empty search results. Pellworth engineers are looking into it."}
    result = extractor.extract(doc)
    assert result["is_outage"] is True
    assert result["incidents"][0]["provider"] == "Pellworth"


def test_an_organisation_named_once_and_referred_to_by_its_kind_is_the_organisation():
    # salient_org.v2: the only name, shaped as an organisation's, and "the company" after it
    text = ("Claims that an AI tool wiped customers' DNS records were rejected by Quillmoor Hosting on Wednesday. "
            "The company blamed an out-of-date list fed to a clean-up script.")
    assert _salient(text, title="Host rejects AI claim") == "Quillmoor Hosting"


def test_a_name_met_once_beside_another_name_is_no_guess():
    text = ("Claims that an AI tool wiped records were rejected by Quillmoor Hosting on Wednesday. "
            "The company said Ferrand Analytics had checked its logs.")
    assert _salient(text, title="Host rejects AI claim") is None


def test_a_plain_name_met_once_is_no_guess_even_with_the_company_after_it():
    text = "Users of Brindlepost saw errors on Thursday. The company apologised."
    assert _salient(text) is None


def test_a_protocol_in_capitals_is_no_organisation():
    # salient_org.v2 / org_names.TECH_ACRONYMS: "DNSSEC" repeated is the technology the report is about
    text = ("The registry blamed a problem with the global DNSSEC infrastructure. DNSSEC signatures did not validate, "
            "and DNSSEC-validating resolvers refused the names.")
    assert _salient(text, title="DNSSEC failure takes names offline") is None


def test_an_acronym_of_an_organisation_is_still_shaped_as_one():
    from nlp.org_names import organisation_shaped
    assert organisation_shaped("NATS") and not organisation_shaped("DNSSEC") and not organisation_shaped("BGP")


def test_a_utility_named_by_its_first_word_keeps_its_full_name():
    # A utility's name ends in its trade ("Marrowfen Electric"), and the report also calls it by its first word alone
    # ("Marrowfen system fails", "Marrowfen says"): the full name is an organisation's, not a product's.
    text = ("Hundreds of households in the valley could not pay for gas or power overnight. "
            "Marrowfen Electric said the payment system broke at 19:10 and came back at dawn. "
            "Marrowfen says the fault was in its billing software.")
    assert _salient(text, title="Marrowfen system fails on coldest night") == "Marrowfen Electric"
    from nlp.org_names import organisation_shaped
    assert all(organisation_shaped(name) for name in ("Harlow Gas", "Eastmoor Electricity", "Norland Grid"))


def test_a_person_named_in_full_and_by_title_and_surname_is_no_organisation():
    # "Ms Venn" marks Venn as a person's surname, so "Hester Venn" is a person however often a transcript repeats it;
    # an office before a surname ("Councillor Rudd") is no part of a name.
    text = ("Councillor Rudd (chair): Ms Venn, why did the pumps stop?\n"
            "Hester Venn (Quenby Water): A control server failed at midnight.\n"
            "Councillor Rudd: For how long?\n"
            "Hester Venn: Six hours.\n"
            "Hester Venn: We have replaced the server.")
    assert _salient(text, title="Quenby's chief executive questioned by councillors") == "Quenby Water"


def test_a_word_of_kind_opening_the_sentence_is_no_part_of_the_name():
    # salient_org.v6: "Drugmaker Harrowell said …" under a title that names Harrowell alone
    assert _salient("Drugmaker Harrowell said its computer network was compromised in Tuesday's attack, which began in "
                    "Europe.", title="Harrowell among firms hit by attack") == "Harrowell"


def test_a_quantifier_opening_the_sentence_is_kept_out_of_the_rule():
    assert _salient("Several MPs asked why the site fell over. MPs voted on Thursday.", title="Vote held") is None
