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
    r = runner.invoke(cli, ["sparql", "SELECT ?t WHERE { ?x dcterms:identifier ?id ; eli:title ?t }",
                            "--bind", "id=pipl", "--endpoint", f"{server}/query",
                            "--graph", "https://regkb.example/eli/cli", "--json"])
    assert r.exit_code == 0, r.output
    assert "Personal Information Protection Law" in r.stdout


def test_server_errors_are_readable(server):
    kb = KnowledgeBase.from_corpus("corpus")
    with pytest.raises(RegkbError, match="HTTP 4"):
        publish(kb._graphs.triples, f"{server}/no-such-service", graph="https://regkb.example/eli/x")
