"""The search index's text fields, indexed in one pass (regkb#16).

whoosh indexes a text field by running its analyzer (``StemmingAnalyzer``: a regular-expression
tokenizer, then lower case, stop words and one-letter words dropped, then the Porter stemmer) as a
chain of generators over one mutable ``Token``, and then gathering the positions of each term.
That is half a dozen Python calls per word of the corpus. :class:`FastText` is whoosh's ``TEXT``
field with the same analyzer (queries, highlighting and the site's search use it unchanged); only
its :meth:`FastText.index`, which the writer calls once per field of a record, is done in one loop:
one regular-expression scan, and a memo from each word as printed to its stem (or to "dropped"),
because the words of laws repeat enormously. It returns exactly what whoosh's own ``index`` returns
(the same terms, frequencies, weights and encoded positions); ``tests/test_postings.py`` compares
the two on arbitrary text (hypothesis) and on every record of the seed corpus.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from whoosh.analysis import StemFilter, StemmingAnalyzer, StopFilter
from whoosh.analysis.tokenizers import RegexTokenizer
from whoosh.fields import ID, KEYWORD, NUMERIC, TEXT
from whoosh.formats import Positions

MEMO_WORDS = 200_000  # distinct printed words remembered (a national collection has tens of thousands)
SINGLE_POSITIONS = 1 << 16  # positions whose encoding alone is remembered (a field of a longer text: not kept)
_SINGLE: dict[int, bytes] = {}  # position -> whoosh's encoding of that one position (Positions.encode)
_UNKNOWN = object()  # a word not yet in the memo (the memo maps a dropped word to None)


class FastText(TEXT):  # type: ignore[misc]  # whoosh is untyped
    """whoosh's ``TEXT`` field (positions kept, the given ``StemmingAnalyzer``) whose indexing of a string
    skips the token pipeline. Anything else (a list of tokens, another analyzer) goes to whoosh."""

    def __init__(self, analyzer: Any, **kwargs: Any) -> None:
        super().__init__(analyzer=analyzer, **kwargs)
        self._plan = _plan(analyzer)

    def __setstate__(self, state: dict[str, Any]) -> None:  # an index's stored schema, unpickled
        self.__dict__.update(state)
        if "_plan" not in state:
            self._plan = _plan(self.analyzer)

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_plan", None)  # compiled pattern and memo: made again on load
        return state

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        """(term as UTF-8, frequency, weight, encoded positions) per distinct term of ``value``: what
        whoosh's ``TEXT.index`` gives, in the same order."""
        plan = self._plan
        if plan is None or kwargs or not isinstance(value, str) or type(self.format) is not Positions:
            yield from super().index(value, **kwargs)
            return
        findall, memo, word = plan
        poses: dict[str, list[int]] = {}
        first = -1
        kept = 0
        for i, raw in enumerate(findall(value)):
            term = memo.get(raw, _UNKNOWN)
            if term is _UNKNOWN:
                term = word(raw)
                if len(memo) >= MEMO_WORDS:
                    memo.clear()
                memo[raw] = term
            if term is None:
                continue
            if first < 0:
                first = i
            found = poses.get(term)
            if found is None:
                poses[term] = [first + kept]
            else:
                found.append(first + kept)
            kept += 1
        fb = self.format.field_boost
        encode = self.format.encode
        single = _SINGLE  # a term once in a field (most of them): its encoded position, remembered
        for term, poslist in poses.items():
            if len(poslist) == 1 and poslist[0] < SINGLE_POSITIONS:
                pos = poslist[0]
                value = single.get(pos)
                if value is None:
                    value = single[pos] = encode(poslist)
            else:
                value = encode(poslist)
            yield term.encode("utf-8"), len(poslist), float(len(poslist)) * fb, value


def _plan(analyzer: Any) -> tuple[Any, dict[str, Any], Any] | None:
    """What the one-pass indexing needs of ``analyzer``, if it is a StemmingAnalyzer as whoosh builds it
    (tokenizer without gaps, lower case, stop filter that removes and renumbers, stemmer); else None."""
    items = getattr(analyzer, "items", None)
    reference = StemmingAnalyzer()
    if not items or len(items) != 4 or [type(x) for x in items] != [type(x) for x in reference.items]:
        return None
    tok, _lower, stop, stem = items
    if not isinstance(tok, RegexTokenizer) or tok.gaps or not isinstance(stop, StopFilter) \
            or not isinstance(stem, StemFilter) or not stop.renumber:
        return None
    stops, low, high, ignore, stemfn = stop.stops, stop.min, stop.max, stem.ignore, stem.stemfn
    pattern = tok.expression

    def word(raw: str) -> str | None:  # as LowercaseFilter, StopFilter and StemFilter treat one token
        text = raw.lower()
        if len(text) < low or (high is not None and len(text) > high) or text in stops:
            return None
        return text if text in ignore else str(stemfn(text))

    # the tokens are the pattern's whole matches (finditer's group(0)): findall gives them when the pattern
    # has no group of its own; whoosh's default pattern has one, so it is compiled again without it
    source = pattern.pattern.replace("(\\.?", "(?:\\.?") if pattern.groups == 1 else pattern.pattern
    compiled = re.compile(source, pattern.flags)
    if compiled.groups:
        return None
    return compiled.findall, {}, word


MEMO_VALUES = 100_000  # distinct values of one exact-value field remembered


class _Remembered:
    """An exact-value field (kind, document, modality, actor, number) whose postings for a value are worked
    out once: whoosh's own ``index``, remembered per value (these values repeat from record to record)."""

    def index(self, value: Any, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        """whoosh's postings of ``value`` for this field, worked out the first time the value is seen."""
        if kwargs or isinstance(value, (list, tuple)):
            return iter(super().index(value, **kwargs))  # type: ignore[misc]
        memo: dict[tuple[type, Any], tuple[Any, ...]] = self.__dict__.setdefault("_postings", {})
        key = (type(value), value)  # 1 and True are one key to a dict, not to whoosh
        found = memo.get(key)
        if found is None:
            if len(memo) >= MEMO_VALUES:
                memo.clear()
            found = memo[key] = tuple(super().index(value))  # type: ignore[misc]
        return iter(found)

    def __getstate__(self) -> dict[str, Any]:  # the memo is not part of an index's stored schema
        parent = getattr(super(), "__getstate__", None)
        state = dict(parent() if parent is not None else self.__dict__)
        state.pop("_postings", None)
        return state


class RememberedID(_Remembered, ID):  # type: ignore[misc]  # whoosh is untyped
    """whoosh's ``ID`` field, its postings remembered per value."""


class RememberedKeyword(_Remembered, KEYWORD):  # type: ignore[misc]
    """whoosh's ``KEYWORD`` field, its postings remembered per value."""


class RememberedNumeric(_Remembered, NUMERIC):  # type: ignore[misc]
    """whoosh's ``NUMERIC`` field, its postings remembered per value."""
