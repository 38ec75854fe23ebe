"""Where the vendor's account and the press's account conflict (DESIGN.md §7, and the written
definitions the gold labels follow: docs/labelling-guide.md, "Gold disagreements").

Sides: the vendor side is the vendor's own documents and `vendor` claims quoted by the press; the
press side is `press` claims only (the outlet and its own sources). `other` speakers (users,
analysts, monitoring firms, other companies) are on neither side, and a document-level field alone
never makes a disagreement: each kind needs claims on both sides (omission and drift on one).

Kinds: contradiction (cause: the press's root cause differs from the root cause of the vendor's
latest account), denial (the press asserts AI or a cause the vendor has denied), magnitude
(durations that cannot both be true), scope (the press claims a wider reach than the vendor's
widest), omission (the press alleges AI or a cause; no vendor claim addresses the attribute) and
drift (the vendor's own statements changed: cause, count, figure, or an exact start/end time).
One disagreement per (attribute, kind).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter

from data.models import stable_id
from nlp.findings import DEPTH
from nlp.incidents.accounts import Entry, Side, ai_value, cause_value, denies_ai, hours_value
from nlp.incidents.records import Disagreement, IncidentRecord, MentionInfo
from nlp.incidents.times import DAY, HOUR, parse_instant, parse_window

THIRD_PARTY = "third_party"
ATTACK = "cyberattack"
# A press claim that tells what was believed before ("engineers initially believed it was an attack").
_HISTORY = re.compile(r"\b(?:initially|at first|originally|first (?:believed|thought|suspected|blamed)|early reports)\b", re.IGNORECASE)
SCOPE_RANK = {"limited": 0, "regional": 1, "global": 2}
MAGNITUDE_RATIO = 1.5
# Words against a figure or words conflict only when "far longer or shorter": a loose word ("a few
# hours", "days") read from a sentence about something else must not make a gap by itself.
WORDS_RATIO = 3.0
# Rough ranges in hours of the words used instead of figures ("a brief event", "within a few
# hours", "stretched across days"), most specific first. Two durations conflict only when their
# ranges are MAGNITUDE_RATIO apart: "several hours" and "eight hours" can both be true.
DURATION_WORDS = (
    ("few minutes", (0.03, 0.25)), ("momentar", (0.0, 0.1)), ("minutes", (0.02, 1.0)),
    ("half an hour", (0.4, 0.6)), ("brief", (0.0, 2.0)), ("short", (0.0, 2.0)), ("quick", (0.0, 1.0)),
    ("an hour", (0.75, 1.5)), ("few hours", (2.0, 5.0)), ("couple of hours", (1.5, 3.0)), ("several hours", (2.0, 10.0)),
    ("hours", (1.0, 24.0)), ("a morning", (2.0, 6.0)), ("an afternoon", (2.0, 6.0)),
    # a day at work or the waking day ("offline for most of the working day", "down all day")
    ("working day", (4.0, 10.0)), ("business day", (4.0, 10.0)), ("all day", (8.0, 24.0)), ("the day", (6.0, 24.0)),
    ("a day", (12.0, 36.0)),
    ("a week", (120.0, 240.0)),
    # "for most of a Friday", "much of the day" (after "a week": "most of a week" is a week)
    ("most of a", (6.0, 24.0)), ("much of a", (4.0, 24.0)),
    ("days", (36.0, 336.0)), ("weeks", (240.0, 1500.0)),
)
# A time since or until something ("A week after the booking system went down", "two days later", "a day ago") is no
# length of the outage: its words are read out before the rest is matched
_TIME_SINCE = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|\d+)\s+"
                         r"(?:minutes?|hours?|days?|weeks?|months?)\s+(?:after|before|later|earlier|ago|since|on)\b", re.I)
_COMPARATIVE = ("not ", "n't", "anything but", "longer than", "more than", "beyond", "over ", "longer", "shorter")
# A figure for part of the outage ("most regions recovered within two hours", "core traffic was
# restored within a few hours") measures a milestone, not the whole outage's length: a side's
# whole-outage figures are compared first, its milestones only when it gives no other figure.
_PARTIAL = re.compile(r"\b(?:most|majority|many|some|core|part(?:ial(?:ly)?)?|first|initial|bulk)\b", re.IGNORECASE)
_RECOVERY = re.compile(r"\b(?:recover\w*|restor\w*|back|resum\w*|return\w*|mitigat\w*)\b", re.IGNORECASE)
# Exact times said with a hedge ("approximately 16:00") are not exact: they cannot drift by minutes.
_HEDGE = re.compile(r"\b(?:approximately|approx|about|around|roughly|circa|shortly|nearly|almost|some time|just (?:after|before))\b|~",
                    re.IGNORECASE)
DRIFT_MINUTES = 15
# Figures given as an upper bound: "within the hour", "under an hour". "A little under seven hours" is a
# figure. A lower bound ("more than 30 hours", "over a day") stands for its figure, as the claim's own
# reading does (C3): speakers round down to it, and one who knew of two days would say two days.
_NEAR = r"(?<!little )(?<!just )(?<!slightly )(?<!bit )"
_UPPER = re.compile(_NEAR + r"\b(?:within|under|less than|up to|no more than|inside|at most)\b")
# An end time that closes the incident ("resolved", "all services normal") measures something else
# than one that says when customer impact stopped: times of different kinds never drift.
_CLOSING = re.compile(r"\b(?:resolved|closed|normal|all clear|fully)\b", re.IGNORECASE)
_WHOLE = re.compile(r"\b(?:all|every|everything|entire|whole)\b", re.IGNORECASE)


def duration_range(entry: Entry) -> tuple[float, float] | None:
    """The hours a duration claim stands for: its figure, or the rough range of its words; None
    for comparisons ("longer than a week") and claims that say no length."""
    hours = hours_value(entry)
    text = (entry.quote or entry.value or "").lower()
    if hours is not None:
        if hours <= 0:
            return None
        if _UPPER.search(text):  # "within the hour" against 36 minutes is no conflict
            return (0.0, hours)
        return (hours, hours)
    # Words are read from the claim's own phrase ("prolonged"), not the sentence around it ("barely a
    # week after a prolonged disruption"), whose other time words need not measure the outage.
    text = _TIME_SINCE.sub(" ", (entry.value or entry.quote or "").lower())
    if any(c in text for c in _COMPARATIVE):
        return None
    return next((r for word, r in DURATION_WORDS if word in text), None)


def is_milestone(entry: Entry) -> bool:
    text = entry.quote or entry.value or ""
    return bool(_PARTIAL.search(text) and _RECOVERY.search(text))


# A projection ("we expect to restart within about a week") is not a duration of the outage (C3).
_PROJECTION = re.compile(r"\b(?:expect\w*|will|plan\w*|estimat\w*|anticipat\w*|likely to|forecast\w*)\b", re.IGNORECASE)


def is_projection(entry: Entry) -> bool:
    return bool(_PROJECTION.search(entry.quote or entry.value or ""))


def conflicting(a: tuple[float, float], b: tuple[float, float], ratio: float = MAGNITUDE_RATIO) -> float:
    """How far apart two duration ranges are (the ratio of the nearer ends), 0 when both can be true."""
    low, high = (a, b) if a[1] <= b[1] else (b, a)
    if high[0] <= 0 or high[0] < ratio * low[1]:
        return 0.0
    return high[0] / low[1] if low[1] > 0 else math.inf


class _Ranges:
    """Duration ranges sorted by their low end, to ask "is any of them compatible with this one?"
    in O(log n): compatible when lo < ratio * r.hi and r.lo < ratio * hi (see `conflicting`)."""

    def __init__(self, ranges: list[tuple[float, float]]):
        ranges = sorted(ranges)
        self.los = [lo for lo, _ in ranges]
        self.max_hi = []
        best = -math.inf
        for _, hi in ranges:
            best = max(best, hi)
            self.max_hi.append(best)

    def compatible(self, r: tuple[float, float], ratio: float) -> bool:
        k = bisect_left(self.los, ratio * r[1]) if r[1] < math.inf else len(self.los)
        return k > 0 and r[0] < ratio * self.max_hi[k - 1]


def scope_rank(entry: Entry) -> int | None:
    return SCOPE_RANK.get(str(entry.normalized).lower()) if entry.polarity == "asserts" else None
# "775 customers", "around 400 affected customers", "1,200 sites": a count of what was hit.
_COUNT = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z-]+\s+)?(customers?|users?|sites?|organi[sz]ations?|accounts?|"
                    r"tenants?|businesses|companies|websites?|domains?|servers?|machines?|devices?|stores?|flights?)\b",
                    re.IGNORECASE)


# Harm left over once most has recovered (C12): what remains, not how far the outage reached.
_LINGERING = re.compile(r"\b(?:still|remain\w*|continu\w*|linger\w*|residual|leftover|yet to)\b", re.IGNORECASE)


# Words that say where the outage reached ("in multiple regions", "across the country", "worldwide"), and a
# place named after a preposition of place ("in the United States", "from Virginia to Singapore", not "to
# Cloudflare"); a share of customers ("many of our customers", "39 million lines") says how much, not where.
_PLACE_WORD = re.compile(r"\b(?:regions?|regional\w*|countr(?:y|ies)|countrywide|nation\w*|world\w*|glob\w*|continent\w*|"
                         r"(?:\d+|several|many|multiple|all|both|two|three|four|five|six|a few|some) states|"
                         r"provinces?|prefectures?|counties|county|cit(?:y|ies)|metro\w*|zones?|coasts?|"
                         r"data ?cent(?:er|re)s?|international\w*|overseas|abroad)\b", re.IGNORECASE)
_NAMED_PLACE = re.compile(r"\b(?:[Ii]n|[Aa]cross|[Tt]hroughout|[Oo]utside|[Bb]eyond)\s+(?:the\s+)?[A-Z][a-z]|\b[Ff]rom\s+[A-Z]\w+\s+to\s+[A-Z]")


def names_a_place(entry: Entry) -> bool:
    text = entry.quote or entry.value or ""
    return bool(_PLACE_WORD.search(text) or _NAMED_PLACE.search(text))


def counts(entry: Entry) -> list[tuple[int, str]]:
    """(number, unit) counts a scope claim states; the unit in singular lower case."""
    if entry.polarity != "asserts":
        return []
    out = []
    for m in _COUNT.finditer(entry.quote or entry.value or ""):
        unit = m[2].lower()
        unit = unit[:-2] if unit.endswith("sses") else unit[:-3] + "y" if unit.endswith("ies") else unit.rstrip("s")
        out.append((int(m[1].replace(",", "")), unit))
    return out[:1]  # the first count is what the sentence is about ("775 customers, whose 883 sites")


LABELS = {"cause": "cause", "ai": "role of AI", "duration": "duration", "scope": "scope", "start": "start time", "end": "end time"}


def _text(entry: Entry | None, fallback: object = None) -> str:
    if entry is not None and entry.value:
        return entry.value.strip().rstrip(".")
    if entry is not None and entry.normalized is not None:
        return _format(entry.normalized)
    return _format(fallback)


def _format(value: object) -> str:
    if value is None:
        return "unknown"
    if isinstance(value, bool):
        return "AI involved" if value else "AI not involved"
    if isinstance(value, (int, float)):
        return f"{value:g} hours"
    return str(value).replace("_", " ")


# Speaker labels that name a role or a voice rather than someone a reader would recognise.
_GENERIC_LEADS = {"we", "our", "the", "a", "an", "its", "their", "this", "that"}


def _who_vendor(entries: list[Entry], provider: str) -> str:
    """The vendor side's speaker as a summary names it: a named person or body as extracted
    ("Matthew Prince"), otherwise the provider (never "company", "We" or "status page")."""
    for e in entries:
        name = (e.speaker or "").strip()
        if name[:1].isupper() and name.split()[0].lower() not in _GENERIC_LEADS:
            return name
    return provider


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b", re.IGNORECASE)


def _in_window(entry: Entry) -> bool:
    """A boundary said inside a span between two clock times ("Between 11:49 PM and 2:24 AM, customers
    saw errors"), though the claim's value holds only its own end of it."""
    return len(_CLOCK.findall(entry.quote or "")) >= 2 or _is_window(entry)


def _is_window(entry: Entry) -> bool:
    """A duration given as the span between two clock times rather than as a length."""
    return len(_CLOCK.findall(entry.value or entry.quote or "")) >= 2


def _short(text: str, limit: int = 140) -> str:
    """A quote short enough to read in a table row, cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut}…"


def _as_words(attribute: str, normalized: object) -> str | None:
    """The normalised value a quote was read as, in words, when it says more than the quote's own words."""
    if attribute == "cause" and isinstance(normalized, str) and normalized not in ("unknown", ""):
        return normalized.replace("_", " ")
    if attribute == "duration" and isinstance(normalized, (int, float)) and normalized > 0:
        hours = float(normalized)
        if hours < 1:
            return f"about {hours * 60:.0f} minutes"
        return f"about {hours:.3g} hours" if hours < 48 else f"about {hours / 24:.3g} days"
    return None


def _said(attribute: str, entry: Entry | None, text: str) -> str:
    """A value for a summary: the normalised reading first when the quote does not spell it out,
    then the quote ("human error ("The root cause was an access role…")")."""
    words = _as_words(attribute, entry.normalized if entry is not None else None)
    quoted = f'"{_short(text)}"'
    if words is None or words.split()[-1].rstrip("s") in text.lower():
        return quoted
    return f"{words} ({quoted})"


def _who_press(entries: list[Entry]) -> str:
    """Who speaks on the press side, written to take a singular verb ("the press reports")."""
    kinds = {e.speaker_kind for e in entries}
    if kinds == {"other"}:
        names = sorted({e.speaker for e in entries if e.speaker})
        return names[0] if len(names) == 1 else "outside sources"
    return "the press" if kinds <= {"press"} else "the press with outside sources"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _ids(entries: list[Entry]) -> list[str]:
    return sorted({e.claim_id for e in entries if e.claim_id})


def _most_common(values: list) -> object:
    values = [v for v in values if v is not None]
    return Counter(values).most_common(1)[0][0] if values else None


def _press(side: Side | None) -> list[Entry]:
    """The press side of an attribute: `press` claims outside the vendor's own documents."""
    return [e for e in (side.press if side else []) if e.speaker_kind == "press" and not e.own]


# Talk the outlet reports rather than states: "which set off speculation about a cyberattack", "rumours
# that an AI bot had pushed the change", "a theory doing the rounds". The claim is the talkers' (`other`,
# as C4/C14 would have it), unless the sentence sets the outlet against it ("despite speculation…, it was").
_TALK = re.compile(r"\b(?:speculat\w*|rumou?r\w*|theor(?:y|ies)|conspirac\w*|wondered|wondering|whisper\w*|gossip\w*|"
                   r"hearsay|unconfirmed|unverified|unsubstantiated)\b", re.IGNORECASE)
_CONTRAST = re.compile(r"\b(?:despite|but|however|although|though|rather|instead|in fact|actually|contrary|not|no)\b|n't",
                       re.IGNORECASE)


def _alleged(entries: list[Entry]) -> list[Entry]:
    """Press claims of a cause or of AI that the outlet itself asserts (not talk it reports)."""
    return [e for e in entries if not (_TALK.search(e.quote or e.value or "") and not _CONTRAST.search(e.quote or e.value or ""))]


def _exact(entry: Entry):
    """The instant of a start/end claim given to the minute without a hedge; None otherwise."""
    w = parse_window(entry.normalized) if isinstance(entry.normalized, str) else None
    if w is None or w.width > 0 or not re.search(r"T\d{2}:\d{2}", str(entry.normalized)):
        return None
    return None if _HEDGE.search(entry.quote or entry.value or "") else w.lo


def _rejected(statement: list[Entry]) -> set[str]:
    """Causes a statement rejects: denied at least as often as it asserts them ("people asked whether
    this was an attack; it was not"), not a cause it gives four times and once reads as denied."""
    tally: Counter = Counter()
    denied = set()
    for e in statement:
        if e.polarity == "denies" and isinstance(e.normalized, str):
            denied.add(e.normalized.strip().lower())
            tally[e.normalized.strip().lower()] += 1
        elif cause_value(e):
            tally[cause_value(e)] -= 1
    return {c for c in denied if tally[c] >= 0}


class Detector:
    def __init__(self, incident_id: str, provider: str | None, press_mentions: list[MentionInfo],
                 vendor_mentions: list[MentionInfo]):
        self.incident_id = incident_id
        self.provider = provider or "the provider"
        # Document-level fields are the account each document itself presents (DESIGN.md §5).
        self.press_mentions = press_mentions
        self.press_cause = {m.document_id: m.cause_category for m in press_mentions if m.cause_category not in (None, "unknown")}
        self.press_hours = {m.document_id: m.duration_hours for m in press_mentions if m.duration_hours}
        # Documents that only recall this outage while reporting another one (a non-primary mention).
        self.recalling = {m.document_id for m in press_mentions if not m.is_primary}
        # Documents that report this outage itself (a primary mention).
        self.reporting = {m.document_id for m in press_mentions if m.is_primary}
        self.vendor_mentions = [m for m in vendor_mentions if m.is_primary]
        # Status-page updates each give the window of the symptom they handle ("between 23:49 and
        # 02:24, DynamoDB requests failed"): a phase as often as the whole outage, never a boundary to drift.
        self.status_docs = {m.document_id for m in vendor_mentions if m.is_status}
        self.vendor_cause: dict[str, str] = {}  # a vendor document's own cause (not a status page's: many updates)
        for m in self.vendor_mentions:
            if not m.is_status and m.cause_category not in (None, "unknown"):
                self.vendor_cause.setdefault(m.document_id, m.cause_category)
        self.found: list[Disagreement] = []
        self.vendor_chain: set[str] = set()  # the causes the vendor's latest account gives (set by `cause`)
        self.press_side: list[Entry] = []  # the press side's cause claims (set by `cause`)

    def add(self, attribute: str, kind: str, vendor: list[Entry], press: list[Entry], vendor_value: str | None,
            press_value: str | None, severity: float, summary: str) -> None:
        self.found.append(Disagreement(
            id=stable_id("dis", self.incident_id, attribute, kind),
            incident_id=self.incident_id, attribute=attribute, kind=kind,
            vendor_value=vendor_value, press_value=press_value,
            vendor_claim_ids=_ids(vendor), press_claim_ids=_ids(press),
            severity=round(max(0.0, min(1.0, severity)), 2), summary=summary,
        ))

    def _reported(self, press: list[Entry]) -> list[Entry]:
        """The press's allegations of a cause or of AI are what the reports on this outage say: a report
        on another outage that recalls this one in a clause ("it recalled last October, when a botched
        routing update took the carrier down") tells a memory, often of a misdated or misassigned outage,
        not an account to set against the vendor's. How long and how far it reached ("the second outage
        stretched across days") a later story may well repeat: duration and scope read recalls too."""
        return [e for e in press if e.document_id in self.reporting]

    def _reported_at_the_time(self, press: list[Entry]) -> bool:
        """Silence is an omission only about an outage our sources reported on: an allegation made
        only while recalling it in a report on another outage ("veterans will remember 2011, when an
        intrusion…") says nothing of what the vendor said back then."""
        return any(e.document_id not in self.recalling for e in press)

    # ------------------------------------------------------------ cause

    def _press_roots(self, press: list[Entry], vendor: list[Entry] = (), debunking: list[Entry] = ()
                     ) -> list[tuple[str, list[Entry]]]:
        """Each press document's root cause: the cause the document itself presents (its cause field,
        the deepest cause of its account, C6), else its most repeated press claim; only documents
        with press cause claims count. Claims of another cause in it (what engineers first believed,
        early reports since corrected) are reported history, not the press's assertion: so is a claim
        that says so itself ("engineers initially believed it was an attack"). With `vendor` (for the
        denial), a cause the document reports the vendor both giving and denying is the vendor correcting
        its own words (a support bot's invented device rule, then the founder's "there has never been such
        a rule"), not an answer to the press, unless its press claims give it more often than that denial;
        a vendor denial of what only the press said ("it looks like the store was hacked … a spokesperson
        told us it was not a breach") answers the press and leaves its claim standing.
        `debunking` (outside speakers' denials): a cause the document tells as a rumour or
        theory and itself reports rejected ("a rumour of a giant denial-of-service attack spread … network
        operators said there was no such attack") is the story it debunks, not its assertion, unless its
        press claims give it more often than those denials."""
        vendor_gives = {(e.document_id, c) for e in vendor if not e.own and (c := cause_value(e))}
        denied_here: Counter = Counter()
        for e in list(vendor) + list(debunking):
            if e.polarity == "denies" and not e.own and isinstance(e.normalized, str):
                key = (e.document_id, e.normalized.strip().lower())
                if e.speaker_kind == "other" or key in vendor_gives:
                    denied_here[key] += 1
        by_doc: dict[str, list[Entry]] = {}
        for e in press:
            value = cause_value(e)
            # A document about another provider's outage that recalls this one ("in June, a bug at
            # Fastly broke sites") reads it as the third party of its own story: that is no cause of this one.
            if value and not (value == THIRD_PARTY and e.document_id in self.recalling) and not _HISTORY.search(e.quote or e.value or ""):
                by_doc.setdefault(e.document_id, []).append(e)
        for doc, entries in list(by_doc.items()):
            given = Counter(cause_value(e) for e in entries)
            kept = [e for e in entries if given[cause_value(e)] > denied_here[(doc, cause_value(e))]]
            if kept:
                by_doc[doc] = kept
            else:
                del by_doc[doc]
        roots = []
        for doc, entries in by_doc.items():
            # The document's own cause field counts its quoted sources; when no press claim of it
            # states that cause (the field is the vendor's explanation it reports), what the outlet
            # itself asserts is its most repeated press claim ("management blamed the weather …
            # the scheduling software could not keep up").
            # A link the vendor's latest account also gives ("that overwhelmed our provisioning
            # service") is the vendor's own chain told again, not another root.
            field = self.press_cause.get(doc)
            stated = {cause_value(e) for e in entries}
            if field in stated:
                root = field
            else:
                # … nor a shallower link of the chain the document presents (C6: "the flood exhausted
                # the front-end capacity" under an attack the document reports)
                floor = DEPTH.get(field, 0) if field else 0
                root = _most_common([c for e in entries if (c := cause_value(e)) not in self.vendor_chain
                                     and DEPTH.get(c, 0) >= floor])
            backing = [e for e in entries if cause_value(e) == root]
            if backing:
                roots.append((root, backing))
        return roots

    def cause(self, side: Side, record: IncidentRecord) -> None:
        press = _alleged(_press(side))
        self.press_side = press
        label = f"the {self.provider} outage"
        # A cause named without a category ("an operational issue", "an internal issue") addresses it too.
        vendor_addressed = [e for e in side.vendor_all if cause_value(e) or e.polarity == "denies" or e.normalized == "unknown"]
        current = side.vendor_current
        if current and not any(e.own for e in side.vendor_all) and _retold_only(current, side.vendor_all):
            # Known only second-hand, and the latest report gives no cause the earlier ones did not: the
            # reports retell one account, each a part of it ("the agent rewrote the boot settings" … "I
            # left it running with root access"). A cause first reported later is a changed account.
            current = side.vendor_all
            root = _deepest(current)  # the account's root is its deepest cause (C6)
        else:
            root = self._main_cause(current) if current else None
        if root is None:  # the latest statement only denied: the latest that gave a cause
            for statement in reversed(side.vendor_history):
                if (root := self._main_cause(statement)) is not None:
                    current = statement
                    break
        vendor_entries = [e for e in current if cause_value(e) == root] or [e for e in current if cause_value(e)]
        who = _who_vendor(vendor_entries, self.provider)
        self.vendor_chain = {cause_value(e) for e in current} - {None}
        # Denials outside speakers voice (officials, network operators, researchers): they debunk a rumour.
        # Not the outlet's own: "That policy does not exist" may reject another claim of the same category
        # (a support bot's invented rule) than the change the outlet blames.
        debunking = [e for e in side.press if e.polarity == "denies" and e.speaker_kind == "other"]
        # Root causes of the reports on this outage, not of a report recalling it (`_reported`).
        roots = [(r, es) for r, es in self._press_roots(press, debunking=debunking) if es[0].document_id in self.reporting]
        # 1. Contradiction: the press's root cause differs from the root cause of the vendor's latest account.
        differing = [(r, es) for r, es in roots if root is not None and r != root]
        if differing:
            value = _most_common([r for r, _ in differing])
            p_entries = [e for r, es in differing if r == value for e in es]
            v_text, p_text = _text(vendor_entries[0] if vendor_entries else None, root), _text(p_entries[0], value)
            ai = value == "ai_agent" or root == "ai_agent"
            strength = min(1.0, 0.5 + 0.25 * len({e.document_id for e in p_entries}))
            self.add("cause", "contradiction", vendor_entries, p_entries, v_text, p_text, (0.9 if ai else 0.7) * strength,
                     f'On the cause of {label}, {who} says {_said("cause", vendor_entries[0] if vendor_entries else None, v_text)} '
                     f'while {_who_press(p_entries)} reports {_said("cause", p_entries[0], p_text)}.')
        # 2. Denial: the press asserts a cause the vendor has a `denies` claim for.
        vendor_denied = {str(e.normalized).lower(): e for e in side.vendor_all if e.polarity == "denies" and isinstance(e.normalized, str)}
        asserted = self._reported([e for _, es in self._press_roots(press, side.vendor_all, debunking) for e in es])
        # "Not AI" is the AI question: an AI agent denied is the ai attribute's denial, not the cause's.
        # A cause that is the vendor's own root is no denial, whatever a stray sentence of it reads as denying.
        denied = [e for e in asserted if cause_value(e) in vendor_denied and cause_value(e) not in ("ai_agent", root)]
        if denied:
            value = _most_common([cause_value(e) for e in denied])
            p_entries = [e for e in denied if cause_value(e) == value]
            rejecting = [e for e in side.vendor_all if e.polarity == "denies" and str(e.normalized).lower() == value]
            v_text, p_text = _text(rejecting[0]), _text(p_entries[0])
            self.add("cause", "denial", rejecting, p_entries, v_text, p_text, 0.9 if value == "ai_agent" else 0.8,
                     f'{_cap(_who_press(p_entries))} says {label} was caused by {_said("cause", p_entries[0], p_text)}, '
                     f'which {_who_vendor(rejecting, self.provider)} denies ("{_short(v_text)}").')
        # 3. Omission: the press asserts a cause and no vendor claim addresses the cause at all.
        alleged = [e for _, es in roots for e in es]
        if alleged and not vendor_addressed and self._reported_at_the_time(alleged):
            value = _most_common([cause_value(e) for e in alleged])
            p_entries = [e for e in alleged if cause_value(e) == value]
            p_text = _text(p_entries[0])
            self.add("cause", "omission", [], p_entries, None, p_text, 0.7 if value == "ai_agent" else 0.5,
                     f'{_cap(_who_press(p_entries))} says the cause of {label} was {_said("cause", p_entries[0], p_text)}, '
                     f'and {self.provider} has not addressed it.')
        self._drift_cause(side)

    def _drift_cause(self, side: Side) -> None:
        # A changed cause first (its summary names both causes); else a cause given and later denied;
        # else an attack owned up to after a first account that named none.
        if not self._changed_cause(side) and not self._retracted_cause(side):
            self._attack_revealed(side)

    def _attack_revealed(self, side: Side) -> bool:
        """The vendor first told of a failure without naming a cause ("an outage at a single data
        centre", "a technical issue affecting some systems", "there is no sign of an attack") and its
        latest account says it was attacked ("a ransomware incident"): the first account framed an attack
        as a plain failure. A first account of a technical or internal issue that later turns out a bug or
        a broken part has only become more precise (no category shares nothing with it), so only an attack counts."""
        current = side.vendor_current
        if not current or self._main_cause(current) != ATTACK:
            return False
        first = min(side.vendor_all_statements(), key=Side._key)
        # Updates of one status page that go from "investigating an issue" to "mitigating a DDoS attack"
        # tell an investigation unfolding: only two publications can frame the outage differently.
        if first[0].document_id == current[0].document_id or Side._key(first) >= Side._key(current):
            return False
        if any(cause_value(e) for e in first):
            return False  # the first account named a cause: `_changed_cause` reads it
        later = next(e for e in current if cause_value(e) == ATTACK)
        self._add_drift("cause", first[0], later)
        return True

    def _changed_cause(self, side: Side) -> bool:
        current = side.vendor_current
        if not current:
            return False
        statements = sorted(side.vendor_all_statements(), key=Side._key)
        # A report that retells the words of one of the vendor's own publications ("a value in one of the
        # service's routing tables had been exceeded" for "a routing table value … was inadvertently
        # exceeded") records that publication, whatever category each reading gave it: no earlier account.
        own_words = [_content_words(e.quote or e.value or "") for e in side.vendor_all if e.own and cause_value(e)]
        giving = [st for st in statements if st is not current and self._main_cause(st) is not None
                  and not (not st[0].own and _retells(st, self._main_cause(st), own_words))]
        # The first statement: the vendor's own earliest publication giving a cause, else the
        # earliest report of what it said (press quotes are a second-hand record of the vendor).
        first = next((st for st in giving if st[0].own), giving[0] if giving else None)
        if first is None or Side._key(first) > Side._key(current):
            return False
        earlier, later = self._main_cause(first), self._main_cause(current)
        # The first statement's causes share nothing with the latest one's (a deeper cause of another
        # category counts); a cause a statement itself rejects is not one it gives.
        def causes(statement: list[Entry]) -> set[str]:
            return {cause_value(e) for e in statement} - {None} - _rejected(statement)
        if later is None or later in causes(first) | self._reported_beside(first):
            return False
        e_entry = next((e for e in first if cause_value(e) == earlier), first[0])
        # A latest statement that denies the first cause outright says so in the summary ("no such policy").
        l_entry = next((e for e in current if e.polarity == "denies" and str(e.normalized).strip().lower() == earlier),
                       next((e for e in current if cause_value(e) == later), current[0]))
        self._add_drift("cause", e_entry, l_entry)
        return True

    def _reported_beside(self, statement: list[Entry]) -> set[str]:
        """Causes the press report that carries a quoted vendor statement gives itself ("cancellations
        since a faulty supplier update froze its computers … the carrier said its crew system could not
        process the changes"): a cause already told there is no later account of the vendor's, and the
        quoted words speak of another link of the same chain. Empty for the vendor's own publications."""
        if statement[0].own:
            return set()
        doc = statement[0].document_id
        return {cause_value(e) for e in self.press_side if e.document_id == doc and e.speaker_kind == "press"} - {None}

    def _retracted_cause(self, side: Side) -> bool:
        """The vendor's side gave a cause and later said it was not so ("there is no such policy"):
        its account changed, whether or not the two causes are one mechanism at different depths."""
        entries = side.vendor_all
        # Categories one of the vendor's own publications both gives and denies from the start ("triggered by
        # smoke …; there was no fire"): the denial narrows the account, and repeating it later changes nothing.
        own_docs = {e.document_id for e in entries if e.own}
        given = {(e.document_id, cause_value(e)) for e in entries if e.polarity != "denies" and e.document_id in own_docs}
        narrowed = {str(e.normalized).strip().lower() for e in entries if e.polarity == "denies"
                    and isinstance(e.normalized, str) and (e.document_id, str(e.normalized).strip().lower()) in given}
        # A report whose outlet itself states the cause and quotes the vendor denying part of it ("knocked off
        # balance by a flood of junk traffic … the airline found no sign that customer data had been taken")
        # tells a narrowed account, not a retraction; one that reports the vendor taking back its own words
        # ("That policy does not exist") does not state that cause itself.
        still_given = {(e.document_id, c) for e in self.press_side if e.speaker_kind == "press"
                       and (c := cause_value(e)) and not _HISTORY.search(e.quote or e.value or "")}
        for denial in entries:
            if denial.polarity != "denies" or not isinstance(denial.normalized, str):
                continue
            denied = denial.normalized.strip().lower()
            if denied in narrowed or (denial.document_id, denied) in still_given:
                continue
            when = parse_window(denial.at)
            # Said before the denial, in an earlier publication: a statement that raises a cause and
            # rejects it in the same breath ("people asked whether this was an attack; it was not") has not changed.
            earlier = [e for e in entries if cause_value(e) == denied and e.claim_id != denial.claim_id
                       and when is not None and parse_window(e.at) is not None and parse_window(e.at).lo < when.lo]
            # The vendor side really gave that cause: in its own publication, or as more than one report
            # has it (one article quoting a rumour next to the vendor's rebuttal is not a retraction).
            if earlier and (any(e.own for e in earlier) or len({e.document_id for e in earlier}) >= 2):
                self._add_drift("cause", earlier[0], denial)
                return True
        return False

    def _main_cause(self, statement: list[Entry]) -> str | None:
        """What a statement blames: the document's own cause field for a whole vendor document
        (a postmortem lists many causes but presents one), else its most repeated cause claim."""
        doc = statement[0].document_id
        own_doc_cause = self.vendor_cause.get(doc)
        if statement[0].own and own_doc_cause and any(cause_value(e) == own_doc_cause for e in statement):
            return own_doc_cause
        # A cause the same statement rejects ("some said DDoS; it was not an attack") is not what it blames.
        rejected = _rejected(statement)
        return _most_common([cause_value(e) for e in statement if cause_value(e) not in rejected])

    def _add_drift(self, attribute: str, earlier: Entry, later: Entry) -> None:
        e_text, l_text = _text(earlier), _text(later)
        # Evidence strength: two of the vendor's own publications weigh more than a press paraphrase of one.
        severity = 0.6 if earlier.own and later.own else 0.45
        now = f'denying it ("{_short(l_text)}")' if later.polarity == "denies" else _said(attribute, later, l_text)
        self.add(attribute, "drift", [earlier, later], [], f"{l_text} (earlier: {e_text})", None, severity,
                 f'{_who_vendor([later], self.provider)} changed its account of the {LABELS[attribute]} of the {self.provider} outage '
                 f'from {_said(attribute, earlier, e_text)} to {now}.')

    # ------------------------------------------------------------ ai

    def ai(self, side: Side | None, cause_side: Side | None) -> None:
        side = side or Side()
        cause_side = cause_side or Side()
        # What the vendor said about AI: AI claims, and cause claims asserting or denying an AI agent.
        vendor = [e for e in side.vendor_all if ai_value(e) is not None]
        vendor += [e for e in cause_side.vendor_all if denies_ai(e) or cause_value(e) == "ai_agent"]
        denials = [e for e in vendor if ai_value(e) is False or denies_ai(e)]
        press_yes = [e for e in self._reported(_alleged(_press(side))) if ai_value(e) is True]
        press_yes += [e for e in self._reported(_alleged(_press(cause_side))) if cause_value(e) == "ai_agent"]
        if not press_yes:
            return
        p_text = _text(press_yes[0], "AI involved")
        if denials:
            # Latest denial first: it is the vendor's position as it stands.
            denials = sorted(denials, key=lambda e: (parse_window(e.at).lo if parse_window(e.at) else 0.0), reverse=True)
            v_text = _text(denials[0], False)
            self.add("ai", "denial", denials, press_yes, v_text, p_text, 0.9,
                     f'{_who_vendor(denials, self.provider)} denies that AI caused the {self.provider} outage ("{_short(v_text)}"), '
                     f'while {_who_press(press_yes)} reports "{_short(p_text)}".')
        elif not vendor and self._reported_at_the_time(press_yes):
            self.add("ai", "omission", [], press_yes, None, p_text, 0.7,
                     f'{_cap(_who_press(press_yes))} says AI was involved in the {self.provider} outage ("{_short(p_text)}"), '
                     f'and {self.provider} has not addressed it.')

    # ------------------------------------------------------------ duration

    def duration(self, side: Side | None, record: IncidentRecord) -> None:
        side = side or Side()
        # A report published while the outage still ran gives the time so far, not its length (C3).
        ended = _end_instant(record)
        ended_not_before = _end_day_start(record) if ended is None else None
        def after_end(at: str | None) -> bool:
            published = parse_window(at)
            if published is None:
                return True
            if ended is not None:
                return published.hi >= ended
            # only the day it ended is known: a report from before that day surely saw it still running
            return ended_not_before is None or published.hi >= ended_not_before
        def lengths(entries: list[Entry]) -> list[tuple[Entry, tuple[float, float]]]:
            found = [(e, r) for e in entries if after_end(e.at) and not is_projection(e) and (r := duration_range(e)) is not None]
            whole = [(e, r) for e, r in found if not is_milestone(e)]
            return whole or found  # milestones only when a side gives nothing else
        vendor, press = lengths(side.vendor_all), lengths(_press(side))
        # A press figure far from the length its own document presents (a corrected earlier figure,
        # another measure) is not that document's account.
        press = [(e, r) for e, r in press if e.document_id not in self.press_hours
                 or not conflicting(r, (self.press_hours[e.document_id],) * 2)]
        if vendor and press:
            # A press figure conflicts when it cannot be true beside any of the vendor's figures
            # (checked against sorted vendor ranges: linear in the claims, not press x vendor).
            figures = _Ranges([r for v, r in vendor if hours_value(v) is not None])
            words = _Ranges([r for v, r in vendor if hours_value(v) is None])
            def far_from_all(e: Entry, r: tuple) -> bool:
                loose = hours_value(e) is None
                return (not figures.compatible(r, WORDS_RATIO if loose else MAGNITUDE_RATIO)
                        and not words.compatible(r, WORDS_RATIO))
            far = [(e, r) for e, r in press if far_from_all(e, r)]
            if far:
                centre = math.log(sorted(max(r[0], 1e-3) for _, r in vendor)[len(vendor) // 2])
                p_entry, p_range = max(far, key=lambda er: (abs(math.log(max(er[1][0], 1e-3)) - centre), er[0].at or ""))
                ratio = min(conflicting(p_range, vr, 1.0) or math.inf for _, vr in vendor)
                far = [(e, None) for e, _ in far]
                v_entry = min(vendor, key=lambda ev: abs(math.log((ev[1][0] + ev[1][1] + 0.01) / (p_range[0] + p_range[1] + 0.01))))[0]
                v_text, p_text = _text(v_entry, hours_value(v_entry)), _text(p_entry, hours_value(p_entry))
                severity = 0.9 if math.isinf(ratio) else min(0.9, 0.4 + 0.2 * math.log2(ratio))
                if len({e.document_id for e, _ in far}) == 1 and len(far) == 1:
                    severity -= 0.1  # one report alone
                self.add("duration", "magnitude", [v_entry], [e for e, _ in far], v_text, p_text, severity,
                         f'{_who_vendor([v_entry], self.provider)} puts the {self.provider} outage at '
                         f'{_said("duration", v_entry, v_text)} while {_who_press([p_entry])} reports '
                         f'{_said("duration", p_entry, p_text)}.')
        if side.vendor_first is not side.vendor_current:
            # A figure given while the outage still ran is the time so far, which later figures
            # naturally exceed: only lengths stated once it was over can have changed.
            # Windows between clock times ("between 09:47 and 10:36 UTC") mark a phase as often as the
            # whole outage (each update gives its symptom's window): drift compares stated lengths.
            def stated(e: Entry) -> bool:
                return bool(hours_value(e)) and after_end(e.at) and not _is_window(e) and not is_projection(e)
            first = [(e, hours_value(e)) for e in side.vendor_first if stated(e)]
            now = [(e, hours_value(e)) for e in side.vendor_current if stated(e)]
            if first and now:
                (e0, h0), (e1, h1) = first[0], max(now, key=lambda eh: eh[1])
                if max(h0, h1) / min(h0, h1) >= MAGNITUDE_RATIO:
                    self._add_drift("duration", e0, e1)

    # ------------------------------------------------------------ scope

    def scope(self, side: Side | None) -> None:
        side = side or Side()
        vendor = [e for e in side.vendor_all if scope_rank(e) is not None]
        press = [e for e in _press(side) if scope_rank(e) is not None]
        if vendor and press:
            # The press claims a wider reach than the vendor's widest scope claim.
            v_rank = max(scope_rank(e) for e in vendor)
            wider = [e for e in press if scope_rank(e) > v_rank]
            if wider:
                p_rank = max(scope_rank(e) for e in wider)
                differing = [e for e in wider if scope_rank(e) == p_rank]
                widest = [e for e in vendor if scope_rank(e) == v_rank]
                v_entry = widest[-1]
                v_text, p_text = _text(v_entry), _text(differing[0])
                backing = min(1.0, 0.7 + 0.15 * len({e.document_id for e in differing}))
                self.add("scope", "scope", widest, differing, v_text, p_text, (0.4 + 0.25 * (p_rank - v_rank)) * backing,
                         f'{_who_vendor(widest, self.provider)} describes the {self.provider} outage as "{_short(v_text)}" while '
                         f'{_who_press(differing)} describes it as "{_short(p_text)}".')
        if not self._drift_counts(side):
            self._drift_reach(side)

    def _drift_reach(self, side: Side) -> bool:
        """The vendor's own publications place the outage differently: the first that says where it
        reached ("customers in multiple regions") and the latest ("most of our regions on three
        continents") share no reach. Only claims that name where count: "some customers" while it runs
        is a first, vague acknowledgement, "many of our customers" a share, and harm left over ("some
        may still see errors", C12) is what remains."""
        placed: dict[str, list[Entry]] = {}
        for e in side.vendor_all:
            rank = scope_rank(e)
            if (e.own and rank is not None and rank >= SCOPE_RANK["regional"] and names_a_place(e)
                    and not _LINGERING.search(e.quote or e.value or "")):
                placed.setdefault(e.document_id, []).append(e)
        if len(placed) < 2:
            return False
        ordered = sorted(placed.values(), key=lambda es: min((parse_instant(e.at) or 0.0, e.at or "") for e in es))
        first, latest = ordered[0], ordered[-1]
        if {scope_rank(e) for e in first} & {scope_rank(e) for e in latest}:
            return False
        self._add_drift("scope", first[0], max(latest, key=lambda e: abs(scope_rank(e) - scope_rank(first[0]))))
        return True

    def _drift_counts(self, side: Side) -> bool:
        """The vendor's own count of what was hit changed ("about 400 customers", later "775 customers")."""
        counted = sorted(((parse_window(e.at).lo if parse_window(e.at) else 0.0, e.at or "", i, e, n, unit)
                          for i, e in enumerate(side.vendor_all) for n, unit in counts(e)), key=lambda t: t[:3])
        for unit in {t[5] for t in counted}:
            same = [t for t in counted if t[5] == unit]
            (t0, at0, _, e0, n0, _), (t1, at1, _, e1, n1, _) = same[0], same[-1]
            if (t0, at0) < (t1, at1) and max(n0, n1) / max(1, min(n0, n1)) >= MAGNITUDE_RATIO:
                self._add_drift("scope", e0, e1)
                return True
        return False

    # ------------------------------------------------------------ start / end

    def moment(self, attribute: str, side: Side | None) -> None:
        """Drift: the vendor's earliest and latest statements giving an exact time for the boundary,
        described the same way (neither hedged nor a milestone; for an end, both closing the incident
        or both ending customer impact), are DRIFT_MINUTES or more apart."""
        side = side or Side()
        # An end "for most customers" is a milestone; a time equal to when the statement was posted
        # ("This incident has been resolved.") is the post's own timestamp, not a time it states.
        def partial(e: Entry) -> bool:
            return attribute == "end" and bool(_PARTIAL.search(e.quote or e.value or ""))
        # An end that closes the incident or ends customer impact; for all services ("all AWS services had
        # returned to normal") or for the one it names ("DynamoDB recovered fully"): four different measures.
        def kind(e: Entry) -> tuple[bool, bool]:
            text = e.quote or e.value or ""
            return (attribute == "end" and bool(_CLOSING.search(text)), attribute == "end" and bool(_WHOLE.search(text)))
        pick = max if attribute == "end" else min  # a statement's boundary: its earliest start, its latest end
        kinds = ((False, False), (False, True), (True, False), (True, True)) if attribute == "end" else ((False, False),)
        for closing in kinds:
            statements = []
            for st in sorted(side.vendor_all_statements(), key=Side._key):
                found = [(e, t) for e in st if e.polarity == "asserts" and kind(e) == closing and not partial(e)
                         and not (e.document_id in self.status_docs and _in_window(e))
                         and (t := _exact(e)) is not None and t != parse_instant(e.at)]
                if found:
                    statements.append(pick(found, key=lambda et: et[1]))
            if len(statements) >= 2 and abs(statements[-1][1] - statements[0][1]) >= DRIFT_MINUTES * 60:
                self._add_drift(attribute, statements[0][0], statements[-1][0])
                return


# Words that carry no content of a cause sentence: reporting verbs, function words, time adverbs.
_FUNCTION_WORDS = frozenset(
    "a an the of in on at to by for from with as and or but that this these those it its their our we they he she "
    "was were is are be been being had has have having did does do said says say told later earlier today yesterday "
    "company firm spokesperson spokesman spokeswoman statement which who what when where there then than so also "
    "not no one by mistake after before into onto over under about".split())
_WORD = re.compile(r"[a-z][a-z0-9-]+")
RETELL_SHARE = 0.6  # share of a report's content words found in one own claim: the same words told again


def _content_words(text: str) -> frozenset[str]:
    """Lower-case content words in the singular, possessive dropped ("tables" = "table", "entries" = "entry")."""
    words = (w[:-2] if w.endswith("'s") else w for w in _WORD.findall(text.lower().replace("’", "'")))
    return frozenset(_singular(w) for w in words if w not in _FUNCTION_WORDS)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _retells(statement: list[Entry], cause: str | None, own_words: list[frozenset[str]]) -> bool:
    """Every claim of the statement's main cause restates one of the vendor's own cause claims."""
    entries = [e for e in statement if cause_value(e) == cause]
    if not entries or not own_words:
        return False
    def restated(e: Entry) -> bool:
        words = _content_words(e.quote or e.value or "")
        return len(words) >= 3 and any(len(words & own) >= RETELL_SHARE * len(words) for own in own_words)
    return all(restated(e) for e in entries)


def _deepest(statement: list[Entry]) -> str | None:
    causes = {cause_value(e) for e in statement} - {None} - _rejected(statement)
    return max(sorted(causes), key=lambda c: DEPTH.get(c, 0)) if causes else None


def _retold_only(latest: list[Entry], everything: list[Entry]) -> bool:
    """The latest statement gives only causes an earlier report of the vendor already gave."""
    ids = {id(e) for e in latest}
    earlier = {cause_value(e) for e in everything if id(e) not in ids} - {None}
    given = {cause_value(e) for e in latest} - {None}
    return bool(earlier) and given <= earlier


def _end_instant(record: IncidentRecord) -> float | None:
    """When the outage ended, as far as the consensus knows (stated end, else start plus duration)."""
    end = parse_window(record.ended_at)
    if end is not None and end.width <= HOUR:
        return end.hi
    start = parse_window(record.started_at)
    if start is not None and start.width <= HOUR and record.duration_hours and record.duration_basis != "press":
        return start.hi + record.duration_hours * HOUR
    return None


def _end_day_start(record: IncidentRecord) -> float | None:
    """The earliest the outage can have ended when only the day of its end is known ("lasting until
    October 31"), else None."""
    end = parse_window(record.ended_at)
    return end.lo if end is not None and end.width <= DAY else None


def detect(incident_id: str, record: IncidentRecord, sides: dict[str, Side], mentions: list[MentionInfo]) -> list[Disagreement]:
    """All disagreements of one incident, from its accounts and its documents' own fields."""
    press = [m for m in mentions if m.source_kind != "vendor"]
    vendor = [m for m in mentions if m.source_kind == "vendor"]
    detector = Detector(incident_id, record.provider, press, vendor)
    detector.cause(sides.get("cause") or Side(), record)
    detector.ai(sides.get("ai"), sides.get("cause"))
    detector.duration(sides.get("duration"), record)
    detector.scope(sides.get("scope"))
    detector.moment("start", sides.get("start"))
    detector.moment("end", sides.get("end"))
    return sorted(detector.found, key=lambda d: d.id)
