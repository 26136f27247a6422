"""The report's charts, drawn with matplotlib into self-contained SVG (glyphs as paths: no fonts needed offline)."""

from __future__ import annotations

import io
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.domain.results.funnel import QuarterResults
from advisor_tui.domain.results.stages import COUNTED_STAGES

if TYPE_CHECKING:  # matplotlib is imported when a chart is drawn: it is heavy
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

ACCENT, MUTED, GOAL = "#1f5f8b", "#9bb7cc", "#c0392b"
_PROLOGUE = re.compile(r"^.*?(?=<svg)", re.DOTALL)
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)


def _figure(width: float, height: float) -> Figure:
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=100)
    figure.set_layout_engine("constrained")
    return figure


def _svg(figure: Figure) -> str:
    """The figure as an inline <svg> element: no XML prologue, no date, the same bytes for the same figures."""
    import matplotlib

    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.hashsalt": "advisor-tui", "svg.fonttype": "path"}):
        figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return _METADATA.sub("", _PROLOGUE.sub("", buffer.getvalue(), count=1), count=1)


def funnel_chart(results: QuarterResults) -> str:
    """Horizontal bars: who first reached each stage in the quarter, counts written at the bars."""
    from matplotlib.ticker import MaxNLocator

    figure = _figure(6.4, 2.4)
    axes = figure.add_subplot()
    labels = list(COUNTED_STAGES.values())[::-1]
    counts = [results.figures(stage).count for stage in COUNTED_STAGES][::-1]
    colours = [MUTED if label == "kein Bedarf" else ACCENT for label in labels]
    bars = axes.barh(labels, counts, color=colours)
    axes.bar_label(bars, padding=3)
    axes.set_xlim(0, max(max(counts, default=0), 1) * 1.2)
    axes.set_xlabel("Kontakte, die die Stufe im Quartal erreichten")
    _plain(axes)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    return _svg(figure)


def cadence_chart(weeks: Sequence[tuple[IsoWeek, int]], weekly_goal: int) -> str:
    """Bars of posts published per calendar week, with the weekly goal as a line."""
    from matplotlib.ticker import MaxNLocator

    figure = _figure(6.4, 2.4)
    axes = figure.add_subplot()
    labels = [f"KW {week.week}" for week, _ in weeks]
    counts = [count for _, count in weeks]
    axes.bar(labels, counts, color=[ACCENT if c >= weekly_goal else MUTED for c in counts])
    axes.axhline(weekly_goal, color=GOAL, linewidth=1.2, linestyle="--", label=f"Ziel: {weekly_goal} pro Woche")
    axes.set_ylim(0, max(max(counts, default=0), weekly_goal) + 1)
    axes.set_ylabel("Beiträge")
    axes.legend(loc="upper right", frameon=False, fontsize=8)
    axes.tick_params(axis="x", labelrotation=60, labelsize=7)
    _plain(axes)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    return _svg(figure)


def _plain(axes: Axes) -> None:
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
