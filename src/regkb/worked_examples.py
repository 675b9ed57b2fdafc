"""Questions a lawyer asks, each answered in Python (graph walks) and in SPARQL.

Both answers are lists of rows (dicts) in the same order, so the tests can check that they are
equal: on the embedded store, and on a real Oxigraph server after ``regkb publish``. The page
``docs/worked-examples.md`` is generated from this module (``python -m regkb.worked_examples``)
and a test checks that it is up to date, so it cannot go stale.

Parameters are node ids; :func:`sample_params` picks values from any corpus (the actor with
the most duties, the most cited law, ...) so nothing here names a particular regulation.
"""

from __future__ import annotations

import inspect
import textwrap
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .kb import KnowledgeBase

#: what every example returns: rows of plain values, in the same order from Python and from SPARQL
Rows = list[dict[str, Any]]


@dataclass(frozen=True)
class Example:
    slug: str
    question: str
    sparql: str
    python: Callable[..., Rows]
    params: tuple[str, ...] = ()  # names of node-id parameters (bound as IRIs in SPARQL)
    note: str = ""
    needs: tuple[str, ...] = field(default=())  # model collections that must be non-empty

    def run_python(self, kb: KnowledgeBase, **params: str) -> Rows:
        """The Python answer for ``params`` (node ids)."""
        return self.python(kb, **params)

    def run_sparql(self, kb: KnowledgeBase, **params: str) -> Rows:
        """The SPARQL answer for ``params`` (node ids, bound as their IRIs)."""
        result = kb.sparql(self.sparql, bindings={k: kb.iri(v) for k, v in params.items()})
        assert isinstance(result, list)
        return result


def start_of(kb: KnowledgeBase, node_id: str) -> int:
    """Where a node's text starts in its source (-1 for nodes without a span): the order of the text."""
    return int(kb.graph.nodes[node_id].get("start", -1))


def article_number_of(kb: KnowledgeBase, provision_id: str) -> int:
    """The number of the article holding a provision (or of the article itself)."""
    from regkb.graph import ancestors

    for x in [provision_id, *ancestors(kb.graph, provision_id)]:
        if kb.graph.nodes[x]["type"] == "article":
            return int(kb.graph.nodes[x]["number"])
    raise KeyError(f"{provision_id} is not inside an article")


# --- 1 ---------------------------------------------------------------------------------------


def defined_terms(kb: KnowledgeBase) -> Rows:
    """Every defined term, its definition and the provision that defines it."""
    g = kb.graph
    rows = []
    for d in kb.definitions:
        for src, _, kind in g.in_edges(d.id, keys=True):
            if kind == "defines":
                rows.append({"term": d.term, "definition": d.definition, "provision": src})
    return sorted(rows, key=lambda r: (r["term"], r["provision"]))


Q_DEFINED_TERMS = """\
SELECT ?term ?definition ?provision WHERE {
  ?concept a skos:Concept ;
           skos:prefLabel ?term ;
           skos:definition ?definition ;
           rdfs:isDefinedBy/dcterms:identifier ?provision .
}
ORDER BY ?term ?provision
"""

# --- 2 ---------------------------------------------------------------------------------------


def term_uses(kb: KnowledgeBase, term: str) -> Rows:
    """The provisions that use a defined term, in the order of the text."""
    g = kb.graph
    uses = [u for u, _, k in g.in_edges(term, keys=True) if k == "uses_term"]
    return [{"provision": p, "label": g.nodes[p]["label"]} for p in sorted(uses, key=lambda p: (start_of(kb, p), p))]


Q_TERM_USES = """\
SELECT ?provision ?label WHERE {
  ?p regkb:usesTerm ?term ;
     dcterms:identifier ?provision ;
     rdfs:label ?label ;
     prov:wasDerivedFrom/oa:hasSelector/oa:start ?start .
}
ORDER BY ?start ?provision
"""

# --- 3 ---------------------------------------------------------------------------------------


