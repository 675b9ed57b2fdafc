"""Synthetic corpora for benchmarks and tests: many realistic regulations, deterministic from a seed.

Each generated regulation is a Markdown file in the corpus format (YAML frontmatter, then
chapters, sections and articles) written the way English translations of Chinese regulations
are: a purpose article citing laws of the registry by title, a scope article with an inline
"(hereinafter referred to as ...)" term, duties of several actors ("shall", "shall not", "may",
"are encouraged to", "Where ...," conditions), enumerated items "(I)", cross-references
("Articles 5 and 7 hereof", "the preceding paragraph"), a definitions article and a
commencement article. The subject matter, actors, wording and layout vary per document, drawn
from phrase pools with a seeded ``random.Random``: the same seed gives the same bytes.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as d:
...     m = generate_corpus(d, 2, seed=7)
...     sorted(p.name for p in Path(d).iterdir())[:2], m.documents[0].articles >= 20
(['bodies.yaml', 'laws.yaml'], True)

:func:`generate_corpus` returns a :class:`Manifest` with what each file holds (chapters,
sections, articles, paragraphs, items, defined terms), so a test can check the parser finds it.
"""

from __future__ import annotations

import random
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import corpus as corpus_mod
from .model import Body, Law

ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
         "XVI", "XVII", "XVIII", "XIX", "XX"]

# The widest range of articles one citation spans ("Articles 12 to 15"). Real texts cite a few neighbouring
# articles (the seed corpus, the real texts and the development sets: 24 ranges of 2 to 20 articles, median 3),
# whatever their length; a range drawn across the whole text would make the references' targets grow as the
# square of a long document's articles. Below 31 articles no range is wider, so corpora of 30-article
# regulations are unchanged.
MAX_RANGE = 30

# --- phrase pools ------------------------------------------------------------------------

QUALIFIERS = ["online", "mobile", "cross-border", "automated", "cloud-based", "satellite", "wearable",
              "intelligent", "networked", "remote", "shared", "connected", "digital", "unmanned", "smart"]
FIELDS = ["payment", "map", "health data", "ride-hailing", "livestreaming", "recommendation", "face recognition",
          "translation", "education", "gaming", "credit scoring", "parcel delivery", "vehicle data",
          "voice assistant", "energy metering", "tutoring", "ticketing", "news aggregation", "insurance pricing",
          "recruitment", "clinical imaging", "e-commerce", "data labelling", "short video", "navigation"]
INSTRUMENTS = [  # (title pattern, how the text calls itself)
    ("Provisions on the Administration of {D} Services", "Provisions"),
    ("Measures for the Management of {D} Services", "Measures"),
    ("Interim Measures for the Administration of {D} Services", "Measures"),
    ("Regulations on the Security of {D} Services", "Regulations"),
    ("Provisions on the Governance of {D} Information Services", "Provisions"),
]
PROVIDER_NOUNS = ["service providers", "service operators", "platform operators"]
USER_NOUNS = ["service users", "account holders", "subscribers"]
SUPPORTER_FORMS = ["technical supporters of {d} services", "technology suppliers of {d} services",
                   "data processors of {d} services"]
OTHER_ACTORS = ["application distribution platforms", "industry organizations", "third-party assessment agencies",
                "network access providers", "content reviewers", "data brokers", "device manufacturers"]
REGULATOR_FORMS = ["The {r} shall be responsible for the overall planning and coordination of the governance of {d} "
                   "services nationwide and the relevant supervision and administration thereof.",
                   "The {r} shall coordinate the supervision of {d} services and issue guidance on the security "
                   "of {d} services according to its duties.",
                   "The {r} shall take charge of the supervision and administration of {d} services throughout "
                   "the country."]
LOCAL_REGULATOR = ["Local departments in charge of {d} services shall be responsible for the supervision and "
                   "administration of {d} services within their respective administrative regions.",
                   "The competent authorities at the provincial level shall supervise {d} services within their "
                   "respective administrative regions according to their respective duties."]

