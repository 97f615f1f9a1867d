"""What a sentence leaves out, filled from the narrative around it and marked as inferred.

Each rule is one function over the article's events in sentence order, tried in this order:

- an unplaced event happens where the event told just before it did (two sentences back at most, within a week
  of the story's day: not where a declaration was signed months before);
- "on the eve of the summit" is the day before the story's day;
- an undated signing of "the 1991 Strategic Arms Reduction Treaty" is of the year its name gives;
- an undated plan takes the day of the plan told just before ("talks with Rahmon on Friday. The two presidents
  are expected to sign ..."): that Friday;
- "In the evening, ...", "Modi then left", "that day", "later in the day", "earlier in the day": the day just told;
- "after the talks", "following the summit", "on the sidelines of the ceremony": the day of those talks (or signing);
- "during that earlier trip", "at the end of that visit": the last past date told in the two sentences before
  ("his third visit since last July. During that earlier trip, ..." is last July);
- an undated event away from the story's place takes the date of an event told beside it at that place (the
  next paragraph's "press conference on Thursday" dates the talks in Dushanbe);
- a plan of a week ("when he visits Manila next week") takes the closer days another plan of the same person gives
  ("an official visit on September 7 and 8");
- anything else undated takes the story's date (or for a plan, the story's coming date), and unplaced, the
  story's place; a signing's date and place date and place what it signed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from kg.dates import Span, find_dates
from kg.extract.records import Event, Extraction

EVE = re.compile(r"\bon the eve of\b", re.I)
AFTER_TALKS = re.compile(r"\b(?:after|following|on the sidelines of) (?:the|their|these) (?:talks|meeting|summit|negotiations|ceremony)\b", re.I)
EARLIER_TRIP = re.compile(r"\bthat (?:earlier |previous |last )?(?:trip|visit)\b|\b(?:his|her|their|the) (?:earlier|previous) (?:trip|visit)\b", re.I)
CONTINUING = re.compile(r"^(?:in the (?:morning|afternoon|evening)|that (?:morning|afternoon|evening|night)|later(?: that day)?|afterwards)\b"
                        r"|(?<!since )\bthen\b(?!-)|\b(?:that|the same) day\b|\b(?:later|earlier) (?:in|on) the day\b", re.I)   # not "since then", "then-President"


@dataclass
class Story:
    """The article's own day, coming day (for plans) and place, from its lead and dateline."""
    day: Span
    ahead: Span
    place: str | None
    published: date


def settle(result: Extraction, story: Story) -> None:
    events = sorted(result.events, key=lambda e: e.sentence)
    text = lambda e: result.sentences[e.sentence].text
    for rule in (_place_told_before, _eve, _year_in_the_name, _day_of_the_plan_before, _day_just_told, _after_the_talks, _earlier_trip,
                 _day_told_beside, _plan_told_closer):
        for e in events:
            rule(e, events, text, result, story)
    for e in events:
        _story_defaults(e, result, story)


def _place_told_before(e: Event, events: list[Event], text, result: Extraction, story: Story) -> None:
    if e.place is None:
        e.place = next((c.place for c in reversed(events) if c.sentence < e.sentence and e.sentence - c.sentence <= 2
                        and c.place and c.type != "visit" and c.status == e.status and not c.backdrop
                        and (c.date is None or abs((c.date.earliest - story.day.earliest).days) <= 7)), None)


def _eve(e: Event, events: list[Event], text, result: Extraction, story: Story) -> None:
    if e.date is None and EVE.search(text(e)) and story.day.precision == "day":
        e.date, e.date_inferred = Span.day(story.day.earliest - timedelta(days=1)), True


def _year_in_the_name(e: Event, events: list[Event], text, result: Extraction, story: Story) -> None:
    if e.date is None and e.type == "signing" and e.status == "happened" and e.agreement is not None:
        a = result.agreements[e.agreement]
        if a.date is not None and a.date.precision == "year" and re.search(rf"\b{a.date.value}\b", a.name):
            e.date, e.date_inferred = a.date, True


