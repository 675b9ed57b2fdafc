"""Tables in the text of a regulation: duties, deadlines and penalties laid out in rows.

One form for every input: a Markdown pipe table (a header row, a delimiter row of dashes, one line
per data row; the outer pipes may be left out). The Word and web-page importers write their tables
in this form, so the text of a table stays in the article verbatim, every cell with its span, and
this module is the one table reader.

- :func:`find_tables` finds the tables among the lines of a text;
- :func:`cell_spans` splits a row into its cells;
- :func:`read_columns` reads what each column is from its header and its cells, never from a list
  of one text's words: a column of item numbers (the row's label), of circumstances or deadlines
  (the condition of the row's duty), of parties (the bearer), of conduct (the action); a header
  that names a party and a duty ("Duty of X", "Obligations of X", "X shall") gives the bearer and
  the modality of its column. What it cannot tell is said (``Reading.problem``), never guessed;
- :func:`row_clauses` turns the rows of a table paragraph into duties for the obligation
  extractor (``parse/obligations.py`` calls it).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import patterns as P

if TYPE_CHECKING:
    from ..textspan import Clean
    from .units import Unit

_PIPE = re.compile(r"(?<!\\)\|")
_DELIM_CELL = re.compile(r"^[ \t]*:?-+:?[ \t]*$")

# Patterns the functions below use, compiled once (a call of re.match/re.sub with a pattern string looks it up in
# re's cache each time)
_NEGATIVE_WORD = re.compile(r"\bnot\b|prohibit|forbid")
_RIGHT_WORD = re.compile(r"rights?$|entitled")
_PERMISSION_WORD = re.compile(r"may$|permission|permitted")
_NOT_VERB = re.compile(r"not\s+[a-z]")
_CONDUCT_HEADER = re.compile(r"(?:tasks?|measures?|actions?|requirements?)$", re.IGNORECASE)
_THE_FOLLOWING = re.compile(r"(?:the\s+)?following\s", re.IGNORECASE)
MAX_TABLE_ROWS = 5000  # a bound on the rows read from one table


# --- rows and cells --------------------------------------------------------------------------


def cell_spans(line: str) -> list[tuple[int, int]]:
    """The cells of a table row: (start, end) of each cell's text in ``line``, white space stripped.

    A pipe at the start or end of the row opens or closes it; ``\\|`` is a pipe inside a cell.

    >>> line = "| 1 | Before sale | display the policy |"
    >>> [line[a:b] for a, b in cell_spans(line)]
    ['1', 'Before sale', 'display the policy']
    >>> line = "No. | Stage"
    >>> [line[a:b] for a, b in cell_spans(line)]
    ['No.', 'Stage']
    """
    a = len(line) - len(line.lstrip())
    b = len(line.rstrip())
    if a < b and line[a] == "|":
        a += 1
    if b > a and line[b - 1] == "|" and (b < 2 or line[b - 2] != "\\"):
        b -= 1
    out: list[tuple[int, int]] = []
    pos = a
    for m in _PIPE.finditer(line, a, b):
        out.append(_strip(line, pos, m.start()))
        pos = m.end()
    out.append(_strip(line, pos, b))
    return out


def _strip(s: str, a: int, b: int) -> tuple[int, int]:
    while a < b and s[a].isspace():
        a += 1
    while b > a and s[b - 1].isspace():
        b -= 1
    return a, b


def cells(line: str) -> list[str]:
    """The cells' texts of a table row."""
    return [line[a:b] for a, b in cell_spans(line)]


def is_row(line: str) -> bool:
    """A line that can be a row of a pipe table: it holds a pipe that is not escaped."""
    return bool(line.strip()) and _PIPE.search(line) is not None


def is_delimiter(line: str) -> bool:
    """The delimiter row under a header: cells of dashes (``---``, ``:--``, ``--:``) between pipes."""
    if "|" not in line or "-" not in line:
        return False
    return all(_DELIM_CELL.match(line[a:b]) for a, b in cell_spans(line))


@dataclass(frozen=True, slots=True)
class TableLines:
    """Where a table is among the lines of a text: its header line, delimiter line and last row line."""

    header: int
    delimiter: int
    last: int


def find_tables(lines: Sequence[str]) -> list[TableLines]:
    """The pipe tables among ``lines``: a row, then a delimiter row with as many cells, then the rows up to
    the first line that is blank or holds no pipe."""
    out: list[TableLines] = []
    i = 0
    n = len(lines)
    while i + 1 < n:
        if is_row(lines[i]) and is_delimiter(lines[i + 1]) \
                and len(cell_spans(lines[i])) == len(cell_spans(lines[i + 1])):
            j = i + 2
            while j < n and j - i < MAX_TABLE_ROWS and is_row(lines[j]) and not is_delimiter(lines[j]):
                j += 1
            out.append(TableLines(i, i + 1, j - 1))
            i = j
            continue
        i += 1
    return out


