"""kg eval: the seed scored against its gold, the matching rules of tests/corpus/GOLD-FORMAT.md on hand-made
gold/prediction pairs, and bad gold files reported as one-line errors."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg.config import PROJECT_ROOT, load_config
from kg.diplokg import ONTOLOGY_DIR
from kg.evaluate import Evaluator
from kg.extract.sectors import SectorMatcher
from kg.reference import load_reference

from .conftest import SEED

SEED_GOLD = PROJECT_ROOT / "tests" / "corpus" / "kayhan-2025-01-17-iran-russia-treaty.gold.yaml"


def kg_eval(*args):
    return subprocess.run([sys.executable, "-m", "kg", "eval", *map(str, args)], capture_output=True, text=True,
                          timeout=180, cwd=PROJECT_ROOT)


# -- (a) the seed against its gold ------------------------------------------------------------------------------

def test_the_seed_scores_at_least_095_against_its_gold():
    result = kg_eval(SEED, SEED_GOLD, "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    totals = report["totals"]
    low = {k: totals[k]["f1"] for k in ("events", "agreements", "signatories", "sectors", "quotes") if totals[k]["f1"] < 0.95}
    assert not low, low
    assert list(report["articles"]) == [SEED.name]
    assert all(totals[k]["tp"] > 0 for k in ("events", "agreements", "signatories", "sectors", "quotes"))   # not vacuous


# Floors a little under what the development corpus scores today (README, "Extraction"): a change that loses
# more than that on the corpus it was tuned on is a regression.  They are not the targets (0.85).  (Sectors
# went from 0.68 to 0.66 when the eleventh held-out set joined development, and from 0.680 to 0.658 when the
# thirteenth did: their articles score lower there; agreements went from 0.820 to 0.806 when the fourteenth did; with
# the fifteenth, on the same code, events went from 0.752 to 0.743, signatories from 0.802 to 0.782, sectors from 0.655
# to 0.638 and micro from 0.791 to 0.785.)
DEVELOPMENT_FLOORS = {"events": 0.74, "agreements": 0.80, "signatories": 0.79, "sectors": 0.64, "quotes": 0.90, "micro": 0.78}


def test_the_development_corpus_does_not_regress():
    result = kg_eval(PROJECT_ROOT / "data" / "articles", PROJECT_ROOT / "tests" / "corpus", "--json")
    assert result.returncode == 0, result.stderr
    totals = json.loads(result.stdout)["totals"]
    below = {k: round(totals[k]["f1"], 3) for k, floor in DEVELOPMENT_FLOORS.items() if totals[k]["f1"] < floor}
    assert not below, below


# -- (b) the matching rules -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def evaluator():
    config = load_config({}, environ={})
    return Evaluator(load_reference(config.reference), SectorMatcher(ONTOLOGY_DIR / "sectors.ttl"))


def counts(score) -> tuple[int, int, int]:
    return score.tp, score.fp, score.fn


def gold(**parts) -> dict:
    return {"article": {"file": "x.txt"}, **parts}


def event(kind="meeting", date="2025-01-17", participants=("Vladimir Putin", "Masoud Pezeshkian"), **more) -> dict:
    return {"type": kind, "date": date, "participants": list(participants), **more}


def treaty(**more) -> dict:
    return {"name": "treaty", "kind": "treaty", "parties": ["Russia", "Iran"], "signatories": [], "date": "2025-01-17",
            "sectors": [], **more}


@pytest.mark.parametrize("gold_name, predicted", [
    ("Fatemeh Mohajerani", "Mohajerani"),           # not in the reference data: the surname rule alone
    ("Mohajerani", "Fatemeh Mohajerani"),
    ("Vladimir Putin", "Putin"),                    # a reference alias
    ("Masoud Pezeshkian", "Massoud Pezeshkian"),    # a reference spelling
])
def test_a_surname_matches_the_full_name(evaluator, gold_name, predicted):
    scores = evaluator.score(gold(people=[{"name": gold_name}]), {"people": [{"name": predicted}]})
    assert counts(scores["people"]) == (1, 0, 0)


@pytest.mark.parametrize("gold_name, predicted", [
    ("John Smith", "Jane Smith"),                   # the same surname, two full names: two people
    ("Ali Khamenei", "Ali Larijani"),
    ("Vladimir Putin", "Vladimir"),                 # a first name is no surname
])
def test_different_people_do_not_match(evaluator, gold_name, predicted):
    scores = evaluator.score(gold(people=[{"name": gold_name}]), {"people": [{"name": predicted}]})
    assert counts(scores["people"]) == (0, 1, 1)


@pytest.mark.parametrize("gold_name, predicted, same", [
    ("Senate (Chile)", "Senate of Chile", True),    # the qualifier in brackets reads as "of Chile"
    ("Senate (Chile)", "Chile", False),             # but the country is not its senate
    ("Amazon Cooperation Treaty Organization (ACTO)", "ACTO", True),
])
def test_a_gold_name_qualified_in_brackets(evaluator, gold_name, predicted, same):
    assert evaluator.names.same(gold_name, predicted) is same


def test_a_signatory_surname_matches_in_an_agreement(evaluator):
    scores = evaluator.score(gold(agreements=[treaty(signatories=["Vladimir Putin", "Masoud Pezeshkian"])]),
                             {"agreements": [treaty(signatories=["Putin", "Pezeshkian"])]})
    assert counts(scores["agreements"]) == (1, 0, 0)
    assert counts(scores["signatories"]) == (2, 0, 0)


@pytest.mark.parametrize("gold_date, predicted, matches", [
    ("2025-01", "2025-01-17", True),                # a day inside the gold's month
    ("2025", "2025-01", True),
    ("2025-01-16/2025-01-18", "2025-01-17", True),  # inside a gold range
    ("2025-01-17", "2025-01", False),               # less precise than the gold
    ("2025-01-17", "2025-01-16", False),
    ("2025-01", "2024-01-17", False),
    ("2025-01-17", None, False),
    (None, "2025-01-17", True),                     # a null gold date accepts any
])
def test_dates_match_at_the_golds_precision(evaluator, gold_date, predicted, matches):
    scores = evaluator.score(gold(events=[event(date=gold_date)]), {"events": [event(date=predicted)]})
    assert counts(scores["events"]) == ((1, 0, 0) if matches else (0, 1, 1))


def test_meeting_and_talks_are_one_type(evaluator):
    scores = evaluator.score(gold(events=[event("talks")]), {"events": [event("meeting")]})
    assert counts(scores["events"]) == (1, 0, 0)
    scores = evaluator.score(gold(events=[event("talks")]), {"events": [event("visit")]})
    assert counts(scores["events"]) == (0, 1, 1)


def test_an_event_needs_a_shared_participant_and_the_same_status(evaluator):
    scores = evaluator.score(gold(events=[event(participants=["Xi Jinping"])]), {"events": [event(participants=["Narendra Modi"])]})
    assert counts(scores["events"]) == (0, 1, 1)
    scores = evaluator.score(gold(events=[event("signing", status="planned")]), {"events": [event("signing")]})
    assert counts(scores["events"]) == (0, 1, 1)


def test_sectors_are_compared_after_normalisation(evaluator):
    scores = evaluator.score(gold(agreements=[treaty(sectors=["defense", "transportation", "trade"])]),
                             {"agreements": [treaty(sectors=["defence", "transport", "trade"])]})
    assert counts(scores["sectors"]) == (3, 0, 0)


def test_two_words_for_one_sector_count_once(evaluator):
    scores = evaluator.score(gold(agreements=[treaty(sectors=["military", "defense", "energy"])]),
                             {"agreements": [treaty(sectors=["defence", "energy", "culture"])]})
    assert counts(scores["sectors"]) == (2, 1, 0)


# -- (c) bad gold files -----------------------------------------------------------------------------------------

BAD_GOLD = {
    "unparsable": "article: [unclosed\n  - x: :\n",
    "no_article": "people:\n  - name: Vladimir Putin\n",
    "a_list": "- article\n- events\n",
    "article_not_a_mapping": "article: kayhan-2025-01-17-iran-russia-treaty.txt\n",
    "events_not_mappings": f"article:\n  file: {SEED.name}\nevents:\n  - signing on Friday\n",
    "date_not_a_date": f"article:\n  file: {SEED.name}\nevents:\n  - type: signing\n    date: last Friday\n    participants: [Vladimir Putin]\n",
}


@pytest.mark.parametrize("case", [
    "unparsable",
    "no_article",
    "a_list",
    "article_not_a_mapping",
    "events_not_mappings",
    "date_not_a_date",
])
def test_a_bad_gold_file_is_a_one_line_error(tmp_path, case):
    bad = tmp_path / f"{case}.gold.yaml"
    bad.write_text(BAD_GOLD[case], encoding="utf-8")
    result = kg_eval(SEED, bad)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and str(bad) in errors[0], result.stderr
    assert result.stdout == ""


def test_a_gold_naming_a_missing_article_is_a_clear_error(tmp_path):
    bad = tmp_path / "orphan.gold.yaml"
    bad.write_text("article:\n  file: no-such-article.txt\n", encoding="utf-8")
    result = kg_eval(SEED.parent, bad)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "no-such-article.txt is not in" in result.stderr


def test_a_gold_folder_without_gold_files_is_a_clear_error(tmp_path):
    result = kg_eval(SEED, tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith("Error: no *.gold.yaml files in")


def test_a_document_speaker_matches_the_agreement_it_was_paired_with(evaluator):
    statement = {"name": "Pakistan–Saudi joint statement", "kind": "joint_statement", "parties": ["Pakistan", "Saudi Arabia"],
                 "date": "2025-09-17", "signatories": [], "sectors": []}
    said = "any aggression against either country shall be considered an aggression against both"
    gold_doc = gold(agreements=[statement], quotes=[{"speaker": "Pakistan–Saudi joint statement", "text": said}])
    pred = {"agreements": [dict(statement, name="joint statement")],
            "quotes": [{"speaker": "joint statement", "document": "joint statement", "text": said}]}
    assert counts(evaluator.score(gold_doc, pred)["quotes"]) == (1, 0, 0)
    pred["agreements"][0]["parties"] = ["India"]   # no longer the same agreement: the speaker is wrong
    assert counts(evaluator.score(gold_doc, pred)["quotes"]) == (0, 1, 1)


def test_a_speaker_matches_by_an_alias_the_golds_people_give(evaluator):
    said = "a strong will to realize a free and open Indo-Pacific"
    people = [{"name": "Kamikawa Yoko", "aliases": ["Yoko Kamikawa"]}]
    pred = {"quotes": [{"speaker": "Yoko Kamikawa", "text": said}]}
    assert counts(evaluator.score(gold(people=people, quotes=[{"speaker": "Kamikawa Yoko", "text": said}]), pred)["quotes"]) == (1, 0, 0)
    no_alias = gold(people=[{"name": "Kamikawa Yoko"}], quotes=[{"speaker": "Kamikawa Yoko", "text": said}])
    assert counts(evaluator.score(no_alias, pred)["quotes"]) == (0, 1, 1)


def test_sector_concept_ids_and_free_text_phrases_normalise(evaluator):
    scores = evaluator.score(gold(agreements=[treaty(sectors=["nuclear energy", "maritime security", "oil and gas"])]),
                             {"agreements": [treaty(sectors=["nuclear-energy", "security", "oil-and-gas"])]})
    assert counts(scores["sectors"]) == (3, 0, 0)


def test_a_sector_given_by_a_hidden_label_is_its_concept(evaluator):
    """"border" is too ambiguous to search for in text ("cross-border trade") but names the borders sector."""
    scores = evaluator.score(gold(agreements=[treaty(sectors=["border", "power"])]),
                             {"agreements": [treaty(sectors=["borders", "energy"])]})
    assert counts(scores["sectors"]) == (2, 0, 0)
