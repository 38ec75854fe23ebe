"""What one sentence asserts or denies about a cause, AI involvement and scope.

causes.v1 — a cause trigger counts when the sentence also frames a cause or an outage
  ("a DNS issue caused the outage", "the outage was due to a power failure"); among several
  causes the deepest counts (DEPTH): "DNS failed because of a race condition" -> software_bug,
  "a config update triggered a latent bug" -> software_bug, "an engineer's mistaken change" -> human_error.
causes.v2 — constructions decide what a cause word means: "a storm of requests" is no weather,
  "rules that spot malicious requests" no attack, "an update applied by mistake" no human error
  (no person in the sentence), "servers are designed to withdraw routes" asserts nothing, "a fix has
  been deployed" is the repair; "put the outage down to an engineer" is a human error.
ai.v1 — an AI system counts when the sentence ties it to the harm (causal words or actions:
  "the agent decided to delete and recreate the environment"); an AI service that was itself down
  ("ChatGPT was down") does not. Denials: "not AI", "AI was not involved", "denied that its AI tool...".
ai.v2 — an AI that erred in what it said ("an incorrect answer from the AI bot") is involvement with
  role other and no cause; AI services taken down, what the agent was asked to do, and plans
  ("new apps will get separate databases") assert nothing.
negation.v1 — a trigger is denied when a negation cue sits before it in the same clause
  ("was not the result of an attack", "rather than AI", "denied that AI caused").
negation.v2 — comparisons ("more like a config error than an attack"), negated evidence verbs
  ("nothing suggests"), reports called false; a negation stops at "that"/"which"/"but"; silence
  ("has not said what the change was") is neither assertion nor denial.
scope.v1 — "extremely limited", "a small number of customers" -> limited; "one region" -> regional;
  "worldwide", "millions of users" -> global.
scope.v2 — constructions on the sentence text ("every region", "85% of our network", a cloud region
  code with a word of harm, "one user's folder", "some people", "kept running"); recovery, repair and
  plan sentences state no reach; the quote is the clause holding the phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from nlp.gazetteer import load_gazetteer
from nlp.lemmas import lemma_of
from nlp.sentences import SentenceInfo
from nlp.textprep import CaselessTest

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
_REPORT_REJECTED = re.compile(r"\b(?:reports?|claims?|suggestions?|allegations?|speculation|rumou?rs?|stories|story|idea|notion)\s+that\b"
                              r"(?=[^.;]*?\b(?:is|are|was|were)\s+(?:simply\s+|also\s+)?(?:false|untrue|inaccurate|wrong|incorrect|baseless|unfounded|mistaken|not true|not accurate)\b)", re.I)
_RULED_OUT_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,2}?(?:has|have|had|was|were|is|are)\s+(?:been\s+)?(?:\w+\s+)?(?:ruled out|excluded|dismissed|discounted|rejected|denied)\b", re.I)
_NO_PART_AFTER = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:had|has|have|played|plays|play|took|takes)\s+(?:nothing to do with|no (?:part|role|hand) in)\b", re.I)
_NOBODY = frozenset("nothing nobody none neither".split())
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


def negated(doc: Doc, sent: SentenceInfo, tok: int, window: int = 9) -> bool:
    """A negation cue before `tok` within the same clause, or a denial verb anywhere before it."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    tokens = sent.tokens  # char offsets and lengths by token
    # "It did not say what the change was", "has not explained why": silence, not a denial. A verb
    # that also names a cause ("not to blame") and a denial verb ("rejected reports that") do deny.
    causal = {c for c, _ in sent.hits.get("CAUSAL", ())}
    speech = {s for s, _ in sent.hits.get("SPEECH", ())} - causal
    neg_starts = {s for s, _ in sent.hits.get("NEG", ())
                  if not (speech & {s + 1, s + 2} and lower[s] in ("not", "n't", "never", "no"))
                  # "not the first time", "not only": emphasis, not negation
                  and not (s + 2 < len(doc) and lower[s + 1] in ("the", "only", "just") and lower[s + 2] in ("first", "only", "last"))
                  and not (s + 1 < len(doc) and lower[s + 1] in ("only", "just"))}
    rejected = _REPORT_REJECTED.search(sent.text)
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
        if n < tok and lower[n] in _NOBODY and any(
                lemma_of(lower[i]) in _EVIDENCE_VERBS for i in range(n + 1, min(tok, n + 8))):
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
    # ... but not past a second report: "denied that its tool caused it and blamed a misconfigured role".
    speech = {c for c, _ in sent.hits.get("SPEECH", ())}
    return any(s < tok and lower[s] in _DENY_VERBS and not any(
        lower[j] in ("and", "but") and (j + 1 in speech or j + 2 in speech) for j in range(s + 1, tok))
        for s in neg_starts)


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


def _ai_mentions(sent: SentenceInfo, weak: bool = False, agent_tools: frozenset[str] = frozenset()) -> list[int]:
    """AI mentions; with `weak`, also "the agent", "the assistant" (the document already spoke of AI).
    A provider's service that is an AI agent or assistant ("GitHub Copilot") counts too."""
    toks = [s for s, _ in sent.hits.get("AI", ())]
    if weak:
        toks += [s for s, _ in sent.hits.get("AI_WEAK", ())]
    toks += [e.tok for e in sent.ents if e.label == "AI_TOOL"
             or (e.label == "SERVICE" and e.ent_id.split("|")[-1] in agent_tools)]
    return sorted(toks)


def _ai_products(sent: SentenceInfo) -> list[int]:
    """A provider's AI product named as a service ("ChatGPT"): usually what went down, so it counts
    only when the sentence denies its part ("ChatGPT was the casualty here, not the cause")."""
    return [e.tok for e in sent.ents if e.label == "SERVICE" and e.ent_id.split("|")[-1].lower() in _ai_tool_names()]


@lru_cache(maxsize=1)
def _ai_tool_names() -> frozenset[str]:
    """Lower-case names and aliases of every AI tool in the gazetteer ("chatgpt", "github copilot")."""
    return frozenset(a.lower() for t in load_gazetteer().ai_tools for a in (t.name, *t.aliases))


_WRITTEN = frozenset("written wrote generated produced authored drafted".split())
_CHANGE_NOUNS = frozenset("code change changes configuration config script patch commit update fix".split())


def _ai_wrote_it(doc: Doc, sent: SentenceInfo, mentions: list[int]) -> bool:
    """"code that an AI assistant had written": a change noun, then the AI, then a writing verb."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    for m in mentions:
        before = any(lower[i] in _CHANGE_NOUNS for i in range(max(sent.span.start, m - 6), m))
        after = any(lower[i] in _WRITTEN for i in range(m + 1, min(sent.span.end, m + 5)))
        if before and after:
            return True
    return False


_HARM_VERBS = frozenset("take knock bring disrupt hit affect impact break cut block interrupt".split())


_REQUEST_VERBS = frozenset("ask tell instruct prompt direct request want order".split())
_CONTRAST = frozenset("but instead anyway despite although though ignored ignoring disobeyed yet".split())


def _only_asked(doc: Doc, sent: SentenceInfo, mentions: list[int]) -> bool:
    """Every AI mention is the object of a request ("asked the agent to ..."), and nothing says it
    went otherwise ("but", "instead", "despite")."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    if any(lower[i] in _CONTRAST for i in range(sent.span.start, sent.span.end)):
        return False
    return all(any(lemma_of(lower[i]) in _REQUEST_VERBS for i in range(max(sent.span.start, m - 3), m))
               for m in mentions)


