"""The stages of digest/ import only from earlier stages (README "Architecture").

Every ``import digest...`` in the library, including those inside functions, is checked
against the order below; the library never imports MkDocs.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "digest"

# Earlier stages first; a module may import its own stage and any earlier one.
STAGES: tuple[tuple[str, ...], ...] = (
    ("problems", "paths", "data", "__init__"),
    ("text",),
    ("config",),
    ("contract",),
    ("readers",),
    ("chain",),
    ("store",),
    ("site",),
    ("convert", "parallel", "cli", "__main__"),
)
RANK = {name: rank for rank, names in enumerate(STAGES) for name in names}
MAX_TOP_LEVEL_MODULES = 8
MAX_LINES = 300


def _stage(module: str) -> str:
    """``digest.chain.clean`` -> ``chain``; ``digest`` itself -> ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _submodule(name: str) -> str:
    """``from digest import x``: the module ``digest.x``, or ``digest`` for a name defined there."""
    is_module = (ROOT / f"{name}.py").exists() or (ROOT / name).is_dir()
    return f"digest.{name}" if is_module else "digest"


def _imports(path: Path) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "digest":
                found.extend((node.lineno, _submodule(alias.name)) for alias in node.names)
            else:
                found.append((node.lineno, node.module))
    return found


LIBRARY = sorted(ROOT.rglob("*.py"))


@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: str(p.relative_to(ROOT.parent)))
def test_imports_run_from_later_stages_to_earlier(path: Path) -> None:
    own = _stage("digest." + ".".join(path.relative_to(ROOT).with_suffix("").parts))
    wrong = [
        f"line {line}: {module} ({_stage(module)} comes after {own})"
        for line, module in _imports(path)
        if module.startswith("digest") and RANK[_stage(module)] > RANK[own]
    ]
    mkdocs = [
        f"line {line}: {module}" for line, module in _imports(path) if module.split(".")[0] in {"mkdocs", "material"}
    ]
    assert not wrong, wrong
    assert not mkdocs, mkdocs


def test_every_folder_is_a_known_stage() -> None:
    folders = {p.name for p in ROOT.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))}
    modules = {p.stem for p in ROOT.glob("*.py")}
    assert folders | modules <= set(RANK), (folders | modules) - set(RANK)
    assert len(modules) <= MAX_TOP_LEVEL_MODULES, sorted(modules)


def test_no_module_is_past_the_size_guide() -> None:
    long = {
        str(p.relative_to(ROOT)): n
        for p in LIBRARY
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, long
