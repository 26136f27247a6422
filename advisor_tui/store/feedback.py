"""The feedback log, the advisor's own key factors, and the triage's decision log."""

from __future__ import annotations

import builtins
import json
from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import Connection, Row, Select, delete, func, insert, select, update

from advisor_tui.domain.feedback.models import FACTORS, Factor, FeedbackEntry, FeedbackKind, SourceKind, factor_key
from advisor_tui.domain.feedback.triage import Advice, Headwind, TriageDecision
from advisor_tui.domain.models import Contact
from advisor_tui.store.tables import (
    CONTACT,
    FEEDBACK,
    FEEDBACK_FACTOR,
    POST,
    TRIAGE_CRITIC,
    TRIAGE_DECISION,
    inserted_id,
)
from advisor_tui.store.timeconv import to_domain, to_store, utc_now
from advisor_tui.store.unit import Bind, reading, writing

# What an entry keeps in its own columns (the rest is read back from the joined post or contact).
_COLUMNS = tuple(f.name for f in fields(FeedbackEntry) if f.name not in {"id", "source_label", "factors"})


def _values(entry: FeedbackEntry) -> dict[str, Any]:
    values = {name: getattr(entry, name) for name in _COLUMNS}
    values.update(kind=str(entry.kind), source_kind=str(entry.source_kind), factors=json.dumps(list(entry.factors)))
    return values


def _entry(row: Row[Any]) -> FeedbackEntry:
    mapping = row._mapping
    values = {name: mapping[name] for name in _COLUMNS}
    values.update(kind=FeedbackKind(row.kind), source_kind=SourceKind(row.source_kind))
    person = " ".join(part for part in (row.first_name, row.last_name) if part)
    label = row.post_title or person if row.source_kind != SourceKind.TEXT else ""
    return FeedbackEntry(**values, factors=tuple(json.loads(row.factors)), id=row.id, source_label=label or "")


def _decision(row: Row[Any], critics: tuple[int, ...]) -> TriageDecision:
    headwind = Headwind(json.loads(row.channels), row.reach, row.known, row.clients, row.trolls)
    return TriageDecision(
        to_domain(row.decided_at),
        headwind,
        Advice(row.advised),
        Advice(row.chosen),
        row.statement,
        row.post_id,
        row.post_title,
        row.reach_source,
        critics,
        row.id,
    )


