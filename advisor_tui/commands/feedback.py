"""`advisor-tui feedback add|list|answered|factor`: the qualitative feedback log."""

from __future__ import annotations

import argparse
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from advisor_tui.commands._common import CommandError, Subparsers, open_store, print_json

if TYPE_CHECKING:
    from advisor_tui.domain.feedback.models import FeedbackEntry
    from advisor_tui.domain.feedback.quarters import Balance
    from advisor_tui.domain.feedback.triage import TriageDecision
    from advisor_tui.store.store import Store
    from advisor_tui.usecases.feedback import FeedbackView

NO_STORE = "Noch keine Datenbank vorhanden; es ist noch keine Rückmeldung erfasst."


def register(subparsers: Subparsers, parents: Sequence[argparse.ArgumentParser]) -> None:
    """Add the `feedback` subcommand with add, list, answered and factor."""
    parser = subparsers.add_parser(
        "feedback",
        parents=parents,
        help="Rückmeldungen erfassen und je Quartal auswerten",
        description="Das Feedback-Protokoll: Kritik, Lob, Fragen und Beschwerden mit Quelle und Faktoren. "
        "Exit 0: erledigt, 2: Eingabe unbrauchbar.",
    )
    actions = parser.add_subparsers(dest="action", metavar="AKTION", required=True, parser_class=type(parser))

    add = actions.add_parser("add", parents=parents, help="eine Rückmeldung erfassen")
    add.add_argument(
        "--kind",
        required=True,
        metavar="ART",
        help="kritik (konstruktive Kritik), lob (positives Feedback), frage oder beschwerde",
    )
    add.add_argument(
        "--factor",
        action="append",
        default=[],
        metavar="FAKTOR",
        help="Faktor, z. B. kosten, transparenz, konditionen, service, interaktion (mehrfach)",
    )
    source = add.add_mutually_exclusive_group(required=True)
    source.add_argument("--post", type=int, metavar="NR", help="Nummer des Beitrags im Redaktionsplan")
    source.add_argument("--contact", metavar="NAME|NR", help="der Kontakt, von dem sie kam (Name oder Nummer)")
    source.add_argument("--text", metavar="QUELLE", help="woher sonst, z. B. „Telefonat Filiale“")
    add.add_argument("--needs-answer", action="store_true", help="braucht eine Antwort (erscheint als offen)")
    add.add_argument("--date", metavar="DATUM", help="Tag des Eingangs, TT.MM.JJJJ oder JJJJ-MM-TT (Standard: heute)")
    add.add_argument("note", metavar="NOTIZ", help="kurze Notiz: worum ging es?")
    add.set_defaults(handler=run_add)

    show = actions.add_parser("list", parents=parents, help="ein Quartal zeigen: Bilanz, Faktoren, Trend, offen")
    show.add_argument("--quarter", metavar="JJJJQN", help="Quartal, z. B. 2026Q4 (Standard: das laufende)")
    show.add_argument("--open", action="store_true", help="nur was noch eine Antwort braucht (jedes Quartal)")
    show.add_argument("--json", action="store_true", help="als JSON ausgeben")
    show.set_defaults(handler=run_list)

    answered = actions.add_parser("answered", parents=parents, help="eine Rückmeldung als beantwortet markieren")
    answered.add_argument("entry", type=int, metavar="NR", help="Nummer der Rückmeldung (aus „feedback list“)")
    answered.add_argument("--undo", action="store_true", help="wieder als offen markieren")
    answered.set_defaults(handler=run_answered)

    factor = actions.add_parser("factor", parents=parents, help="einen eigenen Faktor hinzufügen")
    factor.add_argument("label", metavar="NAME", help="z. B. „Erreichbarkeit“")
    factor.set_defaults(handler=run_factor)


@contextmanager
def _store(args: argparse.Namespace, *, create: bool = False) -> Iterator[Store]:
    """The store for one command, closed afterwards; a use case's German ValueError becomes the usage error."""
    store = open_store(args, create=create, missing=NO_STORE)
    try:
        yield store
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        store.close()


def _day(text: str | None) -> date:
    from advisor_tui.domain.days import parse_day

    try:
        return (parse_day(text) if text is not None else None) or date.today()
    except ValueError as exc:
        raise CommandError(str(exc)) from exc


def run_add(args: argparse.Namespace) -> int:
    """Record one piece of feedback."""
    from advisor_tui.domain.feedback.models import FeedbackEntry, SourceKind, parse_kind
    from advisor_tui.usecases.feedback import record_feedback
    from advisor_tui.usecases.people import PersonNotFound, find_person

    try:
        kind = parse_kind(args.kind)
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    received = _day(args.date)
    entry = FeedbackEntry(kind, received, args.note, tuple(args.factor), needs_answer=args.needs_answer)
    with _store(args, create=args.text is not None) as store:  # a post or contact needs a store that has them
        if args.post is not None:
            entry = replace(entry, source_kind=SourceKind.POST, post_id=args.post)
        elif args.contact is not None:
            try:
                contact = find_person(store, args.contact)
            except PersonNotFound as exc:
                raise CommandError(str(exc)) from exc
            entry = replace(entry, source_kind=SourceKind.CONTACT, contact_id=contact.id)
        else:
            entry = replace(entry, source_kind=SourceKind.TEXT, source_text=args.text)
        stored = record_feedback(store, entry)
    print(f"Rückmeldung Nr. {stored.id} erfasst: {_line(stored)}")
    return 0


