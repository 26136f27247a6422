"""The audit use case on plain objects, and the "gesehen" marks kept in the store."""

from __future__ import annotations

from datetime import UTC, date, datetime

from advisor_tui.domain.activity.own import OwnComment, OwnReaction
from advisor_tui.domain.courtesy.audit import AuditKind
from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.usecases.audit import build_audit, mark_seen, mark_unseen

LINK = "https://www.linkedin.com/feed/update/urn:li:activity:72630000000000000{}"


Comment, Reaction = OwnComment, OwnReaction

COMMENTS = [
    Comment(datetime(2026, 11, 20, 18, 34), LINK.format(1), "Typisch unser Vorstand – keine Ahnung vom Geschäft."),
    Comment(datetime(2026, 11, 18, 9, 5), LINK.format(2), "Herzlichen Glückwunsch zum Jubiläum, Frau Schneider!"),
    Comment(datetime(2026, 9, 1, 12, 0), LINK.format(3), "Glückwunsch, Thomas! Du hast es verdient."),
]
REACTIONS = [
    Reaction(datetime(2026, 11, 19, 7, 0), "ENTERTAINMENT", LINK.format(4)),
    Reaction(datetime(2026, 11, 2, 7, 0), "LIKE", LINK.format(5)),
    Reaction(datetime(2026, 10, 2, 7, 0), "PRAISE", LINK.format(6)),
]
POSTS = [
    Post(
        "Wahl",
        body="Die Ampel hat den Mittelstand an die Wand gefahren.",
        status=PostStatus.PUBLISHED,
        published_on=date(2026, 11, 10),
        published_url=LINK.format(7),
    ),
    Post("Entwurf", body="Die Ampel hat den Mittelstand an die Wand gefahren.", status=PostStatus.DRAFT),
]


def test_the_audit_lists_risky_items_newest_first_with_what_was_read() -> None:
    report = build_audit(COMMENTS, REACTIONS, POSTS, frozenset())
    assert [(item.kind, item.link) for item in report.items] == [
        (AuditKind.COMMENT, LINK.format(1)),
        (AuditKind.REACTION, LINK.format(4)),
        (AuditKind.POST, LINK.format(7)),
        (AuditKind.COMMENT, LINK.format(3)),
    ]
    assert (report.open_count, report.seen_count, report.comments, report.posts, report.reactions) == (4, 0, 3, 1, 3)
    assert [(m.month, m.total) for m in report.reaction_months] == [("2026-11", 2), ("2026-10", 1)]
    assert not report.nothing_imported and build_audit([], [], [POSTS[1]], frozenset()).nothing_imported


def test_since_leaves_older_items_out() -> None:
    report = build_audit(COMMENTS, REACTIONS, POSTS, frozenset(), since=date(2026, 11, 15))
    assert [item.link for item in report.items] == [LINK.format(1), LINK.format(4)]
    assert (report.comments, report.posts, report.reactions, report.since) == (2, 0, 1, date(2026, 11, 15))


def test_seen_items_are_hidden_unless_asked_for_and_stay_seen_across_a_reimport(store) -> None:
    first = build_audit(COMMENTS, REACTIONS, POSTS, store.audit.seen_keys())
    assert mark_seen(store, first.items[:2]) == 2 and mark_seen(store, first.items[:1]) == 0
    # A re-import makes new objects (new ids) of the same rows: the marks still hold.
    again = [Comment(c.at, c.link, c.text, id=99) for c in COMMENTS]
    report = build_audit(again, REACTIONS, POSTS, store.audit.seen_keys())
    assert [item.link for item in report.items] == [LINK.format(7), LINK.format(3)]
    assert (report.open_count, report.seen_count) == (2, 2)
    everything = build_audit(again, REACTIONS, POSTS, store.audit.seen_keys(), include_seen=True)
    assert [item.seen for item in everything.items] == [True, True, False, False]
    assert mark_unseen(store, everything.items[:1]) == 1
    assert build_audit(again, REACTIONS, POSTS, store.audit.seen_keys()).open_count == 3


def test_read_audit_reads_the_store_and_keeps_marks_across_a_reimport(store) -> None:
    from advisor_tui.domain.contacts.batch import ImportBatch
    from advisor_tui.store.importer import BatchWriter
    from advisor_tui.usecases.audit import read_audit

    comments = [OwnComment(c.at.replace(tzinfo=UTC), c.link, c.text) for c in COMMENTS]
    reactions = [OwnReaction(r.at.replace(tzinfo=UTC), r.kind, r.link) for r in REACTIONS]
    batch = ImportBatch(source="Comments.csv", comments=comments, reactions=reactions)
    BatchWriter(store.engine).apply(batch)
    store.plan.add_many(POSTS)
    report = read_audit(store)
    assert [item.link for item in report.items] == [LINK.format(n) for n in (1, 4, 7, 3)]
    mark_seen(store, report.items[:1])
    BatchWriter(store.engine).apply(batch)  # the same export once more
    again = read_audit(store, since=date(2026, 11, 1))
    assert [item.link for item in again.items] == [LINK.format(4), LINK.format(7)] and again.seen_count == 1
