"""Step 7, export: graphs and query results in the standard formats.

Graph exports read the store's quads directly (no query limits apply) and are
written in a stable order, so two exports of the same data diff clean: Turtle
and TriG through rdflib's serializers (which sort subjects and predicates),
N-Triples and N-Quads sorted line by line.  Query results use the SPARQL 1.1
result formats (JSON, XML, CSV, TSV) and, for the terminal, a plain table.
"""
from __future__ import annotations

import csv
import io
import json
from typing import Iterable

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.plugins.sparql.results.jsonresults import termToJSON
from xml.sax.saxutils import escape, quoteattr

from kg.errors import KGError
from kg.query import QueryResult
from kg.rdf import PREFIXES

GRAPH_FORMATS = {"turtle": "turtle", "ttl": "turtle", "nt": "nt", "ntriples": "nt", "jsonld": "json-ld", "json-ld": "json-ld",
                 "xml": "xml", "rdfxml": "xml", "trig": "trig", "nquads": "nquads", "nq": "nquads"}
QUAD_FORMATS = {"trig", "nquads"}
RESULT_FORMATS = ("table", "json", "xml", "csv", "tsv")


def _bind(graph: Graph | Dataset, more: Iterable[tuple[str, str]] = ()) -> None:
    """The project's prefixes, after any others (a graph's own sd:, void:), so ours win a clash (schema:)."""
    for prefix, ns in [*more, *PREFIXES.items()]:
        graph.bind(prefix, ns, override=True)


def serialize_quads(quads: Iterable, fmt: str, prefixes: Iterable[tuple[str, str]] = ()) -> bytes:
    """Quads (s, p, o, graph) in one of GRAPH_FORMATS; triple formats merge the graphs.  ``prefixes`` are bound
    besides the project's own (the service description's sd:, void:)."""
    name = GRAPH_FORMATS.get(fmt)
    if name is None:
        raise KGError(f"unknown export format {fmt!r}; choose one of: {', '.join(sorted(set(GRAPH_FORMATS)))}")
    prefixes = list(prefixes)
    if name in QUAD_FORMATS:
        dataset = Dataset()
        _bind(dataset, prefixes)
        for s, p, o, g in quads:
            dataset.graph(g).add((s, p, o))
        data = dataset.serialize(format=name, encoding="utf-8")
        return _sorted_lines(data) if name == "nquads" else data
    graph = Graph()
    _bind(graph, prefixes)
    for s, p, o, _ in quads:
        graph.add((s, p, o))
    return serialize_graph(graph, fmt)


def serialize_graph(graph: Graph, fmt: str) -> bytes:
    name = GRAPH_FORMATS.get(fmt, fmt)
    _bind(graph)
    data = graph.serialize(format=name, encoding="utf-8")
    return _sorted_lines(data) if name == "nt" else data


def _sorted_lines(data: bytes) -> bytes:
    lines = sorted(line for line in data.decode("utf-8").splitlines() if line.strip())
    return ("\n".join(lines) + "\n").encode("utf-8")


# --- SPARQL results -------------------------------------------------------------------------------

def result_json(result: QueryResult) -> bytes:
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}).encode()
    bindings = [{v: termToJSON(None, t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
    return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}}, ensure_ascii=False).encode("utf-8")


def _xml_term(term) -> str:
    if isinstance(term, URIRef):
        return f"<uri>{escape(str(term))}</uri>"
    if isinstance(term, BNode):
        return f"<bnode>{escape(str(term))}</bnode>"
    attrs = f" xml:lang={quoteattr(term.language)}" if term.language else f" datatype={quoteattr(str(term.datatype))}" if term.datatype else ""
    return f"<literal{attrs}>{escape(str(term))}</literal>"


def result_xml(result: QueryResult) -> bytes:
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
    out += [f"<variable name={quoteattr(v)}/>" for v in result.variables]
    out.append("</head>")
    if result.kind == "ask":
        out.append(f"<boolean>{'true' if result.boolean else 'false'}</boolean>")
    else:
        out.append("<results>")
        for row in result.rows:
            cells = "".join(f"<binding name={quoteattr(v)}>{_xml_term(t)}</binding>" for v, t in zip(result.variables, row) if t is not None)
            out.append(f"<result>{cells}</result>")
        out.append("</results>")
    out.append("</sparql>")
    return "\n".join(out).encode("utf-8")


def result_csv(result: QueryResult) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    if result.kind == "ask":
        writer.writerow(["_askResult"])
        writer.writerow(["true" if result.boolean else "false"])
    else:
        writer.writerow(result.variables)
        for row in result.rows:
            writer.writerow(["" if t is None else str(t) for t in row])
    return buffer.getvalue().encode("utf-8")


def result_tsv(result: QueryResult) -> bytes:
    if result.kind == "ask":
        return f"?_askResult\n{'true' if result.boolean else 'false'}\n".encode()
    lines = ["\t".join(f"?{v}" for v in result.variables)]
    for row in result.rows:
        lines.append("\t".join("" if t is None else t.n3() for t in row))
    return ("\n".join(lines) + "\n").encode("utf-8")


def short(term, prefixes: dict[str, str] = PREFIXES) -> str:
    """A term for people: prefixed names for IRIs, plain text for literals."""
    if term is None:
        return ""
    if isinstance(term, Literal):
        return str(term)
    text = str(term)
    for prefix, ns in sorted(prefixes.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(ns):
            return f"{prefix}:{text[len(ns):]}"
    return f"<{text}>"


def result_table(result: QueryResult) -> bytes:
    if result.kind == "ask":
        return (("yes" if result.boolean else "no") + "\n").encode()
    if result.kind == "graph":
        return serialize_graph(_graph_of(result), "turtle")
    rows = [[short(t) for t in row] for row in result.rows]
    widths = [max([len(v)] + [len(r[i]) for r in rows]) for i, v in enumerate(result.variables)]
    line = lambda cells: " | ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()
    out = [line(result.variables), "-+-".join("-" * w for w in widths)] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return ("\n".join(out) + "\n").encode("utf-8")


def _graph_of(result: QueryResult) -> Graph:
    graph = Graph()
    for triple in result.triples:
        graph.add(triple)
    return graph


def format_result(result: QueryResult, fmt: str) -> bytes:
    """SELECT/ASK in table, json, xml, csv or tsv; CONSTRUCT/DESCRIBE in any graph format."""
    if result.kind == "graph":
        if fmt in ("table", "json"):
            fmt = "turtle" if fmt == "table" else "json-ld"
        if fmt not in GRAPH_FORMATS:
            raise KGError(f"a CONSTRUCT or DESCRIBE result cannot be written as {fmt!r}; use turtle, nt, jsonld or xml")
        return serialize_graph(_graph_of(result), fmt)
    writers = {"table": result_table, "json": result_json, "xml": result_xml, "csv": result_csv, "tsv": result_tsv}
    if fmt not in writers:
        raise KGError(f"a SELECT or ASK result cannot be written as {fmt!r}; use one of: {', '.join(writers)}")
    return writers[fmt](result)
