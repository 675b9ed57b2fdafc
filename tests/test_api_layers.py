"""The house has no circles: the package's imports form a graph without cycles, in layers.

The parsed corpus and its queries are at the bottom (model, parse, parsed, store, incremental);
the stages built on it above (graph and RDF, search, comparison and versions, site, exports);
the facade ``regkb.kb.KnowledgeBase`` above those; the CLI on top. Read from the source (every
``import`` anywhere in a module, function bodies included), not from what happens to be loaded;
imports under ``if TYPE_CHECKING:`` are for type checkers only and do not count.
"""

from __future__ import annotations

import ast
from pathlib import Path

import networkx as nx

from .conftest import ROOT

SRC = ROOT / "src"
PACKAGE = SRC / "regkb"

#: lowest layer first; a module may import only from its own layer or the ones before it
LAYERS: list[tuple[str, set[str]]] = [
    ("basics", {"regkb.version", "regkb.model", "regkb.errors", "regkb.kinds", "regkb.textspan", "regkb.atomic",
                "regkb.progress", "regkb.outputs", "regkb.signing", "regkb.safeyaml", "regkb.ntchunks",
                "regkb.textcodec"}),
    ("parsed corpus", {"regkb.corpus", "regkb.parse", "regkb.parse.*", "regkb.parsed", "regkb.store",
                       "regkb.incremental", "regkb.synth", "regkb.importers", "regkb.importers.*",
                       "regkb.sanction_table", "regkb.authorities"}),
    ("stages", {"regkb.vocab", "regkb.graph", "regkb.rdf_queries", "regkb.publish", "regkb.index", "regkb.postings",
                "regkb.compare", "regkb.draft", "regkb.export", "regkb.schema", "regkb.worked_examples"}),
    ("facade", {"regkb.kb"}),
    ("site and tools", {"regkb.site", "regkb.site.*", "regkb.site.search", "regkb.build", "regkb.sitepages",
                        "regkb.bench", "regkb.bench.*", "regkb.eval"}),
    ("command line", {"regkb.commands", "regkb.commands.*", "regkb.cli", "regkb.__main__", "regkb",
                      "regkb.eval.__main__"}),
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_checking_only(node: ast.AST) -> bool:
    test = getattr(node, "test", None)
    return isinstance(node, ast.If) and (
        (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING")
        or (isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"))


def imports_of(path: Path, modules: set[str]) -> set[str]:
    """The package modules a module imports at run time (anywhere in it; not under TYPE_CHECKING).

    ``from pkg import sub`` where ``sub`` is a module is an import of ``pkg.sub`` (not of ``pkg``'s
    ``__init__``, which every submodule import initialises anyway).
    """
    me = module_name(path)
    package = me if path.name == "__init__.py" else me.rsplit(".", 1)[0]
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if _type_checking_only(child):
                for sub in getattr(child, "orelse", []):
                    visit(sub)
                continue
            if isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")[: len(package.split(".")) - (child.level - 1)]
                    target = ".".join(base + ([child.module] if child.module else []))
                else:
                    target = child.module or ""
                for alias in child.names:
                    sub = f"{target}.{alias.name}"
                    if sub in modules:
                        found.add(sub)
                    elif target in modules:
                        found.add(target)
            elif isinstance(child, ast.Import):
                found.update(a.name for a in child.names if a.name in modules)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    found.discard(me)
    return found


def import_graph() -> nx.DiGraph:
    paths = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    g = nx.DiGraph()
    g.add_nodes_from(paths)
    for name, path in paths.items():
        g.add_edges_from((name, dep) for dep in imports_of(path, set(paths)))
    return g


def layer_of(module: str) -> int:
    for i, (_, members) in enumerate(LAYERS):
        for m in members:
            if module == m or (m.endswith(".*") and module.startswith(m[:-1])):
                return i
    raise AssertionError(f"{module} is in no layer: add it to LAYERS")


def test_the_package_imports_have_no_cycle() -> None:
    g = import_graph()
    assert g.number_of_edges() > 50
    cycles = list(nx.simple_cycles(g))
    assert not cycles, "import cycles:\n" + "\n".join(" -> ".join([*c, c[0]]) for c in cycles[:20])


def test_imports_go_down_the_layers_only() -> None:
    g = import_graph()
    upward = [f"{a} ({LAYERS[layer_of(a)][0]}) imports {b} ({LAYERS[layer_of(b)][0]})"
              for a, b in g.edges if layer_of(b) > layer_of(a)]
    assert not upward, "\n".join(sorted(upward))


def test_the_check_sees_a_cycle_when_there_is_one(tmp_path: Path) -> None:
    pkg = tmp_path / "regkb"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from . import b\n")
    (pkg / "b.py").write_text("from typing import TYPE_CHECKING\nfrom .a import f\nif TYPE_CHECKING:\n    from . import c\n")
    (pkg / "c.py").write_text("from .b import f\n")
    mods = {"regkb", "regkb.a", "regkb.b", "regkb.c"}
    global SRC
    old, SRC = SRC, tmp_path
    try:
        assert imports_of(pkg / "a.py", mods) == {"regkb.b"}  # function-level imports count
        assert imports_of(pkg / "b.py", mods) == {"regkb.a"}  # TYPE_CHECKING ones do not
    finally:
        SRC = old
