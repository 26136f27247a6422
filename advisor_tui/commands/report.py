"""`advisor-tui report --quarter 2026Q4 [--format html|md] [-o FILE] [--with-names]`: a page for the manager."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from advisor_tui.commands._common import CommandError, Subparsers, open_store
from advisor_tui.domain.text_safety import printable

_SUFFIXES = {"html": ".html", "md": ".md"}


def register(subparsers: Subparsers, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the `report` subcommand."""
    parser = subparsers.add_parser(
        "report", parents=parents, help="einseitiger Quartalsbericht für die Führungskraft (HTML oder Markdown)",
        description="Rhythmus der Beiträge, Relevanz des Netzwerks, was daraus wurde (Gespräche, Termine, Mandate) "
                    "und der Aufwand, mit drei Sätzen Zusammenfassung. Ohne Namen von Kunden, außer mit "
                    "--with-names. Die Datei ist nur für Sie lesbar (0600).",
    )
    parser.add_argument("--quarter", metavar="JJJJQN", default="", help="Quartal, z. B. 2026Q4 (sonst das laufende)")
    parser.add_argument("--format", choices=tuple(_SUFFIXES), default=None,
                        help="html (Standard) oder md; sonst nach der Endung von -o")
    parser.add_argument("-o", "--output", metavar="DATEI", type=Path,
                        help="Zieldatei (sonst bericht-JJJJQN-<Datum> im Dokumente-Ordner)")
    parser.add_argument("--with-names", action="store_true",
                        help="die Personen hinter den Zahlen nennen (nur für den internen Gebrauch)")
    parser.set_defaults(handler=run)


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.output.suffix.casefold() if args.output else ""
    return "md" if suffix in {".md", ".markdown"} else "html"


def run(args: argparse.Namespace) -> int:
    """Build the report from the store and write it (with its charts for Markdown), all files 0600."""
    from datetime import date

    from advisor_tui.domain.quarters import Quarter
    from advisor_tui.io.files import WriteFailed, write_private
    from advisor_tui.paths import default_export_path
    from advisor_tui.usecases.report import build_report

    today = date.today()
    try:
        quarter = Quarter.parse(args.quarter) if args.quarter.strip() else Quarter.of(today)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    if quarter.start > today:
        raise CommandError(f"{quarter.label} hat noch nicht begonnen; ein Bericht braucht Zahlen.")
    kind = _format(args)
    target: Path = args.output or default_export_path(f"bericht-{quarter.key}", today, _SUFFIXES[kind])
    store = open_store(args)
    try:
        report = build_report(store, quarter, today, with_names=args.with_names)
    finally:
        store.close()
    files: dict[Path, str]
    if kind == "html":
        from advisor_tui.io.report_html import report_html

        files = {target: report_html(report)}
    else:
        from advisor_tui.io.report_md import report_markdown

        text, charts = report_markdown(report, target.stem)
        files = {target: text, **{target.with_name(name): svg for name, svg in charts.items()}}
    try:
        for path, content in files.items():
            write_private(content.encode("utf-8"), path)
    except WriteFailed as exc:
        raise CommandError(str(exc)) from exc
    extra = f" (mit {len(files) - 1} Diagrammen daneben)" if len(files) > 1 else ""
    print(f"Bericht {quarter.label} gespeichert: {printable(str(target))}{extra}", file=sys.stderr)
    return 0
