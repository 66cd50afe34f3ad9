"""Badge PDFs of 500 real learners, read back as a printer and a scanner would: rendered by
poppler's ``pdftoppm`` at 150 dpi, every QR decoded by zxing-cpp, the text extracted by pypdf."""

from __future__ import annotations

import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from aptaskil_desk.app import AppContext
from aptaskil_desk.badges.pdf import (
    CARD_HEIGHT,
    CARD_WIDTH,
    CUT_MARK_GAP,
    CUT_MARK_LENGTH,
    PER_SHEET,
    SHEET_BOTTOM,
    SHEET_COLUMNS,
    SHEET_LEFT,
    SHEET_ROWS,
    render_badges,
    sheet_slot,
)
from aptaskil_desk.i18n import Translator
from aptaskil_desk.services.badges import BadgeInfo
from aptaskil_desk.services.people import NewLearner
from tests.conftest import IN_CI, T0

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None and not IN_CI, reason="poppler-utils (pdftoppm) is not installed"
)

DPI = 150
CENTRE = "Centre de compétences — Biopharma"
HARD_NAMES = [
    ("Élodie", "Van den Bossche-Leclercq"),
    ("Thị Ánh", "Nguyễn"),
    ("Şükrü", "Yılmaz"),
    ("Łukasz", "Wiśniewski"),
    ("Zoë", "Ødegård"),
    ("Jean-François", "D'Hondt"),
]
_GIVEN = ["Amélie", "Björn", "Chloé", "Dóra", "Émile", "François", "Gül", "Hélène", "Içim", "Jürgen", "Kamil", "Léa"]
_FAMILY = ["Dubois", "Müller", "Peeters", "Šimková", "Lefèbvre", "Özdemir", "Janssens", "Dvořák", "Renard", "Çelik"]
_CATEGORIES = ["job_seeker", "job_seeker", "worker", "student", "teacher"]