def markdown_row(texts: Sequence[str]) -> str:
    """One row of a pipe table from its cells' texts (a pipe inside a cell escaped, white space folded)."""
    return "| " + " | ".join(" ".join(t.replace("|", "\\|").split()) for t in texts) + " |"


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    """The lines of a pipe table: the header row, the delimiter row, the data rows (padded to one width)."""
    width = max([len(header), *(len(r) for r in rows)])
    head = list(header) + [""] * (width - len(header))
    out = [markdown_row(head), "|" + "|".join(["---"] * width) + "|"]
    out.extend(markdown_row(list(r) + [""] * (width - len(r))) for r in rows)
    return out


# A cell that is only an item number: "1", "(1)", "1.", "a)", "(iv)", "No. 3"
LABEL_CELL = re.compile(r"^(?:[(（]?(?:\d{1,3}|[ivxlc]{1,6}|[IVXLC]{1,6}|[a-z])[)）.]?|No\.?\s*\d{1,3})$")


def names_columns(row: Sequence[str]) -> bool:
    """Does the first row of a table that sets the law a row per article only name its columns ("Provision | Text",
    "Article No. | Text of the Provision | Notes"): two cells or more with words, four words at most each, none an
    article number or a division's heading?"""
    return sum(bool(c.strip()) for c in row) >= 2 and all(
        len(c.split()) <= 4 and not P.LAW_ROW_CELL.match(c.strip()) and not P.LAW_ROW_DIVISION.match(c.strip())
        for c in row)


def column_names_row(rows: Sequence[Sequence[str]]) -> int | None:
    """The index of the row that names the columns of a table that sets the law a row per article: its first row with
    words in two cells or more (a title row across the table may stand above it), when :func:`names_columns`."""
    for k, r in enumerate(rows):
        if sum(bool(c.strip()) for c in r) >= 2:
            return k if names_columns(r) else None
    return None


def law_rows(rows: Sequence[Sequence[str]], least: int = 2) -> bool:
    """Do ``rows`` (the text of each row's cells, a merged cell once) set the law itself, a row per article: its
    number alone in the first cell ("Article 4", "第四条", perhaps a short caption, :data:`patterns.LAW_ROW_CELL`) and
    its text in the next, chapters as rows of their own?

    Legislatures' web pages and Word users' "Provision | Text" tables set whole laws this way (importers/html.py,
    importers/docx.py). Read as a data table, every article would become a cell of one Markdown table and the text
    would have no article heading. Two such rows at least (``least``: one, for a further table of a document whose
    law is set in such tables, a chapter of one article in a table of its own); they are most of the rows with text
    beyond their first cell (a table of duties that cites an article in one row is not the law), not counting a row
    that heads a chapter or section ("Chapter II" | "Supervision"), a row whose first cell is empty (an article's
    further paragraph in a row of its own, its number cell merged down) and a row that only names the columns
    (:func:`column_names_row`); and their numbers follow one another (a table of sanctions citing Articles 12, 15 and
    20 is data)."""
    from .numbers import parse_number

    if (head := column_names_row(rows)) is not None:
        rows = [r for k, r in enumerate(rows) if k != head]  # a header row ("Provision | Text") is no row of the law's
    wide = [r for r in rows if len(r) >= 2 and any(c.strip() for c in r[1:]) and r[0].strip()
            and not P.LAW_ROW_DIVISION.match(r[0].strip())]
    numbered = [r for r in wide if P.LAW_ROW_CELL.fullmatch(r[0].strip()) and len(r[1].strip()) > len(r[0].strip())]
    if len(numbered) < max(least, 1) or len(numbered) * 2 <= len(wide):
        return False
    nums = [parse_number(m.group(1) or m.group(2)) for r in numbered if (m := P.LAW_ROW_NUMBER.search(r[0]))]
    return all(n is not None for n in nums) and nums == list(range(nums[0] or 0, (nums[0] or 0) + len(nums)))


# --- comparison (synopsis) tables ---------------------------------------------------------------
#
# An amendment is often published as a comparison table: a column of the text before the change, a column of the text
# after it, perhaps a column of notes or reasons. Only the later version is law. Which column that is, the header says,
# in the words of versions (never a text's own words): before ("Original text", "Former provision", "Existing",
# "Current", "Draft", "Before amendment") and after ("Amended text", "Revised provision", "New", "Adopted", "After
# amendment"). The Word and web-page importers share this decision (importers/docx.py, importers/html.py).

# a header cell that names the earlier version
_OLD_VERSION = re.compile(r"(?i)(?<![a-z])(?:former|original|existing|current|old|previous|prior|draft|before|"
                          r"unamended|pre-amendment|in[ ]force)(?![a-z])")
# a header cell that names the later version ("amendment" alone is no version: "Notes on the amendment")
_NEW_VERSION = re.compile(r"(?i)(?<![a-z])(?:amended|revised|new|adopted|after|modified|proposed|post-amendment)"
                          r"(?![a-z])")
# a header cell that names the article numbers' column ("Article", "No.", "Provision"): read with the law
_NUMBER_HEADER = re.compile(r"(?i)^(?:articles?|art\.|no\.?|numbers?|provisions?|clauses?|#)$")
# a cell of the later version's column that says there is no text ("(Deleted)", "(None)", "—"): no law
NO_TEXT_CELL = re.compile(r"(?i)^[(（\[]?[ ]*(?:deleted|none|repealed|omitted|removed|n/?a|nil|blank|no[ ]text|"
                          r"not[ ]applicable|[-–—]+|无|删除|删去)[ ]*[)）\]]?\.?$")