def duties_of_actor(kb: KnowledgeBase, actor: str) -> Rows:
    """An actor's duties (every modality), in the order of the text."""
    return [{"obligation": o.id, "article": o.article, "modality": o.modality, "action": o.action,
             "condition": o.condition}
            for o in sorted(kb.duties(actor), key=lambda o: (o.span.start, o.id))]


Q_DUTIES_OF_ACTOR = """\
SELECT ?obligation ?article ?modality ?action ?condition WHERE {
  ?o lrmlmm:hasBearer ?actor ;
     dcterms:identifier ?obligation ;
     regkb:modality ?modality ;
     regkb:action ?action ;
     regkb:imposedBy/eli:is_part_of* ?art ;
     prov:wasDerivedFrom/oa:hasSelector/oa:start ?start .
  ?art a regkb:Article ;
       eli:number ?number .
  OPTIONAL { ?o regkb:condition ?condition }
  BIND (xsd:integer(?number) AS ?article)
}
ORDER BY ?start ?obligation
"""

# --- 4 ---------------------------------------------------------------------------------------


def prohibitions(kb: KnowledgeBase) -> Rows:
    """Who must not do what, in the order of the text."""
    rows = []
    for o in sorted(kb.obligations_of(modality="prohibition"), key=lambda o: (o.span.start, o.id)):
        for a in sorted(o.actors, key=lambda a: kb.actor(a).label):
            rows.append({"article": o.article, "bearer": kb.actor(a).label, "action": o.action})
    return rows


Q_PROHIBITIONS = """\
SELECT ?article ?bearer ?action WHERE {
  ?o a lrmlmm:Prohibition ;
     lrmlmm:hasBearer/rdfs:label ?bearer ;
     regkb:action ?action ;
     dcterms:identifier ?id ;
     regkb:imposedBy/eli:is_part_of* ?art ;
     prov:wasDerivedFrom/oa:hasSelector/oa:start ?start .
  ?art a regkb:Article ;
       eli:number ?number .
  BIND (xsd:integer(?number) AS ?article)
}
ORDER BY ?start ?id ?bearer
"""

# --- 5 ---------------------------------------------------------------------------------------


def bearers_ranked(kb: KnowledgeBase) -> Rows:
    """Actors by the number of obligations (modality "obligation") they bear, most first."""
    counts = Counter(a for o in kb.obligations_of(modality="obligation") for a in o.actors)
    return [{"actor": a, "label": kb.actor(a).label, "duties": n}
            for a, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]


Q_BEARERS_RANKED = """\
SELECT ?actor ?label ?duties WHERE {
  {
    SELECT ?a (COUNT(DISTINCT ?o) AS ?duties) WHERE {
      ?o a lrmlmm:Obligation ;
         lrmlmm:hasBearer ?a .
    } GROUP BY ?a
  }
  ?a dcterms:identifier ?actor ;
     rdfs:label ?label .
}
ORDER BY DESC(?duties) ?actor
"""

# --- 6 ---------------------------------------------------------------------------------------


def conditional_duties(kb: KnowledgeBase) -> Rows:
    """Duties that apply only under a condition, in the order of the text."""
    rows = []
    for o in sorted((o for o in kb.obligations if o.condition), key=lambda o: (o.span.start, o.id)):
        rows.append({"obligation": o.id, "article": o.article, "modality": o.modality,
                     "bearer": "; ".join(sorted(kb.actor(a).label for a in o.actors)), "condition": o.condition})
    return rows


Q_CONDITIONAL_DUTIES = """\
SELECT ?obligation ?article ?modality (GROUP_CONCAT(?label; SEPARATOR="; ") AS ?bearer) ?condition WHERE {
  {
    SELECT ?o ?label WHERE { ?o lrmlmm:hasBearer/rdfs:label ?label } ORDER BY ?label
  }
  ?o regkb:condition ?condition ;
     regkb:modality ?modality ;
     dcterms:identifier ?obligation ;
     regkb:imposedBy/eli:is_part_of* ?art ;
     prov:wasDerivedFrom/oa:hasSelector/oa:start ?start .
  ?art a regkb:Article ;
       eli:number ?number .
  BIND (xsd:integer(?number) AS ?article)
}
GROUP BY ?obligation ?article ?modality ?condition ?start
ORDER BY ?start ?obligation
"""

