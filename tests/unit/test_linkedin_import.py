"""LinkedIn export parsing: every file variant of the real export, and every kind of bad input."""

from __future__ import annotations

import codecs
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from advisor_tui.domain.contacts.batch import ImportBatch
from advisor_tui.domain.contacts.identity import normalize_profile_url
from advisor_tui.domain.models import Direction, RequestState, Salutation
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.fields import profile_url, read_day, read_moment, split_full_name
from advisor_tui.io.linkedin import parse_linkedin

DATA = Path(__file__).parent.parent / "data" / "linkedin"
ADVISOR = "https://linkedin.com/in/stefan-hofmann-sparkasse"
CONNECTIONS_HEADER = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"


def make_zip(tmp_path: Path, members: dict[str, bytes], name: str = "Basic_LinkedInDataExport_11-21-2026.zip") -> Path:
    """A zip like LinkedIn's download, members stored under the given paths."""
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, data in members.items():
            archive.writestr(member, data)
    return path


def data_file(name: str) -> bytes:
    return (DATA / name).read_bytes()


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def names(batch: ImportBatch) -> list[str]:
    return [contact.full_name for contact in batch.contacts]


# --- Connections.csv ---------------------------------------------------------------------------


def test_connections_with_preamble() -> None:
    batch = parse_linkedin(DATA / "Connections.csv")
    assert names(batch) == ["Anna Müller", "Jürgen Bauer", "Thomas Weber", "Anna-Lena von der Heide", "Katrin Schröder"]
    anna, juergen, thomas, heide, katrin = batch.contacts
    assert anna.profile_url == "https://linkedin.com/in/anna-mueller-8a1b2c3d"
    assert anna.email == ""
    assert anna.company == "Schröder GmbH & Co. KG"
    assert anna.position == "Geschäftsführerin, Gesellschafterin"
    assert anna.connected_on == date(2023, 8, 24)
    assert anna.salutation is Salutation.NONE and anna.source == "linkedin"
    assert (juergen.title, juergen.first_name, juergen.company) == ("Dr.", "Jürgen", "Bauer, Söhne & Partner")
    assert thomas.profile_url == "https://linkedin.com/in/thomas-weber-bau"
    assert heide.company == "Heide Logistik GmbH, Bremen"
    assert katrin.last_name == "Schröder" and katrin.connected_on == date(2019, 5, 7)


def test_hidden_profiles_are_skipped_and_comma_rows_ignored() -> None:
    batch = parse_linkedin(DATA / "Connections.csv")
    assert [(row.line, row.reason) for row in batch.skipped] == [
        (7, "Verborgenes Profil: nur das Verbindungsdatum, kein Name")
    ]
    assert batch.skipped[0].file == "Connections.csv"
    assert batch.ignored == {"Leere Zeile": 1}


def test_old_connections_without_preamble_and_url() -> None:
    batch = parse_linkedin(DATA / "Connections_old.csv")
    assert names(batch) == ["Michael Schmitz", "Sabine Krüger"]
    assert all(contact.profile_url == "" for contact in batch.contacts)
    assert batch.contacts[1].company == "Krüger, Lange & Partner mbB"
    assert batch.contacts[1].email == "s.krueger@kanzlei-krueger.de"
    assert [row.line for row in batch.skipped] == [4]


def test_german_excel_resave_with_bom_semicolons_and_crlf() -> None:
    raw = data_file("Connections_excel.csv")
    assert raw.startswith(b"\xef\xbb\xbf") and b";" in raw and b"\r\n" in raw
    batch = parse_linkedin(DATA / "Connections_excel.csv")
    assert names(batch) == ["Anna Müller", "Jürgen Bauer"]
    assert batch.contacts[0].connected_on == date(2023, 8, 24)
    assert batch.contacts[1].position == "Kaufmännischer Leiter; Prokurist"
    assert len(batch.skipped) == 1 and batch.ignored == {"Leere Zeile": 1}


