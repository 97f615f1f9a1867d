"""Office phrases the small parser misreads, made one word before it runs.

"The two heads of state held talks" is parsed with "heads" as the root and "held" as an adjective, so no one
held talks.  Merged into one token before the tagger and parser, with the norm of the one word it means
("leaders"), the phrase is parsed as that word is; the text and every offset stay as they were.

A portfolio listed with commas before its office ("Lands, Agriculture, Fisheries, Water and Rural Development
Minister Anxious Masuka") is read as a list of conjuncts and the minister is lost; made one word, it is the
office's compound, as "Trade Minister" is.  Only a list of English words is a portfolio ("Kishida, Modi and
Australian Prime Minister Albanese" is three people): the words the lemmatizer's tables know.  A list after
"Minister of" runs into the name that follows it and is cut where the words stop being English.

A name the small model does not know ("Uzbek Trade Minister Laziz Kudratov") is often no entity at all; two or
more capitalised words that are not English right after a title are marked a person before the recogniser runs,
which keeps them.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.extract.vocabulary import PERSON_TITLES

OFFICE_PHRASES = {"heads of state": "leaders", "head of state": "leader", "heads of government": "leaders",
                  "head of government": "leader", "heads of state and government": "leaders"}

_WORD = r"[A-Z][a-z]+"
SUFFIXES = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}   # "Benigno Aquino III"
_LIST = rf"{_WORD}(?: {_WORD})*(?:, {_WORD}(?: {_WORD})*)+,? (?:and|&) {_WORD}(?: {_WORD})*"
PORTFOLIO_LIST = re.compile(rf"\b{_LIST}(?= (?:Minister|Secretary)\b)")
# "Minister of Investment, Industry and Trade Laziz Kudratov": the list runs into the name, cut at the first
# word that is not English
PORTFOLIO_AFTER = re.compile(rf"\b(?:Minister|Secretary|Ministry) (?:of|for) ({_LIST})")


@Language.factory("office_phrases")
class OfficePhrases:
    def __init__(self, nlp: Language, name: str):
        self.nlp = nlp
        self.words: set[str] | None = None   # English words, read from the lemmatizer on first use
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in OFFICE_PHRASES:
            self.matcher.add(phrase, [nlp.make_doc(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        offices = [doc[start:end] for _, start, end in self.matcher(doc)]
        found = [m.span() for m in PORTFOLIO_LIST.finditer(doc.text)] + [self._before_name(doc.text, *m.span(1))
                                                                        for m in PORTFOLIO_AFTER.finditer(doc.text)]
        portfolios = [span for start, end in found if (span := doc.char_span(start, end)) is not None
                      and all(self._english(t.lower_) for t in span if t.is_alpha and t.lower_ != "and")]
        with doc.retokenize() as retokenizer:
            for span in filter_spans(offices + portfolios):
                norm = OFFICE_PHRASES.get(span.text.lower(), span[-1].norm_)
                retokenizer.merge(span, attrs={"NORM": norm})
        doc.set_ents([Span(doc, start, end, label="PERSON") for start, end in self._titled_names(doc)], default="unmodified")
        return doc

    def _titled_names(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of each name of two or more capitalised words that are not English right after a title
        ("Trade Minister Laziz Kudratov", "Minister of Investment, Industry and Trade Laziz Kudratov"): a person,
        whom the small model often misses when the name is foreign to it.  The entity recogniser keeps these."""
        found, i = [], 0
        while i < len(doc):
            end = i
            while end < len(doc) and doc[end].is_title and doc[end].is_alpha and not self._english(doc[end].lower_):
                end += 1
            if end - i >= 2 and self._after_title(doc, i):
                found.append((i, end + (end < len(doc) and doc[end].text in SUFFIXES)))
            i = max(end, i + 1)
        return found

    @staticmethod
    def _after_title(doc: Doc, i: int) -> bool:
        """The word before is a title ("Minister"), or ends the portfolio of one ("Minister of Trade")."""
        if i == 0:
            return False
        before = doc[i - 1]
        if before.lower_ in PERSON_TITLES:
            return before.is_title
        return before.is_title and any(t.lower_ in ("of", "for") for t in doc[max(0, i - 4):i - 1]) \
            and any(t.lower_ in PERSON_TITLES and t.is_title for t in doc[max(0, i - 6):i - 1])

    def _before_name(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The list up to the name that follows it: its last words that are not English are dropped."""
        while (last := re.search(r" (\S+)$", text[start:end])) and not self._english(last.group(1).lower()):
            end = start + last.start()
        return start, end

    def _english(self, word: str) -> bool:
        if self.words is None:
            index = self.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
            self.words = {w for words in index.values() for w in words}
        singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
        return word in self.words or singular in self.words
