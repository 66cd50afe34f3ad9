"""The XLSX writer read back two ways: as the package it is (zipfile + xml.etree: parts, content
types, relationships, styles, frozen header, widths, cells), and by LibreOffice (``soffice
--headless --convert-to csv``) when it is installed — skipped otherwise, the first reading then
being the only validation."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from aptaskil_desk.reports.xlsx import Column, XlsxWriter, column_letter, sheet_name
from tests.conftest import IN_CI

NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "p": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
}
COLUMNS = [Column("Nom", 24), Column("Apprenants", 10, "integer"), Column("Heures", 12, "hours")]
NAMES = ["Élodie Van den Bossche-Leclercq", "Łukasz Wiśniewski", "Şükrü Yılmaz", "Nguyễn Thị Ánh",
         "Jean-François D'Hondt <&> \"q\"", "=SUM(A1:A9)", "  espaces  "]  # fmt: skip


def read_xlsx(path: Path) -> list[list[str | Decimal]]:
    """Every row of the first sheet: inline strings as text, numbers as Decimal (empty cells: "")."""
    with zipfile.ZipFile(path) as z:
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows: list[list[str | Decimal]] = []
    for row in sheet.iterfind("m:sheetData/m:row", NS):
        assert row.get("r") == str(len(rows) + 1)
        values: list[str | Decimal] = []
        for cell in row.iterfind("m:c", NS):
            ref = cell.get("r") or ""
            index = _column_index(ref.rstrip("0123456789"))
            values.extend([""] * (index - len(values)))
            if cell.get("t") == "inlineStr":
                values.append("".join(t.text or "" for t in cell.iterfind("m:is/m:t", NS)))
            elif cell.find("m:v", NS) is not None:
                values.append(Decimal(cell.findtext("m:v", "", NS)))
            else:
                values.append("")  # a styled empty cell (the rule of a header or totals row)
        rows.append(values)
    return rows


def _column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def libreoffice_csv(path: Path, workdir: Path) -> list[list[str]]:
    """The sheet as LibreOffice shows it (formatted values), through a headless CSV conversion."""
    if shutil.which("soffice") is None:
        if IN_CI:  # scripts/system-deps.sh installs it: in CI its absence is a failure, not a skip
            pytest.fail("LibreOffice (soffice) is not installed: run scripts/system-deps.sh")
        pytest.skip("LibreOffice is not installed: the XLSX was validated by reading it back only")
    profile = workdir / "lo-profile"
    outdir = workdir / "lo-out"
    # 44 = ',', 34 = '"', 76 = UTF-8, first line 1, then "as shown" (formatted) values.
    fmt = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", fmt,
         "--outdir", str(outdir), str(path)],
        check=True, capture_output=True, timeout=180,
    )  # fmt: skip
    text = (outdir / f"{path.stem}.csv").read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


def _write(path: Path, body: Callable[[XlsxWriter], None]) -> None:
    created = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)
    with XlsxWriter(path, "Heures de formation", COLUMNS, title="Heures — Łódź & co", created=created) as w:
        body(w)


def _sample(w: XlsxWriter) -> None:
    for i, name in enumerate(NAMES):
        w.row([name, i, Decimal(i) + Decimal("0.25")])
    w.row(["vide", None, None])
    w.row(["contrôle\x00\x1f caché", 10**12, Decimal("140000.00")])
    w.row(["Total", 21, Decimal("140021.75")], emphasis="total")


def test_package_parts_and_cells(tmp_path: Path) -> None:
    """The package holds its parts with the right content types and relationships; every cell
    comes back as written (names with diacritics and markup characters; numbers as numbers)."""
    path = tmp_path / "h.xlsx"
    _write(path, _sample)
    with zipfile.ZipFile(path) as z:
        assert z.namelist()[0] == "[Content_Types].xml" and z.testzip() is None
        types = ET.fromstring(z.read("[Content_Types].xml"))
        overrides = {o.get("PartName"): o.get("ContentType") or "" for o in types.iterfind("ct:Override", NS)}
        assert overrides["/xl/workbook.xml"].endswith("sheet.main+xml")
        assert overrides["/xl/worksheets/sheet1.xml"].endswith("worksheet+xml")
        for part in ("_rels/.rels", "xl/_rels/workbook.xml.rels"):
            for rel in ET.fromstring(z.read(part)).iterfind("p:Relationship", NS):
                base = "" if part == "_rels/.rels" else "xl/"
                assert base + (rel.get("Target") or "") in z.namelist()
        workbook = ET.fromstring(z.read("xl/workbook.xml"))
        sheet = workbook.find("m:sheets/m:sheet", NS)
        assert sheet is not None and sheet.get("name") == "Heures de formation"
        assert workbook.findtext("m:definedNames/m:definedName", "", NS) == "'Heures de formation'!$1:$1"
        assert "Heures — Łódź &amp; co" in z.read("docProps/core.xml").decode()
    rows = read_xlsx(path)
    assert rows[0] == ["Nom", "Apprenants", "Heures"]
    assert [r[0] for r in rows[1:8]] == NAMES
    assert rows[2][1:] == [Decimal(1), Decimal("1.25")]
    assert rows[8] == ["vide"]
    assert rows[9] == ["contrôle caché", Decimal(10**12), Decimal("140000.00")]
    assert rows[-1] == ["Total", Decimal(21), Decimal("140021.75")]


def test_styles_header_frozen_widths(tmp_path: Path) -> None:
    """Header bold and frozen, hours with the format 0.00, totals bold, the given column widths."""
    path = tmp_path / "h.xlsx"
    _write(path, _sample)
    with zipfile.ZipFile(path) as z:
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
        styles = ET.fromstring(z.read("xl/styles.xml"))
    pane = sheet.find("m:sheetViews/m:sheetView/m:pane", NS)
    assert pane is not None and (pane.get("ySplit"), pane.get("state"), pane.get("topLeftCell")) == (
        "1",
        "frozen",
        "A2",
    )
    widths = [float(c.get("width") or 0) for c in sheet.iterfind("m:cols/m:col", NS)]
    assert widths == [24, 10, 12]
    xfs = styles.findall("m:cellXfs/m:xf", NS)
    fonts = styles.findall("m:fonts/m:font", NS)

    def style(row: int, col: int) -> tuple[str | None, bool]:
        cell = sheet.find(f"m:sheetData/m:row[@r='{row}']/m:c[@r='{column_letter(col - 1)}{row}']", NS)
        assert cell is not None
        xf = xfs[int(cell.get("s") or 0)]
        return xf.get("numFmtId"), fonts[int(xf.get("fontId") or 0)].find("m:b", NS) is not None

    assert style(1, 2) == ("0", True)  # header: text, bold
    assert style(2, 1) == ("0", False) and style(2, 2) == ("1", False) and style(2, 3) == ("2", False)  # 0, 0.00
    last = len(sheet.findall("m:sheetData/m:row", NS))
    assert style(last, 1) == ("0", True) and style(last, 3) == ("2", True)


def test_refuses_what_a_sheet_cannot_hold(tmp_path: Path) -> None:
    """Too many values for the columns, and numbers that are not finite, are refused."""
    with XlsxWriter(tmp_path / "x.xlsx", "x", COLUMNS) as w:
        with pytest.raises(ValueError):
            w.row(["a", 1, Decimal(1), "extra"])
        with pytest.raises(ValueError):
            w.row(["a", 1, Decimal("NaN")])
        with pytest.raises(ValueError):
            w.row(["a", float("inf"), None])
    assert read_xlsx(tmp_path / "x.xlsx") == [["Nom", "Apprenants", "Heures"]]
    assert sheet_name("a/b:c*d?[e]'") == "a-b-c-d--e-" and len(sheet_name("x" * 40)) == 31
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]


def test_streams_many_rows(tmp_path: Path) -> None:
    """10,000 rows stream through; the last one is intact."""
    path = tmp_path / "big.xlsx"

    def body(w: XlsxWriter) -> None:
        for i in range(10_000):
            w.row([f"Apprenant {i}", i, Decimal(i) / 100])

    _write(path, body)
    rows = read_xlsx(path)
    assert len(rows) == 10_001 and rows[-1] == ["Apprenant 9999", Decimal(9999), Decimal("99.99")]


def test_libreoffice_opens_it(tmp_path: Path) -> None:
    """LibreOffice opens the file and shows what was written: names, whole numbers, hours with 2 decimals."""
    path = tmp_path / "h.xlsx"
    _write(path, _sample)
    shown = libreoffice_csv(path, tmp_path)
    assert shown[0] == ["Nom", "Apprenants", "Heures"]
    assert [r[0] for r in shown[1:8]] == NAMES
    assert shown[2][1:] == ["1", "1.25"] and shown[1][1:] == ["0", "0.25"]
    assert shown[-1] == ["Total", "21", "140021.75"]
