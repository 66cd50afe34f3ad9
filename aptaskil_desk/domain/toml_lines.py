"""Where each key, table and array element of a TOML document starts: the line to show in a message.

``tomllib`` says where a *syntax* error is, but not where a value it parsed came from. A file that
parses and is still wrong (a step with an unknown kind, a prerequisite that does not exist) must be
refused with its line too, so :func:`key_lines` scans the source once more and maps every path —
``("sections", 1, "steps", 0, "kind")``, with 0-based indices for arrays and arrays of tables — to
the 1-based line where it is defined. :func:`line_of` answers for the nearest known prefix of a
path, so a missing key points at its table.

The scanner assumes the text is valid TOML (call it after ``tomllib`` accepted the text): it only
has to tell keys from values, strings and comments, never to judge them.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping

Path = tuple[str | int, ...]

_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_SCALAR_END = frozenset(",]}#\n")


class _Scanner:
    """One pass over the text, recording the line of every path it meets (first definition wins)."""

    def __init__(self, source: str) -> None:
        self.text = source.replace("\r\n", "\n")
        self.pos = 0
        self.line = 1
        self.found: dict[Path, int] = {}
        self.table: Path = ()
        self.array_lengths: dict[Path, int] = {}  # arrays of tables → elements seen so far

    # -- characters ----------------------------------------------------------------------------------

    def peek(self, offset: int = 0) -> str:
        index = self.pos + offset
        return self.text[index] if index < len(self.text) else ""

    def advance(self, count: int = 1) -> None:
        self.line += self.text.count("\n", self.pos, self.pos + count)
        self.pos += count

    def skip_blank(self, newlines: bool) -> None:
        """Spaces and comments; newlines too when ``newlines`` (inside arrays, between statements)."""
        while self.pos < len(self.text):
            char = self.peek()
            if char in " \t" or (newlines and char == "\n"):
                self.advance()
            elif char == "#":
                end = self.text.find("\n", self.pos)
                self.advance((len(self.text) if end < 0 else end) - self.pos)
            else:
                return

    def record(self, path: Path) -> None:
        self.found.setdefault(path, self.line)

    # -- keys and strings ----------------------------------------------------------------------------

    def string(self) -> str:
        """Skip one string of any of TOML's four kinds; returns its source text, quotes included."""
        start = self.pos
        quote = self.peek()
        if self.text.startswith(quote * 3, self.pos):
            end = self.text.find(quote * 3, self.pos + 3)
            while quote == '"' and self._escaped(end):
                end = self.text.find(quote * 3, end + 1)
            end += 3
            while self.peek(end - self.pos) == quote:  # up to two quotes may close the content
                end += 1
            self.advance(end - self.pos)
            return self.text[start : self.pos]
        self.advance()
        while self.peek() != quote:
            self.advance(2 if quote == '"' and self.peek() == "\\" else 1)
        self.advance()
        return self.text[start : self.pos]

    def _escaped(self, index: int) -> bool:
        backslashes = 0
        while index - backslashes - 1 >= 0 and self.text[index - backslashes - 1] == "\\":
            backslashes += 1
        return backslashes % 2 == 1

    def key(self) -> tuple[str, ...]:
        """A dotted key (``a."b c".d``) as its parts."""
        parts: list[str] = []
        while True:
            self.skip_blank(newlines=False)
            if self.peek() in "\"'":
                raw = self.string()
                parts.append(str(tomllib.loads(f"k = {raw}")["k"]))
            else:
                start = self.pos
                while self.peek() in _BARE_KEY and self.peek():
                    self.advance()
                parts.append(self.text[start : self.pos])
            self.skip_blank(newlines=False)
            if self.peek() != ".":
                return tuple(parts)
            self.advance()

    # -- statements ----------------------------------------------------------------------------------

    def scan(self) -> dict[Path, int]:
        while True:
            self.skip_blank(newlines=True)
            if self.pos >= len(self.text):
                return self.found
            if self.peek() == "[":
                self.header()
            else:
                self.key_value(self.table)

    def header(self) -> None:
        array = self.peek(1) == "["
        self.advance(2 if array else 1)
        keys = self.key()
        self.advance(2 if array else 1)
        path: Path = ()
        for i, key in enumerate(keys):
            path = (*path, key)
            last = i == len(keys) - 1
            if last and array:
                self.record(path)
                self.array_lengths[path] = self.array_lengths.get(path, 0) + 1
            if path in self.array_lengths:  # a parent array of tables means its last element
                path = (*path, self.array_lengths[path] - 1)
            self.record(path)
        self.table = path

    def key_value(self, table: Path) -> Path:
        path = table
        for key in self.key():
            path = (*path, key)
            self.record(path)
        self.advance()  # "="
        self.skip_blank(newlines=False)
        self.value(path)
        return path

    def value(self, path: Path) -> None:
        char = self.peek()
        if char in "\"'":
            self.string()
        elif char == "[":
            self.array(path)
        elif char == "{":
            self.inline_table(path)
        else:
            while self.peek() and self.peek() not in _SCALAR_END:
                self.advance()

    def array(self, path: Path) -> None:
        self.advance()
        index = 0
        while True:
            self.skip_blank(newlines=True)
            if self.peek() == "]":
                self.advance()
                return
            self.record((*path, index))
            self.value((*path, index))
            self.skip_blank(newlines=True)
            if self.peek() == ",":
                self.advance()
                index += 1

    def inline_table(self, path: Path) -> None:
        self.advance()
        while True:
            self.skip_blank(newlines=False)
            if self.peek() == "}":
                self.advance()
                return
            self.key_value(path)
            self.skip_blank(newlines=False)
            if self.peek() == ",":
                self.advance()


def key_lines(source: str) -> dict[Path, int]:
    """Every path of a valid TOML document → the 1-based line where it is first defined."""
    return _Scanner(source).scan()


def line_of(lines: Mapping[Path, int], path: Path) -> int:
    """The line of ``path``, else of its nearest known parent (1 when nothing is known)."""
    for end in range(len(path), 0, -1):
        line = lines.get(path[:end])
        if line is not None:
            return line
    return 1
