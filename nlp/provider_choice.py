"""Which provider a document is about (labelling convention C7: whose service the document says was
down): names counted by where they stand (title, outage sentences, next to the outage word), a bare company
name sent to the sister provider whose kind of service the text speaks of, and the role of a name in its
clause — the maker of the tool that did the damage or the supplier whose site failed stands on the cause's
side, and gives way to the organisation whose service or data was hit."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from itertools import islice
from pathlib import Path

from nlp.coined_ai import coined_ai_names
from nlp.gazetteer import BRAND_NOUNS, DATA_DIR, Gazetteer
from nlp.mentions import OWNER_AFTER, owner_before
from nlp.org_names import FAILURE_NOUNS, GENERIC_BODY_KINDS, SERVICE_BODY_KINDS, organisation_shaped
from nlp.pipeline import BRAND_WORDS_KEY
from nlp.relevance import (described_as_body, explains_an_outage, has_spokesperson, introduced_as_body, named_after_its_kind,
                           named_with_its_outlets, subject_owning_harmed_thing, tied_as_taken_down_or_runner, used_by_clients)
from nlp.salient_org import salient_organisation
from nlp.scope import is_place_adjective, place_adjectives
from nlp.sentences import SentenceInfo
from nlp.temporal import CALENDAR_NAMES


@lru_cache(maxsize=4)
def _company_kinds(data_dir: Path = DATA_DIR) -> tuple[dict[str, str], dict[str, re.Pattern]]:
    """providers.json's `company_kinds` (of the gazetteer files in use): provider -> kind of service, and
    per kind a pattern of its nouns."""
    raw = json.loads((data_dir / "providers.json").read_text(encoding="utf-8")).get("company_kinds", {})
    words = {kind: re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + r")\b")
             for kind, ws in raw.get("words", {}).items()}
    return dict(raw.get("providers", {})), words


# (areas of the world written as clouds write their regions)
_AREAS_OF_THE_WORLD = frozenset({"Middle East", "Far East", "Near East", "East", "West"})


# Each big cloud names its regions its own way: AWS "ap-northeast-1", Google Cloud "asia-northeast1", Azure "Australia East"
_REGION_SCHEMES = (
    (re.compile(r"^(?:us|eu|ap|sa|ca|me|af|il|mx|cn)-(?:east|west|north|south|central|northeast|southeast|northwest|southwest)-\d$"), "AWS"),
    (re.compile(r"^(?:us|europe|asia|australia|northamerica|southamerica|me|africa)-[a-z]+\d$"), "Google Cloud"),
    (re.compile(r"^(?:(?:[A-Z][a-z]+ )+(?:East|West|North|South|Central|Southeast|Northeast)(?: \d| Central)?"
                r"|(?:East|West|North|South|Central|South Central|North Central|West Central) (?:US|Europe|Asia|India|Japan)(?: \d)?"
                r"|UK (?:South|West))$"), "Microsoft Azure"),
)


def cloud_of_region(name: str) -> str | None:
    """The cloud whose naming scheme the region's name follows ("Australia East" -> Microsoft Azure)."""
    if name in _AREAS_OF_THE_WORLD:
        return None
    return next((cloud for scheme, cloud in _REGION_SCHEMES if scheme.match(name)), None)


def _cloud_regions_named(sents: list[SentenceInfo]) -> int:
    return sum(1 for s in sents for e in s.ents if e.label == "REGION" and cloud_of_region(e.text) is not None)


class _KindCounts:
    """How often the text uses the nouns of a kind of service ("shoppers", "zones"), at most 6, a cloud's regions named
    as clouds name them counting twice for "cloud"; each kind counted when first asked (a choice between a company's
    providers asks of their few kinds, not of every kind), and only up to 6 uses."""

    def __init__(self, lower_text: str, data_dir: Path, sents: list[SentenceInfo]) -> None:
        self._text, self._words, self._sents = lower_text, _company_kinds(data_dir)[1], sents
        self._counts: dict[str, int] = {}

    def get(self, kind: str, default: int = 0) -> int:
        count = self._counts.get(kind)
        if count is None:
            pattern = self._words.get(kind)
            count = 0
            if pattern is not None:
                for count, _ in enumerate(islice(pattern.finditer(self._text), 6), 1):
                    pass
            if kind == "cloud":
                count = min(6, count + 2 * _cloud_regions_named(self._sents))
            elif pattern is None:
                count = default
            self._counts[kind] = count
        return count


# A bare brand word that is also an ordinary word ("Delta", "Square") used as a name in the running text:
# not opening a sentence or line, not after an article or another capitalised word ("the Delta variant",
# "Times Square"), not before a capitalised word ("Chase Smith", "Orange County").
_BRAND_USE_GAP = re.compile(r"(?:^|[.!?:;\n\"“‘(]\s*|\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat)\s+|[A-Z][\w&.'’-]*\s+)$")
_BRAND_USE_NEXT = re.compile(r"\s+[A-Z]")
_DEFINITE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# A name in the title weighs as much as three in the text.
_TITLE_WEIGHT = 3.0
# A document that uses such a word as a name this often is speaking of the brand.
_BRAND_USES = 2


# Capitalised words before a name that are no part of it: a sentence's first word ("At United's request")
_FUNCTION_WORDS_BEFORE = re.compile(r"(?:^|[.!?:;\n\"“‘(]\s*)(?:At|In|On|For|By|From|With|To|After|Before|During|Since|When|While|"
                                    r"As|Of|And|But|Or|So|If|Unlike|Like|Despite|Without|Under|Over|Inside|Across)\s+$")


def _brand_use(text: str, start: int, end: int) -> bool:
    """text[start:end], a brand word, is a whole word used as a name (_BRAND_USE_GAP, _BRAND_USE_NEXT); a
    possessive marks it as a name wherever it stands ("United's evening ground stop", "At United's request")."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before in "_'’-" or after.isalnum() or after in "_-":
        return False  # inside a longer word: "Skype", "Maximum", "Xbox"
    if end - start > 1 and text[start:end].isupper() and _DEFINITE_BEFORE.search(text, max(0, start - 6), start):
        # an organisation's initials after "the" ("the HSE switched off its computers", "the MTA's trains"), not the
        # first word of a longer name ("the SAS Institute")
        return not _BRAND_USE_NEXT.match(text, end + (2 if text.startswith(("'s", "’s"), end) else 0))
    if text.startswith(("'s ", "’s "), end):
        lo = max(0, start - 30)
        # (not after an article or inside a longer name: "the Delta's banks", "Times Square's lights")
        return not re.search(r"(?:\b(?:[Tt]he|[Aa]n?)|[A-Z][\w&.'’-]*)\s+$", text[lo:start]) or bool(
            _FUNCTION_WORDS_BEFORE.search(text, lo, start))
    if _BRAND_USE_NEXT.match(text, end):
        return False
    if _SPEAKS_AFTER.match(text, end):
        return True  # provider.v12: "Blizzard said a sudden surge of traffic …": weather and targets do not speak
    return not _BRAND_USE_GAP.search(text, max(0, start - 30), start) or bool(_FUNCTION_WORDS_BEFORE.search(text, max(0, start - 30), start))


# provider.v17: a capitalised word (not an owner's possessive) right before a word: the word is inside a longer name
_CAPITALISED_BEFORE = re.compile(r"\b[A-Z][\w&.-]*(?<!['’]s)[ \t]+$")


_BRAND_FORM_ENDS = frozenset(("", *BRAND_NOUNS, *(n.title() for n in BRAND_NOUNS)))


def _inside_a_longer_name(gaz: Gazetteer, text: str, start: int, end: int) -> bool:
    """provider.v17: text[start:end], a provider's bare name that is also an ordinary word, written inside a longer
    capitalised name ("Times Square's billboards", "a concert at Madison Square Garden"): a place's or a building's
    name, not the company's. A sentence's first word before it is no part of a name ("At Square, …"); an owner's
    possessive is not either ("Block's Square"). The name's brand forms count as the word ("Union Square shops")."""
    word, _, rest = text[start:end].partition(" ")
    if word not in gaz.ambiguous_surfaces or rest not in _BRAND_FORM_ENDS:
        return False  # ("Delta Air Lines" is the airline's own full name)
    if start + len(word) == end and _BRAND_USE_NEXT.match(text, end):
        return True
    lo = max(0, start - 30)
    return bool(_CAPITALISED_BEFORE.search(text, lo, start)) and not _FUNCTION_WORDS_BEFORE.search(text, lo, start)


