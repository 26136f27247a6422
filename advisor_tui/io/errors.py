"""The one error an importer raises for input it cannot use at all."""

from __future__ import annotations


class ImportFailed(Exception):
    """Unusable input: carries one German sentence that the CLI and the UI show as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message
