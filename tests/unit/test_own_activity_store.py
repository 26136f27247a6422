"""The own activity of the export in the store: posts into the plan, comments and reactions, never twice."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from advisor_tui.domain.activity.own import OwnComment, OwnReaction, PublishedPost
from advisor_tui.domain.contacts.batch import ImportBatch
from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.store.importer import BatchWriter
from advisor_tui.store.store import Store

SHARE = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6973486117328359424"


def _batch(**lists) -> ImportBatch:
    return ImportBatch(source="export.zip", **lists)


def _share(at: datetime, text: str, link: str = SHARE, key: str = "urn:li:share:6973486117328359424"):
    return PublishedPost(key=key, at=at, text=text, link=link, title=text.splitlines()[0] if text else "")


def test_comments_and_reactions_are_stored_once_and_read_since_a_berlin_day(store: Store) -> None:
    comments = [
        OwnComment(datetime(2022, 9, 8, 18, 34, 12, tzinfo=UTC), "https://x/1", 'Sehr "guter" Punkt'),
        # 23:30 UTC on 7 March is 8 March in Berlin
        OwnComment(datetime(2024, 3, 7, 23, 30, tzinfo=UTC), "https://x/2", "Danke für den Hinweis."),
    ]
    reactions = [OwnReaction(datetime(2024, 3, 8, 10, 0, tzinfo=UTC), "LIKE", "https://x/3")]
    first = BatchWriter(store.engine).apply(_batch(comments=comments, reactions=reactions))
    again = BatchWriter(store.engine).apply(_batch(comments=comments, reactions=reactions))
    assert (first.own.comments_added, first.own.reactions_added) == (2, 1)
    assert (again.own.comments_added, again.own.reactions_added) == (0, 0)
    stored = store.own_activity.comments()
    assert [c.text for c in stored] == ['Sehr "guter" Punkt', "Danke für den Hinweis."]
    assert stored[0].at == comments[0].at and stored[0].id is not None
    assert [c.link for c in store.own_activity.comments(since=date(2024, 3, 8))] == ["https://x/2"]
    assert store.own_activity.comments(since=date(2024, 3, 9)) == []
    assert [(r.kind, r.link) for r in store.own_activity.reactions(since=date(2024, 1, 1))] == [("LIKE", "https://x/3")]


def test_a_share_becomes_a_published_post_once(store: Store) -> None:
    share = _share(datetime(2024, 3, 10, 23, 30, tzinfo=UTC), "Nachfolge ist Chefsache.\n\nZweiter Absatz")
    first = BatchWriter(store.engine).apply(_batch(posts=[share]))
    again = BatchWriter(store.engine).apply(_batch(posts=[share]))
    assert (first.own.posts_added, again.own.posts_added, again.own.posts_unchanged) == (1, 0, 1)
    [post] = store.plan.list()
    assert post.status is PostStatus.PUBLISHED and post.published_on == date(2024, 3, 11)  # Monday in Berlin
    assert (post.iso_year, post.iso_week) == (2024, 11)
    assert post.published_url == SHARE and post.own_content and post.source == "LinkedIn-Export"
    assert post.body == "Nachfolge ist Chefsache.\n\nZweiter Absatz" and post.title == "Nachfolge ist Chefsache."
    assert first.as_json()["posts_added"] == 1 and again.as_json()["posts_unchanged"] == 1


def test_a_planned_post_becomes_the_published_one_by_link_or_by_week_and_text(store: Store) -> None:
    linked = store.plan.add(
        Post(
            "Zinswende",
            iso_year=2024,
            iso_week=5,
            status=PostStatus.PLANNED,
            published_url="https://www.linkedin.com/posts/anna_x-share-6973486117328359424-AbCd",
        )
    )
    planned = store.plan.add(
        Post(
            "Nachfolge im Mittelstand: fünf Fragen",
            iso_year=2024,
            iso_week=11,
            status=PostStatus.PLANNED,
            target_segment="Unternehmer",
        )
    )
    other = store.plan.add(Post("Betriebliche Altersvorsorge", iso_year=2024, iso_week=11, status=PostStatus.PLANNED))
    shares = [
        _share(
            datetime(2024, 3, 12, 8, 0, tzinfo=UTC),
            "Nachfolge im Mittelstand: fünf Fragen, die Sie sich stellen sollten.",
            link="https://www.linkedin.com/feed/update/urn:li:share:7000000000000000001",
            key="urn:li:share:7000000000000000001",
        ),
        _share(datetime(2024, 2, 20, 8, 0, tzinfo=UTC), "Die Zinswende ist da."),
    ]
    result = BatchWriter(store.engine).apply(_batch(posts=shares))
    assert (result.own.posts_added, result.own.posts_matched) == (0, 2)
    posts = {p.id: p for p in store.plan.list()}
    assert posts[planned].status is PostStatus.PUBLISHED and posts[planned].target_segment == "Unternehmer"
    assert posts[planned].title == "Nachfolge im Mittelstand: fünf Fragen"
    assert posts[planned].body.startswith("Nachfolge im Mittelstand: fünf Fragen, die")
    assert posts[planned].published_url.endswith("7000000000000000001")
    # matched by its link although planned for another week: it moves to the week it appeared in
    assert (posts[linked].iso_week, posts[linked].published_on, posts[linked].planned_on) == (
        8,
        *[date(2024, 2, 20)] * 2,
    )
    assert posts[linked].published_url.startswith("https://www.linkedin.com/posts/anna_x")
    assert posts[other].status is PostStatus.PLANNED
    again = BatchWriter(store.engine).apply(_batch(posts=shares))
    assert (again.own.posts_added, again.own.posts_matched, again.own.posts_unchanged) == (0, 0, 2)
    assert len(store.plan.list()) == 3


def test_a_repost_is_shared_content_titled_after_its_source(store: Store) -> None:
    repost = PublishedPost(
        key="urn:li:share:1234567890123456789",
        at=datetime(2024, 3, 12, tzinfo=UTC),
        text="",
        link="https://www.linkedin.com/feed/update/urn:li:share:1234567890123456789",
        shared_url="https://www.handelsblatt.com/finanzen/artikel",
    )
    BatchWriter(store.engine).apply(_batch(posts=[repost]))
    [post] = store.plan.list()
    assert not post.own_content and post.title == "Weitergeteilter Beitrag (handelsblatt.com)"


def test_the_demo_holds_recent_own_comments_and_reactions(demo_store: Store) -> None:
    from advisor_tui.demo_activity import COMMENTS, REACTIONS
    from tests.conftest import FIXED_NOW

    since = FIXED_NOW.date() - timedelta(days=14)
    recent = sum(1 for days, *_ in COMMENTS if days <= 14)
    assert len(demo_store.own_activity.comments()) == len(COMMENTS) and 0 < recent < len(COMMENTS)
    assert len(demo_store.own_activity.comments(since)) == recent
    assert len(demo_store.own_activity.reactions()) == len(REACTIONS) > 0
    assert any("Vorstandsetage" in comment.text for comment in demo_store.own_activity.comments())


def test_a_post_named_by_another_link_in_a_later_export_is_not_added_again(store: Store) -> None:
    at = datetime(2022, 9, 8, 4, 10, 18, tzinfo=UTC)
    BatchWriter(store.engine).apply(_batch(posts=[_share(at, "Nachfolge ist Chefsache.")]))
    later = _share(
        at,
        "Nachfolge ist Chefsache.",
        link="https://www.linkedin.com/feed/update/urn:li:ugcPost:7000000000000000002",
        key="urn:li:ugcPost:7000000000000000002",
    )
    result = BatchWriter(store.engine).apply(_batch(posts=[later]))
    assert (result.own.posts_added, result.own.posts_unchanged) == (0, 1) and len(store.plan.list()) == 1
