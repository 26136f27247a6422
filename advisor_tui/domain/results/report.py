"""The quarter report's contents as plain values: built by the use case, rendered to HTML or Markdown by io."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from advisor_tui.domain.audience.target import AudienceReport
from advisor_tui.domain.feedback.quarters import QuarterFigures
from advisor_tui.domain.network.relevance import NetworkComposition
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.domain.quarters import Quarter
from advisor_tui.domain.results.funnel import QuarterResults
from advisor_tui.domain.results.summary import CadenceInQuarter, NetworkChange


@dataclass(frozen=True, slots=True)
class NamedStep:
    """A person behind a figure, only in a report asked for `--with-names`."""

    name: str
    company: str
    stage: str
    on: date


@dataclass(frozen=True, slots=True)
class QuarterReport:
    """Everything the report says about one quarter, in plain values."""

    quarter: Quarter
    made_on: date
    advisor: str
    institution: str
    cadence: CadenceInQuarter
    posts_per_week: tuple[tuple[IsoWeek, int], ...]
    weekly_goal: int
    network_start: NetworkComposition
    network_end: NetworkComposition
    results: QuarterResults
    summary: tuple[str, str, str]
    names: tuple[NamedStep, ...] = ()
    audience: AudienceReport | None = None  # the quarter's viewers (or followers), when analytics were imported
    feedback: QuarterFigures | None = None  # praise and criticism of the quarter, from the feedback log

    @property
    def network_change(self) -> NetworkChange:
        """Size and target share at the start and the end of the quarter."""
        return NetworkChange(self.network_start.total, self.network_end.total, self.network_start.target_share,
                             self.network_end.target_share)
