"""Dates, times, ranges and durations in a sentence, resolved against the publication time.

Families (examples in docs/patterns.md):
- dates: "October 20, 2025", "20 Oct", "2025-10-20", "in December", "December 2025", "in 2024",
  weekdays ("on Monday"), "yesterday", "last month";
- clock times with zones: "11:48 PM PDT", "3 a.m. ET", "06:48 UTC" (normalised to UTC);
- ranges: "from 11:48 PM PDT on October 19 to 2:20 PM", "between 06:48 and 09:12 UTC";
- durations in digits or words: "13 hours", "thirteen hours", "a 15-hour outage", "an hour and a half",
  "2 hours and 40 minutes"; qualitative ("brief", "several hours") kept with hours=None.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, datetime, timedelta, timezone

from nlp.textprep import CaselessTest, grouped_alternation

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
CALENDAR_NAMES = frozenset(MONTHS) | frozenset(WEEKDAYS)  # lower-cased names of months and days: no organisation or place
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90, "half an": 0.5, "half a": 0.5,
    "seventy": 70, "eighty": 80,
}
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
for _tens in ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"):
    for _u in _UNITS:
        NUMBER_WORDS[f"{_tens}-{_u}"] = NUMBER_WORDS[_tens] + NUMBER_WORDS[_u]
# Fixed offsets in hours; "PT"/"ET"/... pick daylight or standard time from the date (US rules, roughly).
ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "pdt": -7, "pst": -8, "edt": -4, "est": -5, "cdt": -5, "mdt": -6, "mst": -7,
    "bst": 1, "cet": 1, "cest": 2, "ist": 5.5, "jst": 9, "kst": 9, "sgt": 8, "aest": 10, "aedt": 11, "hkt": 8,
}
US_GENERIC = {"pt": (-8, -7), "et": (-5, -4), "ct": (-6, -5), "mt": (-7, -6), "pacific": (-8, -7), "eastern": (-5, -4)}

_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
# Places whose clock a press report may use ("9 a.m. Tokyo time") and the zone they keep.
PLACE_ZONES = {
    "london": "uk", "dublin": "uk", "paris": "central european", "berlin": "central european",
    "frankfurt": "central european", "amsterdam": "central european", "madrid": "central european",
    "new york": "et", "washington": "et", "california": "pt", "san francisco": "pt", "seattle": "pt",
    "chicago": "ct", "central": "ct", "mountain": "mt", "tokyo": "jst", "japan": "jst", "seoul": "kst",
    "korea": "kst", "singapore": "sgt", "hong kong": "hkt", "beijing": "cst_china", "china": "cst_china",
    "india": "ist", "mumbai": "ist", "sydney": "aet", "melbourne": "aet",
}
_PLACE_RE = "|".join(sorted((p.title() for p in PLACE_ZONES), key=len, reverse=True))
_ZONE_RE = r"(?:(?:UTC|GMT)\s?[+\-−]\s?\d{1,2}(?::?\d\d)?|(?:" + _PLACE_RE + r") [Tt]ime|UK time|British time|European time|Central European time|US Eastern time|US East Coast time|on the US East Coast|US/Pacific|US/Eastern|UTC|GMT|PDT|PST|EDT|EST|CDT|MDT|MST|BST|CEST|CET|IST|JST|KST|SGT|AEST|AEDT|HKT|PT|ET|CT|MT|Z|Pacific(?: [Tt]ime)?|Eastern(?: [Tt]ime)?)"
# number words, longest first, grouped by first letter (textprep.grouped_alternation: a hundred alternatives
# would otherwise be tried one by one at every word)
_NUMW = grouped_alternation(tuple(sorted((re.escape(k) for k in NUMBER_WORDS), key=len, reverse=True)))

DATE_MDY = re.compile(rf"\b(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b")
DATE_DMY = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_RE})(?:,?\s+(?P<year>(?:19|20)\d\d))?\b")
# Two days sharing one month: "between 21 and 29 December", "from 3 to 5 March" (the first day's point) and
# "December 21-29", "March 3 to 5" (the second day's point); the other end is DATE_DMY's or DATE_MDY's
_DAY_SEP = r"\s*(?:-|–|—|to|and|until|till|through)\s*"
DAY_BEFORE_DMY = re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?{_DAY_SEP}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_RE})"
                            rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b")
DAY_AFTER_MDY = re.compile(rf"\b(?P<mon>{_MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?{_DAY_SEP}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
                           rf"(?!\s*(?:[:.]\d|[ap]\.?m\b|%|{_MONTH_RE}))(?:,?\s+(?P<year>(?:19|20)\d\d))?")
# A day of the month alone after a preposition of time: "went down on the 21st", "since the 3rd" (the latest such
# day on or before publication; not "the 21st century", "on the 3rd floor", "the 2nd of May" — DATE_DMY's)
ORDINAL_DAY = re.compile(rf"\b(?:[Oo]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter)\s+the\s+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th)\b"
                         rf"(?!\s+(?:of\s+)?(?:{_MONTH_RE}|century|centuries|anniversary|time|times|floor|day|hour|minute|consecutive|"
                         rf"straight|percent|place|round|attempt|try|quarter|year|week|month|edition|version|generation)\b)")
DATE_NUMERIC = re.compile(r"(?<![\d./-])(?P<a>[0-3]?\d)([/.])(?P<b>[0-3]?\d)\2(?P<year>(?:19|20)\d\d)(?!\d|[./-]\d)")
DATE_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)([-/])(?P<mon>[01]\d)\2(?P<day>[0-3]\d)(?:\b|(?=T\d))")
# the clock part of an ISO timestamp, "2025-10-20T06:48Z" / "…T06:48:00+02:00"
ISO_CLOCK = re.compile(r"(?<=\d)T(?P<h>[01]\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?P<zone>Z|[+\-]\d\d:?\d\d)?")
MONTH_ONLY = re.compile(rf"\b(?i:in|during|since|of|early|late|mid-?|last|this|past|through|throughout)\s+(?P<mon>{_MONTH_RE})(?:\s+(?P<year>(?:19|20)\d\d))?\b|\b(?P<mon2>{_MONTH_RE})\s+(?P<year2>(?:19|20)\d\d)\b")
# "the December failure", "last December's outage": a month used as the outage's name.
MONTH_NAMING = re.compile(rf"\b(?P<mon>{_MONTH_RE})(?:'s|’s)?\s+(?:[a-z-]+\s+)?(?:outage|failure|event|incident|disruption|crash|meltdown|deletion|episode)s?\b")
YEAR_ONLY = re.compile(r"\b(?i:in|during|of)\s+(?P<year>(?:19|20)\d\d)\b")
# (a sentence may open on any of them: "Since Saturday, the integration has been switched off")
WEEKDAY = re.compile(r"\b(?:[Oo]n|[Ll]ast|[Ee]arly|[Ll]ate|[Tt]his|of|for|[Ss]ince|[Uu]ntil|[Tt]hrough|by|[Ff]rom|[Oo]ver|[Dd]uring|[Tt]hroughout|"
                     r"[Bb]etween|[Tt]ill)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+(?:mornings|afternoons|evenings|nights)\b)|(?=[MTWFS])(?<!the )(?<!\ba )(?<!\bA )\b(?P<wd2>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:'s|’s|\s+(?:morning|afternoon|evening|night|outage)\b)"
                     # a bare weekday right after a clock time or a verb of starting: "around 9:30 AM ET Thursday",
                     # "The outage started Monday"
                     # ("(?=[MTWFS])": a weekday's capital comes first, so the look-behinds are tried only there)
                     r"|(?=[MTWFS])(?:(?<=[ap]m )|(?<=[ap]\.m\. )|(?<=[A-Z]T )|(?<=UTC )|(?<=GMT )|(?<=began )|(?<=started )|(?<=starting )|(?<=since )|(?<=day and )|(?<=day or ))"
                     r"(?P<wd3>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                     # a bare weekday after a lower-case word, the adverbial of US news style: "went down Tuesday",
                     # "spent Sunday trying to log in", "taken to hospital Monday", "well into Friday" (not "Cyber
                     # Monday", "Patch Tuesday": a capital before; determiners and ordinals: _NOT_A_BARE_DAY_BEFORE)
                     # (time.v17: never a day of the week in the plural, a habit: "on quiet Sunday mornings")
                     r"|(?=[MTWFS])(?<=[a-z] )(?P<wd4>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?![''’]s\b)"
                     r"(?!\s+(?:mornings|afternoons|evenings|nights)\b)")
_CAPITALISED_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*\s+$")  # ("Patch Tuesday" opening a sentence)
_NOT_A_BARE_DAY_BEFORE = re.compile(r"\b(?:a|an|the|every|each|any|some|one|that|this|next|following|previous|prior|coming|first|second|"
                                    r"third|fourth|fifth|final|same|typical|usual|normal|my|your|our|his|her|their|its|no|into)\s+$", re.I)
# (but a window's second end after "into" is that day: "from Wednesday afternoon into Thursday")
_WINDOW_INTO_BEFORE = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+[^,;.]{1,40}?\binto\s+$")
# ... nor after an indefinite determiner and an adjective or two ("on a quiet Sunday evening", "any busy Monday")
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n|[Ee]very|[Ee]ach|[Aa]ny|[Ss]ome|[Oo]ne)\s+(?:other\s+)?"
                                r"(?:(?!(?:after|before|on|since|until|by|from|of|into|through|over|during|between|and|or)\s)[a-z][\w-]*\s+){1,2}$")
# ("overnight maintenance", "an overnight update", "an overnight software update": an adjective, no time of its own)
RELATIVE_DAY = re.compile(r"\b(?P<rel>yesterday|today|earlier today|this morning|this afternoon|this evening|last night|tonight|"
                          r"overnight(?!\s+(?:[a-z][\w-]*\s+)?(?:maintenance|work|works|update|updates|upgrade|change|changes|job|jobs|batch|run|window|"
                          r"shift|deploy\w*|release|patch\w*|rollout|migration|outage|failure|processing|payments?|transfers?))|"
                          r"right now|last week|last month|last year|(?:earlier|early)\s+this\s+month|this week)\b", re.I)
# A day named relative to the day the text is speaking of: "11:49 PM the previous evening", "00:05 UTC
# the next day", "early the following morning", "the night before".
RELATIVE_TO_CONTEXT = re.compile(
    r"\b(?:(?P<back>the\s+(?:previous|prior|preceding)\s+(?:day|evening|night|afternoon|morning))|"
    r"(?P<back2>the\s+(?:day|night|evening)\s+before)|"
    r"(?P<fwd>the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+after)|"
    # time.v17: the day the text was speaking of, again ("restored normal service the same day")
    r"(?P<same>the\s+(?:same|very\s+same)\s+(?:day|morning|afternoon|evening|night)))\b", re.I)
TIME = re.compile(
    # ("14h30", the continental way of writing a clock time: an "h" between hours and minutes)
    rf"\b(?P<h>2[0-3]|[01]?\d)(?:(?P<sep>[:.]|h(?=[0-5]\d\b))(?P<m>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*\(?\s*(?P<zone>{_ZONE_RE})\b)?",
    re.I,
)
# (or a summary label before the first end: "Impact window: 2025-10-21 22:14 UTC to 2025-10-22 01:02 UTC", "Duration: 14:20 to
# 16:05 UTC", "Customer impact: …")
RANGE_CUE = re.compile(r"\b(?:from|between)\b", re.I)
# ... or a label that a verb of being or "at" joins to the window: "The window Microsoft gives is 21:21 to 22:00 UTC", "puts the
# impact window at 15:41 to 17:02 UTC", "the outage window was 14:20 to 16:05"
_RANGE_LABEL = re.compile(r"\b(?:window|impact|duration|downtime|outage|period)\s*:\s*$|"
                          r"\b(?:window|period)\b(?:\s+[\w'’-]+){0,3}?\s+(?:is|was|at|as)\s+$", re.I)
# ("from about 2 p.m. until nearly 5 p.m.": an approximation after the separator)
RANGE_SEP = re.compile(r"\s*(?:to|until|till|through|and|–|—|-)\s*"
                       r"(?:(?:about|around|roughly|nearly|almost|approximately|just|shortly)\s+(?:(?:after|before)\s+)?)?", re.I)

DURATION = re.compile(
    # ("two-and-a-half-hour", "3 1/2 hours", "six straight hours", "12 consecutive days")
    rf"\b(?:(?P<num>\d+(?:\.\d+)?)|(?P<word>{_NUMW}))(?:[\s-]+and[\s-]+(?:a[\s-]+half|a[\s-]+quarter|three[\s-]+quarters)|\s+1/2)?(?P<more>\s+(?:more|additional|further|extra))?"
    # (time.v14: not "a month-end batch", "a week-old backup": a point in the month, an age)
    rf"(?:\s+(?:straight|consecutive|solid|full|long))?[\s-]+(?P<unit>hours?|hrs?|minutes?|mins?|days?|weeks?|fortnights?|months?|seconds?)(?!-(?:end|old)\b)(?:[\s-]+and[\s-]+a[\s-]+half)?"
    rf"(?:,?\s+(?:and\s+)?(?:(?P<num2>\d+)|(?P<word2>{_NUMW}))[\s-]+(?P<unit2>minutes?|mins?|hours?|seconds?))?\b",
    re.I,
)
# "an hour and a half", "that hour and a quarter", "an hour and 20 minutes", "half an hour", "three quarters of an hour"
HOUR_AND_HALF = re.compile(r"\b(?:an|one|that|the)\s+hour\s+and\s+a\s+(?P<frac>half|quarter)\b|\ban\s+hour\s+and\s+(?P<m>\d+)\s+minutes\b|"
                           r"\b(?P<part>half|a\s+quarter|three[\s-]+quarters)\s+(?:of\s+)?an\s+hour\b", re.I)
_HOUR_PARTS = {"half": 0.5, "a quarter": 0.25, "three quarters": 0.75}
# "for more than half a day", "half a week": half of a larger unit
HALF_A_UNIT = re.compile(r"\bhalf\s+an?\s+(?P<unit>day|week|month)\b", re.I)
# "a 2h outage", "down for 3h 20m": compact forms, digits only
COMPACT = re.compile(r"\b(?P<h>\d+(?:\.\d+)?)h(?:\s?(?P<m>\d{1,2})m(?:in)?)?\b")
# "back within the hour": the idiom bounds the length at one hour.
WITHIN_THE_HOUR = re.compile(r"\bwithin\s+the\s+(?P<unit>hour|day)\b", re.I)
FULL_SPAN = re.compile(r"\b(?:a|one)\s+(?:full|whole|entire)\s+(?P<unit>day|week)\b", re.I)
_PART_OF_DAY = "day|morning|afternoon|evening|night|week|weekend|lunchtime|lunch hour|rush hour|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
# (the time a length went on to, in words: "the evening", "late in the evening", "around lunchtime", "Saturday night")
_HOW_LATE = (r"(?:(?:about|around|roughly|nearly|almost|after|late|early|well|just)\s+)*(?:in\s+|at\s+)?(?:the\s+)?"
             r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|following|next)\s+)?"
             r"(?:evening|night|afternoon|lunchtime|lunch hour|weekend|small hours|early hours|midnight)")
# a state of trouble after a verb of staying ("stayed down", "remained patchy", "stayed in place": a stop or hold)
_TROUBLE_COMPLEMENT = (r"(?:down|offline|dark|shut|closed|unavailable|unreachable|inaccessible|unusable|suspended|halted|grounded|"
                       r"frozen|patchy|spotty|intermittent|impaired|degraded|unstable|sluggish|slow|disrupted|locked out|cut off|"
                       r"in place|in force|in effect|out of (?:action|service))")
QUALITATIVE_PHRASES = (
    "brief(?:ly)?", "short-lived", "momentary", "momentarily", "several hours", "a few hours", "a couple of hours", "hours-long",
    "hours long", "many hours", "several days", "a few minutes", "prolonged", "extended", "lengthy", "most of the day", "all day",
    "day-long", "daylong", "multi-hour", "multi-day", "across days", "for days", "for hours", "hours on end",
    "most of the (?:morning|afternoon|evening|night|week)",
    "the (?:better|best) part of (?:a|an|the) (?:working )?(?:day|week|morning|afternoon|evening|night|weekend)",
    "better part of (?:a|an|the) (?:working )?(?:day|week|morning|afternoon|evening|night|weekend)",
    "best part of (?:a|an|the) (?:working )?(?:day|week|morning|afternoon|evening|night|weekend)",
    # "the outage, now in its second day", "dragging into a third week"
    "in(?:to)? its (?:second|third|fourth|fifth|sixth|seventh) (?:straight |consecutive )?(?:day|week)",
    # "for most of Friday", "much of the working day", "a large part of the day", "the rest of the afternoon and evening"
    *(f"{lead} of (?:the |a |that )?(?:working |business )?(?:{_PART_OF_DAY})"
      for lead in ("most", "much", "all", "a large part", "a good part", "a big part", "a great part", "the greater part",
                   "a portion", "a good portion", "a chunk", "a good chunk",
                   "for (?:a )?part", "during (?:a )?part", "over (?:a )?part", "through (?:a )?part")),
    "the rest of the (?:day|morning|afternoon|evening|night)(?: and (?:the )?(?:evening|night))?",
    "over the coming (?:hours|days)", "well into (?:the )?\\w+",
    # "the outage was short", "down for an afternoon", "back within minutes", "could take days"
    *(f"{verb} (?:very |relatively |fairly |mercifully )?short" for verb in ("was", "were", "been", "is", "be")),
    "for (?:an?|one) (?:morning|afternoon|evening|night)", "the whole of (?:\\w+ )?(?:morning|afternoon|evening|night|day)",
    "the whole of today", "all of today", "the whole of yesterday", "all of yesterday",
    # "an all-day suspension", "a week-long outage", "during a full session": lengths without a figure
    "all-day", "all-night", "week-long", "weeklong", "days-long", "night-long",
    "a (?:full|whole|entire) (?:trading )?session", "the (?:full|whole|entire) (?:trading )?session",
    "a (?:full|whole|entire) trading day", "the (?:full|whole|entire) trading day",
    # "behind hours of disruption", "after days of outages": a length in the plural unit alone, no figure
    "hours of (?:disruption|downtime|outages?|trouble|problems|chaos|delays|errors|instability|disarray)",
    "days of (?:disruption|downtime|outages?|trouble|problems|chaos|delays|errors|instability|disarray)",
    # "for a couple of days", "for much of the weekend", "the whole weekend", "all weekend"
    "a couple of (?:hours|days|weeks)", "a few (?:days|weeks)", "much of the weekend", "all weekend",
    "the (?:whole|entire) (?:day|weekend|morning|afternoon|evening|night)",
    # "for a third day", "for a second straight week": the outage counted in days so far, no figure
    # ... and without "for": "spent a third day unable to pay", "the fourth straight day of cancellations"
    "for a (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:straight |consecutive |successive |running )?(?:day|night|week)",
    "a (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:straight |consecutive |successive |running )?(?:day|night|week)",
    "the (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth) (?:straight|consecutive|successive|running) (?:day|night|week)",
    "within (?:minutes|hours|days)", "for (?:weeks|minutes)",
    # a length told by how late it went on, no figure: "the hold lasted into the evening", "the errors dragged on until
    # late at night", "the ground stop stayed in place until late in the evening", "services remained patchy until around
    # lunchtime" (a verb of lasting; "stayed"/"remained" with a state of trouble, not "stayed open until the evening")
    *(f"{verb}(?: well| far| late)? (?:into|until|till) {_HOW_LATE}"
      for verb in ("lasted", "lasting", "continued", "persisted", "dragged on", "went on", "stretched(?: on)?")),
    *(f"{verb} {_TROUBLE_COMPLEMENT}(?: [a-z]+)?(?: well| far)? (?:into|until|till) {_HOW_LATE}"
      for verb in ("stayed", "remained", "was left", "were left", "was kept", "were kept")),
    *(f"{verb} (?:days|weeks|hours)" for verb in ("take", "takes", "took", "taking")),
)
# (alternatives grouped by first letter when compiled: textprep.grouped_alternation)
QUALITATIVE = re.compile(rf"\b(?:{grouped_alternation(QUALITATIVE_PHRASES)})\b", re.I)
# Durations that are not an outage's length: "24 hours a day", "within 30 minutes", "every 5 minutes", "two days later".
# ... and "the third outage in two months" (a count over a period), "normally finish in forty minutes"
# (a habit, not this outage).
_NOT_LENGTH_BEFORE = re.compile(
    r"(?:(?:every|each|per|in the past|in the last|over the past|over the last)\s+(?:the\s+)?|(?:hours?|minutes?|times?|twice|once)\s+|"
    r"\b(?:outages?|incidents?|failures?|disruptions?|times?|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"latest|another|only|\w+est|worst)\b(?:\s+[\w'’-]+){0,4})"
    r"\s+(?:in|within|inside)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:space\s+of\s+)?(?:less than\s+|under\s+|more than\s+|just\s+(?:over\s+|under\s+)?|"
    r"(?:about|around|roughly|nearly|almost|some|approximately|close to|barely|only|little more than|just over)\s+)?|"
    r"\b(?:normally|usually|typically|ordinarily|generally)\s+(?:\w+\s+){0,3}|"
    # "12,000 reports in the first 30 minutes": a phase of the outage, not its length
    r"\bthe\s+(?:first|opening|initial)\s+|"
    # (a threshold: "outages of more than 30 minutes", "any outage longer than an hour"; time.v20: not one outage measured,
    # "after an outage of more than a day")
    r"\b(?:(?:outages|disruptions|incidents|downtime)\s+(?:shorter|longer|of more|of less)|(?:outage|disruption|incident)\s+(?:shorter|longer)|"
    r"(?:any|each|every)\s+(?:outage|disruption|incident)\s+of\s+(?:more|less))\s+than\s+)$", re.I)
# "the better part of a day", "a good part of a week": a share of the unit alone is qualitative (QUALITATIVE_PHRASES);
# "the better part of two hours" keeps its figure
_SHARE_OF_BEFORE = re.compile(r"\b(?:better|best|greater|good|large|big|great)\s+part\s+of\s+$", re.I)
# ("a backup about three months old", "a six-week-old snapshot", "a two-day-old copy": an age, not a length)
# (time.v15: "Five months on, the review has not appeared": time since, no length)
_NOT_LENGTH_AFTER = re.compile(r"^\s*(?:a day|a week|earlier|ago|before|beforehand|of (?:data|logs)|notice|in advance|-?old|of age|"
                               r"on(?=\s*[,.;]))\b", re.I)
# time.v22: a unit of time with a possessive measures an amount, not a length: "a month's fees back", "a week's sail
# away", "two days' pay"; unless what it measures is the trouble ("after two hours' disruption", "a day's worth")
_AMOUNT_OF_A_PERIOD = re.compile(r"\b(?:minute|hour|day|night|week|fortnight|month|year)s?$", re.I)
_POSSESSIVE_OF_AMOUNT = re.compile(r"['’]s?\s+(?!(?:outages?|downtime|disruptions?|delays?|trouble|interruptions?|problems?|"
                                   r"failures?|worth)\b)[a-z]", re.I)
# "X after …" is a length only when measured from the outage's beginning: "eight hours after its status
# page first reported trouble", "two hours after the outage", not "two days after the launch".
_AFTER = re.compile(r"^\s*after\b", re.I)
# (verbs of lasting, any tense: "dragged on close to eight hours", "the outage ran nine hours")
_LENGTH_LEAD = re.compile(r"\b(?:for|over|last(?:s|ed|ing)?|r[au]n(?:s|ning)?|dragg?(?:s|ed|ing)?\s+on|stretch(?:es|ed|ing)?(?:\s+on)?|"
                          r"persist(?:s|ed|ing)?|continu(?:es|ed|ing)|linger(?:s|ed|ing)?|(?:went|go|goes|going)\s+on|"
                          r"span(?:s|ned|ning)?)\s+(?:\w+\s+){0,2}$", re.I)
# "before" after a length says what ended it ("down for some nine hours before engineers restored it"),
# unless what comes before is the outage ("slow for two hours before the outage")
_BEFORE_THE_OUTAGE = re.compile(r"^\s*before\s+(?:the\s+|its\s+|this\s+)?(?:[\w-]+\s+)?(?:outage|failure|crash|disruption|incident|"
                                r"blackout|meltdown|trouble|problems?|errors?)\b", re.I)
_FROM_ONSET = re.compile(r"^\s*after\s+(?:(?:the\s+)?(?:first|start|onset|outage|trouble|failure|problems?|errors?|disruption)\b|"
                         r"(?:[\w'-]+\s+){0,5}?(?:first\s+(?:errors?|reports?|problems?|failures?|signs?|alerts?|alarms?|outages?|\w+ed)|"
                         r"start|started|starting|onset|began|begun|beginning)\b)", re.I)
# the event that began it, any modifier, in a sentence telling the trouble still going: "Thirty-six hours after the
# ransomware attack, the council's systems remain offline", "two days after the fire, customers are still waiting" (not
# "A week after the fire at our site, we want to give you a view of the restart": a statement made then)
_FROM_EVENT = re.compile(r"^\s*after\s+(?:the|a|an|its|this|that|last\s+\w+['’]s)\s+(?:[\w-]+\s+){0,2}?(?:attack|cyber-?attack|hack|"
                         r"breach|fire|flood|crash|blackout|meltdown|shutdown|glitch|incident|outage|failure|collapse|explosion|"
                         r"power\s+cut|storm)\b", re.I)
_GOES_ON = re.compile(r"\b(?:still|remains?|remaining|yet\s+to|not\s+yet|continues?\s+to|(?:has|have)(?:n't|\s+not)\s+(?:yet\s+)?"
                      r"(?:been|come|returned|recovered|reopened)|"
                      # verbs of continuing with a gerund: "staff went on checking passengers in by hand", "kept failing"
                      r"(?:went|go|goes|going|carried|carry|carries|kept|keep|keeps)\s+(?:on\s+)?\w+ing)\b", re.I)
# "came back about a day after it went down", "restored a week after the site crashed": from the failure
# to a recovery told in the sentence (not "A month after Slack failed, the company explained why")
# ("almost two days after the statistics bureau pulled it down": a subject of up to twelve words — "three weeks after a
# water leak and a fire in a Paris data centre took it down" —, and a verb of failing, disabling or taking something
# down, active or passive: "almost eleven weeks after a ransomware gang crippled its systems")
_FROM_FAILURE = re.compile(r"^\s*after\s+(?:[\w'’.-]+\s+){1,12}?(?:went\s+(?:down|dark|offline|out)|failed|crashed|broke(?:\s+down)?|"
                           r"collapsed|froze|fell\s+over|stopped\s+\w+ing|crippled|paraly[sz]ed|encrypted|"
                           # time.v25: "came back on 5 August, fifty-eight days after it disappeared", "six hours after
                           # they had stopped"
                           r"disappeared|vanished|(?:(?<=\bit\s)|(?<=\bthey\s)|(?<=\bit\shad\s)|(?<=\bthey\shad\s))stopped|"
                           r"(?:knocked|wiped)\s+out|"  # (not "took out": "took out a loan")
                           r"(?:(?:was|were|had\s+been)\s+)?(?:pulled|took|taken|shut|knocked|brought|switched|turned|cut|yanked)"
                           r"\s+(?:[\w'’-]+\s+){0,3}?(?:down|offline|off)|"
                           r"(?:pull|take|shut|knock|bring|switch|turn|yank)(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?:down|offline|off))\b", re.I)
_RECOVERED = re.compile(r"\b(?:came back|come back|back (?:up|online|in(?:to)? service)|restored|recovered|returned|resolved|fixed|reopened|resumed)\b", re.I)


@dataclass
class TimePoint:
    start: int
    end: int
    iso: str  # at the precision the text supports
    precision: str  # year | month | day | minute
    when: datetime | None  # UTC instant (minute precision) or the day at 00:00 UTC
    has_time: bool = False
    dated: bool = True  # False for a clock time whose day was inferred, not written
    zone: str | None = None  # the zone as written (or carried over), for later times without one
    local_day: date | None = None  # the calendar day as the text counts it (before conversion to UTC)
    day_guessed: bool = False  # no day written or in force: the publication day was assumed
    # a clock time with no zone anywhere keeps its day only, and its local hour and minute here: two such times
    # still give a length ("began around a quarter to five … not cleared until around midnight")
    clock: tuple[int, int] | None = None
    weekday: bool = False  # its day is a bare weekday counted back from the day of writing ("on Friday evening")

    @property
    def day(self) -> date | None:
        """The day a later time without a date belongs to."""
        return self.local_day or (self.when.date() if self.when else None)

    def shift_days(self, days: int) -> None:
        if self.when is None:
            return
        self.when += timedelta(days=days)
        self.local_day = self.local_day + timedelta(days=days) if self.local_day else None
        self.iso = self.when.strftime("%Y-%m-%dT%H:%M:00Z") if self.has_time else self.when.date().isoformat()


@dataclass
class TimeRange:
    start: int
    end: int
    begin: TimePoint
    finish: TimePoint

    @property
    def hours(self) -> float | None:
        if self.begin.has_time and self.finish.has_time and self.begin.when and self.finish.when:
            return round((self.finish.when - self.begin.when).total_seconds() / 3600, 2)
        return clock_hours(self.begin, self.finish)


def clock_hours(a: TimePoint, b: TimePoint) -> float | None:
    """The hours from one zone-less clock time to a later one ("from 9.15am to 11am", no zone anywhere): the
    zone, unknown, is the same at both ends; an end before the start on the same day rolls over midnight."""
    if a.clock is None or b.clock is None or a.when is None or b.when is None:
        return None
    minutes = (b.when - a.when).days * 1440 + (b.clock[0] - a.clock[0]) * 60 + b.clock[1] - a.clock[1]
    if minutes <= 0 and a.when == b.when:
        minutes += 1440
    return round(minutes / 60, 2) if minutes > 0 else None


@dataclass
class Duration:
    start: int
    end: int
    text: str
    hours: float | None  # None for qualitative ("brief", "several hours")
    remaining: bool = False  # "two more weeks": time still to come


NTH_WEEKDAY_OF_MONTH = re.compile(
    r"\bthe\s+(?P<nth>first|second|third|fourth|last|final)\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"\s+(?:of|in)\s+(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1, "final": -1}


def _year_for(month: int, ref: date) -> int:
    """The year of a month mentioned without one: the latest such month not after publication."""
    return ref.year if month <= ref.month else ref.year - 1


_OFFSET = re.compile(r"^(?:utc|gmt)\s?([+\-−])\s?(\d{1,2})(?::?(\d\d))?$", re.I)


def _zone_offset(zone: str | None, day: date) -> float | None:
    if not zone:
        return None
    off = _OFFSET.match(zone.strip())
    if off:
        hours = int(off.group(2)) + int(off.group(3) or 0) / 60
        return -hours if off.group(1) in "-−" else hours
    z = zone.lower().replace(" time", "").replace("on the ", "").strip()
    z = PLACE_ZONES.get(z, z)
    if z == "cst_china":
        return 8
    if z == "aet":
        # south-eastern Australia: daylight time from the first Sunday of October to the first of April
        return 11 if not (_nth_sunday(day.year, 4, 1) <= day < _nth_sunday(day.year, 10, 1)) else 10
    if z in ("uk", "british"):
        return 1 if _eu_summer(day) else 0
    if z in ("european", "central european"):
        return 2 if _eu_summer(day) else 1
    if z in ("us eastern", "us east coast", "us/eastern"):
        z = "et"
    if z == "us/pacific":
        z = "pt"
    if z in ZONES:
        return ZONES[z]
    if z in US_GENERIC:
        std, dst = US_GENERIC[z]
        return dst if _us_summer(day) else std
    return None


def _literals_by_first_character(words: tuple[str, ...]) -> str:
    """Literal words as one alternation grouped by first character ("Jan|Jun|Feb" -> "J(?:an|un)|F(?:eb)"): the same
    matches as the words joined in order (two groups never match at one place, and a group keeps its words' order),
    found sooner (the engine tries each alternative at every position; grouped, all groups but one fail on the
    first character)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


# a zone a sentence tells its times in, other than UTC: "11:32 a.m. to 3:10 p.m. ET today", "9 p.m. Pacific"
_LOCAL_ZONE = re.compile(r"\b(?:" + _literals_by_first_character((
    "ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "CDT", "MT", "MST", "MDT", "Eastern", "Pacific", "BST", "CET", "CEST", "IST", "JST",
    "KST", "SGT", "AEST", "AEDT", "HKT")) + r")\b")


# Countries, cities and airports whose clock a text about them keeps when it writes a time with no zone ("From
# 7:24 a.m. today" in a Japanese airline's notice; "from about 16:45" in a French operator's statement). US places
# span several zones: they make the document's zone unknown.
_HOME_PLACES = {
    "jst": ("Japan", "Japanese", "Tokyo", "Osaka", "Haneda", "Narita"),
    "kst": ("Korea", "Korean", "Seoul"),
    "cst_china": ("China", "Chinese", "Beijing", "Shanghai", "Shenzhen"),
    "hkt": ("Hong Kong",),
    "sgt": ("Singapore",),
    "ist": ("India", "Indian", "Mumbai", "Delhi", "Bengaluru", "Bangalore"),
    "aet": ("Canberra", "Sydney", "Melbourne", "New South Wales", "Victoria"),
    "uk": ("Britain", "British", "UK", "England", "London", "Scotland", "Scottish", "Wales", "Welsh", "Heathrow", "Gatwick",
           "Manchester", "Ireland", "Irish", "Dublin",
           # (Portugal keeps the same clock: "from about nine on Monday night" in a Lisbon operator's story)
           "Portugal", "Portuguese", "Lisbon", "Porto"),
    "central european": ("France", "French", "Paris", "Germany", "German", "Berlin", "Frankfurt", "Munich", "Spain", "Spanish",
                         "Madrid", "Italy", "Italian", "Rome", "Milan", "Netherlands", "Dutch", "Amsterdam", "Belgium",
                         "Brussels", "Austria", "Vienna", "Switzerland", "Swiss", "Zurich", "Poland", "Warsaw", "Sweden",
                         "Stockholm", "Denmark", "Copenhagen", "Norway", "Oslo"),
    # (a US city keeps one clock: "at Seattle-Tacoma International Airport … began around 4:30 p.m."; the country,
    # a state of two zones or a name of two places spans several)
    "pt": ("Seattle", "California", "San Francisco", "Los Angeles", "Sea-Tac", "Seattle-Tacoma"),
    "et": ("New York", "Atlanta", "Boston", "Philadelphia", "Miami"),
    "ct": ("Chicago", "Dallas", "Houston"),
    "mt": ("Denver",),
    "": ("United States", "U.S.", "America", "American", "Americans", "Texas", "Washington",
         "Canada", "Canadian", "Brazil", "Mexico",
         "Australia", "Australian", "Russia", "Russian", "Europe", "European", "Asia", "Asian", "worldwide", "global"),
}
_HOME_ZONE_OF = {w: zone for zone, words in _HOME_PLACES.items() for w in words}
_HOME_PLACE = re.compile(r"(?<![\w.])(?:" + _literals_by_first_character(tuple(sorted(_HOME_ZONE_OF, key=len, reverse=True))) + r")(?![\w])")


# zones with one offset all year: places in either keep the same clock
_SAME_CLOCK = {"cst_china": "utc+8", "hkt": "utc+8", "sgt": "utc+8", "jst": "utc+9", "kst": "utc+9"}


def home_zone(text: str) -> str | None:
    """The zone of the one place or country a text speaks of, for its clock times written with no zone; None when
    it names none, several in different zones, or a place spanning several zones (the US, Australia, a continent)."""
    zones = {_HOME_ZONE_OF[m.group(0)] for m in _HOME_PLACE.finditer(text)}
    if len(zones) > 1 and "" not in zones and len({_SAME_CLOCK.get(z, z) for z in zones}) == 1:
        return min(zones)  # places in zones that keep one clock ("a Chinese provider's zone in Singapore": UTC+8)
    return next(iter(zones)) or None if len(zones) == 1 else None


# A country's code as a provider record may give it ("JP", "GB"), for the zone of its clock; countries of several zones
# (US, Canada, Australia, Brazil, Russia) have none.
_COUNTRY_CODE_ZONES = {"JP": "jst", "KR": "kst", "CN": "cst_china", "HK": "hkt", "SG": "sgt", "IN": "ist", "GB": "uk", "UK": "uk",
                       "IE": "uk", "PT": "uk", "FR": "central european", "DE": "central european", "ES": "central european",
                       "IT": "central european", "NL": "central european", "BE": "central european", "AT": "central european",
                       "CH": "central european", "PL": "central european", "SE": "central european", "DK": "central european",
                       "NO": "central european", "UNITED KINGDOM": "uk", "GREAT BRITAIN": "uk"}


def country_zone(country: str | None) -> str | None:
    """The zone of a country named by its code ("JP") or its name ("Japan", "United Kingdom", "South Korea"); None for
    a country of several zones ("United States", "Australia") or one unknown."""
    if not country:
        return None
    return _COUNTRY_CODE_ZONES.get(country.strip().upper()) or home_zone(country)


def names_a_zone(text: str) -> bool:
    """Whether a text tells any of its times in a named zone ("… at 11:32 a.m. ET", "19:05 UTC")."""
    return _LOCAL_ZONE.search(text) is not None or re.search(r"\b(?:UTC|GMT)\b", text) is not None


def names_a_place(text: str) -> bool:
    """Whether a text names any country, city or region of _HOME_PLACES (whether or not they agree on a zone)."""
    return _HOME_PLACE.search(text) is not None


# Countries and regions whose zones all lie west of UTC by three hours or more (Hawaii to Newfoundland): a text about
# them, posted in the first hours of a UTC day, was written on the day before wherever they are ("Yesterday, …" in a
# US company's post at 01:00 UTC is two UTC days back). (Places of one zone are _HOME_PLACES'.)
_WEST_SPAN = re.compile(r"(?<![\w.])(?:United States|U\.S\.|America|American|Americans|Canada|Canadian|Mexico|Texas|Washington)(?![\w])")
_WEST_OFFSETS = (-10.0, -2.5)


def writing_day(published_at: datetime | None, full: str) -> date | None:
    """The day a text was written where it was written, from the whole text, for "today" and "yesterday" read before any
    zone is in force: the first zone its sentences name (_LOCAL_ZONE: "… at 11:32 a.m. ET" later on), else the day
    every zone of the places it names agrees on (a US-wide text posted at 01:00 UTC: the day before); None when the
    text says nothing of where (or the places disagree)."""
    if published_at is None:
        return None
    m = _LOCAL_ZONE.search(full)
    if m:
        offset = _zone_offset(m.group(0), published_at.date())
        return (published_at + timedelta(hours=offset)).date() if offset else None
    days = set()
    for place in _HOME_PLACE.finditer(full):
        if place.group(0) in ("worldwide", "global"):
            continue  # (the reach of the outage, not a place)
        zone = _HOME_ZONE_OF[place.group(0)]
        offset = _zone_offset(zone, published_at.date()) if zone else None
        if offset is None and not _WEST_SPAN.fullmatch(place.group(0)):
            return None  # a place of several zones on both sides of the date line (Australia, Europe, "worldwide")
        for off in ((offset,) if offset is not None else _WEST_OFFSETS):
            days.add((published_at + timedelta(hours=off)).date())
    return days.pop() if len(days) == 1 else None


def local_day(published_at: datetime | None, text: str, zone_in_force: str | None) -> date | None:
    """The publication day where the sentence's clock is ("today" in "3:10 p.m. ET today", in a statement
    posted at 00:30 UTC, is the day before in New York), from the first zone the sentence names, else the
    zone in force; None when unknown (no publication time, no zone, or UTC)."""
    if published_at is None:
        return None
    m = _LOCAL_ZONE.search(text)
    offset = _zone_offset(m.group(0) if m else zone_in_force, published_at.date())
    if not offset:
        return None
    return (published_at + timedelta(hours=offset)).date()


def _nth_sunday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def _last_sunday(year: int, month: int) -> date:
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() + 1) % 7)


