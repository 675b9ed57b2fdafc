"""Web pages: parsed with lxml, page chrome left out, the main content found by its text density."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..errors import error_at
from ..parse import patterns as P
from ..parse.patterns import COMPARED_MARK
from ..parse.tables import NO_TEXT_CELL, comparison_doubt
from .pipeline import Block, Draft, Furniture, Line, Stage, non_space, report_comparisons, report_not_read, wraps_into

# Elements that are never the document's text.
CHROME = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
          "button", "select", "input", "svg", "canvas", "object", "embed", "head")
# Elements whose text is one paragraph of the reading text.
PARAGRAPHS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "td", "th", "caption")
if TYPE_CHECKING:
    from ..parse.tables import Comparison

_BLOCKISH = set(PARAGRAPHS) | {"div", "section", "article", "main", "ul", "ol", "dl", "table", "tbody", "thead",
                               "tr", "body", "html", "center", "figure", "figcaption", "address"}
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_SPACES_NOT_NL = re.compile(r"[ \t\f\v]+")
# An element the page sets apart from the text around it: a block quote, or a box whose class or id names the
# editor's words ("comment", "annotation", "editor-note"). Its paragraphs are written as Markdown block quotes
# ("> "), so that the parser can tell them from the law by their setting (parse.structure find_comments).
_SET_APART_NAME = re.compile(r"(?i)(?<![a-z])(?:comments?|commentary|annotations?|editor(?:ial)?|notes?)(?![a-z])")
_PAGE_DATE = re.compile(r"\b(?P<label>Updated|Published|Release date|Date of publication)\s*:\s*(?P<iso>\d{4}-\d{2}-\d{2})")


class ParseHtml(Stage):
    """Reads ``data``; writes ``tree`` (an lxml element tree; the encoding from the page, else as :mod:`regkb.textcodec`
    reads a text file: UTF-8, else GB 18030 when the bytes read as Chinese, else Windows-1252, with a note when it is
    not UTF-8)."""

    def __call__(self, draft: Draft) -> None:
        import lxml.html

        from .. import textcodec

        data, parser = draft.data, None
        if not re.search(rb"(?i)charset", draft.data[:4096]):
            # no declared encoding: UTF-8, as documented (lxml would read latin-1); bytes that are not UTF-8 are read
            # as a text file's are (textcodec: GB 18030 when they read as Chinese, else Windows-1252), and the import
            # says so
            try:
                decoded = textcodec.decode(draft.data)
            except UnicodeDecodeError:
                decoded = None  # a UTF-16 mark on bytes that are not UTF-16: lxml reads them as it can
            if decoded is not None:
                if not decoded.is_utf8 or decoded.doubt:
                    draft.notes.append(textcodec.note(draft.path.name, decoded).replace(
                        "is not UTF-8", "declares no encoding and is not UTF-8") +
                        ": check its Chinese and accented characters, or declare its charset")
                data, parser = decoded.text.encode("utf-8"), lxml.html.HTMLParser(encoding="utf-8", huge_tree=True)
        parser = parser or lxml.html.HTMLParser(huge_tree=True)  # (no cap on a text node: a 100 KB paragraph)
        draft.tree = lxml.html.document_fromstring(data, parser=parser)
        _refuse_too_deep(draft, parser)


MAX_DEPTH = 250  # elements nested deeper than this are not read (the reader walks the tree recursively)


def _refuse_too_deep(draft: Draft, parser: Any) -> None:
    """A page whose elements nest deeper than ``MAX_DEPTH`` (tags opened and never closed: a ``<div>`` per article)
    is refused with the line where it gets too deep: lxml stops reading at a depth of 256 (2048 at most), so its
    text from there on would be lost without a word."""
    import lxml.etree

    line = next((e.line for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"), None)
    if line is None:
        depth = 0
        for event, el in lxml.etree.iterwalk(draft.tree, events=("start", "end")):
            depth += 1 if event == "start" else -1
            if depth > MAX_DEPTH:
                line = el.sourceline or 0
                break
    if line is not None:
        raise error_at(str(draft.path), line, 1, f"the page nests its elements more than {MAX_DEPTH} deep from about "
                       "this line (tags opened and never closed?): regkb cannot read it without losing text",
                       "close the tags (an HTML validator lists them), or open the page in a browser and save it "
                       "again", "too-deep")


class StyleSheetNumbers(Stage):
    """Reads ``tree`` (with its ``<style>`` elements, before they are dropped as chrome); writes into it the numbers
    the style sheet draws (css.generated_numbers): the text of a ``::before`` that shows a counter ("Article " counter
    (art)) before the element's own text, of an ``::after`` after it, a list item's marker (``::marker`` content, a
    ``@counter-style`` list style) before the text of its first line (the item's default number then not drawn), and
    a list marker style the sheet gives an ``<ol>``/``<li>`` as the element's inline style (read by
    :func:`browser_list_labels`). It says how many numbers it wrote; what it could not draw (``counters()``,
    ``:nth-child``, a counter style with image symbols, an external sheet) is a doubt, written as a comment after the
    text that ``regkb check`` reports (``text-not-read``)."""

    def __call__(self, draft: Draft) -> None:
        from .css import generated_numbers

        root = draft.tree
        if next(root.iter("style"), None) is None:
            return
        gen = generated_numbers(root)
        for el, text in gen.before.items():
            first = el[0] if len(el) else None
            if _HEADING_START.match(text) and not (el.text or "").strip() and first is not None \
                    and first.tag in _CAPTION_ELEMENTS and (first.tail or "").strip() and _caption_like(_text(first)):
                # "Article 2" drawn before a caption in an element of its own, the text after it ('<p class="art">
                # <span>Duties</span> An operator ...'): the caption is set apart by its element, as a bold heading is;
                # number and caption are written as one bold heading, the text after it as its article's text
                first.text = text + (first.text or "")
                first.tag = "strong"
            else:
                el.text = text + (el.text or "")
        for el, text in gen.after.items():
            last = el[-1] if len(el) else None
            if last is None:
                el.text = (el.text or "") + text
            else:
                last.tail = (last.tail or "") + text
        for el, kind in gen.list_style.items():
            if not _LIST_STYLE.search(el.get("style") or ""):  # the element's own style wins over the sheet's
                el.set("style", f"{el.get('style') or ''}; list-style-type: {kind}".lstrip("; "))
        for el, text in gen.marker.items():
            # the sheet's marker replaces the browser's default number (browser_list_labels draws none for it)
            own = _LIST_STYLE_DECL.sub("", el.get("style") or "").strip("; ")
            el.set("style", f"{own}; list-style-type: none".lstrip("; "))
            if text:
                line = _first_line(el)
                line.text = text + (line.text or "")
        if gen.counted:
            drawn = [t.strip() for t in [*gen.before.values(), *gen.after.values(), *gen.marker.values()]
                     if t.strip()]
            shown = ", ".join(repr(t) for t in list(dict.fromkeys(drawn))[:3])
            draft.notes.append(f"{gen.counted} number(s) ({shown} ...) were drawn by the page's style sheet (CSS "
                               "counters in ::before, ::after or a list item's ::marker, or a list style it defines "
                               "with @counter-style) and written into the text as a browser shows them; compare the "
                               "article numbers with the page as shown")
        if gen.doubts:
            what = "the page's style sheet draws numbers the import did not write: " + "; ".join(gen.doubts[:4])
            draft.notes.append(what)
            draft.meta["style-doubt"] = what


# blocks a list item's first line may open inside (its marker is drawn beside that line); a nested list, a table or a
# preformatted block opens with its own marker or layout, so the item's marker stays before it
_FIRST_LINE_BLOCKS = frozenset(["p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote",
                                "center", "figure", "address"])


def _first_line(li: Any) -> Any:
    """The element whose text opens a list item's first line: the item itself, or, when the item opens with a
    paragraph element and no text of its own ('<li><p>These Provisions ...</p><p>...</p></li>'), that paragraph
    (down through such blocks). A browser draws the item's marker beside that line, so the marker is written
    there, not as a paragraph of its own."""
    node = li
    while not (node.text or "").strip() and len(node) and isinstance(node[0].tag, str) \
            and node[0].tag.lower() in _FIRST_LINE_BLOCKS:
        node = node[0]
    return node


_CAPTION_ELEMENTS = frozenset(["span", "b", "strong", "em", "i", "u", "cite", "label"])
_CAPTION_END = re.compile(r"[.;:,。；：，]$")


def _caption_like(text: str) -> bool:
    """A short run of words that ends no sentence or clause (an article's caption, not the start of its text)."""
    return 0 < len(text.split()) <= 10 and not _CAPTION_END.search(text)


class StyleDoubt(Stage):
    """Reads ``meta['style-doubt']`` (:class:`StyleSheetNumbers`); writes it as the import's comment after the text,
    so that ``regkb check`` reports it (warning ``text-not-read``) until the text is mended."""

    def __call__(self, draft: Draft) -> None:
        what = draft.meta.pop("style-doubt", None)
        if what:
            draft.blocks.append(Block([Line(f"<!-- regkb doubt (text-not-read): {what} -->")]))


class PageMetadata(Stage):
    """Reads ``tree``; writes ``meta``: the page's <title>, its description and the lines it sets apart as
    a title (headings, centred or bold lines), as the page states them."""

    def __call__(self, draft: Draft) -> None:
        root = draft.tree
        title = root.findtext(".//title")
        if title and title.strip():
            draft.meta["page_title"] = " ".join(title.split())
        for m in root.iter("meta"):
            name = (m.get("name") or m.get("property") or "").lower()
            content = " ".join((m.get("content") or "").split())
            if content and name in ("description", "og:description"):
                draft.meta.setdefault("description", content)
            if content and name in ("og:url",):
                draft.meta.setdefault("url", content)
        draft.meta["title_lines"] = _title_lines(root)
        from .metadata import to_date

        body = root.find("body")
        whole = " ".join((body if body is not None else root).text_content().split())
        m = _PAGE_DATE.search(whole)
        if m:
            d = to_date(m)
            if d:
                draft.meta["page_date"] = (m.group("label"), d)


_CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)


def _title_lines(root: Any) -> list[str]:
    """Lines the page sets apart as a title, in page order: headings (<h1>-<h3>), and paragraphs that
    are centred or wholly bold. Lines inside page chrome (navigation, header, footer ...) are not."""
    out: list[str] = []
    for el in root.iter("h1", "h2", "h3", "p", "div", "td", "center"):
        if any(a.tag in CHROME for a in el.iterancestors()):
            continue
        text = _text(el)
        if not text or len(text) > 200:
            continue
        if el.tag in ("h1", "h2", "h3"):
            out.append(text)
            continue
        if el.tag == "div" and any(isinstance(c.tag, str) and c.tag in _BLOCKISH for c in el):
            continue  # a container, not a line
        centred = el.tag == "center" or (el.get("align") or "").lower() == "center" or \
            bool(_CENTRED.search(el.get("style") or ""))
        bold = [c for c in el if c.tag in ("strong", "b")]
        wholly_bold = bool(bold) and _text(bold[0]) == text if len(bold) == 1 else False
        if centred or wholly_bold:
            out.append(text)
    return out


# ((bounds20) each white-space run possessive: the runs on either side of an optional bracket would otherwise split a
# long run of spaces every way, quadratic; no bracket or mark is white space, so what matches is unchanged)
_NOTE_MARK = re.compile(r"^\s*+[\[(]?\s*+(?:\d{1,3}|[a-z]|[ivx]{1,4}|[*†‡§¶]{1,3})\s*+[\])]?\s*+$")
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}


