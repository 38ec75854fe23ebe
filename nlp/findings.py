"""What a finding is, and whether a trigger in a sentence is negated — shared by the readers of
causes (nlp/causes.py), AI involvement (nlp/ai_findings.py) and scope (nlp/scope.py).

negation.v1 — a trigger is denied when a negation cue sits before it in the same clause
  ("was not the result of an attack", "rather than AI", "denied that AI caused").
negation.v2 — comparisons ("more like a config error than an attack"), negated evidence verbs
  ("nothing suggests"), reports called false; a negation stops at "that"/"which"/"but"; silence
  ("has not said what the change was") is neither assertion nor denial.
DEPTH orders cause categories from the symptom layer to the deepest cause (used by causes and incidents).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from nlp.lemmas import lemma_of
from nlp.sentences import SentenceInfo
from nlp.textprep import CaselessTest

# What the reader may have met elsewhere ("You may have read that an AI assistant wrote the script", "Some of you will
# have seen reports …"): the press's telling, read by attribution (its speaker) and causes (it tells of the event)
READ_ELSEWHERE = re.compile(r"(?:(?:some|many|most|a\s+few)\s+of\s+)?you\s+(?:may|might|will|could)?\s*(?:well\s+)?(?:have\s+)?"
                            r"(?:read|seen|heard)\s+(?:that|reports|claims|stories|suggestions|speculation|about)\b", re.I)
_CLAUSE_BREAK = frozenset([",", ";", ":", "—", "–", "but", "however", "although", "though", "while", "whereas", "yet",
                           "and", "that", "which", "who", '"', "“", "”", "because", "after", "when"])
_NO_EVIDENCE = frozenset("evidence indication sign signs suggestion reason".split())
_INVOLVEMENT = frozenset("cause caused causing involved responsible blame behind factor role trigger triggered related culprit reason source hand part".split())
# After the trigger: "AI did not cause this event", "the attack was not the cause" (copula/auxiliary then "not").
_AUX = frozenset("did does do was were is are has have had could can would will".split())
# Words that start another clause: a negation on one side does not reach the other
# ("misconfigured access controls were at fault and that AI was not involved").
_NEGATION_ENDS = frozenset(["but", ";", "instead", "rather", "that", "which", "while", "whereas"])
# "Reports that an AI agent caused the outage are false": the claim reported, then rejected.
# (negation.v5: also posts, theories and talk, told by a participle or "of": "Posts claiming an AI agent wiped the tables are
# wrong", "Talk of a rogue AI is nonsense")
_REPORT_REJECTED = re.compile(r"\b(?:reports?|claims?|suggestions?|allegations?|speculation|rumou?rs?|stories|story|idea|notion|posts?|"
                              r"theory|theories|tweets?|talk)\s+(?:that|claiming|saying|suggesting|alleging|blaming|of|(?=(?:the|an?|its|their)\s))\b"
                              # (negation.v6: "suggestions the outage was caused by AI were "simply wrong"": no "that", a
                              # quote mark around the verdict)
                              r"(?=[^.;]*?\b(?:is|are|was|were)\s+[^\w\s]?(?:simply\s+|also\s+|just\s+|plainly\s+|flatly\s+)?(?:false|untrue|inaccurate|wrong|incorrect|baseless|"
                              r"unfounded|mistaken|not true|not accurate|nonsense|rubbish|misplaced|misguided|wide of the mark)\b"
                              # negation.v4: rejected in the passive ("Claims that an AI tool deleted the records were
                              # rejected by the company", "… have been flatly denied")
                              r"|[^.;]*?\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:rejected|denied|dismissed|disputed|refuted|rebutted)\b)"
                              # negation.v7: the rejection told first ("There is no truth in reports that AI caused the outage",
                              # "no basis for claims that an agent deleted it")
                              r"|\b(?:no|little)\s+(?:truth|basis|substance|foundation)\s+(?:at\s+all\s+|whatsoever\s+)?(?:in|to|for|behind)\s+"
                              r"(?:the\s+|these\s+|those\s+|any\s+)?(?:reports?|claims?|suggestions?|allegations?|speculation|rumou?rs?|stories|story|"
                              r"idea|notion|posts?|theory|theories)\s+(?:that|claiming|saying|suggesting|alleging|blaming|of)\b", re.I)
# (the same test, faster on ASCII text; gated by the words of rejection its look-ahead needs, rarer than its own "that")
_rejects_report = CaselessTest(_REPORT_REJECTED, needs=("false", "untrue", "accurate", "wrong", "incorrect", "baseless", "unfounded",
                                                        "mistaken", "not true", "rejected", "denied", "dismissed", "disputed",
                                                        "refuted", "rebutted", "nonsense", "rubbish", "misplaced", "misguided",
                                                        "wide of the mark", "truth", "basis", "substance", "foundation"))
_RULED_OUT_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:\w+\s+)?(?:ruled out|excluded|dismissed|discounted|rejected|denied)\b", re.I)
_NO_PART_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:had|has|have|played|plays|play|took|takes)\s+(?:nothing to do with|no (?:part|role|hand) in)\b", re.I)
_NOBODY = frozenset("nothing nobody none neither".split())
_NOBODY_FORMS = frozenset("nothing nobody none no no-one".split())  # ("no one" is a NEG hit that starts on "no")
_BEYOND = frozenset("outside beyond besides except".split())
_EVIDENCE_VERBS = frozenset("suggest indicate show point imply".split())
_THAN_FILLERS = frozenset("a an the any some by from of to one just simply".split())
_COMPARATIVE = frozenset("more rather less likelier".split())
_DENY_VERBS = frozenset("deny denied denies denying reject rejected rejects dismiss dismissed dismisses dispute disputed disputes refute refuted refutes coincidence".split())
# Depth: a human or an AI acting beats the mechanism it set off; a defect beats its trigger;
# mechanisms beat the symptom layer (DNS, capacity). An attack is deeper than the network, DNS or
# capacity it acts through; attacks that were only suspected or denied are handled as speculation and
# denials, not by depth.
DEPTH = {
    "ai_agent": 10, "human_error": 9, "software_bug": 8, "cyberattack": 7, "config_change": 6, "environmental": 6,
    "deployment": 5, "hardware": 5, "power": 5, "third_party": 4, "network_bgp": 3, "capacity": 2, "dns": 1,
}


@dataclass
class Finding:
    attribute: str  # cause | ai | scope
    normalized: object  # category / bool / scope word
    polarity: str  # asserts | denies
    tok: int  # the trigger token (doc index)
    quote_start: int  # char offsets of the clause that makes the claim
    quote_end: int
    role: str | None = None  # for ai
    value: str = ""


def rejected_report(sent: SentenceInfo) -> re.Match | None:
    """"Reports that … are false", "Claims that … were rejected by the company", "Posts claiming … are wrong": the report
    noun's match (it ends at its link word), or None. (It runs only where the faster test finds a word of rejection.)"""
    return _REPORT_REJECTED.search(sent.text) if sent.may_contain("that", *_REPORT_LINKS) and _rejects_report(sent.text, sent.lower) \
        else None


