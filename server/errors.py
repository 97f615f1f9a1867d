"""Every error becomes a response here, in one place: a status and a body a person can read.

A ``KGError`` carries its own ``http_status``.  The body is JSON under ``/api/``
(what a script calling the question API parses) and plain text elsewhere (what
a SPARQL client shows its user).  The few statuses only the web layer has
(401, 406, 415) are ``KGError`` subclasses defined here.
"""
from __future__ import annotations

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import HTTPException

from kg.errors import KGError


class Unauthorized(KGError):
    """A write with a missing or wrong bearer token."""

    http_status = 401


class NotAcceptable(KGError):
    """No format we can write matches the request's Accept header."""

    http_status = 406


class UnsupportedMediaType(KGError):
    """A request body whose Content-Type we cannot read."""

    http_status = 415


class MethodNotAllowed(KGError):
    """A method the resource does not support for this target (e.g. writing the union default graph)."""

    http_status = 405


def error_response(status: int, message: str) -> Response:
    """JSON for the question API, plain text for everything else."""
    if request.path.startswith("/api/"):
        response = jsonify({"error": message, "status": status})
    else:
        response = Response(message.rstrip("\n") + "\n", mimetype="text/plain")
    response.status_code = status
    if status == 401:
        response.headers["WWW-Authenticate"] = 'Bearer realm="diplokg"'
    return response


def init_app(app: Flask) -> None:
    @app.errorhandler(KGError)
    def kg_error(exc: KGError) -> Response:
        return error_response(exc.http_status, exc.message)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Response:
        response = error_response(exc.code or 500, f"{exc.name}: {exc.description}")
        if exc.code == 405 and exc.valid_methods:
            response.headers["Allow"] = ", ".join(exc.valid_methods)
        return response
