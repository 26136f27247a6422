"""Store round trips, privacy of the file, forgetting and concurrent use."""

from __future__ import annotations

import stat
from datetime import date, datetime

from advisor_tui.domain.models import (
    ConnectionRequest,
    Contact,
    Conversation,
    Direction,
    Message,
    Post,
    PostStatus,
    RequestState,
    Salutation,
    Segment,
    Settings,
)
from advisor_tui.store.store import Store


def anna(**changes) -> Contact:
    values = dict(first_name="Anna", last_name="Müller", salutation=Salutation.FRAU, title="Dr.",
                  company="Müller Präzisionstechnik GmbH", position="Geschäftsführerin",
                  profile_url="https://www.linkedin.com/in/Anna-Mueller/?trk=abc", sector="C", role="unternehmer",
                  connected_on=date(2023, 8, 24), labels=("Unternehmerabend 2026", "Bestandskunde"))
    values.update(changes)
    return Contact(**values)


def test_contact_round_trip_keeps_every_field(store: Store) -> None:
    contact_id = store.contacts.add(anna(notes="Hallenbau 2027", follow_up_on=date(2026, 12, 1), blocked=True))
    loaded = store.contacts.get(contact_id)
    assert loaded is not None
    assert (loaded.first_name, loaded.last_name, loaded.salutation, loaded.title) == (
        "Anna", "Müller", Salutation.FRAU, "Dr.")
    assert loaded.profile_url == "https://linkedin.com/in/anna-mueller"
    assert loaded.labels == ("Bestandskunde", "Unternehmerabend 2026")
    assert (loaded.sector, loaded.role, loaded.connected_on) == ("C", "unternehmer", date(2023, 8, 24))
    assert (loaded.notes, loaded.follow_up_on, loaded.blocked) == ("Hallenbau 2027", date(2026, 12, 1), True)
    assert store.contacts.list() == [loaded]


def test_update_replaces_labels_and_counts_untagged(store: Store) -> None:
    contact_id = store.contacts.add(anna(sector=None, role=None))
    assert store.contacts.count_untagged() == 1
    contact = store.contacts.get(contact_id)
    contact.role, contact.sector, contact.labels = "nachfolger", "F", ("Nachfolge-Webinar",)
    store.contacts.update(contact, edited={"role", "sector", "labels"})
    assert store.contacts.count_untagged() == 0
    assert store.contacts.get(contact_id).labels == ("Nachfolge-Webinar",)
    assert store.contacts.label_names() == ["Bestandskunde", "Nachfolge-Webinar", "Unternehmerabend 2026"]


def test_find_by_profile_url_or_email(store: Store) -> None:
    contact_id = store.contacts.add(anna(email="A.Mueller@example.de"))
    assert store.contacts.find("linkedin.com/in/anna-mueller/").id == contact_id
    assert store.contacts.find("a.mueller@example.de").id == contact_id
    assert store.contacts.find("someone@example.de") is None


def test_forget_removes_everything_and_leaves_no_trace_in_the_file(store: Store) -> None:
    contact_id = store.contacts.add(anna(notes="Vertraulich: Hallenbau Kirchheim"))
    other_id = store.contacts.add(Contact("Jonas", "Weber", labels=("Bestandskunde",)))
    store.activity.add_conversation(Conversation(contact_id, messages=[
        Message(contact_id, Direction.INCOMING, datetime(2026, 11, 20, 9), "Geheimprojekt Hallenbau Kirchheim"),
    ]))
    store.activity.add_request(ConnectionRequest(contact_id, Direction.INCOMING, datetime(2026, 11, 19, 9), "Hallo"))

    summary = store.contacts.forget(contact_id)

    assert (summary.name, summary.messages, summary.conversations, summary.requests, summary.labels) == (
        "Anna Müller", 1, 1, 1, 2)
    assert store.contacts.get(contact_id) is None
    assert store.activity.conversations() == [] and store.activity.requests() == []
    assert store.contacts.label_names() == ["Bestandskunde"]  # still carried by Jonas Weber
    assert store.contacts.get(other_id) is not None
    store.close()
    raw = b"".join(p.read_bytes() for p in store.path.parent.iterdir() if p.name.startswith(store.path.name))
    assert b"Kirchheim" not in raw
    assert "Müller".encode() not in raw


