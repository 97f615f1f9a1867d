"""Identity and provenance in the graph: stable IRIs, idempotent loads, one graph per article."""
from rdflib import URIRef

from kg.rdf import REFERENCE_GRAPH, article_graph

from .conftest import SEED, make_kg

TREATY_QUERY = """
PREFIX dkg: <https://w3id.org/diplokg/ontology#>
SELECT ?agreement ?name ?sentence ?begin ?article WHERE {
  ?agreement a dkg:Treaty ; dkg:name ?name ; dkg:evidence ?s .
  ?s dkg:text ?sentence ; dkg:beginIndex ?begin ; dkg:inArticle ?article .
} ORDER BY ?begin"""


def test_loading_twice_changes_nothing(tmp_path):
    kg = make_kg(tmp_path)
    kg.load([SEED])
    first = kg.export("nquads")
    kg.load([SEED])
    assert kg.export("nquads") == first
    kg.close()


def test_iris_do_not_depend_on_load_order_or_store(tmp_path):
    one, two = make_kg(tmp_path / "a"), make_kg(tmp_path / "b", store="memory")
    one.load([SEED])
    two.load([SEED])
    assert one.export("nquads") == two.export("nquads")
    one.close()


def test_each_article_has_its_own_graph_and_reference_is_separate(seed_kg):
    graphs = seed_kg.graphs()
    assert article_graph("kayhan-ir-135931") in graphs and REFERENCE_GRAPH in graphs


def test_evidence_reaches_the_sentence_and_article(seed_kg):
    rows = seed_kg.query(TREATY_QUERY).records()
    assert rows, "the treaty has evidence"
    assert rows[0]["sentence"].startswith("MOSCOW (Dispatches)")
    assert rows[0]["article"] == URIRef("https://w3id.org/diplokg/resource/article/kayhan-ir-135931")


def test_people_carry_wikidata_ids_from_the_reference_data(seed_kg):
    rows = seed_kg.query("""PREFIX dkg: <https://w3id.org/diplokg/ontology#>
        SELECT ?wd WHERE { ?p dkg:name "Vladimir Putin" ; dkg:wikidata ?wd }""").records()
    assert {str(r["wd"]) for r in rows} == {"http://www.wikidata.org/entity/Q7747"}


def test_turtle_export_is_stable_and_prefixed(seed_kg):
    first, second = seed_kg.export("turtle"), seed_kg.export("turtle")
    assert first == second
    assert b"@prefix dkg: <https://w3id.org/diplokg/ontology#>" in first
