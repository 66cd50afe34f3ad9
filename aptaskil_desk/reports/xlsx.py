"""A minimal XLSX (Office Open XML spreadsheet, ECMA-376 / ISO/IEC 29500) writer: one sheet of
text and numbers, written as it comes, with the standard library only (``zipfile`` + XML text).

What it writes, and why:
- The smallest complete package: ``[Content_Types].xml``, the relationships, ``xl/workbook.xml``,
  ``xl/styles.xml``, one worksheet and ``docProps/core.xml`` (the title). Every part is the
  *transitional* SpreadsheetML that Excel, LibreOffice and Numbers all read.
- Text as inline strings (``t="inlineStr"``): rows are streamed into the zip entry, so nothing but
  the current rows is held in memory (a shared-strings table would have to keep every string until
  the end). Characters XML 1.0 forbids (control characters) are dropped; a cell holds at most
  32,767 characters, Excel's limit. Text is never a formula, so a name beginning with ``=`` is safe.
- Numbers as numbers (``<v>``), written in full (never an exponent): whole numbers with format
  ``0``, hours with the built-in format ``0.00`` (2 decimals, shown with the reader's own decimal
  separator: a comma in a Belgian Excel).
- A bold header row with a rule under it, frozen (it stays in view while scrolling) and repeated
  on every printed page (``_xlnm.Print_Titles``); a bold totals row with a rule above it; column
  widths given by the caller (the rows are not known yet when the columns are written); landscape,
  fitted to the page width when printed.
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Literal

Kind = Literal["text", "integer", "hours"]
Emphasis = Literal["body", "header", "total"]
Value = str | int | float | Decimal | None

#: Excel's limits.
MAX_CELL_TEXT = 32_767
MAX_ROWS = 1_048_576
MAX_SHEET_NAME = 31

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_FORBIDDEN = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")

# cellXfs, in this order: (number format id, font id, border id, right-aligned). Built-in formats:
# 0 General, 1 "0", 2 "0.00". Fonts: 0 regular, 1 bold. Borders: 0 none, 1 thin bottom, 2 thin top.
_XFS = [(0, 0, 0, False), (1, 0, 0, False), (2, 0, 0, False), (0, 1, 1, False), (0, 1, 2, False),
        (1, 1, 2, False), (2, 1, 2, False), (0, 1, 1, True)]  # fmt: skip
_STYLE: dict[tuple[Emphasis, Kind], int] = {
    ("body", "text"): 0, ("body", "integer"): 1, ("body", "hours"): 2,
    ("header", "text"): 3, ("header", "integer"): 7, ("header", "hours"): 7,
    ("total", "text"): 4, ("total", "integer"): 5, ("total", "hours"): 6,
}  # fmt: skip


@dataclass(frozen=True)
class Column:
    header: str
    #: Width in characters of the default font (Excel's unit).
    width: float
    kind: Kind = "text"


def column_letter(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA…"""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def clean_text(text: str) -> str:
    """Text a cell can hold: no character XML 1.0 forbids, at most Excel's length."""
    return _FORBIDDEN.sub("", text)[:MAX_CELL_TEXT]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _number(value: int | float | Decimal) -> str:
    if isinstance(value, bool):
        raise TypeError("a yes/no is not a number here")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"not a finite number: {value}")
        return format(value, "f")
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {value}")
    return format(Decimal(repr(value)), "f")


def _text_cell(ref: str, style: int, text: str) -> str:
    return (
        f'<c r="{ref}" s="{style}" t="inlineStr"><is><t xml:space="preserve">{_escape(clean_text(text))}</t></is></c>'
    )


def sheet_name(text: str) -> str:
    """A valid sheet name: no ``[]:*?/\\``, not starting or ending with an apostrophe, ≤ 31 characters."""
    name = _SHEET_NAME_FORBIDDEN.sub("-", clean_text(text)).strip("'")[:MAX_SHEET_NAME]
    return name or "Sheet1"


