"""The served app's driver (server.DRIVER_IMPORT; loaded in the app's process only): quits when the server is gone."""

from __future__ import annotations

from textual import messages
from textual.drivers.web_driver import WebDriver


class AdvisorWebDriver(WebDriver):
    """WebDriver whose app quits when its input ends: the server was killed and nobody sees the app any more."""

    def run_input_thread(self) -> None:
        """Textual's input loop; at the end of input without a quit of our own, ask the app to quit."""
        super().run_input_thread()
        # The plain WebDriver just stops reading, and the app would run on unseen, holding the store open.
        if not self.exit_event.is_set():
            self._app.post_message(messages.ExitApp())
