"""The closed vocabularies of the API's filters, as ``Literal`` types (a typo fails a type check).

Each runtime tuple the library checks against is defined next to the code that produces the
values (``model.MODALITIES``, ``compare.CLAIM_KINDS``, ``index.KINDS``); the tests check that
these types and those tuples agree.

>>> from typing import get_args
>>> get_args(Modality)
('obligation', 'prohibition', 'permission', 'encouragement', 'right')
"""

from __future__ import annotations

from typing import Literal

from .model import Modality

__all__ = ["ChangeKind", "DocumentKind", "Modality", "SearchKind"]

#: what a change between two versions did (see compare.py), including the kinds only a claim can have
ChangeKind = Literal["unchanged", "reworded", "amended", "added", "removed", "moved", "merged", "split",
                     "context", "not-described"]

#: what a search hit is (see index.py)
SearchKind = Literal["article", "paragraph", "item", "definition", "obligation", "sanction", "claim", "change",
                     "commentary", "law", "text"]

#: what a corpus document is
DocumentKind = Literal["regulation", "commentary"]
