"""DiploKG's errors: one hierarchy, each with a message a user can act on.

The CLI turns any ``KGError`` into one line on stderr and a non-zero exit; the
server turns it into an HTTP status with a readable body (``http_status``).
"""
from __future__ import annotations


class KGError(Exception):
    """Base of every error DiploKG reports to a user."""

    http_status = 500

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class ConfigError(KGError):
    """A setting has a value DiploKG cannot use."""


class BadArticle(KGError):
    """An article file that cannot be read as an article (empty, binary, no header...)."""

    http_status = 400

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnknownStore(KGError):
    """The ``store`` setting names no registered backend."""


class StoreError(KGError):
    """The store could not be opened or written."""


class QueryError(KGError):
    """A query that cannot be parsed or run (the parser's message included)."""

    http_status = 400


class QueryTimeout(KGError):
    """A query ran past its time limit."""

    http_status = 503


class TooManyResults(KGError):
    """A query returned more rows than the ``max_results`` setting allows."""

    http_status = 413


class Forbidden(KGError):
    """A write without the write token, or a SERVICE call while it is disabled."""

    http_status = 403


class NotFound(KGError):
    """A graph, entity or canned query that does not exist."""

    http_status = 404
