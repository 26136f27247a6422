"""The week view of the content plan: one row per post, one warning row per week without a post."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from rich.style import Style
from rich.text import Text

from advisor_tui.domain.audience.models import PostFigures
from advisor_tui.domain.models import POST_STATUS_LABELS, Post
from advisor_tui.domain.numbers import german_number
from advisor_tui.domain.plan.cadence import WeekPlan
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.io.plan_export import channel_label
from advisor_tui.ui.text import plain
from advisor_tui.ui.widgets.fitted_table import Column, FittedTable
from advisor_tui.usecases.plan_editing import WeekRow, week_rows

WEEK_COLUMNS = (
    Column("Woche", 0, 29), Column("Beitrag", 5, 16), Column("Kanal", 0, 8), Column("Status", 0, 14),
    Column("Art", 0, 7), Column("Zielgruppe", 2, 10),
)
EMPTY_TEXT = "keine Beiträge geplant"


def kind_text(post: Post) -> str:
    """`eigen` or `geteilt`."""
    return "eigen" if post.own_content else "geteilt"


def reach_text(figures: PostFigures | None) -> str:
    """The status cell of a published post with LinkedIn figures: "✓ 612 · 27" (impressions · engagements).

    In the status column, not a column of its own: a seventh column would cut the titles at 120 columns and lie
    outside 80; the tick says "veröffentlicht", the line under the weeks names the two figures."""
    if figures is None:
        return ""
    return "✓ " + " · ".join("–" if value is None else german_number(value)
                             for value in (figures.impressions, figures.engagements))


def week_text(plan: WeekPlan) -> str:
    """The week cell: the label, marked when it is the current week."""
    return f"▶ {plan.week.label}" if plan.is_current else plan.week.label


class WeekTable(FittedTable):
    """Weeks from a few back to a dozen ahead; empty weeks in the warning colour, this week marked."""

    COMPONENT_CLASSES = {"week-table--empty", "week-table--current", "week-table--past"}
    DEFAULT_CSS = """
    WeekTable > .week-table--empty { color: $warning; text-style: bold; }
    WeekTable > .week-table--current { color: $accent; text-style: bold; }
    WeekTable > .week-table--past { color: $text-muted; }
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(WEEK_COLUMNS, **kwargs)
        self.week_rows: list[WeekRow] = []

    def show_weeks(self, weeks: Sequence[WeekPlan], figures: Mapping[int, PostFigures] | None = None) -> None:
        """Replace the rows with these weeks; a published post with LinkedIn figures shows them."""
        rows: list[tuple[Text, ...]] = []
        self.week_rows = []
        for plan in weeks:
            for index, row in enumerate(week_rows([plan])):
                found = (figures or {}).get(row.post.id) if row.post is not None and row.post.id is not None else None
                rows.append(self._cells(plan, row.post, found, first=index == 0))
                self.week_rows.append(row)
        keys = [f"post-{r.post.id}" if r.post else f"week-{r.week.key}" for r in self.week_rows]
        self.set_rows(rows, keys=keys)

    def _cells(self, plan: WeekPlan, post: Post | None, figures: PostFigures | None, *,
               first: bool) -> tuple[Text, ...]:
        label = Text(week_text(plan) if first else "", style=self._week_style(plan))
        if post is None:
            empty = self._style("empty")
            return (label, Text(EMPTY_TEXT, style=empty), *(Text("") for _ in range(len(WEEK_COLUMNS) - 2)))
        style = self._style("past") if plan.is_past else Style()
        status = reach_text(figures) or POST_STATUS_LABELS[post.status]
        cells = (post.title, channel_label(post.channel), status, kind_text(post), post.target_segment or "–")
        return (label, *(plain(cell, style=style) for cell in cells))

    def _week_style(self, plan: WeekPlan) -> Style:
        if plan.is_empty:
            return self._style("empty")
        if plan.is_current:
            return self._style("current")
        return self._style("past") if plan.is_past else Style()

    def _style(self, name: str) -> Style:
        # The full style blends muted (translucent) colours; its background would paint over the zebra stripes.
        full = self.get_component_rich_style(f"week-table--{name}")
        return Style(color=full.color, bold=full.bold, italic=full.italic)

    @property
    def current_row(self) -> WeekRow | None:
        """The row under the cursor."""
        if not self.week_rows or not 0 <= self.cursor_row < len(self.week_rows):
            return None
        return self.week_rows[self.cursor_row]

    def select_post(self, post_id: int) -> bool:
        """Put the cursor on a post; False when it is not shown."""
        return self._select(lambda row: row.post is not None and row.post.id == post_id)

    def select_week(self, week: IsoWeek) -> bool:
        """Put the cursor on the first row of a week; False when it is not shown."""
        return self._select(lambda row: row.week == week)

    def _select(self, wanted: Callable[[WeekRow], bool]) -> bool:
        index = next((i for i, row in enumerate(self.week_rows) if wanted(row)), None)
        if index is not None:
            self.move_cursor(row=index)
        return index is not None
