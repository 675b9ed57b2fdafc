"""Load the knowledge base's RDF into a shared SPARQL 1.1 store.

Two ways, both standard: the Graph Store Protocol (one ``PUT`` of N-Triples that replaces the
graph; Oxigraph: ``http://host:port/store``) or SPARQL 1.1 Update (``DROP SILENT GRAPH`` then
``INSERT DATA`` in chunks; Oxigraph: ``http://host:port/update``). By default the data goes to
a named graph, ``<base>graph``, so that many knowledge bases can share one store; queries from
:class:`regkb.rdf_queries.Endpoint` name the same graph.
"""

from __future__ import annotations

import urllib.parse
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
    headers = {"Content-Type": "application/sparql-update"}
    g = URIRef(graph).n3() if graph else None
    http("POST", url, (f"DROP SILENT GRAPH {g}" if g else "CLEAR SILENT DEFAULT").encode(), headers, timeout)
    for i in range(0, len(lines), chunk):
        data = "\n".join(lines[i : i + chunk])
        update = f"INSERT DATA {{ GRAPH {g} {{\n{data}\n}} }}" if g else f"INSERT DATA {{\n{data}\n}}"
        http("POST", url, update.encode("utf-8"), headers, timeout)
    return len(lines)
