"""The default backend: Oxigraph (RocksDB on disk) through pyoxigraph.

Chosen for speed: it loads and queries an order of magnitude faster than
rdflib's pure-Python engine (see bench/ and the README), stores on disk with
transactions, and its SPARQL engine is complete.
"""
from __future__ import annotations

from typing import Iterable, Mapping

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Identifier

from kg.errors import QueryError, StoreError
from kg.store import Quad, RawResult, Store


def to_ox(term: Identifier):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_ox(term) -> Identifier | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        plain = datatype == "http://www.w3.org/2001/XMLSchema#string"
        return Literal(term.value, datatype=None if plain else URIRef(datatype))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise TypeError(f"unsupported term from Oxigraph: {term!r}")


class OxigraphStore(Store):
    name = "oxigraph"
    persistent = True

    def __init__(self, path: str | None = None):
        super().__init__(path)
        try:
            self._store = ox.Store(path) if path else ox.Store()
        except OSError as exc:
            raise StoreError(f"cannot open the Oxigraph store at {path}: {exc}") from None

    def replace_graphs(self, graphs: Mapping[URIRef, Iterable[Quad]]) -> None:
        quads = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), ox.NamedNode(str(g)))
                 for graph in graphs.values() for s, p, o, g in graph]
        dataset = ox.Dataset(quads)
        body = ox.serialize(dataset, format=ox.RdfFormat.N_QUADS).decode("utf-8") if quads else ""
        # One SPARQL update is one transaction: the graphs are dropped and refilled together or not at all.
        drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in graphs)
        inserts = "\n".join(self._as_insert_line(line) for line in body.splitlines() if line.strip())
        self._store.update(drops + f"INSERT DATA {{\n{inserts}\n}}")

    @staticmethod
    def _as_insert_line(nquad: str) -> str:
        """``<s> <p> <o> <g> .`` -> ``GRAPH <g> { <s> <p> <o> . }`` (the graph is the last term)."""
        body = nquad.rstrip().rstrip(".").rstrip()
        head, graph = body.rsplit(" ", 1)
        return f"GRAPH {graph} {{ {head} . }}"

    def query(self, sparql, bindings=None, default_graphs=None, named_graphs=None) -> RawResult:
        options = {"prefixes": dict(self.prefixes)}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(str(g)) for g in default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(str(g)) for g in named_graphs]
        if bindings:
            options["substitutions"] = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
        try:
            result = self._store.query(sparql, **options)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(f"the query failed: {exc}") from None
        if isinstance(result, ox.QueryBoolean):
            return RawResult("ask", boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            rows = (tuple(from_ox(solution[i]) for i in range(len(names))) for solution in result)
            return RawResult("select", variables=names, rows=rows)
        return RawResult("graph", triples=((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in result))

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL Update syntax error: {exc}") from None
        except (OSError, ValueError, RuntimeError) as exc:
            raise QueryError(f"the update failed: {exc}") from None

    def graphs(self):
        return sorted(URIRef(g.value) for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph=None):
        target = ox.NamedNode(str(graph)) if graph is not None else None
        for q in self._store.quads_for_pattern(None, None, None, target):
            yield from_ox(q.subject), from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name)

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        self._store.flush()
        del self._store
