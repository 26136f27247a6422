"""LinkedIn's Connections.csv and Invitations.csv, row by row, into contacts and requests."""

from __future__ import annotations

from collections import Counter
from datetime import date

from advisor_tui.domain.batch import ImportBatch, ImportedRequest, SkippedRow
from advisor_tui.domain.models import ConnectionRequest, Contact, Direction, RequestState, Salutation
from advisor_tui.io.csvtable import CsvKind, CsvTable, extra_cells
from advisor_tui.io.fields import (
    LIMITS,
    may_hold_title,
    name_parts,
    parse_day,
    parse_sent_at,
    profile_url,
    split_full_name,
    too_long,
)

CONNECTIONS = CsvKind.of("connections", "Connections.csv", "First Name", "Last Name", "Connected On")
INVITATIONS = CsvKind.of("invitations", "Invitations.csv", "From", "To", "Sent At", "Direction")

SOURCE = "linkedin"
REASON_SHIFTED = "Mehr Spalten als in der Kopfzeile (Komma ohne Anführungszeichen?)"
REASON_HIDDEN = "Verborgenes Profil: nur das Verbindungsdatum, kein Name"
REASON_NO_NAME = "Name fehlt"
_CONNECTION_FIELDS = ("first_name", "last_name", "profile_url", "email", "company", "position")
# Rows whose every cell is within this length cannot break a limit: the detailed check is skipped.
_SHORTEST_LIMIT = min(LIMITS[key] for key in _CONNECTION_FIELDS)


def skip(batch: ImportBatch, file: str, line: int, reason: str) -> None:
    """Record a row that cannot be used."""
    batch.skipped.append(SkippedRow(line, reason, file))


def parse_connections(table: CsvTable, file: str) -> ImportBatch:
    """Contacts from Connections.csv (with or without preamble and URL column)."""
    batch = ImportBatch(source=file)
    get = table.getter("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On")
    width = table.width
    days: dict[str, date | None] = {}
    for line, cells in table.rows():
        # Only the identity fields are stripped: LinkedIn never pads cells, and 30,000 rows count.
        first, last, url, email, company, position, connected = get(cells)
        first, last, company, email = first.strip(), last.strip(), company.strip(), email.strip()
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
            days[connected] = parse_day(connected)
        batch.contacts.append(
            Contact(
                first_name=first,
                # Credentials after a comma ("Schröder, MBA") are not part of the name.
                last_name=last.split(",")[0].strip() if "," in last else last,
                salutation=salutation,
                title=title,
                company=company,
                position=position,
                email=email,
                profile_url=profile_url(url),
                source=SOURCE,
                connected_on=days[connected],
            )
        )
    return batch


def _nameless(batch: ImportBatch, file: str, line: int, cells: list[str], connected: str) -> None:
    filled = sum(1 for cell in cells if cell.strip())
    if filled == 0:
        batch.ignored += 1  # rows of only commas carry nothing: passed over silently, only counted
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
    """Open connection requests from Invitations.csv; also learns the advisor's own profile URL."""
    batch = ImportBatch(source=file)
    get = table.getter("From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl")
    own_urls: Counter[str] = Counter()
    for line, cells in table.rows():
        sender, receiver, sent, note, direction_text, inviter_url, invitee_url = (v.strip() for v in get(cells))
        if not any(cells):
            batch.ignored += 1
            continue
        direction = {"incoming": Direction.INCOMING, "outgoing": Direction.OUTGOING}.get(direction_text.casefold())
        sent_at = parse_sent_at(sent)
        if direction is None:
            skip(batch, file, line, f"Richtung „{direction_text[:40]}“ unbekannt (erwartet INCOMING oder OUTGOING)")
            continue
        if sent_at is None:
            skip(batch, file, line, f"Zeitpunkt „{sent[:40]}“ nicht lesbar")
            continue
        incoming = direction is Direction.INCOMING
        own_urls[profile_url(invitee_url if incoming else inviter_url)] += 1
        counterpart = person(sender if incoming else receiver, inviter_url if incoming else invitee_url)
        reason = counterpart if isinstance(counterpart, str) else too_long({"note": note})
        if reason:
            skip(batch, file, line, reason)
            continue
        request = ConnectionRequest(None, direction, sent_at, note=note, state=RequestState.OPEN)
        batch.requests.append(ImportedRequest(counterpart=counterpart, request=request))
    own_urls.pop("", None)
    batch.own_profile_url = own_urls.most_common(1)[0][0] if own_urls else ""
    return batch
