"""Cross-references: to other provisions of the same text, and to laws cited by name.

Internal references ("Articles 16 and 17 hereof", "the first paragraph of Article 17",
"the preceding paragraph") resolve to exact provisions; external ones resolve to the
law registry (``corpus/laws.yaml``). What cannot be resolved is kept with
``resolved=False`` and a note, never dropped.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Diagnostic, Law, Reference, Span, Target
from . import ParsedDocument
from . import patterns as P
from .numbers import ordinal
from .units import Unit

_COUNT = {"two": 2, "three": 3, "four": 4}


def _law_matcher(laws: tuple[Law, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    names: dict[str, str] = {}
    for law in laws:
        for name in (law.title, *law.aliases, *law.short_names):
            names.setdefault(name.lower(), law.id)
    if not names:
        return None, names
    alts = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:the\s+)?(?P<name>" + alts + r")(?![\w-])", re.IGNORECASE), names


def find_references(docs: list[ParsedDocument], laws: tuple[Law, ...]) -> list[Reference]:
    matcher, names = _law_matcher(laws)
    out: list[Reference] = []
    for p in docs:
        numbers = {a.number: a for a in p.articles}
        for u in p.units:
            found: list[tuple[int, int, str, tuple[Target, ...], bool, str]] = []
            text = u.clean.text
            taken: list[tuple[int, int]] = []
            # laws from the registry
            if matcher is not None:
                for m in matcher.finditer(text):
                    law_id = names[m.group("name").lower()]
                    found.append((m.start("name"), m.end("name"), "external", (Target(law=law_id),), True, ""))
                    taken.append((m.start(), m.end()))
            # other law-like titles: kept, flagged
            for m in P.LAW_TITLE.finditer(text):
                title = m.group("title")
                a, b = m.start("title"), m.end("title")
                if not title[:1].isupper() or P.SELF_REFERENCE.match(title) or len(title.split()) < 2:
                    continue
                if any(x < b and a < y for x, y in taken):
                    continue
                found.append((a, b, "external", (), False, "this law is not in the registry (corpus/laws.yaml)"))
                taken.append((a, b))
            # "Article 17", "Articles 16 and 17 hereof", "the first paragraph of Article 17"
            for m in P.ARTICLE_REF.finditer(text):
                a, b = m.start(), m.end()
                if any(x < b and a < y for x, y in taken):
                    continue
                after = text[b : b + 200]
                law_after = matcher.match(after.lstrip(" ").removeprefix("of ")) if matcher else None
                if law_after and after.lstrip(" ").startswith("of "):
                    law_id = names[law_after.group("name").lower()]
                    end = b + (len(after) - len(after.lstrip(" "))) + 3 + law_after.end()
                    tgts = tuple(Target(law=law_id, article=n) for n in _numbers(m.group("nums")))
                    found.append((a, end, "external", tgts, True, ""))
                    taken.append((a, end))
                    continue
                para = ordinal(m.group("ord")) if m.group("ord") else None
                if m.group("para_paren"):
                    para = int(m.group("para_paren"))
                tgts_l: list[Target] = []
                missing: list[str] = []
                for n in _numbers(m.group("nums")):
                    t, why = _internal(p, numbers, n, para)
                    tgts_l.append(t)
                    if why:
                        missing.append(why)
                found.append((a, b, "internal", tuple(tgts_l), not missing, "; ".join(missing)))
                taken.append((a, b))
            # "the preceding paragraph", "this Article"
            for m in P.RELATIVE_REF.finditer(text):
                a, b = m.start(), m.end()
                if any(x < b and a < y for x, y in taken):
                    continue
                tg, ok, note = _relative(p, numbers, u, m)
                found.append((a, b, "internal", tg, ok, note))
            for counter, (a, b, kind, tgts, ok, note) in enumerate(sorted(found, key=lambda f: f[0]), 1):
                span = u.clean.span(a, b)
                prov = u.provision_at(span)
                out.append(Reference(f"{u.document}/{prov}/ref_{counter}", u.document, u.article, prov,
                                     kind, text[a:b], span, tgts, ok, note))  # type: ignore[arg-type]
    return out


def unresolved_diagnostics(refs: list[Reference], docs: list[ParsedDocument],
                           sources: dict[str, str]) -> list[Diagnostic]:
    """A warning for each internal reference whose target does not exist."""
    paths = {p.document.id: p.document.path for p in docs}
    out = []
    for r in refs:
        if r.resolved or r.kind != "internal":
            continue
        src = sources.get(r.document, "")
        line = src.count("\n", 0, r.span.start) + 1
        col = r.span.start - (src.rfind("\n", 0, r.span.start) + 1) + 1
        out.append(Diagnostic("warning", paths.get(r.document, r.document), line, col,
                              f"the reference {r.text!r} cannot be resolved: {r.note}",
                              "check the article number; the reference is kept and flagged", "unresolved-reference"))
    return out


def _numbers(nums: str) -> list[int]:
    out: list[int] = []
    tokens = re.findall(r"\d+|to", re.sub(r"\(\d+\)", "", nums))
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if t == "to" and out and k + 1 < len(tokens):
            out.extend(range(out[-1] + 1, int(tokens[k + 1]) + 1))
            k += 2
            continue
        if t != "to":
            out.append(int(t))
        k += 1
    return out


def _internal(p: ParsedDocument, numbers: dict[Any, Any], n: int, para: int | None) -> tuple[Target, str]:
    doc = p.document.id
    art = numbers.get(n)
    if art is None:
        return Target(document=doc, article=n), f"{doc} has no Article {n}"
    if para is None:
        return Target(document=doc, article=n, provision=art.id), ""
    for par in art.paragraphs:
        if par.number == para:
            return Target(document=doc, article=n, paragraph=para, provision=par.id), ""
    return Target(document=doc, article=n, paragraph=para, provision=art.id), \
        f"Article {n} has no paragraph {para} in this text (resolved to the article)"


def _relative(p: ParsedDocument, numbers: dict[Any, Any], u: Unit, m: re.Match[str]) -> tuple[tuple[Target, ...], bool, str]:
    doc = p.document.id
    unit = (m.group("unit") or m.group("self") or "").lower()
    count = _COUNT.get((m.group("count") or "").lower(), 1)
    art = numbers[u.article]
    if m.group("self"):
        if unit == "article":
            return (Target(document=doc, article=art.number, provision=art.id),), True, ""
        par = u.paragraph
        return (Target(document=doc, article=art.number, paragraph=par.number, provision=par.id),), True, ""
    if unit.startswith("paragraph"):
        k = u.paragraph.number
        wanted = list(range(max(1, k - count), k))
        if not wanted:
            return ((Target(document=doc, article=art.number, provision=art.id),), False,
                    "this is the first paragraph of its article as printed, so it has no preceding paragraph "
                    "(resolved to the article)")
        tg = tuple(Target(document=doc, article=art.number, paragraph=j, provision=art.paragraphs[j - 1].id)
                   for j in wanted)
        return tg, True, ""
    if unit.startswith("article"):
        wanted = [n for n in range(art.number - count, art.number) if n in numbers]
        if not wanted:
            return (), False, "no preceding article"
        return tuple(Target(document=doc, article=n, provision=numbers[n].id) for n in wanted), True, ""
    return (), False, f"cannot resolve 'preceding {unit}'"


__all__ = ["Span", "find_references", "unresolved_diagnostics"]
