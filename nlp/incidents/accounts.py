"""Per incident: the vendor's and the press's account of each attribute, and the consensus.

The vendor account is ordered by when each statement was made: the latest statement is the
vendor's current position, earlier ones are its history (where drift shows). Press and `other`
speakers (analysts, monitoring firms, customers) are listed together on the press side for readers;
each entry keeps its speaker kind, and disagreements read only `press` speakers (`other` is on
neither side: docs/labelling-guide.md, "Gold disagreements").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from nlp.findings import DEPTH
from nlp.incidents.records import ClaimInfo, IncidentRecord, MentionInfo
from nlp.incidents.times import HOUR, parse_instant, parse_window

# Status-page text is rendered as "Status (YYYY-MM-DD HH:MM UTC): text" paragraphs
# (data.models.render_timeline_text), so a claim's offset tells which update said it.
_UPDATE = re.compile(r"^[A-Za-z][A-Za-z ]*\((\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC\):", re.MULTILINE)


def update_times(text: str) -> list[tuple[int, str]]:
    return [(m.start(), f"{m[1]}T{m[2]}:00Z") for m in _UPDATE.finditer(text or "")]


def statement_time(claim_start: int, updates: list[tuple[int, str]], fallback: str | None) -> str | None:
    at = None
    for offset, when in updates:
        if offset <= claim_start:
            at = when
    return at or (updates[0][1] if updates else fallback)


@dataclass(slots=True)  # one per mention/claim: hundreds of thousands in a full rebuild
class Entry:
    """One claim as the accounts see it."""

    claim_id: str | None
    document_id: str
    value: str | None
    normalized: Any
    polarity: str
    speaker_kind: str
    speaker: str | None
    at: str | None
    quote: str = ""
    own: bool = False  # the vendor's own publication (status page, statement, postmortem)

    def as_json(self) -> dict[str, Any]:
        return {
            "claim_id": self.claim_id, "document_id": self.document_id, "value": self.value,
            "normalized": self.normalized, "polarity": self.polarity, "speaker_kind": self.speaker_kind,
            "speaker": self.speaker, "at": self.at, "in_vendor_document": self.own,
        }


@dataclass
class Side:
    vendor_current: list[Entry] = field(default_factory=list)
    vendor_history: list[list[Entry]] = field(default_factory=list)  # other statements (quoted ones may be later), oldest first
    press: list[Entry] = field(default_factory=list)

    @property
    def vendor_all(self) -> list[Entry]:
        return [e for statement in self.vendor_history for e in statement] + self.vendor_current

    def vendor_all_statements(self) -> list[list[Entry]]:
        """Every vendor statement on this attribute, the current one included (unordered)."""
        return [st for st in self.vendor_history + [self.vendor_current] if st]

    @property
    def vendor_first(self) -> list[Entry]:
        """The vendor's earliest statement on this attribute (own or quoted)."""
        if self.vendor_history and self._key(self.vendor_history[0]) < self._key(self.vendor_current):
            return self.vendor_history[0]
        return self.vendor_current

    @staticmethod
    def _key(statement: list[Entry]) -> tuple:
        return (parse_instant(statement[0].at) or 0.0, statement[0].at or "", statement[0].document_id)


def build_accounts(claims: list[ClaimInfo]) -> dict[str, Side]:
    """Claims per attribute, split into the vendor's statements (in time order) and the press side."""
    sides: dict[str, Side] = {}
    vendor_by_attr: dict[str, list[Entry]] = {}
    for c in claims:
        entry = Entry(c.id, c.document_id, c.value, c.normalized, c.polarity, c.speaker_kind, c.speaker, c.at, c.quote,
                      c.in_vendor_document)
        side = sides.setdefault(c.attribute, Side())
        if c.speaker_kind == "vendor":
            vendor_by_attr.setdefault(c.attribute, []).append(entry)
        else:
            side.press.append(entry)
    for attribute, entries in vendor_by_attr.items():
        statements: dict[tuple, list[Entry]] = {}
        for e in entries:
            statements.setdefault((parse_instant(e.at) or 0.0, e.at or "", e.document_id), []).append(e)
        ordered = [statements[k] for k in sorted(statements)]
        current = _current_statement(ordered, attribute)
        sides[attribute].vendor_current = ordered[current]
        sides[attribute].vendor_history = ordered[:current] + ordered[current + 1:]
    for side in sides.values():
        side.press.sort(key=lambda e: (parse_instant(e.at) or 0.0, e.document_id, e.claim_id or ""))
    return sides


