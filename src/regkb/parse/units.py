"""Provision units: the pieces of an article that extraction works on, with their clean text."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from ..model import Article, Paragraph, Span
from ..textspan import Clean
from . import patterns as P
from .sentences import sentence_bounds


@dataclass(frozen=True, slots=True)
class Unit:
    """A paragraph (items included) of one article, as clean text mapped to the source."""

    document: str
    article: int
    paragraph: Paragraph
    clean: Clean

    def provision_at(self, span: Span) -> str:
        """Global id of the most specific provision (item, else paragraph) that contains ``span``."""
        for item in self.paragraph.items:
            if item.span.contains(span):
                return item.id
        return self.paragraph.id


def regions(unit: Unit) -> list[tuple[int, int]]:
    """Sentence regions of a paragraph: intro sentences, then each item on its own."""
    text = unit.clean.text
    par = unit.paragraph
    if not par.items:
        return sentence_bounds(text)
    first = len(par.intro) if par.intro else 0
    regions = [(a, min(b, first)) for a, b in sentence_bounds(text[:first])] if first else []
    if par.table_header:  # a table's rows: each filled cell (parse/tables.py)
        from .tables import table_regions

        return table_regions(unit, regions)
    pos = first
    starts: list[int] = []
    ends: list[int] = []
    for it in par.items:
        k = text.find(it.label, pos)
        if k < 0:
            break
        pos = k + len(it.label)
        # (Session 11, obl12) "- (b) wear ..." in a bulleted list: the bullet before a label belongs to that item, so
        # the item before ends before it ("- (a) cook ...;" does not take the next item's "-")
        bullet = BULLET_BEFORE_LABEL.search(text, first, k)
        starts.append(k)
        ends.append(bullet.start() if bullet else k)
    for i, s in enumerate(starts):
        e = ends[i + 1] if i + 1 < len(starts) else len(text)
        inner = INNER_LIST.search(text, s, e)
        if inner and not P.MODAL.search(text, inner.end(), e):
            # an item that holds a list of its own ("(1) installing terminals ..., namely: 1. a terminal that ...;
            # 2. ..."): the list says what the item's thing is (contents), it states no conduct of its own; the item's
            # clause ends at the colon (a list inside with a modal verb of its own is read with its item, as before)
            regions.append((s, inner.start() + 1))
        else:
            regions.append((s, e))
    return regions


# a bullet alone before an item's label at the start of its line ("\n- (b)", "\n  • (2)"; in the clean text the line
# break is a space after the item before's ";" / "." / the lead-in's ":")
BULLET_BEFORE_LABEL = re.compile(r"(?:(?<=[\n;:.；：。])|^)[ \t]*[-*+•·▪◦‣][ \t]+$")

# the colon that opens a list inside an item: a label ("1.", "a)", "(i)") or a bullet follows it
INNER_LIST = re.compile(r"[:：]\s+(?=(?:[(（]?[0-9A-Za-z]{1,4}[.)）]|[-•*·])\s)")


def units_of(source: str, junk: list[Span], document: str, articles: list[Article]) -> list[Unit]:
    """The paragraphs of the articles as :class:`Unit` s, each with its clean text mapped to the source."""
    out = []
    for art in articles:
        for par in art.paragraphs:
            out.append(Unit(document, art.number, par, Clean.from_source(source, par.span.start, par.span.end, junk)))
    return out


def singular(word: str) -> str:
    """A plain English singular for the last word of a noun phrase.

    >>> [singular(w) for w in ("providers", "authorities", "services", "data", "news", "process")]
    ['provider', 'authority', 'service', 'data', 'news', 'process']
    """
    w = word
    if w.lower() in ("data", "news", "means", "series", "species", "status", "media", "criteria"):
        return w
    if w.lower() == "children":  # the one irregular plural of a party noun in these texts (session 10)
        return w[:-3]
    if w.lower().endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.lower().endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.lower().endswith("eaus"):  # "bureaus", "plateaus"
        return w[:-1]
    if w.lower().endswith("s") and not w.lower().endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def plural(word: str) -> str:
    """A plain English plural of a word (mass nouns such as "data" unchanged)."""
    w = word
    if w.lower() in ("data", "news", "information", "software", "personnel", "media"):
        return w
    if w.lower().endswith("y") and len(w) > 2 and w[-2].lower() not in "aeiou":
        return w[:-1] + "ies"
    if w.lower().endswith(("s", "x", "z", "ch", "sh")):
        return w + "es"
    return w + "s"


def head_index(words: list[str]) -> int:
    """Index of the head noun of a noun phrase: the last word before 'of'/'for'/'on', else the last."""
    for k, w in enumerate(words):
        if k > 0 and w.lower() in ("of", "for", "on", "in", "at", "with"):
            return k - 1
    return len(words) - 1


def noun_forms(phrase: str) -> set[str]:
    """Singular and plural forms of a noun phrase (its head noun inflected), lower-cased.

    >>> sorted(noun_forms("Technical supporters of deep synthesis services"))
    ['technical supporter of deep synthesis services', 'technical supporters of deep synthesis services']
    """
    words = phrase.lower().split()
    if not words:
        return set()
    h = head_index(words)
    sing = [*words[:h], singular(words[h]), *words[h + 1:]]
    plur = [*words[:h], plural(singular(words[h])), *words[h + 1:]]
    return {" ".join(words), " ".join(sing), " ".join(plur)}


def key_of(phrase: str) -> str:
    """Canonical key of a noun phrase: lower case, singular head noun."""
    words = phrase.lower().split()
    if not words:
        return ""
    h = head_index(words)
    words[h] = singular(words[h])
    return " ".join(words)


def unit_finder(units: list[Unit]) -> Callable[[Span], Unit | None]:
    """``find(span)``: the first of ``units`` whose paragraph contains ``span`` (None if none does), by bisection
    when the paragraphs are in text order and apart (each ends before the next starts, as in one document: then
    at most one can contain a span), else by a scan of the list. The same answer as the scan either way.

    >>> find = unit_finder([])
    >>> find(Span(0, 1)) is None
    True
    """
    spans = [u.paragraph.span for u in units]
    if any(a.end >= b.start for a, b in itertools.pairwise(spans)):
        return lambda span: next((u for u in units if u.paragraph.span.contains(span)), None)
    starts = [s.start for s in spans]

    def find(span: Span) -> Unit | None:
        k = bisect.bisect_right(starts, span.start) - 1
        return units[k] if k >= 0 and spans[k].contains(span) else None

    return find
