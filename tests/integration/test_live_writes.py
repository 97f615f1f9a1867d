"""SPARQL Update and the Graph Store protocol on a server started with KG_WRITE_TOKEN."""
from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph
from SPARQLWrapper import JSON, POST, SPARQLWrapper

TOKEN = "test-token-123"
GRAPH = "https://example.org/graph/test"


@pytest.fixture(scope="module")
def write_server(start_server):
    server = start_server(write_token=TOKEN)
    yield server
    server.stop()


def call(server, method: str, path: str, body: bytes | None = None, token: str | None = TOKEN,
         content_type: str | None = None, accept: str | None = None) -> tuple[int, bytes]:
    headers = {}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if content_type:
        headers["Content-Type"] = content_type
    if accept:
        headers["Accept"] = accept
    request = urllib.request.Request(server.url + path, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()


def ask(server, query: str) -> bool:
    sparql = SPARQLWrapper(server.url + "/sparql")
    sparql.setQuery(query)
    sparql.setReturnFormat(JSON)
    return sparql.queryAndConvert()["boolean"]


def test_update_needs_the_right_token(write_server):
    form = urllib.parse.urlencode({"update": "INSERT DATA { GRAPH <urn:g:u> { <urn:a> <urn:b> \"x\" } }"}).encode()
    ctype = "application/x-www-form-urlencoded"
    assert call(write_server, "POST", "/update", form, token=None, content_type=ctype)[0] == 401
    assert call(write_server, "POST", "/update", form, token="wrong", content_type=ctype)[0] == 401
    assert not ask(write_server, 'ASK { <urn:a> <urn:b> "x" }')
    assert call(write_server, "POST", "/update", form, content_type=ctype)[0] == 204
    assert ask(write_server, 'ASK { <urn:a> <urn:b> "x" }')


def test_update_with_sparqlwrapper_and_direct_body(write_server):
    sparql = SPARQLWrapper(write_server.url + "/sparql", updateEndpoint=write_server.url + "/update")
    sparql.setMethod(POST)
    sparql.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    sparql.setQuery("INSERT DATA { GRAPH <urn:g:w> { <urn:w> <urn:p> 1 } }")
    sparql.query()
    assert ask(write_server, "ASK { <urn:w> <urn:p> 1 }")
    status, _ = call(write_server, "POST", "/update", b"DELETE DATA { GRAPH <urn:g:w> { <urn:w> <urn:p> 1 } }",
                     content_type="application/sparql-update")
    assert status == 204 and not ask(write_server, "ASK { <urn:w> <urn:p> 1 }")
    assert call(write_server, "POST", "/update", b"x", content_type="text/plain")[0] == 415


def test_graph_store_put_get_post_delete(write_server):
    target = "/store?graph=" + urllib.parse.quote(GRAPH)
    first = b"<urn:s> <urn:p> \"one\" ."
    assert call(write_server, "PUT", target, first, token=None, content_type="text/turtle")[0] == 401
    assert call(write_server, "PUT", target, first, content_type="text/turtle")[0] == 201
    assert call(write_server, "PUT", target, first, content_type="text/turtle")[0] == 204
    assert call(write_server, "POST", target, b"<urn:s> <urn:p> \"two\" .", content_type="application/n-triples")[0] == 204
    status, body = call(write_server, "GET", target, token=None, accept="application/n-triples")
    assert status == 200 and len(Graph().parse(data=body, format="nt")) == 2
    assert call(write_server, "HEAD", target, token=None)[0] == 200
    assert call(write_server, "PUT", target, b"{}", content_type="image/png")[0] == 415
    assert call(write_server, "PUT", target, b"<urn:s> <urn:p", content_type="text/turtle")[0] == 400
    assert call(write_server, "DELETE", target)[0] == 204
    assert call(write_server, "GET", target, token=None)[0] == 404
    assert call(write_server, "DELETE", target)[0] == 404


def test_default_graph_is_read_only_union(write_server):
    status, body = call(write_server, "GET", "/store?default", token=None, accept="text/turtle")
    assert status == 200 and len(Graph().parse(data=body, format="turtle")) > 100
    assert call(write_server, "PUT", "/store?default", b"<urn:a> <urn:b> <urn:c> .", content_type="text/turtle")[0] == 405