MAX_HEADER_WORDS = 10  # a header cell names a column: a few words ("Original text (Order No. 44 of 2034)")


@dataclass(frozen=True, slots=True)
class Comparison:
    """How a comparison table's columns are read: ``header`` (the index of the row that names them), ``law`` (the
    later version's column), ``number`` (a column of article numbers, read with the law, or None), ``apart`` (every
    other column: the earlier version, notes, reasons; kept beside the law, not law) and the header's ``names``."""

    header: int
    law: int
    number: int | None
    apart: tuple[int, ...]
    names: tuple[str, ...]

    def says(self) -> str:
        """What was taken as law, in words for the import's notes and `regkb check`."""
        def name(k: int) -> str:
            return f"column {k + 1} ({self.names[k]!r})" if self.names[k] else f"column {k + 1}"
        return (f"read as a comparison table: {name(self.law)} is the later version, taken as the law" +
                (f" (with {name(self.number)}, the article numbers)" if self.number is not None else "") +
                "; " + ", ".join(name(k) for k in self.apart) + " kept beside it as not law")


def _header_row(rows: Sequence[Sequence[str]]) -> int | None:
    """The first row with words in two cells or more, each cell a few words (a header names columns)."""
    for k, r in enumerate(rows[:3]):
        if sum(bool(c.strip()) for c in r) >= 2:
            return k if all(len(c.split()) <= MAX_HEADER_WORDS for c in r) else None
    return None


def comparison_columns(rows: Sequence[Sequence[str]]) -> Comparison | None:
    """Is a table (``rows``: each row's cells' texts, a merged cell once) a comparison table, and which column is the
    law? It is when its header row names exactly one column as the earlier version and exactly one as the later one
    (:data:`_OLD_VERSION`, :data:`_NEW_VERSION`; a cell naming both, "Former and amended text", decides nothing), and
    at least two rows below it have text in both, an article's text in two of them ("Article 4 ..." opening the cell
    of either version: a table of fees "Current fee | New fee" is data). The later version's column is the law; a column headed "Article"
    or "No." is read with it; every other column (the earlier version, notes, reasons) is kept apart. A bilingual
    table ("中文 | English"), a "Provision | Text" table or a table of duties names no versions: None."""
    head = _header_row(rows)
    if head is None:
        return None
    names = [" ".join(c.split()) for c in rows[head]]
    old = [k for k, c in enumerate(names) if _OLD_VERSION.search(c) and not _NEW_VERSION.search(c)]
    new = [k for k, c in enumerate(names) if _NEW_VERSION.search(c) and not _OLD_VERSION.search(c)]
    if len(old) != 1 or len(new) != 1:
        return None
    both = [r for r in rows[head + 1:] if max(old[0], new[0]) < len(r) and r[old[0]].strip() and r[new[0]].strip()]
    if len(both) < 2 or sum(1 for r in both if _opens_article(r[old[0]]) or _opens_article(r[new[0]])) < 2:
        return None  # (a table of fees "Current fee | New fee" inside an article sets out data, not two texts)
    number = next((k for k, c in enumerate(names) if k not in (old[0], new[0]) and _NUMBER_HEADER.match(c)), None)
    apart = tuple(k for k in range(len(names)) if k not in (new[0], number))
    return Comparison(head, new[0], number, apart, tuple(names))


def _opens_article(cell: str) -> bool:
    return bool(P.ARTICLE.match(cell.strip()) or P.CJK_ARTICLE.match(cell.strip()))


def comparison_doubt(rows: Sequence[Sequence[str]]) -> bool:
    """A table that may compare two versions but whose header does not say which is which: two of its columns or
    more open articles ("Article 4 ...") in the same rows, two rows at least, and :func:`comparison_columns` found no
    versions named. The importers do not guess: every column's text is kept, and `regkb check` warns."""
    if comparison_columns(rows) is not None:
        return False
    twice = sum(1 for r in rows if sum(1 for c in r if _opens_article(c)) >= 2)
    return twice >= 2


def header_looks_like_data(header: Sequence[str]) -> bool:
    """Whether a table's first row is a data row rather than a header: its first cell is an item number."""
    return bool(header) and bool(LABEL_CELL.match(header[0].strip())) and len(header) > 1


# --- what the columns are ----------------------------------------------------------------------

# The nouns and markers a header uses for a column of conduct (general English of rules, not one text's words).
_DUTY_WORD = (r"(?:dut(?:y|ies)|obligations?|responsibilit(?:y|ies)|requirements?|tasks?|measures?|actions?|"
              r"prohibitions?|prohibited\s+(?:acts?|conduct|actions?)|rights?|permissions?|"
              r"permitted\s+(?:acts?|conduct|actions?)|what\s+\w+\s+(?:shall|must|should|may)(?:\s+not)?\s+do)")
HEADER_DUTY_OF = re.compile(rf"^(?:the\s+)?(?P<w>{_DUTY_WORD})\s+(?:of|for|on|upon|borne\s+by)\s+(?P<party>.+?)\s*$",
                            re.IGNORECASE)
