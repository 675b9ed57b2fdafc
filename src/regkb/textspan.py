"""Clean text that remembers where each character came from in the source.

Parsing works on cleaned text (page junk cut out, white space folded) but every
fact must point back into the source file. A :class:`Clean` string keeps the
mapping as runs of (clean offset, source offset, length).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from .model import Span

# White space that folding changes: runs of two or more, or one character other than a space. A lone
# space between two words is kept as it is (inside a longer run), which is most of them (regkb#16).
_FOLD = re.compile(r"\s{2,}|[^\S ]")
# markup that a rendered page shows as a line break (an HTML `<br>`, `<br/>`, `<br />` in Markdown): when it is cut out,
# it folds as white space does, so that the words on either side stay apart. The one definition: parse/patterns.py
# takes it as HTML_BREAK (textspan sits below parse)
LINE_BREAK = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Clean:
    text: str
    runs: tuple[tuple[int, int, int], ...]  # (clean_start, source_start, length), ascending
    source_end: int  # source offset just after the last character

    @classmethod
    def from_source(cls, source: str, start: int, end: int, cut: Iterable[Span] = ()) -> Clean:
        """Slice ``source[start:end]``, remove the ``cut`` spans, fold white space, strip the ends."""
        pieces: list[tuple[int, int]] = []  # source ranges kept
        breaks: dict[int, int] = {}  # the start of a piece after a cut line break -> where that break stood
        pos = start
        for span in sorted(cut):
            if span.end <= start or span.start >= end:
                continue
            if span.start > pos:
                pieces.append((pos, span.start))
            pos = max(pos, span.end)
            if LINE_BREAK.fullmatch(source, span.start, span.end):
                breaks[pos] = span.start
        if pos < end:
            pieces.append((pos, end))
        out: list[str] = []
        runs: list[tuple[int, int, int]] = []
        clean_len = 0
        pending_space: int | None = None  # source offset of a folded white-space run
        for a, b in pieces:
            i = a
            if a in breaks and pending_space is None:
                pending_space = breaks[a]  # a line break cut out before this piece: white space
            folds = [m.span() for m in _FOLD.finditer(source, a, b)]
            if source[a] == " " and not (folds and folds[0][0] == a):  # a lone space at a piece's edge
                folds.insert(0, (a, a + 1))  # folds with what lies beyond the edge (or is stripped)
            if source[b - 1] == " " and not (folds and folds[-1][1] == b):
                folds.append((b - 1, b))
            for m_start, m_end in folds:
                if m_start > i:
                    if pending_space is not None and clean_len:
                        runs.append((clean_len, pending_space, 1))
                        out.append(" ")
                        clean_len += 1
                    pending_space = None
                    runs.append((clean_len, i, m_start - i))
                    out.append(source[i:m_start])
                    clean_len += m_start - i
                if pending_space is None:
                    pending_space = m_start
                i = m_end
            if i < b:
                if pending_space is not None and clean_len:
                    runs.append((clean_len, pending_space, 1))
                    out.append(" ")
                    clean_len += 1
                pending_space = None
                runs.append((clean_len, i, b - i))
                out.append(source[i:b])
                clean_len += b - i
        # merge adjacent runs
        merged: list[tuple[int, int, int]] = []
        for run in runs:
            if merged and merged[-1][0] + merged[-1][2] == run[0] and merged[-1][1] + merged[-1][2] == run[1]:
                c, s, n = merged[-1]
                merged[-1] = (c, s, n + run[2])
            else:
                merged.append(run)
        last = merged[-1][1] + merged[-1][2] if merged else start
        return cls("".join(out), tuple(merged), last)

    def source_offset(self, i: int) -> int:
        """Source offset of clean offset ``i`` (``len(text)`` maps to just after the last char)."""
        if not self.runs or i >= len(self.text):
            return self.source_end
        k = max(bisect.bisect_right(self.runs, (i, 1 << 62, 0)) - 1, 0)
        c, s, _n = self.runs[k]
        return s + (i - c)

    def span(self, i: int, j: int) -> Span:
        """Source span of the clean range ``[i, j)``."""
        if j <= i:
            p = self.source_offset(i)
            return Span(p, p)
        return Span(self.source_offset(i), self.source_offset(j - 1) + 1)

    def sub(self, i: int, j: int) -> Clean:
        """The clean range ``[i, j)`` as a Clean of its own."""
        runs = []
        for c, s, n in self.runs:
            a, b = max(c, i), min(c + n, j)
            if a < b:
                runs.append((a - i, s + (a - c), b - a))
        end = self.span(i, j).end if j > i else self.source_offset(i)
        return Clean(self.text[i:j], tuple(runs), end)

    def strip(self, chars: str | None = None) -> Clean:
        """The text without leading and trailing white space (or ``chars``), still mapped to the source."""
        t = self.text
        i, j = 0, len(t)
        while i < j and (t[i].isspace() if chars is None else t[i] in chars):
            i += 1
        while j > i and (t[j - 1].isspace() if chars is None else t[j - 1] in chars):
            j -= 1
        return self.sub(i, j)

    def whole_span(self) -> Span:
        """The source span of the whole text."""
        return self.span(0, len(self.text))
