"""`advisor-tui forget PROFILE_URL|EMAIL [--yes]`: delete a contact and everything linked to it (DSGVO)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from advisor_tui.commands._common import CommandError, Subparsers, open_store
from advisor_tui.domain.text_safety import printable


def register(subparsers: Subparsers, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the `forget` subcommand."""
    parser = subparsers.add_parser(
        "forget", parents=parents, help="einen Kontakt mit allem, was dazugehört, löschen (DSGVO)",
        description="Löscht den Kontakt mit dieser Profil-URL oder E-Mail-Adresse samt Nachrichten, "
                    "Anfragen und Labels, ohne Kopie in der Datei und in den Sicherungskopien von advisor-tui; "
                    "ein späterer Import bringt die Person nicht wieder (außer mit --include-forgotten).",
    )
    parser.add_argument("who", metavar="PROFIL_URL|E-MAIL", help="LinkedIn-Profil-URL oder E-Mail-Adresse")
    parser.add_argument("--yes", "-y", action="store_true", help="ohne Rückfrage löschen")
    parser.set_defaults(handler=run)


def _confirmed(lines: list[str]) -> bool:
    """Ask on the terminal; without one, refuse (a script must say --yes)."""
    if not sys.stdin.isatty():
        raise CommandError("Ohne Terminal wird nichts gelöscht: bitte mit --yes bestätigen.")
    print("Gelöscht würden:")
    for line in lines:
        print(f"  – {printable(line)}")
    try:
        answer = input("Endgültig löschen? [j/N] ")
    except EOFError:
        return False
    return answer.strip().casefold() in {"j", "ja", "y", "yes"}


def run(args: argparse.Namespace) -> int:
    """Find the contact, confirm, delete, and say what went."""
    from advisor_tui.domain.contacts.curation import export_warning_lines, forget_lines
    from advisor_tui.usecases.forgetting import find_to_forget, forget_contact

    if not args.who.strip():
        raise CommandError("Bitte eine Profil-URL oder E-Mail-Adresse angeben.")
    store = open_store(args)
    try:
        found = find_to_forget(store, args.who)
        if found is None:
            raise CommandError(f"Kein Kontakt mit „{args.who.strip()}“ gefunden; nichts gelöscht.")
        summary = found.summary
        if not args.yes and not _confirmed(forget_lines(summary)):
            print("Abgebrochen, nichts gelöscht.")
            return 0
        removed = forget_contact(store, found.contact_id)
    finally:
        store.close()
    print("Gelöscht:")
    for line in forget_lines(removed or summary):
        print(f"  – {printable(line)}")
    head, *files = export_warning_lines(removed or summary) or [""]
    if files:
        print(head)
        for path in files:
            print(f"  – {printable(path)}")
    return 0
