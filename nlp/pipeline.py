"""The spaCy pipeline: blank English, sentencizer, gazetteer entity ruler and the trigger matcher.

Built once by `build_pipeline()` (never at import time). Heavy Python work happens later, and only
on sentences where the matcher found triggers; the pipeline itself stays at C speed per token:
- `ow_sentences` splits sentences (spaCy's sentencizer rule, plus paragraph breaks) and keeps what it read
  for `sentence_views` as `doc._.ow_token_facts`;
- `ow_gazetteer` (an entity ruler) tags PROVIDER / COMPANY / SERVICE / AI_TOOL / REGION from nlp/data
  gazetteers, also kept as `doc._.ow_ents`;
- `ow_triggers` runs one `PhraseMatcher` built from nlp/data/rules*.json (lemmas expanded to word forms
  through the spacy-lookups-data lemma table; the phrases that expand to many sequences given as a short core
  extended in Python) and stores hits as `doc._.ow_hits`.
"""

from __future__ import annotations

import bisect
import gc
import itertools
import json
import math
import operator
from functools import lru_cache
from pathlib import Path


import numpy as np
import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span

from nlp.common_words import is_common_word
from nlp.gazetteer import BRAND_NOUNS, Gazetteer, load_gazetteer
from nlp.lemmas import forms_of, inflects

# One matcher over three files, split by who maintains them: causes, AI, outage words and negation;
# scope; speech, hedges and speculation.
RULES_PATHS = tuple(Path(__file__).resolve().parent / "data" / name for name in ("rules.json", "rules-scope.json", "rules-speech.json"))

# What the components find is kept in `Doc.user_data` under these keys and read as the extensions
# `doc._.ow_hits`, `doc._.ow_ents` and `doc._.ow_token_facts` (None when a component did not run). The
# components write, and `sentence_views` reads, `doc.user_data` directly: each `doc._` read or write makes an
# accessor object and costs a microsecond or two, six times per document.
HITS_KEY = "ow_hits"  # (family, first token, end token) of each trigger hit
ENTS_KEY = "ow_ents"  # (label, ent_id, first token, end token, start char, end char) of each gazetteer name
# The bare brand words that are ordinary words too (gazetteer context aliases: "Delta", "Square") the text
# holds as written, found at C speed for nlp.provider_choice, which would otherwise search the text for each
BRAND_WORDS_KEY = "ow_brand_words"
# The sentence splitter's facts (the tokens that start a sentence; per token: char offset, whitespace flag,
# length), kept for `sentence_views`, which needs the same: one `to_array` per document instead of two.
TOKEN_FACTS_KEY = "ow_token_facts"


_NONE: frozenset[str] = frozenset()


def _keep_in_user_data(name: str, key: str) -> None:
    Doc.set_extension(name, getter=lambda doc: doc.user_data.get(key),
                      setter=lambda doc, value: doc.user_data.__setitem__(key, value), force=True)


_keep_in_user_data("ow_hits", HITS_KEY)
_keep_in_user_data("ow_ents", ENTS_KEY)
_keep_in_user_data("ow_token_facts", TOKEN_FACTS_KEY)


def phrase_options(phrase: str) -> list[list[str]]:
    """The word forms each word of a rule phrase stands for, in order ("" last for an optional word): see
    `compile_phrase`, which expands them."""
    options: list[list[str]] = []
    for word in phrase.split():
        optional = word.endswith("?") and len(word) > 1
        word = word.rstrip("?") if optional else word
        forms: set[str] = set()
        for alt in word.split("|"):
            forms |= {alt[1:].lower()} if alt.startswith("=") else set(forms_of(alt))
        opts = sorted(forms)
        if optional:
            opts.append("")
        options.append(opts)
    return options


def compile_phrase(phrase: str, limit: int = 20000) -> list[str]:
    """"root cause" -> every concrete word sequence it covers ("root cause", "root causes", ...).

    "=word" is that form only, "a|b" gives alternatives, "word?" is optional, and a plain word
    stands for all its inflections (spacy-lookups-data lemma table). Concrete phrases go to a
    PhraseMatcher, which matches them by hash at C speed; token predicates ("LOWER IN [...]") in a
    Matcher would be called per token and pattern from Python and were 20x slower here.
    """
    out: list[str] = [""]
    for opts in phrase_options(phrase):
        out = [f"{prefix} {o}".strip() if o else prefix for prefix in out for o in opts]
        if len(out) > limit:
            raise ValueError(f"rule phrase {phrase!r} expands to more than {limit} word sequences")
    return sorted({p for p in out if p})


