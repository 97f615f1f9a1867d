"""Limits are enforced in kg.query for every backend; a deliberately slow store exists only here."""
import time

import pytest
from rdflib import Literal, URIRef

from kg.errors import Forbidden, QueryError, QueryTimeout, TooManyResults
from kg.query import load_canned_queries, run_query, uses_service
from kg.store import RawResult, get_store
from kg.stores.rdflib_store import RdflibMemoryStore

EX = "http://example.org/"


class SlowStore(RdflibMemoryStore):
    """Blocks before its first row (like a big ORDER BY), then yields rows slowly."""

    name = "slow"

    def query(self, sparql, bindings=None, default_graphs=None, named_graphs=None):
        time.sleep(float(self.path or 0))

        def rows():
            for i in range(100):
                time.sleep(0.05)
                yield (Literal(i),)
        return RawResult("select", variables=["i"], rows=rows())



@pytest.fixture
def filled():
    store = get_store("memory")
    g = URIRef(EX + "g")
    store.replace_graphs({g: [(URIRef(EX + f"s{i}"), URIRef(EX + "p"), Literal(i), g) for i in range(50)]})
    return store


def test_row_limit_is_an_error_not_a_silent_cut(filled):
    with pytest.raises(TooManyResults, match="max_results"):
        run_query(filled, "SELECT * WHERE { ?s ?p ?o }", time_limit_ms=5000, max_results=10)
    assert len(run_query(filled, "SELECT * WHERE { ?s ?p ?o } LIMIT 10", time_limit_ms=5000, max_results=10).rows) == 10


def test_slow_rows_are_cut_off_at_the_deadline():
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="query_time_limit_ms"):
        run_query(SlowStore("0"), "SELECT ?i WHERE {}", time_limit_ms=300, max_results=1000)
    assert time.monotonic() - started < 1.5


def test_a_call_that_blocks_is_abandoned_on_time():
    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        run_query(SlowStore("3"), "SELECT ?i WHERE {}", time_limit_ms=300, max_results=1000)
    assert time.monotonic() - started < 1.5


def test_service_is_refused_unless_allowed(filled):
    query = "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"
    with pytest.raises(Forbidden, match="KG_ALLOW_SERVICE"):
        run_query(filled, query, time_limit_ms=1000, max_results=10)
    assert not uses_service('SELECT * WHERE { ?s ?p "SERVICE" } # SERVICE in a comment')
    assert uses_service("select * { service <x:y> {} }")


def test_empty_query_is_an_error(filled):
    with pytest.raises(QueryError, match="empty"):
        run_query(filled, "  ", time_limit_ms=1000, max_results=10)


def test_a_request_may_lower_the_limit_never_raise_it(kg):
    kg.config = kg.config.replace(query_time_limit_ms=200)
    kg._store = SlowStore("0")
    started = time.monotonic()
    with pytest.raises(QueryTimeout, match="200 ms"):
        kg.query("SELECT ?i WHERE {}", time_limit_ms=60_000)
    assert time.monotonic() - started < 1.5


def test_canned_queries_have_titles_and_declared_params():
    canned = load_canned_queries()
    for q in canned.values():
        assert q.title and q.sparql.strip()
        for p in q.params:
            assert f"?{p.name}" in q.sparql or f"${p.name}" in q.sparql, f"{q.name}: parameter {p.name} unused"


def test_escaped_characters_hide_no_service_keyword():
    """ex:a\\# is a prefixed name with an escaped '#', not the start of a comment that hides SERVICE."""
    assert uses_service("PREFIX ex: <http://e/> SELECT * WHERE { BIND(ex:a\\# AS ?x) SERVICE <http://x/> { ?a ?b ?c } }")
    assert uses_service("SELECT * WHERE { BIND(ex:a\\' AS ?x) SERVICE <http://x/> { ?a ?b ?c } }")


def test_abandoned_queries_are_capped():
    """Queries the engine cannot stop keep their thread; past MAX_RUNNING of them, new ones are refused."""
    from kg import query as query_module
    stores = [SlowStore("1.5") for _ in range(query_module.MAX_RUNNING)]
    for store in stores:
        with pytest.raises(QueryTimeout):
            run_query(store, "SELECT ?i WHERE {}", time_limit_ms=50, max_results=10)
    with pytest.raises(QueryTimeout, match="still running"):
        run_query(SlowStore("0"), "SELECT ?i WHERE {}", time_limit_ms=50, max_results=10)
    time.sleep(1.6)   # the abandoned ones end and free their places
    with pytest.raises(QueryTimeout, match="time limit"):
        run_query(SlowStore("0"), "SELECT ?i WHERE {}", time_limit_ms=50, max_results=10)


@pytest.mark.parametrize("phrase, person", [
    ("the French president", "emmanuel-macron"),      # "French" shares no long start with "France"
    ("the Iranian president", "masoud-pezeshkian"),
    ("Russia's prime minister", "mikhail-mishustin"),
])
def test_an_office_named_by_a_countrys_adjective_is_its_holder(seed_kg, phrase, person):
    from datetime import date
    from kg.ask import resolve_entity
    from kg.namespace import DKG
    assert str(resolve_entity(seed_kg, phrase, (DKG.Person,), on=date(2025, 1, 17))).endswith("person/" + person)
