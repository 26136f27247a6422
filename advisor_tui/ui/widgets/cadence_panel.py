"""The cadence figures of the content plan: four figures and the verdict, always in view."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

from advisor_tui.domain.plan.cadence import CadenceFigures, weeks_text


def rhythm_at_risk(figures: CadenceFigures) -> bool:
    """Whether the verdict should warn: no streak, or this week still open."""
    return figures.streak_weeks == 0 or figures.current_week in figures.open_weeks_ahead


class CadencePanel(Vertical):
    """Streak, posts in 52 weeks against the goal, own-content share, next free week, verdict."""

    DEFAULT_CSS = """
    CadencePanel { height: auto; margin: 0 1; }
    CadencePanel > Horizontal { height: 4; }
    CadencePanel .cadence-figure {
        width: 1fr; height: 4; border: round $primary; text-align: center; margin-right: 1;
    }
    CadencePanel .cadence-figure.alert { border: round $warning; color: $warning; }
    CadencePanel #cadence-verdict { height: auto; padding: 0 1; }
    CadencePanel #cadence-verdict.alert { color: $warning; text-style: bold; }
    """

    def compose(self) -> ComposeResult:
        with Horizontal():
            for name in ("streak", "published", "own", "free"):
                yield Static(id=f"cadence-{name}", classes="cadence-figure")
        yield Static("Kennzahlen werden berechnet …", id="cadence-verdict")

    def show(self, figures: CadenceFigures) -> None:
        """Display the figures of the plan as it stands."""
        self._figure("streak", weeks_text(figures.streak_weeks), "in Folge veröffentlicht",
                     alert=figures.streak_weeks == 0)
        self._figure("published", figures.year_posts, figures.year_goal)
        share = "–" if figures.own_share is None else f"{round(figures.own_share * 100)} %"
        published = figures.own_published + figures.shared_published
        self._figure("own", share, f"eigene Inhalte ({figures.own_published} von {published})")
        free = figures.next_free_week
        when = "diese Woche" if free == figures.current_week else free.short_label  # its dates are in the weeks
        self._figure("free", when, "nächste Woche ohne Plan", alert=free == figures.current_week)
        verdict = self.query_one("#cadence-verdict", Static)
        verdict.update(figures.verdict)
        verdict.set_class(rhythm_at_risk(figures), "alert")

    def _figure(self, name: str, value: str, caption: str, *, alert: bool = False) -> None:
        cell = self.query_one(f"#cadence-{name}", Static)
        cell.update(f"[b]{value}[/b]\n{caption}")
        cell.set_class(alert, "alert")