def load_family_specs(paths: tuple[Path, ...] = RULES_PATHS) -> dict[str, dict]:
    """Every trigger family with its phrases and examples, from all rule files (a name may be defined once)."""
    specs: dict[str, dict] = {}
    for path in paths:
        for name, fam in json.loads(path.read_text(encoding="utf-8"))["families"].items():
            if name in specs:
                raise ValueError(f"trigger family {name} is defined twice ({path.name})")
            specs[name] = fam
    return specs


@lru_cache(maxsize=1)
def load_rule_families(paths: tuple[Path, ...] = RULES_PATHS) -> dict[str, list[str]]:
    return {name: list(fam["phrases"]) for name, fam in load_family_specs(paths).items()}


def gazetteer_patterns(gaz: Gazetteer) -> list[dict]:
    """Entity-ruler patterns; `id` carries the canonical name ("AWS", "AWS|Amazon S3")."""
    pats: list[dict] = []
    seen: set[tuple[str, str]] = set()

    def add(label: str, text: str, ent_id: str) -> None:
        if (label, text) not in seen:
            seen.add((label, text))
            pats.append({"label": label, "pattern": text, "id": ent_id})

    shared = {p.company for p in gaz.providers if sum(q.company == p.company for q in gaz.providers) > 1}
    for p in gaz.providers:
        # "Google" names a company with several providers: it is a COMPANY mention, decided by services
        names = p.aliases if p.name in shared and p.name == p.company else (p.name, *p.aliases)
        for a in names:
            add("PROVIDER", a, p.name)
        if p.company not in (p.name, *p.aliases):
            add("COMPANY", p.company, p.company)  # "Amazon", "Microsoft"; "Slack" is simply the provider
        for service, surfaces in p.services.items():
            for s in (service, *surfaces):
                add("SERVICE", s, f"{p.name}|{service}")
    for t in gaz.ai_tools:
        for a in (t.name, *t.aliases):
            add("AI_TOOL", a, t.name)
    for n in gaz.region_names:
        add("REGION", n, n)
    return pats


def _inside_word(doc: Doc, mark: int, idx: list[int], length: list[int]) -> bool:
    """A full stop written between two letters with no space on either side ("DataTalks.Club",
    "Shop.Direct"): the tokenizer splits a dot before a capital, but a sentence end is followed by a
    space. The offsets are compared first: the token texts are read only for a glued dot (rare)."""
    before, after = mark - 1, mark + 1
    if before < 0 or after >= len(idx):
        return False
    if idx[before] + length[before] != idx[mark] or idx[mark] + length[mark] != idx[after]:
        return False
    return doc[before].text[-1].isalpha() and doc[after].text[0].isalpha()


