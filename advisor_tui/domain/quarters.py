"""Calendar quarters, the period managers think in (results, feedback, the report): 2026Q4 is October to December."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_QUARTER = re.compile(r"^\s*(\d{4})\s*[-/ ]?\s*[Qq]\s*([1-4])\s*$|^\s*[Qq]\s*([1-4])\s*[-/ ]?\s*(\d{4})\s*$")


@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    """One calendar quarter."""

    year: int
    number: int

    def __post_init__(self) -> None:
        if not 1 <= self.number <= 4:
            raise ValueError(f"quarter {self.number} does not exist")

    @classmethod
    def of(cls, day: date) -> Quarter:
        """The quarter a day falls in."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """ "2026Q4", "2026-Q4", "Q4 2026" (any case); ValueError with a German message otherwise."""
        found = _QUARTER.match(text)
        if found is None:
            raise ValueError(f"„{text.strip()[:40]}“ ist kein Quartal (erwartet z. B. 2026Q4).")
        year, number = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
        return cls(int(year), int(number))

    @property
    def start(self) -> date:
        """The quarter's first day."""
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        """The quarter's last day."""
        following = self.next()
        return date.fromordinal(following.start.toordinal() - 1)

    def contains(self, day: date) -> bool:
        """Whether the day falls in this quarter."""
        return self.start <= day <= self.end

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.contains(day)

    def next(self) -> Quarter:
        """The quarter after this one."""
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)

    def previous(self) -> Quarter:
        """The quarter before this one."""
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    @property
    def key(self) -> str:
        """The form the command line takes: 2026Q4."""
        return f"{self.year}Q{self.number}"

    @property
    def label(self) -> str:
        """German: "Q4 2026"."""
        return f"Q{self.number} {self.year}"

    def __str__(self) -> str:
        return self.key
