"""relevance.v15: a name written once, at the start of a sentence, shaped as an organisation's (its last word a
sector's, "Hosting", "Bank") and opening on no English word, is the subject of the failure that follows
("Brindlewood Hosting was down for three hours"); a sector's words alone ("Cloud Hosting was down") name no one
(sentences written for these tests)."""


def _outage(extract, text):
    res = extract(text, title="Customers' records deleted", source_kind="press", published="2025-10-20T20:00:00Z")
    return res["is_outage"], [i.get("provider") for i in res["incidents"]]


def test_an_organisation_named_once_before_its_failure(extract):
    text = ("Brindlewood Hosting was down for three hours on Tuesday after records of 300 customers were deleted. "
            "Engineers restored them from a backup.")
    assert _outage(extract, text) == (True, ["Brindlewood Hosting"])


def test_english_words_before_a_failure_name_no_one(extract):
    text = ("Cloud Hosting was down for three hours on Tuesday after records of 300 customers were deleted. "
            "Engineers restored them from a backup.")
    assert _outage(extract, text)[1] != ["Cloud Hosting"]
