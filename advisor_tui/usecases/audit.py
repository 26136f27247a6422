"""The own-activity audit: read the advisor's comments, reactions and published posts, list what deserves a look,
and mark items "gesehen"."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from advisor_tui.domain.activity.own import OwnComment, OwnReaction, local_day
from advisor_tui.domain.courtesy.audit import (
    AuditItem,
    ReactionMonth,
    comment_item,
    newest_first,
    post_day,
    post_item,
    reaction_item,
    reactions_per_month,
)
from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.store.store import Repositories, Store
from advisor_tui.store.unit import reading


@dataclass(frozen=True, slots=True)
class AuditReport:
    """What the audit found since a day: the items to look at (seen ones only when asked) and what was read."""

    items: list[AuditItem]
    open_count: int
    seen_count: int
    comments: int
    posts: int
    reactions: int
    reaction_months: list[ReactionMonth]
    since: date | None = None

    @property
    def nothing_imported(self) -> bool:
        """No comment, reaction or published post at all: the audit has nothing to read yet."""
        return not (self.comments or self.posts or self.reactions)


def build_audit(
    comments: Iterable[OwnComment],
    reactions: Iterable[OwnReaction],
    posts: Iterable[Post],
    seen: frozenset[str],
    *,
    since: date | None = None,
    include_seen: bool = False,
) -> AuditReport:
    """The audit of plain objects: every item with findings, marked seen by key, newest first."""
    comments = [c for c in comments if since is None or local_day(c.at) >= since]
    reactions = [r for r in reactions if since is None or local_day(r.at) >= since]
    published = [
        p
        for p in posts
        if p.status is PostStatus.PUBLISHED and (since is None or (day := post_day(p)) is None or day >= since)
    ]
    found = [
        item
        for item in (
            *(comment_item(c.at, c.link, c.text) for c in comments),
            *(post_item(p) for p in published),
            *(reaction_item(r.at, r.kind, r.link) for r in reactions),
        )
        if item is not None and (since is None or item.on >= since)
    ]
    marked = [replace(item, seen=item.key in seen) for item in found]
    seen_count = sum(item.seen for item in marked)
    shown = marked if include_seen else [item for item in marked if not item.seen]
    return AuditReport(
        newest_first(shown),
        len(marked) - seen_count,
        seen_count,
        len(comments),
        len(published),
        len(reactions),
        reactions_per_month((r.at, r.kind) for r in reactions),
        since,
    )


def read_audit(store: Store, since: date | None = None, *, include_seen: bool = False) -> AuditReport:
    """The audit of what is in the store (one read)."""
    with reading(store.engine) as conn:
        repos = Repositories(conn)
        own = repos.own_activity
        return build_audit(
            own.comments(since),
            own.reactions(since),
            repos.plan.list(),
            repos.audit.seen_keys(),
            since=since,
            include_seen=include_seen,
        )


def mark_seen(store: Store, items: Sequence[AuditItem]) -> int:
    """Dismiss items ("gesehen"); they stay dismissed across re-imports. Returns how many were new marks."""
    with store.transaction() as unit:
        return unit.audit.mark_seen((item.key, str(item.kind)) for item in items)


def mark_unseen(store: Store, items: Sequence[AuditItem]) -> int:
    """Show dismissed items again; returns how many marks were removed."""
    with store.transaction() as unit:
        return unit.audit.unmark(item.key for item in items)
