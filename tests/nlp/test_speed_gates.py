"""The speed shortcuts give the answers of the rules they stand for: the word gates of CaselessTest
(`needs`), alternations grouped by first letter, the sentence component that replaces spaCy's sentencizer
and the per-token lists it keeps for sentence_views, the title readers of the ruler and the trigger matcher."""

import json
import re
from pathlib import Path

import pytest
import spacy

from nlp import time_claims as X
from nlp.textprep import CaselessTest

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "sample" / "documents.jsonl"


def _sample_texts() -> list[str]:
    return [json.loads(line).get("text") or "" for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]


EDGE_CASES = [
    "", "Service was restored by ", "It was fixed by about ", "caused by ", "x by\t", "Traffic is flowing again.",
    "We are BACK UP AND RUNNING", "The issue has now been resolved.", "Systems returned errors.", "Users could connect again",
    "The outage ended at 10:00.", "Until then, nothing.", "Nothing to report.", "Kelvin \u212a sign and a long \u017f",
]


@pytest.mark.parametrize("test, pattern", [(X._HAS_END_CUE, X._END_CUE), (X._HAS_RECOVERY_WORD, X._RECOVERY_WORD),
                                           (X._HAS_DONE, X._DONE), (X._HAS_START_CUE, X._START_CUE)])
def test_gated_tests_answer_as_their_patterns(test: CaselessTest, pattern):
    texts = EDGE_CASES + [t for text in _sample_texts() for t in text.split(". ")]
    for text in texts:
        for piece in (text, text[:-5] + " ", text[7:]):
            assert test(piece) == (pattern.search(piece) is not None), piece
            assert test(piece, piece.lower()) == (pattern.search(piece) is not None), piece


def test_derived_gates_and_ascii_patterns_answer_as_their_patterns():
    """CaselessTest without `needs`: the gate its pattern's own literals give (derived_needs) and the re.ASCII
    pattern it runs on ASCII text answer as the pattern, also on text holding the control characters that only
    a str pattern's \\s matches."""
    from nlp.textprep import derived_needs

    assert derived_needs(re.compile(r"\b(?:fixes|patched)\s+(?:were|was)\b")) == ("fixes", "patched")
    assert derived_needs(re.compile(r"\b(?:fix|patch)\b")) == ()  # (a string of three letters: no gate worth having)
    assert derived_needs(re.compile(r"x?(?:abcd)+e")) == ("abcd",)
    patterns = [re.compile(r"\b(?:stayed\s+(?:up|online)|kept\s+(?:running|working))\b", re.I),
                re.compile(r"\bfixes\s+were\b", re.I), re.compile(r"\bdown\b", re.I)]
    texts = EDGE_CASES + ["Stayed\x1cup", "kept\x1f running", "Fixes were", "FIXES  WERE", "fixes\x1dwere", "\u212aept running"]
    texts += [t for text in _sample_texts() for t in text.split(". ")]
    for pattern in patterns:
        test = CaselessTest(pattern)
        for text in texts:
            assert test(text) == (pattern.search(text) is not None), text
            assert test(text, text.lower()) == (pattern.search(text) is not None), text


def test_sentence_component_splits_as_the_sentencizer(extractor):
    """ow_sentences: spaCy's sentencizer rule and a line break ending a sentence."""
    reference = spacy.blank("en")
    reference.add_pipe("sentencizer")
    texts = EDGE_CASES + ["A. B\n\nC", "“Quoted.” Then more!? And… more", "x .. y ; z!!! w", "\n\nA. B\n", "...", "?"]
    texts += _sample_texts()[:40]
    for text in texts:
        ours = extractor.nlp.make_doc(text)
        ours = extractor.nlp.get_pipe("ow_sentences")(ours)
        theirs = reference(text)
        expected = [t.is_sent_start for t in theirs]
        for i in range(len(theirs) - 1):
            if theirs[i].is_space and "\n" in theirs[i].text:
                expected[i + 1] = True
        assert [t.is_sent_start for t in ours] == expected, text


