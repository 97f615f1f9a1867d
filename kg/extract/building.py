"""Building one event on a clause: its status, participants and roles, place and date.

``EventBuilder`` holds the state of the article being read (its entities, the events told so far, the people
named so far; ``EventFinder.find`` sets the sentence being read) and the common way an event is made from a
trigger and its verb (``_simple``, ``_finish``); the readers of talks (talks.py) and of signings and other acts
(acts.py) build their own kinds on it, and ``EventFinder`` (events.py) chooses among them for each word.
"""
from __future__ import annotations

import re

from spacy.tokens import Token

from kg.extract.clauses import ClauseReader
from kg.extract.records import Event
from kg.extract.vocabulary import CONTROL_VERBS, FUTURE_HEADS, LIST_PREPS, MOTION_VERBS, SIGN_VERBS, TALK_NOUNS

PAST_HOLDER = re.compile(r"\b(?:then|former|late)[\s-]+(?:[A-Z][\w.-]*\s+){0,3}$")


class EventBuilder(ClauseReader):
    """The state of one article's reading and the making of one event from a trigger and the verb it hangs on."""

    def __init__(self, entities: dict, capitals: dict[str, str] | None = None, known=None, published=None, office_holders=None):
        self.entities = entities
        self.office_holders = office_holders or (lambda title, countries: [])   # "foreign ministers" of these countries
        self.published = published
        self.known = known or (lambda key: key in entities)   # makes a reference key an entity if it can
        self.capitals = capitals or {}   # capital place key -> country key
        self.history: list[Event] = []
        self.seen_people: list[str] = []  # people named so far, in order (for "the four ministers")
        self.seen_countries: list[str] = []  # countries named so far, in order (for "the three countries")

    @staticmethod
    def _some(event: Event | None) -> list[Event]:
        return [event] if event is not None else []

    def _governor(self, noun: Token) -> Token:
        """The verb a noun trigger depends on ("held talks", "sat down for talks", "said at the summit")."""
        head, during = noun, False
        while head.dep_ in ("pobj", "prep", "dobj", "compound", "conj", "amod", "attr", "appos") and head.head.i != head.i:
            head = head.head
            during = during or head.lower_ == "during"
            if head.pos_ in ("VERB", "AUX") and head.lower_ not in LIST_PREPS:
                return _purpose_of(head) or (_agreed_during(noun, head) if during else None) or head
        return head if head.pos_ in ("VERB", "AUX") else noun

    def _has_object_or_agent(self, verb: Token) -> bool:
        return any(c.dep_ in ("dobj", "nsubjpass", "agent", "prep", "attr") for c in verb.children) or verb.dep_ in ("relcl", "acl")

    def _simple(self, trigger: Token, kind: str, verb: Token, host: bool = False, guest: bool = False) -> Event | None:
        status = self._status(verb)
        if status is None:
            return None
        event = Event(kind, self.index, status=status)
        if verb.i != trigger.i or trigger.pos_ in ("VERB", "AUX"):
            subjects = self._subjects(verb)
            for key in self._actors(subjects) + self._plural(subjects):
                event.roles[key] = "host" if host else "guest" if guest else "participant"
        # (what is ratified is the treaty, not a participant: "ratified the Rome Statute")
        others = (self._objects(verb) if kind != "ratification" else []) + self._with(trigger) + (self._with(verb) if verb.i != trigger.i else [])
        if kind == "other":   # "conferred on the Indian leader the Order of ...", "handed over ... to Zelensky"
            others += [t for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in ("on", "upon", "to") for t in c.subtree]
        for key in self._actors(others):
            if kind == "visit" and self.entities[key].kind != "person":
                continue
            event.roles.setdefault(key, "guest" if host else "participant")
        if kind == "ratification":
            event.object_spans = [self._char_span(o) for o in self._signed_objects(trigger, verb)]
        if kind == "other":
            event.roles = {k: r for k, r in event.roles.items() if self.entities[k].kind == "person"}
        # (but once the teller is known, not the people in what was told: "Kim told reporters that the meeting showed
        # Trump's willingness"; "Putin told reporters alongside Pezeshkian" keeps Pezeshkian)
        people = len([k for k in event.roles if self.entities[k].kind == "person"])
        told = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in trigger.children
                if kind == "press_conference" and people and t.dep_ == "ccomp"]
        if kind in ("meeting", "press_conference") and people < 2:
            for m in self.mentions:
                if m.kind == "person" and m.key in self.entities and not m.in_quote and m.key not in event.roles \
                        and not any(s <= m.start < e for s, e in told) \
                        and not PAST_HOLDER.search(self.doc.text[max(0, m.start - 40):m.start]):
                    event.roles[m.key] = "participant"   # (not "then President Kim Dae-jung", of another time)
        # "the summit hosted by Brazil"; "talks in Putrajaya hosted by Anwar" (not the host of a summit they are beside)
        for c in self._hosts(trigger, own=kind == "meeting") if kind == "summit" or kind == "meeting" and trigger.pos_ == "NOUN" else []:
            event.roles[c] = "host"
        if kind == "summit":
            # "the BRICS summit", "the G20 summit": the organisation whose summit it is takes part
            for key in self._actors([t for c in trigger.children if c.dep_ in ("compound", "poss", "nmod") for t in c.subtree]):
                event.roles.setdefault(key, "participant")
            # "Their second summit, held in Hanoi on February 27-28": theirs, those of the last event that had several
            for key in self._plural([c for c in trigger.children if c.dep_ == "poss" and c.lower_ == "their"]) if not event.roles else []:
                event.roles[key] = "participant"
        if kind == "visit" and not event.roles and trigger.pos_ == "VERB" and not self._object_controlled(trigger):
            # "..., becoming the first G7 leader to visit China" (but not "expected a business delegation to visit")
            clause = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX") and self._subjects(a)), None)
            for key in self._actors(self._subjects(clause)) if clause is not None else []:
                if self.entities[key].kind == "person":
                    event.roles[key] = "guest"
        if kind == "visit" and trigger.pos_ in ("NOUN", "PROPN"):
            # "the prime minister's state visit", "the first visit by an Egyptian head of state": they visit
            visitors = [t for h in self._described(trigger) for c in h.children
                        if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for t in c.subtree]
            visiting = [k for k in self._actors(visitors) if self.entities[k].kind == "person"]
            if visiting:
                event.roles = {k: ("host" if r == "guest" else r) for k, r in event.roles.items() if k not in visiting}
            for key in visiting:
                event.roles[key] = "guest"
        if kind == "visit" and not any(self.entities[k].kind == "person" for k in event.roles):
            return None   # "The Kremlin announced the visit": the announcer is no visitor
        if kind == "meeting" and len(event.roles) < 2:
            return None   # "negotiations involving both parties": talks need two sides
        self._finish(event, verb)
        return event

    @staticmethod
    def _described(noun: Token) -> list[Token]:
        """The noun and what a copula says it is: "The visit is Modi's seventh to the UAE" tells whose visit, and where."""
        said = [c for c in noun.head.children if c.dep_ == "attr"] if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" else []
        return [noun, *said]

    def _finish(self, event: Event, verb: Token) -> None:
        event.evidence.append(self.index)
        event.backdrop = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
        event.place = self._place(verb)
        if event.place is None and event.type in ("summit", "press_conference", "meeting", "signing"):
            event.place = self._place_near(verb)
        event.date = self._date(verb, exclude=event.object_spans, planned=event.status != "happened")
        if event.date is not None and event.status != "happened":
            event.date = self._forward(event.date, verb)

    def _forward(self, span, verb: Token):
        for d in self.dates:
            if d.span == span:
                return self.future.get((d.start, d.end), span)
        return span


