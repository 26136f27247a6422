"""Hostile text in feedback (notes, sources, post titles, contact names, triage statements): drawn literally."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from advisor_tui.domain.feedback.models import FeedbackEntry, FeedbackKind, SourceKind
from advisor_tui.domain.feedback.triage import Advice, Headwind, TriageDecision
from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.store.store import Store
from tests.robustness.hostile_files import CLICK, LINK, TITLE
from tests.robustness.test_hostile_screens import WIDE, assert_drawn_literally, running
from tests.ui.conftest import settle

POST_TITLE = f"[b]Zins[/b]wende{TITLE}"


async def test_aussenwirkung_and_triage_show_hostile_text_literally(hostile_db: Path) -> None:
    store = Store.open(hostile_db)
    try:
        post = store.plan.add(Post(POST_TITLE, 2026, 46, status=PostStatus.PUBLISHED))
        eve = next(c for c in store.contacts.list() if c.first_name.startswith("Eve"))
        # Written past the use cases (which clean text), as an older version or another tool might have left it.
        store.feedback.add(
            FeedbackEntry(
                FeedbackKind.COMPLAINT,
                date(2026, 11, 20),
                f"Notiz {CLICK}{TITLE}",
                ("kosten",),
                SourceKind.TEXT,
                source_text=f"Quelle {LINK}",
                needs_answer=True,
            )
        )
        store.feedback.add(
            FeedbackEntry(
                FeedbackKind.PRAISE,
                date(2026, 11, 21),
                "Lob",
                (),
                SourceKind.POST,
                post_id=post,
                source_text=POST_TITLE,
            )
        )
        store.feedback.add(
            FeedbackEntry(FeedbackKind.QUESTION, date(2026, 11, 22), "Frage", (), SourceKind.CONTACT, contact_id=eve.id)
        )
        store.feedback.add_decision(
            TriageDecision(
                datetime(2026, 11, 22, 9),
                Headwind({f"Kanal {CLICK}": 3}),
                Advice.NONE,
                Advice.NONE,
                f"Text {LINK}",
                post,
                POST_TITLE,
            )
        )
    finally:
        store.close()
    async with running(hostile_db, WIDE) as (pilot, _store):
        await pilot.press("A")
        await settle(pilot)
        assert_drawn_literally(pilot.app, "Notiz [@click=app.quit]x[/]", "[b]Zins[/b]wende", "Eve [bold]")
        pilot.app.open_triage(post)
        await settle(pilot)
        assert_drawn_literally(pilot.app, "„[b]Zins[/b]wende")
