"""The PDF object copier on real reportlab documents, read back by poppler (pdfinfo, pdftotext,
pdffonts) and pypdf: pages, text, page tree, cross-reference offsets, fonts, strings and streams."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from aptaskil_desk.badges.fonts import BOLD, REGULAR, register_fonts
from aptaskil_desk.reports.pdf_chunks import ROOT, PdfFormatError, PdfJoiner
from tests.conftest import IN_CI

pytestmark = pytest.mark.skipif(
    shutil.which("pdfinfo") is None and not IN_CI, reason="poppler-utils (pdfinfo, pdftotext) is not installed"
)

TITLE = "Cahier de vie — Łukasz (1 0 R) endobj \\ stream"
SIZES = (3, 1, 4)  # pages of each chunk


def _chunk(number: int, pages: int, *, compress: bool = True, title: str = TITLE) -> bytes:
    """A reportlab document whose pages say which chunk and page they are, with hard names."""
    register_fonts()
    canvas = Canvas(None, pagesize=A4, invariant=1, pageCompression=int(compress), initialFontName=REGULAR)
    canvas.setTitle(title)
    canvas.setAuthor("Centre CQ")
    canvas.setCreator("aptaskil-desk")
    for page in range(1, pages + 1):
        canvas.setFont(REGULAR, 10)
        canvas.drawString(72, 700, f"chunk {number} page {page} Zoë Ødegård")
        canvas.setFont(BOLD, 10)
        canvas.drawString(72, 680, f"Şükrü Yılmaz {number * 100 + page} 2 0 R endobj")
        canvas.showPage()
    data: bytes = canvas.getpdfdata()
    return data


def _join(path: Path, chunks: list[bytes]) -> int:
    with path.open("wb") as out, PdfJoiner(out) as joiner:
        for chunk in chunks:
            joiner.append(chunk)
        return joiner.finish()


@pytest.fixture
def joined(tmp_path: Path) -> Path:
    """Three chunks of 3, 1 and 4 pages joined into one file."""
    path = tmp_path / "joined.pdf"
    assert _join(path, [_chunk(n, pages) for n, pages in enumerate(SIZES, start=1)]) == sum(SIZES)
    return path


def _poppler(*command: str) -> str:
    """Run a poppler tool; it must succeed without a single complaint on stderr."""
    done = subprocess.run(command, capture_output=True, check=True)
    assert done.stderr == b"", done.stderr
    return done.stdout.decode("utf-8")


def test_poppler_reads_every_page_in_order(joined: Path) -> None:
    """pdfinfo sees 8 pages and the first chunk's title; pdftotext finds each page's own text."""
    info = _poppler("pdfinfo", str(joined))
    assert re.search(r"^Pages:\s+8$", info, re.M)
    assert re.search(r"^Title:\s+Cahier de vie — Łukasz \(1 0 R\) endobj \\ stream$", info, re.M)
    assert re.search(r"^Author:\s+Centre CQ$", info, re.M) and re.search(r"^Creator:\s+aptaskil-desk$", info, re.M)
    expected = [(n, page) for n, pages in enumerate(SIZES, start=1) for page in range(1, pages + 1)]
    for index, (n, page) in enumerate(expected, start=1):
        text = _poppler("pdftotext", "-f", str(index), "-l", str(index), str(joined), "-")
        assert f"chunk {n} page {page} Zoë Ødegård" in text
        assert f"Şükrü Yılmaz {n * 100 + page} 2 0 R endobj" in text


def test_every_xref_offset_points_at_its_object(joined: Path) -> None:
    """The cross-reference table lists objects 0…Size-1, each offset at ``n 0 obj``; startxref is right."""
    data = joined.read_bytes()
    start = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", data)[1])  # type: ignore[index]
    assert data[start:].startswith(b"xref\n")
    section = re.match(rb"xref\n0 (\d+)\n", data[start:])
    assert section is not None
    size = int(section[1])
    entries = re.findall(
        rb"(\d{10}) (\d{5}) ([nf]) \n", data[start + section.end() : start + section.end() + 20 * size]
    )
    assert len(entries) == size and entries[0] == (b"0000000000", b"65535", b"f")
    for number, (offset, generation, kind) in enumerate(entries[1:], start=1):
        assert kind == b"n" and generation == b"00000"
        assert data[int(offset) :].startswith(b"%d 0 obj" % number), number
    assert re.search(rb"/Size %d\n" % size, data) and re.search(rb"/Root 2 0 R\n", data)
    assert data.count(b" 0 obj") == size - 1  # nothing unreferenced was copied twice or left over


def test_page_tree_has_one_node_per_chunk(joined: Path) -> None:
    """The root holds one node per chunk, each node its chunk's pages, each page its node as parent."""
    reader = PdfReader(joined)
    root: Any = reader.root_object["/Pages"]  # pypdf's values are loosely typed
    assert root.indirect_reference.idnum == ROOT and root["/Count"] == 8 and "/Parent" not in root
    nodes = [kid.get_object() for kid in root.raw_get("/Kids")]
    assert [node["/Count"] for node in nodes] == list(SIZES)
    for node in nodes:
        assert node.raw_get("/Parent").idnum == ROOT and node["/Type"] == "/Pages"
        for kid in node.raw_get("/Kids"):
            assert kid.get_object().raw_get("/Parent").idnum == node.indirect_reference.idnum
    assert len(reader.pages) == 8


