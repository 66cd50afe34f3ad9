"""Equipment label PDFs without a database: refusals, geometry, fonts, wrapping, determinism."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from aptaskil_desk.badges import labels
from aptaskil_desk.badges.fonts import REGULAR, register_fonts, text_width
from aptaskil_desk.badges.labels import (
    PER_SHEET,
    PRINTER,
    SHEET_LABEL,
    SHEET_TOP,
    render_labels,
    sheet_slot,
    wrap_to_fit,
)
from aptaskil_desk.badges.pdf import Fit
from aptaskil_desk.domain.codes import CodeKind, make_code
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.i18n import Translator, catalogue
from aptaskil_desk.services.equipment_rows import EquipmentInfo

NAMES = ["Étuve à CO₂", "Agitateur magnétique Heidolph", "Hotte à flux laminaire classe II Thermo Scientific"]
ABSURD = "Chromatographe liquide haute performance Agilent 1260 Infinity II " * 3


@dataclasses.dataclass(frozen=True)
class WithSerial(EquipmentInfo):
    """An equipment record that carries its serial number, as the register stores it."""

    serial_number: str | None = None


def _items(count: int, *, room: str | None = "SB-C1", serial: str | None = None) -> list[EquipmentInfo]:
    return [
        WithSerial(
            i + 1,
            f"EQ-{i:02d}",
            make_code(CodeKind.EQUIPMENT, i.to_bytes(10, "big")),
            NAMES[i % 3],
            "incubator",
            room,
            "available",
            None,
            (),
            (),
            True,
            (),
            (),
            serial,
        )
        for i in range(count)
    ]


def _render(tmp_path: Path, items: list[EquipmentInfo], layout: str = "printer", lang: str = "fr") -> PdfReader:
    out = tmp_path / f"{layout}.pdf"
    render_labels(items, out, layout=layout, tr=Translator(lang), centre_name="Centre de compétences")
    return PdfReader(out)


def test_unknown_layout_and_empty_runs_are_refused_and_write_nothing(tmp_path: Path) -> None:
    """A wrong layout or no equipment is refused with a clear message; no file appears."""
    out = tmp_path / "x.pdf"
    with pytest.raises(InvalidInput, match="layout"):
        render_labels(_items(1), out, layout="cards", tr=Translator("fr"), centre_name="C")
    with pytest.raises(InvalidInput, match="No equipment"):
        render_labels([], out, layout="printer", tr=Translator("fr"), centre_name="C")
    assert list(tmp_path.iterdir()) == []


def test_a_failed_run_leaves_the_previous_file_and_no_partial_one(tmp_path: Path) -> None:
    """If rendering fails half-way the old PDF is untouched and no temporary file is left."""
    out = tmp_path / "x.pdf"
    out.write_bytes(b"old")

    def stop(done: int, total: int) -> None:
        if done == 2:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        render_labels(_items(3), out, layout="a4", tr=Translator("fr"), centre_name="C", progress=stop)
    assert out.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["x.pdf"]


def test_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    """Two renderings of one print run are byte-for-byte identical (fixed date and document id)."""
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        render_labels(_items(30), out, layout="a4", tr=Translator("fr"), centre_name="C")
    assert first.read_bytes() == second.read_bytes()


def test_printer_labels_are_62_by_29_mm_with_embedded_fonts_and_every_line(tmp_path: Path) -> None:
    """Each page is 62 × 29 mm; only embedded TrueType fonts, no images; code, name, room, serial
    number and label code read back, in reading order."""
    items = _items(3, serial="SN-4711/ß")
    reader = _render(tmp_path, items)
    assert len(reader.pages) == 3
    for page, item in zip(reader.pages, items, strict=True):
        assert abs(float(page.mediabox.width) - 62 * mm) <= 0.5 and abs(float(page.mediabox.height) - 29 * mm) <= 0.5
        lines = page.extract_text().splitlines()
        assert lines[0] == item.code and lines[-3:] == ["Local SB-C1", "N° de série SN-4711/ß", item.label_code]
        assert " ".join(lines[1:-3]) == item.name
        assert list(page.images) == []
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        fonts = resources["/Font"].get_object()
        assert isinstance(fonts, DictionaryObject) and len(fonts) == 2
        for ref in fonts.values():
            font = ref.get_object()
            assert font["/Subtype"] == "/TrueType" and "/FontFile2" in font["/FontDescriptor"]


def test_a_label_without_room_or_serial_number_leaves_those_lines_out(tmp_path: Path) -> None:
    """No room and no serial number: the label has only the code, the name and the label code."""
    [item] = _items(1, room=None, serial=None)
    lines = _render(tmp_path, [item], lang="nl").pages[0].extract_text().splitlines()
    assert lines == [item.code, item.name, item.label_code]


@pytest.mark.parametrize(("lang", "room", "serial"), [("en", "Room", "S/N"), ("nl", "Lokaal", "Serienr.")])
def test_room_and_serial_number_words_follow_the_language(tmp_path: Path, lang: str, room: str, serial: str) -> None:
    """The words before the room and the serial number are in the chosen language."""
    lines = _render(tmp_path, _items(1, serial="X1"), lang=lang).pages[0].extract_text().splitlines()
    assert f"{room} SB-C1" in lines and f"{serial} X1" in lines


def test_a4_sheets_put_24_a_page_and_report_progress(tmp_path: Path) -> None:
    """50 labels make 3 A4 pages (24, 24, 2) and one progress call per label, in order."""
    calls: list[tuple[int, int]] = []
    out = tmp_path / "a4.pdf"
    items = _items(50)
    pages = render_labels(
        items, out, layout="a4", tr=Translator("en"), centre_name="C", progress=lambda *a: calls.append(a)
    )
    assert pages == 3 and calls == [(i, 50) for i in range(1, 51)]
    reader = PdfReader(out)
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages} == {(595, 842)}
    pages_lines = [p.extract_text().splitlines() for p in reader.pages]
    counts = [sum(i.label_code in lines for i in items) for lines in pages_lines]
    assert counts == [24, 24, 2]


def test_the_a4_grid_is_3_by_8_labels_of_70_by_37_mm_edge_to_edge() -> None:
    """Slots tile the sheet left to right, top to bottom: no side margin, 0.5 mm top and bottom."""
    assert PER_SHEET == 24 and (SHEET_LABEL.width, SHEET_LABEL.height) == (70 * mm, 37 * mm)
    corners = [sheet_slot(i) for i in range(PER_SHEET)]
    assert corners[0] == pytest.approx((0, A4[1] - SHEET_TOP - 37 * mm))
    assert corners[2][0] + 70 * mm == pytest.approx(A4[0])
    assert corners[-1][1] == pytest.approx(0.5 * mm)
    assert len(set(corners)) == 24 and corners == sorted(corners, key=lambda c: (-c[1], c[0]))


@pytest.mark.parametrize("geometry", [PRINTER, SHEET_LABEL])
def test_the_qr_modules_are_whole_printer_dots_and_fit_the_label(geometry: labels.LabelGeometry) -> None:
    """A version 2 symbol (33 modules with its quiet zone) of whole 300 dpi dots fits the label's
    height with its dark modules inside the padding, and leaves over half the width for text."""
    dots = geometry.module / 72 * 300
    assert dots == pytest.approx(round(dots))
    assert 25 * geometry.module <= geometry.height - 2 * geometry.padding
    assert max(geometry.padding, 4 * geometry.module) + 29 * geometry.module < geometry.width / 2


def test_a_long_name_wraps_shrinks_then_narrows_and_is_never_cut() -> None:
    """Short names stay on one line at full size; long ones wrap at spaces; absurd ones narrow;
    the lines joined give the name back and none is wider than the column."""
    register_fonts()
    width, height = 35 * mm, 14 * mm
    assert wrap_to_fit("pH-mètre", REGULAR, width, height, 10, 5.5) == [("pH-mètre", Fit(10))]
    for name in [*NAMES, ABSURD.strip(), "X" * 90]:
        lines = wrap_to_fit(name, REGULAR, width, height, 10, 5.5)
        assert " ".join(text for text, _ in lines) == name
        assert 1 <= len(lines) <= 4
        for text, fit in lines:
            assert fit.size >= 5.5 and text_width(text, REGULAR, fit.size) * fit.scale / 100 <= width + 1e-6
    assert [fit.size for _, fit in wrap_to_fit(NAMES[1], REGULAR, width, height, 10, 5.5)] == [9.0, 9.0]
    assert wrap_to_fit(ABSURD.strip(), REGULAR, width, height, 10, 5.5)[-1][1].scale < 100


def test_every_string_the_labels_translate_has_french_and_dutch() -> None:
    """Each literal passed to ``tr(...)`` in the labels module is in both catalogues."""
    tree = ast.parse(Path(labels.__file__).read_text(encoding="utf-8"))
    sources = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "tr"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    }
    assert len(sources) == 3
    for language in ("fr", "nl"):
        assert sorted(s for s in sources if catalogue(language).lookup("cli", s) is None) == [], language