# --- 7 ---------------------------------------------------------------------------------------


def provisions_citing(kb: KnowledgeBase, law: str) -> Rows:
    """The provisions that cite a law, in the order of the text."""
    return [{"provision": p, "label": kb.graph.nodes[p]["label"]} for p in kb.citing(law)]


Q_PROVISIONS_CITING = """\
SELECT ?provision ?label WHERE {
  ?p eli:cites ?law ;
     dcterms:identifier ?provision ;
     rdfs:label ?label ;
     prov:wasDerivedFrom/oa:hasSelector/oa:start ?start .
}
ORDER BY ?start ?provision
"""

# --- 8 ---------------------------------------------------------------------------------------


def dependencies(kb: KnowledgeBase, article: str) -> Rows:
    """What an article cites, and what that cites in turn (transitively)."""
    return [{"target": t, "label": kb.graph.nodes[t]["label"], "type": kb.graph.nodes[t]["type"]}
            for t in sorted(kb.depends_on(article))]


Q_DEPENDENCIES = """\
SELECT DISTINCT ?target ?label ?type WHERE {
  ?article (eli:has_part*/eli:cites)+ ?t .
  FILTER (?t != ?article)
  ?t dcterms:identifier ?target ;
     rdfs:label ?label .
  BIND (IF(EXISTS { ?t a regkb:Law }, "law",
        IF(EXISTS { ?t a regkb:Article }, "article",
        IF(EXISTS { ?t a regkb:Paragraph }, "paragraph",
        IF(EXISTS { ?t a regkb:Item }, "item", "other")))) AS ?type)
}
ORDER BY ?target
"""

# --- 9 ---------------------------------------------------------------------------------------


def document_links(kb: KnowledgeBase, document: str) -> Rows:
    """A document's issuing bodies and related laws."""
    g = kb.graph
    rows = [{"relation": k, "id": v, "label": g.nodes[v]["label"]}
            for _, v, k in g.out_edges(document, keys=True) if k in ("issued_by", "related_law")]
    return sorted(rows, key=lambda r: (r["relation"], r["id"]))


Q_DOCUMENT_LINKS = """\
SELECT ?relation ?id ?label WHERE {
  { ?document eli:passed_by ?x . BIND ("issued_by" AS ?relation) }
  UNION
  { ?document eli:related_to ?x . BIND ("related_law" AS ?relation) }
  ?x dcterms:identifier ?id ;
     rdfs:label ?label .
}
ORDER BY ?relation ?id
"""

# --- 10 --------------------------------------------------------------------------------------


def quoted_duties(kb: KnowledgeBase, article: str) -> Rows:
    """The obligations imposed in an article, each with its exact source span."""
    from regkb.graph import parts

    g = kb.graph
    rows = []
    for p in parts(g, article):
        for _, o, k in g.out_edges(p, keys=True):
            if k == "imposes":
                n = g.nodes[o]
                rows.append({"obligation": o, "provision": p, "document": n["document"], "start": n["start"],
                             "end": n["end"], "text": n["text"]})
    return sorted(rows, key=lambda r: (r["start"], r["obligation"]))


Q_QUOTED_DUTIES = """\
SELECT ?obligation ?provision ?document ?start ?end ?text WHERE {
  ?o regkb:imposedBy ?p ;
     dcterms:identifier ?obligation ;
     regkb:text ?text ;
     prov:wasDerivedFrom ?span .
  ?p eli:is_part_of* ?article ;
     dcterms:identifier ?provision .
  ?span oa:hasSelector ?selector ;
        oa:hasSource/eli:embodies/eli:realizes/dcterms:identifier ?document .
  ?selector oa:start ?start ;
            oa:end ?end .
}
ORDER BY ?start ?obligation
"""

# --- 11 --------------------------------------------------------------------------------------


