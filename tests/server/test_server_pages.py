"""The web page, entity pages, the ontology and the vendored front-end files."""
from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

from server.pages import NODE_MODULES, VENDOR_FILES

HTML = {"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"}
PERSON = "/resource/person/masoud-pezeshkian"


def test_index_has_question_box_and_editor(client):
    r = client.get("/", headers=HTML)
    page = r.get_data(as_text=True)
    assert r.status_code == 200 and 'id="ask-form"' in page and 'id="yasgui"' in page
    assert "/vendor/yasgui.min.js" in page and "cdn" not in page.lower()


def test_entity_page_html_with_timeline(client):
    r = client.get(PERSON, headers=HTML)
    page = r.get_data(as_text=True)
    assert r.status_code == 200 and "Masoud Pezeshkian" in page and "Timeline" in page
    assert 'href="/resource/country/iran"' in page


@pytest.mark.parametrize("accept, parser", [("text/turtle", "turtle"), ("application/ld+json", "json-ld")])
def test_entity_rdf_by_content_negotiation(client, accept, parser):
    r = client.get("/resource/agreement/iran-russia-agreement-2025-01", headers={"Accept": accept})
    assert r.status_code == 200
    g = Graph().parse(data=r.data, format=parser)
    assert (URIRef("https://w3id.org/diplokg/resource/agreement/iran-russia-agreement-2025-01"), None, None) in g


def test_unknown_entity_404(client):
    assert client.get("/resource/person/nobody-at-all", headers=HTML).status_code == 404


def test_ontology_turtle_and_html(client):
    ttl = client.get("/ontology", headers={"Accept": "text/turtle"})
    assert ttl.status_code == 200 and len(Graph().parse(data=ttl.data, format="turtle")) > 100
    html = client.get("/ontology", headers=HTML).get_data(as_text=True)
    assert 'id="Treaty"' in html and 'id="hasSigner"' in html


@pytest.mark.skipif(not NODE_MODULES.is_dir(), reason="node_modules is missing: run scripts/web-assets.sh (npm ci)")
@pytest.mark.parametrize("name", sorted(VENDOR_FILES))
def test_vendor_files_are_served(client, name):
    r = client.get(f"/vendor/{name}")
    assert r.status_code == 200 and len(r.data) > 10000
    r.close()


def test_vendor_serves_only_listed_files(client):
    assert client.get("/vendor/package.json").status_code == 404
