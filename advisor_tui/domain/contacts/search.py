"""Fuzzy contact search for the Kontakte screen: one keystroke over 30,000 contacts in well under 25 ms.

Two passes over strings folded once at build time ('Müller' and 'Mueller' are the same text):
an exact substring pass (name hits before company or position hits, word starts before word middles),
then, for typos, rapidfuzz over the distinct words of all contacts rather than over 30,000 long
strings; a contact matches fuzzily when each query word is close to one of its words.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable

from rapidfuzz import fuzz, process

from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.lexicon import fold, tokens

FUZZY_MIN_LEN = 4  # shorter query words must match exactly: one typo in three letters is another word
FUZZY_CUTOFF = 80
OTHER_WORD_PENALTY = 1.0  # among equally close words, a name beats a company or position

_NAME_START, _NAME_INSIDE, _OTHER_START, _OTHER_INSIDE, _ALL_WORDS = range(5)


class ContactIndex:
    """Pre-folded search strings of a list of contacts; rebuild it after contacts change."""

    def __init__(self, contacts: Iterable[Contact]) -> None:
        self._ids: list[int] = []
        self._names: list[str] = []
        self._others: list[str] = []
        self._texts: list[str] = []
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for position, contact in enumerate(contacts):
            if contact.id is None:
                raise ValueError("ContactIndex needs stored contacts with ids")
            name = " " + fold(f"{contact.title} {contact.first_name} {contact.last_name}")
            other = " " + fold(f"{contact.company} {contact.position}")
            self._ids.append(contact.id)
            self._names.append(name)
            self._others.append(other)
            self._texts.append(name + other)
            name_words = set(tokens(name))
            for word in name_words:
                postings[word].append((position, 0.0))
            for word in set(tokens(other)) - name_words:
                postings[word].append((position, OTHER_WORD_PENALTY))
        # Words sorted by length, so that a query word is only compared with words at least about as long.
        self._words = sorted(postings, key=len)
        self._word_lengths = [len(word) for word in self._words]
        self._postings = dict(postings)

    def __len__(self) -> int:
        return len(self._ids)

    def search(self, query: str, limit: int | None = None) -> list[int]:
        """Contact ids that match the query, best first; all ids in original order for an empty query."""
        folded = fold(query)
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
        """Positions not yet found whose words are close to every query word, best average score first."""
        if not any(len(word) >= FUZZY_MIN_LEN for word in words):
            return []
        # With one query word, words that contain it verbatim only lead back to exact hits.
        skip_verbatim = len(words) == 1
        first, *rest = words
        combined = {position: score for position, score in self._word_scores(first, skip_verbatim).items()
                    if position not in found}
        for word in rest:
            if not combined:
                break
            scores = self._word_scores(word, skip_verbatim)
            combined = {position: combined[position] + score for position, score in scores.items()
                        if position in combined}
        return sorted(combined, key=lambda position: (-combined[position], position))

    def _word_scores(self, word: str, skip_verbatim: bool) -> dict[int, float]:
        """The best score of each contact for one query word (exact substring only for short words)."""
        if len(word) < FUZZY_MIN_LEN:
            return {position: 100.0 for position, text in enumerate(self._texts) if word in text}
        first = bisect_left(self._word_lengths, len(word) - 1)
        matches = process.extract(
            word, self._words[first:], scorer=fuzz.partial_ratio, processor=None, limit=None,
            score_cutoff=FUZZY_CUTOFF,
        )
        scores: dict[int, float] = {}
        for candidate, score, _ in matches:
            if skip_verbatim and word in candidate:
                continue
            for position, penalty in self._postings[candidate]:
                if score - penalty > scores.get(position, 0.0):
                    scores[position] = score - penalty
        return scores
