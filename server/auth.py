"""Writes need ``Authorization: Bearer <write_token>``; with no token configured the server is read-only."""
from __future__ import annotations

import hmac

from flask import request

from kg.errors import Forbidden
from server import current_kg
from server.errors import Unauthorized


def require_write() -> None:
    """Raise unless this request may write (403 read-only server, 401 missing or wrong token)."""
    token = current_kg().config.write_token
    if not token:
        raise Forbidden("this server is read-only: no write token is configured; start it with the write_token "
                        "setting (environment variable KG_WRITE_TOKEN) and send Authorization: Bearer <token>")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise Unauthorized("this write needs Authorization: Bearer <token> (the server's write_token setting)")
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise Unauthorized("the bearer token is wrong")
