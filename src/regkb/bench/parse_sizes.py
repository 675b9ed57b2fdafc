"""Benchmark rows for the parser alone: one document of 100, 1,000 and 10,000 articles, one 10 MB line.

Parsing must grow linearly with the number of articles and with the length of a line; the
growth column of the table shows it (x10 in size should be about x10 in time).
"""

from __future__ import annotations

from typing import Any

from ..corpus import SourceFile
from ..parse import parse_file

_SENTENCE = "Operators shall keep records of what they do, and report them to the authority. "


def many_articles(n: int) -> SourceFile:
    """One regulation of ``n`` articles in chapters of 50, each with a paragraph, two items and a reference."""
    parts = ["---\ntitle: Long\n---\n"]
    for i in range(1, n + 1):
        if i % 50 == 1:
            parts.append(f"Chapter {i // 50 + 1} Matters\n\n")
        parts.append(f"Article {i} Operators shall keep records of the matters in Article {max(1, i - 1)} "
                     "and report them:\n\n(1) logs;\n\n(2) incidents.\n\n")
    text = "".join(parts)
    return SourceFile("long.md", text, "", {"title": "Long"}, text.index("Chapter"))


def one_line(megabytes: int) -> SourceFile:
    """One article whose text is a single line of ``megabytes`` MB."""
    head = "---\ntitle: Line\n---\n"
    text = head + "Article 1 " + _SENTENCE * (megabytes * 1024 * 1024 // len(_SENTENCE)) + "\n"
    return SourceFile("line.md", text, "", {"title": "Line"}, len(head))


def parse_rows(bench: Any) -> None:
    """Measure the parser on one large document; ``bench`` is a :class:`regkb.bench.Bench`."""
    sizes = (100, 1000) if bench.quick else (100, 1000, 10000)
    for n in sizes:
        src = many_articles(n)
        bench.measure("parse one document [articles]", n, lambda s=src: parse_file(s),
                      note=lambda d: f"{len(d.articles)} articles", repeat=1 if n >= 1000 else 3)
    mb = 1 if bench.quick else 10
    src = one_line(mb)
    bench.measure("parse one line [KB]", mb * 1024, lambda: parse_file(src),
                  note=lambda d: f"{len(d.articles[0].text) // 1024} KB of article text", repeat=1)
