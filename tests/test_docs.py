"""Docs that cannot go stale: every code block of README.md and the developer guides runs in the tests.

``>>>`` examples run as doctests; every other ```python block runs as written, the blocks of one
page in order in one namespace (in a scratch directory holding a copy of the corpus, so examples
that save or cache write nothing into the project); ```sparql blocks run through ``kb.sparql``.
A block whose first line is ``# needs: a SPARQL server ...`` runs in test_graph_server.py against a
real Oxigraph server. Command lines in shell and text blocks (``regkb ...``, ``python -m regkb...``)
are parsed by the real command line, every option checked; those that only read the corpus run.
The guides are the pages of src/regkb/docs and the site's "For developers" page.
"""

from __future__ import annotations

import doctest
import importlib
import re
import shlex
import shutil
from pathlib import Path
from typing import Any

import click
import pytest
import yaml
from click.testing import CliRunner

from regkb import KnowledgeBase
from regkb.cli import cli

from .conftest import CORPUS, ROOT

DOCS = [ROOT / "README.md", *sorted((ROOT / "src" / "regkb" / "docs").glob("*.md")),
        ROOT / "src" / "regkb" / "site" / "static" / "developers.md"]
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


# --- command lines ---------------------------------------------------------------------------

#: commands that only read the corpus (and write at most a cache in the scratch copy): they run
READ_ONLY = {"check", "article", "obligations", "definitions", "actors", "diff", "search", "shacl"}
SYNOPSIS = re.compile(r"\[|\.\.\.|<|\|")  # a synopsis line: [optional], alternatives a|b, <placeholder>


def command_lines() -> list[tuple[str, str]]:
    """(where, command line) of every regkb command in the docs' non-Python blocks, comments cut."""
    out = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        for m in FENCE.finditer(text):
            if m.group(1) in ("python", "sparql", "yaml", "json"):
                continue
            first = text[: m.start()].count("\n") + 2
            for k, raw in enumerate(m.group(2).splitlines()):
                line = re.sub(r"^\$ ", "", raw.strip())
                line = re.split(r"\s#\s|\s{3,}", line)[0].strip()  # a comment, or the description column
                if re.match(r"regkb |python -m regkb", line):
                    out.append((f"{path.name}:{first + k}", line))
    return out


def _command(name: str) -> click.Command:
    cmd = cli.get_command(click.Context(cli), name)
    assert cmd is not None, f"no command 'regkb {name}'"
    return cmd


def _parse(name: str, args: list[str]) -> None:
    """Parse a command line as the shell gives it (options, choices, types checked); nothing runs."""
    with _command(name).make_context(name, args, parent=click.Context(cli)):
        pass


def _options(cmd: click.Command) -> set[str]:
    return {o for p in cmd.params for o in (*p.opts, *p.secondary_opts) if o.startswith("-")}


@pytest.mark.parametrize(("where", "line"), command_lines(), ids=lambda x: x)
def test_command_lines_in_the_docs_are_real(where: str, line: str, scratch: Path) -> None:
    words = shlex.split(line)
    if words[:2] == ["python", "-m"]:  # a module's own argparse: each option must be one it declares
        module = words[2]
        src = "".join(Path(importlib.import_module(m).__file__ or "").read_text(encoding="utf-8")
                      for m in (module, f"{module}.__main__") if importlib.util.find_spec(m))
        for opt in (w.split("=")[0] for w in words[3:] if w.startswith("--")):
            assert f'"{opt}"' in src, f"{where}: {module} has no option {opt}"
        return
    name, args = words[1], words[2:]
    cmd = _command(name)
    if name == "bench":  # passes its arguments on to python -m regkb.bench
        return
    if SYNOPSIS.search(line):  # a synopsis: the command and every option it names must exist
        names = [name, *re.findall(r"\|\s*([a-z]+)\s*\[", line)] if name in ("definitions",) else [name]
        for n in names:
            _command(n)
        for opt in re.findall(r"(?<![\w-])(--?[a-z][\w-]*)", line):
            assert opt in _options(cmd), f"{where}: 'regkb {name}' has no option {opt}"
        return
    try:
        _parse(name, list(args))
    except click.BadParameter as exc:
        if "does not exist" not in str(exc):  # a file of the reader's own, named as an example
            raise AssertionError(f"{where}: {line}: {exc}") from exc
    except click.UsageError as exc:
        raise AssertionError(f"{where}: {line}: {exc}") from exc
    if name in READ_ONLY:
        result = CliRunner().invoke(cli, [name, *args], catch_exceptions=False)
        assert result.exit_code in (0, 1) if name == "shacl" else result.exit_code == 0, \
            f"{where}: {line} exited {result.exit_code}: {result.output[-500:]}"


def test_the_command_line_checker_catches_a_wrong_option(scratch: Path) -> None:
    with pytest.raises(click.UsageError):
        _parse("diff", ["--kinds", "removed"])
    with pytest.raises(click.BadParameter):
        _parse("search", ["x", "--kind", "definitions"])
    assert len(command_lines()) > 30


def test_yaml_examples_are_what_regkb_reads(kb: KnowledgeBase) -> None:
    # every ```yaml block parses; a frontmatter example uses only keys regkb reads; an alignment
    # example uses only the keys of the real alignment file, and its provision ids exist
    from regkb.corpus import FRONTMATTER_KEYS

    real = yaml.safe_load((CORPUS / "alignment.yaml").read_text(encoding="utf-8"))
    seen = 0
    for path in DOCS:
        for line, block in code_blocks(path, "yaml"):
            where = f"{path.name}:{line}"
            docs = [d for d in yaml.safe_load_all(block) if d is not None]
            assert docs, where
            for data in docs:
                seen += 1
                if "claims" in data:
                    assert set(data) <= set(real), where
                    for c in data["claims"]:
                        assert set(c) <= {k for rc in real["claims"] for k in rc}, where
                        for pid in c.get("final", []):
                            assert kb.provision(pid), where
                    for f in data.get("final_only", []):
                        for pid in f["final"]:
                            assert kb.provision(pid), where
                elif "title" in data:
                    assert set(data) <= set(FRONTMATTER_KEYS), where
    assert seen >= 2


def test_readme_first_screen_has_the_two_commands() -> None:
    first_screen = "\n".join((ROOT / "README.md").read_text(encoding="utf-8").splitlines()[:15])
    assert "regkb build" in first_screen
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_cmd = next(line for line in first_screen.splitlines() if "pytest" in line).split("   #")[0].strip()
    assert test_cmd in ci, "the README's test command and .ci/run have drifted apart"