def _harmed(sent: SentenceInfo, mention: int, harm: list[int]) -> bool:
    """The AI mention is the object of a harm word shortly before it, with no "by" (agent) in between."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    for h in harm:
        if h < mention <= h + 8 and not any(lower[i] in ("by", "after", "because", "when") for i in range(h, mention)):
            return True
    return False


def _is_ai_service_down(sent: SentenceInfo, mentions: list[int]) -> bool:
    """"ChatGPT was down for hours", "Claude and other AI services saw errors": AI is the thing
    affected — an outage word follows the AI mention with no causal word in between."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    if sent.has("AI_ACTION", "AI_GENERATED", "AI_ADVICE"):
        return False
    outage = [t for t, _ in sent.hits.get("OUTAGE", ())]
    causal = [t for t, _ in sent.hits.get("CAUSAL", ())]
    if not causal:
        return bool(outage)
    harming = [c for c in causal if lemma_of(lower[c]) in _HARM_VERBS]
    if all(_harmed(sent, m, outage + harming) for m in mentions):
        return True  # "the outage took down ChatGPT, Claude and other AI services"
    return any(m < t and not any(m < c < t for c in causal) for m in mentions for t in outage)


def ai_finding(doc: Doc, sent: SentenceInfo, agent_tools: frozenset[str], weak: bool = False) -> Finding | None:
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    if not sent.ents and not sent.has("AI", "AI_WEAK"):
        return None  # no AI phrase and no name: no mention below could be found
    mentions = _ai_mentions(sent, weak, agent_tools)
    products = [t for t in _ai_products(sent) if t not in mentions]
    if products and any(negated(doc, sent, t) for t in products):
        mentions = sorted(mentions + products)
    if not mentions or sent.text.rstrip().endswith("?"):
        return None
    if _REMEDIATION.search(sent.text) or _AFTERWARDS.search(sent.text) or _FUTURE.search(sent.text):
        return None  # "from today, replies written with AI will be labelled": what changes afterwards
    tok = mentions[0]
    if _only_asked(doc, sent, mentions):
        return None  # "He had asked the agent to clear out a cache": what it was asked to do
    is_denied = any(negated(doc, sent, t) for t in mentions)
    # "user error, not AI" — a bare denial needs no causal words.
    if not is_denied and _is_ai_service_down(sent, mentions):
        return None
    if not is_denied and not sent.has("CAUSAL", "AI_ACTION", "AI_GENERATED", "AI_ADVICE", "AI_MISTAKE"):
        return None
    if not is_denied and not sent.has("CAUSAL", "OUTAGE", "CAUSE_config_change", "CAUSE_deployment", "CAUSE_human_error", "AI_GENERATED", "AI_MISTAKE"):
        # an AI tool "deleting" things with no link to the outage in this sentence is weak but still
        # the usual way press reports it; require an action verb then.
        if not sent.has("AI_ACTION"):
            return None
    role = None
    if not is_denied:
        tool_agentic = any(e.label in ("AI_TOOL", "SERVICE") and e.ent_id.split("|")[-1] in agent_tools for e in sent.ents)
        if sent.has("AI_GENERATED") or _ai_wrote_it(doc, sent, mentions):
            role = "ai_generated_change"
        elif sent.has("AI_ADVICE") and not sent.has("AI_ACTION"):
            role = "ai_in_loop"
        elif sent.has("AI_MISTAKE") and not sent.has("AI_ACTION", "CAUSAL"):
            role = "other"  # "an incorrect answer from an AI bot": the AI erred, it did not act on systems
        elif sent.has("AI_ACTION") or tool_agentic or any(lower[t] in ("agent", "agents", "agentic") or (t + 1 < len(doc) and lower[t + 1] in ("agent", "agents")) for t in mentions):
            role = "agent_action"
        else:
            role = "other"
    qs, qe = sent.start, sent.end
    return Finding("ai", not is_denied, "denies" if is_denied else "asserts", tok, qs, qe, role=role)


_REMEDIATION = re.compile(r"\b(?:we are|we're|we will|we'll|we have|we've|they are|they're|they will|it will|it is|the company is|the company will)\s+(?:now\s+)?(?:adding|add|changing|change|introducing|introduce|building|build|tightening|tighten|reviewing|review|staging|stage|improving|improve|requiring|require|putting|put)\b|\bto prevent\b|\bgoing forward\b|\bwould\s+(?:now\s+)?(?:add|introduce|require|build|stop|separate|label|tighten|restrict|limit)\b|\bin the future\b|\bwill stage\b|\bfrom now on\b", re.I)
# "A fix has been deployed", "we rolled out a patch": the repair, not what broke (only the words
# of the repair phrase are set aside; the same sentence may name the defect).
_REPAIR_SHIPPED = re.compile(r"\b(?:fix|fixes|patch|patches|mitigation|mitigations|workaround|rollback)\s+(?:has|have|had|was|were|is|are)\s+(?:now\s+)?(?:been\s+|being\s+)?(?:deployed|rolled out|applied|released|pushed)\b"
                            r"|\b(?:deployed|deploying|rolled out|rolling out|applied|applying|released|pushed)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:fix|patch|mitigation|workaround)\b", re.I)
# "The company has since started labelling AI-written replies", "From today, ...": what changed after.
_AFTERWARDS = re.compile(r"\b(?:has|have)\s+since\s+(?:started|begun|added|introduced|changed|stopped|moved|pledged|promised)\b|\bfrom today\b", re.I)
# "a defect let the change bypass the checks", "a bug in the audit tool meant it did not stop the command"
_FAILED_SAFEGUARD = re.compile(r"\b(?:bypass(?:ed|es|ing)?|skip(?:ped|s)?|evad(?:e|ed|es))\s+(?:the\s+|its\s+|our\s+)?(?:\w+\s+)?(?:checks?|validations?|safeguards?|protections?|guardrails?|reviews?)\b"
                               r"|\b(?:did not|didn't|failed to|could not|couldn't)\s+(?:stop|catch|block|prevent|detect|flag|halt|reject)\b|\blet\b(?:\W+\w+){1,4}?\W+through\b", re.I)
# "..., but the company said there was no sign of one": a suspicion dismissed by a pronoun.
_SUSPICION_DISMISSED = re.compile(r"\bbut\b[^.;]*?\b(?:no|not any|never any|little)\s+(?:sign|signs|evidence|indication|trace)\s+of\s+(?:one|it|that|this|such|any)\b", re.I)
# "Our DNS servers are designed to stop advertising routes", "changes normally roll out in stages":
# how the system is meant to work, not what happened.
_GENERIC = re.compile(r"\b(?:is|are)\s+(?:\w+\s+)?(?:designed|built|meant|intended|supposed)\s+to\b|\b(?<!operating )(?<!working )(?<!running )(?<!functioning )(?:normally|usually|typically|ordinarily|periodically|regularly|whenever|often|commonly|frequently|always)\b|\btend to\b"
                      r"|\bmost (?:common|frequent)\b|\bjok(?:e|ed|es|ing)\b|\bby design\b"
                      r"|\bevery\s+(?:few\s+|\d+\s+)?(?:seconds?|minutes?|hours?|days?|time)\b", re.I)
# "It has not said what the change was", "did not mention the attack theories": silence asserts nothing.
_SILENCE = re.compile(r"\b(?:not|n't|never)\s+(?:yet\s+|publicly\s+|exactly\s+)?(?:say|said|says|describe|described|explain|explained|mention|mentioned|disclose|disclosed|specify|specified|detail|detailed|reveal|revealed|use|used|name|named|confirm|confirmed|comment|commented)\b"
                      r"|\bdeclined to (?:say|comment|specify|elaborate|explain|describe|name)\b", re.I)
