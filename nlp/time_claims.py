"""The time claims of a document (DESIGN.md §5): when each outage started and ended and how long it
lasted, read sentence by sentence, and each incident's start, end and length from them.

The dates, times and durations themselves are found by nlp/temporal.py; this module decides what
they say about the outage. `DocumentTimes` reads one document in sentence order, keeping what
carries over from one sentence to the next (the day and zone in force, the status update being
read); per sentence, `points` comes first (its dates and times, needed by incident assignment
whether or not the sentence speaks of the outage) and `claims` after the sentence's other readers.
`incident_times` summarises an incident's time claims into its start, end and length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import NamedTuple
from datetime import date, datetime, timedelta, timezone

from nlp.attribution import Speaker
from nlp.claims import Claim
from nlp.claims import confidence as _conf
from nlp.sentences import SentenceInfo
from nlp.temporal import (
    Duration, TimePoint, clock_hours, country_zone, find_dayparts, find_durations, find_ranges, find_word_windows, holds_digit, home_zone,
    local_day, may_hold_point, names_a_place, names_a_zone,
    resolve_points,
    writing_day,
)
from nlp.textprep import CaselessTest, grouped_alternation

_TIME_QUESTIONS = ("how long", "when did", "when was", "what time", "since when")
_LOCAL_ZONE_NAMED = re.compile(r"\b(?:UTC|GMT)\b")  # (a zone named that local_day leaves to the publication day)
# ("Identified (19:05 UTC): …", "Monitoring (10:40 PDT): …": a header with the time alone, or with another zone, is one too)
_STATUS_HEADER = re.compile(r"^(?P<status>[A-Z][a-z]+(?:[ _][a-z]+)?) \((?P<at>(?:\d{4}-\d\d-\d\d )?\d\d?:\d\d) "
                            r"(?:UTC|GMT|PDT|PST|PT|EDT|EST|ET|CET|CEST|BST)\):")
_END_CUE = re.compile(r"\b(?:resolved|restored|recovered|recovering|recover|fixed|mitigated|ended|until|back (?:up|online|to normal|at work)|"
                      # time.v17: "the last zone was back at 11:47", "were back by noon"
                      r"(?:was|were|is|are|been)\s+(?:all\s+|fully\s+)?back(?=\s+(?:at|by|around|about|shortly|just|before|on)\b)|"
                      # the stop lifted or the service resumed: "the hold came off around", "flights resumed on",
                      # "was lifted a little after", "until it was restarted at", "error rates at baseline since"
                      r"resumed|resume|resuming|reopened|reopen|lifted|came off|come off|restarted|rebooted|at baseline|"
                      # a good state since a time: "has been stable since", "no further errors since"
                      r"(?:stable|healthy|normal|no (?:further|new|additional) (?:errors|issues|problems|failures|impact))\s+since|"
                      r"reverted|rolled back|withdrawn|pulled|mitigation|closed(?=\s+(?:at|around|about)\s*$)|\w+ing again|connect again|"
                      # the fix as a noun: "for up to an hour after the fix at 10:20 UTC", "the rollback at 14:02"
                      r"(?:the|a|its|our|their)\s+(?:[\w-]+\s+)?(?:fix|rollback|roll-back|revert)(?=\s+(?:at|around|about|shortly|just)\b)|"
                      # the incident closed or marked over by its handlers: "We closed the incident at", "marked the
                      # ticket resolved at", "stood down the incident team at"
                      # (each match holds "closed", "ended", "resolved" or "fixed": _HAS_END_CUE's needs)
                      r"(?:closed|ended)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:[\w-]+\s+)?(?:incident|ticket|outage|bridge)(?:\s+(?:team|call|room))?(?=\s+(?:at|around|about|shortly|just)\b)|"
                      r"marked\s+(?:the\s+|its\s+|our\s+)?(?:[\w-]+\s+)?(?:incident|ticket|issue)\s+(?:as\s+)?(?:resolved|closed|fixed)|"
                      # "was available again at", "reachable again by"
                      r"(?:available|reachable|accessible|usable|online|up|operational|responsive|functional|stable|healthy|"
                      r"work(?:ed|s)?|load(?:ed|s)?|connect(?:ed|s)|function(?:ed|s)?|ran|run(?:s)?) again|returned(?!\s+(?:errors?\b|an?\b|\d))|"
                      r"fully operational|returned to normal|normally|recovery|reappear|reappeared|came back|come back|coming back|"
                      # "users regained access shortly after 2 p.m.", "reconnected at", "was back in service by"
                      r"regain(?:ed|s|ing)?(?:\s+\w+)?|reconnected|re-?established|back in (?:service|action|business)|up and running|"
                      # the rest of the class, any subject: "service was reinstated at", "the trouble cleared up at", "the
                      # errors subsided around", "the incident was declared over at", "things had normalised by"
                      r"reinstated|repaired|remedied|rectified|cleared(?:\s+up)?|eased|subsided|abated|normali[sz]ed|stabili[sz]ed|"
                      r"(?:declared|pronounced|called|deemed)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:over|resolved|closed|ended|fixed))\b|"
                      r"(?<!caused )(?<!triggered )(?<!affected )(?<!hit )(?<!impacted )(?<!disrupted )\bby\s+(?:about\s+|around\s+|roughly\s+|shortly (?:before|after)\s+)?$",
                      re.I)
# (not "began rolling it back", "started restoring": the response to the outage starting, not the outage)
_START_CUE = re.compile(r"\b(?:(?:began|begun|begin|started|start|starting)(?!\s+(?:rolling|restoring|reverting|"
                        r"investigating|working|deploying|migrating|rerouting|failing over|mitigating|recovering)\b)|since|from|first|beginning|onset|at around|hit|struck|went down|broke|failed|knocked|took down|between|opened(?=\s+at\b)|surfaced|emerged|cropped up)\b", re.I)
# the day a statement was made: a verb of saying (also apologising, replying) or a noun of a statement,
# then at most one word or a phrase of where it was said ("wrote on the platform on Monday", "the
# company's first notice on Saturday", "apologized on Thursday"); a correction note's date
_DATE_OF_SPEECH = re.compile(r"\b(?:said|told|wrote|published|posted|released|announced|updated|added|confirmed|reported|"
                             r"apologi[sz]ed|responded|replied|tweeted|"
                             r"(?:a|an|its|their|the)\s+(?:[\w'’-]+\s+){0,2}?(?:statement|blog post|post|interview|filing|call|email|"
                             r"tweet|briefing|notice|press release|advisory|announcement|apology))"
                             r"[\s:]*(?:(?:on|in|via|through)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+|a\s+)?[\w-]+\s+|\w+\s+)?$"
                             r"|^\W*(?:correction|update|posted)\W*$"  # ("Update 14:05 UTC: …": when it was posted)
                             # a verb of telling with its hearers: "told a Senate committee on Tuesday", "briefed investors
                             # on Monday", "testified before lawmakers on Thursday" (no verb among the hearers' words)
                             # ... and a verb of handing over what was said or counted: "figures given to us on Thursday",
                             # "a statement sent to reporters on Monday"
                             r"|\b(?:told|tells|briefed|informed|assured|reassured|testified\s+(?:to|before)|wrote\s+to|apologi[sz]ed\s+to|"
                             r"(?:given|sent|provided|supplied|handed|emailed)\s+to)\s+"
                             r"(?:(?!(?:that|began|begun|started|went|was|were|is|are|had|has|broke|fell|failed|crashed)\b)[\w'’-]+\s+){1,5}?"
                             r"(?:(?:on|at|in)\s+)?$", re.I)
# (the same, for lower-cased ASCII text matched case-sensitively: the same matches, sooner, as textprep.CaselessTest;
# \W written as [^\w], which lower-casing keeps)
_DATE_OF_SPEECH_ON_LOWER = re.compile(_DATE_OF_SPEECH.pattern.replace(r"\W", r"[^\w]").lower())


def _dates_speech(s: SentenceInfo, full: str, lo: int, hi: int) -> bool:
    """_DATE_OF_SPEECH.search(full[lo:hi]) for a stretch [lo, hi) of sentence s, on ASCII text in its lower-cased
    sentence (sliced, not searched from lo: the pattern's ^ and \b read the stretch's own start)."""
    if s.text.isascii():
        return _DATE_OF_SPEECH_ON_LOWER.search(s.lower[lo - s.start:hi - s.start]) is not None
    return _DATE_OF_SPEECH.search(full[lo:hi]) is not None


# time.v21: the outlet telling, right after a time ("Tonight we can reveal", "Today we report", "This week the paper
# learned"): that time dates the telling
_OUTLET_TELLS_AFTER = re.compile(r",?\s+(?:we|this\s+(?:paper|newspaper|programme|program|site|newsletter))\s+(?:can\s+|are\s+able\s+to\s+|have\s+)?"
                                 r"(?:reveal|revealed|report|reported|disclose|disclosed|publish|published|explain|look\s+at)\b", re.I)
_REMAINING = re.compile(r"\b(?:expect|expects|estimate|estimates|(?:will|may|might|could|would)\s+(?:\w+\s+)?(?:need|take|last|require)|needs?)\b", re.I)
_FORECAST = re.compile(r"\b(?:expect|expects|expected|will|would|could take|estimate|estimates)\b", re.I)
_DETECTION = re.compile(r"\b(?:detect|detected|identified|spotted|noticed|acknowledged|alerted|paged|responded)\b", re.I)
# ... and verbs of perceiving or tracing, any tense, when the figure is a time it took ("within", "in"):
# "we saw the errors within minutes", "engineers traced it in under an hour" (not "users saw errors for hours")
_PERCEIVED_WITHIN = re.compile(r"\b(?:s[ae]w|seen|sees?|notic(?:e|es|ed|ing)|observ(?:e|es|ed|ing)|caught|catch(?:es)?|"
                               r"spot(?:s|ted|ting)?|detect(?:s|ing)|discover(?:s|ed|ing)?|flagg(?:ed|ing)|trac(?:e|es|ed|ing)|"
                               r"pinpoint(?:s|ed|ing)?|diagnos(?:e|es|ed|ing)|isolat(?:e|es|ed|ing)|became aware|learn(?:ed|t))\b"
                               r"[^,;.]{0,60}?(?P<within>\b(?:within|in)\s+(?:about\s+|around\s+|roughly\s+|just\s+|under\s+|less than\s+)?)?$", re.I)
# verbs of ending the trouble, any tense, after a verb of perceiving: "found and fixed it within the hour"
# (past forms only: the ending told, not a purpose or a habit, "wants to block new attacks within minutes", nor a
# recovery under way, "were recovering within the hour")
_CONTAINED = re.compile(r"\b(?:contain|fix|resolv|restor|mitigat|repair|stopp|block|recover|neutrali[sz]|clear)ed\b", re.I)
_STILL = re.compile(r"\bstill\b", re.I)  # "Two days on, some airlines were still cancelling flights"
# A completed recovery: "has been resolved", "have fully recovered", "are now back up", "returned to service".
_DONE = re.compile(r"\b(?:has|have|had|is|are)\s+(?:now\s+)?(?:been\s+)?(?:fully\s+|completely\s+)?(?:resolved|restored|recovered|mitigated|"
                   r"returned to (?:service|normal)|back (?:up|online|to normal))\b|\bnow back (?:up|online)\b|\bback up and running\b|"
                   # the status page's word for it: "Google now lists the load balancer problem as resolved", "marks the
                   # incident as fixed"
                   r"\b(?:lists?|listed|shows?|showed|marks?|marked)\s+(?:[\w'-]+\s+){0,5}?as\s+(?:resolved|fixed|closed|restored|"
                   r"mitigated)\b|"
                   # working again now: "Twitter is now available to everyone again", "the app is now working again"
                   r"\b(?:is|are)\s+now\s+(?:fully\s+)?(?:available|accessible|reachable|working|operational|online)\b"
                   r"(?:\s+[\w'-]+){0,3}?\s+again\b", re.I)
# not done: negated, conditional, expected, believed, partial ("most services have recovered",
# "about 45 percent … restored") or a purpose ("to make sure all services are back")
_NOT_DONE = re.compile(r"\b(?:not|n't|until|once|when|if|expect|will|believe|believes|make sure|ensure|most|many|some|majority|"
                       r"percent|partially|largely|mostly|several|nearly|almost|all but|virtually|practically)\b|%", re.I)
# ... its two halves: a recovery not stated as done (anywhere in the sentence), and a partial one (in the recovery's own
# clause: "has been restored for nearly all users", "fully mitigated, though some services were still catching up"; not
# "restored service after the disruption, which affected some customers")
_NOT_STATED_DONE = re.compile(r"\b(?:not|n't|until|once|when|if|expect|will|believe|believes|make sure|ensure)\b", re.I)
_PARTLY_DONE = re.compile(r"\b(?:most|many|some|majority|percent|partially|largely|mostly|several|nearly|almost|all but|virtually|"
                          r"practically)\b|%", re.I)
# steps of handling an incident, neither its start nor its end: "Incident declared", "Root cause identified"
_HANDLING = re.compile(r"\b(?:declar(?:e|es|ed)|identif(?:y|ies|ied)|posted|pages?|paged|acknowledg(?:e|es|ed)|"
                       r"escalat(?:e|es|ed)|investigat\w*|engag(?:e|es|ed)|opened an incident)\b", re.I)
# "Tuesday's outage", "the December failure": a date used as the outage's name, not a statement of when it began
_NAMING = re.compile(r"^..(?:'s|’s)?\s+(?P<mid>(?:[\w-]+\s+){0,3}?)(?:outage|failure|disruption|incident|event|crash|meltdown|episode|"
                     r"problems?|breakdown|disaster|deletion|blackout|shutdown|stoppage|glitch|interruption|collapse|attack|"
                     r"cyberattack|hack|fiasco|chaos|debacle|fire|flood|explosion|power cut)s?\b", re.I)
# words that cannot sit inside a name ("Monday's Amazon Web Services outage"): they open a clause or a
# phrase of their own ("on Tuesday as the outage spread", "In August we experienced one incident")
_CLOSED_CLASS = frozenset((
    "a", "an", "the", "this", "that", "these", "those", "as", "and", "or", "but", "so", "if", "when", "while",
    "after", "before", "since", "until", "because", "of", "to", "in", "on", "at", "for", "with", "by", "from",
    "into", "about", "over", "i", "we", "you", "he", "she", "it", "they", "our", "its", "their", "his", "her",
    "my", "your", "is", "are", "was", "were", "be", "been", "has", "have", "had", "did", "do", "does", "not",
    "no", "there", "which", "who", "what", "than", "then", "said", "says"))
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "Cloudflare's outage on Tuesday", "the fire at the campus on Wednesday": a date after the outage noun names it too
# ("The fire at OVHcloud's Strasbourg campus on Wednesday": the place may end in a common noun)
_OUTAGE_NOUN_BEFORE = re.compile(r"\b(?:outage|failure|disruption|incident|crash|meltdown|blackout|fire|flood|explosion|episode|"
                                 r"shutdown|stoppage|glitch|attack)\s+"
                                 r"(?:(?:at|in)\s+(?:[A-Z][\w'’-]*\s+){1,4}(?:[a-z][\w-]*\s+){0,2})?(?:on\s+|of\s+)?$")


def _names_outage(after: str) -> bool:
    """Whether the words after a date make it the outage's name: "Tuesday's outage", "the July 18
    Central US failure" (`after` starts two characters before the date's end)."""
    m = _NAMING.match(after)
    return bool(m) and _CLOSED_CLASS.isdisjoint(m.group("mid").lower().split())


_LINE_LEAD = re.compile(r"[\s\-–—•*·]*")
# verbs of disrupting a schedule, any tense: "cancelled 7,000 flights", "scrapped trains", "grounded its fleet", "stranded
# travellers", "diverted calls" (the outage's effect told with its time or length)
_DISRUPTION = re.compile(r"\b(?:cancel(?:s|l?ed|l?ing)|scrap(?:s|ped|ping)|ground(?:s|ed|ing)|strand(?:s|ed|ing)|"
                         r"divert(?:s|ed|ing)|suspend(?:s|ed|ing)|halt(?:s|ed|ing)|"
                         # holding what runs to a timetable, as object or subject: "asked the regulator to hold our departures",
                         # "led us to hold all mainline flights", "trains were held at the platforms" (not "held a meeting")
                         r"(?:hold|holds|held|holding)\s+(?:[\w'-]+\s+){0,3}?(?:flights|departures|planes|aircraft|trains|ferries)|"
                         r"(?:flights|departures|planes|aircraft|trains|ferries)\s+(?:were|was|are|is|had\s+been|have\s+been)\s+(?:being\s+)?held)\b",
                         re.I)
_HAS_DISRUPTION = CaselessTest(_DISRUPTION, needs=("cancel", "scrap", "ground", "strand", "divert", "suspend", "halt", "hold", "held"))
_TROUBLE = re.compile(r"\b(?:errors?|alerts?|alarms?|failures?|failing|fail|outage|disruption|degraded|unavailable|down|impact|"
                      r"latency|timeouts?|crash\w*|loss)\b", re.I)
_TIME_TO_ACT = re.compile(r"^\s*(?:\w+\s+){0,2}?to\s+(?!normal\b)[a-z]+", re.I)
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)
# "Timeline (UTC)", "All times are PT": the zone of the times that follow
_ZONE_NOTE = re.compile(r"\b(?:timeline|all times(?: are)?|times(?: are)?(?: given)? in)\s*\(?\s*(?P<zone>UTC|GMT|PT|ET|PDT|PST|EDT|EST|CET|CEST|BST)\b", re.I)
_RESOLUTION = re.compile(r"\b(?:resolved|restored|recovered|mitigated|fixed|resumed|reopened)\b", re.I)
_RECOVERY_WORD = re.compile(r"\b(?:back|returned|return|restored|restore|recovered|normal|normally|resolved|fixed|cleared|reinstated|"
                            r"restoration|resumed|reopened|(?:was|were|is|are)\s+over)\b|"
                            r"\b(?:\w+ing|connect|available|online|up)\s+again\b", re.I)
