"""The codes of ``regkb check`` are listed in one place (docs/extraction.md, "What regkb check reports"): every code
the parser, the reference resolver and the authority check can report is there, and every code listed is one the
code reports (a renamed or dropped code leaves no stale row)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "regkb"
REPORTERS = ("diag", "Diagnostic")  # calls that make a diagnostic; their last argument is its code


def _listed() -> list[str]:
    doc = (SRC / "docs" / "extraction.md").read_text(encoding="utf-8")
    section = doc.split("## What `regkb check` reports", 1)[1].split("\n## ", 1)[0]
    return [c for row in section.splitlines() if row.startswith("| `")
            for c in re.findall(r"`([a-z]+(?:-[a-z]+)*)`", row.split("|")[1])]


def _reported(files: list[Path]) -> set[str]:
    out: set[str] = set()
    for f in files:
        for n in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if not isinstance(n, ast.Call):
                continue
            name = n.func.attr if isinstance(n.func, ast.Attribute) else getattr(n.func, "id", "")
            if name not in REPORTERS:
                continue
            args = [*n.args, *(k.value for k in n.keywords if k.arg == "code")]
            last = args[-1] if args else None  # the code is the last argument (a constant, or built: skipped)
            if isinstance(last, ast.Constant) and isinstance(last.value, str) and \
                    re.fullmatch(r"[a-z]+(?:-[a-z]+)*", last.value):
                out.add(last.value)
    return out


def test_every_code_of_the_parser_is_listed() -> None:
    files = [*sorted((SRC / "parse").glob("*.py")), SRC / "authorities.py"]
    reported = _reported(files)
    assert {"no-bearer", "points-doubt", "possible-page-chrome", "quoted-reference"} <= reported  # the scan works
    assert sorted(reported - set(_listed())) == []


def test_every_listed_code_is_reported_by_the_code() -> None:
    source = "\n".join(f.read_text(encoding="utf-8") for f in SRC.rglob("*.py"))
    listed = _listed()
    assert len(set(listed)) == len(listed)
    built = {"duplicate-chapter", "duplicate-section"}  # f"duplicate-{kind}"
    assert [c for c in listed if f'"{c}"' not in source and c not in built] == []
    assert 'f"duplicate-{h.kind}"' in source
