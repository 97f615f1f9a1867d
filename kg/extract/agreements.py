"""Agreements: what was signed, ratified or planned, its names, parties, signatories and sectors.

An agreement is created by the object of a signing or ratification ("signed a
broad cooperation pact", "oversaw the signing of 23 documents").  Later noun
phrases ("the deal", "the new treaty", "the Iran-Russia agreement", the quoted
name) and the pronoun "it" link back to the most recent compatible agreement;
a phrase with another year ("the 2001 treaty") or another count does not.
Sectors come only from sentences that refer to the agreement, and from text
inside quotation marks only when the quote itself refers to it, so another
speaker's list in the next paragraph or editorial comment does not leak in.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from spacy.tokens import Doc, Span as SpacySpan, Token

from kg.dates import Span
from kg.extract.clauses import about_a_topic
from kg.extract.agreement_mentions import ORDINALS, PLURAL_ONLY, AgreementMention, agreement_mentions, listed_topics, named_by, shares_name_words, topic_words
from kg.extract.records import Agreement, Event, Mention
from kg.extract.sectors import SectorMatcher
from kg.extract.vocabulary import AGREEMENT_KINDS, initials

CREATING_EVENTS = {"signing", "ratification", "statement", "other", "meeting"}   # (a meeting: talks on an agreement)
KIND_RANK = ["treaty", "memorandum", "joint_statement", "agreement", "documents"]
TITLE_AFTER = re.compile(r"\s+(?:minister|ministry|ministries|secretary|department|adviser|advisor|agency|committee|council)\b", re.I)
# ("Minister of Culture, Tourism and", and lower-case: "the UAE's minister of energy and" infrastructure)
TITLE_BEFORE = re.compile(r"\b(?i:minister|ministry|ministries|secretary|department)\s+(?i:of|for)\s+(?:(?:[A-Z][\w-]*,?\s+|and\s+|&\s+)*|(?:[a-z][\w-]*,?\s+){1,3})$")
# a run of capitalised words joined by "of", "and", commas ...: a name ("Minister of Industry and Advanced Technology")
CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:,?\s+(?:(?:of|for|and|&|on|the)\s+)*[A-Z][\w'’-]*)*")
# a name that ends in one of these is a project's, whose sector words are what an agreement on it is about
# ("the Nigeria-Morocco Gas Pipeline", "the Cairo Metro"); any other name is a body's, a title's or a place's
PROJECT_HEADS = {"Pipeline", "Pipelines", "Railway", "Railways", "Corridor", "Cable", "Metro", "Line", "Plant", "Project",
                 "Fund", "Highway", "Bridge", "Dam", "Interconnector", "Interconnection", "Grid", "Terminal"}
MEMBER_VERBS = {"include", "comprise", "be"}   # ("The three other documents are a memorandum on X, ...")
LINK_VERBS = {"link", "connect", "join", "bring", "involve"}
WEAK_HEADS = {"framework", "partnership", "arrangement", "instrument", "instruments"}   # agreements only as what was signed
ESTABLISH_VERBS = {"establish", "create", "launch", "found"}
NEGOTIATION_WORDS = {"negotiate", "negotiation", "conclude", "conclusion", "finalize", "finalise", "completion"}
NEWS_KINDS = {"agency", "outlet"}   # organizations.csv kinds that report agreements and are never their parties
MEMBER_NOUNS = {"one", "document", "memorandum", "agreement", "deal", "accord", "protocol", "contract"}
MEMBER_LEAD = re.compile(r"\b(?:including|among them|among which|among these|such as)\s*$", re.I)
# "signed five documents: an agreement on X; a memorandum on Y; ...": a list opened by a colon after the set's noun
LIST_AFTER_SET = re.compile(r"\b(\w+)\s*(?:\([^)]*\)\s*)?:[^:]*$")
CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though|however)\b", re.I)


def _negotiated(head: Token) -> bool:
    """An agreement under negotiation: "aim to conclude a legally binding agreement", "work towards an early
    conclusion of the free trade agreement", "the agreement Thailand is negotiating", "a treaty that X and Y agreed
    to negotiate", "a treaty is close to completion" (not "concluded an agreement", told as done)."""
    around, tok = [], head
    for _ in range(4):   # up through "of", "towards", "conclude", ...
        if tok.dep_ not in ("pobj", "prep", "dobj", "nsubjpass", "xcomp") or tok.head.i == tok.i:
            break
        tok = tok.head
        around.append(tok)
    clauses = [c for c in head.children if c.dep_ in ("relcl", "acl")]
    around += clauses + [g for c in clauses for g in c.children if g.dep_ == "xcomp"]
    if head.dep_ == "nsubj" and head.head.lemma_ == "be":   # "is close to completion"
        around += [t for t in head.head.subtree if t.i > head.head.i]
    ahead = any(t.lower_ in ("towards", "toward", "early", "close") for t in around)   # a noun has no tense of its own
    return any(t.lemma_.lower() in NEGOTIATION_WORDS and (t.pos_ == "VERB" and t.tag_ not in ("VBD", "VBN") or t.pos_ == "NOUN" and ahead)
               for t in around)


def _member_word(tok: Token, count: int, adjacent: bool) -> bool:
    """"A fourth links ...", "a fifth sets out ...", "one on training its staff", "another on IT systems": a word
    that stands for one member of a set of ``count``.  Read from the words, not the parse, which often takes "A
    fourth links" for a noun phrase; not an ordinal before a noun ("a second term", "third countries"), "one on
    Monday and another on Tuesday", or "The first, in 2019," unless the set was told in the sentence before."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None:
        return False
    ordinal = ORDINALS.get(tok.lower_, 0)
    if ordinal:
        after_a = tok.i > 0 and doc[tok.i - 1].lower_ == "a"
        # "The first, between Invest Oman and ..., aims to"; "The second, on rice trade, was signed by ..."
        opening = tok.i == 1 and nxt.lower_ == "," and (adjacent or ordinal >= 2)
        return (2 <= ordinal <= count or ordinal == 1 and opening) and (
            nxt.pos_ in ("VERB", "AUX") or nxt.tag_ in ("VBZ", "VBD") or nxt.tag_ == "NNS" and after_a
            or nxt.lower_ in MEMBER_NOUNS or opening)
    told = doc[tok.i + 2] if tok.i + 2 < len(doc) else None   # what "on"/"for" is about
    about_documents = any(t.lower_ in AGREEMENT_KINDS or t.lemma_.lower() in AGREEMENT_KINDS for t in doc[:tok.i])
    return tok.lower_ in ("one", "another") and nxt.lower_ in ("on", "for", "covering", "concerning", "providing") \
        and about_documents and told is not None and told.ent_type_ not in ("DATE", "TIME", "CARDINAL") \
        and told.lower_ not in ("one", "a", "an")


def _lead_by_set(before: str) -> bool:
    """The words before a mention make it one of a set told just before: "including a memorandum on X", "such as
    ...", or an item of the list a colon opens after the set's plural noun ("five documents: an agreement on ...;
    a memorandum on ...")."""
    listed = LIST_AFTER_SET.search(before)
    noun = listed.group(1).lower() if listed else ""
    plural = noun in PLURAL_ONLY or noun.endswith("s") and (noun in AGREEMENT_KINDS or noun[:-1] in AGREEMENT_KINDS)
    return bool(MEMBER_LEAD.search(before)) or plural


