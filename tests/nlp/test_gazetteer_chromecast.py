"""The gazetteer knows Chromecast as a Google service: a one-line wire item about its devices failing is Google's
outage (sentences written for this test)."""


def test_chromecast_devices_failing_is_a_google_outage(extract):
    res = extract("Third-generation Chromecast devices stopped playing video after a certificate expired on Monday.",
                  title="Chromecast owners hit by playback errors", source_kind="press", outlet="The Ledger",
                  published="2025-03-11T12:00:00Z")
    assert res["is_outage"] is True
    assert [i["provider"] for i in res["incidents"]] == ["Google"]
