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

This module chooses the trigger and reads visits, summits, press conferences and invitations; meetings and
talks are read in talks.py, signings and other acts in acts.py, and every event is built by building.py.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.dates import DateMention, Span
from kg.extract.agreement_mentions import ORDINALS
from kg.extract.acts import ActsReader
from kg.extract.clauses import is_signing_ceremony, signed_preposition
from kg.extract.records import Event, Mention
from kg.extract.talks import TalksReader
from kg.extract.vocabulary import (
    SIGN_VERBS, INITIAL_VERBS, OVERSEE_VERBS, RATIFY_VERBS, MEET_VERBS, TALK_NOUNS, FACILITY_NOUNS, EXCHANGE_NOUNS,
    MEAL_NOUNS, VISIT_VERBS, VISIT_NOUNS, SUMMIT_NOUNS, ISSUE_VERBS, ADOPT_VERBS, STATEMENT_NOUNS, AGREEMENT_NOUNS,
    PRESS_OBJECTS, REMARK_NOUNS, INVITED_TO, FRAME_NOUNS, BACK_REFERENCE_PREPS, SIGNATURE_VERBS, JUDGING_VERBS, PURPOSE_VERBS,
    EARLIER_WORDS, DELIBERATE_VERBS, SEQUENCE_VERBS, NEXT_WORDS, SERIES_KINDS)

COMMUNIQUE_NOUNS = ("communique", "communiqué")


