"""`advisor-tui audit`: the advisor's own comments, posts and reactions that deserve a second look."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from advisor_tui.commands._common import CommandError, Subparsers, open_store, print_json

if TYPE_CHECKING:  # the checker loads when `audit` runs, not with every command line
    from advisor_tui.usecases.audit import AuditReport

EXCERPT = 90


def register(subparsers: Subparsers, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the `audit` subcommand."""
    parser = subparsers.add_parser(
        "audit",
        parents=list(parents),
        help="eigene Kommentare, Beiträge und Reaktionen auf heikle Themen prüfen",
        description="Listet eigene Kommentare und Beiträge mit heiklen Themen (Politik, Kritik an Führung, "
        "Vertriebsdruck) oder Du-Form und auffällige Reaktionen, mit Datum und Link zum Nachsehen. "
        "Als gesehen markierte Einträge (im Bildschirm „Eigene Aktivität prüfen“) fehlen. "
        "Exit 0: nichts offen, 1: offene Einträge, 2: Eingabe unbrauchbar.",
    )
    parser.add_argument("--since", default=None, metavar="DATUM", help="nur ab diesem Tag, z. B. 01.11.2026")
    parser.add_argument("--json", action="store_true", help="als JSON ausgeben")
    parser.set_defaults(handler=run)


def _since(text: str | None) -> date | None:
    from advisor_tui.domain.days import parse_day

    if text is None:
        return None
    try:
        day = parse_day(text)
    except ValueError as error:
        raise CommandError(str(error)) from error
    if day is None:
        raise CommandError("--since braucht ein Datum, z. B. 01.11.2026.")
    return day


def as_json(report: AuditReport) -> dict[str, object]:
    """The report for scripts: the items in full with their findings, the counts, reactions per month."""
    return {
        "since": report.since.isoformat() if report.since else None,
        "read": {"comments": report.comments, "posts": report.posts, "reactions": report.reactions},
        "open": report.open_count,
        "seen": report.seen_count,
        "items": [
            {
                "kind": str(item.kind),
                "date": item.on.isoformat(),
                "at": item.at.isoformat() if item.at else None,
                "text": item.text,
                "link": item.link,
                "findings": [f.as_dict() for f in item.findings],
                "key": item.key,
            }
            for item in report.items
        ],
        "reactions_per_month": [{"month": m.month, "counts": m.counts} for m in report.reaction_months],
    }


def as_text(report: AuditReport) -> str:
    """The report in German: what was read, then each item with its finding and link."""
    from advisor_tui.domain.courtesy.audit import KIND_LABELS, excerpt, item_when, reaction_label
    from advisor_tui.domain.numbers import counted

    since = f" seit {report.since:%d.%m.%Y}" if report.since else ""
    if report.nothing_imported:
        return (
            f"Keine eigene Aktivität{since} gespeichert. Den LinkedIn-Datenexport (mit Comments.csv, "
            "Reactions.csv und Shares.csv) einlesen: advisor-tui import linkedin DATEI.zip"
        )
    read = (
        counted(report.comments, "Kommentar", "Kommentare"),
        counted(report.posts, "veröffentlichter Beitrag", "veröffentlichte Beiträge"),
        counted(report.reactions, "Reaktion", "Reaktionen"),
    )
    lines = [f"Eigene Aktivität{since}: {', '.join(read)} gelesen."]
    seen = f" ({report.seen_count} als gesehen ausgeblendet)" if report.seen_count else ""
    lines.append(
        f"{counted(report.open_count, 'Eintrag', 'Einträge')} zum Ansehen{seen}."
        if report.open_count
        else f"Nichts Heikles gefunden{seen}."
    )
    for item in report.items:
        label = KIND_LABELS[item.kind]
        lines += [
            "",
            f"{item_when(item)}  {label}" + (f"  „{excerpt(item.text, EXCERPT)}“" if item.text else ""),
            f"    {item.summary}",
            f"    {item.link or '(kein Link gespeichert)'}",
        ]
    if report.reaction_months:
        lines += ["", "Reaktionen je Monat (der Export enthält nur Art, Datum und Link, keinen Text):"]
        for month in report.reaction_months:
            kinds = ", ".join(f"{reaction_label(kind)} {count}" for kind, count in month.counts.items())
            lines.append(f"  {month.month}: {month.total} ({kinds})")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    """Print the audit; 0 when nothing is open, 1 when items wait for a look."""
    from advisor_tui.domain.text_safety import printable
    from advisor_tui.usecases.audit import read_audit

    since = _since(getattr(args, "since", None))
    store = open_store(args)
    try:
        report = read_audit(store, since)
    finally:
        store.close()
    if getattr(args, "json", False):
        print_json(as_json(report), indent=2)
    else:
        # Comments and links come from an import: an escape sequence in one must not reach the terminal.
        print(printable(as_text(report), multiline=True))
    return 1 if report.open_count else 0