HEADER_POSSESSIVE = re.compile(rf"^(?P<party>.+?)['’]s?\s+(?P<w>{_DUTY_WORD})\s*$", re.IGNORECASE)
# ((bounds20) the party ends at a word (a party that ends in white space also matches one character shorter): linear)
HEADER_MODAL = re.compile(r"^(?P<party>(?:.*?(?<!\s))?)\s*(?P<w>shall\s+not|must\s+not|may\s+not|should\s+not|shall|must|should|may|"
                          r"(?:is|are)\s+(?:required|obliged|prohibited\s+from|not\s+allowed|entitled)\s+to)"
                          r"(?:\s*[:.…]*|\s+(?:\.\.\.|…))?\s*$", re.IGNORECASE)
HEADER_DUTY = re.compile(rf"^(?:the\s+)?(?:\w+\s+){{0,2}}?(?P<w>{_DUTY_WORD})(?:\s*\(.*\))?\s*$", re.IGNORECASE)
# A header that says its column names the parties ("Responsible party", "Who", "Obligor").
HEADER_PARTY = re.compile(r"^(?:the\s+)?(?:responsible\s+|obligated\s+|competent\s+)?(?:part(?:y|ies)|bearers?|"
                          r"obligors?|who|by\s+whom|addressees?|subjects?\s+of\s+the\s+(?:duty|obligation)|actors?|"
                          r"responsible(?:\s+(?:entit(?:y|ies)|bod(?:y|ies)|departments?|units?|persons?))?|"
                          r"entit(?:y|ies)\s+responsible|duty[- ]bearers?)\s*$", re.IGNORECASE)
# A header that says its column holds circumstances or time limits.
HEADER_CONDITION = re.compile(r"^(?:the\s+)?(?:\w+\s+)?(?:stages?|phases?|when|timing|time(?:\s+limits?)?|deadlines?|"
                              r"periods?|conditions?|circumstances?|situations?|cases?|scenarios?|triggers?|events?|"
                              r"occasions?|time\s+frames?|by\s+when)\s*$", re.IGNORECASE)
# A cell that opens with a preposition or subordinator of time or condition: a circumstance ("Before sale",
# "On receipt of a request", "Where the data are ...") or a time limit ("Within 48 hours", "30 days").
CIRCUMSTANCE_CELL = re.compile(
    r"^(?:before|after|on|upon|when|whenever|where|if|within|during|prior\s+to|at\s+the\s+time|in\s+case|"
    r"in\s+the\s+event|once|until|no\s+later\s+than|not\s+later\s+than|following|from|by|at|while|unless|"
    r"immediately|promptly|annually|monthly|quarterly|weekly|daily|yearly|every|each\s+(?:year|month|quarter|week|day))\b"
    r"|^\d+\s+(?:working\s+|business\s+|calendar\s+)?(?:hours?|days?|weeks?|months?|years?)\b",
    re.IGNORECASE)
_DETERMINER = re.compile(r"^(?:a|an|the|any|all|each|every|such|its|their|his|her|this|that|these|those|no|one|two|"
                         r"other|both|some|of|for|in|with|to|and|or)\b", re.IGNORECASE)


def _modality_of(word: str) -> str:
    w = " ".join(word.lower().split())
    if _NEGATIVE_WORD.search(w):
        return "prohibition"
    if _RIGHT_WORD.match(w):
        return "right"
    if _PERMISSION_WORD.match(w):
        return "permission"
    return "obligation"


@dataclass(frozen=True, slots=True)
class ActionColumn:
    """A column of conduct, and what its header says of it."""

    column: int
    party: str = ""  # the party the header names ("Duty of X", "X shall"), else ""
    modality: str | None = None  # from the header ("Duty", "shall", "Prohibited ...", "Rights"), else None
    trigger: str = ""  # the header's words that give the modality


@dataclass(slots=True)
class Reading:
    """What the columns of a table are (column indexes; None where the table has none)."""

    label: int | None = None  # item numbers: the row's label
    actions: list[ActionColumn] = field(default_factory=list)  # conduct: the actions of the row's duties
    conditions: list[int] = field(default_factory=list)  # circumstances and time limits: the condition
    parties: int | None = None  # the bearer of each row
    parties_by_header: bool = False  # the header says the column names the parties ("Responsible party")
    scope: list[int] = field(default_factory=list)  # what else a row says (a category, an object): kept as text
    problem: str = ""  # what could not be read (then no duty is read from the rows)

    @property
    def action(self) -> int | None:
        """The (first) column of actions."""
        return self.actions[0].column if self.actions else None

    @property
    def header_party(self) -> str:
        """The party the (first) action column's header names."""
        return self.actions[0].party if self.actions else ""

    @property
    def modality(self) -> str | None:
        """The modality the (first) action column's header gives."""
        return self.actions[0].modality if self.actions else None

    def describe(self, header: Sequence[str]) -> str:
        """The roles in words, for ``regkb check``."""
        def name(k: int) -> str:
            return repr(header[k]) if k < len(header) and header[k] else f"column {k + 1}"
        parts = []
        if self.label is not None:
            parts.append(f"{name(self.label)} numbers the rows")
        parts += [f"{name(a.column)} holds the actions" for a in self.actions]
        parts += [f"{name(k)} the conditions" for k in self.conditions]
        if self.parties is not None:
            parts.append(f"{name(self.parties)} the bearers")
        parts += [f"{name(k)} is kept as text" for k in self.scope]
        return "; ".join(parts)


