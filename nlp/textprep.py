"""Turn a §4 input document into plain text we can safely run rules on, or a reason not to.

Hostile input never raises here: binary garbage, huge documents, HTML with scripts and
non-English text each come back as a `Prepared` with `skipped_reason` set.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from re import _constants as _sre, _parser as _sre_parse

MAX_CHARS = 1_000_000  # beyond this we keep the head (outage facts sit at the top) and say so

# Cheap English check first (most of the corpus); langdetect only when that is unsure.
_EN_FUNCTION_WORDS = frozenset(
    "the a an and or of to in on at for with by from is was were are be been has have had it its that this as not".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
# On ASCII text a word (_WORD: a run of letters) is a run of [A-Za-z]: turning every other byte into a
# space and splitting finds the same words as _WORD.findall, several times faster.
_ASCII_LETTERS_ONLY = bytes(c if chr(c).isalpha() else 32 for c in range(128)) + b" " * 128
_EN_FUNCTION_WORDS_ASCII = frozenset(w.encode("ascii") for w in _EN_FUNCTION_WORDS)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The same characters as bytes: on ASCII text they are counted by deleting them (bytes.translate) rather than
# by the regex, which tests its character class at every position (several times slower).
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` holds one of `words` (substrings)."""
    for w in words:  # a plain loop: cheaper than any() over a generator
        if w in text:
            return True
    return False


def grouped_alternation(alternatives: tuple[str, ...]) -> str:
    """Regex alternatives (each without a top-level "|" or a capture group, each starting with a plain
    lower-case letter) as one alternation grouped by first letter: ("fail\\w*", "failure", "down") ->
    "f(?:ail\\w*|ailure)|d(?:own)". Python's re tries the alternatives of an alternation one by one at every
    position; grouped, all groups but one fail on the first character. The matches are the same, with or
    without re.I: an alternative can only match where its first letter stands (two different letters never
    match the same character), and within a group the alternatives keep their order."""
    groups: dict[str, list[str]] = {}
    for alt in alternatives:
        first = alt[:1]
        if not ("a" <= first <= "z") or alt[1:2] in ("?", "*", "+", "{") or re.compile(alt).groups:
            raise ValueError(f"not an alternative that starts with a plain lower-case letter and captures nothing: {alt!r}")
        groups.setdefault(first, []).append(alt[1:])
    return "|".join(f"{letter}(?:{'|'.join(rests)})" for letter, rests in groups.items())


