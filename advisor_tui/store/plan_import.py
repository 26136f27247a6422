"""Bringing planned posts in from a file: new ones added, ones already planned left alone."""

from __future__ import annotations

from advisor_tui.domain.models import Post
from advisor_tui.store.store import Store


def _post_key(post: Post) -> tuple:
    return post.iso_year, post.iso_week, " ".join(post.title.casefold().split())


def import_posts(store: Store, posts: list[Post], skipped: list[tuple[int, str]]) -> dict:
    """Add the posts that are not planned yet (same week and title); the `import --json` summary."""
    known = {_post_key(post) for post in store.plan.list()}
    new: list[Post] = []
    for post in posts:
        key = _post_key(post)
        if key not in known:
            known.add(key)
            new.append(post)
    store.plan.add_many(new)
    return {
        "added": len(new),
        "updated": 0,
        "unchanged": len(posts) - len(new),
        "skipped": [{"line": line, "reason": reason} for line, reason in skipped],
    }
