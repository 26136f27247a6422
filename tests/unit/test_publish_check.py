"""Before a post goes online: the audit's check runs on its text, and only accepted findings let it through."""

from __future__ import annotations

import dataclasses

import pytest

from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.usecases import planning
from advisor_tui.usecases.planning import PublishRisks

WEEK = IsoWeek(2026, 48)
RISKY = "Kenne ich gut: Zum Quartalsende ist der Vertriebsdruck bei uns enorm. Wie gehen Sie damit um?"
HARMLESS = "Wie sichern Sie die Liquidität bis zum Frühjahr? Drei Wege haben sich in der Praxis bewährt."


def _post(store, body: str, status: PostStatus = PostStatus.PLANNED) -> Post:
    post = Post("Quartalsende", WEEK.year, WEEK.week, body=body, status=status)
    return planning.save_post(store, post, accept_risks=True).post


def test_advancing_a_risky_post_to_published_stops_until_accepted(store) -> None:
    post = _post(store, RISKY)
    with pytest.raises(PublishRisks) as stopped:
        planning.advance_status(store, post.id)
    assert stopped.value.post.id == post.id and [f.code for f in stopped.value.findings] == ["sensitive-topic"]
    assert "1 heikle Stelle" in str(stopped.value)
    assert store.plan.get(post.id).status is PostStatus.PLANNED  # nothing written
    assert planning.advance_status(store, post.id, accept_risks=True).status is PostStatus.PUBLISHED


def test_mark_published_and_the_editor_are_guarded_too_and_harmless_posts_pass(store) -> None:
    risky = _post(store, RISKY)
    with pytest.raises(PublishRisks):
        planning.mark_published(store, risky.id, "https://www.linkedin.com/posts/1")
    with pytest.raises(PublishRisks):
        planning.save_post(store, dataclasses.replace(risky, status=PostStatus.PUBLISHED))
    with pytest.raises(PublishRisks):
        planning.save_post(store, Post("Neu", WEEK.year, WEEK.week, body=RISKY, status=PostStatus.PUBLISHED))
    assert planning.mark_published(store, _post(store, HARMLESS).id).status is PostStatus.PUBLISHED
    # Steps before Veröffentlicht and a post already online are no publishing: no check.
    draft = _post(store, RISKY, PostStatus.DRAFT)
    assert planning.advance_status(store, draft.id).status is PostStatus.PLANNED
    online = _post(store, RISKY, PostStatus.PUBLISHED)
    assert planning.save_post(store, dataclasses.replace(online, title="Quartal")).post.title == "Quartal"
