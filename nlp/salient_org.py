"""The organisation a report is about when no rule ties a name to the outage: the name it repeats.

A press report about a company the gazetteer does not know ("Wordloom, the AI writing assistant, was
unreachable …") names that company in its title or lede and again further on, more often than any other
name. People are named too, but a report refers back to a person by surname ("Nadia Farrow … Farrow said")
and to an organisation by the first word of its name ("Kettlebrook Studios … Kettlebrook says"); places
and the outlet's own name are not candidates. This is the provider's last fallback (nlp.provider_choice):
it is asked only where the rules found no provider at all.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from nlp.common_words import is_common_word
from nlp.lemmas import inflects
from nlp.org_names import GENERIC_BODY_KINDS, ORG_SUFFIXES, SERVICE_BODY_KINDS, TECH_ACRONYMS, organisation_shaped

_WORD = r"[A-Z][\w&.\-]*[\w&]|[A-Z]"
_CONNECTORS = ("of", "for", "de", "du", "and", "&")
# A run of capitalised words, with the small words organisations' names hold ("Bank of Ireland")
_RUN = re.compile(rf"(?<![\w'’.])(?:{_WORD})(?: (?:{_WORD}|{'|'.join(_CONNECTORS)})){{0,4}}")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
# Capitalised words that open a run without being part of a name: function words, days and months, trade acronyms
_NOT_NAME_WORDS = frozenset(
    "The A An This That These Those Its It Their Our We They He She I In On At For After Before During Since While When "
    "If But And Or So Yet As By From To With Without Then Now Here There What Why How Who Which Where Was Is Are Were "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
    "September October November December Mr Ms Mrs Dr Sir Prof North South East West "
    # salient_org.v5: titles of office before a person's name ("Deputy Quine", "Senator Hale")
    "Deputy Senator Councillor Mayor Governor Judge "
    "IT AI ML US UK EU CEO CTO CIO CISO API APIs DNS CDN ISP VPN SaaS PC SMS IP TV HR GPU "
    # time zones
    "UTC GMT BST CET CEST EET EEST WET WEST IST JST KST AEST AEDT ET PT CT MT EST EDT PST PDT CST CDT MST MDT".split())
# Words before a person's name that say what the person is ("its chief executive, Nadia Farrow")
_ROLE_BEFORE = re.compile(r"\b(?:executive|officer|spokes(?:person|woman|man)|founder|director|manager|analyst|engineer|"
                          r"president|minister|secretary|head|chief|professor|researcher|student|owner|customer|user|"
                          r"reporter|editor|chair(?:man|woman)?|CEO|CTO|CIO|Mr|Ms|Mrs|Dr|Deputy|Senator|Councillor|Mayor|Governor|Judge)\.?,? $")
_REFERS_BACK = re.compile(r"\b[Tt]he (?:company|firm|business|group|host|provider|bank|lender|operator|carrier|retailer|"
                          r"studio|developer|airline|insurer|start-up|startup)\b(?! (?:that|which|who)\b)")
# salient_org.v3: a code of three capitals before an amount is a currency ("NOK 350 million"); a capital letter alone
# names nothing (an interview's "Q:" and "A:")
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
_AMOUNT_AFTER = re.compile(r" ?[\d$€£¥]")
_TITLE_WEIGHT = 2.0
_MIN_WEIGHT = 2.0  # a name met once is no topic
_LEDE_CHARS = 400  # the topic is named in the title or the first lines


@dataclass
class _Candidate:
    weight: float = 0.0
    first: int = 10**9
    forms: Counter = field(default_factory=Counter)  # the longer names the short form stands for


def salient_organisation(title: str, text: str, outlet: str | None, known: frozenset[str],
                         places: frozenset[str]) -> str | None:
    """The organisation-like name the title and text repeat most, written in its longest form, or None.
    `known`: lower-cased names the gazetteer knows (already weighed by the rules); `places`: place names."""
    document = f"{title}\n{text}" if title else text
    title_end = len(title) if title else -1
    names: dict[str, _Candidate] = {}
    surnames: set[str] = set()
    for m in _RUN.finditer(document):
        if _POSSESSIVE.sub("", m.group(0)) in places:
            continue  # "East US", "Middle East": a place's own name, whatever its words
        opens = _opens_sentence(document, m.start())
        name, start = _trimmed(m.group(0), m.start(), opens)
        if opens and " " in name:
            name, start = _kind_word_dropped(name, start, document, m.end())
        if not name or not _may_be_organisation(name, outlet, known, places):
            continue
        if len(name) == 1 or (_CURRENCY_CODE.fullmatch(name) and _AMOUNT_AFTER.match(document, m.end())):
            continue
        if _ROLE_BEFORE.search(document, max(0, start - 30), start):
            surnames.add(name.rsplit(" ", 1)[-1])  # a person introduced by what they are ("its founder, Ilse Maranta")
            continue
        c = names.setdefault(name, _Candidate())
        c.weight += _TITLE_WEIGHT if start < title_end else 1.0
        c.first = min(c.first, start)
    for name in list(names):
        # salient_org.v5: a person's surname, alone or after a first name ("Ms Corlett" makes "Annis Corlett" a person)
        if name in surnames or (name.rsplit(" ", 1)[-1] in surnames and not organisation_shaped(name)):
            del names[name]
    _fold_short_forms(names)
    ranked = sorted(names.items(), key=lambda kv: (-kv[1].weight, kv[1].first))
    if not ranked:
        return None
    best, c = ranked[0]
    lede_end = (title_end + 1 if title else 0) + _LEDE_CHARS
    # salient_org.v2: a name met once counts twice where it is the only name, shaped as an organisation's, and the text
    # goes on to refer to it by its kind ("… were rejected by Brackenfold Hosting on Wednesday. The company blamed …")
    referred_back = c.weight < _MIN_WEIGHT and len(ranked) == 1 and organisation_shaped(best) \
        and _REFERS_BACK.search(document, c.first) is not None
    if c.weight < _MIN_WEIGHT and not referred_back or c.first > lede_end or (len(ranked) > 1 and ranked[1][1].weight == c.weight):
        return None  # met once, not in the lede, or two names as salient as each other: no guess
    longer = c.forms.most_common(1)
    if longer and not organisation_shaped(longer[0][0]) and _written_alone(document, best) >= 2:
        # salient_org.v4: a longer form not shaped as an organisation's, where the short name stands alone elsewhere
        # ("Lanternbase Assist, the company's assistant" beside "Lanternbase's changelog", "Lanternbase said"): a product
        return best
    return longer[0][0] if longer else best


def _written_alone(document: str, name: str) -> int:
    """How often the name is written with no capitalised word after it ("Lanternbase's", "Lanternbase said")."""
    return len(re.findall(rf"\b{re.escape(name)}\b(?!\s+[A-Z])", document))


def _opens_sentence(document: str, start: int) -> bool:
    before = document[max(0, start - 3):start].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?:\n"


def _trimmed(run: str, start: int, opens_sentence: bool) -> tuple[str, int]:
    """A run without its possessive ending, edge connectors and the capitalised words that name nothing; an English
    word that opens a sentence before "of" is capitalised as any first word is ("Players of Quarrymoor Studios";
    not "Red Eléctrica", "Bank of Ireland")."""
    words = _POSSESSIVE.sub("", run).split(" ")
    if opens_sentence and len(words) > 2 and words[1] in _CONNECTORS and words[0] not in ORG_SUFFIXES and _english(words[0]):
        start += len(words[0]) + 1
        words = words[1:]
    while words and (words[0] in _NOT_NAME_WORDS or words[0] in _CONNECTORS):
        start += len(words[0]) + 1
        words = words[1:]
    while words and (words[-1] in _NOT_NAME_WORDS or words[-1] in _CONNECTORS):
        words = words[:-1]
    return " ".join(words), start


def _kind_word_dropped(name: str, start: int, document: str, end: int) -> tuple[str, int]:
    """salient_org.v6: a word of kind that opens a sentence before a name is capitalised as any first word is
    ("Drugmaker Merck said …", "Retailer Harrowby said …"): the name is the rest, where the document writes the rest
    alone elsewhere (its title: "Merck among firms hit …")."""
    first, rest = name.split(" ", 1)
    low = first.lower()
    if first in ORG_SUFFIXES or not (low.endswith("maker") or low in GENERIC_BODY_KINDS or low in SERVICE_BODY_KINDS):
        return name, start  # (a word of kind only: not "Several MPs asked …")
    alone = re.compile(rf"(?<![\w&]){re.escape(rest)}(?![\w&])")
    if alone.search(document, 0, start) or alone.search(document, end):
        return rest, start + len(first) + 1
    return name, start


def _may_be_organisation(name: str, outlet: str | None, known: frozenset[str], places: frozenset[str]) -> bool:
    if name.lower() in known or (outlet and name in outlet) or name.upper() in TECH_ACRONYMS:
        return False  # (salient_org.v2: a protocol in capitals, "DNSSEC", names no organisation)
    words = name.split(" ")
    if organisation_shaped(name):
        return True
    if words[0] in places or name in places:
        return False  # "Iowa", "Iowa Democrats"
    # a single English word is capitalised where it opens a sentence ("Customers", "Nothing"); English words
    # alone are capitalised in titles and headers ("Internet Connectivity")
    return not all(_english(w) for w in words if w not in _CONNECTORS)


def _english(word: str) -> bool:
    low = word.lower()
    return inflects(low) or is_common_word(low)


def _fold_short_forms(names: dict[str, _Candidate]) -> None:
    """"Kettlebrook Studios … Kettlebrook": the first word stands for the organisation's name, and counts for it.
    "Nadia Farrow … Farrow": a surname names a person, and neither counts."""
    for name in [n for n in names if " " in n]:
        words = name.split(" ")
        last = words[-1]
        if last in names and not organisation_shaped(name):
            names.pop(last)
            names.pop(name, None)
            continue
        short = names.get(words[0])
        if short is not None and name in names:
            whole = names.pop(name)
            short.weight += whole.weight
            short.first = min(short.first, whole.first)
            short.forms[name] += whole.weight
