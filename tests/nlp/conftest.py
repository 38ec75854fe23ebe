import pytest

from nlp.extract import Extractor
from nlp.sentences import sentence_views


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def extract(extractor):
    """extract(text, **fields) -> the §5 result for one document."""

    def run(text: str, **fields) -> dict:
        doc = {"id": fields.pop("id", "t"), "text": text, "published": fields.pop("published", "2025-10-22T12:00:00Z")}
        doc.update(fields)
        return extractor.extract(doc)

    return run


@pytest.fixture(scope="session")
def first_sentence(extractor):
    """first_sentence(text) -> the sentence view of the text's first sentence, as the rules read it."""
    def view(text: str):
        doc = extractor.nlp(text)
        return sentence_views(doc, doc.text)[0]
    return view


def primary(result: dict) -> dict:
    return next(i for i in result["incidents"] if i["primary"])


def primary_provider(extract, title: str, text: str) -> str | None:
    """The provider of a press text's primary incident."""
    res = extract(text, title=title, source_kind="press")
    return next((i.get("provider") for i in res["incidents"] if i.get("primary")), None)


def claims_of(result: dict, attribute: str) -> list[dict]:
    return [c for inc in result["incidents"] for c in inc["claims"] if c["attribute"] == attribute]


def readings_after(extract, lead: str, text: str, attribute: str = "cause", kind: str = "press",
                   title: str = "outage") -> list[tuple]:
    """(normalized, polarity) of the claims of one attribute read in `text`, a document that opens with `lead`
    (the lead names the outage so that the text is read as part of an outage report)."""
    res = extract(lead + text, title=title, source_kind=kind)
    return [(c["normalized"], c["polarity"]) for c in claims_of(res, attribute) if c["start"] >= len(lead)]


BANK_LEAD = "Halvercombe Bank's card payments failed for most of Thursday, leaving shoppers unable to pay.\n\n"


def asserted_causes_after_bank_lead(extract, text: str) -> set[tuple]:
    """(category, speaker kind) of the causes asserted in `text`, read in a press report that opens with `BANK_LEAD`."""
    res = extract(BANK_LEAD + text, title="Halvercombe Bank cards down", source_kind="press", outlet="The Ledger",
                  published="2025-10-20T20:00:00Z")
    return {(c["normalized"], c["speaker_kind"]) for c in claims_of(res, "cause")
            if c["start"] >= len(BANK_LEAD) and c["polarity"] == "asserts"}


FREIGHT_LEAD = "Harrowmoor Freight's tracking site went down on Monday morning and stayed down for nine hours.\n\n"


def ai_speakers_after_freight_lead(extract, sentence: str) -> set[str]:
    """The speaker kinds of the AI claims of a press report (outlet "The Ledger") that opens with `FREIGHT_LEAD`."""
    res = extract(FREIGHT_LEAD + sentence, title="Harrowmoor Freight outage", source_kind="press", outlet="The Ledger",
                  published="2025-06-05T12:00:00Z")
    return {c["speaker_kind"] for c in claims_of(res, "ai")}


_SCOPE_LEAD = "Cloudflare suffered a major outage on Friday. "


def scope_after_lead(extract, sentence: str, **fields) -> list:
    """The scope values asserted in `sentence` after a lead that makes the document an outage report."""
    res = extract(_SCOPE_LEAD + sentence, title="Cloudflare outage", **fields)
    return [c["normalized"] for c in claims_of(res, "scope") if c["start"] >= len(_SCOPE_LEAD) and c["polarity"] == "asserts"]


def ai_and_causes_of_copilot_text(extract, text: str) -> list[tuple]:
    """(attribute, normalized) of the AI and cause claims of a GitHub vendor text about a Copilot outage."""
    res = extract(text, title="Copilot chat outage", source_kind="vendor", provider="GitHub", published="2026-06-24T09:00:00Z")
    return [(c["attribute"], c["normalized"]) for i in res["incidents"] for c in i["claims"] if c["attribute"] in ("ai", "cause")]


_TIME_LEAD = "Vodafone suffered a network outage on Tuesday that cut off customers."


def time_values_after_lead(extract, sentence: str, attribute: str, kind: str = "press") -> list:
    """The normalized values of one time attribute (start, end, duration) read in `sentence`, after a lead that makes
    the document a report of Vodafone's outage of Tuesday 19 August 2025."""
    res = extract(f"{_TIME_LEAD}\n\n{sentence}", title="Network outage", source_kind=kind, provider="Vodafone",
                  published="2025-08-20T12:00:00Z")
    return [c["normalized"] for c in claims_of(res, attribute) if c["quote"].startswith(sentence[:20])]
