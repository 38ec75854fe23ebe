"""What one sentence asserts or denies about an outage's cause.

causes.v1 — a cause trigger counts when the sentence also frames a cause or an outage
  ("a DNS issue caused the outage", "the outage was due to a power failure"); among several
  causes the deepest counts (DEPTH): "DNS failed because of a race condition" -> software_bug,
  "a config update triggered a latent bug" -> software_bug, "an engineer's mistaken change" -> human_error.
causes.v2 — constructions decide what a cause word means: "a storm of requests" is no weather,
  "rules that spot malicious requests" no attack, "an update applied by mistake" no human error
  (no person in the sentence), "servers are designed to withdraw routes" asserts nothing, "a fix has
  been deployed" is the repair; "put the outage down to an engineer" is a human error.
causes.v3 — the cause slot of a causal construction is read by its words when no trigger phrase names
  the cause ("the result of an inaccurate procedure" -> config_change, "the failure of central software
  systems" -> software_bug); one person or another company acting on a system is a cause ("a technician
  removed the live database" -> human_error, "the registry suspended the domain" -> third_party).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from nlp.findings import _CLAUSE_BREAK, DEPTH, READ_ELSEWHERE, Finding, clause_bounds, negated, rejected_report
from nlp.gazetteer import Gazetteer, load_gazetteer
from nlp.lemmas import lemma_of
from nlp.scope import DOC_PROVIDER_KEY
from nlp.sentences import SentenceInfo
from nlp.textprep import CaselessTest, holds_any


# causes.v33: further work announced, beside `_REMEDIATION` (whose derived gate has no room for more): "We're also adding
# regression tests …", "We are working to improve our automated validation …" (not "working to restore service")
_FURTHER_WORK = re.compile(r"\b(?:we are|we're|we will|we'll)\s+(?:also\s+(?:adding|add|improving|improve|introducing|"
                           r"introduce|building|build|reviewing|review)|working\s+(?:to|on)\s+(?:improv|strengthen|harden|"
                           r"add|introduc|prevent|reduc|mak)\w*)\b", re.I)
_REMEDIATION = re.compile(r"\b(?:we are|we're|we will|we'll|we have|we've|they are|they're|they will|it will|it is|the company is|the company will)\s+(?:now\s+)?"
                          # causes.v30: the class completed ("We will deploy monitoring improvements to identify switch failures",
                          # "We will be developing new safety components", "we are implementing", "we will roll out")
                          r"(?:(?:be\s+)?(?:deploying|developing|implementing|rolling\s+out|automating|enhancing|updating|installing)|"
                          r"(?<=will\s)(?:deploy|develop|implement|roll\s+out|automate|enhance|update|install)|"
                          r"(?<='ll\s)(?:deploy|develop|implement|roll\s+out|automate|enhance|update|install)|adding|add|changing|change|introducing|introduce|building|build|tightening|tighten|reviewing|review|testing|examining|inspecting|investing|staging|stage|improving|improve|requiring|require|putting|put|separating|separate|releasing|moving|revising|revise|strengthening|strengthen|hardening|harden|extending|extend|expanding|expand|enforcing|enforce|adopting|adopt)\b|\bto prevent\b|\bgoing forward\b|\bwould\s+(?:now\s+)?(?:add|introduce|require|build|stop|separate|label|tighten|restrict|limit)\b|\bin the future\b|\bwill stage\b|\bfrom now on\b"
                          # causes.v8: a sentence opening on the purpose of the response ("To contain it, we shut down the
                          # router", "In order to protect customers, we took the site offline"): what was done about it
                          # causes.v23: thanks to those who waited ("We thank our customers, vendor partners and
                          # associates for their patience"): courtesy, no account of the cause
                          r"|^[\s\"'(]*(?:we|i)\s+(?:would\s+like\s+to\s+|want\s+to\s+)?thank\b"
                          r"|^[\s\"'(]*(?:in\s+order\s+)?to\s+(?:contain|isolate|stop|halt|limit|curb|slow|protect|mitigate|minimi[sz]e|reduce|"
                          r"block|fend\s+off|keep|restore|recover|stabili[sz]e|safeguard|shield)\b"
                          # causes.v31: a fix told as being put out ("A fix for the delayed resets is currently being deployed",
                          # "the mitigation is rolling out", "is now fully deployed"): the repair, not what broke
                          r"|\b(?:fix|fixes|mitigation|mitigations|remedy)\b(?:\s+[\w-]+){0,6}?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
                          r"(?:(?:now|currently|also|fully|partially|still|being)\s+)*(?:deployed|rolled\s+out|rolling\s+out|applied|released)\b"
                          # ... or still to come ("expect the full resolution to be rolled out within the next 12 hours", "a
                          # mitigation, which we began to roll out at 11:50")
                          r"|\bto\s+be\s+(?:rolled\s+out|deployed|released)\b"
                          # ... or put out as the repair ("A configuration change is rolling out as a potential fix", "We are
                          # working to roll out configuration changes gradually with stronger validations")
                          r"|\b(?:rolling\s+out|rolled\s+out|deploying|deployed|applying|applied)\s+as\s+an?\s+"
                          r"(?:potential\s+|possible\s+|temporary\s+|further\s+)?(?:fix|mitigation|workaround|remedy)\b"
                          r"|\bworking\s+to\s+(?:roll\s+out|deploy|implement|apply)\b"
                          r"|\b(?:fix|fixes|mitigation|mitigations|resolution|remedy)\b,?(?:\s+[\w,-]+){0,4}?\s+(?:began|started)\s+"
                          r"to\s+(?:roll\s+out|deploy)\b"
                          # causes.v8: a repair done since, in the present perfect ("We have revoked every broad token",
                          # "we've patched the bug and rotated the keys"): what changed afterwards, not what broke
                          r"|\bwe(?: have|'ve)\s+(?:now\s+|since\s+|also\s+|already\s+)?(?:revoked|replaced|patched|rotated|tightened|"
                          r"restricted|separated|taken away|put in place|implemented|strengthened|hardened|added|introduced|"
                          r"moved our|scoped|locked down|fixed|changed|removed|disabled|rewritten|rebuilt|reworked|redesigned|"
                          r"retired|audited|reconfigured|raised|lowered|doubled)\b", re.I)  # (causes.v9: the class completed)
_remediation_test = CaselessTest(_REMEDIATION)  # the same test, faster on ASCII text
# A gate before it (its own gate, from the pattern's literals, would need 80 strings): every match holds one of these
# words, but for the purpose opening a sentence, which starts, after spaces, quotes and brackets, with "to" or "in".
_REMEDIATION_WORDS = ("we ", "we'", "they", "it will", "it is", "the company", "to prevent", "going forward", "would",
                      "in the future", "will stage", "from now on", "fix", "mitigation", "remedy", "resolution", "to be ", "working to")
_SENTENCE_OPENERS = " \t\n\r\f\v\x1c\x1d\x1e\x1f\"'("  # (what the pattern's [\s"'(] matches before a sentence's words)


def _may_remediate(text: str, lower: str) -> bool:
    """_remediation_test(text, lower), skipped on ASCII text holding none of its words nor opening on "to" or "in"."""
    if text.isascii() and not holds_any(lower, _REMEDIATION_WORDS) and lower.lstrip(_SENTENCE_OPENERS)[:2] not in ("to", "in"):
        return False
    return _remediation_test(text, lower)


# "A fix has been deployed", "we rolled out a patch": the repair, not what broke (only the words
# of the repair phrase are set aside; the same sentence may name the defect).
_REPAIR_SHIPPED = re.compile(r"\b(?:fix|fixes|patch|patches|mitigation|mitigations|workaround|rollback)\s+(?:has|have|had|was|were|is|are)\s+(?:now\s+)?(?:been\s+|being\s+)?(?:deployed|rolled out|applied|released|pushed)\b"
                            r"|\b(?:deployed|deploying|rolled out|rolling out|applied|applying|released|pushed)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:fix|patch|mitigation|workaround)\b", re.I)
_may_repair = CaselessTest(_REPAIR_SHIPPED)  # the same test, faster on ASCII text
# "The company has since started labelling AI-written replies", "From today, ...": what changed after.
_AFTERWARDS = re.compile(r"\b(?:has|have)\s+since\s+(?:started|begun|added|introduced|changed|stopped|moved|pledged|promised)\b|\bfrom today\b"
                         r"|\bnow\s+(?:need|needs|require|requires|must|has to|have to)\b"  # "engineers now need a second approval"
                         # causes.v9: a safeguard in force now ("deployment tooling now enforces staged rollouts")
                         # (verbs of policy only: "a bug now blocks logins" is the trouble going on)
                         r"|\bnow\s+(?:enforces|enforce|checks|check|validates|validate|verifies|verify|forbids|forbid|bars)\b"
                         r"|\bsince then,?\s+(?:we|it|they|the company)\s+(?:has|have|'ve)\b", re.I)  # "since then we have removed the tool"
# "a defect let the change bypass the checks", "a bug in the audit tool meant it did not stop the command"
_FAILED_SAFEGUARD = re.compile(r"\b(?:bypass(?:ed|es|ing)?|skip(?:ped|s)?|evad(?:e|ed|es))\s+(?:the\s+|its\s+|our\s+)?(?:\w+\s+)?(?:checks?|validations?|safeguards?|protections?|guardrails?|reviews?)\b"
                               r"|\b(?:did not|didn't|failed to|could not|couldn't)\s+(?:stop|catch|block|prevent|detect|flag|halt|reject)\b|\blet\b(?:\W+\w+){1,4}?\W+through\b"
                               # causes.v13: "a flaw in the checker allowed the bad file to pass", "... let it slip past the
                               # tests", "meant the mistake was never caught" (what was not caught is not the defect itself:
                               # "the bug was not caught in testing" names the cause)
                               r"|\ballow(?:ed|s|ing)?\b(?:\W+\w+){1,5}?\W+(?:to\s+(?:pass|slip|get\s+(?:through|past)|go\s+(?:through|out|live|unchecked)|reach|proceed)|through)\b"
                               r"|\bslip(?:ped|s|ping)?\s+(?:past|through)\b"
                               r"|(?<!\bbug\s)(?<!\bbugs\s)(?<!\bdefect\s)(?<!\bflaw\s)(?<!\bflaws\s)\b(?:was|were)\s+(?:not|never)\s+(?:caught|detected|flagged|blocked|stopped|rejected)\b", re.I)
# "..., but the company said there was no sign of one": a suspicion dismissed by a pronoun.
_SUSPICION_DISMISSED = re.compile(r"\bbut\b[^.;]*?\b(?:no|not any|never any|little)\s+(?:sign|signs|evidence|indication|trace)\s+of\s+(?:one|it|that|this|such|any)\b", re.I)
# "Our DNS servers are designed to stop advertising routes", "changes normally roll out in stages":
# how the system is meant to work, not what happened.
_GENERIC = re.compile(r"\b(?:is|are)\s+(?:\w+\s+)?(?:designed|built|meant|intended|supposed)\s+to\b|\b(?<!operating )(?<!working )(?<!running )(?<!functioning )(?:normally|usually|typically|ordinarily|periodically|regularly|whenever|often|commonly|frequently|always|constantly|routinely|continually|habitually|invariably|perpetually)\b|\btend to\b"
                      r"|\bmost (?:common|frequent)\b|\bjok(?:e|ed|es|ing)\b|\bby design\b"
                      r"|\b(?:can|could|may|might)\s+mean\b"  # "the phrase can mean anything, from a failed job to ..."
                      r"|\bevery\s+(?:few\s+|\d+\s+)?(?:seconds?|minutes?|hours?|days?|time)\b"
                      # causes.v8: a kind spoken of, not this event ("Attacks of this kind do not break in; they swamp",
                      # "outages like these tend to", "most public cases involve agents deleting files")
                      r"|\b[a-z]+s\s+(?:of\s+(?:this|that|the\s+same)\s+(?:kind|type|sort)|like\s+(?:this|these|that|those)(?:\s+ones?)?)\s+(?:do|does|don't|are|is|can|cannot|can't|tend|usually|often|rarely|seldom|involve|happen|come)\b"
                      r"|^[\s\"'(]*[a-z]+s\s+(?:of\s+(?:this|that|the\s+same)\s+(?:kind|type|sort)|like\s+(?:this|these|that|those))\b"
                      r"|\b(?:are|is)\s+(?:rising|increasing|growing|multiplying|on\s+the\s+rise|becoming\s+more\s+(?:common|frequent))\b"
                      r"|\bthe\s+(?:plan|idea|intention|theory|assumption|expectation|premise)\s+(?:was|is|had\s+been)\s+(?:that|to)\b"
                      r"|\bmost\s+(?:\w+\s+)?(?:cases|incidents|outages|failures|attacks|breaches|examples)\s+(?:involve|are|come|happen|start|begin|stem)\b"
                      # causes.v25: a kind defined or judged in the present, its subject indefinite ("A denial-of-service
                      # attack used to be a nuisance", "A scheduler that drops a column is a software bug", "Lightning
                      # strikes are routine", "Extortion by denial of service is an old trick")
                      r"|^[\s\"'(“]*(?-i:An?)\s+(?:[\w-]+\s+){1,8}?(?:is|used\s+to\s+be)\s+(?:a|an)\s+(?!(?:likely|possible|probable|plausible|"
                      r"leading|partial|main|major|key)\b)"
                      r"|^[\s\"'(“]*(?-i:[A-Z])[\w-]*(?:\s+[\w-]+){0,6}?\s+(?:is|are)\s+(?:(?:a|an)\s+(?:old|common|familiar|classic|"
                      r"well-worn|routine)\s+(?:trick|tactic|story|pattern|problem)|routine|commonplace|nothing\s+new)\b", re.I)
# Lower-case words one of which every match of _GENERIC holds ("mean" also stands in "meant").
_GENERIC_WORDS = ("designed", "built", "mean", "intended", "supposed", "normally", "usually", "typically", "ordinarily",
                  "periodically", "regularly", "whenever", "often", "commonly", "frequently", "always", "tend to", "most ",
                  "constantly", "routinely", "continually", "habitually", "invariably", "perpetually",
                  "jok", "by design", "every", " of this ", " of that ", " of the same ", " like th", "the plan",
                  "the idea", "the intention", "the theory", "the assumption", "the expectation", "the premise", "rising",
                  "increasing", "growing", "multiplying", "on the rise", "becoming more",
                  " is a", " is an", "used to be", " routine", "commonplace", "nothing new")


def _generic(sent: SentenceInfo) -> bool:
    """_GENERIC occurs in the sentence (the regex, with its lookbehinds, runs only when one of its words is there).
    "every time"/"whenever" in a past sentence tell how the failure went ("asked again every time the page
    redrew"), not how things usually work. (Kept on the sentence: asked again by other readers of it.)"""
    answer = sent.generic
    if answer is None:
        answer = sent.generic = _read_generic(sent)
    return answer


# causes.v16: "normally" after a verb of working tells how a thing ran ("prevented the instance from starting normally",
# "pages were not loading normally"), not how things usually are ("the switch normally hands over")
_MANNER_VERB_BEFORE = re.compile(r"(?:\w+ing|work|works|worked|function|functions|functioned|run|runs|ran|operate|operates|"
                                 r"operated|start|starts|started|load|loads|loaded|boot|boots|booted|respond|responds|"
                                 r"responded|behave|behaves|behaved|resume|resumed|resumes)\s+$", re.I)


def _manner_normally(text: str, m: re.Match) -> bool:
    return m.group(0).lower() == "normally" and _MANNER_VERB_BEFORE.search(text, max(0, m.start() - 16), m.start()) is not None


def _read_generic(sent: SentenceInfo) -> bool:
    if not sent.may_contain(*_GENERIC_WORDS):
        return False
    matches = [m.group(0).lower() for m in _GENERIC.finditer(sent.text) if not _in_relative_clause(sent.text, m.start())
               # causes.v10: "the equipment that is supposed to hand the load over … did not": what a part is for
               and not (m.group(0)[:1] in "iIaA" and _RELATIVE_BEFORE.search(sent.text, max(0, m.start() - 8), m.start()))
               and not _manner_normally(sent.text, m)]
    if not matches:
        return False
    if all(w.startswith(("every", "whenever")) for w in matches):
        return not _verb_forms(sent)[0]  # in a past sentence: how the failure went
    return True
# causes.v7 / ai.v7: advice to the reader, told in the imperative ("Keep backups out of the agent's reach", "Never give
# a bot write access", "First, do not trust a prompt"): what to do, not what happened. The verbs are those advice
# is given with; the word after one must be what it acts on (a determiner or pronoun), which a noun
# opening a sentence ("Test results showed …", "Use of the tool …") does not have. Verbs that introduce an example
# ("Consider the 2021 outage, which …", "Take the case of …", "Remember when …") are left out: what follows happened.
_ADVICE_VERBS = frozenset("keep put give scope limit restrict use make check test back treat assume store separate require "
                          "grant avoid stop add set turn build write review audit rehearse plan ask try "
                          "let have sandbox lock rotate monitor log isolate segment train read watch ensure insist "
                          "demand run point trust expect leave hand allow insure protect guard "
                          # causes.v17: "Upgrade when convenient.", "Patch now."
                          "upgrade update patch apply enable disable".split())
_ADVICE_OBJECTS = frozenset("the a an your every each all any it them its their anything everything yourself "
                            "whatever agents bots tools backups copies "
                            # causes.v17: "Review who can log in to your RMM", "Check whether …", "Upgrade when convenient"
                            "who whom what whether which how where when now immediately".split())
_ADVICE_NEGATIONS = frozenset(("never", "don't", "don’t"))
_INVERTED_AUX = frozenset("had has have was were is are did does do could would will".split())
_ADVICE_OPENERS = frozenset("first second third fourth finally also so then and or , : ; \" “ ‘ ' — –".split())


_TROUBLE_NOUNS = frozenset("problem problems issue issues glitch glitches trouble fault faults".split())


def _generic_network_trouble(lower: list[str], tok: int) -> bool:
    """"a network problem", "a network connectivity issue": trouble named by its layer only."""
    nxt = tok + 2 if tok + 2 < len(lower) and lower[tok + 1] == "connectivity" else tok + 1
    return lower[tok] == "network" and nxt < len(lower) and lower[nxt] in _TROUBLE_NOUNS


# causes.v7: a device named in the sentence before, told again by the pronoun that opens this one with a verb of failing
# ("The culprit was one switch. It malfunctioned at dawn and cut off the tills.")
_OPENING_PRONOUNS = frozenset(("it", "they"))
_DEVICE_NOUNS = frozenset("router routers switch switches disk disks drive drives controller controllers component components "
                          "device devices equipment hardware appliance appliances module modules ssd ssds server servers "
                          "unit units".split())
_DEVICE_FAILED = frozenset("malfunctioned failed overheated died broke fried".split())
_DEVICE_WORN = frozenset("gave burned burnt wore".split())  # + "out"
_BETWEEN_SUBJECT_AND_VERB = frozenset("had has have then later also suddenly itself themselves just".split())
_LOOK_BACK_TOKENS = 60


def _device_told_by_a_pronoun(sent: SentenceInfo) -> int | None:
    """The token of the verb of failing, when "It"/"They" opens the sentence with one and the sentence before names a device."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    verb = None
    for k in range(lo + 1, min(hi - 1, lo + 4)):
        if lower[k] in _DEVICE_FAILED and not (lower[k] == "failed" and lower[k + 1] == "to") \
                or lower[k] in _DEVICE_WORN and lower[k + 1] == "out":
            verb = k
            break
        if lower[k] not in _BETWEEN_SUBJECT_AND_VERB:
            return None
    if verb is None or lo == 0:
        return None
    for i in range(lo - 2, max(0, lo - _LOOK_BACK_TOKENS) - 1, -1):
        if lower[i] in (".", "!", "?"):
            return None  # only the sentence right before
        if lower[i] in _DEVICE_NOUNS:
            return verb
    return None


def _seen_by_others(lower: list[str], lo: int, start: int) -> bool:
    """A perception verb shortly before, not the speaker's own ("users may see …", not "we experienced …")."""
    for i in range(start - 1, max(lo, start - 6) - 1, -1):
        if lemma_of(lower[i]) in _PERCEIVE:
            return not any(lower[k] in ("we", "i") for k in range(max(lo, i - 2), i))
    return False


_GENERAL_MODALS = frozenset("can cannot can't can’t need must should have don't don’t do".split())


def _general_you(lower: list[str], lo: int, hi: int) -> bool:
    """A sentence that opens on "You" + a present modal ("You cannot just …", "You need …", "You don't …")."""
    return lo + 1 < hi and lower[lo + 1] in _GENERAL_MODALS


_ADVICE_LEAD_IN = 8  # tokens before the colon of advice at most: "Our advice to every team running agents:"


def _advice(sent: SentenceInfo) -> bool:
    """The sentence, or its clause after a colon, opens with an imperative ("do not point an agent at …")."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    if _imperative_at(lower, lo, hi):
        return True
    # (the tokens are read for a colon only where the text has one: this runs on every sentence; causes.v17: only a
    # short lead-in makes the clause after the colon advice, "The lesson: never …"; a report before the colon tells what
    # happened and the colon a routine people fell into, "… had disrupted its services, and practitioners got used to a
    # new routine: try the portal, get an error")
    return ":" in sent.text and any(_imperative_at(lower, i + 1, hi) for i in range(lo, min(hi - 1, lo + _ADVICE_LEAD_IN))
                                    if lower[i] == ":")


def _imperative_at(lower: list[str], i: int, hi: int) -> bool:
    while i < hi - 1 and lower[i] in _ADVICE_OPENERS:
        i += 1  # "First, …", "Second: …", an opening quote
    if i >= hi - 1:
        return False
    w = lower[i]
    if w == "never" and (lower[i + 1] in _INVERTED_AUX or lower[i + 1] == "before"):
        return False  # "Never before had the exchange halted trading": emphasis, not advice
    if w in _ADVICE_NEGATIONS or (w == "do" and lower[i + 1] in ("not", "n't")):
        return True
    return w in _ADVICE_VERBS and lower[i + 1] in _ADVICE_OBJECTS


# "an attack we normally absorb", "the kind of spike that we routinely see": a habit told in a relative clause
# describes the noun, not the sentence, which may still tell what happened
_RELATIVE_SUBJECT = re.compile(r"([\w'’]+)\s+(?:we|they|you|it|he|she|i)\s+$", re.I)
_NOT_A_RELATIVE_HEAD = frozenset("and or but so because since as when if while although though than where once until "
                                 "then now also do did does can could will would should may might must what how why".split())


def _in_relative_clause(text: str, start: int) -> bool:
    m = _RELATIVE_SUBJECT.search(text, max(0, start - 40), start)
    return m is not None and m.start() > 0 and m.group(1).lower() not in _NOT_A_RELATIVE_HEAD


# "It has not said what the change was", "did not mention the attack theories": silence asserts nothing.
_SILENCE = re.compile(r"\b(?:not|n't|never)\s+(?:yet\s+|publicly\s+|exactly\s+)?(?:been\s+)?(?:(?:able|ready|prepared|willing)\s+to\s+)?(?:say|said|says|describe|described|explain|explained|mention|mentioned|disclose|disclosed|specify|specified|detail|detailed|reveal|revealed|use|used|name|named|confirm|confirmed|comment|commented|answer|answered|determine|determined|tell|identify|identified)\b"
                      r"|\bdeclined to (?:say|comment|specify|elaborate|explain|describe|name)\b"
                      # causes.v17: a negative subject: "Neither company has said how widely the update had been deployed"
                      r"|\b(?:neither|no|none)\s+(?:\w+\s+){0,3}?(?:has|have|had)\s+(?:yet\s+|publicly\s+)?(?:said|explained|disclosed|detailed|confirmed|revealed)\b"
                      r"|\b(?:no|without\s+any|without)\s+(?:public\s+)?mention\s+of\b|\bwithout\s+mentioning\b"
                      # causes.v8: "it is too early to say whether an attack was involved"
                      r"|\btoo\s+(?:early|soon)\s+to\s+(?:say|tell|know|determine|speculate|judge)\b"
                      # causes.v32: the outlet's own question ("We asked Hollowmere whether any change had been made …;
                      # it said none had"): it asserts nothing (its answer, after the semicolon, may); a question
                      # someone else asked ("People have asked whether this was an attack") the labels keep as their claim
                      r"|\b(?:we|i)\s+(?:asked|ask|wanted\s+to\s+know\s+from)\s+(?:[\w'’-]+\s+){0,3}?(?:whether|if)\b",
                      re.I)  # "with no mention of an attack"
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
_DEFENCE_NOUNS = frozenset("mitigation protection detection prevention defence defense defences defenses scrubbing surface response responses playbook".split())
# causes.v28: what a breach of rules breaks is a duty, not a system: "Channel 4 breached its licence", "a breach of contract"
_DUTY_NOUNS = frozenset("licence license licences licenses rules rule contract contracts terms conditions code regulations regulation "
                        "law laws duty duties obligations obligation agreement agreements covenant covenants guidelines standards "
                        "promise promises trust ceasefire sanctions".split())
# "a server-side problem introduced in a code update": a problem a change brought in is its defect.
_INTRODUCED = re.compile(r"\b(?:problem|issue|error|defect|flaw|fault|regression|bug)s?\b(?:\W+[\w'’-]+){0,3}?\W+(?:introduced|shipped|added)\s+(?:in|by|with|through|during)\b", re.I)
# "the fault lay with Fastly's own software": the software is where the fault was.
_FAULT_IN_SOFTWARE = re.compile(r"\b(?:fault|blame|problem|error)\s+(?:lay|lies|lie|rests?|rested|was|is)\s+(?:with|in)\s+(?:[\w'’-]+\s+){0,3}?(?:software|code)\b", re.I)
# "put the outage down to a single engineer", "blamed on an employee": a person as the cause.
_HUMAN_NOUN = r"(?:engineer|employee|operator|technician|staffer|staff member|worker|contractor|administrator|admin|developer|technician)s?(?:'s|’s)?"
_HUMAN_CAUSE = re.compile(r"\b(?:down to|blamed?\s+(?:it\s+)?(?:on)?|caused by|due to|fault of|because of|triggered by|result of|traced (?:\w+\s+){0,3}?to)\s+(?:an?|one|the|its|their|our|a single|a lone)?\s*(?:\w+\s+)?" + _HUMAN_NOUN + r"\b", re.I)
# A person as the agent of the slip: "an engineer mistakenly", "we inadvertently"; "an update applied
# by mistake" and "a monitoring mistake" say the change was unintended, which is not a human error.
# slip words that may say a thing misbehaved ("those rules wrongly cached pages"): a person must be in their clause
_THING_SLIPS = frozenset("wrongly erroneously incorrectly".split())
_HUMAN_AGENT = frozenset("engineer engineers operator operators employee employees staff staffer technician technicians administrator administrators admin admins developer developers worker workers contractor contractors person someone somebody human humans user users customer customers team we i he she".split())
_SLIP_WORDS = frozenset("mistake mistakes mistakenly accident accidentally inadvertently wrongly erroneously incorrectly improperly slip".split())
# Routes disappearing are a routing failure: "the routes that lead to its DNS servers disappeared".
_ROUTES_GONE = re.compile(r"\b(?:routes?|prefix(?:es)?|announcements?|advertisements?)\b(?:\W+[\w'’]+){0,14}?\W+(?:disappeared|vanished|were withdrawn|was withdrawn|were pulled|was pulled|were gone|was gone|went missing)\b", re.I)
# "the customer was not at fault", "the customer did nothing wrong": a person's share of the blame.
_HUMAN_AT_FAULT = re.compile(r"\b(?:customer|user|engineer|employee|operator|staff|person|human|technician|admin|administrator|developer)s?\b[^.;]{0,30}?\b(?:at fault|to blame|did nothing wrong|did anything wrong)\b", re.I)
# "the responsibility was his", "he calls the error his own", "calls it her mistake": a person owning the fault.
_OWN_FAULT = re.compile(r"\b(?:responsibility|fault|blame|error|mistake)\s+(?:was|is|lay|lies|rests?|rested)\s+(?:entirely\s+|all\s+|solely\s+)?"
                        r"(?:his|hers|mine|ours|theirs|with\s+(?:him|her|me|us|them))\b"
                        r"|\bcall(?:s|ed|ing)?\s+(?:it|the\s+(?:error|mistake|deletion|failure))\s+(?:his|her|my|our|their)\s+(?:own\s+)?(?:error|mistake|fault)?", re.I)
# "one input to the tool was left blank", "a field had been left empty": a setting never given.
# causes.v6: "… spread because filters that could have stopped them were not configured": a safeguard left unconfigured,
# given as the reason, is a configuration fault asserted (the negation is the fault, not a denial)
_NOT_CONFIGURED = re.compile(r"\b(?:was|were|had|has|have|is|are)\s+(?:not|never)\s+(?:been\s+)?(?:properly\s+|correctly\s+|yet\s+)?"
                             r"(?:configured|enabled|set\s+up|switched\s+on|turned\s+on|activated|in\s+place)\b", re.I)
# causes.v6: "caused its servers to choke while processing it", "the parser hung when reading the file": a system
# failing on the input it was processing is a software defect (with no load named: that is capacity)
_CHOKED_ON_INPUT = re.compile(r"\b(?:chok(?:e|ed|es|ing)|hang|hangs|hung|crash(?:ed|es|ing)?|stall(?:ed|s|ing)?|freez(?:e|es|ing)|froze|"
                              r"seiz(?:e|ed|es|ing)\s+up)\s+(?:\w+\s+)?(?:while|when|on|in)\s+(?:processing|parsing|handling|reading|"
                              r"rendering|trying\s+to\s+(?:process|parse|read|handle|render))\b", re.I)
# causes.v6: "an error in the way those defences were implemented", "a flaw in how the protections were rolled out": a
# defect in how something was set up is a configuration fault, not a defect in code
_FLAWED_SETUP = re.compile(r"\b(?:error|errors|flaw|flaws|mistake|mistakes|problem|problems|fault|faults|defect|defects)\s+in\s+"
                           r"(?:how|the\s+way)\s+(?:[\w'’-]+\s+){1,5}?(?:was|were|had\s+been|is|are)\s+(?:\w+\s+)?"
                           r"(?:implemented|configured|set\s+up|rolled\s+out|applied|deployed|put\s+in\s+place|tuned)\b", re.I)
_SETUP_FAULT_HEADS = frozenset("error errors flaw flaws mistake mistakes problem problems fault faults defect defects".split())
# "… made the damage worse", "amplified the impact of the attack": what the broken defence did to the attack's harm
_MADE_IT_WORSE = re.compile(r"\b(?:amplif(?:ied|ies|y|ying)|magnif(?:ied|ies|y)|exacerbat(?:ed|es|e)|compound(?:ed|s)|worsen(?:ed|s)?)\b"
                            r"|\bmade\s+(?:[\w'’]+\s+){0,3}?worse\b", re.I)
_LEFT_BLANK = re.compile(r"\b(?:field|input|parameter|setting|value|entry|entries|column|variable|flag|option)s?\b(?:\W+[\w'’-]+){0,7}?\W+"
                         r"(?:left|was|were|been)\s+(?:blank|empty|unset|unspecified|undefined)\b", re.I)
# "no one outside Microsoft was involved", "no external party gained access": no attacker.
_NO_OUTSIDER = re.compile(r"\b(?:no one|no-one|nobody|no outsiders?)\s+(?:from\s+)?outside\b(?:\W+[\w'’-]+){0,4}?\W+(?:was|were|had been|has been)\s+involved\b"
                          r"|\bno\s+(?:external|outside|third)[ -]?(?:party|parties|actors?|attackers?)\s+(?:was|were|had been|has been|gained|had)\s+(?:involved|access)\b"
                          # causes.v7: "nothing about the outage was caused by anyone outside the company"
                          r"|\b(?:not|n't|nothing|never)\b[^.;]{0,40}?\b(?:caused|done|carried\s+out|started|triggered)\s+by\s+"
                          r"(?:anyone|anybody|someone|somebody|people|an?\s+[\w-]+)\s+(?:from\s+)?outside\b", re.I)
_FAULT_NEGATION = re.compile(r"\b(?:not|n't|never|nothing|no)\b", re.I)
# "it was a configuration change", "this is a DDoS attack": naming what the event was frames the cause.
_IDENTIFIED = frozenset("it this that".split())
_COPULA = frozenset("was is had been 's".split())
# "the doubled file exceeded the size limit": a limit an input outgrew is the change that grew it.
_INPUT_WORDS = frozenset("file files size entries features rows list lists records configuration config".split())
# "described the issue as network congestion": naming the cause of the issue frames it.
_CHARACTERISED = re.compile(r"\b(?:describ|characteri[sz]|labell?|term|call)\w*\s+(?:\w+\s+){0,4}?as\b", re.I)
_is_characterised = CaselessTest(_CHARACTERISED)  # the same test, faster on ASCII text
# "a storm of connection attempts", "a flood of requests": a figure of speech for a quantity.
_COMPUTE_NOUNS = frozenset("server servers network networks system systems site sites website websites api apis endpoint endpoints platform service services against".split())
_QUANTITY_FIGURES = frozenset("storm flood wave avalanche deluge torrent tsunami barrage".split())
# causes.v12: systems that get "flooded" only by requests: "the resolvers got flooded", "the queue was flooded"
_FLOODED_SYSTEMS = frozenset("dns resolver resolvers database databases buffer buffers queue queues inbox inboxes gateway "
                             "gateways server servers cluster clusters".split())
# "the rules used to spot malicious requests", "protect against DDoS attacks": what is defended against.
_DEFENCE = frozenset("spot detect block filter stop catch mitigate identify flag protect defend against absorb fend screen scrub "
                     "soak deflect repel thwart withstand counter ward shield".split())
# "a new telemetry service that overloaded the control plane": load our own new software generated is
# that software's defect, not demand outgrowing capacity.
_NEW_SOFTWARE = re.compile(r"\bnew\s+(?:[\w-]+\s+){0,2}?(?:service|feature|system|component|version|release|deployment|tool|job|process|client|code)s?\b", re.I)
_EXCEEDED = frozenset("exceeded exceeds surpassed outgrew".split())
_OVERLOAD_WORDS = frozenset("overload overloaded overloading overloads overwhelm overwhelmed overwhelming overwhelms exhaust exhausted exhausting".split())
# A system strained past what it can carry, an event in itself: "the system was running hot", "the database buckled".
# causes.v6: work beyond what a system could carry, an event in itself ("could not keep up", "a usage spike",
# "drowned in retries", "more orders than it could handle", "the sheer number of changes", "never sized to handle")
_BEYOND_CAPACITY = frozenset("keep cope handle spike spikes surge surges burst bursts drowned drowning drowns than sheer unprecedented "
                             "enormous extraordinary sized asked equipped".split())
_STRAIN_WORDS = frozenset("running buckled collapsed swamped clogged clogging choked strained straining strain outstripped outpaced outran outrun outgrown overran much "
                          # causes.v18: "a server struggled under the load of the release"
                          "struggled struggling struggles struggle "
                          # causes.v10: demand planned too low ("had significantly underestimated demand")
                          "underestimated underestimate underestimates underestimating misjudged misjudge".split())
# "where it caused no problems": the cause word names something that did no harm.
_DID_NO_HARM = re.compile(r"\b(?:caused|causes|cause|triggered|created|led to)\s+(?:no|nothing|none)\b", re.I)
# "the same misconfiguration could have produced the same result": a hypothetical, not what happened.
_COUNTERFACTUAL = re.compile(r"\s*(?:\w+\s+){0,2}?(?:could|would|might)\s+(?:well\s+|also\s+)?have\s+(?:produced|caused|led|triggered|resulted|done|happened)\b", re.I)
# "its CDN, DNS and security services kept running": what kept working did not cause the outage.
_KEPT_WORKING = re.compile(r"\b(?:kept|keep|keeps|continued|continue|continues)\s+(?:to\s+)?(?:running|working|run|work|operate|operating)\b"
                          r"|\b(?:stayed|stay|stays|remained|remain|remains)\s+(?:up|online|available|operational)\b|\bunaffected\b"
                          r"|\b(?:was|were|is|are)\s+not\s+(?:affected|impacted)\b", re.I)
_kept_working = CaselessTest(_KEPT_WORKING)  # the same test, faster on ASCII text
# Demand that can exceed a limit; without it a "limit" was hit by the input (a file that grew).
_LOAD_WORDS = frozenset("traffic load demand requests request queries connections users visitors customers sessions calls".split())
# "New apps will get separate databases", "users will be able to": plans, not what happened.
_FUTURE = re.compile(r"\b(?:will|won't|shall)\s+(?:\w+\s+)?(?!have\b)[a-z]+|\b(?:is|are)\s+going\s+to\b|\bwe(?:'re| are) shipping\b", re.I)
# "the software could not resolve the route", "the code in the router misbehaved", "the program picked the
# wrong one": software as the subject of a verb of malfunction, in its own clause (the words between carry
# no punctuation). Only verbs of working wrongly, not of a user's symptom ("the app could not connect").
_SOFTWARE_MISBEHAVED = re.compile(
    r"\b(?:software|code|program|firmware)\b(?:\s+[\w'’-]+){0,7}?\s+(?:misbehav\w*|malfunction\w*|mishandl\w*|crash(?:ed|es)?|"
    r"(?:could\s+not|couldn't|was\s+unable\s+to|were\s+unable\s+to|failed\s+to)\s+(?:resolve|handle|process|parse|read|interpret|cope|"
    r"understand|calculate|compute|deal)|(?:picked|chose|took|computed|calculated|returned|produced|generated)\s+(?:the\s+|a\s+)?wrong|"
    r"(?:had\s+|has\s+|was\s+)?(?:never|not)\s+(?:been\s+)?(?:built|designed|written|made)\s+to\s+(?:handle|cope))\b", re.I)
# (a faulty artifact; "a faulty release/deployment" is a faulty act of shipping, CAUSE_deployment)
# "valves left in the wrong position", "a cable plugged into the wrong port", "a fibre wrongly connected":
# a manual act of placing a part, done wrong, is a person's slip even when no person is named
# causes.v16: a list or record someone keeps, out of date or wrong, given to what acted on it ("an engineer supplied the
# script with an out-of-date list of cancelled accounts", "blamed an outdated inventory fed to a clean-up job"): the
# person who prepared the input slipped (the program did what it was told)
_STALE_INPUT = re.compile(
    r"\b(?:out-of-date|out\s+of\s+date|outdated|stale|old|obsolete|wrong|incorrect|inaccurate|mistaken)\s+"
    r"(?:copy\s+of\s+(?:the\s+|a\s+)?)?(?:[\w-]+\s+)?(?:list|lists|spreadsheet|spreadsheets|inventory|inventories|export|register|"
    r"roster|record\s+of)\b(?=[^.;]{0,80}?\b(?:fed|supplied|given|gave|handed|passed|loaded|used|ran|run|running|feeding|"
    r"to\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:script|job|tool|process|program)|into)\b)"
    r"|\b(?:fed|supplied|gave|given|handed|passed|loaded|ran|run|used)\b[^.;]{0,60}?\b(?:out-of-date|out\s+of\s+date|outdated|stale|obsolete|wrong|"
    r"incorrect|inaccurate)\s+(?:[\w-]+\s+)?(?:list|lists|spreadsheet|inventory|export|register|roster)\b", re.I)
# causes.v19: a person's act aimed at the live system instead of the test one ("an engineer ran a clean-up command against the
# production cluster instead of the test cluster"): a slip
_WRONG_TARGET = re.compile(r"\b(?:engineers?|technicians?|operators?|administrators?|admins?|staff|someone|somebody|employees?|"
                           # causes.v20: any person who acted ("a colleague had run a clean-up script against the live database")
                           r"colleagues?|developers?|contractors?|workers?|he|she|they|we)\b[^.;]{0,60}?"
                           r"\b(?:ran|run|runs|executed|applied|pushed|deployed|sent|issued|typed|entered)\b[^.;]{0,80}?"
                           r"\binstead\s+of\s+(?:the\s+|its\s+|our\s+|their\s+|a\s+)?(?:test|testing|staging|development|dev|intended|"
                           r"correct|right|backup|sandbox)\b", re.I)
_MISPLACED = re.compile(
    r"\b(?:left|placed|put|installed|plugged|wired|connected|fitted|mounted|positioned|inserted|seated|patched|labell?ed)\s+"
    r"(?:in|into|to|at|on|onto)\s+(?:the\s+|a\s+)?(?:wrong|incorrect)\b|\b(?:wrongly|incorrectly|improperly)\s+"
    r"(?:left|placed|installed|plugged|wired|connected|fitted|mounted|positioned|inserted|seated|patched|labell?ed)\b", re.I)
# "the rules it deployed were set up wrongly", "those caching rules wrongly cached private pages": a rule or
# setting that was, or worked, wrong is a configuration error (a person's slip only with a person: _reread)
# causes.v7: excess load told with modifiers between the quantity and what it counts ("an unusually high volume of
# transaction-status requests", "a surge in password-reset logins"): the phrase families need them adjacent
_HOSTILE = r"(?:malicious|junk|bogus|fake|spoofed|hostile|attack|garbage|bot|botnet|ddos)\b"  # a flood of these is an attack
_LOAD_NOUNS = r"(?:requests?|quer(?:y|ies)|traffic|calls|logins|connections|transactions|messages|lookups|retries|sessions|orders|bookings|visitors|players)"
_VOLUME_OF_LOAD = re.compile(r"\b(?:(?:unusually|abnormally|exceptionally|extremely|very)\s+)?(?:high|heavy|large|huge|record|massive|sheer|"
                             r"enormous|unprecedented|unexpected|abnormal|extraordinary|excessive)\s+(?:volumes?|numbers?|amounts?)\s+of\s+"
                             r"(?:(?!" + _HOSTILE + r")[\w'’-]+\s+){0,3}?" + _LOAD_NOUNS + r"\b"
                             r"|\b(?:floods?|surges?|spikes?|deluge|torrent|barrage|avalanche)\s+(?:in|of)\s+(?:(?!" + _HOSTILE + r")[\w'’-]+\s+){0,3}?"
                             + _LOAD_NOUNS + r"\b", re.I)
# causes.v9: a release that "went out" or "went live" (with its own words between: "a performance update for the
# storage service went out to most regions at once"): a deployment, as "was rolled out"
_RELEASE_WENT_OUT = re.compile(r"\b(?:update|updates|upgrade|upgrades|release|releases|patch|patches|build|builds|version|change|changes)\b"
                               r"(?:\s+(?!and\b|but\b|which\b|that\b)[\w'’-]+){0,6}?\s+(?:went|goes|had\s+gone|has\s+gone)\s+(?:out|live)\b", re.I)
# causes.v9: trouble in or with software ("an issue with a software application on pilots' tablets", "a glitch in the
# code that prices fares"): a defect, as "a software issue" (a bare "app" stays out: "problems with the app" is
# often what users saw)
_USERS_SAW = frozenset("report see notice experience encounter complain describe have".split())
_TROUBLE_IN_SOFTWARE = re.compile(r"\b(?:issue|issues|problem|problems|glitch|glitches|fault|faults|error|errors|trouble|flaw|flaws|"
                                  r"defect|defects)\s+(?:with|in)\s+(?:(?:a|an|the|its|their|our|one|some|this|that)\s+)?"
                                  r"(?:[\w'’-]+\s+){0,2}?(?:software|code)\b", re.I)
# causes.v9: a failure told as happening at a site ("a failure at our primary data center", "a breakdown inside one of
# its data centres"): with nothing else named, the site's equipment broke (no power or fire word in the sentence)
_FACILITY_FAILED = re.compile(r"\b(?:failure|failures|breakdown|breakdowns|malfunction|malfunctions)\s+(?:at|in|inside|within)\s+"
                              r"(?:[\w'’-]+\s+){0,5}?(?:data[\s-]*cent(?:er|re)s?|datacent(?:er|re)s?|facilit(?:y|ies)|server\s+rooms?|"
                              r"data\s+halls?|server\s+farms?)\b(?![\s-]+(?:regions?|zones?|campus(?:es)?|markets?|industry|operators?))", re.I)
# causes.v9: more people or load than the service was planned for ("far more of you signed up than we had planned for",
# "demand ran higher than anyone expected", "built for a fraction of the players now trying to log in")
_PLANNED_FOR = r"(?:planned|expected|anticipated|prepared|bargained|budgeted|forecast|projected|predicted|designed|built|provisioned|sized)"
_MORE_THAN_PLANNED = re.compile(r"\b(?:more|bigger|larger|higher|greater|heavier)\b(?:\W+[\w'’-]+){0,8}?\W+than\s+(?:[\w'’-]+\s+){0,4}?"
                                + _PLANNED_FOR + r"\b"
                                r"|\b(?:built|designed|sized|meant|provisioned|planned|set\s+up)\s+(?:for|to\s+(?:handle|serve|carry|take))\s+"
                                r"(?:only\s+)?(?:a\s+(?:small\s+)?fraction|a\s+small\s+part|a\s+sliver)\s+of\b"
                                # causes.v19: load past what was expected ("demand has gone beyond even our high expectations",
                                # "interest had beaten its expectations") or what the systems could take ("more people knocking at
                                # once than its systems could answer")
                                r"|\b(?:gone|went|go|goes|going)\s+(?:well\s+|far\s+)?beyond\s+(?:even\s+)?(?:[\w'’-]+\s+){0,3}?"
                                r"(?:expectations?|forecasts?|projections?|estimates?)\b"
                                r"|\b(?:beaten|beat|beats|exceeded|exceeds|surpassed|outstripped|outpaced|outran|topped)\s+(?:even\s+)?"
                                r"(?:[\w'’-]+\s+){0,3}?(?:expectations?|forecasts?|projections?|estimates?)\b"
                                r"|\bthan\s+(?:its|our|the|their)\s+(?:[\w-]+\s+){0,2}?(?:systems?|servers?|infrastructure|network|platform)\s+"
                                r"(?:could|can|were\s+able\s+to|was\s+able\s+to)\s+(?:answer|handle|serve|take|cope|carry|support|absorb)\b", re.I)
# (the compared thing is load or people, not a difficulty: "the repair was more complex than expected" is no capacity)
_COMPARED_REACH = 9  # causes.v10: tokens back to the thing compared ("Traffic as people returned … was far heavier than forecast")
_MORE_OF_WHAT = frozenset("you users players people customers visitors shoppers fans traffic demand interest audience load requests sign-ups signups "
                          "logins connections subscribers applicants buyers viewers gamers crowd crowds orders queries calls".split())
# causes.v7: a set value outgrown ("a routing table value … was inadvertently exceeded", "the connection limit had been
# hit"): a limit set too low is a configuration matter, unless load is named (then it is capacity)
_SET_LIMIT_EXCEEDED = re.compile(r"\b(?:value|limit|threshold|quota|maximum|ceiling|cap|setting)s?\b(?:\W+[\w'’-]+){0,6}?\W+"
                                 r"(?:was|were|had\s+been|has\s+been|have\s+been|got)\s+(?:\w+ly\s+)?(?:exceeded|surpassed|overrun|breached|hit)\b", re.I)
_CONFIGURED_WRONGLY = re.compile(
    r"\b(?:rules?|settings?|configurations?|config|parameters?|policy|policies|thresholds?|flags?|filters?)\b(?:\s+[\w'’-]+){0,10}?\s+"
    r"(?:(?:set\s+up|configured|written|defined|set)\s+(?:wrongly|incorrectly|improperly|badly|wrong)\b|(?:wrongly|incorrectly|erroneously)\s+[a-z]+ed\b)", re.I)
# causes.v15: a certificate that expired or was not renewed, with words between ("the TLS certificate on our API
# gateway expired at 06:02"): a lapse of configuration, as "an expired certificate"
_CERT_LAPSED = re.compile(r"\bcert(?:ificate)?s?\b(?:\s+(?!and\b|but\b|which\b|that\b)[\w'’.:-]+){0,6}?\s+"
                          r"(?:(?:had|has|have)\s+)?(?:expired|lapsed|run\s+out|ran\s+out|(?:was|were)\s+not\s+renewed)\b", re.I)
# causes.v15: a faulty piece of equipment ("a faulty piece of networking equipment", "a failed unit of storage
# hardware"): a hardware failure, as "faulty equipment"
_FAULTY_KIT = re.compile(r"\b(?:faulty|failed|failing|defective|broken|malfunctioning|damaged)\s+(?:piece|pieces|item|items|unit|units|"
                         r"bit|bits)\s+of\s+(?:[\w-]+\s+){0,2}?(?:equipment|hardware|kit|gear)\b", re.I)
# causes.v19: trouble placed at a supplier of the company ("a problem at one of the bank's suppliers", "a fault with its
# card-processing vendor"): a third party's
_TROUBLE_AT_SUPPLIER = re.compile(r"\b(?:problems?|faults?|failures?|issues?|outages?|glitch(?:es)?|errors?|trouble|breakdowns?)\s+"
                                  r"(?:at|with|in|inside|within)\s+(?:one\s+of\s+)?(?:(?:its|their|our|the|a|an)\s+|[\w.&-]+['’]s\s+)"
                                  r"(?:[\w-]+['’]s\s+)?(?:[\w-]+\s+){0,2}?(?:suppliers?|vendors?|contractors?|partners?)\b", re.I)
_FAULTY_CHANGE = re.compile(r"\b(?:faulty|defective|flawed|buggy|botched|broken)\b(?:\W+[\w'’]+){0,2}?\W+(?:update|patch|build|version|file)s?\b", re.I)


def cause_findings(doc: Doc, sent: SentenceInfo, ai: Finding | None, third_party: bool, lenient: bool = False,
                   hosting: bool = False) -> list[Finding]:
    """Cause claims of a sentence (see `_cause_findings`); causes.v9: a retraction ("It withdrew that explanation",
    "Further checks found that this was not the case") denies the causes the sentences just before it asserted."""
    found = _cause_findings(doc, sent, ai, third_party, lenient, hosting)
    if _RECENT_CAUSES in doc.user_data and sent.may_contain(*_RETRACTION_WORDS):
        index, earlier = doc.user_data[_RECENT_CAUSES]
        m = _RETRACTION.search(sent.text) if sent.index - index <= _RETRACTION_REACH else None
        if m is not None:
            # (the retraction's own clause: "That explanation was wrong: a technician had unplugged a rack")
            told = {f.normalized for f in found}
            found = [Finding("cause", cat, "denies", sent.span.start, sent.start, sent.start + m.end())
                     for cat in sorted(earlier - told)] + found
    if not found and _RECENT_CAUSES in doc.user_data and sent.may_contain("not", "n't", "n’t"):
        index, earlier = doc.user_data[_RECENT_CAUSES]
        if index == sent.index - 1 and _ELLIPTICAL_DENIAL.match(sent.text.strip()):
            # causes.v12: "Customers were sure it was hackers. The chain said it was not.": the elided predicate is the
            # cause the sentence just before asserted
            found = [Finding("cause", cat, "denies", sent.span.start, sent.start, sent.end) for cat in sorted(earlier)]
    if not found and sent.may_contain("at once", "at the same time", "simultaneously") and not _generic(sent):
        crowd = _crowd_at_once(sent)  # causes.v12: "too many people wanting in at once": load told without the word
        if crowd is not None:
            denied = negated(doc, sent, crowd) and not _not_built_for(sent.tokens.lower, sent.span.start, crowd)
            found = [Finding("cause", "capacity", "denies" if denied else "asserts", crowd, sent.start, sent.end)]
    if not found and (ai is None or ai.polarity != "denies") and sent.may_contain("nothing to do with", "no connection to", "unrelated to", "not related to",
                                                     "not linked to", "not connected"):
        found = _link_denied(sent)  # causes.v12: "the outage had nothing to do with the accident at the plant"
    if sent.may_contain(" one") and (found or _RECENT_CAUSES in doc.user_data):
        found = found + _one_denied(doc, sent, found)
    if not found and _RECENT_CAUSES in doc.user_data and sent.tokens.lower[sent.span.start] == "it":
        fire = _fire_told_by_a_pronoun(doc, sent)
        if fire is not None:
            found = [fire]
    if _RECENT_CAUSES in doc.user_data and sent.may_contain("crashed"):
        harm = _crash_told_by_a_pronoun(doc, sent)
        if harm is not None and all(f.polarity != "asserts" or f.tok > harm.tok for f in found):
            # (what it crashed is the harm, whatever its words: "It crashed the routers" names no network fault)
            found = [f for f in found if f.polarity != "asserts"] + [harm]
    if sent.may_contain("fib", "cable", "duct") and not sent.has("CAUSE_power"):
        found = _cut_by_outsiders(doc, sent, found)
    asserted = {f.normalized for f in found if f.polarity == "asserts" and f.normalized != "unknown"}
    if asserted:
        doc.user_data[_RECENT_CAUSES] = (sent.index, asserted)
        if "cyberattack" in asserted:
            doc.user_data[_ATTACK_TOLD_KEY] = sent.index
    return found


# causes.v13: a line cut by someone outside the company — building work, a contractor's crew — is a third party's act,
# not the network's own failure ("roadworks outside the city severed the carrier's fibre-optic cables", "a crew digging a
# trench cut into its fiber"); a cut told without the doer stays the network's ("a fibre cut in the north")
_PHYSICAL_CUT = re.compile(
    r"\b(?:cut|cuts|cutting|severed|severing|severs|damaged|damaging|damages|drilled|drilling|dug|digging|ripped|sliced|"
    r"struck|tore|broke)\b(?:\s+(?:into|through|up|open))?(?:\W+[\w'’-]+){0,5}?\W+(?:fibres?|fibers?|cables?|ducts?)\b"
    r"|\b(?:fibres?|fibers?|cables?)\b(?:\W+[\w'’-]+){0,6}?\W+(?:(?:were|was|had\s+been|been|got)\s+)?(?:cut|severed|damaged|"
    r"dug\s+up|ripped\s+out|sliced|struck|broken)\b", re.I)
_OUTSIDE_WORKS = re.compile(
    r"\b(?:construction|roadworks?|road\s+works?|building\s+work|(?:rail|railway|road|building)\s+(?:work|works|project|projects)|"
    r"excavat\w*|diggers?|backhoes?|bulldozers?|contractors?|crews?|workmen|labourers|laborers|third[- ]party)\b", re.I)
_OWN_STAFF = re.compile(r"\b(?:our|its|their)\s+(?:own\s+)?(?:\w+\s+)?(?:crews?|workers|engineers|technicians|staff)\b", re.I)


def _cut_by_outsiders(doc: Doc, sent: SentenceInfo, found: list[Finding]) -> list[Finding]:
    cut = _PHYSICAL_CUT.search(sent.text)
    if cut is None or not _OUTSIDE_WORKS.search(sent.text) or _OWN_STAFF.search(sent.text) or _generic(sent):
        return found
    tok = _token_at(sent, cut.start())
    if negated(doc, sent, tok) or any(f.polarity == "asserts" and f.normalized not in _CUT_READINGS for f in found):
        return found  # ("no cable was cut", or the sentence names another cause beside the cut)
    kept = [f for f in found if f.polarity != "asserts"]
    return kept + [Finding("cause", "third_party", "asserts", tok, sent.start, sent.end)]


# what a cut line is read as without its doer: the network's trouble, a broken part, a person's slip, an unnamed issue
_CUT_READINGS = frozenset(("network_bgp", "hardware", "human_error", "third_party", "unknown"))


# causes.v12: a crowd arriving together is load told without the word: "too many people wanting in at once",
# "everyone's logging in at the same time", "a site not built for this many visitors at once". (Not a crowd hit by the
# outage together: "many customers lost service at once" tells the harm.)
_CROWD_OPENERS = frozenset("many everyone everybody everyone's everybody's lots lot".split())
_CROWD_NOUNS = _MORE_OF_WHAT | frozenset("clients devices machines servers phones apps browsers bots passengers travellers travelers "
                                         "commuters members patients students taxpayers citizens residents".split())
_AT_ONCE_REACH = 10  # tokens from the crowd to "at once"
_SEEKING = frozenset("logging log trying try tried signing sign wanting want wanted rushing rushed rush arriving arrived "
                     "hitting hit refreshing refreshed connecting connected asking asked checking checked coming came "
                     "turning turned piling piled streaming streamed queueing queuing queued".split())
_HARMED_AFTER = frozenset("down offline out affect affected affects hit hits disconnect disconnected".split())
_CROWD_LIMITS = frozenset("limit cap throttle restrict control stagger".split())
_BUILT_FOR = frozenset("built designed sized meant made prepared ready equipped provisioned".split())


def _not_built_for(lower: list[str], lo: int, crowd: int) -> bool:
    """"a site not built for this many people at once": a shortfall of capacity, asserted by its negation."""
    return any(lower[k] == "for" and lower[k - 1] in _BUILT_FOR for k in range(max(lo + 1, crowd - 3), crowd))


def _crowd_at_once(sent: SentenceInfo) -> int | None:
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    outage = {t for t, _e in sent.hits.get("OUTAGE", ())} | {t for t, _e in sent.hits.get("OUTAGE_STRONG", ())}
    for i in range(lo, hi - 1):
        w = lower[i]
        if w not in _CROWD_OPENERS:
            continue
        if w in ("many", "lot", "lots") and not any(lower[k] in _CROWD_NOUNS for k in range(i + 1, min(hi, i + 3))):
            continue  # "many services failed at once": no crowd
        if w == "many" and (i == lo or lower[i - 1] not in ("too", "so", "this", "that", "how")):
            continue  # "many customers …" alone counts those hit
        before = range(max(lo, i - 3), i)
        if any(lower[k] in _HARMED_AFTER or lemma_of(lower[k]) in _REPAIR_VERBS or lemma_of(lower[k]) in _CROWD_LIMITS for k in before) \
                or _in_a_safeguard_purpose(lower, lo, i, hi):
            continue  # "cannot take down so many machines at once", "limiting how many clients start at the same time"
        if w.startswith("every") and not any(lower[k] in _SEEKING for k in range(i + 1, min(hi, i + 4))):
            continue  # "everyone's tickets stopped working at the same time": the harm, not the crowd
        for j in range(i + 1, min(hi - 1, i + _AT_ONCE_REACH)):
            if j in outage or lower[j] in (";", "but"):
                break
            if (lower[j] == "at" and lower[j + 1] in ("once",)) or lower[j] == "simultaneously" or (
                    lower[j] == "at" and j + 3 < hi and lower[j + 1] == "the" and lower[j + 2] == "same" and lower[j + 3] == "time"):
                return i
    return None


# causes.v12: the outage (or "it") denied any link to a thing named after it: "It also had nothing to do with the sale we
# were running", "the evening outage was unrelated to the accident in Iowa". The thing is the cause denied: its own
# category where it names one, else a cause named without a category
_LINK_DENIED = re.compile(r"\b(?:had|has|have|bore|bears)\s+(?:absolutely\s+)?nothing\s+to\s+do\s+with\b"
                          r"|\b(?:was|were|is|are)\s+(?:entirely\s+|completely\s+|wholly\s+)?(?:unrelated\s+to|not\s+(?:(?:related|linked)\s+to|connected\s+(?:to|with)))\b"
                          r"|\b(?:had|has|have)\s+no\s+(?:connection|link)\s+(?:to|with)\b", re.I)
_LINK_SUBJECTS = frozenset("it this they these".split())  # (not "that": "a file that had nothing to do with its task")


def _link_denied(sent: SentenceInfo) -> list[Finding]:
    m = _LINK_DENIED.search(sent.text)
    if m is None:
        return []
    lower = sent.tokens.lower
    verb = _token_at(sent, m.start())
    lo = sent.span.start
    # the subject: the outage itself ("the outage", "Monday's disruption") or a pronoun right before the verb
    subject = range(max(lo, verb - 6), verb)
    if not (any(t in subject for t, _e in sent.hits.get("OUTAGE", ())) or any(
            lower[k] in _LINK_SUBJECTS for k in range(max(lo, verb - 2), verb))):
        return []
    after = _token_at(sent, m.end() - 1) + 1
    if any(after <= t < after + 3 for t, _e in sent.hits.get("OUTAGE", ())):
        return []  # causes.v26: "It was not connected to the outage": something else, cleared of the outage itself
    cats = sorted({f[len("CAUSE_"):] for f in sent.cause_families() for t, _e in sent.hits[f] if after <= t < after + 8})
    return [Finding("cause", cat, "denies", verb, sent.start, sent.end) for cat in (cats or ["unknown"])]


# causes.v12: a reported clause whose predicate is elided after its negation ("The company said it was not.",
# "Officials insist they were not.", "But the firm says that isn't so."): nothing may follow the negation
_ELLIPTICAL_DENIAL = re.compile(
    r"(?:but\s+|and\s+)?(?:[\w'’&.-]+\s+){1,5}?(?:said|says|say|insisted|insists|insist|maintained|maintains|stressed|"
    r"stresses|told\s+\w+|replied|replies|answered|answers)\s+(?:that\s+)?(?:it|this|that|they|he|she)\s+"
    r"(?:was|were|is|are|had|has|did|does)\s*(?:not|n't|n’t)(?:\s+so)?\s*[.!]?[\"”’']?$", re.I)


# causes.v9: "The problem was a fire. It started among the batteries in the basement …": "It" opening the next sentence
# with a verb of a fire's start or spread tells the same fire again (C1: a restatement is a claim)
_FIRE_VERBS = frozenset("started began broke spread erupted ignited smouldered smoldered raged".split())
# causes.v30: what a storm of machine traffic is made of ("an alarm storm", "a retry storm", "a broadcast storm")
_STORMS_OF_MACHINES = frozenset("alarm alarms alert alerts retry retries request requests login logins reconnect reconnection "
                                "reconnections notification notifications message messages packet packets broadcast traffic query "
                                "queries paging page signalling signaling dns connection connections event events error errors "
                                "restart restarts reboot reboots api call calls update updates log logs".split())
# causes.v30: words before "fire" that make it a verb (an alert or a rule that fires): a modal, a negation, "to"
_BEFORE_A_VERB_FIRE = frozenset("may might can could will would should must not n't never to did does do alerts alarms rules "
                                "triggers checks monitors webhooks".split())


def _fire_told_by_a_pronoun(doc: Doc, sent: SentenceInfo) -> Finding | None:
    index, earlier = doc.user_data[_RECENT_CAUSES]
    lo = sent.span.start
    if index != sent.index - 1 or "environmental" not in earlier or lo + 1 >= sent.span.end:
        return None
    verb = lo + 2 if sent.tokens.lower[lo + 1] in ("had", "then", "first") and lo + 2 < sent.span.end else lo + 1
    if sent.tokens.lower[verb] not in _FIRE_VERBS:
        return None
    return Finding("cause", "environmental", "asserts", verb, sent.start, sent.end)


# causes.v17: "His malware scanned for exposed ports. It crashed them.": a pronoun subject of a transitive "crashed"
# refers back to the one cause the sentences just before asserted; the harm restates that cause (C1)
_PRONOUN_REACH = 3


def _crash_told_by_a_pronoun(doc: Doc, sent: SentenceInfo) -> Finding | None:
    index, earlier = doc.user_data[_RECENT_CAUSES]
    if sent.index - index > _PRONOUN_REACH or len(earlier) != 1:
        return None
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    crash = next((k for k in range(lo + 1, hi) if lower[k] == "crashed" and _pronoun_crashed_something(lower, lo, hi, k)), None)
    if crash is None or negated(doc, sent, crash):
        return None
    return Finding("cause", next(iter(earlier)), "asserts", crash, sent.start, sent.end)


# causes.v9: "officials said they had seen nothing to suggest one", "there was no sign of one": "one" stands for the cause
# just named (in this sentence or the one before); the clause denies it, in its own speaker's voice
_ONE_DENIED = re.compile(r"\b(?:nothing|no\s+(?:evidence|sign|signs|indication|suggestion|trace|hint|reason))\b(?:\s+[\w'’-]+){0,5}?\s+"
                         r"(?:suggest|suggests|suggested|suggesting|of|indicate|indicates|indicated|point|points|pointing|to)\s+(?:such\s+)?one\b", re.I)


def _one_denied(doc: Doc, sent: SentenceInfo, found: list[Finding]) -> list[Finding]:
    m = _ONE_DENIED.search(sent.text)
    if m is None:
        return []
    cats = {f.normalized for f in found if f.normalized != "unknown"}
    if not cats and _RECENT_CAUSES in doc.user_data:
        index, earlier = doc.user_data[_RECENT_CAUSES]
        cats = set(earlier) if sent.index - index <= 1 else set()
    start = sent.start + m.start()
    clause = max(sent.text.rfind(", ", 0, m.start()), sent.text.rfind("; ", 0, m.start()))
    quote_start = sent.start + (clause + 2 if clause >= 0 else 0)
    tok = _token_at(sent, m.start())
    covered = {f.normalized for f in found if f.polarity == "denies" and f.quote_start >= quote_start and f.quote_end <= sent.start + m.end() + 2}
    return [Finding("cause", cat, "denies", tok, quote_start, sent.start + m.end()) for cat in sorted(cats - covered)
            if start >= quote_start]


_RECENT_CAUSES = "ow_cause_recent"  # doc.user_data: (index of the sentence, the causes it asserted)
# "work to move the handling of IoT devices onto new equipment", "migrating customers to a new platform"
# (a move done, or under way when it broke: not a plan, "we are moving to new servers next year")
_MOVED_ONTO_NEW = re.compile(r"(?:\b(?:moved|migrated|transferred|shifted|switched)|\b(?:work|works|during|while|when|as)\s+"
                             r"(?:\w+\s+){0,3}?(?:to\s+)?(?:mov(?:e|ing)|migrat(?:e|ing|ion)|transfer(?:ring)?|shift(?:ing)?|"
                             r"switch(?:ing)?))\b(?:\W+[\w'’-]+){0,6}?\W+(?:onto|to)\s+(?:the\s+|a\s+|its\s+|our\s+)?new\b", re.I)
_MOVE_READINGS = frozenset(("hardware", "capacity", "unknown"))  # what a move onto new kit is misread as
_ROUTES_LEAKED = "ow_routes_leaked"  # doc.user_data: a sentence told routes leaked or announced by a network
# "leaked routes", "a route leak", "began announcing a route for", "hijacked the prefix"
def _routes_hijacked(sent: SentenceInfo, asserted: dict[str, int]) -> bool:
    """causes.v20: a network that leaked, hijacked or announced routes did something by the words' meaning ("a small
    network announced a more specific route for the bank's addresses, and traffic followed it")."""
    if "network_bgp" not in asserted or not sent.may_contain("leak", "announc", "hijack"):
        return False
    found = _ROUTING_TALK.search(sent.text)
    # (a past or progressive verb: "lets networks announce routes" tells how the protocol works)
    return found is not None and found.group().split(None, 1)[0].lower().endswith(("ed", "ing"))


_ROUTING_TALK = re.compile(r"\b(?:leak(?:ed|ing|s)?|announc(?:e|ed|es|ing|ements?)|hijack(?:ed|ing|s)?)\b(?:\W+[\w'’./-]+){0,4}?\W+"
                           r"(?:routes?|prefix(?:es)?|announcements?|address(?:es)?\s+(?:space|range|block))\b"
                           r"|\broutes?\s+(?:leak|leaks|hijack|hijacks)\b|\bbgp\s+(?:leak|hijack)", re.I)


_WET = re.compile(r"\b(?:water|coolant|pipes?|roof|rain|flood\w*|cool\w*|fire|smoke|gas)\b", re.I)
_RESOURCE_LEAK = re.compile(r"\b(?:(?:memory|connection|handle|session|socket|thread|resource|file[- ]descriptor)s? leak|"
                            r"leak(?:ed|ing|s)?(?: \w+){0,2} (?:memory|connections?|handles?|sessions?|sockets?|threads?|"
                            r"resources?|file descriptors?))", re.I)
_WATER_IN_DOCUMENT = "ow_water_in_document"  # doc.user_data: the document speaks of water, cooling or fire


def _only_a_leak(sent: SentenceInfo, tok: int) -> bool:
    """The sentence's environmental reading is the word "leak" alone (no water, no cooling, no fire beside it)."""
    return sent.tokens.lower[tok].startswith("leak") and not _WET.search(sent.text)


def _water_in_document(doc: Doc) -> bool:
    wet = doc.user_data.get(_WATER_IN_DOCUMENT)
    if wet is None:
        wet = doc.user_data[_WATER_IN_DOCUMENT] = _WET.search(doc.text) is not None
    return wet
_RETRACTION_REACH = 2  # sentences back a retraction may point
_RETRACTION_WORDS = ("not the case", "withdr", "retract", "walked back", "backtrack", "abandon", "dropped that", "dropped the",
                     "dropped its", "was wrong", "was mistaken", "proved wrong", "proved false", "turned out to be wrong")
_RETRACTION = re.compile(
    r"\b(?:withdr[ae]w|withdrawn|retract(?:ed|s)?|walked\s+back|walks\s+back|backtracked\s+on|abandon(?:ed|s)?|dropped)\s+"
    r"(?:that|this|the|its|their|his|her)\s+(?:earlier\s+|initial\s+|first\s+|original\s+)?"
    r"(?:explanation|claim|account|assessment|theory|statement|diagnosis|attribution|suggestion|version)\b"
    r"|\b(?:this|that|it)\s+(?:was|is|had\s+been)\s+not\s+the\s+case\b"
    r"|\b(?:that|this|the)\s+(?:earlier\s+|initial\s+|first\s+)?(?:explanation|claim|assessment|theory|diagnosis)\s+"
    r"(?:was|had\s+been|proved|turned\s+out\s+to\s+be)\s+(?:wrong|mistaken|false|incorrect|unfounded)\b", re.I)


def takes_back_earlier_cause(text: str) -> bool:
    """causes.v14: a denial that points back at a cause already told rather than naming one ("Later checks showed this
    was not the case", "The firm has withdrawn that explanation", "The bank said it was not"): what it denies is
    withdrawn from the account, not merely disputed. A denial that names its own thing ("there was no fire") is not."""
    stripped = text.strip()
    return _RETRACTION.search(stripped) is not None or _ELLIPTICAL_DENIAL.match(stripped) is not None


def _cause_findings(doc: Doc, sent: SentenceInfo, ai: Finding | None, third_party: bool, lenient: bool = False,
                    hosting: bool = False) -> list[Finding]:
    """Cause claims of a sentence, one per category and polarity. Questions assert nothing.

    `lenient`: in a status-page timeline or a vendor's own statement every sentence is about the
    incident, so a cause word needs no causal or outage framing ("The network congestion is easing").
    `hosting`: the incident's provider is a cloud or hosting provider, so "its cloud provider" in a
    customer's story is the provider itself, not a third party."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    if sent.text.rstrip().endswith("?"):
        return _answered_no(doc, sent)  # "Was it a hack? No.": a question asserts nothing, its answer may deny
    if lower[sent.span.start] in _TOPIC_OPENERS and _topic_heading(sent):
        return []  # causes.v8: "How the attackers got in": a section's topic, not a statement
    if _advice(sent) or lower[sent.span.start] == "you" and _general_you(lower, sent.span.start, sent.span.end):
        return []  # "Never give a bot the keys to production": advice to readers, not this outage's cause
        # (causes.v9: "You cannot just switch a hall back on after a fire": what holds for anyone, not what happened)
    fams = sent.cause_families()
    if not fams and _QA_MEMO in doc.user_data:
        denied = _denied_again(doc, sent)  # "… No. The regulator ruled that out on the day."
        if denied:
            return denied
    if not fams and sent.tokens.lower[sent.span.start] in _OPENING_PRONOUNS:
        device_failed = _device_told_by_a_pronoun(sent)
        if device_failed is not None:
            return [Finding("cause", "hardware", "asserts", device_failed, sent.start, sent.end)]
    if not fams and "OUTAGE" in sent.hits and sent.may_contain(*_FAILED_VERBS, *_DEVICE_STOPPED):
        device_failed = _device_subject_failed(sent)
        if device_failed is not None and not negated(doc, sent, device_failed) and not _generic(sent):
            return [Finding("cause", "hardware", "asserts", device_failed, sent.start, sent.end)]
    constructions = _construction_causes(sent)
    ai_asserts = ai is not None and ai.polarity == "asserts"
    agentive = _agentive_readings(sent)
    if not agentive and " during " in sent.lower:
        agentive = _removed_during_an_operation(sent)  # "a signing key was removed during a rotation"
    supplier_tok: int | None = None  # causes.v12: the thing supplied ("an update from …"), where the speaker's voice is read
    if not third_party and (fams or "CAUSAL" in sent.hits or "OUTAGE" in sent.hits
                            or _TROUBLE_NOUNS & set(lower[sent.span.start:sent.span.end])) \
            and sent.may_contain("supplier", "vendor", "provider", "contractor", "partner", "maker", "manufacturer", "whose",
                                 "processor"):
        supplier_tok = _owned_by_a_supplier(sent)  # "network equipment run by a vendor"
        third_party = supplier_tok is not None
    vague: int | None = None  # "attributed it to an operational issue": read only where nothing else names a cause
    slots: dict[str, int] | None = None  # read only when no trigger phrase names the cause
    if not fams and not constructions.found and not ai_asserts and not third_party and not agentive:
        slots = _slot_readings(sent)
        if not slots:
            vague = _vague_where_its_words_are(sent)
            if vague is None:
                return []
    # "systems were overwhelmed", "the count exceeded the maximum": an event in itself
    overloaded = any(lower[k] in _OVERLOAD_WORDS or lower[k] in _EXCEEDED or lower[k] in _STRAIN_WORDS or lower[k] in _BEYOND_CAPACITY
                     or lower[k] == "out" and lower[k - 1] in _RAN_FORMS  # causes.v19: "the system ran out of capacity"
                     for t, e in sent.hits.get("CAUSE_capacity", ()) for k in range(t, e))  # "demand far outstripped", "proved too much for"
    if not overloaded and "CAUSE_capacity" in sent.hits:
        # causes.v15: a load whose verb strains what carries it, a word or two on ("record load had strained its systems",
        # "the surge overwhelmed the database")
        overloaded = any(lower[k] in _OVERLOAD_WORDS or lower[k] in _STRAIN_WORDS for _t, e in sent.hits["CAUSE_capacity"]
                         for k in range(e, min(sent.span.end, e + 3)))
    framed = (sent.has("CAUSAL", "OUTAGE") or constructions.routes_gone or constructions.misbehaved or overloaded  # "systems were overwhelmed"
              or bool(agentive)  # "a technician removed the live database": an event in itself
              or _is_characterised(sent.text, sent.lower) or _identified(doc, sent, fams)
              or _trouble_with(sent, fams)  # "an issue at a third-party provider": the trouble lay there
              or supplier_tok is not None  # causes.v17: "our hosting provider is dealing with a power problem"
              or vague is not None and _harm_done_by(lower, vague + 2, sent.span.end)  # "a technical fault grounded flights"
              # causes.v25: the vague cause in a naming frame ("has offered only that it was a complex technical issue")
              or vague is not None and _framed_as_a_cause(lower, sent.span.start, vague)
              or _failure_or_shortage(sent, slots)  # "the device's failure cut its link", "not enough power"
              or bool(slots) and _holds_any(sent.lower, _FOUND_TROUBLE_VERBS) and _trouble_found(sent) is not None  # "found a problem with"
              or fams and "what " in sent.lower[:48] and _cleft_focus(sent) is not None)  # "What went wrong was a capacity problem"
    if not framed and fams and not lenient:
        # "Why did it break? Too many people arrived at once."; "a faulty load balancer dropped requests": a part
        # called failed names a failure by itself, like a bug or a fire
        framed = _answers_a_why_question(sent) or _failed_part(sent, fams)
    if not lenient and not framed and not sent.has("NEG", "SPEECH") and not ai_asserts \
            and not any(f in _FAILURES_BY_MEANING for f in fams) and not _wrong_configuration(sent):
        return []  # (a bug, an attack, a slip, a fire name a failure by themselves: "a dormant bug in the cache")
    if not framed and fams == ["CAUSE_cyberattack"] and not sent.has("NEG", "SPEECH") and not constructions.found \
            and _only_the_known_attack(sent):
        return []  # causes.v19: "We are working to contain the attack": the attack the text told of, no new account
    if fams == ["CAUSE_cyberattack"] and _ATTACK_TOLD_KEY in doc.user_data and not sent.has("CAUSAL", "OUTAGE", "OUTAGE_STRONG") \
            and not constructions.found and (_attack_only_dated_by(sent) or _attack_course_only(sent)):
        # causes.v22: once the text has told of the attack, a sentence that names it only as a time or as what someone
        # learned of ("an audit completed before the attack", "in the days after the attack", "officials learned of the
        # attack at 5:40") says something else: no new account of the cause (the attackers' acts still are one)
        return []
    # (the position is asked of the regex only where the faster test finds a plan)
    remediation = (_REMEDIATION.search(sent.text) if _may_remediate(sent.text, sent.lower) else None) or _AFTERWARDS.search(sent.text)
    if remediation is None and sent.may_contain("also", "working to", "working on"):
        remediation = _FURTHER_WORK.search(sent.text)  # causes.v33: "We're also adding regression tests …"
    if remediation and not _clause_before(sent, remediation.start()):
        return []  # "We are adding validation before deployment": what will change, not what happened
    if _action_item(sent):
        return []  # causes.v31: "* Improve the retry logic so that it cannot overload the storage system": a planned action
    if sent.may_contain("being", "been") and not sent.has("CAUSAL") and _only_a_remedy_rolling_out(sent, fams):
        return []  # causes.v32: "the mitigation steps currently being rolled out": the remedy (words between the remedy and
        # "being", which `_REMEDIATION`'s derived gate has no room for)
    found = _trigger_causes(doc, sent, fams)
    if hosting and ("third_party", "asserts") in found and _names_the_host(sent):
        # "deleted by its cloud provider" when the provider is that cloud: its own act, not said what it was
        vague = found.pop(("third_party", "asserts"))
    for cat, tok in constructions.found.items():
        denied = negated(doc, sent, tok) or (cat in constructions.fault_denied)
        found.setdefault((cat, "denies" if denied else "asserts"), tok)
    if (not any(p == "asserts" for _c, p in found) or sent.has("SPECULATION") and " but " in sent.lower) and not _generic(sent):
        # no trigger phrase names the cause: read the slot of the causal construction (not in a
        # sentence on how things normally work)
        ai_denied = list(sent.hits.get("AI", ())) if ai is not None and ai.polarity == "denies" else []
        for cat, tok in (_slot_readings(sent) if slots is None else slots).items():
            if any(a <= tok < b or tok < a <= tok + 3 for a, b in ai_denied):
                continue  # causes.v21: the slot holds the AI the sentence denies ("came from its AI coding tools")
            if not _not_a_cause(doc, sent, cat, tok, tok + 1) and not _silent_before(sent, sent.tokens.idx[tok]):
                # (causes.v8: "did not say whether the device failed after a change": silence, as for trigger words)
                found.setdefault((cat, "denies" if negated(doc, sent, tok) else "asserts"), tok)
    for cat, tok in agentive.items():
        # "a DNS change that an engineer pushed": the person who acted is deeper than what they changed
        # (the readers set aside recoveries themselves: "disabled by" is the harm here, not a repair)
        found.setdefault((cat, "denies" if negated(doc, sent, tok) else "asserts"), tok)
    attack_gave_way = _reread(doc, sent, found)
    not_this_outage = (any(p == "asserts" for _c, p in found) or third_party) and (
        not_about_an_event(sent) and not _software_failed_on_input(sent) or hampers_the_response(sent))
    if not_this_outage:
        # how the system works, a remark on outages in general, or what slowed the response: the
        # cause words assert nothing about this outage (denials still count: "there is no sign of an attack")
        found = {k: t for k, t in found.items() if k[1] == "denies"}
    if remediation:
        # "..., and that it had shut down some hardware to prevent failures": the plan's own clause asserts nothing
        cut = sent.start + remediation.start()
        for key in [k for k, t in found.items() if sent.tokens.idx[t] >= cut]:
            del found[key]
    if ai_asserts and (ai.role != "other" or ai.value == "in_cause_slot"):
        # an AI that acted, wrote the change or advised; one merely present ("the answer came from an
        # AI system") is recorded as AI involvement, not as the cause
        found.setdefault(("ai_agent", "asserts"), ai.tok)
    if third_party and not not_this_outage:
        found.setdefault(("third_party", "asserts"), sent.span.start if supplier_tok is None else supplier_tok)
    if not any(p == "asserts" for _c, p in found):
        vague = vague if vague is not None else _vague_where_its_words_are(sent)
        if vague is not None and not negated(doc, sent, vague):
            found[("unknown", "asserts")] = vague  # named, but not said what it was
    if not found:
        return []
    # A denied cause needs the sentence to be about causes or the outage, not just a stray "not".
    asserted = {c: t for (c, p), t in found.items() if p == "asserts"}
    if asserted and not lenient and not framed and not ai_asserts:
        # A cause word with no causal or outage framing ("DNS is a phonebook") says nothing about this outage.
        if not any(c in asserted for c in _EVENTS_BY_MEANING) and "unknown" not in asserted and not _power_lost(sent) \
                and not _routes_hijacked(sent, asserted):
            asserted = {}
    if third_party and asserted:
        # "a faulty CrowdStrike update crashed the machines": for this provider, the mechanism
        # belongs to someone else, so the cause is the third party
        asserted = {"third_party": min(asserted.values())}
        found = {k: v for k, v in found.items() if k[1] == "denies"}
        found[("third_party", "asserts")] = asserted["third_party"]
    if "network_bgp" in asserted and len(asserted) > 1 and _generic_network_trouble(lower, asserted["network_bgp"]):
        # causes.v7: "the provisioning service was affected by the network problems" beside a deeper cause: the
        # trouble names the layer, the other category what went wrong in it
        del asserted["network_bgp"]
        found.pop(("network_bgp", "asserts"), None)
    if asserted and sent.may_contain("leak", "announc", "hijack") and _ROUTING_TALK.search(sent.text):
        # causes.v13: a route leaked or announced by another network is the routing layer's failure, whoever's network
        # it was ("a small provider leaked our routes to its upstream", "a third-party network began announcing our
        # prefix"); a leak in a sentence on routes is never water
        doc.user_data[_ROUTES_LEAKED] = True
        for cat in ("third_party", "environmental", "human_error"):
            if cat in asserted and len(asserted) > 1 or cat == "environmental" and cat in asserted:
                del asserted[cat]
                found.pop((cat, "asserts"), None)
    elif "environmental" in asserted and _only_a_leak(sent, asserted["environmental"]) and (
            doc.user_data.get(_ROUTES_LEAKED) or not _water_in_document(doc)):
        # ("in the end the leak stopped", said of the route leak the document told before; "finding the leak took
        # four hours" in a report on connections that leaked: a leak is water only where the document speaks of it)
        tok = asserted.pop("environmental")
        found.pop(("environmental", "asserts"), None)
        if not asserted and _RESOURCE_LEAK.search(sent.text):
            # "a connection leak in its matchmaking service", "the service leaked database connections": a program
            # that does not give back what it takes
            asserted["software_bug"] = found[("software_bug", "asserts")] = tok
    if asserted and set(asserted) <= _MOVE_READINGS and sent.may_contain(" new") and not _generic(sent):
        moved = _MOVED_ONTO_NEW.search(sent.text)
        if moved is not None and not negated(doc, sent, _token_at(sent, moved.start())):
            # causes.v13: work to move traffic or devices onto new equipment is a change, whatever broke or filled up
            # on the way ("the fault began during work to move the handling of phones onto new routers"): the new
            # kit named as the destination is no failed part
            for cat in list(asserted):
                found.pop((cat, "asserts"), None)
            asserted = {"config_change": _token_at(sent, moved.start())}
            found[("config_change", "asserts")] = asserted["config_change"]
    chosen = _deepest(doc, sent, asserted) if asserted else None
    out: list[Finding] = []
    several = len([k for k in found if k[1] == "denies"]) + (1 if chosen else 0) > 1
    for (cat, pol), tok in sorted(found.items(), key=lambda kv: kv[1]):
        if pol == "asserts" and cat != chosen:
            continue
        qs, qe = clause_bounds(doc, sent, tok) if several else (sent.start, sent.end)
        # "a bug in an audit tool let the command through": a defect that only failed to stop the harm
        # is a claim, but not the outage's cause where the account names what got through
        safeguard = cat == "software_bug" and pol == "asserts" and sent.may_contain("through", "bypass", "skip", "evad", "not", "n't", "allow", "slip", "never") \
            and _FAILED_SAFEGUARD.search(sent.text) is not None
        # "broke_the_defence": the attack this sentence also names gave way to this cause (causes.v6)
        flag = "failed_safeguard" if safeguard else "broke_the_defence" if (
            attack_gave_way and pol == "asserts" and cat in _BROKE_THE_DEFENCE) else ""
        out.append(Finding("cause", cat, pol, tok, qs, qe, value=flag))
    return out


_FAILED_ADJECTIVES = frozenset("faulty failed failing defective broken malfunctioning dead damaged".split())


_FAILING_WORDS = frozenset("failed failing failure failures fault faults malfunction malfunctioned malfunctions died gave "
                           "broke overheated burned burnt fried wore error errors severed snapped sliced expired lapsed "
                           "blackholed hole misconfiguration misconfigured".split())
# causes.v23: verbs that sever a supply, failing words only before what they cut ("the blast cut commercial power to our
# building", "knocked out power to the exchange"; not the noun of "a power cut", which names the outage)
_SEVERING_VERBS = frozenset("cut cuts knocked knocks".split())


def _failed_part(sent: SentenceInfo, fams: list[str]) -> bool:
    """A cause hit that itself says something failed ("a faulty card", "a controller gave out", "a fibre cable was
    severed", "a routing error", "an expired certificate"): it names a failure by itself, like a bug or a fire."""
    lower = sent.tokens.lower
    return any(lower[k] in _FAILED_ADJECTIVES or lower[k] in _FAILING_WORDS
               or lower[k] in _SEVERING_VERBS and any(lower[j] in ("power", "electricity") for j in range(k + 1, e))
               for f in fams if f not in _FRAMED_ELSEWHERE for t, e in sent.hits[f] for k in range(t, e))


# capacity words name load, not a failure; a deployment named faulty still needs its framing (kept as before this
# round: its speaker in "…, the post said" is not yet read back to the post's author, see the report of 2026-12-06)
_FRAMED_ELSEWHERE = frozenset(("CAUSE_capacity", "CAUSE_deployment"))


# causes.v8: a device named as the subject, its verb of failing after an appositive or a participle phrase ("a piece of
# equipment supporting the master file, the agency's central record, had failed")
_EQUIPMENT_HEADS = frozenset("equipment hardware router routers switch switches server servers disk disks drive drives "
                             "controller controllers firewall firewalls gateway gateways appliance appliances device devices "
                             "component components array arrays unit units module modules".split())
_FAILED_VERBS = frozenset("failed malfunctioned died broke overheated".split())
_VOLUME_HEADS = frozenset("volume volumes".split())
_VOLUME_KINDS = frozenset("storage disk block data".split())  # (not "the volume of requests")
_SUBJECT_REACH = 24  # tokens from the device to its verb


def _device_subject_failed(sent: SentenceInfo) -> int | None:
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    for f in range(lo + 2, hi):
        if lower[f] == "stopped" and f + 1 < hi and lower[f + 1] in _STOPPED_WHAT:
            pass  # causes.v9: "a memory component …, the platform's oldest part, stopped working"
        elif lower[f] in _GAVE_OUT_VERBS and f + 1 < hi and lower[f + 1] in ("way", "out"):
            pass  # causes.v19: "an ageing storage array gave way", "the controller wore out"
        elif lower[f] not in _FAILED_VERBS or f + 1 < hi and lower[f + 1] == "to":
            continue
        elif lower[f - 1] in _FAILED_AS_MODIFIER_AFTER or lower[f - 1].endswith("ing"):
            continue  # causes.v30: "users … are seeing failed or dropped connections", "some failed requests": a modifier
        commas = 0
        for d in range(f - 1, max(lo, f - _SUBJECT_REACH) - 1, -1):
            w = lower[d]
            if w in (";", "and", "but", "which", "that", "who", "after", "because", "when", "while"):
                break
            commas += w == ","
            if w in _VOLUME_HEADS and commas % 2 == 0 and d > lo + 1 and lower[d - 1] in _VOLUME_KINDS \
                    and lower[d - 2] in _DEVICE_DETERMINERS:
                return f  # causes.v18: "The storage volume under our primary database failed" (a disk as the system sees it)
            if w in _EQUIPMENT_HEADS and commas % 2 == 0 and d > lo and (
                    lower[d - 1] in _DEVICE_DETERMINERS or d - 1 > lo and lower[d - 2] in _DEVICE_DETERMINERS):
                return f  # (one modifier may stand between: "a memory component", "the storage array")
    return None


_STOPPED_WHAT = frozenset("working responding functioning".split())
_NOT_A_DUTY_AFTER_BEEN = frozenset(("there", "here"))
_FAILED_AS_MODIFIER_AFTER = frozenset("a an the some any many more no saw seen got see sees get gets".split())
_DEVICE_STOPPED = ("stopped working", "stopped responding", "stopped functioning", "gave way", "gave out", "wore out",
                   "burned out", "burnt out")
_GAVE_OUT_VERBS = frozenset("gave wore burned burnt".split())
_RAN_FORMS = frozenset("ran run runs running".split())


_DEVICE_DETERMINERS = frozenset("a an the one its our their of".split())


# causes.v8: a heading that names a topic with a wh-word and no closing mark ("How the intruders got in", "What we are
# changing") states nothing
_TOPIC_OPENERS = frozenset("how why what where when who".split())
_HEADING_LENGTH = 9  # tokens


def _topic_heading(sent: SentenceInfo) -> bool:
    return sent.span.end - sent.span.start <= _HEADING_LENGTH and sent.text.rstrip()[-1:] not in _SENTENCE_MARKS


_SENTENCE_MARKS = frozenset('.!?"”’\')…:;')


# causes.v8: the sentence that answers "Why did the site crash?" / "What caused it?" tells the cause, framed by the
# question ("Why did the sale fail? Too many people arrived at once.")
_WHY_WORDS = frozenset("why cause caused causes behind wrong reason explains explain".split())
_QUESTION_REACH = 25  # tokens back from the question mark to the question's start


def _answers_a_why_question(sent: SentenceInfo) -> bool:
    lower = sent.tokens.lower
    q = sent.span.start - 1
    while q >= 0 and lower[q] in ("\n", "\n\n", " ", "no", "yes", ".", "a", "a.", ":"):
        q -= 1  # (a blank line or a bare "A:" label between the question and its answer)
    if q < 0 or lower[q] != "?":
        return False
    for k in range(q - 1, max(-1, q - _QUESTION_REACH), -1):
        if lower[k] in _SENTENCE_STOPS:
            return False
        if lower[k] in _WHY_WORDS:
            return True
    return False


_SENTENCE_STOPS = frozenset(". ! ?".split())


# -- questions and answers (causes.v6) ---------------------------------------------------------------
# An explainer's "Was it a hack? No." denies the cause the question names: the claim quotes the question and
# its answer. A later sentence of the answer that refuses it by a pronoun ("ruled that out", "no sign of
# that") denies it again, in its own speaker's voice.
_QA_MEMO = "ow_cause_answered_no"  # doc.user_data key: (first token after the answer, categories denied)
_YES_NO_OPENERS = frozenset("was were is are did does do could can has have had would will should might".split())
_NO_ANSWERS = frozenset("no nothing not none never nope unlikely".split())
_ANSWER_LABELS = frozenset("a a. : . - — –".split())
_DENIED_AGAIN = re.compile(r"\b(?:rul(?:ed|es|ing)|rule)\s+(?:that|it|this|those|them)\s+out\b|\b(?:no|little|not\s+any)\s+(?:sign|signs|evidence|indication|suggestion)\s+of\s+(?:that|it|this|one|either)\b"
                           r"|\b(?:denied|denies|dismissed|rejected)\s+(?:that|it|this|those|the\s+idea)\b|\bnothing\s+(?:suggests|points|indicates)\b", re.I)


def _question_start(lower: list[str], lo: int, hi: int) -> int:
    """The question's first word, past a "Q." label."""
    i = lo
    while i < hi and lower[i] in ("q", "q.", ".", ":"):
        i += 1
    return i


def _answer_tokens(lower: list[str], start: int, n: int) -> int:
    """The answer's first word after the question, past blank lines and an "A." label (-1 if none)."""
    i = start
    while i < n and (not lower[i].strip() or lower[i] in _ANSWER_LABELS):
        i += 1
    return i if i < n else -1


def _answered_no(doc: Doc, sent: SentenceInfo) -> list[Finding]:
    fams = sent.cause_families()
    if not fams:
        return []
    lower = sent.tokens.lower
    if lower[_question_start(lower, sent.span.start, sent.span.end)] not in _YES_NO_OPENERS:
        return []  # "Why did it fail?": no yes or no to give
    n = len(lower)
    a = _answer_tokens(lower, sent.span.end, n)
    if a < 0 or lower[a] not in _NO_ANSWERS and not (lower[a] == "there" and a + 2 < n and lower[a + 2] in ("no", "nothing")):
        return []
    end = a
    while end < n and lower[end] not in (".", "!", "?", "\n", "\n\n"):
        end += 1
    end = min(end, n - 1)
    quote_end = sent.tokens.idx[end] + sent.tokens.length[end]
    cats: dict[str, int] = {}
    for f in fams:
        cats.setdefault(f[len("CAUSE_"):], sent.hits[f][0][0])
    doc.user_data[_QA_MEMO] = (end + 1, tuple(cats))
    return [Finding("cause", cat, "denies", tok, sent.start, quote_end) for cat, tok in cats.items()]


def _denied_again(doc: Doc, sent: SentenceInfo) -> list[Finding]:
    after, cats = doc.user_data[_QA_MEMO]
    if sent.span.start < after or sent.span.start > after + 40:
        return []  # (the answer's first sentence is quoted with the question; the answer is short)
    if not sent.may_contain("out", "sign", "evidence", "indication", "suggestion", "denied", "denies", "dismissed",
                            "rejected", "nothing") or _DENIED_AGAIN.search(sent.text) is None:
        return []
    return [Finding("cause", cat, "denies", sent.span.start, sent.start, sent.end) for cat in cats]


# "a misconfigured router", "an invalid setting", "an expired certificate": configuration words that say
# by themselves that something was wrong (a bare "change" is an ordinary word and needs a frame)
_WRONG_CONFIG_WORDS = frozenset("misconfiguration misconfigurations misconfigured misconfigure incorrect faulty bad invalid "
                                "wrong erroneous mistaken broken corrupt corrupted expired misapplied misset mistyped "
                                "exposed expire lapse".split())


# causes.v10: data left open to anyone ("could be read and changed by anyone", "publicly accessible", "left exposed to the
# internet", "none of the row-level rules") is a wrong setting by its meaning too
_EXPOSED_TO = frozenset("anyone anybody everyone outsiders strangers public publicly openly world internet web row".split())


def _wrong_configuration(sent: SentenceInfo) -> bool:
    lower = sent.tokens.lower
    return any(lower[k] in _WRONG_CONFIG_WORDS or lower[k] in _EXPOSED_TO
               for s, e in sent.hits.get("CAUSE_config_change", ()) for k in range(s, e))


# Trigger families whose words name a failure without any frame ("a dormant bug", "hackers", "a fire"); a
# configuration change needs a frame or a speaker first ("the change" is also an ordinary word).
_DEFINITE = frozenset("the this that these those".split())


_ATTACK_TOLD_KEY = "ow_attack_told"  # doc.user_data: a sentence has asserted an attack as the cause


# causes.v22: words before a definite attack that make it a time or a thing learned of
_TIME_OR_LEARNING = frozenset("after before since following during until amid of".split())
_LEARNING_VERBS = frozenset("learned learnt heard knew know learn told warned aware".split())


def _attack_only_dated_by(sent: SentenceInfo) -> bool:
    """causes.v22: every word of an attack in the sentence is a definite reference after a preposition of time ("before the
    attack", "in the days after the attack") or after "learned of" ("officials learned of the attack")."""
    lower, lo = sent.tokens.lower, sent.span.start
    for t, _e in sent.hits["CAUSE_cyberattack"]:
        k = t - 1
        while k >= lo and lower[k] in _ATTACK_MODIFIERS:
            k -= 1
        if k - 1 < lo or lower[k] not in _DEFINITE or lower[k - 1] not in _TIME_OR_LEARNING:
            return False
        if lower[k - 1] == "of" and (k - 2 < lo or lower[k - 2] not in _LEARNING_VERBS):
            return False  # ("the cost of the attack" is left to the other readers)
    return True


def _only_the_known_attack(sent: SentenceInfo) -> bool:
    """Every word of an attack in the sentence is a definite reference back ("the attack", "this ransomware attack")
    after a verb or a preposition: the text takes the attack as told and says something else about it, its
    containment or its cost ("We are working to contain the attack", "the final bill for the attack"). The attack or
    the attackers as the subject ("the attackers got into …") tells what the attack did: an account of the cause."""
    lower, lo = sent.tokens.lower, sent.span.start
    for t, _e in sent.hits["CAUSE_cyberattack"]:
        k = t - 1
        while k > lo and lower[k] in _ATTACK_MODIFIERS:
            k -= 1  # "the ransomware attack", "the KA-SAT attack"
        if k <= lo or lower[k] not in _DEFINITE or lower[k - 1] in _SUBJECT_OPENERS or not lower[k - 1].isalpha():
            return False
    return True


# What an attack told before went on to do besides the harm: when it began or ended, what note its authors left or asked
# (causes.v24)
_ATTACK_COURSE_VERBS = frozenset("began begun started continued lasted ended left asked demanded went".split())


def _attack_course_only(sent: SentenceInfo) -> bool:
    """causes.v24: the attack told before, now the subject of its own course: "The attack began on Sunday 1 September",
    "The attacks went on", "The attackers left a ransom note": when it ran or what its authors did beside the harm, no
    new account of the cause (the sentence names no outage: the caller asks)."""
    lower, lo = sent.tokens.lower, sent.span.start
    hits = sent.hits["CAUSE_cyberattack"]
    if len(hits) != 1 or lower[lo] not in _DEFINITE:
        return False
    t, e = hits[0]
    if any(lower[k] not in _ATTACK_MODIFIERS for k in range(lo + 1, t)):
        return False  # the sentence's subject is the attack itself: "The (ransomware) attack(s) …"
    after = e + 1 if e < sent.span.end and lower[e] == "note" else e
    return after < sent.span.end and lower[after] in _ATTACK_COURSE_VERBS


# Words before a noun phrase that open a clause it is the subject of
_SUBJECT_OPENERS = frozenset("that which who and but or when while as because since although though if said says".split())


# Words between "the" and an attack's noun that keep the reference definite
_ATTACK_MODIFIERS = frozenset("ransomware cyber cyber- ddos malware wiper original initial same whole entire".split())


_FAILURES_BY_MEANING = frozenset(("CAUSE_human_error", "CAUSE_cyberattack", "CAUSE_software_bug", "CAUSE_environmental"))
# Cause words that say something went wrong by their meaning alone ("a bug", "a fire", "hackers").
_EVENTS_BY_MEANING = ("human_error", "cyberattack", "software_bug", "config_change", "environmental")
_POWER_LOST_WORDS = frozenset("loss losses lost failure failures failed outage outages cut cuts blackout blackouts fault "
                              "faults surge surges".split())


def _power_lost(sent: SentenceInfo) -> bool:
    """causes.v16: a power phrase that holds its failure ("the power loss was confined to one data centre", "a power
    cut"): an event by its meaning, as a fire is (the word "power" alone is not: "the power of the platform")."""
    lower = sent.tokens.lower
    return any(lower[k] in _POWER_LOST_WORDS for s, e in sent.hits.get("CAUSE_power", ()) for k in range(s, e))


@dataclass
class _Constructions:
    found: dict[str, int]  # category -> token where the construction starts
    fault_denied: set[str]  # categories whose construction says "not at fault"
    routes_gone: bool  # "the routes ... disappeared": an event in itself
    misbehaved: bool = False  # "the software could not resolve the route", "a cable plugged into the wrong port": an event in itself


# (category, pattern, groups of words): the pattern needs a word of every group, a cheap test that
# skips the regex on most sentences (the group most often missing first)
_CONSTRUCTIONS = (
    ("software_bug", _FAULTY_CHANGE, (("faulty", "defective", "flawed", "buggy", "botched", "broken"),
                                      ("update", "patch", "build", "version", "file"))),
    ("software_bug", _SOFTWARE_MISBEHAVED, (("software", " code", "program", "firmware"),
                                           ("misbehav", "malfunction", "mishandl", "crash", "could not", "couldn't", "unable to",
                                            "failed to", "wrong", "never", "not built", "not designed", "not written"))),
    ("human_error", _STALE_INPUT, (("out-of-date", "out of date", "outdated", "stale", " old ", "obsolete", "wrong", "incorrect",
                                    "inaccurate", "mistaken"),
                                   ("list", "spreadsheet", "inventor", "export", "register", "roster", "record of"))),
    ("human_error", _WRONG_TARGET, (("instead",), ("test", "staging", "development", "dev", "intended", "correct", "right",
                                                    "backup", "sandbox"))),
    ("human_error", _MISPLACED, (("wrong", "incorrect", "improper"),
                                 ("left", "placed", "put", "install", "plugged", "wired", "connected", "fitted", "mounted",
                                  "positioned", "inserted", "seated", "patched", "label"))),
    ("config_change", _CONFIGURED_WRONGLY, (("wrong", "incorrect", "improper", "erroneous", "badly"),
                                            ("rule", "setting", "config", "parameter", "polic", "threshold", "flag", "filter"))),
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
    ("cyberattack", _NO_OUTSIDER, (("outside", "external", "third part"), ("involved", "access", " by "))),
    ("human_error", _OWN_FAULT, ((" his", " her", " my", " our", " their", "mine", "ours", "theirs"),
                                 ("responsib", "fault", "blame", "error", "mistake"))),
    ("config_change", _LEFT_BLANK, (("blank", "empty", "unset", "unspecified", "undefined"),
                                    ("field", "input", "parameter", "setting", "value", "entr", "column", "variable", "flag", "option"))),
    ("config_change", _NOT_CONFIGURED, (("configured", "enabled", "set up", "in place", "switched on", "turned on", "activated"),
                                        ("because", "since", "due to", "owing to"), (" not ", " never "))),
    ("software_bug", _CHOKED_ON_INPUT, (("processing", "parsing", "handling", "reading", "rendering", "to process", "to parse"),
                                        ("chok", "hang", "hung", "crash", "stall", "freez", "froze", "seiz"))),
    ("config_change", _FLAWED_SETUP, (("in how", "in the way"), ("implemented", "configured", "set up", "rolled out", "applied",
                                                                "deployed", "put in place", "tuned"))),
    ("network_bgp", _ROUTES_GONE, (("route", "prefix", "announcement", "advertisement"),
                                   ("disappeared", "vanished", "withdrawn", "pulled", "gone", "missing"))),
    ("config_change", _SET_LIMIT_EXCEEDED, (("value", "limit", "threshold", "quota", "maximum", "ceiling", "cap", "setting"),
                                            ("exceeded", "surpassed", "overrun", "breached", "hit"))),
    ("software_bug", _TROUBLE_IN_SOFTWARE, (("software", "code"),
                                            ("issue", "problem", "glitch", "fault", "error", "trouble", "flaw", "defect"))),
    ("deployment", _RELEASE_WENT_OUT, (("went out", "went live", "goes out", "goes live", "gone out", "gone live"),
                                       ("update", "upgrade", "release", "patch", "build", "version", "change"))),
    ("hardware", _FACILITY_FAILED, (("failure", "breakdown", "malfunction"),
                                    ("data cent", "data-cent", "datacent", "facilit", "server room", "data hall", "server farm"))),
    ("third_party", _TROUBLE_AT_SUPPLIER, (("problem", "fault", "failure", "issue", "outage", "glitch", "error", "trouble",
                                            "breakdown"), ("supplier", "vendor", "contractor", "partner"))),
    ("capacity", _MORE_THAN_PLANNED, (("than", "fraction", "small part", "sliver", "beyond", "beat", "exceed", "surpass",
                                       "outstrip", "outpace", "outran", "topped"),
                                      ("planned", "expected", "anticipated", "prepared", "bargained", "budgeted", "forecast",
                                       "projected", "predicted", "designed", "built", "provisioned", "sized", "meant", "set up",
                                       "expectation", "estimate", "could", "can", "able"))),
    ("config_change", _CERT_LAPSED, (("certificate", "cert"), ("expired", "lapsed", "ran out", "run out", "not renewed"))),
    ("hardware", _FAULTY_KIT, (("faulty", "failed", "failing", "defective", "broken", "malfunctioning", "damaged"),
                               ("equipment", "hardware", " kit", " gear"))),
    ("capacity", _VOLUME_OF_LOAD, (("volume", "number", "amount", "flood", "surge", "spike", "deluge", "torrent", "barrage",
                                    "avalanche"),
                                   ("request", "quer", "traffic", "call", "login", "connection", "transaction", "message",
                                    "lookup", "retries", "session", "order", "booking", "visitor", "player"))),
)


# Constructions that say by their words that something went wrong: they need no causal or outage frame.
_WRONG_BY_MEANING = (_SOFTWARE_MISBEHAVED, _MISPLACED, _CONFIGURED_WRONGLY, _MORE_THAN_PLANNED,  # (more users than planned for)
                     _CERT_LAPSED, _FAULTY_KIT, _STALE_INPUT)


# -- what a document holds, read once for all its sentences ----------------------------------------------
# A sentence holds only words its document holds: its tokens are some of the document's, and its lower-cased
# text is a piece of the document's lower-cased text (letter by letter, but for the Greek final sigma, which no
# word here holds). A word test the document fails, each of its sentences fails too, so the readers ask the
# document first. The text test reads words without spaces: a phrase stands for its longest space-free piece
# ("caused by" -> "caused", " his" -> "his"), which a text holding the phrase holds too, inside one of its
# whitespace-separated chunks.
_GATE_PIECES: set[str] = set()  # every piece a document is asked about (all registered at import)


def _pieces_of(words: tuple[str, ...]) -> frozenset[str]:
    """The space-free pieces standing for `words` in a document test (registered for `_DocumentWords`)."""
    pieces = frozenset(max(reversed(w.split()), key=len) for w in words)
    _GATE_PIECES.update(pieces)
    return pieces


_CONSTRUCTION_PIECES = tuple(tuple(_pieces_of(words) for words in needed) for _c, _p, needed in _CONSTRUCTIONS)
# Chunks of lower-cased text already read, and those with pieces inside (a document's chunks are mostly ones seen
# before: set operations find its new chunks and its chunks with pieces without a Python loop over them).
_chunks_read: set[str] = set()
_pieces_in_chunk: dict[str, frozenset[str]] = {}
_CHUNKS_KEPT = 200_000


_piece_index: dict[int, tuple[tuple[str, ...], dict[str, tuple[str, ...]]]] = {}  # number of pieces -> (short, by_start)


def _pieces_by_start() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The pieces registered so far (all at import: made once) by their first two letters, and any shorter ones."""
    index = _piece_index.get(len(_GATE_PIECES))
    if index is None:
        by_start: dict[str, list[str]] = {}
        for piece in sorted(_GATE_PIECES):
            if len(piece) >= 2:
                by_start.setdefault(piece[:2], []).append(piece)
        index = _piece_index[len(_GATE_PIECES)] = (tuple(p for p in _GATE_PIECES if len(p) < 2),
                                                   {start: tuple(pieces) for start, pieces in by_start.items()})
    return index


def _pieces_in_chunk_of(chunk: str, short: tuple[str, ...], by_start: dict[str, tuple[str, ...]]) -> set[str]:
    """The pieces inside a chunk: at each position, only those starting with the two letters there are compared
    (a few look-ups per chunk instead of asking whether each of the ~240 pieces is in it)."""
    found = {p for p in short if p in chunk} if short else set()
    get = by_start.get
    for i in range(len(chunk) - 1):
        candidates = get(chunk[i:i + 2])
        if candidates is not None:
            for piece in candidates:
                if chunk.startswith(piece, i):
                    found.add(piece)
    return found


def _pieces_in_text(lower: str) -> set[str]:
    chunks = set(lower.split())
    new = chunks.difference(_chunks_read)
    if new:
        if len(_chunks_read) >= _CHUNKS_KEPT:
            _chunks_read.clear()
            _pieces_in_chunk.clear()
            new = chunks
        short, by_start = _pieces_by_start()
        for chunk in new:
            pieces = _pieces_in_chunk_of(chunk, short, by_start)
            if pieces:
                _pieces_in_chunk[chunk] = frozenset(pieces)
        _chunks_read.update(new)
    present: set[str] = set()
    for chunk in chunks.intersection(_pieces_in_chunk):
        present.update(_pieces_in_chunk[chunk])
    return present


class _DocumentWords:
    """What a document may hold, for the word tests of its sentences: the constructions whose word groups may all
    occur in it (in their order), and whether the words some readers need occur in it at all."""

    __slots__ = ("tokens", "constructions", "behind", "rare_slots", "by", "failure_did_harm", "agent", "vague")

    def __init__(self, tokens) -> None:
        self.tokens = tokens  # the DocTokens all the document's sentence views share
        present = _pieces_in_text(tokens.text.lower())  # (tests on the lower-cased text)
        self.behind = not _BEHIND_PIECES.isdisjoint(present)
        self.rare_slots = not _RARE_SLOT_PIECES.isdisjoint(present)
        self.by = "by" in present
        words = frozenset(tokens.lower)  # (tests on the tokens, as `_failure_did_harm`, `_agentive_readings` and
        # `vague_cause` make them on the sentence's)
        self.failure_did_harm = not _DESTROYING_VERBS.isdisjoint(words) and not _CHANGE_HEADS.isdisjoint(words) \
            or not _VAGUE_HARM_VERBS.isdisjoint(words) and not (_FAILURE_HEADS.isdisjoint(words) and _DEFECTIVE_ADJECTIVES.isdisjoint(words))
        self.agent = not _AGENT_WORDS.isdisjoint(words)
        self.vague = not _VAGUE_ADJECTIVES.isdisjoint(words) or not _VAGUE_SYSTEM_NOUNS.isdisjoint(words)
        possible = []
        for construction, groups in zip(_CONSTRUCTIONS, _CONSTRUCTION_PIECES):
            for group in groups:
                if group.isdisjoint(present):
                    break
            else:
                possible.append(construction)
        self.constructions = tuple(possible)


_last_document: list[_DocumentWords | None] = [None]  # the document last read (replaced whole)


def _document_words(sent: SentenceInfo) -> _DocumentWords | None:
    """What the sentence's document holds (None for a view without the document's tokens: then ask the sentence)."""
    tokens = sent.tokens
    if tokens is None:
        return None
    known = _last_document[0]
    if known is None or known.tokens is not tokens:
        known = _last_document[0] = _DocumentWords(tokens)
    return known


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
    known = _document_words(sent) if lower is not None else None
    candidates = _CONSTRUCTIONS if known is None else known.constructions
    for cat, pattern, needed in candidates:
        if cat in out.found or (lower is not None and not _has_a_word_of_each(lower, needed)):
            continue
        m = pattern.search(sent.text)
        if m is None or pattern is _CHOKED_ON_INPUT and "CAUSE_capacity" in sent.hits:
            continue  # ("crashed while handling the flood of requests": the load is the cause)
        if pattern is _SET_LIMIT_EXCEEDED and ("CAUSE_capacity" in sent.hits or not _LOAD_WORDS.isdisjoint(
                sent.tokens.lower[sent.span.start:sent.span.end])):
            continue  # ("the connection limit was hit as traffic tripled": load)
        if pattern is _FACILITY_FAILED and (sent.cause_families() or _named_as_effect(sent.tokens.lower, sent.span.start, _token_at(sent, m.start()))):
            continue  # ("a power failure at the data centre" is power; "what caused the failure at the site" asks)
        if pattern is _TROUBLE_IN_SOFTWARE and (sent.cause_families() or any(lemma_of(sent.tokens.lower[k]) in _USERS_SAW for k in range(
                max(sent.span.start, _token_at(sent, m.start()) - 4), _token_at(sent, m.start())))):
            continue  # ("users reported problems with the software": what they saw; "a problem with a software update"
            # is read by its trigger words)
        if pattern is _MORE_THAN_PLANNED and _MORE_OF_WHAT.isdisjoint(
                sent.tokens.lower[max(sent.span.start, _token_at(sent, m.start()) - _COMPARED_REACH):min(sent.span.end, _token_at(sent, m.end() - 1) + 4)]):
            continue  # ("the repair proved more complex than expected": no load)
        if pattern is _ROUTES_GONE:
            out.routes_gone = True
        elif pattern in _WRONG_BY_MEANING:
            out.misbehaved = True
        if f"CAUSE_{cat}" in sent.hits and pattern is not _MISPLACED:
            continue  # the trigger phrase already says it (a slip word alone needs a person: the placing act is one)
        span = sent.span.char_span(m.start(), m.end(), alignment_mode="expand")
        out.found[cat] = span.start if span is not None else sent.span.start
        if pattern is _HUMAN_AT_FAULT and _FAULT_NEGATION.search(m.group(0)) or pattern is _NO_OUTSIDER:
            out.fault_denied.add(cat)  # "the customer was not at fault", "did nothing wrong", "no one outside was involved"
    return out


def _token_at(sent: SentenceInfo, rel: int) -> int:
    """The token holding the sentence-relative character offset `rel` (its first token when none does)."""
    span = sent.span.char_span(rel, rel + 1, alignment_mode="expand")
    return span.start if span is not None else sent.span.start


def _trigger_causes(doc: Doc, sent: SentenceInfo, fams: list[str]) -> dict[tuple[str, str], int]:
    """(category, polarity) -> first trigger token, for the cause trigger phrases that, in their
    construction, name what went wrong."""
    tokens = sent.tokens  # char offsets and lengths by token
    generic = _generic(sent)
    generic_at = _GENERIC.search(sent.text).start() if generic else 0
    repairs = [(sent.start + m.start(), sent.start + m.end()) for m in _REPAIR_SHIPPED.finditer(sent.text)] \
        if _may_repair(sent.text, sent.lower) else []  # (the positions only where the faster test finds a repair)
    # Overlapping cause phrases: the longer one says what the words mean ("a configuration mistake"
    # is a config error, not a human error on its own).
    spans = [(s, e, f) for f in fams for s, e in sent.hits[f]]
    shadowed = {(s, f) for s, e, f in spans for s2, e2, f2 in spans
                if f2 != f and s2 <= s and e <= e2 and (e2 - s2) > (e - s)}
    # A cause word inside a product name ("Edge DNS", "Cloud Load Balancing") names the product.
    inside = {t for e in sent.ents if e.label in ("SERVICE", "PROVIDER") for t in range(e.tok, max(e.end_tok, e.tok + 1))}
    inside |= _provider_name_tokens(doc, sent)
    found: dict[tuple[str, str], int] = {}
    for fam in fams:
        cat = fam[len("CAUSE_"):]
        for s, e in sent.hits[fam]:
            if s in inside or (s, fam) in shadowed:
                continue
            if cat == "capacity" and _outgrown_limit(doc, sent, s):
                found.setdefault(("config_change", "asserts"), s)  # "the doubled file exceeded the limit"
                continue
            if cat == "cyberattack" and _self_inflicted(sent.tokens.lower, sent, s) and not negated(doc, sent, s):
                # "it had built its own denial-of-service and pointed it at itself": load its own software
                # made, a software defect (C6), not an attack
                found.setdefault(("software_bug", "asserts"), s)
                continue
            if _not_a_cause(doc, sent, cat, s, e) or any(a <= tokens.idx[s] < b for a, b in repairs):
                continue
            if _silent_before(sent, tokens.idx[s]):
                continue  # "has not used the word BGP": neither said nor denied
            if e - s == 1 and sent.tokens.lower[s] in _COMPONENT_WORDS and not _malfunction_in_clause(sent, s):
                continue  # "most routers finished recomputing on their own": a part named, nothing wrong with it
            pol = "denies" if negated(doc, sent, s) else "asserts"
            if pol == "denies" and _negation_takes_a_verb(sent.tokens.lower, sent.span.start, s) and sent.tokens.lower[s] not in ("in", "to"):
                continue  # "could not bring the fire under control": the act is negated, not the cause (but a reason
                # adjunct of the negated act is denied: "we never lower quality in response to demand")
            if pol == "denies" and "AI" in sent.hits and _ai_denied_before(sent, s):
                continue  # causes.v10: "no AI tools were involved in writing the change": the AI's part is denied, not the change
            if pol == "denies" and _quality_negated(sent.tokens.lower, sent.span.start, s):
                pol = "asserts"  # causes.v10: "those were not exotic bugs", "not a sophisticated attack": bugs, an attack
            if pol == "denies" and cat == "human_error" and sent.tokens.lower[s] == "should":
                continue  # causes.v10: "no client should have been charged a fee": a consequence ruled out, no slip denied
            if pol == "denies" and _promised_for_the_future(sent.tokens.lower, sent.span.start, s):
                continue  # causes.v10: "nobody can promise there will be no more storms": the future, not this outage
            if pol == "denies" and _only_a_share(sent, s, e):
                continue  # causes.v10: "it was not the storm alone": a share of the cause, neither said nor denied
            if pol == "denies" and cat == "cyberattack" and _data_spared(sent, s, e):
                continue  # "no customer data was compromised", "the attack never reached card data": harm denied, not the cause
            if pol == "asserts" and cat == "cyberattack" and not sent.has("OUTAGE", "OUTAGE_STRONG") and _data_spared(sent, s, e) \
                    and _reach_denied(sent, e):
                continue  # causes.v7: "the intrusion did not touch customer records": what it spared, no cause of an outage
                # (causes.v10: "the threat actor … gained access to a database and downloaded the passwords" reached them)
            if pol == "asserts" and generic and not _contrast_between(sent, generic_at, tokens.idx[s]):
                continue  # (but "… are built to stop attacks, but a bad configuration took them down" says what happened)
            found.setdefault((cat, pol), s)
    return found


def _provider_name_tokens(doc: Doc, sent: SentenceInfo) -> set[int]:
    """causes.v27: the tokens of the provider's own name where the gazetteer lacks it ("Riverside Water said its portal
    …"): a word of a name ("Water", "Power", "Cloud") names the body, not what went wrong."""
    name = doc.user_data.get(DOC_PROVIDER_KEY)
    if not name or name not in sent.text:
        return set()
    tokens = sent.tokens
    out: set[int] = set()
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w-])", sent.text):
        a, b = sent.start + m.start(), sent.start + m.end()
        out.update(t for t in range(sent.span.start, sent.span.end) if a <= tokens.idx[t] < b)
    return out


