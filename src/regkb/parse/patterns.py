"""Every pattern the parser uses, in one place.

The patterns describe the layouts and phrasing of Chinese regulations in English
translation in general; none of them names a particular regulation's articles,
terms or actors.
"""

from __future__ import annotations

import re

X = re.VERBOSE | re.IGNORECASE

# --- numbers --------------------------------------------------------------------------

ROMAN = r"[IVXLC]+"
CJK_NUM = r"[一二三四五六七八九十百零〇]+"
WORD_NUM = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
)

# --- structure: headings ----------------------------------------------------------------

# Markdown decoration a heading line may carry: "## ", "**", "__", trailing "**".
_DECOR_OPEN = r"^[ \t]*(?:\#{1,6}[ \t]+)?(?:\*\*|__)?[ \t]*"

CHAPTER = re.compile(
    _DECOR_OPEN
    + rf"""
    (?P<label>Chapter[ \t]+(?P<num>{ROMAN}|\d+|{WORD_NUM}))   # "Chapter II", "Chapter 2", "Chapter Two"
    \b[ \t]*[.:\-–—]?[ \t]*                                   # optional punctuation after the number
    (?:\*\*|__)?[ \t]*                                       # bold may close after the label
    (?P<title>[^\n]*?)                                       # title on the same line, if any
    [ \t]*(?:\*\*|__)?[ \t]*$                                # bold may close after the title
    """,
    X,
)

CJK_CHAPTER = re.compile(
    _DECOR_OPEN + rf"(?P<label>第(?P<num>{CJK_NUM}|\d+)章)[ \t　]*(?P<title>[^\n]*?)[ \t]*$", re.VERBOSE
)

SECTION = re.compile(
    _DECOR_OPEN
    + rf"""
    (?P<label>Section[ \t]+(?P<num>{ROMAN}|\d+|{WORD_NUM}))
    \b[ \t]*[.:\-–—]?[ \t]*(?:\*\*|__)?[ \t]*
    (?P<title>[^\n]*?)[ \t]*(?:\*\*|__)?[ \t]*$
    """,
    X,
)

# An article heading at the start of a line: "Article 1", "**Article 1.**", "### Article 1 Title".
ARTICLE = re.compile(
    _DECOR_OPEN
    + r"""
    (?P<label>Article[ \t]+(?P<num>\d+|[IVXLC]+))     # "Article 17"
    (?![\w(])                                           # not "Article 17(1)" or "Article 170"
    [ \t]*[.:]?[ \t]*(?:\*\*|__)?[ \t]*[.:]?[ \t]*     # "Article 1." / "**Article 1.**" / "Article 1:"
    (?P<rest>[^\n]*)$                                   # the text (or title) on the same line
    """,
    X,
)

CJK_ARTICLE = re.compile(_DECOR_OPEN + rf"(?P<label>第(?P<num>{CJK_NUM}|\d+)条)[ \t　]*(?P<rest>[^\n]*)$")

# An article heading glued inside a line behind the previous article's last sentence and,
# possibly, debris such as a date whose Chinese characters were lost ("... television. 2023 1 10
# Article 25 These ...").
INLINE_ARTICLE = re.compile(
    r"""
    (?<=[.;。])                      # the previous article ended a sentence
    (?P<debris>[ \t]+[\d \t]*?)      # spaces, maybe bare numbers (debris)
    [ \t]*(?:\*\*)?
    (?P<label>Article[ \t]+(?P<num>\d+))
    (?:\*\*)?[ \t]*[.:]?(?:\*\*)?[ \t]+
    (?=[A-Z"“(])                     # followed by the start of a sentence
    """,
    re.VERBOSE,
)

# --- structure: items ----------------------------------------------------------------------

# An item label at the start of a line: "(I)", "(1)", "(a)", "（一）", "1.", "a)".
ITEM_LINE = re.compile(
    rf"""
    ^[ \t]*(?:[-*+][ \t]+)?                          # a Markdown bullet may precede it
    (?P<label>
        [(（](?P<p>{ROMAN}|\d+|[a-z]|{CJK_NUM})[)）]  # (I) (1) (a) （一）
      | (?P<d>\d+)[.)](?!\d)                         # 1.  1)
      | (?P<l>[a-z])\)                               # a)
      | (?P<c>{CJK_NUM})、                           # 一、
    )
    [ \t]*(?P<rest>.*)$
    """,
    re.VERBOSE,
)

# An item label inside a line, after a colon that introduces the list: "...situation: (I) Generation".
INLINE_FIRST_ITEM = re.compile(r"(?<=[:：])[ \t]+(?P<label>[(（](?:I|1|a|一)[)）])[ \t]+(?=\S)")


# --- junk --------------------------------------------------------------------------------

