"""Layouts in which a text's article labels stand behind markup that carries no words (issue 12, helper robust19).

Each layout is a function that writes one heading line (and the paragraphs under it) as a tool a lawyer receives texts
from writes them; :func:`text` sets a small regulation in it, in one of two wordings (two translators' texts, one with
"Article N", one with "Art. N." and a caption). Used by tests/test_robust19_labels.py, and by the before/after table
of the helper's report (the same texts parsed by the base code).
"""

from __future__ import annotations

from collections.abc import Callable

# (chapter number, chapter title, [(article number, caption, [paragraphs])]); a paragraph that ends with a colon has
# the items after it in the next entries, each opening with "(N)"
WORDINGS: dict[str, list[tuple[int, str, list[tuple[int, str, list[str]]]]]] = {
    "bicycles": [
        (1, "General Provisions", [
            (1, "", ["These Measures are formulated to regulate the lending of bicycles in city parks."]),
            (2, "", ["A park operator shall keep a register of the bicycles it lends.",
                     "The register shall be kept for two years."]),
        ]),
        (2, "Lending", [
            (3, "", ["When a bicycle is lent, the park operator shall:", "(1) record the borrower's name;",
                     "(2) check the brakes of the bicycle."]),
            (4, "", ["Borrowers must return each bicycle before the park closes."]),
            (5, "", ["These Measures take effect on 1 May 2030."]),
        ]),
    ],
    "boats": [
        (1, "General Rules", [
            (1, "Purpose", ["These Rules govern the hire of rowing boats on the city's lakes."]),
            (2, "Licences", ["No person may hire out boats without a licence from the Lakes Office."]),
        ]),
        (2, "Safety", [
            (3, "Life jackets", ["A boat hirer shall lend every passenger a life jacket.",
                                 "Children under twelve must wear the life jacket at all times."]),
            (4, "Weather", ["The Lakes Office may close a lake in a storm warning:", "(1) by a notice at the pier;",
                            "(2) by a message to each hirer."]),
            (5, "Entry into force", ["These Rules come into force on 1 June 2031."]),
        ]),
    ],
}


def _label(wording: str, n: int, caption: str) -> str:
    return f"Article {n}" if wording == "bicycles" else f"Art. {n}." + (f" {caption}" if caption else "")


Layout = Callable[[str, int, str, list[str]], list[str]]  # (wording, number, caption, paragraphs) -> lines


def _after(head: str, paras: list[str], lead: str = "") -> list[str]:
    """A heading line and the paragraphs under it: the first paragraph on the heading's line where the heading has no
    caption, else on a line of its own; a blank line (``lead`` on it) between paragraphs, none before an item."""
    caption = not head.rstrip("*]>").rstrip().endswith(tuple("0123456789."))
    out = [head, "", lead + paras[0]] if caption else [f"{head} {paras[0]}"]
    for p in paras[1:]:
        out += [lead + p] if p.startswith("(") else ["", lead + p]
    return out


