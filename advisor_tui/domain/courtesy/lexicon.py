"""A German lexicon with compound analysis, on pyspellchecker's word list (loaded lazily, once)."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

# Linking elements between compound parts (Fugenelemente) and endings of verb stems ("Förder|kredit").
_LINKS = ("", "s", "es", "n", "en", "e", "er")
_STEM_ENDINGS = ("en", "n", "e")
MIN_PART = 3
MIN_PART_FREQUENCY = 20
# Short parts must be common words: rare three- and four-letter strings let typos pass ("Alters|vor|soge").
_PART_FREQUENCY_BY_LENGTH = {3: 50, 4: 100}
MAX_PARTS = 4
_CACHE_LIMIT = 200_000
# Compound suggestions test every edit of the word as a compound: affordable up to this length.
_MAX_COMPOUND_SUGGESTION = 30
_ALPHABET = "abcdefghijklmnopqrstuvwxyzäöüß"
_SPELLING_SWAPS = (("ss", "ß"), ("ß", "ss"), ("ae", "ä"), ("oe", "ö"), ("ue", "ü"))

# Words of the advisor's trade and platforms that a general word list misses.
DOMAIN_WORDS = frozenset(
    """linkedin xing kfw aval avale avalrahmen kontokorrent kontokorrentkredit factoring leasing private banking
    wealth management depot etf etfs fonds mittelständler mittelständlern mittelständlers firmenkunden sparkasse
    sparkassen volksbank raiffeisenbank genossenschaftsbank bürgschaftsbank förderbank tilgung zinsbindung forward
    darlehen rückdeckung pensionszusage cashflow cash pooling treasury onboarding webinar webinare newsletter teams
    zoom meeting meetings feedback follow up kennenlern unternehmerabend nachfolgeberatung impulsvortrag gmbh mbh kg
    ag co ohg ug email mail mails online digital podcast profil vernetzung vernetzungs bav baufinanzierung
    gewerbeimmobilie gewerbeimmobilien förder kapitaldienst kapitaldienstfähigkeit
    sorry okay ok call calls update updates deadline workshop workshops networking business know-how startup
    startups fintech fintechs coaching recruiting homeoffice
    zins zinsen kredit kredite bank banken rente renten lohn geld konto konten miet pacht steuer
    swap swaps cap caps floor collar hedging rating ratings covenant covenants mezzanine schuldschein cashpool""".split()
)


class Lexicon:
    """Word membership with German compounds, and close known spellings for an unknown word."""

    def __init__(self, frequencies: Mapping[str, int], extra: Iterable[str] = DOMAIN_WORDS) -> None:
        self._frequencies = frequencies
        self._extra = frozenset(word.lower() for word in extra)
        self._compound_cache: dict[tuple[str, int], bool] = {}
        self._suggestion_cache: dict[tuple[str, int], list[str]] = {}

    def frequency(self, word: str) -> int:
        """How common a lowercase word is (domain words count as common)."""
        if word in self._extra:
            return 1_000_000
        return self._frequencies.get(word, 0)

    def _part_ok(self, part: str) -> bool:
        """A compound part: a common word, or a verb stem whose infinitive is one."""
        if len(part) < MIN_PART:
            return False
        needed = _PART_FREQUENCY_BY_LENGTH.get(len(part), MIN_PART_FREQUENCY)
        if self.frequency(part) >= needed:
            return True
        # Only longer stems: "kor" + "en" would let "Kontokorentrahmen" pass.
        return len(part) > MIN_PART and any(self.frequency(part + ending) >= needed for ending in _STEM_ENDINGS)

    def _is_compound(self, word: str, parts: int) -> bool:
        """Whether `word` splits into known parts, each joined by a linking element."""
        key = (word, parts)
        if key in self._compound_cache:
            return self._compound_cache[key]
        result = parts > 1 and self._part_ok(word) and self.frequency(word) > 0
        if not result and parts < MAX_PARTS:
            result = any(
                head.endswith(link) and self._part_ok(head[: len(head) - len(link)] if link else head)
                and self._is_compound(word[cut:], parts + 1)
                for cut in range(MIN_PART, len(word) - MIN_PART + 1)
                for head in (word[:cut],)
                for link in _LINKS
            )
        if len(self._compound_cache) > _CACHE_LIMIT:
            self._compound_cache.clear()
        self._compound_cache[key] = result
        return result

    def _split_cost(self, word: str) -> tuple[int, int]:
        """How plausible a compound is: two parts before more, then the rarer part as common as possible."""
        best = (1, 0)
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            tail = word[cut:]
            for link in _LINKS:
                head = word[: cut - len(link)] if link else word[:cut]
                if word[:cut].endswith(link) and self._part_ok(head) and self._part_ok(tail):
                    best = min(best, (0, -min(self.frequency(head), self.frequency(tail))))
        return best

    def is_known(self, word: str) -> bool:
        """Whether a word is German (or a known trade word), compounds included; case is ignored."""
        lower = word.lower()
        return self.frequency(lower) > 0 or self._is_compound(lower, 1)

    def _edits(self, word: str) -> set[str]:
        """Spellings one edit away, plus ss/ß and ae/ä swaps."""
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        edits = {a + b[1:] for a, b in splits if b}
        edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        edits |= {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
        edits |= {a + c + b for a, b in splits for c in _ALPHABET}
        edits |= {word.replace(old, new) for old, new in _SPELLING_SWAPS if old in word}
        edits.discard(word)
        return edits

    def suggest(self, word: str, limit: int = 3) -> list[str]:
        """Up to `limit` known spellings close to `word`, commonest first, in the word's case."""
        key = (word.lower(), limit)
        if key not in self._suggestion_cache:
            if len(self._suggestion_cache) > _CACHE_LIMIT:
                self._suggestion_cache.clear()
            self._suggestion_cache[key] = self._suggest(key[0], limit)
        return [_recase(word, suggestion) for suggestion in self._suggestion_cache[key]]

    def _suggest(self, lower: str, limit: int) -> list[str]:
        """Close known spellings of a lowercase word."""
        edits = self._edits(lower)
        letters = sorted(lower)
        # Swapped letters are the commonest typo, so such candidates come first.
        plain = sorted((e for e in edits if self.frequency(e) > 0),
                       key=lambda e: (sorted(e) != letters, -self.frequency(e), e))
        found = plain[:limit]
        if len(found) < limit and 8 <= len(lower) <= _MAX_COMPOUND_SUGGESTION:
            compounds = [e for e in edits if e not in plain and self._is_compound(e, 1)]
            compounds.sort(key=lambda e: (sorted(e) != letters, self._split_cost(e), e))
            found += compounds[: limit - len(found)]
        return found


def _recase(original: str, suggestion: str) -> str:
    """The suggestion written with the original's initial capital."""
    return suggestion[:1].upper() + suggestion[1:] if original[:1].isupper() else suggestion


@functools.cache
def german_lexicon() -> Lexicon:
    """The shared German lexicon; the first call loads the word list (about 0.7 s)."""
    from spellchecker import (
        SpellChecker,  # imported here: loading is the slow part and happens on first use
    )

    return Lexicon(SpellChecker(language="de", distance=1).word_frequency.dictionary)
