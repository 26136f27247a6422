"""The pure parts of bench/latency.py: reading the captured pane, the statistics, the goals (nothing timed)."""

from __future__ import annotations

from bench import latency_screens as screens
from bench.latency import DRAFT, MARKER, MARKER_MESSAGE, PHRASE
from bench.latency_report import Figure, any_over, figures, maximum, median, shown, table
from bench.latency_tmux import tmux_quote

FOOTER = "/ Suchen t Taggen f Filter F1 Hilfe"
KONTAKTE_LOADING = [
    "  h Heute   k Kontakte   n Nachricht   r Redaktionsplan",
    " / Suchen: Name, Firma, Position …",
    " Kontakte werden geladen …",
    "  Name                  Firma                   Position",
    "",
    "",
    FOOTER,
]
KONTAKTE = [
    "  h Heute   k Kontakte   n Nachricht   r Redaktionsplan",
    " / Suchen: Name, Firma, Position …",
    " 30.000 Kontakte · 30.000 ohne Branche oder Rolle · die ersten 1.000 angezeigt, Suche eingrenzen",
    "  Name                  Firma                   Position",
    *[f"  Müller, Anna          Weber Bau GmbH          Inhaber {n}" for n in range(6)],
    FOOTER,
]
SEARCHED = [
    " müller sch",
    " 1.575 von 30.000 Kontakten passen zu „müller sch“ · die ersten 1.000 angezeigt, Suche eingrenzen",
    "  Name                  Firma                   Position",
    "  Müller, Anna          Weber Bau GmbH          Kaufmännischer Leit…",
    FOOTER,
]
HEUTE = [
    " ╭──────╮ ╭──────╮",
    " │           30.000            │ │           30.000            │ │              3              │",
    " │          Kontakte           │ │   ohne Branche oder Rolle   │ │     warten auf Antwort      │",
    " Warten auf Antwort (3)",
    "  Henrike Albrecht-Brandt                                        Brandt Präzisionsteile GmbH",
    " Offene Vernetzungsanfragen (3)",
    "  Cornelius Vollmer                                                               Gern würde ich …",
    " KW 49: Noch kein Beitrag geplant.",
    FOOTER,
]
FINDINGS = [
    " ╭──────╮ Prüfung · 2 Befunde",
    " │ Ich freue mich auf Ihre Rückmeldung und!!   ││  Hinweis Z. 15, Sp. 41                           │",
    " │                                             ││  Unbekanntes Wort „Gespr“.                       │",
    " │ Mit freundlichen Grüßen                     ││  Hinweis Z. 16, Sp. 40                           │",
    " │ Stefan Hofmann                              ││  Mehrere Ausrufe- oder Fragezeichen wirken       │",
]


def test_first_frame_is_anything_drawn() -> None:
    assert not screens.drawn(["", "   ", ""])
    assert screens.drawn(["", " ⭘   advisor-tui"])


def test_kontakte_is_drawn_when_the_status_counts_every_contact_above_rows() -> None:
    assert screens.kontakte_drawn(KONTAKTE, 30_000)
    assert not screens.kontakte_drawn(KONTAKTE_LOADING, 30_000)
    assert not screens.kontakte_drawn(KONTAKTE, 100_000)
    assert not screens.kontakte_drawn(KONTAKTE[:4] + [FOOTER], 30_000)  # status drawn, rows not yet


def test_search_hits_only_for_the_typed_query_with_rows_drawn() -> None:
    assert screens.search_hits(SEARCHED, "müller sch") == 1575
    assert screens.search_hits(SEARCHED, "müller sc") is None
    assert screens.search_hits(SEARCHED, "müller sch ") == 1575  # the status shows the query stripped
    assert screens.search_hits(SEARCHED[:2] + [FOOTER], "müller sch") is None
    nothing = [" 0 von 30.000 Kontakten passen zu „xyzzy“", FOOTER]
    assert screens.search_hits(nothing, "xyzzy") == 0


