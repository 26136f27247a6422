"""Redaktionsplan: the weekly content queue with cadence figures and the ideas backlog."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from advisor_tui.domain.cadence import (
    CadenceFigures,
    WeekPlan,
    compute_cadence,
    ideas,
    move_post,
    plan_weeks,
    post_week,
    schedule_into_next_free_week,
    week_fields,
)
from advisor_tui.domain.models import POST_STATUS_LABELS, Post, PostStatus
from advisor_tui.domain.post_body import next_status
from advisor_tui.domain.weeks import IsoWeek
from advisor_tui.io.files import display_path, write_private
from advisor_tui.io.plan_export import channel_label, export_ics
from advisor_tui.ui.dialogs.confirm import ConfirmDialog
from advisor_tui.ui.dialogs.plan_dialogs import PlanExportDialog
from advisor_tui.ui.dialogs.post_editor import PostEditor
from advisor_tui.ui.screens.base import ViewScreen
from advisor_tui.ui.widgets.cadence_panel import CadencePanel
from advisor_tui.ui.widgets.fitted_table import Column, FittedTable
from advisor_tui.ui.widgets.week_list import WeekTable

IDEA_COLUMNS = (Column("Idee", 4, 20), Column("Kanal", 0, 8), Column("Zielgruppe", 2, 10))
EXPORT_NAME = "Redaktionsplan.ics"
# Actions that work on the post under the cursor, and those that only make sense in one of the two lists.
_POST_ACTIONS = frozenset({"edit", "delete", "advance_status"})
_WEEK_ACTIONS = frozenset({"move"})
_IDEA_ACTIONS = frozenset({"schedule"})


@dataclass(frozen=True, slots=True)
class PlanData:
    """What the view shows, loaded in one go off the UI thread."""

    posts: list[Post]
    weeks: list[WeekPlan]
    ideas: list[Post]
    figures: CadenceFigures
    weekly_goal: int
    segment_names: list[str]


class RedaktionsplanScreen(ViewScreen):
    """Weeks from four back to twelve ahead, the ideas backlog, and the cadence figures above them."""

    MODE = "redaktionsplan"
    AUTO_FOCUS = "#weeks"
    BINDINGS = [
        Binding("a", "new", "Neu", id="plan-new", tooltip="Neuen Beitrag in dieser Woche (oder neue Idee) anlegen"),
        Binding("e", "edit", "Bearbeiten", id="plan-edit", tooltip="Titel, Text, Kanal, Status … bearbeiten"),
        Binding("minus", "move(-1)", "Früher", key_display="-", id="plan-earlier",
                tooltip="Beitrag eine Woche früher legen"),
        Binding("plus", "move(1)", "Später", key_display="+", id="plan-later",
                tooltip="Beitrag eine Woche später legen"),
        Binding("p", "schedule", "Einplanen", id="plan-schedule",
                tooltip="Idee in die nächste Woche ohne Beitrag einplanen"),
        Binding("s", "advance_status", "Status →", id="plan-status",
                tooltip="Nächster Status: Idee → Entwurf → Geplant → Veröffentlicht"),
        Binding("delete", "delete", "Löschen", key_display="Entf", id="plan-delete",
                tooltip="Beitrag nach Rückfrage löschen"),
        Binding("tab", "switch_list", "Wochen/Ideen", key_display="Tab", id="plan-switch", show=False,
                tooltip="Zwischen Wochenplan und Ideenspeicher wechseln"),
        Binding("x", "export", "Kalender", id="plan-export",
                tooltip="Plan als Kalenderdatei (iCalendar) speichern"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._data: PlanData | None = None
        self._select_post: int | None = None

    def compose_body(self) -> ComposeResult:
        yield CadencePanel(id="cadence")
        yield Static("Wochenplan", id="weeks-title", classes="section-title")
        yield WeekTable(id="weeks")
        yield Static("Ideenspeicher", id="ideas-title", classes="section-title")
        yield FittedTable(IDEA_COLUMNS, id="ideas")

    @property
    def weeks_table(self) -> WeekTable:
        """The week view."""
        return self.query_one("#weeks", WeekTable)

    @property
    def ideas_table(self) -> FittedTable:
        """The ideas backlog."""
        return self.query_one("#ideas", FittedTable)

    def on_screen_resume(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="plan-load")
    def load(self) -> None:
        """Read the plan and work out weeks, ideas and figures off the UI thread."""
        store, today = self.advisor.store, self.advisor.today
        posts = store.plan.list()
        goal = store.settings.load().weekly_post_goal
        segments = [s.name for s in store.settings.segments()]
        segments += sorted({p.target_segment for p in posts if p.target_segment} - set(segments))
        data = PlanData(posts, plan_weeks(posts, today, weekly_goal=goal), ideas(posts),
                        compute_cadence(posts, today, weekly_goal=goal), goal, segments)
        self.app.call_from_thread(self.show, data)

    def show(self, data: PlanData) -> None:
        """Fill the panel and both lists from freshly loaded data."""
        first_load = self._data is None
        self._data = data
        self.query_one(CadencePanel).show(data.figures)
        weeks = self.weeks_table
        weeks.show_weeks(data.weeks)
        empty = sum(1 for w in data.weeks if w.is_empty and not w.is_past)
        self.query_one("#weeks-title", Static).update(
            f"Wochenplan · {data.weeks[0].week.short_label} bis {data.weeks[-1].week.short_label}"
            f" · {empty} Wochen ab heute ohne geplanten Beitrag")
        self.ideas_table.set_rows([(p.title, channel_label(p.channel), p.target_segment or "–") for p in data.ideas],
                                  keys=[str(p.id) for p in data.ideas])
        self.query_one("#ideas-title", Static).update(f"Ideenspeicher ({len(data.ideas)})")
        if self._select_post is not None:
            self._restore_selection(self._select_post)
            self._select_post = None
        elif first_load:
            weeks.select_week(data.figures.current_week)
        self.refresh_bindings()

    def _restore_selection(self, post_id: int) -> None:
        if self.weeks_table.select_post(post_id):
            self.weeks_table.focus()  # a post that got a week is followed there
            return
        idea_ids = [p.id for p in self._data.ideas] if self._data else []
        if post_id in idea_ids:
            self.ideas_table.move_cursor(row=idea_ids.index(post_id))

    # -- what is under the cursor ------------------------------------------------------------

    def _ideas_focused(self) -> bool:
        return self.focused is self.ideas_table

    def current_post(self) -> Post | None:
        """The post under the cursor of the focused list."""
        if self._ideas_focused():
            backlog = self._data.ideas if self._data else []
            row = self.ideas_table.cursor_row
            return backlog[row] if 0 <= row < len(backlog) else None
        row = self.weeks_table.current_row
        return row.post if row else None

    def current_week(self) -> IsoWeek | None:
        """The week under the cursor of the week view (None in the backlog)."""
        row = None if self._ideas_focused() else self.weeks_table.current_row
        return row.week if row else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide keys of the other list; grey out keys that need a post when there is none."""
        if action in _WEEK_ACTIONS and self._ideas_focused():
            return False
        if action in _IDEA_ACTIONS and not self._ideas_focused():
            return False
        if action in _POST_ACTIONS | _WEEK_ACTIONS | _IDEA_ACTIONS and self.current_post() is None:
            return None
        if action == "advance_status":
            post = self.current_post()
            return None if post is None or post.status is PostStatus.PUBLISHED else True
        return True

    @on(DataTable.RowHighlighted)
    def _cursor_moved(self) -> None:
        self.refresh_bindings()

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    @on(DataTable.RowSelected)
    def _row_chosen(self) -> None:
        self.action_edit()

    # -- actions -----------------------------------------------------------------------------

    def action_switch_list(self) -> None:
        """Move the focus between the week view and the ideas backlog."""
        target = self.weeks_table if self._ideas_focused() else self.ideas_table
        target.focus()

    def action_new(self) -> None:
        """A new post in the highlighted week, or a new idea in the backlog."""
        week = self.current_week()
        status = PostStatus.PLANNED if week else PostStatus.IDEA
        self._open_editor(Post(title="", status=status, **week_fields(week)), is_new=True)

    def action_edit(self) -> None:
        """Edit the post under the cursor; on an empty week, start a new post there."""
        post = self.current_post()
        if post is None:
            if self.current_week() is not None:
                self.action_new()
            return
        self._open_editor(post)

    def _open_editor(self, post: Post, *, is_new: bool = False) -> None:
        names = self._data.segment_names if self._data else []
        self.app.push_screen(PostEditor(post, segment_names=names, is_new=is_new), self._save_edited)

    def _save_edited(self, post: Post | None) -> None:
        if post is None:
            return
        plan = self.advisor.store.plan
        if post.id is None:
            post.id = plan.add(post)
            self.notify(f"„{post.title}“ angelegt.", title="Redaktionsplan")
        else:
            plan.update(post)
            self.notify(f"„{post.title}“ gespeichert.", title="Redaktionsplan")
        self._reload(post)

    def _reload(self, post: Post) -> None:
        self._select_post = post.id
        self.load()

    def action_move(self, weeks: int) -> None:
        """Move the highlighted post a week earlier or later."""
        post = self.current_post()
        if post is None or self._ideas_focused():
            return
        moved = move_post(post, weeks)
        self.advisor.store.plan.update(moved)
        self._reload(moved)

    def action_schedule(self) -> None:
        """Put the highlighted idea into the next week without a committed post."""
        idea = self.current_post()
        if idea is None or self._data is None or not self._ideas_focused():
            return
        posts = [p for p in self._data.posts if p.id != idea.id]
        scheduled = schedule_into_next_free_week(idea, posts, self.advisor.today, weekly_goal=self._data.weekly_goal)
        self.advisor.store.plan.update(scheduled)
        week = IsoWeek(scheduled.iso_year, scheduled.iso_week)
        self.notify(f"„{idea.title}“ ist für {week.label} eingeplant.", title="Redaktionsplan")
        self._reload(scheduled)

    def action_advance_status(self) -> None:
        """Set the highlighted post to the next status."""
        post = self.current_post()
        if post is None:
            return
        changed = dataclasses.replace(post, status=next_status(post.status))
        if changed.status in {PostStatus.PLANNED, PostStatus.PUBLISHED} and changed.iso_week is None:
            self.notify("Eine Idee ohne Woche zuerst mit p einplanen.", severity="warning", title="Redaktionsplan")
            return
        self.advisor.store.plan.update(changed)
        self.notify(f"„{post.title}“: {POST_STATUS_LABELS[changed.status]}.", title="Redaktionsplan")
        self._reload(changed)

    def action_delete(self) -> None:
        """Ask, then delete the highlighted post."""
        post = self.current_post()
        if post is None:
            return

        def answered(yes: bool | None) -> None:
            if yes and post.id is not None:
                self.advisor.store.plan.delete(post.id)
                self.notify(f"„{post.title}“ gelöscht.", title="Redaktionsplan")
                self.load()

        question = ConfirmDialog("Beitrag löschen", f"„{post.title}“ wird endgültig aus dem Plan gelöscht.", "Löschen")
        self.app.push_screen(question, answered)

    def action_export(self) -> None:
        """Ask where to, then write the plan as a private iCalendar file."""
        self.app.push_screen(PlanExportDialog(Path.home() / EXPORT_NAME, self._write_calendar), self._exported)

    def _plan_posts(self) -> list[Post]:
        return self._data.posts if self._data else self.advisor.store.plan.list()

    def _write_calendar(self, target: Path) -> None:
        """Write the iCalendar file (0600); WriteFailed carries the German reason."""
        write_private(export_ics(self._plan_posts(), now=self.advisor.now), target)

    def _exported(self, target: Path | None) -> None:
        if target is not None:
            events = sum(1 for p in self._plan_posts() if post_week(p) is not None)
            self.notify(f"{events} Beiträge als Kalender gespeichert: {display_path(target)}", title="Export")
