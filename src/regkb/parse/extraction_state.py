"""What the obligation extractor has learnt so far, as data: hashed, recorded and replayed per document.

The extractor (:func:`regkb.parse.obligations.extract_obligations`) reads the documents of a corpus in order,
twice, and learns its lexicon of parties as it goes (a subject one document introduces is a known party in the
documents after it). What it finds in a document is therefore a function of three things: the document's own
text, what the extractor knew when the first pass reached it, and what it knew when the second pass did. The
incremental build keeps each document's findings under the first (its file's key) and hashes of the other two,
and takes them again only when all three are unchanged: an edit elsewhere that teaches the extractor nothing new
leaves them valid; one that changes a party this document could see makes them stale, and they are found again.

What the extractor knows is the resolver's state. Every part of it that the passes change only grows (names are
added, never removed or re-keyed; see :class:`regkb.parse.lexicon.Snapshots`, which relies on it too), so what
one document adds to it is a suffix of each mapping and list, and a few added members of the alias sets. This
module holds that mechanism only:

- :func:`initial_digest`: a hash of the whole state once the resolver is made (from every document's definitions
  and the registry's bodies);
- :func:`mark` and :func:`delta`: what one document added to the state, read in time proportional to the
  addition (the newest entries of each mapping), not to the lexicon;
- :func:`replay`: add a recorded addition to the state again, as the document's own pass would have;
- :func:`chain`: the hash of the growing parts after an addition, from the hash before it and the addition;
  :func:`context`: the hash of the whole state, from that and the replaced parts' values now.

A part of the state this module does not list would make a kept finding stale without notice, so the parts are
named in one place (:data:`GROWING_MAPPINGS`, :data:`GROWING_LISTS`, :data:`GROWING_SETS`, :data:`REPLACED`), and
:func:`initial_digest` refuses (TypeError) a resolver with an attribute it does not know.
"""

from __future__ import annotations

import hashlib
from itertools import islice
from typing import Any

# (owner, attribute): "" is the resolver itself, "lex" its lexicon
GROWING_MAPPINGS = (("lex", "forms"), ("lex", "labels"), ("lex", "definitions"), ("lex", "basis"),
                    ("lex", "provides"), ("", "activities"))
GROWING_LISTS = (("", "acts"),)
GROWING_SETS = (("lex", "aliases"),)  # a mapping of sets: new keys, and new members of old keys' sets
REPLACED = (("", "subject_heads"),)  # set anew by each document of the first pass: its value afterwards
FIXED = (("", "doc_forms"),)  # made with the resolver, never changed by the passes: in the initial digest
# derived from the parts above (caches that follow them), or set from the current document alone
DERIVED = (("lex", "_snapshots"), ("lex", "heads"), ("", "current_doc"), ("", "article_before"), ("", "lex"))

Mark = tuple[tuple[int, ...], tuple[int, ...], dict[str, int]]
Delta = tuple[tuple[tuple[tuple[str, Any], ...], ...], tuple[tuple[Any, ...], ...],
              tuple[tuple[str, tuple[str, ...]], ...], tuple[Any, ...]]


def _get(res: Any, owner: str, name: str) -> Any:
    return getattr(res.lex if owner else res, name)


def canonical(value: Any) -> Any:
    """``value`` as nested lists of strings and numbers in a fixed order (sets and mappings sorted), for hashing."""
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, dict):
        return sorted(([canonical(k), canonical(v)] for k, v in value.items()), key=repr)
    if isinstance(value, set | frozenset):
        return sorted((canonical(v) for v in value), key=repr)
    if isinstance(value, list | tuple):
        return [canonical(v) for v in value]
    raise TypeError(f"no canonical form for {type(value).__name__}")


def _content(part: Any) -> Any:
    """A part of the state (or of an addition to it) by its content: its entries sorted, as a set's.

    The order in which a mapping of the state received its names is not part of what the extractor knows: it
    follows the iteration order of sets of names (which changes with Python's string hashing from one process to
    the next), and the extractor asks the mappings for names, never for their order; nor does it ask the lists
    for theirs (a party's acts are looked up as a set)."""
    if isinstance(part, dict):
        return canonical(part)
    return sorted((canonical(v) for v in part), key=repr)


def _hash(*parts: Any) -> str:
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


def accounted(res: Any) -> None:
    """TypeError if the resolver has a part of its state this module does not know (checked before and after)."""
    listed = {*GROWING_MAPPINGS, *GROWING_LISTS, *GROWING_SETS, *REPLACED, *FIXED, *DERIVED}
    for owner, obj in (("", res), ("lex", res.lex)):
        for name in vars(obj):
            if (owner, name) not in listed:
                raise TypeError(f"the resolver's state has a part not accounted for: {owner or 'res'}.{name}")


def initial_digest(res: Any) -> str:
    """A hash of the resolver's state (all but the replaced parts: see :func:`context`); TypeError if it has a
    part this module does not know."""
    accounted(res)
    return _hash([_content(_get(res, o, n)) for o, n in (*GROWING_MAPPINGS, *GROWING_LISTS, *GROWING_SETS, *FIXED)])


def mark(res: Any) -> Mark:
    """The sizes of the growing parts now (where a document's addition will start)."""
    return (tuple(len(_get(res, o, n)) for o, n in GROWING_MAPPINGS),
            tuple(len(_get(res, o, n)) for o, n in GROWING_LISTS),
            {k: len(v) for o, n in GROWING_SETS for k, v in _get(res, o, n).items()})


def delta(res: Any, since: Mark) -> Delta:
    """What was added to the state since ``since``: the newest entries of each mapping and list (in order), the
    alias sets that grew (whole), and the values of the replaced parts."""
    maps = []
    for (o, n), size in zip(GROWING_MAPPINGS, since[0], strict=True):
        d = _get(res, o, n)
        maps.append(tuple(reversed(list(islice(reversed(d.items()), len(d) - size)))))
    lists = tuple(tuple(_get(res, o, n)[size:]) for (o, n), size in zip(GROWING_LISTS, since[1], strict=True))
    grown = tuple((k, tuple(sorted(v))) for o, n in GROWING_SETS for k, v in _get(res, o, n).items()
                  if len(v) != since[2].get(k, -1))
    return tuple(maps), lists, grown, tuple(_get(res, o, n) for o, n in REPLACED)


def replay(res: Any, added: Delta) -> None:
    """Add ``added`` (a :func:`delta`) to the state, as the pass that recorded it did."""
    maps, lists, grown, replaced = added
    for (o, n), items in zip(GROWING_MAPPINGS, maps, strict=True):
        d = _get(res, o, n)
        for k, v in items:
            d.setdefault(k, v)
    for (o, n), items in zip(GROWING_LISTS, lists, strict=True):
        _get(res, o, n).extend(items)
    for o, n in GROWING_SETS:
        sets = _get(res, o, n)
        for k, members in grown:
            sets.setdefault(k, set()).update(members)
    for (o, n), value in zip(REPLACED, replaced, strict=True):
        setattr(res.lex if o else res, n, value)


def chain(before: str, added: Delta) -> str:
    """The hash of the growing parts after ``added``, from their hash before it (the replaced parts are not
    carried along: see :func:`context`)."""
    maps, lists, grown, _ = added
    return _hash(before, [_content(m) for m in maps], [_content(x) for x in lists], _content(grown))


def context(grown: str, res: Any) -> str:
    """The hash of the whole state now: of the growing parts (``grown``, from :func:`chain`) and of the replaced
    parts' current values (those the last document left, which only the next reading sees)."""
    return _hash(grown, [_content(_get(res, o, n)) for o, n in REPLACED])
