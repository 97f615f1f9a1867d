"""What the endpoint says about itself: the SPARQL 1.1 Service Description and a VoID description.

Service Description: https://www.w3.org/TR/sparql11-service-description/
VoID: https://www.w3.org/TR/void/
Both are built from the store as it is now (graph names, triple counts), through
the same limited ``DiploKG.query`` as any other query.
"""
from __future__ import annotations

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, XSD

from kg.diplokg import DiploKG
from kg.namespace import DKG

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads")

_TRIPLES_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
#: Instances of each counted class, subclasses included (the ontology graph holds rdfs:subClassOf).
_ENTITIES = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?top (COUNT(DISTINCT ?x) AS ?n) WHERE { ?c rdfs:subClassOf* ?top . ?x a ?c . } GROUP BY ?top
"""
COUNTED_CLASSES = {"articles": DKG.NewsArticle, "events": DKG.DiplomaticEvent, "agreements": DKG.Agreement,
                   "people": DKG.Person}


def triples_per_graph(kg: DiploKG) -> dict[URIRef, int]:
    return {row["g"]: int(row["n"]) for row in kg.query(_TRIPLES_PER_GRAPH).records()}


def entity_counts(kg: DiploKG) -> dict[str, int]:
    """How many articles, events, agreements and people the store holds."""
    counts = {}
    for name, cls in COUNTED_CLASSES.items():
        records = kg.query(_ENTITIES, bindings={"top": cls}).records()
        counts[name] = int(records[0]["n"]) if records else 0
    return counts


def _bind(graph: Graph) -> Graph:
    for prefix, ns in (("sd", SD), ("void", VOID), ("formats", FORMATS), ("dkg", DKG._NS), ("dcterms", DCTERMS)):
        graph.bind(prefix, ns)
    return graph


def service_description(kg: DiploKG, endpoint: URIRef) -> Graph:
    """sd:Service with its endpoint, languages, result formats and default dataset (the named graphs)."""
    g = _bind(Graph())
    service = endpoint
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, endpoint))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if kg.config.write_token:
        g.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    if kg.config.allow_service:
        g.add((service, SD.feature, SD.BasicFederatedQuery))
    for name in RESULT_FORMATS:
        g.add((service, SD.resultFormat, FORMATS[name]))
    dataset, default = BNode(), BNode()
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    g.add((dataset, SD.defaultGraph, default))
    g.add((default, RDF.type, SD.Graph))
    g.add((default, DCTERMS.description, Literal("The default graph is the union of all named graphs.")))
    counts = triples_per_graph(kg)
    g.add((default, VOID.triples, Literal(sum(counts.values()))))
    for name in kg.graphs():
        named, graph = BNode(), BNode()
        g.add((dataset, SD.namedGraph, named))
        g.add((named, RDF.type, SD.NamedGraph))
        g.add((named, SD.name, name))
        g.add((named, SD.graph, graph))
        g.add((graph, RDF.type, SD.Graph))
        g.add((graph, VOID.triples, Literal(counts.get(name, 0))))
    return g


def void_description(kg: DiploKG, endpoint: URIRef, here: str) -> Graph:
    """void:Dataset with a subset per named graph and a class partition per counted kind of thing."""
    g = _bind(Graph())
    dataset = URIRef(here + "#dataset")
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, DCTERMS.title, Literal("DiploKG: diplomacy in the news")))
    g.add((dataset, VOID.sparqlEndpoint, endpoint))
    g.add((dataset, VOID.vocabulary, URIRef(str(DKG._NS))))
    counts = triples_per_graph(kg)
    g.add((dataset, VOID.triples, Literal(sum(counts.values()))))
    for name, n in sorted(counts.items()):
        subset = URIRef(f"{here}#graph-{len(list(g.objects(dataset, VOID.subset)))}")
        g.add((dataset, VOID.subset, subset))
        g.add((subset, RDF.type, VOID.Dataset))
        g.add((subset, SD.name, name))
        g.add((subset, VOID.triples, Literal(n)))
    for label, n in entity_counts(kg).items():
        partition = URIRef(f"{here}#{label}")
        g.add((dataset, VOID.classPartition, partition))
        g.add((partition, VOID["class"], COUNTED_CLASSES[label]))
        g.add((partition, VOID.entities, Literal(n, datatype=XSD.integer)))
        g.add((partition, DCTERMS.title, Literal(label)))
    return g
