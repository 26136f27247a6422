"""A check while the advisor types: it gives way to a newer text, and leaves slow suggestions for a second pass."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from advisor_tui.domain.courtesy.findings import Finding


class Superseded(Exception):  # noqa: N818 - a signal, not an error
    """A newer text waits: the check in progress stops where it is (raised between two dictionary look-ups)."""


def _never() -> bool:
    return False


@dataclass(slots=True)
class LiveCheck:
    """How one spelling check behaves while typing.

    `superseded` is asked between words: True (a newer text waits) stops the check, which then sets `stopped`;
    its findings are incomplete and belong to nobody. With `defer_suggestions`, an unknown word whose suggestions
    are not known yet becomes a plain hint at once and lands in `deferred`: a second check without deferring
    computes them (a cold suggestion costs 50–400 ms, a check of 2,000 characters without them a few).
    """

    superseded: Callable[[], bool] = _never
    defer_suggestions: bool = True
    deferred: list[str] = field(default_factory=list)
    stopped: bool = False

    def stop_now(self) -> bool:
        """Whether to stop here (and remember that the check stopped)."""
        if not self.stopped and self.superseded():
            self.stopped = True
        return self.stopped

    def complete(self) -> LiveCheck:
        """The second pass: the same give-way test, every suggestion computed."""
        return LiveCheck(self.superseded, defer_suggestions=False)


def run_live(
    check: Callable[[LiveCheck], list[Finding]],
    superseded: Callable[[], bool],
    deliver: Callable[[list[Finding]], None],
) -> None:
    """Check while typing: deliver the findings at once, then again with the suggestions left for later; deliver
    nothing once superseded (a newer text is being checked, these findings would belong to nobody)."""
    live = LiveCheck(superseded)
    while True:
        findings = check(live)
        if live.stopped:
            return
        deliver(findings)
        if not live.deferred:
            return
        live = live.complete()
