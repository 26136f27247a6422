"""Where the store lives and where exports go by default; nothing is created by merely asking."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import platformdirs

from advisor_tui.domain.text_safety import file_slug

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


def export_folder() -> Path:
    """The folder exports are proposed in: the documents folder (e.g. ~/Dokumente), else downloads, else home."""
    for folder in (platformdirs.user_documents_dir(), platformdirs.user_downloads_dir()):
        if folder and Path(folder).is_dir():
            return Path(folder)
    return Path.home()


def default_export_path(what: str, today: date, suffix: str, *, name: str = "") -> Path:
    """The one rule for every export's proposed file: `<export folder>/<what>[-<name as slug>]-<date><suffix>`.

    E.g. `kontakte-unternehmer-maschinenbau-2026-12-01.csv` for a saved segment, `kontakte-2026-12-01.csv` without.
    """
    parts = [what, file_slug(name), today.isoformat()]
    return export_folder() / ("-".join(part for part in parts if part) + suffix)
