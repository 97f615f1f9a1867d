"""Cross-origin reads: any web page may query this endpoint (Access-Control-Allow-Origin: *).

Only reads get the header; writes (Update, Graph Store PUT/POST/DELETE) need a
bearer token and are not opened to other origins.
"""
from __future__ import annotations

import functools

from flask import Response, make_response, request

HEADERS = {"Access-Control-Allow-Origin": "*",
           "Access-Control-Allow-Methods": "GET, HEAD, POST, OPTIONS",
           "Access-Control-Allow-Headers": "Accept, Content-Type",
           "Access-Control-Max-Age": "86400"}


def add_cors(response: Response) -> Response:
    response.headers.update(HEADERS)
    return response


def allow_cors(view):
    """Mark a read-only view as open to every origin, preflight included."""
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        if request.method == "OPTIONS":
            return add_cors(make_response("", 204))
        return add_cors(make_response(view(*args, **kwargs)))
    return wrapper
