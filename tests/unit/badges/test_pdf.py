"""Badge PDFs without a database: sizes, fonts, text, translations, determinism, refusals."""

from __future__ import annotations

import ast
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from aptaskil_desk.badges import pdf
from aptaskil_desk.badges.fonts import BOLD, REGULAR, missing_glyphs, printable, text_width
from aptaskil_desk.badges.pdf import category_words, fit_text, render_badges
from aptaskil_desk.domain.codes import CodeKind, make_code
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.i18n import Translator, catalogue
from aptaskil_desk.services.badges import BadgeInfo

HARD = [("Thị Ánh", "Nguyễn"), ("Şükrü", "Yılmaz"), ("Łukasz", "Wiśniewski"), ("Zoë", "Ødegård")]
CARD = (85.6 / 25.4 * 72, 54 / 25.4 * 72)


def _badges(count: int, *, staff: bool = False, course: str | None = "Opérateur de production") -> list[BadgeInfo]:
    names = [*HARD, ("Élodie", "Van den Bossche-Leclercq")]
    return [
        BadgeInfo(
            i + 1,
            make_code(CodeKind.BADGE, i.to_bytes(10, "big")),
            i + 1,
            *names[i % len(names)],
            "job_seeker",
            staff,
            course,
        )
        for i in range(count)
    ]


def _render(tmp_path: Path, badges: list[BadgeInfo], layout: str = "cards", lang: str = "fr") -> PdfReader:
    out = tmp_path / f"{layout}.pdf"
    render_badges(badges, out, layout=layout, centre_name="Centre de compétences", tr=Translator(lang))
    return PdfReader(out)


def test_the_hard_names_have_every_glyph_and_a_missing_one_is_reported() -> None:
    """Vietnamese, Turkish, Polish and Norwegian letters are all in the embedded fonts; CJK is not."""
    for given, family in HARD:
        assert missing_glyphs(given + family, BOLD) == "" and missing_glyphs(given + family, REGULAR) == ""
    assert missing_glyphs("Zoë 王") == "王"


def test_decomposed_names_are_composed_before_printing() -> None:
    """A name typed as e + combining marks prints as the single composed letter."""
    decomposed = unicodedata.normalize("NFD", "Nguyễn")
    assert len(decomposed) > len("Nguyễn") and printable(decomposed) == "Nguyễn"


def test_cards_are_cr80_with_embedded_fonts_and_exact_names(tmp_path: Path) -> None:
    """Each card page is 85.6 × 54 mm; only embedded TrueType fonts; names read back exactly."""
    badges = _badges(5)
    reader = _render(tmp_path, badges)
    assert len(reader.pages) == 5
    for page, badge in zip(reader.pages, badges, strict=True):
        assert abs(float(page.mediabox.width) - CARD[0]) <= 0.5
        assert abs(float(page.mediabox.height) - CARD[1]) <= 0.5
        lines = page.extract_text().splitlines()
        assert badge.given_name in lines and badge.family_name in lines and badge.code in lines
        assert "Demandeur d'emploi" in lines and "Opérateur de production" in lines
        assert list(page.images) == []
        resources = page["/Resources"].get_object()
        assert isinstance(resources, DictionaryObject)
        fonts = resources["/Font"].get_object()
        assert isinstance(fonts, DictionaryObject) and len(fonts) == 2  # regular and bold, nothing else
        for ref in fonts.values():
            font = ref.get_object()
            assert font["/Subtype"] == "/TrueType" and "/FontFile2" in font["/FontDescriptor"]


def test_a_staff_badge_says_staff_in_the_chosen_language(tmp_path: Path) -> None:
    """Staff badges name the staff, whatever the person's learner category; no course line."""
    reader = _render(tmp_path, _badges(1, staff=True, course=None), lang="nl")
    assert "Personeel" in reader.pages[0].extract_text().splitlines()


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", ["Demandeur d'emploi", "Travailleur", "Étudiant", "Enseignant", "Personnel"]),
        ("nl", ["Werkzoekende", "Werknemer", "Student", "Leerkracht", "Personeel"]),
        ("en", ["Job seeker", "Worker", "Student", "Teacher", "Staff"]),
    ],
)
def test_categories_in_words(lang: str, words: list[str]) -> None:
    """Every funder category and the staff have their words in French, Dutch and English."""
    tr = Translator(lang)
    base = _badges(1)[0]
    found = [
        category_words(BadgeInfo(1, base.code, 1, "A", "B", category, False, None), tr)
        for category in ("job_seeker", "worker", "student", "teacher")
    ]
    found.append(category_words(BadgeInfo(1, base.code, 1, "A", "B", "worker", True, None), tr))
    assert found == words
    assert category_words(BadgeInfo(1, base.code, 1, "A", "B", None, False, None), tr) == ""


