"""The daily inbox check-in: working days, German public holidays and the streak of days checked.

Working days are Monday to Friday except public holidays. By default those are the nine holidays
observed in every German state (Neujahr, Karfreitag, Ostermontag, Tag der Arbeit, Christi Himmelfahrt,
Pfingstmontag, Tag der Deutschen Einheit, 1. and 2. Weihnachtstag); state-only holidays (Fronleichnam,
Reformationstag, …) are not known here. A caller may pass any container of dates instead, e.g. an
object of the `holidays` package for one state. Weekends and holidays neither count towards a streak
nor break it.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from types import MappingProxyType

from dateutil.easter import easter

from advisor_tui.domain.numbers import counted
from advisor_tui.domain.today.dates import as_local, moment_text

Holidays = Container[date]

# The movable nationwide holidays by their offset from Easter Sunday, and the fixed ones by (month, day).
_EASTER_HOLIDAYS = {-2: "Karfreitag", 1: "Ostermontag", 39: "Christi Himmelfahrt", 50: "Pfingstmontag"}
_FIXED_HOLIDAYS = {(1, 1): "Neujahr", (5, 1): "Tag der Arbeit", (10, 3): "Tag der Deutschen Einheit",
                   (12, 25): "1. Weihnachtstag", (12, 26): "2. Weihnachtstag"}


@lru_cache(maxsize=16)
def german_holiday_names(year: int) -> Mapping[date, str]:
    """The public holidays observed in all German states in `year`, with their German names."""
    sunday = easter(year)
    names = {sunday + timedelta(days=offset): name for offset, name in _EASTER_HOLIDAYS.items()}
    names |= {date(year, month, day): name for (month, day), name in _FIXED_HOLIDAYS.items()}
    return MappingProxyType(names)


@lru_cache(maxsize=16)
def german_holidays(year: int) -> frozenset[date]:
    """The public holidays observed in all German states in `year`."""
    return frozenset(german_holiday_names(year))


def is_working_day(day: date, holidays: Holidays | None = None) -> bool:
    """Monday to Friday and not a public holiday."""
    if day.weekday() >= 5:
        return False
    return day not in (german_holidays(day.year) if holidays is None else holidays)


def previous_working_day(day: date, holidays: Holidays | None = None) -> date:
    """The last working day strictly before `day`."""
    day -= timedelta(days=1)
    while not is_working_day(day, holidays):
        day -= timedelta(days=1)
    return day


def working_days_between(start: date, end: date, holidays: Holidays | None = None) -> int:
    """Working days strictly after `start` and strictly before `end`."""
    return sum(
        is_working_day(start + timedelta(days=offset), holidays) for offset in range(1, (end - start).days)
    )


@dataclass(frozen=True, slots=True)
class CheckinStatus:
    """When the inbox was last checked, the streak of working days checked, and whether a check is overdue."""

    last: datetime | None
    streak_working_days: int
    overdue: bool
    checked_today: bool
    text: str


def checkin_status(
    checkins: Iterable[datetime], now: datetime, *, holidays: Holidays | None = None
) -> CheckinStatus:
    """The check-in status at `now`; overdue once a whole working day passed without a check."""
    moments = [local for local in (as_local(moment, now) for moment in checkins) if local <= now]
    if not moments:
        return CheckinStatus(None, 0, True, False, "Posteingang noch nie geprüft.")
    last = max(moments)
    checked_days = {moment.date() for moment in moments}
    today = now.date()
    streak = _streak(checked_days, today, holidays)
    missed = working_days_between(last.date(), today, holidays)
    text = _status_text(last, now, streak, missed)
    return CheckinStatus(last, streak, missed > 0, today in checked_days, text)


def _streak(checked_days: set[date], today: date, holidays: Holidays | None) -> int:
    """Consecutive working days checked, ending today or, while today is still open, the working day before."""
    day = today if is_working_day(today, holidays) else previous_working_day(today, holidays)
    if day == today and day not in checked_days:
        # Today is not over yet: an unchecked morning does not break yesterday's streak.
        day = previous_working_day(day, holidays)
    streak = 0
    while day in checked_days:
        streak += 1
        day = previous_working_day(day, holidays)
    return streak


def _status_text(last: datetime, now: datetime, streak: int, missed: int) -> str:
    """The German one-liner for the check-in."""
    parts = [f"Posteingang zuletzt geprüft: {moment_text(last, now)}."]
    if streak:
        parts.append(f"Serie: {counted(streak, 'Arbeitstag', 'Arbeitstage')} in Folge.")
    if missed:
        parts.append(f"Überfällig: {counted(missed, 'Arbeitstag', 'Arbeitstage')} ohne Prüfung.")
    return " ".join(parts)