def changes_since_draft(kb: KnowledgeBase, article: str) -> Rows:
    """The changes touching an article or its parts, with the claim's label where a commentary describes them."""
    from regkb.graph import changes_of

    g = kb.graph
    rows = []
    for c in changes_of(g, article):
        n = g.nodes[c]
        rows.append({"change": c, "kind": n["change_kind"], "label": n.get("claim_label"), "quoted": n.get("quoted"),
                     "note": n.get("note")})
    return rows


Q_CHANGES_SINCE_DRAFT = """\
SELECT DISTINCT ?change ?kind ?label ?quoted ?note WHERE {
  { ?c regkb:changedTo/eli:is_part_of* ?article }
  UNION
  { ?p eli:is_part_of* ?article ;
       regkb:hasChange ?c }
  ?c a regkb:Change ;
     dcterms:identifier ?change ;
     regkb:changeKind ?kind .
  OPTIONAL { ?c regkb:claimLabel ?label }
  OPTIONAL { ?c regkb:quoted ?quoted }
  OPTIONAL { ?c regkb:note ?note }
}
ORDER BY ?change
"""

EXAMPLES: tuple[Example, ...] = (
    Example("defined-terms", "Which terms does the text define, what do they mean, and which provision defines each?",
            Q_DEFINED_TERMS, defined_terms, needs=("definitions",)),
    Example("term-uses", "Where is a defined term used?",
            Q_TERM_USES, term_uses, ("term",), needs=("term_uses",)),
    Example("duties-of-actor", "Everything an actor must, must not, may or is encouraged to do, in the order of the text.",
            Q_DUTIES_OF_ACTOR, duties_of_actor, ("actor",), needs=("obligations",)),
    Example("prohibitions", "What is prohibited, and for whom?", Q_PROHIBITIONS, prohibitions,
            needs=("obligations",)),
    Example("bearers-ranked", "Which actors carry the most duties (modality obligation)?",
            Q_BEARERS_RANKED, bearers_ranked, needs=("obligations",)),
    Example("conditional-duties", "Which duties apply only under a condition, and what is it?",
            Q_CONDITIONAL_DUTIES, conditional_duties, needs=("obligations",),
            note="The condition is quoted as printed; it is a text, not a machine-checkable rule."),
    Example("provisions-citing", "Which provisions cite a given law?", Q_PROVISIONS_CITING, provisions_citing,
            ("law",), needs=("references",)),
    Example("dependencies", "What does an article rely on: what it cites, and what those provisions cite in turn?",
            Q_DEPENDENCIES, dependencies, ("article",), needs=("references",),
            note="A citation of a paragraph pulls in that paragraph (and its items), not the whole article."),
    Example("document-links", "Who issued a document, and which laws does it name as related?",
            Q_DOCUMENT_LINKS, document_links, ("document",)),
    Example("quoted-duties", "Quote the duties an article creates, with their exact place in the source file.",
            Q_QUOTED_DUTIES, quoted_duties, ("article",), needs=("obligations",),
            note="`start`/`end` are character offsets into the source file; `kb.sources[document][start:end]` "
                 "is the clause as printed (the `text` has runs of white space folded)."),
    Example("changes-since-draft",
            "What changed in an article since the earlier version (the draft), and is the older side the draft's "
            "own words or the commentary's paraphrase?",
            Q_CHANGES_SINCE_DRAFT, changes_since_draft, ("article",), needs=("claims",),
            note="`label` is the claim's: only `quote` (with `quoted` true) is the older version's own wording; "
                 "`paraphrase` and `notes` are a commentary's words and must never be cited as its text. "
                 "`not-described` means the sources say nothing about that provision of the older version, "
                 "not that it is new."),
)