def _us_summer(day: date) -> bool:
    """US daylight time: second Sunday of March to first Sunday of November."""
    return _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1)


def _eu_summer(day: date) -> bool:
    """European summer time: last Sunday of March to last Sunday of October."""
    return _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)


def _num(num: str | None, word: str | None) -> float | None:
    if num:
        return float(num)
    if word:
        return float(NUMBER_WORDS.get(word.lower(), 0)) or None
    return None


def _unit_hours(unit: str) -> float:
    u = unit.lower()
    if u.startswith("h"):
        return 1.0
    if u.startswith("mo"):
        return 720.0  # a month as thirty days
    if u.startswith("m"):
        return 1 / 60
    if u.startswith("d"):
        return 24.0
    if u.startswith("w"):
        return 168.0
    if u.startswith("f"):
        return 336.0  # a fortnight: two weeks
    return 1 / 3600


# "A week after the fire at our site, we want to…", "Two weeks after water shut down the region, one
# zone has still not come back": a fronted elapsed time counted back from the time of writing
ELAPSED_LEAD = re.compile(rf"^\s*(?P<n>\d+|{_NUMW})\s+(?P<unit>days?|weeks?|months?)\s+(?:after|since)\b[^,]*", re.I)
_NOW_CLAUSE = re.compile(r",\s*(?:[\w'’,-]+\s+){0,10}?(?:is|are|has|have|remains?|want|wants|says?|still)\b", re.I)


