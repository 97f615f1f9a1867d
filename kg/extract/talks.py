"""Meetings and talks: "X met A and B" (two meetings), "was met at the airport by", "called on Prime Minister X",
"spoke by telephone", "held separate talks with A and with B", "the APEC leaders' meeting" (a summit)."""
from __future__ import annotations

import re

from spacy.tokens import Token

from kg.dates import Span
from kg.extract.building import EventBuilder
from kg.extract.clauses import agent_phrase, core_phrase
from kg.extract.records import Event
from kg.extract.vocabulary import (
    BACK_REFERENCE_PREPS, CEREMONY_NOUNS, EXCHANGE_NOUNS, HABITUAL, HONOURS_NOUNS, HOST_VERBS, MOTION_VERBS, PHONE_WORDS,
    PLACE_KINDS)


TOGETHER_WORDS = {"joint", "trilateral", "tripartite", "three-way", "together"}
# "met French business leaders", "meet members of the Kenyan private sector": a meeting with people of business
# (GOLD-FORMAT meetings; "met the Filipino community" stays an act of protocol)
BUSINESS_WORDS = {"business", "businessman", "businessmen", "businesspeople", "industrialist", "executive", "exporter",
                  "investor", "entrepreneur", "ceo", "company", "private", "industry"}


def _described_by(noun: Token) -> list[Token]:
    """A noun with the words that say what it is, through "of" ("members of the Kenyan private sector"), but not a
    clause about it ("members of the community, many of whom work for private companies")."""
    words = [noun]
    for c in noun.children:
        if c.dep_ in ("compound", "amod"):
            words.append(c)
        elif c.dep_ == "prep" and c.lower_ == "of":
            words += [t for g in c.children if g.dep_ == "pobj" for t in _described_by(g)]
    return words


