"""The sector picker: sections found by their names, the WZ 2008 divisions and the words advisors type."""

from __future__ import annotations

from collections.abc import Sequence

from advisor_tui.domain.contacts.curation import sector_choices
from advisor_tui.domain.network.sector_search import find_sectors
from advisor_tui.domain.network.vocabulary import Sector
from advisor_tui.ui.dialogs.pick import PickDialog
from advisor_tui.ui.text import literal


def no_match_hint(query: str) -> str:
    """What the picker says when nothing leads to a section."""
    return (f"[$warning]Keine Branche passt zu „{literal(query.strip())}“[/] – Abschnitt wählen oder "
            "anders suchen.")


class SectorPickDialog(PickDialog):
    """Choose a sector by typing a section, a WZ division or a trade ("Kanzlei → M …"); returns its code."""

    def __init__(self, title: str, sectors: Sequence[Sector]) -> None:
        super().__init__(title, sector_choices(sectors))
        self._sectors = list(sectors)

    def _fill(self, query: str) -> None:
        matches = find_sectors(query, self._sectors)
        self.show_notice("" if matches else no_match_hint(query))
        if matches:
            self._choices = [(match.label, match.code) for match in matches]
            self._show(list(range(len(matches))))
        else:  # every section to choose from, none pre-selected: Enter must not pick one by chance
            self._choices = sector_choices(self._sectors)
            self._show(list(range(len(self._choices))), highlight=False)
