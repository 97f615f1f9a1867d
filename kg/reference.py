"""Reference data: the gazetteers in data/reference/ (countries, organisations, places, people, offices).

Read once per process and shared.  The extractor uses it to recognise names and
to resolve "the Iranian president" to whoever held that office on the
article's date; the RDF step writes it as the reference graph, so that people,
countries and organisations carry their Wikidata IDs.  See data/reference/README.md
for the columns and sources.
"""
from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from kg.dates import Span
from kg.errors import ConfigError


def slug(text: str) -> str:
    """'Masoud Pezeshkian' -> 'masoud-pezeshkian' (ASCII, lower case, hyphens): the key of a name."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _list(cell: str | None) -> tuple[str, ...]:
    return tuple(x.strip() for x in (cell or "").split("|") if x.strip())


def _span(cell: str | None) -> Span | None:
    try:
        return Span.parse(cell) if cell and cell.strip() else None
    except ValueError:
        return None


@dataclass(frozen=True)
class Country:
    id: str
    name: str
    wikidata: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    capital: str
    capital_wikidata: str
    iso2: str = ""
    iso3: str = ""
    historical: bool = False


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    wikidata: str
    aliases: tuple[str, ...]
    kind: str
    members: tuple[str, ...] = ()
    country: str = ""   # the state a government body, legislature or state agency belongs to
    seat: str = ""      # the capital that stands for it in news ("Brussels" for the EU), a place id


@dataclass(frozen=True)
class Place:
    id: str
    name: str
    wikidata: str
    country: str
    kind: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    wikidata: str
    country: str
    aliases: tuple[str, ...]
    gender: str = ""


@dataclass(frozen=True)
class Holding:
    """``person`` held ``office_label`` (of kind ``office_kind``, in ``country``) from ``start`` to ``end``."""

    person: str
    office_kind: str
    office_label: str
    country: str
    start: Span | None
    end: Span | None
    office_wikidata: str = ""

    def held_on(self, day: date) -> bool:
        started = self.start is None or self.start.earliest <= day
        ongoing = self.end is None or day <= self.end.latest
        return started and ongoing


@dataclass
class Reference:
    countries: dict[str, Country] = field(default_factory=dict)
    organisations: dict[str, Organisation] = field(default_factory=dict)
    places: dict[str, Place] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)
    holdings: list[Holding] = field(default_factory=list)
    titles: dict[str, str] = field(default_factory=dict)  # "foreign minister" -> "foreign_minister"

    def holdings_of(self, person: str, on: date | None = None) -> list[Holding]:
        return [h for h in self.holdings if h.person == person and (on is None or h.held_on(on))]

    def holders(self, office_kind: str, country: str, on: date) -> list[str]:
        """Who held an office of this kind in this country on that day (a "leader" is any head)."""
        kinds = HEAD_KINDS if office_kind in ("leader", "head_of_state") else {office_kind}
        found = [h for h in self.holdings if h.office_kind in kinds and h.country == country and h.held_on(on)]
        # Order heads of state before heads of government: "the Russian leader" is Putin, not Mishustin.
        found.sort(key=lambda h: HEAD_ORDER.index(h.office_kind) if h.office_kind in HEAD_ORDER else 99)
        return list(dict.fromkeys(h.person for h in found))


HEAD_ORDER = ["supreme_leader", "president", "king", "head_of_state", "emir", "sultan", "chancellor", "prime_minister"]
HEAD_KINDS = set(HEAD_ORDER)


def _rows(folder: Path, name: str) -> list[dict[str, str]]:
    path = folder / name
    if not path.exists():
        raise ConfigError(f"reference data file missing: {path} (setting reference, KG_REFERENCE)")
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(handle)]


@lru_cache(maxsize=4)
def load_reference(folder: str) -> Reference:
    """Read every gazetteer in ``folder``; capitals become places of their countries."""
    root = Path(folder)
    ref = Reference()
    for r in _rows(root, "countries.csv"):
        ref.countries[r["id"]] = Country(r["id"], r["name"], r["wikidata"], _list(r.get("aliases")), _list(r.get("demonyms")),
                                         r.get("capital", ""), r.get("capital_wikidata", ""), r.get("iso2", ""),
                                         r.get("iso3", ""), r.get("historical", "").lower() in {"yes", "true", "1"})
    for r in _rows(root, "organizations.csv"):
        ref.organisations[r["id"]] = Organisation(r["id"], r["name"], r["wikidata"], _list(r.get("aliases")), r.get("kind", ""), _list(r.get("members")),
                                                   r.get("country", ""), r.get("seat", ""))
    for c in ref.countries.values():
        if c.capital:
            ref.places.setdefault(slug(c.capital), Place(slug(c.capital), c.capital, c.capital_wikidata, c.id, "capital"))
    for r in _rows(root, "places.csv"):
        ref.places[r["id"]] = Place(r["id"], r["name"], r["wikidata"], r.get("country", ""), r.get("kind", ""), _list(r.get("aliases")))
    for r in _rows(root, "people.csv"):
        ref.people[r["id"]] = Person(r["id"], r["name"], r["wikidata"], r.get("country", ""), _list(r.get("aliases")), r.get("gender", ""))
    for r in _rows(root, "offices.csv"):
        ref.holdings.append(Holding(r["person"], r["office_kind"], r.get("office_label", ""), r.get("country", ""),
                                    _span(r.get("start")), _span(r.get("end")), r.get("office_wikidata", "")))
    ref.titles = {r["surface"].lower(): r["office_kind"] for r in _rows(root, "office_titles.csv")}
    return ref
