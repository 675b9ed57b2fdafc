"""Measure regkb on a held-out set (tests/heldout/, tests/heldout2/, ...) against its hand gold.

    PYTHONPATH=src python tests/heldout/measure.py                       # the first set
    PYTHONPATH=src python tests/heldout/measure.py --set tests/heldout2  # another set
    PYTHONPATH=src python tests/heldout/measure.py --details             # also every miss and false hit

A measurement, not a test: it never fails on a low score. Each text (the ``source`` of each
``<set>/gold/*.yaml``) is parsed alone with ``KnowledgeBase.from_corpus`` on a temporary corpus
holding the registries (corpus/laws.yaml, corpus/bodies.yaml) and the text: a .md/.txt file is
copied in as it is; a web page (.html/.htm), a Word file (.docx) or a PDF (.pdf) is imported as a
user would, with ``regkb add --id <gold document id>``. Since session 3 the first set
(tests/heldout/) is a development set, and so is tests/heldout2/ since the third set was made;
tests/heldout3/ became a development set in session 4, when tests/heldout4/ was written, and
tests/heldout4/ in session 5, when tests/heldout5/ was written, and tests/heldout5/ in session 6, when
tests/heldout6/ was written, and tests/heldout6/ in session 7, because tests/heldout7/ existed, and
tests/heldout7/ in session 8, when tests/heldout8/ was written, and tests/heldout8/ in session 9, when
tests/heldout9/ was written; tests/heldout9/ is a development set since session 9, when tests/heldout10/ was
written, after one blind measurement; tests/heldout10/ is a development set since session 10, when
tests/heldout11/ was written and measured blind; tests/heldout11/ is a development set since session 11, because
tests/heldout12/ (written at the end of session 10) had been measured blind; tests/heldout12/ is a development set
since later in session 11, once tests/heldout13/ had been written and measured blind; tests/heldout13/ is a
development set since session 12, when tests/heldout14/ was written and measured blind. tests/heldout14/ is blind:
nobody tunes the parser or the extractor on it until a tests/heldout15/ exists.

Scores (the simple matcher of tests/heldout/README.md):
- structure: articles found / expected; chapters and sections (number and title); for each
  expected article found, paragraph count exact and items per paragraph exact; running headers
  and page numbers left inside article text; gold quotes still present in the parsed articles.
- obligations: (article, modality, bearer) pairs, one per gold bearer (also with the exact
  paragraph or item instead of the article); a predicted actor matches
  a gold bearer when one of its names (label, aliases) equals one of the gold party's names
  (canonical, ``parties:`` aliases) after case-folding, dropping a leading article/"relevant",
  a trailing "concerned", and folding plurals; an entry without bearer matches one without actor.
  Also (article, modality) alone, to tell clause finding from bearer finding.
- definitions: (article, term) with quotes, case and plural folded.
- references: internal (article, target) pairs; external (article, law id or unresolved).
- sanctions: gold sanctions that the extractor reported as a duty (lower is better).
If ``regkb.eval`` exists in the code measured, its own scores are printed as well.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
import traceback
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
HTML = {".html", ".htm"}
# formats that enter a corpus through the importer (`regkb add`), as a user would add them
IMPORTED = HTML | {".docx", ".pdf"}


def fold_text(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def fold_name(s: str) -> str:
    s = re.sub(r"[\"'“”‘’\[\]]", "", s.lower())
    s = fold_text(s)
    s = re.sub(r"^(the|a|an|any|each)\s+", "", s)
    s = re.sub(r"^relevant\s+", "", s)
    s = re.sub(r"\s+concerned$", "", s)
    return " ".join(_singular(w) for w in s.split())


def art_of(at: str) -> int:
    return int(at.split("__")[0][4:])


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float | None, float | None]:
    p = tp / n_pred if n_pred else None
    r = tp / n_gold if n_gold else None
    return p, r


def match_count(gold: list[tuple[Any, ...]], pred: list[tuple[Any, ...]]) -> int:
    """Multiset intersection size."""
    return sum((Counter(gold) & Counter(pred)).values())


# --- parsing -----------------------------------------------------------------------------


def parse_alone(text_path: Path, doc_id: str) -> tuple[Any, str | None]:
    from regkb import KnowledgeBase

    with tempfile.TemporaryDirectory(prefix="regkb-heldout-") as tmp:
        root = Path(tmp)
        for reg in ("laws.yaml", "bodies.yaml"):
            if (ROOT / "corpus" / reg).is_file():
                shutil.copy(ROOT / "corpus" / reg, root / reg)
        if text_path.suffix.lower() in IMPORTED:
            # a web page, a Word file or a PDF enters a corpus through the importer, as a user would add it
            done = subprocess.run([sys.executable, "-m", "regkb", "add", "--corpus", str(root), "--id", doc_id,
                                   str(text_path)], capture_output=True, text=True, timeout=300, check=False)
            if done.returncode != 0:
                last = (done.stderr.strip().splitlines() or ["(no message)"])[-1]
                return None, f"regkb add failed (exit {done.returncode}): {last[:160]}"
        else:
            shutil.copy(text_path, root / text_path.name)
        try:
            return KnowledgeBase.from_corpus(root), None
        except Exception as exc:  # a measurement records a crash, it does not stop on it
            tb = traceback.extract_tb(exc.__traceback__)
            where = f" at {Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else ""
            first = (str(exc).splitlines() or [""])[-1 if "error(s)" in str(exc) else 0]
            return None, f"{type(exc).__name__}{where}: {first[:160] or '(no message)'}"


# --- scoring -----------------------------------------------------------------------------


class Names:
    """Gold party names: canonical name -> every folded name of that party."""

    def __init__(self, parties: Iterable[dict[str, Any]]) -> None:
        self.groups: dict[str, set[str]] = {}
        for p in parties or ():
            names = {fold_name(p["name"])} | {fold_name(a) for a in p.get("aliases") or ()}
            self.groups[fold_name(p["name"])] = names

    def of(self, name: str) -> set[str]:
        f = fold_name(name)
        for names in self.groups.values():
            if f in names:
                return names
        return {f}


def score_structure(kb: Any, st: dict[str, Any], gold: dict[str, Any], doc_text: str) -> dict[str, Any]:
    exp = {int(k): v for k, v in st["articles"].items()}
    got = {a.number: a for a in kb.articles}
    found = [n for n in exp if n in got]
    para_ok = sum(len(got[n].paragraphs) == len(exp[n]["items"]) for n in found)
    items_ok = sum([len(p.items) for p in got[n].paragraphs] == exp[n]["items"] for n in found)
    place_ok = sum((got[n].chapter, got[n].section) == (exp[n]["chapter"], exp[n]["section"]) for n in found)
    exp_ch = {int(k): fold_text(v) for k, v in (st.get("chapters") or {}).items()}
    got_ch = {c.number: fold_text(c.title) for c in kb.chapters}
    exp_sec = {str(k): fold_text(v) for k, v in (st.get("sections") or {}).items()}
    got_sec = {f"{s.chapter}.{s.number}": fold_text(s.title) for s in kb.sections}
    body = "\n".join(a.text for a in kb.articles)
    leaked = [a for a in st.get("artifacts") or () if any(a in line.strip() and len(line.strip()) <= len(a) + 2
                                                           for line in body.splitlines())]
    folded_body = fold_text(body)
    quotes = [e["text"] for sec in ("obligations", "sanctions", "definitions") for e in gold[sec]]
    kept = sum(fold_text(q) in folded_body for q in quotes)
    bad = [n for n in found if [len(p.items) for p in got[n].paragraphs] != exp[n]["items"]]
    return {
        "articles": (len(found), len(exp)), "extra_articles": sorted(set(got) - set(exp)),
        "paragraphs_exact": (para_ok, len(exp)), "items_exact": (items_ok, len(exp)),
        "placed": (place_ok, len(exp)),
        "chapters": (sum(got_ch.get(n) == t for n, t in exp_ch.items()), len(exp_ch), len(got_ch)),
        "sections": (sum(got_sec.get(k) == t for k, t in exp_sec.items()), len(exp_sec), len(got_sec)),
        "artifacts_leaked": leaked, "quotes_kept": (kept, len(quotes)),
        "bad_articles": {n: [len(p.items) for p in got[n].paragraphs] for n in bad},
    }


def _target_key(t: Any) -> str | None:
    if t.article is not None:
        key = f"art_{t.article}"
        if t.paragraph is not None:
            key += f"__para_{t.paragraph}"
            if t.item is not None:
                key += f"__item_{t.item}"
        return key
    if t.provision:
        # the knowledge base names a chapter "chp_N" (docs/graph.md), the gold "chap_N" (annotation guide §1)
        key = str(t.provision).split("/")[-1]
        return "chap_" + key[4:] if key.startswith("chp_") else key
    return None


def score_extraction(kb: Any, gold: dict[str, Any]) -> dict[str, Any]:
    names = Names(gold.get("parties") or ())
    actors = {a.id: a for a in kb.actors}

    def actor_names(aid: str) -> set[str]:
        a = actors.get(aid)
        if a is None:
            return {fold_name(aid.split("/")[-1].replace("-", " "))}
        return {fold_name(a.label)} | {fold_name(x) for x in a.aliases}

    # obligations: (place, modality, bearer) pairs, matched one to one
    def pairs_match(strict: bool) -> tuple[int, int, int, list[Any], list[Any]]:
        gold_pairs = [(o["at"] if strict else art_of(o["at"]), o["modality"], b)
                      for o in gold["obligations"] for b in (o["bearers"] or [None])]
        pred_pairs = [(o.eid if strict else o.article, o.modality, aid)
                      for o in kb.obligations for aid in (o.actors or (None,))]
        used: set[int] = set()
        misses = []
        for g in gold_pairs:
            gnames = names.of(g[2]) if g[2] else None
            for i, p in enumerate(pred_pairs):
                if i in used or p[:2] != g[:2]:
                    continue
                if (gnames is None and p[2] is None) or (gnames and p[2] and gnames & actor_names(p[2])):
                    used.add(i)
                    break
            else:
                misses.append(g)
        false_hits = [(p[0], p[1], actors[p[2]].label if p[2] in actors else p[2])
                      for i, p in enumerate(pred_pairs) if i not in used]
        return len(used), len(pred_pairs), len(gold_pairs), misses, false_hits

    tp, n_pred, n_gold, misses, false_hits = pairs_match(strict=False)
    tps, _, _, _, _ = pairs_match(strict=True)
    gold_pairs = [(art_of(o["at"]), o["modality"]) for o in gold["obligations"] for _ in (o["bearers"] or [None])]
    pred_pairs = [(o.article, o.modality) for o in kb.obligations for _ in (o.actors or (None,))]
    am = match_count(gold_pairs, pred_pairs)
    ob = prf(tp, n_pred, n_gold)
    obs = prf(tps, n_pred, n_gold)
    obm = prf(am, n_pred, n_gold)

    # definitions
    gd = [(art_of(d["at"]), fold_name(d["term"])) for d in gold["definitions"]]
    pd = [(d.article, fold_name(d.term)) for d in kb.definitions]
    de = prf(match_count(gd, pd), len(pd), len(gd))

    # references
    gi = [(art_of(r["at"]), t) for r in gold["references"] if "targets" in r for t in r["targets"]]
    pi = [(r.article, _target_key(t)) for r in kb.references if r.kind == "internal" for t in r.targets]
    ge = [(art_of(r["at"]), r["law"]) for r in gold["references"] if "targets" not in r]
    pe = [(r.article, (r.targets[0].law if r.targets else None)) for r in kb.references if r.kind == "external"]
    ri = prf(match_count(gi, pi), len(pi), len(gi))
    re_ = prf(match_count(ge, pe), len(pe), len(ge))

    # sanctions reported as duties
    as_duty = 0
    for s in gold["sanctions"]:
        head = fold_text(s["text"])[:40].lower()
        if any(head in fold_text(o.text).lower() or fold_text(o.text).lower()[:40] in fold_text(s["text"]).lower()
               for o in kb.obligations if o.article == art_of(s["at"])):
            as_duty += 1
    return {
        "obligations": (tp, n_pred, n_gold, *ob),
        "obligations_at": (tps, n_pred, n_gold, *obs),
        "clauses": (am, n_pred, n_gold, *obm),
        "definitions": (match_count(gd, pd), len(pd), len(gd), *de),
        "refs_internal": (match_count(gi, pi), len(pi), len(gi), *ri),
        "refs_external": (match_count(ge, pe), len(pe), len(ge), *re_),
        "sanctions_as_duties": (as_duty, len(gold["sanctions"])),
        "_misses": misses, "_false": false_hits,
        "_def": (sorted(set(gd) - set(pd)), sorted(set(pd) - set(gd))),
        "_ref": (sorted((Counter(gi) - Counter(pi)).elements(), key=str), sorted((Counter(pi) - Counter(gi)).elements(), key=str),
                 sorted((Counter(ge) - Counter(pe)).elements(), key=str), sorted((Counter(pe) - Counter(ge)).elements(), key=str)),
    }


KEYS = ("obligations", "obligations_at", "clauses", "definitions", "refs_internal", "refs_external")


def gold_counts(gold: dict[str, Any]) -> dict[str, int]:
    """How many gold units each score counts (for a text whose build failed)."""
    pairs = sum(len(o["bearers"] or [None]) for o in gold["obligations"])
    return {"obligations": pairs, "obligations_at": pairs, "clauses": pairs, "definitions": len(gold["definitions"]),
            "refs_internal": sum(len(r["targets"]) for r in gold["references"] if "targets" in r),
            "refs_external": sum("targets" not in r for r in gold["references"])}


def regkb_eval_scores(kb: Any, gold_path: Path) -> str | None:
    """The table of ``regkb eval`` for this text (None when the code measured has no regkb.eval)."""
    if importlib.util.find_spec("regkb.eval") is None:
        return None
    import regkb.eval as ev

    try:
        return "\n\n" + ev.table([ev.evaluate(kb, ev.load_gold(gold_path))])
    except Exception as exc:  # the measurement goes on; the note says why this text has no eval table
        return f"regkb.eval failed: {type(exc).__name__}: {exc}"


# --- report ------------------------------------------------------------------------------


def pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.0f}%"


def frac(t: tuple[int, ...]) -> str:
    return f"{t[0]}/{t[1]}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--details", action="store_true", help="list every miss and false hit")
    ap.add_argument("--set", default=str(HERE.relative_to(ROOT)), metavar="DIR",
                    help="the held-out set: a directory with gold/*.yaml (default: %(default)s)")
    args = ap.parse_args(argv)
    set_dir = Path(args.set) if Path(args.set).is_absolute() else ROOT / args.set
    golds = sorted((set_dir / "gold").glob("*.yaml"))
    if not golds:
        print(f"error: {set_dir / 'gold'} holds no *.yaml gold file (give the set's directory with --set)",
              file=sys.stderr)
        return 2
    rows_s, rows_x, notes = [], [], []
    tot: dict[str, list[int]] = {}
    tot_all: dict[str, list[int]] = {}  # failed builds count: their gold is all missed
    for gp in golds:
        gold = yaml.safe_load(gp.read_text(encoding="utf-8"))
        text_path = ROOT / gold["source"]
        kb, err = parse_alone(text_path, gold["document"])
        name = text_path.name
        st = gold["structure"]
        if kb is None:
            for key, n in gold_counts(gold).items():
                tot_all.setdefault(key, [0, 0, 0])[2] += n
            n_art = len(st["articles"])
            rows_s.append(f"| {name} | **build failed** | 0/{n_art} | | | | | | |")
            rows_x.append(f"| {name} | **build failed** | | | | | | |")
            notes.append(f"- {name}: {err}")
            continue
        doc_text = text_path.read_text(encoding="utf-8", errors="replace")  # a .docx or .pdf is binary
        s = score_structure(kb, st, gold, doc_text)
        x = score_extraction(kb, gold)
        ch = s["chapters"]
        sec = s["sections"]
        rows_s.append(f"| {name} | ok | {frac(s['articles'])}{' +' + str(len(s['extra_articles'])) if s['extra_articles'] else ''}"
                      f" | {ch[0]}/{ch[1]} (found {ch[2]}) | {sec[0]}/{sec[1]} (found {sec[2]}) | {frac(s['placed'])}"
                      f" | {frac(s['paragraphs_exact'])} | {frac(s['items_exact'])} | {len(s['artifacts_leaked'])}"
                      f" | {frac(s['quotes_kept'])} |")
        cells = []
        for key in KEYS:
            tp, npred, ngold, p, r = x[key]
            for t in (tot.setdefault(key, [0, 0, 0]), tot_all.setdefault(key, [0, 0, 0])):
                t[0] += tp
                t[1] += npred
                t[2] += ngold
            cells.append(f"{pct(p)} / {pct(r)} ({tp}/{npred}/{ngold})")
        sd = x["sanctions_as_duties"]
        rows_x.append(f"| {name} | " + " | ".join(cells) + f" | {sd[0]}/{sd[1]} |")
        if s["bad_articles"] or s["extra_articles"] or s["artifacts_leaked"]:
            notes.append(f"- {name}: paragraphs/items wrong in articles {s['bad_articles']} (found: items per paragraph)"
                         + (f"; extra articles {s['extra_articles']}" if s["extra_articles"] else "")
                         + (f"; artifacts left in law text {s['artifacts_leaked']}" if s["artifacts_leaked"] else ""))
        if args.details:
            notes.append(f"- {name}: details")
            notes.append(f"  - obligation pairs missed: {x['_misses']}")
            notes.append(f"  - obligation pairs not in gold: {x['_false']}")
            notes.append(f"  - definitions missed / extra: {x['_def']}")
            notes.append(f"  - refs internal missed / extra, external missed / extra: {x['_ref']}")
        ev = regkb_eval_scores(kb, gp)
        if ev:
            notes.append(f"- {name}: regkb.eval: {ev}")
    print(f"Set: {set_dir.relative_to(ROOT) if set_dir.is_relative_to(ROOT) else set_dir}\n")
    print("Structure\n")
    print("| text | build | articles | chapters | sections | art. placed | paragraphs exact | items exact |"
          " artifacts in law | gold quotes kept |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print("\n".join(rows_s))
    print("\nExtraction: precision / recall (matched/predicted/gold)\n")
    print("| text | obligations (art., modality, bearer) | same at exact paragraph/item | clauses (art., modality) |"
          " definitions | internal refs (targets) | external refs | sanctions taken as duties |")
    print("|---|---|---|---|---|---|---|---|")
    print("\n".join(rows_x))
    for label, totals in (("texts that built", tot), ("all texts (a failed build finds nothing)", tot_all)):
        cells = []
        for key in KEYS:
            tp, npred, ngold = totals.get(key, [0, 0, 0])
            p, r = prf(tp, npred, ngold)
            cells.append(f"{pct(p)} / {pct(r)} ({tp}/{npred}/{ngold})")
        print(f"| **{label}** | " + " | ".join(cells) + " | |")
    if notes:
        print("\nNotes\n")
        print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
