"""The advisor's own comments and reactions from the LinkedIn export: written in bulk, read as plain values."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime

from sqlalchemy import Connection

from advisor_tui.domain.activity.own import OwnComment, OwnReaction, day_start
from advisor_tui.store.unit import Bind, reading

_FORMAT = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's stored form of a datetime (rawsql.py)
_COMMENT_INSERT = "INSERT OR IGNORE INTO own_comment (at, link, text) VALUES (?, ?, ?)"
_REACTION_INSERT = "INSERT OR IGNORE INTO own_reaction (at, kind, link) VALUES (?, ?, ?)"


def stored_moment(moment: datetime) -> str:
    """An aware moment in the stored UTC form (a naive one is taken as UTC, as LinkedIn writes it)."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    return aware.astimezone(UTC).strftime(_FORMAT)


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def add_comments(conn: Connection, comments: Sequence[OwnComment]) -> int:
    """Insert the comments not stored yet (same moment and post); returns how many were new."""
    if not comments:
        return 0
    rows = [(stored_moment(c.at), c.link, c.text) for c in comments]
    return conn.exec_driver_sql(_COMMENT_INSERT, rows).rowcount


def add_reactions(conn: Connection, reactions: Sequence[OwnReaction]) -> int:
    """Insert the reactions not stored yet (same moment and post); returns how many were new."""
    if not reactions:
        return 0
    rows = [(stored_moment(r.at), r.kind, r.link) for r in reactions]
    return conn.exec_driver_sql(_REACTION_INSERT, rows).rowcount


class OwnActivityRepository:
    """Reads the advisor's own comments and reactions, oldest first; moments are aware UTC."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind

    def comments(self, since: date | None = None) -> list[OwnComment]:
        """Comments from the advisor's day `since` on (all when None)."""
        rows = self._read("SELECT at, link, text, id FROM own_comment", since)
        return [OwnComment(_moment(at), link, text, row_id) for at, link, text, row_id in rows]

    def reactions(self, since: date | None = None) -> list[OwnReaction]:
        """Reactions from the advisor's day `since` on (all when None)."""
        rows = self._read("SELECT at, kind, link, id FROM own_reaction", since)
        return [OwnReaction(_moment(at), kind, link, row_id) for at, kind, link, row_id in rows]

    def counts(self) -> tuple[int, int]:
        """How many comments and reactions are stored."""
        with reading(self._bind) as conn:
            row = conn.exec_driver_sql(
                "SELECT (SELECT count(*) FROM own_comment), (SELECT count(*) FROM own_reaction)"
            ).one()
            return int(row[0]), int(row[1])

    def _read(self, select: str, since: date | None) -> list[tuple]:
        where, args = ("", ()) if since is None else (" WHERE at >= ?", (stored_moment(day_start(since)),))
        with reading(self._bind) as conn:
            return [tuple(row) for row in conn.exec_driver_sql(f"{select}{where} ORDER BY at, id", args)]
