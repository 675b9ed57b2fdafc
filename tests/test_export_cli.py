"""The JSON contract and the command line."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner

from regkb import KnowledgeBase
from regkb.cli import cli
from regkb.schema import load_schema

from .conftest import SEED_DOC


@pytest.fixture(scope="module")
def exported() -> dict:
    result = CliRunner().invoke(cli, ["export", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_export_validates_against_the_schema(exported: dict) -> None:
    jsonschema.validate(exported, load_schema())


def test_schema_rejects_a_broken_export(exported: dict) -> None:
    broken = json.loads(json.dumps(exported))
    broken["obligations"][0]["actors"] = []
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, load_schema())


def _first(items: list[dict], **want: object) -> dict:
    return next(x for x in items if all(x.get(k) == v for k, v in want.items()))


def _claim_change(data: dict) -> dict:
    return next(c for c in data["changes"] if c["from"]["claim"] and c["to"]["provisions"] and c["redline"])


def _set_kind(c: dict) -> None:
    c["kind"] = "renamed"


def _no_sides(c: dict) -> None:
    c["from"]["claim"] = None
    c["to"]["provisions"] = []


def _paraphrase_as_quote(c: dict) -> None:
    c["from"]["label"] = "paraphrase"  # a paraphrase never says quoted and never has a redline


def _bad_effect(c: dict) -> None:
    c["effects"] = [{"kind": "duty-doubled", "actor": "", "before": "", "after": "",
                     "from_obligation": None, "to_obligation": None}]


def _bad_redline(c: dict) -> None:
    c["redline"] = [["~", "text"]]


@pytest.mark.parametrize("breaker", [_set_kind, _no_sides, _paraphrase_as_quote, _bad_effect, _bad_redline])
def test_schema_rejects_a_broken_change(exported: dict, breaker) -> None:
    broken = json.loads(json.dumps(exported))
    breaker(_claim_change(broken))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, load_schema())


@pytest.mark.parametrize(("key", "edit"), [
    ("claims", {"label": "summary"}),
    ("claims", {"quoted": True, "label": "paraphrase"}),
    ("claims", {"span": None}),
    ("external_facts", {"source": ""}),
    ("described_documents", {"status": None}),
])
def test_schema_rejects_broken_version_data(exported: dict, key: str, edit: dict) -> None:
    broken = json.loads(json.dumps(exported))
    broken[key][0].update(edit)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, load_schema())


def test_schema_enums_are_the_engines() -> None:
    from regkb.compare import CLAIM_KINDS, EFFECT_KINDS
    from regkb.draft import LABELS

    defs = load_schema()["$defs"]
    assert defs["change"]["properties"]["kind"]["enum"] == list(CLAIM_KINDS)
    assert defs["effect"]["properties"]["kind"]["enum"] == list(EFFECT_KINDS)
    assert defs["claim"]["properties"]["label"]["enum"] == list(LABELS)


def test_export_has_the_version_keys(exported: dict, kb: KnowledgeBase) -> None:
    assert [c["id"] for c in exported["changes"]] == [c.id for c in kb.changes()]
    assert [c["id"] for c in exported["claims"]] == [c.id for c in kb.claims]
    draft = _first(exported["described_documents"], status="draft")
    assert _first(exported["external_facts"], document=draft["id"], key="released_date")["value"] == "2022-01-28"


def test_export_has_the_contract_fields(exported: dict, kb: KnowledgeBase) -> None:
    assert {d["id"] for d in exported["documents"]} == {d.id for d in kb.documents} | {"pipl-npc"}  # + the PIPL's text
    ch = exported["chapters"][0]
    assert ch["number"] == 1 and ch["label"] == "Chapter I" and ch["document"] == "deep-synthesis-provisions"
    art = next(a for a in exported["articles"] if a["number"] == 17)
    assert art["chapter"] == 3 and len(art["paragraphs"][0]["items"]) == 5
    ref = next(r for r in exported["references"] if r["text"] == "Articles 16 and 17 hereof")
    assert ref["target"]["article"] == 16 and ref["target"]["document"] == "deep-synthesis-provisions"
    law_ids = {law["id"] for law in exported["laws"]}
    assert {"pipl", "algorithmic-recommendation-provisions", "genai-services-interim-measures"} <= law_ids
    fm = next(d for d in exported["documents"] if d["id"] == "deep-synthesis-provisions")["frontmatter"]
    assert fm["effective_date"] == "2023-01-10" and fm["related_laws"][0] == "pipl"


def test_export_is_deterministic() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["export", "json"]).stdout == runner.invoke(cli, ["export", "json"]).stdout


def test_export_to_a_file(tmp_path) -> None:
    out = tmp_path / "kb.json"
    result = CliRunner().invoke(cli, ["export", "json", "-o", str(out)])
    assert result.exit_code == 0
    assert json.loads(out.read_text())["schema_version"] == "2"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["article", "17"], ["Article 17", "(V) Other services", "Obligations"]),
        (["article", "25"], ["These Provisions shall come into force as of January 10, 2023."]),
        (["obligations", "--actor", "technical supporters", "--modality", "obligation"], ["10 obligations"]),
        (["obligations", "--modality", "prohibition", "--document", SEED_DOC], ["5 obligations"]),
        (["obligations", "--article", "21", "--document", SEED_DOC], ["9 obligations"]),
        (["definitions"], ["Training data", "Immersive virtual"]),
        (["actors"], ["Application distribution", "actor/deep-synthesis-service-provider"]),
        (["check"], ["3 documents", "99 articles"]),  # the seed (25) and the PIPL (74)
    ],
)
def test_commands(args: list[str], expected: list[str]) -> None:
    result = CliRunner(env={"COLUMNS": "250"}).invoke(cli, args)
    assert result.exit_code == 0, result.output
    for e in expected:
        assert e in result.stdout, (e, result.stdout[:2000])


@pytest.mark.parametrize(
    ("args", "key", "count"),
    [
        (["obligations", "--actor", "Any organization or individual", "--document", SEED_DOC, "--json"], None, 2),
        (["article", "18", "--json"], "obligations", 1),
    ],
)
def test_json_output(args: list[str], key: str | None, count: int) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data[key] if key else data) == count


def test_definitions_json_has_the_seeds_seven() -> None:
    result = CliRunner().invoke(cli, ["definitions", "--json"])
    assert result.exit_code == 0, result.output
    assert len([d for d in json.loads(result.stdout) if d["document"] == SEED_DOC]) == 7


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["article", "99"], 1, "has no Article 99"),
        (["obligations", "--actor", "martians"], 1, "no actor 'martians'"),
        (["export", "json", "--corpus", "no/such/dir"], 2, "corpus directory does not exist"),
    ],
)
def test_command_errors(args: list[str], code: int, message: str) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == code
    assert message in result.output and "Traceback" not in result.output
