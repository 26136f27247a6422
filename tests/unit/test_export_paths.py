"""Where exports are proposed: one rule for every export, a safe file name that carries the segment's name."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from advisor_tui.domain.text_safety import SLUG_MAX, file_slug
from advisor_tui.io.export_formats import contacts_export_path
from advisor_tui.paths import default_export_path, export_folder

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Unternehmer Maschinenbau", "unternehmer-maschinenbau"),
        ("Bäcker, Größe & Söhne", "baecker-groesse-soehne"),
        ("Baecker Groesse Soehne", "baecker-groesse-soehne"),  # umlauts transliterated the one way
        ("Café Müller (Köln)", "cafe-mueller-koeln"),
        ("../x", "x"),
        ("A/B", "a-b"),
        ("C:\\Users\\x", "c-users-x"),
        ("\x1b[31m", "31m"),
        ("\x1b]0;title\x07", "0-title"),
        ("...", ""),
        ("", ""),
    ],
)
def test_a_slug_is_lower_ascii_with_hyphens_only(name: str, slug: str) -> None:
    assert file_slug(name) == slug


def test_a_long_name_is_cut_at_a_hyphen() -> None:
    words = " ".join(["Maschinenbau"] * 20)  # about 260 characters
    slug = file_slug(words)
    assert len(slug) <= SLUG_MAX and slug.endswith("maschinenbau") and not slug.endswith("-")
    assert len(file_slug("x" * 200)) == SLUG_MAX


def test_every_slug_of_hostile_names_is_a_plain_file_name() -> None:
    for name in ("../../etc/passwd", "A/B", "\x1b[31mrot", "ä" * 200, "\x00\n\r\t", "CON", " - . - "):
        slug = file_slug(name)
        assert all(char.isascii() and (char.isalnum() or char == "-") for char in slug)
        assert not slug.startswith("-") and len(slug) <= SLUG_MAX


def test_the_home_folder_when_there_is_no_documents_or_downloads_folder(private_dirs: Path) -> None:
    assert export_folder() == private_dirs
    assert contacts_export_path(TODAY, "csv") == private_dirs / "kontakte-2026-12-01.csv"


def test_the_documents_folder_first_then_downloads(private_dirs: Path) -> None:
    (private_dirs / "Downloads").mkdir()
    assert export_folder() == private_dirs / "Downloads"
    (private_dirs / "Documents").mkdir()
    assert export_folder() == private_dirs / "Documents"


def test_a_german_desktop_names_its_documents_folder_in_user_dirs(private_dirs: Path) -> None:
    (private_dirs / "Dokumente").mkdir()
    (private_dirs / "config").mkdir()
    (private_dirs / "config" / "user-dirs.dirs").write_text('XDG_DOCUMENTS_DIR="$HOME/Dokumente"\n')
    proposed = default_export_path("redaktionsplan", TODAY, ".ics")
    assert proposed == private_dirs / "Dokumente" / "redaktionsplan-2026-12-01.ics"


def test_the_file_name_carries_the_segments_name_and_the_formats_suffix(private_dirs: Path) -> None:
    path = contacts_export_path(TODAY, "excel", "Unternehmer Maschinenbau")
    assert path == private_dirs / "kontakte-unternehmer-maschinenbau-2026-12-01.csv"
    assert contacts_export_path(TODAY, "vcard", "../Bau/").name == "kontakte-bau-2026-12-01.vcf"
    assert contacts_export_path(TODAY, "csv", "\x1b[2J").parent == private_dirs
