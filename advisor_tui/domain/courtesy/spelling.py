"""Spelling: unknown words with suggestions; names, acronyms, links and signatures are left alone."""

from __future__ import annotations

import re
from collections.abc import Iterable

from advisor_tui.domain.courtesy.closing_parse import find_closing
from advisor_tui.domain.courtesy.findings import Finding, finding
from advisor_tui.domain.courtesy.greeting_parse import parse_greeting
from advisor_tui.domain.courtesy.lexicon import Lexicon, german_lexicon
from advisor_tui.domain.courtesy.tokens import Token, tokenize

_HYPHEN_RE = re.compile(r"([-'’])")
_SKIP_SPANS_RE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\S+|[@#]\w+")
_NAME_MARKERS = frozenset({"herr", "herrn", "frau", "dr", "prof", "professor", "professorin", "kollege", "kollegin"})
_LEGAL_FORMS = frozenset({"gmbh", "ag", "kg", "se", "mbh", "ohg", "ug", "co", "kgaa", "gbr", "ek", "eg", "ev"})
_MIN_LENGTH = 3
# Longer strings are not words (German's longest dictionary compounds stay well below); skipping them keeps the
# compound analysis, which grows with the square of the length, fast.
_MAX_LENGTH = 50


def _skipped_ranges(text: str) -> list[tuple[int, int]]:
    """Links, e-mail addresses, handles and hashtags, the greeting's names, and the signature block."""
    ranges = [match.span() for match in _SKIP_SPANS_RE.finditer(text)]
    greeting = parse_greeting(text)
    if greeting:
        ranges.append((greeting.start, greeting.end))
    return ranges


def _looks_like_name(tokens: list[Token], i: int, signature_from: int) -> bool:
    """A capitalised word after Herr/Frau/Dr., before GmbH/AG, inside a word (LinkedIn), or in the signature."""
    token = tokens[i]
    if not token.text[0].isupper():
        return False
    if token.start >= signature_from or any(ch.isupper() for ch in token.text[1:]):
        return True
    if i and tokens[i - 1].lower in _NAME_MARKERS:
        return True
    return any(t.lower in _LEGAL_FORMS for t in tokens[i + 1 : i + 4])


def _unknown_parts(token: Token, lexicon: Lexicon, known: frozenset[str]) -> Iterable[tuple[str, int]]:
    """The parts of a (hyphenated) word that are neither known words nor names; with their offsets."""
    offset = token.start
    for part in _HYPHEN_RE.split(token.text):
        checkable = part not in "-'’" and _MIN_LENGTH <= len(part) <= _MAX_LENGTH and not part.isupper()
        if checkable and part.lower() not in known and not lexicon.is_known(part):
            yield part, offset
        offset += len(part)


def check_spelling(text: str, *, known_words: Iterable[str] = ()) -> list[Finding]:
    """Unknown words with up to three suggestions; the first call loads the dictionary."""
    lexicon = german_lexicon()
    known = frozenset(word.lower() for word in known_words)
    skipped = _skipped_ranges(text)
    closing = find_closing(text)
    signature_from = closing.end if closing else len(text) + 1
    tokens = tokenize(text)
    findings: list[Finding] = []
    for i, token in enumerate(tokens):
        if any(start <= token.start < end for start, end in skipped) or _looks_like_name(tokens, i, signature_from):
            continue
        for part, offset in _unknown_parts(token, lexicon, known):
            suggestions = lexicon.suggest(part)
            if not suggestions and part[0].isupper() and not token.initial:
                continue  # a capitalised word with no close spelling is most likely a name
            shown = ", ".join(f"„{s}“" for s in suggestions)
            message = f"Unbekanntes Wort „{part}“" + (f" – meinten Sie {shown}?" if suggestions else ".")
            findings.append(finding("spelling", message, offset, offset + len(part),
                                    suggestions[0] if suggestions else None))
    return findings
