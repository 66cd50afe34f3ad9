"""Find the user-facing message sources outside Qt: error constructors and CLI output calls."""

from __future__ import annotations

import ast
from pathlib import Path

from aptaskil_desk import errors

PACKAGE = Path(__file__).resolve().parents[2] / "aptaskil_desk"


def _error_classes() -> set[str]:
    """Every error class meant for a person (``AptaskilError`` and all its subclasses)."""
    found = {errors.AptaskilError.__name__}
    todo = [errors.AptaskilError]
    while todo:
        for sub in todo.pop().__subclasses__():
            found.add(sub.__name__)
            todo.append(sub)
    return found


#: Callables whose first positional string argument is a message shown to a person.
MESSAGE_CALLS = _error_classes() | {"say", "error", "CheckItem"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def cli_messages() -> dict[str, list[str]]:
    """Every message source string → the places (file:line) it appears, outside ``ui/``."""
    found: dict[str, list[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE.parent)
        if relative.parts[1] == "ui" or "migrations" in relative.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _name(node.func) not in MESSAGE_CALLS or not node.args:
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.setdefault(first.value, []).append(f"{relative}:{node.lineno}")
    return found


if __name__ == "__main__":
    for message in sorted(cli_messages()):
        print(repr(message))
