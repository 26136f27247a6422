"""Finds the closing formula ("Mit freundlichen Grüßen") and what follows it."""

from __future__ import annotations

import re
from dataclasses import dataclass

_GREETINGS_WORD = r"Gr(?:ü|ue|u)(?:ß|ss)(?:en?)?"
_CLOSING_RE = re.compile(
    rf"""(?P<formula>
        (?:(?<![\w])mit[ \t]+)?(?:(?:sehr|ganz|recht)[ \t]+)?
        (?:freundlichen?|freundlichem|besten?|beste|vielen?|viele|herzlichen?|herzlichem|herzliche|schönen?|schöne
           |lieben?|liebe|sonnigen?|sonnige|kollegialen?|kollegiale|netten?|nette)
        [ \t]+{_GREETINGS_WORD}
      | ^[ \t]*(?:Gruß|Grüße|Herzlichst|Hochachtungsvoll)(?=[ \t]*[,.!]?[ \t]*(?:\r?\n|$))
    )""",
    re.IGNORECASE | re.MULTILINE | re.VERBOSE,
)
# Every closing formula holds one of these words: lines without them need no closer look.
_CLOSING_WORD_RE = re.compile(rf"{_GREETINGS_WORD}|Gruß|Herzlichst|Hochachtungsvoll", re.IGNORECASE)
_AFTER_RE = re.compile(r"[ \t]*([,.]?)[ \t]*(?=\r?\n|$)")
_ABBREVIATION_RE = re.compile(r"(?<![\w])(?:MfG|mfg|Mfg|VG|LG|BG|vG|lG|lg|vg)(?![\w])")


@dataclass(frozen=True, slots=True)
class ClosingMatch:
    """The last closing formula in a text and the punctuation right after it (',' is wrong)."""

    start: int
    end: int
    formula: str
    punct: str
    punct_start: int


def _last_closing(text: str) -> re.Match[str] | None:
    """The last match of the closing pattern, tried only on lines that hold a closing word (a cheap search)."""
    end = len(text)
    while True:
        # The last line with a closing word comes first.
        hint = next(reversed(list(_CLOSING_WORD_RE.finditer(text, 0, end))), None)
        if hint is None:
            return None
        line_start = text.rfind("\n", 0, hint.start()) + 1
        line_end = text.find("\n", hint.end())
        matches = list(_CLOSING_RE.finditer(text, line_start, len(text) if line_end < 0 else line_end))
        if matches:
            return matches[-1]
        end = line_start


def find_closing(text: str) -> ClosingMatch | None:
    """The last closing formula of the text, if any."""
    last = _last_closing(text)
    if last is None:
        return None
    start = last.start("formula") + len(last.group("formula")) - len(last.group("formula").lstrip())
    after = _AFTER_RE.match(text, last.end())
    punct = after.group(1) if after else ""
    return ClosingMatch(start, last.end(), text[start : last.end()], punct, after.start(1) if after else last.end())


def find_abbreviated_closings(text: str) -> list[re.Match[str]]:
    """Abbreviated closings such as "MfG", "VG" or an inline "lg", which read as careless to a client."""
    return list(_ABBREVIATION_RE.finditer(text))
