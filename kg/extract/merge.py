"""One event told twice is one event: the same type, status and day, compatible places and the same people
(or "the two sides" for the people of those countries), a trip told by its arrival and its end, one signing of
one agreement.  Merged events keep all their evidence."""
from __future__ import annotations

from kg.dates import Span
from kg.extract.records import Event


def _compatible(a: Event, b: Event, entities: dict) -> bool:
    """The same event told twice: same type, status and day, places that agree, and the same people."""
    if a.type != b.type or a.status != b.status:
        return False
    if a.type == "signing" and _signed(a) & _signed(b) and (a.date_inferred or b.date_inferred):
        return True   # an agreement is signed once: a retelling with no date of its own is that signing
    if a.type == "visit" and _same_trip(a, b, entities):
        return True
    if a.type == "summit" and a.place and a.place == b.place and a.date and b.date \
            and (a.date.within(b.date) or b.date.within(a.date)):
        return True   # "the May 19-21 meeting" and "ended their three-day summit on Sunday" in Hiroshima
    undated_plan = a.status != "happened" and (a.date_inferred or b.date_inferred)   # "prepares to hold talks", "on Monday"
    if (a.date.value if a.date else None) != (b.date.value if b.date else None) and not undated_plan:
        return False
    together = set(_people(a, entities)) & set(_people(b, entities))
    if a.type == "signing" and None not in (a.agreement, b.agreement):
        same_role = {k for k in together if a.roles.get(k) == b.roles.get(k)}
        return a.agreement == b.agreement or len(same_role) >= 2   # one ceremony of the same signers (or overseers)
    if a.type == "other":   # paying tribute and handing over aid are two acts, whoever does them
        return a.agreement is not None and a.agreement == b.agreement
    if not _places_agree(a.place, b.place, entities, len(together) >= 2):
        return False
    if a.type == "press_conference" and a.place and b.place:
        return True   # one press conference a day at one place
    guests = lambda e: {k for k, r in e.roles.items() if r == "guest"}
    if a.type == "visit" and guests(a) and guests(b) and not guests(a) & guests(b):
        return False   # "Xi invited Trump to visit China, and Trump invited Xi to the United States": two visits
    return _same_people(a, b, entities)


def _signed(e: Event) -> set[int]:
    """Every agreement an event is about ("signed a treaty and seven other agreements")."""
    return {i for i in (e.agreement, *e.extra_agreements) if i is not None}


def _places_agree(a: str | None, b: str | None, entities: dict, same_pair: bool) -> bool:
    """No place, the same place, a city and its country, or (for the same two people on one day) two places of
    one country: the Great Hall of the People and Beijing."""
    if not a or not b or a == b or _within(a, b, entities) or _within(b, a, entities):
        return True
    country = lambda k: entities[k].country if k in entities and entities[k].kind == "place" else None
    return same_pair and country(a) is not None and country(a) == country(b)


def _people(e: Event, entities: dict) -> list[str]:
    return [k for k in e.roles if k in entities and entities[k].kind == "person"]


def _same_people(a: Event, b: Event, entities: dict) -> bool:
    """At least two in common, or the same single one; the people decide when both name people ("US" and
    "Chinese" in their titles do not); or one is told as "the two sides" for the people of those countries."""
    people_a, people_b = _people(a, entities), _people(b, entities)
    roles_a, roles_b = (people_a, people_b) if people_a and people_b else (list(a.roles), list(b.roles))
    shared = set(roles_a) & set(roles_b)
    if len(shared) >= 2 or len(shared) == 1 and (len(roles_a) == 1 or len(roles_b) == 1):
        return True
    countries = lambda e: [k for k in e.roles if k in entities and entities[k].kind == "country"]
    told_as_sides = any(len(countries(e)) >= 2 and len(_people(e, entities)) <= 1 and set(_people(e, entities)) <= set(_people(o, entities))
                        for e, o in ((a, b), (b, a)))
    sides_a, sides_b = _sides(a, entities), _sides(b, entities)
    return told_as_sides and bool(sides_a and sides_b) and (sides_a <= sides_b or sides_b <= sides_a)


def _same_trip(a: Event, b: Event, entities: dict) -> bool:
    """A visit told by its arrival and by its end ("arrived on Monday", "wrapped up a two-day visit to Russia
    yesterday"): the same guest, the same place, its country or a venue, days within a few days of each other."""
    guests = {k for k in set(a.roles) & set(b.roles) if a.roles.get(k) == "guest" == b.roles.get(k)}
    if not guests or not (a.place and b.place) or not (a.date and b.date) or a.date.precision != "day" or b.date.precision != "day":
        return False
    places = a.place == b.place or _within(a.place, b.place, entities) or _within(b.place, a.place, entities) \
        or _venue(a.place, entities) or _venue(b.place, entities)
    return places and abs((a.date.earliest - b.date.earliest).days) <= 3


def _venue(place: str, entities: dict) -> bool:
    """A place the reference data does not know and the text puts in no country ("King Khalid International
    Airport", "the Kumsusan state guest house"): a venue of the trip, not another destination."""
    return place in entities and entities[place].kind == "place" and not entities[place].known and not entities[place].country


def _within(place: str, country: str, entities: dict) -> bool:
    """Vienna is in Austria."""
    return place in entities and entities[place].country == country


def _sides(e: Event, entities: dict) -> set[str]:
    """The countries an event's actors stand for; empty unless it names two or more."""
    kind = lambda k: entities[k].kind if k in entities else None
    sides = {entities[k].country if kind(k) == "person" and entities[k].country else k for k in e.roles}
    return sides if len(sides) >= 2 else set()


def merge_events(events: list[Event], entities: dict) -> list[Event]:
    """One event told in several sentences becomes one event with all its evidence."""
    merged: list[Event] = []
    for e in events:
        target = next((m for m in merged if _compatible(m, e, entities)), None)
        if target is None:
            merged.append(e)
            continue
        for k, r in e.roles.items():
            if target.roles.get(k, "participant") == "participant":
                target.roles[k] = r
        target.evidence += [i for i in e.evidence if i not in target.evidence]
        if target.date_inferred and e.date and not e.date_inferred:
            target.date, target.date_inferred = e.date, False
        elif target.date and e.date and not e.date_inferred and e.date.within(target.date) \
                and (target.date.latest - target.date.earliest).days >= 6 \
                and e.date.latest - e.date.earliest < target.date.latest - target.date.earliest:
            target.date = e.date   # "visits Kathmandu this week", then "will arrive on Thursday for a two-day visit"
        elif target.date and e.date and target.date != e.date and not e.date_inferred \
                and target.date.precision == e.date.precision == "day":   # one trip, one summit over several days
            first, last = min(target.date.earliest, e.date.earliest), max(target.date.latest, e.date.latest)
            target.date = Span.between(Span.day(first), Span.day(last))
        if target.place and e.place and (_within(e.place, target.place, entities)
                                         or target.type == "visit" and _venue(target.place, entities)):
            target.place = e.place   # the city is the more precise place; a trip is to a city, not to its airport
        target.place = target.place or e.place
        if target.agreement is None:
            target.agreement = e.agreement
        target.extra_agreements += [i for i in [e.agreement, *e.extra_agreements]
                                    if i is not None and i != target.agreement and i not in target.extra_agreements]
    return merged
