"""Which plan post an exported post is: by key, by link, else by week and alike text; and its title."""

from __future__ import annotations

from datetime import UTC, date, datetime

from advisor_tui.domain.activity.history import match_history, post_title
from advisor_tui.domain.activity.own import PublishedPost
from advisor_tui.domain.models import Post, PostStatus

MONDAY = datetime(2026, 3, 9, 8, 0, tzinfo=UTC)  # KW 11 2026


def _share(text: str, key: str, at: datetime = MONDAY, link: str = "") -> PublishedPost:
    return PublishedPost(key, at, text, link or f"https://www.linkedin.com/feed/update/{key}")


def _plan(post_id: int, title: str, week: int = 11, **kw) -> Post:
    return Post(title, iso_year=2026, iso_week=week, status=kw.pop("status", PostStatus.PLANNED), id=post_id, **kw)


def test_week_and_text_match_only_alike_posts_and_each_plan_post_once() -> None:
    plan = [
        _plan(1, "Betriebliche Altersvorsorge"),
        _plan(2, "Nachfolge im Mittelstand: fünf Fragen"),
        # marked published by hand a week late: looked for in the week it went online too
        _plan(3, "Zinswende erklärt", week=10, status=PostStatus.PUBLISHED, published_on=date(2026, 3, 10)),
        _plan(
            4,
            "Nachfolge im Mittelstand: fünf Fragen",
            published_url="https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000009",
        ),
    ]  # names another post
    shares = [
        _share("Nachfolge im Mittelstand: fünf Fragen, die Sie sich stellen sollten", "urn:li:share:1"),
        _share("Nachfolge im Mittelstand, Teil 2", "urn:li:share:2"),
        _share("Die Zinswende erklärt, in drei Bildern", "urn:li:share:3"),
        _share("Nachfolge im Mittelstand: fünf Fragen", "urn:li:share:1"),
    ]  # the same key again
    found = match_history(shares, plan, {})
    assert [(item.key, post.id) for item, post in found.matched] == [("urn:li:share:1", 2), ("urn:li:share:3", 3)]
    assert [item.key for item in found.new] == ["urn:li:share:2"] and found.known == []


def test_known_keys_links_and_reposts() -> None:
    old_link = "https://www.linkedin.com/updates?discuss=&scope=62&stype=M&topic=6278&type=U&a=HjL1"
    plan = [
        _plan(1, "Schon importiert"),
        _plan(2, "Artikel geteilt", own_content=False),
        _plan(3, "Alt", week=23, published_url=old_link),
    ]
    shares = [
        _share("Schon importiert", "urn:li:share:1"),
        _share("", "urn:li:share:2"),
        PublishedPost(old_link, datetime(2017, 6, 8, tzinfo=UTC), "Lesenswert.", old_link),
    ]
    found = match_history(shares, plan, {1: "urn:li:share:1"})
    assert [post.id for _item, post in found.known] == [1]
    assert sorted(post.id for _item, post in found.matched) == [2, 3]


def test_titles_are_one_short_safe_line() -> None:
    assert post_title('"\n\n  Nachfolge   ist Chefsache.\nZweite Zeile') == "Nachfolge ist Chefsache."
    long = post_title(
        "Warum Familienunternehmen ihre Finanzierung anders denken müssen als Konzerne, und was das heißt"
    )
    assert long == "Warum Familienunternehmen ihre Finanzierung anders denken…" and len(long) <= 60
    assert post_title("Alarm\x1b[31m") == "Alarm␛[31m"
    assert post_title("", "https://www.faz.net/x") == "Weitergeteilter Beitrag (faz.net)"
    assert (
        post_title("", "", "Betriebsrente") == "Geteilt: Betriebsrente" and post_title("") == "Weitergeteilter Beitrag"
    )
