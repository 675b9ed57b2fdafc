"""References (placeholder until the extractor lands)."""

from __future__ import annotations

from ..model import Law, Reference
from . import ParsedDocument


def find_references(docs: list[ParsedDocument], laws: tuple[Law, ...]) -> list[Reference]:
    return []