def _ordinal_before(doc: Doc, span: SpacySpan) -> Token | None:
    """"The first, a memorandum on X, ...", "The third document, a memorandum on Y, ...": the phrase is in
    apposition to an ordinal that counts a set's members; that ordinal."""
    if span.start < 2 or doc[span.start - 1].text != ",":
        return None
    before = doc[span.start - 2]
    if before.lower_ not in ORDINALS and before.pos_ == "NOUN" and span.start >= 3:
        before = doc[span.start - 3]   # "The third document,"
    return before if before.lower_ in ORDINALS else None


def _about(span: SpacySpan, mention: Mention) -> bool:
    """The mention is what the agreement's phrase is about ("a declaration on Sudan"), not a side."""
    token = next((t for t in span if t.idx <= mention.start < t.idx + len(t)), None)
    return token is not None and about_a_topic(token, span.root)


def _partner(head: Token) -> list[Token]:
    """The other side of "an agreement with Beijing", or both of "a memorandum between X and Y"."""
    return [t for c in head.children if c.dep_ == "prep" and c.lower_ in ("with", "between") for t in c.subtree]


def _linked(head: Token) -> list[Token]:
    """What an agreement "links ... with ..." or "connects": the sides a verb of joining gives it as its subject."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in LINK_VERBS:
        return []
    return [t for c in verb.children if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("with", "to") for t in c.subtree]


def _told_of(doc: Doc, word: Token, end: int) -> list[Token]:
    """The words a member word says of its member: up to the next member told, or to a "while" that turns to
    another ("A fourth links X with Y, while Prasar Bharati and ... agreed to ..."), or between the commas of
    "The second, on rice trade, was signed"."""
    tokens = [t for t in doc[word.i + 1:] if t.idx < end]
    if tokens and tokens[0].text == ",":   # "The second, on rice trade, was signed ...": what the commas enclose
        close = next((k for k, t in enumerate(tokens) if k and t.text == ","), len(tokens))
        return tokens[1:close]
    turn = next((k for k, t in enumerate(tokens) if CONTRAST.fullmatch(t.text)), len(tokens))
    return tokens[:turn]


def _description(tokens: list[Token]) -> str:
    """What a member word says of its member ("on training its staff at Indian institutes", "that links India's
    Council ... with ...")."""
    while tokens and tokens[0].is_punct:
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in ("cc", "mark") or tokens[-1].lower_ in ("while", "and", "a", "the")):
        tokens = tokens[:-1]
    text = "".join(t.text_with_ws for t in tokens).strip()
    return f"that {text}" if tokens and (tokens[0].pos_ in ("VERB", "AUX") or tokens[0].tag_ in ("VBZ", "VBD", "NNS")) else text


def _the_rest(m: AgreementMention) -> bool:
    """"the remaining 13 documents", "the other five agreements": the rest of a set told before."""
    return any(t.lower_ in ("remaining", "other", "rest") for t in m.span if t.i < m.head.i)


def _same_time(event: Event, signed_on: Span | None) -> bool:
    """A signing told with its own date a year or more away from the day another signing told the agreement was
    signed is of another agreement (a day's difference is a date read two ways: the dateline's and the text's; an
    approval's or a meeting's day says nothing of when it was signed)."""
    if event.date is None or event.date_inferred or signed_on is None:
        return True
    gap = max((event.date.earliest - signed_on.latest).days, (signed_on.earliest - event.date.latest).days)
    return gap < 365


