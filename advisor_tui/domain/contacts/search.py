"""Fuzzy contact search for the Kontakte screen: one keystroke over 30,000 contacts in well under 25 ms.

Two passes over strings folded once at build time, loosely ('Müller', 'Mueller' and 'Muller' are the same
text): an exact substring pass (name hits before company or position hits, word starts before word middles),
then, only for a query word that starts no word at all (a typo), the words and word starts within a few edits
of it, more edits allowed in longer words; a contact matches fuzzily when each query word is close to one of
its words. Close means an edit distance, not a shared fragment: "Bäckerei" does not find "Dachdeckerei".
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterable

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.lexicon import fold, tokens

FUZZY_MIN_LEN = 5  # shorter query words must match exactly: one typo in four letters is another word
LONG_WORD = 9  # from this length two typos are forgiven, below it one
HALF_WORD_TYPO_FROM = 7  # a typo in a half-typed word counts from here: "schux" is any "schu…" with one typo
EDIT_PENALTY = 10.0  # score lost per edit, from 100 for an exact word
PREFILTER_CUTOFF = 75  # partial_ratio of one substituted letter in five (80) or two in nine (78) passes
OTHER_WORD_PENALTY = 1.0  # among equally close words, a name beats a company or position

_NAME_START, _NAME_INSIDE, _OTHER_START, _OTHER_INSIDE, _ALL_WORDS = range(5)


def loose_fold(text: str) -> str:
    """Folded text with umlauts as their bare vowels, so that 'muller', 'müller' and 'mueller' are one word."""
    return fold(text).replace("ae", "a").replace("oe", "o").replace("ue", "u")  # fold wrote ü as ue


def allowed_edits(word: str) -> int:
    """How many typos a query word may hold: none in short words, one, two from LONG_WORD letters."""
    if len(word) < FUZZY_MIN_LEN:
        return 0
    return 2 if len(word) >= LONG_WORD else 1


class ContactIndex:
    """Pre-folded search strings of a list of contacts; rebuild it after contacts change.

    Compact at 30,000 contacts and more: folded name, company and position, and the whole (equal texts shared:
    namesakes, colleagues), and each word's contacts as an array of positions instead of a list of tuples.
    """

    def __init__(self, contacts: Iterable[Contact]) -> None:
        self._ids: list[int] = []
        self._names: list[str] = []
        self._others: list[str] = []
        self._texts: list[str] = []
        name_postings: dict[str, array[int]] = {}
        other_postings: dict[str, array[int]] = {}
        shared: dict[str, str] = {}  # equal texts once: namesakes at the same company, the folds of equal names
        folded = _Folds()
        for position, contact in enumerate(contacts):
            if contact.id is None:
                raise ValueError("ContactIndex needs stored contacts with ids")
            name = " " + folded(f"{contact.title} {contact.first_name} {contact.last_name}")
            other = " " + folded(f"{contact.company} {contact.position}")
            text = name + other
            self._ids.append(contact.id)
            self._names.append(shared.setdefault(name, name))
            self._others.append(shared.setdefault(other, other))
            self._texts.append(shared.setdefault(text, text))
            name_words = set(tokens(name))
            for word in name_words:
                _posting(name_postings, word).append(position)
            for word in set(tokens(other)) - name_words:
                _posting(other_postings, word).append(position)
        self._name_postings = name_postings
        self._other_postings = other_postings
        words = name_postings.keys() | other_postings.keys()
        # Words sorted by length, so that a query word is only compared with words at least about as long.
        self._words = sorted(words, key=len)
        self._word_lengths = array("I", map(len, self._words))
        self._sorted_words = sorted(words)

    def __len__(self) -> int:
        return len(self._ids)

    def search(self, query: str, limit: int | None = None) -> list[int]:
        """Contact ids that match the query, best first; all ids in original order for an empty query."""
        folded = loose_fold(query)
        if not folded:
            return self._ids[:limit]
        words = folded.split()
        exact = self._exact(folded, words)
        fuzzy = self._fuzzy(words, set(exact))
        return [self._ids[position] for position in (exact + fuzzy)[:limit]]

    def _exact(self, folded: str, words: list[str]) -> list[int]:
        """Positions whose text holds every query word, ranked by tier, in original order within a tier."""
        texts = self._texts
        longest, *others = sorted(words, key=len, reverse=True)
        hits = [position for position, text in enumerate(texts) if longest in text]
        for word in others:
            hits = [position for position in hits if word in texts[position]]
        return self._by_tier(hits, folded)

    def _by_tier(self, hits: list[int], folded: str) -> list[int]:
        """Hits in the name before elsewhere, at a word start before inside a word, all words last."""
        word_start = " " + folded
        names, others = self._names, self._others
        tiers: tuple[list[int], ...] = ([], [], [], [], [])
        for position in hits:
            name = names[position]
            if word_start in name:
                tiers[_NAME_START].append(position)
            elif folded in name:
                tiers[_NAME_INSIDE].append(position)
            elif word_start in others[position]:
                tiers[_OTHER_START].append(position)
            elif folded in others[position]:
                tiers[_OTHER_INSIDE].append(position)
            else:
                tiers[_ALL_WORDS].append(position)
        return [position for tier in tiers for position in tier]

    def _fuzzy(self, words: list[str], found: set[int]) -> list[int]:
        """Positions not yet found whose words are close to every query word, best score first; none unless a
        query word is a typo (it starts no word of any contact)."""
        if all(self._starts_a_word(word) or not allowed_edits(word) for word in words):
            return []
        first, *rest = words
        combined = {position: score for position, score in self._word_scores(first).items() if position not in found}
        for word in rest:
            if not combined:
                break
            scores = self._word_scores(word)
            combined = {
                position: combined[position] + score for position, score in scores.items() if position in combined
            }
        return sorted(combined, key=lambda position: (-combined[position], position))

    def _starts_a_word(self, word: str) -> bool:
        """Whether some contact has a word that begins with this one (then it is no typo)."""
        at = bisect_left(self._sorted_words, word)
        return at < len(self._sorted_words) and self._sorted_words[at].startswith(word)

    def _word_scores(self, word: str) -> dict[int, float]:
        """The best score of each contact for one query word: exact substring for a word that is no typo,
        else its words (or word starts) within the allowed edits."""
        edits = allowed_edits(word)
        if not edits or self._starts_a_word(word):
            return {position: 100.0 for position, text in enumerate(self._texts) if word in text}
        # rapidfuzz narrows in C (a word holding something like the query); the edit distance to the whole word
        # or to its start decides, so that "baeckerei" does not find "dachdeckerei" by the shared ending.
        first = bisect_left(self._word_lengths, len(word) - edits)
        likely = process.extract(
            word,
            self._words[first:],
            scorer=fuzz.partial_ratio,
            processor=None,
            limit=None,
            score_cutoff=PREFILTER_CUTOFF,
        )
        matches = [
            (candidate, distance) for candidate, _, _ in likely if (distance := _edits_to(word, candidate)) <= edits
        ]
        scores: dict[int, float] = {}
        for candidate, distance in matches:
            score = 100.0 - EDIT_PENALTY * distance
            for postings, penalty in ((self._name_postings, 0.0), (self._other_postings, OTHER_WORD_PENALTY)):
                for position in postings.get(candidate, ()):
                    if score - penalty > scores.get(position, 0.0):
                        scores[position] = score - penalty
        return scores


def _posting(postings: dict[str, array[int]], word: str) -> array[int]:
    """The positions of the contacts holding a word (4 bytes each, not a tuple of objects)."""
    found = postings.get(word)
    if found is None:
        found = postings[word] = array("I")
    return found


class _Folds(dict[str, str]):
    """loose_fold with memory while building: names, companies and positions repeat a lot in a network."""

    def __call__(self, text: str) -> str:
        folded = self.get(text)
        if folded is None:
            folded = self[text] = loose_fold(text)
        return folded


def _edits_to(word: str, candidate: str) -> int:
    """Typos between a query word and a contact's word, or the start of a longer one (typed half)."""
    size = len(word)
    whole = Levenshtein.distance(word, candidate)
    if len(candidate) <= size or size < HALF_WORD_TYPO_FROM:
        return whole
    return min(whole, Levenshtein.distance(word, candidate[:size]), Levenshtein.distance(word, candidate[: size + 1]))
