"""LinkedIn's analytics workbooks (.xlsx): the aggregate and the per-post export, every known layout and language.

The facts behind every rule are in the notes on the analytics format (both export families, their 2026 layouts,
English, German and Portuguese). Reading is all or nothing: a cell that is not what its place demands is one
German line (ImportFailed); an unknown sheet or row is passed over and counted in `AnalyticsWorkbook.ignored`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from advisor_tui.domain.audience.models import AnalyticsWorkbook, WorkbookKind

if TYPE_CHECKING:
    from advisor_tui.io.analytics.workbook import Book


@dataclass(frozen=True, slots=True)
class AnalyticsFile:
    """A parsed workbook and the SHA-256 of its bytes (the same file twice changes nothing)."""

    workbook: AnalyticsWorkbook
    digest: str


def read_analytics(path: Path) -> AnalyticsFile:
    """Open, classify and read an analytics workbook; raises ImportFailed with one German line."""
    from advisor_tui.io.analytics.workbook import open_book

    return read_book(open_book(path))


def read_book(book: Book) -> AnalyticsFile:
    """Classify an opened workbook and read its sheets; raises ImportFailed with one German line."""
    from advisor_tui.io.analytics.aggregate import read_aggregate
    from advisor_tui.io.analytics.classify import classify
    from advisor_tui.io.analytics.per_post import read_per_post

    classify(book)
    ignored: Counter[str] = Counter()
    if book.unknown:
        ignored["unbekanntes Tabellenblatt"] += len(book.unknown)
    if book.kind is WorkbookKind.POST:
        workbook = read_per_post(book, ignored)
    else:
        workbook = read_aggregate(book, ignored)
    return AnalyticsFile(workbook, book.digest)
