"""Export formats: one function per format, each returning the whole output as text."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .kb import KnowledgeBase


def _json(kb: KnowledgeBase) -> str:
    return kb.to_json()


# format name -> (renderer, one-line description). Later stages add their formats here.
EXPORTERS: dict[str, tuple[Callable[[KnowledgeBase], str], str]] = {
    "json": (_json, "the whole knowledge base as one JSON document (the documented contract)"),
}


def render(kb: KnowledgeBase, fmt: str) -> str:
    try:
        fn, _ = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(sorted(EXPORTERS))}") from None
    return fn(kb)