class TalksReader(EventBuilder):
    """Who met or talked with whom, and when a meeting is really a courtesy call, a call or a summit."""

    def _meetings(self, verb: Token, lemma: str) -> list[Event]:
        """"X met A and B" is two meetings; "A and B met" one; "met with the Iranians residing in ..." is no meeting."""
        status = self._status(verb)
        if status is None:
            return []
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        subjects = self._actors(self._subjects(verb)) + self._plural(self._subjects(verb))
        agents = self._actors(agent_phrase(verb))
        objects = [k for k in self._actors(self._objects(verb) + self._with(verb)) if self.entities[k].kind == "person"]
        if passive:
            patients = [t for c in verb.children if c.dep_ == "nsubjpass" for t in core_phrase(c)]
            if not patients and verb.dep_ == "conj":   # "arrived ... and was met at the airport by X"
                patients = self._subjects(verb.head)
            subjects, objects = agents, [k for k in self._actors(patients) + self._plural(patients) if k not in agents]
        people = [k for k in subjects if self.entities[k].kind == "person"]
        if passive and objects and subjects and self._welcome_on_arrival(verb):
            return self._some(self._welcomed_visit(verb, status, guests=objects, hosts=subjects))
        if lemma in HOST_VERBS and not objects:
            return []
        if self._habitual(verb):
            return []   # "has met Putin several times": no one meeting (one named "at the summit" is told by the summit)
        if lemma == "meet" and not objects and len(people) < 2:
            if any(t.lower_ == "airport" for c in verb.children if c.dep_ == "prep" for t in c.subtree):
                return []   # "was met at the airport by the prime minister": the welcome of a visit, not an event of its own
            met = [t for c in verb.children if c.dep_ == "dobj" for t in _described_by(c)] + self._with(verb)
            if people and any(t.lemma_.lower() in BUSINESS_WORDS for t in met):
                event = Event("meeting", self.index, status=status, roles={k: "participant" for k in people})
                self._finish(event, verb)   # (its other side is unnamed: no meeting of ``_simple``, which needs two)
                return [event]
            event = self._simple(verb, "other", verb)
            return [event] if event else []
        in_turn = self._in_turn(verb, people) if people and not passive else []
        pairs = [([o], day, place) for group, day, place in in_turn for o in group or [None]] \
            or ([([o], None, None) for o in objects] if len(people) == 1 and len(objects) > 1 else [(objects, None, None)])
        events = []
        for counterpart, day, place in pairs:
            event = Event("meeting", self.index, status=status)
            for key in subjects:
                event.roles[key] = "host" if lemma in HOST_VERBS else "participant"
            for key in filter(None, counterpart):
                event.roles.setdefault(key, "guest" if lemma in HOST_VERBS else "participant")
            self._finish(event, verb)
            event.date, event.place = day or event.date, place or event.place
            events.append(event)
        return events

    @staticmethod
    def _welcome_ceremony(tok: Token) -> bool:
        """"was accorded a ceremonial welcome", "hosted a welcome ceremony and banquet", "a State banquet in honour of
        his guest", "welcomed the president with an official ceremony": the host's ceremony, an act of protocol of
        its own (not "after a welcome ceremony", which refers back to it)."""
        if tok.pos_ == "VERB":
            return tok.lemma_.lower() in HOST_VERBS and any(
                g.lemma_.lower() in HONOURS_NOUNS for c in tok.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children)
        words = CEREMONY_NOUNS.get(tok.lemma_.lower(), set())
        told = tok.dep_ == "pobj" and tok.head.lower_ in BACK_REFERENCE_PREPS
        return bool(words & {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")}) and not told

    @staticmethod
    def _welcome_on_arrival(verb: Token) -> bool:
        """"was met at Luanda airport by his counterpart", "flew to Erbil, where he was received by X": the host's
        welcome on the guest's arrival, a part of the visit rather than a meeting of its own."""
        airport = any(t.lower_ in ("airport", "airbase") for c in verb.children if c.dep_ == "prep" for t in c.subtree)
        where = verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children) \
            and any(a.lemma_.lower() in MOTION_VERBS for a in list(verb.ancestors)[:3])   # (a place the guest travelled to)
        return airport or where

    def _welcomed_visit(self, verb: Token, status: str, guests: list[str], hosts: list[str]) -> Event:
        """The guest's visit, with the one who received him as its host (merged with the trip told by its arrival)."""
        event = Event("visit", self.index, status=status, roles={k: "guest" for k in guests})
        for key in hosts:
            event.roles.setdefault(key, "host")
        self._finish(event, verb)
        if event.place is None and verb.dep_ == "relcl":   # "flew to Erbil, where": the place the clause hangs on
            event.place = next((m.key for m in self._mentions_in([verb.head]) if self.entities[m.key].kind in PLACE_KINDS), None)
        return event

    def _in_turn(self, verb: Token, people: list[str]) -> list[tuple[list[str], Span, str | None]]:
        """"met Xi and Modi on Tuesday, and Erdogan on Wednesday", "met Kishida in Tokyo on Friday and Yoon in Seoul
        on Sunday": each counterpart with the day (and place) told after it, read from the order of the words (the
        parser hangs the second counterpart anywhere), or "again".  Empty unless every day told after the verb follows
        someone met."""
        after = [d for d in self.dates if d.start > verb.idx]
        if len(after) < 2:
            return []
        told = [m for m in self._mentions_in(list(verb.doc[verb.i + 1:]), kinds=("person", "place"))
                if not self._subject_elsewhere(m, verb)]   # (not "a day after Modi arrived on Monday")
        groups, start = [], verb.idx
        for d in after:
            group = list(dict.fromkeys(m.key for m in told if m.kind == "person" and m.key not in people and start <= m.start < d.start))
            again = bool(groups) and re.search(r"\bagain\b", verb.doc.text[start:d.start])
            if not group and (again or not groups and len(people) >= 2):
                group = groups[-1][0] if groups else []   # "(A and B) met (X) in Vilnius in July and again in New York in September"
            elif not group or len(people) >= 2:
                return []
            place = next((m.key for m in told if m.kind == "place" and start <= m.start < d.start), None)
            groups.append((group, d.span, place))
            start = d.end
        return groups

    def _subject_elsewhere(self, m, verb: Token) -> bool:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.i != verb.i

    @staticmethod
    def _habitual(verb: Token) -> bool:
        """"has met Putin several times", "have discussed the dispute many times": no one event."""
        return any(c.lower_ in HABITUAL for t in verb.children for c in [t, *t.children])

    def _called_on(self, verb: Token) -> bool:
        """A courtesy call on someone ("called on Prime Minister X"), not an appeal ("called on Moscow to show ...")."""
        if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            return False
        return any(c.dep_ == "prep" and c.lower_ == "on" and any(self.entities[k].kind == "person" for k in self._actors(list(c.subtree)))
                   for c in verb.children)

    def _talked_with(self, verb: Token) -> bool:
        """Two people talked: "spoke by telephone", "held talks over a video link", "spoke with Zelensky",
        "discussed bilateral ties by phone" (the phrase the parser hung on what was discussed)."""
        for c in [*verb.children, *(g for d in verb.children if d.dep_ == "dobj" for g in d.children)]:
            if c.dep_ != "prep":
                continue
            objects = [g for g in c.children if g.dep_ == "pobj"]
            if c.lower_ in ("by", "over", "on", "via") and any(o.lemma_.lower() in PHONE_WORDS for o in objects):
                return True
            if c.lower_ == "with" and any(self.entities[k].kind == "person" for k in self._actors([t for o in objects for t in o.subtree])):
                return True
        return False

    def _agreed_face_to_face(self, verb: Token) -> bool:
        """"he and Prime Minister Fumio Kishida agreed to resume ...": leaders of two countries who agree talked;
        "Iran and Russia agreed" does not say who met."""
        people = [k for k in self._actors(self._subjects(verb) + self._with(verb)) if self.entities[k].kind == "person"]
        return len({self.entities[k].country for k in people}) >= 2 and None not in {self.entities[k].country for k in people}

    def _separate(self, tok: Token, event: Event | None) -> list[Event]:
        """"held separate talks with Xi and with Erdogan", "held calls with Kishida and Albanese", "spoke by
        telephone with Hun Manet and with Phumtham": one meeting with each counterpart."""
        calls = tok.lemma_.lower() in EXCHANGE_NOUNS and tok.tag_ == "NNS"
        # ("with A and with B", but not "in a joint call", "the trilateral meeting")
        each = any(c.dep_ == "prep" and c.lower_ == "with" and any(g.dep_ == "conj" and g.lower_ == "with" for g in c.children)
                   for c in tok.children) and not any(t.lower_ in TOGETHER_WORDS for t in tok.doc)
        if event is None or not (calls or each or any(c.lower_ == "separate" for c in tok.children)):
            return self._some(event)
        counterparts = list(dict.fromkeys(k for k in self._actors(self._with(tok) + self._with(self._governor(tok))) if k in event.roles))
        if len(counterparts) < 2:
            return [event]
        events = []
        for other in counterparts:
            single = Event(event.type, event.sentence, status=event.status, date=event.date, place=event.place,
                           roles={k: r for k, r in event.roles.items() if k == other or k not in counterparts},
                           evidence=list(event.evidence), backdrop=event.backdrop)
            events.append(single)
        return events

    @staticmethod
    def _process(noun: Token) -> bool:
        """"months of difficult negotiations": a process, not one meeting."""
        return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ("month", "year", "week", "decade")

    def _leaders_meeting(self, noun: Token) -> bool:
        """"the APEC leaders' meeting", "the Pacific Islands Forum leaders' meeting": an organisation's summit."""
        leaders = next((c for c in noun.children if c.lower_ == "leaders" and c.dep_ in ("poss", "compound")), None)
        named = list(leaders.subtree) if leaders is not None else []
        return any(self.entities[m.key].kind == "organisation" for m in self._mentions_in(named) if m.key in self.entities)
