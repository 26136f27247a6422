"""Word lexicons with stems and typo tolerance, the engine behind role and sector suggestions."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

from advisor_tui.domain.contacts.identity import fold_name

T = TypeVar("T")

_TOKEN = re.compile(r"[a-z0-9]+")


@dataclass(frozen=True, slots=True)
class Hit(Generic[T]):
    """One pattern that matched a token: its value and the span of the token it covers."""

    value: T
    start: int
    end: int

    @property
    def length(self) -> int:
        """How many letters of the token the pattern explains: longer is more specific."""
        return self.end - self.start


def tokens(folded: str) -> list[str]:
    """The words of an already folded text (letters and digits; hyphens and punctuation split)."""
    return _TOKEN.findall(folded)


def fold(text: str) -> str:
    """Case-, accent- and umlaut-folded text ('Geschäftsführer' → 'geschaeftsfuehrer')."""
    return fold_name(text or "")


class Lexicon(Generic[T]):
    """Maps folded words to values through exact words, stems with `*` wildcards, and a fuzzy fallback.

    A pattern is `word` (whole token), `stem*` (prefix), `*stem` (suffix) or `*stem*` (anywhere), written
    with umlauts or without (it is folded). A token listed as an exact word gets only that word's
    values; otherwise a hit inside the span of a longer hit is dropped, so that `rentenversicherung`
    can override `*versicherung` and `*landschaftsbau` can override `*bau`.
    Tokens that match nothing are compared with the exact words by `fuzz.ratio` when `fuzzy` is on,
    which catches 'geschaeftsfueher' but leaves short words alone (a typo there is a different word).
    """

    def __init__(self, entries: Iterable[tuple[str, T]], *, fuzzy_min_len: int = 7, fuzzy_cutoff: float = 86) -> None:
        self._exact: dict[str, list[T]] = {}
        self._prefix: list[tuple[str, T]] = []
        self._suffix: list[tuple[str, T]] = []
        self._infix: list[tuple[str, T]] = []
        for pattern, value in entries:
            self._add(pattern, value)
        self._words = list(self._exact)
        self._fuzzy_min_len = fuzzy_min_len
        self._fuzzy_cutoff = fuzzy_cutoff
        # Per instance, so that the cache dies with the lexicon; titles repeat a lot across 30,000 contacts.
        self.hits = lru_cache(maxsize=1 << 16)(self._hits)

    def _add(self, pattern: str, value: T) -> None:
        starred_left, starred_right = pattern.startswith("*"), pattern.endswith("*")
        stem = fold(pattern.strip("*"))
        if starred_left and starred_right:
            self._infix.append((stem, value))
        elif starred_right:
            self._prefix.append((stem, value))
        elif starred_left:
            self._suffix.append((stem, value))
        else:
            self._exact.setdefault(stem, []).append(value)

    def _pattern_hits(self, token: str) -> list[Hit[T]]:
        size = len(token)
        exact = self._exact.get(token)
        if exact:
            # A word listed whole is the most specific thing the lexicon knows about it.
            return [Hit(value, 0, size) for value in exact]
        found = [Hit(v, 0, len(s)) for s, v in self._prefix if token.startswith(s)]
        found += [Hit(v, size - len(s), size) for s, v in self._suffix if token.endswith(s)]
        for stem, value in self._infix:
            at = token.find(stem)
            if at >= 0:
                found.append(Hit(value, at, at + len(stem)))
        return found

    def _hits(self, token: str, fuzzy: bool = False) -> tuple[Hit[T], ...]:
        found = self._pattern_hits(token)
        if not found and fuzzy and len(token) >= self._fuzzy_min_len and not any(ch.isdigit() for ch in token):
            best = process.extractOne(token, self._words, scorer=fuzz.ratio, score_cutoff=self._fuzzy_cutoff)
            if best is not None:
                found = [Hit(value, 0, len(token)) for value in self._exact[best[0]]]
        return tuple(_drop_covered(found))


def _drop_covered(found: list[Hit[T]]) -> list[Hit[T]]:
    """Hits that no longer hit contains: the more specific word wins over the stem inside it."""
    return [
        hit
        for hit in found
        if not any(
            other.length > hit.length and other.start <= hit.start and hit.end <= other.end for other in found
        )
    ]
