"""The DiploKG web server: ``create_app(kg)`` builds a Flask app over one ``DiploKG``.

No app exists at import time (Flask's application factory), so tests build as
many differently configured apps as they like.  Each area is a blueprint in its
own module; they reach the shared ``DiploKG`` through ``current_kg()``.
"""
from __future__ import annotations

import logging
import time
from typing import Any

from flask import Flask, current_app, g, request

from kg.config import load_config
from kg.diplokg import DiploKG

EXTENSION = "diplokg"
log = logging.getLogger("diplokg.server")


def create_app(kg: DiploKG | None = None, test_config: dict[str, Any] | None = None) -> Flask:
    """Build the app; without ``kg`` a ``DiploKG`` is made from the settings (``KG_*`` environment)."""
    app = Flask(__name__)
    app.config.update(JSON_SORT_KEYS=False)
    if test_config:
        app.config.update(test_config)
    app.extensions[EXTENSION] = kg if kg is not None else DiploKG(load_config())
    app.json.sort_keys = False

    from server import errors, graph_store, pages, questions, sparql
    errors.init_app(app)
    for module in (sparql, graph_store, questions, pages):
        app.register_blueprint(module.bp)
    _log_requests(app)
    return app


def current_kg() -> DiploKG:
    """The ``DiploKG`` of the app handling this request."""
    return current_app.extensions[EXTENSION]


def _log_requests(app: Flask) -> None:
    """One line per request (method, path, status, milliseconds): waitress logs none of its own."""
    @app.before_request
    def start_clock() -> None:
        g.started = time.monotonic()

    @app.after_request
    def log_line(response):
        elapsed = (time.monotonic() - g.get("started", time.monotonic())) * 1000
        log.info("%s %s %s %.0fms", request.method, request.full_path.rstrip("?"), response.status_code, elapsed)
        return response
