"""The advisor's own activity in the LinkedIn export: Shares.csv (every layout 2018–2025), Comments.csv,
Reactions.csv, row by row.

Decisions an advisor may ask about:
- Dates are UTC as LinkedIn writes them ('2022-09-08 04:10:18', 2018's '2017/06/08 08:15:44 UTC'); a row
  whose date cannot be read is skipped with its line.
- Later exports wrap each line of a multi-line post in quotes of its own and double the quotes inside
  (`"text."` / `""` / `"next"` once the CSV is read): such a text is unwrapped; a text with a lone quote
  was never wrapped and stays as written.
- Comments.csv escapes quotes with a backslash (`\\"`): read as plain quotes.
- A share without commentary is a repost: kept as shared content, titled after what it passed on.
- A Shares.csv with rows of which none can be read is damaged: the import stops before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from advisor_tui.domain.activity.history import post_title
from advisor_tui.domain.activity.own import OwnComment, OwnReaction, PublishedPost
from advisor_tui.domain.contacts.batch import ImportBatch
from advisor_tui.domain.plan.post_links import post_ref
from advisor_tui.io.csvtable import CsvKind, CsvTable
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.fields import EARLIEST_YEAR, read_moment, too_long
from advisor_tui.io.linkedin_rows import REASON_EMPTY_ROW, held_back, skip

SHARES = CsvKind.of("shares", "Shares.csv", "Date", "ShareLink", "ShareCommentary")
SHARES_2018 = CsvKind.of("shares-2018", "Shares.csv", "Date", "Share Link", "Share Commentary")
COMMENTS = CsvKind.of("comments", "Comments.csv", "Date", "Link", "Message")
REACTIONS = CsvKind.of("reactions", "Reactions.csv", "Date", "Type", "Link")
ACTIVITY_KINDS = (SHARES, SHARES_2018, COMMENTS, REACTIONS)
_LATEST_YEAR = datetime.now(UTC).year + 1


def _wrapped(line: str) -> bool:
    """Whether a line is one of LinkedIn's quoted lines: in quotes, every quote inside doubled."""
    return len(line) >= 2 and line[0] == line[-1] == '"' and '"' not in line[1:-1].replace('""', "")


def unwrap_lines(text: str) -> str:
    """A post's text with LinkedIn's per-line quotes removed, when every line carries them."""
    if not text.startswith('"'):
        return text
    lines = text.replace("\r\n", "\n").split("\n")
    if not all(_wrapped(line) for line in lines):
        return text
    return "\n".join(line[1:-1].replace('""', '"') for line in lines)


def moment_of(cell: str) -> datetime | str:
    """A cell's UTC moment, or the German reason; LinkedIn's own '2022-09-08 04:10:18' without the general parser
    (10,000 reactions are 10,000 dates)."""
    if len(cell) == 19 and cell[4] == "-" and cell[10] == " ":
        try:
            # With the zone in the text: datetime.replace(tzinfo=…) costs ten times the parse.
            moment = datetime.fromisoformat(cell + "+00:00")
        except ValueError:
            return read_moment(cell)
        if EARLIEST_YEAR <= moment.year <= _LATEST_YEAR:
            return moment
    return read_moment(cell)


def _moment(batch: ImportBatch, file: str, line: int, cell: str) -> datetime | None:
    moment = moment_of(cell)
    if isinstance(moment, str):
        skip(batch, file, line, moment)
        return None
    return moment


def parse_shares(table: CsvTable, file: str) -> ImportBatch:
    """Published posts from Shares.csv; ImportFailed when it has rows and none of them can be read."""
    batch = ImportBatch(source=file)
    # Column names are compared case-insensitively: 2022's SharedURL is 2024's SharedUrl.
    if table.kind is SHARES_2018:
        get = table.getter("Date", "Share Link", "Share Commentary", "Shared URL", "Visibility", "Share Title")
    else:
        get = table.getter("Date", "ShareLink", "ShareCommentary", "SharedUrl", "Visibility", "Share Title")
    rows = 0
    for line, cells in table.rows():
        date_cell, link, commentary, shared, visibility, shared_title = (cell.strip() for cell in get(cells))
        if not any(cells):
            batch.ignored[REASON_EMPTY_ROW] += 1
            continue
        rows += 1
        at = _moment(batch, file, line, date_cell)
        if at is None:
            continue
        text = unwrap_lines(commentary.replace("\r\n", "\n")).strip()
        reason = too_long({"post": text})
        if reason:
            skip(batch, file, line, reason)
            continue
        ref = post_ref(link) if link else None
        key = str(ref) if ref is not None else link or f"share:{at:%Y-%m-%dT%H:%M:%S}"
        title = post_title(text, shared, shared_title)
        batch.posts.append(PublishedPost(key, at, text, link, title, shared, visibility))
    held_back(table, batch, file)
    if rows and not batch.posts:
        first = batch.skipped[0] if batch.skipped else None
        detail = f" (Zeile {first.line}: {first.reason})" if first else ""
        raise ImportFailed(f"„{file}“ ist beschädigt: keine Zeile lässt sich lesen{detail}.")
    return batch


def parse_comments(table: CsvTable, file: str) -> ImportBatch:
    """The advisor's comments from Comments.csv."""
    batch = ImportBatch(source=file)
    get = table.getter("Date", "Link", "Message")

    def add(line: int, at: datetime, cells: tuple[str, ...]) -> None:
        text = cells[2].replace('\\"', '"').replace("\r\n", "\n").strip()
        reason = too_long({"post": text})
        if reason:
            skip(batch, file, line, reason)
        else:
            batch.comments.append(OwnComment(at, cells[1].strip(), text))

    _each_row(table, file, batch, get, add)
    return batch


def parse_reactions(table: CsvTable, file: str) -> ImportBatch:
    """The advisor's reactions from Reactions.csv."""
    batch = ImportBatch(source=file)
    get = table.getter("Date", "Type", "Link")

    def add(_line: int, at: datetime, cells: tuple[str, ...]) -> None:
        batch.reactions.append(OwnReaction(at, cells[1].strip().upper(), cells[2].strip()))

    _each_row(table, file, batch, get, add)
    return batch


def _each_row(
    table: CsvTable,
    file: str,
    batch: ImportBatch,
    get: Callable[[list[str]], tuple[str, ...]],
    add: Callable[[int, datetime, tuple[str, ...]], None],
) -> None:
    for line, cells in table.rows():
        values = get(cells)
        if not any(cells):
            batch.ignored[REASON_EMPTY_ROW] += 1
            continue
        cell = values[0].strip()
        at = _moment(batch, file, line, cell)
        if at is not None:
            add(line, at, values)
    held_back(table, batch, file)
