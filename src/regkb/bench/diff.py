"""Benchmark of the version comparison engine: ``python -m regkb.bench.diff``.

Builds invented regulations of growing size, perturbs them (deletions, insertions, rewordings,
moves, splits, merges), and prints how long the comparison takes and how many of the known
correspondences it recovers. Deterministic (fixed seed); prints a table, asserts nothing.
"""

from __future__ import annotations

import random
import tempfile
import time
from pathlib import Path

from regkb.compare import compare_documents
from regkb.kb import KnowledgeBase

SUBJECTS = ["Operators", "Pilots", "Carriers", "Platforms", "Vendors", "Inspectors", "Agents", "Brokers"]
VERBS = ["keep", "report", "publish", "verify", "retain", "inspect", "record", "disclose", "register", "review"]
OBJECTS = ["flight logs", "parcel weights", "route plans", "incident reports", "training records", "customer data",
           "maintenance files", "insurance papers", "battery checks", "noise levels", "landing sites", "fees"]
WHEN = ["every month", "before each flight", "within two days", "at the request of the bureau", "once a year"]


def _article(rng: random.Random, k: int) -> str:
    s = [f"{rng.choice(SUBJECTS)} shall {rng.choice(VERBS)} the {rng.choice(OBJECTS)} of unit {k} {rng.choice(WHEN)}"
         for _ in range(rng.randint(1, 3))]
    return ". ".join(s) + "."


def _perturb(rng: random.Random, old: list[str]) -> tuple[list[str], dict[int, set[int]]]:
    """New articles and the truth: new index -> old indices it comes from."""
    new: list[tuple[str, set[int]]] = []
    for i, text in enumerate(old):
        r = rng.random()
        if r < 0.08:
            continue  # deleted
        if r < 0.16:
            text = text.replace(" shall ", " may ", 1)  # modality
        elif r < 0.24:
            text = text.replace("the ", "all the ", 1)  # reworded
        elif r < 0.28 and ". " in text:
            a, b = text.split(". ", 1)
            new += [(a + ".", {i}), (b, {i})]  # split
            continue
        elif r < 0.32 and new and len(new[-1][1]) == 1:
            t, src = new.pop()
            new.append((t + " " + text, src | {i}))  # merged with the previous one
            continue
        new.append((text, {i}))
        if rng.random() < 0.06:
            new.append((f"Everyone shall observe rule number {i} about {rng.choice(OBJECTS)} at night.", set()))
    for _ in range(max(1, len(new) // 30)):  # a few moves
        pos, dst = rng.randrange(len(new)), rng.randrange(len(new))
        new.insert(dst, new.pop(pos))
    return [t for t, _ in new], {j: src for j, (_t, src) in enumerate(new)}


def _write(path: Path, front: str, arts: list[str]) -> None:
    body = "\n\n".join(f"**Article {n}.** {t}" for n, t in enumerate(arts, 1))
    path.write_text(f"---\n{front}---\n{body}\n", encoding="utf-8")


def run(sizes: tuple[int, ...] = (25, 100, 300), seed: int = 7) -> list[tuple[int, int, int, float, float]]:
    """Compare perturbed synthetic documents of each size: (old articles, new articles, changes, seconds, share of
    moves recovered)."""
    rows = []
    for n in sizes:
        rng = random.Random(seed + n)
        old = [_article(rng, k) for k in range(n)]
        new, truth = _perturb(rng, old)
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            _write(root / "a.md", "title: A\nwork: b\nstatus: draft\nreleased_date: 2030-01-01\n", old)
            _write(root / "b.md", "title: B\nadopted_date: 2030-06-01\n", new)
            kb = KnowledgeBase.from_corpus(root)
            t0 = time.perf_counter()
            changes = compare_documents("a", kb.articles_of("a"), "b", kb.articles_of("b"), kb.obligations)
            secs = time.perf_counter() - t0
        found = {(c.to_articles[0] - 1 if len(c.to_articles) == 1 else -1): {a - 1 for a in c.from_articles}
                 for c in changes if c.parent is None and c.to_articles}
        ok = sum(1 for j, src in truth.items() if found.get(j) == src
                 or (len(src) == 1 and any(src == {a - 1 for a in c.from_articles} and j + 1 in c.to_articles
                                           for c in changes if c.parent is None)))
        rows.append((n, len(new), len([c for c in changes if c.parent is None]), secs, ok / len(truth)))
    return rows


def main() -> None:
    """Print the comparison benchmark's table."""
    print(f"{'old arts':>8} {'new arts':>8} {'changes':>8} {'seconds':>8} {'recovered':>9}")
    for n, m, c, secs, acc in run():
        print(f"{n:>8} {m:>8} {c:>8} {secs:>8.2f} {acc:>9.1%}")


if __name__ == "__main__":
    main()
