"""Quotes and who said them.

Quotation marks are paired per paragraph (an unclosed one runs to the
paragraph's end), so a quote spanning two sentences stays one quote.  The
speaker is the subject of a speech verb outside the quotation marks in the
sentences the quote touches ("Putin said", "he said" resolved to the last
salient person, "the declaration said" for a document), "X quoted him as
saying" gives the speaker and the relaying agency, "according to <agency>"
gives the agency.  A quote with no speech verb continues the previous quote's
speaker when nothing intervenes; a short quoted phrase with no speaker is a
name or scare quote, not speech, and is dropped.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from kg.extract.records import Mention
from kg.extract.vocabulary import DOCUMENT_NOUNS

SPEECH_VERBS = {"say", "tell", "add", "note", "stress", "emphasize", "emphasise", "praise", "describe", "call", "declare",
                "state", "insist", "warn", "write", "hail", "remark", "underline", "underscore", "affirm", "reiterate",
                "explain", "announce", "quote", "assert", "argue", "acknowledge", "urge", "comment", "voice", "vow", "pledge", "express", "post", "tweet", "reply", "respond", "recall"}
_PAIRS = re.compile(r"“[^“”]*(?:”|$)|\"[^\"]*(?:\"|$)")
MIN_WORDS = 4
_ATTRIBUTION = re.compile(r",\s+(?:(?:he|she|they)|(?:[A-Z][\w.'’-]+\s){1,3})(?:said|says|added|told|wrote)\b")


def paragraph_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation inside ``text``, the marks excluded.  An unclosed one runs to the end of the
    paragraph, or to the attribution inside it ('"Although the situation is difficult, ..., Jokowi said.')."""
    spans = []
    for m in _PAIRS.finditer(text):
        start, end = m.start() + 1, m.end() - (1 if m.group()[-1] in "”\"" and len(m.group()) > 1 else 0)
        if end == m.end() and (said := _ATTRIBUTION.search(text, start, end)):
            end = said.start()
        if text[start:end].strip():
            spans.append((start, end))
    return spans


def clean(text: str) -> str:
    return " ".join(text.split()).strip().rstrip(",").strip()


class QuoteFinder:
    def __init__(self, entities: dict, agencies: set[str]):
        self.entities, self.agencies = entities, agencies

    def speaker(self, doc: Doc, mentions: list[Mention], quotes_in_sentence: list[tuple[int, int]],
                verbs: set[str] = SPEECH_VERBS) -> tuple[str | None, str | None]:
        """(speaker key, relaying agency key) from the speech verbs of one sentence."""
        outside = lambda t: not any(s <= t.idx < e for s, e in quotes_in_sentence)
        via = None
        for tok in doc:
            if tok.lower_ == "according" and outside(tok):
                for m in self._mentions_under(doc, tok, mentions):
                    if m.key in self.agencies:
                        via = m.key
        for tok in self._nearest_first(doc, quotes_in_sentence):
            if tok.lemma_.lower() not in verbs or not outside(tok) or tok.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and tok.dep_ == "advcl":   # "X welcomed the decision, saying ...": X says it
                subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
            if tok.lemma_.lower() == "quote":
                objects = [c for c in tok.children if c.dep_ == "dobj"]
                agency = self._first(doc, subjects, mentions)
                speaker = self._first(doc, objects, mentions)
                if speaker:
                    return speaker, agency if agency in self.agencies else via
            patients = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if tok.lemma_.lower() == "quote" and patients:   # "X was quoted by IRNA as saying"
                agents = [t for c in tok.children if c.dep_ == "agent" for t in c.children]
                speaker, agency = self._first(doc, patients, mentions), self._first(doc, agents, mentions)
                if speaker:
                    return speaker, agency if agency in self.agencies else via
            speaker = self._first(doc, subjects, mentions)
            if speaker and speaker in self.agencies and not via:
                via = speaker
                continue
            if speaker:   # "..., Peskov told TASS": the agency told relays the words
                told = self._first(doc, [c for c in tok.children if c.dep_ in ("dobj", "dative")], mentions)
                return speaker, told if told in self.agencies and not via else via
        return None, via

    @staticmethod
    def _nearest_first(doc: Doc, quotes_in_sentence: list[tuple[int, int]]) -> list:
        """The sentence's words, the verbs the quotation hangs on first, nearest first: "He recalled that Modi had
        told Putin that "this is not an era of war"" is Modi's quotation, not his."""
        inside = next((t for t in doc for s, e in quotes_in_sentence if s <= t.idx < e and t.is_alpha), None)
        governing = list(inside.ancestors) if inside is not None else []
        return governing + [t for t in doc if t not in governing]

    def document_speaks(self, doc: Doc, quotes_in_sentence: list[tuple[int, int]]) -> str | None:
        """"..., the statement said": the words are a document's (its issuer is the speaker); the document's noun."""
        for tok in doc:
            if tok.lemma_.lower() in SPEECH_VERBS and not any(s <= tok.idx < e for s, e in quotes_in_sentence):
                role = "dobj" if tok.lemma_.lower() == "quote" else "nsubj"   # "TASS quoted the statement as saying"
                noun = next((c.lemma_.lower() for c in tok.children if c.dep_ == role and c.lemma_.lower() in DOCUMENT_NOUNS), None)
                if noun:
                    return noun
        return None

    def _first(self, doc: Doc, heads, mentions: list[Mention]) -> str | None:
        """The speaker named in these phrases: a person before an organisation or country ("Japan's spokesman, X"),
        and of several, the one that heads the phrase ("Singapore's Ministry of Trade and Industry said")."""
        for head in heads:   # a name that covers the head word: "the office of President X said" is the office's
            covering = [m for m in mentions if m.key in self.entities and not m.in_quote and m.kind in ("person", "organisation", "country")
                        and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None and span.start <= head.i < span.end]
            if covering:
                return max(covering, key=lambda m: m.end - m.start).key
        for kinds in (("person",), ("organisation", "country")):
            for head in heads:
                tokens = {t.i for t in head.subtree}
                named = [(m, span) for m in mentions if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                         and span.root.i in tokens and m.key in self.entities and not m.in_quote
                         and m.kind != "demonym" and self.entities[m.key].kind in kinds]
                if named:   # the head's own name, else the name in apposition ("The UN refugee agency, UNHCR, said")
                    return next((m.key for m, span in named if span.start <= head.i < span.end),
                                next((m.key for m, span in named if span.root.dep_ in ("appos", "npadvmod") and span.root.head.i == head.i),
                                     named[0][0].key))
        return None

    def _mentions_under(self, doc: Doc, tok, mentions: list[Mention]) -> list[Mention]:
        tokens = {t.i for t in tok.subtree} | {t.i for t in tok.head.subtree if t.i > tok.i}
        return [m for m in mentions if m.key and (s := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None and s.root.i in tokens]