_TOTAL = re.compile(r"\b(?:total|in all|altogether|overall|end to end|from start to finish)\b", re.I)
_PARTIAL = re.compile(r"\b(?:most|many|some|core|largely|mostly|partially|majority)\b", re.I)
# A length given as a bound ("under an hour", "within 30 minutes") gives way to an exact window.
_BOUND = re.compile(r"\b(?:under|less than|fewer than|up to|within|more than|over|at least|at most)\s*(?:about\s+|the\s+)?$", re.I)
# A sentence that opens with a time window: "Between 07:08 UTC and 12:43 UTC on 25 January, …"
_WINDOW = re.compile(r"\s*(?:From|Between)\s+(?:about\s+|around\s+|approximately\s+)?\d", re.I)
# "An earlier version of this article said it lasted an hour": a corrected figure, not the length.
_CORRECTION = re.compile(r"\b(?:(?:earlier|previous|prior|original|initial) version|previously (?:said|reported|stated)|"
                         r"(?:has been|was|were) (?:corrected|updated)|correction)\b", re.I)
# ... the figure it takes back: after "an earlier version … said", "we previously reported", "incorrectly stated"
_RETRACTED_BEFORE = re.compile(r"\b(?:(?:earlier|previous|prior|original|initial)\s+version\b[^.;]*?\b(?:said|stated|reported|gave|put|"
                               r"misstated|described)|(?:previously|incorrectly|wrongly|mistakenly)\s+(?:said|reported|stated|gave))\b"
                               r"(?![^.;]*\b(?:actually|in fact|correct(?:ly)?|rather)\b)[^.;]*$", re.I)
_has_correction = CaselessTest(_CORRECTION, needs=("version", "previously", "correct", "updated"))  # (every match holds one)
# "within an hour rated the incident a major outage": "within" measures the time to some act, which is the
# outage's length only when that act is the recovery.
_WITHIN = re.compile(r"\bwithin\s*(?:about\s+|roughly\s+|around\s+|just\s+)?$", re.I)
_LENGTH_CUE_WORDS = ("lasted", "lasting", "last", "for", "after", "offline", "down", "outage", "disruption", "long", "span", "took",
                     "began", "begun", "started", "ended", "impact", "gone", "without", "later", "stretched",
                     "in all", "in total", "altogether", "all told")  # ("Close to eleven hours in all.")
# (grouped by first letter: textprep.grouped_alternation; asked of every sentence)
_LENGTH_CUE = re.compile(rf"\b(?:{grouped_alternation(_LENGTH_CUE_WORDS)})\b", re.I)
# The same patterns as yes/no tests, faster on ASCII text (asked of every sentence)
_HAS_LENGTH_CUE = CaselessTest(_LENGTH_CUE)
# (`needs`: a word of each alternative, so most sentences skip the slow-to-fail patterns: "\w+ing again"
# and the lookbehinds try every word; "by" stands for _END_CUE's "… by about" at the end)
_HAS_END_CUE = CaselessTest(_END_CUE, needs=("resolved", "restored", "recover", "fixed", "mitigat", "ended", "until", "back",
                                             "resum", "reopen", "lifted", "came off", "come off", "restarted", "rebooted", "baseline",
                                             "stable", "healthy", "no further", "no new", "no additional",
                                             "revert", "withdrawn", "pulled", "closed", "again", "returned", "operational", "fix",
                                             "rollback", "roll-back",
                                             "normal", "reappear", "by", "regain", "reconnected", "established", "up and running",
                                             "reinstated", "repaired", "remedied", "rectified", "cleared", "eased", "subsided", "abated",
                                             "normalised", "normalized", "stabilised", "stabilized", "declared", "pronounced", "called",
                                             "deemed"))
_HAS_RECOVERY_WORD = CaselessTest(_RECOVERY_WORD, needs=("back", "return", "restore", "recovered", "normal", "resolved", "fixed",
                                                         "cleared", "again", "reinstated", " over", "resumed", "reopened",
                                                         "restoration"))
_HAS_STILL = CaselessTest(_STILL, needs=("still",))
# (`needs`: a word of each alternative, "begin" standing for "beginning")
_HAS_START_CUE = CaselessTest(_START_CUE, needs=("began", "begun", "begin", "start", "since", "from", "first", "onset", "at around",
                                                 "hit", "struck", "went down", "broke", "failed", "knocked", "took down", "between",
                                                 "opened", "surfaced", "emerged", "cropped up"))
_HAS_DONE = CaselessTest(_DONE, needs=("resolved", "restored", "recovered", "mitigated", "returned", "back", "fixed", "closed",
                                       "again"))
# ... told in a reported clause with the day it was said: "said on Friday that its systems were fully restored"
_DONE_REPORTED = re.compile(r"\b(?:was|were)\s+(?:now\s+)?(?:fully\s+|completely\s+)?(?:resolved|restored|recovered|mitigated|"
                            r"back (?:up|online|to normal))\b", re.I)
_HAS_DONE_REPORTED = CaselessTest(_DONE_REPORTED, needs=("resolved", "restored", "recovered", "mitigated", "back"))


# A partial recovery ("most regions were back within about two hours", score -1) is still the best
# figure when nothing else is given; forecasts, detection times and corrected figures score lower.
_MIN_LENGTH_SCORE = -1


@dataclass(frozen=True)
class TimeSource:
    """What a document's time claims depend on besides its sentences."""

    text: str  # the document's text (every offset is into it)
    source_kind: str  # vendor | press | other
    outlet: str | None  # the outlet's name: the voice of a date that names the outage in its own words
    ref_day: date  # the publication day (1970-01-01: none known)
    published_at: datetime | None  # the publication instant, when known
    # Where the clock of times written with no zone may be when the text names no place and no zone at all:
    title: str = ""  # the title's places ("Tokyo commuters stranded as …")
    provider_name: str | None = None  # the provider chosen ("Japan Airlines": a national company named after its country)
    provider_country: str | None = None  # its home country, when its record gives one ("JP")
    provider_global: bool = False  # a cloud or hosting provider: its region in a title ("Tokyo region") is not its clock


class SentencePoints(NamedTuple):
    """A sentence's dates and times (`DocumentTimes.points`), what `DocumentTimes.claims` reads. (A
    named tuple: one is made per sentence, several times cheaper than a frozen dataclass.)"""

    sent: SentenceInfo
    speaker: Speaker  # the sentence's speaker
    voice_at: Callable[[int], Speaker]  # the voice at a character of it ("X's failure, which Cloudflare traced to Y, …")
    header: re.Match[str] | None  # a status update's header ("Resolved (2019-06-02 19:25 UTC):")
    body_start: int  # where the sentence's words begin, after such a header
    points: list[TimePoint]  # its dates and times after the header
    of_speech: set[int]  # starts of the points that date a statement ("Amazon said on Tuesday")
    mentioned: list[TimePoint]  # the dates incidents are told apart by: not those of a statement
    header_end: list[Claim]  # a "Resolved" header's time: the end the vendor declared (a claim at most)
    digits: bool  # whether the sentence holds a digit (temporal.holds_digit), asked once for all its readers


