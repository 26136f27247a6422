"""`advisor-tui stage PERSON [STUFE]`: what came of a contact (Gespräch, Termin, Mandat, kein Bedarf), with its day."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from advisor_tui.commands._common import CommandError, Subparsers, open_store, print_json
from advisor_tui.domain.text_safety import printable

if TYPE_CHECKING:
    from advisor_tui.domain.models import Contact
    from advisor_tui.domain.results.stages import StageChange



def register(subparsers: Subparsers, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the `stage` subcommand."""
    from advisor_tui.domain.results.stages import PRODUCT_LABELS, STAGE_LABELS

    stages, products = ", ".join(STAGE_LABELS.values()), ", ".join(PRODUCT_LABELS.values())
    parser = subparsers.add_parser(
        "stage", parents=parents, help="festhalten, was aus einem Kontakt wurde (Gespräch, Termin, Mandat …)",
        description="Ohne STUFE zeigt es den Verlauf des Kontakts; mit STUFE hält es den neuen Stand mit Datum fest. "
                    "Jede Änderung bleibt mit ihrem Tag erhalten.",
    )
    parser.add_argument("person", metavar="PERSON", help="Name, #Nummer, Profil-URL oder E-Mail-Adresse")
    parser.add_argument("stage", metavar="STUFE", nargs="?", help=f"neue Stufe: {stages}")
    parser.add_argument("--date", metavar="DATUM", default="", help="Tag der Stufe (TT.MM.JJJJ; sonst heute)")
    parser.add_argument("--volume", metavar="EURO", default="", help="Volumen eines Mandats, z. B. 250.000")
    parser.add_argument("--product", metavar="LINIE", default="", help=f"Produktlinie eines Mandats: {products}")
    parser.add_argument("--note", metavar="TEXT", default="", help="kurze Notiz")
    parser.add_argument("--json", action="store_true", help="Ergebnis als JSON ausgeben")
    parser.set_defaults(handler=run)


def _change(args: argparse.Namespace, contact_id: int) -> StageChange:
    """The change the arguments describe, checked (CommandError with the German reason)."""
    from datetime import date

    from advisor_tui.domain.days import parse_day
    from advisor_tui.domain.results.stages import StageChange, parse_euros, product_from_text, stage_from_text

    try:
        return StageChange(contact_id=contact_id, stage=stage_from_text(args.stage),
                           on=parse_day(args.date) or date.today(), volume_eur=parse_euros(args.volume),
                           product=product_from_text(args.product) if args.product.strip() else None,
                           note=" ".join(args.note.split())[:500])
    except ValueError as exc:
        raise CommandError(str(exc)) from exc


def _line(change: StageChange) -> str:
    from advisor_tui.domain.days import format_day
    from advisor_tui.domain.results.stages import PRODUCT_LABELS, STAGE_LABELS, format_volume

    parts = [f"{format_day(change.on)}  {STAGE_LABELS[change.stage]}"]
    if change.volume_eur is not None:
        parts.append(format_volume(change.volume_eur))
    if change.product is not None:
        parts.append(PRODUCT_LABELS[change.product])
    if change.note:
        parts.append(f"„{change.note}“")
    return " · ".join(parts)


def _as_json(contact: Contact, history: list[StageChange]) -> dict:
    from advisor_tui.domain.results.stages import current_stage

    return {"contact": {"id": contact.id, "name": contact.full_name}, "stage": str(current_stage(history)),
            "history": [{"id": c.id, "stage": str(c.stage), "on": c.on.isoformat(), "volume_eur": c.volume_eur,
                         "product": str(c.product) if c.product else None, "note": c.note} for c in history]}


def run(args: argparse.Namespace) -> int:
    """Show a contact's stages, or record a new one."""
    from datetime import date

    from advisor_tui.domain.results.stages import STAGE_LABELS, current_stage
    from advisor_tui.usecases.people import PersonNotFound, find_person
    from advisor_tui.usecases.results import ContactGone, record_stage, stage_history

    store = open_store(args)
    try:
        try:
            contact = find_person(store, args.person)
        except PersonNotFound as exc:
            raise CommandError(str(exc)) from exc
        assert contact.id is not None
        before = current_stage(stage_history(store, contact.id))
        if args.stage is not None:
            try:
                record_stage(store, _change(args, contact.id), today=date.today())
            except ValueError as exc:
                raise CommandError(str(exc)) from exc
            except ContactGone as exc:
                raise CommandError(f"{contact.full_name} wurde inzwischen gelöscht; nichts vermerkt.") from exc
        elif args.date or args.volume or args.product or args.note:
            raise CommandError("Datum, Volumen, Produktlinie und Notiz gehören zu einer neuen STUFE.")
        history = stage_history(store, contact.id)
    finally:
        store.close()
    if args.json:
        print_json(_as_json(contact, history))
        return 0
    now = current_stage(history)
    name = printable(contact.full_name)
    if args.stage is not None:
        print(f"{name}: jetzt {STAGE_LABELS[now]} (vorher {STAGE_LABELS[before]}).")
    else:
        print(f"{name}: {STAGE_LABELS[now]}" + ("" if history else " (noch nichts vermerkt)"))
    for change in history:
        print(f"  {printable(_line(change))}")
    return 0
