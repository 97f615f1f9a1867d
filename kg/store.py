"""Step 5, store: the ``Store`` contract and the registry of backends.

Shaped like rdflib's store plugins: a backend is a class registered by name
with its module path, imported only when chosen, so an optional dependency is
only needed by those who pick it.  Every backend speaks rdflib terms at its
edges, so the rest of DiploKG never sees which engine is underneath.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping

from rdflib.term import Identifier, URIRef

from kg.errors import UnknownStore

Quad = tuple[Identifier, Identifier, Identifier, URIRef]


@dataclass
class RawResult:
    """What a backend's query gives back, before limits and formatting (``kg.query`` applies those).

    ``kind`` is "select", "ask" or "graph".  ``rows`` is a lazy iterator, so that
    the caller can stop pulling when the time or row limit is reached.
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: Iterator[tuple[Identifier | None, ...]] | None = None
    boolean: bool | None = None
    triples: Iterator[tuple[Identifier, Identifier, Identifier]] | None = None


class Store:
    """The contract every backend fills in.

    Capabilities are class attributes.  ``replace_graphs`` is the only bulk write
    and it is all or nothing: the graphs given are emptied and refilled in one
    transaction, which is what makes re-loading an article change nothing.
    """

    name = "abstract"
    #: Prefixes every query may use without declaring them (as Wikidata's query service does).
    prefixes: Mapping[str, str] = {}

    def __init__(self, path: str | None = None):
        self.path = path

    def replace_graphs(self, graphs: Mapping[URIRef, Iterable[Quad]]) -> None:
        raise NotImplementedError

    def query(self, sparql: str, bindings: Mapping[str, Identifier] | None = None,
              default_graphs: list[URIRef] | None = None, named_graphs: list[URIRef] | None = None) -> RawResult:
        """Run a SPARQL query.  Without ``default_graphs`` the default graph is the union of all graphs.

        ``bindings`` substitute variables before evaluation (SEP-0007, as Oxigraph does it): a bound
        variable must appear in the SELECT projection.
        """
        raise NotImplementedError

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update in one transaction."""
        raise NotImplementedError

    def graphs(self) -> list[URIRef]:
        raise NotImplementedError

    def quads(self, graph: URIRef | None = None) -> Iterator[Quad]:
        """Every quad, or those of one named graph (exports read this, not SPARQL, so no row limit applies)."""
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    def close(self) -> None:
        """Release files and locks; the store is unusable afterwards."""


_REGISTRY: dict[str, tuple[str, str]] = {}


def register(name: str, module_path: str, class_name: str) -> None:
    """Make a backend available under ``name`` without importing it yet."""
    _REGISTRY[name] = (module_path, class_name)


def registered() -> list[str]:
    return sorted(_REGISTRY)


def get_store(name: str, path: str | None = None, create: bool = True) -> Store:
    """Build the backend registered as ``name`` (``UnknownStore`` if there is none); with ``create`` false, a
    store that does not exist yet is an error rather than a new empty one (a mistyped path on a read)."""
    try:
        module_path, class_name = _REGISTRY[name]
    except KeyError:
        raise UnknownStore(f"no store backend named {name!r}; choose one of: {', '.join(registered())}") from None
    cls = getattr(importlib.import_module(module_path), class_name)
    store = cls(path, create=create)
    store.prefixes = _default_prefixes()
    return store


def _default_prefixes() -> dict[str, str]:
    from kg.rdf import PREFIXES
    return {**PREFIXES, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "owl": "http://www.w3.org/2002/07/owl#"}


register("oxigraph", "kg.stores.oxigraph_store", "OxigraphStore")
register("memory", "kg.stores.rdflib_store", "RdflibMemoryStore")
