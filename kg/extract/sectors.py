"""Sector words -> concepts of the SKOS scheme in ontology/sectors.ttl (its prefLabels and altLabels).

The scheme is the one source of the vocabulary: adding an altLabel there is
how a new surface word ("military-technical") is taught to the extractor.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SKOS


@lru_cache(maxsize=4)
def sector_labels(path: str, props: tuple = (SKOS.altLabel, SKOS.prefLabel)) -> dict[str, str]:
    """Lower-case label -> concept id (the last segment of the concept IRI)."""
    graph = Graph().parse(path)
    labels = {}
    for prop in props:
        for concept, label in graph.subject_objects(prop):
            labels[str(label).lower()] = str(concept).rstrip("/").rsplit("/", 1)[-1]
    return labels


class SectorMatcher:
    """Finds sector words in text (pref and alt labels) and names a sector given as a name (also by its hidden
    labels, too ambiguous to search for in running text: "border" in "cross-border trade")."""

    def __init__(self, path: Path):
        self.labels = sector_labels(str(path))
        self.hidden = sector_labels(str(path), (SKOS.hiddenLabel,))
        self.concepts = set(self.labels.values())
        words = sorted(self.labels, key=len, reverse=True)
        # (not a word negated by "non-": "non-oil trade" is trade, not oil)
        self.pattern = re.compile(r"(?<!\bnon-)\b(" + "|".join(map(re.escape, words)) + r")\b", re.I)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, concept id) of each sector word in ``text``."""
        return [(m.start(), m.end(), self.labels[m.group().lower()]) for m in self.pattern.finditer(text)]

    def normalise(self, word: str) -> str:
        """A gold or predicted sector name -> concept id: its label, else the concept of the phrase's last sector
        word, its head ("maritime security" -> security, "defence technology" -> technology); unknown words are
        kept, lower-cased."""
        word = word.strip().lower()
        if word in self.labels or word in self.hidden:
            return self.labels.get(word) or self.hidden.get(word)
        if word in self.concepts:   # already a concept id ("nuclear-energy")
            return word
        found = self.find(word)
        return found[-1][2] if found else word
