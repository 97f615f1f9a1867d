"""Signings and other acts: who signed and who oversaw ("in the presence of", "as the two presidents looked
on"), statements issued or adopted, acts of office and procedure ("sworn in", "voted", "deposited the
instrument"), and acts of protocol ("laid a wreath")."""
from __future__ import annotations

from spacy.tokens import Token

from kg.extract.building import EventBuilder
from kg.extract.clauses import about_a_topic, agent_phrase, is_signing_ceremony
from kg.extract.agreement_mentions import others
from kg.extract.records import Event
from kg.extract.vocabulary import (
    ACTOR_KINDS,
    AGREEMENT_NOUNS,
    CEREMONY_OBJECTS,
    DECREE_VERBS,
    HONOUR_VERBS,
    LAW_NOUNS,
    LEGISLATURE_WORDS,
    PASS_VERBS,
    PROCEDURE_VERBS,
    RATIFY_VERBS,
    STATEMENT_NOUNS,
)


# Joining a bloc more than a month before the report is background, no act of the story (GOLD-FORMAT, background
# acts); an election or an oath of office stays an act.
BACKGROUND_DAYS = 31


class ActsReader(EventBuilder):
    """Signings, adoptions and issued statements, and the acts of office, procedure and protocol."""

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
        for key in self._people_first(self._actors(subjects) + (self._plural(whole) or self._plural(subjects))):
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
            # "will sign the treaty with Australian Prime Minister Anthony Albanese": a person the parser hung on
            # the object signs too (a country there is a side: ``agreements``)
            beside = [k for o in verb.children if o.dep_ == "dobj" for k in self._actors(self._with(o)) if self.entities[k].kind == "person"]
            for key in self._actors(self._with(verb)) + beside:
                event.roles.setdefault(key, "signer")
            for m in self._mentions_in(self._on_behalf(verb), kinds=("country", "organisation", "place")):
                side = self.entities[m.key].country if m.kind == "place" else m.key   # ("for Singapore", the city)
                if side in self.entities and self.entities[side].kind in ("country", "organisation"):
                    event.roles.setdefault(side, "participant")   # a side the signers signed for
        signed = self._signed_objects(trigger, verb)
        roots = [t for o in signed for t in o if t.head.i not in {x.i for x in o} or t.head.i == t.i]
        if any(others([c for c in r.children if c.dep_ in ("amod", "predet", "det")], r) for r in roots):
            return None   # "Israel has signed similar understandings with other countries": others, untold
        event.object_spans = [self._char_span(o) for o in signed]
        self._finish(event, verb)
        return event

    @staticmethod
    def _on_behalf(verb: Token) -> list[Token]:
        """"signed by X for Singapore and by Y on behalf of Mercosur": whom the signers signed for (the phrase hangs
        on the verb, on the "by" phrase or on a signer's name)."""
        near = [verb, *(t for c in verb.children if c.dep_ == "agent" for t in c.subtree)]
        found = []
        for t in near:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ == "for":
                    found += [g for p in c.children if p.dep_ == "pobj" for g in p.subtree]
                if c.dep_ == "prep" and c.lower_ == "on" and any(p.lower_ == "behalf" for p in c.children):
                    found += [g for p in c.children if p.lower_ == "behalf" for o in p.children if o.lower_ == "of" for g in o.subtree]
        return found

    @staticmethod
    def _exchanged_agreements(noun: Token) -> bool:
        """"the exchange of two other MOUs" (not "an exchange of views")."""
        return any(g.dep_ == "pobj" and (g.lower_ in AGREEMENT_NOUNS or g.lemma_.lower() in AGREEMENT_NOUNS)
                   for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children)

    @staticmethod
    def _exchanged(verb: Token) -> bool:
        """"the documents were exchanged", "exchanged the agreements" (not "exchanged views")."""
        return any(c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in AGREEMENT_NOUNS or c.lemma_.lower() in AGREEMENT_NOUNS)
                   and not any(t.lemma_.lower() == "ratification" for t in c.subtree) for c in verb.children)   # (not of ratification)

    @staticmethod
    def _takes_effect(verb: Token) -> bool:
        """"The agreement will take effect once ...", "before it enters into force", "came into force in 2022"."""
        lemma = verb.lemma_.lower()
        into = {g.lower_ for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for g in c.children}
        return lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children) \
            or lemma in ("enter", "come") and bool({"force", "effect"} & into)

    def _entry_into_force(self, verb: Token) -> Event | None:
        """An act of the agreement its subject names; its parties take part (``narrative``).  Not when the sentence
        ties it to a ratification or approval ("will take effect after it is ratified by the legislatures", "must be
        approved by parliament before it can enter into force"): that procedure is the act told."""
        status = self._status(verb)
        subject = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
        tied = [c for c in verb.children if c.dep_ == "advcl"] + ([verb.head] if verb.dep_ == "advcl" else [])
        if status is None or not subject or status != "happened" and any(t.lemma_.lower() in RATIFY_VERBS | PASS_VERBS | DECREE_VERBS for t in tied):
            return None   # (a past entry into force after a ratification is an act of its own)
        event = Event("other", self.index, status=status, object_spans=[self._char_span(subject)])
        self._finish(event, verb)
        return None if self._background(event) else event   # ("took effect in 2012")

    def _background(self, event: Event) -> bool:
        """An act of this kind more than a month before the report is background, no act of the story (GOLD-FORMAT,
        background acts)."""
        return event.date is not None and self.published is not None and (self.published - event.date.latest).days > BACKGROUND_DAYS

    def _adoption(self, verb: Token, kind: str) -> Event | None:
        status = self._status(verb)
        if status is None:
            return None
        event = Event(kind, self.index, status=status)
        subjects = self._subjects(verb)
        for key in self._actors(subjects + self._with(verb) + agent_phrase(verb)) + self._plural(subjects):
            event.roles[key] = "participant"   # "New Delhi announced an agreement with Beijing", "agreed by Baku and Yerevan"
        obj = self._statement_object(verb)
        if not event.roles:   # (not what it is about: "Arab leaders adopted a declaration on Sudan")
            about = {t.i for t in self.doc if obj is not None and about_a_topic(t, obj)}
            for key in [k for m in self._mentions_in([t for t in self.doc if t.i not in about])
                        if (k := m.key) and self.entities[k].kind in ACTOR_KINDS]:
                event.roles.setdefault(key, "participant")
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

    @staticmethod
    def _acts_on_a_law(verb: Token) -> bool:
        """"signed the law", "the bill was signed", "is expected to sign it into law" (and a law to be approved or
        decreed): a domestic act on a law."""
        told = [*verb.children, *(verb.head.children if verb.dep_ == "xcomp" else ())]   # ("The law now needs to be signed")
        return any(c.dep_ in ("dobj", "nsubjpass", "nsubj") and c.lemma_.lower() in LAW_NOUNS and (c.dep_ != "nsubj" or c.head.i != verb.i)
                   for c in told) \
            or any(c.dep_ == "prep" and c.lower_ == "into" and any(g.lemma_.lower() in LAW_NOUNS for g in c.children) for c in verb.children)

    @staticmethod
    def _procedure(verb: Token) -> bool:
        """Acts of office and procedure: "was elected chancellor", "sworn in", "took office", "lawmakers voted",
        "handed the rotating presidency to Milei", "will deposit the instrument of ratification", "Finland became a
        member" (not "Iran joined BRICS": the seed's gold has no such event)."""
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
        if lemma == "vote":   # ("voted to ratify the treaty", "voted to approve it": the act "ratify" or "approve" tells)
            return any(c.dep_ == "nsubj" for c in verb.children) \
                and not any(c.dep_ == "xcomp" and c.lemma_.lower() in RATIFY_VERBS | PASS_VERBS for c in verb.children)
        needed = PROCEDURE_VERBS[lemma]
        return any(t.lemma_.lower() in needed for c in verb.children if c.dep_ in ("dobj", "prep", "attr") for t in c.subtree)

    def _passed_or_approved(self, verb: Token) -> bool:
        """"Hungary's parliament approved Finland's membership", "the committee endorsed the bill": a legislature's
        vote, whatever it approved; and "the law still has to be approved by Erdogan", "needs to be decreed by
        President Begaj": a head of state's act on a law."""
        lemma = verb.lemma_.lower()
        if lemma in PASS_VERBS and any(self._is_legislature(k) for k in self._actors(self._subjects(verb))):
            return True
        return lemma in PASS_VERBS | DECREE_VERBS and self._acts_on_a_law(verb) \
            and any(self.entities[k].kind == "person" for k in self._actors(agent_phrase(verb)))

    def _is_legislature(self, key: str) -> bool:
        entity = self.entities[key]
        return entity.kind == "organisation" and (entity.organisation_kind == "legislature"
                                                  or bool(LEGISLATURE_WORDS & set(entity.name.lower().split())))

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
        if verb.lemma_.lower() == "become" and self._background(event):
            return None   # "Finland became a member in April last year"
        return event

    @staticmethod
    def _ceremony(verb: Token) -> bool:
        """Acts of protocol: "paid tribute", "laid a wreath", "addressed the Indian community", "conferred the
        order on", "handed over four mobile hospitals"."""
        lemma = verb.lemma_.lower()
        objects = {t.lemma_.lower() for c in verb.children if c.dep_ == "dobj" for t in c.subtree}   # "addressed members of the community"
        if any(c.dep_ == "dobj" and is_signing_ceremony(c) for c in verb.children):
            return False   # "attended the signing ceremony": the signing's, one who oversaw it
        # ("conferred with Prime Minister Young on Friday", with no honour conferred, is talks)
        talked = not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children) \
            and (any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children) or not any(c.lower_ in ("on", "upon") for c in verb.children))
        honour = lemma in HONOUR_VERBS and (lemma != "confer" or not talked)
        return bool(objects & CEREMONY_OBJECTS.get(lemma, set())) or honour \
            or lemma == "hand" and any(c.dep_ == "prt" and c.lower_ == "over" for c in verb.children)