# "engineers rolled back the change", "we disabled the automation", "raised the gateways' capacity":
# the repair names the cause's object, it does not say what caused the outage.
_ISSUE_NOUNS = frozenset("issue issues problem problems failure failures fault faults error errors bug bugs incident".split())
_RESTORED = frozenset("restored recovered reverted repaired replaced fixed mitigated added increased back".split())
_AUX_CHAIN = frozenset("was were has have had been is are fully largely mostly now then all".split())
_PLANNED = frozenset("will 'll ’ll shall future upcoming".split())
_WRONG = frozenset("wrong incorrect mistaken erroneous".split())
_ADD_VERBS = frozenset("add provision expand".split())
_REPAIR_VERBS = frozenset("revert undo disable fix restore increase raise block freeze pause halt reverse mitigate repair replace remove avoid prevent".split())
# "attack-mitigation vendors", "DDoS protection": an attack word naming a defence.
_DEFENCE_NOUNS = frozenset("mitigation protection detection prevention defence defense defences defenses scrubbing surface".split())
# "a server-side problem introduced in a code update": a problem a change brought in is its defect.
_INTRODUCED = re.compile(r"\b(?:problem|issue|error|defect|flaw|fault|regression|bug)s?\b(?:\W+[\w'’-]+){0,3}?\W+(?:introduced|shipped|added)\s+(?:in|by|with|through|during)\b", re.I)
# "the fault lay with Fastly's own software": the software is where the fault was.
_FAULT_IN_SOFTWARE = re.compile(r"\b(?:fault|blame|problem|error)\s+(?:lay|lies|lie|rests?|rested|was|is)\s+(?:with|in)\s+(?:[\w'’-]+\s+){0,3}?(?:software|code)\b", re.I)
# "put the outage down to a single engineer", "blamed on an employee": a person as the cause.
_HUMAN_NOUN = r"(?:engineer|employee|operator|technician|staffer|staff member|worker|contractor|administrator|admin|developer|technician)s?(?:'s|’s)?"
_HUMAN_CAUSE = re.compile(r"\b(?:down to|blamed?\s+(?:it\s+)?(?:on)?|caused by|due to|fault of|because of|triggered by|result of|traced (?:\w+\s+){0,3}?to)\s+(?:an?|one|the|its|their|our|a single|a lone)?\s*(?:\w+\s+)?" + _HUMAN_NOUN + r"\b", re.I)
# A person as the agent of the slip: "an engineer mistakenly", "we inadvertently"; "an update applied
# by mistake" and "a monitoring mistake" say the change was unintended, which is not a human error.
_HUMAN_AGENT = frozenset("engineer engineers operator operators employee employees staff staffer technician technicians administrator administrators admin admins developer developers worker workers contractor contractors person someone somebody human humans user users customer customers team we i he she".split())
_SLIP_WORDS = frozenset("mistake mistakes mistakenly accident accidentally inadvertently wrongly erroneously slip".split())
# Routes disappearing are a routing failure: "the routes that lead to its DNS servers disappeared".
_ROUTES_GONE = re.compile(r"\b(?:routes?|prefix(?:es)?|announcements?|advertisements?)\b(?:\W+[\w'’]+){0,14}?\W+(?:disappeared|vanished|were withdrawn|was withdrawn|were pulled|was pulled|were gone|was gone|went missing)\b", re.I)
# "the customer was not at fault", "the customer did nothing wrong": a person's share of the blame.
_HUMAN_AT_FAULT = re.compile(r"\b(?:customer|user|engineer|employee|operator|staff|person|human|technician|admin|administrator|developer)s?\b[^.;]{0,30}?\b(?:at fault|to blame|did nothing wrong|did anything wrong)\b", re.I)
_FAULT_NEGATION = re.compile(r"\b(?:not|n't|never|nothing|no)\b", re.I)
# "it was a configuration change", "this is a DDoS attack": naming what the event was frames the cause.
_IDENTIFIED = frozenset("it this that".split())
_COPULA = frozenset("was is had been 's".split())
# "the doubled file exceeded the size limit": a limit an input outgrew is the change that grew it.
_INPUT_WORDS = frozenset("file files size entries features rows list lists records configuration config".split())
# "described the issue as network congestion": naming the cause of the issue frames it.
_CHARACTERISED = re.compile(r"\b(?:describ|characteri[sz]|labell?|term|call)\w*\s+(?:\w+\s+){0,4}?as\b", re.I)
# "a storm of connection attempts", "a flood of requests": a figure of speech for a quantity.
_COMPUTE_NOUNS = frozenset("server servers network networks system systems site sites website websites api apis endpoint endpoints platform service services against".split())
_QUANTITY_FIGURES = frozenset("storm flood wave avalanche deluge torrent tsunami barrage".split())
# "the rules used to spot malicious requests", "protect against DDoS attacks": what is defended against.
_DEFENCE = frozenset("spot detect block filter stop catch mitigate identify flag protect defend against absorb fend screen scrub".split())
# "a new telemetry service that overloaded the control plane": load our own new software generated is
# that software's defect, not demand outgrowing capacity.
_NEW_SOFTWARE = re.compile(r"\bnew\s+(?:[\w-]+\s+){0,2}?(?:service|feature|system|component|version|release|deployment|tool|job|process|client|code)s?\b", re.I)
_OVERLOAD_WORDS = frozenset("overload overloaded overloading overloads overwhelm overwhelmed overwhelming overwhelms exhaust exhausted exhausting".split())
# "where it caused no problems": the cause word names something that did no harm.
_DID_NO_HARM = re.compile(r"\b(?:caused|causes|cause|triggered|created|led to)\s+(?:no|nothing|none)\b", re.I)
# "the same misconfiguration could have produced the same result": a hypothetical, not what happened.
_COUNTERFACTUAL = re.compile(r"\s*(?:\w+\s+){0,2}?(?:could|would|might)\s+(?:well\s+|also\s+)?have\s+(?:produced|caused|led|triggered|resulted|done|happened)\b", re.I)
# "its CDN, DNS and security services kept running": what kept working did not cause the outage.
_KEPT_WORKING = re.compile(r"\b(?:kept|keep|keeps|continued|continue|continues)\s+(?:to\s+)?(?:running|working|run|work|operate|operating)\b"
                          r"|\b(?:stayed|stay|stays|remained|remain|remains)\s+(?:up|online|available|operational)\b|\bunaffected\b"
                          r"|\b(?:was|were|is|are)\s+not\s+(?:affected|impacted)\b", re.I)
# Demand that can exceed a limit; without it a "limit" was hit by the input (a file that grew).
_LOAD_WORDS = frozenset("traffic load demand requests request queries connections users visitors customers sessions calls".split())
# "New apps will get separate databases", "users will be able to": plans, not what happened.
_FUTURE = re.compile(r"\b(?:will|won't|shall)\s+(?:\w+\s+)?(?!have\b)[a-z]+|\b(?:is|are)\s+going\s+to\b|\bwe(?:'re| are) shipping\b", re.I)
_FAULTY_CHANGE = re.compile(r"\b(?:faulty|defective|flawed|buggy|botched|broken)\b(?:\W+[\w'’]+){0,2}?\W+(?:update|release|patch|build|version|file)s?\b", re.I)


