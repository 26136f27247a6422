"""Settings, saved segments and the role and sector vocabulary."""

from __future__ import annotations

import json
from dataclasses import asdict, fields

from sqlalchemy import Engine, insert, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from advisor_tui.domain.models import Segment, Settings
from advisor_tui.domain.network.vocabulary import ROLES, WZ2008_SECTIONS, Role, Sector
from advisor_tui.store.tables import ROLE, SECTOR, SEGMENT, SETTING
from advisor_tui.store.unit import Bind, reading, writing


def seed_vocabulary(engine: Engine) -> None:
    """Make the stored role keys and shipped sectors match the domain's constants, the one source of the vocabulary.

    The rows are what contacts' role and sector keys refer to; labels are never read back (roles() and sectors()
    answer from the constants). A sector name is rewritten only where it differs, so an everyday open writes
    nothing. The advisor's own sectors are left alone (unless a later version ships their code as a section).
    """
    if _vocabulary_current(engine):
        return  # the everyday open: one read, no write transaction (which would wait for another window's lock)
    statement = sqlite_insert(SECTOR)
    sectors = statement.on_conflict_do_update(
        index_elements=["code"], set_={"name": statement.excluded.name, "builtin": True},
        where=SECTOR.c.name.is_distinct_from(statement.excluded.name) | SECTOR.c.builtin.is_(False),
    )
    with engine.begin() as conn:
        conn.execute(insert(ROLE).prefix_with("OR IGNORE"), [{"key": role.key} for role in ROLES])
        conn.execute(sectors, [{"code": s.code, "name": s.name, "builtin": True} for s in WZ2008_SECTIONS])


def _vocabulary_current(engine: Engine) -> bool:
    """Whether every role key and shipped sector is stored as the constants say (nothing for the seed to do)."""
    with engine.connect() as conn:
        roles = {key for (key,) in conn.exec_driver_sql("SELECT key FROM role")}
        sectors = {(code, name) for code, name in conn.exec_driver_sql("SELECT code, name FROM sector WHERE builtin")}
    return ({role.key for role in ROLES} <= roles
            and {(sector.code, sector.name) for sector in WZ2008_SECTIONS} <= sectors)


class SettingsRepository:
    """The advisor's settings, saved segments and vocabulary."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind

    def load(self) -> Settings:
        """The settings, with defaults for what was never set."""
        known = {f.name for f in fields(Settings)}
        # Core, not the ORM: Heute reads the settings at start, and the first ORM query configures every mapper.
        with reading(self._bind) as conn:
            stored = {key: json.loads(value) for key, value in conn.execute(select(SETTING.c.key, SETTING.c.value))}
        return Settings(**{key: value for key, value in stored.items() if key in known})

    def save(self, settings: Settings) -> None:
        """Store every setting."""
        statement = sqlite_insert(SETTING)
        statement = statement.on_conflict_do_update(index_elements=["key"], set_={"value": statement.excluded.value})
        rows = [{"key": key, "value": json.dumps(value)} for key, value in asdict(settings).items()]
        with writing(self._bind) as conn:
            conn.execute(statement, rows)

    def segments(self) -> list[Segment]:
        """Saved segments by name."""
        with reading(self._bind) as conn:
            return [
                Segment(
                    name=row.name,
                    roles=tuple(json.loads(row.roles)),
                    sectors=tuple(json.loads(row.sectors)),
                    labels=tuple(json.loads(row.labels)),
                    text=row.text,
                    id=row.id,
                )
                for row in conn.execute(select(SEGMENT).order_by(SEGMENT.c.name))
            ]

    def segment(self, name: str) -> Segment | None:
        """A saved segment by its name (case-insensitive)."""
        wanted = name.strip().casefold()
        return next((s for s in self.segments() if s.name.casefold() == wanted), None)

    def save_segment(self, segment: Segment) -> None:
        """Save a segment under its name, replacing one of the same name."""
        values = {
            "name": segment.name.strip(),
            "roles": json.dumps(list(segment.roles)),
            "sectors": json.dumps(list(segment.sectors)),
            "labels": json.dumps(list(segment.labels)),
            "text": segment.text,
        }
        statement = sqlite_insert(SEGMENT).values(**values)
        statement = statement.on_conflict_do_update(index_elements=["name"], set_=values)
        with writing(self._bind) as conn:
            conn.execute(statement)

    def roles(self) -> list[Role]:
        """The role vocabulary in display order (the domain's; advisors cannot add roles)."""
        return list(ROLES)

    def sectors(self) -> list[Sector]:
        """The WZ 2008 sections and the advisor's own sectors, by code."""
        with reading(self._bind) as conn:
            own = [Sector(r.code, r.name) for r in conn.execute(select(SECTOR).where(SECTOR.c.builtin.is_(False)))]
        return sorted((*WZ2008_SECTIONS, *own), key=lambda sector: sector.code)

    def add_sector(self, code: str, name: str) -> None:
        """Add a sector of the advisor's own."""
        with writing(self._bind) as conn:
            conn.execute(insert(SECTOR).values(code=code.strip(), name=name.strip(), builtin=False))
