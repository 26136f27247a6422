"""The domain works in naive local time; the store keeps aware UTC. Conversion happens only here."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import overload


@overload
def to_store(value: datetime) -> datetime: ...
@overload
def to_store(value: None) -> None: ...
@overload
def to_store(value: datetime | None) -> datetime | None: ...

def to_store(value: datetime | None) -> datetime | None:
    """A domain datetime (naive = local time) as aware UTC for the store."""
    if value is None:
        return None
    try:
        if value.tzinfo is None:
            value = value.astimezone()  # interpret as local time
        return value.astimezone(UTC)
    except OverflowError:  # at the very edge of the calendar: kept as it is rather than refused
        return value.replace(tzinfo=UTC)


@overload
def to_domain(value: datetime) -> datetime: ...
@overload
def to_domain(value: None) -> None: ...
@overload
def to_domain(value: datetime | None) -> datetime | None: ...
def to_domain(value: datetime | None) -> datetime | None:
    """A stored datetime as naive local time for the domain and the UI."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    try:
        return value.astimezone().replace(tzinfo=None)
    except OverflowError:
        # An absurd moment kept by an older version (9999-12-31 23:59:59 UTC has no local time east of
        # Greenwich): shown as stored, so the store still opens and the contact can be corrected or forgotten.
        return value.replace(tzinfo=None)


def utc_now() -> datetime:
    """Now, as the store keeps it."""
    return datetime.now(UTC)
