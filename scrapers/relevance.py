"""Cheap pre-filter: does a feed entry look outage-related enough to fetch its article?

This only decides which links we spend a request on; the NLP stage makes the real call on
every document, fetched or not. It is deliberately generous (a wasted fetch is cheap, a missed
outage report is not) and general: word families, not phrases from our samples.

Signals (case-insensitive, on title + summary):
- outage nouns and adjectives: outage, downtime, disruption/disrupted, degraded/degradation,
  unavailable/unavailability, offline, blackout, interruption, unreachable, unresponsive;
- failure verbs: crash/crashed/crashing, fail/failed/failure, broke/broken, went dark;
- "down" only in its outage sense: after a form of be/go/knock/take/bring ("is down",
  "went down", "knocked ... down" is not caught, "knocked offline" is), or "down for";
- incident vocabulary: incident, postmortem/post-mortem, root cause, service(s) restored,
  error rates, "not working";
- headline words for breakage: knocked out/offline, meltdown, buckles, stumble, glitch, wiped,
  deleted, fire, flood, power cut, blue screen, defect, faulty, bug;
- how vendors phrase it: service event/update, connectivity issue, errors, latency, timeouts,
  restore, recover, mitigate, roll back, post-incident.

Vendor sources and news-search feeds skip the filter (see scrapers.run): a vendor's own
statements are evidence whatever their title, and a search feed was already filtered by its
query.
"""

from __future__ import annotations

import re

_PATTERNS = [
    r"\boutages?\b",
    r"\bdowntime\b",
    r"\bdisrupt(?:ion|ions|ed|s|ing)?\b",
    r"\bdegrad(?:ed|ation|ing)\b",
    r"\bunavailab(?:le|ility)\b",
    r"\boffline\b",
    r"\bblackouts?\b",
    r"\binterruptions?\b",
    r"\bunreachable\b",
    r"\bunresponsive\b",
    r"\bcrash(?:es|ed|ing)?\b",
    r"\bfail(?:s|ed|ing|ures?)?\b",
    r"\bbr(?:oke|oken)\b",
    r"\bwent dark\b",
    r"\b(?:is|are|was|were|been|be|being|go|goes|going|went|gone|taken|took|brought|knocked|comes?|came)\s+down\b",
    r"\bdown for\b",
    r"\bincidents?\b",
    r"\bpost-?mortems?\b",
    r"\broot cause\b",
    r"\bservices? (?:restored|resumed|issues?)\b",
    r"\berror rates?\b",
    r"\bnot working\b",
    # headline verbs and nouns for breakage
    r"\bknock(?:s|ed|ing)? (?:out|offline)\b",
    r"\bknocked\b.{0,40}\b(?:out|offline)\b",
    r"\bmeltdowns?\b",
    r"\bbuckl(?:e|es|ed|ing)\b",
    r"\bstumbl(?:e|es|ed|ing)\b",
    r"\bglitch(?:es|ed)?\b",
    r"\bwip(?:e|es|ed|ing)\b",
    r"\bdelet(?:e|es|ed|ing|ion)\b",
    r"\bfires?\b",
    r"\bfloods?\b",
    r"\bpower (?:cuts?|failures?|loss|outages?)\b",
    r"\bblue screens?\b",
    r"\bdefect(?:s|ive)?\b",
    r"\bfaulty\b",
    r"\bbugs?\b",
    # how vendors phrase it
    r"\bservice (?:events?|updates?)\b",
    r"\bconnectivity (?:issues?|problems?|loss)\b",
    r"\berrors?\b",
    r"\blatency\b",
    r"\btimeouts?\b",
    r"\brestor(?:e|es|ed|ing|ation)\b",
    r"\brecover(?:y|s|ed|ing)\b",
    r"\bmitigat(?:e|ed|ion)\b",
    r"\broll(?:ed|ing)? back\b|\brollback\b",
    r"\bpost-incident\b",
]
_OUTAGE = re.compile("|".join(_PATTERNS), re.I)


def looks_outage_related(*texts: str | None) -> bool:
    return any(text and _OUTAGE.search(text) for text in texts)
