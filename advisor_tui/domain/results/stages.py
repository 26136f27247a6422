"""Where a relationship stands: Kontakt → Gespräch → Termin → Mandat, or closed with "kein Bedarf".

Every change is kept with its day, so a quarter's figures can be told afterwards. The stage a contact is at is
the latest change (by day, then by the order it was recorded); the day a contact *reached* a stage is the first
change to that stage or a later one, so a mandate recorded without a Termin before it still counts as a Termin.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from advisor_tui.domain.contacts.identity import fold_name


class Stage(StrEnum):
    """A stage of the relationship; keys are stored and never change."""

    CONTACT = "kontakt"
    CONVERSATION = "gespraech"
    APPOINTMENT = "termin"
    MANDATE = "mandat"
    NO_NEED = "kein-bedarf"


STAGE_LABELS: dict[Stage, str] = {
    Stage.CONTACT: "Kontakt",
    Stage.CONVERSATION: "Gespräch",
    Stage.APPOINTMENT: "Termin",
    Stage.MANDATE: "Mandat",
    Stage.NO_NEED: "kein Bedarf",
}
# The funnel, in order; "kein Bedarf" closes a thread and stands outside it.
FUNNEL: tuple[Stage, ...] = (Stage.CONTACT, Stage.CONVERSATION, Stage.APPOINTMENT, Stage.MANDATE)
_RANK = {stage: rank for rank, stage in enumerate(FUNNEL)}
# A thread under way: the advisor owes it attention until it becomes a mandate or is closed.
OPEN_STAGES = frozenset({Stage.CONVERSATION, Stage.APPOINTMENT})
# The stages a quarter counts (who first reached them), with the plural the funnel's rows and charts use.
COUNTED_STAGES: dict[Stage, str] = {Stage.CONVERSATION: "Gespräche", Stage.APPOINTMENT: "Termine",
                                    Stage.MANDATE: "Mandate", Stage.NO_NEED: "kein Bedarf"}


class ProductLine(StrEnum):
    """What a mandate is about; keys are stored and never change."""

    FINANCING = "finanzierung"
    INVESTMENT = "anlage"
    PROTECTION = "absicherung"
    SUCCESSION = "nachfolge"
    OTHER = "sonstiges"


PRODUCT_LABELS: dict[ProductLine, str] = {
    ProductLine.FINANCING: "Finanzierung",
    ProductLine.INVESTMENT: "Anlage",
    ProductLine.PROTECTION: "Absicherung",
    ProductLine.SUCCESSION: "Nachfolge",
    ProductLine.OTHER: "Sonstiges",
}

MAX_VOLUME_EUR = 10**11  # a hundred billion: beyond any single mandate of a Firmenkundenberater
EARLIEST_DAY = date(1990, 1, 1)
LATEST_AHEAD = timedelta(days=366)  # a Termin may be agreed for a day up to a year ahead


@dataclass(frozen=True, slots=True)
class StageChange:
    """One step of one relationship: the stage reached on a day, with volume and product for a mandate."""

    contact_id: int
    stage: Stage
    on: date
    volume_eur: int | None = None
    product: ProductLine | None = None
    note: str = ""
    recorded_at: datetime | None = None
    id: int | None = None


def stage_from_text(text: str) -> Stage:
    """A stage from its key or German label ("Gespräch", "gespraech", "kein Bedarf"); ValueError in German."""
    wanted = _fold(text)
    for stage, label in STAGE_LABELS.items():
        if wanted in {_fold(stage.value), _fold(label)}:
            return stage
    choices = ", ".join(STAGE_LABELS.values())
    raise ValueError(f"„{text.strip()[:40]}“ ist keine Stufe (möglich: {choices}).")


def product_from_text(text: str) -> ProductLine:
    """A product line from its key or German label; ValueError in German."""
    wanted = _fold(text)
    for product, label in PRODUCT_LABELS.items():
        if wanted in {_fold(product.value), _fold(label)}:
            return product
    choices = ", ".join(PRODUCT_LABELS.values())
    raise ValueError(f"„{text.strip()[:40]}“ ist keine Produktlinie (möglich: {choices}).")


def _fold(text: str) -> str:
    return fold_name(text.replace("-", " ").replace("_", " "))


def check_change(change: StageChange, today: date) -> None:
    """Refuse what no advisor means: a day before 1990 or over a year ahead, a negative or absurd volume,
    a volume or product on anything but a mandate. ValueError with one German line."""
    if change.on < EARLIEST_DAY or change.on > today + LATEST_AHEAD:
        raise ValueError(f"Das Datum {change.on:%d.%m.%Y} ist nicht plausibel.")
    if change.stage is not Stage.MANDATE and (change.volume_eur is not None or change.product is not None):
        raise ValueError("Volumen und Produktlinie gehören zu einem Mandat.")
    if change.volume_eur is not None and not 0 <= change.volume_eur <= MAX_VOLUME_EUR:
        raise ValueError(f"Ein Volumen von {change.volume_eur} € ist nicht plausibel.")


def by_contact(changes: Iterable[StageChange]) -> dict[int, list[StageChange]]:
    """Changes grouped per contact, each contact's in the order given."""
    grouped: dict[int, list[StageChange]] = {}
    for change in changes:
        grouped.setdefault(change.contact_id, []).append(change)
    return grouped


def ordered(changes: Iterable[StageChange]) -> list[StageChange]:
    """Changes in the order they happened: by day, then as recorded."""
    return sorted(changes, key=lambda c: (c.on, c.recorded_at or datetime.min, c.id or 0))


def current_stage(changes: Sequence[StageChange], until: date | None = None) -> Stage:
    """Where the relationship stands (on `until`, else now): the latest change, Kontakt when there is none."""
    relevant = [c for c in changes if until is None or c.on <= until]
    return ordered(relevant)[-1].stage if relevant else Stage.CONTACT


def reached_on(changes: Sequence[StageChange], stage: Stage) -> date | None:
    """The first day the contact reached this stage or a later one of the funnel (None: never)."""
    if stage is Stage.NO_NEED:
        days = [c.on for c in changes if c.stage is Stage.NO_NEED]
    else:
        days = [c.on for c in changes if c.stage in _RANK and _RANK[c.stage] >= _RANK[stage]]
    return min(days, default=None)


def format_volume(euros: int) -> str:
    """German money: 250.000 €, 1,2 Mio. € (with no-break spaces: the amount never wraps away from its unit)."""
    if euros >= 1_000_000:
        millions = f"{euros / 1_000_000:.1f}".replace(".", ",").removesuffix(",0")
        return f"{millions}\u00a0Mio.\u00a0€"
    return f"{euros:,}\u00a0€".replace(",", ".")


_EUROS = re.compile(r"^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$")
_MILLIONS = re.compile(r"^(\d+)(?:[,.](\d+))?\s*(?:mio\.?|millionen)$")


def parse_euros(text: str) -> int | None:
    """An amount as advisors write it: "250000", "250.000 €", "1,2 Mio."; None when empty; ValueError (German)."""
    cleaned = text.strip().casefold().replace("€", "").replace("eur", "").replace("\u00a0", " ").strip()
    if not cleaned:
        return None
    if found := _MILLIONS.match(cleaned):
        whole, fraction = found.group(1), found.group(2) or ""
        return int(whole) * 1_000_000 + (int(fraction.ljust(6, "0")[:6]) if fraction else 0)
    if found := _EUROS.match(cleaned.replace(" ", "")):
        return int(found.group(1).replace(".", ""))
    raise ValueError(f"„{text.strip()[:40]}“ ist kein Betrag (z. B. 250.000 oder 1,2 Mio.).")
