"""Step 4, rdf: extraction records and reference data -> RDF quads, one named graph per article.

Identity lives here.  IRIs are derived from what a thing is, never from load
order: a person, country or organisation from its reference id (or the slug of
its name); an agreement from its parties, its family (documents, joint
statement, or treaty/agreement/memorandum) and the month it was signed, so that
two articles about the same treaty meet in one resource while two treaties of
the same parties in other months stay apart; an event from its type, date,
place and participants; a sentence from its article and character offsets
(RFC 5147 ``#char=``).  Every event, agreement and quote points to the
sentences that state it (``dkg:evidence``), and the article graph records the
extraction run (PROV) that produced it.
"""
from __future__ import annotations

import hashlib
from typing import Iterable

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from decimal import Decimal

from kg import __version__
from kg.dates import Span
from kg.extract.records import Extraction
from kg.namespace import DKG
from kg.reference import Reference, slug

BASE = "https://w3id.org/diplokg/"
RES = Namespace(BASE + "resource/")
SECTOR = Namespace(BASE + "sector/")
WD = Namespace("http://www.wikidata.org/entity/")
TIME = Namespace("http://www.w3.org/2006/time#")
SCHEMA = Namespace("http://schema.org/")
REFERENCE_GRAPH = URIRef(BASE + "graph/reference")
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
PREFIXES = {"dkg": str(DKG._NS), "res": str(RES), "sector": str(SECTOR), "wd": str(WD), "time": str(TIME),
            "prov": str(PROV), "skos": str(SKOS), "schema": str(SCHEMA), "xsd": str(XSD), "rdfs": str(RDFS)}

EVENT_CLASSES = {"signing": DKG.Signing, "meeting": DKG.Meeting, "talks": DKG.Meeting, "visit": DKG.Visit,
                 "press_conference": DKG.PressConference, "summit": DKG.Summit, "statement": DKG.Statement,
                 "ratification": DKG.Ratification, "other": DKG.OtherEvent}
AGREEMENT_CLASSES = {"treaty": DKG.Treaty, "agreement": DKG.Agreement, "memorandum": DKG.Memorandum,
                     "documents": DKG.DocumentSet, "joint_statement": DKG.JointStatement}
ROLE_PROPERTIES = {"signer": DKG.hasSigner, "overseer": DKG.hasOverseer, "host": DKG.hasHost, "guest": DKG.hasGuest,
                   "speaker": DKG.hasSpeaker, "participant": DKG.participant}
EVENT_STATUS = {"happened": DKG.Happened, "planned": DKG.PlannedEvent, "invited": DKG.Invited}
AGREEMENT_STATUS = {"signed": DKG.Signed, "planned": DKG.Planned, "ratified": DKG.Ratified, "in_force": DKG.InForce}
ENTITY_CLASSES = {"person": DKG.Person, "country": DKG.Country, "organisation": DKG.Organisation, "place": DKG.Place}
ORG_CLASSES = {"intergovernmental": DKG.IntergovernmentalOrganisation, "bloc": DKG.IntergovernmentalOrganisation,
               "military_alliance": DKG.IntergovernmentalOrganisation, "government_body": DKG.GovernmentBody,
               "legislature": DKG.GovernmentBody, "agency": DKG.Outlet, "outlet": DKG.Outlet}
PRECISION_PROPERTY = {"day": TIME.inXSDDate, "month": TIME.inXSDgYearMonth, "year": TIME.inXSDgYear}
PRECISION_TYPE = {"day": XSD.date, "month": XSD.gYearMonth, "year": XSD.gYear}


def entity_iri(kind: str, key: str) -> URIRef:
    return RES[f"{kind}/{key}"]


def article_key(outlet: str, news_id: str) -> str:
    return f"{slug(outlet)}-{slug(news_id)}"


def article_iri(key: str) -> URIRef:
    return RES[f"article/{key}"]


def article_graph(key: str) -> URIRef:
    return URIRef(f"{BASE}graph/article/{key}")


def _digest(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:12]


