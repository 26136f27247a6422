"""The command line: version, demo seeding, German errors with exit code 2, the today text."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from advisor_tui import __version__
from advisor_tui.cli import main


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "advisor_tui", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=60)


def test_version(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"advisor-tui {__version__}"


def test_demo_seed_only_fills_the_named_store(tmp_path: Path, capsys) -> None:
    db = tmp_path / "demo.db"
    assert main(["demo", "--seed-only", "--db", str(db)]) == 0
    assert "150 Demokontakte" in capsys.readouterr().out
    assert db.stat().st_mode & 0o777 == 0o600


def test_demo_seed_only_refuses_a_store_with_contacts(tmp_path: Path, capsys) -> None:
    db = tmp_path / "demo.db"
    main(["--db", str(db), "demo", "--seed-only"])
    capsys.readouterr()
    assert main(["demo", "--seed-only", "--db", str(db)]) == 2
    assert "enthält bereits Kontakte" in capsys.readouterr().err


def test_seed_only_without_db_uses_the_user_store(private_dirs: Path, capsys) -> None:
    assert main(["demo", "--seed-only"]) == 0
    assert (private_dirs / "data" / "advisor-tui" / "advisor.db").is_file()


def test_environment_variable_names_the_store(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.setenv("ADVISOR_TUI_DB", str(tmp_path / "env.db"))
    assert main(["demo", "--seed-only"]) == 0
    assert (tmp_path / "env.db").is_file()


@pytest.mark.parametrize(
    ("db", "expected"),
    [
        ("{tmp}", "ist ein Ordner"),
        ("{tmp}/notiz.txt/advisor.db", "kein Ordner"),
        ("/proc/gibt-es-nicht/advisor.db", "kann nicht angelegt werden"),
        ("{tmp}/notiz.txt", "keine advisor-tui-Datenbank"),
    ],
)
def test_bad_db_path_gives_one_german_line_and_exit_2(tmp_path: Path, db: str, expected: str) -> None:
    (tmp_path / "notiz.txt").write_text("keine Datenbank")
    (tmp_path / "fehlt").mkdir()
    result = run_cli("--db", db.format(tmp=tmp_path), "today")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and "Traceback" not in result.stderr


def test_unknown_option_is_reported_in_german() -> None:
    result = run_cli("--gibt-es-nicht")
    assert result.returncode == 2
    assert result.stderr.strip() == "advisor-tui: Fehler: unbekannte Angaben: --gibt-es-nicht"


def test_today_prints_the_sections(tmp_path: Path, capsys) -> None:
    db = str(tmp_path / "demo.db")
    main(["demo", "--seed-only", "--db", db])
    capsys.readouterr()
    assert main(["today", "--db", db]) == 0
    out = capsys.readouterr().out
    for heading in ("Warten auf Antwort", "Offene Anfragen", "Beitrag dieser Woche", "Posteingang"):
        assert heading in out
    assert "Andrea Wolf" in out  # wrote this morning, waits for an answer
