"""How relevant the advisor's network is: the share of target contacts, the split by role, a verdict.

The verdict follows the advice behind the tool: a network of colleagues, friends and competitors
reaches no client. Thresholds (share of target contacts among all contacts):

- below 25 %: "Sammelsurium" — three of four people who see a post are not clients;
- 25 % to under 50 %: "Ausbaufähig";
- 50 % and more: "Gutes Netzwerk".

While fewer than half of the contacts have a role the verdict says so first, because untagged contacts
may well be clients and the share would otherwise be unfairly low.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.vocabulary import ROLES, TARGET_ROLE_KEYS, is_fully_tagged

POOR_BELOW = 25.0
GOOD_FROM = 50.0
PROVISIONAL_BELOW = 50.0
TOP_SECTORS = 5

_EIGHTHS = " ▏▎▍▌▋▊▉█"


@dataclass(frozen=True, slots=True)
class NetworkComposition:
    """The relevance figures of a network; shares are percentages (0–100), exact, not rounded."""

    total: int
    tagged: int
    untagged: int
    without_role: int
    target: int
    target_share: float
    role_counts: dict[str, int]
    top_target_sectors: tuple[tuple[str, int], ...]
    verdict: str

    @property
    def target_share_text(self) -> str:
        """The target share as the UI shows it ("12 %", "< 1 %")."""
        return percent_text(self.target_share)

    def role_share(self, role: str) -> float:
        """The share of one role among all contacts, in percent."""
        return share(self.role_counts.get(role, 0), self.total)


def compose(contacts: Iterable[Contact], *, role_keys: Sequence[str] | None = None) -> NetworkComposition:
    """The relevance figures of a list of contacts."""
    counts = Counter((contact.role or None, contact.sector or None) for contact in contacts)
    return compose_counts(counts, role_keys=role_keys)


def compose_counts(
    counts: Mapping[tuple[str | None, str | None], int], *, role_keys: Sequence[str] | None = None
) -> NetworkComposition:
    """The relevance figures from contact counts per (role, sector), as a GROUP BY query returns them."""
    role_counts = dict.fromkeys(role_keys if role_keys is not None else [role.key for role in ROLES], 0)
    target_sectors: Counter[str] = Counter()
    total = tagged = 0
    for (role, sector), count in counts.items():
        total += count
        tagged += count if is_fully_tagged(role, sector) else 0
        if role:
            role_counts[role] = role_counts.get(role, 0) + count
        if role in TARGET_ROLE_KEYS and sector:
            target_sectors[sector] += count
    target = sum(role_counts.get(key, 0) for key in TARGET_ROLE_KEYS)
    with_role = sum(role_counts.values())
    top = tuple(sorted(target_sectors.items(), key=lambda item: (-item[1], item[0]))[:TOP_SECTORS])
    return NetworkComposition(
        total=total,
        tagged=tagged,
        untagged=total - tagged,
        without_role=total - with_role,
        target=target,
        target_share=share(target, total),
        role_counts=role_counts,
        top_target_sectors=top,
        verdict=verdict(target, with_role, total),
    )


def share(part: int, whole: int) -> float:
    """`part` as a percentage of `whole`; 0.0 for an empty whole."""
    return 100.0 * part / whole if whole else 0.0


def percent_text(value: float) -> str:
    """A percentage rounded without lying: never "0 %" for some, never "100 %" for not all."""
    if 0 < value < 1:
        return "< 1 %"
    if 99 < value < 100:
        return "> 99 %"
    return f"{round(value)} %"


def verdict(target: int, with_role: int, total: int) -> str:
    """One German sentence that judges the network (see the module docstring for the thresholds)."""
    if total == 0:
        return "Noch keine Kontakte: importieren Sie Ihr Netzwerk, um es zu bewerten."
    target_text = percent_text(share(target, total))
    tagged_share = share(with_role, total)
    if tagged_share < PROVISIONAL_BELOW:
        return (
            f"Vorläufig: erst {percent_text(tagged_share)} Ihres Netzwerks haben eine Rolle, "
            f"{target_text} sind bisher als Zielkunden erkannt."
        )
    value = share(target, total)
    if value < POOR_BELOW:
        return f"Sammelsurium: nur {target_text} Ihres Netzwerks sind Zielkunden."
    if value < GOOD_FROM:
        return f"Ausbaufähig: {target_text} Ihres Netzwerks sind Zielkunden."
    return f"Gutes Netzwerk: {target_text} Ihres Netzwerks sind Zielkunden."


def bar(share: float, width: int) -> str:
    """A bar of `width` cells for a percentage (0–100), in eighth blocks, padded with spaces.

    Honest like `percent_text`: a share above zero shows at least a sliver, one below 100 never fills
    the bar completely.
    """
    if width <= 0:
        return ""
    cells = width * 8
    eighths = round(max(0.0, min(share, 100.0)) / 100 * cells)
    if share > 0:
        eighths = max(eighths, 1)
    if share < 100:
        eighths = min(eighths, cells - 1)
    full, rest = divmod(eighths, 8)
    text = "█" * full + (_EIGHTHS[rest] if rest else "")
    return text.ljust(width)
