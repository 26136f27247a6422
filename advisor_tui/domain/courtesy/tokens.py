"""Words with offsets and sentence starts: the shared, precomputed view every rule reads."""

from __future__ import annotations

import re
from typing import NamedTuple

from advisor_tui.domain.courtesy.lexicon import ABBREVIATIONS

WORD_RE = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_AFTER_WORD_RE = re.compile(r"[\s\"'“”»«)]*([.!?]?)")
_OPENERS = " \t\"'„“”»«‚‘(–-*•"
# A full stop after an abbreviation does not end a sentence ("Frau Dr. Müller", "z. B. eine", "inkl. Zubehör").
_ABBREVIATIONS = ABBREVIATIONS


class Token(NamedTuple):
    """A word, its position, and whether it starts a sentence (a tuple: thousands are made per keystroke)."""

    text: str
    start: int
    end: int
    lower: str
    initial: bool
    sentence: int


def _ends_sentence(text: str, dot: int, words_before: str) -> bool:
    """Whether the punctuation at `dot` closes a sentence (not an abbreviation's full stop)."""
    if text[dot] != ".":
        return True
    word = words_before.rsplit(None, 1)[-1] if words_before.strip() else ""
    word = word.rstrip(".").lower()
    return not (word in _ABBREVIATIONS or len(word) == 1)


def _is_initial(text: str, start: int) -> bool:
    """Whether a word at `start` begins a sentence or a new line of its own."""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    if i < 0:
        return True
    char = text[i]
    if char in "!?:":
        return True
    if char == ".":
        return _ends_sentence(text, i, text[max(0, i - 12) : i])
    # A new line starts afresh, also after the salutation's comma ("Sehr geehrte …,\nhaben Sie …").
    return char in "\r\n"


def tokenize(text: str) -> list[Token]:
    """All words of a text, numbered by sentence."""
    tokens: list[Token] = []
    sentence = -1
    for match in WORD_RE.finditer(text):
        word = match.group()
        initial = _is_initial(text, match.start())
        if initial or sentence < 0:
            sentence += 1
        tokens.append(Token(word, match.start(), match.end(), word.lower(), initial, sentence))
    return tokens


def sentence_end(text: str, token: Token) -> str:
    """The punctuation mark after a sentence's last word ('' if none)."""
    match = _AFTER_WORD_RE.match(text, token.end)
    return match.group(1) if match else ""