# causes.v6: what an intrusion would have reached (data, records, passwords) and the verbs of reaching it
_DATA_NOUNS = frozenset("data information records details passwords credentials files emails messages".split())
_REACH_WORDS = frozenset("compromised breached accessed reached stolen exposed leaked touched touch taken viewed exfiltrated "
                         "compromise breach access reach steal expose leak".split())


def _data_spared(sent: SentenceInfo, start: int, end: int) -> bool:
    """A denial about the data an intrusion would reach, not about the cause: the breach word itself
    near a data noun ("no customer data had been compromised", "nothing suggests any data was accessed or
    that our systems were breached"), or an attack that did not reach data in its own clause ("the attack
    did not reach card data")."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    if lower[start] in _REACH_WORDS:
        return any(lower[i] in _DATA_NOUNS for i in range(max(lo, start - 9), min(hi, end + 6)))
    stop = _clause_stop(lower, end, hi)
    return any(lower[i] in _REACH_WORDS for i in range(end, stop)) and any(lower[i] in _DATA_NOUNS for i in range(end, stop))


_ALONE = frozenset(("alone", "solely"))
_PERSON_ROLES = frozenset("operator operators engineer engineers expert experts researcher researchers analyst analysts "
                          "administrator administrators admin admins specialist specialists consultant consultants".split())
_QUALITIES = frozenset("exotic unusual sophisticated complicated complex clever novel rare subtle obscure fancy elaborate "
                       "esoteric advanced mysterious new".split())


def _quality_negated(lower: list[str], lo: int, tok: int) -> bool:
    """"not exotic bugs", "not a particularly sophisticated attack": the negation falls on a quality of the cause."""
    k = tok - 1
    while k >= lo and lower[k] in ("particularly", "especially", "very", "terribly", "at", "all"):
        k -= 1
    if k < lo or lower[k] not in _QUALITIES:
        return False
    k -= 1
    while k >= lo and lower[k] in ("a", "an", "particularly", "especially", "very", "terribly"):
        k -= 1
    return k >= lo and lower[k] in ("not", "n't", "no")
_INABILITY = frozenset("n't not failed unable".split())


def _software_failed_on_input(sent: SentenceInfo) -> bool:
    """causes.v10: "the software that loads the zone could not parse the new record": a present relative clause tells
    what the software is for, the inability is the event (no description of how things work)."""
    lower = sent.tokens.lower
    return any(lower[k] in _INABILITY for s, e in sent.hits.get("CAUSE_software_bug", ()) for k in range(s, min(e, s + 3)))


def _only_a_share(sent: SentenceInfo, start: int, end: int) -> bool:
    """"not the storm alone", "the weather was not solely to blame": "alone"/"solely" right after the cause word or
    right after a negation shortly around it."""
    lower = sent.tokens.lower
    if end < sent.span.end and lower[end] in _ALONE:
        return True
    return any(lower[k] in ("not", "n't") and k + 1 < sent.span.end and lower[k + 1] in _ALONE
               for k in range(max(sent.span.start, start - 4), min(sent.span.end, end + 4)))


def _ai_denied_before(sent: SentenceInfo, tok: int) -> bool:
    """An AI mention stands between the nearest negation before the cause word and the word itself."""
    negs = [n for n, _e in sent.hits.get("NEG", ()) if n < tok]
    if not negs:
        # causes.v16: "Claims that an AI tool deleted the DNS records were rejected": the report rejected is of the AI's
        # part; what it is said to have harmed is not denied
        report = rejected_report(sent)
        return report is not None and any(_token_at(sent, report.end()) <= a < tok for a, _e in sent.hits["AI"])
    n = max(negs)
    # ("no AI tools were involved in …"; "AI played no part in the faulty update": the AI the subject of the denial)
    return any(n - 3 <= a < tok for a, _e in sent.hits["AI"])
_WORK_WORDS = frozenset("maintenance deployment deployments deploy release upgrade update rollout configuration config".split())
_THINGS_NAMED_FOR_WORK = frozenset("page pages notice notices message messages screen screens banner banners workflow workflows "
                                   "pipeline pipelines tooling process processes docs documentation guide guides".split())
_FUTURE_AUX = frozenset("will 'll ’ll won't wo shall".split())
_NO_MORE = frozenset(("more", "further", "again"))


def _promised_for_the_future(lower: list[str], lo: int, tok: int) -> bool:
    """A denial about what is to come: "there will be no more storms", "no further attacks", "never again"."""
    window = range(max(lo, tok - 5), tok)
    return any(lower[k] in _FUTURE_AUX for k in window) or any(
        lower[k] in ("no", "never") and k + 1 < tok + 1 and lower[k + 1] in _NO_MORE for k in window)
_OUTSIDE = frozenset(("external", "outside"))
_VAGUE_FORCES = frozenset("factor factors forces force influence influences causes cause".split())
_SPARING_NEGATIONS = frozenset("not n't never no nothing none without neither nor".split())


def _reach_denied(sent: SentenceInfo, end: int) -> bool:
    """A negation in the attack's own clause after it: what the attack did not reach."""
    lower = sent.tokens.lower
    return any(lower[i] in _SPARING_NEGATIONS for i in range(end, _clause_stop(lower, end, sent.span.end)))