# (object, verbs that fit it)
OBJECTS = [("a sound mechanism for handling complaints and reports", ("establish", "improve")),
           ("security assessment records", ("keep", "retain", "update")),
           ("rules for the review of published information", ("formulate", "publish", "improve")),
           ("an emergency response plan for security incidents", ("formulate", "establish", "test")),
           ("the logs of user activity for no less than six months", ("keep", "retain")),
           ("a system for protecting minors", ("establish", "improve", "implement")),
           ("the algorithms used to rank and push information", ("review", "assess", "audit")),
           ("procedures for the correction of errors", ("establish", "publish")),
           ("the identity information of registered accounts", ("verify", "authenticate")),
           ("measures against fraud and impersonation", ("take", "strengthen", "adopt")),
           ("the sources of training and input data", ("verify", "record", "review")),
           ("a notice of the main rules of the service", ("publish", "display")),
           ("technical measures to prevent the leakage of personal information", ("take", "adopt")),
           ("channels through which users may opt out of personalised features", ("provide", "set up")),
           ("a record of the changes made to core functions", ("keep", "maintain")),
           ("the labels attached to generated content", ("check", "maintain")),
           ("the qualifications of their content review staff", ("verify", "review")),
           ("a register of third-party partners", ("maintain", "update")),
           ("the results of periodic security testing", ("record", "report", "disclose")),
           ("internal controls over the use of sensitive data", ("establish", "strengthen"))]
MANNERS = ["in accordance with the law", "in a prominent manner", "in a timely manner", "on a regular basis",
           "as required by the relevant provisions of the State", "by technical or manual means",
           "in accordance with national standards", "at least once a year"]
PROHIBITED = ["use the services to produce or disseminate information prohibited by laws and administrative "
              "regulations", "collect personal information beyond what is necessary for the service",
              "set up algorithms that induce users to excessive consumption",
              "apply unreasonable differential treatment in prices or other terms of trade",
              "delete, alter or conceal the labels of generated content",
              "provide the services to users who have not completed identity verification",
              "transfer the data of users to third parties without their separate consent",
              "engage in unfair competition by means of data or algorithms",
              "falsely register accounts or manipulate user accounts in bulk"]
PROHIBITED_ITEMS = ["collecting personal information unrelated to the service provided",
                   "forcing users to accept personalised recommendations",
                   "using data to impose unreasonable conditions on users",
                   "concealing the fact that content has been generated or edited",
                   "obstructing users from closing their accounts",
                   "publishing false information about the security of the service",
                   "selling data obtained from users without their consent"]
PERMITTED = ["entrust a specialised agency to carry out the security assessment",
             "suspend the service for a user who seriously violates the service agreement",
             "apply for an exemption from the filing requirement for services of a purely internal nature",
             "request the deletion of their personal information",
             "lodge a complaint with the competent authority",
             "refuse to provide the service to accounts engaged in illegal activities"]
ENCOURAGED = ["develop industry standards and self-regulatory conventions",
              "carry out research on technologies for the detection of synthetic content",
              "participate in the formulation of national and industry standards",
              "share information on security risks with other operators",
              "provide training on compliance to their personnel",
              "adopt technologies that protect the privacy of users"]
CONDITIONS = ["a security incident occurs", "the service involves the personal information of minors",
              "the service has the attribute of public opinion or the capacity for social mobilisation",
              "illegal information is discovered", "a new function is launched",
              "the number of registered users exceeds one million", "the service is provided across borders",
              "sensitive personal information is processed", "a user lodges a complaint",
              "the core algorithm is changed"]
ITEM_INTROS = ["shall take the following measures:", "shall carry out the following obligations:",
               "shall perform the following duties:", "shall comply with the following requirements:"]
