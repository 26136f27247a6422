"""The audit screen's state: filters, the row followed after a reload, and the lines it shows."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from advisor_tui.domain.activity.own import OwnComment, OwnReaction
from advisor_tui.usecases.audit import build_audit
from advisor_tui.usecases.audit_browse import AuditBrowse

RISKY = ("Typisch unser Vorstand – keine Ahnung.", "Glückwunsch, Thomas! Du hast es verdient.")
COMMENTS = [OwnComment(datetime(2026, 11, 20 - n, 9, 0, tzinfo=UTC), f"https://x/{n}", t) for n, t in enumerate(RISKY)]
REACTIONS = [
    OwnReaction(datetime(2026, 11, 2, tzinfo=UTC), "LIKE", "https://x/r"),
    OwnReaction(datetime(2026, 10, 2, tzinfo=UTC), "FUNNY", "https://x/f"),
]


def test_the_state_follows_an_item_and_says_what_it_shows() -> None:
    state = AuditBrowse()
    assert state.status() == "Wird geladen …" and state.current() is None and state.empty_text() == ""
    report = build_audit(COMMENTS, REACTIONS, [], frozenset())
    assert state.show(report) == 0 and state.current() is report.items[0]
    state.row, state.follow = 0, report.items[2].key
    assert state.show(report) == 2
    assert state.status() == (
        "3 offene Einträge · 0 gesehen (ausgeblendet) · 2 Kommentare, 0 Beiträge, 2 Reaktionen · gesamter Zeitraum"
    )
    assert state.reactions_line().startswith("Reaktionen je Monat – 11/2026: 1 · 10/2026: 1")
    state.show(build_audit([], [], [], frozenset()))
    assert state.row == 0 and state.current() is None and "Comments.csv" in state.empty_text()
    seen = frozenset(item.key for item in report.items)
    state.show(build_audit(COMMENTS, REACTIONS, [], seen))
    assert state.empty_text() == "Nichts Heikles gefunden. 3 Einträge sind als gesehen ausgeblendet (a)."
    state.toggle_seen()
    assert state.include_seen and "(angezeigt)" in state.status()


def test_since_is_typed_german_or_iso_and_a_bad_day_is_refused() -> None:
    state = AuditBrowse()
    state.set_since("01.11.2026")
    assert state.since == date(2026, 11, 1) and state.since_text == "01.11.2026"
    state.set_since(" ")
    assert state.since is None
    with pytest.raises(ValueError, match="kein Datum"):
        state.set_since("32.11.2026")
