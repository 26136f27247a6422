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
        if name == "linkedin":
            kind.add_argument(
                "--own-profile", metavar="URL", default="",
                help="eigenes LinkedIn-Profil (https://www.linkedin.com/in/…), wenn der Export es nicht verrät; "
                     "wird in den Einstellungen gemerkt",
            )
        if name != "plan":
            kind.add_argument("--include-forgotten", action="store_true",
                              help="auch Personen einlesen, die mit „forget“ vergessen wurden (holt sie zurück)")
        kind.set_defaults(handler=run)


def _own_profile(args: argparse.Namespace) -> tuple[str, str]:
    """(profile URL, name) of the advisor: `--own-profile`, else the settings."""
    from advisor_tui.commands._common import load_settings
    from advisor_tui.domain.identity import normalize_profile_url

    settings = load_settings(args)
    given = args.own_profile.strip()
    if given and "/in/" not in normalize_profile_url(given):
        raise CommandError(
            f"„{given[:80]}“ ist keine LinkedIn-Profiladresse (erwartet: https://www.linkedin.com/in/…)."
        )
    return normalize_profile_url(given) or settings.own_profile_url, settings.advisor_name


def _parse(args: argparse.Namespace):
    from advisor_tui.io.errors import ImportFailed

    kind, path = args.kind, args.file
    try:
        if kind == "linkedin":
            from advisor_tui.io.linkedin import parse_linkedin

            own_url, own_name = _own_profile(args)
            return parse_linkedin(path, own_profile_url=own_url, own_name=own_name)
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


def _remember_own_profile(store, url: str) -> None:
    """Keep the advisor's profile once known, so a later messages.csv alone still gets its directions."""
    settings = store.settings.load()
    if url and settings.own_profile_url != url:
        settings.own_profile_url = url
        store.settings.save(settings)


def run(args: argparse.Namespace) -> int:
    """Parse first (nothing written on bad input), then write everything in one transaction."""
    parsed = _parse(args)
    store = open_store(args)
    try:
        if args.kind == "plan":
            from advisor_tui.store.plan_import import import_posts

            result = import_posts(store, parsed.posts, parsed.skipped)
        else:
            from advisor_tui.store.forgetting import forgotten_filter, lift_forgotten
            from advisor_tui.store.importer import BatchWriter

            batch = parsed if args.include_forgotten else forgotten_filter(store.engine, parsed)
            result = BatchWriter(store.engine).apply(batch).as_json()
            if args.include_forgotten:
                lift_forgotten(store.engine, parsed)
            if args.kind == "linkedin":
                _remember_own_profile(store, parsed.own_profile_url)
    finally:
        store.close()
    _print_result(result, args.json)
    return 0
