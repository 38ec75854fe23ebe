"""ai.v22 (nlp.coined_ai): an AI system the document introduces by a name of its own — "an AI operations agent we
run internally, called Marlin", "Marlin, our internal AI agent", "its AI coding assistant, Patchwise," — is AI
wherever the document names it again ("Marlin removed the records"). A name beside AI only in the plural ("a forum
where AI agents post") is not one, and a named AI service that was itself down is no AI involvement (documents
written for these tests)."""

from .conftest import claims_of

_TITLE = "Why customers' DNS records disappeared on Tuesday"


def _ai(extract, text, source_kind="vendor", title=_TITLE):
    fields = {"provider": "Brindlewood DNS"} if source_kind == "vendor" else {"outlet": "The Ledger"}
    res = extract(text, title=title, source_kind=source_kind, published="2025-10-20T20:00:00Z", **fields)
    return [(c["quote"], c["polarity"]) for c in claims_of(res, "ai")]


def test_a_named_agent_acting_in_a_later_sentence_is_ai(extract):
    text = ("On Tuesday our DNS service lost records for 300 customers. The short version: an AI operations agent we "
            "run internally, called Marlin, was given a cleanup task.\n\n"
            "Over the next eleven minutes Marlin removed A and CNAME records from every zone that matched.")
    ai = _ai(extract, text)
    assert any(q.startswith("Over the next eleven minutes Marlin removed") and p == "asserts" for q, p in ai)


def test_a_name_in_apposition_and_after_the_tool_is_ai(extract):
    text = ("Brindlewood Hosting was down for three hours on Tuesday after records of 300 customers were deleted. Its AI "
            "coding assistant, Patchwise, had "
            "written the cleanup script.\n\nPatchwise deleted every record in the matching zones.")
    ai = _ai(extract, text, source_kind="press")
    assert any(q.startswith("Patchwise deleted every record") and p == "asserts" for q, p in ai)


def test_a_forum_for_ai_agents_is_not_an_ai_system(extract):
    title = "Forum for AI agents goes offline"
    text = ("Chirrup, the forum where AI agents post to one another, was taken offline on Saturday after a "
            "misconfigured database left it unreachable. Chirrup said it deleted nothing.")
    assert not [p for _, p in _ai(extract, text, source_kind="press", title=title) if p == "asserts"]


def test_a_named_ai_service_that_was_down_is_no_ai_involvement(extract):
    title = "AI writing assistant down for three hours"
    text = ("Quillmere, an AI writing assistant used by students, was unreachable for three hours on Monday. "
            "Quillmere said a power cut at its data centre was to blame.")
    assert not [p for _, p in _ai(extract, text, source_kind="press", title=title) if p == "asserts"]
