"""An ``Extraction`` in the shape of the gold files (tests/corpus/GOLD-FORMAT.md): what ``kg extract`` prints
and what ``kg eval`` scores.  Each item carries its evidence sentence, the sentence's character offsets in the
article, and a confidence."""
from __future__ import annotations

from kg.extract.records import Extraction


GOLD_TYPES = {"ratification": "other"}   # the gold format has no ratification type


def is_background(agreement, published, ratified_now: bool = False) -> bool:
    """An older agreement mentioned in passing (signed more than a year before the article), unless the story is
    its ratification ("ratified the Rome Statute", adopted in 1998)."""
    return agreement.date is not None and (published - agreement.date.latest).days > 365 and not ratified_now


def as_gold(x: Extraction) -> dict:
    a = x.article
    name = lambda key: x.entities[key].name if key else None

    def evidence(indexes: list[int]) -> dict:
        first = x.sentences[min(indexes)] if indexes else None
        return {"evidence": first.text if first else None,
                "offsets": [[x.sentences[i].start, x.sentences[i].end] for i in sorted(set(indexes))]}

    people = [{"name": e.name, "aliases": sorted(e.aliases - {e.name}), "role": e.role,
               "country": name(e.country) if e.country in x.entities else e.country, "wikidata": e.wikidata or None}
              for e in x.entities.values() if e.kind == "person"]
    by_kind = lambda kind: sorted({e.name for e in x.entities.values() if e.kind == kind})
    events = []
    published = a.published.date()
    for e in x.events:
        item = {"type": GOLD_TYPES.get(e.type, e.type), "date": e.date.value if e.date else None, "date_inferred": e.date_inferred,
                "place": name(e.place), "participants": [name(k) for k in e.roles],
                "roles": {name(k): r for k, r in e.roles.items()}, "agreement": None}
        if e.status != "happened":
            item["status"] = e.status
        item.update(evidence(e.evidence))
        item["confidence"] = round(e.confidence * (0.75 if e.date_inferred else 1), 2)
        # The format gives an event one agreement: a ceremony where several were signed is one item per agreement.
        agreements_of_event = [e.agreement, *e.extra_agreements] if e.agreement is not None else [None]
        events += [item | {"agreement": x.agreements[i].name if i is not None else None} for i in agreements_of_event]
    agreements, background = [], []
    ratified_now = {e.agreement for e in x.events if e.type == "ratification" and e.date is not None
                    and (published - e.date.latest).days <= 365}
    for i, ag in enumerate(x.agreements):
        item = {"name": ag.name, "aliases": ag.aliases, "kind": ag.kind, "parties": [name(k) for k in ag.parties],
                "signatories": [name(k) for k in ag.signatories], "overseen_by": [name(k) for k in ag.overseen_by],
                "ratified_by": [name(k) for k in ag.ratified_by], "date": ag.date.value if ag.date else None,
                "place": name(ag.place), "sectors": sorted(ag.sectors), "count": ag.count}
        if ag.status != "signed":
            item["status"] = ag.status
        item.update(evidence(ag.evidence))
        item["confidence"] = ag.confidence
        (background if is_background(ag, published, i in ratified_now) else agreements).append(item)
    document = lambda q: x.agreements[q.document].name if q.document is not None else None
    quotes = [{"speaker": name(q.speaker) if q.speaker else document(q), "document": document(q),
               "text": q.text, "date": q.date.value if q.date else None,
               **({"via": name(q.via) if q.via in x.entities else q.via} if q.via else {}),
               "evidence": x.sentences[q.sentence].text, "offsets": [[q.start, q.end]], "confidence": q.confidence}
              for q in x.quotes]
    return {
        "article": {"file": a.path.rsplit("/", 1)[-1], "outlet": a.outlet, "news_id": a.news_id,
                    "published": a.published.date().isoformat(), "title": a.title},
        "people": people,
        "organizations": by_kind("organisation"),
        "countries": by_kind("country"),
        "places": by_kind("place"),
        "events": events,
        "agreements": agreements,
        "background_agreements": background,
        "quotes": quotes,
        "model": x.model,
    }
