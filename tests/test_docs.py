"""Docs that cannot go stale: every code block of README.md and the developer guides runs in the tests.

``>>>`` examples run as doctests; every other ```python block runs as written, the blocks of one
page in order in one namespace (in a scratch directory holding a copy of the corpus, so examples
that save or cache write nothing into the project); ```sparql blocks run through ``kb.sparql``.
A block whose first line is ``# needs: a SPARQL server ...`` runs in test_graph_server.py against a
real Oxigraph server.
"""

from __future__ import annotations

import doctest
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from regkb import KnowledgeBase

from .conftest import CORPUS, ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "src" / "regkb" / "docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w*)[^\n]*\n(.*?)^```", re.S | re.M)
NEEDS_SERVER = "# needs: a SPARQL server"


def code_blocks(path: Path, lang: str) -> list[tuple[int, str]]:
    """(line, code) of each fenced block in ``lang`` (``>>>`` blocks left to doctest)."""
    text = path.read_text(encoding="utf-8")
    return [(text[: m.start()].count("\n") + 2, m.group(2)) for m in FENCE.finditer(text)
            if m.group(1) == lang and ">>> " not in m.group(2)]


def run_blocks(path: Path, namespace: dict[str, Any], *, server: bool = False) -> int:
    """Run the page's python blocks (the server ones only, or all others) in ``namespace``; how many ran."""
    ran = 0
    for line, code in code_blocks(path, "python"):
        if code.startswith(NEEDS_SERVER) != server:
            continue
        exec(compile(code, f"{path.name}:{line}", "exec"), namespace)  # the docs are this project's own text
        ran += 1
    return ran


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(CORPUS, tmp_path / "corpus", ignore=shutil.ignore_patterns(".regkb"))
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("path", [p for p in DOCS if ">>> " in p.read_text(encoding="utf-8")], ids=lambda p: p.name)
def test_doc_examples(path: Path) -> None:
    result = doctest.testfile(str(path), module_relative=False, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0 and result.attempted > 0


@pytest.mark.parametrize("path", [p for p in DOCS if code_blocks(p, "python")], ids=lambda p: p.name)
def test_python_blocks_run_as_written(path: Path, scratch: Path, capsys: pytest.CaptureFixture[str]) -> None:
    namespace: dict[str, Any] = {"__name__": f"docs.{path.stem}"}
    assert run_blocks(path, namespace) or any(c.startswith(NEEDS_SERVER) for _, c in code_blocks(path, "python"))


def test_worked_example_functions_run_as_printed(kb: KnowledgeBase, scratch: Path) -> None:
    from regkb.worked_examples import EXAMPLES, sample_params

    namespace: dict[str, Any] = {"__name__": "docs.worked_examples"}
    run_blocks(ROOT / "src" / "regkb" / "docs" / "worked-examples.md", namespace)
    for ex in EXAMPLES:
        params = sample_params(kb, ex)
        printed = namespace[ex.python.__name__]
        assert printed is not ex.python
        assert printed(kb, **params) == ex.run_python(kb, **params), ex.slug


@pytest.mark.parametrize("path", [p for p in DOCS if code_blocks(p, "sparql")], ids=lambda p: p.name)
def test_sparql_blocks_run(path: Path, kb: KnowledgeBase) -> None:
    for line, query in code_blocks(path, "sparql"):
        try:
            kb.sparql(query)
        except Exception as exc:  # name the block
            raise AssertionError(f"{path.name}:{line}: {exc}") from exc


def test_readme_first_screen_has_the_two_commands() -> None:
    first_screen = "\n".join((ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:15])
    assert "regkb build" in first_screen
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_cmd = next(line for line in first_screen.splitlines() if "pytest" in line).split("   #")[0].strip()
    assert test_cmd in ci, "the README's test command and .ci/run have drifted apart"
