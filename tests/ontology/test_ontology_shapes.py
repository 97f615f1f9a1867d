"""SHACL: the valid fixture conforms, the invalid one fails for exactly its
four planted problems, and a handful of single-triple mistakes are caught.

The shapes are meant for pyshacl inference="rdfs" over instances + ontology +
sectors; they must also work with inference="none" when the data states
dkg:participant next to the role sub-properties (the fixtures do)."""

from __future__ import annotations

from decimal import Decimal

import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import RDF

from ontology_testlib import DATA, DKG, RES, load, validate

XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")

EVENT_NO_EVIDENCE = RES["event/2025-01-17-talks-no-evidence"]
QUOTE_NO_SPEAKER = RES["quote/kayhan-135931-q-no-speaker"]
EVENT_BAD_DATE = RES["event/2025-01-16-press-conference-bad-date"]
SENTENCE_BACKWARDS = RES["article/kayhan-135931-s-backwards"]

TREATY = RES["agreement/iran-russia-comprehensive-strategic-partnership-treaty-2025"]
DOCSET = RES["agreement/iran-tajikistan-23-documents-2025-01"]
SIGNING = RES["event/2025-01-17-signing-iran-russia-treaty"]
PUTIN = RES["person/vladimir-putin"]
QUOTE = RES["quote/kayhan-135931-q1"]
S0 = RES["article/kayhan-135931-s0"]
ARTICLE = RES["article/kayhan-135931"]


@pytest.fixture(scope="module")
def valid_graph():
    return load(DATA / "valid.ttl")


def _fmt(results):
    return "\n".join(f"{r['focus']} {r['path']} {r['message']}" for r in results)


@pytest.mark.parametrize("inference", ["rdfs", "none"])
def test_valid_fixture_conforms(valid_graph, shapes_graph, inference):
    conforms, results, text = validate(valid_graph, shapes_graph, inference)
    assert conforms, text
    assert results == []


@pytest.mark.parametrize("inference", ["rdfs", "none"])
def test_invalid_fixture_reports_each_problem(shapes_graph, inference):
    conforms, results, text = validate(load(DATA / "invalid.ttl"), shapes_graph, inference)
    assert not conforms
    found = {(r["focus"], r["path"]) for r in results}
    expected = {
        (EVENT_NO_EVIDENCE, DKG.evidence),
        (QUOTE_NO_SPEAKER, None),               # sh:or: neither dkg:saidBy nor dkg:quotedFrom
        (EVENT_BAD_DATE, DKG.date),
        (SENTENCE_BACKWARDS, DKG.beginIndex),   # sh:lessThan dkg:endIndex
        (SENTENCE_BACKWARDS, None),             # SPARQL: len(text) != end - begin
    }
    assert found == expected, _fmt(results)
    # Every result carries a readable message naming the problem.
    by_focus = {}
    for r in results:
        assert r["message"] and all(len(m) > 20 for m in r["message"]), r
        by_focus.setdefault(r["focus"], []).extend(r["message"])
    assert any("evidence" in m for m in by_focus[EVENT_NO_EVIDENCE])
    assert any("speaker" in m for m in by_focus[QUOTE_NO_SPEAKER])
    assert any("xsd:gYearMonth" in m for m in by_focus[EVENT_BAD_DATE])
    assert any("greater than" in m for m in by_focus[SENTENCE_BACKWARDS])


def _mutate(graph, remove=(), add=()):
    g = rdflib.Graph()
    for t in graph:
        g.add(t)
    for s, p, o in remove:
        g.remove((s, p, o))
    for t in add:
        g.add(t)
    return g