class PageNotes(Stage):
    """Reads ``tree`` (the whole page); finds the page's footnotes and writes them as Markdown's: a footnote is a pair
    of links that point at each other, the mark in the text (``<a href="#_ftn1" name="_ftnref1">[1]</a>``, Word's
    "Save as Web Page"; ``<a href="#fn1" id="fnref1">``, Pandoc's) and the back link in the note. The mark is a
    short sign ("1", "[2]", "*"), and the note never a heading nor a block that holds an article heading (a contents
    list whose entries and article headings link to each other is no footnote). The mark's text becomes "[^1]"; the note (the block around the back link, or the element the mark points to when it is a block)
    is taken out of its place and written, without its back link, as a paragraph "[^1]: ..." in a box at the end of
    the page, which :class:`NotesAfterText` puts after the main content. The parser keeps such notes apart, not law
    (parse/structure.py ``find_footnotes``); before, the marks stayed in the law's words and the notes were lost."""

    def __call__(self, draft: Draft) -> None:
        import lxml.html

        root = draft.tree
        named: dict[str, Any] = {}
        for el in root.iter():
            if not isinstance(el.tag, str):
                continue
            for key in ("id", "name"):
                if el.get(key):
                    named.setdefault(str(el.get(key)), el)
        notes: list[tuple[str, str]] = []
        done: set[int] = set()
        for a in list(root.iter("a")):
            href = str(a.get("href") or "")
            own = a.get("id") or a.get("name")
            if not href.startswith("#") or not own or id(a) in done or not _NOTE_MARK.match(_text(a)):
                continue  # a mark is a short sign ("1", "[2]", "*"), not a contents entry's "Article 5 ..."
            target = named.get(href[1:])
            if target is None or target is a:
                continue
            back = next((b for b in ([target] if target.tag == "a" else []) + list(target.iter("a"))
                         if b.get("href") == f"#{own}"), None)
            if back is None or back is a:
                continue  # a link to a place that does not link back: a cross-reference, not a footnote
            note = target if target.tag in _BLOCKISH and target.tag != "a" else \
                next((e for e in back.iterancestors() if e.tag in _BLOCKISH), None)
            if note is None or any(e is note for e in a.iterancestors()) or note.tag in _HEADINGS \
                    or _holds_article_heading(note):
                continue  # an article's heading that links back to a contents entry is law, never a note
            label = re.sub(r"[\s\[\]()^]", "", _text(a)) or str(len(notes) + 1)
            label = re.sub(r"[^0-9A-Za-z-]", "", label) or str(len(notes) + 1)
            done.update((id(a), id(back)))
            for c in list(a):
                a.remove(c)
            a.text = f"[^{label}]"
            back.drop_tree()  # its tail (the note's first words) stays in the note
            notes.append((label, " ".join(_text(note).split())))
            note.drop_tree()
        if not notes:
            return
        box = lxml.html.Element("div")
        box.set("data-regkb-notes", "")
        for label, text in notes:
            para = lxml.html.Element("p")
            para.text = f"[^{label}]: {text}"
            box.append(para)
        body = root.find("body")
        (body if body is not None else root).append(box)
        draft.notes.append(f"{len(notes)} footnote(s) of the page (a mark and a note that link to each other) written "
                           "after the text as Markdown notes ('[^N]: ...'), their marks as '[^N]': the parser keeps "
                           "them as notes, not law")


class NotesAfterText(Stage):
    """Reads ``tree`` (the main content); puts the page's notes (:class:`PageNotes`) after it, when they stand
    outside it."""

    def __call__(self, draft: Draft) -> None:
        main = draft.tree
        if main is None or not isinstance(getattr(main, "tag", None), str):
            return
        root = main.getroottree().getroot()
        for box in root.iter("div"):
            if box.get("data-regkb-notes") is not None:
                if not any(e is main for e in box.iterancestors()) and box is not main:
                    main.append(box)
                return


# what stands round a page's navigation link in its block and is no word: the bars and dots between links, brackets
# ("[Top]"), arrows ("↑ Contents", "^ Top")
_SEPARATORS = re.compile(r"[\s|｜·•/\[\]()【】↑⇑⇧⬆▲△^]+")


def _is_structure(block: Any, words: str) -> bool:
    """Whether a block is part of the text's structure: a heading element, or words that open as a provision's
    heading ("Article 2", "Chapter II", "Section 1", "Annex 1")."""
    from ..parse import patterns as P

    return block.tag in _HEADINGS or any(p.match(words) for p in (P.ARTICLE, P.CHAPTER, P.SECTION, P.ANNEX_HEADING))


def _is_contents_list(el: Any, links: list[Any]) -> bool:
    """A box of the page that lists places of the page: ``links`` (its links to in-page anchors) are three or more,
    and its words (bars, brackets and arrows aside) are the links' words but for a title such as "Contents" (a fifth
    at most)."""
    if len(links) < 3:
        return False
    inside = sum(len(_SEPARATORS.sub("", _text(a))) for a in links)
    return inside * 5 >= len(_SEPARATORS.sub("", _text(el))) * 4


class _BackLinks:
    """Reads the whole page (before its chrome is dropped); called with a link's ``href`` and the link, tells whether
    the link takes the reader back to the page's top, its chrome or its contents list, i.e. is navigation. Its target
    is the page's top ("#", "#top", the id of <html> or <body>), an element in the page's chrome (a <nav>, a
    <header>), a contents list (:func:`_is_contents_list`) or a place inside one, or a place above the first article
    heading of the text when the link stands below it (the title, the box that holds the contents: a jump back above
    where the law begins). Told by where the link goes, never by its words ("↑ Contents", "Back to contents", "[Top]")."""

    def __init__(self, root: Any) -> None:
        # the elements are held, so that lxml keeps one proxy (and so one id) per element while this test lives
        self.elements = [el for el in root.iter() if isinstance(el.tag, str)]
        self.order = {id(el): k for k, el in enumerate(self.elements)}
        self.named: dict[str, Any] = {}
        for el in self.elements:
            for key in ("id", "name"):
                if el.get(key):
                    self.named.setdefault(str(el.get(key)), el)
        self.top = {str(el.get("id")).lower() for el in root.iter("html", "body") if el.get("id")} | {"", "top"}
        links_in: dict[int, list[Any]] = {}  # element -> its links to in-page anchors
        for a in self.elements:
            if a.tag == "a" and (h := (a.get("href") or "").strip()).startswith("#") and h[1:] in self.named:
                for e in a.iterancestors():
                    links_in.setdefault(id(e), []).append(a)
        lists = [el for el in self.elements if _is_contents_list(el, links_in.get(id(el), []))]
        self.listed = {id(e) for el in lists for e in el.iter()}  # a contents list and what is inside it
        self.start = next((self.order[id(el)] for el in self.elements if el.tag in _BLOCKISH and id(el) not in self.listed
                           and not any(isinstance(c.tag, str) and c.tag in _BLOCKISH for c in el)
                           and _ARTICLE_START.match(_text(el))), None)

    def __call__(self, href: str, link: Any) -> bool:
        if not href.startswith("#"):
            return False
        if href[1:].lower() in self.top:
            return True
        target = self.named.get(href[1:])
        if target is None:
            return False
        if any(e.tag in CHROME for e in (target, *target.iterancestors())) \
                or id(target) in self.listed:
            return True
        at = self.order.get(id(target))
        return self.start is not None and at is not None and at < self.start < self.order.get(id(link), -1)


# a rule of a page's <style> that hides what it selects; the classes of its selectors' last parts are panels' classes
_CSS_HIDES = re.compile(r"(?i)(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)")
_CSS_CLASS = re.compile(r"\.([A-Za-z_][\w-]*)")
# the mark left on an element of a class the page's style sheet hides (read by :func:`panel`; never text)
_SHEET_HIDDEN = "data-regkb-sheet-hidden"


def _css_rules(sheet: str) -> Iterator[tuple[str, str]]:
    """A style sheet's innermost rules, (selectors, declarations), in one pass: the text before each "}" back to the
    "{" that opens its block, and the selectors back to the brace before that (an @media block's own rules, not the
    @media line). The same as matching "([^{}]+){([^{}]*)}" through the sheet, which took time growing with the square
    of a long stretch with no brace (a 40 KB one took minutes)."""
    for chunk in sheet.split("}")[:-1]:
        head, brace, body = chunk.rpartition("{")
        selectors = head.rsplit("{", 1)[-1]
        if brace and selectors:
            yield selectors, body


def _sheet_hidden_classes(root: Any) -> set[str]:
    """The classes a page's ``<style>`` elements hide: the classes of the last compound of each selector (pseudo-classes
    cut: ``.collapse:not(.show)`` gives "collapse") of a rule that sets display:none or visibility:hidden (Bootstrap's
    ``.tab-content > .tab-pane``, jQuery UI's ``.ui-tabs-hide``). Bounded as the counters' reader is (css.MAX_CSS)."""
    from .css import MAX_CSS

    sheet = _CSS_COMMENT.sub("", "".join(st.text_content() for st in root.iter("style"))[:MAX_CSS])
    out: set[str] = set()
    for selectors, body in _css_rules(sheet):
        if _CSS_HIDES.search(body):
            for sel in selectors.split(","):
                last = re.split(r"[\s>+~]+", sel.strip())[-1].split(":", 1)[0]
                out |= set(_CSS_CLASS.findall(last))
    return out


_CSS_COMMENT = re.compile(r"/\*.*?\*/", re.DOTALL)
# the roles of a script-driven widget that is never a document's text (a dialog, a menu, a tooltip, a live message)
_WIDGET_ROLES = frozenset({"dialog", "alertdialog", "menu", "menubar", "menuitem", "tooltip", "alert", "status",
                           "listbox", "combobox", "search", "navigation", "progressbar", "log", "marquee", "timer"})


