"""The sector picker's search: section names, the 88 WZ 2008 divisions and the words advisors type.

"Kanzlei", "Pflege", "Metall" or "Großhandel" name no section, so the search also looks at the divisions
(`wz_divisions`) and at the trade words behind sector suggestions (`sector_words`), and says which one led
to the section ("Kanzlei → M  Freie Berufe, Beratung"). One row per section, the most telling reason first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz, process

from advisor_tui.domain.contacts.curation import sector_choice_label, sector_short
from advisor_tui.domain.network.lexicon import fold, tokens
from advisor_tui.domain.network.sector_words import SECTOR_LEXICON, SEVERAL_SECTIONS, sector_words
from advisor_tui.domain.network.vocabulary import Sector
from advisor_tui.domain.network.wz_divisions import WZ2008_DIVISIONS, Division

# How well a section matched, best first; within a tier the sections keep their order (A–U, then own ones).
_CODE, _NAME_START, _TOLD, _COMPLETED, _INSIDE, _TYPO = range(6)
COMPLETE_FROM = 3  # letters typed before a word is completed ("Bäc" → "Bäckerei"); fewer guess wildly
TYPO_FROM = 5  # a typo is forgiven from this length on ("Spedtion"); in shorter words it is another word
TYPO_CUTOFF = 80
_WORD = re.compile(r"[^\W_]+")
_EXCLUDED = re.compile(r"\(ohne [^)]*\)")  # "Sozialwesen (ohne Heime)" is no lead to "Heime"


@dataclass(frozen=True, slots=True)
class SectorMatch:
    """A section the query leads to, and what led there: "" (its own name), a word, or a WZ division."""

    sector: Sector
    because: str = ""

    @property
    def code(self) -> str:
        """The section code the picker returns."""
        return self.sector.code

    @property
    def label(self) -> str:
        """The picker's line: "Kanzlei → M  Freie Berufe, Beratung", or the section alone."""
        if not self.because:
            return sector_choice_label(self.sector)
        return f"{self.because} → {self.sector.code}  {sector_short(self.sector)}"


def _stem_label(pattern: str) -> str:
    """A lexicon pattern as a reader sees it: "steuerberat*" → "Steuerberat…"."""
    word = pattern.strip("*")
    shown = word[:1].upper() + word[1:]
    return ("…" if pattern.startswith("*") else "") + shown + ("…" if pattern.endswith("*") else "")


class _Found:
    """The best tier and reason per section code, among the sections the picker offers."""

    def __init__(self, sectors: Sequence[Sector]) -> None:
        self._order = {sector.code: position for position, sector in enumerate(sectors)}
        self._sectors = {sector.code: sector for sector in sectors}
        self.best: dict[str, tuple[int, str]] = {}

    def offer(self, code: str, tier: int, because: str = "") -> None:
        if code in self._sectors and (code not in self.best or tier < self.best[code][0]):
            self.best[code] = (tier, because)

    def matches(self) -> list[SectorMatch]:
        ranked = sorted(self.best, key=lambda code: (self.best[code][0], self._order[code]))
        return [SectorMatch(self._sectors[code], self.best[code][1]) for code in ranked]


def find_sectors(query: str, sectors: Sequence[Sector]) -> list[SectorMatch]:
    """The sections a typed text leads to, best first; every section (in order) for an empty text."""
    folded = " ".join(tokens(fold(query)))
    if not folded:
        return [SectorMatch(sector) for sector in sectors]
    found = _Found(sectors)
    for sector in sectors:
        name = " " + " ".join(tokens(fold(f"{sector.short} {sector.name}")))
        if folded == fold(sector.code):
            found.offer(sector.code, _CODE)
        elif " " + folded in name:
            found.offer(sector.code, _NAME_START)
        elif folded in name and len(folded) > 1:
            found.offer(sector.code, _INSIDE)
    if len(folded) > 1:  # one letter is a section code or the start of a section name, nothing more
        _offer_divisions(folded, found)
        _offer_words(query, found)
    if not found.best:
        _offer_completions(folded, found)
    if not found.best:
        _offer_typos(folded, found)
    return found.matches()


def _offer_divisions(folded: str, found: _Found) -> None:
    """Divisions whose title holds the text; before the words, as "46 Großhandel (…)" says more than a word."""
    for division, name in _division_names():
        if " " + folded in name:
            found.offer(division.section, _TOLD, division.label)
        elif folded in name:
            found.offer(division.section, _INSIDE, division.label)


def _offer_words(query: str, found: _Found) -> None:
    """Whole words the advisor typed ("Kanzlei", "Arztpraxis", "Handwerk")."""
    for typed in _WORD.findall(query):
        shown = typed[:1].upper() + typed[1:]
        for token in tokens(fold(typed)):
            for hit in SECTOR_LEXICON.hits(token, True):
                if hit.value:  # "" marks a word that tells no section
                    found.offer(hit.value, _TOLD, shown)
            for code in SEVERAL_SECTIONS.get(token, ()):
                found.offer(code, _TOLD, shown)


def _offer_completions(folded: str, found: _Found) -> None:
    """Trade words being typed ("Bäck" → "Bäckerei"), when nothing whole matched yet."""
    if len(folded) >= COMPLETE_FROM and " " not in folded:
        for stem, code, because in _stems():
            if stem.startswith(folded):
                found.offer(code, _COMPLETED, because)


def _offer_typos(folded: str, found: _Found) -> None:
    """Words of section and division names and trade words close to a long mistyped word."""
    if len(folded) < TYPO_FROM or " " in folded:
        return
    candidates = _typo_candidates()
    for word, _score, _ in process.extract(folded, list(candidates), scorer=fuzz.ratio, score_cutoff=TYPO_CUTOFF,
                                           limit=None):
        for code, because in candidates[word]:
            found.offer(code, _TYPO, because)


# Folded once: the picker searches on every keystroke.
@cache
def _division_names() -> tuple[tuple[Division, str], ...]:
    """Each division with its folded name, words separated by single blanks and a blank in front."""
    return tuple((division, " " + " ".join(tokens(fold(_EXCLUDED.sub("", division.name)))))
                 for division in WZ2008_DIVISIONS)


@cache
def _stems() -> tuple[tuple[str, str, str], ...]:
    """Each trade word folded, with its section and the reason to show."""
    return tuple((fold(pattern.strip("*")), code, _stem_label(pattern)) for pattern, code in sector_words())


@cache
def _typo_candidates() -> dict[str, list[tuple[str, str]]]:
    """Each folded word that can lead to a section, with the section and the reason to show."""
    candidates: dict[str, list[tuple[str, str]]] = {}
    for division, name in _division_names():
        for word in name.split():
            if len(word) >= TYPO_FROM:
                candidates.setdefault(word, []).append((division.section, division.label))
    for stem, code, because in _stems():
        candidates.setdefault(stem, []).append((code, because))
    return candidates
