"""rdflib's in-memory Dataset as a backend: no extra engine, nothing on disk.

The peer the Oxigraph backend is measured against (bench/), and handy for
tests of a single article.  Writes are prepared in full before the dataset is
touched, so a failure leaves it as it was.
"""
from __future__ import annotations


from rdflib import Dataset, Graph, URIRef
from pyparsing import ParseException

from kg.errors import QueryError
from kg.store import RawResult, Store


class RdflibMemoryStore(Store):
    name = "memory"

    def __init__(self, path: str | None = None, create: bool = True):
        super().__init__(path)
        self._dataset = Dataset(default_union=True)

    def replace_graphs(self, graphs) -> None:
        prepared = {g: list(quads) for g, quads in graphs.items()}
        for graph_iri, quads in prepared.items():
            self._dataset.remove_graph(self._dataset.graph(graph_iri))
            graph = self._dataset.graph(graph_iri)
            for s, p, o, _ in quads:
                graph.add((s, p, o))

    def query(self, sparql, bindings=None, default_graphs=None, named_graphs=None) -> RawResult:
        target = self._dataset
        if default_graphs:
            target = Graph()
            for g in default_graphs:
                target += self._dataset.graph(g)
        try:
            result = target.query(sparql, initBindings=dict(bindings or {}), initNs=dict(self.prefixes))
        except ParseException as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except Exception as exc:  # rdflib raises many kinds while evaluating
            raise QueryError(f"the query failed: {exc}") from None
        if result.type == "ASK":
            return RawResult("ask", boolean=bool(result.askAnswer))
        if result.type == "SELECT":
            names = [str(v) for v in result.vars]
            return RawResult("select", variables=names, rows=(tuple(row) for row in result))
        return RawResult("graph", triples=iter(result.graph))

    def update(self, sparql: str) -> None:
        try:
            self._dataset.update(sparql)
        except ParseException as exc:
            raise QueryError(f"SPARQL Update syntax error: {exc}") from None

    def graphs(self):
        return sorted(g.identifier for g in self._dataset.graphs() if isinstance(g.identifier, URIRef)
                      and str(g.identifier) != "urn:x-rdflib:default" and len(g))

    def quads(self, graph=None):
        for s, p, o, g in self._dataset.quads((None, None, None, self._dataset.graph(graph) if graph is not None else None)):
            name = g.identifier if hasattr(g, "identifier") else g
            if str(name) != "urn:x-rdflib:default":
                yield s, p, o, name

    def __len__(self) -> int:
        return len(self._dataset)
