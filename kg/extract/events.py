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

from spacy.tokens import Doc, Token

from kg.dates import DateMention
from kg.extract.records import Event, Mention

SIGN_VERBS = {"sign", "ink", "seal"}
INITIAL_VERBS = {"initial"}   # the text is agreed, not yet signed: an "other" event of the agreement
OVERSEE_VERBS = {"oversee", "witness", "attend", "observe", "preside", "watch"}
RATIFY_VERBS = {"ratify"}
MEET_VERBS = {"meet", "greet", "welcome", "receive", "host"}
HOST_VERBS = {"host", "receive", "welcome", "greet"}
TALK_NOUNS = {"talk", "talks", "meeting", "negotiation", "negotiations", "consultation", "consultations"}
LIST_PREPS = {"including", "notably", "especially"}   # "met Putin several times, including at the summit"
FACILITY_NOUNS = {"centre", "center", "university", "factory", "plant", "museum", "memorial", "school", "hospital",
                  "exhibition", "company", "port", "base", "mosque", "church", "temple", "monument", "campus"}   # visiting one is an act, not a trip
EXCHANGE_NOUNS = {"exchange", "call", "conversation", "dialogue"}   # with "between X and Y": they talked
MEAL_NOUNS = {"dinner", "lunch", "luncheon", "banquet", "breakfast"}   # "invited him to an informal dinner": they met
VISIT_VERBS = {"visit", "arrive", "travel", "fly", "land"}
VISIT_NOUNS = {"visit", "trip", "tour"}
SUMMIT_NOUNS = {"summit"}
STATEMENT_VERBS = {"announce", "condemn", "criticise", "criticize", "denounce", "accuse", "reject", "deny", "urge", "warn"}
ISSUE_VERBS = {"issue", "release", "publish", "announce"}
ADOPT_VERBS = {"adopt", "approve", "endorse", "reach", "agree", "submit", "consider", "debate"}
CEREMONY_OBJECTS = {"pay": {"tribute", "respect", "respects", "homage"}, "lay": {"wreath"},
                    "attend": {"ceremony", "swearing", "inauguration", "funeral", "parade", "reception", "celebration",
                               "commemoration", "opening"},
                    "address": {"community", "diaspora", "parliament", "assembly", "session", "rally", "forum", "students", "lawmakers"}}
HONOUR_VERBS = {"confer", "bestow", "award"}
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "declaration"}
AGREEMENT_NOUNS = {"document", "documents", "agreement", "treaty", "memorandum", "deal", "accord", "pact", "text"}
PRESS_OBJECTS = {"reporter", "reporters", "journalist", "journalists", "press", "media"}
FUTURE_HEADS = {"expect", "plan", "schedule", "set", "due", "hope", "intend", "aim", "prepare", "want", "seek",
                "propose", "likely", "go", "could", "may", "might", "would", "need", "scheduled"}
INVITED_TO = {"visit", "come", "travel", "attend", "participate", "make", "pay"}   # "to make a state visit"
DEPARTURES = {"leave", "depart", "head", "fly", "travel"}   # "Xi leaves Astana tonight for Dushanbe": scheduled
MOTION_VERBS = {"travel", "fly", "arrive", "come", "go", "head", "land", "visit", "meet", "gather", "convene"}
MODALS = {"will", "shall", "could", "may", "might", "would", "should", "'ll"}
FRAME_NOUNS = {"eve", "sidelines", "margins", "margin", "end", "start", "opening", "close"}
BACK_REFERENCE_PREPS = {"after", "before", "at", "during", "following", "since", "ahead"}
PLURAL_HEADS = {"men", "leaders", "presidents", "sides", "ministers", "heads", "countries", "nations", "delegations", "women",
                "officials", "governments"}