class DocumentTimes:
    """The time claims of one document, read sentence by sentence in order."""

    def __init__(self, source: TimeSource) -> None:
        self.source = source
        self.context_day: date | None = None  # the day in force: a later clock time without a date is on it
        self.context_zone: str | None = None  # the zone in force, for later times without one
        self.context_from_speech = False  # the day in force is only the day a statement was made
        self.update_time: datetime | None = None  # time of the status update being read
        self.update_status: str | None = None  # its status word ("monitoring", "resolved")
        self.home_zone_read = False  # whether temporal.home_zone was asked (once, at the first clock time with no zone)
        self.update_ended = False  # whether the status update being read has given an end already (one per update)
        # a "Resolved" header's end whose own sentence states no recovery: a later sentence of the update that does
        # takes the end over ("Resolved (…): Mitigations are in place … This incident is resolved.")
        self.open_header_end: Claim | None = None
        self.day_before_sentence: date | None = None  # the day in force before the sentence being read named its own
        self.asked_when = False  # the sentence before asked when it began or how long it lasted ("How long did it last?")
        self.text_day: date | None | bool = False  # temporal.writing_day of the whole text (False: not asked yet)

    def _zone_beyond_text(self) -> str | None:
        """For a text that names no place and no zone anywhere, the zone of the place its title names, else, in the
        provider's own notice, the zone of the provider's country ("From 7:24 a.m. today" in a notice of Japan Airlines
        titled "Notice: system failure"). Not a cloud's: "Outage in the Frankfurt region" tells where its machines
        are, not its clock; and not a press outlet's guess from the provider alone: the outlet may write in its own clock."""
        source = self.source
        if names_a_place(source.text) or names_a_zone(source.text):
            return None  # the text's own places or zones decide (several places in different zones: unknown)
        if source.provider_global:
            return None
        zone = home_zone(source.title) if source.title else None
        if zone is None and source.source_kind == "vendor":
            zone = country_zone(source.provider_country) or (home_zone(source.provider_name) if source.provider_name else None)
        return zone

    def _writing_day(self, text: str, lower: str) -> date:
        """The day of writing where the sentence's clock is ("today", undated clock times): the publication day in the
        zone in force; with no zone known, an evening of writing ("earlier tonight", "this evening") in a text posted
        before noon UTC was the day before (a US evening is after midnight UTC; a European or Asian one is before noon
        only in the small hours, when no one writes "tonight")."""
        source = self.source
        day = local_day(source.published_at, text, self.context_zone)
        if day is not None:
            return day
        if source.published_at is not None and source.published_at.hour < 12 and ("tonight" in lower or "this evening" in lower) \
                and not _LOCAL_ZONE_NAMED.search(text):
            return source.ref_day - timedelta(days=1)
        if self.context_zone is None and source.published_at is not None and not _LOCAL_ZONE_NAMED.search(text):
            # no zone in force yet: where the whole text is written from ("Earlier today …" before "… at 11:32 a.m. ET";
            # "Yesterday, … in parts of the United States" posted at 01:00 UTC), asked once per document
            if self.text_day is False:
                self.text_day = writing_day(source.published_at, source.text)
            if self.text_day is not None:
                return self.text_day
        return source.ref_day

    def points(self, s: SentenceInfo, speaker: Speaker, voice_at: Callable[[int], Speaker]) -> SentencePoints:
        """The sentence's dates and times, resolved against the day and zone in force (which they
        may change), and the end a "Resolved" status header declares. `speaker`: the sentence's;
        `voice_at(char)`: the voice at a character of it."""
        source = self.source
        full, text = source.text, s.text
        # "Service_outage (2019-06-02 19:25 UTC): …" is a status update's header whatever its wording
        header = _STATUS_HEADER.match(text) if "):" in text else None  # (a literal the header needs)
        body_start = s.start + (header.end() if header else 0)
        zone_note = _ZONE_NOTE.search(text) if s.may_contain("time") else None
        if zone_note:
            self.context_zone = zone_note.group("zone")
        digits = holds_digit(text)
        # ("today" and undated clock times: the publication day where the sentence's clock is)
        points = resolve_points(text, s.start, self._writing_day(text, s.lower),
                                self.context_day, self.context_zone, s.lower, digits) if may_hold_point(text, s.lower, digits) else []
        if self.context_zone is None and not self.home_zone_read and points and any(pt.clock is not None for pt in points):
            # a clock time with no zone anywhere yet: the zone of the one country or city the text speaks of ("From
            # 7:24 a.m. today" in a Japanese airline's notice), asked once per document, only then
            self.home_zone_read = True
            self.context_zone = home_zone(full) or self._zone_beyond_text()
            if self.context_zone is not None:
                points = resolve_points(text, s.start, self._writing_day(text, s.lower),
                                        self.context_day, self.context_zone, s.lower, digits)
        of_speech: set[int] = set()
        header_end: list[Claim] = []
        self.day_before_sentence = self.context_day
        if points:  # most sentences name no time: only the day in force may change below
            if self.context_from_speech:
                for pt in points:
                    pt.day_guessed = pt.day_guessed or (pt.has_time and not pt.dated)  # a statement's day is a weak guess
            timed = [pt for pt in points if pt.has_time]
            if header:
                hp0 = next((pt for pt in points if pt.has_time and pt.start < body_start), None)
                self.update_time = hp0.when if hp0 is not None else self.update_time
            # "The problem began at 3:16pm PST" in an update posted at 03:38 UTC the next day, "trouble
            # began around midday Eastern time" in an article posted at 01:30 UTC: a clock time whose
            # day was not written cannot be later than the update or the article that reports it
            moved_days: set = set()  # local days a guessed time was moved back from
            for pt in points:
                if pt.weekday and pt.has_time and source.published_at is not None and pt.when > source.published_at + timedelta(minutes=1):
                    # time.v13: "from just after six on Friday evening" in an article posted on a Friday afternoon:
                    # that Friday had not come yet, so it is the one a week before
                    pt.shift_days(-7)
                    continue
                # the publication day is only a guess when no day was named; a status update's time bounds any undated time
                latest = self.update_time or (source.published_at if pt.day_guessed else None)
                if latest is not None and pt.has_time and not pt.dated and pt.when and pt.when > latest + timedelta(minutes=1):
                    moved_days.add(pt.local_day)
                    pt.shift_days(-1)
                elif moved_days and pt.has_time and not pt.dated and pt.local_day in moved_days:
                    # "stopped at 10:05 ET and resumed at 12:40 ET": a later time took its day from the one moved back
                    pt.shift_days(-1)
            # "Amazon said on Tuesday": dates a statement was made (asked several times per point below)
            # ("said Thursday's outage began…": a possessive date names the outage, it does not date the saying)
            # (nor a date set before the outage's noun: "has told its side of the September 30 outage" names it)
            of_speech = {pt.start for pt in points if _dates_speech(s, full, max(s.start, pt.start - 40), pt.start)
                         and full[pt.end:pt.end + 2] not in ("'s", "’s") and full[pt.end - 2:pt.end] not in ("'s", "’s")
                         and not _names_outage(full[pt.end - 2:pt.end + 60])}
            # time.v21: the time of the outlet's own telling, told before it ("Tonight we can reveal how the problem began")
            if source.source_kind == "press":  # (a vendor's "we" tells its own acts: "On June 19 we learned of a cyber incident")
                of_speech |= {pt.start for pt in points if _OUTLET_TELLS_AFTER.match(full, pt.end, min(s.end, pt.end + 40))}
            # (not a day only assumed: "shortly before noon" with no zone and no day named says nothing of the day)
            # (nor a day still to come: "Expect a messy Friday", "flights will resume on Saturday")
            dated = [pt for pt in points if pt.when is not None and pt.precision in ("day", "minute") and pt.start not in of_speech
                     and not (pt.day_guessed and not pt.has_time) and not _projected(pt, full, body_start)]
            if dated:
                self.context_from_speech = False
            elif self.context_day is None:
                # "AWS said on Monday night that all services had returned": with no other day named,
                # the day of the statement is the day the text speaks of
                dated = [pt for pt in points if pt.when is not None and pt.precision in ("day", "minute")
                         and not _projected(pt, full, body_start)]
                self.context_from_speech = bool(dated)
            if dated:
                # a later clock time without a date belongs to the last day the text named (as the text
                # counts days) — but not to a background date weeks earlier ("an update rolled out on
                # May 12 contained a bug. When a customer pushed a configuration at 09:47 UTC…")
                day = dated[-1].day
                if self.context_day is None or day is None or (self.context_day - day).days <= 14:
                    self.context_day = day
            if timed:
                # "Trouble began at 11:45 a.m. Pacific time … back shortly before 4 p.m.": the zone carries on
                self.context_zone = timed[-1].zone or self.context_zone
            # Status headers carry the update's own time, not a claim about the outage — except the
            # "Resolved" update, whose time is when the vendor declared the incident over.
            if header and header.group("status").lower() == "resolved":
                hp = next((pt for pt in points if pt.has_time and pt.start < body_start), None)
                if hp is not None and body_start < s.end:
                    # the quote is the update's header with its first line (C10): "Resolved (… UTC): This incident
                    # has been resolved." — the header is what dates it
                    header_end.append(Claim("end", header.group(0), hp.iso, "asserts", speaker, s.start, s.end,
                                            0.75, s.index, {"when": hp.when, "precision": "minute", "resolved_header": True}))
            points = [pt for pt in points if pt.start >= body_start]
            # "On June 10, 2025, starting at 06:03 UTC": the clock time makes the date more precise
            points = [pt for pt in points if not (pt.precision == "day" and not pt.has_time and any(
                q.has_time and 0 <= q.start - pt.end <= 40 for q in points))]
        elif self.context_day is None:
            self.context_from_speech = False  # no day named yet, and none in this sentence
        if header:
            self.update_status = header.group("status").lower()
            self.update_ended = False
            self.open_header_end = None
        mentioned = [pt for pt in points if pt.start not in of_speech] if of_speech else list(points)
        return SentencePoints(s, speaker, voice_at, header, body_start, points, of_speech, mentioned, header_end, digits)

    def claims(self, told: SentencePoints) -> list[Claim]:
        """The sentence's start, end and duration claims (after the header's end in `told`), only
        where the sentence speaks of the outage."""
        s, speaker, who = told.sent, told.speaker, told.voice_at
        source = self.source
        full, text, ref_day, source_kind = source.text, s.text, source.ref_day, source.source_kind
        body_start, points, of_speech = told.body_start, told.points, told.of_speech
        # a Q&A's answer speaks of what the question asked: "How long did it last? About four and a half hours."
        answer, self.asked_when = self.asked_when, "?" in text and any(q in s.lower for q in _TIME_QUESTIONS)
        if not answer and not _speaks_of_the_outage(s, body_start, points, full):
            return []
        habit = _habit_clause(text, s.lower)
        if habit is not None:
            # "the maintenance window runs from 1 a.m. to 3 a.m. every Sunday": a recurring time, no outage's (only in
            # that clause: "Millions play each day, and for three days none of them could")
            lo, hi = s.start + habit[0], s.start + habit[1]
            points = [pt for pt in points if not lo <= pt.start < hi]
        claims: list[Claim] = list(told.header_end)  # the sentence's time claims (those returned: after the header's)
        ranges = find_ranges(text, s.start, points) if points else []  # (a range is two points)
        if ranges and s.may_contain(*_SCHEDULED_WORDS):
            # "the job had been approved for the small hours, between 1 a.m. and 6 a.m.": a window the work was
            # scheduled or allowed in, not when the outage ran
            planned = [r for r in ranges if _SCHEDULED_BEFORE.search(full, max(s.start, r.start - 70), r.start)]
            if planned:
                dropped = {r.begin.start for r in planned} | {r.finish.start for r in planned}
                points = [pt for pt in points if pt.start not in dropped]
                ranges = [r for r in ranges if r not in planned]
        durations = [du for du in find_durations(text, s.start, s.lower, told.digits) if (du.hours is None or du.hours > 0) and du.start >= body_start
                     and not (habit is not None and lo <= du.start < hi)]
        if durations and _YES_NO_QUESTION.match(text) and text.rstrip().endswith("?"):
            durations = []  # time.v15: "Can you bill by hand for a week?", "Did it last nine hours?": asked, not told
        for du in durations:
            c = _duration_claim(du, s, who(du.start), text)
            # "its longest outage since 2021, when a failure took it down for six hours": a length
            # told after another year belongs to that earlier outage
            c.extra["years_before"] = {y.group(0) for y in _YEAR.finditer(text[:du.start - s.start])} - {str(ref_day.year)}
            if not (c.extra["not_length"] and not c.extra["remaining"]):
                claims.append(c)
        timed_ranges = [r for r in ranges if r.hours is not None and r.hours > 0]
        if timed_ranges and all(_BOUND.search(text[max(0, du.start - s.start - 15):du.start - s.start]) for du in durations):
            # "under an hour, between 16:14 and 16:52 UTC": the window is more exact than the bound
            r = timed_ranges[0]
            claims.append(Claim("duration", full[r.start:r.end], r.hours, "asserts", who(r.start), s.start, s.end,
                                _conf(0.7, s, speaker), s.index, {"hours": r.hours, "score": 3 if durations else 2, "range": True}))
        range_ends = {r.finish.start for r in ranges}
        range_starts = {r.begin.start for r in ranges}
        # C9: a window with an end in words ("from shortly after lunch until late in the evening", "from
        # 1:35 a.m. on July 2 until the afternoon of July 5") is a start, an end and a length of none
        windows = find_word_windows(text, s.start, points, self.context_day or ref_day) \
            if s.may_contain("from", "between") else []
        # "did not recover until late that night", "started early in the afternoon" (only on a day in force:
        # find_dayparts finds none without one)
        # (on the day in force before this sentence, or of a date before the part in it: "Payment failures began in the
        # evening …; none beyond the early hours of Monday" is Sunday evening)
        parts = find_dayparts(text, s.start, points, self.day_before_sentence or self.context_day) \
            if not windows and self.context_day is not None \
            and s.may_contain("morning", "afternoon", "evening", "night", "lunch", "dawn", "daybreak", "breakfast", "midday") else []
        if parts:
            parts = [p for p in parts if _daypart_tells_the_outage(p, full, s)]
            for p in parts:
                earlier = [q for q in points if q.end <= p.start and q.day is not None]
                if earlier and earlier[-1].day != p.day:
                    p.shift_days((earlier[-1].day - p.day).days)
        if parts:
            points = sorted((*points, *parts), key=lambda q: q.start)
        if windows:
            w = windows[0]
            points = sorted({id(p): p for p in (*points, w.begin, w.finish)}.values(), key=lambda q: q.start)
            range_starts.add(w.begin.start)
            range_ends.add(w.finish.start)
            if not durations and not timed_ranges:
                hours = _days_between(w, full)
                claims.append(Claim("duration", full[w.start:w.end], hours, "asserts", who(w.start), s.start, s.end,
                                    _conf(0.5, s, speaker), s.index, {"hours": hours, "score": 0, "range": True}))
        outage_chars = [s.tokens.idx[t] for f in ("OUTAGE", "OUTAGE_STRONG") for t, _ in s.hits.get(f, ())] if points else []
        if outage_chars:
            # the failure told in other words is as near as an outage word ("went live on Monday …, and within a few hours
            # nobody new could get in: …, or fail outright": the date is near the failure, far from "fail")
            # (on ASCII text the pattern without re.I on the lower-cased sentence: the same matches, several times sooner)
            if _has_failure_predicate(text, s.lower):
                failures = _FAILURE_PREDICATE_ON_LOWER.finditer(s.lower) if text.isascii() else _FAILURE_PREDICATE.finditer(text)
                outage_chars += [s.start + m.start() for m in failures]
        seen_attr: set[str] = set()
        correction = bool(points) and _has_correction(text, s.lower)
        # the most precise point first: a clock time beats the bare day it falls on; then one told as when the trouble
        # began or dating the failure itself beats a day of its consequences ("spent a third day on Sunday unable to
        # pay, after a fault that began on Friday", "cancelled more flights on Monday, since an update froze
        # computers on Friday"): one start per sentence is kept below
        if len(points) > 1:
            order = {id(q): (0 if q.has_time else 1, 0 if _begins_here(q, s, full, body_start, speaker.kind) else 1) for q in points}
            points = sorted(points, key=lambda q: order[id(q)])
        for pt in points:
            near = 80 if pt.precision in ("year", "month") else 200
            far = outage_chars and not any(abs(c - pt.start) <= near for c in outage_chars)
            naming = _names_outage(full[pt.end - 2:pt.end + 60]) or bool(_OUTAGE_NOUN_BEFORE.search(full[max(s.start, pt.start - 30):pt.start]))
            in_window = pt.start in range_starts or pt.start in range_ends  # (the window speaks of the outage)
            if (far or (not outage_chars and pt.precision in ("year", "month"))) and not naming and not in_window \
                    and not _LENGTH_CUE.search(full[max(s.start, pt.start - 25):pt.start]) \
                    and not (pt.precision != "year" and _dates_the_failure(pt, s, full, body_start, speaker.kind)):
                # a date far from any outage word ("which Salesforce bought in 2010"), unless it dates the
                # failure itself ("a gang crippled its systems at the end of October")
                continue
            if source_kind == "press" and (_liveblog_stamp(pt, full, body_start) or _dateline(pt, full, body_start)):
                continue  # "2:05 p.m. ET — Readers tell us…", "LONDON, Oct 23 (Reuters) -": when it was posted (C2)
            if correction:
                continue  # "An earlier version of this article said … on Christmas Day": a retracted statement
            attr = _point_role(pt, full, s, body_start, range_ends, pt.start in of_speech, range_starts)
            if attr is None:
                continue
            if attr == "start" and _THANKS_OR_HOPE.search(text) is not None:
                continue  # time.v19: "Thank you for your patience today", "We expect service to return later today"
            if attr == "start" and any(c.attribute == "end" and c.extra.get("when") and pt.when
                                       and c.extra["when"] < pt.when for c in claims):
                continue  # "returned on Wednesday night, but backlogs lasted into Thursday": after an end, no start
            if attr == "end" and attr in seen_attr:
                # "largely flowing by 14:30 UTC, and working normally by 17:06 UTC": the last end given
                prev = next(c for c in reversed(claims) if c.attribute == "end")
                if pt.when is not None and prev.extra.get("when") is not None and pt.when > prev.extra["when"]:
                    claims.remove(prev)
                    seen_attr.discard("end")
            if attr in seen_attr:
                continue  # one start and one end per sentence: the first date given
            seen_attr.add(attr)
            line = pt.has_time and _LINE_LEAD.fullmatch(full[body_start:pt.start])
            # the first end of a window ("Impact window 08:14-09:13 UTC") says when it began
            cue = bool(_HAS_START_CUE(text, s.lower) or (line and _TROUBLE.search(full[pt.end:min(s.end, pt.end + 50)]))
                       or pt.start in range_starts or _tells_the_event(text, s.lower))
            voice = who(pt.start)
            if naming and attr == "start" and source_kind != "vendor" and voice.kind != source_kind \
                    and not _in_reported_clause(full[s.start:pt.start], full[pt.end:s.end]):
                # C14: a date naming the outage inside a reported clause is the reporter's ("Microsoft
                # says a change was behind Wednesday's outage", "Tuesday's outage was self-inflicted,
                # its chief executive wrote"); elsewhere the name is the outlet's own words ("Google's
                # report on last Thursday's outage is a study in …", "After Thursday's outage, the
                # bank said it would …")
                voice = Speaker(source_kind, source.outlet or source_kind, False)
            if attr == "start" and pt.precision == "day" and not pt.has_time and s.may_contain(*_NTH_DAY_WORDS):
                pt = _counted_back(pt, full, s)
            claims.append(Claim(attr, full[pt.start:pt.end], pt.iso, "asserts", voice, s.start, s.end,
                                _conf(0.6, s, speaker), s.index, {"when": pt.when, "precision": pt.precision, "cue": cue, "point": pt,
                                                                  "naming": naming,
                                                                  "dates_event": attr == "start" and _dates_the_failure(pt, s, full, body_start, voice.kind)}))
        final_update = self.update_status is None or self.update_status in ("resolved", "available", "completed", "postmortem")
        # ("Resolved (…): All services have been restored. This incident has been resolved.": one end per status update, C1
        # counting statements, not the update's restatements of its own status)
        if final_update and "end" not in seen_attr and not any(c.attribute == "end" for c in claims) \
                and not (self.update_status is not None and self.update_ended and self.open_header_end is None):
            body = text[body_start - s.start:]
            # (most sentences tell no completed recovery: the day it was said is looked for only then)
            body_lower = s.lower if body_start == s.start else None
            done_now = _HAS_DONE(body, body_lower)
            if done_now or (of_speech and _HAS_DONE_REPORTED(body, body_lower)):
                said_on = next((pt for pt in points if pt.when is not None and pt.precision in ("day", "minute")
                                and pt.start in of_speech), None)
                done = _recovery_end(s, body, self.update_time, ref_day, who(body_start), said_on) \
                    if done_now or said_on is not None else None
                if done is not None and self.open_header_end is not None and done.normalized == self.open_header_end.normalized:
                    # "Resolved (… 11:30 UTC): This incident has been resolved.": the line restates its header's
                    # status and time; the header, which dates it, stays the end claim (C10)
                    pass
                elif done is not None:
                    claims.append(done)
                    if self.open_header_end is not None:
                        self.open_header_end.extra["superseded"] = True  # (extract.py drops it)
                        self.open_header_end = None
        # "began at 17:52 UTC and ended at 20:20 UTC": a start and an end in one sentence give a length.
        # ("At 14:07 we turned the rules off, and traffic was back by 14:09": the first time is an act, no start)
        # ("The fault began around a quarter to five in the afternoon and was not cleared until around midnight", no
        # zone anywhere: the same unknown zone at both ends, temporal.clock_hours)
        here: dict[str, Claim] = {}
        if claims and not durations and not ranges:
            here = {c.attribute: c for c in claims if c.attribute in ("start", "end")
                    and ("T" in str(c.normalized) or c.extra.get("point") is not None and c.extra["point"].clock is not None)
                    and not c.extra.get("said_done")}
        # ("Starlink stopped working at about 3:15 p.m. and did not come back until shortly before six": the failure's
        # own time is a start as plain as "began at")
        if "start" in here and "end" in here and (here["start"].extra.get("cue") or here["start"].extra.get("dates_event")):
            first, last = here["start"].extra.get("point"), here["end"].extra.get("point")
            if "T" in str(here["start"].normalized) and "T" in str(here["end"].normalized):
                span_h = round((here["end"].extra["when"] - here["start"].extra["when"]).total_seconds() / 3600, 2)
            else:
                span_h = (clock_hours(first, last) if first is not None and last is not None else None) or 0
            if span_h > 0:
                # a "Resolved" header's time is when the update was posted: a weaker end than one
                # stated, and a length the text does not state (no claim, only the incident's length)
                header_end = bool(here["end"].extra.get("resolved_header"))
                claims.append(Claim("duration", text, span_h, "asserts", here["start"].speaker, s.start, s.end,
                                    _conf(0.65, s, speaker), s.index, {"hours": span_h, "score": 0 if header_end else 2,
                                                                       "range": True, "unstated": header_end}))
        if durations or ranges:  # (else the sentence has one duration claim at most)
            _keep_best_duration(claims)
        if self.update_status is not None and any(c.attribute == "end" for c in claims):
            self.update_ended = True
        if told.header_end and len([c for c in claims if c.attribute == "end"]) == 1 \
                and not _HAS_DONE(text[body_start - s.start:], s.lower if body_start == s.start else None):
            self.open_header_end = told.header_end[0]
        return claims[len(told.header_end):]


# a window of planned or permitted work: a verb of scheduling, approving or allowing, or a window noun, before it
# ("was approved for the small hours, between 1 a.m. and 6 a.m.", "scheduled to run from 01:00 to 03:00", "the
# change window, 22:00 to 02:00", "are only allowed between midnight and 5 a.m.")
_SCHEDULED_BEFORE = re.compile(r"\b(?:approved|scheduled|planned|booked|slated|permitted|allowed|authori[sz]ed|cleared|meant|supposed|"
                               r"due|timetabled|pencilled|penciled)\s+(?:(?:only|to|be|take\s+place|happen|run|go|carried\s+out|"
                               r"done)\s+){0,4}(?:for|between|from|during|in|inside|within)\b[^.;]{0,45}$|"
                               r"\b(?:maintenance|change|work|freeze|service|outage)\s+window\b[^.;]{0,30}$|"
                               # planned work told in the future ("Scheduled maintenance will take place on Sunday between
                               # 01:00 and 03:00 UTC", "the upgrade is due to run from 22:00 to 23:30", "we'll carry out
                               # network works between 2 and 4 a.m.")
                               r"\b(?:maintenance|upgrades?|works?|migration|downtime|cutover|switchover)\b[^.;,]{0,30}?"
                               r"\b(?:will|'ll|shall|(?:is|are)\s+(?:due|set|going|planned|scheduled)\s+to)\b[^.;,]{0,45}$|"
                               r"\b(?:will|'ll|shall)\s+(?:[\w-]+\s+){1,4}?(?:maintenance|upgrades?|works?|migration|downtime|cutover|switchover)\b"
                               r"[^.;,]{0,40}$", re.I)
_SCHEDULED_WORDS = ("approved", "scheduled", "planned", "booked", "slated", "permitted", "allowed", "authori", "cleared", "meant",
                    "supposed", "due", "timetabled", "pencilled", "penciled", "window", "maintenance", "upgrade", "work", "migration",
                    "downtime", "cutover", "switchover")
_PART_OF_THE_DAY_BEFORE = re.compile(r"\b(?:early|late|mid|around|about|shortly|sometime|before|after|of)\W+(?:on\W+)?$", re.I)


def _days_between(w, full: str) -> float | None:
    """The length of a window between two calendar dates written with their day numbers ("between 21 and
    29 December": 192 hours); None when an end is a weekday, a part of a day or a month (C9: words only)."""
    a, b = w.begin, w.finish
    if a.precision != "day" or b.precision != "day" or a.when is None or b.when is None or b.when <= a.when:
        return None
    if not (holds_digit(full[a.start:a.end]) and holds_digit(full[b.start:b.end])):
        return None
    if a.end - a.start > 20 or b.end - b.start > 20 or any(_PART_OF_THE_DAY_BEFORE.search(full, max(0, p.start - 16), p.start) for p in (a, b)):
        return None  # a part of a day ("from late on October 20 to early on October 21", "the afternoon of July 5")
    return (b.when - a.when).total_seconds() / 3600


_WINDOW_NOUN = re.compile(r"\b(?<!maintenance )(?<!change )(?<!planned )(?<!upgrade )window\b", re.I)


# time.v19: a day named in thanks, or in a hope of recovery, dates no start (an apology may date the harm: "We're sorry
# to everyone who could not make purchases today")
_THANKS_OR_HOPE = re.compile(r"^\W*(?:thank you|thanks)\b"
                             r"|\b(?:expect|expects|hope|hopes|aim|aims)\b[^.;:]{0,40}?\b(?:to (?:return|resume|recover)|to be "
                             r"(?:back|restored|resolved|fixed))\b", re.I)


def _speaks_of_the_outage(s: SentenceInfo, body_start: int, points: list[TimePoint], full: str) -> bool:
    """Whether the sentence's times and lengths are read at all: only where it speaks of the outage.
    A sentence telling what set the outage off ("at 04:09 UTC a content update was released"), a
    recovery ("back within 49 minutes") or an explicit window ("Between 07:08 and 12:43 UTC") speaks of
    the outage's time too. (Tests without side effects, the cheaper first: _HAS_END_CUE, slow to fail,
    comes after the others that need no point.)"""
    text = s.text
    return (s.has("OUTAGE", "OUTAGE_STRONG") or bool(s.cause_families()) or _HAS_LENGTH_CUE(text, s.lower)
            or _HAS_STILL(text, s.lower) or _HAS_RECOVERY_WORD(text, s.lower)
            or bool(_WINDOW.match(text, body_start - s.start)) or _HAS_END_CUE(text, s.lower)
            or any(_names_outage(full[pt.end - 2:pt.end + 60]) for pt in points)  # "last week's Replit episode"
            or bool(points and _has_failure_predicate(text, s.lower))  # "the cloud went dark on Wednesday"
            # "was running a full schedule again on Saturday", "most users could send messages again"; with a length:
            # "Most of you were able to reach and sync your files again within about three hours"
            or bool((points or s.may_contain("hour", "minute", "day", "week")) and "again" in s.lower and _AGAIN_ANYWHERE.search(text))
            # "Problems first surfaced at roughly 07:40 GMT"
            or bool(points and _HAS_START_CUE(text, s.lower) and _TROUBLE_NOUN.search(text))
            # what the outage did to a schedule: "Over five days we cancelled about 7,000 flights", "trains were scrapped
            # until Friday"
            or bool((points or s.may_contain("day", "hour", "week")) and _HAS_DISRUPTION(text, s.lower))
            # "That happened at 8.32am on the bank holiday", "What happened on May 17 was unusual"
            or bool(points and _tells_the_event(text, s.lower))
            # "The window Microsoft gives is 21:21 to 22:00 UTC": the outage's window by its noun (not a maintenance window)
            or bool(len(points) >= 2 and "window" in s.lower and _WINDOW_NOUN.search(text)))