class FeedbackRepository:
    """Reads and writes feedback entries, own factors and triage decisions as plain domain objects."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind

    # -- the vocabulary of key factors ------------------------------------------------------------------------

    def factors(self) -> list[Factor]:
        """The shipped factors in their order, then the advisor's own by label."""
        with reading(self._bind) as conn:
            own = [
                Factor(r.key, r.label)
                for r in conn.execute(select(FEEDBACK_FACTOR).order_by(func.lower(FEEDBACK_FACTOR.c.label)))
            ]
        return [*FACTORS, *own]

    def add_factor(self, label: str) -> Factor:
        """Add a factor of the advisor's own; ValueError (German) when its name is taken."""
        factor = Factor(factor_key(label), " ".join(label.split()))
        if any(
            known.key == factor.key or known.label.casefold() == factor.label.casefold() for known in self.factors()
        ):
            raise ValueError(f"Den Faktor „{factor.label}“ gibt es schon.")
        with writing(self._bind) as conn:
            conn.execute(insert(FEEDBACK_FACTOR).values(key=factor.key, label=factor.label))
        return factor

    # -- entries ----------------------------------------------------------------------------------------------

    def _query(self) -> Select[Any]:
        """Entries with the labels of their post and contact."""
        return (
            select(
                FEEDBACK,
                func.coalesce(POST.c.title, FEEDBACK.c.source_text).label("post_title"),
                CONTACT.c.first_name,
                CONTACT.c.last_name,
            )
            .outerjoin(POST, POST.c.id == FEEDBACK.c.post_id)
            .outerjoin(CONTACT, CONTACT.c.id == FEEDBACK.c.contact_id)
        )

    def list(self, start: date | None = None, end: date | None = None) -> list[FeedbackEntry]:
        """Every entry received in [start, end] (either open), oldest first."""
        query = self._query()
        if start is not None:
            query = query.where(FEEDBACK.c.received_on >= start)
        if end is not None:
            query = query.where(FEEDBACK.c.received_on <= end)
        with reading(self._bind) as conn:
            return [_entry(row) for row in conn.execute(query.order_by(FEEDBACK.c.received_on, FEEDBACK.c.id))]

    def get(self, entry_id: int) -> FeedbackEntry | None:
        """One entry, or None when it is gone."""
        with reading(self._bind) as conn:
            row = conn.execute(self._query().where(FEEDBACK.c.id == entry_id)).first()
        return _entry(row) if row is not None else None

    def add(self, entry: FeedbackEntry) -> int:
        """Store a new entry; returns its id."""
        with writing(self._bind) as conn:
            return inserted_id(conn.execute(insert(FEEDBACK).values(**_values(entry), created_at=utc_now())))

    def update(self, entry: FeedbackEntry) -> bool:
        """Save an edited entry; False when it is gone."""
        with writing(self._bind) as conn:
            return conn.execute(update(FEEDBACK).where(FEEDBACK.c.id == entry.id).values(**_values(entry))).rowcount > 0

    def set_answered(self, entry_id: int, on: date | None) -> bool:
        """Mark an entry answered on a day (or not answered: None); False when it is gone."""
        with writing(self._bind) as conn:
            result = conn.execute(update(FEEDBACK).where(FEEDBACK.c.id == entry_id).values(answered_on=on))
            return result.rowcount > 0

    def delete(self, entry_id: int) -> bool:
        """Remove an entry; False when it was gone already."""
        with writing(self._bind) as conn:
            return conn.execute(delete(FEEDBACK).where(FEEDBACK.c.id == entry_id)).rowcount > 0

    # -- the triage's decision log ----------------------------------------------------------------------------

    def add_decision(self, decision: TriageDecision) -> int:
        """Log a triage decision with the contacts named among the critics; returns its id."""
        headwind = decision.headwind
        values = dict(
            decided_at=to_store(decision.decided_at),
            post_id=decision.post_id,
            post_title=decision.post_title,
            channels=json.dumps(dict(headwind.channels)),
            reach=headwind.reach,
            reach_source=decision.reach_source,
            known=headwind.known,
            clients=headwind.clients,
            trolls=headwind.trolls,
            advised=str(decision.advised),
            chosen=str(decision.chosen),
            statement=decision.statement,
        )
        with writing(self._bind) as conn:
            decision_id = inserted_id(conn.execute(insert(TRIAGE_DECISION).values(**values)))
            if decision.critic_ids:
                conn.execute(
                    insert(TRIAGE_CRITIC),
                    [
                        {"decision_id": decision_id, "contact_id": contact_id}
                        for contact_id in sorted(set(decision.critic_ids))
                    ],
                )
            return decision_id

    def decisions(self, post_id: int | None = None) -> builtins.list[TriageDecision]:
        """The logged decisions, newest first (only the post's when given)."""
        query = select(TRIAGE_DECISION).order_by(TRIAGE_DECISION.c.decided_at.desc(), TRIAGE_DECISION.c.id.desc())
        if post_id is not None:
            query = query.where(TRIAGE_DECISION.c.post_id == post_id)
        with reading(self._bind) as conn:
            rows = conn.execute(query).all()
            critics: dict[int, list[int]] = {}
            for decision_id, contact_id in conn.execute(
                select(TRIAGE_CRITIC.c.decision_id, TRIAGE_CRITIC.c.contact_id)
            ):
                critics.setdefault(decision_id, []).append(contact_id)
        return [_decision(row, tuple(critics.get(row.id, ()))) for row in rows]


STATEMENT_REMOVED = "(Text entfernt: er nannte eine Person, die vergessen wurde.)"


def naming(contact: Contact) -> str | None:
    """The folded full name that marks a text as being about the person, or None when too short to be sure."""
    name = " ".join(contact.full_name.split())
    return name.casefold() if " " in name else None  # a bare first or last name would catch other people


def names(text: str, folded_name: str) -> bool:
    """Whether a text names the person (case ignored; in Python: SQLite's LIKE folds only ASCII, names have umlauts)."""
    return folded_name in " ".join(text.split()).casefold()


def forget_feedback(conn: Connection, contact: Contact) -> int:
    """Inside the transaction that forgets a contact: remove every feedback entry that names the person in its note
    or free-text source (entries linked to the contact go by cascade), and the text of triage statements naming
    them; returns how many entries went.

    The whole entry goes, not only the name: a note about one person's complaint identifies them by what it says,
    and the law (DSGVO Art. 17) asks for every copy of their data to be erased, not for a statistic to be kept. A
    triage decision keeps its time and counts (numbers about no one) but loses a statement that names the person.
    """
    folded = naming(contact)
    if folded is None:
        return 0
    rows = conn.execute(select(FEEDBACK.c.id, FEEDBACK.c.note, FEEDBACK.c.source_text)).all()
    ids = [row.id for row in rows if names(f"{row.note}\n{row.source_text}", folded)]
    statements = conn.execute(select(TRIAGE_DECISION.c.id, TRIAGE_DECISION.c.statement)).all()
    named = [row.id for row in statements if names(row.statement, folded)]
    if named:
        conn.execute(update(TRIAGE_DECISION).where(TRIAGE_DECISION.c.id.in_(named)).values(statement=STATEMENT_REMOVED))
    return conn.execute(delete(FEEDBACK).where(FEEDBACK.c.id.in_(ids))).rowcount if ids else 0