# causes.v6: a change made while the attack was being handled ("While we were dealing with it, we rolled out a second
# set of caching rules, and those rules wrongly cached pages"): the defence that broke (marked for the account)
_WHILE_RESPONDING = re.compile(r"\b(?:while|as)\s+(?:we|it|they|engineers|the\s+company|the\s+team|staff)\s+(?:were|was)\s+"
                               r"(?:still\s+)?(?:dealing|coping|grappling|contending|fighting|battling)\s+with\b"
                               r"|\bin\s+response\s+to\s+the\s+(?:attack|flood|traffic|ddos)\b", re.I)
# verbs of defending against an attack, and the causes that break a defence
_FENDING_OFF = frozenset("fend fight defend mitigate absorb repel counter deflect withstand weather resist ward".split())
_BROKE_THE_DEFENCE = ("config_change", "software_bug", "deployment", "human_error")


def _reread(doc: Doc, sent: SentenceInfo, found: dict[tuple[str, str], int]) -> bool:
    """Readings that depend on the sentence as a whole (edits `found`). True when an attack gave way to the
    defence that broke (the finding is marked so that the incident's account can weigh it: causes.v6)."""
    gave_way = False
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    tokens = sent.tokens  # char offsets and lengths by token
    change = found.get(("config_change", "asserts"))
    if change is not None and lower[change] in _WRONG and any(
            lower[i] in _HUMAN_AGENT for i in range(max(sent.span.start, change - 8), change)):
        # "an engineer applied the wrong configuration by hand": a person's slip, not a change on its own
        del found[("config_change", "asserts")]
        found.setdefault(("human_error", "asserts"), change)
    if ("software_bug", "asserts") in found and ("cyberattack", "asserts") in found and "exploit" in sent.lower:
        # "attackers exploited a flaw in the VPN": the flaw is the attack's way in, the attack the cause
        del found[("software_bug", "asserts")]
    setup = found.get(("config_change", "asserts"))
    if setup is not None and lower[setup] in _SETUP_FAULT_HEADS and found.get(("software_bug", "asserts")) == setup:
        del found[("software_bug", "asserts")]  # "a flaw in how the protections were rolled out": the set-up, not code
    attack = found.get(("cyberattack", "asserts"))
    if attack is not None and setup is not None and lower[setup] in _SETUP_FAULT_HEADS and _MADE_IT_WORSE.search(sent.text):
        # "an attack set things off, and a flaw in how the protections were rolled out made the damage worse": the
        # broken defence is what turned the attack into an outage (C6, the deepest cause the account asserts)
        del found[("cyberattack", "asserts")]
        attack = None
        gave_way = True
    if any((c, "asserts") in found for c in _BROKE_THE_DEFENCE) and sent.may_contain(
            "dealing", "coping", "grappling", "contending", "fighting", "battling", "in response to") and _WHILE_RESPONDING.search(sent.text):
        # "while we were dealing with it, we rolled out caching rules, and those rules wrongly …": the change made in
        # the response is what broke
        found.pop(("cyberattack", "asserts"), None)
        attack = None
        gave_way = True
    if attack is not None and any((c, "asserts") in found for c in _BROKE_THE_DEFENCE) and any(
            lemma_of(lower[i]) in _FENDING_OFF for i in range(max(sent.span.start, attack - 6), attack)):
        # causes.v6: "was fending off a flood of junk traffic, and the rules it deployed were set up wrongly": the attack
        # is what the system was defending against; what broke was the defence (C6, the deepest cause asserted)
        del found[("cyberattack", "asserts")]
        gave_way = True
    crash = found.get(("software_bug", "asserts"))
    if crash is not None and lower[crash] == "crashed" and any(p == "asserts" and c != "software_bug" for c, p in found):
        # "the servers, overwhelmed by a flood of buyers, crashed": the crash is the effect of the cause named
        del found[("software_bug", "asserts")]
        # (causes.v6: but a defect named after it still is one: "some routers crashed after a software bug corrupted …")
        other = next((t for t, _e in sent.hits.get("CAUSE_software_bug", ()) if t > crash and lower[t] != "crashed"
                      and not negated(doc, sent, t)), None)
        if other is not None:
            found[("software_bug", "asserts")] = other
    crash = found.get(("software_bug", "asserts"))
    if crash is not None and lower[crash] == "crashed" and _pronoun_crashed_something(lower, sent.span.start, sent.span.end, crash):
        # causes.v17: "It crashed the devices instead.": a pronoun subject refers back to the cause already told (the
        # probe, the malware, the update); the crash is the harm it did, no defect of its own
        del found[("software_bug", "asserts")]
    if ("software_bug", "asserts") in found and _FAILED_SAFEGUARD.search(sent.text) and any(
            (c, "asserts") in found for c in ("config_change", "deployment", "human_error")):
        # "the faulty configuration bypassed the checks because of a defect in the tooling": the
        # change is the cause, the defect only failed to stop it
        del found[("software_bug", "asserts")]
    if sent.has("NEG"):
        for (cat, pol), tok in [(k, t) for k, t in found.items() if k[1] == "asserts"]:
            if _unfound_report(lower, sent.span.start, tok):
                # "the regulator did not find, and the carrier never claimed, that an attack played a part"
                del found[(cat, pol)]
                found.setdefault((cat, "denies"), tok)
    if sent.has("NEG"):
        for (cat, pol), tok in [(k, t) for k, t in found.items() if k[1] == "asserts"]:
            if _ruled_out_before_colon(lower, sent, tok):
                # "That rules out the likeliest explanation: a hack."
                del found[(cat, pol)]
                found.setdefault((cat, "denies"), tok)
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
        but = next((i for i in range(sent.span.start, sent.span.end) if lower[i] == "but"), None)
        if but is not None and any(p == "asserts" and t > but for (c, p), t in found.items()):
            # "early speculation blamed hackers, but the company said a bad update was the cause": the
            # cause stated after "but" replaces the speculation before it
            for key in [k for k, t in found.items() if k[1] == "asserts" and t < but]:
                del found[key]
    return gave_way


