"""One checker for every hand-annotated gold file: the gold standard of tests/gold/ and the
held-out sets (tests/heldout/, tests/heldout2/, ...).

The checks return lists of problems (empty = well-formed) so that a test states what it expects
(``assert not problems``) and a broken file is reported entry by entry. What is checked:
- shape (tests/gold/README.md): the top-level keys, every entry's keys and value types, places
  (`at`, reference targets) written in the provision-id style, no duplicate entry;
- for a held-out file, the ``structure:`` key (chapters, sections, articles with the number of
  items in each paragraph, page artifacts), and every place inside that structure;
- quotes: every quoted string (``text``, ``action``, ``condition``, the first words of official
  paragraphs) is verbatim in the annotated source, white space folded; an HTML source is read
  with its tags stripped and its entities decoded; lines that are page furniture (the held-out
  ``structure.artifacts``) are skipped, so that a quote may run across a page break.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"

TOP = {"document", "source", "annotator", "date", "guide_version", "obligations", "sanctions", "definitions", "references"}
OPTIONAL_TOP = {"coverage", "parties", "official_paragraphs"}
MODALITIES = {"obligation", "prohibition", "permission", "right", "encouragement"}
BASES = {"explicit", "pronoun", "lead-in", "relative", "passive-implied", "elided", "none"}
OBLIGATION_KEYS = {"at", "modality", "bearers", "universal", "basis", "action", "condition", "text"}
AT = re.compile(r"art_[1-9]\d*(__para_[1-9]\d*(__item_[1-9]\d*)?)?")
TARGET = re.compile(rf"{AT.pattern}|chap_[1-9]\d*(__sec_[1-9]\d*)?")
LAW_IDS = {law["id"] for law in yaml.safe_load((CORPUS / "laws.yaml").read_text(encoding="utf-8"))["laws"]}
DOC_IDS = {p.stem for p in CORPUS.glob("*.md") if p.name != "README.md"}
TEXT_SUFFIXES = {".md", ".txt", ".html", ".htm", ".docx", ".pdf"}


def load(path: Path) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict), f"{path}: not a mapping"
    return data


def fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def source_paths(source: str) -> list[Path] | None:
    """The files a gold ``source`` names (a glob names several, read in sorted order); None if
    absent. "../shared/..." lies beside the repository; a git worktree sits one or two levels deeper."""
    bases = [ROOT, *ROOT.parents] if source.startswith("../") else [ROOT]
    rel = source[3:] if source.startswith("../") else source
    for base in bases:
        paths = sorted(base.glob(rel)) if "*" in rel else [base / rel]
        if paths and all(p.is_file() for p in paths):
            return paths
    return None


def read_source(path: Path) -> str:
    """The text of one source file as a reader sees it: a plain text without e-mail quote markers
    (UTF-8, UTF-16 behind a byte order mark, or Windows-1252 where it is not UTF-8); a Markdown file as its text
    with pandoc's escapes and attribute spans removed and links read as their text;
    an HTML page without its tags; a Word
    file as its paragraphs and table rows (cells joined by spaces) in document order; a PDF as the
    lines of its pages."""
    if path.suffix == ".docx":
        return docx_text(path)
    if path.suffix == ".pdf":
        return pdf_text(path)
    data = path.read_bytes()
    try:
        # a plain text saved as "Unicode" by a Windows editor (heldout14): UTF-16 behind its byte order mark
        raw = data.decode("utf-16") if data[:2] in (b"\xff\xfe", b"\xfe\xff") else data.decode("utf-8")
    except UnicodeDecodeError:
        # a plain text saved in Windows-1252 (heldout13): curly quotes and dashes are single bytes
        raw = data.decode("cp1252")
    raw = raw.replace("\r\n", "\n")
    if path.suffix == ".txt":
        # an e-mail's quote markers ("> " opening every quoted line, heldout12) are not text
        raw = re.sub(r"(?m)^(?:> ?)+", "", raw)
    if path.suffix == ".md":
        # pandoc's Markdown (heldout13): bracketed spans with attributes ("[]{#_Ref1 .anchor}", "[text]{.underline}")
        # and heading attributes are not text; a backslash at a line end is a line break; a backslash before
        # punctuation escapes it
        raw = re.sub(r"\[((?:\\.|[^\[\]\\])*)\]\{[#.][^{}]*\}", r"\1", raw)
        # a converter's inline links and images (heldout14): "[Article 5](https://...#art5)" reads "Article 5", an
        # image its alternative text; the address (escaped brackets allowed) is not text
        for _ in range(2):  # an image inside a link
            raw = re.sub(r"!?\[((?:\\.|[^\[\]\\])*)\]\((?:\\.|[^()\s\\])*\)", r"\1", raw)
        raw = re.sub(r"(?m)[ \t]*\{#[^{}]*\}[ \t]*$", "", raw)
        raw = re.sub(r"\\$", "", raw, flags=re.M)
        raw = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", raw)
    if path.suffix in {".html", ".htm"}:
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\xa0", " ")
    return raw


def docx_text(path: Path) -> str:
    """The paragraphs and table rows of a .docx file in document order, one per line (tracked
    changes accepted, content controls read as their contents)."""
    import docx  # python-docx, a dependency of regkb's importer
    from docx.table import Table

    document = docx.Document(str(path))
    lines: list[str] = []

    def read(parent: Any) -> None:
        for child in parent.iterchildren():
            if child.tag.endswith("}p"):
                # tracked changes read as accepted: inserted runs (w:ins) are text, deleted runs
                # (w:del, w:delText) are not; a content control's runs (w:sdt) are text; without
                # w:ins and w:sdt this is python-docx's Paragraph.text
                lines.append("".join(e.text for e in child.xpath(
                    "w:r | w:hyperlink | w:ins/w:r | w:sdt/w:sdtContent/w:r")))
            elif child.tag.endswith("}tbl"):
                lines.extend(" ".join(cell.text for cell in row.cells) for row in Table(child, document).rows)
            elif child.tag.endswith("}sdt"):
                # a block content control (heldout12): its paragraphs are read in place
                for content in child.iterchildren():
                    if content.tag.endswith("}sdtContent"):
                        read(content)

    read(document.element.body)
    return "\n".join(lines)


def pdf_text(path: Path) -> str:
    """The lines of a PDF's pages in order, read with PDFium (pypdfium2), a library independent of
    the pdfminer/pdfplumber that regkb's importer uses, so that a gold quote is checked against
    the file and not against the importer's reading of it. PDFium marks a hyphen it takes for a
    line-end hyphenation with U+FFFE and joins the two lines: the mark is dropped, so that a quote
    holds the word ("infor-/mation" reads "information")."""
    import pypdfium2 as pdfium  # installed with pdfplumber, a dependency of regkb's importer

    pdf = pdfium.PdfDocument(str(path))
    try:
        pages = [pdf[i].get_textpage().get_text_range() for i in range(len(pdf))]
    finally:
        pdf.close()
    return "\n".join(p.replace("\ufffe", "").replace("\r\n", "\n") for p in pages)


def source_text(source: str, artifacts: Iterable[str] = ()) -> str | None:
    """The annotated text, white space folded, without lines that are page furniture; None if absent."""
    paths = source_paths(source)
    if paths is None:
        return None
    skip = {fold(a) for a in artifacts}
    parts = []
    for p in paths:
        lines = read_source(p).replace("\f", "\n").splitlines()
        parts.append(" ".join(ln for ln in lines if fold(ln) not in skip or not ln.strip()))
    return fold(" ".join(parts))


def structure(gold: dict[str, Any], articles: tuple[int, int] = (1, 10_000)) -> tuple[dict[int, list[int]], list[str]]:
    """A held-out file's ``structure:``: article number -> items per paragraph, and the problems."""
    problems: list[str] = []
    st = gold.get("structure")
    if not isinstance(st, dict) or set(st) != {"artifacts", "chapters", "sections", "articles"}:
        return {}, [f"structure: keys must be artifacts, chapters, sections, articles (got {st!r:.80})"]
    chapters = {int(k) for k in st["chapters"]}
    sections = {tuple(int(x) for x in str(k).split(".")) for k in st["sections"]}
    if not all(isinstance(t, str) and t for t in [*st["chapters"].values(), *st["sections"].values()]):
        problems.append("structure: every chapter and section needs a title")
    if not all(isinstance(a, str) and a.strip() for a in st["artifacts"]):
        problems.append("structure: artifacts must be non-empty strings")
    if any(c not in chapters for c, _ in sections):
        problems.append(f"structure: a section outside the chapters {sorted(sections)}")
    arts = {int(k): v for k, v in st["articles"].items()}
    # numbered 1..N, or a run N..M for a text that reproduces part of a law (an excerpt)
    first = min(arts, default=1)
    if first < 1 or sorted(arts) != list(range(first, first + len(arts))):
        problems.append(f"structure: articles must be numbered N..M without a gap, N >= 1 (got {sorted(arts)})")
    if not articles[0] <= len(arts) <= articles[1]:
        problems.append(f"structure: {len(arts)} articles, expected {articles[0]}-{articles[1]}")
    for n, a in arts.items():
        if not isinstance(a, dict) or set(a) != {"chapter", "section", "items"}:
            problems.append(f"structure: article {n}: keys must be chapter, section, items ({a!r})")
            continue
        if not (a["chapter"] is None or a["chapter"] in chapters):
            problems.append(f"structure: article {n}: no chapter {a['chapter']}")
        if not (a["section"] is None or (a["chapter"], a["section"]) in sections):
            problems.append(f"structure: article {n}: no section {a['chapter']}.{a['section']}")
        if not (a["items"] and all(isinstance(i, int) and i >= 0 for i in a["items"])):
            problems.append(f"structure: article {n}: items must list one count per paragraph")
    return {n: a["items"] for n, a in arts.items() if isinstance(a, dict) and "items" in a}, problems


