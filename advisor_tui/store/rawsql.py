"""Bulk paths that bypass SQLAlchemy's per-row processing, in the exact storage format it uses.

SQLAlchemy stores SQLite dates as 'YYYY-MM-DD' and datetimes as 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC here),
so rows written or read here are the same as rows the ORM writes or reads.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import overload

from advisor_tui.store.timeconv import to_domain, to_store

_DATETIME_FORMAT = "%Y-%m-%d %H:%M:%S.%f"


def db_date(value: date | None) -> str | None:
    """A date as stored."""
    return value.isoformat() if value is not None else None


@overload
def db_datetime(value: datetime) -> str: ...
@overload
def db_datetime(value: datetime | None) -> str | None: ...
def db_datetime(value: datetime | None) -> str | None:
    """A datetime (aware, or naive local) as stored in UTC."""
    stored = to_store(value)
    return stored.strftime(_DATETIME_FORMAT) if stored is not None else None


def parse_db_date(text: str | None) -> date | None:
    """A stored date."""
    return date.fromisoformat(text) if text else None


def parse_db_datetime(text: str | None) -> datetime | None:
    """A stored UTC datetime as naive local time for the domain."""
    return to_domain(datetime.fromisoformat(text).replace(tzinfo=UTC)) if text else None
