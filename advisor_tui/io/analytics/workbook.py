"""An analytics .xlsx opened safely and read into plain values per sheet (classify.py says what they are).

Before openpyxl sees the file it is checked: its size, an encrypted (OLE2) or otherwise foreign file, and the
zip's members (count, duplicates, packing, declared sizes; zipfile never unpacks more than a member declares),
so a zip bomb named .xlsx is refused without being unpacked.
"""

from __future__ import annotations

import hashlib
import io
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from advisor_tui.domain.audience.models import Period, WorkbookKind
from advisor_tui.domain.text_safety import printable
from advisor_tui.io.analytics.cells import Where
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.textfile import read_bytes
from advisor_tui.io.zip_members import DAMAGED, ZipMembers

if TYPE_CHECKING:  # openpyxl itself is imported when a workbook is opened: it costs start-up time
    from openpyxl.worksheet.worksheet import Worksheet

MAX_FILE_BYTES = 4 * 1024 * 1024  # a year's export is ~30 KB; a file re-saved in Excel stays far below this
MAX_UNPACKED_BYTES = 4 * 1024 * 1024  # all members as declared: ~100,000 cells, which openpyxl holds as objects
MAX_ROWS = 5_000  # per sheet: a year has 366 days, the top lists 50 posts
MAX_COLUMNS = 20
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_ZIP = b"PK\x03\x04"


@dataclass(slots=True)
class Sheet:
    """One worksheet's values (1-based cells), with its place for error lines."""

    file: str
    name: str
    rows: list[tuple[object, ...]]

    def cell(self, row: int, column: int) -> object:
        """The value at (row, column), 1-based; None outside the filled range."""
        if row > len(self.rows):
            return None
        values = self.rows[row - 1]
        return values[column - 1] if column <= len(values) else None

    def where(self, row: int, column: int) -> Where:
        """The cell's place for an error line ("B5")."""
        return Where(self.file, self.name, f"{chr(64 + column)}{row}")


@dataclass(slots=True)
class Book:
    """A workbook's sheets, what its file name says, and the facts every sheet reader needs."""

    file_name: str
    digest: str
    sheets: list[Sheet]
    created: datetime | None = None
    kind: WorkbookKind | None = None
    name_period: Period | None = None
    name_post_id: str = ""
    roles: dict[str, Sheet] = field(default_factory=dict)
    unknown: list[Sheet] = field(default_factory=list)
    language: str = "en"
    dmy: bool = False


def _not_xlsx(name: str, head: bytes) -> ImportFailed:
    if head.startswith(_OLE2):
        return ImportFailed(f"„{name}“ ist eine alte Excel-Datei (.xls), kein LinkedIn-Analytics-Export (.xlsx).")
    return ImportFailed(f"„{name}“ ist keine Excel-Datei (.xlsx), vielleicht eine umbenannte CSV- oder Textdatei.")


def read_file(path: Path) -> bytes:
    """The file's bytes, refused when absent, unreadable or far too large for an analytics export."""
    name = printable(path.name)
    too_large = ImportFailed(
        f"„{name}“ ist größer als {MAX_FILE_BYTES // 2**20} MB; so groß ist kein LinkedIn-Analytics-Export."
    )
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise too_large
    except OSError:
        pass  # read_bytes says why in German
    data = read_bytes(path)
    if len(data) > MAX_FILE_BYTES:
        raise too_large
    if data.startswith(_OLE2) and _ENCRYPTED in data:
        raise ImportFailed(
            f"„{name}“ ist mit einem Kennwort geschützt (verschlüsselt); bitte in Excel ohne "
            "Kennwort speichern oder die Analytics-Datei neu bei LinkedIn exportieren."
        )
    if not data.startswith(_ZIP):
        raise _not_xlsx(name, data[:8])
    return data


def _damaged(name: str) -> ImportFailed:
    return ImportFailed(f"„{name}“ ist beschädigt und kann nicht als Excel-Datei gelesen werden.")


def _check_members(data: bytes, name: str) -> None:
    try:
        zipfile.ZipFile(io.BytesIO(data)).close()
    except DAMAGED:
        raise _damaged(name) from None
    members = ZipMembers(data, name)  # count, duplicate names and damage, as for the data export
    infos = members.archive.infolist()
    odd = [info for info in infos if not info.is_dir() and info not in members.files]
    if odd:
        raise ImportFailed(
            f"„{name}“ ist ungewöhnlich gepackt (bei „{printable(odd[0].filename)}“); "
            "so sieht kein LinkedIn-Analytics-Export aus."
        )
    if sum(info.file_size for info in infos) > MAX_UNPACKED_BYTES:
        raise ImportFailed(
            f"„{name}“ ist entpackt größer als {MAX_UNPACKED_BYTES // 2**20} MB; "
            "so groß ist kein LinkedIn-Analytics-Export."
        )
    if "xl/workbook.xml" not in members.names:
        raise ImportFailed(f"„{name}“ ist keine Excel-Datei (.xlsx), sondern ein anderes ZIP-Archiv.")


def _sheet_rows(worksheet: Worksheet, file_name: str) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for values in worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):
        rows.append(tuple(values))
        if len(rows) > MAX_ROWS:
            title = printable(worksheet.title)
            raise ImportFailed(
                f"„{file_name}“: das Tabellenblatt „{title}“ hat mehr als {MAX_ROWS} Zeilen; "
                "so lang ist kein LinkedIn-Analytics-Export."
            )
    while rows and all(value is None or value == "" for value in rows[-1]):
        rows.pop()
    return rows


def open_book(path: Path) -> Book:
    """The workbook's sheets as values; one German line (ImportFailed) for anything that is no usable .xlsx."""
    name = printable(path.name)
    data = read_file(path)
    _check_members(data, name)
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no default style" and the like: POI's files are plain
            # Not read_only: LinkedIn's files carry wrong dimensions, and read_only mode trusts them.
            loaded = load_workbook(io.BytesIO(data), data_only=True, keep_links=False)
    except Exception as exc:  # openpyxl fails in many ways on a damaged file (zip, XML, keys): all mean one thing
        raise _damaged(name) from exc
    sheets = [Sheet(path.name, ws.title, _sheet_rows(ws, name)) for ws in loaded.worksheets]
    created = loaded.properties.created if isinstance(loaded.properties.created, datetime) else None
    return Book(path.name, hashlib.sha256(data).hexdigest(), sheets, created)
