"""What the extractor takes from the seed, checked fact by fact (the scores are in test_eval.py)."""
from kg.extract.gold import as_gold


def by_type(gold, kind):
    return [e for e in gold["events"] if e["type"] == kind]


def test_the_treaty_with_its_signatories_parties_date_and_place(seed_extraction):
    gold = as_gold(seed_extraction)
    treaty = next(a for a in gold["agreements"] if a["kind"] == "treaty")
    assert treaty["name"] == "comprehensive strategic partnership treaty"   # the quoted name beats "broad cooperation pact"
    assert set(treaty["signatories"]) == {"Vladimir Putin", "Masoud Pezeshkian"}
    assert set(treaty["parties"]) == {"Iran", "Russia"}
    assert (treaty["date"], treaty["place"]) == ("2025-01-17", "Moscow")


def test_overseeing_is_not_signing(seed_extraction):
    gold = as_gold(seed_extraction)
    documents = next(a for a in gold["agreements"] if a["kind"] == "documents")
    assert documents["count"] == 23 and documents["signatories"] == []
    assert documents["overseen_by"] == ["Masoud Pezeshkian"]
    assert set(documents["parties"]) == {"Iran", "Tajikistan"}
    assert documents["place"] == "Dushanbe"


def test_sectors_come_from_sentences_about_the_treaty_only(seed_extraction):
    treaty = next(a for a in seed_extraction.agreements if a.kind == "treaty")
    assert {"trade", "defence", "science", "education", "culture", "security"} <= set(treaty.sectors)
    # Mishustin's list and the editorial paragraphs are not about the treaty.
    assert not {"transport", "energy", "tourism", "space", "technology", "health"} & set(treaty.sectors)


def test_relative_dates_follow_the_publish_date(seed_extraction):
    gold = as_gold(seed_extraction)
    assert by_type(gold, "press_conference")[0]["date"] == "2025-01-16"   # "on Thursday", published on a Friday
    assert by_type(gold, "summit")[0]["date"] == "2024"                    # "Last year"
    assert by_type(gold, "summit")[0]["place"] == "Kazan"


def test_quotes_are_attributed_across_sentences(seed_extraction):
    gold = as_gold(seed_extraction)
    speakers = {q["text"][:31]: q["speaker"] for q in gold["quotes"]}
    assert speakers["These ties will defuse their pl"] == "Masoud Pezeshkian"     # a quote with no verb of its own
    assert speakers["this is a complete and comprehe"] == "Abbas Araghchi"         # "He said" after a named speaker
    assert not any(q["text"].startswith("comprehensive strategic") for q in gold["quotes"])  # a quoted name is not speech


def test_people_named_by_office_resolve_to_the_article_people(seed_extraction):
    people = {p["name"]: p for p in as_gold(seed_extraction)["people"]}
    assert "The Iranian president" in people["Masoud Pezeshkian"]["aliases"]
    assert people["Emomali Rahmon"]["country"] == "Tajikistan"


def test_every_item_points_to_an_exact_sentence(seed_extraction):
    text = seed_extraction.article.text
    gold = as_gold(seed_extraction)
    for item in gold["events"] + gold["agreements"] + gold["quotes"]:
        for start, end in item["offsets"]:
            assert 0 <= start < end <= len(text)
    for q in gold["quotes"]:
        (start, end), = q["offsets"]
        assert " ".join(text[start:end].split()).rstrip(",") == q["text"]


def test_a_communique_whose_party_is_a_bloc_is_a_statement_of_the_bloc():
    from kg.extract.pipeline import _bloc_statements
    from kg.extract.records import Agreement, Entity, Event, Extraction
    entities = {"g7": Entity("g7", "organisation", "G7"), "kishida": Entity("kishida", "person", "Fumio Kishida")}
    result = Extraction(None, [], entities=entities,
                        agreements=[Agreement("joint_statement", "communique", 3, parties=["g7"])],
                        events=[Event("statement", 3, roles={"kishida": "participant"}, agreement=0)])
    _bloc_statements(result)
    assert result.events[0].roles == {"kishida": "participant", "g7": "participant"}


def test_who_signed_in_the_sentence_of_a_summit_attended_it():
    from kg.dates import Span
    from kg.extract.pipeline import _summit_signers
    from kg.extract.records import Entity, Event, Extraction
    day = Span.parse("2023-05-19")
    entities = {"china": Entity("china", "country", "China"), "tokayev": Entity("tokayev", "person", "Kassym-Jomart Tokayev")}
    summit = Event("summit", 0, roles={"china": "participant"}, date=day)
    signing = Event("signing", 0, roles={"china": "signer", "tokayev": "signer"}, date=day, evidence=[0, 1])
    _summit_signers(Extraction(None, [], entities=entities, events=[summit, signing]))
    assert summit.roles == {"china": "participant", "tokayev": "participant"}
