"""Plan import: good files, German Excel files, bad rows and unusable files."""

from datetime import date

import pytest

from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.plan_export import export_plan_csv
from advisor_tui.io.plan_import import PlanImportFailed, parse_plan_csv

HEADER = "week,planned_on,title,channel,status,kind,target_segment,source,body"


def write(tmp_path, content: str | bytes, name: str = "plan.csv"):
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8", newline="")
    else:
        path.write_bytes(content)
    return path


def test_good_file(tmp_path):
    path = write(
        tmp_path,
        f"{HEADER}\n"
        "2026-W48,,Nachfolge,linkedin,geplant,eigen,Unternehmer,KfW,Erster Text\n"
        '2026-W49,2026-12-02,Zinsen,xing,entwurf,geteilt,,,"Zwei, Zeilen\nText"\n'
        ",,Idee für später,,,,,,\n",
    )
    result = parse_plan_csv(path)
    assert result.skipped == []
    first, second, idea = result.posts
    assert (first.iso_year, first.iso_week, first.status, first.own_content) == (2026, 48, PostStatus.PLANNED, True)
    assert (first.target_segment, first.source, first.body) == ("Unternehmer", "KfW", "Erster Text")
    assert (second.planned_on, second.channel, second.own_content) == (date(2026, 12, 2), "xing", False)
    assert second.body == "Zwei, Zeilen\nText"
    assert (idea.iso_week, idea.status, idea.channel) == (None, PostStatus.IDEA, "linkedin")


def test_german_excel_file(tmp_path):
    rows = (
        "KW;Datum;Titel;Kanal;Status;Art;Zielgruppe;Quelle;Text\r\n"
        ";24.11.2026;Übergabe regeln;LinkedIn;Geplant;Eigener Inhalt;Nachfolger;;Grüße\r\n"
        "2026-W50;;Bürgschaften;XING;Veröffentlicht;Geteilter Inhalt;;;\"a;b\"\r\n"
        ";01.12.26;Kurz \"Jahr\";;;;;;\r\n"
    )
    result = parse_plan_csv(write(tmp_path, b"\xef\xbb\xbf" + rows.encode("utf-8")))
    assert result.skipped == []
    first, second, third = result.posts
    assert (first.title, first.iso_week, first.planned_on) == ("Übergabe regeln", 48, date(2026, 11, 24))
    assert (second.status, second.channel, second.own_content, second.body) == (
        PostStatus.PUBLISHED, "xing", False, "a;b",
    )
    assert (third.title, third.planned_on) == ('Kurz "Jahr"', date(2026, 12, 1))


def test_windows_1252_file(tmp_path):
    text = f"{HEADER}\r\n2026-W48,,Über Nachfolge,,,,,,Grüße\r\n"
    post = parse_plan_csv(write(tmp_path, text.encode("cp1252"))).posts[0]
    assert (post.title, post.body) == ("Über Nachfolge", "Grüße")


def test_round_trip_of_the_export(tmp_path):
    plan = [
        Post("Nachfolge", 2026, 48, body="Text, mit Komma\nund Zeile", status=PostStatus.PLANNED,
             target_segment="Unternehmer", source="Studie"),
        Post("Zinsen", 2026, 49, planned_on=date(2026, 12, 3), channel="xing", status=PostStatus.DRAFT,
             own_content=False),
        Post("Rückblick", 2026, 53, status=PostStatus.PUBLISHED),
        Post("Idee", status=PostStatus.IDEA),
    ]
    result = parse_plan_csv(write(tmp_path, export_plan_csv(plan)))
    assert result.skipped == []
    assert result.posts == plan


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("2026-W60,,Titel,,,,,,", "KW 60 gibt es im Jahr 2026 nicht."),
        ("2025-W53,,Titel,,,,,,", "KW 53 gibt es im Jahr 2025 nicht."),
        ("KW48,,Titel,,,,,,", "ist keine Kalenderwoche"),
        (",31.11.2026,Titel,,,,,,", "Datum „31.11.2026“ ist ungültig"),
        (",morgen,Titel,,,,,,", "Datum „morgen“ ist ungültig"),
        ("2026-W48,2026-12-01,Titel,,,,,,", "liegt nicht in KW 48"),
        ("2026-W48,,,,,,,,", "Titel fehlt."),
        ("2026-W48,,Titel,facebook,,,,,", "Kanal „facebook“ ist unbekannt"),
        ("2026-W48,,Titel,,fertig,,,,", "Status „fertig“ ist unbekannt"),
        ("2026-W48,,Titel,,,werbung,,,", "Art „werbung“ ist unbekannt"),
        (",,Titel,,geplant,,,,", "braucht eine Kalenderwoche oder ein Datum"),
        ("2026-W48,,Titel,,,,,,Text,mit,Kommas", "Mehr Spalten als in der Kopfzeile"),
    ],
)
def test_bad_rows_are_skipped_with_line_and_reason(tmp_path, row, reason):
    path = write(tmp_path, f"{HEADER}\n2026-W47,,Gut,,,,,,\n\n{row}\n")
    result = parse_plan_csv(path)
    assert [p.title for p in result.posts] == ["Gut"]
    [(line, message)] = result.skipped
    assert line == 4
    assert reason in message


