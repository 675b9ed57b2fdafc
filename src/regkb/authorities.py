"""Authorities: which actors are public bodies, and which body of the registry (``bodies.yaml``) each names.

An actor is an *authority* when the texts or the registry make it one: it imposes a penalty in a
sanction, it is a body of the registry, or its head noun names a public body ("... department",
"... organ", "... administration", general English, never a text's names).

An authority is linked to a registry body by its name or any alias the texts use:

- *exactly* when the normalised names are equal (case, leading articles, plurals, "&" and spacing
  set aside): "the Cyberspace Administration of China", "CAC";
- *fuzzily* when, once the words that name any public body are set aside ("ministry", "department",
  "organ", "competent", "national", "of China", ...), the words left are the same: "the competent
  department for industry and information technology" and "Ministry of Industry and Information
  Technology", "the public security organ" and "Ministry of Public Security". A word of scope
  ("local", "provincial", "county") is kept, so a local body is never taken for a national one.
  A fuzzy link says so (``fuzzy=True``, a warning in ``regkb check``), and two bodies that fit
  equally well give no link at all.

Every other authority stays unlinked, an actor of its own, and ``regkb check`` says so.

>>> from regkb.model import Body
>>> miit = Body("miit", "Ministry of Industry and Information Technology", ("MIIT",), ())
>>> link_body(["the competent department for industry and information technology"], [miit])
BodyLink(body='miit', fuzzy=True, name='the competent department for industry and information technology', \
matched='Ministry of Industry and Information Technology')
>>> link_body(["local departments for industry and information technology"], [miit]) is None
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .model import Actor, Body, Diagnostic, Sanction

if TYPE_CHECKING:
    from .parse import ParsedDocument

# Head nouns of public bodies (general English): an actor whose head noun is one of these is an authority.
PUBLIC_BODY_NOUNS = frozenset({
    "authority", "authorities", "department", "administration", "organ", "ministry", "bureau", "commission",
    "agency", "procuratorate", "court", "government", "regulator", "inspectorate",
})
# Words that name any public body, or its rank or nationality, rather than which one it is.
GENERIC = PUBLIC_BODY_NOUNS | {
    "the", "a", "an", "of", "for", "and", "in", "on", "under", "charge", "competent", "relevant", "responsible",
    "concerned", "national", "state", "central", "china", "chinese", "people's", "peoples", "republic", "prc",
    "office", "council", "body", "bodies", "division", "section", "unit", "level", "with",
}
_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True, slots=True)
class BodyLink:
    """An actor's name matched to a registry body: which body, how (exact or fuzzy), and the two names."""

    body: str
    fuzzy: bool
    name: str  # the actor's name as the texts give it
    matched: str  # the body's name, abbreviation or alias it matched


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and (word.endswith("eaus") or not word.endswith(("ss", "us", "is"))):
        return word[:-1]
    return word


def words(name: str) -> list[str]:
    """The words of a name, lower-case and singular ("The Public Security Organs" -> public, security, organ)."""
    return [_singular(w) for w in _WORD.findall(name.lower().replace("&", " and ").replace("’", "'"))]


def normalised(name: str) -> str:
    """A name for exact comparison: lower-case, singular, without leading articles and punctuation."""
    ws = words(name)
    while ws and ws[0] in ("the", "a", "an", "any", "all"):
        ws = ws[1:]
    return " ".join(ws)


_GENERIC_SINGULAR = frozenset(_singular(g) for g in GENERIC)
_PUBLIC_BODY_HEADS = frozenset(_singular(n) for n in PUBLIC_BODY_NOUNS)


def distinctive(name: str) -> frozenset[str]:
    """The words that say which body a name is: the name less the words that name any public body."""
    return frozenset(w for w in words(name) if w not in _GENERIC_SINGULAR)


def _body_names(body: Body) -> list[str]:
    return [body.name, *body.abbreviations, *body.aliases]


@dataclass(frozen=True, slots=True)
class _BodyIndex:
    """The registry's names, normalised once (regkb#16: they were normalised again for every actor)."""

    exact: dict[str, tuple[str, str]]  # normalised name -> (body id, name): the first in registry order
    fuzzy: dict[frozenset[str], list[tuple[str, str]]]  # distinctive words -> (body id, name), in registry order


_INDEXES: dict[tuple[Body, ...], _BodyIndex] = {}


def _index(bodies: Sequence[Body]) -> _BodyIndex:
    key = tuple(bodies)
    found = _INDEXES.get(key)
    if found is None:
        exact: dict[str, tuple[str, str]] = {}
        fuzzy: dict[frozenset[str], list[tuple[str, str]]] = {}
        for body in key:
            for bn in _body_names(body):
                norm = normalised(bn)
                if norm:
                    exact.setdefault(norm, (body.id, bn))
                theirs = distinctive(bn)
                # an abbreviation is one word: only an exact match ("CAC") links it
                if theirs and len(words(bn)) > 1:
                    fuzzy.setdefault(theirs, []).append((body.id, bn))
        found = _BodyIndex(exact, fuzzy)
        _INDEXES.clear()  # one registry at a time: the cache never grows
        _INDEXES[key] = found
    return found