def _purpose_of(verb: Token) -> Token | None:
    """The past act a purpose infinitive depends on: "signed 23 agreements to broaden cooperation ..., on the fourth
    day of his visit" (the parser hangs the visit on "broaden"; the visit is as real as the signing)."""
    infinitive = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    # (not "invited Lula to attend the summit", "hoped to visit": what is asked or hoped for is not done)
    done = verb.head.tag_ == "VBD" and verb.head.lemma_.lower() not in FUTURE_HEADS | CONTROL_VERBS
    return verb.head if infinitive and done else None


def _agreed_during(noun: Token, verb: Token) -> Token | None:
    """The past agreeing that talks or a visit were the occasion of: "agreed to elevate relations ..., during talks in
    Beijing" (the parser hangs the talks on "elevate"; they took place as the agreeing did).  Not when the act agreed
    is itself a meeting or signing ("agreed to meet during the summit"), nor when the noun has a date of its own
    ("agreed to review it during Xi's visit next year")."""
    occasion = noun.lower_ in TALK_NOUNS | {"visit"} and not any(t.ent_type_ == "DATE" for t in noun.subtree)
    act = verb.dep_ == "xcomp" and verb.lemma_.lower() not in MOTION_VERBS | SIGN_VERBS | {"hold", "attend"} \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return verb.head if occasion and act and verb.head.lemma_.lower() == "agree" and verb.head.tag_ == "VBD" else None