def _duration_claim(du: Duration, s: SentenceInfo, speaker: Speaker, text: str) -> Claim:
    score, flags = _length_score(du, s, text)
    flags["not_outage"] = _not_the_outage(du, s, text, speaker)
    # "AWS restored power in just over an hour": a stated length (a claim) of the power's outage, never the
    # service's length
    rel = du.start - s.start
    flags["cause_phase"] = bool(_CAUSE_RECOVERY.search(_clause_before(text[max(0, rel - 80):rel])[-60:]))
    return Claim("duration", du.text, du.hours, "asserts", speaker, s.start, s.end,
                 _conf(0.65 if du.hours is not None else 0.5, s, speaker), s.index, {"hours": du.hours, "score": score, **flags})


@dataclass(frozen=True)
class IncidentTimes:
    """An incident's start and end (ISO, at the precision the text gives) and its length in hours."""

    start: str | None
    end: str | None
    duration_hours: float | None


def start_basis(claims: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """An incident's claims without the start claims that say when nothing began, unless they are
    the start's basis; and that basis (_start_basis). Dates that name the outage or date the failure
    itself are start claims whatever else the text says."""
    background = _background_starts([c for c in claims if c.attribute == "start"])
    if background:
        claims = [c for c in claims if id(c) not in background]
    basis = _start_basis([c for c in claims if c.attribute == "start"])
    basis_ids = {id(c) for c in basis}
    return [c for c in claims if c.attribute != "start" or id(c) in basis_ids or not _passing_start(c)], basis


def _background_starts(starts: list[Claim]) -> set[int]:
    """Dates more than a week before a clock time the text gives as when the trouble began: background, not the
    outage's start ("On September 21 the root zone began to carry a new record type … On October 4, between 07:00
    and 11:00 UTC, users received errors": when the change was made, weeks before). A date naming an outage stays."""
    precise = [c.extra["when"] for c in starts if c.extra.get("cue") and c.extra.get("when") is not None
               and "T" in str(c.normalized)]
    if not precise:
        return set()
    anchor = min(precise)
    return {id(c) for c in starts if "T" not in str(c.normalized) and not c.extra.get("naming")
            and c.extra.get("when") is not None and (anchor - c.extra["when"]).days > 7}


def incident_times(claims: list[Claim], basis: list[Claim], account: Callable[..., list[Claim]], group,
                   sents: list[SentenceInfo]) -> IncidentTimes:
    """The start, end and length of the incident `group` (nlp.mentions) from its claims (`basis`: the
    start's basis, from `start_basis`; `account(attribute, polarity, keep)`: the claims of the
    document's own account)."""
    starts = [c for c in basis if c.extra.get("when") is not None or c.extra.get("precision") in ("month", "year")]
    # "This incident has been resolved." dates the end only by when it was said: an end of last resort
    said_done = [c for c in claims if c.attribute == "end" and c.extra.get("said_done")]
    ends = [c for c in claims if c.attribute == "end" and c.extra.get("when") is not None and not c.extra.get("said_done")]
    # "Resolved (22:53 UTC)" is when the update was posted; an end the text states ("By 3:01 PM PDT,
    # all services had returned to normal") is the outage's own
    ends = [c for c in ends if not c.extra.get("resolved_header")] or ends
    start_iso = _earliest(starts)
    end_iso = _latest(ends)
    stated_end = any(not c.extra.get("resolved_header") for c in ends)
    own_year = (start_iso or "")[:4]
    own = claims if not group.primary else [c for c in claims if not (c.extra.get("years_before", set()) - {own_year})]
    first = min((c.extra["when"] for c in starts if c.extra.get("when") is not None), default=None)
    last = max((c.extra["when"] for c in ends if c.extra.get("when") is not None), default=None)
    elapsed = (last - first).total_seconds() / 3600 if first is not None and last is not None else None
    duration = _stated_duration(own, account, _span_hours(start_iso, end_iso), stated_end, over=bool(ends), elapsed=elapsed)
    if duration is not None and not ends and not said_done and _still_going(sents, group):
        duration = None  # C3: "has been down for more than 24 hours now": the outage has no length yet
    if end_iso is None and said_done:
        end_iso = _latest(said_done)
    return IncidentTimes(start_iso, end_iso, duration)



def _passing_start(c: Claim) -> bool:
    """A start claim that says when nothing began: a date merely mentioned next to the outage."""
    return not (c.extra.get("cue") or c.extra.get("naming") or c.extra.get("dates_event"))


def _start_basis(starts: list[Claim]) -> list[Claim]:
    """The start claims the incident's start is read from. Every start claim stays a claim (a date
    that names the outage, "Monday's outage", states its day too), but the start itself comes from
    the sentences that say when it began, else from the incident's first dated sentence."""
    if any(not c.extra.get("naming") for c in starts):
        # a date that only names the outage gives way to one that says when it began
        starts = [c for c in starts if not c.extra.get("naming")]
    if any(c.extra.get("cue") for c in starts):
        # "The disruption began at around 10:30am": dates merely mentioned elsewhere give way
        return [c for c in starts if c.extra.get("cue")]
    if not starts:
        return starts
    # else the incident's first date only (later ones are dates mentioned in passing), and clock
    # times later on that same day, which make it precise
    first_sentence = min(c.sentence for c in starts)
    first = [c for c in starts if c.sentence == first_sentence]
    first_days = {c.extra["when"].date() for c in first if c.extra.get("when")}
    # "in 2025 … on October 20": a later date inside a coarse first one makes it precise
    coarse = [str(c.normalized) for c in first if c.extra.get("precision") in ("year", "month")]
    return [c for c in starts if c.sentence == first_sentence
            or ("T" in str(c.normalized) and c.extra.get("when") and c.extra["when"].date() in first_days)
            or any(str(c.normalized).startswith(k) for k in coarse)]


def _span_hours(start_iso: str | None, end_iso: str | None) -> float | None:
    if not (start_iso and end_iso and "T" in start_iso and "T" in end_iso):
        return None
    s_dt = datetime.fromisoformat(start_iso.replace("Z", "+00:00"))
    e_dt = datetime.fromisoformat(end_iso.replace("Z", "+00:00"))
    return round((e_dt - s_dt).total_seconds() / 3600, 2) if e_dt > s_dt else None


# (the figure's neighbours _length_score and _not_the_outage read, compiled once)
_OUTAGE_NOUN_AFTER = re.compile(r"\s*(?:-long\s+)?(?:outage|disruption|downtime|blackout|incident)", re.I)
_LASTING_BEFORE = re.compile(r"\b(?:lasted|lasting|for|after|over|nearly|about|almost|roughly|some|around|close to)\s*(?:\w+\s+){0,2}$"
                             # time.v20: the outage measured by "of" ("after an outage of more than a day")
                             r"|\b(?:outage|disruption|blackout|downtime|shutdown|stoppage)s?\s+of\s+(?:more\s+than\s+|over\s+|almost\s+|"
                             r"nearly\s+|about\s+|around\s+|some\s+|roughly\s+|close\s+to\s+|just\s+(?:over|under)\s+)?$", re.I)
_MORE_AFTER = re.compile(r"\s*more\b")
_MORE_OR_IN_AFTER = re.compile(r"\s*(?:more\b|in\s*[,;])")
# time.v14: a figure of time so far into trouble still going, with no end told: "for more than a day now", "for almost
# three weeks, since the expansion opened, logging in has meant a queue", "four days after the attack … were still
# disrupted", "a week after the fire, only part of the systems were back" (the claim stands; the outage has no length yet)
_SO_FAR_AFTER = re.compile(r"\s*(?:now\b|,?\s*since\b|so\s+far\b|by\s+(?:mid-?\w+|noon|midday|lunchtime|press\s+time|the\s+time\s+of)\b)", re.I)
# "At the time of publication it had lasted five days", "so far it has lasted": a length as of a moment, not the end
_SO_FAR_BEFORE = re.compile(r"\b(?:at\s+the\s+time\s+of\s+(?:writing|publication|going\s+to\s+press)|so\s+far|to\s+date|as\s+of\s+\w+)\b[^.;]*$", re.I)
_ELAPSED_AFTER = re.compile(r"\s*(?:after|since|into)\b", re.I)
_STILL_GOING = re.compile(r"\b(?:still|not\s+yet|yet\s+to|only\s+(?:part|some|a\s+few|a\s+handful)\s+of)\b", re.I)
# a term given by a court or agreed in a contract: no length of anything that failed ("a suspended sentence of one year")
_TERM_BEFORE = re.compile(r"\b(?:sentences?|sentenced\s+to|jail|prison|imprisonment|contract|warranty|guarantee)"
                          r"\s+(?:of\s+|for\s+)?(?:\w+\s+){0,4}$", re.I)  # ("a sentence of one year and eight months")
_TO_COME_BEFORE = re.compile(r"\b(?:another|next|coming)\s+(?:\w+\s+){0,3}$", re.I)


def _length_score(du: Duration, s: SentenceInfo, text: str) -> tuple[int, dict]:
    """How surely a duration in sentence `s` is the outage's length, and what else it is: a time to
    some other act (`not_length`: no claim at all), time still to come (`remaining`), a total."""
    rel = du.start - s.start
    before = text[max(0, rel - 30):rel]
    after = text[du.end - s.start:du.end - s.start + 25]
    score = 0
    not_length = False
    partial = False
    if _OUTAGE_NOUN_AFTER.match(after) or du.text.endswith("-hour"):
        score += 2
    if _LASTING_BEFORE.search(before):
        score += 1  # "lasted", "for more than four hours", "for close to"
    if _has_correction(text):
        score -= 4  # "an earlier version of this article said it lasted an hour"
        if _RETRACTED_BEFORE.search(text[:rel]):
            not_length = True  # the figure the correction takes back is no claim at all (the corrected one stays)
    if (_WITHIN.search(before) or du.text.lower().startswith("within")) and not (_RESOLUTION.search(text) or _RECOVERY_WORD.search(text)
                                                                                or _CONTAINED.search(text[max(0, rel - 60):rel])
                                                                                # ("were able to sync their files again within")
                                                                                or "again" in s.lower and _AGAIN_ANYWHERE.search(text)):
        score -= 3  # "within an hour rated the incident a major outage": time to some other act
        not_length = True
    if _CONDITION.search(text[:rel]):
        score -= 3  # "If your business runs on one provider, an hour of their trouble…": hypothetical
        not_length = True
    # (only a figure after "in"/"within" or one that opens with "within" can be a time to notice)
    perceived = _PERCEIVED_WITHIN.search(text[max(0, rel - 90):rel]) \
        if "in" in s.lower[max(0, rel - 25):rel] or du.text[:2].lower() in ("in", "wi") else None
    detected = _DETECTION.search(text, max(0, rel - 60), rel)
    # "traced and contained the problem within two hours", "spotted and blocked the traffic in an hour": the time
    # to end the trouble, a length
    if perceived and _CONTAINED.search(perceived.group(0)):
        perceived = None
    if detected and _CONTAINED.search(text, detected.end(), rel):
        detected = None
    if detected or (perceived and (perceived.group("within") or du.text.lower().startswith(("within", "in ")))):
        score -= 2  # "we detected the disruption within one minute": time to notice, not the length
        not_length = True
    if _FORECAST.search(text[max(0, rel - 45):rel]) or _MORE_AFTER.match(after):
        score -= 3  # "we expect restorations to run for up to two more weeks"
    if du.remaining:
        score -= 3
    # time still to come ("may need up to two more weeks", "over the next two to three weeks") or so
    # far into an outage still going ("More than five hours in, there was no word"): not over
    remaining = bool(du.remaining or _REMAINING.search(text[max(0, rel - 60):rel]) or _MORE_OR_IN_AFTER.match(after)
                     or _TO_COME_BEFORE.search(before) or _SO_FAR_AFTER.match(after) or _SO_FAR_BEFORE.search(text[max(0, rel - 70):rel])
                     or _ELAPSED_AFTER.match(after) and _STILL_GOING.search(text) is not None)
    if _TERM_BEFORE.search(before):
        score -= 3
        not_length = True
    if _TOTAL.search(text[max(0, rel - 25):rel]):
        score += 2  # "a total of 7 hours and 27 minutes"
    elif _PARTIAL.search(text[max(0, rel - 60):rel]):
        score -= 1  # "most regions recovered within about two hours": a partial recovery
        partial = True
    if "OUTAGE" in s.hits:
        score += 1
    total = du.hours is None and bool(_TOTAL.search(text[du.end - s.start:du.end - s.start + 15]))
    return score, {"total": total, "remaining": remaining, "not_length": not_length, "partial": partial}


# C3: figures that are not the outage's length, whatever their unit
# - a projection: a modal or verb of expectation before the figure in its clause ("will recover over the
#   coming hours", "we expect the rest to take up to two more weeks", "could take another two weeks";
#   not "users could not log in for three hours", which is past)
# ("may" in lower case only: "In May last year … for about a day" is the month; a word that may be a noun is a verb only
# when no determiner or "new" comes before it: "new project creation", "its pricing plans" are no projections)
_PROJECTION = re.compile(r"\b(?:will|'ll|shall|would|could|(?-i:may)|might|should|expects?|expected to|anticipates?|"
                         r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bnew )(?<!\bits )(?<!\bour )(?<!\btheir )(?<!\bhis )(?<!\bher )"
                         r"(?<!\byour )(?<!\bmy )(?:estimates?|projects?|forecasts?|hopes?|plans?|aims?)|"
                         r"warned (?:it )?could|"
                         # time.v23: a length planned for the work, not taken by the outage ("the upgrade was supposed to take
                         # six days", "was scheduled to last two hours", "meant to run overnight")
                         r"(?:supposed|scheduled|meant|planned|intended|due|set|budgeted|slated) to (?:take|last|run))\b(?!\s+(?:not|never|n't)\b)(?!n't)|"
                         r"\b(?:coming|next|following|further)\s+(?:few\s+|several\s+|two\s+|three\s+)?(?:hours|days|weeks|months)\b", re.I)
_FIGURE_CLAUSE_BREAK = re.compile(r"[,;:\"“”]|\.\s")
# - one customer's own downtime told by that customer: a personal pronoun or possessive of one person or
#   firm before the figure in a sentence the vendor does not speak ("we lost our checkout page for the
#   afternoon", "told the paper her team had been without its wiki for eight days", "for some of my
#   clients it was a week"); "their" only in the words of someone else than the outlet
_PERSONAL = re.compile(r"\b(?:I|[Ww]e|us(?!-)|[Oo]ur|[Mm]y|me|[Hh]er|[Hh]is)\b")  # cased: not "US airlines"
# ... in the press's own voice "we", "our" and "us" are the outlet's ("By our count sites were failing for
# about twenty-five minutes"): only one person's pronouns mark a customer's own downtime there
_PERSONAL_SINGULAR = re.compile(r"\b(?:I|[Mm]y|me|[Hh]er|[Hh]is)\b")
_THEIR = re.compile(r"\b[Tt]heir\b")
# ... but not the pronoun of a frame of saying: "By his account, visitors got a 404 for half an hour", "according to her"
_FRAME_PRONOUN = re.compile(r"\b(?:[Bb]y|[Ii]n|[Oo]n)\s+(?:his|her|my|our|their)\s+(?:own\s+)?(?:account|telling|reckoning|estimate|count|"
                            r"version|recollection)\b|\b[Aa]ccording\s+to\s+(?:him|her|me|us|them|his|her|my|our|their)\b")
# - a generic statement: a quantifier over a plural subject in the present tense ("many policies only pay
#   after twelve hours of downtime", "most outages last under an hour")
_GENERIC_OPENING = re.compile(r"^\W*(?:many|most|some|few|all|no|typical|usually|often|generally)\s+(?:[\w-]+\s+){0,3}?[a-z-]+s\b"
                              r"(?:\s+\w+){0,2}?\s+(?:only\s+)?(?:start|starts|pay|pays|last|lasts|require|requires|need|needs|take|takes|"
                              r"cover|covers|kick|kicks|apply|applies|begin|begins)\b", re.I)
# - the length of a state that is no failure ("the dashboard showed most services green for close to
#   an hour", "have been stable for several hours")
# ... or of working again since the recovery ("has been answering questions again for a few hours", "back online for
# two hours now")
_GOOD_STATE = re.compile(r"\b(?:green|stable|healthy|live|fine|normal|operational|again|back)\s+(?:\w+\s+){0,2}?(?:for|over)\s+(?:\w+\s+){0,3}$", re.I)
_NEGATED = re.compile(r"\b(?:not|never|n't|no longer)\b", re.I)
# ... fronted, the good state after it: "For weeks the arrangement worked", "For years the system held up"
_FRONTED_FOR = re.compile(r"^\W*(?:for|over)\s+(?:\w+\s+){0,2}$", re.I)
_GOOD_STATE_AFTER = re.compile(r"^[^,;:]{0,80}?\b(?:worked|works|held(?:\s+up)?|ran\s+(?:smoothly|fine|well|without)|"
                               r"went\s+(?:smoothly|fine|well)|behaved|(?:was|were)\s+(?:fine|stable|reliable))\b", re.I)
