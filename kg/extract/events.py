"""Events from the dependency parse: who signed, met, visited, hosted, oversaw, said what.

A trigger is a verb or noun (sign, oversee the signing, meet, hold talks,
visit, arrive, land, host, summit, press conference, tell reporters, ratify,
issue or adopt a statement, invite).  Its participants come from its clause:
subjects (with conjuncts, the antecedent of "who", and plural references such
as "the two leaders" resolved to the people of the last event with several),
objects, "with ..." phrases and "in the presence of ...".  Roles come from the
trigger (signer, overseer, host, guest).  Tense and modality set the status:
"will sign", "is expected to sign", "is due to hold talks" and "could
finalize" are planned, "invited X to visit" is an invitation whose guest is X;
nothing planned is stored as a fact.  Triggers inside quotation marks are
speech, not narration, and are skipped; "after the talks" refers back to talks
already told and adds evidence to them instead of making new ones.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.dates import DateMention
from kg.extract.clauses import ClauseReader, core_phrase
from kg.extract.records import Event, Mention
from kg.extract.vocabulary import (
    SIGN_VERBS, INITIAL_VERBS, OVERSEE_VERBS, RATIFY_VERBS, MEET_VERBS, HOST_VERBS, TALK_NOUNS, LIST_PREPS,
    FACILITY_NOUNS, EXCHANGE_NOUNS, MEAL_NOUNS, VISIT_VERBS, VISIT_NOUNS, SUMMIT_NOUNS, ISSUE_VERBS, ADOPT_VERBS,
    CEREMONY_OBJECTS, HONOUR_VERBS, STATEMENT_NOUNS, AGREEMENT_NOUNS, PRESS_OBJECTS, INVITED_TO, FRAME_NOUNS,
    BACK_REFERENCE_PREPS, ACTOR_KINDS, SIGNATURE_VERBS, JUDGING_VERBS, PHONE_WORDS, PURPOSE_VERBS, PROCEDURE_VERBS, LAW_NOUNS,
    EARLIER_WORDS)


PAST_HOLDER = re.compile(r"\b(?:then|former|late)[\s-]+(?:[A-Z][\w.-]*\s+){0,3}$")


class EventFinder(ClauseReader):
    """Finds the events of an article sentence by sentence, given each parse and its resolved mentions."""

    def __init__(self, entities: dict, capitals: dict[str, str] | None = None, known=None, published=None, office_holders=None):
        self.entities = entities
        self.office_holders = office_holders or (lambda title, countries: [])   # "foreign ministers" of these countries
        self.published = published
        self.known = known or (lambda key: key in entities)   # makes a reference key an entity if it can
        self.capitals = capitals or {}   # capital place key -> country key
        self.history: list[Event] = []
        self.seen_people: list[str] = []  # people named so far, in order (for "the four ministers")

    def find(self, index: int, doc: Doc, mentions: list[Mention], dates: list[DateMention], quotes: list[tuple[int, int]],
             future_dates: list[DateMention] | None = None) -> list[Event]:
        """``dates`` resolved as past references, ``future_dates`` the same expressions read forward (for planned events)."""
        self.doc, self.index, self.mentions, self.quotes = doc, index, mentions, quotes
        self.future = {(d.start, d.end): d.span for d in future_dates or []}
        period = [(h.left_edge.idx, h.right_edge.idx + len(h.right_edge))
                  for t in doc if t.lower_ == "since" for h in [t.head if t.dep_ == "mark" else t]]
        # "since coming to power in July" dates a period, not the event of the clause.
        # Dates inside quotation marks belong to the speech ("signed today"), not to the narrated event.
        self.dates = [d for d in dates if not any(s <= d.start < e for s, e in period + quotes)]
        self.periods = period   # ... but "since the agreement, signed in February 2022, entered into force" dates that signing
        self.told_dates = [d for d in dates if not any(s <= d.start < e for s, e in quotes)]
        events: list[Event] = []
        self.seen_people += [m.key for m in mentions if m.kind == "person" and m.key in self.entities
                             and not m.in_quote and m.text.lower() not in ("he", "she", "him", "her", "his")]
        for tok in doc:
            if any(s <= tok.idx < e for s, e in quotes):
                continue
            for event in self._trigger(tok):
                if event.roles or event.object_spans:
                    events.append(event)
                    self.history.append(event)   # "..., and the two presidents are expected to" looks here
        return events

    # -- triggers ------------------------------------------------------------------------------
    def _trigger(self, tok: Token) -> list[Event]:
        lemma, text = tok.lemma_.lower(), tok.lower_
        verb = tok.pos_ in ("VERB", "AUX")
        noun = tok.pos_ in ("NOUN", "PROPN")
        if verb and lemma in SIGN_VERBS and self._signs_a_law(tok):
            return self._some(self._procedure_event(tok))   # "The law must now be signed by the president"
        if verb and lemma in SIGN_VERBS and self._has_object_or_agent(tok):
            return self._some(self._signing(tok, tok, role="signer"))
        if verb and lemma in INITIAL_VERBS and self._has_object_or_agent(tok):
            return self._some(self._signing(tok, tok, role="participant", kind="other"))
        if noun and lemma == "signature" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in SIGNATURE_VERBS:
            return self._some(self._signing(tok, tok.head, role="signer"))   # "put their own signatures to a joint declaration"
        overseer = tok.head.head if tok.head.pos_ == "ADP" else tok.head   # "presided over the signing"
        if (text == "signing" or text == "exchange" and self._exchanged_agreements(tok)) and overseer.lemma_.lower() in OVERSEE_VERBS:
            return self._some(self._signing(tok, overseer, role="overseer"))   # "witnessed the exchange of two MOUs"
        if verb and lemma in RATIFY_VERBS:
            return self._some(self._simple(tok, "ratification", tok))
        if verb and lemma in ISSUE_VERBS | ADOPT_VERBS and (obj := self._statement_object(tok)) is not None:
            # announcing or issuing a statement is a statement; publishing a treaty's text or adopting a deal is another act
            spoken = lemma == "announce" or lemma in ISSUE_VERBS and obj.lower_ in STATEMENT_NOUNS
            return self._some(self._adoption(tok, "statement" if spoken else "other"))
        if tok.dep_ == "acl" and lemma in ISSUE_VERBS and tok.head.lower_ in STATEMENT_NOUNS:
            return self._some(self._adoption(tok, "statement"))
        if text.startswith("brief") and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in PRESS_OBJECTS:
            return self._some(self._simple(tok, "press_conference", tok))   # "Briefing reporters in Kyiv, X said"
        if (verb or tok.tag_ == "VBG") and (lemma == "tell" or text.startswith("brief")) and any(c.lower_ in PRESS_OBJECTS for c in tok.children if c.dep_ in ("dobj", "dative")):
            return self._some(self._simple(tok, "press_conference", tok))
        if verb and lemma == "meet" and any(c.lower_ in PRESS_OBJECTS for c in tok.children if c.dep_ == "dobj"):
            return self._some(self._simple(tok, "press_conference", tok))
        if verb and lemma in ("speak", "talk") and any(g.lower_ in PRESS_OBJECTS for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                                                       for g in c.children):
            return self._some(self._simple(tok, "press_conference", tok))   # "the two men spoke to reporters"
        if verb and self._ceremony(tok):
            return self._some(self._simple(tok, "other", tok))
        if verb and self._procedure(tok):
            return self._some(self._procedure_event(tok))
        if verb and lemma == "accompany":
            self._companions(tok)
            return []
        if verb and lemma == "invite":
            return self._some(self._invitation(tok))
        if noun and text == "invitation" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "accept":
            return self._some(self._accepted_invitation(tok))
        if verb and lemma == "call" and self._called_on(tok):   # "Prabowo also called on Prime Minister Albanese"
            return self._some(self._simple(tok, "meeting", tok))
        if verb and lemma in ("speak", "talk") and self._talked_with(tok):   # "spoke by telephone", "would speak with him"
            return self._some(self._simple(tok, "meeting", tok))
        if verb and lemma == "agree" and self._agreed_face_to_face(tok):
            return self._some(self._simple(tok, "meeting", tok))
        if verb and lemma in MEET_VERBS:
            return self._meetings(tok, lemma)
        if noun and (text in TALK_NOUNS or lemma in TALK_NOUNS or text in MEAL_NOUNS and tok.head.lemma_.lower() != "invite"
                     and not (tok.dep_ == "pobj" and tok.head.head.lemma_.lower() == "invite")
                     or lemma in EXCHANGE_NOUNS and (self._with(tok) or self._with(self._governor(tok)))) and not self._process(tok):
            return self._separate(tok, self._noun_event(tok, "summit" if self._leaders_meeting(tok) else "meeting"))
        if verb and lemma == "leave" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            event = self._simple(tok, "visit", tok, guest=True)
            if event is not None:
                event.place = self._place_after(tok, "for")
            return self._some(event)
        if verb and lemma in VISIT_VERBS and not self._invited(tok):
            flew_in = any(c.dep_ in ("prt", "advmod") and c.lower_ == "in" for c in tok.children)   # "Zelensky flew in on Saturday"
            if lemma != "visit" and not self._place(tok) and not flew_in:
                return []
            visited = [m for m in self._mentions_in(self._objects(tok)) if m.key in self.entities]
            institution = lemma == "visit" and (visited and all(self.entities[m.key].kind == "organisation" for m in visited)
                                                or any(o.lemma_.lower() in FACILITY_NOUNS for o in self._objects(tok)))
            return self._some(self._simple(tok, "other" if institution else "visit", tok, guest=True))
        if noun and text in VISIT_NOUNS and tok.dep_ != "compound" and not self._invited(self._governor(tok)) \
                and self._governor(tok).lemma_.lower() != "invite":   # "invited Albanese ... for an official visit"
            return self._some(self._noun_event(tok, "visit", guest=True))
        if noun and (text == "conference" and tok.i > 0 and tok.nbor(-1).lower_ in ("press", "news")
                     or text == "briefing" and any(c.lower_ == "joint" for c in tok.children)):
            return self._some(self._noun_event(tok, "press_conference"))   # (also "at a joint media briefing")
        if noun and (text in SUMMIT_NOUNS or lemma in SUMMIT_NOUNS):   # "for summits with Arab and Gulf leaders"
            return self._some(self._noun_event(tok, "summit"))
        return []

    @staticmethod
    def _exchanged_agreements(noun: Token) -> bool:
        """"the exchange of two other MOUs" (not "an exchange of views")."""
        return any(g.dep_ == "pobj" and (g.lower_ in AGREEMENT_NOUNS or g.lemma_.lower() in AGREEMENT_NOUNS)
                   for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)

    def _called_on(self, verb: Token) -> bool:
        """A courtesy call on someone ("called on Prime Minister X"), not an appeal ("called on Moscow to show ...")."""
        if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
            return False
        return any(c.dep_ == "prep" and c.lower_ == "on" and any(self.entities[k].kind == "person" for k in self._actors(list(c.subtree)))
                   for c in verb.children)

    def _talked_with(self, verb: Token) -> bool:
        """Two people talked: "spoke by telephone", "held talks over a video link", "spoke with Zelensky"."""
        for c in verb.children:
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

    @staticmethod
    def _some(event: Event | None) -> list[Event]:
        return [event] if event is not None else []

    def _has_object_or_agent(self, verb: Token) -> bool:
        return any(c.dep_ in ("dobj", "nsubjpass", "agent", "prep", "attr") for c in verb.children) or verb.dep_ in ("relcl", "acl")

    def _governor(self, noun: Token) -> Token:
        """The verb a noun trigger depends on ("held talks", "sat down for talks", "said at the summit")."""
        head = noun
        while head.dep_ in ("pobj", "prep", "dobj", "compound", "conj", "amod", "attr", "appos") and head.head.i != head.i:
            head = head.head
            if head.pos_ in ("VERB", "AUX") and head.lower_ not in LIST_PREPS:
                return head
        return head if head.pos_ in ("VERB", "AUX") else noun

    # -- building ------------------------------------------------------------------------------
    def _signing(self, trigger: Token, verb: Token, role: str, kind: str = "signing") -> Event | None:
        status = self._status(verb)
        if status is None:
            return None
        event = Event(kind, self.index, status=status)
        # "signed by ministers and officials in the presence of X and Y at the palace": X and Y oversaw, no more
        presence = [t.head for t in verb.subtree if t.lower_ == "presence"]
        witnessed = {x.i for p in presence for x in p.subtree}
        subjects = [t for t in self._subjects(verb) if t.i not in witnessed]
        whole = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree if t.i not in witnessed]
        for key in self._people_first(self._actors(subjects) + self._plural(whole or subjects)):
            event.roles[key] = role
        if not event.roles:   # "Custodian of the Two Holy Mosques King Salman and ... Xi Jinping signed": the people named
            for key in self._actors(whole):
                if self.entities[key].kind == "person":
                    event.roles[key] = role
        if not event.roles:   # "Leaders of the SCO member states signed": the organisation takes part
            for key in self._actors(whole):
                if self.entities[key].kind == "organisation":
                    event.roles[key] = "participant"
        if not event.roles:   # "Iranian and Tajik officials signed": their countries take part
            for m in self._mentions_in(whole, kinds=("demonym",)):
                if self.known(m.key):
                    event.roles[m.key] = "participant"
        watching = self._presence(verb) + self._looking_on(verb)
        for key in self._actors(watching) + self._plural(watching):
            event.roles.setdefault(key, "overseer")
        if role == "signer":
            for key in self._actors(self._with(verb)):
                event.roles.setdefault(key, "signer")
        event.object_spans = [self._char_span(o) for o in self._signed_objects(trigger, verb)]
        self._finish(event, verb)
        return event

    def _adoption(self, verb: Token, kind: str) -> Event | None:
        status = self._status(verb)
        if status is None:
            return None
        event = Event(kind, self.index, status=status)
        subjects = self._subjects(verb)
        agents = [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
        for key in self._actors(subjects + self._with(verb) + agents) + self._plural(subjects):
            event.roles[key] = "participant"   # "New Delhi announced an agreement with Beijing", "agreed by Baku and Yerevan"
        if not event.roles:
            for key in [k for m in self._mentions_in(list(self.doc)) if (k := m.key) and self.entities[k].kind in ACTOR_KINDS]:
                event.roles.setdefault(key, "participant")
        obj = self._statement_object(verb)
        if obj is not None:
            event.object_spans = [self._char_span(list(obj.subtree) if obj.i != verb.head.i else [obj])]
        self._finish(event, verb)
        return event

    def _statement_object(self, verb: Token) -> Token | None:
        for c in verb.children:
            if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in STATEMENT_NOUNS | AGREEMENT_NOUNS:
                return c
            if c.dep_ == "prep" and c.lower_ == "on":   # "adopted/agreed on a joint statement"
                for g in c.children:
                    if g.dep_ == "pobj" and g.lower_ in STATEMENT_NOUNS | AGREEMENT_NOUNS:
                        return g
        if verb.dep_ == "acl" and verb.head.lower_ in STATEMENT_NOUNS:
            return verb.head
        return None

    def _meetings(self, verb: Token, lemma: str) -> list[Event]:
        """"X met A and B" is two meetings; "A and B met" one; "met with the Iranians residing in ..." is no meeting."""
        status = self._status(verb)
        if status is None:
            return []
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        subjects = self._actors(self._subjects(verb)) + self._plural(self._subjects(verb))
        agents = self._actors([t for c in verb.children if c.dep_ == "agent" for t in c.subtree])
        objects = [k for k in self._actors(self._objects(verb) + self._with(verb)) if self.entities[k].kind == "person"]
        if passive:
            patients = [t for c in verb.children if c.dep_ == "nsubjpass" for t in core_phrase(c)]
            if not patients and verb.dep_ == "conj":   # "arrived ... and was met at the airport by X"
                patients = self._subjects(verb.head)
            subjects, objects = agents, [k for k in self._actors(patients) + self._plural(patients) if k not in agents]
        people = [k for k in subjects if self.entities[k].kind == "person"]
        if lemma in HOST_VERBS and not objects:
            return []
        if any(c.lower_ in ("times", "repeatedly", "regularly", "often") for t in verb.children for c in [t, *t.children]):
            return []   # "has met Putin several times": no one meeting (one named "at the summit" is told by the summit)
        if lemma == "meet" and not objects and len(people) < 2:
            if any(t.lower_ == "airport" for c in verb.children if c.dep_ == "prep" for t in c.subtree):
                return []   # "was met at the airport by the prime minister": the welcome of a visit, not an event of its own
            event = self._simple(verb, "other", verb)
            return [event] if event else []
        pairs = [[o] for o in objects] if len(people) == 1 and len(objects) > 1 else [objects]
        events = []
        for counterpart in pairs:
            event = Event("meeting", self.index, status=status)
            for key in subjects:
                event.roles[key] = "host" if lemma in HOST_VERBS else "participant"
            for key in counterpart:
                event.roles.setdefault(key, "guest" if lemma in HOST_VERBS else "participant")
            self._finish(event, verb)
            events.append(event)
        return events

    def _noun_event(self, noun: Token, kind: str, guest: bool = False) -> Event | None:
        """A talks/visit/summit noun; "after the talks" adds evidence to the talks already told, and "the talks
        were held under the annual summit" makes those talks the summit."""
        if kind == "summit":
            talks = [t for t in self._subjects(self._governor(noun)) if t.lower_ in TALK_NOUNS and self._back_reference(t, any_verb=True)]
            earlier = next((e for e in reversed(self.history) if e.type == "meeting" and e.status == "happened"), None)
            if talks and earlier is not None:
                earlier.type = "summit"
                earlier.evidence.append(self.index)
                return None
        bare = not any(c.dep_ in ("compound", "amod", "nmod") for c in noun.children)   # "The summit, held ..." (not "the G20 summit")
        if self._back_reference(noun, any_verb=kind == "summit" and bare):
            # "the talks" of a summit, and "Thursday's summit" of two leaders whose talks that day were told
            own = self._own_dates(noun)
            # "British Prime Minister Rishi Sunak's visit" is his, not the visit of someone else told before
            # (and "the annual leaders' meeting with Premier Li" is not the talks with Xi told before)
            owners = [k for k in self._actors([t for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for t in c.subtree]
                                              + self._with(noun))
                      if self.entities[k].kind == "person"]   # ("his visit" is the visit told, whoever "his" was taken for)
            earlier_one = any(c.lower_ in EARLIER_WORDS for c in noun.children)   # "Xi's previous visit"
            elsewhere = self._place_after(noun, "to") if kind == "visit" else None   # "Erdogan's visit to Cairo in February"
            earlier = next((e for e in reversed(self.history) if (e.type == kind or (kind, e.type) == ("meeting", "summit")
                            or (kind, e.type) == ("summit", "meeting") and e.status == "happened" and own and e.date == own[0]
                            and len([k for k in e.roles if self.entities[k].kind == "person"]) == 2)
                            and (not owners or set(owners) & {k for k, r in e.roles.items() if kind != "visit" or r == "guest"})
                            and not earlier_one and (elsewhere is None or elsewhere == e.place)), None)
            attended = noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during", "after", "following")
            if earlier is not None and earlier.status == "planned" and attended and self._status(self._governor(noun)) == "happened":
                earlier.status, earlier.date = "happened", None   # "would then hold a joint press conference" ... "Speaking at the joint press conference"
            if earlier is not None:
                if self.index not in earlier.evidence:
                    earlier.evidence.append(self.index)
                earlier.place = earlier.place or self._place_near(noun)
                if own and earlier.date and earlier.date.within(own[0]):
                    earlier.date = own[0]   # "The summit, held from 5 to 6 December": its days, not only the one told first
                return None
        # "the talks, held on Monday" tell whether it happened; "negotiations aimed at peace" do not
        described = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in PURPOSE_VERBS), None)
        event = self._simple(noun, kind, described or self._governor(noun), guest=guest)
        if event is not None and described is not None:
            event.status = self._status(described) or event.status
        if event is not None and any(c.dep_ == "relcl" and c.tag_ == "VBD" for c in noun.children):
            event.status = "happened"   # "after a state visit to China that produced ...": told in the past
        if event is not None:
            own = self._own_dates(noun)
            # "on Tuesday, after a visit to China": the clause's day is not the visit's (unless told in its own phrase)
            inside = [d.span for d in self.dates if noun.left_edge.idx <= d.start < noun.right_edge.idx + len(noun.right_edge)]
            before_or_after = noun.dep_ == "pobj" and noun.head.lower_ in ("after", "before") and event.date not in inside
            event.date = own[0] if own else None if before_or_after else event.date
            # the noun's own phrase places it: "wrapped up a visit to Russia", "talks in Manila"
            event.place = next(filter(None, (self._place_after(noun, p) for p in ("to", "in", "at"))), event.place)
            if kind == "meeting":   # "negotiations on a trade agreement": the agreement negotiated
                event.object_spans = [self._char_span(list(g.subtree)) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "for")
                                      for g in c.children if g.dep_ == "pobj" and (g.lower_ in AGREEMENT_NOUNS or g.lemma_.lower() in AGREEMENT_NOUNS)]
        return event

    def _leaders_meeting(self, noun: Token) -> bool:
        """"the APEC leaders' meeting", "the Pacific Islands Forum leaders' meeting": an organisation's summit."""
        leaders = next((c for c in noun.children if c.lower_ == "leaders" and c.dep_ in ("poss", "compound")), None)
        named = list(leaders.subtree) if leaders is not None else []
        return any(self.entities[m.key].kind == "organisation" for m in self._mentions_in(named) if m.key in self.entities)

    def _own_dates(self, noun: Token) -> list:
        """The dates of a noun trigger's own phrase: "Thursday's summit", "the summit, held from 5 to 6 December"."""
        heads = {noun.i} | {c.i for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"}
        return [d.span for d in self.dates if self._date_verb(d) in heads]

    def _back_reference(self, noun: Token, any_verb: bool = False) -> bool:
        """"after the talks", "his visit", "his first overseas trip" (and with ``any_verb``, "the talks were
        held ..."): the event was told before."""
        definite = any(c.lower_ in ("the", "this", "that", "these") for c in noun.children if c.dep_ == "det")
        possessed = any(c.dep_ == "poss" for c in noun.children)   # "his visit", "Mr Sharif's third trip"
        framed = noun.dep_ == "pobj" and noun.head.head.lower_ in FRAME_NOUNS   # "on the eve of the summit"
        # "took part in the expanded meeting": the meeting already told
        framed = framed or noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in ("take", "participate", "join")
        judged = noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in JUDGING_VERBS   # "described the meeting as"
        return possessed or definite and (any_verb or framed or judged or noun.dep_ == "pobj" and noun.head.lower_ in BACK_REFERENCE_PREPS)

    def _invitation(self, verb: Token) -> Event | None:
        """"X invited Y to visit Z": a visit with status invited, Y the guest, X the host."""
        guests = self._actors(self._objects(verb))
        xcomp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        if not guests or (xcomp is not None and xcomp.lemma_.lower() not in INVITED_TO):
            return None   # "invited Iran ... to join the bloc" is no visit
        meal = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children if g.lower_ in MEAL_NOUNS), None)
        status = self._status(verb) if meal is not None else "invited"
        if status is None:
            return None
        event = Event("meeting" if meal is not None else "visit", self.index, status=status)
        for key in self._actors(self._subjects(verb)):
            event.roles[key] = "host"
        for key in guests:
            event.roles[key] = "guest"
        self._finish(event, xcomp or verb)
        return event

    def _companions(self, verb: Token) -> None:
        """"Foreign Minister Retno Marsudi accompanied the president on the trip": she joins his last visit."""
        companions = [k for k in self._actors(self._subjects(verb)) if self.entities[k].kind == "person"]
        led = set(self._actors(self._objects(verb)))
        visit = next((e for e in reversed(self.history) if e.type == "visit" and led & set(e.roles)), None)
        if visit is not None and companions and self._status(verb) == visit.status:
            for key in companions:
                visit.roles.setdefault(key, "guest")
            if self.index not in visit.evidence:
                visit.evidence.append(self.index)

    @staticmethod
    def _process(noun: Token) -> bool:
        """"months of difficult negotiations": a process, not one meeting."""
        return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ("month", "year", "week", "decade")

    def _separate(self, noun: Token, event: Event | None) -> list[Event]:
        """"held separate talks with Xi and with Erdogan", "held calls with Kishida and Albanese": one meeting with
        each counterpart."""
        calls = noun.lemma_.lower() in EXCHANGE_NOUNS and noun.tag_ == "NNS"
        if event is None or not (calls or any(c.lower_ == "separate" for c in noun.children)):
            return self._some(event)
        counterparts = [k for k in self._actors(self._with(noun) + self._with(self._governor(noun))) if k in event.roles]
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
    def _procedure(verb: Token) -> bool:
        """Acts of office and procedure: "was elected chancellor", "sworn in", "took office", "lawmakers voted",
        "handed the rotating presidency to Milei", "will deposit the instrument of ratification"."""
        lemma = verb.lemma_.lower()
        if lemma not in PROCEDURE_VERBS:
            return False
        if verb.dep_ == "relcl" or any(c.dep_ == "mark" and c.lower_ in ("since", "after", "when", "before") for c in verb.children) \
                or verb.dep_ == "pcomp" and verb.head.lower_ in ("since", "after", "before"):
            return False   # "Pezeshkian, who took office last July", "since Mr Anwar took office": the background of a person
        if lemma == "swear":
            return any(c.dep_ == "prt" and c.lower_ == "in" for c in verb.children)
        if lemma == "elect":
            return any(c.dep_ in ("nsubjpass", "dobj", "oprd", "attr") for c in verb.children)
        if lemma == "vote":
            return any(c.dep_ == "nsubj" for c in verb.children)
        needed = PROCEDURE_VERBS[lemma]
        return any(t.lemma_.lower() in needed for c in verb.children if c.dep_ in ("dobj", "prep") for t in c.subtree)

    @staticmethod
    def _signs_a_law(verb: Token) -> bool:
        return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in LAW_NOUNS for c in verb.children)

    def _procedure_event(self, verb: Token) -> Event | None:
        """An "other" event of the people, bodies and countries that act (or are elected)."""
        status = self._status(verb)
        if status is None:
            return None
        event = Event("other", self.index, status=status)
        subjects = self._subjects(verb)
        elected = [t for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and verb.lemma_.lower() == "elect" for t in c.subtree]
        for key in self._actors(subjects + elected + self._with(verb)) + self._plural(subjects):
            event.roles.setdefault(key, "participant")
        if not event.roles:
            return None
        self._finish(event, verb)
        return event

    @staticmethod
    def _ceremony(verb: Token) -> bool:
        """Acts of protocol: "paid tribute", "laid a wreath", "addressed the Indian community", "conferred the
        order on", "handed over four mobile hospitals"."""
        lemma = verb.lemma_.lower()
        objects = {t.lemma_.lower() for c in verb.children if c.dep_ == "dobj" for t in c.subtree}   # "addressed members of the community"
        return bool(objects & CEREMONY_OBJECTS.get(lemma, set())) or lemma in HONOUR_VERBS \
            or lemma == "hand" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)

    def _accepted_invitation(self, noun: Token) -> Event | None:
        """"X accepted an invitation to visit Washington": a visit with status invited, X the guest."""
        visit = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in INVITED_TO), None)
        guests = self._actors(self._subjects(noun.head))
        if visit is None or not guests or self._status(noun.head) is None:
            return None
        event = Event("visit", self.index, status="invited", roles={k: "guest" for k in guests})
        self._finish(event, visit)
        return event

    def _invited(self, verb: Token) -> bool:
        """"invited him to visit", "an invitation to visit": the visit is the invitation's."""
        return verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() == "invite" \
            or verb.dep_ == "acl" and verb.head.lower_ == "invitation"

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
        if kind in ("meeting", "press_conference") and len([k for k in event.roles if self.entities[k].kind == "person"]) < 2:
            for m in self.mentions:
                if m.kind == "person" and m.key in self.entities and not m.in_quote and m.key not in event.roles \
                        and not PAST_HOLDER.search(self.doc.text[max(0, m.start - 40):m.start]):
                    event.roles[m.key] = "participant"   # (not "then President Kim Dae-jung", of another time)
        if kind == "summit":
            for c in self._hosts(trigger):
                event.roles[c] = "host"
            # "the BRICS summit", "the G20 summit": the organisation whose summit it is takes part
            for key in self._actors([t for c in trigger.children if c.dep_ in ("compound", "poss", "nmod") for t in c.subtree]):
                event.roles.setdefault(key, "participant")
        if kind == "visit" and not event.roles and trigger.pos_ == "VERB":   # "..., becoming the first G7 leader to visit China"
            clause = next((a for a in trigger.ancestors if a.pos_ in ("VERB", "AUX") and self._subjects(a)), None)
            for key in self._actors(self._subjects(clause)) if clause is not None else []:
                if self.entities[key].kind == "person":
                    event.roles[key] = "guest"
        if kind == "visit" and trigger.pos_ in ("NOUN", "PROPN"):
            # "the prime minister's state visit", "the first visit by an Egyptian head of state": they visit
            visitors = [t for c in trigger.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "by" for t in c.subtree]
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

    def _finish(self, event: Event, verb: Token) -> None:
        event.evidence.append(self.index)
        event.backdrop = any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
        event.place = self._place(verb)
        if event.place is None and event.type in ("summit", "press_conference", "meeting", "signing"):
            event.place = self._place_near(verb)
        event.date = self._date(verb, exclude=event.object_spans)
        if event.date is not None and event.status != "happened":
            event.date = self._forward(event.date, verb)

    def _forward(self, span, verb: Token):
        for d in self.dates:
            if d.span == span:
                return self.future.get((d.start, d.end), span)
        return span