OFFICE_PLURALS = {"presidents", "ministers"}
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
PLURAL_COUNTRIES = {"sides", "countries", "nations", "governments"}
AGREEMENT_WORDS = {"treaty", "pact", "agreement", "accord", "deal", "memorandum", "memoranda", "document", "declaration",
                   "statement", "protocol", "contract", "convention", "charter", "mou"}
ACTOR_KINDS = {"person", "country", "organisation"}
PLACE_KINDS = {"place", "country"}


def _core(head: Token) -> list[Token]:
    """A phrase without its relative clauses and prepositional tails: "Pezeshkian, who held talks with X," -> Pezeshkian."""
    tokens = [head]
    for child in head.children:
        if child.dep_ not in ("relcl", "acl", "prep", "advcl", "punct"):
            tokens += _core(child)
    return tokens


class EventFinder:
    """Finds the events of an article sentence by sentence, given each parse and its resolved mentions."""

    def __init__(self, entities: dict, capitals: dict[str, str] | None = None, known=None, published=None):
        self.entities = entities
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
        if verb and lemma in SIGN_VERBS and self._has_object_or_agent(tok):
            return self._some(self._signing(tok, tok, role="signer"))
        if verb and lemma in INITIAL_VERBS and self._has_object_or_agent(tok):
            return self._some(self._signing(tok, tok, role="participant", kind="other"))
        if text == "signing" and tok.head.lemma_.lower() in OVERSEE_VERBS:
            return self._some(self._signing(tok, tok.head, role="overseer"))
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
        if verb and lemma == "invite":
            return self._some(self._invitation(tok))
        if noun and text == "invitation" and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "accept":
            return self._some(self._accepted_invitation(tok))
        if verb and lemma in MEET_VERBS:
            return self._meetings(tok, lemma)
        if noun and (text in TALK_NOUNS or text in MEAL_NOUNS and tok.head.lemma_.lower() != "invite"
                     and not (tok.dep_ == "pobj" and tok.head.head.lemma_.lower() == "invite")
                     or lemma in EXCHANGE_NOUNS and self._with(tok)) and not self._process(tok):
            return self._separate(tok, self._noun_event(tok, "meeting"))
        if verb and lemma == "leave" and any(c.dep_ == "prep" and c.lower_ == "for" for c in tok.children):
            event = self._simple(tok, "visit", tok, guest=True)
            if event is not None:
                event.place = self._place_after(tok, "for")
            return self._some(event)
        if verb and lemma in VISIT_VERBS and not self._invited(tok):
            if lemma != "visit" and not self._place(tok):
                return []
            visited = [m for m in self._mentions_in(self._objects(tok)) if m.key in self.entities]
            institution = lemma == "visit" and (visited and all(self.entities[m.key].kind == "organisation" for m in visited)
                                                or any(o.lemma_.lower() in FACILITY_NOUNS for o in self._objects(tok)))
            return self._some(self._simple(tok, "other" if institution else "visit", tok, guest=True))
        if noun and text in VISIT_NOUNS and tok.dep_ != "compound" and not self._invited(self._governor(tok)):
            return self._some(self._noun_event(tok, "visit", guest=True))
        if noun and text == "conference" and tok.i > 0 and tok.nbor(-1).lower_ in ("press", "news"):
            return self._some(self._noun_event(tok, "press_conference"))
        if noun and (text in SUMMIT_NOUNS or lemma in SUMMIT_NOUNS):   # "for summits with Arab and Gulf leaders"
            return self._some(self._noun_event(tok, "summit"))
        return []

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
        subjects = self._subjects(verb)
        whole = [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree]
        for key in self._people_first(self._actors(subjects) + self._plural(whole or subjects)):
            event.roles[key] = role
        if not event.roles:   # "Leaders of the SCO member states signed": the organisation takes part
            for key in self._actors(whole):
                if self.entities[key].kind == "organisation":
                    event.roles[key] = "participant"
        for key in self._actors(self._presence(verb)) + self._plural(self._presence(verb)):
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
            patients = [t for c in verb.children if c.dep_ == "nsubjpass" for t in _core(c)]
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
        if self._back_reference(noun):
            earlier = next((e for e in reversed(self.history) if e.type == kind or (kind, e.type) == ("meeting", "summit")), None)
            if earlier is not None:
                if self.index not in earlier.evidence:
                    earlier.evidence.append(self.index)
                earlier.place = earlier.place or self._place_near(noun)
                return None
        described = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
        event = self._simple(noun, kind, described or self._governor(noun), guest=guest)
        if event is not None and described is not None:
            event.status = self._status(described) or event.status
        if event is not None:
            own = [d for d in self.dates if self._date_verb(d) == noun.i]
            event.date = own[0].span if own else event.date
            # the noun's own phrase places it: "wrapped up a visit to Russia", "talks in Manila"
            event.place = next(filter(None, (self._place_after(noun, p) for p in ("to", "in", "at"))), event.place)
        return event

    def _back_reference(self, noun: Token, any_verb: bool = False) -> bool:
        """"after the talks", "his visit", "his first overseas trip" (and with ``any_verb``, "the talks were
        held ..."): the event was told before."""
        definite = any(c.lower_ in ("the", "this", "that", "these") for c in noun.children if c.dep_ == "det")
        possessed = any(c.dep_ == "poss" for c in noun.children)   # "his visit", "Mr Sharif's third trip"
        framed = noun.dep_ == "pobj" and noun.head.head.lower_ in FRAME_NOUNS   # "on the eve of the summit"
        # "took part in the expanded meeting": the meeting already told
        framed = framed or noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in ("take", "participate", "join")
        return possessed or definite and (any_verb or framed or noun.dep_ == "pobj" and noun.head.lower_ in BACK_REFERENCE_PREPS)

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

    @staticmethod
    def _process(noun: Token) -> bool:
        """"months of difficult negotiations": a process, not one meeting."""
        return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in ("month", "year", "week", "decade")

    def _separate(self, noun: Token, event: Event | None) -> list[Event]:
        """"held separate talks with Xi and with Erdogan": one meeting with each counterpart."""
        if event is None or not any(c.lower_ == "separate" for c in noun.children):
            return self._some(event)
        counterparts = [k for k in self._actors(self._with(noun)) if k in event.roles]
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
        others = self._objects(verb) + self._with(trigger) + (self._with(verb) if verb.i != trigger.i else [])
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
                if m.kind == "person" and m.key in self.entities and not m.in_quote and m.key not in event.roles:
                    event.roles[m.key] = "participant"
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
        if kind == "visit" and trigger.pos_ in ("NOUN", "PROPN"):   # "the prime minister's state visit": the possessor visits
            for key in self._actors([t for c in trigger.children if c.dep_ == "poss" for t in c.subtree]):
                if self.entities[key].kind == "person":
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

    # -- parts of the clause -------------------------------------------------------------------
    def _char_span(self, tokens: list[Token]) -> tuple[int, int]:
        return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)

    def _mentions_in(self, tokens: list[Token]) -> list[Mention]:
        ids = {t.i for t in tokens}
        found = []
        for m in self.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and any(t.i in ids for t in span) and not m.in_quote and m.key in self.entities and m.kind != "demonym":
                found.append(m)
        return found

    def _actors(self, tokens: list[Token]) -> list[str]:
        """Actors named in these tokens; an organisation or country inside a person's title does not count."""
        keys = []
        people_tokens = {t.i for m in self.mentions if m.kind == "person"
                         for t in (self.doc.char_span(m.start, m.end, alignment_mode="expand") or [])}
        for m in self._mentions_in(tokens):
            e = self.entities[m.key]
            key = m.key
            if e.kind == "place" and e.key in self.capitals:
                key = self.capitals[e.key]   # "Moscow and Tehran signed"
                if not self.known(key):
                    continue
                e = self.entities[key]
            if e.kind not in ACTOR_KINDS or key in keys:
                continue
            if e.kind != "person" and self._inside_person_phrase(m, people_tokens):
                continue
            keys.append(key)
        return keys

    def _inside_person_phrase(self, m: Mention, people_tokens: set[int]) -> bool:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            return False
        for a in span.root.ancestors:
            if a.i in people_tokens:
                return True
            if a.pos_ in ("VERB", "AUX"):
                return False
        return False

    def _people_first(self, keys: list[str]) -> list[str]:
        """When people are named, the organisations beside them are not signers."""
        people = [k for k in keys if self.entities[k].kind == "person"]
        return people or keys

    def _plural(self, tokens: list[Token]) -> list[str]:
        """"they", "the two leaders", "both sides" -> the actors of the last event that had several."""
        words = {t.lower_ for t in tokens}
        count = next((NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS), None)
        if count and count > 2 and words & PLURAL_HEADS:   # "the four ministers": the last four people named
            recent = list(dict.fromkeys(reversed(self.seen_people)))[:count]
            return recent if len(recent) == count else []
        if not ({"they", "both"} & words or ({"two", "leaders", "sides"} & words and words & PLURAL_HEADS)):
            return []
        counted = [t for t in tokens if t.lower_ in OFFICE_PLURALS and any(c.lower_ in NUMBER_WORDS or c.lower_ == "both" for c in t.children)]
        office = counted[0].lower_[:-1] if counted else None
        if office:   # "the two presidents": the last two presidents named, whatever happened in between
            recent = [k for k in dict.fromkeys(reversed(self.seen_people)) if office in (self.entities[k].role or "").lower()]
            if len(recent) >= (count or 2):
                return recent[:count or 2]
        countries = bool(words & PLURAL_COUNTRIES)
        for e in reversed(self.history):
            if e.backdrop:
                continue   # "arrived from Poland, where he had held talks with Tusk": not who "the two leaders" are
            people = [k for k in e.roles if self.entities[k].kind == ("country" if countries else "person")]
            if countries and len(people) < 2:
                people = list(dict.fromkeys(c for k in e.roles if (c := self.entities[k].country) and self.known(c)))
            if len(people) >= 2:
                return people
        return []

    def _subjects(self, verb: Token) -> list[Token]:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT"]
        agents = [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
        tokens = [t for s in subjects for t in _core(s)] + agents
        relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that") for c in verb.children)
        if relative or (verb.dep_ == "relcl" and not subjects):
            tokens += list(verb.head.subtree)[: verb.head.i - verb.head.left_edge.i + 1]
        if not tokens and verb.dep_ in ("xcomp", "advcl", "pcomp", "conj", "pobj", "acl") and verb.head.i != verb.i:
            head = verb.head if verb.dep_ != "pobj" else verb.head.head
            return self._subjects(head) if head.i != verb.i else []
        return tokens

    def _objects(self, verb: Token) -> list[Token]:
        return [t for c in verb.children if c.dep_ in ("dobj", "dative", "attr") for t in _core(c)]

    def _with(self, tok: Token) -> list[Token]:
        return [t for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between", "and") for t in c.subtree]

    def _presence(self, verb: Token) -> list[Token]:
        found = []
        for t in verb.subtree:
            if t.lower_ == "presence" and t.head.lower_ in ("in", "under"):
                found += [x for c in t.children if c.dep_ == "prep" for x in c.subtree]
        return found

    def _signed_objects(self, trigger: Token, verb: Token) -> list[list[Token]]:
        """The noun phrases signed: "signed a treaty", "the signing of 23 documents", "X and Y were signed", conjuncts apart."""
        head = None
        if trigger.lower_ == "signing":
            prep = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            head = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        else:
            head = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if head is None and verb.dep_ in ("relcl", "acl"):
                return [[t for t in verb.head.subtree if t.i < verb.i or t.i == verb.head.i]]
        if head is not None and head.lower_ in ("which", "that") and verb.dep_ == "relcl":
            clause = {t.i for t in verb.subtree}   # "the accession protocol, which the allies signed in July 2022"
            return [[t for t in verb.head.subtree if t.i not in clause]]
        if head is None:
            return []
        if any(c.lower_ == "such" for c in head.children):
            return [[head]]   # "has signed such an agreement": a kind of agreement, not one
        # "signed an agreement on X, and an agreement on Y": the parser may hang the second on the verb.
        elliptic = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() in AGREEMENT_WORDS]
        heads = [head] + [c for c in head.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON")] + elliptic
        return [[t for t in h.subtree if not (t.dep_ == "conj" or any(a.dep_ == "conj" and a.head.i == h.i for a in [*t.ancestors, t]))] or [h] for h in heads]

    def _place(self, verb: Token) -> str | None:
        """A place in an "in/at/to <place>" phrase of the clause, or the noun a "where" clause hangs on."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "to", "into"):
                for m in self._mentions_in(list(c.subtree)):
                    if self.entities[m.key].kind in PLACE_KINDS:
                        return m.key
        clause = verb
        while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:   # "Moscow, where they are to sign"
            clause = clause.head
        if clause.dep_ == "relcl" and any(c.lower_ == "where" for c in clause.children):
            for m in self._mentions_in([clause.head]):
                if self.entities[m.key].kind in PLACE_KINDS:
                    return m.key
        if verb.pos_ == "VERB" and verb.lemma_.lower() == "visit":
            for m in self._mentions_in(self._objects(verb)):
                if self.entities[m.key].kind in PLACE_KINDS:
                    return m.key
        return None

    def _place_after(self, verb: Token, preposition: str) -> str | None:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == preposition:
                for m in self._mentions_in(list(c.subtree)):
                    if self.entities[m.key].kind in PLACE_KINDS:
                        return m.key
        return None

    def _place_near(self, tok: Token) -> str | None:
        for t in tok.subtree:
            if t.dep_ == "prep" and t.lower_ in ("in", "at"):
                for m in self._mentions_in(list(t.subtree)):
                    if self.entities[m.key].kind == "place":
                        return m.key
        return None

    def _hosts(self, summit: Token) -> list[str]:
        verbs = [t for t in summit.subtree if t.lemma_.lower() == "host"]
        return [k for v in verbs for k in self._actors([t for c in v.children if c.dep_ == "agent" for t in c.subtree])]

    def _date(self, verb: Token, exclude: list[tuple[int, int]] = ()):
        """A date of the trigger's own clause, else of a clause that governs it ("..., Putin said on Friday");
        never one from a clause hanging on it ("arrived from Poland, where he had held talks on Thursday")."""
        if verb.dep_ == "relcl" and any(c.lower_ == "when" for c in verb.children):   # "since 2013, when X visited"
            named = next((d for d in self.told_dates if d.start <= verb.head.idx < d.end), None)
            if named is not None:
                return named.span
        if not self.dates:
            return None
        clause = self._clause_verbs(verb)
        # A date inside what was signed is part of its name ("a plan until 2030") unless it is a past date
        # ("signed the Treaty of Good-Neighborliness in 2001").
        published = self.published
        dates = [d for d in self.dates if not (any(s <= d.start < e for s, e in exclude) and d.span.earliest > published)]
        for scope in clause:
            # "held talks on Wednesday, signed a joint statement": the date of the talks the verb holds
            heads = {scope.i} | {c.i for c in scope.children if c.dep_ == "dobj" and c.lower_ in TALK_NOUNS | VISIT_NOUNS}
            own = [d for d in dates if self._date_verb(d) in heads]
            if own:
                return min(own, key=lambda d: abs(d.start - verb.idx)).span
        return None

    def clause_date(self, doc: Doc, dates: list[DateMention], quotes: list[tuple[int, int]], verb: Token):
        """The date of ``verb``'s own clause in a sentence (used for statements found after the events)."""
        self.doc = doc
        self.dates = self.told_dates = [d for d in dates if not any(s <= d.start < e for s, e in quotes)]
        return self._date(verb)

    def _clause_verbs(self, tok: Token) -> list[Token]:
        """The trigger, the verbs above it, then the clauses coordinated with it ("talks on Thursday, and
        the two presidents are expected to oversee the signing")."""
        verbs = [tok] + [a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")]
        coordinated = [c for v in verbs for c in v.conjuncts if c.pos_ in ("VERB", "AUX")]
        coordinated += [x for c in coordinated for x in c.children if x.dep_ == "xcomp"]   # "is scheduled to hold talks on Thursday"
        return verbs + [c for c in coordinated if c.i not in {v.i for v in verbs}]

    def _date_verb(self, d) -> int | None:
        """The index of the verb (or noun trigger) a date expression hangs on."""
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            return None
        if span[-1].lower_ in ("after", "before"):   # "a month after X paid a visit" dates the clause that follows
            clause = span[-1].head if span[-1].dep_ == "mark" else next((c for c in span[-1].children), None)
            if clause is not None:
                return clause.i
        for a in [span.root, *span.root.ancestors]:
            if a.pos_ in ("VERB", "AUX") or a.lower_ in TALK_NOUNS | VISIT_NOUNS | SUMMIT_NOUNS | {"conference", "signing"}:
                if a.i not in range(span.start, span.end):
                    return a.i
        return None

    def _status(self, verb: Token) -> str | None:
        """happened, planned or invited; None when the clause is negated."""
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        if any(c.dep_ in ("nsubjpass", "dobj", "nsubj") and any(d.lower_ in ("no", "neither") for d in c.children if d.dep_ == "det")
               for c in verb.children):
            return None   # "No joint statement was issued."
        chain = [verb, *verb.ancestors]
        if any(t.lemma_.lower() == "invite" for t in chain[1:3]):
            return "invited"
        if any(c.lower_ in MODALS for c in verb.children if c.dep_ == "aux"):
            return "planned"
        if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.head.children) and verb.head.lemma_.lower() in FUTURE_HEADS:
                return None   # "had initially planned to sign ... in Kazan": a plan that was not carried out
            # "is expected to sign", "agreed to meet", "could pave the way for X to meet": not (yet) a fact;
            # "flew to Moscow to sign" after a past motion verb is told as done.
            head = verb.head
            if head.tag_ == "VBD" and head.lemma_.lower() in MOTION_VERBS:
                return "happened"
            if head.tag_ == "VBG" and head.lemma_.lower() in MOTION_VERBS and head.head.lower_ in ("before", "after") \
                    and head.head.head.tag_ in ("VBD", "VBN"):
                return "happened"   # "has met Putin ..., before travelling to Moscow to sign the treaty"
            if any(t.lower_ in ("first", "last", "only") for c in [head, *head.children] for t in [c, *c.children]):
                return "happened"   # "became the first Indian prime minister to visit Ukraine"
            return "planned"
        if any(any(c.lower_ in MODALS for c in t.children if c.dep_ == "aux") for t in chain[1:3]):
            return "planned"
        if verb.lower_ in ("upcoming", "planned") or any(c.lower_ in ("upcoming", "planned", "forthcoming", "next") for c in verb.children):
            return "planned"
        if verb.lemma_.lower() in ("expect", "schedule", "due", "set") and verb.tag_ == "VBN" \
                and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in verb.children):
            return "planned"   # "Scholz and Xi are both expected at the G20 summit"
        if verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in DEPARTURES and not any(c.dep_ == "aux" for c in verb.children):
            return "planned"   # the news present of a timetable: "leaves on Saturday for Abu Dhabi"
        return "happened"