class EventFinder(TalksReader, ActsReader):
    """Finds the events of an article sentence by sentence, given each parse and its resolved mentions."""

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
        self.seen_countries += [m.key for m in mentions if m.kind == "country" and m.key in self.entities and not m.in_quote]
        # (a communique is read last: "in the final communique of their 44th summit" closes the summit told after it)
        for tok in sorted(doc, key=lambda t: t.lower_ in COMMUNIQUE_NOUNS):
            if any(s <= tok.idx < e for s, e in quotes):
                continue
            for event in self._trigger(tok):
                if event.roles or event.object_spans:
                    events.append(event)
                    self.history.append(event)   # "..., and the two presidents are expected to" looks here
        return events

    def _trigger(self, tok: Token) -> list[Event]:
        lemma, text = tok.lemma_.lower(), tok.lower_
        verb = tok.pos_ in ("VERB", "AUX")
        noun = tok.pos_ in ("NOUN", "PROPN")
        if verb and lemma in SIGN_VERBS and self._acts_on_a_law(tok):
            return self._some(self._procedure_event(tok))   # "The law must now be signed by the president"
        if verb and (lemma in SIGN_VERBS and self._has_object_or_agent(tok) or lemma == "exchange" and self._exchanged(tok)):
            return self._some(self._signing(tok, tok, role="signer"))   # ("the documents were exchanged in the presence of")
        if verb and lemma in INITIAL_VERBS and self._has_object_or_agent(tok):
            return self._some(self._signing(tok, tok, role="participant", kind="other"))
        if noun and tok.dep_ == "dobj" and tok.head.lemma_.lower() in SIGNATURE_VERBS and self._signs_with(tok):
            # "put their own signatures to a joint declaration", "are expected to put their names to the agreement",
            # "put pen to paper on an agreement"
            return self._some(self._signing(tok, tok.head, role="signer"))
        # "presided over the signing", "attended the signing ceremony"
        overseer = tok.head.head if tok.head.pos_ == "ADP" or tok.dep_ == "compound" and is_signing_ceremony(tok.head) else tok.head
        if (text == "signing" or text == "exchange" and self._exchanged_agreements(tok)) and overseer.lemma_.lower() in OVERSEE_VERBS:
            return self._some(self._signing(tok, overseer, role="overseer"))   # "witnessed the exchange of two MOUs"
        if verb and lemma in RATIFY_VERBS:
            return self._some(self._simple(tok, "ratification", tok))
        if verb and lemma in ISSUE_VERBS | ADOPT_VERBS and (obj := self._statement_object(tok)) is not None:
            # announcing, issuing or adopting a statement or declaration is a statement (a bloc's communiqué is the
            # bloc's); publishing a treaty's text or adopting a deal is another act
            spoken = lemma == "announce" or obj.lower_ in STATEMENT_NOUNS and lemma not in DELIBERATE_VERBS
            return self._some(self._adoption(tok, "statement" if spoken else "other"))
        if tok.dep_ == "acl" and lemma in ISSUE_VERBS and tok.head.lower_ in STATEMENT_NOUNS:
            return self._some(self._adoption(tok, "statement"))
        if noun and text in COMMUNIQUE_NOUNS and self._summit_communique(tok):
            return self._some(self._bloc_communique(tok))
        if text.startswith("brief") and tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_ in PRESS_OBJECTS:
            return self._some(self._simple(tok, "press_conference", tok))   # "Briefing reporters in Kyiv, X said"
        if (verb or tok.tag_ == "VBG") and (lemma == "tell" or text.startswith("brief")) and any(c.lower_ in PRESS_OBJECTS for c in tok.children if c.dep_ in ("dobj", "dative")):
            return self._some(self._simple(tok, "press_conference", tok))
        if noun and lemma in REMARK_NOUNS and tok.tag_ == "NNS" and any(g.lower_ in PRESS_OBJECTS for c in tok.children
                                                                         if c.dep_ == "prep" and c.lower_ == "to" for g in c.children) \
                and any(self.entities[k].kind == "person" for k in self._actors(self._subjects(self._governor(tok)))):
            return self._some(self._simple(tok, "press_conference", self._governor(tok)))   # "In statements to the press, X said"
        if verb and lemma == "meet" and any(c.lower_ in PRESS_OBJECTS for c in tok.children if c.dep_ == "dobj"):
            return self._some(self._simple(tok, "press_conference", tok))
        if verb and lemma in ("speak", "talk") and any(g.lower_ in PRESS_OBJECTS for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                                                       for g in c.children):
            return self._some(self._simple(tok, "press_conference", tok))   # "the two men spoke to reporters"
        if verb and self._ceremony(tok):
            return self._some(self._simple(tok, "other", tok))
        if (verb or noun) and self._welcome_ceremony(tok):
            return self._some(self._simple(tok, "other", self._governor(tok) if noun else tok, host=True))
        if verb and self._takes_effect(tok):
            return self._some(self._entry_into_force(tok))
        if verb and (self._procedure(tok) or self._passed_or_approved(tok)):
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
        if verb and lemma in ("speak", "talk", "discuss", "confer") and self._talked_with(tok):
            # "spoke by telephone", "would speak with him", "discussed bilateral ties by phone"
            return self._separate(tok, self._simple(tok, "meeting", tok))
        if verb and (lemma == "agree" or lemma == "discuss" and not self._habitual(tok)) and self._agreed_face_to_face(tok):
            # (leaders of two countries; not "have discussed the dispute many times")
            return self._some(self._simple(tok, "meeting", tok))
        if verb and lemma in MEET_VERBS:
            return self._meetings(tok, lemma)
        if verb and lemma == "shake" and any(c.dep_ == "dobj" and c.lower_ == "hands" for c in tok.children):
            return self._some(self._simple(tok, "meeting", tok))   # "the two leaders first shook hands in Doha"
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
            if lemma != "visit" and (not self._place(tok) and not flew_in or any(c.lower_ == "home" and c.dep_ == "advmod" for c in tok.children)):
                return []   # (and "before flying home to San José" is the end of a visit, not one)
            visited = [m for m in self._mentions_in(self._objects(tok)) if m.key in self.entities]
            # (an organisation that only qualifies what was visited does not make it one: "visit other GCC states")
            heads = [c.idx for c in tok.children if c.dep_ == "dobj"]
            institution = lemma == "visit" and (visited and all(self.entities[m.key].kind == "organisation" for m in visited)
                                                and not any(h >= max(m.end for m in visited) for h in heads)
                                                or any(o.lemma_.lower() in FACILITY_NOUNS for o in self._objects(tok)))
            return self._some(self._simple(tok, "other" if institution else "visit", tok, guest=True))
        if noun and tok.tag_ == "NNS" and lemma in VISIT_NOUNS and len(dates := self._phrase_dates(tok)) >= 2:
            return self._earlier_visits(tok, dates)
        if noun and text in VISIT_NOUNS and tok.dep_ != "compound" and not self._invited(self._governor(tok)) \
                and self._governor(tok).lemma_.lower() != "invite":   # "invited Albanese ... for an official visit"
            return self._some(self._noun_event(tok, "visit", guest=True))
        if noun and (text == "conference" and tok.i > 0 and tok.nbor(-1).lower_ in ("press", "news")
                     or text == "briefing" and any(c.lower_ in ("joint", "press", "news", "media") for c in tok.children)):
            return self._some(self._noun_event(tok, "press_conference"))   # (also "at a joint media briefing", "a regular press briefing")
        if noun and (text in SUMMIT_NOUNS or lemma in SUMMIT_NOUNS):   # "for summits with Arab and Gulf leaders"
            return self._some(self._noun_event(tok, "summit"))
        return []

    @staticmethod
    def _signs_with(obj: Token) -> bool:
        """"put their signatures to", "put their names to the agreement" (not "added the names of 50 officials to its
        sanctions list"), "put pen to paper on the deal" (not "put pen to paper on his memoirs")."""
        lemma = obj.lemma_.lower()
        if lemma == "signature":
            return True
        if lemma == "name" and not any(c.dep_ == "poss" for c in obj.children):
            return False
        if lemma == "pen" and not any(g.lower_ == "paper" for c in obj.head.children if c.dep_ == "prep" and c.lower_ == "to"
                                      for g in c.children):
            return False
        return lemma in ("name", "pen") and any(
            g.lemma_.lower() in AGREEMENT_NOUNS | STATEMENT_NOUNS for c in obj.head.children
            if c.dep_ == "prep" and c.lower_ == signed_preposition(obj) for g in c.children if g.dep_ == "pobj")

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
            # (and "the annual leaders' meeting with Premier Li" is not the talks with Xi told before, nor "the meeting
            # between Xi and Modi" the talks of Xi and Putin: everyone it names took part in the one told)
            owners = [k for k in self._actors([t for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for t in c.subtree]
                                              + self._with(noun))
                      if self.entities[k].kind == "person"]   # ("his visit" is the visit told, whoever "his" was taken for)
            earlier_one = any(c.lower_ in EARLIER_WORDS for c in noun.children)   # "Xi's previous visit"
            elsewhere = self._place_after(noun, "to") if kind == "visit" else None   # "Erdogan's visit to Cairo in February"
            # (a summit counted and told with a day of its own is the one of that day: "Their second summit, held in
            # Hanoi on February 27-28", after the first, told before)
            counted = kind == "summit" and any(c.lower_ in ORDINALS for c in noun.children)
            when = own[0] if own and (kind == "visit" or counted) else self._date(self._governor(noun)) if kind == "visit" else None
            candidates = [e for e in reversed(self.history) if (e.type == kind or (kind, e.type) == ("meeting", "summit")
                          or (kind, e.type) == ("summit", "meeting") and e.status == "happened" and own and e.date == own[0]
                          and len([k for k in e.roles if self.entities[k].kind == "person"]) == 2)
                          and set(owners) <= {k for k, r in e.roles.items() if kind != "visit" or r == "guest"}
                          and not earlier_one and (elsewhere is None or elsewhere == e.place)
                          and not (when and e.date and not when.meets(e.date))]   # ("made his visit ... last December")
            # "Speaking at the press conference": told as attended, so it took place
            attended = noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during", "after", "following") \
                and self._status(self._governor(noun)) == "happened"
            held = [e for e in candidates if e.status == "happened"] if attended else []
            earlier = (held or candidates or [None])[0]   # ("speaking after the talks" are the talks held, not those agreed for later)
            if earlier is not None and earlier.status == "planned" and attended:
                earlier.status, earlier.date = "happened", None   # "would then hold a joint press conference" ... "Speaking at the joint press conference"
            if earlier is not None:
                if self.index not in earlier.evidence:
                    earlier.evidence.append(self.index)
                earlier.place = earlier.place or self._place_near(noun)
                if own and earlier.date and earlier.date.within(own[0]):
                    earlier.date = own[0]   # "The summit, held from 5 to 6 December": its days, not only the one told first
                return None
        # "the talks, held on Monday" tell whether it happened; "negotiations aimed at peace" and "talks, followed by
        # the signing ceremony" do not
        described = next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                          and c.lemma_.lower() not in PURPOSE_VERBS | SEQUENCE_VERBS), None)
        event = self._simple(noun, kind, described or self._governor(noun), guest=guest)
        if event is not None and described is not None:
            event.status = self._status(described) or event.status
        # (the noun is what the clause will do: not "a summit that will shape trade", nor "held a summit that ...")
        relative = next((c for c in noun.children if c.dep_ == "relcl"
                         and any(g.tag_ == "WDT" and g.dep_ == "dobj" for g in c.children)), None)
        if event is not None and event.status == "happened" and described is None and relative is not None \
                and self._governor(noun).tag_ != "VBD" and self._status(relative) == "planned":
            event.status = "planned"   # "the Group of Seven summit that Japan will host in Hiroshima in May"
            event.date = self._forward(event.date, noun) if event.date else None
        if event is not None and any(c.dep_ in ("relcl", "amod") and c.tag_ == "VBD" for c in noun.children):
            # "after a state visit to China that produced ...", and "after X held talks with Y" (the parser's
            # modifier "held"): told in the past
            event.status = "happened"
        if event is not None and kind == "summit" and self._next_one(noun):
            event.status = "planned" if event.status == "happened" else event.status   # (a next one is still to come)
            if not any(c.dep_ in ("compound", "poss", "amod") and c.pos_ in ("PROPN", "PRON") for c in noun.children):
                self._same_series(event)   # (not "their next summit", "next year's China-Russia summit")
        if event is not None and kind == "meeting":   # "the sixth meeting of the High-Level Cooperation Council"
            of = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
            for key in self._actors(of):
                if self.entities[key].kind == "organisation":
                    event.roles.setdefault(key, "participant")
        if event is not None:
            own = self._own_dates(noun)
            # "on Tuesday, after a visit to China": the clause's day is not the visit's (unless told in its own phrase)
            inside = self._phrase_dates(noun)
            before_or_after = noun.dep_ == "pobj" and noun.head.lower_ in ("after", "before") and event.date not in inside
            if own:   # (a plan's own date read forward: "the summit to be held in July")
                event.date = own[0] if event.status == "happened" else self._forward(own[0], noun)
            elif before_or_after:
                event.date = None
            # the noun's own phrase places it: "wrapped up a visit to Russia", "talks in Manila"
            event.place = next(filter(None, (self._place_after(h, p) for h in self._described(noun) for p in ("to", "in", "at"))), event.place)
            if kind == "meeting":   # "negotiations on a trade agreement": the agreement negotiated
                event.object_spans = [self._char_span(list(g.subtree)) for c in noun.children if c.dep_ == "prep" and c.lower_ in ("on", "over", "for")
                                      for g in c.children if g.dep_ == "pobj" and (g.lower_ in AGREEMENT_NOUNS or g.lemma_.lower() in AGREEMENT_NOUNS)]
        return event

    def _phrase_dates(self, noun: Token) -> list:
        """The dates inside a noun's own phrase ("visits in November 2000 and September 2014")."""
        return [d.span for d in self.dates if noun.left_edge.idx <= d.start < noun.right_edge.idx + len(noun.right_edge)]

    def _earlier_visits(self, noun: Token, dates: list) -> list[Event]:
        """"after his visits in November 2000 and September 2014": one visit a date, of the one whose visits they are
        (past dates only: "his visits in May and June" to come are told elsewhere as plans)."""
        guests = self._actors([t for c in noun.children if c.dep_ == "poss" for t in c.subtree])
        if not guests or any(d.latest >= self.published for d in dates):
            return []
        place = self._place_after(noun, "to")
        return [Event("visit", self.index, date=date, place=place, roles={k: "guest" for k in guests}, evidence=[self.index])
                for date in dates]

    def _own_dates(self, noun: Token) -> list:
        """The dates of a noun trigger's own phrase: "Thursday's summit", "the summit, held from 5 to 6 December"."""
        heads = {noun.i} | {c.i for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"}
        return [d.span for d in self.dates if self._date_verb(d) in heads]

    @staticmethod
    def _next_one(noun: Token) -> bool:
        return any(c.lower_ in NEXT_WORDS for c in noun.subtree if c.i < noun.i)

    def _same_series(self, event: Event) -> None:
        """"China will host next year's summit" after the SCO summit: the next summit of the same organisation."""
        if any(self.entities[k].kind == "organisation" for k in event.roles):
            return
        for key in self._summit_blocs(self._last_summit()):
            event.roles.setdefault(key, "participant")

    def _last_summit(self) -> Event | None:
        return next((e for e in reversed(self.history) if e.type == "summit"), None)

    def _summit_blocs(self, last: Event | None) -> list[str]:
        """The organisations (blocs, alliances) whose summit this is."""
        return [k for k in last.roles if self.entities[k].organisation_kind in SERIES_KINDS] if last else []

    @staticmethod
    def _summit_communique(noun: Token) -> bool:
        """"In the final communique, the leaders said ...", "In their joint communique, the presidents reaffirmed
        ...": the summit's closing text, told by the words it holds rather than by a verb of issuing."""
        told_in = noun.dep_ == "pobj" and noun.head.lower_ == "in"
        return told_in and any(c.dep_ == "amod" and c.lower_ in ("final", "joint") for c in noun.children) \
            and any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "their", "its") for c in noun.children)

    def _bloc_communique(self, noun: Token) -> Event | None:
        """The communique of the last summit told is its bloc's statement, on the summit's day."""
        last = self._last_summit()
        blocs = self._summit_blocs(last)
        if not blocs or last.status != "happened":
            return None
        closing = Span.day(last.date.latest) if last.date and last.date.precision == "day" else last.date   # (issued at the close)
        event = Event("statement", self.index, status="happened", date=closing, place=last.place,
                      roles={k: "participant" for k in blocs}, object_spans=[self._char_span(list(noun.subtree))])
        event.evidence.append(self.index)
        return event

    def _back_reference(self, noun: Token, any_verb: bool = False) -> bool:
        """"after the talks", "his visit", "his first overseas trip" (and with ``any_verb``, "the talks were
        held ..."): the event was told before."""
        if self._next_one(noun):
            return False   # "the next Quad summit", "next year's summit": another one than the one told
        definite = any(c.lower_ in ("the", "this", "that", "these") for c in noun.children if c.dep_ == "det")
        possessed = any(c.dep_ == "poss" for h in self._described(noun) for c in h.children)   # "his visit", "Mr Sharif's third trip"
        framed = noun.dep_ == "pobj" and noun.head.head.lower_ in FRAME_NOUNS   # "on the eve of the summit"
        # "took part in the expanded meeting": the meeting already told
        framed = framed or noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_.lower() in ("take", "participate", "join")
        judged = noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in JUDGING_VERBS   # "described the meeting as"
        # "The Putrajaya meeting came two days after ...", "The visit follows ...": placed in time against another
        sequenced = noun.dep_ == "nsubj" and noun.head.lemma_.lower() in SEQUENCE_VERBS | {"come"}
        return possessed or definite and (any_verb or framed or judged or sequenced or noun.dep_ == "pobj" and noun.head.lower_ in BACK_REFERENCE_PREPS)

    def _invitation(self, verb: Token) -> Event | None:
        """"X invited Y to visit Z": a visit with status invited, Y the guest, X the host."""
        guests = self._actors(self._objects(verb))
        xcomp = next((c for c in verb.children if c.dep_ in ("xcomp", "ccomp")), None)
        if not guests or (xcomp is not None and xcomp.lemma_.lower() not in INVITED_TO):
            return None   # "invited Iran ... to join the bloc" is no visit
        if xcomp is not None and any(c.dep_ == "dobj" and c.lower_ in SUMMIT_NOUNS | TALK_NOUNS for c in xcomp.children):
            return None   # "invited him to attend the summit": the summit he is invited to is the event
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
