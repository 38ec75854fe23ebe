"""Where the vendor's account and the press's account conflict (DESIGN.md §7).

Kinds: contradiction (different values), denial (press asserts AI, vendor denies), magnitude
(durations ≥ 1.5× apart, or "brief" against hours), scope (limited/regional/global differ),
omission (press alleges a cause or AI; the vendor, who did speak, never addresses it) and drift
(the vendor's own statements changed over time). One disagreement per (attribute, kind).
"""

from __future__ import annotations

import math
from collections import Counter

from data.models import stable_id
from nlp.incidents.accounts import Entry, Side, ai_value, cause_value, denies_ai, hours_value
from nlp.incidents.records import Disagreement, IncidentRecord
from nlp.incidents.times import HOUR, parse_window

SCOPE_RANK = {"limited": 0, "regional": 1, "global": 2}
MAGNITUDE_RATIO = 1.5
# Qualitative durations a vendor uses to play an outage down; against a stated hour or more they disagree.
SHORT_WORDS = ("brief", "short", "momentar", "few minutes", "minutes", "quick", "limited")
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


def _who_vendor(entries: list[Entry], provider: str) -> str:
    speakers = [e.speaker for e in entries if e.speaker]
    return speakers[0] if speakers else provider


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
    def __init__(self, incident_id: str, provider: str | None, has_vendor_voice: bool, press_alleges_ai: bool = False):
        self.incident_id = incident_id
        self.press_alleges_ai = press_alleges_ai
        self.provider = provider or "the provider"
        self.has_vendor_voice = has_vendor_voice
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

    # ------------------------------------------------------------ per attribute

    def cause(self, side: Side, record: IncidentRecord) -> None:
        vendor = [e for e in side.vendor_current if cause_value(e)]
        vendor_values = {cause_value(e) for e in vendor} or ({record.vendor_cause} if record.vendor_cause else set())
        press_values = [cause_value(e) for e in side.press]
        if not any(press_values) and record.press_cause:
            press_values = [record.press_cause]
        disagreeing = [v for v in press_values if v and v not in vendor_values]
        who = _who_vendor(vendor or side.vendor_current, self.provider)
        label = f"the {self.provider} outage"
        if vendor_values and disagreeing:
            value = _most_common(disagreeing)
            press = [e for e in side.press if cause_value(e) == value]
            v_text = _text(vendor[0] if vendor else None, record.vendor_cause)
            p_text = _text(press[0] if press else None, value)
            ai = "ai_agent" in vendor_values or value == "ai_agent"
            self.add("cause", "contradiction", vendor, press, v_text, p_text, 0.9 if ai else 0.7,
                     f'On the cause of {label}, {who} says "{v_text}" while {_who_press(press) if press else "the press"} reports "{p_text}".')
        elif not vendor_values and not side.vendor_all and any(press_values) and self.has_vendor_voice:
            value = _most_common(press_values)
            press = [e for e in side.press if cause_value(e) == value]
            p_text = _text(press[0] if press else None, value)
            self.add("cause", "omission", [], press, None, p_text, 0.7 if value == "ai_agent" else 0.5,
                     f'{_cap(_who_press(press)) if press else "The press"} says the cause of {label} was "{p_text}", and {self.provider} has not addressed it.')
        self._drift("cause", side, cause_value)

    def ai(self, side: Side | None, cause_side: Side | None, record: IncidentRecord) -> None:
        side = side or Side()
        denials = [e for e in (cause_side.vendor_current if cause_side else []) if denies_ai(e)]
        vendor = [e for e in side.vendor_current if ai_value(e) is not None] + denials
        vendor_says = _most_common([ai_value(e) for e in vendor])
        press_yes = [e for e in side.press if ai_value(e) is True]
        press_no = [e for e in side.press if ai_value(e) is False]
        alleged = bool(press_yes) or self.press_alleges_ai
        who = _who_vendor(vendor, self.provider)
        if vendor_says is False and alleged:
            p_text = _text(press_yes[0] if press_yes else None, "AI involved")
            v_text = _text(vendor[0], False)
            self.add("ai", "denial", vendor, press_yes, v_text, p_text, 0.9,
                     f'{who} denies that AI caused the {self.provider} outage ("{v_text}"), while {_who_press(press_yes) if press_yes else "the press"} reports "{p_text}".')
        elif vendor_says is True and press_no:
            v_text, p_text = _text(vendor[0], True), _text(press_no[0], False)
            self.add("ai", "contradiction", vendor, press_no, v_text, p_text, 0.6,
                     f'{who} says AI took part in the {self.provider} outage ("{v_text}"), while {_who_press(press_no)} says "{p_text}".')
        elif vendor_says is None and not (cause_side and any(denies_ai(e) for e in cause_side.vendor_all)) \
                and not side.vendor_all and press_yes and self.has_vendor_voice:
            p_text = _text(press_yes[0], True)
            self.add("ai", "omission", [], press_yes, None, p_text, 0.7,
                     f'{_cap(_who_press(press_yes))} says AI was involved in the {self.provider} outage ("{p_text}"), and {self.provider} has not addressed it.')
        self._drift("ai", side, ai_value)

    def duration(self, side: Side | None, record: IncidentRecord) -> None:
        side = side or Side()
        vendor_hours = [(e, hours_value(e)) for e in side.vendor_current if hours_value(e) is not None]
        vendor_words = [e for e in side.vendor_current if hours_value(e) is None and e.value
                        and any(w in e.value.lower() for w in SHORT_WORDS)]
        press_hours = [(e, hours_value(e)) for e in side.press if hours_value(e) is not None]
        if not vendor_hours and not vendor_words and record.duration_basis == "status_page" and record.duration_hours:
            vendor_hours = [(None, record.duration_hours)]
        if not press_hours:
            self._drift("duration", side, hours_value)
            return
        p_entry, p_hours = max(press_hours, key=lambda eh: eh[1])
        p_text = _text(p_entry, p_hours)
        who = _who_vendor([e for e, _ in vendor_hours if e] + vendor_words, self.provider)
        if vendor_hours:
            v_entry, v_hours = vendor_hours[0]
            low, high = sorted((v_hours, p_hours))
            ratio = high / low if low > 0 else math.inf
            if ratio >= MAGNITUDE_RATIO:
                v_text = _text(v_entry, v_hours)
                severity = 0.9 if math.isinf(ratio) else 0.4 + 0.2 * math.log2(ratio)
                self.add("duration", "magnitude", [e for e, _ in vendor_hours if e], [p_entry], v_text, p_text, severity,
                         f'{who} puts the {self.provider} outage at "{v_text}" while {_who_press([p_entry])} reports "{p_text}".')
        elif vendor_words and p_hours >= 1.0:
            v_text = _text(vendor_words[0])
            self.add("duration", "magnitude", vendor_words, [p_entry], v_text, p_text, min(1.0, 0.5 + 0.1 * p_hours),
                     f'{who} calls the {self.provider} outage "{v_text}" while {_who_press([p_entry])} reports "{p_text}".')
        self._drift("duration", side, hours_value)

    def scope(self, side: Side | None) -> None:
        side = side or Side()
        def rank(e: Entry) -> int | None:
            return SCOPE_RANK.get(str(e.normalized).lower()) if e.polarity == "asserts" else None
        vendor = [e for e in side.vendor_current if rank(e) is not None]
        press = [e for e in side.press if rank(e) is not None]
        if vendor and press:
            v_rank = min(rank(e) for e in vendor)
            differing = [e for e in press if rank(e) != v_rank]
            if differing:
                p_entry = max(differing, key=lambda e: abs(rank(e) - v_rank))
                v_entry = next(e for e in vendor if rank(e) == v_rank)
                v_text, p_text = _text(v_entry), _text(p_entry)
                self.add("scope", "scope", vendor, differing, v_text, p_text, 0.4 + 0.25 * abs(rank(p_entry) - v_rank),
                         f'{_who_vendor(vendor, self.provider)} describes the {self.provider} outage as "{v_text}" while {_who_press(differing)} describes it as "{p_text}".')
        self._drift("scope", side, rank)

    def moment(self, attribute: str, side: Side | None) -> None:
        side = side or Side()
        def window(e: Entry):
            return parse_window(e.normalized) if isinstance(e.normalized, str) else None
        vendor = [e for e in side.vendor_current if window(e)]
        press = [e for e in side.press if window(e)]
        if vendor and press:
            v = window(vendor[0])
            far = [e for e in press if window(e).gap(v) > START_GAP]
            if far:
                v_text, p_text = _text(vendor[0]), _text(far[0])
                self.add(attribute, "contradiction", vendor[:1], far, v_text, p_text, 0.3,
                         f'{_who_vendor(vendor, self.provider)} gives the {LABELS[attribute]} of the {self.provider} outage as "{v_text}" while {_who_press(far)} gives "{p_text}".')

    def _drift(self, attribute: str, side: Side, reader) -> None:
        statements = side.vendor_history + ([side.vendor_current] if side.vendor_current else [])
        values = []
        for statement in statements:
            value = _most_common([reader(e) for e in statement])
            if value is not None:
                values.append((value, statement))
        if len(values) < 2:
            return
        (first, first_st), (last, last_st) = values[0], values[-1]
        changed = first != last
        if attribute == "duration" and changed:
            low, high = sorted((first, last))
            changed = low == 0 or high / low >= MAGNITUDE_RATIO
        if not changed:
            return
        earlier = next(e for e in first_st if reader(e) == first)
        later = next(e for e in last_st if reader(e) == last)
        e_text, l_text = _text(earlier, first), _text(later, last)
        self.add(attribute, "drift", [earlier, later], [], f"{l_text} (earlier: {e_text})", None, 0.5,
                 f'{_who_vendor([later], self.provider)} changed its account of the {LABELS[attribute]} of the {self.provider} outage from "{e_text}" to "{l_text}".')


def detect(
    incident_id: str, record: IncidentRecord, sides: dict[str, Side], *, has_vendor_voice: bool, press_alleges_ai: bool
) -> list[Disagreement]:
    """has_vendor_voice: the vendor published something on this incident (omission needs a speaker who left
    a point out); press_alleges_ai: a press/other document's own account says AI took part."""
    detector = Detector(incident_id, record.provider, has_vendor_voice, press_alleges_ai)
    detector.cause(sides.get("cause") or Side(), record)
    detector.ai(sides.get("ai"), sides.get("cause"), record)
    detector.duration(sides.get("duration"), record)
    detector.scope(sides.get("scope"))
    detector.moment("start", sides.get("start"))
    detector.moment("end", sides.get("end"))
    return sorted(detector.found, key=lambda d: d.id)
