"""Citations of a registry law reach its text when the corpus holds it.

A corpus document whose frontmatter says ``law: <id>`` is the text of that law from
``laws.yaml``. A reference to the law then also points at the document, and a reference to
one of its articles ("Article 13 of the PIPL") at that article.
"""

from __future__ import annotations

import dataclasses

from ..model import Reference, Target
from . import ParsedDocument


def law_documents(parsed: list[ParsedDocument]) -> dict[str, ParsedDocument]:
    """law id -> the corpus document that holds its text (the latest version when there are several)."""
    out: dict[str, ParsedDocument] = {}
    for p in sorted(parsed, key=lambda p: p.document.id):
        law = p.document.frontmatter.get("law")
        if isinstance(law, str) and law:
            out[law] = p
    return out


def link_law_texts(refs: list[Reference], parsed: list[ParsedDocument]) -> list[Reference]:
    """The references with citations of a law whose text is in the corpus pointed at that text (document, article,
    paragraph)."""
    texts = law_documents(parsed)
    if not texts:
        return refs
    out: list[Reference] = []
    for r in refs:
        if not any(t.law in texts for t in r.targets):
            out.append(r)
            continue
        targets: list[Target] = []
        notes: list[str] = []
        for t in r.targets:
            p = texts.get(t.law or "")
            if p is None:
                targets.append(t)
                continue
            doc = p.document.id
            if t.article is None:
                targets.append(dataclasses.replace(t, document=doc))
                continue
            art = next((a for a in p.articles if a.number == t.article), None)
            if art is None:
                notes.append(f"the text of {t.law} in the corpus ({doc}) has no Article {t.article}")
                targets.append(dataclasses.replace(t, document=doc))
                continue
            prov = art.id
            if t.paragraph is not None and 0 < t.paragraph <= len(art.paragraphs):
                prov = art.paragraphs[t.paragraph - 1].id
            targets.append(dataclasses.replace(t, document=doc, provision=prov))
        note = "; ".join(filter(None, [r.note, *notes]))
        out.append(dataclasses.replace(r, targets=tuple(targets), note=note))
    return out
