"""Pre-use and post-use questions per equipment type (data in ``forms/equipment-questions.toml``)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from aptaskil_desk.errors import InvalidInput

ANSWERS = ("yes", "no")


@dataclass(frozen=True)
class Question:
    id: str
    expect: str
    text: Mapping[str, str]  # language → text

    def in_language(self, language: str) -> str:
        return self.text.get(language) or self.text["fr"]


@dataclass(frozen=True)
class QuestionSet:
    pre: tuple[Question, ...]
    post: tuple[Question, ...]


def parse_questions(source: str, origin: str = "equipment-questions.toml") -> dict[str, QuestionSet]:
    """Read and validate the questions file; a bad file is refused with the place and the reason."""
    try:
        data = tomllib.loads(source)
    except tomllib.TOMLDecodeError as error:
        raise InvalidInput("{file}: not valid TOML: {error}", file=origin, error=error) from None
    if "default" not in data:
        raise InvalidInput("{file}: a [default] table is required.", file=origin)
    result: dict[str, QuestionSet] = {}
    for equipment_type, table in data.items():
        sets: dict[str, tuple[Question, ...]] = {}
        for when in ("pre", "post"):
            items = table.get(when, [])
            questions = []
            for i, item in enumerate(items):
                where = f"{origin}: [{equipment_type}] {when}[{i}]"
                if not isinstance(item, dict) or not item.get("id") or item.get("expect") not in ANSWERS:
                    raise InvalidInput("{where}: each question needs an id and expect = yes or no.", where=where)
                if not all(isinstance(item.get(lang), str) and item[lang] for lang in ("fr", "en", "nl")):
                    raise InvalidInput("{where}: each question needs its text in fr, en and nl.", where=where)
                questions.append(Question(item["id"], item["expect"], {k: item[k] for k in ("fr", "en", "nl")}))
            sets[when] = tuple(questions)
        result[equipment_type] = QuestionSet(sets["pre"], sets["post"])
    return result


def for_type(questions: Mapping[str, QuestionSet], equipment_type: str) -> QuestionSet:
    return questions.get(equipment_type) or questions["default"]


def unanswered(questions: Sequence[Question], answers: Mapping[str, str] | None) -> list[Question]:
    given = answers or {}
    return [q for q in questions if given.get(q.id) not in ANSWERS]


def unexpected(questions: Sequence[Question], answers: Mapping[str, str]) -> list[Question]:
    """Questions answered otherwise than expected (before use: refuse; after use: an anomaly)."""
    return [q for q in questions if answers.get(q.id) != q.expect]
