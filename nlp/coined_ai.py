"""AI systems a document names with a name of their own ("an AI operations agent we run internally, called Warden",
"Warden, our internal AI operations agent", "its AI coding assistant, Patchwise,"): once introduced so, the name is an
AI mention wherever the document uses it ("Warden removed the records"), as the gazetteer's AI tools are.

No list can hold every in-house or new agent's name; a text that introduces one says what it is. The name must be
introduced beside an AI word and a kind of tool; a name only met elsewhere is not one.
"""

from __future__ import annotations

import re
from functools import lru_cache

from nlp.sentences import SentenceInfo

_NAME = r"[A-Z][\w-]{1,30}(?: [A-Z][\w-]{1,30})?"
_AI_WORD = (r"(?:AI|A\.I\.|artificial[- ]intelligence|AI-powered|AI-driven|AI-based|LLM|LLM-based|LLM-powered|"
            r"machine[- ]learning|generative|agentic)")
# (one system: a name is no kind in the plural, "Moltbook, the forum where AI agents post")
_KIND = r"(?:agent|assistant|bot|chatbot|copilot|coder|tool|model|system|engine)"
# A modifier before the AI word, not a word that opens a clause or phrase of its own ("the forum where AI agents post")
_MOD = r"(?!(?:where|which|that|who|whose|for|of|with|by|to|and|or|in|on|at|from|like|than)\b)[\w'’-]+ "
# "Warden, our internal AI operations agent", "Patchwise, an AI-powered coding assistant", "Warden, the AI agent Ostrevane uses"
_NAME_THEN_KIND = re.compile(
    rf"(?<![\w'’])[\"“]?(?P<name>{_NAME})[\"”]?, (?:the|an|a|its|our|their|his|her|[A-Z][\w-]*['’]s)"
    rf" (?:{_MOD}){{0,3}}?{_AI_WORD} (?:{_MOD}){{0,2}}?{_KIND}\b")
# "an AI operations agent we run internally, called Warden", "an AI assistant named Patchwise"
_KIND_CALLED_NAME = re.compile(
    rf"\b{_AI_WORD} (?:{_MOD}){{0,2}}?{_KIND}(?: [\w-]+){{0,5}}?,? (?:called|named|dubbed|known as) [\"“]?(?P<name>{_NAME})\b")
# "its AI agent, Warden, …": one tool, its name between commas
_KIND_COMMA_NAME = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Oo]ur|[Tt]heir|[A-Z][\w-]*['’]s) (?:{_MOD}){{0,2}}?{_AI_WORD} (?:{_MOD}){{0,2}}?"
    rf"{_KIND}, [\"“]?(?P<name>{_NAME})[\"”]?[,)]")
# "Warden is an AI agent that …", "Patchwise was the company's AI coding assistant"
_NAME_IS_KIND = re.compile(
    rf"(?<![\w'’])(?P<name>{_NAME}) (?:is|was) (?:the|an|a|its|our|their|[A-Z][\w-]*['’]s)"
    rf" (?:{_MOD}){{0,3}}?{_AI_WORD} (?:{_MOD}){{0,2}}?{_KIND}\b")
# Capitalised words that open a sentence or a clause without naming anything
_NOT_NAMES = frozenset("The This That These Those It Its Our We They He She And But Or So Then A An In On At For After "
                       "Before When While If As By From With Without Yes No Here There What Which Who".split())


def coined_ai_names(text: str, provider: str | None = None) -> frozenset[str]:
    """Names the text introduces as an AI system's (see the module's docstring); the empty set for most texts. The
    provider's own name is left out: an AI service whose outage is told is no AI taking part ("Quillmere, an AI
    writing assistant, was unreachable … Quillmere said a power cut was to blame")."""
    names = _introduced_names(text)
    if provider and names:
        return frozenset(n for n in names if n not in provider and provider not in n)
    return names


@lru_cache(maxsize=4)
def _introduced_names(text: str) -> frozenset[str]:
    """The names the text introduces as an AI system's, whatever the provider (asked by provider choice, then by the
    extractor once the provider is known: the text is searched once)."""
    if "AI" not in text and "artificial" not in text.lower() and "learning" not in text and "LLM" not in text:
        return frozenset()
    names: set[str] = set()
    for pattern in (_NAME_THEN_KIND, _KIND_CALLED_NAME, _KIND_COMMA_NAME, _NAME_IS_KIND):
        for m in pattern.finditer(text):
            name = m.group("name")
            if name.split(" ", 1)[0] in _NOT_NAMES or name.isupper() and len(name) <= 3:
                continue  # (not "It, the AI tool", nor "AI, the …": an acronym of three letters is no coined name)
            names.add(name)
    return frozenset(names)


def mark_coined_ai(sents: list[SentenceInfo], names: frozenset[str]) -> None:
    """Add an AI hit for every token that writes one of the names (its first word), so the AI rules read the
    name as they read "the AI agent"."""
    if not names:
        return
    firsts = {n.split(" ", 1)[0]: n for n in names}
    for s in sents:
        if not any(n in s.text for n in names):
            continue
        idx, length, offset = s.tokens.idx, s.tokens.length, s.start
        for i in range(s.span.start, s.span.end):
            at = idx[i] - offset
            name = firsts.get(s.text[at:at + length[i]])
            if name is not None and s.text.startswith(name, at):
                hits = s.hits.setdefault("AI", [])
                if (i, i + 1) not in hits:
                    hits.append((i, i + 1))
                    hits.sort()
