"""`advisor-tui serve [--port N]`: the app in a browser, on 127.0.0.1 only, behind a secret token in the address."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence

from advisor_tui.commands._common import CommandError, Subparsers, open_store

DEFAULT_PORT = 8765


def _port(text: str) -> int:
    """A TCP port number (0: any free port)."""
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"„{text}“ ist keine Portnummer (0 bis 65535)")
    return port


def register(subparsers: Subparsers, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the `serve` subcommand."""
    parser = subparsers.add_parser(
        "serve",
        parents=parents,
        help="die App im Browser öffnen (nur dieser Rechner, Adresse mit Schlüssel)",
        description="Startet einen Server nur auf 127.0.0.1 (dieser Rechner) und gibt die Adresse aus, die im "
        "Browser zu öffnen ist. Sie enthält einen geheimen Schlüssel, ohne den der Server jeden Zugriff "
        "verweigert. Eine Datenbank je Server; beenden mit Strg+C.",
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=DEFAULT_PORT,
        metavar="N",
        help=f"Port auf 127.0.0.1 (Vorgabe {DEFAULT_PORT}; 0: ein freier)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Check the store, then serve it until Ctrl+C."""
    from advisor_tui.domain.text_safety import printable
    from advisor_tui.paths import export_folder
    from advisor_tui.web.guard import new_token
    from advisor_tui.web.server import AdvisorServer, ServeError

    store = open_store(args)  # a missing or unusable store: the usual line and exit 2, before anything listens
    path = store.path.absolute()
    store.close()
    shown = printable(str(path))  # a path is shown, never obeyed by the terminal

    def ready(url: str) -> None:
        print(
            f"advisor-tui läuft im Browser, Datenbank: {shown}\n"
            f"Im Browser öffnen:\n  {url}\n"
            "Die Adresse enthält einen geheimen Schlüssel: nur wer sie kennt, sieht Ihre\n"
            "Daten. Bitte nicht weitergeben; jeder Start erzeugt einen neuen.\n"
            f"Exporte speichert die App auf diesem Rechner (Vorschlag: {printable(str(export_folder()))}),\n"
            "nicht als Download im Browser. Beenden mit Strg+C.",
            flush=True,
        )

    try:
        asyncio.run(AdvisorServer(path, new_token()).run(args.port, ready))
    except ServeError as exc:
        raise CommandError(str(exc)) from exc
    # After the terminal's "^C" echo, which ends no line.
    print(f"{chr(10) if sys.stdout.isatty() else ''}advisor-tui: Server beendet.", flush=True)
    return 0