def cause_findings(doc: Doc, sent: SentenceInfo, ai: Finding | None, third_party: bool, lenient: bool = False) -> list[Finding]:
    """Cause claims of a sentence, one per category and polarity. Questions assert nothing.

    `lenient`: in a status-page timeline or a vendor's own statement every sentence is about the
    incident, so a cause word needs no causal or outage framing ("The network congestion is easing")."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    if sent.text.rstrip().endswith("?"):
        return []
    fams = sent.cause_families()
    constructions = _construction_causes(sent)
    ai_asserts = ai is not None and ai.polarity == "asserts"
    if not fams and not constructions.found and not ai_asserts and not third_party:
        return []
    overloaded = any(lower[t] in _OVERLOAD_WORDS for t, _ in sent.hits.get("CAUSE_capacity", ()))
    framed = (sent.has("CAUSAL", "OUTAGE") or constructions.routes_gone or overloaded  # "systems were overwhelmed"
              or bool(_CHARACTERISED.search(sent.text)) or _identified(doc, sent, fams))
    if not lenient and not framed and not sent.has("NEG", "SPEECH") and not ai_asserts:
        return []
    if _REMEDIATION.search(sent.text) or _AFTERWARDS.search(sent.text):
        return []  # "We are adding validation before deployment": what will change, not what happened
    found = _trigger_causes(doc, sent, fams)
    for cat, tok in constructions.found.items():
        denied = negated(doc, sent, tok) or (cat in constructions.fault_denied)
        found.setdefault((cat, "denies" if denied else "asserts"), tok)
    _reread(doc, sent, found)
    if ai_asserts and ai.role != "other":
        # an AI that acted, wrote the change or advised; one merely present ("the answer came from an
        # AI system") is recorded as AI involvement, not as the cause
        found.setdefault(("ai_agent", "asserts"), ai.tok)
    if third_party:
        found.setdefault(("third_party", "asserts"), sent.span.start)
    if not found:
        return []
    # A denied cause needs the sentence to be about causes or the outage, not just a stray "not".
    asserted = {c: t for (c, p), t in found.items() if p == "asserts"}
    if asserted and not lenient and not framed and not ai_asserts:
        # A cause word with no causal or outage framing ("DNS is a phonebook") says nothing about this outage.
        if not any(c in asserted for c in _EVENTS_BY_MEANING):
            asserted = {}
    if third_party and asserted:
        # "a faulty CrowdStrike update crashed the machines": for this provider, the mechanism
        # belongs to someone else, so the cause is the third party
        asserted = {"third_party": min(asserted.values())}
        found = {k: v for k, v in found.items() if k[1] == "denies"}
        found[("third_party", "asserts")] = asserted["third_party"]
    chosen = _deepest(doc, sent, asserted) if asserted else None
    out: list[Finding] = []
    several = len([k for k in found if k[1] == "denies"]) + (1 if chosen else 0) > 1
    for (cat, pol), tok in sorted(found.items(), key=lambda kv: kv[1]):
        if pol == "asserts" and cat != chosen:
            continue
        qs, qe = clause_bounds(doc, sent, tok) if several else (sent.start, sent.end)
        out.append(Finding("cause", cat, pol, tok, qs, qe))
    return out


# Cause words that say something went wrong by their meaning alone ("a bug", "a fire", "hackers").
_EVENTS_BY_MEANING = ("human_error", "cyberattack", "software_bug", "config_change", "environmental")


@dataclass
class _Constructions:
    found: dict[str, int]  # category -> token where the construction starts
    fault_denied: set[str]  # categories whose construction says "not at fault"
    routes_gone: bool  # "the routes ... disappeared": an event in itself


# (category, pattern, groups of words): the pattern needs a word of every group, a cheap test that
# skips the regex on most sentences (the group most often missing first)
_CONSTRUCTIONS = (
    ("software_bug", _FAULTY_CHANGE, (("faulty", "defective", "flawed", "buggy", "botched", "broken"),
                                      ("update", "release", "patch", "build", "version", "file"))),
    ("software_bug", _INTRODUCED, (("introduced", "shipped", "added"),
                                   ("problem", "issue", "error", "defect", "flaw", "fault", "regression", "bug"))),
    ("software_bug", _FAULT_IN_SOFTWARE, (("software", "code"), ("fault", "blame", "problem", "error"))),
    ("human_error", _HUMAN_CAUSE, (("down to", "blame", "caused by", "due to", "fault of", "because of", "triggered by",
                                    "result of", "traced"),
                                   ("engineer", "employee", "operator", "technician", "staff", "worker", "contractor",
                                    "admin", "developer"))),
    ("human_error", _HUMAN_AT_FAULT, (("at fault", "to blame", "wrong"),
                                      ("customer", "user", "engineer", "employee", "operator", "staff", "person", "human",
                                       "technician", "admin", "developer"))),
    ("network_bgp", _ROUTES_GONE, (("route", "prefix", "announcement", "advertisement"),
                                   ("disappeared", "vanished", "withdrawn", "pulled", "gone", "missing"))),
)


# Every construction needs a word of its first group: a sentence with none of these has no construction.
_CONSTRUCTION_FIRST_WORDS = tuple(dict.fromkeys(w for _cat, _pattern, needed in _CONSTRUCTIONS for w in needed[0]))


def _holds_any(lower: str, words: tuple[str, ...]) -> bool:
    for w in words:
        if w in lower:
            return True
    return False


def _has_a_word_of_each(lower: str, groups: tuple[tuple[str, ...], ...]) -> bool:
    """Plain loops: this runs for every construction of every sentence, and generators cost more."""
    for words in groups:
        for w in words:
            if w in lower:
                break
        else:
            return False
    return True


def _construction_causes(sent: SentenceInfo) -> _Constructions:
    """Causes said by a construction rather than a trigger phrase: "the faulty CrowdStrike update"
    (a defective release, whatever words sit in between), "blamed on an engineer" (a person as the
    cause), "the routes ... disappeared"."""
    out = _Constructions({}, set(), False)
    # the word test holds for ASCII text only (re.I folds a few non-ASCII letters onto ASCII ones)
    lower = sent.lower if sent.text.isascii() else None
    if lower is not None and not _holds_any(lower, _CONSTRUCTION_FIRST_WORDS):
        return out
    for cat, pattern, needed in _CONSTRUCTIONS:
        if cat in out.found or (lower is not None and not _has_a_word_of_each(lower, needed)):
            continue
        m = pattern.search(sent.text)
        if m is None:
            continue
        if pattern is _ROUTES_GONE:
            out.routes_gone = True
        if f"CAUSE_{cat}" in sent.hits:
            continue  # the trigger phrase already says it
        span = sent.span.char_span(m.start(), m.end(), alignment_mode="expand")
        out.found[cat] = span.start if span is not None else sent.span.start
        if pattern is _HUMAN_AT_FAULT and _FAULT_NEGATION.search(m.group(0)):
            out.fault_denied.add(cat)  # "the customer was not at fault", "did nothing wrong"
    return out


def _trigger_causes(doc: Doc, sent: SentenceInfo, fams: list[str]) -> dict[tuple[str, str], int]:
    """(category, polarity) -> first trigger token, for the cause trigger phrases that, in their
    construction, name what went wrong."""
    tokens = sent.tokens  # char offsets and lengths by token
    generic = bool(_GENERIC.search(sent.text))
    repairs = [(sent.start + m.start(), sent.start + m.end()) for m in _REPAIR_SHIPPED.finditer(sent.text)]
    # Overlapping cause phrases: the longer one says what the words mean ("a configuration mistake"
    # is a config error, not a human error on its own).
    spans = [(s, e, f) for f in fams for s, e in sent.hits[f]]
    shadowed = {(s, f) for s, e, f in spans for s2, e2, f2 in spans
                if f2 != f and s2 <= s and e <= e2 and (e2 - s2) > (e - s)}
    # A cause word inside a product name ("Edge DNS", "Cloud Load Balancing") names the product.
    inside = {t for e in sent.ents if e.label in ("SERVICE", "PROVIDER") for t in range(e.tok, max(e.end_tok, e.tok + 1))}
    found: dict[tuple[str, str], int] = {}
    for fam in fams:
        cat = fam[len("CAUSE_"):]
        for s, e in sent.hits[fam]:
            if s in inside or (s, fam) in shadowed:
                continue
            if cat == "capacity" and _outgrown_limit(doc, sent, s):
                found.setdefault(("config_change", "asserts"), s)  # "the doubled file exceeded the limit"
                continue
            if _not_a_cause(doc, sent, cat, s, e) or any(a <= tokens.idx[s] < b for a, b in repairs):
                continue
            if _silent_before(sent, tokens.idx[s]):
                continue  # "has not used the word BGP": neither said nor denied
            pol = "denies" if negated(doc, sent, s) else "asserts"
            if pol == "asserts" and generic:
                continue
            found.setdefault((cat, pol), s)
    return found


def _reread(doc: Doc, sent: SentenceInfo, found: dict[tuple[str, str], int]) -> None:
    """Readings that depend on the sentence as a whole (edits `found`)."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    tokens = sent.tokens  # char offsets and lengths by token
    change = found.get(("config_change", "asserts"))
    if change is not None and lower[change] in _WRONG and any(
            lower[i] in _HUMAN_AGENT for i in range(max(sent.span.start, change - 8), change)):
        # "an engineer applied the wrong configuration by hand": a person's slip, not a change on its own
        del found[("config_change", "asserts")]
        found.setdefault(("human_error", "asserts"), change)
    if ("software_bug", "asserts") in found and _FAILED_SAFEGUARD.search(sent.text) and any(
            (c, "asserts") in found for c in ("config_change", "deployment", "human_error")):
        # "the faulty configuration bypassed the checks because of a defect in the tooling": the
        # change is the cause, the defect only failed to stop it
        del found[("software_bug", "asserts")]
    suspicion = _SUSPICION_DISMISSED.search(sent.text) if sent.has("SPECULATION") else None
    if suspicion:
        # "Some users suspected a cyberattack, but the company said there was no sign of one"
        for cat, tok in [(c, t) for (c, p), t in found.items() if p == "asserts" and tokens.idx[t] < sent.start + suspicion.start()]:
            del found[(cat, "asserts")]
            found.setdefault((cat, "denies"), tok)
    overload = next((t for (c, p), t in found.items() if c == "capacity" and p == "asserts"
                     and lower[t] in _OVERLOAD_WORDS), None)
    new_sw = _NEW_SOFTWARE.search(sent.text)
    if overload is not None and new_sw and sent.start + new_sw.start() < tokens.idx[overload]:
        found.setdefault(("software_bug", "asserts"), overload)  # "a new service that overloaded the API servers"
        del found[("capacity", "asserts")]
    if sent.has("SPECULATION"):
        # "as users speculated it was an attack, the company said it was not an attack": only the denial stands
        for cat in [c for (c, p) in found if p == "asserts" and (c, "denies") in found]:
            del found[(cat, "asserts")]