def agreement_key(kind: str, parties: list[str], date: Span | None, name: str, article: str, count: int | None = None) -> str:
    family = {"documents": "documents", "joint_statement": "statement"}.get(kind, "agreement")
    if count:
        family = f"{count}-{family}"   # the 23 documents and the 13 documents of the same visit are two sets
    if not parties:
        return f"{slug(name)[:60]}-{_digest(article)}"
    when = date.earliest.strftime("%Y-%m") if date else "undated"
    return f"{'-'.join(sorted(parties))}-{family}-{when}"


def _decimal(value: float) -> Literal:
    """A confidence as a valid xsd:decimal (a float literal would print 1e-05, which is no decimal)."""
    return Literal(Decimal(str(round(value, 4))))


def add_date(g: Graph, subject: URIRef, span: Span | None) -> None:
    """dkg:date at the text's precision, its xsd:date bounds, and an OWL-Time instant."""
    if span is None:
        return
    g.add((subject, DKG.earliest, Literal(span.earliest)))
    g.add((subject, DKG.latest, Literal(span.latest)))
    g.add((subject, DKG.datePrecision, Literal(span.precision)))
    if span.is_range:   # a span of days: its ends, no single date
        first, last = span.value.split("/")
        for prop, value in ((DKG.startDate, Span.parse(first)), (DKG.endDate, Span.parse(last))):
            g.add((subject, prop, Literal(value.value, datatype=PRECISION_TYPE[value.precision])))
        return
    literal = Literal(span.value, datatype=PRECISION_TYPE[span.precision])
    g.add((subject, DKG.date, literal))
    instant = URIRef(f"{subject}/time")
    g.add((subject, TIME.hasTime, instant))
    g.add((instant, RDF.type, TIME.Instant))
    g.add((instant, PRECISION_PROPERTY[span.precision], literal))


