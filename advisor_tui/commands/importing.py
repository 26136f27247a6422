"""`advisor-tui import linkedin|vcard|plan|analytics FILE`: read a file into the store, all or nothing."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from advisor_tui.commands._common import CommandError, Subparsers, open_store, print_json
from advisor_tui.domain.text_safety import printable

if TYPE_CHECKING:
    from advisor_tui.domain.contacts.batch import ImportBatch
    from advisor_tui.io.analytics import AnalyticsFile
    from advisor_tui.io.plan_import import PlanImport


def register(subparsers: Subparsers, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the `import` subcommand with its four kinds of file."""
    parser = subparsers.add_parser(
        "import", parents=parents, help="Kontakte, Nachrichten, den Plan oder LinkedIn-Analytics einlesen"
    )
    kinds = parser.add_subparsers(dest="kind", metavar="ART", required=True, parser_class=type(parser))
    for name, help_text in (
        ("linkedin", "LinkedIn-Datenexport: die .zip oder Connections.csv, Invitations.csv, messages.csv"),
        ("vcard", "eine oder mehrere vCards in einer Datei (z. B. von XING)"),
        ("plan", "geplante Beiträge aus einer CSV-Datei (Format wie „export plan --format csv“)"),
        ("analytics", "LinkedIn-Analytics (.xlsx): der Gesamtexport oder der Export eines Beitrags"),
    ):
        kind = kinds.add_parser(name, parents=parents, help=help_text, description=help_text)
        kind.add_argument("file", metavar="DATEI", type=Path, help="die Datei, die eingelesen wird")
        kind.add_argument("--json", action="store_true", help="Ergebnis als JSON ausgeben")
        if name == "linkedin":
            kind.add_argument(
                "--own-profile", metavar="URL", default="",
                help="eigenes LinkedIn-Profil (https://www.linkedin.com/in/…), wenn der Export es nicht verrät; "
                     "wird in den Einstellungen gemerkt",
            )
        if name in ("linkedin", "vcard"):
            kind.add_argument("--include-forgotten", action="store_true",
                              help="auch Personen einlesen, die mit „forget“ vergessen wurden (holt sie zurück)")
        kind.set_defaults(handler=run)


def _own_profile(args: argparse.Namespace) -> str:
    """The advisor's profile as given with `--own-profile` (checked), or ''."""
    from advisor_tui.domain.contacts.identity import normalize_profile_url

    given = getattr(args, "own_profile", "").strip()
    if given and "/in/" not in normalize_profile_url(given):
        raise CommandError(
            f"„{given[:80]}“ ist keine LinkedIn-Profiladresse (erwartet: https://www.linkedin.com/in/…)."
        )
    return normalize_profile_url(given)


def _parse(args: argparse.Namespace) -> PlanImport | ImportBatch | AnalyticsFile:
    """The file parsed before the store is written (a bad file changes nothing)."""
    from advisor_tui.commands._common import load_settings
    from advisor_tui.io.errors import ImportFailed

    try:
        if args.kind == "plan":
            from advisor_tui.io.plan_import import parse_plan_csv

            return parse_plan_csv(args.file)
        if args.kind == "analytics":
            from advisor_tui.usecases.analytics_import import read_analytics_file

            return read_analytics_file(args.file)
        from advisor_tui.usecases.importing import read_contacts_file

        return read_contacts_file(args.file, args.kind, load_settings(args), _own_profile(args))
    except ImportFailed as exc:
        raise CommandError(str(exc)) from exc


def _print_result(result: dict, as_json: bool) -> None:
    if as_json:
        print_json(result)
        return
    from advisor_tui.store.importer import summary_lines

    head, *skipped = summary_lines(result)
    print(printable(head))
    for line in skipped:  # reasons quote the file's cells
        print(f"  {printable(line)}")


def run(args: argparse.Namespace) -> int:
    """Parse first (nothing written on bad input), then write everything in one transaction."""
    from advisor_tui.io.analytics import AnalyticsFile
    from advisor_tui.io.plan_import import PlanImport

    parsed = _parse(args)
    store = open_store(args, create=True)
    try:
        if isinstance(parsed, AnalyticsFile):
            from advisor_tui.usecases.analytics_import import import_analytics

            result = import_analytics(store, parsed).as_json()
        elif isinstance(parsed, PlanImport):
            from advisor_tui.usecases.plan_transfer import import_plan

            result = import_plan(store, parsed).as_json()
        else:
            from advisor_tui.usecases.importing import write_contacts

            result = write_contacts(store, parsed, include_forgotten=args.include_forgotten).as_json()
    finally:
        store.close()
    _print_result(result, args.json)
    return 0
