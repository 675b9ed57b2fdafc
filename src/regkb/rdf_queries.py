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
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as dtime
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeAlias

import pyoxigraph as ox
from pyparsing import ParseException
from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.plugins.sparql.parser import parseQuery, parseUpdate
from rdflib.plugins.sparql.parserutils import CompValue
from rdflib.term import Node

from .errors import RegkbError
from .vocab import PREFIXES

#: a value in a SELECT row: IRIs as ``str``, literals as their Python value, unbound as ``None``
Value: TypeAlias = str | int | float | bool | Decimal | date | datetime | dtime | None
#: one SELECT row: variable name -> value
Row: TypeAlias = dict[str, Value]
#: what :meth:`regkb.KnowledgeBase.sparql` returns: rows (SELECT), a bool (ASK) or a graph (CONSTRUCT, DESCRIBE)
SparqlResult: TypeAlias = "list[Row] | bool | Graph"

#: deepest nesting of brackets a query may have (deeper input is refused before parsing: the SPARQL
#: parser recurses about forty Python frames per bracket, so this keeps it far from the recursion limit)
MAX_NESTING = 20
#: largest answer read from a remote endpoint, in bytes
MAX_RESPONSE_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds on one query: ``timeout`` in seconds and ``max_rows`` (None: no bound).

    The Python API applies none unless asked; the command line applies :data:`CLI_LIMITS`.
    A query past a bound raises :class:`RegkbError`; Ctrl-C stops waiting at once.
    """

    timeout: float | None = None
    max_rows: int | None = None

    def __post_init__(self) -> None:
        if self.timeout is not None and not self.timeout > 0:
            raise RegkbError(f"the SPARQL time limit must be a positive number of seconds, not {self.timeout!r}")
        if self.max_rows is not None and (not isinstance(self.max_rows, int) or self.max_rows < 1):
            raise RegkbError(f"the SPARQL row limit must be a positive whole number, not {self.max_rows!r}")


NO_LIMITS = Limits()
CLI_LIMITS = Limits(timeout=30.0, max_rows=100_000)

_TOKENS = re.compile(r"""<[^<>"{}|^`\\\s]*>|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\#[^\n]*|(?P<open>[{(\[])|(?P<close>[})\]])""")


def check_nesting(query: str, limit: int = MAX_NESTING) -> None:
    """Refuse a query nested deeper than ``limit`` brackets (strings, IRIs and comments skipped).

    >>> check_nesting("SELECT * {" * 3 + "}" * 3)
    >>> check_nesting("ASK " + "{" * 3000 + "}" * 3000)
    Traceback (most recent call last):
    ...
    regkb.errors.RegkbError: the SPARQL query nests brackets 3000 deep; the limit is 20 (flatten the query)
    """
    depth = deepest = 0
    for m in _TOKENS.finditer(query):
        if m.group("open"):
            depth += 1
            deepest = max(deepest, depth)
        elif m.group("close"):
            depth -= 1
    if deepest > limit:
        raise RegkbError(f"the SPARQL query nests brackets {deepest} deep; the limit is {limit} (flatten the query)")


def prologue(extra: Mapping[str, str] | None = None) -> str:
    """PREFIX lines for the project's vocabularies (prepended to every query)."""
    return _prologue(tuple(sorted((extra or {}).items())))


@lru_cache(maxsize=64)
def _prologue(extra: tuple[tuple[str, str], ...]) -> str:
    prefixes = dict(PREFIXES, **dict(extra))
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items())


def _walk(node: Any) -> Any:
    if isinstance(node, CompValue):
        yield node
        for v in node.values():
            yield from _walk(v)
    elif isinstance(node, list | tuple) or hasattr(node, "asList"):
        for v in node:
            yield from _walk(v)


@lru_cache(maxsize=512)
def check_query(query: str, skip_lines: int = 0) -> str:
    """Parse a query; refuse updates, SERVICE, deep nesting and syntax errors. Returns the query form's name.

    ``skip_lines``: lines of prologue prepended to the user's text (left out of error positions).
    The answer is cached per query text: a query run again is not parsed again.
    """
    check_nesting(query)
    try:
        parsed = parseQuery(query)
    except RecursionError:
        raise RegkbError("the SPARQL query is nested too deeply to parse (flatten the query)") from None
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


_VARIABLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _bindings(bindings: Mapping[str, Any]) -> dict[str, Node]:
    out = {}
    for k, v in bindings.items():
        if not _VARIABLE_NAME.fullmatch(k):
            raise RegkbError(f"bad variable name {k!r} for a binding")
        out[k] = to_term(v)
    return out


def run_embedded(graph: Graph, query: str, bindings: Mapping[str, Any], extra_prefixes: Mapping[str, str],
                 limits: Limits = NO_LIMITS) -> SparqlResult:
    """Run a read-only query on an rdflib graph (the Oxigraph store of ``kb.rdf``).

    The query is checked once per text (:func:`check_query` is cached); on an Oxigraph store it
    then goes straight to pyoxigraph with the prefixes and bindings as arguments, so the cost of
    a query is the store's own. ``limits`` bound its time and rows.
    """
    extra = tuple(sorted(extra_prefixes.items())) if extra_prefixes else ()
    form, prefixes = _prepared(query, extra)
    terms = _bindings(bindings) if bindings else {}
    inner = getattr(graph.store, "_inner", None)
    if inner is None:  # rdflib's own stores (not bounded: kb.rdf is always on Oxigraph)
        text = _prologue(extra) + query
        return _result(form, graph.query(inject_values(text, form, terms)))  # type: ignore[no-any-return]
    default = _ox(graph.identifier)

    def run() -> Any:
        """The store's answer (pyoxigraph), bindings as substitutions or, where Oxigraph will not, VALUES."""
        if not terms:
            return inner.query(query, prefixes=prefixes, default_graph=default)
        key = (query, tuple(sorted(terms)))
        if key not in _VALUES_ROUTE:
            try:
                return inner.query(query, prefixes=prefixes, default_graph=default,
                                   substitutions={ox.Variable(k): _ox(v) for k, v in terms.items()})
            except RuntimeError as exc:
                if "projection" not in str(exc):
                    raise
                _VALUES_ROUTE.add(key)  # Oxigraph substitutes projected variables only: VALUES for this query
        return inner.query(inject_values(query, form, terms), prefixes=prefixes, default_graph=default)

    if limits.timeout is None and limits.max_rows is None:  # the common case: no worker, no counting
        try:  # in the caller's thread: Ctrl-C is seen between rows
            return _ox_all(form, run())  # type: ignore[no-any-return]
        except (SyntaxError, ValueError, RuntimeError, OSError) as exc:
            raise RegkbError(f"SPARQL query failed: {exc}") from None

    def evaluate() -> Iterator[Any]:
        try:
            yield from _ox_result(form, run())
        except (SyntaxError, ValueError, RuntimeError, OSError) as exc:
            raise RegkbError(f"SPARQL query failed: {exc}") from None

    if limits.timeout is None:  # in the caller's thread: Ctrl-C is seen between rows
        return _collect(form, evaluate(), limits.max_rows, None)  # type: ignore[no-any-return]
    return _bounded(evaluate, limits, form)  # type: ignore[no-any-return]


_VALUES_ROUTE: set[tuple[str, tuple[str, ...]]] = set()


@lru_cache(maxsize=512)
def _prepared(query: str, extra: tuple[tuple[str, str], ...]) -> tuple[str, dict[str, str]]:
    """(query form, prefixes) of a query: checked once per (query, prefixes), then remembered."""
    return _checked(query, extra), _prefixes(extra)


@lru_cache(maxsize=512)
def _checked(query: str, extra: tuple[tuple[str, str], ...]) -> str:
    """:func:`check_query` of the query with the predeclared prefixes, cached per (query, prefixes)."""
    pro = _prologue(extra)
    return check_query(pro + query, pro.count("\n"))


