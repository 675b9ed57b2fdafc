"""regkb: a knowledge base of regulatory texts.

>>> from regkb import KnowledgeBase
>>> kb = KnowledgeBase.from_corpus("corpus")
>>> kb.article(18).label
'Article 18'

Everything a developer meets is exported here: the knowledge base, the model's frozen
dataclasses, the results of versions, search and SPARQL, the ``Literal`` types of the filters
and the errors. Types that live with a later stage (search, versions, graph) are imported when
first used, and so is the knowledge base itself, so ``import regkb`` stays light: the command
line (``python -m regkb``) imports the package before it can catch a Ctrl-C, and the package
must not spend that time compiling the parser's patterns.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import NotFound, RegkbError
from .kinds import ChangeKind, DocumentKind, Modality, SearchKind
from .model import (
    Actor,
    Article,
    Block,
    Body,
    Chapter,
    Definition,
    Diagnostic,
    Document,
    Dropped,
    Item,
    Law,
    Mention,
    Obligation,
    Paragraph,
    Reference,
    Sanction,
    Section,
    Span,
    Statement,
    Target,
    TermUse,
)
from .version import __version__

if TYPE_CHECKING:
    from networkx import MultiDiGraph as KnowledgeGraph
    from rdflib import Graph as RDFGraph

    from .compare import Change, Effect
    from .draft import Claim, Fact
    from .index import Hit, SearchResult
    from .kb import Entity, KnowledgeBase
    from .rdf_queries import Limits, Row, SparqlResult, Value

_LAZY = {
    "KnowledgeBase": ("kb", "KnowledgeBase"),  # lazy too: `python -m regkb` imports this package before its guard
    "Change": ("compare", "Change"), "Effect": ("compare", "Effect"),
    "Claim": ("draft", "Claim"), "Fact": ("draft", "Fact"),
    "Hit": ("index", "Hit"), "SearchResult": ("index", "SearchResult"),
    "Limits": ("rdf_queries", "Limits"), "Row": ("rdf_queries", "Row"),
    "SparqlResult": ("rdf_queries", "SparqlResult"), "Value": ("rdf_queries", "Value"),
    "KnowledgeGraph": ("networkx", "MultiDiGraph"), "RDFGraph": ("rdflib", "Graph"),
}


def __getattr__(name: str) -> Any:
    """The types of later stages, imported on first use (PEP 562)."""
    if name == "Entity":  # the union of everything kb.get() returns
        from typing import Union

        from .compare import Change
        from .draft import Claim

        parts = (Document, Chapter, Section, Article, Paragraph, Item, Block, Definition, Actor, Obligation,
                 Reference, Law, Body, Claim, Change)
        globals()[name] = Union[parts]  # noqa: UP007
        return globals()[name]
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        mod = importlib.import_module(module if module in ("networkx", "rdflib") else f".{module}", __name__)
        value = getattr(mod, attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'regkb' has no attribute {name!r}")


__all__ = [
    "Actor",
    "Article",
    "Block",
    "Body",
    "Change",
    "ChangeKind",
    "Chapter",
    "Claim",
    "Definition",
    "Diagnostic",
    "Document",
    "DocumentKind",
    "Dropped",
    "Effect",
    "Entity",
    "Fact",
    "Hit",
    "Item",
    "KnowledgeBase",
    "KnowledgeGraph",
    "Law",
    "Limits",
    "Mention",
    "Modality",
    "NotFound",
    "Obligation",
    "Paragraph",
    "RDFGraph",
    "Reference",
    "RegkbError",
    "Row",
    "Sanction",
    "SearchKind",
    "SearchResult",
    "Section",
    "Span",
    "SparqlResult",
    "Statement",
    "Target",
    "TermUse",
    "Value",
    "__version__",
]
