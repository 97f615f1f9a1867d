"""SPARQL 1.1 Graph Store HTTP Protocol at /store (https://www.w3.org/TR/sparql11-http-rdf-update/).

``?graph=IRI`` names a graph; ``?default`` is the default graph, which on this
server is the union of the named graphs: it can be read but not written (write
a named graph instead).  Reads are open; PUT, POST and DELETE need the write
token.  PUT replaces a graph and POST merges into it, each in one store
transaction (``Store.replace_graphs``).
"""
from __future__ import annotations

from flask import Blueprint, Response, request
from rdflib import Graph, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import NotFound, QueryError
from server import current_kg
from server.auth import require_write
from server.cors import allow_cors
from server.errors import MethodNotAllowed, UnsupportedMediaType
from server.negotiation import RDF_PARSERS
from server.sparql import _graph_bytes

bp = Blueprint("graph_store", __name__)


@bp.route("/store", methods=["GET", "HEAD", "OPTIONS"])
@allow_cors
def read() -> Response:
    """GET (or HEAD) one graph, or the default (union) graph, in the negotiated format."""
    target = _target()
    kg = current_kg()
    if target is None:
        quads = [(s, p, o, DATASET_DEFAULT_GRAPH_ID) for s, p, o, _ in kg.store.quads()]
        return _graph_bytes(quads, "the default graph")
    _must_exist(target)
    return _graph_bytes([(s, p, o, DATASET_DEFAULT_GRAPH_ID) for s, p, o, _ in kg.store.quads(target)], f"graph {target}")


@bp.route("/store", methods=["PUT", "POST", "DELETE"])
def write() -> Response:
    """PUT replaces, POST merges, DELETE drops a named graph; 201 when a graph is created, else 204."""
    require_write()
    target = _target()
    if target is None:
        raise MethodNotAllowed("the default graph is the union of the named graphs and cannot be written; "
                               "use ?graph=<IRI> to write a named graph")
    store = current_kg().store
    existed = target in store.graphs()
    if request.method == "DELETE":
        _must_exist(target)
        store.replace_graphs({target: []})
        return Response(status=204)
    triples = list(_body_graph())
    if request.method == "POST" and existed:
        triples += [(s, p, o) for s, p, o, _ in store.quads(target)]
    store.replace_graphs({target: [(s, p, o, target) for s, p, o in triples]})
    return Response(status=204 if existed else 201)


def _target() -> URIRef | None:
    """The graph the request names: ``?graph=IRI``, or None for ``?default`` (exactly one of them)."""
    graph = request.args.get("graph")
    if graph and "default" not in request.args:
        return URIRef(graph)
    if "default" in request.args and not graph:
        return None
    raise QueryError("name one graph: ?graph=<IRI> or ?default")


def _must_exist(target: URIRef) -> None:
    if target not in current_kg().store.graphs():
        raise NotFound(f"no graph {target} in the store")


def _body_graph() -> Graph:
    """The request body parsed as RDF of its Content-Type (415 if we cannot read that type, 400 if it is bad)."""
    parser = RDF_PARSERS.get(request.mimetype)
    if parser is None:
        raise UnsupportedMediaType(f"cannot read RDF as {request.mimetype or 'a body without Content-Type'}; "
                                   f"send one of: {', '.join(RDF_PARSERS)}")
    graph = Graph()
    try:
        graph.parse(data=request.get_data(as_text=True), format=parser, publicID=request.args.get("graph"))
    except Exception as exc:  # rdflib's parsers raise many kinds of errors for bad input
        raise QueryError(f"the body is not valid {request.mimetype}: {exc}") from None
    return graph
