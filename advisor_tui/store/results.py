"""What came of the network: the stage changes per contact, and the days of the advisor's effort."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Row, delete, func, insert, select

from advisor_tui.domain.models import Direction, PostStatus
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.domain.results.stages import ProductLine, Stage, StageChange
from advisor_tui.store.tables import CHECKIN, CONTACT_STAGE, MESSAGE, POST, REQUEST, inserted_id
from advisor_tui.store.timeconv import to_domain, utc_now
from advisor_tui.store.unit import Bind, reading, writing


@dataclass(frozen=True, slots=True)
class EffortDays:
    """The days the advisor published a post, sent a message and checked the inbox (local days)."""

    published: tuple[date, ...]
    sent: tuple[date, ...]
    checkins: tuple[date, ...]


def _change_from_row(row: Row[Any]) -> StageChange:
    return StageChange(
        contact_id=row.contact_id, stage=Stage(row.stage), on=row.on, volume_eur=row.volume_eur,
        product=ProductLine(row.product) if row.product else None, note=row.note,
        recorded_at=to_domain(row.recorded_at), id=row.id,
    )


class ResultsRepository:
    """Stage changes as plain domain objects, and the effort the funnel is set against."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind

    def add(self, change: StageChange) -> int:
        """Keep one stage change; returns its id."""
        with writing(self._bind) as conn:
            result = conn.execute(insert(CONTACT_STAGE).values(
                contact_id=change.contact_id, stage=str(change.stage), on=change.on, volume_eur=change.volume_eur,
                product=str(change.product) if change.product else None, note=change.note, recorded_at=utc_now(),
            ))
            return inserted_id(result)

    def remove(self, change_id: int) -> bool:
        """Take back one change recorded by mistake; False when it was gone already."""
        with writing(self._bind) as conn:
            return conn.execute(delete(CONTACT_STAGE).where(CONTACT_STAGE.c.id == change_id)).rowcount > 0

    def history(self, contact_id: int) -> list[StageChange]:
        """One contact's changes, oldest first."""
        return self._changes(CONTACT_STAGE.c.contact_id == contact_id)

    def changes(self, contact_ids: Sequence[int] | None = None) -> list[StageChange]:
        """Every change (of these contacts), oldest first."""
        return self._changes(CONTACT_STAGE.c.contact_id.in_(contact_ids) if contact_ids is not None else None)

    def _changes(self, condition: Any) -> list[StageChange]:
        query = select(CONTACT_STAGE).order_by(CONTACT_STAGE.c.on, CONTACT_STAGE.c.recorded_at, CONTACT_STAGE.c.id)
        if condition is not None:
            query = query.where(condition)
        with reading(self._bind) as conn:
            return [_change_from_row(row) for row in conn.execute(query)]

    def first_exchanges(self) -> dict[int, date]:
        """Per contact the day of the first message or connection request either way (local day)."""
        firsts: dict[int, date] = {}
        with reading(self._bind) as conn:
            for table in (MESSAGE, REQUEST):
                query = select(table.c.contact_id, func.min(table.c.sent_at)).where(
                    table.c.contact_id.is_not(None)).group_by(table.c.contact_id)
                for contact_id, first in conn.execute(query):
                    day = to_domain(first).date()
                    firsts[contact_id] = min(day, firsts.get(contact_id, day))
        return firsts

    def effort_days(self) -> EffortDays:
        """Posts published (their day, else the Monday of their week), messages sent, inbox checks."""
        with reading(self._bind) as conn:
            posts = conn.execute(select(POST.c.published_on, POST.c.iso_year, POST.c.iso_week).where(
                POST.c.status == str(PostStatus.PUBLISHED)))
            published = [day or IsoWeek(year, week).monday for day, year, week in posts
                         if day is not None or (year is not None and week is not None)]
            sent = [to_domain(at).date() for (at,) in conn.execute(
                select(MESSAGE.c.sent_at).where(MESSAGE.c.direction == str(Direction.OUTGOING)))]
            checkins = [to_domain(at).date() for (at,) in conn.execute(select(CHECKIN.c.at))]
        return EffortDays(tuple(published), tuple(sent), tuple(checkins))
