"""Helpers and fixtures for the ontology tests (imported by conftest.py and the tests).

The data graph used for SHACL is what the application validates: the instance
triples (in production, the union of all named graphs) plus the ontology plus
the sector scheme.  OWL reasoning goes through owlready2, which reads RDF/XML,
so graphs are converted with rdflib first, and HermiT (shipped with owlready2)
runs on Java.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import rdflib
from rdflib import Namespace
from rdflib.namespace import RDF

REPO = Path(__file__).resolve().parents[2]
ONTOLOGY_DIR = REPO / "ontology"
ONTOLOGY = ONTOLOGY_DIR / "diplokg.ttl"
SECTORS = ONTOLOGY_DIR / "sectors.ttl"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"
DATA = Path(__file__).resolve().parent / "data"

DKG = Namespace("https://w3id.org/diplokg/ontology#")
SECTOR = Namespace("https://w3id.org/diplokg/sector/")
SH = Namespace("http://www.w3.org/ns/shacl#")
RES = Namespace("https://w3id.org/diplokg/resource/")
ONTOLOGY_IRI = rdflib.URIRef("https://w3id.org/diplokg/ontology")
SCHEME_IRI = rdflib.URIRef("https://w3id.org/diplokg/sectors")


def load(*sources) -> rdflib.Graph:
    """Parse files (Path/str) and merge graphs into one rdflib.Graph."""
    g = rdflib.Graph()
    for s in sources:
        if isinstance(s, rdflib.Graph):
            for t in s:
                g.add(t)
        else:
            g.parse(str(s))
    return g


@pytest.fixture(scope="session")
def onto_graph() -> rdflib.Graph:
    return load(ONTOLOGY)


@pytest.fixture(scope="session")
def sectors_graph() -> rdflib.Graph:
    return load(SECTORS)


@pytest.fixture(scope="session")
def shapes_graph() -> rdflib.Graph:
    return load(SHAPES)


_BASE: list[rdflib.Graph] = []


def shacl_data_graph(instance: rdflib.Graph) -> rdflib.Graph:
    """The graph the application validates: instances + ontology + sectors
    (a fresh graph each time; the parsed ontology and sectors are cached)."""
    if not _BASE:
        _BASE.append(load(ONTOLOGY, SECTORS))
    return load(instance, _BASE[0])


def validate(instance: rdflib.Graph, shapes: rdflib.Graph, inference: str = "rdfs"):
    """Run pyshacl; return (conforms, results, report_text).

    results is a list of dicts with focus, path, message, shape, constraint.
    """
    import pyshacl

    conforms, report, text = pyshacl.validate(
        shacl_data_graph(instance),
        shacl_graph=shapes,
        inference=inference,
        abort_on_first=False,
        allow_warnings=False,
        inplace=True,  # the data graph is a fresh copy
    )
    results = []
    for r in report.subjects(RDF.type, SH.ValidationResult):
        results.append(
            {
                "focus": report.value(r, SH.focusNode),
                "path": report.value(r, SH.resultPath),
                "message": [str(m) for m in report.objects(r, SH.resultMessage)],
                "shape": report.value(r, SH.sourceShape),
                "constraint": report.value(r, SH.sourceConstraintComponent),
                "value": report.value(r, SH.value),
            }
        )
    return conforms, results, text


# --- owlready2 / HermiT -------------------------------------------------------


def java_available() -> bool:
    try:
        import owlready2
    except ImportError:  # pragma: no cover
        return False
    return shutil.which(owlready2.JAVA_EXE) is not None or Path(owlready2.JAVA_EXE).exists()


requires_java = pytest.mark.skipif(not java_available(), reason="Java is needed for HermiT")


def owl_world(graph: rdflib.Graph, tmp_path: Path, name: str = "merged"):
    """Load an rdflib graph into a fresh owlready2 World via RDF/XML.

    Returns (world, ontology).
    """
    import owlready2

    path = tmp_path / f"{name}.owl"
    graph.serialize(destination=str(path), format="xml")
    world = owlready2.World()
    onto = world.get_ontology(path.as_uri()).load()
    return world, onto


def run_hermit(world, **kwargs):
    """Run HermiT the way DiploKG must: ignoring the xsd:date / xsd:gYearMonth /
    xsd:gYear literals, which are outside the OWL 2 datatype map (HermiT
    refuses them otherwise)."""
    import owlready2

    kwargs.setdefault("debug", 0)
    kwargs.setdefault("ignore_unsupported_datatypes", True)
    owlready2.sync_reasoner_hermit(world, **kwargs)