class TabsAndHiddenParts(Stage):
    """Reads ``tree`` (the whole page, before its chrome is dropped); writes ``tree``: the labels of its tabs and
    folds placed or listed, and its hidden widgets listed and left out.

    What a page hides until the reader opens it (a tab, an accordion's fold, a "show more") is kept: law behind a tab
    is still law (:class:`FindMainContent` reads every panel, in the page's order). The control that opens a panel
    (role="tab", a ``data-toggle``/``data-bs-toggle`` link or button, a link or button in a role="tablist"; its
    target by ``aria-controls``, ``data-target``/``data-bs-target`` or ``href`` "#id") is the panel's label, told by
    that markup (a panel: :func:`panel`, its class perhaps one the page's ``<style>`` hides), never by its words (or a strip of plain links, two or more in one list or box, each to a panel): inside a heading or a ``<summary>`` whose words are all its own, it stays there
    (a button is otherwise chrome, and the heading's words would be lost); a label that reads as a chapter, section or
    part heading, where its panel opens with no heading of its own, is written as the panel's heading; any other is
    listed as left out (the panel repeats it, or opens with its own heading). A hidden element whose role or element
    is a script-driven widget (a dialog, a menu, a tooltip, an alert: ``_WIDGET_ROLES``, ``<dialog>``, ``<menu>``) is
    left out and listed, unless it holds an article heading."""

    def __call__(self, draft: Draft) -> None:
        root = draft.tree
        if hiding := _sheet_hidden_classes(root):
            for el in root.iter():
                if isinstance(el.tag, str) and el.get("class") and hiding & set((el.get("class") or "").split()):
                    el.set(_SHEET_HIDDEN, "")
        ids = {str(el.get("id")): el for el in root.iter() if isinstance(el.tag, str) and el.get("id")}
        placed = 0
        done: list[Any] = []
        # what the page shows just before each panel: a chapter heading set before the panel, outside it, is its
        # heading (not to be written twice: a chapter twice is an error that keeps the text undivided)
        before = {el: _squash(_text(u)) for el, u in _unit_before(root, {e for e in ids.values() if panel(e)}, True).items()
                  if u is not None}  # (its words now: the labels are taken out as they are read)
        # a strip of tabs written as plain links: two links or more in one list or box, each to a panel ("#tabs-2")
        to_panel = [a for a in root.iter("a") if (h := (a.get("href") or "").strip()).startswith("#")
                    and (tg := ids.get(h[1:])) is not None and panel(tg)]
        boxes = [next((e for e in a.iterancestors("ul", "ol", "div", "nav", "p", "menu")), None) for a in to_panel]
        strip = {id(a) for a, b in zip(to_panel, boxes, strict=True)
                 if b is not None and sum(x is b for x in boxes) >= 2}
        for c in list(root.iter("a", "button", "li", "div", "span", "summary")):
            if c.getparent() is None or any(a is d for a in c.iterancestors() for d in done):
                continue
            role = (c.get("role") or "").strip().lower()
            toggles = (c.get("data-toggle") or c.get("data-bs-toggle") or "").strip().lower()
            in_list = any((a.get("role") or "").strip().lower() == "tablist" for a in c.iterancestors())
            if not (role == "tab" or toggles in ("tab", "pill", "collapse") or (in_list and c.tag in ("a", "button"))
                    or id(c) in strip):
                continue
            ref = next((str(v).strip() for v in (c.get("aria-controls"), c.get("data-target"), c.get("data-bs-target"),
                                                 c.get("href")) if v and str(v).strip()), "")
            target = ids.get(ref[1:] if ref.startswith("#") else ref)
            label = _text(c)
            if target is None or not panel(target) or not label or _is_ancestor(c, target):
                continue
            done.append(c)
            heading = next((e for e in c.iterancestors() if e.tag in _HEADINGS or e.tag == "summary"), None)
            if heading is not None and _text(heading) == label:
                c.drop_tag()  # the heading's words: kept where they stand
                continue
            placed += _place_label(draft, c, label, target, before)
        for c, target in _switch_labels(root):  # CSS-only tabs and folds: a <label> of a radio button or a checkbox
            if c.getparent() is not None and (label := _text(c)):
                placed += _place_label(draft, c, label, target, before)
        if placed:
            draft.notes.append(f"{placed} tab or fold label(s) that read as a chapter, section or part heading written "
                               "as the heading of the panel they open (the panel has no heading of its own)")
        widgets: list[str] = []
        order = {e: k for k, e in enumerate(root.iter())}  # (the elements as keys: kept alive, each its own key)
        heads = [order[u] for u in root.iter(*_UNITS) if _unit_number(u) is not None]
        for el in list(root.iter()):
            if not isinstance(el.tag, str) or el.getparent() is None:
                continue
            role = (el.get("role") or "").strip().lower()
            shut = hidden(el) or (el.tag == "dialog" and el.get("open") is None)
            # ... unless it stands among the law's articles (after the first article heading, in a box below the
            # page's level that holds article headings) and holds sentences (the full text of an article a "full
            # text" link opens in a dialog, a note shown as a tooltip): kept, and reported (HiddenDoubt)
            box = el.getparent()
            among = bool(heads) and heads[0] < order[el] and box.tag not in ("body", "html") \
                and any(_unit_number(u) is not None for u in box.iter(*_UNITS)) \
                and len(_WORDS.findall(_text(el))) >= _SENTENCE_WORDS
            if shut and (role in _WIDGET_ROLES or el.tag in ("dialog", "menu")) and not _article_numbers(el) \
                    and not among:
                if words := _text(el):
                    widgets.append(words)
                    draft.furniture.append(Furniture(words, f"a hidden {role or el.tag} (a script-driven widget, not "
                                                            "text)"))
                el.drop_tree()
        if widgets:
            draft.notes.append(f"{len(widgets)} hidden widget(s) (a dialog, a menu, a tooltip or an alert the page's "
                               f"script shows) left out: {', '.join(w[:40] for w in widgets[:3])}")


def _place_label(draft: Draft, c: Any, label: str, target: Any | None, before: dict[Any, str]) -> bool:
    """Take the label ``c`` of the panel ``target`` (None: not known) out of the page: written as the panel's heading
    when it reads as a chapter, section or part heading and the panel has none (not even just before it); otherwise
    listed as left out. Whether it was written as a heading."""
    placed = False
    if target is not None and P.LAW_ROW_DIVISION.match(label) and not _opens_heading(target) \
            and not _squash(_start_text(target, 120)).startswith(_squash(label)) \
            and before.get(target) != _squash(label):
        head = target.makeelement("h2", {})
        head.text = label
        target.insert(0, head)
        if target.text and target.text.strip():
            head.tail, target.text = target.text, None
        placed = True
    else:
        draft.furniture.append(Furniture(label, "the label of a tab or fold (its panel repeats it or opens "
                                                "with its own heading)"))
    holder = c.getparent()
    c.drop_tree()
    if holder is not None and holder.tag == "li" and not _text(holder) and holder.getparent() is not None:
        holder.drop_tree()  # the list item that held the tab: its bullet would stand alone
    return placed


def _switch_labels(root: Any) -> list[tuple[Any, Any | None]]:
    """The labels of a page's CSS-only tabs and folds, each with the panel it opens (None where that is not known): a
    ``<label>`` of a radio button or a checkbox (``for`` naming it, or the label holding it). The style sheet shows the
    panel after the checked input (``#tab2:checked ~ .panel``), which is not read: a group's labels are matched with
    the panels (:func:`panel`) that follow its first input in the same box, in order, when there are as many of each;
    otherwise each label is only taken out and listed. A group with no panel after it is a form's (a checkbox in an
    annex's form): its labels are left as text. The switch itself is an ``<input>``, never text."""
    switches = {str(i.get("id")): i for i in root.iter("input") if (i.get("type") or "").strip().lower()
                in ("radio", "checkbox") and i.get("id")}
    labels: list[tuple[Any, Any]] = []
    for lab in root.iter("label"):
        sw = switches.get((lab.get("for") or "").strip())
        if sw is None:
            sw = next((i for i in lab.iter("input") if (i.get("type") or "").strip().lower() in ("radio", "checkbox")),
                      None)
        if sw is not None:
            labels.append((lab, sw))
    groups: dict[tuple[Any, str], list[tuple[Any, Any]]] = {}
    for lab, sw in labels:
        box = lab.getparent() if _is_ancestor(lab, sw) else sw.getparent()  # (an input inside its label: the label's box)
        groups.setdefault((box, (sw.get("name") or "").strip() or str(id(sw))), []).append((lab, sw))
    out: list[tuple[Any, Any | None]] = []
    for (box, _name), members in groups.items():
        first = members[0][1]
        order = {e: k for k, e in enumerate(box.iter())} if box is not None else {}
        panels = [e for e in (box.iter() if box is not None else ()) if isinstance(e.tag, str) and e.tag != "label"
                  and order[e] > order[first] and panel(e) and not any(panel(a) for a in e.iterancestors()
                                                                      if a is not box and _is_ancestor(box, a))]
        if not panels:
            continue  # no panel after the switches: a form's boxes (an annex's "[ ] individual"), whose words stay
        matched = len(panels) == len(members)
        out.extend((lab, panels[k] if matched else None) for k, (lab, _sw) in enumerate(members))
    return out


class InertLawAndControls(Stage):
    """Reads ``tree`` (the whole page, after :class:`TabsAndHiddenParts`, before its chrome is dropped); writes ``tree``
    with the law that a page keeps where :class:`DropChrome` would drop it read in place.

    - A ``<template>`` or ``<noscript>`` that holds article headings no other part of the page has: a page that fills
      a panel by its script from a template (a lazily shown tab), or gives the law only to readers without scripts.
      Its content is read where it stands, and the import says so; a template or noscript whose articles the page
      has elsewhere (a copy, a row pattern "Article {{n}}") stays out, as chrome.
    - A ``<button>`` that opens a fold (an accordion's trigger): where its words are all those of the heading element
      or ``<summary>`` round it (the WAI-ARIA accordion: ``<h3><button>...</button></h3>``), they stay there as the
      heading's; where they open as an article, chapter, section or part heading ("Article 5", "Chapter II") and it
      stands alone, they are read as a heading line of their own. A button's words are otherwise chrome ("Print",
      "Read more"). Told by the markup and the heading's number, never by a site's class names."""

    def __call__(self, draft: Draft) -> None:
        import lxml.html
        from lxml import etree

        root = draft.tree
        kept = 0
        for b in list(root.iter("button")):
            if b.getparent() is None or not (words := _text(b)):
                continue
            heading = next((e for e in b.iterancestors() if e.tag in _HEADINGS or e.tag == "summary"), None)
            if heading is not None and _text(heading) == words:
                b.drop_tag()
                kept += 1
            elif _unit_number(b) is not None or P.LAW_ROW_DIVISION.match(words):
                b.tag = "div"
                kept += 1
        if kept:
            draft.notes.append(f"{kept} button(s) that open a fold read as the heading they are (an accordion's "
                               "trigger: the words of a heading, or an article, chapter or section heading)")
        for e in list(root.iter("script", "iframe")):
            markup = (e.text or "") if e.tag == "script" else (e.get("srcdoc") or "")
            if e.getparent() is None or not markup.strip() or (e.tag == "script" and not _MARKUP_SCRIPT.search(
                    e.get("type") or "")):
                continue
            # a script's template ("text/x-template", "text/html") or a frame's own page (srcdoc): markup a script
            # or the browser shows in place, read as a <template> is
            tpl = e.makeelement("template", {"data-regkb-from": e.tag})
            try:
                parts = lxml.html.fragments_fromstring(markup)
            except (ValueError, etree.ParserError):
                continue
            if parts and isinstance(parts[0], str):
                tpl.text, parts = parts[0], parts[1:]
            tpl.extend(parts)
            tpl.tail = e.tail
            e.getparent().replace(e, tpl)
        inert = [e for e in root.iter("template", "noscript")
                 if not any(a.tag in ("template", "noscript", "head") for a in e.iterancestors())]
        inside = {x for e in inert for x in e.iter()}
        seen = {n for u in root.iter(*_UNITS) if u not in inside and (n := _unit_number(u)) is not None}
        before = _unit_before(root, set(inert))
        opened: list[str] = []
        for e in inert:
            if (numbers := _article_numbers(e)) - seen:
                opened.append(f"<{e.tag}> with article(s) {', '.join(str(n) for n in sorted(numbers)[:4])}"
                              + (" ..." if len(numbers) > 4 else "")
                              + (" (some of them also stand elsewhere in the page)" if numbers & seen else ""))
                seen |= numbers
                e.drop_tag()
            elif (u := before.get(e)) is not None and _unit_number(u) is not None \
                    and len(_text(u).split()) <= _HEADING_WORDS and _WORDY.search(words := _text(e)):
                # the body of an article whose heading stands just before it, with no text of its own
                opened.append(f"<{e.tag}> after {_text(u)[:30]!r}: {words[:40]!r}")
                e.drop_tag()
        if opened:
            draft.notes.append(f"{len(opened)} part(s) of the page that a browser does not show as written (a "
                               "<template> its script fills a panel or a fold from, or a <noscript>) hold articles "
                               "the page has nowhere else, or the text of an article whose heading stands before them "
                               f"with none: read in place as text: {'; '.join(opened[:3])}"
                               + (" ..." if len(opened) > 3 else ""))


# the type of a <script> that holds markup, not a program: a template ("text/template", "text/x-template",
# "text/x-handlebars-template", "text/ng-template", "text/x-jquery-tmpl") or a piece of page ("text/html")
_MARKUP_SCRIPT = re.compile(r"(?i)^\s*text/(?:html|[\w.+-]*(?:template|tmpl)[\w.+-]*)\s*$")
# the most words of an article heading line with no text of its own: the number and a caption
_HEADING_WORDS = 14


