"""`advisor-tui import linkedin|vcard|plan FILE`: read a file into the store, all or nothing."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from advisor_tui.commands._common import CommandError, open_store
from advisor_tui.domain.text_safety import printable


def register(subparsers, parents) -> None:
    """Add the `import` subcommand with its three kinds of file."""
    parser = subparsers.add_parser("import", parents=parents, help="Kontakte, Nachrichten oder den Plan einlesen")
    kinds = parser.add_subparsers(dest="kind", metavar="ART", required=True, parser_class=type(parser))
    for name, help_text in (
        ("linkedin", "LinkedIn-Datenexport: die .zip oder Connections.csv, Invitations.csv, messages.csv"),
        ("vcard", "eine oder mehrere vCards in einer Datei (z. B. von XING)"),
        ("plan", "geplante Beiträge aus einer CSV-Datei (Format wie „export plan --format csv“)"),
    ):
        kind = kinds.add_parser(name, parents=parents, help=help_text, description=help_text)
        kind.add_argument("file", metavar="DATEI", type=Path)
        kind.add_argument("--json", action="store_true", help="Ergebnis als JSON ausgeben")
        kind.set_defaults(handler=run)


def _parse(kind: str, path: Path):
    from advisor_tui.io.errors import ImportFailed

    try:
        if kind == "linkedin":
            from advisor_tui.io.linkedin import parse_linkedin

            return parse_linkedin(path)
        if kind == "vcard":
            from advisor_tui.io.vcard import parse_vcards

            return parse_vcards(path)
        from advisor_tui.io.plan_import import parse_plan_csv

        return parse_plan_csv(path)
    except ImportFailed as exc:
        raise CommandError(str(exc)) from exc


def _print_result(result: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, ensure_ascii=False))
        return
    from advisor_tui.store.importer import summary_lines

    head, *skipped = summary_lines(result)
    print(printable(head))
    for line in skipped:  # reasons quote the file's cells
        print(f"  {printable(line)}")


def run(args: argparse.Namespace) -> int:
    """Parse first (nothing written on bad input), then write everything in one transaction."""
    parsed = _parse(args.kind, args.file)
    store = open_store(args)
    try:
        if args.kind == "plan":
            from advisor_tui.store.plan_import import import_posts

            result = import_posts(store, parsed.posts, parsed.skipped)
        else:
            from advisor_tui.store.importer import BatchWriter

            result = BatchWriter(store.engine).apply(parsed).as_json()
    finally:
        store.close()
    _print_result(result, args.json)
    return 0
