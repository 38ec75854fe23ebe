"""A real outage article nobody wrote for us (read from ../shared/feeds-real, skipped when absent)."""

from pathlib import Path

import pytest

from tests.nlp.conftest import primary

REAL = Path(__file__).resolve().parents[2] / ".." / "shared" / "feeds-real" / "article-kulu-media-meta-outage.html"


@pytest.fixture(scope="module")
def meta_result(extractor):
    if not REAL.is_file():
        pytest.skip("shared real feeds not available")
    return extractor.extract({"id": "kulu", "html": REAL.read_text(encoding="utf-8", errors="replace")})


def test_real_meta_article_is_an_outage_of_meta(meta_result):
    assert meta_result["language"] == "en"
    assert meta_result["is_outage"] is True
    assert primary(meta_result)["provider"] == "Meta"


def test_real_meta_article_names_the_affected_apps(meta_result):
    assert {"Facebook", "Instagram"} <= set(primary(meta_result)["services"])


def test_real_meta_article_quotes_are_exact_text_and_publication_date_is_used(meta_result):
    text = meta_result["text"]
    for inc in meta_result["incidents"]:
        for c in inc["claims"]:
            assert text[c["start"]:c["end"]] == c["quote"]
            if c["attribute"] == "start" and c["normalized"]:
                assert str(c["normalized"]).startswith("20")
