"""Fixtures for the library's unit tests: a DiploKG over a temporary store, the seed loaded once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import PROJECT_ROOT, load_config
from kg.diplokg import DiploKG

SEED = PROJECT_ROOT / "data" / "articles" / "kayhan-2025-01-17-iran-russia-treaty.txt"


def make_kg(tmp: Path, **settings) -> DiploKG:
    tmp.mkdir(parents=True, exist_ok=True)
    return DiploKG(load_config({"store_path": str(tmp / "store"), **settings}, environ={}))


@pytest.fixture(scope="session")
def seed_kg(tmp_path_factory) -> DiploKG:
    kg = make_kg(tmp_path_factory.mktemp("seed"))
    report = kg.load([SEED])
    assert report.loaded and not report.failed, report.failed
    yield kg
    kg.close()


@pytest.fixture(scope="session")
def corpus_kg(tmp_path_factory) -> DiploKG:
    """Everything in data/articles, as the README's main job loads it."""
    kg = make_kg(tmp_path_factory.mktemp("corpus"))
    report = kg.load([kg.config.articles])
    assert not report.failed, report.failed
    yield kg
    kg.close()


@pytest.fixture(scope="session")
def seed_extraction(seed_kg):
    return seed_kg.extract(SEED)


@pytest.fixture
def kg(tmp_path) -> DiploKG:
    instance = make_kg(tmp_path)
    yield instance
    instance.close()
