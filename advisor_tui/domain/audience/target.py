"""Who reads along: LinkedIn's demographic rows mapped onto the advisor's roles and sectors, with a verdict.

What counts is not *that* people look but *who*: entrepreneurs, not colleagues or competitors. Each row gets a
meaning through the vocabulary the contacts are tagged with:

- Karrierestufe (seniority): Owner, Partner and CXO (Inhaber, Proprietário, Sócio …) are the Unternehmer level.
- Berufsbezeichnung (job title): the role suggestion that tags contacts (`suggest_role`); a target role is a
  target, a bank or insurance title (`wettbewerb`) a colleague or competitor.
- Branche (industry): the WZ 2008 section (`industry_sector`); banking, financial services and insurance
  (section K) are colleagues and competitors, every other section is where target clients work.

LinkedIn reports only the top shares of each category (and "< 1 %" for small ones), and the categories are
separate tallies: nobody can tell how many owners work in banking. So the target share is the share of the
Unternehmer level by seniority (by job titles where no seniority was reported), a lower bound, and the report
says which rows it rests on; nothing is added up across categories or modelled.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from advisor_tui.domain.audience.industries import industry_sector
from advisor_tui.domain.audience.models import Category, Demographics, DemographicShare, Period, Scope
from advisor_tui.domain.network.lexicon import fold, tokens
from advisor_tui.domain.network.relevance import percent_text
from advisor_tui.domain.network.roles import suggest_role
from advisor_tui.domain.network.vocabulary import ROLE_BY_KEY, TARGET_ROLE_KEYS, RoleGroup, sector_label

# LinkedIn's seniority levels that mean "runs the business", in the English, German and Portuguese UI.
OWNER_LEVELS: frozenset[str] = frozenset(
    {"owner", "partner", "cxo", "inhaber", "inhaberin", "eigentuemer", "proprietario", "proprietaria", "socio",
     "socia", "dono", "dona"}
)
PEER_SECTOR = "K"  # banking, financial services, insurance
PEER_ROLES: frozenset[str] = frozenset({"kollege", "ex-kollege", "wettbewerb"})
GOOD_FROM = 20.0  # percent of the audience at the Unternehmer level
POOR_BELOW = 10.0
TOP_SECTORS = 3
SCOPE_NOUNS: dict[Scope, str] = {
    Scope.AUDIENCE: "des Publikums",
    Scope.CONTENT: "der Betrachter",
    Scope.POST: "der Betrachter",
}


class Meaning(StrEnum):
    """What a demographic row means to the advisor."""

    TARGET = "target"  # Zielkunden
    PEER = "peer"  # Kollegen und Wettbewerb
    NETWORK = "network"  # Umfeld, Multiplikatoren
    OTHER = "other"  # a known kind of person or sector, but no client
    UNKNOWN = "unknown"  # the row says nothing about it (a location, a company size, an unknown title)


MEANING_LABELS: dict[Meaning, str] = {
    Meaning.TARGET: "Zielkunden",
    Meaning.PEER: "Kollegen/Wettbewerb",
    Meaning.NETWORK: "Umfeld",
    Meaning.OTHER: "kein Zielkunde",
    Meaning.UNKNOWN: "",
}


@dataclass(frozen=True, slots=True)
class RowMeaning:
    """One demographic row with its meaning: the role key (title) or WZ section (industry) behind it."""

    row: DemographicShare
    meaning: Meaning
    role: str | None = None
    sector: str | None = None

    @property
    def label(self) -> str:
        """What the row means, in German ("Zielkunden · Industrie", "Kollegen/Wettbewerb")."""
        base = MEANING_LABELS[self.meaning]
        if self.meaning is Meaning.TARGET and self.row.category is Category.SENIORITY:
            return f"{base} · Unternehmer-Ebene"
        if self.meaning is Meaning.TARGET and self.sector:
            return f"{base} · {sector_label(self.sector)}"
        if self.role and self.meaning is not Meaning.PEER:
            return f"{base} · {ROLE_BY_KEY[self.role].label}" if base else ROLE_BY_KEY[self.role].label
        return base


def is_owner_level(seniority: str) -> bool:
    """Whether a seniority value is Owner, Partner or CXO (in any of the UI languages)."""
    return " ".join(tokens(fold(seniority))) in OWNER_LEVELS


def row_meaning(row: DemographicShare) -> RowMeaning:
    """The meaning of one demographic row."""
    if row.category is Category.SENIORITY:
        return RowMeaning(row, Meaning.TARGET if is_owner_level(row.value) else Meaning.OTHER)
    if row.category is Category.JOB_TITLE:
        role = suggest_role(row.value, "")
        return RowMeaning(row, _role_meaning(role), role=role)
    if row.category is Category.INDUSTRY:
        sector = industry_sector(row.value)
        if sector is None:
            return RowMeaning(row, Meaning.UNKNOWN)
        return RowMeaning(row, Meaning.PEER if sector == PEER_SECTOR else Meaning.TARGET, sector=sector)
    return RowMeaning(row, Meaning.UNKNOWN)


def _role_meaning(role: str | None) -> Meaning:
    if role is None:
        return Meaning.UNKNOWN
    if role in TARGET_ROLE_KEYS:
        return Meaning.TARGET
    if role in PEER_ROLES:
        return Meaning.PEER
    return Meaning.NETWORK if ROLE_BY_KEY[role].group is RoleGroup.NETWORK else Meaning.OTHER


@dataclass(frozen=True, slots=True)
class AudienceReport:
    """One demographics table read the advisor's way; shares are percentages (0–100), lower bounds.

    `target_share` is None when the table has neither seniority nor job titles that tell: then there is no
    figure, only the sentence saying so.
    """

    scope: Scope
    period: Period | None
    rows: tuple[RowMeaning, ...]
    target_share: float | None
    target_basis: str  # which rows the target share rests on, in German
    peer_share: float | None
    top_sectors: tuple[tuple[str, float], ...]  # WZ section, share: where the target clients work
    verdict: str

    @property
    def noun(self) -> str:
        """Whose share it is: "der Betrachter", "des Publikums"."""
        return SCOPE_NOUNS[self.scope]

    @property
    def headline(self) -> str:
        """ "mind. 12 % der Betrachter sind Zielkunden", or why there is no figure."""
        if self.target_share is None:
            return f"Zielkunden-Anteil {self.noun}: nicht ermittelbar"
        return f"mind. {percent_text(self.target_share)} {self.noun} sind Zielkunden"


def share_percent(row: DemographicShare) -> float:
    """A row's share in percent; "< 1 %" counts as half a percent (it is somewhere between 0 and 1)."""
    if row.share is not None:
        return 100.0 * row.share
    return 0.5 if row.below_one_percent else 0.0


