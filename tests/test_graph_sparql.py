"""SPARQL from Python and the shell, exports of the graph, the worked examples (embedded store)."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from regkb import RegkbError
from regkb.cli import cli
from regkb.export import CSV_COLUMNS, render
from regkb.rdf_queries import check_query, inject_values
from regkb.worked_examples import EXAMPLES, render_markdown, sample_params

ROOT = Path(__file__).resolve().parent.parent
DOC = "deep-synthesis-provisions"


# --- kb.sparql ------------------------------------------------------------------------------


@pytest.mark.parametrize("query", [
    "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
    "DELETE WHERE { ?s ?p ?o }",
    "CLEAR DEFAULT",
    "DROP ALL",
    "LOAD <http://example.org/data.ttl>",
    "PREFIX x: <urn:x#> INSERT { ?s x:p 1 } WHERE { ?s ?p ?o }",
])
def test_updates_are_refused(kb, query):
    before = len(kb.rdf)
    with pytest.raises(RegkbError, match="updates are refused"):
        kb.sparql(query)
    assert len(kb.rdf) == before


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <http://example.org/sparql> { ?s ?q ?x } } }",
])
def test_service_is_refused(kb, query):
    with pytest.raises(RegkbError, match="SERVICE clauses are refused"):
        kb.sparql(query)


def test_syntax_errors_point_at_the_users_line(kb):
    with pytest.raises(RegkbError) as exc:
        kb.sparql("SELECT ?x WHERE {\n  ?x a \n")
    assert "SPARQL syntax error at line 2" in str(exc.value) or "line 3" in str(exc.value)


def test_rows_are_plain_python(kb):
    rows = kb.sparql("""SELECT ?id ?number ?date ?title WHERE {
        ?d dcterms:identifier ?id ; eli:date_document ?date ; eli:is_realized_by/eli:title ?title .
        OPTIONAL { ?d eli:number ?number } } ORDER BY ?id""")
    by_id = {r["id"]: r for r in rows}
    assert by_id["pipl"]["date"] == date(2021, 8, 20)
    assert by_id["pipl"]["number"] is None
    assert by_id[DOC]["date"] == date(2022, 11, 3)
    assert all(isinstance(r["title"], str) for r in rows)
    n = kb.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a a regkb:Article }")[0]["n"]
    assert n == len(kb.articles) and isinstance(n, int)


def test_ask_and_construct(kb):
    assert kb.sparql("ASK { ?o a lrmlmm:Obligation }") is True
    assert kb.sparql("ASK { ?o a lrmlmm:Obligation ; lrmlmm:hasBearer ?a }", a=URIRef("urn:nobody")) is False
    g = kb.sparql("CONSTRUCT { ?a eli:is_part_of ?d } WHERE { ?a a regkb:Article ; eli:is_part_of+ ?d . "
                  "?d a eli:LegalResource FILTER NOT EXISTS { ?d a eli:LegalResourceSubdivision } }")
    assert isinstance(g, Graph) and len(g) == len(kb.articles)


@pytest.mark.parametrize(("binding", "value", "expected"), [
    ("id", "pipl", 1),
    ("id", "pipl\" } ?s ?p ?o . { ?s ?p \"", 0),  # a value is a value: no way out of the literal
    ("id", "no-such-id", 0),
    ("x", URIRef("https://regkb.example/eli/law/pipl"), 1),
])
def test_bindings_are_values_never_query_text(kb, binding, value, expected):
    q = "SELECT ?t WHERE { ?x dcterms:identifier ?id ; eli:is_realized_by/eli:title ?t }"
    assert len(kb.sparql(q, **{binding: value})) == expected


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=0, max_size=40))
def test_any_bound_text_comes_back_unchanged(kb, text):
    # not projected: the VALUES route; projected: Oxigraph's own substitution (initBindings)
    assert kb.sparql("SELECT ?out WHERE { BIND (STR(?v) AS ?out) }", v=text) == [{"out": text}]
    assert kb.sparql("SELECT ?v WHERE { }", v=text) == [{"v": text}]


@pytest.mark.parametrize(("query", "form"), [
    ("SELECT * { ?s ?p ?o }", "SelectQuery"),
    ("ASK { ?s ?p ?o }", "AskQuery"),
    ("CONSTRUCT WHERE { ?s ?p ?o }", "ConstructQuery"),
    ("DESCRIBE <urn:x>", "DescribeQuery"),
])
def test_check_query_names_the_form(query, form):
    assert check_query(query) == form


@pytest.mark.parametrize(("query", "form", "expected"), [
    ("SELECT ?s WHERE { ?s ?p ?o }", "SelectQuery", "SELECT ?s WHERE { VALUES (?p) { (<urn:p>) } ?s ?p ?o }"),
    ("SELECT ?s { ?s ?p ?o }", "SelectQuery", "SELECT ?s { VALUES (?p) { (<urn:p>) } ?s ?p ?o }"),
    ("CONSTRUCT { ?s ?p 1 } WHERE { ?s ?p ?o }", "ConstructQuery",
     "CONSTRUCT { ?s ?p 1 } WHERE { VALUES (?p) { (<urn:p>) } ?s ?p ?o }"),
    ("PREFIX a: <urn:{x}> # where {\nSELECT * WHERE { ?s ?p '{' }", "SelectQuery",
     "PREFIX a: <urn:{x}> # where {\nSELECT * WHERE { VALUES (?p) { (<urn:p>) } ?s ?p '{' }"),
])
def test_values_go_to_the_top_level_where_group(query, form, expected):
    assert inject_values(query, form, {"p": URIRef("urn:p")}) == expected


def test_bad_binding_types_are_readable(kb):
    with pytest.raises(RegkbError, match="cannot bind"):
        kb.sparql("SELECT * WHERE { ?s ?p ?o }", o=object())


# --- worked examples -------------------------------------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.slug)
def test_worked_example_python_and_sparql_agree(kb, example):
    params = sample_params(kb, example)
    py = example.run_python(kb, **params)
    sq = example.run_sparql(kb, **params)
    assert py == sq
    if all(getattr(kb, n) for n in example.needs):
        assert py, f"{example.slug} answered nothing on the seed corpus"


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.slug)
def test_the_fast_path_and_the_bounded_path_give_the_same_answer(kb, example):
    # no limits: rows converted in one comprehension; limits: a generator counted row by row (and a
    # worker thread with a timeout). Both must give the same values in the same order.
    params = {k: kb.iri(v) for k, v in sample_params(kb, example).items()}
    fast = kb.sparql(example.sparql, **params)
    assert fast == kb.sparql(example.sparql, max_rows=10_000, **params)
    assert fast == kb.sparql(example.sparql, timeout=60, **params)


def test_remembered_query_plans_never_mix_up_bound_values(kb):
    # the VALUES text of a query is remembered per bound value: two laws, two answers, each as fresh
    q = "SELECT ?p WHERE { ?p eli:cites ?law }"
    laws = sorted({t.law for r in kb.references for t in r.targets if t.law})
    assert len(laws) >= 2
    answers = {law: kb.sparql(q, law=kb.iri(law)) for law in laws}
    for law in laws:
        inline = kb.sparql(f"SELECT ?p WHERE {{ ?p eli:cites <{kb.iri(law)}> }}")  # no binding at all
        assert kb.sparql(q, law=kb.iri(law)) == answers[law] == inline
    assert len({tuple(sorted(str(r["p"]) for r in a)) for a in answers.values()}) > 1


def test_the_sparql_benchmark_times_both_sides_in_cpu_time(kb):
    from regkb.bench.sparql import paired_cpu_ms, run

    a, b, ratio = paired_cpu_ms(lambda: sum(range(2000)), lambda: sum(range(1000)), repeat=3, sample_ms=1)
    assert a > b > 0 and 1.2 < ratio < 4
    rows = run(kb, repeat=1)
    assert {r["query"] for r in rows} <= {e.slug for e in EXAMPLES} and len(rows) >= 8
    assert all(r["kb.sparql"] > 0 and r["store"] > 0 and r["ratio"] > 0 for r in rows)


def test_at_least_ten_worked_examples():
    assert len(EXAMPLES) >= 10
    assert len({e.slug for e in EXAMPLES}) == len(EXAMPLES)


def test_worked_examples_page_is_up_to_date():
    page = ROOT / "src" / "regkb" / "docs" / "worked-examples.md"
    assert page.read_text(encoding="utf-8") == render_markdown(), \
        "regenerate: python -m regkb.worked_examples > src/regkb/docs/worked-examples.md"


@pytest.mark.parametrize(("slug", "params", "expected"), [
    ("provisions-citing", {"law": "pipl"}, [{"provision": f"{DOC}/art_1__para_1", "label": "Article 1, paragraph 1"}]),
    ("document-links", {"document": DOC}, [
        {"relation": "issued_by", "id": "cac", "label": "Cyberspace Administration of China"},
        {"relation": "issued_by", "id": "miit", "label": "Ministry of Industry and Information Technology"},
        {"relation": "issued_by", "id": "mps", "label": "Ministry of Public Security"},
        {"relation": "related_law", "id": "algorithmic-recommendation-provisions",
         "label": "Provisions on the Administration of Algorithmic Recommendation of Internet Information Services"},
        {"relation": "related_law", "id": "genai-services-interim-measures",
         "label": "Interim Measures for the Management of Generative Artificial Intelligence Services"},
        {"relation": "related_law", "id": "pipl",
         "label": "Personal Information Protection Law of the People's Republic of China"},
    ]),
    ("dependencies", {"article": f"{DOC}/art_18"}, [
        {"target": f"{DOC}/art_16", "label": "Article 16", "type": "article"},
        {"target": f"{DOC}/art_17", "label": "Article 17", "type": "article"},
        {"target": f"{DOC}/art_17__para_1", "label": "Article 17, paragraph 1", "type": "paragraph"},
    ]),
])
def test_worked_examples_known_answers(kb, slug, params, expected):
    ex = next(e for e in EXAMPLES if e.slug == slug)
    assert ex.run_sparql(kb, **params) == expected == ex.run_python(kb, **params)


def test_quoted_duties_point_at_the_source(kb):
    ex = next(e for e in EXAMPLES if e.slug == "quoted-duties")
    rows = ex.run_sparql(kb, **sample_params(kb, ex))
    assert rows
    for r in rows:
        printed = kb.sources[r["document"]][r["start"] : r["end"]]
        assert " ".join(printed.split()) == r["text"]


# --- exports ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def exports(kb):
    return {fmt: render(kb, fmt) for fmt in ("ttl", "nt", "jsonld", "graphml", "csv")}


@pytest.mark.parametrize(("fmt", "rdf_format"), [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")])
def test_rdf_exports_hold_the_whole_graph(kb, exports, fmt, rdf_format):
    g = Graph().parse(data=exports[fmt], format=rdf_format)
    assert len(g) == len(kb.rdf)
    assert (kb.iri(f"{DOC}/art_17"), URIRef("http://data.europa.eu/eli/ontology#number"), Literal("17")) in g


def test_nt_export_is_sorted(exports):
    lines = exports["nt"].splitlines()
    assert lines == sorted(lines)


def test_graphml_export_round_trips(kb, exports, tmp_path):
    path = tmp_path / "kb.graphml"
    path.write_text(exports["graphml"], encoding="utf-8")
    h = nx.read_graphml(path, force_multigraph=True)
    assert set(h.nodes) == set(kb.graph.nodes)
    assert h.number_of_edges() == kb.graph.number_of_edges()
    node = f"{DOC}/art_17__para_1"
    assert h.nodes[node]["type"] == "paragraph" and h.nodes[node]["start"] == kb.graph.nodes[node]["start"]


def test_csv_is_the_obligation_register(kb, exports):
    rows = list(csv.DictReader(io.StringIO(exports["csv"])))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    assert len(rows) == len(kb.obligations) > 0
    for row, o in zip(rows, kb.obligations, strict=True):
        assert row["id"] == o.id and row["article"] == str(o.article) and row["modality"] == o.modality
        assert row["action"] == o.action and row["text"] == o.text and row["condition"] == (o.condition or "")
        assert row["bearer"] == "; ".join(kb.get(a).label for a in o.actors)
        assert row["provision"] == o.provision == f"{o.document}/{o.eid}"  # the global id (JSON schema 2)
        assert kb.provision(row["provision"])


_HASHES = """
import hashlib, sys
from regkb import KnowledgeBase
from regkb.export import render
kb = KnowledgeBase.from_corpus(sys.argv[1])
for fmt in ("ttl", "nt", "jsonld", "graphml", "csv"):
    print(fmt, hashlib.sha256(render(kb, fmt).encode()).hexdigest())
