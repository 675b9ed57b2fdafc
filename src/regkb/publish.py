"""Load the knowledge base's RDF into a shared SPARQL 1.1 store.

Two ways, both standard and both all-or-nothing: the Graph Store Protocol (one ``PUT`` of
N-Triples that replaces the graph in one request; Oxigraph: ``http://host:port/store``) or SPARQL
1.1 Update (``INSERT DATA`` in chunks into a fresh staging graph, then one ``MOVE`` onto the
target; Oxigraph: ``http://host:port/update``). A failure leaves the target graph as it was and
the error says so. By default the data goes to
a named graph, ``<base>graph``, so that many knowledge bases can share one store; queries from
:class:`regkb.rdf_queries.Endpoint` name the same graph.
"""

from __future__ import annotations

import urllib.parse
import uuid
from collections.abc import Iterable
from typing import Any

from rdflib import Graph, URIRef

from .errors import RegkbError
from .rdf_queries import _check_url, http

PROTOCOLS = ("gsp", "update")


def nt_lines(triples: Iterable[tuple[Any, Any, Any]]) -> list[str]:
    """The triples as sorted N-Triples lines (rdflib's serializer does the escaping)."""
    g = Graph()
    for t in triples:
        g.add(t)
    text = g.serialize(format="nt")
    return sorted(line for line in text.splitlines() if line.strip())


def publish(triples: Iterable[tuple[Any, Any, Any]], url: str, *, graph: str | None, protocol: str = "gsp",
            chunk: int = 2000, timeout: float = 120.0) -> int:
    """Replace ``graph`` (None: the default graph) at ``url`` with the triples. Returns how many were sent."""
    _check_url(url)
    if protocol not in PROTOCOLS:
        raise RegkbError(f"unknown protocol {protocol!r}: choose one of {', '.join(PROTOCOLS)}")
    if graph is not None:
        try:
            URIRef(graph).n3()
        except Exception:
            raise RegkbError(f"bad graph IRI {graph!r}") from None
        if not urllib.parse.urlparse(graph).scheme:
            raise RegkbError(f"bad graph IRI {graph!r}: it must be absolute (https://...)")
    lines = nt_lines(triples)
    if protocol == "gsp":
        sep = "&" if "?" in url else "?"
        target = url + sep + (urllib.parse.urlencode({"graph": graph}) if graph else "default")
        body = ("\n".join(lines) + "\n").encode("utf-8")
        http("PUT", target, body, {"Content-Type": "application/n-triples"}, timeout)
        return len(lines)
    return _publish_update(lines, url, graph, chunk, timeout)


def _publish_update(lines: list[str], url: str, graph: str | None, chunk: int, timeout: float) -> int:
    """SPARQL Update, atomic: load a fresh staging graph in chunks, then switch it in with one ``MOVE``.

    The target graph is touched only by the ``MOVE`` (one update request: a store applies it whole or
    not at all). On any failure the staging graph is dropped and the error says what state the
    store is in.
    """
    headers = {"Content-Type": "application/sparql-update"}
    staging = URIRef(f"urn:uuid:{uuid.uuid4()}").n3()
    target = URIRef(graph).n3() if graph else "DEFAULT"
    where = f"the graph {target}" if graph else "the default graph"
    sent = 0
    try:
        for i in range(0, len(lines), chunk):
            part = lines[i : i + chunk]
            data = "\n".join(part)
            http("POST", url, f"INSERT DATA {{ GRAPH {staging} {{\n{data}\n}} }}".encode(), headers, timeout)
            sent += len(part)
    except RegkbError as exc:
        left = _drop(url, staging, headers, timeout)
        raise RegkbError(f"publishing failed after {sent} of {len(lines)} triples were loaded into the staging graph "
                         f"{staging}; {where} is untouched (as it was before). {left}\n{exc}") from None
    try:
        http("POST", url, f"MOVE SILENT GRAPH {staging} TO {target}".encode(), headers, timeout)
    except RegkbError as exc:
        left = _drop(url, staging, headers, timeout)
        raise RegkbError(f"publishing failed at the switch: all {len(lines)} triples were loaded into the staging "
                         f"graph {staging}, but the store refused to move it to {where}, which is as it was "
                         f"before (the switch is one update request). {left}\n{exc}") from None
    return len(lines)


def _drop(url: str, staging: str, headers: dict[str, str], timeout: float) -> str:
    """Drop the staging graph after a failure; a sentence saying whether it is gone."""
    try:
        http("POST", url, f"DROP SILENT GRAPH {staging}".encode(), headers, timeout)
    except RegkbError:
        return f"The staging graph could not be dropped: drop it yourself (DROP GRAPH {staging})."
    return "The staging graph was dropped."
