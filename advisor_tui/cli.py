"""Command line entry point: `advisor-tui` starts the app; subcommands import, export, check and report."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from advisor_tui import __version__
from advisor_tui.commands import (
    audit,
    check,
    demo,
    export,
    feedback,
    forget,
    importing,
    report,
    serve,
    stage,
    today,
    words,
)
from advisor_tui.commands._common import CommandError, open_store, store_failure_message
from advisor_tui.commands._german import GermanArgumentParser
from advisor_tui.domain.text_safety import printable

EXIT_OK, EXIT_USAGE = 0, 2

# In the order `--help` lists them. Imported like any module: a missing one is a packaging bug and must fail loudly.
SUBCOMMANDS = (demo, check, importing, export, today, stage, report, feedback, audit, forget, words, serve)


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every subcommand."""
    db_option = GermanArgumentParser(add_help=False)
    db_option.add_argument("--db", metavar="PFAD", default=argparse.SUPPRESS,
                           help="Datenbankdatei statt der eigenen (auch $ADVISOR_TUI_DB)")
    parser = GermanArgumentParser(
        prog="advisor-tui",
        description="Arbeitsplatz für Beraterinnen und Berater, die Firmenkunden über LinkedIn und XING gewinnen.",
        parents=[db_option],
    )
    parser.add_argument("--version", action="version", version=f"advisor-tui {__version__}",
                        help="Versionsnummer zeigen und beenden")
    subparsers = parser.add_subparsers(dest="command", metavar="BEFEHL", parser_class=GermanArgumentParser)
    for module in SUBCOMMANDS:
        module.register(subparsers, parents=[db_option])
    return parser


def run_tui(args: argparse.Namespace) -> int:
    """Start the app on the advisor's own store."""
    store = open_store(args, create=True)
    try:
        from advisor_tui.ui.app import make_app

        make_app(store).run()
    finally:
        store.close()
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = None
    try:
        args = build_parser().parse_args(argv)
        handler = getattr(args, "handler", run_tui)
        return handler(args)
    except CommandError as exc:
        # Messages quote file names and file content: shown, never obeyed by the terminal.
        print(f"advisor-tui: Fehler: {printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader (e.g. `| head`) left early; say nothing more. Before `Exception`, which it also is (an OSError).
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:
        # A full disk or a damaged file met mid-command: one German line, never a traceback.
        message = store_failure_message(args, exc) if args is not None else None
        if message is None:
            raise
        print(f"advisor-tui: Fehler: {message}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