# - time taken to do something else: "took three weeks to ship the fix", "needed more than a week to get
#   out of it" (not "took four hours to restore service"), or by an act told as a gerund subject ("Finding
#   what was wrong took about ten minutes"; not "Restoring service took four hours")
_TAKES = re.compile(r"\b(?:t[ao]ok|takes?|taking|taken|need(?:s|ed)?|requir(?:e|es|ed))\s+(?:[\w-]+\s+){0,3}$", re.I)
_GERUND_TOOK = re.compile(r"^\W*(?:and\s+)?(?P<act>[A-Za-z]+ing)\b[^,;]{0,80}?\b(?:t[ao]ok|takes?)\s+(?:[\w-]+\s+){0,4}$")
# - the recovery of the power, cooling or grid behind the outage: "restored power in just over an hour",
#   "utility power was back within 40 minutes", "got the cooling running again after two hours"
_CAUSE_RECOVERY = re.compile(r"\b(?:restor\w*|recover\w*|return\w*|brought\s+back|got)\s+(?:the\s+|its\s+|their\s+)?(?:utility\s+|mains\s+|main\s+)?"
                             r"(?:power|electricity|cooling)\b|\b(?:power|electricity|cooling)\s+(?:supply\s+)?"
                             r"(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:restored|back|returned|recovered)\b", re.I)
_SPENT = re.compile(r"\bspen[dt]s?\s+(?:[\w-]+\s+){0,3}$|\bspending\s+(?:[\w-]+\s+){0,3}$", re.I)
_GERUND_AFTER = re.compile(r"\s+(?:(?:of\s+)?(?:the\s+)?(?:day|night|time)\s+)?(?P<act>[a-z]+ing)\b", re.I)
_RECOVERY_ACT = re.compile(r"^(?:restor|recover|repair|resolv|fix|bring|return|reboot|restart|rebuild|clear|mitigat)", re.I)
# a habit in the present tense: "typically last", "usually takes", "tend to run"
_HABITUAL = re.compile(r"\b(?:typically|usually|generally|normally|often|rarely|seldom|tend to|tends to)\s+(?:last|lasts|take|takes|run|runs|go|goes)\b",
                       re.I)
# "longer than AWS's 15-hour failure", "shorter than the nine-hour outage": a determiner after "than" makes the
# figure another outage's (not "longer than 15 hours", a bound)
_OTHER_COMPARED = re.compile(r"\b(?:longer|shorter|worse|bigger|smaller|briefer)\s+than\s+(?:the|a|an|its|[\w.-]+['’]s)\s+(?:[\w-]+\s+){0,2}$",
                             re.I)


# - time granted to act ("giving taxpayers an additional day to file", "customers were given two extra weeks
#   to pay", "offered a week's grace"): a verb of granting before the figure in its clause
_GRANTED = re.compile(r"\b(?:giv(?:e|es|en|ing)|gave|grant(?:s|ed|ing)?|allow(?:s|ed|ing)?|offer(?:s|ed|ing)?|extend(?:s|ed|ing)?)\s+"
                      r"(?:[\w'’-]+\s+){0,4}$", re.I)
# - a wait in line, a consequence of the outage: "queued for up to three hours", "stood in line for forty
#   minutes", "were stuck on hold for an hour" (not "customers waited the full three weeks" for the service)
_WAITING = re.compile(r"\b(?:queu(?:e|es|ed|ing)|lin(?:e|ed|ing) up|(?:stood|stand|standing|stuck|sat|sit|sitting)\s+"
                      r"(?:in\s+(?:line|lines|queues?)|on\s+hold)|(?:was|were|been|kept|left)\s+on\s+hold)\s+"
                      r"(?:[\w'’-]+\s+){0,4}?(?:for\s+)?(?:up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$", re.I)
# - time to come named from now, in a clause in the present or future: "is operating a reduced schedule for the
#   next several days" ("for the next three hours users could not log in" is past)
# how long something is kept or stays valid: "kept for 30 days", "retained for a year", "cached for an hour", "valid for
# seven days", "guaranteed for"
_KEPT_FOR = re.compile(r"\b(?:kept|keep|keeps|retain(?:s|ed)?|stored|store|stores|held|archived|cached|preserved|valid|good|"
                       r"guaranteed|warrant(?:ed|ied)|licen[cs]ed|subscribed|contracted)\s+(?:only\s+|up\s+)?(?:for|to)\s+"
                       r"(?:up\s+to\s+|at\s+least\s+|about\s+|around\s+)?$", re.I)
# a spell without an outage: "went 412 days without an unplanned halt", "ran for six years without a single outage"
_WITHOUT_AFTER = re.compile(r"\s+(?:straight\s+|in\s+a\s+row\s+)?without\s+(?:a|an|any|one)\s+(?:single\s+|serious\s+|major\s+|"
                            r"significant\s+|unplanned\s+|unscheduled\s+|notable\s+){0,2}(?:outage|incident|failure|halt|crash|"
                            r"disruption|interruption|glitch|problem|hitch|minute\s+of\s+downtime)", re.I)
# a wait told with "wait" after "to" or a modal: "told to wait up to three weeks for a new date", "may have to wait about a
# month" (not "waited the full three weeks": those hit sitting the outage out)
_TO_WAIT = re.compile(r"\b(?:to|must|may|might|will|could|would|should|can)\s+wait\s+(?:for\s+)?(?:(?:up\s+to|about|around|nearly|"
                      r"almost|as\s+long\s+as|at\s+least|more\s+than|another|a\s+further)\s+)?$", re.I)
_NEXT_BEFORE = re.compile(r"\b(?:the\s+)?(?:next|coming)\s+$", re.I)
_NOW_OR_LATER = re.compile(r"\b(?:is|are|am|will|be|being|has|have)\b|'(?:s|re|ll)\b", re.I)


def _not_the_outage(du: Duration, s: SentenceInfo, text: str, speaker: Speaker) -> str | None:
    """Why a figure in an outage sentence is no duration claim of the outage (C3), or None."""
    rel = du.start - s.start
    head = text[:rel]
    cuts = [m.end() for m in _FIGURE_CLAUSE_BREAK.finditer(head)]
    clause = head[cuts[-1] if cuts else 0:]
    if (_PROJECTION.search(clause[-70:]) and not ("again" in clause and _AGAIN_ANYWHERE.search(clause))) \
            or (_NEXT_BEFORE.search(clause[-20:]) and _NOW_OR_LATER.search(clause)):
        return "projection"  # (not "could sign in and send messages again within two hours": a past recovery)
    if _GRANTED.search(clause[-60:]) and (du.remaining or _TIME_TO_ACT.match(text[du.end - s.start:du.end - s.start + 30])):
        return "granted"
    if _WAITING.search(clause[-60:]) or ("wait" in clause and _TO_WAIT.search(clause[-40:])):
        return "a_wait"
    if _KEPT_FOR.search(clause[-50:]):
        return "kept"  # "Logs are kept for 30 days", "backups are retained for a year": how long data is kept
    if _WITHOUT_AFTER.match(text, du.end - s.start):
        return "streak"  # "had gone 412 days without an unplanned halt": a spell with no outage, not one
    if _MORE_AFTER.match(text[du.end - s.start:du.end - s.start + 8]) and not _NEGATED.search(clause):
        return "projection"  # "two more weeks", "a few more hours": time still to come
    personal = _PERSONAL_SINGULAR if speaker.kind == "press" else _PERSONAL
    own = _FRAME_PRONOUN.sub(" ", head) if speaker.kind != "vendor" and ("account" in head or "ccording" in head or "count" in head
                                                                      or "reckon" in head or "estimate" in head) else head
    if speaker.kind != "vendor" and personal.search(own) or speaker.kind == "other" and _THEIR.search(own):
        return "own_downtime"
    if (_GENERIC_OPENING.match(text) or _HABITUAL.search(clause)) and not _PAST.search(head):
        return "generic"  # ("Outages of this kind typically last a few hours")
    if _ACT_TOOK.search(clause):
        return "time_to_act"  # "The call took nine seconds", "the whole deployment lasted about four minutes"
    if ("tatus" in clause or "ealth" in clause or not clause.isascii()) and _STATUS_PAGE.search(clause):
        return "status_page"  # "the status dashboard could not be relied on for much of the night": the page's trouble
    if _OTHER_COMPARED.search(clause[-60:]):
        return "other_outage"  # "lasted longer than AWS's 15-hour failure": a figure of the outage compared with
    if _AFTER_THE_FAILURE.match(text, du.end - s.start):
        return "since_the_outage"  # time.v18: "a week after the first outage", "two weeks after the outage": time since it
    if _GOOD_STATE.search(clause) and not _NEGATED.search(clause):
        return "good_state"
    rest = text[du.end - s.start:]
    fronted = _FRONTED_FOR.match(head) or (not head.strip() and du.text.lower().startswith(("for ", "over ")))
    if fronted and _GOOD_STATE_AFTER.match(rest) and not _NEGATED.search(rest[:80]):
        return "good_state"
    if _TAKES.search(clause[-40:]) and _TIME_TO_ACT.match(rest[:30]) and not _RECOVERY_WORD.search(rest[:60]):
        return "time_to_act"
    act = _GERUND_TOOK.match(clause) or (_SPENT.search(clause[-40:]) and _GERUND_AFTER.match(rest))
    if act and not _RECOVERY_ACT.match(act.group("act")):
        return "time_to_act"  # ("had spent 18 months rebuilding the system"; not "spent nine hours restoring it")
    return None


# time.v18: a figure counted from the outage itself, over ("a week after the first outage", "two weeks after the
# outage"; not from what set it off, "days after a ransomware attack", nor while it goes on, "after the outage began")
_AFTER_THE_FAILURE = re.compile(r"\s+(?:after|since)\s+(?:the|its|this|that|our|their|last\s+\w+'s|\w+day's)\s+"
                                r"(?:(?:first|earlier|previous|original|last|initial|big|major|[\w-]+-hour)\s+)?"
                                r"(?:outage|disruption|failure|incident|crash|blackout|meltdown|glitch)\b(?!\s+(?:began|started|hit|struck))",
                                re.I)
_PAST = re.compile(r"\b(?:was|were|had|did|went|took|lasted|\w+ed)\b", re.I)
# an operation as the subject of a verb of taking or lasting: the time the act took, not the outage's ("The call took nine
# seconds", "The whole deployment lasted about four minutes", "the deletion itself needed under a minute")
_ACT_TOOK = re.compile(r"^\W*(?:(?:and|but|so)\s+)?(?:the|that|this|its|each|every|a|an|one)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:call|request|command|query|job|script|operation|deletion|migration|deploy(?:ment)?|rollout|push|rollback|"
                       r"revert|failover|"
                       r"transaction|upload|download|build|scan|wipe|change|edit|commit|run)\s+(?:itself\s+|alone\s+|only\s+)?"
                       r"(?:took|takes|lasted|lasts|ran\s+for|needed|required)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+|"
                       r"under\s+|less\s+than\s+)?$", re.I)
# the provider's own status page or health dashboard as the figure's subject: a part of the incident told apart
# (not where a figure was read: "By our count from the status page it was …", "according to its status page")
_STATUS_PAGE = re.compile(r"(?<!from )(?<!from the )(?<!from its )(?<!on )(?<!on the )(?<!on its )(?<!to )(?<!to the )(?<!to its )"
                          r"(?<!via )(?<!via the )(?<!via its )(?<!per )(?<!per the )(?<!per its )"
                          r"\b(?:[\w'’]+\s+)?(?:status|health|service\s+health)\s+(?:page|dashboard|site|board)s?\b", re.I)


def _stated_duration(claims: list[Claim], account, span: float | None, stated_end: bool, over: bool,
                     elapsed: float | None = None) -> float | None:
    """The outage's length: the best-scored figure in the document's account, unless the incident's
    own start and end agree with another figure (then that one: "mitigated within three hours …
    back to normal at 3:01 PM, fifteen hours after the first errors") or show that a time window is
    only a phase of a longer outage. A qualitative total ("degraded for several hours in total")
    says the figures are phases, so no number; a qualitative word from one speaker does not hide
    another's figure. With no figure, the span from start to end."""
    qualitative_total = [c for c in account("duration") if c.extra.get("hours") is None and c.extra.get("total")
                         and not c.extra.get("not_outage")]
    if qualitative_total:
        return None
    if not over and any(c.extra.get("remaining") and c.extra.get("hours") for c in claims if c.attribute == "duration"):
        return None  # time still to come and no end stated: an outage not over has no length yet

    ids = {id(c) for c in claims}

    def usable(c: Claim) -> bool:
        return id(c) in ids and bool(c.extra.get("hours")) and c.extra.get("score", 0) >= _MIN_LENGTH_SCORE \
            and not c.extra.get("not_outage") and not c.extra.get("cause_phase")

    durations = account("duration", None, usable)
    if not durations:
        return span
    best = max(durations, key=lambda c: (c.extra.get("score", 0), -c.start))
    if best.extra.get("partial") and stated_end and elapsed is not None and elapsed > 1.5 * best.extra["hours"]:
        # "Most services were back within about six hours, and the last was restored early on Saturday": a phase of an
        # outage whose stated end is days later (`elapsed`: at least that long from the start to the end's day)
        return span
    if span is None or not stated_end:
        return best.extra["hours"]
    # a window computed from the same start and end proves nothing; a stated figure that agrees does
    agreeing = [c for c in durations if not c.extra.get("range") and abs(c.extra["hours"] - span) <= 0.1 * span]
    if agreeing:
        return max(agreeing, key=lambda c: (c.extra.get("score", 0), -c.start)).extra["hours"]
    if best.extra.get("range") and span > 1.1 * best.extra["hours"]:
        return span
    return best.extra["hours"]


def _point_role(pt: TimePoint, full: str, s: SentenceInfo, body_start: int, range_ends: set[int], of_speech: bool,
                range_starts: frozenset[int] | set[int] = frozenset()) -> str | None:
    """Whether a date or time in an outage sentence tells when the outage started or ended, or neither.
    `of_speech`: the words before it make it the date of a statement (_DATE_OF_SPEECH)."""
    if of_speech:
        return None  # "Amazon said on Tuesday": the date of the statement, not the outage
    if full[pt.start:pt.end].lower() == "right now":
        return None  # "are having trouble right now": the time of writing, not when it began (C2)
    if (full[pt.end:pt.end + 2] in ("'s", "’s") or full[pt.end - 2:pt.end] in ("'s", "’s")) and _names_outage(full[pt.end - 2:pt.end + 60]):
        if _THAN_BEFORE.search(full, max(body_start, pt.start - 50), pt.start):
            return None  # "more orders than in the first hour of last year's event": another event compared with
        return "start"  # "have restored service following today's network disruption": the date names the outage (C2)
    if pt.has_time and full[pt.start:pt.start + 1].isdigit() and _LINE_LEAD.fullmatch(full[body_start:pt.start]):
        # a timeline line "12:35 Incident mitigated." / "- 07:41: Alerts fire": the words after the
        # time say what happened — an end, the trouble starting, or neither ("Incident declared"); not a
        # day in words before a time ("Yesterday between 09:10 and 11:45 CET some customers …")
        after = full[pt.end:min(s.end, pt.end + 50)]
        if _ends_here(after):
            return "end"
        if _HANDLING.search(after) or not (_START_CUE.search(after) or _TROUBLE.search(after)):
            return None
        return "start"
    before = full[max(body_start, pt.start - 100):pt.start]
    # a date in a relative clause on the trouble is the trouble's, whatever recovery word comes before its head
    # ("services are back after a network fault that hit players last night"; not "the fault that hit players
    # was fixed on Monday", whose end word is in the clause)
    trouble_relative = _TROUBLE_RELATIVE.search(before[-80:])
    in_trouble_relative = trouble_relative is not None and not _HAS_END_CUE(trouble_relative.group("clause")) \
        and not _UNTIL_IN_POINT.match(full, pt.start, pt.end)
    if (before.endswith("of ") or full.startswith("of ", pt.start)) and (daypart := _DAYPART_OF_BEFORE.search(before)):
        before = before[:daypart.start()] + " "  # "were back by the early hours of Thursday": "by" is the date's
    if pt.start in range_starts:
        return "start"  # "[RESOLVED] Between 6:10 AM and 7:45 AM PDT": a window's first end, whatever came before
    if pt.precision in ("year", "month", "day") and _FOUNDED_BEFORE.search(before[-45:]):
        return None  # "The company, founded 14 years ago, …", "set up in 2011": an age, not the outage's day
    if _COPY_BEFORE.search(before[-45:]):
        return None  # time.v24: "restored from a backup taken at seven that morning": when the copy was made
    if _AS_OF.search(before[-8:]) and not _ends_here(before):
        # "As of 16:30 UTC, all services are operating normally": the state at that time — an end when
        # it is a recovery, else no time of the outage ("As of noon, users still cannot log in")
        return "end" if _RECOVERY_WORD.search(full[pt.end:s.end]) and not _NOT_DONE.search(full[pt.end:s.end]) else None
    if _CLEFT_BEFORE.search(before[-30:]) and (cleft := _CLEFT_AFTER.match(full, pt.end, s.end)) \
            and _RECOVERY_WORD.search(_clause_after(full[cleft.end():s.end])) and not _NOT_DONE.search(_clause_after(full[cleft.end():s.end])):
        return "end"  # "It was the following Thursday before every service was back": a cleft on the recovery's day
    if in_trouble_relative and pt.start not in range_ends:
        pass  # (read as any other date below: a start unless its own clause says otherwise)
    elif pt.start in range_ends or _ends_here(before) or _UNTIL_IN_POINT.match(full, pt.start, pt.end) or (
            _BY_IN_POINT.match(full, pt.start, pt.end) and _RECOVERY_WORD.search(_clause_before(before))
            and not _AGENT_BEFORE.search(before[-25:])):
        act = _TIME_TO_ACT.match(full[pt.end:min(s.end, pt.end + 30)])
        if act and not _RECOVERY_WORD.search(full[pt.end:min(s.end, pt.end + 60)]):
            return None  # "it took until 10:27 UTC to work out which change": a time to act, no outage time
            # (but "it took until 6pm for the service to be fully restored": the act is the recovery)
        clause = _clause_before(before)
        if _COPY_AFTER.match(full, pt.end, s.end):
            return None  # time.v17: "restored records from the 08:00 snapshot": the copy's time, not the recovery's
        if _NOT_AN_END.search(clause):
            return None  # "will stay shut until 23:59 on Friday", "settlement was deferred until after midnight"
        if _DEADLINE.search(clause):
            return None  # "filers now have until midnight on Wednesday": a deadline, not the outage's end
        if _CAUSE_RESTORED.search(clause):
            return None  # "Power was restored at 5:39 AM": what set it off recovered, not the service
        if _RECOVERY_DENIED.search(clause) and not _UNTIL_IN_POINT.match(full, pt.start, pt.end):
            return None  # "was still not fixed Friday afternoon" (but "was not fixed until the evening" ends it)
        if _BY_BEFORE.search(before[-4:]) and _STILL_BEFORE.search(clause + _clause_after(full[pt.end:s.end])):
            return None  # "By Thursday morning it was still restoring storage": the work went on then (not "until")
        return "end"
    clause = _clause_before(before)  # (the point's own clause, read by the tests below)
    if _BY_BEFORE.search(before[-4:]) or _BY_IN_POINT.match(full, pt.start, pt.end) or _BEYOND_BEFORE.search(clause[-40:]):
        return None  # "most features worked again by Sunday", "no failures beyond the early hours of Monday": a bound
    if _RECOVERY_BEGAN.search(clause):
        return None  # "messaging began returning late on Saturday night": the recovery began, not the outage
    if _INTO_BEFORE.search(before[-25:]):
        return None  # "some customers saw errors into the following day": how far it went on, not when it began
    if _OPENS_FROM.search(clause) and _ABLE_AGAIN_AFTER.match(full, pt.end, s.end):
        return None  # "From 19:19 UTC customers could re-announce their prefixes": a remedy available from then
    if _STILL_BEFORE.search(clause) and not _names_outage(full[pt.end - 2:pt.end + 60]):
        return None  # "users were still reporting trouble early on Tuesday": it went on then, it did not begin
        # (but "are still working out what Monday's outage will cost" names it)
    if _FUTURE_BEFORE.search(clause):
        return None  # "planned maintenance will take the site offline for four hours on Sunday": not yet begun
    if _HANDLING_BEFORE.search(clause) and not _BEGAN_AFTER.match(full, pt.end):
        return None  # "first acknowledged the problem at 11:07 a.m. ET", "posted an update at 3pm": handling, not the outage (C2)
    if _SINCE_RIGHT_BEFORE.search(clause) and _DONE.search(clause) and not _NOT_STATED_DONE.search(clause):
        # a recovery that holds since a time: "has been back to normal for every customer since 9:40" ends it; for a part
        # only ("have been restored for most customers since early this morning") it is no time of the outage
        return None if _PARTLY_DONE.search(clause) else "end"
    if _BACK_BEFORE.search(clause) and not _START_CUE.search(clause):
        return None  # "most customers were back a little after two in the afternoon": a recovery's time, not a start
    if _fronted_before_an_act(pt, full, s):
        return None  # time.v18: "On Wednesday, the bank apologised for the outage": the day of the response, not the start
    return "start"


