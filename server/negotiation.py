"""Content negotiation: which format to write, from ``format=`` or the Accept header.

The media types are those of the SPARQL 1.1 result formats and the RDF 1.1
serialisations.  ``format=`` wins over Accept (handy in a browser's address
bar); an Accept header that matches nothing we write is a 406, while a missing
Accept or ``*/*`` gets the first (default) format.
"""
from __future__ import annotations

from flask import request

from server.errors import NotAcceptable

# format name -> (media type written, other media types accepted for it)
RESULT_TYPES: dict[str, tuple[str, ...]] = {
    "json": ("application/sparql-results+json", "application/json"),
    "xml": ("application/sparql-results+xml", "application/xml", "text/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
}
GRAPH_TYPES: dict[str, tuple[str, ...]] = {
    "turtle": ("text/turtle", "application/x-turtle"),
    "nt": ("application/n-triples", "text/plain"),
    "jsonld": ("application/ld+json", "application/json"),
    "rdfxml": ("application/rdf+xml", "application/xml", "text/xml"),
    "trig": ("application/trig",),
    "nquads": ("application/n-quads",),
}
FORMAT_ALIASES = {"ttl": "turtle", "n3": "turtle", "ntriples": "nt", "json-ld": "jsonld", "xml": "rdfxml",
                  "rdf+xml": "rdfxml", "rdf": "rdfxml", "nq": "nquads"}
#: Media types a request body may have, for the Graph Store protocol, as rdflib parser names.
RDF_PARSERS = {"text/turtle": "turtle", "application/x-turtle": "turtle", "application/n-triples": "nt",
               "text/plain": "nt", "application/ld+json": "json-ld", "application/rdf+xml": "xml",
}


def choose(table: dict[str, tuple[str, ...]], what: str) -> tuple[str, str]:
    """(format name, media type) for this request from ``table``, or ``NotAcceptable``."""
    asked = request.values.get("format")
    if asked:
        name = asked.lower()
        if table is GRAPH_TYPES:
            name = FORMAT_ALIASES.get(name, name)
        if name not in table:
            raise NotAcceptable(f"{what} cannot be written as format={asked!r}; choose one of: {', '.join(table)}")
        return name, table[name][0]
    accept = request.accept_mimetypes
    if not request.headers.get("Accept") or not accept:
        name = next(iter(table))
        return name, table[name][0]
    offered = [(name, mt) for name, types in table.items() for mt in types]
    best = accept.best_match([mt for _, mt in offered])
    if best is None:
        wanted = request.headers.get("Accept")
        types = ", ".join(types[0] for types in table.values())
        raise NotAcceptable(f"{what} cannot be written as {wanted}; acceptable types: {types} (or use format=)")
    name = next(name for name, mt in offered if mt == best)
    return name, table[name][0]


def prefers_html() -> bool:
    """True when a browser asks (text/html ranked above the RDF and result types)."""
    best = request.accept_mimetypes.best_match(["text/html", "text/turtle", "application/sparql-results+json"])
    return best == "text/html" and "format" not in request.values
