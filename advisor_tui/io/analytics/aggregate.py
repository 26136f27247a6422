"""The aggregate export's sheets (DISCOVERY, ENGAGEMENT, TOP POSTS, FOLLOWERS, DEMOGRAPHICS), read by position.

Labels change with the interface language, positions do not: every sheet is read by row and column, and labels
serve only to tell a header from data.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from advisor_tui.domain.audience.merging import post_key
from advisor_tui.domain.audience.models import (
    AnalyticsWorkbook,
    DailyFigures,
    Demographics,
    Period,
    PostFigures,
    Scope,
    WorkbookKind,
)
from advisor_tui.domain.plan.post_links import post_ref
from advisor_tui.io.analytics.cells import all_dates, count, day_of, is_date_like, text_of
from advisor_tui.io.analytics.demographics import read_table
from advisor_tui.io.analytics.workbook import Book, Sheet

_TopRow = tuple[str, date | None, int | None]  # a top list's post: URL, publish day, figure
_DEMOGRAPHIC_SCOPES = {"demographics": Scope.AUDIENCE, "audience": Scope.AUDIENCE, "content": Scope.CONTENT}


@dataclass(slots=True)
class _Discovery:
    period: Period | None = None
    impressions: int | None = None
    members_reached: int | None = None


def _discovery(sheet: Sheet, book: Book, ignored: Counter[str]) -> _Discovery:
    """A1/B1 the window ("8/25/2024 - 11/22/2024"), B2 impressions, B3 members reached; later rows counted."""
    window = all_dates(text_of(sheet.cell(1, 2)), book.dmy) or all_dates(text_of(sheet.cell(1, 1)), book.dmy)
    period = Period(window[0], window[-1]) if len(window) >= 2 and window[0] <= window[-1] else None
    found = _Discovery(period, count(sheet.cell(2, 2), sheet.where(2, 2)), count(sheet.cell(3, 2), sheet.where(3, 2)))
    extra = sum(1 for row in sheet.rows[3:] if any(text_of(value) for value in row))
    if extra:
        ignored["unbekannte Zeile in DISCOVERY"] += extra
    return found


def _dated_rows(sheet: Sheet, book: Book, first: int, ignored: Counter[str]) -> list[tuple[int, date]]:
    """(row, day) of the rows holding a day in column A from row `first` on; header rows before the data."""
    found: list[tuple[int, date]] = []
    seen: set[date] = set()
    for row in range(first, len(sheet.rows) + 1):
        value = sheet.cell(row, 1)
        if not found and not is_date_like(value):
            continue  # the header row(s)
        # a word ("Total") labels a row we do not know; digits that make no date are a damaged cell
        words = isinstance(value, str) and not any(c.isdigit() for c in value)
        day = None if words else day_of(value, sheet.where(row, 1), book.dmy)
        if day is None:
            if any(text_of(v) for v in sheet.rows[row - 1][1:]):
                ignored[f"Zeile ohne Datum in „{sheet.name}“"] += 1
            continue
        if day in seen:
            ignored[f"doppelter Tag in „{sheet.name}“"] += 1
            continue
        seen.add(day)
        found.append((row, day))
    return found


def _engagement(sheet: Sheet, book: Book, ignored: Counter[str]) -> dict[date, DailyFigures]:
    """Date in A, impressions in B, engagements (may be negative) in C: one row per day."""
    return {
        day: DailyFigures(
            day, count(sheet.cell(row, 2), sheet.where(row, 2)), count(sheet.cell(row, 3), sheet.where(row, 3))
        )
        for row, day in _dated_rows(sheet, book, 1, ignored)
    }


def _followers(sheet: Sheet, book: Book, ignored: Counter[str]) -> tuple[int | None, date | None, dict[date, int]]:
    """A1 "Total followers on 4/23/2023:" (colon or not), B1 the total, then date and new followers per day."""
    label, total = text_of(sheet.cell(1, 1)), sheet.cell(1, 2)
    on = all_dates(label, book.dmy)
    if isinstance(total, str) and all_dates(total, book.dmy):  # pt-BR: "2.571 em 02/10/2026"
        on = on or all_dates(total, book.dmy)
        total = total.split()[0]
    followers = count(total, sheet.where(1, 2))
    gains = {}
    for row, day in _dated_rows(sheet, book, 2, ignored):
        gained = count(sheet.cell(row, 2), sheet.where(row, 2))
        if gained is not None:
            gains[day] = gained
    return followers, (on[0] if on else None), gains


def _is_url(value: object) -> bool:
    text = text_of(value).casefold()
    return text.startswith(("http://", "https://", "www.")) or "linkedin.com/" in text


def _top_list(sheet: Sheet, book: Book, column: int, ignored: Counter[str]) -> list[_TopRow]:
    """One of the two ranked lists: URL, publish day and figure in `column`..`column + 2`, best first."""
    found: list[_TopRow] = []
    for row in range(1, len(sheet.rows) + 1):
        url = sheet.cell(row, column)
        if not _is_url(url):
            if found and text_of(url):
                ignored["unbekannte Zeile in TOP POSTS"] += 1
            continue
        day = day_of(sheet.cell(row, column + 1), sheet.where(row, column + 1), book.dmy)
        found.append((text_of(url), day, count(sheet.cell(row, column + 2), sheet.where(row, column + 2))))
    return found


def _top_posts(sheet: Sheet, book: Book, period: Period | None, ignored: Counter[str]) -> list[PostFigures]:
    """A–C by engagements and E–G by impressions, read apart (never column D) and merged by post."""
    merged: dict[str, PostFigures] = {}
    lists = ((1, "engagements", "engagements_rank"), (5, "impressions", "impressions_rank"))
    for column, figure, rank_name in lists:
        for rank, (url, day, value) in enumerate(_top_list(sheet, book, column, ignored), start=1):
            item = PostFigures(url, post_ref(url), day, period)
            key = post_key(item)
            held = merged.get(key, item)
            if getattr(held, rank_name) is not None:
                ignored["Beitrag doppelt in einer Liste"] += 1
                continue
            ranked: dict[str, Any] = {figure: value, rank_name: rank}
            merged[key] = replace(held, published_on=held.published_on or day, **ranked)
    return list(merged.values())


def read_aggregate(book: Book, ignored: Counter[str]) -> AnalyticsWorkbook:
    """Everything the aggregate export holds, checked cell by cell."""
    roles = book.roles
    discovery = _discovery(roles["discovery"], book, ignored) if "discovery" in roles else _Discovery()
    days = _engagement(roles["engagement"], book, ignored) if "engagement" in roles else {}
    followers, followers_on, gains = (
        _followers(roles["followers"], book, ignored) if "followers" in roles else (None, None, {})
    )
    for day, gained in gains.items():
        days[day] = replace(days.get(day, DailyFigures(day)), new_followers=gained)
    period = discovery.period or book.name_period
    if period is None and days:
        period = Period(min(days), max(days))
    workbook = AnalyticsWorkbook(
        file_name=book.file_name,
        kind=WorkbookKind.AGGREGATE,
        period=period,
        language=book.language,
        as_of=period.end if period else followers_on,
        impressions=discovery.impressions,
        members_reached=discovery.members_reached,
        followers_total=followers,
        followers_on=followers_on or (period.end if period and followers is not None else None),
        days=[days[day] for day in sorted(days)],
        ignored=ignored,
    )
    if "top_posts" in roles:
        workbook.posts = _top_posts(roles["top_posts"], book, period, ignored)
    for role, scope in _DEMOGRAPHIC_SCOPES.items():
        if role in roles:
            shares = read_table(roles[role], 1, ignored)
            if shares:
                workbook.demographics.append(Demographics(scope, period, shares))
    return workbook