# "three years ago", "two weeks ago", "a month ago": counted back from publication
AGO = re.compile(rf"\b(?P<n>\d+|{_NUMW})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I)


def _ago(m: re.Match, ref: date) -> tuple[int, int, str, str, date | None]:
    g = m.group("n")
    n = int(_num(g if g.isdigit() else None, None if g.isdigit() else g) or 0)
    unit = m.group("unit").lower()
    if unit.startswith("year"):
        return m.start(), m.end(), f"{ref.year - n:04d}", "year", None
    if unit.startswith("month"):
        y, mo = divmod(ref.year * 12 + ref.month - 1 - n, 12)
        return m.start(), m.end(), f"{y:04d}-{mo + 1:02d}", "month", None
    d = ref - timedelta(days=n * (7 if unit.startswith("week") else 1))
    return m.start(), m.end(), d.isoformat(), "day", d


def _elapsed_lead(text: str, ref: date) -> tuple[int, int, str, str, date | None] | None:
    m = ELAPSED_LEAD.match(text)
    if not m or not _NOW_CLAUSE.match(text[m.end():]):
        return None
    n = _num(m.group("n") if m.group("n").isdigit() else None, None if m.group("n").isdigit() else m.group("n"))
    if not n:
        return None
    unit = m.group("unit").lower()
    if unit.startswith("month"):
        y, mo = divmod(ref.year * 12 + ref.month - 1 - int(n), 12)
        return m.start("n"), m.end(), f"{y:04d}-{mo + 1:02d}", "month", None
    d = ref - timedelta(days=int(n) * (7 if unit.startswith("week") else 1))
    return m.start("n"), m.end(), d.isoformat(), "day", d


# Cheap tests that skip the date patterns on sentences that cannot match them: every month name starts
# with one of these (case-sensitive, as in the patterns); weekday names are capitalised there too.
_MONTH_NAME_STARTS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_GATE = re.compile(_literals_by_first_character(_MONTH_NAME_STARTS))
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = "0123456789"


def holds_digit(text: str) -> bool:
    """Whether `text` holds a digit (_DIGIT): on ASCII text ten substring tests, about three times
    cheaper than the regex (which also takes other scripts' digits, so other text gets it). The
    finders below take the answer from their caller when it has it (one test per sentence)."""
    if text.isascii():
        for d in _ASCII_DIGITS:
            if d in text:
                return True
        return False
    return _DIGIT.search(text) is not None
_RELATIVE_DAY_WORDS = ("yesterday", "today", "tonight", "overnight", "right now", "last night", "last week", "last month",
                       "last year", "this morning", "this afternoon", "this evening", "this week", "this month")  # RELATIVE_DAY's phrases


def _may_contain(text: str, lower: str, words: tuple[str, ...]) -> bool:
    """False only when ASCII `text` surely lacks every one of these lower-case words (re.I folds a
    few non-ASCII letters onto ASCII ones, so other text always passes)."""
    if not text.isascii():
        return True
    for w in words:  # a plain loop: asked several times per sentence, and a generator costs more
        if w in lower:
            return True
    return False


def _holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words` as written (a plain loop: cheaper than a generator)."""
    for w in words:
        if w in text:
            return True
    return False


def calendar_day(year: int, month: int, day: int) -> date | None:
    """The date, or None when the calendar has no such day ("April 31", "February 30", a thirteenth month)."""
    if not (MINYEAR <= year <= MAXYEAR and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day)


# a month counted back by years after it: "October a year earlier", "in March two years before", "June of the year before"
_YEARS_BACK_AFTER = re.compile(r"\s*,?\s*(?:(?P<n>a|one|two|three|four|five|\d)\s+years?\s+(?:earlier|before|previously|prior)|"
                               r"(?:of\s+)?the\s+(?:year|previous\s+year|prior\s+year)\s+before|of\s+the\s+(?:previous|prior)\s+year)\b", re.I)
# a month of the year before the year of writing, whatever month it is now: "In May last year", "March of last year"
# ("May last year" written in March is the May before last, not the May just gone)
_LAST_YEAR_AFTER = re.compile(r"\s*,?\s*(?:of\s+)?last\s+year\b", re.I)


def _years_back(text: str, end: int) -> int:
    m = _YEARS_BACK_AFTER.match(text, end)
    if m is None:
        return 0
    n = (m.group("n") or "a").lower()
    return 1 if n in ("a", "one") else int(n) if n.isdigit() else NUMBER_WORDS.get(n, 1)


def find_dates(text: str, base: int, ref: date, lower: str | None = None, digits: bool | None = None,
               narrative_day: date | None = None) -> list[TimePoint]:
    """Calendar dates in `text` (a sentence starting at document offset `base`). `lower`, `digits`:
    text.lower() and holds_digit(text), when the caller has them. `narrative_day`: the day the text is telling of,
    where that lies weeks before the writing (`narrative_anchor`): a bare weekday is the one nearest it."""
    points: list[TimePoint] = []
    has_month = _MONTH_GATE.search(text) is not None
    has_digit = digits if digits is not None else holds_digit(text)
    lower = lower if lower is not None else text.lower()
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, iso: str, precision: str, d: date | None) -> None:
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        when = datetime(d.year, d.month, d.day, tzinfo=timezone.utc) if d else None
        points.append(TimePoint(base + s, base + e, iso, precision, when))

    # "on 21/10/2025", "21.10.2025": day and month in the order that leaves no doubt (a first number over 12 is the
    # day, a second over 12 is the day written after the month); "03/04/2025" could be either and is left alone
    # (its year follows a slash or a dot: a substring test before the pattern)
    for m in DATE_NUMERIC.finditer(text) if has_digit and ("/20" in text or ".20" in text or "/19" in text or ".19" in text) else ():
        a, b = int(m.group("a")), int(m.group("b"))
        day_mon = (a, b) if a > 12 else (b, a) if b > 12 else None
        d = calendar_day(int(m.group("year")), day_mon[1], day_mon[0]) if day_mon else None
        if d is not None:
            add(m.start(), m.end(), d.isoformat(), "day", d)
    found: set = set()  # the patterns that found a date (DAY_* below need one as their other end)
    for rx in (DATE_ISO, DATE_MDY, DATE_DMY):
        if not has_digit or (rx is not DATE_ISO and not has_month):
            continue  # (all three need the day's digits; two a month name)
        for m in rx.finditer(text):
            found.add(rx)
            mon_s = m.group("mon")
            mon = int(mon_s) if mon_s.isdigit() else MONTHS.get(mon_s.lower().rstrip("."))
            day = int(m.group("day"))
            if not mon or not 1 <= day <= 31:
                continue
            year = int(m.group("year")) if m.group("year") else _year_for(mon, ref)
            d = calendar_day(year, mon, day)
            if d is None:
                continue  # "April 31", "February 30": not a day, so not a date claim
            add(m.start(), m.end(), d.isoformat(), "day", d)
    for rx, other_end in ((DAY_BEFORE_DMY, DATE_DMY), (DAY_AFTER_MDY, DATE_MDY)):
        for m in rx.finditer(text) if other_end in found else ():
            mon = MONTHS.get(m.group("mon").lower().rstrip("."))
            year = int(m.group("year")) if m.group("year") else _year_for(mon, ref) if mon else 0
            d = calendar_day(year, mon, int(m.group("day"))) if mon else None
            if d is not None:
                add(m.start("day"), m.end("day"), d.isoformat(), "day", d)
    for m in ORDINAL_DAY.finditer(text) if has_digit and "the " in text else ():
        day_n = int(m.group("day"))
        y, mo = (ref.year, ref.month) if day_n <= ref.day else ((ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12))
        d = calendar_day(y, mo, day_n)
        if d is None:
            continue  # "the 31st" after a 30-day month
        add(m.start(), m.end(), d.isoformat(), "day", d)
    for m in NTH_WEEKDAY_OF_MONTH.finditer(text) if has_month and _holds_any(text, _WEEKDAY_NAMES) else ():
        # time.v14: "on the last Friday of November", "the second Tuesday in March 2024": a day the calendar fixes
        mon = MONTHS.get(m.group("mon").lower().rstrip("."))
        year = int(m.group("year")) if m.group("year") else _year_for(mon, ref) if mon else None
        d = _nth_weekday(year, mon, WEEKDAYS[m.group("wd").lower()], _NTH[m.group("nth").lower()]) if mon else None
        if d is not None:
            add(m.start(), m.end(), d.isoformat(), "day", d)
    for m in MONTH_ONLY.finditer(text) if has_month else ():
        mon_s = m.group("mon") or m.group("mon2")
        if mon_s.lower().rstrip(".") == "may" and not (m.group("year") or m.group("year2")) and not m.group(0).lower().startswith(("in ", "during ", "since ", "of ")) \
                and not m.group(0)[:1].islower():
            continue  # "may" the verb ("This May Be …" in a headline; but "early May", "last May", "mid-May" are the month)
        mon = MONTHS.get(mon_s.lower().rstrip("."))
        year_s = m.group("year") or m.group("year2")
        year = int(year_s) if year_s else _year_for(mon, ref)
        if not year_s and m.group(0).lower().startswith(("last ", "past ")) and mon == ref.month:
            year -= 1  # "last October" written in October is a year ago
        end = m.end()
        if not year_s and (last_year := _LAST_YEAR_AFTER.match(text, m.end())):
            year, end = ref.year - 1, last_year.end()  # "In May last year" (the year before the year of writing): one point
        elif not year_s:
            year -= _years_back(text, m.end())  # "October a year earlier", "in March two years before"
        add(m.start(), end, f"{year:04d}-{mon:02d}", "month", None)
    for m in MONTH_NAMING.finditer(text) if has_month else ():
        mon = MONTHS.get(m.group("mon").lower().rstrip("."))
        if mon and not (m.group("mon").lower() == "may"):
            add(m.start(), m.start() + len(m.group("mon")), f"{_year_for(mon, ref):04d}-{mon:02d}", "month", None)
    for m in YEAR_ONLY.finditer(text) if has_digit else ():
        add(m.start(), m.end(), m.group("year"), "year", None)
    # (HOLIDAY is case-blind, so its gate is too: "on christmas day" in a lower-cased headline or a forum post)
    for m in HOLIDAY.finditer(text) if _may_contain(text, lower, _HOLIDAY_WORDS_LOWER) else ():
        d = _holiday(m.group("h"), ref)
        if d is not None:
            add(m.start(), m.end(), d.isoformat(), "day", d)
    has_weekday = _holds_any(text, _WEEKDAY_NAMES)
    for m in WEEKDAY_BEFORE_LAST.finditer(text) if has_weekday and "before" in text else ():
        # "the Wednesday before last": a week before last Wednesday
        back = (ref.weekday() - WEEKDAYS[m.group("wd").lower()]) % 7 or 7
        d = ref - timedelta(days=back + 7)
        add(m.start(), m.end(), d.isoformat(), "day", d)
    for m in WEEKDAY.finditer(text) if has_weekday else ():
        if _date_after_weekday(points, base + m.end(), text, base) is not None:
            continue  # "on Monday 28 August", "Thursday, March 20": the date says which Monday
        wd = WEEKDAYS[(m.group("wd") or m.group("wd2") or m.group("wd3") or m.group("wd4")).lower()]
        back = (ref.weekday() - wd) % 7
        if m.group(0).lower().startswith("last") and back <= 1:
            back += 7  # "last Thursday" written on a Friday: a writer would say "yesterday" for the day before
        elif m.group("wd4") and ((_NOT_A_BARE_DAY_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                  and not _WINDOW_INTO_BEFORE.search(text, max(0, m.start() - 60), m.start()))
                                 or _CAPITALISED_WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())):
            continue  # "the first Monday of the year", "If your Thursday started …", "every Sunday": no date
        if (m.group("wd2") or m.group("wd4")) and _INDEFINITE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "on a quiet Sunday evening in June", "every other busy Friday": any such day, no date
        d = ref - timedelta(days=back)
        if narrative_day is not None and not m.group(0).lower().startswith(("last", "this")):
            # time.v13: a retrospective ("On Tuesday, 4 November, … by Wednesday morning the last of them was back",
            # written weeks later): the weekday nearest the day being told, not the one before the writing
            ahead = (wd - narrative_day.weekday()) % 7
            d = narrative_day + timedelta(days=ahead) if ahead <= 3 else narrative_day - timedelta(days=7 - ahead)
            add(m.start(), m.end(), d.isoformat(), "day", d)
            continue
        before = len(points)
        add(m.start(), m.end(), d.isoformat(), "day", d)
        if len(points) > before and back == 0:
            points[-1].weekday = True  # the day of writing itself: a time later than the writing is a week earlier
    lead = _elapsed_lead(text, ref) if _may_contain(text, lower, ("after", "since")) else None
    if lead is not None:
        add(*lead)
    for m in AGO.finditer(text) if _may_contain(text, lower, ("ago",)) else ():
        add(*_ago(m, ref))
    relative_day_rx, relative_day_on = (_RELATIVE_DAY_LOWER, lower) if text.isascii() else (RELATIVE_DAY, text)
    for m in relative_day_rx.finditer(relative_day_on) if _may_contain(text, lower, _RELATIVE_DAY_WORDS) else ():
        rel = m.group("rel").lower()
        if rel in ("yesterday", "last night"):
            d = ref - timedelta(days=1)
            add(m.start(), m.end(), d.isoformat(), "day", d)
        elif rel == "overnight" and narrative_day is not None:
            add(m.start(), m.end(), narrative_day.isoformat(), "day", narrative_day)  # the night of the day being told
        elif rel in ("today", "earlier today", "this morning", "this afternoon", "this evening", "tonight", "overnight", "right now"):
            add(m.start(), m.end(), ref.isoformat(), "day", ref)
        elif rel == "last week":
            # a week is vaguer than a day: the month it fell in
            d = ref - timedelta(days=7)
            add(m.start(), m.end(), f"{d.year:04d}-{d.month:02d}", "month", None)
        elif rel == "last month":
            y, mo = (ref.year, ref.month - 1) if ref.month > 1 else (ref.year - 1, 12)
            add(m.start(), m.end(), f"{y:04d}-{mo:02d}", "month", None)
        elif rel.endswith("this month"):  # "earlier this month", "Early this month, some users found …"
            add(m.start(), m.end(), f"{ref.year:04d}-{ref.month:02d}", "month", None)
        elif rel == "last year":
            add(m.start(), m.end(), f"{ref.year - 1:04d}", "year", None)
    if lead is not None and len(points) > 1:
        # a day counted back from the time of writing is a guess: it gives way to a day the sentence writes ("Six weeks
        # after it happened, the company told its side of the September 30 outage"; "Three days after the agency pulled
        # its portal, filers were still locked out on Tuesday": not three days before publication)
        written = [p for p in points if p.start != base + lead[0] and p.precision == "day"]
        if written:
            points = [p for p in points if p.start != base + lead[0]]
    points.sort(key=lambda p: p.start)
    return points


# Named days of the year: "on Christmas Day", "over the August bank holiday", "on Thanksgiving"
_HOLIDAY_DATES = {"christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26), "new year's day": (1, 1),
                  "new year's eve": (12, 31), "independence day": (7, 4), "the fourth of july": (7, 4), "halloween": (10, 31),
                  "valentine's day": (2, 14)}
HOLIDAY = re.compile(r"\b(?P<h>Christmas (?:Day|Eve)|Christmas(?= (?:morning|afternoon|evening|night)\b)|Boxing Day|New Year['’]s (?:Day|Eve)|Independence Day|the Fourth of July|Halloween|"
                     r"Valentine['’]s Day|Thanksgiving|Black Friday|Cyber Monday|Labou?r Day|Memorial Day|(?:the )?(?:August|May|spring|summer) bank holiday)\b",
                     re.I)
_HOLIDAY_WORDS = ("Christmas", "Boxing", "New Year", "Independence", "Fourth of July", "Halloween", "Valentine", "Thanksgiving",
                  "Black Friday", "Cyber Monday", "Labor", "Labour", "Memorial", "bank holiday")
_HOLIDAY_WORDS_LOWER = tuple(w.lower() for w in _HOLIDAY_WORDS)
WEEKDAY_BEFORE_LAST = re.compile(r"\bthe\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+before\s+last\b")


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 for the last) given weekday of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = (date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1))
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _holiday_in(name: str, year: int) -> date | None:
    name = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    name = "christmas day" if name == "christmas" else name  # ("Christmas morning")
    if name in _HOLIDAY_DATES:
        return date(year, *_HOLIDAY_DATES[name])
    thanksgiving = _nth_weekday(year, 11, 3, 4)
    rules = {"thanksgiving": thanksgiving, "black friday": thanksgiving + timedelta(days=1),
             "cyber monday": thanksgiving + timedelta(days=4), "labor day": _nth_weekday(year, 9, 0, 1),
             "labour day": _nth_weekday(year, 9, 0, 1), "memorial day": _nth_weekday(year, 5, 0, -1)}
    if name in rules:
        return rules[name]
    bank = name.removeprefix("the ").removesuffix(" bank holiday")
    months = {"august": (8, -1), "summer": (8, -1), "may": (5, 1), "spring": (5, -1)}
    if bank in months:
        return _nth_weekday(year, months[bank][0], 0, months[bank][1])
    return None


def _holiday(name: str, ref: date) -> date | None:
    """The latest such day on or before the reference day (a text tells of a past outage)."""
    d = _holiday_in(name, ref.year)
    if d is not None and d > ref:
        d = _holiday_in(name, ref.year - 1)
    return d


def _date_after_weekday(points: list[TimePoint], wd_end: int, text: str, base: int) -> TimePoint | None:
    """The calendar date written right after a weekday ("Monday 28 August", "Thursday, March 20"), if any."""
    for p in points:
        if p.precision == "day" and 0 <= p.start - wd_end <= 2 and text[wd_end - base:p.start - base] in ("", " ", ", ", ","):
            return p
    return None


_HOUR_WORDS_LOCAL = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
NOON = re.compile(rf"\b(?P<w>noon|midday|midnight)\b(?:\s*\(?\s*(?P<zone>{_ZONE_RE})\b)?", re.I)
# time.v13: the part of the day after the day's name ("just after six on Friday evening", "half past three on Saturday
# morning", "at eight that evening", "about five the next morning")
_DAYPART_AFTER_DAY = (r"(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|that|the\s+(?:next|following|same))"
                      r"\s+(?P<part2>morning|afternoon|evening|night)")
# "at 3 in the afternoon", "at 7 o'clock in the morning"
# ... and an hour in words after a preposition of time: "shortly after seven in the evening, Pacific time", "at ten in
# the morning" (not "one in the morning paper": a preposition of time before it); a zone after a comma is the time's
DAYPART_TIME = re.compile(rf"(?:\b(?P<h>1[0-2]|0?[1-9])(?::(?P<m>[0-5]\d))?|(?<=\bat )(?P<hw>{'|'.join(_HOUR_WORDS_LOCAL)})|"
                          rf"(?:(?<=\bafter )|(?<=\bbefore )|(?<=\baround )|(?<=\babout )|(?<=\buntil )|(?<=\btill )|(?<=\bby )|"
                          rf"(?<=\bsince )|(?<=\bfrom ))(?P<hw2>{'|'.join(_HOUR_WORDS_LOCAL)}))"
                          rf"(?:\s+o['’]clock)?\s+(?:in\s+the\s+(?P<part>morning|afternoon|evening|night)|{_DAYPART_AFTER_DAY})"
                          rf"(?:,?\s*\(?\s*(?P<zone>{_ZONE_RE})\b)?", re.I)


_DAYPART_TIME_WORDS = (" in the morning", " in the afternoon", " in the evening", " in the night", " morning", " afternoon", " evening",
                       " night")
_LENGTH_BEFORE_CLOCK = re.compile(r"\b(?:for|over|lasted|lasting|took|after|nearly|almost|about|some|within|in)\s+$", re.I)
_CLOCK_BEFORE_DASH = re.compile(r"\b(?:[01]?\d|2[0-3]):[0-5]\d\s?-$")


# "half past two in the afternoon, UK time", "a quarter to nine a.m. ET": clock times told in words
_HOUR_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
PAST_TO_TIME = re.compile(
    rf"\b(?:a\s+)?(?P<q>half|quarter|twenty[- ]five|twenty|ten|five)\s+(?P<rel>past|to)\s+(?P<h>1[0-2]|0?[1-9]|{'|'.join(_HOUR_WORDS)})"
    rf"(?:\s+o['’]clock)?(?:\s+in\s+the\s+(?P<part>morning|afternoon|evening|night)|\s+{_DAYPART_AFTER_DAY}|\s*(?P<ampm>[ap]\.?m\.?))?"
    rf"(?:,?\s*\(?\s*(?P<zone>{_ZONE_RE})\b)?", re.I)
_PAST_TO_MINUTES = {"half": 30, "quarter": 15, "twenty-five": 25, "twenty five": 25, "twenty": 20, "ten": 10, "five": 5}
# time.v16: a worded time with no part of the day, closing a range after a clock time ("at ten past seven in the morning
# … until twenty-five past one"): the first reading at or after that time
_RANGE_CLOSERS = re.compile(r"\b(?:until|till|to|and|through)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|"
                            r"just\s+(?:after|before)\s+)?$", re.I)
_PAST_TO_WORDS = tuple(_PAST_TO_MINUTES)


def _past_to_time(m: re.Match) -> tuple[int, int] | None:
    """Hour and minute (24 h) of "half past two in the afternoon"; None without a part of day or am/pm."""
    part, ampm = (m.group("part") or m.group("part2") or "").lower(), (m.group("ampm") or "").lower()
    if not (part or ampm):
        return None
    h, minutes = _past_to_time_in_half(m, "am")
    if ampm.startswith("p") or part in ("afternoon", "evening") or (part == "night" and h >= 6):
        h += 12
    return h, minutes


def find_times(text: str, base: int, lower: str | None = None,
               digits: bool | None = None) -> list[tuple[int, int, int, int, str | None]]:
    """Clock times: (start, end, hour24, minute, zone). A bare number is a time only with am/pm, a colon or a zone.
    `lower`, `digits`: text.lower() and holds_digit(text), when the caller has them."""
    out = []
    has_digit = digits if digits is not None else holds_digit(text)  # all but NOON need a digit
    lower = lower if lower is not None else text.lower()
    for m in NOON.finditer(text) if _may_contain(text, lower, ("noon", "midday", "midnight")) else ():
        out.append((base + m.start(), base + m.end(), 0 if m.group("w").lower() == "midnight" else 12, 0, m.group("zone")))
    worded = []  # "half past two in the afternoon": its hour is no time of its own
    # (the pattern's first word is one of _PAST_TO_MINUTES')
    range_ends = []  # worded times without a part of the day that close a range: read after the others
    for m in PAST_TO_TIME.finditer(text) if _may_contain(text, lower, ("past", " to ")) \
            and _may_contain(text, lower, _PAST_TO_WORDS) else ():
        hm = _past_to_time(m)
        if hm is not None:
            out.append((base + m.start(), base + m.end(), hm[0], hm[1], m.group("zone")))
            worded.append((m.start(), m.end()))
        elif _RANGE_CLOSERS.search(text, max(0, m.start() - 30), m.start()):
            range_ends.append(m)
            worded.append((m.start(), m.end()))
    for m in DAYPART_TIME.finditer(text) if has_digit or _may_contain(text, lower, _DAYPART_TIME_WORDS) else ():
        if any(a <= m.start() < b for a, b in worded):
            continue
        hour = m.group("h") or m.group("hw") or m.group("hw2")
        h = (int(hour) if hour.isdigit() else _HOUR_WORDS_LOCAL.index(hour.lower()) + 1) % 12
        part = (m.group("part") or m.group("part2")).lower()
        if part in ("afternoon", "evening") or (part == "night" and h >= 6):
            h += 12
        out.append((base + m.start(), base + m.end(), h, int(m.group("m") or 0), m.group("zone")))
    iso_spans = []
    for m in ISO_CLOCK.finditer(text) if has_digit else ():
        zone = m.group("zone")
        zone = "UTC" if zone in (None, "Z") else "UTC" + zone  # a bare ISO timestamp is read as UTC
        out.append((base + m.start(), base + m.end(), int(m.group("h")), int(m.group("m")), zone))
        iso_spans.append((m.start(), m.end()))
    for m in TIME.finditer(text) if has_digit else ():
        if any(a <= m.start() < b for a, b in iso_spans) or any(a <= m.start() < b for a, b in worded):
            continue
        h, mi, ampm, zone = int(m.group("h")), m.group("m"), m.group("ampm"), m.group("zone")
        if m.group("sep") == "h" and _LENGTH_BEFORE_CLOCK.search(text, max(0, m.start() - 12), m.start()):
            continue  # "down for 2h30": a length, not a time of day
        if not (mi or ampm or zone):
            continue
        if m.group("sep") == "." and not (ampm or zone):
            continue  # "2.30pm" and "14.30 BST" are times, "3.50" is a number
        if mi is None and not ampm and zone and zone.upper() in ("PT", "ET", "CT", "MT", "Z"):
            continue  # "3 PT" is too weak without am/pm
        if text[max(0, m.start() - 1):m.start()] in ("-", "/", ".", ",") or text[m.end():m.end() + 1] in ("%",):
            if not (mi and _CLOCK_BEFORE_DASH.search(text, 0, m.start())):
                continue  # but "08:14-09:13 UTC" is a window of two clock times
        # a 4-digit year before ":" is not a time; also skip "2025-10-20" remnants
        if mi is None and not ampm and not zone:
            continue
        if ampm:
            pm = ampm.lower().startswith("p")
            if h == 12:
                h = 0 if not pm else 12
            elif pm:
                h += 12
        out.append((base + m.start(), base + m.end(), h, int(mi or 0), zone))
    out.sort()
    for m in range_ends:
        earlier = [t for t in out if t[1] <= base + m.start()]
        if earlier:
            h, minutes = _past_to_time_in_half(m, "am")
            h24 = next((c for c in (h, h + 12) if (c, minutes) >= (earlier[-1][2], earlier[-1][3])), None)
            if h24 is not None:
                out.append((base + m.start(), base + m.end(), h24, minutes, m.group("zone")))
    if range_ends:
        out.sort()
    if (out or _may_contain(text, lower, ("morning", "afternoon", "evening", "night"))) and _may_contain(text, lower, _BARE_HOUR_LEADS):
        out = _bare_hours(text, base, out)
    return out


def _past_to_time_in_half(m: re.Match, ampm: str) -> tuple[int, int]:
    """Hour (0-11 for "am") and minute of a worded time read in the given half of the day."""
    word = m.group("h").lower()
    h = _HOUR_WORDS.index(word) + 1 if word in _HOUR_WORDS else int(word)
    minutes = _PAST_TO_MINUTES[m.group("q").lower().replace(" ", "-")]
    if m.group("rel").lower() == "to":
        h, minutes = h - 1 or 12, 60 - minutes
    return h % 12 + (12 if ampm == "pm" else 0), minutes


# "did not come back until shortly before six", "was back by 9": an hour without am/pm or minutes, after a
# word that makes it a time, in a sentence with an earlier clock time that says which half of the day
_HOUR_WORD_VALUES = {w: i + 1 for i, w in enumerate(_HOUR_WORDS)}
BARE_HOUR = re.compile(r"\b(?:until|till|by|before|after|around|about)\s+(?P<h>1[0-2]|[1-9]|" + "|".join(_HOUR_WORDS) + r")"
                       r"(?:\s+o['’]clock)?(?=\s*(?:[.,;:!?)]|$))", re.I)
_BARE_HOUR_LEADS = ("until", "till", "by", "before", "after", "around", "about")


_PART_OF_DAY_WORD = re.compile(r"\b(?:morning|afternoon|evening|night|tonight)\b", re.I)


def _bare_hours(text: str, base: int, times: list[tuple[int, int, int, int, str | None]]) -> list:
    out = list(times)
    for m in BARE_HOUR.finditer(text):
        s0 = base + m.start("h")
        earlier = [t for t in times if t[1] <= s0]
        if any(t[0] <= s0 < t[1] for t in times):
            continue
        h_raw = m.group("h").lower()
        h = int(h_raw) if h_raw.isdigit() else _HOUR_WORD_VALUES[h_raw]
        if not earlier:
            # no clock time before it: the part of the day named before it in the sentence says which half ("on Monday
            # night, shortly after nine" is 21:00; "early in the morning, until about six" is 06:00)
            part = [p.group(0).lower() for p in _PART_OF_DAY_WORD.finditer(text, 0, m.start())]
            if not part:
                continue
            pm = part[-1] in ("afternoon", "evening") or (part[-1] in ("night", "tonight") and h % 12 >= 6)
            out.append((s0, base + m.end(), h % 12 + (12 if pm else 0), 0, None))
            continue
        prev_h = earlier[-1][2]
        # the first reading of the hour at or after the earlier time ("3:15 p.m. … before six" is 18:00)
        h24 = next((c for c in (h % 12, h % 12 + 12) if c >= prev_h), None)
        if h24 is None:
            continue
        out.append((s0, base + m.end(), h24, 0, None))
    out.sort()
    return out


# every alternative of RELATIVE_TO_CONTEXT holds one of these words ("the day after", "the night before")
_RELATIVE_TO_CONTEXT_WORDS = ("previous", "prior", "preceding", "before", "next", "following", "after", "same")


# What a sentence without digits needs for resolve_points to find anything (each finder's own gate, in
# its words): month, weekday or holiday names as written; relative days; noon/midnight; "the next
# morning"; "half past two"; "three days after", "two weeks ago"; "the night before", "the day after".
_NAMED_DAY_GATE = re.compile(_literals_by_first_character((*_MONTH_NAME_STARTS, *_WEEKDAY_NAMES, *_HOLIDAY_WORDS)))  # as _MONTH_GATE and _holds_any
_DAY_WORD_GATE = re.compile(_literals_by_first_character((*_RELATIVE_DAY_WORDS, "noon", "midday", "midnight", "previous", "prior",
                                                          "preceding", "next", "following", "same day", "same morning",
                                                          "same afternoon", "same evening", "same night",
                                                          # (HOLIDAY is case-blind: "christmas day" in lower case)
                                                          *_HOLIDAY_WORDS_LOWER)))  # on the lower-cased sentence
_ELAPSED_UNITS = ("day", "week", "month", "year")  # ELAPSED_LEAD's and AGO's units
_ELAPSED_LINKS = ("after", "since", "ago")
_RELATIVE_DAY_NOUNS = ("day", "night", "evening")  # RELATIVE_TO_CONTEXT's "the day after", "the night before"


def may_hold_point(text: str, lower: str, digits: bool) -> bool:
    """False only when resolve_points(text, …) surely finds nothing: a cheap test on words the sentence
    has, before any date or time regex (`lower`: text.lower(), `digits`: holds_digit(text))."""
    if digits or not text.isascii():
        return True  # (other scripts: re.I folds a few letters onto ASCII ones)
    if _NAMED_DAY_GATE.search(text) is not None or _DAY_WORD_GATE.search(lower) is not None:
        return True
    if ("past" in lower or " to " in lower) and _holds_any(lower, _PAST_TO_WORDS):
        return True
    if _holds_any(lower, _DAYPART_TIME_WORDS):
        return True  # ("shortly after seven in the evening")
    if _holds_any(lower, _ELAPSED_LINKS) and _holds_any(lower, _ELAPSED_UNITS):
        return True  # (also "the day after")
    return "before" in lower and _holds_any(lower, _RELATIVE_DAY_NOUNS)


# time.v17: the words that join a range's two ends ("… 13 January and 08:20 …", "… to 08:20")
_RANGE_JOINT = re.compile(r"\s*,?\s*(?:and|to|until|till|through|[-–—])\s*", re.I)
# between a clock time and the date it falls on, a weekday naming that date: "00:23 UTC on Thursday, January 28"
_WEEKDAY_BETWEEN = re.compile(r"\s*,?\s*(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+(?:the\s+)?")
# between a clock time and its date, the part of the day: "9:15 on the morning of October 3", "7:30 of the morning of 3 October"
_DAYPART_OF_BETWEEN = re.compile(r"\s*,?\s*(?:in|on|of)\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+(?:the\s+)?", re.I)


# a clock time that says its half of the day: "9:20 a.m.", "9pm", "07:05", "21:40"
_HALF_OF_DAY_KNOWN = re.compile(r"[ap]\.?m\b|\b(?:[01]\d|2[0-3])[:.]\d\d", re.I)
_OTHER_CLOCK_BETWEEN = re.compile(r"[()\[\];]|\blocal\b|\btime\b", re.I)


def _borrow_later_zone(times: list, text: str, base: int) -> None:
    """"was lost at 9:20 a.m. and restored at 11:50 a.m. ET": a clock time without a zone takes the zone a later
    clock time of its sentence names, when the sentence names one zone only and nothing between them sets another
    clock ("9 a.m. local time (14:00 UTC)" keeps its own)."""
    zones = {t[4] for t in times if t[4] is not None}
    if len(zones) != 1 or all(t[4] is not None for t in times):
        return
    zone = next(iter(zones))
    for i in range(len(times) - 1):
        ts, te, h, mi, z = times[i]
        if z is not None or not _HALF_OF_DAY_KNOWN.search(text, ts - base, te - base):
            continue  # ("at 2:30, … around 4:12 p.m. Eastern": which 2:30 is not told)
        later = next((j for j in range(i + 1, len(times)) if times[j][4] is not None), None)
        if later is None or times[later][0] - te > 120:
            continue
        if not _OTHER_CLOCK_BETWEEN.search(text, te - base, times[later][0] - base) \
                and not _OTHER_CLOCK_BETWEEN.search(text, te - base, min(len(text), te - base + 12)):
            times[i] = (ts, te, h, mi, zone)


_RETROSPECT_DAYS = (7, 60)  # a day in force this many days before the writing makes the text a retrospective


def narrative_anchor(context_day: date | None, ref: date) -> date | None:
    """The day in force, where it lies one to about eight weeks before the day of writing: the text tells that
    week's story, so its bare weekdays are counted from it. (Older days are earlier incidents recalled, not the
    story's week.)"""
    if context_day is None:
        return None
    return context_day if _RETROSPECT_DAYS[0] <= (ref - context_day).days <= _RETROSPECT_DAYS[1] else None


def resolve_points(text: str, base: int, ref: date, context_day: date | None, context_zone: str | None,
                   lower: str | None = None, digits: bool | None = None) -> list[TimePoint]:
    """Dates and times of one sentence combined into points; a time borrows the nearest date in the
    sentence, else the date in force from earlier sentences, else the publication date. `lower`,
    `digits`: text.lower() and holds_digit(text), when the caller has them (asked once per sentence)."""
    if lower is None:
        lower = text.lower()
    if digits is None:
        digits = holds_digit(text)
    dates = find_dates(text, base, ref, lower, digits, narrative_anchor(context_day, ref))
    if context_day is not None and "that " in text:
        _that_weekday(dates, text, base, context_day)
    if "the " in lower and _may_contain(text, lower, _WEEKDAY_FROM_CONTEXT_WORDS) and _holds_any(text, _WEEKDAY_NAMES):
        _weekdays_from_context(dates, text, base, context_day)
    times = find_times(text, base, lower, digits)
    points: list[TimePoint] = []
    used_dates: set[int] = set()
    # Each calendar date attaches to the clock time nearest to it (one time per date).
    owner: dict[int, TimePoint] = {}
    pairs = sorted(
        # (a day named inside the time's words is its own: "half past three on Saturday morning")
        (-1 if ts <= d.start and d.end <= te else min(abs(d.start - te), abs(ts - d.end)), d.end <= ts, di, ti)
        for di, d in enumerate(dates) if d.precision == "day"
        for ti, (ts, te, *_rest) in enumerate(times)
    )
    taken_dates: set[int] = set()
    for gap, date_first, di, ti in pairs:
        # "11:48 PM PDT on October 19" (close after) or "On June 10, 2025, starting at 06:03 UTC" (before)
        near = gap <= (40 if date_first else 12) or (
            not date_first and gap <= 30 and (_WEEKDAY_BETWEEN.fullmatch(text, times[ti][1] - base, dates[di].start - base) is not None
                                              or _DAYPART_OF_BETWEEN.fullmatch(text, times[ti][1] - base, dates[di].start - base) is not None))
        if near and date_first and _RANGE_JOINT.fullmatch(text, dates[di].end - base, times[ti][0] - base):
            near = False  # time.v17: "17:50 on Monday 13 January and 08:20 on …": the date closes the range's first end
        if near and ti not in owner and di not in taken_dates:
            owner[ti] = dates[di]
            taken_dates.add(di)
    # "between 06:48 and 09:12 UTC on Oct. 3": the first time of a range borrows zone and date from the second.
    times = list(times)
    borrowed: set[int] = set()
    for i in range(len(times) - 2, -1, -1):
        ts, te, h, mi, zone = times[i]
        nts, nte, _, _, nzone = times[i + 1]
        if RANGE_SEP.fullmatch(text[te - base:nts - base]):
            if zone is None and nzone is not None:
                times[i] = (ts, te, h, mi, nzone)
            if i not in owner and i + 1 in owner:
                owner[i] = owner[i + 1]
                borrowed.add(i)
    _borrow_later_zone(times, text, base)
    day_in_force, zone_in_force = context_day, context_zone
    relative = [(m.start() + base, m.end() + base, -1 if (m.group("back") or m.group("back2")) else 0 if m.group("same") else 1)
                for m in RELATIVE_TO_CONTEXT.finditer(text)] if _may_contain(text, lower, _RELATIVE_TO_CONTEXT_WORDS) else []
    relative_used: set[int] = set()
    for i, (ts, te, h, mi, zone) in enumerate(times):
        d_point = owner.get(i)
        if d_point is None:
            # "Last Wednesday's outage … between 16:14 and 16:52 UTC": the day named earlier in the sentence
            earlier = [d for d in dates if d.precision == "day" and d.end <= ts and d.when is not None]
            if earlier:
                day_in_force = earlier[-1].when.date()
        guessed = day_in_force is None
        day = d_point.when.date() if d_point else (day_in_force or ref)
        shift = next(((ri, r) for ri, r in enumerate(relative) if 0 <= r[0] - te <= 12), None)
        if d_point is None and shift is not None:
            relative_used.add(shift[0])
            day = day + timedelta(days=shift[1][2])
            te = shift[1][1]
        zone = zone or zone_in_force
        day_in_force, zone_in_force = day, zone
        offset = _zone_offset(zone, day)
        local = datetime(day.year, day.month, day.day, h, mi)
        if d_point:
            used_dates.add(id(d_point))
        own = d_point is not None and i not in borrowed
        s = min(ts, d_point.start) if own else ts
        e = max(te, d_point.end) if own else te
        if offset is None:
            # No zone anywhere: we cannot normalise to UTC honestly, so keep the day only.
            points.append(TimePoint(s, e, day.isoformat(), "day", datetime(day.year, day.month, day.day, tzinfo=timezone.utc),
                                    day_guessed=d_point is None and shift is None and guessed,  # (its day assumed, not told)
                                    clock=(h, mi)))
            continue
        utc = (local - timedelta(hours=offset)).replace(tzinfo=timezone.utc)
        points.append(TimePoint(s, e, utc.strftime("%Y-%m-%dT%H:%M:00Z"), "minute", utc, has_time=True,
                                dated=d_point is not None or shift is not None, zone=zone, local_day=day,
                                day_guessed=d_point is None and shift is None and guessed,
                                weekday=d_point is not None and d_point.weekday))
    # "began at 10 p.m. and was fixed at 2 a.m.", "from the afternoon … not cleared until around midnight": an
    # undated clock time before the one told just before it on the same day is on the next day
    # (only a time told as the end: "until", "till", "by" just before it, or a recovery between; not "1:35 p.m. — down
    # since 1 p.m."; and only after a time with no date either: "to 22:00 UTC on July 19, though most were back by
    # 02:00 UTC" is earlier that day)
    for prev, pt in zip(points, points[1:]):
        if pt.has_time and prev.has_time and not pt.dated and not prev.dated and pt.local_day == prev.local_day and pt.when < prev.when and (
                _END_LEAD.search(text, max(0, pt.start - base - 40), pt.start - base)
                or _RECOVERED.search(text, prev.end - base, pt.start - base)):
            pt.shift_days(1)
    points.extend(_relative_days(relative, relative_used, dates, points, day_in_force if times else context_day))
    for d in dates:
        if id(d) not in used_dates and not any(p.start <= d.start < p.end for p in points):
            points.append(d)
    points.sort(key=lambda p: p.start)
    return points


_THAT_WEEKDAY = re.compile(r"\bthat\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _that_weekday(dates: list[TimePoint], text: str, base: int, context_day: date) -> None:
    """"unusable for hours that Thursday afternoon": "that" points back to the day the text speaks of
    when it is that weekday, not the last such weekday before publication."""
    for m in _THAT_WEEKDAY.finditer(text):
        if WEEKDAYS[m.group("wd").lower()] != context_day.weekday():
            continue
        for d in dates:
            if d.precision == "day" and d.start <= base + m.start("wd") < d.end:
                d.iso, d.when = context_day.isoformat(), datetime(context_day.year, context_day.month, context_day.day, tzinfo=timezone.utc)


# a weekday counted from the day the text speaks of, not from the day of writing: "It was the following Thursday before
# every service was back", "the next Monday", "the previous Sunday" (the first such weekday after, or before, that day)
_WEEKDAY_FROM_CONTEXT = re.compile(r"\bthe\s+(?:(?P<fwd>following|next|ensuing)|(?P<back>previous|preceding|prior))\s+"
                                   r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!['’]s\b)", re.I)
_WEEKDAY_FROM_CONTEXT_WORDS = ("following", "next", "ensuing", "previous", "preceding", "prior")


def _weekdays_from_context(dates: list[TimePoint], text: str, base: int, context_day: date | None) -> None:
    """Adds to `dates` the weekdays counted from the day last named before them in the sentence, else from the day in
    force (`context_day`); none when no day is known ("the following Thursday" alone says nothing of when)."""
    for m in _WEEKDAY_FROM_CONTEXT.finditer(text):
        earlier = [d for d in dates if d.precision == "day" and d.when is not None and d.end <= base + m.start()]
        anchor = max(earlier, key=lambda d: d.end).when.date() if earlier else context_day
        if anchor is None:
            continue
        wd = WEEKDAYS[m.group("wd").lower()]
        step = ((wd - anchor.weekday()) % 7 or 7) if m.group("fwd") else -((anchor.weekday() - wd) % 7 or 7)
        d = anchor + timedelta(days=step)
        dates.append(TimePoint(base + m.start(), base + m.end(), d.isoformat(), "day", datetime(d.year, d.month, d.day, tzinfo=timezone.utc)))
    dates.sort(key=lambda p: p.start)


def _relative_days(relative: list[tuple[int, int, int]], used: set[int], dates: list[TimePoint],
                   points: list[TimePoint], day_in_force: date | None) -> list[TimePoint]:
    """"…not clearing until early the next morning": a day one before or after the day last named in
    the sentence (else the day the text was speaking of); nothing when no day is in force."""
    out = []
    for ri, (rs, re_, step) in enumerate(relative):
        if ri in used:
            continue
        earlier = [p for p in (*dates, *points) if p.when is not None and p.precision in ("day", "minute") and p.end <= rs]
        if step == 0 and not earlier and any(p.end <= rs and p.precision in ("month", "year") for p in dates):
            continue  # "In July 2024 … the same night": the same as a day the sentence does not name
        anchor = max(earlier, key=lambda p: p.end).when.date() if earlier else day_in_force
        if anchor is None:
            continue
        d = anchor + timedelta(days=step)
        out.append(TimePoint(rs, re_, d.isoformat(), "day", datetime(d.year, d.month, d.day, tzinfo=timezone.utc)))
    return out


def find_ranges(text: str, base: int, points: list[TimePoint]) -> list[TimeRange]:
    """"from X to Y" / "between X and Y" / "X–Y": an end that lacks a date takes the start's, and rolls
    over midnight when it would otherwise come before the start."""
    ranges = []
    # (clock times with a zone, or both without one: clock_hours)
    timed = [p for p in points if p.has_time or p.clock is not None]
    for a, b in zip(timed, timed[1:]):
        if a.has_time != b.has_time:
            continue
        between = text[a.end - base:b.start - base]
        # the cue may sit inside the first point ("on Wednesday afternoon, from 2:25 p.m. to 4:12 p.m.")
        before = text[max(0, a.start - base - 40):a.end - base]
        if not RANGE_SEP.fullmatch(between) and not re.fullmatch(r"\s*(?:[A-Z][a-z]+ \d{1,2},?\s*)?(?:to|until|and)\s*", between):
            continue
        if not (RANGE_CUE.search(before) or re.fullmatch(r"\s*(?:[-–—]|until|till|through)\s*", between, re.I)
                or _RANGE_LABEL.search(text, max(0, a.start - base - 45), a.start - base)):
            continue
        end = b
        if a.has_time and b.when and a.when and b.when < a.when:
            rolled = b.when + timedelta(days=1)
            end = TimePoint(b.start, b.end, rolled.strftime("%Y-%m-%dT%H:%M:00Z"), "minute", rolled, True,
                            zone=b.zone, local_day=b.local_day + timedelta(days=1) if b.local_day else None)
        ranges.append(TimeRange(a.start, b.end, a, end))
    return ranges


# A part of a day as one end of a window: "shortly after lunch", "late in the evening", "mid-afternoon",
# "the early afternoon", "early morning", "before dawn"
DAYPART = re.compile(r"\b(?:(?:shortly|just|soon|right|well)\s+)?(?:(?:after|before)\s+)?(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?"
                     r"(?:in\s+the\s+|that\s+|the\s+same\s+)?(?:morning|afternoon|evening|night|lunch(?:time)?|dawn|daybreak|breakfast|midday)\b"
                     # a point of the day named by its place in it: "from the start of the day until the middle of the
                     # afternoon", "by the close of the business day", "until the end of the evening"
                     r"|\b(?:the\s+)?(?:start|beginning|middle|end|close)\s+of\s+(?:the\s+)?(?:(?:business|working|trading)\s+)?"
                     r"(?:day|morning|afternoon|evening|night)\b", re.I)
# a part of a day on its own, after a word that makes it an end or a start: "fixed it by mid-afternoon",
# "did not recover until late that night", "seems to have started early in the afternoon"
_DAYPART_LEAD = re.compile(r"\b(?P<end>until|till|by)\s+$|\b(?:began|begun|started|starting|beginning|since)\s+$|"
                           # (a word of recovery, any tense: "were restored in the late afternoon", "was back that evening")
                           r"\b(?P<recovered>restored|recovered|resolved|fixed|mitigated|repaired|reopened|resumed|returned|"
                           # (the class completed: "the ground stop was lifted late that night", "the errors subsided in the
                           # afternoon", "service was reinstated that evening")
                           r"lifted|ended|cleared|eased|subsided|abated|reinstated|reconnected|rectified|remedied|normali[sz]ed|"
                           r"stabili[sz]ed|re-?established|came\s+back|come\s+back|"
                           r"back(?:\s+(?:up|online|to\s+normal))?|again|normally)\s+(?:(?:later\s+)?in\s+|during\s+)?$", re.I)
# "from X until Y", "between X and Y", "from X into Y": a window; the words between its two ends
_APPROX = r"(?:(?:about|around|roughly|approximately|just|shortly|soon|right|early|late|sometime)\s+|(?:after|before|on)\s+){0,3}"
_WINDOW_OPEN = re.compile(rf"\b(?:from|between)\s+{_APPROX}$", re.I)
_WINDOW_SEP = re.compile(rf"\s*,?\s*(?:(?:until|till|to|and|into|through)\s+|[-–—]\s*){_APPROX}", re.I)  # ("December 21-29")
_OF_DATE = re.compile(r"\s+(?:of|on)\s+$")
_OPENS_WITH_FROM = re.compile(r"(?:from|between)\b", re.I)


def find_word_windows(text: str, base: int, points: list[TimePoint], day: date | None) -> list[TimeRange]:
    """Windows with at least one end in words, or with ends that are days or months ("from shortly
    after lunch until late in the evening", "from just after 4 a.m. until mid-afternoon", "between
    early August and early September", "from early on June 10 to early on June 11"). A part of a day
    is a point of day precision: the day of the window's other end, of a date it is "of" ("the
    afternoon of July 5"), else `day` (the day in force). Windows of two clock times are find_ranges'."""
    items: list[TimePoint] = list(points)
    ends = {id(p): p.end for p in points}  # a day's end, stretched over a part of the day after it
    for m in _dayparts_in(text):
        s0, e0 = base + m.start(), base + m.end()
        if any(p.start < e0 and s0 < p.end for p in points):
            continue  # part of a point already ("Thursday afternoon", "3 in the afternoon")
        day_before = next((p for p in points if p.precision == "day" and not p.has_time and 0 <= s0 - p.end <= 1), None)
        if day_before is not None:
            ends[id(day_before)] = e0  # "from Tuesday evening": the part of that day
            continue
        items.append(TimePoint(s0, e0, "", "day", None, dated=False))
    items.sort(key=lambda p: p.start)
    windows = []
    for i, a in enumerate(items[:-1]):
        if not (_WINDOW_OPEN.search(text[max(0, a.start - base - 25):a.start - base])
                or _OPENS_WITH_FROM.match(text, a.start - base)):  # ("from Tuesday" is one point)
            continue
        b = items[i + 1]
        if not _WINDOW_SEP.fullmatch(text[ends.get(id(a), a.end) - base:b.start - base]) or (a.has_time and b.has_time):
            continue
        follow = items[i + 2] if i + 2 < len(items) else None
        b_day = follow.day if (b.iso == "" and follow is not None and follow.day is not None
                               and _OF_DATE.fullmatch(text[b.end - base:follow.start - base] + " ")) else None
        a_day = a.day or b_day or (b.day if b.iso else None) or day
        for pt, d in ((a, a_day), (b, b_day or a.day or a_day)):
            if pt.iso == "" and d is not None:
                pt.iso, pt.when, pt.local_day = d.isoformat(), datetime(d.year, d.month, d.day, tzinfo=timezone.utc), d
        if a.iso and b.iso:
            windows.append(TimeRange(a.start, b.end, a, b))
    return windows


def find_dayparts(text: str, base: int, points: list[TimePoint], day: date | None) -> list[TimePoint]:
    """Parts of a day told as when the outage ended or began, on the day in force (day precision):
    "until late that night", "by mid-afternoon", "started early in the afternoon". Not those inside a
    point ("Thursday afternoon") or a "from … until" window (find_word_windows)."""
    if day is None:
        return []
    out = []
    for m in _dayparts_in(text):
        s0, e0 = base + m.start(), base + m.end()
        lead = _DAYPART_LEAD.search(text[max(0, m.start() - 30):m.start()])
        if lead is None or any(p.start < e0 and s0 < p.end for p in points):
            continue
        if lead.group("end") is None and lead.group("recovered") is None and _WINDOW_SEP.match(text, m.end()):
            continue  # "started early in the morning and …": a window's first end is find_word_windows'
        out.append(TimePoint(s0, e0, day.isoformat(), "day", datetime(day.year, day.month, day.day, tzinfo=timezone.utc),
                             local_day=day, day_guessed=True))
    return out


# time.v16: "six and a quarter hours", "two and three quarters days" as well as "and a half"
_AND_A_PART = re.compile(r"and[\s-]+(?P<part>a[\s-]+half|a[\s-]+quarter|three[\s-]+quarters)|\s1/2", re.I)
_PART_VALUES = {"a half": 0.5, "a quarter": 0.25, "three quarters": 0.75}
# "N units of X" is the outage's length only when X is the failure or a word referring to it ("six hours of
# downtime", "two days of patchy service", "three hours of it"); else an amount of something else
_OF_SOMETHING_ELSE = re.compile(
    r"\s+of\s+(?!(?:downtime|outages?|disruptions?|trouble|problems?|errors?|failures?|instability|interruptions?|chaos|"
    r"delays?|disarray|darkness|silence|uncertainty|misery|frustration|patchy|intermittent|degraded|disrupted|broken|spotty|"
    r"limited|reduced|no\b|partial|the\b|its\b|their\b|it\b|this\b|that\b|these\b|those\b|which\b|what\b))[a-z]", re.I)


# A number then a unit: what DURATION needs, tested before its large number-word alternation
_DURATION_UNIT = re.compile(r"[\s-](?:hours?|hrs?|minutes?|mins?|days?|weeks?|fortnights?|months?|seconds?)\b", re.I)
_DURATION_GATE = CaselessTest(re.compile(r"\dh\b|hour|minute|\bmins?\b|\bhrs?\b|day|week|month|second|brief|short|momentar|prolong|extended|lengthy|long|multi|morning|afternoon|evening|night|well into|lunch", re.I))


# _DURATION_GATE's alternatives that are plain words: found by substring on ASCII text
_DURATION_WORDS = ("hour", "minute", "day", "week", "month", "second", "brief", "short", "momentar", "prolong", "extended",
                   "lengthy", "long", "multi", "morning", "afternoon", "evening", "night", "well into", "lunch")


def _may_hold_duration(text: str, lower: str, digits: bool) -> bool:
    """The same answer as _DURATION_GATE, from substrings where they suffice (`lower`: text.lower(),
    `digits`: holds_digit(text))."""
    if not text.isascii():
        return _DURATION_GATE(text)
    for w in _DURATION_WORDS:
        if w in lower:
            return True
    # the rest of the pattern: \bmins?\b, \bhrs?\b, \dh\b (none of its words is in the text: they alone can match, and
    # alone, in a short pattern, they are soon tried; on ASCII text _DURATION_GATE runs in ASCII mode on `lower` too)
    return ("min" in lower or "hr" in lower or digits) and _DURATION_REST.search(lower) is not None


_DURATION_REST = re.compile(r"\dh\b|\bmins?\b|\bhrs?\b", re.A)


# "six hours later", "two days on": time elapsed since something the sentence named
_LATER = re.compile(r"^\s*(?:later\b|on\s*[,.;])", re.I)
_NOT_A_SPAN_NOUN = re.compile(r"\s+(?:statement|post|blog post|note|comment|remarks?|message|update|summary|interview|reply|"
                              r"response|explanation|description|mention|look|answer|email|tweet)\b", re.I)
# a short event of the power, cooling or load behind an outage: "a brief loss of power", "a brief disruption
# to its power supply", "a momentary voltage dip", "a short spike in traffic"
_OF_A_CAUSE = re.compile(r"\s+(?:(?:[\w-]+\s+){0,2}?(?:of|to|in)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:main\s+|primary\s+|utility\s+|mains\s+)?)?"
                         r"(?:power|electricity|electrical|voltage|cooling|traffic|load|demand)\b", re.I)
_STILL = re.compile(r"\bstill\b", re.I)
_COPULA_SHORT = re.compile(r"(?:was|were|been|is|be)\s", re.I)
_SPAN_SUBJECT = re.compile(r"\b(?:outages?|disruptions?|downtime|interruptions?|failures?|blackouts?|incidents?|breaks?|"
                           r"stoppages?|suspensions?|shutdowns?|slowdowns?|problems?|issues?|troubles?|glitch(?:es)?|"
                           r"impact|degradation|delays?|errors?|hiccups?|wobbles?|events?|episodes?|it|this|that|they|which)\b", re.I)


def _clause_before(text: str, end: int) -> str:
    """Up to eighty characters before `end`, back to the last semicolon, colon or full stop (an aside between commas
    stays: "The disruption, which hit mobile users, was short")."""
    start = max(text.rfind(mark, 0, end) for mark in (";", ":", ". "))
    return text[max(start + 1, end - 80):end]
# the subject of "is short" is a text about the outage, not the outage: "X's review of the failure is short"
_DOCUMENT_SUBJECT = re.compile(r"\b(?:review|account|post-?mortem|report|statement|post|write-?up|summary|explanation|"
                               r"analysis|update|note|letter|blog|"
                               # what someone wrote or said: "the instruction was short", "his reply is short"
                               r"instructions?|request|message|prompt|reply|answer|e-?mail|memo|text|tweet|comment|speech|"
                               r"apology|response|notice|briefing|question|list|command|order|description|document|interview)\b"
                               r"(?:\s+(?:of|to|about|on|from|for|during)\b[^,;]*)?\s*$", re.I)
# ("About nine hours later the search engine stopped working": "working" after a verb of stopping is the failure)
_RECOVERY = re.compile(r"\b(?:over|restored|recovered|back|(?<!stopped )(?<!stop )(?<!stops )(?<!ceased )(?<!quit )(?<!not )working|"
                       r"resolved|normal|fixed|mitigated|still|healthy)\b", re.I)


def _for_lower_case(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A case-insensitive ASCII pattern as a case-sensitive one for lower-cased ASCII text: the same
    matches at the same offsets, about three times faster (see CaselessTest). Other characters of the
    pattern may only be uncased ones ("’"), which re.I folds onto no ASCII letter."""
    source = pattern.pattern
    uncased_or_ascii = all(c.isascii() or c.lower() == c == c.upper() for c in source)
    if not (pattern.flags & re.I and uncased_or_ascii) or re.search(r"\\[A-Z]|\(\?P[^<]", source):
        raise ValueError(f"not an ASCII case-insensitive pattern without upper-case escapes: {source!r}")
    return re.compile(source.lower().replace("(?p<", "(?P<"), pattern.flags & ~re.I)


# DURATION and QUALITATIVE are the two costly scans; on ASCII text they run on the lower-cased sentence
# (RELATIVE_DAY too: find_dates has the lower-cased sentence at hand)
_DURATION_LOWER = _for_lower_case(DURATION)
_RELATIVE_DAY_LOWER = _for_lower_case(RELATIVE_DAY)
_HAS_RECOVERY = CaselessTest(_RECOVERY)
_QUALITATIVE_LOWER = _for_lower_case(QUALITATIVE)
# (and the tests on each figure's unit and on the words before it)
_DURATION_UNIT_LOWER = _for_lower_case(_DURATION_UNIT)
_NOT_LENGTH_BEFORE_LOWER = _for_lower_case(_NOT_LENGTH_BEFORE)
_DAYPART_LOWER = _for_lower_case(DAYPART)


def _dayparts_in(text: str):
    """DAYPART's matches in `text`, of which only the offsets are read: on ASCII text those of the lower-cased
    pattern in the lower-cased text (the same places, found sooner)."""
    return _DAYPART_LOWER.finditer(text.lower()) if text.isascii() else DAYPART.finditer(text)


_OF_AFTER = re.compile(r"\s+of\b")
_THE_PERIOD_AFTER = re.compile(r"\s+(?:after|since|following)\b", re.I)
_IN_THE = re.compile(r"\b(?:in|during|over|within)\s+the\s+$", re.I)
# a compound "N-unit" before a noun that is not the outage or a word for it: "a 30-day free trial", "a four-hour
# response time", "a 48-hour sales event" (not "a 15-hour AWS outage", "a nine-hour ordeal", "a 90-minute delay")
_NEXT_WORD = re.compile(r"\s+(?P<w>[A-Za-z][\w'’-]*)")
_NOT_A_HEAD = frozenset(("of", "and", "or", "after", "before", "ago", "later", "on", "in", "at", "for", "to", "when", "while",
                         "as", "but", "that", "which", "earlier", "long", "straight", "running", "old"))
_OUTAGE_HEAD = re.compile(r"^(?:\s+[\w.&'’-]+){0,2}?\s+(?:outages?|disruptions?|downtime|blackouts?|failures?|crash(?:es)?|incidents?|"
                          r"shutdowns?|stoppages?|halts?|freezes?|interruptions?|meltdowns?|collapses?|ordeals?|sagas?|episodes?|"
                          r"glitch(?:es)?|problems?|troubles?|issues?|hiccups?|delays?|slowdowns?|breaks?|gaps?|"
                          r"degradations?|lockouts?|blackout|standstill|gridlock|waits?|stretch|period|span|spell|stint|window|"
                          # the recovery from it and words for the mess: "a two-day recovery", "a week-long clean-up", "a
                          # three-day fiasco"
                          r"recover(?:y|ies)|restorations?|repairs?|clean-?ups?|rebuilds?|struggles?|scrambles?|nightmares?|"
                          r"fiascos?|debacles?|chaos|mess|headaches?)\b", re.I)


def _attributive_other(text: str, end: int) -> bool:
    """Whether a compound figure ("30-day") ending at `end` modifies a noun other than the outage."""
    nxt = _NEXT_WORD.match(text, end)
    if nxt is None or nxt.group("w").lower() in _NOT_A_HEAD:
        return False
    return _OUTAGE_HEAD.match(text[end:end + 60]) is None
_PERIOD_WHEN = re.compile(r"\s+(?:when|in which|during which|that saw)\b", re.I)
# ("on a day when many were being paid", "hello from a week in which …": a period named by its relative clause)
_IN_A_PERIOD = re.compile(r"\b(?:in|during|at|on|from)\s+$", re.I)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|by)\s+$", re.I)
# "extended"/"prolonged" as a verb: after an auxiliary or a relative, or before its object
_VERB_OF_LENGTHENING = re.compile(r"(?:extended|prolonged)$", re.I)
_AUXILIARY_BEFORE = re.compile(r"\b(?:has|have|had|will|would|which|that|it|they|we)\s+(?:\w+ly\s+)?$", re.I)
_OBJECT_AFTER = re.compile(r"\s+(?:the|its|their|his|her|our|a|an|this|that|it|them)\b", re.I)
_END_LEAD = re.compile(r"\b(?:until|till|through|by)\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|nearly\s+|almost\s+|"
                       r"(?:shortly|just|soon|a\s+little)\s+(?:after|before)\s+)?$", re.I)


def _not_length_after(text: str, start: int, end: int) -> bool:
    """Whether the words after a figure make it no length ("two days ago", "a week earlier", "an hour
    before the update"); "for nine hours before engineers restored it" is one (a verb of lasting before
    the figure, and what comes after "before" is not the outage)."""
    after = _NOT_LENGTH_AFTER.match(text[end:end + 20])
    if after is None:
        # (the unit is the figure's last word: "fortnights" is ten letters)
        return _POSSESSIVE_OF_AMOUNT.match(text, end) is not None and _AMOUNT_OF_A_PERIOD.search(text[max(0, end - 16):end]) is not None
    word = after.group(0).strip().lower()
    if word == "on":
        # "Five days on, it is still down": time so far into trouble still going stays a claim (time.v14); "Five months
        # on, the review has not appeared": time since, no length
        clause = re.split(r"[;.:]", text[end:end + 80], maxsplit=1)[0]
        return _STILL.search(clause) is None
    if word != "before":
        return True
    return not _LENGTH_LEAD.search(text[max(0, start - 30):start]) or bool(_BEFORE_THE_OUTAGE.match(text[end:end + 60]))


def find_durations(text: str, base: int, lower: str | None = None, digits: bool | None = None) -> list[Duration]:
    """Durations in a sentence. "Six hours later" counts only when the sentence speaks of recovery or
    of the outage still going ("…some services were still not working"), not "two days later the
    company apologised". `lower`, `digits`: text.lower() and holds_digit(text), when the caller has them."""
    out: list[Duration] = []
    if lower is None:
        lower = text.lower()
    if digits is None:
        digits = holds_digit(text)
    if not _may_hold_duration(text, lower, digits):
        return out  # no unit or length word: skip the large number-word pattern

    def later_ok() -> bool:  # asked only of a figure followed by "later" (rare): not read up front
        return _HAS_RECOVERY(text, lower)

    # the small patterns below run only where their key word occurs
    for m in FULL_SPAN.finditer(text) if _may_contain(text, lower, ("full", "whole", "entire")) else ():
        out.append(Duration(base + m.start(), base + m.end(), m.group(0), _unit_hours(m.group("unit"))))
    spans: list[tuple[int, int]] = []
    spans.extend((d.start - base, d.end - base) for d in out)
    for m in COMPACT.finditer(text) if digits else ():
        hours = float(m.group("h")) + (int(m.group("m")) / 60 if m.group("m") else 0)
        out.append(Duration(base + m.start(), base + m.end(), m.group(0), round(hours, 3)))
        spans.append((m.start(), m.end()))
    for m in WITHIN_THE_HOUR.finditer(text) if _may_contain(text, lower, ("within",)) else ():
        out.append(Duration(base + m.start(), base + m.end(), m.group(0), _unit_hours(m.group("unit"))))
        spans.append((m.start(), m.end()))
    for m in HOUR_AND_HALF.finditer(text) if _may_contain(text, lower, ("hour",)) else ():
        if _LATER.match(text[m.end():m.end() + 10]) and not later_ok():
            continue  # "about a quarter of an hour later said it had found the issue"
        if m.group("part"):
            hours = _HOUR_PARTS[re.sub(r"[\s-]+", " ", m.group("part").lower())]
        elif m.group("m") is not None:
            hours = 1 + int(m.group("m")) / 60
        else:
            hours = 1.5 if m.group("frac").lower() == "half" else 1.25
        out.append(Duration(base + m.start(), base + m.end(), m.group(0), round(hours, 3)))
        spans.append((m.start(), m.end()))
    for m in HALF_A_UNIT.finditer(text) if _may_contain(text, lower, ("half",)) else ():
        out.append(Duration(base + m.start(), base + m.end(), m.group(0), 0.5 * _unit_hours(m.group("unit"))))
        spans.append((m.start(), m.end()))
    # quotes are cut from `text`: a match on the lower-cased text has the same offsets
    ascii_text = text.isascii()
    duration_rx, duration_on = (_DURATION_LOWER, lower) if ascii_text else (DURATION, text)
    has_unit = (_DURATION_UNIT_LOWER.search(lower) if ascii_text else _DURATION_UNIT.search(text)) is not None
    for m in duration_rx.finditer(duration_on) if has_unit else ():
        if any(s <= m.start() < e for s, e in spans):
            continue
        value = _num(m.group("num"), m.group("word"))
        if value is None:
            continue
        if value == 1 and m.group("word") and m.group("unit").lower().endswith("s"):
            continue  # "an hours-long outage": "an" belongs to the compound, no figure
        before_on = (lower if ascii_text else text)[max(0, m.start() - 60):m.start()]
        if (_NOT_LENGTH_BEFORE_LOWER if ascii_text else _NOT_LENGTH_BEFORE).search(before_on) or _not_length_after(text, m.start(), m.end()):
            continue
        if _PERIOD_WHEN.match(text, m.end()) and _IN_A_PERIOD.search(text, max(0, m.start() - 10), m.start()):
            continue  # "landed in a month when agent tools were everywhere": a period named, not a length
        if value == 1 and m.group("word") and _SHARE_OF_BEFORE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        if _THE_PERIOD_AFTER.match(text, m.end()) and _IN_THE.search(text, max(0, m.start() - 12), m.start()):
            continue  # "shares fell 3% in the two days after the outage": a period after it, not its length
        if m.group(0)[m.start("unit") - m.start() - 1] == "-" and _attributive_other(text, m.end()):
            continue  # "a 30-day free trial", "a 72-hour notification rule": the length of something else
        if _AFTER.match(text[m.end():]) and not _FROM_ONSET.match(text[m.end():m.end() + 80]) \
                and not (_FROM_EVENT.match(text[m.end():m.end() + 80]) and _GOES_ON.search(text)) \
                and not _LENGTH_LEAD.search(text[max(0, m.start() - 30):m.start()]) \
                and not (_FROM_FAILURE.match(text[m.end():m.end() + 90]) and (_RECOVERED.search(text) or _GOES_ON.search(text))):
            # ("Three days after the agency pulled its portal offline, filers were still locked out": from the failure
            # to a time it still went on)
            continue  # "two days after the launch", but "congested for four hours after a change" is a length
        later = _LATER.match(text[m.end():m.end() + 10])
        if later and not (later_ok() if later.group(0).strip().lower() == "later" else _STILL.search(text)):
            continue
        part = _AND_A_PART.search(m.group(0))
        if part:
            value += _PART_VALUES[re.sub(r"[\s-]+", " ", part.group("part").lower())] if part.group("part") else 0.5
        if m.group("more") and _OF_AFTER.match(text[m.end():m.end() + 5]):
            continue  # "five extra days of PlayStation Plus": an amount of something, not time to come
        if _OF_SOMETHING_ELSE.match(text, m.end()):
            continue  # "cost a day of sales", "three hours of work": an amount of something else, not a length
        hours = value * _unit_hours(m.group("unit"))
        v2 = _num(m.group("num2"), m.group("word2"))
        if v2 is not None and m.group("unit2"):
            hours += v2 * _unit_hours(m.group("unit2"))
        out.append(Duration(base + m.start(), base + m.end(), text[m.start():m.end()], round(hours, 3), remaining=bool(m.group("more"))))
        spans.append((m.start(), m.end()))
    qualitative_rx, qualitative_on = (_QUALITATIVE_LOWER, lower) if ascii_text else (QUALITATIVE, text)
    for m in qualitative_rx.finditer(qualitative_on):
        if any(s <= m.start() < e for s, e in spans):
            continue
        if _LATER.match(text[m.end():m.end() + 10]) and not later_ok():
            continue  # "removed the thread a few hours later"
        if _NOT_A_SPAN_NOUN.match(text[m.end():m.end() + 25]):
            continue  # "a brief statement": short, but not a length of time
        if _VERB_OF_LENGTHENING.match(m.group(0)) and (_AUXILIARY_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                                        or _OBJECT_AFTER.match(text, m.end())):
            continue  # "has extended the settlement day", "which prolonged the outage": a verb, no length of its own
        if _OF_A_CAUSE.match(text, m.end()):
            continue  # "a brief loss of power", "a short spike in traffic": the length of what set it off
        if _COPULA_SHORT.match(m.group(0)) and (_DOCUMENT_SUBJECT.search(text[:m.start()])
                                                or not _SPAN_SUBJECT.search(_clause_before(text, m.start()))):
            # "Google's account of Sunday's disruption is short": the account is; time.v15: "the checklist is short":
            # a subject that names no stretch of trouble ("The outage was short", "it was mercifully short" do)
            continue
        if _UNTIL_BEFORE.search(text, max(0, m.start() - 8), m.start()) and lower.startswith("well into", m.start()):
            continue  # "did not recover until well into the evening": an end, not a length
        if _not_length_after(text, m.start(), m.end()) or (
                _AFTER.match(text[m.end():]) and not _FROM_ONSET.match(text[m.end():m.end() + 80])):
            continue  # "several hours before that update was released", "a few hours after a mistake had…"
        out.append(Duration(base + m.start(), base + m.end(), text[m.start():m.end()], None))
    out.sort(key=lambda d: d.start)
    return out


# The day a document without a publication date counts from: relative dates resolved from it are guesses
UNKNOWN_PUBLICATION_DAY = date(1970, 1, 1)


def parse_published(value: object) -> tuple[date, datetime | None]:
    """Publication date (and instant when known) from a §4 `published` value; today's date never — a
    document without one falls back to 1970-01-01 so relative dates stay obviously unresolved."""
    if isinstance(value, str) and value.strip():
        v = value.strip().replace("Z", "+00:00")
        try:
            dt = datetime.fromisoformat(v)
            if dt.tzinfo is not None:
                dt = dt.astimezone(timezone.utc)
            return dt.date(), dt if len(v) > 10 else None
        except ValueError:
            m = DATE_ISO.search(v)
            if m:
                return date(int(m.group("year")), int(m.group("mon")), int(m.group("day"))), None
    return UNKNOWN_PUBLICATION_DAY, None