class XlsxWriter:
    """One sheet, row after row: ``with XlsxWriter(path, name, columns) as w: w.row([...])``.

    The first row written is the header (the columns' headers, bold, frozen); then
    :meth:`row` for each row, ``emphasis="total"`` for a totals row. The file is complete only
    after :meth:`close` (the ``with`` block does it).
    """

    def __init__(
        self,
        target: Path | BinaryIO,
        name: str,
        columns: Sequence[Column],
        *,
        title: str | None = None,
        created: datetime | None = None,
    ) -> None:
        if not columns:
            raise ValueError("a sheet needs at least one column")
        self._columns = tuple(columns)
        self._name = sheet_name(name)
        self._zip = zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED)
        self._rows = 0
        self._closed = False
        self._buffer: list[str] = []
        try:
            self._static_parts(title, created)
            self._sheet = self._zip.open("xl/worksheets/sheet1.xml", "w", force_zip64=True)
            self._write(self._sheet_start())
            self.row([c.header for c in self._columns], emphasis="header")
        except BaseException:
            self._zip.close()
            raise

    def __enter__(self) -> XlsxWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    @property
    def rows(self) -> int:
        """Rows written so far, the header included."""
        return self._rows

    def row(self, values: Sequence[Value], *, emphasis: Emphasis = "body") -> None:
        if len(values) > len(self._columns):
            raise ValueError(f"{len(values)} values for {len(self._columns)} columns")
        if self._rows >= MAX_ROWS:
            raise ValueError(f"a sheet holds at most {MAX_ROWS} rows")
        number = self._rows + 1
        cells = []
        padded = [*values, *[None] * (len(self._columns) - len(values))]
        for index, (column, value) in enumerate(zip(self._columns, padded, strict=True)):
            ref = f"{column_letter(index)}{number}"
            if value is None or value == "":
                if emphasis != "body":  # an empty cell still carries the rule of the header or totals row
                    cells.append(f'<c r="{ref}" s="{_STYLE[(emphasis, "text")]}"/>')
                continue
            if emphasis == "header":
                style = _STYLE[(emphasis, column.kind)]
                cells.append(_text_cell(ref, style, str(value)))
            elif isinstance(value, str) or column.kind == "text":
                cells.append(_text_cell(ref, _STYLE[(emphasis, "text")], str(value)))
            else:
                style = _STYLE[(emphasis, column.kind)]
                cells.append(f'<c r="{ref}" s="{style}"><v>{_number(value)}</v></c>')
        self._buffer.append(f'<row r="{number}">{"".join(cells)}</row>')
        self._rows = number
        if len(self._buffer) >= 200:
            self._flush()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self._flush()
            self._write(self._sheet_end())
            self._sheet.close()
        finally:
            self._zip.close()

    # --- the parts ---------------------------------------------------------------------------

    def _flush(self) -> None:
        if self._buffer:
            self._write("".join(self._buffer))
            self._buffer = []

    def _write(self, text: str) -> None:
        self._sheet.write(text.encode("utf-8"))

    def _sheet_start(self) -> str:
        cols = "".join(
            f'<col min="{i}" max="{i}" width="{c.width:.2f}" customWidth="1"/>' for i, c in enumerate(self._columns, 1)
        )
        return (
            f'{_HEAD}<worksheet xmlns="{_MAIN}" xmlns:r="{_REL}">'
            '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>'
            '<sheetViews><sheetView workbookViewId="0">'
            '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
            '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>'
            "</sheetView></sheetViews>"
            '<sheetFormatPr defaultRowHeight="15"/>'
            f"<cols>{cols}</cols><sheetData>"
        )

    @staticmethod
    def _sheet_end() -> str:
        return (
            "</sheetData>"
            '<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>'
            "</worksheet>"
        )

    def _static_parts(self, title: str | None, created: datetime | None) -> None:
        print_titles = "'" + self._name.replace("'", "''") + "'!$1:$1"
        parts = {
            "[Content_Types].xml": (
                f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                '<Default Extension="xml" ContentType="application/xml"/>'
                '<Override PartName="/xl/workbook.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                '<Override PartName="/xl/worksheets/sheet1.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                '<Override PartName="/xl/styles.xml" '
                'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                '<Override PartName="/docProps/core.xml" '
                'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                "</Types>"
            ),
            "_rels/.rels": (
                f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'
                f'<Relationship Id="rId1" Type="{_DOC_TYPE}/officeDocument" Target="xl/workbook.xml"/>'
                '<Relationship Id="rId2" '
                'Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                'Target="docProps/core.xml"/>'
                "</Relationships>"
            ),
            "docProps/core.xml": self._core(title, created),
            "xl/workbook.xml": (
                f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
                f'<bookViews><workbookView/></bookViews><sheets><sheet name="{_escape(self._name)}" sheetId="1" '
                'r:id="rId1"/></sheets>'
                f'<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="0">'
                f"{_escape(print_titles)}</definedName></definedNames>"
                "</workbook>"
            ),
            "xl/_rels/workbook.xml.rels": (
                f'{_HEAD}<Relationships xmlns="{_PKG_REL}">'
                f'<Relationship Id="rId1" Type="{_DOC_TYPE}/worksheet" Target="worksheets/sheet1.xml"/>'
                f'<Relationship Id="rId2" Type="{_DOC_TYPE}/styles" Target="styles.xml"/>'
                "</Relationships>"
            ),
            "xl/styles.xml": _styles(),
        }
        for part, text in parts.items():
            self._zip.writestr(part, text.encode("utf-8"))

    @staticmethod
    def _core(title: str | None, created: datetime | None) -> str:
        when = (created or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        heading = f"<dc:title>{_escape(clean_text(title))}</dc:title>" if title else ""
        return (
            f"{_HEAD}<cp:coreProperties "
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{heading}<dc:creator>aptaskil-desk</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
            "</cp:coreProperties>"
        )


def _styles() -> str:
    font = '<sz val="11"/><name val="Calibri"/><family val="2"/>'
    xfs = "".join(
        f'<xf numFmtId="{fmt}" fontId="{font_id}" fillId="0" borderId="{border}" xfId="0"'
        + (' applyNumberFormat="1"' if fmt else "")
        + (' applyFont="1"' if font_id else "")
        + (' applyBorder="1"' if border else "")
        + (' applyAlignment="1"><alignment horizontal="right"/></xf>' if right else "/>")
        for fmt, font_id, border, right in _XFS
    )
    thin = '<color auto="1"/>'
    return (
        f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
        f'<fonts count="2"><font>{font}</font><font><b/>{font}</font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill></fills>'
        '<borders count="3">'
        "<border><left/><right/><top/><bottom/><diagonal/></border>"
        f'<border><left/><right/><top/><bottom style="thin">{thin}</bottom><diagonal/></border>'
        f'<border><left/><right/><top style="thin">{thin}</top><bottom/><diagonal/></border>'
        "</borders>"
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{len(_XFS)}">{xfs}</cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )
