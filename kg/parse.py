"""Step 2, parse: an article body -> paragraphs and sentences with character offsets.

Sentences never cross paragraphs, except where a stray line break cut one in
two (the next line then starts in lower case or with a digit, and the previous
line does not end a sentence).  Sentence boundaries are found with a small rule
set rather than spaCy's parser: news sentences end in . ? ! (maybe followed by a
closing quotation mark), and the rule set keeps abbreviations such as "U.S." or
"Jan." and initials inside a sentence, which the statistical parser splits on.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.article import Article

#: Tokens that end in a full stop but do not end a sentence.
ABBREVIATIONS = {
    "u.s", "u.k", "u.n", "e.u", "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sen", "rep", "gov", "st",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc",
    "inc", "ltd", "co", "corp", "jr", "sr", "maj", "capt", "adm", "pres", "amb", "h.e", "a.m", "p.m",
}
_END = re.compile(r"[.!?]+[”\"’')\]]*(?=\s+|$)")
_OPENERS = "“\"‘'("


# "MOSCOW (Dispatches) —", "SEOUL, June 20 (Reuters) -", "KYIV:", "TEHRAN –", "DUSHANBE, 16.01.2025 /NIAT “Khovar”/.",
# "HANOI, Vietnam (AP) —", "NAIROBI, Kenya, Sep 28 –", "MOSCOW, Russia –", "BEIJING, China, 16.01.2025 –",
# "ABU DHABI, 16th July, 2023 (WAM) --", "ALULA, Saudi Arabia, Jan 5 (KUNA) --"
_DATELINE = re.compile(r"^(?P<city>[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*)(?P<rest>(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?(?=,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d|\d{1,2}[./])|\s*[—–]|\s+-\s))?(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:,?\s+\d{4})?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s*\()))?\s*(?:\([^)]*\)|/[^/]*/\.?)?\s*[—–:-]*)(?:\s|$)")


# "Tehran, IRNA –": a city in title case, then an agency in capitals.
_DATELINE_AGENCY = re.compile(r"^(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?P<rest>,\s*[A-Z]{2,}[A-Za-z]*\s*[—–:-]+)\s")


# "YEREVAN, OCTOBER 5, ARMENPRESS.": all in capitals, the date before the agency.
_DATELINE_CAPS = re.compile(r"^(?P<city>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)*)(?P<rest>,\s*[A-Z]{3,9}\.?\s+\d{1,2},\s*[A-Z]{2,}[A-Za-z]*\.?\s*[—–:-]*)(?:\s|$)")


# "MOSCOW. Nov 16 (Interfax) -": the city closed by a period, then the date and the agency.
_DATELINE_PERIOD = re.compile(r"^(?P<city>[A-Z][A-Z'-]+(?: [A-Z][A-Z'-]+)*)(?P<rest>\.\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^)]*\)\s*[—–:-]+)(?:\s|$)")


# "Bishkek, March 20 (Kabar) -", "Tashkent, 23 December (UzA).", "Baku, February 9, AZERTAC.", "Accra, May 16, GNA -":
# a city in title case, then the date and the agency (not "New Delhi:", which reads like "Update:" or a speaker's "Xi Jinping:").
_DATELINE_TITLE = re.compile(r"^(?P<city>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?P<rest>,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)"
                             r"(?:\s*\([^)]*\)\s*(?:[—–:-]+|\.)|,\s*[A-Z]{3,}(?:\.|\s*[—–-]+)))\s")


# "Shafaq News/ Iraq and Turkiye signed": an outlet's name closed by a slash (no city).
_DATELINE_SLASH = re.compile(r"^(?P<city>[A-Z][\w]*(?: [A-Z][\w]*){0,3})(?P<rest>/)\s")


# "RIO DE JANEIRO, BRAZIL –": the city and its country, both in capitals.
_DATELINE_COUNTRY = re.compile(r"^(?P<city>[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*)*)(?P<rest>,\s*[A-Z]{3,}(?: [A-Z]{2,})*\s*[—–-]+)\s")


def dateline(text: str) -> re.Match | None:
    """The dateline at the head of a lead paragraph (the city, then the agency or date), if there is one."""
    m = _DATELINE.match(text)
    if m and m["rest"].strip():
        return m
    return _DATELINE_AGENCY.match(text) or _DATELINE_CAPS.match(text) or _DATELINE_PERIOD.match(text) or _DATELINE_TITLE.match(text) \
        or _DATELINE_COUNTRY.match(text) or _DATELINE_SLASH.match(text)


@dataclass(frozen=True)
class Sentence:
    """A sentence: its position in the article's text and its text with white space folded."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str


def paragraphs(article: Article) -> list[tuple[int, int]]:
    """(start, end) offsets of the body's paragraphs, stray line breaks mended."""
    spans: list[list[int]] = []
    pos = article.body_start
    for line in article.body.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        stripped = line.strip()
        if not stripped:
            continue
        start += len(line) - len(line.lstrip())
        end -= len(line) - len(line.rstrip())
        if spans and _continues(article.text[spans[-1][0]:spans[-1][1]], stripped):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [(s, e) for s, e in spans]


def _continues(previous: str, line: str) -> bool:
    ends_sentence = re.search(r"[.!?:][”\"’')]*$", previous.rstrip()) is not None
    return not ends_sentence and (line[0].islower() or line[0].isdigit())


def split_sentences(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text``, shifted by ``offset``."""
    spans, start = [], 0
    for m in _END.finditer(text):
        end = m.end()
        rest = text[end:].lstrip()
        if rest and not (rest[0] in _OPENERS or rest[0].isupper() or rest[0].isdigit()):
            continue
        word = re.search(r"(\S+)$", text[start:m.start() + 1])
        token = word.group(1).lower().rstrip(".").lstrip("(“\"'").rsplit("-", 1)[-1] if word else ""   # ("then-U.S.")
        if m.group().startswith(".") and (token in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]", token)):
            continue
        spans.append((start, end))
        start = end + (len(text[end:]) - len(text[end:].lstrip()))
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return [(s + offset, e + offset) for s, e in spans if e > s]


def sentences(article: Article) -> list[Sentence]:
    """Every sentence of the body, in order, numbered from 0."""
    found: list[Sentence] = []
    for p, (p_start, p_end) in enumerate(paragraphs(article)):
        spans = split_sentences(article.text[p_start:p_end], p_start)
        if len(spans) > 1 and (m := dateline(article.text[spans[0][0]:p_end])) and m.end() >= spans[0][1] - spans[0][0] - 1:
            # "DUSHANBE, 16.01.2025 /NIAT “Khovar”/." and "MOSCOW." of "MOSCOW. Nov 16 (Interfax) -" are no sentences
            spans[:2] = [(spans[0][0], spans[1][1])]
        for start, end in spans:
            found.append(Sentence(len(found), p, start, end, " ".join(article.text[start:end].split())))
    return found
