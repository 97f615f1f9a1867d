"""Consistency checks for the DiploKG gazetteers in this folder.

Run:  python data/reference/check_reference.py      (exit status 1 on any error)
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent

HEADERS = {
    "countries.csv": ["id", "name", "wikidata", "iso2", "iso3", "aliases", "demonyms",
                      "capital", "capital_wikidata", "historical"],
    "organizations.csv": ["id", "name", "wikidata", "aliases", "kind", "members", "country", "seat"],
    "places.csv": ["id", "name", "wikidata", "country", "kind", "aliases"],
    "people.csv": ["id", "name", "wikidata", "country", "aliases", "gender"],
    "offices.csv": ["person", "office_kind", "office_label", "country", "start", "end",
                    "office_wikidata"],
    "office_titles.csv": ["surface", "office_kind"],
}
OFFICE_KINDS = {
    "president", "prime_minister", "foreign_minister", "defence_minister", "head_of_state",
    "supreme_leader", "king", "crown_prince", "chancellor", "vice_president", "speaker",
    "secretary_general", "aide", "spokesperson", "national_security_adviser", "minister",
}
ORG_KINDS = {"intergovernmental", "bloc", "agency", "outlet", "government_body", "legislature",
             "military_alliance"}
PLACE_KINDS = {"city", "region", "sea", "landmark", "venue"}
QID = re.compile(r"^Q[0-9]+$")
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# The same Wikidata item may legitimately appear twice in these cases only:
#  * capital_wikidata of a historical state repeats a current capital (Moscow, Belgrade, Prague);
#  * a city-state is its own capital (Singapore);
#  * office_wikidata repeats across the holders of one office.
# Everything else (the main `wikidata` column of every file) must be unique across all files.
CITY_STATES = {"singapore"}

errors: list[str] = []


def err(msg: str) -> None:
    errors.append(msg)


def load(name: str) -> list[dict]:
    path = HERE / name
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        if header != HEADERS[name]:
            err(f"{name}: header {header} != {HEADERS[name]}")
        out = []
        for n, row in enumerate(reader, start=2):
            if len(row) != len(header):
                err(f"{name}:{n}: {len(row)} cells, expected {len(header)}")
                continue
            if any(c != c.strip() for c in row):
                err(f"{name}:{n}: a cell has leading/trailing spaces")
            out.append(dict(zip(header, row), _line=n))
        return out


def unique(name: str, rows: list[dict], key: str) -> set[str]:
    seen = Counter(r[key] for r in rows)
    for k, c in seen.items():
        if c > 1:
            err(f"{name}: duplicate {key} {k!r} ({c}x)")
    return set(seen)


def check_qid(name: str, r: dict, col: str) -> None:
    v = r[col]
    if v and not QID.match(v):
        err(f"{name}:{r['_line']}: {col} {v!r} is not ^Q[0-9]+$")


def check_list(name: str, r: dict, col: str) -> None:
    v = r[col]
    if v and any(not p.strip() or p != p.strip() for p in v.split("|")):
        err(f"{name}:{r['_line']}: {col} has an empty or padded |-item: {v!r}")


def main() -> int:
    data = {name: load(name) for name in HEADERS}
    countries, orgs, places = data["countries.csv"], data["organizations.csv"], data["places.csv"]
    people, offices, titles = data["people.csv"], data["offices.csv"], data["office_titles.csv"]

    country_ids = unique("countries.csv", countries, "id")
    unique("organizations.csv", orgs, "id")
    unique("places.csv", places, "id")
    person_ids = unique("people.csv", people, "id")
    unique("office_titles.csv", titles, "surface")

    for name, rows in data.items():
        idcol = "id" if "id" in HEADERS[name] else None
        for r in rows:
            if idcol and not SLUG.match(r[idcol]):
                err(f"{name}:{r['_line']}: id {r[idcol]!r} is not a lower-case slug")
            for col in HEADERS[name]:
                if "wikidata" in col:
                    check_qid(name, r, col)
                if col in ("aliases", "demonyms", "members"):
                    check_list(name, r, col)

    for r in countries:
        if r["historical"] not in ("yes", "no"):
            err(f"countries.csv:{r['_line']}: historical must be yes/no")
        if r["iso2"] and not re.match(r"^[A-Z]{2}$", r["iso2"]):
            err(f"countries.csv:{r['_line']}: bad iso2 {r['iso2']!r}")
        if r["iso3"] and not re.match(r"^[A-Z]{3}$", r["iso3"]):
            err(f"countries.csv:{r['_line']}: bad iso3 {r['iso3']!r}")
        if r["capital"] and r["capital"] in r["aliases"].split("|"):
            err(f"countries.csv:{r['_line']}: capital {r['capital']!r} listed as an alias")
    for col in ("iso2", "iso3"):
        for k, c in Counter(r[col] for r in countries if r[col]).items():
            if c > 1:
                err(f"countries.csv: duplicate {col} {k}")

    for r in orgs:
        if r["kind"] not in ORG_KINDS:
            err(f"organizations.csv:{r['_line']}: kind {r['kind']!r}")
        for m in filter(None, r["members"].split("|")):
            if m not in country_ids:
                err(f"organizations.csv:{r['_line']}: member {m!r} not in countries.csv")
        if r["country"] and r["country"] not in country_ids:
            err(f"organizations.csv:{r['_line']}: country {r['country']!r} not in countries.csv")
        if r["seat"] and r["seat"] not in {re.sub(r"[^a-z0-9]+", "-", c["capital"].lower()).strip("-") for c in countries}:
            err(f"organizations.csv:{r['_line']}: seat {r['seat']!r} is not a national capital (its slug) in countries.csv")
    for r in places:
        if r["kind"] not in PLACE_KINDS:
            err(f"places.csv:{r['_line']}: kind {r['kind']!r}")
        if r["country"] and r["country"] not in country_ids:
            err(f"places.csv:{r['_line']}: country {r['country']!r} not in countries.csv")
    for r in people:
        if r["gender"] not in ("male", "female"):
            err(f"people.csv:{r['_line']}: gender {r['gender']!r}")
        if r["country"] not in country_ids:
            err(f"people.csv:{r['_line']}: country {r['country']!r} not in countries.csv")
    for r in offices:
        if r["person"] not in person_ids:
            err(f"offices.csv:{r['_line']}: person {r['person']!r} not in people.csv")
        if r["office_kind"] not in OFFICE_KINDS:
            err(f"offices.csv:{r['_line']}: office_kind {r['office_kind']!r}")
        if r["country"] and r["country"] not in country_ids:
            err(f"offices.csv:{r['_line']}: country {r['country']!r} not in countries.csv")
        if not DATE.match(r["start"]):
            err(f"offices.csv:{r['_line']}: start {r['start']!r} is not YYYY[-MM[-DD]]")
        if r["end"] and not DATE.match(r["end"]):
            err(f"offices.csv:{r['_line']}: end {r['end']!r} is not YYYY[-MM[-DD]]")
        if r["end"] and r["end"] < r["start"]:
            err(f"offices.csv:{r['_line']}: end {r['end']} before start {r['start']}")
    for r in titles:
        if r["office_kind"] not in OFFICE_KINDS:
            err(f"office_titles.csv:{r['_line']}: office_kind {r['office_kind']!r}")
        if r["surface"] != r["surface"].lower():
            err(f"office_titles.csv:{r['_line']}: surface must be lower-case")

    # Wikidata IDs: the main `wikidata` column must be unique across all files.
    owner: dict[str, list[str]] = defaultdict(list)
    for name in ("countries.csv", "organizations.csv", "places.csv", "people.csv"):
        for r in data[name]:
            if r["wikidata"]:
                owner[r["wikidata"]].append(f"{name}:{r['id']}")
    for q, who in owner.items():
        if len(who) > 1:
            err(f"wikidata {q} used by {who}")
    # Capitals may repeat each other only for historical states; they must not be the ID of
    # another entity, except a city-state that is its own capital.
    capitals: dict[str, list[str]] = defaultdict(list)
    for r in countries:
        q = r["capital_wikidata"]
        if not q:
            continue
        capitals[q].append(r["id"])
        if q in owner and not (r["id"] in CITY_STATES and owner[q] == [f"countries.csv:{r['id']}"]):
            err(f"capital_wikidata {q} of {r['id']} is also {owner[q]}")
    for q, who in capitals.items():
        current = [c for c in who if next(x for x in countries if x["id"] == c)["historical"] == "no"]
        if len(current) > 1:
            err(f"capital_wikidata {q} shared by current states {current}")
    # An office item must not be the ID of a country/org/place/person.
    for r in offices:
        if r["office_wikidata"] in owner:
            err(f"offices.csv:{r['_line']}: office_wikidata {r['office_wikidata']} is {owner[r['office_wikidata']]}")

    for name, rows in data.items():
        print(f"{name:20} {len(rows):4} rows")
    filled = sum(1 for name in ("countries.csv", "organizations.csv", "places.csv", "people.csv")
                 for r in data[name] if r["wikidata"])
    print(f"wikidata filled: {filled} entity rows, "
          f"{sum(1 for r in countries if r['capital_wikidata'])} capitals, "
          f"{sum(1 for r in offices if r['office_wikidata'])} office rows")
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        return 1
    print("OK: all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
