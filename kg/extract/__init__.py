"""Step 3, extract: articles -> records of entities, events, agreements and quotes (no RDF here).

The pipeline is in ``kg.extract.pipeline``; this package imports it (and spaCy) only when an
``Extractor`` is asked for, so that querying, exporting and serving never load the NLP model.
"""
from __future__ import annotations


def __getattr__(name: str):
    if name in ("Extractor", "load_nlp"):
        from kg.extract import pipeline
        return getattr(pipeline, name)
    raise AttributeError(name)
