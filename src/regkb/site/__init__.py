"""The static site: pages generated from the knowledge base (see generate.py) and built by regkb.build."""

from __future__ import annotations

from .generate import generate, short_name

__all__ = ["generate", "short_name"]
