"""The domain works in naive local time; the store keeps aware UTC. Conversion happens only here."""

from __future__ import annotations

from datetime import UTC, datetime


def to_store(value: datetime | None) -> datetime | None:
    """A domain datetime (naive = local time) as aware UTC for the store."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.astimezone()  # interpret as local time
    return value.astimezone(UTC)


def to_domain(value: datetime | None) -> datetime | None:
    """A stored datetime as naive local time for the domain and the UI."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().replace(tzinfo=None)


def utc_now() -> datetime:
    """Now, as the store keeps it."""
    return datetime.now(UTC)