# time.v18: verbs of what people did about an outage, after it: responding, publishing, visiting, paying out
_RESPONSE_ACTS = re.compile(r"\b(?:apologi[sz](?:ed|es)|published|publishes|released|releases|announced|announces|issued|"
                            r"visited|travell?ed|met|spoke|wrote|fined|refunded|compensated|credited|promised|pledged|sued|"
                            r"hired|appointed|summoned|questioned|launched an? (?:inquiry|investigation|review)|"
                            r"opened an? (?:inquiry|investigation)|held (?:a|an) (?:hearing|meeting|briefing))\b", re.I)


def _fronted_before_an_act(pt: TimePoint, full: str, s: SentenceInfo) -> bool:
    """time.v18: a date fronted before its clause's comma ("In March, …", "On Wednesday, …") whose clause tells what
    someone did about the outage ("the company published its review of the outage", "a team travelled to the region and
    spoke to staff at the affected companies") and no failure of its own: the date of that act (C2)."""
    lead = full[s.start:pt.start]
    if pt.has_time or not _FRONTED_LEAD.match(lead) or not full.startswith(",", pt.end):
        return False  # (a clock time dates an event itself: "On Friday, July 19 at 04:09 UTC, the company released …")
    if _INTERVAL_IN_POINT.search(full, pt.start, pt.end):
        return False  # ("Three days after a cyberattack knocked out …": the attack's time, counted back)
    main = full[pt.end + 1:s.end]
    if _RESPONSE_ACTS.search(main) is None:
        return False
    # (the outage named as what the act was about is no failure told: "apologised for the outage", "the affected firms")
    return not _has_failure_predicate(_OUTAGE_NAMED.sub(" ", main))


_INTERVAL_IN_POINT = re.compile(r"\b(?:after|before|ago|since|later|earlier)\b", re.I)
_OUTAGE_NAMED = re.compile(r"\b(?:the|this|that|its|their|our|an?|last\s+\w+'s)\s+(?:[\w-]+\s+)?(?:outages?|disruptions?|"
                           r"failures?|errors|glitch(?:es)?|meltdown|blackout|incident)\b|\baffected\b", re.I)


# "were back", "came back" in a point's clause before it: a recovery told (its end cue needs "up/online/to normal")
_BACK_BEFORE = re.compile(r"\b(?:was|were|is|are|been|came|come|comes|got|get|gets)\s+(?:\w+\s+)?back\b", re.I)


# a cleft that puts a day in focus: "it was the following Thursday before …", "It was Tuesday evening that …" (the clause
# after it says what happened then; its "until" form, "it was not until Friday that", is read by _ends_here)
_CLEFT_BEFORE = re.compile(r"\b(?:it|that|this)\s+(?:was|is|would\s+be|had\s+been|will\s+be)\s+(?:only\s+|almost\s+|nearly\s+)?(?:on\s+)?$", re.I)
_CLEFT_AFTER = re.compile(r"\s*(?:(?:morning|afternoon|evening|night)\s+)?,?\s*(?:before|that)\b", re.I)


# the head of a relative clause on the trouble, the clause up to the point: "after a network issue that affected
# players ", "following the fault which took the app down "
_TROUBLE_RELATIVE = re.compile(r"\b(?:issues?|problems?|outages?|disruptions?|faults?|failures?|glitch(?:es)?|incidents?|errors|"
                               r"interruptions?|trouble|bugs?|attacks?|cyber-?attacks?|breakdowns?)\s+(?P<clause>(?:that|which)\s+[^,;.:]*)$", re.I)
# "into" right before a point: "into the following day", "well into Friday"
_INTO_BEFORE = re.compile(r"\binto\s+(?:the\s+)?(?:(?:well|late|early)\s+)?$", re.I)
# "since" right before a point, with its approximators: "since early ", "since about "
_SINCE_RIGHT_BEFORE = re.compile(r"\bsince\s+(?:(?:about|around|roughly|approximately|early|late|shortly|just|soon)\s+(?:after\s+|before\s+)?)*$", re.I)


_SAID_SOON = re.compile(r"^\W*(?:[\w'’-]+\s+){0,5}?(?:said|says|told|wrote|announced|reported|confirmed)\b", re.I)


def _daypart_tells_the_outage(pt: TimePoint, full: str, s: SentenceInfo) -> bool:
    """A part of a day after "by" ends the outage only in a sentence telling a recovery, and not when it
    dates a statement ("By late evening the company said most services were coming back", "by the
    evening the wording had changed")."""
    if not _BY_BEFORE.search(full[max(s.start, pt.start - 4):pt.start]):
        return True
    before = full[s.start:pt.start]
    cuts = [m.end() for m in _FIGURE_CLAUSE_BREAK.finditer(before)]
    clause_start = s.start + (cuts[-1] if cuts else 0)
    rest = full[pt.end:s.end]
    stop = _FIGURE_CLAUSE_BREAK.search(rest)
    clause = full[clause_start:pt.end + (stop.start() if stop else len(rest))]
    return bool(_RECOVERY_WORD.search(clause)) and not _SAID_SOON.match(rest)


_BY_BEFORE = re.compile(r"\bby\s+$", re.I)


# a wire dateline: a place in capitals, the date, an agency in brackets and/or a dash
_DATELINE_LEAD = re.compile(r"\s*[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s*")
_DATELINE_TAIL = re.compile(r"\s*(?:\([A-Za-z .&]{2,40}\)\s*)?[-–—]")


def _dateline(pt: TimePoint, full: str, body_start: int) -> bool:
    """"SAN FRANCISCO, Oct 23 (Reuters) -", "LONDON, Oct. 23 —": the date the report was filed."""
    return bool(_DATELINE_LEAD.fullmatch(full[body_start:pt.start])) and bool(_DATELINE_TAIL.match(full, pt.end))


# (a dash, a spaced hyphen or a colon: "3:15 p.m. ET — …", "8:50 a.m. PT - …", "9:15 p.m. PT: …")
_STAMP_DASH = re.compile(r"\s*(?:[—–:]|\s-)\s")


def _liveblog_stamp(pt: TimePoint, full: str, body_start: int) -> bool:
    """A clock time that opens its line and is followed by a dash or a colon, in a press article: the time a
    live page's entry was posted, not a time of the outage."""
    return pt.has_time and bool(_STAMP_DASH.match(full, pt.end)) and bool(_LINE_LEAD.fullmatch(full[body_start:pt.start]))


_AS_OF = re.compile(r"\bas\s+of\s+$", re.I)
# a part of a day "of" the date: "by the early hours of Thursday", "until the evening of October 16"
_DAYPART_OF_BEFORE = re.compile(r"\s+(?:the\s+)?(?:(?:early|late|small|wee)\s+)?(?:hours|morning|afternoon|evening|night|end|middle)\s+(?:of\s+)?$",
                                re.I)
# a company's or a system's birth: "founded 14 years ago", "was set up in 2011", "launched in 2019", "went public in 2020"
_FOUNDED_BEFORE = re.compile(r"\b(?:founded|established|incorporated|set\s+up|formed|born|listed|acquired|bought|purchased|"
                             r"launched|introduced|built|went\s+public|floated|spun\s+(?:off|out)|opened\s+its\s+doors)\s+"
                             r"(?:(?:in|about|some|nearly|almost|around|roughly|more\s+than|over|back|only|just)\s+)*$", re.I)
_BEYOND_BEFORE = re.compile(r"\bbeyond\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$", re.I)
_THAN_BEFORE = re.compile(r"\bthan\b[^,;:]{0,40}$", re.I)
# a verb of beginning before a verb of recovery: "began returning", "started to come back", "began recovering"
_RECOVERY_BEGAN = re.compile(r"\b(?:began|begun|begin|begins|started|starts|starting)\s+(?:to\s+)?(?:slowly\s+|gradually\s+)?"
                             r"(?:return(?:ing)?(?!\s+(?:errors?|an?|the|\d|blank|empty|timeouts?|failures?|wrong|stale|garbled|bad|incorrect)\b)|com(?:e|ing)\s+back|recover(?:ing)?|reappear(?:ing)?|resum(?:e|ing)|reconnect(?:ing)?|"
                             r"improv(?:e|ing)|eas(?:e|ing)|clear(?:ing)?|restor(?:e|ing)|stabili[sz](?:e|ing)|normali[sz](?:e|ing)|"
                             r"(?:work|flow|load|connect)(?:ing)?\s+again)\b", re.I)
# "From 19:19 UTC customers could re-announce …", "Since 10:05, users have been able to log in again"
_OPENS_FROM = re.compile(r"^\W*(?:from|since|starting|beginning)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+)?$", re.I)
_ABLE_AGAIN_AFTER = re.compile(r"[^.;]{0,60}?\b(?:could|can|were able to|was able to|have been able to|has been able to)\s+(?:now\s+|once\s+more\s+)?"
                               r"(?:re-\w+|reconnect|restart|resume|retry|\w+(?:\s+[\w'’-]+){0,4}?\s+again)\b", re.I)
_STILL_BEFORE = re.compile(r"(?<!\bstood )(?<!\bstand )(?<!\bstands )(?<!\bstanding )\bstill\b", re.I)  # (not "stood still")
# a verb of handling the incident as the predicate the time belongs to: "(first) acknowledged the problem at",
# "posted an update at", "declared an incident at", "was paged at", "began investigating at"
_HANDLING_BEFORE = re.compile(r"\b(?:acknowledg(?:e|es|ed)|declar(?:e|es|ed)|escalat(?:e|es|ed)|paged|investigat(?:e|es|ed|ing)|"
                              r"posted|updated|notified|alerted|opened an incident|began investigating|"
                              # ("the status page flagged the incident at 9:25", "Slack confirmed the problem at", "logged it at")
                              r"flagg(?:ed|ing)|logg(?:ed|ing)|confirm(?:s|ed|ing)?|"
                              # ("Automated systems detected the problem at 07:12 UTC": our tools noticing it, handling)
                              r"detect(?:s|ed|ing)?)\b"
                              r"(?:\s+(?!(?:began|begun|started|starting|since|first|failed|failing)\b)[\w'’-]+){0,5}?"
                              r"\s+(?:at|around|about|shortly after|just after|just before|by|on)\s+(?:about\s+|around\s+)?$", re.I)
# ("was paged at 03:12 UTC and began investigating": the response began, not the outage)
_BEGAN_AFTER = re.compile(r"[^.;]{0,40}\b(?:(?:began|begun|started|starting)(?!\s+(?:to\s+)?(?:investigat|work|look|triag|respond|"
                          r"mitigat|roll|revert|restor|recover|deploy|debug|diagnos|escalat|assess|analy[sz]|monitor|reroute)\w*)|since)\b",
                          re.I)
# a point that carries its own "until": "until Friday evening", "not until Wednesday"
_UNTIL_IN_POINT = re.compile(r"(?:until|till)\b", re.I)
# ... or its own "by" after a recovery in its clause ("was fully back by Wednesday morning"), unless it is the
# agent of a passive ("hit by")
_BY_IN_POINT = re.compile(r"by\b", re.I)
_AGENT_BEFORE = re.compile(r"\b(?:caused|triggered|affected|hit|impacted|disrupted|knocked\s+out|taken\s+down|set\s+off|sparked)\s+$", re.I)
# before an end in its clause, what makes it no end of the outage: a projection (a modal or verb of
# expectation: "is expected to stay closed until", "will remain offline until") or a deferral of some
# act ("the close of business was postponed until", "pushed back the deadline until")
_NOT_AN_END = re.compile(r"\b(?:will|'ll|shall|would|should|may|might|ought to|hopes? to|hoped to|aims? to|intends? to|"
                         r"expects?|expected|anticipates?|anticipated|(?:plans?|planned|scheduled|set) to|"
                         r"postponed|deferred|delayed|extended|pushed back|put off)\b(?!\s+(?:not|never)\b)|"
                         # a partial recovery: "brought availability back to about 98% by 18:17"
                         r"\d\s*(?:%|per ?cent\b)", re.I)


# the power, cooling or grid behind an outage coming back: "Power was restored at", "utility power returned at"
_CAUSE_RESTORED = re.compile(r"^\W*(?:(?:the|utility|mains|main|primary|external|grid|electrical)\s+)*(?:power|electricity|cooling|grid)"
                             r"(?:\s+supply)?\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+|is\s+)?(?:fully\s+)?"
                             r"(?:restored|back|returned|came\s+back)\b", re.I)
# a clause about the future: "will take the site offline … on Sunday", "is scheduled to go down on Saturday"
_FUTURE_BEFORE = re.compile(r"\b(?:will|'ll|shall|(?:is|are)\s+going\s+to|(?:is|are)\s+(?:scheduled|planned|set|due)\s+to|"
                            r"plans?\s+to|intends?\s+to)\b(?!\s+(?:not|never)\b)", re.I)
# ... or expected: "Expect a messy Friday", "expects to reopen on Monday", "is expected back by Sunday"
_PROJECTED_BEFORE = re.compile(_FUTURE_BEFORE.pattern + r"|\b(?:expect|expects|expected|expecting|forecasts?|tomorrow)\b", re.I)


def _projected(pt: TimePoint, full: str, body_start: int) -> bool:
    """Whether a date sits in a clause about the future: the day it names has not yet come, so it sets no day in force."""
    return bool(_PROJECTED_BEFORE.search(_clause_before(full[max(body_start, pt.start - 100):pt.start])))


# a deadline: "have until", "has until Friday to file", "were given until midnight"
_DEADLINE = re.compile(r"\b(?:have|has|had|having|get|gets|got|given|gives|giving)\s+(?:only\s+|now\s+)?(?:(?:until|till|through)\s+)?$", re.I)
# a recovery denied in the clause before a time, with no "until" after it: "was still not fixed", "had not
# yet been restored", "never came back", "wasn't back"
_RECOVERY_DENIED = re.compile(r"\b(?:not|never|n't|no longer|yet to be)\s+(?:\w+\s+){0,2}?(?:fixed|restored|resolved|recovered|back|"
                              r"repaired|mitigated|available|working|reachable|came back|come back)\b(?![^,;]*\b(?:until|till)\b)", re.I)


def _clause_after(after: str) -> str:
    """The words of a point's own clause after it (up to the next comma, semicolon or quotation mark)."""
    stop = _FIGURE_CLAUSE_BREAK.search(after)
    return after[:stop.start()] if stop else after