_FINDING_VERBS = frozenset("find found claim claimed say said show shown showed suggest suggested prove proven proved establish established indicate indicated".split())
_NEGATORS = frozenset("not n't never".split())


def _unfound_report(lower: list[str], lo: int, tok: int) -> bool:
    """The cause word sits in a that-clause of a negated verb of finding or claiming ("did not find, and
    has never claimed, that a cyberattack played a part"): what nobody found or claimed is set aside."""
    that = next((i for i in range(tok - 1, max(lo, tok - 6) - 1, -1) if lower[i] == "that"), None)
    if that is None:
        return False
    for i in range(that - 1, max(lo, that - 14) - 1, -1):
        if lower[i] in _FINDING_VERBS and any(lower[k] in _NEGATORS for k in range(max(lo, i - 3), i)):
            return True
    return False


_DISMISS_VERBS = frozenset("rule dismiss reject deny refute exclude".split())


def _ruled_out_before_colon(lower: list[str], sent: SentenceInfo, tok: int) -> bool:
    """A colon or dash right before the cause names what a dismissing verb set aside before it."""
    colon = next((i for i in range(tok - 1, max(sent.span.start, tok - 4) - 1, -1) if lower[i] in (":", "—", "–")), None)
    if colon is None:
        return False
    return any(t < colon and lemma_of(lower[t]) in _DISMISS_VERBS for t, _ in sent.hits.get("NEG", ()))


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
    if lower[tok] not in ("limit", "limits") and lemma_of(lower[tok]) not in ("exceed", "surpass", "outgrow"):
        return False  # "the list exceeded the maximum" reads like "hit the limit"
    near = {lower[i] for i in _clause_window(doc, sent, tok, 8)}
    return bool(near & _INPUT_WORDS) and not near & _LOAD_WORDS


_PERCEIVE = frozenset("see get receive encounter notice experience face hit report".split())
_SYMPTOM_NOUNS = frozenset("error errors message messages page pages timeout timeouts failure failures warning warnings".split())
# (causes.v29: not "delay"/"delayed" alone: "the delay was caused by a configuration change" names the outage, a delay of
# data or of flights; "the delay in restoring service" has its recovery word)
_RECOVERY_WORDS = frozenset("recover recovered recovering recovery restore restored restoring restoration longer slower lingered persisted".split())


