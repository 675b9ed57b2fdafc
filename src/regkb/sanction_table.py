"""Sanctions as rows with their provenance: what the CLI prints and the site's CSV downloads hold.

One row per sanction, and per role when an actor is asked about: the penalties an actor faces
(``role="violator"``) and the penalties an authority has the power to impose (``role="authority"``).
Every row carries where the words are: the document, article, paragraph, item, the character span in
the source, and the file, line and column; the clause, the penalties and the condition are quoted as
printed, never paraphrased. A party the text does not name is ``None`` (the table says so).

>>> from regkb import KnowledgeBase
>>> kb = KnowledgeBase.from_corpus("corpus")
>>> row = sanction_rows(kb, kb.sanctions_of(document="deep-synthesis-provisions"))[0]
>>> row["article"], row["text"] in kb.sources[row["document"]]
(22, True)
>>> kb.sources[row["document"]][row["start"]:row["end"]] == row["text"]
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from .authorities import BodyLink, body_links, find_body
from .model import Actor, Body, Item, Sanction

if TYPE_CHECKING:
    from .parsed import ParsedCorpus

Role = Literal["violator", "authority"]
PROVISION = re.compile(r"art_(\d+)(?:__para_(\d+))?(?:__item_(\d+))?")

#: the columns of a row, in order (the CSV header)
COLUMNS: tuple[str, ...] = (
    "actor", "role", "citation", "violator", "authority", "penalties", "condition", "text", "trigger", "document",
    "article", "paragraph", "item", "provision", "start", "end", "file", "line", "column", "id",
)


def citation(kb: ParsedCorpus, document: str, eid: str) -> str:
    """"Art. 66(2)" or "Art. 13(1)(2)": the place of a provision eId, with the item's label as printed."""
    m = PROVISION.match(eid or "")
    if not m:
        return ""
    out = f"Art. {m.group(1)}"
    if m.group(2):
        out += f"({m.group(2)})"
    if m.group(3):
        label = f"({m.group(3)})"
        obj = kb._by_id.get(f"{document}/{eid}")
        if isinstance(obj, Item):
            label = obj.label if obj.label.startswith("(") else f"({obj.label})"
        out += label
    return out


def _place(kb: ParsedCorpus, s: Sanction) -> dict[str, Any]:
    m = PROVISION.match(s.eid or "")
    item = None
    if m and m.group(3):
        obj = kb._by_id.get(s.provision)
        item = obj.label if isinstance(obj, Item) else m.group(3)
    src = kb.sources.get(s.document, "")
    line = src.count("\n", 0, s.span.start) + 1
    column = s.span.start - (src.rfind("\n", 0, s.span.start) + 1) + 1
    try:
        file = kb.document(s.document).path
    except KeyError:
        file = ""
    return {"paragraph": int(m.group(2)) if m and m.group(2) else None, "item": item, "file": file, "line": line,
            "column": column}


def sanction_rows(kb: ParsedCorpus, sanctions: Iterable[Sanction], actor: Actor | None = None) -> list[dict[str, Any]]:
    """Rows for sanctions, in the given order. With ``actor``: its role in each (violator, authority, or a row
    for each when it is both); without: the role is empty."""
    out: list[dict[str, Any]] = []
    for s in sanctions:
        roles: list[Role | None] = [None]
        if actor is not None:
            both: tuple[tuple[Role, tuple[str, ...]], ...] = (("violator", s.violators), ("authority", s.authorities))
            roles = [r for r, ids in both if actor.id in ids]
        for role in roles:
            out.append({
                "actor": actor.label if actor is not None else "", "role": role or "",
                "citation": citation(kb, s.document, s.eid), "violator": s.violator,
                "authority": s.authority, "penalties": s.penalties, "condition": s.condition, "text": s.text,
                "trigger": s.trigger, "document": s.document, "article": s.article, **_place(kb, s),
                "provision": s.provision, "start": s.span.start, "end": s.span.end, "id": s.id,
                "violators": list(s.violators), "authorities": list(s.authorities),
                "penalties_start": s.penalties_span.start, "penalties_end": s.penalties_span.end,
            })
    return [{k: r[k] for k in (*COLUMNS, "violators", "authorities", "penalties_start", "penalties_end")}
            for r in out]


def sanctions_for(kb: ParsedCorpus, actor: Actor) -> list[dict[str, Any]]:
    """An actor's rows: the penalties it faces, then the penalties it has the power to impose."""
    faced = kb.sanctions_of(actor)
    powers = [s for s in kb.sanctions_of(authority=actor) if s not in faced]
    return sanction_rows(kb, (*faced, *powers), actor)


def imposed_by_body(kb: ParsedCorpus, name: str) -> tuple[Body, list[tuple[Actor, BodyLink]]] | None:
    """For a body of the registry (id, name, abbreviation or alias): the body and the actors linked to it, each
    with its link (exact or fuzzy); None if no body of the registry has that name."""
    body = find_body(kb.bodies, name)
    if body is None:
        return None
    links = body_links(kb.actors, kb.bodies)
    return body, [(a, links[a.id]) for a in kb.actors if a.id in links and links[a.id].body == body.id]
