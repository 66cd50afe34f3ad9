"""House rules checked over the whole package: Qt only in ui/, arrows point down, no cycles."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "aptaskil_desk"

# Higher number = higher layer. A module may import only its own layer or lower ones.
LAYERS = {
    "ui": 5,
    "cli": 5,
    "commands": 5,
    "__main__": 6,
    "app": 4,
    "services": 3,
    "reports": 3,
    "badges": 3,
    "instruments": 3,
    "domain": 2,
    "db": 1,
    # Leaf helpers every layer may use; they import nothing of the package above themselves.
    "errors": 0,
    "clock": 0,
    "settings": 0,
    "resources": 0,
    "i18n": 0,
    "logging_setup": 0,
    "crash": 0,
    "__init__": 0,
}


def _modules() -> dict[str, Path]:
    result = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        result[".".join(parts)] = path
    return result


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def _layer(module: str) -> tuple[str, int]:
    top = module.split(".")[1] if module.count(".") else "__init__"
    return top, LAYERS[top]


def test_every_top_level_module_has_a_layer() -> None:
    """Every module of the package belongs to a declared layer (new ones must be placed)."""
    unknown = {m.split(".")[1] for m in _modules() if m.count(".") and m.split(".")[1] not in LAYERS}
    assert not unknown


def test_qt_is_imported_only_under_ui() -> None:
    """No module outside aptaskil_desk/ui imports PySide6 (ARCHITECTURE rule 1)."""
    offenders = [
        name
        for name, path in _modules().items()
        if not name.startswith("aptaskil_desk.ui") and any(i.split(".")[0] == "PySide6" for i in _imports(path))
    ]
    assert offenders == []


def test_arrows_point_down() -> None:
    """No module imports a module of a higher layer (ARCHITECTURE rule 2)."""
    modules = _modules()
    violations = []
    for name, path in modules.items():
        own_top, own = _layer(name)
        for imported in _imports(path):
            if not imported.startswith("aptaskil_desk.") or imported not in modules:
                continue
            other_top, other = _layer(imported)
            if other > own and other_top != own_top:
                violations.append(f"{name} -> {imported}")
    assert violations == []


def test_no_import_cycles() -> None:
    """The package's module import graph has no cycle."""
    modules = _modules()
    graph = {name: {i for i in _imports(path) if i in modules and i != name} for name, path in modules.items()}
    state: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, stack: list[str]) -> bool:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycle.extend([*stack, node, nxt])
                return True
            if state.get(nxt) is None and visit(nxt, [*stack, node]):
                return True
        state[node] = 2
        return False

    for start in graph:
        if state.get(start) is None and visit(start, []):
            break
    assert cycle == []


def test_the_checker_would_catch_a_violation(tmp_path: Path) -> None:
    """The import parser really sees imports (guards against a checker that passes vacuously)."""
    sample = tmp_path / "m.py"
    sample.write_text("import PySide6.QtCore\nfrom aptaskil_desk.ui import x\n", encoding="utf-8")
    assert {"PySide6.QtCore", "aptaskil_desk.ui", "aptaskil_desk.ui.x"} <= _imports(sample)
