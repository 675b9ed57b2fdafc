"""Every pattern the parser uses, in one place.

The patterns describe the layouts and phrasing of Chinese regulations in English
translation in general; none of them names a particular regulation's articles,
terms or actors.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from ..textspan import LINE_BREAK

X = re.VERBOSE | re.IGNORECASE

# --- numbers --------------------------------------------------------------------------

ROMAN = r"[IVXLC]+"
CJK_NUM = r"[一二三四五六七八九十百零〇]+"
# A CJK ideograph (the unified ideographs, extension A and the compatibility block): how a line's script is told
CJK_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WORD_NUM = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)

# --- structure: headings ----------------------------------------------------------------

# An English number in words, 1 to 999, as some translators print article numbers ("Article Twenty-One").
_UNIT = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UPTO99 = rf"(?:{_TENS}(?:[-\ ]{_UNIT})?|{_TEEN}|{_UNIT})"
SPELLED_NUM = rf"(?:{_UNIT}[ \t]+hundred(?:[ \t]+(?:and[ \t]+)?{_UPTO99})?|{_UPTO99})"


# Markdown decoration a heading line may carry: "## ", "**", "__", trailing "**".
# (the runs of blanks are possessive: no token after them starts with a blank, so they match what they matched, and
# a line of blanks costs linear time, not quadratic: review7)
_DECOR_OPEN = r"^[ \t]*+(?:\#{1,6}[ \t]++)?(?:\*\*|__)?[ \t]*+"

# A chapter's or section's heading marked by a leading glyph, as a social-media post, a newsletter or a slide sets
# its headings ("▌Chapter II ...", "■ Chapter 2", "◆Section 1", "【Chapter III Legal Liability】"): a block, square,
# diamond, circle, triangle or star, or the lenticular brackets round the heading. The glyph decorates; the words
# still have to read as a heading (label, number, title). "•" and "·" are list bullets, not heading marks.
_PART_GLYPH = r"(?:[▌▍▎▐█■□◆◇●○◼◾▶►▸★☆❖➤][ \t]*|【[ \t]*)?"
_PART_GLYPH_CLOSE = r"[ \t]*】?"

CHAPTER = re.compile(
    _DECOR_OPEN + _PART_GLYPH
    + rf"""
    (?P<label>Chapter[ \t]+(?P<num>{ROMAN}|\d+|{SPELLED_NUM}))   # "Chapter II", "Chapter 2", "Chapter Two"
    \b[ \t]*[.:\-–—】]?[ \t]*                                  # optional punctuation after the number
    (?:\*\*|__)?[ \t]*                                       # bold may close after the label
    (?P<title>[^\n]*?)                                       # title on the same line, if any
    [ \t]*(?:\*\*|__)?{_PART_GLYPH_CLOSE}[ \t]*$                # bold (a bracket) may close after the title
    """,
    X,
)

CJK_CHAPTER = re.compile(
    _DECOR_OPEN + _PART_GLYPH + rf"(?P<label>第(?P<num>{CJK_NUM}|\d+)章)[ \t　】]*(?P<title>[^\n]*?){_PART_GLYPH_CLOSE}"
    r"[ \t]*$", re.VERBOSE
)

SECTION = re.compile(
    _DECOR_OPEN + _PART_GLYPH
    + rf"""
    (?P<label>Section[ \t]+(?P<num>{ROMAN}|\d+|{SPELLED_NUM}))
    \b[ \t]*[.:\-–—】]?[ \t]*(?:\*\*|__)?[ \t]*
    (?P<title>[^\n]*?)[ \t]*(?:\*\*|__)?{_PART_GLYPH_CLOSE}[ \t]*$
    """,
    X,
)

# A table cell that holds an article's number and nothing more but perhaps a short caption ("Article 4", "Art. 4.",
# "第四条", "Article 4 Purpose"): the first cell of a row of a law set in a table, a row per article (importers/html.py,
# importers/docx.py; parse/tables.py law_rows). LAW_ROW_NUMBER reads its number: Arabic digits or Chinese numerals.
LAW_ROW_CELL = re.compile(r"(?:(?:Article|Art\.)\s*\d+|第[一二三四五六七八九十百千零〇两\d]+条)[.:]?(?:\s+\S+){0,6}",
                          re.IGNORECASE)
LAW_ROW_NUMBER = re.compile(r"(?:Article|Art\.)\s*(\d+)|第([一二三四五六七八九十百千零〇两\d]+)条", re.IGNORECASE)
# a row of such a table that heads a division (its first cell "Chapter II", "Section 1", "第二章", "Part III", perhaps
# with its title): not an article row, and no data row either
LAW_ROW_DIVISION = re.compile(r"(?:(?:Chapter|Section|Part)\s+(?:\d+|[IVXLC]+\b)|第[一二三四五六七八九十百千零〇两\d]+[章节编])",
                              re.IGNORECASE)
# A unit's number set in an inline element of its own at the start of a paragraph ("<span class="art-no">Article
# 4</span>A boat operator ...", "<b>Chapter II</b>Boats"): the page's style sets it apart (a margin, bold type), so
# the element's end is a word boundary even where the page writes no space (importers/html.py HtmlBlocks). Only the
# number (and a full stop or colon): a caption in the element does not make it a label.
UNIT_LABEL = re.compile(r"(?:(?:Article|Art\.)\s*\d+|第[一二三四五六七八九十百千零〇两\d]+[条章节编]|"
                        r"(?:Chapter|Section|Part)\s+(?:\d+|[IVXLC]+))[.:]?", re.IGNORECASE)

# A typesetter's letter-spaced label word ("A r t i c l e 5", a title font spaced out, copied from a PDF or a slide):
# one space or tab between the letters, never found in prose.
_SPACED_ARTICLE = r"A[ \t]r[ \t]t[ \t]i[ \t]c[ \t]l[ \t]e"
_ARTICLE_LABEL = rf"""
    (?P<label>(?:Article|Art\.|{_SPACED_ARTICLE})[ \t]*+  # "Article 17", "Art. 17", "Article One"; "Art.17" and
     (?P<num>\d+|(?<=[ \t])(?:[IVXLC]+|{SPELLED_NUM})))   # "Article17" (a lost space) with digits only
"""
# A text that numbers its articles "§ 1", "§ 2" (German- and Nordic-style statutes in translation, US codes' sections):
# the sign is the label. Only read where the text labels its articles so throughout (structure.py
# Structure.sign_articles); "§ 3" cited in a sentence never opens a line.
_SIGN_LABEL = r"""
    (?P<label>§[ \t]*+(?P<num>\d+))                        # "§ 4", "§4"
