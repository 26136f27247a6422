"""`advisor-tui check`: output formats, exit codes, and German errors for unusable input."""

from __future__ import annotations

import argparse
import io
import json

import pytest

from advisor_tui.commands import check as check_command
from advisor_tui.commands._common import CommandError

CLEAN = ("Sehr geehrte Frau Dr. Müller,\n\nvielen Dank für Ihre Nachricht. Gern stelle ich Ihnen unser Angebot "
         "vor.\n\nMit freundlichen Grüßen\nJonas Hoffmann\n")


@pytest.fixture
def write(tmp_path):
    def _write(content: str | bytes, name: str = "nachricht.txt") -> str:
        path = tmp_path / name
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return str(path)
    return _write


@pytest.fixture
def args(tmp_path):
    def _args(file: str = "-", **kwargs) -> argparse.Namespace:
        values = {"file": file, "to": None, "channel": "linkedin-message", "output_format": "text",
                  "db": str(tmp_path / "keine.db")}
        values.update(kwargs)
        return argparse.Namespace(**values)
    return _args


def test_register_adds_the_subcommand_with_its_options(tmp_path):
    parser = argparse.ArgumentParser()
    check_command.register(parser.add_subparsers())
    parsed = parser.parse_args(["check", "x.txt", "--to", "Kim Mayer", "--channel", "linkedin-note",
                                "--format", "json"])
    assert (parsed.file, parsed.to, parsed.channel, parsed.output_format) == ("x.txt", "Kim Mayer",
                                                                              "linkedin-note", "json")
    assert parsed.handler is check_command.run
    assert parser.parse_args(["check"]).file == "-"


def test_clean_message_exits_0(write, args, capsys):
    assert check_command.run(args(write(CLEAN), to="Frau Dr. Anna Müller")) == 0
    assert "Keine Befunde." in capsys.readouterr().out


def test_error_finding_exits_1_with_line_column_and_caret(write, args, capsys):
    path = write("Sehr geehrte Frau Müller,\nhast du Zeit?\n\nViele Grüße\nJonas\n")
    assert check_command.run(args(path)) == 1
    out = capsys.readouterr().out
    assert f"{path}:2:1: Fehler: „hast“ ist eine Verbform der Du-Anrede" in out
    assert "    hast du Zeit?\n    ^^^^\n    Vorschlag: haben" in out
    assert f"{path}:2:6: Fehler:" in out and "         ^^\n" in out
    assert out.rstrip().endswith("2 Fehler, 0 Warnungen, 0 Hinweise.")


def test_only_warnings_exit_0(write, args, capsys):
    path = write("Sehr geehrte Frau Müller,\n\nvielen Dank für Ihre Nachricht. Ich melde mich morgen.\n")
    assert check_command.run(args(path)) == 0
    assert "1 Warnung" in capsys.readouterr().out


def test_json_format(write, args, capsys):
    text = "Hallo Anna, hast du Zeit?"
    assert check_command.run(args(write(text), output_format="json", to="Frau Anna Müller")) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert [(f["code"], f["severity"], text[f["start"] : f["end"]]) for f in findings] == [
        ("greeting-informal", "warning", "Hallo Anna"), ("du-form", "error", "hast"), ("du-form", "error", "du"),
        ("closing-missing", "warning", "")]
    assert set(findings[0]) == {"code", "severity", "message", "start", "end", "suggestion"}


def test_reads_standard_input(args, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Danke!"), encoding="utf-8"))
    assert check_command.run(args("-")) == 1
    assert "<stdin>:1:1: Fehler:" in capsys.readouterr().out


def test_channel_limit_applies(write, args):
    long_note = CLEAN.replace("Gern stelle", "Gern stelle " + "sehr " * 40)
    assert check_command.run(args(write(long_note), channel="linkedin-note", to="Frau Dr. Anna Müller")) == 1


@pytest.mark.parametrize(
    ("content", "kwargs", "message"),
    [
        (None, {}, "Datei nicht gefunden"),
        (b"\xff\xfe\x00S\x00i", {}, "kein UTF-8-Text"),
        (b"Hallo\x00Welt", {}, "keine Textdatei"),
        (CLEAN, {"channel": "fax"}, "Unbekannter Kanal „fax“"),
        (CLEAN, {"to": "Frau 123"}, "Empfänger nicht verständlich"),
        (CLEAN, {"to": "Müller"}, "Vor- und Nachname"),
        (CLEAN, {"output_format": "xml"}, "Unbekanntes Format"),
    ],
)
def test_unusable_input_raises_a_german_command_error(write, args, tmp_path, content, kwargs, message):
    path = write(content) if content is not None else str(tmp_path / "fehlt.txt")
    with pytest.raises(CommandError, match=message):
        check_command.run(args(path, **kwargs))


def test_a_folder_is_not_a_message(args, tmp_path):
    with pytest.raises(CommandError, match="Ordner"):
        check_command.run(args(str(tmp_path)))


def test_main_exits_2_with_one_german_line(tmp_path, capsys):
    from advisor_tui.cli import main

    assert main(["--db", str(tmp_path / "x.db"), "check", str(tmp_path / "fehlt.txt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Datei nicht gefunden" in err
    assert not (tmp_path / "x.db").exists()