"""


def test_exports_are_deterministic_across_processes(exports, kb):
    """Same bytes whatever the hash seed (sets and dicts must not leak their order)."""
    import hashlib

    outs = []
    for seed in ("1", "2"):
        r = subprocess.run([sys.executable, "-c", _HASHES, kb.corpus_dir], cwd=ROOT, check=True, capture_output=True, text=True,
                           env={"PYTHONPATH": str(ROOT / "src"), "PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"})
        outs.append(r.stdout)
    assert outs[0] == outs[1]
    here = "".join(f"{fmt} {hashlib.sha256(text.encode()).hexdigest()}\n" for fmt, text in exports.items())
    assert outs[0] == here


# --- command line ------------------------------------------------------------------------------


def test_cli_sparql_with_bindings_as_json():
    r = CliRunner().invoke(cli, ["sparql", "SELECT ?t WHERE { ?x dcterms:identifier ?id ; eli:is_realized_by/eli:title ?t }",
                                 "--bind", "id=pipl", "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == [{"t": "Personal Information Protection Law of the People's Republic of China"}]


def test_cli_sparql_node_binding_and_table():
    r = CliRunner().invoke(cli, ["sparql", "SELECT ?n WHERE { ?a eli:number ?n }", "--bind", f"a=node:{DOC}/art_7"])
    assert r.exit_code == 0, r.output
    assert "1 rows" in r.stdout and "7" in r.stdout


@pytest.mark.parametrize(("args", "message"), [
    (["sparql", "DROP ALL"], "updates are refused"),
    (["sparql", "SELECT * WHERE { ?s ?p ?o }", "--bind", "novalue"], "bad --bind"),
    (["sparql", "@/no/such/file.rq"], "cannot read the query file"),
    (["sparql", "ASK {}", "--endpoint", "ftp://x"], "bad endpoint URL"),
    (["publish", "--sparql", "not-a-url"], "bad endpoint URL"),
    (["publish", "--sparql", "http://127.0.0.1:9/store", "--base", "nope"], "bad base IRI"),
])
def test_cli_errors_exit_2_without_traceback(args, message):
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 2, r.output
    assert message in r.stderr and "Traceback" not in r.output


def test_cli_publish_to_a_closed_port_is_a_readable_error():
    r = CliRunner().invoke(cli, ["publish", "--sparql", "http://127.0.0.1:9/store"])
    assert r.exit_code == 2 and "is the SPARQL server running" in r.stderr


def test_cli_shacl_conforms():
    r = CliRunner().invoke(cli, ["shacl"])
    assert r.exit_code == 0 and "Conforms: True" in r.stdout


def test_cli_export_csv_to_file(tmp_path, kb):
    out = tmp_path / "register.csv"
    r = CliRunner().invoke(cli, ["export", "csv", "-o", str(out), "--corpus", kb.corpus_dir])
    assert r.exit_code == 0, r.output
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(kb.obligations) + 1


def test_benchmark_prints_both_stores_side_by_side():
    from rich.console import Console

    from regkb.bench.graph import print_table, run

    rows = run("corpus", scales=(1,), repeat=1)
    ops = [r["op"] for r in rows]
    assert any("SPARQL join" in op for op in ops) and any("serialise" in op for op in ops)
    for r in rows[1:]:
        assert r["Memory"] > 0 and r["Oxigraph"] > 0
    con = Console(record=True, width=200)
    print_table(rows, con)
    text = con.export_text()
    assert "Memory / Oxigraph" in text and "x" in text.splitlines()[-2]


def test_users_may_redeclare_the_predeclared_prefixes(kb):
    q = "PREFIX eli: <http://data.europa.eu/eli/ontology#>\nSELECT (COUNT(*) AS ?n) WHERE { ?a a eli:LegalResource }"
    assert kb.sparql(q) == [{"n": len(kb.laws) + len(kb.regulations) + len(kb.described_documents)}]


# --- bounds: time, rows, nesting, Ctrl-C (issue 13) ------------------------------------------

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"  # ~7e10 rows on the seed


def _in_child(code: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """Run Python in a child process (a query past its limit keeps Oxigraph busy until the process ends)."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=timeout)


