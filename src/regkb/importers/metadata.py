"""What a document says about itself: its title, dates and issuing body, read from its text.

Only what the text states is taken; everything else is left for the user and said.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), 1)}
_DATE = (r"(?:(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
         r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s*,?\s*(?P<year>\d{4})"
         r"|(?P<iso>\d{4}-\d{2}-\d{2})"
         r"|(?P<cy>\d{4})年(?P<cm>\d{1,2})月(?P<cd>\d{1,2})日)")
# "(Adopted at the 30th Meeting of the Standing Committee of ... on August 20, 2021)"
# (the words between the verb and the date never speak of entry into force: "adopted ..., and shall come into force
# on September 1" gives no adoption date)
ADOPTED = re.compile(r"\b(?P<verb>Adopted|Promulgated|Issued|Released|Published)\b"
                     r"(?P<what>(?:(?!\b(?:force|effect|effective)\b)[^.;()]){0,200}?)\bon\s+" + _DATE, re.IGNORECASE)
EFFECTIVE = re.compile(r"(?:(?:come|came|comes|go|goes)\s+into\s+(?:force|effect)|(?:take|takes|took)\s+effect)"
                       r"\s+(?:as\s+of|on|from)\s+" + _DATE, re.IGNORECASE)
BODY = re.compile(r"(?:Meeting|Session)\s+of\s+the\s+(?P<body>[A-Z][\w'’ ]+(?:Congress|Council|Committee|Assembly|Parliament))"
                  r"|\bby\s+the\s+(?P<body2>[A-Z][\w'’ ]+?(?:Congress|Council|Committee|Administration|Ministry|Commission))")
# "Order of the Ministry of Waterworks No. 12", "Decree of the State Council No. 7": the body that issues the text
ORDER_LINE = re.compile(r"^(?:Order|Decree|Announcement)\s+of\s+the\s+(?P<body>[A-Z][\w'’ ]+?)"
                        r"\s*(?:No\.|Number|\[|\(|〔|\d|$)")
KEY_LINE = re.compile(r"^(?P<key>[A-Z][A-Za-z ]{1,30}):\s+(?P<value>\S.*)$")
TITLE_WORDS = re.compile(r"\b(?:Law|Measures|Provisions|Regulations|Rules|Decision|Code|Interpretation|Notice|"
                         r"Guidelines|Opinions|Circular|Announcement|Catalogue|Standards)\b")
# What splits a page's <title> into the document's title and the site's name: " - ", " | ", " _ ", " — ".
_TITLE_SEP = re.compile(r"\s+[-|_–—]\s+|\s*[|｜]\s*")
_VERB_KEY = {"adopted": "adopted_date", "promulgated": "promulgated_date", "issued": "promulgated_date",
             "released": "released_date", "published": "published_date"}


def to_date(m: re.Match[str], offset: int = 0) -> dt.date | None:
    """The date a date pattern's match names (ISO, "Month D, YYYY" or Chinese year/month/day), or None if it is no real
    date."""
    g = m.groupdict()

    def get(name: str) -> str | None:
        return g.get(name)

    try:
        if get("iso"):
            return dt.date.fromisoformat(str(get("iso")))
        if get("month"):
            return dt.date(int(str(get("year"))), MONTHS[str(get("month")).lower()], int(str(get("day"))))
        if get("cy"):
            return dt.date(int(str(get("cy"))), int(str(get("cm"))), int(str(get("cd"))))
    except ValueError:
        return None
    return None


def _first_date(text: str) -> dt.date | None:
    m = re.search(_DATE, text)
    return to_date(m) if m else None


def _is_heading(block: str) -> bool:
    """A chapter, section or article heading, or the head of a contents list: the title comes before."""
    from ..parse import patterns as P

    first = block.split("\n", 1)[0]
    if P.CONTENTS_HEAD.fullmatch(first) or P.CONTENTS_LINE.match(first):
        return True
    return bool(P.CHAPTER.match(first) or P.SECTION.match(first) or P.ARTICLE.match(first)
                or P.CJK_CHAPTER.match(first) or P.CJK_ARTICLE.match(first))


def _title_like(line: str) -> bool:
    """A line that names an instrument: a title word, no sentence end, not a metadata or a heading line."""
    b = line.strip()
    return (0 < len(b) <= 200 and bool(TITLE_WORDS.search(b)) and not b.rstrip().endswith((".", ";", ":"))
            and not KEY_LINE.match(b) and not b.startswith(("(", "（")) and not _is_heading(b))


def choose_title(head: list[str], page_meta: dict[str, Any]) -> tuple[str, str]:
    """The document's title and where it was read, from the text before its first heading.

    In order: a line of that text the page sets apart as a title (a heading, a centred or bold
    line); else its first line that names an instrument; else such a heading elsewhere on the
    page; else the part of the page's <title> that names an instrument. A chapter heading
    ("Chapter I General Provisions") is never a title.
    """
    from ..parse.mail import is_header_block

    marked = [" ".join(t.split()) for t in page_meta.get("title_lines") or []]
    # a forwarded e-mail: its header blocks are no title, and the quoted text is read without its reply markers
    lines = [" ".join(b.split()) for b in head if not is_header_block(b)][:12]
    for b in lines:
        if b in marked and _title_like(b.strip("#* ")):
            return b.strip("#* ").strip(), "the title line the page sets apart (heading, centred or bold)"
    # a line of the text that the file's own title names (a web page's <title>, which a browser printing it also
    # makes the PDF's Title, less the site's name): before a first line that only holds a title word (a site's menu
    # printed above the title: "Home > Government Rules")
    named_by_file = {" ".join(p.split()).casefold() for key in ("title", "page_title")
                     for p in _TITLE_SEP.split(str(page_meta.get(key) or "")) if _title_like(p)}
    for b in lines:
        if b.strip("#* ").strip().casefold() in named_by_file:
            return b.strip("#* ").strip(), "the title line the file's own title names"
    for b in lines[:8]:
        if _title_like(b.strip("#* ")):
            return b.strip("#* ").strip(), "the first title line of the text"
    for t in marked:
        if _title_like(t):
            return t, "a heading of the page"
    for key in ("title", "page_title"):  # a Word file's own title, a web page's <title>
        whole = str(page_meta.get(key) or "")
        if not whole:
            continue
        parts = [p.strip() for p in _TITLE_SEP.split(whole) if p.strip()]
        named = [p for p in parts if _title_like(p)]
        if named and len(parts) > 1:
            return named[0], f"the file's {key.replace('_', ' ')} (less the site's name)"
        if key == "page_title" and not named:
            continue  # a <title> that names no instrument is the site's name: the title is left for the user
        return whole, f"the file's {key.replace('_', ' ')}"
    return "", ""


def infer(blocks: list[str], page_meta: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Frontmatter values the text states, and for each the words it was read from."""
    from ..parse.mail import unquote_blocks

    found: dict[str, Any] = {}
    basis: dict[str, str] = {}
    lines = blocks = unquote_blocks(blocks)  # a text quoted in an e-mail is read through its reply markers
    blocks = [" ".join(b.split("\n")) for b in lines]
    first_article = next((k for k, b in enumerate(blocks) if _is_heading(b)), len(blocks))
    head = blocks[:first_article]
    title, why = choose_title(head, page_meta)
    if title:
        found["title"], basis["title"] = title, why
    # "Key: value" lines at the top (a text file's metadata header)
    head_lines: list[str] = []
    for b in lines[:first_article]:
        for k, ln in enumerate(b.split("\n")):
            if k and not KEY_LINE.match(ln.strip()) and head_lines:
                head_lines[-1] += " " + ln.strip()  # a value wrapped over lines
            else:
                head_lines.append(ln.strip())
    for b in head_lines[:12]:
        m = KEY_LINE.match(b)
        if not m:
            continue
        key, value = m.group("key").lower(), m.group("value").strip()
        if key in ("canonical url", "url", "source url") and "url" not in found:
            found["url"], basis["url"] = value, f"the line '{m.group('key')}:'"
        elif key == "source" and "source" not in found:
            found["source"], basis["source"] = value, "the line 'Source:'"
        elif key in ("published", "publication date", "date", "updated") and "published_date" not in found:
            d = _first_date(value)
            if d:
                found["published_date"], basis["published_date"] = d, f"the line '{m.group('key')}:'"
    # dates and the issuing body in the lines before the articles (and the page's description)
    for b in [*head, str(page_meta.get("description", ""))]:
        for m in ADOPTED.finditer(b):
            key = _VERB_KEY[m.group("verb").lower()]
            d = to_date(m)
            if d and key not in found:
                found[key], basis[key] = d, m.group(0)[:120]
            bm = BODY.search(m.group("what"))
            if bm and "issuing_body" not in found:
                body = bm.group("body") or bm.group("body2")
                body = re.sub(r"\b(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|"
                              r"Twelfth|[A-Z][a-z]+teenth|[A-Z][a-z]+tieth|[A-Z][a-z]+ty-(?:first|second|third|fourth|"
                              r"fifth|sixth|seventh|eighth|ninth))\s+", "", body)
                found["issuing_body"], basis["issuing_body"] = body.strip(), m.group(0)[:120]
    for b in head[:12]:
        m = ORDER_LINE.match(b.strip())
        if m and "issuing_body" not in found:
            found["issuing_body"], basis["issuing_body"] = m.group("body").strip(), b.strip()[:120]
    # entry into force: stated in the text, usually its last article
    for b in reversed(blocks):
        m = EFFECTIVE.search(b)
        if m:
            tail = m.group(0)
            d = _first_date(tail)
            if d:
                found["effective_date"], basis["effective_date"] = d, tail[:120]
            break
    if page_meta.get("page_date") and "published_date" not in found:
        label, d = page_meta["page_date"]
        found["published_date"], basis["published_date"] = d, f"the page's line '{label}: {d.isoformat()}'"
    if page_meta.get("url") and "url" not in found:
        found["url"], basis["url"] = page_meta["url"], "the page's metadata"
    return found, basis


WANTED = ("title", "issuing_body", "adopted_date", "promulgated_date", "effective_date")
