"""Where the store lives; nothing is created by merely asking."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "advisor-tui"
DB_ENV_VAR = "ADVISOR_TUI_DB"
DB_FILE_NAME = "advisor.db"


def default_db_path() -> Path:
    """The store file: $ADVISOR_TUI_DB, else the platform's user data folder."""
    override = os.environ.get(DB_ENV_VAR)
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / DB_FILE_NAME


def resolve_db_path(cli_value: str | None) -> Path:
    """The store file named on the command line, else the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    return default_db_path()
