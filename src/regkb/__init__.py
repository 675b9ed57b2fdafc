"""regkb: a knowledge base of regulatory texts.

>>> from regkb import KnowledgeBase
>>> kb = KnowledgeBase.from_corpus("corpus")
>>> kb.article(18).label
'Article 18'
"""

from .errors import NotFound, RegkbError
from .kb import KnowledgeBase
from .model import (
    Actor,
    Article,
    Block,
    Chapter,
    Definition,
    Diagnostic,
    Document,
    Item,
    Law,
    Obligation,
    Paragraph,
    Reference,
    Section,
    Span,
    Target,
    TermUse,
)

__all__ = [
    "Actor",
    "Article",
    "Block",
    "Chapter",
    "Definition",
    "Diagnostic",
    "Document",
    "Item",
    "KnowledgeBase",
    "Law",
    "NotFound",
    "Obligation",
    "Paragraph",
    "Reference",
    "RegkbError",
    "Section",
    "Span",
    "Target",
    "TermUse",
]
__version__ = "0.1.0"
