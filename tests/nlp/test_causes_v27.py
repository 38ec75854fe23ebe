"""causes.v27: a capitalised name a preposition governs is no subject, so the plural noun after it is no present-tense
verb that would make the sentence a timeless statement (sentences written for these tests)."""


def _causes(extract, text, title="Charging outage"):
    res = extract(text, title=title, source_kind="press", published="2025-08-10T09:00:00Z")
    return [(c["normalized"], c["polarity"]) for i in res["incidents"] for c in i["claims"] if c["attribute"] == "cause"]


def test_a_plural_after_a_governed_name_is_a_noun(extract):
    text = ("Motorists could not pay at Pellgrave Charge sites across Wales on Saturday after what the company called a "
            "routing fault.")
    assert _causes(extract, text) == [("network_bgp", "asserts")]