@lru_cache(maxsize=64)
def _prefixes(extra: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return dict(PREFIXES, **dict(extra))


def _bounded(rows: Any, limits: Limits, form: str) -> Any:
    """Collect ``rows()`` (an iterator of rows / triples, or one bool for ASK) within ``limits``.

    The evaluation runs in a worker thread (Oxigraph releases the GIL while it works), so the
    caller's thread stays free to notice the time limit and Ctrl-C, with or without limits.
    A row limit or a stop ends the worker at its next row; an aggregate Oxigraph computes in one
    go runs on in the background until it ends (the command line exits at once).
    """
    box: dict[str, Any] = {}
    stop = threading.Event()

    def work() -> None:
        try:
            box["value"] = _collect(form, rows(), limits.max_rows, stop)
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=work, name="regkb-sparql", daemon=True)
    start = time.monotonic()
    worker.start()
    try:
        while worker.is_alive():
            left = None if limits.timeout is None else limits.timeout - (time.monotonic() - start)
            if left is not None and left <= 0:
                raise RegkbError(f"the SPARQL query ran past its time limit of {limits.timeout:g} s "
                                 "(narrow it down, add LIMIT, or raise the limit: --timeout / timeout=)")
            worker.join(0.1 if left is None else min(0.1, left))
    finally:
        stop.set()
    if "error" in box:
        raise box["error"]
    return box["value"]


def _collect(form: str, rows: Iterator[Any], max_rows: int | None, stop: threading.Event | None) -> Any:
    out: list[Any] = []
    try:
        if form == "AskQuery":
            return next(rows)
        for row in rows:
            if stop is not None and stop.is_set():
                break
            if max_rows is not None and len(out) >= max_rows:
                raise RegkbError(f"the SPARQL query gives more than {max_rows} rows, its row limit "
                                 "(add LIMIT, or raise the limit: --max-rows / max_rows=)")
            out.append(row)
    finally:  # Oxigraph's solutions must be dropped on the thread that made them
        close = getattr(rows, "close", None)
        if close is not None:
            close()
    if form in ("ConstructQuery", "DescribeQuery"):
        g = Graph()
        for t in out:
            g.add(t)
        return g
    return out


def _ox(term: Any) -> Any:
    """An rdflib term as a pyoxigraph term (IRIs cached: the graph's name is converted on every query)."""
    if type(term) is URIRef:
        return _ox_iri(str(term))
    from oxrdflib._converter import to_ox

    return to_ox(term)


@lru_cache(maxsize=4096)
def _ox_iri(iri: str) -> Any:
    return ox.NamedNode(iri)


_XSD = "http://www.w3.org/2001/XMLSchema#"
_PLAIN_TYPES = frozenset({_XSD + "string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"})
_XSD_INTEGER, _XSD_BOOLEAN = _XSD + "integer", _XSD + "boolean"
_NAMED_NODE, _LITERAL = ox.NamedNode, ox.Literal


def _ox_value(term: Any) -> Value:
    """A pyoxigraph term as plain Python (the same values :func:`to_python` gives for rdflib terms)."""
    kind = type(term)
    if kind is _NAMED_NODE:  # the commonest first: one type test per IRI
        return str(term.value)
    if kind is _LITERAL:
        if term.language:
            return str(term.value)
        dt = term.datatype.value
        if dt in _PLAIN_TYPES:
            return str(term.value)
        if dt == _XSD_INTEGER:
            try:
                return int(term.value)
            except ValueError:
                pass
        if dt == _XSD_BOOLEAN and term.value in ("true", "false"):
            return bool(term.value == "true")
        return to_python(Literal(term.value, datatype=URIRef(dt)))  # type: ignore[no-any-return]
    if term is None:
        return None
    if isinstance(term, ox.BlankNode):
        return str(term.value)
    return str(term)


def _ox_all(form: str, result: Any) -> Any:
    """A whole pyoxigraph answer as regkb gives it: rows (plain Python), a bool, or an rdflib Graph."""
    if form == "SelectQuery":
        names = [v.value for v in result.variables]
        value = _ox_value
        return [dict(zip(names, map(value, sol), strict=True)) for sol in result]
    return _collect(form, _ox_result(form, result), None, None)


