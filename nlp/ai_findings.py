"""What one sentence asserts or denies about AI involvement in an outage.

ai.v1 — an AI system counts when the sentence ties it to the harm (causal words or actions:
  "the agent decided to delete and recreate the environment"); an AI service that was itself down
  ("ChatGPT was down") does not. Denials: "not AI", "AI was not involved", "denied that its AI tool...".
ai.v2 — an AI that erred in what it said ("an incorrect answer from the AI bot") is no involvement
  in causing the outage (DESIGN §6); AI services taken down, what the agent was asked to do, and plans
  ("new apps will get separate databases") assert nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc

from nlp.findings import Finding, negated
from nlp.causes import _AFTERWARDS, _FUTURE, _REMEDIATION, _advice, _generic, _silent_before, not_about_an_event, strong_causal
from nlp.gazetteer import load_gazetteer
from nlp.lemmas import lemma_of
from nlp.sentences import SentenceInfo


def _ai_mentions(sent: SentenceInfo, weak: bool = False, agent_tools: frozenset[str] = frozenset()) -> list[int]:
    """AI mentions; with `weak`, also "the agent", "the assistant" (the document already spoke of AI).
    A provider's service that is an AI agent or assistant ("GitHub Copilot") counts too."""
    toks = [s for s, _ in sent.hits.get("AI", ())]
    if weak:
        toks += [s for s, _ in sent.hits.get("AI_WEAK", ()) if _refers_back(sent, s)]
    toks += [e.tok for e in sent.ents if e.label == "AI_TOOL"
             or (e.label == "SERVICE" and e.ent_id.split("|")[-1] in agent_tools)
             or (e.label == "PROVIDER" and e.ent_id in agent_tools and _agent_noun_after(sent, e))]
    return sorted(toks)


_AGENT_NOUNS = frozenset(("agent", "agents", "assistant", "assistants", "bot", "bots"))

# ai.v7: "the agent", "her assistant", "that bot" point back at the AI the document spoke of; a bare plural
# ("giving agents shell access", "agent frameworks like X") names the kind of tool, and an indefinite one
# ("do not point an agent at anything") any tool of it, unless the sentence tells what it did
_AGENT_DETERMINERS = frozenset("the this that its his her their my our your 's ’s".split())
_MODIFIERS_BETWEEN = 3  # "the rogue coding agent"


# "its bot management software", "agent frameworks", "the assistant feature": the word modifies the noun after it,
# which names something else
_COMPOUND_HEADS = frozenset("management traffic protection detection mitigation attack attacks net network networks farm farms "
                            "framework frameworks platform platforms builder builders market markets developer developers "
                            "maker makers vendor vendors software feature features account accounts activity defence defense "
                            "filter filters score scores operator operators herders".split())


def _refers_back(sent: SentenceInfo, tok: int) -> bool:
    lower = sent.tokens.lower
    if lower[tok] in _AGENT_DETERMINERS:
        return True  # the hit holds its determiner ("the tool", "the model")
    if tok + 1 < sent.span.end and lower[tok + 1] in _COMPOUND_HEADS:
        return False
    for k in range(tok - 1, max(sent.span.start, tok - _MODIFIERS_BETWEEN) - 1, -1):
        if lower[k] in _AGENT_DETERMINERS:
            return True
        if lower[k] == "such" and k > sent.span.start and lower[k - 1] in ("no", "any"):
            return True  # ai.v28: "No such bot was involved", "any such agent": the one spoken of, denied
        if lower[k] in _HARM_CLAUSE_STOPS or lower[k] in ("a", "an", "any", "every", "each", "some", "no"):
            break
    # an indefinite one is a particular agent when the sentence tells its act ("an assistant she built left the
    # laptop unable to boot")
    return not lower[tok].endswith("s") and (sent.has(*_ACT_FAMILIES) or _ai_did_harm(sent, [tok]))


def _agent_noun_after(sent: SentenceInfo, e) -> bool:
    """A provider that is also an AI agent named as the agent ("An OpenClaw assistant deleted …", "the Cursor
    agent"), not as the company whose service failed ("Cursor's outage")."""
    return e.end_tok < sent.span.end and sent.tokens.lower[e.end_tok] in _AGENT_NOUNS


# ai.v9: "stories about coding agents wrecking things", "headlines about AI outages": the AI is the topic of talk in
# general, no act told; "cancelled the agent's build", "reverted the assistant's change": a person acted on what the AI
# owned (the AI's own act, if any, is told elsewhere)
_TALK_NOUNS = frozenset("stories story reports headlines articles tales posts threads news accounts anecdotes warnings "
                        "complaints talk chatter hype worries fears".split())
_HANDLING_VERBS = frozenset("cancel stop kill halt abort revert undo reject review approve inspect read check pause disable".split())
_TALK_REACH = 4  # tokens from "about" to the AI mention: "stories about coding agents"


def _talked_about(lower: list[str], lo: int, m: int) -> bool:
    for k in range(m - 1, max(lo, m - _TALK_REACH) - 1, -1):
        if lower[k] == "about":
            return k > lo and lower[k - 1] in _TALK_NOUNS
    return False


# ai.v26: verbs and phrases of an attitude towards a thing: "I do not object to AI", "we are not against AI tools", "few
# trust the agent": a view of AI in general, no part of it in the outage
_ATTITUDE_BEFORE = frozenset("object objects objected oppose opposes opposed against mind minds trust trusts distrust "
                             "distrusts fear fears hate hates dislike dislikes like likes love loves welcome welcomes "
                             "embrace embraces".split())


def _held_an_attitude_to(lower: list[str], lo: int, m: int) -> bool:
    """ai.v26 (`_ATTITUDE_BEFORE`): the AI mention is what an attitude is held to, within three words after its verb
    ("object to AI", "against AI tools")."""
    for k in range(m - 1, max(lo, m - 4) - 1, -1):
        if lower[k] in _ATTITUDE_BEFORE:
            # ("looked like the work of an AI agent": a likeness, not a liking)
            return lower[k] not in ("like", "likes") or k == lo or lemma_of(lower[k - 1]) not in ("be", "look", "seem", "sound")
    return False


_USERS_AND_USE = frozenset("customers customer users user subscribers subscriber members clients usage use subscription "
                            "subscriptions licences licenses licence license seats plan plans billing budget budgets "
                            "accounts account".split())


def _names_its_users(sent: SentenceInfo, m: int) -> bool:
    """ai.v31: the AI product named at token m modifies a noun of its users or its use ("GitHub Copilot customers",
    "paid Copilot usage", "their Copilot budgets")."""
    end = next((max(e.end_tok, e.tok + 1) for e in sent.ents if e.tok == m), m + 1)
    return end < sent.span.end and sent.tokens.lower[end] in _USERS_AND_USE


_PARTS_USED = frozenset("dependency dependencies library libraries package packages component components module modules "
                        "service services api apis endpoint endpoints plugin plugins".split())


def _uses_a_part(sent: SentenceInfo, m: int) -> bool:
    """ai.v31: the AI product at token m is the agent of "used by" after a part it depends on ("a newly released
    dependency used by the Copilot code review workflow"): the product uses the part, it does nothing."""
    lower, first = sent.tokens.lower, sent.span.start
    k = m - 1 if m - 1 >= first and lower[m - 1] in ("the", "its", "our", "their") else m
    return k - 3 >= first and lower[k - 1] == "by" and lower[k - 2] in ("used", "consumed", "called") \
        and lower[k - 3] in _PARTS_USED


def _owns_what_others_handled(lower: list[str], lo: int, hi: int, m: int) -> bool:
    """The AI mention is a possessor ("the agent's build") after a verb of handling ("cancelled")."""
    if m + 1 >= hi or lower[m + 1] not in ("'s", "’s"):
        return False
    return any(lemma_of(lower[k]) in _HANDLING_VERBS for k in range(max(lo, m - 3), m))


# ai.v10: "the forum where AI agents post to one another, was taken offline after …": the AI names who uses the service,
# in a relative clause of place that a comma closes; it did nothing told after it
_PLACE_RELATIVES = frozenset("where whose".split())
_PLACE_REACH = 3  # tokens from "where" / "on which" to the AI mention


def _describes_a_place(sent: SentenceInfo, m: int) -> bool:
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    opened = any(lower[k] in _PLACE_RELATIVES or lower[k] == "which" and k > lo and lower[k - 1] in ("on", "in", "at")
                 for k in range(max(lo, m - _PLACE_REACH), m))
    if not opened:
        return False
    close = next((k for k in range(m + 1, hi) if lower[k] in (",", ";", ":", "—")), None)
    acts = [a for f in ("AI_ACTION", "AI_GENERATED", "AI_UNBIDDEN") for a, _e in sent.hits.get(f, ())]
    return close is not None and all(a > close for a in acts)


# ai.v11: "users who installed Claude Code as root", "installing the tool without admin rights": people set the AI
# product up; the mention is the object of their act, not a doer
_SET_UP_VERBS = frozenset("install reinstall uninstall uninstalled download upgrade".split())
_SET_UP_REACH = 3  # tokens from the verb to the mention: "installed Anthropic's Claude Code"
_SET_UP_STOPS = frozenset(", ; : . and but or that which who when after before because".split())


def _set_up_by_people(lower: list[str], lo: int, m: int) -> bool:
    for k in range(m - 1, max(lo, m - _SET_UP_REACH) - 1, -1):
        if lower[k] in _SET_UP_STOPS:
            return False
        if lemma_of(lower[k]) in _SET_UP_VERBS:
            return True
    return False


def _names_an_agent_maker(sent: SentenceInfo, agent_tools: frozenset[str]) -> bool:
    """ai.v9: a sentence that names a company whose product is an AI agent ("A Cursor user says the editor's agent
    deleted …") speaks of that agent in "the agent", "its assistant", even before the document has said "AI"."""
    return any(e.label == "PROVIDER" and e.ent_id in agent_tools for e in sent.ents)


# ai.v25: verbs of giving an answer or writing a thing, right after an AI product ("that ChatGPT had given him")
_GIVING_FORMS = ("given", "gave", "suggested", "recommended", "proposed", "offered", "generated", "produced", "written",
                 "wrote", "drafted")


def _ai_products(sent: SentenceInfo) -> list[int]:
    """A provider's AI product named as a service ("ChatGPT"): usually what went down, so it counts
    only when the sentence denies its part ("ChatGPT was the casualty here, not the cause")."""
    return [e.tok for e in sent.ents if e.label == "SERVICE" and e.ent_id.split("|")[-1].lower() in _ai_tool_names()]


@lru_cache(maxsize=1)
def _ai_tool_names() -> frozenset[str]:
    """Lower-case names and aliases of every AI tool in the gazetteer ("chatgpt", "github copilot")."""
    return frozenset(a.lower() for t in load_gazetteer().ai_tools for a in (t.name, *t.aliases))


_WRITTEN = frozenset("written wrote generated produced authored drafted".split())
_WRITTEN_THINGS = frozenset("code change changes configuration config script patch commit update fix".split())