def test_cp1252_file_is_read_without_mojibake() -> None:
    batch = parse_linkedin(DATA / "Connections_cp1252.csv")
    joerg, ulrike = batch.contacts
    assert (joerg.first_name, joerg.last_name, joerg.position) == ("Jörg", "Schäfer", "Geschäftsführer – Nachfolge")
    assert (ulrike.salutation, ulrike.title, ulrike.full_name) == (Salutation.FRAU, "Dr.", "Ulrike Groß")
    assert ulrike.position == "Steuerberaterin €-Expertin"


def test_columns_are_found_by_name_not_position(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "export.csv",
        "Connected On,Company,Last Name,First Name,URL\n1 Mar 2024,Weber Bau GmbH,Weber,Thomas,linkedin.com/in/tw\n",
    )
    contact = parse_linkedin(path).contacts[0]
    assert (contact.first_name, contact.last_name, contact.company) == ("Thomas", "Weber", "Weber Bau GmbH")
    assert contact.profile_url == "https://linkedin.com/in/tw"


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Anna,Müller,,,Firma,Position,24 Aug 2023,überzählig", "Mehr Spalten"),
        (",,,,Weber Bau GmbH,Inhaber,1 Mar 2024", "Name fehlt"),
        ("Anna," + "M" * 1_000_000 + ",,,,,24 Aug 2023", "Nachname ist zu lang (1.000.000 Zeichen, höchstens 200)"),
        ('Anna,Müller,,,"' + "GmbH " * 50_000 + '",,24 Aug 2023', "Firma ist zu lang"),
    ],
    ids=["shifted", "nameless", "megabyte-name", "huge-company"],
)
def test_bad_rows_are_skipped_with_reason(tmp_path: Path, row: str, reason: str) -> None:
    path = write(tmp_path, "Connections.csv", CONNECTIONS_HEADER + row + "\nKlaus,Meier,,,,,2 Jan 2020\n")
    batch = parse_linkedin(path)
    assert names(batch) == ["Klaus Meier"]
    assert batch.skipped[0].line == 2
    assert reason in batch.skipped[0].reason


def test_unreadable_date_keeps_the_contact(tmp_path: Path) -> None:
    path = write(tmp_path, "Connections.csv", CONNECTIONS_HEADER + "Anna,Müller,,,,,irgendwann\n")
    assert parse_linkedin(path).contacts[0].connected_on is None


# --- Invitations.csv ---------------------------------------------------------------------------


def test_invitations_new_format() -> None:
    batch = parse_linkedin(DATA / "Invitations.csv")
    assert batch.own_profile_url == ADVISOR
    requests = [(r.counterpart.full_name, r.counterpart.profile_url, r.request.direction) for r in batch.requests]
    assert requests == [
        ("Claudia Neumann", "https://linkedin.com/in/claudia-neumann-2b3c4d", Direction.OUTGOING),
        ("Markus Lehmann", "https://linkedin.com/in/markus-lehmann-vertrieb", Direction.INCOMING),
        ("Petra Wagner", "https://linkedin.com/in/petra-wagner-nachfolge", Direction.INCOMING),
    ]
    first = batch.requests[0]
    assert first.counterpart.title == "Dr."
    assert first.request.sent_at == datetime(2026, 7, 8, 15, 43, tzinfo=UTC)
    assert first.request.state is RequestState.OPEN
    assert first.request.note.startswith("Guten Tag Frau Dr. Neumann, wir haben")
    assert [(row.line, row.reason) for row in batch.skipped] == [(5, "Datum „gestern“ nicht lesbar")]


def test_invitations_old_format_without_urls() -> None:
    batch = parse_linkedin(DATA / "Invitations_old.csv")
    frank, ingrid = batch.requests
    assert (frank.counterpart.full_name, frank.request.direction) == ("Frank Schulze", Direction.OUTGOING)
    assert (ingrid.counterpart.full_name, ingrid.request.direction) == ("Ingrid Fischer", Direction.INCOMING)
    assert ingrid.request.sent_at == datetime(2022, 4, 2, 18, 30, tzinfo=UTC)
    assert frank.counterpart.profile_url == "" and batch.own_profile_url == ""