class ArticleGraph:
    """Builds the named graph of one article from its ``Extraction``."""

    def __init__(self, extraction: Extraction):
        self.x = extraction
        a = extraction.article
        self.key = article_key(a.outlet, a.news_id)
        self.iri = article_iri(self.key)
        self.graph_iri = article_graph(self.key)
        self.g = Graph()

    def build(self) -> Graph:
        self._article()
        for e in self.x.entities.values():
            self._entity(e)
        agreement_iris = [self._agreement(a) for a in self.x.agreements]
        event_iris = [self._event(e, agreement_iris) for e in self.x.events]
        for q in self.x.quotes:
            self._quote(q, event_iris, agreement_iris)
        return self.g

    def quads(self) -> list:
        return [(s, p, o, self.graph_iri) for s, p, o in self.build()]

    def _article(self) -> None:
        g, a = self.g, self.x.article
        outlet = entity_iri("organisation", slug(a.outlet))
        activity = RES[f"activity/{self.key}-{__version__}"]
        g.add((self.iri, RDF.type, DKG.NewsArticle))
        g.add((self.iri, DKG.title, Literal(a.title)))
        g.add((self.iri, DKG.newsId, Literal(a.news_id)))
        g.add((self.iri, DKG.published, Literal(a.published)))
        g.add((self.iri, DKG.publisher, outlet))
        g.add((self.iri, DKG.generatedBy, activity))
        g.add((outlet, RDF.type, DKG.Outlet))
        g.add((outlet, DKG.name, Literal(a.outlet)))
        g.add((activity, RDF.type, DKG.ExtractionActivity))
        g.add((activity, DKG.softwareVersion, Literal(f"diplokg {__version__}")))
        g.add((activity, DKG.model, Literal(self.x.model)))
        g.add((activity, PROV.used, self.iri))

    def sentence(self, index: int) -> URIRef:
        s = self.x.sentences[index]
        iri = URIRef(f"{self.iri}#char={s.start},{s.end}")
        self.g.add((iri, RDF.type, DKG.Sentence))
        self.g.add((iri, DKG.inArticle, self.iri))
        self.g.add((iri, DKG.text, Literal(s.text)))
        self.g.add((iri, DKG.beginIndex, Literal(s.start)))
        self.g.add((iri, DKG.endIndex, Literal(s.end)))
        return iri

    def _evidence(self, subject: URIRef, indexes: Iterable[int]) -> None:
        for i in sorted(set(indexes)):
            self.g.add((subject, DKG.evidence, self.sentence(i)))

    def _entity(self, e) -> None:
        iri = entity_iri(e.kind, e.key)
        self.g.add((iri, RDF.type, ENTITY_CLASSES[e.kind]))
        self.g.add((iri, DKG.name, Literal(e.name)))
        self.g.add((self.iri, DKG.mentions, iri))
        if e.wikidata:
            self.g.add((iri, DKG.wikidata, WD[e.wikidata]))
        if e.kind == "person" and e.country:
            self.g.add((iri, DKG.nationality, entity_iri("country", e.country)))

    def _agreement(self, a) -> URIRef:
        key = agreement_key(a.kind, a.parties, a.date, a.name, self.key, a.count)
        iri = entity_iri("agreement", key)
        g = self.g
        g.add((iri, RDF.type, AGREEMENT_CLASSES[a.kind]))
        g.add((iri, RDFS.label, Literal(a.name)))
        g.add((iri, DKG.name, Literal(a.name)))
        for alias in a.aliases:
            g.add((iri, DKG.alias, Literal(alias)))
        g.add((iri, DKG.agreementStatus, AGREEMENT_STATUS[a.status]))
        for prop, keys, kind in ((DKG.party, a.parties, None), (DKG.signatory, a.signatories, "person"),
                                 (DKG.overseenBy, a.overseen_by, "person"), (DKG.ratifiedBy, a.ratified_by, None)):
            for k in keys:
                g.add((iri, prop, entity_iri(kind or self.x.entities[k].kind, k)))
        add_date(g, iri, a.date)
        if a.place:
            g.add((iri, DKG.signingPlace, entity_iri(self.x.entities[a.place].kind, a.place)))
        for sector in sorted(a.sectors):
            g.add((iri, DKG.coversSector, SECTOR[sector]))
        if a.count:
            g.add((iri, DKG.documentCount, Literal(a.count)))
        g.add((iri, DKG.confidence, _decimal(a.confidence)))
        self._evidence(iri, a.evidence + list(a.sectors.values()))
        return iri

    def _event(self, e, agreement_iris: list[URIRef]) -> URIRef:
        people = sorted(e.roles)
        iri = entity_iri("event", f"{e.type}-{e.date.value.replace('/', '--') if e.date else 'undated'}-{_digest(e.status, e.place, *people)}")
        g = self.g
        g.add((iri, RDF.type, EVENT_CLASSES[e.type]))
        names = ", ".join(self.x.entities[k].name for k in people)
        g.add((iri, RDFS.label, Literal(f"{e.type.replace('_', ' ')} {e.date.value if e.date else ''}: {names}".replace("  ", " "))))
        g.add((iri, DKG.eventStatus, EVENT_STATUS[e.status]))
        for key, role in e.roles.items():
            actor = entity_iri(self.x.entities[key].kind, key)
            g.add((iri, ROLE_PROPERTIES[role], actor))
            g.add((iri, DKG.participant, actor))   # stated, not only inferred: queries need no reasoner
        add_date(g, iri, e.date)
        if e.place:
            g.add((iri, DKG.place, entity_iri(self.x.entities[e.place].kind, e.place)))
        for i in ([e.agreement] if e.agreement is not None else []) + e.extra_agreements:   # one ceremony, several agreements
            g.add((iri, DKG.concernsAgreement, agreement_iris[i]))
        g.add((iri, DKG.confidence, _decimal(e.confidence * (0.75 if e.date_inferred else 1))))
        self._evidence(iri, e.evidence)
        return iri

    def _quote(self, q, event_iris: list[URIRef], agreement_iris: list[URIRef]) -> None:
        source = q.speaker or str(agreement_iris[q.document])
        iri = entity_iri("quote", _digest(source, " ".join(q.text.lower().split())))
        g = self.g
        g.add((iri, RDF.type, DKG.Quote))
        g.add((iri, DKG.text, Literal(q.text)))
        if q.speaker:
            g.add((iri, DKG.saidBy, entity_iri(self.x.entities[q.speaker].kind, q.speaker)))
        if q.document is not None:
            g.add((iri, DKG.quotedFrom, agreement_iris[q.document]))
        if q.via:
            g.add((iri, DKG.relayedBy, entity_iri("organisation", q.via)))
        if q.event is not None:
            g.add((iri, DKG.saidAt, event_iris[q.event]))
        if q.agreement is not None:
            g.add((iri, DKG.about, agreement_iris[q.agreement]))
        add_date(g, iri, q.date)
        g.add((iri, DKG.confidence, _decimal(q.confidence)))
        self._evidence(iri, [q.sentence])


