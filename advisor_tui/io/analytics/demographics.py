"""The demographics tables (category · value · share) of both export families, in every known language.

English labels are plural (legacy) or singular (2026); Portuguese ones are seen in a real file; the German ones
are guesses (no German export has been seen yet), so an unknown label is passed over and counted, never fatal.
"""

from __future__ import annotations

from collections import Counter

from advisor_tui.domain.audience.models import Category, DemographicShare
from advisor_tui.io.analytics.cells import share, text_of
from advisor_tui.io.analytics.workbook import Sheet

_LABELS: dict[Category, tuple[str, ...]] = {
    Category.JOB_TITLE: (
        "job titles",
        "job title",
        "job functions",
        "cargo",
        "cargos",
        "berufsbezeichnung",
        "berufsbezeichnungen",
        "jobbezeichnung",
        "jobbezeichnungen",
        "position",
        "positionen",
    ),
    Category.LOCATION: (
        "locations",
        "location",
        "localidade",
        "localidades",
        "local",
        "standort",
        "standorte",
        "ort",
        "orte",
        "region",
        "regionen",
    ),
    Category.INDUSTRY: ("industries", "industry", "setor", "setores", "branche", "branchen"),
    Category.SENIORITY: (
        "seniority",
        "seniority level",
        "nível",
        "nivel",
        "nível de experiência",
        "nível de senioridade",
        "karrierestufe",
        "karrierestufen",
        "berufserfahrung",
        "hierarchieebene",
        "seniorität",
    ),
    Category.COMPANY_SIZE: (
        "company size",
        "company sizes",
        "tamanho",
        "tamanho da empresa",
        "unternehmensgröße",
        "unternehmensgrößen",
        "firmengröße",
    ),
    Category.COMPANY: ("companies", "company", "empresa", "empresas", "unternehmen", "firma", "firmen"),
}
CATEGORIES: dict[str, Category] = {label: category for category, labels in _LABELS.items() for label in labels}
# The header's first cell: "Top Demographics" (aggregate), "Category" (per post), and translations.
HEADERS = frozenset(
    {
        "top demographics",
        "category",
        "kategorie",
        "categoria",
        "principais dados demográficos",
        "top-demografie",
        "demografie",
        "dados demográficos",
    }
)


def category_of(label: object) -> Category | None:
    """The category a label names, in any known language and number, or None."""
    return CATEGORIES.get(text_of(label).rstrip(":").casefold())


def read_table(sheet: Sheet, first_row: int, ignored: Counter[str]) -> tuple[DemographicShare, ...]:
    """The rows from `first_row` on (header rows passed over): category in A, value in B, share in C."""
    shares: list[DemographicShare] = []
    for row in range(first_row, len(sheet.rows) + 1):
        label, value, part = sheet.cell(row, 1), sheet.cell(row, 2), sheet.cell(row, 3)
        if text_of(label).casefold() in HEADERS:
            continue
        if all(text_of(cell) == "" for cell in (label, value, part)):
            continue
        category = category_of(label)
        if category is None:
            ignored["Demografie-Zeile mit unbekannter Kategorie"] += 1
            continue
        fraction, below = share(part, sheet.where(row, 3))
        name = text_of(value)
        if not name:
            ignored["Demografie-Zeile ohne Wert"] += 1
            continue
        shares.append(DemographicShare(category, name, fraction, below))
    return tuple(shares)
