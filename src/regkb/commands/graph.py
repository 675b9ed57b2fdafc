"""CLI commands of the graph stage: ``regkb publish``, ``regkb sparql``, ``regkb shacl``."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

# the command line's bounds on a query (rdf_queries.CLI_LIMITS; literals here so --help stays light)
SPARQL_TIMEOUT, SPARQL_MAX_ROWS = 30.0, 100_000

base_option = click.option("--base", "base", default=None, metavar="IRI",
                           help="Base IRI for the knowledge base's resources (default https://regkb.example/eli/).")


def _parse_binding(kb: Any, text: str) -> tuple[str, Any]:
    from rdflib import URIRef

    from ..errors import RegkbError

    name, sep, value = text.partition("=")
    if not sep or not name:
        raise RegkbError(f"bad --bind {text!r}: write NAME=VALUE (VALUE: text, 42, <iri> or node:ID)")
    if value.startswith("<") and value.endswith(">"):
        return name, URIRef(value[1:-1])
    if value.startswith("node:"):
        return name, kb.iri(value[5:])
    if value.lstrip("-").isdigit():
        return name, int(value)
    return name, value


def register(cli: click.Group) -> None:
    """Add this stage's commands to the ``regkb`` group."""
    from .common import corpus_option, emit_json, handle_errors, json_option, load

    @cli.command("publish")
    @click.option("--sparql", "url", required=True, metavar="URL",
                  help="Graph Store Protocol URL (Oxigraph: http://HOST:PORT/store) or, with --protocol update, "
                       "the SPARQL update URL (http://HOST:PORT/update).")
    @click.option("--protocol", type=click.Choice(["gsp", "update"]), default="gsp", show_default=True,
                  help="SPARQL 1.1 Graph Store Protocol (one PUT) or SPARQL 1.1 Update (INSERT DATA).")
    @click.option("--graph", "graph", default=None, metavar="IRI",
                  help="Named graph to replace (default <base>graph).")
    @click.option("--default-graph", is_flag=True, help="Replace the endpoint's default graph instead.")
    @base_option
    @corpus_option
    @handle_errors
    def publish_cmd(url: str, protocol: str, graph: str | None, default_graph: bool, base: str | None,
                    corpus: Path) -> None:
        """Load the knowledge base's RDF into a SPARQL 1.1 store (replacing its graph there)."""
        from ..publish import publish

        kb = load(corpus)
        if base:
            kb.set_base_iri(base)
        target = None if default_graph else (graph or kb.base_iri + "graph")
        n = publish(kb._graphs.triples, url, graph=target, protocol=protocol)
        where = "the default graph" if target is None else "<" + target + ">"
        how = "one PUT" if protocol == "gsp" else "a staging graph moved in with one MOVE"
        click.echo(f"published {n} triples to {url}: {where} now holds exactly them (replaced in {how}; "
                   "other graphs untouched)", err=True)

    @cli.command("sparql")
    @click.argument("query")
    @click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
                  help="Bind ?NAME (repeatable). VALUE: text, an integer, <iri> or node:ID (a graph node).")
    @click.option("--endpoint", default=None, metavar="URL",
                  help="Query a remote SPARQL endpoint (e.g. http://127.0.0.1:7878/query) instead of the corpus.")
    @click.option("--graph", "graph", default=None, metavar="IRI",
                  help="With --endpoint: the graph to query (default <base>graph).")
    @click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=SPARQL_TIMEOUT,
                  show_default=True, metavar="SECONDS", help="Stop a query that runs longer (exit 2).")
    @click.option("--max-rows", type=click.IntRange(min=1), default=SPARQL_MAX_ROWS, show_default=True,
                  metavar="N", help="Stop a query that gives more rows or triples (exit 2).")
    @base_option
    @corpus_option
    @json_option
    @handle_errors
    def sparql_cmd(query: str, binds: tuple[str, ...], endpoint: str | None, graph: str | None, timeout: float,
                   max_rows: int, base: str | None, corpus: Path, as_json: bool) -> None:
        """Run a read-only SPARQL QUERY (text, @FILE, or - for standard input) and print the rows.

        The prefixes eli, skos, dcterms, prov, oa, lrmlmm, regkb and kb are predeclared. A query is
        bounded in time and rows (--timeout, --max-rows) and stops at Ctrl-C (exit 130).
        """
        from rich.table import Table

        from ..errors import RegkbError
        from .common import _console

        if query == "-":
            query = sys.stdin.read()
        elif query.startswith("@"):
            try:
                query = Path(query[1:]).read_text(encoding="utf-8")
            except OSError as exc:
                raise RegkbError(f"cannot read the query file {query[1:]}: {exc.strerror}") from None
        kb = load(corpus)  # Ctrl-C, here or in the query, ends the command in cli._Regkb (exit 130)
        if base:
            kb.set_base_iri(base)
        if endpoint:
            kb.use_endpoint(endpoint, graph or kb.base_iri + "graph")
        result = kb.sparql(query, timeout=timeout, max_rows=max_rows, bindings=dict(_parse_binding(kb, b) for b in binds))
        if isinstance(result, bool):
            if as_json:
                emit_json(result)
            else:
                click.echo("yes" if result else "no")
            return
        if not isinstance(result, list):  # a graph
            click.echo(result.serialize(format="turtle"), nl=False)
            return
        if as_json:
            click.echo(json.dumps(result, ensure_ascii=False, indent=1, default=str))
            return
        names = list(result[0]) if result else []
        table = Table(*names)
        for row in result:
            table.add_row(*("" if row[n] is None else str(row[n]) for n in names))
        con = _console()
        con.print(table)
        con.print(f"{len(result)} rows")

    @cli.command("shacl")
    @base_option
    @corpus_option
    @handle_errors
    def shacl_cmd(base: str | None, corpus: Path) -> None:
        """Validate the knowledge base's RDF against the shipped SHACL shapes (exit 1 if it does not conform)."""
        kb = load(corpus)
        if base:
            kb.set_base_iri(base)
        conforms, report = kb.shacl()
        click.echo(report, nl=not report.endswith("\n"))
        if not conforms:
            sys.exit(1)
