"""Redaktionsplan: the weekly content queue with cadence figures and the ideas backlog."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Static

from advisor_tui.domain.courtesy.audit import summary_lines
from advisor_tui.domain.models import POST_STATUS_LABELS, Post
from advisor_tui.domain.plan.cadence import post_week
from advisor_tui.domain.plan.post_body import day_notice
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.io.files import display_path, write_private
from advisor_tui.io.plan_export import channel_label
from advisor_tui.paths import default_export_path
from advisor_tui.ui.dialogs.confirm import ConfirmDialog
from advisor_tui.ui.dialogs.plan_dialogs import PlanExportDialog
from advisor_tui.ui.dialogs.post_editor import PostEditor
from advisor_tui.ui.screens.base import ViewScreen
from advisor_tui.ui.text import plain
from advisor_tui.ui.widgets.cadence_panel import CadencePanel
from advisor_tui.ui.widgets.fitted_table import Column, FittedTable
from advisor_tui.ui.widgets.plan_figures import PlanFiguresPanel, summary_line
from advisor_tui.ui.widgets.week_list import WeekTable
from advisor_tui.ui.workers import background
from advisor_tui.usecases import audience, planning
from advisor_tui.usecases.plan_editing import PlanEditing, PlanList
from advisor_tui.usecases.plan_transfer import plan_file
from advisor_tui.usecases.planning import NeedsWeek, PlanView, PublishRisks

IDEA_COLUMNS = (Column("Idee", 4, 20), Column("Kanal", 0, 8), Column("Zielgruppe", 2, 10))
PLAN_FILE = "redaktionsplan"  # the calendar is proposed as redaktionsplan-<date>.ics in the export folder
TITLE = "Redaktionsplan"
LIST_ACTIONS = frozenset({"new", "edit", "move", "schedule", "advance_status", "delete", "switch_list", "export"})


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
        Binding("delete", "delete", "Löschen", key_display="Entf", id="plan-delete", show=False,
                tooltip="Beitrag nach Rückfrage löschen"),
        Binding("tab", "switch_list", "Wochen/Ideen", key_display="Tab", id="plan-switch", show=False,
                tooltip="Zwischen Wochenplan und Ideenspeicher wechseln"),
        Binding("x", "export", "Kalender", id="plan-export", show=False,
                tooltip="Plan als Kalenderdatei (iCalendar) speichern"),
        Binding("w", "toggle_figures", "Wirkung", id="plan-figures", show=False,
                tooltip="LinkedIn-Zahlen: 12-Wochen-Verlauf und beste Beiträge auf- oder zuklappen"),
        Binding("m", "post_feedback", "Feedback", id="plan-feedback", show=False,
                tooltip="Eine Rückmeldung zu diesem Beitrag erfassen (Kritik, Lob, Frage, Beschwerde)"),
        Binding("g", "post_triage", "Gegenwind", id="plan-triage", show=False,
                tooltip="Shitstorm-Triage zu diesem Beitrag: wo, wie viele, wer – und wie reagieren"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.state = PlanEditing()

    def compose_body(self) -> ComposeResult:
        yield CadencePanel(id="cadence")
        with Horizontal(id="weeks-head"):
            yield Static("Wochenplan", id="weeks-title", classes="section-title")
            yield Static("✓ Impressionen · Interaktionen auf LinkedIn", id="weeks-legend")
        yield WeekTable(id="weeks")
        with Horizontal(id="ideas-head"):
            yield Static("Ideenspeicher", id="ideas-title", classes="section-title")
            yield Static(id="figures-line")
        yield FittedTable(IDEA_COLUMNS, id="ideas")
        yield PlanFiguresPanel(id="plan-figures")

    @property
    def weeks_table(self) -> WeekTable:
        """The week view."""
        return self.query_one("#weeks", WeekTable)

    @property
    def ideas_table(self) -> FittedTable:
        """The ideas backlog."""
        return self.query_one("#ideas", FittedTable)

    def reload(self) -> None:
        """Read the plan again."""
        self.load()

    @background("Redaktionsplan laden", group="plan-load")
    def load(self) -> None:
        """Read the plan and work out weeks, ideas and figures off the UI thread."""
        self.loading_data()
        view = planning.read_plan(self.advisor.store, self.advisor.today)
        figures = audience.read_plan_figures(self.advisor.store, self.advisor.today)
        self.app.call_from_thread(self.show, view, figures)

    def show(self, view: PlanView, figures: audience.PlanFigures | None = None) -> None:
        """Fill the panel, both lists and the LinkedIn figures from freshly loaded data."""
        first_load = not self.state.loaded
        self.state.show(view)
        self.query_one(CadencePanel).show(view.figures)
        weeks = self.weeks_table
        by_post = figures.by_post if figures is not None else {}
        weeks.show_weeks(view.weeks, by_post)
        self.query_one("#weeks-legend").set_class(not by_post, "-empty")  # a class: -narrow hides it too
        if figures is not None:
            self.query_one(PlanFiguresPanel).show(figures)
            self.query_one("#figures-line", Static).update(plain(summary_line(figures)))
        empty = sum(1 for w in view.weeks if w.is_empty and not w.is_past)
        self.query_one("#weeks-title", Static).update(
            f"Wochenplan · {view.weeks[0].week.short_label} bis {view.weeks[-1].week.short_label}"
            f" · {empty} Wochen ab heute ohne geplanten Beitrag")
        self.ideas_table.set_rows([(p.title, channel_label(p.channel), p.target_segment or "–") for p in view.ideas],
                                  keys=[str(p.id) for p in view.ideas])
        self.query_one("#ideas-title", Static).update(f"Ideenspeicher ({len(view.ideas)})")
        follow = self.state.take_follow()
        if follow is not None:
            self._follow(follow)
        elif first_load:
            weeks.select_week(view.figures.current_week)
        self._cursor_moved()

    def action_toggle_figures(self) -> None:
        """Unfold the trend and the best posts (on a small terminal in place of the lists), or fold them again."""
        unfolded = self.query_one(PlanFiguresPanel).display
        self.set_class(not unfolded, "-figures-open")
        self.set_class(unfolded, "-figures-closed")
        self.refresh_bindings()

    def _follow(self, post_id: int) -> None:
        if self.weeks_table.select_post(post_id):
            self.weeks_table.focus()  # a post that got a week is followed there
            return
        index = self.state.idea_index(post_id)
        if index is not None:
            self.ideas_table.move_cursor(row=index)

    # -- what is under the cursor: the tables move their cursors, the state knows what they stand on -----------

    def current_post(self) -> Post | None:
        """The post under the cursor of the focused list."""
        return self.state.current_post()

    def current_week(self) -> IsoWeek | None:
        """The week under the cursor of the week view (None in the backlog)."""
        return self.state.current_week()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Hide keys of the other list; grey out keys that need a post when there is none; while the unfolded
        figures cover the lists (small terminal), the list keys rest: they would act on a post nobody sees."""
        if action in LIST_ACTIONS and self.has_class("-figures-open") and (
                self.has_class("-narrow") or self.has_class("-short")):
            return False
        return self.state.allows(action)

    @on(DataTable.RowHighlighted)
    def _cursor_moved(self) -> None:
        self.state.week_row = self.weeks_table.cursor_row
        self.state.idea_row = self.ideas_table.cursor_row
        self.refresh_bindings()

    def on_descendant_focus(self) -> None:
        if self.focused in (self.weeks_table, self.ideas_table):
            self.state.focus = PlanList.IDEAS if self.focused is self.ideas_table else PlanList.WEEKS
        self.refresh_bindings()

    @on(DataTable.RowSelected)
    def _row_chosen(self) -> None:
        self.action_edit()

    # -- actions: the state says on what, a use case writes it off the UI thread -----------------

    def action_switch_list(self) -> None:
        """Move the focus between the week view and the ideas backlog."""
        target = self.weeks_table if self.state.in_ideas else self.ideas_table
        target.focus()

    def action_new(self) -> None:
        """A new post in the highlighted week, or a new idea in the backlog."""
        self._open_editor(self.state.new_post(), is_new=True)

    def action_edit(self) -> None:
        """Edit the post under the cursor; on an empty week, start a new post there."""
        target = self.state.to_edit()
        if target is not None:
            self._open_editor(*target)

    def _open_editor(self, post: Post, is_new: bool = False) -> None:
        editor = PostEditor(post, segment_names=self.state.segment_names, is_new=is_new)
        self.app.push_screen(editor, self._save_edited)

    def _save_edited(self, post: Post | None) -> None:
        if post is not None:
            self.change_plan("Beitrag speichern", self._saved, planning.save_post, post, self.advisor.today)

    def _saved(self, saved: planning.SavedPost) -> Post:
        self._announce(saved.post, "angelegt" if saved.created else "gespeichert", always=True)
        return saved.post

    def _announce(self, post: Post, done: str, *, always: bool = False) -> None:
        """Say what happened to the post, warning when its day is a holiday few will read on."""
        notice = day_notice(post.planned_on)
        if notice or always:
            self.notify(f"„{post.title}“ {done}. {notice}".rstrip(), severity="warning" if notice else "information",
                        title=TITLE)

    def action_move(self, weeks: int) -> None:
        """Move the highlighted post a week earlier or later."""
        post = self.state.current_post()
        if post is not None and post.id is not None and not self.state.in_ideas:
            self.change_plan("Beitrag verschieben", self._moved, planning.move_post, post.id, weeks)

    def _moved(self, moved: Post) -> Post:
        self._announce(moved, "verschoben")
        return moved

    def action_schedule(self) -> None:
        """Put the highlighted idea into the next week without a committed post."""
        idea = self.state.current_post()
        if idea is not None and idea.id is not None and self.state.in_ideas:
            self.change_plan("Idee einplanen", self._scheduled, planning.schedule_idea, idea.id, self.advisor.today)

    def _scheduled(self, scheduled: Post) -> Post:
        week = post_week(scheduled)
        self.notify(f"„{scheduled.title}“ ist für {week.label if week else '–'} eingeplant.", title=TITLE)
        return scheduled

    def action_advance_status(self) -> None:
        """Set the highlighted post to the next status."""
        post = self.state.current_post()
        if post is not None and post.id is not None:
            self.change_plan("Status ändern", self._status_changed, planning.advance_status, post.id,
                             self.advisor.today)

    def _status_changed(self, post: Post) -> Post:
        self.notify(f"„{post.title}“: {POST_STATUS_LABELS[post.status]}.", title=TITLE)
        return post

    def action_delete(self) -> None:
        """Ask, then delete the highlighted post."""
        post = self.state.current_post()
        if post is None or post.id is None:
            return
        post_id = post.id

        def answered(yes: bool | None) -> None:
            if yes:
                self.change_plan("Beitrag löschen", self._deleted, planning.delete_post, post_id)

        question = ConfirmDialog("Beitrag löschen", f"„{post.title}“ wird endgültig aus dem Plan gelöscht.", "Löschen")
        self.app.push_screen(question, answered)

    def _deleted(self, post: Post) -> None:
        self.notify(f"„{post.title}“ gelöscht.", title=TITLE)

    @background("Redaktionsplan ändern", group="plan-write", exclusive=False)
    def change_plan(self, what: str, done: Callable[[Any], Post | None] | None, change: Callable[..., object],
                    *args: object) -> None:
        """Run a plan use case off the UI thread, then say what happened and show the plan as it is now.

        `done` gets the use case's result on the UI thread and returns the post the cursor follows (or None).
        """
        try:
            result = change(self.advisor.store, *args)
        except NeedsWeek:
            self.app.call_from_thread(self.notify, "Eine Idee ohne Woche zuerst mit p einplanen.",
                                      severity="warning", title=TITLE)
            return
        except PublishRisks as risks:
            anyway = partial(self.change_plan, what, done, partial(change, accept_risks=True), *args)
            self.app.call_from_thread(self._confirm_publishing, risks, anyway)
            return
        except (ValueError, LookupError) as exc:  # German reasons: a gone post, a post that cannot move
            self.app.call_from_thread(self.notify, f"{what}: {exc}", severity="warning", title=TITLE)
            self.app.call_from_thread(self.load)
            return
        self.app.call_from_thread(self._written, done, result)

    def _confirm_publishing(self, risks: PublishRisks, publish_anyway: Callable[[], object]) -> None:
        """The post's risky passages before it goes online: publish anyway, or back to the editor with it."""
        lines = "\n".join(f"  – {line}" for line in summary_lines(risks.post.body, risks.findings))

        def answered(yes: bool | None) -> None:
            if yes:
                publish_anyway()
            else:
                self._open_editor(risks.post, is_new=risks.post.id is None)

        question = ConfirmDialog("Vor dem Veröffentlichen prüfen", f"„{risks.post.title}“ enthält heikle Stellen:\n"
                                 f"{lines}", "Trotzdem veröffentlicht", hint="Abbrechen (Esc) öffnet den Beitrag "
                                 "zum Bearbeiten.", text_id="publish-risks")
        self.app.push_screen(question, answered)

    def _written(self, done: Callable[[Any], Post | None] | None, result: object) -> None:
        followed = done(result) if done is not None else result
        self.state.follow = followed.id if isinstance(followed, Post) else None
        self.load()

    # -- feedback about a post (issue 19) ---------------------------------------------------------

    def _post_for_feedback(self) -> Post | None:
        post = self.state.current_post()
        if post is None or post.id is None:
            self.notify("Bitte zuerst einen Beitrag markieren.", title=TITLE)
            return None
        return post

    def action_post_feedback(self) -> None:
        """Record feedback about the highlighted post."""
        from advisor_tui.domain.feedback.models import SourceKind
        from advisor_tui.ui.dialogs.feedback_entry import ask_feedback, new_entry

        if post := self._post_for_feedback():
            ask_feedback(self.advisor, new_entry(self.advisor.today, SourceKind.POST, post_id=post.id),
                         f"Beitrag: {post.title}")

    def action_post_triage(self) -> None:
        """The shitstorm triage about the highlighted post."""
        if post := self._post_for_feedback():
            self.advisor.open_triage(post.id)

    # -- export ----------------------------------------------------------------------------------

    def action_export(self) -> None:
        """Ask where to, then write the plan as a private iCalendar file."""
        proposed = default_export_path(PLAN_FILE, self.advisor.today, ".ics")
        self.app.push_screen(PlanExportDialog(proposed, self._write_calendar), self._exported)

    def _write_calendar(self, target: Path) -> None:
        """Write the plan as shown (0600); WriteFailed carries the German reason."""
        write_private(plan_file(self.state.posts, "ics", now=self.advisor.now), target)

    def _exported(self, target: Path | None) -> None:
        if target is not None:
            events = sum(1 for p in self.state.posts if post_week(p) is not None)
            self.notify(f"{events} Beiträge als Kalender gespeichert: {display_path(target)}", title="Export")
