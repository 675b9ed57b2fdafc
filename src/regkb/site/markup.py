"""Safe text for generated pages: corpus text in, inert HTML/Markdown out.

Every character of corpus text that Markdown, an extension or HTML could read as syntax is written
as a numeric character reference, so the page shows it and nothing interprets it.

>>> esc('<script>x</script> {{ y }} [a](javascript:b) --8<-- *[A]: B')
'&#60;script&#62;x&#60;&#47;script&#62; &#123;&#123; y &#125;&#125; &#91;a&#93;&#40;javascript&#58;b&#41; &#45;&#45;8&#60;&#45;&#45; &#42;&#91;A&#93;&#58; B'
"""

from __future__ import annotations

import hashlib
import html
import json
import posixpath
import re
import string
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_SAFE = frozenset(string.ascii_letters + string.digits + " ,;?")


def _esc_char(ch: str) -> str:
    o = ord(ch)
    if ch in _SAFE:
        return ch
    if ch in "\n\r\t":
        return " "
    if o < 32 or 127 <= o < 160 or 0xD800 <= o < 0xE000:
        return "\ufffd"
    if o > 127:
        return ch
    return f"&#{o};"


# the characters _esc_char keeps as they are, found in one pass (regkb#16: esc ran once per character in Python)
_UNSAFE = re.compile("[^A-Za-z0-9 ,;?\u00a0-\ud7ff\ue000-\U0010ffff]")
_ESCAPED: dict[str, str] = {}


def esc(text: str) -> str:
    """Corpus text as inert inline HTML/Markdown (line breaks become spaces)."""
    def one(m: re.Match[str]) -> str:
        ch = m.group()
        out = _ESCAPED.get(ch)
        if out is None:
            out = _ESCAPED.setdefault(ch, _esc_char(ch))
        return out

    return _UNSAFE.sub(one, text)


def attr(text: str) -> str:
    """A value for a double-quoted HTML attribute."""
    return esc(text)


def title(text: str) -> str:
    """A page or navigation title: templates insert it without escaping."""
    return html.escape(" ".join(text.split()), quote=True)


def json_script(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, indent=None)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def css_string(text: str) -> str:
    """A double-quoted CSS string (for ``content:``) that cannot end the string or the style element."""
    out = []
    for ch in " ".join(text.split()):
        if ch.isalnum() or ch in " ,.;:()-/_·—–'":
            out.append(ch)
        else:
            out.append(f"\\{ord(ch):x} ")
    return '"' + "".join(out) + '"'


def page_url(md_path: str) -> str:
    """The URL of a Markdown page (``a/b.md`` -> ``a/b.html``): plain file URLs, so that the site also
    works opened from the file system."""
    stem = md_path[:-3] if md_path.endswith(".md") else md_path
    return stem + ".html"


_UNCLEAN = re.compile(r"^/|/$|//|(?:^|/)\.\.?(?:/|$)")


def relpath(path: str, start: str) -> str:
    """``posixpath.relpath(path, start)``, without its two calls to ``os.getcwd`` when both are clean relative
    paths (no leading or trailing slash, no empty, "." or ".." part), as the site's page paths are: the
    generator asks this some 50,000 times per 100 regulations (regkb#16)."""
    if not path or _UNCLEAN.search(path) or (start != "." and (not start or _UNCLEAN.search(start))):
        return posixpath.relpath(path, start)
    p = path.split("/")
    s = start.split("/") if start != "." else []
    i = 0
    while i < len(p) and i < len(s) and p[i] == s[i]:
        i += 1
    return "/".join([".."] * (len(s) - i) + p[i:]) or "."


def href(from_md: str, to_md: str, anchor: str = "") -> str:
    """A relative URL from one generated page to another (for raw HTML, where links are not rewritten)."""
    src, dst = page_url(from_md), page_url(to_md)
    url = relpath(dst, posixpath.dirname(src) or ".")
    return url + (f"#{anchor}" if anchor else "")


def md_link(from_md: str, to_path: str, anchor: str = "") -> str:
    """A relative link target for a Markdown link (MkDocs checks and rewrites these)."""
    rel = relpath(to_path, posixpath.dirname(from_md) or ".")
    return rel + (f"#{anchor}" if anchor else "")