def test_invitation_with_unknown_direction_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "i.csv", 'From,To,Sent At,Message,Direction\nA B,C D,"1/2/25, 1:00 PM",,SIDEWAYS\n')
    assert "Richtung" in parse_linkedin(path).skipped[0].reason


# --- messages.csv ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def messages() -> ImportBatch:
    return parse_linkedin(DATA / "messages.csv")


def test_messages_find_the_advisor_in_every_conversation(messages: ImportBatch) -> None:
    assert messages.own_profile_url == ADVISOR
    assert [c.counterpart.full_name for c in messages.conversations] == [
        "Anna Müller",
        "Jürgen Bauer",
        "Katrin Schröder",
    ]


def test_messages_direction_order_and_answered(messages: ImportBatch) -> None:
    anna = messages.conversations[0]
    assert anna.counterpart.profile_url == "https://linkedin.com/in/anna-mueller-8a1b2c3d"
    assert [(m.direction, m.answered) for m in anna.messages] == [
        (Direction.INCOMING, True),
        (Direction.OUTGOING, False),
        (Direction.INCOMING, False),
    ]
    assert anna.messages[0].sent_at == datetime(2024, 12, 1, 9, 30, tzinfo=UTC)
    assert anna.external_id.startswith("2-NTg3")


def test_message_html_and_line_breaks_become_plain_text(messages: ImportBatch) -> None:
    first, reply, last = (m.text for m in messages.conversations[0].messages)
    assert first == (
        "Guten Tag Herr Hofmann,\n\nvielen Dank für die Vernetzung. "
        "Wir planen die Übergabe der Schröder GmbH & Co. KG an die nächste Generation."
    )
    assert "vor & bringe Unterlagen mit.\n\nMit freundlichen Grüßen\nStefan Hofmann" in reply
    assert last == "Guten Morgen Herr Hofmann,\n\npasst Ihnen Donnerstag um 10 Uhr?\nViele Grüße\nAnna Müller"


def test_attachment_only_message_and_draft(messages: ImportBatch) -> None:
    juergen = messages.conversations[1]
    assert [m.text for m in juergen.messages] == [
        "Hallo Herr Hofmann, schicken Sie mir bitte die Checkliste?",
        "[Anhang]",
    ]


def test_sponsored_group_and_bad_rows(messages: ImportBatch) -> None:
    # Two sponsored messages and one draft are passed over; the group chat and a bad date are reported.
    assert messages.ignored == {
        "Entwurf": 1,
        "Gesponserte Nachricht": 1,
        "Absender ohne persönliches Profil (LinkedIn-Hinweis, InMail eines Unternehmens)": 1,
    }
    assert [(row.line, row.reason) for row in messages.skipped] == [
        (15, "Gruppenunterhaltung mit 3 Personen wird nicht übernommen"),
        (16, "Datum „letzte Woche“ nicht lesbar"),
    ]
    assert all("Premium" not in c.counterpart.full_name for c in messages.conversations)


def test_single_conversation_needs_a_hint() -> None:
    alone = parse_linkedin(DATA / "messages_plain.csv")
    assert alone.conversations == [] and alone.skipped == []
    (note,) = alone.notes
    assert note.startswith("Eigenes LinkedIn-Profil nicht erkennbar: 2 Nachrichten nicht übernommen")
    assert "--own-profile" in note
    told = parse_linkedin(
        DATA / "messages_plain.csv", own_profile_url="https://www.linkedin.com/in/Stefan-Hofmann-Sparkasse/"
    )
    (conversation,) = told.conversations
    assert conversation.counterpart.full_name == "Michael Schmitz"
    assert [m.direction for m in conversation.messages] == [Direction.OUTGOING, Direction.INCOMING]
    assert conversation.messages[1].text.endswith("\nkönnen wir über die Finanzierung der neuen Halle sprechen?")


