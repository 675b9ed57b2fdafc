"""Obligations and actors (placeholder until the extractor lands)."""

from __future__ import annotations

from ..model import Actor, Body, Obligation
from . import ParsedDocument


def extract_obligations(docs: list[ParsedDocument], bodies: tuple[Body, ...] = ()) -> tuple[list[Obligation], list[Actor]]:
    return [], []
