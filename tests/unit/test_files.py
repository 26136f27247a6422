"""Private atomic writes, the Downloads scan and typed paths."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from advisor_tui.io.files import (
    WriteFailed,
    describe_size,
    display_path,
    import_candidates,
    import_kind,
    path_from_input,
    write_private,
)


def test_write_private_is_owner_only_and_replaces(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("alt")
    os.chmod(target, 0o644)
    write_private(b"neu", target)
    assert target.read_bytes() == b"neu"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["export.csv"]  # no temporary file left


def test_write_private_refuses_missing_folders_and_folders(tmp_path: Path) -> None:
    with pytest.raises(WriteFailed, match="existiert nicht"):
        write_private(b"x", tmp_path / "fehlt" / "x.csv")
    with pytest.raises(WriteFailed, match="ist ein Ordner"):
        write_private(b"x", tmp_path)


def test_candidates_are_linkedin_exports_and_vcards_newest_first(tmp_path: Path) -> None:
    names = ["Basic_LinkedInDataExport_11-20-2026.zip", "Connections.csv", "xing.vcf", "Rechnung.pdf",
             "umsatz.csv", "fotos.zip"]
    for age, name in enumerate(names):
        (tmp_path / name).write_text("x")
        os.utime(tmp_path / name, (1_000_000 - age, 1_000_000 - age))
    found = [p.name for p in import_candidates(tmp_path)]
    assert found == ["Basic_LinkedInDataExport_11-20-2026.zip", "Connections.csv", "xing.vcf"]
    assert import_candidates(tmp_path / "fehlt") == []
    assert len(import_candidates(tmp_path, limit=1)) == 1


def test_kind_paths_and_sizes(private_dirs: Path) -> None:
    assert import_kind(Path("a.VCF")) == "vcard" and import_kind(Path("x.zip")) == "linkedin"
    assert path_from_input("  '~/Downloads/Mein Export.zip' ") == private_dirs / "Downloads" / "Mein Export.zip"
    assert path_from_input("/tmp/Mein\\ Export.zip") == Path("/tmp/Mein Export.zip")
    assert path_from_input("   ") is None
    assert display_path(private_dirs / "a.csv") == "~/a.csv" and display_path(Path("/tmp/a")) == "/tmp/a"
    assert describe_size(500) == "1 KB" and describe_size(3 * 1024 * 1024 // 2) == "1,5 MB"
