"""Files on the advisor's disk: private atomic writes and the import files waiting in Downloads."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

# LinkedIn's export CSVs by name; renamed ones can still be typed in as a path.
_LINKEDIN_CSVS = frozenset({"connections.csv", "invitations.csv", "messages.csv"})
_VCARD_SUFFIXES = frozenset({".vcf", ".vcard"})
# LinkedIn's analytics workbooks by the start of their name (aggregate and per post, legacy and 2026).
_ANALYTICS_PREFIXES = ("content_", "aggregateanalytics_", "postanalytics_", "singlepostanalytics_")


_GERMAN_OS_ERRORS = {
    errno.EACCES: "keine Berechtigung",
    errno.EPERM: "keine Berechtigung",
    errno.ENOENT: "der Ordner fehlt",
    errno.ENOTDIR: "ein Teil des Pfads ist kein Ordner",
    errno.EEXIST: "ein Teil des Pfads ist eine Datei, kein Ordner",
    errno.EROFS: "das Dateisystem ist schreibgeschützt",
    errno.ENOSPC: "kein Speicherplatz frei",
    errno.EDQUOT: "das Speicherkontingent ist erschöpft",
    errno.EIO: "Ein-/Ausgabefehler des Datenträgers",
    errno.ELOOP: "zu viele Verweise (Symlinks) im Pfad",
    errno.ENAMETOOLONG: "der Name ist zu lang",
}


def os_reason(exc: OSError) -> str:
    """Why a file operation failed, in German (the system's own text is English)."""
    if not exc.errno:  # raised by Python code without a system error number
        return "unbekannter Fehler"
    return _GERMAN_OS_ERRORS.get(exc.errno, f"Systemfehler {exc.errno}")


class WriteFailed(Exception):
    """A file could not be written: carries one German sentence shown as is."""


def write_private(data: bytes, target: Path) -> None:
    """Write atomically to a file only the owner can read (0600): the data is personal data."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise WriteFailed(f"Der Ordner „{folder}“ für „{target.name}“ existiert nicht.")
    if target.is_dir():
        raise WriteFailed(f"„{target}“ ist ein Ordner, keine Datei.")
    temporary = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", dir=folder)  # mode 0600
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, target)
    except OSError as exc:
        if temporary is not None and os.path.exists(temporary):
            os.unlink(temporary)
        raise WriteFailed(f"„{target}“ kann nicht geschrieben werden: {os_reason(exc)}.") from exc


def import_kind(path: Path) -> str:
    """Which importer reads a file: "vcard" for .vcf/.vcard, "analytics" for .xlsx, else "linkedin"."""
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return "analytics"
    return "vcard" if suffix in _VCARD_SUFFIXES else "linkedin"


def is_import_candidate(path: Path) -> bool:
    """Whether a file looks like a LinkedIn export, a LinkedIn analytics workbook or a vCard file by its name."""
    name = path.name.lower()
    if path.suffix.lower() in _VCARD_SUFFIXES or name in _LINKEDIN_CSVS:
        return True
    if path.suffix.lower() == ".xlsx":
        return name.startswith(_ANALYTICS_PREFIXES)
    return path.suffix.lower() in (".zip", ".csv") and "linkedin" in name


def import_candidates(folder: Path, limit: int = 9) -> list[Path]:
    """The newest likely import files directly in `folder` (e.g. Downloads), newest first."""
    try:
        found = [
            (entry.stat().st_mtime, entry.path)
            for entry in os.scandir(folder)
            if entry.is_file() and is_import_candidate(Path(entry.name))
        ]
    except OSError:
        return []
    found.sort(reverse=True)
    return [Path(path) for _mtime, path in found[:limit]]


def path_from_input(text: str) -> Path | None:
    """A path as typed or pasted: quotes and escaped spaces from the terminal removed, `~` expanded."""
    value = text.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        value = value[1:-1]
    value = value.replace("\\ ", " ").strip()
    return Path(os.path.expanduser(value)) if value else None


def describe_size(size: int) -> str:
    """A file size in German notation: "820 KB", "1,4 MB"."""
    if size < 1024 * 1024:
        return f"{max(size // 1024, 1)} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


def display_path(path: Path) -> str:
    """A path as the advisor reads it: under the home folder with `~`."""
    home = Path.home()
    return f"~/{path.relative_to(home)}" if path.is_relative_to(home) and path != home else str(path)
