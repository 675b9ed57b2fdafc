"""Sanctions where a lawyer or a developer looks: the search index, ``regkb sanctions``, the actor CSVs.

The texts are invented (drones, widgets), in other wordings than the seed's; the seed is checked too."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from regkb import KnowledgeBase
from regkb.corpus import SourceFile, split_frontmatter
from regkb.parse import parse_file
from regkb.sanction_table import COLUMNS, sanction_rows, sanctions_for

from .conftest import ROOT, SEED_DOC

RULES = """---
title: Rules on Drones and Widgets
---
Chapter I General

Article 1 Drone operators shall keep flight logs. Widget sellers shall label widgets.

Article 2 The civil aviation bureau shall supervise drone flights.

Chapter II Legal Liability

Article 3 Where a drone operator violates Article 1, the civil aviation bureau shall order it to rectify and \
may impose a fine of not more than 5,000 yuan.

Where a widget seller violates Article 1, the market inspection office shall confiscate the unlabelled widgets; \
the persons directly in charge shall each be fined 1,000 yuan.

Article 4 Any breach of these Rules shall be recorded in the credit file. Widget sellers that sell fake widgets \
shall be fined.

Article 5 For the purpose of these Rules, the following terms shall have the following meanings: Drone operators \
refer to organizations that operate civil drones. Widget sellers refer to enterprises that sell widgets online.
"""


def rules_kb() -> KnowledgeBase:
    fm, body, diags = split_frontmatter(RULES, "rules.md")
    doc = parse_file(SourceFile("rules.md", RULES, "0", fm, body, tuple(diags)))
    return KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: RULES})


def rules_corpus(where: Path) -> Path:
    where.mkdir(parents=True, exist_ok=True)
    (where / "rules.md").write_text(RULES, encoding="utf-8")
    return where


# --- provenance rows --------------------------------------------------------------------------


def test_rows_quote_the_text_and_say_where_it_is() -> None:
    kb = rules_kb()
    rows = sanction_rows(kb, kb.sanctions)
    assert rows and all(tuple(r)[: len(COLUMNS)] == COLUMNS for r in rows)
    src = kb.sources[rows[0]["document"]]
    for r in rows:
        assert src[r["start"]:r["end"]] == r["text"]  # verbatim, at its character span
        assert r["penalties"] in r["text"] and (r["condition"] is None or r["condition"] in r["text"])
        assert src[r["penalties_start"]:r["penalties_end"]] == r["penalties"]
        line = src.splitlines()[r["line"] - 1]
        assert line[r["column"] - 1:].startswith(r["text"][:20])
        assert r["file"] == "rules.md"
    second = [r for r in rows if r["article"] == 3 and r["paragraph"] == 2]
    assert {r["citation"] for r in second} == {"Art. 3(2)"}
    fined = next(r for r in second if "fined" in r["trigger"])
    assert fined["violator"] == "persons directly in charge"
    credit, fake = (r for r in rows if r["article"] == 4)
    assert credit["violator"] is None and fake["authority"] is None  # not named: None, never guessed


def test_an_actors_rows_give_its_role() -> None:
    kb = rules_kb()
    op, bureau = kb.actor("drone operators"), kb.actor("civil aviation bureau")
    faced = sanctions_for(kb, op)
    assert faced and {r["role"] for r in faced} == {"violator"}
    assert all(r["actor"] == op.label for r in faced)
    powers = sanctions_for(kb, bureau)
    assert powers and {r["role"] for r in powers} == {"authority"}
    assert {r["id"] for r in powers} == {r["id"] for r in faced}  # the same two clauses, seen from each side


# --- regkb sanctions ------------------------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "regkb", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def test_cli_lists_sanctions_as_json_with_provenance(tmp_path: Path) -> None:
    corpus = rules_corpus(tmp_path / "corpus")
    out = run_cli("sanctions", "--corpus", str(corpus), "--actor", "drone operators", "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) == 2 and {r["authority"] for r in rows} == {"civil aviation bureau"}
    assert all(r["violators"] == ["actor/drone-operator"] for r in rows)
    assert {"document", "article", "paragraph", "item", "start", "end", "file", "line"} <= set(rows[0])
    by_auth = json.loads(run_cli("sanctions", "--corpus", str(corpus), "--authority", "market inspection office",
                                 "--json").stdout)
    assert len(by_auth) == 2 and all(r["article"] == 3 and r["paragraph"] == 2 for r in by_auth)
    table = run_cli("sanctions", "--corpus", str(corpus), "--document", "rules")
    assert table.returncode == 0, table.stderr
    assert "(not named" in table.stdout and "6 sanctions" in table.stdout


@pytest.mark.parametrize(("option", "value", "needle"), [
    ("--actor", "drone pilots", "no actor 'drone pilots'"),
    ("--authority", "the sky police", "no actor 'the sky police'"),
    ("--document", "other-rules", "no document 'other-rules'"),
])
def test_cli_names_what_it_does_not_know(tmp_path: Path, option: str, value: str, needle: str) -> None:
    out = run_cli("sanctions", "--corpus", str(rules_corpus(tmp_path / "corpus")), option, value)
    assert out.returncode != 0 and needle in out.stderr and not out.stdout
    assert "known actors" in out.stderr or "the corpus has" in out.stderr


# --- search ---------------------------------------------------------------------------------------


def test_fine_finds_the_sanction_and_its_article(tmp_path: Path) -> None:
    kb = rules_kb()
    hits = kb.search("fine drone", index_dir=tmp_path).hits
    sanction = next(h for h in hits if h.kind == "sanction")
    assert sanction.article == 3 and sanction.node_id == kb.get(sanction.id).id
    assert sanction.title.startswith("Article 3: penalty on drone operator")
    assert any(h.kind in ("article", "paragraph") and h.article == 3 for h in hits)  # never hidden by a sanction
    fined = kb.search("fine", index_dir=tmp_path).hits
    assert {h.id for h in fined if h.kind == "sanction"} >= {"rules/art_4__para_1/sanction_2"}
    only = kb.search("penalty", kind="sanction", index_dir=tmp_path)
    assert only.hits and {h.kind for h in only.hits} == {"sanction"}
    by_authority = kb.search("", kind="sanction", actor="market inspection office", index_dir=tmp_path)
    assert {h.id for h in by_authority.hits} == {s.id for s in kb.sanctions_of(authority="market inspection office")}


def test_sanctions_of_one_place_are_one_hit(tmp_path: Path) -> None:
    kb = rules_kb()
    hits = kb.search("drone operator fine rectify", index_dir=tmp_path, limit=20).hits
    places = [h.provision for h in hits if h.kind == "sanction"]
    assert len(places) == len(set(places))


def test_seed_penalty_search_finds_article_22_first(search) -> None:
    result = search("penalty")
    assert result.hits[0].document == SEED_DOC and result.hits[0].article == 22
    organ = search("public security organ")
    assert organ.hits[0].kind == "sanction" and organ.hits[0].article == 22


# --- the site's CSV -------------------------------------------------------------------------------


def _read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def test_actor_csv_lists_penalties_and_powers_apart_from_duties(tmp_path: Path) -> None:
    from regkb.site.generate import generate

    kb = rules_kb()
    generate(kb, tmp_path)
    op, bureau = kb.actor("drone operators"), kb.actor("civil aviation bureau")
    stem = tmp_path / "actors" / op.id.split("/", 1)[-1]
    rows = _read_csv(stem.with_name(stem.name + ".sanctions.csv"))
    assert {r["role"] for r in rows} == {"violator"} and len(rows) == 2
    for r in rows:
        assert RULES[int(r["start"]):int(r["end"])] == r["text"]
        assert r["citation"].endswith("Art. 3(1)") and r["link"].endswith("#art_3__para_1")
        assert (tmp_path / r["link"].split("#")[0].replace(".html", ".md")).is_file()
    duties = _read_csv(stem.with_suffix(".csv"))
    assert duties and not any("fine" in r["text"] for r in duties)  # the duty checklist holds no penalty
    page = stem.with_suffix(".md").read_text(encoding="utf-8")
    assert f"{stem.name}.sanctions.csv" in page
    powers = _read_csv(tmp_path / "actors" / (bureau.id.split("/", 1)[-1] + ".sanctions.csv"))
    assert {r["role"] for r in powers} == {"authority"}
    page = (tmp_path / "actors" / (bureau.id.split("/", 1)[-1] + ".md")).read_text(encoding="utf-8")
    assert "Authority: not a body of the registry" in page
    fake = next(r for r in _read_csv(tmp_path / "actors" / "all-sanctions.csv") if "fake" in r["text"])
    assert fake["authority"] == "not named in the text" and fake["violator"] == "Widget sellers"
    everyone = _read_csv(tmp_path / "actors" / "all-sanctions.csv")
    assert len(everyone) == sum(len(sanctions_for(kb, a)) for a in kb.actors)


def test_cli_authority_may_be_a_registry_body_and_says_how_it_is_named(tmp_path: Path) -> None:
    corpus = rules_corpus(tmp_path / "corpus")
    (corpus / "bodies.yaml").write_text(
        "bodies:\n  - id: caa\n    name: State Civil Aviation Bureau\n    abbreviations: [CABR]\n"
        "    aliases: []\n", encoding="utf-8")
    out = run_cli("sanctions", "--corpus", str(corpus), "--authority", "CABR", "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) == 2 and {r["authority"] for r in rows} == {"civil aviation bureau"}
    assert "Civil aviation bureau (a fuzzy match of the names: check it)" in out.stderr


def test_a_party_penalised_only_in_a_sanction_is_an_actor_with_its_penalties() -> None:
    kb = rules_kb()
    persons = kb.actor("persons directly in charge")
    assert persons.basis == "violator" and not kb.obligations_of(actor=persons, include_universal=False)
    (m,) = persons.mentions
    assert RULES[m.span.start:m.span.end] == "persons directly in charge" and m.article == 3
    rows = sanctions_for(kb, persons)
    assert [(r["role"], r["citation"], r["authority"]) for r in rows] == \
        [("violator", "Art. 3(2)", "market inspection office")]
    assert "each be fined 1,000 yuan" in rows[0]["text"]


def test_the_sites_search_tells_penalties_from_duties(tmp_path: Path) -> None:
    """The site's own search index (search/index.js): a penalty is a record of kind "sanction", filed under
    the "Sanction" facet and linked to its article, never a duty; the article page keeps penalties and the
    authority's page its powers in sections of their own."""
    from regkb.build import build_site
    from regkb.site.search import expand

    site = tmp_path / "site"
    build_site(rules_corpus(tmp_path / "corpus"), site)
    script = (site / "search" / "index.js").read_text(encoding="utf-8")
    data = json.loads(script[len("window.regkbSearchData="):-2])
    records = expand(data)
    sanctions = [r for r in records if r["k"] == "sanction"]
    assert sanctions and all(data["facetKind"][r["k"]] == "sanction" for r in sanctions)
    fine = next(r for r in sanctions if "fine of not more than 5,000 yuan" in r["x"])
    assert "/art-3.html#" in fine["u"]
    duties = [r for r in records if r["k"] == "obligation"]
    assert not any("5,000 yuan" in r["x"] for r in duties)
    article = (site / fine["u"].split("#", 1)[0]).read_text(encoding="utf-8")
    assert 'id="penalties"' in article
    powers = (site / "actors" / "civil-aviation-bureau.html").read_text(encoding="utf-8")
    assert 'id="powers"' in powers and "fine" in powers
    assert (site / "actors" / "civil-aviation-bureau.sanctions.csv").is_file()
