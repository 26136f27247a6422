"""LinkedIn's Connections.csv and Invitations.csv, row by row, into contacts and requests."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from advisor_tui.domain.contacts.batch import ImportBatch, ImportedRequest, SkippedRow
from advisor_tui.domain.models import ConnectionRequest, Contact, Direction, RequestState, Salutation
from advisor_tui.io.csvtable import CsvKind, CsvTable, extra_cells
from advisor_tui.io.fields import (
    LIMITS,
    PLACEHOLDER_LENGTH,
    email_cell,
    may_hold_title,
    name_parts,
    plain_cell,
    profile_url,
    read_day,
    read_moment,
    split_full_name,
    too_long,
)

CONNECTIONS = CsvKind.of("connections", "Connections.csv", "First Name", "Last Name", "Connected On")
INVITATIONS = CsvKind.of("invitations", "Invitations.csv", "From", "To", "Sent At", "Direction")

SOURCE = "linkedin"
REASON_SHIFTED = "Mehr Spalten als in der Kopfzeile (Komma ohne Anführungszeichen?)"
REASON_HIDDEN = "Verborgenes Profil: nur das Verbindungsdatum, kein Name"
REASON_NO_NAME = "Name fehlt"
REASON_EMPTY_ROW = "Leere Zeile"
_CONNECTION_FIELDS = ("first_name", "last_name", "profile_url", "email", "company", "position")
# Rows whose every cell is within this length cannot break a limit: the detailed check is skipped.
_SHORTEST_LIMIT = min(LIMITS[key] for key in _CONNECTION_FIELDS)


def skip(batch: ImportBatch, file: str, line: int, reason: str) -> None:
    """Record a row that cannot be used."""
    batch.skipped.append(SkippedRow(line, reason, file))


def held_back(table: CsvTable, batch: ImportBatch, file: str) -> None:
    """Report the rows the table itself held back (cut off at the end, damaged bytes); call after `rows()`."""
    for line, reason in table.problems:
        skip(batch, file, line, reason)


def parse_connections(table: CsvTable, file: str) -> ImportBatch:
    """Contacts from Connections.csv (with or without preamble and URL column)."""
    batch = ImportBatch(source=file)
    get = table.getter("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
    width = table.width
    days: dict[str, date | str] = {"": ""}
    for line, cells in table.rows():
        # Only the identity fields are stripped: LinkedIn never pads cells, and 30,000 rows count.
        first, last, url, email, company, position, connected = get(cells)
        first, last = first.strip(), last.strip()
        # Most companies are longer than any placeholder and most e-mail cells are empty: no call for those.
        company = company.strip() if len(company) > PLACEHOLDER_LENGTH else plain_cell(company)
        email = email_cell(email) if email else ""
        if not (first or last):
            _nameless(batch, file, line, cells, connected)
            continue
        if (len(cells) > width + 1 or cells[width]) and extra_cells(cells, width):
            skip(batch, file, line, REASON_SHIFTED)
            continue
        if max(map(len, cells)) > _SHORTEST_LIMIT:
            reason = too_long(dict(zip(_CONNECTION_FIELDS, (first, last, url, email, company, position), strict=True)))
            if reason:
                skip(batch, file, line, reason)
                continue
        salutation, title = Salutation.NONE, ""
        if may_hold_title(first):
            salutation, title, first = name_parts(first)
        if connected not in days:
            days[connected] = read_day(connected)
        day = days[connected]
        connected_on: date | None = None
        if isinstance(day, str):  # no date, or the reason it cannot be read: the contact is kept without one
            if day:
                batch.warnings.append(SkippedRow(line, f"{day}: Kontakt ohne Verbindungsdatum übernommen", file))
        else:
            connected_on = day
        batch.contacts.append(
            Contact(
                first_name=first,
                # Credentials after a comma ("Schröder, MBA") are not part of the name.
                last_name=last.split(",")[0].strip() if "," in last else last,
                salutation=salutation,
                title=title,
                company=company,
                position=position.strip() if len(position) > PLACEHOLDER_LENGTH else plain_cell(position),
                email=email,
                profile_url=profile_url(url),
                source=SOURCE,
                connected_on=connected_on,
            )
        )
    held_back(table, batch, file)
    return batch


def _nameless(batch: ImportBatch, file: str, line: int, cells: list[str], connected: str) -> None:
    filled = sum(1 for cell in cells if cell.strip())
    if filled == 0:
        batch.ignored[REASON_EMPTY_ROW] += 1  # rows of only commas carry nothing: only counted
    elif filled == 1 and connected:
        skip(batch, file, line, REASON_HIDDEN)
    else:
        skip(batch, file, line, REASON_NO_NAME)


def person(full_name: str, url: str) -> Contact | str:
    """A contact from a display name and profile URL, or the German reason why it cannot be one."""
    full_name = full_name.strip()
    if not full_name:
        return REASON_NO_NAME
    title, first, last = split_full_name(full_name)
    reason = too_long({"first_name": first, "last_name": last, "title": title, "profile_url": url})
    if reason:
        return reason
    return Contact(first_name=first, last_name=last, title=title, profile_url=profile_url(url), source=SOURCE)


def parse_invitations(table: CsvTable, file: str) -> ImportBatch:
    """Connection requests from Invitations.csv (stored open; the store marks those of connections accepted).

    Also learns the advisor's own profile URL and name from the side of each invitation that is not the
    counterpart; the placeholder URL of late-2023 exports (`…/in` without a slug) counts as no URL.
    """
    batch = ImportBatch(source=file)
    get = table.getter("From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl")
    own_urls: Counter[str] = Counter()
    own_names: Counter[str] = Counter()
    for line, cells in table.rows():
        sender, receiver, sent, note, direction_text, inviter_url, invitee_url = (v.strip() for v in get(cells))
        if not any(cells):
            batch.ignored[REASON_EMPTY_ROW] += 1
            continue
        direction = {"incoming": Direction.INCOMING, "outgoing": Direction.OUTGOING}.get(direction_text.casefold())
        if direction is None:
            skip(batch, file, line, f"Richtung „{direction_text[:40]}“ unbekannt (erwartet INCOMING oder OUTGOING)")
            continue
        sent_at = read_moment(sent)
        if isinstance(sent_at, str):
            skip(batch, file, line, sent_at)
            continue
        incoming = direction is Direction.INCOMING
        own_urls[profile_url(invitee_url if incoming else inviter_url)] += 1
        own_names[receiver if incoming else sender] += 1
        counterpart = person(sender if incoming else receiver, inviter_url if incoming else invitee_url)
        if isinstance(counterpart, str):
            skip(batch, file, line, counterpart)
            continue
        reason = too_long({"note": note})
        if reason:
            skip(batch, file, line, reason)
            continue
        batch.requests.append(ImportedRequest(counterpart=counterpart, request=_open_request(direction, sent_at, note)))
    held_back(table, batch, file)
    own_urls.pop("", None)
    own_names.pop("", None)
    batch.own_profile_url = own_urls.most_common(1)[0][0] if own_urls else ""
    batch.own_name = own_names.most_common(1)[0][0] if own_names else ""
    return batch


def _open_request(direction: Direction, sent_at: datetime, note: str) -> ConnectionRequest:
    return ConnectionRequest(None, direction, sent_at, note=note, state=RequestState.OPEN)
