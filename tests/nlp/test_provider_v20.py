"""provider.v20: a name the text gives as a body's product ("Penny, the bank's payments app") is the provider only when
no other tied name could be that body (sentences written for these tests)."""


def _provider(extract, text):
    res = extract(text, title="Outage", source_kind="press", published="2025-08-20T12:00:00Z")
    return res["incidents"][0]["provider"] if res["incidents"] else None


def test_the_bank_is_the_provider_of_its_named_app(extract):
    text = ("Customers of Brindle Bank could not use Penny, the bank's payments app, for six hours on Monday.")
    assert _provider(extract, text) == "Brindle Bank"


def test_a_product_named_alone_is_still_the_provider(extract):
    text = ("Drivers could not use Chargemate, the operator's charging app, for most of Tuesday.")
    assert _provider(extract, text) == "Chargemate"