def _identified(doc: Doc, sent: SentenceInfo, fams: list[str]) -> bool:
    """"We found out it was a configuration change": "it/this/that" + copula right before a cause phrase."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    for fam in fams:
        for s, _ in sent.hits[fam]:
            window = [lower[i] for i in range(max(sent.span.start, s - 4), s)]
            if any(w in _IDENTIFIED and j + 1 < len(window) and window[j + 1] in _COPULA for j, w in enumerate(window)):
                return True
    return False


def _outgrown_limit(doc: Doc, sent: SentenceInfo, tok: int) -> bool:
    """A "limit" hit by an input that grew (a file, its entries) rather than by load."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    if lower[tok] not in ("limit", "limits"):
        return False
    near = {lower[i] for i in _clause_window(doc, sent, tok, 8)}
    return bool(near & _INPUT_WORDS) and not near & _LOAD_WORDS


_PERCEIVE = frozenset("see get receive encounter notice experience face hit report".split())
_SYMPTOM_NOUNS = frozenset("error errors message messages page pages timeout timeouts failure failures warning warnings".split())
_RECOVERY_WORDS = frozenset("recover recovered recovering recovery restore restored restoring restoration longer slower delayed delay lingered persisted".split())


def _seen_as_symptom(doc: Doc, sent: SentenceInfo, start: int, end: int) -> bool:
    """A cause word naming what users saw: a perception verb, then "<cause word> errors"."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    if not any(lower[i] in _SYMPTOM_NOUNS for i in range(end, min(sent.span.end, end + 2))):
        return False
    return any(lemma_of(lower[i]) in _PERCEIVE for i in range(max(sent.span.start, start - 3), start))


def _explains_recovery(doc: Doc, sent: SentenceInfo, tok: int) -> bool:
    """The causal connector before the cause word explains why recovery took long, not the outage."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    causal = [c for c, _ in sent.hits.get("CAUSAL", ()) if c < tok]
    if not causal:
        return False
    c = max(causal)
    for i in range(c - 1, max(sent.span.start, c - 9) - 1, -1):
        if lower[i] in (",", ";") and i < c - 1:
            return False
        if lower[i] in _RECOVERY_WORDS:
            return True
    return False


_OFFER_VERBS = frozenset("offer provide sell market operate include".split())


def _words_before(doc: Doc, sent: SentenceInfo, tok: int, width: int) -> range:
    """Up to `width` tokens before `tok` in its clause (a comma inside a list does not end it)."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    lo = tok
    while lo > max(sent.span.start, tok - width) and lower[lo - 1] not in (";", ":", "but", "because", "after", "when", "which", "that"):
        lo -= 1
    return range(lo, tok)


def _repaired(doc: Doc, sent: SentenceInfo, tok: int, end: int) -> bool:
    """A repair verb governs the cause word ("rolled back the change", "disabled the DNS automation",
    "the bug fix"; "rolled out a change" is no repair), or the thing itself came back."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    if tok + 1 < sent.span.end and lower[tok + 1] in ("fix", "fixes"):
        return True
    for i in range(tok - 1, max(sent.span.start, tok - 5) - 1, -1):
        low = lower[i]
        if low in _CLAUSE_BREAK and low not in ("and",):
            break
        lemma = lemma_of(lower[i])
        if lemma in _REPAIR_VERBS and lower[i] not in ("fix", "fixes"):
            return True
        if lemma in _ADD_VERBS and lower[tok] == "capacity":
            return True  # "we have added capacity"
        if lemma in ("roll", "bring") and any(lower[j] == "back" for j in range(i + 1, min(sent.span.end, i + 5))):
            return True  # "rolled the change back", "bringing capacity back"
    return _restored_after(doc, sent, end)


def _restored_after(doc: Doc, sent: SentenceInfo, end: int) -> bool:
    """"Capacity was restored", "the network devices have recovered": the thing itself came back.
    "The DNS issue has been mitigated" still names the issue, so an issue noun keeps the cause."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    words = [lower[i] for i in range(end, min(sent.span.end, end + 5))]
    if words and words[0] in _ISSUE_NOUNS:
        return False
    for j, w in enumerate(words):
        if w in _RESTORED and all(x in _AUX_CHAIN for x in words[:j]):
            return True
    return False


def _silent_before(sent: SentenceInfo, char: int) -> bool:
    """"It has not said what the change was": a statement of silence before the cause word."""
    for m in _SILENCE.finditer(sent.text):
        if sent.start + m.end() <= char and not re.search(r"\bbut\b|;", sent.text[m.end():char - sent.start]):
            return True
    return False


def _not_a_cause(doc: Doc, sent: SentenceInfo, cat: str, start: int, end: int) -> bool:
    """Cause words that, in their construction, do not name what went wrong."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    low = lower[start]
    if cat == "environmental" and lemma_of(lower[start]) in _QUANTITY_FIGURES and (
            (end < len(doc) and lower[end] == "of")
            or any(lower[i] in _LOAD_WORDS | _COMPUTE_NOUNS for i in _clause_window(doc, sent, start, 8))):
        return True  # "a storm of connection attempts", "a deliberate flood of traffic", "flooded its servers"
    if cat == "cyberattack" and any(lemma_of(lower[i]) in _DEFENCE for i in range(max(sent.span.start, start - 4), start)):
        return True  # "rules that spot malicious requests"
    if any(lemma_of(lower[i]) in _OFFER_VERBS for i in _words_before(doc, sent, start, 5)):
        return True  # "the company offers DDoS mitigation, DNS and CDN services": products on offer
    if _seen_as_symptom(doc, sent, start, end):
        return True  # "visitors saw DNS errors": what users saw, not why
    if _explains_recovery(doc, sent, start):
        return True  # "did not fully recover for two hours because resolvers had cached the answers"
    if any(lower[i] in _PLANNED for i in range(max(sent.span.start, start - 2), start)):
        return True  # "will roll out future updates in stages": a plan
    if low == "fire" and start > sent.span.start and lower[start - 1] == "under":
        return True  # "came under fire": criticism
    if _repaired(doc, sent, start, end):
        return True  # "we rolled back the change", "AWS engineers increased the capacity"
    if cat == "cyberattack" and any(lower[i] in _DEFENCE_NOUNS for i in range(end, min(sent.span.end, end + 3))):
        return True  # "attack-mitigation vendors", "DDoS protection"
    if cat == "cyberattack" and start > sent.span.start and doc[start].is_title and end < sent.span.end and doc[end].is_title:
        return True  # "wrote on Hacker News": a name
    clause_after = _clause_text_after(doc, sent, end)
    if _DID_NO_HARM.search(clause_after[:60]) or _KEPT_WORKING.search(clause_after) or _COUNTERFACTUAL.match(clause_after):
        return True  # "the change caused no problems in staging", "DNS services kept running"
    if cat == "capacity" and low in ("limit", "limits") and not any(
            lower[i] in _LOAD_WORDS for i in _clause_window(doc, sent, start, 8)):
        return True  # "the bloated file hit a hard limit": the input outgrew it, no demand exceeded capacity
    if cat == "human_error" and low in _SLIP_WORDS and not any(
            lower[i] in _HUMAN_AGENT for i in range(sent.span.start, sent.span.end)):
        return True  # "an update applied by mistake": an unintended change, no person's slip
    return False