LAYOUTS: dict[str, tuple[str, Callable[[str, int, str, list[str]], list[str]], Callable[[int, str], str]]] = {
    # class: (why a lawyer receives it, the article's lines, the chapter's line)
    "outliner": ("a note tool that writes every block as a bullet (Logseq, Notion, Workflowy), nested by indentation",
                 lambda w, n, c, ps: [f"\t- ### {_label(w, n, c)}", *(("\t\t\t- " if p.startswith("(") else "\t\t- ")
                                                                       + p for p in ps)],
                 lambda n, t: f"- ## Chapter {'I' * n} {t}"),
    "bold-bullets": ("a list of articles pasted from a web page or a chat into a Markdown editor",
                     lambda w, n, c, ps: _after(f"- **{_label(w, n, c)}**", ps, "  "),
                     lambda n, t: f"## Chapter {'I' * n} {t}"),
    "list-numbers": ("a page that sets each article in an <ol> item (the browser's numbers written before it), or a "
                     "Word list numbered automatically",
                     lambda w, n, c, ps: _after(f"{n}. {_label(w, n, c)}", ps, "   "),
                     lambda n, t: f"Chapter {'I' * n} {t}"),
    "glyphs": ("a WeChat post or a slide that marks each article with a glyph",
               lambda w, n, c, ps: _after(("■ " if n % 2 else "◆") + _label(w, n, c), ps),
               lambda n, t: f"▌Chapter {'I' * n} {t}"),
    "task-boxes": ("a compliance checklist made from the law in a note tool, each article a task",
                   lambda w, n, c, ps: _after(f"- [{'x' if n % 2 else ' '}] {_label(w, n, c)}", ps, "  "),
                   lambda n, t: f"### Chapter {'I' * n} {t}"),
    "emphasis": ("Google Docs' or Notion's Markdown export, the label in italics or bold italics",
                 lambda w, n, c, ps: _after(f"*{_label(w, n, c)}*" if n % 2 else f"***{_label(w, n, c)}***", ps),
                 lambda n, t: f"**Chapter {'I' * n} {t}**"),
    "html-tags": ("a CMS export or a mail client's Markdown with the page's tags left in",
                  lambda w, n, c, ps: [f"<p>{x}</p>" if x else x
                                       for x in _after(f"<strong>{_label(w, n, c)}</strong>", ps)],
                  lambda n, t: f"<h2>Chapter {'I' * n} {t}</h2>"),
    "wiki-links": ("an Obsidian vault whose articles are linked headings",
                   lambda w, n, c, ps: _after(f"[[#{_label(w, n, c)}]]", ps),
                   lambda n, t: f"## Chapter {'I' * n} {t}"),
    "link-numbers": ("a text browser's dump of a web page (lynx -dump): each link's number before its words",
                     lambda w, n, c, ps: _after(f"   [{n + 11}]{_label(w, n, c)}", ps, "   "),
                     lambda n, t: f"Chapter {'I' * n} {t}"),
    "heading-marks": ("a heading mark with no space, or Word's outline number before the label (pandoc)",
                      lambda w, n, c, ps: [f"###{_label(w, n, c)}" if n % 2 else f"## {n} {_label(w, n, c)}",
                                           *(x for p in ps for x in ([p] if p.startswith("(") else ["", p]))],
                      lambda n, t: f"# Chapter {'I' * n} {t}"),
    "quoted-lists": ("a mail that quotes a list of articles (\"> - Article 1\")",
                     lambda w, n, c, ps: [f"> {x}".rstrip() for x in _after(f"- {_label(w, n, c)}", ps, "  ")],
                     lambda n, t: f"> Chapter {'I' * n} {t}"),
    "table-rows": ("a page laid out in a table, copied as pipe rows without a header",
                   lambda w, n, c, ps: [f"| {_label(w, n, c)} | {ps[0]} |", *(f"| | {p} |" for p in ps[1:])],
                   lambda n, t: f"Chapter {'I' * n} {t}"),
    "glued-labels": ("a PDF whose label word and number lost the space between them, or a European 'Art.4'",
                     lambda w, n, c, ps: _after(_label(w, n, c).replace(" ", "", 1), ps),
                     lambda n, t: f"Chapter {'I' * n} {t}"),
}


def text(layout: str, wording: str, title: str = "Measures on Park Bicycles") -> str:
    """A small regulation in ``layout``, with its frontmatter."""
    _why, article, chapter = LAYOUTS[layout]
    lines = [f"# {title}" if layout not in ("outliner", "quoted-lists") else
             ("- " if layout == "outliner" else "> ") + title, ""]
    for ch, ch_title, arts in WORDINGS[wording]:
        lines += [chapter(ch, ch_title), ""]
        for n, caption, paras in arts:
            lines += [*article(wording, n, caption, paras), "" if layout != "quoted-lists" else ">"] \
                if layout != "outliner" else article(wording, n, caption, paras)
    return f"---\ntitle: {title}\nstatus: effective\n---\n" + "\n".join(lines) + "\n"


def line_numbered(body: str, style: str) -> str:
    """``body``'s lines with their numbers in the margin: as ``cat -n`` prints them, or a code viewer ("12 | ")."""
    lines = body.split("\n")
    if style == "cat":
        return "\n".join(f"{k + 1:>6}\t{s}" for k, s in enumerate(lines))
    return "\n".join(f"{k + 1:>3} | {s}".rstrip() for k, s in enumerate(lines))


def expected(wording: str) -> list[tuple[int, int, list[str]]]:
    """(article, chapter, the paragraphs' texts as an annotator reads them) of a wording."""
    out = []
    for ch, _t, arts in WORDINGS[wording]:
        for n, _c, paras in arts:
            out.append((n, ch, [p for p in paras if not p.startswith("(")]))
    return out
