"""What every main view shares: header, navigation bar, footer, typed access to the app."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer, Header

from advisor_tui.ui.widgets.navbar import NavBar

if TYPE_CHECKING:
    from advisor_tui.ui.app import AdvisorApp


class ViewScreen(Screen):
    """A main view; subclasses set MODE and yield their body from `compose_body`."""

    MODE: ClassVar[str] = ""
    # The store's data version the shown data was read at (None: never loaded).
    _seen_version: int | None = None

    @property
    def advisor(self) -> AdvisorApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield NavBar(self.MODE)
        yield from self.compose_body()
        yield Footer(compact=True)

    def compose_body(self) -> ComposeResult:
        """The view's own widgets."""
        yield from ()

    def reload(self) -> None:
        """Read the view's data again (after settings or data changed elsewhere)."""

    def on_screen_resume(self) -> None:
        """Shown again (another view, a dialog closed): read again only if the data changed meanwhile."""
        self.refresh_if_changed()

    def refresh_if_changed(self) -> None:
        """Reload when anyone (this view, a dialog, another window) committed a change since the last load."""
        if self._seen_version != self.advisor.store.data_version():
            self.reload()

    def loading_data(self) -> None:
        """A loader calls this (from any thread) right before it reads: the view is current as of this moment."""
        self._seen_version = self.advisor.store.data_version()
