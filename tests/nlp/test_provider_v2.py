"""Provider choice on unfamiliar text (C7, docs/patterns.md "Provider"): the kind of service a bare
company name stands for, and games companies named as the company. Sentences are our own paraphrases."""

from tests.nlp.conftest import primary


def provider_of(extract, text: str, title: str) -> str | None:
    res = extract(text, title=title)
    assert res["is_outage"] is True
    return primary(res)["provider"]


def test_a_bare_company_with_shoppers_names_its_shop(extract):
    # paraphrase of a live blog: buyers could not pay, the company later blamed a release
    text = ("Buyers on Amazon could not pay for their baskets on Tuesday afternoon, and product pages showed no prices. "
            "Amazon said the outage came from a bad software release and that orders were going through again by evening.")
    assert provider_of(extract, text, "Amazon shoppers hit by checkout outage") == "Amazon"


def test_a_bare_company_with_retail_words_outweighs_a_passing_sister_name(extract):
    # a note on the retailer's storefront that mentions its cloud arm once, in passing
    text = ("Amazon's storefront was down for three hours on Friday, leaving e-commerce sellers without sales. "
            "The retail outage followed a faulty deployment, Amazon said. "
            "Analysts will watch whether the new review rule reaches AWS as well.")
    assert provider_of(extract, text, "Amazon's shopping outage") == "Amazon"


def test_a_bare_company_with_zones_and_data_centres_names_its_cloud(extract):
    # our own: a cloud zone lost to a flood, the company named bare
    text = ("Google restored the last zone of its Milan region on Monday, ten days after flooding in a data centre "
            "took it offline. Customers whose workloads ran in that zone were down for the whole period.")
    assert provider_of(extract, text, "Google brings flooded zone back") == "Google Cloud"


def test_a_bare_company_with_nothing_else_names_its_own_provider(extract):
    # no service, no kind of service: the provider that bears the company's name
    text = "Amazon was down for two hours on Monday. Amazon said the outage had been fixed."
    assert provider_of(extract, text, "Amazon outage") == "Amazon"


def test_a_games_store_is_its_company(extract):
    # the labels name the company (as Meta for WhatsApp): Steam -> Valve
    text = "The Steam store went down on Saturday evening and players could not buy games for two hours."
    assert provider_of(extract, text, "Steam store down") == "Valve"


def test_an_air_navigation_operator_is_a_provider(extract):
    # our own: a flight-planning fault at the national air traffic service
    text = ("A fault in NATS's flight planning system forced controllers to enter plans by hand on Monday, "
            "and hundreds of flights were cancelled across the country.")
    assert provider_of(extract, text, "Air traffic control failure grounds flights") == "NATS"


def test_a_central_bank_payment_system_names_its_central_bank(extract):
    # our own: the settlement system down, named only by its system's name
    text = ("TARGET2 was unavailable for most of Friday after a hardware fault, and banks could not settle "
            "large payments until late evening.")
    assert provider_of(extract, text, "TARGET2 outage") == "European Central Bank"


def test_a_big_airport_is_a_provider(extract):
    # our own: an airport's own systems down (an airport closed by a power cut is not read as an outage:
    # relevance keeps power-grid wording out)
    text = "Gatwick's departure systems went down for nine hours on Sunday, stranding travellers in the terminals."
    assert provider_of(extract, text, "Gatwick systems outage") == "Gatwick Airport"


def test_the_tool_makers_name_gives_way_to_the_organisation_whose_data_was_hit(extract):
    # paraphrase of a brief: a coding agent erased a small company's database
    text = ("An AI coding agent deleted the customer database of Brightpath.io, a small tutoring start-up, during a "
            "routine clean-up on Monday. The agent, Anthropic's Claude Code, ran a command that removed the live "
            "servers and their backups. For two days, Brightpath.io customers could not log in.")
    assert provider_of(extract, text, "AI agent deletes tutoring start-up's database") == "Brightpath.io"