def _fraction(cells_: list[str], test: Callable[[str], bool]) -> float:
    filled = [c for c in cells_ if c.strip()]
    return sum(1 for c in filled if test(c)) / len(filled) if filled else 0.0


def _conduct_cell(c: str) -> bool:
    """A cell that states conduct: it opens with a verb (lower case, not a determiner or preposition), with "not",
    or holds a modal."""
    t = c.strip().lstrip("(").strip()
    if not t:
        return False
    if P.MODAL.search(t) or _NOT_VERB.match(t):
        return True
    first = t.split()[0]
    return first[:1].islower() and not _DETERMINER.match(t) and not CIRCUMSTANCE_CELL.match(t)


def read_columns(header: Sequence[str], rows: Sequence[Sequence[str]],
                 is_party: Callable[[str], bool] | None = None) -> Reading:
    """Read the role of each column of a table from its header cells and its data cells.

    ``is_party`` (when the caller knows the text's parties) tells a column of parties from a column of
    other noun phrases; without it, only a header such as "Responsible party" marks one.
    """
    r = Reading()
    width = max([len(header), *(len(x) for x in rows)]) if rows or header else 0
    head = [(header[k] if k < len(header) else "").strip().strip("*_").strip() for k in range(width)]
    cols = [[(x[k] if k < len(x) else "").strip() for x in rows] for k in range(width)]
    if width and rows and all(not c or LABEL_CELL.match(c) for c in cols[0]) and any(cols[0]) \
            and not HEADER_DUTY.match(head[0]) and not HEADER_MODAL.match(head[0]):
        r.label = 0
    rest = [k for k in range(width) if k != r.label]
    duty_headed: list[int] = []
    for k in rest:
        h = head[k]
        m = HEADER_DUTY_OF.match(h) or HEADER_POSSESSIVE.match(h)
        if m and (is_party is None or is_party(m.group("party"))):
            duty_headed.append(k)
            continue
        m2 = HEADER_MODAL.match(h)
        if m2 and (not m2.group("party") or is_party is None or is_party(m2.group("party"))):
            duty_headed.append(k)
            continue
        if HEADER_DUTY.match(h):
            duty_headed.append(k)
    conditions = [k for k in rest if k not in duty_headed and (
        HEADER_CONDITION.match(head[k]) or _fraction(cols[k], lambda c: bool(CIRCUMSTANCE_CELL.match(c))) >= 0.75)]
    party_cols = [k for k in rest if k not in duty_headed and k not in conditions and (
        HEADER_PARTY.match(head[k]) or (is_party is not None and any(cols[k])
                                        and _fraction(cols[k], is_party) == 1.0))]
    if duty_headed:
        r.actions = [_action_column(k, head[k]) for k in duty_headed]
        said = [(a.party.lower(), a.modality) for a in r.actions]
        if len(set(said)) < len(said):  # "Duty | Obligation": two columns the header does not tell apart
            r.problem = "more than one column could hold the same duties: " + ", ".join(
                repr(head[k]) for k in duty_headed)
            r.actions = []
    else:
        conduct = [k for k in rest if k not in conditions and k not in party_cols
                   and _fraction(cols[k], _conduct_cell) >= 0.75]
        if len(conduct) == 1:
            r.actions = [ActionColumn(conduct[0])]
        elif conduct:
            r.problem = "more than one column could hold the duties: " + ", ".join(
                repr(head[k]) or f"column {k + 1}" for k in conduct)
        else:
            r.problem = "no column reads as the duties (no header such as 'Duty of ...' or 'Obligations', and no " \
                        "column of verb phrases)"
    r.conditions = [k for k in conditions if k not in {a.column for a in r.actions}]
    if len(party_cols) > 1:
        r.problem = r.problem or "more than one column could name the bearers: " + ", ".join(
            repr(head[k]) for k in party_cols)
    elif party_cols:
        r.parties = party_cols[0]
        r.parties_by_header = bool(HEADER_PARTY.match(head[r.parties]))
    used = {r.label, r.parties, *r.conditions, *(a.column for a in r.actions)}
    r.scope = [k for k in range(width) if k not in used]
    return r


# A header of a column of penalties ("Penalty", "Fine", "Legal liability", "Sanctions").
HEADER_PENALTY = re.compile(r"^(?:the\s+)?(?:\w+\s+)?(?:penalt(?:y|ies)|fines?|sanctions?|punishments?|legal\s+liability|"
                            r"liabilit(?:y|ies)|administrative\s+penalt(?:y|ies))\s*$", re.IGNORECASE)


# A header that says how each case is dealt with ("Handling", the translators' word for 处理): the penalties only in a
# table that also has a column of violations ("No. | Violation | Handling"); elsewhere ("Data handling") it is not
HEADER_HANDLING = re.compile(r"^(?:handling|handling\s+measures?|treatment|disposal|disposition|consequences?|"
                             r"measures\s+taken|penalty\s+measures?)\s*$", re.IGNORECASE)