def _clause_text_after(doc: Doc, sent: SentenceInfo, end: int) -> str:
    """Text from token `end` to the next semicolon, colon, "but" or "that" ("DNS and security services
    kept running"; not "... a security incident and that customer data was not affected")."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    e = end
    while e < sent.span.end and lower[e] not in (";", ":", "but", "while", "whereas", "that", "which"):
        e += 1
    if e == end:
        return ""
    # the text of tokens end..e-1 (what doc[end:e].text gives), cut from the sentence text
    tokens = sent.tokens
    return sent.text[tokens.idx[end] - sent.start:tokens.idx[e - 1] + tokens.length[e - 1] - sent.start]


def _clause_window(doc: Doc, sent: SentenceInfo, tok: int, width: int) -> range:
    """Token indices around `tok`, at most `width` each side, not crossing a comma or semicolon."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    lo = tok
    while lo > max(sent.span.start, tok - width) and lower[lo - 1] not in (",", ";"):
        lo -= 1
    hi = tok
    while hi < min(sent.span.end - 1, tok + width) and lower[hi + 1] not in (",", ";"):
        hi += 1
    return range(lo, hi + 1)


def _deepest(doc: Doc, sent: SentenceInfo, asserted: dict[str, int]) -> str:
    """The deepest of several causes in one sentence. Depth is a fixed order, not the connector:
    "a config update triggered a latent bug" and "DNS failed because of a race condition" are both
    software bugs — the defect is deeper than what set it off or what it broke."""
    return max(asserted, key=lambda k: DEPTH.get(k, 0))


_COUNT = re.compile(r"\b(?:roughly |about |around |some |nearly |more than |almost )?(\d{1,3}(?:,\d{3})*|\d+)(?:\.\d+)? (million )?(?:\w+ ){0,2}(?:customers|sites|accounts|users|organisations|organizations|companies|tenants|machines|websites|devices|computers|executives|businesses)\b")


_DIGIT = re.compile(r"\d")


# scope.v2 — constructions that state how far an outage reached, read on the sentence text. Each
# gives the reach and the phrase that states it; the claim quotes that phrase's clause, not the sentence.
# The last item of each is its gate: words of which the construction holds at least one literally (compared
# lower-cased when the construction ignores case), so a sentence without any of them skips the regex.
_DET = r"(?:(?:its|our|their|the|of|[A-Z][\w.&-]*(?:'s)?)\s+){0,3}"
_UNIT = (r"(?:regions?|data[ -]?cent(?:re|er)s?|datacent(?:re|er)s?|zones?|services?|products?|customers?|users?|"
         r"instances?|locations?|points? of presence|PoPs?|servers?|machines?|sites?|websites?|apps?|applications?)")
