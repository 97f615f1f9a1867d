"""Noun phrases that name agreements: "a broad cooperation pact", "23 memoranda of understanding", "the
Treaty on Comprehensive Strategic Partnership between ...", "six memoranda: on X, on Y, ...".

``agreement_mentions`` finds them in a sentence, with where a name ends (before a title that follows it, a place,
or the next agreement of a list), the count a phrase gives and the topics it lists; ``AgreementBuilder``
(agreements.py) decides which of them are agreements and links the rest back.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kg.extract.records import Agreement
from kg.extract.vocabulary import AGREEMENT_KINDS, CIRCUMSTANCES, EARLIER_WORDS, TOPIC_PREPS

NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                      "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
ORDINALS = {w: i for i, w in enumerate("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split(), start=1)}
_YEAR = re.compile(r"\b(19|20)\d\d\b")


class AgreementMention:
    """One noun phrase naming an agreement; its kind comes from the head noun ("pact", "memoranda", "declaration")."""

    def __init__(self, sentence: int, span: SpacySpan, head: Token, quoted: bool, within: tuple[int, int] | None = None):
        self.sentence, self.span, self.head, self.quoted = sentence, span, head, quoted
        self.within = within   # the quotation a speaker's mention is in ("23 agreements were signed ...", he said)
        self.kind = AGREEMENT_KINDS[head.lower_ if head.lower_ in AGREEMENT_KINDS else head.lemma_.lower()]
        # a bare "statement" is a ministry's words; "the statement" may only point back to a joint statement told
        self.bare_statement = head.lower_ == "statement" and not any(t.lower_ == "joint" for t in span)
        if self.bare_statement and not span[0].lower_ in ("the", "this", "that"):
            self.kind = None
        self.plural = head.tag_ in ("NNS", "NNPS") or head.lower_ in PLURAL_ONLY
        self.count = _count(span)
        self.year = int(_YEAR.search(span.text).group()) if _YEAR.search(span.text) else None
        self.proper = any(t.pos_ == "PROPN" and t.ent_type_ not in ("GPE", "NORP") and t.i != head.i or t.is_title and t.i == head.i and t.i != span.start
                          for t in span) and not quoted
        self.definite = span[0].lower_ in ("the", "this", "these", "that", "those", "its", "their") or quoted
        # "its most recent free trade agreement", "the previous treaty": another agreement than the one told
        self.another = any(t.lower_ in EARLIER_WORDS for t in span if t.i < head.i)
        # "signed similar understandings with other countries", "signed such an accord": others, not told ("a
        # similar pact" is one, told)
        self.similar = others([t for t in span if t.i < head.i], head)
        self.compared = any(t.lower_ == "similar" for t in span if t.i < head.i)
        self.ordinal = next((ORDINALS[t.lower_] for t in span if t.lower_ in ORDINALS), None)   # "the second document"

    @property
    def name(self) -> str:
        tokens = list(self.span)
        while tokens and (tokens[0].pos_ in ("DET", "PRON") or tokens[0].dep_ == "poss" or tokens[0].lower_ in ("’s", "'s") or tokens[0].is_punct):
            tokens = tokens[1:]
        while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("and", "or")):   # ("... electricity and" of a list)
            tokens = tokens[:-1]
        return "".join(t.text_with_ws for t in tokens).strip() if tokens else self.span.text


def others(words: list[Token], head: Token) -> bool:
    """"such an accord", "similar understandings", "similar memoranda": agreements of a kind, not one told. "A similar
    pact" is one, told ("He also inked a similar agreement with Lithuania's president")."""
    words = [t.lower_ for t in words]
    # ("a similar agreement with any country", "with each of the G7 countries": of a kind, whichever)
    anyone = any(t.lower_ in ("any", "each", "every", "all") for t in head.subtree if t.i > head.i)
    return "such" in words or "similar" in words and (not {"a", "an"} & set(words) or anyone)


def shares_name_words(m: AgreementMention, a: Agreement) -> bool:
    """Every capitalised word of the phrase is in the agreement's names ("the Kazan Declaration" -> Kazan Declaration)."""
    words = {t.lower_ for t in m.span if t.is_title and t.pos_ == "PROPN"}
    names = " ".join([a.name, *a.aliases]).lower().split()
    return bool(words) and words <= set(names)


