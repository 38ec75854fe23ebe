"""attribution.v18: a transcript's turns ("Customer: …", "Agent: …", "Caller: …", "Support (Lanternbase): …") are the
speaker the label names, for the whole paragraph: the provider's support or agent is the vendor, a customer or caller
another party; a status page's "Update:" is no turn. A name span does not begin with a sentence-opening preposition and
a day ("On Thursday Lanternbase's changelog"). salient_org.v4: a coined name's longer form that is no organisation's
("Lanternbase Assist", its assistant) gives way to the name standing alone (documents written for these tests)."""

from .conftest import claims_of, primary_provider

# (the lead tells the outage in words the rules read as an outage, so that the document does not rest on the relevance
# model's judgement)
_LEAD = "Halvercombe Bank's card payments went down for most of Thursday, leaving shoppers unable to pay."


def _kinds(extract, text, title, source_kind="press"):
    fields = {"provider": "Halvercombe Bank"} if source_kind == "vendor" else {"outlet": "The Ledger"}
    res = extract(text, title=title, source_kind=source_kind, published="2025-10-20T20:00:00Z", **fields)
    return {(c["attribute"], c["speaker_kind"], c["polarity"]) for c in claims_of(res, "ai") + claims_of(res, "cause")}


def test_a_support_chat_transcript(extract):
    text = (f"{_LEAD} A customer who asked the bank's support chat about it later posted the exchange.\n\n"
            "Customer: Was this caused by the new AI assistant?\n\n"
            "Agent: No, nothing to do with AI. A network switch failed in our Leeds data centre.\n\n"
            "Customer: When will it be back?\n\nAgent: Within the hour.")
    assert _kinds(extract, text, "Halvercombe Bank's chat transcript") == {("ai", "vendor", "denies"),
                                                                           ("cause", "vendor", "asserts")}


def test_a_caller_on_a_phone_in(extract):
    text = ("Halvercombe Bank's card payments failed for most of Thursday, and listeners rang in.\n\n"
            "Caller: I heard an AI agent deleted the payment tables.\n\n"
            "Presenter: The bank blames a failed network switch.")
    kinds = _kinds(extract, text, "Phone-in: the bank outage")
    assert {("ai", "other", "asserts"), ("cause", "other", "asserts"), ("cause", "vendor", "asserts")} <= kinds


def test_status_updates_are_no_turns(extract):
    text = ("Update: Card payments are failing for some customers. We are investigating.\n\n"
            "Update: The cause was a failed network switch in our Leeds data centre, which has been replaced.\n\n"
            "Resolved: Card payments are working again.")
    assert _kinds(extract, text, "Card payment incident", source_kind="vendor") == {("cause", "vendor", "asserts")}


def test_a_named_product_gives_way_to_its_maker(extract):
    title = "'Nothing AI-related,' said the support chat. The changelog said otherwise"
    text = ("On Tuesday, while Quorlane's hosted databases were refusing new connections, a customer asked its support "
            "chat whether AI was to blame.\n\nSupport (Quorlane): No, nothing AI-related. This was a routine migration.\n\n"
            "On Thursday Quorlane's public changelog told a different story. Reverting the migration behind the outage, "
            "it said the change had been drafted by Quorlane Assist, the company's in-editor AI assistant.\n\n"
            "Quorlane said its support agents answered with what they knew at the time.")
    assert primary_provider(extract, title, text) == "Quorlane"
    res = extract(text, title=title, source_kind="press", outlet="The Ledger")
    ai = {(c["speaker_kind"], c["polarity"]) for c in claims_of(res, "ai")}
    assert ai == {("vendor", "denies"), ("vendor", "asserts")}