def _unit_before(root: Any, marks: set[Any], into: bool = False) -> dict[Any, Any]:
    """For each element of ``marks`` (read into with ``into``; else passed over, as text the page does not show), the
    paragraph, heading, list item or cell (``_UNITS``) whose text comes last before it in the page, or None."""
    out: dict[Any, Any] = {}
    last: list[Any] = [None]

    def unit(el: Any) -> Any:
        return el if el.tag in _UNITS else next(el.iterancestors(*_UNITS), None)

    def walk(el: Any) -> None:
        if el in marks:
            out[el] = last[0]
            if not into:
                return
        if not isinstance(el.tag, str):
            return
        if (el.text or "").strip():
            last[0] = unit(el)
        for c in el:
            walk(c)
            if (c.tail or "").strip():
                last[0] = unit(el)

    walk(root)
    return out


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text).lower()


def _opens_heading(el: Any) -> bool:
    """Does ``el`` open with a heading of its own: its first element with words is a heading element, or its first
    words open as a chapter, section or part heading (patterns.LAW_ROW_DIVISION)?"""
    if (el.text or "").strip():
        return bool(P.LAW_ROW_DIVISION.match(_start_text(el)))
    for e in el.iter():
        if e is el or not isinstance(e.tag, str) or not (words := _start_text(e)):
            continue
        return e.tag in _HEADINGS or bool(P.LAW_ROW_DIVISION.match(words))
    return False


class DropChrome(Stage):
    """Reads ``tree``; removes scripts, styles, navigation, forms, headers, footers and comments, and the links that
    act on the page itself (back to its top or its contents, print) where they stand alone."""

    def __call__(self, draft: Draft) -> None:
        from lxml import etree

        root = draft.tree
        goes_back = _BackLinks(root)
        for el in list(root.iter(etree.Comment, etree.ProcessingInstruction)):
            el.drop_tree()
        opened: list[str] = []
        for el in list(root.iter(*CHROME)):
            if el.getparent() is None:
                continue
            if el.tag in ("form", "header") and _holds_law(el, divisions=el.tag == "header"):
                # a form round the whole page (a server's page form: ASP.NET's <form runat="server">), or a
                # section's or article's own <header> round its heading: the law's, not chrome; the controls, menus
                # and other chrome inside it are dropped in turn
                opened.append(el.tag)
                continue
            el.drop_tree()
        if opened:
            draft.notes.append(f"{len(opened)} <form> or <header> element(s) that hold the text's article (or, for a "
                               "<header>, chapter) headings read as text, not as page chrome: "
                               + ", ".join(sorted(set(opened))))
        controls: list[str] = []
        for a in list(root.iter("a")):
            href = (a.get("href") or "").strip()
            # a link that acts on the page itself, not on the law: back to its top, its chrome or its contents list
            # (_BackLinks), or a script ("javascript:window.print()"). Told by its target, never by its words
            acts = href.lower().startswith("javascript:") or goes_back(href, a)
            # ... standing alone in its block (a link in a sentence is the sentence's words, whatever its target)
            block = next((e for e in a.iterancestors() if e.tag in _BLOCKISH), None)
            # ... and not the text's own structure: a heading element, or a provision's heading, written as a link to
            # "#" (a page whose headings are placeholder links: "<h3><a href="#">Article 2</a></h3>") is the law's
            if acts and block is not None and _SEPARATORS.sub("", _text(block)) == _SEPARATORS.sub("", _text(a)) \
                    and not _is_structure(block, _text(a)):
                # every character left out is listed: the block's, when only brackets or arrows stand round the link
                alone = block.tag in ("p", "div", "li", "dd", "dt", "center", "section", "address") \
                    and block.getparent() is not None
                words = _text(block) if alone else _text(a)
                if words:
                    controls.append(words)
                    draft.furniture.append(Furniture(words, "a link that acts on the page (back to its top or its "
                                                            "contents list, print), not text"))
                (block if alone else a).drop_tree()
        if controls:
            draft.notes.append(f"{len(controls)} link(s) that act on the page itself (to its top or its contents "
                               f"list, or a script) left out: {', '.join(sorted(set(controls))[:4])}")


def _holds_law(el: Any, divisions: bool) -> bool:
    """Does ``el`` hold an article heading (with ``divisions``, also a chapter, section or part heading in a heading
    element) of its own, not a link in a contents list or menu (inside a ``<nav>`` or a link holding all its words)?"""
    for u in el.iter(*_UNITS):
        if any(a.tag == "nav" for a in u.iterancestors()) or any(_text(a) == _text(u) for a in u.iter("a")):
            continue
        if _unit_number(u) is not None or (divisions and u.tag in _HEADINGS and P.LAW_ROW_DIVISION.match(_text(u))):
            return True
    return False


class FindMainContent(Stage):
    """Reads ``tree``; writes ``tree``: the element that holds the main text.

    Each paragraph-like element adds its text length (less the text of its links) to its
    nearest block ancestor; the ancestor with the most text wins, widened to a common ancestor
    while that keeps most of the page's text. Nothing here knows one site's markup.
    """

    def __call__(self, draft: Draft) -> None:
        root = draft.tree
        scores: dict[Any, int] = {}
        total = 0
        for el in root.iter(*PARAGRAPHS, "br"):
            if el.tag == "br":
                continue
            text = _text(el)
            links = sum(len(_text(a)) for a in el.iter("a"))
            n = max(len(text) - links, 0)
            if not n:
                continue
            total += n
            parent = el.getparent()
            while parent is not None and parent.tag not in _BLOCKISH - set(PARAGRAPHS):
                parent = parent.getparent()
            if parent is not None:
                scores[parent] = scores.get(parent, 0) + n
        # loose text in divs (a page of <div>s and <br>s) counts for the div itself
        for div in root.iter("div", "section", "article", "main", "td"):
            own = len((div.text or "").strip()) + sum(len((c.tail or "").strip()) for c in div)
            if own:
                scores[div] = scores.get(div, 0) + own
                total += own
        if not scores:
            draft.notes.append(f"{draft.path.name}: no text found in the page")
            return
        best = max(scores, key=lambda e: scores[e])
        # widen to an ancestor when the best element holds less than half of the text
        cur = best
        while _covered(cur, scores) * 2 < total and cur.getparent() is not None:
            cur = cur.getparent()
        # the law goes on after the chosen element: a sibling after it opens with an article heading (a page that
        # sets its articles in several lists or boxes, one after the other, with a heading between them): widen
        # (session 15) so does an element that stands between articles, a sibling before it and one after it opening
        # with an article heading (an article's glossary in a <dl> or a table, longer than any one paragraph)
        while cur.getparent() is not None and cur.tag not in ("body", "html") and (_holds_article_heading(cur) or any(
                isinstance(s.tag, str) and _ARTICLE_START.match(_text(s)) for s in cur.itersiblings(preceding=True))) \
                and any(isinstance(s.tag, str) and _ARTICLE_START.match(_text(s)) for s in cur.itersiblings()):
            cur = cur.getparent()
        # the law goes on in the next pages of a document converted page by page (pdf2htmlEX's "pf" boxes, pdftohtml's
        # "page1-div", a viewer's "page" divs): widen to the element that holds the pages
        cur, pages = _pages_around(cur)
        if pages:
            draft.notes.append(f"the text is set in {pages + 1} page boxes of one shape (a document converted page by "
                               "page): all of them read, in the page's order")
        # the law goes on in a panel beside the chosen element that the page shows one at a time: a tab's panel, an
        # accordion's fold, a part hidden until the reader opens it (before or after it: the box with the most text is
        # chosen, whichever panel is open): widen to the element that holds the panels
        cur, opened = _panels_around(cur)
        if opened:
            draft.notes.append(f"the text is set in {opened} panel(s) that the page shows one at a time (tabs, an "
                               "accordion, a part hidden until opened): all of them read, in the page's order, as "
                               "law hidden by a tab is still law")
        if cur.tag in ("tr", "tbody", "thead", "tfoot"):  # a row of a law set in a table is not the law: its table is
            table = next(cur.iterancestors("table"), None)
            if table is not None and law_table(table):
                cur = table
        draft.tree = cur


# an inline style that hides an element (the page's script shows it when the reader opens its tab or fold)
_HIDDEN_STYLE = re.compile(r"(?i)(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|content-visibility\s*:\s*hidden)")
# the words of a class or id that name a panel of a tabbed or collapsible interface (Bootstrap's "tab-pane",
# "collapse", "accordion-collapse"; jQuery UI's "ui-tabs-panel"; "is-hidden", "show-more", "folded")
_PANEL_WORDS = frozenset({"tab", "tabs", "tabpanel", "tabpane", "pane", "panel", "panels", "collapse", "collapsed",
                          "collapsible", "accordion", "fold", "folded", "foldable", "expand", "expandable", "expanded",
                          "toggle", "more", "hidden", "hide"})
_WORD_SPLIT = re.compile(r"[\s_-]+")


def hidden(el: Any) -> bool:
    """Does the page hide ``el`` until a script or the reader shows it: the ``hidden`` attribute, aria-hidden="true",
    an inline style display:none / visibility:hidden, or a ``<details>`` that is not open?"""
    return (el.get("hidden") is not None or (el.get("aria-hidden") or "").strip().lower() == "true"
            or bool(_HIDDEN_STYLE.search(el.get("style") or "")) or (el.tag == "details" and el.get("open") is None))


def panel(el: Any) -> bool:
    """Is ``el`` a panel of a tabbed or collapsible interface: role="tabpanel", a ``<details>``, an element the page
    hides (:func:`hidden`, or by a class its style sheet hides: marked by :class:`TabsAndHiddenParts`), or one whose
    class or id names a tab, pane, panel or fold (``_PANEL_WORDS``)?"""
    if el.tag == "details" or (el.get("role") or "").strip().lower() == "tabpanel" or hidden(el) \
            or el.get(_SHEET_HIDDEN) is not None:
        return True
    return bool(set(_WORD_SPLIT.split(f"{el.get('class') or ''} {el.get('id') or ''}".lower())) & _PANEL_WORDS)


_DIGITS = re.compile(r"\d+")


def _shape(el: Any) -> tuple[str, frozenset[str]]:
    """An element's tag and class words with their numbers left out ("pf w0 h0" and "pc pc2 w0 h0" name no page)."""
    return el.tag, frozenset(_DIGITS.sub("", c) for c in (el.get("class") or "").split())


def _pages_around(cur: Any) -> tuple[Any, int]:
    """``cur`` widened to the element that holds it and its sibling boxes of the same shape (tag and class words, their
    numbers aside) when those hold article headings that go on after the chosen element's: the pages of a document
    converted page by page (every printed line positioned on its page box), where the box with the most text is one
    page and the law goes on in the next. Only boxes whose articles all come after the chosen element's highest
    article are taken, so that a page listing other texts in like boxes (each its own "Article 1") is not; and how
    many boxes were taken in."""
    have = _article_numbers(cur)
    if not have:
        return cur, 0
    node = cur
    while (parent := node.getparent()) is not None and node.tag not in ("body", "html"):
        like = [s for s in parent if s is not node and isinstance(s.tag, str) and _shape(s) == _shape(node)]
        later = [s for s in like if s.getparent() is parent and parent.index(s) > parent.index(node)]
        numbers = [_article_numbers(s) for s in later]
        if any(numbers) and all(not n or min(n) > max(have) for n in numbers):
            return parent, len(later)
        node = parent
    return cur, 0