def topic_words(m: AgreementMention) -> set[str]:
    """The words of what the phrase says the agreement is on ("the agreement on the establishment of the centre"
    -> establishment, centre): a definite phrase that describes its agreement anew names the one it describes."""
    topical = TOPIC_PREPS | {"for"}   # (and "an agreement for the supply of gas")
    preps = [c for c in m.head.children if c.dep_ == "prep" and c.lower_ in topical and c.i < m.span.end]
    preps += [c for c in m.head.head.children if c.dep_ == "prep" and c.lower_ in topical and c.i == m.span.end   # (hung on the verb)
              and not any(g.ent_type_ in ("DATE", "TIME") or g.lower_ in CIRCUMSTANCES for g in c.children)]
    return {t.lower_ for p in preps for t in p.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ") and not t.ent_type_ in ("DATE", "TIME")}


def named_by(words: set[str], a: Agreement) -> bool:
    return bool(words & set(" ".join([a.name, *a.aliases]).lower().replace("-", " ").split()))


CALENDAR_WORDS = {d.lower() for d in ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
                                      "May June July August September October November December").split()}
NAME_GLUE = {"on", "of", "and", "between", "the", "for", "in", "to"}


def _title_tail(doc: Doc, end: int) -> int:
    """Extend a capitalised agreement name over the capitalised words (and the small words between them)
    that continue it, however the parser attached them."""
    best = end
    i = end
    while i < min(len(doc), _before_place(doc, end, len(doc))) and (doc[i].is_title or doc[i].lower_ in NAME_GLUE) \
            and not doc[i].is_punct and doc[i].lower_ not in CALENDAR_WORDS:
        if doc[i].is_title:
            best = i + 1
        i += 1
    return best


def _title_head(doc: Doc, start: int) -> int:
    """Extend a capitalised agreement name over the capitalised words before an "of" that begins it, when the
    parser made the name the object of that "of" (not "the Council of Europe Convention", an organisation's)."""
    if start < 2 or doc[start - 1].lower_ != "of" or not doc[start].is_title:
        return start
    one_entity = doc[start - 1].ent_iob_ == "I" and doc[start].ent_iob_ == "I"   # the recogniser's name runs on over "of"
    i = start - 1
    while i > 0 and doc[i - 1].is_title and (not doc[i - 1].ent_type_ or one_entity) and not doc[i - 1].is_sent_start:
        i -= 1
    return i if i < start - 1 else start


def _before_place(doc: Doc, start: int, end: int) -> int:
    """Where a name ends before "in Moscow", "at the Kremlin": the place of the signing is not part of the name."""
    return next((i for i in range(start, end - 1) if doc[i].lower_ in ("in", "at") and doc[i + 1].ent_type_ in ("GPE", "LOC", "FAC")), end)


def _before_next_agreement(doc: Doc, head: Token, end: int) -> int:
    """Where a name ends before the next agreement of a list that the parser hung on it ("a framework agreement on
    the Economic Corridor, a memorandum on electricity ...")."""
    for t in doc[head.i + 1:end]:
        if t.dep_ in ("conj", "appos") and t.pos_ in ("NOUN", "PROPN") and (t.lower_ in AGREEMENT_KINDS or t.lemma_.lower() in AGREEMENT_KINDS):
            end = t.left_edge.i
            while end > head.i + 1 and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
                end -= 1
            return end
    return end


PLURAL_ONLY = {"memoranda", "mous"}   # plurals the tagger reads as singular
QUANTITY_WORDS = {"several", "various", "numerous", "multiple"}   # a set without a count


def _rest_of_a_set(tok: Token) -> bool:
    """"seven other agreements and memoranda", "several agreements and memoranda": the bare plural after a counted
    set is the same set."""
    head = tok.head
    counted = lambda c: c.dep_ == "nummod" or c.lower_ in QUANTITY_WORDS
    return (tok.dep_ == "conj" and (tok.tag_ in ("NNS", "NNPS") or tok.lower_ in PLURAL_ONLY) and not any(c.dep_ in ("det", "nummod") for c in tok.children)
            and head.tag_ in ("NNS", "NNPS") and any(counted(c) for c in head.children)
            and (head.lower_ in AGREEMENT_KINDS or head.lemma_.lower() in AGREEMENT_KINDS))


