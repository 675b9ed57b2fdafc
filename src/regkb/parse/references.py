"""Cross-references: to other provisions of the same text, and to laws cited by name.

Internal references ("Articles 16 and 17 hereof", "the first paragraph of Article 17",
"the preceding paragraph") resolve to exact provisions; external ones resolve to the
law registry (``corpus/laws.yaml``). What cannot be resolved is kept with
``resolved=False`` and a note, never dropped.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from typing import Any, Protocol

from ..model import Diagnostic, Law, Reference, Span, Target
from . import ParsedDocument
from . import patterns as P
from .numbers import circled, ordinal, parse_number
from .points import is_points, point_references, style_of
from .units import Unit

_COUNT = {"two": 2, "three": 3, "four": 4}

# Patterns the functions below use, compiled once (a call of re.match/re.sub with a pattern string looks it up in
# re's cache each time)
_CAPITALISED_BEFORE = re.compile(r"(?<!\w)(?!The\s)[A-Z][\w'’-]*\s$")
_LEAD_JOINERS = re.compile(r"(?:\s*(?:,|and|or|the)\b)*\s*")
# ((probe19b) also at the head of a sentence: "Pursuant to the Constitution, this Law is enacted ...")
_CONSTITUTION = re.compile(r"\b(?:[Ii]n accordance with|[Aa]ccording to|[Pp]ursuant to|[Oo]n the basis of|[Bb]ased on)\s+the\s+"
                           r"(?P<name>Constitution)\b(?!\s+of\b)")
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
_ARTICLE_WORD = re.compile(r"(?:Articles?|Arts?\.)\s")
_OF_THE_SPACED = re.compile(r"[ ]of[ ](?:the[ ])?")
_LOWER_WORDS = re.compile(r"[a-z]+")
# (a label with its closing bracket only, "a)", "c)", as lists labelled so are cited: "points a) and c) of"; defsanct13)
_ITEM_TOKENS = re.compile(r"\b(to|through)\b|(?:\(|\b)([0-9]+|[IVXivx]+|[a-z])\)|\b([0-9]+|[IVXivx]+)\b")
_ROMAN_I = re.compile(r"\W*i\W*")
_ART_BRACKETS = re.compile(P.ART_BRACKETS)
_NUMBER_WORDS = re.compile(rf"\d+|[IVXLC]+\b|(?=[A-Z]){P.SPELLED_REF_NUM}|to|through|[-–—]")


def _law_matcher(laws: tuple[Law, ...]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    names: dict[str, str] = {}
    for law in laws:
        for name in (law.title, *law.aliases, *law.short_names):
            names.setdefault(name.lower(), law.id)
    if not names:
        return None, names
    # a typographic apostrophe is the same letter: "People’s Republic" is "People's Republic"
    alts = "|".join(re.escape(n).replace("'", "['’]") for n in sorted(names, key=len, reverse=True))
    return re.compile(r"(?<![\w-])(?:the\s+)?(?P<name>" + alts + r")(?![\w-])", re.IGNORECASE), names


class ReferenceMemo(Protocol):
    """References of a document found by an earlier build (see :func:`find_references`)."""

    def get(self, document: str, context: str) -> list[Reference] | None:
        """The references of ``document`` found under ``context``, or None (not kept, or another text)."""

    def put(self, document: str, context: str, refs: list[Reference]) -> None:
        """Keep the references of ``document`` found under ``context``."""


def find_references(docs: list[ParsedDocument], laws: tuple[Law, ...], memo: ReferenceMemo | None = None
                    ) -> list[Reference]:
    """Every citation in the documents' provisions: internal ones resolved to provisions, external ones to the
    registry's laws.

    A document's references depend on its own text and on what its citations are matched against: the
    registry's laws and the titles of the corpus's documents (``_titles``), nothing else. ``memo`` (the
    incremental build's) gives back those of a document whose text is the one it kept them for, under
    ``context``, a hash of those laws and titles; the others are found, and kept."""
    matcher, names = _law_matcher(laws)
    known_titles = _titles(laws, docs)
    if memo is None:
        return _references(docs, matcher, names, known_titles)
    context = hashlib.sha256(repr(known_titles).encode("utf-8")).hexdigest()
    out: list[Reference] = []
    for p in docs:
        kept = memo.get(p.document.id, context)
        if kept is None:
            kept = _references([p], matcher, names, known_titles)
            memo.put(p.document.id, context, kept)
        out.extend(kept)
    return out


class _Taken:
    """The spans of a paragraph already read as (part of) a citation, asked as a scan of a list of ``(start, end)``
    would answer, in logarithmic time: a paragraph of thousands of citations checked each one against every span
    before it (quadratic). ``overlaps(a, b)`` is ``any(x < b and a < y)``: for ``a <= b`` and a span with ``x < y``,
    the open interval (a, b), or the point a when a == b, meets the open interval (x, y); an empty span (x == y)
    meets it when a < x < b. So non-empty spans are kept as their union, disjoint open intervals (merged when they
    share a point; touching ones share none): a point or an open interval meets a union of open intervals exactly
    when it meets one of them. A reversed span or query (end before start; none is ever made) is answered by the
    plain scan."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._los: list[int] = []  # the union's disjoint open intervals, in order
        self._his: list[int] = []
        self._points: list[int] = []  # empty spans, sorted
        self._reversed: list[tuple[int, int]] = []
        self._starts: set[int] = set()
        self._ends: list[int] = []  # the ends of the spans that are not reversed, sorted

    def add(self, a: int, b: int) -> None:
        self._spans.append((a, b))
        self._starts.add(a)
        if b < a:
            self._reversed.append((a, b))
            return
        bisect.insort(self._ends, b)
        if a == b:
            bisect.insort(self._points, a)
            return
        i = bisect.bisect_right(self._his, a)  # the first interval ending after a ...
        j = bisect.bisect_left(self._los, b, i)  # ... to the first starting at or after b: those meeting (a, b)
        if i < j:
            a, b = min(a, self._los[i]), max(b, self._his[j - 1])
        self._los[i:j] = [a]
        self._his[i:j] = [b]

    def overlaps(self, a: int, b: int) -> bool:
        """Some span meets (a, b): ``any(x < b and a < y for x, y in spans)``."""
        if b < a:
            return any(x < b and a < y for x, y in self._spans)
        i = bisect.bisect_right(self._his, a)
        if i < len(self._los) and self._los[i] < b:
            return True
        k = bisect.bisect_right(self._points, a)
        if k < len(self._points) and self._points[k] < b:
            return True
        return bool(self._reversed) and any(x < b and a < y for x, y in self._reversed)

    def starts_at(self, pos: int) -> bool:
        """Some span starts at ``pos``: ``any(x == pos for x, _ in spans)``."""
        return pos in self._starts

    def last_end_within(self, a: int, b: int) -> int | None:
        """The greatest end strictly between a and b of a span starting before b (a span ending before b starts
        before it): ``max((y for x, y in spans if x < b and a < y < b), default=None)``."""
        k = bisect.bisect_left(self._ends, b)
        ends = [self._ends[k - 1]] if k and self._ends[k - 1] > a else []
        ends += [y for x, y in self._reversed if x < b and a < y < b]
        return max(ends, default=None)


def _references(docs: list[ParsedDocument], matcher: re.Pattern[str] | None, names: dict[str, str],
                known_titles: list[tuple[Target, str]]) -> list[Reference]:
    """The citations in each document's provisions, one document after the other (see :func:`find_references`)."""
    out: list[Reference] = []
    for p in docs:
        numbers = {a.number: a for a in p.articles}
        points = is_points(p.articles)
        carry: _Quote | None = None  # a quotation still open at the end of the paragraph before
        carry_article: int | None = None
        for u in p.units:
            found: list[tuple[int, int, str, tuple[Target, ...], bool, str]] = []
            replaced: list[tuple[int, int, int]] = []  # see _without_replaced
            text = u.clean.text
            taken = _Taken()
            # laws from the registry
            if matcher is not None:
                for m in matcher.finditer(text):
                    law_id = names[m.group("name").lower().replace("’", "'")]
                    found.append((m.start("name"), m.end("name"), "external", (Target(law=law_id),), True, ""))
                    taken.add(m.start(), m.end())
            # other law-like titles: matched loosely to the registry and the corpus, else kept and flagged; a title
            # in book-title marks first (whatever its words), then one that opens with its instrument noun (unless a
            # capitalised word before it is part of it: "... Protection Law of the People's Republic of China")
            titles = [(m.start("title"), m.end("title")) for m in P.BOOK_TITLE.finditer(text)
                      if not taken.overlaps(m.start(), m.end())]
            book = set(titles)
            titles += [(m.start("title"), m.end("title")) for m in P.INSTRUMENT_FIRST_TITLE.finditer(text)
                       if not _CAPITALISED_BEFORE.search(text[max(0, m.start("title") - 40):
                                                                                  m.start("title")])]
            titles += [(m.start("title"), m.end("title")) for m in P.LAW_TITLE.finditer(text)]
            for a, b in titles:
                if (a, b) in book:
                    title = text[a:b].strip()
                    if taken.overlaps(a, b) or not title:
                        continue
                    best = _fuzzy_title(title, known_titles, p.document.id)
                    if best is not None:
                        found.append((a, b, "external", (best[0],), True,
                                      f"fuzzy title match: taken as {best[1]!r} (similarity {best[2]:.2f}); check it"))
                    else:
                        found.append((a, b, "external", (), False,
                                      "this law is not in the registry (corpus/laws.yaml)"))
                    taken.add(a, b)
                    continue
                inside = taken.last_end_within(a, b)
                if inside is not None:
                    # "the PIPL and the Road Traffic Safety Law ...": a title after a registry name in one match
                    lead = _LEAD_JOINERS.match(text[inside : b])
                    a = inside + (lead.end() if lead else 0)
                title = text[a:b]
                if not title[:1].isupper() or P.SELF_REFERENCE.match(title) or len(title.split()) < 2:
                    continue
                if P.SHORT_NAME_BEFORE.search(text, max(0, a - 60), a):
                    continue  # "(hereinafter referred to as the Price Law)": the short name, no second citation
                if taken.overlaps(a, b):
                    continue
                best = _fuzzy_title(title, known_titles, p.document.id)
                if best is not None:
                    target, name, score = best
                    found.append((a, b, "external", (target,), True,
                                  f"fuzzy title match: taken as {name!r} (similarity {score:.2f}); check it"))
                else:
                    found.append((a, b, "external", (), False, "this law is not in the registry (corpus/laws.yaml)"))
                taken.add(a, b)
            # "in accordance with the Constitution": the legal basis of the text, a law outside the registry
            for m in _CONSTITUTION.finditer(text):
                a, b = m.start("name"), m.end("name")
                if not taken.overlaps(a, b):
                    found.append((a, b, "external", (), False, "the Constitution is not in the registry (corpus/laws.yaml)"))
                    taken.add(a, b)
            # a provision of another instrument quoted in full: what it cites is that instrument's
            quotes = _quoted_provisions(text, found, carry if carry_article == u.article else None)
            carry = quotes[-1] if quotes and quotes[-1][1] == len(text) else None
            carry_article = u.article
            # "Article 17", "Articles 16 and 17 hereof", "the first paragraph of Article 17"
            for m in P.ARTICLE_REF.finditer(text):
                a, b = m.start(), m.end()
                if taken.overlaps(a, b):
                    continue
                after = text[b : b + 200]
                more_nums = re.match(r"(?:(?:,|[ ]+or|[ ]+and)[ ]+(?:[Aa]rticles?[ ]+)?\d+)*", after)
                lower_law = P.LOWER_LAW_AFTER.match(after, more_nums.end() if more_nums else 0)
                if lower_law is not None and not re.match(r"(?:this|these|the\s+present)\b", lower_law.group("title")):
                    # "article 115 or article 187 of the criminal law": articles of a code cited in lower case
                    ta, tb = b + lower_law.start("title"), b + lower_law.end("title")  # (offsets in ``after``)
                    if not taken.overlaps(ta, tb):
                        found.append((ta, tb, "external", (), False, "this law is not in the registry (corpus/laws.yaml)"))
                        taken.add(ta, tb)
                    continue
                title_after = _OF_THE.match(after)
                if title_after and taken.starts_at(b + title_after.end()) and not (
                        matcher and matcher.match(after.lstrip(" ").removeprefix("of "))):
                    continue  # "Articles 86 through 88 of the Regulations on ...": articles of another instrument
                law_after = matcher.match(after.lstrip(" ").removeprefix("of ")) if matcher else None
                if law_after and after.lstrip(" ").startswith("of "):
                    law_id = names[law_after.group("name").lower().replace("’", "'")]
                    end = b + (len(after) - len(after.lstrip(" "))) + 3 + law_after.end()
                    # "Article 13(1) of the PIPL", "paragraph 2 of Article 13 of the PIPL": the paragraph too
                    ext_br = _brackets(m.group("nums"))
                    prefix = (ordinal(m.group("ord").split()[0]) if m.group("ord") else
                              _numbers(m.group("para_num"))[0] if m.group("para_num") and
                              len(_numbers(m.group("para_num"))) == 1 else
                              _number(m.group("para_after")) if m.group("para_after") else
                              ordinal(m.group("ord_after")) if m.group("ord_after") else None)
                    tgts = tuple(
                        Target(law=law_id, article=n, paragraph=ext_br[n][0][0] if n in ext_br else prefix if k == 0
                               else None) for k, n in enumerate(_numbers(m.group("nums"))))
                    # one citation: "Article 21 of the Cybersecurity Law" replaces the law's name found inside it
                    replaced.append((a, end, len(found)))
                    found.append((a, end, "external", tgts, True, ""))
                    taken.add(a, end)
                    continue
                # inside a provision quoted from another instrument (and citing no law of its own): that instrument's
                if _quoted_ref(quotes, a, b, found, taken, _numbers(m.group("nums"))):
                    continue
                # a paragraph named before or after the article: "the first paragraph of", "paragraphs 1 and 2 of",
                # "Article 26, paragraph 1"
                paras: list[int | None] = [None]
                if m.group("ord"):
                    paras = [ordinal(w) for w in P.ORDINAL_WORD.findall(m.group("ord"))]
                elif m.group("para_num"):
                    paras = list(_numbers(m.group("para_num")))
                elif m.group("para_after"):
                    paras = [_number(m.group("para_after"))]
                elif m.group("ord_after"):  # "Article 9, second paragraph"
                    paras = [ordinal(m.group("ord_after"))]
                elif m.group("para_last") or m.group("run_end"):
                    # "the last paragraph of Article 5", "the first two paragraphs of Article 4": counted on the
                    # article as printed (the first article named; none if the text has no such article)
                    cited = numbers.get(_numbers(m.group("nums"))[0])
                    total = len(cited.paragraphs) if cited is not None else 0
                    run = {"two": 2, "three": 3, "four": 4}.get((m.group("run_n") or "").lower(), 1)
                    from_end = bool(m.group("para_last")) or (m.group("run_end") or "").lower() == "last"
                    counted = list(range(total - run + 1, total + 1)) if from_end else list(range(1, run + 1))
                    paras = [x for x in counted if 1 <= x <= total] or [None]
                elif (m.group("sent_ord") or "").lower() == "first" and len(_numbers(m.group("nums"))) == 1:
                    paras = [1]  # "the first sentence of Article 6": in the article's first paragraph
                items = m.group("items") or m.group("items_after") or ""
                # "..., ① comply with Article 2 ② keep records": a mark that goes on with the citing sentence's own
                # enumeration (the mark before it, not after an article's number, is the one before in sequence) labels
                # the sentence's next item, no paragraph: the reference ends before it
                own_mark = bool(m.group("para_circled")) and _own_enumeration(text, m.start("para_circled"))
                if m.group("para_circled") and not own_mark:  # "Article 5 ①", "Article 7 ① and ②", "Article 7 ①-③"
                    paras, items = _circled_units(numbers.get(_numbers(m.group("nums"))[0]),
                                                  _circled_numbers(m.group("para_circled")))
                # "the first paragraph of Article 18 and Article 35": the paragraph (and items) belong to the
                # first article only when the others carry their own "Article"
                own_word = bool(_ARTICLE_WORD.search(m.group("nums")))
                tgts_l: list[Target] = []
                missing: list[str] = []
                # brackets written on an article belong to it alone: "Article 4(1) or Article 6(2)", "Articles 1(2)
                # and 2", "Article 6(1)(b) or (c)"
                brackets = _brackets(m.group("nums"))
                first_bracketed = bool(m.group("para_paren"))
                nums_s, b = _sub_numbered(m, text, missing)
                if own_mark:
                    b = len(text[: m.start("para_circled")].rstrip())
                for k, n in enumerate(_numbers(nums_s)):
                    if n in brackets:
                        paras_k, items_k = brackets[n]
                        if not items_k and k == 0:
                            items_k = items  # "points (a) to (c) of Article 4(1)"
                    elif k == 0 or (not own_word and not first_bracketed):
                        paras_k, items_k = paras, items
                    else:
                        paras_k, items_k = [None], ""
                    for para_k in paras_k:
                        for t, why in _internal(p, numbers, n, para_k, items_k):
                            tgts_l.append(t)
                            if why:
                                missing.append(why)
                if not m.group("scope"):  # "Article 5 of Chapter Two": the chapter says where the article is
                    b = _of_part(p, numbers, text, b, tgts_l, missing)
                found.append((a, b, "internal", tuple(tgts_l), not missing, "; ".join(missing)))
                taken.add(a, b)
            if points:  # "Point VII", "Points I to III of this Decision" in a text whose provisions are points
                _point_refs(p, numbers, text, quotes, found, taken)
            # "Chapter II of these Provisions", "Section 1 of Chapter II", "Chapters 1 and 2"
            for m in P.CHAPTER_REF.finditer(text):
                a, b = m.start(), m.end()
                if taken.overlaps(a, b):
                    continue
                if _quoted_ref(quotes, a, b, found, taken, ()):
                    continue
                title_after = _OF_THE.match(text[b : b + 200])
                if title_after and taken.starts_at(b + title_after.end()):
                    continue  # "Chapter V of the Regulations on ...": a chapter of another instrument
                tg, ok, note = _chapters(p, m)
                found.append((a, b, "internal", tg, ok, note))
                taken.add(a, b)
            # "the preceding paragraph", "this Article"
            for m in P.RELATIVE_REF.finditer(text):
                a, b = m.start(), m.end()
                if taken.overlaps(a, b):
                    continue
                joined = re.match(r",\s*Articles?\s+\d+\s+of\s+(?:the\s+)?", text[b : b + 60])
                if joined and taken.starts_at(b + joined.end()):
                    continue  # (probe19b) "Paragraph 3, Article 40 of the Fair Trade Act": a paragraph of that article
                if _quoted_ref(quotes, a, b, found, taken, ()):
                    continue
                tg, ok, note = _relative(p, numbers, u, m)
                found.append((a, b, "internal", tg, ok, note))
            found = _coordinated(text, _without_replaced(found, replaced))
            for counter, (a, b, kind, tgts, ok, note) in enumerate(sorted(found, key=lambda f: f[0]), 1):
                span = u.clean.span(a, b)
                prov = u.provision_at(span)
                out.append(Reference(f"{prov}/ref_{counter}", u.document, u.article, prov,
                                     kind, text[a:b], span, tgts, ok, note))  # type: ignore[arg-type]
    return out


def _without_replaced(found: list[_Found], replaced: list[tuple[int, int, int]]) -> list[_Found]:
    """``found`` without what each citation of an article of a registry law replaced: for each ``(a, end, n)``,
    the references among the first ``n`` found (those found before it) that lie within a..end (the law's name),
    as if each had been removed when its citation was found (nothing reads ``found`` in between but appends).
    Removed one by one, a paragraph of thousands of such citations was quadratic. The ranges come in order and
    do not overlap (each is taken, and a later match meeting it is skipped), so a reference can lie only in the
    last range starting at or before it (an empty one at a range's start may lie in the one before too, but in
    this one as well, whose ``n`` is no smaller)."""
    if not replaced:
        return found
    starts = [a for a, _, _ in replaced]
    out = []
    for i, f in enumerate(found):
        if f[1] < f[0]:  # a reversed span (none is made): every range asked
            inside = any(a <= f[0] and f[1] <= end and i < n for a, end, n in replaced)
        else:
            k = bisect.bisect_right(starts, f[0]) - 1
            inside = k >= 0 and f[1] <= replaced[k][1] and i < replaced[k][2]
        if not inside:
            out.append(f)
    return out


def _point_refs(p: ParsedDocument, numbers: dict[Any, Any], text: str, quotes: list[_Quote], found: list[_Found],
                taken: _Taken) -> None:
    """References to the points of a text whose provisions are points (parse/points.py): each point is the article
    of its number."""
    for a, b, nums in point_references(text, style_of(p.articles)):
        if taken.overlaps(a, b) or _quoted_ref(quotes, a, b, found, taken, ()):
            continue
        tgts: list[Target] = []
        missing: list[str] = []
        for n in nums:
            art = numbers.get(n)
            tgts.append(Target(document=p.document.id, article=n, provision=art.id if art else None))
            if art is None:
                missing.append(f"{p.document.id} has no point {n}")
        found.append((a, b, "internal", tuple(tgts), not missing, "; ".join(missing)))
        taken.add(a, b)


def _sub_numbered(m: re.Match[str], text: str, missing: list[str]) -> tuple[str, int]:
    """The article numbers of a reference with sub-numbered or decimal articles read as whole numbers, and where the
    reference ends. "Article 12-1" (a hyphen and no spaces, after the singular "Article" or with a second number
    not above the first) is an article inserted after Article 12; "Article 2.1" a decimal number. regkb numbers
    articles by whole numbers (an inserted article's text is kept in the article before it), so the target is
    unsure: the whole-number article is named, and the reference is flagged, never silently taken as Article 12."""
    nums = m.group("nums")
    b = m.end()
    singular = not m.group("word").lower().endswith("s")
    subs = [x for x in P.SUB_NUMBER.finditer(nums) if singular or int(x.group("sub")) <= int(x.group("n"))]
    for x in subs:
        missing.append(f"'Article {x.group(0)}' is an inserted (sub-numbered) article: regkb numbers articles by "
                       f"whole numbers and keeps its text in Article {x.group('n')}; check the target")
    if subs:
        for x in reversed(subs):
            nums = nums[: x.start()] + x.group("n") + nums[x.end():]
    dec = P.DECIMAL_TAIL.match(text, b)
    if dec:
        missing.append(f"'{text[m.start('nums'):dec.end()]}' is a decimal number: this text numbers its articles by "
                       f"whole numbers, so it may be a paragraph of Article {text[m.start('nums'):b]} or a provision "
                       "of another numbering; check the target")
        b = dec.end()
    return nums, b


def _of_part(p: ParsedDocument, numbers: dict[Any, Any], text: str, b: int, tgts: list[Target],
             missing: list[str]) -> int:
    """'Article 5 of Chapter Two', 'Article 7 of Section 1 of Chapter II': the part named after an article is where
    the text has it. Where the text's Article 5 stands in another part, the text may number its articles afresh in
    each chapter: the reference is flagged. Returns where the reference ends (after the part when one is named)."""
    of = _OF_THE_SPACED.match(text, b)  # (matched in place: a copy of the paragraph's rest per reference was quadratic)
    if of is None:
        return b
    cm = P.CHAPTER_REF.match(text, of.end())
    if cm is None:
        return b
    parts, ok, why = _chapters(p, cm)
    where = {t.provision for t in parts if t.provision}
    if not ok:
        missing.append(why)
    chap = {c.number: c.id for c in p.chapters}
    sec = {(x.chapter, x.number): x.id for x in p.sections}
    for t in tgts:
        art = numbers.get(t.article) if t.article is not None else None
        if art is None or not where:
            continue
        if chap.get(art.chapter) not in where and sec.get((art.chapter, art.section)) not in where:
            missing.append(f"Article {t.article} of this text is not in {cm.group(0).strip()}: the text may number "
                           "its articles within each part; check the target")
    return cm.end()


# a quoted provision: (start, end) of the quotation, the instrument it is quoted from (a registry law's id, or None
# when that instrument is not in the registry), the citation's words, whether the quotation is the new wording of an
# amended provision, and whether the quoted instrument is another one (a law cited before the verb)
_Quote = tuple[int, int, str | None, str, bool, bool]


def _quoted_provisions(text: str, found: list[_Found], carried: _Quote | None = None) -> list[_Quote]:
    """The quotations that reproduce a provision: 'Article 25 of the X Law provides: "..."', 'Article 5 of the
    X Rules is amended to read: "..."'. A quotation runs to its closing mark, or to the end of the paragraph when
    there is none: a quotation over several paragraphs opens each of them with a quotation mark and closes only in
    the last, so a paragraph of the same article that opens with one, after a quotation left open (``carried``),
    goes on with it. Its instrument is the law cited last before the verb in the same sentence, if any."""
    out: list[_Quote] = []
    lead = len(text) - len(text.lstrip())
    if carried is not None and text[lead : lead + 1] in P.QUOTE_CLOSE:
        close = text.find(P.QUOTE_CLOSE[text[lead]], lead + 1)
        out.append((lead + 1, close if close >= 0 else len(text), *carried[2:]))
    elif carried is not None:
        # the paragraph was split inside the quotation (a break the layout made): it goes on to the first closing
        # mark that no opening mark pairs ("...” ", an odd '"'; a ’ before a letter is an apostrophe)
        ends = [k for o, c in (("“", "”"), ("‘", "’")) for k in [_first_closing(text, o, c)] if k >= 0]
        if text.count('"') % 2 == 1:
            ends.append(text.find('"'))
        if ends:
            out.append((lead, min(ends), *carried[2:]))
        elif not any(ch in text for ch in "“”‘\""):
            out.append((lead, len(text), *carried[2:]))  # no mark at all: still inside, the quotation goes on
    if not any(ch in text for ch in "\"“‘") and not text.rstrip().endswith((":", "：")):
        return out  # no quotation mark and no announcing colon: nothing quoted (the common case, kept cheap)
    for m in P.QUOTED_PROVISION.finditer(text):
        if any(qa <= m.start() < qb for qa, qb, *_ in out):
            continue  # a verb inside a quotation already open
        qa = m.end()
        if m.group("open") is None:
            qa = qb = len(text)  # "... is amended to read:" and the quotation in the next paragraph
        else:
            close = text.find(P.QUOTE_CLOSE[m.group("open")], qa)
            qb = close if close >= 0 else len(text)
        sent = max(text.rfind(". ", 0, m.start()), text.rfind("; ", 0, m.start()), text.rfind(": ", 0, m.start()))
        before = [f for f in found if f[2] == "external" and sent < f[0] and f[1] <= m.start()]
        amending = bool(P.AMENDING_VERB.search(m.group(0)))
        if before:
            cited = max(before, key=lambda f: f[1])
            law = next((t.law for t in cited[3] if t.law), None)
            out.append((qa, qb, law, text[cited[0]:cited[1]], amending, True))
        elif amending:
            out.append((qa, qb, None, "", True, False))  # "Article 5 is amended to read: ...": the amended text's
    return out


def _first_closing(text: str, opening: str, closing: str) -> int:
    """Where the first closing mark stands that no opening mark before it pairs (-1 if none); a ’ before a letter is
    an apostrophe."""
    depth = 0
    for k, ch in enumerate(text):
        if ch == opening:
            depth += 1
        elif ch == closing and not (closing == "’" and text[k + 1 : k + 2].isalpha()):
            if depth == 0:
                return k
            depth -= 1
    return -1


def _quoted_ref(quotes: list[_Quote], a: int, b: int, found: list[_Found], taken: _Taken,
                nums: tuple[int, ...] | list[int]) -> bool:
    """Record a reference inside a quoted provision as the quoted instrument's (True), or leave it (False) when it
    is in no such quotation. "Article 7" quoted from a registry law is that law's Article 7; quoted from a law
    outside the registry it is kept unresolved and flagged; in the new wording of an amended provision of no named
    instrument it may cite the amended text, not this one: kept unresolved and flagged, never guessed."""
    q = next((q for q in quotes if q[0] <= a and b <= q[1]), None)
    if q is None:
        return False
    _qa, _qb, law, cited, amending, foreign = q
    if foreign and law is not None and nums:
        found.append((a, b, "external", tuple(Target(law=law, article=n) for n in nums), True,
                      f"inside the quoted text of {cited!r}: that law's provision"))
    elif foreign:
        found.append((a, b, "external", (Target(law=law),) if law else (), False,
                      f"inside the quoted text of {cited!r}: a provision of that instrument, not of this text"))
    else:
        found.append((a, b, "internal", (), False,
                      "inside the new wording of an amended provision: it cites the amended text, which may not be "
                      "this one; check it" if amending else "inside a quoted provision"))
    taken.add(a, b)
    return True


# what joins two reference expressions into one coordinated phrase: a comma, "and", "or", "and/or", "as well as"
_JOINT = re.compile(r"(?:,?[ ](?:and/or|and|or|as[ ]well[ ]as)[ ]|,[ ])$", re.IGNORECASE)
_CONJ = re.compile(r"\b(?:and|or|as well as)\b", re.IGNORECASE)

_Found = tuple[int, int, str, tuple[Target, ...], bool, str]


def _coordinated(text: str, found: list[_Found]) -> list[_Found]:
    """Internal references coordinated in one phrase are one reference with every target ("Article 4 or paragraph
    2 of Article 7", "item (1) of Article 4, the second paragraph of Article 5 and Article 9"): the words between
    two of them are only a comma or a conjunction. A run joined by commas alone is no coordination (a list ends
    in "and"/"or"; "under Article 4, the preceding paragraph ..." is two phrases), so a comma run is merged only
    as far as a conjunction closes it."""
    ordered = sorted(found, key=lambda f: f[0])
    out: list[_Found] = []
    k = 0
    while k < len(ordered):
        run = [ordered[k]]
        joints: list[str] = []
        j = k + 1
        while j < len(ordered) and run[-1][2] == "internal" and ordered[j][2] == "internal":
            between = text[run[-1][1] : ordered[j][0]]
            if not _JOINT.fullmatch(between):
                break
            run.append(ordered[j])
            joints.append(between)
            j += 1
        # a run ends at its last conjunction, between two references or inside one ("A, B and C" where "B and C"
        # is one match): what follows a bare comma after it is another phrase
        last = max((i for i, w in enumerate(joints) if _CONJ.search(w) or _CONJ.search(text[run[i + 1][0]:run[i + 1][1]])),
                   default=-1)
        run = run[: last + 2]
        if len(run) == 1:
            out.append(run[0])
            k += 1
            continue
        notes = "; ".join(f[5] for f in run if f[5])
        out.append((run[0][0], run[-1][1], "internal", tuple(dict.fromkeys(t for f in run for t in f[3])),
                    all(f[4] for f in run), notes))
        k += len(run)
    return out


_STOP = frozenset(["of", "on", "for", "the", "and", "in", "to", "a", "an", "by", "people", "peoples", "s", "republic",
                   "china", "prc"])
_INSTRUMENTS = ("law", "code", "measures", "provisions", "regulations", "rules", "decision", "interpretation",
                "opinions", "notice")
FUZZY_THRESHOLD = 0.6


def _stems(title: str) -> frozenset[str]:
    """Content words of a title, cut to five letters ("algorithmic" and "algorithms" agree)."""
    words = _LOWER_WORDS.findall(title.lower().replace("’", "'").replace("'s", ""))
    return frozenset(w[:5] for w in words if w not in _STOP)


def _instrument(title: str) -> str:
    words = _LOWER_WORDS.findall(title.lower())
    return next((w for w in reversed(words) if w in _INSTRUMENTS), "")


def _titles(laws: tuple[Law, ...], docs: list[ParsedDocument]) -> list[tuple[Target, str]]:
    out = [(Target(law=law.id), name) for law in laws for name in (law.title, *law.aliases, *law.short_names)]
    for p in docs:
        if p.document.kind == "commentary":
            continue
        for name in (p.document.title, str(p.document.frontmatter.get("short_title") or "")):
            if name:
                out.append((Target(document=p.document.id), name))
    return out


def _fuzzy_title(title: str, known: list[tuple[Target, str]], own_doc: str) -> tuple[Target, str, float] | None:
    """The registry law or corpus document a title most likely names, when it is printed under another
    rendering ("Internet Information Service Algorithmic Recommendation Management Provisions"): same kind of
    instrument and most content words shared (Jaccard >= FUZZY_THRESHOLD); None if nothing is close."""
    stems, kind = _stems(title), _instrument(title)
    best: tuple[Target, str, float] | None = None
    for target, name in known:
        if target.document == own_doc or _instrument(name) != kind:
            continue
        other = _stems(name)
        if not stems or not other:
            continue
        score = len(stems & other) / len(stems | other)
        if score >= FUZZY_THRESHOLD and (best is None or score > best[2]):
            best = (target, name, score)
    return best


class _Lines:
    """1-based line and column of an offset in a document's source, from the positions of its line breaks found
    once: counting them from the start for every reference of a long paragraph was quadratic."""

    def __init__(self, sources: dict[str, str]) -> None:
        self._sources = sources
        self._breaks: dict[str, list[int]] = {}

    def line_col(self, document: str, offset: int) -> tuple[int, int]:
        breaks = self._breaks.get(document)
        if breaks is None:
            src = self._sources.get(document, "")
            breaks = self._breaks[document] = [m.start() for m in re.finditer("\n", src)]
        k = bisect.bisect_left(breaks, offset)  # the breaks before ``offset``
        return k + 1, offset - (breaks[k - 1] + 1 if k else 0) + 1


def unresolved_diagnostics(refs: list[Reference], docs: list[ParsedDocument],
                           sources: dict[str, str]) -> list[Diagnostic]:
    """A warning for each internal reference whose target does not exist and for each law title taken as a
    registry law by a fuzzy match; a note for each law cited that the registry does not list."""
    paths = {p.document.id: p.document.path for p in docs}
    lines = _Lines(sources)
    out = []
    for r in refs:
        fuzzy = r.kind == "external" and r.note.startswith("fuzzy title match")
        # "Article 99 of the PIPL" when the PIPL's text in the corpus has no Article 99 (parse/lawtexts.py)
        missing = r.kind == "external" and "has no Article" in r.note
        if not (fuzzy or missing or (r.kind == "external" and not r.targets) or (r.kind == "internal" and not r.resolved)):
            continue
        line, col = lines.line_col(r.document, r.span.start)
        where = paths.get(r.document, r.document)
        if fuzzy:
            out.append(Diagnostic("warning", where, line, col, f"the law title {r.text!r}: {r.note}",
                                  "if it is that law, add this title to its aliases in laws.yaml", "law-fuzzy"))
        elif r.kind == "external" and r.note.startswith("inside the quoted text"):
            if r.resolved:
                continue  # a registry law's provision, quoted: linked to that law
            out.append(Diagnostic("info", where, line, col, f"the reference {r.text!r} is {r.note}",
                                  "it is kept as a citation of the quoted instrument; add that instrument to "
                                  "laws.yaml to link it", "quoted-reference"))
        elif r.kind == "external" and not missing:
            out.append(Diagnostic("info", where, line, col, f"the text cites {r.text!r}, a law the registry does not list",
                                  "add it to laws.yaml to link its citations; the reference is kept", "law-unlisted"))
        else:
            out.append(Diagnostic("warning", where, line, col, f"the reference {r.text!r} cannot be resolved: {r.note}",
                                  "check the article number; the reference is kept and flagged",
                                  "unresolved-reference"))
    out.extend(_ambiguous_diagnostics(refs, docs, sources))
    return out


def _ambiguous_diagnostics(refs: list[Reference], docs: list[ParsedDocument],
                           sources: dict[str, str]) -> list[Diagnostic]:
    """A warning for each internal reference to an article number that the text uses twice (parse.structure keeps
    the repeat apart, as a ``repeated-article`` block): it reaches the first, but may mean the other."""
    repeated = {(p.document.id, b.eid.split("__", 1)[0]) for p in docs for b in p.blocks if b.kind == "repeated-article"}
    if not repeated:
        return []
    paths = {p.document.id: p.document.path for p in docs}
    lines = _Lines(sources)
    out = []
    for r in refs:
        hit = sorted({t.article for t in r.targets if r.kind == "internal" and t.article is not None
                      and (t.document, f"art_{t.article}") in repeated})
        if not hit:
            continue
        line, col = lines.line_col(r.document, r.span.start)
        nums = ", ".join(str(n) for n in hit)
        out.append(Diagnostic("warning", paths.get(r.document, r.document), line, col,
                              f"the reference {r.text!r} is ambiguous: the text numbers two articles {nums}; it is "
                              "linked to the first", "fix the repeated article number, then check this reference",
                              "ambiguous-reference"))
    return out


def _item_numbers(items: str, roman: bool = False) -> list[int]:
    """Item numbers of "(1) or (2)", "(2) to (7)", "1 through 3", "(iii)"; ``roman``: "(i)" is item 1, not 9."""
    out: list[int] = []
    tokens = _ITEM_TOKENS.findall(items)
    k = 0
    flat = [a or b or c for a, b, c in tokens]
    while k < len(flat):
        t = flat[k]
        if t in ("to", "through") and out and k + 1 < len(flat):
            end = parse_number(flat[k + 1].upper() if roman else flat[k + 1], letters=not roman)
            if end is not None:
                out.extend(range(out[-1] + 1, end + 1))
            k += 2
            continue
        n = parse_number(t.upper() if roman else t, letters=not roman)
        if n is not None:
            out.append(n)
        k += 1
    return out


def _roman_items(par: Any) -> bool:
    """Whether a paragraph's items are labelled with lower-case roman numerals ("(i)", "(ii)", ...)."""
    return bool(par.items) and bool(_ROMAN_I.fullmatch(par.items[0].label))


# (P.ART_NUM, its digits read from the first: (bounds20) tried from each digit of a long run they re-read the rest of
# it, quadratic; a match that starts after a digit also starts at that digit, so the first match is the same)
_BRACKETS = re.compile(rf"((?<!\d)\d+|{P.SPELLED_REF_NUM})({P.ART_BRACKETS})")


def _brackets(nums: str) -> dict[int, tuple[list[int | None], str]]:
    """Article number -> (paragraphs, items text) written in brackets on it: "6(1)(b) or (c)" -> ([1], "(b) or
    (c)"); "8(1) and (2)" -> ([1, 2], "")."""
    out: dict[int, tuple[list[int | None], str]] = {}
    for m in _BRACKETS.finditer(nums):
        br = m.group(2)
        close = br.index(")") + 1
        if br[close:].startswith("("):
            out[_number(m.group(1))] = ([int(br[1 : close - 1])], br[close:])
        else:
            out[_number(m.group(1))] = (list(_item_numbers(br)), "")
    return out


def _number(s: str) -> int:
    """An article or paragraph number as matched by ``P.ART_NUM``: '17', 'Four', 'Twenty-One'."""
    n = parse_number(s)
    if n is None:  # ART_NUM matches only what parse_number reads
        raise ValueError(f"not a number: {s!r}")
    return n


def _circled_numbers(marks: str) -> list[int]:
    """The paragraph numbers of "①", "① and ②", "①、③", "① to ③" (a range word or dash between two marks)."""
    out: list[int] = []
    ranged = False
    for tok in _CIRCLED_TOKEN.finditer(marks):
        n = circled(tok.group("mark")) if tok.group("mark") else None
        if n is None:
            ranged = True
        elif ranged and out and n > out[-1]:
            out.extend(range(out[-1] + 1, n + 1))
            ranged = False
        else:
            out.append(n)
    return out


def _circled_units(art: Any, marks: list[int]) -> tuple[list[int | None], str]:
    """What circled numbers after an article's number name: its paragraphs ("Article 5 ①" in a text whose paragraphs
    are numbered ①, ②), or, when none of its paragraphs is so numbered and one of them lists items labelled ①, ②,
    those items ("Article 6 ②" of "shall do the following: ① ...; ② ..."). As (paragraph numbers, items text)."""
    if art is not None and not any(circled(x.label) for x in art.paragraphs):
        par = next((x for x in art.paragraphs if x.items and circled(x.items[0].label)), None)
        if par is not None:
            return [par.number], " and ".join(f"({k})" for k in marks)
    return list(marks), ""


_CIRCLED_TOKEN = re.compile(rf"(?P<mark>[{P.CIRCLED}])|\bto\b|[-–~～]")
# a circled mark right after an article's number (and the marks listed with it): a paragraph cited, not a label
_CITED_MARK_BEFORE = re.compile(rf"\d[ ]?(?:[{P.CIRCLED}](?:,[ ]?|、|[ ]and[ ]|[ ]or[ ]|[ ]to[ ]|[ ]?[-–~～][ ]?))*$")


def _own_enumeration(text: str, at: int) -> bool:
    """Whether the circled mark at ``at`` goes on with the enumeration of the sentence it stands in: the last circled
    mark before it that labels (is not cited after an article's number) is the one before it in sequence."""
    n = circled(text[at])
    for k in range(at - 1, -1, -1):
        if circled(text[k]) is not None and not _CITED_MARK_BEFORE.search(text, 0, k):
            return n is not None and circled(text[k]) == n - 1
    return False



def _numbers(nums: str) -> list[int]:
    """The numbers of "16 and 17", "5 to 9", "Four through Six", "Two, Three and Five"."""
    out: list[int] = []
    tokens: list[int | None] = [None if m.group("num") is None else _number(m.group("num"))
                                for m in P.NUMBER_TOKEN.finditer(_ART_BRACKETS.sub("", nums))]
    k = 0
    while k < len(tokens):
        t = tokens[k]
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if t is None and out and nxt is not None:
            out.extend(range(out[-1] + 1, nxt + 1))  # "Article 6-1" (an inserted article): empty
            k += 2
            continue
        if t is not None:
            out.append(t)
        k += 1
    return out


def _internal(p: ParsedDocument, numbers: dict[Any, Any], n: int, para: int | None,
              items: str | None = None) -> list[tuple[Target, str]]:
    doc = p.document.id
    art = numbers.get(n)
    if art is None:
        return [(Target(document=doc, article=n), f"{doc} has no Article {n}")]
    if para is None and not items:
        return [(Target(document=doc, article=n, provision=art.id), "")]
    par = next((x for x in art.paragraphs if x.number == para), None) if para is not None else \
        next((x for x in art.paragraphs if x.items), None)
    if par is None:
        return [(Target(document=doc, article=n, paragraph=para, provision=art.id),
                 f"Article {n} has no paragraph {para} in this text (resolved to the article)")]
    return _items_of(doc, n, par, items)


def _items_of(doc: str, n: int, par: Any, items_text: str | None) -> list[tuple[Target, str]]:
    """Targets for items of a paragraph (or the paragraph itself when no item is named)."""
    items = _item_numbers(items_text, roman=_roman_items(par)) if items_text else []
    if not items:
        return [(Target(document=doc, article=n, paragraph=par.number, provision=par.id), "")]
    out: list[tuple[Target, str]] = []
    for i in items:
        it = next((x for x in par.items if x.number == i), None)
        if it is None:
            out.append((Target(document=doc, article=n, paragraph=par.number, item=i, provision=par.id),
                        f"Article {n} paragraph {par.number} has no item {i} in this text (resolved to the paragraph)"))
        else:
            out.append((Target(document=doc, article=n, paragraph=par.number, item=i, provision=it.id), ""))
    return out


def _chapter_numbers(nums: str) -> list[int]:
    """Chapter or section numbers of "II", "1 and 2", "II to IV", "Two and Three" (Arabic, Roman or in words)."""
    out: list[int] = []
    tokens = ["to" if t in ("through", "-", "–", "—") else t
              for t in _NUMBER_WORDS.findall(nums)]
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if t == "to" and out and k + 1 < len(tokens):
            end = parse_number(tokens[k + 1])
            if end is not None:
                out.extend(range(out[-1] + 1, end + 1))
            k += 2
            continue
        n = parse_number(t) if t != "to" else None
        if n is not None:
            out.append(n)
        k += 1
    return out


def _chapters(p: ParsedDocument, m: re.Match[str]) -> tuple[tuple[Target, ...], bool, str]:
    """Targets of "Chapter II", "Chapters 1 and 2", "Section 1 of Chapter II" (the chapter's or section's id)."""
    doc = p.document.id
    chaps = _chapter_numbers(m.group("chaps"))
    out: list[tuple[Target, str]] = []
    if m.group("secs"):
        ch = chaps[0] if chaps else None
        for n in _chapter_numbers(m.group("secs")):
            sec = next((x for x in p.sections if x.chapter == ch and x.number == n), None)
            if sec is None:
                out.append((Target(document=doc), f"{doc} has no Section {n} of Chapter {ch}"))
            else:
                out.append((Target(document=doc, provision=sec.id), ""))
        return _checked(out)
    for n in chaps:
        chap = next((x for x in p.chapters if x.number == n), None)
        if chap is None:
            out.append((Target(document=doc), f"{doc} has no Chapter {n}"))
        else:
            out.append((Target(document=doc, provision=chap.id), ""))
    return _checked(out)


def _checked(found: list[tuple[Target, str]]) -> tuple[tuple[Target, ...], bool, str]:
    notes = [why for _, why in found if why]
    return tuple(t for t, _ in found), not notes, "; ".join(notes)


def _relative(p: ParsedDocument, numbers: dict[Any, Any], u: Unit, m: re.Match[str]) -> tuple[tuple[Target, ...], bool, str]:
    doc = p.document.id
    unit = (m.group("unit") or m.group("self") or "").lower()
    count_word = (m.group("count") or m.group("count_before") or "").lower()
    count = _COUNT.get(count_word, 1)
    forward = (m.group("prev") or "").lower() in ("next", "following", "subsequent", "succeeding")
    art = numbers[u.article]
    items = m.group("items") or ""
    if m.group("own_items"):  # "items (1) to (3) above": of this paragraph
        return _checked(_items_of(doc, art.number, u.paragraph, m.group("own_items")))
    if m.group("own_ord") or m.group("own_num"):  # "the first paragraph", "paragraph 2" (of this article)
        wanted = [ordinal(m.group("own_ord"))] if m.group("own_ord") else _numbers(m.group("own_num"))
        found: list[tuple[Target, str]] = []
        for k in wanted:
            par = next((x for x in art.paragraphs if x.number == k), None)
            if par is None:
                found.append((Target(document=doc, article=art.number, provision=art.id),
                              f"this article has no paragraph {k} as printed (resolved to the article)"))
            else:
                found.extend(_items_of(doc, art.number, par, items))
        return _checked(found)
    rel_paras: list[int | None] = (
        [ordinal(w) for w in P.ORDINAL_WORD.findall(m.group("rel_ord"))] if m.group("rel_ord")
        else list(_numbers(m.group("rel_num"))) if m.group("rel_num") else [])
    if m.group("rel_last") and unit.startswith("article"):
        # "the last paragraph of this Article / of the preceding article": that article's last paragraph as printed
        cited = art if m.group("self") else numbers.get(art.number + (1 if forward else -1))
        rel_paras = [len(cited.paragraphs)] if cited is not None and cited.paragraphs else [None]
    if len(rel_paras) > 1 and unit.startswith("article") and (m.group("self") or m.group("prev")):
        # "paragraphs 1 and 2 of this Article", "the first and second paragraphs of the preceding article"
        target_art = art if m.group("self") else numbers.get(art.number + (1 if forward else -1))
        if target_art is None:
            return (), False, "no such article"
        return _checked([x for k in rel_paras for x in _internal(p, numbers, target_art.number, k, items)])
    rel_para = rel_paras[0] if rel_paras else None
    if rel_para is not None and unit.startswith("article") and m.group("prev"):
        # "the first paragraph of the preceding article", "paragraph 2 of the preceding Article"
        prev_art = numbers.get(art.number + (1 if forward else -1))
        if prev_art is None:
            return (), False, "no next article" if forward else "no preceding article"
        return _checked(_internal(p, numbers, prev_art.number, rel_para, items))
    if rel_para is not None and unit == "article":  # "paragraph 2 of this Article"
        return _checked(_internal(p, numbers, art.number, rel_para, items))
    if m.group("self"):
        if unit in ("chapter", "section"):
            for x in (p.chapters if unit == "chapter" else p.sections):
                if x.number == (art.chapter if unit == "chapter" else art.section) and \
                        (unit == "chapter" or getattr(x, "chapter", None) == art.chapter):
                    return (Target(document=doc, provision=x.id),), True, ""
            return (), False, f"this article is in no {unit} as printed"
        if unit == "article":
            return (Target(document=doc, article=art.number, provision=art.id),), True, ""
        par = u.paragraph
        if items:  # "items (1) and (2) of this paragraph"
            return _checked(_items_of(doc, art.number, par, items))
        return (Target(document=doc, article=art.number, paragraph=par.number, provision=par.id),), True, ""
    if unit.startswith("paragraph"):
        k = u.paragraph.number
        if forward:
            wanted = [j for j in range(k + 1, k + 1 + count) if j <= len(art.paragraphs)]
            if not wanted:
                return ((Target(document=doc, article=art.number, provision=art.id),), False,
                        "this is the last paragraph of its article as printed (resolved to the article)")
        elif unit == "paragraphs" and not count_word:
            wanted = list(range(1, k))  # "the preceding paragraphs": all of them
        else:
            wanted = list(range(max(1, k - count), k))
        if not wanted:
            return ((Target(document=doc, article=art.number, provision=art.id),), False,
                    "this is the first paragraph of its article as printed, so it has no preceding paragraph "
                    "(resolved to the article)")
        if items and len(wanted) == 1:
            return _checked(_items_of(doc, art.number, art.paragraphs[wanted[0] - 1], items))
        tg = tuple(Target(document=doc, article=art.number, paragraph=j, provision=art.paragraphs[j - 1].id)
                   for j in wanted)
        return tg, True, ""
    if unit.startswith("article"):
        span = range(art.number + 1, art.number + 1 + count) if forward else range(art.number - count, art.number)
        wanted = [n for n in span if n in numbers]
        if not wanted:
            return (), False, "no next article" if forward else "no preceding article"
        return tuple(Target(document=doc, article=n, provision=numbers[n].id) for n in wanted), True, ""
    return (), False, f"cannot resolve 'preceding {unit}'"


__all__ = ["Span", "find_references", "unresolved_diagnostics"]