"""
_ARTICLE_AFTER_LABEL = r"""
    (?P<sub>-\d+)?                                     # "Article 6-1": an inserted article (not supported, reported)
    (?:(?![\w(])                                       # not "Article 17(1)" or "Article 170"
     |(?<=\d)(?-i:(?=[A-Z][a-z])))                     # but "Article 1These": the gap after the number lost (CSS, PDF)
    (?:[ \t]*[/／|｜][ \t]*(?P<cjk>第(?P<cjk_num>[一二三四五六七八九十百零〇]+|\d+)条)  # bilingual: "Article 1 / 第一条"
     |[ \t]+第(?P<cjk_num2>[一二三四五六七八九十百零〇]+|\d+)条(?=[ \t]*(?:\*\*|__)?[ \t]*$))?  # "Article 1 第一条" on its line
    [ \t]*(?:\*\*|__)?[ \t]*                            # "**Article 1**"
    (?P<sep>[.:：](?!\d)|[-–—](?=[ \t]))?               # "Article 1." / "Article 1:" / "Article 1 – Caption"
    [ \t]*(?:\*\*|__)?[ \t]*
    (?P<rest>[^\n]*)$                                   # the text (or caption) on the same line
"""
# An article heading at the start of a line: "Article 1", "**Article 1.**", "### Article 1 Title",
# "Art. 1", "ARTICLE ONE", "Article Twenty-One", "Article 1 – Caption", "Article 1: text".
ARTICLE = re.compile(_DECOR_OPEN + _ARTICLE_LABEL + _ARTICLE_AFTER_LABEL, X)
SIGN_ARTICLE = re.compile(_DECOR_OPEN + _SIGN_LABEL + _ARTICLE_AFTER_LABEL, X)

# A bilingual heading prints the English number after the Chinese one, behind a slash or bar: "第一条 / Article 1",
# "第1条 | Art. 1", or alone after it at the end of the line: "第一条 Article 1". The English label is the heading's, not a reference to the article (the numbers are compared
# where the heading is read).
CJK_ARTICLE = re.compile(
    _DECOR_OPEN + rf"(?P<label>第[ \t　]?(?P<num>{CJK_NUM}|\d+)[ \t　]?条)"  # "第 四 条": a typesetter's spaced label
    rf"(?:[ \t　]*[/／|｜][ \t　]*(?:\*\*|__)?(?P<en>(?:Article|Art\.)[ \t]+(?P<en_num>\d+|{SPELLED_NUM}))(?![\w(])"
    r"[ \t]*(?:\*\*|__)?[ \t]*[.:]?"
    # without a separator only when the English label ends the line: "第一条 Article 1"
    rf"|[ \t　]+(?:\*\*|__)?(?:Article|Art\.)[ \t]+(?P<en_num2>\d+|{SPELLED_NUM})[ \t]*(?:\*\*|__)?[ \t]*[.:]?(?=[ \t]*$))?"
    r"[ \t　]*(?P<rest>[^\n]*)$", re.IGNORECASE)

# What follows an article's label where a page or slide carries on the article begun on the one before: "Article 7
# (cont'd)", "Article 7 (continued)", "Art. 7 (contd.)", "Article 7 - continued", "Article 7 (continued from the
# previous slide)", "第七条（续）". Matched against the ``rest`` of ARTICLE or CJK_ARTICLE: the line repeats a label, it
# opens no article (importers/pdf.py SlideFurniture)
CONTINUED_MARK = re.compile(
    r"""^(?:[(（\[][ \t]*(?:cont(?:inued|['’]?d)?\.?(?:[ \t]+(?:from|on)\b[^)）\]]*)?|续(?:前)?)[ \t]*[)）\]]
    |continued(?:[ \t]+(?:from|on)\b.*)?)[ \t]*(?:\*\*|__)?[ \t]*$""", X)

# An article heading glued inside a line behind the previous article's last sentence and,
# possibly, debris such as a date whose Chinese characters were lost ("... television. 2023 1 10
# Article 25 These ...").
INLINE_ARTICLE = re.compile(
    r"""
    (?<=[.;。])                      # the previous article ended a sentence
    (?P<debris>[ \t]+[\d \t]*?)      # spaces, maybe bare numbers (debris)
    [ \t]*(?:\*\*)?
    (?P<label>(?:Article|Art\.)[ \t]+(?P<num>\d+))
    (?:\*\*)?[ \t]*[.:]?(?:\*\*)?[ \t]+
    (?=[A-Z"“(])                     # followed by the start of a sentence
    """,
    re.VERBOSE,
)

# --- structure: items ----------------------------------------------------------------------

# An item label at the start of a line: "(I)", "(1)", "(a)", "(ii)", "（一）", "1.", "1)", "a)", "ii)", "a.", "ii.",
# "①", "一、".
CIRCLED = "\u2460-\u2473\u3251-\u325f\u32b1-\u32bf"  # ① to ⑳, ㉑ to ㉟, ㊱ to ㊿
ITEM_LINE = re.compile(
    rf"""
    ^[ \t]*(?:[-*+][ \t]+)?                          # a Markdown bullet may precede it
    (?P<label>
        [(（](?P<p>{ROMAN}|\d+|[ivx]+|[a-z]|{CJK_NUM})[)）]   # (I) (1) (ii) (a) （一）
      | (?P<d>\d{{1,3}})[.)](?!\d)                   # 1.  1)  (not "2031.", a year wrapped onto a new line)
      | (?P<l>[ivx]+|[a-z])\)                         # a)  ii)
      | (?P<ld>[ivx]+|[a-z])\.(?=[ \t])               # a.  ii.  (not "i.e.")
      | (?P<o>[{CIRCLED}])                             # ①
      | (?P<c>{CJK_NUM})、                             # 一、
    )
    [ \t]*(?P<rest>.*)$
    """,
    re.VERBOSE,
)

# A bullet at the start of a line ("- ", "* ", "+ " in Markdown; "•", "·", "▪" as printed): an item of the paragraph
# before it when that one ends with a colon (parse.structure). It carries no number: group "label" never matches.
BULLET_ITEM = re.compile(r"^[ \t]*(?P<label>(?!))?[-*+•·▪◦‣][ \t]+(?P<rest>\S.*)$")

# An item label inside a line, after a colon that introduces the list: "...situation: (I) Generation",
# "...as follows: 1. ...", "...shall: ① ...".
INLINE_FIRST_ITEM = re.compile(
    r"(?<=[:：])[ \t]*(?P<label>[(（](?:I|1|a|i|一)[)）](?=[ \t])|(?:1|a|i)[.)](?=[ \t])|[\u2460])[ \t]*(?=\S)")


# --- junk --------------------------------------------------------------------------------

# Word field codes and page furniture left by PDF or DOCX conversion.
FIELD_CODES = re.compile(r"(?<![ \t])[ \t]*+\b(?:PAGE|NUMPAGES|SECTIONPAGES)(?:[ \t]*/[ \t]*(?:PAGE|NUMPAGES|SECTIONPAGES))*\b")
PAGE_NUMBER_LINE = re.compile(
    r"""^[ \t]*+(?:
        [-–—·•]?[ \t]*\d{1,4}[ \t]*[-–—·•]?         # "12", "- 12 -", "· 12 ·"
      | (?:Page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?   # "Page 3 of 9"
      | \d{1,4}[ \t]*/[ \t]*\d{1,4}                 # "3/9"
    )[ \t]*$""",
    X,
)
# A word that states a norm, in text set aside as not law (an outline's note, a box, a column the import left out):
# when such text says "shall", "must" or "may not", the drop is reported as a warning, for it may be law.
NORM_WORD = re.compile(r"\b(?:shall|must)\b|\bmay[ ]not\b", re.IGNORECASE)

# --- layout (pages) --------------------------------------------------------------------------

# The page marker `regkb add` writes where a page of the original begins: "<!-- page 3 -->".
PAGE_MARKER = re.compile(r"^[ \t]*<!--[ \t]*page[ \t]+(?P<num>\d{1,5})[ \t]*-->[ \t]*$")
# the heading of an annex printed after the last article: "Annex", "Annex 2: Items", "Appendix I", "Attachment",
# "Schedule A", "附件", "附件2", "附表" alone or with a short title (a line of its own, ending no sentence)
ANNEX_HEADING = re.compile(r"^[#*_ \t]*(?:(?:Annex|Appendix|Attachment|Schedule)(?:[ \t]+(?:\d{1,2}|[IVX]{1,4}|[A-H]))?"
                           r"|附(?:件|表|录)[ \t]*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?)[*_]*(?:(?:[ \t]*[:：.—–-][ \t]*|[ \t]{1,4})\S[^\n]{0,90})?[ \t*_]*$")
# the opening word of an annex's heading, whatever follows it on the line (a rule after the last article closes
# nothing when an annex opens after it: structure.set_apart_after_closing_rule)
ANNEX_OPENING = re.compile(r"^[#*_ ]*(?:(?:annex|annexes|attachment|appendix|appendices|schedule)\b|附件|附表|附录)",
                           re.IGNORECASE)
# the comment an importer writes where it doubts what it read, one of the codes the parser knows: before text it kept
# but doubts (importers/pdf.py Footnotes: small type at a page's foot like a footnote, but no mark points to it:
# footnote-doubt), or after the text when part of the original could not be read (importers/pipeline.py
# report_not_read: a Word text box, a PDF's characters in no line, a web page's box of articles left out:
# text-not-read), or after the text when the encoding the original was read in is doubtful (importers/text.py,
# regkb.textcodec: encoding-doubt), or after the text when a Word table of contents field never closes and the
# paragraphs it would hold were read as text (importers/docx.py: contents-doubt); the parser reports it as a warning
# with that code; or after the text, listing what the import left out because of where it is printed
# (importers/pipeline.py report_left_aside: a PDF's margin notes not placed as captions: margin-note), reported as an info;
# or after the text when a web page hides parts of its text whose role is unclear and they were read as text
# (importers/html.py HiddenDoubt: hidden-text), a warning; or after the text when rows or paragraphs after the last
# article are set as a newsletter's box or an official document's record block is, but something in the layout says
# they may be law, and they were read as law (importers/html.py RowsAfterLaw, importers/docx.py RecordBlock:
# after-law-doubt), a warning
IMPORT_DOUBT = re.compile(r"^<!--[ \t]*regkb doubt \((?P<code>footnote-doubt|text-not-read|encoding-doubt|contents-doubt|margin-note|hidden-text|comparison-table|comparison-doubt|struck-through|register-table|register-doubt|after-law-doubt)\):[ \t]*(?P<what>[^\n]*?)"
                          r"[ \t]*-->$")
# the mark an importer writes at the start of each line of the parallel text it puts in the reading text (a Word
# table's Chinese column, importers/docx.py): the rest of the line is the text in the other language, never law
# (structure.find_marked_parallel)
PARALLEL_MARK = "<!-- regkb parallel -->"
PARALLEL_LINE = re.compile(r"^" + re.escape(PARALLEL_MARK) + r"[ \t]?")
# the mark an importer writes at the start of each line of a comparison table's columns that are not the law (the
# former text, the notes on the amendment, a "(Deleted)" cell: importers/docx.py, importers/html.py, chosen by
# parse/tables.py comparison_columns): kept beside the article it stands under, never law
# (structure.find_marked_compared)
COMPARED_MARK = "<!-- regkb compared -->"
COMPARED_LINE = re.compile(r"^" + re.escape(COMPARED_MARK) + r"[ \t]?")
# the mark an importer writes at the start of each line of a table of contents it keeps in the reading text (a Word
# TOC field's entries, a contents control, paragraphs in the contents styles: importers/docx.py): the line is an entry
# of the contents list, never law (structure.drop_toc keeps it out, as it keeps out a contents list it recognises)
CONTENTS_MARK = "<!-- regkb contents -->"
CONTENTS_LINE = re.compile(r"^" + re.escape(CONTENTS_MARK) + r"[ \t]?")
# a line a contents list prints: an entry ending in its page number (after a tab, dot leaders or a space) or a
# "Contents" heading; a sentence of law ends otherwise (a full stop, a semicolon), and a bare heading label ("Article
# 3") is no entry (an entry has a title before its page number: three words at least). Where a marked contents list
# is in doubt, its law starts after the last such line (importers/docx.py, structure.find_marked_contents)
CONTENTS_ENTRY = re.compile(r"^(?:(?=\S+(?:\s+\S+){2}).*[\t .…·_-]\d{1,4}|(?:table[ ]of[ ])?contents)$", re.IGNORECASE)
# the head of a contents list, a line of its own: "Contents", "Table of Contents", "**CONTENTS**", "## Contents:"
CONTENTS_HEAD = re.compile(r"[#*_ ]*(?:table of )?contents[*_ :]*", re.IGNORECASE)
# HTML in a Markdown text that a rendered page never shows (structure.drop_html_markup): a comment, over lines too
HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
# an HTML line break in a Markdown text (`<br>`, `<br/>`, `<br />`, in a paragraph or a table's cell, where Markdown has
# no other): markup, left out of the law's text; a rendered page breaks the line there, so its words are read apart
# (textspan.Clean folds a cut line break as white space: "take<br>effect" is "take effect", never "takeeffect")
HTML_BREAK = LINE_BREAK  # (defined in textspan, which folds a cut line break; one pattern for both)


# (bounds20) A search for a pattern each of whose alternatives opens with white space (`\s*`, `\s+`, after lookbehinds
# that only a word satisfies) or with a character that is not white space tries every position of a long run of
# spaces and re-reads the rest of the run from each: quadratic. A match that starts inside a run, past its second
# character, also starts one character earlier with the same end, so the leftmost match never starts there; the
# guarded copy skips those positions at once (the first position is matched as it stands: its lookbehind may see
# before the search window).
_RUN_GUARD = r"(?:(?<!\s\s)|(?!\s))"


def run_guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The copy of ``pattern`` that ``search_runs`` uses (not for VERBOSE patterns: a closing comment would eat the
    group's end)."""
    assert not pattern.flags & re.VERBOSE
    return re.compile(_RUN_GUARD + "(?:" + pattern.pattern + ")", pattern.flags)


def search_runs(pattern: re.Pattern[str], guarded: re.Pattern[str], text: str, pos: int = 0,
                endpos: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, pos, endpos)``, in time linear in a run of spaces (``guarded = run_guarded(pattern)``)."""
    end = len(text) if endpos is None else endpos
    return pattern.match(text, pos, end) or (guarded.search(text, pos + 1, end) if pos < end else None)


# (session 15) the tags of HTML's formatting and folding elements in a Markdown text, as an editor or a converter
# leaves them (`<strong>Article 1</strong>`, `Operators <u>shall</u>`, `<span style="...">`, `<p align="center">`,
# `<details><summary>Chapter II ...</summary>`, `<h2>Chapter II ...</h2>`): markup; the words between them are the text. Not `<del>`/`<s>` (deleted
# text), `<blockquote>` (a comment set apart), `<sup>`/`<sub>` (a note mark, a unit), `<a>` (anchors and links: above)
HTML_FORMAT_TAG = re.compile(r"</?(?:b|strong|i|em|u|ins|mark|small|big|span|font|p|div|center|section|article|h[1-6]|header|"
                             r"details|summary)(?:[ \t]+[^<>\n]{0,300})?[ \t]*/?>", re.IGNORECASE)
# (session 15) text a Markdown page shows struck through, deleted text (a redline in Markdown, an amendment marked up):
# GitHub's and pandoc's `~~words~~`, and HTML's `<del>`, `<s>`, `<strike>` with their words; within a paragraph (no
# blank line inside)
STRUCK_TEXT = re.compile(r"~~(?=\S)(?:[^~\n]|~(?!~)|\n(?![ \t]*\n)){1,2000}?(?<=\S)~~"
                         r"|<(?P<tag>del|s|strike)(?:[ \t]+[^<>\n]{0,300})?>(?:[^<]|<(?!/(?P=tag)[ \t]*>)){0,2000}?"
                         r"</(?P=tag)[ \t]*>", re.IGNORECASE)
# (session 15) characters that a page does not show and that break a word for the extractor: a soft hyphen (a web
# page's hyphenation), zero-width spaces and joiners (a copy from a messaging app), bidi marks, a byte-order mark
INVISIBLE_RUN = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]+")
# an anchor with no text: a link target (`<a id="art-4"></a>`, `<a name="fn1"></a>`)
HTML_EMPTY_ANCHOR = re.compile(r"""<a\s+(?:id|name)\s*=\s*["'][^"'<>]{1,80}["']\s*>\s*</a\s*>""", re.IGNORECASE)
# a raised note mark: `<sup>1</sup>`, `<sup><a href="#fn1">1</a></sup>`, `<sup>[2]</sup>`, `<sup>*</sup>`
# (the blanks after the anchor belong to it: two runs of blanks side by side would be read in quadratic time)
HTML_NOTE_MARK = re.compile(r"""<sup\s*>\s*(?:<a\s+href\s*=\s*["']#[^"'<>]{1,80}["'][^<>]*>\s*)?\[?"""
                            r"""(?P<mark>\d{1,3}|[*†‡§])\]?\s*(?:</a\s*>)?\s*</sup\s*>""", re.IGNORECASE)
# (session 15) what a raised "2" or "3" stands after when it is a unit's power, not a note's mark: a number and a unit of
# length ("6 m<sup>2</sup>", "2.5 km<sup>2</sup>", "40 cm<sup>3</sup>", "12 ft<sup>2</sup>"): square and cubic measures
UNIT_BEFORE_POWER = re.compile(r"\d[ \u00a0]?(?:[kcdm]?m|ft|in|yd|mi)$")
# a Markdown link inside the page: `[Article 4](#art-4)`: brackets and target are markup, the words are kept (they
# may wrap onto the next line, as a converter's 72 columns wrap them, but never over a blank line); (sanctform16) and a
# link to another page, `[Article 6(1)](https://example.gov.cn/rules.html#art6)`: a rendered page shows the words only,
# so "breaches [Article 6(1)](https://...)" is read as "breaches Article 6(1)" (a violation)
_MD_WORDS = r"(?:[^\[\]\n]|\n(?![ \t]*\n))"
MD_LINK = re.compile(rf"(?<![!\\])\[(?P<words>{_MD_WORDS}{{1,200}})\]\((?:#[^()\s]{{1,80}}|(?:https?://|www\.|/)"
                     rf"[^()\s]{{1,300}})\)")
# What pandoc (and other converters of Word files) write into Markdown that a rendered page never shows
# (structure.drop_html_markup): a bracketed span with attributes, "[words]{.underline}", or without words, a Word
# bookmark, "[]{#_Ref123 .anchor}": brackets and attributes are markup, the words are kept
MD_ATTR_SPAN = re.compile(rf"(?<![!\\\]])\[(?P<words>{_MD_WORDS}{{0,400}})\]"
                          r"\{(?:[#.][^{}\n]{0,200}|[A-Za-z][\w-]{0,40}=[^{}\n]{0,200})\}")
# the attributes at the end of an ATX heading: "## Article 4 Supervision {#article-4-supervision .unnumbered}"
MD_HEADING_ATTRS = re.compile(r"^[ \t]{0,3}\#{1,6}[ \t][^\n]*?[ \t](?P<attrs>\{[ \t]*[#.][^{}\n]{0,200}\})[ \t]*$",
                              re.MULTILINE)
# a backslash escape ("\(1\)", "1\.", "\*", "\""): the backslash keeps the mark after it from being read as Markdown
# and a rendered page shows the mark alone; the escaped mark is consumed, so "\\(" is one escaped backslash
MD_ESCAPE = re.compile(r"\\[!-/:-@\[-`{-~]")
# a backslash that ends a line with text after it in its paragraph: Markdown's hard line break (a Word line break)
MD_HARD_BREAK = re.compile(r"(?<=\S)\\(?=\n[ \t]*\S)")
# What may follow an article number when "Article N" is a cross-reference, not a heading:
# a comma, a bracket or semicolon, or a lower-case word ("Article 12 of this Law").
ARTICLE_REST_CONTINUES = re.compile(r"^[ \t]*(?:[,;)\]］）、]|[a-z])")
# How a line ends when its sentence goes on in the next line: a letter, a digit, a comma,
# a hyphen or an opening bracket (nothing that closes a sentence or a clause).
LINE_CONTINUES = re.compile(r"[\w,(\[“-]$")
# (sanctform16) a line that ends with a provision's word, so that a number opening the next line is that provision's
# number wrapped, not an item label: "... referred to in item 3 of paragraph 1 of Article\n5." (as a year wrapped)
ENDS_WITH_PROVISION_WORD = re.compile(r"\b(?:Articles?|paragraphs?|items?|subparagraphs?|Chapters?|Sections?|Annex(?:es)?)$",
                                      re.IGNORECASE)

# a thematic break: three or more of one mark, blanks between them allowed (CommonMark); pandoc writes a simple table's
# rules as runs of dashes, one per column ("------- -------"). (A grid table's "+-----+" lines are the table's own:
# an annex reads them, structure.find_annexes)
HORIZONTAL_RULE = re.compile(r"^[ \t]*(?:-(?:[ \t]*-){2,}|\*(?:[ \t]*\*){2,}|_(?:[ \t]*_){2,})[ \t]*$")
FRONTMATTER_FENCE = re.compile(r"^---[ \t]*$")

# --- sentences -------------------------------------------------------------------------

ABBREVIATIONS = re.compile(r"(?:\b(?:No|Nos|Art|Arts|para|paras|e\.g|i\.e|etc|cf|vs|Mr|Ms|Dr|St|Co|Ltd|Inc)|\b[A-Z])\.$")
# a closing quotation mark may follow the full stop ('... provides: "X shall ...." Where ...')
# (a footnote mark kept after the full stop, "[3]" or "[^2]", still ends the sentence: "... apart.[3] It ought to")
SENTENCE_END = re.compile(r"[.!?。][\"”]?(?:\[(?:\d{1,3}|\^[\w-]{1,12})\])?(?=[ \t]+(?:[\"“(]?[A-Z(]))")

# --- definitions ---------------------------------------------------------------------------

# The words that define, one table each (every definition pattern below is built from these):
# verbs that define a term: "X refers to Y", "X means Y", "X shall mean Y", "X is defined as Y", and (session 10)
# "X is understood to mean Y", "X is taken to mean Y" (a verb of interpretation with "to mean": the same statement);
# (session 13) "X shall be deemed to mean Y" (only with "to mean": "X shall be deemed to be Y" is a legal fiction)
# (defsanct12) "X is used in these Measures to denote Y": the participle that marks the text's own term
# (USED_PARTICIPLE) with a defining verb in the infinitive; the text named in it makes the words before a term
# (defsanct13) the same verbs as a verb and its noun: "X has the meaning of Y", "X shall have the meaning of Y" (as
# "means"), "X has reference to Y" (as "refers to"); and "X connotes Y" (as "denotes")
# (defform16) "X means and includes Y" (the Commonwealth doublet: the definiens starts after both verbs)
# (defs22) "X has the sense of Y", the noun "sense" beside "meaning" (a verb of meaning, as "has the meaning of")
DEF_VERB = (r"(?:shall[ ])?(?:refers?[ ]to|means[ ]and[ ]includes|means?|denotes?|connotes?|is[ ]defined[ ]as|are[ ]defined[ ]as|shall[ ]mean|"
            r"(?:has|have|shall[ ]have|bears?|shall[ ]bear)[ ]the[ ](?:meaning|sense)[ ]of|(?:has|have|shall[ ]have)[ ]reference[ ]to|"
            r"(?:is|are|shall[ ]be)[ ](?:understood|taken|deemed)[ ]to[ ]mean|"
            r"(?:is|are)[ ]used[ ](?:in[ ](?:these|this|the[ ]present)[ ]\w+|herein)[ ]to[ ](?:mean|denote|designate|refer[ ]to))")
# verbs that define only a term the text marks as its own (quoted, emphasised, "the expression X", "X as used in these
# Measures"): "designates" also says that an authority names something ("The bureau designates the sites ..."), "is
# understood as" also says how a rule is read ("The time limit is understood as ..."; "construed as" is left out:
# "Nothing in these Rules shall be construed as ..." is no definition); (session 11) "shall be understood as", the
# same verb with the drafting modal
# (defsanct13) and "is to be read as", the plainest verb of reading ("References to X shall be read as ..." names no
# marked term, so stays out)
# (defsanct12) the verbs of reading complete the family for a marked term: "is understood / taken to be", "shall be
# construed / interpreted as" ("Nothing in these Rules shall be construed as ..." names no marked term, so stays out),
# "applies to" ('The term "X" applies to a person who ...': the term's extension), and "is used to denote" without the
# text named (a marked term only: "Green labels are used to designate organic produce" states a use)
# (Session 14, extract17) "is (shall be) taken as", the verb of reading with "as" (as "is understood as"); and the
# drafting modal split from its "be" by the aside that names the text ('"X" shall, for the purposes of these Measures,
# be taken as Y'): the aside says the words are the text's own term, as it does between the term and its verb
_MODAL_ASIDE = (r"(?:,[ ](?:for[ ]the[ ]purposes?[ ]of|in[ ]the[ ]sense[ ]of|within[ ]the[ ]meaning[ ]of|in|under)[ ]"
                r"(?:these|this|the[ ]present)[ ]\w+,)?")
# (Session 14, review18) "taken (understood) as evidence / proof / the basis / a sign of ...": a thing used as a means
# of proof, no meaning given ('The "berth register" shall be taken as evidence of the berth')
_AS_EVIDENCE = (r"(?![ ](?:(?:an?|the|sufficient|conclusive|prima[ ]facie|valid|full)[ ])?(?:evidence|proof|basis|bases|grounds?|"
                r"signs?|indications?|references?|benchmarks?|precedents?|confirmation|acknowledg(?:e)?ment)\b)")
MARKED_DEF_VERB = (r"(?:designates?|signifies|stands?[ ]for|appl(?:y|ies)[ ]to|"
                   r"(?:(?:is|are)[ ](?:to[ ]be[ ])?|shall" + _MODAL_ASIDE + r"[ ]be[ ])(?:(?:understood|taken)[ ]as" + _AS_EVIDENCE + "|"
                   r"(?:understood|taken)[ ]to[ ]be|(?:construed|interpreted|read)[ ]as)|"
                   r"(?:is|are)[ ]used[ ]to[ ](?:mean|denote|designate|refer[ ]to)|"
                   # (Session 14, extract17) 'The words "X" describe Y': a verb that defines only after "the term (words,
                   # expression) X", which makes the sentence one about words ('The "Plan" describes the routes' is a
                   # document's content); definitions.py keeps it for that subject only
                   r"describes?)")
# verbs that fix a term's extension: "X includes / covers / encompasses Y", (session 11) "X embraces Y" (a definition
# when X is marked, or in an article that defines terms)
# (defsanct13) "X comprises Y", the same extension in another verb
# (defform16) with the drafting modal too: '"X" shall include Y' (a marked term only: "Applicants shall include their
# address" in an article that defines terms is a duty; see definitions._article_definition)
EXTENSION_VERB = r"(?:(?:shall[ ])?(?:includes?|covers?|encompass(?:es)?|embraces?|comprises?))"
# (Session 11) the participles that say the words before them are the text's own term: "X as used / mentioned /
# referred to / employed in these Measures", "X, as referred to herein," (one table for every frame below)
# (defs22) and "cited": 'The shipping agency industry cited in these Provisions refers to' (a translator's word for the
# same 所称, the text naming its own term)
USED_PARTICIPLE = r"(?:used|mentioned|referred\s+to|stated|specified|employed|cited)"
# the text itself: "in these Measures", "in this Chapter", "in the present Rules", or "herein"
# ((probe19b) and a part of it named relatively, "in the preceding paragraph (article)", "this set of provisions", and the
# text named by its kind, "used in the law": 'The term "import license" as mentioned in the preceding paragraph shall
# refer to', 'The term "listing abroad" used in this set of provisions means', 'The term "price" used in the law includes')
# ((defs22) and the text named through its provisions: 'The wildlife referred to in the provisions of this Law means')
_IN_THIS_TEXT = (r"(?:in\s+(?:the\s+provisions\s+of\s+)?(?:these|this|the\s+present)\s+(?:set\s+of\s+)?\w+|herein|"
                 r"in\s+the\s+(?:preceding|foregoing|previous)\s+(?:two\s+|three\s+)?(?:paragraphs?|articles?|items?|"
                 r"subparagraphs?|clauses?)|in\s+the\s+(?:law|act|code|measures|provisions|regulations|rules))")
EXTENSION_VERB_WORD = re.compile(rf"{EXTENSION_VERB}$", re.IGNORECASE)  # whether a matched verb is one of them
# a frame before a definition that names what the term holds for: "For the purposes of", "As used in", "Within the
# meaning of" (session 10), "In", "Under" + "these Rules" / "this Chapter"
# (defs22) the article may be left out: "For purposes of this Law, agricultural machines mean ..." (the same frame)
# the text by its kind, with "these / this / the present": "these Measures", "this Chapter" (the text itself or a part)
_OWN_TEXT = (r"(?:Provisions|Measures|Regulations|Rules|Law|Decision|Code|Interpretation|Opinions|Notice|Guidelines|"
             r"Standards?|Chapter|Section)")
_THE_TEXT = rf"(?:these|this|the[ ]present)[ ]{_OWN_TEXT}"
# (defs23) and the bare "for" before the text named by its kind: "For these Provisions, a "X" is Y" (a translator's
# short 本规定所称; only before the text itself: "For this reason," and "For this purpose," open no frame)
FRAME_LEAD = (r"(?:for[ ](?:the[ ])?purposes?[ ]of|as[ ]used[ ]in|within[ ]the[ ]meaning[ ]of|in|under|"
              rf"for(?=[ ]{_THE_TEXT}\b))")
# a quoted term: double marks (an apostrophe inside is the term's: '"Donors' records"') or single marks
QUOTED = r"(?:[\"“][^\"“”\n]{1,80}[\"”]|[‘'][^\"”’'\n]{1,80}[’'])"

# how a lead-in says the meanings are given to the terms: "set out", "given", "stated", "assigned", (session 11) with an
# adverb that points at the text and the terms' pronoun: "the meanings hereby assigned to them", "ascribed to them below"
_MEANINGS_GIVEN = (r"(?:[ ](?:hereby[ ]|herein[ ]|respectively[ ])?(?:set[ ](?:out|forth)|given|stated|assigned|ascribed)"
                   r"(?:[ ]to[ ](?:them|each))?)?")
DEFINITIONS_INTRO = re.compile(
    rf"""(?:
        the[ ]following[ ]terms?[ ](?:shall[ ])?(?:have|has|bear|carry|carries)[ ](?:the[ ]following|these)[ ]meanings?
      # "The following terms in these Rules have the meanings set out below:", "... shall have the meanings given below"
      # (session 11) "... have the meanings hereby assigned to them:" (_MEANINGS_GIVEN)
      | the[ ]following[ ](?:terms?|expressions?|words)(?:[ ](?:used[ ])?in[ ](?:these|this)[ ]\w+)?,?[ ]
        (?:shall[ ])?(?:have|has|bear|carry|carries)[ ](?:the[ ](?:following[ ])?|these[ ])meanings?{_MEANINGS_GIVEN}
        [ ]*(?:below|as[ ]follows|hereunder)?[ ]*(?=[:：])
      # "the following expressions are to be interpreted as follows:", "... shall be construed as follows:"
      | the[ ]following[ ](?:terms?|expressions?|words)(?:[ ](?:used[ ])?in[ ](?:these|this)[ ]\w+)?,?[ ]
        (?:are|is|shall[ ]be)[ ](?:to[ ]be[ ])?(?:interpreted|construed|understood)[ ](?:as[ ]follows|below)(?=[ ]*[:：])
      | the[ ]following[ ]definitions[ ](?:shall[ ])?apply
      # "Terms used in these Measures are defined as follows:", "The expressions in these Rules shall be construed below:"
      | (?:the[ ])?(?:terms|expressions|words)[ ](?:used[ ])?in[ ](?:these|this)[ ]\w+[ ](?:are|shall[ ]be)[ ]
        (?:defined|interpreted|construed|understood)[ ](?:as[ ]follows|below)(?=[ ]*[:：])
      # "The terms used in these Measures have the meanings below:", "Terms in this Law shall bear the meanings ... :"
      | (?:the[ ])?(?:terms|expressions|words)(?:[ ](?:used[ ])?in[ ](?:these|this)[ ]\w+|[ ]below)[ ]
        (?:shall[ ])?(?:have|bear|carry)[ ]the[ ](?:following[ ])?meanings{_MEANINGS_GIVEN}
        [ ]*(?:below|as[ ]follows|hereunder)?[ ]*(?=[:：])
      # "The following terms in these Rules mean:", "The following terms are defined as follows:"
      | the[ ]following[ ](?:terms?|expressions?|words)(?:[ ](?:used[ ])?in[ ](?:these|this)[ ]\w+)?,?[ ]
        (?:shall[ ]mean|means?|are[ ]defined[ ](?:as[ ]follows|below))(?=[ ]*[:：])
      | the[ ]meanings?[ ]of[ ]the[ ]following[ ]terms
      | (?:as|when)[ ]used[ ]in[ ]these[ ]\w+
      | for[ ]the[ ]purposes?[ ]of[ ]these[ ]\w+[ ]the[ ]following
      | {FRAME_LEAD}[ ](?:these|this)[ ]\w+[ ]?:   # "For the purposes of these Provisions:"
    )""",
    X,
)
# What a consolidated or annotated edition prints in place of an article taken out of the law, the number kept:
# "Article 8 [Deleted]", "Article 8 (Repealed)", "Article 8 Deleted.", "第八条 （删去）". It is the article's text.
# (Blanks possessive, "*+": the same matches, and linear time on a long run of blanks instead of cubic.)
DELETED_PLACEHOLDER = re.compile(
    r"""^[ \t]*+(?:\*\*|__|\*|_)?[ \t]*+[\[(（【]?[ \t]*+(?:deleted|repealed|revoked|abolished|removed|omitted|rescinded|
        删除|删去|废止)[ \t]*+[\])）】]?[ \t]*+(?:\*\*|__|\*|_)?[.。]?[ \t]*+$""",
    X,
)
# An article caption that says the article defines terms: "Definitions", "Terms", "Interpretation", "Meaning of Terms"
DEFINITIONS_CAPTION = re.compile(
    r"""^[\[(【]?(?:definitions?(?:[ ]of[ ](?:terms|expressions))?|terms(?:[ ]and[ ]definitions)?|interpretation(?:[ ]of[ ]terms)?|
        meanings?[ ]of[ ](?:terms|expressions|words)|glossary|terminology)[\])】]?\.?$""",
    X,
)
# "X refers to Y", "X means Y", "X shall refer to Y", "X is defined as Y" (DEF_VERB); "X designates Y" (group
# "marked_only": a definition only when X is marked as the text's term)
DEFINING_VERB = re.compile(rf"""[ ](?P<verb>{DEF_VERB}|(?P<marked_only>{MARKED_DEF_VERB}))[ ]""", X)
# "'Sensitive personal information' is ...", "Personal information processing includes ...": a term at the start
# of a sentence and a weak defining verb; only a definition when the term is quoted (is) or the article defines
# other terms (includes)
# (an article may stand before a marked term: 'a "sand-carrying vessel" is any vessel ...')
WEAK_DEFINITION = re.compile(rf"""(?P<raw>(?:(?:an?|the)[ ](?=[\"“‘'*_]))?(?P<em>\*\*|__|\*|_)?{QUOTED}(?(em)(?P=em))|
    (?:(?:an?|the)[ ])?(?:\*\*|__)[^*_\n]{{1,80}}(?:\*\*|__)[ ]|
    (?:[A-Za-z][\w-]*[ ]){{1,5}}?)[ ]?
    # (Session 14, extract17) a quoted term with a generic "of" complement: 'The "carrying capacity" of a show cave is
    # the greatest number ...' (the complement says of what the term is said; definitions.py takes it after a quoted
    # term only, and an indefinite determiner makes it generic: "of the operator" names one thing)
    (?:(?<=[\"”’'])[ ](?P<of>of[ ](?:an?|any|each|every)[ ](?:[\w-]+[ ]){{0,3}}?[\w-]+)[ ])?
    (?P<verb>is|are|{EXTENSION_VERB})[ ]""", X)
# '(hereinafter referred to as the "deep synthesis services")', '(hereinafter "X")'
# '(hereafter "X")', '(hereinafter: X)', '(hereinafter, the "X")', '(referred to as "X" in these Rules)',
# '(hereinafter abbreviated as X)', '(collectively, X)', '(hereinafter collectively referred to as X)';
# (session 10) '(referred to as "X" for short)', and '(the "X")': the definite article and a quoted name alone in
# brackets are the drafting form of a short name (a quoted word alone, "('operators')", may be a gloss: not taken)
# (defsanct13) '(in short, "X")', '(for short: "X")', '(in brief, the "X")': the adverb of a short name before it, with
# the name quoted (a bare word after "in short" may be a gloss)
# (defs22) as translators print them: '(hereinafter referred to, for short, as X)', '(hereafter as X)' and, with the
# "as" left out, '(hereinafter referred to X)' (before, "referred to X" was taken for the name); and a short name
# given after a note on the long form in the same brackets: '(including the Lingang New Area, hereinafter referred to
# as X)', '(issued by File No. 67, hereinafter referred to as "File 67")' (the long form is still the phrase before
# the brackets)
INLINE_DEFINITION = re.compile(
    # ((review20) not a bracket that ends in "the same": "(excluding Hong Kong, hereinafter the same)", "(hereinafter
    # referred to as the same)" are the gloss 下同, the scope just said holds below; they give no short name)
    r"""[(（](?![^()（）\n]{0,160}?\b(?:the[ ]+)?same[ ]*[)）])[ ]*(?:[^()（）\n]{1,120}?,[ ]+(?=(?:hereinafter|hereafter)[ ]))?
        (?:(?:hereinafter|hereafter|collectively)[,:]?(?:[ ](?:(?:collectively|jointly|together)[ ])?(?:referred[ ]to(?:,?[ ]for[ ]short,?)?[ ]as|
        referred[ ]to(?![ ]as\b)|as|called|known[ ]as|
        abbreviated[ ](?:as|to)|shortened[ ](?:to|as)|the))?|(?:referred[ ]to|known|abbreviated)[ ]as|(?:abbreviated|shortened)[ ]to
        |(?:in[ ]short|for[ ]short|in[ ]brief|briefly)(?=[,:]?[ ]*(?:the[ ]+)?[\"“'‘])
        |(?:called|named|termed)(?=[ ]+(?:the[ ]+)?[\"“'‘])
        |(?=(?:the[ ]+)?[\"“'‘][^\"“”'‘’]{1,80}[\"”'’][ ]for[ ](?:short|brevity)[ ]*[)）])
        |(?=the[ ]+[\"“'‘][^\"“”'‘’]{1,80}[\"”'’][ ]*[)）]))[,:]?[ ]*(?:the[ ]+)?
        (?:[\"“'‘](?P<term>[^\"”'’]{1,80})[\"”'’]|(?P<bare>[^()（）\"“”]{1,80}?))
        (?:[ ]in[ ](?:these|this)[ ]\w+|[ ]for[ ](?:short|brevity))?[ ]*[)）]""",
    X,
)
# "The departments provided in ... are collectively referred to as the departments with ... duties."
COLLECTIVE_DEFINITION = re.compile(
    r"""[ ](?:are|is|shall[ ]be)[ ](?:collectively|hereinafter)[ ]referred[ ]to[ ]as[ ](?:the[ ])?
        [\"“'‘]?(?P<term>[^,.;:\"”'’()]{1,80}?)[\"”'’]?[ ]*(?=[.;。；]|$)""",
    X,
)
# (defs23) the term last, after a passive verb of naming: 'Photographs that a booth keeps are called "booth images" in
# these Provisions', 'Whoever places kiosks ... is referred to in these Provisions as the "kiosk keeper"', 'The person
# who places a fridge is referred to as its "host"', 'The operator of a scenic spot that ... is termed the "skywalk
# operator"' (称为 / 简称 with the term after the verb). The name is quoted and ends the clause (the text named may
# follow it); the subject, the sentence up to the verb, is the meaning (definitions.py). Not "named / designated / titled
# / entitled", which also name a thing or a document ('The app is named "RinkPass"', 'designated as a key unit'), nor
# an unquoted name ("is termed illegal", "is called upon"), nor a name with a digit (a title or an edition).
NAMED_LAST = re.compile(
    rf"""[ ](?P<verb>(?:is|are|shall[ ]be)[ ](?:(?:also|commonly|generally)[ ])?
        (?:(?:referred[ ]to|known)(?:[ ](?:in|under)[ ]{_THE_TEXT})?[ ]as|(?:called|termed)(?:[ ](?:in|under)[ ]{_THE_TEXT})?(?:[ ]as)?))
        [ ](?:(?:the|an?|its|their)[ ])?
        [\"“‘'](?P<term>[^\"“”‘’'\d]{{1,80}})[\"”’']
        (?:[ ](?:in|under|for(?:[ ]the[ ]purposes?[ ]of)?)[ ]{_THE_TEXT}|[ ]for[ ]short)?[ ]*(?=[.;。；]|$)""",
    X,
)
# (defs23) the inverted copula: 'Anyone who books a room through the app is a "user"', 'Whoever places a booth in a
# mall is its "booth operator"', 'The person that signs the form is the "applicant"' (the term last, quoted, ending
# the clause; the subject a "whoever / anyone" phrase or a noun phrase with a relative clause: a class defined by what
# its members do). Not 'The fee is the "base fee"' (no relative: an identity), nor a wh-subject ('What matters is the
# "score"'); "the" before the name only after "whoever / anyone": 'The only form that the bureau accepts is the "Consent
# Form"' identifies one thing (definitions.py).
INVERTED_IS = re.compile(
    rf"""[ ](?P<verb>is|are|shall[ ]be)[ ](?:(?P<det>the|an?|its|their)[ ])?
        [\"“‘'](?P<term>[^\"“”‘’'\d]{{1,80}})[\"”’']
        (?:[ ](?:in|under|for(?:[ ]the[ ]purposes?[ ]of)?)[ ]{_THE_TEXT})?[ ]*(?=[.;。；]|$)""",
    X,
)
# the subject INVERTED_IS takes: "whoever ...", "anyone (anybody) who ...", or a noun phrase (a determiner and at most
# six words) and a relative pronoun or "where" ("the mall or other place where a booth stands")
INVERTED_SUBJECT = re.compile(
    r"""^(?:who(?:so)?ever\b|any(?:one|body)[ ](?:who|that)\b|
        (?:(?:an?|any|each|every|the|those|all)[ ])?(?:[\w'’-]+[ ]){1,6}?(?:who|whom|whose|that|which|where)\b)""",
    X,
)
# "For the purposes of these Rules, "parcel data" means": a framing adverbial before the term
# (defform16) also a chapter named by its number: "For the purposes of Chapter 3, X means" (PART_FRAME scopes it)
_PART_NUM = r"(?:\d+|[IVXLC]+\b)"
# (defform16) and the proviso of a definitions article, after a frame or alone: "In these Rules, unless the context
# otherwise requires, X means", "Unless otherwise specified, X means" (no part of the term)
_CONTEXT_PROVISO = (r"(?:unless|except[ ](?:where|as))[ ](?:the[ ]context[ ])?otherwise[ ](?:requires?|indicates?|specified|"
                    r"stated|provided|expressly[ ]provided)[ ]*,[ ]+")
DEFINITION_FRAME = re.compile(rf"^(?:{FRAME_LEAD}[ ](?:(?:these|this)[ ]\w+|Chapter[ ]{_PART_NUM}),[ ]+(?:{_CONTEXT_PROVISO})?|"
                              rf"{_CONTEXT_PROVISO})", X)
# "A software update is any modification ...": a generic indefinite subject and an indefinite predicate
GENERIC_IS = re.compile(r"^(?:an?)[ ](?P<term>(?:[a-z][\w-]*[ ]){0,4}[a-z][\w-]*)[ ](?P<verb>is|are)[ ](?:an?|any)[ ]", X)
# '"X" refers to A, and "Y" refers to B': a second quoted term with its own defining verb after a coordinator
# starts a definition of its own; the first one ends before the comma
# (session 10) also after a semicolon alone, with an article before the term, and with "is / are" (a quoted term):
# 'a "rooftop system" is a set of ...; an "installer" is an enterprise ...'
# (defform16) a definition clause after a clause of other content, in the same sentence: "Operators shall inspect
# every auto-belay once a week; "auto-belay" means ...", "... shall close the bins, and "bin" means ...", "... check every
# harness, where "harness" means ...", "...; in this item, "sift" means ...": a quoted term and a verb that defines on its
# own (not "is / are" or "includes", which after a duty state a rule about a term used before)
EMBEDDED_DEFINITION = re.compile(
    rf"""(?:[,;]?[ ]+(?:and|where|whereas|while)|;)[ ]+(?=(?:{FRAME_LEAD}[ ](?:these|this)[ ]\w+,[ ]+)?
        (?:the[ ](?:terms?|expressions?|words?)[ ]|(?:an?|the)[ ](?=[\"“‘']))?{QUOTED}[ ]
        (?:{DEF_VERB}|{MARKED_DEF_VERB})[ ])""",
    X,
)
COORDINATED_DEFINITION = re.compile(
    rf"""(?:[,;]?[ ]+(?:and|while|whereas)|;)[ ]+(?=(?:the[ ]terms?[ ]|(?:an?|the)[ ](?=[\"“‘']))?{QUOTED}[ ]
        (?:{DEF_VERB}|{MARKED_DEF_VERB}|{EXTENSION_VERB}|is|are)[ ])|
        # (probe19b) an unquoted second term after ";", named as the text's own by "referred to": 'The labor relationship
        # referred to in this Law refers to ...; the labor contract referred to refers to the agreement ...'
        ;[ ]+(?=the[ ](?:[\w-]+[ ]){{1,5}}?(?:as[ ])?(?:referred[ ]to|mentioned|used)(?:[ ]in[ ](?:[\w-]+[ ]){{1,4}}?)?[ ]
        (?:refers?[ ]to|means?)[ ])""",
    X,
)
# (inside double quotation marks an apostrophe is the term's own: '“Donors' records”'; a single-quoted term has none)
QUOTED_TERM = re.compile(r"^(?:(?P<dq>[\"“])|[‘'])(?P<term>(?:(?(dq)[^\"“”\n]|[^\"”’'\n])){1,80})(?(dq)[\"”]|[’'])$")
# Markdown emphasis around a term ("**Term**", "*Term*", "__Term__"): marks the term as quotation marks do
EMPHASIZED_TERM = re.compile(r"^(?P<mark>\*\*|__|\*|_)(?P<term>[^*_\n]{1,80})(?P=mark)$")
# A glossary entry of a definitions article: "- **Term**: meaning", "(1) "term": meaning", "Term: meaning"; the term
# may carry a label, a bullet, quotation marks or emphasis; only a definition where the article defines terms
GLOSSARY_ENTRY = re.compile(
    r"""(?:[-*+•][ ]+)?(?:[(（]?(?:\d{1,3}|[a-z]|[ivx]{1,5})[)）.][ ]+)?
    (?P<raw>(?P<open>\*\*|__|\*|_|[\"“‘'])?[A-Za-z][^:：\n*_\"“”‘’]{0,80}?(?(open)(?:\*\*|__|\*|_|[\"”’']))[ ]*)
    (?P<sep>[:：]|[–—-](?=[ ]))[ ]+(?=\S)""",   # a dash only after a marked term ("**Kiosk** – a booth")
    re.VERBOSE,
)
# an aside set off by commas that names the text between a term and its verb: ', for the purposes of these Rules,',
# ', for the purposes hereof,' (defsanct12), (defsanct13) the same frame with the other heads of FRAME_LEAD and the
# phrases of sense: '"X", in these Measures, is taken to be', '"X", in the sense of these Provisions, is', '"X", within
# the meaning of this Law, means', '"X", under these Rules, refers to'
_TEXT_ASIDE = (r"(?:,[ ](?:for[ ]the[ ]purposes?[ ]of|in[ ]the[ ]sense[ ]of|within[ ]the[ ]meaning[ ]of|in|under)[ ]"
               r"(?:these|this|the[ ]present)[ ]\w+,|,[ ]for[ ]the[ ]purposes?[ ]hereof,)")
# '"X", as used in these Measures, means', 'X as mentioned in these Measures refers to': a phrase that says the words
# before it are the text's own term (a definitional frame as quotation marks are)
AS_USED_IN = re.compile(r",?\s*(?:(?:as|when|where)\s+)?" + USED_PARTICIPLE + r"\s+" + _IN_THIS_TEXT + r"\s*,?$|"
                        r"(?:" + _TEXT_ASIDE + r")$"
                        # (Session 14, extract17) 'A "stage erector" here means': "here" points at the text, as "herein"
                        # and "in these Rules" do ((session 14, review18) after a quoted term only: "The
                        # list kept here means that readers can find a book" says what a thing does, no term named)
                        r"|(?<=[\"”’'])\s+here(?:in)?$"
                        # ((probe19b) 'the labor contract referred to refers to': the bare participle after a noun with
                        # "the", in the second of two definitions, names the text's own term as "as referred to in this
                        # Law" does)
                        r"|(?<=\w)\s+(?:as\s+)?(?:referred\s+to|mentioned)$"
                        # 'X in these Rules refers to': the bare phrase names the instrument, as "as used in" does
                        r"|\s+in\s+(?:these|this|the\s+present)\s+(?:Provisions|Measures|Regulations|Rules|Law|Decision|Code|"
                        r"Interpretation|Opinions|Notice|Guidelines|Standards?|Chapter|Section)$", re.IGNORECASE)
# "Virtual items referred to in these Provisions are items ...", "Vendors as used in this Chapter are persons who ...":
# the phrase after the words names them the text's own term, so "is/are" defines them (when what follows classifies
# them: CLASSIFYING_PREDICATE)
# (defsanct12) the same with an aside that names the text's purposes: 'A "stall", for the purposes hereof, is ...',
# 'Vendors, for the purposes of these Rules, are ...' (an article may stand before a quoted term)
# (defs23) and the bare "in these Measures" with no commas: 'The expression "X" in these Measures covers Y' (definitions.py
# takes it for a marked term only, as the bare aside: "Fees in these Rules are payable" states a rule about fees)
USED_IN_IS = re.compile(
    rf"""(?P<raw>(?:(?:an?|the)[ ](?=[\"“‘']))?{QUOTED}|(?:[A-Za-z][\w-]*[ ]){{0,6}}?[A-Za-z][\w-]*)
    (?P<used>,?[ ](?:(?:as|when)[ ])?{USED_PARTICIPLE}[ ]{_IN_THIS_TEXT},?|{_TEXT_ASIDE}|[ ]in[ ]{_THE_TEXT})[ ](?P<verb>is|are|{EXTENSION_VERB})[ ]""",
    X,
)
# (defsanct12) the inverted frame "By X is meant Y", "By "X" are understood Y": the term after "By", the meaning after
# the passive verb of meaning (the term is the text's own by the frame itself)
MEANT_BY = re.compile(rf"""by[ ](?!(?:this|that|these|those|it|which|contrast|law)\b)(?P<raw>{QUOTED}|(?:[A-Za-z][\w-]*[ ]){{0,5}}?[A-Za-z][\w-]*),?[ ]
    (?:is|are|shall[ ]be)[ ](?:meant|understood)[ ]""", X)
# A sentence in which the text names a term of its own: "In these Measures, X refers to ...", "For the purposes of
# this Law, X means ...", "X referred to in these Provisions means / are ...". An article that has one defines terms,
# and its other sentences of the form "X refers to / includes Y" are definitions too.
OWN_TERM_SENTENCE = re.compile(
    rf"""(?:^|(?<=[.;。；][ ]))(?:
      {FRAME_LEAD}[ ](?:these|this)[ ]{_OWN_TEXT}[ ]?,[ ]+[^.;:,]{{1,80}}?
        [ ](?:{DEF_VERB})[ ]
    | (?:{QUOTED}|(?:[A-Za-z][\w-]*[ ]){{0,6}}[A-Za-z][\w-]*),?[ ](?:(?:as|when)[ ])?{USED_PARTICIPLE}
        [ ](?:in[ ](?:these|this|the[ ]present)[ ]{_OWN_TEXT}|herein),?[ ](?:{DEF_VERB}|{MARKED_DEF_VERB}|is|are)[ ]
    # 'X in these Rules refers to Y': the bare phrase names the instrument (only with a defining verb: "Fees in these
    # Rules are ..." may state a rule about the fees)
    | (?:{QUOTED}|(?:[A-Za-z][\w-]*[ ]){{0,6}}[A-Za-z][\w-]*)[ ]in[ ](?:these|this|the[ ]present)
        [ ]{_OWN_TEXT}[ ](?:{DEF_VERB}|{MARKED_DEF_VERB})[ ]
    )(?!(?:shall|may|must|should|can|will|be|to)\b)""",
    X,
)
# (defsanct13) the text itself as the subject of a verb of meaning or naming, the term its object: "Where these Measures
# speak of an "X", they mean Y", "When these Rules refer to X, they mean Y", "By "X" these Provisions understand Y"
# (MEANT_BY's frame with the text as the subject), "What these Provisions call a "X" is Y" (the pseudo-cleft), "These
# Rules use the term "X" to mean Y" (the active of "is used in these Rules to mean", DEF_VERB). The frame
# makes the words a term of the text's own, quoted or not; the meaning follows the match.
_NAMED_TERM = rf"(?:(?:an?|the)[ ])?(?:{QUOTED}|(?:[A-Za-z][\w-]*[ ]){{0,5}}?[A-Za-z][\w-]*)"
TEXT_NAMES_TERM = re.compile(rf"""(?:
      (?:where|when(?:ever)?)[ ]{_THE_TEXT}[ ](?:speaks?[ ]of|talks?[ ]of|refers?[ ]to|mentions?|uses?(?:[ ]the[ ](?:term|word|expression))?)[ ]
        (?P<raw>{_NAMED_TERM}),[ ](?:they|it)[ ](?:mean|means|refer[ ]to|refers[ ]to|have[ ]in[ ]mind|has[ ]in[ ]mind)
    | by[ ](?P<raw2>{_NAMED_TERM}),?[ ]{_THE_TEXT}[ ](?:understands?|means?|intends?|denotes?)
    | what[ ]{_THE_TEXT}[ ](?:calls?|terms?|names?|designates?|refers?[ ]to[ ]as)[ ](?P<raw3>{_NAMED_TERM})[ ](?:is|are)
    # (defform16) its passive: "What is called "X" in these Provisions is Y", "What is termed X under these Rules is Y"
    # (the name quoted, or the text named: "What is called for is a plan" names nothing)
    | what[ ](?:is|are)[ ](?:called|termed|named|designated|referred[ ]to[ ]as)[ ]
        (?:(?P<raw5>{_NAMED_TERM})[ ](?:in|under)[ ]{_THE_TEXT}|(?P<raw6>(?:(?:an?|the)[ ])?{QUOTED}))[ ](?:is|are)
    | {_THE_TEXT}[ ]uses?[ ](?:the[ ](?:term|word|expression)[ ])?(?P<raw4>{_NAMED_TERM})[ ]to[ ](?:mean|denote|
        designate|refer[ ]to)
    )[ ]""", X)
# "For the purposes of these Rules, X means": a frame that names the instrument makes an unquoted term a term
INSTRUMENT_FRAME = re.compile(rf"^{FRAME_LEAD}[ ](?:these|this)[ ]"
                              r"(?:Provisions|Measures|Regulations|Rules|Law|Decision|Code|Interpretation|Opinions|Notice|"
                              r"Guidelines|Standards?)[ ]?,[ ]+", X)
# "For the purposes of this Chapter, X means": a frame that names a part of the text (the definition holds there only)
PART_FRAME = re.compile(rf"^{FRAME_LEAD}[ ](?:this[ ](?P<part>Chapter|Section)|(?P<numbered>Chapter)[ ](?P<num>{_PART_NUM}))"
                        r"[ ]?,[ ]+", X)
# 'X, as used in this Chapter, means': the words before it are a term of that part of the text
AS_USED_IN_PART = re.compile(r",?\s*(?:(?:(?:as|when)\s+)?" + USED_PARTICIPLE + r"\s+)?in\s+this\s+(?P<part>Chapter|Section)"
                             r"\s*,?\s", re.IGNORECASE)
# what follows "X is/are" when the sentence classifies X (a noun phrase), not when it states a duty, a status or a
# passive ("are required to", "is responsible for", "are not", "is deemed", "are licensed")
CLASSIFYING_PREDICATE = re.compile(
    r"""(?:an?[ ]|any[ ]|the[ ]|all[ ]|those[ ])?(?!(?:required|obliged|responsible|subject|entitled|deemed|allowed|
        permitted|prohibited|forbidden|not|no|to|also|only|liable|bound|able|unable|encouraged|expected)\b)
        (?![a-z]+ed\b)(?!(?:given|taken|written|made|held|kept|sent|known|seen|shown|done|paid|sold|built)\b)
        [a-z][\w-]*""",
    X,
)
# "Device makers, that is, enterprises that design ...": a subject set off by an identifying apposition whose words
# say what kind of party it is (a noun and a relative clause); the apposition fixes the term's meaning
APPOSITIVE_DEFINITION = re.compile(
    r"""(?P<term>(?:[A-Za-z][\w-]*[ ]){0,5}[A-Za-z][\w-]*),[ ](?:that[ ]is|i\.e\.|namely),?[ ]
        (?P<defn>(?:an?[ ]|the[ ])?(?:[\w-]+[ ]){0,3}?[\w-]+[ ](?:that|who|which|whose)[ ])""",
    X,
)
# 'the term X means', 'The term "X" covers': "the term" names what follows as a term (not "the term of a licence")
THE_TERM = re.compile(r"the\s+(?:terms?|expressions?|words?|phrases?)\s+(?!of\b|for\b|in\b|used\b)(?=\S)", re.IGNORECASE)

# --- deontic lexicon: classes of predicates and the frames they occur in -----------------------------------------
# (Session 10) Deontic meaning is read from a word of a lexical class in a syntactic frame, not from listed phrases:
# "X is obliged / bound / compelled to V" are one frame over one class, so a synonym a translator uses is one table
# entry and every frame takes it. The classes and frames are listed for readers in extraction.md ("Classes and
# frames"). Each class is one table; each frame is one pattern built from the tables below, used once in MODAL.


def _words(*words: str) -> str:
    """An alternation of words and phrases (longest first, so that no shorter entry cuts a longer one short)."""
    return "(?:" + "|".join(w.replace(" ", "[ ]") for w in sorted(words, key=len, reverse=True)) + ")"


# Obligation: participles and adjectives that put their subject under a duty ("X is obliged to V")
OBLIGATION_ADJ = _words("obliged", "obligated", "required", "bound", "duty-bound", "duty bound", "compelled",
                        "mandated", "responsible",
                        # (Session 12, obl13) a direction given by the rule itself ("are hereby directed to report"), as
                        # "are hereby required to" (guide 1.4)
                        "directed",
                        # (Session 12, deontic13) the other participle of a direction ("are hereby instructed to V");
                        # not "ordered": "shall be ordered to make corrections" is an authority's penalty (guide 4)
                        "instructed")
# Obligation: nouns of a duty held, borne, owed ("X has the obligation to V", "It is the duty of X to V")
OBLIGATION_NOUN = _words("obligation", "obligations", "duty", "duties", "responsibility", "responsibilities",
                         # (Session 12, obl13) a task held is a duty held ("has the task of registering X", "It is the
                         # task of X to V"), as "has the duty of V-ing"
                         "task", "tasks",
                         # (Session 13, obl15) a mandate or a job given is a task held ("is under a mandate to V", "has the
                         # job of V-ing", "It is the job of X to V")
                         "mandate", "job")
# Obligation: adjectives of an impersonal duty whose party follows "for" ("It is mandatory for X to V")
NEED_ADJ = _words("necessary", "mandatory", "compulsory", "obligatory", "imperative")
# Prohibition: participles of a ban ("X is prohibited from V-ing", "X is barred from V-ing"); the last ones take only
# "from" ("enjoined to" is a command, "enjoined from" a ban)
PROHIBITION_ADJ = _words("prohibited", "forbidden", "banned", "barred", "proscribed",
                         # (Session 11, obl12) "Groomers are disallowed from working ...": a leave withheld, as "barred"
                         "disallowed")
PROHIBITION_FROM_ADJ = _words("precluded", "debarred", "enjoined", "restrained")
# Prohibition: adjectives of an impersonal ban ("It is unlawful for X to V", "It is impermissible for X to V")
BAN_ADJ = _words("prohibited", "forbidden", "impermissible", "not permissible", "not permitted", "not allowed",
                 "unlawful", "illegal", "not lawful")
# Permission or power: participles of a leave or a power granted ("X is permitted / authorised / free to V")
# (Session 12, deontic13) "free to air" is a kind of broadcast, no leave
PERMISSION_ADJ = _words("permitted", "allowed", "authorised", "authorized", "empowered", "free(?!\\x20to\\x20air\\b)",
                        "at liberty",
                        # (Session 11, obl12) competence to act is a power held ("The office is competent to refuse")
                        "competent",
                        # (Session 13, obl15) "is cleared to V": a clearance given is a leave, as "is permitted to V"
                        "cleared")
# Permission or power: nouns of a leave held ("X has the power / discretion / option to V")
POWER_NOUN = _words("power", "powers", "authority", "discretion", "option", "liberty", "freedom",
                    # (Session 11, obl12) a leave held or given ("has leave to", "is given leave to", "has the latitude
                    # to"): the same family as "has the discretion to"
                    "leave", "latitude",
                    # (Session 12, obl13) "has permission to V": a leave held, as "has leave to V"
                    "permission")
# Permission: adjectives of an impersonal leave whose party follows ("It shall be lawful for X to V", "It is open
# to X to V")
LEAVE_ADJ = _words("permissible", "lawful", "open")
# Encouragement: participles of a promotion ("X is encouraged / urged to V"); (session 11) the participles of an
# invitation or a counsel say the same of the party they address ("are invited / advised / recommended / called upon
# to V": the text promotes conduct it does not require)
ENCOURAGEMENT_ADJ = _words("encouraged", "urged", "invited", "advised", "recommended", "called upon", "called on",
                           # (Session 11, obl12) an exhortation or a request addressed to a party ("are exhorted / asked
                           # to V"): conduct the text asks for without requiring it
                           "exhorted", "asked",
                           # (Session 12, obl13) "are well advised to V": a counsel, as "are advised to V"
                           "well advised",
                           # (Session 12, deontic13) a request addressed to a party ("are requested to V"), as "are asked
                           # to V"
                           "requested")
# (review15) not "prompted": in the rules of online services "users are prompted to confirm X", "users shall be prompted
# to read the agreement" is a screen's prompt (提示) that someone must show, no promotion of the users' conduct; which
# sense a text means the wording does not say, and a wrong encouragement is worse than the statement left to `check`
# The negative adverbials that deny a predicate at every occasion ("never", "in no event", "under no
# circumstances"): one table for every frame that reads a negation (NEGATION, NEGATED_MODAL here; the fronted
# inversion "In no way shall X V" and an item's "(2) in no event V" in obligations.py)
NEGATIVE_ADVERBIALS = ("never", "in no case", "in no event", "in no way", "under no circumstances",
                       "under no circumstance", "in no circumstances", "in no circumstance", "on no account",
                       "at no time", "by no means",
                       # (Session 12, obl13) "shall on no occasion sell": every occasion denied, as "at no time"
                       "on no occasion",
                       # (Session 13, obl15) a point of time or a condition denied ("shall at no point steer", "may under
                       # no condition leave"): every occasion denied, as "at no time", "under no circumstances"
                       "at no point", "under no condition", "under no conditions", "on no condition")
# the same with any run of white space between the words (for the frames that read unnormalised text)
NEGATIVE_ADVERBIALS_WS = _words(*NEGATIVE_ADVERBIALS).replace("[ ]", r"\s+")
# Negation of a predicate: "not" and the negative adverbials
NEGATION = _words("not", *NEGATIVE_ADVERBIALS)
# Adverbs that may stand inside a deontic predicate and do not change its force ("is legally bound to", "is hereby
# authorised to", "is likewise prohibited from")
DEONTIC_ADVERB = _words("hereby", "also", "additionally", "further", "likewise", "equally", "similarly", "then",
                        "strictly", "expressly", "legally", "statutorily", "specifically", "absolutely", "therefore")
# Modifiers of a duty or power noun ("a legal duty", "the primary responsibility", "sole discretion"): one word, not
# "no" (a duty denied)
_NOUN_MOD = r"(?:(?!no\b)[a-z][\w-]*[ ])?"

# Frame words. A subject's "be": "X is / are / shall be / will be ADJ to V"
# (Session 11, obl12) "are to be encouraged to V": the "be" of "is / are to" ("Market managers are to be encouraged")
# (Session 12, obl13) a copular verb other than "be" ("stands obliged to V", "remains bound to V", "stand prohibited from
# V-ing") puts its subject under the same predicate: the same frames
_BE = r"(?:is|are|shall[ ]be|will[ ]be|(?:is|are)[ ]to[ ]be|stands|stand|remains|remain|shall[ ](?:stand|remain))"
# (Session 12, obl13) the rule named as the agent of its own predicate ("is required by these Measures to V", "is
# permitted by these Provisions to V", "is obliged by law to V"): the same frame, the agent no part of the action
_BY_RULE = r"(?:[ ]by[ ](?:(?:these|this|the[ ]present)[ ][A-Z]?[a-z]+|law|the[ ]law))?"
_ADV = rf"(?:{DEONTIC_ADVERB}[ ])?"
# After the infinitive's "to": a determiner names what binds or what is free ("bound to the terms", "a duty to the
# customer", "free to the public"), and a verb of happening states a fact ("is bound to fail"): no duty
NOT_A_VERB_AFTER_TO = (r"(?![ ](?:the|a|an|its|their|his|her|this|these|those|such|any|all|each|every|our|your|that|"
                       r"fail|happen|occur|arise|result|lead|cause|prove|increase|decrease|rise|fall|affect|succeed)\b)")
# An impersonal frame needs its party and the infinitive after it ("It is open to X to V", not "it is open to all")
# (session 15) or "to" before the colon of a lead-in ("it is for the lending steward to:" and its items)
_PARTY_THEN_TO = r"(?=[ ][^,;:.]{1,120}?[ ]to(?:[ ][a-z]|[ ]*[:：]))"

# (Session 11 review) what a forecast says will happen to its subject, no conduct of it: a state or a passive ("be",
# "have"), an event ("take place", "happen", "occur"), a change in an amount ("double", "total", and "rise / fall /
# grow / decline / reach ..." followed by their measure, "by 10 %", "in number", "to 5,000", or by nothing: "decline
# an application" and "reach the site" are conduct)
FORECAST_VERB = (r"(?:be|have|take[ ]place|happen|occur|double|triple|halve|total|(?:grow|exceed|rise|fall|increase|"
                 r"decrease|decline|drop|reach)(?=[ ](?:\d|by|in|to[ ]\d|from|sharply|slightly|steadily|significantly|"
                 r"further|again)\b|[ ]?[,.;]|$))\b")
# Frame "X is ADJ to V" (personal) for each class; "X is ADJ, within ten days, to V" (an adverbial set off by commas)
# (Session 13, obl15) an adverbial of promptness between the participle and its infinitive, not set off by commas ("is
# required without delay to stop", "is obliged forthwith to report"): the same duty, the adverbial no part of the action
_PROMPTLY = r"(?:[ ](?:without[ ]delay|forthwith|immediately|promptly|at[ ]once))?"
PERSONAL_OBLIGATION = (rf"{_BE}[ ]{_ADV}{OBLIGATION_ADJ}(?:{_BY_RULE}{_PROMPTLY}[ ]to{NOT_A_VERB_AFTER_TO}|"
                       rf"(?=,[ ][^,;:.]{{1,80}},[ ]to[ ][a-z]))|"
                       # (Session 11) "Medical teams are expected to reach the site within five minutes": what a rule
                       # expects of a party is its duty (guide: deontic force), a verb of conduct; not a forecast
                       # (FORECAST_VERB: "is expected to be completed", "to take place", "to decline in number")
                       rf"{_BE}[ ]{_ADV}expected[ ]to{NOT_A_VERB_AFTER_TO}(?![ ]{FORECAST_VERB})|"
                       # (Session 12, deontic13) "X is supposed to V": what a rule supposes a party does is its duty, as
                       # "is expected to V" (its denial, "is not supposed to V", is a ban: see MODAL, as "is not to V")
                       rf"{_BE}[ ]{_ADV}supposed[ ]to{NOT_A_VERB_AFTER_TO}(?![ ]{FORECAST_VERB})")
PERSONAL_PROHIBITION = (rf"{_BE}[ ]{_ADV}(?:strictly[ ])?(?:{PROHIBITION_ADJ}{_BY_RULE}[ ](?:from|to){NOT_A_VERB_AFTER_TO}|"
                        rf"{PROHIBITION_FROM_ADJ}[ ]from|"
                        # (Session 13, obl15) "Customers who have drunk alcohol are excluded from jumping": a party shut
                        # out of an act is barred from it; only before an act (a gerund: "excluded from the scope of
                        # these Measures" states no ban)
                        # (review15: not "excluded from applying the rules of Chapter III", the rules not applied to
                        # the party, an exemption from the text's scope)
                        rf"excluded[ ]from(?=[ ][a-z]+ing\b)(?![ ]applying[ ](?:the|these|this|its|their|such)\b))")
PERSONAL_PERMISSION = (rf"{_BE}[ ]{_ADV}{PERMISSION_ADJ}(?:{_BY_RULE}[ ]to{NOT_A_VERB_AFTER_TO}|"
                       rf"(?=,[ ][^,;:.]{{1,80}},[ ]to[ ][a-z]))|"
                       # (Session 11, obl12) a power or leave granted in the passive ("is given leave to V", "shall be
                       # granted the discretion to V"): the party holds it, as with "has leave to"
                       rf"{_BE}[ ]{_ADV}(?:given|granted|accorded)[ ](?:the[ ]|an[ ]|a[ ])?{_NOUN_MOD}{POWER_NOUN}[ ]"
                       rf"(?:to{NOT_A_VERB_AFTER_TO}|of(?=[ ][a-z]+ing\b))")
# (Session 11) after "to" a plural noun names to whom a thing is commended ("is recommended to users"), not an act
_NOT_A_PLURAL_AFTER_TO = r"(?![ ][a-z]+(?<![su])s\b)"
PERSONAL_ENCOURAGEMENT = (rf"{_BE}[ ]{_ADV}{ENCOURAGEMENT_ADJ}(?:{_BY_RULE}[ ]to{NOT_A_VERB_AFTER_TO}{_NOT_A_PLURAL_AFTER_TO}|"
                          rf"(?=,[ ][^,;:.]{{1,80}},[ ]to[ ][a-z]))")
# Frame "X is not ADJ to V" / "X shall not be ADJ to V": a leave denied is a ban, a duty denied is an exemption
_NOT_BE = rf"(?:(?:is|are)[ ]{_ADV}{NEGATION}|(?:shall|will|need|must|should|may)[ ]{NEGATION}[ ]be)"
DENIED_PERMISSION = rf"{_NOT_BE}[ ]{_ADV}(?:{PERMISSION_ADJ}|entitled){_BY_RULE}[ ]to"
DENIED_OBLIGATION = rf"{_NOT_BE}[ ]{_ADV}{OBLIGATION_ADJ}{_BY_RULE}[ ]to{NOT_A_VERB_AFTER_TO}"
# Frame "X has / bears / owes (a / the) NOUN to V" (and "... NOUN of V-ing"); "has no NOUN to V" denies it
# ((session 17, obl23) "takes on" and "undertakes" a duty, as "assumes" one: "The host village takes on the duty of
# marking out the audience area"; the duty noun and its "to V" / "of V-ing" are still required)
_HAVE = (r"(?:shall[ ])?(?:has|have|bears?|owes?|carry|carries|assumes?|shoulders?|holds?|possess(?:es)?|takes?[ ]on|"
         r"undertakes?)")
HELD_OBLIGATION = (rf"{_HAVE}[ ](?:the[ ]|an[ ]|a[ ])?{_NOUN_MOD}{OBLIGATION_NOUN}[ ]"
                   # ((session 15) or "of" before a lead-in's colon: "has the obligation of: (1) telling ...")
                   rf"(?:to{NOT_A_VERB_AFTER_TO}|of(?=[ ][a-z]+ing\b|[ ]*[:：]))|"
                   # (Session 14, extract17) a duty given in the passive ("is entrusted / charged / tasked with the duty
                   # of V-ing", "shall be assigned the task of V-ing", "is given the responsibility to V"): the party
                   # holds it, the mirror of "is given the power to V" (PERSONAL_PERMISSION); the duty noun is named, so
                   # a bare "is charged with X" (a competence, guide 1.2, or a criminal charge) stays out
                   rf"{_BE}[ ]{_ADV}(?:(?:entrusted|charged|tasked|vested|invested)[ ]with|given|assigned|allotted)[ ]"
                   rf"(?:the[ ]|an[ ]|a[ ])?{_NOUN_MOD}{OBLIGATION_NOUN}[ ](?:to{NOT_A_VERB_AFTER_TO}|of(?=[ ][a-z]+ing\b))")
# (Session 12, deontic13) a power kept or enjoyed is held ("retains / reserves / enjoys the power to V")
HELD_POWER = (rf"(?:shall[ ])?(?:has|have|holds?|retains?|reserves?|enjoys?)[ ](?:the[ ]|an[ ]|a[ ])?{_NOUN_MOD}{POWER_NOUN}[ ]"
              rf"(?:to{NOT_A_VERB_AFTER_TO}|of(?=[ ][a-z]+ing\b))")
DENIED_HELD_OBLIGATION = rf"{_HAVE}[ ]no[ ]{_NOUN_MOD}{OBLIGATION_NOUN}[ ]to"
# Frame "X is under a NOUN to V"; "X is under no NOUN to V" denies it
UNDER_OBLIGATION = rf"{_BE}[ ]under[ ](?:an[ ]|the[ ]|a[ ])?{_NOUN_MOD}{OBLIGATION_NOUN}[ ]to"
UNDER_NO_OBLIGATION = rf"{_BE}[ ]under[ ]no[ ]{_NOUN_MOD}{OBLIGATION_NOUN}[ ]to"
# Frame "X is obliged not to V", "X has a duty not to V", "X is under an obligation not to V": a duty not to act is a ban
# ((session 17, obl23) and "is expected (supposed) not to V": what a rule expects a party not to do, as "is expected to
# V" is its duty (PERSONAL_OBLIGATION), and not before a forecast's verb; before, the denied form was no clause at all)
DUTY_NOT_TO = (rf"{_BE}[ ]{_ADV}(?:expected|supposed)[ ]not[ ]to(?![ ]{FORECAST_VERB})(?=[ ][a-z])|"
               rf"(?:{_BE}[ ]{_ADV}{OBLIGATION_ADJ}|{_HAVE}[ ](?:the[ ]|an[ ]|a[ ])?{_NOUN_MOD}{OBLIGATION_NOUN}|"
               rf"{_BE}[ ]under[ ](?:an[ ]|the[ ]|a[ ])?{_NOUN_MOD}{OBLIGATION_NOUN})[ ](?:not[ ]to|to[ ]not)(?=[ ][a-z])")
# (Session 11, obl12) adverbials that extend a "not" to every occasion ("shall not, on any account, sell", "may not
# under any circumstances launch"): the counterpart of the negative adverbials above
ANY_OCCASION = _words("on any account", "under any circumstances", "under any circumstance", "in any circumstances",
                      "in any case", "in any event", "at any time", "by any means", "in any way",
                      # (Session 12, obl13) "may not under any pretext cut holes": no reason given makes it allowed
                      "under any pretext", "on any pretext", "for any reason")
# "not, on any account, V" with any run of white space (for the frames that read unnormalised text)
NOT_ANY_OCCASION_WS = r"not,\s+" + ANY_OCCASION.replace("[ ]", r"\s+") + ","
# Frame "X shall in no case / never / under no circumstances V": a modal with a negative adverbial is a ban
NEGATED_MODAL = r"(?:shall|must|may|should)[ ]" + _words(*NEGATIVE_ADVERBIALS) + r"\b"
# Impersonal frames ("it" is no pronoun; the party follows the marker): "It is ADJ for / upon X to V", "It is the
# NOUN of X to V", "It falls / lies / rests (up)on X to V"; without a party ("It is prohibited to V") the clause binds
# the one before it
_IT_BE = r"(?:is|shall[ ]be|will[ ]be)"  # after "it" (MODAL puts the "it" before the impersonal frames)
IMPERSONAL_BAN_FRAME = (rf"{_IT_BE}[ ]{_ADV}{BAN_ADJ}[ ](?:for|to)|"
                        # (Session 12, obl13) a leave denied ("It is not open to X to V", "It shall not be in order for
                        # X to V"): a ban, the mirror of the leave frame below (which needs its party, as this does)
                        rf"(?:is[ ]not|(?:shall|will)[ ]not[ ]be)[ ](?:open[ ]to|in[ ]order[ ]for){_PARTY_THEN_TO}|"
                        # (Session 13, obl15) "It is not for X to V": the act denied to X, the mirror of "It is for X to
                        # V" (guide 1.9, below); "It is contrary to these Measures (to law) for X to V": the act declared
                        # against the rule, as "It is unlawful for X to V"
                        rf"is[ ]not[ ]for(?![ ](?:this|that|these|those|such|reasons?|(?:the|its|their)[ ](?:purposes?|"
                        rf"benefit|sake|use|reasons?)\b)){_PARTY_THEN_TO}|"
                        rf"{_IT_BE}[ ]{_ADV}contrary[ ]to[ ](?:(?:these|this|the[ ]present)[ ][A-Z][a-z]+|(?:the[ ])?law)[ ]for"
                        rf"{_PARTY_THEN_TO}")
IMPERSONAL_NEED_FRAME = rf"{_IT_BE}[ ]{_ADV}(?:{NEED_ADJ}[ ](?:for|to)|incumbent[ ](?:up)?on(?=[ ]))"
# (Session 15, guide 1.12 d) only a deontic noun makes "It is the N of X to V" a duty (OBLIGATION_NOUN: duty,
# obligation, responsibility, task, ...); a noun of nature or function ("business", "function", "role", "purpose",
# "nature") says what the act is to X, not that X must do it, so it gives no entry (extract17 read "business" as a
# task; the lead's call 1.12 withdrew it)
IMPERSONAL_NOUN_FRAME = (rf"{_IT_BE}[ ](?:the[ ]|an?[ ])?{_NOUN_MOD}{OBLIGATION_NOUN}[ ]of(?=[ ])|"
                         # (Session 12, deontic13) "It is for X to V" ("It is for the applicant to prove that ..."): the
                         # rule gives the act to the party, as "It is the task of X to V"; not a purpose, a benefit or
                         # a reason ("It is for the purpose of ...", "It is for this reason that ...")
                         rf"{_IT_BE}[ ]for(?![ ](?:this|that|these|those|such|reasons?|(?:the|its|their)[ ](?:purposes?|"
                         rf"benefit|sake|use|reasons?|time|period|duration|protection|safety)\b)){_PARTY_THEN_TO}|"
                         # (Session 13, obl15) "It is up to X to V": the act left to X is X's to do, as "It is for X to
                         # V" (not "up to 30 days", "up to the limit": an amount, no party before "to V")
                         # (review15: "It is up to X whether to V" leaves the choice to X, a discretion; no "whether"
                         # / "if" between the party and its "to")
                         rf"{_IT_BE}[ ]up[ ]to(?![ ](?:\d|the[ ](?:limit|maximum|amount|level|value)\b))"
                         r"(?=[ ](?:(?![ ](?:whether|if)[ ])[^,;:.]){1,120}?[ ]to[ ][a-z])")
IMPERSONAL_RIGHT_FRAME = rf"{_IT_BE}[ ](?:the[ ])?{_NOUN_MOD}rights?[ ]of(?=[ ][^,;:.]{{1,120}}?[ ]to[ ][a-z])"
IMPERSONAL_FALLS_FRAME = (r"(?:(?:shall|will)[ ])?(?:falls?|lies|lie|rests?)[ ](?:(?:up)?on|to|with)"
                          + _PARTY_THEN_TO)
# (Session 11, obl12) a noun lead-in: "The duties of X include:", "The obligations of X are as follows:": the items
# are X's duties (the marker runs to the colon; X is read from inside it, see DUTIES_OF_PARTY)
# (Session 14, extract17) "X has (shall bear) the following duties:": the party holds the list its items make up, as
# "The duties of X include:" says (guide 2, Splitting: the lead-in is no entry, each item one of X)
# (Session 15, probe19) the list's noun may take a complement before the colon ("has the following responsibilities
# for work safety within the entity:", "enjoys the following rights in the association:")
_HELD_LIST_COMPLEMENT = r"(?:[ ](?:for|in|of|on|over|regarding|concerning|towards?|within|under)[ ][^:：;.]{1,80}?)?"
HELD_DUTIES_LEAD_IN = (r"(?:(?:shall|will)[ ])?(?:has|have|bears?|owes?|assumes?)[ ]the[ ]following[ ](?:duties|obligations|"
                       r"responsibilities|tasks)" + _HELD_LIST_COMPLEMENT + r"(?=[ ]*[:：])")
# (Session 15, probe19) the rights' mirror: "Schools shall exercise the following rights: (1) to administer ...", "X
# enjoys the following rights:": the party holds the list, each item a right of X (guide 2, Splitting), the lead-in no
# entry; read as a duty before, each item an obligation and the lead-in one more ("shall exercise" is no duty to act
# but the holding of the rights listed)
HELD_RIGHTS_LEAD_IN = (r"(?:(?:shall|will|may)[ ])?(?:exercises?|enjoys?|has|have|holds?|possess(?:es)?)[ ]the[ ]following"
                       r"[ ](?:rights|entitlements)" + _HELD_LIST_COMPLEMENT + r"(?=[ ]*[:：])")
HELD_DUTIES = re.compile(HELD_DUTIES_LEAD_IN + "|" + HELD_RIGHTS_LEAD_IN, re.IGNORECASE)
DUTIES_OF_LEAD_IN = (r"(?<=\bthe[ ])(?:duties|obligations|responsibilities)[ ]of[ ][^:;.]{1,80}?[ ]"
                     r"(?:include|includes|comprise|comprises|are[ ]as[ ]follows|are)(?:[ ]the[ ]following)?(?=[ ]*[:：])|"
                     # (Session 13, obl15) the same lead-in with the list as its subject ("Each of the following is a
                     # duty of X:", "The following are the obligations of X:"): no modal, the items X's duties
                     r"(?<=\bfollowing[ ])(?:is|are)[ ](?:a[ ]|an[ ]|the[ ])?(?:duty|duties|obligations?|"
                     r"responsibilit(?:y|ies))[ ]of[ ][^:;.]{1,80}?(?=[ ]*[:：])|"
                     # (Session 14, extract17) the same list held by its party as the subject ("X has the following
                     # duties:", "X shall bear the following obligations:"): a noun lead-in, the items X's duties
                     + HELD_DUTIES_LEAD_IN)
DUTIES_OF_PARTY = re.compile(r"(?:duties|obligations|responsibilities)\s+of\s+(?P<np>.+?)\s+(?:include|includes|comprise|"
                             r"comprises|are)\b|"
                             r"(?:is|are)\s+(?:an?\s+|the\s+)?(?:duty|duties|obligations?|responsibilit(?:y|ies))\s+of\s+"
                             r"(?P<np2>.+?)\s*$", re.IGNORECASE)
# (Session 11, obl12) "The onus is on X to V", "The burden rests upon X to V": a duty noun as the subject, the party
# after "on" (as "It is incumbent upon X to V")
ONUS_FRAME = r"(?<=\bonus[ ])(?:is|lies|rests|falls|shall[ ](?:be|lie|rest|fall))[ ](?:up)?on" + _PARTY_THEN_TO
# (Session 13, obl15) "There is an obligation on X to V", "There shall be a duty upon X to V": the duty stated to
# exist, its party after "on" (as "The onus is on X to V")
THERE_DUTY_FRAME = (rf"(?<=\bthere[ ])(?:is|are|shall[ ]be|exists?)[ ](?:an[ ]|a[ ]|the[ ])?{_NOUN_MOD}{OBLIGATION_NOUN}[ ]"
                    rf"(?:up)?on{_PARTY_THEN_TO}")
# (Session 13, obl15) "Upon X lies the obligation to V", "On X rests the duty to V": the holder fronted and the duty
# noun after the verb (inversion); the marker runs from the preposition to "to", the party read from inside it
# (INVERTED_HOLDER)
INVERTED_DUTY = (rf"(?:(?<=^)|(?<=[.;:][ ])|(?<=\n))(?:up)?on[ ][^,;:.]{{1,100}}?[ ](?:lies|rests|falls|shall[ ](?:lie|rest|fall))[ ]"
                 rf"(?:the[ ]|an[ ]|a[ ])?{_NOUN_MOD}{OBLIGATION_NOUN}[ ]to(?=[ ][a-z])")
INVERTED_HOLDER = re.compile(r"(?:up)?on\s+(?P<np>.+?)\s+(?:lies|rests|falls|shall\s+(?:lie|rest|fall))\s", re.IGNORECASE)
IMPERSONAL_LEAVE_FRAME = (rf"{_IT_BE}[ ]{_ADV}(?:{LEAVE_ADJ}[ ](?:for|to)|"
                          # (Session 12, obl13) "It shall be in order for X to V": an act declared in order is allowed
                          # ("in order to" alone is a purpose: the party and "for" are required)
                          rf"in[ ]order[ ]for|"
                          # (Session 12, obl13) "It is within the power of X to V", "It is in the discretion of X to
                          # V": a power placed in a party's hands, as "X has the power to V" (the party after "of")
                          rf"(?:within|in)[ ](?:the[ ])?(?:{POWER_NOUN}|competence)[ ]of){_PARTY_THEN_TO}")
# (Session 13, deontic14) a duty denied ("It is not necessary for X to V", "It shall not be mandatory for X to V"): an
# exemption of X, the mirror of the need frame, as "X is not required to V" (guide 1.10)
IMPERSONAL_EXEMPT_FRAME = (rf"(?:is[ ]{_ADV}not|(?:shall|will)[ ]not[ ]be)[ ]{_ADV}{NEED_ADJ}[ ]"
                           rf"(?:for{_PARTY_THEN_TO}|to(?=[ ][a-z]))")
# (Session 13, deontic14) "X is exempt(ed) from V-ing": a duty lifted, an exemption; only before an act (a gerund), and
# not from a penalty ("shall be exempted from punishment", "is exempted from paying the fine": a sanction's wording)
EXEMPTED_FROM = (rf"{_BE}[ ]{_ADV}exempt(?:ed)?[ ]from(?=[ ][a-z]+ing\b)"
                 r"(?![ ][a-z]+ing[ ](?:(?:the|a|an|any|such)[ ])?(?:[\w-]+[ ])?(?:fines?|penalt|punishment|liabilit|"
                 r"sanction|compensation|damages|responsibilit|accountab)\w*)"
                 # (review14) nor from being punished or held to account ("exempted from being penalized", "from being
                 # held liable", "from bearing legal responsibility" above): a sanction's wording too
                 r"(?![ ]being[ ](?:held[ ])?(?:penali[sz]|punish|prosecut|sanction|fined|liable|responsible|"
                 r"accountable|investigated)\w*)")
# (Session 12, obl13) an impersonal counsel ("It is good practice for X to V", "It is advisable for X to V"): the
# text promotes the party's conduct without requiring it, as "X is advised to V"
IMPERSONAL_COUNSEL_FRAME = (rf"{_IT_BE}[ ]{_ADV}(?:good[ ]practice|best[ ]practice|advisable|desirable|recommended|"
                            rf"commendable)[ ]for{_PARTY_THEN_TO}")
# (Session 12, obl13) "It is required of every operator that S": a duty whose content is a clause, the party after
# "of" (as "It is required that S", with its party named)
IMPERSONAL_REQUIRED_OF = r"(?:is|shall[ ]be)[ ](?:required|expected|demanded)[ ]of(?=[ ][^,;:.]{1,120}?[ ]that[ ])"
# The impersonal adjective frames: with no party after them ("It is prohibited to V", "It is necessary to V") the clause
# is impersonal (it binds the clause before it, or no one)
IMPERSONAL_ADJ_MARKER = re.compile(rf"{IMPERSONAL_BAN_FRAME}|{IMPERSONAL_NEED_FRAME}|{IMPERSONAL_LEAVE_FRAME}|"
                                   rf"{IMPERSONAL_COUNSEL_FRAME}|{IMPERSONAL_EXEMPT_FRAME}", X)
# Every impersonal frame, and the ones whose party follows the marker, up to the infinitive ("It is incumbent upon X to
# V", "It falls to X to V", "It is open to X to V", "It is the duty of X to V")
IMPERSONAL_MARKER = re.compile(rf"{ONUS_FRAME}|{IMPERSONAL_BAN_FRAME}|{IMPERSONAL_NEED_FRAME}|{IMPERSONAL_NOUN_FRAME}|"
                               rf"{IMPERSONAL_RIGHT_FRAME}|"
                               rf"{IMPERSONAL_COUNSEL_FRAME}|{IMPERSONAL_REQUIRED_OF}|"
                               rf"{IMPERSONAL_FALLS_FRAME}|{IMPERSONAL_LEAVE_FRAME}|{IMPERSONAL_EXEMPT_FRAME}", X)
PARTY_AFTER_MARKER = re.compile(r"(?:\bfor|\b(?:up)?on|\bof|\bwith|\b(?:falls?|lies|lie|rests?|open)[ ]to)$", X)
# An impersonal frame that can be a circumstance ("... if it is necessary to ...", "where it is lawful for X to ..."):
# a marker only where the "it" opens its clause
IMPERSONAL_CIRCUMSTANTIAL = re.compile(rf"(?:{_IT_BE}[ ]{_ADV}(?:{NEED_ADJ}|unlawful|illegal|not[ ]lawful|{LEAVE_ADJ})|"
                                       rf"(?:is[ ]not|(?:shall|will)[ ]not[ ]be)[ ]{NEED_ADJ})\b", X)
# Where an exemption's action starts: at the denial ("is not required to notify", "has no duty to", "need not")
EXEMPTION_NOT = re.compile(rf"\b{NEGATION}[ ](?:be[ ])?{_ADV}(?:{OBLIGATION_ADJ}|{NEED_ADJ})\b|\bexempt(?:ed)?[ ]from$|\bno[ ]{_NOUN_MOD}{OBLIGATION_NOUN}\b|"
                           r"\bnot[ ]need\b|(?<=permitted[ ])not[ ]to$|(?<=allowed[ ])not[ ]to$|^need[ ]not$", X)


# --- modality --------------------------------------------------------------------------

# (Session 13, obl15) the existential duty frame ("There is an obligation on X to V") is impersonal too, its party after
# "on"; "It is up to X to V" has its party after "up to"
IMPERSONAL_MARKER = re.compile(rf"{IMPERSONAL_MARKER.pattern}|{THERE_DUTY_FRAME}", X)
PARTY_AFTER_MARKER = re.compile(rf"{PARTY_AFTER_MARKER.pattern}|\bup[ ]to$", X)

# Trigger words of normative statements, most specific first. Group names give the modality.
MODAL = re.compile(
    rf"""\b(?:
        (?P<encouragement>{PERSONAL_ENCOURAGEMENT}|
                        # "The State will support A in doing X": as "The State supports A in doing X" (the object names
                        # who is encouraged; without "to V" / "in V-ing" it is the State's own task)
                        (?<=\bstate[ ])will[ ](?:support|encourage)(?=[ ][^.;]*?[ ](?:to[ ]\w|in[ ]\w+ing\b))|
                        # (Session 10) "encourages and guides A to V", "guides and encourages A to V": two verbs of one
                        # promotion share the object A (not a party "and guides A")
                        # ((Session 14, extract18) and "encourages and supports A in V-ing": the second verb's own
                        # complement, as "supports A in V-ing" alone)
                        (?<!\bto[ ])(?:encourages?[ ]and[ ](?:guides?|supports?|assists?|helps?)|(?:guides?|supports?)[ ]and[ ]
                          encourages?)(?=[ ][^.;]*?[ ](?:to[ ]\w|in[ ]\w+ing\b))|
                        (?:the[ ]state[ ])?(?<!\bto[ ])encourages?|
                        # (Session 11) "The municipal government welcomes operators to restore X": a public welcome of
                        # a party's conduct promotes it, as "encourages A to V" does (the object is the one encouraged);
                        # not the adjective ("are welcome to use": leave) and not without "to V"
                        (?<=[\w'’][ ])(?<!\bto[ ])(?<!\bare[ ])(?<!\bis[ ])(?<!\bbe[ ])welcomes?
                          (?=[ ](?:(?!(?:on|of|for|about|from|in|at)\b)[\w'’-]+[ ]){{1,8}}?to[ ]
                          # (not "welcomes visitors to the show / its galleries": a place or an event, no act)
                          (?!(?:the|a|an|its|their|his|her|our|this|these|those|that)\b)[a-z])|
                        # (Session 11, obl12) "The bureau calls on shop operators to join X", "urges / exhorts A to V":
                        # a public call on a party to act promotes the act, as "encourages A to V" (the object is the
                        # one encouraged; the caller never is)
                        (?<=[\w'’][ ])(?<!\bto[ ])(?<!\bthe[ ])(?:calls?[ ](?:up)?on|urges|exhorts|
                          # (Session 13, obl15) "appeals to A to V", "would like A to V": an appeal or a wish addressed
                          # to a party (not "would like to V": the wisher's own act, no party between)
                          # (session 14, review15 left 3) not the legal remedy: an appeal to a court, tribunal or
                          # arbitration body asks it to decide, and promotes no conduct of the body's
                          appeals[ ]to(?![ ](?:the[ ]|a[ ]|an[ ])?(?:[\w'’-]+[ ]){{0,3}}?(?:courts?|tribunals?|
                          arbitrat(?:ors?|ion[ ]\w+)|judges?|judiciary)\b)|would[ ]like)
                          (?=[ ](?:(?!(?:on|of|for|about|from|in|at)\b)[\w'’-]+[ ]){{1,8}}?to[ ][a-z])|
                        # (Session 13, obl15) a body's favour, praise or pledged support for the parties who do an act
                        # ("looks favourably on A who V", "commends A that V", "pledges its support to A that V"): A is
                        # encouraged, the relative clause its act (as "supports A in V-ing")
                        (?<=[\w'’][ ])(?<!\bto[ ])(?<!\bthe[ ])(?:looks[ ](?:favou?rably|kindly|with[ ]favou?r)[ ](?:up)?on|
                          pledges[ ](?:its|their)[ ](?:full[ ])?support[ ]to)(?=[ ][^.;,]*?[ ](?:who|that)[ ][a-z])|
                        # (review15) "commends A that V" only with A right after it and a deed in the present: "commends
                        # and rewards A that have made outstanding contributions" praises a past deed (表彰奖励), no
                        # conduct promoted, and "and rewards" is no party
                        # (session 14, review15 left 2) nor a deed in the simple past: a finite verb in -ed right after
                        # the relative pronoun ("commends the operators that rescued passengers last year"; a participle
                        # there would need "are" or "have"; not the present "need", "exceed") or a common irregular past
                        (?<=[\w'’][ ])(?<!\bto[ ])(?<!\bthe[ ])commends(?![ ]and\b)
                          (?=[ ][^.;,]*?[ ](?:who|that)[ ](?!(?:have|has|had)[ ])
                             (?![a-z]+(?<!e)ed[ ])(?!(?:made|won|gave|took|did|found|built|brought|led|held|sent|kept|
                                                       saw|fought|caught|taught|ran|rode|swam|flew|put|paid|went)[ ])[a-z])|
                        # (Session 13, obl15) "would be glad to see A V": the wish that a party act, as "would like A to V"
                        (?<=[\w'’][ ])would[ ]be[ ](?:glad|pleased|happy)[ ]to[ ]see(?=[ ][a-z])|
                        # (Session 13, obl15) "are given every encouragement to V": the encouragement given to the
                        # subject, as "are encouraged to V"
                        (?:is|are|shall[ ]be|will[ ]be)[ ](?:given|offered)[ ](?:every|all|much|full|active)[ ]encouragement[ ]to(?=[ ][a-z])|
                        # (Session 11, obl12) "The government hopes that vendors will V", "It is hoped / desirable that
                        # owners V": a wish the text states about a party's conduct is its promotion (the party that
                        # opens the content clause is encouraged, as after "advocates that")
                        (?<=[\w'’][ ])(?<!\bto[ ])(?<!\bthe[ ])hopes(?=[ ]that[ ])|
                        # (Session 11, obl12) a body's support named by a noun ("gives its backing (support) to A in
                        # V-ing", "endorses (backs) the efforts of A to V"): as "supports A in V-ing"; (session 15)
                        # without the possessive too ("gives support to communities in opening X")
                        (?<=[\w'’][ ])(?<!\bto[ ])(?:gives|lends)[ ](?:(?:its|their)[ ])?(?:full[ ]|firm[ ])?(?:backing|support)[ ]to
                          (?=[ ][^.;]*?[ ](?:to[ ]\w|in[ ]\w+ing\b))|
                        (?<=[\w'’][ ])(?<!\bto[ ])(?:endorses|backs|supports|fosters|promotes)[ ](?:the[ ])?efforts[ ](?:of|by)
                          (?=[ ][^.;]*?[ ]to[ ]\w)|
                        # (Session 12, obl13) "stands behind A in V-ing": a body's backing, as "supports A in V-ing";
                        # "is in favour of A V-ing": the party whose conduct a body favours is encouraged
                        (?<=[\w'’][ ])(?<!\bto[ ])stands[ ]behind(?=[ ][^.;]*?[ ](?:to[ ]\w|in[ ]\w+ing\b))|
                        (?<=[a-z][ ])(?<!\bit[ ])(?:is|are)[ ](?:strongly[ ])?in[ ]favou?r[ ]of
                          (?=[ ](?!the[ ]|an?[ ])(?:[\w'’-]+[ ]){{1,6}}?[a-z]+ing\b)|
                        (?<=\bit[ ])is[ ](?:hoped|desirable|to[ ]be[ ]hoped)(?=[ ]that[ ])|
                        # (Session 12, obl13) "It is recommended (advisable) that A V", "It would be welcome if A V-ed",
                        # "It is the wish of X that A will V": a wish or counsel about a party's conduct, read as "It is
                        # hoped that A V" (the party opening the clause is encouraged; the wisher never is)
                        (?<=\bit[ ])is[ ](?:recommended|advisable)(?=[ ]that[ ])|
                        (?<=\bit[ ])would[ ]be[ ](?:welcome|desirable|appreciated)(?=[ ](?:if|that)[ ])|
                        (?<=\bit[ ])is[ ]the[ ](?:wish|hope|desire)[ ]of[ ][^,;:.]{{1,80}}?(?=[ ]that[ ])|
                        (?<=\bit[ ])(?:{IMPERSONAL_COUNSEL_FRAME})|
                        # (Session 12, obl13) "Residents would do well to V": a counsel, as "are advised to V"
                        would[ ]do[ ]well[ ]to(?=[ ][a-z])|
                        # (Session 10) "The government advocates the cascade use of X" (an activity promoted, no
                        # addressee), "The Province advocates that skiers buy X" (the party of the content clause): a
                        # public promotion, as "encourages"; not the noun ("Advocates shall", "the advocates of"), not
                        # "advocates for" (pleads for)
                        (?<=[\w'’][ ])(?<!\bto[ ])(?<!\bthe[ ])(?<!\band[ ])(?<!\bor[ ])(?<!\bof[ ])advocates?
                          (?![ ](?:for|of|shall|may|must|should|can|will|are|is|who|which|and|or)\b)(?=[ ][a-z])|
                        (?:(?<=^)|(?<=[.;:][ ])|(?<=\n)|(?<=the[ ]state[ ])|
                          # "The county government supports A in doing X": a public body's support is its encouragement
                          # of the party it supports, as the State's is
                          (?<=government[ ])|(?<=governments[ ])|(?<=department[ ])|(?<=departments[ ])|(?<=bureau[ ])|
                          (?<=commission[ ])|(?<=ministry[ ])|(?<=administration[ ])|
                          # ((session 15) a place that stands for its government: "The county supports operators in
                          # reusing X", "The city supports ...", as "the State supports")
                          (?<=the[ ]county[ ])|(?<=the[ ]city[ ])|(?<=the[ ]municipality[ ])|(?<=the[ ]province[ ])|
                          (?<=the[ ]district[ ]))
                          # ((Session 14, extract18) its synonym "backs A in V-ing" and the promise "will support / back
                          # A in V-ing", as the State's "will support"; not "backs up" (a copy of data))
                          (?:supports?|backs(?![ ]up\b)|will[ ](?:support|back(?![ ]up\b)))(?=[ ][^.;]*?[ ](?:to[ ]\w|in[ ]\w+ing\b))|
                        # "The State supports the sharing of ...", "The State encourages ..., and supports ...": the
                        # State's promotion of an activity, an encouragement naming no addressee unless it names one
                        the[ ]state[ ]supports|(?<=,[ ]and[ ])supports(?=[ ]the[ ])|
                        # (Session 11) "X welcomes A to V, and supports B in V-ing": a second promotion coordinated
                        # after one, its own object encouraged
                        (?<=,[ ]and[ ])supports(?=[ ](?!them\b|it\b)[^.;,]*?[ ]in[ ]\w+ing\b)|
                        # "..., and supports them in doing X": the parties just encouraged, supported again
                        (?<=,[ ]and[ ])supports(?=[ ](?:them|it)[ ](?:to[ ]\w|in[ ]\w+ing\b)))
      # (Session 12, deontic13) a right held ("holds the right to V"), as "has the right to V"
      | (?P<right>(?:shall[ ]|should[ ]|will[ ])?(?:has|have|holds?|enjoys?|possess(?:es)?)[ ](?:the[ ]|a[ ]|an[ ](?=entitlement))?(?:rights?|entitlement)[ ]to|
                  {HELD_RIGHTS_LEAD_IN}|
                  # (Session 15, probe19) "A consumer shall, when purchasing a commodity, have the right to V": the
                  # circumstance set off by commas inside the marker ("shall" alone read as a second clause, a duty)
                  shall,[ ][^,;:.]{{1,100}},[ ](?:have|enjoy)[ ](?:the[ ])?rights?[ ]to|
                  # (Session 12, deontic13) "It is the right of X to V": the impersonal right, as "It is the duty of X
                  # to V" (the party after "of", read in obligations.py)
                  (?<=\bit[ ])(?:{IMPERSONAL_RIGHT_FRAME})|
                  # (Session 12, obl13) "has standing to claim X": the standing to bring a claim is a right held
                  (?:shall[ ]|will[ ])?(?:has|have)[ ](?:the[ ])?standing[ ]to(?=[ ][a-z])|
                  # (Session 12, obl13) "The right to V ... belongs to X": a right noun as subject, its holder after
                  # "belongs to" / "is vested in" (the action is the infinitive, the party read in obligations.py)
                  (?:(?<=^)|(?<=[.;:][ ])|(?<=\n))the[ ]rights?[ ]to(?=[ ][a-z][^;:.]{{0,200}}?[ ](?:belongs?|shall[ ]belong|
                    (?:is|are|shall[ ]be)[ ]vested)[ ](?:to|in)[ ])|
                  # (Session 12, obl13) "Every customer is owed a written sheet": what is owed to a party is its
                  # entitlement (not "owed to" / "owed by": a debt's creditor or debtor)
                  (?<=[a-z][ ])(?:is|are|shall[ ]be)[ ]owed(?![ ](?:to|by)\b)(?=[ ][a-z])|
                  # (Session 12, obl13) "may claim the refund as of right": the leave the text gives as of right is
                  # a right (the words stay in the action)
                  may(?=[ ][a-z][^.;]{{0,80}}?[ ]as[ ]of[ ]right\b)|
                  # (Session 14, extract17) the adverbial before the verb ("may as of right inspect X", "may, as of
                  # right, inspect X"): the same right, the adverbial part of the marker, not of the action
                  may[ ]as[ ]of[ ]right(?=[ ][a-z])|may,[ ]as[ ]of[ ]right(?=,[ ][a-z])|
                  # (Session 11, obl12) the right named by what it is a right of ("shall enjoy the right of access to",
                  # "have the right of complaint to", "a right of compensation against"), and a claim held ("have a
                  # claim to be told"): the same holding of a right; the action follows "of" / "to"
                  (?:shall[ ]|should[ ]|will[ ])?(?:has|have|enjoys?|possess(?:es)?)[ ](?:the[ ]|a[ ])?(?:rights?[ ]of|claim[ ]to)(?=[ ][a-z])|
                  # (Session 13, obl15) the other nouns of a thing held as of right: "has title to a receipt", "has
                  # recourse to a refund", "shall enjoy priority in boarding" (what is held follows the noun)
                  (?:shall[ ]|should[ ]|will[ ])?(?:has|have|enjoys?)[ ](?:(?:full|good|legal)[ ])?(?:title|recourse)[ ]to(?=[ ][a-z])|
                  # (a priority enjoyed is named with what it is in: "priority in boarding" is what is held)
                  (?:shall[ ]|should[ ]|will[ ])?(?:has|have|enjoys?)(?=[ ]priority[ ](?:in|for|over)[ ][a-z])|
                  # (Session 13, obl15) "A customer is guaranteed sight of X": what the rule guarantees to a party is its
                  # entitlement, as "is owed X" (not "guaranteed by / to / that / against": a surety or a promise)
                  # (the thing guaranteed follows as the passive's retained object, a noun phrase: not a preposition,
                  # "The quality of data shall be guaranteed in processing" guarantees a thing, to no one)
                  # (review15: "are guaranteed the right to V": the right named, its act after "to", as "have the
                  # right to V")
                  (?<=[a-z][ ])(?:is|are|shall[ ]be)[ ](?:hereby[ ])?guaranteed(?:[ ]the[ ]rights?[ ]to(?=[ ][a-z]))?
                    (?![ ](?:by|to|that|against|for|under|in|
                    within|at|on|during|throughout|through|as|when|where|if|only|and|or|so|with|from|until|before|after)\b)
                    (?=[ ][a-z])|
                  (?:reserves?|retains?)[ ]the[ ]rights?[ ]to|   # "X reserves the right to refuse ..."
                  (?:is|are|shall[ ]be|will[ ]be)[ ]entitled{_BY_RULE}[ ]to|
                  # (Session 12, obl13) "is entitled, on request, to see X": an adverbial set off by commas, as in the
                  # other personal frames
                  (?:is|are|shall[ ]be|will[ ]be)[ ]entitled(?=,[ ][^,;:.]{{1,80}},[ ]to[ ][a-z])|
                  # (Session 11, obl12) "Each household is eligible for one plot": what a party qualifies for is its
                  # entitlement, as "is entitled to a plot"
                  (?:is|are|shall[ ]be|will[ ]be)[ ]eligible[ ](?:for|to)(?=[ ][a-z])|
                  # (Session 10) "are vested with the right to": a right granted in so many words
                  (?:is|are|shall[ ]be)[ ](?:hereby[ ])?vested[ ]with[ ](?:the[ ])?rights?[ ]to)
      # (Session 10) a duty denied: "is not required to", "shall not be obliged to", "has no duty to", "is under no
      # obligation to", "need not" (an exemption, read as a permission; before the bans, whose "shall not" it opens with)
      | (?P<exemption>{DENIED_OBLIGATION}|(?<=\bit[ ])(?:{IMPERSONAL_EXEMPT_FRAME})|{EXEMPTED_FROM}|
                      # (Session 11) "The approval required by Article 7 is not needed for such a removal": a thing not
                      # needed is an exemption from obtaining it (the mirror of "the consent of X is required."), read
                      # as an agentless passive; not "It is not necessary for X to" (no thing as subject)
                      (?<=[a-z][ ])(?<!\bit[ ])(?:is|are|shall[ ]be)[ ]not[ ](?:needed|required)(?=[ ]*(?:[.;]|$)|[ ]for[ ])|{DENIED_HELD_OBLIGATION}|{UNDER_NO_OBLIGATION}|(?:do|does)[ ]not[ ]need[ ]to|need[ ]not)
      | (?P<prohibition>(?<=\bit[ ])(?:{IMPERSONAL_BAN_FRAME})|{DENIED_PERMISSION}|{PERSONAL_PROHIBITION}|{NEGATED_MODAL}|{DUTY_NOT_TO}|
                        # (Session 9) "X shall refrain from selling ...": a duty not to act, read by its force as a ban
                        # (Session 11) "shall abstain / desist from" say the same
                        (?:shall|must|should|(?:is|are)[ ]to)[ ](?:refrain|abstain|desist)[ ]from(?=[ ][a-z])|
                        # (Session 13, obl15) "shall keep from releasing X": "keep from" before an act says "refrain
                        # from" (not "keep X from", "keep from the road": a thing or a place, no act)
                        (?:shall|must|should|(?:is|are)[ ]to)[ ]keep[ ]from(?=[ ][a-z]+ing\b)|
                        # "shall not only X but also Y" is no ban
                        # (Session 11, obl12) "shall not, on any account,", "may not under any circumstances": the
                        # adverbial that extends "not" to every occasion is part of the marker, not of the action
                        (?:shall|must|may|should)[ ]not(?:,[ ]{ANY_OCCASION}(?=,[ ][a-z])|[ ]{ANY_OCCASION}(?=[ ][a-z]))|
                        # (Session 12, obl13) "cannot lawfully V", "may not legally V": the adverb of the leave denied
                        # is part of the marker, not of the action
                        (?:cannot|can[ ]not|(?:may|shall)[ ]not)[ ](?:lawfully|legally)(?=[ ][a-z])|
                        # (Session 12, obl13) "shall not fail to V" denies a failure: a duty (obligation group below)
                        (?:shall|must|may|should)[ ]not(?![ ]only\b)(?![ ](?:fail|neglect|omit)[ ]to\b)|
                        # "shall neither sell X nor disclose it": a ban on each act
                        (?:shall|must|may|should)[ ]neither(?=[ ][^.;]*?[ ]nor[ ])|
                        cannot|can[ ]not|(?:is|are)[ ](?:also[ ]|likewise[ ]|equally[ ]|then[ ])?not[ ](?:supposed[ ])?to(?=[ ][a-z])|
                        # (Session 12, obl13) "Tattooists are never to reuse ink": "are to" denied at every occasion
                        (?:is|are)[ ]{NEGATION}[ ]to(?=[ ][a-z])|
                        ought[ ]not[ ]to|
                        # (Session 12, deontic13) "There shall be no spraying of X by Y": an act (a gerund) denied
                        # existence is banned, as "the spraying of X shall be prohibited"; its agent is the "by" party
                        (?<=\bthere[ ])(?:shall|must|may)[ ]be[ ]no(?=[ ][a-z]+ing\b)|
                        # a right denied is a ban ("The recipient has no right to use the data")
                        # (Session 13, obl15) and a leave denied by its noun ("has no licence / permission / leave /
                        # authority to V"; not "has no option (choice) but to V", a duty)
                        (?:shall[ ])?(?:has|have)[ ]no[ ](?:right|licen[cs]e|permission|leave|authority|power)[ ]to(?=[ ][a-z])|
                        # an act banned as the subject ("the collection of audio shall be prohibited.")
                        # (session 11: an adverb of the ban, "is hereby / strictly / expressly prohibited.")
                        (?:shall|will|is|are)[ ](?:be[ ])?{_ADV}(?:strictly[ ])?{PROHIBITION_ADJ}(?=[ ]*(?:[.;:]|$))|
                        # (Session 11, obl12) "Keeping poultry in a garden is not permissible.": an act named as the
                        # subject and denied leave at the end of its clause is banned, as "... shall be prohibited."
                        (?<=[a-z][ ])(?<!\bit[ ])(?:is|are|shall[ ]be)[ ](?:not[ ](?:permissible|permitted|allowed)|
                          impermissible)(?=[ ]*(?:[.;]|$)))
      # the frames first (before the bare "shall", which would leave "It" as the subject of "It shall be the duty of")
      | (?P<obligation>(?<=\bit[ ])(?:{IMPERSONAL_NEED_FRAME}|{IMPERSONAL_NOUN_FRAME}|{IMPERSONAL_FALLS_FRAME}|{IMPERSONAL_REQUIRED_OF})|{ONUS_FRAME}|{DUTIES_OF_LEAD_IN}|{THERE_DUTY_FRAME}|{INVERTED_DUTY}|
                        # (Session 13, obl15) an act named as the subject and its holder after the verb ("The checking of
                        # X rests on the bureau", "Keeping a log ... is the operator's duty"): the act is the holder's
                        # duty, as "The duty to V rests with X" (obligations.py keeps only an act as the subject: a
                        # gerund or an action noun with its "of" complement)
                        (?<=[a-z][ ])(?:rests|lies|falls)[ ](?:(?:up)?on|with)(?=[ ][^,;:.()]{{2,120}}?[ ]*(?:[.;]|$))|
                        (?<=[a-z,][ ])(?<!\bit[ ])(?:is|shall[ ]be)(?=[ ](?:the[ ])?(?:[\w-]+[ ]){{0,6}}?[\w-]+(?:'s|’s|s'|s’)[ ]
                          (?:duty|responsibility|obligation|task|job)[ ]*(?:[.;]|$))|
                        # (session 17, obl23) the same with the holder after "of" ("Cleaning each chair every day is a
                        # duty of the site provider, and it shall keep a log"): a deontic noun (1.12 d), no "to V"
                        (?<=[a-z,][ ])(?<!\bit[ ])(?:is|shall[ ]be)(?=[ ](?:a|an|the)[ ](?:duty|responsibility|obligation|
                          task|job)[ ]of[ ](?:(?![ ]to[ ])[^,;:.()]){{2,120}}?[ ]*(?:[.;]|,[ ](?:and|but)[ ]|$))|
                        # (Session 13, obl15) "It is essential (necessary, imperative, vital) that the operator clears
                        # X": a need whose content clause names its party, as "It is necessary for X to V" (guide 1.4);
                        # the party that opens the clause bears it (obligations.py, as after "It is hoped that")
                        (?<=\bit[ ])(?:is|shall[ ]be)[ ]{_ADV}(?:{NEED_ADJ}|essential|vital)(?=[ ]that[ ])|
                        # (Session 12, obl13) a failure denied is a duty ("shall not fail to keep", "must not neglect to")
                        (?:shall|must|may|should)[ ]not[ ](?:fail|neglect|omit)[ ]to(?=[ ][a-z])|
                        # (Session 12, obl13) a duty noun as subject, its bearer after "rests with" / "lies with" /
                        # "falls on" ("The obligation to mark X rests with the manager", "Responsibility for checking X
                        # lies with the bureau"): the action is the infinitive or gerund, the party read in obligations.py
                        (?:(?<=^)|(?<=[.;:][ ])|(?<=\n))(?:the[ ])?(?:{OBLIGATION_NOUN}[ ]to(?=[ ][a-z])|{OBLIGATION_NOUN}[ ]for(?=[ ][a-z]+ing\b))
                          (?=[^;:.]{{0,200}}?[ ](?:rests?|lies|lie|falls?|shall[ ](?:rest|lie|fall))[ ](?:with|(?:up)?on)[ ])|
                        {HELD_OBLIGATION}|
                        {UNDER_OBLIGATION}|{PERSONAL_OBLIGATION}|
                        # "It is the operator's duty to ...": the possessor bears it
                        (?<=\bit[ ])(?:is|shall[ ]be|will[ ]be)(?=[ ](?:the[ ])?(?:[\w-]+[ ]){{0,6}}?[\w-]+(?:'s|’s|s'|s’)[ ]
                            (?:duty|responsibility|obligation)[ ]to[ ])|
                        # (Session 10) "the consent of the owners is required.": a thing required, ending its clause,
                        # is a duty to obtain it (its bearer from the context, as for an agentless passive)
                        (?<=[a-z][ ])(?:is|are|shall[ ]be)[ ](?:also[ ]|further[ ]|likewise[ ])?required(?=[ ]*(?:[.;]|$))|
                        # (sanct20) "will" before a penalty that is one by itself ("Any operator that ... will be
                        # fined 2,000 yuan", machine and older translations of 将): the sanction frames read it as
                        # "shall" (_PASSIVE_MODAL); "will" elsewhere stays a statement of fact ("The bureau will publish")
                        will(?=[ ](?:also[ ])?be[ ](?:also[ ])?(?:fined|warned(?![ ](?:of|about|that|against)\b)|punished|penali[sz]ed|
                          prosecuted)\b)|
                        ought[ ]to|shall(?![ ]have[ ](?:the[ ]|an[ ]|a[ ])?{_NOUN_MOD}{POWER_NOUN}[ ](?:to|of[ ][a-z]+ing\b))(?![ ]be[ ]{_ADV}{PERMISSION_ADJ}[ ]to)
                             (?!(?<=\bit[ ]shall)[ ]be[ ]{_ADV}{LEAVE_ADJ}[ ](?:for|to))   # "It shall be lawful for X to"
                             # (Session 12, obl13) "It shall be in order for X to", "It shall be within the power of X
                             # to", "It shall be good practice for X to": the leave and counsel frames'
                             (?!(?<=\bit[ ]shall)[ ]be[ ](?:in[ ]order[ ]for|(?:within|in)[ ](?:the[ ])?(?:{POWER_NOUN}|competence)[ ]of|
                               (?:good[ ]practice|best[ ]practice|advisable|desirable|recommended|commendable)[ ]for)[ ])
                             (?![ ]be[ ](?:hereby[ ])?vested[ ]with[ ](?:the[ ])?(?:power|powers|authority)[ ]to)
                             # (Session 11, obl12) "shall be granted the discretion to V": the permission frame's
                             (?![ ]be[ ]{_ADV}(?:given|granted|accorded)[ ](?:the[ ]|an[ ]|a[ ])?{_NOUN_MOD}{POWER_NOUN}[ ](?:to|of)[ ])
                             # (Session 9) markers that open with "shall" and are read whole ("shall bear the burden of
                             # V-ing", "shall have (full) discretion to", "shall owe a duty to")
                             (?![ ](?:bear[ ]the[ ]burden[ ]of[ ][a-z]+ing|owe[ ](?:a|the)[ ](?:[\w-]+[ ])?(?:duty|obligation)[ ]to|(?<=\bit[ ]shall[ ])fall[ ](?:up)?(?:on|to))\b)|
                        must|(?<=\bstate[ ])will|
                        # (Session 9) "Should a dog die, the keeper is to ...": "should" that opens a clause before its
                        # subject is an inverted condition, no modal ("; should he fail to ...", ", should it fail to")
                        (?<!^)(?<!\n)(?<![.!?;:][ ])should(?!(?<=,[ ]should)[ ](?:he|she|it|they|the|an?|any|such)[ ])|
                        (?<!\bnot[ ])(?<!\bdo[ ])(?<!\bthe[ ])(?<!\ba[ ])(?<!\bno[ ])needs?[ ]to(?=[ ][a-z])|
                        (?:is|are)[ ](?:also[ ]|further[ ]|likewise[ ]|equally[ ]|then[ ])?to(?=[ ][a-z])|
                        # (Session 11, obl12) "Vendors selling cooked food are to:" a lead-in whose marker ends at the
                        # colon, as "shall:" does (its items are the duties)
                        (?:is|are)[ ]to(?=:[ ]*(?:\n|$))|bears?[ ](?!legal|criminal|civil|administrative|joint)(?:\w+[ ])?responsibility[ ]for|
                        have[ ]to|has[ ]to|
                        # (Session 13, deontic14) "has got to V": the colloquial "has to" (not "has got the", a noun)
                        # ((Session 14, extract18) and as a lead-in before its items, "has got to:", as "has to:")
                        (?:has|have)[ ]got[ ]to(?:(?=:)|{NOT_A_VERB_AFTER_TO}(?=[ ][a-z]))|
                        # (Session 11, obl12) "The market manager is held responsible for X": a responsibility the rule
                        # attributes to the party (a passive "hold"), not the bare competence of "is responsible for"
                        # (guide 1.2); "held liable" is a sanction's wording and stays out
                        (?:is|are|shall[ ]be|will[ ]be)[ ]held[ ](?:responsible|accountable|answerable)[ ]for(?=[ ][a-z])|
                        # "bears the burden of producing the records": the duty to do it (a burden of V-ing, not "of proof")
                        (?:shall[ ])?bears?[ ]the[ ]burden[ ]of(?=[ ][a-z]+ing\b))
      # "may", not the month ("issued on 5 May 2021", "in May 2021"; "Article 5 may be ..." is a modal)
      | (?P<permission>(?<=\bit[ ])(?:{IMPERSONAL_LEAVE_FRAME})|{HELD_POWER}|{PERSONAL_PERMISSION}|
                       # (Session 12, obl13) "may lawfully V": the adverb of the leave is part of the marker
                       may[ ](?:lawfully|legally)(?=[ ][a-z])|
                       # (Session 12, deontic13) "The power to seal X is vested in the station", "The discretion to
                       # waive X lies with the bureau": a power noun as subject, its holder after the verb of holding
                       # (as the duty and right nouns; the party read in obligations.py)
                       (?:(?<=^)|(?<=[.;:][ ])|(?<=\n))(?:the[ ])?{POWER_NOUN}[ ]to(?=[ ][a-z][^;:.]{{0,200}}?[ ](?:rests?|lies|lie|
                         falls?|belongs?|shall[ ](?:rest|lie|fall|belong)|(?:is|are|shall[ ]be)[ ]vested)[ ](?:with|(?:up)?on|to|in)[ ])|
                       # (Session 12, obl13) "Nothing in these Measures prevents X from V-ing": the text disclaims any
                       # bar on the act, a leave (the party after the verb, read in obligations.py)
                       (?:(?<=^)|(?<=[.;:][ ])|(?<=\n))nothing[ ]in[ ](?:these|this|the[ ]present)[ ][a-z]+[ ]
                         (?:shall[ ])?(?:prevents?|precludes?|bars?|prohibits?|restricts?)(?=[ ][^,;:.]{{1,120}}?[ ]from[ ][a-z]+ing\b)|
                       may(?![ ][12][0-9]{{3}}\b)(?!(?<=[0-9][ ]may)[ ][0-9])|can|(?:is|are)[ ](?:permitted|allowed)[ ](?:not[ ])?to|
                       # (Session 13, obl15) "is able to V" in a rule's main clause: leave, as "can" (obligations.py
                       # reads it as ability inside a content or purpose clause, as it reads "can")
                       (?:is|are)[ ]able[ ]to(?=[ ][a-z])|
                       # (Session 13, obl15) "is within its rights to V" (also with an aside set off by commas): a power
                       # the party holds, not a claim against another (guide: the wording; a "right to V" names one)
                       (?:is|are)[ ]within[ ](?:its|their|his|her|his[ ]or[ ]her)[ ]rights(?:[ ]to(?=[ ][a-z])|
                         (?=,[ ][^,;:.]{{1,80}},[ ]to[ ][a-z]))|

                       # (Session 10) "are vested with the power to V": a power granted, as "are empowered to"; "has the
                       # option of V-ing" / "has the option to V": the choice is the party's, as "may elect to"
                       (?:is|are|shall[ ]be)[ ](?:hereby[ ])?vested[ ]with[ ](?:the[ ])?(?:power|powers|authority)[ ]to|
                       # (Session 9) "is permitted, but not required, to V": a leave with a denial of duty set off by
                       # commas; "have (the) discretion to V": the choice is the party's
                       (?:is|are)[ ](?:permitted|allowed)(?=,[ ]but[ ]not[ ](?:required|obliged|bound),[ ]to[ ][a-z]))
    )\b""",
    X,
)
# "is permitted, but not required, to provide ...": the denial of a duty set off by commas is no part of the action
LEAVE_NOT_DUTY = re.compile(r",[ ]but[ ]not[ ](?:required|obliged|bound),[ ]to[ ]", X)
# (Session 11) "it is at liberty, however, to recover ...", "is bound, moreover, to keep ...": a connective set off by
# commas between the marker and "to" links the clause to the one before; it is no part of the action (an adverbial of
# the act, "is required, within ten days, to report", stays in it)
CONNECTIVE_TO = re.compile(r",[ ](?:however|though|nevertheless|nonetheless|moreover|furthermore|therefore|thus|"
                           r"accordingly|likewise|also|in[ ]turn|on[ ]the[ ]other[ ]hand),[ ]to[ ](?=[a-z])", X)
# "..., nor may it charge ...", "...; nor shall the operator ...": "nor" right before a modal opens a new clause whose
# subject follows the modal (negative inversion); the clause is a ban
NOR_INVERSION = re.compile(r"[,;][ ]+(?P<nor>nor)[ ]*$", X)
# "Only after checking X may A sell ...", "Only with the consent of B shall A ...": a fronted restriction with "only"
# inverts subject and modal as a negative does; the restriction is the clause's condition
ONLY_INVERSION = re.compile(r"only[ ]+(?:after|when|if|once|with|upon|on|where|by|through|in|before|until|within|"
                            r"under|following)\b[^;:]+", X)
# "..., in which case the operator shall ...", "...; in that case neither A nor B may ...": the phrase points back to the
# clause before as the circumstance of the next one; it opens a new clause (its condition) before that clause's subject
_CASE_PHRASE = r"in[ ](?:which|that|such[ ]a|this|either|any[ ]such)[ ](?:case|event)"
CASE_LEAD = re.compile(_CASE_PHRASE + r"[ ,]+(?=\w)", X)
# (Session 10) "..., but in either case bears the obligation to ...": the phrase alone before the modal, the subject
# elided (the coordinated clause's); the phrase is the clause's condition ("in each / every / any case" too)
CASE_ONLY = re.compile(r"(?:" + _CASE_PHRASE + r"|in[ ](?:each|every|any)[ ](?:case|event))[ ]*,?[ ]*", X)
CASE_CLAUSE = re.compile(r"[,;][ ]+(?P<case>" + _CASE_PHRASE + r")[ ,]+(?P<np>[^,;:.]{1,100})$", X)
# (Session 9) "Whoever keeps a dog ..." names the party the text calls a "dog keeper": the doer of the act, named by the
# agent noun of its verb with its object before it (keep -> keeper, operate -> operator, own -> owner)
WHOEVER_AGENT = re.compile(r"^whoever[ ]+"
                           r"(?P<verb>[a-z]+?)(?:es|s)?[ ]+(?:an?[ ]|the[ ]|any[ ]|their[ ]|his[ ]or[ ]her[ ])?(?P<obj>[a-z][\w-]*)\b", X)
# (Session 9) "shall be in charge of the supervision of funeral records": a thing named as the object of an act of
# oversight is what the party oversees, not what it produces (the thing before it: "the supervision of", "the
# inspection of the")
OVERSIGHT_OF = re.compile(r"\b(?:supervision|supervising|inspection|inspecting|oversight|overseeing|administration|"
                          r"administering|management|managing|regulation|regulating|monitoring|examination|review|"
                          r"auditing|audit)[ ]+of[ ]+(?:the[ ]+|all[ ]+|such[ ]+)?$", X)
# "is/are to" is a modal only after a subject, not after a noun that names an aim ("the purpose is to ...") or a
# pronoun of a clause ("what is to be done")
NOT_MODAL_IS_TO = re.compile(r"\b(?:(?:purpose|purposes|aim|aims|objective|objectives|goal|goals|intention|function|role|"
                             r"task|effect)(?:\s+of\s+(?:these|this|the)\s+[\w' -]{1,60}?)?|which|that|what|this|there|it)\s+$",
                             re.IGNORECASE)  # ("the purpose of these Rules is to ...")

# (Session 13, obl15) a word that stresses the quantifier and narrows nothing ("No person whatsoever may", "No person of
# any age may", "any individual at all"): still everyone (guide 1.4: only a qualifier that narrows makes it a party)
_ANY_AT_ALL = r"(?:[ ]+(?:whatsoever|whatever|at[ ]all|of[ ]any[ ](?:age|kind|sort|nationality|description)))?"
# A subject that denies the duty to everyone: "No organization or individual may ...".
# ("None of the operators may ...": a partitive that denies it to each of the party named)
NEGATED_SUBJECT = re.compile(rf"^(?:(?P<neg>No|Neither|None[ ]of)[ ]+(?:(?<=of[ ])(?:the|these|those|such)[ ]+)?(?P<np>.+)|"
                             rf"(?P<nobody>Nobody|No-one){_ANY_AT_ALL})$", X)  # (review15) "Nobody at all may": still a ban

# (Session 15, guide 1.12 c) A denied passive of a verb of giving whose subject is the party that receives ("No child
# shall be given the task of ...", "No minor may be assigned to night work", "No apprentice shall be entrusted with the
# keys"): the subject of a passive is acted on, so the ban is on the giver, not on the one given to; matched on the words
# from the modal to the participle
GIVEN_TO_RECIPIENT = re.compile(r"(?:shall|may|must|should|can|will)(?:[ ]+not)?[ ]+(?:[a-z]+ly[ ]+)?be[ ]+"
                                r"(?:[a-z]+ly[ ]+)?(?:given|granted|assigned|allotted|allocated|entrusted|handed|"
                                r"charged|tasked|offered|lent|loaned|sold|supplied|served|provided|issued|awarded|"
                                r"paid|sent|shown|taught)\b", re.IGNORECASE)

# "warning" as a penalty is the head of its noun phrase: a word that goes on the phrase ("a warning light", "a warning
# whistle", "warning signs") makes it a modifier of another noun, a thing and no penalty; what may follow a penalty's
# "warning" is a function word, an adverb of manner or time, or punctuation ("a warning and a fine", "a warning in
# writing", "a warning first")
WARNING_NOUN = (r"warnings?(?![ -](?!(?:and|or|but|nor|by|from|for|to|in|on|at|if|where|when|whereupon|unless|with|"
                r"within|of|as|under|pursuant|according|accordingly|shall|may|which|that|first|again|once|"
                r"immediately|publicly|also|then|together|the|a|an|its|their|his|her|is|are|be)\b)[a-z]+\b)")
# Statements with a modal that bind no one: scope, commencement, precedence, definitions, sanctions.
NOT_A_DUTY = re.compile(
    r"""
      ^(?:shall|may)[ ](?:also[ ])?apply\b(?![ ]for\b)              # "these Provisions shall apply to" (not "apply for")
    | ^shall[ ]not[ ](?:be[ ]subject[ ]to[ ]the[ ]provisions|apply)\b  # scope: "shall not be subject to the provisions"
    | ^shall[ ](?:come|go)[ ]into[ ](?:force|effect|operation)\b          # commencement
    | ^shall[ ](?:take[ ]effect|enter[ ]into[ ]force|be[ ]effective|become[ ](?:effective|operative))\b
    | ^shall[ ](?:prevail|govern)\b                      # precedence
    | ^shall[ ](?:have|bear)[ ]the[ ]following[ ]meaning # definitions
    | ^shall[ ](?:refer[ ]to|mean)\b
    | ^shall[ ]be[ ](?:collectively[ ]|jointly[ ]|hereinafter[ ])?(?:referred[ ]to[ ]as|called(?![ ]off)|known[ ]as)\b  # a name given
                                                          # ((session 11) "shall be called off" calls an event off)
    | ^shall[ ]be[ ](?:penali[sz]ed|punished|fined|given[ ]a[ ]""" + WARNING_NOUN + r"""|held[ ](?:legally|criminally)[ ]liable|
                     investigated|subject[ ]to[ ](?:penalt|punishment|sanction))
    | ^shall[ ]be[ ]imposed                               # "heavier penalties shall be imposed"
    # how the text's words are read: "shall be interpreted", (session 10) "are to be interpreted (construed, understood)
    # as follows" (a definitions lead-in)
    | ^(?:shall|(?:is|are)[ ]to)[ ]be[ ](?:interpreted|construed|understood)\b
    | ^(?:shall|does|do|will)[ ]not[ ](?:affect|prejudice|impair)[ ](?:the[ ])?(?:validity|effect|\w+'s[ ]right|an[ ]individual's)
                                                          # legal effect: "the withdrawal shall not affect the validity of"
    | ^shall[ ]impose[ ](?:\S+[ ]){0,4}?(?:penalt|punishment|sanction|fine)   # sanction clauses
    | ^shall[ ]be[ ]responsible[ ]for[ ]the[ ]interpretation
    | ^shall[ ]be[ ](?:protected|guaranteed|safeguarded)[ ]by[ ](?:the[ ])?law\b   # legal effect (guide 2)
    # (Session 15, probe20) ownership is a relation, not an act: "Mineral resources shall be owned by the State",
    # "Forest resources shall belong to the whole people" name an owner, whom the by-phrase does not bind to do anything
    | ^(?:shall|must)[ ](?:be[ ](?:\w+ly[ ])?owned[ ]by|(?:\w+ly[ ])?belong[ ]to)\b
    | ^shall[ ]be[ ]determined[ ](?:in[ ]accordance[ ]with|according[ ]to|based[ ]on|on[ ]the[ ]basis[ ]of)\b
                                                          # how a thing is determined by law (guide 2)
    | ^shall[ ](?:be[ ](?:repealed|abolished|annulled|invalidated)|cease[ ]to[ ](?:be[ ])?(?:effective|valid|in[ ]force|
                 have[ ]effect|apply)|remain[ ](?:valid|in[ ]force|effective))\b      # repeal and validity
    | ^shall[ ]be[ ](?:valid|effective|in[ ]force)[ ](?:for|until|till|through)\b   # a term of validity ("for five years")
    | ^shall[ ]be[ ](?:\w+[ ]){1,2}?with[ ]reference[ ]to\b   # application by analogy ("carried out with reference to")
    """,
    X,
)
# "be imposed" is a penalty only when what is imposed is one ("a fine of 2,000 yuan shall be imposed", "heavier
# penalties shall be imposed"); "Conditions may be imposed on the use of the data" is no sanction
# (PENALTY_NOUN, below the penalty lexicon)
SANCTION_SUBJECT = re.compile(r"(?:penalt|punishment|sanction|liabilit|fine)\w*$", re.IGNORECASE)

# --- conditions --------------------------------------------------------------------------

# Words that open a leading condition: "Where ...,", "If ...,".
CONDITION_OPENER = re.compile(
    r"""^(?:where|if|when|whenever|in[ ]case(?:[ ]of)?|in[ ]the[ ]event[ ](?:of|that)|unless|provided[ ]that|
          once|after|before|upon|
          # (sanctform16) "failing that (which, this, compliance), X shall ...": "if it is not done", a condition
          failing[ ](?:that|which|this|so|such|compliance)|
          # (Session 9) "Should a dog die, ...": the inverted conditional (subject after "should", a bare verb)
          should(?=[ ](?:he|she|it|they|the|an?|any|such|its|their|[a-z][\w-]*[ ](?:[\w-]+[ ]){0,6}?(?:fail|be|die|not|have|cease|refuse|become)\b)))\b""",
    X,
)
# (session 17, obl23) "After each trip the pet driver is to ...", "Before each ride the operator shall ...": "after",
# "before" and "upon" are prepositions as well as subordinators; with a quantified or determined noun phrase of at most
# three words and no comma, the phrase is the opening circumstance and the subject follows at its own determiner. No
# auxiliary, modal or finite "be"/"have" in the object ("After the car is towed the operator ..." is a clause and
# keeps its old reading).
PREPOSITIONAL_LEAD = re.compile(
    r"""^(?:after|before|upon)[ ](?:each|every|the|a|an|its|their|any)[ ]
         (?:(?!(?:is|are|was|were|be|been|has|have|had|shall|must|may|should|will|can|does|do|did)\b)[a-z-]+[ ]){1,3}?
         (?=(?:the|a|an|any|all|every|each)[ ])""",
    X,
)
# (session 17, obl23) a clause that opens with "how", "whether" or "why" before its subject is a noun clause (an
# indirect question: an item of a list of things to be filed, the subject of "is decided by"), never a main clause,
# since English inverts a question's modal: "(3) how riders may complain" binds no rider.
NOUN_CLAUSE_OPENING = re.compile(r"^(?:how|whether|why)[ ][a-z]", X)

# A post-modifier that narrows the subject: "... providers that have completed ...",
# "... supporters who provide ...", "... providers with attribute of ...", "... providers providing ...".
SUBJECT_POSTMODIFIER = re.compile(
    r"""[ ,]+(?=(?:that|who|whose|which|with|having|capable[ ]of|engaged[ ]in|outside|inside|within|
              # (Session 13, guide 1.10) a place after the party's name says which of its members are bound
              # ("villagers' committees near an ice area", "shopkeepers along streets"): the condition
              near|along|alongside|around|beside|bordering|adjacent[ ]to|next[ ]to|close[ ]to|
              in[ ]the[ ]vicinity[ ]of|(?:located|situated)[ ](?:in|at|on|near|along|within|outside|inside|beyond)|
              # ((Session 14, extract18) guide 1.10 again: a place with an indefinite article says which members are
              # bound ("every angler on a platform", "locksmiths in a market"; a definite one, "governments at the
              # county level", can be a name's level), and so does an age ("climbers under fourteen years of age",
              # "operators over the age of sixty", "skaters aged under twelve"; "departments under the State Council"
              # is a name: no age follows)
              (?:on|in|at|aboard)(?=[ ](?:a|an)[ ])|
              (?:under|over|below|above)(?=[ ](?:the[ ]age[ ]of|[\w-]+[ ](?:full[ ])?years?[ ](?:of[ ]age|old)\b))|
              aged(?=[ ](?:under|over|below|above|between|from|\d|[a-z]+[ ](?:years?|or|to|and)\b))|
              as[ ](?:specified|provided|prescribed|set[ ]forth|defined)|
              # a participle whose agent points back ("agencies established by that department"): no part of a name a
              # reader can use alone ("the organization designated by the national cyberspace department" is one)
              (?:established|set[ ]up|designated|appointed|approved|authori[sz]ed|entrusted|commissioned)[ ]by[ ]
              (?:that|this|those|these|such|the[ ]said|the[ ]same|the[ ]above|the[ ]aforesaid)\b|
              [a-z]+ing\b(?<!\bthing)(?<!\bbeing)(?<!\bstring)|
              # (session 13, cond14) a past participle with its complement narrows as a present one does ("a spectator
              # injured by a falling aircraft", "workers exposed to dust"); not one that names an office or a tie
              # (above and below), refers to a provision ("referred to in", "specified in") or places the party
              # (guide 1.9, open)
              (?!(?:established|designated|appointed|approved|authori[sz]ed|entrusted|commissioned|hired|engaged|
                 employed|referred|mentioned|specified|prescribed|provided|listed|named|defined|stipulated|described|
                 concerned|located|situated|based|registered|stationed|headquartered|domiciled|incorporated|
                 organi[sz]ed|organised|accredited|licensed|certified|qualified|responsible|tasked|charged|vested|
                 # (review14) more ties of a party to another, whose it is (guide 1.10: part of the name): "hospitals
                 # affiliated to a university", "workers dispatched by a labour agency", "enterprises controlled by
                 # the state", "members elected by the assembly", "students enrolled in the school"
                 affiliated|attached|assigned|dispatched|seconded|deployed|subordinated|controlled|owned|funded|
                 financed|sponsored|elected|nominated|delegated|contracted|recruited|retained|enrolled|admitted|
                 insured|invested)\b)
              [a-z]{3,}ed[ ](?:by|to|in|at|with|from|on|during)\b)[ ]|
              # a relative pronoun before an adverbial set off by commas ("operators that, in the course of business,")
              (?:that|who|which),[ ]|
              # a participle whose agent is a pronoun for the party before ("the enterprises entrusted by them")
              (?:established|set[ ]up|designated|appointed|authori[sz]ed|entrusted|commissioned|hired|engaged|
              employed)[ ]by[ ](?:them|it|him|her)\b)""",
    X,
)

# --- extraction: subjects, universal bearers, sanctions (issue 12) ----------------------------

# A phrase that opens a sentence before its subject: a preposition, a subordinator, an infinitive
# of purpose or a sentence adverb ("To process ..., X shall", "In accordance with ..., X shall",
# "In addition to complying with ..., X shall", "Additionally, it must"). A noun-phrase subject
# never starts with one of these words.
LEAD_ADVERBIAL = re.compile(
    r"""^(?:to|in|for|on|under|with|without|within|except|excluding|based|according|pursuant|subject|as|by|
          during|through|besides|apart|beyond|upon|after|before|additionally|also|further|furthermore|moreover|
          meanwhile|however|likewise|similarly|otherwise|where|if|when|whenever|unless|once|while|provided|
          notwithstanding|regardless|except|
          prior|pending|from|throughout|regarding|concerning|at|because|due|given|considering|
          # (session 15) "Together with the application, the organiser is obliged to submit ...": a phrase of
          # accompaniment that opens the sentence, not its subject
          together[ ]with|along[ ]with|alongside)\b""",
    X,
)
# Words that end a subject and open an adverbial inside it ("A department ... when fulfilling its duties may").
INNER_ADVERBIAL = re.compile(r"(?:,[ ]+|[ ]+)(?=(?:when|where|if|while|whenever|in[ ]the[ ]course[ ]of|in[ ]performing|"
                             r"in[ ]accordance[ ]with|according[ ]to|based[ ]on|before|after|upon)\b)", X)
# Translator's glosses and asides inside a subject: "[国家网信部门]", "(hereinafter referred to as X)", "etc."
# A relative clause set off by commas ("Users (...), which include hospitals and patients, shall") describes the
# subject and does not narrow it: an aside too.
SUBJECT_ASIDE = re.compile(r"\[[^\]]*\]|[(（][^()（）]*[)）]|,?[ ]*\betc\.?,?|[ ]*:(?=,)"
                           # (a modal inside it too, since session 13: "The station, which must keep X, shall")
                           r"|,[ ]+(?:which|who)[ ]+[^,;:()]+,[ ]*$"
                           # an apposition that identifies ("A, namely B, shall"; "A, that is, B, shall"): B is A
                           r"|,[ ]+(?:namely|that[ ]is|i\.e\.|viz\.)[ ,]+.+?(?=,[ ]+(?:and|or)[ ]|,?[ ]*$)"
                           # a co-actor in a prepositional phrase ("A, together with B, shall"; "A jointly with B
                           # shall"): the grammatical subject A bears the clause, B is named in it (guide 1.4)
                           r"|,?[ ]+(?:together[ ]with|jointly[ ]with|in[ ]conjunction[ ]with|in[ ]concert[ ]with|"
                           r"in[ ]coordination[ ]with|in[ ]cooperation[ ]with|along[ ]with)[ ]+[^,;:()]+,?[ ]*$")
# A universal bearer: everyone, or every organisation and individual, without a restricting modifier.
UNIVERSAL_SUBJECT = re.compile(
    rf"""^(?:(?:any|every|all|no)[ ]+)?(?:one|body|person|persons|organi[sz]ations?|individuals?|entit(?:y|ies)|units?|
          citizens?)(?:[ ]+(?:or|and)[ ]+(?:(?:any|every|all)[ ]+)?(?:persons?|organi[sz]ations?|individuals?|
          entit(?:y|ies)|units?|citizens?))?{_ANY_AT_ALL}$|^(?:anyone|everyone|everybody|no[ ]one|nobody|anybody){_ANY_AT_ALL}$""",
    X,
)
# --- the penalty lexicon (session 10): the kinds of penalty in PRC law, one row per class -------------------------
# A sanction is a penalty class (what is done to the violator) said in a frame (how the sentence puts it). Each row of
# PENALTY_CLASSES gives one class in the forms the frames need, as regex fragments ("" where the class has none):
#   noun - the penalty named as a noun ("a fine", "revocation of its licence", "administrative detention"): what a
#          violator bears, incurs, is subject to or punishable by, what is imposed on or given to it
#   suffer - its participle after "be" that is a penalty whatever the paragraph says ("fined", "prosecuted",
#          "blacklisted", "entered in the credit records")
#   done - its participle after "be" that is a penalty only where the paragraph names a violation ("struck off the
#          register", "demoted", "exposed to the public"; a licence is also "suspended" at its holder's request)
#   had  - its participle after the causative "have its N", a penalty whatever the paragraph says ("have its illegal
#          gains confiscated", "have its licence revoked")
#   had_v - the same, a penalty only after a violation ("have its qualification grade lowered", "... restricted")
#   bear - the violator's own verb of a penalty ("forfeit its deposit"); a violation needed as for "done"
#   done_near, bear_near, do_near - forms that name a penalty only when the violation is close: in the same sentence,
#          or in the clause's own subject or condition (SANCTION_NEAR). A place "closed", an event "called off", a
#          party's redress ("compensate the owners", "return the fees") or the names of parties published are also the
#          ordinary acts and states of a rule (opening hours, refunds, lists of approved parties); a violation a
#          sentence away does not make them penalties. Redress is the violator's own: a public body's is its duty
#   do   - the authority's verb with its object ("revoke its licence", "demote the persons in charge"); a penalty only
#          where the paragraph names a violation ("the bureau shall cancel the meeting" is none)
#   not_ - what follows the noun where the word names no penalty ("the fine print", "a warning label"): the
#          negative rows, which hold in every frame
# The frames (SANCTION_PASSIVE, SANCTION_WITHDRAWAL, SANCTION_POWER, PENALTY_NOUN here, LIABLE in sanctions.py) take
# their penalties from these rows: a new class, or a new wording of one, is one row in one place.
# ((session 15) and a demonstrative that points back at the violator, as "such" does: "bar that borrower from ...")
# (review21) "held to account (accountable) for" a charge, not a wrong: "shall be held to account for the safety of the
# visitors in his group" (负责, the party's duty, as "is held responsible for" is: obligations) against "for its
# violations", "for the loss caused", bare "held to account" (追究); after "for", a wrong or a harm within the phrase
_FOR_A_CHARGE = (r"(?![ ]for[ ](?![^,;.]{0,60}?\b(?:violat|breach|contraven|illegal|unlawful|offen[cs]|wrong|acts?\b|"
                 r"conduct|failures?\b|fault|neglig|neglect|loss|damage|harm|injur|accident|consequences|misconduct|"
                 r"abuse|derelict|errors?\b|mistakes?\b|crime|it\b|this\b|that\b|them\b)))")
_OBJ = r"(?:it|them|him[ ]or[ ]her|him|her|(?:the|such|that|this|those|these|its|their|his|her|each[ ]of[ ]the)[ ](?:[\w-]+[ ]){0,4}?[\w-]+)"
_POSS = r"(?:its|their|his[ ]or[ ]her|his|her|the(?:[ ][\w-]+)?['’]s?|the|relevant)"  # whose licence, whose grade
_PERMIT = (r"(?:licen[cs]es?|permits?|certificates?|registrations?|qualifications?|filings?|approvals?|authori[sz]ations?|"
           r"accreditations?|credentials?|designations?|appointments?)")  # (defsanct12) "withdraw its appointment"
_BUSINESS = r"(?:business|production|operations?|activities|practice|services?|trading)"
# a warning given to the violator: "give (it) a warning", "issue the operator a warning", (Session 10) "warn it" (a
# pronoun object only, and not "warn them of / about / that": a notice of a risk is no warning as a penalty)
_WARNING = (r"(?:(?:give|issue)[ ](?:(?:it|them|him[ ]or[ ]her|him|her|the[ ]\w+|such[ ]\w+)[ ])?(?:a[ ])?" + WARNING_NOUN + "|"
            r"warn[ ](?:it|them|him[ ]or[ ]her|him|her)\b(?![ ](?:of|about|that|against)\b))")
_DURATION = r"(?:for[ ](?:life|a[ ]period|(?:not[ ]more[ ]than[ ]|up[ ]to[ ])?\w+[ ](?:years?|months?))|permanently)"


# the heads of a public body's name ("department", "bureau", "court"; PUBLIC_BODY) and (sanct22) the other heads of one
# that imposes penalties ("the harbour office", "the police station", "the traffic police brigade"; PUBLIC_IMPOSER)
_PUBLIC_HEAD = (r"(?:departments?|bureaus?|administrations?|authorit(?:y|ies)|commissions?|ministr(?:y|ies)|organs?|"
                r"governments?|agenc(?:y|ies)|customs|courts?|procuratorates?)")
_IMPOSER_HEAD = (r"(?:offices?|stations?|brigades?|detachments?|bureaux|councils?|police|inspectorates?|regulators?|"
                 r"committees?|procuratorates?)")


class PenaltyClass(NamedTuple):
    """One kind of penalty in its forms (regex fragments, see above)."""

    name: str
    noun: str = ""
    suffer: str = ""
    done: str = ""
    had: str = ""
    had_v: str = ""
    bear: str = ""
    do: str = ""
    done_near: str = ""
    bear_near: str = ""
    do_near: str = ""
    not_: str = ""


# (probe19b) the criminal law named as the law a party answers under ("under criminal law", "under the criminal law",
# "in accordance with the provisions of the Criminal Law")
_CRIMINAL_LAW = r"(?:the[ ])?(?:(?:relevant[ ])?provisions[ ]of[ ](?:the[ ])?)?criminal[ ]law\b"
_REFERRAL_DO = (r"(?:transfer|hand(?:[ ]over)?|refer)[ ](?:the[ ]case|such[ ]cases?|it|them|him|her)(?:[ ]over)?[ ](?:\w+[ ]){0,3}?"
                r"to[ ](?:the[ ])?(?:judicial|public[ ]security)[ ](?:organs?|authorities)")
# (sanct21) "detained for not less than five days", "detained for more than 10 and less than 15": detention counted in
# days (the "suffer" form of the detention class below)
_DETAINED_IN_DAYS = (r"detained[ ](?!(?:[\w-]+[ ]){0,3}?(?:pending|for[ ]questioning|for[ ]investigation)\b)"
                     r"(?:[\w-]+[ ]){0,8}?(?:(?:days?|months?)\b|\d+(?=[ ]*(?:[,;.]|$)))"
                     # (goods held "for 30 days for quarantine" are held for a purpose, no penalty)
                     r"(?![^,;.]{0,30}?\bfor[ ](?:quarantine|inspection|examination|testing|investigation|"
                     r"questioning|verification|identification)\b)")
PENALTY_CLASSES: tuple[PenaltyClass, ...] = (
    # the Administrative Penalty Law's kinds
    PenaltyClass("warning", noun=WARNING_NOUN, suffer=r"warned(?![ ](?:of|about|that|against)\b)",
                 do=_WARNING + r"|(?:give|issue)[ ](?:" + _OBJ + r"[ ])?(?:a[ ])?warnings?",
                 not_=r"-|labels?|signs?|lights?|lines?|messages?|systems?|devices?|signals?|notices?"),
    # (defsanct13) the same reproof in other verbs: "shall be publicly censured", "shall be reprimanded", "admonished"
    PenaltyClass("criticism", noun=r"(?:notices?|circulars?|bulletins?)[ ]of[ ](?:public[ ])?critici[sz]m|"
                                   r"(?:public[ ])?(?:censure|reprimand|admonition)s?",
                 suffer=r"(?:publicly[ ]|named[ ]and[ ])?(?:critici[sz]ed|censured|reprimanded|admonished)\b",  # "... in a circular"
                 # "circulate a notice of criticism", "serve the operator a written notice of criticism", "issue a
                 # circular of criticism to it", "criticise it publicly"
                 # ((session 15) the one criticised in up to five words: "serve the stall holder a notice of criticism")
                 do=r"circulate[ ]a[ ](?:notice[ ]of[ ])?critici[sz]m|(?:give|issue|serve)[ ](?:" + _OBJ + r"[ ])?an?[ ]"
                    r"(?:public[ ]|written[ ])?(?:notice|circular|bulletin)[ ]of[ ]"
                    r"(?:public[ ])?critici[sz]m|(?:publicly[ ])?(?:critici[sz]e|censure|reprimand)[ ](?:it|them|the[ ]\w+)"),
    # (Session 11) the violator's own "shall pay a fine of ..." after a violation (indefinite: a penalty named here;
    # "shall pay the fine within 15 days" pays one already imposed, a duty)
    PenaltyClass("fine", noun=r"fines?", suffer=r"fined", do=r"fine", bear=r"pay[ ]an?[ ](?:[\w-]+[ ]){0,2}?fine\b",
                 not_=r"-|print|grained|dust|particles?|arts?|tuning|wines?"),
    PenaltyClass("confiscation", noun=r"confiscation", done=r"forfeited", had=r"confiscated|seized|forfeited",
                 # (defsanct12) the violator's own loss of what it holds, after a violation: "shall forfeit its
                 # deposit", "shall lose the stall"
                 bear=r"(?:forfeit|lose)[ ](?:its|their|his|her|his[ ]or[ ]her|the)[ ](?:[\w-]+[ ]){0,2}?[\w-]+",
                 # "may be seized / impounded / taken in by the bureau"
                 suffer=r"confiscated|(?:seized|impounded|taken[ ](?:in|away))[ ]by\b",
                 # (Session 11) "shall have the fee recovered by the bureau": an unlawful gain clawed back, after a violation
                 had_v=r"recovered|recouped|clawed[ ]back",
                 # ("shall forfeit its deposit": the subject loses its own, the bear form; not the authority's act)
                 do=r"confiscate|forfeit(?![ ](?:its|their|his|her)\b)",
                 # (Session 13, obl15) "its boats shall be detained", "its trucks shall be impounded": the violator's
                 # things held, a penalty only after a violation close by (a thing seized for a fact is no penalty)
                 done_near=r"(?:seized|impounded|detained)(?![ ](?:for[ ]questioning|in[ ]custody))"),
    PenaltyClass("permit", noun=r"(?:revocation|suspension|cancell?ation|withdrawal)[ ]of[ ](?:[\w-]+[ ]){0,3}?" + _PERMIT,
                 done=r"deprived[ ]of[ ](?:" + _POSS + r"[ ])?(?:[\w-]+[ ]){0,3}?" + _PERMIT,
                 had=r"revoked|suspended|cancell?ed|withdrawn",
                 # "suspend" is a penalty of what the party holds, a grant, an activity or an access ("suspend its
                 # licence", "suspend the business", "suspend the person's access to the platform"); "suspend the
                 # review of the application" is a step of a procedure
                 do=r"revoke|suspend[ ](?:[\w'’-]+[ ]){0,4}?(?:" + _PERMIT + "|" + _BUSINESS +
                    r"|access|rights?|accounts?|eligibility|membership)\b|"
                    # ((Session 14, extract17) and the party's use of a thing: "suspend its use of the hall")
                    r"suspend[ ]" + _POSS + r"[ ]use\b|"
                    r"(?:withdraw|cancel|annul|rescind)[ ]" + _POSS + r"[ ](?:[\w-]+[ ]){0,3}?" + _PERMIT +
                    r"|deprive[ ]" + _OBJ + r"[ ]of[ ](?:" + _POSS + r"[ ])?(?:[\w-]+[ ]){0,3}?" + _PERMIT),
    PenaltyClass("grade", noun=r"(?:lowering|downgrading|reduction)[ ]of[ ](?:[\w-]+[ ]){0,3}?(?:grades?|levels?|ratings?)",
                 done=r"lowered|downgraded", had_v=r"lowered|downgraded|reduced",
                 do=r"(?:lower|downgrade|reduce)[ ]" + _POSS + r"[ ](?:[\w-]+[ ]){0,3}?(?:grades?|levels?|ratings?)"),
    PenaltyClass("restriction", noun=r"restrictions?[ ](?:on|of)[ ](?:[\w-]+[ ]){0,2}?" + _BUSINESS,
                 done=r"restricted[ ]in[ ](?:[\w-]+[ ]){0,3}?" + _BUSINESS, had_v=r"restricted",
                 do=r"restrict[ ]" + _POSS + r"[ ](?:[\w-]+[ ]){0,2}?" + _BUSINESS),
    # (defsanct13) performance in the violator's place, at its cost: "the bin shall be removed by the bureau at the
    # operator's cost", "the bureau shall demolish the shed at the owner's expense" (near a violation: a thing removed
    # at a cost is otherwise a service)
    PenaltyClass("substitute",
                 done_near=r"(?:removed|demolished|dismantled|cleared(?:[ ]away)?|towed(?:[ ]away)?|cleaned[ ]up|"
                           r"carried[ ]out|done|performed|repaired|restored|taken[ ](?:down|away))[ ][^,;.]{0,80}?at[ ](?:the[ ])?"
                           r"(?:[\w'’-]+[ ]){0,3}?(?:own[ ])?(?:costs?|expenses?)\b|"
                           # ((sanct22) or by a named agent, near a violation: "where it fails to file, the kiosks shall
                           # be removed by the city bureau" (the authority's removal in the violator's place)
                           # ((review21) the agent a public body: "the waste shall be removed by the park keeper" after a
                           # vendor's breach is the keeper's own work, no measure taken in the violator's place)
                           r"(?:removed|demolished|dismantled|towed[ ]away|taken[ ](?:down|away))[ ]by[ ](?:the|an?)[ ]"
                           r"(?=(?:[\w-]+[ ]){0,6}?(?:" + _PUBLIC_HEAD + "|" + _IMPOSER_HEAD + r")\b)(?![\w-]+(?:['’]s|s['’])[ ])",
                 # ((sanct22) the causative, the violator's things removed by an agent at its own cost: "shall have those
                 # chairs removed by the bureau at its own expense" (a penalty by itself: the work done in its place)
                 had=r"(?:removed|demolished|dismantled|towed[ ]away|taken[ ](?:down|away))[ ]by[ ](?:the|an?)[ ][^,;.]{1,60}?"
                     r"[ ]at[ ](?:its|their|his|her|his[ ]or[ ]her)[ ]own[ ](?:costs?|expenses?)",
                 # ((sanctform16) and "take it down / take down the shed at the holder's expense", as "remove")
                 do_near=r"(?:(?:remove|demolish|dismantle|clear(?:[ ]away)?|tow(?:[ ]away)?|clean[ ]up|repair|restore|"
                         r"take[ ](?:down|away))[ ][^,;.]{1,80}?|take[ ](?:it|them)[ ](?:down|away))"
                         r"[ ]at[ ](?:the[ ])?(?:[\w'’-]+[ ]){0,3}?(?:own[ ])?(?:costs?|expenses?)\b|"
                         # ((Session 14, extract18) the causative: the authority "shall have it dismantled / have the
                         # shed removed at the owner's expense", the work done by others in the violator's place)
                         r"have[ ]" + _OBJ + r"[ ](?:removed|demolished|dismantled|cleared(?:[ ]away)?|towed(?:[ ]away)?|"
                         r"cleaned[ ]up|repaired|restored|taken[ ](?:down|away))[ ]"
                         # ((sanct22) not the violator's own causative "have those chairs removed by the bureau at its own
                         # expense": the subject pays, another removes; the substitute `had` form reads it)
                         r"(?!by[ ](?:the|an?)[ ][^,;.]{1,60}?[ ]at[ ](?:its|their|his|her)[ ]own\b)[^,;.]{0,80}?at[ ](?:the[ ])?"
                         r"(?:[\w'’-]+[ ]){0,3}?(?:own[ ])?(?:costs?|expenses?)\b"),
    # (Session 11) a place "shall be closed" and an event "shall be called off" for a violation in the same sentence:
    # the business or the event stopped, as "closed down"; not "closed to traffic", "closed on public holidays" (a
    # schedule) nor a place closed a sentence away from the violation
    PenaltyClass("closure", noun=r"suspension[ ]of[ ](?:[\w-]+[ ]){0,2}?(?:production|business|operations?)|closure",
                 done=r"(?:closed|shut)[ ]down",
                 # ((Session 14, extract18) a place or a thing "sealed up" (the authority's seal put on it, the
                 # measure of closing it in PRC law), near a violation: a bin or a sample "sealed" for storage is none)
                 done_near=r"closed\b(?![ ](?:to|on|at|during|between|from|after|before|every|each|daily|nightly|"
                           r"overnight|except)\b)|called[ ]off|sealed[ ]up",
                 had_v=r"closed(?:[ ]down)?",
                 do=r"(?:close|shut)[ ]down[ ]" + _OBJ + r"|(?:close|shut)[ ]" + _OBJ + r"[ ]down",
                 # (session 15) the authority's own "seal up the rooms concerned", near a violation, as "sealed up"
                 do_near=r"seal[ ]up[ ]" + _OBJ + r"|seal[ ]" + _OBJ + r"[ ]up\b"),
    PenaltyClass("bar", noun=r"(?:bans?|prohibitions?)[ ]on[ ](?:engaging|practi[cs]ing)|disqualification",
                 # ("prohibited from" is also a duty's ban: a penalty only for a time, "for three years", "for life")
                 # (sanct20) "shall be banned by the bureau" (取缔, an unlicensed business shut down): with its agent and a
                 # violation in the paragraph; a bare "X shall be banned" is a rule's own prohibition and stays none
                 done=r"disqualified|(?:barred|banned)[ ]from|banned(?=[ ]by[ ])|prohibited[ ]from[ ][^.;]{1,80}?" + _DURATION,
                 do=r"(?:bar|ban|disqualify)[ ]" + _OBJ + r"[ ]from|disqualify[ ]" + _OBJ + "|prohibit[ ]" + _OBJ +
                 r"[ ]from[ ][^.;]{1,80}?" + _DURATION + r"|prohibit[ ]\S+[ ]persons?|decide[ ]to[ ]prohibit"),
    # (sanct21) a person "detained for not less than five days but not more than ten days", "detained for more than 10
    # and less than 15": detention measured in days is the penalty itself (administrative detention is counted in days),
    # whatever the paragraph says; "detained" alone, or held "pending" a step or "for questioning", is a measure of
    # procedure and still needs a violation (done)
    # ((review20) only a person's: goods, animals or a vessel "detained for 30 days" are held as a measure (扣留), no
    # penalty by itself: THING_DETAINED, obligations._thing_detained)
    PenaltyClass("detention", noun=r"(?:administrative[ ])?detention", done=r"detained", suffer=_DETAINED_IN_DAYS,
                 # ((sanctform16) any party as the object: "detain the locksmith for up to 15 days"; the power needs a
                 # violation in the paragraph, as every "do" form)
                 do=r"detain[ ]" + _OBJ),
    # public servants' sanctions
    PenaltyClass("staff", noun=r"(?:disciplinary|administrative|party)[ ](?:sanctions?|punishments?|penalt(?:y|ies))|"
                               r"demotion|dismissal|removal[ ]from[ ](?:office|post)",
                 # (Session 11) "shall be disciplined (according to law)": a disciplinary sanction by its verb
                 suffer=r"disciplined\b",
                 done=r"demoted|dismissed|removed[ ]from[ ](?:office|(?:his|her|their)[ ]posts?)",
                 do=r"(?:demote|dismiss)[ ]" + _OBJ + r"|remove[ ]" + _OBJ + r"[ ]from[ ](?:office|(?:his|her|their)[ ]"
                    r"posts?)|give[ ](?:" + _OBJ + r"[ ])?(?:(?:disciplinary|administrative)[ ](?:or|and)[ ])?"
                    # ((sanct21) and both kinds: "give administrative or disciplinary sanctions of demotion")
                    r"(?:disciplinary|administrative)[ ](?:sanctions?|punishments?)"),
    # credit measures
    # (defsanct13) demerit points recorded against a party: "a demerit of ten points shall be recorded against the
    # operator" (near a violation: "recorded against the account" is bookkeeping)
    PenaltyClass("credit", noun=r"(?:entry|inclusion|listing)[ ](?:in|on|into)[ ](?:[\w-]+[ ]){0,4}?(?:credit|blacklist)|"
                                r"demerits?(?:[ ]points?)?|penalty[ ]points",
                 done_near=r"(?:entered|recorded|registered|logged)[ ]against\b",
                 # "shall be entered in the list of seriously dishonest entities", "recorded in its credit file"
                 # (defsanct12) the agent may stand between the participle and the list: "shall be entered by the
                 # department in the list of untrustworthy operators"
                 # (defsanct13) "named" as "listed", a list owned by a possessive ("the district's list of"), and
                 # the list's parties named by their records ("studios with poor records", "defaulters")
                 suffer=r"(?:entered|included|placed|listed|named)[ ](?:by[ ](?:the|a|an)[ ][^,;.]{1,60}?[ ])?(?:in|on|into)[ ]"
                        r"(?:the[ ]|a[ ])?(?:[\w-]+['’]s?[ ])?(?:list|register|roster|"
                        r"catalogue)[ ]of[ ](?:[\w-]+[ ]){0,3}?(?:dishonest|untrustworthy|discredited|bad[ ]faith|"
                        r"blacklisted|(?:poor|bad|negative)[ ](?:records?|credit|standing)|violators|offenders|defaulters)|blacklisted\b|(?:entered|recorded)[ ](?:in|on|into)[ ](?:the[ ]|its[ ]|their[ ])?"
                        r"(?:[\w-]+[ ]){0,3}?credit\b",
                 done=r"(?:entered|included|listed|placed|recorded)[ ](?:in|on|into|as|under)[ ](?:the[ ]|a[ ]|an[ ])?"
                      r"(?:[\w-]+[ ]){0,6}?(?:blacklists?|abnormal|dishonest|untrustworthy|key[ ]supervision)\b|"
                      r"placed[ ]under[ ](?:key|special|strict)[ ]supervision|struck[ ](?:off|out)\b|"
                      r"removed[ ]from[ ](?:the|its)[ ](?:[\w-]+[ ]){0,2}?register",
                 do=r"(?:enter|include|list|place|record)[ ]" + _OBJ + r"[ ](?:in|on|into|as|under)[ ](?:the[ ]|a[ ]|an[ ])?"
                    r"(?:[\w-]+[ ]){0,6}?(?:blacklists?|abnormal|dishonest|untrustworthy|credit|key[ ]supervision)|"
                    r"blacklist[ ]" + _OBJ + r"|strike[ ]" + _OBJ + r"[ ]off\b"),
    PenaltyClass("exposure", noun=r"public[ ]exposure", done=r"exposed[ ](?:to[ ]the[ ]public|publicly)",
                 # (defsanct12) "shall be named on the bureau's website / in the press": named where the public reads
                 suffer=r"publicly[ ](?:named|exposed|shamed|disclosed)\b|named[ ]and[ ]shamed\b|"
                        r"(?:named|listed)[ ](?:on|in)[ ](?:[\w'’-]+[ ]){0,3}?(?:websites?|portals?|press|newspapers?|media)\b",
                 do=r"publicly[ ]expose[ ]" + _OBJ + r"|expose[ ]" + _OBJ + r"[ ](?:to[ ]the[ ]public|publicly)|"
                    # the violator's own acts or name made known ("announce its violations", "publish the violator's
                    # name"); "the violations" only with "to the public / publicly": "publish the violations found in
                    # inspections each quarter" is an authority's report, no penalty on anyone
                    r"(?:announce|publish|disclose|make[ ]public)[ ](?:the[ ](?:violations?|illegal[ ]acts?|offen[cs]es?)"
                    r"[ ](?:to[ ]the[ ]public|publicly)|(?:its|their|the[ ]violator['’]s?)[ ](?:violations?|names?|"
                    r"illegal[ ]acts?)(?:[ ]to[ ]the[ ]public|[ ]publicly)?)",
                 # (defsanct12) "publish the name of the operator": the name of a party, for a violation close by
                 # (not "publish the names of the approved operators" a sentence after another's violation)
                 do_near=r"(?:announce|publish|disclose|make[ ]public)[ ](?:the[ ])?names?[ ]of[ ](?:the|such|that|this)"
                         r"[ ](?:[\w-]+[ ]){0,2}?[\w-]+"),
    # civil and criminal liability, and penalties named by their genus; the violator's own act of making good a loss is
    # civil liability only after a violation ("shall make good the losses", "shall compensate the buyer for the loss")
    PenaltyClass("civil", noun=r"compensation|damages",
                 # (Session 11) "shall bear / pay the compensation": compensation named as a noun is civil liability
                 # only after a violation or a harm the bearer caused (guide 4, 1.8), as the verbs are
                 # (Session 11) restitution after a violation: "shall return the property or make up its value", "return
                 # the fees collected" (what was taken given back, or its worth); (defsanct13) the other verbs of
                 # giving back ("refund the overcharge", "repay the subsidies so obtained") and what is given back
                 # ((session 15) and "make compensation": "shall make compensation under the Civil Code")
                 bear_near=r"(?:bear|pay|make)[ ](?:the[ ]|any[ ]|all[ ])?(?:[\w-]+[ ]){0,2}?(?:compensation|damages)\b|"
                      r"make[ ]up[ ](?:its|the|their)[ ](?:full[ ])?value\b|(?:return|refund|repay|pay[ ]back|give[ ]back)[ ](?:the|such|its|their|any|all)[ ](?:[\w-]+[ ]){0,2}?"
                      r"(?:property|goods|money|fees?|fares?|payments?|prices?|gains|overcharges?|overpayments?|subsid(?:y|ies)|grants?|sums?|"
                      r"amounts?|charges?|deposits?|allowances?)\b|"
                      r"make[ ]good[ ](?:the[ ]|any[ ]|all[ ]|such[ ])?(?:[\w-]+[ ]){0,2}?(?:loss(?:es)?|damages?)|"
                      r"make[ ](?:full[ ])?restitution\b|"
                      r"compensate[ ](?:[\w-]+[ ]){0,4}?for[ ](?:the[ ]|any[ ]|all[ ]|such[ ])?(?:[\w-]+[ ]){0,2}?"
                      r"(?:loss(?:es)?|damages?)|"
                      # (defsanct12) "shall compensate the owner (in accordance with the contract)": the one harmed as
                      # the object alone; "shall bear the cost of replacing the soil": the cost of putting a wrong right
                      # (both only after a violation or a harm the party caused)
                      r"compensate[ ](?:the|its|their|his|her|any)[ ](?:[\w-]+[ ]){0,2}?[\w-]+|"
                      r"bear[ ](?:the|all|any)[ ](?:[\w-]+[ ]){0,2}?(?:costs?|expenses?)[ ]of\b|"
                      # (defsanct13) whose costs they are, as a possessive: "shall bear the customer's medical costs",
                      # "pay the victim's funeral expenses" (the one harmed)
                      r"(?:bear|pay)[ ](?:the[ ])?[\w-]+(?:[ ][\w-]+)?['’]s?[ ](?:[\w-]+[ ]){0,2}?(?:costs?|expenses?|bills?)\b"),
    PenaltyClass("criminal", noun=r"criminal[ ](?:liability|responsibility|punishment|penalt(?:y|ies))",
                 # "shall be prosecuted", "investigated for criminal liability", "held accountable", "the case shall be
                 # transferred (handed over) to the judicial organs": criminal liability pursued
                 # (sanct21) "shall be sentenced to fixed-term imprisonment / criminal detention / a fine": a court's
                 # sentence is a penalty by itself ("a person who has been sentenced to ..." has no modal: no clause)
                 suffer=r"prosecuted\b|sentenced[ ]to\b|(?:investigated|pursued)[ ]for[ ](?:\w+[ ]){0,2}?(?:liabilit|responsibilit)|"
                        r"investigated|held[ ](?:\w+[ ])?liable|held[ ](?:\w+[ ])?accountable\b" + _FOR_A_CHARGE + r"|held[ ]to[ ]account\b"
                        + _FOR_A_CHARGE + r"|held[ ](?:legally|"
                        r"criminally|civilly)[ ]responsible|"
                        # (probe19b, guide 1.12 b) "shall be answerable (accountable) under the criminal law": the
                        # criminal law named as what the party answers under, as "criminal liability shall be pursued"
                        r"(?:answerable|accountable|liable)[ ](?:for[ ](?:it|this|that|them|such[ ]\w+)[ ])?"
                        r"(?:under|according[ ]to|in[ ]accordance[ ]with|pursuant[ ]to)[ ]" + _CRIMINAL_LAW,
                 # (Session 11) a case handed to the judicial or public security organs is pursued there only after a
                 # violation: "Lost property that remains unclaimed shall be handed over to the public security organ"
                 # is a transfer of a thing
                 done=r"(?:transferred|handed[ ]over|referred)[ ]to[ ](?:the[ ])?(?:judicial|public[ ]security)[ ]"
                      r"(?:organs?|authorities)",
                 # (sanct20) the same referral in the active, the authority's own verb: "the department shall transfer
                 # the case to the public security organ" (the case, or the party, is what is handed over; a thing
                 # found is not: "hand over the lost property to the public security organ")
                 # (guide 1.11: a transferred case has no authority, sanctions.py gives none: REFERRAL_DO)
                 do=_REFERRAL_DO,
                 # (sanct22) the matter (the case) itself as subject: "if the sale amounts to a crime, the matter shall go
                 # (pass) to the public security organ" (移送), after a violation as the passive "transferred" is
                 bear=r"(?:go|pass)[ ](?:over[ ])?to[ ](?:the[ ])?(?:judicial|public[ ]security)[ ](?:organs?|authorities)"),
    PenaltyClass("general", noun=r"penalt(?:y|ies)|punishments?|sanctions?", suffer=r"ordered|punished|penali[sz]ed",
                 do=r"order|impose|punish|penali[sz]e",  # "order it to make corrections", "impose a fine"
                 # (session 15) "staff who abuse their powers shall be sanctioned by the supervisory organs": near a
                 # violation, the penalty's participle (elsewhere "sanctioned" may be "approved": "a plan sanctioned by")
                 done_near=r"sanctioned"),
)


def _alt(field: str, skip: tuple[str, ...] = ()) -> str:
    """The rows' fragments of one field as one alternation (a noun followed by its row's negatives); ``skip``: classes
    left out."""
    parts = []
    for c in PENALTY_CLASSES:
        frag = getattr(c, field) if c.name not in skip else ""
        if frag:
            parts.append(f"(?:{frag})" + (rf"(?![ -]?(?:{c.not_})\b)" if c.not_ and field == "noun" else ""))
    return "(?:" + "|".join(parts) + ")"


PENALTY_NOUNS = _alt("noun")  # a penalty named as a noun, of any class
# (Session 11) the same but civil redress: "shall bear the compensation for damage to the lawn" is a duty unless a
# violation or a harm the bearer caused is named (PENALTY_BEAR's civil row, HARM_CAUSED); "bear civil liability" is
# liability by its own word
PENALTY_NOUNS_BY_NATURE = _alt("noun", skip=("civil",))
PENALTY_DONE = _alt("done")  # a penalty's participle after "be", after a violation
PENALTY_SUFFER = _alt("suffer")  # a penalty's participle after "be", whatever the paragraph says
PENALTY_SUFFERED = re.compile(r"\b(?:" + PENALTY_SUFFER + r")", X)  # (review20) one of them anywhere in a clause
PENALTY_HAD = _alt("had")  # a penalty's participle after "have its N", whatever the paragraph says
PENALTY_HAD_V = _alt("had_v")  # the same, after a violation
PENALTY_BEAR = _alt("bear")  # the violator's own verb of a penalty, of any class (but civil redress, CIVIL_BEAR)
CIVIL_BEAR = _alt("bear_near")  # the violator's own redress: civil liability for a violation close by or a harm caused
PENALTY_DONE_NEAR = _alt("done_near")  # a penalty's participle after "be", for a violation close by
PENALTY_DO_NEAR = _alt("do_near")  # an authority's penalty verb, for a violation close by
# a word between "liable to" and a penalty's noun, not a verb of causing: "is liable to a heavy fine", not "is liable to
# cause damages" (a risk, no penalty)
LIABLE_WORD = r"(?!(?:cause|result|lead|produce|create|give|bring|pose|suffer|incur)\b)"
PENALTY_DO = _alt("do")  # an authority's penalty verb with its object, of any class
# "be imposed / given" is a penalty only when what is imposed or given is one ("a fine of 2,000 yuan shall be imposed",
# "a warning shall be given"); "Conditions may be imposed on the use of the data" is no sanction
PENALTY_NOUN = re.compile(r"\b(?:" + PENALTY_NOUNS + r"|disciplin\w*)\b", X)
# (sanctform16) a penalty denied: "no penalty shall be imposed", "no fine shall be given" (an exemption, no sanction)
NO_PENALTY = re.compile(r"\b(?:no|nor)[ ](?:[\w-]+[ ]){0,3}?(?:" + PENALTY_NOUNS + r"|disciplin\w*)\b", X)

# (Session 13, obl15) a cleft sentence puts the subject in focus between "It is" and "that / who" ("It is the county
# bureau that shall publish X", "It is the operator who must V"): the focus is the modal's subject, no relative clause.
# (Session 14, calls17) "which" too, the relative word British usage gives a focused body ("It is the provincial bureau
# which shall issue the licence"): before, the clause was dropped with no report (review15, left 6)
CLEFT = re.compile(r"(?:(?<=^)|(?<=[.;:]\s)|(?<=\n)|(?<=,\s))it\s+is\s+(?P<np>(?!(?:not|also|only|this|that|these|"
                   r"those|there|here|then|now|so|thus|therefore|because|when|where|why|how)\b)[^,;:.]{1,100}?)"
                   r"\s+(?:that|who|which)(?:\s+|$)", re.IGNORECASE)
# (the sanctions read it too, session 14: "It is the drone operator that shall be liable for damage caused" has the
# violator the focus, not "It is the drone operator that"; review15, left 1)

# An adverb in -ly between two words ("shall jointly order", "is hereby required"): -ly makes adverbs of adjectives, so
# the verbs whose stem ends in -ly are none ("is permitted to fly", "are required to comply", "need to apply").
# (Session 14, calls17) Before, "A drone that is cleared to fly shall carry X" read "fly" as an adverb between two
# markers, and the clause of "shall" was dropped with no report.
LY_VERBS = r"(?:apply|supply|reply|comply|rely|imply|multiply|fly|ply|ally|rally|tally|sally|bully|dally)"
ADVERB_LY = r"(?!" + LY_VERBS + r"\b)\w+ly"

# Sanctions: a modal clause that penalises ("shall each be fined", "shall be ordered to correct") or an
# authority's power to penalise, in a sentence about a violation.
# (an adverbial set off by commas, or an adverb in -ly, may come between the modal and the verb: "shall, in accordance
# with its duties, order it to ...", "shall jointly order it to ...")
_MODAL_GAP = r"(?:,[ ][^,;:]{1,80},)?[ ](?:(?!only\b)" + ADVERB_LY + r"[ ])?"
# the modals that open an authority's power to penalise: besides "shall / may / is to", a power granted in so many words
# ("has the power to suspend its operation", "is authorised to revoke the licence", "is entitled to impose a fine"): where what the authority may do is a
# penalty for a violation, the grant is the power to sanction (guide 4), not a permission of the authority
_POWER_MODAL = (r"(?:shall|may|will|(?:is|are)[ ]to|(?:shall[ ])?(?:has|have)[ ](?:the[ ])?(?:power|authority)[ ]to|"
                r"(?:is|are)[ ](?:authori[sz]ed|empowered)[ ]to|(?:is|are|shall[ ]be|will[ ]be)[ ]entitled[ ]to)")
# the modals of a penalty in the passive: also "can" and "must" ("the staff in charge can be given sanctions",
# "the operator must be fined"): the voice and the penalty verb make it a sanction whatever the modal
_PASSIVE_MODAL = r"(?:shall|may|will|can|must|should|(?:is|are)[ ]to)"
# an adverb that adds a penalty to one named before, between the modal and the verb: "shall also be fined", "may
# additionally revoke", (Session 10) "may in addition impose a fine" (the same adverb in two words)
# (sanct21) the second modal of "shall also, or shall only, be fined" (the clause's own, ending before it)
ALSO_OR_ONLY = re.compile(r"\b(?:shall|may)[ ](?:also|in[ ]addition|concurrently|additionally),?[ ]or[ ]*$", X)
# (sanct21) and the penalty added or alone (并处或者单处): "shall also, or shall only, be fined", "may in addition or
# exclusively be sentenced to a fine", "be concurrently or separately fined": one penalty, its two ways of imposing it
_ALSO = (r"(?:(?:also|in[ ]addition|concurrently|additionally),?[ ]or[ ](?:(?:shall|may)[ ])?(?:only|exclusively|"
         r"separately|solely),?[ ]|also[ ]|additionally[ ]|further[ ]|in[ ]addition[ ])")
SANCTION_PASSIVE = re.compile(
    r"""^""" + _PASSIVE_MODAL + _MODAL_GAP + r"""(?:(?:also[ ])?(?:assume|bear)[ ](?:all[ ])?(?:the[ ])?(?:(?:\w+[ ]){0,4}?liabilit|(?:legal|civil|criminal)[ ]responsibilit(?:y|ies)
         # (sanctform16) liability borne for a wrong, the clause ending or "according to law" after it; "bear the legal
         # responsibilities of being a producer" is the duties of a role
         (?=[ ]*(?:[,;.]|$)|[ ](?:according|in[ ]accordance|under|pursuant|as[ ]provided)\b))|
         # the violator-active frame: "shall incur a fine", "shall bear the penalty" (any class's noun, the head of
         # the object: only modifiers before it, no preposition: "shall bear the costs of the closure" bears costs)
         # (session 11) "shall receive a warning from X" (the violator's verb of receiving; the authority after "from")
         # (probe19b, guide 1.12 b) "shall answer for it under criminal law": the party's own verb of answering, the
         # criminal law named as what it answers under ("shall answer the questions" is a duty)
         (?:also[ ])?answer[ ](?:for[ ](?:it|this|that|them|such[ ]\w+)[ ])?(?:under|according[ ]to|in[ ]accordance[ ]with|
         pursuant[ ]to)[ ]""" + _CRIMINAL_LAW + r"""|
         (?:also[ ])?(?:incur|bear|receive)[ ](?:an?[ ]|the[ ])?(?:(?!(?:of|for|to|in|on|at|from|with|by|during|after)[ ])
         [\w-]+[ ]){0,3}?""" + PENALTY_NOUNS_BY_NATURE + r"""\b|
         # "shall have its illegal gains confiscated", "shall have their licences revoked", "shall have the pesticides
         # confiscated", "shall have its filing with the bureau cancelled": the causative "have" with a penalty's
         # participle puts the penalty on the subject, as the passive does (any determiner, up to six words between)
         # ((sanct22) up to ten words: two things coordinated, "have the film copy and its takings from the screening
         # confiscated")
         (?:also[ ])?have[ ](?:the|its|their|his|her|his[ ]or[ ]her|those|these|such)[ ](?:[\w-]+[ ]){0,10}?""" + PENALTY_HAD + r"""\b|
         (?:""" + _ALSO + r"""|each[ ])?be[ ](?:also[ ]|each[ ])?(?:
         # any class's participle that is a penalty by itself ("shall be fined", "shall be prosecuted", "shall be
         # blacklisted": PENALTY_CLASSES' "suffer")
         """ + PENALTY_SUFFER + r"""|
         # "shall be subject to revocation of its licence", "shall be punishable by a fine" (any class's noun)
         (?:subject(?:ed)?[ ]to|punishable[ ]by)[ ](?:\S+[ ]){0,4}?(?:""" + PENALTY_NOUNS + r"""|disciplin)|
         imposed|
         # the agentless frame: "a warning shall be given", "disciplinary sanctions shall be given to the persons in
         # charge" (a penalty only when its subject names one, as for "imposed")
         given(?=[ ]*(?:[,;.]|$)|[ ](?:to|by)\b)|
         # (sanct21) "a notice of criticism shall be circulated" (通报批评): circulated, a penalty only when its subject
         # names one, as "imposed" ("The minutes shall be circulated to members" is none)
         circulated(?=[ ]*(?:[,;.]|$)|[ ](?:to|by|among|in|within)\b)|
         # "shall be given a public security administration penalty", "a fine of 30,000 yuan", "a notice of
         # criticism": "given" with any class's noun (up to four words before it)
         (?:given|circulated)[ ](?:an?[ ])?(?:[\w-]+[ ]){0,4}?""" + PENALTY_NOUNS + r"""|
         (?:jointly[ ](?:and[ ]severally[ ])?)?liable[ ]for[ ](?:\S+[ ]){0,3}?(?:compensation|damages?|losses|fines?|penalt)|
         # "shall be liable to a fine", "may be liable to be given sanctions": the penalty the subject incurs
         liable[ ]to[ ](?:be[ ](?:fined|given|punished|penali[sz]ed|detained)\b|(?:an?[ ])?(?:""" + LIABLE_WORD +
         r"""\S+[ ]){0,2}?(?:""" + PENALTY_NOUNS + r"""))))""",
    X,
)
SANCTION_POWER = re.compile(
    r"""^""" + _POWER_MODAL + _MODAL_GAP + _ALSO + r"""?(?:
         # every class's verb with its object (PENALTY_CLASSES' "do"): "order it to", "impose a fine", "give it a
         # warning", "revoke its licence", "demote the persons in charge", "strike it off the register"
         """ + PENALTY_DO + r"""|
         # "shall deal with it / handle the case in accordance with law", after a violation (the active "dealt with")
         (?:investigate[ ]and[ ])?(?:deal[ ]with|handle)[ ](?:it|them|him|her|(?:the|such)[ ](?:violators?|offenders?|
         cases?|violations?|offen[cs]es?|breach(?:es)?|illegal[ ]acts?)))\b""",
    X,
)
# (review20) the clause is detention counted in days and nothing more (its first penalty): what a subject that names
# no person (goods, animals, a vessel) undergoes as a measure, not as administrative detention (obligations._thing_detained)
THING_DETAINED = re.compile(r"^" + _PASSIVE_MODAL + _MODAL_GAP + _ALSO + r"?be[ ](?:also[ ])?" + _DETAINED_IN_DAYS, X)
# (sanct21) a violation's consequence as a noun: "Violation of Article 13 shall lead to the confiscation of illicit gains",
# "A breach of Article 1 shall result in the revocation of its licence" (any class's noun); a sanction only when the
# clause's own subject names the violation: "Heavy rain may lead to the closure of the stations" is none
VIOLATION_LEADS = re.compile(r"^" + _PASSIVE_MODAL + _MODAL_GAP + r"(?:lead|result)[ ](?:to|in)[ ](?:the[ ]|an?[ ])?"
                             r"(?:[\w-]+[ ]){0,2}?" + PENALTY_NOUNS, X)
# (calls21, guide 1.13 c) a bar on applying again for a time: "shall not re-apply for the licence within three years",
# "its application shall not be accepted within five years", "may not apply for a new permit within 2 years", and the
# ban from a trade "shall be barred from engaging in the trade for N years". A restriction of qualification, a penalty,
# only when a wrong or a penalty comes before it in the paragraph (TIME_BAR_AFTER, obligations._clauses); the same words
# after a refusal, a withdrawal of one's own application or in a quota's rule are a waiting period, a duty
TIME_BAR = re.compile(r"^(?:shall|may|must|can)(?:[ ]not|not|n['’]t)" + _MODAL_GAP + r"(?:"
                      r"(?:re-?apply|re-?register|re-?submit|apply[ ](?:again|anew|afresh)|register[ ]again)\b|"
                      r"apply[ ](?:again[ ])?for[ ](?:an?[ ]|the[ ])?(?:new|fresh|another)[ ]|"
                      # (an application "not accepted (approved, considered)": only with "application" in the subject,
                      # TIME_BAR_APPLICATION; a grant only when it is a new one: "shall not be issued a new permit")
                      r"(?P<accept>be[ ](?:re-?accepted|accepted|approved|considered))\b|"
                      r"be[ ](?:re-(?:issued|registered|licen[cs]ed|admitted)|reissued|(?:granted|issued|registered|"
                      r"licen[cs]ed|admitted)[ ](?:again|anew|afresh|(?:an?[ ])?(?:new|fresh|another)))\b)"
                      r"[^.;]{0,100}?\b(?:within|for)[ ](?:a[ ]period[ ]of[ ])?(?:[\w-]+[ ]){0,2}?(?:\(\d+\)[ ])?"
                      r"(?:years?|months?)\b|"
                      r"^(?:shall|may|will|(?:is|are)[ ]to)" + _MODAL_GAP + r"be[ ](?:barred|banned|prohibited|"
                      r"disqualified|debarred)[ ]from[ ][^.;]{1,80}?" + _DURATION, X)
# what a time bar must follow in its paragraph, besides a violation or a sanction clause: a revocation ("A guide whose
# licence is revoked shall not re-apply within three years")
TIME_BAR_APPLICATION = re.compile(r"\bapplications?\b", X)
TIME_BAR_AFTER = re.compile(r"\b(?:revoked|revocation|disqualified|disqualification|deprived[ ]of)\b", X)
# (review20) a ground of the bar's own, in its clause before the modal: a relative clause on its subject or a condition
# ("A beekeeper whose application has been refused shall not re-apply", "An employee who resigns may not re-apply"):
# the bar answers that ground, a penalty only when the ground is a wrong or a penalty (VIOLATION, TIME_BAR_AFTER,
# PENALTY_SUFFERED); a penalty elsewhere in the paragraph does not make a waiting period for a refusal one
TIME_BAR_OWN_GROUND = re.compile(r"\b(?:who|that|whose|which|where|if|when|whenever|after|once|upon)\b", X)
# a measure that takes a grant away, named in that ground ("whose registration has been cancelled", "whose permit was
# suspended"): a penalty's result, as a revocation (TIME_BAR_AFTER) is; not "withdrawn" ("who has withdrawn an application"
# is the party's own act)
TIME_BAR_MEASURE = re.compile(r"\b(?:cancell?ed|cancellation|annulled|annulment|suspended|suspension|closed[ ]down|"
                              r"blacklisted|punished|penali[sz]ed|sanctioned|convicted)\b", X)
# ((defsanct13) and its payments: "shall stop paying it subsidies")
# A public body's service withdrawn for a violation ("the department shall stop providing energy data to it"): a
# penalty when a public body (PUBLIC_BODY, in the clause's subject) withdraws it; a private party's "shall stop
# providing data to it" after its counterpart's breach is its own duty
WITHDRAW_SERVICE = re.compile(r"^(?:shall|may|will|(?:is|are)[ ]to)" + _MODAL_GAP +
                              r"(?:stop|cease)[ ](?:providing|supplying|granting|sharing|paying|funding|subsidi[sz]ing)\b",
                              X)
PUBLIC_BODY = re.compile(rf"\b{_PUBLIC_HEAD}\b", re.IGNORECASE)
# "criminal responsibility shall be pursued": a liability named as the subject of a passive pursuit
LIABILITY_PURSUED = re.compile(r"\b(?:criminal|legal|civil|administrative)\s+(?:liabilit|responsibilit)\w*\s+$", X)
PURSUED = re.compile(r"^(?:shall|will|is\s+to)\s+be\s+(?:pursued|investigated|prosecuted|affixed|determined|"
                     r"borne|assumed|undertaken)\b", X)  # "civil liability shall be borne": the liability's passive
# ((session 11) "contravenes Article 5", "in contravention of": a violation in other words)
VIOLATION = re.compile(r"\b(?:violat\w*|contraven\w*|illegal[ ]act\w*|unlawful\w*|in[ ]breach|infringing[ ](?:acts?|conduct)|refuses?[ ]to[ ]correct|"
                       # (Session 13, obl15) verbs that name a wrong in themselves ("Where an operator conceals an
                       # accident", "falsifies the records", "obstructs an inspection"): a violation whatever rule it breaks
                       r"(?:conceal|falsif(?:y|ie)|fabricate|forge|obstruct)(?:s|d|ed)?[ ]|tamper(?:s|ed)?[ ]with[ ]|"
                       # (sanct21) goods that are a wrong in themselves, made or sold by the party ("produces or sells
                       # counterfeit drugs", "deals in fake seeds"), and what is false given to an authority or a means
                       # of fraud ("providing false certificates", "by deceptive means", "by bribery")
                       # ((review20) the verb's own forms, never its agent noun: "an importer that finds counterfeit
                       # goods", "suppliers of fake seeds" name who meets the goods, not a wrong done)
                       r"(?:(?:produc|manufactur|operat|distribut|leas)(?:e|es|ed|ing)|sell(?:s|ing)?|sold|deal(?:s|t|ing)?|"
                       r"market(?:s|ed|ing)?|import(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|rent(?:s|ed|ing)?)[ ](?:(?:in|out|or|and)[ ])?"
                       r"(?:[\w-]+[ ]){0,3}?(?:counterfeit|fake|adulterated|shoddy)[ ]|"
                       r"(?:(?:provid|issu|declar)(?:e|es|ed|ing)|submit(?:s|ted|ting)?|furnish(?:es|ed|ing)?|"
                       r"report(?:s|ed|ing)?)[ ](?:(?:the|any|a)[ ])?false[ ]|"
                       r"(?:deceptive|fraudulent|improper)[ ]means\b|by[ ](?:means[ ]of[ ])?(?:fraud|deception|bribery)\b|"
                       # (Session 13, obl15) acting without the leave a rule requires ("runs boats without the licence
                       # referred to in Article 3", "without registering", "without approval")
                       # (sanct21) an omission with no excuse: "fails to start its business within 3 months without
                       # any justifiable reason", "refuses without good cause" (the want of a reason makes it a breach)
                       r"without[ ](?:any[ ]|a[ ])?(?:justifiable|good|valid|legitimate|proper|justified|sufficient)[ ]"
                       r"(?:reasons?|cause|grounds?|excuse)\b|"
                       r"without[ ](?:(?:a|an|the|any|its|their|valid)[ ]){0,2}(?:licen[cs]es?|permits?|registration|"
                       r"approval|authori[sz]ation|permission|filing)\b|without[ ](?:registering|filing|having[ ](?:filed|"
                       r"registered)|being[ ](?:licensed|registered|approved))\b|"
                       # (sanct22) a limit a provision of the text sets, exceeded: "where the sound exceeds the limit in
                       # Article 4, paragraph 2", "exceeds the ceiling set by Article 6" (超过规定的标准)
                       r"exceed(?:s|ed|ing)?[ ](?:the|its|their|any)[ ](?:[\w-]+[ ]){0,2}?(?:limits?|ceilings?|caps?|"
                       r"maximums?|standards?|quotas?)[ ](?:(?:set|laid[ ]down|prescribed|specified|provided(?:[ ]for)?)[ ])?"
                       r"(?:in|by|under|of)[ ](?:(?:the[ ])?(?:Articles?|paragraphs?|items?)[ ]\(?\w|these[ ]|this[ ])|"
                       # (sanct22) not doing what a numbered provision lists: "fails to carry out the checks in items (1)
                       # to (3) of Article 5", "fails to keep the records listed in Article 6" (the act the text requires)
                       r"fails?[ ]to[ ][^.;]{1,120}?[ ](?:in|(?:listed|set[ ]out|specified|prescribed|provided[ ]for)[ ]in|"
                       r"required[ ]by)[ ](?:Articles?[ ]\w|paragraphs?[ ]\(?\w|items?[ ]\(?\w)|"
                       r"fails?[ ]to[ ]fulfil\w*|constitutes?[ ]a[ ]crime|breach(?:es|ed)?[ ]|"
                       # (probe19b) not performing what is owed, the duty named as such: "fails to perform the data
                       # security protection obligations provided in Articles 27 and 29", "fails to discharge its duties"
                       r"fail(?:s|ed)?[ ]to[ ](?:perform|discharge|carry[ ]out|honou?r|observe)[ ](?:the[ ]|its[ ]|their[ ]|"
                       r"such[ ]|his[ ]|her[ ]|any[ ])?(?:[\w-]+[ ]){0,5}?(?:obligations?|duties|responsibilities)\b|"
                       # (session 15) not observing a provision named by its number: "fails to observe any of items
                       # (1) to (3) of Article 5", "fails to comply with Article 4, paragraph 2", "does not abide by"
                       r"(?:fails?[ ]to|(?:does|do|did)[ ]not)[ ](?:observe|comply[ ]with|abide[ ]by|follow)[ ]"
                       r"(?:any[ ]of[ ])?(?:the[ ])?(?:provisions?[ ]of[ ])?(?:Articles?|paragraphs?|items?)[ ]\(?\w|"
                       # (Session 14, extract17) an act "contrary to" a provision, as "in contravention of" it
                       r"contrary[ ]to[ ](?:(?:the[ ])?(?:provisions?[ ]of[ ])?(?:Articles?|paragraphs?|items?)[ ]\(?\w|"
                       r"(?:these|this|the[ ](?:preceding|foregoing))[ ](?:Measures|Provisions|Regulations|Rules|Law|"
                       r"Articles?|paragraphs?))|"
                       # "commits any of the acts listed in Article 2": an act the text forbids
                       r"commits?[ ](?:any[ ]of[ ])?(?:the|such)[ ](?:acts?|conduct)[ ](?:listed|specified|prohibited|"
                       r"referred[ ]to|set[ ]out)[ ]in[ ]|"
                       # "fails to upload X as required by Article 4": not doing what a provision requires
                       # ((defsanct12) "fails to keep the street clean as paragraph 2 of Article 4 requires")
                       # ((Session 14, extract17) and "under" a provision: "fails to file under Article 4, paragraph 1")
                       # ((sanct22) or "has (does) not V ... as required by": "the host has not had the fridge checked
                       # as required by Article 6, paragraph 1")
                       r"(?:fails?[ ]to|(?:has|have|had|does|do|did)[ ]not)[ ][^.;]{1,120}?[ ](?:as[ ]required|"
                       r"in[ ]accordance[ ]with|pursuant[ ]to|"
                       r"under[ ](?:Articles?|paragraphs?|items?|these|this|the[ ](?:preceding|foregoing))[ ]|"
                       # ((session 15) or "what" it requires: "fails to do what items (1) to (3) of Article 5 require")
                       # ((sanct22) the provision's paragraph after a comma: "as Article 6, paragraph 3 requires")
                       r"(?:as|what)[ ](?:(?:the[ ])?(?:Articles?|paragraphs?|items?|these|this)[ ])(?:[^,.;]|,[ ](?="
                       r"(?:paragraphs?|items?)[ ])){0,60}?requires?\b)|"
                       r"refuses?[ ]to[ ](?:make[ ]corrections|rectify)|"
                       # ((Session 14, extract18) a failure counted: "fails to send three monthly reports in a row",
                       # "fails to keep the register twice in one year": a duty left undone again and again is a
                       # breach whatever provision it names; one late report ("fails to send it in time") is none)
                       r"fail(?:s|ed)?[ ]to[ ][^.;,]{1,80}?[ ](?:in[ ]a[ ]row|consecutively|running|repeatedly|twice|"
                       r"(?:two|three|four|five|six|\d+)[ ]times)\b|"
                       # (sanctform16) defying an authority's warning or order: "a driver who refuses to leave the bay
                       # after a warning", "refuses to stop despite being ordered to" (a refusal of what was told)
                       r"refus(?:es|ed|ing)?[ ]to[ ][^.;]{1,80}?[ ](?:after|despite|in[ ]defiance[ ]of)[ ](?:(?:being[ ])?"
                       r"(?:given|issued|served)[ ])?(?:(?:a|an|the|such)[ ])?(?:[\w-]+[ ]){0,2}?(?:warnings?|orders?|"
                       r"notices?|instructions?|ordered|told|warned|instructed)\b|"
                       # (Session 10) "fails to comply with Article 1 / these Measures / the provisions of": not
                       # complying with a provision of a text is a violation of it ("fails to comply with the order" is
                       # not: FAILURE reads it)
                       r"fails?[ ]to[ ](?:comply|conform)[ ]with[ ](?:the[ ](?:provisions?|requirements?)[ ]of[ ])?"
                       # ((Session 14, extract17) an item or paragraph by its label, "item (3) of ...": the label's
                       # bracket is no word, so the name runs into it)
                       r"(?:Articles?[ ]|Paragraphs?[ ]\(?\w|Items?[ ]\(?\w|(?:these|this|the[ ](?:preceding|foregoing))[ ]"
                       r"(?:Measures|Provisions|Regulations|Rules|Law|Decision|Articles?|paragraphs?))|"
                       # ((Session 14, extract18) the other verbs of keeping to a rule, with the provision by its
                       # number as their object: "fails to meet item (1) or (2) of Article 4", "fails to observe
                       # paragraph 2 of Article 6", as "fails to comply with Article 4")
                       r"fails?[ ]to[ ](?:meet|observe|satisfy|follow|abide[ ]by|adhere[ ]to)[ ](?:the[ ](?:provisions?|"
                       r"requirements?)[ ]of[ ])?(?:Articles?[ ]\d|Paragraphs?[ ]\(?\w|Items?[ ]\(?\w)|"
                       # (Session 10) "fails to meet any of the requirements of Article 5", "fails to perform the duties
                       # set out in items (1) to (3) of Article 5": not doing what the text requires of the party (not
                       # "conditions", which an applicant may simply not satisfy)
                       r"fails?[ ]to[ ](?:meet|perform|fulfil|satisfy|observe|discharge|carry[ ]out|honou?r)[ ]"
                       r"(?:any[ ]of[ ]|all[ ]of[ ]|one[ ]or[ ]more[ ]of[ ]|either[ ]of[ ])?(?:the|its|their|his|her)[ ]"
                       r"(?:[\w-]+[ ]){0,2}?(?:requirements|duties|obligations|responsibilities)[ ](?:of|in|under|"
                       r"(?:set[ ](?:out|forth)|specified|laid[ ]down|prescribed|provided[ ]for|stipulated)[ ](?:in|by)|"
                       r"required[ ]by)|"
                       # (Session 11) taking what is another's: "keeps lost property for himself or herself",
                       # "embezzles", "misappropriates" (an unlawful act by its own words); the thing kept is named as
                       # another's (lost, found, entrusted, another's, a possessive: "a customer's change"): "takes a
                       # copy of the log for himself" is no wrong
                       r"embezzl\w*|misappropriat\w*|(?:keeps?|retains?|takes?)[ ][^,;.]{0,30}?(?:lost|found|unclaimed|"
                       r"entrusted|deposited|another['’]s|others['’]|other[ ]people['’]s|left[ ]behind|handed[ ]in|(?!one['’]s\b)[a-z]+['’]s)\b"
                       r"[^,;.]{0,30}?[ ]for[ ](?:himself|herself|itself|themselves)\b|"
                       # (Session 11) conduct called a crime: "where the conduct is criminal", "amounts to the crime of
                       # embezzlement", "commits a crime" (as "constitutes a crime")
                       r"(?:is|are|was|were|be)[ ]criminal\b|amounts?[ ]to[ ](?:a|the)[ ]crime\b|commits?[ ]a[ ]crime\b|"
                       # (Session 11) a penalty received before: "Where an operator is fined ... twice", "an organiser
                       # so fined twice", "a contractor warned three times": a repeated offence, penalised again
                       r"(?:is|are|was|were|been|so)[ ](?:fined|warned|punished|penali[sz]ed)\b|"
                       r"\b(?:fined|warned|punished|penali[sz]ed)[ ](?:[\w,-]+[ ]){0,6}?(?:twice|(?:two|three|four|five|"
                       r"\d+)[ ]times|again|repeatedly)\b|"
                       # (defsanct13) a use or a gain that is wrongful by its own words: "misuses the data", "where the
                       # names are misused", "obtains subsidies by false claims", "by fraud"
                       r"(?:misus|abus)(?:e|es|ed|ing)\b|\bby[ ](?:means[ ]of[ ])?(?:false|fraudulent|deceptive|forged|"
                       r"fake)[ ](?:claims?|statements?|declarations?|documents?|information|materials|pretences|"
                       r"representations?)|\bby[ ](?:fraud|deception|bribery)\b|"
                       # (defsanct13) not done in the time a provision sets: "has not filed within the period set under
                       # paragraph 1", "fails to register within the time limit prescribed" (not "within three days")
                       r"(?:(?:has|have|had)[ ]not|fail(?:s|ed)?[ ]to)[ ][^,;.]{1,60}?[ ]within[ ]the[ ](?:[\w-]+[ ])?"
                       r"(?:period|time[ ]limit|deadline|time)[ ](?:set|specified|prescribed|fixed|laid[ ]down|given|"
                       r"stipulated|required)\b)\b", X)
# (Session 11) a harm the clause's party caused: "Where the conduct of the organiser causes personal injury", "Where
# pruning work causes injury to a person or damage to a vehicle": redress for it (PENALTY_BEAR's civil row) is civil
# liability, as after a violation (guide 4, 1.8)
# (defsanct12) also in the passive with the party's fault named: "Where a pet is injured or lost through the fault of a
# shop", "damaged owing to the negligence of the carrier"
# (Session 14, extract17) FAULT: a harm that occurs through a party's fault, the fault named by its possessor ("Where food
# poisoning occurs through the hall operator's fault", "owing to its negligence"): a wrong of that party, as a violation
# ((probe19b, guide 1.12 a) a mistake as a fault: "through the groomer's carelessness", "owing to its error")
FAULT = (r"\b(?:through|by|owing[ ]to|due[ ]to|because[ ]of)[ ](?:(?:the|an?)[ ](?:[\w-]+[ ]){0,3}?[\w-]+['’]s?|its|their|"
         r"his|her|his[ ]or[ ]her)[ ](?:own[ ])?(?:fault|negligence|default|carelessness|mistakes?|errors?|recklessness)\b")
FAULT_NAMED = re.compile(FAULT, re.IGNORECASE)
HARM_CAUSED = re.compile(FAULT + r"|\bcaus(?:e|es|ed|ing)[ ](?:[\w-]+[ ]){0,3}?(?:injur(?:y|ies)|loss(?:es)?|damage|harm|death)\b|"
                         r"\b(?:is|are|was|were|been)[ ](?:injured|lost|damaged|harmed|killed)\b(?:[ ][\w-]+){0,4}?[ ]"
                         r"(?:through|by|owing[ ]to|due[ ]to|because[ ]of)[ ](?:the[ ])?(?:fault|negligence|default)[ ]of\b", X)
# (wrongs20, guide 1.8, 1.12 a) "X causes damage" names the party's harm only when X is a deed (its doer the party:
# "the conduct of the organiser", "pruning work", "a keeper's breach") or the party itself; a fire, a flood, an accident
# causes harm that no act of the party did ("Where a fire causes damage to a stall, the operator shall compensate" stays
# a duty). DEED_NOUN: the head nouns that name something done by someone (obligations.harm_by_party)
DEED_NOUN = re.compile(r"^(?:acts?|actions?|activit(?:y|ies)|conduct|behaviou?rs?|deeds?|works?|operations?|practices?|"
                       r"breach(?:es)?|violations?|infringements?|contraventions?|negligence|neglect|omissions?|defaults?|"
                       r"errors?|mistakes?|faults?|carelessness|misuse|abuse|handling|processing|installations?|"
                       r"construction|repairs?|maintenance|disposal|services?|decisions?|instructions?)$", X)
# a word that opens the clause or phrase in which "causes ..." stands, before its subject
# (sanct22) a provision's number inside the causer ("the neglect of the checks in items (1) to (3) of Article 5,
# paragraph 2 causes injury"): its brackets and the comma before "paragraph" open no clause (blanked before CAUSER_OPENER)
NUMBERED_REF_MARK = re.compile(r"\(\d+\)|,(?=[ ](?:paragraphs?|items?|sub-?paragraphs?)[ ]\(?\w)", X)
CAUSER_OPENER = re.compile(r"(?:^|[,;:()]|\b(?:where|if|when|whenever|once|should|in[ ]case|that|which|who|whose|"
                           r"thereby|upon)\b)", X)
# (probe19b, guide 1.12 a) a harm done or a mistake made by the party the clause binds, in the clause's own condition or
# subject: "Where a ferry operator moors its boat in a way that damages the pier, it shall compensate ...", "A groomer
# that returns the wrong animal shall refund the fee", "Where an operator's mistake causes ..., the operator shall refund
# the fare": its redress is civil liability for its own wrong, as after a violation (obligations.own_wrong checks that
# the doer is the clause's party: "Where a customer gives the wrong address, the courier shall refund the fee" stays a
# duty)
OWN_WRONG = re.compile(r"\b(?:the[ ]wrong[ ][\w-]+|wrongly|by[ ]mistake|in[ ]error|mistaken(?:ly)?|erroneous(?:ly)?|"
                       r"mistakes?|errors?|carelessness|careless(?:ly)?|negligen(?:ce|tly)|recklessly|"
                       r"(?:damag|injur|harm|destroy|pollut|contaminat)(?:es|ed)[ ](?:the|a|an|its|their|his|her|any|"
                       r"another|other)\b|"
                       # "disposes of bodies in a way that causes an epidemic to spread": the manner of the party's act
                       # causing an outcome
                       r"in[ ](?:a|such[ ]a)[ ](?:way|manner)[ ](?:that|which|as[ ]to)[ ]caus(?:es|ed|e)\b)", X)
# Not doing what the text required before: "fails to do so", "fails to comply with ...", "fails to conduct the
# assessment" (the definite object points back to the required act). A violation only for a power that is a penalty
# by nature (PENAL_POWER): "Where a buyer fails to pay the fee, the seller may suspend delivery" is no sanction.
# (sanct20, guide 1.12 f) a payment the law puts on a party for its own failure, a multiple of what it owed: "shall pay the
# worker twice the monthly wages", "shall pay to the employee his monthly salary in double amount" (Labour Contract Law
# style). A sanction only where the clause's own condition names that party's failure (OWN_FAILURE, read as own_wrong
# reads a harm); "Overtime shall be paid at twice the hourly wage" and a double wage for holiday work are duties
DOUBLE_PAY = re.compile(r"^(?:shall|must|will|(?:is|are)[ ]to)" + _MODAL_GAP + _ALSO + r"?pay[ ](?:to[ ])?(?:[\w'’-]+[ ]){0,8}?"
                        r"(?:double|twice|(?:two|three|four|five|\d+)[ ]times)\b(?=[^;.]{0,80}?\b(?:wages?|salar(?:y|ies)|"
                        r"remuneration|pay)\b|(?<=[ ]wages[ ]in[ ]double)|(?<=[ ]salary[ ]in[ ]double))", X)
OWN_FAILURE = re.compile(r"\b(?:fail(?:s|ed)?|neglects?|neglected|omits?|omitted)[ ]to[ ]\w|\b(?:does|did|has)[ ]not[ ]\w", X)
# (sanct20) the authority's own referral ("shall transfer the case to the public security organ"): the case is pursued
# there, so the sanction names no authority (guide 1.11, as for the passive "the case shall be transferred")
REFERRAL_DO = re.compile(r"^" + _POWER_MODAL + _MODAL_GAP + _ALSO + r"?" + _REFERRAL_DO, X)
FAILURE = re.compile(r"\bfails?[ ]to[ ](?:do[ ]so|comply|\w+[ ](?:the|such)[ ]\w+[ ]?(?=[,;.]|$))", X)
PENAL_POWER = re.compile(r"""^""" + _POWER_MODAL + _MODAL_GAP + _ALSO + r"""?(?:
    """ + _WARNING + r"""|impose[ ](?:\S+[ ]){0,3}?fines?|
    fine[ ](?:it|them|him|her)|order[ ](?:it|them|him[ ]or[ ]her|him|her|the[ ]\w+|such[ ]\w+)[ ]to[ ](?:make[ ]corrections|correct|rectify))\b""",
                         X)
# (sanct22) the other heads of a public body that imposes penalties: "the harbour office", "the sub-district office", "the
# fire and rescue detachment", "the police station", "the traffic police brigade" (with PUBLIC_BODY: obligations._public)
PUBLIC_IMPOSER = re.compile(rf"\b{_IMPOSER_HEAD}\b", re.IGNORECASE)
# (review21) a body named as belonging to private persons: "the owners' committee", "the company's office", "the
# residents' council" (obligations._public: theirs, not the state's, whatever its head)
PRIVATE_OWNER = re.compile(r"\b[\w-]+(?:['’]s|s['’])[ ](?:[\w-]+[ ]){0,2}?(?:offices?|stations?|councils?|committees?)\b",
                           re.IGNORECASE)
# (review21, guide 1.13 e) the breach of a numbered provision named: "breaches Article 1", "in violation of Article 5,
# paragraph 2", "contrary to item (3) of Article 4": a provision that attaches a penalty to another's rule is a
# liability provision whoever imposes it (obligations._operative_articles)
BREACH_OF_PROVISION = re.compile(r"\b(?:breach(?:es|ed|ing)?|violat(?:es?|ed|ing|ions?)|contraven(?:es?|ed|ing|tions?)|"
                                 r"contrary[ ]to|in[ ]breach)[ ](?:of[ ])?(?:the[ ])?(?:provisions?[ ]of[ ])?(?:the[ ])?"
                                 r"(?:(?:first|second|third|preceding)[ ]paragraph[ ]of[ ])?(?:Articles?|paragraphs?|items?)"
                                 r"[ ]\(?\w", X)
# (sanct22, guide 1.13 e) a chapter or an article heading that names the text's liability provisions ("Legal
# Liability", "Penalties", "Punishments", "Sanctions"): a private party's penalty verb there is a sanction even alone
LIABILITY_HEADING = re.compile(r"\b(?:liabilit(?:y|ies)|penalt(?:y|ies)|punishments?|sanctions?|penal)\b", X)
# (sanct22) a public body's warning to a party, the one warned named after "to" or as the indirect object ("the county
# bureau shall issue a warning to the projectionist", "shall give the keeper a warning", "shall warn him"): a penalty
# (警告) when the one warned is the party whose act the clause's condition names (obligations._warns_the_doer); a
# warning to the public, or to a party that did nothing, is a notice of a risk, a duty
WARNING_TO = re.compile(r"^" + _POWER_MODAL + _MODAL_GAP + _ALSO + r"?(?:(?:give|issue)[ ](?P<obj>it|them|him[ ]or[ ]her|"
                        r"him|her|the[ ][\w-]+)?[ ]?(?:an?[ ])?(?:oral[ ]|written[ ]|formal[ ])?" + WARNING_NOUN +
                        r"(?:[ ]to[ ](?P<to>(?:the|such|that|this)[ ](?:[\w-]+[ ]){0,3}?[\w-]+)(?=[ ]*(?:[,;.]|$)|[ ]"
                        r"(?:and|or|in|for|according|under)\b))?|warn[ ](?P<pro>it|them|him[ ]or[ ]her|him|her)\b"
                        r"(?![ ](?:of|about|that|against)\b))", X)
# (review21) what makes a warning a notice of a risk, after the one warned: what it warns of ("of the danger", "about
# the ice", "against swimming", "that the path is closed") or an explanation or advice to the same party ("and explain
# the risks", "and advise him to turn back"): 警示/提醒, no penalty for an act (obligations._warns_the_doer)
NOTICE_TAIL = re.compile(r"[ ]*(?:(?:of|about|against|that|on)\b|,?[ ]*and[ ](?:explain|advise|remind|tell|show|guide|"
                         r"help|direct|escort|point[ ]out)\b)", X)
# the party whose act a fronted condition names: "Where a projectionist operates ...", "If the operator fails ..."
CONDITION_DOER = re.compile(r"^\s*(?:where|if|when|whenever|in[ ]case)[ ](?P<np>(?:an?|any|the)[ ](?:[\w-]+[ ]){0,3}?"
                            r"[\w-]+?)[ ](?:[a-z]+s|is|are|has|have|does|did)\b", X)
# (Session 9) "a fine of 500 yuan shall be imposed on an individual farmer": the party after "on" is the violator;
# "..., and a fine of 2,000 yuan on any other operator": a second penalty whose modal and verb are gapped (the
# same authority and circumstance, its own violator)
# (probe19b) a body's name runs on through its complement where a preposition would end an agent: the field the
# department serves ("by the administrative department for industry and commerce", "by the department for market
# regulation") and its level ("by the authorities at a higher level", "by the organ at or above the county level"). Not a
# determiner, a number, a verb in -ing or a wrong after "for": "fined by the bureau for each day", "for violating
# Article 5", "for infringement" say why or how long, not whose name.
_COMPLEMENT_WORD = (r"(?!(?:to|in|on|at|with|according|pursuant|within|and|or|for|until|by|shall|may|must|the|a|an)\b)"
                    r"(?![\w-]*(?:violat|breach|infring|contraven|offen[cs]|failure|damage|loss|compensation|correction|"
                    r"rectification|penalt|punish|fine))[a-z][\w-]*")
NAME_COMPLEMENT = re.compile(
    r"[ ]+(?:for[ ](?!(?:each|every|any|all|up|not|more|less|its|their|his|her|this|that|these|those|one|two|three|"
    r"such|[\w-]+ing)\b|\d)" + _COMPLEMENT_WORD + r"(?:[ ](?:and[ ])?" + _COMPLEMENT_WORD + r"){0,3}"
    r"(?=[ ]*(?:[,;.:]|$)|[ ](?:to|in|on|at|with|according|pursuant|within|and|or|for|until|by|shall|may|must)\b)|"
    r"at[ ](?:or[ ](?:above|below)[ ])?(?:the|a)[ ](?:next[ ])?[\w-]+[ ]levels?(?:[ ]or[ ](?:above|below))?)", X)

# ((sanct20) also the staff named with no determiner, "given to persons in charge and persons directly responsible",
# and the name ends before a new condition coordinated after it: "... and whereas (where, if) the case constitutes")
IMPOSED_ON = re.compile(r"[ ]+(?:(?:up)?on|to)[ ]+(?P<np>(?:(?:an?|the|any|each|such|every)[ ]|(?=(?:persons?|personnel|staff|"
                        r"officials|people)[ ](?:directly[ ])?(?:in[ ]charge|responsible|liable)\b))[^,;.]{1,80}?)"
                        r"(?=[ ]*(?:[,;.]|$)|[ ]+(?:in[ ]accordance|according|by)\b|[ ]+and[ ]+(?:whereas|where|if|when|"
                        r"in[ ]case)\b)", X)
GAPPED_PENALTY = re.compile(r",?[ ]+and[ ]+(?P<pen>an?[ ](?:fines?|penalt(?:y|ies))\b(?:[^,;]|,(?=\d))*?)[ ]+(?:up)?on[ ]+"
                            r"(?P<np>(?:an?|the|any|each|such|every)[ ][^,;.]{1,80}?)[ ]*(?=[.;]|$)", X)
# (Session 9) "the people's court may impose a fine or detention on it": a fine, a detention or a penalty imposed on a
# party is a penalty by nature, whatever the sentence calls the act it answers (a judicial interpretation names the
# obstruction, not a "violation")
# ((probe19b) and the party put before the penalty: "may impose on the auctioneer a fine of not less than one time ...",
# "may impose on the bidders who take part in collusion a fine of ...")
# ((sanct20) and a fine named with its size, the recipient left implicit: "shall impose a fine of not less than three
# times the advertising expenses", "shall confiscate the fees and impose a fine of 2,000 yuan": a fine whose amount the
# rule sets is a penalty whatever the condition calls the act; a fee, charge or deposit is no fine)
PENALTY_BY_NATURE = re.compile(r"^" + _POWER_MODAL + _MODAL_GAP + _ALSO + r"?(?:confiscate[ ][^,;.]{1,80}?[ ]and[ ])?"
                               r"impose[ ]an?[ ](?:[\w-]+[ ]){0,2}?fines?[ ](?:of[ ])?(?:not[ ](?:less|more)[ ]than|between|"
                               r"up[ ]to|from|ranging|(?:RMB[ ]?)?\d|(?:one|two|three|four|five|ten)[ ](?:times|thousand|"
                               r"hundred)|twice|double)\b|^" + _POWER_MODAL + _MODAL_GAP + _ALSO + r"?impose[ ](?:(?:an?[ ])?"
                               r"(?:[\w-]+[ ]){0,2}?(?:fines?|detention|penalt(?:y|ies))\b[^;.]{0,60}?[ ]on[ ]"
                               r"(?:it|them|him|her|him[ ]or[ ]her|the[ ]\w+|such[ ]\w+)\b|(?:up)?on[ ](?:the|an?|such|each)[ ]"
                               r"[^,;.]{1,80}?[ ](?:an?[ ])?(?:[\w-]+[ ]){0,2}?(?:fines?|detention)[ ](?:of|amounting|equal|"
                               r"ranging)\b)", X)
# "Operators who violate ... shall be dealt with by the customs in accordance with the Customs Law": a penalty when
# the clause's own subject or condition names the violation
SANCTION_DEALT = re.compile(r"^(?:shall|will|(?:is|are)[ ]to)[ ]be[ ](?:dealt[ ]with|handled|punished)\b", X)
# (Session 11) "... shall be dealt with by the public security organ under the Law ... on Penalties for Administration of
# Public Security": dealt with under a law whose title names penalties is penalised, whatever the conduct is called
PENAL_LAW = re.compile(r"\b(?:under|in[ ]accordance[ ]with|according[ ]to|pursuant[ ]to)[ ]the[ ](?:[\w'’-]+[ ]){0,10}?"
                       r"(?-i:Penalt(?:y|ies)|Punishments?|Criminal[ ]Law)\b", X)
# (sanct22) a law named by its title ("shall be dealt with under the Personal Information Protection Law", "handled in
# accordance with the Food Safety Law"): a party who did an act dealt with under a law is penalised under it
# (obligations._doer_subject: only when the subject names such a party; "Disputes shall be handled in accordance with the
# Civil Procedure Law" deals with no one)
NAMED_LAW = re.compile(r"\b(?:under|in[ ]accordance[ ]with|according[ ]to|pursuant[ ]to)[ ](?:the[ ](?:relevant[ ])?"
                       r"provisions[ ]of[ ])?the[ ](?:[\w'’-]+[ ]){0,10}?(?-i:Law|Code)\b", X)
# "its licence may be revoked": a withdrawal of a permit, a penalty where the context is a violation; (Session 10) so is
# a listing for closer supervision ("the installer shall be placed on the list of enterprises under key supervision",
# "shall be included in the key supervision list"), which after a violation is a credit sanction and elsewhere an
# authority's classification ("enterprises that discharge ... shall be listed for key supervision")
# (Session 10) the same for every class's participle after "be" ("shall be struck off the register", "shall be demoted")
# or after the causative "have its N" ("shall have its qualification grade lowered"): PENALTY_DONE, PENALTY_HAD
SANCTION_WITHDRAWAL = re.compile(r"""^(?:shall|may|will|(?:is|are)[ ]to)""" + _MODAL_GAP + _ALSO + r"""?(?:be[ ]""" + _ALSO +
                                 r"""?(?:revoked|suspended|cancell?ed|withdrawn\b|
    (?:entered|included|placed|listed)[ ](?:in|on|into|as|for)[ ](?:[\w-]+[ ]){0,6}?(?:under[ ])?
    (?:key|special|strict|enhanced|intensified)[ ](?:supervision|regulation|oversight|monitoring)|""" + PENALTY_DONE + r""")|
    have[ ]""" + _POSS + r"""[ ](?:[\w-]+[ ]){0,6}?(?:""" + PENALTY_HAD_V + r""")|""" + PENALTY_BEAR + r""")\b""", X)
# (review21) "struck out" as the penalty 注销 (a credit "done" above) only for a record the party holds: the phrase
# without "of the register / list / roll" (STRUCK_OUT) asks a subject owned by a party (HELD_BY_PARTY: "its filing",
# "their names", "the keeper's registration"); "the wrong entry shall be struck out" edits a text
# (obligations._struck_from_text)
STRUCK_OUT = re.compile(r"^(?:shall|may|will|(?:is|are)[ ]to)" + _MODAL_GAP + _ALSO + r"?be[ ](?:also[ ])?struck[ ]out\b"
                        r"(?![ ](?:of|from)[ ](?:the|its|their)[ ](?:[\w-]+[ ]){0,3}?(?:registers?|lists?|rolls?|records?)\b)", X)
HELD_BY_PARTY = re.compile(r"^(?:its|their|his|her|his[ ]or[ ]her|(?:the|a|an|such)[ ](?:[\w-]+[ ]){0,4}?[\w-]+(?:['’]s|s['’]))[ ]", X)
# (Session 11) "the case shall be transferred to the judicial organs": the whole referral is the sanction's trigger (the
# words a reader quotes), as a passive penalty's participle is (SANCTION_PASSIVE); no authority imposes it
CRIMINAL_REFERRAL = re.compile(r"^(?:shall|may|will|(?:is|are)[ ]to)" + _MODAL_GAP + _ALSO + r"?be[ ](?:"
                               + next(c.done for c in PENALTY_CLASSES if c.name == "criminal") + r")", X)
# (Session 11) the violator's own redress of a loss ("shall make good the losses", "shall compensate the victim for the
# loss"): civil liability after a violation (SANCTION_WITHDRAWAL) or a harm it caused (HARM_CAUSED)
CIVIL_REDRESS = re.compile(r"^(?:shall|may|will|(?:is|are)[ ]to)" + _MODAL_GAP + _ALSO + r"?(?:" + CIVIL_BEAR + r")\b", X)
# (Session 11 review) the forms that are penalties only for a violation close by (PenaltyClass.done_near, bear_near,
# do_near): the violation in the same sentence or in the clause's own subject or condition; redress (group "redress")
# only when the clause's subject is no public body
SANCTION_NEAR = re.compile(r"^(?:shall|may|will|(?:is|are)[ ]to)" + _MODAL_GAP + _ALSO + r"?(?:be[ ]" + _ALSO + r"?(?:"
                           + PENALTY_DONE_NEAR + r")|(?P<redress>" + CIVIL_BEAR + r"))\b", X)
# the same for an authority's verb (the subject imposes it, as SANCTION_POWER)
SANCTION_POWER_NEAR = re.compile(r"^" + _POWER_MODAL + _MODAL_GAP + _ALSO + r"?(?:" + PENALTY_DO_NEAR + r")\b", X)
# (Session 10) "X ... is liable to a fine of 10,000 yuan, which the department of transport shall impose": the relative
# clause after a penalty names who imposes it ("..., which shall be imposed by the department": the agent after "by")
IMPOSER_RELATIVE = re.compile(r",?[ ]+which[ ]+(?:(?P<np>(?:the|a|an)[ ][^,;.]{1,120}?)[ ]+" + _POWER_MODAL + _MODAL_GAP
                              + r"(?:impose|levy|collect)|(?:shall|will|(?:is|are)[ ]to)[ ]be[ ](?:imposed|levied|"
                              r"collected)[ ]by[ ](?P<by>(?:the|a|an)[ ][^,;.]{1,120}?))(?=[ ]*(?:[,;.]|$)|[ ]+(?:in[ ]"
                              r"accordance|according|pursuant|under)\b)", X)

PRONOUN = re.compile(r"^(?:it|they|he|she|he/she|he[ ]or[ ]she|such[ ]\w+|the[ ]same)$", X)

# --- references ------------------------------------------------------------------------

# An article or paragraph number: digits, or an English number in words ("Four", "twenty-one", "One Hundred and
# Five"), any case, whole words only (SPELLED_NUM above, the heading's pattern: one table of number words). A spelled
# number that goes on a list after "," "and" "or" is capitalised ("Articles Two, Three and Five"): a lower-case one
# there is an ordinary word ("Article Four and one of the couriers"); after a range word any case ("Four to six").
# One reading per number (a failing match of a list of them would try 2^n): "One Hundred and Five" is 105, never 100
# and 5, and "Twenty-One" is 21, never the range 20 to 1.
_SPELLED = rf"(?i:{SPELLED_NUM}(?!\w)(?!-\w)(?!(?<=hundred)[ \t]+and[ \t]))"
SPELLED_REF_NUM = _SPELLED  # the same, for the reference reader's tokens
ART_NUM = rf"(?:\d+|{_SPELLED})"
# ... unless the number before it is lower-case too: "articles four and five" (a list in one case). Python's look-behind
# has a fixed width, so one per number word and separator; the word before must start lower-case
_LOWER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
                "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred"]
_AFTER_LOWER = "|".join(rf"(?<=(?<![A-Za-z-]){w}{sep})" for w in _LOWER_WORDS
                        for sep in (",[ ]", "[ ]and[ ]", "[ ]or[ ]", ",[ ]and[ ]", ",[ ]or[ ]"))
# and what follows it ends the reference ("Article four and one of the couriers" is no list)
_LOWER_END = (r"(?=[.,;:)]|$|[ ](?:of[ ](?:these|this)|hereof|herein|above|below|shall|may|must|should|is|are|apply|"
              r"applies|and|or|to|through)\b)")
# (case-sensitive even inside an IGNORECASE pattern: a number reads one way, capitalised or lower-case, never both)
_NUM_NEXT = rf"(?:\d+|(?=(?-i:[A-Z])){_SPELLED}|(?-i:{_AFTER_LOWER})(?=(?-i:[a-z])){_SPELLED}{_LOWER_END})"
_RANGE_WORD = r"(?:[ ]to[ ]|[ ]through[ ]|[ ]?[-–—][ ]?)"
_LIST_SEP = r"(?:,[ ]|[ ]and[ ]|[ ]or[ ]|,[ ]and[ ]|,[ ]or[ ])"  # with _RANGE_WORD, the separators of _RANGE
# the tokens of a matched list of numbers: a number, or a range word ("Four through Six", "5-9")
NUMBER_TOKEN = re.compile(rf"(?P<num>{ART_NUM})|\b(?:to|through)\b|[-–—]")
# ("opening": a translator's "the opening paragraph of Article 4" for the first, 第四条第一款; parse/numbers.ordinal)
_ORD = r"first|opening|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
ORDINAL_WORD = re.compile(rf"\b(?:{_ORD})\b", re.IGNORECASE)
# one reading per label: a lone "i", "v" or "x" is read by [a-z] only (two readings of each made a failing match of
# "items (i), (i), ..." try 2^n ways); which numeral it is, _item_numbers decides from the list's labels
_ITEM_NUM = r"\(?(?-i:\d+|[IVX]+|[ivx]{2,}|[a-z])\)?"  # case-sensitive even inside an IGNORECASE pattern
# "item (1) or (2) of", "Subparagraphs (2) to (7) of", "items 1 through 3 of"
# ((defsanct12) the unit word may be repeated in the list: "item (1) or item (4) of", "points (a) and point (c) of")
_ITEMS = rf"""(?P<items_word>(?i:sub-?paragraphs?|items?|points?)[ ])(?P<items>{_ITEM_NUM}(?:(?:,[ ]|[ ]and[ ]|[ ]or[ ]|,[ ]and[ ]|,[ ]or[ ]|
              [ ]to[ ]|[ ]through[ ])(?:(?i:sub-?paragraphs?|items?|points?)[ ])?{_ITEM_NUM})*)[ ]of[ ]"""
_RANGE = rf"(?:{_LIST_SEP}|{_RANGE_WORD})"
# brackets after an article number: "(1)" a paragraph; "(1)(b)", "(1)(b) or (c)", "(1)(a) to (c)" items of it;
# "(1) and (2)" paragraphs
_BRACKET_ITEM = r"\((?-i:\d+|[ivx]{2,}|[a-z])\)"  # one reading per label (see _ITEM_NUM)
_BRACKET_SEP = r"(?:[ ](?:or|and|to|through)[ ]|,[ ](?:and[ ]|or[ ])?|[-–])"
ART_BRACKETS = (rf"\(\d+\)(?:{_BRACKET_ITEM}(?:{_BRACKET_SEP}{_BRACKET_ITEM})*|(?:{_BRACKET_SEP}\(\d+\)(?!\())*)"
                rf"(?![\w(])")
_PARA_NUMS = (rf"{ART_NUM}(?:(?:,[ ]|[ ]and[ ]|[ ]or[ ]|,[ ]and[ ]){_NUM_NEXT}|(?:[ ]to[ ]|[ ]through[ ]){ART_NUM})*")
_PARA_ORDS = rf"(?:{_ORD})(?:(?:,[ ]|[ ]and[ ]|[ ]or[ ]|,[ ]and[ ])(?:{_ORD}))*"
# "Article 17", "Articles 16 and 17", "Articles 5 to 9", "Articles 43 through 45", "the first paragraph of Article 17",
# "paragraph 2 of Article 29", "Article 26, paragraph 1", "Article 17(1)", "Article 18 and Article 35",
# "Article 4(1) or Article 6(2)" (each article its own paragraph), "points (a) to (c) of Article 4(1)",
# "item (1) of the first paragraph of Article 13"
ARTICLE_REF = re.compile(
    rf"""
    (?:{_ITEMS})?
    # ((defsanct12) "the first sentence of Article 6": a sentence is cited by the paragraph that holds it; the first
    # sentence of an article is in its first paragraph, any other is cited by the article or paragraph named)
    (?P<sentence>(?i:the)[ ](?P<sent_ord>{_ORD}|last)[ ]sentences?[ ]of[ ])?
    # ((defsanct13) "the last paragraph of Article 5": the article's last paragraph as printed; "the first two
    # paragraphs of Article 4", "the last two paragraphs of": a run of paragraphs counted from either end)
    (?:(?P<para_ord>(?i:the)[ ](?:(?P<ord>{_PARA_ORDS})|(?P<para_last>last)|(?P<run_end>first|last)[ ](?P<run_n>two|three|four))
       [ ]paragraphs?[ ]of[ ])|(?:[Pp]aragraphs?[ ]\(?(?P<para_num>{_PARA_NUMS})\)?[ ]of[ ]))?
    \b(?P<word>Articles?|Arts?\.|articles?(?=[ ]\d)|articles(?=[ ]{_SPELLED}(?:,[ ]|[ ]and[ ]|[ ]or[ ]|[ ]to[ ]|[ ]through[ ])))[ ]
    (?P<nums>{ART_NUM}(?P<para_paren>{ART_BRACKETS})?
      (?:(?:{_RANGE}(?:Articles?|Arts?\.)[ ]{ART_NUM}|{_RANGE_WORD}{ART_NUM}|{_LIST_SEP}{_NUM_NEXT})(?:{ART_BRACKETS})?)*)
    # ("Article 2, the first paragraph of Article 1" is a list: that paragraph is Article 1's)
    (?:(?:,?[ ](?:[Pp]aragraph|[Pp]ara\.?)[ ]\(?(?P<para_after>{ART_NUM})\)?|,[ ](?:the[ ])?(?P<ord_after>{_ORD})[ ]paragraph)
       (?![ ]of[ ](?:Articles?|Arts?\.|the[ ](?:preceding|previous|following|next)|this)\b)
    # "Article 5 ①", "Article 5①", "Article 7 ① and ②": a circled number after the article's names its paragraph, as
    # texts whose paragraphs are numbered so cite them (the Chinese 第五条第一款 printed with the paragraph's own mark)
     | [ ]?(?P<para_circled>[{CIRCLED}](?:(?:,[ ]?|、|[ ]and[ ]|[ ]or[ ]|[ ]to[ ]|[ ]?[-–~～][ ]?)[{CIRCLED}])*)(?![{CIRCLED}]))?
    (?:,?[ ](?i:items?|sub-?paragraphs?|points?)[ ](?P<items_after>{_ITEM_NUM}(?:(?:,[ ]|[ ]and[ ]|[ ]or[ ]|[ ]to[ ]){_ITEM_NUM})*))?
    (?P<scope>[ ](?:hereof|herein|of[ ]these[ ](?:Provisions|Measures|Regulations|Rules)|of[ ]this[ ](?:Law|Decision|Code)))?
    """,
    re.VERBOSE,
)
# "12-1" in an article number: an inserted (sub-numbered) article, not a range, when it follows the singular "Article"
# or the second number is not above the first
SUB_NUMBER = re.compile(r"(?<![\d.])(?P<n>\d+)[-–](?P<sub>\d+)(?![\d.])")
# "Article 2.1": a decimal tail after an article number (not a sentence end: a digit follows the point directly)
DECIMAL_TAIL = re.compile(r"\.\d+(?:\.\d+)*(?![\d])")
# A provision quoted after the verb that introduces it: 'Article 25 of the X Law provides: "..."', '... stipulates
# that "..."', 'Article 5 of the X Rules is amended to read: "..."'. What the quotation cites is the quoted
# instrument's, not the quoting text's. A colon at the end of a paragraph announces the quotation in the next one.
QUOTED_PROVISION = re.compile(
    r"""\b(?:provides|provided|stipulates|stipulated|states|stated|prescribes|prescribed|specifies|reads|read|(?:is|are|shall[ ]be)[ ](?:amended|revised|changed|
    modified)[ ]to[ ]read|(?:is|are|shall[ ]be)[ ](?:amended|revised|replaced)[ ](?:as[ ]follows|with|by))(?:[ ]as[ ]follows)?
    (?:[ ]that)?[ ]*(?:[:：,]?[ ]*(?P<open>["“‘])|[:：][ ]*$)    # the quotation here, or in the next paragraph""",
    re.VERBOSE | re.IGNORECASE,
)
QUOTE_CLOSE = {"“": "”", "‘": "’", '"': '"'}  # the mark that closes each opening quotation mark
AMENDING_VERB = re.compile(r"\b(?:amended|revised|changed|modified|replaced)\b", re.IGNORECASE)
# "Chapter II of these Provisions", "Chapters 1 and 2", "Section 1 of Chapter II"
# Arabic, Roman, or a capitalised number in words ("Chapter Three", "Chapters Two and Four"), one reading per word
_CHAP_NUM = rf"(?:\d+|[IVXLC]+\b|(?=[A-Z]){_SPELLED})"
CHAPTER_REF = re.compile(
    rf"""
    (?:\b(?P<sec_word>Sections?)[ ](?P<secs>{_CHAP_NUM}(?:{_RANGE}(?:Sections?[ ])?{_CHAP_NUM})*)[ ]of[ ])?
    \b(?P<word>Chapters?)[ ](?P<chaps>{_CHAP_NUM}(?:{_RANGE}(?:Chapters?[ ])?{_CHAP_NUM})*)
    (?P<scope>[ ](?:hereof|herein|of[ ]these[ ](?:Provisions|Measures|Regulations|Rules)|of[ ]this[ ](?:Law|Decision|Code)))?
    """,
    re.VERBOSE,
)
RELATIVE_REF = re.compile(
    rf"""(?:{_ITEMS})?
    (?:
        # ((defsanct13) "the last paragraph of this Article / of the preceding article", as the last of the article)
        (?:\bthe[ ](?:(?P<rel_ord>{_PARA_ORDS})|(?P<rel_last>last))[ ]paragraphs?[ ]of[ ]|\bparagraphs?[ ]\(?(?P<rel_num>{_PARA_NUMS})\)?[ ]of[ ])?
        \b(?:the|this|the[ ]present)[ ](?:
            # (session 11) "the immediately preceding paragraph": the adverb stresses the one before, the same reference
            (?:(?P<count_before>two|three|four)[ ])?(?:immediately[ ])?(?P<prev>preceding|previous|foregoing|aforementioned|aforesaid|
            above-mentioned|above|next|subsequent|succeeding|
            # (session 13) "the last two articles": the ones before this (前两条 rendered "last"); with a count, and
            # no "of" after it ("the last two paragraphs of Article 4" counts from that article's end: ARTICLE_REF)
            last(?=[ ](?:two|three|four)[ ](?:paragraphs|articles)\b(?![ ]of\b))|
            # "the following article", "the following two paragraphs" (not "the following items:", a list)
            following(?=[ ](?:(?:two|three|four)[ ](?:paragraphs|articles)|(?:paragraph|article)\b(?!s))))
            [ ](?:(?P<count>two|three|four)[ ])?
            (?P<unit>paragraphs?|articles?|items?)
          # "this Article", "the present paragraph", "the Article"; (session 11) not a lower-case "the article", which
          # is an ordinary noun as often as not ("describe the article", "after the article was found")
          | (?P<self>(?<!\bthe[ ])(?:paragraph|article|chapter|section)|(?-i:Paragraph|Article|Chapter|Section))\b(?![ ]\d)
        )
      | \bthe[ ](?P<own_ord>{_ORD})[ ]paragraph\b(?![ ]of\b)
      # "paragraph 2", "paragraphs 1 and 2" with no article named: of this article
      | (?<![Aa]rticle[ ])(?<![Aa]rticles[ ])(?<![,][ ])\bparagraphs?[ ]\(?(?P<own_num>{_PARA_NUMS})\)?(?![\w(])(?!\.\d)(?![ ]of\b)
      # "items (1) to (3) above": items of this paragraph
      | \b(?:sub-?paragraphs?|items?|points?)[ ](?P<own_items>{_ITEM_NUM}(?:(?:,[ ]|[ ]and[ ]|[ ]or[ ]|[ ]to[ ]|
        [ ]through[ ]){_ITEM_NUM})*)[ ](?:above|hereof)\b
    )""",
    X,
)
# after "Article 5": the words that make it another instrument's article ("Article 5 of the Civil Code")
# ("Article 5 of Chapter II", "Article 5 of These Measures": a unit or the text itself, capitalised, is no other
# instrument)
CITES_OTHER_INSTRUMENT = re.compile(
    r"[ ]+of[ ]+(?:the[ ]+)?(?!(?:Chapter|Section|Part|Annex|Appendix|These|This)\b)(?:[A-Z“\"《]|PRC\b)")
# a modal that binds the subject before it, in a block set apart after the last article (parse/apart.py)
SET_APART_MODAL = re.compile(r"\b(?:shall|must|may)\b")
# Title-like names of laws: capitalised words ending in a legal-instrument noun.
LAW_TITLE = re.compile(
    r"""
    (?:\b[Tt]he[ ])?
    (?P<title>
      (?:[A-Z][\w'’-]*)
      # one way only to read each word ("People's" and "Internet-based" are capitalised words): an alternative that
      # matches the same word twice makes a failing match try 2^n readings (a text hung on 300 "People's")
      (?:[ ](?:[A-Z][\w'’-]*|of|on|for|the|and|in|to|against))*?
      [ ](?:Law|Laws|Code|Act|Measures|Provisions|Regulations|Rules|Decision|Interpretation|Opinions|Notice)
      (?:[ ]of[ ]the[ ]People['’]s[ ]Republic[ ]of[ ]China)?
    )""",
    re.VERBOSE,
)
# (probe19b) a code cited in lower case after an article of it: "article 115 or article 187 of the criminal law",
# "Article 7 of the labour law" (translations print the title of a code in lower case): another instrument, not this
# text ("of this law" is the text's own)
LOWER_LAW_AFTER = re.compile(r"[ ]+of[ ]+the[ ]+(?P<title>(?:new[ ])?(?:[a-z][\w'’-]*[ ]){1,4}?(?:law|code))\b(?![ ]+(?:on|of|for)\b)")
# (probe19b) the short name a text gives a title it has just cited, "(hereinafter referred to as the Price Law)": a name,
# not a second citation
SHORT_NAME_BEFORE = re.compile(r"(?:hereinafter|hereafter)[ ]+(?:referred[ ]+to[ ]+as|called)[ ]+(?:the[ ]+)?[\"“]?$",
                               re.IGNORECASE)
# Titles that open with the instrument's name ("Measures for Security Assessment of Outbound Data Transfers",
# "Regulations on the Safety of Street Kiosks", "Interim Measures for ..."): the
# instrument noun, a preposition, then capitalised words joined by lower-case connectors, ending capitalised.
_TITLE_WORD = r"(?:[A-Z][\w'’-]*|internet-based)"  # one reading per word (see LAW_TITLE)
_INSTRUMENT_NOUN = r"(?:Law|Laws|Code|Measures|Provisions|Regulations|Rules|Decision|Interpretation|Opinions|Notice)"
_BODY_NOUN = r"(?:Ministry|Department|Administration|Council|Commission|Bureau|Office|Government|Court|Procuratorate|Committee)"
# "and the" goes on inside a title ("... on Basic Health Care and the Promotion of Health") unless what follows is a
# title of its own (it ends in an instrument noun: "... on Data Security and the Electric Power Law") or a body
_AND_THE = rf"""[ ]and[ ]the(?![ ](?:[\w'’-]+[ ]){{0,8}}?{_INSTRUMENT_NOUN}\b)(?![ ](?:[\w'’-]+[ ]){{0,6}}?{_BODY_NOUN}\b)"""
INSTRUMENT_FIRST_TITLE = re.compile(
    rf"""(?:\b[Tt]he[ ])?
    (?P<title>
      (?:(?:Interim|Provisional|Trial|Several|Implementing|Administrative|Basic)[ ])*
      (?:Law|Measures|Provisions|Regulations|Rules|Opinions|Decision|Notice)[ ](?:for|on|of|Concerning|Governing)[ ](?:the[ ])?
      {_TITLE_WORD}(?:(?:[ ](?:of|on|for|the|and|in|to)(?<!and[ ]the)|{_AND_THE})*[ ]{_TITLE_WORD})*
      (?:[ ]\((?:Trial|Draft|for[ ]Trial[ ]Implementation|Trial[ ]Implementation)\))?
    )""",
    re.VERBOSE,
)
# A title between book-title marks, as Chinese typography prints it (also inside an English translation):
# 《Cybersecurity Law》, 《中华人民共和国网络安全法》
BOOK_TITLE = re.compile(r"《(?P<title>[^《》\n]{1,150})》")
# ((probe19b) "The Measures are enacted in accordance with ...": the instrument noun alone after "The" is the text itself)
SELF_REFERENCE = re.compile(r"^(?:These|This|the)\b|^(?:Provisions|Measures|Regulations|Rules)$|"
                            r"^The[ ](?:Provisions|Measures|Regulations|Rules|Law|Decision|Code|Act)$")
