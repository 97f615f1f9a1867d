"""The SPARQL 1.1 Protocol blueprint through the Flask test client."""
from __future__ import annotations


import pytest
from rdflib import Graph, URIRef

SELECT = "PREFIX dkg: <https://w3id.org/diplokg/ontology#> SELECT ?a WHERE { ?a a dkg:Treaty } LIMIT 5"
CONSTRUCT = "PREFIX dkg: <https://w3id.org/diplokg/ontology#> CONSTRUCT { ?a a dkg:Treaty } WHERE { ?a a dkg:Treaty }"


def test_get_select_json(client):
    r = client.get("/sparql", query_string={"query": SELECT})
    assert r.status_code == 200
    assert r.mimetype == "application/sparql-results+json"
    assert r.json["head"]["vars"] == ["a"] and r.json["results"]["bindings"]
    assert r.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("accept, mimetype", [("application/sparql-results+xml", "application/sparql-results+xml"),
                                              ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
                                              ("*/*", "application/sparql-results+json")])
def test_select_content_negotiation(client, accept, mimetype):
    r = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": accept})
    assert r.status_code == 200 and r.mimetype == mimetype


def test_format_parameter_wins(client):
    r = client.get("/sparql", query_string={"query": SELECT, "format": "csv"}, headers={"Accept": "application/json"})
    assert r.mimetype == "text/csv" and r.data.startswith(b"a\r\n")


def test_post_form_and_direct(client):
    form = client.post("/sparql", data={"query": "ASK { ?s ?p ?o }"})
    direct = client.post("/sparql", data="ASK { ?s ?p ?o }", content_type="application/sparql-query")
    assert form.json == direct.json == {"head": {}, "boolean": True}


@pytest.mark.parametrize("fmt, mimetype, parser", [("turtle", "text/turtle", "turtle"), ("nt", "application/n-triples", "nt"),
                                                   ("jsonld", "application/ld+json", "json-ld"),
                                                   ("rdfxml", "application/rdf+xml", "xml")])
def test_construct_formats(client, fmt, mimetype, parser):
    r = client.get("/sparql", query_string={"query": CONSTRUCT, "format": fmt})
    assert r.status_code == 200 and r.mimetype == mimetype
    assert len(Graph().parse(data=r.data, format=parser)) >= 1


def test_construct_by_accept_trig(client):
    r = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "application/trig"})
    assert r.status_code == 200 and r.mimetype == "application/trig"


def test_dataset_parameters(client):
    graph = "https://w3id.org/diplokg/graph/ontology"
    r = client.get("/sparql", query_string={"query": "PREFIX dkg: <https://w3id.org/diplokg/ontology#> ASK { ?a a dkg:Treaty }",
                                            "default-graph-uri": graph})
    assert r.json["boolean"] is False
    r = client.get("/sparql", query_string={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                            "named-graph-uri": graph})
    assert [b["g"]["value"] for b in r.json["results"]["bindings"]] == [graph]


def test_malformed_query_is_400_with_parser_message(client):
    r = client.get("/sparql", query_string={"query": "SELEC ?x WHERE {"})
    assert r.status_code == 400 and r.mimetype == "text/plain"
    assert "syntax" in r.get_data(as_text=True).lower()


def test_wrong_method_405(client):
    assert client.put("/sparql", data="x").status_code == 405
    assert client.get("/update").status_code == 405


def test_unsupported_content_type_415(client):
    r = client.post("/sparql", data="ASK {}", content_type="text/plain")
    assert r.status_code == 415


def test_unacceptable_accept_406(client):
    r = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "acceptable" in r.get_data(as_text=True)


def test_service_is_refused(client):
    r = client.get("/sparql", query_string={"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"})
    assert r.status_code == 403 and "allow_service" in r.get_data(as_text=True)


def test_too_many_results_413(fresh_kg):
    from server import create_app
    small = create_app(fresh_kg(max_results=3)).test_client()
    r = small.get("/sparql", query_string={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 413 and "max_results" in r.get_data(as_text=True)


def test_timeout_parameter_lowers_the_limit(client):
    # Heavy enough to overrun 50 ms, light enough that the abandoned worker finishes soon after.
    heavy = ("PREFIX dkg: <https://w3id.org/diplokg/ontology#> SELECT (COUNT(*) AS ?n) "
             "WHERE { ?a ?b ?c . ?d a dkg:Sentence . FILTER(STR(?c) < STR(?d)) }")
    r = client.get("/sparql", query_string={"query": heavy, "timeout": "50"})
    assert r.status_code == 503 and "50 ms" in r.get_data(as_text=True)


def test_service_description(client):
    r = client.get("/sparql", headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.mimetype == "text/turtle"
    g = Graph().parse(data=r.data, format="turtle")
    sd = "http://www.w3.org/ns/sparql-service-description#"
    names = {str(o) for s, p, o in g if str(p) == sd + "name"}
    assert "https://w3id.org/diplokg/graph/ontology" in names
    assert any(str(p) == sd + "endpoint" for _, p, _ in g)
    assert any(str(o) == sd + "SPARQL11Query" for _, _, o in g)
    assert b"@prefix sd: <http://www.w3.org/ns/sparql-service-description#>" in r.data   # readable prefixes, not ns1:


def test_browser_get_without_query_goes_to_editor(client):
    r = client.get("/sparql", headers={"Accept": "text/html"})
    assert r.status_code == 302 and "#sparql" in r.headers["Location"]


@pytest.mark.parametrize("path", ["/void", "/.well-known/void"])
def test_void_counts(client, path):
    r = client.get(path, headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    g = Graph().parse(data=r.data, format="nt")
    void = "http://rdfs.org/ns/void#"
    counted = {str(cls): int(g.value(s, URIRef(void + "entities"))) for s, cls in g.subject_objects(URIRef(void + "class"))}
    assert counted["https://w3id.org/diplokg/ontology#NewsArticle"] == 1
    assert counted["https://w3id.org/diplokg/ontology#Agreement"] >= 1
    assert counted["https://w3id.org/diplokg/ontology#DiplomaticEvent"] >= 1
    assert counted["https://w3id.org/diplokg/ontology#Person"] >= 1
    assert any(str(p) == void + "triples" for _, p, _ in g)


def test_cors_preflight(client):
    r = client.options("/sparql")
    assert r.status_code == 204 and r.headers["Access-Control-Allow-Origin"] == "*"


def test_update_and_store_writes_are_refused_without_token(client):
    r = client.post("/update", data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"})
    assert r.status_code == 403 and "KG_WRITE_TOKEN" in r.get_data(as_text=True)
    assert client.put("/store?graph=urn:g", data="<urn:a> <urn:b> <urn:c> .", content_type="text/turtle").status_code == 403


def test_request_log_line(client, caplog):
    import logging
    with caplog.at_level(logging.INFO, logger="diplokg.server"):
        client.get("/sparql", query_string={"query": "ASK {}"})
    assert any("GET /sparql" in r.getMessage() and " 200 " in r.getMessage() for r in caplog.records)
