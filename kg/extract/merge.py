"""One event told twice is one event: the same type, status and day, compatible places and the same people
(or "the two sides" for the people of those countries), a trip told by its arrival and its end, one signing of
one agreement.  Merged events keep all their evidence."""
from __future__ import annotations

from kg.dates import Span
from kg.extract.records import Event


def _compatible(a: Event, b: Event, entities: dict) -> bool:
    """The same event told twice: same type, status and day, compatible places, and the same people (at least
    two in common, or the same single person), or "the two sides" for the people of those countries; one
    press conference a day at one place; one signing of one agreement, or one ceremony of the same signers."""
    if a.type != b.type or a.status != b.status:
        return False
    shared = set(a.roles) & set(b.roles)
    if a.type == "signing" and a.agreement is not None and a.agreement == b.agreement and (a.date_inferred or b.date_inferred):
        return True   # an agreement is signed once: a retelling with no date of its own is that signing
    if a.type == "visit" and _same_trip(a, b, shared, entities):
        return True
    if a.type == "summit" and a.place and a.place == b.place and a.date and b.date \
            and (a.date.within(b.date) or b.date.within(a.date)):
        return True   # "the May 19-21 meeting" and "ended their three-day summit on Sunday" in Hiroshima
    undated_plan = a.status != "happened" and (a.date_inferred or b.date_inferred)   # "prepares to hold talks", "on Monday"
    if (a.date.value if a.date else None) != (b.date.value if b.date else None) and not undated_plan:
        return False
    if a.type == "signing" and None not in (a.agreement, b.agreement):
        return a.agreement == b.agreement or len(shared) >= 2   # "in Manila", "at Malacanang Palace"
    if a.place and b.place and a.place != b.place and not _within(a.place, b.place, entities) and not _within(b.place, a.place, entities):
        return False
    if a.type == "press_conference" and a.place and b.place:
        return True
    if a.type == "other":   # paying tribute and handing over aid are two acts, whoever does them
        return a.agreement is not None and a.agreement == b.agreement
    sides_a, sides_b = _sides(a, entities), _sides(b, entities)
    countries = lambda e: [k for k in e.roles if k in entities and entities[k].kind == "country"]
    people = lambda e: [k for k in e.roles if k in entities and entities[k].kind == "person"]
    if people(a) and people(b):   # the people decide; "US" and "Chinese" in their titles do not
        a_roles, b_roles = people(a), people(b)
        shared = set(a_roles) & set(b_roles)
    else:
        a_roles, b_roles = list(a.roles), list(b.roles)
    # one of them is told as "the two sides" (with at most the one person who said so)
    by_country = any(len(countries(e)) >= 2 and len(people(e)) <= 1 and set(people(e)) <= set(people(o))
                     for e, o in ((a, b), (b, a)))
    return len(shared) >= 2 or (len(shared) == 1 and (len(a_roles) == 1 or len(b_roles) == 1)) \
        or by_country and bool(sides_a and sides_b) and (sides_a <= sides_b or sides_b <= sides_a)


def _same_trip(a: Event, b: Event, shared: set[str], entities: dict) -> bool:
    """A visit told by its arrival and by its end ("arrived on Monday", "wrapped up a two-day visit to Russia
    yesterday"): the same guest, the same place or its country, days within a few days of each other."""
    guests = {k for k in shared if a.roles.get(k) == "guest" == b.roles.get(k)}
    if not guests or not (a.place and b.place) or not (a.date and b.date) or a.date.precision != "day" != b.date.precision:
        return False
    places = a.place == b.place or _within(a.place, b.place, entities) or _within(b.place, a.place, entities)
    return places and abs((a.date.earliest - b.date.earliest).days) <= 3


def _within(place: str, other: str, entities: dict) -> bool:
    """Vienna is in Austria; the Great Hall of the People and Beijing are one place for an event of one day."""
    country = lambda k: entities[k].country if k in entities and entities[k].kind == "place" else None
    return place in entities and (entities[place].country == other or country(place) is not None and country(place) == country(other))


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
        elif target.date and e.date and target.date != e.date and not e.date_inferred \
                and target.date.precision == e.date.precision == "day":   # one trip, one summit over several days
            first, last = min(target.date.earliest, e.date.earliest), max(target.date.latest, e.date.latest)
            target.date = Span.between(Span.day(first), Span.day(last))
        if target.place and e.place and _within(e.place, target.place, entities):
            target.place = e.place   # the city is the more precise place
        target.place = target.place or e.place
        if target.agreement is None:
            target.agreement = e.agreement
        target.extra_agreements += [i for i in [e.agreement, *e.extra_agreements]
                                    if i is not None and i != target.agreement and i not in target.extra_agreements]
    return merged
