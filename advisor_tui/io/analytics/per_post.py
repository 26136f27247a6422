"""The per-post export: key/value rows (legacy PERFORMANCE, 2026 "Post analytics"), then its demographics.

Row positions vary between files, so every value is found by its label (English seen, Portuguese and German
labels partly guessed); section rows have an empty value. The 2026 sheet turns into a three-column table at the
row whose first cell is "Category"; the legacy file has that table on its own sheet.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime
from typing import Any

from advisor_tui.domain.audience.models import AnalyticsWorkbook, Demographics, Period, PostFigures, Scope, WorkbookKind
from advisor_tui.domain.plan.post_links import PostRef, post_ref
from advisor_tui.io.analytics.cells import all_dates, count, day_of, text_of
from advisor_tui.io.analytics.demographics import HEADERS, read_table
from advisor_tui.io.analytics.workbook import Book, Sheet

_KEYS: dict[str, tuple[str, ...]] = {
    "url": ("post url", "beitrags-url", "url des beitrags", "url da publicação", "url do post"),
    "date": ("post date", "beitragsdatum", "veröffentlichungsdatum", "data da publicação", "data do post"),
    "impressions": ("impressions", "impressionen", "impressões"),
    "members_reached": ("members reached", "erreichte mitglieder", "usuários alcançados", "membros alcançados"),
    "reactions": ("reactions", "reaktionen", "reações"),
    "comments": ("comments", "kommentare", "comentários"),
    "reposts": ("reposts", "compartilhamentos", "republicações"),
    "saves": ("saves", "speicherungen", "gespeichert", "salvamentos"),
    "sends": ("sends on linkedin", "sends", "über linkedin gesendet", "envios no linkedin"),
    "social_engagements": ("social engagements", "soziale interaktionen", "engajamentos sociais"),
    "profile_viewers": (
        "profile viewers from this post",
        "profile viewers from post",
        "profilaufrufe durch diesen beitrag",
        "visualizadores do perfil a partir desta publicação",
    ),
    "followers_gained": (
        "followers gained from this post",
        "follower durch diesen beitrag",
        "neue follower durch diesen beitrag",
        "seguidores obtidos com esta publicação",
    ),
    # known, and not kept: the time of day, click figures with no counterpart elsewhere
    "": (
        "post publish time",
        "veröffentlichungszeit",
        "horário da publicação",
        "link engagements",
        "premium custom button engagements",
    ),
}
_FIELDS = {label: name for name, labels in _KEYS.items() for label in labels}
_WINDOW = re.compile(r"highlights|hervorhebungen|destaques", re.IGNORECASE)


def _label(value: object) -> str:
    return text_of(value).rstrip(":").strip().casefold()


def _values(sheet: Sheet, book: Book, ignored: Counter[str]) -> tuple[dict[str, Any], Period | None, int | None]:
    """Label → value of the key/value rows, the analytics window if named, and the row the table starts at."""
    found: dict[str, Any] = {}
    window: Period | None = None
    for row in range(1, len(sheet.rows) + 1):
        label, value = sheet.cell(row, 1), sheet.cell(row, 2)
        key = _label(label)
        if key in HEADERS:
            return found, window, row
        text = f"{text_of(label)} {text_of(value)}"
        if _WINDOW.search(text):
            ends = all_dates(text, book.dmy)
            if len(ends) >= 2 and ends[0] <= ends[-1]:
                window = Period(ends[0], ends[-1])
                continue
        name = _FIELDS.get(key)
        if name is None:
            if text_of(value):  # a section row has no value; anything else is a row we do not know
                ignored["unbekannte Zeile in der Beitragsanalyse"] += 1
            continue
        if name == "url":
            found[name] = text_of(value)
        elif name == "date":
            found[name] = day_of(value, sheet.where(row, 2), book.dmy)
        elif name:
            found[name] = count(value, sheet.where(row, 2))
    return found, window, None


def _as_of(book: Book, window: Period | None) -> date | None:
    if window is not None:
        return window.end
    created = book.created
    return created.date() if isinstance(created, datetime) else None


def read_per_post(book: Book, ignored: Counter[str]) -> AnalyticsWorkbook:
    """The post's figures and its viewers' demographics."""
    sheet = book.roles.get("performance") or book.sheets[0]
    found, window, table_row = _values(sheet, book, ignored)
    url = found.pop("url", "")
    ref = post_ref(url) if url else None
    if ref is None and book.name_post_id:
        ref = PostRef("activity", book.name_post_id)  # the file name's id: a fallback only, it may differ
    if ref is None and not url:
        raise sheet.where(1, 2).fail("die Adresse des Beitrags (Post URL) fehlt")
    published_on = found.pop("date", None)
    figures = PostFigures(url=url, ref=ref, published_on=published_on, period=window, **found)
    shares = read_table(sheet, table_row, ignored) if table_row is not None else ()
    if "post_demographics" in book.roles and book.roles["post_demographics"] is not sheet:
        shares += read_table(book.roles["post_demographics"], 1, ignored)
    workbook = AnalyticsWorkbook(
        file_name=book.file_name,
        kind=WorkbookKind.POST,
        period=window,
        language=book.language,
        as_of=_as_of(book, window),
        posts=[figures],
        ignored=ignored,
        post=ref,
        post_url=url,
    )
    if shares:
        workbook.demographics.append(Demographics(Scope.POST, window, shares, post=ref, post_url=url))
    return workbook
