"""Equipment label PDFs of a 30-item register on both databases, read back as a label printer and a
scanner would: rendered by poppler's ``pdftoppm`` at 300 dpi (the labels are small), every QR
decoded by zxing-cpp, the text extracted by pypdf."""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from aptaskil_desk.app import AppContext
from aptaskil_desk.badges.labels import PER_SHEET, SHEET_LABEL, render_labels, sheet_slot
from aptaskil_desk.commands.equipment_labels import cmd_equipment_label
from aptaskil_desk.commands.output import Output
from aptaskil_desk.domain.codes import CodeKind, parse
from aptaskil_desk.errors import InvalidInput, NotFound
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.equipment_rows import EquipmentInfo
from tests.conftest import IN_CI

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None and not IN_CI, reason="poppler-utils (pdftoppm) is not installed"
)

DPI = 300
CENTRE = "Centre de compétences — Biopharma"
MM = 72 / 25.4
NAMES = [
    ("Étuve à CO₂", "incubator"),
    ("Agitateur magnétique Heidolph", "stirrer"),
    ("Autoclave Getinge", "autoclave"),
    ("Balance analytique Mettler Toledo XPR205", "balance"),
    ("pH-mètre Knick Portamess", "ph_meter"),
    ("Hotte à flux laminaire classe II Thermo Scientific Herasafe 2030i", "biosafety_cabinet"),
    ("Spectrophotomètre UV-Vis Shimadzu", "spectrophotometer"),
    ("Chromatographe liquide haute performance Agilent 1260 Infinity II à détecteur à barrette de diodes", "hplc"),
    ("Bioréacteur Sartorius Biostat® B 5 L", "bioreactor"),
    ("Réfrigérateur −20 °C Liebherr", "freezer"),
]
ROOMS = [("SB-C1", "Salle blanche classe C"), ("LAB-CQ", "Laboratoire contrôle qualité")]
MATRIX_FORMATS = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.AllMatrix)


def _code(number: int) -> str:
    return f"{NAMES[number % len(NAMES)][1][:3].upper()}-{number:02d}"


def _serial(number: int) -> str | None:
    return None if number % 5 == 4 else f"SN{7919 * (number + 1):07d}-Ü"


@pytest.fixture
def register(ctx: AppContext) -> list[EquipmentInfo]:
    """30 equipment in two rooms (every third without a room), most with a serial number, in code order."""
    actor = ctx.system_actor()
    for code, name in ROOMS:
        ctx.centre.add_room(actor, code, name, "laboratory")
    for number in range(30):
        name, kind = NAMES[number % len(NAMES)]
        ctx.equipment.add(actor, _code(number), name, kind, room_code=None if number % 3 == 2 else ROOMS[number % 2][0],
                          serial_number=_serial(number))  # fmt: skip
    items = ctx.equipment.all()
    assert len(items) == 30 and [i.code for i in items] == sorted(i.code for i in items)
    return items


def _rasterise(pdf: Path, folder: Path) -> list[Image.Image]:
    """The pages as 300 dpi greyscale images, as poppler renders them for a printer."""
    folder.mkdir()
    subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", str(pdf), str(folder / "p")], check=True)
    return [Image.open(path) for path in sorted(folder.glob("p-*.pgm"))]


def _px(points: float) -> int:
    return round(points * DPI / 72)


def _decode(image: Image.Image) -> list[str]:
    """Every 2-D symbol in ``image`` (linear formats left out: zxing reads text as barcodes now and then)."""
    return [result.text for result in zxingcpp.read_barcodes(image, formats=MATRIX_FORMATS)]


def _assert_text(lines: list[str], item: EquipmentInfo, room_word: str) -> None:
    """The label's code and label code each on a line of their own; the name whole, maybe wrapped."""
    assert "\ufffd" not in "".join(lines)
    assert item.code in lines and item.label_code in lines
    assert item.name in " ".join(lines)
    if item.room:
        assert f"{room_word} {item.room}" in lines


def test_printer_labels_are_62_by_29_mm_and_decode_to_the_label_codes_in_order(
    register: list[EquipmentInfo], tmp_path: Path
) -> None:
    """Printer layout: 30 pages of exactly 62 × 29 mm, one QR each, decoding to each equipment's
    label code in order, with its code, name (diacritics intact), room and label code as text."""
    out = tmp_path / "printer.pdf"
    calls: list[tuple[int, int]] = []
    pages = render_labels(
        register, out, layout="printer", tr=Translator("fr"), centre_name=CENTRE, progress=lambda *a: calls.append(a)
    )
    assert pages == 30 and calls == [(n, 30) for n in range(1, 31)]
    reader = PdfReader(out)
    assert len(reader.pages) == 30
    for page in reader.pages:
        assert abs(float(page.mediabox.width) - 62 * MM) <= 0.5 and abs(float(page.mediabox.height) - 29 * MM) <= 0.5
    found = [_decode(image) for image in _rasterise(out, tmp_path / "png")]
    assert found == [[i.label_code] for i in register]
    assert all((p := parse(i.label_code)) is not None and p.kind is CodeKind.EQUIPMENT for i in register)
    for number, item in enumerate(register):
        _assert_text(reader.pages[number].extract_text().splitlines(), item, "Local")