@Language.factory("ow_sentences")
def make_sentences(nlp: Language, name: str):
    """Sentence starts: spaCy's sentencizer rule, and a line break always ends a sentence (status
    updates, headings and extracted paragraphs often lack a full stop; hard-wrapped text would be
    over-split, but feeds and trafilatura output do not wrap).

    The sentencizer's rule, read from per-token lists rather than Token objects: after a sentence-final
    mark ("." "?" "!" ...), the next token that is no punctuation starts a sentence; the first token
    always starts one. Every token gets 1 (starts a sentence) or -1 (does not), as the sentencizer
    writes them.
    """
    final_marks = frozenset(nlp.vocab.strings.add(c) for c in Sentencizer.default_punct_chars)
    full_stop = nlp.vocab.strings.add(".")

    def sentences(doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        # one array, as plain lists: indexing numpy element by element from Python is several times slower
        # (punctuation is asked only of the few tokens after a final mark: read from their Tokens, not a column)
        orth, is_space, idx, length = doc.to_array([ORTH, IS_SPACE, IDX, LENGTH]).T.tolist()
        starts = [-1] * n
        starts[0] = 1
        first_tokens = [0]  # the tokens that start a sentence, for sentence_views
        # Only the final marks are visited: after each, the first token that is neither punctuation nor
        # another final mark starts a sentence (the marks passed on the way to it add nothing).
        read_up_to = 0
        for mark in [i for i, word in enumerate(orth) if word in final_marks]:
            if mark < read_up_to:
                continue  # one of a run of marks ("?!", "...") read with the first
            i = mark + 1
            # (the offsets first, inline: a full stop is nearly always followed by a space or the end)
            if i < n and idx[i] == idx[mark] + 1 and orth[mark] == full_stop and _inside_word(doc, mark, idx, length):
                continue  # "DataTalks.Club": a dot inside a name, no sentence end
            while i < n and (orth[i] in final_marks or doc[i].is_punct):
                i += 1
            if i < n:
                starts[i] = 1
                first_tokens.append(i)
            read_up_to = i
        # Only whitespace tokens are looked at for line breaks: `doc.text` walks the whole doc in Python.
        for i in [i for i in range(n - 1) if is_space[i]]:  # whitespace tokens but the last
            if starts[i + 1] != 1 and "\n" in doc[i].text:
                starts[i + 1] = 1
                first_tokens.append(i + 1)
        # (from_array reads 64-bit unsigned values: -1 as its two's complement, as to_array gives it; the array
        # is made from the few sentence starts, not converted from the per-token list)
        sent_starts = np.full(n, -1, dtype=np.int64)
        sent_starts[first_tokens] = 1
        doc.from_array([SENT_START], sent_starts.view(np.uint64).reshape(-1, 1))
        first_tokens.sort()
        doc.user_data[TOKEN_FACTS_KEY] = (first_tokens, idx, is_space, length)
        return doc

    return sentences


def _word_hashes(nlp: Language, word: str, words: dict[str, tuple[int, ...]], hashes: dict[int, int]) -> tuple[int, ...]:
    """The LOWER hashes of one space-separated word's tokens, made once per word (`words`), each hash one int
    object (`hashes`)."""
    found = words.get(word)
    if found is None:
        found = words[word] = tuple(hashes.setdefault(t.lower, t.lower) for t in nlp.tokenizer(word))
    return found


def trigger_keywords(nlp: Language, phrases: list[str], words: dict[str, tuple[int, ...]],
                     hashes: dict[int, int]) -> list[tuple[int, ...]]:
    """Each concrete phrase as the tuple of its tokens' LOWER hashes, as `PhraseMatcher.add` would read them
    from the phrase's Doc: each space-separated word is tokenized once (`words`, shared by every family; the
    tokenizer reads a text one space-separated chunk at a time, so a phrase's tokens are its words' tokens
    in turn) and each hash is one int object (`hashes`). The matcher keeps every pattern's tuple as given
    (some 10,000 of them): one shared int per distinct hash instead of one per token saves memory, and no
    pattern Doc is made."""
    out = []
    for phrase in phrases:
        keyword: list[int] = []
        for word in phrase.split(" "):
            keyword.extend(_word_hashes(nlp, word, words, hashes))
        out.append(tuple(keyword))
    return out


def _forget_pattern_copies(matcher: PhraseMatcher, family: str) -> None:
    """Drop the copy of a family's patterns the matcher keeps beside its word-hash tree (a set of hash tuples per
    match id), which only `PhraseMatcher.remove` and pickling read: matching walks the tree alone, and this
    pipeline never removes a pattern or pickles the matcher. spaCy keeps the sets in a private attribute, reached
    as the one dict among the matcher's referents that maps `family` to a set; when no such dict is found
    (another spaCy version), nothing is dropped."""
    import gc

    kept = [r for r in gc.get_referents(matcher) if isinstance(r, dict) and isinstance(r.get(family), set)]
    if len(kept) == 1:
        kept[0][family].clear()


# Phrases whose optional words and alternatives multiply (AI_ACTION's "run|issue|execute|fire =a|=an|=the|=its?
# =single? =destructive|... =command|...": 11,200 word sequences) would fill the matcher with tens of thousands
# of patterns, about 0.8 KB each (some 87 MB for the ~100,000 sequences of 2026-12-06). A phrase that expands to
# more than CORE_ABOVE sequences is given to the matcher as a core instead: a run of its required words (no
# optional one among them) that expands to at most CORE_MAX sequences (`_choose_core`: "=destructive|...
# =command|...", 70 sequences), under a match id of its own; each hit of the core is extended in Python by the
# phrase's other words, before and after it, on the document's tokens (`_Extension`), which gives every span the
# phrase's own sequences match there. The matcher answers every span of every concrete phrase, so the spans and
# families found are those of a matcher holding all expanded phrases, and in its order (`ordered`, `_map_order`).
CORE_ABOVE = 64
CORE_MAX = 256

# A slot of a phrase: the token-hash sequences one word of it stands for (the empty one when it is optional)
_Slot = tuple[tuple[int, ...], ...]


def _phrase_slots(nlp: Language, options: list[list[str]], words: dict[str, tuple[int, ...]],
                  hashes: dict[int, int]) -> list[_Slot]:
    """Each word of a phrase (`options`: its forms, as `phrase_options` gives them) as the token-hash sequences of
    its forms, as `trigger_keywords` makes them from the expanded phrases (a form's words tokenized in turn)."""
    slots = []
    for opts in options:
        alts = {tuple(h for w in o.split(" ") for h in _word_hashes(nlp, w, words, hashes)) if o else () for o in opts}
        slots.append(tuple(sorted(alts)))
    return slots


def _choose_core(slots: list[_Slot], options: list[list[str]], uses: dict[str, int]) -> tuple[int, int] | None:
    """The run of required slots [i, j) to give the matcher in place of the whole phrase: at most CORE_MAX
    sequences, as many words as can be (a core of two words is met far less often than one of either), then the
    rarest words, a word being as common in texts as in the rules (`uses`: how many rule phrases use each form:
    "outage", "change", "failed" are used by many, "deploy" or "severed" by few); None when no run will do."""
    best = None
    best_score = None
    for i in range(len(slots)):
        size = 1
        rarity = 0.0
        for j in range(i, len(slots)):
            if () in slots[j]:
                break  # an optional word ends the run
            size *= len(slots[j])
            if size > CORE_MAX:
                break
            rarity -= math.log(sum(uses.get(o, 1) for o in options[j]))
            score = (j + 1 - i, rarity, -size)
            if best_score is None or score > best_score:
                best, best_score = (i, j + 1), score
    return best


class _Extension:
    """A phrase given to the matcher as its core: the words before the core (nearest first) and after it, each
    word as its token-hash sequences grouped by the hash they meet first, and whether it may be absent."""

    __slots__ = ("family", "before", "after", "next_before", "next_after")

    def __init__(self, family: str, before: list[_Slot], after: list[_Slot]) -> None:
        self.family = family
        self.before = [self._grouped(slot, -1) for slot in reversed(before)]
        self.after = [self._grouped(slot, 0) for slot in after]
        # the hashes the token just before the core (after it) must have when the phrase needs a word there: those
        # of the words up to the first required one, seen from the core (None when all of them may be absent)
        self.next_before = self._next(self.before)
        self.next_after = self._next(self.after)

    @staticmethod
    def _next(slots: list[tuple[dict[int, tuple[tuple[int, ...], ...]], bool]]) -> frozenset[int] | None:
        hashes: set[int] = set()
        for by_hash, optional in slots:
            hashes.update(by_hash)
            if not optional:
                return frozenset(hashes)
        return None

    @staticmethod
    def _grouped(slot: _Slot, end: int) -> tuple[dict[int, tuple[tuple[int, ...], ...]], bool]:
        by_hash: dict[int, list[tuple[int, ...]]] = {}
        for alt in slot:
            if alt:
                by_hash.setdefault(alt[end], []).append(alt)
        return {h: tuple(alts) for h, alts in by_hash.items()}, () in slot

    def starts(self, doc: Doc, at: int) -> set[int] | list[int]:
        """Where the phrase may start in `doc`, its core starting at token `at` (the tokens' LOWER hashes are
        read one by one: a whole-document array costs more than the few tokens read)."""
        found: set[int] | list[int] = [at]
        for by_last, optional in self.before:
            reached = set(found) if optional else set()
            for p in found:
                if p > 0:
                    for alt in by_last.get(doc[p - 1].lower, ()):
                        q = p - len(alt)
                        if q >= 0 and (len(alt) == 1 or tuple(t.lower for t in doc[q:p]) == alt):
                            reached.add(q)
            if not reached:
                return reached
            found = reached
        return found

    def ends(self, doc: Doc, at: int) -> set[int] | list[int]:
        """Where the phrase may end in `doc`, its core ending before token `at`."""
        n = len(doc)
        found: set[int] | list[int] = [at]
        for by_first, optional in self.after:
            reached = set(found) if optional else set()
            for p in found:
                if p < n:
                    for alt in by_first.get(doc[p].lower, ()):
                        q = p + len(alt)
                        if q <= n and (len(alt) == 1 or tuple(t.lower for t in doc[p:q]) == alt):
                            reached.add(q)
            if not reached:
                return reached
            found = reached
        return found


_SPAN = operator.itemgetter(1, 2)


def _map_order(keys: list[int]) -> list[int]:
    """The order in which a preshed map (a PhraseMatcher's node) iterates `keys` set in this order: open
    addressing over 8 cells, a key's home cell is its low bits, the next free cell after it when taken, the
    table doubled (and its keys set again in cell order) when it is 3/5 full."""
    size = 8
    cells = [0] * size
    filled = 0
    pending = list(keys)
    while pending:
        key = pending.pop(0)
        i = key & (size - 1)
        while cells[i] and cells[i] != key:
            i = (i + 1) & (size - 1)
        if not cells[i]:
            filled += 1
        cells[i] = key
        if (filled + 1) * 5 >= size * 3:
            pending = [k for k in cells if k] + pending
            size *= 2
            cells = [0] * size
            filled = 0
    return [k for k in cells if k]


@Language.factory("ow_triggers", default_config={})
def make_triggers(nlp: Language, name: str):
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    words: dict[str, tuple[int, ...]] = {}
    hashes: dict[int, int] = {}
    rule_families = load_rule_families()
    options_of = {phrase: phrase_options(phrase) for phrases in rule_families.values() for phrase in phrases}
    uses: dict[str, int] = {}  # word form -> how many rule phrases use it
    for options in options_of.values():
        for form in {o for opts in options for o in opts}:
            uses[form] = uses.get(form, 0) + 1
    extensions: dict[int, _Extension] = {}  # core match id -> the phrase it stands for
    core_sets: dict[int, set[tuple[int, ...]]] = {}  # core match id -> its sequences (while the matcher is filled)
    plain_families: dict[tuple[int, ...], int] = {}  # a sequence given as it is -> how many families it is one of
    for family, phrases in rule_families.items():
        concrete: set[str] = set()
        for phrase in phrases:
            options = options_of[phrase]
            size = math.prod(len(opts) for opts in options)
            core = None
            if CORE_ABOVE < size <= 20000:
                slots = _phrase_slots(nlp, options, words, hashes)
                core = _choose_core(slots, options, uses)
            if core is None:
                concrete.update(compile_phrase(phrase))  # (also raises for a phrase past the limit)
                continue
            i, j = core
            key = f"{family}\x1fcore\x1f{len(extensions)}"
            core_patterns = [tuple(h for alts in seq for h in alts) for seq in itertools.product(*slots[i:j])]
            matcher.add(key, core_patterns)
            _forget_pattern_copies(matcher, key)
            extensions[nlp.vocab.strings.add(key)] = _Extension(family, slots[:i], slots[j:])
            core_sets[nlp.vocab.strings.add(key)] = set(core_patterns)
        # (the matcher takes a pattern as its hash sequence as well as a Doc, and keeps that sequence)
        patterns = trigger_keywords(nlp, sorted(concrete), words, hashes)
        matcher.add(family, patterns)
        _forget_pattern_copies(matcher, family)
        for pattern in patterns:
            plain_families[pattern] = plain_families.get(pattern, 0) + 1
    # The cores some of whose sequences two or more families match as they are: where such a core is found, its id
    # shares the node of those families' ids and may have moved them in it
    shared = {mid for mid, core in core_sets.items() if any(plain_families.get(p, 0) > 1 for p in core)}
    del options_of, uses, core_sets, plain_families

    # match id -> family name, looked up once rather than in the string store per hit
    families = {nlp.vocab.strings.add(family): family for family in rule_families}
    rank = {family: n for n, family in enumerate(rule_families)}  # the order families were added in
    id_of = {family: mid for mid, family in families.items()}

    @lru_cache(maxsize=4096)
    def ordered(group: tuple[str, ...]) -> list[str]:
        """Families found on one span (in the order they were added) as the matcher lists them: as the node
        that ends their patterns there iterates their ids."""
        return [families[mid] for mid in _map_order([id_of[f] for f in group])]

    def extended(doc: Doc, out: list[tuple[str, int, int]], cores: list[tuple[int, int, int]]) -> list[tuple[str, int, int]]:
        """The hits of a document where some phrase core was found: `out`, the plain hits (in the matcher's
        order), with the core hits extended to whole phrases, by span and in the matcher's order on each span."""
        found = []
        n = len(doc)
        for mid, s, e in cores:
            ext = extensions[mid]
            # (most core hits stand in no phrase: the words next to the core, asked first, end most of them)
            gate = ext.next_after
            if gate is not None and (e >= n or doc[e].lower not in gate):
                continue
            gate = ext.next_before
            if gate is not None and (s == 0 or doc[s - 1].lower not in gate):
                continue
            ends = ext.ends(doc, e)
            if ends:
                for start in ext.starts(doc, s):
                    found.extend((ext.family, start, end) for end in ends)
        # The spans whose families are put in order anew: those a phrase was found on, and those a core ended on
        # where two or more plain families did too (the core's id, in their node, may have moved theirs). Most
        # core hits are no phrase and end where one family or none did: the plain hits then stand as they are.
        redo: dict[tuple[int, int], set[str]] = {}
        for family, s, e in found:
            group = redo.get((s, e))
            if group is None:
                redo[(s, e)] = {family}
            else:
                group.add(family)
        for mid, s, e in cores:
            if mid in shared and (s, e) not in redo:
                i = bisect.bisect_left(out, (s, e), key=_SPAN)
                if i + 1 < len(out) and out[i + 1][1] == s and out[i + 1][2] == e:
                    redo[(s, e)] = set()
        if not redo:
            return out
        hits = []
        for hit in out:
            group = redo.get((hit[1], hit[2]))
            if group is None:
                hits.append(hit)
            else:
                group.add(hit[0])
        for (s, e), group in redo.items():
            if len(group) == 1:
                hits.append((next(iter(group)), s, e))
            else:
                hits.extend((f, s, e) for f in ordered(tuple(sorted(group, key=rank.__getitem__))))
        hits.sort(key=_SPAN)  # (stable: each span's families stay in that order)
        return hits

    def hits(doc: Doc) -> list[tuple[str, int, int]]:
        """The trigger hits in `doc` as `doc._.ow_hits` holds them, without setting anything on the doc."""
        out = []
        cores = None
        for mid, s, e in matcher(doc):
            family = families.get(mid)
            if family is None:  # a phrase core: extended below
                if cores is None:
                    cores = []
                cores.append((mid, s, e))
            else:
                out.append((family, s, e))
        return out if cores is None else extended(doc, out, cores)

    def triggers(doc: Doc) -> Doc:
        doc.user_data[HITS_KEY] = hits(doc)
        return doc

    triggers.hits = hits  # (for a text of which only the hits are read: a title)
    return triggers


# Words after a sentence's first word that make it a service's name: its users and things, or a verb in the
# singular after a plural-looking name ("Teams was down")
_SERVICE_FOLLOWERS = frozenset(BRAND_NOUNS) | {"was", "is", "has", "went", "goes", "remains", "remained", "stopped"}


@Language.factory("ow_gazetteer", default_config={"data_dir": ""})
def make_gazetteer_ruler(nlp: Language, name: str, data_dir: str):
    """Entity ruler for the gazetteers: one case-sensitive PhraseMatcher; the longest match wins.

    spaCy's `entity_ruler` does the same but re-counts all its patterns on every call (a Python
    loop over tens of thousands of entries per document); this keeps the per-document cost in C.
    """
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    ids: dict[str, str] = {}
    by_key: dict[str, list[str]] = {}
    gaz = load_gazetteer(Path(data_dir)) if data_dir else load_gazetteer()
    for pat in gazetteer_patterns(gaz):
        key = f"{pat['label']}\x1f{pat['id']}"
        by_key.setdefault(key, []).append(pat["pattern"])
    names: dict[int, tuple[str, str]] = {}  # match id -> (label, ent_id), split once here rather than per match
    span_ids: dict[int, tuple[int, int]] = {}  # match id -> the same as string ids, for Span (which adds strings per call)
    for key, texts in by_key.items():
        matcher.add(key, list(nlp.tokenizer.pipe(texts)))
        ids[key] = key
        label, ent_id = key.split("\x1f", 1)
        names[nlp.vocab.strings.add(key)] = (label, ent_id)
        span_ids[nlp.vocab.strings.add(key)] = (nlp.vocab.strings.add(label), nlp.vocab.strings.add(ent_id))

    # The bare brand words ride in the same matcher (one call per document) under their own id; they are
    # no names to tag, only noted (BRAND_WORDS_KEY).
    brand_id = nlp.vocab.strings.add("BRAND_WORD")
    if gaz.ambiguous_surfaces:
        matcher.add("BRAND_WORD", list(nlp.tokenizer.pipe(sorted(gaz.ambiguous_surfaces))))

    def kept_matches(doc: Doc, brand_starts: list[int] | None = None) -> list[tuple[int, int, int]]:
        """(start, match id, end) of the names to tag, by start: spaCy's filter_spans on plain tuples, the
        longest match wins, the first of equally long ones. The bare brand words' starts go to `brand_starts`."""
        found = matcher(doc)
        if found and any(m[0] == brand_id for m in found):
            if brand_starts is not None:
                brand_starts.extend(start for key, start, _ in found if key == brand_id)
            found = [m for m in found if m[0] != brand_id]
        if len(found) < 2:  # (most texts and titles name one thing or nothing): nothing to choose between
            return [(start, key, end) for key, start, end in found]
        matches = sorted(found, key=lambda m: (m[2] - m[1], -m[1]), reverse=True)
        kept = []
        taken: set[int] = set()
        for key, start, end in matches:
            if start not in taken and end - 1 not in taken:
                kept.append((start, key, end))
                taken.update(range(start, end))
        kept.sort(key=lambda m: m[0])
        return kept

    def entities(doc: Doc) -> list[tuple[str, str, int, int, int, int]]:
        """The names in `doc` as `doc._.ow_ents` holds them (label, ent_id, first token, end token, start and
        end char), without setting anything on the doc: no Span objects, no `doc.ents`."""
        ents = []
        for start, key, end in kept_matches(doc):
            label, ent_id = names[key]
            last = doc[end - 1]
            ents.append((label, ent_id, start, end, doc[start].idx, last.idx + len(last)))  # Span.start_char, .end_char
        return ents

    def word_at_sentence_start(doc: Doc, kept: list[tuple[int, int, int]]) -> set[int]:
        """Starts of one-word service names that open a sentence and are English words ("Workers at one plant
        were sent home", "Teams that argue …"), where nothing else in the text names the service's provider
        and no word of a service's follows ("Outlook users", "Teams was down"): at a sentence's start the
        capital tells nothing (gazetteer.v4)."""
        words = set()
        for start, key, end in kept:
            if end - start == 1 and names[key][0] == "SERVICE" and doc[start].is_sent_start:
                word = doc[start].text
                following = doc[end].lower_ if end < len(doc) else ""
                if (inflects(word) or is_common_word(word)) and following not in _SERVICE_FOLLOWERS:
                    words.add(start)
        if not words:
            return words
        provider_of = {start: names[key][1].split("|", 1)[0] for start, key, _ in kept}
        named = {provider_of[start] for start, _, _ in kept if start not in words}
        return {start for start in words if provider_of[start] not in named}

    def gazetteer(doc: Doc) -> Doc:
        spans = []
        ents = []  # Span objects are made only for the matches kept
        brand_starts: list[int] = []
        kept = kept_matches(doc, brand_starts)
        plain_words = word_at_sentence_start(doc, kept)
        for start, key, end in kept:
            if start in plain_words:
                continue
            label, ent_id = names[key]
            span = Span(doc, start, end, label=span_ids[key][0], span_id=span_ids[key][1])
            spans.append(span)
            ents.append((label, ent_id, start, end, span.start_char, span.end_char))
        if spans:
            doc.set_ents(spans, default="unmodified")
        # Also kept as a plain list: reading `doc.ents` back walks every token in Python.
        doc.user_data[ENTS_KEY] = ents
        doc.user_data[BRAND_WORDS_KEY] = frozenset(doc[start].text for start in brand_starts) if brand_starts else _NONE
        return doc

    gazetteer.entities = entities  # (for a text of which only the names are read: a title)
    return gazetteer


def build_pipeline(data_dir: Path | None = None) -> Language:
    """The whole pipeline; `data_dir` holds the gazetteer files (default nlp/data)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("ow_sentences")
    nlp.add_pipe("ow_gazetteer", config={"data_dir": str(data_dir) if data_dir else ""})
    nlp.add_pipe("ow_triggers")
    # The pipeline, its gazetteers and lemma tables live as long as the process: moved out of the garbage
    # collector's generations, they are no longer walked by every full collection (about 50 ms a pass over
    # some 100,000 objects, a pass every few thousand documents). New objects are collected as before.
    gc.freeze()
    return nlp
