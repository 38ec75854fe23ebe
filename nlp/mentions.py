"""Which outage each sentence speaks of (mentions.v2: "back in <date>" recalls; see docs/patterns.md).

An article about a December outage that recalls an October one speaks of two incidents. A sentence
opens a recalled incident when it carries a recall cue ("an earlier outage", "last year",
"a similar incident", "recalls") together with a date a month or more away from the primary
incident's, or names another provider next to a recall cue, or names another provider's outage
at a date a month or more away. The recalled incident keeps the
following sentences of the same paragraph unless one of them returns to the primary's date.
A sentence that opens with a date a month or more away from the primary's ("In October, a DNS
failure …", "On June 2, Google's network …") and speaks of an outage or its cause is a recalled
incident too, cue or no cue. Another provider is one of another company: "Microsoft 365" in an
article on an Azure outage is the same company's, and a bare company name ("Google") counts for
its provider.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from nlp.gazetteer import Gazetteer
from nlp.relevance import ai_destroyed
from nlp.sentences import SentenceInfo
from nlp.temporal import TimePoint


@dataclass
class IncidentGroup:
    primary: bool
    provider: str | None
    key: str  # "primary" or the month/year of a recalled outage
    sentences: set[int] = field(default_factory=set)
    everything_else: bool = False  # the primary owns every sentence not claimed by a recalled one
    concurrent: bool = False  # another company's outage told beside this one, at the same time

    def owns(self, sentence: int) -> bool:
        return sentence in self.sentences


def _month_index(iso: str) -> int | None:
    try:
        y = int(iso[:4])
        m = int(iso[5:7]) if len(iso) >= 7 else None
    except ValueError:
        return None
    return y * 12 + (m - 1) if m else None


def _recall_is_the_date(s: SentenceInfo, pts) -> bool:
    """Every recall cue of the sentence lies inside one of its dates ("last month")."""
    doc = s.span.doc
    spans = [(p.start, p.end) for p in pts]
    return all(any(a <= doc[t].idx < b for a, b in spans) for t, _ in s.hits.get("RECALL", ()))


# "back in August", "back in 2019": a date set back from the time of writing tells an earlier event
# (read only in sentences that hold a date, after a substring test).
_BACK_IN = re.compile(r"\bback in\b", re.I)


def _dated_back(s: SentenceInfo, pts) -> bool:
    return bool(pts) and s.may_contain("back in") and _BACK_IN.search(s.text) is not None


def _primary_month(sents: list[SentenceInfo], points: dict[int, list[TimePoint]], ref: date,
                   others: dict[int, tuple[str, int, int] | None]) -> tuple[int, bool]:
    """The month of the first dated outage sentence that neither recalls nor names another company's
    provider ("In March 2021 a fire destroyed one of OVHcloud's data centres" in a Google article is
    not the primary's date), and True; else the publication month and False. `others`: each
    sentence's _other_provider_at."""
    for recall_ok in (False, True):
        # a recall cue that is only the date itself ("last month") in the only dated outage sentence
        # still dates the primary: "a single command … disconnected Microsoft's cloud for hours last month"
        for s in sents:
            outage = s.has("OUTAGE") or (recall_ok and (s.has("OUTAGE_STRONG") or bool(s.cause_families())))
            if not outage or others[s.index] is not None:
                continue
            pts = points.get(s.index, ())
            if s.has("RECALL") and not (recall_ok and _recall_is_the_date(s, pts)):
                continue
            if _dated_back(s, pts):
                continue
            for p in pts:
                # a clock time whose day was only guessed from publication says nothing of the month
                mi = _month_index(p.iso) if p.dated or not p.day_guessed else None
                if mi is not None:
                    return mi, True
    return ref.year * 12 + ref.month - 1, False


# With no sentence dating the primary, it is known only to precede publication: a day this close to
# it ("on the morning of 30 July" in a feature of 16 August) may be the primary's own, whatever the
# month; only a day further back is another outage's.
_NEAR_PUBLICATION_DAYS = 31


def _away_from(p: TimePoint, pm: int, ref: date | None) -> bool:
    """The point lies a month or more away from the primary's month (or, when the primary's date is
    only the publication's, `_NEAR_PUBLICATION_DAYS` or more before that day)."""
    mi = _month_index(p.iso)
    if mi is None or abs(mi - pm) < 1:
        return False
    if ref is not None and p.precision in ("day", "minute") and p.day is not None:
        return abs((ref - p.day).days) >= _NEAR_PUBLICATION_DAYS
    return True


_START_WORD = re.compile(r"\b(?:began|begun|started|starting|onset)\b", re.I)
_RELATIVE_TIME = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|minutes?|shortly|just|soon)\s+(?:after|before|earlier)\b|\b(?:earlier|previous|prior|ago)\b|"
                            r"\blast (?:week|month|year|autumn|spring|summer|winter)\b", re.I)


