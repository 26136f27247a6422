"""A CSV file recognised by its header row: which kind it is, where its columns are, its rows."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Protocol

from advisor_tui.domain.numbers import german_number
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.textfile import DELIMITERS, MAX_FILE_BYTES, detect_delimiter


class CsvRows(Protocol):
    """What csv.reader() returns, or a stand-in for it: rows, and the physical line read so far."""

    @property
    def line_num(self) -> int: ...
    def __iter__(self) -> Iterator[list[str]]: ...
    def __next__(self) -> list[str]: ...

# Preambles (LinkedIn's "Notes:" block) are a few lines; a header further down is not a header.
HEADER_SEARCH_ROWS = 12
# The widest LinkedIn file has 16 columns; every row is padded to the header's width, so a header of
# 100,000 columns would cost minutes. Far wider than any export is refused at the header.
MAX_COLUMNS = 500
REASON_DAMAGED = "Beschädigte Zeichen (ungültige UTF-8-Bytes), nicht sicher zu reparieren"
REASON_TRUNCATED = "Anführungszeichen nicht geschlossen: die Datei endet mitten in dieser Zeile (abgeschnitten?)"


@dataclass(frozen=True, slots=True)
class CsvKind:
    """A known file, recognised when its header holds all `required` column names."""

    name: str
    label: str
    required: frozenset[str]

    @classmethod
    def of(cls, name: str, label: str, *required: str) -> CsvKind:
        """A kind from its column names as they appear in the file (compared case-insensitively)."""
        return cls(name, label, frozenset(column.casefold() for column in required))


@dataclass(slots=True)
class CsvTable:
    """The rows after a recognised header; every row gets one extra '' cell for absent columns."""

    kind: CsvKind
    columns: dict[str, int]
    width: int
    reader: CsvRows
    header_line: int
    ends_inside_quote: bool = False
    damaged: bool = False
    # Rows `rows()` held back, as (line, German reason): cut off by the end of the file, or damaged bytes.
    problems: list[tuple[int, str]] = field(default_factory=list)

    def getter(self, *names: str) -> Callable[[list[str]], tuple[str, ...]]:
        """A fast accessor for these columns; an absent column reads as ''."""
        missing = self.width
        indexes = [self.columns.get(name.casefold(), missing) for name in names]
        return itemgetter(*indexes) if len(indexes) > 1 else lambda row: (row[indexes[0]],)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(first line number, cells) of every data row, padded to the header's width plus one.

        Rows with damaged characters, and a last row cut off inside a quoted cell, are not yielded but
        noted in `problems`.
        """
        careful: bool | None = None  # known once the first row is read: a zip member is unpacked only then
        width = self.width
        reader = self.reader
        previous = reader.line_num
        held: tuple[int, list[str]] | None = None
        try:
            for cells in reader:
                if careful is None:
                    careful = self.ends_inside_quote or self.damaged
                size = len(cells)
                if size == width:
                    cells.append("")
                elif size < width:
                    cells.extend([""] * (width + 1 - size))
                line = previous + 1
                previous = reader.line_num
                if not careful:
                    yield line, cells
                    continue
                if self.damaged and any("\ufffd" in cell for cell in cells):
                    self.problems.append((line, REASON_DAMAGED))
                    continue
                # Only at the end of the file is it known whether a row was the one cut off.
                if held is not None:
                    yield held
                held = line, cells
        except csv.Error as error:
            raise ImportFailed(f"Die Datei ist ab Zeile {previous + 1} beschädigt ({error}).") from None
        if held is not None:
            if self.ends_inside_quote and "\n" in "".join(held[1]):
                self.problems.append((held[0], REASON_TRUNCATED))
            else:
                yield held


def open_table(text: str, kinds: Sequence[CsvKind]) -> CsvTable | None:
    """The table of the first kind whose header is found near the top of `text`, else None."""
    # Raised once: a megabyte-long field must reach the row check (and be skipped there), not crash csv.
    csv.field_size_limit(max(csv.field_size_limit(), MAX_FILE_BYTES))
    sample = "\n".join(text[:16384].splitlines()[: HEADER_SEARCH_ROWS * 2])
    expected = [name for kind in kinds for name in kind.required]
    first = detect_delimiter(sample, expected)
    for delimiter in (first, *(d for d in DELIMITERS if d != first)):
        table = _find_header(text, kinds, delimiter)
        if table is not None:
            return table
    return None


def _find_header(text: str, kinds: Sequence[CsvKind], delimiter: str) -> CsvTable | None:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for _ in range(HEADER_SEARCH_ROWS):
            cells = next(reader, None)
            if cells is None:
                return None
            names = [cell.strip().lstrip("\ufeff").casefold() for cell in cells]
            present = set(names)
            for kind in kinds:
                if kind.required <= present:
                    if len(names) > MAX_COLUMNS:
                        raise ImportFailed(
                            f"Die Kopfzeile hat {german_number(len(names))} Spalten; so breit ist keine Datei "
                            f"eines Exports (höchstens {MAX_COLUMNS}).")
                    columns = {name: index for index, name in enumerate(names) if name}
                    # Properly quoted CSV holds an even number of quotes; an odd one means the text ends inside a cell.
                    cut = bool(text.count('"') & 1)
                    return CsvTable(kind, columns, len(names), reader, reader.line_num, cut, "\ufffd" in text)
    except csv.Error:
        return None
    return None


def extra_cells(cells: list[str], width: int) -> bool:
    """Whether a row has non-empty cells beyond the header (an unquoted comma shifted it)."""
    return any(cell.strip() for cell in cells[width:])
