"""Record what came of a contact, and tell a quarter's results: shared by the command line and the screens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.vocabulary import TARGET_ROLE_KEYS
from advisor_tui.domain.quarters import Quarter
from advisor_tui.domain.results.funnel import QuarterResults, quarter_results
from advisor_tui.domain.results.stages import OPEN_STAGES, Stage, StageChange, by_contact, check_change, current_stage
from advisor_tui.store.store import Store


class ContactGone(LookupError):
    """The contact was deleted (in another window) before its stage could be set."""


def record_stage(store: Store, change: StageChange, *, today: date) -> StageChange:
    """Keep one stage change after checking it (ValueError in German); ContactGone when the contact is gone."""
    check_change(change, today)
    with store.transaction() as unit:
        if unit.contacts.get(change.contact_id) is None:
            raise ContactGone
        change_id = unit.results.add(change)
        return next(c for c in unit.results.history(change.contact_id) if c.id == change_id)


def stage_history(store: Store, contact_id: int) -> list[StageChange]:
    """One contact's changes, oldest first."""
    return store.results.history(contact_id)


def take_back(store: Store, change: StageChange) -> bool:
    """Remove a change recorded by mistake; False when it was gone already."""
    return change.id is not None and store.results.remove(change.id)


def results_of(store: Store, quarter: Quarter, changes: list[StageChange] | None = None) -> QuarterResults:
    """A quarter's funnel, conversions, origins and effort; reads the target contacts and those with a stage
    (and every stage change, unless the caller has them already)."""
    changes = store.results.changes() if changes is None else changes
    people: dict[int | None, Contact] = {c.id: c for c in store.contacts.with_roles(TARGET_ROLE_KEYS)}
    people.update((c.id, c) for c in store.contacts.of({c.contact_id for c in changes} - people.keys()))
    effort = store.results.effort_days()
    return quarter_results(quarter, list(people.values()), changes, first_contact=store.results.first_exchanges(),
                           published=effort.published, sent=effort.sent, checkins=effort.checkins)


@dataclass(frozen=True, slots=True)
class OpenThread:
    """A relationship under way: in Gespräch or Termin, since which day, begun where."""

    contact: Contact
    stage: Stage
    since: date


@dataclass(frozen=True, slots=True)
class ResultsView:
    """What the Ergebnisse view shows for a quarter."""

    results: QuarterResults
    open_threads: tuple[OpenThread, ...]


def results_view(store: Store, quarter: Quarter, today: date) -> ResultsView:
    """The quarter's results and the threads open today (longest waiting first)."""
    changes = store.results.changes()
    results = results_of(store, quarter, changes)
    open_ids = {cid: h for cid, h in by_contact(changes).items() if current_stage(h, until=today) in OPEN_STAGES}
    threads = [OpenThread(contact, current_stage(open_ids[contact.id], until=today),
                          max(c.on for c in open_ids[contact.id] if c.on <= today))
               for contact in store.contacts.of(open_ids) if contact.id is not None]
    return ResultsView(results, tuple(sorted(threads, key=lambda t: (t.since, t.contact.full_name))))