def test_grouped_alternation_matches_as_the_plain_alternation():
    """textprep.grouped_alternation: the same matches as the alternatives joined in order (scope's harm words)."""
    from nlp.scope import _HIT, _HIT_WORDS
    from nlp.textprep import grouped_alternation

    plain = re.compile(rf"\b(?:{'|'.join(_HIT_WORDS)})\b", re.I)
    assert _HIT.pattern != plain.pattern
    texts = EDGE_CASES + ["Kept running", "KEPT RUNNING", "\u017ftayed up", "\u212aept running", "It was LOST, then lost."]
    texts += [t for text in _sample_texts() for t in text.split(". ")]
    for text in texts:
        for piece in (text, text.lower()):
            assert [m.span() for m in _HIT.finditer(piece)] == [m.span() for m in plain.finditer(piece)], piece
    assert grouped_alternation(("fail\\w*", "failure", "down")) == "f(?:ail\\w*|ailure)|d(?:own)"
    for bad in ("(?:a|b)c", "Down", "s?x", "(x)"):
        with pytest.raises(ValueError):
            grouped_alternation(("down", bad))


def test_sentence_views_read_the_splitters_lists_as_the_doc(extractor):
    """sentence_views takes offsets and sentence starts from ow_sentences' lists; the same as from the doc itself."""
    from nlp.sentences import sentence_views

    for text in EDGE_CASES + ["A. B\n\nC", "\n\nA. B\n"] + _sample_texts()[:40]:
        doc = extractor.nlp(text)
        assert doc._.ow_token_facts is not None or len(doc) == 0
        kept = [(v.start, v.end, v.paragraph, v.text, v.span.start, v.span.end, v.hits, v.ents) for v in sentence_views(doc, text)]
        doc._.ow_token_facts = None
        read = [(v.start, v.end, v.paragraph, v.text, v.span.start, v.span.end, v.hits, v.ents) for v in sentence_views(doc, text)]
        assert kept == read, text


def test_title_readers_give_what_the_components_keep(extractor):
    """The ruler's `entities` and the trigger matcher's `hits` read a bare doc as the components tag it."""
    gazetteer, triggers = extractor.nlp.get_pipe("ow_gazetteer"), extractor.nlp.get_pipe("ow_triggers")
    docs = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = EDGE_CASES + ["AWS and Amazon S3 and Amazon Web Services went down", "Square Inc. outage at Google Cloud"]
    texts += [d.get("title") or "" for d in docs] + [d.get("text") or "" for d in docs[:20]]
    for text in texts:
        tagged = triggers(gazetteer(extractor.nlp.make_doc(text)))
        bare = extractor.nlp.make_doc(text)
        assert gazetteer.entities(bare) == tagged._.ow_ents, text
        assert triggers.hits(bare) == tagged._.ow_hits, text
        assert not bare.ents


def test_trigger_patterns_all_match(extractor):
    # the trigger matcher is given hash tuples and drops its copy of them (peak memory); every family's phrases
    # still all match: the last phrase of the largest family is found
    from nlp.pipeline import compile_phrase, load_rule_families
    phrases = sorted({c for p in load_rule_families()["AI_ACTION"] for c in compile_phrase(p)})
    last = phrases[-1]
    doc = extractor.nlp(f"Then the agent {last} without warning.")
    assert any(f == "AI_ACTION" for f, _, _ in doc.user_data["ow_hits"])


def test_trigger_keywords_are_the_hashes_of_the_pattern_docs():
    """The trigger matcher is given each phrase's LOWER hashes made word by word (pipeline.trigger_keywords):
    they are the hashes the phrase's own Doc holds, for every concrete phrase of every rule family."""
    from spacy.attrs import LOWER

    from nlp.pipeline import compile_phrase, load_rule_families, trigger_keywords

    nlp = spacy.blank("en")
    words: dict = {}
    hashes: dict = {}
    for phrases in load_rule_families().values():
        concrete = sorted({c for p in phrases for c in compile_phrase(p)})
        made = trigger_keywords(nlp, concrete, words, hashes)
        assert made == [tuple(doc.to_array([LOWER]).tolist()) for doc in nlp.tokenizer.pipe(concrete)]


