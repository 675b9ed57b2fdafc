"""Scanning a text for a large pattern by first looking for the words its matches can open with.

Python's regular-expression engine tries a pattern at every position of the text. For a pattern that
is a long alternation after ``\\b`` (the modal markers, about a hundred branches) that is every
branch at every word boundary: a scan of the corpus spent most of its time rejecting words such as
"data" or "personal". :func:`cued` reads the pattern's own parse tree once and collects the
literal openings its matches can have ("shall", "may", "is ", "are ", ...); the scan then looks for
those openings (one small alternation, quick to reject) and tries the full pattern only where one
starts.

The answers are the pattern's own, always: a match can start only where one of its openings does,
so no position where the pattern matches is skipped, and at a candidate position the pattern is
tried exactly as its ``search`` would try it (lookbehinds still see the text before, ``^`` and
``\\b`` still read the whole string). The openings are a superset: zero-width assertions
(lookbehinds, lookaheads, ``\\b``) are left out of them, optional parts are taken with and without,
and an opening stops at the first character class or repetition. A pattern with a branch that can
open with something other than a literal (``\\w``, a class, an optional tail that may be empty) gets
no cue, and :class:`Cued` scans with the pattern itself. The openings are derived from the pattern
when it is compiled, so a branch added to the pattern is covered without anyone editing this.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

_MAX_LEN = 6  # characters of an opening (longer openings reject more words, and make more alternatives)
_MAX_OPENINGS = 600  # (session 12, obl13: MODAL needs 330 before the longer ones are dropped; 138 after)


def openings(pattern: re.Pattern[str], max_len: int = _MAX_LEN) -> frozenset[str] | None:
    """The literal strings (at most ``max_len`` characters) one of which every match of ``pattern`` opens
    with, or ``None`` when a match can open otherwise (a character class, a repetition, nothing)."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)  # (it compiled: it parses)
    found: set[str] = set()

    def walk(items: list[Any], acc: str) -> bool:
        """Add the openings of ``items`` (after ``acc``) to ``found``; False when one is not a literal."""
        for i, (op, av) in enumerate(items):
            if len(acc) >= max_len:
                break
            rest = list(items[i + 1 :])
            if op is C.LITERAL:
                acc += chr(av)
            elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                continue  # zero-width: leaving it out can only make the openings more
            elif op is C.SUBPATTERN and not (av[1] or av[2]):
                return walk(list(av[-1]) + rest, acc)
            elif op is C.BRANCH:
                return all(walk(list(branch) + rest, acc) for branch in av[1])
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT) and av[0] == 0 and av[1] == 1:
                # an optional part ("(?:the state )?encourages"): with it, and without it
                return walk(list(av[2]) + rest, acc) and walk(rest, acc)
            else:
                break  # a class, a repetition, a back-reference, a group with flags of its own: the opening ends here
            if len(found) > _MAX_OPENINGS:
                return False
        if not acc:
            return False
        found.add(acc)
        return len(found) <= _MAX_OPENINGS

    if not walk(list(tree), ""):
        return None
    # an opening that another one opens with adds nothing
    return frozenset(o for o in found if not any(p != o and o.startswith(p) for p in found))


class Cued:
    """``pattern``'s ``search`` and ``finditer`` (same arguments, same matches), scanning for its openings first."""

    __slots__ = ("cue", "folded", "pattern", "words")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        found = openings(pattern)
        # for search: the openings as plain strings, looked for with str.find. Under IGNORECASE only in ASCII text and
        # for ASCII openings, where a letter matches itself and its other case and nothing else (re also folds "K"
        # and "ſ" into "k" and "s", which an ASCII text does not hold): the text is lowered, the openings too
        self.folded = bool(pattern.flags & re.IGNORECASE)
        self.words: tuple[str, ...] | None = None
        if found is not None and (not self.folded or all(o.isascii() for o in found)):
            self.words = tuple(sorted(o.lower() if self.folded else o for o in found))
        # (the pattern's own flags: an opening is matched as the pattern would match it, case folding included)
        self.cue: re.Pattern[str] | None = None if found is None else re.compile(
            r"(?=" + "|".join(re.escape(o) for o in sorted(found, key=lambda o: (-len(o), o))) + ")",
            pattern.flags & ~re.VERBOSE)
        if self.cue is not None and _opens_at_boundary(pattern):
            self.cue = re.compile(r"\b" + self.cue.pattern, self.cue.flags)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """As ``pattern.finditer(text, pos, endpos)`` (the pattern matches no empty string)."""
        end = len(text) if endpos is None else endpos
        if self.cue is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        match = self.pattern.match
        after = pos  # where the last match ended: the next one starts there or later
        for c in self.cue.finditer(text, pos, end):
            at = c.start()
            if at < after:
                continue
            m = match(text, at, end)
            if m is not None:
                yield m
                after = m.end() if m.end() > at else at + 1

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """As ``pattern.search(text, pos, endpos)``: the pattern searches from the first opening found, if any (no
        match starts before it; a search from a later position reads the text before it as one from ``pos`` does)."""
        end = len(text) if endpos is None else endpos
        if self.words is None:
            return next(self.finditer(text, pos, end), None)
        # (only the part searched is read: a search per sentence of a long paragraph stays linear)
        hay, at = (text[pos:end], pos) if self.folded else (text, 0)
        if self.folded:
            if not hay.isascii():
                return next(self.finditer(text, pos, end), None)
            hay = hay.lower()
        first = -1
        for w in self.words:
            k = hay.find(w, pos - at, end - at)
            if k >= 0 and (first < 0 or k < first):
                first = k
        return None if first < 0 else self.pattern.search(text, first + at, end)


def _opens_at_boundary(pattern: re.Pattern[str]) -> bool:
    """Whether the pattern's first item is ``\\b`` (every match starts at a word boundary)."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    return bool(tree.data) and tree.data[0] == (C.AT, C.AT_BOUNDARY)


def cued(pattern: re.Pattern[str]) -> Cued:
    """A :class:`Cued` scanner of ``pattern``."""
    return Cued(pattern)