_CLOUD_REGION = r"\b(?:[a-z]{2,}-[a-z]+-?\d{1,2}(?:-[a-z])?|[A-Z][\w-]*(?: [A-Z][\w-]*){0,2} \(?[A-Za-z]{2,}-[A-Za-z]+-?\d\)? [Rr]egion)\b"
_NUMBER_WORD = r"(?:two|three|four|five|several|many|multiple)"
_CONTINENTS = r"(?:Europe|Asia|North America|South America|Latin America|Africa|Australia|the (?:United States|US|Americas))"
_SCOPE_CONSTRUCTIONS: list[tuple[str, re.Pattern, bool, tuple[str, ...]]] = [
    (value, re.compile(rx, re.I if caseless else 0), caseless, gate) for value, rx, caseless, gate in (
    # "in every region", "all of our data centres", "every OpenAI service", "all GitHub services"
    ("global", rf"\b(?:every|each|all)\s+(?:of\s+)?{_DET}(?:[\w-]+\s+)?{_UNIT}\b", True, ("every", "each", "all")),
    # "85% of our network", "85 percent of its customers": a large share is global, a small one limited
    ("share", r"\b(\d{1,3}(?:\.\d+)?)\s*(?:%|per ?cent)\s+of\s+(?:(?:its|our|their|the|all)\s+)?(?:[\w-]+(?:'s|\u2019s)?\s+)?"
              r"(?:network|traffic|customers|users|websites|sites|internet|web|requests|servers|capacity|fleet)\b", True, ("%", "per")),
    # "thousands of websites", "a great many services", "three apps at once", "in several regions"
    ("global", r"\b(?:(?:tens\s+of\s+|hundreds\s+of\s+)?thousands|hundreds|millions|a\s+(?:large|great|huge|vast)\s+number)\s+of\s+"
               r"(?:[\w-]+\s+)?(?:websites|sites|services|apps|applications|businesses|companies|customers|users|people|devices|machines)\b", True, ("thousands", "hundreds", "millions", "number")),
    ("global", r"\b(?:two|three|four|five|six|several|many|multiple|\d+)\s+(?:[\w-]+\s+)?(?:apps|services|products|platforms)\s+at\s+once\b"
               r"|\bin\s+(?:many|multiple|several|numerous)\s+regions\b", True, ("once", "regions")),
    # "nationwide", "across the country": one country's worth of an outage
    ("regional", r"\bnation-?wide\b|\bcountry-?wide\b|\bacross\s+the\s+(?:country|nation)\b|\bin\s+(?:some|certain|several)\s+(?:regions|areas|countries)\b", True, ("nation", "countr", "regions", "areas")),
    # "completely offline", "down for everyone", "a total outage"
    ("global", r"\b(?:completely|entirely|totally|fully)\s+(?:down|offline|unavailable|unreachable|inaccessible|dark)\b"
               r"|\bfor\s+(?:everyone|everybody|all\s+(?:of\s+)?(?:its|our|their)?\s*(?:users|customers))\b|\b(?:total|complete|full)\s+(?:outage|blackout|shutdown)\b", True, ("complete", "entirely", "total", "full", "everyone", "everybody", "all")),
    # "a partial outage", "partially degraded"
    ("limited", r"\bpartial(?:ly)?\b(?=\s+(?:\w+\s+)?(?:outage|disruption|degrad\w*|unavailab\w*|down|offline|failure|impact))", True, ("partial",)),
    # "a small number of people", "a tiny fraction of its users"
    ("limited", r"\b(?:a\s+)?(?:small|tiny|limited|very\s+small)\s+(?:number|share|subset|fraction|percentage|group|portion|proportion)\s+of\b", True, ("small", "tiny", "limited")),
    # "across the platform", "across many of our instances", "a swath of the internet", "four continents"
    ("global", rf"\bacross\s+(?:the|its|our|their)\s+(?:entire\s+|whole\s+)?(?:platform|network|fleet|footprint|infrastructure)\b", True, ("across",)),
    ("global", rf"\bacross\s+(?:many|multiple|several|most)\s+(?:of\s+)?{_DET}(?:[\w-]+\s+)?{_UNIT}\b", True, ("across",)),
    ("global", r"\b(?:a\s+)?(?:large\s+|big\s+|huge\s+|wide\s+)?(?:swath|swathe|slice|chunk|part|parts|fifth|quarter|third|half)\s+of\s+"
               r"(?:all\s+)?(?:the\s+)?(?:internet|web|websites|the internet)\b", True, ("internet", "web")),
    ("global", r"\b(?:two|three|four|five|six|several|multiple)\s+continents\b|\bboth\s+sides\s+of\s+the\s+Atlantic\b", True, ("continents", "atlantic")),
    ("global", rf"\b{_CONTINENTS}(?:,\s+{_CONTINENTS})*,?\s+(?:and|&)\s+(?:parts\s+of\s+)?{_CONTINENTS}\b", False, ("Europe", "Asia", "America", "Africa", "Australia", "United States", "US")),
    # "was felt so widely", "the disruption appears to be broad", "this broad"
    ("global", r"\b(?:felt|spread|reached)\s+(?:so\s+|very\s+|far\s+and\s+)?widely\b|\b(?:so|this|very|unusually)\s+(?:broad|wide|widespread)\b"
               r"|\b(?:is|was|be|appears?\s+to\s+be|seems?\s+to\s+be)\s+broad\b|\bfar\s+beyond\b|\bbeyond\s+\w+(?:'s)?\s+own\s+customers\b", True, ("wide", "broad", "beyond")),
    # "in the US-EAST-1 Region", "us-east1 and us-east4", "several europe-west9 zones", "a multi-zone failure"
    ("regional", _CLOUD_REGION, False, ("-",)),
    ("regional", rf"\b(?:in|across|to)\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}}\s+[Rr]egion\b", False, ("egion",)),
    ("regional", r"\bmulti-zone\b|\b(?:several|multiple|two|three)\s+(?:of\s+the\s+region's\s+)?(?:[\w-]+\s+)?zones\b|\bregion's\s+zones\b", True, ("zone",)),
    ("regional", r"\bone\s+of\s+(?:its|the|our|their)\s+(?:\w+\s+)?(?:two|three|four|\d)\s+(?:[\w-]+\s+){0,2}regions\b", True, ("regions",)),
    ("regional", r"\b(?:in|across)\s+(?:parts\s+of\s+)?the\s+(?:eastern|western|northern|southern|central|north-?eastern|south-?eastern)\s+"
                 r"(?:United\s+States|US|U\.S\.|part\s+of\s+\w+)\b|\bin\s+parts\s+of\s+the\s+United\s+States\b", True, ("eastern", "western", "northern", "southern", "central", "united")),
    ("regional", r"\b(?:largest|biggest|oldest)\s+(?:data[ -]?cent(?:re|er)\s+)?region\b|\bconfined\s+to\s+(?:its|the|one)\b", True, ("region", "confined")),
    # "errors reached customers around the world", "the bug went everywhere at once"
    ("global", r"\b(?:around|across)\s+the\s+(?:world|globe)\b|\bworldwide\b|\beverywhere\b", True, ("world", "globe", "everywhere")),
    # "its core services kept running", "no other service went down": what the outage did not reach
    ("limited", r"\b(?:kept|continued\s+to)\s+(?:run|running|work|working)\b|\bstayed\s+up\b|\bno\s+(?:other\s+)?[A-Z]?\w*\s+services?\s+went\s+down\b", True, ("kept", "continued", "stayed", "went")),
    # "a single user's folder", "one of his drives", "nobody outside the project", "the blast radius was small"
    # ... but not the one who acted ("one customer pushed a setting", "one engineer changed DNS")
    ("limited", r"\b(?:a\s+single|one)\s+(?:person|user|customer|developer|account|machine|folder|drive|project|tenant)(?:'s)?\b"
                r"(?!\s+(?:\w+\s+)?(?:pushed|changed|used|made|ran|typed|applied|deployed|set|updated|to\s+change|changing)\b)", True, ("single", "one")),
    ("limited", r"\bone\s+of\s+(?:his|her|their|its|the\s+user's)\s+(?:\w+\s+)?(?:drives|folders|projects|machines|databases)\b", True, ("one",)),
    ("limited", r"\b(?:nobody|no\s+one|none\s+of\s+\w+\s+said\s+customers)\s+outside\b|\bcustomers\s+outside\s+\w+\s+(?:noticed|were\s+affected)\b", True, ("outside",)),
    ("limited", r"\b(?:blast\s+radius|damage|impact|incident)\s+(?:itself\s+)?(?:was|is|remained)\s+(?:\w+\s+)?(?:small|narrow|contained|limited)\b", True, ("small", "narrow", "contained", "limited")),
    ("limited", r"\b(?:some|a\s+few|certain)\s+(?:[\w-]+\s+)?(?:people|customer\s+websites|customers'?\s+websites)\b|"
                r"\bsome\s+[A-Z]\w+\s+(?:users|customers)\b|\bpeople\s+who\s+(?:moved|switched|used)\b", True, ("some", "few", "certain", "people")),
    ("count", r"\bnumber\s+of\s+(?:affected\s+|impacted\s+)?(?:customers|users|sites|accounts)\s+(?:at|to)\s+(?:around\s+|about\s+|roughly\s+)?(\d[\d,]*)", True, ("number",)),
)]
# Recovery, repair work and plans speak of the fix, not of how far the outage reached
# ("access has been restored for all customers", "every server has to be cleaned", "we will review every service").
_NOT_REACH = re.compile(r"\b(?:restor\w*|recover(?:ed|ing|y)?|back\s+to\s+normal|now\s+(?:available|working)|should|operating\s+normally|rolling\s+out|will|"
                        r"returned\s+to\s+normal|(?:operating|running)\s+as\s+normal|fully\s+resolved|all-clear|back\s+into\s+service|"
                        r"still|continues?\s+to|returned|"
                        r"prevent\w*|reviewing|has\s+to\s+be|had\s+to\s+be|required|mobili[sz]ed|(?:are|continue\s+to)\s+monitor\w*|publish\w*)\b", re.I)
# A reach is told of harm: a sentence that says nothing was hit names only a place or a size
# ("workloads in us-central1", "it runs thousands of servers around the world").
_HIT = re.compile(r"\b(?:fail\w*|unavailab\w*|outage|disruption|down|impact\w*|affect\w*|errors?|degrad\w*|loss|lost|"
                  r"trouble|problems?|unable|could\s+not|cannot|crash\w*|offline|unreachable|hit|touched|went|congest\w*|slow\w*|"
                  r"took\s+out|knock\w*|wip\w*|delet\w*|eras\w*|cut\w*\s+off|shut\w*|failure|impair\w*|inaccessib\w*|stop\w*|disrupt\w*|"
                  r"damage\w*|event|incident|issues?|felt|spread|reach\w*|noticed|lost|los(?:e|ing)|consum\w*|stumbl\w*|dark|"
                  r"brok\w*|break\w*|limited|isolated|available)\b", re.I)


_HAS_HIT = CaselessTest(_HIT)  # the same test, faster on ASCII text


def _clause_around(text: str, lo: int, hi: int) -> tuple[int, int]:
    """The clause holding text[lo:hi]: from the last clause mark before it to the next one after it."""
    marks = ";:—–()\""
    start = max((text.rfind(m, 0, lo) for m in marks), default=-1) + 1
    comma = text.rfind(", ", 0, lo)
    if comma >= 0 and lo - comma > 0:
        start = max(start, comma + 2)
    ends = [i for i in (text.find(m, hi) for m in marks + ",") if i >= 0]
    end = min(ends) if ends else len(text.rstrip(" .!\n"))
    while start < lo and text[start] == " ":
        start += 1
    return start, max(end, hi)


def _reach_value(value: str, m: re.Match) -> str | None:
    """The reach a construction states: shares and counts by size, the rest as written."""
    if value == "share":
        pct = float(m.group(1))
        return "global" if pct >= 40 else "limited" if pct <= 10 else None
    if value == "count":
        n = int(m.group(1).replace(",", ""))
        return "global" if n >= 100_000 else "limited" if n < 10_000 else None
    return value