def test_a_long_name_shrinks_then_narrows_and_is_never_cut() -> None:
    """Short names print at full size; long ones shrink; absurdly long ones narrow, still whole."""
    width = 140.0
    assert fit_text("Zoë", BOLD, width, 15, 7).size == 15
    long = fit_text("Van den Bossche-Leclercq", BOLD, width, 15, 7)
    assert 7 <= long.size < 15 and long.scale == 100
    absurd_name = "Maria del Carmen Fernández de la Fuente-Rodríguez y Álvarez de Toledo"
    absurd = fit_text(absurd_name, BOLD, width, 15, 7)
    assert absurd.size == 7 and absurd.scale < 100
    for fit, text in ((long, "Van den Bossche-Leclercq"), (absurd, absurd_name)):
        assert text_width(text, BOLD, fit.size) * fit.scale / 100 <= width + 1e-6


def test_the_sheet_puts_ten_a_page_and_reports_progress(tmp_path: Path) -> None:
    """23 badges make 3 A4 pages (10, 10, 3) and one progress call per badge, in order."""
    calls: list[tuple[int, int]] = []
    out = tmp_path / "s.pdf"
    badges = _badges(23)
    pages = render_badges(
        badges, out, layout="sheet", centre_name="C", tr=Translator("en"), progress=lambda *a: calls.append(a)
    )
    assert pages == 3 and calls == [(i, 23) for i in range(1, 24)]
    reader = PdfReader(out)
    assert {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages} == {(595, 842)}
    counts = [sum(b.code in p.extract_text().splitlines() for b in badges) for p in reader.pages]
    assert counts == [10, 10, 3]
    assert "Page 3 of 3" in reader.pages[2].extract_text()


def test_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    """Two renderings of one print run are byte-for-byte identical (fixed date and document id)."""
    badges = _badges(12)
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        render_badges(badges, out, layout="sheet", centre_name="C", tr=Translator("fr"))
    assert first.read_bytes() == second.read_bytes()


def test_unknown_layout_and_empty_runs_are_refused_and_write_nothing(tmp_path: Path) -> None:
    """A wrong layout or nobody to print is refused with a clear message; no file appears."""
    out = tmp_path / "x.pdf"
    with pytest.raises(InvalidInput, match="layout"):
        render_badges(_badges(1), out, layout="poster", centre_name="C", tr=Translator("fr"))
    with pytest.raises(InvalidInput, match="No badges"):
        render_badges([], out, layout="cards", centre_name="C", tr=Translator("fr"))
    assert list(tmp_path.iterdir()) == []


def test_a_failed_run_leaves_the_previous_file_and_no_partial_one(tmp_path: Path) -> None:
    """If rendering fails half-way the old PDF is untouched and no temporary file is left."""
    out = tmp_path / "x.pdf"
    out.write_bytes(b"old")

    def stop(done: int, total: int) -> None:
        if done == 2:
            raise RuntimeError("cancelled")

    with pytest.raises(RuntimeError):
        render_badges(_badges(3), out, layout="cards", centre_name="C", tr=Translator("fr"), progress=stop)
    assert out.read_bytes() == b"old" and [p.name for p in tmp_path.iterdir()] == ["x.pdf"]


def test_every_string_the_pdf_translates_has_french_and_dutch() -> None:
    """Each literal passed to ``tr(...)`` in the badge PDF module is in both catalogues."""
    tree = ast.parse(Path(pdf.__file__).read_text(encoding="utf-8"))
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
    assert len(sources) >= 7
    for language in ("fr", "nl"):
        assert sorted(s for s in sources if catalogue(language).lookup("cli", s) is None) == [], language
