"""The one object the CLI and the server share: configuration, store, canned queries, and a method per verb."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Graph, URIRef
from rdflib.compare import to_canonical_graph
from rdflib.term import Identifier

from kg.article import find_articles, read_article
from kg.config import PROJECT_ROOT, Config, load_config
from kg.errors import KGError, NotFound
from kg.export import serialize_quads
from kg.query import QueryResult, load_canned_queries, run_query
from kg.rdf import ONTOLOGY_GRAPH, REFERENCE_GRAPH, ArticleGraph, graph_quads, reference_graph
from kg.reference import load_reference
from kg.store import Store, get_store

ONTOLOGY_DIR = PROJECT_ROOT / "ontology"
SKOLEM_AUTHORITY, SKOLEM_PATH = "https://w3id.org", "/diplokg/.well-known/genid/"
ONTOLOGY_FILES = ("diplokg.ttl", "sectors.ttl")


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)   # article path -> triples written


class DiploKG:
    def __init__(self, config: Config | None = None, store: Store | None = None):
        self.config = config or load_config()
        self._store = store

    # -- parts, built on first use -------------------------------------------------------------
    @property
    def store(self) -> Store:
        """The store, opened on first use; reading never creates one (only ``load`` does)."""
        return self._open(create=False)

    def _open(self, create: bool) -> Store:
        if self._store is None:
            path = self.config.store_path if self.config.store == "oxigraph" else None
            self._store = get_store(self.config.store, path, create=create)
        return self._store

    @cached_property
    def reference(self):
        return load_reference(self.config.reference)

    @cached_property
    def extractor(self):
        from kg.extract import Extractor  # spaCy loads only when something is extracted
        return Extractor(self.reference, ONTOLOGY_DIR / "sectors.ttl")

    @cached_property
    def canned(self):
        return load_canned_queries()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    # -- verbs ---------------------------------------------------------------------------------
    def extract(self, path: str | Path):
        return self.extractor.extract(read_article(path))

    def load(self, paths: Iterable[str | Path], progress: Callable[[Iterable], Iterable] = iter) -> LoadReport:
        """Load each article in its own transaction; a bad file is reported and leaves the store untouched."""
        report = LoadReport()
        self._open(create=True)
        self.load_reference()
        for path in progress(find_articles(list(paths))):
            try:
                article = read_article(path)
                builder = ArticleGraph(self.extractor.extract(article))
                quads = builder.quads()
                self.store.replace_graphs({builder.graph_iri: quads})
            except KGError as exc:
                report.failed.append((str(path), exc.message))
                continue
            except Exception as exc:  # a bug must cost one article, not the whole load
                report.failed.append((str(path), f"{path}: internal error while extracting ({type(exc).__name__}: {exc}); nothing of it was stored"))
                continue
            report.loaded.append(str(path))
            report.counts[str(path)] = len(quads)
        return report

    def load_reference(self) -> None:
        """(Re)write the ontology and reference graphs, in one transaction."""
        parsed = Graph()
        for name in ONTOLOGY_FILES:
            parsed.parse(ONTOLOGY_DIR / name)
        # Blank nodes (OWL lists and restrictions) become stable IRIs: a store mints new blank nodes on every
        # insert, and re-loading must change nothing.  kg.validate turns them back for the reasoner.
        ontology = to_canonical_graph(parsed).skolemize(authority=SKOLEM_AUTHORITY, basepath=SKOLEM_PATH)
        self.store.replace_graphs({ONTOLOGY_GRAPH: graph_quads(ontology, ONTOLOGY_GRAPH),
                                   REFERENCE_GRAPH: graph_quads(reference_graph(self.reference), REFERENCE_GRAPH)})

    def query(self, sparql: str, bindings: dict[str, Identifier] | None = None, time_limit_ms: int | None = None,
              default_graphs: list[URIRef] | None = None, named_graphs: list[URIRef] | None = None) -> QueryResult:
        """Run SPARQL under the configured limits; ``time_limit_ms`` may lower the limit, never raise it."""
        limit = self.config.query_time_limit_ms
        if time_limit_ms is not None:
            limit = min(limit, max(1, time_limit_ms))
        return run_query(self.store, sparql, time_limit_ms=limit, max_results=self.config.max_results,
                         allow_service=self.config.allow_service, bindings=bindings,
                         default_graphs=default_graphs, named_graphs=named_graphs)

    def export(self, fmt: str = "turtle", graph: str | None = None) -> bytes:
        """The whole store, one graph (an IRI, ``ontology`` or ``reference``), in a stable order."""
        target = {"ontology": ONTOLOGY_GRAPH, "reference": REFERENCE_GRAPH}.get(graph or "", URIRef(graph) if graph else None)
        if target is not None and target not in self.store.graphs():
            raise NotFound(f"no graph {target} in the store (kg graphs lists them)")
        return serialize_quads(self.store.quads(target), fmt)

    def graphs(self) -> list[URIRef]:
        return self.store.graphs()