def _clause_before(before: str) -> str:
    """The words of a point's own clause before it (after the last comma, semicolon or quotation mark)."""
    cuts = [m.end() for m in _FIGURE_CLAUSE_BREAK.finditer(before)]
    return before[cuts[-1] if cuts else 0:]


# Predicates of failure: a service that went down, dark or blank, stopped working, was unreachable,
# failed or stumbled, users shut out of it; and the outage nouns
# verbs of using or reaching a service, what a difficulty predicate takes: "hard to use", "impossible to reach"
# (not "get": "a building hard to get into" is no service's failure)
_ACCESS_VERBS = r"(?:use|reach|access|connect|load|open|log|sign|make|place|send|receive|pay|book|check|stream|play|call|trade)"
_FAILURE_PREDICATE = re.compile(
    # difficulty with a service: "became difficult to use across Japan", "hard to reach for most of the day" (not "hard
    # to say"; not "struggled", tried: it dates more than the failure)
    r"\b(?:(?:difficult|hard|impossible)\s+to\s+" + _ACCESS_VERBS + r"|"
    # a loss of the service itself: "lost its check-in and online systems", "lost the ability to call" (not "lost its
    # lead engineer")
    r"lost\s+(?:its|their|our|the|all|his|her|your)\s+(?:[a-z-]+\s+){0,3}?(?:systems?|services?|networks?|ability\s+to)|"
    r"down|offline|dark|blank|unreachable|unavailable|inaccessible|unusable|unresponsive|"
    r"stumbl(?:ed|ing)|stall(?:ed|ing)|crash(?:ed|ing)|fail(?:ed|ing)|broke|collapsed|froze|malfunction(?:ed|ing)?|"
    r"disrupted|(?:stopped|stop|ceased) (?:working|loading|responding|functioning)|(?:shut|locked|cut) (?:out|off)|"
    # "TARGET2 stopped processing", "the network fell over", "customers could not make calls" (not "could
    # not say when")
    r"(?:nobody|no one|no-one)\s+(?:[\w-]+\s+)?(?:could|can|was able to)\s+(?!(?:say|confirm|explain|tell|remember|recall|"
    r"believe|understand|have|be)\b)|"  # ("nobody new could get in", "no one could log on"; not "no one could say")
    r"(?:stopped|ceased) \w+ing|(?:fell|keeled) over|(?:went|blacked|cut|conked|gave) out|(?:could ?not|couldn't|cannot|can't|(?:was|were) unable to|(?:have|has|had)(?: not|n't) been able to)\s+"
    r"(?!(?:say|confirm|comment|be reached|determine|explain|tell|immediately|rule|yet|disclose|provide)\b)[a-z]+|"
    # verbs of disabling or halting, any tense: "crippled its systems", "knocked off balance", "switched the site
    # off", "paused its departures", "grounded flights", "halted trading", "froze", "seized up"
    r"crippl(?:e|es|ed|ing)|buckl(?:e|es|ed|ing)|paraly[sz](?:e|es|ed|ing)|knock(?:s|ed|ing)? (?:out|off)|(?:switch|turn)(?:s|ed|ing)? (?:[a-z'-]+ ){0,3}?off|"
    r"halt(?:s|ed|ing)?|suspend(?:s|ed|ing)|ground(?:ed|ing)|paus(?:e|ed|ing)|froz(?:e|en)|freez(?:e|es|ing)|seiz(?:e|es|ed|ing) up|"
    r"(?:went|go|goes|gone|going|fell) (?:silent|quiet|black)|"
    # time.v15: "had card payments declined for five hours on Saturday" (not "declined to comment"), "every plant stood
    # still on Tuesday", "ground to a halt", "lost its utility feed"
    r"declined(?!\s+to\b)|(?:stood|stand|stands|standing) still|standstill|(?:ground|grinds|came|comes) to a (?:halt|standstill)|"
    r"lost (?:its|their|the|our) (?:[a-z-]+ ){0,2}?(?:feed|supply)|"
    # losses and degradation: "access to the portal was lost at", "lost connectivity", "calls dropped", "timed out",
    # "slowed to a crawl", "went haywire"
    r"(?:was|were|been|got) lost|lost (?:all |its |their |our )?(?:access|connectivity|connections?|service|signal|contact|power)|"
    r"(?:connectivity|connections?|access|service|signal|links?|fib(?:re|er)|cables?|supply|feed) (?:was |were |had been )?cut|"
    r"dropped (?:out|calls|connections)|(?:calls|connections|sessions) dropped|severed|timed out|timing out|"
    # getting nothing back: "callers to the emergency line heard nothing", "the sites returned nothing at all"
    r"(?:heard|got|received|returned)\s+(?:only\s+)?(?:nothing|silence|dead air)|"
    # broken with its object: "an update had broken their machines", "the patch had broken thousands of installs"
    r"broken\s+(?:their|its|our|the|his|her|your|many|some|thousands|hundreds|every)\b|"
    r"degraded|impaired|interrupted|delayed|unstable|intermittent|slow(?:ed)? to a crawl|went haywire|glitched|"
    # time.v20: working only now and then ("several of our services have been unreliable since 16 August")
    r"unreliable|patchy|flaky|unplayable|unusable|"
    # ... of destroying data or swamping a system: "deleted the database", "wiped the backups", "swamped the servers"
    r"delet(?:e|es|ed|ing)|wip(?:e|es|ed|ing)|eras(?:e|es|ed|ing)|destroy(?:s|ed|ing)|corrupt(?:s|ed|ing)|encrypt(?:s|ed|ing)|"
    r"overwhelm(?:s|ed|ing)|swamp(?:s|ed|ing)|under attack|attacked|(?:hit|struck|flooded|knocked)\s+by|"
    # trouble nouns: "experienced system issues", "problems began", "a fault on the network"
    r"issues|problems|trouble|faults?|interruptions?|difficult(?:y|ies)|"
    r"outages?|disruptions?|failures?|errors|glitch(?:es)?|meltdown|blackout)\b", re.I)
# (the same, for lower-cased ASCII text matched case-sensitively: the same matches at the same places, sooner, as
# textprep.CaselessTest; the pattern holds no upper-case escape)
_FAILURE_PREDICATE_ON_LOWER = re.compile(_FAILURE_PREDICATE.pattern.lower())
_has_failure_predicate = CaselessTest(_FAILURE_PREDICATE)
# what ends the failure's clause before a date: punctuation, a subordinator or relative, a report
_CLAUSE_BREAK = re.compile(r"[,;:\"“”()]|\b(?:but|which|who|that|while|when|as|still|said|says|told|wrote|according)\b", re.I)
# (a weekday before the calendar date it names: "On Thursday, 12 June 2025, …")
# ... or a stretch of it: "For most of last Thursday, …", "During Tuesday evening …", "Throughout the 4th …"
_POINT_PREPOSITION = re.compile(r"(?:on|of|in|during|over)\s+", re.I)
_FRONTED_LEAD = re.compile(r"^\s*(?:(?:early|late|on|in|by|at|around|shortly|just|before|after|about|during|throughout|over|"
                           r"for\s+(?:(?:the\s+)?(?:better|greater|best|large|good)\s+)?(?:part|parts|most|much|all|the\s+rest|bulk)\s+of|"
                           # a length then the date: "For about a fortnight in May, members could not log in"
                           r"for\s+(?:about|around|roughly|nearly|almost|over|some|more\s+than|close\s+to)?\s*(?:a|an|one|two|three|four|"
                           r"five|six|seven|eight|nine|ten|several|a\s+few|a\s+couple\s+of|\d+)\s+(?:full\s+|whole\s+|long\s+)?"
                           r"(?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?)\s+(?:in|on|during|over))\s+|"
                           r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+){0,3}$|"
                           # a scene set by a chain of time words: "At a little after three on a Saturday afternoon in
                           # October, …", "Shortly before nine on a quiet Monday morning in March, …"
                           r"^\s*(?:at|on|in|early|late|shortly|just|around|about|sometime)\s+(?:(?:a|an|the|little|bit|after|before|"
                           r"past|to|on|in|of|around|about|just|shortly|half|quarter|one|two|three|four|five|six|seven|eight|nine|ten|"
                           r"eleven|twelve|noon|midnight|\d{1,2}(?:[:.]\d\d)?|[ap]\.?m\.?|o['’]clock|morning|afternoon|evening|night|"
                           r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekday|weekend|working|busy|quiet|ordinary|"
                           r"typical|normal|sunny|rainy|cold|hot|warm|grey|gray|bright)\s+){1,10}$", re.I)


def _dates_the_failure(pt: TimePoint, s: SentenceInfo, full: str, body_start: int, speaker_kind: str) -> bool:
    """A date that is an adverbial of the failure itself, not of an act told beside it:
    - after the failure's predicate in the same clause: "stopped loading on Thursday", "went offline
      for four hours on Wednesday", "have been failing for much of Wednesday" (but not "acknowledged
      the problem on Wednesday", "shares fell on Tuesday as the outage spread", "still down on Saturday");
    - fronted before the clause it dates, in a sentence that tells the failure or its cause:
      "Early Friday morning, a maintenance update caused routers to malfunction"."""
    lo = max(body_start, pt.start - 80)
    before = full[lo:pt.start]
    last = None
    # (on ASCII text the lower-cased sentence's slice: the same offsets)
    failures = _FAILURE_PREDICATE_ON_LOWER.finditer(s.lower[lo - s.start:pt.start - s.start]) if s.text.isascii() \
        else _FAILURE_PREDICATE.finditer(before)
    for m in failures:
        last = m
    if last is not None:
        gap = before[last.end():]
        if not _CLAUSE_BREAK.search(gap) and not _dates_speech(s, full, lo + last.end(), pt.start) and not _HANDLING.search(gap):
            # "unreachable for us right now", said a customer: that customer's own trouble
            return speaker_kind == "vendor" or not _PERSONAL.search(before)
    # (a point may hold its own preposition: "For several hours [on Tuesday] evening, …", "For part [of Wednesday]")
    own_preposition = _POINT_PREPOSITION.match(full, pt.start, pt.end)
    if _FRONTED_LEAD.match(full[body_start:pt.start] + (own_preposition.group(0) if own_preposition else "")):
        rest = full[pt.end:s.end]
        failure_after = _has_failure_predicate(rest)
        outage_sentence = s.has("OUTAGE", "OUTAGE_STRONG") or bool(s.cause_families())
        if not (outage_sentence or failure_after):
            return False
        comma = rest.find(",")
        # ("Yesterday many of our customers could not …": a fronted day needs no comma; not a month, not
        # a possessive that names something else: "Tuesday's heat did not only buckle rails")
        bare_day = pt.precision in ("day", "minute") and not rest.startswith(("'s", "’s")) \
            and full[pt.end - 2:pt.end] not in ("'s", "’s") and failure_after
        main = rest[comma + 1:] if 0 <= comma <= 30 else (rest if bare_day else "")
        # (with no outage or cause word in the sentence, the clause the date fronts must tell the failure:
        # "For most of last Thursday, customers could not log in")
        return bool(main) and not _SAID_IN.search(main[:60]) and not _HANDLING.search(main[:60]) \
            and (outage_sentence or _has_failure_predicate(main))
    return False


# a verb of beginning right before a point, in its clause: "began on payday Friday", "started early on Tuesday", "since 9 a.m."
_BEGAN_RIGHT_BEFORE = re.compile(r"\b(?:began|begun|begins?|started|starts?|starting|beginning|since|onset)\s+(?:[\w'’-]+\s+){0,3}$", re.I)


def _begins_here(pt: TimePoint, s: SentenceInfo, full: str, body_start: int, speaker_kind: str) -> bool:
    """Whether a point is told as when the trouble began (a verb of beginning just before it) or dates the failure."""
    if _BEGAN_RIGHT_BEFORE.search(_clause_before(full[max(body_start, pt.start - 40):pt.start])):
        return True
    return pt.precision in ("day", "minute") and _dates_the_failure(pt, s, full, body_start, speaker_kind)


_SAID_IN = re.compile(r"\b(?:said|says|told|wrote|writing|announced|confirmed|reported|acknowledged|responded|added)\b", re.I)


# verbs and phrases of saying that open a reported clause: "X says …", "according to X", "by X's own account"
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|told|tells|wrote|writes|announced|announces|confirmed|confirms|explained|explains|"
                            r"added|insisted|insists|admitted|admits|acknowledged|stated|noted|argued|blamed|blames|claimed|"
                            r"claims|according to|by (?:its|their|his|her|[\w-]+['’]s) (?:own )?account)\b", re.I)
_TAG_VERB = (r"(?:said|says|told|wrote|writes|announced|confirmed|explained|added|insisted|admitted|acknowledged|stated|"
             r"noted|argued)")
# ", the company's chief executive wrote in a long post." closing the sentence or its first clause
_CLOSING_TAG_AFTER = re.compile(rf",\s*(?:[\w'’-]+\s+){{1,7}}?{_TAG_VERB}\b[^,.;:!?]{{0,90}}(?:[.!?]?[\"”]?\s*$|,\s*(?:and|but)\b)")
# "After Thursday's outage, the bank said it would …": a date in a phrase fronted before the frame
_FRONTED_PHRASE = re.compile(r"^\W*(?:after|before|since|following|despite|during|amid|ahead of|in the wake of)\b[^,]*$", re.I)
_FRAME_AFTER_COMMA = re.compile(rf"^[^,]*,\s*(?:[\w'’-]+\s+){{1,5}}?{_TAG_VERB}\b")
_BEGAN = re.compile(r"\b(?:began|begun|started|starting|begins|starts)\b", re.I)


def _in_reported_clause(before: str, after: str) -> bool:
    """Whether a date sits in a clause someone is reported to say (C14): after an opening frame ("X
    says …", "according to X, …"), before a closing tag (", X wrote."), or as the subject of "began"
    in the speaker's sentence ("X's account: the June 10 outage began with …"), but not in a phrase
    fronted before the frame. `before`/`after`: the sentence's text on either side of the date."""
    if _FRONTED_PHRASE.match(before) and _FRAME_AFTER_COMMA.match(after):
        return False
    return bool(_SPEECH_BEFORE.search(before) or _CLOSING_TAG_AFTER.search(after) or _BEGAN.search(after))


# the trouble still going at the time of writing: "many users still could not post", "others were still
# reporting failing connections", "has still not come back", "has been unreachable since Thursday",
# "at the time of writing"
_ONGOING = re.compile(r"\bstill\s+(?:\w+\s+)?(?:not|unable|down|offline|unavailable|unreachable|reporting|struggling|cancell?ing|"
                      r"recovering|failing|having|without|could not|cannot|can't|couldn't|has not|have not|hasn't|haven't)\b|"
                      r"\b(?:has|have) been (?:down|offline|unavailable|unreachable|failing|disrupted|"
                      # the class completed: "have been unable to issue most visas", "has been without service", "have been
                      # stuck", "has been dark", "have been locked out"
                      r"unable|without|stuck|stranded|dark|shut|closed|locked out|cut off|out of (?:action|service)|"
                      r"inaccessible|unusable|crippled|paralysed|paralyzed|frozen|grounded|suspended|halted)\b|"
                      # a present perfect result: "an incident that has left parts of its operations dark for two days"
                      r"\b(?:has|have) left\s+(?:[\w'’-]+\s+){1,8}?(?:dark|offline|down|without|unable|stranded|cut off)\b|"
                      r"\b(?:at the time of writing|as of this writing|at press time)\b", re.I)
# ... the provider's repair still under way: "was still restoring compute there", "are still working to bring it back"
# (not some of those hit still mending their own: "some hospitals were still rebuilding machines")
_STILL_REPAIRING = re.compile(r"\bstill\s+(?:\w+\s+)?(?:restoring|repairing|fixing|rebuilding|reinstating|recovering|bringing|"
                              r"(?:working|trying|struggling|scrambling|racing)\s+(?:to|on)\b)", re.I)
_SOME_OF_THEM = re.compile(r"\b(?:some|many|a few|several|most|a number of|a handful of|thousands of|hundreds of)\s+(?:[\w'’-]+\s+){0,3}?"
                           r"(?:were|are|was|is|had|have)?\s*$", re.I)
# ... a length up to now in the present perfect: "for the past five days its servers have struggled", "players have
# been stuck in queues for the last two hours" (asked only of sentences with "the past"/"the last")
_UP_TO_NOW = re.compile(r"\b(?:for|over|in)\s+the\s+(?:past|last)\s+(?:[\w-]+\s+){0,2}?(?:minutes?|hours?|days?|weeks?|months?)\b", re.I)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?!been\s+(?:restored|resolved|fixed|back)\b)\w+", re.I)


def _repair_under_way(text: str) -> bool:
    m = _STILL_REPAIRING.search(text)
    return m is not None and not _SOME_OF_THEM.search(_clause_before(text[:m.start()]))


# a length up to now told with "now" and a present perfect: "For a week now, shop owners have been totting up sales by
# hand", "customers have now gone four days without their mail", "the site has now been dark five days" (not "it has
# been three days now since the fix", a time after the outage; not "have now restored … after six hours")
_UNIT_WORDS = r"(?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?)"
_LENGTH_NOW = re.compile(rf"\b{_UNIT_WORDS}\s+now\b(?!\s*,?\s*(?:since|after|that|when)\b)|"
                         r"\b(?:has|have)\s+now\s+(?!(?:been\s+)?(?:restored|resolved|fixed|back|recovered|mitigated|lifted|cleared|"
                         r"ended|returned|reopened|removed|brought)\b)[a-z]+\s+(?:[a-z]+\s+)?"
                         r"(?:(?:for|about|around|nearly|almost|roughly|over|more\s+than|some)\s+)?(?:\d+|[a-z-]+)\s+"
                         rf"(?:(?:full|whole|straight|consecutive)\s+)?{_UNIT_WORDS}\b", re.I)
