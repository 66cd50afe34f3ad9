"""Pre-/post-use questions: the shipped file is valid; bad files are refused with the place."""

from __future__ import annotations

import pytest

from aptaskil_desk.domain.questions import for_type, parse_questions, unanswered, unexpected
from aptaskil_desk.errors import InvalidInput
from aptaskil_desk.resources import forms_path


def test_shipped_questions_are_valid_and_fall_back_to_default() -> None:
    """forms/equipment-questions.toml parses; an unknown type gets the default questions."""
    catalogue = parse_questions(forms_path("equipment-questions.toml").read_text(encoding="utf-8"))
    assert [q.id for q in for_type(catalogue, "autoclave").pre] == ["clean_label", "door_seal", "bowie_dick"]
    assert for_type(catalogue, "bioreactor") == catalogue["default"]
    assert for_type(catalogue, "balance").pre[0].in_language("nl").startswith("Staat de waterpasbel")


def test_answers() -> None:
    """Missing and unexpected answers are told apart."""
    catalogue = parse_questions(forms_path("equipment-questions.toml").read_text(encoding="utf-8"))
    pre = for_type(catalogue, "autoclave").pre
    assert [q.id for q in unanswered(pre, {"clean_label": "yes", "door_seal": "maybe"})] == ["door_seal", "bowie_dick"]
    assert [q.id for q in unexpected(pre, {"clean_label": "yes", "door_seal": "no", "bowie_dick": "yes"})] == [
        "door_seal"
    ]


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("[autoclave]\npre = []\n", "[default]"),
        ("[default]\npre = [{ id = 'x', expect = 'maybe', fr = 'a', en = 'b', nl = 'c' }]\n", "expect = yes or no"),
        ("[default]\npre = [{ id = 'x', expect = 'yes', fr = 'a' }]\n", "fr, en and nl"),
        ("[default\n", "not valid TOML"),
    ],
)
def test_bad_files_are_refused(source: str, words: str) -> None:
    """Each kind of mistake in the questions file is refused, saying where and why."""
    with pytest.raises(InvalidInput) as error:
        parse_questions(source)
    assert words in str(error.value)
