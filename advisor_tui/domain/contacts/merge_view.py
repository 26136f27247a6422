"""What the field-by-field merge of two contacts shows and which side each field takes by default."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from advisor_tui.domain.contacts.duplicates import MERGEABLE_FIELDS, Choice
from advisor_tui.domain.contacts.identity import fold_name, normalize_profile_url
from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.vocabulary import role_label, sector_label

_NAME_FIELDS = frozenset({"first_name", "last_name"})
BOTH = "both"  # notes only: keep both texts, one after the other
FieldChoice = Choice | str  # "keep", "other" or BOTH


@dataclass(frozen=True, slots=True)
class MergeRow:
    """One field of the merge view: German label, both values as shown, and whether they agree."""

    name: str
    label: str
    left: str
    right: str

    @property
    def same(self) -> bool:
        """Both contacts say the same (nothing to choose)."""
        return self.left == self.right


def display_value(name: str, value: object) -> str:
    """A field value as the advisor reads it: German labels for sector and role, dates as 24.08.2023."""
    if value is None or value == "":
        return ""
    if name == "sector":
        return sector_label(str(value))
    if name == "role":
        return role_label(str(value))
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def completeness(contact: Contact) -> int:
    """How many mergeable fields a contact fills; a profile URL counts double (it is the identity)."""
    filled = sum(1 for name in MERGEABLE_FIELDS if getattr(contact, name) not in (None, ""))
    return filled + (1 if contact.profile_url else 0) + len(contact.labels)


def keep_order(a: Contact, b: Contact) -> tuple[Contact, Contact]:
    """Which contact stays (the more complete one, the older one on a tie) and which is merged into it."""
    if completeness(b) > completeness(a):
        return b, a
    return a, b


# Where a contact came from, to tell two entries of the same person apart when neither names a company.
_SOURCES = {"linkedin": "aus LinkedIn", "xing": "aus XING", "vcard": "aus einer vCard", "manual": "von Hand angelegt"}


def merged_text(keep: Contact, other: Contact, result: Contact | None = None) -> str:
    """The notice after a merge: one person whose two entries are now one, named so the advisor knows which."""
    name = (result or keep).full_name
    if fold_name(keep.full_name) == fold_name(other.full_name):
        return f"Die beiden Einträge von {name} sind jetzt einer."
    return f"{_told_apart(other)} und {_told_apart(keep)} sind jetzt ein Eintrag: {name}."


def _told_apart(contact: Contact) -> str:
    """A name with its company, else with where it came from."""
    detail = contact.company or _SOURCES.get(contact.source, "")
    return f"{contact.full_name} ({detail})" if detail else contact.full_name


def merge_rows(keep: Contact, other: Contact) -> list[MergeRow]:
    """The fields at least one of the two fills, in the order of MERGEABLE_FIELDS."""
    rows = []
    for name, label in MERGEABLE_FIELDS.items():
        left, right = _shown(name, keep), _shown(name, other)
        if left or right:
            rows.append(MergeRow(name, label, left, right))
    return rows


def default_choices(keep: Contact, other: Contact) -> dict[str, FieldChoice]:
    """Per field the side to take: the filled one, else the more complete (longer) value; notes: both."""
    choices: dict[str, FieldChoice] = {}
    for name in MERGEABLE_FIELDS:
        left, right = _shown(name, keep), _shown(name, other)
        if name == "notes" and left and right and left != right:
            choices[name] = BOTH
        else:
            choices[name] = "other" if _right_is_better(name, left, right) else "keep"
    return choices


def _right_is_better(name: str, left: str, right: str) -> bool:
    """Whether the other contact's value is the more complete one ("Müller" beats "Mueller", "Anna" beats "A.")."""
    if not right or left == right:
        return False
    if not left:
        return True
    if name in _NAME_FIELDS and fold_name(left) == fold_name(right):
        return not right.isascii() and left.isascii()
    return len(right) > len(left)


def merge_choices(choices: dict[str, FieldChoice]) -> dict[str, Choice]:
    """The choices in the form `merge_contacts` takes (BOTH means its default for notes)."""
    return {name: choice for name, choice in choices.items() if choice != BOTH}  # type: ignore[misc]


def _shown(name: str, contact: Contact) -> str:
    """A field as displayed and compared (profile URLs normalised, so spelling variants agree)."""
    value = getattr(contact, name)
    if name == "profile_url" and value:
        return normalize_profile_url(value) or value
    return display_value(name, value)
