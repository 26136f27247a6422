"""Post figures join the plan's posts by the link's post id, else by a publish day only one post has."""

from __future__ import annotations

from datetime import date

from advisor_tui.domain.audience.joining import figures_by_post
from advisor_tui.domain.audience.models import PostFigures
from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.post_links import post_ref

ACTIVITY = "https://www.linkedin.com/feed/update/urn:li:activity:7406535690785632256"
SHARE = "https://www.linkedin.com/feed/update/urn:li:share:7406535690785632999"
OTHER_ACTIVITY = "https://www.linkedin.com/feed/update/urn:li:activity:7406535690785630000"


def _figures(url: str, day: date | None) -> PostFigures:
    return PostFigures(url, post_ref(url), day, impressions=10)


def _post(post_id: int, url: str = "", day: date | None = None, status: PostStatus = PostStatus.PUBLISHED) -> Post:
    return Post(title=f"Beitrag {post_id}", status=status, published_url=url, published_on=day, id=post_id)


def test_by_link_then_by_the_only_post_of_the_day() -> None:
    by_link = _figures(ACTIVITY, date(2025, 12, 16))
    by_day = _figures(OTHER_ACTIVITY, date(2025, 12, 10))
    posts = [
        _post(1, ACTIVITY + "/", date(2025, 12, 16)),
        _post(2, SHARE, date(2025, 12, 10)),
    ]  # a share id is no activity id: the day decides
    assert figures_by_post(posts, [by_link, by_day]) == {1: by_link, 2: by_day}


def test_two_posts_or_two_figures_on_one_day_stay_unjoined() -> None:
    day = date(2025, 12, 10)
    assert figures_by_post([_post(1, day=day), _post(2, day=day)], [_figures(ACTIVITY, day)]) == {}
    assert figures_by_post([_post(1, day=day)], [_figures(ACTIVITY, day), _figures(OTHER_ACTIVITY, day)]) == {}


def test_a_different_post_of_the_same_kind_never_joins_by_day() -> None:
    day = date(2025, 12, 10)
    assert figures_by_post([_post(1, OTHER_ACTIVITY, day)], [_figures(ACTIVITY, day)]) == {}


def test_planned_day_counts_only_for_published_posts() -> None:
    day = date(2025, 12, 10)
    figures = _figures(ACTIVITY, day)
    published = Post(title="x", status=PostStatus.PUBLISHED, planned_on=day, id=1)
    planned = Post(title="y", status=PostStatus.PLANNED, planned_on=day, id=2)
    assert figures_by_post([published, planned], [figures]) == {1: figures}
    assert figures_by_post([planned], [figures]) == {}
