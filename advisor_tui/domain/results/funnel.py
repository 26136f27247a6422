"""A quarter's results: how many reached each stage, how they converted, where they began, and the effort.

Honest with small numbers: every rate comes with its counts ("3 von 8"), and a rate over fewer than
`FEW` cases says so instead of pretending precision.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from statistics import median

from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.vocabulary import TARGET_ROLE_KEYS
from advisor_tui.domain.quarters import Quarter
from advisor_tui.domain.results.stages import (
    COUNTED_STAGES,
    OPEN_STAGES,
    ProductLine,
    Stage,
    StageChange,
    by_contact,
    current_stage,
    reached_on,
)

FEW = 5  # below this many cases a percentage is shown, but called what it is: a small number
ORIGINS: dict[str, str] = {"linkedin": "LinkedIn", "xing": "XING"}
OTHER_ORIGIN = "anderer Weg"


def origin_of(contact: Contact | None) -> str:
    """Where the relationship began: LinkedIn, XING (by the import it came from, else its profile) or another way."""
    if contact is None:
        return OTHER_ORIGIN
    if contact.source in ORIGINS:
        return ORIGINS[contact.source]
    profile = contact.profile_url.casefold()
    return next((name for key, name in ORIGINS.items() if f"{key}.com/" in profile), OTHER_ORIGIN)


@dataclass(frozen=True, slots=True)
class Ratio:
    """A part of a whole, kept as counts."""

    part: int
    whole: int

    @property
    def share(self) -> float | None:
        """The fraction, or None for an empty whole."""
        return self.part / self.whole if self.whole else None

    @property
    def small(self) -> bool:
        """Too few cases for the percentage to mean much."""
        return self.whole < FEW

    def text(self) -> str:
        """German: "3 von 8 (38 %)", "0 von 0", "2 von 3 (wenige Fälle)"."""
        if not self.whole:
            return "0 von 0"
        if self.small:
            return f"{self.part} von {self.whole} (wenige Fälle)"
        return f"{self.part} von {self.whole} ({round(100 * self.part / self.whole)} %)"


@dataclass(frozen=True, slots=True)
class StageFigures:
    """How many contacts first reached a stage in the quarter, by where the relationship began."""

    stage: Stage
    count: int
    by_origin: Mapping[str, int]


@dataclass(frozen=True, slots=True)
class Effort:
    """What the advisor put in during the quarter."""

    posts_published: int
    messages_sent: int
    checkins: int


@dataclass(frozen=True, slots=True)
class QuarterResults:
    """Everything the Ergebnisse view and the manager report say about one quarter."""

    quarter: Quarter
    target_contacts: int
    new_target_contacts: int
    stages: tuple[StageFigures, ...]  # Gespräch, Termin, Mandat, kein Bedarf: first reached in the quarter
    conversions: tuple[tuple[str, Ratio], ...]  # cumulative up to the quarter's end
    days_to_appointment: tuple[int, ...]
    volume_by_product: Mapping[ProductLine | None, int]
    mandates_without_volume: int
    effort: Effort
    open_threads: int = 0  # in Gespräch or Termin at the quarter's end
    notes: tuple[str, ...] = field(default=())

    def figures(self, stage: Stage) -> StageFigures:
        """The figures of one stage."""
        return next(f for f in self.stages if f.stage is stage)

    @property
    def volume_total(self) -> int:
        """The mandates' volume in euros (those with a volume)."""
        return sum(self.volume_by_product.values())

    @property
    def median_days_to_appointment(self) -> float | None:
        """Median days from first contact to the appointment, None without appointments."""
        return median(self.days_to_appointment) if self.days_to_appointment else None


_STEPS = ((None, Stage.CONVERSATION, "Zielkontakte → Gespräch"), (Stage.CONVERSATION, Stage.APPOINTMENT,
          "Gespräch → Termin"), (Stage.APPOINTMENT, Stage.MANDATE, "Termin → Mandat"))


