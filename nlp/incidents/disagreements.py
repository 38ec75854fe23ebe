"""Where the vendor's account and the press's account conflict (DESIGN.md §7).

Kinds: contradiction (different values), denial (press asserts AI, vendor denies), magnitude
(durations ≥ 1.5× apart, or "brief" against hours), scope (limited/regional/global differ),
omission (press alleges a cause or AI; the vendor, who did speak, never addresses it) and drift
(the vendor's own statements changed over time). One disagreement per (attribute, kind).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from statistics import median

from data.models import stable_id
from nlp.incidents.accounts import Entry, Side, ai_value, cause_value, denies_ai, hours_value
from nlp.incidents.records import Disagreement, IncidentRecord, MentionInfo
from nlp.incidents.times import HOUR, parse_window

SCOPE_RANK = {"limited": 0, "regional": 1, "global": 2}
MAGNITUDE_RATIO = 1.5
# Rough hours of the words vendors use instead of figures ("a brief event", "within a few hours"),
# most specific first; only for the vendor side, where such words state the vendor's own figure.
DURATION_WORDS = (
    ("few minutes", 0.1), ("minutes", 0.25), ("momentar", 0.1), ("brief", 0.5), ("short", 0.5), ("quick", 0.5),
    ("few hours", 3.0), ("several hours", 4.0), ("an hour", 1.0), ("hours", 3.0), ("a day", 24.0), ("days", 72.0),
    ("a week", 168.0), ("weeks", 336.0),
)
_COMPARATIVE = ("not ", "n't", "anything but", "longer than", "more than", "beyond", "over ")
# Cause categories that describe one mechanism at different depths (a bad deployment of buggy
# code carrying a config change): a vendor refining one into another has not changed its story.
FAMILIES = ({"config_change", "deployment", "software_bug"},)


def same_family(a: str | None, b: str | None) -> bool:
    return a == b or any(a in f and b in f for f in FAMILIES)


def vendor_hours(entry: Entry) -> float | None:
    """A figure, or the rough size of a duration word; None for comparisons ("longer than a week")."""
    hours = hours_value(entry)
    if hours is not None:
        return hours
    text = (entry.value or entry.quote or "").lower()
    if any(c in text for c in _COMPARATIVE):
        return None
    return next((h for word, h in DURATION_WORDS if word in text), None)


def scope_rank(entry: Entry) -> int | None:
    return SCOPE_RANK.get(str(entry.normalized).lower()) if entry.polarity == "asserts" else None
# "775 customers", "around 400 affected customers", "1,200 sites": a count of what was hit.
_COUNT = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z-]+\s+)?(customers?|users?|sites?|organi[sz]ations?|accounts?|"
                    r"tenants?|businesses|companies|websites?|domains?|servers?|machines?|devices?|stores?|flights?)\b",
                    re.IGNORECASE)


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
START_GAP = 6 * HOUR


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


class Detector:
    def __init__(self, incident_id: str, provider: str | None, press_mentions: list[MentionInfo],
                 vendor_mentions: list[MentionInfo]):
        self.incident_id = incident_id
        self.provider = provider or "the provider"
        # Document-level fields are the account each document itself presents (DESIGN.md §5).
        self.press_mentions = [m for m in press_mentions if m.is_primary]
        self.vendor_mentions = [m for m in vendor_mentions if m.is_primary]
        self.found: list[Disagreement] = []

    def add(self, attribute: str, kind: str, vendor: list[Entry], press: list[Entry], vendor_value: str | None,
            press_value: str | None, severity: float, summary: str) -> None:
        self.found.append(Disagreement(
            id=stable_id("dis", self.incident_id, attribute, kind),
            incident_id=self.incident_id, attribute=attribute, kind=kind,
            vendor_value=vendor_value, press_value=press_value,
            vendor_claim_ids=_ids(vendor), press_claim_ids=_ids(press),
            severity=round(max(0.0, min(1.0, severity)), 2), summary=summary,
        ))

    # ------------------------------------------------------------ cause

    def cause(self, side: Side, record: IncidentRecord) -> None:
        vendor_asserted = {cause_value(e) for e in side.vendor_all} - {None}
        vendor_asserted |= {m.cause_category for m in self.vendor_mentions if m.cause_category not in (None, "unknown")}
        vendor_denied = {str(e.normalized).lower() for e in side.vendor_all if e.polarity == "denies" and e.normalized}
        press_accounts = [m.cause_category for m in self.press_mentions if m.cause_category not in (None, "unknown")]
        label = f"the {self.provider} outage"
        vendor_entries = [e for e in side.vendor_current if cause_value(e)] or [e for e in side.vendor_all if cause_value(e)]
        who = _who_vendor(vendor_entries, self.provider)
        # 1. The press's own account names a cause the vendor never gives: contradiction (or omission if the vendor gave none).
        differing = [c for c in press_accounts if c not in vendor_asserted]
        if differing:
            value = _most_common(differing)
            press = [e for e in side.press if cause_value(e) == value]
            p_text = _text(press[0] if press else None, value)
            if vendor_asserted:
                v_text = _text(vendor_entries[0] if vendor_entries else None, record.vendor_cause)
                ai = value == "ai_agent" or "ai_agent" in vendor_asserted
                v_said = _said("cause", vendor_entries[0] if vendor_entries else None, v_text)
                p_said = _said("cause", press[0] if press else None, p_text)
                self.add("cause", "contradiction", vendor_entries, press, v_text, p_text, 0.9 if ai else 0.7,
                         f'On the cause of {label}, {who} says {v_said} while {_who_press(press)} reports {p_said}.')
            elif not vendor_denied:
                self.add("cause", "omission", [], press, None, p_text, 0.7 if value == "ai_agent" else 0.5,
                         f'{_cap(_who_press(press))} says the cause of {label} was {_said("cause", press[0] if press else None, p_text)}, '
                         f'and {self.provider} has not addressed it.')
        # 2. A cause someone on the press side alleges (speculation, sources) that the vendor explicitly rejects: denial.
        # "third_party" from an affected company names the provider itself as its supplier's fault, not another cause.
        alleged = [e for e in side.press if cause_value(e) and cause_value(e) not in vendor_asserted
                   and cause_value(e) not in differing and cause_value(e) != "third_party"]
        denied = [e for e in alleged if cause_value(e) in vendor_denied]
        if denied:
            value = _most_common([cause_value(e) for e in denied])
            press = [e for e in denied if cause_value(e) == value]
            rejecting = [e for e in side.vendor_all if e.polarity == "denies" and str(e.normalized).lower() == value]
            v_text, p_text = _text(rejecting[0]), _text(press[0])
            self.add("cause", "denial", rejecting, press, v_text, p_text, 0.8,
                     f'{_cap(_who_press(press))} says {label} was caused by {_said("cause", press[0], p_text)}, '
                     f'which {_who_vendor(rejecting, self.provider)} denies ("{_short(v_text)}").')
        # 3. An allegation of a different kind of cause that the vendor never mentions at all: omission.
        elif vendor_asserted and not differing:
            unaddressed = [e for e in alleged if cause_value(e) not in vendor_denied
                           and all(not same_family(cause_value(e), v) for v in vendor_asserted)]
            if unaddressed:
                value = _most_common([cause_value(e) for e in unaddressed])
                press = [e for e in unaddressed if cause_value(e) == value]
                p_text = _text(press[0])
                self.add("cause", "omission", [], press, None, p_text, 0.5,
                         f'{_cap(_who_press(press))} says {label} was caused by {_said("cause", press[0], p_text)}, '
                         f'and {self.provider} has not addressed it.')
        self._drift_cause(side)

    def _drift_cause(self, side: Side) -> None:
        if self._retracted_cause(side):
            return
        first, current = side.vendor_first, side.vendor_current
        if first is current:
            return
        earlier, later = self._main_cause(first), self._main_cause(current)
        if earlier is None or later is None or same_family(earlier, later):
            return  # same story, or a deeper layer of the same mechanism
        e_entry = next((e for e in first if cause_value(e) == earlier), first[0])
        l_entry = next((e for e in current if cause_value(e) == later), current[0])
        self._add_drift("cause", e_entry, l_entry)

    def _retracted_cause(self, side: Side) -> bool:
        """The vendor's side gave a cause and later said it was not so ("there is no such policy"):
        its account changed, whether or not the two causes are one mechanism at different depths."""
        entries = side.vendor_all
        for denial in entries:
            if denial.polarity != "denies" or not isinstance(denial.normalized, str):
                continue
            denied = denial.normalized.strip().lower()
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
        own_doc_cause = next((m.cause_category for m in self.vendor_mentions
                              if m.document_id == doc and not m.is_status and m.cause_category not in (None, "unknown")), None)
        if statement[0].own and own_doc_cause:
            return own_doc_cause
        # A cause the same statement rejects ("some said DDoS; it was not an attack") is not what it blames.
        rejected = {str(e.normalized).lower() for e in statement if e.polarity == "denies"}
        return _most_common([cause_value(e) for e in statement if cause_value(e) not in rejected])

    def _add_drift(self, attribute: str, earlier: Entry, later: Entry) -> None:
        e_text, l_text = _text(earlier), _text(later)
        self.add(attribute, "drift", [earlier, later], [], f"{l_text} (earlier: {e_text})", None, 0.5,
                 f'{_who_vendor([later], self.provider)} changed its account of the {LABELS[attribute]} of the {self.provider} outage '
                 f'from {_said(attribute, earlier, e_text)} to {_said(attribute, later, l_text)}.')

    # ------------------------------------------------------------ ai

    def ai(self, side: Side | None, cause_side: Side | None) -> None:
        side = side or Side()
        denials = [e for e in (cause_side.vendor_all if cause_side else []) if denies_ai(e)]
        vendor = [e for e in side.vendor_all if ai_value(e) is not None] + denials
        current = [e for e in side.vendor_current if ai_value(e) is not None] or vendor
        vendor_says = _most_common([ai_value(e) for e in current])
        press_yes = [e for e in side.press if ai_value(e) is True]
        press_no = [e for e in side.press if ai_value(e) is False]
        alleged = press_yes or any(m.ai_involved for m in self.press_mentions)
        who = _who_vendor(current, self.provider)
        if vendor_says is False and alleged:
            p_text = _text(press_yes[0] if press_yes else None, "AI involved")
            v_text = _text(current[0], False)
            self.add("ai", "denial", current, press_yes, v_text, p_text, 0.9,
                     f'{who} denies that AI caused the {self.provider} outage ("{_short(v_text)}"), while {_who_press(press_yes)} reports "{_short(p_text)}".')
        elif vendor_says is True and press_no:
            v_text, p_text = _text(current[0], True), _text(press_no[0], False)
            self.add("ai", "contradiction", current, press_no, v_text, p_text, 0.6,
                     f'{who} says AI took part in the {self.provider} outage ("{_short(v_text)}"), while {_who_press(press_no)} says "{_short(p_text)}".')
        elif vendor_says is None and alleged and not any(m.ai_involved is not None for m in self.vendor_mentions if m.ai_involved):
            p_text = _text(press_yes[0] if press_yes else None, "AI involved")
            self.add("ai", "omission", [], press_yes, None, p_text, 0.7,
                     f'{_cap(_who_press(press_yes))} says AI was involved in the {self.provider} outage ("{_short(p_text)}"), and {self.provider} has not addressed it.')
        first = _most_common([ai_value(e) for e in side.vendor_first])
        if side.vendor_first is not side.vendor_current and first is not None and vendor_says is not None and first != vendor_says:
            self._add_drift("ai", side.vendor_first[0], current[0])

    # ------------------------------------------------------------ duration

    def duration(self, side: Side | None, record: IncidentRecord) -> None:
        side = side or Side()
        vendor = [(e, vendor_hours(e)) for e in side.vendor_current]
        vendor = [(e, h) for e, h in vendor if h is not None]
        if any(hours_value(e) is not None for e, _ in vendor):
            vendor = [(e, h) for e, h in vendor if hours_value(e) is not None]  # figures over words
        # Only what the vendor says counts as its account; status-page timestamps are evidence of
        # the consensus duration, not a statement anyone could disagree with.
        # A report published while the outage still ran can only give the time so far, not its length.
        ended = _end_instant(record)
        def after_end(at: str | None) -> bool:
            published = parse_window(at)
            return ended is None or published is None or published.hi >= ended
        press = [(e, hours_value(e)) for e in side.press if hours_value(e) and after_end(e.at)]
        press_values = [h for _, h in press] + [m.duration_hours for m in self.press_mentions
                                                if m.duration_hours and after_end(m.published_at)]
        if vendor and press_values:
            v_entry, v_hours = vendor[0]
            typical = median(press_values)
            low, high = sorted((v_hours, typical))
            ratio = high / low if low > 0 else math.inf
            # The press quote shown must itself be far from the vendor's figure: a typical value pulled
            # away by other reports must not pair the vendor with a quote that agrees with it.
            far = [(e, h) for e, h in press if max(h, v_hours) / max(min(h, v_hours), 1e-9) >= MAGNITUDE_RATIO]
            if ratio >= MAGNITUDE_RATIO and (far or not press):
                p_entry = min(far, key=lambda eh: abs(eh[1] - typical))[0] if far else None
                v_text, p_text = _text(v_entry, v_hours), _text(p_entry, typical)
                severity = 0.9 if math.isinf(ratio) else 0.4 + 0.2 * math.log2(ratio)
                self.add("duration", "magnitude", [e for e, _ in vendor if e], [p_entry] if p_entry else [], v_text, p_text,
                         severity, f'{_who_vendor([e for e, _ in vendor if e], self.provider)} puts the {self.provider} outage at '
                                   f'{_said("duration", v_entry, v_text)} while {_who_press([p_entry] if p_entry else [])} reports '
                                   f'{_said("duration", p_entry, p_text)}.')
        if side.vendor_first is not side.vendor_current:
            # A figure given while the outage still ran is the time so far, which later figures
            # naturally exceed: only lengths stated once it was over can have changed.
            # Windows between clock times ("between 09:47 and 10:36 UTC") mark a phase as often as the
            # whole outage (each update gives its symptom's window): drift compares stated lengths.
            first = [(e, hours_value(e)) for e in side.vendor_first if hours_value(e) and after_end(e.at) and not _is_window(e)]
            now = [(e, hours_value(e)) for e in side.vendor_current if hours_value(e) and after_end(e.at) and not _is_window(e)]
            if first and now:
                (e0, h0), (e1, h1) = first[0], max(now, key=lambda eh: eh[1])
                if max(h0, h1) / min(h0, h1) >= MAGNITUDE_RATIO:
                    self._add_drift("duration", e0, e1)

    # ------------------------------------------------------------ scope

    def scope(self, side: Side | None) -> None:
        side = side or Side()
        vendor = [e for e in side.vendor_current if scope_rank(e) is not None]
        press = [e for e in side.press if scope_rank(e) is not None]
        # Scope is a framing ("extremely limited" vs "customers across the region"): it takes the
        # outlet's own words. A monitoring firm's count alone stays in the accounts for readers.
        press = [e for e in press if e.speaker_kind == "press"]
        if vendor and press:
            v_rank = _most_common([scope_rank(e) for e in vendor])
            counts = Counter(scope_rank(e) for e in press)
            p_rank = max(counts, key=lambda r: (counts[r], abs(r - v_rank)))
            if p_rank != v_rank:
                differing = [e for e in press if scope_rank(e) == p_rank]
                v_entry = next(e for e in vendor if scope_rank(e) == v_rank)
                v_text, p_text = _text(v_entry), _text(differing[0])
                self.add("scope", "scope", vendor, differing, v_text, p_text, 0.4 + 0.25 * abs(p_rank - v_rank),
                         f'{_who_vendor(vendor, self.provider)} describes the {self.provider} outage as "{_short(v_text)}" while '
                         f'{_who_press(differing)} describes it as "{_short(p_text)}".')
        if side.vendor_first is not side.vendor_current:
            first = [e for e in side.vendor_first if scope_rank(e) is not None]
            # Only a jump from "limited" to "global" (or back): neighbouring ranks are facets of one story.
            if first and vendor and abs(scope_rank(first[0]) - _most_common([scope_rank(e) for e in vendor])) >= 2:
                self._add_drift("scope", first[0], vendor[0])
                return
        self._drift_counts(side)

    def _drift_counts(self, side: Side) -> None:
        """The vendor's own count of what was hit changed ("about 400 customers", later "775 customers")."""
        counted = sorted(((parse_window(e.at).lo if parse_window(e.at) else 0.0, e.at or "", i, e, n, unit)
                          for i, e in enumerate(side.vendor_all) for n, unit in counts(e)), key=lambda t: t[:3])
        for unit in {t[5] for t in counted}:
            same = [t for t in counted if t[5] == unit]
            (t0, at0, _, e0, n0, _), (t1, at1, _, e1, n1, _) = same[0], same[-1]
            if (t0, at0) < (t1, at1) and max(n0, n1) / max(1, min(n0, n1)) >= MAGNITUDE_RATIO:
                self._add_drift("scope", e0, e1)
                return

    # ------------------------------------------------------------ start / end

    def moment(self, attribute: str, side: Side | None) -> None:
        side = side or Side()
        def window(e: Entry):
            return parse_window(e.normalized) if isinstance(e.normalized, str) else None
        vendor = [e for e in side.vendor_current if window(e)]
        press = [e for e in side.press if window(e)]
        if vendor and press:
            v = window(vendor[0])
            far = [e for e in press if window(e).gap(v) > START_GAP]
            if len(far) * 2 > len(press):  # most of the press side disagrees, not one stray date
                v_text, p_text = _text(vendor[0]), _text(far[0])
                self.add(attribute, "contradiction", vendor[:1], far, v_text, p_text, 0.3,
                         f'{_who_vendor(vendor, self.provider)} gives the {LABELS[attribute]} of the {self.provider} outage as '
                         f'"{_short(v_text)}" while {_who_press(far)} gives "{_short(p_text)}".')


def _end_instant(record: IncidentRecord) -> float | None:
    """When the outage ended, as far as the consensus knows (stated end, else start plus duration)."""
    end = parse_window(record.ended_at)
    if end is not None and end.width <= HOUR:
        return end.hi
    start = parse_window(record.started_at)
    if start is not None and start.width <= HOUR and record.duration_hours and record.duration_basis != "press":
        return start.hi + record.duration_hours * HOUR
    return None


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