_CASE_TWINS = re.compile("[\u0130\u0131\u017f\u212a]")  # İ ı ſ K (Kelvin)


def _constructions_by_word(caseless: bool) -> dict[str, list[int]]:
    """Gate word -> the constructions (by index) it lets run, so each word is looked for once per sentence."""
    by_word: dict[str, list[int]] = {}
    for i, (_value, _rx, construction_caseless, gate) in enumerate(_SCOPE_CONSTRUCTIONS):
        if construction_caseless == caseless:
            for word in gate:
                by_word.setdefault(word, []).append(i)
    return by_word


_CASELESS_GATES = _constructions_by_word(caseless=True)  # looked for in the lower-cased sentence
_CASED_GATES = _constructions_by_word(caseless=False)  # looked for in the sentence as written


def _runnable_constructions(text: str, low: str) -> list[int]:
    """Indices of the constructions whose gate holds, in table order."""
    if _CASE_TWINS.search(text):
        # re.I matches these to ASCII letters that str.lower() does not give: try every construction
        return list(range(len(_SCOPE_CONSTRUCTIONS)))
    runnable: set[int] = set()
    for word, indices in _CASELESS_GATES.items():
        if word in low:
            runnable.update(indices)
    for word, indices in _CASED_GATES.items():
        if word in text:
            runnable.update(indices)
    return sorted(runnable)


def _stated_reaches(sent: SentenceInfo) -> list[tuple[int, str, int]]:
    """Constructions in the sentence that state how far the outage reached: (start, value, end) in sentence text."""
    found = []
    text = sent.text
    low = sent.lower
    for i in _runnable_constructions(text, low):
        value, rx, _caseless, _gate = _SCOPE_CONSTRUCTIONS[i]
        for m in rx.finditer(text):
            reach = _reach_value(value, m)
            if reach is not None:
                found.append((m.start(), reach, m.end()))
                break
    m = _people_in_places().search(text) if _HAS_PEOPLE_WORD(text, low) else None
    if m:
        # "customers in Japan" is regional; "users in Canada and Mexico" spans more than one region
        found.append((m.start(), "global" if m.group("more") else "regional", m.end()))
    # a named region narrows "multiple services" to that region
    values = {v for _, v, _ in found}
    if "regional" in values and "global" in values and not any(
            v == "global" and re.search(r"\b(?:every|all|each)\b", sent.text[s:e], re.I) for s, v, e in found):
        found = [f for f in found if f[1] != "global"]
    return sorted(found)


# The cheap half of _people_in_places: its long alternation of place names runs only after one of
# these words and a preposition of place.
_PEOPLE_WORD = re.compile(r"\b(?:users|customers|people|businesses|subscribers|companies|organi[sz]ations|sites|websites|"
                          r"workers|developers|clients)\s+(?:in|across|throughout|from|based\s+in)\s", re.I)
_HAS_PEOPLE_WORD = CaselessTest(_PEOPLE_WORD)


@lru_cache(maxsize=1)
def _people_in_places() -> re.Pattern:
    """Who was hit and where: "subscribers across Brazil", "businesses in Canada and Mexico"."""
    names = sorted(load_gazetteer().region_names, key=len, reverse=True)
    place = r"(?:the\s+)?(?:" + "|".join(re.escape(n) for n in names) + r")\b"
    who = r"\b(?i:users|customers|people|businesses|subscribers|companies|organi[sz]ations|sites|websites|workers|developers|clients)"
    # place names keep their capital ("in China", not "in china shops"); the rest of the phrase is any case
    return re.compile(rf"{who}\s+(?i:in|across|throughout|from|based\s+in)\s+(?i:parts\s+of\s+)?{place}"
                      rf"(?P<more>(?:,\s+{place})*,?\s+(?i:and|or)\s+(?i:parts\s+of\s+)?{place})?")


_CONNECTOR = re.compile(r"\s(?:and|but|while|whereas|after|before|because|so|until|then)\s", re.I)


def _own_clause(text: str, lo: int, hi: int) -> str:
    """The clause holding text[lo:hi], also cut at connectives: "nobody else was hit, and the data was restored"
    states a reach in its first clause and a recovery in its second."""
    qs, qe = _clause_around(text, lo, hi)
    before = [m.end() for m in _CONNECTOR.finditer(text, qs, lo)]
    after = _CONNECTOR.search(text, hi, qe)
    return text[(before[-1] if before else qs):(after.start() if after else qe)]


def _is_heading(text: str) -> bool:
    """A status-page heading ("Widespread platform errors") names the incident; the updates under it state its reach."""
    words = text.split()
    return len(words) <= 8 and not text.rstrip().endswith((".", "!", '"', "”", ")")) and not any(
        w.lower() in ("is", "are", "was", "were", "have", "has") for w in words)


def _token_at(doc: Doc, sent: SentenceInfo, char: int) -> int:
    """The sentence's first token that ends after `char`."""
    tokens = sent.tokens
    for i in range(sent.span.start, sent.span.end):
        if tokens.idx[i] + tokens.length[i] > char:
            return i
    return sent.span.start


def scope_findings(doc: Doc, sent: SentenceInfo) -> list[Finding]:
    """How far the outage reached, as the sentence states it: one finding per reach stated in its own
    clause ("described the affected users as some people, a phrase at odds with failures on four continents")."""
    if not _HAS_HIT(sent.text, sent.lower) or sent.text.rstrip().endswith("?") or _is_heading(sent.text):
        return []  # a reach states harm: without a harm word no candidate below could count (tested first: cheapest)
    text = sent.text
    out: list[Finding] = []
    for lo, value, hi in _reach_candidates(doc, sent):
        if _NOT_REACH.search(_own_clause(text, lo, hi)):
            continue
        qs, qe = _clause_around(text, lo, hi)
        if any(f.normalized == value or f.quote_start < sent.start + qe and sent.start + qs < f.quote_end for f in out):
            continue
        tok = _token_at(doc, sent, sent.start + lo)
        pol = "denies" if negated(doc, sent, tok, window=4) else "asserts"
        out.append(Finding("scope", value, pol, tok, sent.start + qs, sent.start + qe))
    return out[:2]


def _reach_candidates(doc: Doc, sent: SentenceInfo) -> list[tuple[int, str, int]]:
    """Constructions first, then a count of what was hit, then the scope rule families."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    tokens = sent.tokens  # char offsets and lengths by token
    text = sent.text
    found = _stated_reaches(sent)
    m = _COUNT.search(text) if _DIGIT.search(text) else None
    if m and not found and not any(f in sent.hits for f in ("SCOPE_limited", "SCOPE_global", "SCOPE_regional")):
        # "roughly 400 customers" is a limited event; "8.5 million Windows machines" a global one
        n = int(m.group(1).replace(",", "")) * (1_000_000 if m.group(2) else 1)
        value = "global" if n >= 100_000 else "limited" if n < 10_000 else None
        if value:
            found.append((m.start(), value, m.end()))
    if found:
        return found
    if not (sent.has("OUTAGE") or any(lower[i] in _AFFECTED for i in range(sent.span.start, sent.span.end))):
        return []
    for fam, value in (("SCOPE_limited", "limited"), ("SCOPE_global", "global"), ("SCOPE_regional", "regional")):
        for first, last in sent.hits.get(fam, ())[:1]:
            end = tokens.idx[last - 1] + tokens.length[last - 1] - sent.start
            if _REPORTS_AFTER.match(text, end):
                continue  # "thousands of complaints": a count of reports, not of who was hit
            found.append((tokens.idx[first] - sent.start, value, end))
    return found[:1]


_REPORTS_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:reports|complaints|posts|messages|tweets|comments)\b", re.I)


def scope_finding(doc: Doc, sent: SentenceInfo) -> Finding | None:
    found = scope_findings(doc, sent)
    return found[0] if found else None


_AFFECTED = frozenset("customers users customer users' services service event impact impacted affected affecting businesses websites sites accounts".split())
