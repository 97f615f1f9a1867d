"""The parts of a clause an event is built from: who (subjects, objects, "with ...", "in the presence of ...",
"the two leaders"), where, when (the clause's own date, never one of a clause hanging on it) and whether it
happened, is planned or was only an invitation.  ``ClauseReader`` holds the sentence being read; ``EventFinder``
(events.py) builds events on it."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.dates import DateMention
from kg.extract.records import Mention
from kg.extract.vocabulary import (
    TALK_NOUNS, VISIT_NOUNS, SUMMIT_NOUNS, FUTURE_HEADS, DEPARTURES, MOTION_VERBS, MODALS, PLURAL_HEADS,
    OFFICE_PLURALS, OFFICE_WORDS, NUMBER_WORDS, REPORTING_VERBS, PHONE_WORDS, CONTROL_VERBS, DEPUTY_WORDS, is_leader, PLURAL_COUNTRIES, AGREEMENT_WORDS, ACTOR_KINDS, PLACE_KINDS,
    TOPIC_PREPS)


def agent_phrase(verb: Token) -> list[Token]:
    """The words of a passive verb's "by" phrase, also where the parser hung it on a word before it ("was signed
    in Nancy on 9 May by Prime Minister Donald Tusk": "by" on "May"; "was signed at a hotel by Zalmay Khalilzad":
    "by" a preposition of "hotel")."""
    agents = [c for c in verb.children if c.dep_ == "agent"]
    if not agents and verb.tag_ == "VBN" and _passive(verb):
        agents = [t for t in verb.subtree if (t.dep_ == "agent" or t.dep_ == "prep" and t.lower_ == "by" and _where_or_when(t.head))
                  and t.head.pos_ not in ("VERB", "AUX")
                  and next((a.i for a in t.ancestors if a.pos_ in ("VERB", "AUX")), None) == verb.i]
    if agents:   # "by X, senior secretary of ..., and Y" or "by X, who led ..., and by Y": the parser hung Y on the verb
        agents += [c for c in verb.children if c.dep_ == "conj" and (c.pos_ == "PROPN" or c.lower_ == "by")
                   and c.i > agents[0].i]
    return [t for a in agents for t in a.subtree]


def _passive(verb: Token) -> bool:
    """"was signed", "was negotiated for months and finally signed", or the participle of "the deal signed in
    Doha": a verb whose "by" names who did it."""
    return verb.dep_ in ("acl", "relcl") or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) \
        or verb.dep_ == "conj" and verb.head.i != verb.i and _passive(verb.head)


def _where_or_when(noun: Token) -> bool:
    """"at a hotel", "in the Qatari capital", "on 9 May": a noun of where or when the act took place, whose "by" the
    parser took from the verb (not "after months of mediation by", "during a stay by", "under a proposal by")."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "in", "on") and noun.lemma_.lower() not in VISIT_NOUNS | TALK_NOUNS


def signed_preposition(obj: Token) -> str:
    """The preposition before what was signed when the verb is "put": "their names to the treaty", "pen to paper on
    the treaty"."""
    return "on" if obj.lemma_.lower() == "pen" else "to"


def about_a_topic(token: Token, root: Token) -> bool:
    """"a declaration on Sudan", "the memorandum on Ukraine's reconstruction": the word is what the phrase headed by
    ``root`` is about, not one of its sides (but in "the treaty on partnership between Iran and Russia" Iran is a side)."""
    while token.i != root.i and root.i in [a.i for a in token.ancestors]:
        if token.dep_ == "pobj":
            return token.head.lower_ in TOPIC_PREPS
        token = token.head
    return False


def is_signing_ceremony(noun: Token) -> bool:
    """"the signing ceremony": a ceremony that is a signing, so one who attended it oversaw that signing."""
    return noun.lemma_.lower() == "ceremony" and any(c.dep_ == "compound" and c.lower_ == "signing" for c in noun.children)


