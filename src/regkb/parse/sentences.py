"""Sentence and clause boundaries in clean (one-line) text."""

from __future__ import annotations

from . import patterns as P


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence; ``end`` is just after its final punctuation.

    >>> t = "Providers shall act. See Art. 5 of No. 12. Users may not."
    >>> [t[a:b] for a, b in sentence_bounds(t)]
    ['Providers shall act.', 'See Art. 5 of No. 12.', 'Users may not.']
    """
    out: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n and text[start].isspace():
        start += 1
    for m in P.SENTENCE_END.finditer(text):
        end = m.end()
        if P.ABBREVIATIONS.search(text, max(0, end - 6), end) and text[end - 1] == ".":
            # "No. 12", "e.g. X", "A. B" are not sentence ends
            word_start = max(text.rfind(" ", 0, end - 1) + 1, start)
            if P.ABBREVIATIONS.fullmatch(text[word_start:end]) or P.ABBREVIATIONS.search(text[word_start:end]):
                continue
        if end > start:
            out.append((start, end))
        start = end
        while start < n and text[start].isspace():
            start += 1
    if start < n:
        end = n
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append((start, end))
    return out
