"""Spelling: a warning only for a confident typo, a hint for other unknown words; what is never checked.

Never checked: links, domains, e-mail addresses, @handles, #hashtags, tokens with digits, acronyms, mixed-case
words (phpBB, iPhone), values after "Benutzername:" or "Passwort:", the greeting's names, the signature below the
closing, quoted lines ("> …"). Abbreviations with their full stop, gender forms (Mitarbeiter*innen) and
truncated compounds ("Lösungs- und Beratungsangebot") are accepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from advisor_tui.domain.courtesy.closing_parse import find_closing
from advisor_tui.domain.courtesy.document import Document
from advisor_tui.domain.courtesy.findings import Finding, finding
from advisor_tui.domain.courtesy.greeting_parse import parse_greeting
from advisor_tui.domain.courtesy.lexicon import ABBREVIATIONS, COMMON_WORDS
from advisor_tui.domain.courtesy.live import LiveCheck, Superseded
from advisor_tui.domain.courtesy.speller import Speller, german_speller

_CHUNK_RE = re.compile(r"\S+")
_EDGE = "\"'„“”‚‘’»«()[]{}<>,;:!?…–—•·|"
_NOT_WORDS_RE = re.compile(r"[\d@#/\\]|://|^www\.|\.(?:[a-z]{2,24})$|\.[a-z]{2,24}/")
_GENDER_RE = re.compile(r"^([^\W\d_]{2,})(?:\*|:|_|/-?)(innen|in|nen|en|n|r|e|er)$", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_SKIPPED_LINES_RE = re.compile(
    r"^[ \t]*>.*$"  # quoted text
    r"|\b(?:Benutzername|Benutzer|Nutzername|Login|Passwort|Kennwort|Username|Password|PIN|Zugangscode)"
    r"[ \t]*:[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)
_NAME_MARKERS = frozenset({"herr", "herrn", "frau", "dr", "prof", "professor", "professorin", "kollege", "kollegin",
                           "firma", "familie"})
_LEGAL_FORMS = frozenset({"gmbh", "ag", "kg", "se", "mbh", "ohg", "ug", "co", "kgaa", "gbr", "ek", "eg", "ev", "&"})
_QUOTES = frozenset("\"'„“‚‘»«")
_MIN_LENGTH = 3
_NAME_LINE_WORDS = 4
_MAX_LENGTH = 50
# Inflection endings and what the stem must end with for each: "Skript|e", "String|s", "Tabelle|n".
_CONSONANTS = "bcdfghjklmnpqrstvwxzß"
_ENDINGS = (("en", _CONSONANTS), ("e", _CONSONANTS), ("es", _CONSONANTS), ("er", _CONSONANTS), ("n", "e"),
            ("s", "aiouybcdfghklmnprtvw"))
_LINKING = ("s", "es", "n", "en")
_ENGLISH_MIN = 5
_APOCOPE_AFTER = frozenset({"ich"})  # "ich freu mich", "ich hab" (colloquial, not a typo)


def _skipped_ranges(text: str, parsed: Document | None) -> list[tuple[int, int]]:
    """The greeting with its names, quoted lines, credentials and the signature below the closing."""
    ranges = [match.span() for match in _SKIPPED_LINES_RE.finditer(text)]
    greeting = parsed.greeting if parsed else parse_greeting(text)
    if greeting:
        ranges.append((greeting.start, greeting.end))
    closing = parsed.closing if parsed else find_closing(text)
    if closing:
        ranges.append((closing.end, len(text)))
    return ranges


def _chunks(text: str) -> list[tuple[str, int, bool]]:
    """Whitespace-separated chunks without their edge punctuation: text, offset, and a full stop after it."""
    found = []
    for match in _CHUNK_RE.finditer(text):
        raw, start = match.group(), match.start()
        core = raw.lstrip(_EDGE)
        start += len(raw) - len(core)
        core = core.rstrip(_EDGE)
        dot = core.endswith(".")
        core = core.rstrip(".").rstrip(_EDGE)
        if core:
            found.append((core, start, dot))
    return found


def _words(core: str, start: int) -> Iterator[tuple[str, int]]:
    """The words of a chunk to check: hyphenated parts apart; nothing for non-words and gender forms."""
    if _NOT_WORDS_RE.search(core) or "." in core:
        return  # links, domains, numbers, handles, "z.B.", "und/oder"
    for match in _WORD_RE.finditer(core):
        yield match.group(), start + match.start()


def _gender_form(speller: Speller, core: str, start: int, known: frozenset[str]) -> tuple[str, int] | None:
    """ "Mitarbeiter*innen", "Gutachter/innen": fine when the joined form is known, else its base is checked."""
    gender = _GENDER_RE.match(core)
    if gender is None:
        return None
    base, ending = gender.group(1), gender.group(2).replace("*", "")
    if base.lower() in known or speller.knows(base + ending) or speller.knows(base):
        return "", start
    return base, start


def _name_line(text: str, start: int) -> bool:
    """A short line of capitalised words only ("Jonas Hoffmann", "Qwertzbank Musterstadt"): a signature line."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = text[line_start : len(text) if line_end < 0 else line_end].split()
    # "Viele Grüße", "Guten Tag Frau Weber,": a common word makes it a greeting or closing line, not a name.
    return (len(words) <= _NAME_LINE_WORDS and all(word[:1].isupper() for word in words)
            and not any(word.strip(_EDGE + ".").lower() in COMMON_WORDS for word in words))