def _seen_as_symptom(doc: Doc, sent: SentenceInfo, start: int, end: int) -> bool:
    """A cause word naming what users saw: a perception verb, then "<cause word> errors"."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    if not any(lower[i] in _SYMPTOM_NOUNS for i in range(end, min(sent.span.end, end + 2))):
        return False
    return any(lemma_of(lower[i]) in _PERCEIVE for i in range(max(sent.span.start, start - 6), start)
               if lower[i] not in (",", ";"))


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
        if lower[i] in ("and", "but") and i == c - 1:
            return False  # causes.v16: "says services are being restored and puts the problem down to …": a second predicate
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
    if _caused_it_after(lower, end, sent.span.end) or _suspected_after(lower, end, sent.span.end) or any(
            lower[k] in _DEFECT_MODIFIERS for k in range(max(sent.span.start, tok - 2), end)):
        # "rolled back the change that had caused the outage", "reversed code it suspected of causing the
        # trouble", "rolling back the faulty code fixed it": the repair also says what was wrong
        return False
    for i in range(tok - 1, max(sent.span.start, tok - 7) - 1, -1):
        low = lower[i]
        if low in _CLAUSE_BREAK and low not in ("and",):
            break
        lemma = lemma_of(lower[i])
        if i == tok - 1 and i > sent.span.start and lower[i - 1] in _DETERMINERS and low.endswith(("ing", "ed")):
            continue  # "the restarting instances drowned": a participle describing the subject, no repair of it
        if tok - i <= 5 and (lemma in _REPAIR_VERBS or lemma in _MORE_REPAIR_VERBS) and (
                lower[i] not in ("fix", "fixes") or i > sent.span.start and lower[i - 1] in _FIX_AS_VERB_AFTER):
            return True  # "restarted the devices", "rerouted the congested links", "until we fix the race condition"
        if lemma in _TRAFFIC_MOVERS and any(lower[j] in ("off", "away") for j in range(i + 1, min(sent.span.end, tok + 5))):
            return True  # "moved internal traffic off the congested devices"
        if lemma in _ADD_VERBS and lower[tok] == "capacity":
            return True  # "we have added capacity"
        if lemma in ("roll", "bring") and any(lower[j] == "back" for j in range(i + 1, min(sent.span.end, i + 5))):
            return True  # "rolled the change back", "bringing capacity back"
    may_name_repair = sent.may_name_repair
    if may_name_repair is None:  # (asked again for the sentence's other triggers: kept on it)
        may_name_repair = sent.may_name_repair = sent.may_contain("fix", "patch", "mitigation", "workaround", "remediation", "rollback") \
            or sent.may_contain(*_PURPOSE_WORDS)
    if may_name_repair and _ships_a_repair(lower, tok, end, sent.span.start, sent.span.end):
        return True  # "deployment of the bug fix begins", "the patch is rolling out"
    if sent.may_contain(" it", " them") and _undone_later(lower, tok, end, sent.span.start, sent.span.end) \
            and not strong_causal(sent):
        return True  # "we identified the change at 22:51 and began rolling it back"
    if _undone_in_the_passive(lower, end, sent.span.end):
        return True  # "The change has been reversed and pages are loading"
    return _restored_after(doc, sent, end)


_PASSIVE_FILLERS = frozenset("has have had was were is are been being now since already then quickly fully".split())
_UNDOING_PARTICIPLES = frozenset("reversed reverted undone rolled backed withdrawn pulled".split())


def _undone_in_the_passive(lower: list[str], end: int, hi: int) -> bool:
    """causes.v16: the cause word is the subject of a passive verb of undoing ("the change has been reversed", "the
    update was rolled back", "the release was pulled"): a repair told, not a cause. ("rolled", "backed", "pulled" need
    "back"/"out" after them.)"""
    k = end
    while k < hi and lower[k] in _PASSIVE_FILLERS:
        k += 1
    if k == end or k >= hi or lower[k - 1] not in ("been", "was", "were", "is", "are", "being") or lower[k] not in _UNDOING_PARTICIPLES:
        return False
    return lower[k] not in ("rolled", "backed", "pulled") or k + 1 < hi and lower[k + 1] in ("back", "out")


# "fix" is the verb (not "the bug fix") after a subject, "to" or a modal
_FIX_AS_VERB_AFTER = frozenset("we they i you it engineers to will 'll would could can must should and".split())
_CAUSED_VERBS = frozenset("caused triggered sparked started broke led prompted provoked produced behind responsible".split())
_RELATIVE_REACH = 8  # tokens of a relative clause read for its verb of causing
_PHRASAL_CAUSING = frozenset("set brought took knocked".split())
_DEPLOY_WORDS = frozenset("deployment deploy deployed deploying rollout roll rolled rolling release released releasing push pushed pushing".split())


_DEFECT_MODIFIERS = frozenset("faulty bad buggy defective broken erroneous problematic offending suspect suspected flawed".split())
_CAUSING_FORMS = frozenset("causing caused triggering triggered behind responsible".split())


def _caused_it_after(lower: list[str], end: int, hi: int) -> bool:
    """A relative clause right after the phrase says it caused the trouble ("the change that had caused
    it", "code it suspected of causing the trouble", "the update we believe was behind it")."""
    for j in range(end, min(hi, end + 4)):
        if lower[j] in ("that", "which"):
            # causes.v7: past hedges and auxiliaries too ("a change that is believed to have triggered the issue",
            # "which engineers think may have set it off")
            for k in range(j + 1, min(hi, j + _RELATIVE_REACH)):
                if lower[k] in _CAUSED_VERBS or (lower[k] in _PHRASAL_CAUSING and k + 1 < hi and lower[k + 1] in _PARTICLES):
                    return True  # "triggered", "set off", "brought down"
                if lower[k] in (",", ";", "and", "but"):
                    return False
            return False
        if lower[j] in (",", ";", ".", "and", "but"):
            return False
    return any(lower[k] in _CAUSING_FORMS for k in range(end, min(hi, end + 6)))


def _ships_a_repair(lower: list[str], tok: int, end: int, lo: int, hi: int) -> bool:
    """A release word whose object or subject is a repair: "deployment of the bug fix", "the patch is rolling out"."""
    if lower[tok] not in _DEPLOY_WORDS and not any(lower[k] in _DEPLOY_WORDS for k in range(max(lo, tok - 2), end)):
        return False  # (a release word in the cause words or just before them: "deploying a change to …")
    after = range(end, min(hi, end + 4))
    if any(lower[j] in _REPAIR_NOUNS for j in after):
        return True  # "deployment of the bug fix", "as we deploy a fix for the root cause"
    if _purpose_of_repair(lower, tok, hi):
        return True  # "are deploying a change to address this issue", "was deployed to accelerate the backlog"
    # the subject a repair: just before the release word ("the patch is rolling out"), or a noun phrase opening
    # the sentence ("The fix for runners stuck on jobs has been rolled out")
    before = range(max(lo, tok - 3), tok)
    opening = range(lo, min(lo + 3, tok)) if lower[lo] in ("the", "a", "our", "this") else range(0)
    return any(lower[j] in _REPAIR_NOUNS for j in (*opening, *before))


# A purpose clause of repairing after a release: "deployed … to address / fix / resolve / mitigate / speed up …"
_REPAIR_PURPOSES = frozenset("address fix resolve mitigate remediate restore accelerate reduce improve clear recover "
                             "stabilise stabilize correct repair prevent".split())


_PURPOSE_WORDS = tuple(f"to {w}" for w in sorted(_REPAIR_PURPOSES))


def _purpose_of_repair(lower: list[str], start: int, hi: int) -> bool:
    for j in range(start, min(hi - 1, start + 8)):
        if lower[j] == "to" and lower[j + 1] in _REPAIR_PURPOSES:
            return True
    return False


def _undone_later(lower: list[str], tok: int, end: int, lo: int, hi: int) -> bool:
    """A definite phrase ("the change") undone by a later verb of the sentence through a pronoun
    ("… and began rolling it back", "… and reverted it"): the sentence narrates the repair."""
    if not (lower[tok] in ("the", "this", "that") or (tok > lo and lower[tok - 1] in ("the", "this", "that"))):
        return False
    for j in range(end, hi - 1):
        if j > lo and lower[j - 1] in _NEGATORS:
            continue  # "the fallback did not restore it in time": no repair was narrated
        if lower[j + 1] in ("it", "them") and (lemma_of(lower[j]) in _REPAIR_VERBS or lemma_of(lower[j]) in _MORE_REPAIR_VERBS
                                               or lemma_of(lower[j]) == "roll" and j + 2 < hi and lower[j + 2] == "back"):
            return True
    return False


def _restored_after(doc: Doc, sent: SentenceInfo, end: int) -> bool:
    """"Capacity was restored", "the network devices have recovered": the thing itself came back.
    "The DNS issue has been mitigated" still names the issue, so an issue noun keeps the cause."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    words = [lower[i] for i in range(end, min(sent.span.end, end + 5))]
    if words and words[0] in _ISSUE_NOUNS:
        return False
    if words and words[0] in _COMPLEMENT_OPENERS and end - 1 >= sent.span.start and lower[end - 1] in _DEFECT_NOUNS:
        return False  # causes.v8: "defects in functionality the bank had added": the verb is the complement's, not the defect's
    return _came_back(lower, sent, end, words)


_COMPLEMENT_OPENERS = ("for", "of", "to", "in", "on", "at")


_DEFECT_NOUNS = frozenset("defect defects bug bugs flaw flaws fault faults error errors glitch glitches regression "
                          "regressions mistake mistakes".split())


def _came_back(lower: list[str], sent: SentenceInfo, end: int, words: list[str]) -> bool:
    if words and words[0] in _COMPLEMENT_OPENERS:
        # "DNS for the endpoint was restored": past the phrase's complement to its verb
        k = next((j for j in range(end + 1, min(sent.span.end, end + 6)) if lower[j] in _AUX_CHAIN), None)
        if k is None:
            return False
        words = [lower[i] for i in range(k, min(sent.span.end, k + 5))]
    for j, w in enumerate(words):
        if w in _RESTORED and all(x in _AUX_CHAIN for x in words[:j]):
            return True
    return False


# What ends a statement of silence: "but", a semicolon, or (causes.v9) ", and" opening a clause of its own ("has not
# said what failed, and there has been no suggestion of a hack"; not ", and whether it was a hack")
_SILENCE_ENDS = re.compile(r"\bbut\b|;|,\s+and\s+(?:there|it|no|nothing|nobody|none|the|its|they|we|he|she|officials|investigators)\b", re.I)


def _silent_before(sent: SentenceInfo, char: int) -> bool:
    """"It has not said what the change was": a statement of silence before the cause word; causes.v7: or after a
    fronted whether-clause that holds it ("Whether the failed disk was to blame, the agency has not said")."""
    if not sent.may_contain("not", "n't", "never", "declined", "mention", "too early", "too soon", "neither", "no ", "none",
                            "whether", " if "):
        return False  # every statement of silence holds one of these words
    fronted = sent.tokens.lower[sent.span.start] == "whether"
    for m in _SILENCE.finditer(sent.text):
        if sent.start + m.end() <= char and not _SILENCE_ENDS.search(sent.text[m.end():char - sent.start]):
            return True
        if fronted and char < sent.start + m.start() and not _SILENCE_ENDS.search(sent.text[char - sent.start:m.start()]):
            return True
    return False


def _self_inflicted(lower: list[str], sent: SentenceInfo, start: int) -> bool:
    """"its own DDoS", "an attack aimed at itself": a figure for load the system made on itself."""
    return any(lower[i] == "own" for i in range(max(sent.span.start, start - 3), start)) \
        or " at itself" in sent.lower or " against itself" in sent.lower


# causes.v8: cause words that, by their neighbours, name something else (fresh text, dev5)
_LEAK_WORDS = frozenset("leak leaks leaked leaking leakage".split())  # "a leak of customer data" is no water
_RESPONSIBILITY = frozenset(("responsibility", "credit"))  # "nobody has claimed responsibility": who, not whether
_PROVENANCE_VERBS = frozenset("came comes come bought sourced supplied made built manufactured sold purchased obtained "
                              "procured provided leased".split())
_PROVENANCE_PREPS = frozenset(("from", "by"))
_EQUIPMENT_NOUNS = frozenset("unit units equipment device devices box boxes firewall firewalls hardware part parts appliance "
                             "appliances router routers switch switches server servers component components chip chips "
                             "system systems gear kit machine machines software product products".split())


# causes.v22: people and places a service has, who lose power as a harm ("homes lost power", "customers without power")
_SERVED_NOUNS = frozenset("homes households customers residents users people properties premises businesses families "
                          "houses flats consumers subscribers villages towns streets neighbourhoods neighborhoods".split())


def _served_lost_power(lower: list[str], lo: int, start: int, end: int) -> bool:
    """causes.v22: the power words follow "lost", "lose", "losing" or "without" whose subject, a word or two before, is
    people or places served ("many homes lost power", "households left without power")."""
    words = " ".join(lower[start:end])
    if "power" not in words and "electricity" not in words:
        return False
    if lower[end - 1] == "to":
        # causes.v23: "knocked out power to 73,000 customers": those served, a harm (not "cut power to our building")
        return any(lower[j] in _SERVED_NOUNS for j in range(end, min(len(lower), end + 4)))
    for k in range(start, max(lo, start - 6) - 1, -1):  # (the verb may open the phrase: "lost power")
        if lower[k] in ("lost", "lose", "loses", "losing", "without"):
            return any(lower[j] in _SERVED_NOUNS for j in range(max(lo, k - 4), k))
        if lower[k] in (",", ";", ".", "because", "after", "when"):
            break
    return False


_WATER_SERVICE_NOUNS = frozenset("bill bills billing charges rates meter meters company companies utility utilities board "
                                 "authority department supplier suppliers customers payments account accounts "
                                 # causes.v31: "the towns whose water systems Veolia runs", "drinking-water plants"
                                 "system systems network networks service services supply supplies plant plants works "
                                 "treatment".split())


def _inside_a_product_name(sent: SentenceInfo, start: int) -> bool:
    """causes.v31: the cause word at `start` is written with a capital inside a run of capitalised words, after the
    sentence's first word ("Google Cloud Router", "Affected Cloud Interconnect customers"): a product's name. Not an
    acronym ("a BGP leak"), nor a heading written in title case throughout ("Major Fibre Cut Disrupts Calls")."""
    if start <= sent.span.start:
        return False
    toks = sent.tokens

    def written(k: int) -> str:
        return toks.text[toks.idx[k]:toks.idx[k] + toks.length[k]]

    word, before = written(start), written(start - 1)
    # (causes.v33: an acronym after a run of two capitalised words not opening the sentence is a product's too: "Google
    # Cloud DNS", not "a BGP leak")
    acronym_in_name = word.isupper() and word.isalpha() and len(word) > 1 and start - 2 > sent.span.start \
        and before[:1].isupper() and before.isalpha() and written(start - 2)[:1].isupper() and written(start - 2).isalpha()
    if not (word[:1].isupper() and word[1:].islower() and before[:1].isupper() and before.isalpha()) and not acronym_in_name:
        return False  # (not an acronym, "DDoS")
    if start - 1 == sent.span.start:
        return False  # (the word before opens the sentence: "A Fibre cut", "Massive DDoS attack")
    words = [w for w in map(written, range(sent.span.start, sent.span.end)) if w.isalpha()]
    return sum(w[:1].isupper() for w in words) * 5 < len(words) * 3  # (a heading: three in five capitalised, or more)


def _named_for_something_else(sent: SentenceInfo, cat: str, start: int, end: int) -> bool:
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    low = lower[start]
    if _inside_a_product_name(sent, start):
        return True  # causes.v31: "Cloud Router customers saw packet loss", "Cloud Interconnect": a product's name, no router
    if cat in _RESOURCE_CATEGORIES and (start > lo and lower[start - 1] in _CUSTOMER_OPERATIONS
                                        or end < hi and lower[end] in _CUSTOMER_OPERATION_NOUNS):
        return True  # causes.v33: "failures creating or modifying routers", "router creations are failing": users' work
    if cat == "environmental" and low in _LEAK_WORDS and (
            any(lower[k] in _DATA_NOUNS for k in range(end, min(hi, end + 4)))
            or start > lo and lower[start - 1] in _DATA_NOUNS or start > lo and lower[start - 1] == "data"):
        return True  # "no leak of customer data", "a data leak": information leaked, not water
    if cat == "environmental" and low == "fire" and any(
            lower[k] in _EMERGENCY_SERVICE_WORDS for k in range(max(lo, start - 3), min(hi, end + 3)) if k != start):
        return True  # causes.v23: "police, fire and EMS are operating normally", "the fire department": a service, no blaze
    if cat == "capacity" and _support_channel_near(lower, max(lo, start - 6), min(hi, end + 6)):
        return True  # causes.v23: "our telephone lines were overloaded", "the call centre was swamped": people calling about it
    if cat == "power" and _served_lost_power(lower, lo, start, end):
        return True  # causes.v22: "many homes lost power overnight": those served without power, a harm, not the cause
    if cat == "environmental" and low == "water" and (end < hi and lower[end] in _WATER_SERVICE_NOUNS
                                                      or start - 2 >= lo and lower[start - 2] == "on" and lower[start - 1] == "the"):
        return True  # causes.v21: "pay a water bill", "the water company", "stock on the water": water as a service or the sea
    if cat == "cyberattack" and any(lower[k] in _RESPONSIBILITY for k in range(start, end)) and \
            any(lower[k] in _NOBODY_CLAIMED for k in range(max(lo, start - 4), start)):
        return True  # "Nobody has claimed responsibility": silence on who, no denial of the attack
    for k in range(max(lo, start - 7), start):
        if lower[k] == "against" and k > lo and lower[k - 1] in _GUARDS:
            return True  # "invested in protection against denial-of-service attacks": what is guarded against
        if lower[k] == "of" and k - 1 > lo and lower[k - 1] == "case" and lower[k - 2] == "in":
            return True  # "a second site in case of fire or flood": a precaution
    if cat == "software_bug" and end < hi and lower[end] in _BUG_COMPOUNDS:
        return True  # "a bug bounty programme", "the bug tracker": no defect
    if cat == "software_bug" and _filed_as_a_kind(lower, lo, start):
        return True  # causes.v9: "a post filed as a critical bug": the kind a report was filed under, no defect found
    if cat == "cyberattack" and _filed_as_a_kind(lower, lo, start, _LABELLING_VERBS, 5):
        return True  # causes.v33: "files were wrongly classified as malware": what a scanner called them, no attack
    if cat == "human_error" and _ability_missed(lower, start, hi):
        return True  # causes.v9: "we should have been able to keep flying through it": resilience wished for, no slip
    if cat == "third_party" and end + 1 < hi and lower[end] == "-" and lower[end + 1] in _PROVENANCE_VERBS:
        return True  # "a vendor-supplied firewall": where the part came from, not who broke it
    if cat == "third_party":
        for v in range(max(lo, start - 7), start):
            if lower[v] in _PROVENANCE_VERBS and v + 1 < hi and lower[v + 1] in _PROVENANCE_PREPS \
                    and any(lower[k] in _EQUIPMENT_NOUNS for k in range(max(lo, v - 5), v)):
                return True  # "the unit came from an outside supplier": where a part came from, not who broke it
    if end - start == 1 and (start > lo and lower[start - 1] not in _OPENING_MARKS
                             or end < hi and lower[end] in _NAME_FOLLOWERS) \
            and sent.text[sent.tokens.idx[start] - sent.start:][:1].isupper() and _brand_word(sent.text[sent.tokens.idx[start] - sent.start:
                                                                               sent.tokens.idx[start] - sent.start + sent.tokens.length[start]]) \
            and not (start + 1 < hi and sent.text[sent.tokens.idx[start + 1] - sent.start:][:1].isupper()):
        return True  # "Blizzard has not said …": a company named by a weather word, not the weather
    return False


# causes.v33: what customers do to their own resources, whose failing is the service's trouble, not its cause
# (not "updating" or "configuring", which engineers do when they cause one: "while configuring routers")
_CUSTOMER_OPERATIONS = frozenset("creating modifying deleting provisioning".split())
_RESOURCE_CATEGORIES = frozenset(("network_bgp", "dns", "hardware"))
_CUSTOMER_OPERATION_NOUNS = frozenset("creation creations modification modifications deletion deletions provisioning".split())
# causes.v23: words beside "fire" that make it the emergency service ("police and fire", "fire and rescue", "fire crews")
_EMERGENCY_SERVICE_WORDS = frozenset("police ambulance ambulances ems paramedics rescue department departments brigade "
                                     "brigades crews fighters firefighters station stations engines 911 999 112 "
                                     "dispatched dispatch".split())
# causes.v23: the channels customers use to reach the company, whose overload follows the outage and causes nothing
_SUPPORT_CHANNEL_WORDS = frozenset("telephone telephones phone phones helpline helplines hotline hotlines switchboard "
                                   "switchboards".split())
_SUPPORT_DESK_OWNERS = frozenset("call contact customer support".split())  # "call centre", "customer service desk"
_SUPPORT_DESKS = frozenset("centre center centres centers desk desks line lines team teams staff".split())


def _support_channel_near(lower: list[str], a: int, b: int) -> bool:
    """causes.v23: a support channel among tokens [a, b): a phone line, a call centre, "could not get through"."""
    for k in range(a, b):
        w = lower[k]
        if w in _SUPPORT_CHANNEL_WORDS or (w in _SUPPORT_DESK_OWNERS and k + 1 < b and lower[k + 1] in _SUPPORT_DESKS):
            return True
        if w == "through" and k > a and lower[k - 1] in ("get", "got", "getting"):
            return True
    return False
_GUARDS = frozenset("protection protections protect protected protecting defence defense defences defenses defend defended "
                    "guard guards guarded safeguard safeguards shield shielded insurance insure insured resilience resilient "
                    "hardened hedge immune secure secured".split())
_BUG_COMPOUNDS = frozenset("bounty bounties tracker trackers hunter hunters hunting report reports ticket tickets".split())
# causes.v9: a report filed, posted or tagged "as a bug" names the kind of report, not a defect anyone has found
_FILING_VERBS = frozenset("file post report log flag mark tag label classify submit list open raise categorise categorize".split())
_FILING_REACH = 7  # tokens from the filing verb to "as": "posted to the company's forum as a critical bug"
_ABLE = frozenset(("able", "allowed"))
# causes.v33: verbs by which a scanner or a filter names what it caught ("flagged as malware", "blocked as malicious")
_LABELLING_VERBS = frozenset("classify classified misclassify misclassified flag flagged mark marked identify identified "
                             "misidentify misidentified detect detected label labelled labeled tag tagged quarantine "
                             "quarantined block blocked".split())


def _filed_as_a_kind(lower: list[str], lo: int, start: int, verbs: frozenset[str] = _FILING_VERBS,
                     reach: int = _FILING_REACH) -> bool:
    for k in range(start - 1, max(lo, start - 4) - 1, -1):
        if lower[k] == "as":
            return any(lower[v] in verbs or lemma_of(lower[v]) in verbs for v in range(max(lo, k - reach), k))
    return False


def _ability_missed(lower: list[str], start: int, hi: int) -> bool:
    """"should have been able to": the hit "should have been" followed by an ability, not a step someone skipped."""
    return any(lower[k] in _ABLE for k in range(start + 2, min(hi, start + 5))) and lower[start] in ("should", "ought")
_NOBODY_CLAIMED = frozenset("nobody no none not n't never".split())
# causes.v16: words after a brand that opens a sentence which make it the company ("Blizzard said", "Blizzard's servers")
_NAME_FOLLOWERS = frozenset("said says has had 's ’s blamed confirmed told wrote posted apologised apologized added announced "
                            "reported admitted acknowledged explained insisted denied".split())
_OPENING_MARKS = frozenset('" “ ‘ ( : — –'.split())


@lru_cache(maxsize=1)
def _brand_surfaces() -> frozenset[str]:
    """Names in the gazetteer that are ordinary words too ("Blizzard", "Frontier", "Spark")."""
    return frozenset(load_gazetteer().ambiguous_surfaces)


def _brand_word(word: str) -> bool:
    return word in _brand_surfaces()


# causes.v9: a verb of detecting in the past tense after a person or the company ("we identified a cyber attack", "when it
# spotted the attack", "staff detected an intrusion") tells the attack was found, not what a defence is for
_FINDERS = frozenset("we i it they he she engineers staff team teams company firm bank operator employees analysts investigators".split())
_PAST_FINDING = frozenset("identified detected spotted discovered noticed caught found flagged uncovered observed".split())
_GUARDING_BEFORE = frozenset("to can could will would may might".split())


# causes.v11: the finding told as an event in a clause of time ("after detecting attacks on its log-in page", "upon
# spotting the intrusion"): found, not defended against
_TIME_OPENERS = frozenset("after upon on since when".split())
_FINDING_LEMMAS = frozenset("identify detect spot discover notice catch find flag uncover observe".split())


def _discovered_by(lower: list[str], lo: int, verb: int) -> bool:
    if lower[verb].endswith("ing") and verb > lo and lower[verb - 1] in _TIME_OPENERS:
        return lemma_of(lower[verb]) in _FINDING_LEMMAS
    if lower[verb] not in _PAST_FINDING:
        return False
    # causes.v21: a past finding by anyone, a name too ("DP World Australia detected a cybersecurity incident", "MGM
    # Resorts recently identified a cybersecurity issue"): found, not guarded against — unless only what might have been
    # found ("would have detected", "could have spotted": _GUARDING_BEFORE)
    return any(lower[k] in _FINDERS for k in range(max(lo, verb - 3), verb)) \
        or not any(lower[k] in _GUARDING_BEFORE for k in range(max(lo, verb - 2), verb))


_SPREAD_PREPS = frozenset("across in over to into between".split())
_SEVERAL = frozenset("multiple several many two three different separate redundant more".split())
_SITE_WORDS = frozenset("zones zone regions region sites data centres centers centre center availability locations clouds "
                        "providers".split())
_INVESTIGATING = frozenset("establish determine find work understand investigate learn examine look probe assess "
                           "ascertain pin figure".split())
_WH_MANNER = frozenset("how why where when".split())


def _spread_over_sites(lower: list[str], end: int, hi: int) -> bool:
    """"deployed across multiple zones", "deployed in two regions": where a system runs, not a release."""
    return end + 2 < hi and lower[end] in _SPREAD_PREPS and lower[end + 1] in _SEVERAL and (
        lower[end + 2] in _SITE_WORDS or end + 3 < hi and lower[end + 3] in _SITE_WORDS)


def _asked_how_it_began(lower: list[str], lo: int, start: int) -> bool:
    """"to establish how the fire started", "trying to determine why the attack succeeded": a how/why clause, its
    cause word a determiner or two after the wh-word, governed by a verb of finding out."""
    k = start - 1
    while k > lo and lower[k] in _DETERMINERS and start - k <= 3:
        k -= 1
    if k <= lo or lower[k] not in _WH_MANNER:
        return False
    return any(lemma_of(lower[v]) in _INVESTIGATING for v in range(max(lo, k - 4), k))


# nouns of a safeguard, named after what it guards against ("flood protection", "DDoS mitigation", "fire prevention"); not
# "suppression" (a suppression system going off is told as the event: dev13's gold) nor "alarm"
_SAFEGUARD_HEADS = frozenset("protection protections prevention defence defences defense defenses mitigation mitigations "
                             "safeguard safeguards shield shields".split())


def _said_nothing_about(sent: SentenceInfo, start: int) -> bool:
    """causes.v30: the cause word is the topic of a speech verb's "nothing about"/"nothing on" a few words before it ("has said
    nothing about a ransom demand", "told us nothing on the cause of the attack")."""
    lower = sent.tokens.lower
    speech = {s for s, _ in sent.hits.get("SPEECH", ())}
    for k in range(max(sent.span.start + 1, start - 5), start):
        if lower[k] == "nothing" and lower[k + 1] in ("about", "on", "of") and (k - 1 in speech or k - 2 in speech):
            return True
    return False


_DEPLOY_FORMS = frozenset("deploy deploys deploying deployment deployments redeploy re-deploy redeploying re-deploying "
                          "deployed".split())
# causes.v32: what deployments then went through ("new deployments will fail", "customer deployments experienced failures",
# "Failed … deployments can be retried", "… deployments could be impacted")
_DEPLOYMENTS_HIT = frozenset("fail fails failed failing failures experienced impacted affected retried retry broken "
                             "processing".split())
_OWNERS_BEFORE = frozenset("the their your its our".split())
_FAILING_BEFORE_DEPLOY = frozenset("failing failed slow slower delayed stuck queued pending".split())
_TROUBLE_AFTER_DEPLOY = frozenset("lag lags delay delays latency errors failures failure issues problems queue queues "
                                  "queued backlog".split())
_TROUBLE_BEFORE_DEPLOY = _TROUBLE_NOUNS | frozenset("error errors failure failures delay delays latency".split())
_USERS_DEPLOYING = frozenset("users customers developers teams people".split())
_UNABLE_BEFORE = frozenset("to not unable cannot can't".split())


def _deploying_is_the_users_work(lower: list[str], sent: SentenceInfo, start: int, end: int) -> bool:
    """causes.v31: deploying is what users could not do, or what had trouble ("errors with deployments", "failing Pages
    deployments", "Deployment Lag", "apps may fail to deploy", "customers updating their functions (e.g. deploying a new
    version)"): the service that failed, no cause. Only the words deploy and deployment(s)."""
    # (causes.v33: and the deploying right before the hit: "deploying a new version", whose hit is "new version")
    words = [k for k in range(max(sent.span.start, start - 3), end) if lower[k] in _DEPLOY_FORMS]
    if not words:
        return False
    k, lo, hi = words[0], sent.span.start, sent.span.end
    if lower[k] == "deploy" and k - 3 >= lo and lower[k - 1] == "-" and lower[k - 2] == "re":
        k -= 2  # "to re-deploy models", split at its hyphen: read from "re"
    if k - 1 >= lo and (lower[k - 1] in _UNABLE_BEFORE and lower[k] in ("deploy", "redeploy", "re")
                        or lower[k - 1] in _FAILING_BEFORE_DEPLOY):
        return True  # "fail to deploy", "cannot deploy", "slow and failing deployments"
    if k + 1 < hi and lower[k + 1] in _TROUBLE_AFTER_DEPLOY:
        return True  # "Deployment Lag", "deployments queued"
    if any(lower[j] in _TROUBLE_BEFORE_DEPLOY and lower[j + 1] in ("with", "in", "for", "affecting", "during")
           for j in range(max(lo, k - 4), k - 1)):
        return True  # "errors with deployment", "issues with Cloud Functions deployments"
    if lower[k] == "deploying" and any(lower[j] in _USERS_DEPLOYING for j in range(max(lo, k - 8), k)):
        return True
    return _deployments_went_through(lower, k, lo, hi)


def _deployments_went_through(lower: list[str], k: int, lo: int, hi: int) -> bool:
    """causes.v32: the deploy word at k names what users had deployed or were deploying, which then had trouble: "the
    deployed models" (an owner's things), "new deployments will fail", "customer deployments experienced failures",
    "Failed App Engine Flexible deployments can be retried", "customers with multi-regional … deployments", "failed to
    process approximately 128,000 deployments"."""
    word = lower[k]
    if word == "deployed":
        return k - 1 >= lo and lower[k - 1] in _OWNERS_BEFORE and k + 1 < hi and lower[k + 1].isalpha() \
            and lower[k + 1] not in _NAME_GOVERNORS and lower[k + 1] not in ("and", "or", "yesterday", "today", "last")
    if word not in ("deployment", "deployments"):
        return False
    if any(lower[j] in _DEPLOYMENTS_HIT for j in range(k + 1, min(hi, k + 4))):
        return True  # (what they went through, right after: "deployments will fail", "deployment processing failures")
    before = range(max(lo, k - 5), k)
    if word == "deployments" and (any(lower[j] in _FAILING_BEFORE_DEPLOY for j in before)
                                  or any(lower[j] in _USERS_DEPLOYING and "by" not in lower[j:k] for j in before)
                                  or k - 1 >= lo and (lower[k - 1].replace(",", "").isdigit() or lower[k - 1] in ("new", "customer"))):
        return True
    return False


# causes.v31: a postmortem's action items, told in the imperative ("Improve the retry logic …", "Introduce load-shedding
# …"), or as a gerund after a list mark ("* Speeding up mitigation procedures by automating …"); not a noun that opens a
# sentence ("Increase in errors correlated with binary rollout")
_ACTION_VERBS = frozenset("improve introduce implement extend enhance automate harden strengthen audit require expand "
                          "reduce tighten".split())
_ACTION_GERUNDS = frozenset("improving introducing implementing extending enhancing automating hardening strengthening "
                            "auditing requiring expanding reducing tightening speeding adding adjusting modifying "
                            # causes.v33: "- Correcting autoscaling policies to account for … capacity"
                            "correcting fixing updating reviewing increasing ensuring revising reworking refining "
                            "validating".split())
_LIST_MARKS = "-*•"


def _action_item(sent: SentenceInfo) -> bool:
    """causes.v31: the sentence is an action item: an imperative verb opens it, or a gerund after a list mark."""
    text = sent.text.lstrip()
    marked = text[:1] in _LIST_MARKS
    first = text.lstrip(_LIST_MARKS + " \t").split(" ", 1)[0].lower()
    return first in _ACTION_VERBS or marked and first in _ACTION_GERUNDS


_REMEDY_HEADINGS = ("what we changed", "what we have changed", "what we've changed", "what we are changing",
                    "what we're changing", "what we will change", "what we'll change", "what we are doing",
                    "what we're doing", "what we will do", "what we'll do", "what we did about it", "next steps",
                    "action items", "follow-up actions", "follow-up items", "lessons learned", "preventing recurrence",
                    "prevention", "remediation", "remediations")


def _after_a_remedy_heading(sent: SentenceInfo, start: int) -> bool:
    """causes.v31: the cause word stands after a heading of what was or will be done, before a colon that opens the
    sentence ("What we changed: two-person review of every routing change", "Next steps: …")."""
    low = sent.lower.lstrip(" -*•#\t")
    colon = low.find(":")
    if colon < 0 or colon > 30 or not low[:colon].strip().startswith(_REMEDY_HEADINGS):
        return False
    return sent.tokens.idx[start] - sent.start > sent.lower.find(":")


_REPAIRED_FORMS = frozenset("mitigated resolved fixed restored addressed remediated".split())


def _the_way_it_was_mitigated(lower: list[str], sent: SentenceInfo, start: int) -> bool:
    """causes.v31: the cause word stands in how the trouble was repaired: after "mitigated|resolved|fixed … by …ing"
    ("was mitigated by scaling up the control plane to handle the increased traffic", "We mitigated the impact by
    increasing how long the service caches the lookup, which reduced load")."""
    lo = sent.span.start
    for k in range(lo, start):
        if lower[k] in _REPAIRED_FORMS:
            by = next((j for j in range(k + 1, min(start, k + 5)) if lower[j] == "by"), None)
            if by is not None and by + 1 < sent.span.end and lower[by + 1].endswith("ing"):
                return True
            # causes.v32: or in the clause of when it was repaired ("was fully mitigated … later, when our engineering team
            # completed a rollout to disable the code path", "was mitigated after our team rolled out a mitigation"), with
            # no finding between ("resolved after engineers found that a change had caused it" keeps its cause)
            link = next((j for j in range(k + 1, min(start, k + 8)) if lower[j] in _REPAIR_TIME_LINKS), None)
            if link is not None and start - link <= 12 and _FINDING_WORDS.isdisjoint(lower[link + 1:start + 4]) \
                    and _FAULT_ADJECTIVES.isdisjoint(lower[max(link + 1, start - 3):start + 1]) \
                    and _UNDOING_WORDS.isdisjoint(lower[max(link + 1, start - 4):start]):
                # (not "resolved once the faulty update was rolled back", "after a rollback of the change", "after rollback
                # of the changes that triggered it": what was undone is named as the cause)
                return True
    return False


_REMEDY_BEING_ROLLED_OUT = re.compile(r"\b(?:mitigations?|fix|fixes|patch|patches|remediations?|workarounds?)(?:\s+[\w-]+){0,3}?"
                                      r"\s+(?:(?:currently|now|still)\s+)?(?:being|been)\s+(?:rolled\s+out|deployed|applied|pushed)\b",
                                      re.I)


def _only_a_remedy_rolling_out(sent: SentenceInfo, fams: list[str]) -> bool:
    """Every cause word of the sentence stands inside a remedy told as being rolled out ("the mitigation steps currently
    being rolled out"; not "had found a software issue and … a fix had been applied", whose issue stands outside)."""
    m = _REMEDY_BEING_ROLLED_OUT.search(sent.text)
    if m is None:
        return False
    lo, hi = sent.start + m.start(), sent.start + m.end()
    idx = sent.tokens.idx
    return bool(fams) and all(lo <= idx[t] < hi for f in fams for t, _e in sent.hits[f])  # (no cause word: nothing to excuse)


_REPAIR_TIME_LINKS = frozenset("after when once".split())
_UNDOING_WORDS = frozenset("rollback rollbacks revert reverted reverting reversal undo undid rolled rolling".split())
_FAULT_ADJECTIVES = frozenset("faulty bad broken buggy defective problematic offending erroneous flawed failed failing "
                              "corrupt corrupted incorrect wrong".split())
_FINDING_WORDS = frozenset("found find finds identified determined discovered learned realised realized that caused cause "
                           "because due triggered "
                           # (the cause's own harm after it: "eleven days after the GPS rollover took it down")
                           "took knocked brought crippled crashed disrupted broke".split())


_CHANGE_WORDS = frozenset("change changes update updates".split())
# causes.v33: and the upgrades and pushes a service carries out for its customers, what processes them, their resuming
_CHANGE_WORDS_CARRIED_OUT = _CHANGE_WORDS | frozenset("upgrade upgrades push pushes".split())
_PROCESSING_VERBS = frozenset("processing process processed propagating propagation proceed saving submitting".split())
_RESUMED = frozenset("resumed resume resuming".split())
_MAKING_VERBS = frozenset("make apply push save submit edit".split())
# (told of what users will meet, in the future or with a modal: not "a configuration change failed to propagate, which
# caused the outage", a cause)
_NOT_TAKING_EFFECT = ("will be accepted", "not take effect", "not taking effect", "will fail to propagate",
                      "may fail to propagate", "will not propagate", "got stalled", "were stalled", "are stalled",
                      "were delayed", "are delayed", "were queued", "are queued")
# causes.v31: maintenance users could not run or that had trouble ("Issue with VM maintenance", "an issue performing VM
# maintenance activities", "on VM termination/maintenance, replacement VMs cannot …")
_MAINTENANCE_WORDS = frozenset(("maintenance",))
_NOTIFYING = frozenset("notify notifying notified notice announce announcing announced inform informing".split())
_TROUBLE_BEFORE_WORK = frozenset("issue issues problem problems error errors trouble failure failures".split())


def _changes_are_the_users_work(lower: list[str], sent: SentenceInfo, start: int, end: int) -> bool:
    """causes.v31: configuration changes that users could not make, or that were accepted but did not take effect
    ("Customers are unable to make Cloud Armor config changes", "config changes will be accepted & fail to
    propagate"): the service that failed, no cause. causes.v33: changes, updates, upgrades or pushes the service carries
    out for its customers, after a verb of processing ("delays in processing Cloud IAM policy changes", "cannot proceed
    version upgrade"), in the plural with no article after trouble and "with"/"in" ("experienced issues with global
    external HTTPS load balancer SSL certificate configuration updates"), or told as resuming ("configuration pushes
    resumed"); deployment words too, for "upgrade" and "push"."""
    lo = sent.span.start
    maintenance = next((j for j in range(start, end) if lower[j] in _MAINTENANCE_WORDS), None)
    if maintenance is not None:
        if any(lower[j] in _NOTIFYING for j in range(max(lo, maintenance - 4), maintenance)):
            return True  # causes.v33: "This incident was used to notify for a maintenance event": a notice of planned work
        # "Issue with VM maintenance", "experiencing an issue performing VM maintenance", "on VM termination/maintenance"
        return any(lower[j] in _TROUBLE_BEFORE_WORK and lower[j + 1] in ("with", "performing", "running", "during")
                   for j in range(max(lo, maintenance - 5), maintenance)) \
            or any(lower[j] == "/" for j in range(max(lo, maintenance - 2), maintenance))
    k = next((j for j in range(end - 1, start - 1, -1) if lower[j] in _CHANGE_WORDS_CARRIED_OUT), None)
    if k is None:
        return False
    if _carried_out_for_customers(lower, lo, sent.span.end, k):
        return True
    if any(lower[j] in _FAILING_BEFORE_DEPLOY for j in range(max(lo, start - 2), start)):
        return True  # "the backlog of delayed configuration changes"
    making = next((j for j in range(max(lo, start - 4), start) if lower[j] in _MAKING_VERBS), None)
    if making is not None and any(lower[j] in ("unable", "cannot", "can't", "not", "n't", "fail", "failed", "failing", "able")
                                  for j in range(max(lo, making - 3), making)):
        return True  # "are unable to make config changes", "will be able to make config changes but expect latency"
    after = " ".join(lower[k + 1:min(sent.span.end, k + 9)])
    return any(phrase in after for phrase in _NOT_TAKING_EFFECT)


_FIX_NOUNS = frozenset("fix fixes mitigation mitigations remedy remediation".split())


def _a_fix_before(lower: list[str], lo: int, start: int) -> bool:
    """causes.v33: a fix is named before the deploy word, in a sentence with no causal word: its rollout is the fix's."""
    return any(lower[j] in _FIX_NOUNS for j in range(lo, start))


def _carried_out_for_customers(lower: list[str], lo: int, hi: int, k: int) -> bool:
    """causes.v33: the change word at k is processed, resumed, or what trouble was with (see `_changes_are_the_users_work`)."""
    if k + 1 < hi and lower[k + 1] in _RESUMED:
        return True
    if any(lower[j] in _PROCESSING_VERBS for j in range(max(lo, k - 4), k)):
        return True
    if not lower[k].endswith("s"):
        return False
    for j in range(k - 1, max(lo, k - 10) - 1, -1):
        w = lower[j]
        if w in _DETERMINERS or w in (",", ";", ":", "that", "which", "after", "before", "when", "because"):
            return False
        if w in ("with", "in") and j - 1 >= lo and lower[j - 1] in _TROUBLE_BEFORE_DEPLOY:
            return True
    return False


_UPGRADE_ADVICE_OPENERS = ("workaround", "customer action", "recommended action", "to fix this", "to mitigate", "upgrade to",
                           "upgrade nodes", "customers can upgrade", "users can upgrade", "customers should upgrade")


def _advice_to_upgrade(sent: SentenceInfo) -> bool:
    """causes.v31: a sentence of advice to customers: a workaround, a recommended action, an upgrade told in the
    imperative ("REGULAR - Upgrade to 1.20.10", "To fix this issue, either use containerd or upgrade nodes")."""
    low = sent.lower.lstrip(" -*•\t")
    if any(low.startswith(opener) for opener in _UPGRADE_ADVICE_OPENERS):
        return True
    first_word = sent.text.lstrip(" -*•\t").split(" ", 1)[0]
    return " upgrade to " in low and ("to mitigate" in low or "recommended" in low or first_word.isupper())


_SPENDING_LIMITS = frozenset("budget budgets quota quotas credit credits allowance allowances balance balances limit "
                             "limits spend spending".split())


def _a_spending_limit_near(lower: list[str], sent: SentenceInfo, start: int) -> bool:
    """causes.v31: a budget, quota, credit or allowance within three words before "exhausted" or right after it: a
    customer's spending ran out, no capacity of a system."""
    before = any(lower[k] in _SPENDING_LIMITS for k in range(max(sent.span.start, start - 3), start))
    return before or start + 1 < sent.span.end and lower[start + 1] in _SPENDING_LIMITS


def _not_a_cause(doc: Doc, sent: SentenceInfo, cat: str, start: int, end: int) -> bool:
    """Cause words that, in their construction, do not name what went wrong."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    low = lower[start]
    if _named_for_something_else(sent, cat, start, end):
        return True
    if _said_nothing_about(sent, start):
        return True  # causes.v30: "OneBlood has said nothing about a ransom demand": silence on it, neither said nor denied
    if cat == "deployment" and _deploying_is_the_users_work(lower, sent, start, end):
        return True  # causes.v31: "Users are experiencing errors with deployments", "apps may fail to deploy": what failed
    if _after_a_remedy_heading(sent, start):
        return True  # causes.v31: "What we changed: two-person review of every routing change": what was done since
    if _the_way_it_was_mitigated(lower, sent, start):
        return True  # causes.v31: "The issue was mitigated by scaling up the control plane to handle the increased traffic"
    if cat in ("config_change", "deployment") and _changes_are_the_users_work(lower, sent, start, end):
        return True  # causes.v31: "Customers are unable to make Cloud Armor config changes": what failed, no cause
    if cat == "deployment" and not sent.has("CAUSAL") and _a_fix_before(lower, sent.span.start, start):
        return True  # causes.v33: "validating the fix …, we will provide an update on the production rollout": the fix's
    if cat == "deployment" and _advice_to_upgrade(sent):
        return True  # causes.v31: "Workaround: customers can upgrade to 1.20.9 to mitigate the issue": advice, no cause
    if cat == "capacity" and lower[start].startswith("exhaust") and _a_spending_limit_near(lower, sent, start):
        return True  # causes.v31: "customers whose budget was exhausted", "a 'budget exhausted' status": a spending limit
    if cat == "human_error" and low == "should" and start + 3 < sent.span.end and (
            lower[start + 3].endswith("ing") or lower[start + 3] in _NOT_A_DUTY_AFTER_BEEN):
        # causes.v30: "the pager, which should have been screaming, was quiet": what a thing should have been doing;
        # "a table that should have been there was not": where a thing belongs
        return True
    if end < sent.span.end and lower[end] in _SAFEGUARD_HEADS:
        return True  # causes.v17: "the buffer, which does have flood protection", "DDoS mitigation": a safeguard named by what it stops
    if "short" in lower[max(sent.span.start, start - 5):start] and any(
            lower[k] == "short" and lower[k + 1] == "of" for k in range(max(sent.span.start, start - 5), start - 1)):
        return True  # causes.v17: "nothing short of a building fire should take them down": the measure of a bar, no cause
    if cat == "environmental" and lemma_of(lower[start]) in _QUANTITY_FIGURES and (
            (end < len(doc) and lower[end] in ("of", "with"))  # "flooded with routes"
            or any(lower[i] in _LOAD_WORDS or (lower[i] in _COMPUTE_NOUNS or lower[i] in _FLOODED_SYSTEMS)
                   and (low.endswith("ed") or "CAUSE_cyberattack" in sent.hits)
                   for i in _clause_window(doc, sent, start, 8))):  # (a storm that cut a service is weather)
        return True  # "a storm of connection attempts", "a deliberate flood of traffic", "flooded its servers", "DNS got flooded"
    if cat == "environmental" and lemma_of(low) in _QUANTITY_FIGURES and start > sent.span.start \
            and lower[start - 1] in _BACK_REFERENCES and any(lower[i] in _LOAD_WORDS or lower[i] == "capacity"
                                                             for i in range(sent.span.start, start)):
        return True  # causes.v7: "banks kept firing off requests, and the flood slowed the switch": the requests again
    if cat == "cyberattack" and any(lemma_of(lower[i]) in _DEFENCE and not _discovered_by(lower, sent.span.start, i)
                                    for i in range(max(sent.span.start, start - 4), start)):
        return True  # "rules that spot malicious requests" (causes.v9: but "we identified a cyber attack" found one)
    if cat == "cyberattack" and _self_inflicted(lower, sent, start):
        return True  # "built its own denial-of-service and pointed it at itself": a figure for self-made load
    if cat in ("config_change", "deployment") and end - start == 1 and low in _WORK_WORDS and end < sent.span.end \
            and lower[end] in _THINGS_NAMED_FOR_WORK:
        return True  # causes.v10: "a maintenance page", "your deployment workflows": a thing named for the work, not the work
    if cat not in ("human_error", "cyberattack") and end < sent.span.end and lower[end] in _PERSON_ROLES:
        return True  # causes.v10: "a DNS operator at a hosting firm", "a network engineer": a job, not a cause
    if cat == "cyberattack" and lower[end - 1] in ("itself", "themselves") and not sent.has("CAUSAL", "OUTAGE", "OUTAGE_STRONG") \
            and not sent.may_contain("claim", "responsib", "credit"):
        return True  # causes.v10: "a group calling itself X" is hackers only where it claims or does the harm
    if cat == "cyberattack" and low in _OUTSIDE and end - start == 2 and lower[start + 1] in _VAGUE_FORCES \
            and not negated(doc, sent, start):
        return True  # causes.v10: "not caused by external factors" denies an attack; "due to external factors" names none
    if any(lemma_of(lower[i]) in _OFFER_VERBS for i in _words_before(doc, sent, start, 5)):
        return True  # "the company offers DDoS mitigation, DNS and CDN services": products on offer
    if _seen_as_symptom(doc, sent, start, end):
        return True  # "visitors saw DNS errors": what users saw, not why
    if cat == "network_bgp" and _generic_network_trouble(lower, start) and _seen_by_others(lower, sent.span.start, start):
        return True  # causes.v7: "customers may see packet loss and a network issue": a symptom ("we had a network issue" is not)
    if _explains_recovery(doc, sent, start):
        return True  # "did not fully recover for two hours because resolvers had cached the answers"
    if any(lower[i] in _PLANNED for i in range(max(sent.span.start, start - 2), start)):
        return True  # "will roll out future updates in stages": a plan
    if sent.may_contain("against", "preventing", "avoiding") and any(
            lower[i] in _GUARDED_AGAINST for i in _words_before(doc, sent, start, 4)):
        return True  # "add protections against applying incorrect DNS plans": what a safeguard is for
    if _in_condition(lower, sent.span.start, start):
        return True  # "if your site depends on one DNS provider, …": a condition, not what happened
    if _named_as_effect(lower, sent.span.start, start):
        return True  # "the cause of the fire remains under investigation", "what caused the congestion"
    if "after" in sent.lower and _after_an_interval(lower, sent.span.start, start):
        return True  # "came a week after a cyberattack on a rival": another event, a date
    if low == "fire" and start > sent.span.start and lower[start - 1] == "under":
        return True  # "came under fire": criticism
    if lemma_of(low) == "storm" and start > sent.span.start and lower[start - 1] in _STORMS_OF_MACHINES:
        return True  # causes.v30: "an alarm storm", "a retry storm from phones reconnecting": a burst of machine traffic, no weather
    if lemma_of(low) == "fire" and start > sent.span.start and lower[start - 1] in _BEFORE_A_VERB_FIRE:
        return True  # causes.v30: "alerts that depend on recent data may not fire", "failed to fire": a verb, no blaze
    if any(lower[i] in _COINCIDED for i in range(max(sent.span.start, start - 5), start)):
        return True  # causes.v6: "it coincided with a rollout of the service": at the same time, no cause said
    if start > sent.span.start and lower[start - 1] in _MENTION_NOUNS:
        return True  # causes.v6: "then the word ransomware showed up in an email": the word mentioned, not used
    if low == "water" and end - start == 1 and start > sent.span.start and lower[start - 1] == "no":
        return True  # causes.v6: "there was no water, no seats": something to drink, not water in the hall
    if sent.may_contain("so that") and _in_a_safeguard_purpose(lower, sent.span.start, start, sent.span.end):
        return True  # causes.v7: "added safeguards so that maintenance actions cannot start while …": what a guard prevents
    if cat == "third_party" and _partner_in_the_repair(lower, sent.span.start, start):
        return True  # causes.v7: "we are working with the vendor on the firmware fix": a partner in the repair, not the cause
    if cat == "third_party" and end < sent.span.end and lower[end] in _AFFECTED_THIRD_PARTIES:
        return True  # "errors signing in to Microsoft and third-party applications": what was hit, not the cause
    if low == "fire" and end < sent.span.end and lower[end] in _RESPONDER_NOUNS:
        return True  # "to allow the fire service to work": the responders, not the cause
    if cat == "third_party" and any(lower[i] in _HIRED_HELP for i in range(end, min(sent.span.end, end + 3))):
        return True  # causes.v25: "we have engaged third-party cybersecurity experts": help hired for the response
    if cat == "third_party" and end < sent.span.end and lower[end] in _SPEAKS and end - start == 1:
        return True  # causes.v25: "here the vendor says so": a supplier speaking, not a supplier's failure
    if start - 2 > sent.span.start and lower[start - 1] == "have" and lower[start - 2] in ("could", "would", "might"):
        return True  # causes.v25: "we could have shipped the update on time and hoped": what was not done
    if sent.may_contain("to keep", "to protect", "to shield", "to spare", "to avoid", "to prevent") and _in_a_purpose(lower, sent.span.start, start):
        return True  # "to keep hardware from being damaged, part of the zone was powered down": what was guarded
    if _repaired(doc, sent, start, end):
        return True  # "we rolled back the change", "AWS engineers increased the capacity"
    if low == "compromised" and not any(lower[i] in _BREACHABLE for i in _clause_window(doc, sent, start, 6)):
        return True  # "at no point was safety compromised": not an intrusion
    if cat == "cyberattack" and low.startswith("breach") and any(lower[i] in _DUTY_NOUNS for i in range(end, min(sent.span.end, end + 4))):
        return True  # causes.v28: "breached its licence", "a breach of the rules": a duty broken
    if cat == "cyberattack" and any(lower[i] in _DEFENCE_NOUNS for i in range(end, min(sent.span.end, end + 3))):
        return True  # "attack-mitigation vendors", "DDoS protection"
    if cat == "cyberattack" and start > sent.span.start and doc[start].is_title and end < sent.span.end and doc[end].is_title:
        return True  # "wrote on Hacker News": a name
    if cat == "deployment" and low in _DEPLOYED_FORMS and any(
            lower[i] in _STAFF_NOUNS for i in range(max(sent.span.start, start - 5), start)):
        return True  # "our engineers are fully deployed on the issue": people sent to work on it, no release
    if cat == "deployment" and _spread_over_sites(lower, end, sent.span.end):
        return True  # causes.v9: "customers who have deployed across multiple zones can shift traffic": a layout, no release
    if _asked_how_it_began(lower, sent.span.start, start):
        return True  # causes.v9: "working with the authorities to establish how the fire started": the question investigated
    clause_after = _clause_text_after(doc, sent, end)
    if cat in ("config_change", "deployment") and _IN_RESPONSE.match(clause_after) and not strong_causal(sent):
        return True  # "we changed the network configuration to support the DDoS response": part of the response
    if _DID_NO_HARM.search(clause_after[:60]) or _COUNTERFACTUAL.match(clause_after):
        return True  # "the change caused no problems in staging", "could have led to the same result"
    if _kept_working(clause_after):
        # "DNS services kept running"; a cause already denied stays denied ("no evidence of a
        # cyberattack, and customer data was not affected")
        return not negated(doc, sent, start)
    if cat == "capacity" and start - 1 > sent.span.start and ("number" in lower[start:end] or "numbers" in lower[start:end]) and (
            lower[start - 1] in _HIT_BEFORE_A_COUNT or lower[start - 1] in _DETERMINERS and lower[start - 2] in _HIT_BEFORE_A_COUNT):
        return True  # causes.v16: "down for a large number of users": who was hit, counted, not a load
    if cat == "capacity" and low in ("limit", "limits") and not any(
            lower[i] in _LOAD_WORDS for i in _clause_window(doc, sent, start, 8)):
        return True  # "the bloated file hit a hard limit": the input outgrew it, no demand exceeded capacity
    if cat == "human_error" and low in _SLIP_WORDS and not any(
            lower[i] in _HUMAN_AGENT for i in range(sent.span.start, sent.span.end)):
        return True  # "an update applied by mistake": an unintended change, no person's slip
    if cat == "human_error" and low in _THING_SLIPS and not any(
            lower[i] in _HUMAN_AGENT for i in _words_before(doc, sent, start, 8) if lower[i] not in (",",)):
        return True  # "we rolled out new rules, and those rules wrongly cached pages": the rules misbehaved
    return False


_HIT_BEFORE_A_COUNT = frozenset("for affecting affected impacting impacted hitting disrupting disrupted".split())
_COINCIDED = frozenset("coincided coincides coincide coinciding".split())
_WORKING_WITH = frozenset("work cooperate collaborate partner liaise engage coordinate talk consult".split())


_PURPOSE_REACH = 12  # tokens from "so that" to the cause word
_NEGATIONS_OF_A_GUARD = frozenset("not n't never no".split())


def _in_a_safeguard_purpose(lower: list[str], lo: int, start: int, hi: int) -> bool:
    """The cause word sits in a negative purpose clause: "so that … cannot / will never / no longer …"."""
    for i in range(start - 1, max(lo + 1, start - _PURPOSE_REACH) - 1, -1):
        if lower[i] in (";", ".") or lower[i] == "but":
            return False
        if lower[i] == "that" and lower[i - 1] == "so":
            return any(lower[k] in _NEGATIONS_OF_A_GUARD for k in range(i + 1, min(hi, start + 8)))
    return False


def _partner_in_the_repair(lower: list[str], lo: int, start: int) -> bool:
    """A verb of working together, then "with" (and a determiner), right before the supplier: "working with the vendor",
    "in close contact with our provider"."""
    for i in range(start - 1, max(lo, start - 4) - 1, -1):
        if lower[i] == "with":
            return i > lo and (lemma_of(lower[i - 1]) in _WORKING_WITH or lower[i - 1] in ("closely", "together", "contact"))
        if lower[i] not in _DETERMINERS and lower[i] not in ("upstream", "hardware", "software", "network", "cloud"):
            return False
    return False
_BACK_REFERENCES = frozenset("the this that such".split())
_MENTION_NOUNS = frozenset("word words term terms phrase label buzzword".split())
# causes.v6: people deployed on a problem are sent to work on it ("engineers are deployed on the issue")
_DEPLOYED_FORMS = frozenset("deployed deploying redeployed".split())
_STAFF_NOUNS = frozenset("engineers engineer staff crews crew teams team technicians technician workers employees personnel "
                         "responders specialists experts people".split())
# causes.v6: a change whose purpose is to defend or respond ("made routing changes to absorb the flood", "adjusted
# the rules to counter the attack") is the response to the trouble, not its cause
_IN_RESPONSE = re.compile(r"\W*(?:[\w'’-]+\W+){0,3}?(?:in\s+order\s+)?to\s+(?:better\s+)?(?:support|mitigate|counter|absorb|block|fend\s+off|"
                          r"defend|protect|contain|deflect|withstand|repel|filter|respond|shore\s+up|strengthen)\b", re.I)


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
    if len(asserted) > 1 and sent.may_contain("because", "due to", "owing to"):
        asserted = _explaining_clause(sent, asserted)
    if "power" in asserted and "environmental" in asserted and (_backup_power_failed_in_weather(sent)
                                                                  or _power_cut_the_cooling(sent)):
        return "power"
    return max(asserted, key=lambda k: DEPTH.get(k, 0))


# causes.v11: a power fault named before the cooling it stopped ("a sag in the grid supply tripped the chillers", "a
# power event affected cooling"): the cooling loss is the power fault's effect, so power is the deeper cause. A fire,
# flood or storm is no cooling word: "a fire at a substation cut the power" stays environmental
_COOLING_WORDS = frozenset("cooling chiller chillers air conditioning conditioner conditioners hvac temperatures overheat "
                          "overheating overheated thermal".split())


def _power_cut_the_cooling(sent: SentenceInfo) -> bool:
    lower = sent.tokens.lower
    env = sent.hits.get("CAUSE_environmental", ())
    power = sent.hits.get("CAUSE_power", ())
    if not env or not power or not all(any(lower[k] in _COOLING_WORDS for k in range(s, e)) for s, e in env):
        return False
    return min(s for s, _e in power) < min(s for s, _e in env)


# causes.v10: weather cut the mains, and the backup that should have carried the load failed ("the storm knocked out
# mains power, and the switch to backup generators failed"): the failed backup is the deeper cause (a storm alone,
# "machines lost power during the storm", stays environmental; a fire or flood in the hall stays environmental)
_WEATHER = frozenset("storm storms lightning hurricane typhoon cyclone tornado wind winds gale snow snowstorm blizzard ice "
                     "weather rain rainfall heatwave heat".split())
_BACKUP_POWER = frozenset("generator generators ups batteries battery backup standby diesel emergency".split())


def _backup_power_failed_in_weather(sent: SentenceInfo) -> bool:
    lower = sent.tokens.lower
    weather = all(any(lower[k] in _WEATHER for k in range(s, e)) for s, e in sent.hits.get("CAUSE_environmental", ()))
    return weather and any(lower[k] in _BACKUP_POWER for s, e in sent.hits.get("CAUSE_power", ()) for k in range(s, e))


# causes.v6: causes an agent brings about stay deepest whatever clause explains them ("the attack succeeded
# because a port was left open" is still an attack)
_AGENTIVE_CATEGORIES = frozenset(("ai_agent", "human_error", "cyberattack"))


def _explaining_clause(sent: SentenceInfo, asserted: dict[str, int]) -> dict[str, int]:
    """"malformed packets spread across the network because filters were not configured": the cause in the
    clause that explains (after a mid-sentence "because", "due to", "owing to") is deeper than the one it
    explains, whatever their categories' usual order."""
    lower = sent.tokens.lower
    lo = sent.span.start
    b = next((i for i in range(lo + 2, sent.span.end) if lower[i] == "because" or lower[i] in ("due", "owing")
              and i + 1 < sent.span.end and lower[i + 1] == "to"), None)
    if b is None or _FAILED_SAFEGUARD.search(sent.text):
        return asserted  # ("skipped the checks because of a defect in the tooling" explains the check, not the harm)
    after = {c: t for c, t in asserted.items() if t > b}
    before = {c: t for c, t in asserted.items() if t < b}
    if not after or not before or not _AGENTIVE_CATEGORIES.isdisjoint(before):
        return asserted
    return after


# -- a cause from another company -------------------------------------------------------------
# Where a name sits after "said on" / "posted to its … channel", it is where words were posted, not a supplier.
_CHANNEL_VERBS = frozenset(("said", "wrote", "posted", "tweeted", "announced", "confirmed", "explained", "added", "says", "writes", "posts"))
_CHANNEL_NOUNS = frozenset(("channel", "account", "page", "feed", "blog", "post", "posts", "thread", "handle", "profile"))
_SUPPLIER_PREP = frozenset(("to", "at", "from", "in", "of", "by", "inside", "within"))


def names_third_party(s: SentenceInfo, provider: str | None, gaz: Gazetteer, sdoc: Doc | None = None) -> bool:
    """Another company's provider or service named with a cause is a third party from this
    provider's point of view: right before it ("a faulty CrowdStrike update", "an Akamai DNS
    failure"), after it through a preposition ("a defective update to CrowdStrike's Falcon
    software", "a bug at Fastly"), or as a supplier's part the provider uses ("our AWS Transit
    Gateways, which …, did not scale")."""
    if not provider:
        return False
    if sdoc is not None and s.may_contain("mobile network", "cellular network", "cell network", "phone network", "carriers'") \
            and s.cause_families() and _carriers_networks_failed(s, provider, gaz):
        return True  # causes.v17: "the mobile networks around the park were overwhelmed": the carriers', not the game's
    if not s.ents:
        return False
    lower = s.tokens.lower  # lower-case forms by token: no spaCy Token objects
    if sdoc is not None and ("OUTAGE" in s.hits or "CAUSAL" in s.hits) \
            and s.may_contain("took", "taken", "knocked", "brought", "caused", "broke") and _another_company_did_it(s, provider, gaz):
        return True  # "it appears Google took it down", "reports said CrowdStrike had taken Azure offline"
    if sdoc is not None and (_trouble_placed_at_another(s, provider, gaz) or _outage_of_another_as_cause(s, provider, gaz)
                             or _another_company_failed_first(s, provider, gaz)):
        return True
    cause_toks = sorted({t for f in s.cause_families() for t, _ in s.hits[f]})
    # a cause slot opening with another company's name: "the CrowdStrike update appeared to have brought down"
    slot_toks = () if cause_toks or sdoc is None else tuple(_slot_readings(s).values())
    if not cause_toks and not slot_toks:
        return False
    for e in s.ents:
        if not _foreign(e, provider, gaz):
            continue
        if any(t <= e.tok <= t + 2 for t in slot_toks):
            return True
        if sdoc is not None and e.tok >= s.span.start + 2 and lower[e.tok - 1] in ("on", "via") \
                and lower[e.tok - 2] in _CHANNEL_VERBS:
            continue
        after = max(e.end_tok, e.tok + 1)
        if sdoc is not None and after < len(sdoc) and lower[after] in _CHANNEL_NOUNS:
            continue  # "posted to its Telegram channel": where words were posted
        reach = 4 if e.label == "PROVIDER" else 2  # "a faulty CrowdStrike update", "a bad Falcon update"
        if any(e.tok < t <= e.tok + reach for t in cause_toks):
            return True
        if sdoc is None:
            continue
        if any(0 < e.tok - t <= 4 and lower[e.tok - 1] in _SUPPLIER_PREP for t in cause_toks):
            return True
        if e.tok > s.span.start and lower[e.tok - 1] in ("our", "its", "their") and any(e.tok < t <= e.tok + 15 for t in cause_toks):
            return True
    return False

# Trouble nouns that, placed at another company, name where a failure came from (causes.v24)
_TROUBLE_PLACED_NOUNS = frozenset("problem problems issue issues fault faults failure failures outage outages trouble glitch "
                                   "disruption breakdown".split())
_COPULAS_OF_PLACE = frozenset("was is were are lay lies lie remained".split())


def _trouble_placed_at_another(s: SentenceInfo, provider: str, gaz: Gazetteer) -> bool:
    """causes.v24: trouble placed at another company, as the reason or as where it lay: "because of a problem at AWS",
    "the root of it is a problem at AWS", "the problem, he wrote on X, was at AWS"."""
    if not s.may_contain(" at ", " with "):
        return False
    lower = s.tokens.lower
    causal = "CAUSAL" in s.hits or s.may_contain("root of", "source of", "the cause")
    for e in s.ents:
        if e.label not in ("PROVIDER", "SERVICE") or e.tok - 2 < s.span.start or lower[e.tok - 1] not in ("at", "with"):
            continue
        if not _foreign(e, provider, gaz):
            continue
        if lower[e.tok - 2] in _COPULAS_OF_PLACE and any(lower[t] in _TROUBLE_PLACED_NOUNS for t in range(max(s.span.start, e.tok - 12), e.tok - 2)):
            return True  # "the problem ... was at AWS"
        if causal and any(lower[t] in _TROUBLE_PLACED_NOUNS for t in range(max(s.span.start, e.tok - 4), e.tok - 1)):
            return True  # "because of a problem at AWS"
    return False


_POSSESSIVE_TOKENS = frozenset(("'s", "’s", "'", "’"))


def _outage_of_another_as_cause(s: SentenceInfo, provider: str, gaz: Gazetteer) -> bool:
    """causes.v31: another company's own trouble, named after it, right after a causal word: "knocked out by Monday's
    Amazon Web Services outage", "went down because of an AWS failure" (not "days after the AWS outage": no causal
    word, or one that dates: "two days after the AWS outage"; nor "because of the outage, AWS customers …": the trouble
    noun must follow the name)."""
    lower = s.tokens.lower
    # ("two days after the AWS outage" dates the outage by another: no cause)
    # (nor a link denied: "is not related to the CrowdStrike outage" is read as no claim here)
    causal_ends = [e for c, e in s.hits.get("CAUSAL", ()) if not (lower[c] == "after" and lower[c - 1] in _INTERVAL_UNITS)
                   and not any(lower[k] in ("not", "n't", "never") for k in range(max(s.span.start, c - 2), c))]
    if not causal_ends:
        return False
    for e in s.ents:
        if e.label not in ("PROVIDER", "SERVICE") or not _foreign(e, provider, gaz):
            continue
        j = max(e.end_tok, e.tok + 1)
        if j < s.span.end and lower[j] in _POSSESSIVE_TOKENS:
            j += 1
        if j >= s.span.end or lower[j] not in _TROUBLE_PLACED_NOUNS:
            continue
        if any(e.tok - 4 <= end <= e.tok and not any(lower[k] in _CLAUSE_BREAK for k in range(end, e.tok))
               for end in causal_ends):
            return True
    return False


# causes.v33: what another company's trouble did, and the clause that tells another company failing first
_OTHERS_FAILED_VERBS = frozenset("failed crashed collapsed faltered stumbled".split())
_WENT_STATES = frozenset("down offline dark".split())
_BEGAN = frozenset("began started".split())
_FAILING = frozenset("failing crashing faltering".split())
_FAILED_FIRST_OPENERS = frozenset("when after because once as since".split())
_EARLIER_TIMES = frozenset("earlier ago before previously year years month months".split())
_NOUN_PHRASE_STOPS = frozenset(", ; : — – and but which that who said says told".split())


def _another_company_failed_first(s: SentenceInfo, provider: str, gaz: Gazetteer) -> bool:
    """causes.v33: another company's trouble as the subject of a verb of harm ("the Amazon Web Services failure left
    owners unable to …", "The Cloudflare outage knocked our app offline"), or another company (or its part, named
    through its possessive) failing in a clause opened by a subordinator ("when", "after", "because", "once", "as",
    "since") while the rest of the sentence tells the harm ("When Amazon's servers in the US-East-1 region failed, our app lost …", "our app went dark because
    Cloudflare's network failed")."""
    lower = s.tokens.lower
    lo, hi = s.span.start, s.span.end
    for e in s.ents:
        if not _foreign_or_company(e, provider, gaz) or e.label == "COMPANY" and (
                e.ent_id.lower() in provider.lower() or provider.lower() in e.ent_id.lower()):
            continue
        j = max(e.end_tok, e.tok + 1)
        possessive = j < hi and lower[j] in _POSSESSIVE_TOKENS
        if possessive:
            j += 1
        if j < hi and lower[j] in _TROUBLE_PLACED_NOUNS:
            k = j + 1
            while k < hi and lower[k] in _HARM_ADVERBS:
                k += 1
            dated = any(lower[t] in ("after", "before", "since") and t > lo and lower[t - 1] in _INTERVAL_UNITS
                        for t in range(max(lo, e.tok - 3), e.tok))
            if k < hi and lower[k] in _HARM_DONE_AFTER and not dated:
                return True  # (not "nine days after an AWS outage disrupted thousands of apps": a time, by another's)
            continue
        opener = e.tok - 1
        if opener > lo and lower[opener] in ("the", "its"):
            opener -= 1
        if opener < lo or lower[opener] not in _FAILED_FIRST_OPENERS:
            continue
        if lower[opener] == "after" and opener > lo and lower[opener - 1] in _INTERVAL_UNITS:
            continue  # "two days after Cloudflare's network failed": dates the harm by another's, says no cause
        if lower[opener] == "when" and opener > lo and lower[opener - 1] == "," and any(
                lower[t] in _EARLIER_TIMES or lower[t].isdigit() and len(lower[t]) == 4 for t in range(max(lo, opener - 5), opener)):
            continue  # "October a year earlier, when KT's network went down": another time, recalled
        k = j if possessive else max(e.end_tok, e.tok + 1)
        limit = min(hi, k + 12)  # the failing part may be named at some length: "servers in the US-East-1 region"
        while k < limit and lower[k] not in _NOUN_PHRASE_STOPS and not _failure_verb_at(lower, k, hi):
            k += 1
        if k >= limit or not _failure_verb_at(lower, k, hi) or (k > j and not possessive):
            continue
        fronted = opener == lo
        if fronted and not any(lower[t] == "," for t in range(k, hi)) or not fronted and opener - lo < 3:
            continue  # the clause must have a main clause beside it, where the harm is told
        return True
    return False


def _failure_verb_at(lower: list[str], k: int, hi: int) -> bool:
    """A verb of failing at `k`: "failed", "went down", "began failing", "had an outage"."""
    w = lower[k]
    nxt = lower[k + 1] if k + 1 < hi else ""
    return (w in _OTHERS_FAILED_VERBS or w in ("went", "goes", "go") and nxt in _WENT_STATES or w in _BEGAN and nxt in _FAILING
            or w in ("suffered", "had") and (nxt in _TROUBLE_PLACED_NOUNS
                                             or nxt in ("a", "an") and k + 2 < hi and lower[k + 2] in _TROUBLE_PLACED_NOUNS))


_CARRIER_NETWORK = re.compile(r"\b(?<!our )(?<!its )(?<!their )(?:the\s+|local\s+)?(?:mobile|cellular|cell|phone)\s+networks?\b"
                              r"|\bcarriers'\s+networks?\b", re.I)


def _carriers_networks_failed(s: SentenceInfo, provider: str, gaz: Gazetteer) -> bool:
    """causes.v17: mobile networks named, not as the provider's own, in a sentence with a cause, where the provider is no
    carrier itself: the trouble lay with the carriers (a third party)."""
    rec = gaz.provider(provider)
    if rec is None or rec.sector == "telecom":
        return False
    return _CARRIER_NETWORK.search(s.text) is not None


_TAKING_DOWN = frozenset("took taken taking take takes knocked knocking brought bringing caused causing broke broken".split())
_TAKEN_AUX = frozenset("had has have was were had been reportedly".split())


def _another_company_did_it(s: SentenceInfo, provider: str, gaz: Gazetteer) -> bool:
    """Another company as the subject of a verb of taking down ("Google took it down", "CrowdStrike had
    taken Azure offline"): for this provider, a third party did it."""
    lower = s.tokens.lower
    for e in s.ents:
        if e.label not in ("PROVIDER", "COMPANY") or not _foreign_or_company(e, provider, gaz):
            continue
        j = max(e.end_tok, e.tok + 1)
        while j < s.span.end and lower[j] in _TAKEN_AUX:
            j += 1
        if j < s.span.end and lower[j] in _TAKING_DOWN and (
                lower[j] in ("caused", "causing", "broke", "broken")
                or any(lower[k] in ("down", "offline", "out", "over") for k in range(j + 1, min(s.span.end, j + 5)))):
            return True
    return False


def _foreign_or_company(e, provider: str, gaz: Gazetteer) -> bool:
    if e.label == "COMPANY":
        own = gaz.provider(provider)
        return own is None or e.ent_id != own.company
    return _foreign(e, provider, gaz)


def _foreign(e, provider: str, gaz: Gazetteer) -> bool:
    """A provider, or a service of a provider, of another company than `provider`'s."""
    if e.label not in ("PROVIDER", "SERVICE"):
        return False
    ent_prov = e.ent_id.split("|", 1)[0] if e.label == "SERVICE" else e.ent_id
    if ent_prov == provider:
        return False
    own = gaz.provider(provider)
    other = gaz.provider(ent_prov)
    return not (own is not None and other is not None and other.company == own.company)


# -- causes.v3: the cause slot of a causal construction, and agentive causes ----------------------
# "the outage was caused by an inaccurate procedure", "a setting it rolled back was behind the
# disruption", "the failure of key internal software systems": the words of the slot say the
# category, read head first (the last word of the noun phrase), then its modifiers; a generic head
# ("a problem with the chillers") passes to its complement. "a technician removed the live database",
# "the registry suspended the domain": a person or another company acting on a system.

def _load_slot_words() -> tuple[dict[str, str], dict[tuple[str, str], str], frozenset[str], dict[str, str], dict[tuple[str, str], str],
                                frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    import json
    from pathlib import Path

    from nlp.lemmas import forms_of

    data = json.loads((Path(__file__).resolve().parent / "data" / "rules.json").read_text(encoding="utf-8"))["cause_slots"]

    def expand(classes: dict[str, list[str]]) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
        single: dict[str, str] = {}
        pairs: dict[tuple[str, str], str] = {}
        for cat, words in classes.items():
            for w in words:
                parts = w.split()
                if len(parts) == 2:
                    for first in forms_of(parts[0]) | {parts[0]}:
                        for second in forms_of(parts[1]) | {parts[1]}:
                            pairs.setdefault((first, second), cat)
                else:
                    for form in forms_of(w) | {w}:
                        single.setdefault(form, cat)
        return single, pairs

    classes, class_pairs = expand(data["classes"])
    agents, agent_pairs = expand(data["agents"])
    generic = frozenset(f for w in data["generic_heads"] for f in forms_of(w) | {w})
    # past forms only: "removed", "ran", "put" (the base form of put/cut/shut/set is its past too)
    actions = frozenset(f for w in data["actions"] for f in _past_forms(w, forms_of(w)))
    neutral = frozenset(f for w in data["neutral_actions"] for f in _past_forms(w, forms_of(w)))
    # "switched off", "turned off", "shut down": these need their particle to act on a system
    particle = frozenset(f for w in data["particle_actions"] for f in _past_forms(w, forms_of(w)))
    verbs = frozenset(data["irregular_pasts"]) | actions | neutral
    return classes, class_pairs, generic, agents, agent_pairs, actions | particle, neutral, particle, verbs


def _past_forms(lemma: str, forms: frozenset[str]) -> set[str]:
    past = {f for f in forms if f != lemma and not f.endswith(("s", "ing"))}
    if lemma in ("put", "cut", "shut", "set"):
        past.add(lemma)
    if not past:  # a lemma the table does not know ("misconfigure")
        past.add(lemma + ("d" if lemma.endswith("e") else "ed"))
    return past


_SLOT_CLASSES, _SLOT_PAIRS, _GENERIC_HEADS, _AGENTS, _AGENT_PAIRS, _ACTIONS, _NEUTRAL_ACTIONS, _PARTICLE_ACTIONS, _PAST_VERBS = _load_slot_words()
# "an engineer pushed the wrong file", "placed a block on the domain in error": a slip that makes a routine act an error
_SLIP_MARKERS = _SLIP_WORDS | _WRONG | frozenset("misconfigured mistyped".split())
_PARTICLES = frozenset("off down out".split())
_MODALS = frozenset("could would might may should".split())
_AGENT_WORDS = frozenset(_AGENTS) | frozenset(a for a, _ in _AGENT_PAIRS)
# Words that end a noun phrase: prepositions, relatives, auxiliaries, pronouns, conjunctions.
_NP_END = frozenset("of with in at on to for from by into over under during after before while when because as "
                    "that which who whom whose where it they we he she its their our his her this these those "
                    "had has have was were is are be been being did does do could would should will can may might "
                    "and or but , ; : . — – ( ) \" “ ” ' ‘ ’".split())
_COMPLEMENT_PREPS = frozenset("of with in at on inside within among between".split())
_DETERMINERS = frozenset("a an the one its their our his her this that some".split())
_SLOT_AUX = frozenset("had has have was were is are been be being 's also reportedly probably".split())
# Connectors whose cause follows them ("caused by X", "due to X", "the root cause was X").
_FORWARD_ENDS = frozenset("by to of from on because after".split())
_COPULA_AFTER = frozenset("was is were are been".split())
_BEGAN_WHEN = frozenset("triggered caused sparked prompted".split())
_ROOT_NOUNS = frozenset("root roots heart origin origins".split())
# Verbs that name the outage first and the cause after their preposition.
_OBJECT_THEN_CAUSE = {"blame": "on", "attribute": "to", "trace": "to", "pin": "on"}
# Backward: the cause is the subject ("X caused", "X was behind", "X was to blame", "X set off").
# Verbs whose subject is the cause: "X caused", "X triggered", "X led to", "X set off", "X took down".
_CAUSING_VERBS = frozenset("cause trigger lead set take knock bring break broke spark prompt disrupt interrupt block cut start".split())


_ACTOR_HEADS = frozenset("agent agents assistant assistants bot bots chatbot chatbots copilot model models".split())


def _class_of(lower: list[str], i: int, lo: int, classes: dict[str, str], pairs: dict[tuple[str, str], str]) -> str | None:
    """The category of token i, as the second word of a pair with the word before it or on its own."""
    if i > lo:
        cat = pairs.get((lower[i - 1], lower[i]))
        if cat is not None:
            return cat
    if i + 1 < len(lower):
        cat = pairs.get((lower[i], lower[i + 1]))
        if cat is not None:
            return cat
    return classes.get(lower[i])


def _noun_phrase(lower: list[str], start: int, stop: int) -> tuple[int, int]:
    """The noun phrase opening at `start`: up to the first preposition, relative, auxiliary or pronoun."""
    end = start
    while end < stop and (end == start or lower[end] not in _NP_END):
        if lower[end] in _NP_END and lower[end] not in _DETERMINERS:
            break
        if end > start and lower[end - 1] not in _DETERMINERS and (
                lower[end] in _PAST_VERBS or lower[end].endswith("ed") and end + 1 < stop and lower[end + 1] in _DETERMINERS):
            break  # "a hobbyist lost a drive", "a change applied the wrong rule": the verb ends the subject
        end += 1
    return start, end


def _classify_phrase(lower: list[str], start: int, stop: int) -> tuple[str, int] | None:
    """The category of the noun phrase at `start`: its head first (read right to left), then, for a
    generic head ("the failure of ...", "a problem with ..."), the phrase its preposition opens."""
    # causes.v8: "a malfunction in our access servers": a malfunction is equipment misbehaving, whatever the
    # complement names, unless the complement's own class says otherwise ("a malfunction in the software")
    malfunction: tuple[str, int] | None = None
    for _ in range(3):  # "the failure of a part of the software": at most a few generic heads deep
        s, e = _noun_phrase(lower, start, stop)
        if e > s and lower[e - 1] in _ACTOR_HEADS:
            return None  # "its coding agent", "the AI assistant": an actor, read by the AI rules, not a defect
        generic_head = False
        for i in range(e - 1, s - 1, -1):
            cat = _class_of(lower, i, s, _SLOT_CLASSES, _SLOT_PAIRS)
            if cat is not None:
                if cat == "human_error" and lower[i] in _SUPPLIER_NOUNS and i + 1 < e and lower[i + 1] in _POSSESSIVE_MARKS:
                    return "third_party", s  # causes.v29: "the contractor's new back-office system": a firm that owns it
                if cat == "software_bug" and i > s and lower[i - 1] in _VEHICLES:
                    return None  # causes.v30: "after a car crash": a road accident, no program that crashed
                # the phrase's first word stands for it: negation is read before the phrase, not
                # inside it ("an inaccurate procedure" denies nothing)
                return cat, s
            if i == e - 1 and lower[i] in _GENERIC_HEADS:
                generic_head = True
                if malfunction is None and lower[i] in _MALFUNCTION_HEADS:
                    malfunction = ("hardware", s)
        if not (generic_head and e < stop and lower[e] in _COMPLEMENT_PREPS):
            return malfunction
        start = e + 1
    return malfunction


_MALFUNCTION_HEADS = frozenset(("malfunction", "malfunctions"))
_VEHICLES = frozenset("car cars road plane planes air train trains rail bus buses lorry truck motorway highway motorcycle "
                      "bike cycling helicopter traffic".split())


def _clause_stop(lower: list[str], tok: int, end: int) -> int:
    i = tok
    while i < end and lower[i] not in (",", ";", ":", ".", "but", "which", "while", "whereas"):
        i += 1
    return i


_CLAUSE_OPENERS = frozenset((",", ";", ":", "that", "but", "because", "after", "when", "and", "said", "says", "while"))


def _clause_start(lower: list[str], tok: int, start: int) -> int:
    i = tok
    # causes.v9: a mark glued to a bracket ends a status header too: "Identified (19:05 UTC): A change caused …"
    while i > start and lower[i - 1] not in _CLAUSE_OPENERS and not (len(lower[i - 1]) > 1 and lower[i - 1][-1] in ":;"):
        i -= 1
    return i


def _ends_a_name(sent: SentenceInfo, s: int, e: int) -> bool:
    """causes.v30: a one-word connector written with a capital after a capitalised word and before a word that is not
    ("Pull Request Triggers." , "the Slack Triggers page"): the last word of a name, not a verb (a title in Title Case
    goes on in capitals: "Outage Caused By Bad Push")."""
    if e - s != 1 or s <= sent.span.start:
        return False
    text, idx = sent.text, sent.tokens.idx
    here = text[idx[s] - sent.start:idx[s] - sent.start + 1]
    before = text[idx[s - 1] - sent.start:idx[s - 1] - sent.start + 1]
    if not (here.isupper() and before.isupper()):
        return False
    if e >= sent.span.end:
        return True
    after = text[idx[e] - sent.start:idx[e] - sent.start + 1]
    return not after.isupper()


def _slot_causes(sent: SentenceInfo) -> dict[str, int]:
    """Category -> token for the cause slots of the sentence's causal connectors."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    lo, hi = sent.span.start, sent.span.end
    out: dict[str, int] = {}
    for s, e in sent.hits.get("CAUSAL", ()):
        if _ends_a_name(sent, s, e):
            continue  # causes.v30: "an issue with Cloud Build Pull Request Triggers": a product's name, no connector
        reading = _forward_slot(lower, s, e, hi) or _backward_slot(lower, s, e, lo)
        if reading is not None:
            out.setdefault(reading[0], reading[1])
    return out


def _passive_agents(sent: SentenceInfo) -> dict[str, int]:
    """"the gateway was disabled by an internal operation", "the domain was suspended by the registry":
    the agent of a passive action verb, unless the sentence is about the recovery."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    lo, hi = sent.span.start, sent.span.end
    out: dict[str, int] = {}
    for i in range(lo + 1, hi - 1):
        verb = lower[i - 2] if lower[i - 1] in _PARTICLES and i - 2 >= lo else lower[i - 1]  # "switched off by"
        if lower[i] == "by" and (verb in _ACTIONS or verb in _NEUTRAL_ACTIONS):
            reading = _classify_phrase(lower, _skip_determiners(lower, i + 1, hi), _clause_stop(lower, i + 1, hi))
            if reading is not None and reading[0] in ("human_error", "third_party"):
                if any(lower[k] in _RECOVERY_CONTEXT for k in range(lo, hi)):
                    return {}
                out.setdefault(reading[0], reading[1])
    return out


def _skip_determiners(lower: list[str], i: int, hi: int) -> int:
    """Past determiners and a negator ("was not an attack"): the negator stays before the phrase."""
    while i < hi and (lower[i] in _DETERMINERS or lower[i] in ("not", "n't", "never") or lower[i] in _OPENING_QUOTES):
        i += 1  # (and an opening quote mark: 'said a "network element" was to blame')
    return i


_OPENING_QUOTES = frozenset(('"', "“", "‘"))


def _forward_slot(lower: list[str], s: int, e: int, hi: int) -> tuple[str, int] | None:
    """"caused by X", "due to X", "blamed the outage on X", "the root cause was X", "Cause identified: X"."""
    last = lower[e - 1]
    i = e
    if last in ("caused", "triggered", "sparked", "prompted") and i < hi and lower[i] == "by":
        i += 1
    elif i < hi and lower[i] == "by" and _passive_causing(lower, s, e):
        i += 1  # "was set off by X", "knocked out by X", "brought down by X": the passive's agent is the cause
    elif lemma_of(last) in _OBJECT_THEN_CAUSE or lemma_of(lower[s]) == "pin":
        # "blamed the outage on X", "attributed the problem to X", "traced that event, too, to X",
        # "pinned the blackout on X" (its phrase takes the object's first word, not "pinned to")
        prep = _OBJECT_THEN_CAUSE[lemma_of(last) if lemma_of(last) in _OBJECT_THEN_CAUSE else "pin"]
        on = next((j for j in range(e, min(hi, e + 8)) if lower[j] == prep), None)
        if on is None:
            if lemma_of(last) != "blame":
                return None
            # "the airline blamed its IT contractor": with no "on", what is blamed is the cause
            k = _skip_determiners(lower, e, hi)
            stop = _clause_stop(lower, k, hi)
            reading = _classify_phrase(lower, k, stop)
            if reading is not None and reading[0] not in ("human_error", "third_party"):
                # causes.v8: "DBS blamed a malfunction in the servers": a failure noun blamed is the cause, whatever broke
                np_start, np_end = _noun_phrase(lower, k, stop)
                return reading if np_end > np_start and lower[np_end - 1] in _BLAMED_FAILURES else None
            return reading
        i = on + 1
    elif last in _CAUSE_HEAD_NOUNS or lower[s] in _ROOT_NOUNS and last in _INCIDENT_NOUNS:
        # "the cause was X", "Cause identified: X", "the root of the problem was X"
        if i < hi and lower[i] in ("per", "according", "says", "said"):
            # causes.v16: whose account, before the colon ("Root cause per the company: an API release …")
            colon = next((j for j in range(i + 1, min(hi, i + 7)) if lower[j] == ":"), None)
            i = colon if colon is not None else i
        while i < hi and (lower[i] in _COPULA_AFTER or lower[i] in ("identified", "found", ":")):
            i += 1
        if i == e:
            return None
    elif last not in _FORWARD_ENDS and last not in ("when", "with") and lemma_of(last) not in ("stem", "result", "originate"):
        return None
    elif last == "after" and e - s == 1 and not (i < hi and lower[i] in _DETERMINERS):
        return None  # "after two hours": only "after a/the X did Y" names a cause
    elif last == "when" and not (s > 0 and lower[s - 1] in _BEGAN_WHEN):
        return None  # only "was triggered/began when X …" names a cause after "when"
    elif last == "with" and lower[s] not in ("responsibility", "blame", "fault"):
        return None  # "the responsibility lies with X" only
    i = _skip_determiners(lower, i, hi)
    reading = _classify_phrase(lower, i, _clause_stop(lower, i, hi))
    if reading is None:
        # "the cause was mundane: an update meant to tighten security ...": the colon gives the cause
        colon = next((j for j in range(i, min(hi, i + 3)) if lower[j] == ":"), None)
        if colon is not None:
            k = _skip_determiners(lower, colon + 1, hi)
            reading = _classify_phrase(lower, k, _clause_stop(lower, k, hi))
    return reading


_BLAMED_FAILURES = frozenset("failure failures malfunction malfunctions fault faults glitch glitches breakdown defect "
                             "defects bug bugs error errors "
                             # causes.v16: a change blamed is the cause ("blamed a change it had made to the way traffic
                             # was routed", "blamed an update")
                             "change changes update updates upgrade upgrades migration migrations rollout release "
                             "releases patch patches deployment "
                             # causes.v32: load, an attack or the weather blamed is the cause too ("The company blamed the
                             # traffic", "blamed hackers", "blamed the storm")
                             "traffic demand load surge surges spike spikes overload congestion influx attack attacks "
                             "cyberattack cyberattacks hacker hackers ransomware malware intrusion storm storms heat "
                             "heatwave weather flooding".split())


# "the cause was X", "The trigger was a database script …" (causes.v6: trigger, source, origin too; the copula or
# "identified"/"found" must follow, so the verb "could trigger the failure" opens nothing)
_CAUSE_HEAD_NOUNS = frozenset("cause causes reason culprit trigger source origin".split())


def _passive_causing(lower: list[str], s: int, e: int) -> bool:
    """A causing verb in a past participle form, with or without its particle ("set off", "knocked
    out", "taken down", "disrupted"): followed by "by", it opens the agent that caused the harm."""
    verb = lower[s]
    if lemma_of(verb) not in _CAUSING_VERBS:
        return False
    return verb != lemma_of(verb) or verb in ("set", "cut", "put")  # (their base form is their participle too)


_UNKNOWN_SUBJECTS = frozenset(("what", "whatever"))


def _backward_slot(lower: list[str], s: int, e: int, lo: int) -> tuple[str, int] | None:
    """"X caused", "X triggered", "X led to", "X was behind": the subject is the cause."""
    last = lower[e - 1]
    if e < len(lower) and lower[e] == "by" or last in ("by", "of", "from", "on", "after", "when", "because", "due"):
        return None
    if lemma_of(lower[s]) not in _CAUSING_VERBS or last in ("cause", "causes"):
        return None  # only a causing verb has the cause as its subject ("what happened" has none)
    if s > lo and lower[s - 1] in ("of", "for", "in", "from", "without", "about"):
        return None  # "code they suspected of causing the trouble": a gerund after a preposition has no subject here
    j = s
    while j > lo and (lower[j - 1] in _SLOT_AUX or lower[j - 1] in _MODALS):
        if lower[j - 1] in _MODALS:
            return None  # "the same change could have led to it": a hypothetical
        j -= 1
    if j > lo and lower[j - 1] in _UNKNOWN_SUBJECTS:
        return None  # causes.v8: "engineers are still investigating what caused it": the cause is the open question
    clause = _clause_start(lower, j, lo)
    if clause == j and j - 1 > lo and lower[j - 1] == ",":
        aside = _clause_start(lower, j - 1, lo)
        if lower[aside] == "not" and aside - 1 > lo and lower[aside - 1] == ",":
            # causes.v16: a contrast set off by commas before the verb ("a rushed server patch, not the crowds, started
            # it"): the subject stands before it
            j = aside - 1
            clause = _clause_start(lower, j, lo)
    start = _skip_determiners(lower, clause, j)
    if start >= j:
        if j > lo and lower[j - 1] in ("that", "which"):
            return _antecedent(lower, j - 1, lo)  # "an issue with a storage node that caused errors"
        return None
    return _classify_phrase(lower, start, j)


def _antecedent(lower: list[str], rel: int, lo: int) -> tuple[str, int] | None:
    """The noun phrase a relative "that/which" at `rel` refers to: back to its determiner."""
    st = rel
    while st > lo and lower[st - 1] not in _DETERMINERS and lower[st - 1] not in _NP_END:
        st -= 1
    return _classify_phrase(lower, st, rel) if st < rel else None


def _slot_readings(sent: SentenceInfo) -> dict[str, int]:
    """The cause slots of the sentence's causal constructions, read only where their words are present.
    names_third_party and cause_findings both ask for the same sentence: the reading is kept on the
    sentence (callers do not change the dict)."""
    if sent.cause_slots is None:
        sent.cause_slots = _read_slots(sent)
    return sent.cause_slots


def _read_slots(sent: SentenceInfo) -> dict[str, int]:
    slots = _slot_causes(sent) if "CAUSAL" in sent.hits else {}
    text = sent.lower
    known = _document_words(sent)  # (a word the document lacks, its sentence lacks too)
    if (known is None or known.behind) and _holds_any(text, _BEHIND_WORDS):
        for cat, tok in _slot_behind(sent).items():
            slots.setdefault(cat, tok)
    if known is None or known.failure_did_harm:
        for cat, tok in _failure_did_harm(sent).items():
            slots.setdefault(cat, tok)
    if text.startswith(_FRONTED_BLAME):
        reading = _fronted_blame(sent)
        if reading is not None:
            slots.setdefault(*reading)
    if "what " in text[:48]:  # a wh-cleft opens the sentence or follows a short lead-in
        reading = _cleft_slot(sent)
        if reading is not None:
            slots.setdefault(reading[0], reading[1])
    if (known is None or known.rare_slots) and _holds_any(text, _RARE_SLOT_WORDS):  # one test for the rarer readers below
        _read_rarer_slots(sent, text, slots)
    if " as the " in text and _holds_any(text, _NAMED_AS_HEADS):
        reading = _named_as_the_cause(sent)
        if reading is not None:
            slots.setdefault(*reading)
    if _holds_any(text, _FOUND_TROUBLE_VERBS):
        reading = _trouble_found(sent)
        if reading is not None:
            slots.setdefault(*reading)
    tok = slots.get("software_bug")
    if tok is not None and _vague_glitch(sent.tokens.lower, tok, sent.span.end):
        del slots["software_bug"]  # causes.v17: "blaming a technical glitch": named, not said what it was (a vague cause)
    return slots


_VAGUE_GLITCH_MODIFIERS = frozenset("technical tech it computer system systems".split())


def _vague_glitch(lower: list[str], tok: int, hi: int) -> bool:
    """The slot read from token tok is "a technical glitch", "an IT glitch": a glitch of no stated kind."""
    for k in range(tok, min(hi - 1, tok + 3)):
        if lower[k] in _VAGUE_GLITCH_MODIFIERS and lower[k + 1] in ("glitch", "glitches"):
            return True
    return False


# causes.v16: trouble found in a thing names that thing's kind as the cause ("we have found a problem with our
# auto-scaling settings", "engineers identified a fault in a power supply"): the object's complement is read like a
# cause slot's ("a problem with …" is classified by what follows; a thing of no cause class names none)
_FOUND_TROUBLE_VERBS = ("found", "identified", "discovered", "detected", "isolated", "pinpointed", "traced", "located")
_FOUND_TROUBLE_VERB_SET = frozenset(_FOUND_TROUBLE_VERBS)


def _trouble_found(sent: SentenceInfo) -> tuple[str, int] | None:
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    for v in range(lo, hi - 3):
        if lower[v] not in _FOUND_TROUBLE_VERB_SET:
            continue
        k = _skip_determiners(lower, v + 1, hi)
        if k + 1 < hi and lower[k] in _TROUBLE_NOUNS and lower[k + 1] in ("with", "in"):
            return _classify_phrase(lower, k, hi)
    return None


# causes.v6: "A change has been identified as the likely trigger", "a worn cable was named as the culprit": the
# subject of a passive verb of naming, with the cause noun after "as the", is the cause
_NAMED_AS_HEADS = ("trigger", "cause", "culprit", "source", "reason", "origin")
_NAMED_AS_VERBS = frozenset("identified named pinpointed confirmed singled flagged seen isolated found established".split())
_NP_BREAKS = frozenset(", ; : . — – ( ) and but because which".split())  # the object ends before any of these
_NAMED_AS_ADJECTIVES = frozenset("likely probable possible root main chief primary most immediate proximate ultimate".split())


def _named_as_the_cause(sent: SentenceInfo) -> tuple[str, int] | None:
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    for i in range(lo + 2, hi - 2):
        if lower[i] != "as" or lower[i + 1] != "the":
            continue
        k = i + 2
        while k < hi and lower[k] in _NAMED_AS_ADJECTIVES:
            k += 1
        if k >= hi or lower[k] not in _NAMED_AS_HEADS:
            continue
        if lower[i - 1] not in _NAMED_AS_VERBS and not (lower[i - 1] == "out" and lower[i - 2] == "singled"):
            # causes.v16: the active voice, the object between the verb and "as" ("we have identified a database
            # change made this morning as the cause")
            verb = next((v for v in range(i - 2, max(lo, i - 10) - 1, -1) if lower[v] in _NAMED_AS_VERBS), None)
            if verb is None or any(lower[j] in _NP_BREAKS for j in range(verb + 1, i)):
                continue
            reading = _classify_phrase(lower, _skip_determiners(lower, verb + 1, i), i)
            if reading is not None:
                return reading
            continue
        v = i - 1 if lower[i - 1] != "out" else i - 2
        while v > lo and lower[v - 1] in _SLOT_AUX:
            v -= 1
        start = v
        while start > lo and start > v - 6 and any(ch.isalnum() for ch in lower[start - 1]) and (
                lower[start - 1] not in _NP_END or lower[start - 1] in _DETERMINERS):
            start -= 1
        start = _skip_determiners(lower, start, v)
        if start < v:
            return _classify_phrase(lower, start, v)
    return None


# words one of which each rarer slot reader needs: suspicion, going wrong, shortages
_RARE_SLOT_WORDS = (" suspect", "wrong", "awry", "backfired", "misfired", "sideways", "enough", "insufficient", "too little",
                    "short of", "shortage")
_WENT_WRONG_WORDS = ("wrong", "awry", "backfired", "misfired", "sideways")
_DEFECTIVE_ADJECTIVES = frozenset("broken severed damaged failed failing faulty defective corrupted corrupt overheating overheated "
                                  "cracked burnt burned malfunctioning misbehaving".split())
_SHORTAGE_WORDS = ("enough", "insufficient", "too little", "short of", "shortage")
_RARE_SLOT_PIECES = _pieces_of(_RARE_SLOT_WORDS)


def _read_rarer_slots(sent: SentenceInfo, text: str, slots: dict[str, int]) -> None:
    if " suspect" in text:
        for cat, tok in _suspected_things(sent).items():
            slots.setdefault(cat, tok)
    if _holds_any(text, _WENT_WRONG_WORDS):
        for cat, tok in _went_wrong(sent).items():
            slots.setdefault(cat, tok)
    if _holds_any(text, _SHORTAGE_WORDS):
        for cat, tok in _shortage(sent).items():
            slots.setdefault(cat, tok)


_FRONTED_BLAME = ("at fault ", "to blame ", "behind ", "responsible ", "at the root ", "at the heart ", "to blame, ")


def _fronted_blame(sent: SentenceInfo) -> tuple[str, int] | None:
    """"At fault was an automated process that deleted the wrong records", "Behind the outage was a bad
    rule", "To blame, the company says, is an expired certificate": the predicate fronted, the cause after
    the copula."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    for j in range(lo + 1, min(hi, lo + 12)):
        if lower[j] in ("was", "were", "is", "are"):
            start = _skip_determiners(lower, j + 1, hi)
            return _classify_phrase(lower, start, _clause_stop(lower, start, hi))
    return None


_GO_FORMS = frozenset("go goes went gone going".split())
_WENT_WRONG_ENDS = frozenset("wrong awry sideways".split())
_MISFIRE_VERBS = frozenset("backfired misfired".split())


def _went_wrong(sent: SentenceInfo) -> dict[str, int]:
    """"A routine update to the firewall went wrong", "the database migration went awry", "the key rotation
    backfired": the subject of going wrong is the cause, read by the slot classes."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    out: dict[str, int] = {}
    for j in range(lo + 1, hi):
        if lower[j] in _MISFIRE_VERBS:
            verb = j
        elif lower[j] in _WENT_WRONG_ENDS and lower[j - 1] in _GO_FORMS:
            verb = j - 1
        elif lower[j] in _WENT_WRONG_ENDS and j - 2 >= lo and lower[j - 1].endswith("ly") and lower[j - 2] in _GO_FORMS:
            verb = j - 2  # "went badly awry"
        else:
            continue
        k = verb
        while k > lo and (lower[k - 1] in _SLOT_AUX or lower[k - 1] in _HARM_ADVERBS):
            k -= 1
        start = _skip_determiners(lower, _clause_start(lower, k, lo), k)
        if start < k and not any(lower[m] in _MODALS for m in range(start, verb)):
            reading = _classify_phrase(lower, start, k)
            if reading is not None:
                out.setdefault(*reading)
    return out


def _failure_or_shortage(sent: SentenceInfo, slots: dict[str, int] | None) -> bool:
    """A failure that did harm or a shortage, read as a slot: an event in itself, no frame needed."""
    if slots is not None and not slots:
        return False
    text = sent.lower
    if _failure_did_harm(sent):
        return True
    if not _holds_any(text, _RARE_SLOT_WORDS):
        return False
    if _holds_any(text, _WENT_WRONG_WORDS) and _went_wrong(sent):
        return True
    return _holds_any(text, _SHORTAGE_WORDS) and bool(_shortage(sent))


_FAILURE_HEADS = frozenset("failure failures fault faults breakdown breakdowns malfunction malfunctions glitch glitches "
                           "problem problems issue issues defect defects".split())
_HARM_ADVERBS = frozenset("then also quickly soon had has eventually briefly effectively".split())


# causes.v6: heads of a change or a command, and verbs of destroying what they acted on
_CHANGE_HEADS = frozenset("update updates change changes command commands script scripts patch patches push release rollout "
                          "upgrade migration deploy deployment file".split())
_CRASH_SUBJECTS = frozenset("it they this that which these those".split())
_OBJECT_OPENERS = frozenset("the a an its their our his her them it some many most all every thousands hundreds millions "
                            "several".split())


def _pronoun_crashed_something(lower: list[str], lo: int, hi: int, crash: int) -> bool:
    """A pronoun (past adverbs such as "then", "simply") as the subject of a transitive "crashed" ("It crashed the
    devices", "they crashed them")."""
    if crash + 1 >= hi or lower[crash + 1] not in _OBJECT_OPENERS:
        return False
    k = crash - 1
    while k > lo and lower[k] in ("then", "simply", "instead", "just", "only", "also", "promptly", "eventually"):
        k -= 1
    return k >= lo and lower[k] in _CRASH_SUBJECTS


_DESTROYING_VERBS = frozenset("deleted wiped erased destroyed disabled crashed froze bricked corrupted broke downed killed "
                              "knocked took brought".split())
_DOWN_PARTICLES = frozenset("down out offline".split())
# a clause's subject begins after a subordinator too ("…cancellations since a defective update froze machines")
_SUBORDINATORS = frozenset("since once until before after when while because although though if where as".split())


def _subject_start(lower: list[str], k: int, lo: int) -> int:
    start = _clause_start(lower, k, lo)
    for i in range(k - 1, start - 1, -1):
        if lower[i] in _SUBORDINATORS:
            return i + 1
    return start


def _change_destroyed(lower: list[str], start: int, k: int, verb: int) -> bool:
    """The subject [start, k) ends in a change or command head, with at most three words before it, and the verb
    destroys ("deleted", "wiped") or puts down ("took down", "knocked out")."""
    if k - start > 4 or lower[k - 1] not in _CHANGE_HEADS or any(lower[i] in _NP_END for i in range(start, k)):
        return False
    if lower[verb] in ("knocked", "took", "brought"):
        return verb + 1 < len(lower) and (lower[verb + 1] in _DOWN_PARTICLES or verb + 2 < len(lower) and lower[verb + 2] in _DOWN_PARTICLES)
    return lower[verb] in _DESTROYING_VERBS


def _failure_did_harm(sent: SentenceInfo) -> dict[str, int]:
    """"The device's failure cut the system's access", "a fault in a transformer knocked out the supply", "a
    problem with the chillers left the hall too hot": a failure as the subject of a verb of harm (no
    causal connector needed) names its cause in its own words (`vague_cause_harm_verbs`)."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    words = lower[lo:hi]
    destroyed = not _DESTROYING_VERBS.isdisjoint(words) and not _CHANGE_HEADS.isdisjoint(words)
    if not destroyed and (_VAGUE_HARM_VERBS.isdisjoint(words) and _HARM_PROGRESSIVES.isdisjoint(words)
                          or _FAILURE_HEADS.isdisjoint(words) and _DEFECTIVE_ADJECTIVES.isdisjoint(words)):
        return {}  # (a verb of harm is the rarer word: asked first)
    out: dict[str, int] = {}
    for j in range(lo + 2, hi):
        # causes.v13: the progressive too ("a DNS issue was stopping users from connecting")
        progressive = lower[j] in _HARM_PROGRESSIVES and lower[j - 1] in _PROGRESSIVE_BE
        if lower[j] not in _VAGUE_HARM_VERBS and lower[j] not in _DESTROYING_VERBS and not progressive:
            continue
        k = j - 1 if progressive else j
        while k > lo and lower[k - 1] in _HARM_ADVERBS:
            k -= 1
        start = _skip_determiners(lower, _subject_start(lower, k, lo), k)
        if start < k and _change_destroyed(lower, start, k, j):
            # causes.v6: "That one command deleted the cluster", "the update disabled thousands of servers": a change
            # or command named again as the subject of a verb of destroying is the cause (its class, else unknown)
            reading = _classify_phrase(lower, start, k)
            out.setdefault(reading[0] if reading is not None else "unknown", start)
            continue
        if start >= k or (_FAILURE_HEADS.isdisjoint(lower[start:k]) and lower[start] not in _DEFECTIVE_ADJECTIVES):
            continue  # (a failure noun, or a defect adjective first: "a broken fibre link left homes offline")
        if any(lower[i] in _VAGUE_ADJECTIVES for i in range(start, k)):
            continue  # "a technical fault at the air traffic operator forced …": a vague cause (vague_cause), not its place
        reading = _classify_phrase(lower, start, k)
        if reading is None:
            # "the device's failure": the possessive before the head names the failing thing
            reading = next(((c, start) for i in range(k - 1, start - 1, -1)
                            if (c := _class_of(lower, i, start, _SLOT_CLASSES, _SLOT_PAIRS)) is not None), None)
        if reading is not None and reading[0] not in ("human_error", "third_party"):
            out.setdefault(reading[0], reading[1])
    return out


_SHORTAGE = re.compile(r"\b(?:(?:not|n't)\s+(?:have\s+|had\s+|get\s+|find\s+)?enough|too\s+little|insufficient|"
                       r"(?:short|shortage|lack)\s+of(?:\s+enough)?|lacked(?:\s+enough)?)\s+(?:spare\s+|backup\s+|electrical\s+)?([a-z]+)", re.I)
_SHORT_OF = frozenset(("power", "capacity", "environmental"))


def _shortage(sent: SentenceInfo) -> dict[str, int]:
    """"we did not have enough power in the right places", "there was too little spare capacity", "a shortage of
    cooling": a lack of power, capacity or cooling is that cause asserted, not denied (read from the clause's
    start, so the negation of "not enough" is not a denial)."""
    out: dict[str, int] = {}
    lower = sent.tokens.lower
    for m in _SHORTAGE.finditer(sent.text):
        cat = _SLOT_CLASSES.get(m.group(1).lower())
        if cat in _SHORT_OF:
            span = sent.span.char_span(m.start(), m.end(), alignment_mode="expand")
            tok = span.start if span is not None else sent.span.start
            out.setdefault(cat, _clause_start(lower, tok, sent.span.start))
    return out


_CLEFT_OPENERS = frozenset(", : ; — – -".split())
_NO_OBJECT_EVENTS = frozenset("happened occurred went followed came mattered changed".split())
# a copula with its own subject belongs to another clause ("what failed first, we were told, was …" aside)
_CLEFT_NOT_COPULA = frozenset("that which who we they it he she i there".split())


def _cleft_slot(sent: SentenceInfo) -> tuple[str, int] | None:
    """"What left shoppers unable to pay was a set of valves in the wrong position", "What brought the
    network down were two failed line cards": a wh-cleft whose clause tells the harm (a past verb right
    after "what") puts the cause after its copula."""
    start = _cleft_focus(sent)
    if start is None:
        return None
    lower = sent.tokens.lower
    return _classify_phrase(lower, start, _clause_stop(lower, start, sent.span.end))


def _cleft_focus(sent: SentenceInfo) -> int | None:
    """The first token of a wh-cleft's focus, after its copula (see `_cleft_slot`), or None: no such cleft."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    for k in range(lo, min(hi - 3, lo + 6)):
        if lower[k] != "what" or not (k == lo or lower[k - 1] in _CLEFT_OPENERS):
            continue
        verb = lower[k + 1]
        went_wrong = verb == "went" and k + 2 < hi and lower[k + 2] in _WENT_WRONG_WORDS  # causes.v16: "What went wrong was …"
        if not went_wrong and (verb in _NO_OBJECT_EVENTS or not (
                verb in _PAST_VERBS or verb.endswith("ed") or lemma_of(verb) in _CAUSING_VERBS and verb != lemma_of(verb))):
            return None  # "what is known", "What happened: we were retiring…": no harm done to anything
        for j in range(k + 2, min(hi, k + 25)):
            if lower[j] in (":", ";"):
                return None
            if lower[j] in ("was", "were") and lower[j - 1] not in _CLEFT_NOT_COPULA:
                after = j + 1
                if after < hi and lower[after] == ",":
                    # causes.v16: an aside after the copula ("was, at bottom, a capacity problem")
                    close = next((t for t in range(after + 1, min(hi, after + 6)) if lower[t] == ","), None)
                    after = close + 1 if close is not None else after
                return _skip_determiners(lower, after, hi)
        return None
    return None


