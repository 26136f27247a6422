"""The LinkedIn data export: the downloaded .zip or one of its CSVs, recognised by header, not by name.

Decisions an advisor may ask about:
- Rows of only commas carry nothing: they are passed over silently and only counted in `ignored`.
- Hidden profiles (a row with only a date), rows without a name, rows with too many cells or an absurdly
  long field are skipped and reported with their line.
- Sponsored InMail, system notices (no personal sender profile), drafts, messages of deleted accounts and
  messages without text are not conversations with a contact: passed over and counted by reason in
  `ignored`. Group chats are skipped with a reason.
- Times are aware datetimes in UTC (LinkedIn writes UTC; "Sent At" has no zone and is taken as UTC);
  `Connected On` is a date. Dates before 1990 or after next year are refused per row. A header without
  rows is a valid, empty file.
- The advisor's own activity (Shares.csv, Comments.csv, Reactions.csv, Articles/*.html) comes with the same
  import (linkedin_activity.py, linkedin_articles.py); a zip holding only some of it is a valid export.
- Profile.csv is read only for the advisor's own name (it never holds the own profile URL). Alone, it is a
  valid import when it names someone: the name goes into the settings if none is set there.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from advisor_tui.bulk import collector_paused
from advisor_tui.domain.contacts.batch import ImportBatch
from advisor_tui.io.csvtable import CsvKind, CsvRows, CsvTable, open_table
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.fields import profile_url
from advisor_tui.io.linkedin_activity import (
    ACTIVITY_KINDS,
    COMMENTS,
    REACTIONS,
    SHARES,
    SHARES_2018,
    parse_comments,
    parse_reactions,
    parse_shares,
)
from advisor_tui.io.linkedin_articles import is_article, read_article
from advisor_tui.io.linkedin_messages import MESSAGES, MESSAGES_DIRECTED, parse_messages
from advisor_tui.io.linkedin_rows import CONNECTIONS, INVITATIONS, parse_connections, parse_invitations
from advisor_tui.io.textfile import decode_bytes, read_bytes, sniff_text
from advisor_tui.io.zip_members import LazyReader, ZipMembers

PROFILE = CsvKind.of("profile", "Profile.csv", "First Name", "Last Name", "Maiden Name")
KINDS = (CONNECTIONS, INVITATIONS, MESSAGES, MESSAGES_DIRECTED, PROFILE, *ACTIVITY_KINDS)
EXPECTED = "Connections.csv, Invitations.csv, messages.csv, Shares.csv, Comments.csv oder Reactions.csv"
_KNOWN_NAMES = frozenset(
    {"connections.csv", "invitations.csv", "messages.csv", "shares.csv", "comments.csv", "reactions.csv"}
)
# An article is a page of text; LinkedIn links its images instead of embedding them.
_ARTICLE_LIMIT = 8 * 1024 * 1024
REASON_LEARNING = "Nachricht mit dem LinkedIn-Learning-Coach"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_HEADER_PREFIX_BYTES = 16384
# Connections.csv of 30,000 connections (LinkedIn's cap) is ~3 MB and Invitations.csv smaller; a member of
# such a kind ten times that size is no export. messages.csv may be tens of MB (zip_members' general limit).
_MEMBER_LIMITS = {CONNECTIONS.name: 32 * 1024 * 1024, INVITATIONS.name: 32 * 1024 * 1024}


def parse_linkedin(path: Path, *, own_profile_url: str = "", own_name: str = "") -> ImportBatch:
    """Contacts, conversations and requests from a LinkedIn export .zip or one of its CSV files.

    `own_profile_url` and `own_name` name the advisor where the files cannot (settings, `--own-profile`).
    Profile.csv and Invitations.csv take precedence over `own_name`; over `own_profile_url` only the
    conversations themselves, when that profile takes part in none of them (a changed profile slug).
    """
    data = read_bytes(path)
    unread: list[str] = []
    articles: list[tuple[str, bytes]] = []
    if data.startswith(_ZIP_MAGIC):
        members = ZipMembers(data, path.name)
        articles = _zip_articles(members)
        tables = _zip_tables(members, path.name, bool(articles))
        unread = _unread_members(members.names, {file for file, _ in tables})
    elif _looks_like_html(data):
        tables, articles = [], [(path.name, data)]
    else:
        tables = [(path.name, _single_table(data, path.name))]
    with collector_paused():
        batch = _parse_tables(tables, path.name, own_profile_url, own_name)
        for name, html in articles:
            batch.extend(read_article(html, name))
    if articles and not tables and not batch.posts and not data.startswith(_ZIP_MAGIC):
        raise ImportFailed(f"„{path.name}“: {batch.skipped[0].reason}")
    if tables and all(table.kind is PROFILE for _, table in tables) and not batch.profile_name and not articles:
        place = f"Die ZIP-Datei „{path.name}“ enthält" if data.startswith(_ZIP_MAGIC) else f"„{path.name}“ ist"
        raise ImportFailed(f"{place} keine LinkedIn-Exportdatei ({EXPECTED}).")
    batch.notes.extend(unread)
    return batch


def _unread_members(names: list[str], read: set[str]) -> list[str]:
    """One note per connections, invitations or messages file of the zip whose header was not recognised."""
    return [
        f"„{name}“ hat ein unbekanntes Spaltenformat und wurde nicht eingelesen."
        for name in names
        if name not in read and Path(name).name.casefold() in _KNOWN_NAMES
    ]


def _single_table(data: bytes, name: str) -> CsvTable:
    text = decode_bytes(data, name)
    table = open_table(text, KINDS)
    if table is not None:
        return table
    head = text.lstrip("\ufeff \r\n")
    if head.startswith("Notes:"):
        raise ImportFailed(f"„{name}“ enthält nur den Hinweistext von LinkedIn, aber keine Kopfzeile mit Daten.")
    if head[:11].upper() == "BEGIN:VCARD":
        raise ImportFailed(f"„{name}“ ist eine vCard-Datei; bitte mit „import vcard“ einlesen.")
    raise ImportFailed(f"„{name}“ ist keine LinkedIn-Exportdatei (erwartet: {EXPECTED}).")


def _zip_articles(members: ZipMembers) -> list[tuple[str, bytes]]:
    """(member name, bytes) of every article of the export; empty files are passed over."""
    found = []
    for info in members.files:
        if is_article(info.filename):
            data = members.read(info, _ARTICLE_LIMIT)
            if data.strip():
                found.append((info.filename, data))
    return found


def _looks_like_html(data: bytes) -> bool:
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<") and b"<h1" in head)


def _zip_tables(members: ZipMembers, name: str, has_articles: bool = False) -> list[tuple[str, CsvTable]]:
    tables = [(info, table) for info in members.files if (table := _member_table(members, info)) is not None]
    if tables or has_articles:
        members.check_sizes([(info, _MEMBER_LIMITS.get(table.kind.name, 0)) for info, table in tables])
        return [(info.filename, table) for info, table in tables]
    if "[Content_Types].xml" in members.names:
        raise ImportFailed(f"„{name}“ ist eine Excel-Arbeitsmappe; bitte als CSV speichern und die CSV einlesen.")
    raise ImportFailed(f"Die ZIP-Datei „{name}“ enthält keine LinkedIn-Exportdatei ({EXPECTED}).")


def _member_table(members: ZipMembers, info: zipfile.ZipInfo) -> CsvTable | None:
    """The member's table recognised from its first bytes; its rows are unpacked only when they are read."""
    prefix = members.head(info, _HEADER_PREFIX_BYTES)
    text = sniff_text(prefix) if prefix.strip() else None
    sniffed = open_table(text, KINDS) if text else None
    if sniffed is None:
        return None
    file = Path(info.filename).name

    def rows() -> CsvRows:
        table = open_table(decode_bytes(members.read(info, _MEMBER_LIMITS.get(sniffed.kind.name, 0)), file), KINDS)
        if table is None or table.kind is not sniffed.kind:
            raise members.damaged()
        # Cut-off and damaged rows are judged on the whole member, not on the prefix it was recognised by.
        sniffed.ends_inside_quote, sniffed.damaged = table.ends_inside_quote, table.damaged
        return table.reader

    sniffed.reader = LazyReader(rows, sniffed.header_line)
    return sniffed


