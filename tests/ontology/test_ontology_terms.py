"""The ontology file: it parses, has the agreed terms with the agreed types,
and every term is documented."""

from __future__ import annotations

import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from ontology_testlib import DKG, ONTOLOGY, ONTOLOGY_IRI, SECTORS, SHAPES, load

XSD = rdflib.Namespace("http://www.w3.org/2001/XMLSchema#")

SCHEMA = rdflib.Namespace("http://schema.org/")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
SEM = rdflib.Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
NIF = rdflib.Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = rdflib.Namespace("http://www.wikidata.org/entity/")
WDT = rdflib.Namespace("http://www.wikidata.org/prop/direct/")

# The names the emitter uses. Renaming or dropping any of them breaks it.
CLASSES = """
NewsArticle Sentence ExtractionActivity Actor Person Country Organisation
IntergovernmentalOrganisation GovernmentBody Outlet Place City Office OfficeHolding
DiplomaticEvent Signing Meeting Visit PressConference Summit Statement Ratification OtherEvent
Agreement Treaty Memorandum DocumentSet JointStatement AgreementStatus EventStatus Quote
""".split()
OBJECT_PROPERTIES = """
participant hasHost hasGuest hasSigner hasOverseer hasSpeaker participatedIn concernsAgreement
place eventStatus party signatory signed overseenBy oversaw signingPlace coversSector
agreementStatus ratifiedBy replaces evidence inArticle publisher mentions holds holder office
jurisdiction nationality capital locatedIn memberOf saidBy quotedFrom saidAt about relayedBy wikidata generatedBy
""".split()
DATATYPE_PROPERTIES = """
name alias title newsId published text beginIndex endIndex date earliest latest datePrecision
startDate endDate documentCount confidence officeKind iso2 iso3 softwareVersion model
""".split()
ANNOTATION_PROPERTIES = "cameoCode ploverCategory gdeltRootCode".split()
INDIVIDUALS = {
    "AgreementStatus": "Planned Signed Ratified InForce".split(),
    "EventStatus": "Happened PlannedEvent Invited".split(),
}
EVENT_SUBCLASSES = "Signing Meeting Visit PressConference Summit Statement Ratification OtherEvent".split()


def test_all_three_files_parse():
    for path in (ONTOLOGY, SECTORS, SHAPES):
        g = rdflib.Graph().parse(str(path))
        assert len(g) > 100, path


def test_ontology_header(onto_graph):
    g = onto_graph
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in g
    assert g.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef("https://w3id.org/diplokg/ontology/0.1.0")
    assert str(g.value(ONTOLOGY_IRI, OWL.versionInfo)) == "0.1.0"
    assert not list(g.objects(ONTOLOGY_IRI, OWL.imports)), "no owl:imports: nothing is fetched at load time"
    assert ("dkg", URIRef(str(DKG))) in set(g.namespaces())


def test_required_terms_have_their_types(onto_graph):
    g = onto_graph
    missing = []
    for names, kind in (
        (CLASSES, OWL.Class),
        (OBJECT_PROPERTIES, OWL.ObjectProperty),
        (DATATYPE_PROPERTIES, OWL.DatatypeProperty),
        (ANNOTATION_PROPERTIES, OWL.AnnotationProperty),
    ):
        for n in names:
            if (DKG[n], RDF.type, kind) not in g:
                missing.append(f"dkg:{n} a {kind.n3(g.namespace_manager)}")
    for cls, inds in INDIVIDUALS.items():
        for n in inds:
            if (DKG[n], RDF.type, DKG[cls]) not in g or (DKG[n], RDF.type, OWL.NamedIndividual) not in g:
                missing.append(f"dkg:{n} a owl:NamedIndividual, dkg:{cls}")
    assert not missing, missing


def test_no_unexpected_dkg_terms(onto_graph):
    """Every dkg: term declared in the file is one the emitter knows about."""
    known = set(CLASSES + OBJECT_PROPERTIES + DATATYPE_PROPERTIES + ANNOTATION_PROPERTIES)
    known |= {i for v in INDIVIDUALS.values() for i in v}
    declared = {
        str(s)[len(str(DKG)):]
        for s in onto_graph.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(str(DKG))
    }
    assert declared == known, (declared - known, known - declared)


