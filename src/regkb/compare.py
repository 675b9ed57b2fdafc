"""Compare two versions of a regulation.

The engine aligns the articles of two documents (and, inside each pair of
articles, their paragraphs and items) by text similarity, even when they were
renumbered, moved, merged or split; classifies each change; reads what the
change does to duties from the obligations extracted on each side; and builds a
word-level redline. It knows nothing about any particular regulation.

>>> old = ["Providers shall keep logs.", "Users may report abuse."]
>>> new = ["Users may report abuse.", "Providers shall keep logs for six months."]
>>> sorted((g.old, g.new) for g in align_texts(old, new))
[((0,), (1,)), ((1,), (0,))]
"""

from __future__ import annotations

import difflib
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import networkx as nx

from .model import Article, Obligation, Span, _Dump

#: change kinds of the engine. ``reworded``: the text changed and no effect on duties was found;
#: ``amended``: the text changed and the duties changed too (see ``effects``).
CHANGE_KINDS = ("unchanged", "reworded", "amended", "added", "removed", "moved", "merged", "split")
#: extra kinds used for claims about a version known only from a commentary
CLAIM_KINDS = (*CHANGE_KINDS, "context", "not-described")
EFFECT_KINDS = (
    "duty-added", "duty-removed", "bearer-added", "bearer-removed", "modality-changed",
    "condition-added", "condition-dropped", "condition-narrowed", "condition-widened", "condition-changed",
    "action-changed",  # only in reviewed alignments: the engine reports changed wording as a redline
)
#: 1:1 pairs need at least this similarity (difflib ratio over words)
MATCH_THRESHOLD = 0.45
#: a part counts as contained in a whole when this share of its word trigrams occurs in the whole
CONTAIN_THRESHOLD = 0.7

