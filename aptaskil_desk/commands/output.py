"""Where a command writes: human text in the chosen language, or one JSON document."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from typing import Any, TextIO

from aptaskil_desk.i18n import Translator


class Output:
    """Where a command writes: human text (translated) or one JSON document."""

    def __init__(self, tr: Translator, as_json: bool, stdout: TextIO, stderr: TextIO) -> None:
        self.tr = tr
        self.as_json = as_json
        self._out = stdout
        self._err = stderr

    def say(self, source: str, /, **params: object) -> None:
        if not self.as_json:
            print(self.tr(source, **params), file=self._out)

    def line(self, text: str) -> None:
        if not self.as_json:
            print(text, file=self._out)

    def error(self, source: str, /, **params: object) -> None:
        print(self.tr(source, **params), file=self._err)

    def json(self, document: Any) -> None:
        if self.as_json:
            print(json.dumps(document, ensure_ascii=False, indent=2, default=_json_default), file=self._out)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    return str(value)
