"""Step 6, query: run SPARQL with the limits every query has, and the canned questions.

Limits are enforced here and nowhere else.  A query runs in a worker thread and
its rows are pulled with a deadline check on each one, so a slow query is cut
off when it starts to produce rows; a backend call that blocks before its first
row (a big ORDER BY) is abandoned to its worker and the caller gets
``QueryTimeout`` on time.  ``SERVICE`` (outbound requests) is refused unless the
``allow_service`` setting is on.
"""
from __future__ import annotations

import re
import time
import threading
from dataclasses import dataclass, field
from importlib import resources
from typing import Mapping

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from kg.dates import Span
from kg.errors import Forbidden, NotFound, QueryError, QueryTimeout, TooManyResults
from kg.store import RawResult, Store

# Strings, IRIs and comments are blanked before looking for keywords, so that "SERVICE" inside them does not count.
_NOT_CODE = re.compile(r'\\.|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_SERVICE = re.compile(r"\bSERVICE\b", re.I)


@dataclass
class QueryResult:
    """A finished query: rows of rdflib terms (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE)."""

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Identifier | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Identifier, Identifier, Identifier]] = field(default_factory=list)
    elapsed_ms: float = 0.0

    def records(self) -> list[dict[str, Identifier]]:
        """Rows as dicts, unbound variables left out."""
        return [{v: t for v, t in zip(self.variables, row) if t is not None} for row in self.rows]


def uses_service(sparql: str) -> bool:
    """True when the query or update calls SERVICE (escaped characters such as ``ex:a\\#`` hide no keyword)."""
    return bool(_SERVICE.search(_NOT_CODE.sub(" ", sparql)))


def check_service(sparql: str, allow: bool) -> None:
    """Refuse SERVICE (an outbound request) unless the ``allow_service`` setting is on."""
    if not allow and uses_service(sparql):
        raise Forbidden("SPARQL SERVICE is disabled on this server (setting allow_service, KG_ALLOW_SERVICE)")


def run_query(store: Store, sparql: str, *, time_limit_ms: int, max_results: int, allow_service: bool = False,
              bindings: Mapping[str, Identifier] | None = None, default_graphs: list[URIRef] | None = None,
              named_graphs: list[URIRef] | None = None) -> QueryResult:
    """Run ``sparql`` on ``store`` within ``time_limit_ms`` and ``max_results``, or raise saying which limit."""
    if not sparql or not sparql.strip():
        raise QueryError("the query is empty")
    check_service(sparql, allow_service)
    started = time.monotonic()
    deadline = started + time_limit_ms / 1000

    def work() -> QueryResult:
        raw = store.query(sparql, bindings=bindings, default_graphs=default_graphs, named_graphs=named_graphs)
        return _collect(raw, deadline, max_results, time_limit_ms)

    result = _in_worker(work, max(0.0, deadline - time.monotonic()) + 0.05)
    if result is None:
        raise QueryTimeout(_timeout_message(time_limit_ms))
    result.elapsed_ms = (time.monotonic() - started) * 1000
    return result


#: Queries still running, abandoned ones included.  A query the engine cannot interrupt keeps its thread busy
#: until it ends; past this many at once, new queries are refused rather than let the machine be exhausted.
MAX_RUNNING = 8
_RUNNING = threading.BoundedSemaphore(MAX_RUNNING)


def _in_worker(work, timeout: float) -> QueryResult | None:
    """Run ``work`` in a daemon thread and wait ``timeout`` seconds; None if it is not done by then.

    An abandoned worker runs on until its backend call returns, but as a daemon thread it never keeps the
    process (a CLI run, a stopping server) from exiting.
    """
    box: dict[str, object] = {}
    if not _RUNNING.acquire(blocking=False):
        raise QueryTimeout(f"{MAX_RUNNING} queries are still running past their time limit; try again later")

    def target() -> None:
        try:
            box["result"] = work()
        except BaseException as exc:  # handed to the caller's thread below, without this thread's frames
            box["error"] = exc.with_traceback(None)
        finally:
            _RUNNING.release()

    thread = threading.Thread(target=target, name="kg-query", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        return None
    if "error" in box:
        raise box["error"]
    return box["result"]


def _timeout_message(limit_ms: int) -> str:
    return f"the query ran past its time limit of {limit_ms} ms (setting query_time_limit_ms, KG_QUERY_TIME_LIMIT_MS)"


def _collect(raw: RawResult, deadline: float, max_results: int, limit_ms: int) -> QueryResult:
    if raw.kind == "ask":
        return QueryResult("ask", boolean=raw.boolean)
    source = raw.rows if raw.kind == "select" else raw.triples
    items = []
    try:
        for item in source:
            if time.monotonic() > deadline:
                raise QueryTimeout(_timeout_message(limit_ms))
            if len(items) >= max_results:
                raise TooManyResults(f"the query gives more than {max_results} results (setting max_results, "
                                     "KG_MAX_RESULTS); add a LIMIT or narrow it")
            items.append(item)
    finally:
        # The engine's result iterator may only be released on the thread that made it (pyoxigraph's are
        # "unsendable"): close it here rather than let an exception carry it to the caller's thread.
        close = getattr(source, "close", None)
        if close is not None:
            close()
    if raw.kind == "select":
        return QueryResult("select", variables=raw.variables, rows=items)
    return QueryResult("graph", triples=items)


# --- canned queries ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Param:
    name: str
    kind: str          # "entity" (an IRI of ours, or a name to look up), "date" (YYYY, YYYY-MM or YYYY-MM-DD), "text"
    required: bool
    help: str


@dataclass(frozen=True)
class CannedQuery:
    """A named, parameterised question: one ``kg/queries/<name>.rq`` file with its metadata comments."""

    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    sparql: str

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise NotFound(f"the question {self.name!r} has no parameter {name!r}")


_META = re.compile(r"^#\s*(title|description|param)\s*:\s*(.+?)\s*$", re.M)


def parse_canned(name: str, text: str) -> CannedQuery:
    """Read ``# title:``, ``# description:`` and ``# param: name kind required|optional help`` lines."""
    title = description = ""
    params = []
    for key, value in _META.findall(text):
        if key == "title":
            title = value
        elif key == "description":
            description = (description + " " + value).strip()
        else:
            pname, kind, need, *help_words = value.split()
            params.append(Param(pname, kind, need == "required", " ".join(help_words)))
    return CannedQuery(name, title or name, description, tuple(params), text)


def load_canned_queries() -> dict[str, CannedQuery]:
    """Every canned query shipped in ``kg/queries``, by name."""
    folder = resources.files("kg") / "queries"
    found = {}
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            found[name] = parse_canned(name, entry.read_text(encoding="utf-8"))
    return found


def date_bounds(value: str) -> tuple[Literal, Literal]:
    """'2025', '2025-01' or '2025-01-17' -> first and last day as xsd:date literals (for range parameters)."""
    try:
        span = Span.parse(value)
    except ValueError:
        raise QueryError(f"not a date: {value!r} (use YYYY, YYYY-MM or YYYY-MM-DD)") from None
    return Literal(span.earliest), Literal(span.latest)
