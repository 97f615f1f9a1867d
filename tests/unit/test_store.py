"""Every registered backend gets the same tests (as rdflib does for its stores)."""
import pytest
from rdflib import Literal, URIRef

from kg.errors import QueryError, UnknownStore
from kg.store import get_store, registered

EX = "http://example.org/"
G1, G2 = URIRef(EX + "g1"), URIRef(EX + "g2")
S, P = URIRef(EX + "s"), URIRef(EX + "p")


@pytest.fixture(params=registered())
def store(request, tmp_path):
    s = get_store(request.param, str(tmp_path / "db") if request.param == "oxigraph" else None)
    yield s
    s.close()


def quads(graph, *values):
    return [(S, P, Literal(v), graph) for v in values]


def test_replace_graphs_replaces_only_the_graphs_given(store):
    store.replace_graphs({G1: quads(G1, "a", "b"), G2: quads(G2, "x")})
    store.replace_graphs({G1: quads(G1, "c")})
    assert sorted(str(q[2]) for q in store.quads(G1)) == ["c"]
    assert sorted(str(q[2]) for q in store.quads(G2)) == ["x"]
    assert store.graphs() == [G1, G2]


def test_default_graph_is_the_union(store):
    store.replace_graphs({G1: quads(G1, "a"), G2: quads(G2, "b")})
    result = store.query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o")
    assert [str(r[0]) for r in result.rows] == ["a", "b"]


def test_bindings_are_substituted_not_pasted(store):
    store.replace_graphs({G1: quads(G1, "a", "b")})
    # SEP-0007 (Oxigraph's substitutions): a bound variable must be in the projection.
    result = store.query("SELECT ?s ?o WHERE { ?s ?p ?o }", bindings={"o": Literal("b")})
    assert [(r[0], str(r[1])) for r in result.rows] == [(S, "b")]


def test_ask_and_construct(store):
    store.replace_graphs({G1: quads(G1, "a")})
    assert store.query("ASK { ?s ?p 'a' }").boolean is True
    assert len(list(store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }").triples)) == 1


def test_syntax_errors_are_query_errors(store):
    with pytest.raises(QueryError, match="syntax"):
        store.query("SELEC ?x WHERE {")


def test_default_graph_uris_restrict_the_default_graph(store):
    store.replace_graphs({G1: quads(G1, "a"), G2: quads(G2, "b")})
    result = store.query("SELECT ?o WHERE { ?s ?p ?o }", default_graphs=[G2])
    assert [str(r[0]) for r in result.rows] == ["b"]


def test_oxigraph_store_is_durable_across_reopen(tmp_path):
    path = str(tmp_path / "db")
    first = get_store("oxigraph", path)
    first.replace_graphs({G1: quads(G1, "kept")})
    first.close()
    again = get_store("oxigraph", path)
    assert [str(q[2]) for q in again.quads(G1)] == ["kept"]
    again.close()


def test_unknown_backend_is_named():
    with pytest.raises(UnknownStore, match="no store backend named 'nosuch'"):
        get_store("nosuch")


def test_the_default_graph_is_a_set_not_a_bag(store):
    """A triple held by two article graphs is one triple of the default graph (oxigraph #1919 worked around)."""
    store.replace_graphs({G1: quads(G1, "same"), G2: quads(G2, "same")})
    assert len(list(store.query("SELECT ?o WHERE { ?s ?p ?o }").rows)) == 1
    count = next(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows)[0]
    assert int(count) == 1
    store.replace_graphs({G1: []})
    assert [str(r[0]) for r in store.query("SELECT ?o WHERE { ?s ?p ?o }").rows] == ["same"]   # still in G2
    store.replace_graphs({G2: []})
    assert list(store.query("SELECT ?o WHERE { ?s ?p ?o }").rows) == []


def test_updates_reach_the_default_graph(store):
    store.update(f"INSERT DATA {{ GRAPH <{G1}> {{ <{S}> <{P}> 'by update' }} }}")
    assert [str(r[0]) for r in store.query("SELECT ?o WHERE { ?s ?p ?o }").rows] == ["by update"]
    store.update(f"DELETE DATA {{ GRAPH <{G1}> {{ <{S}> <{P}> 'by update' }} }}")
    assert list(store.query("SELECT ?o WHERE { ?s ?p ?o }").rows) == []


def test_bad_iris_are_query_errors(tmp_path):
    """A default-graph-uri with a space is the client's error (400), not the server's."""
    s = get_store("oxigraph", str(tmp_path / "db"))
    with pytest.raises(QueryError, match="not a valid IRI"):
        s.query("ASK {}", default_graphs=[URIRef("a b")])
    s.close()


def test_reading_never_creates_a_store(tmp_path):
    from kg.errors import StoreError
    with pytest.raises(StoreError, match="no store at"):
        get_store("oxigraph", str(tmp_path / "typo"), create=False)
    assert not (tmp_path / "typo").exists()


def test_the_union_graph_cannot_be_written(tmp_path):
    from kg.errors import Forbidden
    from kg.stores.oxigraph_store import UNION
    s = get_store("oxigraph", str(tmp_path / "db"))
    with pytest.raises(Forbidden):
        s.replace_graphs({URIRef(UNION): quads(URIRef(UNION), "x")})
    s.close()
