"""SPARQL over the knowledge base: read-only, values bound as RDF terms, rows as plain Python.

The same query runs on the embedded Oxigraph store (``kb.rdf``) or on a remote SPARQL 1.1
endpoint (:class:`Endpoint`). Either way a query is parsed first: updates and ``SERVICE``
clauses are refused with a :class:`RegkbError`, and bound values never become query text
typed by hand: embedded, they go through ``initBindings``; remote, they are written as RDF
terms (``Literal.n3()``, escaped by rdflib) into a ``VALUES`` block at the start of the
top-level ``WHERE`` group, which binds them before evaluation as ``initBindings`` does. (Oxigraph
substitutes ``initBindings`` only for variables the SELECT projects; for the others the embedded
store takes the same ``VALUES`` route.)

>>> check_query("SELECT ?s WHERE { ?s ?p ?o }")
'SelectQuery'
>>> check_query("DELETE WHERE { ?s ?p ?o }")
Traceback (most recent call last):
...
regkb.errors.RegkbError: SPARQL updates are refused: kb.sparql is read-only (use `regkb publish` to load data)
"""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Mapping
from datetime import date
from typing import Any

from pyparsing import ParseException
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node

from .errors import RegkbError
from .vocab import PREFIXES

Row = dict[str, Any]


def prologue(extra: Mapping[str, str] | None = None) -> str:
    """PREFIX lines for the project's vocabularies (prepended to every query)."""
    prefixes = dict(PREFIXES, **(extra or {}))
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items())


def _walk(node: Any) -> Any:
    if isinstance(node, CompValue):
        yield node
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, list | tuple) or hasattr(node, "asList"):
        for v in node:
            yield from _walk(v)


def check_query(query: str, skip_lines: int = 0) -> str:
    """Parse a query; refuse updates, SERVICE and syntax errors. Returns the query form's name.

    ``skip_lines``: lines of prologue prepended to the user's text (left out of error positions).
    """
    try:
        parsed = parseQuery(query)
    except ParseException as exc:
        try:
            parseUpdate(query)
        except ParseException:
            line = query.splitlines()[exc.lineno - 1] if 0 < exc.lineno <= len(query.splitlines()) else ""
            raise RegkbError(f"SPARQL syntax error at line {exc.lineno - skip_lines}, column {exc.col}: {exc.msg}\n"
                             f"  {line}\n  {' ' * (exc.col - 1)}^") from None
        raise RegkbError("SPARQL updates are refused: kb.sparql is read-only (use `regkb publish` to load data)") \
            from None
    for node in _walk(parsed):
        if node.name == "ServiceGraphPattern":
            raise RegkbError("SERVICE clauses are refused: kb.sparql never fetches from other endpoints")
    return str(parsed[1].name)


def to_term(value: Any) -> Node:
    """A Python value as an RDF term: rdflib terms as they are, str/int/bool/date as literals."""
    if isinstance(value, Node):
        return value
    if isinstance(value, bool | int | float | str):
        return Literal(value)
    if isinstance(value, date):
        return Literal(value)
    raise RegkbError(f"cannot bind {value!r} ({type(value).__name__}): pass a str, int, bool, date or an "
                     "rdflib term (kb.iri(id) for a node)")


