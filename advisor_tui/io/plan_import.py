"""Read a content plan from CSV: the format `export_plan_csv` writes, or the same saved by German Excel."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

from advisor_tui.domain.days import parse_day
from advisor_tui.domain.models import POST_STATUS_LABELS, Post, PostStatus
from advisor_tui.domain.plan.cadence import week_fields
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.domain.text_safety import unguarded
from advisor_tui.io.csvtable import extra_cells
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.plan_export import KIND_LABELS, KIND_OWN, KIND_SHARED, PLAN_CSV_HEADER
from advisor_tui.io.textfile import decode_bytes, detect_delimiter, read_bytes

# German column names people type when they build the file by hand.
_HEADER_ALIASES = {
    "kw": "week",
    "woche": "week",
    "kalenderwoche": "week",
    "datum": "planned_on",
    "tag": "planned_on",
    "geplant_am": "planned_on",
    "titel": "title",
    "kanal": "channel",
    "art": "kind",
    "zielgruppe": "target_segment",
    "quelle": "source",
    "text": "body",
    "inhalt": "body",
}
_CHANNELS = {"linkedin": "linkedin", "xing": "xing", "linkedin-post": "linkedin", "xing-post": "xing"}
_STATUSES = {s.value: s for s in PostStatus} | {label.casefold(): s for s, label in POST_STATUS_LABELS.items()}
_KINDS = {KIND_OWN: True, KIND_SHARED: False} | {
    label.casefold(): key == KIND_OWN for key, label in KIND_LABELS.items()
}
_WEEK_YEAR = re.compile(r"^\s*(\d{4})")
# A content plan lies in this century; a year 1 or 9999 would only break the week arithmetic later.
_PLAN_YEARS = range(2000, 2100)
_T = TypeVar("_T")
_EXPECTED = ",".join(PLAN_CSV_HEADER)
_KNOWN_COLUMNS = (*PLAN_CSV_HEADER, *_HEADER_ALIASES)


class PlanImportFailed(ImportFailed):
    """The plan file cannot be used at all; the message is one German line for the advisor."""


class RowRejected(ValueError):
    """One row cannot be used; the message is the German reason."""


@dataclass(slots=True)
class PlanImport:
    """The posts read from a plan file and the rows left out, with line number and reason."""

    posts: list[Post] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)


def parse_plan_csv(path: str | Path) -> PlanImport:
    """Read a plan CSV file; raise PlanImportFailed when the file as a whole is unusable."""
    path = Path(path)
    try:
        text = decode_bytes(read_bytes(path), path.name)
    except ImportFailed as error:
        raise PlanImportFailed(str(error)) from None
    return parse_plan_text(text, path.name)


def parse_plan_text(text: str, name: str = "Eingabe") -> PlanImport:
    """Read plan CSV text; raise PlanImportFailed for a wrong header or when no row is usable."""
    text = text.removeprefix("\ufeff")
    delimiter = detect_delimiter(text[:4096], _KNOWN_COLUMNS)
    # strict: an unclosed quote must fail, not swallow the rest of the file into one cell.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        columns = _columns(next(reader, []), name)
        result = _read_rows(reader, columns)
    except csv.Error:
        raise PlanImportFailed(f"„{name}“ ist kein gültiges CSV (Fehler in Zeile {reader.line_num}).") from None
    if not result.posts:
        reason = f" Zeile {result.skipped[0][0]}: {result.skipped[0][1]}" if result.skipped else ""
        raise PlanImportFailed(f"„{name}“ enthält keinen verwendbaren Beitrag.{reason}")
    return result


def _columns(header: list[str], name: str) -> list[str]:
    columns = [_HEADER_ALIASES.get(cell.strip().casefold(), cell.strip().casefold()) for cell in header]
    if "title" not in columns or not {"week", "planned_on"} & set(columns):
        raise PlanImportFailed(f"„{name}“ hat nicht die Kopfzeile eines Redaktionsplans (erwartet: {_EXPECTED}).")
    return columns


def _read_rows(reader: Any, columns: list[str]) -> PlanImport:
    result = PlanImport()
    next_line = reader.line_num + 1
    for cells in reader:
        line, next_line = next_line, reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        try:
            result.posts.append(_row_to_post(cells, columns))
        except RowRejected as reason:
            result.skipped.append((line, str(reason)))
    return result


def _row_to_post(cells: list[str], columns: list[str]) -> Post:
    if extra_cells(cells, len(columns)):
        raise RowRejected("Mehr Spalten als in der Kopfzeile (Text mit Trennzeichen in Anführungszeichen setzen).")
    # The body keeps its own spacing; every other cell is a single value. Our own export guarded formulas.
    row = {column: unguarded(cell if column == "body" else cell.strip())
           for column, cell in zip(columns, cells, strict=False)}
    title = row.get("title", "")
    if not title:
        raise RowRejected("Titel fehlt.")
    planned_on = _parse_day(row.get("planned_on", ""))
    week = _parse_week(row.get("week", ""), planned_on)
    return Post(
        title=title,
        **week_fields(week),
        planned_on=planned_on,
        body=row.get("body", ""),
        channel=_lookup(_CHANNELS, row.get("channel", ""), "linkedin", "Kanal", "linkedin oder xing"),
        status=_status(row.get("status", ""), week),
        own_content=_lookup(_KINDS, row.get("kind", ""), True, "Art", "eigen oder geteilt"),
        source=row.get("source", ""),
        target_segment=row.get("target_segment", ""),
    )


def _parse_day(value: str) -> date | None:
    try:
        parsed = parse_day(value)
    except ValueError:
        raise RowRejected(f"Datum „{value}“ ist ungültig (erwartet 24.11.2026 oder 2026-11-24).") from None
    if parsed is not None:
        _check_year(parsed.year, value)
    return parsed


def _parse_week(value: str, planned_on: date | None) -> IsoWeek | None:
    if not value:
        return IsoWeek.from_date(planned_on) if planned_on else None
    if year := _WEEK_YEAR.match(value):
        _check_year(int(year.group(1)), value)
    try:
        week = IsoWeek.parse(value)
    except ValueError as error:
        raise RowRejected(str(error)) from None
    if planned_on is not None and not week.contains(planned_on):
        raise RowRejected(f"Datum {planned_on:%d.%m.%Y} liegt nicht in {week.label}.")
    return week


def _check_year(year: int, value: str) -> None:
    if year not in _PLAN_YEARS:
        raise RowRejected(f"„{value}“ liegt nicht in den Jahren {_PLAN_YEARS.start} bis {_PLAN_YEARS.stop - 1}.")


def _status(value: str, week: IsoWeek | None) -> PostStatus:
    default = PostStatus.PLANNED if week else PostStatus.IDEA
    status = _lookup(_STATUSES, value, default, "Status", "idee, entwurf, geplant oder veroeffentlicht")
    if week is None and status in (PostStatus.PLANNED, PostStatus.PUBLISHED):
        raise RowRejected(f"Status „{POST_STATUS_LABELS[status]}“ braucht eine Kalenderwoche oder ein Datum.")
    return status


def _lookup(table: dict[str, _T], value: str, default: _T, what: str, expected: str) -> _T:
    if not value:
        return default
    try:
        return table[value.casefold()]
    except KeyError:
        raise RowRejected(f"{what} „{value}“ ist unbekannt (erwartet: {expected}).") from None
