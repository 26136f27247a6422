"""Overlapping analytics exports merged into one picture: which export's figure counts for a day or a post.

Rules (LinkedIn revises recent figures upward in later exports, and a post's figures are what it collected
inside an export's window):
- A day: the value of the newest export holding that day, "newest" being the latest window end (`as_of`), then
  the later import. A later export's partial last day is thereby replaced by the next export that holds it.
- A post: the export whose window covers the post's publish day and ends latest, then the longer window, then the
  later import; fields that export did not report (None) are filled from the next export in that order. A one-day
  export thus never replaces a whole-window figure of a post published before that day, and a per-post export
  (its lifetime figures on the day it was made) wins over an older top list.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields, replace
from datetime import date, timedelta
from typing import Any

from advisor_tui.domain.audience.models import AnalyticsTotals, DailyFigures, ImportedWorkbook, Period, PostFigures

_POST_FIELDS = tuple(f.name for f in fields(PostFigures) if f.name not in {"url", "ref"})


def post_key(figures: PostFigures) -> str:
    """How a post is known across exports: its reference (kind and number), else its URL."""
    return str(figures.ref) if figures.ref is not None else figures.url


def newness(workbook: ImportedWorkbook) -> tuple[date, int]:
    """Sorts exports from oldest to newest: window end (or the day it was made), then import order."""
    end = workbook.as_of or (workbook.period.end if workbook.period else None)
    return (end or date.min, workbook.id or 0)


def merge_days(rows: Iterable[tuple[ImportedWorkbook, DailyFigures]]) -> list[DailyFigures]:
    """One figure per day, from the newest export holding it; ascending by day."""
    best: dict[date, tuple[tuple[date, int], DailyFigures]] = {}
    for workbook, figures in rows:
        rank = newness(workbook)
        held = best.get(figures.day)
        if held is None or rank >= held[0]:
            best[figures.day] = (rank, figures)
    return [best[day][1] for day in sorted(best)]


def _post_rank(workbook: ImportedWorkbook, figures: PostFigures) -> tuple[bool, date, int, int]:
    period = workbook.period
    covers = period is None or figures.published_on is None or period.start <= figures.published_on
    length = (period.end - period.start).days if period else 0
    end, order = newness(workbook)
    return (covers, end, length, order)


def merge_posts(rows: Iterable[tuple[ImportedWorkbook, PostFigures]]) -> list[PostFigures]:
    """One PostFigures per post by the rules above; sorted by publish day (newest first), then key."""
    grouped: dict[str, list[tuple[tuple[bool, date, int, int], PostFigures]]] = {}
    for workbook, figures in rows:
        grouped.setdefault(post_key(figures), []).append((_post_rank(workbook, figures), figures))
    merged: list[PostFigures] = []
    for candidates in grouped.values():
        candidates.sort(key=lambda pair: pair[0], reverse=True)
        first = candidates[0][1]
        filled: dict[str, Any] = {
            name: next((getattr(f, name) for _, f in candidates if getattr(f, name) is not None), None)
            for name in _POST_FIELDS
        }
        merged.append(replace(first, **filled))
    merged.sort(key=lambda f: (f.published_on or date.min, post_key(f)), reverse=True)
    return merged


def followers_on(day: date, days: Iterable[DailyFigures], anchors: Iterable[tuple[date, int]]) -> int | None:
    """Total followers at the end of `day`, walked from the nearest export total by the daily new followers.

    None when no export's total is known or a day between lacks its new-follower figure.
    """
    gains = {d.day: d.new_followers for d in days}
    known = sorted(anchors)
    if not known:
        return None
    later = [anchor for anchor in known if anchor[0] >= day]
    anchor_day, total = later[0] if later else known[-1]
    step = timedelta(days=1)
    if anchor_day >= day:
        current = anchor_day
        while current > day:  # the total on `current` minus that day's gains is the total of the day before
            gain = gains.get(current)
            if gain is None:
                return None
            total -= gain
            current -= step
        return total
    current = anchor_day + step
    while current <= day:
        gain = gains.get(current)
        if gain is None:
            return None
        total += gain
        current += step
    return total


def totals(
    period: Period,
    days: Iterable[DailyFigures],
    workbooks: Iterable[ImportedWorkbook],
    reached: dict[int, int],
    anchors: Iterable[tuple[date, int]],
) -> AnalyticsTotals:
    """The period's sums over the merged days; members reached only from an export with exactly this window."""
    merged = list(days)
    inside = [d for d in merged if period.start <= d.day <= period.end]

    def total(name: str) -> int | None:
        values = [getattr(d, name) for d in inside if getattr(d, name) is not None]
        return sum(values) if values else None

    exact = [w for w in workbooks if w.period == period and w.id is not None and w.id in reached]
    members = reached[max(exact, key=newness).id or 0] if exact else None
    return AnalyticsTotals(
        period=period,
        impressions=total("impressions"),
        engagements=total("engagements"),
        new_followers=total("new_followers"),
        members_reached=members,
        followers=followers_on(period.end, merged, anchors),
        days=len(inside),
    )