def test_line_numbers_count_multiline_rows(tmp_path):
    path = write(tmp_path, f'{HEADER}\n2026-W47,,Gut,,,,,,"a\nb\nc"\n2026-W99,,Schlecht,,,,,,\n')
    assert parse_plan_csv(path).skipped[0][0] == 5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "ist leer"),
        (b"  \n\n", "ist leer"),
        (b"PK\x03\x04\x14\x00\x00\x00binary", "Binärdaten"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "Binärdaten"),
        ("first_name,last_name,company\nAnna,Müller,X\n", "nicht die Kopfzeile eines Redaktionsplans"),
        ("title,channel\nA,linkedin\n", "nicht die Kopfzeile eines Redaktionsplans"),
        (f"{HEADER}\n", "enthält keinen verwendbaren Beitrag"),
        (f"{HEADER}\n2026-W60,,A,,,,,,\n", "Zeile 2: KW 60 gibt es im Jahr 2026 nicht."),
        (f'{HEADER}\n2026-W48,,"A\x00,,,,,,\n', "Binärdaten"),
        (f"{HEADER}\n2026-W48,,A,,,,,,{'x' * 5000}\n2026-W49,,B\x00,,,,,,\n", "Binärdaten"),
        (f'{HEADER}\n2026-W48,,"A,,,,,,\n2026-W49,,B,,,,,,\n', "kein gültiges CSV \\(Fehler in Zeile"),
        (f'{HEADER}\n2026-W48,,"A"x,,,,,,\n', "kein gültiges CSV"),
    ],
)
def test_unusable_files_raise_a_german_message(tmp_path, content, message):
    with pytest.raises(PlanImportFailed, match=message):
        parse_plan_csv(write(tmp_path, content))


def test_missing_file_raises_an_import_error_the_cli_knows(tmp_path):
    with pytest.raises(ImportFailed, match="nicht gefunden") as caught:
        parse_plan_csv(tmp_path / "fehlt.csv")
    assert isinstance(caught.value, PlanImportFailed)


def test_directory_raises(tmp_path):
    with pytest.raises(PlanImportFailed, match="keine Datei"):
        parse_plan_csv(tmp_path)


@pytest.mark.parametrize(
    ("week", "day", "reason"),
    [
        ("0000-W01", "", "„0000-W01“ liegt nicht in den Jahren 2000 bis 2099."),
        ("9999-W52", "", "„9999-W52“ liegt nicht in den Jahren 2000 bis 2099."),
        ("", "31.12.9999", "„31.12.9999“ liegt nicht in den Jahren 2000 bis 2099."),
        ("", "0001-01-01", "„0001-01-01“ liegt nicht in den Jahren 2000 bis 2099."),
    ],
    ids=["year-0", "year-9999", "german-9999", "iso-0001"],
)
def test_weeks_and_dates_outside_the_century_are_refused_in_german(tmp_path, week, day, reason):
    # Year 0 gave Python's English "year 0 is out of range"; year 9999 went in and broke the week arithmetic.
    path = write(tmp_path, f"{HEADER}\n{week},{day},Poisoned,,,,,,\n2026-W48,,Gut,,,,,,\n")
    result = parse_plan_csv(path)
    assert [post.title for post in result.posts] == ["Gut"] and result.skipped == [(2, reason)]