def _parse_tables(tables: list[tuple[str, CsvTable]], source: str, own_profile_url: str, own_name: str) -> ImportBatch:
    batch = ImportBatch(source=source, own_profile_url=profile_url(own_profile_url), own_name=own_name.strip())
    # Profile, connections and invitations first: they tell the message parser who the advisor is.
    order = {
        PROFILE.name: 0,
        CONNECTIONS.name: 1,
        INVITATIONS.name: 2,
        MESSAGES.name: 3,
        SHARES.name: 4,
        SHARES_2018.name: 4,
        COMMENTS.name: 5,
        REACTIONS.name: 6,
    }
    for file, table in sorted(tables, key=lambda item: order[item[1].kind.name]):
        if _learning_chat(file):
            # LinkedIn Learning's AI coach carries the messages header but is no person of the network.
            batch.ignored[REASON_LEARNING] += sum(1 for _ in table.rows())
        elif table.kind is PROFILE:
            batch.profile_name = _profile_name(table)
            batch.own_name = batch.profile_name or batch.own_name
        elif table.kind is CONNECTIONS:
            batch.extend(parse_connections(table, file))
        elif table.kind in (SHARES, SHARES_2018):
            batch.extend(parse_shares(table, file))
        elif table.kind is COMMENTS:
            batch.extend(parse_comments(table, file))
        elif table.kind is REACTIONS:
            batch.extend(parse_reactions(table, file))
        elif table.kind is INVITATIONS:
            found = parse_invitations(table, file)
            batch.extend(found)
            batch.own_name = found.own_name or batch.own_name
        else:
            found = parse_messages(table, file, batch.own_profile_url, batch.contacts, batch.own_name)
            batch.extend(found)
            # The profile that takes part in the conversations wins over an outdated one from the settings.
            batch.own_profile_url = found.own_profile_url or batch.own_profile_url
    return batch


def _learning_chat(file: str) -> bool:
    name = Path(file).name.casefold()
    return "coach_messages" in name or "role_play_messages" in name


def _profile_name(table: CsvTable) -> str:
    get = table.getter("First Name", "Last Name")
    for _, cells in table.rows():
        name = " ".join(part.strip() for part in get(cells) if part.strip())
        if name:
            return name
    return ""