def _sum(rows: Iterable[RowMeaning]) -> float:
    return sum(share_percent(row.row) for row in rows)


def read_demographics(table: Demographics, *, network_share: float | None = None) -> AudienceReport:
    """One demographics table mapped onto roles and sectors, with the target share and a verdict."""
    rows = tuple(row_meaning(share) for share in table.shares)
    by_category: dict[Category, list[RowMeaning]] = defaultdict(list)
    for row in rows:
        by_category[row.row.category].append(row)
    target_share, basis = _target_share(by_category)
    peer_share = _peer_share(by_category)
    sectors: dict[str, float] = defaultdict(float)
    for row in by_category[Category.INDUSTRY]:
        if row.meaning is Meaning.TARGET and row.sector:
            sectors[row.sector] += share_percent(row.row)
    top = tuple(sorted(sectors.items(), key=lambda item: (-item[1], item[0]))[:TOP_SECTORS])
    return AudienceReport(table.scope, table.period, rows, target_share, basis, peer_share, top,
                          verdict(target_share, peer_share, network_share))


def _target_share(by_category: dict[Category, list[RowMeaning]]) -> tuple[float | None, str]:
    """The Unternehmer level by seniority; by job titles where LinkedIn reported no seniority."""
    seniority = by_category[Category.SENIORITY]
    if seniority:
        owners = [row for row in seniority if row.meaning is Meaning.TARGET]
        named = ", ".join(row.row.value for row in owners) or "keine Inhaber, Partner oder CXO unter den Angaben"
        return _sum(owners), f"Karrierestufe ({named})"
    titles = by_category[Category.JOB_TITLE]
    if titles:
        targets = [row for row in titles if row.meaning is Meaning.TARGET]
        named = ", ".join(row.row.value for row in targets) or "keine Zielkunden-Titel unter den Angaben"
        return _sum(targets), f"Berufsbezeichnungen ({named})"
    return None, "keine Angaben zu Karrierestufe oder Berufsbezeichnung"


def _peer_share(by_category: dict[Category, list[RowMeaning]]) -> float | None:
    """Banking, financial services and insurance by industry, else bank titles; None when neither was reported."""
    for category in (Category.INDUSTRY, Category.JOB_TITLE):
        rows = by_category[category]
        if rows:
            return _sum(row for row in rows if row.meaning is Meaning.PEER)
    return None


def verdict(target: float | None, peers: float | None, network: float | None) -> str:
    """One plain German sentence on whom the posts reach, beside the network's own target share."""
    if target is None:
        return "Keine Aussage möglich: LinkedIn nennt hier weder Karrierestufen noch Berufsbezeichnungen."
    share_text = percent_text(target)
    if peers is not None and peers >= target and peers >= POOR_BELOW:
        sentence = (f"Vor allem Kollegen und Wettbewerb: {percent_text(peers)} aus Banken, Finanzdienstleistern "
                    f"und Versicherungen, nur {share_text} Zielkunden.")
    elif target >= GOOD_FROM:
        sentence = f"Gut: mindestens {share_text} Unternehmer und Entscheider."
    elif target < POOR_BELOW:
        sentence = f"Wenig Zielkunden: nur {share_text} Unternehmer und Entscheider."
    else:
        sentence = f"Ausbaufähig: {share_text} Unternehmer und Entscheider."
    if network is None:
        return sentence
    if target + 1 < network:
        return f"{sentence} Ihr Netzwerk hat {percent_text(network)} Zielkunden – die Beiträge erreichen sie zu selten."
    return f"{sentence} Ihr Netzwerk hat {percent_text(network)} Zielkunden."


def sectors_text(top: Sequence[tuple[str, float]]) -> str:
    """ "Industrie 9 %, Bau 4 %" or "–"."""
    return ", ".join(f"{sector_label(code)} {percent_text(share)}" for code, share in top) or "–"