def test_message_over_the_limit_is_skipped(tmp_path: Path) -> None:
    header = data_file("messages_plain.csv").decode().splitlines()[0]
    sender = "Anna Müller,https://www.linkedin.com/in/am"
    row = f'1,,{sender},Stefan,{ADVISOR},2025-01-01 10:00:00 UTC,,"{"x" * 20_001}",INBOX,No,No'
    batch = parse_linkedin(write(tmp_path, "m.csv", header + "\n" + row + "\n"), own_profile_url=ADVISOR)
    assert batch.conversations == [] and "Nachricht ist zu lang" in batch.skipped[0].reason


# --- the export zip ----------------------------------------------------------------------------


def test_zip_with_all_files_in_subfolders(tmp_path: Path) -> None:
    path = make_zip(
        tmp_path,
        {
            "Connections.csv": data_file("Connections.csv"),
            "Invitations.csv": data_file("Invitations.csv"),
            "messages/messages_2026.csv": data_file("messages_plain.csv"),
            "Profile.csv": b"First Name,Last Name,Maiden Name,Address\nStefan,Hofmann,,\n",
            "Rich_Media.csv": b"Date/Time,Media Description\n",
        },
        name="Complete_LinkedInDataExport_11-21-2026.zip",
    )
    batch = parse_linkedin(path)
    assert batch.source == "Complete_LinkedInDataExport_11-21-2026.zip"
    assert len(batch.contacts) == 5 and len(batch.requests) == 3
    # Invitations.csv names the advisor, so even a single conversation gets its direction.
    assert batch.own_profile_url == ADVISOR
    assert [c.counterpart.full_name for c in batch.conversations] == ["Michael Schmitz"]
    assert {row.file for row in batch.skipped} == {"Connections.csv", "Invitations.csv"}


def test_zip_uses_connections_to_tell_the_advisor_apart(tmp_path: Path) -> None:
    connections = (
        CONNECTIONS_HEADER + "Michael,Schmitz,https://www.linkedin.com/in/michael-schmitz-metallbau,,,,1 Jan 2020\n"
    )
    path = make_zip(
        tmp_path, {"a/Connections.csv": connections.encode(), "b/messages.csv": data_file("messages_plain.csv")}
    )
    batch = parse_linkedin(path)
    assert batch.own_profile_url == ADVISOR and len(batch.conversations) == 1


