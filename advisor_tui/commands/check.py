"""`advisor-tui check`: the courtesy checker on a file or standard input, as text or JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from advisor_tui.commands._common import CommandError, Subparsers, open_store, print_json
from advisor_tui.domain.channels import CHANNEL_BY_KEY
from advisor_tui.domain.text_safety import printable
from advisor_tui.paths import resolve_db_path

if TYPE_CHECKING:  # the checker, its rules and the store load when `check` runs, not with every command line
    from advisor_tui.domain.courtesy import Finding
    from advisor_tui.domain.messaging.greeting import Recipient
    from advisor_tui.usecases.checking import CheckContext

FORMATS = ("text", "json")


def register(subparsers: Subparsers,
             parents: Sequence[argparse.ArgumentParser] = ()) -> argparse.ArgumentParser:
    """Add the `check` subcommand."""
    parser = subparsers.add_parser(
        "check", parents=list(parents), help="Nachricht auf Höflichkeit, Sie-Form und Rechtschreibung prüfen",
        description="Prüft eine Nachricht (Datei oder - für die Standardeingabe). "
                    "Exit 0: in Ordnung oder nur Warnungen/Hinweise, 1: Fehler gefunden, 2: Eingabe unbrauchbar.",
    )
    parser.add_argument("file", nargs="?", default="-", metavar="DATEI", help="Textdatei (UTF-8) oder - (Standard)")
    parser.add_argument("--to", dest="to", default=None, metavar="EMPFÄNGER", help='z. B. "Frau Dr. Anna Müller"')
    parser.add_argument("--channel", default="linkedin-message", metavar="KANAL",
                        help="Kanal: " + ", ".join(CHANNEL_BY_KEY))
    parser.add_argument("--format", dest="output_format", default="text", metavar="FORMAT", help="text oder json")
    parser.set_defaults(handler=run)
    return parser


def _read_text(name: str) -> str:
    """The message from a file or standard input, as UTF-8 text with \\n line ends."""
    try:
        data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    except FileNotFoundError as error:
        raise CommandError(f"Datei nicht gefunden: {name}") from error
    except IsADirectoryError as error:
        raise CommandError(f"{name} ist ein Ordner, keine Textdatei.") from error
    except PermissionError as error:
        raise CommandError(f"Keine Leserechte für {name}.") from error
    except OSError as error:
        raise CommandError(f"Datei nicht lesbar: {name}") from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CommandError(f"{'Die Eingabe' if name == '-' else name} ist kein UTF-8-Text.") from error
    if "\x00" in text:
        raise CommandError(f"{'Die Eingabe' if name == '-' else name} ist keine Textdatei.")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _recipient(text: str | None) -> Recipient | None:
    """The --to recipient, or None."""
    from advisor_tui.domain.messaging.greeting import parse_recipient

    if text is None:
        return None
    try:
        return parse_recipient(text)
    except ValueError as error:
        raise CommandError(str(error)) from error


def _position(text: str, offset: int) -> tuple[int, int, str]:
    """1-based line and column of an offset, and that line's text."""
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    return text.count("\n", 0, offset) + 1, offset - line_start + 1, text[line_start:line_end]


def format_text(text: str, findings: list[Finding], source: str) -> str:
    """Findings as `source:line:column: Severity: message [code]`, the line, and a caret under the spot."""
    from advisor_tui.domain.courtesy import SEVERITY_LABELS, Severity

    plurals = {Severity.ERROR: "Fehler", Severity.WARNING: "Warnungen", Severity.HINT: "Hinweise"}
    blocks = []
    for f in findings:
        line, column, line_text = _position(text, f.start)
        width = max(1, min(f.end, f.start + len(line_text) - column + 1) - f.start)
        block = [f"{source}:{line}:{column}: {SEVERITY_LABELS[f.severity]}: {f.message} [{f.code}]",
                 f"    {line_text}", f"    {' ' * (column - 1)}{'^' * width}"]
        if f.suggestion:
            block.append(f"    Vorschlag: {f.suggestion.strip()}")
        # One line each: a line break inside the quoted text must not start a line of its own.
        blocks.append("\n".join(printable(part) for part in block))
    counts = {severity: sum(f.severity is severity for f in findings) for severity in Severity}
    summary = ", ".join(
        f"{count} {SEVERITY_LABELS[severity] if count == 1 else plurals[severity]}"
        for severity, count in counts.items()
    )
    summary = summary + "." if findings else "Keine Befunde."
    return "\n\n".join([*blocks, summary])


def _context(args: argparse.Namespace) -> CheckContext:
    """The settings and the known words from the store; defaults when there is no store yet."""
    from advisor_tui.usecases.checking import check_context

    if not resolve_db_path(getattr(args, "db", None)).is_file():
        return check_context(None)
    store = open_store(args)
    try:
        return check_context(store)
    finally:
        store.close()


def run(args: argparse.Namespace) -> int:
    """Check the message; 0 clean or only warnings/hints, 1 with an error-level finding."""
    from advisor_tui.domain.courtesy import Severity
    from advisor_tui.usecases.checking import check_message

    channel = getattr(args, "channel", "linkedin-message")
    if channel not in CHANNEL_BY_KEY:
        raise CommandError(f"Unbekannter Kanal „{channel}“; möglich: {', '.join(CHANNEL_BY_KEY)}.")
    output_format = getattr(args, "output_format", "text")
    if output_format not in FORMATS:
        raise CommandError(f"Unbekanntes Format „{output_format}“; möglich: text, json.")
    recipient = _recipient(getattr(args, "to", None))
    source = getattr(args, "file", "-") or "-"
    text = _read_text(source)
    findings = check_message(text, _context(args), recipient=recipient, channel=channel)
    if output_format == "json":
        print_json({"findings": [f.as_dict() for f in findings]}, indent=2)
    else:
        print(printable(format_text(text, findings, "<stdin>" if source == "-" else source), multiline=True))
    return 1 if any(f.severity is Severity.ERROR for f in findings) else 0