# One mistake each: (description, triples to remove, triples to add, expected (focus, path))
CASES = [
    ("article without publisher", [(ARTICLE, DKG.publisher, None)], [], (ARTICLE, DKG.publisher)),
    ("article with two titles", [], [(ARTICLE, DKG.title, Literal("Another title"))], (ARTICLE, DKG.title)),
    ("published as a date, not a dateTime",
     [(ARTICLE, DKG.published, None)], [(ARTICLE, DKG.published, Literal("2025-01-17", datatype=XSD.date))],
     (ARTICLE, DKG.published)),
    ("newsId as a number", [(ARTICLE, DKG.newsId, None)], [(ARTICLE, DKG.newsId, Literal(135931))],
     (ARTICLE, DKG.newsId)),
    ("sentence in two articles", [], [(S0, DKG.inArticle, RES["article/other"]), (RES["article/other"], RDF.type, DKG.NewsArticle)],
     (S0, DKG.inArticle)),
    ("sentence offsets that do not match its text",
     [(S0, DKG.endIndex, None)], [(S0, DKG.endIndex, Literal(220, datatype=XSD.nonNegativeInteger))], (S0, None)),
    ("event with two statuses", [], [(SIGNING, DKG.eventStatus, DKG.PlannedEvent)], (SIGNING, DKG.eventStatus)),
    ("event status that is an agreement status", [(SIGNING, DKG.eventStatus, None)],
     [(SIGNING, DKG.eventStatus, DKG.Signed)], (SIGNING, DKG.eventStatus)),
    ("event without participants", [(SIGNING, DKG.participant, None), (SIGNING, DKG.hasSigner, None)], [],
     (SIGNING, DKG.participant)),
    ("two dates", [], [(SIGNING, DKG.date, Literal("2025-01", datatype=XSD.gYearMonth))], (SIGNING, DKG.date)),
    ("ill-formed xsd:date", [(SIGNING, DKG.date, None)], [(SIGNING, DKG.date, Literal("2025-13-45", datatype=XSD.date))],
     (SIGNING, DKG.date)),
    ("earliest after latest", [(SIGNING, DKG.earliest, None)],
     [(SIGNING, DKG.earliest, Literal("2025-02-01", datatype=XSD.date))], (SIGNING, DKG.earliest)),
    ("precision that does not match the date", [(SIGNING, DKG.datePrecision, None)],
     [(SIGNING, DKG.datePrecision, Literal("month"))], (SIGNING, None)),
    ("confidence as xsd:double", [(SIGNING, DKG.confidence, None)], [(SIGNING, DKG.confidence, Literal(0.9))],
     (SIGNING, DKG.confidence)),
    # rdflib keeps the Python float inside Literal(0.675, datatype=XSD.decimal), and
    # pyshacl checks the Python type, so such a literal fails in memory (and its
    # lexical form can be "1e-05", which is not a decimal). Emit Decimal values.
    ("confidence as a float typed xsd:decimal", [(SIGNING, DKG.confidence, None)],
     [(SIGNING, DKG.confidence, Literal(0.9 * 0.75, datatype=XSD.decimal))], (SIGNING, DKG.confidence)),
    ("confidence above 1", [(SIGNING, DKG.confidence, None)], [(SIGNING, DKG.confidence, Literal(Decimal("1.5")))],
     (SIGNING, DKG.confidence)),
    ("agreement without status", [(TREATY, DKG.agreementStatus, None)], [], (TREATY, DKG.agreementStatus)),
    ("agreement without name", [(TREATY, DKG.name, None)], [], (TREATY, DKG.name)),
    ("agreement without evidence", [(TREATY, DKG.evidence, None)], [], (TREATY, DKG.evidence)),
    ("sector outside the scheme", [], [(TREATY, DKG.coversSector, URIRef("https://w3id.org/diplokg/sector/chess"))],
     (TREATY, DKG.coversSector)),
    ("sector as a string", [], [(TREATY, DKG.coversSector, Literal("trade"))], (TREATY, DKG.coversSector)),
    ("document set with two counts", [], [(DOCSET, DKG.documentCount, Literal(13))], (DOCSET, DKG.documentCount)),
    ("document count zero", [(DOCSET, DKG.documentCount, None)], [(DOCSET, DKG.documentCount, Literal(0))],
     (DOCSET, DKG.documentCount)),
    ("quote with two speakers", [], [(QUOTE, DKG.saidBy, RES["person/masoud-pezeshkian"])], (QUOTE, DKG.saidBy)),
    ("quote without evidence", [(QUOTE, DKG.evidence, None)], [], (QUOTE, DKG.evidence)),
    ("person without name", [(PUTIN, DKG.name, None)], [], (PUTIN, DKG.name)),
    ("name with a language tag", [(PUTIN, DKG.name, None)], [(PUTIN, DKG.name, Literal("Vladimir Putin", lang="en"))],
     (PUTIN, DKG.name)),
    ("office holding without start date", [(RES["holding/vladimir-putin-president-of-russia"], DKG.startDate, None)], [],
     (RES["holding/vladimir-putin-president-of-russia"], DKG.startDate)),
    ("Wikidata page URL instead of entity IRI", [(PUTIN, DKG.wikidata, None)],
     [(PUTIN, DKG.wikidata, URIRef("https://www.wikidata.org/wiki/Q7747"))], (PUTIN, DKG.wikidata)),
    ("lower-case ISO code", [(RES["country/iran"], DKG.iso2, None)], [(RES["country/iran"], DKG.iso2, Literal("ir"))],
     (RES["country/iran"], DKG.iso2)),
]


