"""Plain text and Markdown: decoded, newlines normalised; the layout reader does the rest."""

from __future__ import annotations

import re

from ..errors import error_at
from .pipeline import Block, Draft, Line, Stage

ENCODINGS = ("utf-8-sig", "gb18030", "cp1252")


class Decode(Stage):
    """Reads ``data``; writes ``tree`` (the text, newlines as LF) and a note when it was not UTF-8."""

    def __call__(self, draft: Draft) -> None:
        if b"\x00" in draft.data:  # refused here, as the corpus reader would refuse the document it became
            line = draft.data.count(b"\n", 0, draft.data.index(b"\x00")) + 1
            raise error_at(str(draft.path), line, 1, "the file is binary (it contains NUL bytes), not text",
                           "convert it to UTF-8 plain text or Markdown first", "binary")
        for enc in ENCODINGS:
            try:
                text = draft.data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - cp1252 decodes almost anything; latin-1 everything
            text = draft.data.decode("latin-1")
            enc = "latin-1"
        if enc not in ("utf-8-sig",):
            draft.notes.append(f"{draft.path.name} is not UTF-8; it was read as {enc}")
        draft.tree = text.replace("\r\n", "\n").replace("\r", "\n")


class SplitFrontmatter(Stage):
    """Reads ``tree``; moves a YAML frontmatter block at the top into ``meta['frontmatter']``."""

    def __call__(self, draft: Draft) -> None:
        import yaml

        text: str = draft.tree
        m = re.match(r"---[ \t]*\n(.*?\n)---[ \t]*\n", text, re.DOTALL)
        if not m:
            return
        try:
            data = yaml.safe_load(m.group(1))
        except yaml.YAMLError:
            return
        if isinstance(data, dict):
            draft.meta["frontmatter"] = data
            draft.tree = text[m.end():]


class TextBlocks(Stage):
    """Reads ``tree``; writes ``blocks``: the text as it is, split at blank lines (lines kept)."""

    def __call__(self, draft: Draft) -> None:
        text: str = draft.tree
        for chunk in re.split(r"\n[ \t]*\n", text.strip("\n")):
            if chunk.strip():
                draft.blocks.append(Block([Line(t.rstrip()) for t in chunk.split("\n")]))


PIPELINE: list[Stage] = [Decode(), SplitFrontmatter(), TextBlocks()]
