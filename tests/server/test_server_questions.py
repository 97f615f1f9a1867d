"""The question API: every canned query on the fixture store, /api/ask on the seed questions, OpenAPI."""
from __future__ import annotations

import pytest

from kg.query import load_canned_queries

R = "https://w3id.org/diplokg/resource/"
TREATY = R + "agreement/iran-russia-agreement-2025-01"
#: One call per canned query (names resolve through the lookup, as a user would type them).
CALLS = {
    "agreements_signed": {"person": "Pezeshkian", "from": "2025-01-01", "to": "2025-01-31"},
    "events_involving": {"actor": "Pezeshkian", "place": "Dushanbe"},
    "who_met": {"person": "Putin"},
    "sectors_of": {"agreement": TREATY},
    "parties_of": {"agreement": TREATY},
    "quotes_by": {"person": "Araghchi"},
    "offices_held": {"person": "Mishustin", "on": "2025-01-17"},
    "agreement_details": {"agreement": TREATY},
    "who_is": {"person": "Mishustin"},
}


def test_every_canned_query_has_a_call():
    assert set(load_canned_queries()) == set(CALLS)


@pytest.mark.parametrize("name", sorted(CALLS))
def test_canned_query_answers_with_evidence(client, name):
    r = client.get(f"/api/{name}", query_string=CALLS[name])
    assert r.status_code == 200, r.json
    answers = r.json["answers"]
    assert answers, r.json["interpretation"]
    for answer in answers:
        assert answer["iri"] and answer["label"]
    assert any(a["evidence"] for a in answers)
    for ev in (e for a in answers for e in a["evidence"]):
        assert ev["sentence"] and ev["article"].startswith(R + "article/")
        begin, end = ev["offsets"]
        assert 0 <= begin < end


def test_agreements_signed_date_range_excludes(client):
    r = client.get("/api/agreements_signed", query_string={"person": "Pezeshkian", "from": "2025-02"})
    assert r.status_code == 200 and r.json["answers"] == []


def test_entity_parameter_accepts_our_iri(client):
    r = client.get("/api/who_met", query_string={"person": R + "person/vladimir-putin"})
    assert R + "person/masoud-pezeshkian" in {a["iri"] for a in r.json["answers"]}


def test_unknown_entity_is_404_json(client):
    r = client.get("/api/who_met", query_string={"person": "Nobody Atall"})
    assert r.status_code == 404 and "Nobody Atall" in r.json["error"]


def test_missing_parameter_is_400(client):
    r = client.get("/api/who_met")
    assert r.status_code == 400 and "person" in r.json["error"]


def test_unknown_question_is_404(client):
    assert client.get("/api/no_such_question").status_code == 404


def test_openapi_lists_every_question(client):
    doc = client.get("/api/openapi.json").json
    assert doc["openapi"].startswith("3.")
    for name in CALLS:
        params = {p["name"] for p in doc["paths"][f"/api/{name}"]["get"]["parameters"]}
        assert params == {p.name for p in load_canned_queries()[name].params}
    assert "/api/ask" in doc["paths"]


SEED_QUESTIONS = [
    ("which agreements did Pezeshkian sign in January 2025", TREATY),
    ("whom did Putin meet", R + "person/masoud-pezeshkian"),
    ("which sectors does the Iran-Russia treaty cover", "https://w3id.org/diplokg/sector/trade"),
    ("when and where was the Iran-Russia treaty signed", TREATY),
    ("what did Araghchi say", None),
    ("what did Pezeshkian do in Dushanbe", None),
    ("who is Mishustin", R + "person/mikhail-mishustin"),
    ("which agreements did the Iranian president sign in January 2025", TREATY),
]


@pytest.mark.parametrize("question, expected", SEED_QUESTIONS)
def test_ask_seed_questions(client, question, expected):
    r = client.get("/api/ask", query_string={"q": question, "today": "2025-01-20"})
    assert r.status_code == 200
    body = r.json
    assert body["understood"] and body["answers"], body["interpretation"]
    assert body["sparql"].lstrip().startswith("# title:")
    assert all(a["evidence"] for a in body["answers"])
    if expected:
        assert expected in {a["iri"] for a in body["answers"]}


def test_ask_when_and_where_gives_date_and_place(client):
    body = client.get("/api/ask", query_string={"q": "when and where was it signed", "context": TREATY}).json
    facts = body["answers"][0]["facts"]
    assert "2025-01-17" in facts["date"] and "Moscow" in facts["place"]


def test_ask_dushanbe_events_are_there(client):
    body = client.get("/api/ask", query_string={"q": "what did Pezeshkian do in Dushanbe"}).json
    assert all("Dushanbe" in a["facts"]["placeName"] for a in body["answers"])


def test_ask_last_week_is_relative_to_today(client):
    body = client.get("/api/ask", query_string={"q": "what happened between Iran and Russia last week", "today": "2025-01-20"}).json
    assert body["params"]["from"] == "2025-01-13" and body["params"]["to"] == "2025-01-19"
    assert body["answers"]


def test_ask_unanswerable_lists_what_it_can(client):
    body = client.get("/api/ask", query_string={"q": "how tall is the tallest diplomat"}).json
    assert body["understood"] is False and body["answers"] == []
    assert "can't answer" in body["interpretation"]
    assert {"agreements_signed", "who_met"} <= {item["name"] for item in body["can_answer"]}
