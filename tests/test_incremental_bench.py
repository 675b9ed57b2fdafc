"""The benchmark script keeps working (no timing is asserted: figures depend on the machine)."""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb.bench import NA, Bench, Row, growth, table_markdown

from .conftest import CORPUS

STAGES = ["read+hash (floor)", "parse floor (read, headings, modals)", "parse", "incremental: cold",
          "incremental: no change", "incremental: 1 changed", "graph (networkx)", "RDF", "RDF -> Oxigraph terms",
          "pyoxigraph write nt", "download nt", "pyoxigraph write ttl", "pyoxigraph parse+write ttl", "download ttl",
          "pyoxigraph write jsonld", "pyoxigraph parse+write jsonld", "download jsonld", "downloads ttl+jsonld (one parse)", "download csv", "download graphml", "download json", "index", "page generation",
          "site build", "site rebuild: no change", "site rebuild: 1 changed", "save",
          "unpickle nx graph (floor)", "unpickle nx graph, GC paused", "load", "obligation query", "SPARQL join (kb.sparql)",
          "SPARQL join [rdflib Memory]", "SPARQL join [Oxigraph]", "search (kb.search)", "index [whoosh]",
          "index [SQLite FTS5]", "search records", "index build [whoosh, records]", "index build [FTS5, records]",
          "index build [whoosh floor]", "whoosh analysis only", "index analysis, one pass", "search [whoosh]", "search [SQLite FTS5]",
          "command: check", "command: search", "command: export ttl", "command: sparql", "command: index"]


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory) -> list[Row]:
    lines: list[str] = []
    bench = Bench(sizes=[1, 2], memory=False, quick=True, workdir=tmp_path_factory.mktemp("bench"),
                  registry=CORPUS, echo=lines.append, one_doc=[10, 20])
    return bench.run()


def test_every_stage_has_a_row_per_size(rows: list[Row]) -> None:
    assert [(r.stage, r.size) for r in rows if r.size == 1] == [(s, 1) for s in STAGES]
    assert sorted({r.size for r in rows}) == [1, 2, 10, 20]
    assert [(r.stage, r.size) for r in rows if r.size >= 10] == [("one document: parse", 10), ("one document: parse", 20)]


def test_targets_are_summarised(rows: list[Row]) -> None:
    from regkb.bench.targets import summary, summary_markdown

    goals = {t.name: t for t in summary(rows)}
    assert goals["one document: 20 vs 10 articles"].met is not None
    assert goals["download ttl vs pyoxigraph at 2"].measured.endswith("x")
    assert goals["whoosh build vs FTS5 at 2"].measured.endswith("x")
    assert goals["site rebuild: no change at 2 (CPU)"].measured.endswith("%")
    assert any(name.startswith("peak memory of any command at 2") for name in goals)
    assert "| target | measured | bound | met |" in summary_markdown(list(goals.values()))


def test_a_second_site_build_without_a_change_is_skipped(rows: list[Row]) -> None:
    notes = {(r.stage, r.size): r.note for r in rows}
    assert "up to date, not rebuilt" in notes[("site rebuild: no change", 2)]
    assert "peak RSS; built" in notes[("site rebuild: 1 changed", 2)]
    assert "peak RSS; built" in notes[("site build", 2)]


def test_only_runs_the_parse_rows_and_the_groups_named(tmp_path: Path) -> None:
    bench = Bench(sizes=[1], memory=False, quick=True, workdir=tmp_path, registry=CORPUS, echo=lambda _: None,
                  only=frozenset({"graph"}))
    stages = [r.stage for r in bench.run()]
    assert stages == ["read+hash (floor)", "parse floor (read, headings, modals)", "parse", "graph (networkx)", "RDF"]


def test_rows_are_measured_or_say_why_not(rows: list[Row]) -> None:
    for r in rows:
        assert (r.seconds is not None and r.seconds > 0) or r.note == NA or r.note.startswith("skipped"), r
        assert not r.note.startswith("failed"), r


def test_incremental_rows_parse_only_what_changed(rows: list[Row]) -> None:
    notes = {(r.stage, r.size): r.note for r in rows}
    assert notes[("incremental: cold", 2)].startswith("2 parsed, 0 reused")
    assert notes[("incremental: no change", 2)].startswith("0 parsed, 2 reused")
    assert notes[("incremental: 1 changed", 2)].startswith("1 parsed, 1 reused")
    assert "x floor" in notes[("load", 2)]
    assert "rdflib Memory / Oxigraph" in notes[("SPARQL join [Oxigraph]", 2)]


def test_same_join_and_searches_on_both_engines(rows: list[Row]) -> None:
    notes = {(r.stage, r.size): r.note for r in rows}
    for n in (1, 2):
        assert notes[("SPARQL join [rdflib Memory]", n)].split(";")[0] == notes[("SPARQL join [Oxigraph]", n)].split(";")[0]
        assert notes[("search [whoosh]", n)] == notes[("search [SQLite FTS5]", n)]


@pytest.mark.parametrize(("times", "expected"), [
    ([1.0, 10.0, 100.0], ["", "10.0x", "10.0x"]),
    ([2.0, None, 4.0], ["", "", "2.0x"]),  # a missing size is skipped, not divided by
    ([None, 1.0, 3.0], ["", "", "3.0x"]),
])
def test_growth_ratio(times: list[float | None], expected: list[str]) -> None:
    rows = [Row("parse", size, t) for size, t in zip((1, 10, 100), times, strict=True)]
    g = growth(rows)
    assert [g.get(("parse", r.size), "") for r in rows] == expected
    table = table_markdown(rows)
    assert table.splitlines()[0] == "| stage | size | time | cpu | peak memory | growth (cpu) | note |"
    assert len(table.splitlines()) == 2 + len(rows)


def test_quick_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from regkb.bench.__main__ import main

    assert main(["--sizes", "1", "--no-memory", "--markdown", str(tmp_path / "t.md")]) == 0
    out = capsys.readouterr().out
    assert "| parse | 1 |" in out and "Machine:" in (tmp_path / "t.md").read_text()
    with pytest.raises(SystemExit) as exc:
        main(["--sizes", "ten"])
    assert exc.value.code == 2


def test_rows_of_several_runs_make_one_table(tmp_path: Path) -> None:
    """--json writes every row as measured; --from-json makes the tables from several runs, each row labelled."""
    import dataclasses
    import json

    from regkb.bench.__main__ import from_json

    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text(json.dumps({"header": {"run": "first", "machine": "m", "argv": ["--sizes", "1"]}}) + "\n"
                 + json.dumps(dataclasses.asdict(Row("parse", 100, 2.0, None, "x", 1.0))) + "\n", encoding="utf-8")
    b.write_text(json.dumps({"header": {"run": "second", "machine": "m", "argv": ["--sizes", "1000"]}}) + "\n"
                 + json.dumps(dataclasses.asdict(Row("parse", 1000, 30.0, None, "y", 10.5))) + "\n", encoding="utf-8")
    doc = tmp_path / "guide.md"
    doc.write_text("before\n<!-- bench:start -->\nold\n<!-- bench:end -->\nafter\n", encoding="utf-8")
    assert from_json([a, b], None, str(doc), note="Two runs.") == 0
    text = doc.read_text(encoding="utf-8")
    assert text.startswith("before\n<!-- bench:start -->\nTwo runs.") and text.endswith("<!-- bench:end -->\nafter\n")
    assert "| parse | 100 |" in text and "run A; x" in text and "run B; y" in text and "old" not in text
    assert "| parse: 1000 vs 100 regulations | 10.5x | <= 11x | yes |" in text
