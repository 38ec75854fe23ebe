"""time.v20: "has been normal since 10:20 UTC" ends the outage; "after an outage of more than a day" measures one outage
(a threshold, "outages of more than 30 minutes", still measures none); "unreliable since 16 August" dates its start
(sentences written for these tests)."""

LEAD = "Brackenfold Hosting had an outage of its network in Manchester on Tuesday."


def _claims(extract, sentence, kind="press", provider=None):
    res = extract(f"{LEAD}\n\n{sentence}", title="Hosting outage", source_kind=kind, provider=provider,
                  published="2025-08-20T12:00:00Z")
    return res, [(c["attribute"], c["normalized"]) for i in res["incidents"] for c in i["claims"] if c["start"] > len(LEAD)]


def test_normal_since_a_time_is_the_end(extract):
    _res, claims = _claims(extract, "Connectivity in Manchester has been normal since 10:20 UTC.", "vendor", "Brackenfold Hosting")
    assert claims == [("end", "2025-08-19T10:20:00Z")]


def test_an_outage_of_more_than_a_day_is_its_length(extract):
    _res, claims = _claims(extract, "The servers were restored on Friday after an outage of more than a day.")
    assert ("duration", 24.0) in claims


def test_a_threshold_of_outages_is_no_length(extract):
    _res, claims = _claims(extract, "Under its contracts, outages of more than 30 minutes earn customers a credit.")
    assert [c for c in claims if c[0] == "duration"] == []


def test_unreliable_since_a_date_dates_the_start(extract):
    _res, claims = _claims(extract, "Several of our services have been unreliable since 16 August.")
    assert claims == [("start", "2025-08-16")]
