"""Time claims, thirteenth round: the clock of times written with no zone, from beyond the text (the title's places, the
provider's own country in its own notice) when the text names no place and no zone at all. Every sentence is written for
these tests (none is copied from a labelled set)."""
import pytest

from datetime import date

from nlp.temporal import country_zone
from nlp.time_claims import DocumentTimes, TimeSource
from tests.nlp.conftest import claims_of


def starts(res) -> list:
    return [c["normalized"] for c in claims_of(res, "start")]


# --- the zone from the title or the provider ---------------------------------------------------------------------------

@pytest.mark.parametrize("fields,text,expected", [
    # a national airline's own notice, named after its country (provider only)
    (dict(title="Notice: reservation system failure", provider="Korean Air", source_kind="vendor",
          published="2025-03-04T05:00:00Z"),
     "Since about 6:10 a.m. today, our reservation system has failed and online booking and check-in have been unavailable.",
     "2025-03-03T21:10:00Z"),
    # a wire story whose title names the city
    (dict(title="Seoul commuters stranded as KakaoTalk outage hits bus payments", source_kind="press",
          published="2025-03-04T09:00:00Z"),
     "KakaoTalk went down at about 7:40 a.m. on Tuesday, the company said. It blamed the outage on a software fault in its "
     "servers.", "2025-03-03T22:40:00Z"),
    # a blog post whose title names the country
    (dict(title="Japan: mobile data down for hours", provider="NTT Docomo", source_kind="other", published="2025-03-04T09:00:00Z"),
     "The NTT Docomo mobile network outage began at around 1:35 a.m. today and data has not worked since. The carrier blamed "
     "a faulty router.", "2025-03-03T16:35:00Z"),
    # a news story whose title names the city (Sydney keeps AEDT in March)
    (dict(title="Sydney commuters stranded by Optus outage", source_kind="press", published="2025-03-04T01:00:00Z"),
     "The Optus outage began at 5:50 a.m. today, the company said, blaming a software fault in its core network.",
     "2025-03-03T18:50:00Z"),
    # a national company's own notice, its country in the record's name (Lisbon keeps UK time: WET in March)
    (dict(title="Service information", provider="Vodafone Portugal", source_kind="vendor", published="2025-03-04T12:00:00Z"),
     "From 9:15 a.m. today, calls and mobile data have been unavailable for some customers.", "2025-03-04T09:15:00Z"),
])
def test_a_clock_time_with_no_zone_takes_the_zone_of_the_title_or_the_provider(extract, fields, text, expected):
    assert expected in starts(extract(text, **fields))


@pytest.mark.parametrize("fields,text,wrong", [
    # a US outlet on a Japanese airline: its times are in its own zone, named later in the text
    (dict(title="Japan Airlines check-in goes down", provider="Japan Airlines", source_kind="press",
          published="2025-03-05T12:00:00Z"),
     "Check-in systems failed at 5:24 p.m. on Tuesday. By 8 p.m. ET, passengers could check in again.",
     "2025-03-04T08:24:00Z"),
    # a global cloud's notice whose title names the region's city: the city is where its machines are, not its clock
    (dict(title="Increased launch failures in the Tokyo region", provider="AWS", source_kind="vendor",
          published="2025-03-04T12:00:00Z"),
     "Between 9:12 a.m. and 11:40 a.m. today, some instances failed to launch.", "2025-03-04T00:12:00Z"),
    # the text's own places in two zones decide: the title's city does not settle them
    (dict(title="Slack outage leaves Tokyo offices idle", source_kind="press", published="2025-03-04T12:00:00Z"),
     "Slack went down at 9:00 a.m. today, users in London and New York said, in an outage blamed on a software bug.",
     "2025-03-04T00:00:00Z"),
])
def test_the_zone_from_beyond_the_text_is_not_taken_where_the_text_or_the_provider_speak_against_it(extract, fields, text, wrong):
    assert wrong not in starts(extract(text, **fields))


@pytest.mark.parametrize("country,zone", [("JP", "jst"), ("gb", "uk"), ("Japan", "jst"), ("Portugal", "uk"),
                                          ("United Kingdom", "uk"), ("South Korea", "kst"), ("Ireland", "uk"),
                                          ("United States", None), ("Canada", None),
                                          ("US", None), ("Australia", None), ("", None), (None, None)])
def test_a_country_code_or_name_gives_the_zone_of_its_one_clock(country, zone):
    assert country_zone(country) == zone


def _zone_beyond(text, title="", kind="vendor", name=None, country=None, hosting=False):
    source = TimeSource(text, kind, None, date(2025, 3, 4), None, title=title, provider_name=name,
                        provider_country=country, provider_global=hosting)
    return DocumentTimes(source)._zone_beyond_text()


def test_the_providers_country_counts_in_its_own_notice_only():
    text = "Check-in went down at 7:24 a.m. today."
    assert _zone_beyond(text, name="Korean Air") == "kst"
    assert _zone_beyond(text, name="Acme Telecom", country="JP") == "jst"
    # a press outlet may write in its own clock; a cloud's country is not its customers' clock
    assert _zone_beyond(text, kind="press", name="Korean Air") is None
    assert _zone_beyond(text, name="Acme Cloud", country="JP", hosting=True) is None
    # a text that names a zone or a place anywhere keeps its own reading
    assert _zone_beyond(text + " Service was back by 9 a.m. UTC.", name="Korean Air") is None
    assert _zone_beyond(text + " Travellers in Chicago were stuck.", name="Korean Air") is None
