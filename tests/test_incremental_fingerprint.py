"""The parse cache's fingerprint covers every module whose code decides what a parse produces."""

from __future__ import annotations

import ast
from pathlib import Path

from regkb import incremental

ROOT = Path(incremental.__file__).resolve().parent


def _files(name: str) -> list[Path]:
    p = ROOT / name
    return sorted(p.rglob("*.py")) if p.is_dir() else [p]


def _imported(path: Path) -> set[Path]:
    """The regkb modules that ``path`` imports (relative imports and ``regkb.x``), at top level or in a function."""
    pkg = list(path.relative_to(ROOT).parts[:-1])
    targets: list[list[str]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg[:len(pkg) - (node.level - 1)]
            elif node.module and node.module.split(".")[0] == "regkb":
                base = []
            else:
                continue
            mod = (node.module or "").split(".")
            mod = mod[1:] if not node.level else mod
            parts = base + [m for m in mod if m]
            targets.append(parts)
            targets += [[*parts, a.name] for a in node.names]  # "from . import patterns": a module
        elif isinstance(node, ast.Import):
            targets += [a.name.split(".")[1:] for a in node.names if a.name.split(".")[0] == "regkb"]
    out = set()
    for t in targets:
        for f in (ROOT.joinpath(*t).with_suffix(".py") if t else None, ROOT.joinpath(*t, "__init__.py")):
            if f is not None and f.is_file() and f != ROOT / "__init__.py":
                out.add(f)
    return out


def test_fingerprint_modules_are_closed_under_imports() -> None:
    covered = {f for name in incremental._PARSER_MODULES for f in _files(name)}
    missing = {m.relative_to(ROOT).as_posix() for f in covered for m in _imported(f)} - {
        f.relative_to(ROOT).as_posix() for f in covered}
    assert not missing, f"the parse cache's fingerprint misses modules the parser imports: {sorted(missing)}"


def test_the_reader_and_its_decoder_are_covered() -> None:
    covered = {f.relative_to(ROOT).as_posix() for name in incremental._PARSER_MODULES for f in _files(name)}
    assert {"corpus.py", "textcodec.py", "safeyaml.py", "parse/structure.py"} <= covered
