"""The lexicon of known names (the forms that name actors), asked without scanning all of it.

The obligation extractor learns actor names from every document of a corpus, so the lexicon
grows with the corpus. Each question it asks per clause ("is this phrase a known name?", "does
this phrase open with a longer known name?") must cost the same however many names there are;
a scan of the whole lexicon per clause made extraction quadratic in the size of the corpus
(regkb#16). This module holds that mechanism only; what counts as a name is the extractor's.

- :class:`Snapshots` takes O(1) snapshots of a growing mapping of names: the set of names as it
  was at one moment (plus a document's own names), without copying it.
- :func:`opens_with_name`: whether a phrase starts with a known multi-word name, looked up by
  the phrase's own word-boundary prefixes (a handful) instead of by every name.
- :class:`HeadIndex`: the names grouped by their head noun, kept up to date as names are added.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Mapping
from itertools import islice
from typing import Any


class Known:
    """The names of a lexicon as of one moment, plus extra names: supports ``name in known``."""

    __slots__ = ("_extra", "_limit", "_rank")

    def __init__(self, rank: Mapping[str, int], limit: int, extra: Container[str] = frozenset()) -> None:
        self._rank = rank
        self._limit = limit
        self._extra = extra

    def __contains__(self, name: object) -> bool:
        r = self._rank.get(name, self._limit)  # type: ignore[call-overload]
        return r < self._limit or name in self._extra


class Snapshots:
    """Snapshots of a mapping that only grows (names are added, never removed or re-inserted).

    ``snapshot()`` is the set of names the mapping holds now, as a :class:`Known`: later
    additions are not in it, exactly as if the names had been copied into a set.
    """

    def __init__(self, names: dict[str, Any]) -> None:
        self._names = names
        self._rank: dict[str, int] = {}

    def snapshot(self, extra: Iterable[str] = ()) -> Known:
        """The names held now (plus ``extra``); raises RuntimeError if the mapping lost a name."""
        size = len(self._names)
        new = size - len(self._rank)
        if new < 0:
            raise RuntimeError("a name was removed from a lexicon that only grows")
        if new:
            base = len(self._rank)
            tail = list(islice(reversed(self._names), new))  # the newest names, without walking the old ones
            for k, name in enumerate(reversed(tail)):
                self._rank[name] = base + k
        return Known(self._rank, size, frozenset(extra))


def opens_with_name(low: str, known: Container[str], longer_than: int) -> bool:
    """Whether ``low`` (a lower-case phrase) starts with a known name of two or more words that is longer
    than ``longer_than`` characters and ends where ``low`` ends or before a space or comma.

    The same answer as testing every name of ``known``, from the prefixes of ``low`` that end at such a
    boundary."""
    n = len(low)
    for end in range(longer_than + 1, n + 1):
        if end < n and low[end] not in " ,":
            continue
        name = low[:end]
        if " " in name and name in known:
            return True
    return False


class HeadIndex:
    """Keys of a growing mapping grouped by a function of the key (e.g. its head noun), updated on demand."""

    def __init__(self, keys: dict[str, Any], group: Callable[[str], str | None]) -> None:
        self._keys = keys
        self._group = group
        self._seen = 0
        self._by: dict[str, list[str]] = {}

    def get(self, group: str) -> list[str]:
        """The keys in ``group``, in the order they were added."""
        new = len(self._keys) - self._seen
        if new < 0:
            raise RuntimeError("a key was removed from a mapping that only grows")
        if new:
            tail = list(islice(reversed(self._keys), new))
            for key in reversed(tail):
                g = self._group(key)
                if g is not None:
                    self._by.setdefault(g, []).append(key)
            self._seen = len(self._keys)
        return self._by.get(group, [])
