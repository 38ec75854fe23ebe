from tests.nlp.conftest import primary

TEXT = (
    "Amazon Web Services suffered an outage of Cost Explorer in mainland China in December that lasted about 13 hours. "
    "The outage was caused by a misconfigured access control, Amazon said.\n\n"
    "It was not the first disruption this year. An earlier outage in October, when a DNS failure in us-east-1 knocked "
    "out DynamoDB, lasted about 15 hours."
)


def test_recalled_earlier_outage_becomes_its_own_incident(extract):
    res = extract(TEXT, title="AWS outage hits Cost Explorer in China", published="2026-01-10T09:00:00Z")
    incs = res["incidents"]
    assert len(incs) == 2
    main = primary(res)
    other = next(i for i in incs if not i["primary"])
    assert main["start"] == "2025-12" and other["start"] == "2025-10"
    assert main["duration_hours"] == 13.0 and other["duration_hours"] == 15.0
    assert other["cause_category"] == "dns"
    assert "us-east-1" in other["regions"] and "us-east-1" not in main["regions"]


def test_claim_ids_are_stable_and_unique_within_a_document(extract):
    a = extract(TEXT, title="AWS outage", published="2026-01-10")
    b = extract(TEXT, title="AWS outage", published="2026-01-10")
    ids_a = [c["id"] for i in a["incidents"] for c in i["claims"]]
    ids_b = [c["id"] for i in b["incidents"] for c in i["claims"]]
    assert ids_a == ids_b
    assert len(set(ids_a)) == len(ids_a)


def test_every_claim_quote_is_the_text_at_its_offsets(extract):
    res = extract(TEXT, title="AWS outage", published="2026-01-10")
    for inc in res["incidents"]:
        for c in inc["claims"]:
            assert TEXT[c["start"]:c["end"]] == c["quote"]


def test_another_providers_outage_months_earlier_is_a_recalled_incident(extract):
    text = ("Last Wednesday's Claude outage was short: Anthropic's status page put the error window "
            "between 16:14 and 16:52 UTC.\n\n"
            "AI companies have been here before. In November 2023, OpenAI's ChatGPT went down repeatedly over two days.")
    res = extract(text, title="Claude's outage and the case for a backup provider", published="2025-09-15T08:00:00Z")
    main = primary(res)
    other = next(i for i in res["incidents"] if not i["primary"])
    assert main["provider"] == "Anthropic" and "Claude" in main["services"]
    assert main["start"] == "2025-09-10T16:14:00Z"
    assert other["provider"] == "OpenAI" and other["start"] == "2023-11"
