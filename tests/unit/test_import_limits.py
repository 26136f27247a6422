"""What no export looks like is refused quickly and cheaply: zip bombs, damaged bzip2/LZMA members, absurd headers."""

from __future__ import annotations

import bz2
import lzma
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from advisor_tui.cli import main
from advisor_tui.io import zip_members
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.linkedin import parse_linkedin
from advisor_tui.io.textfile import read_bytes
from tests.robustness.zip_bombs import CONNECTIONS_HEADER, member_zip, overlapping_zip

LINKEDIN = Path(__file__).resolve().parents[1] / "data" / "linkedin"
ROW = b"Anna,M\xc3\xbcller,https://www.linkedin.com/in/anna-mueller,,Schr\xc3\xb6der GmbH,Inhaberin,09 Sep 2022\n"


def refused(tmp_path: Path, data: bytes, name: str = "export.zip") -> tuple[str, float, int]:
    """The German line, the seconds and the peak bytes allocated while the import refuses the file."""
    path = tmp_path / name
    path.write_bytes(data)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ImportFailed) as caught:
            parse_linkedin(path)
        return str(caught.value), time.perf_counter() - started, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_many_entries_pointing_at_one_member_are_refused_at_once(tmp_path: Path) -> None:
    message, seconds, peak = refused(tmp_path, overlapping_zip(entries=40, member_bytes=4 * 1024 * 1024))
    assert message == ("Die ZIP-Datei „export.zip“ enthält „Connections.csv“ mehrfach; "
                       "so sieht kein LinkedIn-Export aus.")
    assert seconds < 0.5 and peak < 5 * 1024 * 1024


def test_a_member_far_larger_than_any_export_is_refused_before_unpacking(tmp_path: Path) -> None:
    # It says it unpacks to 250 MB; only its header is ever read.
    packed = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = packed.compress(CONNECTIONS_HEADER + ROW) + packed.flush()
    bomb = member_zip("Connections.csv", zipfile.ZIP_DEFLATED, data, zlib.crc32(CONNECTIONS_HEADER + ROW), 250 << 20)
    message, seconds, peak = refused(tmp_path, bomb)
    assert message == ("„Connections.csv“ in „export.zip“ ist entpackt größer als 32 MB; "
                       "so groß ist keine Datei eines LinkedIn-Exports.")
    assert seconds < 0.5 and peak < 5 * 1024 * 1024


def test_the_limits_count_bytes_actually_unpacked(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(zip_members, "MAX_MEMBER_BYTES", 100_000)
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Connections.csv", CONNECTIONS_HEADER + ROW * 5_000)
    members = zip_members.ZipMembers(path.read_bytes(), path.name)
    (info,) = members.files
    # Whatever the declared sizes let through, reading stops at the limit.
    with pytest.raises(ImportFailed, match="Connections.csv“ in „export.zip“ ist entpackt größer als 0 MB"):
        members.read(info)


def test_total_of_all_members_is_limited(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(zip_members, "MAX_TOTAL_BYTES", 300_000)
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for folder in ("a", "b"):
            archive.writestr(f"{folder}/Connections.csv", CONNECTIONS_HEADER + ROW * 2_000)
    with pytest.raises(ImportFailed, match="entpackt größer als 0 MB"):
        parse_linkedin(path)


def test_members_are_unpacked_one_at_a_time_when_read(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("Connections.csv", "Invitations.csv", "messages.csv"):
            archive.write(LINKEDIN / name, f"Basic_LinkedInDataExport/{name}")
    unpacked: list[str] = []
    read = zip_members.ZipMembers.read

    def spy(self, info, *limit):
        unpacked.append(info.filename)
        return read(self, info, *limit)

    monkeypatch.setattr(zip_members.ZipMembers, "read", spy)
    batch = parse_linkedin(path)
    assert len(unpacked) == 3 and batch.contacts and batch.conversations and batch.requests
    unpacked.clear()
    from advisor_tui.io.linkedin import _zip_tables

    members = zip_members.ZipMembers(path.read_bytes(), path.name)
    assert len(_zip_tables(members, path.name)) == 3 and unpacked == []


@pytest.mark.parametrize(
    ("method", "packed"),
    [
        (zipfile.ZIP_BZIP2, bz2.compress(CONNECTIONS_HEADER + ROW)[:-9] + b"\x00" * 9),
        (zipfile.ZIP_LZMA, b"\x09\x04\x05\x00" + lzma.compress(CONNECTIONS_HEADER + ROW, lzma.FORMAT_RAW,
                                                                filters=[{"id": lzma.FILTER_LZMA1}])[:20]),
    ],
    ids=["bzip2", "lzma"],
)
def test_damaged_bzip2_or_lzma_member_gives_one_german_line(tmp_path: Path, capsys, method, packed) -> None:
    path = tmp_path / "export.zip"
    path.write_bytes(member_zip("Connections.csv", method, packed, 0, len(CONNECTIONS_HEADER + ROW)))
    assert main(["import", "linkedin", str(path), "--db", str(tmp_path / "advisor.db")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "gepackt; LinkedIn packt mit Deflate" in err and "Traceback" not in err
    assert not (tmp_path / "advisor.db").exists()


def test_other_files_packed_differently_are_passed_over(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.write(LINKEDIN / "Connections.csv", "Connections.csv", zipfile.ZIP_DEFLATED)
        archive.writestr("Rich_Media/portrait.jpg", b"\xff\xd8\xff\xe0" + bytes(500), zipfile.ZIP_BZIP2)
    assert parse_linkedin(path).contacts


def test_a_header_of_100000_columns_is_refused_in_well_under_a_second(tmp_path: Path) -> None:
    header = CONNECTIONS_HEADER.rstrip() + b"".join(b",c%d" % i for i in range(100_000)) + b"\n"
    data = header + ROW * ((1_000_000 - len(header)) // len(ROW))
    path = tmp_path / "Connections.csv"
    path.write_bytes(data)
    started = time.perf_counter()
    with pytest.raises(ImportFailed, match="^Die Kopfzeile hat 100.007 Spalten"):
        parse_linkedin(path)
    assert time.perf_counter() - started < 0.5


def test_a_file_is_limited_by_the_bytes_read_not_by_its_stated_size(monkeypatch) -> None:
    # /proc files say they are empty and still have content.
    monkeypatch.setattr("advisor_tui.io.textfile.MAX_FILE_BYTES", 10)
    with pytest.raises(ImportFailed, match="zu groß"):
        read_bytes(Path("/proc/self/status"))


def test_messages_may_be_larger_than_connections(tmp_path: Path) -> None:
    def claiming(name: str, header: bytes, size: int) -> Path:
        packed = zlib.compressobj(9, zlib.DEFLATED, -15)
        path = tmp_path / f"{name}.zip"
        path.write_bytes(member_zip(name, zipfile.ZIP_DEFLATED, packed.compress(header) + packed.flush(),
                                    zlib.crc32(header), size))
        return path

    # 100 MB of messages is a heavy user; 100 MB of connections is 30 times LinkedIn's cap.
    messages_header = (LINKEDIN / "messages.csv").read_bytes().splitlines(keepends=True)[0]
    parse_linkedin(claiming("messages.csv", messages_header, 100 << 20))
    with pytest.raises(ImportFailed, match="größer als 32 MB"):
        parse_linkedin(claiming("Connections.csv", CONNECTIONS_HEADER, 100 << 20))