def to_python(term: Any) -> Any:
    """An RDF term as plain Python: IRIs as str, literals as their Python value."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return str(value) if isinstance(value, Literal) else value
    return str(term)


def _bindings(bindings: Mapping[str, Any]) -> dict[str, Node]:
    out = {}
    for k, v in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", k):
            raise RegkbError(f"bad variable name {k!r} for a binding")
        out[k] = to_term(v)
    return out


def run_embedded(graph: Graph, query: str, bindings: Mapping[str, Any], extra_prefixes: Mapping[str, str]) -> Any:
    """Run a read-only query on an rdflib graph (the Oxigraph store of ``kb.rdf``)."""
    pro = prologue(extra_prefixes)
    text = pro + query
    form = check_query(text, pro.count("\n"))
    terms = _bindings(bindings)
    try:
        result = graph.query(text, initBindings={Variable(k): v for k, v in terms.items()})  # type: ignore[misc]
        return _result(form, result)
    except RuntimeError as exc:  # Oxigraph substitutes only variables the SELECT projects
        if "projection" not in str(exc):
            raise RegkbError(f"SPARQL query failed: {exc}") from None
    result = graph.query(inject_values(text, form, terms))
    return _result(form, result)


def _result(form: str, result: Any) -> Any:
    if form == "AskQuery":
        return bool(result.askAnswer)
    if form in ("ConstructQuery", "DescribeQuery"):
        g = Graph()
        for t in result.graph:
            g.add(t)
        return g
    names = [str(v) for v in result.vars]
    return [{n: to_python(row.get(Variable(n))) if hasattr(row, "get") else to_python(row[i])
             for i, n in enumerate(names)} for row in result.bindings]


# --- remote endpoints ------------------------------------------------------------------------

_SCAN = re.compile(r"""(?P<iri><[^<>"{}|^`\\\s]*>)|(?P<str>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(?P<comment>\#[^\n]*)
                       |(?P<where>\bWHERE\b)|(?P<open>\{)|(?P<close>\})""", re.X | re.I)


def _where_brace(query: str, form: str) -> int:
    """Offset of the '{' opening the top-level WHERE group (strings, IRIs, comments skipped)."""
    depth, seen_where, first = 0, False, None
    for m in _SCAN.finditer(query):
        if m.group("open"):
            if depth == 0:
                if seen_where:
                    return m.start()
                if first is None:
                    first = m.start()
            depth += 1
        elif m.group("close"):
            depth -= 1
        elif m.group("where") and depth == 0:
            seen_where = True
    if first is not None and form != "ConstructQuery":
        return first
    raise RegkbError("cannot find the WHERE clause of the query to bind values to")


def inject_values(query: str, form: str, bindings: Mapping[str, Node]) -> str:
    """The query with a VALUES block of RDF terms at the start of its WHERE group."""
    if not bindings:
        return query
    names = sorted(bindings)
    block = "VALUES (" + " ".join("?" + n for n in names) + ") { (" + \
        " ".join(bindings[n].n3() for n in names) + ") }"
    at = _where_brace(query, form) + 1
    return query[:at] + " " + block + query[at:]


class Endpoint:
    """A remote SPARQL 1.1 endpoint (query and, for publishing, Graph Store Protocol or update).

    ``query_url`` answers queries (Oxigraph: ``http://host:port/query``); ``graph`` names the
    graph the knowledge base lives in (sent as ``default-graph-uri``; ``None``: the default graph).
    """

    def __init__(self, query_url: str, graph: str | None = None, timeout: float = 30.0) -> None:
        _check_url(query_url)
        self.query_url = query_url
        self.graph = graph
        self.timeout = timeout

    def __repr__(self) -> str:
        return f"Endpoint({self.query_url!r}, graph={self.graph!r})"

    def query(self, query: str, bindings: Mapping[str, Any], extra_prefixes: Mapping[str, str]) -> Any:
        pro = prologue(extra_prefixes)
        text = pro + query
        form = check_query(text, pro.count("\n"))
        text = inject_values(text, form, _bindings(bindings))
        params = [("query", text)]
        if self.graph:
            params.append(("default-graph-uri", self.graph))
        accept = "application/n-triples" if form in ("ConstructQuery", "DescribeQuery") \
            else "application/sparql-results+json"
        body = http("POST", self.query_url, urllib.parse.urlencode(params).encode(),
                    {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}, self.timeout)
        if form in ("ConstructQuery", "DescribeQuery"):
            return Graph().parse(data=body.decode("utf-8"), format="nt")
        data = json.loads(body)
        if form == "AskQuery":
            return bool(data["boolean"])
        names = data["head"]["vars"]
        return [{n: to_python(_json_term(b.get(n))) for n in names} for b in data["results"]["bindings"]]


def _json_term(b: dict[str, str] | None) -> Node | None:
    if b is None:
        return None
    if b["type"] == "uri":
        return URIRef(b["value"])
    if b["type"] == "bnode":
        return BNode(b["value"])
    return Literal(b["value"], lang=b.get("xml:lang"), datatype=b.get("datatype"))


def _check_url(url: str) -> None:
    if not re.match(r"^https?://[^\s/]+", url):
        raise RegkbError(f"bad endpoint URL {url!r}: give an http:// or https:// URL, "
                         "e.g. http://127.0.0.1:7878/query")


def http(method: str, url: str, data: bytes | None, headers: dict[str, str], timeout: float = 30.0) -> bytes:
    """One HTTP request; failures become a RegkbError naming the URL and what the server said."""
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return bytes(resp.read())
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")[:500]
        raise RegkbError(f"{method} {url} failed: HTTP {exc.code} {exc.reason}\n{detail}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RegkbError(f"{method} {url} failed: {reason} (is the SPARQL server running and the URL right?)") \
            from None
