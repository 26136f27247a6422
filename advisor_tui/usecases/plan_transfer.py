"""The content plan in and out of files: a plan CSV brought in all or nothing, the plan as iCalendar or CSV."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from advisor_tui.domain.models import Post
from advisor_tui.io.plan_export import export_ics, export_plan_csv
from advisor_tui.store.store import Store

if TYPE_CHECKING:  # the CSV reader is only needed by the import command
    from advisor_tui.io.plan_import import PlanImport


@dataclass(frozen=True, slots=True)
class PlanImportResult:
    """How many posts were added, how many were planned already, and the rows the file could not give."""

    added: int
    unchanged: int
    skipped: tuple[tuple[int, str], ...]

    def as_json(self) -> dict:
        """The `import --json` summary, shaped like the contact import's."""
        return {
            "added": self.added,
            "updated": 0,
            "unchanged": self.unchanged,
            "skipped": [{"line": line, "reason": reason} for line, reason in self.skipped],
        }


def _post_key(post: Post) -> tuple:
    return post.iso_year, post.iso_week, " ".join(post.title.casefold().split())


def import_plan(store: Store, parsed: PlanImport) -> PlanImportResult:
    """Add the posts that are not planned yet (same week and title) in one transaction; the rest stay alone."""
    with store.transaction() as unit:
        known = {_post_key(post) for post in unit.plan.list()}
        new: list[Post] = []
        for post in parsed.posts:
            key = _post_key(post)
            if key not in known:
                known.add(key)
                new.append(post)
        unit.plan.add_many(new)
    return PlanImportResult(len(new), len(parsed.posts) - len(new), tuple(parsed.skipped))


def plan_file(posts: Iterable[Post], file_format: str, *, now: datetime) -> bytes:
    """The posts as an iCalendar file (`ics`) or as the plan CSV (`csv`, UTF-8)."""
    if file_format == "ics":
        return export_ics(posts, now=now)
    return export_plan_csv(posts).encode("utf-8")


def export_plan(store: Store, file_format: str, *, now: datetime) -> bytes:
    """Every post of the plan as a file (see `plan_file`)."""
    return plan_file(store.plan.list(), file_format, now=now)