@dataclass(frozen=True)
class Mark:
    """A stretch of source text to wrap in a link: where it is in the source and what it links to."""

    start: int
    end: int
    text: str
    href: str
    title: str = ""
    cls: str = ""
    parts: tuple[tuple[int, int, str, str], ...] = ()  # (start, end in ``text``, href, title): several links
    rank: int = 0  # where two marks start at one place, the lower rank wins
    popover: tuple[str, ...] = ()  # (term, definition): shown as a pop-up, not as a title

    def html(self, shown: str) -> str:
        """The HTML of the mark over ``shown`` (its text as displayed): the link or links, escaped."""
        cls = f' class="{self.cls}"' if self.cls else ""  # a class name of ours, not corpus text
        if self.parts and shown == self.text:
            out, cursor = [], 0
            for a, b, url, tip in self.parts:
                out.append(esc(shown[cursor:a]))
                out.append(f'<a{cls} href="{url}" title="{attr(tip)}">{esc(shown[a:b])}</a>')
                cursor = b
            out.append(esc(shown[cursor:]))
            return f'<span class="regkb-multiref">{"".join(out)}</span>'
        tip = f' title="{attr(self.title)}"' if self.title else ""
        if self.popover:  # shown by regkb.js as a pop-up (hover, focus, click or tap)
            tip = f' data-term="{attr(self.popover[0])}" data-def="{attr(self.popover[1])}"'
        return f'<a{cls} href="{self.href}"{tip}>{esc(shown)}</a>'


def _find(haystack: str, needle: str, start: int) -> tuple[int, int] | None:
    i = haystack.find(needle, start)
    if i >= 0:
        return i, i + len(needle)
    words = needle.split()
    if not words:
        return None
    m = re.compile(r"\s+".join(re.escape(w) for w in words)).search(haystack, start)
    return (m.start(), m.end()) if m else None


def annotate(text: str, marks: Iterable[Mark]) -> str:
    """Escaped ``text`` with each mark (taken in source order) linked at its next occurrence.

    >>> annotate("A term and <b>.", [Mark(2, 6, "term", "../d/#t", "meaning", "t")])
    'A <a class="t" href="../d/#t" title="meaning">term</a> and &#60;b&#62;&#46;'
    """
    out: list[str] = []
    cursor = 0
    taken = -1  # source offset up to which the text is already linked: overlapping marks are dropped
    for m in sorted(marks, key=lambda m: (m.start, m.rank, -m.end)):
        if m.start < taken:
            continue
        hit = _find(text, m.text, cursor)
        if hit is None:
            continue
        a, b = hit
        out.append(esc(text[cursor:a]))
        out.append(m.html(text[a:b]))
        cursor = b
        taken = m.end
    out.append(esc(text[cursor:]))
    return "".join(out)


def csv_cell(value: str) -> str:
    """A spreadsheet-safe cell: a leading ``= + - @`` would start a formula in a spreadsheet."""
    value = " ".join(str(value).split())
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def slug(value: str) -> str:
    """A file-name-safe slug (lower case letters, digits and hyphens)."""
    s = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
    return s or "item"


# --- shared by the page writers (generate.py, search.py, graphpage.py) ------------------------------------------------

# how a duty's modality reads before its action on a page ("must keep records")
MODALITY_WORDS = {"obligation": "must", "prohibition": "must not", "permission": "may",
                  "encouragement": "encouraged to", "right": "has the right to"}


def element_anchor(eid: str) -> str:
    """The HTML id of a provision on its page: its eId with every character outside [A-Za-z0-9_-] made a hyphen."""
    return re.sub(r"[^A-Za-z0-9_-]", "-", eid)


def code_digest() -> str:
    """A hash of the code that writes pages (this package's modules, the model) and regkb's version."""
    from ..version import __version__

    h = hashlib.sha256(f"regkb {__version__}\n".encode())
    here = Path(__file__).resolve().parent
    for p in (*sorted(here.glob("*.py")), here.parent / "model.py"):
        h.update(p.name.encode() + b" " + hashlib.sha256(p.read_bytes()).hexdigest().encode() + b"\n")
    return h.hexdigest()