def _other_provider_at(s: SentenceInfo, provider: str | None, gaz: Gazetteer) -> tuple[str, int, int] | None:
    """A provider of another company named in the sentence (a bare company name counts for its
    provider that the sentence's services point to, else its first), and the tokens where the
    sentence names it (first, one past last)."""
    if not s.ents:
        return None
    own = gaz.provider(provider) if provider else None
    own_company = own.company.lower() if own else None

    def foreign(prov: str) -> bool:
        rec = gaz.provider(prov)
        return prov != provider and (rec is None or own_company is None or rec.company.lower() != own_company)

    # (_not_a_party, a few regexes, is asked last: only of a name that would otherwise count)
    for e in s.ents:
        if e.label == "PROVIDER" and foreign(e.ent_id) and not _not_a_party(s, e):
            return e.ent_id, e.tok, max(e.end_tok, e.tok + 1)
        if e.label == "AI_TOOL":
            # "Replit's AI agent deleted …": an AI tool stands for its maker
            tool = gaz.ai_by_alias.get(e.ent_id.lower())
            maker = e.ent_id if gaz.provider(e.ent_id) else (tool.vendor if tool and gaz.provider(tool.vendor) else None)
            if maker and foreign(maker) and not _not_a_party(s, e):
                return maker, e.tok, max(e.end_tok, e.tok + 1)
    named = [e.ent_id.split("|", 1)[0] for e in s.ents if e.label in ("SERVICE", "PROVIDER")]
    for e in s.ents:
        if e.label != "COMPANY":
            continue
        provs = gaz.provider_by_company.get(e.ent_id.lower(), ())
        if not provs or not foreign(provs[0]) or _not_a_party(s, e):
            continue
        return next((p for p in named if p in provs), provs[0]), e.tok, max(e.end_tok, e.tok + 1)
    return None


_CHANNEL_BEFORE = re.compile(r"\b(?:said|says|wrote|writes|posted|posts|tweeted|announced|confirmed|explained|added|"
                             r"writing|posting|tweeting)\s+(?:on|via)\s+$", re.I)
# Who owns the provider: "owned by Alphabet", "a subsidiary of Microsoft", "its parent,", "the Amazon-owned site"
OWNER_BEFORE = re.compile(r"\b(?:owned|acquired|bought|backed|run) by\s+(?:the\s+)?$|\bparent(?: company)?,?\s+$|"
                          r"\b(?:subsidiary|unit|division|arm) of\s+(?:the\s+)?$", re.I)
# (mentions.v?: a maker or runner named in a compound, "the exchange's Fujitsu-built trading platform", "a
# Siemens-made controller", is no outage's owner either)
OWNER_AFTER = re.compile(r"^(?:-| )(?:owned|backed)\b|^-(?:built|made|designed|developed|supplied|run|operated)\b", re.I)
# The last words every match of these end-anchored patterns ends with, before white space: a window that ends otherwise
# is answered without the regex (which is tried at every position of the window)
_CHANNEL_ENDS = ("on", "via")
_OWNER_ENDS = ("by", "the", "parent", "company", ",", "of")


def _may_end_with(window: str, ends: tuple[str, ...]) -> bool:
    """Whether `window`, without the white space at its end, may end with one of `ends` (lower case) in any case: on
    ASCII text whether it does; other text always may (re.I folds a few non-ASCII letters onto ASCII ones)."""
    return not window.isascii() or window.rstrip().lower().endswith(ends)