# Reported speech that tells what the vendor said before ("had blamed", "at the time", "initially").
_EARLIER_WORDS = re.compile(
    r"\b(?:initially|originally|at first|at the time|back then|early on|first (?:said|blamed|claimed|cited|pointed|attributed|described|called))\b"
    r"|\b(?:had|has|have) (?:said|blamed|claimed|cited|pointed|attributed|described|called|insisted|maintained|stated|told|put)\b",
    re.IGNORECASE)
# A later report of the vendor's words is a new statement only when published well after its last own
# publication: within days, the press is still retelling what the vendor had published.
NEW_STATEMENT_GAP_DAYS = 7


def _current_statement(ordered: list[list[Entry]], attribute: str) -> int:
    """The vendor's current position among its statements (oldest first): the latest thing it
    published itself; a later press article quoting an old statement does not make it new. A report
    published weeks after the vendor's last own publication that quotes the vendor giving a value
    none of its own publications gave ("told a Senate committee that the systems were hit by bots",
    "said in an interview this month that a vendor's patch was to blame") records a newer statement,
    unless it says itself that it tells what was said earlier ("had blamed", "has said", "at the time").
    For the cause, only a link at least as deep as the vendor's own account replaces it (C6): "we did
    not have enough power" after the vendor's "a substation fire" tells the same chain again."""
    own = [i for i, st in enumerate(ordered) if st[0].own]
    if not own:
        return len(ordered) - 1
    last_own = own[-1]
    published = parse_instant(ordered[last_own][0].at)
    said = {_said_value(e) for i in own for e in ordered[i]}
    for i in range(len(ordered) - 1, last_own, -1):
        statement = ordered[i]
        at = parse_instant(statement[0].at)
        if published is None or at is None or at - published < NEW_STATEMENT_GAP_DAYS * 24 * HOUR:
            break
        if any(_EARLIER_WORDS.search(e.quote or "") for e in statement):
            continue
        if any(_said_value(e) not in said for e in statement) and _as_deep(statement, ordered, own, attribute):
            return i
    return last_own


def _as_deep(statement: list[Entry], ordered: list[list[Entry]], own: list[int], attribute: str) -> bool:
    if attribute != "cause":
        return True
    own_depth = max((DEPTH.get(c, 0) for i in own for e in ordered[i] if (c := cause_value(e))), default=0)
    return any(DEPTH.get(c, 0) >= own_depth for e in statement if (c := cause_value(e)))


def _said_value(entry: Entry) -> tuple[str, str]:
    return (str(entry.normalized).strip().lower(), entry.polarity)


def accounts_json(sides: dict[str, Side]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for attribute in sorted(sides):
        side = sides[attribute]
        out[attribute] = {
            "vendor": {
                "current": [e.as_json() for e in side.vendor_current],
                "history": [[e.as_json() for e in statement] for statement in side.vendor_history],
            },
            "press": [e.as_json() for e in side.press],
        }
    return out


# ---------------------------------------------------------------- value readers


def ai_value(entry: Entry) -> bool | None:
    """True/False for an AI claim; a denial is False whatever was denied."""
    if entry.polarity == "denies":
        return False
    if isinstance(entry.normalized, bool):
        return entry.normalized
    if isinstance(entry.normalized, str) and entry.normalized.lower() in ("true", "false"):
        return entry.normalized.lower() == "true"
    return None


def cause_value(entry: Entry) -> str | None:
    if entry.polarity != "asserts" or not isinstance(entry.normalized, str):
        return None
    value = entry.normalized.strip().lower()
    return None if value in ("", "unknown") else value


def hours_value(entry: Entry) -> float | None:
    if isinstance(entry.normalized, bool):
        return None
    if isinstance(entry.normalized, (int, float)):
        return float(entry.normalized) if entry.normalized >= 0 else None
    try:
        return float(entry.normalized) if entry.normalized is not None else None
    except (TypeError, ValueError):
        return None


def denies_ai(entry: Entry) -> bool:
    """"Not AI" said about the cause: a cause claim denying ai_agent, or an AI claim denying."""
    if entry.polarity != "denies":
        return False
    return entry.normalized in (False, "ai_agent", "ai", None) or str(entry.normalized).lower() in ("false", "ai_agent")


def _most_common(values: list[str]) -> str | None:
    values = [v for v in values if v]
    if not values:
        return None
    counts = Counter(values)
    best = max(counts.values())
    return next(v for v in values if counts[v] == best)  # first-seen among the most common


def _distinct(items: list[str]) -> list[str]:
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}
    for item in items:
        key = item.strip().lower()
        if key:
            counts[key] += 1
            spelling.setdefault(key, item.strip())
    return [spelling[k] for k, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]