def _penalty_columns(header: Sequence[str]) -> list[int]:
    head = [h.strip().strip("*_").strip() for h in header]
    pen = [k for k, h in enumerate(head) if HEADER_PENALTY.match(h)]
    if not pen and any(HEADER_VIOLATION.match(h) for h in head):
        pen = [k for k, h in enumerate(head) if HEADER_HANDLING.match(h)]
    return pen


def penalty_table(header: Sequence[str]) -> bool:
    """Whether a table lays out penalties: a column's header names them ("Penalty", "Legal liability"), or says how
    the violations of another column are handled ("Violation | Handling")."""
    return bool(_penalty_columns(header))


# Headers of the other columns of a table of penalties.
HEADER_VIOLATION = re.compile(r"^(?:the\s+)?(?:\w+\s+)?(?:violations?|offen[cs]es?|breach(?:es)?|illegal\s+acts?|"
                              r"unlawful\s+acts?|conduct|acts?|circumstances?|cases?|situations?)\s*$", re.IGNORECASE)
HEADER_AUTHORITY = re.compile(r"^(?:the\s+)?(?:competent\s+|enforcement\s+|imposing\s+|penalising\s+|penalizing\s+)?"
                              r"(?:authorit(?:y|ies)|imposed\s+by|by\s+whom\s+imposed|enforcers?|"
                              r"(?:enforcement\s+)?(?:departments?|bod(?:y|ies)|organs?))\s*$", re.IGNORECASE)


@dataclass(slots=True)
class PenaltyReading:
    """The columns of a table of penalties (column indexes; None where the table has none)."""

    label: int | None = None
    penalty: int | None = None  # what is imposed
    violation: int | None = None  # for what: the sanction's condition
    violator: int | None = None  # on whom
    authority: int | None = None  # by whom
    problem: str = ""


def read_penalty_columns(header: Sequence[str], rows: Sequence[Sequence[str]]) -> PenaltyReading:
    """Read a table of penalties: its penalty column ("Penalty"), violation column ("Violation", or the one column
    of text left), violator ("Party") and authority ("Authority", "Imposed by") columns."""
    base = read_columns(header, rows)
    r = PenaltyReading(label=base.label)
    head = [h.strip().strip("*_").strip() for h in header]
    pen = _penalty_columns(header)
    if len(pen) != 1:
        r.problem = "more than one column could hold the penalties" if pen else "no column of penalties"
        return r
    r.penalty = pen[0]
    rest = [k for k in range(len(head)) if k not in (r.label, r.penalty)]
    auth = [k for k in rest if HEADER_AUTHORITY.match(head[k])]
    who = [k for k in rest if HEADER_PARTY.match(head[k])]
    viol = [k for k in rest if HEADER_VIOLATION.match(head[k])]
    r.authority = auth[0] if len(auth) == 1 else None
    r.violator = who[0] if len(who) == 1 else None
    left = [k for k in rest if k not in (r.authority, r.violator)]
    if len(viol) == 1:
        r.violation = viol[0]
    elif len(left) == 1:
        r.violation = left[0]
    elif len(left) > 1:
        r.problem = "more than one column could name the violations: " + ", ".join(repr(head[k]) for k in left)
    return r


def _action_column(k: int, h: str) -> ActionColumn:
    """A column of conduct and what its header ``h`` says: the party, the modality and the words that give it."""
    m = HEADER_DUTY_OF.match(h) or HEADER_POSSESSIVE.match(h) or HEADER_MODAL.match(h) or HEADER_DUTY.match(h)
    if not m:
        return ActionColumn(k)
    trigger = m.group("w")
    modality: str | None = _modality_of(trigger)
    if _CONDUCT_HEADER.match(trigger):
        modality = None  # "Measures", "Requirements": conduct, whose force the lead-in gives
    party = m.group("party").strip(" ,:") if "party" in m.groupdict() and m.group("party") else ""
    return ActionColumn(k, party, modality, trigger)


def carries_duties(lead_in: str, header: Sequence[str]) -> bool:
    """Whether a table is meant to lay out duties: its lead-in holds a modal, or a header names duties."""
    if P.MODAL.search(lead_in):
        return True
    return any(HEADER_DUTY_OF.match(h) or HEADER_POSSESSIVE.match(h) or HEADER_DUTY.match(h)
               or HEADER_MODAL.match(h) for h in (x.strip().strip("*_").strip() for x in header) if h)


# --- a table paragraph's text ----------------------------------------------------------------------


def clean_offset(clean: Clean, source_offset: int, starts: list[int] | None = None) -> int:
    """The offset in ``clean.text`` of the first clean character at or after ``source_offset`` (``starts``: the
    source starts of ``clean.runs``, when the caller has them)."""
    runs = clean.runs
    k = bisect.bisect_right(starts if starts is not None else [s for _, s, _ in runs], source_offset) - 1
    if k < 0:
        return 0
    c, s, n = runs[k]
    if source_offset < s + n:
        return c + (source_offset - s)
    return runs[k + 1][0] if k + 1 < len(runs) else len(clean.text)