def test_a_body_named_by_its_kind_is_the_organisation_hit(extract):
    # our own: the bookshop is introduced by an appositive and referred back to as "the shop"
    text = ("Maya Ortiz, who runs the online bookshop Pageturn.co, says a coding assistant caused the trouble. "
            "She had been using Cursor's agent to tidy old files. "
            "The agent wiped the order tables and the shop could not take orders for a day, an outage she calls her worst. "
            "Until the next evening, Pageturn.co customers were unable to buy books.")
    assert provider_of(extract, text, "When the assistant tidied up") == "Pageturn.co"


def test_the_maker_stays_the_provider_when_no_one_else_is_named_as_hit(extract):
    # our own: the agent destroyed one user's files; no organisation's service was down
    text = ("Replit's coding agent deleted a user's production database during a code freeze, an outage that lasted "
            "a day. Replit said it had restored the data from a backup.")
    assert provider_of(extract, text, "Replit agent deletes database") == "Replit"


def test_a_name_outside_the_gazetteer_tied_to_the_outage_is_the_provider(extract):
    # our own: no known provider; relevance ties "Zapnet" to the outage
    text = ("Customers of Zapnet could not make calls for six hours on Tuesday. The outage hit mobile and broadband "
            "users across the region, and Zapnet's network came back by evening.")
    assert provider_of(extract, text, "Zapnet outage") == "Zapnet"


def test_the_owner_of_the_site_where_the_cause_struck_gives_way_to_the_bank_hit(extract):
    # paraphrase of a report: a supplier's chilled-water fault took a bank's services down
    text = ("A chilled-water fault at an Equinix data centre shut down the online banking of Harbourside Bank on Sunday. "
            "For most of the day, Harbourside Bank customers could not pay by card or move money.")
    assert provider_of(extract, text, "Bank outage blamed on data centre cooling") == "Harbourside Bank"


def test_the_site_owner_stays_the_provider_when_its_own_customers_were_hit(extract):
    # our own: the data-centre operator's fire took down its own customers' sites
    text = ("A fire at OVHcloud's data centre in Strasbourg took down millions of websites on Wednesday. "
            "OVHcloud said customers in the burnt building would not get their servers back.")
    assert provider_of(extract, text, "Fire knocks OVHcloud sites offline") == "OVHcloud"


def test_a_one_off_capitalised_word_is_no_provider(extractor):
    # our own: relevance's name list may hold a capitalised adjective; used once, it names no one
    from nlp.provider_choice import choose_provider
    from nlp.sentences import sentence_views

    text = "Affected users could not log in for an hour on Monday."
    sdoc = extractor.nlp(text)
    sents = sentence_views(sdoc, text)
    assert choose_provider(extractor.gazetteer, {"id": "t"}, sents, [], [], text, text, ("Affected",)) is None


def test_the_kinds_of_service_come_from_the_gazetteer_files_in_use(tmp_path):
    # A deployment with its own gazetteer files: their providers.json decides what "shoppers" point to.
    import json
    import shutil

    from nlp.extract import Extractor
    from nlp.gazetteer import DATA_DIR

    own = tmp_path / "data"
    shutil.copytree(DATA_DIR, own)
    providers = json.loads((own / "providers.json").read_text(encoding="utf-8"))
    kinds = providers["company_kinds"]["providers"]
    kinds["AWS"], kinds["Amazon"] = kinds["Amazon"], kinds["AWS"]  # this deployment files shops under the cloud arm
    (own / "providers.json").write_text(json.dumps(providers), encoding="utf-8")
    doc = {"id": "d", "source_kind": "press", "title": "Amazon shoppers hit by checkout outage",
           "text": ("Buyers on Amazon could not pay for their baskets on Tuesday afternoon, and shoppers saw no prices. "
                    "Amazon said the outage came from a bad software release and that orders went through again by evening."),
           "published": "2026-03-04T20:00:00Z"}
    assert primary(Extractor().extract(doc))["provider"] == "Amazon"
    assert primary(Extractor(own).extract(doc))["provider"] == "AWS"
