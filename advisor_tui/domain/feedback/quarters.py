"""Quarter figures of the feedback log: the balance of criticism and praise, per factor, with the trend.

Few advisors get more than a handful of feedback a quarter, so the figures stay counts: a share is only given
from MIN_FOR_SHARE entries on, and a trend is only called better or worse when both quarters have MIN_FOR_TREND
(with five entries one more complaint moves the share by twenty points) and the share moved by at least
TREND_POINTS percentage points. Anything less is shown as counts, honestly.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from advisor_tui.domain.feedback.models import CRITICAL_KINDS, Factor, FeedbackEntry, FeedbackKind
from advisor_tui.domain.quarters import Quarter

MIN_FOR_SHARE = 5  # fewer entries than this: no percentage, only the counts
MIN_FOR_TREND = 10  # fewer entries than this in either quarter: no trend
TREND_POINTS = 10  # percentage points the praise share must move before the trend says so
TREND_QUARTERS = 4  # the quarter shown and the three before it


@dataclass(frozen=True, slots=True)
class Balance:
    """Praise against criticism (complaints counted with criticism and also on their own); questions aside."""

    praise: int = 0
    criticism: int = 0
    complaints: int = 0
    questions: int = 0

    @property
    def judged(self) -> int:
        """The entries that weigh on the balance."""
        return self.praise + self.criticism

    @property
    def praise_share(self) -> int | None:
        """Praise in percent of praise plus criticism, or None when too few entries for a share."""
        if self.judged < MIN_FOR_SHARE:
            return None
        return round(100 * self.praise / self.judged)

    @property
    def text(self) -> str:
        """„6 Lob · 3 Kritik (1 Beschwerde) · 67 % Lob“ — counts always, a share only when it means something."""
        if not self.judged and not self.questions:
            return "keine Rückmeldungen"
        parts = [
            f"{self.praise} Lob",
            f"{self.criticism} Kritik"
            + (f" (davon {self.complaints} Beschwerde{'n' if self.complaints > 1 else ''})" if self.complaints else ""),
        ]
        if self.questions:
            parts.append(f"{self.questions} Frage{'n' if self.questions > 1 else ''}")
        share = self.praise_share
        parts.append(f"{share} % Lob" if share is not None else "zu wenige für einen Anteil")
        return " · ".join(parts)


def balance_of(entries: Iterable[FeedbackEntry]) -> Balance:
    """Count the entries into a balance."""
    praise = criticism = complaints = questions = 0
    for entry in entries:
        praise += entry.kind is FeedbackKind.PRAISE
        criticism += entry.kind in CRITICAL_KINDS
        complaints += entry.kind is FeedbackKind.COMPLAINT
        questions += entry.kind is FeedbackKind.QUESTION
    return Balance(praise, criticism, complaints, questions)


def trend_word(now: Balance, before: Balance) -> str:
    """„besser“, „schlechter“, „gleich“ — or „–“ when either quarter has too few entries (MIN_FOR_TREND) to tell."""
    share_now, share_before = now.praise_share, before.praise_share
    if share_now is None or share_before is None or min(now.judged, before.judged) < MIN_FOR_TREND:
        return "–"
    if share_now - share_before >= TREND_POINTS:
        return "besser"
    if share_before - share_now >= TREND_POINTS:
        return "schlechter"
    return "gleich"


@dataclass(frozen=True, slots=True)
class FactorLine:
    """One key factor's balance in the quarter, and in the quarter before."""

    factor: Factor
    balance: Balance
    before: Balance

    @property
    def trend(self) -> str:
        """Against the quarter before."""
        return trend_word(self.balance, self.before)


@dataclass(frozen=True, slots=True)
class QuarterFigures:
    """What the Außenwirkung view and `feedback list` show for a quarter."""

    quarter: Quarter
    balance: Balance
    factors: tuple[FactorLine, ...]
    trend: tuple[tuple[Quarter, Balance], ...]  # oldest first, ending with the quarter itself
    entries: tuple[FeedbackEntry, ...]  # the quarter's, newest first
    open_items: tuple[FeedbackEntry, ...]  # every entry still waiting for an answer, oldest first (any quarter)

    @property
    def trend_text(self) -> str:
        """Against the quarter before."""
        return trend_word(self.trend[-1][1], self.trend[-2][1]) if len(self.trend) > 1 else "–"


def quarter_figures(entries: Sequence[FeedbackEntry], quarter: Quarter, factors: Sequence[Factor]) -> QuarterFigures:
    """The quarter's balance overall and per factor (factors touched at all in the two quarters), the trend over
    the last quarters, the quarter's entries and every open item."""
    by_quarter: dict[Quarter, list[FeedbackEntry]] = {}
    for entry in entries:
        by_quarter.setdefault(Quarter.of(entry.received_on), []).append(entry)
    current = by_quarter.get(quarter, [])
    before = by_quarter.get(quarter.previous(), [])
    lines = []
    for factor in factors:
        now_here = [e for e in current if factor.key in e.factors]
        before_here = [e for e in before if factor.key in e.factors]
        if now_here or before_here:
            lines.append(FactorLine(factor, balance_of(now_here), balance_of(before_here)))
    trend, step = [], quarter
    for _ in range(TREND_QUARTERS):
        trend.append((step, balance_of(by_quarter.get(step, []))))
        step = step.previous()
    open_items = sorted((e for e in entries if e.is_open), key=lambda e: (e.received_on, e.id or 0))
    shown = sorted(current, key=lambda e: (e.received_on, e.id or 0), reverse=True)
    return QuarterFigures(
        quarter, balance_of(current), tuple(lines), tuple(reversed(trend)), tuple(shown), tuple(open_items)
    )