# ---------------------------------------------------------------- consensus


def _precise_first(values: list[tuple[str, str]], latest: bool = False) -> tuple[str, str] | None:
    """(iso, basis) with the narrowest window, earliest on ties (latest for an end: "most had
    recovered by 09:00" is a milestone, the outage ends when the last part recovers)."""
    scored = [(parse_window(v), v, b) for v, b in values if v]
    scored = [(w.width, -w.lo if latest else w.lo, v, b) for w, v, b in scored if w is not None]
    if not scored:
        return None
    _, _, value, basis = min(scored)
    return value, basis


def build_incident(
    incident_id: str,
    mentions: list[MentionInfo],
    claims: list[ClaimInfo],
    first_update_at: dict[str, str],
    anchor: str | None,
    pipeline_version: str | None,
) -> tuple[IncidentRecord, dict[str, Side]]:
    """The incident row without disagreements (those are detected from the returned sides)."""
    sides = build_accounts(claims)
    primary = [m for m in mentions if m.is_primary] or mentions
    providers = Counter(m.effective_provider for m in mentions if m.effective_provider)
    by_rank = sorted(primary, key=lambda m: (0 if m.is_status else 1 if m.source_kind == "vendor" else 2, m.published_at or "", m.id))
    anchor_mention = next((m for m in mentions if m.id == anchor), by_rank[0] if by_rank else None)
    record = IncidentRecord(
        id=incident_id,
        provider=providers.most_common(1)[0][0] if providers else None,
        title=_headline(anchor_mention, by_rank),
        services=_distinct([s for m in mentions for s in m.services]),
        regions=_distinct([r for m in mentions for r in m.regions]),
        anchor=anchor,
        pipeline_version=pipeline_version,
    )
    status = [m for m in mentions if m.is_status]
    vendor = [m for m in mentions if m.source_kind == "vendor" and not m.is_status]
    press = [m for m in mentions if m.source_kind != "vendor"]

    # Time: status page first, then the vendor's statements, then the press.
    def basis_values(attr: str, field_name: str) -> list[tuple[str, str]]:
        for group, basis in ((status, "status_page"), (vendor, "vendor_statement")):
            found = [(getattr(m, field_name) or "", basis) for m in group if getattr(m, field_name)]
            if basis == "status_page" and field_name == "start" and not found:
                found = [(first_update_at.get(m.document_id) or m.published_at or "", basis) for m in group]
            if basis == "vendor_statement":
                found += [(str(e.normalized), basis) for e in sides.get(attr, Side()).vendor_all if isinstance(e.normalized, str)]
            if any(v for v, _ in found):
                return found
        found = [(getattr(m, field_name) or "", "press") for m in press if getattr(m, field_name)]
        return found + [(str(e.normalized), "press") for e in sides.get(attr, Side()).press if isinstance(e.normalized, str)]

    if start := _precise_first(basis_values("start", "start")):
        record.started_at, record.start_basis = start
    end_basis = None
    if end := _precise_first(basis_values("end", "end"), latest=True):
        record.ended_at, end_basis = end
    record.duration_hours, record.duration_basis = _duration(status, vendor, press, sides.get("duration"), record, end_basis)

    record.vendor_cause = _vendor_cause(status + vendor, sides.get("cause"))
    record.press_cause = _press_cause(press, sides.get("cause"))
    if record.vendor_cause:
        record.cause_category = record.vendor_cause
        record.cause_basis = "status_page" if any(m.cause_category == record.vendor_cause for m in status) else "vendor_statement"
    elif record.press_cause:
        record.cause_category, record.cause_basis = record.press_cause, "press"
    else:
        record.cause_category = "unknown"

    record.ai_status, record.ai_role = _ai_status(status + vendor, press, sides)

    docs = {m.document_id: m for m in mentions}
    record.n_documents = len(docs)
    record.n_vendor_documents = sum(1 for m in docs.values() if m.source_kind == "vendor")
    record.n_press_documents = record.n_documents - record.n_vendor_documents
    press_times = [m.published_at for m in primary if m.source_kind != "vendor" and m.published_at]
    vendor_times = [
        (first_update_at.get(m.document_id) or m.published_at) for m in mentions if m.source_kind == "vendor"
    ]
    record.first_press_at = min(press_times, key=lambda t: parse_instant(t) or 0.0) if press_times else None
    vendor_times = [t for t in vendor_times if t]
    record.first_vendor_at = min(vendor_times, key=lambda t: parse_instant(t) or 0.0) if vendor_times else None
    p, v = parse_instant(record.first_press_at), parse_instant(record.first_vendor_at)
    # Positive: the vendor acknowledged after the first press report; negative: before it.
    record.ack_delay_hours = round((v - p) / HOUR, 2) if p is not None and v is not None else None
    record.accounts = accounts_json(sides)
    if record.title is None and mentions and not any(m.is_primary for m in mentions):
        record.title = _recalled_title(record)
    return record, sides