_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’-]\w+)*", re.UNICODE)
_TOKEN_WS = re.compile(r"\s*(?:\d+(?:[.,]\d+)*|\w+(?:['’-]\w+)*|[^\w\s])", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Effect(_Dump):
    """What a change does to one duty."""

    kind: str  # one of EFFECT_KINDS
    actor: str = ""  # actor id (or the subject as printed) the effect is about
    before: str = ""  # the old modality / condition / action, as printed
    after: str = ""  # the new one, as printed
    from_obligation: str | None = None
    to_obligation: str | None = None


@dataclass(frozen=True, slots=True)
class Change(_Dump):
    """One change between two versions of a work.

    ``from_*`` is the older side (for a version known only from a commentary, the claim about
    it), ``to_*`` the newer side. ``quoted`` says whether the older side's text is a verbatim
    quote (``None`` when the older version's own text is in the corpus).
    """

    id: str
    from_document: str
    to_document: str
    kind: str
    from_articles: tuple[int, ...] = ()
    from_provisions: tuple[str, ...] = ()
    to_articles: tuple[int, ...] = ()
    to_provisions: tuple[str, ...] = ()
    claim: str | None = None
    claim_span: Span | None = None
    quoted: bool | None = None
    label: str | None = None  # claim label: quote, paraphrase, notes
    effects: tuple[Effect, ...] = ()
    similarity: float = 0.0
    redline: tuple[tuple[str, str], ...] = ()  # ("=", kept) ("-", deleted) ("+", inserted)
    note: str = ""
    reviewed: bool = False
    parent: str | None = None  # id of the article-level change this provision-level change belongs to

    def dump(self) -> dict[str, Any]:
        """The change as JSON-ready plain data (the shape of ``changes`` in the JSON export)."""
        return {
            "id": self.id,
            "from_document": self.from_document,
            "to_document": self.to_document,
            "kind": self.kind,
            "from": {
                "articles": list(self.from_articles),
                "provisions": list(self.from_provisions),
                "claim": self.claim,
                "span": self.claim_span.dump() if self.claim_span else None,
                "quoted": self.quoted,
                "label": self.label,
            },
            "to": {"articles": list(self.to_articles), "provisions": list(self.to_provisions)},
            "effects": [e.dump() for e in self.effects],
            "similarity": round(self.similarity, 3),
            "redline": [list(seg) for seg in self.redline],
            "note": self.note,
            "reviewed": self.reviewed,
            "parent": self.parent,
        }


# --- text measures ----------------------------------------------------------------------


def words(text: str) -> list[str]:
    """Lower-case word tokens (punctuation dropped)."""
    return [w.lower() for w in _WORD.findall(text)]


def similarity(a: str, b: str) -> float:
    """difflib ratio over the two texts' words (0..1)."""
    wa, wb = words(a), words(b)
    if not wa and not wb:
        return 1.0
    return difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio()


def _trigrams(ws: Sequence[str]) -> set[tuple[str, ...]]:
    if len(ws) < 3:
        return {tuple(ws)} if ws else set()
    return {tuple(ws[i : i + 3]) for i in range(len(ws) - 2)}


def containment(part: str, whole: str) -> float:
    """Share of ``part``'s word trigrams found in ``whole`` (0..1)."""
    p = _trigrams(words(part))
    if not p:
        return 0.0
    return len(p & _trigrams(words(whole))) / len(p)


def redline(old: str, new: str) -> tuple[tuple[str, str], ...]:
    """Word-level redline: segments ("=", kept), ("-", deleted), ("+", inserted).

    Each segment keeps the white space before its words, so joining the "=" and "+" segments
    gives the new text back, and joining the "=" and "-" segments the old one.

    >>> redline("Providers may keep logs.", "Providers shall keep logs.")
    (('=', 'Providers'), ('-', ' may'), ('+', ' shall'), ('=', ' keep logs.'))
    """
    a, b = _TOKEN_WS.findall(old), _TOKEN_WS.findall(new)
    out: list[tuple[str, str]] = []
    sm = difflib.SequenceMatcher(None, [t.strip().lower() for t in a], [t.strip().lower() for t in b], autojunk=False)
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            text = "".join(b[j1:j2])
            if a[i1][:1].isspace() and not text[:1].isspace():
                text = a[i1][: len(a[i1]) - len(a[i1].lstrip())] + text
            out.append(("=", text))
        else:
            if i2 > i1:
                out.append(("-", "".join(a[i1:i2])))
            if j2 > j1:
                out.append(("+", "".join(b[j1:j2])))
    return tuple(out)


# --- alignment ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Group:
    """Indices of old units and new units that correspond (1:1, 1:n split, n:1 merge, 1:0, 0:1)."""

    old: tuple[int, ...]
    new: tuple[int, ...]
    score: float = 0.0
    moved: bool = False


def change_kind(n_old: int, n_new: int, moved: bool, same: bool, duties_changed: bool) -> str:
    """The kind of one aligned group: merged, split, removed, added, moved, unchanged, amended or reworded.

    >>> change_kind(1, 1, False, False, True), change_kind(2, 1, False, False, False)
    ('amended', 'merged')
    """
    if n_old > 1:
        return "merged"
    if n_new > 1:
        return "split"
    if not n_new:
        return "removed"
    if not n_old:
        return "added"
    if moved:
        return "moved"
    if same:
        return "unchanged"
    return "amended" if duties_changed else "reworded"


def align_texts(old: Sequence[str], new: Sequence[str], threshold: float = MATCH_THRESHOLD) -> list[Group]:
    """Align two sequences of texts. Returns groups in the order of the new side, then removals.

    >>> [(g.old, g.new) for g in align_texts(["a b c d e f", "g h i j k l"], ["a b c d e f g h i j k l"])]
    [((0, 1), (0,))]
    """
    n, m = len(old), len(new)
    norm_old = [" ".join(words(t)) for t in old]
    norm_new = [" ".join(words(t)) for t in new]
    pair: dict[int, int] = {}  # old -> new
    rev: dict[int, int] = {}
    score: dict[tuple[int, int], float] = {}
    # exact matches first, in order
    by_text: dict[str, list[int]] = {}
    for j, t in enumerate(norm_new):
        by_text.setdefault(t, []).append(j)
    for i, t in enumerate(norm_old):
        for j in by_text.get(t, []):
            if j not in rev:
                pair[i], rev[j] = j, i
                score[(i, j)] = 1.0
                break
    # best remaining pairs by similarity
    cands: list[tuple[float, int, int]] = []
    wo = [words(t) for t in old]
    wn = [words(t) for t in new]
    for i in range(n):
        if i in pair:
            continue
        for j in range(m):
            if j in rev:
                continue
            sm = difflib.SequenceMatcher(None, wo[i], wn[j], autojunk=False)
            if sm.real_quick_ratio() < threshold or sm.quick_ratio() < threshold:
                continue
            r = sm.ratio()
            if r >= threshold:
                cands.append((r, i, j))
    # the set of pairs with the greatest total similarity (not greedy: a long article that shares
    # a paragraph with another must not steal it from its own successor)
    g: nx.Graph[tuple[str, int]] = nx.Graph()
    for r, i, j in cands:
        # tiny tie-breakers keep the result stable and prefer pairs near the same position
        g.add_edge(("o", i), ("n", j), weight=r - 1e-6 * abs(i - j))
    for a, b in sorted(tuple(sorted(e)) for e in nx.max_weight_matching(g)):
        i, j = (a[1], b[1]) if a[0] == "o" else (b[1], a[1])
        pair[i], rev[j] = j, i
        score[(i, j)] = next(r for r, x, y in cands if x == i and y == j)
    groups: list[Group] = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    # splits: one old unit whose text now lives in several new units
    for i in range(n):
        parts = [j for j in range(m) if (j not in rev or rev[j] == i) and j not in used_new
                 and containment(new[j], old[i]) >= CONTAIN_THRESHOLD]
        if len(parts) >= 2 and containment(old[i], " ".join(new[j] for j in parts)) >= CONTAIN_THRESHOLD:
            groups.append(Group((i,), tuple(parts), similarity(old[i], " ".join(new[j] for j in parts))))
            used_old.add(i)
            used_new.update(parts)
    # merges: several old units now in one new unit
    for j in range(m):
        if j in used_new:
            continue
        parts = [i for i in range(n) if (i not in pair or pair[i] == j) and i not in used_old
                 and containment(old[i], new[j]) >= CONTAIN_THRESHOLD]
        if len(parts) >= 2 and containment(new[j], " ".join(old[i] for i in parts)) >= CONTAIN_THRESHOLD:
            groups.append(Group(tuple(parts), (j,), similarity(" ".join(old[i] for i in parts), new[j])))
            used_new.add(j)
            used_old.update(parts)
    for i, j in pair.items():
        if i not in used_old and j not in used_new:
            groups.append(Group((i,), (j,), score[(i, j)]))
            used_old.add(i)
            used_new.add(j)
    groups += [Group((i,), ()) for i in range(n) if i not in used_old]
    groups += [Group((), (j,)) for j in range(m) if j not in used_new]
    # moved: matched groups outside the longest run that keeps its relative order
    matched = sorted((g for g in groups if g.old and g.new), key=lambda g: min(g.old))
    keep = _lis([min(g.new) for g in matched])
    moved = {id(g) for k, g in enumerate(matched) if k not in keep}
    out = [Group(g.old, g.new, g.score, id(g) in moved) for g in groups]
    return sorted(out, key=lambda g: (min(g.new) if g.new else m + min(g.old), min(g.old) if g.old else -1))


def _lis(seq: Sequence[int]) -> set[int]:
    """Indices of one longest strictly increasing subsequence (ties: the earliest)."""
    if not seq:
        return set()
    best = [1] * len(seq)
    prev = [-1] * len(seq)
    for k in range(len(seq)):
        for p in range(k):
            if seq[p] < seq[k] and best[p] + 1 > best[k]:
                best[k], prev[k] = best[p] + 1, p
    k = max(range(len(seq)), key=lambda x: (best[x], -x))
    out = set()
    while k != -1:
        out.add(k)
        k = prev[k]
    return out


# --- duties ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Duty:
    """The parts of an obligation the comparison looks at."""

    id: str
    provision: str  # global provision id
    modality: str
    actors: tuple[str, ...]
    action: str
    condition: str | None


_MODAL = re.compile(
    r"\b(?P<trig>shall not|must not|may not|shall|must|may|(?:is|are) encouraged to|(?:is|are) (?:obliged|required) to)\b",
    re.IGNORECASE)
_COND = re.compile(r"^(?:where|if|when|in case)\b[^,;]*[,;]\s*", re.IGNORECASE)
_NOBODY = re.compile(r"^no (?:organization|person|entity|one|individual)\b", re.IGNORECASE)


def duties_from_obligations(obligations: Iterable[Obligation]) -> list[Duty]:
    """The obligations as :class:`Duty` rows (global provision id, sorted bearers) for comparing versions; a
    condition in two parts is compared whole, as a reader sees it ("When X … except where Y")."""
    return [Duty(o.id, o.provision, o.modality, tuple(sorted(o.actors)), o.action, o.condition_text)
            for o in obligations]


def duties_from_text(provision_id: str, text: str) -> list[Duty]:
    """A plain reading of duties for documents whose obligations were not extracted.

    One duty per clause with a modal verb: the words before it are the bearer, a leading
    "Where/If ..., " clause is the condition.

    >>> [(d.modality, d.actors, d.condition) for d in duties_from_text("x", "Where data leaks, providers shall report it.")]
    [('obligation', ('providers',), 'Where data leaks')]
    """
    out: list[Duty] = []
    for k, clause in enumerate(c.strip() for c in re.split(r"(?<=[.;])\s+", text) if c.strip()):
        cond = None
        m = _COND.match(clause)
        body = clause
        if m:
            cond = m.group(0).rstrip(" ,;")
            body = clause[m.end():]
        mm = _MODAL.search(body)
        if not mm:
            continue
        trig = mm.group("trig").lower()
        subject = body[: mm.start()].strip()
        if _NOBODY.match(subject) or trig.endswith(" not"):
            modality = "prohibition" if (_NOBODY.match(subject) or trig.endswith(" not")) else "obligation"
        elif trig == "may":
            modality = "permission"
        elif "encouraged" in trig:
            modality = "encouragement"
        else:
            modality = "obligation"
        actors = tuple(sorted({_actor_key(a) for a in re.split(r",\s*|\s+and\s+|\s+or\s+", subject) if a.strip()}))
        action = body[mm.end():].strip(" .;")
        unless = re.search(r",?\s*\b(?:unless|except where)\b.*$", action, re.IGNORECASE)
        if unless:
            cond = "; ".join(c for c in (cond, unless.group(0).strip(" ,")) if c)
            action = action[: unless.start()].strip(" ,")
        out.append(Duty(f"{provision_id}#d{k + 1}", provision_id, modality, actors, action, cond))
    return out


def _actor_key(subject: str) -> str:
    s = re.sub(r"^(?:the|a|an|each|every|any|all|relevant)\s+", "", subject.strip().lower())
    s = re.sub(r"^no\s+", "", s)
    return s


def duty_effects(old: Sequence[Duty], new: Sequence[Duty]) -> list[Effect]:
    """What changed in the duties: matched by action similarity, then compared part by part.

    >>> a = duties_from_text("x", "Providers may keep logs.")
    >>> b = duties_from_text("y", "Providers and platforms shall keep logs.")
    >>> [(e.kind, e.actor, e.before, e.after) for e in duty_effects(a, b)]
    [('bearer-added', 'platforms', '', ''), ('modality-changed', '', 'permission', 'obligation')]
    """
    cands = sorted(((similarity(a.action, b.action), i, j) for i, a in enumerate(old) for j, b in enumerate(new)),
                   key=lambda c: (-c[0], c[1], c[2]))
    pair: dict[int, int] = {}
    taken: set[int] = set()
    for r, i, j in cands:
        if r >= 0.4 and i not in pair and j not in taken:
            pair[i] = j
            taken.add(j)
    out: list[Effect] = []
    for i, a in enumerate(old):
        if i not in pair:
            out.append(Effect("duty-removed", ", ".join(a.actors), a.modality, "", a.id, None))
            continue
        b = new[pair[i]]
        for actor in sorted(set(b.actors) - set(a.actors)):
            out.append(Effect("bearer-added", actor, "", "", a.id, b.id))
        for actor in sorted(set(a.actors) - set(b.actors)):
            out.append(Effect("bearer-removed", actor, "", "", a.id, b.id))
        if a.modality != b.modality:
            out.append(Effect("modality-changed", "", a.modality, b.modality, a.id, b.id))
        kind = condition_change(a.condition, b.condition)
        if kind:
            out.append(Effect(kind, "", a.condition or "", b.condition or "", a.id, b.id))
    for j, b in enumerate(new):
        if j not in taken:
            out.append(Effect("duty-added", ", ".join(b.actors), "", b.modality, None, b.id))
    return out


def condition_change(before: str | None, after: str | None) -> str | None:
    """How a duty's condition changed: added, dropped, narrowed (more words), widened, changed.

    >>> condition_change("where the user is an adult", "where the user is an adult and consents")
    'condition-narrowed'
    """
    if not before and not after:
        return None
    if not before:
        return "condition-added"
    if not after:
        return "condition-dropped"
    wa, wb = set(words(before)), set(words(after))
    if wa == wb:
        return None
    if wa < wb:
        return "condition-narrowed"
    if wb < wa:
        return "condition-widened"
    return "condition-changed"


# --- documents ---------------------------------------------------------------------------


def _leaves(art: Article) -> list[tuple[str, str]]:
    """(provision id, text) of an article's smallest parts: paragraph intros, items, tails."""
    out: list[tuple[str, str]] = []
    for p in art.paragraphs:
        if not p.items:
            out.append((p.id, p.text))
            continue
        if p.intro.strip():
            out.append((p.id, p.intro))
        out += [(i.id, i.text) for i in p.items]
        if p.tail.strip():
            out.append((p.id, p.tail))
    return out


def compare_documents(old_doc: str, old_articles: Sequence[Article], new_doc: str, new_articles: Sequence[Article],
                      obligations: Sequence[Obligation] = ()) -> list[Change]:
    """All changes from one version to the next, article level first, provision level inside.

    ``obligations`` are the extracted obligations of both documents; where a document has none,
    duties are read from the text with :func:`duties_from_text`.
    """
    old_arts = sorted(old_articles, key=lambda a: a.number)
    new_arts = sorted(new_articles, key=lambda a: a.number)
    by_doc: dict[str, list[Obligation]] = {}
    for o in obligations:
        by_doc.setdefault(o.document, []).append(o)

    def duties(doc: str, arts: Iterable[Article], provisions: set[str] | None = None) -> list[Duty]:
        nums = {a.number for a in arts}
        obs = [o for o in by_doc.get(doc, []) if o.article in nums
               and (provisions is None or o.provision in provisions)]
        if by_doc.get(doc):
            return duties_from_obligations(obs)
        out: list[Duty] = []
        for a in arts:
            for pid, text in _leaves(a):
                if provisions is None or pid in provisions:
                    out += duties_from_text(pid, text)
        return out

    changes: list[Change] = []
    prefix = f"change/{old_doc}..{new_doc}"
    groups = align_texts([a.text for a in old_arts], [a.text for a in new_arts])
    for g in groups:
        olds = [old_arts[i] for i in g.old]
        news = [new_arts[j] for j in g.new]
        old_text = "\n".join(a.text for a in olds)
        new_text = "\n".join(a.text for a in news)
        effects = duty_effects(duties(old_doc, olds), duties(new_doc, news))
        same = words(old_text) == words(new_text)
        kind = change_kind(len(olds), len(news), g.moved, same, bool(effects))
        anchor = f"art_{news[0].number}" if news else f"old_art_{olds[0].number}"
        cid = f"{prefix}/{anchor}"
        changes.append(Change(
            id=cid, from_document=old_doc, to_document=new_doc, kind=kind,
            from_articles=tuple(a.number for a in olds), from_provisions=tuple(a.id for a in olds),
            to_articles=tuple(a.number for a in news), to_provisions=tuple(a.id for a in news),
            effects=tuple(effects), similarity=g.score if olds and news else 0.0,
            redline=() if same or not (olds and news) else redline(old_text, new_text),
            note=_auto_note(kind, olds, news, same, effects),
        ))
        if len(olds) == 1 and len(news) == 1 and not same:
            changes += _provision_changes(cid, old_doc, olds[0], new_doc, news[0], duties)
    return _cross_article_moves(changes, old_arts, new_arts)


def _cross_article_moves(changes: list[Change], old_arts: Sequence[Article], new_arts: Sequence[Article]) -> list[Change]:
    """A provision removed from one article and added to another with (nearly) the same text was moved."""
    texts = {pid: t for a in (*old_arts, *new_arts) for pid, t in _leaves(a)}
    removed = [c for c in changes if c.parent and c.kind == "removed"]
    added = [c for c in changes if c.parent and c.kind == "added"]
    pairs = sorted(((similarity(texts.get(r.from_provisions[0], ""), texts.get(a.to_provisions[0], "")), k, m)
                    for k, r in enumerate(removed) for m, a in enumerate(added) if r.parent != a.parent),
                   key=lambda p: (-p[0], p[1], p[2]))
    used_r: set[int] = set()
    used_a: set[int] = set()
    merged: dict[str, Change] = {}
    drop: set[str] = set()
    for score, k, m in pairs:
        if score < 0.8 or k in used_r or m in used_a:
            continue
        used_r.add(k)
        used_a.add(m)
        r, a = removed[k], added[m]
        old_t, new_t = texts.get(r.from_provisions[0], ""), texts.get(a.to_provisions[0], "")
        same = words(old_t) == words(new_t)
        merged[a.id] = Change(
            id=a.id, from_document=r.from_document, to_document=a.to_document, kind="moved",
            from_articles=r.from_articles, from_provisions=r.from_provisions, to_articles=a.to_articles,
            to_provisions=a.to_provisions, similarity=score, redline=() if same else redline(old_t, new_t),
            note=f"a provision moved from Article {r.from_articles[0]} to Article {a.to_articles[0]}; "
                 f"text {'unchanged' if same else 'reworded'}.",
            parent=a.parent)
        drop.add(r.id)
    return [merged.get(c.id, c) for c in changes if c.id not in drop]


def _provision_changes(parent: str, old_doc: str, old: Article, new_doc: str, new: Article, duties: Any) -> list[Change]:
    lo, ln = _leaves(old), _leaves(new)
    out: list[Change] = []
    for g in align_texts([t for _, t in lo], [t for _, t in ln]):
        olds = [lo[i] for i in g.old]
        news = [ln[j] for j in g.new]
        ot = "\n".join(t for _, t in olds)
        nt = "\n".join(t for _, t in news)
        same = words(ot) == words(nt)
        if same and not g.moved:
            continue
        effects = duty_effects(duties(old_doc, [old], {p for p, _ in olds}), duties(new_doc, [new], {p for p, _ in news}))
        kind = change_kind(len(olds), len(news), g.moved, same, bool(effects))
        anchor = news[0][0] if news else olds[0][0]
        out.append(Change(
            id=f"{parent}/{anchor.rsplit('/', 1)[-1]}{'' if news else '-removed'}",
            from_document=old_doc, to_document=new_doc, kind=kind,
            from_articles=(old.number,) if olds else (), from_provisions=tuple(dict.fromkeys(p for p, _ in olds)),
            to_articles=(new.number,) if news else (), to_provisions=tuple(dict.fromkeys(p for p, _ in news)),
            effects=tuple(effects), similarity=g.score if olds and news else 0.0,
            redline=() if same or not (olds and news) else redline(ot, nt),
            note=_auto_note(kind, [old] if olds else [], [new] if news else [], same, effects, provision=True),
            parent=parent,
        ))
    return out


def _auto_note(kind: str, olds: Sequence[Article], news: Sequence[Article], same: bool, effects: Sequence[Effect],
               provision: bool = False) -> str:
    o = ", ".join(a.label for a in olds)
    n = ", ".join(a.label for a in news)
    what = "a provision of " if provision else ""
    if kind == "added":
        return f"{what}{n} has no counterpart in the older version."
    if kind == "removed":
        return f"{what}{o} has no counterpart in the newer version."
    if kind == "merged":
        return f"{o} were merged into {n}."
    if kind == "split":
        return f"{o} was split into {n}."
    renumbered = "" if [a.number for a in olds] == [a.number for a in news] else f" (renumbered from {o})"
    text = "text unchanged" if same else "text reworded"
    duties = "; duties changed: " + ", ".join(sorted({e.kind for e in effects})) if effects else ""
    if kind == "moved":
        return f"{what}{n} moved{renumbered}; {text}{duties}."
    return f"{what}{n}: {text}{renumbered}{duties}."


def version_pairs(documents: Sequence[Any], articles: Sequence[Article]) -> list[tuple[str, str]]:
    """Consecutive (older, newer) pairs of documents with articles that are versions of one work."""
    with_articles = {a.document for a in articles}
    works: dict[str, list[Any]] = {}
    for d in documents:
        if d.id in with_articles:
            works.setdefault(d.work, []).append(d)
    pairs: list[tuple[str, str]] = []
    for docs in works.values():
        docs = sorted(docs, key=lambda d: (_version_date(d), d.status != "draft", d.id))
        pairs += [(a.id, b.id) for a, b in itertools.pairwise(docs)]
    return sorted(pairs)


def _version_date(doc: Any) -> str:
    fm = getattr(doc, "frontmatter", {}) or {}
    for key in ("released_date", "adopted_date", "promulgated_date", "published_date", "effective_date"):
        if fm.get(key):
            return str(fm[key])
    return ""
