"""Feedback entries and their vocabulary: kinds, key factors (extendable, stable keys) and sources."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class FeedbackKind(StrEnum):
    """What a piece of feedback is; the keys never change once shipped."""

    CRITICISM = "kritik"
    PRAISE = "lob"
    QUESTION = "frage"
    COMPLAINT = "beschwerde"


KIND_LABELS: dict[FeedbackKind, str] = {
    FeedbackKind.CRITICISM: "konstruktive Kritik",
    FeedbackKind.PRAISE: "positives Feedback",
    FeedbackKind.QUESTION: "Frage",
    FeedbackKind.COMPLAINT: "Beschwerde",
}
# The same in a table column: what the balance counts them as.
KIND_SHORT: dict[FeedbackKind, str] = {
    FeedbackKind.CRITICISM: "Kritik",
    FeedbackKind.PRAISE: "Lob",
    FeedbackKind.QUESTION: "Frage",
    FeedbackKind.COMPLAINT: "Beschwerde",
}
# The criticism side of the balance: a complaint is criticism too, only less friendly.
CRITICAL_KINDS = frozenset({FeedbackKind.CRITICISM, FeedbackKind.COMPLAINT})


@dataclass(frozen=True, slots=True)
class Factor:
    """A key factor of advice and service quality that feedback touches."""

    key: str
    label: str


FACTORS: tuple[Factor, ...] = (
    Factor("kosten", "Kosten"),
    Factor("transparenz", "Transparenz"),
    Factor("konditionen", "Konditionen"),
    Factor("service", "Servicequalität"),
    Factor("interaktion", "Interaktion"),
)
MAX_NOTE = 500  # a short note, not a transcript: the log holds what the advisor needs to remember


class SourceKind(StrEnum):
    """Where the feedback came from."""

    POST = "beitrag"
    CONTACT = "kontakt"
    CONVERSATION = "unterhaltung"
    TEXT = "text"


SOURCE_LABELS: dict[SourceKind, str] = {
    SourceKind.POST: "Beitrag",
    SourceKind.CONTACT: "Kontakt",
    SourceKind.CONVERSATION: "Unterhaltung",
    SourceKind.TEXT: "Sonstiges",
}


@dataclass(frozen=True, slots=True)
class FeedbackEntry:
    """One piece of feedback; `source_label` is filled when read (the post's title, the contact's name)."""

    kind: FeedbackKind
    received_on: date
    note: str
    factors: tuple[str, ...] = ()
    source_kind: SourceKind = SourceKind.TEXT
    post_id: int | None = None
    contact_id: int | None = None
    conversation_id: int | None = None
    source_text: str = ""
    needs_answer: bool = False
    answered_on: date | None = None
    id: int | None = None
    source_label: str = ""

    @property
    def is_open(self) -> bool:
        """Whether it still waits for the advisor's answer."""
        return self.needs_answer and self.answered_on is None

    @property
    def source_display(self) -> str:
        """Where it came from, for lists: „Beitrag: Titel“, „Kontakt: Name“, or the free text."""
        shown = self.source_label or self.source_text
        if self.source_kind is SourceKind.TEXT:
            return shown or "–"
        return f"{SOURCE_LABELS[self.source_kind]}: {shown}" if shown else SOURCE_LABELS[self.source_kind]


def _fold(text: str) -> str:
    return " ".join(text.casefold().split())


def parse_kind(text: str) -> FeedbackKind:
    """A kind from its key or German label (case ignored; „kritik“, „positives Feedback“ …); ValueError in German."""
    wanted = _fold(text)
    for kind, label in KIND_LABELS.items():
        if wanted in {kind.value, _fold(label)} or (kind is FeedbackKind.PRAISE and wanted in {"positiv", "feedback"}):
            return kind
    names = ", ".join(kind.value for kind in FeedbackKind)
    raise ValueError(f"Unbekannte Art „{text}“; möglich: {names}.")


def factor_key(label: str) -> str:
    """A stable key for a factor the advisor adds: lowercase ASCII, umlauts spelled out („Erreichbarkeit“ → …)."""
    text = label.strip().casefold()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, spelled)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    key = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if not key:
        raise ValueError(f"„{label}“ taugt nicht als Name eines Faktors.")
    return key


def find_factor(factors: tuple[Factor, ...] | list[Factor], text: str) -> Factor:
    """The factor named by key or label (case ignored); ValueError in German naming the known ones."""
    wanted = _fold(text)
    for factor in factors:
        if wanted in {factor.key, _fold(factor.label)}:
            return factor
    names = ", ".join(factor.key for factor in factors)
    raise ValueError(f"Unbekannter Faktor „{text}“; möglich: {names}.")


def clean_note(text: str) -> str:
    """The note as stored: one or more lines, trimmed; ValueError in German when empty or too long."""
    note = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if not note:
        raise ValueError("Bitte eine kurze Notiz angeben: worum ging es?")
    if len(note) > MAX_NOTE:
        raise ValueError(f"Die Notiz ist {len(note)} Zeichen lang; höchstens {MAX_NOTE}.")
    return note