def _misread_relative(verb: Token) -> Token | None:
    """"the Comprehensive Economic Partnership Agreement the two countries signed in March": the small parser reads
    "the two countries" as an object with "signed" a participle on it; they are the subject of a relative clause on
    the noun before them.  Returns "countries" when the verb is read so."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or head.lower_ not in PLURAL_COUNTRIES | PLURAL_HEADS \
            or any(c.dep_ in ("nsubj", "nsubjpass", "agent", "dobj") for c in verb.children):
        return None
    before = head.left_edge.i - 1
    return head if before >= 0 and verb.doc[before].pos_ in ("NOUN", "PROPN") and head.left_edge.lower_ in ("the", "both") else None


def _outer_subject(tokens: list[Token]) -> list[Token]:
    """For "they" subject of a relative clause, the subject of the clause that tells the noun it qualifies ("The two
    countries also agreed to activate a security agreement they signed in 2001"): who "they" are, in this sentence."""
    pronoun = next((t for t in tokens if t.lower_ == "they" and t.dep_ == "nsubj" and t.head.dep_ == "relcl"), None)
    if pronoun is None:
        return []
    verb = next((v for v in pronoun.head.head.ancestors if v.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in v.children)), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    # (only a plural subject: not "Peskov welcomed the treaty they signed", "Xi said he valued the treaty they signed")
    plural = subject is not None and subject.pos_ != "PRON" and (subject.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in subject.children))
    return core_phrase(subject) if plural else []


