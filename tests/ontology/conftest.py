"""Fixtures for the ontology tests; the helpers live in ontology_testlib.py
(a uniquely named module, so it cannot clash with other test folders)."""

from ontology_testlib import onto_graph, sectors_graph, shapes_graph  # noqa: F401  (pytest fixtures)
