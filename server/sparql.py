"""SPARQL 1.1 Protocol: queries at /sparql, updates at /update (https://www.w3.org/TR/sparql11-protocol/).

Queries come as GET ``query=``, POST form or POST ``application/sparql-query``,
with ``default-graph-uri``/``named-graph-uri`` for the dataset and ``timeout=``
(ms) to lower the time limit.  Limits, SERVICE refusal and the timeout are
enforced by ``DiploKG.query``; this module only speaks the protocol.  GET
without a query is the service description.
"""
from __future__ import annotations

from flask import Blueprint, Response, redirect, request, url_for
from rdflib import URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import QueryError
from kg.export import format_result, serialize_quads
from kg.query import QueryResult, check_service
from server import current_kg
from server.auth import require_write
from server.cors import allow_cors
from server.description import service_description, void_description
from server.errors import UnsupportedMediaType
from server.negotiation import GRAPH_TYPES, RESULT_TYPES, choose, prefers_html

bp = Blueprint("sparql", __name__)
FORM = "application/x-www-form-urlencoded"


@bp.route("/sparql", methods=["GET", "POST", "HEAD", "OPTIONS"])
@allow_cors
def query() -> Response:
    """Answer one query, or describe the service when there is none."""
    text, params = _query_request()
    if text is None:
        if request.method == "GET" and prefers_html():
            return redirect(url_for("pages.index", _anchor="sparql"))
        return graph_response(service_description(current_kg(), _endpoint("sparql.query")), "the service description")
    result = current_kg().query(text, time_limit_ms=_timeout(params), default_graphs=_iris(params, "default-graph-uri"),
                                named_graphs=_iris(params, "named-graph-uri"))
    return result_response(result)


@bp.route("/void", methods=["GET", "HEAD", "OPTIONS"])
@bp.route("/.well-known/void", methods=["GET", "HEAD", "OPTIONS"])
@allow_cors
def void() -> Response:
    """The VoID description: triples per graph, and how many articles, events, agreements and people."""
    return graph_response(void_description(current_kg(), _endpoint("sparql.query"), request.base_url), "the VoID description")


@bp.route("/update", methods=["POST"])
def update() -> Response:
    """SPARQL 1.1 Update, only with the write token; runs in one transaction in the store."""
    require_write()
    mimetype = request.mimetype
    if mimetype == FORM:
        texts = request.form.getlist("update")
    elif mimetype == "application/sparql-update":
        texts = [request.get_data(as_text=True)]
    else:
        raise UnsupportedMediaType(f"an update must be sent as {FORM} (update=...) or application/sparql-update, "
                                   f"not {mimetype or 'a body without Content-Type'}")
    if len(texts) != 1 or not texts[0].strip():
        raise QueryError("send exactly one non-empty update")
    if request.values.getlist("using-graph-uri") or request.values.getlist("using-named-graph-uri"):
        raise QueryError("using-graph-uri and using-named-graph-uri are not supported; put USING in the update")
    kg = current_kg()
    check_service(texts[0], kg.config.allow_service)
    kg.store.update(texts[0])
    return Response(status=204)


# --- reading the request ----------------------------------------------------------------------

def _query_request() -> tuple[str | None, dict[str, list[str]]]:
    """The query text (None if there is none) and the protocol parameters, however they were sent."""
    args = {k: request.args.getlist(k) for k in request.args}
    if request.method in ("GET", "HEAD"):
        texts = args.get("query", [])
    elif request.mimetype == FORM:
        form = {k: request.form.getlist(k) for k in request.form}
        texts = form.get("query", [])
        args = {**args, **form}
    elif request.mimetype == "application/sparql-query":
        texts = [request.get_data(as_text=True)]
    else:
        raise UnsupportedMediaType(f"a query must be sent as {FORM} (query=...) or application/sparql-query, "
                                   f"not {request.mimetype or 'a body without Content-Type'}")
    if len(texts) > 1:
        raise QueryError("send exactly one query parameter")
    if request.method == "POST" and not texts:
        raise QueryError("the request has no query (query=... or an application/sparql-query body)")
    return (texts[0] if texts else None), args


def _iris(params: dict[str, list[str]], name: str) -> list[URIRef] | None:
    return [URIRef(v) for v in params.get(name, []) if v] or None


def _timeout(params: dict[str, list[str]]) -> int | None:
    values = params.get("timeout")
    if not values:
        return None
    try:
        return max(1, int(values[0]))
    except ValueError:
        raise QueryError(f"timeout must be a whole number of milliseconds, not {values[0]!r}") from None


def _endpoint(endpoint: str) -> URIRef:
    return URIRef(url_for(endpoint, _external=True))


# --- writing the response ---------------------------------------------------------------------

def result_response(result: QueryResult) -> Response:
    """A query result in the negotiated format."""
    if result.kind == "graph":
        quads = [(s, p, o, DATASET_DEFAULT_GRAPH_ID) for s, p, o in result.triples]
        return _graph_bytes(quads, "the CONSTRUCT/DESCRIBE result")
    name, mimetype = choose(RESULT_TYPES, f"an {result.kind.upper()} result")
    return Response(format_result(result, name), mimetype=mimetype, content_type=f"{mimetype}; charset=utf-8")


def graph_response(graph, what: str) -> Response:
    """An rdflib Graph in the negotiated RDF format."""
    return _graph_bytes([(s, p, o, DATASET_DEFAULT_GRAPH_ID) for s, p, o in graph], what, graph.namespaces())


def _graph_bytes(quads, what: str, prefixes=()) -> Response:
    name, mimetype = choose(GRAPH_TYPES, what)
    return Response(serialize_quads(quads, name, prefixes), content_type=f"{mimetype}; charset=utf-8")
