"""QR symbols for badges: alphanumeric version 2 at level H, a 4-module quiet zone, vector drawing."""

from __future__ import annotations

import io

import pytest
import zxingcpp
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from aptaskil_desk.badges.qr import QUIET_ZONE, QrSymbol, draw_symbol, make_symbol
from aptaskil_desk.domain.codes import CodeKind, make_code

codes = st.binary(min_size=10, max_size=10).map(lambda b: make_code(CodeKind.BADGE, b))


def _image(symbol: QrSymbol, scale: int = 4) -> Image.Image:
    """The symbol as a bitmap, each module ``scale`` pixels wide (for the decoder only)."""
    image = Image.new("L", (symbol.size, symbol.size), 255)
    image.putdata([0 if dark else 255 for row in symbol.modules for dark in row])
    return image.resize((symbol.size * scale,) * 2, Image.Resampling.NEAREST)


@settings(max_examples=40, deadline=None)
@given(codes)
def test_a_badge_code_is_a_version_2_level_h_symbol_that_decodes(code: str) -> None:
    """Any badge code fits version 2 at level H and a real decoder reads it back at level H."""
    symbol = make_symbol(code)
    assert (symbol.version, symbol.level, symbol.size) == (2, "H", 25 + 2 * QUIET_ZONE)
    (result,) = zxingcpp.read_barcodes(_image(symbol))
    assert (result.text, result.ec_level) == (code, "H")


def test_the_quiet_zone_is_four_light_modules_on_every_side() -> None:
    """The outer four rows and columns are all light; the symbol starts right after them."""
    symbol = make_symbol(make_code(CodeKind.BADGE, bytes(range(10))))
    edge = [*symbol.modules[:QUIET_ZONE], *symbol.modules[-QUIET_ZONE:]]
    assert not any(any(row) for row in edge)
    assert not any(any(row[:QUIET_ZONE]) or any(row[-QUIET_ZONE:]) for row in symbol.modules)
    assert symbol.modules[QUIET_ZONE][QUIET_ZONE]  # the finder pattern's corner


def test_level_q_is_allowed_and_others_are_refused() -> None:
    """Q is the other level that survives a cheap printer; L and M are refused."""
    assert make_symbol("B0000000000000000W", level="Q").level == "Q"
    with pytest.raises(ValueError):
        make_symbol("B0000000000000000W", level="M")


def test_dark_runs_cover_exactly_the_dark_modules() -> None:
    """The merged runs paint every dark module once and no light one."""
    symbol = make_symbol(make_code(CodeKind.BADGE, bytes(10)))
    painted = {(row, column + i) for row, column, length in symbol.dark_runs() for i in range(length)}
    dark = {(r, c) for r, line in enumerate(symbol.modules) for c, on in enumerate(line) if on}
    assert painted == dark
    assert sum(1 for _ in symbol.dark_runs()) < len(dark)  # runs are merged


def test_the_symbol_is_drawn_as_vector_paths_not_an_image() -> None:
    """The PDF holds rectangles and fills only: no image XObject to blur at printer resolution."""
    from pypdf import PdfReader

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(100, 100), invariant=1, pageCompression=0)
    draw_symbol(canvas, make_symbol("B0000000000000000W"), 10, 10, 80)
    canvas.showPage()
    canvas.save()
    page = PdfReader(buffer).pages[0]
    contents = page.get_contents()
    assert contents is not None
    content = contents.get_data().decode("latin-1")
    assert list(page.images) == [] and " re" in content and "Do" not in content