_SPEAKS_AFTER = re.compile(r"\s+(?:has\s+|had\s+|later\s+|also\s+)?(?:said|says|told|tells|confirm(?:s|ed)|apologi[sz](?:es|ed)|"
                           r"blam(?:es|ed)|announc(?:es|ed)|explain(?:s|ed)|acknowledg(?:es|ed)|admit(?:s|ted)|denie[sd]|insist(?:s|ed)|"
                           r"stated)\b")


_WORD = re.compile(r"\w+")
_KIND_NOUNS = SERVICE_BODY_KINDS | GENERIC_BODY_KINDS
_LAST_WORD = re.compile(r"(\w+) $")


def _after_kind_noun(text: str, start: int) -> bool:
    """The word at text[start] follows a kind of body, lower case: "productivity app Notion"."""
    m = _LAST_WORD.search(text, max(0, start - 20), start)
    return m is not None and m.group(1) in _KIND_NOUNS

# A person's employer: "a Meta researcher", "Google's engineers", "an alignment director at Meta", "who works
# on AI safety at Meta". The name says who the person is, not whose service failed; it still counts, at a
# fraction, since the vendor's own engineers are named in its outage stories too ("Cloudflare engineers
# traced the fault").
_PEOPLE_NOUNS = (r"(?:researchers?|scientists?|engineers?|developers?|programmers?|employees?|staffers?|workers?|"
                 r"directors?|executives?|managers?|interns?|veterans?|alumn(?:us|i|a|ae))")
_EMPLOYER_AFTER = re.compile(rf"^(?:'s|’s)?\s+(?:[\w-]+\s+){{0,2}}?{_PEOPLE_NOUNS}\b")
_EMPLOYER_BEFORE = re.compile(rf"(?:\b{_PEOPLE_NOUNS}\s+(?:[\w-]+\s+){{0,2}}?|\b(?:who|he|she|they|I)\s+(?:works?|worked)\s+"
                              rf"(?:[\w-]+\s+){{0,3}}?)(?:at|for)\s+$")
_EMPLOYER_WEIGHT = 0.4
# Every match of the two patterns holds one of these (lower-cased): a sentence without any of them names no employer.
_EMPLOYER_STEMS = ("research", "scientist", "engineer", "developer", "programmer", "employee", "staffer", "worker",
                   "director", "executive", "manager", "intern", "veteran", "alumn", "works", "worked")


def _may_name_employer(low: str) -> bool:
    for stem in _EMPLOYER_STEMS:  # (a plain loop: cheaper than any() on a short tuple)
        if stem in low:
            return True
    return False


def _names_employer(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """The name at text[start:end] (within text[lo:hi], its sentence) is a person's employer."""
    if _EMPLOYER_AFTER.match(text[end:min(hi, end + 50)]):
        return True
    before = text[max(lo, start - 50):start]
    return before.rstrip().endswith(("at", "for")) and _EMPLOYER_BEFORE.search(before) is not None


# A platform named as where words were published ("confirmed in a post on LinkedIn", "wrote on X", "a Facebook post
# from the mayor"): the medium, not whose service failed (weighed at a fraction, as an employer is)
_MEDIUM_BEFORE = re.compile(r"\b(?:posts?|messages?|videos?|threads?|statements?|notes?|comments?|tweets?|announcements?|"
                            r"updates|wrote|written|said|says|posted|tweeted|announced|confirmed|shared|commented|apologi[sz]ed|"
                            r"explained|replied|acknowledged|denied|admitted|claimed|insisted|"
                            # provider.v17: the participles of writing ("…, writing on LinkedIn, said")
                            r"writing|posting|tweeting|speaking|commenting|sharing)"
                            # provider.v23: the verb's short object between ("claimed responsibility on Twitter", "said so on X")
                            r"(?:\s+(?:responsibility|credit|it|this|that|so|them))?\s+on\s+"
                            r"(?:(?:its|his|her|their|the company's|the firm's)\s+)?(?:official\s+)?$")
# provider.v15: "Steam reviews turned sour", "Reddit threads filled up": where people wrote about it
_MEDIUM_AFTER = re.compile(r"^\s+(?:posts?|reviews?|reviewers|forums?|threads?|comments?|commenters)\b")
_MEDIUM_WEIGHT = 0.2


# provider.v21: a platform another body keeps a place on ("the company's community Discord", "its Discord server", "their
# WhatsApp group"): where its people talk, not whose service failed
_KEPT_BY_BEFORE = re.compile(r"\b(?:the (?:company|firm|operator|bank|club)['’]s|its|their)\s+(?:own\s+)?(?P<kind>community\s+)?$", re.I)
_OWNED_PLACE_AFTER = re.compile(r"^\s+(?:server|channels?|community|communities|groups?|forums?)\b")


def _names_medium(text: str, start: int, end: int) -> bool:
    if _MEDIUM_BEFORE.search(text, max(0, start - 45), start) or _MEDIUM_AFTER.match(text[end:end + 14]):
        return True
    owned = _KEPT_BY_BEFORE.search(text, max(0, start - 40), start)
    return owned is not None and (owned.group("kind") is not None or _OWNED_PLACE_AFTER.match(text[end:end + 14]) is not None)


def _short_forms(sents: list[SentenceInfo], title_ents: list, title: str) -> dict[tuple[str, str], tuple[str, str]]:
    """(label, text) of a one-word tool or service name -> (label, entity id) of the longer name of another entity the
    document writes ending in that word: "Copilot" after "Microsoft 365 Copilot" is that product, not GitHub Copilot
    (provider.v10)."""
    named = [(e.label, e.ent_id, e.text) for s in sents for e in s.ents if e.label in ("AI_TOOL", "SERVICE")]
    named += [(t[0], t[1], title[t[4]:t[5]]) for t in title_ents if t[0] in ("AI_TOOL", "SERVICE") and title]
    longer = {text.rsplit(" ", 1)[-1]: (label, ent_id) for label, ent_id, text in named if " " in text}
    return {(label, text): longer[text] for label, ent_id, text in named
            if " " not in text and text in longer and longer[text][1] != ent_id}


def _bare_brand_uses(gaz: Gazetteer, sents: list[SentenceInfo], text: str, title_end: int) -> dict[str, float]:
    """Provider -> a score for the text's uses of one of its bare brand words as a name (_BRAND_USE_GAP),
    when it has at least _BRAND_USES of them: "not how Delta tells it", "suggesting Delta's systems", "the
    source at Delta". A use in the title (the text's first `title_end` characters) weighs as a title name."""
    # Most texts hold none of the words: the gazetteer component found those the text holds (and the
    # title's words are few), before any search of the text.
    held = set(sents[0].span.doc.user_data.get(BRAND_WORDS_KEY, ())) if sents else set()
    if title_end:
        held |= gaz.ambiguous_surfaces & set(_WORD.findall(text[:title_end]))
    if held:
        # provider.v18: a hyphenated brand word is found by its first part, as the tokenizer splits it ("Co-op")
        held |= {w for w in gaz.ambiguous_surfaces if "-" in w and w.split("-", 1)[0] in held and w in text}
    uses: dict[str, int] = {}
    score: dict[str, float] = {}
    for word in sorted(held):
        at = text.find(word)
        while at >= 0:
            end = at + len(word)
            if _brand_use(text, at, end):
                provider = gaz.canonical_provider(word)
                if provider:
                    # (a kind noun right before it settles it alone: "the messaging app Signal", "payments firm Square")
                    uses[provider] = uses.get(provider, 0) + (_BRAND_USES if _after_kind_noun(text, at) else 1)
                    weight = _TITLE_WEIGHT if at < title_end else 1.0
                    if _names_employer(text, max(0, at - 50), at, end, end + 50):
                        weight *= _EMPLOYER_WEIGHT
                    score[provider] = score.get(provider, 0) + weight
            at = text.find(word, end)
    return {p: score[p] for p, n in uses.items() if n >= _BRAND_USES}


# An organisation referred back to by the head noun of its own name: "the bureau's chief statistician" for the
# Australian Bureau of Statistics, "the exchange" for the New York Stock Exchange, "the airline" for Southwest
# Airlines. Only heads that are nouns of organisations ("the office", "the lines" would be other things).
_ORG_HEADS = frozenset("bureau exchange bank airline airport agency authority commission council ministry department "
                       "registry railway regulator operator carrier".split())


def _head_noun(name: str) -> str | None:
    words = name.split(" ")
    head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    head = head.lower()
    if head not in _ORG_HEADS and head.endswith("s") and head[:-1] in _ORG_HEADS:
        head = head[:-1]  # "Airlines" -> "the airline"
    return head if head in _ORG_HEADS else None


def _head_noun_references(providers: list[str], full: str) -> dict[str, int]:
    """Provider -> how often the text says "the <head noun of its name>", for the providers whose name has one."""
    heads = {p: h for p in providers if (h := _head_noun(p))}
    if not heads:
        return {}
    # (provider.v17: written in lower case; "the Department of Energy" is another body's name, not a reference back)
    counts = {p: len(re.findall(rf"\b[Tt]he {h}\b", full)) for p, h in heads.items()}
    return {p: n for p, n in counts.items() if n}


# Roles of a name in its clause, for the provider (C7: whose service the document says was down).
# The maker of the tool that did the damage: "Anthropic's Claude Code", "Claude Code, Anthropic's
# terminal agent", "an assistant built by Y", "a coding agent from Y".
_AI_NOUNS = r"(?:agents?|assistants?|tools?|models?|chatbots?|bots?|IDEs?|CLI|copilots?)"
_MAKER_AFTER = re.compile(rf"^(?:'s|’s)\s+(?:[\w-]+\s+){{0,3}}?{_AI_NOUNS}\b")
_MAKER_BEFORE = re.compile(rf"\b{_AI_NOUNS}\s+(?:[\w-]+\s+){{0,2}}?(?:by|from)\s+$")
# The owner of the site where the cause struck, or a supplier: "a cooling failure at an Equinix data centre",
# "a fire at Y's facility", "Y, the contractor", "hardware supplied by Y".
_SITE_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:data ?cent(?:re|er)s?|facility|facilities|campus|buildings?|"
                         r"halls?|substations?|plants?|warehouses?)\b"
                         r"|^,\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:supplier|contractor|vendor|subcontractor)s?\b")
