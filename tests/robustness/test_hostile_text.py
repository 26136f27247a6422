"""Hostile text in imported contacts on the command line: shown literally, never a terminal control."""

from __future__ import annotations

import json
import re
from pathlib import Path

from advisor_tui.cli import main
from tests.robustness.hostile_files import (
    C1_TITLE,
    CLEAR,
    FIRST,
    LINK,
    PASTE,
    PREAMBLE,
    TITLE,
    assert_clean,
)

HEADINGS = re.compile(r"(Heute – |Warten auf Antwort|Offene Anfragen|Nachfassen fällig|Lange kein Kontakt|"
                      r"Beitrag dieser Woche|Posteingang)")


def test_today_shows_hostile_names_literally_on_their_own_lines(hostile_db: Path, capsysbinary) -> None:
    assert main(["today", "--db", str(hostile_db)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert_clean(out)
    assert "\r" not in out
    for shown in ("Eve [bold]␛]0;title␇", "ACME [/] Holding␛]52;", "[@click=app.quit]Click[/]", "[/]Rex [b]Anfrage"):
        assert shown in out
    # A line break inside a name (U+2029, CR LF, VT) must not start a line of its own: every line is a heading or
    # an indented entry, so no imported text can pose as one of the app's lines.
    for line in out.splitlines():
        assert not line or line.startswith("  ") or HEADINGS.match(line), f"forged line: {line!r}"


def test_exports_check_and_forget_print_no_control_character(hostile_db: Path, capsysbinary) -> None:
    for fmt in ("csv", "vcard"):
        assert main(["export", "contacts", "--format", fmt, "--db", str(hostile_db)]) == 0
        out = capsysbinary.readouterr().out.decode("utf-8")
        assert "ACME [/] Holding" in out and "\x1b" not in out
        assert_clean(out)
    for fmt in ("csv", "ics"):
        assert main(["export", "plan", "--format", fmt, "--db", str(hostile_db)]) == 0
        assert_clean(capsysbinary.readouterr().out.decode("utf-8"))
    draft = hostile_db.parent / "entwurf.txt"
    draft.write_text(f"Hallo {FIRST},\n\nhast du{PASTE} Zeit{C1_TITLE} [/]\u2028Fertig?", encoding="utf-8")  # du-form
    assert main(["check", str(draft), "--db", str(hostile_db)]) in (0, 1)
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "␛]52" in out
    assert_clean(out)
    for line in out.splitlines():  # the quoted line stays one line: findings, indented quotes, the summary
        assert not line or line.startswith(("    ", str(draft))) or line.endswith("."), f"forged line: {line!r}"
    assert main(["check", str(draft), "--db", str(hostile_db), "--format", "json"]) in (0, 1)
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert_clean(out)
    assert json.loads(out)["findings"]
    assert main(["forget", "https://www.linkedin.com/in/eve-mallory", "--yes", "--db", str(hostile_db)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "Eve [bold]" in out
    assert_clean(out)


def test_import_reasons_quote_hostile_cells_without_controls(hostile_db: Path, capsysbinary) -> None:
    bad = hostile_db.parent / "Connections.csv"
    bad.write_text(PREAMBLE + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                   f"Ada,Lovelace,https://www.linkedin.com/in/ada,,ACME,Chefin,\"[/]{CLEAR}\x9b2J{TITLE}\"\n",
                   encoding="utf-8")
    invitations = hostile_db.parent / "Invitations.csv"
    invitations.write_text("From,To,Sent At,Message,Direction\n"
                           f"Ada Lovelace,Stefan Hofmann,\"11/20/26, 3:43 PM\",Hallo,\"{LINK}\x9d0;t\x9c{TITLE}\"\n",
                           encoding="utf-8")
    for path in (bad, invitations):
        assert main(["import", "linkedin", str(path), "--db", str(hostile_db)]) == 0
        out = capsysbinary.readouterr().out.decode("utf-8")
        assert "„[/]" in out or "„[link=" in out  # the reason quotes the cell, brackets and all
        assert_clean(out)
        assert main(["import", "linkedin", str(path), "--db", str(hostile_db), "--json"]) == 0
        out = capsysbinary.readouterr().out.decode("utf-8")
        assert_clean(out)
        assert "\\u009b" in out or "\\u009d" in out  # the cell quoted in a reason, its controls escaped


def test_error_messages_quote_file_names_without_controls(tmp_path: Path, capsys) -> None:
    missing = tmp_path / f"weg{TITLE}[/].csv"
    assert main(["import", "linkedin", str(missing), "--db", str(tmp_path / "a.db")]) == 2
    err = capsys.readouterr().err
    assert "weg" in err and "␛]0;title␇[/]" in err
    assert_clean(err)
