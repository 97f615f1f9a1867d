"""``kg validate``: the data checked against the SHACL shapes (pyshacl) and, with the ontology, for
logical consistency by the HermiT reasoner (owlready2, on the machine's Java).

SHACL runs over each article graph with the reference data and the ontology beside it, without
inference: the role properties are stated next to dkg:participant, and SHACL's own notion of class
membership already follows rdfs:subClassOf in the data graph.  HermiT reads RDF/XML, so
the same union is written out by rdflib first; literals typed xsd:date, xsd:gYearMonth or xsd:gYear lie
outside the OWL 2 datatype map and are ignored by the reasoner (``ignore_unsupported_datatypes``).
With ``materialise`` the facts HermiT infers (inverse properties, class memberships) are returned as a
graph, which ``kg validate --materialise`` stores in its own named graph.
"""
from __future__ import annotations

import hashlib
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

from kg.config import PROJECT_ROOT
from kg.errors import KGError
from kg.rdf import ONTOLOGY_GRAPH, REFERENCE_GRAPH
from kg.store import Store

SH = Namespace("http://www.w3.org/ns/shacl#")
SHAPES = PROJECT_ROOT / "ontology" / "shapes.ttl"
INFERRED_GRAPH = URIRef("https://w3id.org/diplokg/graph/inferred")
OURS = ("https://w3id.org/diplokg/",)


@dataclass
class Problem:
    focus: str
    path: str
    message: str


@dataclass
class ValidationReport:
    conforms: bool
    problems: list[Problem] = field(default_factory=list)
    consistent: bool | None = None        # None: the reasoner was not run
    reasoner_note: str = ""
    inferred: Graph | None = None

    @property
    def ok(self) -> bool:
        return self.conforms and self.consistent is not False


def union_graph(store: Store) -> Graph:
    """Every graph of the store in one, the ontology's skolem IRIs turned back into blank nodes."""
    graph = Graph()
    for s, p, o, _ in store.quads():
        graph.add((s, p, o))
    return graph.de_skolemize()


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return Graph().parse(SHAPES)


def _graph(store: Store, iri: URIRef) -> Graph:
    graph = Graph()
    for s, p, o, _ in store.quads(iri):
        graph.add((s, p, o))
    return graph


def _neighbours(article: Graph, reference: Graph, depth: int = 2) -> Graph:
    """The reference data about what the article points to: the full description of what is ``depth`` hops
    away (a person, then the person's office holdings) and the classes one hop further, enough for the
    shapes to check those nodes; the rest of the reference graph is validated once, not with every article."""
    found = Graph()
    frontier = set(article.objects()) | set(article.subjects())
    seen = set(frontier)
    for _ in range(depth):
        following = set()
        for node in frontier:
            for p, o in reference.predicate_objects(node):
                found.add((node, p, o))
                if o not in seen:
                    following.add(o)
        seen |= following
        frontier = following
    for node in frontier:
        for cls in reference.objects(node, RDF.type):
            found.add((node, RDF.type, cls))
    return found


def check_shapes(data: Graph) -> tuple[bool, list[Problem]]:
    import pyshacl
    conforms, report, _text = pyshacl.validate(data, shacl_graph=_shapes(), inference="none",
                                               abort_on_first=False, allow_warnings=False, inplace=False)
    problems = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        messages = [str(m) for m in report.objects(r, SH.resultMessage)]
        problems.append(Problem(str(report.value(r, SH.focusNode)), str(report.value(r, SH.resultPath) or ""),
                                "; ".join(messages) or str(report.value(r, SH.sourceConstraintComponent))))
    problems.sort(key=lambda p: (p.focus, p.path))
    return bool(conforms), problems


def _digest(graph: Graph) -> str:
    """The same triples give the same digest, whatever the order the store returns them in."""
    return hashlib.sha256("\n".join(sorted(" ".join(t.n3() for t in triple) for triple in graph)).encode()).hexdigest()


_REFERENCE_CHECKS: dict[str, tuple[bool, list[Problem]]] = {}


def _check_reference(data: Graph) -> tuple[bool, list[Problem]]:
    """The shapes on the reference data and ontology (about a minute with pyshacl for the 21k reference triples):
    checked once per process for the same triples, not again for every validation."""
    digest = _digest(data)
    if digest not in _REFERENCE_CHECKS:
        _REFERENCE_CHECKS[digest] = check_shapes(data)
    return _REFERENCE_CHECKS[digest]


def check_consistency(data: Graph, materialise: bool = False) -> tuple[bool | None, str, Graph | None]:
    """(consistent, note, inferred facts).  ``consistent`` is None when there is no Java to run HermiT."""
    import owlready2
    if shutil.which(owlready2.JAVA_EXE) is None and not Path(owlready2.JAVA_EXE).exists():
        return None, "HermiT not run: no Java runtime found (install default-jre-headless)", None
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "diplokg.owl"
        data.serialize(destination=str(path), format="xml")
        world = owlready2.World()
        world.get_ontology(path.as_uri()).load()
        try:
            owlready2.sync_reasoner_hermit(world, infer_property_values=materialise, debug=0,
                                           ignore_unsupported_datatypes=True)
        except owlready2.OwlReadyInconsistentOntologyError:
            return False, "HermiT: the ontology and data are inconsistent", None
        except owlready2.OwlReadyJavaError as exc:
            raise KGError(f"the reasoner failed: {str(exc).splitlines()[0] if str(exc) else exc}") from None
        inferred = _inferred(world, data) if materialise else None
    return True, "HermiT: consistent", inferred


def _inferred(world, data: Graph) -> Graph:
    """What the reasoner added about our resources (types and property values)."""
    added = Graph()
    for s, p, o in world.as_rdflib_graph():
        if str(s).startswith(OURS) and (s, p, o) not in data and not str(p).startswith("http://www.w3.org/2002/07/owl#"):
            added.add((s, p, o))
    return added


def validate(store: Store, reasoner: bool = True, materialise: bool = False) -> ValidationReport:
    """SHACL per article graph (each with the reference data and the ontology): an article's claims must be
    complete and well-formed on their own, while two articles may report different stages of one agreement.
    HermiT then checks the union of everything for consistency."""
    data = union_graph(store)
    if len(data) == 0:
        raise KGError("the store is empty: run kg load first")
    ontology, reference = _graph(store, ONTOLOGY_GRAPH), _graph(store, REFERENCE_GRAPH)
    conforms, problems = _check_reference(reference + ontology)
    problems = [Problem(p.focus, p.path, f"{p.message} [{REFERENCE_GRAPH}]") for p in problems]
    for graph in store.graphs():
        if "/graph/article/" not in str(graph):
            continue
        article = _graph(store, graph)
        ok, found = check_shapes(article + ontology + _neighbours(article, reference))
        conforms = conforms and ok
        problems += [Problem(p.focus, p.path, f"{p.message} [{graph}]") for p in found]
    report = ValidationReport(conforms, problems)
    if reasoner:
        report.consistent, report.reasoner_note, report.inferred = check_consistency(data, materialise)
    return report


def format_report(report: ValidationReport, limit: int = 50) -> str:
    lines = [f"SHACL: {'conforms' if report.conforms else f'{len(report.problems)} problem(s)'}"]
    for p in report.problems[:limit]:
        lines.append(f"  {p.focus} {p.path}: {p.message}")
    if len(report.problems) > limit:
        lines.append(f"  ... and {len(report.problems) - limit} more")
    if report.reasoner_note:
        lines.append(report.reasoner_note)
    if report.inferred is not None:
        lines.append(f"inferred {len(report.inferred)} triples")
    return "\n".join(lines)
