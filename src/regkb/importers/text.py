"""Plain text and Markdown: decoded, newlines normalised; the layout reader does the rest."""

from __future__ import annotations

import re

from .. import textcodec
from ..errors import error_at
from .pipeline import Block, Draft, Line, Stage
from .register import RegisterTable


class Decode(Stage):
    """Reads ``data``; writes ``tree`` (the text, newlines as LF) and a note when it was not UTF-8."""

    def __call__(self, draft: Draft) -> None:
        try:
            decoded = textcodec.decode(draft.data)
        except UnicodeDecodeError as exc:  # a UTF-16 mark on bytes that are not UTF-16
            raise error_at(str(draft.path), draft.data.count(b"\n", 0, exc.start) + 1, 1,
                           f"the file opens with UTF-16's byte order mark but is not UTF-16 ({exc.reason})",
                           "re-save it as UTF-8", "encoding") from exc
        text = decoded.text
        if "\x00" in text:  # refused here, as the corpus reader would refuse the document it became
            raise error_at(str(draft.path), text.count("\n", 0, text.index("\x00")) + 1, 1,
                           "the file is binary (it contains NUL bytes), not text",
                           "convert it to UTF-8 plain text or Markdown first", "binary")
        if not decoded.is_utf8 or decoded.doubt:
            draft.notes.append(textcodec.note(draft.path.name, decoded) + "; the corpus copy is UTF-8")
        if "\r" in text:
            draft.notes.append(f"{draft.path.name} has {'CRLF' if chr(13) + chr(10) in text else 'CR'} line ends: "
                               "written as LF")
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        if decoded.doubt:  # said in the text too (at its end), so that `regkb check` warns until someone has looked
            text = text.rstrip("\n") + f"\n\n<!-- regkb doubt (encoding-doubt): {textcodec.note(draft.path.name, decoded)} -->\n"
        draft.tree = text


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


PIPELINE: list[Stage] = [Decode(), SplitFrontmatter(), RegisterTable(), TextBlocks()]