def quarter_results(
    quarter: Quarter,
    contacts: Sequence[Contact],
    changes: Iterable[StageChange],
    *,
    first_contact: Mapping[int, date] | None = None,
    published: Iterable[date] = (),
    sent: Iterable[date] = (),
    checkins: Iterable[date] = (),
) -> QuarterResults:
    """The quarter's funnel from the contacts, every stage change, and the days of the effort.

    `first_contact` gives the first known exchange per contact (a message, a request); the connection day and
    the first stage change count too, whichever is earliest.
    """
    grouped = by_contact(change for change in changes if change.on <= quarter.end)
    people: dict[int, Contact] = {c.id: c for c in contacts if c.id is not None}
    targets = [c for c in contacts if c.role in TARGET_ROLE_KEYS and _known_by(c, quarter.end)]
    stages = tuple(_stage_figures(stage, quarter, grouped, people) for stage in COUNTED_STAGES)
    conversions = tuple((label, _conversion(before, after, grouped, targets)) for before, after, label in _STEPS)
    days = _days_to_appointment(quarter, grouped, people, first_contact or {})
    volume, without = _volume(quarter, grouped)
    return QuarterResults(
        quarter=quarter,
        target_contacts=len(targets),
        new_target_contacts=sum(1 for c in targets if c.connected_on and quarter.contains(c.connected_on)),
        stages=stages,
        conversions=conversions,
        days_to_appointment=days,
        volume_by_product=volume,
        mandates_without_volume=without,
        effort=Effort(_within(published, quarter), _within(sent, quarter), _within(checkins, quarter)),
        open_threads=_open_threads(grouped),
    )


def _known_by(contact: Contact, day: date) -> bool:
    return contact.connected_on is None or contact.connected_on <= day


def _stage_figures(stage: Stage, quarter: Quarter, by_contact: Mapping[int, list[StageChange]],
                   people: Mapping[int, Contact]) -> StageFigures:
    origins: Counter[str] = Counter()
    for contact_id, history in by_contact.items():
        day = reached_on(history, stage)
        if day is not None and quarter.contains(day):
            origins[origin_of(people.get(contact_id))] += 1
    return StageFigures(stage, sum(origins.values()), dict(origins))


def _conversion(before: Stage | None, after: Stage, by_contact: Mapping[int, list[StageChange]],
                targets: Sequence[Contact]) -> Ratio:
    """Of those who reached `before` by the quarter's end (the target contacts for the first step), how many
    reached `after` by then."""
    if before is None:
        reached = sum(1 for c in targets if c.id is not None and reached_on(by_contact.get(c.id, []), after))
        return Ratio(reached, len(targets))
    base = [h for h in by_contact.values() if reached_on(h, before) is not None]
    return Ratio(sum(1 for h in base if reached_on(h, after) is not None), len(base))


def _days_to_appointment(quarter: Quarter, by_contact: Mapping[int, list[StageChange]],
                         people: Mapping[int, Contact], first_contact: Mapping[int, date]) -> tuple[int, ...]:
    days: list[int] = []
    for contact_id, history in by_contact.items():
        appointment = reached_on(history, Stage.APPOINTMENT)
        if appointment is None or not quarter.contains(appointment):
            continue
        person = people.get(contact_id)
        known = [min(c.on for c in history)]
        known += [d for d in (first_contact.get(contact_id), person.connected_on if person else None) if d]
        days.append(max(0, (appointment - min(known)).days))
    return tuple(sorted(days))


def _volume(quarter: Quarter, by_contact: Mapping[int, list[StageChange]]) -> tuple[dict[ProductLine | None, int], int]:
    volume: Counter[ProductLine | None] = Counter()
    without = 0
    for history in by_contact.values():
        for change in history:
            if change.stage is Stage.MANDATE and quarter.contains(change.on):
                if change.volume_eur is None:
                    without += 1
                else:
                    volume[change.product] += change.volume_eur
    return dict(volume), without


def _open_threads(by_contact: Mapping[int, list[StageChange]]) -> int:
    return sum(1 for h in by_contact.values() if current_stage(h) in OPEN_STAGES)


def _within(days: Iterable[date], quarter: Quarter) -> int:
    return sum(1 for day in days if quarter.contains(day))
