"""Golden files: the parsed seed corpus, reviewed line by line, must not drift.

Regenerate after a deliberate change with ``REGKB_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py``
and review the diff before committing it.
"""

from __future__ import annotations

import json
import os

import pytest

from regkb import KnowledgeBase

from .conftest import GOLDEN

# the core's part of the JSON contract; later stages add keys of their own
CORE_KEYS = ("documents", "chapters", "sections", "articles", "blocks", "definitions", "term_uses", "actors",
             "obligations", "references", "laws", "bodies", "statements", "sanctions", "dropped", "diagnostics")
UPDATE = os.environ.get("REGKB_UPDATE_GOLDEN") == "1"


def register_tsv(kb: KnowledgeBase) -> str:
    """The obligation register as a reviewable table: one line per obligation."""
    lines = ["article\tprovision\tmodality\tbearer\tbasis\tcondition\taction"]
    for o in kb.obligations:
        bearer = "; ".join(kb.get(a).label for a in o.actors)
        lines.append("\t".join([str(o.article), o.eid, o.modality, bearer, o.bearer_basis,
                                o.condition or "", o.action]))
    return "\n".join(lines) + "\n"


def sanctions_tsv(kb: KnowledgeBase) -> str:
    """The sanctions as a reviewable table: one line per sanctioning clause."""
    lines = ["article\tprovision\tviolator\tauthority\tcondition\tpenalties"]
    for s in kb.sanctions:
        lines.append("\t".join([str(s.article), s.eid, s.violator or "(none named)",
                                s.authority or "(none named)", s.condition or "", s.penalties]))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("name", "render"),
    [
        ("seed.json", lambda kb: json.dumps({k: kb.to_dict()[k] for k in CORE_KEYS}, ensure_ascii=False, indent=1) + "\n"),
        ("obligations.tsv", register_tsv),
        ("sanctions.tsv", sanctions_tsv),
    ],
)
def test_seed_matches_golden(kb: KnowledgeBase, name: str, render) -> None:
    path = GOLDEN / name
    text = render(kb)
    if UPDATE or not path.exists():
        path.write_text(text, encoding="utf-8")
        if not UPDATE:
            pytest.fail(f"golden file {name} was missing and has been written: review it and commit it")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file (see module docstring)"
