"""The navbar fits every width without wrapping and never cuts a key."""

from __future__ import annotations

import pytest

from advisor_tui.ui.views import VIEWS
from advisor_tui.ui.widgets.navbar import _width, fitted_items

SEVEN = VIEWS  # Heute, Kontakte, Nachricht, Redaktionsplan, Publikum, Außenwirkung, Ergebnisse


@pytest.mark.parametrize("width", [130, 100, 99, 78, 60, 40, 20])
def test_seven_views_fit_and_keep_every_key(width: int) -> None:
    items = fitted_items(width, SEVEN)
    assert [key for key, _ in items] == [view.key for view in SEVEN]
    assert _width(items) <= width or all(not label for _, label in items)


def test_labels_full_from_100_columns_short_below() -> None:
    assert len(SEVEN) == 7 and dict(fitted_items(130, VIEWS))["r"] == "Redaktionsplan"
    at_80 = dict(fitted_items(78, SEVEN))  # 80 columns less the bar's padding
    assert at_80 == {"h": "Heute", "k": "Kontakte", "n": "Nachricht", "r": "Plan", "P": "Publikum", "A": "Wirkung",
                     "E": "Ergebnis"}  # short labels, none cut