def _panels_around(cur: Any) -> tuple[Any, int]:
    """``cur`` widened to the element that holds it and the panels beside it (before or after it, at any level up to
    the body) that hold article headings it lacks, a panel (:func:`panel`) being the sibling or an element inside it
    round the heading; and how many such panels were taken in. A page that sets its chapters as tabs shows one panel
    and hides the others: the box with the most text is one panel, and the law in the others would be lost.

    Each article heading of the page is found once, by the start of its text, with the elements round it; each level
    up then costs the headings times the page's depth."""
    from ..parse.numbers import parse_number

    root = cur.getroottree().getroot()
    heads: list[tuple[int, list[Any]]] = []  # (number, [the heading, its ancestors up to the root])
    for u in root.iter(*_UNITS):
        t = _start_text(u)
        m = _NUMBER_NUM.match(t.lstrip("* ")) if _ARTICLE_START.match(t) else None
        if m is not None and not _CITES_ON.match(t.lstrip("* "), m.end()) \
                and (n := parse_number(m.group(1) or m.group(2))) is not None:
            heads.append((n, [u, *u.iterancestors()]))
    if not heads:
        return cur, 0

    def inside(chain: list[Any], el: Any) -> bool:
        return any(e is el for e in chain)

    have = {n for n, chain in heads if inside(chain, cur)}
    taken = 0
    inner = cur
    while (parent := inner.getparent()) is not None and inner.tag not in ("body", "html"):
        beside: list[Any] = []
        for n, chain in heads:
            if n in have or not inside(chain, parent) or inside(chain, inner):
                continue
            path = chain[:next(k for k, e in enumerate(chain) if e is parent)]  # from the heading to parent's child
            if any(panel(e) for e in path) and not any(b is path[-1] for b in beside):
                beside.append(path[-1])
        if beside:
            taken += len(beside)
            cur = parent
            have = {n for n, chain in heads if inside(chain, cur)}
        inner = parent
    return cur, taken


def _start_text(el: Any, size: int = 80) -> str:
    """The first ``size`` characters or so of an element's text, spaces collapsed (enough to tell a heading)."""
    parts: list[str] = []
    got = 0
    for t in el.itertext():
        parts.append(t)
        got += len(t)
        if got >= size:
            break
    return _SPACES.sub(" ", "".join(parts)).strip()


def _covered(el: Any, scores: dict[Any, int]) -> int:
    return sum(v for e, v in scores.items() if e is el or _is_ancestor(el, e))


def _is_ancestor(a: Any, e: Any) -> bool:
    p = e.getparent()
    while p is not None:
        if p is a:
            return True
        p = p.getparent()
    return False


def _text(el: Any) -> str:
    return _SPACES.sub(" ", el.text_content()).strip()


_HEADING_START = re.compile(r"(?:Article|Art\.|Chapter|Section)\s", re.IGNORECASE)
_ARTICLE_START = re.compile(r"(?:\**\s*(?:Article|Art\.)\s*\d+|第[一二三四五六七八九十百千零〇两\d]+条)", re.IGNORECASE)


class FooterChrome(Stage):
    """Reads ``tree`` (the main content); writes ``tree`` without the site's footer boxes that close it, listed
    in ``furniture``.

    When a page's main content holds the whole body, the site's footer (who runs the site, its filing numbers,
    copyright, browser advice) ends up after the last article. A box at the end is that footer when both hold:
    it is set apart from the law (its element and class are none of those that carry the articles, from the first
    article heading to the last), and each of its lines is in a footer's words (:func:`..parse.layout.chrome_line`).
    A block in a footer's words that is set like the law is kept, and the user is told."""

    def __call__(self, draft: Draft) -> None:
        from ..parse.layout import chrome_line
        from .pipeline import Furniture

        kids = [c for c in draft.tree if isinstance(c.tag, str)]
        heads = [k for k, c in enumerate(kids) if _holds_article_heading(c)]
        if not heads:
            return
        law = {_setting(kids[k]) for k in range(heads[0], heads[-1] + 1)}
        for c in reversed(kids[heads[-1] + 1:]):
            lines = _lines(c)
            if not lines:
                continue
            if not all(chrome_line(t) for t in lines):
                break
            if _setting(c) in law:
                draft.notes.append(f"the text ends with {len(lines)} line(s) in a site footer's words, set like the "
                                   f"law's paragraphs, kept as law: {lines[0][:80]!r}; delete them from the document "
                                   "if they are not part of it")
                break
            for t in lines:
                draft.furniture.append(Furniture(t, "site footer after the text (set apart from the law's paragraphs, "
                                                    "in a footer's words)"))
            c.drop_tree()


class RowsAfterLaw(Stage):
    """Reads ``tree`` (the main content); writes a rule ("* * *", a paragraph of its own) before the rows of a layout
    table that follow the law's last article and are set unlike any row of the law, so that the parser keeps them
    apart as words after the law (its ``after-closing-rule``).

    A newsletter e-mail (and a page built the same way) sets every block as a row of nested presentation tables,
    with no heading or list element: the law's rows, from the first article heading to the last, set their text one
    way (a paragraph's element and class, font size, colour, background), and the sender's rows after the law (a
    comment box, a link to the next story, the footer) another. Told by the setting, never by the words: the rows
    after the last article's row are set apart when none of them, to the end or to a row set like the law that
    directly follows the last article's, sets any text as the law does; where a row set like the law comes after rows
    set otherwise, the law may go on after a box: everything is read as before, and the user is told."""

    def __call__(self, draft: Draft) -> None:
        main = draft.tree
        if main is None or not isinstance(getattr(main, "tag", None), str):
            return
        heads = [el for el in main.iter("p", "div", "td", "li") if _ARTICLE_START.match(_text(el))
                 and not any(_ARTICLE_START.match(_text(c)) for c in el.iter("p", "div", "td", "li") if c is not el)]
        if not heads:
            return
        # (a row of the main content only: a table around it is the page's, its rows are not read as the text)
        row = next((a for a in heads[-1].iterancestors("tr")
                    if _is_ancestor(main, a) and any(_text(r) for r in a.itersiblings("tr"))), None)
        if row is None:
            return
        rows = [r for r in row.getparent() if isinstance(r.tag, str) and r.tag == "tr"]
        at = rows.index(row)
        first = next((k for k, r in enumerate(rows) if any(h is r or _is_ancestor(r, h) for h in heads)), at)
        law = {s for r in rows[first:at + 1] for s in _text_settings(r)}
        after: list[Any] = []
        for r in rows[at + 1:]:
            own = _text_settings(r)
            if not own:
                continue
            if own & law:
                if after:  # the law may go on after the box: nothing is set apart
                    what = (f"{len(after)} row(s) after the law's last article are set unlike the law "
                            f"({_text(after[0])[:60]!r} ...), but a row after them is set like the law: all read as "
                            f"law ({_text(r)[:60]!r})")
                    draft.notes.append(what)
                    draft.doubts.append(("after-law-doubt", what))
                    return
                break
            after.append(r)
        if not after:
            return
        last = " ".join(_text(rows[at]).split())
        if last and not last.endswith(tuple(".。!?！？\"”’)）")):
            # (review21) the last article's row stops in mid-sentence or announces a list ("shall keep the following
            # records:"): the row after it goes on with the law (its items set as a list, unlike the paragraphs), so
            # nothing is set apart, and the user is told
            what = (f"{len(after)} row(s) after the law's last article are set unlike the law "
                    f"({_text(after[0])[:60]!r} ...), but the last article's row ends unfinished ({last[-40:]!r}): "
                    "all read as law")
            draft.notes.append(what)
            draft.doubts.append(("after-law-doubt", what))
            return
        from lxml import html as lxml_html

        rule = lxml_html.fromstring("<p>* * *</p>")
        after[0].addprevious(rule)
        draft.notes.append(f"{len(after)} row(s) of the layout table after the law's last article are set unlike the "
                           f"law (a box, a link, a footer): a rule is written before them, so that they are kept apart "
                           f"from the law ({_text(after[0])[:60]!r} ...)")


_TEXT_BLOCKS = {"p", "div", "td", "th", "li", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "dd", "dt", "pre"}
_CSS_PROP = {k: re.compile(rf"(?i)(?:^|;)\s*{k}\s*:\s*([^;]+)") for k in ("font-size", "color", "background(?:-color)?")}


def _text_settings(el: Any) -> set[tuple[str, ...]]:
    """How the text of ``el`` is set: for each text, its block element's tag and class and the font size, colour and
    background that the style attributes of the blocks around it give (up to ``el``)."""
    out: set[tuple[str, ...]] = set()
    for node in el.iter():
        if not isinstance(node.tag, str):
            continue
        for text, owner in ((node.text, node), (node.tail, node.getparent())):
            if not text or not text.strip() or owner is None:
                continue
            block = owner
            while block is not el and block.tag not in _TEXT_BLOCKS and block.getparent() is not None:
                block = block.getparent()
            got: dict[str, str] = {}
            up = block
            while True:
                if up.tag in _TEXT_BLOCKS or up.tag in ("table", "tr"):
                    style = up.get("style") or ""
                    for k, pat in _CSS_PROP.items():
                        if k not in got and (m := pat.search(style)):
                            got[k] = m.group(1).strip().lower()
                    if "background(?:-color)?" not in got and up.get("bgcolor"):
                        got["background(?:-color)?"] = up.get("bgcolor").lower()
                if up is el or up.getparent() is None:
                    break
                up = up.getparent()
            out.add((block.tag, block.get("class") or "", *(got.get(k, "") for k in _CSS_PROP)))
    return out


class HiddenCopies(Stage):
    """Reads ``tree`` (the main content); writes it without the hidden parts that repeat, word for word, text that the
    rest of it holds, listed in ``furniture``.

    A page may hold its law twice: the tabs and a hidden copy for print ("print-only", shown by ``@media print``),
    or a hidden clone of the open panel a script swaps in. Read twice, each chapter and article stands twice, and
    a chapter twice is an error that keeps the whole text undivided. A hidden part (:func:`hidden`, or a class the
    page's style sheet hides) that holds article headings and whose words, letters and digits only, stand in the
    same order in the rest of the main content is such a copy: left out, the largest first (a whole-text copy
    before the panels it repeats). A hidden part whose words differ (a fuller text, a summary) is kept."""

    def __call__(self, draft: Draft) -> None:
        main = draft.tree
        if main is None or not isinstance(getattr(main, "tag", None), str):
            return
        shut = [el for el in main.iter() if isinstance(el.tag, str) and el is not main and _shown_not(el)
                and not any(_shown_not(a) for a in el.iterancestors() if _is_ancestor(main, a))]
        shut = [el for el in shut if _article_numbers(el)]
        if not shut:
            return
        copies: list[str] = []
        for el in sorted(shut, key=lambda e: -len(_text(e))):
            whole, own = _squash(_text(main)), _squash(_text(el))
            at = whole.find(own)
            if own and at >= 0 and own in whole[:at] + whole[at + len(own):]:
                copies.append(_text(el))
                draft.furniture.append(Furniture(_text(el), "a hidden copy of text the page shows (a print version, "
                                                            "a clone of a panel)"))
                el.drop_tree()
        if copies:
            draft.notes.append(f"{len(copies)} hidden part(s) of the page that repeat its text word for word (a copy "
                               "for print, a clone of a panel) left out, so that no article is read twice: "
                               + "; ".join(repr(c[:50]) for c in copies[:3]))


def _shown_not(el: Any) -> bool:
    return hidden(el) or el.get(_SHEET_HIDDEN) is not None


def _holds_article_heading(el: Any) -> bool:
    if _ARTICLE_START.match(_text(el)):
        return True
    return any(_ARTICLE_START.match(_text(p)) for p in el.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6")
               if p is not el)


def _setting(el: Any) -> tuple[str, str]:
    """How a block is set: its element and its classes."""
    return el.tag, " ".join(sorted((el.get("class") or "").split()))


