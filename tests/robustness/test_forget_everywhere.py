"""The right to be forgotten (DESIGN §5): out of the store, out of the app's backups, named in old exports,
and not brought back by the next import of an old export unless the advisor asks for it."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from advisor_tui.cli import main
from advisor_tui.domain.models import Conversation, Direction, Message
from advisor_tui.store.store import Store
from tests.unit.test_migrations import _store_at_revision

LINKEDIN = Path(__file__).resolve().parents[1] / "data" / "linkedin"
ANNA_URL = "https://www.linkedin.com/in/anna-mueller-8a1b2c3d"


def cli(capsys, *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def raw(path: Path) -> bytes:
    return path.read_bytes()


@pytest.fixture
def db(tmp_path: Path, capsys) -> Path:
    """A store from the real-layout Connections.csv, Anna Müller with a conversation and a note."""
    path = tmp_path / "advisor.db"
    assert cli(capsys, "import", "linkedin", str(LINKEDIN / "Connections.csv"), "--db", str(path))[0] == 0
    store = Store.open(path)
    anna = store.contacts.find(ANNA_URL)
    store.contacts.update_fields(anna.id, notes="Vertraulich: Hallenbau Kirchheim", labels=("Golfclub",))
    store.activity.add_conversation(Conversation(anna.id, title="Anna", messages=[
        Message(anna.id, Direction.INCOMING, datetime(2026, 11, 1, 10), "Geheimprojekt Kirchheim")]))
    store.close()
    return path


def _old_schema_store_with_anna(path: Path) -> None:
    """A store at revision 0001 holding Anna, as an earlier version of the app left it."""
    _store_at_revision(path, "0001")
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO contact (identity, first_name, last_name, salutation, title, company, position, email,"
            " profile_url, source, notes, blocked, manual_fields, created_at, updated_at) VALUES"
            f" ('url:{ANNA_URL.split('//')[1].replace('www.', '')}', 'Anna', 'Müller', 'Frau', '', 'Schröder GmbH',"
            " '', 'anna@schroeder.de', ?, 'linkedin', 'Vertraulich: Hallenbau Kirchheim', 0, '',"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')", (ANNA_URL,))
        connection.execute(
            "INSERT INTO contact (identity, first_name, last_name, salutation, title, company, position, email,"
            " profile_url, source, notes, blocked, manual_fields, created_at, updated_at) VALUES"
            " ('name:jonas weber|', 'Jonas', 'Weber', '', '', '', '', '', '', 'manual', '', 0, '',"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    connection.close()


def test_forget_removes_the_person_from_every_migration_backup(tmp_path: Path, capsys) -> None:
    path = tmp_path / "advisor.db"
    _old_schema_store_with_anna(path)
    store = Store.open(path)  # migrates, leaving advisor.db.0001.<time>.bak with Anna in it
    store.close()
    [backup] = list(tmp_path.glob("advisor.db.*.bak"))
    assert b"Kirchheim" in raw(backup)
    code, out, _err = cli(capsys, "forget", "anna@schroeder.de", "--yes", "--db", str(path))
    assert code == 0 and "1 Sicherungsdatei" in out
    for name in ("Kirchheim", "Müller", "anna@schroeder.de", "anna-mueller"):
        assert name.encode() not in raw(backup), name
    with sqlite3.connect(backup) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("SELECT first_name FROM contact").fetchall() == [("Jonas",)]
    connection.close()


def test_forget_names_the_earlier_exports_that_still_hold_the_person(db: Path, tmp_path: Path, capsys) -> None:
    everyone, others, gone = tmp_path / "alle.csv", tmp_path / "andere.vcf", tmp_path / "weg.csv"
    assert cli(capsys, "export", "contacts", "-o", str(everyone), "--db", str(db))[0] == 0
    assert cli(capsys, "export", "contacts", "--label", "gibt-es-nicht", "--format", "vcard", "-o", str(others),
               "--db", str(db))[0] == 0
    assert cli(capsys, "export", "contacts", "-o", str(gone), "--db", str(db))[0] == 0
    gone.unlink()
    code, out, _err = cli(capsys, "forget", ANNA_URL, "--yes", "--db", str(db))
    assert code == 0
    warning = out[out.index("frühere Exporte"):]
    assert str(everyone) in warning and str(others) not in warning and str(gone) not in warning


def test_an_old_export_does_not_bring_a_forgotten_person_back(db: Path, capsys) -> None:
    assert cli(capsys, "forget", ANNA_URL, "--yes", "--db", str(db))[0] == 0
    code, out, _err = cli(capsys, "import", "linkedin", str(LINKEDIN / "Connections.csv"), "--db", str(db), "--json")
    result = json.loads(out)
    assert code == 0 and result["added"] == 0
    assert [row["reason"] for row in result["skipped"] if "vergessen wurden" in row["reason"]] == [
        f"Connections.csv: 1 Eintrag zu Personen, die am {datetime.now():%d.%m.%Y} vergessen wurden, übergangen"]
    store = Store.open(db)
    try:
        assert store.contacts.find(ANNA_URL) is None
    finally:
        store.close()
    for name in ("Müller", "anna-mueller", "Kirchheim", "Golfclub"):
        assert name.encode() not in raw(db), name


def test_the_summary_names_the_reason(db: Path, capsys) -> None:
    assert cli(capsys, "forget", ANNA_URL, "--yes", "--db", str(db))[0] == 0
    _code, out, _err = cli(capsys, "import", "linkedin", str(LINKEDIN / "Connections.csv"), "--db", str(db))
    assert f"die am {datetime.now():%d.%m.%Y} vergessen wurden, übergangen" in out
    assert "Zeile 0" not in out


def test_include_forgotten_brings_the_person_back_and_lifts_the_mark(db: Path, capsys) -> None:
    assert cli(capsys, "forget", ANNA_URL, "--yes", "--db", str(db))[0] == 0
    code, out, _err = cli(capsys, "import", "linkedin", str(LINKEDIN / "Connections.csv"), "--include-forgotten",
                          "--db", str(db), "--json")
    assert code == 0 and json.loads(out)["added"] == 1
    _code, out, _err = cli(capsys, "import", "linkedin", str(LINKEDIN / "Connections.csv"), "--db", str(db),
                           "--json")
    assert json.loads(out)["added"] == 0 and not any("vergessen" in r["reason"] for r in json.loads(out)["skipped"])
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM forgotten").fetchone() == (0,)
    connection.close()


def test_the_marks_are_keyed_per_store_and_hold_nothing_readable(tmp_path: Path, capsys) -> None:
    digests = []
    for name in ("eins.db", "zwei.db"):
        path = tmp_path / name
        assert cli(capsys, "import", "linkedin", str(LINKEDIN / "Connections.csv"), "--db", str(path))[0] == 0
        assert cli(capsys, "forget", ANNA_URL, "--yes", "--db", str(path))[0] == 0
        with sqlite3.connect(path) as connection:
            rows = connection.execute("SELECT digest FROM forgotten").fetchall()
        connection.close()
        assert rows and all(len(digest) == 64 and "anna" not in digest for (digest,) in rows)
        digests.append({digest for (digest,) in rows})
    assert not digests[0] & digests[1]  # a random key per store: the same person gives other hashes


def test_the_import_dialog_skips_forgotten_people_too(db: Path) -> None:
    from advisor_tui.io.linkedin import parse_linkedin
    from advisor_tui.store.forgetting import forgotten_filter

    store = Store.open(db)
    try:
        store.contacts.forget(store.contacts.find(ANNA_URL).id)
        batch = forgotten_filter(store.engine, parse_linkedin(LINKEDIN / "Connections.csv"))
        assert all(c.last_name != "Müller" for c in batch.contacts)
        assert sum("vergessen wurden" in row.reason for row in batch.skipped) == 1
    finally:
        store.close()


def test_a_backup_that_cannot_be_cleaned_is_named_for_the_advisor(db: Path, capsys) -> None:
    broken = db.with_name("advisor.db.0003.20261101-080000.bak")
    broken.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    code, out, _err = cli(capsys, "forget", ANNA_URL, "--yes", "--db", str(db))
    assert code == 0
    assert str(broken) in out[out.index("bitte selbst löschen"):]