def _ox_result(form: str, result: Any) -> Iterator[Any]:
    if form == "AskQuery":
        yield bool(result)
        return
    if form in ("ConstructQuery", "DescribeQuery"):
        from oxrdflib._converter import from_ox

        for t in result:
            yield (from_ox(t.subject), from_ox(t.predicate), from_ox(t.object))
        return
    names = [v.value for v in result.variables]
    value = _ox_value
    for sol in result:
        yield dict(zip(names, map(value, sol), strict=True))


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


@lru_cache(maxsize=512)
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
    return _inject(query, form, tuple((n, _n3(bindings[n])) for n in sorted(bindings)))


@lru_cache(maxsize=4096)
def _n3(term: Node) -> str:
    """A term as SPARQL text (rdflib's ``n3()``, which checks and escapes it), remembered per term."""
    return str(term.n3())


@lru_cache(maxsize=512)
def _inject(query: str, form: str, values: tuple[tuple[str, str], ...]) -> str:
    block = "VALUES (" + " ".join("?" + n for n, _ in values) + ") { (" + " ".join(v for _, v in values) + ") }"
    at = _where_brace(query, form) + 1
    return query[:at] + " " + block + query[at:]


class Endpoint:
    """A remote SPARQL 1.1 endpoint (query and, for publishing, Graph Store Protocol or update).

    ``query_url`` answers queries (Oxigraph: ``http://host:port/query``); ``graph`` names the
    graph the knowledge base lives in (sent as ``default-graph-uri``; ``None``: the default graph).
    """

    def __init__(self, query_url: str, graph: str | None = None, timeout: float = 30.0,
                 max_bytes: int = MAX_RESPONSE_BYTES) -> None:
        _check_url(query_url)
        self.query_url = query_url
        self.graph = graph
        self.timeout = timeout
        self.max_bytes = max_bytes

    def __repr__(self) -> str:
        return f"Endpoint({self.query_url!r}, graph={self.graph!r})"

    def query(self, query: str, bindings: Mapping[str, Any], extra_prefixes: Mapping[str, str],
              limits: Limits = NO_LIMITS) -> SparqlResult:
        """Run a read-only query on the endpoint: checked and bound as on the embedded store.

        The answer is read up to ``max_bytes`` (more is refused, never read whole); ``limits``
        bound the wait (``timeout``, else the endpoint's own) and the rows.
        """
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
                    {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
                    limits.timeout or self.timeout, self.max_bytes)
        try:
            if form in ("ConstructQuery", "DescribeQuery"):
                g = Graph().parse(data=body.decode("utf-8"), format="nt")
                _check_rows(len(g), limits)
                return g
            data = json.loads(body)
            if form == "AskQuery":
                return bool(data["boolean"])
            names = data["head"]["vars"]
            _check_rows(len(data["results"]["bindings"]), limits)
            return [{n: to_python(_json_term(b.get(n))) for n in names} for b in data["results"]["bindings"]]
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise RegkbError(f"the endpoint {self.query_url} sent an answer that is not SPARQL results: {exc}") \
                from None


def _check_rows(n: int, limits: Limits) -> None:
    if limits.max_rows is not None and n > limits.max_rows:
        raise RegkbError(f"the SPARQL query gives {n} rows, more than its row limit of {limits.max_rows} "
                         "(add LIMIT, or raise the limit: --max-rows / max_rows=)")


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


def http(method: str, url: str, data: bytes | None, headers: dict[str, str], timeout: float = 30.0,
         max_bytes: int = MAX_RESPONSE_BYTES) -> bytes:
    """One HTTP request; failures become a RegkbError naming the URL and what the server said.

    The answer is read up to ``max_bytes``: a longer one is refused, not read whole.
    """
    req = urllib.request.Request(url, data=data, headers=headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            body = bytes(resp.read(max_bytes + 1))
            if len(body) > max_bytes:
                raise RegkbError(f"{method} {url}: the answer is larger than {max_bytes} bytes, the limit "
                                 "(narrow the query or add LIMIT)")
            return body
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace")[:500]
        raise RegkbError(f"{method} {url} failed: HTTP {exc.code} {exc.reason}\n{detail}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise RegkbError(f"{method} {url} failed: {reason} (is the SPARQL server running and the URL right?)") \
            from None