def _broken_text(el: Any, brk: str) -> str:
    """An element's text with ``brk`` written at each <br> and around each block element inside it."""
    parts: list[str] = []

    def walk(e: Any) -> None:
        tag = e.tag if isinstance(e.tag, str) else ""
        if tag == "br" or tag in _BLOCKISH:
            parts.append(brk)
        if e.text and tag != "br":
            parts.append(e.text)
        for c in e:
            walk(c)
            if c.tail:
                parts.append(c.tail)
        if tag in _BLOCKISH:
            parts.append(brk)

    walk(el)
    return "".join(parts)


def _lines(el: Any) -> list[str]:
    """The lines of an element's text: broken at <br> and at block elements."""
    return [t for t in (_SPACES.sub(" ", x).strip() for x in _broken_text(el, "\n").split("\n")) if t]


# a length in pixels, its number as float() reads it ((codereview20) not "[\d.]+": "1.2.3px" or ".px" failed the file)
_PX = r"(-?(?:\d+(?:\.\d*)?|\.\d+))px"
_POS_TOP = re.compile(r"(?i)(?:^|;)\s*top\s*:\s*" + _PX)
_POS_LEFT = re.compile(r"(?i)(?:^|;)\s*left\s*:\s*" + _PX)
_POS_ABSOLUTE = re.compile(r"(?i)position\s*:\s*absolute")
_CSS_PLACE = re.compile(r"^\s*\.([A-Za-z_][\w-]*)\s*$")
_CSS_OFFSET = re.compile(r"(?i)\b(bottom|top|left)\s*:\s*" + _PX)


def _sheet_places(root: Any) -> dict[str, tuple[str, float]]:
    """The classes a page's style sheet places by one offset alone (``.y5{bottom:612.4px}``, ``.x2{left:102px}``: how
    pdf2htmlEX positions its line boxes): class -> (side, pixels). Bounded as the other readers of the sheet are."""
    from .css import MAX_CSS

    sheet = _CSS_COMMENT.sub("", "".join(st.text_content() for st in root.iter("style"))[:MAX_CSS])
    out: dict[str, tuple[str, float]] = {}
    for selectors, body in _css_rules(sheet):
        m = _CSS_PLACE.match(selectors)
        offsets = _CSS_OFFSET.findall(body)
        if m is not None and len(offsets) == 1:
            out[m.group(1)] = (offsets[0][0].lower(), float(offsets[0][1]))
    return out


_PLACED_Y = "data-regkb-y"  # a box's place as the style sheet gives it (MarkPlaces), read after the sheet is dropped
_PLACED_X = "data-regkb-x"


class MarkPlaces(Stage):
    """Reads ``tree`` (the whole page, its ``<style>`` still in it); writes the place the style sheet gives a box by its
    classes (pdf2htmlEX's ``.y5{bottom:612px}``, ``.x2{left:102px}``) on the box itself, for :class:`PositionedLines`
    (the sheet is dropped with the page's chrome before the main content is read)."""

    def __call__(self, draft: Draft) -> None:
        root = draft.tree
        if root is None or not isinstance(getattr(root, "tag", None), str):
            return
        places = _sheet_places(root)
        if not places:
            return
        for el in root.iter():
            if not isinstance(el.tag, str) or not el.get("class"):
                continue
            for cls in el.get("class", "").split():
                side, px = places.get(cls, ("", 0.0))
                if side in ("bottom", "top"):
                    el.set(_PLACED_Y, str(-px if side == "bottom" else px))
                elif side == "left":
                    el.set(_PLACED_X, str(px))


def _leave_tail(el: Any) -> None:
    """(codereview20) The text after ``el`` (its tail) left where it stands, on the element before it (or its parent),
    before ``el`` is moved: lxml moves the tail with the element. White space only is dropped (a converter's line
    break between boxes)."""
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent = el.getparent()
            parent.text = (parent.text or "") + el.tail
    el.tail = None


class PositionedLines(Stage):
    """Reads ``tree`` (the main content); writes it with the printed lines of a converted PDF page in the order of
    their place on the page.

    A PDF-to-HTML converter (pdftohtml ``-c``: ``<p style="position:absolute;top:108px;left:81px">``; pdf2htmlEX:
    ``<div class="t x1 y5">`` placed by its style sheet's ``.y5{bottom:...}``) writes every printed line, or every run
    of one font, as a box of its own, in the order the PDF drew them, which need not be the reading order (a heading
    drawn after the body, a label drawn apart from its line). In a box whose element children (an image aside) are
    five or more and all placed on one axis (nine in ten at least): pieces of one printed line (the same height within
    two pixels) that follow each other are joined into one line, left to right, a space between; then, where every
    line stands alone at its height (one column), the lines are put in the order of their height, top to bottom. Where
    two pieces of one height are not neighbours (two columns, which the converter writes one after the other), the
    order is the converter's and the import says so. Every character is kept; only the order and the line breaks
    change."""

    def __call__(self, draft: Draft) -> None:
        main = draft.tree
        if main is None or not isinstance(getattr(main, "tag", None), str):
            return
        joined = moved = kept = 0
        for box in list(main.iter()):
            if not isinstance(box.tag, str):
                continue
            kids = [c for c in box if isinstance(c.tag, str) and c.tag != "img"]
            if len(kids) < 5:
                continue
            spots = [self._spot(c) for c in kids]
            if sum(1 for sp in spots if sp is not None) < max(5, 0.9 * len(kids)):
                continue
            rows: list[list[tuple[Any, float, float]]] = []  # runs of neighbours at one height
            for c, sp in zip(kids, spots, strict=True):
                if sp is None:
                    continue
                y, x = sp
                if rows and abs(rows[-1][0][1] - y) <= 2:
                    rows[-1].append((c, y, x))
                else:
                    rows.append([(c, y, x)])
            for row in rows:
                if len(row) > 1:
                    first = min(row, key=lambda r: r[2])[0]
                    for c, _y, _x in sorted(row, key=lambda r: r[2]):
                        if c is first:
                            continue
                        c.tag = "span"
                        c.attrib.clear()
                        _leave_tail(c)
                        c.text = " " + (c.text or "")
                        first.append(c)
                        joined += 1
            heights = [row[0][1] for row in rows]
            if len({round(h / 2) for h in heights}) < len(heights):
                kept += 1  # two lines at one height, not neighbours: columns (or pieces) in the converter's order
                continue
            order = sorted(range(len(rows)), key=lambda k: heights[k])
            if order != list(range(len(rows))):
                firsts = [min(rows[k], key=lambda r: r[2])[0] for k in order]
                for el in firsts:
                    box.remove(el)
                for el in firsts:
                    box.append(el)
                moved += 1
        if joined:
            draft.notes.append(f"{joined} piece(s) of printed lines set as boxes of their own at one height (a "
                               "converted PDF page) joined to their lines")
        if moved:
            draft.notes.append(f"the printed lines of {moved} page box(es) (a converted PDF page, every line placed on "
                               "the page) read in the order of their place on the page, top to bottom, not in the "
                               "order the converter wrote them: compare with the PDF")
        if kept:
            draft.notes.append(f"{kept} page box(es) set lines side by side at one height (columns): read in the "
                               "order the converter wrote them")

    @staticmethod
    def _spot(el: Any) -> tuple[float, float] | None:
        """(height from the page's top, or minus the height from its foot; left) of a placed box, None if unplaced."""
        style = el.get("style") or ""
        top = _POS_TOP.search(style)
        if top is not None and _POS_ABSOLUTE.search(style):
            left = _POS_LEFT.search(style)
            return float(top.group(1)), float(left.group(1)) if left else 0.0
        if el.get(_PLACED_Y) is None:
            return None
        return float(el.get(_PLACED_Y)), float(el.get(_PLACED_X) or 0.0)


