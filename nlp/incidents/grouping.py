"""Placing incident mentions into incidents.

Rules (DESIGN.md §7):
- a mention only joins an incident of the same provider (or a sister product line, below) whose time
  window meets its own;
- services, regions and title words add or remove evidence; two status-page incidents join only
  on positive evidence (a shared service or region), because a status page lists each outage
  separately and only multi-feed vendors (AWS per service-region) split one outage;
- a document never puts two of its mentions into one incident, so a recalled earlier outage
  ("the October outage") attaches to its own incident and cannot bridge two outages;
- existing assignments are kept, so incident ids never change under re-runs or new documents;
  only unplaced mentions are placed, strongest evidence first (status page, vendor, press,
  background mentions).
Real extraction misreads dates, so a mention's time comes from several places, tried in order:
the start the text states (dropped when it falls after publication: a misread), a date the headline
names ("Summary of the June 10, 2025 outage"), then the weeks before publication — the later the
fallback, the more agreeing evidence (services, regions, title, cause) it needs; a report that dates nothing
(a regulator's findings, an inquiry) reaches back up to a year on the strongest evidence. A fresh stated date
that meets nothing may be a later day of an outage the reports still follow (a restart date, a misread):
an incident that began before it and had a publication on or after it needs less evidence. An undated
recall weeks later ("Fastly's outage") joins the provider's only incident of those weeks, and so does an
undated report more than a week on, when that incident is dated to the day. An attack's aftermath is reported for weeks:
a report of an attack whose stated date met nothing joins the provider's only attack of the weeks before, where the
evidence does not disagree (a later day misread as the start: stores reopening, a hearing).
Providers of one company (Microsoft Azure and Microsoft 365) may share an incident on positive
evidence, since one infrastructure failure takes down both product lines.
Blocking by company and 32-day buckets keeps the work near-linear.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from data.models import stable_id
from nlp.incidents.records import MentionInfo
from nlp.incidents.times import DAY, HOUR, Window, parse_window, title_window

BUCKET = 32 * DAY
MATCH_SLACK = 1 * DAY  # clocks, time zones and "late on the 19th" vs "the 20th"
PRESS_LOOKBACK = 7 * DAY  # an undated report is about something in the week before publication
_GENERIC = frozenset(
    "the a an and of for in on to with service services cloud platform incident outage issue issues "
    "degraded performance disruption elevated errors error partial major minor some users customers "
    "investigating resolved update".split()
)
_TOKEN = re.compile(r"[a-z0-9]+")
_REGION_TOKEN = re.compile(r"[a-z]+")  # "us-east1" -> us, east: zone numbers do not tell regions apart here
# Geographic words and the short forms region codes use, so "eastern United States" meets "us-east1".
_REGION_WORDS = {"eastern": "east", "western": "west", "northern": "north", "southern": "south", "central": "central",
                 "usa": "us", "america": "us", "european": "europe", "eu": "europe", "asian": "asia", "ap": "asia"}
_REGION_DROP = frozenset({"the", "of", "and", "region", "regions", "zone", "zones", "data", "center", "centre", "centers"})
_EVERYWHERE = frozenset({"global", "worldwide", "everywhere", "world"})  # compatible with any region
VAGUE = 45 * DAY  # a window wider than this ("2025") is too vague to place by time alone
EXTENDED_LOOKBACK = 60 * DAY  # analysis pieces weeks later still join when services or regions match
LONG_LOOKBACK = 180 * DAY  # retrospectives months later join only on strong evidence (services and regions)
# A report that dates nothing is a look back: a regulator's findings or an inquiry's report comes up to a
# year after the outage, and joins it on the same strong evidence.
REVIEW_LOOKBACK = 366 * DAY
FRESH = 7 * DAY  # news reports an outage within days; an older stated start is a look back or a misread
ONGOING_POINTS = 2  # evidence an outage still being reported needs for a later stated date (see `_best`)
MISREAD_AFTER = 12 * HOUR  # a start this long after publication cannot be right (time zones aside)
PROVIDERS_FILE = Path(__file__).resolve().parents[1] / "data" / "providers.json"
# Causes whose outage lasts or is reported for weeks after it began: a later date in a report is most often the same outage
_LASTING_CAUSES = frozenset({"cyberattack"})


def region_tokens(regions: list[str]) -> set[str]:
    out: set[str] = set()
    for region in regions:
        text = region.lower().replace("united states", "us").replace("north america", "us")
        out |= {_REGION_WORDS.get(t, t) for t in _REGION_TOKEN.findall(text) if t not in _REGION_DROP}
    return out


def _tokens(text: str, drop: frozenset[str] = frozenset()) -> frozenset[str]:
    return frozenset(t for t in _TOKEN.findall(text.lower()) if t not in _GENERIC and t not in drop)


def provider_key(provider: str | None) -> str | None:
    return provider.strip().lower() if provider and provider.strip() else None


@lru_cache(maxsize=1)
def _companies() -> dict[str, str]:
    """Provider (lower case) -> its company, from the extractor's provider list (read only)."""
    try:
        providers = json.loads(PROVIDERS_FILE.read_text(encoding="utf-8"))["providers"]
    except (OSError, ValueError, KeyError):
        return {}  # without the list every provider is its own family: grouping stays correct, only stricter
    return {p["name"].lower(): (p.get("company") or p["name"]).lower() for p in providers if p.get("name")}