_SITE_BEFORE = re.compile(r"\b(?:supplied|provided|operated|run|owned|managed)\s+by\s+$")
# A customer's container at a supplier: "the project's live AWS account", "its Azure subscription" (the
# customer owns what was hit; the supplier only hosts it).
_OWNED_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|our|my)|[\w.-]+['’]s)\s+(?:[\w-]+\s+){0,2}$")
_CONTAINER_AFTER = re.compile(r"^\s+(?:accounts?|subscriptions?|tenants?|tenancy|projects?|buckets?)\b")
# A supplier's product that did the damage, in a sentence of causing: "a faulty CrowdStrike update crashed…",
# "the carrier blames the CrowdStrike file", "Y's broken patch".
_PRODUCT_AFTER = re.compile(r"^(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}?(?:updates?|files?|patch(?:es)?|releases?|drivers?|firmware|"
                            r"sensors?|definitions?)\b")
# An organisation outside the gazetteer whose service or data the text says was hit. Names as written:
# capitalised words, a dotted or ampersand part allowed ("DataTalks.Club", "Smith & Co").
_NAME_PART = r"[A-Z][\w&+-]*(?:\.[A-Za-z][\w-]*)*"
_ORG_NAME = rf"{_NAME_PART}(?: (?:&|of|{_NAME_PART})){{0,3}}"
# (the kinds of body relevance also reads, longest first so that "website" is not read as "site")
_ORG_NOUNS = "(?:" + "|".join(sorted(SERVICE_BODY_KINDS | GENERIC_BODY_KINDS, key=len, reverse=True)) + ")"
# "the free data-engineering school DataTalks.Club", "Northbank, a regional lender", "his company, Tarnbrook,":
# what kind of body a name is
# (a compound's head is the kind: "the online bookshop X" is referred back to as "the shop")
# (provider.v13: or a kind written as a title at the start of a sentence, "Ferry operator Skerrylink said …")
_ORG_APPOSITION = re.compile(rf"(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Mm]y)\s+|(?:^|(?<=[.!?]\s)|(?<=\n))[A-Z][\w-]*\s+)"
                             rf"(?:[\w-]+\s+){{0,3}}?[a-z]*(?P<noun>{_ORG_NOUNS}),?\s+"
                             rf"(?P<name>{_ORG_NAME})"
                             # (not a body's person: "Morag Kerr, the union's organiser")
                             rf"|(?P<name2>{_ORG_NAME}),\s+(?:the|a|an|one of|among)\s+(?:[\w'’-]+\s+){{0,4}}?[a-z]*(?P<noun2>{_ORG_NOUNS})s?\b(?!['’]s\b)"
                             # "Tarnbrook, which makes software for clinics,": what a body does tells it is one
                             rf"|(?P<name3>{_ORG_NAME}),\s+(?:which|that)\s+(?:makes|runs|operates|sells|builds|develops|"
                             rf"provides|offers|owns|serves|hosts|publishes|manages|supplies)\b")
_HIT_NOUNS = (r"(?:databases?|data|websites?|sites?|platforms?|apps?|systems|servers|services|network|infrastructure|records|"
              r"accounts|customers|users|students|learners|members|passengers|clients|payments|banking|flights)")
# "the production database of DataTalks.Club", "Northbank's mobile app", "customers of Northbank"
_HIT_OF = re.compile(rf"\b{_HIT_NOUNS}\s+of\s+(?:the\s+)?(?P<name>{_ORG_NAME})")
_HIT_POSS = re.compile(rf"(?P<name>{_ORG_NAME})(?:'s|’s)\s+(?:[\w-]+\s+){{0,2}}?{_HIT_NOUNS}\b")
_HIT_BEFORE = re.compile(rf"(?P<name>{_ORG_NAME})\s+{_HIT_NOUNS}\b")  # "Northbank customers", "Zapnet app"
# "DataTalks.Club, the volunteer-run school, spent a day without its course platform": the subject of a
# clause that went without its own service (an apposition may stand between).
_HIT_WITHOUT = re.compile(
    rf"(?P<name>{_ORG_NAME})(?:,\s+[^,.;:]{{3,80}},)?\s+(?:spent|went|was left|were left|remained|stayed|was|were|has been|"
    rf"had been|have been)\s+(?:[\w-]+\s+){{0,6}}?without\s+(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?{_HIT_NOUNS}\b")
_NOT_ORG_WORDS = frozenset("The A An This That These Those Its It Their Our His Her Its We They He She I In On At For "
                           "After Before During Since While When But And Or If So "
                           # the trade's generic acronyms, not names: "IT services", "US customers"
                           "IT AI ML US UK EU CEO CTO CIO API APIs DNS CDN ISP VPN SaaS PC TV HR GPU "
                           # time zones after a clock time: "07:00 UTC, the company's network ..."
                           "UTC GMT PDT PST EDT EST CDT CST MDT MST BST CET CEST IST JST KST SGT AEST AEDT HKT".split())


# People a body serves, before "of" at a sentence's start: "Customers of Nos" is not a name, "Bank of Ireland" is.
# provider.v17: counts and shares that open a sentence before "of" and a name ("Thousands of Farrowdale Bank customers")
_QUANTITY_WORDS = frozenset("Thousands Hundreds Millions Dozens Tens Scores Many Most Some All Several Half Much Parts Part "
                            "Lots Plenty None".split())
_SERVED_PEOPLE = frozenset("Customers Users Subscribers Passengers Clients Members Residents Students Patients Shoppers "
                           "Travellers Travelers Players Viewers Listeners Readers Fans Staff Employees".split())


def _trim_org(name: str) -> str:
    words = name.split(" ")
    while words and words[0] in _NOT_ORG_WORDS:
        words = words[1:]
    if len(words) > 2 and (words[0] in _SERVED_PEOPLE or words[0] in _QUANTITY_WORDS) and words[1] == "of":
        words = words[2:]  # "Customers of Zapnet", provider.v17: "Thousands of Farrowdale Bank customers"
    while words and words[-1] in ("&", "of"):
        words = words[:-1]
    return " ".join(words)


def _full_organisation_name(name: str, text: str) -> str:
    """The longest name shaped as an organisation's that the text writes starting with `name`: "Residents of
    Westmarsh" ties "Westmarsh", the body is "Westmarsh District Council"."""
    # (a possessive inside the name: "St Olave's Hospital", "Lloyd's Register")
    # (provider.v17: an ampersand between its words: "Brindle & Co")
    longer = {m.group(0) for m in re.finditer(rf"\b{re.escape(name)}(?:['’]s)?(?: (?:&|[A-Z][\w&+-]*)){{1,3}}", text)}
    if organisation_shaped(name):
        # provider.v24: a name shaped as an organisation's already ends there: "Pelborne Telecom's TV" is its service
        longer = {x for x in longer if not x.startswith(("'s", "’s"), len(name))}
    shaped = [n for n in (_trim_org(x) for x in longer) if n.startswith(name) and organisation_shaped(n)]
    if shaped:
        return max(shaped, key=len)
    # provider.v17: or the form the body introduces mid-sentence with a description after it ("customers of Lumenmere
    # Legal, an AI drafting service, …"): the name in full, whatever its last word
    # (not a product of its own, described as the company's: "Lanternbase Assist, the company's in-editor AI assistant")
    introduced = [m.group(1) for m in re.finditer(rf"(?<=[a-z,] )({re.escape(name)}(?: [A-Z][a-z]+){{1,2}}),? (?:an?|the) "
                                                  rf"(?![\w-]+['’]s )", text)
                  if not any(w.lower() in CALENDAR_NAMES for w in m.group(1).split()[name.count(" ") + 1:])]
    if introduced:
        return max(introduced, key=len)
    # provider.v18: or the longer form the text names it by first, its short form after ("every Gorsebrook Edge
    # customer …" then "Gorsebrook said"): reporters give a name in full at its first mention
    bare_name = re.compile(rf"(?<![\w&'’-]){re.escape(name)}(?![\w&'’-])")
    first = bare_name.search(text)
    title_end = text.find("\n")
    if first is not None and first.start() < title_end:
        # provider.v24: the body's first mention, past a title that writes the short form ("… the Gorsebrook outage
        # article" over the body's "… this month's Gorsebrook Edge outage")
        first = bare_name.search(text, title_end)
    if first is not None:
        longer_first = re.match(r" ((?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)(?![\w'’-])", text[first.end():first.end() + 40])
        if longer_first is not None and first.start() > 0 and text[first.start() - 1] not in "\n" \
                and not any(w.lower() in CALENDAR_NAMES for w in longer_first.group(1).split()) \
                and re.search(rf"(?<![\w&'’-]){re.escape(name)}(?! [A-Z])(?![\w&-])", text[first.end():]) is not None:
            return f"{name} {longer_first.group(1)}"
    # provider.v21: or a longer form that speaks or owns ("Corrabeg Charge says", "Tarnlight Compute's official account"),
    # the short form used before and after it ("Corrabeg's Saturday outage", "Tarnlight said"): the body's own name in full
    speaking = [m.group(1) for m in re.finditer(rf"(?<![\w&'’-])({re.escape(name)}(?: [A-Z][a-z]+){{1,2}})(?=['’]s |\s)", text)
                if (text.startswith(("'s ", "’s "), m.end()) or _SPEAKS_AFTER.match(text, m.end()))
                and not any(w.lower() in CALENDAR_NAMES for w in m.group(1).split()[name.count(" ") + 1:])]
    if speaking:
        return max(speaking, key=len)
    return name


# A name the sentence clears of any outage: "AWS reported no problems of its own", "Azure was not affected"
_CLEARED = re.compile(r"^(?:['’]s(?: [\w-]+){0,2})?(?:,[^,]{1,60},)? (?:(?:said|says|reported|saw|had|has|showed|shows) "
                      r"(?:it had |it has |it saw )?no (?:(?:such |similar |known |wider |broader )?(?:problems?|issues?|outages?|disruptions?|errors?|trouble|faults?))"
                      # provider.v14: "Microsoft did not report any wider Azure issue"
                      r"|(?:did|does|has|had) not (?:report|see|show|confirm|acknowledge) any (?:(?:such |similar |wider |broader )?[\w-]+ )?"
                      r"(?:problems?|issues?|outages?|disruptions?|errors?|trouble|faults?)"
                      # (provider.v14: or its things, "SAS flights were not affected", "Openreach's own network was unaffected")
                      r"|(?:(?:own )?(?:[a-z][\w-]* ){1,2}?)?(?:was|were|is|are|remained|stayed) (?:not affected|unaffected|not hit|"
                      r"operating normally|working normally|up))\b")
_CLEARED_WEIGHT = 0.1


def _cleared(full: str, end: int, sentence_end: int) -> bool:
    return _CLEARED.match(full[end:min(sentence_end, end + 120)]) is not None


# "a technical problem at NATS", "a fault in Fastly's network", "an outage affecting Azure": the failure is placed at
# the name, which is whose outage it is (a title naming where the delays were felt weighs less than this)
_FAILURE_PLACED = re.compile(rf"\b(?:{'|'.join(sorted(FAILURE_NOUNS))})\s+(?:at|in|with|inside|affecting|hitting)\s+(?:the\s+)?$")
_FAILURE_PLACED_WEIGHT = 1.5


# (every match ends in one of these words and white space: most names are not after one, and are answered without the
# regex, which tries its failure nouns at every word of the window)
_FAILURE_PLACED_ENDS = ("at", "in", "with", "inside", "affecting", "hitting", "the")


def _failure_placed_at(full: str, start: int) -> bool:
    m = _failure_before(full, start)
    # (provider.v14: not a failure named as what another's outage was blamed on, "an outage the bank blamed on a problem
    # with Microsoft Azure": the cause's place, a third party)
    return m is not None and _BLAMED_ON.search(full, max(0, start - 70), max(0, start - 40) + m.start()) is None


def _failure_before(full: str, start: int) -> re.Match | None:
    """_FAILURE_PLACED in the 40 characters before `start` (asked only where the window ends as a match must)."""
    if not full:
        return None
    window = full[max(0, start - 40):start]
    return _FAILURE_PLACED.search(window) if window.rstrip().endswith(_FAILURE_PLACED_ENDS) else None


_BLAMED_ON = re.compile(r"\b(?:blamed\s+on|blames\s+on|caused\s+by|due\s+to|because\s+of|traced\s+to|put\s+down\s+to|attributed\s+to|"
                        r"pinned\s+on)\s+(?:a|an|the)?\s*$")


# The name as the owner of what failed: "Okta's sign-in service failed", "Epic Games' login servers buckled"
_OWN_THING_FAILED = re.compile(r"['’]s?\s+(?:[\w,-]+\s+){0,6}?(?:failed|crashed|went down|went offline|broke down|stopped working|"
                               r"buckled|collapsed|fell over|was down|were down|went dark"
                               # provider.v14: back after its outage ("Greystone Bank's app is working again after an outage")
                               r"|(?:is|are|was|were) (?:working|running|online|up|back) again after an? (?:[\w-]+ )?(?:outage|failure|disruption))\b")


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _failure_owned_by(name: str, full: str) -> bool:
    """Somewhere in the text a failure is placed at the name, or its own thing failed ("Skyvale's check-in
    systems failed"), in a sentence dated by no year."""
    at = full.find(name)
    while at >= 0:
        end = at + len(name)
        if (end >= len(full) or not full[end].isalnum()) and (at == 0 or not full[at - 1].isalnum()):
            if _failure_placed_at(full, at) or _own_thing_failed(full, end):
                return True
        at = full.find(name, end)
    return False


def _own_thing_failed(full: str, end: int) -> bool:
    return bool(full) and _OWN_THING_FAILED.match(full, end, min(len(full), end + 60)) is not None


# Names given as examples of those hit ("companies such as Zoom and Slack", "many merchants, including Shopify
# stores"): customers of the one whose outage it is, not it
_EXAMPLES_BEFORE = re.compile(r"\b(?:such as|including|like)\s+(?:[A-Z][\w&.'’+-]*(?:\s+[A-Z][\w&.'’+-]*)*"
                              r"(?:\s*,\s*|\s+and\s+|\s+or\s+))*$")


def _given_as_example(full: str, start: int) -> bool:
    # (every match holds one of its three openers: most windows are answered without the regex)
    if not full:
        return False
    window = full[max(0, start - 60):start]
    return ("such as" in window or "including" in window or "like" in window) \
        and _EXAMPLES_BEFORE.search(full, max(0, start - 60), start) is not None


def _called_a_bodys_product(name: str, full: str) -> bool:
    """provider.v20: an apposition gives the name as what a body named by its kind has ("Owlet, the university's AI
    study assistant", "Chargemate, its charging app")."""
    return name in full and re.search(rf"(?<![\w-]){re.escape(name)}, (?:the [a-z]+['’]s|its|their) [^,.;:]{{1,40}}[,.;:]", full) is not None


def _names_owner(full: str, start: int, end: int) -> bool:
    """The name owns the one whose outage it is: "the Amazon-owned maker", "a subsidiary of Microsoft"."""
    return bool(OWNER_AFTER.match(full[end:end + 10]) or owner_before(full[max(0, start - 30):start]))


def _possessed_by(name: str, text: str) -> bool:
    """The text writes the name as an owner ("Gusto's web app"; provider.v21: a plural name's "Harnwick Tickets' queue"): a
    name, not a capitalised word."""
    return f"{name}'s " in text or f"{name}’s " in text or name.endswith("s") and (f"{name}' " in text or f"{name}’ " in text)


def _introduced_by_kind(name: str, text: str) -> bool:
    """The text says what kind of body the name is ("Nos, one of Portugal's three big mobile operators,")."""
    return any(_trim_org(m.group("name") or m.group("name2") or m.group("name3")) == name for m in _ORG_APPOSITION.finditer(text))


def _most_hit(hit: dict[str, float], full: str) -> str:
    """provider.v12: the organisation hit most; between names hit as often, the one the text names most, then first (the
    story's subject, not another case it recalls)."""
    return max(hit, key=lambda n: (hit[n], full.count(n), -full.find(n)))


def _organisations_hit(full: str, sents: list[SentenceInfo], known: list[tuple[int, int]]) -> dict[str, float]:
    """Organisations outside the gazetteer whose service or data the outage sentences say was hit, with a
    score: 1.5 per such sentence, 1.0 per outage sentence that refers back to the body by its kind
    ("the school had no copy" after "the school DataTalks.Club"). Only names shaped as organisations'
    are, or introduced as one: a person whose files were lost is not a provider."""
    kind_of: dict[str, str] = {}
    for m in _ORG_APPOSITION.finditer(full):
        group = next(g for g in ("name", "name2", "name3") if m.group(g))
        name, start = _trim_org(m.group(group)), m.start(group)
        if name and name.lower() not in CALENDAR_NAMES and not any(a < start + len(name) and start < b for a, b in known):
            # (not a month or a day: "In a statement in December, the bank said")
            kind_of.setdefault(name, (m.group("noun") or m.group("noun2") or "company").lower())
    hit: dict[str, float] = {}
    for s in sents:
        if not s.has("OUTAGE", "OUTAGE_STRONG", "CAUSAL", "AI_ACTION"):
            continue
        for pat in (_HIT_OF, _HIT_POSS, _HIT_BEFORE, _HIT_WITHOUT):
            for m in pat.finditer(s.text):
                name = _trim_org(m.group("name"))
                start = s.start + m.start("name")
                if not name or any(a < start + len(name) and start < b for a, b in known):
                    continue
                if name in kind_of or organisation_shaped(name):
                    hit[name] = hit.get(name, 0) + 1.5
        # the sentence's subject owns what was hit: "PocketOS said the agent deleted its database"
        owner = subject_owning_harmed_thing(s.text) if s.text[:1].isupper() and (" its " in s.lower or " their " in s.lower) else None
        if owner is not None:
            name, start = owner[0], s.start + owner[1]
            if not any(a < start + len(name) and start < b for a, b in known):
                hit[name] = hit.get(name, 0) + 1.5
        low = s.lower
        for name, noun in kind_of.items():
            if f"the {noun}" in low and name not in s.text:
                hit[name] = hit.get(name, 0) + 1.0
            elif _owns_thing_after(s, name, known):
                hit[name] = hit.get(name, 0) + 1.5
    return hit


# "its production database", "their booking systems": a thing of the body named last before it
_ITS_THING = re.compile(rf"\b(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?{_HIT_NOUNS}\b")


def _owns_thing_after(s: SentenceInfo, name: str, known: list[tuple[int, int]]) -> bool:
    """A body introduced as one ("his company, Quillstone,") is followed in the sentence by "its <thing>" with
    no known name between: "... working for his company, Quillstone, removed the volume under its database"."""
    at = s.text.find(name)
    if at < 0 or (" its " not in s.lower and " their " not in s.lower):
        return False
    m = _ITS_THING.search(s.text, at + len(name))
    return m is not None and not any(s.start + at + len(name) <= a < s.start + m.start() for a, _ in known)


# provider.v17: "its hosting provider, Coldharbour Compute", "Coldharbour Compute, its hosting provider": a supplier
_SUPPLIER_NOUNS = r"(?:provider|supplier|host|vendor|contractor|subcontractor)"
_OWNER_WORD = r"(?:its|their|his|her|our|[A-Z][\w-]*['’]s)"


def _introduced_as_supplier(name: str, full: str) -> bool:
    """provider.v17: the text introduces the name as another's supplier, beside it: on the cause's side of the outage
    (C7), whatever of its own failed ("a storage array failed at its London site")."""
    if name not in full:
        return False
    written = re.escape(name) + r"(?: [A-Z][\w&-]*){0,2}"
    return re.search(rf"\b{_OWNER_WORD} (?:[\w-]+ ){{0,2}}?{_SUPPLIER_NOUNS},? {written}\b"
                     rf"|\b{written}, {_OWNER_WORD} (?:[\w-]+ ){{0,2}}?{_SUPPLIER_NOUNS}\b", full) is not None


def _places_named(sents: list[SentenceInfo]) -> set[str]:
    """The places the document names: a place is never the organisation hit ("Residents of Westmarsh")."""
    return {e.text for s in sents for e in s.ents if e.label == "REGION"}


def _names_maker(full: str, s: SentenceInfo, e) -> bool:
    """The name stands on the cause's side: the maker of an AI tool ("Anthropic's Claude Code", "an agent
    built by Y"), the owner of the site where the cause struck ("a fire at Y's data centre"), a supplier."""
    after = full[e.end:min(s.end, e.end + 60)]
    if after[:2] in ("'s", "’s") and (_MAKER_AFTER.match(after) or any(o.label == "AI_TOOL" and 0 < o.start - e.end <= 4 for o in s.ents)):
        return True
    before = full[max(s.start, e.start - 50):e.start]
    # (both end-anchored readers of `before` end in "by" or "from" and white space: most windows are answered without them)
    tail = before.rstrip()
    if tail.endswith(("by", "from")) and _MAKER_BEFORE.search(before):
        return True
    # the owner of the site the cause struck, or a supplier: on the cause's side as well
    if s.has("CAUSAL") and _PRODUCT_AFTER.match(after):
        return True
    if _CONTAINER_AFTER.match(after) and _OWNED_BEFORE.search(before):
        return True
    return s.has("CAUSAL", "OUTAGE", "OUTAGE_STRONG") and bool(_SITE_AFTER.match(after)
                                                                or tail.endswith("by") and _SITE_BEFORE.search(before))


# "Gatwick, Heathrow, Manchester and Bristol all reported the same fault": names listed together (three or
# more, parted only by commas and "and"/"or") tell where the outage showed, its reach; each weighs as its
# share of the list, the provider being the one the text singles out.
_LIST_LENGTH = 3
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)\s*")