def _day_of_the_plan_before(e: Event, events: list[Event], text, result: Extraction, story: Story) -> None:
    plans = [c for c in events if c.status != "happened" and 0 < e.sentence - c.sentence <= 1 and c.date and not c.date_inferred]
    if e.date is None and e.status != "happened" and plans:
        e.date, e.date_inferred = max(plans, key=lambda c: (c.type != "visit", c.sentence)).date, True


def _day_just_told(e: Event, events: list[Event], text, result: Extraction, story: Story) -> None:
    if e.date is None and e.status == "happened" and CONTINUING.search(text(e)):
        told = [c for c in events if c.sentence < e.sentence and c.status == "happened"]
        last = max(told, key=lambda c: c.sentence) if told else None
        if last is not None and last.date and not last.date_inferred and last.date.precision == "day":
            e.date, e.date_inferred = last.date, True


def _after_the_talks(e: Event, events: list[Event], text, result: Extraction, story: Story) -> None:
    if e.date is None and e.status == "happened" and AFTER_TALKS.search(text(e)):
        talks = [c for c in events if c.sentence <= e.sentence and c is not e and c.type in ("meeting", "summit", "signing")
                 and c.status == "happened" and not c.backdrop and c.date and not c.date_inferred and c.date.precision == "day"]
        if talks:
            e.date, e.date_inferred = max(talks, key=lambda c: c.sentence).date, True


def _earlier_trip(e: Event, events: list[Event], text, result: Extraction, story: Story) -> None:
    if e.date is None and EARLIER_TRIP.search(text(e)):
        told = [d.span for i in (e.sentence - 2, e.sentence - 1) if i >= 0
                for d in find_dates(result.sentences[i].text, story.published) if d.span.latest < story.day.earliest]
        if told:
            e.date, e.date_inferred = told[-1], True


def _day_told_beside(e: Event, events: list[Event], text, result: Extraction, story: Story) -> None:
    if e.date is None and story.place and e.place and e.place != story.place:
        paragraph = lambda x: result.sentences[x.sentence].paragraph
        near = [c for c in events if c.date and not c.date_inferred and abs(paragraph(c) - paragraph(e)) <= 2
                and c.status == e.status and not c.backdrop
                and c.place in (e.place, None) and c.date.earliest.year == story.published.year]
        if near:
            e.date, e.date_inferred = min(near, key=lambda c: abs(c.sentence - e.sentence)).date, True


def _plan_told_closer(e: Event, events: list[Event], text, result: Extraction, story: Story) -> None:
    """"will sign a joint declaration when the Australian leader visits Manila next week", then "would make an official
    visit on September 7 and 8": the plan of a week takes the closer days a plan of the same person gives, and so does
    what it would sign."""
    if e.status == "happened" or e.date is None:
        return
    closer = [c.date for c in events if c is not e and c.status == e.status and c.date and not c.date_inferred
              and set(c.roles) & set(e.roles) and c.date.within(e.date) and c.date != e.date]
    if closer:
        for i in [e.agreement, *e.extra_agreements] if e.agreement is not None else []:
            if result.agreements[i].date == e.date:
                result.agreements[i].date = closer[0]
        e.date, e.date_inferred = closer[0], True


def _story_defaults(e: Event, result: Extraction, story: Story) -> None:
    own_act = e.agreement_act   # (before the parties are made its roles below)
    if not e.roles and e.agreement is not None:   # "13 documents were signed": the parties took part
        e.roles = {k: "participant" for k in result.agreements[e.agreement].parties}
    if e.status == "happened" and e.date is not None and e.date.earliest > story.published:
        e.date = None   # a happened event cannot postdate its report
    if e.date is None:
        e.date, e.date_inferred = (story.day if e.status == "happened" else story.ahead), True
    if e.place is None and story.place and e.date == story.day and e.status == "happened":
        e.place = story.place
    if e.status != "happened" and e.type != "signing" or own_act:
        return   # a signing planned for Thursday dates the planned agreement; other plans, and its entry into force, do not
    for i in [e.agreement, *e.extra_agreements] if e.agreement is not None else []:
        a = result.agreements[i]
        a.date = a.date or e.date
        a.place = a.place or e.place
