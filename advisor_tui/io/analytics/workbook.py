"""An analytics .xlsx opened safely, classified (aggregate or per post) and its sheets given their roles.

Before openpyxl sees the file it is checked: its size, an encrypted (OLE2) or otherwise foreign file, and the
zip's members (count, duplicates, packing, declared sizes; zipfile never unpacks more than a member declares),
so a zip bomb named .xlsx is refused without being unpacked.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from advisor_tui.domain.audience.models import Period, WorkbookKind
from advisor_tui.domain.text_safety import printable
from advisor_tui.io.analytics.cells import Where, day_first, ends_found, slash_parts, text_of
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.textfile import read_bytes
from advisor_tui.io.zip_members import DAMAGED, ZipMembers

MAX_FILE_BYTES = 4 * 1024 * 1024  # a year's export is ~30 KB; a file re-saved in Excel stays far below this
MAX_UNPACKED_BYTES = 4 * 1024 * 1024  # all members as declared: ~100,000 cells, which openpyxl holds as objects
MAX_ROWS = 5_000  # per sheet: a year has 366 days, the top lists 50 posts
MAX_COLUMNS = 20
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")
_ZIP = b"PK\x03\x04"

_COPY = r"(?: \(\d+\))?\.xlsx$"
_ISO = r"(\d{4}-\d{2}-\d{2})"
_NAMES: tuple[tuple[re.Pattern[str], WorkbookKind], ...] = (
    (re.compile(rf"^Content_{_ISO}_{_ISO}_.*{_COPY}", re.IGNORECASE), WorkbookKind.AGGREGATE),
    (re.compile(rf"^AggregateAnalytics_.*_{_ISO}_{_ISO}{_COPY}", re.IGNORECASE), WorkbookKind.AGGREGATE),
    (re.compile(rf"^(?:Single)?PostAnalytics_.*?_?(\d{{15,20}}){_COPY}", re.IGNORECASE), WorkbookKind.POST),
)

# Sheet names by role and language; German names beyond the five seen ones are guesses.
SHEET_NAMES: dict[str, dict[str, str]] = {
    "discovery": {"discovery": "en", "auffindbarkeit": "de", "descoberta": "pt"},
    "engagement": {"engagement": "en", "engajamento": "pt", "interaktionen": "de"},
    "top_posts": {"top posts": "en", "top-beiträge": "de", "top beiträge": "de", "publicações mais em alta": "pt"},
    "followers": {
        "followers": "en",
        "follower innen": "de",
        "follower": "de",
        "followerinnen": "de",
        "seguidores": "pt",
    },
    "demographics": {"demographics": "en", "demografische daten": "de", "dados demográficos": "pt"},
    "audience": {
        "audience demographics": "en",
        "dados demográficos do público": "pt",
        "demografische daten zielgruppe": "de",
        "demografische daten des publikums": "de",
        "demografische daten der zielgruppe": "de",
        "zielgruppe": "de",
    },
    "content": {
        "content demographics": "en",
        "dados demográficos do conteúdo": "pt",
        "demografische daten der inhalte": "de",
        "demografische daten inhalte": "de",
    },
    "performance": {
        "performance": "en",
        "leistung": "de",
        "desempenho": "pt",
        "post analytics": "en",
        "beitragsanalysen": "de",
        "beitragsanalyse": "de",
        "análise da publicação": "pt",
    },
    "post_demographics": {
        "top demographics": "en",
        "top-demografie": "de",
        "demografie": "de",
        "principais dados demográficos": "pt",
    },
}
AGGREGATE_ORDER = {
    5: ("discovery", "engagement", "top_posts", "followers", "demographics"),
    6: ("discovery", "engagement", "top_posts", "followers", "audience", "content"),
}
_POST_ROLES = ("performance", "post_demographics")
_LANGUAGE_DEFAULT = {"en": False, "pt": True, "de": True}  # whether slash dates are D/M


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


def _sheet_rows(worksheet: object, file_name: str) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for values in worksheet.iter_rows(values_only=True, max_col=MAX_COLUMNS):  # type: ignore[attr-defined]
        rows.append(tuple(values))
        if len(rows) > MAX_ROWS:
            title = printable(worksheet.title)  # type: ignore[attr-defined]
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


def _iso(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def _by_name(name: str) -> tuple[str, str] | None:
    """(role, language) of a sheet name, or None."""
    key = " ".join(name.replace("_", " ").split()).casefold()
    for role, names in SHEET_NAMES.items():
        if key in names:
            return role, names[key]
    return None


def classify(book: Book) -> None:
    """Decide the kind, the roles of the sheets, the language and the order of day and month."""
    for pattern, kind in _NAMES:
        found = pattern.match(book.file_name)
        if found:
            book.kind = kind
            if kind is WorkbookKind.POST:
                book.name_post_id = found.group(1)
            else:
                start, end = _iso(found.group(1)), _iso(found.group(2))
                book.name_period = Period(start, end) if start and end and start <= end else None
            break
    languages: list[str] = []
    for sheet in book.sheets:
        known = _by_name(sheet.name)
        if known and known[0] not in book.roles:
            book.roles[known[0]] = sheet
            languages.append(known[1])
    first = book.sheets[0] if book.sheets else None
    if book.kind is None:
        looks_per_post = first is not None and text_of(first.cell(1, 1)).casefold() in {"post url", "beitrags-url"}
        if any(role in book.roles for role in _POST_ROLES) or looks_per_post:
            book.kind = WorkbookKind.POST
        elif sum(role in book.roles for role in ("engagement", "top_posts", "followers", "discovery")) >= 2:
            book.kind = WorkbookKind.AGGREGATE
        else:
            raise ImportFailed(
                f"„{printable(book.file_name)}“ ist kein LinkedIn-Analytics-Export "
                "(weder Name noch Tabellenblätter passen)."
            )
    if book.kind is WorkbookKind.POST:
        order: tuple[str, ...] = _POST_ROLES
        book.roles = {role: sheet for role, sheet in book.roles.items() if role in _POST_ROLES}
    else:
        order = AGGREGATE_ORDER.get(len(book.sheets), ())
        book.roles = {role: sheet for role, sheet in book.roles.items() if role not in _POST_ROLES}
    claimed = {id(sheet) for sheet in book.roles.values()}
    # By order where names are unknown, but only where the named sheets stand where that order puts them: an
    # extra sheet of the advisor's own is not a sheet LinkedIn left unnamed.
    if all(role in order and book.sheets.index(sheet) == order.index(role) for role, sheet in book.roles.items()):
        for role, sheet in zip(order, book.sheets, strict=False):
            if role not in book.roles and id(sheet) not in claimed and _by_name(sheet.name) is None:
                book.roles[role] = sheet
                claimed.add(id(sheet))
    book.unknown = [sheet for sheet in book.sheets if id(sheet) not in claimed]
    if not book.roles:
        raise ImportFailed(
            f"„{printable(book.file_name)}“ ist kein LinkedIn-Analytics-Export (kein bekanntes Tabellenblatt)."
        )
    book.language = max(set(languages), key=languages.count) if languages else "en"
    book.dmy = _day_first(book)


def _day_first(book: Book) -> bool:
    """D/M or M/D: from the data (a part above 12), else from the file name's dates, else the language."""
    texts = [value for sheet in book.roles.values() for row in sheet.rows for value in row if isinstance(value, str)]
    parts = slash_parts(texts)
    decided = day_first(parts)
    if decided is not None:
        return decided
    if book.name_period is not None:
        ends = {book.name_period.start, book.name_period.end}
        month_first, day_first_ = ends_found(parts, ends, dmy=False), ends_found(parts, ends, dmy=True)
        if month_first != day_first_:
            return day_first_ > month_first
    return _LANGUAGE_DEFAULT.get(book.language, False)