def _listed_names(s: SentenceInfo, full: str) -> dict[int, int]:
    """Index in s.ents -> the length of the list of names it stands in, for lists of _LIST_LENGTH or more."""
    runs: list[list[int]] = [[0]]
    for i in range(1, len(s.ents)):
        if _LIST_GAP.fullmatch(full, s.ents[i - 1].end, s.ents[i].start):
            runs[-1].append(i)
        else:
            runs.append([i])
    return {i: len(run) for run in runs if len(run) >= _LIST_LENGTH for i in run}


# How close a provider named for its own service must come to a lead named as a tool's maker to take its place.
_CLOSE_SCORE = 0.75
# the score of one mention in a sentence that tells no outage and no cause, nowhere near an outage word
_PASSING_MENTION = 1.0


def _provider_of(e) -> str:
    """The provider an entity names: itself, or a service's provider ("Microsoft 365|Outlook")."""
    return e.ent_id.split("|", 1)[0] if e.label in ("PROVIDER", "SERVICE") else ""


def _sister_named_as_failing(gaz: Gazetteer, lead: str, outside_causes: set[str], scores: dict[str, float]) -> str | None:
    """The best-scored provider of the lead's company named outside the sentences that give a cause."""
    own = gaz.provider(lead)
    if own is None:
        return None
    sisters = [p for p in gaz.provider_by_company.get(own.company.lower(), ()) if p != lead and p in outside_causes
               and scores.get(p, 0) > 0]
    return max(sisters, key=lambda p: scores[p]) if sisters else None


