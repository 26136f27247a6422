"""LinkedIn analytics workbooks: each import kept whole, read back merged (rules in domain/audience/merging.py)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Row, delete, insert, select

from advisor_tui.domain.audience.merging import merge_days, merge_posts, post_key
from advisor_tui.domain.audience.merging import totals as merged_totals
from advisor_tui.domain.audience.models import (
    AnalyticsTotals,
    AnalyticsWorkbook,
    Category,
    DailyFigures,
    Demographics,
    DemographicShare,
    ImportedWorkbook,
    Period,
    PostFigures,
    Scope,
    WorkbookKind,
)
from advisor_tui.domain.plan.post_links import PostRef, post_ref
from advisor_tui.store.tables import (
    ANALYTICS_DAY,
    ANALYTICS_POST,
    ANALYTICS_SHARE,
    ANALYTICS_WORKBOOK,
    inserted_id,
)
from advisor_tui.store.timeconv import utc_now
from advisor_tui.store.unit import Bind, reading, writing

_METRICS = tuple(f.name for f in fields(PostFigures) if f.name not in {"url", "ref", "published_on", "period"})


@dataclass(frozen=True, slots=True)
class SavedWorkbook:
    """What saving a workbook did: its id, and the id of an earlier import of the same window it replaced."""

    id: int
    replaced: int | None = None


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def _period(start: date | None, end: date | None) -> Period | None:
    return Period(start, end) if start is not None and end is not None else None


def _workbook(row: Row[Any]) -> ImportedWorkbook:
    return ImportedWorkbook(
        file_name=row.file_name,
        kind=WorkbookKind(row.kind),
        period=_period(row.period_start, row.period_end),
        imported_at=_aware(row.imported_at),
        as_of=row.as_of,
        language=row.language,
        post=PostRef(row.post_kind, row.post_number) if row.post_kind else None,
        id=row.id,
    )


def _post_figures(row: Row[Any], workbook: ImportedWorkbook) -> PostFigures:
    return PostFigures(
        url=row.url,
        ref=post_ref(row.url) or post_ref(row.post_key),
        published_on=row.published_on,
        period=workbook.period,
        **{name: getattr(row, name) for name in _METRICS},
    )


def _same_window(workbook: AnalyticsWorkbook) -> Any:
    """The stored import of the same export (kind, window and post): a newer download of it replaces it."""
    table = ANALYTICS_WORKBOOK.c
    start, end = (workbook.period.start, workbook.period.end) if workbook.period else (None, None)
    post = workbook.post
    return select(table.id).where(
        table.kind == str(workbook.kind),
        table.period_start.is_(None) if start is None else table.period_start == start,
        table.period_end.is_(None) if end is None else table.period_end == end,
        table.as_of.is_(None) if workbook.as_of is None else table.as_of == workbook.as_of,
        table.post_kind == (post.kind if post else ""),
        table.post_number == (post.number if post else ""),
    )


class AnalyticsRepository:
    """Saves analytics workbooks and reads the merged figures as plain domain objects."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind

    # --- reading -------------------------------------------------------------------------------------------
    def last_import(self) -> datetime | None:
        """When the newest analytics workbook was imported (aware UTC), or None."""
        with reading(self._bind) as conn:
            value = conn.execute(
                select(ANALYTICS_WORKBOOK.c.imported_at).order_by(ANALYTICS_WORKBOOK.c.imported_at.desc()).limit(1)
            ).scalar()
        return _aware(value) if value is not None else None

    def imports(self) -> list[ImportedWorkbook]:
        """Every imported workbook, the newest import first."""
        with reading(self._bind) as conn:
            rows = conn.execute(select(ANALYTICS_WORKBOOK).order_by(ANALYTICS_WORKBOOK.c.id.desc()))
            return [_workbook(row) for row in rows]

    def has_file(self, digest: str) -> bool:
        """Whether this very file (by its SHA-256) was imported before."""
        with reading(self._bind) as conn:
            query = select(ANALYTICS_WORKBOOK.c.id).where(ANALYTICS_WORKBOOK.c.digest == digest)
            return conn.execute(query).first() is not None

    def _workbooks(self) -> dict[int, ImportedWorkbook]:
        return {w.id or 0: w for w in self.imports()}

    def days(self, start: date | None = None, end: date | None = None) -> list[DailyFigures]:
        """One figure set per day between start and end (both included), the newest export's; ascending."""
        table = ANALYTICS_DAY.c
        query = select(ANALYTICS_DAY)
        if start is not None:
            query = query.where(table.day >= start)
        if end is not None:
            query = query.where(table.day <= end)
        with reading(self._bind) as conn:
            workbooks = self._workbooks()
            rows = conn.execute(query).all()
        return merge_days(
            (workbooks[row.workbook_id], DailyFigures(row.day, row.impressions, row.engagements, row.new_followers))
            for row in rows
        )

    def post_figures(self) -> list[PostFigures]:
        """One PostFigures per post, merged over the exports (newest publish day first)."""
        with reading(self._bind) as conn:
            workbooks = self._workbooks()
            rows = conn.execute(select(ANALYTICS_POST)).all()
        return merge_posts((workbooks[row.workbook_id], _post_figures(row, workbooks[row.workbook_id])) for row in rows)

    def demographics(self, scope: Scope | None = None) -> list[Demographics]:
        """Each imported demographics table with its window (newest window first); only `scope`'s when given."""
        query = select(ANALYTICS_SHARE).order_by(ANALYTICS_SHARE.c.workbook_id, ANALYTICS_SHARE.c.position)
        if scope is not None:
            query = query.where(ANALYTICS_SHARE.c.scope == str(scope))
        with reading(self._bind) as conn:
            workbooks = self._workbooks()
            urls = {
                row.id: row.post_url
                for row in conn.execute(select(ANALYTICS_WORKBOOK.c.id, ANALYTICS_WORKBOOK.c.post_url))
            }
            rows = conn.execute(query).all()
        tables: dict[tuple[int, str], list[DemographicShare]] = {}
        for row in rows:
            share = DemographicShare(Category(row.category), row.value, row.share, row.below_one_percent)
            tables.setdefault((row.workbook_id, row.scope), []).append(share)
        found = [
            Demographics(
                scope=Scope(key_scope),
                period=workbooks[workbook_id].period,
                shares=tuple(shares),
                post=workbooks[workbook_id].post,
                post_url=urls.get(workbook_id) or "",
            )
            for (workbook_id, key_scope), shares in tables.items()
        ]
        found.sort(key=lambda d: d.period.end if d.period else date.min, reverse=True)
        return found

    def totals(self, period: Period) -> AnalyticsTotals:
        """Impressions, engagements and new followers summed over the period; followers at its end."""
        with reading(self._bind) as conn:
            workbooks = self._workbooks()
            table = ANALYTICS_WORKBOOK.c
            facts = conn.execute(select(table.id, table.members_reached, table.followers_on, table.followers_total))
            reached: dict[int, int] = {}
            anchors: list[tuple[date, int]] = []
            for row in facts:
                if row.members_reached is not None:
                    reached[row.id] = row.members_reached
                if row.followers_on is not None and row.followers_total is not None:
                    anchors.append((row.followers_on, row.followers_total))
        days = self.days()
        return merged_totals(period, days, workbooks.values(), reached, anchors)

    # --- writing -------------------------------------------------------------------------------------------
    def save(self, workbook: AnalyticsWorkbook, digest: str) -> SavedWorkbook:
        """Keep a parsed workbook; an earlier import of the same export window is replaced by it."""
        with writing(self._bind) as conn:
            replaced = conn.execute(_same_window(workbook)).scalar()
            if replaced is not None:
                self._remove(conn, replaced)
            period = workbook.period
            post = workbook.post
            workbook_id = inserted_id(
                conn.execute(
                    insert(ANALYTICS_WORKBOOK).values(
                        file_name=workbook.file_name,
                        digest=digest,
                        kind=str(workbook.kind),
                        language=workbook.language,
                        period_start=period.start if period else None,
                        period_end=period.end if period else None,
                        as_of=workbook.as_of,
                        post_kind=post.kind if post else "",
                        post_number=post.number if post else "",
                        post_url=workbook.post_url,
                        impressions=workbook.impressions,
                        members_reached=workbook.members_reached,
                        followers_total=workbook.followers_total,
                        followers_on=workbook.followers_on,
                        ignored=sum(workbook.ignored.values()),
                        imported_at=utc_now(),
                    )
                )
            )
            self._insert(conn, ANALYTICS_DAY, _day_values(workbook_id, workbook.days))
            self._insert(conn, ANALYTICS_POST, _post_values(workbook_id, workbook.posts))
            self._insert(conn, ANALYTICS_SHARE, _share_values(workbook_id, workbook.demographics))
        return SavedWorkbook(workbook_id, replaced)

    @staticmethod
    def _insert(conn: Any, table: Any, values: list[dict]) -> None:
        if values:
            conn.execute(insert(table), values)

    @staticmethod
    def _remove(conn: Any, workbook_id: int) -> None:
        for table in (ANALYTICS_DAY, ANALYTICS_POST, ANALYTICS_SHARE):
            conn.execute(delete(table).where(table.c.workbook_id == workbook_id))
        conn.execute(delete(ANALYTICS_WORKBOOK).where(ANALYTICS_WORKBOOK.c.id == workbook_id))


def _day_values(workbook_id: int, days: Iterable[DailyFigures]) -> list[dict]:
    return [
        {
            "workbook_id": workbook_id,
            "day": d.day,
            "impressions": d.impressions,
            "engagements": d.engagements,
            "new_followers": d.new_followers,
        }
        for d in days
    ]


def _post_values(workbook_id: int, posts: Iterable[PostFigures]) -> list[dict]:
    return [
        {
            "workbook_id": workbook_id,
            "post_key": post_key(p),
            "url": p.url,
            "published_on": p.published_on,
            **{name: getattr(p, name) for name in _METRICS},
        }
        for p in posts
    ]


def _share_values(workbook_id: int, tables: Iterable[Demographics]) -> list[dict]:
    position = 0
    values = []
    for table in tables:
        for share in table.shares:
            position += 1
            values.append(
                {
                    "workbook_id": workbook_id,
                    "scope": str(table.scope),
                    "position": position,
                    "category": str(share.category),
                    "value": share.value,
                    "share": share.share,
                    "below_one_percent": share.below_one_percent,
                }
            )
    return values
