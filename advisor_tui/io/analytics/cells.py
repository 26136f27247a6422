"""Cells of LinkedIn's analytics workbooks: counts, shares and dates in every form the exports use.

Counts come as numbers (legacy) or as text, with thousands separators in the interface language's style
("5,537", "2.571", NBSP, thin space) and may be negative. Shares come as fractions (0.0233), as "2%", or as a
localised "below one percent". Dates come as text in the interface language's order (M/D/YYYY in English,
DD/MM/YYYY in Portuguese, D.M.YYYY in German), as "Sep 30, 2025", or as real dates when a user re-saved the file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from advisor_tui.domain.text_safety import printable
from advisor_tui.io.errors import ImportFailed

MAX_TEXT = 300  # a demographic value or a label longer than this is no LinkedIn cell: it is cut
_SEPARATORS = str.maketrans("", "", ",.'\u00a0\u202f\u2009\u2007 _")
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-"})
_COUNT = re.compile(r"[-+]?\d+")
_EMPTY = frozenset({"", "-", "–", "—", "n/a", "k. a.", "--"})
# "< 1%" and its translations (German ones are guesses: no German export has been seen yet)
_BELOW_ONE = re.compile(
    r"^(?:<|&lt;|≤|menos\s+de|weniger\s+als|unter|kleiner\s+als|less\s+than|moins\s+de)\s*1\s*%$", re.IGNORECASE
)
_PERCENT = re.compile(r"^([-+]?\d+(?:[.,]\d+)?)\s*%$")
_FRACTION = re.compile(r"^[-+]?\d*[.,]?\d+$")
_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")
_DOT_DATE = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_MONTH_DATE = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ),
        start=1,
    )
    for name in names
}


@dataclass(frozen=True, slots=True)
class Where:
    """A cell's place for the German error line: file, sheet and coordinate."""

    file: str
    sheet: str
    cell: str

    def fail(self, what: str) -> ImportFailed:
        """The one German line for an unusable cell."""
        return ImportFailed(
            f"„{printable(self.file)}“, Tabellenblatt „{printable(self.sheet)}“, Zelle {self.cell}: {what}; "
            "so sieht kein LinkedIn-Analytics-Export aus."
        )


def shown(value: object) -> str:
    """A cell's value quoted in a message: printable, and short."""
    text = printable(str(value))
    return text if len(text) <= 40 else text[:39] + "…"


def text_of(value: object) -> str:
    """A cell as trimmed text ('' for an empty cell), cut to MAX_TEXT characters."""
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return " ".join(text.split())[:MAX_TEXT]


def count(value: object, where: Where) -> int | None:
    """A count: a number, or text with thousands separators; None for an empty cell."""
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise where.fail(f"„{shown(value)}“ ist keine Zahl")
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise where.fail(f"„{shown(value)}“ ist keine ganze Zahl")
    if isinstance(value, str):
        text = value.strip()
        if text.casefold() in _EMPTY:
            return None
        digits = text.translate(_MINUS).translate(_SEPARATORS)
        if _COUNT.fullmatch(digits) and len(digits) <= 15:
            return int(digits)
    raise where.fail(f"„{shown(value)}“ ist keine Zahl")


def share(value: object, where: Where) -> tuple[float | None, bool]:
    """A demographic share as (fraction, below one percent); (None, False) for an empty cell."""
    if value is None:
        return None, False
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if 0 <= value <= 1:
            return float(value), False
        raise where.fail(f"„{shown(value)}“ ist kein Anteil")
    if isinstance(value, str):
        text = " ".join(value.replace("\u00a0", " ").replace("\u202f", " ").split())
        if text.casefold() in _EMPTY:
            return None, False
        if _BELOW_ONE.match(text):
            return None, True
        found = _PERCENT.match(text)
        if found:
            number = float(found.group(1).replace(",", "."))
            if 0 <= number <= 100:
                return number / 100, False
        elif _FRACTION.match(text):
            number = float(text.replace(",", "."))
            if 0 <= number <= 1:
                return number, False
    raise where.fail(f"„{shown(value)}“ ist kein Prozentwert")


def slash_parts(texts: Iterable[object]) -> list[tuple[int, int, int]]:
    """The numbers of every slash date (a/b/YYYY) in the texts: what decides M/D against D/M."""
    return [
        (int(found.group(1)), int(found.group(2)), int(found.group(3)))
        for text in texts
        if isinstance(text, str)
        for found in _SLASH_DATE.finditer(text)
    ]


def day_first(parts: list[tuple[int, int, int]]) -> bool | None:
    """Whether slash dates are D/M (True), M/D (False), or undecided (None) by the data alone."""
    first = any(a > 12 for a, _, _ in parts)
    second = any(b > 12 for _, b, _ in parts)
    if first and second:
        return None  # contradictory: the caller decides by other means, and an impossible date then fails
    return True if first else False if second else None


def ends_found(parts: list[tuple[int, int, int]], period_ends: set[date], dmy: bool) -> int:
    """How many of the period's ends the slash dates name when read as D/M (dmy) or M/D."""
    named = {_built(year, b, a) if dmy else _built(year, a, b) for a, b, year in parts}
    return len(period_ends & named)


def _built(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_date(text: str, dmy: bool) -> date | None:
    """The first date written in a text in any of the exports' forms, or None."""
    found = _SLASH_DATE.search(text)
    if found:
        a, b, year = (int(g) for g in found.groups())
        return _built(year, b, a) if dmy else _built(year, a, b)
    found = _DOT_DATE.search(text)
    if found:
        day, month, year = (int(g) for g in found.groups())
        return _built(year, month, day)
    found = _ISO_DATE.search(text)
    if found:
        return _built(*(int(g) for g in found.groups()))
    found = _MONTH_DATE.search(text)
    if found and found.group(1).casefold() in _MONTHS:
        return _built(int(found.group(3)), _MONTHS[found.group(1).casefold()], int(found.group(2)))
    return None


def all_dates(text: str, dmy: bool) -> list[date]:
    """Every date in a text (e.g. the two ends of "8/25/2024 - 11/22/2024"), in order."""
    found: list[tuple[int, date]] = []
    for pattern in (_SLASH_DATE, _DOT_DATE, _ISO_DATE, _MONTH_DATE):
        for match in pattern.finditer(text):
            day = find_date(match.group(0), dmy)
            if day is not None:
                found.append((match.start(), day))
    return [day for _, day in sorted(found)]


def day_of(value: object, where: Where, dmy: bool) -> date | None:
    """A date cell: text in any of the exports' forms, or a real date; None for an empty cell."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if len(text) <= 40:
            found = find_date(text, dmy)
            if found is not None and len(all_dates(text, dmy)) == 1:
                return found
    raise where.fail(f"„{shown(value)}“ ist kein Datum")


def is_date_like(value: object) -> bool:
    """Whether a cell looks like a date at all (to tell a header row from a data row)."""
    if isinstance(value, date):  # a datetime is a date too
        return True
    return isinstance(value, str) and any(find_date(value, dmy) is not None for dmy in (False, True))