def _learners(count: int) -> list[NewLearner]:
    learners = [NewLearner(g, f, _CATEGORIES[i % 5]) for i, (g, f) in enumerate(HARD_NAMES)]
    for i in range(count - len(learners)):
        given, family = _GIVEN[i % len(_GIVEN)], _FAMILY[(i // len(_GIVEN)) % len(_FAMILY)]
        learners.append(NewLearner(given, f"{family}-{i:03d}", _CATEGORIES[i % 5]))
    return learners


@pytest.fixture
def issued(ctx: AppContext) -> list[BadgeInfo]:
    """500 learners with badges, in print order (alphabetical), the hard names on a course."""
    actor = ctx.system_actor()
    people = ctx.people.add_learners(actor, _learners(500))
    ctx.centre.add_room(actor, "LAB", "Laboratoire CQ", "laboratory")
    ctx.centre.add_course(actor, "TLCQ", "Technicien de laboratoire contrôle qualité", "qc_lab_technician")
    start = T0.replace(hour=7, minute=30)
    ctx.centre.add_session(
        actor, "TLCQ-1", "TLCQ", "LAB", [(start, start + timedelta(hours=3))], learner_ids=[p.id for p in people[:6]]
    )
    return ctx.badges.issue(actor, ctx.badges.people_for_print(everyone=True))


def _rasterise(pdf: Path, folder: Path, last: int | None = None) -> list[Image.Image]:
    """The pages as 150 dpi greyscale images, as poppler renders them for a printer."""
    folder.mkdir()
    command = ["pdftoppm", "-r", str(DPI), "-gray"]
    if last is not None:
        command += ["-l", str(last)]
    subprocess.run([*command, str(pdf), str(folder / "p")], check=True)
    return [Image.open(path) for path in sorted(folder.glob("p-*.pgm"))]


def _px(points: float) -> int:
    return round(points * DPI / 72)


MATRIX_FORMATS = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.AllMatrix)


def _decode(image: Image.Image) -> list[str]:
    """Every 2-D symbol in ``image``. Linear formats are left out: zxing reads a line of printed
    text as a "DX film edge" code now and then, which says nothing about the badge."""
    return [result.text for result in zxingcpp.read_barcodes(image, formats=MATRIX_FORMATS)]


def _lines(reader: PdfReader, page: int) -> list[str]:
    return reader.pages[page].extract_text().splitlines()


def test_sheets_of_500_learners_decode_to_exactly_the_issued_codes(issued: list[BadgeInfo], tmp_path: Path) -> None:
    """A4 sheets: ten cards a page, each slot's QR decodes to its badge's code in page order, with
    the names read back exactly, and cut marks in the margins along every cut line."""
    out = tmp_path / "sheet.pdf"
    assert render_badges(issued, out, layout="sheet", centre_name=CENTRE, tr=Translator("fr")) == 50
    reader = PdfReader(out)
    pages = _rasterise(out, tmp_path / "png")
    assert len(reader.pages) == len(pages) == 50
    found: list[str] = []
    for number, page in enumerate(pages):
        assert abs(page.width - 1240.5) <= 1 and abs(page.height - 1754) <= 1  # A4 at 150 dpi
        batch = issued[number * PER_SHEET : (number + 1) * PER_SHEET]
        slots = []
        for slot in range(PER_SHEET):
            x, y = sheet_slot(slot)
            box = (_px(x), page.height - _px(y + CARD_HEIGHT), _px(x + CARD_WIDTH), page.height - _px(y))
            slots.extend(_decode(page.crop(box)))
        assert sorted(_decode(page)) == sorted(slots)  # nothing on the page but the ten badges
        found.extend(slots)
        lines = _lines(reader, number)
        assert "\ufffd" not in "".join(lines)
        assert [line for line in lines if line in {b.code for b in batch}] == [b.code for b in batch]
        for badge in batch:
            assert badge.given_name in lines and badge.family_name in lines
        _assert_cut_marks(page)
    assert found == [b.code for b in issued]


def _assert_cut_marks(page: Image.Image) -> None:
    """Dark marks along each cut line, outside the grid, starting clear of the card edges."""
    left, right = _px(SHEET_LEFT), _px(SHEET_LEFT + SHEET_COLUMNS * CARD_WIDTH)
    top, bottom = page.height - _px(SHEET_BOTTOM + SHEET_ROWS * CARD_HEIGHT), page.height - _px(SHEET_BOTTOM)
    gap, length = _px(CUT_MARK_GAP), _px(CUT_MARK_LENGTH)

    def ink(x0: int, y0: int, x1: int, y1: int) -> int:
        """The darkest grey level in the box (0 black, 255 white)."""
        darkest, _ = page.crop((x0, y0, x1, y1)).getextrema()
        assert isinstance(darkest, int)
        return darkest

    for column in range(SHEET_COLUMNS + 1):
        x = _px(SHEET_LEFT + column * CARD_WIDTH)
        for y0, y1 in ((top - gap - length + 2, top - gap - 2), (bottom + gap + 2, bottom + gap + length - 2)):
            assert all(ink(x - 1, y, x + 2, y + 1) < 128 for y in range(y0, y1))
        assert ink(x - 3, top - gap + 2, x + 3, top) > 240  # the mark stops short of the card
        assert ink(x - 3, bottom + 1, x + 3, bottom + gap - 2) > 240
    for row in range(SHEET_ROWS + 1):
        y = page.height - _px(SHEET_BOTTOM + row * CARD_HEIGHT)
        for x0, x1 in ((left - gap - length + 2, left - gap - 2), (right + gap + 2, right + gap + length - 2)):
            assert all(ink(x, y - 1, x + 1, y + 2) < 128 for x in range(x0, x1))
        assert ink(left - gap + 2, y - 3, left, y + 3) > 240
        assert ink(right + 1, y - 3, right + gap - 2, y + 3) > 240


def test_cards_of_500_learners_are_cr80_and_decode_to_exactly_the_issued_codes(
    issued: list[BadgeInfo], tmp_path: Path
) -> None:
    """Card layout, all 500 pages: each exactly 85.6 × 54 mm, one QR each decoding to its badge's
    code in order, the name read back exactly (diacritics intact, no replacement characters)."""
    out = tmp_path / "cards.pdf"
    calls: list[tuple[int, int]] = []
    pages = render_badges(
        issued, out, layout="cards", centre_name=CENTRE, tr=Translator("nl"), progress=lambda *a: calls.append(a)
    )
    assert pages == 500 and calls[0] == (1, 500) and calls[-1] == (500, 500) and len(calls) == 500
    reader = PdfReader(out)
    assert len(reader.pages) == 500
    for page in reader.pages:
        box = page.mediabox
        assert abs(float(box.width) - 85.6 / 25.4 * 72) <= 0.5 and abs(float(box.height) - 54 / 25.4 * 72) <= 0.5
    found = [_decode(image) for image in _rasterise(out, tmp_path / "png")]
    assert found == [[b.code] for b in issued]
    hard = {f"{g} {f}" for g, f in HARD_NAMES}
    seen = set()
    for number, badge in enumerate(issued):
        lines = _lines(reader, number)
        assert "\ufffd" not in "".join(lines)
        assert badge.given_name in lines and badge.family_name in lines and badge.code in lines
        seen.add(badge.display_name)
        if badge.display_name in hard:
            assert "Technicien de laboratoire contrôle" in " ".join(lines)
    assert hard <= seen
