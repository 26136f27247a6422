"""Writing the export's own activity inside the import's transaction: published posts into the plan,
comments and reactions into their tables."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select

from advisor_tui.domain.activity.history import match_history, post_title
from advisor_tui.domain.activity.own import EXPORT_SOURCE, PublishedPost
from advisor_tui.domain.contacts.batch import ImportBatch
from advisor_tui.domain.models import PostStatus
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.store.own_activity import add_comments, add_reactions
from advisor_tui.store.plan import post_from_row
from advisor_tui.store.rawsql import db_datetime
from advisor_tui.store.tables import POST
from advisor_tui.store.timeconv import utc_now

_NEW_COLUMNS = (
    "title",
    "body",
    "channel",
    "iso_year",
    "iso_week",
    "planned_on",
    "status",
    "own_content",
    "source",
    "target_segment",
    "published_url",
    "published_on",
    "created_at",
    "updated_at",
)
_INSERT = f"INSERT INTO post ({', '.join(_NEW_COLUMNS)}) VALUES ({', '.join('?' * len(_NEW_COLUMNS))})"
# The plan's post becomes the published one: its title and segment stay, the export says what went online.
_MATCH = (
    "UPDATE post SET status = ?, published_on = ?, published_url = CASE WHEN published_url = '' THEN ? "
    "ELSE published_url END, body = CASE WHEN ? = '' THEN body ELSE ? END, iso_year = ?, iso_week = ?, "
    "own_content = own_content AND ?, updated_at = ? WHERE id = ?"
)
_KEY_INSERT = "INSERT INTO post_export (post_id, import_key, visibility) VALUES (?, ?, ?)"
_PUBLISHED = str(PostStatus.PUBLISHED)


@dataclass(slots=True)
class ActivityCounts:
    """What the own activity of one import changed."""

    posts_added: int = 0
    posts_matched: int = 0
    posts_unchanged: int = 0
    comments_added: int = 0
    reactions_added: int = 0


def write_own_activity(conn: Connection, batch: ImportBatch) -> ActivityCounts:
    """Write the batch's posts, comments and reactions on the caller's connection (its transaction)."""
    counts = ActivityCounts()
    if batch.posts:
        _write_posts(conn, batch.posts, counts)
    counts.comments_added = add_comments(conn, batch.comments)
    counts.reactions_added = add_reactions(conn, batch.reactions)
    return counts


def _write_posts(conn: Connection, posts: list[PublishedPost], counts: ActivityCounts) -> None:
    plan = [post_from_row(row) for row in conn.execute(select(POST))]
    keys: dict[int, str] = dict(conn.exec_driver_sql("SELECT post_id, import_key FROM post_export").fetchall())
    found = match_history(posts, plan, keys)
    now = db_datetime(utc_now())
    updates = []
    for item, post in found.matched:
        week = IsoWeek.from_date(item.published_on)
        updates.append(
            (
                _PUBLISHED,
                item.published_on.isoformat(),
                item.link,
                item.text,
                item.text,
                week.year,
                week.week,
                item.own_content,
                now,
                post.id,
            )
        )
    if updates:
        conn.exec_driver_sql(_MATCH, updates)
    inserts = [_new_row(item, now) for item in found.new]
    ids = [post.id for _item, post in found.matched]
    if inserts:
        # Rowids of one writer in one transaction follow the highest one: the new posts' ids without a read each.
        last = conn.exec_driver_sql("SELECT coalesce(max(id), 0) FROM post").scalar_one()
        conn.exec_driver_sql(_INSERT, inserts)
        ids.extend(range(last + 1, last + 1 + len(inserts)))
        if conn.exec_driver_sql("SELECT count(*) FROM post WHERE id > ?", (last,)).scalar_one() != len(inserts):
            raise RuntimeError("the new posts did not get consecutive ids")
    exported = [item for item, _post in found.matched] + found.new
    if exported:
        keyed = [(post_id, item.key, item.visibility) for post_id, item in zip(ids, exported, strict=True)]
        conn.exec_driver_sql(_KEY_INSERT, keyed)
    counts.posts_added = len(inserts)
    counts.posts_matched = len(updates)
    counts.posts_unchanged = len(found.known)


def _new_row(item: PublishedPost, now: str) -> tuple:
    day = item.published_on
    week = IsoWeek.from_date(day)
    title = item.title or post_title(item.text, item.shared_url)
    return (
        title,
        item.text,
        "linkedin",
        week.year,
        week.week,
        day.isoformat(),
        _PUBLISHED,
        item.own_content,
        EXPORT_SOURCE,
        "",
        item.link,
        day.isoformat(),
        now,
        now,
    )
