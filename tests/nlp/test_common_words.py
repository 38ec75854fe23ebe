"""Common English words that do not inflect, told from names (nlp/common_words.py; sentences written for these tests)."""

import pytest

from nlp.common_words import DATA_FILE, build, is_common_word, render
from nlp.org_names import organisation_shaped

from .conftest import primary


def test_the_word_list_is_current():
    assert DATA_FILE.read_text(encoding="utf-8") == render(build())


@pytest.mark.parametrize("word, common", [
    ("Broadband", True), ("Software", True), ("broadband", True),
    ("Vodafone", False), ("Scotland", False), ("Zapnet", False), ("Optus", False),
])
def test_a_word_mostly_written_in_lower_case_is_a_common_word(word, common):
    assert is_common_word(word) is common


def test_a_sectors_word_alone_is_no_organisation_name():
    assert not organisation_shaped("Broadband")
    assert organisation_shaped("Zapnet Broadband")


def test_a_common_word_opening_a_sentence_is_no_provider(extract):
    text = ("Broadband customers across the region lost service on Tuesday after a fibre cut. Engineers restored most "
            "lines by the evening.")
    res = extract(text, title="Fibre cut", source_kind="press")
    assert all(i["provider"] != "Broadband" for i in res["incidents"])