def test_trigger_matcher_finds_what_one_made_from_pattern_docs_finds(extractor):
    """The pipeline's trigger matcher (hash tuples, its copy of them dropped: pipeline._forget_pattern_copies) finds
    the hits of a PhraseMatcher filled the plain way, with a Doc per phrase, on the sample documents."""
    from spacy.matcher import PhraseMatcher

    from nlp.pipeline import compile_phrase, load_rule_families

    nlp = extractor.nlp
    plain = PhraseMatcher(nlp.vocab, attr="LOWER")
    for family, phrases in load_rule_families().items():
        plain.add(family, list(nlp.tokenizer.pipe(sorted({c for p in phrases for c in compile_phrase(p)}))))
    triggers = nlp.get_pipe("ow_triggers")
    texts = EDGE_CASES + [t for d in _sample_texts() for t in (d,)]
    for text in texts:
        doc = nlp.make_doc(text)
        assert triggers.hits(doc) == [(nlp.vocab.strings[m], s, e) for m, s, e in plain(doc)], text[:80]


def _plain_trigger_matcher(nlp, families):
    """A PhraseMatcher holding every expanded phrase of `families` (name -> phrases), as the trigger matcher did
    before phrase cores."""
    from spacy.matcher import PhraseMatcher

    from nlp.pipeline import compile_phrase, trigger_keywords

    plain = PhraseMatcher(nlp.vocab, attr="LOWER")
    words: dict = {}
    hashes: dict = {}
    for family, phrases in families.items():
        plain.add(family, trigger_keywords(nlp, sorted({c for p in phrases for c in compile_phrase(p)}), words, hashes))
    return lambda doc: [(nlp.vocab.strings[m], s, e) for m, s, e in plain(doc)]


def test_map_order_is_the_order_of_a_matchers_node():
    """pipeline._map_order: the order in which a PhraseMatcher lists the ids matching on one span, ids added in a
    given order (up to 40 of them: the node's table doubled twice)."""
    import random

    from spacy.matcher import PhraseMatcher

    from nlp.pipeline import _map_order

    nlp = spacy.blank("en")
    rng = random.Random(3)
    for _ in range(200):
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        names = [f"F{rng.random()}" for _ in range(rng.randint(1, 40))]
        for name in names:
            matcher.add(name, [nlp.make_doc("alpha beta")])
        found = [m for m, _, _ in matcher(nlp.make_doc("x alpha beta"))]
        assert found == _map_order([nlp.vocab.strings[name] for name in names])


def test_phrase_cores_find_what_the_expanded_phrases_find():
    """Phrases given to the matcher as a core and extended in Python (pipeline.CORE_ABOVE): the same hits, in the
    same order, as a matcher holding every expanded phrase, on texts made of the rule phrases' own sequences
    (each family's phrases, with filler words, upper case, overlaps)."""
    import random

    from nlp.pipeline import compile_phrase, load_rule_families

    nlp = spacy.blank("en")
    nlp.add_pipe("ow_triggers")
    triggers = nlp.get_pipe("ow_triggers")
    families = load_rule_families()
    plain = _plain_trigger_matcher(nlp, families)
    rng = random.Random(5)
    pool = sorted({c for phrases in families.values() for p in phrases for c in compile_phrase(p)})
    filler = "the a its service was not and then , . to of".split()
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(1, 8)):
            parts.append(rng.choice(pool))
            if rng.random() < 0.5:
                parts.append(rng.choice(filler))
        text = " ".join(parts)
        doc = nlp.make_doc(text.upper() if rng.random() < 0.2 else text)
        assert triggers.hits(doc) == plain(doc), text


