"""The graph page's data (``graph.json``, ``graph-data.js``, ``nodes.csv``, ``edges.csv``), made document by document.

The page draws the articles, actors, laws, definitions and obligations and the edges between them
(:meth:`regkb.site.generate.Site.graph_data`). Every node but the actors and the registry's laws, and every
edge, comes from one document's objects: its articles, definitions, term uses, obligations, references and
front matter. :func:`share_graph` makes one document's share (or the whole corpus's); :func:`graph_data` assembles the shares in
the order of the whole-corpus loops (articles, then actors, laws, definitions, obligations: the first node
of an id wins), keeps the edges whose two ends are nodes, and sorts both.

With a :class:`~regkb.site.docpieces.DocPieces` store (``regkb build``: ``<site>.graph-pieces/``), a document's
share is kept with each node's and edge's text in the four files (JSON indented as it sits in ``graph.json``,
the script's compact JSON, the CSV line), under a hash of everything the share is made from: the code, the
document's objects (``repr``), its short name, page address and definitions' anchors, whether it is a
regulation and whether the corpus has more than one. The files are then joined from the texts, byte for byte
what the whole-corpus encoders write (the tests compare them).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from .docpieces import DocPieces, digest
from .markup import MODALITY_WORDS, code_digest, csv_cell, href, json_script
from .markup import element_anchor as _anchor

if TYPE_CHECKING:
    from .generate import Site

PURPOSE = "regkb site graph piece 1"
MD = "graph/index.md"
ARTICLE, DEFINITION, OBLIGATION = 0, 3, 4  # a node's place in the order of the loops (actors 1, laws 2)
NODES_HEADER = ["id", "type", "label"]
EDGES_HEADER = ["source", "relation", "target"]
LISTS = ("articles", "definitions", "term_uses", "obligations", "references")  # what the nodes and edges are made of


def share_graph(site: Site, part: dict[str, Sequence[Any]], docs: Sequence[Any]) -> tuple[list[list[Any]], list[list[str]]]:
    """The nodes ([place, id, label, type, url], in the loops' order) and edges ([source, target, label], repeated
    ones included) made from ``part`` (lists of the model's objects by name: one document's share, or the whole
    corpus's lists) and the front matter of ``docs`` (the documents ``part`` holds)."""
    kb = site.kb
    nodes: list[list[Any]] = []
    edges: list[list[str]] = []
    single = len(site.regs) <= 1
    for a in part["articles"]:
        label = a.label if single else site.cite(a.document, a.eid)
        nodes.append([ARTICLE, a.id, label, "article", href(MD, site.article_md(a.document, a.number), _anchor(a.eid))])
    for d in part["definitions"]:
        nodes.append([DEFINITION, d.id, d.term, "definition", href(MD, "definitions.md", site.def_anchor[d.id])])
        if d.article is not None:
            edges.append([d.id, f"{d.document}/art_{d.article}", "defined in"])
    for u in part["term_uses"]:
        if u.article is not None:
            edges.append([f"{u.document}/art_{u.article}", u.definition, "uses term"])
    for o in part["obligations"]:
        nodes.append([OBLIGATION, o.id, f"{MODALITY_WORDS.get(o.modality, o.modality)} {o.action[:60]}", o.modality,
                      href(MD, site.article_md(o.document, o.article), _anchor(o.eid))])
        edges.extend([aid, o.id, "bears"] for aid in o.actors)
        edges.append([o.id, f"{o.document}/art_{o.article}", "created by"])
    for r in part["references"]:
        src = f"{r.document}/art_{r.article}" if r.article is not None else r.document
        for t in r.targets:
            if t.law:
                edges.append([src, t.law, "cites"])
            elif t.document and t.article is not None:
                edges.append([src, f"{t.document}/art_{t.article}", "refers to"])
    with_articles = {a.document for a in part["articles"]}
    regs = {d.id for d in site.regs}
    for doc in docs:  # a regulation's first article is related to the laws its front matter names
        if doc.id in with_articles and doc.id in regs:
            first = f"{doc.id}/art_{kb.articles_of(doc.id)[0].number}"
            edges.extend([first, law_id, "related law"] for law_id in (doc.frontmatter or {}).get("related_laws") or [])
    return nodes, edges


def corpus_nodes(site: Site) -> list[list[Any]]:
    """The nodes no document makes: the actors (place 1) and the registry's laws (place 2)."""
    kb = site.kb
    out: list[list[Any]] = [[1, actor.id, actor.label, "actor", href(MD, site.actor_md(actor.id))] for actor in kb.actors]
    out.extend([2, law.id, law.short_names[0] if law.short_names else law.title, "law", href(MD, site.law_md(law.id))]
               for law in kb.laws)
    return out


def _node(n: list[Any]) -> dict[str, Any]:
    return {"id": n[1], "label": n[2], "type": n[3], "url": n[4]}


def _edge(e: list[str]) -> dict[str, str]:
    return {"source": e[0], "target": e[1], "label": e[2]}


def graph_data(site: Site) -> dict[str, Any]:
    """The nodes and edges the graph page draws (id order; an edge only between two nodes)."""
    kb = site.kb
    made, made_edges = share_graph(site, {name: getattr(kb, name) for name in LISTS}, kb.documents)
    nodes: dict[str, dict[str, Any]] = {}
    for place in range(5):
        for n in corpus_nodes(site) if place in (1, 2) else made:
            if n[0] == place:
                nodes.setdefault(n[1], _node(n))
    edges = {(e[0], e[1], e[2]) for e in made_edges}
    edge_list = [{"source": s, "target": t, "label": lab} for s, t, lab in sorted(edges) if s in nodes and t in nodes]
    return {"nodes": sorted(nodes.values(), key=lambda n: n["id"]), "edges": edge_list}


def _csv_lines(rows: list[list[str]], cells: bool = True) -> list[str]:
    """Each row as a line of :func:`regkb.site.generate._csv` (``cells``: each value made spreadsheet-safe)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    out = []
    for row in rows:
        buf.seek(0)
        buf.truncate()
        writer.writerow([csv_cell(v) for v in row] if cells else row)
        out.append(buf.getvalue())
    return out


def _json_texts(value: dict[str, Any]) -> list[str]:
    """A node's or edge's text in ``graph.json`` (indented at its depth there) and in ``graph-data.js``."""
    return [json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True).replace("\n", "\n  "), json_script(value)]


def _with_texts(nodes: list[list[Any]], edges: list[list[str]]) -> list[list[list[Any]]]:
    """Nodes and edges each followed by their texts in the four files."""
    node_csv = _csv_lines([[n[1], n[3], n[2]] for n in nodes])
    edge_csv = _csv_lines([[e[0], e[2], e[1]] for e in edges])
    return [[[*n, *_json_texts(_node(n)), c] for n, c in zip(nodes, node_csv, strict=True)],
            [[*e, *_json_texts(_edge(e)), c] for e, c in zip(edges, edge_csv, strict=True)]]


def _piece_shape(piece: Any) -> bool:
    """Whether a kept value is shaped as a piece (its rows are what this code wrote: the entry is signed, and its
    key holds a hash of the code)."""
    return isinstance(piece, list) and len(piece) == 2 and all(isinstance(x, list) for x in piece)


class GraphFiles:
    """The graph page's four files and what the page says of them (counts and node types)."""

    def __init__(self, json_text: str, script: str, nodes_csv: str, edges_csv: str, nodes: int, edges: int,
                 types: list[str]) -> None:
        self.json_text, self.script, self.nodes_csv, self.edges_csv = json_text, script, nodes_csv, edges_csv
        self.nodes, self.edges, self.types = nodes, edges, types


def graph_files(site: Site, pieces: DocPieces) -> GraphFiles | None:
    """The four files from each document's kept share (made and kept when its inputs changed); None when the
    model's lists are not grouped by document (then :func:`graph_data` is used)."""
    kb, shares = site.kb, site.shares
    if shares.groups is None:
        return None
    code = digest(code_digest(), "graph page 1")
    single = len(site.regs) <= 1
    regs = {d.id for d in site.regs}
    made: list[list[list[Any]]] = []
    for d in kb.documents:
        context = digest(code, d.id, repr(single), repr(d.id in regs), site.short.get(d.id, ""),
                         site.doc_slug.get(d.id, ""), shares.digest(d.id),
                         repr([site.def_anchor.get(x.id) for x in shares.part(d.id, "definitions")]),
                         repr((d.frontmatter or {}).get("related_laws")))
        piece = pieces.get(context)
        if not _piece_shape(piece):
            piece = _with_texts(*share_graph(site, {name: shares.part(d.id, name) for name in LISTS}, [d]))
            pieces.put(context, piece)
        made.append(piece)
    corpus = corpus_nodes(site)  # the actors and laws: their texts kept under a hash of their rows
    context = digest(code, "corpus nodes", repr(corpus))
    kept = pieces.get(context)
    if not (isinstance(kept, list) and len(kept) == len(corpus)):
        kept = _with_texts(corpus, [])[0]
        pieces.put(context, kept)
    nodes: dict[str, list[Any]] = {}
    for place in range(5):
        got = kept if place in (1, 2) else [n for p in made for n in p[0]]
        for n in got:
            if n[0] == place:
                nodes.setdefault(n[1], n)
    edges: dict[tuple[str, str, str], list[str]] = {}
    for p in made:
        for e in p[1]:
            if e[0] in nodes and e[1] in nodes:
                edges.setdefault((e[0], e[1], e[2]), e)
    node_list = [nodes[k] for k in sorted(nodes)]
    edge_list = [edges[k] for k in sorted(edges)]
    json_text = ('{\n "edges": ' + _join([e[3] for e in edge_list], ",\n  ", "[\n  ", "\n ]") + ',\n "nodes": '
                 + _join([n[5] for n in node_list], ",\n  ", "[\n  ", "\n ]") + "\n}\n")
    script = ('window.regkbGraphData = {"edges": ' + _join([e[4] for e in edge_list], ", ", "[", "]") + ', "nodes": '
              + _join([n[6] for n in node_list], ", ", "[", "]") + "};\n")
    nodes_csv = _csv_lines([NODES_HEADER], cells=False)[0] + "".join(n[7] for n in node_list)
    edges_csv = _csv_lines([EDGES_HEADER], cells=False)[0] + "".join(e[5] for e in edge_list)
    return GraphFiles(json_text, script, nodes_csv, edges_csv, len(node_list), len(edge_list),
                      sorted({n[3] for n in node_list}))


def _join(texts: list[str], sep: str, start: str, end: str) -> str:
    return start + sep.join(texts) + end if texts else "[]"