# the trouble's state told in the present ("the portal remains closed", "accounts stay locked out", "most of its services
# are still down") or the future ("the exchange will remain shut for the rest of the session", "said the product would
# stay offline while it is rebuilt"); a state of trouble from _ONGOING's class
_TROUBLE_STATE = (r"(?:down|offline|disconnected|unavailable|unreachable|dark|shut|closed|locked\s+out|cut\s+off|suspended|halted|"
                  r"inaccessible|unusable|frozen|paralysed|paralyzed|crippled|out\s+of\s+(?:action|service))")
_STATE_GOES_ON = re.compile(r"\b(?:remains?|stays?|(?:is|are)\s+still|(?:will|would|'ll)\s+(?:\w+\s+)?(?:remain|stay|be\s+kept)|"
                            r"continues?\s+to\s+be)\s+(?:\w+ly\s+)?" + _TROUBLE_STATE + r"\b", re.I)
# the harm or the repair told as under way by "still being" and a participle: "the attack was still being felt on
# Wednesday", "some mailboxes are still being restored" (not "the cause is still being investigated": the outage may be over)
_STILL_BEING = re.compile(r"\bstill\s+being\s+(?:felt|restored|repaired|fixed|rebuilt|reinstated|recovered)\b", re.I)
# a return told as still to come: "will restore our systems as soon as it is safe", "expects to bring the platform back in
# mid-March", "has not said when the integration will return", "gave no date for its return" (not "will restore credits
# to accounts", "will return the fees": a thing given back, not the service)
_RETURN_VERB = (r"(?:return(?!\s+(?:the|a|an|any|all|your|their|its|our|fees?|refunds?|money|payments?|calls?)\b)|"
                r"(?:be|come|get|bring\s+(?:[\w'’-]+\s+){0,5}?)back(?!\s+(?:with|here|to\s+(?:you|us|them|customers|this|that|it)\b))|"
                r"reopen|resume|recover|restart|"
                r"be\s+(?:fully\s+)?(?:restored|reinstated|available\s+again|online\s+again|reopened)|"
                r"restore\s+(?:[\w'’-]+\s+){0,3}?(?:services?|systems?|access|operations|connectivity|platforms?|sites?|"
                r"the\s+service|it|them|(?:online\s+)?orders|ordering|sign-?ups|registration|payments|trading))\b")
_RETURN_TO_COME = re.compile(r"\b(?:(?:will|'ll|shall)\s+(?:[\w'’-]+\s+){0,6}?|"
                             r"(?:expects?|expected|hopes?|plans?|aims?)\s+(?:[\w'’-]+\s+){0,4}?to\s+|"
                             r"(?:not|yet\s+to)\s+(?:said|say|given|give|know|announced|announce)\s+when\s+(?:[\w'’-]+\s+){0,6}?(?:will|would)\s+(?:[\w'’-]+\s+){0,2}?)"
                             + _RETURN_VERB +
                             r"|\bno\s+(?:date|timeline|timetable|time\s*frame|estimate)\s+for\s+(?:its|their|the|a)\s+"
                             r"(?:return|restoration|reopening|recovery)\b", re.I)


def _goes_on_at_writing(s: SentenceInfo) -> bool:
    """The newer readings of an outage not over as the text is written (with _ONGOING's): a length up to now, a state of
    trouble in the present or future, the harm still being felt, a return still to come."""
    if s.may_contain(" now") and _LENGTH_NOW.search(s.text):
        return True
    if s.may_contain("remain", "stay", "still", "continue", "kept") and _STATE_GOES_ON.search(s.text):
        return True
    if s.may_contain("still being") and _STILL_BEING.search(s.text):
        return True
    return bool(s.may_contain("will", "'ll", "shall", "expect", "hope", "plan", "aim", "when", "no date", "no time", "no estimate")
                and _RETURN_TO_COME.search(s.text) and not _DONE.search(s.text))


def _still_going(sents: list[SentenceInfo], g) -> bool:
    """Whether the incident's sentences say the outage goes on as the text is written (no end stated)."""
    return any(g.owns(s.index) and (s.may_contain("still", "been", "writing", "press time", "left") and _ONGOING.search(s.text)
                                    or s.may_contain("still") and _repair_under_way(s.text)
                                    or s.may_contain("the past", "the last") and _UP_TO_NOW.search(s.text) is not None
                                    and _PRESENT_PERFECT.search(s.text) is not None
                                    or _goes_on_at_writing(s))
               for s in sents)


# (a relative clause after the recovery speaks of something else; a concessive one, "though some services were still
# catching up", qualifies it)
_CLAUSE_AFTER_DONE = re.compile(r",\s*(?:which|who|whose)\b")


_JOINED_CLAUSE = re.compile(r"\s(?:and|but)\s+(?:did|does|do|has|have|had|was|were|is|are|would|could|will|said|says)\b", re.I)


def _own_clause(body: str, done_end: int) -> str:
    """The words of a sentence up to the end of the clause of its recovery verb (ending at `done_end`)."""
    stop = _JOINED_CLAUSE.search(body, done_end)
    return body[:stop.start()] if stop else body


# time.v15: "spent a third day on paper on Friday", "on Friday, the fourth straight day of cancellations": the day
# named is the Nth of the trouble, which began N-1 days before it (not "the second day of the sale")
_NTH_DAYS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
             "tenth": 10}
_NTH_DAY_WORDS = tuple(f"{w} " for w in _NTH_DAYS)
_NTH_DAY = re.compile(rf"\b(?:a|the|its|their|for\s+a)\s+(?P<nth>{'|'.join(_NTH_DAYS)})\s+(?:straight\s+|consecutive\s+|"
                      rf"successive\s+|running\s+)?day\b(?!\s+of\s+(?!(?:the\s+)?(?:outage|disruption|attack|failure|"
                      rf"shutdown|cancellations|delays|chaos|trouble)))", re.I)
_NTH_DAY_REACH = 40  # characters between the ordinal phrase and the day it counts


def _counted_back(pt: TimePoint, full: str, s: SentenceInfo) -> TimePoint:
    """The first day of trouble when the day named is told as its Nth; else the point as it was."""
    for m in _NTH_DAY.finditer(full, s.start, s.end):
        if m.end() <= pt.start <= m.end() + _NTH_DAY_REACH or pt.end <= m.start() <= pt.end + _NTH_DAY_REACH:
            first = replace(pt)
            first.shift_days(1 - _NTH_DAYS[m.group("nth").lower()])
            return first
    return pt


# A question answered yes or no opens on an auxiliary or a modal (a wh-question, "Why did it take nine hours?", takes
# its length as given)
_YES_NO_QUESTION = re.compile(r"\s*[\"“]?(?:can|could|would|will|should|shall|do|does|did|is|are|was|were|has|have|had|may|"
                              r"might|must)\b", re.I)


def _recovery_end(s: SentenceInfo, body: str, update_time: datetime | None, ref_day: date, speaker: Speaker,
                  said_on: TimePoint | None = None) -> Claim | None:
    """"This incident has been resolved.", "our systems are now back up and running": a completed
    recovery with no time of its own ends the outage when it was said — the day the text says it was
    said ("Slack said on Monday evening that service had been restored"), the status update's time,
    else the day of publication. `body`: the sentence's words after a status header, which tell a
    completed recovery (_HAS_DONE)."""
    if body.rstrip().endswith("?"):
        return None
    done_at = _DONE.search(body) or _DONE_REPORTED.search(body)
    # (a negation or condition in the recovery's own clause, not in a clause joined after it: "said its IP services had
    # been restored and did not immediately say what went wrong" states the recovery)
    if _NOT_STATED_DONE.search(_own_clause(body, done_at.end()) if done_at else body):
        return None
    clause_end = _CLAUSE_AFTER_DONE.search(body, done_at.end()) if done_at else None
    if _PARTLY_DONE.search(body, 0, clause_end.start() if clause_end else len(body)):
        return None
    if said_on is not None:  # "said at 11:05 GMT that service had been restored" keeps its minute
        when, iso, precision = said_on.when, said_on.iso if said_on.has_time else said_on.iso[:10], said_on.precision
    elif update_time is not None:
        when, iso, precision = update_time, update_time.strftime("%Y-%m-%dT%H:%M:00Z"), "minute"
    elif ref_day.year > 1970:  # 1970-01-01: no publication date
        when = datetime(ref_day.year, ref_day.month, ref_day.day, tzinfo=timezone.utc)
        iso, precision = ref_day.isoformat(), "day"
    else:
        return None
    return Claim("end", body.strip()[:160], iso, "asserts", speaker, s.start, s.end, _conf(0.55, s, speaker), s.index,
                 {"when": when, "precision": precision, "said_done": True})


# "was running a full schedule again on", "had trains moving again by": a state of working again (not
# "failing again", a recurrence)
_WORKING_AGAIN = (r"\b(?!(?:fail|crash|struggl|stall|break|error|drop|go|suffer|experienc|hav|see|report)\w*ing\b)[a-z]+ing\s+"
                  r"(?:[\w-]+\s+){0,3}?again\b")
_AGAIN = re.compile(_WORKING_AGAIN + r"\s+(?:on|by|at|from|in|around|about|as of|shortly \w+)?\s*$", re.I)
_AGAIN_ANYWHERE = re.compile(_WORKING_AGAIN + r"|\b(?:could|can|were able to|was able to)\s+(?:[\w-]+\s+){1,6}?again\b", re.I)
# the outage told by a pronoun or "what" as the subject of a verb of happening: "That happened at 8.32am", "What happened
# on May 17 was unusual", "It all took place within minutes of the update", "This occurred shortly after 9 p.m."
_EVENT_ANAPHOR = re.compile(r"\b(?:that|this|it|what|which|all this|all of this|all of it)\s+(?:all\s+|first\s+)?"
                            r"(?:happened|occurred|took place|unfolded|kicked off)\b", re.I)
_EVENT_VERB_WORDS = ("happened", "occurred", "took place", "unfolded", "kicked off")


def _tells_the_event(text: str, lower: str) -> bool:
    """Whether a sentence tells the outage as an event happening, by a pronoun or "what" (_EVENT_ANAPHOR); not a
    heading ("What happened on Tuesday", no closing stop: the title of the account that follows)."""
    for w in _EVENT_VERB_WORDS:  # (a plain loop: most sentences hold none of them)
        if w in lower:
            return _EVENT_ANAPHOR.search(text) is not None and text.rstrip()[-1:] in ".!?\"”'’)"
    return False


# a recurring time: "every Sunday", "each night", "on Saturdays", "nightly", "twice a week" (a habit or a schedule, not
# when this outage ran)
_RECURRING = re.compile(r"\b(?:every|each)\s+(?:other\s+)?(?:day|night|morning|afternoon|evening|week|weekend|month|year|"
                        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
                        r"\bon\s+(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends)\b|"
                        r"\b(?:nightly|weekly|daily|hourly|monthly)\b|\b(?:once|twice)\s+a\s+(?:day|week|month|year)\b", re.I)
_RECURRING_WORDS = ("every", "each", "days", "nights", "weekends", "nightly", "weekly", "daily", "hourly", "monthly", "once a", "twice a")


def _habit_clause(text: str, lower: str) -> tuple[int, int] | None:
    """The span of the clause that gives its times as recurring (_RECURRING), in the present or future (not "during
    the nightly backup on Tuesday, a script deleted …", past), or None."""
    for w in _RECURRING_WORDS:  # (a plain loop: most sentences hold none of them)
        if w in lower:
            m = _RECURRING.search(text)
            if m is None:
                return None
            cuts = [c.end() for c in _CLAUSE_CUT.finditer(text, 0, m.start())]
            lo = cuts[-1] if cuts else 0
            stop = _CLAUSE_CUT.search(text, m.end())
            hi = stop.start() if stop else len(text)
            return None if _PAST_NARRATION.search(text, lo, hi) else (lo, hi)
    return None


_CLAUSE_CUT = re.compile(r"[,;:]\s|\s[-–—]\s")


# a past tense in the sentence: what happened (a past event told with a habit: "the nightly job failed at 2 a.m.")
_PAST_NARRATION = re.compile(r"\b(?:was|were|had|did|went|took|ran|broke|came|began|fell|spent|kept|left|got|brought|stood|saw|"
                             r"hit|struck|lost|\w+ed)\b", re.I)


# (and users' reports of it: "reports climbing since about 8 a.m.", "complaints started coming in around noon")
_TROUBLE_NOUN = re.compile(r"\b(?:problems?|issues?|trouble|errors?|failures?|glitch(?:es)?|disruptions?|outages?|faults?|"
                           r"reports|complaints)\b", re.I)


# the trouble itself ceasing: "Complaints about dropped calls ceased shortly after", "The incident wound down at",
# "errors tailed off around", "the timeouts stopped at" (not "the outage stopped trains at": only time words after the verb)
_TROUBLE_CEASED = re.compile(r"\b(?:errors?|complaints?|reports?|problems?|issues?|trouble|disruptions?|outages?|incidents?|"
                             r"failures?|glitch(?:es)?|timeouts?|alerts?|alarms?|impact|symptoms?|delays?|slowdowns?|"
                             r"interruptions?|difficulties|faults?)\b[^,;.]{0,50}?\b(?:ceased|stopped|ended|died\s+(?:down|away|off)|"
                             r"tailed\s+off|petered\s+out|wound\s+down|came\s+to\s+an\s+end|let\s+up|dried\s+up|fell\s+away|"
                             r"fizzled(?:\s+out)?|disappeared|vanished|went\s+away)"
                             r"(?:\s+(?:at|around|about|shortly|just|after|before|on|roughly|approximately|in|the|early|late|"
                             r"completely|entirely|altogether|finally|abruptly))*\s*$", re.I)
_CEASING_WORDS = ("ceased", "stopped", "ended", "died", "tailed", "petered", "wound", "came to", "let up", "dried", "fell away",
                  "fizzled", "disappeared", "vanished", "went away")


# time.v17: a time that names a copy of data ("the 08:00 snapshot", "Tuesday's backup"): when the copy was made
_COPY_AFTER = re.compile(r"\s*(?:UTC|GMT)?\s*(?:[\w-]+\s+)?(?:snapshots?|backups?|back-ups?|copy|copies|image|images|checkpoint)\b",
                         re.I)


# time.v24: ... told after the copy ("the backup taken at 07:00", "a snapshot made on Monday", "the copy from 06:00")
_COPY_BEFORE = re.compile(r"\b(?:snapshots?|backups?|back-ups?|copy|copies|checkpoint)\s+(?:(?:taken|made|created|captured|"
                          r"saved|dated)\s+)?(?:at|on|from)\s+(?:about\s+|around\s+|roughly\s+)?$", re.I)


def _ends_here(before: str) -> bool:
    """Whether the words just before a time make it an end: an end cue in the last 30 characters, or a
    resolution word further back with no start word in between ("fully resolved for all products
    as of 18:18", but not "resolved; the trouble began at 10:51"), or the trouble ceasing."""
    if _HAS_END_CUE(before[-30:]) or ("again" in before and _AGAIN.search(before[-70:])):
        return True
    tail = before[-50:].lower()
    if any(w in tail for w in _CEASING_WORDS) and _TROUBLE_CEASED.search(before[-110:]):
        return True
    ends = [m.end() for m in _RESOLUTION.finditer(before)]
    if not ends:
        return False  # (the start words are looked for only after a resolution word)
    starts = [m.end() for m in _START_CUE.finditer(before)]
    return not starts or ends[-1] > starts[-1]


def _keep_best_duration(claims: list[Claim]) -> None:
    """One duration claim per sentence and speaker: the best-scored (earliest on ties). Figures repeated
    in one sentence ("an hour of their trouble is an hour of yours") are one claim. `claims`: one
    sentence's time claims."""
    mine = [c for c in claims if c.attribute == "duration"]
    best: dict[str, Claim] = {}
    for c in mine:
        key = c.speaker.kind
        cur = best.get(key)
        if cur is None or _duration_rank(c) > _duration_rank(cur):
            best[key] = c
    for c in mine:
        if best[c.speaker.kind] is not c:
            claims.remove(c)
            if c.extra.get("remaining"):
                best[c.speaker.kind].extra["remaining"] = True  # the sentence still speaks of time to come


def _duration_rank(c: Claim) -> tuple:
    return (not c.extra.get("not_outage"), not c.extra.get("cause_phase"), c.extra.get("score", 0), c.extra.get("hours") is not None)


def _earliest(claims: list[Claim]) -> str | None:
    if not claims:
        return None
    timed = [c for c in claims if c.extra.get("when") is not None]
    if timed:
        # "in 2021" beside "on January 4": a coarser date that a finer one falls within only says less
        finer = [str(c.normalized) for c in timed if c.extra.get("precision") in ("day", "minute")]
        timed = [c for c in timed if c.extra.get("precision") not in ("year", "month")
                 or not any(f.startswith(str(c.normalized)) for f in finer)]
        # Background dates ("on May 12 we began the deployment that introduced the bug") sit weeks
        # before the outage the other dates describe: keep the cluster around the latest start.
        latest = max(c.extra["when"] for c in timed)
        timed = [c for c in timed if (latest - c.extra["when"]).days <= 14]
    if timed:
        first = min(timed, key=lambda c: (c.extra["when"], 0 if "T" in str(c.normalized) else 1))
        # a precise time on the same day beats a bare date
        same_day = [c for c in timed if c.extra["when"].date() == first.extra["when"].date() and "T" in str(c.normalized)]
        return str((min(same_day, key=lambda c: c.extra["when"]) if same_day else first).normalized)
    return str(min(claims, key=lambda c: str(c.normalized)).normalized)


def _latest(claims: list[Claim]) -> str | None:
    if not claims:
        return None
    return str(max(claims, key=lambda c: (c.extra["when"], 1 if "T" in str(c.normalized) else 0)).normalized)