@pytest.mark.parametrize("desc,remove,add,expected", CASES, ids=[c[0] for c in CASES])
def test_single_mistakes_are_caught(valid_graph, shapes_graph, desc, remove, add, expected):
    g = _mutate(valid_graph, remove, add)
    conforms, results, text = validate(g, shapes_graph, "none")
    assert not conforms, desc
    found = {(r["focus"], r["path"]) for r in results}
    assert expected in found, _fmt(results)


ACCEPTED = [
    ("documentCount as xsd:integer", [(DOCSET, DKG.documentCount, None)], [(DOCSET, DKG.documentCount, Literal(23))]),
    ("offsets as xsd:integer", [(S0, DKG.beginIndex, None), (S0, DKG.endIndex, None)],
     [(S0, DKG.beginIndex, Literal(0)), (S0, DKG.endIndex, Literal(221))]),
    ("confidence as a Decimal", [(SIGNING, DKG.confidence, None)],
     [(SIGNING, DKG.confidence, Literal(Decimal(str(round(0.9 * 0.75, 4)))))]),
    ("no date at all", [(SIGNING, p, None) for p in (DKG.date, DKG.earliest, DKG.latest, DKG.datePrecision)], []),
    ("a span instead of a date", [(SIGNING, p, None) for p in (DKG.date, DKG.datePrecision, DKG.latest)],
     [(SIGNING, DKG.startDate, Literal("2025-01-17", datatype=XSD.date)),
      (SIGNING, DKG.endDate, Literal("2025-01", datatype=XSD.gYearMonth)),
      (SIGNING, DKG.latest, Literal("2025-01-31", datatype=XSD.date))]),
    ("a place that is also an organisation", [], [(RES["place/kremlin"], RDF.type, DKG.Organisation)]),
]


@pytest.mark.parametrize("desc,remove,add", ACCEPTED, ids=[c[0] for c in ACCEPTED])
def test_accepted_variants_conform(valid_graph, shapes_graph, desc, remove, add):
    conforms, results, text = validate(_mutate(valid_graph, remove, add), shapes_graph, "none")
    assert conforms, text


@pytest.mark.parametrize("inference,expected_path", [("none", DKG.signatory), ("rdfs", DKG.name)])
def test_untyped_signatory(valid_graph, shapes_graph, inference, expected_path):
    """Under 'none', a signatory not typed dkg:Person fails sh:class; under
    'rdfs', the range of dkg:signatory makes it a Person, and the Person shape
    then asks for its name."""
    stranger = RES["person/unnamed-signatory"]
    g = _mutate(valid_graph, add=[(TREATY, DKG.signatory, stranger)])
    conforms, results, _ = validate(g, shapes_graph, inference)
    assert not conforms
    found = {(r["focus"], r["path"]) for r in results}
    focus = TREATY if inference == "none" else stranger
    assert (focus, expected_path) in found, _fmt(results)
