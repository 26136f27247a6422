"""Which analytics export a workbook is (by its file name, else its sheets), what each sheet holds, in which language.

Sheets are found by their names (English, German, Portuguese), else by their order; the order of day and month in
slash dates is decided from the data, else from the file name's window, else from the language.
"""

from __future__ import annotations

import re
from datetime import date

from advisor_tui.domain.audience.models import Period, WorkbookKind
from advisor_tui.domain.text_safety import printable
from advisor_tui.io.analytics.cells import day_first, ends_found, slash_parts, text_of
from advisor_tui.io.analytics.workbook import Book
from advisor_tui.io.errors import ImportFailed

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
