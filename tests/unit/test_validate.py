"""kg validate on real data: the seed conforms and is consistent; a broken fact is caught."""
import pytest

from kg.validate import validate

from .conftest import SEED, make_kg

pytestmark = pytest.mark.slow


def test_the_loaded_seed_conforms_and_is_consistent(tmp_path):
    kg = make_kg(tmp_path)
    kg.load([SEED])
    report = validate(kg.store, materialise=True)
    assert report.conforms, report.problems[:3]
    assert report.consistent in (True, None)          # None only where no Java runtime exists
    if report.consistent:
        signed = [t for t in report.inferred if str(t[1]).endswith("#signed")]
        assert signed, "HermiT materialises dkg:signed, the inverse of dkg:signatory"
    kg.close()


def test_a_quote_without_speaker_and_a_person_who_is_a_country_are_caught(tmp_path):
    kg = make_kg(tmp_path)
    kg.load([SEED])
    graph = "https://w3id.org/diplokg/graph/article/kayhan-ir-135931"
    kg.store.update(f"""PREFIX dkg: <https://w3id.org/diplokg/ontology#>
        DELETE {{ GRAPH <{graph}> {{ ?q dkg:saidBy ?s }} }} WHERE {{ GRAPH <{graph}> {{ ?q a dkg:Quote ; dkg:saidBy ?s }} }};
        INSERT DATA {{ GRAPH <{graph}> {{ <https://w3id.org/diplokg/resource/person/vladimir-putin> a dkg:Country }} }}""")
    report = validate(kg.store)
    assert not report.conforms and any("needs a speaker (dkg:saidBy) or a document" in p.message for p in report.problems)
    assert report.consistent in (False, None)
    kg.close()


def test_the_reference_data_is_checked_once_per_process_for_the_same_triples(monkeypatch):
    """The shapes on the reference graph take about a minute; the same triples, in any order, are not checked again,
    and different triples are."""
    from rdflib import Graph, Literal, URIRef

    import kg.validate as v
    calls = []
    monkeypatch.setattr(v, "check_shapes", lambda data: calls.append(len(data)) or (True, []))
    monkeypatch.setattr(v, "_REFERENCE_CHECKS", {})
    triples = [(URIRef(f"urn:x:{i}"), URIRef("urn:p"), Literal(i)) for i in range(3)]
    one, same, other = Graph(), Graph(), Graph()
    for t in triples:
        one.add(t)
    for t in reversed(triples):
        same.add(t)
    for t in triples[:2]:
        other.add(t)
    for graph in (one, same, other, one):
        v._check_reference(graph)
    assert calls == [3, 2]
