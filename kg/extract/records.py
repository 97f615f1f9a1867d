"""Plain records passed between the extraction steps (no spaCy, no RDF here).

Keys are stable slugs: a reference id ("vladimir-putin", "iran") when the
thing is in data/reference, else the slug of its name.  ``kg.rdf`` mints IRIs
from them.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.dates import Span


@dataclass
class Mention:
    """A name, title or pronoun in a sentence that stands for an entity."""

    sentence: int
    start: int            # character offsets inside the sentence text
    end: int
    text: str
    kind: str             # person | country | organisation | place | demonym
    key: str | None       # resolved entity key (None while unresolved)
    token_start: int = 0
    token_end: int = 0
    role_kind: str | None = None     # office kind from a title in front of a name ("president")
    role_country: str | None = None  # country of that title ("russia")
    in_quote: bool = False
    candidates: list[tuple[str, str]] = field(default_factory=list)  # (kind, key) the surface may stand for


@dataclass
class Entity:
    key: str
    kind: str                        # person | country | organisation | place
    name: str
    wikidata: str = ""
    aliases: set[str] = field(default_factory=set)
    country: str | None = None       # nationality (people), country (places)
    role: str | None = None          # "Russian President", from the text or the reference data
    office_kind: str | None = None
    titles: set[str] = field(default_factory=set)   # office kinds the text gives him ("Saudi Crown Prince Mohammed bin Salman")
    organisation_kind: str | None = None   # agency | outlet | intergovernmental | ... (organizations.csv)
    members: tuple[str, ...] = ()    # a bloc's member countries (organizations.csv)
    holder: str | None = None        # an office's person ("his office"): its words on his meetings are his readout
    known: bool = False              # in data/reference


@dataclass
class Event:
    type: str                        # signing | meeting | visit | press_conference | summit | statement | ratification | other
    sentence: int
    status: str = "happened"         # happened | planned | invited
    date: Span | None = None
    date_inferred: bool = False
    place: str | None = None
    roles: dict[str, str] = field(default_factory=dict)   # entity key -> participant | signer | overseer | host | guest | speaker
    agreement: int | None = None     # index into Extraction.agreements
    evidence: list[int] = field(default_factory=list)
    confidence: float = 0.8
    object_spans: list[tuple[int, int]] = field(default_factory=list)  # in the sentence: what was signed/ratified/adopted
    extra_agreements: list[int] = field(default_factory=list)           # more agreements signed in the same act
    backdrop: bool = False           # told in the past perfect ("where he had held talks"): behind the story, lends nothing

    @property
    def participants(self) -> list[str]:
        return list(self.roles)

    @property
    def agreement_act(self) -> bool:
        """An act of an agreement itself, with no one acting: its entry into force ("the pact entered into force")."""
        return self.type == "other" and not self.roles


@dataclass
class Agreement:
    kind: str                        # treaty | agreement | memorandum | documents | joint_statement
    name: str
    sentence: int
    status: str = "signed"           # signed | planned | ratified
    aliases: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    signatories: list[str] = field(default_factory=list)
    overseen_by: list[str] = field(default_factory=list)
    ratified_by: list[str] = field(default_factory=list)
    date: Span | None = None
    place: str | None = None
    sectors: dict[str, int] = field(default_factory=dict)  # sector id -> sentence that ties it to the agreement
    count: int | None = None
    evidence: list[int] = field(default_factory=list)
    confidence: float = 0.8
    named_sides: list[str] = field(default_factory=list)   # organisations the text told as its sides: its parties
    compared: bool = False           # told as like another ("a similar pact"): a bare "the pact" later is not it


@dataclass
class Quote:
    speaker: str | None
    text: str
    sentence: int
    start: int                       # offsets of the quoted text in the article
    end: int
    date: Span | None = None
    via: str | None = None           # the agency that relayed it
    event: int | None = None
    agreement: int | None = None     # the agreement the words are about (told in the same sentence)
    document: int | None = None      # the agreement or statement whose words these are ("..., the statement said")
    confidence: float = 0.8


@dataclass
class Extraction:
    """Everything taken from one article, with the sentences that state it."""

    article: "object"
    sentences: list
    entities: dict[str, Entity] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    model: str = ""
