"""Word files (.docx): body paragraphs and tables in order (python-docx); page headers and
footers live in their own parts and are listed, not read as text."""

from __future__ import annotations

import io

from .pipeline import Block, Draft, Furniture, Line, Stage
from .wordnum import Numbering


class OpenDocx(Stage):
    """Reads ``data``; writes ``tree`` (a python-docx Document) and the core properties' title."""

    def __call__(self, draft: Draft) -> None:
        import docx

        draft.tree = docx.Document(io.BytesIO(draft.data))
        title = draft.tree.core_properties.title
        if title and title.strip():
            draft.meta["title"] = title.strip()


class HeadersAndFooters(Stage):
    """Reads ``tree``; lists the page headers and footers in ``furniture`` (they are not body text)."""

    def __call__(self, draft: Draft) -> None:
        seen: set[str] = set()
        for section in draft.tree.sections:
            for part, what in ((section.header, "page header"), (section.footer, "page footer")):
                if part is None:
                    continue
                for p in part.paragraphs:
                    t = " ".join(p.text.split())
                    if t and f"{what}:{t}" not in seen:
                        seen.add(f"{what}:{t}")
                        draft.furniture.append(Furniture(t, f"{what} of the Word file"))


class DocxBlocks(Stage):
    """Reads ``tree``; writes ``blocks``: each body paragraph (and table cell paragraph) in order,
    split where a manual line break (<w:br/>) breaks it. Automatic list numbers are not text in
    a .docx: they are rendered from the file's list definitions (:mod:`.wordnum`) and put before
    the paragraph's text, and the user is told."""

    def __call__(self, draft: Draft) -> None:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        doc = draft.tree
        numbering = Numbering(doc)
        numbered = 0
        for child in doc.element.body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            paras: list[Paragraph] = []
            if tag == "p":
                paras = [Paragraph(child, doc)]
            elif tag == "tbl":
                table = Table(child, doc)
                for row in table.rows:
                    for cell in row.cells:
                        paras.extend(cell.paragraphs)
            for p in paras:
                label = numbering.label(p)
                numbered += label is not None
                for k, piece in enumerate(p.text.split("\n")):
                    t = " ".join(piece.split())
                    if label is not None and k == 0:
                        t = (label + t).strip()
                    if t:
                        draft.blocks.append(Block([Line(t)]))
        if numbered:
            draft.notes.append(f"{numbered} paragraph number(s) come from Word's automatic numbering, not from the "
                               "text: they were rendered from the file's list definitions as Word prints them; "
                               "compare the article and item numbers with the printed document")
        if numbering.unresolved:
            draft.notes.append(f"{numbering.unresolved} paragraph(s) point to a Word list that the file does not "
                               "define: their numbers are missing from the text; check the article and item numbers")


PIPELINE: list[Stage] = [OpenDocx(), HeadersAndFooters(), DocxBlocks()]
