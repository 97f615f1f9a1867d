"""SPARQLWrapper, an ordinary SPARQL client, against ``python -m kg serve`` on a real port."""
from __future__ import annotations

import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, N3, POST, SPARQLWrapper, TSV, TURTLE, XML, JSONLD, RDFXML
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

DKG = "PREFIX dkg: <https://w3id.org/diplokg/ontology#> "
SELECT = DKG + "SELECT ?a ?p WHERE { ?a a dkg:Treaty ; dkg:party ?p }"
ASK = DKG + "ASK { ?a a dkg:Treaty }"
CONSTRUCT = DKG + "CONSTRUCT { ?a dkg:party ?p } WHERE { ?a a dkg:Treaty ; dkg:party ?p }"
DESCRIBE = "DESCRIBE <https://w3id.org/diplokg/resource/agreement/iran-russia-agreement-2025-01>"


def client(server, query: str, fmt, method: str = "GET") -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.url + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    return sparql


@pytest.mark.parametrize("method", ["GET", POST])
def test_select_json(live_server, method):
    result = client(live_server, SELECT, JSON, method).queryAndConvert()
    parties = {b["p"]["value"] for b in result["results"]["bindings"]}
    assert "https://w3id.org/diplokg/resource/country/russia" in parties


def test_select_xml(live_server):
    doc = client(live_server, SELECT, XML).queryAndConvert()
    assert doc.getElementsByTagName("result")


@pytest.mark.parametrize("fmt, head", [(CSV, b"a,p"), (TSV, b"?a\t?p")])
def test_select_csv_tsv(live_server, fmt, head):
    data = client(live_server, SELECT, fmt).queryAndConvert()
    assert data.splitlines()[0].strip() == head


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_ask(live_server, fmt):
    result = client(live_server, ASK, fmt).queryAndConvert()
    answer = result["boolean"] if fmt == JSON else result.getElementsByTagName("boolean")[0].firstChild.data == "true"
    assert answer is True


@pytest.mark.parametrize("fmt", [TURTLE, N3, JSONLD, RDFXML])
@pytest.mark.parametrize("query", [CONSTRUCT, DESCRIBE])
def test_graph_results(live_server, query, fmt):
    graph = client(live_server, query, fmt).queryAndConvert()
    if not isinstance(graph, Graph):
        graph = Graph().parse(data=graph, format={TURTLE: "turtle", N3: "turtle"}.get(fmt, fmt))
    assert len(graph) > 0


def test_malformed_query_400(live_server):
    with pytest.raises(QueryBadFormed):
        client(live_server, "SELECT WHERE {", JSON).queryAndConvert()


def _status(url: str, method: str = "GET", data: bytes | None = None, headers: dict | None = None) -> int:
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_protocol_errors_over_http(live_server):
    q = live_server.url + "/sparql?query=" + urllib.parse.quote(SELECT)
    assert _status(q, headers={"Accept": "image/png"}) == 406
    assert _status(live_server.url + "/sparql", "POST", b"ASK {}", {"Content-Type": "text/plain"}) == 415
    assert _status(live_server.url + "/sparql", "DELETE") == 405
    assert _status(live_server.url + "/sparql?query=SELEC") == 400


def test_reads_are_open_writes_are_refused(live_server):
    assert _status(live_server.url + "/store?graph=https://w3id.org/diplokg/graph/ontology") == 200
    assert _status(live_server.url + "/store?graph=urn:x", "PUT", b"<urn:a> <urn:b> <urn:c> .",
                   {"Content-Type": "application/n-triples"}) == 403
    sparql = SPARQLWrapper(live_server.url + "/sparql", updateEndpoint=live_server.url + "/update")
    sparql.setMethod(POST)
    sparql.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises(Exception) as info:
        sparql.query()
    assert "403" in str(info.value) or "read-only" in str(info.value)


# --- the time limit ---------------------------------------------------------------------------

HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . FILTER(STR(?c) < STR(?f)) }"


@pytest.fixture(scope="module")
def slow_server(start_server):
    """A server with a 300 ms limit; stopped at the end of the module so its abandoned query stops burning CPU."""
    server = start_server(query_time_limit_ms=300)
    yield server
    server.stop()


def test_heavy_query_gets_503_and_the_server_keeps_answering(slow_server):
    answers: list[int] = []
    heavy = threading.Thread(target=lambda: answers.append(
        _status(slow_server.url + "/sparql?query=" + urllib.parse.quote(HEAVY))))
    heavy.start()
    light = [_status(slow_server.url + "/sparql?query=" + urllib.parse.quote(ASK)) for _ in range(3)]
    heavy.join(timeout=20)
    assert answers == [503]
    assert light == [200, 200, 200]
    with pytest.raises(urllib.error.HTTPError) as info:
        client(slow_server, HEAVY, JSON).queryAndConvert()
    assert info.value.code == 503 and b"query_time_limit_ms" in info.value.read()
    assert client(slow_server, ASK, JSON).queryAndConvert()["boolean"] is True
