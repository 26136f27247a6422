"""`advisor-tui forget`: finds by profile URL or e-mail, refuses without a terminal, leaves no trace."""

from __future__ import annotations

import io
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from advisor_tui.cli import main
from advisor_tui.domain.models import Contact, Conversation, Direction, Message
from advisor_tui.store.store import Store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "advisor.db"
    store = Store.open(path)
    anna = store.contacts.add(Contact("Anna", "Müller", email="anna@schroeder.de", labels=("Golfclub",),
                                      profile_url="https://www.linkedin.com/in/anna-mueller/"))
    store.contacts.add(Contact("Bernd", "Adam", email="bernd@adam.de"))
    store.activity.add_conversation(Conversation(anna, title="Anna", messages=[
        Message(anna, Direction.INCOMING, datetime(2026, 11, 1, 10), "Guten Tag, Herr Berater")]))
    store.close()
    return path


def traces(path: Path, needle: str) -> int:
    with sqlite3.connect(path) as connection:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return sum(needle in repr(row) for table in tables for row in connection.execute(f"SELECT * FROM {table}"))


def test_forget_by_profile_url_with_yes(db: Path, capsys) -> None:
    assert main(["forget", "linkedin.com/in/anna-mueller", "--yes", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Anna Müller" in out and "1 Nachricht in 1 Unterhaltung" in out and "1 Label" in out
    assert traces(db, "Müller") == traces(db, "Golfclub") == traces(db, "Herr Berater") == 0
    assert traces(db, "Adam") == 1


def test_forget_by_email_any_case(db: Path, capsys) -> None:
    assert main(["forget", "BERND@adam.de", "-y", "--db", str(db)]) == 0
    assert "Bernd Adam" in capsys.readouterr().out
    assert traces(db, "Adam") == 0


def test_without_yes_and_without_terminal_refuses(db: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("j\n"))
    assert main(["forget", "anna@schroeder.de", "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert "--yes" in err and err.count("\n") == 1
    assert traces(db, "Müller") == 1


def test_interactive_confirmation(db: Path, capsys, monkeypatch) -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr("sys.stdin", Tty("n\n"))
    assert main(["forget", "anna@schroeder.de", "--db", str(db)]) == 0
    assert "nichts gelöscht" in capsys.readouterr().out and traces(db, "Müller") == 1
    monkeypatch.setattr("sys.stdin", Tty("j\n"))
    assert main(["forget", "anna@schroeder.de", "--db", str(db)]) == 0
    assert "Gelöscht" in capsys.readouterr().out and traces(db, "Müller") == 0


def test_unknown_contact_is_exit_2(db: Path, capsys) -> None:
    assert main(["forget", "nobody@example.com", "--yes", "--db", str(db)]) == 2
    assert "Kein Kontakt" in capsys.readouterr().err