_REPORT_LINKS = ("claiming", "saying", "suggesting", "alleging", "blaming", "talk of")  # besides "that" (negation.v5)


def negated(doc: Doc, sent: SentenceInfo, tok: int, window: int = 9) -> bool:
    """A negation cue before `tok` within the same clause, or a denial verb anywhere before it."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    tokens = sent.tokens  # char offsets and lengths by token
    # "It did not say what the change was", "has not explained why": silence, not a denial. A verb
    # that also names a cause ("not to blame") and a denial verb ("rejected reports that") do deny.
    causal = {c for c, _ in sent.hits.get("CAUSAL", ())}
    speech = {s for s, _ in sent.hits.get("SPEECH", ())} - causal
    # negation.v3: "nobody outside the company knows why the agent …", "nothing outside the model checked the step":
    # the negation is of the people or things beyond X, not of X or what follows
    beyond = {s for s, e in sent.hits.get("NEG", ()) if e < len(doc) and lower[e] in _BEYOND and lower[s] in _NOBODY_FORMS}
    neg_starts = {s for s, _ in sent.hits.get("NEG", ())
                  if s not in beyond and not (speech & {s + 1, s + 2} and lower[s] in ("not", "n't", "never", "no"))
                  # "not the first time", "not only": emphasis, not negation
                  and not (s + 2 < len(doc) and lower[s + 1] in ("the", "only", "just") and lower[s + 2] in ("first", "only", "last"))
                  and not (s + 1 < len(doc) and lower[s + 1] in ("only", "just"))
                  and not _describes_a_noun(lower, s, sent.span.end)}
    # (the pattern needs "that"; its position is asked of the regex only where the faster test finds it)
    rejected = rejected_report(sent)
    if rejected and sent.start + rejected.start() < tokens.idx[tok]:
        return True  # "Reports that an AI agent caused the outage are false"
    after = sent.text[tokens.idx[tok] + tokens.length[tok] - sent.start:]
    if _RULED_OUT_AFTER.match(after) or _NO_PART_AFTER.match(after):
        return True  # "a cyberattack had been ruled out", "AI had nothing to do with it"
    if not neg_starts:
        return _compared_away(doc, sent, tok)
    for i in range(tok - 1, max(sent.span.start, tok - window) - 1, -1):
        low = lower[i]
        if low in _CLAUSE_BREAK:
            break
        if i in neg_starts:
            return True
    # "was not caused, directly or indirectly, by a cyberattack": a negated causal verb denies what follows it.
    for n in neg_starts:
        # "It did not, because a defect...": the negation ends at the comma, "because" starts a new clause
        if n < tok and any(n < c <= n + 2 and not any(doc[j].is_punct for j in range(n + 1, c)) for c in causal):
            between = {lower[i] for i in range(n, tok)}
            if not between & _NEGATION_ENDS:
                return True
    # "no evidence that user data was compromised", "no indication that it was an attack"
    for n in neg_starts:
        if n < tok and n + 1 < len(doc) and lower[n + 1] in _NO_EVIDENCE:
            return True
        # "nothing in the account suggests its models had a hand in it": a negated evidence verb
        # (negation.v4: the subject may be long, "Nothing in the firm's write-up, posted on Friday, points to an attack";
        # a clause of its own ends the reach: "nothing was lost, but logs suggest an attack")
        if n < tok and lower[n] in _NOBODY and _evidence_verb_of(lower, n, tok):
            return True
    if _compared_away(doc, sent, tok):
        return True
    # "the AI products were victims here, not the cause": a negated role after the trigger
    for i in range(tok + 1, min(sent.span.end - 1, tok + 10)):
        if i in neg_starts and any(lower[j] in _INVOLVEMENT for j in range(i + 1, min(sent.span.end, i + 3))):
            if not any(lower[k] in _NEGATION_ENDS for k in range(tok + 1, i)):
                return True
    # "AI did not cause this event", "AI was not involved": auxiliary + negation right after the trigger.
    for i in range(tok + 1, min(sent.span.end - 1, tok + 5)):
        low = lower[i]
        if low in _CLAUSE_BREAK:
            break
        if low in _AUX and i + 1 in neg_starts:
            # only when the negation is about causing: "AI did not cause", not "the chatbot could not load"
            if any(lower[j] in _INVOLVEMENT for j in range(i + 2, min(sent.span.end, i + 6))):
                return True
    # "Amazon denied that its agent deleted..." — the denial governs the whole complement.
    # ... but not past a second report: "denied that its tool caused it and blamed a misconfigured role",
    # "denied that an AI assistant caused it, saying an engineer had pushed the change by hand".
    speech = {c for c, _ in sent.hits.get("SPEECH", ())}
    return any(s < tok and lower[s] in _DENY_VERBS and not _let_go(lower, s) and not any(
        (lower[j] in ("and", "but") and (j + 1 in speech or j + 2 in speech))
        or (lower[j] == "," and j + 1 in speech and lower[j + 1].endswith("ing")) for j in range(s + 1, tok))
        for s in neg_starts)


# negation.v4: "dismissed two engineers": people let go, no claim dismissed
PEOPLE_LET_GO = frozenset("engineer engineers staff employee employees worker workers contractor contractors manager managers "
                          "executive executives director directors officer officers him her them".split())


def _let_go(lower: list[str], s: int) -> bool:
    return lower[s].startswith("dismiss") and any(lower[k] in PEOPLE_LET_GO for k in range(s + 1, min(len(lower), s + 4)))


# negation.v3: "inaccurate advice", "a false alarm", "an unrelated file": an adjective of falsehood before a noun
# describes that noun; it denies a trigger only when the noun is a report of it ("false reports that AI caused it")
_FALSEHOOD_ADJECTIVES = frozenset("inaccurate false untrue unrelated".split())
_REPORT_NOUNS = frozenset("report reports claim claims suggestion suggestions allegation allegations speculation rumour "
                          "rumours rumor rumors story stories idea notion notions assertion assertions account accounts "
                          "theory theories narrative".split())
_NOT_A_NOUN = frozenset(", ; : . and or but that which to as than if because when — – \" “ ” ' ’ ( )".split())


_OTHER_CLAUSE = frozenset(["but", ";", "while", "whereas", "although", "though", "."])
_SUBJECT_REACH = 16  # tokens from "nothing"/"nobody" to its verb of evidence


def _evidence_verb_of(lower: list[str], n: int, tok: int) -> bool:
    """A verb of evidence ("suggests", "points") after the negative subject at `n`, before `tok`, in the same clause."""
    for i in range(n + 1, min(tok, n + _SUBJECT_REACH)):
        if lemma_of(lower[i]) in _EVIDENCE_VERBS:
            return True
        if lower[i] in _OTHER_CLAUSE:
            return False
    return False


def _describes_a_noun(lower: list[str], i: int, end: int) -> bool:
    """The falsehood adjective at `i` is attributive to a noun other than a report ("inaccurate advice")."""
    if lower[i] not in _FALSEHOOD_ADJECTIVES or i + 1 >= end:
        return False
    nxt = lower[i + 1]
    return nxt not in _NOT_A_NOUN and nxt not in _REPORT_NOUNS and nxt.isalpha()


def _compared_away(doc: Doc, sent: SentenceInfo, tok: int) -> bool:
    """"looked more like a configuration error than an attack": what follows a comparative "than"
    is the reading set aside."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    for i in range(tok - 1, max(sent.span.start, tok - 4) - 1, -1):
        if lower[i] == "than":
            return any(lower[j] in _COMPARATIVE for j in range(max(sent.span.start, i - 10), i))
        if lower[i] not in _THAN_FILLERS:
            return False  # "configured more broadly than they should have been": not a reading set aside
    return False


def clause_bounds(doc: Doc, sent: SentenceInfo, tok: int) -> tuple[int, int]:
    """Char span of the clause around `tok` (between clause breaks), used when a sentence holds
    several claims of one attribute; otherwise the whole sentence is the quote."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    tokens = sent.tokens  # char offsets and lengths by token
    s = tok
    while s > sent.span.start and lower[s - 1] not in (";", "but") and not (lower[s - 1] == "and" and lower[s] == "that"):
        s -= 1
    e = tok
    while e < sent.span.end - 1 and lower[e + 1] not in (";", "but") and not (lower[e + 1] == "and" and e + 2 < len(doc) and lower[e + 2] == "that"):
        e += 1
    return tokens.idx[s], tokens.idx[e] + tokens.length[e]