# Word field codes and page furniture left by PDF or DOCX conversion.
FIELD_CODES = re.compile(r"[ \t]*\b(?:PAGE|NUMPAGES|SECTIONPAGES)(?:[ \t]*/[ \t]*(?:PAGE|NUMPAGES|SECTIONPAGES))*\b")
PAGE_NUMBER_LINE = re.compile(
    r"""^[ \t]*(?:
        [-–—]?[ \t]*\d{1,4}[ \t]*[-–—]?             # "12", "- 12 -"
      | (?:Page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?   # "Page 3 of 9"
      | \d{1,4}[ \t]*/[ \t]*\d{1,4}                 # "3/9"
    )[ \t]*$""",
    X,
)
# --- layout (pages) --------------------------------------------------------------------------

# The page marker `regkb add` writes where a page of the original begins: "<!-- page 3 -->".
PAGE_MARKER = re.compile(r"^[ \t]*<!--[ \t]*page[ \t]+(?P<num>\d{1,5})[ \t]*-->[ \t]*$")
# What may follow an article number when "Article N" is a cross-reference, not a heading:
# a comma, a bracket or semicolon, or a lower-case word ("Article 12 of this Law").
ARTICLE_REST_CONTINUES = re.compile(r"^[ \t]*(?:[,;)\]］）、]|[a-z])")
# How a line ends when its sentence goes on in the next line: a letter, a digit, a comma,
# a hyphen or an opening bracket (nothing that closes a sentence or a clause).
LINE_CONTINUES = re.compile(r"[\w,(\[“-]$")

HORIZONTAL_RULE = re.compile(r"^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$")
FRONTMATTER_FENCE = re.compile(r"^---[ \t]*$")

# --- sentences -------------------------------------------------------------------------

ABBREVIATIONS = re.compile(r"(?:\b(?:No|Nos|Art|Arts|para|paras|e\.g|i\.e|etc|cf|vs|Mr|Ms|Dr|St|Co|Ltd|Inc)|\b[A-Z])\.$")
SENTENCE_END = re.compile(r"[.!?。](?=[ \t]+(?:[\"“(]?[A-Z(]))")

# --- definitions ---------------------------------------------------------------------------

DEFINITIONS_INTRO = re.compile(
    r"""(?:
        the[ ]following[ ]terms?[ ](?:shall[ ])?(?:have|has|bear)[ ]the[ ]following[ ]meanings?
      | the[ ]meanings?[ ]of[ ]the[ ]following[ ]terms
      | (?:as|when)[ ]used[ ]in[ ]these[ ]\w+
      | for[ ]the[ ]purposes?[ ]of[ ]these[ ]\w+[ ]the[ ]following
    )""",
    X,
)
# "X refers to Y", "X means Y", "X shall refer to Y", "X is defined as Y".
DEFINING_VERB = re.compile(
    r"""[ ](?P<verb>(?:shall[ ])?(?:refers?[ ]to|means?|denotes?|is[ ]defined[ ]as|are[ ]defined[ ]as|shall[ ]mean))[ ]""",
    X,
)
# '(hereinafter referred to as the "deep synthesis services")', '(hereinafter "X")'
INLINE_DEFINITION = re.compile(
    r"""[(（][ ]*hereinafter(?:[ ]referred[ ]to[ ]as|[ ]called|[ ]the)?[ ]*(?:the[ ]+)?
        [\"“'‘](?P<term>[^\"”'’]{1,80})[\"”'’][ ]*[)）]""",
    X,
)
QUOTED_TERM = re.compile(r"^[\"“‘'](?P<term>[^\"”’']{1,80})[\"”’']$")

# --- modality --------------------------------------------------------------------------

# Trigger words of normative statements, most specific first. Group names give the modality.
MODAL = re.compile(
    r"""\b(?:
        (?P<encouragement>(?:is|are)[ ](?:hereby[ ])?encouraged[ ]to|(?:the[ ]state[ ])?encourages?)
      | (?P<prohibition>shall[ ]not|must[ ]not|may[ ]not|cannot|can[ ]not|shall[ ]in[ ]no[ ]case|
                        (?:is|are)[ ](?:strictly[ ])?prohibited[ ]from|(?:is|are)[ ]not[ ]allowed[ ]to)
      | (?P<obligation>shall|must|(?:is|are)[ ]obliged[ ]to|(?:is|are)[ ]required[ ]to|
                        (?:is|are)[ ]responsible[ ]for|have[ ]to|has[ ]to)
      | (?P<permission>may|can|(?:is|are)[ ]entitled[ ]to|(?:has|have)[ ]the[ ]right[ ]to)
    )\b""",
    X,
)