_SUSPECT_FORMS = frozenset("suspect suspects suspected".split())
# who suspects, between the thing and the verb: "the code we suspect", "a change it suspected of causing"
_SUSPECTERS = frozenset("we they it he she i engineers staff".split())
_SUSPECT_THEN = frozenset("of to , . ; and caused had was is".split())


def _suspected_after(lower: list[str], end: int, hi: int) -> bool:
    """"the code we suspect", "the setting that we suspected": a clause of suspicion right after the phrase."""
    k = end
    if k < hi and lower[k] in ("that", "which"):
        k += 1
    if k < hi and lower[k] in _SUSPECTERS:
        k += 1
    return k < hi and lower[k] in _SUSPECT_FORMS


def _suspected_things(sent: SentenceInfo) -> dict[str, int]:
    """"rolled back the code we suspect", "reversed a change it suspected of causing the trouble", "an update
    suspected of breaking logins": the thing a relative or reduced relative clause of suspicion is about is
    the cause the speaker names (hedged), read by the slot classes. "We suspect the DNS" (an object after the
    verb) is left to the trigger phrases."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    out: dict[str, int] = {}
    for k in range(lo + 2, hi):
        if lower[k] not in _SUSPECT_FORMS or (k + 1 < hi and lower[k + 1] not in _SUSPECT_THEN):
            continue
        head = k - 1
        if lower[head] in _SUSPECTERS:
            head -= 1
        if lower[head] in ("that", "which") and head > lo:
            head -= 1
        cat = _class_of(lower, head, lo, _SLOT_CLASSES, _SLOT_PAIRS)
        if cat is not None:
            out.setdefault(cat, head)
    return out


def _agentive_readings(sent: SentenceInfo) -> dict[str, int]:
    """A person or another company acting on a system (active or passive), where such words are present."""
    text = sent.lower
    known = _document_words(sent)  # (a word the document lacks, its sentence lacks too)
    # the reader looks only at tokens that are agent words: a sentence without one is skipped by a set test
    has_agent = (known is None or known.agent) and not _AGENT_WORDS.isdisjoint(sent.tokens.lower[sent.span.start:sent.span.end])
    agentive = _agentive_causes(sent) if has_agent else {}
    if (known is None or known.by) and " by " in text:
        for cat, tok in _passive_agents(sent).items():
            agentive.setdefault(cat, tok)
    return agentive


def _clause_before(sent: SentenceInfo, char: int) -> bool:
    """A clause boundary ("and that", "; ", ", and", "but") before `char`: what precedes it is its own statement."""
    head = sent.lower[:char]
    return any(b in head for b in (" and that ", "; ", ", and ", " but "))


_CAUSE_NOUNS = frozenset("cause culprit trigger reason".split())
_BEHIND_WORDS = (" behind", " to blame", " the cause", " the culprit", " the trigger", " the reason")
_BEHIND_PIECES = _pieces_of(_BEHIND_WORDS)


def _slot_behind(sent: SentenceInfo) -> dict[str, int]:
    """"X was behind the disruption", "X was to blame": a copula + "behind" / "to blame"."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    lo, hi = sent.span.start, sent.span.end
    out: dict[str, int] = {}
    for i in range(lo + 1, hi):
        # "a bad update was the cause (of the crash)": the subject of "was the cause" is the cause
        named = lower[i] in _CAUSE_NOUNS and lower[i - 1] == "the" and i >= lo + 2 and lower[i - 2] in _COPULA_AFTER
        if (lower[i] == "behind" and lower[i - 1] in _COPULA_AFTER) or named or (
                lower[i] == "blame" and lower[i - 1] == "to" and i >= lo + 2 and lower[i - 2] in _COPULA_AFTER):
            j = i - 1 if lower[i] == "behind" else i - 2
            while j > lo and lower[j - 1] in _SLOT_AUX:
                j -= 1
            start = _skip_determiners(lower, _clause_start(lower, j, lo), j)
            reading = _classify_phrase(lower, start, j) if start < j else None
            if reading is not None:
                out.setdefault(reading[0], reading[1])
    return out