def test_every_term_is_documented(onto_graph):
    g = onto_graph
    problems = []
    for s in set(g.subjects(RDF.type, None)):
        if not (isinstance(s, URIRef) and str(s).startswith(str(DKG))):
            continue
        labels = [o for o in g.objects(s, RDFS.label) if isinstance(o, Literal) and o.language == "en"]
        defs = [o for o in g.objects(s, SKOS.definition) if isinstance(o, Literal) and o.language == "en"]
        if len(labels) != 1:
            problems.append(f"{s}: {len(labels)} rdfs:label@en")
        if len(defs) != 1 or len(str(defs[0])) < 20:
            problems.append(f"{s}: needs one skos:definition@en")
        if g.value(s, RDFS.isDefinedBy) != ONTOLOGY_IRI:
            problems.append(f"{s}: rdfs:isDefinedBy missing")
    assert not problems, problems


def test_alignments(onto_graph):
    g = onto_graph
    expected_sub = [
        (DKG.NewsArticle, SCHEMA.NewsArticle), (DKG.NewsArticle, PROV.Entity),
        (DKG.Sentence, NIF.Sentence), (DKG.ExtractionActivity, PROV.Activity),
        (DKG.Actor, PROV.Agent), (DKG.Person, DKG.Actor), (DKG.Person, SCHEMA.Person),
        (DKG.Country, DKG.Actor), (DKG.Country, DKG.Place), (DKG.Country, SCHEMA.Country),
        (DKG.Organisation, DKG.Actor), (DKG.Organisation, SCHEMA.Organization),
        (DKG.IntergovernmentalOrganisation, DKG.Organisation), (DKG.GovernmentBody, DKG.Organisation),
        (DKG.Outlet, DKG.Organisation), (DKG.Outlet, SCHEMA.NewsMediaOrganization),
        (DKG.Place, SCHEMA.Place), (DKG.Place, SEM.Place), (DKG.City, DKG.Place),
        (DKG.OfficeHolding, SCHEMA.Role),
        (DKG.DiplomaticEvent, SEM.Event), (DKG.DiplomaticEvent, SCHEMA.Event),
        (DKG.Agreement, SCHEMA.CreativeWork), (DKG.Agreement, PROV.Entity),
        (DKG.Quote, SCHEMA.Quotation), (DKG.Quote, PROV.Entity),
    ] + [(DKG[c], DKG.DiplomaticEvent) for c in EVENT_SUBCLASSES] + [
        (DKG[c], DKG.Agreement) for c in ("Treaty", "Memorandum", "DocumentSet", "JointStatement")
    ]
    missing = [(a, b) for a, b in expected_sub if (a, RDFS.subClassOf, b) not in g]
    assert not missing, missing

    expected_subprop = [
        (DKG.participant, SEM.hasActor), (DKG.place, SEM.hasPlace),
        (DKG.evidence, PROV.wasDerivedFrom), (DKG.generatedBy, PROV.wasGeneratedBy),
        (DKG.publisher, SCHEMA.publisher), (DKG.mentions, SCHEMA.mentions),
        (DKG.nationality, SCHEMA.nationality), (DKG.name, SCHEMA.name),
        (DKG.published, SCHEMA.datePublished), (DKG.beginIndex, NIF.beginIndex),
        (DKG.endIndex, NIF.endIndex),
    ] + [(DKG[p], DKG.participant) for p in ("hasHost", "hasGuest", "hasSigner", "hasOverseer", "hasSpeaker")]
    missing = [(a, b) for a, b in expected_subprop if (a, RDFS.subPropertyOf, b) not in g]
    assert not missing, missing

    # inverses
    for a, b in ((DKG.participatedIn, DKG.participant), (DKG.signed, DKG.signatory),
                 (DKG.oversaw, DKG.overseenBy), (DKG.holder, DKG.holds)):
        assert (a, OWL.inverseOf, b) in g or (b, OWL.inverseOf, a) in g, (a, b)

    # Wikidata only as annotations
    for p in (OWL.equivalentClass, OWL.equivalentProperty, OWL.sameAs, RDFS.subClassOf, RDFS.subPropertyOf):
        for o in g.objects(None, p):
            assert not str(o).startswith("http://www.wikidata.org/"), (p, o)
    wd_links = {
        (DKG.signatory, WDT.P1891), (DKG.holds, WDT.P39), (DKG.participant, WDT.P710),
        (DKG.startDate, WDT.P580), (DKG.endDate, WDT.P582), (DKG.date, WDT.P585),
        (DKG.nationality, WDT.P27), (DKG.place, WDT.P276),
        (DKG.Treaty, WD.Q131569), (DKG.Person, WD.Q5), (DKG.Country, WD.Q6256),
    }
    got = set(g.subject_objects(SKOS.closeMatch)) | set(g.subject_objects(SKOS.exactMatch))
    assert wd_links <= got, wd_links - got
    assert (SKOS.closeMatch, RDF.type, OWL.AnnotationProperty) in g
    assert (SKOS.exactMatch, RDF.type, OWL.AnnotationProperty) in g


