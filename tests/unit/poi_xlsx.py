"""An .xlsx written the way LinkedIn's Apache POI writes it: shared strings, a wrong `<dimension ref="A1"/>`.

openpyxl writes its own kind of file (inline strings, true dimensions); this one imitates the real export so the
reader is tested against what LinkedIn sends, including the dimension that breaks openpyxl's read-only mode.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_REL_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"


def _column(index: int) -> str:
    return chr(65 + index)


def poi_workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    """Write the sheets (name → rows of str/int/float/None) as POI does; returns the path."""
    strings: list[str] = []
    positions: dict[str, int] = {}

    def shared(text: str) -> int:
        if text not in positions:
            positions[text] = len(strings)
            strings.append(text)
        return positions[text]

    sheet_xml = []
    for rows in sheets.values():
        cells_xml = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, value in enumerate(row):
                ref = f"{_column(c)}{r}"
                if isinstance(value, str):
                    cells.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
                elif isinstance(value, (int, float)):
                    cells.append(f'<c r="{ref}" t="n"><v>{value!r}</v></c>')
            cells_xml.append(f'<row r="{r}">{"".join(cells)}</row>')
        sheet_xml.append(
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><dimension ref="A1"/>'
            f"<sheetData>{''.join(cells_xml)}</sheetData></worksheet>"
        )
    names = list(sheets)
    sheet_entries = "".join(
        f'<sheet name="{escape(name, {chr(34): "&quot;"})}" sheetId="{n}" r:id="rId{n}"/>'
        for n, name in enumerate(names, start=1)
    )
    rels = "".join(
        f'<Relationship Id="rId{n}" Target="worksheets/sheet{n}.xml" Type="{_DOC_REL}/worksheet"/>'
        for n in range(1, len(names) + 1)
    )
    members = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}.sheet.main+xml"/>'
            f'<Override PartName="/xl/sharedStrings.xml" ContentType="{_CT}.sharedStrings+xml"/>'
            + "".join(
                f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_CT}.worksheet+xml"/>'
                for n in range(1, len(names) + 1)
            )
            + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
            'core-properties+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships {_PKG_REL}>'
            f'<Relationship Id="rId1" Target="xl/workbook.xml" Type="{_DOC_REL}/officeDocument"/>'
            '<Relationship Id="rId2" Target="docProps/core.xml" Type="http://schemas.openxmlformats.org/package/'
            '2006/relationships/metadata/core-properties"/></Relationships>'
        ),
        "docProps/core.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/'
            'package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-12-21T08:00:00Z</dcterms:created>'
            "<dc:creator>Apache POI</dc:creator></cp:coreProperties>"
        ),
        "xl/workbook.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS} {_REL_NS}><sheets>{sheet_entries}</sheets>'
            "</workbook>"
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<?xml version="1.0" encoding="UTF-8"?><Relationships {_PKG_REL}>{rels}'
            f'<Relationship Id="rIdS" Target="sharedStrings.xml" Type="{_DOC_REL}/sharedStrings"/></Relationships>'
        ),
        "xl/sharedStrings.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="{len(strings)}" uniqueCount="{len(strings)}">'
            + "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
            + "</sst>"
        ),
        **{f"xl/worksheets/sheet{n}.xml": xml for n, xml in enumerate(sheet_xml, start=1)},
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text.encode("utf-8"))
    return path