def listed_topics(doc: Doc, m: AgreementMention) -> list[tuple[int, str]]:
    """(offset, name) of each agreement a plural mention lists by topic: "six memoranda of understanding: on
    political consultations, on trade and investment, ..." -> "memorandum of understanding on trade and investment"."""
    on = next((t for t in m.span if t.i > m.head.i and t.lower_ == "on"), None)   # "memoranda on X, on Y and on Z"
    start = on.idx if on is not None else m.span.end_char
    listed = re.match(r"\s*[:,]?\s*(on\s.*?)(?:\.\s*$|$)", doc.text[start:])
    if not listed:
        return []
    singular = "memorandum" if m.head.lower_ in PLURAL_ONLY else m.head.lemma_.lower()
    words = [t.text for t in m.span if m.head.i < t.i and t.idx < start]   # "of understanding"
    base = " ".join([singular, *words])
    offset = start + listed.start(1)
    topics = []
    for part in re.finditer(r"on\s+(.+?)(?=,?\s*(?:and\s+)?\bon\s|$)", listed.group(1)):
        topics.append((offset + part.start(), f"{base} on {part.group(1).strip(' ,')}"))
    return topics


def _count(span: SpacySpan) -> int | None:
    for t in span:
        if t.dep_ == "nummod" or t.like_num:
            text = t.lower_.replace(",", "")
            if text.isdigit():
                return int(text)
            if text in NUMBERS:
                return NUMBERS[text]
    return None


def _short_form(doc: Doc, tok: Token, before: AgreementMention) -> bool:
    """The word is the bracketed short form of the agreement named just before it, or of the phrase that mention
    heads ("23 agreements and memoranda of understanding (MoUs)")."""
    return 0 < tok.i < len(doc) - 1 and doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")" \
        and max(before.span.end, before.head.right_edge.i) >= tok.i - 1 and before.span.start < tok.i


def agreement_mentions(index: int, doc: Doc, quotes: list[tuple[int, int]]) -> list[AgreementMention]:
    """Noun phrases headed by an agreement word.  One inside a speaker's quotation (not the name itself in
    quotation marks) carries ``within``: it can only refer to an agreement the narrative already told."""
    found = []
    for tok in doc:
        key = tok.lower_ if tok.lower_ in AGREEMENT_KINDS else tok.lemma_.lower()
        # (a compound is part of a longer name, but not of a verb: "The eight MoUs cover ..." read as "MoUs cover")
        misread = tok.dep_ == "compound" and tok.head.pos_ == "VERB" and tok.head.i == tok.i + 1
        if tok.pos_ not in ("NOUN", "PROPN") or key not in AGREEMENT_KINDS or tok.dep_ == "compound" and not misread or _rest_of_a_set(tok):
            continue
        modifiers = ("det", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "punct", "case")
        left = [t for t in (tok.head if misread else tok).lefts if t.dep_ in modifiers and t.i < tok.i]
        start = min([tok.i] + [t.left_edge.i for t in left])
        end = tok.i + 1
        for c in tok.rights:
            if c.dep_ == "acl" and c.i == end and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                end = c.right_edge.i + 1   # "an agreement to build a road bridge across the Tumen River"
                while end > c.i and doc[end - 1].is_punct:
                    end -= 1
                break
            temporal = any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
            if c.dep_ == "prep" and c.lower_ in ("on", "of", "between") and c.i == end and not temporal:
                end = _before_place(doc, c.i, c.right_edge.i + 1)
                break
        if tok.is_title:
            start = _title_head(doc, start)   # "a General Security of Military Information Agreement"
        if tok.is_title and end == tok.i + 1:
            end = _title_tail(doc, end)   # "the Treaty on Comprehensive Strategic Partnership between Iran and Russia"
        end = _before_next_agreement(doc, tok, end)
        span = doc[start:end]
        quote = next(((s, e) for s, e in quotes if s <= tok.idx < e), None)
        quoted = quote is not None and (doc.text[quote[0]:quote[1]].strip("“”\" ").lower() == span.text.strip("“”\" ").lower()
                                        or len(doc.text[quote[0]:quote[1]].split()) <= 6)
        mention = AgreementMention(index, span, tok, quoted, quote if quote is not None and not quoted else None)
        if any(c.lower_ == "such" for c in tok.children) or any(t.lower_ == "such" for t in span):
            continue   # "such an agreement" is a kind, not an agreement
        if found and _short_form(doc, tok, found[-1]):
            continue   # "a memorandum of understanding (MoU) on tourism": the one agreement, its short form in brackets
        if mention.kind:
            found.append(mention)
    return found