class HtmlBlocks(Stage):
    """Reads ``tree`` (the main content); writes ``blocks``: one per paragraph element, and one per
    line where <br> breaks a paragraph or loose text sits between block elements."""

    def __call__(self, draft: Draft) -> None:
        out: list[str] = []
        cur: list[str] = []

        quoted = [0]  # depth of elements set apart (block quotes, comment boxes) around the walk
        broke = [False]  # the paragraph before was ended by a <br> (no block element since)
        listed = [""]  # the <dl> element whose text the next flush writes: "dt" (a term), "dd" (its definition)
        terms: set[int] = set()  # out's index of a definition list's term (<dt>)
        wrapped: set[int] = set()  # out's index of a line that a <br> broke off in mid-sentence: a line of the one before

        def flush() -> None:
            text = _SPACES.sub(" ", "".join(cur)).strip()
            if text:
                if listed[0] == "dd" and len(out) - 1 in terms:
                    # a definition list's definition after its term: written as Markdown's definition list writes it,
                    # the line under its term (parse/mdext.py reads the pair as one entry, a definition by layout)
                    text = ":   " + text
                    wrapped.add(len(out))
                elif listed[0] == "dt":
                    terms.add(len(out))
                listed[0] = ""
                line = "> " + text if quoted[0] else text
                prev = out[-1] if out else ""
                if broke[0] and prev and (prev.startswith("> ") == line.startswith("> ")) \
                        and wraps_into(prev.removeprefix("> "), text):
                    # a <br> in mid-sentence ("take<br>effect", a page pasted from a printed text): the line goes on
                    # with its paragraph, as a wrapped line (its block's next line), not as a paragraph of its own
                    wrapped.add(len(out))
                out.append(line)
                broke[0] = False
            cur.clear()

        marks: dict[Any, str] = {}  # a list item's number or bullet, to be written before its first <p>'s text
        tables: list[tuple[int, list[str]]] = []  # (index in out, the lines of a pipe table or a <pre> paragraph)
        pres = [0]
        pre_at: list[int] = []  # where the paragraphs of <pre> blocks stand in ``out``

        def walk(el: Any) -> None:
            tag = el.tag if isinstance(el.tag, str) else ""
            block = tag in _BLOCKISH or _slotted_block(el, tag)
            if tag == "br" or block:
                flush()
                broke[0] = tag == "br" and bool(out)
            if tag in ("dt", "dd"):
                listed[0] = tag
            apart = block and (tag == "blockquote" or bool(_SET_APART_NAME.search(
                f"{el.get('class') or ''} {el.get('id') or ''}" if tag else "")))
            quoted[0] += apart
            try:
                _walk_inside(el, tag, block)
            finally:
                quoted[0] -= apart

        def _walk_inside(el: Any, tag: str, block: bool) -> None:
            if tag == "pre":
                # preformatted text: plain text with hard line breaks, as a text file has them. Its blank lines
                # part its paragraphs; each paragraph keeps its lines (the parser joins a wrapped line as it does
                # in a plain text), never run together into one block with the paragraphs around it
                pre = _SPACES_NOT_NL.sub(" ", _broken_text(el, "\n").replace("\r\n", "\n").replace("\r", "\n"))
                for chunk in re.split(r"\n[ ]*\n", pre.strip("\n")):
                    lines = [ln.strip() for ln in chunk.split("\n") if ln.strip()]
                    if lines:
                        tables.append((len(out), [("> " if quoted[0] else "") + ln for ln in lines]))
                        pre_at.append(len(out))
                        out.append("")
                pres[0] += 1
                return
            if tag == "table" and (cmp := comparison_of(el)) is not None:
                compared.append(cmp.says())
                _read_comparison(el, cmp)
                return
            if tag == "table" and not doubted.count(el) and comparison_doubt(_grid(el)):
                doubted.append(el)
            if tag == "table" and (lines := table_lines(el)):
                tables.append((len(out), lines))  # a data table: one block, a Markdown pipe table
                out.append("")
                return
            if tag in ("strong", "b") and not "".join(cur).strip() and el.tail and el.tail.strip() \
                    and _HEADING_START.match(_text(el)):
                # "<b>Article 3 Purpose</b> The text ...": the bold marks where the heading ends
                cur.append(f"**{_text(el)}** ")
                return
            # a unit's number in an inline element of its own opening the paragraph ("<span class="art-no">Article
            # 4</span>A boat operator"): the page's style sets it apart, so its end is a word boundary even where the
            # page writes no space; without one the number runs into the first word ("Article 4A", an inserted
            # article's number, or no heading at all)
            # (review15) not before a punctuation mark: "<span>Article 1</span>, paragraph 2 shall not apply" cites the
            # article, and a space written there would stand before the comma
            labelled = bool(tag) and not block and not "".join(cur).strip() and bool(P.UNIT_LABEL.fullmatch(_text(el))) \
                and (el.tail or "")[:1] not in tuple(",;:.)，；：。）")
            mark = None
            if tag == "li" and (label := list_labels.get(el)):
                mark = label + " "
            elif tag == "li" and _bulleted(el):
                mark = "- "  # the bullet a browser draws, as Markdown writes it
            if mark is not None:
                line = _first_line(el)  # the browser draws it beside the item's first line, in a <p> of its own
                if line is el:
                    cur.append(mark)
                else:
                    marks[line] = mark
            if el in marks:
                cur.append(marks.pop(el))
            if el.text and tag != "br":
                cur.append(el.text)
            for child in el:
                walk(child)
                if child.tail:
                    cur.append(child.tail)
            if labelled:
                cur.append(" ")
            if block:
                flush()
                broke[0] = False

        compared: list[str] = []  # what was read of each comparison table
        doubted: list[Any] = []  # tables that may compare two versions without saying which is which

        def _read_comparison(table: Any, cmp: Comparison) -> None:
            """A comparison table row by row: the numbers' and the later version's cells walked as text (their
            paragraphs and line breaks as paragraphs), every other cell's lines (and a later-version cell that says
            there is no text, "(Deleted)") written after them, each line opening with the mark the parser trusts;
            the header row listed as left out."""
            flush()
            for n, cells in enumerate(_grid_cells(table)):
                texts = [_text(c) for _, c in cells]
                if n <= cmp.header or [" ".join(t.split()) for t in texts] == list(cmp.names):
                    draft.furniture.extend(Furniture(t, "header row of a comparison table (it names the columns)")
                                           for t in texts if t)
                    continue
                if len(cells) == 1:  # a row of one cell across the table (a chapter's heading): read as it is
                    walk(cells[0][1])
                    flush()
                    continue
                other: list[str] = []
                at = dict(cells)
                for k in (cmp.number, cmp.law):
                    if k is None or k not in at:
                        continue
                    if NO_TEXT_CELL.match(_text(at[k])):
                        other.append(_text(at[k]))
                        continue
                    walk(at[k])
                    flush()
                for k in cmp.apart:
                    if k in at:
                        other.extend(_lines(at[k]))
                out.extend(f"{COMPARED_MARK} {t}" for t in other)

        laws = [t for t in [*draft.tree.iterancestors("table"), *draft.tree.iter("table")] if law_table(t)]
        if laws:
            draft.notes.append(f"{len(laws)} table(s) set the law a row per article (its number alone in the first "
                               "cell): read cell by cell, the number cell as the article's heading")
        list_labels = browser_list_labels(draft.tree)
        if list_labels:
            draft.notes.append(f"{len(list_labels)} list item number(s) are drawn by the browser, not written in the "
                               "page (<ol>): they were written before the items' text as a browser shows them by "
                               "default; compare the item numbers with the page as shown")
        walk(draft.tree)
        flush()
        if pres[0]:
            draft.notes.append(f"{pres[0]} preformatted block(s) (<pre>): read as plain text, its line breaks kept "
                               "and its blank lines as paragraph breaks; wrapped lines are joined as in a text file")
        rows = dict(tables)
        if pre_at and any(_ARTICLE_START.match(rows[k][0]) for k in pre_at) and not any(
                _ARTICLE_START.match(t) for k, t in enumerate(out) if k not in rows):
            # every article stands in the preformatted text: what follows it outside is the page's footer
            for t in out[pre_at[-1] + 1:]:
                if t.strip() and not t.startswith("> "):
                    draft.furniture.append(Furniture(t, "after the preformatted text that holds the law (a page footer)"))
            out = [t if k <= pre_at[-1] or t.startswith("> ") else "" for k, t in enumerate(out)]
        for k, t in enumerate(out):
            if k in wrapped and k not in rows and k - 1 not in rows and draft.blocks and t:
                draft.blocks[-1].lines.append(Line(t))
                continue
            draft.blocks.append(Block([Line(x) for x in rows[k]]) if k in rows else Block([Line(t)]))
        report_comparisons(draft, compared, len(doubted), "page")


def _slotted_block(el: Any, tag: str) -> bool:
    """Is ``el`` a part of a custom element's layout: an element given to a ``slot`` of it (the element's shadow tree
    sets it in its own place: "<span slot="heading">Article 5</span><span slot="text">...</span>"), or a custom
    element (a name with a hyphen) that holds such parts or block elements? Each is read as a block of its own, as
    the page shows it; a custom element in a sentence (holding words only) stays in the sentence."""
    if not tag:
        return False
    if el.get("slot") is not None:
        return True
    return "-" in tag and any(isinstance(c.tag, str) and (c.get("slot") is not None or c.tag in _BLOCKISH)
                              for c in el)


_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*(?P<kind>[a-z-]+)", re.IGNORECASE)
_LIST_STYLE_DECL = re.compile(r"list-style(?:-type)?\s*:[^;]*;?", re.IGNORECASE)
_LIST_KINDS = {"1": "decimal", "a": "lower-alpha", "A": "upper-alpha", "i": "lower-roman", "I": "upper-roman"}


def browser_list_labels(root: Any) -> dict[Any, str]:
    """The numbers a browser draws before the items of each ordered list (<ol>), as it draws them by default:
    "1.", "a.", "i." after the list's ``type``, counted from ``start`` (down when ``reversed``), an item's ``value``
    restarting the count. A list or item styled ``list-style: none`` gets no number (inline, or by a rule of the
    page's style sheet that :class:`StyleSheetNumbers` read). Items of nested lists are counted in their own list."""
    out: dict[Any, str] = {}
    for ol in root.iter("ol"):
        kind = _LIST_KINDS.get((ol.get("type") or "1").strip(), "decimal")
        m = _LIST_STYLE.search(ol.get("style") or "")
        if m:
            kind = m.group("kind").lower()
        items = [li for li in ol if isinstance(li.tag, str) and li.tag == "li"]
        step = -1 if ol.get("reversed") is not None else 1
        n = _int_any(ol.get("start"), len(items) if step < 0 else 1)
        for li in items:
            n = _int_any(li.get("value"), n)
            own = _LIST_STYLE.search(li.get("style") or "")
            label = _list_label(n, own.group("kind").lower() if own else kind)
            if label:
                out[li] = label
            n += step
    return out


def _bulleted(li: Any) -> bool:
    """An item of an unordered list (<ul>) that a browser shows with a bullet (not styled ``list-style: none``
    inline, on the item or its list)."""
    parent = li.getparent()
    if parent is None or parent.tag != "ul":
        return False
    for el in (li, parent):
        m = _LIST_STYLE.search(el.get("style") or "")
        if m and m.group("kind").lower() == "none":
            return False
    return True


def _int_any(value: str | None, default: int) -> int:
    try:
        return int((value or "").strip())
    except ValueError:
        return default


def _list_label(n: int, kind: str) -> str | None:
    """The marker of item ``n`` in a list style, with the period a browser puts after it; None for no marker."""
    if kind in ("decimal", "decimal-leading-zero"):
        return f"{n:02d}." if kind == "decimal-leading-zero" and 0 <= n < 10 else f"{n}."
    if kind in ("lower-alpha", "lower-latin", "upper-alpha", "upper-latin") and 1 <= n <= 26:
        c = chr(ord("a") + n - 1)
        return (c.upper() if kind.startswith("upper") else c) + "."
    if kind in ("lower-roman", "upper-roman") and 1 <= n < 40:
        r = _roman(n)
        return (r if kind == "upper-roman" else r.lower()) + "."
    if kind in ("none", "disc", "circle", "square"):
        return None
    return f"{n}."  # a style not drawn here: its number in decimal, which the note asks the user to compare


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += digits
            n -= value
    return out


def _cell_text(el: Any) -> str:
    """The text of a table cell, a line break or a block inside it read as a space."""
    return _SPACES.sub(" ", _broken_text(el, " ")).strip()


def table_lines(table: Any) -> list[str]:
    """A data table as the lines of a Markdown pipe table; [] for a table that lays out the page.

    A table lays out the page (and its cells stay paragraphs) when it has fewer than two columns, holds another
    table or a heading, or a cell opens with an article, chapter or section heading. The header is the row of
    <th> cells (or the <thead> row); else the first row, unless its first cell is an item number ("1", "(1)"):
    then the header is left empty, so that no row of law is taken for a header. A cell that spans columns or
    rows is written once, the places it covers left empty.
    """
    from ..parse.tables import header_looks_like_data, markdown_table

    if any(e is not table for e in table.iter("table")) or next(table.iter("h1", "h2", "h3", "h4", "h5", "h6"), None) \
            is not None:
        return []
    for el in table.iter("p", "div", "li", "td", "th"):  # an article with its text inside: a page's layout
        t = _text(el)  # (a cell that only cites "Article 5" is no article)
        if _HEADING_START.match(t) and re.match(r"\S+\s+(?:\d|[IVXLC]+\b)", t) and len(t.split()) > 15:
            return []
    if len(_text(table)) > 20000:
        return []  # a page's text, not a table of duties
    if law_table(table):
        return []  # the law itself set in rows: its cells are read as paragraphs (HtmlBlocks says so)
    trs = [tr for tr in table.iter("tr") if next(tr.iterancestors("table")) is table]
    grid: list[list[str]] = []
    head_rows: list[int] = []
    pending: dict[int, int] = {}  # column -> rows still covered by a cell above
    for tr in trs:
        row: list[str] = []
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
        col = 0
        for c in cells:
            while pending.get(col, 0) > 0:
                pending[col] -= 1
                row.append("")
                col += 1
            text = _cell_text(c)
            span = _int(c.get("colspan"), 1)
            down = _int(c.get("rowspan"), 1)
            for k in range(span):
                row.append(text if k == 0 else "")
                if down > 1:
                    pending[col] = down - 1
                col += 1
        while pending.get(col, 0) > 0:
            pending[col] -= 1
            row.append("")
            col += 1
        if not any(x.strip() for x in row):
            continue
        parent = tr.getparent()
        if (cells and all(c.tag == "th" for c in cells)) or (parent is not None and parent.tag == "thead"):
            head_rows.append(len(grid))
        grid.append(row)
    if not grid or max(len(r) for r in grid) < 2:
        return []
    if head_rows and head_rows[0] == 0:
        n = 1  # header rows one above the other ("Duties" over "of operators"): one header, read column by column
        while n < len(grid) - 1 and n in head_rows:
            n += 1
        return markdown_table(_stacked(grid[:n]), grid[n:])
    if header_looks_like_data(grid[0]):
        return markdown_table([""] * len(grid[0]), grid)
    return markdown_table(grid[0], grid[1:])


_NUMBER_NUM = P.LAW_ROW_NUMBER