_POSSESSIVE_END = re.compile(r"['’]s$")


def _tied_unknown_name(gaz: Gazetteer, unknown_names: tuple[str, ...], text: str, full: str) -> str | None:
    """The first name relevance tied to the outage that is a provider's: a brand word found in a brand's
    construction, or a name the gazetteer lacks ("Customers of Zapnet could not call") that the text (its title
    included) keeps using or that is shaped, possessed, introduced or spoken for as an organisation's (not a
    one-off capitalised word: "Affected", "DNS-based"). provider.v20: a name the text calls a body's product ("Penny,
    the bank's payments app") is tried after the others, which may name that body ("Customers of Brindle Bank")."""
    products = [name for name in unknown_names if _called_a_bodys_product(name, full)]
    for name in [n for n in unknown_names if n not in products] + products:
        if name in gaz.ambiguous_surfaces:
            return gaz.canonical_provider(name)
        name = _POSSESSIVE_END.sub("", name)  # provider.v14: tied as an owner ("Norsk Hydro's offices"), tested bare
        if is_place_adjective(name):
            continue  # provider.v13: "for European customers" names where they were, no body
        if "-" not in name and (text.count(name) >= 2 or organisation_shaped(name) or _possessed_by(name, text)
                                # provider.v17: "Brindle" of "Brindle & Co stores": shaped so in full
                                or organisation_shaped(_full_organisation_name(name, text)) or explains_an_outage(name, full)
                                or introduced_as_body(name, full) or _introduced_by_kind(name, full)
                                or has_spokesperson(name, full) or described_as_body(name, full)
                                or named_after_its_kind(name, full) or named_with_its_outlets(name, full)
                                or tied_as_taken_down_or_runner(name, full) or used_by_clients(name, full)):
            return _full_organisation_name(name, text)
    return None