# Last words that name what kind of body a name the provider list lacks is ("Skerrylink Ferries", "Glenmorven Bank"):
# the name without them ("Skerrylink", as the press shortens it) is the same family
_KIND_TAILS = frozenset("ferries ferry bank airlines airline airways rail railway group systems technologies holdings inc "
                        "ltd plc limited corp corporation company co games studios health energy telecom networks network "
                        "payments pay cloud".split())


def family_key(provider: str | None) -> str | None:
    """The company a provider belongs to: the block grouping searches in (a name the provider list lacks: itself,
    without a last word that says what kind of body it is)."""
    key = provider_key(provider)
    if not key:
        return None
    company = _companies().get(key)
    if company is not None:
        return company
    words = key.split()
    while len(words) > 1 and words[-1] in _KIND_TAILS:
        words.pop()
    return " ".join(words)


def family_providers(family: str) -> set[str]:
    """Every provider name (lower case) of a family, for loading one family's mentions."""
    return {p for p, c in _companies().items() if c == family} | {family}


def family_prefix(family: str) -> str | None:
    """The family of a name the provider list lacks, as the start of its members' names ("skerrylink" of
    "skerrylink ferries"), for loading them too; None for a listed company's family."""
    return None if family in _company_names() else family


@lru_cache(maxsize=1)
def _company_names() -> frozenset[str]:
    return frozenset(_companies().values())


@dataclass(slots=True)
class Placement:
    incident_id: str | None
    reason: str


@dataclass
class Cluster:
    id: str
    provider: str
    core: Window
    anchor: str  # mention id
    anchor_rank: tuple  # placement_order key of the anchor: the strongest, earliest member
    family: str = ""
    has_status: bool = False
    causes: set[str] = field(default_factory=set)
    service_tokens: set[str] = field(default_factory=set)
    region_tokens: set[str] = field(default_factory=set)
    title_tokens: set[str] = field(default_factory=set)
    documents: set[str] = field(default_factory=set)
    members: list[str] = field(default_factory=list)
    last_published: float = float("-inf")  # latest publication of a primary member: the outage is still reported


def rank(mention: MentionInfo) -> int:
    """Strength of a mention as evidence of an outage: lower is stronger."""
    if not mention.is_primary:
        return 3
    if mention.is_status:
        return 0
    return 1 if mention.source_kind == "vendor" else 2


@dataclass(frozen=True)
class Dates:
    """Where a mention can sit in time, by source (see the module docstring)."""

    stated: Window | None  # the start (to the end) the text gives, unless misread
    titled: Window | None  # a date the headline names (primary mentions only)
    published: Window | None
    stale: bool  # the stated start ends well before publication: a look back, or a misread year
    own_day: bool = False  # the stated start is only the publication day


def mention_dates(mention: MentionInfo) -> Dates:
    if mention.derived is None:
        mention.derived = _read_dates(mention)
    return mention.derived


def _read_dates(mention: MentionInfo) -> Dates:
    published = parse_window(mention.published_at)
    stated = parse_window(mention.start)
    if stated is not None:
        end = parse_window(mention.end)
        if end is not None and end.hi >= stated.lo and end.hi - stated.lo <= 30 * DAY:
            stated = Window(stated.lo, end.hi)
    if stated is not None and published is not None and stated.lo > published.hi + MISREAD_AFTER:
        stated = None  # a report cannot precede what it reports: the extractor took another date
    stale = stated is not None and published is not None and stated.hi < published.lo - FRESH
    # "Today" in a report is its publication day: a start that is just that day may be the article's own date.
    own_day = (stated is not None and published is not None and stated.width >= DAY
               and stated.lo <= published.lo < stated.hi)
    titled = title_window(mention.title, mention.published_at) if mention.is_primary else None
    return Dates(stated, titled, published, stale, own_day)