# A subject that denies the duty to everyone: "No organization or individual may ...".
NEGATED_SUBJECT = re.compile(r"^(?P<neg>No|Neither)[ ]+(?P<np>.+)$", X)

# Statements with a modal that bind no one: scope, commencement, precedence, definitions, sanctions.
NOT_A_DUTY = re.compile(
    r"""
      ^(?:shall|may)[ ]apply\b                           # "these Provisions shall apply to"
    | ^shall[ ]come[ ]into[ ](?:force|effect)\b          # commencement
    | ^shall[ ](?:take[ ]effect|enter[ ]into[ ]force|be[ ]effective)\b
    | ^shall[ ](?:prevail|govern)\b                      # precedence
    | ^shall[ ](?:have|bear)[ ]the[ ]following[ ]meaning # definitions
    | ^shall[ ](?:refer[ ]to|mean)\b
    | ^shall[ ]be[ ](?:penali[sz]ed|punished|fined|given[ ]a[ ]warning|held[ ](?:legally|criminally)[ ]liable|
                     investigated|subject[ ]to[ ](?:penalt|punishment|sanction))
    | ^shall[ ]be[ ]imposed                               # "heavier penalties shall be imposed"
    | ^shall[ ]be[ ]interpreted\b
    | ^shall[ ]impose[ ](?:\S+[ ]){0,4}?(?:penalt|punishment|sanction|fine)   # sanction clauses
    | ^shall[ ]be[ ]responsible[ ]for[ ]the[ ]interpretation
    """,
    X,
)
SANCTION_SUBJECT = re.compile(r"(?:penalt|punishment|sanction|liabilit|fine)\w*$", re.IGNORECASE)

# --- conditions --------------------------------------------------------------------------

# Words that open a leading condition: "Where ...,", "If ...,".
CONDITION_OPENER = re.compile(
    r"""^(?:where|if|when|whenever|in[ ]case(?:[ ]of)?|in[ ]the[ ]event[ ](?:of|that)|unless|provided[ ]that|
          once|after|before|upon)\b""",
    X,
)
# A post-modifier that narrows the subject: "... providers that have completed ...",
# "... supporters who provide ...", "... providers with attribute of ...", "... providers providing ...".
SUBJECT_POSTMODIFIER = re.compile(
    r"""[ ,]+(?=(?:that|who|whose|which|with|having|capable[ ]of|engaged[ ]in|
              [a-z]+ing\b(?<!\bthing)(?<!\bbeing)(?<!\bstring))[ ])""",
    X,
)

PRONOUN = re.compile(r"^(?:it|they|he|she|he/she|he[ ]or[ ]she|such[ ]\w+|the[ ]same)$", X)

# --- references ------------------------------------------------------------------------

ART_NUM = r"\d+"
# "Article 17", "Articles 16 and 17", "Articles 16, 17 and 18", "Articles 5 to 9"
ARTICLE_REF = re.compile(
    rf"""
    (?P<para_ord>the[ ](?P<ord>first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))[ ]paragraph[ ]of[ ])?
    \b(?P<word>Articles?)[ ]
    (?P<nums>{ART_NUM}(?:\((?P<para_paren>\d+)\))?(?:(?:,[ ]|[ ]and[ ]|[ ]or[ ]|[ ]to[ ]|,[ ]and[ ]){ART_NUM})*)
    (?P<scope>[ ](?:hereof|herein|of[ ]these[ ](?:Provisions|Measures|Regulations|Rules)|of[ ]this[ ](?:Law|Decision|Code)))?
    """,
    re.VERBOSE,
)
RELATIVE_REF = re.compile(
    r"""\b(?:the|this)[ ](?:
        (?P<prev>preceding|previous|foregoing)[ ](?:(?P<count>two|three|four)[ ])?(?P<unit>paragraphs?|articles?|items?)
      | (?P<self>paragraph|article)\b(?![ ]\d)
    )""",
    X,
)
# Title-like names of laws: capitalised words ending in a legal-instrument noun.
LAW_TITLE = re.compile(
    r"""
    (?:\b[Tt]he[ ])?
    (?P<title>
      (?:[A-Z][\w'’-]*|of|on|for|the|and|in|to|against|Internet-based|People's|People’s)
      (?:[ ](?:[A-Z][\w'’-]*|of|on|for|the|and|in|to|against|Internet-based|People's|People’s))*?
      [ ](?:Law|Laws|Code|Measures|Provisions|Regulations|Rules|Decision|Interpretation|Opinions|Notice)
      (?:[ ]of[ ]the[ ]People['’]s[ ]Republic[ ]of[ ]China)?
    )""",
    re.VERBOSE,
)
SELF_REFERENCE = re.compile(r"^(?:These|This|the)\b|^(?:Provisions|Measures|Regulations|Rules)$")
