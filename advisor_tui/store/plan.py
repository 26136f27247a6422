"""Posts of the content plan."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from typing import Any

from sqlalchemy import Row, delete, insert, select, update

from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.store.tables import POST, inserted_id
from advisor_tui.store.timeconv import utc_now
from advisor_tui.store.unit import Bind, reading, writing

_COLUMN_FIELDS = tuple(f.name for f in fields(Post) if f.name not in {"id", "status"})


def post_from_row(row: Row[Any]) -> Post:
    """A domain Post from a `post` row."""
    return Post(**{name: getattr(row, name) for name in _COLUMN_FIELDS}, status=PostStatus(row.status), id=row.id)


def post_values(post: Post) -> dict:
    """Column values for a post."""
    return {**{name: getattr(post, name) for name in _COLUMN_FIELDS}, "status": str(post.status)}


class PlanRepository:
    """Reads and writes posts as plain domain objects."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind

    def list(self) -> list[Post]:
        """All posts, scheduled ones by week, ideas last."""
        with reading(self._bind) as conn:
            query = select(POST).order_by(POST.c.iso_year.is_(None), POST.c.iso_year, POST.c.iso_week, POST.c.id)
            return [post_from_row(row) for row in conn.execute(query)]

    def get(self, post_id: int) -> Post | None:
        """One post by id, or None when it is gone (deleted in another window)."""
        with reading(self._bind) as conn:
            row = conn.execute(select(POST).where(POST.c.id == post_id)).first()
            return post_from_row(row) if row is not None else None

    def add(self, post: Post) -> int:
        """Insert a post; returns its id."""
        now = utc_now()
        with writing(self._bind) as conn:
            result = conn.execute(insert(POST).values(**post_values(post), created_at=now, updated_at=now))
            return inserted_id(result)

    def add_many(self, posts: Sequence[Post]) -> None:
        """Insert several posts in one transaction."""
        if not posts:
            return
        now = utc_now()
        with writing(self._bind) as conn:
            conn.execute(insert(POST), [{**post_values(p), "created_at": now, "updated_at": now} for p in posts])

    def update(self, post: Post) -> None:
        """Save an edited post."""
        with writing(self._bind) as conn:
            conn.execute(update(POST).where(POST.c.id == post.id).values(**post_values(post), updated_at=utc_now()))

    def delete(self, post_id: int) -> None:
        """Remove a post."""
        with writing(self._bind) as conn:
            conn.execute(delete(POST).where(POST.c.id == post_id))
