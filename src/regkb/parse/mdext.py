"""The syntax of Markdown's extensions for documentation sites (Python-Markdown and MkDocs Material, PHP Markdown
Extra, pandoc): what a site's source writes for its renderer, told by its form, never by the law's words.

- an admonition: a line ``!!! type "Title"`` (``??? type`` or ``???+ type``: a collapsible one) and the lines under
  it indented by four spaces or a tab (blank lines between them included): a box the site draws beside the text,
  the editor's, not law, unless it carries the law's own numbering (an article heading in it);
- a snippet include (``--8<-- "includes/disclaimer.md"``), an abbreviation's definition (``*[WHO]: World Health
  Organization``, a tooltip) and a table-of-contents marker (``[TOC]``) on a line of their own: the site's
  furniture;
- a definition list (Python-Markdown's ``def_list``, as MkDocs writes it, PHP Markdown Extra, pandoc): a term on a line
  of its own, then its definition on a line that opens with a colon and blanks (``:   a boat that ...``), the lines
  indented under it going on with it; pandoc may set a blank line between the term and its definition. What the page
  shows is a term and its definition: the parser reads each entry as one paragraph ("Term : its definition", every
  character kept) and hands the pair to the definitions reader (a definition by layout).
- a block id (Obsidian, a notes app's Markdown): " ^art4-1" at the end of a paragraph's last line, or alone on the line
  after a list or table, a letter among its letters, digits and hyphens: the target of a link into the note, not a word
  of the text (session 15).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

ADMONITION = re.compile(r'^(?P<mark>!!!|\?\?\?\+?)[ \t]+(?P<type>[\w-]+(?:[ \t]+[\w-]+)*)?(?:[ \t]*"(?P<title>[^"\n]*)")?'
                        r"[ \t]*$")
_INDENTED = re.compile(r"^(?: {4}|\t)")
SITE_FURNITURE = re.compile(r'^[ \t]*(?:-{2}8<-{2}[ \t]+(?:"[^"\n]+"|\'[^\'\n]+\'|\S+)|\*\[[^\]\n]+\]:[ \t]+\S.*|'
                            r"\[TOC\])[ \t]*$")

# a block id: after a blank at a line's end, or alone on its line ("... of opening. ^art4-1", "^table-2"); one letter at
# least ("x ^2" at a line's end is a power)
BLOCK_ID = re.compile(r"(?:(?<=\S)[ \t]+|^[ \t]*)\^(?=[0-9-]*[A-Za-z])[A-Za-z0-9-]+[ \t]*$", re.MULTILINE)


# a definition's first line: a colon (pandoc also writes a tilde) at the margin or up to three blanks in, then blanks
DEFINITION_LINE = re.compile(r"^[ ]{0,3}[:~](?:[ ]{1,4}|\t)(?=\S)")
# a term's line: a few words, no heading, item, quote, table row or markup line, ending no sentence or clause
_TERM_LINE = re.compile(r"^(?![ \t]|[-*+][ \t]|[#>|!?]|\d+[.)]|\(|<)(?=[^\n]*[^\W\d_])(?P<term>[^\n:：]{1,80}?)[ \t]*$")
_TERM_END = re.compile(r"[.;,:!?。；，：]$")
MAX_TERM_WORDS = 9


@dataclass(frozen=True)
class DefinitionEntry:
    """A definition list's entry by its lines: ``term`` (its line), ``first`` (the definition's first line, opening
    with the colon) and ``last`` (the last line indented under it, or ``first``)."""

    term: int
    first: int
    last: int


def definition_list(lines: list[str], heading: Callable[[int], bool]) -> list[DefinitionEntry]:
    """The entries of the definition lists of a Markdown source (``lines``; ``heading(k)``: whether line ``k`` is a
    heading of the text). An entry is a term line (a few words that open no heading, item or quote and end no
    sentence or clause) and right after it, or after one blank line (pandoc), a line opening with a colon and blanks;
    the lines indented under the definition (four blanks or a tab), or running on without a blank (a lazy line), go
    on with it. A colon line after a sentence, a lead-in ("... as follows:"), a heading or a blank at the text's start
    opens no entry."""
    out: list[DefinitionEntry] = []
    for k, text in enumerate(lines):
        if not DEFINITION_LINE.match(text) or k == 0:
            continue
        t = k - 1 if lines[k - 1].strip() else k - 2
        if t < 0 or not lines[t].strip() or (out and out[-1].last >= t):
            continue  # (a second definition of the same term: no entry of its own; it stays text)
        if t > 0 and lines[t - 1].strip() and not (out and out[-1].last == t - 1):
            continue  # the "term" is the last line of a paragraph: a wrapped sentence, not a term
        m = _TERM_LINE.match(lines[t])
        if m is None or heading(t) or _TERM_END.search(m.group("term")) \
                or len(m.group("term").split()) > MAX_TERM_WORDS:
            continue
        last = k
        j = k + 1
        while j < len(lines) and lines[j].strip() and not DEFINITION_LINE.match(lines[j]) and not heading(j):
            last = j
            j += 1
        out.append(DefinitionEntry(t, k, last))
    return out


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
