"""The web page: the question box and the SPARQL editor at /, entity pages for our resource IRIs,
the ontology, and the front-end files installed from the npm registry (served from here, no CDN).

``https://w3id.org/diplokg/resource/{kind}/{key}`` is served at ``/resource/{kind}/{key}``: HTML for a
browser, Turtle, JSON-LD and the other RDF formats by content negotiation.
"""
from __future__ import annotations

from collections import defaultdict

from flask import Blueprint, Response, abort, render_template, send_file
from rdflib import Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import OWL, RDF, RDFS

from kg.config import PROJECT_ROOT
from kg.errors import NotFound
from kg.export import short
from kg.namespace import DKG
from kg.rdf import BASE, ONTOLOGY_GRAPH
from server import current_kg
from server.negotiation import prefers_html
from server.sparql import _graph_bytes

bp = Blueprint("pages", __name__, template_folder="templates", static_folder="static", static_url_path="/static")

NODE_MODULES = PROJECT_ROOT / "node_modules"
#: The only files served from node_modules (installed by ``npm ci``; see scripts/web-assets.sh).
VENDOR_FILES = {"yasgui.min.js": "@zazuko/yasgui/build/yasgui.min.js",
                "yasgui.min.css": "@zazuko/yasgui/build/yasgui.min.css",
                "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js"}
ROLES = "dkg:participant|dkg:hasHost|dkg:hasGuest|dkg:hasSigner|dkg:hasOverseer|dkg:hasSpeaker"
PREFIX = "PREFIX dkg: <https://w3id.org/diplokg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
_OUT = PREFIX + "SELECT ?s ?p ?o ?name WHERE { ?s ?p ?o . OPTIONAL { ?o dkg:name|rdfs:label ?name } }"
_IN = PREFIX + "SELECT ?s ?x ?p ?name WHERE { ?x ?p ?s . FILTER(?p != dkg:mentions) OPTIONAL { ?x dkg:name|rdfs:label ?name } }"
_EVIDENCE = PREFIX + "SELECT ?s ?e ?p ?o WHERE { ?s dkg:evidence ?e . ?e ?p ?o }"
_TIMELINE = PREFIX + f"""
SELECT DISTINCT ?s ?event ?label ?earliest ?sentence ?article WHERE {{
  {{ ?event {ROLES} ?s }} UNION {{ ?event dkg:concernsAgreement ?s }}
  OPTIONAL {{ ?event rdfs:label ?label }}
  OPTIONAL {{ ?event dkg:earliest ?earliest }}
  OPTIONAL {{ ?event dkg:evidence ?e . ?e dkg:text ?sentence ; dkg:inArticle ?article }}
}}"""

EXAMPLE_QUERIES = {
    "Agreements and their parties": PREFIX + """SELECT ?agreement ?name ?party WHERE {
  ?agreement dkg:party ?party ; dkg:name ?name .
} LIMIT 50""",
    "Events with the sentence that states them": PREFIX + """SELECT ?event ?label ?sentence WHERE {
  ?event dkg:evidence ?e ; rdfs:label ?label .
  ?e dkg:text ?sentence .
} LIMIT 20""",
    "Triples per graph": "SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY DESC(?triples)",
    "Quotes and who said them": PREFIX + """SELECT ?who ?text WHERE {
  ?q a dkg:Quote ; dkg:text ?text ; dkg:saidBy/dkg:name ?who .
} LIMIT 20""",
}


@bp.route("/")
def index() -> str:
    """The question box and the SPARQL editor."""
    return render_template("index.html", examples=EXAMPLE_QUERIES, questions=list(current_kg().canned.values()))


@bp.route("/vendor/<name>")
def vendor(name: str) -> Response:
    """A front-end file from node_modules (YASGUI, cytoscape): the page works with no internet."""
    relative = VENDOR_FILES.get(name)
    if relative is None:
        abort(404)
    path = NODE_MODULES / relative
    if not path.is_file():
        raise NotFound(f"{relative} is not installed: run scripts/web-assets.sh (npm ci) in {PROJECT_ROOT}")
    return send_file(path, max_age=3600)


