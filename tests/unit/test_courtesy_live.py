"""A check while typing: it gives way to a newer text and leaves cold suggestions for a second pass."""

from __future__ import annotations

from advisor_tui.domain.courtesy import check_spelling
from advisor_tui.domain.courtesy.live import LiveCheck, run_live
from advisor_tui.domain.courtesy.speller import german_speller

TEXT = "Guten Tag Frau Weber,\n\nich freue mich auf das Gesprräch über die Finanzirung.\n\nViele Grüße\nJonas Hoffmann"


def test_a_live_check_defers_cold_suggestions_and_the_second_pass_matches_the_full_check() -> None:
    speller = german_speller().fresh()
    first = LiveCheck()
    quick = check_spelling(TEXT, speller=speller, live=first)
    assert {"Gesprräch", "Finanzirung"} <= set(first.deferred)
    assert {f.code for f in quick} == {"spelling-unknown"} and all(f.suggestion is None for f in quick)
    second = first.complete()
    assert check_spelling(TEXT, speller=speller, live=second) == check_spelling(TEXT, speller=german_speller().fresh())
    assert not second.deferred and not second.stopped


def test_a_superseded_check_stops_inside_a_slow_suggestion_and_delivers_nothing() -> None:
    speller = german_speller().fresh()
    delivered: list[object] = []
    asked = []

    def superseded() -> bool:  # a newer text arrives while the second pass computes suggestions
        asked.append(bool(delivered))
        return sum(asked) > 5

    run_live(lambda live: check_spelling(TEXT, speller=speller, live=live), superseded, delivered.append)
    assert len(delivered) == 1  # the quick findings, never the second pass's
    assert speller.suggested("Gesprräch") is None or speller.suggested("Finanzirung") is None  # stopped inside
    stopped = LiveCheck(superseded=lambda: True, defer_suggestions=False)
    assert check_spelling("Das Gesprräch", speller=german_speller().fresh(), live=stopped) == []
    assert stopped.stopped