def _line(entry: FeedbackEntry) -> str:
    from advisor_tui.domain.feedback.models import KIND_LABELS
    from advisor_tui.domain.text_safety import printable

    state = " · offen" if entry.is_open else (" · beantwortet" if entry.needs_answer else "")
    factors = f" [{', '.join(entry.factors)}]" if entry.factors else ""
    note = " ".join(entry.note.split())
    return printable(
        f"{entry.received_on:%d.%m.%Y} · {KIND_LABELS[entry.kind]}{factors} · {entry.source_display}{state} · {note}"
    )


def _entry_json(entry: FeedbackEntry) -> dict[str, object]:
    return {
        "id": entry.id,
        "kind": str(entry.kind),
        "date": entry.received_on.isoformat(),
        "note": entry.note,
        "factors": list(entry.factors),
        "source": str(entry.source_kind),
        "source_label": entry.source_display,
        "post_id": entry.post_id,
        "contact_id": entry.contact_id,
        "needs_answer": entry.needs_answer,
        "answered_on": entry.answered_on.isoformat() if entry.answered_on else None,
    }


def _balance_json(b: Balance) -> dict[str, object]:
    return {
        "praise": b.praise,
        "criticism": b.criticism,
        "complaints": b.complaints,
        "questions": b.questions,
        "praise_share": b.praise_share,
    }


def _decision_json(decision: TriageDecision) -> dict[str, object]:
    headwind = decision.headwind
    return {
        "decided_at": decision.decided_at.isoformat(timespec="minutes"),
        "post_id": decision.post_id,
        "post_title": decision.post_title,
        "channels": dict(headwind.channels),
        "reach": headwind.reach,
        "trolls": headwind.trolls,
        "known": headwind.known,
        "clients": headwind.clients,
        "advised": str(decision.advised),
        "chosen": str(decision.chosen),
        "statement": decision.statement,
    }


def _figures_json(view: FeedbackView, open_only: bool) -> dict[str, object]:
    balance, figures = _balance_json, view.figures
    data: dict[str, object] = {"quarter": figures.quarter.key, "open": [_entry_json(e) for e in figures.open_items]}
    if not open_only:
        data.update(
            balance=balance(figures.balance),
            trend_word=figures.trend_text,
            factors=[
                {"key": line.factor.key, "label": line.factor.label, **balance(line.balance), "trend": line.trend}
                for line in figures.factors
            ],
            trend=[{"quarter": q.key, **balance(b)} for q, b in figures.trend],
            entries=[_entry_json(e) for e in figures.entries],
            decisions=[_decision_json(d) for d in view.decisions],
        )
    return data


def run_list(args: argparse.Namespace) -> int:
    """Show a quarter: the balance overall and per factor, the trend, the open items, the entries."""
    from advisor_tui.domain.feedback.triage import decision_text
    from advisor_tui.domain.quarters import Quarter
    from advisor_tui.domain.text_safety import printable
    from advisor_tui.usecases.feedback import read_quarter

    try:
        quarter = Quarter.parse(args.quarter) if args.quarter else Quarter.of(date.today())
    except ValueError as exc:
        raise CommandError(str(exc)) from exc
    with _store(args) as store:
        view = read_quarter(store, quarter)
    figures = view.figures
    if args.json:
        print_json(_figures_json(view, args.open))
        return 0
    if not args.open:
        print(f"Rückmeldungen {quarter.label}: {figures.balance.text} · Trend: {figures.trend_text}")
        for line in figures.factors:
            print(f"  {line.factor.label}: {line.balance.text} · Trend: {line.trend}")
        print("Verlauf: " + " | ".join(f"{q.label}: {b.praise} Lob, {b.criticism} Kritik" for q, b in figures.trend))
    print(f"Offen, braucht Antwort ({len(figures.open_items)}):" if figures.open_items else "Nichts offen.")
    for entry in figures.open_items:
        print(f"  Nr. {entry.id} · {_line(entry)}")
    if not args.open:
        print(f"Einträge ({len(figures.entries)}):" if figures.entries else "Keine Einträge in diesem Quartal.")
        for entry in figures.entries:
            print(f"  Nr. {entry.id} · {_line(entry)}")
        now = datetime.now()
        for decision in view.decisions:
            print(printable(f"Triage: {decision_text(decision, now)}"))
    return 0


def run_answered(args: argparse.Namespace) -> int:
    """Mark an entry answered today, or open again."""
    from advisor_tui.usecases.feedback import mark_answered

    with _store(args) as store:
        try:
            entry = mark_answered(store, args.entry, None if args.undo else date.today())
        except LookupError:
            raise CommandError(f"Keine Rückmeldung Nr. {args.entry}.") from None
    print(f"Nr. {entry.id} {'wieder offen' if args.undo else 'als beantwortet markiert'}: {_line(entry)}")
    return 0


def run_factor(args: argparse.Namespace) -> int:
    """Add a key factor of the advisor's own."""
    from advisor_tui.usecases.feedback import add_factor

    with _store(args, create=True) as store:
        factor = add_factor(store, args.label)
    print(f"Faktor „{factor.label}“ hinzugefügt (Schlüssel: {factor.key}).")
    return 0