class AgreementBuilder:
    """Builds the article's agreements sentence by sentence (events must be found first)."""

    def __init__(self, entities: dict, sectors: SectorMatcher, published: date, capitals: dict[str, str] | None = None):
        self.entities, self.sectors, self.published = entities, sectors, published
        self.capitals = capitals if capitals is not None else {}   # capital place key -> the country or body it stands for
        self.agreements: list[Agreement] = []
        self.last_ref: tuple[int, int] | None = None   # (agreement index, sentence) most recently referred to
        self.last_signing: tuple[list[int], int] | None = None  # (agreements, sentence) of the last signing
        self.institutions: dict[str, int] = {}   # "fund" -> the agreement that established the fund
        self.set_members: dict[int, list[int]] = {}   # a counted set -> the members the text went on to describe
        self.signed_on: dict[int, Span] = {}   # an agreement -> the day a signing told with its own date gave it
        self.untold: tuple[int, str, list[str]] | None = None   # (sentence, kind, sides) of "an agreement between X and Y"
        self.acts: dict[int, list[Event]] = {}   # an agreement -> the signings (and other acts) that told it
        self.topics: dict[int, set[str]] = {}   # an agreement -> the countries its phrase says it is about

    def sentence(self, index: int, doc: Doc, mentions: list[Mention], events: list[Event], quotes: list[tuple[int, int]],
                 date_of: Callable[[Token], Span | None] = lambda verb: None) -> None:
        """Read the sentence's agreements; ``date_of`` dates a verb's clause (for an agreement still to be concluded)."""
        found = agreement_mentions(index, doc, quotes)
        all_mentions = list(found)
        spoken = [m for m in found if m.within]
        found = [m for m in found if not m.within]
        linked: list[int] = []
        by_topic: list[tuple[int, int]] = []   # (offset, member) of sets what was signed names member by member
        objects: list[tuple[int, int]] = []    # (offset, agreement) of each thing told as signed or issued
        for event in events:
            if event.type not in CREATING_EVENTS:
                continue
            targets = []
            for span in event.object_spans:
                told = [m for m in found if m.span.start_char < span[1] and span[0] < m.span.end_char and not m.bare_statement]
                # "The third document, a memorandum on X, was signed": the memorandum, not "the third document" beside it
                member = next((m for m in told if _ordinal_before(doc, m.span)), None)
                creator = member or (told[0] if told else None)
                if creator is not None:
                    for m in told if member else [creator]:
                        found.remove(m)
                    if creator.similar:
                        continue
                    if event.type == "statement" and creator.definite and creator.kind != "joint_statement" and self._link(creator) is None:
                        continue   # "The agreement was announced in a joint statement": the statement is the agreement told
                    if event.agreement_act and self._link(creator) is None:
                        continue   # "The pact entered into force": only of an agreement told before
                    targets.append(self._create_or_link(creator, event, doc, mentions))
                    objects.append((span[0], targets[-1]))
                    by_topic += self._topic_members(targets[-1], creator, doc, index, mentions)
                    umbrella = self._open_set(index) if _ordinal_before(doc, creator.span) else None
                    if umbrella is not None and umbrella != targets[-1]:
                        self._join_set(umbrella, targets[-1])   # "The first, a memorandum on X, was signed by ..."
                elif doc.text[span[0]:span[1]].lower() in ("it", "this", "they", "them") and \
                        (antecedent := self._antecedent(all_mentions, span[0])) is not None:
                    targets.append(self._link_event(antecedent, event))
                    objects.append((span[0], targets[-1]))
                elif (named := self._by_acronym(doc.text[span[0]:span[1]])) is not None:
                    targets.append(self._link_event(named, event))   # "The DCA was signed" after "the Defence Cooperation Agreement (DCA)"
                    objects.append((span[0], targets[-1]))
            watched = bool(event.roles) and set(event.roles.values()) == {"overseer"} and self.last_signing is not None \
                and all(_same_time(event, self.signed_on.get(t)) for t in self.last_signing[0])
            if not event.object_spans and event.type == "signing" and self.last_signing and (index - self.last_signing[1] <= 1 or watched):
                # "X and Y signed for Moscow": more signatories of what the sentence before said was signed; "X is
                # expected to witness the signing ceremony": the signing told, however far before.
                targets = [self._link_event(t, event) for t in self.last_signing[0]]
            if targets:
                event.agreement, event.extra_agreements = targets[0], targets[1:]
                if event.type == "signing":
                    self.last_signing = (targets, index)
                linked += [t for t in targets if t not in linked]
        # a lower-case "framework" is an agreement only as what was signed ("the Two Corridors, One Belt framework" is not)
        # (but "the framework" after a framework was signed is that one)
        weak = [m for m in found if (m.head.lower_ in WEAK_HEADS and not m.head.is_title or m.bare_statement) and not self._told_again(m)]
        found = [m for m in found if m not in weak]
        all_mentions = [m for m in all_mentions if m not in weak]
        members = [(start, target, None) for start, target in by_topic]
        linked += [target for _, target in by_topic]
        for umbrella, m in self._members(index, doc, found, linked):
            found.remove(m)
            topics = listed_topics(doc, m)   # "six memoranda of understanding: on X, on Y, ...": six memoranda
            for start, name in topics if m.plural and len(topics) >= 2 and m.count in (None, len(topics)) else [(m.span.start_char, None)]:
                kind = m.kind if m.kind != "documents" else "agreement"
                count = m.count if m.plural and not name else None
                members.append((start, self._member(umbrella, kind, name or m.name, m.span, index, mentions, count), None))
                linked.append(members[-1][1])
        for start, target in self._listed_members(index, doc, found, mentions):
            members.append((start, target, None))
            linked.append(target)
        # "The first, a memorandum on maritime cooperation, was signed": the memorandum told is the member, not "first"
        ordinals_told = {t.i for m in all_mentions if (t := _ordinal_before(doc, m.span)) is not None}
        for start, target in self._described_members(index, doc, found, mentions, ordinals_told):
            members.append((start, target, None))
            linked.append(target)
            for event in events:   # "The second, on rice trade, was signed by X and Y": that member
                if event.type in CREATING_EVENTS and event.agreement is None and any(a <= start < b for a, b in event.object_spans):
                    event.agreement = self._link_event(target, event)
                    objects.append((start, target))
        told: dict[int, int] = {}   # mention start -> the agreement it was linked to or made
        for m in found:
            target = self._link(m)
            if target is None and _negotiated(m.head):
                target = self._planned(m, mentions, date_of)
            if target is not None:
                told[m.span.start_char] = target
                self._add_mention(target, m, doc, mentions)
                if target not in linked:
                    linked.append(target)
            elif not m.definite and (sides := self._organisation_sides(_partner(m.span.root), mentions)):
                self.untold = (index, m.kind, sides)
        for m in spoken:
            target = self._counted(m)
            if target is not None and target not in linked:
                linked.append(target)
        if not linked and self.last_ref and index - self.last_ref[1] <= 2 \
                and self._pronoun(doc, quotes, plural=bool(self.agreements[self.last_ref[0]].count or self.agreements[self.last_ref[0]].kind == "documents")):
            linked.append(self.last_ref[0])   # "It covers ...", and for a set, "They cover ..."
        if len(linked) == 1:
            self._institutions(doc, linked[0])
        named = self._institution_references(doc, quotes)
        linked += [t for _, t in named if t not in linked]
        anchors = self._anchors(linked, all_mentions, objects, quotes, told) + [(i, t, None) for i, t in named]
        starts = {x[0] for x in members}
        # an unlinked mention after the first member is one of the members ("; a memorandum on cooperation in agriculture;")
        within_members = lambda a: a[1] is None and bool(starts) and a[0] >= min(starts)
        anchors = [a for a in anchors if a[0] not in starts and not within_members(a)] + members
        anchors.sort(key=lambda a: a[0])
        for target in linked:
            self._sectors(target, index, doc, quotes, anchors, [(m.span.start_char, m.span.end_char) for m in all_mentions])
            self.last_ref = (target, index)
            if index not in self.agreements[target].evidence:
                self.agreements[target].evidence.append(index)

    def _anchors(self, linked: list[int], mentions: list[AgreementMention], objects: list[tuple[int, int]],
                 quotes: list[tuple[int, int]], told: dict[int, int]) -> list[tuple[int, int | None]]:
        """(character offset, agreement or None) of every agreement named in the sentence: a sector word belongs
        to the nearest one before it (or after it, if none is before), and to none if that one is not ours.  An
        indefinite mention anchors the agreement it was read as ("work toward concluding a General Security of
        Military Information Agreement"), else none."""
        anchor = lambda m: told.get(m.span.start_char, self._link(m) if m.definite or m.quoted else None)
        # (a name inside a longer one is part of it: "a joint statement on a framework for a reciprocal trade agreement")
        inner = lambda m: any(len(o.span) > len(m.span) and o.span.start <= m.span.start and m.span.end <= o.span.end for o in mentions)
        anchors = [(m.span.start_char, self._counted(m) if m.within else anchor(m), m.within) for m in mentions if not inner(m)]
        anchors += [(start, i, None) for start, i in objects]
        if not [a for a in anchors if a[2] is None]:
            anchors += [(0, t, None) for t in linked]
        return sorted(anchors, key=lambda a: a[0])

    def _members(self, index: int, doc: Doc, found: list[AgreementMention], linked: list[int]) -> list[tuple[int, AgreementMention]]:
        """"They include an intergovernmental framework agreement ..., a memorandum on electricity ...": the
        agreements a set already told ("seven other agreements and memoranda") is made of; and "a package of
        documents, including memoranda on X, on Y and on Z", told with the set."""
        sets = [t for t in linked if self.agreements[t].count or self.agreements[t].kind == "documents"]
        pairs = [(sets[-1], m) for m in found if sets and not m.definite and _lead_by_set(doc.text[:m.span.start_char])]
        for verb in doc:
            umbrella = self._set_told(index, verb, found)
            if umbrella is None or ";" in doc.text[verb.idx:]:
                continue   # (a list by semicolons is read by words: ``_listed_members``)
            objects = {t.i for c in verb.children if c.dep_ in ("dobj", "attr", "nsubj") for t in c.subtree}   # ("Among them were X": X)
            u = self.agreements[umbrella]
            older = lambda m: m.year and u.date and m.year < u.date.earliest.year   # ("The first was a 2006 agreement": not one of today's)
            pairs += [(umbrella, m) for m in found if m.head.i in objects and not m.definite and not older(m)]
        return pairs

    def _set_told(self, index: int, verb: Token, found: list[AgreementMention]) -> int | None:
        """The set a verb of membership has as its subject: "They include ...", "The three other documents are ...",
        "The first is ..."."""
        if verb.lemma_.lower() not in MEMBER_VERBS:
            return None
        # "Among the instruments were a framework agreement on ...": the set is what "among" names, not the subject
        among = next((p for c in verb.children if c.dep_ == "prep" and c.lower_ == "among" for p in c.children if p.dep_ == "pobj"), None)
        subject = among if among is not None else next((c for c in verb.children if c.dep_ == "nsubj"), None)
        umbrella = None
        told_set = among is not None and among.tag_ == "NNS" and among.lemma_.lower() in AGREEMENT_KINDS \
            and any(c.lower_ in ("the", "these", "those") for c in among.children)   # ("the instruments" the set was called)
        if subject is not None and (subject.lower_ in ("they", "these", "those", "them") or told_set) and self.last_ref:
            umbrella = self.last_ref[0]
        elif subject is not None and subject.lower_ in ORDINALS:
            umbrella = self._open_set(index)   # "The first is an agreement on X": one of the set told before
        elif subject is not None:
            told = next((m for m in found if m.head.i == subject.i), None)
            umbrella = self._link(told) if told is not None and told.definite else None
        return umbrella if umbrella is not None and (self.agreements[umbrella].count or self.agreements[umbrella].kind == "documents") else None

    def _listed_members(self, index: int, doc: Doc, found: list[AgreementMention], mentions: list[Mention]) -> list[tuple[int, int]]:
        """"The three other documents are a memorandum on rice trade, under which ...; a memorandum on agriculture; and
        an implementation programme for cultural cooperation": each item between semicolons is a member, read from the
        words (the parser hangs such lists anywhere)."""
        members = []
        for verb in doc:
            umbrella = self._set_told(index, verb, found)
            if umbrella is None or ";" not in doc.text[verb.idx:]:
                continue
            start = verb.idx + len(verb)
            for item in re.finditer(r"[^;]+", doc.text[start:]):
                words = re.sub(r"^\s*(?:and\s+)?(?:an?|the)\s+", "", item.group())
                words = re.split(r",\s+(?:under|by|which|that|signed|covering)\b", words)[0].strip(" .,")
                head = next((w for w in re.findall(r"[a-z]+", words.lower()) if w in AGREEMENT_KINDS), None)
                span = doc.char_span(start + item.start(), start + item.end(), alignment_mode="expand")
                if words and span is not None:
                    kind = AGREEMENT_KINDS[head] if head and AGREEMENT_KINDS[head] != "documents" else "agreement"
                    members.append((start + item.start(), self._member(umbrella, kind, words, span, index, mentions)))
            inside = range(start, len(doc.text))
            found[:] = [m for m in found if m.span.start_char not in inside]
        return members

    def _member(self, umbrella: int, kind: str, name: str, span: SpacySpan, sentence: int, mentions: list[Mention],
                count: int | None = None) -> int:
        """A new agreement, one of the set: signed with it, by the same sides, on the same day."""
        u = self.agreements[umbrella]
        self.agreements.append(Agreement(kind, name, sentence, status=u.status,
                                         parties=list(u.parties), signatories=list(u.signatories), overseen_by=list(u.overseen_by),
                                         date=u.date, place=u.place, count=count))
        target = len(self.agreements) - 1
        self._parties(target, span, mentions)
        self._join_set(umbrella, target)
        return target

    def _topic_members(self, target: int, m: AgreementMention, doc: Doc, index: int,
                       mentions: list[Mention]) -> list[tuple[int, int]]:
        """"signed two MOUs, on X and on Y": a set whose every member the phrase names by topic is its members
        (``_drop_umbrellas`` then drops the set); (offset, member) of each."""
        topics = listed_topics(doc, m) if m.plural and m.count and self.agreements[target].count == m.count else []
        if len(topics) != m.count or len(topics) < 2:
            return []
        kind = m.kind if m.kind != "documents" else "agreement"
        return [(start, self._member(target, kind, name, m.span, index, mentions)) for start, name in topics]

    def _join_set(self, umbrella: int, target: int) -> None:
        """A member of a set, signed in the act that signed the set: its day and place are the set's."""
        self.set_members.setdefault(umbrella, []).append(target)
        for event in self.acts.get(umbrella, []):
            if target not in event.extra_agreements and target != event.agreement:
                event.extra_agreements.append(target)

    def _open_set(self, index: int) -> int | None:
        """The counted set the text may be describing member by member: the last one told, if it or one of its
        members was referred to at most three sentences before."""
        for i in reversed(range(len(self.agreements))):
            if (self.agreements[i].count or 0) >= 2:
                told = [s for j in [i, *self.set_members.get(i, [])] for s in [self.agreements[j].sentence, *self.agreements[j].evidence]]
                return i if index - max(told) <= 3 else None
        return None

    def _described_members(self, index: int, doc: Doc, found: list[AgreementMention], mentions: list[Mention],
                           ordinals_told: set[int]) -> list[tuple[int, int]]:
        """(offset, agreement) of each member of a counted set the sentence describes on its own: "seven memoranda,
        among them a deal on the Kushiyara river", "The Kushiyara memorandum ...", "one on training its staff and
        another on IT systems", "A fourth links ..., while a fifth sets out ...", "the seventh memorandum provides
        for ...".  Each takes the set's sides, signers and day; the set itself goes when all its members are told."""
        umbrella = self._open_set(index)
        if umbrella is None:
            return []
        u = self.agreements[umbrella]
        noun = u.kind if u.kind not in ("documents", "joint_statement") else "agreement"
        clues: list[tuple[int, str, SpacySpan]] = []   # (offset, kind, the words that describe it)
        for m in list(found):
            ordinal = m.ordinal is not None and 2 <= m.ordinal <= u.count \
                and not (self.last_signing and len(self.last_signing[0]) >= m.ordinal)
            included = u.sentence == index and MEMBER_LEAD.search(doc.text[:m.span.start_char])
            # "Under the second, a memorandum, ...": a member not yet told
            apposed = (o := _ordinal_before(doc, m.span)) is not None and len(self.set_members.get(umbrella, [])) < ORDINALS[o.lower_] <= u.count
            named = m.definite and m.proper and m.kind in (noun, "agreement") and m.head.lower_ not in WEAK_HEADS and not m.year \
                and m.head.dep_ in ("nsubj", "nsubjpass") and self._link(m) is None   # "The Kushiyara memorandum ... allows"
            if not m.plural and (ordinal or included or named or apposed):
                found.remove(m)
                clues.append((m.span.start_char, m.kind if m.kind != "documents" else noun, m.span))
        for m in list(found):   # "One of the memoranda, between BSS and Xinhua, provides for ...": told after the set's words
            if m.plural and m.definite and m.span.start >= 2 and doc[m.span.start - 1].lower_ == "of" \
                    and doc[m.span.start - 2].lower_ == "one" and self._link(m) == umbrella:
                found.remove(m)
                clues.append((doc[m.span.start - 2].idx, m.kind if m.kind != "documents" else noun, doc[m.span.start - 2:m.span.end]))
        covered = {t.i for m in found for t in m.span} | {t.i for _, _, span in clues for t in span}
        adjacent = index - u.sentence == 1
        for tok in doc:
            if tok.i in covered or tok.i in ordinals_told or not _member_word(tok, u.count, adjacent):
                continue
            clues.append((tok.idx, noun, doc[tok.i:tok.i + 1]))
        clues.sort(key=lambda c: c[0])
        members = []
        for n, (start, kind, span) in enumerate(clues):
            end = clues[n + 1][0] if n + 1 < len(clues) else len(doc.text)
            one_of = span[0].lower_ == "one" and len(span) > 1
            told = _told_of(doc, span[-1], end) if len(span) == 1 or one_of else []
            name = f"{kind} {_description(told)}" if len(span) == 1 or one_of and told else span.text
            members.append((start, self._member(umbrella, kind, name, span, index, mentions)))
            member = self.agreements[members[-1][1]]
            member.named_sides = member.named_sides or self._organisation_sides(told, mentions)
        return members

    def _institutions(self, doc: Doc, target: int) -> None:
        """"signed an agreement ... establishing the Reconstruction Investment Fund": "the fund" is the
        agreement's too, for what it will do ("The fund will invest in minerals, oil and gas")."""
        for tok in doc:
            if tok.lemma_.lower() in ESTABLISH_VERBS and tok.dep_ in ("advcl", "acl", "relcl", "xcomp"):
                for obj in (c for c in tok.children if c.dep_ == "dobj"):
                    # the object's head noun ("a joint fund for the reconstruction of Ukraine" -> fund), or the
                    # name in apposition that the parser hung on it ("... States–Ukraine Reconstruction Investment Fund")
                    head = next((c for c in obj.children if c.dep_ == "appos"), obj)
                    if head.lower_ not in AGREEMENT_KINDS:
                        self.institutions[head.lemma_.lower()] = target

    def _institution_references(self, doc: Doc, quotes: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """(offset, agreement) of each "the fund" that names an institution an agreement established."""
        return [(t.idx, self.institutions[t.lemma_.lower()]) for t in doc
                if t.lemma_.lower() in self.institutions and t.pos_ == "NOUN" and any(c.lower_ == "the" for c in t.children)
                and not any(s <= t.idx < e for s, e in quotes)]

    def _counted(self, m: AgreementMention) -> int | None:
        """The agreement a speaker's words refer to: the one with that count ("23 agreements were signed") or
        that name ("the signature of the Reciprocal Access Agreement")."""
        return next((i for i, a in enumerate(self.agreements) if m.count and a.count == m.count
                     or m.proper and (m.name.lower() in (a.name.lower(), *map(str.lower, a.aliases)) or shares_name_words(m, a))), None)

    def _create_or_link(self, m: AgreementMention, event: Event, doc: Doc, mentions: list[Mention]) -> int:
        target = self._link(m, signed=True) if m.definite else None
        if target is not None and event.type == "signing" and not _same_time(event, self.signed_on.get(target)):
            target = None   # "the treaty that Poland and France signed in Paris in April 1991" after this year's treaty
        if target is None:
            status = {"ratification": "ratified", "meeting": "planned"}.get(event.type, "planned" if event.status != "happened" else "signed")
            kind = m.kind
            if m.plural and kind == "agreement":
                kind = "documents"   # "15 agreements", "a series of agreements": a set; "two treaties" stay treaties
            self.agreements.append(Agreement(kind, m.name, m.sentence, status=status, count=m.count if m.plural else None,
                                             compared=m.compared))
            target = len(self.agreements) - 1
            if m.definite and self.untold and self.untold[1] == kind and m.sentence - self.untold[0] <= 1:
                # "under an agreement between Bulgargaz and BOTAS ... The agreement, signed in Ankara ...": those sides
                self.agreements[target].named_sides = self.untold[2]
            if m.year and m.year < (event.date or Span.day(self.published)).earliest.year:
                # "the 2001 treaty": the name dates it (a later year, as in "a plan until 2030", does not)
                self.agreements[target].date = Span.year(m.year)
        else:
            self._add_mention(target, m, doc, mentions)
        self._parties(target, m.span, mentions)
        return self._link_event(target, event)

    def _by_acronym(self, text: str) -> int | None:
        """The agreement whose name's initials a phrase is ("the DCA" for the Defence Cooperation Agreement)."""
        word = re.sub(r"^the\s+", "", text.strip(), flags=re.I)
        if not (word.isupper() and 2 <= len(word) <= 6):
            return None
        return next((i for i in reversed(range(len(self.agreements)))
                     if word in (initials(n) for n in (self.agreements[i].name, *self.agreements[i].aliases))), None)

    def _planned(self, m: AgreementMention, mentions: list[Mention], date_of: Callable[[Token], Span | None]) -> int:
        """An agreement still being negotiated: planned, of the sides its phrase names (else of the sentence), and
        dated by the time its clause sets ("hope to conclude their CEPA before the end of this year": 2025)."""
        verb = next((a for a in m.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        when = date_of(verb) if verb is not None else None
        self.agreements.append(Agreement(m.kind, m.name, m.sentence, status="planned",
                                         date=when if when is not None and when.latest >= self.published else None))
        self._parties(len(self.agreements) - 1, m.span, mentions)
        return len(self.agreements) - 1

    def _link_event(self, target: int, event: Event) -> int:
        """What the event says of the agreement: who signed, oversaw or ratified it, when and where."""
        a = self.agreements[target]
        if event.type == "signing":
            self.acts.setdefault(target, []).append(event)
        if event.agreement_act:
            return target   # "the pact entered into force in January" says nothing of its signing
        if event.type == "ratification":
            if event.status == "happened":
                a.status = "ratified"
                a.ratified_by += [k for k in event.roles if k not in a.ratified_by]
            return target
        if event.type != "meeting":   # talks on an agreement neither sign it nor date it
            if event.status == "happened" and a.status == "planned":
                a.status = "signed"
            signed_then = event.type == "signing" and event.status == "happened" and event.date is not None
            a.date = event.date if signed_then else a.date or event.date   # its signing dates it, not its approval
            if signed_then and not event.date_inferred:
                self.signed_on.setdefault(target, event.date)
            a.place = a.place or event.place
        for key, role in event.roles.items():
            kind = self.entities[key].kind
            if kind == "person" and role == "signer" and key not in a.signatories:
                a.signatories.append(key)
            elif kind == "person" and role == "overseer" and key not in a.overseen_by:
                a.overseen_by.append(key)
            elif kind in ("country", "organisation") and key not in a.parties and role in ("signer", "participant") \
                    and self._may_be_party(key, role):
                a.parties.append(key)
            elif kind == "person" and (event.type == "meeting" or event.type == "statement" and a.kind == "joint_statement") \
                    and self.entities[key].country and self.entities[key].country not in a.parties:
                a.parties.append(self.entities[key].country)   # the sides that negotiated it, or issued it together
        return target

    def _told_again(self, m: AgreementMention) -> bool:
        """"the framework" when an agreement named by that head word was told before, and "the (remaining)
        instruments" when a set of agreements was (a plural can only be the set)."""
        target = self._link(m) if m.definite else None
        if target is None:
            return False
        a = self.agreements[target]
        if m.plural and (a.count or a.kind == "documents"):
            return True
        return any(n.lower().split()[-1:] == [m.head.lower_] for n in [a.name, *a.aliases])   # its head word, not a modifier ("partnership treaty")

    def _antecedent(self, mentions: list[AgreementMention], start: int) -> int | None:
        """What a pronoun at ``start`` refers to: an agreement told before it in its sentence ("Once signed, the
        agreement will need to be approved ... before it can enter into force"), else the last one referred to."""
        before = [t for m in mentions if m.definite and m.span.end_char <= start and (t := self._link(m)) is not None]
        if before or not self.last_ref:
            return before[-1] if before else None
        if not self.agreements[self.last_ref[0]].compared:
            return self.last_ref[0]
        # ("signed a similar pact in October. Sunak said he would sign it with pride": the story's)
        return next((i for i in reversed(range(len(self.agreements))) if not self.agreements[i].compared), None)

    def _link(self, m: AgreementMention, signed: bool = False) -> int | None:
        """The agreement a mention refers to: the most recent compatible one, and of the same kind when the
        word is specific ("the declaration" passes over the treaty told after it; "the deal" does not)."""
        if m.ordinal and m.definite and self.last_signing and len(self.last_signing[0]) >= m.ordinal > 0:
            return self.last_signing[0][m.ordinal - 1]   # "The second document lays out ..." of two signed together
        if m.another and not m.proper:
            return None
        specific = m.kind in ("treaty", "memorandum", "joint_statement")
        order = list(reversed(range(len(self.agreements))))
        if specific:
            order.sort(key=lambda i: self.agreements[i].kind != m.kind)
        for i in order:
            a = self.agreements[i]
            if m.year and (a.date or Span.day(self.published)).earliest.year != m.year:
                continue   # "the 1998 agreement" is not the undated one this story tells
            if m.count and a.count and m.count != a.count and not (m.count < a.count and _the_rest(m) and not signed):
                continue   # (but "the remaining 13 documents" of 15 are that set's; "the other two will be signed" are not)
            if m.plural != (a.count is not None or a.kind == "documents") and not m.quoted:
                continue
            if (m.kind == "joint_statement") != (a.kind == "joint_statement") and m.kind != "documents" and not m.quoted:
                continue   # "their joint communique" is no trade agreement told before, nor "the agreement" a joint statement
            if specific and a.kind in ("treaty", "memorandum") and a.kind != m.kind and not m.quoted:
                continue   # "the treaty" is not the memorandum told before (but may be "the agreement" told before)
            same_name = m.name.lower() == a.name.lower() or m.name.lower() in map(str.lower, a.aliases)
            described = signed and not a.name[:1].isupper() and a.name.split()[-1].lower() == m.head.lower_ \
                and m.sentence - a.sentence <= 1
            if a.compared and not m.proper and not same_name:
                continue   # "signed a similar pact in January last year. Once signed, the agreement ...": the story's
            if m.proper and not same_name and not shares_name_words(m, a) and not described:
                continue   # (but "signed the Defence Cooperation Framework" just after "a five-year defence framework" is it)
            if m.definite and not m.proper and (topic := topic_words(m)) and not named_by(topic, a):
                continue   # "the agreement on the establishment of the centre" is not the border agreement told before
            if same_name or m.quoted or m.definite:
                return i
        return None

    def _add_mention(self, target: int, m: AgreementMention, doc: Doc, mentions: list[Mention]) -> None:
        a = self.agreements[target]
        name = m.name
        better = m.quoted and m.kind != "documents" or (any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP") for t in m.span) and name[:1].isupper())
        if better and name.lower() != a.name.lower():
            a.aliases.append(a.name)
            a.name = name
        elif name.lower() != a.name.lower() and name not in a.aliases:
            a.aliases.append(name)
        if KIND_RANK.index(m.kind) < KIND_RANK.index(a.kind) and not (a.kind == "documents" and (a.count or m.plural)):
            a.kind = m.kind
        self._parties(target, m.span, mentions)

    def _parties(self, target: int, span: SpacySpan, mentions: list[Mention]) -> None:
        """Countries the agreement's own phrase names ("the Iran-Russia treaty"), and the other side of "an
        agreement with Beijing" (a capital stands for its government)."""
        a = self.agreements[target]
        partner = _partner(span.root)
        a.named_sides = a.named_sides or self._organisation_sides(partner or _linked(span.root), mentions)
        if a.named_sides:
            return
        ranges = [(span.start_char, span.end_char)] + [(t.idx, t.idx + len(t)) for t in partner]
        company = self._company(partner, mentions)
        if company is not None:   # "an agreement with India's Petronet LNG": Petronet, not India
            a.parties.append(company)
            ranges = ranges[:1]
        for mention in mentions:
            if not mention.key or not any(s <= mention.start < e for s, e in ranges):
                continue
            if _about(span, mention):
                self.topics.setdefault(target, set()).add(mention.key)
                continue
            entity = self.entities.get(mention.key)
            key = mention.key if mention.kind in ("country", "demonym") else \
                self.capitals.get(entity.key, entity.country) if partner and entity is not None and entity.kind == "place" else None
            if key and key not in a.parties:
                a.parties.append(key)

    def _company(self, words: list[Token], mentions: list[Mention]) -> str | None:
        """The one organisation of "with India's Petronet LNG Limited" when it is no state body (a ministry or a
        parliament stands for its country, and "with Moscow" is a government)."""
        if not words:
            return None
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        found = {m.key for m in mentions if m.kind == "organisation" and m.key and start <= m.start < end}
        key = found.pop() if len(found) == 1 else None
        entity = self.entities.get(key) if key else None
        return key if entity is not None and not entity.country and entity.kind == "organisation" else None

    def _organisation_sides(self, words: list[Token], mentions: list[Mention]) -> list[str]:
        """"a memorandum between Invest Oman and Invest India", "A fourth links India's Council of Scientific and
        Industrial Research with the Bangladesh Council ...": two or more organisations told as an agreement's
        sides are its parties, in place of the countries a set it belongs to lent it or its signers' countries (news
        agencies too: "between BSS and Xinhua")."""
        if not words:
            return []
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        found = list(dict.fromkeys(m.key for m in mentions if m.kind == "organisation" and m.key and start <= m.start < end))
        return found if len(found) >= 2 else []

    def _pronoun(self, doc: Doc, quotes: list[tuple[int, int]], plural: bool) -> bool:
        """The sentence's subject is "it" (or, for a set of agreements, "they")."""
        words = ("it", "they") if plural else ("it",)
        return any(t.lower_ in words and t.dep_ in ("nsubj", "nsubjpass") and not any(s <= t.idx < e for s, e in quotes) for t in doc)

    def _sectors(self, target: int, index: int, doc: Doc, quotes: list[tuple[int, int]], anchors,
                 names: list[tuple[int, int]]) -> None:
        """Sector words of the sentence that belong to this agreement: not part of a title ("Transport Minister",
        "national security adviser"), nearest to this agreement's mention, and inside quotation marks only when
        the quote itself names the agreement ("23 agreements were signed in fields including health")."""
        a = self.agreements[target]
        for start, end, concept in self.sectors.find(doc.text):
            quote = next((q for q in quotes if q[0] <= start < q[1]), None)
            if self._in_name(doc, start, end) and not any(s <= start < e for s, e in names):
                continue   # the agreement's own name counts ("the Strategic Mutual Defence Agreement")
            mine = [x for x in anchors if x[2] == quote]
            before = [x for x in mine if x[0] <= start]
            if before:
                owner = before[-1][1]
            else:   # a list told before the agreement, unless a "but" turns away from it
                owner = mine[0][1] if mine and not CONTRAST.search(doc.text, end, mine[0][0]) else None
            if owner == target:
                a.sectors.setdefault(concept, index)

    @staticmethod
    def _in_name(doc: Doc, start: int, end: int) -> bool:
        """A sector word in a title or another name: "Transport Minister", "Minister of Culture, Tourism and
        Handicrafts", "the Organization for Security and Co-operation", "Climate Week", "Port Moresby".  The name of
        a project ("the delivery of the Nigeria-Morocco Gas Pipeline", "the Cairo Metro") is what an agreement is about."""
        word = doc.text[start:end]
        capitalised = word[0].isupper() and not word.isupper() and doc.text[:start].strip("“”\"' ") != ""   # "AI", "LNG" are sectors
        run = next((m.group() for m in CAPITALISED_RUN.finditer(doc.text) if m.start() <= start < m.end()), word) if capitalised else ""
        if capitalised and run.split()[-1] not in PROJECT_HEADS:
            return True
        return bool(TITLE_AFTER.match(doc.text, end) or TITLE_BEFORE.search(doc.text[:start]))

    def _drop_umbrellas(self, events: list[Event]) -> None:
        """"signed two joint statements", then each named: the two named are the agreements, the count was their
        announcement.  Events that pointed at the announcement point at what it announced."""
        ags = self.agreements
        parts = {i: [j for j, b in enumerate(ags) if j != i and 0 < b.sentence - a.sentence <= 2 and b.signatories
                     and set(b.signatories) == set(a.signatories)]
                 for i, a in enumerate(ags) if (a.count or 0) >= 2 and a.signatories}
        for i, described in self.set_members.items():
            if len(described) > len(parts.get(i, [])):
                parts[i] = described
        umbrellas = {i: found for i, found in parts.items() if ags[i].count and len(found) >= ags[i].count}
        if not umbrellas:
            return
        kept = [i for i in range(len(ags)) if i not in umbrellas]
        new = {old: n for n, old in enumerate(kept)}

        def move(i: int) -> list[int]:
            """An agreement's new index; an announcement's, all the agreements it announced (its parts are told
            after it, so this ends)."""
            return [new[i]] if i in new else [n for j in umbrellas[i] for n in move(j)]

        for e in events:
            targets = list(dict.fromkeys(n for i in ([e.agreement] if e.agreement is not None else []) + e.extra_agreements
                                         for n in move(i)))
            e.agreement, e.extra_agreements = (targets[0], targets[1:]) if targets else (None, [])
        self.agreements = [ags[i] for i in kept]

    def _share_out_signatories(self) -> None:
        """Agreements signed together by the same ministers ("Transport Minister X and Health Minister Y signed
        for Moscow"): each minister signed the one his portfolio names; a lone minister left, the one left."""
        groups: dict[tuple[str, ...], list[Agreement]] = {}
        for a in self.agreements:
            if len(a.signatories) > 1:
                groups.setdefault(tuple(sorted(a.signatories)), []).append(a)
        for people, signed in groups.items():
            if len(signed) < 2:
                continue
            portfolio = {p: {c for _, _, c in self.sectors.find(self.entities[p].role or "")} for p in people}
            mine = {p: [a for a in signed if portfolio[p] & set(a.sectors)] for p in people}
            placed = {p: found[0] for p, found in mine.items() if len(found) == 1}
            if len({id(a) for a in placed.values()}) < len(placed):
                continue   # two ministers for one agreement: no one-to-one reading, leave them all
            left = [p for p in people if p not in placed]
            empty = [a for a in signed if a not in placed.values()]
            if len(left) == 1 and len(empty) == 1:
                placed[left[0]] = empty[0]
            if any(not [p for p in a.signatories if p not in placed or placed[p] is a] for a in signed):
                continue   # never leave an agreement with no signatory
            for p, a in placed.items():
                for other in signed:
                    if other is not a and p in other.signatories:
                        other.signatories.remove(p)

    def finish(self, events: list[Event], mentions: list[list[Mention]]) -> list[Agreement]:
        """Parties from the signatories' and overseers' countries, and from the people they met in the same sentence;
        failing those, the countries the sentence that introduced the agreement names, or of two or more people it
        names; failing those, the parties of the last current agreement told before it ("documents were also
        signed", "a joint statement issued after the ceremony" are the same sides'; a background treaty neither
        lends nor borrows); and, with one side or none, the sides of the last meeting told."""
        self._share_out_signatories()
        self._drop_umbrellas(events)
        for i, a in enumerate(self.agreements):
            if a.named_sides:   # organisations told as its sides ("between Invest Oman and Invest India")
                a.parties = list(a.named_sides)
                continue
            people = a.signatories + a.overseen_by
            if a.overseen_by:
                for e in events:
                    if e.type == "meeting" and set(e.roles) & set(a.overseen_by) and set(e.evidence) & set(a.evidence):
                        people += [k for k in e.roles if k not in people]
            blocs = {c for k in a.parties if k in self.entities for c in self.entities[k].members}
            for key in people:
                country = self.entities[key].country
                if country and country not in a.parties and country not in blocs:   # (a minister who signed for Mercosur)
                    a.parties.append(country)
            if not a.parties:
                a.parties = list(dict.fromkeys(m.key for m in mentions[a.sentence] if m.kind == "country" and m.key and not m.in_quote
                                               and m.key not in self.topics.get(i, ())))
            if not a.parties:   # "Pezeshkian had met Putin ..., and the two sides say a treaty is close to completion"
                sides = list(dict.fromkeys(c for m in mentions[a.sentence] if m.kind == "person" and not m.in_quote
                                           and m.key in self.entities and (c := self.entities[m.key].country)))
                a.parties = sides if len(sides) >= 2 else []
            current = lambda b: b.date is None or (self.published - b.date.latest).days <= 365   # not a background one
            if not a.parties:
                before = next((b for b in reversed(self.agreements[:i]) if b.parties and current(b)), None)
                if before is not None and current(a) and (before.date == a.date or None in (a.date, before.date)):
                    a.parties = list(before.parties)   # "documents were also signed during the visit": the same sides
            # the parties are states: a central bank, a ministry or the White House acts for its country
            a.parties = list(dict.fromkeys(self._state(k) for k in a.parties))
            sides = self._sides_met_before(a, events)
            if a.kind == "joint_statement" and len(a.parties) < 2 or not a.parties and current(a) \
                    or len(a.parties) == 1 and current(a) and len(sides) == 2 and a.parties[0] in sides:
                # "a joint statement released by the White House"; "the presidents hoped an agreement could be signed";
                # a memorandum signed by a Korean minister the text gives no country and "Uzbekistan's minister"
                a.parties += [c for c in sides if c not in a.parties]
            if a.kind == "joint_statement" and (bloc := self._bloc_that_issued(a, events, mentions)):
                a.parties = [bloc]
        return self.agreements

    def _bloc_that_issued(self, a: Agreement, events: list[Event], mentions: list[list[Mention]]) -> str | None:
        """"The leaders released their communique": at a bloc's summit, the leaders' communiqué is the bloc's
        (GOLD-FORMAT, blocs as parties), when three or more of its members are the parties only because their
        leaders are, and the text does not name the states that issued it."""
        countries = [k for k in a.parties if k not in self.entities or self.entities[k].kind == "country"]
        named = {m.key for m in mentions[a.sentence] if m.kind == "country"}
        if len(countries) < 3 or named & set(countries):
            return None
        blocs = {k for e in events if e.type in ("summit", "meeting", "statement") and e.status == "happened"
                 for k in e.roles if self.entities[k].kind == "organisation" and set(countries) <= set(self.entities[k].members)}
        return next(iter(blocs)) if len(blocs) == 1 else None

    def _sides_met_before(self, a: Agreement, events: list[Event]) -> list[str]:
        """The countries of the people of the last meeting, summit or visit told up to the agreement that brought
        people of two countries together."""
        met = [e for e in events if e.type in ("meeting", "summit", "visit") and e.status == "happened" and e.sentence <= a.sentence]
        for e in sorted(met, key=lambda e: -e.sentence):
            sides = list(dict.fromkeys(c for k in e.roles if self.entities[k].kind == "person" and (c := self.entities[k].country)))
            if len(sides) >= 2:
                return sides
        return []

    def _may_be_party(self, key: str, role: str) -> bool:
        """A country, a state body (it stands for its country), a bloc or organisation of states, or a company that
        signed; not the agency that reported it ("..., Khovar reported") nor a body the text names but no data
        places ("the Majlisi Namoyandagon also approved the treaty")."""
        entity = self.entities[key]
        if entity.kind == "country" or entity.country:
            return True
        if entity.organisation_kind in NEWS_KINDS:
            return False
        return entity.known or role == "signer"

    def _state(self, key: str) -> str:
        entity = self.entities.get(key)
        return entity.country if entity is not None and entity.kind == "organisation" and entity.country else key
