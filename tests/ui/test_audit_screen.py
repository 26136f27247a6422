"""Pilot tests: the audit screen over a view, and the check before a plan post is marked Veröffentlicht."""

from __future__ import annotations

from datetime import UTC, datetime

from advisor_tui.domain.activity.own import OwnComment
from advisor_tui.domain.models import PostStatus
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.store.own_activity import add_comments
from advisor_tui.ui.app import make_app
from advisor_tui.ui.dialogs.confirm import ConfirmDialog
from advisor_tui.ui.dialogs.help import HelpDialog
from advisor_tui.ui.screens.audit import AuditScreen
from advisor_tui.ui.screens.redaktionsplan import RedaktionsplanScreen
from advisor_tui.ui.widgets.fitted_table import FittedTable
from tests.conftest import FIXED_NOW
from tests.ui.conftest import SIZE, enter_text, settle, text_of
from tests.ui.test_keys_at_80 import assert_fits, footer_keys

HOSTILE = "Die Ampel hat [/] \x1b[31m alles \u202eknalb\u202c an die Wand gefahren – ein Skandal!"
LINK = "https://www.linkedin.com/feed/update/urn:li:activity:7264000000000000001"


def rows(screen: AuditScreen) -> list[list[str]]:
    table = screen.query_one("#audit-list", FittedTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def test_the_audit_over_the_plan_and_the_check_before_publishing(demo_store) -> None:
    """One app run: the audit screen pushed over Redaktionsplan (list, gesehen, filters, link, back), then the plan's
    publish check on a risky post (Esc back to editing, nothing written; j publishes)."""
    post = next(p for p in demo_store.plan.list() if p.title.startswith("Betriebsmittel"))
    post.body = "Zum Quartalsende ist der Vertriebsdruck bei uns enorm. Hast du Tipps?"
    demo_store.plan.update(post)
    with demo_store.transaction() as unit:
        add_comments(unit.conn, [OwnComment(datetime(2026, 11, 22, 19, 0, tzinfo=UTC), LINK, HOSTILE)])
    demo_app = make_app(demo_store, now=FIXED_NOW, start="redaktionsplan")
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        demo_app.action_audit()
        await settle(pilot)
        screen = demo_app.screen
        assert isinstance(screen, AuditScreen)
        listed = rows(screen)
        assert [row[:2] for row in listed] == [
            ["22.11.2026 20:00", "Kommentar"],
            ["21.11.2026 18:34", "Kommentar"],
            ["17.11.2026 12:00", "Reaktion"],
            ["07.11.2026 21:02", "Kommentar"],
        ]
        assert listed[0][2].startswith("Die Ampel hat [/] ␛[31m alles knalb an die Wand")
        assert "\x1b" not in "".join(map(str, listed)) and "\u202e" not in "".join(map(str, listed))
        detail = text_of(demo_app, "#audit-detail-text")
        assert "Urteile über Regierung und Politik" in detail and LINK in detail and "[/]" in detail
        assert text_of(demo_app, "#audit-status").startswith("4 offene Einträge · 0 gesehen (ausgeblendet)")

        await pilot.press("g")  # the hostile comment is seen: it leaves the list, and stays seen in the store
        await settle(pilot)
        assert len(rows(screen)) == 3 and len(demo_store.audit.seen_keys()) == 1
        await pilot.press("a")  # seen ones shown again, marked
        await settle(pilot)
        assert rows(screen)[0][1] == "Kommentar ✓" and "gesehen" in text_of(demo_app, "#audit-detail-text")

        await pilot.press("l")
        assert demo_app._notifications and list(demo_app._notifications)[-1].title == "Link kopiert"

        await pilot.press("z")
        await enter_text(pilot, "32.11.2026")
        await pilot.press("enter")
        assert "kein Datum" in list(demo_app._notifications)[-1].message
        screen.query_one("#audit-since-input").value = "20.11.2026"
        await pilot.press("enter")
        await settle(pilot)
        assert [row[0][:10] for row in rows(screen)] == ["22.11.2026", "21.11.2026"]
        assert screen.focused is screen.query_one("#audit-list")

        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(demo_app.screen, RedaktionsplanScreen)

        assert demo_app.screen.weeks_table.select_week(IsoWeek(2026, 48))
        await pilot.press("s")
        await settle(pilot)
        assert isinstance(demo_app.screen, ConfirmDialog)
        question = text_of(demo_app, "#publish-risks")
        assert "Du-Form („Hast“, „du“)" in question and "Vertriebsdruck" in question
        # Esc goes back to editing that post (the editor itself is tested in test_redaktionsplan.py; opening it here
        # would only pay for its spelling check), and nothing was written.
        edited = []
        plan = demo_app.screen_stack[-2]
        plan._open_editor = lambda post, is_new=False: edited.append((post.id, post.body, is_new))
        await pilot.press("escape")
        await settle(pilot)
        assert edited == [(post.id, post.body, False)]
        assert demo_store.plan.get(post.id).status is PostStatus.PLANNED
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("j")
        await settle(pilot)
        assert demo_store.plan.get(post.id).status is PostStatus.PUBLISHED


async def test_an_empty_store_says_how_to_import(store) -> None:
    app = make_app(store, now=FIXED_NOW)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.action_audit()
        await settle(pilot)
        assert "Comments.csv" in text_of(app, "#audit-empty") and not app.screen.query_one("#audit-list").display
        assert app.screen.check_action("toggle_seen", ()) is None
        assert_fits(app, footer_keys(app))
        await pilot.press("f1")
        assert isinstance(app.screen, HelpDialog)
        assert {"Gesehen", "Link", "Seit", "Gesehene", "Zurück"} <= {row.description for row in app.screen.rows}
