"""The advisor's own dictionary: store, migration 0007, `advisor-tui words`, and `check` using it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from advisor_tui.cli import main
from advisor_tui.domain.models import Contact
from advisor_tui.store.database import shipped_head
from advisor_tui.store.store import Store
from tests.unit.test_migrations import _store_at_revision

TEXT = ("Sehr geehrter Herr Weber,\n\nwir von der Qwxyzbank melden uns nächste Woche bei Ihnen.\n\n"
        "Mit freundlichen Grüßen\nJonas Hoffmann\n")


def test_add_list_remove_ignore_case(store: Store) -> None:
    assert store.words.add("Qwxyzbank") is True
    assert store.words.add("qwxyzbank") is False
    store.words.add("Abcforum")
    assert store.words.list() == ["Abcforum", "Qwxyzbank"]
    assert store.words.remove("QWXYZBANK") is True
    assert store.words.remove("Qwxyzbank") is False
    assert store.words.list() == ["Abcforum"]


def test_known_words_hold_own_words_and_names_of_contacts_and_companies(store: Store) -> None:
    store.words.add("Qwxyzbank")
    store.contacts.add(
        Contact(first_name="Agnieszka", last_name="Wróblewska-Zięba", company="Zyxtec Maschinenbau GmbH"))
    known = store.words.known_words()
    assert {"qwxyzbank", "agnieszka", "wróblewska", "zięba", "zyxtec", "maschinenbau", "gmbh"} <= known


def test_migration_0007_adds_the_table_to_a_store_at_0004(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _store_at_revision(path, "0004")
    store = Store.open(path)
    try:
        assert store.backup is not None
        assert store.words.add("Qwxyzbank")
    finally:
        store.close()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone() == (shipped_head(),)


def test_words_command_exit_codes_and_messages(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "a.db")
    assert main(["words", "list", "--db", db]) == 2
    assert not (tmp_path / "a.db").exists()  # a reading command never creates a store
    assert "Noch keine Datenbank" in capsys.readouterr().err
    assert main(["words", "add", "Qwxyzbank", "--db", db]) == 0
    assert "aufgenommen" in capsys.readouterr().out
    assert main(["words", "add", "qwxyzbank", "--db", db]) == 0
    assert "schon im Wörterbuch" in capsys.readouterr().out
    assert main(["words", "list", "--db", db]) == 0
    assert capsys.readouterr().out == "Qwxyzbank\n"
    for argv, message in ((["words", "add"], "Bitte ein Wort angeben"),
                          (["words", "add", "zwei Wörter"], "mehr als ein Wort"),
                          (["words", "remove", "Fehltnicht"], "steht nicht im Wörterbuch"),
                          (["words", "tauschen", "x"], "Unbekannte Aktion")):
        assert main([*argv, "--db", db]) == 2
        err = capsys.readouterr().err
        assert message in err and "Traceback" not in err and err.count("\n") == 1
    assert main(["words", "remove", "QWXYZBANK", "--db", db]) == 0
    assert main(["words", "list", "--db", db]) == 0
    assert capsys.readouterr().out.endswith("entfernt.\n")


def test_check_command_accepts_own_words_and_contact_names(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "a.db")
    message = tmp_path / "m.txt"
    message.write_text(TEXT, encoding="utf-8")
    assert main(["check", str(message), "--db", db, "--format", "json"]) == 0
    assert "Qwxyzbank" in capsys.readouterr().out
    assert main(["words", "add", "Qwxyzbank", "--db", db]) == 0
    capsys.readouterr()
    assert main(["check", str(message), "--db", db, "--format", "json"]) == 0
    assert '"findings": []' in capsys.readouterr().out
