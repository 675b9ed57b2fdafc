"""Beyond one machine: publish to a real Oxigraph server on 127.0.0.1, query it, get the same answers."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from regkb import KnowledgeBase, RegkbError
from regkb.cli import cli
from regkb.publish import publish
from regkb.worked_examples import EXAMPLES, sample_params

pytestmark = pytest.mark.server


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    """A real ``oxigraph serve`` on a free loopback port, with its data in a temporary directory."""
    exe = shutil.which("oxigraph")
    if exe is None:
        pytest.fail("the oxigraph server is not installed: pip install oxigraph")
    port = _free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    log = (location.parent / "oxigraph.log").open("wb")
    proc = subprocess.Popen([exe, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph did not start (exit {proc.poll()})") from None
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


@pytest.fixture(scope="module")
def remote(server, kb) -> KnowledgeBase:
    """A knowledge base published over the Graph Store Protocol and answering from the server."""
    kb = KnowledgeBase.from_corpus(kb.corpus_dir)  # the corpus the ``kb`` fixture reads
    n = publish(kb._graphs.triples, f"{server}/store", graph=kb.base_iri + "graph", protocol="gsp")
    assert n == len(kb.rdf)
    kb.use_endpoint(f"{server}/query")
    return kb


def test_published_graph_has_every_triple(remote):
    assert remote.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == [{"n": len(remote.rdf)}]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: e.slug)
def test_worked_examples_same_on_the_server(kb, remote, example):
    params = sample_params(kb, example)
    embedded = example.run_sparql(kb, **params)
    assert example.run_sparql(remote, **params) == embedded == example.run_python(kb, **params)
    if all(getattr(kb, n) for n in example.needs):
        assert embedded


def test_remote_queries_are_read_only_too(remote, server):
    with pytest.raises(RegkbError, match="updates are refused"):
        remote.sparql("DROP ALL")
    assert remote.sparql("ASK { ?a a regkb:Article }") is True


def test_remote_ask_construct_and_bindings(remote):
    assert remote.sparql("ASK { ?x dcterms:identifier ?id }", id="pipl") is True
    assert remote.sparql("ASK { ?x dcterms:identifier ?id }", id="pipl\" } ASK { \"") is False
    g = remote.sparql("CONSTRUCT WHERE { ?a a regkb:Article }")
    assert len(g) == len(remote.articles)


def test_other_graphs_in_the_store_are_left_alone(kb, server):
    """Many knowledge bases share one store: publishing one graph does not touch another."""
    other = KnowledgeBase.from_corpus(kb.corpus_dir)
    other.set_base_iri("https://other.example/eli/")
    publish(other._graphs.triples, f"{server}/store", graph=other.base_iri + "graph")
    publish(kb._graphs.triples, f"{server}/store", graph=kb.base_iri + "graph")  # republish: replaces, no dupes
    other.use_endpoint(f"{server}/query")
    mine = KnowledgeBase.from_corpus(kb.corpus_dir)
    mine.use_endpoint(f"{server}/query")
    q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    assert other.sparql(q) == mine.sparql(q) == [{"n": len(kb.rdf)}]
    assert other.sparql("ASK { ?s dcterms:identifier ?id }", s=mine.iri("pipl"), id="pipl") is False


def test_publish_with_sparql_update(kb, server):
    graph = "https://regkb.example/eli/graph-by-update"
    n = publish(kb._graphs.triples, f"{server}/update", graph=graph, protocol="update", chunk=500)
    again = KnowledgeBase.from_corpus("corpus")
    again.use_endpoint(f"{server}/query", graph)
    assert again.sparql("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == [{"n": n}]
    ex = next(e for e in EXAMPLES if e.slug == "duties-of-actor")
    params = sample_params(kb, ex)
    assert ex.run_sparql(again, **params) == ex.run_sparql(kb, **params)


def test_cli_publish_then_query_the_server(server):
    runner = CliRunner()
    r = runner.invoke(cli, ["publish", "--sparql", f"{server}/store", "--graph", "https://regkb.example/eli/cli"])
    assert r.exit_code == 0, r.output
    assert "published" in r.stderr
    r = runner.invoke(cli, ["sparql", "SELECT ?t WHERE { ?x dcterms:identifier ?id ; eli:is_realized_by/eli:title ?t }",
                            "--bind", "id=pipl", "--endpoint", f"{server}/query",
                            "--graph", "https://regkb.example/eli/cli", "--json"])
    assert r.exit_code == 0, r.output
    assert "Personal Information Protection Law" in r.stdout


def test_server_errors_are_readable(server):
    kb = KnowledgeBase.from_corpus("corpus")
    with pytest.raises(RegkbError, match="HTTP 4"):
        publish(kb._graphs.triples, f"{server}/no-such-service", graph="https://regkb.example/eli/x")


def test_the_graph_guides_server_example_runs_as_written(remote, server):
    from .conftest import ROOT
    from .test_docs import NEEDS_SERVER, code_blocks

    page = ROOT / "src" / "regkb" / "docs" / "graph.md"
    blocks = [c for _, c in code_blocks(page, "python") if c.startswith(NEEDS_SERVER)]
    assert blocks
    kb = KnowledgeBase.from_corpus(remote.corpus_dir)  # the corpus published to the server
    for code in blocks:
        exec(compile(code.replace("http://127.0.0.1:7878", server), "graph.md", "exec"), {"kb": kb})


# --- publish is all-or-nothing; remote answers are bounded (issue 13) -------------------------


def _count(server: str, graph: str) -> int:
    kb = KnowledgeBase.from_corpus("corpus")
    kb.use_endpoint(f"{server}/query", graph)
    return int(kb.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])  # type: ignore[arg-type]


def _graphs(server: str) -> set[str]:
    kb = KnowledgeBase.from_corpus("corpus")
    kb.use_endpoint(f"{server}/query", None)
    return {str(r["g"]) for r in kb.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")}


@pytest.mark.parametrize("fail_at", ["insert", "switch"])
def test_a_failed_update_publish_leaves_the_graph_as_it_was_and_says_so(kb, server, monkeypatch, fail_at):
    import regkb.publish as pub

    graph = f"https://regkb.example/eli/atomic-{fail_at}"
    old = KnowledgeBase.from_corpus("corpus")
    old.set_base_iri("https://old.example/eli/")
    before = publish(old._graphs.triples[:1000], f"{server}/update", graph=graph, protocol="update")
    assert _count(server, graph) == before == 1000
    real, calls = pub.http, []

    def flaky(method, url, data, headers, timeout=30.0, max_bytes=64 << 20):
        calls.append(data)
        failing = data.startswith(b"MOVE") if fail_at == "switch" else len(calls) == 3
        if failing:  # the connection drops: the server never sees this request
            raise RegkbError(f"POST {url} failed: Connection reset by peer")
        return real(method, url, data, headers, timeout, max_bytes)

    monkeypatch.setattr(pub, "http", flaky)
    with pytest.raises(RegkbError) as exc:
        publish(kb._graphs.triples, f"{server}/update", graph=graph, protocol="update", chunk=1000)
    message = str(exc.value)
    assert "is untouched" in message or "as it was before" in message
    assert "staging graph was dropped" in message
    if fail_at == "insert":
        assert "after 2000 of" in message
    monkeypatch.setattr(pub, "http", real)
    assert _count(server, graph) == 1000  # the old graph, whole
    assert not any(g.startswith("urn:uuid:") for g in _graphs(server))  # no staging graph left behind


def test_update_publish_switches_in_one_step(kb, server):
    graph = "https://regkb.example/eli/atomic-ok"
    publish(kb._graphs.triples[:10], f"{server}/update", graph=graph, protocol="update")
    n = publish(kb._graphs.triples, f"{server}/update", graph=graph, protocol="update", chunk=700)
    assert _count(server, graph) == n == len(kb.rdf)
    assert not any(g.startswith("urn:uuid:") for g in _graphs(server))


def test_a_remote_answer_is_read_with_a_size_cap(remote, server):
    from regkb.rdf_queries import Endpoint

    small = Endpoint(f"{server}/query", remote.base_iri + "graph", max_bytes=10_000)
    with pytest.raises(RegkbError, match="larger than 10000 bytes"):
        small.query("SELECT * WHERE { ?s ?p ?o }", {}, {})
    assert small.query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1", {}, {})


def test_remote_queries_obey_the_row_limit(remote):
    with pytest.raises(RegkbError, match="row limit of 5"):
        remote.sparql("SELECT * WHERE { ?s ?p ?o } LIMIT 50", max_rows=5)