def _foreign_neighbour(speller: Speller, text: str, chunks: list[tuple[str, int, bool]], i: int) -> bool:
    """A name's neighbour in the same phrase: an acronym or mixed-case word ("Entra ID", "WebSocket Daemon"),
    or another capitalised word German does not know ("Microsoft Entra", "Azure Active")."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(chunks):
            continue
        near = chunks[j][0]
        first, second = sorted((i, j))
        if chunks[first][2] or "\n" in text[chunks[first][1] : chunks[second][1]]:
            continue  # a full stop or a line break between them
        letters = near.replace("-", "")
        if (letters.isalpha() and len(letters) >= 2 and not letters.islower() and not letters[1:].islower()) or (
                letters.isalpha() and letters[:1].isupper() and not speller.knows(letters)
                and not speller.knows(letters.lower())):
            return True
    return False


def _name_position(text: str, chunks: list[tuple[str, int, bool]], i: int, word: str, speller: Speller) -> bool:
    """Where a word is likely a name, never a confident typo: after Herr/Frau/Dr./Firma, before GmbH/AG, on a
    name line, in quotation marks ("„Moodle“"), written the same way twice (a typo seldom repeats), or beside
    another foreign capitalised word."""
    core, start, _ = chunks[i]
    if not core[:1].isupper():
        return False
    if (i and chunks[i - 1][0].lower().rstrip(".") in _NAME_MARKERS) or _name_line(text, start):
        return True
    if text[start - 1 : start] in _QUOTES or text.count(word) > 1:
        return True
    if any(chunk.lower() in _LEGAL_FORMS for chunk, _, _ in chunks[i + 1 : i + 4]):
        return True
    return core == word and _foreign_neighbour(speller, text, chunks, i)


def _english_noun(speller: Speller, word: str) -> bool:
    """A capitalised English word of some length ("Profiling", "Cloud"); short ones ("Dine" for "Dinge") are
    as often a German word with a letter dropped."""
    return len(word) >= _ENGLISH_MIN and speller.knows_english(word)


def _inflected(speller: Speller, word: str) -> bool:
    """A known noun with an inflection ending the dictionary lacks ("Skripte", "Strings"): maybe right."""
    for ending, after in _ENDINGS:
        base = word[: -len(ending)]
        if (word.endswith(ending) and len(base) >= _MIN_LENGTH and base[-1].lower() in after
                and base[-1] != ending[0] and speller.knows(base)):
            return True
    return False


def _accepted_form(speller: Speller, word: str, part_of: str, previous: str) -> bool:
    """Right by grammar though not in the dictionary: a hyphenated compound's first part with its linking
    element ("Aktivierungs-E-Mail"), the genitive of a noun from a verb ("des Schweigens"), or a colloquial
    dropped "e" after "ich" ("ich freu mich")."""
    if part_of.startswith(word + "-"):
        return any(word.endswith(link) and speller.knows(word[: -len(link)]) for link in _LINKING)
    if word.endswith("ens") and word[:1].isupper() and speller.knows(word[:-1].lower()):
        return True
    return previous.lower() in _APOCOPE_AFTER and speller.knows(word + "e")


def _checkable(word: str, known: frozenset[str]) -> bool:
    """Words worth a look: long enough, not an acronym or a mixed-case name, not in the known words."""
    return _MIN_LENGTH <= len(word) <= _MAX_LENGTH and word[1:].islower() and word.lower() not in known


def _accepted(speller: Speller, core: str, word: str, dot: bool) -> bool:
    """Known German, a whole hyphenated word, or an abbreviation with its full stop."""
    if dot and (word.lower() in ABBREVIATIONS or speller.knows(word + ".")):
        return True
    return speller.knows(word) or (core != word and "-" in core and speller.knows(core))


def _unknown_word(speller: Speller, word: str, start: int, doubtful: bool, live: LiveCheck | None) -> Finding | None:
    """A warning for a confident typo (a word Hunspell knows one edit away, the word not doubtful), a hint
    offering the dictionary for the rest, or nothing for English words with no German word near. While typing
    (`live` deferring), a word whose suggestions are not known yet is a plain hint until the second pass."""
    if live is not None and live.defer_suggestions:
        known = speller.suggested(word, quick=doubtful)
        if known is None:
            live.deferred.append(word)
        suggestions = known or []
    else:
        suggestions = speller.suggest(word, quick=doubtful)
    shown = ", ".join(f"„{s}“" for s in suggestions)
    end = start + len(word)
    if suggestions and not doubtful and speller.confident(suggestions[0]):
        return finding("spelling", f"Tippfehler? „{word}“ – meinten Sie {shown}?", start, end, suggestions[0])
    if not suggestions and speller.knows_english(word):
        return None
    message = (f"Unbekanntes Wort „{word}“" + (f" (oder {shown}?)" if suggestions else "")
               + ". Ist es richtig, nehmen Sie es ins Wörterbuch auf.")
    return finding("spelling-unknown", message, start, end, suggestions[0] if suggestions else None)


def check_spelling(text: str, *, known_words: Iterable[str] = (), speller: Speller | None = None,
                   parsed: Document | None = None, live: LiveCheck | None = None) -> list[Finding]:
    """Typos (warnings) and unknown words (hints); the first call loads the dictionary.

    `known_words` as a frozenset must be lowercase; `parsed` is the rules' parse of the same text, reused;
    `live`: a check while typing, which stops for a newer text and may leave suggestions for later.
    """
    speller = speller or german_speller()
    if live is None:
        return _spelling_findings(text, known_words, speller, parsed, None)
    try:
        with speller.giving_way(live.superseded):
            return _spelling_findings(text, known_words, speller, parsed, live)
    except Superseded:
        live.stopped = True
        return []


def _spelling_findings(text: str, known_words: Iterable[str], speller: Speller, parsed: Document | None,
                       live: LiveCheck | None) -> list[Finding]:
    known = known_words if isinstance(known_words, frozenset) else frozenset(w.lower() for w in known_words)
    skipped = sorted(_skipped_ranges(text, parsed))
    chunks = _chunks(text)
    findings: list[Finding] = []
    for i, (core, start, dot) in enumerate(chunks):
        if live is not None and live.stop_now():
            break
        while skipped and skipped[0][1] <= start:
            skipped.pop(0)  # chunks come in text order: ranges behind us are done
        if skipped and any(begin <= start < end for begin, end in skipped):
            continue
        if core.endswith("-") or core.startswith("-"):
            continue  # a truncated compound: "Lösungs- und Beratungsangebot", "Kredit- oder -beratung"
        gender = _gender_form(speller, core, start, known)
        for word, offset in [gender] if gender else _words(core, start):
            at_end = dot and offset + len(word) == start + len(core)
            if not word or not _checkable(word, known) or _accepted(speller, core, word, at_end):
                continue
            previous = chunks[i - 1][0] if i else ""
            if _accepted_form(speller, word, core[offset - start :], previous):
                continue
            # Doubtful: a name, the first part of a hyphenated word ("Espo-Ordner"), an English noun ("Hard Disk"),
            # or a known word with an ending the dictionary lacks.
            doubtful = (_name_position(text, chunks, i, word, speller) or core[offset - start :].startswith(word + "-")
                        or (word[:1].isupper() and (_english_noun(speller, word) or _inflected(speller, word))))
            found = _unknown_word(speller, word, offset, doubtful, live)
            if found:
                findings.append(found)
    return findings