def mention_window(mention: MentionInfo) -> tuple[Window | None, bool]:
    """The time the mention can be about, and whether it came from publication (not a stated date)."""
    dates = mention_dates(mention)
    if dates.stated is not None:
        return dates.stated, False
    if dates.titled is not None:
        return dates.titled, False
    if dates.published is None or not mention.is_primary:
        return None, False
    if mention.is_status:
        return dates.published, True  # a status page is posted while the outage runs
    return Window(dates.published.lo - PRESS_LOOKBACK, dates.published.hi), True


class Grouper:
    def __init__(self, existing_ids: set[str]):
        self.clusters: dict[str, Cluster] = {}
        self.index: dict[str, dict[int, list[Cluster]]] = defaultdict(lambda: defaultdict(list))
        self.taken_ids = set(existing_ids)  # ids ever used, so a new incident never reuses a live one
        self._feature_cache: dict[str, tuple[set[str], set[str], set[str]]] = {}
        # Per document, the dated earlier outages it recalls (family, window): its undated main
        # mention is not one of those (`_best`).
        self.recalled: dict[str, list[tuple[str, Window]]] = defaultdict(list)

    def note_recall(self, mention: MentionInfo) -> None:
        window = parse_window(mention.start) if not mention.is_primary else None
        family = family_key(mention.effective_provider)
        if window is not None and family and window.width <= VAGUE:
            self.recalled[mention.document_id].append((family, window.widened(MATCH_SLACK)))

    # ---------------------------------------------------------------- evidence

    def _features(self, mention: MentionInfo) -> tuple[set[str], set[str], set[str]]:
        cached = self._feature_cache.get(mention.id)
        if cached is None:
            cached = self._feature_cache[mention.id] = self._compute_features(mention)
        return cached

    def _compute_features(self, mention: MentionInfo) -> tuple[set[str], set[str], set[str]]:
        drop = _tokens(mention.effective_provider or "") | _tokens(family_key(mention.effective_provider) or "")
        services = set().union(*(_tokens(s, drop) for s in mention.services)) if mention.services else set()
        regions = region_tokens(mention.regions)
        title = set(_tokens(mention.title, drop)) if mention.is_primary else set()
        return services, regions, title

    def score(self, mention: MentionInfo, cluster: Cluster, window: Window, from_pub: bool) -> int:
        services, regions, title = self._features(mention)
        points = 0
        same_provider = provider_key(mention.effective_provider) == cluster.provider
        if services and cluster.service_tokens:
            # Two product lines of one company name different services by nature: no evidence either way.
            points += 2 if services & cluster.service_tokens else (-1 if same_provider else 0)
        if regions and cluster.region_tokens and not (regions & _EVERYWHERE or cluster.region_tokens & _EVERYWHERE):
            points += 1 if regions & cluster.region_tokens else -1
        if not from_pub and window.width <= DAY and cluster.core.width <= DAY and window.widened(MATCH_SLACK).overlaps(cluster.core):
            points += 1  # both state the day or the minute, and they agree
        # The headline names the incident's service, or the incident's headlines name this one's, or they share words.
        if title & cluster.service_tokens or services & cluster.title_tokens:
            points += 1
        elif title and cluster.title_tokens:
            jaccard = len(title & cluster.title_tokens) / len(title | cluster.title_tokens)
            points += 1 if jaccard >= 0.25 else 0
        if mention.is_primary and mention.cause_category not in (None, "unknown") and mention.cause_category in cluster.causes:
            points += 1  # the same named cause: content agrees
        return points

    # ---------------------------------------------------------------- clusters

    def _index(self, cluster: Cluster) -> None:
        window = cluster.core.widened(MATCH_SLACK)  # probes cover their own reach; clusters sit where they are
        buckets = self.index[cluster.family]
        for b in range(int(window.lo // BUCKET), int(window.hi // BUCKET) + 1):
            if cluster not in buckets[b]:
                buckets[b].append(cluster)

    def _absorb(self, cluster: Cluster, mention: MentionInfo, window: Window | None, from_publication: bool) -> None:
        services, regions, title = self._features(mention)
        cluster.members.append(mention.id)
        cluster.documents.add(mention.document_id)
        if mention.is_primary:
            cluster.service_tokens |= services
            cluster.region_tokens |= regions
            cluster.title_tokens |= title
            cluster.has_status = cluster.has_status or mention.is_status
            if mention.cause_category not in (None, "unknown"):
                cluster.causes.add(mention.cause_category)
            published = mention_dates(mention).published
            if published is not None and published.lo > cluster.last_published:
                cluster.last_published = published.lo
            # A more precise stated time becomes the core; publication-based windows never narrow it.
            if window is not None and (not from_publication or mention.is_status) and window.width < cluster.core.width:
                cluster.core = window
                self._index(cluster)
        key = placement_order(mention)
        if key < cluster.anchor_rank:  # a function of membership only, so re-runs agree
            cluster.anchor, cluster.anchor_rank = mention.id, key

    def _new_id(self, mention: MentionInfo) -> str:
        candidate, n = stable_id("inc", mention.id), 1
        while candidate in self.taken_ids:
            candidate, n = stable_id("inc", mention.id, n), n + 1
        self.taken_ids.add(candidate)
        return candidate

    def keep(self, incident_id: str, mentions: list[MentionInfo]) -> list[MentionInfo]:
        """Rebuild an existing incident from its kept members; returns members that no longer fit."""
        providers = Counter(provider_key(m.effective_provider) for m in mentions if m.effective_provider)
        if not providers:
            return mentions
        provider = providers.most_common(1)[0][0]
        family = family_key(provider) or provider
        misfits, cluster = [], None
        for mention in sorted(mentions, key=placement_order):
            window, from_pub = mention_window(mention)
            if family_key(mention.effective_provider) != family or window is None:
                misfits.append(mention)
                continue
            if cluster is None:
                cluster = Cluster(incident_id, provider, window, mention.id, placement_order(mention), family)
                self.clusters[incident_id] = cluster
            self._absorb(cluster, mention, window, from_pub)
        if cluster is not None:
            self._index(cluster)
        return misfits

    def _best(self, mention: MentionInfo, family: str, window: Window, from_pub: bool, probe: Window,
              min_points: int, sisters: bool = True, ongoing_at: float | None = None
              ) -> tuple[Cluster | None, tuple | None]:
        """The best-scoring incident the probe meets. `ongoing_at`: a stated date that met no incident; an
        incident that began before it and was still being reported on that date needs only ONGOING_POINTS
        (the date is a later event of that outage: an update, a restart, a misread), not `min_points`."""
        best, best_key = None, None
        ref = window.hi if from_pub else window.mid
        seen: set[str] = set()
        buckets = self.index[family]
        provider = provider_key(mention.effective_provider)
        for b in range(int(probe.lo // BUCKET), int(probe.hi // BUCKET) + 1):
            for cluster in buckets.get(b, ()):
                if cluster.id in seen:
                    continue
                seen.add(cluster.id)
                if mention.document_id in cluster.documents or not probe.overlaps(cluster.core):
                    continue
                if from_pub and self._recalls(mention, family, cluster):
                    continue  # the document recalls this outage by its date, so its undated main story is another one
                points = self.score(mention, cluster, window, from_pub)
                needed = -1
                if mention.is_status and cluster.has_status:
                    needed = 1  # each status-page incident is its own outage unless services or regions say otherwise
                if (window.width > VAGUE) != (cluster.core.width > VAGUE):
                    needed = 1  # "in 2025" alone neither picks one of the year's outages nor draws a dated one in
                if provider != cluster.provider:
                    if not sisters:
                        continue
                    needed = max(needed, 1)  # a sister product line joins on positive evidence only
                least = min_points
                if (ongoing_at is not None and cluster.core.lo < ongoing_at <= cluster.last_published
                        and provider == cluster.provider):
                    least = min(least, ONGOING_POINTS)
                if points < max(needed, least):
                    continue
                key = (points, -abs(cluster.core.mid - ref), cluster.id)
                if best_key is None or key > best_key:
                    best, best_key = cluster, key
        return best, best_key

    def _attempts(self, mention: MentionInfo, dates: Dates) -> list[tuple[Window, bool, Window, int]]:
        """(window, from publication, probe, least evidence) to try in order: stated, headline, publication.

        Sister product lines are searched only within a week of the mention's own time (see `place`)."""
        out = []
        if dates.stated is not None:
            out.append((dates.stated, False, dates.stated.widened(MATCH_SLACK), -1))
        if dates.titled is not None:
            out.append((dates.titled, False, dates.titled.widened(MATCH_SLACK), -1))
        published = dates.published
        if not mention.is_primary or published is None:
            return out
        if mention.is_status:
            if not out:
                out.append((published, True, published.widened(MATCH_SLACK), -1))
            return out
        if dates.stated is None:
            least = (-1, 1, 3)  # undated: the week before publication, weeks back with evidence, months back with more
        elif dates.stale:
            least = (1, 1, 3)  # an old stated date that met nothing is as likely a misread as a look back
        elif dates.own_day:
            # A start that is only the publication day may be the article's own date: the week before, on
            # evidence; further back it is more likely a new outage of the same service ("Slack down again").
            least = (1, 3, 3)
        else:
            # A fresh stated date that met nothing is a new outage, unless services and regions both say
            # otherwise (the date may be the article's own; a new outage weeks later has a date that agrees).
            least = (3, 3, 3)
        lookbacks = (PRESS_LOOKBACK, EXTENDED_LOOKBACK, LONG_LOOKBACK)
        if dates.stated is None:
            lookbacks, least = lookbacks + (REVIEW_LOOKBACK,), least + (least[-1],)
        for lookback, points in zip(lookbacks, least):
            window = Window(published.hi - lookback, published.hi)
            out.append((window, True, window.widened(MATCH_SLACK), points))
        return out

    def place(self, mention: MentionInfo) -> Placement:
        provider = provider_key(mention.effective_provider)
        if provider is None:
            return Placement(None, "unassigned: no provider named")
        family = family_key(provider) or provider
        dates = mention_dates(mention)
        window, from_pub = mention_window(mention)
        if window is None:
            return self._place_undated_recall(mention, family, dates)
        attempts = self._attempts(mention, dates)
        for n, (probe_window, probe_from_pub, probe, least) in enumerate(attempts):
            # Weeks or months back, a sister product line's outage is a different outage: one company
            # ships many products, and their services share words ("Gemini CLI", "Vertex AI Gemini API").
            sisters = not probe_from_pub or probe_window.width <= PRESS_LOOKBACK
            # A fresh stated date that met nothing may be a later event of an outage still being reported.
            ongoing = (dates.stated.lo if probe_from_pub and dates.stated is not None and not dates.stale
                       and not dates.own_day and probe_window.width <= EXTENDED_LOOKBACK else None)
            best, best_key = self._best(mention, family, probe_window, probe_from_pub, probe, least, sisters, ongoing)
            if best is not None and n == 0 and dates.own_day:
                # The date may be the article's own: the week before competes, and evidence decides.
                week = next((a for a in attempts if a[1]), None)
                if week is not None:
                    other, other_key = self._best(mention, family, week[0], True, week[2], week[3], True)
                    if other is not None and other_key[0] > best_key[0]:
                        probe_window, probe_from_pub, best, best_key = week[0], True, other, other_key
            if best is not None:
                self._absorb(best, mention, probe_window if not probe_from_pub else window, probe_from_pub or from_pub)
                return Placement(best.id, f"joined: provider and time match, evidence score {best_key[0]}")
        if mention.is_primary and not mention.is_status and dates.stated is None and dates.titled is None and dates.published:
            # An undated piece more than a week on ("why Steam showed strangers' accounts") is about the
            # provider's only outage of the weeks before: a report of a new outage comes within days. (Only
            # an outage dated to the day: "some time in December" may as well be the one the piece recalls.)
            recent = Window(dates.published.hi - EXTENDED_LOOKBACK, dates.published.hi)
            only = self._only(mention, family, recent, recent.widened(MATCH_SLACK))
            if only is not None and only.core.width <= DAY and not self._recalls(mention, family, only):
                self._absorb(only, mention, None, True)
                return Placement(only.id, "joined: undated report on the provider's only outage in the weeks before")
        if mention.is_primary and not mention.is_status and dates.stated is not None and dates.published \
                and mention.cause_category in _LASTING_CAUSES:
            # An attack's aftermath is reported for weeks (stores reopening, a hearing, a later look back), and a
            # second attack on one provider within weeks is rare: a stated date that met nothing, in a report of the same
            # kind of cause, is a later day of the provider's only such outage of the weeks before, not a new one.
            recent = Window(dates.published.hi - EXTENDED_LOOKBACK, dates.published.hi)
            only = self._only(mention, family, recent, recent.widened(MATCH_SLACK))
            if only is not None and mention.cause_category in only.causes and only.core.lo <= dates.stated.hi \
                    and self.score(mention, only, recent, True) >= 1 and not self._recalls(mention, family, only):
                self._absorb(only, mention, None, True)
                return Placement(only.id, "joined: a later day of the provider's only attack in the weeks before")
        incident_id = self._new_id(mention)
        cluster = Cluster(incident_id, provider, window, mention.id, placement_order(mention), family)
        self.clusters[incident_id] = cluster
        self._absorb(cluster, mention, window, from_pub)
        self._index(cluster)
        return Placement(incident_id, "anchor: first mention of a new incident")

    def _place_undated_recall(self, mention: MentionInfo, family: str, dates: Dates) -> Placement:
        """An undated earlier outage ("the AWS outage") joins its provider's recent incident, never anchors one."""
        if mention.is_primary or dates.published is None:
            why = "no start date and no publication date" if mention.is_primary else "no start date"
            return Placement(None, f"unassigned: {why}")
        for lookback, least in ((PRESS_LOOKBACK, 0), (EXTENDED_LOOKBACK, 1)):
            window = Window(dates.published.hi - lookback, dates.published.hi)
            best, best_key = self._best(mention, family, window, True, window.widened(MATCH_SLACK), least, sisters=False)
            if best is not None:
                self._absorb(best, mention, None, True)
                return Placement(best.id, f"joined: undated recall of a recent outage, evidence score {best_key[0]}")
        # "The AWS outage" weeks later without other evidence: the provider's only outage of those weeks.
        only = self._only(mention, family, window, window.widened(MATCH_SLACK))
        if only is not None:
            self._absorb(only, mention, None, True)
            return Placement(only.id, "joined: undated recall of the provider's only outage in the weeks before")
        return Placement(None, "unassigned: no start date")

    def _recalls(self, mention: MentionInfo, family: str, cluster: Cluster) -> bool:
        """The mention's document recalls this incident by its date (a non-primary mention)."""
        return any(f == family and w.overlaps(cluster.core) for f, w in self.recalled.get(mention.document_id, ()))

    def _only(self, mention: MentionInfo, family: str, window: Window, probe: Window) -> Cluster | None:
        """The one incident of the mention's own provider the probe meets (evidence not against it), if
        exactly one: with two or more, an undated recall cannot tell which one it means."""
        provider, found = provider_key(mention.effective_provider), {}
        buckets = self.index[family]
        for b in range(int(probe.lo // BUCKET), int(probe.hi // BUCKET) + 1):
            for cluster in buckets.get(b, ()):
                if cluster.id in found or cluster.provider != provider or not probe.overlaps(cluster.core):
                    continue
                found[cluster.id] = cluster
                if len(found) > 1:
                    return None
        cluster = next(iter(found.values()), None)
        if cluster is None or mention.document_id in cluster.documents or self.score(mention, cluster, window, True) < 0:
            return None
        return cluster


def placement_order(mention: MentionInfo) -> tuple:
    """Strongest evidence first; within a rank, mentions whose stated date looks unreliable (long
    before publication) wait until the incidents they may belong to have formed."""
    window, _ = mention_window(mention)
    return (rank(mention), mention_dates(mention).stale, window.lo if window else float("inf"), mention.id)


def group(
    mentions: list[MentionInfo], live_incidents: set[str], taken_ids: set[str]
) -> tuple[dict[str, Placement], dict[str, Cluster]]:
    """Keep mentions already in a live incident, place the rest. Returns placements of every mention."""
    grouper = Grouper(taken_ids)
    for mention in mentions:
        grouper.note_recall(mention)
    placements: dict[str, Placement] = {}
    by_incident: dict[str, list[MentionInfo]] = defaultdict(list)
    to_place: list[MentionInfo] = []
    for mention in mentions:
        if mention.incident_id and mention.incident_id in live_incidents:
            by_incident[mention.incident_id].append(mention)
        else:
            to_place.append(mention)
    for incident_id, members in by_incident.items():
        misfits = grouper.keep(incident_id, members)
        misfit_ids = {m.id for m in misfits}
        for m in members:
            if m.id not in misfit_ids:
                placements[m.id] = Placement(incident_id, m.assignment_reason or "kept")
        to_place.extend(misfits)
    for mention in sorted(to_place, key=placement_order):
        placements[mention.id] = grouper.place(mention)
    return placements, grouper.clusters
