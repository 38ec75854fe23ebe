"""Status-page timelines whose headers name their status in other words than the usual ones."""

from nlp.relevance import is_timeline


def test_a_status_name_with_an_underscore_before_the_time_is_a_timeline_header():
    assert is_timeline("Service_outage (2019-06-02 19:25 UTC): We are investigating errors in us-east1.")


def test_a_two_word_status_name_is_a_timeline_header():
    assert is_timeline("Intro line.\nPartial disruption (2024-03-01 08:10 UTC): Some logins fail.")


def test_the_usual_status_words_still_make_a_timeline():
    assert is_timeline("Resolved (2024-03-01 10:40 UTC): Logins work again.")


def test_a_date_in_brackets_inside_prose_is_no_header():
    assert not is_timeline("The service outage (2024-03-01 08:10 UTC) was long, the company said.")
    assert not is_timeline("Our outage (which began in 2019) was long.")


def test_a_timeline_with_underscore_headers_is_an_outage(extract):
    text = ("Service_outage (2023-04-26 03:20 UTC): We are investigating elevated errors for Cloud Storage in "
            "europe-west9.\n\nService_disruption (2023-04-26 09:40 UTC): Water damage in one building has "
            "taken the zone offline; we are working to restore service.")
    res = extract(text, source_kind="vendor", provider="Google Cloud", title="Google Cloud incident")
    assert res["is_outage"] is True
