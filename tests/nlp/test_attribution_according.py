""""According to X, …" carries X's account into the next sentences of the paragraph until a sentence opens with a
contrast: there the outlet answers the account (sentences written for these tests)."""

from .conftest import claims_of

_OUTAGE = "Cloudflare's network went down across Europe on Monday.\n\n"


def _cause_speakers(extract, text):
    res = extract(_OUTAGE + text, title="Network down", source_kind="press", outlet="The Desk",
                  published="2025-04-28T20:00:00Z")
    return [(c["speaker_kind"], c["quote"][:12]) for c in claims_of(res, "cause")]


def test_the_account_goes_on_without_a_contrast(extract):
    text = ("According to the company, a defect in a supplier's software caused the failure. The defect then "
            "stopped the failover from starting, which left the network without a backup for an hour.")
    assert [kind for kind, _ in _cause_speakers(extract, text)][:1] == ["vendor"]
    assert all(kind == "vendor" for kind, _ in _cause_speakers(extract, text))


def test_a_contrast_ends_the_account(extract):
    text = ("According to the company, a defect in a supplier's software caused the failure. That may be so. But the "
            "network went dark because Cloudflare switched on a new setting everywhere at once. At root this was a "
            "configuration change, and it was Cloudflare's.")
    speakers = _cause_speakers(extract, text)
    assert speakers[0][0] == "vendor"
    assert ("press", "At root this") in speakers


def test_what_a_colon_gives_after_the_vendors_explanation_is_the_vendors(extract):
    text = "It was back within the hour, and Cloudflare's explanation arrived the next morning: a configuration change."
    assert [kind for kind, _ in _cause_speakers(extract, text)] == ["vendor"]


def test_the_outlets_judgement_before_a_colon_is_not_the_vendors_words(extract):
    # no statement noun owned by the vendor before the colon: the outlet's own reading
    text = "The lesson was blunt: a configuration change pushed everywhere at once takes everything down."
    assert [kind for kind, _ in _cause_speakers(extract, text)] == ["press"]


def test_an_explanation_the_company_had_is_the_companys(extract):
    text = ("Cloudflare's dashboards went dark too, and by late morning the company had the explanation: building work "
            "had severed the fibre that carries its traffic.")
    assert [kind for kind, _ in _cause_speakers(extract, text)] == ["vendor"]


def test_an_explanation_nobody_in_particular_had_stays_the_outlets(extract):
    text = "The failure had an obvious explanation: building work had severed the fibre that carries the traffic."
    assert [kind for kind, _ in _cause_speakers(extract, text)] == ["press"]