PROHIBITED_INTROS = ["shall not engage in the following conduct:", "shall not commit any of the following acts:"]
ITEM_BODIES = ["verifying the real identity of account holders on the basis of mobile phone numbers",
               "setting up a convenient portal for complaints and reports from the public",
               "marking generated or edited content in a way that does not affect its use",
               "assessing the security of new functions before they are launched",
               "retaining the relevant web logs and records for inspection",
               "reporting serious incidents to the competent authority within 24 hours",
               "informing users of the purposes and means of processing",
               "reviewing the data used for training and testing models",
               "providing users with options that are not targeted at their personal characteristics",
               "establishing a team responsible for content security",
               "checking the qualifications of partners that access the service",
               "suspending the dissemination of information that violates the law",
               "preserving evidence and cooperating with investigations",
               "carrying out a risk assessment of cross-border data transfers",
               "protecting the legitimate rights and interests of workers on the platform",
               "publishing an annual report on the handling of complaints"]
PURPOSES = ["strengthening the administration of {d} services", "safeguarding national security and public interests",
            "protecting the legitimate rights and interests of citizens, legal persons and other organizations",
            "promoting the healthy development of {d} services", "preventing and resolving security risks",
            "regulating the processing of data in {d} services"]
PENALTIES = ["Where {a} violate {self_ref}, the competent authorities shall give a warning and order rectification "
             "within a time limit in accordance with the relevant laws and administrative regulations.",
             "Violations of {self_ref} shall be penalized in accordance with relevant laws and administrative "
             "regulations; if a crime is constituted, criminal liability shall be investigated in accordance with "
             "the law.",
             "Where {a} refuse to make rectification or the circumstances are serious, they shall be ordered to "
             "suspend the relevant business in accordance with the law."]
DEF_TAILS = ["organizations and individuals that provide {d} services to the public",
             "organizations and individuals that use {d} services to produce, publish or disseminate information",
             "organizations and individuals that provide technical support for {d} services",
             "the technology of processing data by algorithms for the purpose of providing {d} services",
             "data sets that are used for training, testing and optimising models used in {d} services",
             "any information generated, edited or recommended by {d} services"]
CHAPTER_TITLES = ["General Provisions", "Obligations of Service Providers", "Data and Technical Management",
                  "Protection of Users' Rights and Interests", "Supervision and Inspection", "Legal Liability",
                  "Supplementary Provisions"]
SECTION_TITLES = [("General Requirements", "Special Requirements"), ("Data Security", "Algorithm Security"),
                  ("Content Management", "Account Management")]


# --- manifest -----------------------------------------------------------------------------

@dataclass(slots=True)
class DocStats:
    """What one generated file holds (what a correct parser finds)."""

    id: str
    path: str
    title: str
    chapters: int = 0
    sections: int = 0
    articles: int = 0
    paragraphs: int = 0
    items: int = 0
    definitions: tuple[str, ...] = ()  # article definitions, as printed
    inline_terms: tuple[str, ...] = ()  # "(hereinafter referred to as ...)" terms
    law_citations: tuple[str, ...] = ()  # registry ids cited by title in the text
    internal_refs: int = 0  # "Article(s) N ... hereof" and "the preceding paragraph"
    definitions_layout: str = ""  # "sentences" (one paragraph) or "items" (one item per term)


@dataclass(slots=True)
class Manifest:
    seed: int
    documents: list[DocStats] = field(default_factory=list)

    @property
    def articles(self) -> int:
        """The number of articles over all generated documents."""
        return sum(d.articles for d in self.documents)


# --- one regulation -----------------------------------------------------------------------