def channel_before(window: str) -> bool:
    """_CHANNEL_BEFORE occurs in `window` (a verb of saying and "on"/"via" ending it)."""
    return _may_end_with(window, _CHANNEL_ENDS) and _CHANNEL_BEFORE.search(window) is not None


def owner_before(window: str) -> bool:
    """OWNER_BEFORE occurs in `window` ("owned by", "a subsidiary of", "its parent," ending it)."""
    return _may_end_with(window, _OWNER_ENDS) and OWNER_BEFORE.search(window) is not None


# "Acme's GitHub account", "customers' Salesforce instances", "its AWS tenant": a service someone holds an
# account on is where the harm landed, not another company's outage
# mentions.v?: people who come from a body ("a team including people from the Department of Homeland Security", "experts
# from Mandiant"): the body lends people, it has no outage of its own in the sentence
_PEOPLE_FROM_BEFORE = re.compile(r"\b(?:people|staff|officials|experts|investigators|specialists|representatives|"
                                 r"members|team|teams|delegation|analysts|researchers|engineers) from (?:the )?$")
_HOLDER_BEFORE = re.compile(r"(?:\w['’]s|s['’]|\b(?:its|their|our|your|his|her)) $", re.I)
_HOLDING_AFTER = re.compile(
    r"^ (?:[\w-]+ )?(?:accounts?|instances?|orgs?|organi[sz]ations?|tenants?|tenancy|repositor(?:y|ies)|repos?|"
    r"subscriptions?|buckets?|projects?|workspaces?|environments?|credentials|tokens?|keys?|integrations?|"
    r"databases?|data|records|logins?)\b", re.I)
# "Google's threat intelligence group, which tracks the group, has said …": the name opens the subject of
# a verb of saying (its own noun phrase, an insertion between commas, an auxiliary)
_SUBJECT_TO_SPEECH = re.compile(r"^(?:['’]s(?: [\w-]+){0,4})?(?:, [^,]{1,90},)? (?:(?:has|have|had|also|later|then) )*$")


def _not_a_party(s: SentenceInfo, e) -> bool:
    """A name that is only where the words were posted ("wrote on Twitter"), who owns the provider
    ("the Microsoft-owned service"), a service someone holds an account on ("Salesloft's GitHub
    account"), a body people come from ("investigators from the FBI") or who speaks ("Google's researchers
    have said the thefts ran for ten days") is no outage's owner."""
    before = s.text[max(0, e.start - s.start - 30):e.start - s.start]
    after = s.text[e.end - s.start:e.end - s.start + 10]
    if channel_before(before) or owner_before(before) or OWNER_AFTER.match(after):
        return True
    if before.endswith(("from ", "from the ")) and _PEOPLE_FROM_BEFORE.search(before):
        return True
    if _HOLDER_BEFORE.search(before) and _HOLDING_AFTER.match(s.text[e.end - s.start:e.end - s.start + 40]):
        return True
    return _speaks(s, e)


def _speaks(s: SentenceInfo, e) -> bool:
    """The name is the subject of a verb of saying, and what it says is not of its own ("its", "their")."""
    doc = s.span.doc
    for start, end in s.hits.get("SPEECH", ()):
        if start < e.end_tok or start - e.end_tok > 24:
            continue
        between = s.text[e.end - s.start:doc[start].idx - s.start]
        if _SUBJECT_TO_SPEECH.match(between):
            rest = s.text[doc[end - 1].idx + len(doc[end - 1]) - s.start:].lower()
            return " its " not in f" {rest}" and " their " not in f" {rest}"
        return False
    return False


def _own_event(s: SentenceInfo, other_at: tuple[str, int, int], pts, ai_damage: bool) -> bool:
    """Another company's outage told for itself: it has its own start time, the company owns both an
    outage word and the cause in the sentence, or its AI did the damage the sentence tells ("Around the
    same time an OpenClaw agent went through a researcher's inbox deleting messages")."""
    if ai_damage:
        return True
    if _START_WORD.search(s.text) and any(p.has_time for p in pts) and s.has("OUTAGE", "OUTAGE_STRONG") | bool(s.cause_families()):
        return True
    return bool(s.cause_families()) and _whose_outage(s, other_at[1], other_at[2])