def law_table(table: Any) -> bool:
    """Is ``table`` a page's layout of the law itself: a row per article, its number alone in the first cell ("Article 4",
    "第四条", perhaps a short caption) and its text in the next, chapters as rows of one cell (parse/tables.py
    :func:`law_rows`, which the Word importer shares)?"""
    from ..parse.tables import law_rows

    rows = [[_text(c) for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
            for tr in table.iter("tr") if next(tr.iterancestors("table")) is table]
    return law_rows(rows)


def _grid_cells(table: Any) -> list[list[tuple[int, Any]]]:
    """A table's own rows (not those of a table inside it) as (grid column, cell): a cell spanning columns
    (``colspan``) at its first column."""
    out: list[list[tuple[int, Any]]] = []
    for tr in table.iter("tr"):
        if next(tr.iterancestors("table")) is not table:
            continue
        k = 0
        row: list[tuple[int, Any]] = []
        for c in tr:
            if isinstance(c.tag, str) and c.tag in ("td", "th"):
                row.append((k, c))
                k += _int(c.get("colspan"), 1)
        out.append(row)
    return out


def _grid(table: Any) -> list[list[str]]:
    """A table's rows as the texts of their cells, each at its grid column (a spanned column empty)."""
    rows = _grid_cells(table)
    width = max((k + 1 for r in rows for k, _ in r), default=0)
    return [[next((_text(c) for j, c in r if j == k), "") for k in range(width)] for r in rows]


def comparison_of(table: Any) -> Comparison | None:
    """How a web page's table compares two versions of a text (parse/tables.py :func:`comparison_columns`, which
    the Word importer shares), or None."""
    from ..parse.tables import comparison_columns

    return comparison_columns(_grid(table))


def _stacked(rows: list[list[str]]) -> list[str]:
    """Header rows one above the other as one header: each column's words from top to bottom."""
    width = max(len(r) for r in rows)
    return [" ".join(r[k] for r in rows if k < len(r) and r[k]) for k in range(width)]


def _int(value: str | None, default: int) -> int:
    try:
        return max(1, min(int(value or default), 50))
    except ValueError:
        return default


class NormaliseSpaces(Stage):
    """Reads ``blocks``; writes them with Unicode spaces (no-break, ideographic) as plain spaces,
    zero-width characters removed and runs of spaces folded. The original file keeps them."""

    _ODD = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f]")
    _INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff\u00ad]")

    def __call__(self, draft: Draft) -> None:
        changed = 0
        for blk in draft.blocks:
            for ln in blk.lines:
                new = " ".join(self._INVISIBLE.sub("", self._ODD.sub(" ", ln.text)).split())
                changed += new != ln.text
                ln.text = new
        draft.blocks = [b for b in draft.blocks if b.text.strip()]
        if changed:
            draft.notes.append(f"{changed} line(s): Unicode spaces or invisible characters became plain spaces")


# after an article's number, words that make it a citation ("Article 120 of the Civil Code", "Article 5 and 6 apply"),
# not the heading of an article of this text
_CITES_ON = re.compile(r"[ \t]*(?:,|(?:of|in|under|and|or|to|through)\b)")  # (lower case: a heading's text opens capitalised)


_UNITS = ("p", "div", "li", "td", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "summary")


def _article_numbers(el: Any) -> set[int]:
    """The numbers of the article headings inside ``el``: "Article 7" or "第七条" opening a paragraph, heading, list
    item or cell; not a citation ("Article 120 of the Civil Code")."""
    return {n for u in el.iter(*_UNITS) if (n := _unit_number(u)) is not None}


def _unit_number(u: Any) -> int | None:
    """The number of the article heading that opens the paragraph, heading, list item or cell ``u``, if one does."""
    from ..parse.numbers import parse_number

    t = _text(u)
    m = _NUMBER_NUM.match(t.lstrip("* ")) if _ARTICLE_START.match(t) else None
    if m is not None and not _CITES_ON.match(t.lstrip("* "), m.end()):
        return parse_number(m.group(1) or m.group(2))
    return None


# a sentence in an attribute: this many words at least (a tooltip's or a label's few words are not)
_ATTRIBUTE_WORDS = 8
# a hidden widget among the articles with this many words holds sentences of text, not a control's label or message
_SENTENCE_WORDS = 12
_WORDS = re.compile(r"[^\W\d_]{2,}")
_WORDY = re.compile(r"[^\W\d_]{2}")  # a word (two letters or ideographs): not an icon's arrow or a bullet


_STRUCK_TAGS = ("del", "s", "strike")
_LINE_THROUGH = re.compile(r"text-decoration(?:-line)?\s*:[^;]*line-through", re.IGNORECASE)


class StruckText(Stage):
    """Reads ``tree`` (the main content); writes ``tree`` without the text a page shows struck through (``<del>``,
    ``<s>``, ``<strike>``, or an inline style ``text-decoration: line-through``: deleted text, as a site marks an
    amendment or a comparison program writes a redline), ``furniture`` (each run, with the reason) and the comment
    after the text that `regkb check` reports (info ``struck-through``), as the PDF importer does for a line drawn
    through the letters. The text after a struck element is kept; a struck element's own content goes with it (a
    deleted article too). Not read: a struck style a style sheet gives a class."""

    def __call__(self, draft: Draft) -> None:
        main = draft.tree
        if main is None or not isinstance(getattr(main, "tag", None), str):
            return
        struck = [el for el in main.iter(*_STRUCK_TAGS, "span", "font", "p", "div", "li", "td")
                  if el.tag in _STRUCK_TAGS or _LINE_THROUGH.search(el.get("style") or "")]
        runs: list[str] = []
        for el in struck:
            if el.getparent() is None or any(a in struck for a in el.iterancestors()):
                continue  # (inside a struck element: gone with it)
            text = _SPACES.sub(" ", el.text_content()).strip()
            if text:
                runs.append(text)
                draft.furniture.append(Furniture(text, "struck through (deleted text, as the page marks it: <del>, <s>, "
                                                       "<strike> or a line-through style)", marked=True))
            el.drop_tree()  # (lxml keeps the element's tail: the text after it)
        if runs:
            what = (f"{len(runs)} run(s) of text the page shows struck through (deleted text: <del>, <s>, <strike> or "
                    "a line-through style) were left out of the text and listed: " +
                    "; ".join(repr(t[:60]) for t in runs[:12]) + (" ..." if len(runs) > 12 else ""))
            draft.notes.append(what)
            draft.meta["struck"] = what.replace("-->", "->")


class StruckDoubt(Stage):
    """Reads ``meta["struck"]`` (:class:`StruckText`); writes the comment after the text that `regkb check` reports
    (info ``struck-through``)."""

    def __call__(self, draft: Draft) -> None:
        if draft.meta.get("struck"):
            draft.blocks.append(Block([Line(f"<!-- regkb doubt (struck-through): {draft.meta.pop('struck')} -->")]))


class HiddenDoubt(Stage):
    """Reads ``tree`` (the main content); writes, for the parts of it the page hides whose role is not clear, the note
    and the comment after the text that `regkb check` reports (warning ``hidden-text``).

    Hidden text is read as text (law behind a tab is still law). A hidden part is clear when it is a panel of a tabbed
    or collapsible interface by its markup (role="tabpanel", ``<details>``, a class or id naming a tab, pane, panel or
    fold: :func:`panel`) or holds an article heading; the hidden widgets were left out before
    (:class:`TabsAndHiddenParts`). Any other hidden part with words (two letters or ideographs together at least: an icon's arrow is none;
    ``hidden``, aria-hidden, display:none and
    nothing else to say what it is: a paragraph shown by a "more" link, or a script's message) is kept, and the user
    is told where, to delete it from the text if it is not the law's."""

    def __call__(self, draft: Draft) -> None:
        main = draft.tree
        if main is None or not isinstance(getattr(main, "tag", None), str):
            return
        unclear: list[str] = []
        for el in main.iter():
            if not isinstance(el.tag, str) or not _shut(el) or any(_shut(a) for a in el.iterancestors()):
                continue
            marked = el.tag == "details" or (el.get("role") or "").strip().lower() == "tabpanel" or bool(
                set(_WORD_SPLIT.split(f"{el.get('class') or ''} {el.get('id') or ''}".lower())) & _PANEL_WORDS)
            if not marked and not _article_numbers(el) and _WORDY.search(words := _text(el)):
                unclear.append(words)
        held = [v for el in main.iter() if isinstance(el.tag, str) for k, v in el.attrib.items()
                if k.startswith("data-") and len(_WORDS.findall(v)) >= _ATTRIBUTE_WORDS and "<" not in v
                and _SPACES.sub(" ", v).strip() not in _text(el)]
        if held:
            listed = "; ".join(repr(_SPACES.sub(" ", w).strip()[:60]) for w in held[:4]) + (" ..." if len(held) > 4
                                                                                         else "")
            what = (f"{len(held)} data-* attribute(s) of the page hold a sentence that the page's script may show "
                    f"(a panel or fold filled from it), not read as text: {listed}; if one is the law's words, copy "
                    "it into the text")
            draft.notes.append(what)
            draft.blocks.append(Block([Line(f"<!-- regkb doubt (hidden-text): {what.replace('-->', '->')} -->")]))
        if unclear:
            listed = "; ".join(repr(w[:60]) for w in unclear[:4]) + (" ..." if len(unclear) > 4 else "")
            what = (f"{len(unclear)} part(s) of the page that it hides (hidden, aria-hidden or display:none, with no "
                    f"tab or fold around them) were read as text: {listed}; if one is not the law's words (a script's "
                    "message, a template), delete it from the text")
            draft.notes.append(what)
            draft.blocks.append(Block([Line(f"<!-- regkb doubt (hidden-text): {what.replace('-->', '->')} -->")]))


def _shut(el: Any) -> bool:
    """Is ``el`` hidden (:func:`hidden`) or a dialog that is not open?"""
    return hidden(el) or (el.tag == "dialog" and el.get("open") is None)


class TextNotRead(Stage):
    """Reads ``tree`` (the main content) and the page around it; writes, when the page's text outside the main content
    holds articles that the main content does not, the note and the comment after the text that `regkb check` reports
    (warning ``text-not-read``).

    :class:`FindMainContent` reads the box with the most text, widened to the element around it while a box after
    it goes on with an article heading. A page that sets one law in two boxes whose smaller box comes first (or
    stands beside the text rather than after it) would lose that box, silently: the articles would start late, with
    no gap in their numbers. The page's other text (menus, sidebars, related links not marked as navigation) is no
    part of the document and is not counted; a box beside the main content (a sibling of it or of an element around
    it) is counted, all its characters, when it holds an article heading ("Article 7", "第七条", opening a paragraph,
    heading, list item or cell; not a citation, "Article 120 of the Civil Code") whose number no heading in the main
    content has: a law's text, not read. A contents
    list or a related link ("Article 3 of the Water Law") names an article the main content has, and counts nothing.
    """

    def __call__(self, draft: Draft) -> None:
        main = draft.tree
        if main is None or not isinstance(getattr(main, "tag", None), str):
            return

        numbers = _article_numbers
        read = numbers(main)
        short = 0
        missing: set[int] = set()
        for inner in [main, *main.iterancestors()]:
            parent = inner.getparent()
            for box in parent if parent is not None else ():
                if box is inner or not isinstance(box.tag, str):
                    continue
                if lost := numbers(box) - read:
                    short += non_space(box.text_content())
                    missing |= lost
        if short:
            heads = ", ".join(str(n) for n in sorted(missing)[:6]) + (" ..." if len(missing) > 6 else "")
            report_not_read(draft, f"{short} character(s) of the web page's text were not read into the text: they "
                                   "stand outside the part of the page read as the document, in a box that holds "
                                   f"article(s) {heads} (the page sets the text in more than one box): compare the "
                                   "text with the page")


PIPELINE: list[Stage] = [ParseHtml(), MarkPlaces(), StyleSheetNumbers(), PageMetadata(), PageNotes(), TabsAndHiddenParts(),
                         InertLawAndControls(), DropChrome(),
                         FindMainContent(),
                         NotesAfterText(), FooterChrome(), RowsAfterLaw(), HiddenCopies(), StruckText(), PositionedLines(), HtmlBlocks(),
                         NormaliseSpaces(),
                         TextNotRead(), HiddenDoubt(), StruckDoubt(),
                         StyleDoubt()]
