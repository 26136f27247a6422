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


def find_closing(text: str) -> ClosingMatch | None:
    """The last closing formula of the text, if any."""
    matches = list(_CLOSING_RE.finditer(text))
    if not matches:
        return None
    last = matches[-1]
    start = last.start("formula") + len(last.group("formula")) - len(last.group("formula").lstrip())
    after = _AFTER_RE.match(text, last.end())
    punct = after.group(1) if after else ""
    return ClosingMatch(start, last.end(), text[start : last.end()], punct, after.start(1) if after else last.end())


def find_abbreviated_closings(text: str) -> list[re.Match[str]]:
    """Abbreviated closings such as "MfG", "VG" or an inline "lg", which read as careless to a client."""
    return list(_ABBREVIATION_RE.finditer(text))
