"""ISO 8601 calendar weeks (Kalenderwochen): the unit the content plan is organised in."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_KEY_PATTERN = re.compile(r"^\s*(\d{4})-?W(\d{1,2})\s*$", re.IGNORECASE)


def weeks_in_year(year: int) -> int:
    """How many ISO weeks a year has: 53 when it starts on a Thursday (or a leap year on a Wednesday)."""
    # 28 December always lies in the last ISO week of its year.
    return date(year, 12, 28).isocalendar().week


@dataclass(frozen=True, order=True, slots=True)
class IsoWeek:
    """One ISO calendar week; ordered by year, then week."""

    year: int
    week: int

    def __post_init__(self) -> None:
        if not 1 <= self.week <= weeks_in_year(self.year):
            raise ValueError(f"KW {self.week} gibt es im Jahr {self.year} nicht.")

    @classmethod
    def from_date(cls, day: date) -> IsoWeek:
        """The week a day lies in (the ISO year may differ from the calendar year)."""
        iso = day.isocalendar()
        return cls(iso.year, iso.week)

    @classmethod
    def parse(cls, text: str) -> IsoWeek:
        """A week from its key `2026-W48` (also `2026W48`, `2026-w5`); ValueError otherwise."""
        match = _KEY_PATTERN.match(text)
        if match is None:
            raise ValueError(f"„{text}“ ist keine Kalenderwoche (erwartet z. B. 2026-W48).")
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def key(self) -> str:
        """The ISO 8601 week key, e.g. `2026-W48`."""
        return f"{self.year}-W{self.week:02d}"

    @property
    def monday(self) -> date:
        """The first day of the week."""
        return date.fromisocalendar(self.year, self.week, 1)

    @property
    def sunday(self) -> date:
        """The last day of the week."""
        return date.fromisocalendar(self.year, self.week, 7)

    @property
    def short_label(self) -> str:
        """`KW 48`, for tight spaces and sentences."""
        return f"KW {self.week}"

    @property
    def label(self) -> str:
        """`KW 48 · 23.–29.11.2026`; across months `KW 5 · 29.01.–04.02.2024`; across years in full."""
        return f"{self.short_label} · {format_day_span(self.monday, self.sunday)}"

    def contains(self, day: date) -> bool:
        """Whether a day lies in this week."""
        return self.monday <= day <= self.sunday

    def shift(self, weeks: int) -> IsoWeek:
        """The week `weeks` weeks later (earlier when negative)."""
        return IsoWeek.from_date(self.monday + timedelta(weeks=weeks))

    def next(self) -> IsoWeek:
        """The following week."""
        return self.shift(1)

    def prev(self) -> IsoWeek:
        """The week before."""
        return self.shift(-1)

    def weeks_until(self, other: IsoWeek) -> int:
        """How many weeks lie from this week to `other` (negative when `other` is earlier)."""
        return (other.monday - self.monday).days // 7

    def __str__(self) -> str:
        return self.key


def format_day_span(first: date, last: date) -> str:
    """A German day range that names the month and year only where they change."""
    if first.year != last.year:
        return f"{first:%d.%m.%Y}–{last:%d.%m.%Y}"
    if first.month != last.month:
        return f"{first:%d.%m.}–{last:%d.%m.%Y}"
    return f"{first:%d.}–{last:%d.%m.%Y}"


def week_range(start: IsoWeek, end: IsoWeek) -> list[IsoWeek]:
    """Every week from `start` to `end`, both included; empty when `end` comes first."""
    return [start.shift(offset) for offset in range(start.weeks_until(end) + 1)]
