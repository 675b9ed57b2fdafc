"""Draft-to-final changes as the site shows them, read from ``kb.changes()`` and ``kb.claims``.

Read through ``getattr`` so that the site builds before and after the comparison stage lands: a
knowledge base without changes gives an empty list. The draft side of a change is labelled
"quote" (the draft's own words, as a commentary quotes them), "paraphrase" (the commentary's
words) or "explanatory-note" (quoted from the draft's explanatory notes: not draft text either);
where the older version's own text is in the corpus, it is labelled "text".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Change:
    id: str
    kind: str
    quoted: str | None  # "quote", "paraphrase", "explanatory-note", "text" or None (no draft side)
    draft_text: str
    final: tuple[tuple[str, str], ...]  # (document id, provision eId) of the final side
    note: str
    source: tuple[str, str] | None  # (commentary document id, block eId) the draft side comes from
    redline: tuple[tuple[str, str], ...] = ()  # ("=", kept) ("-", deleted) ("+", inserted)
    effects: tuple[str, ...] = ()  # what the change does to duties, in words
    topic: str = ""

    @property
    def draft_absent(self) -> bool:
        """Whether the sources give no draft text for this change."""
        return not self.draft_text


def _label(label: Any, quoted: Any) -> str | None:
    lab = str(label or "").lower()
    if "note" in lab:
        return "explanatory-note"
    if "paraphrase" in lab:
        return "paraphrase"
    if "quote" in lab:
        return "quote"
    if quoted is True:
        return "quote"
    if quoted is False:
        return "paraphrase"
    return None


def _split(pid: str, default_doc: str) -> tuple[str, str]:
    if "/" in pid:
        doc, eid = pid.rsplit("/", 1)
        return doc, eid
    return default_doc, pid


def _effect(e: Any) -> str:
    kind = str(getattr(e, "kind", "") or "").replace("-", " ")
    before, after = getattr(e, "before", "") or "", getattr(e, "after", "") or ""
    actor = str(getattr(e, "actor", "") or "").split("/", 1)[-1].replace("-", " ")
    text = kind + (f" ({actor})" if actor else "")
    if before or after:
        text += f": {before or '—'} → {after or '—'}"
    return text


def changes_of(kb: Any) -> list[Change]:
    """The knowledge base's changes as the site shows them (an empty list when it has none)."""
    attr = getattr(kb, "changes", None)
    if attr is None:
        return []
    raw = attr() if callable(attr) else attr
    claims = {getattr(c, "id", None): c for c in (getattr(kb, "claims", None) or ())}
    out: list[Change] = []
    for n, c in enumerate(raw or ()):
        to_doc = str(getattr(c, "to_document", "") or "")
        claim = claims.get(getattr(c, "claim", None))
        finals = [_split(p, to_doc) for p in getattr(c, "to_provisions", ()) or ()]
        if not finals:
            finals = [(to_doc, f"art_{a}") for a in getattr(c, "to_articles", ()) or ()]
        text, quoted, source, topic = "", None, None, ""
        if claim is not None:
            text = str(getattr(claim, "text", "") or "")
            quoted = _label(getattr(claim, "label", None) or getattr(c, "label", None), getattr(c, "quoted", None))
            block = str(getattr(claim, "block", "") or "")
            if block:
                source = (str(getattr(claim, "document", "")), block.rsplit("/", 1)[-1])
            topic = str(getattr(claim, "topic", "") or "")
        else:
            from_doc = str(getattr(c, "from_document", "") or "")
            parts = []
            for pid in getattr(c, "from_provisions", ()) or ():
                try:
                    parts.append(kb.get(pid if "/" in pid else f"{from_doc}/{pid}").text)
                except KeyError:
                    continue
            if parts:
                text, quoted = " ".join(parts), "text"
        out.append(Change(
            id=re.sub(r"[^A-Za-z0-9_-]+", "-", str(getattr(c, "id", "") or f"change-{n + 1}")).strip("-"),
            kind=str(getattr(c, "kind", "") or "changed"),
            quoted=quoted if text else None,
            draft_text=text,
            final=tuple(finals),
            note=str(getattr(c, "note", "") or ""),
            source=source,
            redline=tuple((str(a), str(b)) for a, b in (getattr(c, "redline", ()) or ())),
            effects=tuple(_effect(e) for e in getattr(c, "effects", ()) or ()),
            topic=topic,
        ))
    return out