class _Writer:
    def __init__(self, rng: random.Random, index: int, laws: tuple[Law, ...], bodies: tuple[Body, ...],
                 articles: int) -> None:
        self.rng = rng
        self.index = index
        self.laws = laws
        self.bodies = bodies
        self.n_articles = articles
        q, f = rng.choice(QUALIFIERS), rng.choice(FIELDS)
        self.domain = f"{q} {f}"
        pattern, self.self_name = rng.choice(INSTRUMENTS)
        self.title = pattern.format(D=" ".join(w[:1].upper() + w[1:] for w in self.domain.split()))
        self.self_ref = f"these {self.self_name}"
        d = self.domain
        self.provider = f"{d} {rng.choice(PROVIDER_NOUNS)}"
        self.user = f"{d} {rng.choice(USER_NOUNS)}"
        self.supporter = rng.choice(SUPPORTER_FORMS).format(d=d)
        self.other = rng.sample(OTHER_ACTORS, 2)
        self.regulator = (rng.choice([b.name for b in bodies]) if bodies else "competent department of the State")
        self.services_term = f"{d} services"
        self.stats = DocStats(id=f"synth-{index:04d}", path=f"synth-{index:04d}.md", title=self.title)
        self.cited: set[str] = set()
        self.lines: list[str] = []
        self.art_no = 0
        self.short_lines: set[str] = set()

    # small helpers
    def cap(self, s: str) -> str:
        return s[:1].upper() + s[1:]

    def actor(self) -> str:
        return self.rng.choice([self.provider, self.provider, self.supporter, self.user, *self.other])

    def action(self, k: int | None = None) -> str:
        k = k or self.rng.choice([1, 2, 2, 3])
        parts = [f"{self.rng.choice(verbs)} {o}" for o, verbs in self.rng.sample(OBJECTS, k)]
        if self.rng.random() < 0.5:
            parts[-1] += " " + self.rng.choice(MANNERS)
        return parts[0] if k == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]

    def law_cite(self) -> str:
        law = self.rng.choice(self.laws)
        self.cited.add(law.id)
        name = self.rng.choice([law.title, law.title, *law.aliases])
        return "the " + name if not name.lower().startswith("the ") else name

    def art_ref(self) -> str:
        """A reference to earlier articles of this document."""
        n = self.art_no
        if n < 4:
            return self.self_ref
        a, b = sorted(self.rng.sample(range(2, n), 2))
        if b - a >= MAX_RANGE:  # a range spans a few articles, however long the text (see MAX_RANGE)
            b = a + 1 + (b - a - 1) % (MAX_RANGE - 1)
        self.stats.internal_refs += 1
        form = self.rng.random()
        if form < 0.4:
            return f"Articles {a} and {b} hereof"
        if form < 0.7:
            return f"Article {a} hereof"
        return f"Articles {a} to {b} of {self.self_ref}" if b > a + 1 else f"Article {b} of {self.self_ref}"

    # layout
    def article(self, paragraphs: list[str | tuple[str, list[str]]]) -> None:
        """An article: paragraphs; a paragraph with items is (intro, items)."""
        self.art_no += 1
        self.stats.articles += 1
        head = self.rng.choice([f"**Article {self.art_no}.**", f"**Article {self.art_no}**", f"Article {self.art_no}"])
        first = True
        for p in paragraphs:
            self.stats.paragraphs += 1
            intro, items = (p, []) if isinstance(p, str) else p
            if not first:
                intro = self._unique(intro)
            self.lines.append(f"{head} {intro}" if first else intro)
            self.lines.append("")
            for k, it in enumerate(items, 1):
                self.stats.items += 1
                self.lines.append(f"({ROMAN[k]}) {it}")
                self.lines.append("")
            first = False

    def _unique(self, line: str) -> str:
        """A short line seen before gets a qualifier: a line repeated on many pages reads as a running header."""
        extra = iter(MANNERS)
        out = line
        while len(out) < 120 and out in self.short_lines:
            out = line[:-1] + " " + next(extra, "in accordance with the law and the relevant provisions of the State") + "."
        self.short_lines.add(out)
        return out

    def items(self, n: int, pool: list[str] = ITEM_BODIES) -> list[str]:
        bodies = self.rng.sample(pool, n)
        out = []
        for k, b in enumerate(bodies, 1):
            b = self.cap(b)
            if k < n - 1:
                out.append(b + ";")
            elif k == n - 1:
                out.append(b + "; and")
            else:
                out.append(b + ".")
        return out

    # article kinds
    def purpose(self) -> None:
        k = self.rng.choice([1, 2, 3])
        laws = [self.law_cite() for _ in range(k)]
        cites = laws[0] if k == 1 else ", ".join(laws[:-1]) + " and " + laws[-1]
        ps = ", ".join(p.format(d=self.domain) for p in self.rng.sample(PURPOSES, 3))
        self.article([f"{self.cap(self.self_ref)} are formulated in accordance with {cites} and other laws and "
                      f"administrative regulations for the purposes of {ps}."])

    def scope(self) -> None:
        self.stats.inline_terms += (self.services_term,)
        self.article([f"{self.cap(self.self_ref)} shall apply to the provision of services by means of "
                      f"{self.domain} technology within the territory of the People's Republic of China "
                      f"(hereinafter referred to as the \"{self.services_term}\"). Where laws and administrative "
                      f"regulations provide otherwise, such provisions shall prevail."])

    def regulators(self) -> None:
        r = self.rng.choice(REGULATOR_FORMS).format(r=self.regulator, d=self.domain)
        local = self.rng.choice(LOCAL_REGULATOR).format(d=self.domain)
        if self.rng.random() < 0.5:
            self.article([f"{r} {local}"])
        else:
            self.article([r, local])

    def duty(self) -> None:
        a = self.actor()
        form = self.rng.random()
        if form < 0.25:
            text = f"{self.cap(a)} shall {self.action()}."
            text2 = f"{self.cap(self.rng.choice([self.provider, self.supporter]))} shall {self.action(1)}."
            self.article([text, text2] if self.rng.random() < 0.4 else [text + " " + text2])
        elif form < 0.45:
            cond = self.rng.choice(CONDITIONS)
            self.article([f"Where {cond}, {a} shall {self.action()} and report to the {self.regulator}."])
        elif form < 0.55:
            b = self.rng.choice([x for x in (self.provider, self.supporter, self.user, *self.other) if x != a])
            tail = self.rng.choice(["The provisions of the preceding paragraph shall apply to {b}.",
                                    "The preceding paragraph shall also apply to {b}.",
                                    "{B} shall comply with the preceding paragraph."]).format(b=b, B=self.cap(b))
            self.article([f"{self.cap(a)} shall not {self.rng.choice(PROHIBITED)}.", tail])
            self.stats.internal_refs += 1
        elif form < 0.62:
            self.article([f"No organization or individual may {self.rng.choice(PROHIBITED)}."])
        elif form < 0.7:
            who = self.rng.choice([self.user, self.provider])
            self.article([f"{self.cap(who)} may {self.rng.choice(PERMITTED)}. {self.cap(self.provider)} shall "
                          f"{self.action(1)}."])
        elif form < 0.77:
            self.article([f"{self.cap(self.other[0])} are encouraged to {self.rng.choice(ENCOURAGED)}, and "
                          f"{self.provider} are encouraged to {self.rng.choice(ENCOURAGED)}."])
        elif form < 0.9:
            if self.rng.random() < 0.3:
                intro, pool = self.rng.choice(PROHIBITED_INTROS), PROHIBITED_ITEMS
            else:
                intro, pool = self.rng.choice(ITEM_INTROS), ITEM_BODIES
            n = self.rng.choice([2, 3, 4, 5])
            self.article([(f"{self.cap(a)} {intro}", self.items(n, pool))])
        else:
            ref = self.art_ref()
            self.article([f"{self.cap(a)} shall carry out the obligations prescribed in {ref} and "
                          f"{self.action(1)}."])

    def penalty(self) -> None:
        p = self.rng.choice(PENALTIES).format(a=self.provider, self_ref=self.self_ref)
        self.article([p])

    def definitions(self) -> None:
        d = self.domain
        terms = [self.provider, self.user, self.supporter, f"{d} technology"]
        if self.rng.random() < 0.5:
            terms.append(f"training data for {d} services")
        tails = [DEF_TAILS[0], DEF_TAILS[1], DEF_TAILS[2], DEF_TAILS[3], DEF_TAILS[4]]
        verbs = ["refer to", "refer to", "refer to", "refers to", "refer to"]
        sents = [f"{self.cap(t)} {v} {tail.format(d=d)}." for t, v, tail in zip(terms, verbs, tails, strict=False)]
        self.stats.definitions += tuple(self.cap(t) for t in terms)
        intro = self.rng.choice(["For the purpose of {s}, the following terms shall have the following meanings:",
                                 "For the purposes of {s}, the following terms have the following meanings:"])
        intro = intro.format(s=self.self_ref)
        if self.rng.random() < 0.5:
            self.stats.definitions_layout = "sentences"
            self.article([f"{intro} " + " ".join(sents)])
        else:
            self.stats.definitions_layout = "items"
            self.article([(intro, [s[:-1] + (";" if k < len(sents) else ".") for k, s in enumerate(sents, 1)])])

    def commencement(self, date: str) -> None:
        self.article([f"{self.cap(self.self_ref)} shall come into force as of {date}."])

    # the whole document
    def write(self) -> str:
        rng = self.rng
        year = 2015 + rng.randrange(10)
        adopted = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        eff_year = year + 1
        eff_month, eff_day = rng.randrange(1, 13), rng.randrange(1, 29)
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]
        effective = f"{eff_year}-{eff_month:02d}-{eff_day:02d}"
        related = sorted({law.id for law in rng.sample(self.laws, min(len(self.laws), rng.randrange(1, 4)))})
        issuers = rng.sample([b.abbreviations[0] if b.abbreviations else b.name for b in self.bodies],
                             min(len(self.bodies), rng.randrange(1, 3))) if self.bodies else ["State Council"]
        # chapters: first and last fixed, a few in between, one of them split into sections
        n_mid = rng.choice([2, 3, 4])
        mids = rng.sample(CHAPTER_TITLES[1:-1], n_mid)
        titles = [CHAPTER_TITLES[0], *mids, CHAPTER_TITLES[-1]]
        # articles per chapter: 3 in the first, 2 + (penalty) in the last, the rest in the middle
        n_duties = max(self.n_articles - 3 - 3, n_mid)
        per_mid = [n_duties // n_mid + (1 if k < n_duties % n_mid else 0) for k in range(n_mid)]
        sectioned = rng.randrange(n_mid) if rng.random() < 0.7 else None
        for c, title in enumerate(titles, 1):
            self.stats.chapters += 1
            heading = rng.choice([f"## Chapter {ROMAN[c]} {title}", f"## Chapter {ROMAN[c]}\n\n**{title}**"])
            self.lines += [heading, ""]
            if c == 1:
                self.purpose()
                self.scope()
                self.regulators()
            elif c == len(titles):
                self.penalty()
                self.definitions()
                self.commencement(f"{months[eff_month - 1]} {eff_day}, {eff_year}")
            else:
                n = per_mid[c - 2]
                if sectioned == c - 2 and n >= 2:
                    s1, s2 = rng.choice(SECTION_TITLES)
                    half = n // 2
                    for s, (st, cnt) in enumerate(((s1, half), (s2, n - half)), 1):
                        self.stats.sections += 1
                        self.lines += [f"### Section {s} {st}", ""]
                        for _ in range(cnt):
                            self.duty()
                else:
                    for _ in range(n):
                        self.duty()
        self.stats.law_citations = tuple(sorted(self.cited))
        fm: dict[str, str | list[str]] = {
            "id": self.stats.id,
            "title": self.title,
            "hierarchy": "rule",
            "issuing_body": ", ".join(issuers),
            "document_number": f"Order No. {rng.randrange(1, 60)}",
            "adopted_date": adopted,
            "effective_date": effective,
            "status": "effective",
            "related_laws": related,
        }
        head = ["---"]
        for k, v in fm.items():
            if isinstance(v, list):
                head.append(f"{k}: [{', '.join(v)}]")
            elif k.endswith("_date"):
                head.append(f"{k}: {v}")
            else:
                head.append(f"{k}: {_yaml_str(v)}")
        head += ["---", "", f"**Promulgated by:** {', '.join(issuers)}.", ""]
        return "\n".join(head + self.lines).rstrip("\n") + "\n"


def _yaml_str(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- registries and the corpus --------------------------------------------------------------

def _default_registry() -> tuple[tuple[Law, ...], tuple[Body, ...]]:
    topics = ["Network Security", "Data Protection", "Consumer Rights", "Electronic Commerce", "Advertising",
              "Protection of Minors", "Product Quality", "Telecommunications"]
    laws = tuple(Law(id=f"law-{k + 1:02d}", title=f"Law of the People's Republic of China on {t}",
                     short_names=(f"{t} Law",), aliases=()) for k, t in enumerate(topics))
    bodies = (Body("state-council", "State Council", (), ()),)
    return laws, bodies


def load_registry(registry: str | Path | None) -> tuple[tuple[Law, ...], tuple[Body, ...]]:
    """Laws and bodies from a corpus directory's ``laws.yaml``/``bodies.yaml``, or a built-in fallback."""
    if registry is not None and (Path(registry) / "laws.yaml").exists():
        root = Path(registry)
        laws = corpus_mod.load_laws(root)
        bodies = corpus_mod.load_bodies(root)
        if laws:
            return laws, bodies
    return _default_registry()


def regulation_text(index: int, seed: int = 0, laws: tuple[Law, ...] = (), bodies: tuple[Body, ...] = (),
                    articles: int = 30) -> tuple[str, DocStats]:
    """The text of the ``index``-th synthetic regulation of a corpus generated from ``seed``."""
    if not laws:
        laws, bodies = _default_registry()
    rng = random.Random(f"{seed}:{index}")  # one stream per document: a file does not depend on the others
    w = _Writer(rng, index, laws, bodies, articles)
    return w.write(), w.stats


def generate_corpus(out_dir: str | Path, n: int, seed: int = 0, articles: int = 30,
                    registry: str | Path | None = None) -> Manifest:
    """Write ``n`` regulations (``synth-0001.md`` ...) and the registries into ``out_dir``.

    ``registry`` is a corpus directory whose ``laws.yaml`` and ``bodies.yaml`` are copied and cited;
    without one, a small built-in registry of fictitious laws is written.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    laws, bodies = load_registry(registry)
    if registry is not None and (Path(registry) / "laws.yaml").exists():
        shutil.copyfile(Path(registry) / "laws.yaml", out / "laws.yaml")
        if (Path(registry) / "bodies.yaml").exists():
            shutil.copyfile(Path(registry) / "bodies.yaml", out / "bodies.yaml")
    if not (out / "laws.yaml").exists():
        (out / "laws.yaml").write_text(yaml.safe_dump({"laws": [
            {"id": law.id, "title": law.title, "short_names": list(law.short_names), "aliases": list(law.aliases)}
            for law in laws]}, sort_keys=False), encoding="utf-8")
    if not (out / "bodies.yaml").exists():
        (out / "bodies.yaml").write_text(yaml.safe_dump({"bodies": [
            {"id": b.id, "name": b.name, "abbreviations": list(b.abbreviations), "aliases": list(b.aliases)}
            for b in bodies]}, sort_keys=False), encoding="utf-8")
    manifest = Manifest(seed)
    for i in range(1, n + 1):
        text, stats = regulation_text(i, seed, laws, bodies, articles)
        (out / stats.path).write_bytes(text.encode("utf-8"))
        manifest.documents.append(stats)
    return manifest
