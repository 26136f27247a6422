"""Which plan post an analytics figure belongs to: by the post's link, else by its publish day.

A share or ugcPost id is not the activity id of the same post, so links match only when kind and number agree.
Where they cannot (different kinds, or a post without link), the publish day decides, but only when exactly one
published post and exactly one unmatched figure share that day: two posts on one day stay unjoined rather than
guessed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date

from advisor_tui.domain.audience.models import PostFigures
from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.post_links import PostRef, post_ref


def _publish_day(post: Post) -> date | None:
    if post.published_on is not None:
        return post.published_on
    return post.planned_on if post.status is PostStatus.PUBLISHED else None


def _contradicts(mine: PostRef | None, theirs: PostRef | None) -> bool:
    """Both links name a post of the same kind, but a different one."""
    return mine is not None and theirs is not None and mine.kind == theirs.kind and mine.number != theirs.number


def figures_by_post(posts: Sequence[Post], figures: Sequence[PostFigures]) -> dict[int, PostFigures]:
    """Post id → its figures: by the reference in `published_url`, else by a publish day only one post has."""
    by_ref = {f.ref: f for f in figures if f.ref is not None}
    refs = {post.id: post_ref(post.published_url) if post.published_url else None for post in posts}
    joined: dict[int, PostFigures] = {}
    for post in posts:
        ref = refs[post.id]
        if post.id is not None and ref is not None and ref in by_ref:
            joined[post.id] = by_ref[ref]
    taken = {id(f) for f in joined.values()}
    posts_on: dict[date, list[Post]] = defaultdict(list)
    for post in posts:
        day = _publish_day(post)
        if post.id is not None and post.id not in joined and day is not None:
            posts_on[day].append(post)
    figures_on: dict[date, list[PostFigures]] = defaultdict(list)
    for item in figures:
        if id(item) not in taken and item.published_on is not None:
            figures_on[item.published_on].append(item)
    for day, candidates in posts_on.items():
        found = figures_on.get(day, [])
        if len(candidates) == 1 and len(found) == 1 and not _contradicts(refs[candidates[0].id], found[0].ref):
            joined[candidates[0].id or 0] = found[0]
    return joined
