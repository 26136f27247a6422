"""`advisor-tui demo`: the app on realistic demo data, never on the advisor's own store."""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Sequence
from pathlib import Path

from advisor_tui.commands._common import CommandError, Subparsers, open_store


def register(subparsers: Subparsers, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the `demo` subcommand."""
    parser = subparsers.add_parser(
        "demo", parents=parents, help="die App mit Demodaten starten",
        description="Startet die App auf einer frischen, temporären Datenbank mit realistischen Demodaten.",
    )
    parser.add_argument("--seed-only", action="store_true",
                        help="nur die Datenbank (--db oder die eigene) mit Demodaten füllen und beenden")
    parser.set_defaults(handler=run)


def _seed(args: argparse.Namespace) -> tuple:
    from advisor_tui.demo import seed_demo

    store = open_store(args, create=True)
    if store.contacts.count():
        store.close()
        raise CommandError(f"Die Datenbank {store.path} enthält bereits Kontakte; Demodaten kommen nur in eine leere.")
    return store, seed_demo(store)


def run(args: argparse.Namespace) -> int:
    """Seed and exit, or start the app on a throw-away demo store."""
    if args.seed_only:
        store, count = _seed(args)
        print(f"{count} Demokontakte in {store.path} angelegt.")
        store.close()
        return 0
    from advisor_tui.ui.app import make_app

    with tempfile.TemporaryDirectory(prefix="advisor-tui-demo-") as folder:
        if getattr(args, "db", None) is None:
            args.db = str(Path(folder) / "demo.db")
        store, _count = _seed(args)
        try:
            make_app(store, demo=True).run()
        finally:
            store.close()
    return 0