def reference_graph(ref: Reference) -> Graph:
    """Countries, organisations, places, people and the offices they held, with Wikidata IDs."""
    g = Graph()

    def named(iri: URIRef, cls: URIRef, name: str, wikidata: str, aliases: Iterable[str] = ()) -> None:
        g.add((iri, RDF.type, cls))
        g.add((iri, DKG.name, Literal(name)))
        g.add((iri, RDFS.label, Literal(name)))
        for alias in aliases:
            g.add((iri, DKG.alias, Literal(alias)))
        if wikidata:
            g.add((iri, DKG.wikidata, WD[wikidata]))

    for c in ref.countries.values():
        iri = entity_iri("country", c.id)
        named(iri, DKG.Country, c.name, c.wikidata, c.aliases)
        for code, prop in ((c.iso2, DKG.iso2), (c.iso3, DKG.iso3)):
            if code:
                g.add((iri, prop, Literal(code)))
        if c.capital:
            g.add((iri, DKG.capital, entity_iri("place", slug(c.capital))))
    for o in ref.organisations.values():
        iri = entity_iri("organisation", o.id)
        named(iri, ORG_CLASSES.get(o.kind, DKG.Organisation), o.name, o.wikidata, o.aliases)
        for member in o.members:
            g.add((entity_iri("country", member), DKG.memberOf, iri))
    for p in ref.places.values():
        iri = entity_iri("place", p.id)
        named(iri, DKG.City if p.kind in ("city", "capital") else DKG.Place, p.name, p.wikidata, p.aliases)
        if p.country:
            g.add((iri, DKG.locatedIn, entity_iri("country", p.country)))
    for p in ref.people.values():
        iri = entity_iri("person", p.id)
        named(iri, DKG.Person, p.name, p.wikidata, p.aliases)
        if p.country:
            g.add((iri, DKG.nationality, entity_iri("country", p.country)))
    for h in ref.holdings:
        office = entity_iri("office", f"{h.country or 'intl'}-{h.office_kind}" + (f"-{slug(h.office_label)}" if h.office_kind in ("minister", "aide", "spokesperson", "secretary_general", "speaker") else ""))
        holding = entity_iri("holding", f"{h.person}-{_digest(h.office_label, h.start.value if h.start else '')}")
        g.add((office, RDF.type, DKG.Office))
        g.add((office, DKG.name, Literal(h.office_label or h.office_kind)))
        g.add((office, RDFS.label, Literal(h.office_label or h.office_kind)))
        g.add((office, DKG.officeKind, Literal(h.office_kind)))
        if h.country:
            g.add((office, DKG.jurisdiction, entity_iri("country", h.country)))
        if h.office_wikidata:
            g.add((office, DKG.wikidata, WD[h.office_wikidata]))
        g.add((entity_iri("person", h.person), DKG.holds, holding))
        g.add((holding, RDF.type, DKG.OfficeHolding))
        g.add((holding, DKG.office, office))
        for prop, span in ((DKG.startDate, h.start), (DKG.endDate, h.end)):
            if span:
                g.add((holding, prop, Literal(span.value, datatype=PRECISION_TYPE[span.precision])))
        if h.start:
            g.add((holding, DKG.earliest, Literal(h.start.earliest)))
        if h.end:
            g.add((holding, DKG.latest, Literal(h.end.latest)))
    return g


def graph_quads(graph: Graph, graph_iri: URIRef) -> list:
    return [(s, p, o, graph_iri) for s, p, o in graph]
