"""A document without a publication date has nothing to count relative dates from: a date whose year the text does
not write comes out unknown, never a year guessed from the epoch (the claims keep their words)."""

from .conftest import claims_of, primary


def test_relative_dates_without_a_publication_date_are_unknown(extractor):
    res = extractor.extract({"id": "u", "title": "Cloudflare outage", "source_kind": "press",
                             "text": "Cloudflare went down on Monday for three hours, the company said. "
                                     "It came back at 14:00 UTC on 3 March."})
    inc = primary(res)
    assert inc["start"] is None and inc["end"] is None
    assert [(c["value"], c["normalized"]) for c in claims_of(res, "start")] == [("on Monday", None)]
    assert inc["duration_hours"] == 3.0


def test_a_date_with_its_year_written_needs_no_publication_date(extractor):
    res = extractor.extract({"id": "u", "title": "Cloudflare outage", "source_kind": "press",
                             "text": "Cloudflare went down on 2 March 2024 for three hours, the company said."})
    assert primary(res)["start"] == "2024-03-02"


def test_with_a_publication_date_relative_dates_resolve(extractor):
    res = extractor.extract({"id": "u", "title": "Cloudflare outage", "source_kind": "press",
                             "published": "2025-06-04T10:00:00Z",
                             "text": "Cloudflare went down on Monday for three hours, the company said."})
    assert primary(res)["start"] == "2025-06-02"
