"""Days as the advisor writes them: 23.11.2026 (or 23.11.26, or ISO 2026-11-23), read and written in one place."""

from __future__ import annotations

import re
from datetime import date, datetime

_GERMAN_DAY = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\s*$")


def parse_day(text: str) -> date | None:
    """A day written `23.11.2026`, `23.11.26` or `2026-11-23`; None when empty; ValueError (German) otherwise."""
    text = text.strip()
    if not text:
        return None
    match = _GERMAN_DAY.match(text)
    try:
        if match:
            day, month, year = (int(part) for part in match.groups())
            return date(year + 2000 if year < 100 else year, month, day)
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        pass
    raise ValueError(f"„{text[:40]}“ ist kein Datum (erwartet z. B. 23.11.2026).")


def format_day(day: date | None) -> str:
    """A day as forms show it: `23.11.2026`, or empty."""
    return f"{day:%d.%m.%Y}" if day else ""
