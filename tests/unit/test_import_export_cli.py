"""Imports into the store and exports out of it, through the command line as an advisor runs them."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
import vobject

from advisor_tui.cli import main
from advisor_tui.domain.models import Contact, Salutation, Segment
from advisor_tui.store.store import Store

DATA = Path(__file__).resolve().parents[1] / "data"
LINKEDIN = DATA / "linkedin"


def export_zip(tmp_path: Path) -> Path:
    path = tmp_path / "Complete_LinkedInDataExport_11-21-2026.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for name in ("Connections.csv", "Invitations.csv", "messages.csv"):
            archive.write(LINKEDIN / name, f"Complete_LinkedInDataExport_11-21-2026/{name}")
    return path


def cli_json(capsys, *args: str) -> dict:
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def dump(db: Path) -> list:
    with sqlite3.connect(db) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(t, connection.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()) for t in tables]


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "advisor.db")


def test_zip_import_brings_contacts_requests_and_conversations(tmp_path: Path, db: str, capsys) -> None:
    first = cli_json(capsys, "import", "linkedin", str(export_zip(tmp_path)), "--db", db)
    assert first["added"] > 0 and first["updated"] == 0
    assert {"line", "reason"} == set(first["skipped"][0])
    store = Store.open(Path(db))
    try:
        names = {c.full_name for c in store.contacts.list()}
        assert {"Anna Müller", "Jürgen Bauer", "Petra Wagner"} <= names
        anna = next(c for c in store.contacts.list() if c.full_name == "Anna Müller")
        assert anna.company == "Schröder GmbH & Co. KG" and anna.position == "Geschäftsführerin, Gesellschafterin"
        conversation = next(c for c in store.activity.conversations() if c.contact_id == anna.id)
        assert len(conversation.messages) == 3 and anna.last_contact_at is not None
        assert any(r.note.startswith("Hallo Herr Hofmann") for r in store.activity.requests())
    finally:
        store.close()


def test_reimport_changes_nothing(tmp_path: Path, db: str, capsys) -> None:
    path = str(export_zip(tmp_path))
    first = cli_json(capsys, "import", "linkedin", path, "--db", db)
    before = dump(Path(db))
    again = cli_json(capsys, "import", "linkedin", path, "--db", db)
    assert again["added"] == 0 and again["updated"] == 0
    assert again["unchanged"] == first["added"] + first["unchanged"]
    assert dump(Path(db)) == before


def test_newer_data_updates_but_never_hand_set_fields(tmp_path: Path, db: str, capsys) -> None:
    cli_json(capsys, "import", "linkedin", str(LINKEDIN / "Connections.csv"), "--db", db)
    store = Store.open(Path(db))
    anna = next(c for c in store.contacts.list() if c.last_name == "Müller")
    anna.salutation, anna.title, anna.role, anna.sector = Salutation.FRAU, "Dr.", "unternehmer", "C"
    anna.position = "Inhaberin"
    store.contacts.update(anna, edited={"salutation", "title", "role", "sector", "position"})
    store.close()
    older = (LINKEDIN / "Connections.csv").read_text(encoding="utf-8")
    newer = older.replace("Schröder GmbH & Co. KG", "Schröder Holding GmbH")
    (tmp_path / "Connections.csv").write_text(newer, encoding="utf-8")
    result = cli_json(capsys, "import", "linkedin", str(tmp_path / "Connections.csv"), "--db", db)
    assert result["updated"] == 1
    store = Store.open(Path(db))
    anna = store.contacts.get(anna.id)
    store.close()
    assert anna.company == "Schröder Holding GmbH"  # not edited by hand: refreshed
    assert (anna.position, anna.title, anna.salutation, anna.role) == (
        "Inhaberin", "Dr.", Salutation.FRAU, "unternehmer")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("leer.csv", b"", "leer"),
        ("bild.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), ""),
        ("adressen.csv", b"Name,Strasse,Ort\nMueller,Hauptstr. 1,Bonn\n", "keine LinkedIn-Exportdatei"),
        ("kaputt.zip", b"PK\x03\x04kaputt", ""),
        ("Connections.csv", (LINKEDIN / "preamble_only.csv").read_bytes(), "Hinweistext"),
    ],
)
def test_bad_files_fail_with_one_line_and_leave_the_store(
    tmp_path: Path, db: str, capsys, name, content, expected
) -> None:
    cli_json(capsys, "import", "linkedin", str(LINKEDIN / "Connections.csv"), "--db", db)
    before = dump(Path(db))
    bad = tmp_path / name
    bad.write_bytes(content)
    assert main(["import", "linkedin", str(bad), "--db", db]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("advisor-tui: Fehler: ") and expected in err[0]
    assert dump(Path(db)) == before


def test_vcards_arrive_with_labels_and_nothing_twice(db: str, capsys) -> None:
    first = cli_json(capsys, "import", "vcard", str(DATA / "vcard" / "xing_30.vcf"), "--db", db)
    again = cli_json(capsys, "import", "vcard", str(DATA / "vcard" / "xing_30.vcf"), "--db", db)
    assert first["added"] >= 1 and again["added"] == 0 and again["updated"] == 0


def seeded(db: str) -> None:
    store = Store.open(Path(db))
    store.contacts.add(Contact("Anna", "Müller", Salutation.FRAU, "Dr.", "Müller Bau GmbH, Ulm", "Inhaberin",
                               sector="F", role="unternehmer", labels=("Unternehmerabend 2026",),
                               email="anna@mueller-bau.de", profile_url="https://www.linkedin.com/in/anna-mueller"))
    store.contacts.add(Contact("Jonas", "Müller", Salutation.HERR, "", "Müller Bau GmbH, Ulm", "Nachfolger",
                               sector="F", role="nachfolger"))
    store.contacts.add(Contact("Eva", "Blau", company="=HYPERLINK(\"http://x\")", sector="F", role="unternehmer"))
    store.contacts.add(Contact("Gesperrt", "Vertrieb", sector="F", role="unternehmer", blocked=True))
    store.contacts.add(Contact("Karl", "Kran", sector="C", role="unternehmer"))
    store.settings.save_segment(Segment("Bau", roles=("unternehmer", "nachfolger"), sectors=("F",)))
    store.close()


def test_csv_export_has_the_exact_header_and_filters(db: str, capsys) -> None:
    seeded(db)
    roles = ["--role", "unternehmer", "--role", "nachfolger"]
    assert main(["export", "contacts", "--db", db, *roles, "--sector", "f"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert ",".join(rows[0]) == ("first_name,last_name,salutation,title,company,position,sector,role,labels,"
                                 "email,profile_url")
    by_name = {row[0]: row for row in rows[1:]}
    assert set(by_name) == {"Anna", "Jonas", "Eva"}  # blocked and other-sector contacts stay out
    assert by_name["Anna"][2:5] == ["Frau", "Dr.", "Müller Bau GmbH, Ulm"]
    assert by_name["Anna"][8] == "Unternehmerabend 2026"
    assert by_name["Eva"][4].startswith("'=")  # no formula reaches a spreadsheet


@pytest.mark.parametrize(
    "filters",
    [
        ["--role", "Unternehmer/in", "--role", "Nachfolgerin", "--sector", "Baugewerbe"],
        ["--role", "UNTERNEHMER", "--role", "nachfolger", "--sector", "bau"],
    ],
)
def test_roles_and_sectors_are_taken_by_label_too(db: str, capsys, filters: list[str]) -> None:
    seeded(db)
    assert main(["export", "contacts", "--db", db, *filters]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert {row[0] for row in rows[1:]} == {"Anna", "Jonas", "Eva"}


def test_kaufmaennische_leitung_without_umlaut_and_verkehr(db: str, capsys) -> None:
    seeded(db)
    store = Store.open(Path(db))
    store.contacts.add(Contact("Lea", "Lang", company="Lang Spedition", sector="H", role="kaufm-leitung"))
    store.contacts.add(Contact("Tim", "Rad", company="Rad Logistik", sector="H", role="unternehmer"))
    store.close()
    args = ["--role", "Kaufmaennische Leitung", "--sector", "Verkehr"]
    assert main(["export", "contacts", "--db", db, *args]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert [row[0] for row in rows[1:]] == ["Lea"]


def test_segment_export_from_the_command_line(db: str, capsys) -> None:
    seeded(db)
    assert main(["export", "contacts", "--db", db, "--segment", "bau", "--label", "Unternehmerabend 2026"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert [row[0] for row in rows[1:]] == ["Anna"]


def test_excel_export_uses_semicolons_bom_and_crlf(db: str, tmp_path: Path, capsys) -> None:
    seeded(db)
    target = tmp_path / "bau.csv"
    assert main(["export", "contacts", "--db", db, "--segment", "Bau", "--excel", "-o", str(target)]) == 0
    data = target.read_bytes()
    assert data.startswith("\ufeffVorname;Nachname;Anrede;Titel;Firma;Position;Branche;Rolle;".encode())
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))
    anna = next(row for row in rows if row[0] == "Anna")
    assert anna[2] == "Frau" and anna[6:8] == ["Baugewerbe", "Unternehmer/in"]
    assert b"\r\n" in data
    assert target.stat().st_mode & 0o777 == 0o600


def test_vcard_export_reads_back_with_categories(db: str, capsys) -> None:
    seeded(db)
    assert main(["export", "contacts", "--db", db, "--label", "Unternehmerabend 2026", "--format", "vcard"]) == 0
    [card] = list(vobject.readComponents(capsys.readouterr().out))
    assert card.version.value == "3.0"
    assert card.n.value.family == "Müller" and card.n.value.prefix == "Dr."
    assert card.categories.value == ["Unternehmerabend 2026"]
    assert card.org.value == ["Müller Bau GmbH, Ulm"]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--role", "chef"], "Unbekannte Rolle „chef“ (möglich: Unternehmer/in (unternehmer); Nachfolger/in"),
        (["--sector", "ZZ"], "Unbekannte Branche „ZZ“ (möglich: Landwirtschaft (A); Bergbau (B); "),
        (["--segment", "gibt es nicht"], "Kein Segment „gibt es nicht“"),
        (["--format", "vcard", "--excel"], "--excel gilt nur für --format csv"),
        (["-o", "/gibt/es/nicht/x.csv"], "existiert nicht"),
    ],
)
def test_export_usage_errors(db: str, capsys, args, expected) -> None:
    seeded(db)
    assert main(["export", "contacts", "--db", db, *args]) == 2
    assert expected in capsys.readouterr().err


def test_plan_exports_and_imports_round_trip(tmp_path: Path, capsys) -> None:
    source, target = str(tmp_path / "a.db"), str(tmp_path / "b.db")
    main(["demo", "--seed-only", "--db", source])
    capsys.readouterr()
    assert main(["export", "plan", "--db", source, "--format", "csv", "-o", str(tmp_path / "plan.csv")]) == 0
    result = cli_json(capsys, "import", "plan", str(tmp_path / "plan.csv"), "--db", target)
    again = cli_json(capsys, "import", "plan", str(tmp_path / "plan.csv"), "--db", target)
    demo = Store.open(Path(source))
    posts = demo.plan.list()  # the plan ahead and a year of published posts
    demo.close()
    scheduled = sum(1 for post in posts if post.iso_week is not None)
    assert len(posts) > scheduled > 40
    assert result["added"] == len(posts)
    assert again == {"added": 0, "updated": 0, "unchanged": len(posts), "skipped": []}
    assert main(["export", "plan", "--db", target]) == 0
    assert capsys.readouterr().out.count("BEGIN:VEVENT") == scheduled
