"""What the Redaktionsplan screen holds while the advisor works on the plan, as a plain object the screen shows."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.cadence import WeekPlan, week_fields
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.usecases.planning import PlanView


class PlanList(Enum):
    """The two lists of the screen."""

    WEEKS = "weeks"
    IDEAS = "ideas"


@dataclass(frozen=True, slots=True)
class WeekRow:
    """What a row of the week view stands for: a post in a week, or a week without posts."""

    week: IsoWeek
    post: Post | None


def week_rows(weeks: Sequence[WeekPlan]) -> list[WeekRow]:
    """One row per post of each week, one row for a week without posts."""
    return [WeekRow(plan.week, post) for plan in weeks for post in (plan.posts or (None,))]


# Keys that act on the post under the cursor, and those that only make sense in one of the two lists.
POST_ACTIONS = frozenset({"edit", "delete", "advance_status"})
WEEK_ACTIONS = frozenset({"move"})
IDEA_ACTIONS = frozenset({"schedule"})


class PlanEditing:
    """The loaded plan, the list in use, the row under each cursor, and the post to follow after a change."""

    def __init__(self) -> None:
        self.view: PlanView | None = None
        self.rows: list[WeekRow] = []
        self.focus = PlanList.WEEKS
        self.week_row = 0
        self.idea_row = 0
        # The post a change just touched: the cursor follows it once the plan is read again.
        self.follow: int | None = None

    @property
    def loaded(self) -> bool:
        """Whether a plan has been shown yet."""
        return self.view is not None

    def show(self, view: PlanView) -> None:
        """Take freshly read data; the cursors stay where they are until the screen places them."""
        self.view = view
        self.rows = week_rows(view.weeks)

    @property
    def ideas(self) -> list[Post]:
        """The backlog as loaded."""
        return self.view.ideas if self.view else []

    @property
    def posts(self) -> list[Post]:
        """Every post as loaded."""
        return self.view.posts if self.view else []

    @property
    def segment_names(self) -> list[str]:
        """What the editor suggests as target groups."""
        return self.view.segment_names if self.view else []

    @property
    def in_ideas(self) -> bool:
        """Whether the backlog is the list in use."""
        return self.focus is PlanList.IDEAS

    def current_row(self) -> WeekRow | None:
        """The week view's row under its cursor."""
        return self.rows[self.week_row] if 0 <= self.week_row < len(self.rows) else None

    def current_post(self) -> Post | None:
        """The post under the cursor of the list in use."""
        if self.in_ideas:
            return self.ideas[self.idea_row] if 0 <= self.idea_row < len(self.ideas) else None
        row = self.current_row()
        return row.post if row else None

    def current_week(self) -> IsoWeek | None:
        """The week under the cursor of the week view (None in the backlog)."""
        row = None if self.in_ideas else self.current_row()
        return row.week if row else None

    def allows(self, action: str) -> bool | None:
        """True when a key works now, None when it is greyed out (no post), False when hidden (other list)."""
        if action in WEEK_ACTIONS and self.in_ideas:
            return False
        if action in IDEA_ACTIONS and not self.in_ideas:
            return False
        post = self.current_post()
        if action in POST_ACTIONS | WEEK_ACTIONS | IDEA_ACTIONS and post is None:
            return None
        if action == "advance_status" and post is not None and post.status is PostStatus.PUBLISHED:
            return None
        return True

    def new_post(self) -> Post:
        """An empty post for the week under the cursor (Geplant), or an idea in the backlog."""
        week = self.current_week()
        return Post(title="", status=PostStatus.PLANNED if week else PostStatus.IDEA, **week_fields(week))

    def to_edit(self) -> tuple[Post, bool] | None:
        """The post Enter or e opens and whether it is new: the one under the cursor, or a new one in an empty week."""
        post = self.current_post()
        if post is not None:
            return post, False
        return (self.new_post(), True) if self.current_week() is not None else None

    def take_follow(self) -> int | None:
        """The post to put the cursor on after a reload, once."""
        post_id, self.follow = self.follow, None
        return post_id

    def idea_index(self, post_id: int) -> int | None:
        """Where an idea stands in the backlog."""
        return next((i for i, idea in enumerate(self.ideas) if idea.id == post_id), None)