def test_phrase_cores_keep_the_order_of_families_on_a_span(monkeypatch):
    """Many families matching the same spans, some through phrase cores and some as they are, a core's sequences
    also being plain patterns of two or more families (whose order on the span its id may move): the hits and
    their order are those of a matcher holding every expanded phrase."""
    import random

    from nlp import pipeline

    big = ("=run|=ran|=runs|=running|=go|=went|=goes|=going =the|=a|=an|=its|=our|=their|=this|=that? "
           "=job|=jobs|=task|=tasks|=step|=steps|=stage|=stages|=work =now|=again?")
    families = {f"F{i}": [big] for i in range(9)}
    families.update({f"G{i}": ["=run|=go|=job|=task|=work", "=run =the =job"] for i in range(7)})
    families.update({f"H{i}": [big, "=the =job"] for i in range(5)})
    monkeypatch.setattr(pipeline, "load_rule_families", lambda *a: families)
    nlp = spacy.blank("en")
    nlp.add_pipe("ow_triggers")
    triggers = nlp.get_pipe("ow_triggers")
    plain = _plain_trigger_matcher(nlp, families)
    words = "run ran go going the a its this job jobs task step work now again x".split()
    rng = random.Random(7)
    for _ in range(1500):
        doc = nlp.make_doc(" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))))
        assert triggers.hits(doc) == plain(doc), doc.text


def test_first_char_buckets_match_as_the_plain_alternation():
    """textprep.with_first_char_buckets: the same matches (spans) as the pattern it rewrites, on every sentence of the
    sample (as written and lower-cased) and on pieces made to hit the alternatives' edges; and it refuses what it
    cannot rewrite exactly."""
    from nlp import relevance as R
    from nlp.textprep import first_char_buckets, with_first_char_buckets

    source = re.compile(R._DISRUPTION_SOURCE)
    small = re.compile(r"\b(?:go dark|(?:went|gone) (?:down|dark)|glitch(?:es)?|(?<!will )(?:took|went) off|5\d\d errors?|[gw]one)\b")
    rewritten = with_first_char_buckets(small)
    assert rewritten.pattern != small.pattern
    texts = EDGE_CASES + ["it went dark", "gone down, then gone", "took off and went off", "will took off", "502 errors",
                          "a glitches glitch", "wone gone", "go dark go darker"]
    texts += [t for text in _sample_texts() for t in text.split(". ")]
    pairs = [(small, rewritten), (source, R._DISRUPTION)]
    for old, new in pairs:
        for text in texts:
            for piece in (text, text.lower()):
                assert [m.span() for m in old.finditer(piece)] == [m.span() for m in new.finditer(piece)], piece
    # alternatives whose first characters are not known are tried everywhere, in their place
    for source in (r"a|(?i:B)x|b", r"a?c|b|ab", r"\w+z|b\w|bb", r"[^a]x|b|ax", r"(?=b)bb|b|c|\d"):
        old, new = re.compile(source), re.compile(first_char_buckets(source))
        for text in ("", "a", "bx", "ac c b ab", "zz bz bb", "ax xx bx", "bb b c 1", "Bx bX", "\u212a"):
            assert [m.span() for m in old.finditer(text)] == [m.span() for m in new.finditer(text)], (source, text)
    for bad in (r"(a)|b", r"(?P<x>a)|b", r"ab"):
        with pytest.raises(ValueError):
            first_char_buckets(bad)
    with pytest.raises(ValueError):
        with_first_char_buckets(re.compile(r"\b(?:a|b)c(?:d)\b"))
    with pytest.raises(ValueError):
        first_char_buckets("a|b", re.I)


def test_provider_window_gates_answer_as_their_patterns():
    """provider_choice._failure_before and _given_as_example: the gate before each regex turns away no window the
    regex matches (every start in the sample's texts, and windows made to end at the pattern's edges)."""
    from nlp import provider_choice as PC

    texts = _sample_texts() + ["an outage at the\n", "a fault in\t", "problems affecting  the ", "a glitch with\n\n",
                               "services such as Slack, Zoom and ", "tools like Jira or ", "apps including\nGmail, "]
    for text in texts:
        for start in range(0, len(text) + 1):
            window = text[max(0, start - 40):start]
            assert (PC._failure_before(text, start) is not None) == (PC._FAILURE_PLACED.search(window) is not None), window
            expected = PC._EXAMPLES_BEFORE.search(text, max(0, start - 60), start) is not None
            assert PC._given_as_example(text, start) == expected, text[max(0, start - 60):start]


def test_end_anchored_window_gates_answer_as_their_patterns():
    """mentions.channel_before and owner_before: the word gate before each end-anchored regex turns away no window the
    regex matches (every 30-character window of the sample's texts, and windows made to end at the patterns' edges)."""
    from nlp import mentions as M

    edges = ["It said on ", "wrote VIA\t", "posted on\n", "a unit owned by the\n", "Its Parent Company, ", "parent,  ",
             "a subsidiary of\n\n", "bought by THE ", "ﬁrm owned by ", "said on", "an arm of The ", "the division of "]
    texts = _sample_texts() + edges
    for text in texts:
        for start in range(0, len(text) + 1):
            window = text[max(0, start - 30):start]
            assert M.channel_before(window) == (M._CHANNEL_BEFORE.search(window) is not None), window
            assert M.owner_before(window) == (M.OWNER_BEFORE.search(window) is not None), window
    assert all(M.owner_before(w) or M.channel_before(w) for w in edges if w != "said on")  # (the edges do match)


def test_relevance_word_gates_pass_every_match():
    """relevance: every sentence _LEADING_BODY matches holds an opener of _APPOSITION_OPENERS, every lower-cased one
    _VAGUE_TROUBLE matches a word of _VAGUE_TROUBLE_GATE; _KIND_BEFORE_NAME grouped finds what the plain alternation does."""
    from nlp import relevance as R
    from nlp.org_names import GENERIC_BODY_KINDS

    edges = ["Postwick, a small email host, lost mail", "Tea, the dating-safety app, switched off its messages",
             "Nos, one of Portugal's three big operators, said", "Acme, among the largest lenders, was down",
             "The Zapnet, an internet provider, was down", "problems with logins", "difficulties connecting", "trouble loading"]
    texts = edges + [t for text in _sample_texts() for t in text.split(". ")]
    plain = re.compile(rf"\b(?:{'|'.join(sorted(R._BODY_KINDS | GENERIC_BODY_KINDS | {'group'}))}) "
                       rf"(?P<name>[A-Z]{R._NAME_REST}(?: (?:&|{R._NAME})){{0,2}})")
    matched = 0
    for text in texts:
        if R._LEADING_BODY.match(text):
            matched += 1
            assert R._has(text, R._APPOSITION_OPENERS), text
        if R._VAGUE_TROUBLE.search(text.lower()):
            matched += 1
            assert R._has(text.lower(), R._VAGUE_TROUBLE_GATE), text
        assert [m.span("name") for m in plain.finditer(text)] == [m.span("name") for m in R._KIND_BEFORE_NAME.finditer(text)]
    assert matched >= len(edges)


def test_derived_gate_of_up_to_80_strings_answers_as_its_pattern():
    """derived_needs keeps a gate of up to 80 strings of 4 or more characters (causes' remediation test has 80): the
    test answers as its pattern on every sentence of the sample, as written and cut."""
    from nlp import causes as C

    test = C._remediation_test
    assert 60 < len(test._needs) <= 80
    texts = EDGE_CASES + ["We are working to block it", "They're adding capacity", "it will halt the rollout"]
    texts += [t for text in _sample_texts() for t in text.split(". ")]
    for text in texts:
        for piece in (text, text[:-5] + " ", text[7:]):
            assert test(piece) == (test.pattern.search(piece) is not None), piece


def test_maker_and_site_window_gates_pass_every_match():
    """provider_choice._names_maker: every window _MAKER_BEFORE or _SITE_BEFORE matches ends, white space stripped, in
    "by" or "from" (every 50-character window of the sample's texts, and windows made to match)."""
    from nlp import provider_choice as PC

    edges = ["an agent built by ", "a coding assistant from\n", "hardware supplied by\t", "servers run by  \n",
             "the AI tool made by the team at "]
    matched = 0
    for text in _sample_texts() + edges:
        for start in range(0, len(text) + 1):
            window = text[max(0, start - 50):start]
            if PC._MAKER_BEFORE.search(window) or PC._SITE_BEFORE.search(window):
                matched += 1
                assert window.rstrip().endswith(("by", "from")), window
            if PC._SITE_BEFORE.search(window):
                assert window.rstrip().endswith("by"), window
    assert matched >= 4
