"""Migrations keep every row and copy the file first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config

from advisor_tui.store.database import MIGRATIONS_DIR, StoreError, make_engine, prepare_file
from advisor_tui.store.store import Store


def _store_at_revision(path: Path, revision: str) -> None:
    prepare_file(path)
    engine = make_engine(path)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    engine.dispose()


def test_fresh_store_needs_no_backup(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "a.db")
    store.close()
    assert store.backup is None
    again = Store.open(tmp_path / "a.db")
    again.close()
    assert again.backup is None
    assert not list(tmp_path.glob("*.bak"))


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_old_schema_is_migrated_with_rows_kept_and_a_backup(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.db"
    _store_at_revision(path, revision)
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO contact (identity, first_name, last_name, salutation, title, company, position, email,"
            " profile_url, source, notes, blocked, manual_fields, created_at, updated_at)"
            " VALUES ('name:anna', 'Anna', 'Müller', 'Frau', '', 'Müller GmbH', '', '', '', 'manual', '', 0, '',"
            " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    store = Store.open(path)
    try:
        assert [c.last_name for c in store.contacts.list()] == ["Müller"]
        assert store.backup is not None and store.backup.exists()
        with sqlite3.connect(store.backup) as backup:
            assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
            assert backup.execute("SELECT count(*) FROM contact").fetchone() == (1,)
        with sqlite3.connect(path) as db:
            assert "draft" in {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        store.close()


def test_a_foreign_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Einkaufsliste")
    path.chmod(0o644)
    with pytest.raises(StoreError, match="keine advisor-tui-Datenbank"):
        Store.open(path)
    assert path.read_text() == "Einkaufsliste"
    assert path.stat().st_mode & 0o777 == 0o644


def test_shipped_head_is_alembics_head() -> None:
    from alembic.script import ScriptDirectory

    from advisor_tui.store.database import shipped_head

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    assert shipped_head() == ScriptDirectory.from_config(config).get_current_head()


def test_migrations_build_exactly_the_tables_of_the_code(tmp_path: Path) -> None:
    from advisor_tui.store.database import schema_differences

    store = Store.open(tmp_path / "fresh.db")
    try:
        assert schema_differences(store.engine) == []
    finally:
        store.close()


def test_0005_rekeys_and_merges_contacts_that_are_one_profile(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _store_at_revision(path, "0004")
    columns = ("id, identity, first_name, last_name, salutation, title, company, position, email, profile_url, role,"
               " source, notes, blocked, manual_fields, created_at, updated_at")
    old = "'2026-01-01 00:00:00'"
    with sqlite3.connect(path) as db:
        db.execute("INSERT INTO role (key, label, \"group\", description, position, builtin)"
                   " VALUES ('unternehmer', 'Unternehmer/in', 'target', '', 0, 1)")
        for values in (
            "1, 'url:https://linkedin.com/in/linn%c3%a9a-x', 'Linnéa', 'Åkesson', '', '', 'Nordbank AB', 'CFO', '',"
            " 'https://www.linkedin.com/in/linn%C3%A9a-x', NULL, 'linkedin', '', 0, ''",
            "2, 'url:https://linkedin.com/in/linnéa-x', 'Linnéa', 'Åkesson-Berg', '', 'Dr.', '', '', 'l@nordbank.se',"
            " 'https://se.linkedin.com/in/Linnéa-X/', 'unternehmer', 'linkedin', 'Messe', 0, 'last_name,role'",
            "3, 'name:klaus meier|', 'Klaus', 'Meier', '', '', '', '', '', '', NULL, 'linkedin', '', 0, ''",
            "4, 'url:https://linkedin.com/in', 'Eva', 'Lind', '', '', 'Lind AB', '', '', 'https://www.linkedin.com/in',"
            " NULL, 'linkedin', '', 0, ''",
        ):
            db.execute(f"INSERT INTO contact ({columns}) VALUES ({values}, {old}, {old})")
        db.execute("INSERT INTO conversation (id, contact_id, external_id, title, channel)"
                   " VALUES (1, 2, 'c', '', 'linkedin')")
        db.execute("INSERT INTO message (conversation_id, contact_id, direction, channel, sent_at, text, text_hash,"
                   " kind, answered)"
                   " VALUES (1, 2, 'in', 'linkedin-message', '2026-01-02 00:00:00', 'Hej', 'h', 'message', 0)")
        for contact in (1, 2):
            db.execute("INSERT INTO connection_request (contact_id, direction, sent_at, note, state, channel)"
                       f" VALUES ({contact}, 'in', '2026-01-01 00:00:00', '', 'open', 'linkedin')")
        db.execute("INSERT INTO label (id, name) VALUES (1, 'Messe')")
        db.execute("INSERT INTO contact_label VALUES (1, 1)")
        db.execute("INSERT INTO contact_label VALUES (2, 1)")
        db.execute("INSERT INTO distinct_pair VALUES (2, 3)")
    store = Store.open(path)
    try:
        contacts = {c.id: c for c in store.contacts.list()}
        assert sorted(contacts) == [1, 3, 4]
        linnea = contacts[1]
        assert (linnea.profile_url, linnea.company, linnea.email) == (
            "https://linkedin.com/in/linnéa-x", "Nordbank AB", "l@nordbank.se")
        assert (linnea.last_name, linnea.role, linnea.title) == ("Åkesson-Berg", "unternehmer", "Dr.")  # by hand
        assert linnea.labels == ("Messe",) and contacts[4].profile_url == ""
        assert [c.contact_id for c in store.activity.conversations()] == [1]
        assert [r.contact_id for r in store.activity.requests()] == [1]
        assert store.contacts.distinct_pairs() == {(1, 3)}
        with sqlite3.connect(path) as db:
            keys = dict(db.execute("SELECT id, identity FROM contact"))
            assert keys == {1: "url:https://linkedin.com/in/linnéa-x", 3: "name:klaus meier|",
                            4: "name:eva lind|lind ab"}
            assert db.execute("SELECT manual_fields FROM contact WHERE id = 1").fetchone() == ("last_name,role",)
        assert store.backup is not None and store.backup.exists()
    finally:
        store.close()


def test_0008_keeps_only_role_keys_and_every_contacts_role(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _store_at_revision(path, "0007")
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute("INSERT INTO role (key, label, \"group\", description, position, builtin)"
                   " VALUES ('unternehmer', 'Unternehmer', 'target', '', 0, 1)")
        db.execute(
            "INSERT INTO contact (identity, first_name, last_name, salutation, title, company, position, email,"
            " profile_url, role, source, notes, blocked, manual_fields, created_at, updated_at)"
            " VALUES ('name:anna', 'Anna', 'Müller', 'Frau', '', 'Müller GmbH', '', '', '', 'unternehmer', 'manual',"
            " '', 0, 'role', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    store = Store.open(path)
    try:
        [anna] = store.contacts.list()
        assert anna.role == "unternehmer"
        assert store.settings.roles()[0].label == "Unternehmer/in"
        with sqlite3.connect(path) as db:
            assert [row[1] for row in db.execute("PRAGMA table_info(role)")] == ["key"]
            assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        store.close()
