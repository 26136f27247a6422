"""Edit one post: title, body with live length and fold marker, channel, status, kind, segment, day, link."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import cast

from rich.style import Style
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.suggester import Suggester, SuggestFromList
from textual.widgets import Input, Label, Select, Static, TextArea
from textual.widgets.text_area import Document
from textual.worker import get_current_worker

from advisor_tui.domain.channels import PLATFORMS
from advisor_tui.domain.courtesy import Finding
from advisor_tui.domain.courtesy.live import LiveCheck, run_live
from advisor_tui.domain.days import format_day
from advisor_tui.domain.models import POST_STATUS_LABELS, Post
from advisor_tui.domain.plan.post_body import STATUS_ORDER, body_figures, post_findings
from advisor_tui.domain.text_safety import printable
from advisor_tui.ui.dialogs.confirm import ConfirmDialog, remaining_errors
from advisor_tui.ui.text import chosen, kept, plain
from advisor_tui.ui.widgets.findings import add_own_word, known_words_of
from advisor_tui.ui.workers import background
from advisor_tui.usecases.post_editing import CheckRequest, PostEditing, PostForm

KIND_OPTIONS = [("eigener Inhalt", True), ("geteilter Inhalt des Instituts", False)]


class PostBody(TextArea):
    """A TextArea that greys out what hides behind "mehr anzeigen" and marks text over the limit."""

    COMPONENT_CLASSES = TextArea.COMPONENT_CLASSES | {"post-body--fold", "post-body--fold-mark", "post-body--over"}
    DEFAULT_CSS = """
    PostBody > .post-body--fold { color: $text-muted; text-style: italic; }
    PostBody > .post-body--fold-mark { color: $warning; text-style: bold underline; }
    PostBody > .post-body--over { background: $error 50%; }
    """

    platform = "linkedin"

    def get_line(self, line_index: int) -> Text:
        """The line, greyed after the fold (its first character marked) and red beyond the channel's limit."""
        line = super().get_line(line_index)
        start = cast(Document, self.document).get_index_from_location((line_index, 0))  # no syntax, plain text
        figures = body_figures(self.text, self.platform)
        if figures.fold_at is not None:
            self._stylize(line, start, figures.fold_at, None, "post-body--fold")
            self._stylize(line, start, figures.fold_at, figures.fold_at + 1, "post-body--fold-mark")
        if figures.over_by:
            self._stylize(line, start, figures.limit or 0, None, "post-body--over", background=True)
        return line

    def _stylize(self, line: Text, line_start: int, begin: int, end: int | None, component: str,
                 *, background: bool = False) -> None:
        length = len(line.plain)
        first = max(begin - line_start, 0)
        last = length if end is None else min(end - line_start, length)
        if first >= length or last <= first:
            return
        # The full style blends translucent theme colours; only the over-limit part keeps its background.
        full = self.get_component_rich_style(component)
        style = full if background else Style(color=full.color, bold=full.bold, italic=full.italic,
                                               underline=full.underline)
        line.stylize(style, first, last)


