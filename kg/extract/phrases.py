"""Office phrases the small parser misreads, made one word before it runs.

"The two heads of state held talks" is parsed with "heads" as the root and "held" as an adjective, so no one
held talks.  Merged into one token before the tagger and parser, with the norm of the one word it means
("leaders"), the phrase is parsed as that word is; the text and every offset stay as they were.

A portfolio listed with commas before its office ("Lands, Agriculture, Fisheries, Water and Rural Development
Minister Anxious Masuka") is read as a list of conjuncts and the minister is lost; made one word, it is the
office's compound, as "Trade Minister" is.  Only a list of English words is a portfolio ("Kishida, Modi and
Australian Prime Minister Albanese" is three people): the words the lemmatizer's tables know.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

OFFICE_PHRASES = {"heads of state": "leaders", "head of state": "leader", "heads of government": "leaders",
                  "head of government": "leader", "heads of state and government": "leaders"}

_WORD = r"[A-Z][a-z]+"
PORTFOLIO_LIST = re.compile(rf"\b{_WORD}(?: {_WORD})*(?:, {_WORD}(?: {_WORD})*)+,? (?:and|&) {_WORD}(?: {_WORD})*(?= (?:Minister|Secretary)\b)")


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
        portfolios = [span for m in PORTFOLIO_LIST.finditer(doc.text) if (span := doc.char_span(*m.span())) is not None
                      and all(self._english(t.lower_) for t in span if t.is_alpha and t.lower_ != "and")]
        with doc.retokenize() as retokenizer:
            for span in filter_spans(offices + portfolios):
                norm = OFFICE_PHRASES.get(span.text.lower(), span[-1].norm_)
                retokenizer.merge(span, attrs={"NORM": norm})
        return doc

    def _english(self, word: str) -> bool:
        if self.words is None:
            index = self.nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
            self.words = {w for words in index.values() for w in words}
        singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
        return word in self.words or singular in self.words
