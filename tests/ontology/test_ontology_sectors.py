"""The sector scheme: every concept documented, every label maps to one concept.

skos:altLabel holds the surface words an extractor may match in running text;
skos:hiddenLabel holds the words the brief asked for that are too ambiguous to
match on their own ("it", "power", "information", "legal" ...)."""

from __future__ import annotations

from collections import defaultdict

from rdflib import Literal
from rdflib.namespace import RDF, SKOS

from ontology_testlib import SCHEME_IRI, SECTOR

REQUIRED_IDS = """
trade economy investment finance energy oil-and-gas nuclear-energy defence security counter-terrorism
science technology education culture tourism transport health agriculture space humanitarian industry
communications law-enforcement environment sport youth
""".split()

# Surface words from the brief, and the concept each must map to (through its
# prefLabel, an altLabel or a hiddenLabel).
EXPECTED_LABELS = {
    "commerce": "trade", "commercial": "trade", "trade and economic": "trade",
    "economic": "economy", "economic cooperation": "economy", "economic ties": "economy",
    "banking": "finance", "financial": "finance", "payments": "finance", "payment systems": "finance",
    "power": "energy", "electricity": "energy",
    "oil": "oil-and-gas", "gas": "oil-and-gas", "natural gas": "oil-and-gas", "petroleum": "oil-and-gas",
    "lng": "oil-and-gas", "pipeline": "oil-and-gas",
    "nuclear": "nuclear-energy", "nuclear power": "nuclear-energy", "atomic energy": "nuclear-energy",
    "defense": "defence", "military": "defence", "military-technical": "defence",
    "military cooperation": "defence", "arms": "defence", "weapons": "defence", "armed forces": "defence",
    "mutual defence": "defence", "mutual defense": "defence",
    "terrorism": "counter-terrorism", "extremism": "counter-terrorism", "combating terrorism": "counter-terrorism",
    "scientific": "science", "research": "science",
    "technological": "technology", "high technology": "technology", "it": "technology", "digital": "technology",
    "artificial intelligence": "technology", "ai": "technology",
    "universities": "education", "academic": "education",
    "cultural": "culture", "arts": "culture", "heritage": "culture",
    "transportation": "transport", "logistics": "transport", "transport corridors": "transport",
    "railways": "transport", "shipping": "transport", "aviation": "transport",
    "healthcare": "health", "medicine": "health", "medical": "health", "pharmaceuticals": "health",
    "health and medicine": "health",
    "agricultural": "agriculture", "food security": "agriculture", "farming": "agriculture",
    "aerospace": "space", "outer space": "space",
    "humanitarian aid": "humanitarian", "humanitarian assistance": "humanitarian",
    "industrial": "industry", "manufacturing": "industry",
    "telecommunications": "communications", "media": "communications", "information": "communications",
    "justice": "law-enforcement", "legal": "law-enforcement", "judicial": "law-enforcement",
    "police": "law-enforcement", "customs": "law-enforcement",
    "climate": "environment", "ecology": "environment",
    "sports": "sport",
    "metro": "transport", "high-speed rail": "transport", "economic corridor": "transport",
    "state border": "borders", "demarcation": "borders", "border": "borders",   # ("border" a hiddenLabel: "cross-border")
}


LABEL_PROPERTIES = (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel)


def _concepts(g):
    return {c for c in g.subjects(RDF.type, SKOS.Concept)}


def _label_index(g):
    index = defaultdict(set)
    for c in _concepts(g):
        for p in LABEL_PROPERTIES:
            for lab in g.objects(c, p):
                index[str(lab).lower()].add(c)
    return index


def test_scheme_and_required_concepts(sectors_graph):
    g = sectors_graph
    assert (SCHEME_IRI, RDF.type, SKOS.ConceptScheme) in g
    ids = {str(c)[len(str(SECTOR)):] for c in _concepts(g)}
    assert set(REQUIRED_IDS) <= ids, set(REQUIRED_IDS) - ids


def test_every_concept_documented(sectors_graph):
    g = sectors_graph
    problems = []
    for c in _concepts(g):
        cid = str(c)[len(str(SECTOR)):]
        if not str(c).startswith(str(SECTOR)):
            problems.append(f"{c}: not under {SECTOR}")
        prefs = [o for o in g.objects(c, SKOS.prefLabel) if isinstance(o, Literal) and o.language == "en"]
        defs = [o for o in g.objects(c, SKOS.definition) if isinstance(o, Literal) and o.language == "en"]
        if len(prefs) != 1:
            problems.append(f"{cid}: needs exactly one skos:prefLabel@en")
        if len(defs) != 1:
            problems.append(f"{cid}: needs exactly one skos:definition@en")
        if (c, SKOS.inScheme, SCHEME_IRI) not in g:
            problems.append(f"{cid}: not skos:inScheme the sector scheme")
        if str(g.value(c, SKOS.notation)) != cid:
            problems.append(f"{cid}: skos:notation must be the id")
        broader = list(g.objects(c, SKOS.broader))
        top = (c, SKOS.topConceptOf, SCHEME_IRI) in g
        if top == bool(broader):
            problems.append(f"{cid}: must be either a top concept or have a skos:broader, not both")
        if top and (SCHEME_IRI, SKOS.hasTopConcept, c) not in g:
            problems.append(f"{cid}: scheme lacks skos:hasTopConcept")
        for b in broader:
            if (b, RDF.type, SKOS.Concept) not in g:
                problems.append(f"{cid}: broader {b} is not a concept")
        for p in LABEL_PROPERTIES:
            for lab in g.objects(c, p):
                if str(lab) != str(lab).lower() or lab.language != "en":
                    problems.append(f"{cid}: label {lab!r} must be lower-case @en")
        if len(list(g.objects(c, SKOS.altLabel))) < 3:
            problems.append(f"{cid}: needs surface words (skos:altLabel)")
    assert not problems, problems


def test_every_label_maps_to_exactly_one_concept(sectors_graph):
    shared = {lab: sorted(map(str, cs)) for lab, cs in _label_index(sectors_graph).items() if len(cs) > 1}
    assert not shared, shared


def test_expected_surface_words(sectors_graph):
    index = _label_index(sectors_graph)
    wrong = {}
    for word, cid in EXPECTED_LABELS.items():
        got = {str(c)[len(str(SECTOR)):] for c in index.get(word, set())}
        if got != {cid}:
            wrong[word] = (cid, got)
    assert not wrong, wrong


def test_broader_links(sectors_graph):
    g = sectors_graph
    for narrow, broad in (("oil-and-gas", "energy"), ("nuclear-energy", "energy"), ("counter-terrorism", "security")):
        assert (SECTOR[narrow], SKOS.broader, SECTOR[broad]) in g