def _headline(anchor: MentionInfo | None, by_rank: list[MentionInfo]) -> str | None:
    """The headline of a report whose main subject is this incident, the anchor's first."""
    for m in ([anchor] if anchor else []) + by_rank:
        if m.is_primary and m.title:
            return m.title
    return None


def _recalled_title(record: IncidentRecord) -> str:
    """A title for an incident known only from reports that recall it: their headlines are about
    the other incident they cover, so they would mislabel this one."""
    who = record.provider or "Unknown provider"
    if record.services:
        who += ": " + ", ".join(record.services[:2])
    when = record.started_at[:10] if record.started_at else "date not given"
    reports = f"{record.n_documents} report" + ("s" if record.n_documents != 1 else "")
    return f"{who} — earlier incident ({when}), recalled in {reports}"


def _duration(status, vendor, press, side, record, end_basis) -> tuple[float | None, str | None]:
    for group, basis in ((status, "status_page"), (vendor, "vendor_statement")):
        values = [m.duration_hours for m in group if m.duration_hours is not None]
        if basis == "vendor_statement" and side:
            values += [h for h in (hours_value(e) for e in side.vendor_current) if h is not None]
        if basis == "status_page" and not values and record.started_at and record.ended_at and record.start_basis == end_basis == "status_page":
            s, e = parse_window(record.started_at), parse_window(record.ended_at)
            if s and e and s.width == 0 and e.width == 0 and e.lo >= s.lo:
                values.append(round((e.lo - s.lo) / HOUR, 2))
        if values:
            return float(values[0]) if len(values) == 1 else float(median(values)), basis
    values = [m.duration_hours for m in press if m.duration_hours is not None]
    if side:
        values += [h for h in (hours_value(e) for e in side.press) if h is not None]
    return (float(median(values)), "press") if values else (None, None)


def _vendor_cause(vendor_mentions: list[MentionInfo], side: Side | None) -> str | None:
    if side and side.vendor_current:
        current = _most_common([cause_value(e) for e in side.vendor_current])
        if current:
            return current
    ordered = sorted(vendor_mentions, key=lambda m: (m.published_at or "", m.id))
    causes = [m.cause_category for m in ordered if m.cause_category and m.cause_category != "unknown"]
    return causes[-1] if causes else None


def _press_cause(press_mentions: list[MentionInfo], side: Side | None) -> str | None:
    values = [cause_value(e) for e in side.press] if side else []
    values += [m.cause_category for m in press_mentions if m.is_primary and m.cause_category not in (None, "unknown")]
    return _most_common(values)


def _ai_status(vendor_mentions, press_mentions, sides: dict[str, Side]) -> tuple[str, str | None]:
    vendor_entries = (sides["ai"].vendor_current if "ai" in sides else []) + [
        e for e in (sides["cause"].vendor_current if "cause" in sides else []) if denies_ai(e)
    ]
    vendor_says = [v for v in (ai_value(e) for e in vendor_entries) if v is not None]
    vendor_roles = [m.ai_role for m in vendor_mentions if m.ai_involved and m.ai_role]
    press_roles = [m.ai_role for m in press_mentions if m.ai_involved and m.ai_role]
    if vendor_says:
        if vendor_says[-1]:
            return "acknowledged", _most_common(vendor_roles + press_roles)
        return "denied", _most_common(press_roles)
    if any(m.ai_involved for m in vendor_mentions):
        return "acknowledged", _most_common(vendor_roles + press_roles)
    press_entries = sides["ai"].press if "ai" in sides else []
    if any(ai_value(e) for e in press_entries) or any(m.ai_involved for m in press_mentions):
        return "alleged", _most_common(press_roles)
    return "none", None