def _acts_on_a_system(lower: list[str], j: int, hi: int, agent: str) -> bool:
    """Token j is an action verb whose subject did the harm: a destructive act ("removed", "switched
    off"), or a routine one ("pushed", "applied") with a slip in its clause, or any act of another company."""
    w = lower[j]
    if j + 1 < hi and lower[j + 1] == "by":
        return False  # a passive: the agent follows
    if w in _ACTIONS:
        return w not in _PARTICLE_ACTIONS or any(lower[k] in _PARTICLES for k in range(j + 1, min(hi, j + 4)))
    if w not in _NEUTRAL_ACTIONS or agent == "software_bug":
        return False  # automation doing routine work ("the job applied the plan") did nothing wrong by that alone
    if agent == "third_party":
        return True
    stop = _clause_stop(lower, j, hi)
    return any(lower[k] in _SLIP_MARKERS or (lower[k] == "error" and lower[k - 1] == "in") for k in range(j + 1, stop))


_RECOVERY_CONTEXT = frozenset("restore restored restoring recover recovered recovering fix fixed fixing mitigate mitigated resolve resolved back rollback revert reverted".split())


_POSSESSIVE_MARKS = frozenset(("'s", "’s"))


def _agentive_causes(sent: SentenceInfo) -> dict[str, int]:
    """"a technician cleaning up old accounts removed the live database" -> human_error; "the registry
    suspended the domain" -> third_party: one person (singular) or another company as the subject of
    an action verb on a system, within a few words. Plural "engineers" are usually the repair crew,
    and a sentence about recovery ("an engineer disabled the bad rule and service came back") is the repair."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    lo, hi = sent.span.start, sent.span.end
    out: dict[str, int] = {}
    for i in range(lo, hi):
        w = lower[i]
        if w not in _AGENT_WORDS:
            continue
        cat = _class_of(lower, i, lo, _AGENTS, _AGENT_PAIRS) if i + 1 < hi else None
        if cat is None or i == lo or lower[i - 1] not in _DETERMINERS and lower[i - 1] not in _POSSESSIVE_MARKS \
                and not (i >= lo + 2 and lower[i - 2] in _DETERMINERS):
            continue  # (a possessor stands for a determiner: "a contractor's technician")
        if i - 2 >= lo and lower[i - 2] in ("by", "to", "for", "with", "from") or lower[i - 1] in ("by", "to", "for", "with", "from"):
            continue  # the object of a preposition, not the subject
        if i + 1 < hi and lower[i + 1] in _POSSESSIVE_MARKS:
            continue  # causes.v9: "a subcontractor's technician left out a line": the possessor did not act, its worker did
        first = _past_parenthesis(lower, i + 1, hi)
        for j in range(first, min(hi, first + 15)):
            if lower[j] in (",", ";", ":", ".", "but", "that", "which", "so") and not (
                    j == first and lower[j] in ("that", "which", "who")):
                break  # the clause ends, unless a relative clause opens on the agent ("a component that wiped")
            if _acts_on_a_system(lower, j, hi, cat):
                if any(lower[k] in _RECOVERY_CONTEXT for k in range(lo, hi)):
                    return out
                out.setdefault(cat, i)
                break
    return out


def _past_parenthesis(lower: list[str], j: int, hi: int) -> int:
    """The token after a parenthesis set off by commas right after the agent ("A technician, following a work order
    that listed what to remove, disconnected cables"): causes.v15; j itself where none opens there."""
    if j >= hi or lower[j] != ",":
        return j
    for k in range(j + 1, min(hi, j + _PARENTHESIS_REACH)):
        if lower[k] in (";", ":", "."):
            return j
        if lower[k] == ",":
            return k + 1
    return j


_PARENTHESIS_REACH = 20


# -- causes.v4: what the sentence is about decides whether its cause words are a claim -------------
# A cause word is a claim only in a sentence about what happened. Not about it: how the system
# normally works ("the zone is managed by a backbone network", "X manages its records with an
# automated system"), what a change was meant to do, a remark on a class of events ("most large
# outages"), the effect whose cause is sought ("the cause of the fire remains under investigation"),
# what slowed the response ("the congestion cut engineers off from their monitoring"), and another
# event dated by a measured interval ("came a week after a cyberattack on a rival").

def _load_context_words() -> dict[str, frozenset[str]]:
    """The `cause_context` word classes of rules.json, and the slot readers' irregular past forms."""
    import json
    from pathlib import Path

    rules = json.loads((Path(__file__).resolve().parent / "data" / "rules.json").read_text(encoding="utf-8"))
    data = rules["cause_context"]
    words = {k.split(" ")[0]: frozenset(v) for k, v in data.items() if not k.startswith("_")}
    words["malfunction_stems"] = tuple(data["malfunction_stems"])  # (substrings, tested in order)
    words["irregular_pasts"] = frozenset(rules["cause_slots"]["irregular_pasts"])
    return words


_CTX = _load_context_words()
_IRREGULAR_PASTS = _CTX["irregular_pasts"]
_INCIDENT_NOUNS = _CTX["incident_nouns"]
_EVENT_CLASSES = _CTX["event_classes"]
_CLASS_QUANTIFIERS = _CTX["class_quantifiers"]
_EFFECT_HEADS = _CTX["effect_heads"]
_HAMPER_WORDS = _CTX["hamper_words"]
_RESPONSE_NOUNS = _CTX["response_nouns"]
_MORE_REPAIR_VERBS = _CTX["repair_verbs"]
_TRAFFIC_MOVERS = _CTX["traffic_movers"]
_REPAIR_NOUNS = _CTX["repair_nouns"]
_INTERVAL_UNITS = _CTX["interval_units"]
_VAGUE_ADJECTIVES = _CTX["vague_cause_adjectives"]
_VAGUE_HEADS = _CTX["vague_cause_heads"]
# causes.v11: "an IT outage", "a technical failure" name the outage itself as often as its cause: a cause only in
# the cause slot ("blamed an IT outage", "due to a technical failure")
_VAGUE_EVENT_HEADS = _CTX["vague_cause_event_heads"]
# causes.v11: "an issue with one of our systems", "a problem with the carrier's technology": the trouble placed in
# the company's own systems, a cause named without a category
_VAGUE_TROUBLE_NOUNS = _CTX["vague_cause_trouble_nouns"]
_VAGUE_SYSTEM_NOUNS = _CTX["vague_cause_system_nouns"]
_VAGUE_CONSEQUENCE_VERBS = _CTX["vague_cause_consequence_verbs"]
HOSTING_PROVIDERS = _CTX["hosting_providers"]
_COMPONENT_WORDS = _CTX["component_words"]
_MALFUNCTION_STEMS: tuple[str, ...] = _CTX["malfunction_stems"]  # type: ignore[assignment]

_PAST_AUX = frozenset("was were had did wasn't weren't hadn't didn't".split())
_PRESENT_AUX = frozenset("is are has have does do 're am isn't aren't hasn't haven't doesn't don't".split())
_BE_FORMS = frozenset("is are 're am was were be been being isn't aren't wasn't weren't".split())
_HAVE_PRESENT = frozenset("has have 've".split())
# After these an -ed form is an adjective or a participle, not a past verb ("an automated system",
# "is managed", "get told", "to be deployed").
_NOT_PAST_AFTER = (_DETERMINERS | _BE_FORMS | _MODALS
                   | frozenset("has have had 've get gets got getting to not n't of with by in on for from and or "
                               "become becomes remain remains can will must".split()))
# after "we"/"they": auxiliaries, modals and adverbs, not a present verb of their own
_NOT_A_PRESENT_VERB = frozenset("will would can could may might must shall should also still now then all both had were "
                                "are have do did just only never always first".split())
_NOW_WORDS = frozenset("now currently still today tonight ongoing yesterday".split())
_PRONOUN_SUBJECTS = frozenset("it that which who he she this".split())
_ADVERB_FILLERS = frozenset("now currently still also not n't just already since again".split())
# adverbs that place a perfect among other, earlier or habitual events ("it has previously claimed floods against …")
_OTHER_TIMES_ADVERBS = frozenset("previously repeatedly frequently regularly routinely usually typically generally normally "
                                 "occasionally historically".split())
# causes.v7: "a change is first deployed to a test ring, then …": a participle after a sequence adverb is still passive
_SEQUENCE_ADVERBS = frozenset("first then next later initially gradually automatically only always again".split())


def _before_sequence_adverbs(lower: list[str], i: int, lo: int) -> str:
    """The word before `i`, past any sequence adverbs ("is first deployed" -> "is")."""
    k = i - 1
    while k > lo and lower[k] in _SEQUENCE_ADVERBS:
        k -= 1
    if k < i - 1 and lower[k] == "," and k - 1 > lo and lower[k - 1].endswith("ed"):
        # causes.v9: "it is tested, then deployed to a small slice": the participle goes with the one before the comma
        return _before_sequence_adverbs(lower, k - 1, lo)
    return lower[k] if k >= lo else ""
# Connectors that do not by themselves say why this outage happened ("so that we can respond",
# "explains almost none of them").
_WEAK_CAUSAL = frozenset("so when after explain explains explained".split())
_CLOCK = re.compile(r"\d:\d\d|\b\d{1,2}\s*(?:a\.?m|p\.?m)\b|\butc\b", re.I)


_CLOSING_QUOTES = frozenset(('"', "”", "'", "’"))


def _own_end(sent: SentenceInfo) -> int:
    """Where the quoted words end when a speech tag follows them ('"…," said X, who has written about
    incident reviews'): the tag describes the speaker, not the event."""
    lower = sent.tokens.lower
    for s, _e in sent.hits.get("SPEECH", ()):
        for k in range(max(sent.span.start, s - 3), s):
            if lower[k] in _CLOSING_QUOTES and k > sent.span.start:
                return k
    return sent.span.end


def _verb_forms(sent: SentenceInfo, hi: int | None = None) -> tuple[bool, bool, bool]:
    """(past, present, event) for the sentence's own verbs: `past` a past-tense verb, `present` a
    present-tense one, `event` a progressive or perfect ("is failing", "has been restored") that
    narrates something going on. Speech verbs are the frame, not the clause's tense."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    text = sent.tokens.text
    idx = sent.tokens.idx
    lo = sent.span.start
    hi = sent.span.end if hi is None else hi
    speech = {t for s, e in sent.hits.get("SPEECH", ()) for t in range(s, e)}
    past = present = event = False
    for i in range(lo, hi):
        w = lower[i]
        if i in speech:
            continue
        prev = lower[i - 1] if i > lo else ""
        if w in _PAST_AUX:
            past = True
        elif w == "have" and prev == "to" and i + 1 < hi and lower[i + 1].isalpha() and i > lo + 1 \
                and lower[i - 2] not in _PRESENT_MODALS and lower[i - 2] not in ("need", "needs", "want", "wants", "going", "ought"):
            past = True  # causes.v23: a perfect infinitive ("are believed to have come in through the VPN"): a past event
        elif w in _PRESENT_AUX:
            present = True
        elif w in _PRESENT_MODALS and i + 1 < hi and lower[i + 1] not in ("have", "'ve", "not", "n't") and lower[i + 1].isalpha():
            present = True  # causes.v6: "should be something a platform can absorb": a norm, not an event
        elif i == _quantified_subject_verb(lower, lo, hi):
            present = True  # causes.v6: "Many programs use regular expressions": a quantified plural in the timeless present
        elif (w in _IRREGULAR_PASTS or (len(w) > 4 and w.endswith("ed") and lemma_of(w) != w)) \
                and (_before_sequence_adverbs(lower, i, lo) not in _NOT_PAST_AFTER or _coordinated_past(lower, i, hi)) \
                and not (prev.endswith("ly") and _participle_after_adverb(lower, i, lo)) and i > lo:
            past = True
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss") and lemma_of(w) != w and i > lo and (
                prev in _PRONOUN_SUBJECTS or (text[idx[i - 1]].isupper() and i - 1 > lo and prev not in _TRADE_ACRONYMS
                                              and not _name_after_preposition(sent, i - 1, lo))):
            present = True  # "AWS uses", "a system that has", "which lets it"
        elif prev in ("we", "they") and lemma_of(w) == w and w.isalpha() and w not in _NOT_A_PRESENT_VERB:
            present = True  # "we serve Claude on several platforms", "they run in three zones"
        if w in _BE_FORMS or w in _HAVE_PRESENT:
            j = i + 1
            # (causes.v17: an -ly adverb too: "has temporarily stopped accepting new users", "were briefly unreachable")
            while j < hi and (lower[j] in _ADVERB_FILLERS or len(lower[j]) > 4 and lower[j].endswith("ly")
                              and lower[j] not in _OTHER_TIMES_ADVERBS or _parenthetical_comma(lower, j, hi)
                              or lower[j] in _PARENTHETICAL_ADVERBS and lower[j - 1] == ","):
                j += 1
            if j < hi:
                nxt = lower[j]
                if w in _BE_FORMS and nxt.endswith("ing") and len(nxt) > 4 and nxt not in _ING_NOUNS:
                    event = True  # "is failing", "were seeing"
                elif w in _HAVE_PRESENT and (nxt == "been" or nxt in _IRREGULAR_PASTS
                                             or (nxt.endswith(("ed", "en")) and lemma_of(nxt) != nxt)):
                    event = True  # "has been restored", "have identified"
            if w in _BE_FORMS and j > i + 1 and any(lower[k] in ("now", "currently", "still") for k in range(i + 1, j)):
                event = True  # "is now", "are still": the state of the incident
    return past, present, event


def _parenthetical_comma(lower: list[str], j: int, hi: int) -> bool:
    """causes.v32: a comma that opens or closes one adverb set off between an auxiliary and its participle ("has,
    regrettably, been the target", "have, however, been restored"): the perfect goes on past it."""
    if lower[j] != ",":
        return False
    after = lower[j + 1] if j + 1 < hi else ""
    before = lower[j - 1] if j > 0 else ""
    return (after in _PARENTHETICAL_ADVERBS or after.endswith("ly") and len(after) > 4) and j + 2 < hi and lower[j + 2] == "," \
        or (before in _PARENTHETICAL_ADVERBS or before.endswith("ly") and len(before) > 4) and j >= 2 and lower[j - 2] == ","


_PARENTHETICAL_ADVERBS = frozenset("however though indeed meanwhile unfortunately sadly alas".split())
_PRESENT_MODALS = frozenset("should must can".split())
_NAME_GOVERNORS = frozenset("at in on from to into through via across with by of for".split())


def _name_after_preposition(sent: SentenceInfo, last: int, lo: int) -> bool:
    """causes.v27: a name a preposition governs is no subject, so the plural after it is its noun, not a verb: "could
    not pay at Corrabeg Charge sites", "queues formed in Farrowby stores" (not "AWS uses")."""
    lower, text, idx = sent.tokens.lower, sent.tokens.text, sent.tokens.idx
    k = last
    while k > lo and text[idx[k - 1]].isupper() and lower[k - 1] not in _NAME_GOVERNORS:
        k -= 1
    return k > lo and lower[k - 1] in _NAME_GOVERNORS


# causes.v19: capitalised words before a plural noun that are no subject of a verb ("AI operations tool", "IT systems")
_TRADE_ACRONYMS = frozenset("ai it ml api dns cdn isp vpn saas pc tv hr gpu".split())


def _participle_after_adverb(lower: list[str], i: int, lo: int) -> bool:
    """"the newly created", "is widely used", "a recently deployed": an -ly adverb after an article, a form of be or have
    makes the -ed word after it a participle; after a noun ("the tool repeatedly restarted the database") a past verb."""
    k = i - 2
    return k < lo or lower[k] in _DETERMINERS or lower[k] in _BE_FORMS or lower[k] in _HAVE_PRESENT \
        or lower[k] in ("had", "been", "being", "be") or not lower[k].isalpha()
# -ing words that are nouns after a copula ("should be something", "is nothing new"), not a progressive
_ING_NOUNS = frozenset("something nothing anything everything thing morning evening building setting warning string "
                       "ceiling meeting offering".split())
_QUANTIFIERS = frozenset("many most some all few several".split())
_NOT_A_BASE_VERB = frozenset("could would might may will can should must shall did do does had have has was were is are "
                             "not n't also still never".split())


_QUANTIFIER_PRONOUNS = frozenset("others many most some several few both".split())


def _quantified_subject_verb(lower: list[str], lo: int, hi: int) -> int:
    """The verb of a sentence opening on a quantifier and a plural noun ("Many programs use …", "Some patterns,
    given the wrong input, make …"): a base form after the subject (past an aside in commas), else -1."""
    if hi - lo >= 3 and lower[lo] in _QUANTIFIER_PRONOUNS:
        # causes.v18: "Others use language models to decide …", "Many rely on …": the quantifier is the subject
        w = lower[lo + 1]
        if w.isalpha() and w not in _NOT_A_BASE_VERB and lemma_of(w) == w:
            return lo + 1
    if hi - lo < 4 or lower[lo] not in _QUANTIFIERS or not lower[lo + 1].endswith("s") or lower[lo + 1] == "of":
        return -1
    i = lo + 2
    if lower[i] == ",":
        close = next((k for k in range(i + 1, min(hi, i + 10)) if lower[k] == ","), None)
        if close is None:
            return -1
        i = close + 1
    w = lower[i] if i < hi else ""
    return i if w.isalpha() and w not in _NOT_A_BASE_VERB and lemma_of(w) == w else -1


def _coordinated_past(lower: list[str], i: int, hi: int) -> bool:
    """"…, and ended the list with ~/": an -ed form after "and"/"or" with a determiner next is a verb
    taking an object (an adjective is followed by its noun: "and automated systems")."""
    return lower[i - 1] in ("and", "or") and i + 1 < hi and lower[i + 1] in _DETERMINERS


def _about_the_incident(sent: SentenceInfo, hi: int) -> bool:
    """Outage or incident words, a clock time or a word of now: the sentence speaks of the event."""
    if any(t < hi for f in ("OUTAGE", "OUTAGE_STRONG") for t, _ in sent.hits.get(f, ())):
        return True
    words = sent.tokens.lower[sent.span.start:hi]
    if not _INCIDENT_NOUNS.isdisjoint(words) or not _NOW_WORDS.isdisjoint(words):
        return True
    return _CLOCK.search(sent.text) is not None


def strong_causal(sent: SentenceInfo) -> bool:
    """A causal trigger other than the weak ones ("so", "when", "after", "explained")."""
    lower = sent.tokens.lower
    return any(lower[s] not in _WEAK_CAUSAL for s, _ in sent.hits.get("CAUSAL", ()))


def _class_remark(sent: SentenceInfo) -> bool:
    """"describes most large outages", "most outages are caused by …": a quantifier and a plural class
    of events, up to two modifiers apart, in a sentence with no past verb or as its present subject."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    for i in range(lo, hi):
        if lower[i] in _EVENT_CLASSES:
            for k in range(max(lo, i - 3), i):
                if lower[k] in _CLASS_QUANTIFIERS:
                    if i + 1 < hi and lower[i + 1] in _PRESENT_AUX:
                        return True  # "most outages are caused by …": the class is the present subject
                    past, _present, _event = _verb_forms(sent)
                    return not past
    return False


_PURPOSE = re.compile(r"\b(?:was|were|is|are)\s+(?:\w+\s+)?(?:meant|intended|supposed|designed)\s+to\b", re.I)
_AS_BEFORE = re.compile(r"\bas\s+(?:[\w'’]+\s+)?$", re.I)
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+$", re.I)
_CONTRAST_AFTER = re.compile(r"\bbut\b|\binstead\b|\bhowever\b|;|\byet\b", re.I)


_EVENT_NOUNS = r"(?:ones|incidents|episodes|cases|outages|failures|mishaps|accidents|events|stories|attacks|breaches|blunders)"
_OTHER_EVENTS = re.compile(r"\bsimilar\s+(?:\w+\s+)?" + _EVENT_NOUNS + r"\b|\b(?:a|the)\s+(?:long\s+|growing\s+)?(?:run|string|series|spate|rash|list)"
                           r"\s+of\s+(?:similar\s+|such\s+|other\s+|earlier\s+|recent\s+)?(?:\w+\s+)?" + _EVENT_NOUNS + r"\b", re.I)
_CONDITIONAL_OPENERS = frozenset(("if", "unless"))
_COUNTERFACTUAL_AFTER = re.compile(r",\s+.*\b(?:would|might|could)\s+(?:not\s+|never\s+)?have\b", re.I)


def not_about_an_event(sent: SentenceInfo) -> bool:
    """The sentence tells how things are or usually work, or remarks on a class of events, rather
    than what happened: "the traffic between our sites is managed by a backbone network", "AWS uses
    a separate network for monitoring", "WAF rule changes are deployed globally in one step", "the
    change was meant to update an allow list", "'configuration change' describes most large
    outages", "an assistant that advises is a different risk from an agent that acts"."""
    if _class_remark(sent):
        return True
    if sent.may_contain("read", "seen", "heard") and READ_ELSEWHERE.match(sent.text.lstrip("“\"‘'")):
        return False  # "You may have read that an AI assistant wrote that script": reports of the event, however framed
    if sent.may_contain("similar", "run of", "string of", "series of", "spate of", "rash of", "list of") \
            and _OTHER_EVENTS.search(sent.text):
        return True  # causes.v9: "the episode joins a run of similar ones in which …": other events, not this one
    if sent.may_contain("meant", "intended", "supposed", "designed"):
        m = _PURPOSE.search(sent.text)
        if m is not None and _AS_BEFORE.search(sent.text, max(0, m.start() - 16), m.start()):
            m = None  # "it stopped, as it is designed to do": a manner clause, not what the change was for
        if m is not None and _RELATIVE_BEFORE.search(sent.text, max(0, m.start() - 8), m.start()):
            m = None  # causes.v10: "the equipment that is supposed to hand the load over … did not": what a part is for
        if m is not None and not _CONTRAST_AFTER.search(sent.text, m.end()) and not strong_causal(sent) \
                and not sent.has("OUTAGE", "OUTAGE_STRONG"):
            return True  # what the change was for, not what it did
    hi = _own_end(sent) if "SPEECH" in sent.hits else sent.span.end
    if sent.tokens.lower[sent.span.start] == "had" and _COUNTERFACTUAL_AFTER.search(sent.text):
        return True  # causes.v8: "Had the generator started, the outage might have been avoided": what did not happen
    if sent.tokens.lower[sent.span.start] in _CONDITIONAL_OPENERS:
        past, present, _event = _verb_forms(sent, hi)
        if present and not past:
            return True  # causes.v8: "If the cache fails open, the database meets many times its usual load": a hypothetical
    if strong_causal(sent) or _about_the_incident(sent, hi):
        return False
    if _headline(sent):
        return False  # "Storm knocks out phone service across the state": a headline tells a past event in the present
    past, present, event = _verb_forms(sent, hi)
    return present and not past and not event


_SENTENCE_ENDS = tuple(".!?:;\"”’')…")


def _headline(sent: SentenceInfo) -> bool:
    """A short line with no closing punctuation that tells harm or its cause ("Cyberattack cripples port",
    "Storm knocks out phone service"): headline style, whose present tense tells what happened."""
    if sent.text.rstrip().endswith(_SENTENCE_ENDS) or sent.span.end - sent.span.start > 16:
        return False
    return sent.has("CAUSAL", "OUTAGE", "OUTAGE_STRONG")


def hampers_the_response(sent: SentenceInfo) -> bool:
    """The sentence tells what slowed finding or fixing the trouble ("the congestion cut engineers off
    from their monitoring", "the same congestion slowed the tools they needed", "recovery took longer"):
    an effect on the response, not the outage's cause."""
    words = sent.tokens.lower[sent.span.start:sent.span.end]
    if _RESPONSE_NOUNS.isdisjoint(words):
        return False
    return not _HAMPER_WORDS.isdisjoint(words) or ("cut" in words and "off" in words)


def _named_as_effect(lower: list[str], lo: int, start: int) -> bool:
    """"the cause of the fire", "the source of the congestion", "what caused the fire": the cause word
    names the effect whose cause is spoken of."""
    i = start - 1
    while i > lo and start - i <= 3 and lower[i] not in ("of", "for") and lower[i] not in (",", ";", ":"):
        i -= 1
    if i > lo and lower[i] in ("of", "for") and lower[i - 1] in _EFFECT_HEADS:
        return True
    k = start - 1
    while k > lo and lower[k] in _DETERMINERS:
        k -= 1
    return k > lo and lower[k] in ("caused", "triggered", "sparked", "started") and lower[k - 1] in ("what", "whatever")


def _contrast_between(sent: SentenceInfo, rel_start: int, char: int) -> bool:
    """A ", but" or a semicolon between a sentence-relative offset and a document char offset."""
    between = sent.lower[rel_start:char - sent.start]
    return ", but " in between or "; " in between


_BREACHABLE = _COMPUTE_NOUNS | frozenset("data account accounts credential credentials key keys password passwords host hosts machine "
                                         "machines device devices database databases email emails computer computers "
                                         # causes.v32: "DNS records at one of its registrars were compromised"
                                         "record records domain domains registrar registrars".split())
_OWNED_BY = frozenset("belonging belongs belonged run operated owned supplied provided managed made maintained".split())
_LAY_WITH = frozenset("lay lies lie rested rests".split())
_SUPPLIER_NOUNS = frozenset("supplier suppliers vendor vendors provider providers contractor contractors partner partners "
                            "processor processors".split())


def _owned_by_a_supplier(sent: SentenceInfo) -> int | None:
    """A cause phrase owned or run by a supplier ("network hardware belonging to one of its technology
    suppliers", "equipment run by a vendor"): for the company hit, the cause is a third party. The token of the owned or supplied
    thing, else None."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    cause_starts = {s for f in sent.cause_families() if f != "CAUSE_third_party" for s, _ in sent.hits[f]}
    for j in range(lo + 1, hi - 1):
        if lower[j] in _LAY_WITH and lower[j + 1] == "with" and lower[j - 1] in _TROUBLE_NOUNS \
                and any(lower[k] in _SUPPLIER_NOUNS for k in range(j + 2, min(hi, j + 10))):
            return j  # causes.v20: "the fault lay with Paymark, the card processor it uses": the supplier's
        if lower[j] in _OWNED_BY and lower[j + 1] in ("by", "to", "from") and lower[j - 1] not in _BE_FORMS \
                and any(lower[k] in _SUPPLIER_NOUNS for k in range(j + 2, min(hi, j + 8))):
            return j  # (not "was run by a vendor": a passive of its own, not a part's owner)
        if lower[j] in ("'s", "’s") and lower[j - 1] in _SUPPLIER_NOUNS and any(j < k <= j + 3 for k in cause_starts):
            return j  # "a vendor's network hardware", "a supplier's faulty software"
        if lower[j] == "from" and lower[j - 1] in _SUPPLIED_THINGS | _SUPPLIED_CHANGES and any(
                lower[k] in _MAKER_NOUNS for k in range(j + 1, min(hi, j + 5))):
            return j - 1  # causes.v12: "an update from Nordic equipment maker Borealis", "firmware from its storage supplier"
        if lower[j] == "of" and lower[j - 1] == "one" and j + 1 < hi and lower[j + 1] in _POSSESSIVES and cause_starts and any(
                lower[k] in _MAKER_NOUNS and lower[k].endswith("s") for k in range(j + 2, min(hi, j + 6))):
            return min(cause_starts)  # causes.v12: "a bug in an update from Borealis, one of our network equipment suppliers"
    for t, e in sent.hits.get("CAUSE_third_party", ()):
        if _supplier_acted(lower, lo, hi, t, e):
            return t
    if len(cause_starts) == 1:  # (where the sentence lists several causes, the supplier's is one of them)
        cause = next(iter(cause_starts))
        if _cause_at_a_supplier(lower, lo, hi, cause):
            return cause
    went_down = _supplier_went_down(lower, lo, hi)
    return went_down if went_down is not None else _runs_on_a_host(sent)


_OWN_TROUBLE = frozenset("outage outages failure failures disruption disruptions problem problems fault faults breakdown "
                         "glitch".split())


def _supplier_went_down(lower: list[str], lo: int, hi: int) -> int | None:
    """causes.v19: the company's own supplier had trouble of its own ("Our card processor suffered an outage of its own",
    "one of its cloud providers failed"): the supplier's token, else None."""
    for k in range(lo, hi - 2):
        if lower[k] in ("the", "a"):
            end = _supplier_serving_us_end(lower, k, hi)
        elif lower[k] not in _POSSESSIVES and lower[k] != "one":
            continue
        else:
            end = _supplier_phrase_end(lower, k, hi)
        if end is None or end >= hi:
            continue
        if lower[end] in ("failed", "crashed") or lower[end] == "went" and end + 1 < hi and lower[end + 1] in ("down", "offline") \
                or lower[end] in _SUPPLIER_WENT_THROUGH and any(lower[j] in _OWN_TROUBLE for j in range(end + 1, min(hi, end + 4))):
            return end - 1
    return None


# causes.v17: a cause placed at the company's own supplier ("a power failure at its inference provider", "a fault
# inside one of our payment partners") or that the supplier went through ("our hosting provider is dealing with a power
# problem", "its payments partner suffered a network fault"): for the company hit, whatever the supplier's own cause
# was, its outage came from a third party (the guide's CrowdStrike example, said of a supplier the text does not name)
_AT_A_SUPPLIER = frozenset("at in inside within with from affecting hitting".split())
_SUPPLIER_WENT_THROUGH = frozenset("had has suffered suffers experienced experiences dealing hit struck lost reported saw sees "
                                   "faced faces".split())
_HAD = frozenset(("had", "has"))  # ... before what was had ("had a power problem"), not a verb ("has since fixed the defect")


# causes.v32: "the cloud provider that hosts our lock service": a relative clause makes it the company's supplier
_SERVES_US_VERBS = frozenset("hosts host hosted runs run ran powers power supplies supply supplied carries carry handles "
                             "handle processes process".split())


def _supplier_serving_us_end(lower: list[str], k: int, hi: int) -> int | None:
    """The token after "the cloud provider that hosts our lock service" from token k on (a supplier noun, a relative
    pronoun, a serving verb, then the company's own thing), else None."""
    noun = next((j for j in range(k + 1, min(hi, k + 4)) if lower[j] in _SUPPLIER_NOUNS), None)
    if noun is None or noun + 3 >= hi or lower[noun + 1] not in ("that", "which", "who") \
            or lower[noun + 2] not in _SERVES_US_VERBS:
        return None
    own = next((j for j in range(noun + 3, min(hi, noun + 5)) if lower[j] in _POSSESSIVES), None)
    if own is None:
        return None
    end = own + 1
    while end < hi and end < own + 4 and lower[end].isalpha() and lower[end] not in _SUPPLIER_WENT_THROUGH \
            and lower[end] not in ("failed", "crashed", "went"):
        end += 1
    return end


def _supplier_phrase_end(lower: list[str], k: int, hi: int) -> int | None:
    """The token after a supplier named by its owner from token k on ("its inference provider", "one of our cloud
    vendors", "their payments partner"): the owner's word makes it the company's supplier, not the company itself
    ("the provider" may be the company), else None."""
    if k + 1 < hi and lower[k] == "one" and lower[k + 1] == "of":
        k += 2
    if k >= hi or lower[k] not in _POSSESSIVES:
        return None
    for j in range(k + 1, min(hi, k + 4)):
        if lower[j] in _SUPPLIER_NOUNS:
            return j + 1
        if not lower[j].isalpha() and "-" not in lower[j]:
            return None
    return None


def _cause_at_a_supplier(lower: list[str], lo: int, hi: int, cause: int) -> bool:
    """The cause phrase starting at token `cause` is placed at the company's own supplier, or told of it as what it went
    through."""
    for j in range(cause + 1, min(hi, cause + 5)):
        if lower[j] in _AT_A_SUPPLIER and _supplier_phrase_end(lower, j + 1, hi) is not None:
            return True  # "a power failure at its inference provider"
        if lower[j] in (",", ";", "and", "but", "which", "that"):
            break
    for k in range(lo, hi - 2):
        end = _supplier_phrase_end(lower, k, hi) if lower[k] in _POSSESSIVES or lower[k] == "one" else None
        if end is None:
            continue
        went = next((j for j in range(end, min(hi, end + 4)) if lower[j] in _SUPPLIER_WENT_THROUGH
                     and (lower[j] not in _HAD or j + 1 < hi and lower[j + 1] in _DETERMINERS)), None)
        if went is not None and went <= cause <= went + 6:
            return True  # "our inference provider is dealing with a power problem"
    return False


# causes.v12: the supplier as the one who acted: "a third-party provider made a configuration change", "the change was
# made by an outside vendor": for the company hit, the change is the third party's (like a faulty CrowdStrike update)
_SUPPLIER_ACTS = frozenset("made make makes pushed push pushes deployed deploy deploys rolled applied apply applies released "
                           "issued changed change changes updated misconfigured introduced shipped ran".split())


def _supplier_acted(lower: list[str], lo: int, hi: int, t: int, e: int) -> bool:
    k = t - 1
    while k > lo and lower[k] in _DETERMINERS:
        k -= 1
    if k >= lo and lower[k] == "by" and k > lo and lower[k - 1] in _SUPPLIER_ACTS:
        return True  # "the change was made by a third-party provider"
    j = e
    while j < hi and lower[j] in _SUPPLIER_NOUNS | {"had", "has", "have", "then", "also", "itself"}:
        j += 1
    return j < hi and lower[j] in _SUPPLIER_ACTS and j + 1 < hi and lower[j + 1] not in ("it", "clear", "sure")


# causes.v12: the company a supplier is told by: "a patch from chip maker X", "one of our hardware vendors"
_MAKER_NOUNS = _SUPPLIER_NOUNS | frozenset("maker makers manufacturer manufacturers supplier's vendor's".split())
_SUPPLIED_THINGS = frozenset("software firmware equipment hardware code component components part parts product products "
                             "file files".split())
_SUPPLIED_CHANGES = frozenset("update updates upgrade upgrades patch patches release releases fix version".split())
_POSSESSIVES = frozenset("our its their his her".split())
# causes.v12: "X, whose services we run on, had an issue", "Y, whose equipment runs much of its network": a company the
# provider's service rests on; trouble told of it is a third party's from the provider's point of view
_RUNS_ON_A_HOST = re.compile(r",\s+whose\s+(?:[\w-]+\s+){1,3}?(?:we|it|they|the\s+company)\s+(?:\w+\s+)?"
                             r"(?:run|runs|rely|relies|depend|depends|use|uses|build|builds|host|hosts)\b"
                             r"|,\s+whose\s+(?:[\w-]+\s+){1,2}?(?:runs|run|powers|power|carries|carry|handles|handle|supports|support)\s+"
                             r"(?:[\w-]+\s+){0,5}?(?:its|our|their)\s+(?:own\s+)?(?:network|networks|systems|services|platform|apps?)\b", re.I)


def _runs_on_a_host(sent: SentenceInfo) -> int | None:
    m = _RUNS_ON_A_HOST.search(sent.text) if "whose" in sent.lower else None
    return None if m is None else _token_at(sent, m.start())


_OPERATION_NOUNS = frozenset("rotation maintenance migration update upgrade cleanup clean-up rollout deployment "
                              "change reconfiguration test drill operation".split())


def _removed_during_an_operation(sent: SentenceInfo) -> dict[str, int]:
    """A destructive act in the passive, done during an operation ("a key used in authentication was
    removed during a rotation", "the routes were deleted during maintenance"): the operation changed the
    system in a way that broke it, a configuration change (no person or company named)."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    for i in range(lo + 1, hi - 2):
        if lower[i] in _ACTIONS and lower[i - 1] in ("was", "were", "been") and lower[i + 1] == "during":
            k = i + 2
            while k < hi and lower[k] in _DETERMINERS:
                k += 1
            if any(lower[j] in _OPERATION_NOUNS for j in range(k, min(hi, k + 3))):
                if any(lower[j] in _RECOVERY_CONTEXT for j in range(lo, i)):
                    return {}  # "restored during maintenance": the repair
                return {"config_change": i}
    return {}


def _malfunction_in_clause(sent: SentenceInfo, tok: int) -> bool:
    """A word of malfunction or of causing in the clause of a component word ("the routers failed", "DNS
    errors", "a bad router"): without one the sentence only names the part."""
    lower = sent.tokens.lower
    tokens = sent.tokens
    lo, hi = tok, tok
    while lo > sent.span.start and lower[lo - 1] not in (";", ":", "but"):
        lo -= 1
    while hi < sent.span.end - 1 and lower[hi + 1] not in (";", ":", "but"):
        hi += 1
    clause = sent.lower[tokens.idx[lo] - sent.start:tokens.idx[hi] + tokens.length[hi] - sent.start]
    for stem in _MALFUNCTION_STEMS:
        if stem in clause:
            return True
    return False


_AFFECTED_THIRD_PARTIES = frozenset("app apps application applications site sites website websites integrations developers "
                                     "customers users sellers merchants clients".split())
_SPEAKS = frozenset("says said told tells wrote writes confirmed confirms explained explains added adds insists insisted".split())
# (causes.v25: those hired to investigate or help, after "third-party")
_HIRED_HELP = frozenset("experts expert specialists specialist investigators investigator consultants consultant forensic forensics "
                        "advisers advisors auditors responders".split())
_RESPONDER_NOUNS = frozenset("service services brigade brigades department departments fighters crews crew officials chief "
                             "station stations engineers".split())
_PURPOSE_VERBS = frozenset("keep protect shield spare avoid prevent".split())


def _in_a_purpose(lower: list[str], lo: int, start: int) -> bool:
    """The cause word sits in an infinitive of purpose ("to keep hardware from being damaged")."""
    for i in range(start - 1, max(lo, start - 7) - 1, -1):
        if lower[i] in (",", ";", ":"):
            return False
        if lower[i] in _PURPOSE_VERBS and i > lo and lower[i - 1] == "to":
            return True
    return False


_GUARDED_AGAINST = frozenset("against preventing avoiding".split())
_NEG_AUX = frozenset("could can would will did does do should might must may".split())
_NEG_SKIP = frozenset("be been yet even ever always fully".split())
# Verbs a negation denies a cause through: "did not cause", "found no sign", "was not related to".
_DENYING_LEMMAS = frozenset("cause trigger find see detect observe identify show suggest indicate believe think appear "
                            "seem relate link tie involve attribute blame stem result come originate be have".split())


def _negation_takes_a_verb(lower: list[str], lo: int, tok: int) -> bool:
    """The negation before the cause word governs another verb ("could not bring the fire under
    control", "were not touched by the fire"): it denies that act, not the cause."""
    n = None
    for i in range(tok - 1, max(lo, tok - 9) - 1, -1):
        if lower[i] in (",", ";", "but", "that", "which"):
            break
        if lower[i] in ("not", "n't", "never"):
            n = i
            break
    if n is None:
        return False
    w = n + 1
    while w < tok and lower[w] in _NEG_SKIP:
        w += 1
    if w >= tok or lower[w] in _DETERMINERS or lemma_of(lower[w]) in _DENYING_LEMMAS:
        return False
    verb = lower[w]
    # causes.v26: "was not brought down by a cyberattack": the agent of the harm is what is denied (causes.v33: and the
    # agent of an attack, "had not been targeted by a hacker", "was not hit by ransomware")
    if (verb in _TAKING_DOWN or verb in _ATTACKED_PARTICIPLES) and "by" in lower[w + 1:tok]:
        return False
    return (n > lo and lower[n - 1] in _NEG_AUX) or verb in _IRREGULAR_PASTS or (verb.endswith("ed") and lemma_of(verb) != verb)


_ATTACKED_PARTICIPLES = frozenset("targeted attacked hit struck infiltrated penetrated infected".split())
_TROUBLE_PREPS = frozenset("at with in on of affecting involving".split())


def _trouble_with(sent: SentenceInfo, fams: list[str]) -> bool:
    """A word of trouble governs the cause phrase through a preposition ("dealing with an issue at a
    third-party provider", "a fault in the cooling plant"): where the trouble lay frames the cause."""
    lower = sent.tokens.lower
    lo = sent.span.start
    for fam in fams:
        for s, _ in sent.hits[fam]:
            k = s - 1
            while k > lo and lower[k] in _DETERMINERS:
                k -= 1
            if k > lo and lower[k] in _TROUBLE_PREPS and lower[k - 1] in _GENERIC_HEADS:
                return True
            if k - 1 > lo and lower[k] in _TROUBLE_PREPS and lower[k - 1] in _TROUBLE_LAY \
                    and lower[_before_a_told_aside(sent, k - 2)] in _GENERIC_HEADS:
                return True  # causes.v9: "the fault was in the hardware", "the problem lay with a supplier"
                # (causes.v12: "the problem, the firm wrote, was with a supplier": a speech aside between them)
    return False


_ASIDE_REACH = 8  # tokens of a speech aside (", the company said on Tuesday,")


def _before_a_told_aside(sent: SentenceInfo, k: int) -> int:
    """The token before a speech aside that ends at `k` (", it tweeted,", ", the company said,"), else `k` itself."""
    lower = sent.tokens.lower
    if k <= sent.span.start or lower[k] != ",":
        return k
    for j in range(k - 1, max(sent.span.start, k - _ASIDE_REACH) - 1, -1):
        if lower[j] == ",":
            told = any(j < t < k for t, _e in sent.hits.get("SPEECH", ()))
            return j - 1 if told and j > sent.span.start else k
    return k


_TROUBLE_LAY = frozenset("was is lay lies lie rests rested sat sits".split())


_DROPPED = re.compile(r"\b(?:initially|at first|originally|first)\s+(?:\w+\s+)?(?:believed|thought|suspected|assumed|feared|took it for|blamed)\b"
                      r"|\b(?:believed|thought|suspected|assumed|feared)\s+(?:\w+\s+){0,6}?(?:at first|initially)\b", re.I)


def dropped_suspicion(sent: SentenceInfo) -> bool:
    """"Engineers initially believed they were fighting a DDoS attack", "at first suspected an attack": a
    first guess the account later dropped asserts no cause (the caller keeps it only where the next
    sentence refutes it, which makes it a denial)."""
    return sent.has("SPECULATION") and sent.may_contain("initially", "at first", "originally", "first") \
        and _DROPPED.search(sent.text) is not None


def _in_condition(lower: list[str], lo: int, start: int) -> bool:
    """The cause word sits in a clause opened by "if"/"unless" at the start of the sentence, before its comma."""
    first = lo
    while first < start and lower[first] in ('"', "“", "'", "‘", "but", "and", "even"):
        first += 1
    if first >= start or lower[first] not in ("if", "unless"):
        return False
    comma = next((i for i in range(first, len(lower)) if lower[i] in (",", ";", ":", ".")), len(lower))
    if comma < start:
        return False
    # "If your process lets one person change DNS in one step, the outage was waiting to happen": a main
    # clause in the past makes the condition the situation that was; in the present it is a generic one
    return not any(lower[i] in _PAST_AUX for i in range(comma, min(len(lower), comma + 12)) if lower[i] != ".")


def _sentence_end_after(lower: list[str], start: int) -> int:
    """The index of the first sentence-closing mark after `start` (or the end of the tokens)."""
    for k in range(start, len(lower)):
        if lower[k] in (".", "!", "?"):
            return k
    return len(lower)


def _after_an_interval(lower: list[str], lo: int, start: int) -> bool:
    """"came a week after a cyberattack on a rival": a measured interval after another event dates
    this one; it does not say what caused it."""
    for i in range(start - 1, max(lo, start - 7) - 1, -1):
        if lower[i] in (",", ";", ":"):
            return False
        if lower[i] == "after" and i > lo and lower[i - 1] in _INTERVAL_UNITS:
            if "for" in lower[max(lo, i - 5):i - 1]:
                return False  # causes.v25: the outage's length, then what set it off ("was down for a week after a ransomware attack")
            # an indefinite event is another one ("a week after a cyberattack on a rival"); a definite one
            # is this outage's own ("a week after the fire at our site"), and so is one that did the harm
            # in its own clause ("three weeks after a leak took the zone down")
            # (causes.v17: nor is one the trouble still goes on from: "were still disrupted on Friday, four days after a
            # ransomware attack on the lab's systems")
            # (causes.v23: "still" after it too: "More than a week after a ransomware attack …, the brewer is still …")
            return lower[i + 1] in ("a", "an") and not _acts_in_its_clause(lower, start, len(lower)) \
                and "still" not in lower[lo:_sentence_end_after(lower, start)]
    return False


_HARM_AFTER = frozenset("took knocked brought caused forced shut crashed disrupted cut hit "
                        # causes.v8: the class of verbs of disabling ("eleven weeks after a ransomware gang crippled its systems")
                        "crippled paralysed paralyzed disabled wrecked destroyed encrypted locked froze halted downed felled "
                        "overwhelmed swamped breached compromised hobbled gutted wiped struck "
                        # causes.v23: "a week after a ransomware attack stopped its order systems"
                        "stopped stalled interrupted suspended".split())


def _acts_in_its_clause(lower: list[str], start: int, hi: int) -> bool:
    for j in range(start + 1, min(hi, start + 12)):
        if lower[j] in (",", ";", ":", "."):
            return False
        if lower[j] in _HARM_AFTER:
            return True
    return False


def _vague_where_its_words_are(sent: SentenceInfo) -> int | None:
    known = _document_words(sent)
    if known is not None and not known.vague:
        return None  # (vague_cause needs one of its adjectives or system nouns among the tokens: the document has none)
    return vague_cause(sent) if sent.may_contain("operational", "internal", "technical", "computer", "tech", "system") \
        or "IT " in sent.text else None


def _written_it(sent: SentenceInfo, i: int) -> bool:
    """causes.v9: "an IT outage", "an IT problem": the initialism, not the pronoun "it"."""
    at = sent.tokens.idx[i] - sent.start
    return sent.text[at:at + 2] == "IT"


_VAGUE_CAUSE_FRAME = frozenset("call calls called calling describe describes described term termed".split())


# causes.v33: verbs and a preposition by which users meet an error ("receive an internal error", "failing with internal error")
_ERROR_MET_BEFORE = frozenset("receive receives received receiving get gets got getting see sees saw seeing encounter "
                              "encounters encountered encountering return returns returned returning show shows showed "
                              "showing hit hits with".split())


def _error_met(lower: list[str], lo: int, i: int) -> bool:
    """causes.v33: the error at i (its adjective) is what someone received or a job failed with, right before it
    (an article between)."""
    k = i - 1
    if k >= lo and lower[k] in ("a", "an", "the"):
        k -= 1
    return k >= lo and lower[k] in _ERROR_MET_BEFORE


def vague_cause(sent: SentenceInfo) -> int | None:
    """"attributed it to an operational issue", "what it now calls an internal issue", "said only that it
    was 'an operational issue'": a cause named without a category (`unknown`). The token of the phrase."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    for i in range(lo, hi - 1):
        if (lower[i] not in _VAGUE_ADJECTIVES or (lower[i] == "it" and not _written_it(sent, i))) \
                and not (lower[i] == "system" and i > lo and lower[i - 1] in ("a", "an")):
            continue  # (causes.v27: "a system failure", not "the border system issue", a system's own name)
        h = i + 1  # the head noun
        if lower[i] in _VAGUE_ADJECTIVES and i + 2 < hi and lower[i + 1] in _VAGUE_SYSTEM_NOUNS \
                and (lower[i + 2] in _VAGUE_HEADS or lower[i + 2] in _VAGUE_EVENT_HEADS):
            h = i + 2  # causes.v31: "internal system issues", "a technical systems failure": a system noun before the head
        if lower[h] in ("error", "errors") and _error_met(lower, lo, i):
            continue  # causes.v33: "users may receive an internal error", "jobs failing with internal error": what was met
        if lower[h] in _VAGUE_HEADS and lower[h] in _PLURAL_VAGUE_HEADS:
            # causes.v11: "technical issues", "technical difficulties" are as often what users met as what caused the
            # outage ("travellers faced technical issues at check-in"): a cause only where a causal word frames them
            if _in_the_cause_slot(sent, i) or _framed_as_a_cause(lower, lo, i) or _causal_word_after(sent, h + 1) \
                    or _harm_done_by(lower, h + 1, hi) or _consequence_after(lower, h + 1, hi) or _we_are_having(lower, lo, i):
                return i  # "blamed technical problems", "technical issues were to blame"
        elif lower[h] in _VAGUE_HEADS:
            if sent.has("CAUSAL", "SPEECH", "OUTAGE", "OUTAGE_STRONG") or _framed_as_a_cause(lower, lo, i) \
                    or _harming_verb_follows(lower, h + 1, hi):
                # "says it is experiencing a technical issue", "a technical fault … forced airlines to cancel flights",
                # causes.v27: "We have found a technical issue affecting our ticket servers"
                return i
            if _harm_done_by(lower, h + 1, hi) or _consequence_after(lower, h + 1, hi):
                return i  # "a technical glitch at the operator grounded every flight": the vague fault did the harm
        elif lower[h] in _VAGUE_EVENT_HEADS:
            if _in_the_cause_slot(sent, i) or _framed_as_a_cause(lower, lo, i) or _consequence_after(lower, h + 1, hi) \
                    or _held_to_blame(lower, h + 1, hi):
                return i  # "a spokesperson blames an IT outage", "an IT failure led to the cancellations"
    for i in range(lo, hi - 2):
        if lower[i] in _VAGUE_TROUBLE_NOUNS and lower[i + 1] in ("with", "in"):
            end = _system_named_after(lower, i + 2, hi)
            if end is not None and (_in_the_cause_slot(sent, i) or _framed_as_a_cause(lower, lo, i)
                                    or _harm_done_by(lower, end, hi) or _consequence_after(lower, end, hi)):
                return i  # "a technology issue with one of our systems led us to hold flights"
    return None


_PLURAL_VAGUE_HEADS = frozenset("issues problems faults glitches difficulties".split())
_HARMING_PARTICIPLES = frozenset("affecting impacting disrupting causing preventing stopping limiting".split())
# causes.v31: what the vague fault did, told in a relative clause or with an auxiliary ("a technical issue that is
# affecting the app", "an IT issue which has limited colleagues' access", "a technical issue is affecting the app")
_HARMED_PARTICIPLES = frozenset("affected impacted disrupted limited prevented stopped".split())
_RELATIVE_AUXILIARIES = frozenset("is are was were has have had been".split())


def _harming_verb_follows(lower: list[str], j: int, hi: int) -> bool:
    """A verb of harm right after the vague head, maybe after "that"/"which" and one or two auxiliaries."""
    if j < hi and lower[j] in ("that", "which"):
        j += 1
    aux = 0
    while j < hi and lower[j] in _RELATIVE_AUXILIARIES and aux < 2:
        j, aux = j + 1, aux + 1
    return j < hi and (lower[j] in _HARMING_PARTICIPLES or aux > 0 and lower[j] in _HARMED_PARTICIPLES)


def _held_to_blame(lower: list[str], start: int, hi: int) -> bool:
    """causes.v27: "a system failure was to blame", "an IT failure was responsible": the failure as the cause."""
    return start + 2 < hi and lower[start] in ("was", "were", "is", "are") and (
        lower[start + 1] == "to" and lower[start + 2] == "blame" or lower[start + 1] == "responsible")


def _we_are_having(lower: list[str], lo: int, i: int) -> bool:
    """causes.v27: "We are experiencing technical difficulties": the body says what it has, not what users met."""
    return i - 3 >= lo and lower[i - 1] in ("experiencing", "having") and lower[i - 2] in ("are", "'re", "’re") \
        and lower[i - 3] == "we"


def _causal_word_after(sent: SentenceInfo, start: int) -> bool:
    """A causal word opens within a few tokens after the phrase, in its clause: "technical issues were to blame",
    "technical problems caused the delays"."""
    lower = sent.tokens.lower
    for s, _e in sent.hits.get("CAUSAL", ()):
        if start <= s < start + 4 and not any(lower[k] in _CLAUSE_BREAK for k in range(start, s)):
            return True
    return False


def _framed_as_a_cause(lower: list[str], lo: int, i: int) -> bool:
    """"what it calls a technical issue", "said it was a technical problem": a frame word shortly before the phrase.
    (causes.v11: not "it was facing technical issues", "it is experiencing a technology outage": what it went through)"""
    return any(lower[k] in _VAGUE_CAUSE_FRAME or (lower[k] in ("was", "is") and (lower[k - 1] == "it" and not lower[k + 1].endswith("ing")
                                                                                   or _cause_noun_before(lower, lo, k)))
               for k in range(max(lo + 1, i - 6), i))


_CAUSE_OR_EXPLANATION = _CAUSE_NOUNS | frozenset(("explanation",))


def _cause_noun_before(lower: list[str], lo: int, k: int) -> bool:
    """causes.v29: the copula has a noun of cause for its subject: "the cause is a technical incident", "the agency's
    explanation, for most of the week, was a technical incident" (an aside between them)."""
    for j in range(k - 1, max(lo, k - 9) - 1, -1):
        if lower[j] in _CAUSE_OR_EXPLANATION:
            return True
        if lower[j] in (";", ":", "and", "but", "that", "which"):
            return False
    return False


_EFFECT_VERBS_BEFORE_TO = frozenset("led lead leads leading".split())  # "led to an IT outage": the outage is the effect
_CAUSE_SLOT_REACH = 3  # tokens from the causal word to the phrase: "blamed on an IT failure"


def _in_the_cause_slot(sent: SentenceInfo, i: int) -> bool:
    """The phrase stands shortly after a causal word that looks back to a cause ("blamed", "due to", "because of",
    "after", "caused by"), not one that looks forward to an effect ("caused the IT outage", "led to a failure")."""
    lower = sent.tokens.lower
    for s, e in sent.hits.get("CAUSAL", ()):
        if not 0 <= i - e <= _CAUSE_SLOT_REACH:
            continue
        last = lower[e - 1]
        if last.startswith("blam") or last in ("of", "by", "after", "following", "on") or \
                last == "to" and (e - 2 < s or lower[e - 2] not in _EFFECT_VERBS_BEFORE_TO):
            return True
    return False


_SYSTEM_REACH = 4  # tokens between the preposition and the system noun: "with one of our systems"


def _system_named_after(lower: list[str], start: int, hi: int) -> int | None:
    """The token after the system noun when one follows within reach with no clause break ("one of its systems",
    "the carrier's technology"), else None."""
    for k in range(start, min(hi, start + _SYSTEM_REACH + 1)):
        if lower[k] in _VAGUE_SYSTEM_NOUNS:
            return k + 1
        if lower[k] in _CLAUSE_BREAK or lower[k] in (".", "(", ")"):
            return None
    return None


def _word_in_clause_after(lower: list[str], start: int, hi: int, words, reach: int) -> bool:
    """One of `words` within `reach` tokens after `start`, before the clause breaks."""
    for k in range(start, min(hi, start + reach)):
        if lower[k] in _CLAUSE_BREAK:
            return False
        if lower[k] in words:
            return True
    return False


def _consequence_after(lower: list[str], start: int, hi: int) -> bool:
    """"… led us to hold flights", "… prompted the airline to cancel": a verb of consequence soon after the phrase."""
    return _word_in_clause_after(lower, start, hi, _VAGUE_CONSEQUENCE_VERBS, 4)


_VAGUE_HARM_VERBS = _CTX["vague_cause_harm_verbs"]
# causes.v33: verbs of harm whose subject may be another company's trouble ("the AWS outage has affected …")
_HARM_DONE_AFTER = frozenset(_VAGUE_HARM_VERBS) | frozenset("affected hit disrupted interrupted broke".split())


def _harm_done_by(lower: list[str], start: int, hi: int) -> bool:
    """A past verb of harm or compulsion in the clause after the vague head ("forced", "grounded", "left"); causes.v13:
    or its progressive after a form of "be" ("a DNS issue was stopping users from connecting", "is keeping them out")."""
    if _word_in_clause_after(lower, start, hi, _VAGUE_HARM_VERBS, 10):
        return True
    for k in range(start + 1, min(hi, start + 10)):
        if lower[k] in _CLAUSE_BREAK:
            return False
        if lower[k] in _HARM_PROGRESSIVES and lower[k - 1] in _PROGRESSIVE_BE:
            return True
    return False


_HARM_PROGRESSIVES = frozenset("forcing leaving grounding halting stranding crippling stopping shutting closing disrupting "
                               "delaying freezing paralysing paralyzing bringing knocking taking cutting keeping preventing "
                               "blocking tripping crashing killing wiping".split())
_PROGRESSIVE_BE = frozenset("is are was were been be".split())


_HOST_NOUNS = frozenset("cloud hosting infrastructure".split())


def _names_the_host(sent: SentenceInfo) -> bool:
    """Every third-party phrase of the sentence is "its/their cloud (hosting, infrastructure) provider"."""
    lower = sent.tokens.lower
    return all(any(lower[k] in _HOST_NOUNS for k in range(s, e)) and lower[e - 1].startswith("provider")
               for s, e in sent.hits.get("CAUSE_third_party", ()))


