"""`advisor-tui today`: the Heute summary as plain text, for a shell start-up file."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import datetime

from advisor_tui.commands._common import Subparsers, open_store


def register(subparsers: Subparsers, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the `today` subcommand."""
    parser = subparsers.add_parser(
        "today", parents=parents, help="die Übersicht Heute als Text ausgeben",
        description="Gibt aus, wer auf Antwort wartet, offene Anfragen, fällige Kontakte, den Beitrag der Woche "
                    "und wann der Posteingang zuletzt geprüft wurde.",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Print the summary; never interactive."""
    from advisor_tui.domain.text_safety import printable
    from advisor_tui.domain.today.text import render_today
    from advisor_tui.usecases.today import summary

    store = open_store(args)
    try:
        # Names come from imports: an escape sequence in one must not reach the shell's terminal.
        print(printable(render_today(summary(store, datetime.now())), multiline=True))
    finally:
        store.close()
    return 0