# Countries a multinational's national company is named after ("Vodafone Portugal", "Orange Belgium", "T-Mobile US")
COUNTRIES = ("Portugal Spain France Germany Italy Ireland Belgium Netherlands Austria Switzerland Sweden Norway Denmark "
             "Finland Poland Greece Romania Hungary Czechia Albania Malta Iceland Luxembourg Ukraine Turkey Egypt Kenya "
             "Nigeria Ghana Tanzania Uganda Qatar India Pakistan Japan Korea Australia Canada Mexico Brazil Argentina "
             "Chile Colombia Peru UK US USA Deutschland España Italia Nederland Schweiz").split()
_NATIONAL_COMPANY = re.compile(rf"\s(?P<country>{'|'.join(COUNTRIES)})\b(?![ -][A-Z])")


def _national_company(gaz: Gazetteer, provider: str | None, text: str) -> str | None:
    """The national company a text names by the provider's name and one country only ("Vodafone Portugal"):
    whose service it is (not "Vodafone Portugal Group" or "Orange Spain and Orange France")."""
    record = gaz.provider(provider) if provider else None
    if record is None:
        return None
    countries = set()
    for surface in {record.name, *record.aliases}:
        at = text.find(surface + " ")
        while at >= 0:
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_"):
                m = _NATIONAL_COMPANY.match(text, at + len(surface))
                if m:
                    countries.add(m.group("country"))
            at = text.find(surface + " ", at + 1)
    if len(countries) != 1:
        return None
    national = f"{record.name} {countries.pop()}"
    # (a national name the gazetteer keeps as the provider's alias is that provider: "Vodafone UK")
    return None if gaz.provider_by_alias.get(national.lower()) == record.name else national


# provider.v16: a provider introduced as the one that runs the service the text speaks of ("Amazon Games, which publishes the
# game in the West", "the Nagoya Harbor Transportation Association, which operates the terminal system"): whose service
# it is, whoever made it or whatever place it serves
_OPERATOR_AFTER = re.compile(r",\s+(?:which|that|who)\s+(?:runs|operates|publishes|manages|ran|operated|published|managed)\s+"
                             r"(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:game|games|system|systems|service|services|terminals?|"
                             r"network|platform|app|site|website)\b")
_OPERATOR_WEIGHT = 3.0  # (as strong as the title: the text says outright whose service it is)
# A shared supplier whose system failed for its customers (C7: its service was down): named as the one that supplies
# or runs the system ("Collins Aerospace, whose software runs the shared desks", "the software, supplied by the firm
# Brightgate", "Dealerline, which runs sales systems for dealers") ...
_SUPPLIED_THINGS = r"(?:software|system|systems|platform|platforms|service|services|product|products|tool|tools|network)"
_SUPPLIER_NAMED = re.compile(
    rf"(?P<name>{_NAME_PART}(?: (?:&|of|{_NAME_PART})){{0,3}}), whose (?:[\w-]+ ){{0,3}}?{_SUPPLIED_THINGS} "
    rf"(?:runs?|powers?|handles?|serves?|underpins?|supports?)\b"
    rf"|\b{_SUPPLIED_THINGS}(?:, [^,.;]{{1,40}},)? (?:[\w-]+ ){{0,3}}?(?:is |was |are |were )?(?:supplied|provided|made|developed|built|run|operated) "
    rf"by (?:the |an? )?(?:(?:[\w-]+ ){{0,3}}?(?:firm|company|group|supplier|vendor|provider|maker|contractor|specialist) )?"
    rf"(?P<name2>{_NAME_PART}(?: (?:&|of|{_NAME_PART})){{0,3}})"
    rf"|(?P<name3>{_NAME_PART}(?: (?:&|of|{_NAME_PART})){{0,3}}), (?:which|that|a company that|the company that) "
    rf"(?:supplies|provides|makes|runs|operates|develops|builds) (?:[\w-]+ ){{0,4}}?{_SUPPLIED_THINGS}\b")
# ... when the text places the failure at a supplier, as its customers tell it ("blaming a technical issue at a
# third-party supplier", "after a cyberattack on its service provider")
_FAILURE_AT_SUPPLIER = re.compile(r"\b(?:at|on|with|of|affecting|hitting) (?:a|an|the|its|their|one of (?:its|their)) "
                                  r"(?:[\w-]+ ){0,2}?(?:suppliers?|service providers?|software providers?|vendors?|contractors?)\b")


# A failure or an attack, as placed at a name ("the ransomware attack on Collins")
_FAILURE_WORDS = "(?:" + "|".join(sorted(FAILURE_NOUNS | {"attack", "attacks", "cyberattack", "cyberattacks", "cyber-attack",
                                                           "cyber-attacks", "incident", "incidents", "breach", "breaches",
                                                           "hack", "hacks"})) + ")"


def _shared_supplier(full: str, known: list[tuple[int, int, str]]) -> str | None:
    """The one supplier the text names as supplying the system that failed, when it places the failure at a
    supplier: whose service was down. `known`: (start, end, provider) of the gazetteer's names."""
    if "suppl" not in full and "provider" not in full and "vendor" not in full and "whose" not in full:
        return None
    at_supplier = _FAILURE_AT_SUPPLIER.search(full) is not None
    named = set()
    for m in _SUPPLIER_NAMED.finditer(full):
        group = next(g for g in ("name", "name2", "name3") if m.group(g))
        name, start = _trim_org(m.group(group)), m.start(group)
        if not name:
            continue
        inside = [p for a, b, p in known if a < start + len(name) and start < b]
        named.add(inside[0] if inside else name)
    if len(named) != 1:
        return None
    supplier = named.pop()
    # (the failure placed at a supplier, or at this one: "the ransomware attack on Collins")
    if at_supplier or re.search(rf"\b{_FAILURE_WORDS} (?:on|at|in|with|affecting|hitting) (?:the )?{re.escape(supplier.split(' ')[0])}\b",
                                full):
        return supplier
    return None