def sample_params(kb: KnowledgeBase, example: Example) -> dict[str, str]:
    """Parameters for an example that make sense on any corpus (the busiest actor, the most cited law...)."""
    g = kb.graph
    out: dict[str, str] = {}
    for p in example.params:
        if p == "term":
            used = Counter(v for _, v, k in g.edges(keys=True) if k == "uses_term")
            out[p] = max(sorted(used), key=lambda d: used[d]) if used else kb.definitions[0].id
        elif p == "actor":
            n = Counter(a for o in kb.obligations for a in o.actors)
            out[p] = max(sorted(n), key=lambda a: n[a])
        elif p == "law":
            cited = Counter(v for _, v, k in g.edges(keys=True) if k == "cites" and g.nodes[v]["type"] == "law")
            out[p] = max(sorted(cited), key=lambda x: cited[x]) if cited else kb.laws[0].id
        elif p == "article":
            if example.slug == "dependencies":
                deps = {a.id: len(kb.depends_on(a.id)) for a in kb.articles}
                out[p] = max(sorted(deps), key=lambda a: deps[a])
            elif example.slug == "changes-since-draft":
                from .graph import changes_of

                touched = {a.id: len(changes_of(g, a.id)) for a in kb.articles}
                out[p] = max(sorted(touched), key=lambda a: touched[a])
            else:
                n = Counter(f"{o.document}/art_{o.article}" for o in kb.obligations)
                out[p] = max(sorted(n), key=lambda a: n[a])
        elif p == "document":
            out[p] = kb.regulations[0].id
    return out


def _imports_for(fn: Callable[..., Rows]) -> list[str]:
    """The import lines that make an example's source run on its own (as the page shows it)."""
    names: set[str] = set()
    codes = [fn.__code__]
    while codes:
        code = codes.pop()
        names |= set(code.co_names)
        codes += [c for c in code.co_consts if hasattr(c, "co_names")]
    used = sorted(n for n in names if n in globals() and not n.startswith("_") and n not in ("EXAMPLES", "Example"))
    here = [n for n in used if getattr(globals()[n], "__module__", __name__) == __name__]
    other = [f"from {globals()[n].__module__} import {n}" for n in used if n not in here]
    return [*other, "from regkb import KnowledgeBase", "from regkb.worked_examples import " + ", ".join(["Rows", *here])]


def render_markdown() -> str:
    """The worked-examples page (docs/worked-examples.md)."""
    lines = [
        "# Worked examples: questions a lawyer asks",
        "",
        "Each question is answered twice: in Python, walking `kb.graph` (networkx) or the model, and in",
        "SPARQL over `kb.rdf` (or a shared store after `regkb publish`). Both return the same rows in the",
        "same order; the test suite runs every example on the embedded Oxigraph store *and* on a real",
        "Oxigraph server and compares the answers, so this page cannot go stale. It is generated from",
        "`regkb/worked_examples.py` (`python -m regkb.worked_examples > src/regkb/docs/worked-examples.md`).",
        "",
        "Parameters are node ids (the ids of the JSON export). In SPARQL they are bound, never pasted:",
        "",
        "```python",
        "from regkb import KnowledgeBase",
        "from regkb.worked_examples import Q_DUTIES_OF_ACTOR",
        "",
        'kb = KnowledgeBase.from_corpus("corpus")',
        "actor = kb.actors[0].id             # or kb.actor(\"<label or alias>\").id",
        "rows = kb.sparql(Q_DUTIES_OF_ACTOR, actor=kb.iri(actor))",
        "```",
        "",
        "or from the shell: `regkb sparql @query.rq --bind actor=node:actor/<slug>`.",
        "The prefixes `eli`, `skos`, `dcterms`, `prov`, `oa`, `lrmlmm`, `regkb`, `rdf`, `rdfs`, `xsd`",
        "and `kb` (the base IRI) are predeclared by `kb.sparql` and `regkb sparql`; add PREFIX lines",
        "(see [the graph guide](graph.md)) when you send a query to a store yourself.",
        "",
    ]
    for i, ex in enumerate(EXAMPLES, 1):
        lines += [f"## {i}. {ex.question}", ""]
        if ex.params:
            lines += ["Parameters: " + ", ".join(f"`{p}`" for p in ex.params) + ".", ""]
        lines += ["Python:", "", "```python", *_imports_for(ex.python), "",
                  textwrap.dedent(inspect.getsource(ex.python)).rstrip(), "```", "",
                  "SPARQL:", "", "```sparql", ex.sparql.rstrip(), "```", ""]
        if ex.note:
            lines += [ex.note, ""]
    return "\n".join(lines)


if __name__ == "__main__":
    print(render_markdown(), end="")
