"""causes.v27: a capitalised name a preposition governs is no subject, so the plural noun after it is no present-tense
verb that would make the sentence a timeless statement (sentences written for these tests)."""


def _causes(extract, text, title="Charging outage"):
    res = extract(text, title=title, source_kind="press", published="2025-08-10T09:00:00Z")
    return [(c["normalized"], c["polarity"]) for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]


def test_a_plural_after_a_governed_name_is_a_noun(extract):
    text = ("Motorists could not pay at Pellgrave Charge sites across Wales on Saturday after what the company called a "
            "routing fault.")
    assert _causes(extract, text) == [("network_bgp", "asserts")]


def _vendor_causes(extract, sentence):
    text = f"Some customers of Brakewell Tickets cannot buy tickets for Saturday's draw.\n\n{sentence}"
    res = extract(text, title="Ticket sales", source_kind="vendor", provider="Brakewell Tickets",
                  published="2025-03-15T18:00:00Z")
    return [(c["normalized"], c["polarity"]) for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]


def test_a_technical_issue_affecting_something_is_a_cause_named_without_a_kind(extract):
    assert _vendor_causes(extract, "We have identified a technical issue impacting our payment servers.") == [
        ("unknown", "asserts")]


def test_we_are_having_technical_problems_names_an_unknown_cause(extract):
    assert _vendor_causes(extract, "We are having technical problems with the sales system this evening.") == [
        ("unknown", "asserts")]


def test_a_system_failure_held_to_blame_is_a_cause_named_without_a_kind(extract):
    text = ("Brakewell Tickets stopped selling tickets for two hours on Saturday.\n\n"
            "The company said a system failure was responsible.")
    assert _causes(extract, text, title="Ticket sales halted") == [("unknown", "asserts")]


def test_a_named_systems_issue_is_the_outage_not_its_cause(extract):
    text = ("Brakewell Tickets stopped selling tickets for two hours on Saturday after a nationwide ticketing system "
            "issue affecting every shop.")
    assert _causes(extract, text, title="Ticket sales halted") == []


def test_what_users_met_is_no_cause(extract):
    text = ("Brakewell Tickets stopped selling tickets for two hours on Saturday.\n\n"
            "Buyers said they were having technical problems at the checkout.")
    assert _causes(extract, text, title="Ticket sales halted") == []


def test_a_word_of_the_providers_own_name_is_no_cause(extract):
    text = ("Customers of Riverside Water could not log in to their accounts for a week.\n\n"
            "Riverside Water has not said who was behind the intrusion.")
    res = extract(text, title="Water company accounts offline", source_kind="press", provider="Riverside Water",
                  published="2024-10-10T09:00:00Z")
    assert "environmental" not in [c["normalized"] for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]


def test_water_that_got_in_is_still_the_environment(extract):
    text = ("Customers of Riverside Water could not log in to their accounts for a week.\n\n"
            "Water from a burst main flooded Riverside Water's server room.")
    res = extract(text, title="Water company accounts offline", source_kind="press", provider="Riverside Water",
                  published="2024-10-10T09:00:00Z")
    assert "environmental" in [c["normalized"] for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]