def test_heute_is_filled_with_tiles_and_lists() -> None:
    assert screens.heute_filled(HEUTE, 30_000)
    assert not screens.heute_filled(HEUTE, 100_000)
    assert not screens.heute_filled([line for line in HEUTE if "Vollmer" not in line], 30_000)
    empty_tiles = [" │                             │ │                             │", FOOTER]
    assert not screens.heute_filled(empty_tiles, 30_000)


def test_finding_at_needs_place_and_message() -> None:
    assert screens.finding_at(FINDINGS, 16, 40, MARKER_MESSAGE)
    assert not screens.finding_at(FINDINGS, 16, 4, MARKER_MESSAGE)
    assert not screens.finding_at(FINDINGS, 15, 41, MARKER_MESSAGE)  # that place is another finding


def test_the_draft_is_two_thousand_characters_with_the_marker_on_its_own_line() -> None:
    assert len(DRAFT) >= 2000
    line, column = screens.marker_place(DRAFT, MARKER)
    marked = DRAFT.splitlines()[line - 1]
    assert marked[column - 1 :] == MARKER
    assert screens.marker_place("ab\ncd!!", "!!") == (2, 3)
    assert not PHRASE.strip() == "" and MARKER not in PHRASE


def test_german_number() -> None:
    assert screens.german_number(30_000) == "30.000"
    assert screens.german_number(100_000) == "100.000"
    assert screens.german_number(7) == "7"


def test_statistics_and_shown_values() -> None:
    assert median([3.0, 1.0, 2.0, 10.0]) == 2.5
    assert maximum([3.0, 1.0]) == 3.0
    assert median([]) == 0.0 and maximum([]) == 0.0
    assert shown(0.713, "s") == "0,71 s"
    assert shown(41.4, "ms") == "41 ms"
    assert shown(150.2, "MB") == "150 MB"


MINIMAL = {"first_frame_s": [0.4, 0.5, 0.6], "key_ms": [4.0, 5.0, 6.0], "rss_mb": [33.0, 34.0]}
FAST = {
    "first_frame_s": [0.9],
    "heute_s": [0.5],
    "kontakte_s": [0.15],
    "search_ms": [20.0, 40.0, 90.0],
    "draft_ms": [60.0, 80.0, 300.0],
    "rss_mb": [140.0],
}


def test_goals_hold_at_30000_and_a_figure_over_its_goal_fails() -> None:
    rows = figures(30_000, FAST, MINIMAL)
    assert not any_over(rows)
    assert [row.goal for row in rows] == [1.0, 0.6, 0.2, 50, 100, 100, None, 150]
    slow = figures(30_000, {**FAST, "search_ms": [20.0, 60.0, 70.0]}, MINIMAL)
    assert [row.label for row in slow if row.over] == ["Suche, Tastendruck bis Tabelle (Median), 30.000"]
    assert any_over(figures(30_000, {**FAST, "first_frame_s": [1.1]}, MINIMAL))  # more than twice the minimal app


def test_no_goals_at_100000_and_ratios_to_the_minimal_app() -> None:
    rows = figures(100_000, {**FAST, "search_ms": [500.0]}, MINIMAL)
    assert not any_over(rows) and all(row.goal is None for row in rows)
    search = next(row for row in rows if row.label.startswith("Suche") and "Median" in row.label)
    assert search.ratio == 100.0
    assert Figure("x", 1.0, "s").ratio is None


def test_table_names_the_figure_over_its_goal() -> None:
    lines = table([Figure("Speicher", 288.0, "MB", 150, 33.0), Figure("Start", 0.5, "s", 0.6, 0.5)])
    assert lines[1].endswith("ÜBER DEM ZIEL") and "8,7×" in lines[1] and "150 MB" in lines[1]
    assert lines[2].endswith("ok")


def test_tmux_quote() -> None:
    assert tmux_quote("ü") == "'ü'"
    assert tmux_quote("'") == '"\'"'
    assert tmux_quote("a'$b\"") == '"a\'\\$b\\""'