def test_a_query_past_its_time_limit_is_a_clear_error():
    r = _in_child(f"""
import time
from regkb import KnowledgeBase, RegkbError
kb = KnowledgeBase.from_corpus("corpus"); kb.rdf
t = time.monotonic()
try:
    kb.sparql({CARTESIAN!r}, timeout=0.5)
except RegkbError as exc:
    print(round(time.monotonic() - t, 1), exc)
""")
    assert r.returncode == 0, r.stderr
    took, _, message = r.stdout.partition(" ")
    assert float(took) < 2 and "time limit of 0.5 s" in message


def test_a_query_past_its_row_limit_is_a_clear_error(kb):
    with pytest.raises(RegkbError, match="more than 100 rows"):
        kb.sparql("SELECT * WHERE { ?s ?p ?o }", max_rows=100)
    assert len(kb.select("SELECT * WHERE { ?s ?p ?o } LIMIT 100", max_rows=100)) == 100
    with pytest.raises(RegkbError, match="row limit must be"):
        kb.sparql("ASK {}", max_rows=0)


@pytest.mark.parametrize("depth", [21, 3000, 50_000])
def test_deep_nesting_is_refused_before_parsing(kb, depth):
    for query in ("ASK " + "{" * depth + "}" * depth, "SELECT * WHERE { FILTER (" + "(" * depth + "1" + ")" * depth + ") }"):
        with pytest.raises(RegkbError, match=r"nests brackets \d+ deep; the limit is 20"):
            kb.sparql(query)
    assert kb.sparql("ASK " + "{" * 20 + "}" * 20) is True
    assert kb.sparql("SELECT * WHERE { OPTIONAL { FILTER (" + "(" * 17 + "1" + ")" * 17 + ") } }") == [{}]


def test_cli_limits_are_on_by_default():
    r = CliRunner().invoke(cli, ["sparql", "--help"])
    assert "--timeout" in r.output and "30.0" in r.output and "--max-rows" in r.output and "100000" in r.output
    r = CliRunner().invoke(cli, ["sparql", "SELECT * WHERE { ?s ?p ?o . ?a ?b ?c }"])
    assert r.exit_code == 2 and "more than 100000 rows" in r.stderr and "Traceback" not in r.output


@pytest.mark.slow
@pytest.mark.parametrize("delay", [3, 8])
def test_cli_query_stops_at_ctrl_c(delay):
    """Ctrl-C ends the command with one line and status 130 whenever it comes: while the modules load,
    while the corpus is parsed, or during the query (which would otherwise run for 600 s). Under load
    the first two phases last longer, so either delay may land in any of them; all end the same way."""
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen([sys.executable, "-m", "regkb", "sparql", CARTESIAN, "--timeout", "600"], cwd=ROOT,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(delay)
    assert proc.poll() is None
    t = time.monotonic()
    proc.send_signal(signal.SIGINT)
    _out, err = proc.communicate(timeout=60)
    assert time.monotonic() - t < 30, "the query went on after Ctrl-C"
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err and "Aborted" not in err, err