def _whose_outage(s: SentenceInfo, tok: int, end_tok: int) -> bool:
    """The name at `tok` is the outage's owner: right before an outage word ("AWS suffered a lengthy
    outage", "a prolonged AWS disruption") or right after one ("the outage at Fastly"). Not a name that
    speaks of the outage already told ("FIS said the disruption was not an attack": a supplier's word on
    this outage, not an outage of its own)."""
    outage_toks = [t for f in ("OUTAGE", "OUTAGE_STRONG") for t, _ in s.hits.get(f, ())]
    if any(0 <= t - end_tok <= 4 for t in outage_toks) and _speaks_of_the_event(s, end_tok):
        return any(0 < tok - t <= 3 for t in outage_toks)
    return any(0 <= t - end_tok <= 4 or 0 < tok - t <= 3 for t in outage_toks)


_DEFINITE = frozenset(("the", "this", "that", "today's", "wednesday's", "monday's", "tuesday's", "thursday's",
                       "friday's", "saturday's", "sunday's", "yesterday's"))


def _speaks_of_the_event(s: SentenceInfo, end_tok: int) -> bool:
    """A verb of saying follows the name (with at most one word between: "has said") and a definite noun
    phrase follows the verb: the name speaks of an outage the text has told."""
    doc = s.span.doc
    for start, end in s.hits.get("SPEECH", ()):
        if end_tok <= start <= end_tok + 1 and end < s.span.end and doc[end].lower_ in _DEFINITE:
            return True
    return False


def _names_own(s: SentenceInfo, provider: str | None, gaz: Gazetteer) -> bool:
    """The sentence names the primary's provider, its company or its services (or the company's
    other providers: "Microsoft 365" in an Azure article)."""
    own = gaz.provider(provider) if provider else None
    if own is None:
        return False
    company = own.company.lower()
    for e in s.ents:
        ent_prov = e.ent_id.split("|", 1)[0] if e.label == "SERVICE" else e.ent_id
        rec = gaz.provider(ent_prov) if e.label in ("PROVIDER", "SERVICE") else None
        if rec is not None and rec.company.lower() == company:
            return True
        if e.label == "COMPANY" and e.ent_id.lower() == company:
            return True
    return False


def _opens_with_date(s: SentenceInfo, far_starts: list[int]) -> bool:
    """"In October, …", "On June 2, …", "In March 2021 a fire …": the sentence is set at that date."""
    return any(0 <= st - s.start <= 3 for st in far_starts)