def choose_provider(gaz: Gazetteer, d: dict, sents: list[SentenceInfo], title_ents: list, title_hits: list, text: str = "",
                    full: str = "", unknown_names: tuple[str, ...] = (), data_dir: Path = DATA_DIR) -> str | None:
    """`title_ents`, `title_hits`: the title's ow_ents and ow_hits (empty without a title); `text`: the
    title and the text, for the kind of service they speak of; `full`: the text the sentences index;
    `unknown_names`: names outside the gazetteer that relevance tied to the outage; `data_dir`: the
    gazetteer files `gaz` was loaded from (their providers.json has the kinds of service)."""
    if d.get("source_kind") == "vendor" and d.get("provider"):
        return gaz.canonical_provider(str(d["provider"]))
    provider = _choose(gaz, d, sents, title_ents, title_hits, text, full, unknown_names, data_dir)
    if provider and gaz.provider(provider) is None and (text or full):
        bare = _POSSESSIVE_END.sub("", provider)
        if bare != provider and re.search(rf"\b{re.escape(bare)}\b(?!['’])", text or full):
            provider = bare  # provider.v11: "Pallwick's outage" of Pallwick, which the text also writes bare (not "Wendy's")
        # a name the gazetteer lacks, in the longest form the text writes it ("Kettlebrook" -> "Kettlebrook Studios")
        provider = _full_organisation_name(provider, text or full)
    if full:
        known = [(e.start, e.end, _provider_of(e)) for s in sents for e in s.ents if e.label in ("PROVIDER", "SERVICE")]
        provider = _shared_supplier(full, known) or provider
    return _national_company(gaz, provider, text or full) or provider


