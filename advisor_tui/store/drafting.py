"""Message templates (shipped and the advisor's own) and the drafts being written in Nachricht."""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Connection, Row, delete, func, insert, select, update
from sqlmodel import Session, col
from sqlmodel import select as model_select

from advisor_tui.store.tables import DRAFT, TEMPLATE, TemplateRow
from advisor_tui.store.timeconv import to_domain, utc_now
from advisor_tui.store.unit import Bind, reading, writing

if TYPE_CHECKING:
    from advisor_tui.domain.messaging.drafting import Draft
    from advisor_tui.domain.messaging.templates import Template


def _shipped() -> ModuleType:
    """The shipped templates, loaded when templates are first used: opening the store for Heute needs none."""
    from advisor_tui.domain.messaging import templates

    return templates


def _template_from_row(row: TemplateRow) -> Template:
    return _shipped().Template(row.key, row.name, row.channel, row.body, bool(row.blocks_contact))


class TemplateRepository:
    """Templates as plain domain objects; the shipped ones are added once and then belong to the advisor."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind
        self._seeded = False

    def _seed(self) -> None:
        """Insert shipped templates that are missing (first use, or new ones in an update); keep edits."""
        if self._seeded:
            return
        rows = [{"key": t.key, "name": t.name, "channel": t.channel, "body": t.body,
                 "blocks_contact": t.blocks_contact, "builtin": True, "position": i}
                for i, t in enumerate(_shipped().DEFAULT_TEMPLATES)]
        with writing(self._bind) as conn:
            conn.execute(insert(TEMPLATE).prefix_with("OR IGNORE"), rows)
            for key, body in conn.execute(select(TEMPLATE.c.key, TEMPLATE.c.body).where(TEMPLATE.c.builtin)):
                if _shipped().outdated_body(key, body):
                    shipped = _shipped().TEMPLATE_BY_KEY[key].body
                    conn.execute(update(TEMPLATE).where(TEMPLATE.c.key == key).values(body=shipped))
        self._seeded = True

    def list(self) -> list[Template]:
        """Every template in the advisor's order: shipped ones first, own ones as added."""
        self._seed()
        with reading(self._bind) as conn, Session(conn) as session:
            rows = session.exec(model_select(TemplateRow).order_by(col(TemplateRow.position), col(TemplateRow.name)))
            return [_template_from_row(row) for row in rows]

    def get(self, key: str) -> Template | None:
        """One template by key."""
        self._seed()
        with reading(self._bind) as conn, Session(conn) as session:
            row = session.get(TemplateRow, key)
            return _template_from_row(row) if row else None

    def save(self, template: Template) -> None:
        """Update a template's name, channel and text, or add it under its (new) key; keys never change."""
        self._seed()
        with writing(self._bind) as conn, Session(conn) as session:
            row = session.get(TemplateRow, template.key)
            if row is None:
                last = session.exec(model_select(func.max(col(TemplateRow.position)))).one()
                row = TemplateRow(key=template.key, name=template.name, blocks_contact=template.blocks_contact,
                                  builtin=False, position=(last or 0) + 1)
            row.name, row.channel, row.body = template.name, template.channel, template.body
            session.add(row)
            session.flush()

    def delete(self, key: str) -> bool:
        """Remove one of the advisor's own templates; shipped ones stay (they can be edited)."""
        if key in _shipped().TEMPLATE_BY_KEY:
            return False
        with writing(self._bind) as conn, Session(conn) as session:
            row = session.get(TemplateRow, key)
            if row is None:
                return False
            session.delete(row)
            session.flush()
            return True

    def reset(self, key: str) -> Template | None:
        """Put a shipped template back to its original wording."""
        shipped = _shipped().TEMPLATE_BY_KEY.get(key)
        if shipped is not None:
            self.save(shipped)
        return shipped


def _draft_from_row(row: Row[Any]) -> Draft:
    from advisor_tui.domain.messaging.drafting import Draft

    return Draft(row.contact_id, row.text, row.channel, row.template_key, to_domain(row.updated_at))


def _contact_exists(conn: Connection, contact_id: int) -> bool:
    return conn.exec_driver_sql("SELECT 1 FROM contact WHERE id = ?", (contact_id,)).first() is not None


def _for_contact(contact_id: int | None) -> ColumnElement[bool]:
    return DRAFT.c.contact_id.is_(None) if contact_id is None else DRAFT.c.contact_id == contact_id


class DraftRepository:
    """One saved draft per contact (and one without a contact), written as the advisor types."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind

    def load(self, contact_id: int | None) -> Draft | None:
        """The saved draft to a contact, if any."""
        with reading(self._bind) as conn:
            row = conn.execute(select(DRAFT).where(_for_contact(contact_id))
                               .order_by(DRAFT.c.updated_at.desc()).limit(1)).first()
        return _draft_from_row(row) if row else None

    def latest(self) -> Draft | None:
        """The draft written to last, to open the view where the advisor left off."""
        with reading(self._bind) as conn:
            row = conn.execute(select(DRAFT).order_by(DRAFT.c.updated_at.desc(), DRAFT.c.id.desc()).limit(1)).first()
        return _draft_from_row(row) if row else None

    def save(self, draft: Draft) -> bool:
        """Keep this draft as the contact's one draft (an empty text removes it); False if the contact is gone."""
        with writing(self._bind) as conn:
            if draft.contact_id is not None and not _contact_exists(conn, draft.contact_id):
                return False  # forgotten in another window: nothing of the person may be kept
            conn.execute(delete(DRAFT).where(_for_contact(draft.contact_id)))
            if draft.text.strip():
                conn.execute(insert(DRAFT).values(contact_id=draft.contact_id, channel=draft.channel,
                                                  template_key=draft.template_key, text=draft.text,
                                                  updated_at=utc_now()))
        return True

    def clear(self, contact_id: int | None) -> None:
        """Forget the contact's draft (after it was sent)."""
        with writing(self._bind) as conn:
            conn.execute(delete(DRAFT).where(_for_contact(contact_id)))