def assign_incidents(sents: list[SentenceInfo], points: dict[int, list[TimePoint]], provider: str | None,
                     ref: date, gaz: Gazetteer) -> list[IncidentGroup]:
    primary = IncidentGroup(True, provider, "primary")
    recalled: dict[str, IncidentGroup] = {}
    # another company's provider named in each sentence, looked up once (it is asked several times)
    others = {s.index: _other_provider_at(s, provider, gaz) for s in sents}
    pm, dated_in_text = _primary_month(sents, points, ref, others)
    by_publication = None if dated_in_text else ref
    current: IncidentGroup | None = None
    current_par = -1
    last_other: IncidentGroup | None = None  # the group of the sentence before, when it was not the primary's
    for s in sents:
        if s.paragraph != current_par:
            carried = last_other if last_other is not None and last_other.provider != provider else None
            current, current_par = None, s.paragraph
            if carried is not None and _names_own(s, carried.provider, gaz) and not _names_own(s, provider, gaz):
                # mentions.v?: a paragraph that opens on the recalled company alone goes on with its story ("Maersk's
                # chairman later said the company had reinstalled 4,000 servers …" after the paragraph on its attack)
                current = carried
        pts = points.get(s.index, ())
        if pts:
            away = [_away_from(p, pm, by_publication) for p in pts]
            far = [(_month_index(p.iso), p.iso) for p, a in zip(pts, away) if a]
            near = [mi for p, a in zip(pts, away) if not a and (mi := _month_index(p.iso)) is not None]
            # a bare year beside a day of the primary's month dates something else ("an engineer who left
            # last year described the flood that reached Azure on 30 July")
            year_only = [] if near else [p.iso for p in pts if p.precision == "year" and p.iso != str(ref.year)]
            far_starts = [p.start for p, a in zip(pts, away) if a]
        else:
            far, near, year_only, far_starts = [], [], [], []  # most sentences name no time
        other_at = others[s.index]
        other_prov = other_at[0] if other_at else None
        # "similar errors at Anthropic" beside the primary's name is the same event, not a recalled one
        recalls = s.has("RECALL") or (bool(far or year_only) and _dated_back(s, pts))
        recalled_cue = recalls and (far or year_only or (other_prov and not _names_own(s, provider, gaz)))
        # "In November 2023, OpenAI's ChatGPT went down…" in an article on a 2025 Claude outage
        other_outage = bool(other_prov and far)
        outage_word = s.has("OUTAGE", "OUTAGE_STRONG")
        # an AI's act of destroying is the harm itself ("the agent went through her inbox deleting messages")
        ai_damage = "AI_ACTION" in s.hits and ai_destroyed(s, s.lower)  # (most sentences tell no AI act)
        outage_talk = outage_word or bool(s.cause_families()) or ai_damage
        if outage_word and _opens_with_date(s, far_starts):
            recalled_cue = True  # an outage event set at another date (a cause alone may be the primary's background)
        if outage_word and not near and any(abs(int(y) - pm // 12) >= 2 for y in year_only):
            # "Veterans will remember 2011, when an intrusion kept the network offline for weeks": a bare
            # year two or more years from this outage's, with nothing of its date, is another outage
            recalled_cue = True
        if outage_word and not near and any(abs(mi - pm) >= 2 for mi, _ in far):
            # "smaller than the December 2020 failure, when the login system took down every service":
            # an outage dated months away from this one, with nothing of this one's date
            recalled_cue = True
        # "…came less than a month after Amazon Web Services suffered a lengthy outage": another
        # company's outage placed before or after this one
        related = bool(other_at and _whose_outage(s, other_at[1], other_at[2]) and _RELATIVE_TIME.search(s.text))
        if other_at and not related and not _names_own(s, provider, gaz) and _own_event(s, other_at, pts, ai_damage) \
                and not (not dated_in_text and near and not far):
            # "The second began at 04:09 UTC, when CrowdStrike pushed the update that crashed…", "A null
            # pointer in Google Cloud's Service Control crashed its API gatekeeper": another company's
            # own outage told for itself, at the same time as this one (that sentence only). Not when
            # nothing else dates the primary and this day lies within weeks of publication: the supplier's
            # failure "that crashed millions of computers on Friday, July 19" is then how the primary's
            # own outage began, on that day, and the sentence stays with the primary.
            key = f"other:{other_at[0]}"
            group = recalled.setdefault(key, IncidentGroup(False, other_at[0], key))
            group.sentences.add(s.index)
            group.concurrent = True
            last_other = group
            continue
        if current is not None and current.provider != provider and other_prov != current.provider \
                and (_names_own(s, provider, gaz) or other_prov is not None):
            # back to the primary: "Among the casualties was a service Cloudflare uses", or a third
            # company ("Google Cloud was not affected") after a sentence about AWS
            current = None
        if related and _names_own(s, provider, gaz):
            # the sentence also speaks of the primary: it stays there, and the other outage is listed
            recalled.setdefault(f"other:{other_prov}", IncidentGroup(False, other_prov, f"other:{other_prov}"))
            related = False
        if (s.has("OUTAGE") and recalled_cue) or (outage_talk and (recalled_cue or other_outage)) or related:
            key = far[0][1][:7] if far else (year_only[0] if year_only else f"other:{other_prov}")
            # whose outage: another company's when named and the primary's own provider is not
            prov = other_prov if other_prov and not _names_own(s, provider, gaz) else provider
            if key not in recalled:
                recalled[key] = IncidentGroup(False, prov, key)
            current = recalled[key]
        elif near:
            current = None
        (current or primary).sentences.add(s.index)
        last_other = current
    return [primary, *recalled.values()]
