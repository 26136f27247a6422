"""`advisor-tui words add|list|remove WORD`: the advisor's own dictionary for the spelling check."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from advisor_tui.commands._common import CommandError, Subparsers, open_store

ACTIONS = ("add", "list", "remove")


def register(subparsers: Subparsers, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the `words` subcommand."""
    parser = subparsers.add_parser(
        "words", parents=parents, help="eigenes Wörterbuch der Rechtschreibprüfung pflegen",
        description="Wörter, die die Rechtschreibprüfung nie anmerkt (Namen, Produkte, Fachwörter). "
                    "Exit 0: erledigt, 2: Eingabe unbrauchbar.",
    )
    parser.add_argument("action", metavar="AKTION", help="add (aufnehmen), list (zeigen) oder remove (entfernen)")
    parser.add_argument("word", nargs="?", default=None, metavar="WORT", help="das Wort (bei add und remove)")
    parser.set_defaults(handler=run)


def _word(args: argparse.Namespace) -> str:
    """The WORD argument, checked."""
    from advisor_tui.domain.courtesy.lexicon import clean_own_word

    if args.word is None:
        raise CommandError(f"Bitte ein Wort angeben: advisor-tui words {args.action} WORT")
    try:
        return clean_own_word(args.word)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc


def run(args: argparse.Namespace) -> int:
    """Add, list or remove own words."""
    action = getattr(args, "action", "")
    if action not in ACTIONS:
        raise CommandError(f"Unbekannte Aktion „{action}“; möglich: add, list, remove.")
    if action == "list":
        if args.word is not None:
            raise CommandError("„words list“ nimmt kein Wort.")
    word = "" if action == "list" else _word(args)
    empty = "Noch keine Datenbank vorhanden; das Wörterbuch ist leer." if action == "list" else ""
    store = open_store(args, create=action == "add", missing=empty)
    try:
        if action == "list":
            for own in store.words.list():
                print(own)
        elif action == "add":
            added = store.words.add(word)
            print(f"„{word}“ ins Wörterbuch aufgenommen." if added else f"„{word}“ steht schon im Wörterbuch.")
        elif not store.words.remove(word):
            raise CommandError(f"„{word}“ steht nicht im Wörterbuch; nichts entfernt.")
        else:
            print(f"„{word}“ aus dem Wörterbuch entfernt.")
    finally:
        store.close()
    return 0
