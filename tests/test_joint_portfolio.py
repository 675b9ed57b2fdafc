"""`regkb check` says when "A and B departments" was read as one joint portfolio by a guess (guide 1.6): the text
and the registry name no body of the joint field, so the two fields may be two bodies that each bear the duty."""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb import KnowledgeBase

HEAD = """---
id: t
title: Measures on Sample Records
---
# Measures on Sample Records

**Article 1** These Measures are formulated to keep sample records safe.

"""

WARNED = [
    "**Article 2** The transport and health departments shall supervise the sample records.\n",
    "**Article 2** The commerce and tourism bureaus of the county shall inspect sample records every year.\n",
    "**Article 2** The water resources and forestry agencies shall keep a register of sample records.\n",
    # the text names one field alone later, yet the pair was read as one actor: still a guess, still reported
    "**Article 2** The transport and health departments shall supervise the sample records.\n\n"
    "**Article 3** The transport department shall keep a register.\n",
]

QUIET = [
    # no pair: one field
    "**Article 2** The forestry departments shall supervise the sample records.\n",
    # two bodies written out
    "**Article 2** The transport department and the health department shall supervise the sample records.\n",
    # the text names a body of the whole joint field
    "**Article 2** The culture and tourism departments shall supervise the sample records.\n\n"
    "**Article 3** The Ministry of Culture and Tourism shall guide the work.\n",
    "**Article 2** The housing and urban-rural development bureaus shall inspect the sample records.\n\n"
    "**Article 3** The municipal housing and urban-rural development bureau shall keep a register.\n",
]


def _warnings(tmp_path: Path, body: str) -> list[str]:
    (tmp_path / "t.md").write_text(HEAD + body, encoding="utf-8")
    kb = KnowledgeBase.from_corpus(tmp_path)
    return [d.message for d in kb.diagnostics if d.code == "joint-portfolio"]


@pytest.mark.parametrize("body", WARNED)
def test_a_guessed_joint_portfolio_is_reported(tmp_path: Path, body: str) -> None:
    found = _warnings(tmp_path, body)
    assert len(found) == 1 and "one joint portfolio" in found[0]


@pytest.mark.parametrize("body", QUIET)
def test_no_report_where_the_names_settle_it(tmp_path: Path, body: str) -> None:
    assert _warnings(tmp_path, body) == []


def test_the_report_has_the_place_of_the_first_mention(tmp_path: Path) -> None:
    (tmp_path / "t.md").write_text(HEAD + WARNED[0], encoding="utf-8")
    kb = KnowledgeBase.from_corpus(tmp_path)
    (d,) = [d for d in kb.diagnostics if d.code == "joint-portfolio"]
    line = (HEAD + WARNED[0]).splitlines()[d.line - 1]
    assert d.severity == "warning" and "transport and health departments" in line[d.column - 1 :]
