"""German date words for the Heute summary: ages ("seit 3 Tagen"), day names and counts."""

from __future__ import annotations

from datetime import date, datetime, timedelta

WEEKDAYS: tuple[str, ...] = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
MONTHS: tuple[str, ...] = (
    "Januar", "Februar", "März", "April", "Mai", "Juni",
    "Juli", "August", "September", "Oktober", "November", "Dezember",
)


def as_local(moment: datetime, now: datetime) -> datetime:
    """The moment in the time zone of `now`, so both compare and reduce to the same calendar days."""
    if now.tzinfo is None:
        # Naive `now` means local wall time; aware moments are converted to it.
        return moment if moment.tzinfo is None else moment.astimezone().replace(tzinfo=None)
    # Naive moments next to an aware `now` are taken as wall time in that zone.
    return moment.astimezone(now.tzinfo) if moment.tzinfo else moment.replace(tzinfo=now.tzinfo)


def day_of(moment: date | datetime, now: date | datetime | None = None) -> date:
    """The calendar day of a date or datetime, seen from the time zone of `now` when both are datetimes."""
    if isinstance(moment, datetime):
        if isinstance(now, datetime):
            moment = as_local(moment, now)
        return moment.date()
    return moment


def calendar_days(since: date | datetime, now: date | datetime) -> int:
    """Whole calendar days from `since` to `now` (yesterday 23:00 → today 08:00 is one day)."""
    return (day_of(now) - day_of(since, now)).days


def age_text(age: timedelta | int | date | datetime, now: date | datetime | None = None) -> str:
    """German age of something: "seit heute", "seit gestern", "seit 3 Tagen", "seit 2 Wochen" …

    `age` is a number of days, a timedelta, or a date/datetime that needs `now`.
    """
    if isinstance(age, timedelta):
        days = age.days
    elif isinstance(age, int):
        days = age
    else:
        if now is None:
            raise TypeError("age_text needs `now` when given a date")
        days = calendar_days(age, now)
    return _days_phrase(max(days, 0))


def _days_phrase(days: int) -> str:
    """The German phrase for a non-negative number of days."""
    if days == 0:
        return "seit heute"
    if days == 1:
        return "seit gestern"
    if days < 7:
        return f"seit {days} Tagen"
    if days < 14:
        return "seit einer Woche"
    if days < 60:
        return f"seit {days // 7} Wochen"
    if days < 365:
        return f"seit {days // 30} Monaten"
    if days < 396:
        return "seit einem Jahr"
    if days < 730:
        return "seit über einem Jahr"
    return f"seit {days // 365} Jahren"


def silence_text(days: int, *, never_contacted: bool = False) -> str:
    """How long a contact went silent: "kein Kontakt seit 10 Jahren", "vernetzt seit …, nie kontaktiert"."""
    silence = _days_phrase(max(days, 0))
    return f"vernetzt {silence}, nie kontaktiert" if never_contacted else f"kein Kontakt {silence}"


def short_day(day: date) -> str:
    """A day as "Donnerstag, 19.11."."""
    return f"{WEEKDAYS[day.weekday()]}, {day:%d.%m.}"


def long_day(day: date) -> str:
    """A day as "Samstag, 21. November 2026"."""
    return f"{WEEKDAYS[day.weekday()]}, {day.day}. {MONTHS[day.month - 1]} {day.year}"


def moment_text(moment: datetime, now: datetime) -> str:
    """When something happened, relative to now: "heute, 08:15 Uhr", "gestern, …", "Donnerstag, 19.11., …"."""
    local = as_local(moment, now)
    days = calendar_days(local, now)
    clock = f"{local:%H:%M} Uhr"
    if days == 0:
        return f"heute, {clock}"
    if days == 1:
        return f"gestern, {clock}"
    if 1 < days < 7:
        return f"{short_day(local.date())}, {clock}"
    return f"{local:%d.%m.%Y}, {clock}"
