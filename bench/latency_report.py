"""Figures of bench/latency.py: statistics, the goals of issue 17, ratios to the minimal app, the printed table."""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

GOAL_COUNT = 30_000  # the goals hold at 30,000 contacts; at 100,000 the figures are reported without a goal


@dataclass(frozen=True, slots=True)
class Figure:
    """One reported figure: its value, the goal (None: reported only) and the minimal app's value to compare."""

    label: str
    value: float
    unit: str  # "ms", "s" or "MB"
    goal: float | None = None
    base: float | None = None  # the minimal Textual app's figure of the same kind

    @property
    def over(self) -> bool:
        """Whether the value is over its goal."""
        return self.goal is not None and self.value > self.goal

    @property
    def ratio(self) -> float | None:
        """The value as a multiple of the minimal app's."""
        return self.value / self.base if self.base else None


def median(values: Sequence[float]) -> float:
    """The median; 0 for no values."""
    return statistics.median(values) if values else 0.0


def maximum(values: Sequence[float]) -> float:
    """The largest value; 0 for no values."""
    return max(values) if values else 0.0


def shown(value: float, unit: str) -> str:
    """A value with its unit, German decimal comma (0.713 s → „0,71 s“, 41.2 ms → „41 ms“)."""
    text = f"{value:.0f}" if unit in ("ms", "MB") else f"{value:.2f}"
    return f"{text.replace('.', ',')} {unit}"


def figures(count: int, app: Mapping[str, Sequence[float]], minimal: Mapping[str, Sequence[float]]) -> list[Figure]:
    """The figures of one store size; goals apply at GOAL_COUNT contacts only."""
    goal = count == GOAL_COUNT
    key_ms = median(minimal["key_ms"])
    first = median(minimal["first_frame_s"])
    n = f"{count:,}".replace(",", ".")
    return [
        Figure(
            f"Start bis erster Bildschirm (Ziel ≤ 2× minimal), {n}",
            median(app["first_frame_s"]),
            "s",
            2 * first if goal else None,
            first,
        ),
        Figure(f"Start bis Heute gefüllt, {n}", median(app["heute_s"]), "s", 0.6 if goal else None, first),
        Figure(
            f"k bis Kontakte-Tabelle gezeichnet, {n}",
            median(app["kontakte_s"]),
            "s",
            0.2 if goal else None,
            key_ms / 1000,
        ),
        Figure(
            f"Suche, Tastendruck bis Tabelle (Median), {n}",
            median(app["search_ms"]),
            "ms",
            50 if goal else None,
            key_ms,
        ),
        Figure(
            f"Suche, Tastendruck bis Tabelle (Max), {n}", maximum(app["search_ms"]), "ms", 100 if goal else None, key_ms
        ),
        Figure(
            f"Entwurf 2.000 Zeichen, Taste bis Befunde (Median), {n}",
            median(app["draft_ms"]),
            "ms",
            100 if goal else None,
            key_ms,
        ),
        Figure(f"Entwurf 2.000 Zeichen, Taste bis Befunde (Max), {n}", maximum(app["draft_ms"]), "ms", None, key_ms),
        Figure(
            f"Speicher nach Kontakte, Suche, Nachricht, Prüfung, {n}",
            maximum(app["rss_mb"]),
            "MB",
            150 if goal else None,
            maximum(minimal["rss_mb"]),
        ),
    ]


def minimal_figures(minimal: Mapping[str, Sequence[float]]) -> list[Figure]:
    """The minimal Textual app's own figures, the base of every ratio."""
    return [
        Figure("Minimale Textual-App: Start bis erster Bildschirm", median(minimal["first_frame_s"]), "s"),
        Figure("Minimale Textual-App: Tastendruck bis Bild (Median)", median(minimal["key_ms"]), "ms"),
        Figure("Minimale Textual-App: Speicher", maximum(minimal["rss_mb"]), "MB"),
    ]


def table(rows: Sequence[Figure], width: int = 62) -> list[str]:
    """The printed lines: figure, ratio to the minimal app, goal, verdict."""
    lines = [f"{'Messung':{width}} {'Wert':>9} {'× minimal':>9} {'Ziel':>9}"]
    for row in rows:
        ratio = f"{row.ratio:.1f}×".replace(".", ",") if row.ratio is not None else ""
        goal = shown(row.goal, row.unit) if row.goal is not None else "–"
        verdict = "" if row.goal is None else ("ok" if not row.over else "ÜBER DEM ZIEL")
        lines.append(f"{row.label:{width}} {shown(row.value, row.unit):>9} {ratio:>9} {goal:>9}  {verdict}".rstrip())
    return lines


def any_over(rows: Sequence[Figure]) -> bool:
    """Whether any figure is over its goal."""
    return any(row.over for row in rows)
