"""What every subcommand shares: the German usage error and access to the store."""

from __future__ import annotations

import argparse

from advisor_tui.domain.models import Settings


class CommandError(Exception):
    """Unusable input or usage: the CLI prints the message as one German line and exits 2."""


def load_settings(args: argparse.Namespace) -> Settings:
    """The advisor's settings from the store named by the arguments (defaults if there is none yet)."""
    return Settings()