def test_each_chunk_keeps_its_own_fonts_with_distinct_subset_names(joined: Path) -> None:
    """Every chunk embeds its own two subsets; no two subsets in the file share a name."""
    lines = _poppler("pdffonts", str(joined)).splitlines()[2:]
    names = [line.split()[0] for line in lines]
    assert len(names) == 2 * len(SIZES) and len(set(names)) == len(names)
    assert all(re.fullmatch(r"[A-Z]{6}\+DejaVuSans(-Bold)?", name) for name in names)
    assert all(" yes yes yes " in line for line in lines)  # embedded, subset, with a ToUnicode map
    fonts: list[Any] = [page["/Resources"]["/Font"] for page in PdfReader(joined).pages]  # type: ignore[index]
    first, last = fonts[0], fonts[-1]
    assert first["/F1+0"].indirect_reference != last["/F1+0"].indirect_reference


def test_strings_and_stream_data_are_copied_byte_for_byte(tmp_path: Path) -> None:
    """References inside a string or an uncompressed content stream are left alone; only real ones move."""
    chunks = [_chunk(1, 2, compress=False), _chunk(2, 1, compress=False)]
    path = tmp_path / "plain.pdf"
    _join(path, chunks)
    data = path.read_bytes()
    for chunk in chunks:  # each page's content stream appears unchanged in the output
        for stream in re.findall(rb"stream\r?\n(.*?)endstream", chunk, re.S):
            assert stream in data
    assert b"(chunk 2 page 1 " in data and b" 2 0 R endobj) Tj" in data
    assert re.search(
        r"^Title:\s+Cahier de vie — Łukasz \(1 0 R\) endobj \\ stream$", _poppler("pdfinfo", str(path)), re.M
    )
    assert "chunk 2 page 1 Zoë Ødegård" in _poppler("pdftotext", "-f", "3", "-l", "3", str(path), "-")


def test_same_chunks_make_the_same_bytes(tmp_path: Path) -> None:
    """Joining is deterministic: the same chunks give the same file, /ID included."""
    chunks = [_chunk(n, pages) for n, pages in enumerate(SIZES, start=1)]
    _join(tmp_path / "a.pdf", chunks)
    _join(tmp_path / "b.pdf", chunks)
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()


def _handmade(page_dict: bytes, content: bytes, length: bytes | None = None) -> bytes:
    """A minimal classic-xref PDF written by hand: catalogue 1, pages 2, page 3, content 4."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page_dict,
        b"<< /Length %s >>\nstream\n%s\nendstream" % (length or b"%d" % len(content), content),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


def test_handmade_object_keeps_strings_names_and_nested_values() -> None:
    """Nested strings with escapes, hex strings, names with digits and nested dictionaries survive;
    only ``n 0 R`` outside strings is renumbered."""
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R\n"
            b"   /Note (a (nested 3 0 R) \\) 4 0 R) /Hex <33 20 30 20 52> /F1+0 /X%d\n"
            b"   /Resources << /Font << >> /Deep << /Length 99 >> >> >>") % 1  # fmt: skip
    content = b"BT /F1 12 Tf (3 0 R endobj) Tj ET"
    out = io.BytesIO()
    with PdfJoiner(out) as joiner:
        joiner.append(_handmade(page, content))
        joiner.append(_handmade(page, content))
        assert joiner.finish() == 2
    data = out.getvalue()
    assert data.count(b"/Note (a (nested 3 0 R) \\) 4 0 R) /Hex <33 20 30 20 52> /F1+0 /X1") == 2
    assert data.count(b"stream\n" + content + b"\nendstream") == 2
    pages = re.findall(rb"/Parent (\d+) 0 R /MediaBox \[0 0 200 200\] /Contents (\d+) 0 R", data)
    nodes = re.findall(rb"(\d+) 0 obj\n<< /Parent 1 0 R /Type /Pages /Kids \[(\d+) 0 R\] /Count 1 >>", data)
    assert len(pages) == 2 and len(nodes) == 2
    for (parent, contents), (node, kid) in zip(pages, nodes, strict=True):
        assert parent == node
        assert re.search(rb"\n%s 0 obj\n<< /Type /Page /Parent %s 0 R " % (kid, node), data)
        assert re.search(rb"\n%s 0 obj\n<< /Length %d >>\nstream\n" % (contents, len(content)), data)
    assert b"<< /Type /Catalog /Pages 2 0 R >>" not in data  # the chunks' catalogues stayed behind


PAGE = b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /T (a (b) c) >>"
CONTENT = b"BT /F1 12 Tf (3 0 R endobj) Tj ET"


@pytest.mark.parametrize(
    ("pdf", "why"),
    [
        (_handmade(PAGE, CONTENT).replace(b"startxref", b"startxxx"), "no startxref"),
        (_handmade(PAGE, CONTENT).replace(b"/Pages 2 0 R", b"/Pages 7 0 R"), "missing object 7"),
        (_handmade(PAGE, CONTENT, b"30"), "is not 30 bytes long"),
        (_handmade(PAGE, CONTENT, b"9 0 R"), "no direct /Length"),
        (_handmade(PAGE.replace(b"(a (b) c)", b"(a \\) c"), CONTENT), "unterminated string"),
        (_handmade(PAGE.replace(b"2 0 R", b"2 1 R"), CONTENT), "generation other than 0"),
    ],
)
def test_a_chunk_it_cannot_read_is_refused(pdf: bytes, why: str) -> None:
    """A document the copier does not understand raises PdfFormatError naming the problem."""
    with PdfJoiner(io.BytesIO()) as joiner, pytest.raises(PdfFormatError, match=re.escape(why)):
        joiner.append(pdf)


def test_nothing_appended_is_refused() -> None:
    """A document needs at least one page: finishing an empty joiner fails."""
    with PdfJoiner(io.BytesIO()) as joiner, pytest.raises(PdfFormatError):
        joiner.finish()