@bp.route("/resource/<kind>/<path:key>")
def resource(kind: str, key: str):
    """An entity of ours: HTML for browsers, RDF by content negotiation."""
    iri = URIRef(f"{BASE}resource/{kind}/{key}")
    kg = current_kg()
    out = kg.query(_OUT, bindings={"s": iri}).records()
    incoming = kg.query(_IN, bindings={"s": iri}).records()
    if not out and not incoming:
        raise NotFound(f"nothing is known about {iri}")
    if not prefers_html():
        return _graph_bytes(_entity_quads(iri, out), f"the description of {iri}")
    return render_template("entity.html", iri=str(iri), kind=kind, title=_title(iri, out), facts=_facts(out),
                           incoming=_facts(incoming, subject="x")[:200], timeline=_timeline(iri))


@bp.route("/ontology")
def ontology():
    """The DiploKG ontology: Turtle (or any RDF format), or an HTML list of its classes and properties."""
    quads = list(current_kg().store.quads(ONTOLOGY_GRAPH))
    if not quads:
        raise NotFound("the ontology is not loaded (kg load writes it)")
    if not prefers_html():
        return _graph_bytes([(s, p, o, DATASET_DEFAULT_GRAPH_ID) for s, p, o, _ in quads], "the ontology")
    graph = Graph()
    for s, p, o, _ in quads:
        graph.add((s, p, o))
    return render_template("ontology.html", classes=_terms(graph, (OWL.Class,)),
                           properties=_terms(graph, (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)))


# --- helpers ----------------------------------------------------------------------------------------

def _entity_quads(iri: URIRef, out: list[dict]) -> list:
    quads = [(iri, r["p"], r["o"], DATASET_DEFAULT_GRAPH_ID) for r in out]
    for r in current_kg().query(_EVIDENCE, bindings={"s": iri}).records():
        quads.append((r["e"], r["p"], r["o"], DATASET_DEFAULT_GRAPH_ID))
    return quads


def _title(iri: URIRef, out: list[dict]) -> str:
    for r in out:
        if r["p"] in (DKG.name, RDFS.label, DKG.title):
            return str(r["o"])
    return str(iri).rsplit("/", 1)[-1]


def _facts(records: list[dict], subject: str = "o") -> list[dict]:
    """(property, values) rows for the page; IRIs of ours become links."""
    grouped: dict[str, dict[str, dict]] = defaultdict(dict)
    for r in records:
        value = r[subject]
        shown = str(r.get("name") or (value if isinstance(value, Literal) else short(value)))
        grouped["rdf:type" if r["p"] == RDF.type else short(r["p"])][str(value)] = {"text": shown, "link": _link(value)}
    return [{"property": p, "terms": sorted(v.values(), key=lambda x: x["text"])} for p, v in sorted(grouped.items())]


def _link(term) -> str | None:
    text = str(term)
    if isinstance(term, URIRef) and text.startswith(BASE + "resource/"):
        return "/" + text[len(BASE):].split("#")[0]
    if isinstance(term, URIRef) and text.startswith(str(DKG._NS)):
        return "/ontology#" + text[len(str(DKG._NS)):]
    return None


def _timeline(iri: URIRef) -> list[dict]:
    events: dict[str, dict] = {}
    for r in current_kg().query(_TIMELINE, bindings={"s": iri}).records():
        e = events.setdefault(str(r["event"]), {"iri": str(r["event"]), "link": _link(r["event"]),
                                                "label": str(r.get("label", short(r["event"]))),
                                                "date": str(r.get("earliest", "")), "sentences": []})
        if "sentence" in r and str(r["sentence"]) not in e["sentences"]:
            e["sentences"].append(str(r["sentence"]))
    return sorted(events.values(), key=lambda e: (e["date"] or "9999", e["label"]))


def _terms(graph: Graph, types: tuple) -> list[dict]:
    terms = {s for t in types for s in graph.subjects(RDF.type, t) if str(s).startswith(str(DKG._NS))}
    return [{"name": str(t)[len(str(DKG._NS)):], "iri": str(t),
             "label": str(graph.value(t, RDFS.label) or ""), "comment": str(graph.value(t, RDFS.comment) or ""),
             "parents": [short(p) for p in graph.objects(t, RDFS.subClassOf | RDFS.subPropertyOf) if isinstance(p, URIRef)]}
            for t in sorted(terms)]