def link_body(names: Iterable[str], bodies: Sequence[Body]) -> BodyLink | None:
    """The registry body that one of ``names`` (an actor's label and aliases) names, exactly or fuzzily."""
    names = [n for n in names if n and n.strip()]
    index = _index(bodies)
    for n in names:
        key = normalised(n)
        hit = index.exact.get(key) if key else None
        if hit is not None:
            return BodyLink(hit[0], False, n, hit[1])
    candidates: dict[str, BodyLink] = {}
    for n in names[:1]:  # fuzzily, the label only: an alias as printed may have lost a scope word ("local X and Y")
        mine = distinctive(n)
        if not mine:
            continue
        for body_id, bn in index.fuzzy.get(mine, ()):
            candidates.setdefault(body_id, BodyLink(body_id, True, n, bn))
    if len(candidates) == 1:
        return next(iter(candidates.values()))
    return None


def _head(label: str) -> str:
    """The head noun: the word before the first preposition, relative pronoun or participle."""
    ws = label.lower().split()
    for k, w in enumerate(ws):
        if k and (w in ("of", "for", "at", "in", "with", "under", "by", "from", "to", "on", "that", "which", "who")
                  or (w.endswith("ed") and k + 1 < len(ws))):
            return _singular(ws[k - 1])
    return _singular(ws[-1]) if ws else ""


def authority_ids(actors: Iterable[Actor], sanctions: Iterable[Sanction], bodies: Sequence[Body]) -> set[str]:
    """The actors that are authorities: registry bodies, those that impose a penalty, those whose head noun
    names a public body, and those that name a body of the registry."""
    imposing = {a for s in sanctions for a in s.authorities}
    out = set()
    for a in actors:
        if (a.basis in ("registry", "authority") or a.id in imposing or _head(a.label) in _PUBLIC_BODY_HEADS
                or link_body([a.label, *a.aliases], bodies) is not None):
            out.add(a.id)
    return out


def body_links(actors: Iterable[Actor], bodies: Sequence[Body]) -> dict[str, BodyLink]:
    """Actor id -> the registry body it names (exactly or fuzzily), for every actor that names one."""
    out = {}
    for a in actors:
        link = link_body([a.label, *sorted(a.aliases)], bodies)
        if link is not None:
            out[a.id] = link
    return out


def authority_diagnostics(actors: Sequence[Actor], sanctions: Sequence[Sanction], bodies: Sequence[Body],
                          docs: Sequence[ParsedDocument], sources: dict[str, str]) -> list[Diagnostic]:
    """``regkb check``: a warning for each authority linked to a registry body by a fuzzy match, and a note
    for each authority the registry does not have, at the first place the texts name it."""
    paths = {p.document.id: p.document.path for p in docs}
    first: dict[str, tuple[str, int]] = {}
    for s in sanctions:
        for aid in s.authorities:
            first.setdefault(aid, (s.document, s.span.start))
    links = body_links(actors, bodies)
    authorities = authority_ids(actors, sanctions, bodies)  # once: per actor it was quadratic (regkb#16)
    out: list[Diagnostic] = []
    for a in actors:
        if a.id not in authorities or a.basis == "registry":
            continue
        place = (a.mentions[0].document, a.mentions[0].span.start) if a.mentions else first.get(a.id)
        if place is None or place[0] not in paths:
            continue
        src = sources.get(place[0], "")
        line = src.count("\n", 0, place[1]) + 1
        col = place[1] - (src.rfind("\n", 0, place[1]) + 1) + 1
        link = links.get(a.id)
        if link is not None and link.fuzzy:
            out.append(Diagnostic("warning", paths[place[0]], line, col,
                                  f"authority {a.label!r} taken as the registry body {link.matched!r} "
                                  f"({link.body}) by a fuzzy title match",
                                  "check it; add the name to the body's aliases in bodies.yaml to make it exact",
                                  "authority-fuzzy"))
        elif link is None:
            out.append(Diagnostic("info", paths[place[0]], line, col,
                                  f"authority {a.label!r} is not linked to a body of the registry",
                                  "if it is one of the bodies in bodies.yaml, add this name to its aliases; "
                                  "otherwise it stays an authority of its own", "authority-unlinked"))
    return out


def find_body(bodies: Sequence[Body], name: str) -> Body | None:
    """The registry body with this id, name, abbreviation or alias (names compared normalised), or None."""
    key = normalised(name)
    for body in bodies:
        if name.strip().lower() == body.id.lower() or any(key == normalised(n) for n in _body_names(body)):
            return body
    return None
