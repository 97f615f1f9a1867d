"""Office phrases the small parser misreads, made one word before it runs.

"The two heads of state held talks" is parsed with "heads" as the root and "held" as an adjective, so no one
held talks.  Merged into one token before the tagger and parser, with the norm of the one word it means
("leaders"), the phrase is parsed as that word is; the text and every offset stay as they were.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

OFFICE_PHRASES = {"heads of state": "leaders", "head of state": "leader", "heads of government": "leaders",
                  "head of government": "leader", "heads of state and government": "leaders"}


@Language.factory("office_phrases")
class OfficePhrases:
    def __init__(self, nlp: Language, name: str):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for phrase in OFFICE_PHRASES:
            self.matcher.add(phrase, [nlp.make_doc(phrase)])

    def __call__(self, doc: Doc) -> Doc:
        spans = filter_spans([doc[start:end] for _, start, end in self.matcher(doc)])
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"NORM": OFFICE_PHRASES[span.text.lower()]})
        return doc