def test_a4_sheets_hold_24_labels_each_decoding_in_slot_order(register: list[EquipmentInfo], tmp_path: Path) -> None:
    """A4 layout: 24 labels on page 1 and 6 on page 2; each 70 × 37 mm slot's QR decodes to its
    equipment's label code in order, nothing else on the page scans, and the text reads back."""
    out = tmp_path / "a4.pdf"
    assert render_labels(register, out, layout="a4", tr=Translator("nl"), centre_name=CENTRE) == 2
    reader = PdfReader(out)
    images = _rasterise(out, tmp_path / "png")
    assert len(reader.pages) == len(images) == 2
    found: list[str] = []
    for number, (page, image) in enumerate(zip(reader.pages, images, strict=True)):
        assert abs(float(page.mediabox.width) - 210 * MM) <= 0.5 and abs(float(page.mediabox.height) - 297 * MM) <= 0.5
        batch = register[number * PER_SHEET : (number + 1) * PER_SHEET]
        slots: list[str] = []
        for slot in range(len(batch)):
            x, y = sheet_slot(slot)
            box = (
                _px(x),
                image.height - _px(y + SHEET_LABEL.height),
                _px(x + SHEET_LABEL.width),
                image.height - _px(y),
            )
            decoded = _decode(image.crop(box))
            assert len(decoded) == 1, (number, slot, decoded)
            slots.extend(decoded)
        assert sorted(_decode(image)) == sorted(slots)
        found.extend(slots)
        lines = page.extract_text().splitlines()
        assert [line for line in lines if line in {i.label_code for i in register}] == [i.label_code for i in batch]
        for item in batch:
            _assert_text(lines, item, "Lokaal")
    assert len(found) == 30 and found[:PER_SHEET] == [i.label_code for i in register[:PER_SHEET]]
    assert found == [i.label_code for i in register]


def test_the_serial_number_is_on_the_label(register: list[EquipmentInfo], tmp_path: Path) -> None:
    """Each label with a registered serial number prints it, in the chosen language's words."""
    out = tmp_path / "printer.pdf"
    render_labels(register, out, layout="printer", tr=Translator("fr"), centre_name=CENTRE)
    reader = PdfReader(out)
    serials = {_code(n): _serial(n) for n in range(30)}
    for page, item in zip(reader.pages, register, strict=True):
        lines = page.extract_text().splitlines()
        serial = serials[item.code]
        assert (
            (f"N° de série {serial}" in lines) if serial else not any(line.startswith("N° de série") for line in lines)
        )


def _run(ctx: AppContext, tmp_path: Path, *codes: str, layout: str = "printer") -> tuple[int, dict[str, object]]:
    args = argparse.Namespace(codes=list(codes), out=str(tmp_path / "labels.pdf"), layout=layout, json=True)
    stdout = io.StringIO()
    code = cmd_equipment_label(ctx, args, Output(Translator("fr"), True, stdout, io.StringIO()))
    document: dict[str, object] = json.loads(stdout.getvalue())
    return code, document


def test_the_command_prints_the_named_equipment_in_the_order_given_or_all(
    ctx: AppContext, register: list[EquipmentInfo], tmp_path: Path
) -> None:
    """`equipment label CODE…` prints those in the order named; with no code, the whole register."""
    picked = [register[7], register[2], register[29]]
    code, doc = _run(ctx, tmp_path, *(i.code for i in picked))
    assert code == 0 and doc["labels"] == 3 and doc["pages"] == 3 and doc["layout"] == "printer"
    assert doc["codes"] == [i.code for i in picked] and doc["label_codes"] == [i.label_code for i in picked]
    assert [_decode(image) for image in _rasterise(tmp_path / "labels.pdf", tmp_path / "some")] == [
        [i.label_code] for i in picked
    ]
    code, doc = _run(ctx, tmp_path, layout="a4")
    assert code == 0 and doc["labels"] == 30 and doc["pages"] == 2
    assert doc["label_codes"] == [i.label_code for i in register]


def test_the_command_refuses_an_unknown_code_and_an_empty_register(ctx: AppContext, tmp_path: Path) -> None:
    """An unknown equipment code, or nothing registered, is refused and no PDF is written."""
    with pytest.raises(InvalidInput, match="No equipment to label"):
        _run(ctx, tmp_path)
    ctx.equipment.add(ctx.system_actor(), "AUT-01", "Autoclave", "autoclave")
    with pytest.raises(NotFound):
        _run(ctx, tmp_path, "AUT-01", "NOPE-99")
    assert list(tmp_path.iterdir()) == []
