"""The question API: one JSON route per canned query, /api/ask for English, and an OpenAPI description.

Every route serves the same ``CannedQuery`` records the CLI uses (``kg
question``), so the API, the CLI and the OpenAPI document cannot drift apart.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from flask import Blueprint, Response, jsonify, request, url_for

from kg.ask import ask, run_question
from kg.errors import QueryError
from kg.query import CannedQuery
from kg import __version__
from server import current_kg
from server.cors import allow_cors

bp = Blueprint("questions", __name__, url_prefix="/api")
CONTROL_ARGS = ("today",)


@bp.route("/", methods=["GET", "OPTIONS"])
@allow_cors
def index() -> Response:
    """Every question this server answers, with its parameters and URL."""
    return jsonify({"questions": [_summary(c) for c in current_kg().canned.values()],
                    "ask": url_for("questions.ask_question", _external=True),
                    "openapi": url_for("questions.openapi", _external=True)})


@bp.route("/ask", methods=["GET", "OPTIONS"])
@allow_cors
def ask_question() -> Response:
    """An English question (q=), optionally with today= (YYYY-MM-DD) and context= (the IRI "it" means)."""
    question = request.args.get("q", "").strip()
    if not question:
        raise QueryError("ask a question with q=, e.g. /api/ask?q=who+is+...")
    reply = ask(current_kg(), question, today=_today(), context=request.args.get("context") or None)
    return jsonify(reply.to_dict())


@bp.route("/openapi.json", methods=["GET", "OPTIONS"])
@allow_cors
def openapi() -> Response:
    """OpenAPI 3 description generated from the canned queries."""
    return jsonify(openapi_document(list(current_kg().canned.values())))


@bp.route("/<name>", methods=["GET", "OPTIONS"])
@allow_cors
def question(name: str) -> Response:
    """Run one canned question with the query-string parameters."""
    params = {k: v for k, v in request.args.items() if k not in CONTROL_ARGS}
    reply = run_question(current_kg(), name, params, on=_today())
    return jsonify(reply.to_dict())


def _today() -> date | None:
    value = request.args.get("today")
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"today must be YYYY-MM-DD, not {value!r}") from None


def _summary(canned: CannedQuery) -> dict[str, Any]:
    return {"name": canned.name, "title": canned.title, "description": canned.description,
            "url": url_for("questions.question", name=canned.name, _external=True),
            "params": [{"name": p.name, "kind": p.kind, "required": p.required, "help": p.help} for p in canned.params]}


# --- OpenAPI --------------------------------------------------------------------------------------

_PARAM_SCHEMAS = {"entity": {"type": "string", "description": "our IRI, or a name, surname or alias"},
                  "date": {"type": "string", "pattern": r"^\d{4}(-\d{2}(-\d{2})?)?$"},
                  "text": {"type": "string"}}


def openapi_document(canned: list[CannedQuery]) -> dict[str, Any]:
    """The API as OpenAPI 3.0: one GET path per canned query plus /api/ask."""
    paths: dict[str, Any] = {"/api/ask": {"get": {
        "operationId": "ask", "summary": "Answer an English question",
        "parameters": [_param("q", True, "The question", {"type": "string"}),
                       _param("today", False, "The day relative dates count from", {"type": "string", "format": "date"}),
                       _param("context", False, "The IRI that 'it' refers to", {"type": "string"})],
        "responses": _responses()}}}
    for c in canned:
        paths[f"/api/{c.name}"] = {"get": {
            "operationId": c.name, "summary": c.title, "description": c.description,
            "parameters": [_param(p.name, p.required, p.help, _PARAM_SCHEMAS.get(p.kind, {"type": "string"})) for p in c.params],
            "responses": _responses()}}
    return {"openapi": "3.0.3",
            "info": {"title": "DiploKG question API", "version": __version__,
                     "description": "Questions over a knowledge graph of diplomacy in the news; every answer carries "
                                    "the sentences that state it."},
            "paths": paths,
            "components": {"schemas": _schemas()}}


def _param(name: str, required: bool, help_text: str, schema: dict) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": required, "description": help_text, "schema": schema}


def _responses() -> dict[str, Any]:
    error = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
    return {"200": {"description": "The answers, each with its evidence",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Reply"}}}},
            "400": {"description": "A missing or malformed parameter", **error},
            "404": {"description": "No such entity or question", **error},
            "503": {"description": "The query ran past its time limit", **error}}


def _schemas() -> dict[str, Any]:
    evidence = {"type": "object", "properties": {
        "sentence": {"type": "string"}, "article": {"type": "string"}, "articleTitle": {"type": "string", "nullable": True},
        "offsets": {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}, "iri": {"type": "string"}}}
    answer = {"type": "object", "properties": {
        "label": {"type": "string"}, "iri": {"type": "string"},
        "facts": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
        "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/Evidence"}}}}
    reply = {"type": "object", "properties": {
        "question": {"type": "string"}, "interpretation": {"type": "string"}, "sparql": {"type": "string"},
        "query": {"type": "string", "nullable": True}, "params": {"type": "object"}, "understood": {"type": "boolean"},
        "answers": {"type": "array", "items": {"$ref": "#/components/schemas/Answer"}}}}
    error = {"type": "object", "properties": {"error": {"type": "string"}, "status": {"type": "integer"}}}
    return {"Evidence": evidence, "Answer": answer, "Reply": reply, "Error": error}
