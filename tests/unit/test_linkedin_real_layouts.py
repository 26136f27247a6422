"""LinkedIn exports as people published them (2018–2026): each quirk of a real file, one test."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor_tui.domain.contacts.identity import normalize_profile_url
from advisor_tui.domain.models import Direction
from advisor_tui.io.linkedin import parse_linkedin

DATA = Path(__file__).parent.parent / "data" / "linkedin"
ME = "https://linkedin.com/in/stefan-hofmann-sparkasse"


def parsed(name: str):
    return parse_linkedin(DATA / name)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.linkedin.com/in/linn%C3%A9a-%C3%A5kesson-4b2a1c",
        "https://www.linkedin.com/in/linnéa-åkesson-4b2a1c",
        "http://se.linkedin.com/in/Linn%C3%A9a-%C3%85kesson-4b2a1c/",
        "linkedin.com/in/LINNÉA-ÅKESSON-4B2A1C?trk=people#top",
        "https://de.linkedin.com/in/linne\u0301a-a\u030akesson-4b2a1c/de",
    ],
)
def test_every_form_of_one_profile_url_is_one_key(url: str) -> None:
    assert normalize_profile_url(url) == "https://linkedin.com/in/linnéa-åkesson-4b2a1c"


@pytest.mark.parametrize(
    "url",
    ["https://www.linkedin.com/in", "https://www.linkedin.com/in/", "linkedin.com/in//", "https://[x", "http://", "NA",
     "null", "https://www.linkedin.com/in/a%00b"],
)
def test_a_url_without_slug_or_malformed_is_no_url(url: str) -> None:
    assert normalize_profile_url(url) == ""


_URLS = st.one_of(st.text(), st.builds(str.__add__, st.sampled_from(
    ["https://www.linkedin.com/in/", "https://de.linkedin.com/in/", "linkedin.com/in/", "https://[", "xing.com/p/"]
), st.text()))


@settings(max_examples=500, deadline=None)
@given(_URLS)
def test_the_profile_key_never_raises_and_is_stable(url: str) -> None:
    key = normalize_profile_url(url)
    assert key == "" or (key.startswith("https://") and key.isprintable())
    assert normalize_profile_url(key) == key


@pytest.mark.parametrize(
    ("url", "key"),
    [
        ("https://www.linkedin.com/in/a%FF", "https://linkedin.com/in/a%ff"),
        ("https://www.linkedin.com/in/j%25C3%25BCrgen", "https://linkedin.com/in/jürgen"),
        ("https://www.linkedin.com/in/anna%3Ftrk%3Dx", "https://linkedin.com/in/anna"),
    ],
)
def test_odd_escapes_give_a_stable_key(url: str, key: str) -> None:
    assert normalize_profile_url(url) == key


def test_percent_encoded_connections_and_raw_invitations_name_the_same_people() -> None:
    connections = {c.profile_url for c in parsed("real_2024_Connections.csv").contacts}
    invitations = {r.counterpart.profile_url for r in parsed("real_2024_Invitations.csv").requests}
    assert connections & invitations == {
        "https://linkedin.com/in/linnéa-åkesson-4b2a1c",
        "https://linkedin.com/in/zorana-božić-77",
        "https://linkedin.com/in/ana-garcia-lopez",
    }


def test_placeholder_urls_are_neither_the_advisor_nor_a_counterpart() -> None:
    batch = parsed("real_2023_Invitations_placeholder.csv")
    assert batch.own_profile_url == "" and batch.own_name == "Stefan Hofmann"
    assert [(r.counterpart.full_name, r.counterpart.profile_url) for r in batch.requests] == [
        ("Pablo Ruiz", ""), ("Marta Díaz", ""), ("Carmen Vidal", "")
    ]


@pytest.mark.parametrize(
    ("name", "dates"),
    [
        ("real_2024_Connections.csv", [date(2024, 12, 16), date(2022, 9, 9), date(2022, 9, 9)]),
        ("real_excel_Connections.csv", [date(2022, 9, 9), date(2023, 4, 23), date(2026, 2, 6), date(2024, 6, 18),
                                        date(2024, 6, 18)]),
        ("real_danish_Connections.csv", [date(2021, 9, 16), date(2020, 2, 3), date(2019, 12, 1)]),
        ("real_2018_Connections.csv", [date(2018, 1, 8), date(2018, 10, 16)]),
    ],
    ids=["2024-preamble", "excel-crlf", "danish-cp1252-semicolon", "2018-us-time"],
)
def test_connection_dates_of_every_layout(name: str, dates: list[date]) -> None:
    batch = parsed(name)
    assert [c.connected_on for c in batch.contacts] == dates and batch.warnings == []


def test_danish_excel_file_mixes_windows_1252_and_utf8_lines() -> None:
    raw = (DATA / "real_danish_Connections.csv").read_bytes()
    assert b"S\xf8ren" in raw and "Jürgen".encode() in raw and b";" in raw and b"\r\n" in raw
    assert [(c.full_name, c.company) for c in parsed("real_danish_Connections.csv").contacts] == [
        ("Søren Kjær", "Kjær & Søn A/S"), ("Jürgen Bauer", "Bauer Söhne"), ("Mette Ørsted", "Ørsted Bygg")
    ]


def test_na_null_cells_of_r_and_pandas_resaves_are_empty(store) -> None:
    from advisor_tui.store.importer import BatchWriter

    batch = parsed("real_excel_Connections.csv")
    thomas, claudia, markus, eva, ole = batch.contacts
    assert (thomas.email, claudia.email, markus.email, eva.email) == ("", "", "", "")
    assert (eva.profile_url, ole.profile_url, eva.company, ole.company) == ("", "", "", "Berg AS")
    assert BatchWriter(store.engine).apply(batch).added == 5  # 'NA' URLs never make one person of many
    assert (claudia.company, claudia.position, markus.position) == ("", "", "")
    assert thomas.company == "Weber Bau GmbH"


def test_absurd_dates_are_refused_per_row_and_reported() -> None:
    batch = parsed("real_bad_dates_Connections.csv")
    assert [c.connected_on for c in batch.contacts] == [None] * 5
    lines = [(row.line, row.reason.split(":")[0]) for row in batch.warnings]
    assert [line for line, _ in lines] == [5, 6, 7, 8, 9]
    assert "liegt nicht zwischen 1990" in batch.warnings[0].reason
    assert "nicht lesbar" in batch.warnings[4].reason


def test_damaged_utf8_lines_are_listed_never_stored_with_replacement_characters() -> None:
    batch = parsed("real_damaged_Connections.csv")
    assert [c.full_name for c in batch.contacts] == ["Jörg Schäfer", "Katrin Schröder"]
    assert [row.line for row in batch.skipped] == [3, 4]
    assert all("Beschädigte Zeichen" in row.reason for row in batch.skipped)


def test_a_last_line_cut_off_inside_a_quote_is_skipped_not_half_imported() -> None:
    batch = parsed("real_truncated_Connections.csv")
    assert [c.full_name for c in batch.contacts] == ["Klaus Meier"]
    (row,) = batch.skipped
    assert (row.line, row.reason.split(":")[0]) == (6, "Anführungszeichen nicht geschlossen")


def test_2018_messages_with_direction_column() -> None:
    batch = parsed("real_2018_Messages.csv")
    michael, sabine = batch.conversations
    assert michael.counterpart.full_name == "Michael Schmitz" and michael.counterpart.profile_url == ""
    assert [(m.direction, m.sent_at) for m in michael.messages] == [
        (Direction.INCOMING, datetime(2018, 10, 16, 8, 36, tzinfo=UTC)),
        (Direction.OUTGOING, datetime(2018, 10, 16, 9, 2, tzinfo=UTC)),
    ]
    assert michael.messages[0].answered and sabine.messages[0].text.startswith("Steuerberatertag\n\n")


def test_2020_upper_case_messages_with_iso_dates() -> None:
    (sabine,) = parsed("real_2020_messages.csv").conversations
    assert [(m.direction, m.sent_at) for m in sabine.messages] == [
        (Direction.INCOMING, datetime(2019, 11, 6, 2, 8, 20, tzinfo=UTC)),
        (Direction.OUTGOING, datetime(2019, 11, 6, 8, 15, tzinfo=UTC)),
    ]


def test_2022_messages_without_recipient_urls_take_the_direction_from_the_sender() -> None:
    batch = parsed("real_2022_messages.csv")
    assert batch.own_profile_url == ME
    anna, juergen, katrin = batch.conversations
    assert [m.direction for m in anna.messages] == [Direction.INCOMING, Direction.OUTGOING]
    assert anna.counterpart.profile_url == "https://linkedin.com/in/anna-mueller-8a1b2c3d"
    assert [m.direction for m in juergen.messages] == [Direction.INCOMING]
    assert (katrin.counterpart.full_name, katrin.counterpart.profile_url) == ("Katrin Schröder", "")
    assert [m.direction for m in katrin.messages] == [Direction.OUTGOING]


def test_2026_every_cell_quoted_with_inmail_deleted_account_and_empty_rows() -> None:
    batch = parsed("real_2026_messages_quoted.csv")
    petra, michael = batch.conversations
    texts = [m.text for m in petra.messages]
    assert texts[0].startswith("Nachfolge Wagner Logistik\n\nGuten Tag")
    assert not texts[1].startswith("Nachfolge") and texts[2] == "[Anhang]"
    assert [m.direction for m in petra.messages] == [Direction.INCOMING, Direction.OUTGOING, Direction.INCOMING]
    assert batch.ignored == {
        "Nachricht eines gelöschten Kontos": 1,
        "Nachricht ohne Text (geteilter Beitrag oder Anhang)": 1,
        "Gesponserte Nachricht": 1,
        "Unterhaltung ohne erkennbares Gegenüber (gelöschtes Konto)": 1,
    }
    assert [(row.line, row.reason) for row in batch.skipped] == [
        (9, "Datum „9999-12-31 23:59:59 UTC“ liegt nicht zwischen 1990 und " + str(datetime.now(UTC).year + 1))
    ]
    assert [m.sent_at.year for m in michael.messages] == [2026]


def test_profile_csv_names_the_advisor_for_a_single_conversation(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "Basic_LinkedInDataExport_04-02-2026.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Profile.csv", "First Name,Last Name,Maiden Name,Address,Birth Date,Headline\n"
                                        "Stefan,Hofmann,,,,Firmenkundenberater\n")
        archive.writestr("messages.csv", (DATA / "messages_plain.csv").read_bytes())
    batch = parse_linkedin(path)
    assert batch.own_profile_url == ME and batch.notes == []
    assert [m.direction for m in batch.conversations[0].messages] == [Direction.OUTGOING, Direction.INCOMING]


def test_every_message_layout_inside_a_zip_is_read_and_learning_coach_counted(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "Complete_LinkedInDataExport.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Messages.csv", (DATA / "real_2018_Messages.csv").read_bytes())
        archive.writestr("messages.csv", (DATA / "real_2022_messages.csv").read_bytes())
        archive.writestr("coach_messages.csv", (DATA / "real_2022_messages.csv").read_bytes())
    batch = parse_linkedin(path)
    assert len(batch.conversations) == 5
    assert batch.ignored == {"Nachricht mit dem LinkedIn-Learning-Coach": 4}


def test_an_outdated_own_profile_in_the_settings_does_not_turn_conversations_into_groups() -> None:
    old = "https://www.linkedin.com/in/old-slug"
    batch = parse_linkedin(DATA / "real_2026_messages_quoted.csv", own_profile_url=old)
    assert batch.own_profile_url == ME and len(batch.conversations) == 2 and batch.skipped[0].line == 9


def test_a_messages_file_of_an_unknown_layout_in_a_zip_is_named_not_dropped(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "Basic_LinkedInDataExport.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Connections.csv", (DATA / "real_2024_Connections.csv").read_bytes())
        archive.writestr("messages.csv", "THREAD,AUTHOR,WHEN,BODY\n1,Anna,2026-01-01,Hallo\n")
    (note,) = parse_linkedin(path).notes
    assert note == "„messages.csv“ hat ein unbekanntes Spaltenformat und wurde nicht eingelesen."


def test_a_2018_message_to_nobody_is_counted_not_filed_under_the_advisor(tmp_path: Path) -> None:
    path = tmp_path / "Messages.csv"
    path.write_bytes((DATA / "real_2018_Messages.csv").read_bytes()
                     + b'Stefan Hofmann,,"10/17/18, 9:00 AM",,Hallo?,OUTGOING,SENT\n')
    batch = parse_linkedin(path)
    assert [c.counterpart.full_name for c in batch.conversations] == ["Michael Schmitz", "Sabine Krüger"]
    assert batch.ignored == {"Unterhaltung ohne erkennbares Gegenüber (gelöschtes Konto)": 1}


@pytest.mark.parametrize("text", ["31-Dec-" + "9" * 5000, "12/31/" + "9" * 5000 + ", 11:59 PM", "9" * 5000 + "-01-01"])
def test_a_year_of_thousands_of_digits_is_a_reason_not_an_exception(text: str) -> None:
    from advisor_tui.io.fields import read_day, read_moment

    assert "liegt nicht zwischen 1990" in read_moment(text) and "liegt nicht zwischen 1990" in read_day(text)


@pytest.mark.parametrize("url", ["A://. #", "A://WWW.0", "https://. /in/x", "https://a..b/in/x",
                                 "https://linkedin .com/in/x"])
def test_a_host_with_an_empty_label_or_a_blank_is_no_url(url: str) -> None:
    assert normalize_profile_url(url) == ""
