"""Competency questions: what a careful reader of the seed article can answer, asked of the graph in SPARQL.

Every ``queries/*.rq`` file is one question.  Its leading comment lines carry

    # question: <the question in English>
    # expected: <value> | <value> ...      (the expected set of the FIRST selected variable, as strings;
                                            "true"/"false" for an ASK query; nothing after the colon = no rows)
    # known-failure: <reason>              (optional: the current extraction gets it wrong; xfail(strict=True))

Other comment lines (``# source:`` ...) are notes for the reader.  The expected answers come from the gold file
``tests/corpus/kayhan-2025-01-17-iran-russia-treaty.gold.yaml`` and the article text, never from the extractor's
output: when the two disagree the question is a known failure, and strict xfail turns a fix into a reminder to
drop the marker.

The seed article is loaded once per session into a temporary on-disk store.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from kg.config import PROJECT_ROOT, load_config
from kg.diplokg import DiploKG

HERE = Path(__file__).resolve().parent
QUERY_DIR = HERE / "queries"
SEED = PROJECT_ROOT / "data" / "articles" / "kayhan-2025-01-17-iran-russia-treaty.txt"
SEED_GOLD = PROJECT_ROOT / "tests" / "corpus" / "kayhan-2025-01-17-iran-russia-treaty.gold.yaml"

#: Questions asked for beyond the gold file's ``questions:`` section (matched case-insensitively).
REQUIRED_EXTRA_QUESTIONS = (
    "Which agreements did Pezeshkian sign in January 2025?",
    "Which agreements did Pezeshkian oversee?",
    "What office did Mishustin hold on 2025-01-17?",
    "Which events took place in Dushanbe?",
    "Which quotes were said by Pezeshkian on 2025-01-16?",
    "Which article and sentence state that the treaty was signed?",
)

_HEADER = re.compile(r"^#\s*(question|expected|known-failure)\s*:(.*)$")


@dataclass(frozen=True)
class Competency:
    path: Path
    question: str
    expected: frozenset[str]
    known_failure: str | None
    sparql: str


def parse(path: Path) -> Competency:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break          # the header is the leading block of comment lines
            continue
        match = _HEADER.match(line)
        if match:
            key = match.group(1)
            if key in meta:
                raise ValueError(f"{path.name}: '# {key}:' given twice")
            meta[key] = match.group(2).strip()
    for key in ("question", "expected"):
        if key not in meta:
            raise ValueError(f"{path.name}: no '# {key}:' line in the leading comments")
    if not meta["question"]:
        raise ValueError(f"{path.name}: empty '# question:'")
    values = frozenset(v.strip() for v in meta["expected"].split(" | ")) if meta["expected"] else frozenset()
    if "known-failure" in meta and not meta["known-failure"]:
        raise ValueError(f"{path.name}: '# known-failure:' needs a reason")
    return Competency(path, meta["question"], values, meta.get("known-failure"), text)


COMPETENCIES = [parse(p) for p in sorted(QUERY_DIR.glob("*.rq"))]


def _param(cq: Competency):
    marks = [pytest.mark.xfail(strict=True, reason=cq.known_failure)] if cq.known_failure else []
    return pytest.param(cq, id=cq.path.stem, marks=marks)


@pytest.fixture(scope="module")
def seed_kg(tmp_path_factory) -> DiploKG:
    kg = DiploKG(load_config({"store_path": str(tmp_path_factory.mktemp("competency") / "store")}, environ={}))
    report = kg.load([SEED])
    assert report.loaded and not report.failed, report.failed
    yield kg
    kg.close()


def _answers(result) -> set[str]:
    if result.kind == "ask":
        return {str(result.boolean).lower()}
    assert result.kind == "select", f"a competency query must be SELECT or ASK, not {result.kind}"
    return {"<unbound>" if row[0] is None else str(row[0]) for row in result.rows}


@pytest.mark.parametrize("cq", [_param(cq) for cq in COMPETENCIES])
def test_competency_question(seed_kg, cq: Competency):
    got = _answers(seed_kg.query(cq.sparql))
    assert got == set(cq.expected), (
        f"{cq.question}\n  expected: {sorted(cq.expected)}\n  got:      {sorted(got)}\n"
        f"  missing:  {sorted(set(cq.expected) - got)}\n  extra:    {sorted(got - set(cq.expected))}")


def _norm(question: str) -> str:
    return " ".join(question.casefold().split())


def test_every_required_question_has_a_query():
    gold = yaml.safe_load(SEED_GOLD.read_text(encoding="utf-8"))
    required = [q["q"] for q in gold["questions"]] + list(REQUIRED_EXTRA_QUESTIONS)
    asked = {_norm(cq.question) for cq in COMPETENCIES}
    missing = [q for q in required if _norm(q) not in asked]
    assert not missing, f"competency questions without a .rq file: {missing}"


def test_questions_are_unique():
    questions = [_norm(cq.question) for cq in COMPETENCIES]
    assert len(questions) == len(set(questions))