def _ai_wrote_it(doc: Doc, sent: SentenceInfo, mentions: list[int]) -> bool:
    """"code that an AI assistant had written": a change noun, then the AI, then a writing verb."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    for m in mentions:
        before = any(lower[i] in _WRITTEN_THINGS for i in range(max(sent.span.start, m - 6), m))
        after = any(lower[i] in _WRITTEN for i in range(m + 1, min(sent.span.end, m + 5)))
        if before and after:
            return True
    return False


# (ai.v30: "a configuration change that prevented the Copilot service from reaching its models": the AI kept from working)
_HARM_VERBS = frozenset("take knock bring disrupt hit affect impact break cut block interrupt prevent".split())


_REQUEST_VERBS = frozenset("ask tell instruct prompt direct request want order".split())
_CONTRAST = frozenset("but instead anyway despite although though ignored ignoring disobeyed yet".split())


_DOUBLE_QUOTES = re.compile(r'["“”]')


def _quoted_part(sent: SentenceInfo, tok: int) -> str:
    """The quoted words that hold token `tok`, when they end a spoken sentence or clause ('"…played any part," the
    notice says'); else the whole sentence (no quotation marks, or words quoted as words: 'the words "machine
    learning" in it'): a quote and the narrator's words around it are read apart."""
    text = sent.text
    if '"' not in text and "“" not in text and "”" not in text:
        return text
    at = sent.tokens.idx[tok] - sent.start
    marks = [m.start() for m in _DOUBLE_QUOTES.finditer(text)]
    closing = next((p for p in marks if p > at), None)
    if closing is None or text[closing - 1] not in ",.!?;:":
        return text  # (the token is outside the quotes, or the quote is a name or a phrase)
    # (the opening mark may stand at the end of the sentence before: the splitter leaves it there)
    return text[max((p for p in marks if p < at), default=-1) + 1:closing]


def _only_asked(doc: Doc, sent: SentenceInfo, mentions: list[int]) -> bool:
    """Every AI mention is the object of a request ("asked the agent to ..."), and nothing says it
    went otherwise ("but", "instead", "despite")."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    if any(lower[i] in _CONTRAST for i in range(sent.span.start, sent.span.end)):
        return False
    if _acted_in_a_later_clause(sent, mentions):
        return False  # "had asked the agent to remove duplicates; working from stale state, it removed the live ones"
    if _answer_put_to_use(sent, mentions):
        return False  # ai.v20: "asked a chatbot for the command and pasted its answer into the console": advice followed
    # (ai.v27: not a verb of telling that reports: "Staff were told that an AI tool caused the outage"; ai.v29: nor one in
    # the passive, which has no object: "Nothing we have been told suggests AI tools played any part")
    return all(any(lemma_of(lower[i]) in _REQUEST_VERBS and lower[i + 1] != "that"
                   and (i == sent.span.start or lower[i - 1] not in _PASSIVE_BE) for i in range(max(sent.span.start, m - 3), m))
               or _asked_in_the_passive(lower, m, sent.span.end) for m in mentions)


_PASSIVE_BE = frozenset("was were is are been being".split())


def _asked_in_the_passive(lower: list[str], m: int, hi: int) -> bool:
    """ai.v26: the AI is the subject of a request in the passive ("The AI agent was only asked to list the duplicates"):
    what it was asked to do, as "asked the agent to …" is."""
    for k in range(m + 1, min(hi, m + 3)):  # (right after the AI's name: "the agent that he had asked" is active)
        if lower[k] in _PASSIVE_BE:
            nxt = k + 1 + (lower[k + 1] in ("only", "just", "merely", "simply", "then", "first") if k + 1 < hi else 0)
            return nxt < hi and lemma_of(lower[nxt]) in _REQUEST_VERBS and lower[nxt].endswith("ed") or lower[nxt:nxt + 1] == ["told"]
        if not lower[k].isalpha():
            return False
    return False


_ANSWER_USE_VERBS = frozenset("pasted ran applied copied followed used executed entered typed pushed deployed".split())
_ANSWER_NOUNS = frozenset("answer answers suggestion suggestions output reply response command commands code script fix "
                          "advice instructions".split())


def _answer_put_to_use(sent: SentenceInfo, mentions: list[int]) -> bool:
    """ai.v20: after the AI was asked, a person used what it answered: a use verb, then within a few words "its" (or
    "the") and an answer noun ("pasted its answer into the console", "ran the command it suggested")."""
    lower = sent.tokens.lower
    for j in range(min(mentions) + 1, sent.span.end):
        if lower[j] in _ANSWER_USE_VERBS:
            window = lower[j + 1:min(sent.span.end, j + 5)]
            if any(w in _ANSWER_NOUNS for w in window) and ("its" in window or "the" in window or "it" in window):
                return True
    return False


_MADE_WORSE = re.compile(r"\b(?:made|makes|make)\s+(?:things|matters|it|the\s+(?:problem|outage|trouble))\s+worse\b|\bworsened\b", re.I)
_CLAUSE_OPENERS = frozenset("; :".split())
_AI_PRONOUNS = frozenset("it they".split())


def _acted_in_a_later_clause(sent: SentenceInfo, mentions: list[int]) -> bool:
    """After the request, a clause of its own (opened by ";" or ":") whose pronoun subject then did an
    action: what the AI did, not what it was asked to do."""
    lower = sent.tokens.lower
    actions = sent.hits.get("AI_ACTION", ())
    if not actions:
        return False
    first = min(mentions)
    for b in range(first + 1, sent.span.end):
        # (ai.v26: or ", and" opening a clause of its own: "It had been asked to remove old zones, and it had removed live ones")
        if lower[b] not in _CLAUSE_OPENERS and not (lower[b] == "and" and lower[b - 1] == ","):
            continue
        for a, _e in actions:
            if a > b and any(lower[k] in _AI_PRONOUNS for k in range(b + 1, a)) and lower[a].endswith(("ed", "ran", "wiped", "took")):
                return True
    return False


_SUBJECT_REACH = 4  # tokens from an AI mention to the causal verb it is the subject of ("an AI tool played a part")


def _later_in_the_harmed_object(sent: SentenceInfo, first: int, mention: int, causal: list[int]) -> bool:
    """ai.v30: a later AI mention inside what the harmed AI could not do ("prevented the Copilot service from getting the
    credentials it uses to call its language models"): no causal word, "by" or clause break between them."""
    lower = sent.tokens.lower
    if not first < mention <= first + 20 or any(first < c < mention for c in causal):
        return False
    between = lower[first:mention]
    return "from" in between and not any(w in ("by", ";", ".", "but", "while", "whereas", ",") for w in between)


def _harmed(sent: SentenceInfo, mention: int, harm: list[int], causal: list[int]) -> bool:
    """The AI mention is the object of a harm word shortly before it, with no "by" (agent) and no causal link in
    between ("incidents tied to AI tools", "outages blamed on the agent": the AI is the cause, not the casualty)."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    speech = [s for s, _ in sent.hits.get("SPEECH", ())]
    for h in harm:
        if h < mention <= h + 8 and not any(lower[i] in ("by", "after", "because", "when") for i in range(h, mention)) \
                and not any(h < c < mention or mention < c <= mention + _SUBJECT_REACH for c in causal) \
                and not any(h < s < mention for s in speech):
            # (ai.v7: nor the subject of a causal verb: "the outage in which an AI tool played a part"; ai.v18: nor
            # the start of someone's words: "knowledge of the bank's outage say an AI tool set off the failure")
            return True
    return False


# Nouns of trouble a status update puts before what has it: "issues with", "errors for", "degraded performance in".
_TROUBLE_NOUNS = frozenset("issue issues problem problems error errors trouble troubles failure failures disruption "
                           "disruptions outage outages degradation performance latency delays incident difficulties "
                           "unavailability".split())
# ai.v11: a defect lodged in the AI product's own software ("a bug in the Claude Code installer", "a flaw in the
# extension's updater") is that product breaking, like an outage of it (C8): no AI involvement, whatever the
# defect then did ("... that broke laptops", "... corrupted settings": the bug's acts, not the AI's)
_DEFECT_NOUNS = frozenset("bug bugs flaw flaws defect defects fault faults glitch glitches regression regressions".split())
_DEFECT_PREPOSITIONS = frozenset("in within inside of".split())
_TROUBLE_PREPOSITIONS = frozenset("with for in affecting on of".split())


_TROUBLE_VERB_STEMS = ("experienc", "having", "had ", "has ", "seeing", "saw ", "encounter", "facing", "faced", "suffer")
_TROUBLE_VERBS = frozenset("experience experiences experienced experiencing have has had having see sees saw seeing encounter "
                           "encounters encountered encountering face faces faced facing suffer suffers suffered suffering".split())


_HAVE_FORMS = frozenset("have has had having".split())


def _has_trouble(sent: SentenceInfo, m: int) -> bool:
    """ai.v30: the AI mention at token m is the subject of a verb of undergoing whose object is a noun of trouble
    ("Copilot cloud agent is experiencing intermittent problems", "had been experiencing errors", "the assistant had
    elevated errors"): at most three words of the name and auxiliaries before the verb, two modifiers before the noun;
    and no act of an AI after a clause break that follows ("is having problems: it deleted the database" acted)."""
    lower, hi = sent.tokens.lower, sent.span.end
    for v in range(m + 1, min(hi, m + 7)):
        if lower[v] in _TROUBLE_VERBS and (v + 1 >= hi or lower[v + 1] != "been" and not (
                lower[v] in _HAVE_FORMS and lower[v + 1].endswith(("ed", "en", "wn")))):  # (not "had caused the outage")
            noun = next((n for n in range(v + 1, min(hi, v + 4)) if lower[n] in _TROUBLE_NOUNS), None)
            if noun is None:
                return False
            brk = next((k for k in range(noun + 1, hi) if lower[k] in (";", ":", "—", "–", "but")), hi)
            return not any(brk < a for a, _e in sent.hits.get("AI_ACTION", ()))
        if lower[v] in (",", ";", ":", "which", "that", "who", "and", "but"):
            return False
    return False


_KEEPING_VERBS = frozenset("prevent stop keep block bar".split())
_BE_FORMS = frozenset("is are was were be been being".split())


def _kept_from(sent: SentenceInfo, m: int) -> bool:
    """ai.v31: the AI mention at token m is the object of a verb of keeping from, within three words before it, and
    "from" follows within five ("stopped the Copilot service from fetching tokens"; not "stopped by the agent from")."""
    lower, first, hi = sent.tokens.lower, sent.span.start, sent.span.end
    verb = next((v for v in range(m - 1, max(first, m - 4) - 1, -1) if lemma_of(lower[v]) in _KEEPING_VERBS), None)
    if verb is None or any(lower[k] in ("by", ",", "that", "which") for k in range(verb + 1, m)):
        return False
    return any(lower[k] == "from" for k in range(m + 1, min(hi, m + 6)))


def _acts_only_in_what_failed(sent: SentenceInfo) -> bool:
    """ai.v31: every AI act, change or advice word of the sentence names part of what failed, as a modifier of the noun
    after it: in the subject of a passive outage word ("code completions and next edit suggestions were degraded": the
    outage word within four tokens after the hit, a form of "be" right before it or before an adverb), or in what users
    could not get or what had trouble ("users were unable to receive Next Edit Suggestions", "Disruption with Copilot
    next edit suggestions"): the word names a feature, no act."""
    lower = sent.tokens.lower
    outage = {t for t, _e in sent.hits.get("OUTAGE", ())}
    for fam in ("AI_ACTION", "AI_GENERATED", "AI_ADVICE"):
        for s, e in sent.hits.get(fam, ()):
            if e < sent.span.end and lower[e].isalpha() and lower[e] not in _NOT_HEAD_NOUNS and _wanted_or_troubled(sent, s):
                continue
            t = next((t for t in range(e, min(sent.span.end, e + 5)) if t in outage), None)
            if t is None or not all(lower[k].isalpha() and lower[k] not in ("that", "which", "who") for k in range(e, t)):
                return False
            before = t - 1 if t - 1 >= e and lower[t - 1] not in _BE_FORMS and lower[t - 1].endswith("ly") else t
            # (the noun the hit modifies stands between: not "Files the agent edited were corrupted", an act)
            if not (before - 2 >= e and lower[before - 1] in _BE_FORMS):
                return False
    return True


# words after a hit that show it is no modifier of a noun: a verb's object or a clause follows
_NOT_HEAD_NOUNS = frozenset("the a an its their our his her this that these those which who and or but to from by with "
                            "in on at of for".split())
_USE_VERBS_AFTER_UNABLE = frozenset("receive get use see access load open reach".split())


def _wanted_or_troubled(sent: SentenceInfo, s: int) -> bool:
    """ai.v31: the noun phrase holding token s is what users could not get ("were unable to receive Next Edit
    Suggestions", "could not use Copilot chat") or what had trouble ("Disruption with Copilot next edit suggestions"):
    within four words before s, capitalised or lower-case words of the name only."""
    lower, first = sent.tokens.lower, sent.span.start
    for k in range(s - 1, max(first, s - 5) - 1, -1):
        if lower[k] in _USE_VERBS_AFTER_UNABLE:
            return k - 2 >= first and (lower[k - 1] == "to" and lower[k - 2] in ("unable", "failed")
                                       or lower[k - 1] in ("not", "n't") and lower[k - 2] in ("could", "can", "did", "ca"))
        if lower[k] in _TROUBLE_PREPOSITIONS:
            return k - 1 >= first and lower[k - 1] in _TROUBLE_NOUNS
        if not lower[k].isalpha() or lower[k] in _NOT_HEAD_NOUNS:
            return False
    return False


def _trouble_with(sent: SentenceInfo, m: int) -> bool:
    """The AI mention at token m is the object of a noun of trouble ("issues with Copilot", "errors for Claude
    Code users"), at most two words between the preposition and the mention, one between noun and preposition."""
    lower, first = sent.tokens.lower, sent.span.start
    for p in range(m - 1, max(m - 4, first - 1), -1):
        if lower[p] in _TROUBLE_PREPOSITIONS:
            return any(lower[n] in _TROUBLE_NOUNS for n in range(max(p - 2, first), p))
    return False


_PRODUCT_CHANGE_NOUNS = frozenset("deployment deployments deploy release releases rollout rollouts roll-out update updates upgrade "
                          "upgrades migration".split())


def _the_change_of_the_product(sent: SentenceInfo, m: int) -> bool:
    """ai.v30: the AI mention at token m names the product a change was made to, as a modifier of the change noun within
    four words after it (the product's own capitalised words or a part such as "runtime"), the noun phrase opened by a determiner ("during a Copilot Cloud Agent runtime deployment",
    "the Gemini app update"): the product was changed, it did not act."""
    lower, first, hi = sent.tokens.lower, sent.span.start, sent.span.end
    if not _capitalised(sent, m) or not any(lower[k] in ("a", "an", "the", "its", "our", "their", "this", "that")
                                            for k in range(max(first, m - 2), m)):
        return False  # (a product by its name: not "the model update", "the agent titled as a deployment fix")
    for k in range(m + 1, min(hi, m + 5)):
        if lower[k] in _PRODUCT_CHANGE_NOUNS:
            return True
        if not (_capitalised(sent, k) or lower[k] in _PRODUCT_PART_NOUNS):
            return False
    return False


_PRODUCT_PART_NOUNS = frozenset("runtime app service agent model backend extension plugin client server cli api".split())


def _capitalised(sent: SentenceInfo, k: int) -> bool:
    at = sent.tokens.idx[k] - sent.start
    return sent.text[at:at + 1].isupper()


def _the_product_broke(sent: SentenceInfo, mentions: list[int]) -> bool:
    """Every AI mention is where a defect lay (ai.v11), or (ai.v30) one names the product a change was made to and the
    others that product's parts going down ("a regression introduced during a Copilot agent runtime deployment that
    caused several built-in agent tools to become unavailable")."""
    if sent.has("AI_GENERATED", "AI_ADVICE"):
        return False
    if all(_seat_of_a_defect(sent, m) for m in mentions):
        return True
    changed = [m for m in mentions if _the_change_of_the_product(sent, m)]
    return bool(changed) and all(m in changed or _seat_of_a_defect(sent, m) or _went_down_after(sent, m) for m in mentions)


def _went_down_after(sent: SentenceInfo, m: int) -> bool:
    """ai.v30: an outage word follows the AI mention at token m within five words, no causal word between ("caused several
    built-in agent tools to become unavailable"): the AI went down."""
    causal = [c for c, _ in sent.hits.get("CAUSAL", ())]
    return any(m < t <= m + 5 and not any(m < c < t for c in causal) for t, _ in sent.hits.get("OUTAGE", ()))


def _seat_of_a_defect(sent: SentenceInfo, m: int) -> bool:
    """The AI mention at token m is where a defect lay: "a bug in the Claude Code updater", "a flaw in Copilot's
    installer" (at most two words between the preposition and the mention, one between noun and preposition)."""
    lower, first = sent.tokens.lower, sent.span.start
    for p in range(m - 1, max(m - 4, first - 1), -1):
        if lower[p] in _DEFECT_PREPOSITIONS:
            return any(lower[n] in _DEFECT_NOUNS for n in range(max(p - 2, first), p))
    return False


_BLAME_FORMS = frozenset("blame blamed blames blaming".split())
_BLAME_REACH = 9  # tokens from the verb to the AI: "blamed the morning's outage on its AI tool"


def _blamed(lower: list[str], lo: int, m: int) -> bool:
    """The AI mention at token m is whom a verb of blame points at: "blamed X on [the AI]" (after "on") or
    "blamed [the AI] for X" (the verb's object, no noun of trouble before it)."""
    b = next((k for k in range(m - 1, max(lo, m - _BLAME_REACH) - 1, -1) if lower[k] in _BLAME_FORMS), None)
    if b is None:
        return False
    between = lower[b + 1:m]
    if "on" in between:
        return True
    return not _TROUBLE_NOUNS.intersection(between)


def _is_ai_service_down(sent: SentenceInfo, mentions: list[int]) -> bool:
    """"ChatGPT was down for hours", "Claude and other AI services saw errors": AI is the thing
    affected — an outage word follows the AI mention with no causal word in between."""
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    if sent.may_contain(*_TROUBLE_VERB_STEMS) and all(_has_trouble(sent, m) for m in mentions):
        # ai.v30: "Copilot cloud agent is experiencing intermittent problems with opening pull requests, pushing changes …":
        # the AI is what has the trouble, whatever the acts it could not do
        return True
    if sent.may_contain(" from ") and all(_kept_from(sent, m) for m in mentions):
        # ai.v31: "a configuration change that prevented the Copilot service from obtaining the tokens it needs": the AI
        # was kept from working
        return True
    if sent.has("AI_ACTION", "AI_GENERATED", "AI_ADVICE") and not _acts_only_in_what_failed(sent):
        return False
    if sent.may_contain("blam") and any(_blamed(lower, sent.span.start, m) for m in mentions):
        return False  # ai.v17: "blamed the outage on its AI tool", "blamed its fraud model for the outage": the cause
    if all(_trouble_with(sent, m) for m in mentions):
        return True  # "we are experiencing issues with Copilot agent tasks": the AI product is what has trouble
    outage = [t for t, _ in sent.hits.get("OUTAGE", ())]
    causal = [t for t, _ in sent.hits.get("CAUSAL", ())]
    if not causal:
        return bool(outage)
    harming = [c for c in causal if lemma_of(lower[c]) in _HARM_VERBS]
    harmed = [m for m in mentions if _harmed(sent, m, outage + harming, causal)]
    if harmed and all(m in harmed or _later_in_the_harmed_object(sent, harmed[0], m, causal) for m in mentions):
        return True  # "the outage took down ChatGPT, Claude and other AI services"
    return any(m < t and not any(m < c < t for c in causal) for m in mentions for t in outage)


# "with permission to execute", "which lets it run", "allowed to act on their own": what the AI could do
# ai.v7: a relative clause with a subject of its own ("the assistant that most of you have installed", "an agent
# which he had built and deployed"): its act is done to the AI by people, not by the AI
_RELATIVE_OPENERS = frozenset("that which whom".split())
_PERSONAL_SUBJECTS = frozenset("i you we he she they people users developers engineers customers readers".split())
_RELATIVE_SPAN = 6  # tokens between "that" and the act
_PEOPLE_ANTECEDENTS = frozenset("people users developers engineers customers readers those anyone everyone admins "
                                "administrators owners teams".split())


def _acts_of_others(sent: SentenceInfo) -> bool:
    """Every AI act of the sentence sits in a relative clause whose subject is a person ("that half of you have
    installed"), and the sentence holds no outage word of its own."""
    actions = sent.hits.get("AI_ACTION", ())
    if not actions or sent.has("OUTAGE", "OUTAGE_STRONG", "CAUSAL", "AI_GENERATED"):
        return False
    lower = sent.tokens.lower
    for a, _e in actions:
        opener = next((r for r in range(a - 1, max(sent.span.start, a - _RELATIVE_SPAN) - 1, -1)
                       if lower[r] in _RELATIVE_OPENERS or lower[r] == "who" or lower[r] in _HARM_CLAUSE_STOPS), None)
        if opener is not None and lower[opener] == "who" and opener > sent.span.start and lower[opener - 1] in _PEOPLE_ANTECEDENTS:
            continue  # ai.v11: "only people who had installed the tool as root": the people did it
        if opener is None or lower[opener] not in _RELATIVE_OPENERS:
            return False
        if not any(lower[k] in _PERSONAL_SUBJECTS for k in range(opener + 1, a)):
            return False
    return True


# ai.v19: people as the doers of every act, the AI named only after it ("Engineers rebooted the cluster after the agent
# stopped", "engineers deleted both clusters, after an AI tool flagged them"): the people acted
_HUMAN_DOERS = frozenset("engineers engineer staff technicians technician operators operator administrators administrator admins "
                         "developers developer employees employee workers team teams people someone humans human we he she".split())
_DOER_REACH = 3  # tokens from the doer to its act: "engineers quickly rebooted"


def _people_did_it(sent: SentenceInfo, mentions: list[int]) -> bool:
    """Every AI act of the sentence has a person as its doer a few words before it, and the AI is named after."""
    actions = sent.hits.get("AI_ACTION", ())
    if not actions or sent.has("AI_ADVICE", "AI_GENERATED"):
        return False  # (people acting on what the AI proposed or wrote: its part is told)
    lower, first = sent.tokens.lower, min(mentions)
    return all(a < first and any(lower[k] in _HUMAN_DOERS for k in range(max(sent.span.start, a - _DOER_REACH), a))
               for a, _e in actions)


_PERMISSION_WORDS = frozenset("permission permissions allowed allow allows let lets letting able can could free ability power "
                              "access enabled enables rights authority authorised authorized".split())


# "agents that may propose a destroy but never execute one": what an AI may, should or must do is a rule
# or a possibility, not an act
_UNREAL_MODALS = frozenset("may might should must".split())


def _all_covered(sent: SentenceInfo, actions: list[int], words: frozenset[str]) -> bool:
    """Each action follows one of `words` within three tokens ("can delete"), or "never"/"not", or is
    coordinated with a covered action before it in the same clause ("can delete files and drop tables")."""
    lower = sent.tokens.lower
    previous = None  # the last action, covered (the loop stops at the first one that is not)
    for a in sorted(actions):
        covered = (any(lower[k] in words for k in range(max(sent.span.start, a - 3), a))
                   or a > sent.span.start and lower[a - 1] in ("never", "not"))
        if not covered and previous is not None:
            between = lower[previous + 1:a]
            covered = any(w in ("and", "or") for w in between[-3:]) and not any(w in (",", ";", ":") for w in between)
        if not covered:
            return False
        previous = a
    return True


# ai.v32: an AI that told the people hit to do something ("telling several owners to 'try restarting the lock'") spoke to
# them: the act is theirs to do, the AI's part only words, as a support bot's reply is
_TELLING_VERBS = frozenset("tell tells told telling ask asks asked asking urge urges urged urging instruct instructs "
                           "instructed instructing".split())
# (those who run the systems, told to act, may have done the harm: their act is read elsewhere; a system told to act is
# the AI's own command)
_NOT_THOSE_HIT = frozenset("engineer engineers staff employee employees technician technicians operator operators admin admins "
                           "administrator administrators developer developers team teams colleague colleagues server servers "
                           "system systems database databases cluster clusters service services machine machines network "
                           "networks controller controllers fleet".split())
_OTHER_SUBJECTS = frozenset("; when after before because while i we you he she they someone".split())


def _told_those_hit_to_act(sent: SentenceInfo, mentions: list[int]) -> bool:
    """Every AI act word of the sentence stands after "to" in what an AI mention told the people hit to do."""
    lower, hi = sent.tokens.lower, sent.span.end
    acts = [a for a, _e in sent.hits.get("AI_ACTION", ())]
    if not acts:
        return False
    for m in mentions:
        verb = next((k for k in range(m + 1, min(hi, m + 8)) if lower[k] in _TELLING_VERBS), None)
        if verb is None or not _OTHER_SUBJECTS.isdisjoint(lower[m + 1:verb]):
            continue  # ("the agent planned duplicates; when I asked it to tidy up": a person told the AI)
        to = next((k for k in range(verb + 1, min(hi, verb + 10)) if lower[k] == "to"), None)
        told = [lower[k] for k in range(verb + 1, to or verb + 1)]
        if told and told[0].isalpha() and _NOT_THOSE_HIT.isdisjoint(told) and all(a > to for a in acts):
            return True
    return False


def _only_permitted(sent: SentenceInfo) -> bool:
    """Every action of the AI is the complement of a permission or capability ("was running with
    permission to execute commands", "a mode which lets it run commands on its own"), and nothing in
    the sentence says the harm happened."""
    actions = sent.hits.get("AI_ACTION", ())
    if sent.has("AI_GENERATED") or strong_causal(sent):
        return False
    lower = sent.tokens.lower
    acts = list(actions) + list(sent.hits.get("AI_ADVICE", ()))
    if acts and all(any(lower[k] in _UNREAL_MODALS for k in range(max(sent.span.start, a - 3), a))
                    or a > sent.span.start and lower[a - 1] in ("never", "not") for a, _ in acts):
        return True  # "agents should suggest a deletion and must never carry one out": a rule, harm words and all
    if not actions:
        return False
    if not _all_covered(sent, [a for a, _ in actions], _PERMISSION_WORDS | _UNREAL_MODALS):
        return False
    # harm told in the action's own clause ("was allowed to delete the table, taking the site down") is the act
    first = actions[0][0]
    opens = max((i for i in range(sent.span.start, first) if lower[i] in (",", ";", ":")), default=sent.span.start)
    return not any(opens <= t for f in ("OUTAGE", "OUTAGE_STRONG") for t, _ in sent.hits.get(f, ()))


_SPEECH_PRODUCTS = frozenset("answer answers reply replies response responses message messages email emails explanation".split())


def _only_spoke(sent: SentenceInfo) -> bool:
    """The AI is only the source of words ("the answer came from an AI system", "the reply came from the
    company's AI support bot"): it said something, it did not act on a system."""
    if sent.has("AI_ACTION", "AI_GENERATED", "AI_ADVICE", "OUTAGE", "OUTAGE_STRONG"):
        return False
    return not _SPEECH_PRODUCTS.isdisjoint(sent.tokens.lower[sent.span.start:sent.span.end])


# "had not been using the agent", "never ran the assistant on production": a negated use, not a denial
_USE_VERBS = frozenset("use run try test employ rely deploy install enable need give let allow".split())


_NOT_ALONE = frozenset("alone solely entirely only".split())


def _shares_blame(sent: SentenceInfo, tok: int) -> bool:
    """"would not blame the tool alone", "not solely the agent's fault": neither a denial nor a claim."""
    lower = sent.tokens.lower
    return any(lower[k] in _NOT_ALONE for k in range(tok + 1, min(sent.span.end, tok + 4))) and any(
        lower[k] in ("not", "n't", "never") for k in range(max(sent.span.start, tok - 6), tok))


# ai.v11: the AI as the subject of a negated verb of choosing or acting ("the assistant did not choose to do this",
# "the agent itself never decided to touch the files"): the speaker denies its part. Only verbs of will and agency:
# "the agent did not run the tests" tells an omission of the AI, no denial
_WILL_VERBS = frozenset("choose chose decide decided elect elected act acted cause caused trigger triggered initiate "
                        "initiated".split())
_DO_OBJECTS = frozenset("this that it any anything so".split())
_NEGATED_ACT_REACH = 4  # tokens from the mention to the negation: "the Claude Code model itself did not"


# ai.v19: ... or of an act on anything at all ("the tool only watches and can't restart anything", "the agent did not delete
# anything"): the speaker denies it acted (an object named, "did not run the tests", stays an omission)
# (not "run" or "execute": "the assistant did not run anything itself" narrows an adviser's part, it denies no involvement)
_ACT_VERBS = frozenset("delete deleted wipe wiped remove removed restart restarted reboot rebooted touch touched change changed "
                       "modify modified drop dropped erase erased destroy destroyed alter altered".split())
_ANY_OBJECTS = frozenset("anything any".split())
_NEGATED_ANY_REACH = 10  # "the tool only watches the servers and can't restart anything"


def _subject_of_a_negated_act(sent: SentenceInfo, tok: int) -> bool:
    lower, hi = sent.tokens.lower, sent.span.end
    for k in range(tok + 1, min(hi, tok + _NEGATED_ANY_REACH + 1)):
        if (lower[k] in _HARM_CLAUSE_STOPS and lower[k] != "and") or lower[k] in _RELATIVE_OPENERS or lower[k] == "who":
            break  # ("and": a second predicate of the same subject, "only watches and can't restart anything")
        if lower[k] in ("not", "n't", "never") and k + 2 < hi and lower[k + 1] in _ACT_VERBS and lower[k + 2] in _ANY_OBJECTS:
            return True
    for k in range(tok + 1, min(hi, tok + _NEGATED_ACT_REACH + 1)):
        w = lower[k]
        if w in _HARM_CLAUSE_STOPS or w in _RELATIVE_OPENERS or w == "who":
            return False
        if w in ("not", "n't", "never"):
            j = k + 1
            if j < hi and lower[j] in ("ever", "once", "actually", "really"):
                j += 1
            if j >= hi:
                return False
            if lower[j] in _WILL_VERBS:
                return True
            return lower[j] == "do" and j + 1 < hi and lower[j + 1] in _DO_OBJECTS
    return False


def _denied(doc: Doc, sent: SentenceInfo, tok: int) -> bool:
    """The AI's part is denied: a negation that is not silence ("has not explained why Claude went
    down") and does not govern a verb of using it ("had not been using the agent on anything important")."""
    if sent.may_contain("let alone") and _after_let_alone(sent, tok):
        return True  # ai.v26: "Nothing about it was clever, let alone the work of an AI agent"
    if sent.tokens.lower[sent.span.start] == "nor" and not any(
            w in ("but", "yet", "although", "though") for w in sent.tokens.lower[sent.span.start:tok]):
        return True  # ai.v26: "Nor, on our own reading of the notes, was there room for an AI system anywhere": all negated
    if sent.may_contain("not", "n't", "never") and _subject_of_a_negated_act(sent, tok):
        return True
    if sent.may_contain(" by ") and _doer_of_a_negated_passive(sent, tok):
        return True  # ai.v20: "the faulty rule was not suggested by the bank's AI assistant"
    if sent.may_contain("none", "no ", "nothing") and _source_of_nothing(sent, tok):
        return True  # ai.v25: "None of the changes made that night came from its AI coding tools"
    if not negated(doc, sent, tok):
        return False
    if _silent_before(sent, sent.tokens.idx[tok]):
        return False
    lower = sent.tokens.lower
    lo = max(sent.span.start, tok - 9)
    # ai.v32: the search stops at the clause's start ("Our routing does not use AI, and no AI system played any part":
    # the second clause's own "no" denies, whatever the first said of use)
    lo = next((i + 1 for i in range(tok - 1, lo - 1, -1) if lower[i] in (",", ";", ":")), lo)
    neg = next((i for i in range(tok - 1, lo - 1, -1) if lower[i] in ("not", "n't", "never")), None)
    if _shares_blame(sent, tok):
        return False  # "I would not blame the tool alone": a share of the blame, not none
    # ai.v13: a verb of using in the passive with the AI as its doer ("the grid is not run by an AI system") denies the
    # AI's part, as "no AI runs the grid" does; "had not been running the agent" stays silence about its use
    return neg is None or not any(lemma_of(lower[k]) in _USE_VERBS and "by" not in lower[k + 1:tok] for k in range(neg + 1, tok))


_NEGATIONS_BEFORE_LET_ALONE = frozenset("not n't no nor nothing never nobody none neither without hardly barely".split())


def _after_let_alone(sent: SentenceInfo, tok: int) -> bool:
    """ai.v26: the AI a few words after "let alone", in a sentence whose words before it negate ("Nor is there anything
    sophisticated on the attacking side, let alone artificial intelligence"): the negation reaches it, a fortiori."""
    lower = sent.tokens.lower
    lo = sent.span.start
    for k in range(tok - 1, max(lo, tok - 8), -1):
        if lower[k] == "alone" and lower[k - 1] == "let":
            return any(w in _NEGATIONS_BEFORE_LET_ALONE for w in lower[lo:k - 1])
    return False


# ai.v25: a clause whose subject is "none of …", "no <thing>" or "nothing", with the AI after a preposition of source or
# doing ("came from", "was written by", "made with"): the AI is denied as the source of any of it
_NOTHING_SUBJECTS = frozenset("none nothing no".split())
_SOURCE_PREPOSITIONS = frozenset("from by with using via through".split())
_SUBJECT_CLAUSE_BOUNDS = frozenset(", ; : and but — –".split())


def _source_of_nothing(sent: SentenceInfo, tok: int) -> bool:
    """ai.v25 (`_NOTHING_SUBJECTS`): the clause holding the AI opens on a negative subject, and the AI stands after a
    preposition of source a few words before it ("came from the company's AI coding tools"); not "no one", "nobody"
    (who noticed, not what the AI did)."""
    lower = sent.tokens.lower
    lo = sent.span.start
    k = tok - 1
    prep = None
    while k >= lo and lower[k] not in _SUBJECT_CLAUSE_BOUNDS:
        if prep is None and lower[k] in _SOURCE_PREPOSITIONS and tok - k <= 5:
            prep = k
        k -= 1
    first = k + 1
    if prep is None or lower[first] not in _NOTHING_SUBJECTS or lower[first + 1] in ("one", "longer", "doubt"):
        return False
    return lower[first] != "none" or lower[first + 1] == "of"


def _in_an_aside_on_another(sent: SentenceInfo, m: int) -> bool:
    """ai.v20: the AI is named inside an aside on something else, set off by commas ("The bank, which has spent heavily
    on AI tools, has not said what caused the outage"), and the aside tells no act of it: background."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    opener = next((k for k in range(m - 1, max(lo, m - 15), -1) if lower[k] in _ASIDE_OPENERS and lower[k - 1] == ","),
                  None)
    if opener is None or any(lower[k] in (",", ";", ":") for k in range(opener + 1, m)):
        return False
    if lower[opener - 2] in _AGENT_NOUNS or lower[opener - 2] in _TOOL_NOUNS:
        return False  # "The tool, which is built on an AI model, deleted …": the aside says what the actor is
    if all(lower[k] in _AI_SUBJECT_LEAD for k in range(opener + 1, m)) and m - opener <= 4:
        return False  # "A second commit, which the agent titled as a fix, changed …": the AI acts in the aside
    close = next((k for k in range(m + 1, min(hi, m + 15)) if lower[k] in (",", ";", ":", ".")), None)
    if close is None or lower[close] != ",":
        return False
    if any(lower[k] in ("not", "n't", "never", "no") for k in range(opener, close)):
        return False  # "The signalling, which is not controlled by AI, failed": a denial in the aside
    hits = [a for a, _e in sent.hits.get("AI_ACTION", ())] + [a for a, _e in sent.hits.get("AI_GENERATED", ())]
    return not any(opener < a < close for a in hits) and not any(lower[k] in _DID_HARM for k in range(opener, close))


_ASIDE_OPENERS = frozenset("which who".split())
# words before the AI as the subject of an aside ("which the agent", "who its own AI assistant")
_AI_SUBJECT_LEAD = frozenset("the a an its their our his her this that own coding ai".split())
_TOOL_NOUNS = frozenset("tool tools system systems software program programme model models script scripts engine".split())
_IRREGULAR_PARTICIPLES = frozenset("written made built done run drawn taken given chosen driven thrown begun".split())


def _doer_of_a_negated_passive(sent: SentenceInfo, tok: int) -> bool:
    """ai.v20: the AI is the doer ("by …") of a passive that is negated: "was not suggested by the bank's AI assistant",
    "were never written by an AI tool" deny what the active "no AI suggested it" denies."""
    lower = sent.tokens.lower
    lo = sent.span.start
    for b in range(tok - 1, max(lo, tok - 6) - 1, -1):
        if lower[b] in (",", ";", ":", "and", "but"):
            return False
        if lower[b] == "by":
            k = b - 1
            if k <= lo or not (lower[k].endswith(("ed", "en")) or lower[k] in _IRREGULAR_PARTICIPLES):
                return False
            k -= 1
            if lower[k].endswith("ly") or lower[k] in ("even", "ever"):
                k -= 1  # "was not directly suggested by"
            return k >= lo and lower[k] in ("not", "n't", "never")
    return False


# ai.v19: what an AI may do some day ("could one day cause outages", "might eventually take down")
_SOME_DAY = re.compile(r"\b(?:could|might|may|would|will)\s+(?:one\s+day|some\s?day|eventually|soon|in\s+(?:the\s+)?future)\b"
                       r"|\b(?:one\s+day|some\s?day)\s+(?:could|might|may|would|will)\b", re.I)


# ai.v19: a question put to the speaker and answered no in the same sentence ("Asked whether AI was involved, the bank said
# it was not", "When asked if an agent had made the change, a spokesperson said no")
# (ai.v26: "Asked from the floor whether …", "Asked by reporters whether …"; the answerer up to 160 characters after the
# question's first comma, past an aside inside the question: "whether Sorrel, its AI agent, issued the restart that …")
_ASKED_THEN_NO = re.compile(r"(?:When\s+|Once\s+)?[Aa]sked\s+(?:\w+ly\s+|(?:on|last|this)\s+\w+\s+|again\s+|later\s+|"
                            r"(?:from|by|at|in|during)\s+(?:the\s+|a\s+|an\s+)?[\w-]+\s+)?(?:whether|if)\b[^,;]{3,140},\s+[^.;]{0,160}?\b(?:said|says|"
                            r"replied|replies|answered|answers|insisted|insists|told\s+[\w.]+(?:\s+[\w.]+)?)[:,]?\s+[\"“‘']?"
                            r"(?:that\s+)?(?:[Nn]o\b|(?:it|they|he|she|this|that|one)\s+(?:was|were|had|did|has|is|does|had\s+been)\s*(?:not\b|n['’]t\b))")


def _in_indirect_question(sent: SentenceInfo, tok: int) -> bool:
    """"questions about whether Gemini CLI now checks …": an indirect question asserts and denies nothing; ai.v9: nor
    does a why/how-question after a verb of knowing ("nobody knows for certain why the agent ignored the mode")."""
    lower = sent.tokens.lower
    lo = sent.span.start
    comma = False  # ("Asked why, the agent wrote that it had deleted …": the question ends at the comma)
    for i in range(tok - 1, max(lo, tok - 12) - 1, -1):
        if lower[i] in (";", "but"):
            return False
        if lower[i] in ("whether",):
            return True
        comma = comma or lower[i] == ","
        if lower[i] in _WH_REASON and not comma and _not_known(lower, lo, i):
            return True
    return False


_WH_REASON = frozenset(("why", "how"))
_KNOWING = frozenset("know understand explain say establish determine clear sure certain".split())
_ASKING = frozenset("ask wonder unclear unknown".split())
_NOT_KNOWN_NEGATIONS = frozenset("not n't never nobody no-one none".split()) | {"no"}


def _not_known(lower: list[str], lo: int, wh: int) -> bool:
    """Before the why/how: a question asked ("wondered why", "it is unclear how") or knowing denied ("nobody knows
    for certain why", "has not explained how"); "she explained how the agent deleted it" tells what happened."""
    verbs = [k for k in range(max(lo, wh - 4), wh) if lemma_of(lower[k]) in _KNOWING or lemma_of(lower[k]) in _ASKING]
    if not verbs:
        return False
    if any(lemma_of(lower[k]) in _ASKING for k in verbs):
        return True
    return any(lower[k] in _NOT_KNOWN_NEGATIONS for k in range(max(lo, verbs[0] - 5), verbs[0]))


# ai.v5: the AI named in the sentence before, told again by a pronoun that opens this one ("The agent was asked to
# tidy a folder. It decided the disk was cluttered and wiped it.")
_PRONOUN_OPENERS = frozenset("it they".split())
_AI_REFERENTS = frozenset("agent agents assistant assistants bot bots chatbot chatbots model copilot ai".split())
_SENTENCE_ENDS = frozenset(". ! ?".split())


def _ai_told_by_a_pronoun(sent: SentenceInfo, weak: bool) -> list[int]:
    """The sentence opens on "It"/"They", does an AI act, and a sentence shortly before it speaks of an AI
    system (ai.v7: across sentences that carry the same pronoun or are too short to name anything else —
    "The bot was told to wait. It did not wait. It wiped the inbox.")."""
    lower = sent.tokens.lower
    lo = sent.span.start
    if not weak or lower[lo] not in _PRONOUN_OPENERS or lo == 0 or not sent.has(*_ACT_FAMILIES):
        return []
    return [lo] if _ai_named_shortly_before(lower, lo, lower[lo]) else []


# ai.v8: what an AI did is told by an act verb (AI_ACTION), by an act done unbidden ("posted it by itself",
# "without asking anyone") or by a person it talked into acting ("talked a person into doing it")
_ACT_FAMILIES = ("AI_ACTION", "AI_UNBIDDEN", "AI_PERSUADED")
_LOOK_BACK_SENTENCES = 3  # how many sentences a pronoun may reach back over
_SHORT_SENTENCE = 6  # tokens: "That was the job.", "It did not wait."


def _ai_named_shortly_before(lower: list[str], lo: int, pronoun: str) -> bool:
    names = _ai_tool_names()
    i, end = lo - 1, lo - 1  # end: the last token of the sentence being read
    for _ in range(_LOOK_BACK_SENTENCES):
        carries = False
        while i >= 0:
            w = lower[i]
            if w in _SENTENCE_ENDS and i < end:
                break
            if w in _AI_REFERENTS or w in names:
                return True
            carries = carries or w == pronoun
            i -= 1
        if i < 0 or not (carries or end - i <= _SHORT_SENTENCE):
            return False  # a sentence of its own subject between: the pronoun is likelier to point there
        end = i
        i -= 1
    return False


# ai.v7: an act of destroying told again as a definite noun ("The deletions kept coming.", "The purge went on for an
# hour") shortly after a sentence that told an AI doing it: the same act, so the same claim
_ACT_NOUNS = frozenset("deletion deletions wipe wipes wiping purge purges purging erasure erasures removal removals "
                       "deleting erasing".split())
_ACT_DETERMINERS = frozenset("the these those its their that this".split())
_AI_ACTS_KEY = "ow_ai_acts"  # doc.user_data: indices of the sentences that told an AI agent's act


def _act_told_again(doc: Doc, sent: SentenceInfo) -> int | None:
    """The token of the act noun when the sentence opens on "the deletions" and an AI act was told in one of
    the few sentences before."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    if lower[lo] not in _ACT_DETERMINERS or lo + 1 >= hi or lower[lo + 1] not in _ACT_NOUNS:
        return None
    acts = doc.user_data.get(_AI_ACTS_KEY)
    if not acts or not any(0 < sent.index - a <= _LOOK_BACK_SENTENCES for a in acts):
        return None
    return lo + 1


def _remember_act(doc: Doc, sent: SentenceInfo, finding: Finding) -> Finding:
    if finding.polarity == "asserts" and finding.role == "agent_action":
        doc.user_data.setdefault(_AI_ACTS_KEY, []).append(sent.index)
    return finding


# ai.v5: an AI as the subject of a verb that did harm ("an agent he had built left the desktop unable to boot",
# "the bot bricked the router"): the act that caused the outage, told by its result
_DID_HARM = frozenset("crashed froze broke bricked disabled corrupted wrecked trashed "
                      # ai.v17: a load the AI put on a site ("an AI crawler overwhelmed the shop's servers")
                      "overwhelmed overloaded swamped flooded hammered".split())
_LEFT_IT = frozenset("left rendered made knocked took brought".split())
_RESULTS = frozenset("unable unusable unbootable offline down broken inoperable dead useless inaccessible unreachable "
                     "unresponsive out".split())
_HARM_CLAUSE_STOPS = frozenset("; : but and , after before when because".split())


def _ai_did_harm(sent: SentenceInfo, mentions: list[int]) -> bool:
    lower = sent.tokens.lower
    hi = sent.span.end
    for m in mentions:
        j = m + 1
        while j < min(hi, m + 10):
            w = lower[j]
            if w == "," and j + 1 < hi and lower[j + 1] in ("which", "who"):
                # past an aside on the AI ("Kelpmoor's fare engine, which sets our fares, published …")
                close = next((k for k in range(j + 2, min(hi, j + 14)) if lower[k] == ","), None)
                if close is None:
                    break
                m, j = close, close + 1
                continue
            if w in _HARM_CLAUSE_STOPS:
                break
            if w in _DID_HARM:
                return True
            if w in _LEFT_IT and any(lower[k] in _RESULTS for k in range(j + 1, min(hi, j + 7))):
                return True
            if w in _PRODUCED and _unreadable_after(lower, j + 1, hi):
                return True
            j += 1
    return False


# ai.v18: an AI that put out something another system could not use ("an AI fare engine published a fare table the
# booking system could not read"): its output did the harm
_PRODUCED = frozenset("published produced generated pushed sent issued emitted output created wrote uploaded".split())
_USE_OF_OUTPUT = frozenset("read parse process handle load accept understand digest interpret ingest".split())


def _unreadable_after(lower: list[str], k: int, hi: int) -> bool:
    """Within the clause after a verb of producing: "could not / couldn't / cannot / was unable to" + a verb of
    reading or handling."""
    for i in range(k, min(hi, k + 12)):
        if lower[i] in (";", ":", "but", "after", "because", "when"):
            return False
        if lower[i] in _USE_OF_OUTPUT and i >= 2 and (
                lower[i - 1] in ("not", "n't", "cannot") or lower[i - 1] == "to" and lower[i - 2] == "unable"):
            return True
    return False


# ai.v8: an AI that took a credential and used it ("used an API token it had found", "grabbed the admin key"): the
# misuse is the act, whatever the token was then used for
_CREDENTIALS = frozenset("token tokens credential credentials key keys password passwords secret secrets".split())
_TAKING = frozenset("use take grab find borrow reuse steal pick pull copy lift".split())
_CREDENTIAL_REACH = 5  # tokens from the verb to the credential: "used a Railway API token"


# ai.v9: attackers who took an AI product's credentials ("hackers used stolen chatbot tokens") acted; the product was
# what they stole from (C15: a victim, no AI act)
_INTRUDERS = frozenset("attacker attackers hacker hackers intruder intruders criminal criminals thief thieves gang "
                       "group actor actors adversary adversaries".split())


def _used_a_credential(sent: SentenceInfo) -> bool:
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    for i in range(lo, hi):
        if lower[i] in _CREDENTIALS:
            taking = [k for k in range(max(lo, i - _CREDENTIAL_REACH), i) if lemma_of(lower[k]) in _TAKING]
            if taking and not _taken_by_intruders(lower, lo, taking[0]):
                return True
    return False


def _taken_by_intruders(lower: list[str], lo: int, verb: int) -> bool:
    """Reading back from the verb of taking, an intruder comes before any AI pronoun or clause break."""
    for k in range(verb - 1, max(lo, verb - 6) - 1, -1):
        if lower[k] in _INTRUDERS:
            return True
        if lower[k] in _AI_SELF or lower[k] in _HARM_CLAUSE_STOPS:
            return False
    return False


# ai.v10: software an AI wrote, tied to the failure ("holes left in code that the AI editor generated and that nobody
# reviewed", "the assistant that generated the site left that setting off", "a pull request written by Copilot and
# merged without review"). The tie is a defect, a lack of review, a cause or a destructive act in the sentence: a
# founder's boast that an AI wrote all of the app is background (C15), whatever else the sentence tells.
# (not "code", "coding": "Claude Code", "an AI coding agent" name the tool, not its writing)
_AUTHORING = frozenset("write wrote written writes writing generate generated generates generating produce produced "
                       "produces producing build built builds building create created creates creating coded "
                       "author authored drafted".split())
_AUTHOR_REACH = 4  # tokens from the AI to its writing verb ("an AI editor had written") or back ("built by an AI")
_PASSIVE_MARKS = frozenset("by with using".split())  # "produced by the assistant", "built with an AI app builder"
_FLAWS = frozenset("hole holes flaw flaws bug bugs buggy vulnerability vulnerabilities vulnerable weakness weaknesses gap "
                   "gaps insecure unprotected unsecured unlocked exposed open faulty flawed broken defect defects defective "
                   "mistake mistakes erroneous misconfigured unreviewed untested unchecked unvetted "
                   # ai.v26: "drafted by an AI coding assistant, wrote the wrong processing date into the file"
                   "wrong incorrect invalid malformed corrupt corrupted".split())
_LEFT_STATES = frozenset("off open exposed unprotected unlocked unset".split())
_REVIEWING = frozenset("review reviewed reviewing checked checking check read tested testing test audited auditing vetted "
                       "verified verifying inspected inspecting".split())
_NOBODY = frozenset("nobody no without never not n't unreviewed".split()) | {"no-one"}
_BOASTS = frozenset("boast boasted boasting boasts brag bragged bragging proud pride proudly".split())


def _authored_by_ai(sent: SentenceInfo, mentions: list[int]) -> bool:
    """An AI is the author: the subject of a writing verb shortly after it ("the AI editor generated", "an AI
    assistant had written") or its agent after a passive one ("produced by the assistant", "built with an AI tool")."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    for m in mentions:
        if lower[m] == "vibe":
            return True  # "vibe-coded", "vibe coding": writing software by prompting an AI
        for j in range(m + 1, min(hi, m + _AUTHOR_REACH + 1)):
            if lower[j] in _AUTHORING:
                return True
            if lower[j] in _HARM_CLAUSE_STOPS:
                break
        for j in range(m - 1, max(lo, m - _AUTHOR_REACH - 2) - 1, -1):
            if lower[j] in _PASSIVE_MARKS:
                if any(lower[k] in _AUTHORING for k in range(max(lo, j - 3), j)):
                    return True
            elif lower[j] in _HARM_CLAUSE_STOPS:
                break
    return False


def _tied_to_a_flaw(sent: SentenceInfo) -> bool:
    """A defect ("holes", "with the doors open"), a state left wrong ("left that setting off") or a lack of review
    ("nobody reviewed", "without a person checking them") in the sentence."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    for i in range(lo, hi):
        w = lower[i]
        if w in _FLAWS and not (w == "open" and i + 1 < hi and lower[i + 1] in ("-", "source")):
            return True
        if w == "left" and any(lower[k] in _LEFT_STATES for k in range(i + 1, min(hi, i + 7))):
            return True
        if w in _NOBODY and any(lower[k] in _REVIEWING for k in range(i + 1, min(hi, i + 5))):
            return True
    return False


def _ai_authorship(sent: SentenceInfo, mentions: list[int]) -> str | None:
    """"flawed": the AI wrote what failed (a defect, no review or a destructive act in the sentence); "caused": its
    writing stands beside a causal word ("the crash was traced to code Copilot wrote"), for the usual causal checks;
    "background": the AI is only told as an author (a boast, a way of building); None: no AI authorship."""
    words = sent.tokens.lower[sent.span.start:sent.span.end]
    if _AUTHORING.isdisjoint(words) and "vibe" not in words or not _authored_by_ai(sent, mentions):
        return None
    if _tied_to_a_flaw(sent) or sent.has("AI_ACTION"):
        return "flawed"
    if _BOASTS.isdisjoint(words) and _the_change_told(sent):
        return "flawed"  # ai.v15: "the change had been drafted with an AI coding assistant": the change the report is about
    return "caused" if _BOASTS.isdisjoint(words) and strong_causal(sent) else "background"


# ai.v15: a change named with a definite article or a demonstrative ("the change", "that update", "the bad line") is
# the one the report tells of; "a change", "changes", "the app" are not
_CHANGE_NOUNS = frozenset("change changes update patch migration commit line lines fix script rule configuration config "
                          "query edit misconfiguration".split())
_DEFINITE = frozenset("the that this".split())
_CHANGE_FLAWS = _FLAWS | {"bad", "offending"}  # "the bad line", "the offending update"


def _the_change_told(sent: SentenceInfo) -> bool:
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    for i in range(lo + 1, hi):
        if lower[i] in _CHANGE_NOUNS and (lower[i - 1] in _DEFINITE or (
                i - 2 >= lo and lower[i - 2] in _DEFINITE and lower[i - 1] in _CHANGE_FLAWS) or _named_change(lower, lo, i)):
            return True
    return False


def _named_change(lower: list[str], lo: int, i: int) -> bool:
    """ai.v17: "The load balancer change", "the DNS configuration change": a definite article, then words that name
    what the change was to (nouns and adjectives, no verb or preposition), then the change noun."""
    for k in range(i - 2, max(lo, i - 4) - 1, -1):
        if lower[k] in _DEFINITE:
            return all(w.replace("-", "").isalnum() and w not in _NOT_MODIFIERS for w in lower[k + 1:i])
    return False


_NOT_MODIFIERS = frozenset("of to by for and or was were is are be been a an its their our his her in on at with".split())


_AI_AUTHORED_KEY = "ow_ai_authored"  # doc.user_data: index of the last sentence that told an AI as the author
_SOFTWARE_NOUNS = frozenset("code app apps software site website program backend database script scripts".split())
_BACK_DETERMINERS = frozenset("that this the its their his her".split())
_TIE_BACK_SENTENCES = 2


def _code_told_again_with_a_flaw(doc: Doc, sent: SentenceInfo) -> bool:
    """The sentence opens on "That code", "The app", "Its software" shortly after one that told an AI as its author,
    and ties it to a flaw ("left the user database readable by anyone", "shipped with holes")."""
    lower = sent.tokens.lower
    lo = sent.span.start
    if lo + 1 >= sent.span.end or lower[lo] not in _BACK_DETERMINERS or lower[lo + 1] not in _SOFTWARE_NOUNS:
        return False
    if not 0 < sent.index - doc.user_data[_AI_AUTHORED_KEY] <= _TIE_BACK_SENTENCES:
        return False
    return (_tied_to_a_flaw(sent) or sent.has("CAUSE_config_change", "CAUSE_software_bug")) and not sent.text.rstrip().endswith("?")


def _tool_as_author(sent: SentenceInfo, agent_tools: frozenset[str]) -> list[int]:
    """A company whose product is an AI agent named as the author ("the backend was built by Cursor", "Claude
    Code wrote the migration"): that product, not the company."""
    tools = [e.tok for e in sent.ents if e.label in ("PROVIDER", "SERVICE") and e.ent_id.split("|")[-1] in agent_tools]
    return [t for t in tools if _authored_by_ai(sent, [t])]


_UNREAL = frozenset("can could may might should must would will shall 'll ’ll".split())


def _unbidden_act(sent: SentenceInfo, mentions: list[int]) -> bool:
    """An AI_UNBIDDEN hit ("by itself", "without approval") told as what happened, not as what an AI may or
    should do ("agents must never deploy without approval")."""
    hits = sent.hits.get("AI_UNBIDDEN")
    if not hits:
        return False
    lower = sent.tokens.lower
    first = hits[0][0]
    if any(lower[k] in _UNREAL or lower[k] in ("never", "not", "n't") for k in range(sent.span.start, first)):
        return False
    return any(_ai_is_the_doer(sent, mentions, s, e) for s, e in hits)


_PEOPLE = frozenset("engineer engineers employee employees staff staffer operator operators technician technicians developer "
                    "developers administrator administrators admin admins user users person people someone somebody human "
                    "humans team we he she i".split())
_AI_SELF = frozenset("it itself its".split())


def _ai_is_the_doer(sent: SentenceInfo, mentions: list[int], start: int, end: int) -> bool:
    """Reading back from the marker, an AI (or "it") comes before any person: "engineers applied it without
    review" tells what people did, "a reply the agent had posted without approval" what the AI did. A marker
    that opens the sentence ("Without being asked, the agent ...") reads forward to its subject."""
    lower = sent.tokens.lower
    for k in range(start - 1, sent.span.start - 1, -1):
        if k in mentions or lower[k] in _AI_SELF:
            return True
        if lower[k] in _PEOPLE:
            return False
    if start - sent.span.start > 1:
        return False
    for k in range(end, sent.span.end):
        if k in mentions:
            return True
        if lower[k] in _PEOPLE:
            return False
    return False


# ai.v8: a speaker who allows the AI only words ("the agent did nothing except reply to a question", "only answered a
# question", "took no technical action beyond answering") denies it acted: a denial of its part in the harm
_ONLY = frozenset("only merely just simply".split())
_WORDS_ONLY = frozenset("answer answered answering reply replied replying respond responded responding suggest suggested "
                        "suggesting advise advised advising comment commented say said offer offered give gave".split())
_NOTHING = frozenset("nothing no".split())
_SAVE = frozenset("except beyond besides but other".split())
_MINIMISED_REACH = 8  # tokens from the AI mention to "only" or "nothing ... except"


def _allowed_only_words(sent: SentenceInfo, mentions: list[int]) -> int | None:
    """The token of "only"/"nothing" when a clause whose subject is the AI grants it words and no act."""
    lower = sent.tokens.lower
    hi = sent.span.end
    for m in mentions:
        for j in range(m + 1, min(hi, m + _MINIMISED_REACH)):
            w = lower[j]
            if w in _HARM_CLAUSE_STOPS and w != "and":
                break
            if w in _ONLY and j + 1 < hi and lower[j + 1] in _WORDS_ONLY:
                return j
            if w in _NOTHING and any(lower[k] in _SAVE for k in range(j + 1, min(hi, j + 5))) \
                    and any(lower[k] in _WORDS_ONLY for k in range(j + 2, min(hi, j + 8))):
                return j
    return None


# the AI mention, a few words of its own phrase, then its involvement ("an AI agent used by its engineers had been involved")
_INVOLVED_AFTER = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,6}?\s+(?:was|were|had\s+been|has\s+been|have\s+been|is|are)\s+"
                             r"(?:directly\s+|partly\s+|also\s+|somehow\s+)?involved\b(?!\s+in\s+(?:the\s+)?(?:recovery|response|fix|"
                             r"investigation|clean-?up|restor))"
                             r"|[\w'’-]+(?:\s+[\w'’-]+){0,6}?\s+(?:played|had)\s+(?:a|some|an?\s+\w+)\s+(?:part|role|hand)\b"
                             r"(?!\s+in\s+(?:the\s+)?(?:recovery|response|fix|investigation|clean-?up|restor))", re.I)
# ai.v23: the AI named as what "it was" — the verdict on the outage — with nothing said of it after ('"It was the AI,"
# was the verdict of many posts', "customers are sure it was the chatbot"): its part asserted, the act untold
_IT_WAS_BEFORE = re.compile(r"\b(?:it|this|that)\s*(?:was|is|['’]s)\s+(?:all\s+|just\s+|obviously\s+|clearly\s+)?"
                            r"(?:the\s+|an?\s+|their\s+|its\s+)?(?:[\w-]+\s+)?$", re.I)
_NOTHING_AFTER = re.compile(r"(?:\s+[\w-]+){0,2}?\s*(?:[,.!?;:\"”’')—–]|$|\s+(?:again|all\s+along)\b)")
_AI_RAISED_KEY = "ow_ai_raised"  # doc.user_data: index of the last sentence that asserted or asked about AI involvement
# ai.v15: a sentence that opens by denying what the sentence before raised about AI ("A theory holds that an AI tool
# pushed the change. There is no evidence of that", "… asked whether an AI coding tool produced the faulty change. It did
# not: …", "Was AI to blame? Nothing anyone has published points that way")
_DENIED_BACK = re.compile(
    # (ai.v19: after a transcript's answer mark and a "No", "A: No, it was not.", "WITNESS: No. It did not.")
    r"(?:(?:A|Answer|[A-Z][A-Z]+)\s*[:.]\s*)?(?:No\s*[,.;]\s*)?"
    # (ai.v17: an adjective before the noun, "no public evidence for that", "no hard proof of it")
    r"(?:there\s+(?:is|was|has\s+been|'s)\s+(?:no|little)\s+(?:[a-z]+\s+)?(?:evidence|sign|indication|proof|suggestion|basis)"
    r"(?:\s+(?:of|for)\s+(?:that|this|it)\b|\s+(?:that|to\s+support)\b|\s*[.,;:!—–])"
    r"|(?:it|they|that|this)\s+(?:did|does|was|is|were|had)(?:\s+not|n't)\s*[.,;:!—–]"
    r"|nothing\b[^.?!]{0,80}\bpoints?\s+(?:that\s+way|to\s+(?:that|this|it))\b"
    # ai.v23: "Nothing Microsoft has published supports that", "Nothing published suggests so"
    r"|nothing\b[^.?!]{0,80}?\b(?:supports?|suggests?|shows?|indicates?|backs?\s+up|bears?\s+out|confirms?)\s+(?:that|this|it|so)\b)",
    re.I)
# ai.v23: a bare "No." answering the question on AI: the next sentence may say what it denies ("No. There is no sign of it")
_BARE_NO = re.compile(r"(?:(?:A|Answer|[A-Z][A-Z]+)\s*[:.]\s*)?(?:No|Nope|Not at all)\s*[.!]?\s*$")
# (a retraction, "That is not true", "this was not the case", is read by extract's refutations, which turn the claim
# before it round; a bare "No." answering a question is left to the sentence that says what it denies)


def ai_finding(doc: Doc, sent: SentenceInfo, agent_tools: frozenset[str], weak: bool = False) -> Finding | None:
    """The sentence's AI claim (an assertion or a denial of AI involvement), or None."""
    found = _ai_finding(doc, sent, agent_tools, weak)
    raised = doc.user_data.get(_AI_RAISED_KEY)
    if found is None and raised is not None and sent.index - raised == 1:
        m = _DENIED_BACK.match(sent.text)
        if m is not None:
            end = sent.text.find(".", m.end())
            found = Finding("ai", False, "denies", sent.span.start, sent.start,
                            sent.start + (end if end >= 0 else len(sent.text.rstrip())))
    asks = found is None and _asks_about_ai(sent)
    if asks and sent.may_contain("whether"):
        # ai.v18: the question answered in its own sentence ("Some of you have asked whether artificial intelligence
        # played a part, and the answer is no", "… asked whether an agent was involved; it was not")
        answer = _ANSWERED_NO.search(sent.text, sent.text.lower().find("whether"))
        if answer is not None:
            return Finding("ai", False, "denies", sent.span.start, sent.start, sent.end)
    if found is not None and found.normalized is True or asks \
            or found is None and raised is not None and sent.index - raised == 1 and _BARE_NO.match(sent.text):
        doc.user_data[_AI_RAISED_KEY] = sent.index
    return found


_ANSWERED_NO = re.compile(r"[,;:—–]\s*(?:and\s+|but\s+)?(?:the\s+(?:\w+\s+)?answer\s+(?:is|was)\s*:?\s*(?:a\s+\w+\s+)?no\b"
                          r"|(?:it|they|that|one)\s+(?:did|was|were|had|is)(?:\s+not|n't)\s*[.,;:!—–]"
                          # ai.v19: someone's reply ("; a maintainer replied that it had not")
                          r"|(?:[\w'’-]+\s+){1,4}?(?:replied|replies|said|says|answered|answers|responded|responds|insisted|"
                          r"confirmed|wrote)\s+(?:that\s+)?(?:it|they|that|one|he|she)\s+(?:did|was|were|had|is|has)(?:\s+not|n't)\b)", re.I)


def _named_as_what_it_was(sent: SentenceInfo, mentions: list[int]) -> bool:
    """ai.v23 (`_IT_WAS_BEFORE`): "It was the AI," — the AI is what "it" was, and nothing is said of it after."""
    if not sent.may_contain("it was", "it is", "it's", "it’s", "this was", "that was"):
        return False
    idx, length, text = sent.tokens.idx, sent.tokens.length, sent.text
    # (a named tool or an AI word, not "the tool" or "the model", which may be anything: "it was the tool used")
    strong = {s for s, _ in sent.hits.get("AI", ())} | {e.tok for e in sent.ents if e.label == "AI_TOOL"}
    for m in mentions:
        if m not in strong:
            continue
        at = idx[m] - sent.start
        if _IT_WAS_BEFORE.search(text, max(0, at - 40), at) and _NOTHING_AFTER.match(text, at + length[m]):
            return True
    return False


def _asks_about_ai(sent: SentenceInfo) -> bool:
    """"Was AI to blame?", "readers have asked whether an AI coding tool produced the change": a question on AI."""
    if not (sent.has("AI") or any(e.label == "AI_TOOL" for e in sent.ents)):
        return False
    return sent.text.rstrip().endswith("?") or sent.may_contain("whether")


def _ai_finding(doc: Doc, sent: SentenceInfo, agent_tools: frozenset[str], weak: bool = False) -> Finding | None:
    lower = sent.tokens.lower  # lower-case forms by token: no spaCy Token objects
    if not sent.ents and not sent.has("AI", "AI_WEAK"):
        mentions = _ai_told_by_a_pronoun(sent, weak)
        if not mentions and _AI_AUTHORED_KEY in doc.user_data and _code_told_again_with_a_flaw(doc, sent):
            # ai.v10: "The founder boasted that an AI wrote every line. That code left the database open to anyone."
            return Finding("ai", True, "asserts", sent.span.start + 1, sent.start, sent.end, role="ai_generated_change")
        if not mentions:
            act = _act_told_again(doc, sent) if weak else None
            if act is not None and not _advice(sent) and not _generic(sent) and not sent.text.rstrip().endswith("?"):
                return Finding("ai", True, "asserts", act, sent.start, sent.end, role="agent_action")
            return None  # no AI phrase and no name: no mention below could be found
    else:
        weak = weak or _names_an_agent_maker(sent, agent_tools)
        mentions = _ai_mentions(sent, weak, agent_tools) or _ai_told_by_a_pronoun(sent, weak)
        if not mentions and sent.ents and not _AUTHORING.isdisjoint(lower[sent.span.start:sent.span.end]):
            mentions = _tool_as_author(sent, agent_tools)
    products = [t for t in _ai_products(sent) if t not in mentions]
    if products and any(_denied(doc, sent, t) for t in products):
        mentions = sorted(mentions + products)
    elif products and sent.may_contain(*_GIVING_FORMS):
        # ai.v25: an AI product whose answer a person used ("ran a command that ChatGPT had given him", "a fix Gemini
        # suggested"): the product as an adviser, not a service that went down
        advised = [t for t in products if any(w in _GIVING_FORMS for w in lower[t + 1:min(sent.span.end, t + 4)])]
        mentions = sorted(mentions + advised)
    asked_no = sent.may_contain("asked") and _ASKED_THEN_NO.match(sent.text) is not None
    if mentions and sent.may_contain("whether", "why", "how") and not asked_no:
        mentions = [m for m in mentions if not _in_indirect_question(sent, m)]
    if mentions and sent.may_contain("where", "which", "whose"):
        mentions = [m for m in mentions if not _describes_a_place(sent, m)]
    if mentions and sent.may_contain("if ", "had ") and not asked_no:
        mentions = [m for m in mentions if not _counterfactual(sent, m)]
    if mentions and sent.may_contain(", which", ", who"):
        mentions = [m for m in mentions if not _in_an_aside_on_another(sent, m)]
    if mentions and sent.may_contain("about"):
        mentions = [m for m in mentions if not _talked_about(lower, sent.span.start, m)]
    mentions = [m for m in mentions if not _held_an_attitude_to(lower, sent.span.start, m)]
    # ai.v31: "some GitHub Copilot customers … remained blocked", "paid Copilot usage": the product names whose users or
    # whose use, no actor
    mentions = [m for m in mentions if not _names_its_users(sent, m) and not _uses_a_part(sent, m)]
    if mentions and sent.may_contain("'s", "’s"):
        mentions = [m for m in mentions if not _owns_what_others_handled(lower, sent.span.start, sent.span.end, m)]
    if mentions and sent.may_contain("install", "reinstall", "uninstall", "download", "upgrad"):
        mentions = [m for m in mentions if not _set_up_by_people(lower, sent.span.start, m)]
    if not mentions or sent.text.rstrip().endswith("?"):
        return None
    if _advice(sent):
        return None  # ai.v7: "do not point an agent at anything you cannot lose": advice to readers, no act
    if _REMEDIATION.search(sent.text) or _AFTERWARDS.search(sent.text) or _FUTURE.search(_quoted_part(sent, mentions[0])):
        # "from today, replies written with AI will be labelled": what changes afterwards (ai.v29: in the stretch of the
        # sentence the AI stands in, between quotation marks: not '"…no AI tools played any part," it says, "and
        # recovery will take weeks"')
        return None
    if _SOME_DAY.search(sent.text):
        return None  # ai.v19: "AI agents could one day cause outages like this": a warning, no act
    tok = mentions[0]
    minimised = _allowed_only_words(sent, mentions) if sent.may_contain(*_ONLY, *_NOTHING) else None
    if minimised is not None:
        return Finding("ai", False, "denies", tok, sent.start, sent.end)  # "the agent only answered a question"
    if not asked_no and _only_asked(doc, sent, mentions):
        return None  # "He had asked the agent to clear out a cache": what it was asked to do
    if all(_silent_before(sent, sent.tokens.idx[t]) for t in mentions):
        return None  # ai.v5: "the lab has not said what happened to its assistant": silence asserts nothing
    is_denied = asked_no or any(_denied(doc, sent, t) for t in mentions)
    if not is_denied and _the_product_broke(sent, mentions):
        # ai.v11: "a bug in the Copilot updater corrupted settings": the product broke, it did not act (ai.v30: nor did the
        # product that was changed, "a regression introduced during a Copilot agent runtime deployment")
        return None
    if not is_denied and any(_shares_blame(sent, t) for t in mentions):
        return None  # a share of the blame: the speaker weighs it, neither asserting nor denying
    # "user error, not AI" — a bare denial needs no causal words.
    harm_done = not is_denied and not sent.has("AI_ACTION") and _ai_did_harm(sent, mentions)
    # ai.v8: an act done unbidden, a credential taken, a person talked into acting
    persuaded = not is_denied and (sent.has("AI_PERSUADED") or _answer_put_to_use(sent, mentions))
    unbidden = not is_denied and (_unbidden_act(sent, mentions) or sent.may_contain(*_CREDENTIALS) and _used_a_credential(sent))
    harm_done = harm_done or unbidden
    authorship = None if is_denied else _ai_authorship(sent, mentions)
    if authorship == "background" and not (harm_done or persuaded):
        doc.user_data[_AI_AUTHORED_KEY] = sent.index
        return None  # ai.v10: "he boasted that an AI wrote all of it": how the app was made, not what failed
    harm_done = harm_done or authorship == "flawed"
    # ai.v24: "the capacity had been set by the firm's new AI forecasting model": the AI did the change, in the passive
    harm_done = harm_done or not is_denied and " by " in sent.lower and _changed_by_the_ai(sent, mentions)
    # ai.v20: "drafted by Ledgerly Assist, the bank's in-house AI assistant": the AI, named in apposition, wrote it
    by_the_ai = not is_denied and " by " in sent.lower and _authored_by_the_ai_named(sent, mentions)
    # ai.v16: "an AI tool was involved", "an AI agent used by its engineers had been involved", "AI played a part":
    # involvement asserted of the AI is its part in the outage the text is about (what it did is not told: role "other")
    involved = not is_denied and not harm_done and sent.may_contain("involved", "part", "role", "hand") \
        and _INVOLVED_AFTER.match(sent.text, sent.tokens.idx[mentions[0]] - sent.start) is not None
    involved = involved or not is_denied and not harm_done and _named_as_what_it_was(sent, mentions)
    if not is_denied and not harm_done and not persuaded and not by_the_ai and _is_ai_service_down(sent, mentions):
        return None  # (an AI that left something else unable to work was not itself down)
    if not is_denied and not (strong_causal(sent) or harm_done or persuaded or involved or by_the_ai
                              or sent.has("AI_ACTION", "AI_GENERATED", "AI_ADVICE", "AI_MISTAKE")):
        return None  # "when he asked, the agent admitted the loss": a time, not a link to the harm
    if not is_denied and not harm_done and _acts_of_others(sent):
        return None  # ai.v7: "the agent that half of you have installed": people acted on the AI, it did nothing
    if not is_denied and not unbidden and _people_did_it(sent, mentions):
        return None
    if not is_denied and not harm_done and not persuaded and _told_those_hit_to_act(sent, mentions):
        return None  # ai.v32: 'the app's chat assistant … telling owners to "try restarting the lock"': support, no act
    if not is_denied and (not_about_an_event(sent) or _generic(sent) or _only_permitted(sent)
                          or not (unbidden or persuaded) and _only_spoke(sent)):
        # how such tools behave, what the agent was allowed to do, or words it produced: no act that
        # caused the outage ("agents that can act on their own", "an assistant that advises is a
        # different risk", "the reply came from an AI support bot")
        return None
    if not is_denied and not involved and not by_the_ai and not sent.has("CAUSAL", "OUTAGE", "CAUSE_config_change", "CAUSE_deployment", "CAUSE_human_error", "AI_GENERATED", "AI_MISTAKE"):
        # an AI tool "deleting" things with no link to the outage in this sentence is weak but still
        # the usual way press reports it; require an action verb then.
        if not sent.has("AI_ACTION") and not harm_done and not persuaded and not (sent.has("AI_ADVICE") and _MADE_WORSE.search(sent.text)) \
                and not (sent.has("AI_ADVICE") and _advised_by_the_ai(sent, mentions) and _the_change_told(sent)):
            # (advice that "made things worse" did the harm: "a fix the chatbot proposed, which made things worse"; ai.v21:
            # advice that became the change the report tells, "the faulty rule was proposed by the bank's model")
            return None
    role = None
    if not is_denied:
        tool_agentic = any(e.label in ("AI_TOOL", "SERVICE") and e.ent_id.split("|")[-1] in agent_tools for e in sent.ents)
        if sent.has("AI_GENERATED") or by_the_ai or _ai_wrote_it(doc, sent, mentions) or authorship and not sent.has("AI_ACTION"):
            role = "ai_generated_change"
        elif (persuaded or sent.has("AI_ADVICE")) and not sent.has("AI_ACTION") and not unbidden:
            role = "ai_in_loop"
        elif sent.has("AI_MISTAKE") and not sent.has("AI_ACTION", "CAUSAL"):
            # "an incorrect answer from an AI bot": the AI erred in what it said and did not cause the
            # outage, so it is no AI involvement (DESIGN §6, labelling convention C8)
            return None
        elif sent.has("AI_ACTION") or harm_done or tool_agentic or any(lower[t] in ("agent", "agents", "agentic") or (t + 1 < len(doc) and lower[t + 1] in ("agent", "agents")) for t in mentions):
            role = "agent_action"
        else:
            role = "other"
    qs, qe = sent.start, sent.end
    # "incidents tied to AI tools", "an outage blamed on AI": the AI stands in the cause slot, whatever it did
    slot = IN_CAUSE_SLOT if role == "other" and _in_cause_slot(sent, mentions) else ""
    return _remember_act(doc, sent, Finding("ai", not is_denied, "denies" if is_denied else "asserts", tok, qs, qe, role=role,
                                            value=slot))


def _advised_by_the_ai(sent: SentenceInfo, mentions: list[int]) -> bool:
    """ai.v21: advice in the passive with the AI as its doer ("was proposed by the bank's machine-learning model")."""
    lower = sent.tokens.lower
    return any(lower[a].endswith("ed") and a + 1 < sent.span.end and lower[a + 1] == "by"
               and any(a + 1 < m <= a + 6 for m in mentions) for a, _e in sent.hits.get("AI_ADVICE", ()))


_AUTHORING_PARTICIPLES = frozenset("written generated produced authored drafted composed built created prepared".split())
_APPOSITION_STOPS = frozenset("; : . and but which who that after before when".split())


def _authored_by_the_ai_named(sent: SentenceInfo, mentions: list[int]) -> bool:
    """ai.v20: a writing participle and "by", then a name and, after a comma, the AI mention in apposition to it
    ("was drafted by Ledgerly Assist, the bank's in-house AI assistant"): the named tool is the AI."""
    lower = sent.tokens.lower
    for m in mentions:
        for k in range(m - 1, max(sent.span.start, m - 12), -1):
            if lower[k] in _APPOSITION_STOPS:
                break
            if lower[k] == "by" and lower[k - 1] in _AUTHORING_PARTICIPLES:
                if "," in lower[k + 1:m]:
                    return True
                break
    return False


# ai.v24: participles of changing what runs ("set", "lowered", "switched off") before "by" and the AI that did it
_CHANGING_PARTICIPLES = frozenset("set lowered raised reduced cut changed altered adjusted switched turned scaled throttled "
                                  "disabled removed deleted wiped overwritten rewritten reconfigured shut pushed deployed "
                                  "applied triggered made issued rolled".split())
_BE_PASSIVE = frozenset("was were been be being is are".split())
_PASSIVE_BY_REACH = 8  # tokens from "by" to the AI mention: "by the firm's new AI demand-forecasting model"


def _changed_by_the_ai(sent: SentenceInfo, mentions: list[int]) -> bool:
    """ai.v24: a participle of changing what runs, "by", and the AI mention within the same phrase ("had been set by the
    firm's new AI demand-forecasting model", "was lowered by an AI forecasting tool"); not "by" after another verb."""
    lower = sent.tokens.lower
    for m in mentions:
        for k in range(m - 1, max(sent.span.start, m - _PASSIVE_BY_REACH), -1):
            if lower[k] in _APPOSITION_STOPS or lower[k] == ",":
                break
            if lower[k] == "by":
                back = k - 1
                if back > sent.span.start and lower[back] in ("off", "down", "back", "out", "up"):
                    back -= 1  # "switched off by", "scaled down by"
                return back > sent.span.start and lower[back] in _CHANGING_PARTICIPLES and lower[back - 1] in _BE_PASSIVE
    return False


IN_CAUSE_SLOT = "in_cause_slot"  # Finding.value of an AI named as what caused the outage, its act untold (ai.v7)
_SLOT_REACH = 3  # tokens between the causal word and the AI: "tied to the company's AI tools"


_CLAUSE_ENDS = frozenset(", ; : . — – but".split())
_MODAL_PERFECT = frozenset("would could might".split())


def _counterfactual(sent: SentenceInfo, m: int) -> bool:
    """ai.v16: the AI in a condition contrary to fact ("If an AI agent had deleted the zones, the damage would have
    been wider", "it might have been worse, if the agent had gone further", "Had an agent been involved, …"): what
    did not happen. The clause of the mention opens with "if" and holds "had", or opens with an inverted "had"."""
    lower = sent.tokens.lower
    lo, hi = sent.span.start, sent.span.end
    k = m - 1
    while k > lo and lower[k] not in _CLAUSE_ENDS and lower[k] not in ("if", "unless"):
        k -= 1
    opener = k if lower[k] in ("if", "unless") else k + 1 if k + 1 < m and lower[k] in _CLAUSE_ENDS else k
    if lower[opener] == "had":
        return True  # "Had an AI agent been involved, …"
    if lower[opener] not in ("if", "unless"):
        return False
    end = next((j for j in range(opener + 1, hi) if lower[j] in _CLAUSE_ENDS), hi)
    if "had" in lower[opener + 1:end]:
        return True
    # "if an agent were to …" / "if it deleted …, the damage would have been": a modal perfect outside the condition
    return any(lower[j] in _MODAL_PERFECT and j + 1 < hi and lower[j + 1] == "have" for j in range(lo, hi) if not opener <= j < end)


def _in_cause_slot(sent: SentenceInfo, mentions: list[int]) -> bool:
    causal_ends = [e for _s, e in sent.hits.get("CAUSAL", ())]
    return any(0 <= m - e <= _SLOT_REACH for m in mentions for e in causal_ends)


