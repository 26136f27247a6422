"""The tagging queue: untagged contacts one by one, suggestions, role keys, and undo of whole steps."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace

from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.roles import suggest_role, suggest_sector
from advisor_tui.domain.network.vocabulary import ROLES, is_fully_tagged

# Digits 1…9, 0 pick the roles in the order of ROLES: one key per role, none of the view letters.
ROLE_KEYS: tuple[tuple[str, str], ...] = tuple(
    (str((index + 1) % 10), role.key) for index, role in enumerate(ROLES[:10])
)
ROLE_BY_DIGIT: dict[str, str] = dict(ROLE_KEYS)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """The role and sector pre-selected for one contact (its own values first)."""

    role: str | None
    sector: str | None

    @property
    def complete(self) -> bool:
        """Whether accepting it tags the contact completely."""
        return is_fully_tagged(self.role, self.sector)


def suggestion_for(contact: Contact, own_company: str | None = None) -> Suggestion:
    """What the queue proposes: the contact's own role/sector where set, else the worked-out guess."""
    role = contact.role or suggest_role(contact.position, contact.company, own_company=own_company or None)
    sector = contact.sector or suggest_sector(contact.company, contact.position)
    return Suggestion(role, sector)


def tag(contact: Contact, *, role: str | None = None, sector: str | None = None) -> Contact:
    """A copy with the given role and/or sector set; None leaves a field as it is."""
    return replace(contact, role=role or contact.role, sector=sector or contact.sector)


def tagged_fields(before: Contact, after: Contact) -> set[str]:
    """Which of role and sector a tagging step changed (passed to the store as hand-edited)."""
    return {name for name in ("role", "sector") if getattr(before, name) != getattr(after, name)}


def needs_sector(contact: Contact) -> bool:
    """Whether the contact has a role that wants a sector but has none."""
    return bool(contact.role) and not is_fully_tagged(contact.role, contact.sector)


def untagged_queue(contacts: Iterable[Contact]) -> list[int]:
    """The ids of the untagged contacts, in the order given."""
    return [c.id for c in contacts if not c.is_tagged and c.id is not None]


def next_in_queue(queue: Sequence[int], is_tagged: Callable[[int], bool], after: int | None = None) -> int | None:
    """The next still-untagged id after `after` (from the start when None), wrapping round once."""
    start = queue.index(after) + 1 if after in queue else 0
    for contact_id in (*queue[start:], *queue[:start]):
        if not is_tagged(contact_id):
            return contact_id
    return None


def tag_counts(contacts: Iterable[Contact]) -> Counter[tuple[str | None, str | None]]:
    """Contacts per (role, sector): what `network.compose_counts` needs, kept up to date step by step."""
    return Counter((contact.role or None, contact.sector or None) for contact in contacts)


def recount(counts: Counter[tuple[str | None, str | None]], before: Contact | None, after: Contact | None) -> None:
    """Move one contact in the counts from its old tags to its new ones (None: added or removed)."""
    if before is not None:
        counts[(before.role or None, before.sector or None)] -= 1
    if after is not None:
        counts[(after.role or None, after.sector or None)] += 1


@dataclass(slots=True)
class TaggingHistory:
    """The steps taken, each the contacts as they were before it, so the last one can be undone."""

    steps: list[tuple[Contact, ...]] = field(default_factory=list)
    limit: int = 100

    def record(self, before: Iterable[Contact]) -> None:
        """Remember the state before one step (one contact or a whole bulk selection)."""
        self.steps.append(tuple(before))
        del self.steps[: -self.limit]

    def undo(self) -> tuple[Contact, ...]:
        """The contacts to restore for the last step; empty when there is nothing to undo."""
        return self.steps.pop() if self.steps else ()

    def __bool__(self) -> bool:
        return bool(self.steps)
