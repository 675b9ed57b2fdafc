"""The syntax of Markdown's extensions for documentation sites (Python-Markdown and MkDocs Material, PHP Markdown
Extra, pandoc): what a site's source writes for its renderer, told by its form, never by the law's words.

- an admonition: a line ``!!! type "Title"`` (``??? type`` or ``???+ type``: a collapsible one) and the lines under
  it indented by four spaces or a tab (blank lines between them included): a box the site draws beside the text,
  the editor's, not law, unless it carries the law's own numbering (an article heading in it);
- a snippet include (``--8<-- "includes/disclaimer.md"``), an abbreviation's definition (``*[WHO]: World Health
  Organization``, a tooltip) and a table-of-contents marker (``[TOC]``) on a line of their own: the site's
  furniture;
- a block id (Obsidian, a notes app's Markdown): " ^art4-1" at the end of a paragraph's last line, or alone on the line
  after a list or table, a letter among its letters, digits and hyphens: the target of a link into the note, not a word
  of the text (session 15).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ADMONITION = re.compile(r'^(?P<mark>!!!|\?\?\?\+?)[ \t]+(?P<type>[\w-]+(?:[ \t]+[\w-]+)*)?(?:[ \t]*"(?P<title>[^"\n]*)")?'
                        r"[ \t]*$")
_INDENTED = re.compile(r"^(?: {4}|\t)")
SITE_FURNITURE = re.compile(r'^[ \t]*(?:-{2}8<-{2}[ \t]+(?:"[^"\n]+"|\'[^\'\n]+\'|\S+)|\*\[[^\]\n]+\]:[ \t]+\S.*|'
                            r"\[TOC\])[ \t]*$")

# a block id: after a blank at a line's end, or alone on its line ("... of opening. ^art4-1", "^table-2"); one letter at
# least ("x ^2" at a line's end is a power)
BLOCK_ID = re.compile(r"(?:(?<=\S)[ \t]+|^[ \t]*)\^(?=[0-9-]*[A-Za-z])[A-Za-z0-9-]+[ \t]*$", re.MULTILINE)


@dataclass(frozen=True)
class Admonition:
    first: int  # its marker line
    last: int  # its last indented line
    title: str


def admonitions(lines: list[str]) -> list[Admonition]:
    """The admonitions of a Markdown source: each marker line and the indented lines under it."""
    out: list[Admonition] = []
    k = 0
    while k < len(lines):
        m = ADMONITION.match(lines[k])
        if not m:
            k += 1
            continue
        last = k
        j = k + 1
        while j < len(lines) and (not lines[j].strip() or _INDENTED.match(lines[j])):
            if lines[j].strip():
                last = j
            j += 1
        out.append(Admonition(k, last, (m.group("title") or m.group("type") or "").strip()))
        k = last + 1
    return out