def _top_level_alternatives(source: str) -> list[str]:
    """The alternatives of a regex source split at its top-level "|" (not inside a group, a class or an escape)."""
    alternatives, depth, start, in_class, i = [], 0, 0, False, 0
    while i < len(source):
        char = source[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 + (source[i + 1:i + 2] == "^")
            i += source[i:i + 1] == "]"  # (a "]" first in a class is a literal)
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth < 0:
                raise ValueError(f"not one alternation: {source!r}")
        elif char == "|" and depth == 0:
            alternatives.append(source[start:i])
            start = i + 1
        i += 1
    alternatives.append(source[start:])
    return alternatives


def _first_chars(items) -> set[str] | None:
    """The characters a match of parsed pattern items (`re._parser`, no case folding) can start with, or None when
    they are not a short known set (a class by category, an item that may match nothing): a superset of the true set,
    as look-arounds and boundaries before the first character are passed over."""
    for op, av in items:
        if op is _sre.LITERAL:
            return {chr(av)}
        if op is _sre.IN:
            chars: set[str] = set()
            for kind, value in av:
                if kind is _sre.LITERAL:
                    chars.add(chr(value))
                elif kind is _sre.RANGE and value[1] - value[0] < 128:
                    chars.update(map(chr, range(value[0], value[1] + 1)))
                else:
                    return None  # (a negated class, a category, a wide range)
            return chars
        if op is _sre.SUBPATTERN:
            return None if av[1] or av[2] else _first_chars(av[3])  # (not a group with its own flags)
        if op is _sre.BRANCH:
            chars = set()
            for alternative in av[1]:
                found = _first_chars(alternative)
                if found is None:
                    return None
                chars |= found
            return chars
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            return _first_chars(av[2])
        if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
            continue  # zero-width: what follows gives the first character
        return None
    return None  # (nothing that consumes a character)


def first_char_buckets(alternation: str, flags: int = 0) -> str:
    """A regex alternation (the source of "A|B|C", without its enclosing group; no re.I) rewritten so that at each
    position only the alternatives that can start with the character there are tried: "(?=g)(?:A|C)|(?=m)(?:B)|…".
    Python's re tries every alternative at every position (one that opens with a group must be entered to fail);
    here one look-ahead per set of first characters turns most away. The matches are the same: at a position the
    alternatives tried are those of the one bucket its character is in, in their own order, and the others could
    not have matched there (each bucket's alternatives are all those whose first characters include the bucket's).
    An alternative whose first characters are not known (a class by category, an optional start) is in every
    bucket, and in a last one for the characters no bucket has."""
    alternatives = _top_level_alternatives(alternation)
    if flags & (re.I | re.X) or re.compile(alternation, flags).groups:
        raise ValueError("a case-insensitive alternation, or one with capture groups (copies would number them anew)")
    if len(alternatives) < 2:
        raise ValueError("not an alternation")
    firsts = [_first_chars(_sre_parse.parse(alternative, flags)) for alternative in alternatives]
    known = set().union(*(found for found in firsts if found is not None))
    buckets: dict[tuple[int, ...], list[str]] = {}
    for char in sorted(known):
        buckets.setdefault(tuple(i for i, found in enumerate(firsts) if found is None or char in found), []).append(char)
    parts = []
    for members, chars in buckets.items():
        ahead = re.escape(chars[0]) if len(chars) == 1 else "[" + "".join(re.escape(c) for c in chars) + "]"
        parts.append(f"(?={ahead})(?:{'|'.join(alternatives[i] for i in members)})")
    unknown = [alternative for alternative, found in zip(alternatives, firsts) if found is None]
    if unknown:
        others = f"(?![{''.join(re.escape(c) for c in sorted(known))}])" if known else ""
        parts.append(f"{others}(?:{'|'.join(unknown)})")
    return "|".join(parts)


def with_first_char_buckets(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A pattern written as one word alternation, "\\b(?:A|B|…)\\b" (or without the closing "\\b"), compiled
    again with its alternatives in buckets by first character (`first_char_buckets`): the same matches."""
    source, flags = pattern.pattern, pattern.flags
    if not source.startswith("\\b(?:"):
        raise ValueError(f"not a word alternation: {source[:40]!r}")
    closing = "\\b" if source.endswith(")\\b") else ""
    if not source.endswith(")" + closing):
        raise ValueError(f"not a word alternation: {source[-40:]!r}")
    inner = source[5:len(source) - 1 - len(closing)]
    return re.compile(f"\\b(?:{first_char_buckets(inner, flags)}){closing}", flags)


def _required_substrings(items) -> frozenset[str] | None:
    """Strings one of which every match of a parsed pattern (`re._parser` items, no case folding) holds, or
    None when none are found: the literal run or alternation whose strings are longest (a word of each
    alternative: "\\b(?:fix|patch)es\\b" -> {"fix", "patch"} or {"es"}, whichever is longer)."""
    candidates = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:  # (a last item that ends the final literal run)
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append(frozenset(["".join(run)]))
            run = []
        if op is _sre.BRANCH:
            alternatives = [_required_substrings(alt) for alt in av[1]]
            if None not in alternatives:
                candidates.append(frozenset().union(*alternatives))
        elif op is _sre.SUBPATTERN:
            if av[1] or av[2]:
                raise ValueError("a group with its own flags")
            candidates.append(_required_substrings(av[3]))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            candidates.append(_required_substrings(av[2]))  # (at least one copy)
        elif op is _sre.ATOMIC_GROUP:
            candidates.append(_required_substrings(av))
        # anything else (a class, a boundary, a look-around, an optional part) requires no string of its own
    found = [c for c in candidates if c]
    return max(found, key=lambda c: (min(map(len, c)), -len(c))) if found else None


def derived_needs(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """`CaselessTest`'s `needs` for a case-sensitive pattern, when its parse gives a gate worth having: at most 80
    strings of 4 or more characters (fewer or shorter ones are found in most texts, or cost more than the regex; causes'
    remediation test, 80 strings, answers in a fifth of the time with its gate); else ()."""
    try:
        parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
        if parsed.state.flags & re.I:
            return ()
        needs = _required_substrings(parsed)
    except (ValueError, TypeError, AttributeError, RecursionError):  # (a private module: any surprise means no gate)
        return ()
    if needs is None or len(needs) > 80 or min(map(len, needs)) < 4:
        return ()
    return tuple(sorted(needs))


# The ASCII characters `\s` matches in a str pattern but not under re.ASCII (\w, \d and \b agree on all ASCII text)
_UNICODE_ONLY_SPACES = ("\x1c", "\x1d", "\x1e", "\x1f")


class CaselessTest:
    """Whether a case-insensitive pattern occurs in a text, about three times faster on ASCII text:
    there it runs case-sensitively on the lower-cased text, which gives the same answer (re.I
    compares case-folded characters one by one). Other text gets the pattern itself, since re.I
    also folds a few non-ASCII letters (the Kelvin sign, a long s) onto ASCII ones. On ASCII text the
    pattern is also compiled with re.ASCII, which tests \\b and \\w by a table rather than Unicode
    properties (a third less time) and matches the same there, but for `\\s` on four control
    characters: a text holding one gets the Unicode pattern.

    `needs`: lower-case strings one of which every match of the pattern holds; ASCII text holding none
    of them is answered without the regex (a cheap gate for patterns that are slow to fail). Without
    them, the pattern's own literals give the gate when they make a good one (`derived_needs`)."""

    def __init__(self, pattern: re.Pattern[str], needs: tuple[str, ...] = ()) -> None:
        # lower-casing would turn escapes such as \B, \S, \W into others
        if not pattern.flags & re.I or not pattern.pattern.isascii() or re.search(r"\\[A-Z]", pattern.pattern):
            raise ValueError(f"not an ASCII case-insensitive pattern without upper-case escapes: {pattern.pattern!r}")
        self.pattern = pattern
        self._on_lower = re.compile(pattern.pattern.lower(), pattern.flags & ~re.I)
        try:
            self._on_ascii = re.compile(self._on_lower.pattern, (self._on_lower.flags & ~re.U) | re.A)
        except (ValueError, re.error):  # (an inline (?u) flag)
            self._on_ascii = self._on_lower
        self._spaces_differ = "\\s" in self._on_lower.pattern
        self._needs = needs or derived_needs(self._on_lower)

    def __call__(self, text: str, lower: str | None = None) -> bool:
        """`lower`: text.lower(), when the caller has it already."""
        if text.isascii():
            if lower is None:
                lower = text.lower()
            if self._needs and not holds_any(lower, self._needs):
                return False
            if self._spaces_differ and holds_any(lower, _UNICODE_ONLY_SPACES):
                return self._on_lower.search(lower) is not None
            return self._on_ascii.search(lower) is not None
        return self.pattern.search(text) is not None


@dataclass
class Prepared:
    text: str
    title: str
    from_html: bool
    language: str | None
    published: str | None
    skipped_reason: str | None = None
    warnings: tuple[str, ...] = ()


def html_to_text(html: str) -> tuple[str, str | None, str | None, str | None]:
    """(main text, title, published date, problem) of an HTML page; scripts and styles never reach the text."""
    import trafilatura
    from lxml import html as lxml_html

    title = published = problem = None
    text = None
    try:
        text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
        meta = trafilatura.extract_metadata(html)
        if meta is not None:
            title, published = meta.title, meta.date
    except (ValueError, TypeError, AttributeError) as exc:  # trafilatura on malformed markup
        text = None
        problem = f"main-text extraction failed ({type(exc).__name__}); used the whole page text"
    if not text:
        # Fallback: the whole body without scripts/styles, so a page trafilatura rejects still yields text.
        try:
            tree = lxml_html.fromstring(html)
            for bad in tree.xpath("//script|//style|//noscript|//template"):
                bad.drop_tree()
            text = re.sub(r"[ \t]*\n\s*", "\n\n", tree.text_content()).strip()
        except (ValueError, TypeError) as exc:
            return "", title, published, f"HTML could not be parsed: {exc}"
    return text, title, published, problem


def detect_language(text: str) -> str | None:
    lower = text[:5000].lower()
    if lower.isascii():
        words, function_words = lower.encode("ascii").translate(_ASCII_LETTERS_ONLY).split(), _EN_FUNCTION_WORDS_ASCII
    else:
        words, function_words = _WORD.findall(lower), _EN_FUNCTION_WORDS
    if not words:
        return None
    share = sum(map(function_words.__contains__, words)) / len(words)  # map: no generator per word
    if share >= 0.12:
        return "en"
    if len(words) < 12 and all(w.isascii() for w in words):
        return "en"  # too short for a language guess to mean anything (langdetect calls "x" Somali)
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0  # deterministic answers
    try:
        return detect(text[:3000])
    except LangDetectException:
        return None


def looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    if sample.isascii():
        raw = sample.encode("ascii")
        bad = len(raw) - len(raw.translate(None, _CONTROL_BYTES))  # (no U+FFFD in ASCII text)
    else:
        bad = len(_CONTROL.findall(sample)) + sample.count("\ufffd")
    return bad / len(sample) > 0.02


def prepare(doc: dict) -> Prepared:
    title = str(doc.get("title") or "").strip()
    published = doc.get("published")
    html = doc.get("html")
    text = doc.get("text")
    from_html = False
    html_problem = None
    if (text is None or text == "") and isinstance(html, str) and html.strip():
        from_html = True
        text, html_title, html_published, html_problem = html_to_text(html)
        title = title or (html_title or "")
        published = published or html_published
    if not isinstance(text, str):
        return Prepared("", title, from_html, None, published, "no text: one of 'text' or 'html' must be a string")
    if looks_binary(text):
        return Prepared("", title, from_html, None, published, "binary or corrupt content")
    text = text.replace("\r\n", "\n")
    warnings: tuple[str, ...] = (html_problem,) if html_problem else ()
    if len(text) > MAX_CHARS:
        warnings += (f"text truncated from {len(text)} to the first {MAX_CHARS} characters",)
        text = text[:MAX_CHARS]
    if not text.strip() and not title:
        return Prepared(text, title, from_html, None, published, "empty text")
    language = detect_language(f"{title}\n{text}")
    if language != "en":
        return Prepared(text, title, from_html, language, published, f"not English (detected {language or 'unknown'})")
    return Prepared(text, title, from_html, language, published, None, warnings)
