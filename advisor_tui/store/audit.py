"""The own-activity audit's "gesehen" marks: keys of items the advisor looked at, kept across re-imports."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from advisor_tui.store.tables import AUDIT_SEEN
from advisor_tui.store.timeconv import utc_now
from advisor_tui.store.unit import Bind, reading, writing


class AuditRepository:
    """Marks audit items as seen and tells which are."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind

    def seen_keys(self) -> frozenset[str]:
        """The keys of every item marked as seen."""
        with reading(self._bind) as conn:
            return frozenset(conn.execute(select(AUDIT_SEEN.c.key)).scalars())

    def mark_seen(self, items: Iterable[tuple[str, str]]) -> int:
        """Mark (key, kind) pairs as seen; returns how many were not seen before."""
        rows = [{"key": key, "kind": kind, "seen_at": utc_now()} for key, kind in items]
        if not rows:
            return 0
        with writing(self._bind) as conn:
            result = conn.execute(insert(AUDIT_SEEN).on_conflict_do_nothing(), rows)
            return max(result.rowcount, 0)

    def unmark(self, keys: Iterable[str]) -> int:
        """Show items again; returns how many marks were removed."""
        wanted = list(keys)
        if not wanted:
            return 0
        with writing(self._bind) as conn:
            return conn.execute(delete(AUDIT_SEEN).where(AUDIT_SEEN.c.key.in_(wanted))).rowcount
