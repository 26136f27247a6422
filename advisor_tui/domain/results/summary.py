"""The manager report's plain German summary: three sentences made from the figures, never from hopes."""

from __future__ import annotations

from dataclasses import dataclass

from advisor_tui.domain.network.relevance import percent_text
from advisor_tui.domain.numbers import counted
from advisor_tui.domain.results.funnel import QuarterResults
from advisor_tui.domain.results.stages import Stage, format_volume


@dataclass(frozen=True, slots=True)
class CadenceInQuarter:
    """What was published in the quarter against the goal for its weeks so far."""

    published: int
    own: int
    goal: int
    weeks: int


@dataclass(frozen=True, slots=True)
class NetworkChange:
    """The network's size and target share at the quarter's start and end (by today's roles)."""

    total_start: int
    total_end: int
    target_share_start: float
    target_share_end: float


def cadence_sentence(cadence: CadenceInQuarter, label: str) -> str:
    """How regularly the advisor posted, against the weekly goal."""
    head = f"Im {label} wurden {counted(cadence.published, 'Beitrag', 'Beiträge')} veröffentlicht"
    if cadence.goal:
        reached = "das Ziel erreicht" if cadence.published >= cadence.goal else f"Ziel: {cadence.goal}"
        head += f" ({reached}, {counted(cadence.weeks, 'Woche', 'Wochen')})"
    if not cadence.published:
        return head + "."
    return head + f"; {cadence.own} davon waren eigene Inhalte statt weitergeleiteter Werbung."


def network_sentence(change: NetworkChange, audience_share: float | None = None) -> str:
    """How large and how relevant the network is, and whether that moved; the readers' share when known."""
    points = round(change.target_share_end - change.target_share_start)
    moved = "unverändert" if points == 0 else f"{points:+d} Prozentpunkte seit Quartalsbeginn"
    sentence = (f"Das Netzwerk umfasst {counted(change.total_end, 'Kontakt', 'Kontakte')}, davon "
                f"{percent_text(change.target_share_end)} Zielkunden ({moved})")
    if audience_share is not None:  # LinkedIn reports top shares only: a lower bound
        sentence += f"; von den Betrachtern der Beiträge waren mindestens {percent_text(audience_share)} Zielkunden"
    return sentence + "."


def results_sentence(results: QuarterResults) -> str:
    """What came of the network: conversations, appointments, mandates, with volume and origin."""
    counts = {stage: results.figures(stage).count for stage in (Stage.CONVERSATION, Stage.APPOINTMENT,
                                                                Stage.MANDATE)}
    if not any(counts.values()):
        return "Aus dem Netzwerk ist in diesem Quartal noch kein Gespräch festgehalten."
    parts = [counted(counts[Stage.CONVERSATION], "Gespräch", "Gespräche"),
             counted(counts[Stage.APPOINTMENT], "Termin", "Termine"),
             counted(counts[Stage.MANDATE], "Mandat", "Mandate")]
    sentence = f"Aus dem Netzwerk entstanden {parts[0]}, {parts[1]} und {parts[2]}"
    if results.volume_total:
        sentence += f" mit {format_volume(results.volume_total)} Volumen"
    social = sum(n for origin, n in results.figures(Stage.CONVERSATION).by_origin.items()
                 if origin in {"LinkedIn", "XING"})
    if counts[Stage.CONVERSATION]:
        sentence += f"; {social} der Gespräche begannen über LinkedIn oder XING"
    return sentence + "."


def summary_sentences(label: str, cadence: CadenceInQuarter, network: NetworkChange, results: QuarterResults,
                      audience_share: float | None = None) -> tuple[str, str, str]:
    """Three sentences for the manager: the rhythm, the network (and readers), what came of it."""
    return (cadence_sentence(cadence, label), network_sentence(network, audience_share), results_sentence(results))