# --- unusable input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "fragment"),
    [
        ("leer.csv", b"", "leer"),
        ("Connections.csv", data_file("preamble_only.csv"), "nur den Hinweistext"),
        ("Connections.csv", data_file("not_linkedin.csv"), "keine LinkedIn-Exportdatei"),
        ("Connections.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "Binärdaten"),
        ("kontakte.csv", b"BEGIN:VCARD\nVERSION:3.0\nFN:Anna\nEND:VCARD\n", "vCard"),
        ("export.zip", b"PK\x03\x04 this is not really a zip", "beschädigt"),
    ],
    ids=["empty", "preamble-only", "other-csv", "binary", "vcard", "broken-zip"],
)
def test_unusable_files_fail_with_one_german_line(tmp_path: Path, name: str, content: bytes, fragment: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_linkedin(write(tmp_path, name, content))
    assert fragment in str(caught.value) and "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("members", "fragment"),
    [
        (
            {"Profile.csv": b"First Name,Last Name,Maiden Name\n", "Ad_Targeting.csv": b"Member Age\n"},
            "enthält keine LinkedIn",
        ),
        ({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"}, "Excel-Arbeitsmappe"),
        ({}, "enthält keine LinkedIn"),
    ],
    ids=["no-known-csv", "xlsx", "empty-zip"],
)
def test_zip_without_known_files_fails(tmp_path: Path, members: dict[str, bytes], fragment: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_linkedin(make_zip(tmp_path, members))
    assert fragment in str(caught.value)


def test_missing_file_fails(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="nicht gefunden"):
        parse_linkedin(tmp_path / "Connections.csv")


# --- field rules -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/anna-mueller-8a1b2c3d",
        "https://www.linkedin.com/in/Anna-Mueller/",
        "https://www.linkedin.com/in/anna?trk=public_profile",
        "https://www.linkedin.com/in/anna#about",
        "https://de.linkedin.com/in/anna/",
        "http://linkedin.com/in/anna",
        "www.linkedin.com/in/anna",
        "https://www.linkedin.com/in/ACoAAB12xyz",
        "https://www.linkedin.com/in/j%C3%BCrgen-bauer",
        "",
    ],
)
def test_fast_profile_url_equals_the_domain_rule(url: str) -> None:
    assert profile_url(url) == normalize_profile_url(url)


@pytest.mark.parametrize(
    ("full", "expected"),
    [
        ("Anna Müller", ("", "Anna", "Müller")),
        ("Dr. Claudia Neumann", ("Dr.", "Claudia", "Neumann")),
        ("Frau Prof. Dr. Claudia Neumann", ("Prof. Dr.", "Claudia", "Neumann")),
        ("Anna-Lena von der Heide", ("", "Anna-Lena", "von der Heide")),
        ("Katrin Schröder, MBA", ("", "Katrin", "Schröder")),
        ("Jürgen Bauer (er/ihm)", ("", "Jürgen", "Bauer")),
        ("Madonna", ("", "", "Madonna")),
        ("Hans Peter Schmitz", ("", "Hans Peter", "Schmitz")),
    ],
)
def test_split_full_name(full: str, expected: tuple[str, str, str]) -> None:
    assert split_full_name(full) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24 Aug 2023", date(2023, 8, 24)),
        ("7 May 2019", date(2019, 5, 7)),
        ("24.08.2023", date(2023, 8, 24)),
        ("24.08.23", date(2023, 8, 24)),
        ("2023-08-24", date(2023, 8, 24)),
        ("8/24/23", date(2023, 8, 24)),
        ("24. Okt. 2023", None),
        ("31 Feb 2023", None),
        ("", None),
    ],
)
def test_parse_day(text: str, expected: date | None) -> None:
    day = read_day(text)
    assert (None if isinstance(day, str) else day) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7/8/26, 3:43 PM", datetime(2026, 7, 8, 15, 43, tzinfo=UTC)),
        ("12/1/25, 12:00 AM", datetime(2025, 12, 1, 0, 0, tzinfo=UTC)),
        ("08.07.2026 15:43", datetime(2026, 7, 8, 15, 43, tzinfo=UTC)),
    ],
)
def test_parse_sent_at(text: str, expected: datetime | None) -> None:
    assert read_moment(text) == expected


def test_utf16_tab_separated_excel_unicode_text(tmp_path: Path) -> None:
    text = "First Name\tLast Name\tCompany\tConnected On\r\nJörg\tSchäfer\tSchäfer Bäckerei GmbH\t05.09.2019\r\n"
    batch = parse_linkedin(write(tmp_path, "Connections.txt", codecs.BOM_UTF16_LE + text.encode("utf-16-le")))
    assert names(batch) == ["Jörg Schäfer"]


def test_double_encoded_names_are_repaired(tmp_path: Path) -> None:
    broken = (CONNECTIONS_HEADER + "Jürgen,Müller,,,Schröder GmbH,,1 Jan 2020\n").encode("utf-8").decode("cp1252")
    contact = parse_linkedin(write(tmp_path, "Connections.csv", broken)).contacts[0]
    assert (contact.first_name, contact.last_name, contact.company) == ("Jürgen", "Müller", "Schröder GmbH")