def core_phrase(head: Token) -> list[Token]:
    """A phrase without its relative clauses and prepositional tails: "Pezeshkian, who held talks with X," -> Pezeshkian
    (but "Leaders of the Group of 20", "Foreign ministers from Japan, ..." keep whose leaders they are)."""
    tokens = [head]
    for child in head.children:
        if child.dep_ not in ("relcl", "acl", "prep", "advcl", "punct"):
            tokens += core_phrase(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "from") and head.lower_ in PLURAL_HEADS \
                and any(t.pos_ == "PROPN" for t in child.subtree):   # (not "the two heads of state")
            tokens += list(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "of":   # "Poland's lower house of parliament, the Sejm,": its name
            tokens += [t for g in child.children if g.dep_ == "pobj" for a in g.children if a.dep_ == "appos" for t in a.subtree]
    return tokens


class ClauseReader:
    """Reads the parts of a clause of the current sentence (``doc``, its ``mentions`` and ``dates``)."""

    entities: dict
    doc: Doc
    mentions: list[Mention]
    dates: list[DateMention]

    def _char_span(self, tokens: list[Token]) -> tuple[int, int]:
        return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)

    def _mentions_in(self, tokens: list[Token], kinds: tuple[str, ...] = ("person", "country", "organisation", "place")) -> list[Mention]:
        """Mentions (of these kinds; a demonym only when asked for) inside the tokens, outside quotation marks."""
        ids = {t.i for t in tokens}
        found = []
        for m in self.mentions:
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and any(t.i in ids for t in span) and not m.in_quote and m.kind in kinds \
                    and (m.key in self.entities or m.kind == "demonym" and m.key):
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

    def _two_countries_told(self) -> list[str]:
        """The two countries of the last event told that had two (its countries, or its people's)."""
        for e in reversed(self.history):
            countries = [k for k in e.roles if self.entities[k].kind == "country"] \
                or list(dict.fromkeys(c for k in e.roles if self.entities[k].kind == "person" and (c := self.entities[k].country)))
            if len(countries) == 2:
                return countries
        return []

    def _plural(self, tokens: list[Token]) -> list[str]:
        """"they", "the two leaders", "both sides" -> the actors of the last event that had several; "foreign
        ministers from Japan, the United States, Australia and India" -> the holders of that office."""
        outer = _outer_subject(tokens)
        if outer and (found := self._actors(outer) + self._plural(outer)):
            return found   # "The two countries agreed to activate an agreement they signed in 2001": those two
        words = {t.norm_ for t in tokens} | {t.lower_ for t in tokens}   # ("heads of state", one token, is "leaders")
        head = next((t for t in tokens if t.lower_ in PLURAL_HEADS and (any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in t.children)
                                                                         or any(c.dep_ == "compound" or c.dep_ == "amod" and c.lower_ not in NUMBER_WORDS for c in t.lefts))), None)
        if head is not None:
            title = " ".join([c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod") and c.lower_ not in NUMBER_WORDS] + [head.lemma_.lower()])
            countries = list(dict.fromkeys(m.key for m in self._mentions_in(list(head.subtree), kinds=("country",))))
            if len(countries) < 2 and {"two", "both"} & {t.lower_ for t in head.subtree}:
                countries = self._two_countries_told()   # "the two foreign ministers", "... of the two countries"
            # (bare "ministers of the two countries" name no office: any minister may have signed)
            holders = self.office_holders(title, countries) if len(countries) >= 2 and title != "minister" else []
            if holders and len(holders) == len(countries):
                return holders
        count = next((NUMBER_WORDS[w] for w in words if w in NUMBER_WORDS), None)
        if count and count > 2 and words & PLURAL_HEADS:   # "the four ministers": the last four people named
            # ("the three countries": the last three countries named; "the leaders of the six countries" are people)
            counted_countries = any(t.lower_ in PLURAL_COUNTRIES and any(c.lower_ in NUMBER_WORDS for c in t.children) for t in tokens)
            recent = list(dict.fromkeys(reversed(self.seen_countries if counted_countries else self.seen_people)))[:count]
            return recent if len(recent) == count else []
        # "The presidents also signed": as "they", the people of the last event that had several
        bare = [t for t in tokens if t.norm_ in OFFICE_PLURALS and [c.lower_ for c in t.children] == ["the"]]
        if not ({"they", "both"} & words or words == {"their"} or ({"two", "leaders", "sides"} & words and words & PLURAL_HEADS) or bare):
            return []
        counted = [t for t in tokens if t.norm_ in OFFICE_PLURALS and any(c.lower_ in NUMBER_WORDS or c.lower_ == "both" for c in t.children)]
        office = counted[0].norm_[:-1] if counted else None
        if office:   # "the two presidents": the last two presidents named, whatever happened in between
            titles = OFFICE_WORDS.get(office, {office})   # a cabinet secretary is a minister
            named = list(dict.fromkeys(reversed(self.seen_people)))
            # (the office a role names first: an "Adviser ... to the President of Brazil" is no president)
            own = {k: re.split(r"\b(?:to|for)\b", (self.entities[k].role or "").lower())[0] for k in named}
            recent = [k for k in named if any(t in own[k] for t in titles)
                      and not any(w in (self.entities[k].role or "").lower() for w in DEPUTY_WORDS)]
            if office == "leader":   # "the two leaders" are heads of two states, not the ministers named since
                leaders = [k for k in named if is_leader(self.entities[k]) and self.entities[k].country]
                recent = [k for i, k in enumerate(leaders) if self.entities[k].country not in {self.entities[j].country for j in leaders[:i]}]
            # those who acted in an event told come first ("adviser to Brazil's President Lula" names one who did not)
            acted = {k for e in self.history for k in e.roles}
            recent = [k for k in recent if k in acted] + [k for k in recent if k not in acted]
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
        if not countries and ({"two", "both"} & words):   # no event had two yet: the last two people named, of two countries
            recent = list(dict.fromkeys(reversed(self.seen_people)))[:2]
            if len(recent) == 2 and len({self.entities[k].country for k in recent}) == 2:
                return recent
        return []

    def _subjects(self, verb: Token) -> list[Token]:
        if (signers := _misread_relative(verb)) is not None:
            return core_phrase(signers)
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT"]
        tokens = [t for s in subjects for t in core_phrase(s)] + agent_phrase(verb)
        relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that") for c in verb.children)
        if relative or (verb.dep_ == "relcl" and not subjects):
            tokens += list(verb.head.subtree)[: verb.head.i - verb.head.left_edge.i + 1]
        if not tokens and self._object_controlled(verb):   # "expected an Indian delegation to visit": the delegation visits
            return [t for c in verb.head.children if c.dep_ == "dobj" for t in core_phrase(c)]
        if not tokens and verb.dep_ in ("xcomp", "advcl", "pcomp", "conj", "pobj", "acl", "acomp") and verb.head.i != verb.i:
            head = verb.head
            while head.pos_ == "ADP" and head.head.i != head.i:   # "held talks ..., a day after meeting Zelenskyy"
                head = head.head
            return self._subjects(head) if head.i != verb.i else []
        return tokens

    @staticmethod
    def _object_controlled(verb: Token) -> bool:
        """An infinitive whose doer is the object of the verb above it: "expected X to visit", "urged X to sign"
        (not a purpose: "visited Moscow to sign the treaty")."""
        return verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lemma_.lower() in CONTROL_VERBS \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and any(c.dep_ == "dobj" and c.i < verb.i and c.ent_type_ not in ("GPE", "LOC", "FAC") for c in verb.head.children)

    def _objects(self, verb: Token) -> list[Token]:
        return [t for c in verb.children if c.dep_ in ("dobj", "dative", "attr") for t in core_phrase(c) + _named_after(c)]

    def _with(self, tok: Token) -> list[Token]:
        """The other side: "talks with X", "a meeting between X and Y", "received a phone call from X"."""
        phoned = tok.lemma_.lower() == "call" and any(c.dep_ == "compound" and c.lower_ in PHONE_WORDS for c in tok.children)
        courtesy = tok.lemma_.lower() == "call" and any(c.lower_ == "courtesy" for c in tok.children)   # "a courtesy call on X"
        preps = ("with", "between", "and") + (("from",) if phoned else ()) + (("on",) if courtesy else ())
        # (not the relative clause of the other side: "with Chinh, who assured him that Vietnam would ...")
        told = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for t in c.subtree if t.dep_ == "relcl"
                for t in t.subtree}
        found = [t for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for t in c.subtree if t.i not in told]
        if phoned and tok.dep_ == "dobj":   # "received a phone call yesterday from X": the phrase hangs on the verb
            found += [t for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "from" for t in c.subtree]
        return found

    def _looking_on(self, verb: Token) -> list[Token]:
        """"..., as the two presidents looked on": who watched the signing."""
        return [t for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in ("look", "watch")
                and (c.lemma_.lower() == "watch" or any(p.dep_ == "prt" and p.lower_ == "on" for p in c.children))
                for t in self._subjects(c)]

    def _presence(self, verb: Token) -> list[Token]:
        found = []
        for t in verb.subtree:
            if t.lower_ == "presence" and t.head.lower_ in ("in", "under"):
                found += [x for c in t.children if c.dep_ == "prep" for x in c.subtree]
        return found

    def _signed_objects(self, trigger: Token, verb: Token) -> list[list[Token]]:
        """The noun phrases signed: "signed a treaty", "the signing of 23 documents", "X and Y were signed", conjuncts apart."""
        head = None
        if trigger.lower_ in ("signing", "exchange") or trigger.lemma_.lower() in ("signature", "name", "pen"):   # "the signing of", "signatures to"
            # ("attended the signing ceremony of the Caspian Sea convention": what the ceremony was of)
            ceremony = list(trigger.head.children) if is_signing_ceremony(trigger.head) else []
            preps = (signed_preposition(trigger),) if trigger.lemma_.lower() in ("name", "pen") else ("of", "to", "on")
            prep = next((c for c in [*trigger.children, *ceremony, *verb.children] if c.dep_ == "prep" and c.lower_ in preps), None)
            head = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        else:
            head = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
            if head is None and not any(c.dep_ == "prt" or c.dep_ == "prep" and c.lower_ in ("to", "on") for c in verb.children):
                # "the Lancaster House Treaty signed in 2010" read as "the treaty signed": what was signed (not "The
                # Global Partnership signed on to the initiative")
                head = next((c for c in verb.children if c.dep_ == "nsubj" and c.lemma_.lower() in AGREEMENT_WORDS), None)
            if head is None and (signers := _misread_relative(verb)) is not None:
                signed = verb.doc[signers.left_edge.i - 1]   # "the CEPA the two countries signed in March": the CEPA
                while signed.dep_ == "compound" and signed.head.i > signed.i:
                    signed = signed.head
                return [[t for t in signed.subtree if t.i < signers.left_edge.i]]
            if head is None and verb.dep_ in ("relcl", "acl"):
                return [[t for t in verb.head.subtree if t.i < verb.i or t.i == verb.head.i]]
        if head is not None and head.lower_ in ("which", "that") and verb.dep_ == "relcl":
            clause = {t.i for t in verb.subtree}   # "the accession protocol, which the allies signed in July 2022"
            return [[t for t in verb.head.subtree if t.i not in clause]]
        if head is None:
            return []
        if any(c.lower_ == "such" for c in head.children):
            return [[head]]   # "has signed such an agreement": a kind of agreement, not one
        colon = next((c for c in verb.children if c.dep_ == "punct" and c.text == ":" and c.i > head.i), None)
        listed = next((c for c in verb.children if c.dep_ == "dobj" and colon is not None and c.i > colon.i), None)
        if listed is not None:
            head = listed   # "signed separate documents with each country: a memorandum ..., and three memoranda ..."
        # "signed an agreement on X, and an agreement on Y": the parser may hang the second on the verb.
        elliptic = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() in AGREEMENT_WORDS]
        heads = [head] + [c for c in head.conjuncts if c.pos_ in ("NOUN", "PROPN", "PRON")] + elliptic
        return [[t for t in h.subtree if not (t.dep_ == "conj" or any(a.dep_ == "conj" and a.head.i == h.i for a in [*t.ancestors, t]))] or [h] for h in heads]

    def _place(self, verb: Token) -> str | None:
        """A place in an "in/at/to <place>" phrase of the clause, or the noun a "where" clause hangs on."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "at", "to", "into"):
                for m in self._mentions_in(list(c.subtree)):
                    if self.entities[m.key].kind in PLACE_KINDS and not self._modifier(m):
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

    def _modifier(self, m: Mention) -> bool:
        """"at an Iran-Tajikistan business forum": the country names the forum, it is not where it was."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("compound", "amod", "nmod", "poss") and span.root.head.ent_type_ not in ("GPE", "LOC", "FAC")

    def _place_after(self, verb: Token, preposition: str) -> str | None:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == preposition:
                for m in self._mentions_in(list(c.subtree)):
                    if self.entities[m.key].kind in PLACE_KINDS:
                        return m.key
        return None

    def _place_near(self, tok: Token) -> str | None:
        """A place "in"/"at" somewhere in the phrase, not in a clause hanging on it ("a day after meeting X in Kyiv",
        "the council, which was restructured under a declaration they signed in Cairo")."""
        event_nouns = TALK_NOUNS | VISIT_NOUNS | SUMMIT_NOUNS
        inner = {t.i for c in tok.subtree if c.i != tok.i and (c.dep_ in ("advcl", "pcomp", "ccomp")
                                                               or c.dep_ == "relcl" and c.head.lower_ not in event_nouns)
                 for t in c.subtree}   # (but "its summit, which was hosted by Russia in Kazan" is in Kazan)
        # "The first, a memorandum on incident prevention in the South China Sea, was signed": what a document is
        # about or what describes it in apposition is no place of the act (but a capital there is: "a memorandum on
        # cooperation in Moscow", however the parser hung it)
        topical = {x.i for p in tok.subtree if p.dep_ == "prep" and p.lower_ in TOPIC_PREPS or p.dep_ == "appos" for x in p.subtree}
        for t in tok.subtree:
            if t.dep_ == "prep" and t.lower_ in ("in", "at") and t.i not in inner:
                for m in self._mentions_in(list(t.subtree)):
                    if self.entities[m.key].kind == "place" and (t.i not in topical or m.key in self.capitals):
                        return m.key
        return None

    def _hosts(self, gathering: Token, own: bool = False) -> list[str]:
        """Who hosted it: "the summit hosted by Brazil"; with ``own``, only a verb hung on the noun itself (not "talks
        on the sidelines of the BRICS summit hosted by Putin")."""
        verbs = [t for t in (gathering.children if own else gathering.subtree) if t.lemma_.lower() == "host"]
        return [k for v in verbs for k in self._actors(agent_phrase(v))]

    def _date(self, verb: Token, exclude: list[tuple[int, int]] = (), planned: bool = False):
        """A date of the trigger's own clause, else of a clause that governs it ("..., Putin said on Friday");
        never one from a clause hanging on it ("arrived from Poland, where he had held talks on Thursday")."""
        if verb.dep_ == "relcl" and any(c.lower_ == "when" for c in verb.children):   # "since 2013, when X visited"
            named = next((d for d in self.told_dates if d.start <= verb.head.idx < d.end), None)
            if named is not None:
                return named.span
        when = next((c for c in verb.children if c.lower_ == "when" and c.dep_ in ("advmod", "mark")
                     or c.dep_ == "prep" and c.lower_ in ("during", "at") and any(g.lower_ == "which" for g in c.children)), None)
        if when is not None:   # "during Dahal's visit to New Delhi last June, when he and Modi witnessed ..."
            # (or "paid a state visit to Ghana in February 2017, during which 25 agreements were signed")
            named = next((d for d in self.told_dates if 0 <= when.idx - d.end <= 3), None)
            if named is not None:
                return named.span
        pool = self.told_dates if any(s <= verb.idx < e for s, e in self.periods) else self.dates
        if not pool:
            return None
        clause = self._clause_verbs(verb)
        if _day_told_before(verb):   # "He met Modi that day, ..., and held talks with Biden on Sunday": not Sunday
            clause = [v for v in clause if v.i == verb.i or v.i in {a.i for a in verb.ancestors}]
        # A date inside what was signed is part of its name ("a plan until 2030") unless it is a past date
        # ("signed the Treaty of Good-Neighborliness in 2001").
        published = self.published
        dates = [d for d in pool if not (any(s <= d.start < e for s, e in exclude) and d.span.earliest > published)]
        for scope in clause:
            if planned and scope.i != verb.i and scope.lemma_.lower() in REPORTING_VERBS:
                dates = [d for d in dates if d.span.latest >= published]   # "will sign ..., Malacanang announced yesterday"
            # "held talks on Wednesday, signed a joint statement": the date of the talks the verb holds
            heads = {scope.i} | {c.i for c in scope.children if c.dep_ == "dobj" and c.lower_ in TALK_NOUNS | VISIT_NOUNS | SUMMIT_NOUNS}
            # "met on the sidelines of the G20 summit in Bali last November": the summit's days are the meeting's
            if scope.i == verb.i:   # (of the verb's own phrases only, not of a clause above it)
                # "will sign ... when the Australian leader visits Manila next week": the visit's time
                heads |= {c.i for c in scope.children if c.dep_ == "advcl" and any(m.lower_ == "when" for m in c.children)}
                # ("approved the text at its meeting on Monday": the meeting's day; not "signed following talks in 2023")
                heads |= {t.i for c in scope.children if c.dep_ == "prep" for t in c.subtree if t.dep_ == "pobj"
                          and (t.lower_ in SUMMIT_NOUNS or t.lower_ in TALK_NOUNS and c.lower_ in ("at", "during"))
                          and not any(a.dep_ in ("relcl", "acl", "appos") for a in t.ancestors if a.i in {x.i for x in c.subtree})}
            # "signed an agreement to develop the field jointly in March 2022": a past date the parser hung on
            # what was signed is the signing's (a later one, "an agreement to build a bridge by 2030", is not)
            inside = {a.i for o in scope.children if o.dep_ in ("dobj", "nsubjpass") for a in o.children if a.dep_ == "acl"} \
                if scope.i == verb.i else set()
            own = [d for d in dates if self._date_verb(d) in heads or self._hangs_on(d, inside) and d.span.latest < published]
            if own:
                return min(own, key=lambda d: abs(d.start - verb.idx)).span
        return None

    def clause_date(self, doc: Doc, dates: list[DateMention], quotes: list[tuple[int, int]], verb: Token):
        """The date of ``verb``'s own clause in a sentence (used for statements found after the events)."""
        self.doc = doc
        self.dates = self.told_dates = [d for d in dates if not any(s <= d.start < e for s, e in quotes)]
        self.periods = []
        return self._date(verb)

    def _clause_verbs(self, tok: Token) -> list[Token]:
        """The trigger, the verbs above it, then the clauses coordinated with it ("talks on Thursday, and
        the two presidents are expected to oversee the signing")."""
        verbs = [tok] + [a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")]
        # (not another relative clause: "which X and Y signed in Moscow and which expired in December 2009")
        coordinated = [c for v in verbs for c in v.conjuncts if c.pos_ in ("VERB", "AUX")
                       and not any(s.dep_ in ("nsubj", "nsubjpass") and s.tag_ == "WDT" for s in c.children)]
        coordinated += [x for c in coordinated for x in c.children if x.dep_ == "xcomp"]   # "is scheduled to hold talks on Thursday"
        return verbs + [c for c in coordinated if c.i not in {v.i for v in verbs}]

    def _hangs_on(self, d, verbs: set[int]) -> bool:
        """The date is a phrase of one of ``verbs`` itself ("to develop the field in March 2022"), not of a noun
        inside its object ("to renew the treaty of 1996")."""
        span = self.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None:
            return False
        head = span.root.head
        return head.i in verbs or head.pos_ == "ADP" and head.head.i in verbs

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
            if a.pos_ in ("VERB", "AUX") and a.dep_ in ("acl", "relcl") and a.head.lower_ in TALK_NOUNS | SUMMIT_NOUNS:
                return a.head.i   # "the summit to be held in Shusha in July": the summit's date
            if a.pos_ in ("VERB", "AUX") or a.lower_ in TALK_NOUNS | VISIT_NOUNS | SUMMIT_NOUNS | {"conference", "signing"}:
                if a.i not in range(span.start, span.end):
                    return a.i
        return None

    def _dated_in_the_past(self, verb: Token) -> bool:
        """Whether a participle carries a past date of its own ("signed in 2012"), which makes it a clause of its own
        time (but "the summit hosted by Brazil next month" is still to come)."""
        told = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in verb.children if t.dep_ in ("prep", "npadvmod")]
        return any(s <= d.start < e and d.span.latest < self.published for d in self.dates for s, e in told)

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
        # "to sign", and the passive "to be signed"
        infinitive = lambda v: (v.tag_ == "VB" or v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ == "be" for c in v.children)) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)
        if infinitive(verb) or verb.dep_ == "conj" and verb.tag_ == "VB" and infinitive(verb.head):   # "to prepare and host"
            verb = verb if infinitive(verb) else verb.head
            if any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.head.children) and verb.head.lemma_.lower() in FUTURE_HEADS:
                return None   # "had initially planned to sign ... in Kazan": a plan that was not carried out
            # "is expected to sign", "agreed to meet", "could pave the way for X to meet": not (yet) a fact;
            # "flew to Moscow to sign" after a past motion verb is told as done.
            head = verb.head
            if head.tag_ == "VBD" and head.lemma_.lower() in MOTION_VERBS:
                return "happened"
            if head.lemma_.lower() == "vote" and verb.dep_ == "xcomp":
                return self._status(head)   # "voted on Thursday to ratify": the vote is the ratification
            if head.tag_ == "VBG" and head.lemma_.lower() in MOTION_VERBS and head.head.lower_ in ("before", "after") \
                    and head.head.head.tag_ in ("VBD", "VBN"):
                return "happened"   # "has met Putin ..., before travelling to Moscow to sign the treaty"
            if any(t.lower_ in ("first", "last", "only") for c in [head, *head.children] for t in [c, *c.children]):
                return "happened"   # "became the first Indian prime minister to visit Ukraine"
            if head.lemma_.lower() in ("pleased", "glad", "happy", "delighted", "honoured", "honored"):
                return "happened"   # "said he was pleased to speak with Starmer"
            return "planned"
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "before" and verb.head.head.i != verb.head.i:
            # "is scheduled to leave for Tokyo today, before travelling to South Korea": the time of the clause it follows
            anchor = verb.head.head
            while anchor.pos_ not in ("VERB", "AUX") and anchor.head.i != anchor.i:
                anchor = anchor.head
            if self._status(anchor) == "planned":
                return "planned"
        if (verb.dep_ == "relcl" and verb.tag_ == "VBD") or (verb.dep_ == "acl" and verb.tag_ == "VBN" and self._dated_in_the_past(verb)):
            return "happened"   # "will replace the arrangement signed by the two countries in 2012": its own past clause
        if any(any(c.lower_ in MODALS for c in t.children if c.dep_ == "aux") for t in chain[1:3]):
            return "planned"
        if verb.lemma_.lower() in ("consider", "mull", "weigh", "contemplate") and verb.tag_ == "VBG":
            return "planned"   # "was reported to be considering a visit to the island in August" (not "considered it a success")
        if verb.lower_ in ("upcoming", "planned") or any(c.lower_ in ("upcoming", "planned", "forthcoming", "next") for c in verb.children):
            return "planned"
        if verb.lemma_.lower() in ("expect", "schedule", "due", "set") and verb.tag_ == "VBN" \
                and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are", "'s", "'re") for c in verb.children):
            return "planned"   # "Scholz and Xi are both expected at the G20 summit"
        if verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in DEPARTURES | {"take", "assume"} and not any(c.dep_ == "aux" for c in verb.children):
            return "planned"   # the news present of a timetable: "leaves on Saturday for Abu Dhabi", "takes office in March"
        if verb.lemma_.lower() == "be" and verb.tag_ in ("VBZ", "VBP") \
                and any(c.dep_ in ("acomp", "xcomp") and c.lemma_.lower() in FUTURE_HEADS for c in verb.children):
            return "planned"   # "is due to travel to Lima ... and then to Rio de Janeiro for the G20 summit"
        if verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and verb.head.i != verb.i \
                and any(c.lower_ in ("when", "once", "after", "before", "while", "until") for c in verb.children) \
                and self._status(verb.head) == "planned":
            return "planned"   # "are expected to sign ... when Jaishankar visits Kathmandu this week": his visit is to come
        return "happened"


def _named_after(noun: Token) -> list[Token]:
    """"met their Philippine counterparts, Foreign Affairs Secretary Enrique Manalo and Defense Secretary Gilberto
    Teodoro Jr., in ...": the names after the comma, wherever the parser hung them, up to the next lower-case word
    that is not "and"."""
    doc = noun.doc
    if noun.lemma_.lower() != "counterpart" or noun.i + 2 >= len(doc) or doc[noun.i + 1].text != ",":
        return []
    end = next((t.i for t in doc[noun.i + 2:] if t.is_lower and t.lower_ != "and" or t.text in (".", ";")), len(doc))
    return list(doc[noun.i + 2:end])


DAY_TOLD_BEFORE = re.compile(r"\b(?:that|the same) day\b|\b(?:later|earlier) (?:in|on) the day\b", re.I)


def _day_told_before(verb: Token) -> bool:
    """The verb's own phrases name the day told before ("that day", "later in the day"), so a date of a clause
    coordinated with it is not its date."""
    own = [t for c in verb.children if c.dep_ not in ("conj", "cc") for t in c.subtree]
    return bool(own) and DAY_TOLD_BEFORE.search(" ".join(t.text for t in sorted(own, key=lambda t: t.i))) is not None