def _choose(gaz: Gazetteer, d: dict, sents: list[SentenceInfo], title_ents: list, title_hits: list, text: str,
            full: str, unknown_names: tuple[str, ...], data_dir: Path) -> str | None:
    scores: dict[str, float] = {}
    first: dict[str, int] = {}
    company_hits: dict[str, float] = {}
    as_maker: dict[str, float] = {}  # the part of a provider's score that names it as a tool's maker
    as_medium: dict[str, float] = {}  # the part that names it as where words were published
    # provider.v17: an AI system the text names ("Sorrel, the AI operations agent the company introduced") is the tool
    # that acted: no organisation tied to the outage or hit by it
    coined = coined_ai_names(full) if full else frozenset()
    if coined:
        unknown_names = tuple(n for n in unknown_names if n not in coined)

    def count(label: str, ent_id: str, weight: float, order: int, maker_role: bool = False) -> None:
        if label == "PROVIDER":
            scores[ent_id] = scores.get(ent_id, 0) + weight
            first.setdefault(ent_id, order)
            if maker_role:
                as_maker[ent_id] = as_maker.get(ent_id, 0) + weight
        elif label == "SERVICE":
            prov = ent_id.split("|", 1)[0]
            scores[prov] = scores.get(prov, 0) + 0.6 * weight
            first.setdefault(prov, order)
        elif label == "AI_TOOL":
            # an AI tool speaks for its maker when the maker is a provider ("Gemini CLI" -> Google)
            tool = gaz.ai_by_alias.get(ent_id.lower())
            maker = ent_id if gaz.provider(ent_id) is not None else (tool.vendor if tool and gaz.provider(tool.vendor) else None)
            if maker:
                scores[maker] = scores.get(maker, 0) + 0.7 * weight
                first.setdefault(maker, order)
                as_maker[maker] = as_maker.get(maker, 0) + 0.7 * weight
        elif label == "COMPANY":
            company_hits[ent_id] = company_hits.get(ent_id, 0) + weight
            first.setdefault("company:" + ent_id, order)
        elif label == "REGION" and (cloud := cloud_of_region(ent_id)) and _names_company_of(cloud):
            # a cloud's region in its own naming, in a text that names the cloud's company ("the Australia East outage …
            # Microsoft's own review"): a mention of that cloud
            scores[cloud] = scores.get(cloud, 0) + 0.8 * weight
            first.setdefault(cloud, order)

    named_companies: set[str] = set()  # the companies the text names, found when a cloud's region is first met

    def _names_company_of(cloud: str) -> bool:
        """The text names the cloud's company, for its region to count as a mention of the cloud."""
        if not named_companies:
            named_companies.add("")  # (looked at once)
            for s in sents:
                for e in s.ents:
                    if e.label == "COMPANY":
                        named_companies.add(e.ent_id.lower())
                    elif e.label in ("PROVIDER", "SERVICE") and (rec := gaz.provider(_provider_of(e))) is not None:
                        named_companies.add(rec.company.lower())
        rec = gaz.provider(cloud)
        return rec is not None and rec.company.lower() in named_companies

    def near_outage(tok: int, outage_toks: list[int]) -> bool:
        # "Slack's outage", "the Microsoft outage", "outage at Fastly": whose outage it is
        return any(abs(t - tok) <= 3 for t in outage_toks)

    order = 0
    cleared: set[str] = set()  # providers the text clears of any problem
    placed_known: set[str] = set()  # providers a failure is placed at, or whose thing failed, in some sentence
    t_out = [s for f, s, _ in title_hits if f in ("OUTAGE", "OUTAGE_STRONG")]
    title = text[:len(text) - len(full) - 1] if full and text.endswith(full) else ""
    # provider.v17: the bare ordinary-word names the body writes inside longer names ("Times Square") are no mentions;
    # in a title, whose words are capitalised anyway, such a name counts only if the body uses it as a name too
    in_longer_names = {(e.start, e.end) for s in sents for e in s.ents
                       if e.label == "PROVIDER" and full and _inside_a_longer_name(gaz, full, e.start, e.end)}
    if in_longer_names:
        named_in_body = {e.ent_id for s in sents for e in s.ents if (e.start, e.end) not in in_longer_names}
        title_ents = [t for t in title_ents if not (t[0] == "PROVIDER" and t[1] not in named_in_body
                                                    and title[t[4]:t[5]].split(" ", 1)[0] in gaz.ambiguous_surfaces)]
    title_employers = bool(title) and _may_name_employer(title.lower())
    short_forms = _short_forms(sents, title_ents, title)
    for label, ent_id, start, _, start_char, end_char in title_ents:
        label, ent_id = short_forms.get((label, title[start_char:end_char]), (label, ent_id))
        if label in ("PROVIDER", "COMPANY") and title_employers and _names_employer(title, 0, start_char, end_char, len(title)):
            weight = _TITLE_WEIGHT * _EMPLOYER_WEIGHT  # an outage word near a person's employer is not its outage
        else:
            weight = _TITLE_WEIGHT + (2.0 if near_outage(start, t_out) else 0.0)
        count(label, ent_id, weight, order)
        order += 1
    outside_causes: set[str] = set()  # providers named in a sentence (or a title) that tells a failure, not its cause
    if t_out and not any(f == "CAUSAL" for f, _, _ in title_hits):
        outside_causes.update(e[1].split("|", 1)[0] for e in title_ents if e[0] in ("PROVIDER", "SERVICE"))
    for s in sents:
        if not s.ents:
            continue  # nothing named: nothing to count
        w = 1.5 if s.has("OUTAGE_STRONG", "CAUSAL") else 1.0
        if s.has("OUTAGE", "OUTAGE_STRONG") and not s.has("CAUSAL"):
            outside_causes.update(_provider_of(e) for e in s.ents)
        s_out = [t for f in ("OUTAGE", "OUTAGE_STRONG") for t, _ in s.hits.get(f, ())]
        listed = _listed_names(s, full) if len(s.ents) >= _LIST_LENGTH else {}
        may_employ = bool(full) and _may_name_employer(s.lower)
        for i, e in enumerate(s.ents):
            if (e.start, e.end) in in_longer_names:
                continue
            maker_role = e.label == "PROVIDER" and bool(full) and _names_maker(full, s, e)
            if may_employ and e.label in ("PROVIDER", "COMPANY") and _names_employer(full, s.start, e.start, e.end, s.end):
                weight = w * _EMPLOYER_WEIGHT / listed.get(i, 1)
            elif e.label in ("PROVIDER", "COMPANY", "SERVICE") and _cleared(full, e.end, s.end):
                weight = w * _CLEARED_WEIGHT / listed.get(i, 1)  # "AWS reported no problems of its own"
                cleared.add(e.ent_id.split("|", 1)[0])
            elif e.label in ("PROVIDER", "COMPANY", "SERVICE") and _names_medium(full, e.start, e.end):
                weight = w * _MEDIUM_WEIGHT / listed.get(i, 1)  # "confirmed in a post on LinkedIn": where it was said
                if e.label == "PROVIDER":
                    as_medium[e.ent_id] = as_medium.get(e.ent_id, 0) + weight
            elif e.label in ("PROVIDER", "COMPANY") and _names_owner(full, e.start, e.end):
                weight = w * _EMPLOYER_WEIGHT / listed.get(i, 1)  # "the Amazon-owned maker of cameras": whose it is
            elif e.label in ("PROVIDER", "COMPANY", "SERVICE") and _given_as_example(full, e.start):
                weight = w * _EMPLOYER_WEIGHT / listed.get(i, 1)  # "companies such as Zoom and Slack": those hit
            else:
                # (the owner's bonus is not given in a sentence dated by a year, which may recall an earlier outage:
                # "In November 2023, OpenAI's ChatGPT went down repeatedly")
                placed = _failure_placed_at(full, e.start) or (_own_thing_failed(full, e.end) and not _YEAR.search(s.text))
                if placed:
                    placed_known.add(_provider_of(e))
                weight = (w + (1.0 if near_outage(e.tok, s_out) else 0.0)
                          + (_FAILURE_PLACED_WEIGHT if placed else 0.0)
                          + (_OPERATOR_WEIGHT if e.label == "PROVIDER" and _OPERATOR_AFTER.match(full, e.end) else 0.0)
                          ) / listed.get(i, 1)
            count(*short_forms.get((e.label, e.text), (e.label, e.ent_id)), weight, order, maker_role)
            order += 1
    # A bare company name ("Amazon", "Microsoft") counts for the provider of that company that the
    # document's services and the kind of service it speaks of point to ("shoppers could not check
    # out" -> the shop, "a zone in Paris" -> the cloud); with neither, for the provider that bears
    # the company's own name, else the company's first (main) provider.
    kinds: _KindCounts | None = None
    for company, weight in company_hits.items():
        provs = gaz.provider_by_company.get(company.lower(), ())
        if not provs:
            continue
        if len(provs) > 1 and kinds is None:
            # (a cloud's region named as clouds name them, "Australia East", "us-east-1", speaks of a cloud)
            kinds = _KindCounts(text.lower(), data_dir, sents)
        kind_of = _company_kinds(data_dir)[0]
        target = max(provs, key=lambda p: (scores.get(p, 0) + 0.3 * (kinds or {}).get(kind_of.get(p, ""), 0),
                                           p == company, -provs.index(p)))
        scores[target] = scores.get(target, 0) + 0.8 * weight
        first.setdefault(target, first.get("company:" + company, 10**6))
    title_end = len(text) - len(full) - 1 if full and text.endswith(full) else 0
    for prov, weight in _bare_brand_uses(gaz, sents, text or full, title_end).items():
        scores[prov] = scores.get(prov, 0) + weight
        first.setdefault(prov, order)
    # (provider.v14: not a provider the text clears, "SAS flights were not affected": "the airline" is another one)
    for prov, n in _head_noun_references([p for p in scores if p not in cleared], full).items():
        scores[prov] += n
    for prov, weight in as_medium.items():
        if round(scores.get(prov, 0) - weight, 6) <= 0:
            del scores[prov]  # named only as where someone wrote: no candidate at all
    lead = max(scores, key=lambda p: (scores[p], -first.get(p, 10**6))) if scores else None
    if lead is not None and lead not in outside_causes:
        # C7: named in no sentence that tells a failure without its cause ("a network change in Azure had
        # caused it"), while a sister provider of the same company is ("Outlook and Teams users were locked
        # out"): the sister's services were down
        lead = _sister_named_as_failing(gaz, lead, outside_causes, scores) or lead
    if lead in cleared and unknown_names and scores[lead] < 1.0:
        lead = None  # named only to be cleared ("AWS reported no problems of its own"): the name tied to the outage
    elif lead is not None and unknown_names and scores[lead] <= _PASSING_MENTION:
        # named once in passing, in no outage sentence ("telling followers on X"), while the text ties a name
        # it lacks to the outage ("Enrichlead ... went offline"): that name is whose outage it is
        tied = _tied_unknown_name(gaz, unknown_names, text or full, full or text)
        if tied is not None:
            return tied
    # A provider named mostly as the maker of the tool that did the damage gives way to an organisation
    # whose service or data the text says was hit ("an AI assistant erased the database of X").
    if full and (lead is None or as_maker.get(lead, 0) >= 0.5 * scores[lead]):
        # (a place inside a longer name does not make the name known: "Japan Airlines")
        known = [(e.start, e.end) for s in sents for e in s.ents if e.label != "REGION"]
        places = _places_named(sents)
        hit = {n: v for n, v in _organisations_hit(full, sents, known).items() if n not in places and not is_place_adjective(n)}
        if hit:
            hit = {n: v for n, v in hit.items() if n not in coined and not _introduced_as_supplier(n, full)}
        if hit:
            victim = _most_hit(hit, full)
            if lead is None and (tied := _tied_unknown_name(gaz, unknown_names, text or full, full)) is not None \
                    and tied != victim and organisation_shaped(tied) \
                    and full.count(tied.split(" ", 1)[0]) > full.count(victim.split(" ", 1)[0]):
                # provider.v17: with no known provider, an organisation's name relevance tied to the outage that the text
                # names more often than the organisation hit is whose outage it is (a customer that lost its sites is hit too)
                return tied
            # (a tie goes to the organisation hit; rounded, as the scores are sums of fractions)
            if lead is None or round(hit[victim] - (scores[lead] - as_maker.get(lead, 0)), 6) >= 0:
                return victim
        elif lead is not None:
            # no organisation hit: a known provider named for its own service, about as often, is whose
            # outage it is ("OpenAI's ChatGPT was unavailable ... Anthropic's Claude also returned errors")
            own = [p for p in scores if as_maker.get(p, 0) < 0.5 * scores[p]]
            if own:
                best = max(own, key=lambda p: (scores[p], -first.get(p, 10**6)))
                if scores[best] >= _CLOSE_SCORE * scores[lead]:
                    return best
    if lead is not None and unknown_names and lead not in placed_known and full:
        # a name the gazetteer lacks whose own thing failed ("Skyvale's check-in systems failed") over a known one
        # no failure is placed at (the airport the passengers were stranded at)
        owner = next((n for n in unknown_names if _failure_owned_by(n, full)), None)
        tied = _tied_unknown_name(gaz, (owner,), text or full, full or text) if owner else None
        if tied is not None:
            return tied
    if lead is not None:
        return lead
    tied = _tied_unknown_name(gaz, unknown_names, text or full, full or text)
    if tied is not None:
        return tied
    hint = d.get("provider")
    if hint:
        return gaz.canonical_provider(str(hint))
    # no name tied to the outage by any rule: the organisation the report keeps naming, if one stands out
    return salient_organisation(title, full or text, d.get("outlet"), _known_surfaces(gaz), _place_names(gaz))


_NAME_SETS: dict[int, tuple[Gazetteer, frozenset[str], frozenset[str]]] = {}


def _known_surfaces(gaz: Gazetteer) -> frozenset[str]:
    """Every name the gazetteer knows, lower-cased: weighed by the rules already."""
    return _name_sets(gaz)[1]


def _place_names(gaz: Gazetteer) -> frozenset[str]:
    return _name_sets(gaz)[2]


def _name_sets(gaz: Gazetteer) -> tuple[Gazetteer, frozenset[str], frozenset[str]]:
    # (kept per gazetteer object, which holds dicts and cannot be an lru_cache key; the entry keeps it alive)
    sets = _NAME_SETS.get(id(gaz))
    if sets is None:
        known = (frozenset(gaz.provider_by_alias) | frozenset(gaz.provider_by_company) | frozenset(gaz.service_by_surface)
                 | frozenset(gaz.ai_by_alias))
        # (with the adjectives of places: "Scottish customers" names no organisation)
        sets = _NAME_SETS[id(gaz)] = (gaz, known, frozenset(gaz.region_names) | frozenset(COUNTRIES) | place_adjectives())
    return sets