def test_domains_and_ranges_that_matter(onto_graph):
    g = onto_graph
    # Properties used on many kinds of subject must have no domain, or a
    # reasoner would misclassify their subjects.
    for p in ("evidence", "wikidata", "generatedBy", "name", "alias", "title", "date", "earliest",
              "latest", "datePrecision", "startDate", "endDate", "confidence", "beginIndex", "endIndex"):
        assert g.value(DKG[p], RDFS.domain) is None, p
    assert g.value(DKG.wikidata, RDFS.range) is None
    # Partial-date properties have no rdfs:range: xsd:gYear etc. are not in the OWL 2 datatype map.
    for p in ("date", "earliest", "latest", "startDate", "endDate"):
        assert g.value(DKG[p], RDFS.range) is None, p
    assert g.value(DKG.participant, RDFS.domain) == DKG.DiplomaticEvent
    assert g.value(DKG.participant, RDFS.range) == DKG.Actor
    assert g.value(DKG.signatory, RDFS.range) == DKG.Person
    assert g.value(DKG.coversSector, RDFS.range) == SKOS.Concept
    assert g.value(DKG.beginIndex, RDFS.range) == XSD.nonNegativeInteger
    assert g.value(DKG.published, RDFS.range) == XSD.dateTime
    assert g.value(DKG.confidence, RDFS.range) == XSD.decimal
    assert g.value(DKG.documentCount, RDFS.range) == XSD.integer
    assert (DKG.eventStatus, RDF.type, OWL.FunctionalProperty) in g
    assert (DKG.locatedIn, RDF.type, OWL.TransitiveProperty) in g


def _all_disjoint_sets(g):
    sets = []
    for n in g.subjects(RDF.type, OWL.AllDisjointClasses):
        sets.append(set(rdflib.collection.Collection(g, g.value(n, OWL.members))))
    return sets


def test_disjointness(onto_graph):
    g = onto_graph
    sets = _all_disjoint_sets(g)
    assert {DKG[c] for c in EVENT_SUBCLASSES} in sets
    assert {DKG.Person, DKG.Country, DKG.Organisation} in sets
    assert (DKG.Agreement, OWL.disjointWith, DKG.DiplomaticEvent) in g


def test_event_codes(onto_graph):
    g = onto_graph

    def codes(c, p):
        return {str(o) for o in g.objects(DKG[c], p)}

    assert codes("Signing", DKG.cameoCode) == {"057"}
    assert codes("Visit", DKG.cameoCode) == {"042", "043"}
    assert "040" in codes("Meeting", DKG.cameoCode)
    assert codes("PressConference", DKG.cameoCode) == {"010"}
    assert codes("Statement", DKG.cameoCode) == {"010"}
    assert codes("Ratification", DKG.cameoCode) == {"057"}
    for c in ("Signing", "Ratification"):
        assert codes(c, DKG.ploverCategory) == {"AGREE"}
    for c in ("Meeting", "Visit", "Summit"):
        assert codes(c, DKG.ploverCategory) == {"CONSULT"}
    for c in ("PressConference", "Statement", "OtherEvent"):
        assert codes(c, DKG.ploverCategory) == set()


def test_external_terms_are_declared(onto_graph):
    """Every non-dkg IRI used as a class or property in an axiom is declared,
    with a single OWL type (otherwise the file leaves OWL 2 DL)."""
    g = onto_graph
    builtin = (str(OWL), str(RDF), str(RDFS), str(XSD))
    used_classes = set(g.objects(None, RDFS.subClassOf)) | set(g.objects(None, RDFS.domain)) | {
        o for o in g.objects(None, RDFS.range) if not str(o).startswith(str(XSD))
    }
    used_props = set(g.objects(None, RDFS.subPropertyOf))
    used_annotations = {p for _, p, _ in g if not str(p).startswith(builtin) and not str(p).startswith(str(DKG))}
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    for term in used_classes | used_props | used_annotations:
        if not isinstance(term, URIRef) or str(term).startswith(builtin):
            continue
        types = [k for k in kinds if (term, RDF.type, k) in g]
        assert len(types) == 1, (term, types)


def test_combined_files_keep_one_type_per_term():
    """Loading ontology + sectors + shapes together must not give one IRI two
    OWL kinds (e.g. skos:inScheme as both object and annotation property)."""
    g = load(ONTOLOGY, SECTORS)
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    for s in set(g.subjects(RDF.type, None)):
        types = [k for k in kinds if (s, RDF.type, k) in g]
        assert len(types) <= 1, (s, types)
