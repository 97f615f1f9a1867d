"""Events from the dependency parse: who signed, met, visited, hosted, oversaw, said what.

A trigger is a verb or noun (sign, oversee the signing, meet, hold talks,
visit, arrive, host, summit, press conference, ratify, issue a statement).
Its participants come from its clause: subjects (with conjuncts and the
antecedent of "who"), objects, and "with ..." phrases; their roles from the
trigger (signer, overseer, host, guest).  Tense and modality set the status:
"will sign", "is expected to sign" and "could finalize" are planned, "invited
... to visit" is an invitation; nothing planned is stored as a fact.  Triggers
inside quotation marks are speech, not narration, and are skipped.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.dates import DateMention
from kg.extract.records import Event, Mention

SIGN_VERBS = {"sign", "ink", "seal", "conclude", "initial"}
OVERSEE_VERBS = {"oversee", "witness", "attend", "observe", "preside"}
RATIFY_VERBS = {"ratify"}
MEET_VERBS = {"meet", "greet", "welcome", "receive", "host"}
TALK_NOUNS = {"talk", "talks", "meeting", "negotiation", "negotiations", "consultation", "consultations"}
VISIT_VERBS = {"visit", "arrive", "travel", "fly"}
VISIT_NOUNS = {"visit", "trip", "tour"}
SUMMIT_NOUNS = {"summit"}
STATEMENT_VERBS = {"issue", "release", "publish", "adopt"}
STATEMENT_NOUNS = {"statement", "communique", "communiqué", "declaration"}
FUTURE_HEADS = {"expect", "plan", "schedule", "set", "due", "hope", "intend", "aim", "prepare", "want", "seek",
                "agree", "propose", "look", "likely", "go", "could", "may", "might", "would", "need"}
MODALS = {"will", "shall", "could", "may", "might", "would", "should", "'ll"}
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
    """Finds the events of one sentence, given its parse and its resolved mentions."""

    def __init__(self, entities: dict):
        self.entities = entities

    def find(self, index: int, doc: Doc, mentions: list[Mention], dates: list[DateMention], quotes: list[tuple[int, int]]) -> list[Event]:
        self.doc, self.index, self.mentions, self.quotes = doc, index, mentions, quotes
        # "since coming to power in July" dates a period, not the event of the clause.
        self.dates = [d for d in dates if "since" not in doc.text[max(0, d.start - 30):d.start].lower().split()]
        events = []
        for tok in doc:
            if any(s <= tok.idx < e for s, e in quotes):
                continue
            event = self._trigger(tok)
            if event is not None and event.roles:
                events.append(event)
        return events

    # -- triggers ------------------------------------------------------------------------------
    def _trigger(self, tok: Token) -> Event | None:
        lemma, text = tok.lemma_.lower(), tok.lower_
        if tok.pos_ in ("VERB", "AUX") and lemma in SIGN_VERBS and self._has_object_or_agent(tok):
            return self._signing(tok, tok, role="signer")
        if tok.lower_ == "signing" and tok.pos_ in ("NOUN", "VERB") and tok.head.lemma_.lower() in OVERSEE_VERBS:
            return self._signing(tok, tok.head, role="overseer")
        if tok.pos_ == "VERB" and lemma in RATIFY_VERBS:
            return self._simple(tok, "ratification", tok)
        if tok.pos_ == "VERB" and lemma in MEET_VERBS:
            objects = self._actors(self._objects(tok))
            if lemma in ("host", "receive", "welcome") and not any(self.entities[k].kind == "person" for k in objects):
                return None
            kind = "meeting" if objects or lemma == "meet" else None
            if lemma == "meet" and not any(self.entities[k].kind == "person" for k in objects):
                kind = "other"
            return self._simple(tok, kind, tok, host=lemma in ("host", "receive", "welcome")) if kind else None
        if tok.pos_ == "NOUN" and text in TALK_NOUNS:
            return self._simple(tok, "meeting", self._governor(tok))
        if tok.pos_ == "VERB" and lemma in VISIT_VERBS:
            if lemma != "visit" and not self._place(tok):
                return None
            return self._simple(tok, "visit", tok, guest=True)
        if tok.pos_ == "NOUN" and text in VISIT_NOUNS and tok.dep_ != "compound":
            return self._simple(tok, "visit", self._governor(tok), guest=True)
        if tok.pos_ in ("NOUN", "PROPN") and text == "conference" and tok.i > 0 and tok.nbor(-1).lower_ in ("press", "news"):
            return self._simple(tok, "press_conference", self._governor(tok))
        if tok.pos_ in ("NOUN", "PROPN") and text in SUMMIT_NOUNS:
            return self._simple(tok, "summit", self._governor(tok))
        if tok.pos_ == "VERB" and lemma in STATEMENT_VERBS and any(c.lower_ in STATEMENT_NOUNS for c in tok.children):
            event = self._simple(tok, "statement", tok)
            if event:
                event.roles = {k: "speaker" for k in event.roles}
            return event
        return None

    def _has_object_or_agent(self, verb: Token) -> bool:
        return any(c.dep_ in ("dobj", "nsubjpass", "agent", "prep", "attr") for c in verb.children) or verb.dep_ in ("relcl", "acl")

    def _governor(self, noun: Token) -> Token:
        """The verb a noun trigger depends on ("held talks", "sat down for talks", "said at the summit")."""
        head = noun
        while head.dep_ in ("pobj", "prep", "dobj", "compound", "conj", "amod", "attr", "appos") and head.head is not head:
            head = head.head
            if head.pos_ in ("VERB", "AUX"):
                return head
        return head if head.pos_ in ("VERB", "AUX") else noun

    # -- building ------------------------------------------------------------------------------
    def _signing(self, trigger: Token, verb: Token, role: str) -> Event | None:
        status = self._status(verb)
        if status is None:
            return None
        event = Event("signing", self.index, status=status)
        for key in self._actors(self._subjects(verb)):
            event.roles[key] = role
        for key in self._actors(self._presence(verb)):
            event.roles.setdefault(key, "overseer")
        if role == "signer":
            for key in self._actors(self._with(verb)):
                event.roles.setdefault(key, "signer")
        obj = self._signed_object(trigger, verb)
        if obj is not None:
            event.object_span = (obj[0].idx, obj[-1].idx + len(obj[-1]))
        self._finish(event, verb)
        return event

    def _simple(self, trigger: Token, kind: str, verb: Token, host: bool = False, guest: bool = False) -> Event | None:
        status = self._status(verb)
        if status is None:
            return None
        event = Event(kind, self.index, status=status)
        subjects = self._actors(self._subjects(verb)) if verb is not trigger or trigger.pos_ == "VERB" else []
        for key in subjects:
            event.roles[key] = "host" if host else "guest" if guest else "participant"
        others = self._objects(verb) + self._with(trigger) + (self._with(verb) if verb is not trigger else [])
        for key in self._actors(others):
            if kind == "visit" and self.entities[key].kind != "person":
                continue
            event.roles.setdefault(key, "guest" if host else "participant")
        if kind == "ratification":
            obj = self._signed_object(trigger, verb)
            if obj is not None:
                event.object_span = (obj[0].idx, obj[-1].idx + len(obj[-1]))
        if kind == "other":
            event.roles = {k: r for k, r in event.roles.items() if self.entities[k].kind == "person"}
        if kind in ("meeting", "press_conference") and len([k for k in event.roles if self.entities[k].kind == "person"]) < 2:
            for m in self.mentions:
                if m.kind == "person" and m.key and not m.in_quote and m.key not in event.roles:
                    event.roles[m.key] = "participant"
        if kind == "summit":
            for c in self._hosts(trigger):
                event.roles[c] = "host"
        self._finish(event, verb)
        return event

    def _finish(self, event: Event, verb: Token) -> None:
        event.evidence.append(self.index)
        event.place = self._place(verb)
        if event.type in ("summit", "press_conference", "meeting") and event.place is None:
            event.place = self._place_near(verb)
        event.date = self._date(verb)

    # -- parts of the clause -------------------------------------------------------------------
    def _mentions_in(self, tokens: list[Token]) -> list[Mention]:
        ids = {t.i for t in tokens}
        found = []
        for m in self.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and any(t.i in ids for t in span) and not m.in_quote and m.key in self.entities and m.kind != "demonym":
                found.append(m)
        return found

    def _actors(self, tokens: list[Token]) -> list[str]:
        keys = []
        for m in self._mentions_in(tokens):
            e = self.entities.get(m.key)
            if m.kind != "demonym" and e is not None and e.kind in ACTOR_KINDS and m.key not in keys:
                keys.append(m.key)
        return keys

    def _subjects(self, verb: Token) -> list[Token]:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT"]
        agents = [t for c in verb.children if c.dep_ == "agent" for t in c.subtree]
        tokens = [t for s in subjects for t in _core(s)] + agents
        relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that") for c in verb.children)
        if relative or (verb.dep_ == "relcl" and not subjects):
            tokens += list(verb.head.subtree)[: verb.head.i - verb.head.left_edge.i + 1]
        if not tokens and verb.dep_ in ("xcomp", "advcl", "pcomp", "conj", "pobj", "acl") and verb.head is not verb:
            head = verb.head if verb.dep_ != "pobj" else verb.head.head
            return self._subjects(head) if head is not verb else []
        return tokens

    def _objects(self, verb: Token) -> list[Token]:
        return [t for c in verb.children if c.dep_ in ("dobj", "dative", "attr") for t in c.subtree]

    def _with(self, tok: Token) -> list[Token]:
        return [t for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between", "and") for t in c.subtree]

    def _presence(self, verb: Token) -> list[Token]:
        found = []
        for t in verb.subtree:
            if t.lower_ == "presence" and t.head.lower_ == "in":
                found += [x for c in t.children if c.dep_ == "prep" for x in c.subtree]
        return found

    def _signed_object(self, trigger: Token, verb: Token) -> list[Token] | None:
        if trigger.lower_ == "signing":
            prep = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
            return list(pobj.subtree) if pobj else None
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None and verb.dep_ in ("relcl", "acl"):
            obj = verb.head
            return [t for t in obj.subtree if t.i < verb.i or t.i == obj.i] if obj is not None else None
        return list(obj.subtree) if obj is not None else None

    def _place(self, verb: Token) -> str | None:
        """A place in an "in/at/to <place>" phrase of the clause, or the noun a "where" clause hangs on."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "to", "into"):
                for m in self._mentions_in(list(c.subtree)):
                    if self.entities[m.key].kind in PLACE_KINDS:
                        return m.key
            if c.dep_ == "advmod" and c.lower_ == "where" and verb.dep_ == "relcl":
                for m in self._mentions_in([verb.head]):
                    if self.entities[m.key].kind in PLACE_KINDS:
                        return m.key
        clause = verb
        while clause.dep_ == "conj" and clause.head is not clause:
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

    def _date(self, verb: Token) -> object:
        if not self.dates:
            return None
        lo, hi = verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge)
        inside = [d for d in self.dates if lo <= d.start < hi]
        return min(inside or self.dates, key=lambda d: abs(d.start - verb.idx)).span

    def _status(self, verb: Token) -> str | None:
        """happened, planned or invited; None when the clause is negated."""
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        chain = [verb, *verb.ancestors]
        if any(t.lemma_.lower() == "invite" for t in chain[1:3]):
            return "invited"
        if any(c.lower_ in MODALS for c in verb.children if c.dep_ == "aux"):
            return "planned"
        if verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return "planned" if any(t.lemma_.lower() in FUTURE_HEADS for t in chain[1:3]) else "happened"
        if any(t.lemma_.lower() in FUTURE_HEADS and any(c.lower_ in MODALS for c in t.children) for t in chain[1:3]):
            return "planned"
        if verb.lower_ in ("upcoming", "planned") or any(c.lower_ in ("upcoming", "planned", "forthcoming", "next") for c in verb.children):
            return "planned"
        return "happened"
