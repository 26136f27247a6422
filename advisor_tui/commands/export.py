"""`advisor-tui export contacts|plan`: a segment as CSV or vCard, the content plan as iCalendar or CSV."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from advisor_tui.commands._common import CommandError, Subparsers, open_store
from advisor_tui.domain.models import Segment
from advisor_tui.domain.network.names import UnknownTerm, find_role, find_sector
from advisor_tui.domain.numbers import german_number

if TYPE_CHECKING:
    from advisor_tui.store.store import Store


def register(subparsers: Subparsers, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the `export` subcommand with `contacts` and `plan`."""
    parser = subparsers.add_parser("export", parents=parents, help="Kontakte oder den Redaktionsplan ausgeben")
    kinds = parser.add_subparsers(dest="kind", metavar="ART", required=True, parser_class=type(parser))

    contacts = kinds.add_parser("contacts", parents=parents, help="Kontakte eines Segments als CSV oder vCard")
    contacts.add_argument("--role", action="append", default=[], metavar="ROLLE",
                          help="Rolle, Schlüssel oder Name, z. B. „Kaufmännische Leitung“ (mehrfach: oder)")
    contacts.add_argument("--sector", action="append", default=[], metavar="BRANCHE",
                          help="Branche, WZ-Code oder Name, z. B. H oder „Verkehr“ (mehrfach: oder)")
    contacts.add_argument("--label", action="append", default=[], metavar="NAME", help="Label (mehrfach: oder)")
    contacts.add_argument("--segment", metavar="NAME", help="gespeichertes Segment")
    contacts.add_argument("--format", choices=("csv", "vcard"), default="csv", help="Format (Standard: csv)")
    contacts.add_argument("--excel", action="store_true",
                          help="CSV für deutsches Excel: deutsche Spalten, Namen statt Codes, ;, BOM, CRLF")
    contacts.add_argument("-o", "--output", metavar="DATEI", type=Path, help="Datei statt Standardausgabe")
    contacts.set_defaults(handler=run_contacts)

    plan = kinds.add_parser("plan", parents=parents, help="den Redaktionsplan als iCalendar oder CSV")
    plan.add_argument("--format", choices=("ics", "csv"), default="ics", help="Format (Standard: ics)")
    plan.add_argument("-o", "--output", metavar="DATEI", type=Path, help="Datei statt Standardausgabe")
    plan.set_defaults(handler=run_plan)


def write_output(data: bytes, target: Path | None) -> None:
    """Write to stdout, or atomically to a private file (the data is personal data)."""
    if target is None:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    from advisor_tui.io.files import WriteFailed, write_private

    try:
        write_private(data, target)
    except WriteFailed as exc:
        raise CommandError(str(exc)) from exc


def _segment(args: argparse.Namespace, store: Store) -> tuple[Segment | None, Segment]:
    roles, sectors = store.settings.roles(), store.settings.sectors()
    try:
        role_keys = tuple(find_role(value, roles).key for value in args.role)
        sector_codes = tuple(find_sector(value, sectors).code for value in args.sector)
    except UnknownTerm as exc:
        raise CommandError(str(exc)) from exc
    saved = None
    if args.segment:
        saved = store.settings.segment(args.segment)
        if saved is None:
            names = ", ".join(s.name for s in store.settings.segments()) or "keine gespeichert"
            raise CommandError(f"Kein Segment „{args.segment}“ (vorhanden: {names}).")
    options = Segment(roles=role_keys, sectors=sector_codes, labels=tuple(args.label))
    return saved, options


def run_contacts(args: argparse.Namespace) -> int:
    """Export the selected contacts as the Kontakte table selects them; blocked contacts never leave the store."""
    from advisor_tui.io.files import WriteFailed
    from advisor_tui.usecases.exporting import export_contacts, segment_contacts

    if args.excel and args.format != "csv":
        raise CommandError("--excel gilt nur für --format csv.")
    key = "excel" if args.excel else args.format
    store = open_store(args)
    try:
        saved, options = _segment(args, store)
        contacts = segment_contacts(store, *(s for s in (saved, options) if s is not None))
        try:
            result = export_contacts(store, contacts, key, args.output)
        except WriteFailed as exc:
            raise CommandError(str(exc)) from exc
    finally:
        store.close()
    if args.output is None:
        write_output(result.data, None)
    else:
        print(f"{german_number(result.count)} Kontakte nach {args.output} geschrieben.", file=sys.stderr)
    return 0


def run_plan(args: argparse.Namespace) -> int:
    """Export every post of the plan."""
    from advisor_tui.usecases.plan_transfer import export_plan

    store = open_store(args)
    try:
        data = export_plan(store, args.format, now=datetime.now())
    finally:
        store.close()
    write_output(data, args.output)
    return 0
