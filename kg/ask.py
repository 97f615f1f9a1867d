"""Questions: run a canned query with its parameters and shape the rows into answers with evidence,
and map an English question ("which agreements did Pezeshkian sign in January 2025") onto one.

Three layers, each usable alone:

* ``resolve_entity`` turns what a person types (our IRI, a key, a full name, a
  surname, an alias, "the Iran-Russia treaty", "the Iranian president") into one
  of our IRIs with small lookup queries over the store; nothing about any
  article is written here.
* ``run_question`` binds parameters (``bindings=``, never pasted into the text),
  runs the canned query and groups its rows into ``Answer`` records, each with
  the sentences (text, article, offsets) that state it.
* ``ask`` reads an English question: dates first (relative to ``today``), then
  one of a few sentence shapes naming a canned query and its entities.

The canned queries follow one convention (see kg/queries/*.rq): ``?answer`` and
``?label`` name an answer, ``?evidence ?sentence ?begin ?end ?article
?articleTitle`` carry its evidence, and any other non-parameter column is a fact.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from rdflib import Literal, URIRef
from rdflib.term import Identifier

from kg.dates import MONTHS, Span, find_dates
from kg.errors import NotFound, QueryError
from kg.namespace import DKG
from kg.query import CannedQuery, date_bounds
from kg.rdf import BASE, RES, entity_iri

if TYPE_CHECKING:
    from kg.diplokg import DiploKG

EVIDENCE_VARS = ("evidence", "sentence", "begin", "end", "article", "articleTitle")
#: What kind of thing an entity parameter names, by parameter name (anything else: any actor or place).
PARAM_CLASSES = {"person": (DKG.Person,), "country": (DKG.Country,), "agreement": (DKG.Agreement,),
                 "place": (DKG.Place, DKG.Country), "actor": (DKG.Person, DKG.Country, DKG.Organisation),
                 "other": (DKG.Person, DKG.Country, DKG.Organisation)}
ANY_CLASS = (DKG.Person, DKG.Country, DKG.Organisation, DKG.Place, DKG.Agreement)

# --- lookup queries (parameters are projected: Oxigraph substitutes only projected variables) ------------

_LOOKUP = """
PREFIX dkg: <https://w3id.org/diplokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?entity ?top (MAX(?score) AS ?best) (COUNT(DISTINCT ?article) AS ?articles) ?needle WHERE {
  { ?entity dkg:name ?n } UNION { ?entity dkg:alias ?n } UNION { ?entity rdfs:label ?n }
  BIND(LCASE(STR(?n)) AS ?lower)
  FILTER(?lower = ?needle || STRENDS(?lower, CONCAT(" ", ?needle)))
  BIND(IF(?lower = ?needle, 2, 1) AS ?score)
  ?entity a ?class . ?class rdfs:subClassOf* ?top .
  VALUES ?top { dkg:Person dkg:Country dkg:Organisation dkg:Place dkg:Agreement }
  OPTIONAL { ?article dkg:mentions|dkg:evidence/dkg:inArticle ?entity }
  OPTIONAL { ?entity dkg:evidence/dkg:inArticle ?article }
} GROUP BY ?entity ?top ?needle
"""

_AGREEMENT_BY_PARTIES = """
PREFIX dkg: <https://w3id.org/diplokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?agreement (SAMPLE(?label) AS ?kind) (COUNT(DISTINCT ?evidence) AS ?weight) ?first ?second WHERE {
  ?agreement dkg:party ?first, ?second ; a ?class .
  ?class rdfs:subClassOf* dkg:Agreement ; rdfs:label ?label .
  OPTIONAL { ?agreement dkg:evidence ?evidence }
} GROUP BY ?agreement ?first ?second
"""

_OFFICE_KINDS = """
PREFIX dkg: <https://w3id.org/diplokg/ontology#>
SELECT DISTINCT ?kind WHERE { ?office dkg:officeKind ?kind }
"""

_OFFICE_HOLDER = """
PREFIX dkg: <https://w3id.org/diplokg/ontology#>
SELECT DISTINCT ?person ?kind ?country ?on WHERE {
  ?office dkg:officeKind ?kind ; dkg:jurisdiction ?country .
  ?holding dkg:office ?office . ?person dkg:holds ?holding .
  FILTER NOT EXISTS { ?holding dkg:startDate ?s FILTER(?s > ?on) }
  FILTER NOT EXISTS { ?holding dkg:endDate ?e FILTER(?e < ?on) }
}
"""

_TYPES = """
PREFIX dkg: <https://w3id.org/diplokg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?s ?top WHERE { ?s a ?class . ?class rdfs:subClassOf* ?top }
"""

# --- replies ----------------------------------------------------------------------------------

@dataclass
class Evidence:
    sentence: str
    article: str
    articleTitle: str | None
    offsets: tuple[int, int]
    iri: str


@dataclass
class Answer:
    label: str
    iri: str
    facts: dict[str, list[str]] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Reply:
    question: str
    interpretation: str
    sparql: str = ""
    query: str | None = None
    params: dict[str, str] = field(default_factory=dict)
    answers: list[Answer] = field(default_factory=list)
    understood: bool = True
    can_answer: list[dict[str, str]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        if self.understood:
            data.pop("can_answer")
        return data


# --- entities ---------------------------------------------------------------------------------

def resolve_entity(kg: "DiploKG", text: str, classes: tuple[URIRef, ...] = ANY_CLASS, on: date | None = None) -> URIRef:
    """One IRI for what a person typed, or ``NotFound`` saying what was tried."""
    text = text.strip().strip("?.!,;:\"'").strip()
    if text.startswith(BASE):
        return URIRef(text)
    phrase = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I).strip()
    if not phrase:
        raise QueryError("an empty name")
    found = _by_name(kg, phrase, classes) or _by_key(kg, phrase, classes)
    if found is None and DKG.Agreement in classes:
        found = _agreement_by_parties(kg, phrase)
    if found is None and DKG.Person in classes:
        found = _office_holder(kg, phrase, on or date.today())
    if found is None:
        kinds = " or ".join(str(c).split("#")[-1].lower() for c in classes)
        raise NotFound(f"no {kinds} called {text!r} in the graph (try a full name, a surname or an alias)")
    return found


def _by_name(kg: "DiploKG", phrase: str, classes: tuple[URIRef, ...]) -> URIRef | None:
    records = kg.query(_LOOKUP, bindings={"needle": Literal(phrase.lower())}).records()
    candidates = [r for r in records if r.get("top") in classes]
    if not candidates:
        return None
    best = max(candidates, key=lambda r: (int(r["best"]), int(r["articles"]), -len(str(r["entity"]))))
    return best["entity"]


def _by_key(kg: "DiploKG", phrase: str, classes: tuple[URIRef, ...]) -> URIRef | None:
    """A key as in our IRIs ("masoud-pezeshkian", "person/masoud-pezeshkian")."""
    key = re.sub(r"[^a-z0-9/]+", "-", phrase.lower()).strip("-")
    kinds = ["person", "country", "organisation", "place", "agreement"]
    for candidate in ([RES[key]] if "/" in key else [RES[f"{kind}/{key}"] for kind in kinds]):
        records = kg.query(_TYPES, bindings={"s": candidate}).records()
        if any(r["top"] in classes for r in records):
            return candidate
    return None


_PAIR = re.compile(r"^(?P<a>[\w.' ]+?)\s*(?:-|–|—|and)\s*(?P<b>[\w.' ]+?)(?:\s+(?P<kind>\w+))?$", re.I)


def _agreement_by_parties(kg: "DiploKG", phrase: str) -> URIRef | None:
    """"Iran-Russia treaty": the agreement both countries are party to, the kind word breaking ties."""
    m = _PAIR.match(phrase)
    if not m:
        return None
    kind_word, second_text = (m["kind"] or "").lower(), m["b"]
    try:
        first = resolve_entity(kg, m["a"], (DKG.Country, DKG.Organisation))
        second = resolve_entity(kg, second_text, (DKG.Country, DKG.Organisation))
    except NotFound:
        return None
    records = kg.query(_AGREEMENT_BY_PARTIES, bindings={"first": first, "second": second}).records()
    if not records:
        return None
    best = max(records, key=lambda r: (kind_word and kind_word in str(r.get("kind", "")).lower(), int(r["weight"])))
    return best["agreement"]


_ROLE_OF = re.compile(r"^(?P<title>.+?)\s+of\s+(?P<country>.+)$", re.I)


def _office_holder(kg: "DiploKG", phrase: str, on: date) -> URIRef | None:
    """"the Iranian president", "Russia's prime minister", "the president of Iran": who held it on ``on``."""
    kinds = sorted((str(r["kind"]) for r in kg.query(_OFFICE_KINDS).records()), key=len, reverse=True)
    title = country_text = None
    m = _ROLE_OF.match(phrase)
    if m:
        title, country_text = m["title"], m["country"]
    else:
        for kind in kinds:
            surface = kind.replace("_", " ")
            if phrase.lower().endswith(" " + surface):
                title, country_text = surface, re.sub(r"'s$", "", phrase[: -len(surface)].strip())
                break
    if not title or not country_text:
        return None
    kind = title.lower().strip().replace(" ", "_")
    if kind not in kinds:
        return None
    country = _country_from_adjective(kg, country_text)
    if country is None:
        return None
    records = kg.query(_OFFICE_HOLDER, bindings={"kind": Literal(kind), "country": country, "on": Literal(on)}).records()
    return records[0]["person"] if records else None


def _country_from_adjective(kg: "DiploKG", text: str) -> URIRef | None:
    """A country from its name or its adjective ("Iranian" -> Iran, "French" -> France), as the reference data
    (data/reference/countries.csv) spells them."""
    try:
        return resolve_entity(kg, text, (DKG.Country,))
    except NotFound:
        pass
    word = text.lower().strip()
    key = next((c.id for c in kg.reference.countries.values() if word in {d.lower() for d in c.demonyms}), None)
    return entity_iri("country", key) if key else None


# --- running a canned question ------------------------------------------------------------------

def bind_params(kg: "DiploKG", canned: CannedQuery, params: dict[str, str], on: date | None = None) -> dict[str, Identifier]:
    """Check and convert text parameters: entities to IRIs (looked up), dates to xsd:date bounds."""
    unknown = set(params) - {p.name for p in canned.params}
    if unknown:
        raise QueryError(f"the question {canned.name!r} has no parameter {', '.join(sorted(unknown))}; "
                         f"it takes: {', '.join(p.name for p in canned.params) or 'nothing'}")
    bindings: dict[str, Identifier] = {}
    for p in canned.params:
        value = (params.get(p.name) or "").strip()
        if not value:
            if p.required:
                raise QueryError(f"the question {canned.name!r} needs the parameter {p.name!r} ({p.help})")
            continue
        if p.kind == "entity":
            bindings[p.name] = resolve_entity(kg, value, PARAM_CLASSES.get(p.name, ANY_CLASS), on)
        elif p.kind == "date":
            first, last = date_bounds(value)
            bindings[p.name] = last if p.name == "to" else first
        else:
            bindings[p.name] = Literal(value)
    return bindings


def run_question(kg: "DiploKG", name: str, params: dict[str, str], question: str = "",
                 interpretation: str = "", on: date | None = None) -> Reply:
    """Run the canned query ``name`` with text ``params``; answers grouped, each with its evidence."""
    canned = kg.canned.get(name)
    if canned is None:
        raise NotFound(f"no question named {name!r}; choose one of: {', '.join(kg.canned)}")
    bindings = bind_params(kg, canned, params, on)
    result = kg.query(canned.sparql, bindings=bindings)
    shown = {k: str(v) for k, v in bindings.items()}
    return Reply(question=question or name, interpretation=interpretation or describe_call(canned, shown),
                 sparql=canned.sparql, query=name, params=shown,
                 answers=group_answers(result.records(), {p.name for p in canned.params}))


def describe_call(canned: CannedQuery, params: dict[str, str]) -> str:
    args = ", ".join(f"{k}={v}" for k, v in params.items())
    return f"{canned.title}: {canned.name}({args})"


def group_answers(records: list[dict[str, Identifier]], param_names: set[str]) -> list[Answer]:
    """Rows -> one Answer per ?answer, facts and evidence de-duplicated, sorted by date then label."""
    labels: dict[Identifier, Counter] = {}
    answers: dict[Identifier, Answer] = {}
    seen: set[tuple] = set()
    for row in records:
        subject = row.get("answer")
        if subject is None:
            continue
        answer = answers.setdefault(subject, Answer(label="", iri=str(subject)))
        labels.setdefault(subject, Counter())
        if "label" in row:
            labels[subject][str(row["label"])] += 1
        for var, value in row.items():
            if var in param_names or var in EVIDENCE_VARS or var in ("answer", "label"):
                continue
            values = answer.facts.setdefault(var, [])
            if str(value) not in values:
                values.append(str(value))
        if "sentence" in row and (subject, row["evidence"]) not in seen:
            seen.add((subject, row["evidence"]))
            answer.evidence.append(Evidence(sentence=str(row["sentence"]), article=str(row.get("article", "")),
                                            articleTitle=str(row["articleTitle"]) if "articleTitle" in row else None,
                                            offsets=(int(row["begin"]), int(row["end"])), iri=str(row["evidence"])))
    for subject, answer in answers.items():
        counted = labels[subject].most_common()
        answer.label = max(counted, key=lambda kv: (kv[1], len(kv[0])))[0] if counted else _key_label(subject)
        answer.evidence.sort(key=lambda e: (e.article, e.offsets))
        for values in answer.facts.values():
            values.sort()
    return sorted(answers.values(), key=lambda a: (min(a.facts.get("date", ["9999"])), a.label.lower()))


def _key_label(iri: Identifier) -> str:
    return str(iri).rstrip("/").rsplit("/", 1)[-1].replace("-", " ")


# --- dates as people write them -------------------------------------------------------------------

_MONTH_WORD = r"(january|february|march|april|may|june|july|august|september|october|november|december)"
_BETWEEN_MONTHS = re.compile(rf"\b(?:between|from)\s+{_MONTH_WORD}(?:\s+(\d{{4}}))?\s+(?:and|to|until|through)\s+{_MONTH_WORD}\s+(\d{{4}})\b", re.I)
_RELATIVE_WEEK = re.compile(r"\b(last|this|past|next)\s+week\b", re.I)
_YEAR_ONLY = re.compile(r"\b(?:in|during|of)\s+((?:19|20)\d\d)\b", re.I)


def find_span(text: str, today: date) -> tuple[Span | None, str]:
    """The date or range a question names (relative to ``today``) and the question without it."""
    m = _BETWEEN_MONTHS.search(text)
    if m:
        first_month, last_month = MONTHS[m[1].lower()], MONTHS[m[3].lower()]
        last_year = int(m[4])
        first_year = int(m[2]) if m[2] else (last_year if first_month <= last_month else last_year - 1)
        return Span.between(Span.month(first_year, first_month), Span.month(last_year, last_month)), _cut(text, m)
    m = _RELATIVE_WEEK.search(text)
    if m:
        monday = today - timedelta(days=today.weekday())
        step = {"last": -7, "past": -7, "next": 7}.get(m[1].lower(), 0)
        start = monday + timedelta(days=step)
        return Span.between(Span.day(start), Span.day(start + timedelta(days=6))), _cut(text, m)
    mentions = find_dates(text, today)
    if mentions:
        first = mentions[0]
        before = re.sub(r"\b(?:in|on|during|since|of|by)\s*$", "", text[: first.start], flags=re.I)
        return first.span, (before + " " + text[first.end:]).strip()
    m = _YEAR_ONLY.search(text)
    if m:
        return Span.year(int(m[1])), _cut(text, m)
    return None, text


def _cut(text: str, m: re.Match) -> str:
    return (text[: m.start()] + " " + text[m.end():]).strip()


def span_params(span: Span | None) -> dict[str, str]:
    if span is None:
        return {}
    return {"from": span.earliest.isoformat(), "to": span.latest.isoformat()}


# --- English questions --------------------------------------------------------------------------

@dataclass(frozen=True)
class Shape:
    """One way of asking a canned question: a pattern whose named groups are parameters."""

    query: str
    pattern: re.Pattern
    dated: bool = False          # the date range becomes from/to
    on_date: bool = False        # the date becomes "on"


def _shape(query: str, pattern: str, **kw) -> Shape:
    return Shape(query, re.compile(pattern, re.I), **kw)


SHAPES: tuple[Shape, ...] = (
    _shape("who_is", r"^(?:who\s+is|who's|who\s+was|tell\s+me\s+about)\s+(?P<person>.+)$"),
    _shape("quotes_by", r"^what\s+(?:did|has|does)\s+(?P<person>.+?)\s+(?:say|said|state|declare)\b.*$"),
    _shape("who_met", r"^(?:whom|who)\s+(?:did|has)\s+(?P<person>.+?)\s+(?:meet|met|talk\s+to|hold\s+talks\s+with)\b.*$"),
    _shape("offices_held", r"^(?:what|which)\s+offices?\s+(?:did|does|has)\s+(?P<person>.+?)\s+(?:hold|held|have)\b.*$",
           on_date=True),
    _shape("agreements_signed", r"^(?:what|which)\s+(?:agreements?|treaties|treaty|deals?|documents?|pacts?|memorand\w*)\s+"
           r"(?:did|has|have)\s+(?P<actor>.+?)\s+(?:sign|signed|conclude|concluded)\b.*$", dated=True),
    _shape("sectors_of", r"^(?:what|which)\s+(?:sectors?|areas?|fields?)\s+(?:does|did|do)\s+(?P<agreement>.+?)\s+cover\b.*$"),
    _shape("sectors_of", r"^what\s+does\s+(?P<agreement>.+?)\s+cover\b.*$"),
    _shape("parties_of", r"^who\s+(?:signed|are\s+the\s+parties\s+to|is\s+party\s+to|oversaw)\s+(?P<agreement>.+)$"),
    _shape("agreement_details", r"^(?:when\s+and\s+where|where\s+and\s+when|when|where)\s+(?:was|were)\s+(?P<agreement>.+?)\s+signed\b.*$"),
    _shape("events_involving", r"^what\s+did\s+(?P<actor>.+?)\s+do\b(?:\s+(?:in|at)\s+(?P<place>.+))?$", dated=True),
    _shape("events_involving", r"^what\s+happened\s+between\s+(?P<actor>.+?)\s+and\s+(?P<other>.+)$", dated=True),
    _shape("events_involving", r"^(?:which|what)\s+events\s+(?:did\s+)?(?:involved?|with)\s+(?P<actor>.+?)(?:\s+and\s+(?P<other>.+))?$",
           dated=True),
)
_PRONOUNS = {"it", "this", "that", "this agreement", "that agreement", "this treaty", "that treaty", "him", "her", "he", "she"}


def ask(kg: "DiploKG", question: str, today: date | None = None, context: str | None = None) -> Reply:
    """Answer an English question, or say what can be asked; ``context`` is the IRI "it" refers to."""
    today = today or date.today()
    text = re.sub(r"\s+", " ", question).strip().rstrip("?.! ")
    span, rest = find_span(text, today)
    rest = re.sub(r"\s+", " ", rest).strip().rstrip("?.!, ")
    for shape in SHAPES:
        m = shape.pattern.match(rest)
        if not m:
            continue
        if shape.query == "agreements_signed" and m["actor"]:
            params = _actor_params(kg, m["actor"], span, today, context)
        else:
            params = {k: _with_context(v, context) for k, v in m.groupdict().items() if v}
        if shape.dated:
            params.update(span_params(span))
        if shape.on_date and span is not None:
            params["on"] = span.earliest.isoformat()
        on = span.earliest if span else today
        try:
            reply = run_question(kg, shape.query, params, question=question, on=on)
        except NotFound as exc:
            return _cannot(kg, question, exc.message)
        reply.interpretation = _interpretation(kg, shape.query, reply.params)
        return reply
    return _cannot(kg, question, "I can't answer that")


def _with_context(value: str, context: str | None) -> str:
    return context if context and value.strip().lower() in _PRONOUNS else value


def _actor_params(kg: "DiploKG", actor: str, span: Span | None, today: date, context: str | None) -> dict[str, str]:
    """agreements_signed takes a person or a country: try the name as a person first."""
    actor = _with_context(actor, context)
    on = span.earliest if span else today
    try:
        return {"person": str(resolve_entity(kg, actor, (DKG.Person,), on))}
    except NotFound:
        return {"country": str(resolve_entity(kg, actor, (DKG.Country,), on))}


def _interpretation(kg: "DiploKG", name: str, params: dict[str, str]) -> str:
    canned = kg.canned[name]
    shown = {k: (_key_label(v) if v.startswith(BASE) else v) for k, v in params.items()}
    return describe_call(canned, shown)


def _cannot(kg: "DiploKG", question: str, why: str) -> Reply:
    menu = [{"name": c.name, "title": c.title, "description": c.description,
             "params": ", ".join(f"{p.name}{'' if p.required else '?'}" for p in c.params)} for c in kg.canned.values()]
    return Reply(question=question, understood=False, can_answer=menu + [{"name": "examples", "title": "Questions like",
                 "description": "; ".join(EXAMPLES), "params": ""}],
                 interpretation=f"{why}; here is what I can answer: " + "; ".join(c.title.lower() for c in kg.canned.values()))


#: Shown when a question is not understood (shapes, not facts: any name in the graph works).
EXAMPLES = ("which agreements did <person or country> sign in January 2025", "whom did <person> meet",
            "which sectors does the <country>-<country> treaty cover", "when and where was <agreement> signed",
            "what did <person> say", "what did <person> do in <place>", "who is <person>",
            "what happened between <country> and <country> last week")


__all__ = ["Answer", "Evidence", "Reply", "ask", "resolve_entity", "run_question", "group_answers", "find_span"]
