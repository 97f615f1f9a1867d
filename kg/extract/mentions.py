"""Find who and what a sentence names, and resolve each mention to an entity key.

Names come from the reference data (a spaCy PhraseMatcher over every name and
alias in data/reference) and, for people, places and organisations the
reference data does not know, from spaCy's statistical NER.  Titles in front of
a name ("Russian President Vladimir Putin") give the person's role; titles
standing alone ("the Iranian president", "his Tajik counterpart", "the Russian
leader") are resolved through the article's own people first, then through
who held that office on the article's date.  Pronouns are resolved to the most
salient person: the subject of the sentence's main clause, else of the last
sentence that had one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.extract.quotes import paragraph_quotes
from kg.extract.records import Entity, Mention
from kg.extract.vocabulary import AGREEMENT_WORDS, PERSON_TITLES, SUMMIT_NOUNS, initials
from kg.reference import HEAD_KINDS, Reference, slug

PRONOUNS = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
KIND_ORDER = ["person", "organisation", "country", "place", "demonym"]
SPECIAL_TITLES = {"counterpart": "counterpart", "host": "host", "leader": "leader", "head": "leader"}
def sentence_quotes(sentences) -> list[list[tuple[int, int]]]:
    """Quoted spans of each sentence, found paragraph by paragraph: a quotation that opens in one sentence
    and closes in the next is inside quotation marks in both (pairing the marks of one sentence alone
    would turn '...good," Xi told his guest.' inside out)."""
    spans: list[list[tuple[int, int]]] = [[] for _ in sentences]
    by_paragraph: dict[int, list] = {}
    for s in sentences:
        by_paragraph.setdefault(s.paragraph, []).append(s)
    for group in by_paragraph.values():
        starts, text = [], ""
        for s in group:
            starts.append(len(text))
            text += s.text + " "
        for q_start, q_end in paragraph_quotes(text.rstrip()):
            for s, offset in zip(group, starts):
                lo, hi = max(q_start, offset), min(q_end, offset + len(s.text))
                if lo < hi:
                    spans[s.index].append((lo - offset, hi - offset))
    return spans


@dataclass
class Gazetteer:
    """Every surface form of the reference data, matched on token text."""

    matcher: PhraseMatcher
    labels: dict[str, list[tuple[str, str]]]      # match label -> [(kind, key)]
    title_pattern: re.Pattern
    demonyms: dict[str, str]                       # "iranian" -> "iran" (also country names)
    capital_pattern: re.Pattern
    surfaces: dict[str, list[tuple[str, str]]]     # "Moscow" -> [("place", "moscow")]
    ministry_pattern: re.Pattern                   # "Ukraine's foreign ministry", "Seoul's industry ministry"
    seats: dict[str, str]                          # "seoul" -> "south-korea": a capital standing for its government

    @classmethod
    def build(cls, nlp, ref: Reference) -> "Gazetteer":
        surfaces: dict[str, list[tuple[str, str]]] = {}

        def add(surface: str, kind: str, key: str, upper: bool = False, titled: bool = False) -> None:
            # ``titled``: an acronym is also written as a word ("Asean", "Nato", "Efta")
            acronym = titled and surface.isalpha() and surface.isupper() and len(surface) >= 4
            for form in {surface, surface.upper()} if upper else {surface, surface.capitalize()} if acronym else {surface}:
                if form and (kind, key) not in surfaces.setdefault(form, []):
                    surfaces[form].append((kind, key))

        for c in ref.countries.values():
            for name in (c.name, *c.aliases):
                add(name, "country", c.id, upper=True)
            for name in c.demonyms:
                add(name, "demonym", c.id)
        for o in ref.organisations.values():
            for name in (o.name, *o.aliases):   # (not an agency's: "Hina" is a person's name before it is HINA)
                add(name, "organisation", o.id, titled=o.kind not in ("agency", "outlet"))
        for p in ref.places.values():
            for name in (p.name, *p.aliases):
                add(name, "place", p.id, upper=True)
        for p in ref.people.values():
            for name in (p.name, *p.aliases):
                add(name, "person", p.id)
        matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        labels = {}
        for i, (surface, targets) in enumerate(sorted(surfaces.items())):
            label = f"G{i}"
            labels[label] = targets
            matcher.add(label, [nlp.make_doc(surface)])
        demonyms = {d.lower(): c.id for c in ref.countries.values() for d in (*c.demonyms, c.name, *c.aliases)}
        titles = sorted({*ref.titles, *SPECIAL_TITLES}, key=len, reverse=True)
        places = sorted(demonyms, key=len, reverse=True)
        title_pattern = re.compile(
            r"(?:\b(?P<det>the|his|her|their|its)\s+)?(?:(?P<country>" + "|".join(map(re.escape, places)) +
            r")(?:’s|'s)?\s+)?\b(?P<title>" + "|".join(map(re.escape, titles)) + r")\b" +
            r"(?:\s+of\s+(?:the\s+)?(?:Republic of |Islamic Republic of |Kingdom of |People's Republic of )?(?P<country_of>" +
            "|".join(map(re.escape, places)) + r")\b)?", re.I)
        seats = {c.capital.lower(): c.id for c in ref.countries.values() if c.capital}
        ministry_pattern = re.compile(r"\b(?P<country>" + "|".join(map(re.escape, sorted({*places, *seats}, key=len, reverse=True))) + r")(?:’s|'s)?\s+"
                                      r"(?:(?P<ministry>(?P<portfolio>" + "|".join(MINISTRY_PORTFOLIOS) + r")\s+ministry)|(?P<body>" + "|".join(STATE_BODIES_TOLD) + r"))\b"
                                      r"(?:\s+in\s+(?P<seat>[A-Z][\w-]+)\b)?", re.I)
        capital_pattern = re.compile(r"\b(?:the\s+)?(?P<country>" + "|".join(map(re.escape, places)) + r")(?:’s|'s)?\s+capital\b", re.I)
        return cls(matcher, labels, title_pattern, demonyms, capital_pattern, surfaces, ministry_pattern, seats)


class MentionFinder:
    """Finds and resolves the mentions of one article, sentence by sentence."""

    def __init__(self, gazetteer: Gazetteer, ref: Reference, published: date):
        self.gaz, self.ref, self.day = gazetteer, ref, published
        self.entities: dict[str, Entity] = {}
        self.subjects: list[str | None] = []   # per sentence: the person its main clause is about
        self.short_forms: dict[str, str] = {}   # "COCOBOD" -> the key of "the Ghana Cocoa Board (COCOBOD)"
        self.told_at: dict[str, tuple[int, int]] = {}   # entity key -> (sentence, offset) of its latest mention

    # -- entities ------------------------------------------------------------------------------
    def entity(self, kind: str, key: str, name: str) -> Entity:
        if key not in self.entities:
            self.entities[key] = self._new_entity(kind, key, name)
        return self.entities[key]

    def _new_entity(self, kind: str, key: str, name: str) -> Entity:
        if kind == "person" and key in self.ref.people:
            p = self.ref.people[key]
            e = Entity(key, kind, p.name, p.wikidata, {p.name, *p.aliases}, p.country or None, known=True)
            holdings = self.ref.holdings_of(key, self.day)
            if holdings:
                # an office of no country (President of the European Council) stands for no state: not his nationality
                e.office_kind, e.role, e.country = holdings[0].office_kind, holdings[0].office_label, holdings[0].country or None
            return e
        if kind == "country" and key in self.ref.countries:
            c = self.ref.countries[key]
            return Entity(key, kind, c.name, c.wikidata, {c.name, *c.aliases}, known=True)
        if kind == "organisation" and key in self.ref.organisations:
            o = self.ref.organisations[key]
            state = o.country if o.kind in STATE_BODIES else None   # a ministry acts for its state; a news agency does not
            return Entity(key, kind, o.name, o.wikidata, {o.name, *o.aliases}, state or None, organisation_kind=o.kind, known=True,
                          members=o.members)
        if kind == "place" and key in self.ref.places:
            p = self.ref.places[key]
            return Entity(key, kind, p.name, p.wikidata, {p.name, *p.aliases}, p.country or None, known=True)
        return Entity(key, kind, name, aliases={name})

    def office_holders(self, title: str, countries: list[str]) -> list[str]:
        """"foreign ministers" of these countries on the article's day, from the office data (made entities)."""
        kind = self.ref.titles.get(title)
        people = [p for c in countries for p in self.ref.holders(kind, c, self.day)[:1]] if kind else []
        return [p for p in people if self.ensure(p)]

    def ensure(self, key: str) -> bool:
        """Make sure a key a later step used (a person's country, a capital's country) is an entity."""
        if key in self.entities:
            return True
        for kind, table in (("country", self.ref.countries), ("person", self.ref.people),
                            ("organisation", self.ref.organisations), ("place", self.ref.places)):
            if key in table:
                self.entity(kind, key, table[key].name)
                return True
        return False

    def place_named(self, name: str) -> str | None:
        """A place (or country) the gazetteer knows by this exact name."""
        for kind, key in self.gaz.surfaces.get(name, []):
            if kind in ("place", "country"):
                self.entity(kind, key, name)
                return key
        return None

    # -- finding -------------------------------------------------------------------------------
    def find(self, index: int, doc: Doc, quotes: list[tuple[int, int]]) -> list[Mention]:
        """All mentions of sentence ``index`` (``doc`` is its parse, ``quotes`` its quoted spans), resolved where possible."""
        self.quotes = quotes
        known = self._gazetteer_mentions(index, doc)
        initialled = [m for m in self._initialled(index, doc) + self._regnal(index, doc)
                      if not any(k.start < m.end and m.start < k.end for k in known)]
        people = {i for m in known if m.kind == "person" for i in range(m.token_start, m.token_end)}
        mentions = known + self._ner_mentions(index, doc, people) + initialled
        mentions = _without_overlaps(mentions)
        mentions = _without_overlaps(mentions + self._known_surnames(index, doc))
        for m in mentions:
            m.in_quote = any(s <= m.start < e for s, e in quotes)
        mentions = self._without_unknown_ministries(doc, mentions)
        self._resolve_names(mentions, doc.text)
        mentions += self._capitals(index, doc, mentions)
        ministries = self._ministries(index, doc, mentions)   # "China's foreign ministry" holds "China"
        mentions = [m for m in mentions if not any(x.start <= m.start < x.end for x in ministries)] + ministries
        mentions += self._titles(index, doc, mentions)
        mentions += self._bodies_told_before(index, doc, mentions)
        mentions += self._pronouns(index, doc, mentions)
        mentions += self._offices(index, doc, mentions)
        mentions.sort(key=lambda m: m.start)
        self.told_at.update({m.key: (index, m.start) for m in mentions if m.key})
        self.subjects.append(self._subject(doc, mentions))
        return mentions

    def _gazetteer_mentions(self, index: int, doc: Doc) -> list[Mention]:
        found = []
        for match_id, start, end in self.gaz.matcher(doc):
            span = doc[start:end]
            targets = sorted(self.gaz.labels[doc.vocab.strings[match_id]], key=lambda t: KIND_ORDER.index(t[0]))
            while targets[0][0] == "person" and end - start >= 2 and start > 0 and doc[start - 1].ent_type_ == "PERSON" and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].text[:1].isupper():
                start -= 1   # "Muhammad Shehbaz Sharif": a given name the reference data leaves out of a full name
                span = doc[start:end]
            found.append(Mention(index, span.start_char, span.end_char, span.text, targets[0][0], targets[0][1],
                                 start, end, candidates=targets))
        return found

    def _ner_mentions(self, index: int, doc: Doc, people: set[int]) -> list[Mention]:
        """NER's names (``people``: the tokens of people the reference data knows, for splitting "A and B")."""
        kinds = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "organisation"}
        found = []
        for ent in _joined_names(doc, people):
            if ent.label_ not in kinds:
                continue
            tokens = [t for t in ent if t.pos_ == "PROPN" or t.text[:1].isupper() or t.lower_ in NAME_PARTICLES]
            while tokens and tokens[0].text.rstrip(".") in HONORIFICS:
                tokens = tokens[1:]
            while tokens and (tokens[0].pos_ not in ("PROPN",) or tokens[0].tag_ == "VBG"):
                tokens = tokens[1:]
            if not tokens or tokens[0].is_sent_start and tokens[0].pos_ != "PROPN":
                continue
            label = ent.label_
            if label in ("ORG", "PERSON") and tokens[0].i >= 2 and doc[tokens[0].i - 1].lower_ in ("of", "for") \
                    and any(t.lower_ in ("minister", "secretary") for t in doc[max(0, tokens[0].i - 6):tokens[0].i - 1]) \
                    and len(tokens) >= 3 and all(t.pos_ == "PROPN" for t in tokens[1:]) \
                    and tokens[-1].i - tokens[0].i == len(tokens) - 1 and tokens[1].lower_ != "affairs":
                # "Minister of Economy Yulia Svyrydenko", "Minister in the Presidency for Electricity Kgosientsho
                # Ramokgopa": the portfolio, then a name
                tokens, label = tokens[1:], "PERSON"
            label = _corrected_label(label, doc, tokens)
            while label == "ORG" and tokens[-1].lower_.rstrip(".") in COMPANY_SUFFIXES and tokens[0].i > 0 \
                    and doc[tokens[0].i - 1].pos_ == "PROPN" and doc[tokens[0].i - 1].ent_type_ == "":
                tokens = [doc[tokens[0].i - 1], *tokens]   # "Petronet" of "Petronet LNG Limited", left out by the model
            span = doc[tokens[0].i:tokens[-1].i + 1]
            if span.end < len(doc) and doc[span.end].lower_ in PATRONYMICS:
                span = doc[span.start:span.end + 1]   # "Nurlanbek Turgunbek uulu"
            while label == "PERSON" and span.end + 1 < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_ \
                    and not doc[span.end].whitespace_ and doc[span.end + 1].is_alpha and doc[span.end + 1].text.islower() \
                    and doc[span.end + 1].dep_ != "amod" and doc[span.end + 1].tag_ not in ("VBN", "VBD", "JJ"):   # (not "Putin-backed")
                span = doc[span.start:span.end + 2]   # "Choi Sang-mok", cut at the hyphen by the model
            text = span.text.removesuffix("’s").removesuffix("'s").strip()
            if "(" in text and ")" not in text:   # "Group of Twenty (G20" cut short by the parser
                text = text[:text.index("(")].strip()
            if not text or text.lower() in self.gaz.demonyms or len(text) < 3 or text.isupper() and kinds[label] == "person":
                continue
            if len(span) == 1 and (text.lower() in GENERIC_NAMES or label == "PERSON" and text.lower() in self.ref.titles):
                continue   # "the Leader of the Nation", "HH the Amir": a capitalised common noun or a title, not a name
            if label != "PERSON" and span[-1].lower_ in AGREEMENT_WORDS | SUMMIT_NOUNS:
                continue   # "the Lancaster House Treaty", "the 47th Asean Summit": a document or a gathering, no actor or place
            found.append(Mention(index, span.start_char, span.start_char + len(text), text, kinds[label], None, span.start, span.end))
        return found

    def _initialled(self, index: int, doc: Doc) -> list[Mention]:
        """"R.K. Singh", "S. Jaishankar": initials and a surname, a person whom the small NER model often misses."""
        found = []
        for m in INITIALLED.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            words = m.group().replace(".", ". ").lower().split()
            if any(w in self.ref.titles or w in SPECIAL_TITLES for w in words):
                continue   # "U.S. President Joe": a country and a title, not initials
            if span is not None:
                found.append(Mention(index, m.start(), m.end(), m.group(), "person", None, span.start, span.end))
        return found

    def _regnal(self, index: int, doc: Doc) -> list[Mention]:
        """"King Mohammed VI", "King Abdullah II": a monarch's name and number, which the small NER model misses."""
        found = []
        for m in REGNAL.finditer(doc.text):
            span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
            if span is not None:
                found.append(Mention(index, m.start("name"), m.end("name"), m["name"], "person", None, span.start, span.end))
        return found

    def _known_surnames(self, index: int, doc: Doc) -> list[Mention]:
        """"Singh" after "R.K. Singh", "Sun" after "Sun Weidong": the surname of a person the article named in full,
        which NER and the gazetteer (where a bare surname is ambiguous) may miss; only a name one person has."""
        people = [e for e in self.entities.values() if e.kind == "person" and len(e.name.split()) > 1]
        # the last word, or the first of a name written family name first ("Sun said" after "Sun Weidong")
        # ("Turgunbek" of "Nurlanbek Turgunbek uulu": the patronymic follows the surname)
        words = lambda e: [w for w in e.name.split() if w.lower() not in PATRONYMICS]
        ends = lambda e: {w for w in (words(e)[0], words(e)[-1]) if w.lower() not in NAME_PARTICLES} - ({words(e)[0]} & HONORIFICS)
        counts: dict[str, int] = {}
        for e in people:
            for w in ends(e):
                counts[w] = counts.get(w, 0) + 1
        surnames = {w: e.key for e in people for w in ends(e) if counts[w] == 1}
        return [Mention(index, t.idx, t.idx + len(t), t.text, "person", surnames[t.text], t.i, t.i + 1)
                for t in doc if t.text in surnames and t.pos_ == "PROPN"]

    def _resolve_names(self, mentions: list[Mention], text: str) -> None:
        """Pick one key per mention: a surname shared by several people goes to the one the article named in full."""
        for n, m in enumerate(mentions):
            if m.kind == "demonym":
                continue
            if m.key is None:
                m.key = self._short_form_of(m, mentions[n - 1] if n else None, text) or self._unknown_key(m)
                if m.kind in ("place", "organisation") and self.entities.get(m.key) is not None \
                        and self.entities[m.key].kind == "person":   # "Hasina" that NER takes for a place, after "Sheikh Hasina"
                    m.kind = "person"
            elif m.kind == "person":
                m.key = self._pick_person(m)
            entity = self.entity(m.kind, m.key, m.text)
            entity.aliases.add(m.text)
            if entity.kind == "organisation" and not entity.known and entity.country is None \
                    and STATE_BODY_WORDS & set(m.text.lower().split()):
                entity.country = self._country_in_name(m.text)   # "Reserve Bank of India", "Saudi Energy Ministry"

    def _country_in_name(self, name: str) -> str | None:
        """The country an organisation's own name places it in, if it names exactly one."""
        words = re.findall(r"[\w-]+", name.lower())
        grams = {" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, min(i + 3, len(words)) + 1)}
        found = {self.gaz.demonyms[g] for g in grams if g in self.gaz.demonyms}
        return found.pop() if len(found) == 1 else None

    def _pick_person(self, m: Mention) -> str:
        """Of the people a surface may name, the one already in the article, else one in office on the day."""
        candidates = [k for kind, k in m.candidates if kind == "person"] or [m.key]
        seen = [k for k in candidates if k in self.entities]
        if not seen and len(m.text.split()) == 1:   # "Mr Lee" after "Lee Hsien Loong", not the data's other Lee
            named = [e.key for e in self.entities.values() if e.kind == "person" and len(e.name.split()) > 1
                     and m.text in (e.name.split()[0], e.name.split()[-1])]
            if len(named) == 1:
                return named[0]
        in_office = [k for k in candidates if self.ref.holdings_of(k, self.day)]
        return (seen or in_office or candidates)[0]

    def _short_form_of(self, m: Mention, before: Mention | None, text: str) -> str | None:
        """The organisation a bracketed short form names, there ("the Ghana Cocoa Board (COCOBOD)") and later
        ("COCOBOD will ..."): one party, not two."""
        if m.text in self.short_forms:
            m.kind = self.entities[self.short_forms[m.text]].kind
            return self.short_forms[m.text]
        if before is None or before.kind != "organisation" or not before.key or m.kind == "person" \
                or text[before.end:m.start].strip() != "(" or text[m.end:m.end + 1] != ")":
            return None
        m.kind = before.kind
        self.short_forms[m.text] = before.key
        return before.key

    def _unknown_key(self, m: Mention) -> str:
        """A name the reference data lacks: a surname alone, or the first names alone, join the article's person
        named in full; a name with a middle initial the data writes without ("Ferdinand R. Marcos Jr.") is that person."""
        if m.kind == "person":
            plain = re.sub(r"\s[A-Z]\.(?=\s)", "", m.text)
            known = [key for kind, key in self.gaz.surfaces.get(plain, []) if kind == "person"] if plain != m.text else []
            if known:
                return known[0]
            words = m.text.split()
            # "Ahmad Nasser" after "Ahmad Nasser Al-Mohammad Al-Sabah": the first names of one person named in full
            # (not "Ferdinand Marcos", the father, after "Ferdinand Marcos Jr.")
            longer = [e.key for e in self.entities.values() if e.kind == "person" and len(words) >= 2
                      and e.name.split()[:len(words)] == words and set(e.name.split()[len(words):]) - GENERATION_SUFFIXES]
            if len(longer) == 1:
                return longer[0]
            for e in self.entities.values():
                if e.kind != "person" or e.known:
                    continue
                # "Singh" after "R.K. Singh"; "Prince Abdulaziz" after "Abdulaziz bin Salman"
                if e.name.split()[-1] == words[-1] or (len(words) == 1 and words[0] in e.name.split()):
                    return e.key
        if m.kind == "organisation" and m.text.isupper() and 2 <= len(m.text) <= 6:
            for e in self.entities.values():   # "the PCO" after "the Presidential Communications Office"
                if e.kind == "organisation" and not e.known and initials(e.name) == m.text:
                    return e.key
        return slug(m.text)

    def _capitals(self, index: int, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"the North Korean capital", "the Chinese capital" -> that country's capital city."""
        added = []
        for t in self.gaz.capital_pattern.finditer(doc.text):
            country = self.ref.countries.get(self.gaz.demonyms.get(t["country"].lower(), ""))
            if country is None or not country.capital or any(m.start < t.end() and t.start() < m.end for m in mentions if m.kind != "demonym"):
                continue
            key = slug(country.capital)
            self.entity("place", key, country.capital).aliases.add(t.group())
            added.append(Mention(index, t.start(), t.end(), t.group(), "place", key))
        return added

    # -- titles and pronouns -------------------------------------------------------------------
    def _portfolio(self, before: str) -> str | None:
        """The capitalised words just before a title ("Russian Transport" Minister), without a sentence-opening
        phrase ("On Friday") or a date."""
        m = re.search(r"(?:[A-Z][\w-]*\s+){1,3}$", before)
        words = m.group().split() if m else []
        while words and (words[0].lower() in PORTFOLIO_STOPS or words[0].lower() in CALENDAR):
            words = words[1:]
        return " ".join(words) or None

    def _without_unknown_ministries(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """NER's "Foreign Ministry" inside "The Armenian Foreign Ministry" gives way to the ministry of that country,
        so two countries' foreign ministries never become one organisation."""
        told = [(m.start(), m.end()) for m in self.gaz.ministry_pattern.finditer(doc.text)]
        return [m for m in mentions if not (m.kind == "organisation" and m.key is None
                                            and any(s <= m.start and m.end <= e for s, e in told))]

    def _ministries(self, index: int, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"Ukraine's foreign ministry", "the Indian defence ministry", "Turkey's parliament": a government body of
        that country, the one of the reference data when it has it."""
        added = []
        for m in self.gaz.ministry_pattern.finditer(doc.text):
            if any(x.start <= m.start() < x.end or m.start() <= x.start < m.end() for x in mentions if x.kind not in ("demonym", "country", "place")):
                continue
            country = self.gaz.demonyms.get(m["country"].lower()) or self.gaz.seats[m["country"].lower()]
            seat = f" in {m['seat']}" if m["seat"] and m["body"] and m["body"].lower() == "embassy" else ""
            if m["body"]:   # "Turkey's parliament": that country's legislature (the reference data's, when it has one)
                name = f"{m['body'].title()} of {self.ref.countries[country].name}{seat}"
                known = self._legislature(country, m["body"].lower()) if m["body"].lower() in LEGISLATURE_BODIES else None
                key = known or slug(name)
            else:
                portfolio = MINISTRY_PORTFOLIOS.get(m["portfolio"].lower(), m["portfolio"].title())
                name = f"Ministry of {portfolio} of {self.ref.countries[country].name}"
                key = next((o.id for o in self.ref.organisations.values() if o.name == name), slug(name))
            end = m.end() if seat else m.end("ministry") if m["ministry"] else m.end("body")   # (a seat only for an embassy)
            told = doc.text[m.start():end]
            entity = self.entity("organisation", key, told)   # one key for every wording; named as first told
            entity.country = entity.country or country
            entity.aliases.add(told)
            added.append(Mention(index, m.start(), end, told, "organisation", key,
                                 in_quote=any(s <= m.start() < e for s, e in self.quotes)))
        return added

    def _legislature(self, country: str, body: str) -> str | None:
        """The country's legislature a word names: its only one, else the one the word names ("Senate"), else the
        whole parliament rather than a chamber ("Poland's parliament" is not the Sejm)."""
        houses = [o for o in self.ref.organisations.values() if o.kind == "legislature" and o.country == country]
        named = lambda o: [n.lower() for n in (o.name, *o.aliases)]
        fits = [o for o in houses if len(houses) == 1 or any(body in n for n in named(o))]
        whole = [o for o in fits if not any("house" in n for n in named(o))]
        chosen = fits if len(fits) == 1 else whole
        return chosen[0].id if len(chosen) == 1 else None

    def _titles(self, index: int, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        added = []
        for t in self.gaz.title_pattern.finditer(doc.text):
            title = t["title"].lower()
            kind = SPECIAL_TITLES.get(title) or self.ref.titles.get(title)
            country = self.gaz.demonyms.get((t["country"] or t["country_of"] or "").lower())
            # the name told with the title ("his Moroccan counterpart, Mr Mohammed Sadiki")
            # (or after the portfolio: "Uzbek Minister of Investment, Industry and Trade Laziz Kudratov")
            named = next((m for m in mentions if m.kind == "person" and 0 <= m.start - t.end() <= 90
                          and TITLE_TO_NAME.fullmatch(doc.text[t.end():m.start])), None)
            # ("Dr Bryan Acheampong, the Minister for Food and Agriculture,": the title told after the name)
            named = named or next((m for m in mentions if m.kind == "person" and t["det"] == "the" and kind not in ("counterpart", "host", "leader")
                                   and doc.text[m.end:t.start()] == ", " and m.key in self.entities), None)
            holder = next((m for m in mentions if m.kind == "person" and m.key in self.entities and m.start <= t.start("title") and t.end("title") <= m.end), None)
            if holder is not None and kind:   # "Saudi Crown Prince Mohammed bin Salman", the title inside the name the data knows
                self.entities[holder.key].titles.add(kind)
            if named is not None:
                e = self.entities[named.key]
                named.role_kind, named.role_country = kind, country
                e.titles.add(kind)
                told = " ".join(x for x in (self._portfolio(doc.text[:t.start()]) if not t["country"] else None,
                                            t["country"], t["title"]) if x)
                if kind not in ("counterpart", "host", "leader") and not e.role:
                    e.role = told
                    e.office_kind, e.country = kind, e.country or country
                elif e.role and e.role.lower() in told.lower() and len(told) > len(e.role):
                    e.role = told   # "Minister" in the reference data, "Russian Transport Minister" in the text
                elif kind == "counterpart" and country and not e.country:
                    e.country = country
                if kind == "counterpart" and not e.office_kind:   # "X, the Minister ..., and his Moroccan counterpart, Y": a minister too
                    before = [m for m in mentions if m.kind == "person" and m.end <= t.start() and m.key in self.entities and m.key != named.key]
                    e.office_kind = self.entities[before[-1].key].office_kind if before else None
                continue
            if not (t["det"] or country) or any(m.start <= t.start() < m.end for m in mentions if m.kind == "person"):
                continue
            key = self._resolve_title(kind, country, mentions, t.start())
            if key:
                self.entities[key].aliases.add(t.group())
                m = Mention(index, t.start(), t.end(), t.group(), "person", key, role_kind=kind, role_country=country)
                m.in_quote = any(s <= m.start < e for s, e in self.quotes)
                added.append(m)
        return added

    def _resolve_title(self, kind: str | None, country: str | None, mentions: list[Mention], at: int) -> str | None:
        if kind == "counterpart":
            before = [m for m in mentions if m.kind == "person" and m.end <= at and m.key in self.entities]
            anchor = before[-1].key if before else self.current_subject()
            if not anchor or not country:
                return None
            kind = self.entities[anchor].office_kind or "leader"
        if not kind or kind == "host":
            return None
        people = [e for e in self.entities.values() if e.kind == "person" and country in (None, e.country)]
        # the office he is known by or told with first; only then another he held that day (the Saudi crown prince
        # was also its defence minister): "the Prime Minister" is Sharif, not the crown prince who is prime minister too
        in_article = [e.key for e in people if self._holds(kind, {e.office_kind, *e.titles})] \
            or [e.key for e in people if e.known and self._holds(kind, {h.office_kind for h in self.ref.holdings_of(e.key, self.day)})]
        if country and len(in_article) > 1:   # "the new Australian leader" is Albanese, not John Howard named since
            in_office = set(self.ref.holders(kind, country, self.day))
            in_article = [k for k in in_article if k in in_office] or in_article
        if in_article:   # "the Iranian president": the last one named; "the prime minister": the first, the story's own
            return in_article[-1] if country else in_article[0]
        if country is None:
            return None
        holders = self.ref.holders(kind, country, self.day)
        if holders:
            self.entity("person", holders[0], self.ref.people[holders[0]].name if holders[0] in self.ref.people else holders[0])
            return holders[0]
        return None

    @staticmethod
    def _holds(kind: str, kinds: set[str | None]) -> bool:
        """One of these office kinds is of the kind a title names: a prime minister leads too, and a defence
        minister is a minister."""
        ministers = {k for k in kinds if k and k.endswith("_minister") and k != "prime_minister"}   # "the Armenian minister"
        return kind in kinds or kind == "leader" and bool(kinds & HEAD_KINDS) or kind == "minister" and bool(ministers)

    def _bodies_told_before(self, index: int, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"The US embassy in Helsinki welcomed the outcome. "...," the embassy said": a bare "the embassy" (the
        ministry, the presidency, the committee) is the organisation told last by that word."""
        added = []
        for tok in doc:
            the = doc[tok.i - 1] if tok.i else None
            if tok.lower_ not in BODY_NOUNS or the is None or the.lower_ != "the" or any(m.start <= tok.idx < m.end for m in mentions) \
                    or any(c.dep_ in ("compound", "amod", "poss") for c in tok.children):
                continue
            named = [e.key for e in self.entities.values() if e.kind == "organisation" and tok.lower_ in e.name.lower().split()]
            if named:   # the one told last
                last = max(named, key=lambda k: self.told_at.get(k, (-1, -1)))
                added.append(Mention(index, the.idx, tok.idx + len(tok), doc[the.i:tok.i + 1].text, "organisation", last,
                                     the.i, tok.i + 1, in_quote=any(s <= tok.idx < e for s, e in self.quotes)))
        return added

    def _pronouns(self, index: int, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        added = []
        quotes = self.quotes
        for tok in doc:
            if tok.lower_ not in PRONOUNS or any(s <= tok.idx < e for s, e in quotes):
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in STYLE_WORDS:
                continue   # "His Royal Highness the Crown Prince", "His Majesty The King": a style, not someone's
            key = self._antecedent(doc, tok, mentions)
            if key:
                added.append(Mention(index, tok.idx, tok.idx + len(tok), tok.text, "person", key, tok.i, tok.i + 1))
        return added

    def _offices(self, index: int, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """"his office said", "Zelensky's office", "the office of French President Emmanuel Macron", "Japarov's press
        service", "the Prime Minister's Press Secretariat": the office of that person, an organisation of his country
        named after his office ("Office of the President of Ukraine", "Press Service of the President of Kyrgyzstan")."""
        added = []
        for tok in doc:
            body = _office_body(tok)
            if body is None or any(m.start <= tok.idx < m.end for m in mentions if m.kind != "person"):
                continue
            owners = [t for c in tok.children if c.dep_ == "poss" for t in c.subtree] \
                + [t for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.subtree]
            ids = {t.i for t in owners}
            person = next((m for m in mentions if m.kind == "person" and m.key in self.entities
                           and (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None and span.root.i in ids), None)
            if person is None:
                continue
            holder = self.entities[person.key]
            holding = self.ref.holdings_of(person.key, self.day) if holder.known else []
            name = f"{body} of the {holding[0].office_label}" if holding else f"{body} of {holder.name}"
            entity = self.entity("organisation", slug(name), name)
            entity.country = entity.country or holder.country   # it acts for his state
            entity.holder = person.key
            start = min([tok.idx] + [doc[i].idx for i in ids] + [c.idx for c in tok.children if c.dep_ == "compound"])
            end = max([tok.idx + len(tok)] + [doc[i].idx + len(doc[i]) for i in ids])
            entity.aliases.add(doc.text[start:end])
            added.append(Mention(index, start, end, doc.text[start:end], "organisation", entity.key, tok.i, tok.i + 1,
                                 in_quote=any(s <= start < e for s, e in self.quotes)))
        return added

    def _antecedent(self, doc: Doc, tok, mentions: list[Mention]) -> str | None:
        """The main-clause subject of this sentence when the pronoun sits in a subordinate clause, else the last salient person."""
        gender = PRONOUNS[tok.lower_]
        earlier = [m for m in mentions if m.kind == "person" and m.end <= tok.idx and not m.in_quote]
        if tok.lower_ in ("him", "her") and tok.dep_ in ("dobj", "dative", "pobj"):
            # "Putin invited him": not the subject of his own clause, so the person the story is about besides
            subject = {m.key for m in earlier if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                       and span.root.dep_ == "nsubj" and span.root.head.i == (tok.head.i if tok.dep_ != "pobj" else tok.head.head.i)}
            others = [m.key for m in earlier if m.key not in subject and self._gender_ok(m.key, gender)]
            previous = [k for k in reversed(self.subjects) if k and k not in subject and self._gender_ok(k, gender)]
            return others[-1] if others else previous[0] if previous else None
        if earlier and tok.dep_ not in ("nsubj",) or (earlier and any(a.dep_ in ("relcl", "advcl", "ccomp") for a in tok.ancestors)):
            subject = next((m for m in earlier if doc.char_span(m.start, m.end, alignment_mode="expand") is not None
                            and doc.char_span(m.start, m.end, alignment_mode="expand").root.dep_ in ("nsubj", "nsubjpass")), None)
            candidate = (subject or earlier[-1]).key
            if self._gender_ok(candidate, gender):
                return candidate
        candidate = self.current_subject()
        return candidate if candidate and self._gender_ok(candidate, gender) else None

    def _gender_ok(self, key: str, gender: str) -> bool:
        person = self.ref.people.get(key)
        return person is None or not person.gender or person.gender == gender

    def current_subject(self) -> str | None:
        return next((s for s in reversed(self.subjects) if s), None)

    def _subject(self, doc: Doc, mentions: list[Mention]) -> str | None:
        people = [m for m in mentions if m.kind == "person" and not m.in_quote and m.key]
        for m in people:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass") and span.root.head.dep_ == "ROOT":
                return m.key
        for m in people:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                return m.key
        return people[0].key if people else None


PORTFOLIO_STOPS = {"on", "in", "at", "the", "then", "former", "and", "but", "as", "after", "before", "later", "when"}
CALENDAR = {w.lower() for w in ("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                                "July August September October November December").split()}
STATE_BODIES = {"government_body", "legislature"}   # organisation kinds (organizations.csv) that act for a state
STATE_BODY_WORDS = {"ministry", "bank", "department", "government", "cabinet", "council", "parliament", "office"}
REGNAL = re.compile(r"\b(?:King|Queen|Emperor|Sultan|Emir|Pope)\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[IVX]{1,4})\b")
INITIALLED = re.compile(r"\b(?:[A-Z]\.\s?){1,3}[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?\b")
_CAPITALISED = r"[A-Z][\w'’-]*"
# (", Power Secretary Pankaj Agarwal": after a comma, the named one's own title may come first)
TITLE_TO_NAME = re.compile(rf",?\s*(?:(?:of|for)\s+(?:the\s+)?{_CAPITALISED}(?:(?:,\s*|\s+(?:and|&)\s+|\s+){_CAPITALISED})*\s+"
                           rf"|,\s*(?:{_CAPITALISED}\s+){{0,3}}(?:Minister|Secretary|Ambassador|Governor|Commissioner|Envoy|Adviser|Advisor)\s+)?"
                           r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+)?")
BODY_NOUNS = {"embassy", "ministry", "presidency", "committee", "commission", "chamber"}   # "the embassy said"
GENERIC_NAMES = {"nation", "state", "government", "kingdom", "republic", "ministry", "parliament", "army", "president",
                 "leader", "palace", "council", "assembly", "federation", "union", "treaty", "agreement", "declaration"}
ORG_WORDS = {"ministry", "council", "agency", "bank", "office", "department", "committee", "commission", "group",
             "company", "corporation", "fund", "forum", "party", "union", "organisation", "organization", "assembly"}
BODY_HEADS = {"council", "commission", "committee", "secretariat", "agency", "ministry", "organisation", "organization"}   # a name ending so is a body
ORG_DESCRIPTORS = {"maker", "manufacturer", "company", "firm", "producer", "giant", "group", "carrier", "operator",
                   "developer", "conglomerate", "contractor", "exporter", "shipbuilder", "automaker", "airline", "lender"}
VENUE_WORDS = {"palace", "qasr", "airport", "hall", "house", "buildings", "stadium", "hotel", "residence", "centre", "center",
               "bhavan"}   # ("Rashtrapati Bhavan": a building, in Hindi)
COMPOUND_BRAND = re.compile(r"[A-Z][a-z]{3,}[A-Z][a-z]+")   # (not "McDonald", "DeSantis", "LeBlanc")
COMPANY_SUFFIXES = {"limited", "ltd", "inc", "plc", "corporation", "corp", "llc", "co"}
PATRONYMICS = {"uulu", "kyzy", "ogly", "oglu", "qizi"}   # Kyrgyz, Azerbaijani and Uzbek: written after the name, in lower case
STYLE_WORDS = {"royal", "majesty", "highness", "excellency", "holiness", "eminence"}
GENERATION_SUFFIXES = {"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"}
NAME_PARTICLES = {"bin", "bint", "ibn", "al", "el", "de", "van", "von", "da", "di"}
HONORIFICS = {"Prince", "Princess", "Sheikh", "Sheikha", "Shaikh", "Sayyid", "King", "Queen", "Mr", "Mrs", "Ms", "Dr", "Prof", "Professor", "Sir", "Emir", "Sultan", "Crown",
              "Datuk", "Dato", "Dato'", "Datin", "Seri", "Tan", "Tun", "Tunku", "Haji", "Hajjah"}   # Malay honorifics too


LEGISLATURE_BODIES = {"parliament", "senate", "national assembly", "legislature"}
STATE_BODIES_TOLD = (*LEGISLATURE_BODIES, "cabinet", "government", "embassy")   # "Turkey's parliament", "the French embassy in Warsaw"
MINISTRY_PORTFOLIOS = {"foreign": "Foreign Affairs", "defence": "Defence", "defense": "Defence", "finance": "Finance",
                       "economy": "Economy", "energy": "Energy", "interior": "Interior", "trade": "Trade", "health": "Health",
                       "justice": "Justice", "agriculture": "Agriculture", "culture": "Culture", "education": "Education",
                       "industry": "Industry", "commerce": "Commerce", "power": "Power", "transport": "Transport",
                       "environment": "Environment", "labour": "Labour", "information": "Information"}


PLACE_NOUNS = {"port", "plant", "mine", "river", "bridge", "garrison", "district", "exclave", "region", "province", "city",
               "town", "village", "field", "oilfield", "valley", "island", "market", "airport", "base", "dam", "basin",
               "strait", "refinery", "terminal", "crossing", "checkpoint", "governorate", "county", "corridor"}


def _corrected_label(label: str, doc: Doc, tokens: list) -> str:
    """What the small model calls a person but the words say is not one: "drone maker Baykar" is a company,
    "Qasr Al Watan" and "Lusail Palace" are venues; and an organisation that a title names is a person."""
    before = doc[tokens[0].i - 1].lower_ if tokens[0].i > 0 else ""
    if label == "ORG" and before in PERSON_TITLES and len(tokens) >= 2 and all(t.pos_ == "PROPN" for t in tokens) \
            and not any(t.lower_ in ORG_WORDS for t in tokens):
        return "PERSON"   # "spokesperson Oleg Nikolenko"
    after = doc[tokens[-1].i + 1:tokens[-1].i + 4]
    if label == "ORG" and len(after) == 3 and after[0].text == "," and after[1].lower_ in PERSON_TITLES and after[2].lower_ == "of" \
            and len(tokens) >= 2 and all(t.pos_ == "PROPN" for t in tokens) and not any(t.lower_ in ORG_WORDS for t in tokens):
        return "PERSON"   # "Shaktikanta Das, Governor of the RBI": a name the title after it says is a person's
    if label == "ORG" and any(t.lower_ in VENUE_WORDS for t in tokens) and _after_location_word(doc, tokens[0]):
        return "FAC"   # "signed at the Union Buildings": where, not who (but "the Elysee Palace said" is the presidency)
    if label in ("GPE", "LOC", "FAC") and len(tokens) >= 2 and tokens[-1].lower_ in BODY_HEADS:
        return "ORG"   # "the Türkiye-Greece High-Level Cooperation Council", "the Nepal-India Joint Commission": a body
    if label != "PERSON":
        return label
    last = tokens[-1]
    if last.dep_ in ("compound", "nmod") and last.head.pos_ == "NOUN" and last.head.lemma_.lower() in PLACE_NOUNS:
        return "LOC"   # "the Sampur solar power plant", "Mongla port", "the Sado gold mine": a place the thing is at
    if any(c.ent_type_ in ("GPE", "LOC", "FAC") and not any(g.dep_ == "case" for g in c.children)   # (not "X and India's minister")
           for c in [*last.conjuncts, *(a for a in [last.head] if last.dep_ == "conj")]):
        return "GPE"   # "near Durban and Richards Bay", "Cagayan, Isabela, Zambales and Palawan": one of places
    if tokens[0].i > 0 and doc[tokens[0].i - 1].lemma_.lower() in ORG_DESCRIPTORS:
        return "ORG"
    if len(tokens) == 1 and COMPOUND_BRAND.fullmatch(tokens[0].text):
        return "ORG"   # "QatarEnergy", "PetroChina": one word of two capitalised ones is a brand, not a person
    if tokens[0].i >= 2 and doc[tokens[0].i - 1].lower_ == "of" and doc[tokens[0].i - 2].is_title \
            and doc[tokens[0].i - 2].lower_ in AGREEMENT_WORDS:
        return "GPE"   # "the Treaty of Nancy", "the Declaration of Buenos Aires": the place it is named after
    if any(t.lower_ in VENUE_WORDS for t in tokens):
        return "FAC"
    return label


def _after_location_word(doc: Doc, first) -> bool:
    """The name follows "at", "in" or "inside" (with "the" between or not)."""
    before = [t.lower_ for t in doc[max(0, first.i - 2):first.i]]
    return bool(before) and (before[-1] in ("at", "in", "inside") or before[-1] == "the" and len(before) == 2 and before[0] in ("at", "in", "inside"))


def _joined_names(doc: Doc, people: set[int] = frozenset()) -> list:
    """NER spans, with "Prince Abdulaziz" + "bin Salman" joined into one name, and a list the model read as one
    name ("Kishida, Modi", "Erdoğan and Mitsotakis") split at its commas (and a person's at "and")."""
    ents = []
    for ent in doc.ents:
        cuts = [t.i for t in ent if t.text == "," or t.lower_ == "and" and _two_names(ent, people)] if ent.label_ in ("PERSON", "ORG") else []
        for start, end in zip([ent.start] + [c + 1 for c in cuts], cuts + [ent.end]):
            if end > start:
                part = doc[start:end]
                part.label_ = ent.label_
                ents.append(part)
    joined = []
    for ent in ents:
        if (joined and ent.label_ == "PERSON" and joined[-1].label_ == "PERSON"
                and (ent.start == joined[-1].end and ent[0].lower_ in NAME_PARTICLES
                     or ent.start == joined[-1].end + 1 and doc[joined[-1].end].lower_ in NAME_PARTICLES)):   # "Ibtisam" bint "Ahmed al Farooji"
            joined[-1] = doc[joined[-1].start:ent.end]
            joined[-1].label_ = "PERSON"
        else:
            joined.append(ent)
    return joined


def _two_names(ent, people: set[int]) -> bool:
    """"Erdoğan and Mitsotakis" read as one name: names on both sides of "and", nothing else, and one of them a person
    the reference data knows ("Ministry of Trade and Industry", "Procter and Gamble" are one)."""
    return all(t.pos_ == "PROPN" or t.lower_ == "and" for t in ent) and any(t.i in people for t in ent) \
        and any(t.lower_ == "and" and t.i + 1 < ent.end and ent.doc[t.i + 1].dep_ == "conj" for t in ent)


def _without_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Longest first; the reference data wins over NER on the same text; one key per span.  A known person at the
    end of a longer name NER read as an organisation or place wins too: "Kazakh President Kassym-Jomart Tokayev" read
    as an ORG is the title and the person (but "Kabir Bin Anwar", read as a person, is not Anwar Ibrahim)."""
    people = [m for m in mentions if m.key and m.kind == "person"]
    mentions = [m for m in mentions if m.key or m.kind == "person" or not any(p.end == m.end and m.start < p.start for p in people)]
    ordered = sorted(mentions, key=lambda m: (-(m.end - m.start), m.key is None, m.start))
    kept: list[Mention] = []
    for m in ordered:
        if any(m.start < k.end and k.start < m.end for k in kept):
            continue
        kept.append(m)
    return sorted(kept, key=lambda m: m.start)


PRESS_BODIES = {"service", "secretariat", "division", "unit", "department"}   # "press service", "Media Division"


def _office_body(tok) -> str | None:
    """The kind of body a noun names when it is a leader's own staff: "office", or "press service", "Press
    Secretariat", "media division" (a body that speaks for him, not he himself)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    if tok.lower_ == "office":
        return "Office"
    words = [c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")]
    if tok.lower_ in PRESS_BODIES and {"press", "media", "communications"} & set(words):
        return f"{next(w for w in words if w in ('press', 'media', 'communications')).title()} {tok.lower_.title()}"
    return None
