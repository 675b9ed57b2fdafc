"""Doubts about the text set apart after the last article (session 10).

After the last article the parser keeps some blocks out of the law (structure.py ``keep_apart``): the words after a
rule that closes the law (a disclaimer, a credit), an editor's comment, an annex, the text under a chapter heading
that no article follows. They are kept whole and read for nothing. Such a block may be law that lost its heading
(an article whose "Article N" the converter dropped), and two things in it say so: it cites an article ("Article
5", "the preceding article"), or a modal ("shall", "must", "may") binds a party that the law itself binds (a
subject the document has as an actor). Then ``regkb check`` warns at the block (``set-apart-doubt``); the text is
kept as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Actor, Block, Diagnostic
from . import ParsedDocument
from . import patterns as P
from .structure import ANNEX, PART_TEXT

_SET_APART = ("comment", ANNEX, PART_TEXT)
# a name's leading determiner: "the keeper", "its keeper" and "a dog keeper" name the party as "keeper", "dog keeper"
_DETERMINER = re.compile(r"^(?:(?:the|a|an|any|each|every|its|their|such) )+")  # comment: structure.keep_apart's kind


def _words(text: str) -> str:
    """Lower-cased words, each without a plural "s", between single spaces: "Stall holders" -> " stall holder "."""
    return " " + " ".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
                          for w in re.findall(r"[a-z][a-z'’-]*", text.lower())) + " "


def _names(actors: Iterable[Actor]) -> dict[str, set[str]]:
    """For each document, the names of the parties its law names (as words, see :func:`_words`)."""
    out: dict[str, set[str]] = {}
    for a in actors:
        said: dict[str, set[str]] = {}  # the actor's mentions by document, in one pass (not a pass per document)
        for m in a.mentions:
            said.setdefault(m.document, set()).add(m.text)
        for doc, texts in said.items():
            forms = {a.label, *a.aliases, *texts}
            out.setdefault(doc, set()).update(w for f in forms if len(w := _DETERMINER.sub("", _words(f).strip())) >= 3)
    return out


def _cited(text: str) -> str | None:
    """The first article the block cites: "Article 5" (not "Article 5 of the X Law", another instrument's), or a
    relative one ("the preceding article", "this Article")."""
    for m in P.ARTICLE_REF.finditer(text):
        if m.group("scope") or not P.CITES_OTHER_INSTRUMENT.match(text, m.end()):
            return m.group()
    for m in P.RELATIVE_REF.finditer(text):
        if (m.group("unit") or m.group("self") or "").lower().startswith("article"):
            return m.group()
    return None


def _bound(text: str, names: set[str]) -> str | None:
    """A modal clause whose subject names a party of the law: the clause up to its modal, as printed."""
    for m in P.SET_APART_MODAL.finditer(text):
        start = max(text.rfind(c, 0, m.start()) for c in ".;:!?\n")
        subject = text[start + 1 : m.start()].rsplit(",", 1)[-1]
        said = _words(subject)
        if any(f" {n} " in said for n in names):
            return " ".join(text[start + 1 : m.end()].split())
    return None


def set_apart_doubts(docs: list[ParsedDocument], actors: Iterable[Actor], sources: dict[str, str]) -> list[Diagnostic]:
    """A warning for every block set apart after the last article that cites an article or binds a party of the law."""
    names = _names(actors)
    out: list[Diagnostic] = []
    for p in docs:
        if not p.articles:
            continue
        last = max(p.articles, key=lambda a: a.span.start)
        src = sources.get(p.document.id, "")
        blocks: list[Block] = [b for b in p.blocks if b.kind in _SET_APART and b.span.start > last.span.start]
        for b in blocks:
            why: list[str] = []
            cited = _cited(b.text)
            if cited:
                why.append(f"it cites {cited!r}")
            bound = _bound(b.text, names.get(p.document.id, set()))
            if bound:
                why.append(f"{bound[-80:]!r} binds a party the law binds")
            if not why:
                continue
            line = src.count("\n", 0, b.span.start) + 1
            col = b.span.start - (src.rfind("\n", 0, b.span.start) + 1) + 1
            out.append(Diagnostic("warning", p.document.path, line, col,
                                  f"the {b.kind} {b.eid} after {last.label} (the last article) is kept apart, not read "
                                  f"as law, but {' and '.join(why)}: it may be law that lost its heading",
                                  "if it is law, give it its 'Article N' heading (or remove what sets it apart); "
                                  "otherwise nothing to do", "set-apart-doubt"))
    return out