class PostEditor(ModalScreen[Post | None]):
    """The form for one post; returns the edited post, or None when cancelled. Its state is a PostEditing."""

    CSS = """
    #post-form { width: 110; max-width: 98%; height: auto; max-height: 95%; border: round $primary;
                 background: $surface; padding: 0 1; }
    #post-form Label { color: $text-muted; }
    #post-form Input, #post-form Select { background: $boost; }
    #post-heading { margin: 0; }
    .post-row { height: auto; margin-top: 1; }
    .post-field { width: 1fr; height: auto; margin-right: 1; }
    #post-body { height: 9; }
    #post-count { color: $text-muted; }
    #post-count.alert, #post-findings.alert, #post-problems.alert { color: $warning; }
    #post-findings, #post-problems { height: auto; }
    #post-keys { dock: bottom; margin: 0; background: $surface; }
    """
    AUTO_FOCUS = "#post-title"
    BINDINGS = [
        Binding("ctrl+s", "save", "Speichern", id="post-save", priority=True,
                tooltip="Beitrag prüfen und speichern"),
        Binding("escape", "cancel", "Abbrechen", id="post-cancel", tooltip="Ohne Speichern schließen"),
        Binding("ctrl+b", "add_word", "Wörterbuch", id="post-add-word", priority=True,
                tooltip="Zum Wörterbuch hinzufügen: das erste angemerkte Wort nie mehr anmerken"),
    ]

    def __init__(self, post: Post, *, segment_names: Sequence[str] = (), is_new: bool = False) -> None:
        super().__init__()
        self.editing = PostEditing(post, segment_names=segment_names, is_new=is_new)

    @property
    def unknown_word(self) -> str:
        """The word Strg+B would add to the dictionary."""
        return self.editing.unknown_word

    def compose(self) -> ComposeResult:
        post, editing = self.editing.post, self.editing
        with VerticalScroll(id="post-form"):
            yield Static(editing.heading, id="post-heading", classes="dialog-title")
            yield Label("Titel")
            yield Input(printable(post.title), placeholder="Worum geht es?", id="post-title", compact=True)
            yield Label("Text")
            body = PostBody(printable(post.body, multiline=True), id="post-body", soft_wrap=True, tab_behavior="focus",
                            highlight_cursor_line=False)
            body.platform = post.channel
            yield body
            yield Static(id="post-count")
            yield Static(id="post-findings")
            with Horizontal(classes="post-row"):
                yield self._select("Kanal", "post-channel", [(label, key) for key, label in PLATFORMS.items()],
                                   post.channel)
                yield self._select("Status", "post-status",
                                   [(POST_STATUS_LABELS[s], s) for s in STATUS_ORDER], post.status)
                yield self._select("Art", "post-kind", KIND_OPTIONS, post.own_content)
            with Horizontal(classes="post-row"):
                yield self._input("Zielgruppe (Segment oder freier Text)", "post-segment",
                                  printable(post.target_segment),
                                  suggester=SuggestFromList([printable(name) for name in editing.segments],
                                                            case_sensitive=False))
                yield self._input("Geplanter Tag", "post-day", format_day(post.planned_on), placeholder="TT.MM.JJJJ")
            with Horizontal(classes="post-row"):
                yield self._input("Quelle (bei fremdem Material)", "post-source", printable(post.source))
                yield self._input("Link zum veröffentlichten Beitrag", "post-link", printable(post.published_url),
                                  placeholder="https://…")
            yield Static(plain(editing.segment_hint), classes="dialog-hint")
            yield Static(id="post-problems")
            # docked: the keys stay in view however far the form is scrolled
            yield Static("Strg+S speichert · Esc verwirft · Tab springt zum nächsten Feld", id="post-keys",
                         classes="dialog-hint")

    @staticmethod
    def _select(label: str, widget_id: str, options: Sequence[tuple[str, Hashable]], value: Hashable) -> Vertical:
        return Vertical(Label(label), Select(options, value=value, allow_blank=False, id=widget_id, compact=True),
                        classes="post-field")

    @staticmethod
    def _input(label: str, widget_id: str, value: str, *, placeholder: str = "",
               suggester: Suggester | None = None) -> Vertical:
        field = Input(value, placeholder=placeholder, id=widget_id, compact=True, suggester=suggester)
        return Vertical(Label(label), field, classes="post-field")

    def on_mount(self) -> None:
        self._body_changed()

    @on(TextArea.Changed, "#post-body")
    def _body_changed(self) -> None:
        request = self.editing.edit_body(self.query_one(PostBody).text)
        self._show_figures()
        self.check_body(request)

    @on(Select.Changed, "#post-channel")
    def _channel_changed(self, event: Select.Changed) -> None:
        body = self.query_one(PostBody)
        body.platform = str(event.value)
        body.notify_style_update()  # the limit changed: redraw the styled lines
        request = self.editing.choose_platform(body.platform)
        self._show_figures()
        self.check_body(request)

    def _show_figures(self) -> None:
        count = self.query_one("#post-count", Static)
        count.update(self.editing.count_line)
        count.set_class(bool(self.editing.figures.over_by), "alert")

    @background("Prüfung des Beitrags", group="post-check")
    def check_body(self, request: CheckRequest) -> None:
        """Run the courtesy checker on the body off the UI thread (spelling takes a moment)."""
        editing = self.editing
        known = editing.known_words
        if known is None:
            known = editing.known_words = known_words_of(self)
        worker = get_current_worker()

        def check(live: LiveCheck) -> list[Finding]:
            if not request.text.strip():
                return []
            return post_findings(request.text, request.platform, known_words=known, live=live)

        run_live(check, lambda: worker.is_cancelled,
                 lambda findings: self.app.call_from_thread(self._show_findings, request, findings))

    def _show_findings(self, request: CheckRequest, findings: list[Finding]) -> None:
        if not self.editing.take_findings(request, findings):
            return  # a newer keystroke has asked for a newer check; its result is the one to show
        self.refresh_bindings()
        widget = self.query_one("#post-findings", Static)
        lines = self.editing.finding_lines
        widget.update(plain("\n".join(lines) or "Keine Auffälligkeiten im Text.", multiline=True))
        widget.set_class(bool(findings), "alert")

    def form(self) -> PostForm:
        """The fields as the form shows them; left untouched, a stored text keeps its controls."""
        old = self.editing.post

        def value(selector: str, original: str = "") -> str:
            return kept(original, self.query_one(selector, Input).value)

        return PostForm(
            title=value("#post-title", old.title),
            body=kept(old.body, self.query_one(PostBody).text, multiline=True),
            channel=chosen(self.query_one("#post-channel", Select), old.channel),
            status=chosen(self.query_one("#post-status", Select), old.status),
            own_content=chosen(self.query_one("#post-kind", Select), old.own_content),
            target_segment=value("#post-segment", old.target_segment),
            day=value("#post-day"),
            source=value("#post-source", old.source),
            published_url=value("#post-link", old.published_url),
        )

    def edited_post(self) -> Post:
        """The post as the form shows it; ValueError for an unreadable day."""
        return self.editing.edited(self.form())

    def action_save(self) -> None:
        """Check the form; close with the post when it can be saved, asking first if its text has errors."""
        result = self.editing.finish(self.form())
        if isinstance(result, list):
            problems = self.query_one("#post-problems", Static)
            problems.update(plain("\n".join(result), multiline=True))
            problems.add_class("alert")
            return
        errors = self.editing.errors_to_confirm(result)
        if not errors:
            self.dismiss(result)
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.dismiss(result)

        question = ConfirmDialog("Trotz Fehlern speichern?", remaining_errors("Der Beitrag", errors), "Ja, speichern")
        self.app.push_screen(question, confirmed)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Strg+B only while a word is there to add."""
        return bool(self.editing.unknown_word) if action == "add_word" else True

    def action_add_word(self) -> None:
        """Zum Wörterbuch hinzufügen: the first word the spelling check marked."""
        if self.editing.unknown_word and add_own_word(self, self.editing.unknown_word):
            self.check_body(self.editing.word_added())

    def action_cancel(self) -> None:
        """Close without saving."""
        self.dismiss(None)
