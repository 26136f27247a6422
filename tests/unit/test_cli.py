"""The command line: version, demo seeding, German errors with exit code 2, the today text."""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from advisor_tui import __version__
from advisor_tui.cli import build_parser, main


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
    ("db", "command", "expected"),
    [
        ("{tmp}", "today", "ist ein Ordner"),
        ("{tmp}/notiz.txt/advisor.db", "demo", "kein Ordner"),  # only a writing command creates a store
        ("/proc/gibt-es-nicht/advisor.db", "demo", "kann nicht angelegt werden"),
        ("{tmp}/notiz.txt", "today", "keine advisor-tui-Datenbank"),
        ("{tmp}/notiz.txt/advisor.db", "today", "Keine Datenbank unter"),
    ],
)
def test_bad_db_path_gives_one_german_line_and_exit_2(tmp_path: Path, db: str, command: str, expected: str) -> None:
    (tmp_path / "notiz.txt").write_text("keine Datenbank")
    (tmp_path / "fehlt").mkdir()
    result = run_cli("--db", db.format(tmp=tmp_path), *{"today": ["today"], "demo": ["demo", "--seed-only"]}[command])
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0] and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["today"], ["export", "contacts"], ["export", "plan"], ["forget", "a@b.de"],
                                     ["words", "remove", "Wort"]])
def test_a_command_that_only_reads_never_creates_a_store(tmp_path: Path, command: list[str], capsys) -> None:
    db = tmp_path / "vertippt" / "unterordner" / "advisor.db"
    assert main([*command, "--db", str(db)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and "Keine Datenbank unter" in lines[0] and str(db) in lines[0]
    assert list(tmp_path.iterdir()) == []  # no folder, no file


def test_the_default_store_is_not_created_by_today_either(private_dirs: Path, capsys) -> None:
    before = sorted(private_dirs.rglob("*"))
    assert main(["today"]) == 2
    assert "Keine Datenbank unter" in capsys.readouterr().err
    assert sorted(private_dirs.rglob("*")) == before


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


def test_importing_the_command_line_leaves_argparse_untouched() -> None:
    import argparse
    import gettext

    assert argparse._ is gettext.gettext


@pytest.mark.parametrize("argv", [["--help"], ["import", "--help"], ["export", "contacts", "-h"], ["forget", "-h"]])
def test_help_is_german_from_usage_to_headings(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Aufruf: advisor-tui {' '.join(argv[:-1])}".rstrip() + " [-h] [--db PFAD]")
    assert "\nOptionen:\n  -h, --help" in out and "diese Hilfe zeigen und beenden" in out
    for english in ("usage:", "options:", "positional arguments", "show this help"):
        assert english not in out


def _command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command and subcommand, as the words typed before `--help`."""
    paths = [path]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                paths += _command_paths(sub, (*path, name))
    return paths


# What argparse (or a careless metavar) prints in English; "usage" and "options" as whole words only.
ENGLISH_IN_HELP = re.compile(r"\b(FILE|PATH|CODE|EMAIL|WORD|usage|options|positional arguments|optional arguments"
                             r"|show this help|default:)\b")


@pytest.mark.parametrize("path", _command_paths(build_parser()), ids=lambda path: " ".join(path) or "advisor-tui")
def test_every_help_is_free_of_english_argparse_words(path: tuple[str, ...], capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([*path, "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("Aufruf: advisor-tui")
    assert ENGLISH_IN_HELP.findall(out) == []


def test_help_names_the_positional_arguments_in_german(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["forget", "--help"])
    assert "\nArgumente:\n  PROFIL_URL|E-MAIL" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["forget"], "es fehlen Angaben: PROFIL_URL|E-MAIL"),
        (["import"], "es fehlen Angaben: ART"),
        (["today", "extra"], "unbekannte Angaben: extra"),
        (["export", "contacts", "--limit", "3"], "unbekannte Angaben: --limit 3"),
        (["export", "kontakte"], "Angabe ART: ungültige Auswahl: 'kontakte' (möglich: 'contacts', 'plan')"),
        (["export", "contacts", "--format", "xls"],
         "Angabe --format: ungültige Auswahl: 'xls' (möglich: 'csv', 'vcard')"),
        (["--db"], "Angabe --db: erwartet einen Wert"),
        (["export", "contacts", "--s", "X"], "mehrdeutige Option: --s passt zu --sector, --segment"),
        (["export", "contacts", "--excel=ja"], "Angabe --excel: erwartet keinen Wert: 'ja'"),
    ],
)
def test_usage_errors_are_one_german_line_without_usage(argv: list[str], expected: str, capsys) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"advisor-tui: Fehler: {expected}\n"


def test_an_unknown_argparse_message_stays_as_argparse_wrote_it() -> None:
    from advisor_tui.commands._german import german_message

    assert german_message("argument --x: something new") == "Angabe --x: something new"
    assert german_message("something new") == "something new"


def test_a_missing_subcommand_module_fails_loudly() -> None:
    # A module left out of the package must not silently take its command with it.
    script = ("import sys; sys.modules['advisor_tui.commands.words'] = None; "
              "from advisor_tui.cli import build_parser, main; sys.exit(main(['today']))")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 1
    assert "ModuleNotFoundError" in result.stderr and "advisor_tui.commands.words" in result.stderr


def test_a_reader_that_leaves_early_gets_no_traceback(demo_store, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """`advisor-tui today | head -1`: the pipe closes while the command writes; quiet exit 0, as `head` expects."""
    db = demo_store.path
    demo_store.close()
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone: every write now fails with EPIPE
    broken = os.fdopen(write_end, "w", buffering=1)
    monkeypatch.setattr(sys, "stdout", broken)
    try:
        assert main(["today", "--db", str(db)]) == 0
    finally:
        monkeypatch.undo()
        try:
            broken.close()
        except BrokenPipeError:
            pass
    assert "Traceback" not in capsys.readouterr().err
