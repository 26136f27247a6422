"""Analytics workbooks built the way LinkedIn writes them (layouts from the notes on the analytics format)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

URL_1 = "https://www.linkedin.com/feed/update/urn:li:activity:7406535690785632256"
URL_2 = "https://www.linkedin.com/feed/update/urn:li:activity:7406100249858990080"
URL_3 = "https://www.linkedin.com/posts/anna-mueller_nachfolge-share-7405116013417070593-AbCd"
SHARE_URL = "https://www.linkedin.com/feed/update/urn:li:share:7432391508978397184"

SHEETS = {
    "en": ("DISCOVERY", "ENGAGEMENT", "TOP POSTS", "FOLLOWERS", "DEMOGRAPHICS"),
    "en6": ("DISCOVERY", "ENGAGEMENT", "TOP POSTS", "FOLLOWERS", "AUDIENCE DEMOGRAPHICS", "CONTENT DEMOGRAPHICS"),
    "de": ("AUFFINDBARKEIT", "ENGAGEMENT", "Top-Beiträge", "Follower innen", "DEMOGRAFISCHE DATEN"),
    "pt": (
        "Descoberta",
        "Engajamento",
        "Publicações mais em alta",
        "Seguidores",
        "Dados demográficos do público",
        "Dados demográficos do conteúdo",
    ),
}


def write_date(day: date, style: str) -> str:
    """A day as the exports write it: "mdy" 4/24/2022, "dmy" 02/10/2026, "dot" 24.4.2022."""
    if style == "mdy":
        return f"{day.month}/{day.day}/{day.year}"
    if style == "dmy":
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day}.{day.month}.{day.year}"


def _rows(sheet: Worksheet, rows: Sequence[Sequence[object]]) -> None:
    for row in rows:
        sheet.append(list(row))


def aggregate(
    path: Path,
    *,
    sheets: Sequence[str] = SHEETS["en"],
    start: date = date(2025, 12, 1),
    days: int = 20,
    style: str = "mdy",
    as_text: bool = False,
    impressions: Sequence[object] | None = None,
    engagements: Sequence[object] | None = None,
    top_left: Sequence[tuple[str, date, object]] = ((URL_1, date(2025, 12, 16), 3),),
    top_right: Sequence[tuple[str, date, object]] = (
        (URL_2, date(2025, 12, 14), 1358),
        (URL_1, date(2025, 12, 16), 29),
    ),
    column_d: object = None,
    demographics: Sequence[tuple[str, str, object]] = (
        ("Job titles", "Geschäftsführer", 0.023343373090028763),
        ("Seniority", "Owner", 0.2680722773075104),
        ("Companies", "Müller GmbH", "< 1%"),
    ),
    content: Sequence[tuple[str, str, object]] = (("Industry", "Maschinenbau", "7%"),),
    colon: bool = True,
    followers_total: object = 54448,
    real_dates: bool = False,
) -> Path:
    """The aggregate export (5 or 6 sheets) with `days` days from `start`; values as numbers or as text."""
    end = start + timedelta(days=days - 1)
    all_days = [start + timedelta(days=n) for n in range(days)]

    def shown(value: object) -> object:
        return str(value) if as_text and isinstance(value, int) else value

    def day_cell(day: date) -> object:
        return day if real_dates else write_date(day, style)

    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    made = [book.create_sheet(name) for name in sheets]
    discovery, engagement, top, followers = made[:4]
    _rows(
        discovery,
        [
            ["Overall Performance", f"{write_date(start, style)} - {write_date(end, style)}"],
            ["Impressions", shown(1491)],
            ["Members reached", shown(875)],
        ],
    )
    impressions = impressions or [100 + n for n in range(days)]
    engagements = engagements or [n % 4 for n in range(days)]
    _rows(
        engagement,
        [
            ["Date", "Impressions", "Engagements"],
            *([day_cell(d), shown(i), shown(e)] for d, i, e in zip(all_days, impressions, engagements, strict=True)),
        ],
    )
    _rows(
        top,
        [
            ["Maximum of 50 posts available to include in this list"],
            [],
            ["Post URL", "Post publish date", "Engagements", None, "Post URL", "Post Publish Date", "Impressions"],
        ],
    )
    for n in range(max(len(top_left), len(top_right))):
        row: list[object] = [None] * 7
        if n < len(top_left):
            url, day, value = top_left[n]
            row[0:3] = [url, day_cell(day), shown(value)]
        row[3] = column_d
        if n < len(top_right):
            url, day, value = top_right[n]
            row[4:7] = [url, day_cell(day), shown(value)]
        top.append(row)
    label = f"Total followers on {write_date(end, style)}{':' if colon else ''}"
    _rows(
        followers,
        [
            [label, shown(followers_total) if isinstance(followers_total, int) else followers_total],
            [],
            ["Date", "New followers"],
            *([day_cell(d), shown(1)] for d in all_days),
        ],
    )
    tables = [(made[4], demographics)] + ([(made[5], content)] if len(made) > 5 else [])
    for sheet, rows in tables:
        _rows(sheet, [["Top Demographics", "Value", "Percentage"], *rows])
        for cell in sheet["C"][1:]:
            if isinstance(cell.value, float):
                cell.number_format = "0%"
    book.save(path)
    return path


def per_post_legacy(path: Path, url: str = SHARE_URL) -> Path:
    """PostAnalytics_…: PERFORMANCE (key/value, counts with thousands separators) and TOP DEMOGRAPHICS."""
    book = Workbook()
    performance = book.active
    assert performance is not None
    performance.title = "PERFORMANCE"
    _rows(
        performance,
        [
            ["Post URL", url],
            ["Post Date", "Sep 30, 2025"],
            ["Post Publish Time", "6:54 AM"],
            [],
            ["Post Performance"],
            ["Impressions", "5,537"],
            ["Members reached", "3,329"],
            ["Reactions", "41"],
            ["Comments", "7"],
            ["Reposts", "2"],
            ["Saves", "1"],
            ["Sends on LinkedIn", "0"],
            ["Profile viewers from this post", "28"],
            ["Followers gained from this post", "3"],
        ],
    )
    demographics = book.create_sheet("TOP DEMOGRAPHICS")
    _rows(
        demographics,
        [
            ["Category", "Value", "%"],
            ["Company size", "10,001+ employees", 0.31],
            ["Seniority", "Owner", 0.12],
            ["Company", "Volksbank Musterstadt eG", "< 1%"],
        ],
    )
    book.save(path)
    return path


def per_post_2026(path: Path, url: str = URL_3, *, sections: bool = True) -> Path:
    """SinglePostAnalytics_…: one sheet, key/value rows with section rows, then the Category table."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Post analytics"
    section = (lambda name: [[name]]) if sections else (lambda name: [])
    _rows(
        sheet,
        [
            ["Post URL", url],
            ["Post Date", "7/22/2026"],
            ["Post Publish Time", "10:00 AM"],
            *section("Discovery"),
            ["Impressions", "3000"],
            ["Members reached", "1829"],
            *section("Profile activity"),
            ["Profile viewers from this post", "28"],
            ["Followers gained from this post", "2"],
            *section("Engagement"),
            ["Social engagements", "103"],
            ["Reactions", "90"],
            ["Comments", "5"],
            ["Reposts", "4"],
            ["Saves", "3"],
            ["Sends on LinkedIn", "1"],
            ["Link engagements", "0"],
            ["Premium custom button engagements", "0"],
            *section("Post viewer demographics"),
            ["Category", "Value", "%"],
            ["Job title", "Geschäftsführerin", "10%"],
            ["Seniority", "Owner", "4%"],
            ["Company", "Sparkasse", "< 1%"],
        ],
    )
    book.save(path)
    return path