def row_ranges(unit: Unit) -> list[tuple[int, int]]:
    """For each row (item) of a table paragraph, its (start, end) in the unit's clean text."""
    starts = [s for _, s, _ in unit.clean.runs]
    return [(clean_offset(unit.clean, it.span.start, starts), clean_offset(unit.clean, it.span.end, starts))
            for it in unit.paragraph.items]


def row_cells(unit: Unit) -> list[list[tuple[int, int]]]:
    """For each row of a table paragraph, its cells as (start, end) in the unit's clean text."""
    text = unit.clean.text
    return [[(a + x, a + y) for x, y in cell_spans(text[a:b])] for a, b in row_ranges(unit)]


def table_regions(unit: Unit, intro_regions: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentence regions of a table paragraph: its lead-in's sentences, then each filled cell of each data row
    (the header row and the delimiter are no sentences)."""
    out = list(intro_regions)
    for row in row_cells(unit):
        out.extend((a, b) for a, b in row if b > a)
    return out


# --- rows as duties (the obligation extractor's hook) -------------------------------------------


@dataclass(frozen=True, slots=True)
class ClauseMaker:
    """What the obligation extractor lends this module to make its clauses (passed in, so that this module does
    not import the extractor): its clause class, its item-clause rule, its test of a descriptive lead-in, and
    how it resolves a party's name (``resolve(name, sure)``) and tells a party (``is_party(name)``)."""

    clause: Any
    item_clauses: Callable[..., list[Any]]
    descriptive: Callable[[str], bool]
    resolve: Callable[[str, bool], str | None]
    is_party: Callable[[str], bool]


def row_clauses(units: Sequence[Unit], clauses: list[Any], make: ClauseMaker) -> list[Any]:
    """The duties in the rows of the tables among ``units``, added to ``clauses`` (the extractor's clauses
    with their bearers; ``make``: see :class:`ClauseMaker`): one per data row, its action the action cell verbatim, its condition the row's
    circumstance or time limit, its bearer the row's party, else the party the header names, else the
    bearers of the lead-in's duty; its modality from the header, else the lead-in's ("not ..." under a duty
    is a ban). A row whose cells hold a clause of their own keeps that clause. A table whose roles are
    unclear gives no duty (the structure parser has warned about it)."""
    by_unit: dict[int, list[Any]] = {}
    for c in clauses:
        by_unit.setdefault(id(c.unit), []).append(c)
    added: list[Any] = []
    for u in units:
        par = u.paragraph
        if not par.table_header or not par.items:
            continue
        cs = by_unit.get(id(u), [])
        text = u.clean.text
        grid = row_cells(u)
        rows = [[text[a:b] for a, b in row] for row in grid]
        if penalty_table(par.table_header):
            continue  # penalties: see row_sanctions
        reading = read_columns(par.table_header, rows, make.is_party)
        if not reading.actions:
            continue
        intro_end = clean_offset(u.clean, par.items[0].span.start)
        lead = next((c for c in reversed(cs) if c.start < intro_end and c.bearers
                     and c.modality in ("obligation", "prohibition", "permission", "right")), None)
        if lead is not None and all(a.modality is None for a in reading.actions) \
                and make.descriptive(text[lead.start:lead.end]):
            continue  # "shall meet one of the conditions in the table": the rows are its scope, not duties
        rows_made: list[Any] = []
        for col in reading.actions:
            rows_made.extend(_column_clauses(u, cs, grid, reading, col, lead, make))
        added.extend(rows_made)
        # "The following parties shall perform these duties:": the lead-in binds the parties its rows name
        ahead = [c for c in cs if c.start < intro_end and not c.bearers
                 and _THE_FOLLOWING.match(c.subject.strip())]
        named = list(dict.fromkeys(k for c in rows_made for k in c.bearers))
        for c in ahead if named else []:
            c.bearers, c.basis = list(named), "pronoun"
    if not added:
        return clauses
    return sorted(clauses + added, key=lambda c: (c.unit.document, c.unit.paragraph.span.start, c.start))


def _column_clauses(u: Unit, cs: list[Any], grid: list[list[tuple[int, int]]], reading: Reading, col: ActionColumn,
                    lead: Any, make: ClauseMaker) -> list[Any]:
    """The duties of one column of actions, row by row (see :func:`row_clauses`)."""
    par = u.paragraph
    text = u.clean.text
    intro_end = clean_offset(u.clean, par.items[0].span.start)
    head_key = make.resolve(col.party, False) if col.party else None
    trigger = None
    if col.trigger:  # the header's words, in the header row (between the lead-in and the first row)
        trigger = re.compile(re.escape(col.trigger), re.IGNORECASE).search(text, len(par.intro), intro_end)
    out: list[Any] = []
    for cells_ in grid:
        if col.column >= len(cells_):
            continue
        a, b = cells_[col.column]
        while b > a and text[b - 1] in " ;.,":
            b -= 1
        bearers: list[str] = []
        basis = "explicit"
        if reading.parties is not None and reading.parties < len(cells_):
            pa, pb = cells_[reading.parties]
            # a cell of a column whose header says it names the parties is a party, whatever its head noun
            key = make.resolve(text[pa:pb], reading.parties_by_header) if pb > pa else None
            bearers = [key] if key else []
        elif head_key:
            bearers = [head_key]
            basis = "lead-in" if lead is not None and lead.bearers == bearers else "explicit"
        elif lead is not None:
            bearers, basis = list(lead.bearers), "lead-in"
        inside = [c for c in cs if a <= c.start < max(b, a + 1)]
        modality = col.modality or (lead.modality if lead is not None else None)
        modal = lead.modal if lead is not None and col.modality in (None, lead.modality) else trigger
        if b <= a or inside:
            for c in inside:  # "shall not release ...": a cell with a marker of its own keeps its clause
                semi = text.rfind(";", a, c.modal.start())
                if bearers and semi > a and c.start <= a and not text[semi + 1 : c.modal.start()].strip() \
                        and modality is not None and modal is not None:
                    # "Keep a log of members; are not to share it ...": the verb phrase before ";" is the row's duty
                    # under the lead-in's marker, and the clause after it has the row's party as its elided subject
                    vp = make.clause(u, a, semi, modal, modality, "", a, None, False, lead.sentence if lead else -1,
                                     list(bearers), basis, action_at=a)
                    out.extend(make.item_clauses(u, a, semi, vp))
                    c.start, c.subject, c.subject_at = c.modal.start(), "", c.modal.start()
                if not c.subject.strip() and bearers:
                    c.bearers, c.basis = list(bearers), basis
            continue
        if modality is None or modal is None:
            continue
        base = make.clause(u, a, b, modal, modality, "", a, None, False, lead.sentence if lead else -1, bearers,
                           basis, action_at=a)
        made = make.item_clauses(u, a, b, base)
        cond = next(((x, y) for k in reading.conditions if k < len(cells_) for x, y in [cells_[k]] if y > x), None)
        for c in made:
            c.bearers, c.basis = list(bearers), basis
            if cond is not None and c.condition is None:
                c.condition = cond
            if reading.parties is not None and bearers and reading.parties < len(cells_):
                pa, pb = cells_[reading.parties]
                c.mentions = [(bearers[0], pa, pb)]
        out.extend(made)
    return out


def row_sanctions(units: Sequence[Unit], sanctions: list[Any],
                  violator_of: Callable[[str], tuple[str | None, tuple[str, ...]]] | None = None) -> list[Any]:
    """The sanctions in the rows of the tables of penalties among ``units``, added to ``sanctions`` (those the
    extractor found in sentences): one per data row, its penalties the penalty cell verbatim, its condition the
    violation cell, its violator and authority from their columns, else (the violator) the party that is the
    subject of the violation cell ("A kiosk operator fails to keep logs"; ``violator_of`` finds it: the printed
    party and its actor ids, as for a sanction's condition), else
    those of the lead-in's sanction ("Operators who violate ... shall be punished by the customs as follows:"), else
    none (never guessed)."""
    from dataclasses import replace

    from ..model import Sanction

    added: list[Any] = []
    for u in units:
        par = u.paragraph
        if not par.table_header or not par.items or not penalty_table(par.table_header):
            continue
        text = u.clean.text
        grid = row_cells(u)
        reading = read_penalty_columns(par.table_header, [[text[a:b] for a, b in row] for row in grid])
        if reading.penalty is None or reading.problem:
            continue
        first = par.items[0].span.start
        lead = next((s for s in reversed(sanctions) if par.span.start <= s.span.start < first), None)
        trigger = lead.trigger if lead is not None else par.table_header[reading.penalty]
        for it, cells_ in zip(par.items, grid, strict=True):
            def cell(k: int | None, row: list[tuple[int, int]] = cells_) -> tuple[int, int] | None:
                return row[k] if k is not None and k < len(row) and row[k][1] > row[k][0] else None

            pen = cell(reading.penalty)
            if pen is None:
                continue
            viol, who, auth = cell(reading.violation), cell(reading.violator), cell(reading.authority)
            filled = [c for c in cells_ if c[1] > c[0]]
            a, b = filled[0][0], filled[-1][1]
            subj: tuple[str | None, tuple[str, ...]] = (None, ())
            if who is None and viol is not None and violator_of is not None:
                subj = violator_of(text[viol[0]:viol[1]])
            s = Sanction(
                id=f"{it.id}/sanction_1", document=u.document, article=u.article, provision=it.id,
                penalties=text[pen[0]:pen[1]].rstrip(" ;."),
                violator=text[who[0]:who[1]] if who else subj[0] if subj[0] else (
                    lead.violator if lead is not None else None),
                authority=text[auth[0]:auth[1]] if auth else (lead.authority if lead is not None else None),
                condition=text[viol[0]:viol[1]] if viol else None, text=text[a:b], span=u.clean.span(a, b),
                penalties_span=u.clean.span(pen[0], pen[0] + len(text[pen[0]:pen[1]].rstrip(" ;."))),
                condition_span=u.clean.span(*viol) if viol else None, trigger=trigger)
            if subj[0]:
                s = replace(s, violators=subj[1])
            if lead is not None:
                s = replace(s, violators=() if who else subj[1] if subj[0] else lead.violators,
                            authorities=() if auth else lead.authorities)
            added.append(s)
    return sanctions + added if added else sanctions