def shape_problems(gold: dict[str, Any], stem: str, *, heldout: bool = False,
                   articles: tuple[int, int] = (1, 10_000)) -> list[str]:
    """Everything wrong with the shape of one gold file (tests/gold/README.md; held-out files
    add ``structure:`` and must place every entry inside it)."""
    problems: list[str] = []
    allowed = TOP | OPTIONAL_TOP | ({"structure"} if heldout else set())
    required = TOP | ({"structure"} if heldout else set())
    if not required <= set(gold) <= allowed:
        return [f"top-level keys: missing {sorted(required - set(gold))}, unknown {sorted(set(gold) - allowed)}"]
    if gold["document"] != stem:
        problems.append(f"document {gold['document']!r} is not the file name {stem!r}")
    covered = set(gold.get("coverage") or [])
    if not all(isinstance(n, int) and n > 0 for n in covered):
        problems.append("coverage: article numbers must be positive integers")
    arts: dict[int, list[int]] = {}
    if heldout:
        arts, found = structure(gold, articles)
        problems += found

    def place(at: Any, what: str, pattern: re.Pattern[str] = AT) -> None:
        if not isinstance(at, str) or not pattern.fullmatch(at):
            problems.append(f"{what}: bad place {at!r}")
            return
        if at.startswith("chap_"):
            if heldout:
                nums = [int(p.split("_")[-1]) for p in at.split("__")]
                st = gold["structure"]
                if nums[0] not in {int(k) for k in st["chapters"]} or (
                        len(nums) > 1 and f"{nums[0]}.{nums[1]}" not in {str(k) for k in st["sections"]}):
                    problems.append(f"{what}: {at}: no such chapter or section")
            return
        parts = [int(p.split("_")[-1]) for p in at.split("__")]
        if covered and parts[0] not in covered:
            problems.append(f"{what}: {at} is outside coverage")
        if not heldout:
            return
        if parts[0] not in arts:
            problems.append(f"{what}: {at}: no such article")
        elif len(parts) > 1 and parts[1] > len(arts[parts[0]]):
            problems.append(f"{what}: {at}: no such paragraph")
        elif len(parts) > 2 and parts[2] > arts[parts[0]][parts[1] - 1]:
            problems.append(f"{what}: {at}: no such item")

    seen: set[tuple[Any, ...]] = set()
    for ob in gold["obligations"]:
        what = f"obligation {ob.get('at')} {str(ob.get('text'))[:40]!r}"
        if set(ob) - {"note"} != OBLIGATION_KEYS:
            problems.append(f"{what}: keys {sorted(set(ob))}")
            continue
        place(ob["at"], what)
        if ob["modality"] not in MODALITIES or ob["basis"] not in BASES:
            problems.append(f"{what}: modality {ob['modality']!r} / basis {ob['basis']!r}")
        if not isinstance(ob["universal"], bool) or not isinstance(ob["bearers"], list):
            problems.append(f"{what}: universal must be a boolean and bearers a list")
            continue
        if not all(isinstance(b, str) and b and b == b.lower() and b.strip() == b for b in ob["bearers"]):
            problems.append(f"{what}: bearers must be lower-case names {ob['bearers']}")
        if (ob["bearers"] == []) != (ob["basis"] == "none"):
            problems.append(f"{what}: no bearer exactly when basis is none")
        if ob["universal"] and not ob["bearers"]:
            problems.append(f"{what}: a universal entry names its bearer")
        if not (isinstance(ob["action"], str) and ob["action"]) or not (isinstance(ob["text"], str) and len(ob["text"]) >= 20):
            problems.append(f"{what}: action must be given and text at least 20 characters")
        if not (ob["condition"] is None or (isinstance(ob["condition"], str) and ob["condition"])):
            problems.append(f"{what}: condition must be null or a string")
        key = (ob["at"], ob["modality"], ob["action"])
        if key in seen:
            problems.append(f"duplicate obligation {key}")
        seen.add(key)
    for s in gold["sanctions"]:
        what = f"sanction {s.get('at')} {str(s.get('text'))[:40]!r}"
        if set(s) - {"note"} != {"at", "violator", "authority", "text"}:
            problems.append(f"{what}: keys {sorted(set(s))}")
            continue
        place(s["at"], what)
        for role in ("violator", "authority"):
            v = s[role]
            if not (v is None or (isinstance(v, str) and v) or (isinstance(v, list) and v and all(isinstance(x, str) for x in v))):
                problems.append(f"{what}: {role} must be null, a name or a list of names")
        if (s["at"], s["text"]) in seen:
            problems.append(f"duplicate sanction {s['at']} {s['text']!r}")
        seen.add((s["at"], s["text"]))
    for d in gold["definitions"]:
        what = f"definition {d.get('at')} {d.get('term')!r}"
        if set(d) - {"note"} != {"at", "term", "text"}:
            problems.append(f"{what}: keys {sorted(set(d))}")
            continue
        place(d["at"], what)
        if d["term"] != d["term"].lower():
            problems.append(f"{what}: term must be lower case")
        if (d["at"], d["term"]) in seen:
            problems.append(f"duplicate definition {d['at']} {d['term']!r}")
        seen.add((d["at"], d["term"]))
    for r in gold["references"]:
        what = f"reference {r.get('at')} {r.get('text')!r}"
        place(r.get("at"), what)
        if "targets" in r:
            if set(r) - {"note"} != {"at", "text", "targets"} or not r["targets"]:
                problems.append(f"{what}: keys {sorted(set(r))}, targets {r.get('targets')}")
                continue
            for t in r["targets"]:
                place(t, f"{what} target", TARGET)
            if len(set(r["targets"])) != len(r["targets"]):
                problems.append(f"{what}: a target is repeated")
        else:
            if set(r) - {"note"} != {"at", "text", "law"}:
                problems.append(f"{what}: keys {sorted(set(r))}")
            elif not (r["law"] is None or r["law"] in LAW_IDS | DOC_IDS):
                problems.append(f"{what}: law {r['law']!r} is neither in corpus/laws.yaml nor a corpus document")
    return problems


def quotes(gold: dict[str, Any]) -> list[tuple[str, str, str]]:
    """Every quoted string of a gold file: (place, field, quote)."""
    found = [(e["at"], key, e[key]) for section in ("obligations", "sanctions", "definitions", "references")
             for e in gold[section] for key in ("text", "action", "condition") if e.get(key)]
    found += [(art, "official_paragraphs", first) for art, firsts in (gold.get("official_paragraphs") or {}).items()
              for first in firsts]
    return found


def missing_quotes(gold: dict[str, Any], source: str) -> list[tuple[str, str, str]]:
    """The quotes not found verbatim in ``source`` (folded); a condition in two parts is written
    "part one ... part two" and each part must be there."""
    return [q for q in quotes(gold) if not all(fold(part) in source for part in q[2].split(" ... "))]


def set_texts(set_dir: Path) -> list[Path]:
    """The texts of a held-out set: every .md/.txt/.html/.docx/.pdf file in its directory but the README."""
    return sorted(p for p in set_dir.iterdir() if p.suffix in TEXT_SUFFIXES and p.name != "README.md")
