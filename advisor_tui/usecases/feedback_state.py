"""What the Außenwirkung view holds while the advisor works on it: the quarter, the lists, the rows under the
cursors, and which keys make sense there. A plain object: the screen shows it and forwards keys to it."""

from __future__ import annotations

from datetime import date

from advisor_tui.domain.feedback.models import FeedbackEntry
from advisor_tui.domain.quarters import Quarter
from advisor_tui.usecases.feedback import FeedbackView

ENTRY_ACTIONS = frozenset({"edit", "delete", "answered"})


class FeedbackBrowse:
    """The quarter shown, its figures, and the entry under the cursor of the focused list (open items or all)."""

    def __init__(self, today: date) -> None:
        self.quarter = Quarter.of(today)
        self.today = today
        self.view: FeedbackView | None = None
        self.in_open = True  # the focused list: the open items, or the quarter's entries
        self.open_row = 0
        self.entry_row = 0
        self.follow: int | None = None  # an entry id the cursor should land on after the next load

    def show(self, view: FeedbackView) -> None:
        """Take freshly loaded figures (for the quarter they were read for)."""
        self.view = view
        self.quarter = view.figures.quarter

    def step(self, quarters: int) -> Quarter:
        """Move to an earlier (negative) or later quarter, never past the current one; returns the new quarter."""
        target = self.quarter
        for _ in range(abs(quarters)):
            target = target.next() if quarters > 0 else target.previous()
        self.quarter = min(target, Quarter.of(self.today))
        self.open_row = self.entry_row = 0
        return self.quarter

    @property
    def open_items(self) -> tuple[FeedbackEntry, ...]:
        """Everything still waiting for an answer."""
        return self.view.figures.open_items if self.view else ()

    @property
    def entries(self) -> tuple[FeedbackEntry, ...]:
        """The quarter's entries, newest first."""
        return self.view.figures.entries if self.view else ()

    def current(self) -> FeedbackEntry | None:
        """The entry under the cursor of the focused list."""
        rows, row = (self.open_items, self.open_row) if self.in_open else (self.entries, self.entry_row)
        return rows[row] if 0 <= row < len(rows) else None

    def take_follow(self) -> tuple[int | None, int | None]:
        """The rows (open list, entry list) of the entry to follow, once; None where it is not listed."""
        wanted, self.follow = self.follow, None
        if wanted is None:
            return None, None

        def index(rows: tuple[FeedbackEntry, ...]) -> int | None:
            return next((i for i, e in enumerate(rows) if e.id == wanted), None)

        return index(self.open_items), index(self.entries)

    def allows(self, action: str) -> bool | None:
        """Whether a key does something now (None: greyed out): entry keys need an entry; no quarter after today's."""
        if action in ENTRY_ACTIONS:
            return self.current() is not None or None
        if action == "later":
            return self.quarter < Quarter.of(self.today) or None
        return True
