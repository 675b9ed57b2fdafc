"""Sanctions: penalties on the violator and powers of the authority that imposes them, never duties.

Table-driven, in wordings and subjects other than the seed's (drones, widgets), plus the knowledge
base API, the graph and ``regkb eval`` on an invented text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regkb import KnowledgeBase, Sanction
from regkb.corpus import SourceFile, split_frontmatter
from regkb.eval import evaluate, load_gold
from regkb.parse import parse_file

DEFS = ("Article 9 For the purpose of these Rules, the following terms shall have the following meanings: "
        "Drone operators refer to organizations that operate civil drones. Widget sellers refer to enterprises "
        "that sell widgets online.")


def kb_for(article_text: str, more: str = "Other.") -> KnowledgeBase:
    text = (f"---\ntitle: Rules on Drones and Widgets\n---\nChapter I General\n\nArticle 1 {article_text}\n\n"
            f"Article 2 {more}\n\n{DEFS}\n")
    fm, body, diags = split_frontmatter(text, "rules.md")
    doc = parse_file(SourceFile("rules.md", text, "0", fm, body, tuple(diags)))
    return KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: text})


def sanctions(article_text: str) -> list[tuple[str | None, str | None]]:
    kb = kb_for(article_text)
    return [(s.violator, s.authority) for s in kb.sanctions if s.article == 1]


# sentence -> (violator, authority) per sanctioning clause, in order
CASES = [
    # passive penalty with its agent after the verb
    ("Drone operators that breach these Rules shall be fined by the civil aviation bureau.",
     [("Drone operators", "civil aviation bureau")]),
    # an authority's power; "it" is the violator of the condition; a second power shares the authority
    ("Where a drone operator violates Article 2, the civil aviation bureau shall order it to rectify, and may "
     "impose a fine of not more than 5,000 yuan.",
     [("drone operator", "civil aviation bureau"), ("drone operator", "civil aviation bureau")]),
    # an agentless penalty after the authority's order in the same sentence takes that authority;
    # "the violator" names no one
    ("Where widgets are sold in violation of Article 2, the market regulation department shall order the violator "
     "to correct; where the violator refuses to correct, a fine of 2,000 yuan shall be imposed.",
     [(None, "market regulation department"), (None, "market regulation department")]),
    # persons penalised beside the organisation, and the authority's power over them
    ("Where a widget seller violates Article 2, the market regulation department shall order it to correct, and "
     "the persons directly in charge shall each be fined 1,000 yuan.",
     [("widget seller", "market regulation department"), ("persons directly in charge", "market regulation department")]),
    # no one named: "any breach"
    ("Any breach of these Rules shall be recorded in the credit file.", [(None, None)]),
    # criminal liability: no administrative authority imposes it, even after one in the same sentence
    ("Where a drone operator violates Article 2, the civil aviation bureau shall impose a fine; if the breach "
     "constitutes a crime, criminal liability shall be pursued according to law.",
     [("drone operator", "civil aviation bureau"), ("drone operator", None)]),
    # civil liability for damage caused by a breach
    ("Where a widget seller violates Article 2 and causes loss to a buyer, the widget seller shall bear civil "
     "liability according to law.", [("widget seller", None)]),
    # session 5: "be given (disciplinary / administrative) sanctions" is a penalty on the subject
    ("Widget sellers that forge sales records shall be given administrative sanctions according to law.",
     [("widget sellers", None)]),
    ("Where a drone operator violates Article 2, the civil aviation bureau shall order it to rectify; the staff "
     "directly responsible shall be given disciplinary sanctions.",
     [("drone operator", "civil aviation bureau"), ("staff directly responsible", "civil aviation bureau")]),
    # liability as the subject of "be borne / assumed": a sanction (no authority imposes civil liability)
    ("Where drone flights cause losses to others in violation of Article 2, civil liability shall be borne "
     "according to law.", [(None, None)]),
    ("Where a widget seller violates Article 2, the market regulation department shall impose a fine; where a buyer "
     "suffers losses, civil liability shall be assumed according to law.",
     [("widget seller", "market regulation department"), ("widget seller", None)]),
    # a second violator in the condition: "..., or B violates ..." (a violation of its own, not "or B suffers ...")
    ("Where a drone operator violates Article 2, or a widget seller violates the second sentence of Article 2, the "
     "market regulation department shall order corrections.",
     [("drone operator or widget seller", "market regulation department")]),
    ("If a widget seller fails to keep records as required by Article 2, or if a drone operator breaches Article 2, "
     "the civil aviation bureau shall give a warning.",
     [("widget seller or drone operator", "civil aviation bureau")]),
    ("Where a drone operator violates Article 2 or Article 1(2), or a widget seller violates Article 2, the market "
     "regulation department shall order corrections.",
     [("drone operator or widget seller", "market regulation department")]),
    ("Where a drone operator violates Article 2 or a widget seller suffers losses, the civil aviation bureau shall "
     "order corrections.", [("drone operator", "civil aviation bureau")]),
    # an indefinite pronoun names no violator (guide 4: null if the text names no one)
    ("Where anyone flies a drone in violation of Article 2, the civil aviation bureau shall give a warning.",
     [(None, "civil aviation bureau")]),
    ("If anybody sells widgets in violation of Article 2, the market regulation department may impose a fine.",
     [(None, "market regulation department")]),
    # session 6: a relative pronoun followed by an adverbial set off by commas still opens the condition
    ("A widget seller that, after being told of a defect, fails to recall the widgets shall be fined by the market "
     "regulation department.", [("widget seller", "market regulation department")]),
    ("Drone operators who, in the course of flights, breach Article 2 shall be given administrative sanctions.",
     [("Drone operators", None)]),
    # coordinated participles share their agent
    ("Widget sellers who forge sales records shall be warned or fined by the market regulation department.",
     [("Widget sellers", "market regulation department")]),
    ("Drone operators that breach Article 2 shall be fined and detained by the public security organ.",
     [("Drone operators", "public security organ")]),
    # compensation is owed to the one harmed: no authority imposes it, even after one in the same sentence
    ("Where a widget seller violates Article 2, the market regulation department shall impose a fine; where losses "
     "are caused, the violator shall bear liability for compensation.",
     [("widget seller", "market regulation department"), ("widget seller", None)]),
    # the party a warning or fine is given to; an amount between the penalty and its agent
    ("Where any provision of Article 2 is violated, the civil aviation bureau shall give a warning to the drone "
     "operator.", [("drone operator", "civil aviation bureau")]),
    ("Any widget seller who forges sales records shall be fined 5,000 yuan by the market regulation department.",
     [("widget seller", "market regulation department")]),
    ("Drone operators that fly at night shall be fined not more than 2,000 yuan by the civil aviation bureau.",
     [("Drone operators", "civil aviation bureau")]),
    # a reduced relative ("operators violating ..."); an agent after the penalty's complement; "commits any of the
    # acts listed in Article N" is a violation
    ("Drone operators violating Article 2 shall be fined by the civil aviation bureau.",
     [("Drone operators", "civil aviation bureau")]),
    ("Where a widget seller violates Article 2, it shall be ordered to make corrections by the market regulation "
     "department.", [("widget seller", "market regulation department")]),
    ("Where a drone operator commits any of the acts listed in Article 2, the civil aviation bureau may revoke its "
     "licence.", [("drone operator", "civil aviation bureau")]),
    # a circulated criticism and a credit record are sanctions; "fails to do so" / "fails to V the N" is a violation
    ("Where a drone operator violates Article 2, the civil aviation bureau shall order it to rectify; where it fails "
     "to do so, it shall be publicly criticised.",
     [("drone operator", "civil aviation bureau"), ("drone operator", "civil aviation bureau")]),
    ("Where a widget seller fails to file the report, the market regulation department shall give it a warning; "
     "where the circumstances are serious, the violation shall be entered into the enterprise credit file.",
     [("widget seller", "market regulation department"), ("widget seller", "market regulation department")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_sanction_violator_and_authority(sentence: str, expected: list[tuple[str | None, str | None]]) -> None:
    got = [(v and v.lower(), a and a.lower()) for v, a in sanctions(sentence)]
    assert got == [(v and v.lower(), a and a.lower()) for v, a in expected]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_a_sanction_is_never_a_duty(sentence: str, expected: list[tuple[str | None, str | None]]) -> None:
    kb = kb_for(sentence)
    assert [o for o in kb.obligations if o.article == 1] == []
    assert all(st.reason == "not a duty: sanction" for st in kb.statements if st.article == 1)


@pytest.mark.parametrize("sentence", [
    "Drone operators shall keep flight logs for three years.",
    # a power that is no penalty: no violation in the paragraph
    "The civil aviation bureau may order drone operators to suspend flights in severe weather.",
    "These Rules shall come into force on 1 March 2027.",
    # "fails to" with no definite object is no failure to do what the text required; and a failure is a violation
    # only for a power that is a penalty by nature (a warning, a fine, an order to correct), not for a suspension
    "Where a buyer fails to pay, the widget seller may suspend delivery.",
    "Where a buyer fails to pay the fee, the widget seller may suspend delivery.",
])
def test_no_sanction_without_a_penalty_for_a_violation(sentence: str) -> None:
    assert sanctions(sentence) == []


def test_the_sanction_keeps_its_provenance_verbatim() -> None:
    text = ("Where a drone operator violates Article 2, the civil aviation bureau shall order it to rectify, and may "
            "impose a fine of not more than 5,000 yuan.")
    kb = kb_for(text)
    src = next(iter(kb.sources.values()))
    s1, s2 = kb.sanctions
    assert isinstance(s1, Sanction)
    assert s1.condition == "Where a drone operator violates Article 2"
    assert src[s1.condition_span.start : s1.condition_span.end] == s1.condition
    assert s1.penalties == "order it to rectify"
    assert src[s1.penalties_span.start : s1.penalties_span.end] == s1.penalties
    assert src[s1.span.start : s1.span.end] == s1.text
    assert s2.penalties == "impose a fine of not more than 5,000 yuan"
    assert s1.trigger == "shall" and s2.trigger == "may"
    assert s1.provision_id == "rules/art_1__para_1" and s1.id == "rules/art_1__para_1/sanction_1"


def test_sanctions_of_filters_by_violator_and_authority() -> None:
    kb = kb_for("Where a drone operator violates Article 2, the civil aviation bureau shall impose a fine.",
                more="The civil aviation bureau shall publish its rules. Drone operators shall keep logs.")
    op = kb.actor("drone operators")
    bureau = kb.actor("civil aviation bureau")
    assert [s.id for s in kb.sanctions_of(op)] == ["rules/art_1__para_1/sanction_1"]
    assert kb.sanctions_of(authority=bureau) == kb.sanctions_of(op)
    assert kb.sanctions_of(bureau) == ()  # the bureau is no violator
    assert kb.sanctions_of(article=2) == ()
    # the graph: the violator and the authority's power, never a bearer
    sid = "rules/art_1__para_1/sanction_1"
    kinds = {(u, v, k) for u, v, k in kb.graph.edges(keys=True) if sid in (u, v)}
    assert (sid, op.id, "violator") in kinds and (bureau.id, sid, "may_impose") in kinds
    assert not any(k == "bearer" for _u, _v, k in kinds)
    # JSON
    data = kb.to_dict()
    assert [s["id"] for s in data["sanctions"]] == [sid]
    assert data["sanctions"][0]["authorities"] == [bureau.id]


def test_eval_scores_sanctions(tmp_path: Path) -> None:
    kb = kb_for("Where a drone operator violates Article 2, the civil aviation bureau shall order it to rectify, and "
                "may impose a fine of not more than 5,000 yuan. Any breach of these Rules shall be recorded in the "
                "credit file.")
    gold = tmp_path / "gold.yaml"
    gold.write_text(json.dumps({"document": "rules", "sanctions": [
        {"at": "art_1__para_1", "violator": "drone operators", "authority": "civil aviation bureau",
         "text": "Where a drone operator violates Article 2, the civil aviation bureau shall order"},
        {"at": "art_1__para_1", "violator": "drone operators", "authority": None,  # wrong on purpose
         "text": "may impose a fine of not more than 5,000 yuan"},
        {"at": "art_2__para_1", "violator": None, "authority": None, "text": "Nothing of the kind"},
    ]}), encoding="utf-8")
    r = evaluate(kb, load_gold(gold), "rules")
    found, viol, auth = r.fields["sanction"], r.fields["sanction-violator"], r.fields["sanction-authority"]
    assert (found.tp, found.fp, found.fn) == (2, 1, 1)  # the credit-file sanction is not in this gold
    assert (viol.tp, viol.fp, viol.fn) == (2, 1, 1)
    assert (auth.tp, auth.fp, auth.fn) == (1, 2, 2)
    assert any("authority: gold None" in m for m in auth.misses)
    assert r.dump()["fields"]["sanction"]["precision"] == pytest.approx(2 / 3)


def test_site_lists_penalties_apart_from_duties_and_the_authoritys_powers(kb: KnowledgeBase, tmp_path: Path) -> None:
    from regkb.site.generate import generate

    generate(kb, tmp_path)
    seed = next(s for s in kb.sanctions if s.document == "deep-synthesis-provisions")
    page = (tmp_path / "provisions" / seed.document / f"art-{seed.article}.md").read_text(encoding="utf-8")
    duties, _, penalties = page.partition("## Penalties {#penalties}")
    assert penalties, "the article page has a Penalties section"
    n = sum(1 for s in kb.sanctions if s.document == seed.document and s.article == seed.article)
    assert penalties.count('<td data-label="Penalty">') == n
    assert "shall be penalized" not in duties.split("## Obligations", 1)[-1]  # never in the duties table


def test_the_authoritys_page_lists_its_powers_to_impose_penalties(tmp_path: Path) -> None:
    from regkb.site.generate import generate

    kb = kb_for("Where a drone operator violates Article 2, the civil aviation bureau shall impose a fine.",
                more="The civil aviation bureau shall publish its rules. Drone operators shall keep logs.")
    generate(kb, tmp_path)
    bureau, op = kb.actor("civil aviation bureau"), kb.actor("drone operators")
    page = (tmp_path / "actors" / f"{bureau.id.split('/', 1)[-1]}.md").read_text(encoding="utf-8")
    _, _, powers = page.partition("## Powers to impose penalties {#powers}")
    assert powers.count('<td data-label="Penalty">') == 1 and "impose a fine" in powers
    assert "## Penalties {#penalties}" not in page  # the bureau incurs none
    page = (tmp_path / "actors" / f"{op.id.split('/', 1)[-1]}.md").read_text(encoding="utf-8")
    assert "## Powers to impose penalties" not in page
    _, _, incurred = page.partition("## Penalties {#penalties}")
    assert "civil aviation bureau" in incurred.lower()


@pytest.mark.parametrize(("sentence", "violator"), [
    # "the violation" with no sanction before it: the violation the paragraph named in a duty's condition
    ("Where a widget seller violates Article 2, the drone operator shall report it to the bureau; if the violation "
     "constitutes a crime, criminal liability shall be pursued according to law.", "widget seller"),
    ("If a drone operator breaches Article 2, the widget seller shall stop the sale at once. Where the breach "
     "constitutes a crime, criminal liability shall be investigated according to law.", "drone operator"),
])
def test_the_violation_names_the_violator_of_an_earlier_duty_condition(sentence: str, violator: str) -> None:
    kb = kb_for(sentence)
    assert [(s.violator or "").lower() for s in kb.sanctions if s.article == 1] == [violator]
    assert len([o for o in kb.obligations if o.article == 1]) == 1  # the duty to report / stop stays a duty


def test_an_ing_adjective_inside_a_violators_name_is_no_reduced_relative() -> None:
    # "a charging station": "charging" modifies the noun; only an -ing word with an object opens a reduced relative
    kb = kb_for("Where a widget seller violates Article 2, the market regulation department shall impose a fine; the "
                "persons directly in charge and other directly liable persons of a charging station shall be given a "
                "warning.")
    assert [s.violator for s in kb.sanctions][-1].endswith("of a charging station")
