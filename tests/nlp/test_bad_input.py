import io
import json

from nlp.jsonl import extract_file


def test_empty_text_gives_a_reason_not_an_exception(extractor):
    res = extractor.extract({"id": "e", "text": ""})
    assert res["skipped_reason"] == "empty text"
    assert res["incidents"] == []


def test_binary_garbage_is_skipped_with_a_reason(extractor):
    garbage = bytes(range(256)).decode("latin-1") * 50
    res = extractor.extract({"id": "b", "text": garbage})
    assert "binary" in res["skipped_reason"]


def test_non_english_text_is_detected_and_not_extracted(extractor):
    text = ("Der Ausfall bei Amazon Web Services dauerte am Montag mehrere Stunden. Viele Webseiten waren nicht "
            "erreichbar, und das Unternehmen nannte einen Fehler im DNS als Ursache des Problems.")
    res = extractor.extract({"id": "de", "text": text})
    assert res["language"] == "de"
    assert "not English" in res["skipped_reason"]
    assert res["incidents"] == []


def test_html_is_stripped_of_scripts_and_the_text_is_returned(extractor):
    html = ("<html><head><title>AWS outage</title><script>var outage = 'ignore me';</script></head><body>"
            "<article><h1>AWS outage takes down sites</h1><p>Amazon Web Services had a major outage on Monday. "
            "The outage was caused by a DNS failure in us-east-1, and thousands of websites went offline for hours.</p>"
            "<p>AWS said services were restored later that day after engineers fixed the problem.</p></article></body></html>")
    res = extractor.extract({"id": "h", "html": html, "published": "2025-10-22"})
    assert "text" in res and "ignore me" not in res["text"]
    assert res["is_outage"] is True
    for inc in res["incidents"]:
        for c in inc["claims"]:
            assert res["text"][c["start"]:c["end"]] == c["quote"]


def test_a_five_megabyte_document_is_truncated_with_a_warning(extractor):
    text = ("Amazon Web Services had an outage caused by a DNS failure. Sites went down for hours. " * 60000)[:5_000_000]
    res = extractor.extract({"id": "big", "text": text, "published": "2025-10-22"})
    assert res["is_outage"] is True
    assert "truncated" in res["warnings"][0]


def test_one_bad_line_does_not_stop_the_others():
    lines = [
        json.dumps({"id": "a", "text": "Cloudflare went down worldwide on Tuesday after a bad deployment, the company said. The outage lasted 30 minutes."}),
        "{not json",
        json.dumps([1, 2]),
        json.dumps({"id": "no-text"}),
        json.dumps({"id": "b", "text": "A recipe for bread with flour, water and salt."}),
    ]
    out = io.StringIO()
    n_ok, n_err = extract_file(io.StringIO("\n".join(lines) + "\n"), out)
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (n_ok, n_err) == (2, 3)
    assert [r.get("id") for r in rows] == ["a", None, None, None, "b"]
    assert [r.get("line") for r in rows[1:4]] == [2, 3, 4]
    assert all("error" in r for r in rows[1:4])
    assert rows[0]["is_outage"] is True and rows[4]["is_outage"] is False


def test_extract_file_reads_a_path(tmp_path):
    path = tmp_path / "docs.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "GitHub Actions was down for two hours, GitHub said."}) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert extract_file(path, out) == (1, 0)
    assert json.loads(out.getvalue())["id"] == "x"


def test_extract_many_keeps_input_order_across_batches(extractor):
    docs = [{"id": str(i), "text": "" if i % 3 == 0 else f"Slack messaging was down for {i} hours, Slack said."} for i in range(10)]
    assert [r["id"] for r in extractor.extract_many(docs, batch_size=4)] == [str(i) for i in range(10)]


def test_a_very_short_ascii_text_is_not_called_a_foreign_language(extractor):
    res = extractor.extract({"id": "s", "text": "x"})
    assert res["language"] == "en" and "skipped_reason" not in res and res["is_outage"] is False