def test_conversations_requests_checkins_round_trip(store: Store) -> None:
    contact_id = store.contacts.add(anna())
    sent = datetime(2026, 11, 20, 9, 30)
    store.activity.add_conversation(Conversation(contact_id, title="Finanzierung", messages=[
        Message(contact_id, Direction.OUTGOING, datetime(2026, 11, 19, 8), "Sehr geehrte Frau Dr. Müller, …"),
        Message(contact_id, Direction.INCOMING, sent, "Vielen Dank für Ihre Nachricht."),
    ]))
    [conversation] = store.activity.conversations()
    assert [m.direction for m in conversation.messages] == [Direction.OUTGOING, Direction.INCOMING]
    assert conversation.messages[1].sent_at == sent
    assert store.contacts.get(contact_id).last_contact_at == sent

    request_id = store.activity.add_request(ConnectionRequest(contact_id, Direction.INCOMING, sent, "Guten Tag"))
    store.activity.set_request_state(request_id, RequestState.ACCEPTED)
    assert store.activity.requests()[0].state is RequestState.ACCEPTED

    store.activity.log_checkin(datetime(2026, 11, 20, 8, 15))
    assert store.activity.checkins() == [datetime(2026, 11, 20, 8, 15)]


def test_posts_segments_settings_round_trip(store: Store) -> None:
    post_id = store.plan.add(Post("Nachfolge früh planen", 2026, 48, status=PostStatus.PLANNED, own_content=False,
                                  planned_on=date(2026, 11, 24), target_segment="Nachfolger"))
    store.plan.add(Post("Idee ohne Woche"))
    posts = store.plan.list()
    assert [p.title for p in posts] == ["Nachfolge früh planen", "Idee ohne Woche"]
    posts[0].status = PostStatus.PUBLISHED
    store.plan.update(posts[0])
    assert store.plan.list()[0].status is PostStatus.PUBLISHED and store.plan.list()[0].id == post_id

    store.settings.save_segment(Segment("Bau-Unternehmer", roles=("unternehmer", "nachfolger"), sectors=("F",)))
    store.settings.save_segment(Segment("Bau-Unternehmer", roles=("unternehmer",), sectors=("F",)))
    assert store.settings.segment("bau-unternehmer").roles == ("unternehmer",)
    assert len(store.settings.segments()) == 1

    assert store.settings.load() == Settings()
    store.settings.save(Settings(advisor_name="Julia Hoffmann", linkedin_premium=True, losing_touch_days=60))
    assert store.settings.load().losing_touch_days == 60 and store.settings.load().linkedin_premium


def test_vocabulary_is_seeded_once(store: Store) -> None:
    assert [r.key for r in store.settings.roles()][:3] == ["unternehmer", "nachfolger", "kaufm-leitung"]
    assert len(store.settings.sectors()) == 21
    store.settings.add_sector("Z1", "Windenergie-Projektierer")
    reopened = Store.open(store.path)
    assert len(reopened.settings.sectors()) == 22
    reopened.close()


def test_file_and_folder_are_private(store: Store) -> None:
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    for sibling in store.path.parent.iterdir():
        assert stat.S_IMODE(sibling.stat().st_mode) == 0o600, sibling


def test_default_data_folder_is_0700(private_dirs, monkeypatch) -> None:
    from advisor_tui.paths import default_db_path

    path = default_db_path()
    assert str(path).startswith(str(private_dirs))
    assert not path.parent.exists()  # asking for the path creates nothing
    opened = Store.open(path)
    opened.close()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_two_stores_on_one_file_lose_nothing(store: Store) -> None:
    second = Store.open(store.path)
    try:
        for i in range(50):
            (store if i % 2 else second).contacts.add(Contact(f"Vorname{i}", f"Nachname{i}"))
        assert store.contacts.count() == second.contacts.count() == 50
    finally:
        second.close()


def test_the_vocabulary_comes_from_the_domain_and_old_stored_labels_are_corrected(store: Store) -> None:
    from sqlalchemy import text

    from advisor_tui.domain.network.vocabulary import ROLES, SECTOR_BY_CODE

    store.settings.add_sector("Z1", "Windenergie-Projektierer")
    with store.transaction() as unit:  # as an older version left it: another name
        unit.conn.execute(text("UPDATE sector SET name = 'Bau' WHERE code = 'F'"))
    reopened = Store.open(store.path)
    try:
        assert reopened.settings.roles() == list(ROLES)
        sectors = {sector.code: sector for sector in reopened.settings.sectors()}
        assert sectors["F"] == SECTOR_BY_CODE["F"] and sectors["F"].label == "Bau"
        assert sectors["Z1"].name == "Windenergie-Projektierer"
        with reopened.engine.connect() as conn:
            stored = conn.execute(text("SELECT name FROM sector WHERE code = 'F'")).scalar()
            role_columns = [row[1] for row in conn.execute(text("PRAGMA table_info(role)"))]
        assert stored == SECTOR_BY_CODE["F"].name
        assert role_columns == ["key"]  # the labels live in the domain only
    finally:
        reopened.close()


def test_opening_an_up_to_date_store_writes_nothing(store: Store) -> None:
    before = store.data_version()
    Store.open(store.path).close()
    assert store.data_version() == before
