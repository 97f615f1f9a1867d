"""Hard cases for the extractor, one small synthetic article each (written for these tests, in the input layout).

Every article uses people, countries and agencies of data/reference, so a failure is the extractor's and not a
name the gazetteer does not know.  Cases the extractor gets wrong today are kept, marked xfail(strict=True) with
what goes wrong; when one is fixed, the strict mark fails and should be removed.
"""
from __future__ import annotations

import itertools

import pytest

from kg.extract.gold import as_gold

from .conftest import make_kg

FRIDAY = "17 January 2025 - 22:05"      # a Friday
WEDNESDAY = "15 January 2025 - 09:00"   # a Wednesday


def article(*paragraphs: str, published: str = FRIDAY, outlet: str = "example.org", news_id: str = "1",
            title: str = "Test article") -> str:
    """Line 1 the outlet, line 2 the news id, line 3 the publish date, line 4 the title, then one paragraph a line."""
    return "\n".join([outlet, f"News ID: {news_id}", f"Publish Date : {published}", title, *paragraphs]) + "\n"


@pytest.fixture(scope="module")
def diplokg(tmp_path_factory):
    kg = make_kg(tmp_path_factory.mktemp("hard-cases"))
    yield kg
    kg.close()


@pytest.fixture
def extract(diplokg, tmp_path):
    """extract(text) -> the extraction of that article in the gold format."""
    counter = itertools.count()

    def run(text: str) -> dict:
        path = tmp_path / f"article-{next(counter)}.txt"
        path.write_text(text, encoding="utf-8")
        return as_gold(diplokg.extract(path))
    return run


def events(gold: dict, kind: str, status: str | None = None) -> list[dict]:
    """Events of a type; ``status`` "happened" for the facts, or "planned"/"invited"."""
    found = [e for e in gold["events"] if e["type"] == kind]
    if status is not None:
        found = [e for e in found if e.get("status", "happened") == status]
    return found


def one(items: list):
    assert len(items) == 1, items
    return items[0]


def agreement(gold: dict, kind: str) -> dict:
    return one([a for a in gold["agreements"] if a["kind"] == kind])


def quote_starting(gold: dict, start: str) -> dict:
    return one([q for q in gold["quotes"] if q["text"].startswith(start)])


# -- dates ------------------------------------------------------------------------------------------------------

def test_friday_in_an_article_published_on_a_friday_is_that_day(extract):
    gold = extract(article(
        "MOSCOW — Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a comprehensive "
        "strategic partnership treaty Friday.",
        "Putin said the treaty would strengthen ties between the two countries."))
    signing = one(events(gold, "signing"))
    assert (signing["date"], signing["date_inferred"]) == ("2025-01-17", False)
    assert agreement(gold, "treaty")["date"] == "2025-01-17"


def test_on_wednesday_is_the_wednesday_before(extract):
    gold = extract(article(
        "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Beijing on Wednesday.",
        "The two leaders discussed trade and energy cooperation."))
    talks = one(events(gold, "meeting"))
    assert set(talks["participants"]) == {"Xi Jinping", "Vladimir Putin"}
    assert talks["date"] == "2025-01-15"


def test_yesterday_is_the_day_before_publication(extract):
    gold = extract(article(
        "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi yesterday.",
        "The two presidents discussed the situation in Syria and gas supplies."))
    meeting = one(events(gold, "meeting"))
    assert meeting["date"] == "2025-01-16"
    assert meeting["place"] == "Sochi"


@pytest.mark.parametrize("lead, then, kind", [
    # "Tashkent, 23 December (UzA). Yesterday, ...": the dateline's date is the report's, not the story's day
    ("Tashkent, 17 January (UzA). Yesterday, following the talks between Uzbek President Shavkat Mirziyoyev and Kazakh "
     "President Kassym-Jomart Tokayev, a ceremony of signing documents took place.",
     "The heads of state signed a treaty on allied relations.", "signing"),
    # "earlier in the day" is the day just told, not the report's
    ("Indian Prime Minister Narendra Modi signed a memorandum with UAE President Mohamed bin Zayed Al Nahyan in Abu "
     "Dhabi yesterday.",
     "Earlier in the day, Modi held talks with Dubai ruler Mohammed bin Rashid Al Maktoum.", "meeting"),
])
def test_the_next_sentence_keeps_the_day_the_lead_told(extract, lead, then, kind):
    gold = extract(article(lead, then))
    assert one(events(gold, kind))["date"] == "2025-01-16"


def test_last_july_is_the_july_before_publication(extract):
    gold = extract(article(
        "Indian Prime Minister Narendra Modi visited Moscow last July for his first trip to Russia since 2019.",
        "New Delhi has since increased its purchases of Russian oil."))
    visit = one(events(gold, "visit"))
    assert visit["participants"] == ["Narendra Modi"]
    assert (visit["date"], visit["place"]) == ("2024-07", "Moscow")


@pytest.mark.parametrize("published", ["10 October 2024 - 09:00", "20 July 2024 - 09:00", FRIDAY])
def test_in_july_without_a_year_is_the_last_july_up_to_publication(extract, published):
    gold = extract(article(
        "Indian Prime Minister Narendra Modi visited Moscow in July and held talks with Russian President Vladimir Putin.",
        "The two leaders discussed trade, energy and defence cooperation.", published=published))
    assert one(events(gold, "visit"))["date"] == "2024-07"


def test_a_range_without_a_year_is_a_range_in_the_publication_year(extract):
    gold = extract(article(
        "Chinese President Xi Jinping paid a state visit to Russia from March 6 through March 10, his first foreign trip of the year.",
        "Xi and Russian President Vladimir Putin held talks in Moscow during the visit.",
        published="12 March 2025 - 10:00"))
    visit = one(events(gold, "visit"))
    assert visit["participants"] == ["Xi Jinping"]
    assert visit["date"] == "2025-03-06/2025-03-10"


def test_an_absolute_date_in_an_article_published_days_later_keeps_its_own_day(extract):
    gold = extract(article(
        "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a comprehensive strategic "
        "partnership treaty in Moscow on January 17.",
        "Officials in Tehran said the treaty would deepen cooperation in trade and energy.",
        published="21 January 2025 - 08:00"))
    signing = one(events(gold, "signing"))
    assert (signing["date"], signing["date_inferred"]) == ("2025-01-17", False)
    assert agreement(gold, "treaty")["date"] == "2025-01-17"


def test_dates_keep_the_precision_the_text_gives(extract):
    gold = extract(article(
        "Russian President Vladimir Putin visited Tehran last year and held talks with Iranian officials.",
        "Iranian President Masoud Pezeshkian visited Moscow last October for talks with Putin.",
        "Pezeshkian met Putin in Moscow on Friday."))
    visits = {e["participants"][0]: e["date"] for e in events(gold, "visit")}
    assert visits == {"Vladimir Putin": "2024", "Masoud Pezeshkian": "2024-10"}
    assert "2025-01-17" in {e["date"] for e in events(gold, "meeting")}


def test_a_future_weekday_in_the_lead_does_not_date_the_story_backwards(extract):
    gold = extract(article(
        "TEHRAN — Iranian President Masoud Pezeshkian will travel to Moscow on Friday, where he and Russian President "
        "Vladimir Putin will sign a comprehensive strategic partnership treaty.",
        "The treaty covers trade, energy and defence.",
        "Foreign Minister Abbas Araghchi said the text had been finalized in the summer.",
        published=WEDNESDAY))
    assert {e["date"] for e in gold["events"]} <= {"2025-01-15", "2025-01-17"}


def test_a_planned_signing_takes_the_day_of_the_talks_it_is_coordinated_with(extract):
    gold = extract(article(
        "Iranian President Masoud Pezeshkian arrived in Dushanbe on Wednesday.",
        "He is scheduled to hold talks with Tajik President Emomali Rahmon on Thursday, and the two presidents are "
        "expected to sign a trade agreement.",
        published=WEDNESDAY))
    assert one(events(gold, "signing", "planned"))["date"] == "2025-01-16"


# -- tense and status -------------------------------------------------------------------------------------------

def test_will_sign_is_a_planned_signing_never_a_fact(extract):
    gold = extract(article(
        "TEHRAN — Iranian President Masoud Pezeshkian will travel to Moscow on Friday, where he and Russian President "
        "Vladimir Putin will sign a comprehensive strategic partnership treaty.",
        "The treaty covers trade, energy and defence.",
        published=WEDNESDAY))
    assert events(gold, "signing", "happened") == []
    signing = one(events(gold, "signing", "planned"))
    assert set(signing["participants"]) == {"Masoud Pezeshkian", "Vladimir Putin"}
    assert signing["date"] == "2025-01-17"     # the coming Friday, not the one before
    treaty = agreement(gold, "treaty")
    assert treaty.get("status") == "planned"
    assert one(events(gold, "visit"))["status"] == "planned"


def test_talks_held_before_what_was_agreed_happened(extract):
    # the parser reads "held" as a modifier of "talks", under the infinitive "to elevate"
    gold = extract(article(
        "NEW DELHI — Egypt and India agreed yesterday to elevate their relations to a strategic partnership after "
        "President Abdel-Fattah El-Sisi held talks with Indian Prime Minister Narendra Modi at Hyderabad House in New Delhi.",
        published="26 January 2023 - 10:00"))
    talks = one(events(gold, "meeting"))
    assert talks.get("status", "happened") == "happened" and talks["date"] == "2023-01-25"


def test_are_expected_to_sign_is_planned(extract):
    gold = extract(article(
        "Iranian President Masoud Pezeshkian arrived in Dushanbe on Wednesday.",
        "He is scheduled to hold talks with Tajik President Emomali Rahmon on Thursday, and the two presidents are "
        "expected to sign a trade agreement.",
        published=WEDNESDAY))
    assert events(gold, "signing", "happened") == []
    assert set(one(events(gold, "signing", "planned"))["participants"]) == {"Masoud Pezeshkian", "Emomali Rahmon"}
    assert agreement(gold, "agreement").get("status") == "planned"
    assert one(events(gold, "meeting"))["status"] == "planned"
    assert one(events(gold, "visit")).get("status") is None     # the arrival did happen


def test_could_finalize_or_could_sign_is_not_a_fact(extract):
    gold = extract(article(
        "Russian President Vladimir Putin held talks with Turkish President Recep Tayyip Erdogan in Sochi on Friday.",
        "The two leaders could finalize a gas hub agreement next month, officials said.",
        "They could also sign a new trade agreement in Ankara.",
        "Erdogan said the talks had been productive."))
    assert events(gold, "signing", "happened") == []
    assert events(gold, "signing", "planned"), "'could also sign' is a planned signing"
    assert all(a.get("status") == "planned" for a in gold["agreements"]), gold["agreements"]
    assert one(events(gold, "meeting"))["date"] == "2025-01-17"


def test_an_invitation_to_visit_is_invited_not_a_visit(extract):
    gold = extract(article(
        "Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin in Moscow on Tuesday.",
        "Modi invited Putin to visit India next year.",
        published="10 July 2024 - 12:00"))
    assert events(gold, "visit", "happened") == []
    invitation = one(events(gold, "visit", "invited"))
    assert invitation["roles"] == {"Narendra Modi": "host", "Vladimir Putin": "guest"}
    assert invitation["place"] == "India"


# -- roles ------------------------------------------------------------------------------------------------------

def test_signing_overseeing_and_in_the_presence_of_are_different_relations(extract):
    gold = extract(article(
        "DUSHANBE — Iranian President Masoud Pezeshkian and his Tajik counterpart Emomali Rahmon oversaw the signing "
        "of 23 documents on Thursday.",
        "The foreign ministers of the two countries, Abbas Araghchi and Sirojiddin Muhriddin, signed a memorandum on "
        "consular cooperation in the presence of the two presidents."))
    presidents = {"Masoud Pezeshkian", "Emomali Rahmon"}
    documents = agreement(gold, "documents")
    assert documents["signatories"] == [] and set(documents["overseen_by"]) == presidents
    memorandum = agreement(gold, "memorandum")
    assert set(memorandum["signatories"]) == {"Abbas Araghchi", "Sirojiddin Muhriddin"}
    assert set(memorandum["overseen_by"]) == presidents
    for signing in events(gold, "signing"):
        assert all(signing["roles"][p] == "overseer" for p in presidents)


@pytest.mark.parametrize("saying", [
    "Presenting the treaty to lawmakers, Deputy Foreign Minister Andrey Rudenko said it was no military alliance.",
    "Deputy Foreign Minister Andrey Rudenko said in his speech to the session that it was no military alliance.",
    "During the debate, Deputy Foreign Minister Andrey Rudenko argued that it was no military alliance."])
def test_words_spoken_at_the_session_are_its_quotes_not_a_statement(extract, saying):
    """GOLD-FORMAT: words spoken at an event already listed are quotes of that event."""
    gold = extract(article(
        "Russia's State Duma ratified the comprehensive strategic partnership treaty with Iran on Tuesday.",
        saying, '"It strengthens both countries," he said.'))
    assert events(gold, "statement") == []


def test_words_in_a_video_address_or_to_a_broadcaster_are_a_statement(extract):
    gold = extract(article(
        "Russia's State Duma ratified the comprehensive strategic partnership treaty with Iran on Tuesday.",
        "Ukrainian President Volodymyr Zelensky said in his nightly video address that the treaty changed nothing."))
    assert [e["participants"] for e in events(gold, "statement")] == [["Volodymyr Zelensky"]]


def test_a_statement_issued_by_a_ministry_is_the_ministrys_statement(extract):
    gold = extract(article(
        "The Russian Foreign Ministry issued a statement on Sunday condemning the strikes on Iranian nuclear facilities.",
        "Moscow called for an immediate halt to the escalation.",
        published="22 June 2025 - 18:00"))
    statement = one(events(gold, "statement"))
    assert statement["participants"] == ["Ministry of Foreign Affairs of Russia"]
    assert statement["date"] == "2025-06-22"     # "on Sunday", published on a Sunday


def test_the_statement_said_after_a_ministry_issued_it_is_the_ministrys_quote(extract):
    gold = extract(article(
        "The Russian Foreign Ministry issued a statement on Sunday condemning the strikes on Iranian nuclear facilities.",
        "\"The strikes are a gross violation of international law and of the UN Charter,\" the statement said.",
        published="22 June 2025 - 18:00"))
    assert quote_starting(gold, "The strikes are a gross violation")["speaker"] == "Ministry of Foreign Affairs of Russia"


def test_a_joint_statement_is_the_speaker_of_its_own_words(extract):
    gold = extract(article(
        "Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a comprehensive strategic "
        "partnership treaty in Moscow on Friday.",
        "\"The two countries will expand cooperation in trade, energy and transport,\" said a joint statement issued "
        "after the ceremony."))
    quote = quote_starting(gold, "The two countries will expand")
    statement = next(a for a in gold["agreements"] if a["kind"] == "joint_statement")
    assert quote["document"] == statement["name"] and quote["speaker"] == statement["name"]


def test_hosted_makes_a_host_and_a_guest(extract):
    gold = extract(article(
        "Tajik President Emomali Rahmon hosted Iranian President Masoud Pezeshkian at the Palace of Nations in Dushanbe on Thursday.",
        "The two presidents held talks on trade and transport."))
    meeting = one(events(gold, "meeting"))
    assert meeting["roles"] == {"Emomali Rahmon": "host", "Masoud Pezeshkian": "guest"}
    assert meeting["date"] == "2025-01-16"


@pytest.mark.xfail(strict=True, reason="the small spaCy model parses 'Rahmon hosted Pezeshkian at the Palace of Nations.' "
                   "as a noun phrase ('hosted' an adjective, 'Pezeshkian' the root), so no hosted meeting is found")
def test_hosted_between_two_surnames(extract):
    gold = extract(article(
        "DUSHANBE — Iranian President Masoud Pezeshkian and his Tajik counterpart Emomali Rahmon oversaw the signing "
        "of 23 documents on Thursday.",
        "Rahmon hosted Pezeshkian at the Palace of Nations."))
    assert one(events(gold, "meeting"))["roles"] == {"Emomali Rahmon": "host", "Masoud Pezeshkian": "guest"}


def test_visited_makes_the_visitor_a_guest_at_the_place(extract):
    gold = extract(article(
        "Chinese President Xi Jinping visited Moscow on Monday at the invitation of Russian President Vladimir Putin.",
        "Putin hosted Xi at the Kremlin for an informal dinner.",
        published="22 March 2023 - 08:00"))
    visit = one(events(gold, "visit"))
    assert visit["roles"] == {"Xi Jinping": "guest"}
    assert (visit["place"], visit["date"]) == ("Moscow", "2023-03-20")
    assert one(events(gold, "meeting"))["roles"] == {"Vladimir Putin": "host", "Xi Jinping": "guest"}


# -- people named by office -------------------------------------------------------------------------------------

def test_the_iranian_president_and_his_tajik_counterpart_are_people(extract):
    gold = extract(article(
        "Masoud Pezeshkian arrived in Dushanbe on Wednesday for a two-day state visit.",
        "The Iranian president held talks with his Tajik counterpart on Thursday.",
        "The two presidents discussed trade and transport links."))
    talks = one(events(gold, "meeting"))
    assert set(talks["participants"]) == {"Masoud Pezeshkian", "Emomali Rahmon"}
    assert talks["date"] == "2025-01-16"
    people = {p["name"]: p for p in gold["people"]}
    assert set(people) == {"Masoud Pezeshkian", "Emomali Rahmon"}     # no third person called "the Iranian president"
    assert "The Iranian president" in people["Masoud Pezeshkian"]["aliases"]
    assert "his Tajik counterpart" in people["Emomali Rahmon"]["aliases"]


def test_the_indian_leader_is_the_prime_minister_named_not_the_president_of_the_data(extract):
    gold = extract(article(
        "Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin in Moscow yesterday.",
        "Putin then conferred on the Indian leader the Order of St Andrew."))
    assert "Droupadi Murmu" not in [p["name"] for p in gold["people"]]


def test_the_leader_is_the_one_in_office_not_a_predecessor_named_since(extract):
    gold = extract(article(
        "Australian Prime Minister Anthony Albanese met Japanese Prime Minister Fumio Kishida in Perth on Saturday.",
        "They updated a declaration that Kishida's predecessor and former Australian Prime Minister John Howard signed in 2007.",
        '"We are close partners," the Australian leader said.'))
    assert [q["speaker"] for q in gold["quotes"]] == ["Anthony Albanese"]


def test_a_quote_of_the_office_is_the_named_persons(extract):
    gold = extract(article(
        "Iranian President Masoud Pezeshkian held talks with his Tajik counterpart, Emomali Rahmon, in Dushanbe on Thursday.",
        "\"Our two nations share a common language and a common culture,\" the Iranian president said."))
    assert quote_starting(gold, "Our two nations")["speaker"] == "Masoud Pezeshkian"
    assert set(one(events(gold, "meeting"))["participants"]) == {"Masoud Pezeshkian", "Emomali Rahmon"}


# -- capitals for governments -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, parties", [
    (article("Moscow and Tehran signed a comprehensive strategic partnership treaty on Friday.",
             "Western governments criticised the deal."), {"Russia", "Iran"}),
    (article("Moscow and Pyongyang signed a mutual defence treaty on Wednesday during a summit in the North Korean capital.",
             "The treaty obliges each side to provide military assistance if the other is attacked.",
             published="20 June 2024 - 09:00"), {"Russia", "North Korea"}),
])
def test_capitals_standing_for_governments_are_country_parties(extract, text, parties):
    gold = extract(text)
    treaty = agreement(gold, "treaty")
    assert set(treaty["parties"]) == parties
    assert set(one(events(gold, "signing"))["participants"]) == parties


# -- quotes -----------------------------------------------------------------------------------------------------

def test_he_said_in_the_sentence_after_a_named_speaker(extract):
    gold = extract(article(
        "Russian Foreign Minister Sergey Lavrov met Iranian Foreign Minister Abbas Araghchi in Moscow on Friday.",
        "Lavrov praised the new treaty between the two countries.",
        "\"This treaty opens a new chapter in our relations with Iran,\" he said.",
        "\"We will work together on energy and transport,\" he added."))
    assert quote_starting(gold, "This treaty opens")["speaker"] == "Sergey Lavrov"
    assert quote_starting(gold, "We will work together")["speaker"] == "Sergey Lavrov"


def test_an_agency_quoting_a_person_is_via_not_the_speaker(extract):
    gold = extract(article(
        "Kremlin spokesman Dmitry Peskov spoke about the treaty with Iran on Friday.",
        "TASS quoted Peskov as saying: \"The treaty is not directed against any third country.\""))
    q = quote_starting(gold, "The treaty is not directed")
    assert (q["speaker"], q.get("via")) == ("Dmitry Peskov", "TASS")


def test_a_quote_told_to_an_agency_keeps_the_agency_as_via(extract):
    gold = extract(article(
        "Kremlin spokesman Dmitry Peskov spoke about the treaty with Iran on Friday.",
        "\"The treaty is not directed against any third country,\" Peskov told TASS."))
    q = quote_starting(gold, "The treaty is not directed")
    assert (q["speaker"], q.get("via")) == ("Dmitry Peskov", "TASS")


def test_quoted_by_an_agency_as_saying_keeps_the_agency_as_via(extract):
    gold = extract(article(
        "Iranian Foreign Minister Abbas Araghchi spoke about the treaty with Russia on Friday.",
        "Araghchi was quoted by IRNA as saying: \"Our relations with Russia are strategic and long-term.\""))
    q = quote_starting(gold, "Our relations with Russia")
    assert (q["speaker"], q.get("via")) == ("Abbas Araghchi", "IRNA")


def test_a_quote_left_unclosed_runs_to_the_end_of_its_paragraph(extract):
    gold = extract(article(
        "Iranian President Masoud Pezeshkian spoke to reporters in Moscow on Friday after signing the treaty with "
        "Russian President Vladimir Putin.",
        "He added: \"These ties will serve the security of the whole region and will defuse the plots of our enemies.",
        "Putin said the treaty was a real breakthrough."))
    q = quote_starting(gold, "These ties will serve")
    assert q["speaker"] == "Masoud Pezeshkian"
    assert q["text"].endswith("plots of our enemies.")      # to the paragraph's end, and no further
    assert len(gold["quotes"]) == 1


# -- sectors ----------------------------------------------------------------------------------------------------

def test_sectors_tied_to_the_treaty_are_kept_and_another_speakers_list_is_not(extract):
    gold = extract(article(
        "MOSCOW — Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a comprehensive "
        "strategic partnership treaty on Friday.",
        "The treaty covers cooperation in trade, defense, science and culture.",
        "Separately, Russian Prime Minister Mikhail Mishustin said: \"We are working actively to deepen cooperation "
        "in the transport, tourism and health sectors.\""))
    assert agreement(gold, "treaty")["sectors"] == ["culture", "defence", "science", "trade"]
    assert quote_starting(gold, "We are working actively")["speaker"] == "Mikhail Mishustin"


@pytest.mark.parametrize("words, concept", [
    ("defense", "defence"),
    ("military-technical cooperation", "defence"),
    ("oil and gas", "oil-and-gas"),
    ("nuclear energy", "nuclear-energy"),
    ("transportation", "transport"),
    ("healthcare", "health"),
    ("small and medium-sized enterprises", "smes"),
    ("gender equality", "gender-equality"),
    ("government procurement", "procurement"),
    ("the rule of law", "governance"),
])
def test_sector_words_map_to_the_skos_concepts(extract, words, concept):
    gold = extract(article(
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty on Wednesday.",
        f"The treaty provides for cooperation in {words}.",
        published="20 June 2024 - 09:00"))
    assert agreement(gold, "treaty")["sectors"] == [concept]


# -- counts and kinds -------------------------------------------------------------------------------------------

def test_23_memoranda_of_understanding_are_one_memorandum_set_of_23(extract):
    gold = extract(article(
        "Indian Prime Minister Narendra Modi held talks with Russian President Vladimir Putin in Moscow on Tuesday.",
        "After the talks, the two sides signed 23 memoranda of understanding on trade, energy and education.",
        published="10 July 2024 - 12:00"))
    memoranda = agreement(gold, "memorandum")     # the gold format's kind; "three memoranda" is kind memorandum, count 3
    assert memoranda["count"] == 23
    assert set(memoranda["parties"]) == {"India", "Russia"}
    assert memoranda["date"] == "2024-07-09"


def test_a_signed_set_named_member_by_member_is_its_members(extract):
    gold = extract(article(
        "Malaysian Prime Minister Anwar Ibrahim and Singapore Prime Minister Lee Hsien Loong witnessed the signing of a "
        "memorandum of understanding on a special economic zone in Putrajaya on Thursday.",
        "The two leaders also witnessed the exchange of two other MOUs, on cooperation in the digital economy and on "
        "personal data protection.",
        published="12 January 2024 - 08:00"))
    names = [a["name"] for a in gold["agreements"]]
    assert len(names) == 3 and not any(a["count"] for a in gold["agreements"])
    assert names[1:] == ["memorandum on cooperation in the digital economy", "memorandum on personal data protection"]
    assert len(events(gold, "signing")) == 3   # one item per memorandum, each overseen by the two leaders


def test_13_documents_are_a_document_set_of_13(extract):
    gold = extract(article(
        "Iranian and Tajik officials signed 13 documents in Dushanbe on Wednesday at a business forum.",
        "The documents cover trade, tourism and agriculture.",
        published="15 January 2025 - 12:00"))
    documents = agreement(gold, "documents")
    assert documents["count"] == 13
    assert (documents["date"], documents["place"]) == ("2025-01-15", "Dushanbe")


def test_demonyms_of_the_signers_give_the_parties(extract):
    gold = extract(article(
        "Iranian and Tajik officials signed 13 documents in Dushanbe on Wednesday at a business forum.",
        "The documents cover trade, tourism and agriculture.",
        published="15 January 2025 - 12:00"))
    assert set(agreement(gold, "documents")["parties"]) == {"Iran", "Tajikistan"}


def test_a_joint_statement_is_its_own_kind(extract):
    gold = extract(article(
        "Chinese President Xi Jinping and Russian President Vladimir Putin signed a joint statement on deepening their "
        "comprehensive strategic partnership in Moscow on Tuesday.",
        "The joint statement calls for closer cooperation in energy and space.",
        published="22 March 2023 - 08:00"))
    statement = agreement(gold, "joint_statement")
    assert set(statement["parties"]) == {"China", "Russia"}
    assert set(statement["signatories"]) == {"Xi Jinping", "Vladimir Putin"}
    assert statement["count"] is None and statement["date"] == "2023-03-21"
    assert statement["sectors"] == ["energy", "space"]


def test_a_treaty_name_does_not_swallow_the_place_after_it(extract):
    gold = extract(article(
        "Russia and Iran signed the Treaty on Comprehensive Strategic Partnership in Moscow on January 17.",
        published="20 January 2025 - 10:00"))
    assert agreement(gold, "treaty")["name"] == "Treaty on Comprehensive Strategic Partnership"


# -- across articles --------------------------------------------------------------------------------------------

TREATY_ARTICLES = """
SELECT ?treaty (GROUP_CONCAT(DISTINCT STR(?party); separator=" ") AS ?parties) (COUNT(DISTINCT ?article) AS ?articles)
WHERE { ?treaty a dkg:Treaty ; dkg:party ?party ; dkg:evidence ?sentence . ?sentence dkg:inArticle ?article }
GROUP BY ?treaty
"""


def treaties(kg) -> list[tuple[tuple[str, ...], int]]:
    """One (party keys, number of articles with evidence of it) per treaty resource in the store."""
    return sorted((tuple(sorted(p.rsplit("/", 1)[-1] for p in str(r["parties"]).split())), int(r["articles"]))
                  for r in kg.query(TREATY_ARTICLES).records())


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_one_treaty_under_two_names_in_two_articles_is_one_resource(kg, tmp_path):
    first = write(tmp_path, "a.txt", article(
        "MOSCOW — Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a comprehensive "
        "strategic partnership treaty on Friday.",
        "The treaty covers trade, energy and defence.", outlet="kayhan.ir", news_id="100"))
    second = write(tmp_path, "b.txt", article(
        "Russia and Iran signed the Treaty on Comprehensive Strategic Partnership on January 17 in Moscow.",
        "Iranian Foreign Minister Abbas Araghchi said the pact was not a military alliance.",
        outlet="tass.com", news_id="200", published="20 January 2025 - 10:00"))
    report = kg.load([first, second])
    assert len(report.loaded) == 2 and not report.failed, report.failed
    assert treaties(kg) == [(("iran", "russia"), 2)]


def test_a_russia_iran_and_a_russia_north_korea_treaty_stay_two_resources(kg, tmp_path):
    iran = write(tmp_path, "a.txt", article(
        "MOSCOW — Russian President Vladimir Putin and Iranian President Masoud Pezeshkian signed a comprehensive "
        "strategic partnership treaty on Friday.", outlet="kayhan.ir", news_id="100"))
    korea = write(tmp_path, "b.txt", article(
        "PYONGYANG — Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a comprehensive "
        "strategic partnership treaty on Wednesday.",
        "The treaty includes a mutual defence clause.", outlet="reuters.com", news_id="300", published="19 June 2024 - 20:00"))
    report = kg.load([iran, korea])
    assert len(report.loaded) == 2 and not report.failed, report.failed
    assert treaties(kg) == [(("iran", "russia"), 1), (("north-korea", "russia"), 1)]


# -- added with the second round of extraction work -------------------------------------------------------------

def test_ministers_sign_the_agreement_their_portfolio_names(extract):
    gold = extract(article(
        "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty in Pyongyang on Wednesday.",
        "Ministers of the two governments also signed an agreement to build a road bridge across the Tumen River, "
        "which forms part of their border, and an agreement on cooperation in public health and medical education. "
        "Russian Transport Minister Roman Starovoit and Health Minister Mikhail Murashko signed for Moscow."))
    bridge = one([a for a in gold["agreements"] if "transport" in a["sectors"]])
    health = one([a for a in gold["agreements"] if "health" in a["sectors"]])
    assert (bridge["signatories"], health["signatories"]) == (["Roman Starovoit"], ["Mikhail Murashko"])


def test_separate_talks_on_the_eve_are_two_meetings_the_day_before(extract):
    gold = extract(article(
        "ASTANA – Leaders of the Shanghai Cooperation Organisation signed the Astana Declaration on Thursday at a summit.",
        "On the eve of the summit, Putin held separate talks with Xi Jinping and with Recep Tayyip Erdogan.",
        published="4 July 2024 - 21:30"))
    talks = [e for e in events(gold, "meeting") if "Vladimir Putin" in e["participants"]]
    assert sorted(len(e["participants"]) for e in talks) == [2, 2]
    assert {e["date"] for e in talks} == {"2024-07-03"}


def test_what_the_fund_an_agreement_establishes_will_do_are_its_sectors(extract):
    gold = extract(article(
        "Ukraine and the United States signed an agreement in Washington on Wednesday establishing a joint "
        "reconstruction investment fund.",
        "The fund will invest in the extraction of minerals, oil and gas, and in related infrastructure.",
        published="1 May 2025 - 10:00"))
    assert {"industry", "oil-and-gas", "infrastructure"} <= set(agreement(gold, "agreement")["sectors"])


def test_arrival_and_end_of_one_visit_are_one_visit(extract):
    gold = extract(article(
        "Prime Minister Narendra Modi wrapped up a two-day visit to Russia yesterday after talks with President "
        "Vladimir Putin.",
        "Modi arrived in Moscow on Monday afternoon and was received at the airport by officials.",
        published="10 July 2024 - 07:30"))
    visit = one(events(gold, "visit"))
    assert (visit["date"], visit["place"]) == ("2024-07-08/2024-07-09", "Moscow")


def test_an_invitation_to_dinner_is_a_meeting_not_a_planned_visit(extract):
    gold = extract(article(
        "Indian Prime Minister Narendra Modi arrived in Moscow on Monday for talks with Russian President Vladimir Putin.",
        "In the evening, Putin invited him to an informal dinner at his residence in Novo-Ogaryovo.",
        published="9 July 2024 - 07:30"))
    assert not events(gold, "visit", "invited")
    met = [e for e in events(gold, "meeting") if set(e["participants"]) == {"Vladimir Putin", "Narendra Modi"}]
    assert met and {e["date"] for e in met} == {"2024-07-08"}   # "him" is Modi, not Putin, who invited him


def test_central_banks_sign_for_their_states(extract):
    gold = extract(article(
        "The Reserve Bank of India and the Central Bank of the UAE signed a memorandum of understanding on Tuesday "
        "on settling trade in rupees and dirhams.",
        published="16 July 2023 - 09:00"))
    assert set(agreement(gold, "memorandum")["parties"]) == {"India", "United Arab Emirates"}


def test_a_background_signing_is_an_event_of_its_own_day(extract):
    """GOLD-FORMAT, background acts: the agreement is background, its signing an event dated as the text dates it."""
    gold = extract(article(
        "China and Russia signed the Treaty of Good-Neighborliness and Friendly Cooperation in 2001.",
        published="14 February 2024 - 09:00"))
    assert [a["date"] for a in gold["background_agreements"]] == ["2001"]
    assert [(e["date"], sorted(e["participants"])) for e in events(gold, "signing")] == [("2001", ["China", "Russia"])]


def test_that_earlier_trip_takes_the_date_told_of_it_and_is_background_a_year_on(extract):
    gold = extract(article(
        "Indian Prime Minister Narendra Modi arrived in Abu Dhabi on Tuesday for a two-day visit.",
        "The visit is Modi's third to the UAE since last July. During that earlier trip, the Reserve Bank of India and "
        "the Central Bank of the UAE signed a memorandum on settling trade in rupees and dirhams.",
        "Trade has grown since the Comprehensive Economic Partnership Agreement, signed in February 2022, entered "
        "into force in May that year.",
        published="14 February 2024 - 09:00"))
    assert agreement(gold, "memorandum")["date"] == "2023-07"
    assert "2023-07" in [e["date"] for e in events(gold, "signing")]
    assert [a["date"] for a in gold["background_agreements"]] == ["2022-02"]


def test_the_framework_after_a_framework_was_signed_is_that_agreement(extract):
    gold = extract(article(
        "Kenya and the United States signed a five-year defence framework in Nairobi on Monday.",
        "According to the ministry, the framework will expand cooperation in counter-terrorism and maritime security.",
        published="28 September 2023 - 10:00"))
    assert {"counter-terrorism", "security"} <= set(agreement(gold, "agreement")["sectors"])


def test_a_visit_told_in_its_city_and_at_its_airport_is_one_visit(extract):
    gold = extract(article(
        "Chinese President Xi Jinping held talks in Riyadh on Thursday during his state visit to Saudi Arabia.",
        "The visit began on Wednesday, when Xi landed at King Khalid International Airport.",
        published="9 December 2022 - 10:00"))
    visit = one(events(gold, "visit"))
    assert visit["place"] in ("Riyadh", "Saudi Arabia") and visit["date"].startswith("2022-12-07")


def test_a_company_and_a_palace_the_model_calls_people_are_not_people(extract):
    gold = extract(article(
        "Turkish President Recep Tayyip Erdogan held talks with Mohamed bin Zayed Al Nahyan at Qasr Al Watan on Wednesday.",
        "Turkish drone maker Baykar signed a contract with the Saudi Defense Ministry on Monday.",
        published="20 July 2023 - 10:00"))
    people = {p["name"] for p in gold["people"]}
    assert not people & {"Baykar", "Qasr Al Watan"}
    assert "Baykar" in gold["organizations"]


def test_a_declaration_signed_months_before_in_another_city_lends_neither_place_nor_day(extract):
    gold = extract(article(
        "Ankara, ANADOLU – Turkish President Recep Tayyip Erdogan hosted his Egyptian counterpart Abdel Fattah al-Sisi "
        "in Ankara on Wednesday, in the first visit by an Egyptian head of state to Türkiye in 12 years.",
        "The two leaders co-chaired the first meeting of the cooperation council, which was restructured under a joint "
        "declaration they signed in Cairo on Feb. 14.",
        "After the council meeting, ministers of the two countries signed 17 agreements in the presence of Erdogan and Sisi.",
        published="4 September 2024 - 19:25"))
    ceremony = one([e for e in events(gold, "signing") if e["agreement"] == "17 agreements"])
    assert (ceremony["date"], ceremony["place"]) == ("2024-09-04", "Ankara")
    visit = one(events(gold, "visit"))
    assert visit["roles"]["Abdel Fattah el-Sisi"] == "guest" and visit["roles"].get("Recep Tayyip Erdoğan") != "guest"


def test_leaders_of_two_countries_who_agreed_met_and_after_the_talks_is_their_day(extract):
    gold = extract(article(
        "TOKYO, March 17 (Yonhap) -- President Yoon Suk Yeol wrapped up a two-day visit to Japan on Friday, a day after "
        "he and Prime Minister Fumio Kishida agreed to resume regular visits between the leaders of the two countries.",
        "Thursday's summit at the prime minister's office in Tokyo was the first such visit in 12 years.",
        "At a joint press conference after the talks, the two leaders said they would restart the security dialogue.",
        published="17 March 2023 - 18:00"))
    talks = one(events(gold, "meeting"))
    assert set(talks["participants"]) == {"Yoon Suk Yeol", "Fumio Kishida"} and talks["date"] == "2023-03-16"
    assert talks["place"] == "Tokyo"
    press = one(events(gold, "press_conference"))
    assert set(press["participants"]) == {"Yoon Suk Yeol", "Fumio Kishida"} and press["date"] == "2023-03-16"


def test_someone_elses_visit_told_later_does_not_carry_out_the_plan(extract):
    gold = extract(article(
        "President Volodymyr Zelensky will travel to Germany and France on Friday, his office said on Thursday.",
        "The United Kingdom was the first country to conclude such an agreement, signed during British Prime Minister "
        "Rishi Sunak's visit to Kyiv on Jan. 12.",
        published="15 February 2024 - 21:10"))
    plan = one([e for e in events(gold, "visit") if "Volodymyr Zelensky" in e["participants"]])
    assert (plan.get("status"), plan["date"]) == ("planned", "2024-02-16")
    sunak = one([e for e in events(gold, "visit") if "Rishi Sunak" in e["participants"]])
    assert (sunak["date"], sunak["place"]) == ("2024-01-12", "Kyiv")


def test_the_summit_held_over_two_days_told_again_takes_its_days(extract):
    gold = extract(article(
        "South American leaders gathered in Montevideo yesterday for the 65th Mercosur summit.",
        "The summit, held from 5 to 6 December, opened with a meeting of the bloc's ministers.",
        published="7 December 2024 - 10:00"))
    summit = one(events(gold, "summit"))
    assert (summit["date"], summit["place"]) == ("2024-12-05/2024-12-06", "Montevideo")


def test_a_signed_partnership_is_the_memorandum_told_next(extract):
    gold = extract(article(
        "Rwanda and the United Kingdom on Thursday signed a migration and economic development partnership.",
        "The memorandum of understanding was signed in Kigali by Rwanda's Minister of Foreign Affairs and International "
        "Cooperation, Vincent Biruta, and British Home Secretary Priti Patel.",
        published="15 April 2022 - 10:00"))
    deal = one(gold["agreements"])
    assert set(deal["parties"]) == {"Rwanda", "United Kingdom"}
    assert set(deal["signatories"]) == {"Vincent Biruta", "Priti Patel"}


def test_is_due_to_travel_makes_the_summit_a_plan_and_a_visit_that_produced_documents_happened(extract):
    gold = extract(article(
        "President Prabowo Subianto will meet United States President Joe Biden at the White House on Tuesday, after a "
        "state visit to China that produced a string of cooperation documents.",
        "From Washington, Prabowo is due to travel to Lima and then to Rio de Janeiro for the Group of 20 summit.",
        published="12 November 2024 - 11:20"))
    assert one(events(gold, "summit"))["status"] == "planned"
    china = one([e for e in events(gold, "visit") if e["place"] == "China"])
    assert china.get("status", "happened") == "happened" and china["date_inferred"]   # "on Tuesday" is the meeting's day


def test_putting_signatures_to_a_declaration_is_signing_it(extract):
    gold = extract(article(
        "Turkish President Recep Tayyip Erdogan hosted Egyptian President Abdel Fattah al-Sisi in Ankara on Wednesday.",
        "The two presidents then put their own signatures to a joint declaration on the outcome of the talks.",
        published="4 September 2024 - 19:25"))
    declaration = agreement(gold, "joint_statement")
    assert set(declaration["signatories"]) == {"Recep Tayyip Erdoğan", "Abdel Fattah el-Sisi"}
    assert declaration["date"] == "2024-09-04"


def test_a_country_naming_a_forum_is_not_where_it_was(extract):
    gold = extract(article(
        "Iranian and Tajik officials signed 13 cooperation documents in Dushanbe on Wednesday at an Iran-Tajikistan "
        "business forum.",
        published="15 January 2025 - 10:00"))
    assert one(events(gold, "signing"))["place"] == "Dushanbe"


def test_a_leaders_post_on_x_is_a_statement_apart_from_the_talks(extract):
    gold = extract(article(
        "Turkish President Recep Tayyip Erdogan hosted Egyptian President Abdel Fattah al-Sisi in Ankara on Wednesday.",
        "Later, Sisi wrote on X that he was pleased with his first visit to Türkiye.",
        published="4 September 2024 - 19:25"))
    assert one(events(gold, "statement"))["participants"] == ["Abdel Fattah el-Sisi"]


def test_said_on_monday_dates_the_saying_and_a_speakers_days_are_separate_statements(extract):
    gold = extract(article(
        "President Prabowo Subianto is scheduled to meet United States President Joe Biden at the White House on Tuesday.",
        "White House press secretary Karine Jean-Pierre said on Monday the two leaders would coordinate on food security, "
        "the clean energy transition, democracy and pluralism, regional peace and stability and people-to-people ties.",
        "Jean-Pierre said in January that the White House would not comment.",
        published="12 November 2024 - 11:20"))
    assert sorted(e["date"] for e in events(gold, "statement")) == ["2024-01", "2024-11-11"]


def test_an_agreement_under_negotiation_is_planned_and_a_communique_is_not_it(extract):
    gold = extract(article(
        "The European Union and Mercosur yesterday announced the conclusion of negotiations on a trade agreement in "
        "Montevideo.",
        "Nothing has been signed yet.",
        "In their joint communique, the presidents \"reaffirmed their commitment to democracy.\"",
        published="7 December 2024 - 10:00"))
    deal = agreement(gold, "agreement")
    assert (deal.get("status"), set(deal["parties"])) == ("planned", {"European Union", "Mercosur"})
    assert deal["sectors"] == ["trade"]


def test_a_statute_adopted_long_ago_and_ratified_now_is_the_storys_agreement(extract):
    gold = extract(article(
        "YEREVAN, OCTOBER 5, ARMENPRESS. The National Assembly of Armenia on October 3 ratified the Rome Statute of the "
        "International Criminal Court.",
        "The statute was adopted in Rome in July 1998.",
        "Speaker of Parliament Alen Simonyan said the decision was not directed against any third country.",
        published="5 October 2023 - 16:20"))
    statute = one(gold["agreements"])
    assert statute["kind"] == "treaty" and statute["status"] == "ratified" and gold["background_agreements"] == []
    assert one(events(gold, "statement"))["date"] == "2023-10-03"   # the story's day, not the dateline's


def test_meetings_told_later_are_their_own_and_a_forums_leaders_meeting_is_a_summit(extract):
    gold = extract(article(
        "Prime Minister Anthony Albanese has met Chinese President Xi Jinping in Beijing.",
        "Speaking to reporters afterwards, Mr Albanese described the meeting as \"very positive\".",
        "Mr Albanese and Mr Xi first met on the sidelines of the G20 summit in Bali last November.",
        "Mr Albanese will hold the annual leaders' meeting with Premier Li Qiang in Beijing on Tuesday.",
        "From Beijing, Albanese is due to travel to the Cook Islands for the Pacific Islands Forum leaders' meeting.",
        published="6 November 2023 - 18:00"))
    happened = events(gold, "meeting", "happened")
    assert sorted(e["date"] for e in happened) == ["2022-11", "2023-11-06"]
    assert set(one(events(gold, "meeting", "planned"))["participants"]) == {"Anthony Albanese", "Li Qiang"}
    forum = one(events(gold, "summit", "planned"))
    assert "Anthony Albanese" in forum["participants"]


def test_a_bare_surname_is_the_articles_person_before_the_datas_namesake(extract):
    gold = extract(article(
        "Prime Minister Lee Hsien Loong and his Malaysian counterpart Anwar Ibrahim witnessed the signing on Thursday.",
        "\"The SEZ will give companies on both sides the confidence to invest,\" said Mr Lee at a joint press conference.",
        published="12 January 2024 - 10:00"))
    assert quote_starting(gold, "The SEZ will give")["speaker"] == "Lee Hsien Loong"
    assert "Lee Jae-myung" not in {p["name"] for p in gold["people"]}


def test_a_phone_call_is_talks_and_what_one_told_the_other_is_no_statement(extract):
    gold = extract(article(
        "MOSCOW. Nov 16 (Interfax) - Russian President Vladimir Putin and German Chancellor Olaf Scholz spoke by "
        "telephone on Friday, the Kremlin said.",
        "Putin told the chancellor that the crisis was the result of NATO policy, the statement said.",
        "Scholz would speak with Ukrainian President Volodymyr Zelensky again after the call, a spokesman said.",
        published="16 November 2024 - 10:00"))
    call = one(events(gold, "meeting", "happened"))
    assert (set(call["participants"]), call["date"]) == ({"Vladimir Putin", "Olaf Scholz"}, "2024-11-15")
    assert set(one(events(gold, "meeting", "planned"))["participants"]) == {"Olaf Scholz", "Volodymyr Zelensky"}
    assert not [e for e in events(gold, "statement") if "Vladimir Putin" in e["participants"]]


def test_an_agreement_negotiated_then_to_be_signed_takes_the_signings_day_and_its_own_sectors(extract):
    gold = extract(article(
        "Defence Minister Prabowo Subianto and his Australian counterpart Richard Marles announced in Canberra on "
        "Tuesday that the two countries had concluded negotiations on a new Defence Cooperation Agreement.",
        "Marles said the agreement would be signed on August 29.",
        "The agreement covers maritime security and counter-terrorism, according to a joint statement issued by the "
        "two defence ministries on Tuesday.",
        published="20 August 2024 - 10:00"))
    deal = agreement(gold, "agreement")
    assert (deal["status"], deal["date"]) == ("planned", "2024-08-29")
    assert set(deal["parties"]) == {"Indonesia", "Australia"}
    assert {"counter-terrorism", "maritime-security"} & set(deal["sectors"])
    assert agreement(gold, "joint_statement")["sectors"] == []


def test_presiding_over_a_signing_and_witnessing_an_exchange_of_mous_are_overseeing(extract):
    gold = extract(article(
        "King Mohammed VI and French President Emmanuel Macron presided over the signing of 22 agreements in Rabat on Monday.",
        "Prime Minister Lee Hsien Loong and Prime Minister Anwar Ibrahim also witnessed the exchange of two memoranda "
        "of understanding in Putrajaya on Thursday.",
        published="29 October 2024 - 10:00"))
    overseen = {a["kind"]: set(a["overseen_by"]) for a in gold["agreements"]}
    assert overseen["documents"] == {"Mohammed VI", "Emmanuel Macron"}
    assert overseen["memorandum"] == {"Lee Hsien Loong", "Anwar Ibrahim"}


def test_foreign_ministers_from_four_countries_are_those_ministers_and_their_meeting_no_summit(extract):
    gold = extract(article(
        "Foreign ministers from Japan, the United States, Australia and India met in Tokyo on Monday.",
        published="30 July 2024 - 10:00"))
    meeting = one(events(gold, "meeting"))
    assert {"Yoko Kamikawa", "Antony Blinken", "Penny Wong", "S. Jaishankar"} <= set(meeting["participants"])
    assert events(gold, "summit") == []


def test_a_name_after_spokesperson_is_a_person_who_speaks(extract):
    gold = extract(article(
        "Ukrainian foreign ministry spokesperson Oleg Nikolenko wrote on Facebook that the G20 had \"nothing to be "
        "proud of\" in its declaration.",
        published="10 September 2023 - 10:00"))
    assert "Oleg Nikolenko" in {p["name"] for p in gold["people"]}
    assert quote_starting(gold, "nothing to be proud of")["speaker"] == "Oleg Nikolenko"


def test_a_summit_in_an_apposition_or_a_clause_above_lends_no_day(extract):
    gold = extract(article(
        "Kim travelled to Russia's Far East last September and met Putin at the Vostochny cosmodrome, a visit that set "
        "the stage for this week's summit.",
        published="20 June 2024 - 09:42"))
    assert {e["date"] for e in events(gold, "meeting")} <= {"2023-09"}
    assert all(not e["date"].startswith("2024-06") for e in events(gold, "visit"))


def test_n_memoranda_listed_by_topic_are_n_memoranda_signed_by_the_instruments_signers(extract):
    gold = extract(article(
        "Kenya and Sierra Leone yesterday signed seven cooperation agreements after talks between President Uhuru "
        "Kenyatta and his visiting Sierra Leonean counterpart Julius Maada Bio at State House, Nairobi.",
        "The instruments were signed by Foreign Affairs Cabinet Secretary Raychelle Omamo and Sierra Leone's Minister of "
        "Foreign Affairs, Prof David Francis, as the two presidents looked on.",
        "They comprise an Agreement on the Establishment of a Joint Commission and six memoranda of understanding: on "
        "political consultations, on trade and investment, on wildlife tourism, on gender equality, on culture and the "
        "arts, and on youth affairs.",
        published="31 May 2022 - 10:00"))
    memoranda = [a for a in gold["agreements"] if a["kind"] == "memorandum"]
    assert len(memoranda) == 6 and all(a["count"] is None for a in memoranda)
    trade = one([a for a in memoranda if "trade" in a["name"]])
    assert {"trade", "investment"} <= set(trade["sectors"]) and "tourism" not in trade["sectors"]
    assert set(trade["signatories"]) == {"Raychelle Omamo", "David John Francis"}   # the reference name of "Prof David Francis"
    assert set(trade["overseen_by"]) == {"Uhuru Kenyatta", "Julius Maada Bio"}


def test_calls_with_two_leaders_are_two_talks_and_pleased_to_speak_is_no_plan(extract):
    gold = extract(article(
        "Prime Minister Keir Starmer spoke by phone with Indian Prime Minister Narendra Modi on Saturday.",
        "Downing Street said Starmer also held calls on Saturday with Japanese Prime Minister Fumio Kishida and "
        "Australian Prime Minister Anthony Albanese.",
        "In a post on X, Modi said he was pleased to speak with Starmer.",
        published="7 July 2024 - 10:00"))
    assert events(gold, "meeting", "planned") == []
    talks = events(gold, "meeting", "happened")
    assert sorted(sorted(e["participants"]) for e in talks) == [
        ["Anthony Albanese", "Keir Starmer"], ["Fumio Kishida", "Keir Starmer"], ["Keir Starmer", "Narendra Modi"]]


def test_later_in_the_day_is_the_day_just_told_not_the_day_of_the_report(extract):
    gold = extract(article(
        "German Chancellor Friedrich Merz travelled to Paris yesterday, holding talks with President Emmanuel Macron.",
        "Merz flew on from Paris to Warsaw, where he met Polish Prime Minister Donald Tusk later in the day.",
        published="8 May 2025 - 10:00"))
    tusk = one([e for e in events(gold, "meeting") if "Donald Tusk" in e["participants"]])
    assert tusk["date"] == "2025-05-07"


def test_acts_of_office_are_other_events_and_a_law_to_be_signed_is_no_signing(extract):
    gold = extract(article(
        "Friedrich Merz was elected chancellor on Tuesday at the second attempt.",
        "Pezeshkian, who took office last July, left Tehran for Dushanbe.",
        "Yamandu Orsi takes office in March.",
        "The law must now be signed by President Vahagn Khachaturyan.",
        published="8 May 2025 - 10:00"))
    assert events(gold, "signing") == []
    acts = {(tuple(e["participants"]), e.get("status", "happened"), e["date"]) for e in events(gold, "other")}
    assert (("Friedrich Merz",), "happened", "2025-05-06") in acts
    assert ("Vahagn Khachaturyan",) in {a[0] for a in acts if a[1] == "planned"}
    assert not any("Masoud Pezeshkian" in a[0] for a in acts)   # who took office last July: his background


def test_a_courtesy_call_is_a_meeting_and_a_previous_visit_is_its_own(extract):
    gold = extract(article(
        "Chinese President Xi Jinping arrived in Riyadh on Wednesday for a state visit.",
        "Riyadh and Beijing upgraded their relationship during Xi's previous visit in January 2016.",
        "Defence Minister Prabowo Subianto also called on Prime Minister Anthony Albanese in Canberra on Wednesday.",
        "Scholz called on Moscow to show willingness to negotiate.",
        published="8 December 2022 - 10:00"))
    assert sorted(e["date"] for e in events(gold, "visit")) == ["2016-01", "2022-12-07"]
    call = one(events(gold, "meeting"))
    assert set(call["participants"]) == {"Prabowo Subianto", "Anthony Albanese"}


def test_the_statement_points_back_to_the_joint_statement_and_a_ministry_statement_is_none(extract):
    gold = extract(article(
        "Foreign ministers from Japan, the United States, Australia and India met in Tokyo on Monday and issued a joint statement.",
        "In the statement, the four ministers agreed to expand cooperation in maritime security and cybersecurity.",
        "Japan's foreign ministry issued a statement welcoming the outcome.",
        published="30 July 2024 - 10:00"))
    statement = one(gold["agreements"])
    assert statement["kind"] == "joint_statement" and {"cybersecurity", "maritime-security"} & set(statement["sectors"])


def test_a_quote_left_open_at_a_paragraphs_end_is_the_speaker_of_the_next_paragraphs_quote(extract):
    gold = extract(article(
        "President Yoon Suk Yeol met Prime Minister Fumio Kishida in Tokyo on Thursday.",
        "\"Today's summit carries special meaning, as it shows the people of both countries that relations are making a fresh start.",
        "\"Korea and Japan share the universal values of freedom and the rule of law,\" Yoon said.",
        published="17 March 2023 - 10:00"))
    assert quote_starting(gold, "Today's summit carries")["speaker"] == "Yoon Suk Yeol"


def test_the_ministry_heading_the_phrase_speaks_not_its_country(extract):
    gold = extract(article(
        "Singapore's Ministry of Trade and Industry said in a statement that the zone would \"strengthen economic "
        "connectivity and create good jobs\".",
        published="12 January 2024 - 10:00"))
    assert quote_starting(gold, "strengthen economic")["speaker"] != "Singapore"


def test_a_capitals_industry_ministry_speaks_for_its_country(extract):
    gold = extract(article(
        "Seoul's industry ministry said in a statement on Thursday that it would withdraw the complaint.",
        published="17 March 2023 - 10:00"))
    statement = one(events(gold, "statement"))
    assert statement["participants"] == ["Seoul's industry ministry"]


def test_his_visit_is_the_visit_told_whoever_he_is_taken_for(extract):
    gold = extract(article(
        "President Uhuru Kenyatta hosted his Sierra Leonean counterpart Julius Maada Bio at State House, Nairobi, on Monday.",
        "Mr Bio, who is in the country on a state visit, arrived on Saturday night.",
        "He is also expected to meet members of the Kenyan private sector before the end of his visit.",
        published="31 May 2022 - 10:00"))
    assert all(e["participants"] == ["Julius Maada Bio"] for e in events(gold, "visit"))


def test_an_official_of_an_organisation_brings_no_state_of_his_nationality(extract):
    gold = extract(article(
        "Japanese Prime Minister Fumio Kishida and European Council President Charles Michel signed a joint statement "
        "in Tokyo on Thursday.",
        published="14 July 2023 - 10:00"))
    assert "Belgium" not in agreement(gold, "joint_statement")["parties"]


def test_a_family_name_written_first_speaks_alone_later(extract):
    gold = extract(article(
        "On Sunday, Vice Foreign Minister Sun Weidong summoned Japan's ambassador, Hideo Tarumi.",
        "\"China is strongly dissatisfied and firmly opposed to it,\" Sun said, according to Xinhua.",
        published="22 May 2023 - 10:00"))
    assert quote_starting(gold, "China is strongly")["speaker"] == "Sun Weidong"
    assert "Sun" not in {p["name"] for p in gold["people"]}


def test_flew_in_is_a_visit_and_that_day_is_its_day(extract):
    gold = extract(article(
        "HIROSHIMA, May 21 (AFP) - Group of Seven leaders ended their three-day summit in Hiroshima on Sunday.",
        "Zelensky flew in on Saturday aboard a French government aircraft. He met Indian Prime Minister Narendra Modi that day.",
        published="22 May 2023 - 10:00"))
    assert one(events(gold, "visit"))["date"] == "2023-05-20"
    assert one(events(gold, "meeting"))["date"] == "2023-05-20"


def test_a_list_of_surnames_the_model_reads_as_one_name_is_several_people(extract):
    gold = extract(article(
        "Biden also joined Kishida, Modi and Australian Prime Minister Anthony Albanese for a meeting on Saturday.",
        published="22 May 2023 - 10:00"))
    assert {"Fumio Kishida", "Narendra Modi"} <= {p["name"] for p in gold["people"]}


def test_its_most_recent_agreement_is_another_one_and_does_not_carry_out_the_plan(extract):
    gold = extract(article(
        "Thailand's free trade agreement with the European Free Trade Association will be signed next month in Davos, "
        "Commerce Minister Pichai Naripthaphan said on Friday.",
        "Thailand signed its most recent free trade agreement, with Sri Lanka, in Colombo in February.",
        published="1 December 2024 - 10:00"))
    assert one(events(gold, "signing", "planned"))["date"] == "2025-01"
    efta = one([a for a in gold["agreements"] if a.get("status") == "planned"])
    assert "Sri Lanka" not in efta["parties"]


def test_a_countrys_parliament_that_voted_is_the_actor(extract):
    gold = extract(article(
        "Turkey's parliament voted in favour on January 23.",
        published="26 February 2024 - 10:00"))
    vote = one(events(gold, "other"))
    assert (vote["participants"], vote["date"]) == (["Grand National Assembly of Turkey"], "2024-01-23")   # the reference data's name


def test_a_joint_media_briefing_is_a_press_conference(extract):
    gold = extract(article(
        "\"China has been South Africa's largest trading partner for more than a decade,\" Ramaphosa said at a joint "
        "media briefing with Chinese President Xi Jinping in Pretoria on Tuesday.",
        published="23 August 2023 - 10:00"))
    assert one(events(gold, "press_conference"))["date"] == "2023-08-22"


def test_the_name_given_beside_an_agency_speaks_not_the_body_it_belongs_to(extract):
    gold = extract(article(
        "The UN refugee agency, UNHCR, said in a statement that it was firmly opposed to such arrangements.",
        published="15 April 2022 - 10:00"))
    assert one(events(gold, "statement"))["participants"] == ["UNHCR"]


def test_a_signing_announced_and_then_done_is_one_signing(extract):
    gold = extract(article(
        "NAIROBI, Kenya, Sep 28 – Kenya and the United States signed a five-year defence framework in Nairobi on September 25.",
        "Defence Cabinet Secretary Aden Duale and US Secretary of Defense Lloyd Austin signed the Defence Cooperation "
        "Framework at the Defence Headquarters.",
        "The Ministry of Defence had announced on September 23 that the two ministers would sign the agreement.",
        published="28 September 2023 - 14:20"))
    assert not events(gold, "signing", "planned")
    framework = agreement(gold, "agreement")   # the description and the name are one framework
    assert framework["date"] == "2023-09-25" and set(framework["signatories"]) == {"Aden Duale", "Lloyd Austin"}


def test_initials_and_a_surname_are_a_person_who_then_speaks_by_surname(extract):
    gold = extract(article(
        "Saudi Arabia and India signed a memorandum on electrical interconnection on Sunday.",
        "It was signed by Saudi Energy Minister Prince Abdulaziz bin Salman and India's power minister R.K. Singh.",
        "Speaking to Al Arabiya after the signing, Singh said the two economies could achieve more together.",
        "\"We have complementarities, and together we will be unbeatable,\" he said.",
        published="9 October 2023 - 10:00"))
    assert "R.K. Singh" in {p["name"] for p in gold["people"]}
    assert quote_starting(gold, "We have complementarities")["speaker"] == "R.K. Singh"


def test_a_portfolio_before_a_name_is_not_part_of_the_name(extract):
    gold = extract(article(
        "Minister in the Presidency for Electricity Kgosientsho Ramokgopa said the equipment would arrive soon.",
        published="23 August 2023 - 10:00"))
    names = {p["name"] for p in gold["people"]}
    assert "Kgosientsho Ramokgopa" in names and not any(n.startswith("Electricity") for n in names)


def test_a_countrys_foreign_ministry_in_lower_case_speaks(extract):
    gold = extract(article(
        "UN Secretary-General Antonio Guterres attended the BRICS summit in Kazan on Thursday.",
        "Ukraine's foreign ministry criticised Guterres for accepting the invitation, calling it a wrong choice.",
        published="24 October 2024 - 18:00"))
    statement = one(events(gold, "statement"))
    assert statement["participants"] == ["Ukraine's foreign ministry"]


def test_this_week_is_the_week_up_to_the_report(extract):
    gold = extract(article(
        "Chief Cabinet Secretary Hirokazu Matsuno told a news conference this week that Japan hoped to deepen ties "
        "with Australia.",
        published="21 October 2022 - 12:00"))
    assert one(events(gold, "press_conference"))["date"] == "2022-10-17/2022-10-21"


# -- from the review of the second round --------------------------------------------------------------------------

def test_us_president_is_a_country_and_a_title_not_initials(extract):
    gold = extract(article("U.S. President Joe Biden met Chinese President Xi Jinping in Bali on Monday.",
                           published="15 November 2022 - 10:00"))
    assert one(events(gold, "meeting"))["participants"] == ["Joe Biden", "Xi Jinping"]
    assert {p["name"] for p in gold["people"]} == {"Joe Biden", "Xi Jinping"}


def test_a_news_agency_reporting_is_not_a_party(extract):
    gold = extract(article(
        "Iran and Russia signed a comprehensive strategic partnership treaty in Moscow on Friday, Reuters reported.",
        "The treaty covers AI, LNG and health."))
    treaty = agreement(gold, "treaty")
    assert set(treaty["parties"]) == {"Iran", "Russia"}
    assert {"technology", "oil-and-gas", "health"} <= set(treaty["sectors"])   # acronyms are sectors, not names


def test_press_conferences_in_two_cities_are_two(extract):
    gold = extract(article(
        "US President Joe Biden told reporters in Washington on Monday that talks would go on.",
        "Vice President Kamala Harris told reporters in Chicago on Monday that the deal was close.",
        published="18 November 2024 - 20:00"))
    assert len(events(gold, "press_conference")) == 2


def test_an_agreement_named_later_in_the_article_is_not_renamed(extract):
    gold = extract(article(
        "Putin and Pezeshkian signed a trade agreement in Moscow on Friday.",
        "The move comes as Iran stays in the Paris Agreement on climate."))
    assert {a["name"] for a in gold["agreements"]} >= {"trade agreement"}
    assert "environment" not in agreement(gold, "agreement")["sectors"]


def test_leaders_in_whose_presence_ministers_signed_oversaw_and_then_signed_their_own(extract):
    gold = extract(article(
        "ABU DHABI: Türkiye and the United Arab Emirates signed 13 agreements on Wednesday during President Recep "
        "Tayyip Erdogan's visit.",
        "The agreements, signed by ministers and officials in the presence of Erdogan and UAE President Sheikh "
        "Mohamed bin Zayed Al Nahyan, cover energy, space and investment.",
        "The two presidents also signed a declaration establishing a High-Level Strategic Council.",
        published="19 July 2023 - 20:00"))
    documents = agreement(gold, "documents")
    assert documents["signatories"] == [] and set(documents["overseen_by"]) >= {"Recep Tayyip Erdoğan"}
    assert len(events(gold, "signing")) == 2   # the ministers' signing they oversaw, and their own declaration


def test_the_foreign_ministries_of_two_countries_told_by_demonym_are_two(extract):
    gold = extract(article(
        "The Armenian Foreign Ministry said in a statement on Wednesday that Yerevan had informed its partners.",
        "The Azerbaijani Foreign Ministry said on Thursday that the decision was a step towards peace.",
        published="17 January 2025 - 18:00"))
    speakers = sorted(e["participants"][0] for e in events(gold, "statement"))
    assert speakers == ["Armenian Foreign Ministry", "Azerbaijani Foreign Ministry"]


def test_the_visit_is_someones_nth_tells_whose_visit_and_where(extract):
    gold = extract(article(
        "Indian Prime Minister Narendra Modi held talks with President Vladimir Putin in Moscow on Thursday.",
        "The visit is Modi's seventh to Russia since 2015."))
    visit = one(events(gold, "visit"))
    assert visit["participants"] == ["Narendra Modi"] and visit["place"] == "Russia"


def test_documents_exchanged_in_the_presence_of_leaders_is_the_signing_they_oversaw(extract):
    gold = extract(article(
        "The UAE and India signed a bilateral investment treaty and seven other agreements on Thursday after talks in Abu "
        "Dhabi between President Sheikh Mohamed bin Zayed Al Nahyan and Indian Prime Minister Narendra Modi.",
        "The documents were exchanged in the presence of the two leaders.",
        "The two sides also exchanged views on regional developments."))
    signings = events(gold, "signing")    # one ceremony, shown as one item per agreement signed at it
    assert [s["agreement"] for s in signings] == ["bilateral investment treaty", "seven other agreements"]
    for signing in signings:
        assert {k for k, r in signing["roles"].items() if r == "overseer"} == {"Mohamed bin Zayed Al Nahyan", "Narendra Modi"}


def test_the_two_leaders_are_the_heads_of_state_not_the_ministers_named_since(extract):
    gold = extract(article(
        "South Korean President Yoon Suk Yeol held talks with Uzbek President Shavkat Mirziyoyev in Tashkent on Friday.",
        "Industry Minister Ahn Duk-geun and Uzbek Mining Minister Bobir Islamov signed a memorandum on critical minerals.",
        "At the end of the talks, the two leaders issued a joint statement.",
        published="15 June 2024 - 10:00"))
    statement = one(events(gold, "statement"))
    assert sorted(statement["participants"]) == ["Shavkat Mirziyoyev", "Yoon Suk Yeol"]


def test_the_agency_reporting_a_ratification_and_an_unplaced_chamber_are_not_parties(extract):
    gold = extract(article(
        "Kyrgyzstan's parliament on Wednesday ratified the treaty between Kyrgyzstan and Tajikistan on the state border.",
        "The lower house of Tajikistan's parliament, the Majlisi Namoyandagon, also approved the treaty on Wednesday, "
        "Khovar reported.",
        published="20 March 2025 - 12:30"))
    treaty = agreement(gold, "treaty")
    assert sorted(treaty["parties"]) == ["Kyrgyzstan", "Tajikistan"]


def test_a_patronymic_after_the_name_is_part_of_it_and_the_surname_speaks_alone(extract):
    gold = extract(article(
        "Speaker Nurlanbek Turgunbek uulu said on Wednesday the ratification was a historic decision.",
        "\"Our children will live without the fear of war,\" Turgunbek uulu said."))
    assert quote_starting(gold, "Our children")["speaker"] == "Nurlanbek Turgunbek uulu"


def test_statements_to_the_press_are_a_press_conference(extract):
    gold = extract(article(
        "Greek Prime Minister Kyriakos Mitsotakis held talks with Indian Prime Minister Narendra Modi in New Delhi on Wednesday.",
        "In statements to the press after the talks, Modi said the two sides had set a goal of doubling trade."))
    conference = one(events(gold, "press_conference"))
    assert "Narendra Modi" in conference["participants"] and conference["date"] == "2025-01-15"


def test_three_heads_of_state_meeting_is_a_summit_and_two_security_advisers_meeting_is_not(extract):
    gold = extract(article(
        "Kyrgyz President Sadyr Japarov, Tajik President Emomali Rahmon and Uzbek President Shavkat Mirziyoyev are "
        "expected to meet in Khujand at the end of this month.",
        "Delegations led by Ali Shamkhani and Musaed bin Mohammed Al-Aiban held talks in Beijing with Xi Jinping on Monday.",
        published="20 March 2025 - 12:30"))
    assert one(events(gold, "summit", "planned"))["place"] == "Khujand"
    assert not events(gold, "summit", "happened")


def test_a_state_border_treaty_covers_borders_and_cross_border_trade_does_not(extract):
    gold = extract(article(
        "Kyrgyz President Sadyr Japarov and Tajik President Emomali Rahmon on Thursday signed a treaty on the state border "
        "between the two countries.",
        "They also signed a memorandum on cross-border trade."))
    assert "borders" in agreement(gold, "treaty")["sectors"]
    assert agreement(gold, "memorandum")["sectors"] == ["trade"]


def test_a_delegation_expected_to_visit_is_not_the_leaders_told_before(extract):
    gold = extract(article(
        "Greek Prime Minister Kyriakos Mitsotakis held talks with Indian Prime Minister Narendra Modi in New Delhi on Wednesday.",
        "Greek officials said they expected an Indian business delegation to visit Greece later this year."))
    assert not events(gold, "visit")


def test_an_agreement_under_negotiation_is_planned_and_of_the_sides_that_negotiate_it(extract):
    gold = extract(article(
        "Indian Prime Minister Narendra Modi spoke to British Prime Minister Keir Starmer on Saturday, and the two leaders "
        "agreed to work towards an early conclusion of a free trade agreement.",
        "Iranian President Masoud Pezeshkian met Russian President Vladimir Putin in Ashgabat, and the two sides say a "
        "strategic partnership treaty is close to completion."))
    assert agreement(gold, "agreement")["status"] == "planned"
    assert sorted(agreement(gold, "agreement")["parties"]) == ["India", "United Kingdom"]
    treaty = agreement(gold, "treaty")
    assert treaty["status"] == "planned" and sorted(treaty["parties"]) == ["Iran", "Russia"]


def test_his_office_speaks_as_an_office_of_his_state_and_a_readout_of_his_talks_is_no_statement(extract):
    gold = extract(article(
        "President Volodymyr Zelensky will travel to Germany on Friday, his office said on Thursday.",
        "Indian Prime Minister Narendra Modi arrived in Moscow on Thursday for a two-day visit.",
        "The two discussed trade and energy, Modi's office said.",
        "Putin has repeatedly said that Russia is open to talks."))
    statement = one(events(gold, "statement"))
    assert statement["participants"] == ["Office of the President of Ukraine"] and statement["date"] == "2025-01-16"


def test_a_plan_announced_yesterday_is_for_when_its_when_clause_says(extract):
    gold = extract(article(
        "President Ferdinand Marcos Jr. and Australian Prime Minister Anthony Albanese will sign a joint declaration when "
        "the Australian leader visits Manila next week, Malacanang announced yesterday."))
    signing = one(events(gold, "signing", "planned"))
    assert signing["date"] == "2025-01-20/2025-01-26"


def test_signing_similar_or_such_agreements_tells_no_signing(extract):
    gold = extract(article(
        "Japan and South Korea signed an agreement on defence on Friday.",
        "Japan has signed similar agreements with other countries this week.",
        "India and Vietnam signed such an agreement on Thursday."))
    assert [sorted(e["participants"]) for e in events(gold, "signing")] == [["Japan", "South Korea"]]


def test_a_quote_after_the_speakers_reported_words_in_the_same_paragraph_is_his(extract):
    gold = extract(article(
        "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on Monday.",
        "Kremlin spokesman Dmitry Peskov said the talks had been constructive. \"Both sides want the grain corridor to "
        "work again, and they will keep talking about it.\"",
        "Turkey's foreign ministry welcomed the talks."))
    assert quote_starting(gold, "Both sides want")["speaker"] == "Dmitry Peskov"


def test_an_acronym_after_an_unknown_organisations_name_is_that_organisation(extract):
    gold = extract(article(
        "In a statement, the Presidential Communications Office said Albanese would visit Manila on Friday.",
        "\"The signing will mark a new chapter in our long friendship,\" the PCO said."))
    assert quote_starting(gold, "The signing will mark")["speaker"] == "Presidential Communications Office"
    assert len(events(gold, "statement")) == 1


def test_words_told_in_the_past_perfect_are_no_statement_of_the_story(extract):
    gold = extract(article(
        "The State Duma ratified the treaty on Tuesday.",
        "The chairman of the Duma's international affairs committee, Leonid Slutsky, had earlier called the agreement "
        "a milestone.",
        "Kremlin spokesman Dmitry Peskov said on Wednesday the ratification was timely.",
        published="9 April 2025 - 10:00"))
    assert [e["participants"] for e in events(gold, "statement")] == [["Dmitry Peskov"]]


def test_a_visit_in_the_when_clause_of_a_plan_is_planned_and_its_day_told_later_narrows_it(extract):
    gold = extract(article(
        "Nepal and India are expected to sign an agreement on power trade when Indian External Affairs Minister "
        "S Jaishankar visits Kathmandu this week, officials said.",
        "Jaishankar will arrive in Kathmandu on Thursday for a two-day official visit.",
        published=WEDNESDAY))
    visit = one(events(gold, "visit"))
    assert visit["status"] == "planned" and visit["date"].startswith("2025-01-16")


def test_phone_calls_received_from_leaders_are_talks_with_each(extract):
    gold = extract(article(
        "President Ilham Aliyev received a phone call yesterday from President of Kazakhstan Kassym-Jomart Tokayev.",
        "On the same day, Aliyev also received congratulatory phone calls from President of Uzbekistan Shavkat "
        "Mirziyoyev and President of Turkiye Recep Tayyip Erdogan."))
    calls = events(gold, "meeting")
    assert sorted(sorted(e["participants"]) for e in calls) == [
        ["Ilham Aliyev", "Kassym-Jomart Tokayev"], ["Ilham Aliyev", "Recep Tayyip Erdoğan"], ["Ilham Aliyev", "Shavkat Mirziyoyev"]]
    assert {e["date"] for e in calls} == {"2025-01-16"}


def test_a_surname_ner_takes_for_a_place_after_the_person_was_named_is_that_person(extract):
    gold = extract(article(
        "Bangladesh Prime Minister Sheikh Hasina held talks with Indian Prime Minister Narendra Modi in New Delhi on Tuesday.",
        "Prasar Bharati and Bangladesh Television signed a memorandum on programme exchange.",
        "Hasina, who arrived in the Indian capital on Monday on a four-day state visit, was given a ceremonial reception "
        "before the talks. Later in the day she called on President Droupadi Murmu."))
    courtesy = [e for e in events(gold, "meeting") if "Droupadi Murmu" in e["participants"]]
    assert one(courtesy)["participants"] == ["Sheikh Hasina", "Droupadi Murmu"]   # (the reference name)


def test_ratifying_a_similar_agreement_makes_none_and_signing_a_law_is_no_agreement_signing(extract):
    gold = extract(article(
        "Finland's parliament on Monday approved the Defence Cooperation Agreement between Finland and the United States.",
        "The law on implementing the agreement now goes to President Alexander Stubb, who is expected to sign it into law.",
        "Sweden ratified a similar agreement with Washington last month.",
        published="2 July 2024 - 10:00"))
    story = gold["agreements"][0]   # (Sweden's similar agreement is one of its own, not the story's)
    assert story["name"].startswith("Defence Cooperation Agreement") and not story["signatories"]
    assert all(a["name"] != story["name"] for a in gold["agreements"][1:])


def test_a_year_in_the_lead_is_not_the_storys_day(extract):
    gold = extract(article(
        "Oman and India hope to conclude a free trade agreement before the end of this year, ministers from both sides "
        "said after talks in Muscat on Tuesday.",
        "On the sidelines of the talks, two memoranda of understanding were signed.",
        published="21 May 2025 - 09:00"))
    assert one(events(gold, "signing"))["date"] == "2025-05-20"


def test_a_courtesy_call_on_someone_with_a_hyphenated_given_name_is_a_planned_meeting_with_him(extract):
    gold = extract(article(
        "Japanese Foreign Minister Takeshi Iwaya held talks with his South Korean counterpart in Seoul on Monday.",
        "Iwaya was scheduled to pay a courtesy call on acting President Choi Sang-mok on Tuesday."))
    call = one(events(gold, "meeting", "planned"))
    assert call["participants"] == ["Takeshi Iwaya", "Choi Sang-mok"]


def test_an_agreement_named_by_its_acronym_is_signed_then_and_its_parties_are_between_whom(extract):
    gold = extract(article(
        "Finland's parliament on Monday approved the Defence Cooperation Agreement (DCA) between Finland and the United States.",
        "The DCA was signed in Washington on 18 December last year by Defence Minister Antti Hakkanen and US Secretary of "
        "State Antony Blinken."))
    dca = agreement(gold, "agreement")
    assert sorted(dca["parties"]) == ["Finland", "United States"] and dca["date"] == "2024-12-18"
    assert sorted(dca["signatories"]) == ["Antony Blinken", "Antti Häkkänen"]   # (the reference name)


def test_a_name_the_model_cuts_at_bint_is_one_person_who_signs(extract):
    gold = extract(article(
        "Invest Oman and Invest India signed a memorandum of understanding in Muscat on Tuesday.",
        "The memorandum was signed by Ibtisam bint Ahmed al Farooji, chief executive of Invest Oman, and Nivruti Rai."))
    assert sorted(agreement(gold, "memorandum")["signatories"]) == ["Ibtisam bint Ahmed al Farooji", "Nivruti Rai"]


def test_the_leader_of_the_country_a_summit_is_held_in_hosts_it(extract):
    gold = extract(article(
        "Russian President Vladimir Putin met Chinese President Xi Jinping in Kazan on Tuesday.",
        "Leaders of the BRICS countries adopted the Kazan Declaration on Wednesday at the group's 16th summit in Kazan.",
        published="24 October 2024 - 10:00"))
    summit = one(events(gold, "summit"))
    assert summit["roles"].get("Vladimir Putin") == "host"


def test_a_when_clause_after_a_date_is_of_that_date_and_a_hoped_for_agreement_is_of_the_sides_who_talked(extract):
    gold = extract(article(
        "President Ilham Aliyev received a phone call yesterday from President of Kazakhstan Kassym-Jomart Tokayev.",
        "They reviewed the agreements reached during Tokayev's state visit to Azerbaijan in August 2022, when the two "
        "presidents signed a declaration on strategic relations.",
        "The presidents expressed hope that an intergovernmental agreement on the cable project could be signed before "
        "the end of the year.",
        published="9 February 2024 - 10:00"))
    planned = one([a for a in gold["agreements"] if a["status"] == "planned"])
    assert sorted(planned["parties"]) == ["Azerbaijan", "Kazakhstan"]
    assert not [a for a in gold["agreements"] if a["kind"] == "joint_statement"]   # the 2022 declaration is background


def test_a_persons_country_the_article_never_names_is_given_by_its_name(extract):
    gold = extract(article("President Volodymyr Zelensky will travel to Germany on Friday, his office said on Thursday."))
    assert one([p for p in gold["people"] if p["name"] == "Volodymyr Zelensky"])["country"] == "Ukraine"


def test_review_probes_purpose_clauses_media_statements_ratification_instruments_and_modifiers(extract):
    """Cases a review of this session's rules found wrong: each must stay right."""
    gold = extract(article(
        "Iranian President Masoud Pezeshkian visited Moscow on Friday to sign a comprehensive strategic partnership treaty.",
        "The Russian Foreign Ministry said in a statement to the media that Lavrov had met Blinken.",
        "Lavrov and Araghchi exchanged the instruments of ratification of the treaty.",
        "A Putin-backed plan was adopted."))
    assert one(events(gold, "signing"))["participants"] == ["Masoud Pezeshkian"]
    assert not events(gold, "press_conference")
    assert len(gold["agreements"]) == 1
    assert not [p for p in gold["people"] if "backed" in p["name"]]


def test_a_quote_inside_another_sentence_does_not_go_to_the_last_speaker(extract):
    gold = extract(article(
        "Russian President Vladimir Putin said the talks had been useful. The plan, described by critics as \"a dangerous "
        "step towards a wider war\", was adopted on Friday."))
    assert not [q for q in gold["quotes"] if q["text"].startswith("a dangerous step")]


def test_negotiations_told_as_done_make_no_planned_agreement(extract):
    gold = extract(article(
        "After two years of negotiations on a free trade agreement, Australia and India signed the deal on Saturday.",
        "Both governments welcomed the conclusion of the free trade agreement."))
    assert [a.get("status", "signed") for a in gold["agreements"]] == ["signed"]


def test_an_agreement_with_one_side_named_is_of_both_sides_of_the_talks_it_belongs_to(extract):
    gold = extract(article(
        "South Korean President Yoon Suk Yeol held talks with Uzbek President Shavkat Mirziyoyev in Tashkent on Friday.",
        "Industry Minister Ahn Duk-geun and Bobir Islamov, Uzbekistan's minister of mining, signed a memorandum of "
        "understanding on critical minerals.",
        published="15 June 2024 - 10:00"))
    assert sorted(agreement(gold, "memorandum")["parties"]) == ["South Korea", "Uzbekistan"]


def test_a_set_described_member_by_member_is_its_members(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed three memoranda of understanding on Thursday after talks between President "
        "Kassym-Jomart Tokayev and President Shavkat Mirziyoyev in Astana.",
        "The first, between the two foreign ministries, provides for cooperation in energy. A second sets out cooperation "
        "in agriculture, while the third memorandum covers tourism."))
    memoranda = [a for a in gold["agreements"] if a["kind"] == "memorandum"]
    assert [a.get("count") for a in memoranda] == [None, None, None]
    assert [a["sectors"] for a in memoranda] == [["energy"], ["agriculture"], ["tourism"]]
    assert all(a["date"] == "2025-01-16" and sorted(a["parties"]) == ["Kazakhstan", "Uzbekistan"] for a in memoranda)


def test_a_set_with_only_some_members_described_keeps_the_set(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed 12 agreements on Thursday, including a memorandum on railway transport, "
        "after talks between President Kassym-Jomart Tokayev and President Shavkat Mirziyoyev in Astana."))
    kinds = sorted((a["kind"], a.get("count")) for a in gold["agreements"])
    assert kinds == [("documents", 12), ("memorandum", None)]
    assert agreement(gold, "memorandum")["sectors"] == ["transport"]


def test_an_ordinal_that_is_no_member_makes_no_agreement(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed five agreements in Astana on Thursday.",
        "On the second day of the visit, Mirziyoyev toured a tractor factory, and a third meeting is planned for March."))
    assert [(a["kind"], a.get("count")) for a in gold["agreements"]] == [("documents", 5)]


def test_the_signers_of_a_passive_signing_whose_by_phrase_the_parser_hangs_on_the_date(extract):
    gold = extract(article(
        "The treaty was signed in the northeastern French city of Nancy on 9 May by Prime Minister Donald Tusk and "
        "French President Emmanuel Macron.", published="10 October 2025 - 10:00"))
    signing = next(e for e in gold["events"] if e["type"] == "signing")
    assert sorted(signing["participants"]) == ["Donald Tusk", "Emmanuel Macron"]
    assert signing["date"] == "2025-05-09"


def test_a_past_date_hung_on_what_was_signed_dates_the_signing(extract):
    gold = extract(article(
        "The dispute resurfaced last July.",
        "Kuwait and Saudi Arabia signed an agreement to develop the field jointly in March 2023, and have rejected "
        "rival claims since.", published="1 February 2024 - 10:00"))
    assert [e["date"] for e in gold["events"] if e["type"] == "signing"] == ["2023-03"]


@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_two_names_the_model_reads_as_one_are_two(label):
    """"Erdoğan and Mitsotakis" is one ORG span in en_core_web_sm; a ministry's name with "and" in it stays one."""
    import spacy
    from spacy.tokens import Span

    from kg.extract.mentions import _joined_names
    from kg.extract.pipeline import MODEL_PACKAGE

    nlp = spacy.load(MODEL_PACKAGE)
    doc = nlp("Aliyev and Pashinyan met the Ministry of Trade and Industry and Procter and Gamble in Prague.")
    doc.ents = [Span(doc, 0, 3, label=label), Span(doc, 5, 10, label="ORG"), Span(doc, 11, 14, label=label)]
    known_people = {0, 2}   # the tokens of the people the reference data knows ("Aliyev", "Pashinyan")
    assert [e.text for e in _joined_names(doc, known_people)] == ["Aliyev", "Pashinyan", "Ministry of Trade and Industry",
                                                                  "Procter and Gamble"]


def test_the_day_of_the_meeting_an_act_was_done_at_is_the_acts_day(extract):
    gold = extract(article(
        "Negotiations began in July 2018 and were concluded late last year after nine rounds of talks. "
        "The Cabinet approved the final text at its meeting on Monday.", published="2 February 2024 - 10:00"))
    approval = next(e for e in gold["events"] if e["type"] == "other")
    assert (approval["date"], approval["date_inferred"]) == ("2024-01-29", False)


def test_words_to_an_agency_by_someone_who_came_along_are_a_statement(extract):
    gold = extract(article(
        "Kazakh President Kassym-Jomart Tokayev arrived in Tashkent on Thursday, accompanied by Foreign Minister "
        "Murat Nurtleu, and held talks with Uzbek President Shavkat Mirziyoyev.",
        "Nurtleu, who accompanied the president, told Kazinform that the visit had \"opened a new chapter\"."))
    assert any(e["type"] == "statement" and e["participants"] == ["Murat Nurtleu"] for e in gold["events"])


def test_a_post_after_the_call_has_the_calls_day(extract):
    gold = extract(article(
        "Kazakh President Kassym-Jomart Tokayev spoke by telephone on Tuesday with Uzbek President Shavkat Mirziyoyev.",
        "Their foreign ministers met in Astana on Thursday.",
        "Mirziyoyev, writing on the social network X after the call, thanked Kazakhstan for its support."))
    statement = next(e for e in gold["events"] if e["type"] == "statement")
    assert (statement["participants"], statement["date"], statement["date_inferred"]) == (["Shavkat Mirziyoyev"], "2025-01-14", False)


def test_an_older_treaty_signed_years_before_is_not_the_one_just_signed(extract):
    gold = extract(article(
        "French President Emmanuel Macron and Italian Prime Minister Mario Draghi signed the Quirinal Treaty in Rome "
        "on 26 November.",
        "The Quirinal Treaty updates the treaty on friendship and cooperation that France and Italy signed in Paris in "
        "April 1991.", published="1 December 2021 - 10:00"))
    assert [a["date"] for a in gold["agreements"]] == ["2021-11-26"]
    assert [(a["date"], a["place"]) for a in gold["background_agreements"]] == [("1991-04", "Paris")]


def test_a_counterpart_named_after_an_honorific_is_that_person(extract):
    gold = extract(article(
        "The memorandum was signed in Astana on Wednesday by Dr Aidar Karimov, the minister of agriculture, and his Uzbek "
        "counterpart, Mr Ibrokhim Abdurakhmonov, who is leading a delegation on a two-day visit."))
    signing = next(e for e in gold["events"] if e["type"] == "signing")
    assert sorted(signing["participants"]) == ["Aidar Karimov", "Ibrokhim Abdurakhmonov"]   # not Uzbekistan's president


def test_the_remaining_documents_of_a_set_are_that_set(extract):
    gold = extract(article(
        "Ministers of Kazakhstan and Uzbekistan signed 12 agreements in Astana on Thursday in the presence of "
        "President Kassym-Jomart Tokayev and President Shavkat Mirziyoyev.",
        "One of them, a memorandum on trade, sets a target of $10 billion. The remaining 11 documents cover energy, "
        "tourism and agriculture."))
    documents = next(a for a in gold["agreements"] if a["count"] == 12)
    assert {"energy", "tourism", "agriculture"} <= set(documents["sectors"])


def test_agreements_signed_during_a_visit_told_with_its_date_take_that_date(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed a memorandum on trade in Astana on Wednesday.",
        "The two ministers first discussed the memorandum last month, when Nurtleu attended a forum in Tashkent.",
        "Relations received a boost when President Shavkat Mirziyoyev paid a state visit to Kazakhstan in December "
        "2023, during which 15 cooperation agreements were signed.", published="16 May 2024 - 10:00"))
    signing = next(e for e in gold["events"] if e["type"] == "signing" and e["agreement"] == "15 cooperation agreements")
    assert (signing["date"], signing["date_inferred"]) == ("2023-12", False)


def test_a_title_and_name_the_model_reads_as_an_organisation_is_the_person(extract):
    gold = extract(article(
        "Uzbek President Shavkat Mirziyoyev hosted Kazakh President Kassym-Jomart Tokayev for talks in Samarkand on Monday."))
    talks = one(events(gold, "meeting"))
    assert sorted(talks["participants"]) == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]
    assert "Kazakh President Kassym-Jomart Tokayev" not in gold["organizations"]


def test_discussing_by_phone_is_talks(extract):
    gold = extract(article("Tokayev and Mirziyoyev discussed bilateral ties by phone on Wednesday."))
    talks = one(events(gold, "meeting"))
    assert (sorted(talks["participants"]), talks["date"]) == (["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "2025-01-15")


def test_leaders_of_two_countries_who_discussed_something_held_talks(extract):
    gold = extract(article("Vladimir Putin and Kassym-Jomart Tokayev discussed energy on Thursday."))
    assert sorted(one(events(gold, "meeting"))["participants"]) == ["Kassym-Jomart Tokayev", "Vladimir Putin"]
    gold = extract(article("Kazakhstan and Uzbekistan discussed energy on Thursday."))
    assert events(gold, "meeting") == []   # countries that discussed: no one is said to have met


MODI, HASINA = "Indian Prime Minister Narendra Modi", "Bangladeshi Prime Minister Sheikh Hasina"
ONE_SET = lambda g: [(a["kind"], a["count"]) for a in g["agreements"]] in ([("documents", 7)], [("documents", 2)])


@pytest.mark.parametrize("paragraphs, check", [
    ([f"{MODI} and {HASINA} signed seven agreements in New Delhi on Tuesday.",
      "The leaders held two rounds of talks, one on Monday and another on Tuesday."], ONE_SET),
    ([f"{MODI} and {HASINA} signed two agreements in New Delhi on Tuesday.",
      "Before the signing, the two leaders met one on one for an hour."], ONE_SET),
    ([f"{MODI} and {HASINA} signed seven agreements in New Delhi on Tuesday.",
      "The agreements open the way for joint projects in Bangladesh, India and third countries."], ONE_SET),
    ([f"{MODI} and {HASINA} signed seven agreements in New Delhi on Tuesday.",
      "It was Hasina's third visit to India in five years.",
      "The first, in October 2019, was dominated by the Teesta water dispute."], ONE_SET),
    ([f"{MODI} and {HASINA} signed seven agreements in New Delhi on Tuesday.",
      "Relations have improved steadily since the 2015 Land Boundary Agreement settled the border."], ONE_SET),
    ([f"{MODI} and {HASINA} signed five agreements in New Delhi on Tuesday.",
      "The other two agreements, on energy and defence, will be signed in Dhaka next month."],
     lambda g: next(a for a in g["agreements"] if a["count"] == 5)["sectors"] == []),
    (["Bangladesh's cabinet on Monday approved the railway agreement with India.",
      f"The agreement was signed in New Delhi in September 2023 by {MODI} and {HASINA}."],
     lambda g: len(g["agreements"] + g["background_agreements"]) == 1),
    ([f"{MODI} and {HASINA} met in New Delhi.",
      "The two leaders signed an agreement to renew the Ganges water-sharing treaty of 1996."],
     lambda g: [e["type"] for e in g["events"]].count("signing") == 1),
    ([f"{MODI} and {HASINA} signed a rail transit agreement in New Delhi following negotiations in 2023 between "
      "their railway ministries."], lambda g: [e["type"] for e in g["events"]].count("signing") == 1),
    ([f"{MODI} met {HASINA} in Dhaka on the weekend of 4-5 January."],
     lambda g: [e["date"] for e in g["events"] if e["type"] == "meeting"] == ["2025-01-04/2025-01-05"]),
    ([f"{MODI} met {HASINA} in Dhaka on Tuesday.",
      "On the sidelines, Procter and Gamble signed an agreement with the government of Bangladesh to build a factory "
      "near Dhaka."], lambda g: "Procter and Gamble" in g["organizations"]),
    ([f"{MODI} and {HASINA} have discussed the Teesta water dispute many times since 2015 without reaching a deal."],
     lambda g: [e for e in g["events"] if e["type"] == "meeting"] == []),
], ids=["one-on-monday", "one-on-one", "third-countries", "the-first-of-visits", "a-named-treaty-of-2015",
        "the-other-two-to-be-signed", "approved-then-signed-before", "a-year-inside-the-object", "following-talks",
        "the-weekend-of", "procter-and-gamble", "discussed-many-times"])
def test_review_probes_of_the_fifth_session(extract, paragraphs, check):
    """Wordings a review found the first versions of this session's rules got wrong."""
    assert check(extract(article(*paragraphs)))


def test_a_bracketed_short_form_does_not_cut_the_agreement_from_its_topic(extract):
    gold = extract(article("Kazakhstan and Uzbekistan also signed a memorandum of understanding (MoU) on tourism on Thursday."))
    assert [(a["kind"], a["sectors"]) for a in gold["agreements"]] == [("memorandum", ["tourism"])]


def test_a_visit_a_deal_is_expected_to_be_signed_during_is_planned(extract):
    gold = extract(article("The deal is expected to be signed during Tokayev's visit to Tashkent next month."))
    visit = one(events(gold, "visit"))
    assert (visit["status"], visit["date"], visit["place"]) == ("planned", "2025-02", "Tashkent")


def test_organisations_told_as_the_sides_are_the_parties(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed three memoranda in Astana on Thursday.",
        "The first, between the Kazakh Investment Fund and the Uzbek Investment Agency, aims to double mutual investment.",
        "A second links the Atameken Chamber of Commerce with the Chamber of Commerce and Industry of Uzbekistan, while "
        "a third covers tourism."))
    parties = sorted(sorted(a["parties"]) for a in gold["agreements"])
    assert ["Atameken Chamber of Commerce", "Chamber of Commerce and Industry of Uzbekistan"] in parties
    assert ["Kazakh Investment Fund", "Uzbek Investment Agency"] in parties


def test_an_agreement_between_two_companies_told_before_the_agreement_signed(extract):
    gold = extract(article(
        "Kazakhstan will export more grain through Uzbek ports under an agreement between the Kazakh Grain Corporation "
        "and the Uzbek Railway Company, the transport minister told reporters on Thursday.",
        "The agreement, signed in Tashkent on January 3, runs for ten years."))
    assert sorted(one(gold["agreements"])["parties"]) == ["Kazakh Grain Corporation", "Uzbek Railway Company"]


def test_a_bracketed_short_form_names_the_organisation_before_it(extract):
    gold = extract(article(
        "The Kazakh Grain Corporation (KAZGRAIN) and Uzbekistan Railways signed a supply agreement in Tashkent on Monday.",
        "KAZGRAIN will ship 200,000 tonnes of wheat a year under the deal."))
    assert "KAZGRAIN" not in gold["organizations"]
    assert sorted(one(gold["agreements"])["parties"]) == ["Kazakh Grain Corporation", "Uzbekistan Railways"]


def test_a_vote_to_ratify_is_one_act_that_happened(extract):
    gold = extract(article(
        "The State Duma voted on Thursday to ratify the treaty on strategic partnership with Kazakhstan."))
    assert [(e["type"], e.get("status", "happened"), e["date"]) for e in gold["events"]] == [("other", "happened", "2025-01-16")]


def test_a_parliament_approving_something_is_its_vote(extract):
    gold = extract(article("Hungary's parliament approved Sweden's membership of the alliance on Monday."))
    vote = one(events(gold, "other"))
    assert (vote["participants"], vote["date"]) == (["National Assembly of Hungary"], "2025-01-13")   # the reference data's name


def test_a_lower_house_named_in_apposition_votes_once_and_a_treatys_city_is_no_person(extract):
    gold = extract(article(
        "Poland's lower house of parliament, the Sejm, yesterday voted by a large majority to approve the ratification "
        "of the Treaty of Nancy."))
    vote = one(events(gold, "other"))
    assert "Sejm" in vote["participants"]
    assert "Nancy" not in [p["name"] for p in gold["people"]]


def test_becoming_a_member_is_an_act_of_the_story_and_long_ago_background(extract):
    """GOLD-FORMAT, background acts: joining a bloc in the story's days is an act; a year before, background."""
    act = one(events(extract(article("Uzbekistan became a member on Monday.")), "other"))
    assert (act["participants"], act["date"]) == (["Uzbekistan"], "2025-01-13")
    assert events(extract(article("Uzbekistan became a member in April last year.")), "other") == []


def test_signing_a_parliaments_approval_is_no_signing_of_an_agreement(extract):
    gold = extract(article(
        "The Mazhilis voted in favour on Monday, and President Kassym-Jomart Tokayev signed the approval on Wednesday."))
    assert not events(gold, "signing")
    assert ["Kassym-Jomart Tokayev"] in [e["participants"] for e in events(gold, "other")]


@pytest.mark.parametrize("sentence, speaker", [
    ("The Kazakh embassy in Tashkent welcomed the vote.", "Kazakh embassy in Tashkent"),
    ("In a statement, the Uzbek government said the treaty would strengthen security.", "Uzbek government"),
    ("Foreign Minister Bakhtiyor Saidov thanked the Kazakh parliament in a tweet.", "Bakhtiyor Saidov"),
])
def test_words_of_a_government_body_or_in_a_tweet_are_a_statement(extract, sentence, speaker):
    gold = extract(article("The State Duma ratified the treaty with Kazakhstan on Thursday.", sentence))
    assert [speaker] in [e["participants"] for e in events(gold, "statement")]


def test_welcoming_a_guest_is_no_statement(extract):
    gold = extract(article("President Shavkat Mirziyoyev welcomed Kazakh President Kassym-Jomart Tokayev in Samarkand on Monday."))
    assert not events(gold, "statement")


@pytest.mark.parametrize("sentence, body", [
    ("Poland's parliament approved the treaty with France on Tuesday.", "Parliament of Poland"),
    ("Poland's senate approved the treaty with France on Tuesday.", "Senate of Poland"),
    ("Finland's parliament approved the treaty with France on Tuesday.", "Eduskunta"),
])
def test_a_countrys_legislature_is_the_reference_datas(extract, sentence, body):
    assert one(events(extract(article(sentence)), "other"))["participants"] == [body]


def test_sector_words_of_training_water_and_migration_are_concepts_of_the_scheme(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed a memorandum on training, water sharing and labour mobility in Astana on "
        "Thursday."))
    assert {"capacity-building", "environment", "consular"} <= set(one(gold["agreements"])["sectors"])


def test_the_two_heads_of_state_held_talks(extract):
    gold = extract(article(
        "Uzbek President Shavkat Mirziyoyev arrived in Astana on Monday for a state visit, welcomed by Kazakh President "
        "Kassym-Jomart Tokayev.",
        "After a motorcade through the capital, the two heads of state held talks at the Akorda."))
    talks = one(events(gold, "meeting"))
    assert sorted(talks["participants"]) == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]


def test_a_portfolio_listed_with_commas_is_the_title_of_the_minister_who_signed(extract):
    gold = extract(article(
        "A memorandum on agricultural machinery was signed in Moscow on Thursday by Foreign, Trade, Agriculture and "
        "Rural Development Minister S. Jaishankar and Russian Foreign Minister Sergey Lavrov."))
    memorandum = agreement(gold, "memorandum")
    assert sorted(memorandum["signatories"]) == ["S. Jaishankar", "Sergey Lavrov"]
    assert sorted(memorandum["parties"]) == ["India", "Russia"]


def test_a_name_after_a_portfolio_is_a_person_of_the_country_told(extract):
    # a name the small model does not know, after "Minister of" and a portfolio listed with commas
    gold = extract(article(
        "A memorandum on agricultural machinery was signed in Tashkent on Thursday by Uzbek Minister of Investment, "
        "Industry and Trade Laziz Kudratov and Russian Foreign Minister Sergey Lavrov."))
    memorandum = agreement(gold, "memorandum")
    assert sorted(memorandum["signatories"]) == ["Laziz Kudratov", "Sergey Lavrov"]
    assert sorted(memorandum["parties"]) == ["Russia", "Uzbekistan"]


def test_a_foreign_name_after_a_title_is_a_person(extract):
    gold = extract(article(
        "Moroccan Minister of Economy and Finance Nadia Fettah and French Economy Minister Antoine Armand signed a "
        "financing agreement for the high-speed line in Rabat on Monday."))
    assert sorted(agreement(gold, "agreement")["signatories"]) == ["Antoine Armand", "Nadia Fettah"]


def test_signing_a_treaty_with_a_person_makes_both_signers(extract):
    gold = extract(article(
        "Prime Minister Narendra Modi will sign the trade treaty with British Prime Minister Keir Starmer in London on Monday."))
    assert sorted(agreement(gold, "treaty")["signatories"]) == ["Keir Starmer", "Narendra Modi"]


def test_the_presidents_are_the_two_who_held_talks(extract):
    gold = extract(article(
        "Uzbek President Shavkat Mirziyoyev held talks with Kazakh President Kassym-Jomart Tokayev in Tashkent on Thursday.",
        "The Presidents also signed an agreement on the demarcation of the state border."))
    assert sorted(agreement(gold, "agreement")["signatories"]) == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]


def test_talks_followed_by_a_ceremony_are_still_the_leaders_talks(extract):
    gold = extract(article(
        "King Mohammed VI and French President Emmanuel Macron on Monday signed a declaration.",
        "After a motorcade through the capital, the two heads of state held talks at the Royal Palace in Rabat, "
        "followed by the signing ceremony."))
    assert sorted(one(events(gold, "meeting"))["participants"]) == ["Emmanuel Macron", "Mohammed VI"]


@pytest.mark.parametrize("sentence, meetings", [
    ("Tokayev met Xi Jinping and Narendra Modi on Tuesday, and Turkish President Recep Tayyip Erdogan, whose country "
     "is not a member, on Wednesday.",
     [("Narendra Modi", "2025-01-14"), ("Recep Tayyip Erdoğan", "2025-01-15"), ("Xi Jinping", "2025-01-14")]),
    ("Tokayev met Mirziyoyev in Samarkand in July and again in Astana in September.",
     [("Shavkat Mirziyoyev", "2024-07"), ("Shavkat Mirziyoyev", "2024-09")]),
])
def test_meetings_told_in_turn_each_keep_their_day(extract, sentence, meetings):
    gold = extract(article("Kazakh President Kassym-Jomart Tokayev is on a tour of Asia.", sentence))
    found = sorted((next(p for p in e["participants"] if p != "Kassym-Jomart Tokayev"), e["date"]) for e in events(gold, "meeting"))
    assert found == meetings


def test_a_person_who_did_something_else_on_another_day_was_not_met(extract):
    gold = extract(article("Kazakh President Kassym-Jomart Tokayev met Xi Jinping on Tuesday, a day after Narendra Modi "
                           "arrived in Beijing on Monday."))
    assert [e["participants"] for e in events(gold, "meeting")] == [["Kassym-Jomart Tokayev", "Xi Jinping"]]


def test_memoranda_listed_by_topic_within_a_package_are_agreements_of_its_day(extract):
    gold = extract(article(
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev held talks in Astana on Thursday.",
        "The two presidents also witnessed the signing of a package of documents, including memoranda on industrial "
        "cooperation, on trade and on cooperation in digital trade."))
    memoranda = [a for a in gold["agreements"] if a["kind"] == "memorandum"]
    assert sorted(a["name"] for a in memoranda) == ["memorandum on cooperation in digital trade",
                                                   "memorandum on industrial cooperation", "memorandum on trade"]
    assert {a["date"] for a in memoranda} == {"2025-01-16"}


def test_members_described_after_their_set_take_the_day_of_its_signing(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed three memoranda in Astana, Kazinform reported.",
        "The first, between the Kazakh Investment Fund and the Uzbek Investment Agency, aims to double mutual "
        "investment.", published="16 January 2025 - 10:00"))
    member = next(a for a in gold["agreements"] if "Kazakh Investment Fund" in a["parties"])
    assert member["date"] == "2025-01-16"


def test_a_named_member_keeps_the_organisations_told_as_its_sides(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed two memoranda in Astana on Thursday.",
        "The first, between the Kazakh Investment Fund and the Uzbek Investment Agency, aims to double mutual investment.",
        "The second memorandum, between the National Chamber of Entrepreneurs of Kazakhstan and the Chamber of Commerce "
        "and Industry of Uzbekistan, provides for joint trade missions."))
    second = next(a for a in gold["agreements"] if a["name"] == "The second memorandum")
    assert sorted(second["parties"]) == ["Chamber of Commerce and Industry of Uzbekistan",
                                         "National Chamber of Entrepreneurs of Kazakhstan"]


def test_members_told_by_ordinal_and_signed_by_ministers(extract):
    gold = extract(article(
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev witnessed the exchange of five "
        "agreements in Astana on Tuesday.",
        "The first, a memorandum on water sharing, was signed by Kazakh Foreign Minister Murat Nurtleu and Uzbek Foreign "
        "Minister Bakhtiyor Saidov.",
        "The second, on rice trade, was signed by the two agriculture ministers."))
    names = sorted(a["name"] for a in gold["agreements"])
    assert names == ["agreement on rice trade", "five agreements", "memorandum on water sharing"]


def test_the_sectors_the_set_covers_when_the_parser_reads_its_noun_as_part_of_the_verb(extract):
    gold = extract(article(
        "Bangladesh and China yesterday signed one agreement and eight memoranda of understanding in Beijing.",
        "The eight MoUs cover health, culture, sports and media."))
    memoranda = next(a for a in gold["agreements"] if a["count"] == 8)
    assert {"health", "culture"} <= set(memoranda["sectors"])


def test_the_second_signer_after_an_apposition_still_signs(extract):
    gold = extract(article(
        "Bangladesh and India signed a memorandum on the Kushiyara river in New Delhi on Tuesday.",
        "It was signed by Kabir Bin Anwar, senior secretary of Bangladesh's water resources ministry, and Pankaj Kumar, "
        "secretary of India's Department of Water Resources."))
    assert sorted(agreement(gold, "memorandum")["signatories"]) == ["Kabir Bin Anwar", "Pankaj Kumar"]


def test_a_building_where_agreements_were_signed_is_a_place_not_a_party(extract):
    gold = extract(article(
        "South Africa and China signed agreements at the Union Buildings in Pretoria on Tuesday."))
    assert "Union Buildings" not in agreement(gold, "documents")["parties"]
    assert "Union Buildings" in gold["places"]


def test_a_place_in_what_a_document_is_about_is_no_place_of_its_signing(extract):
    gold = extract(article(
        "The Philippines and Vietnam signed two memoranda in Hanoi on Tuesday.",
        "The first, a memorandum on incident prevention in the South China Sea, was signed by Foreign Secretary Enrique "
        "Manalo and Vietnamese Foreign Minister Bui Thanh Son."))
    assert {a["place"] for a in gold["agreements"]} == {"Hanoi"}


def test_a_member_told_by_an_ordinal_document_is_the_memorandum_beside_it(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed three documents in Astana on Tuesday.",
        "The third document, a memorandum on health care, was signed by the two health ministries."))
    names = sorted(a["name"] for a in gold["agreements"])
    assert names == ["memorandum on health care", "three documents"]


def test_a_joint_statement_issued_by_two_leaders_is_their_countries_not_the_last_companies_told(extract):
    gold = extract(article(
        "Uzbek President Shavkat Mirziyoyev held talks with Kazakh President Kassym-Jomart Tokayev in Tashkent on Friday.",
        "Separately, Hyundai Rotem and Uzbekistan Railways signed a contract for the supply of train cars.",
        "At the end of the talks, the two leaders issued a joint statement in which they agreed to deepen their partnership."))
    assert sorted(agreement(gold, "joint_statement")["parties"]) == ["Kazakhstan", "Uzbekistan"]


def test_a_company_deal_is_between_the_companies_not_the_country_of_one(extract):
    gold = extract(article(
        "QatarEnergy has signed a 20-year supply agreement with India's Petronet LNG Limited in Goa on Thursday."))
    deal = agreement(gold, "agreement")
    assert sorted(deal["parties"]) == ["Petronet LNG Limited", "QatarEnergy"]
    assert deal["signatories"] == []


def test_a_declaration_adopted_by_a_blocs_leaders_is_the_blocs_statement_and_its_topic_no_party(extract):
    gold = extract(article(
        "Leaders of the Gulf Cooperation Council adopted a declaration on Yemen in Doha on Thursday."))
    assert one(events(gold, "statement"))["participants"] == ["Gulf Cooperation Council"]
    assert agreement(gold, "joint_statement")["parties"] == ["Gulf Cooperation Council"]


def test_the_agreement_described_anew_is_another_agreement_not_the_one_told_before(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed an agreement on border demarcation in Tashkent on Thursday.",
        "Uzbek Foreign Minister Bakhtiyor Saidov and Kazakh Foreign Minister Murat Nurtleu signed the agreement on the "
        "establishment of an industrial cooperation centre.",
        "The agreement on border demarcation will be ratified by both parliaments; it was not signed on behalf of anyone else."))
    assert len(gold["agreements"]) == 2, gold["agreements"]
    border = next(a for a in gold["agreements"] if "border" in a["name"])
    assert border["signatories"] == []


def test_the_leaders_communique_at_a_blocs_summit_is_the_blocs(extract):
    gold = extract(article(
        "Group of Seven leaders opened their summit in Hiroshima on Friday: Japanese Prime Minister Fumio Kishida, "
        "US President Joe Biden, German Chancellor Olaf Scholz, French President Emmanuel Macron, British Prime "
        "Minister Rishi Sunak, Italian Prime Minister Giorgia Meloni and Canadian Prime Minister Justin Trudeau.",
        "The leaders released their communique on Saturday."))
    assert agreement(gold, "joint_statement")["parties"] == ["G7"]


def test_the_states_parties_of_a_bloc_are_not_the_united_states(extract):
    gold = extract(article(
        "In a joint communique issued at the close of the summit in Rio de Janeiro on Thursday, the presidents of the "
        "States Parties of Mercosur welcomed the agreement."))
    assert "United States" not in gold["countries"]


def test_the_sides_a_signer_signed_for_are_parties(extract):
    gold = extract(article(
        "The agreement was signed by Murat Nurtleu for Kazakhstan and by Bakhtiyor Saidov on behalf of the Shanghai "
        "Cooperation Organisation on Thursday."))
    assert {"Kazakhstan", "Shanghai Cooperation Organisation"} <= set(one(gold["agreements"])["parties"])


@pytest.mark.parametrize("signers", ["the two foreign ministers", "the foreign ministers of the two countries"])
def test_ministers_named_only_by_office_are_the_reference_datas_holders(extract, signers):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed a border treaty in Astana on Monday.", f"It was signed by {signers}.",
        published="16 January 2024 - 10:00"))
    assert sorted(one(gold["agreements"])["signatories"]) == ["Bakhtiyor Saidov", "Murat Nurtleu"]


def test_an_agreements_entry_into_force_is_an_act_of_its_parties_that_does_not_date_it(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed a border treaty in Astana on Monday.",
        "The treaty will enter into force in March.",
        "An earlier transit agreement between the two countries entered into force in January 2020."))
    act = one([e for e in events(gold, "other", "planned")])
    assert (sorted(act["participants"]), act["agreement"]) == (["Kazakhstan", "Uzbekistan"], "border treaty")
    assert [a["date"] for a in gold["agreements"]] == ["2025-01-13"]


def test_a_statement_told_in_the_past_perfect_with_its_own_day_keeps_that_day(extract):
    gold = extract(article(
        "The Uzbek foreign ministry had announced late Saturday that the embassy would reopen, a week after President "
        "Shavkat Mirziyoyev said on January 9 that talks were under way."))
    ministry = next(e for e in events(gold, "statement") if e["participants"] == ["Uzbek foreign ministry"])
    assert ministry["date"] == "2025-01-11"


def test_an_act_on_the_sidelines_of_a_ceremony_has_the_ceremonys_day(extract):
    gold = extract(article(
        "Astana, January 17, Kazinform - Kazakhstan and Uzbekistan have signed a memorandum on grain exports to deepen "
        "cooperation in agriculture.",
        "The memorandum was signed in Astana on Wednesday by the two agriculture ministers.",
        "On the sidelines of the ceremony, the Kazakh Grain Corporation and the Uzbek Railway Company signed a supply "
        "agreement."))
    supply = next(a for a in gold["agreements"] if a["name"] == "supply agreement")
    assert supply["date"] == "2025-01-15"


def test_a_plan_of_next_week_takes_the_closer_days_a_later_plan_gives(extract):
    gold = extract(article(
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev will sign a treaty on strategic "
        "partnership when the Uzbek leader visits Astana next week, the Akorda announced.",
        "Mirziyoyev will make a state visit to Kazakhstan on January 22 and 23, the presidential office said.",
        published="17 January 2025 - 10:00"))
    assert one(events(gold, "signing", "planned"))["date"] == "2025-01-22/2025-01-23"
    assert one(gold["agreements"])["date"] == "2025-01-22/2025-01-23"


def test_leaders_who_shook_hands_met(extract):
    gold = extract(article(
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev first shook hands at a summit in "
        "Samarkand in September 2022.", published="4 September 2024 - 10:00"))
    meeting = one(events(gold, "meeting"))
    assert (sorted(meeting["participants"]), meeting["date"]) == (["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"], "2022-09")


def test_the_embassy_said_is_the_embassy_told_before(extract):
    gold = extract(article(
        "The Mazhilis approved the treaty with Uzbekistan on Monday.",
        "The Uzbek embassy in Astana welcomed the outcome. \"Today's vote marks a historic step in our partnership,\" the "
        "embassy said in a statement."))
    assert [q["speaker"] for q in gold["quotes"]] == ["Uzbek embassy in Astana"]


def test_the_embassy_said_is_the_embassy_told_last_not_the_one_named_last(extract):
    gold = extract(article(
        "The US embassy in Helsinki welcomed the outcome on Monday.",
        "The French embassy in Warsaw welcomed the vote on Monday.",
        "The US embassy in Helsinki also praised the deal.",
        '"It is a historic day," the embassy said.'))
    assert [q["speaker"] for q in gold["quotes"]] == ["US embassy in Helsinki"]


def test_leaders_who_unveiled_a_plant_together_did_an_act(extract):
    gold = extract(article(
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev jointly unveiled, by video link, "
        "the first unit of a power plant on Tuesday."))
    act = one(events(gold, "other"))
    assert sorted(act["participants"]) == ["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]


def test_a_set_whose_members_are_told_by_ordinal_and_by_a_semicolon_list_gives_way_to_them(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan on Tuesday signed four agreements in Astana.",
        "The first, a memorandum on incident prevention in the Caspian Sea, was signed by Kazakh Foreign Minister Murat "
        "Nurtleu and Uzbek Foreign Minister Bakhtiyor Saidov.",
        "The three other documents are a memorandum on rice trade, under which Kazakhstan will supply grain; a "
        "memorandum on cooperation in agriculture; and an implementation programme for cultural cooperation."))
    names = sorted(a["name"] for a in gold["agreements"])
    assert names == ["implementation programme for cultural cooperation", "memorandum on cooperation in agriculture",
                     "memorandum on incident prevention", "memorandum on rice trade"]


def test_a_name_with_a_middle_initial_is_the_person_the_data_names_without(extract):
    gold = extract(article("President Ferdinand R. Marcos Jr. arrived in Hanoi on Monday.",
                           "Marcos met Vietnamese President Vo Van Thuong on Tuesday.", published="31 January 2024 - 10:00"))
    assert [p["name"] for p in gold["people"] if "Marcos" in p["name"]] == ["Ferdinand Marcos Jr."]


def test_a_minister_who_signed_for_a_bloc_adds_no_party_of_his_own(extract):
    gold = extract(article(
        "The European Union signed a partnership agreement with Kazakhstan in Astana on Thursday.",
        "It was signed by French Foreign Minister Jean-Noël Barrot and Kazakh Foreign Minister Murat Nurtleu."))
    assert sorted(one(gold["agreements"])["parties"]) == ["European Union", "Kazakhstan"]


def test_one_of_a_set_told_with_its_sides_and_signer_is_a_member(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan yesterday signed one agreement and six memoranda of understanding in Astana.",
        "The agreement, on economic cooperation, provides for grants. The six memoranda cover health, culture and sports.",
        "One of the memoranda, between Kazinform and the Uzbek National News Agency, provides for the exchange of news. "
        "It was signed by Kazinform's chairman Askhat Beisenov.", published="17 January 2025 - 10:00"))
    member = next(a for a in gold["agreements"] if a["name"].startswith("memorandum between"))
    assert sorted(member["parties"]) == ["Kazinform", "Uzbek National News Agency"]


def test_a_capitalised_name_before_of_is_the_whole_agreement_name(extract):
    gold = extract(article(
        "Japanese Defence Minister Minoru Kihara and Indonesian Defence Minister Sjafrie Sjamsoeddin agreed in Jakarta "
        "on Tuesday to work toward concluding a Reciprocal Access of Armed Forces Agreement."))
    assert [a["name"] for a in gold["agreements"]] == ["Reciprocal Access of Armed Forces Agreement"]


def test_counterparts_named_after_a_comma_are_the_people_met(extract):
    gold = extract(article(
        "Australian Foreign Minister Penny Wong and Defence Minister Richard Marles met their Indonesian counterparts, "
        "Foreign Minister Sugiono and Defence Minister Sjafrie Sjamsoeddin, in Canberra on Monday."))
    assert {"Sugiono", "Sjafrie Sjamsoeddin"} <= set(one(events(gold, "meeting"))["participants"])


def test_a_planned_agreement_told_indefinitely_keeps_the_sectors_of_its_name(extract):
    gold = extract(article(
        "Japanese Defence Minister Minoru Kihara and Indonesian Defence Minister Sjafrie Sjamsoeddin agreed in Jakarta "
        "on Tuesday to work toward concluding a Maritime Security Cooperation Agreement."))
    assert "security" in one(gold["agreements"])["sectors"]


def test_an_agreement_still_to_be_concluded_is_dated_by_the_year_its_clause_sets(extract):
    gold = extract(article(
        "Kenyan Trade Minister Lee Kinyanjui and his Indonesian counterpart Budi Santoso held talks in Nairobi on Monday.",
        "The two countries aim to conclude a preferential trade agreement by the end of the year, Kinyanjui said.",
        published="3 March 2026 - 09:00"))
    planned = one([a for a in gold["agreements"] if a.get("status") == "planned"])
    assert planned["date"] == "2026"


def test_a_summit_invited_to_keeps_its_own_date_read_forward(extract):
    gold = extract(article(
        "President Cyril Ramaphosa invited Brazilian President Luiz Inacio Lula da Silva on Thursday to attend the "
        "summit of the African Union to be held in Addis Ababa in February.", published="14 November 2025 - 09:00"))
    assert one(events(gold, "summit"))["date"] == "2026-02"


def test_that_day_is_the_day_told_before_not_the_day_of_the_next_clause(extract):
    gold = extract(article(
        "Lula flew into Rome on Friday for the funeral.",
        "He met Italian Prime Minister Giorgia Meloni that day and held talks with Pope Leo on Saturday.",
        published="12 May 2025 - 10:00"))
    met = next(e for e in events(gold, "meeting") if "Giorgia Meloni" in e["participants"])
    assert met["date"] == "2025-05-09"


def test_a_relative_clause_of_the_other_side_adds_no_side_to_a_separate_meeting(extract):
    gold = extract(article(
        "On Tuesday, President Ruto called on King Charles and held a separate meeting with Prime Minister Keir Starmer, "
        "who assured him that Britain would remain a reliable partner for Kenya.", published="5 March 2025 - 10:00"))
    participants = {p for e in events(gold, "meeting") for p in e["participants"]}
    assert "Keir Starmer" in participants and not participants & {"United Kingdom", "Kenya"}


def test_a_counterpart_of_a_minister_named_by_title_is_the_minister_of_that_country(extract):
    gold = extract(article(
        "The memorandum was signed in Nairobi on Monday by Dr Mary Wambui, the Minister for Agriculture, and her "
        "Ethiopian counterpart, Mr Girma Amente.",
        "Earlier on Monday, the Ethiopian minister paid a courtesy call on President William Ruto at State House.",
        published="11 March 2025 - 10:00"))
    assert "the Ethiopian minister" in next(p for p in gold["people"] if p["name"] == "Girma Amente")["aliases"]


def test_brussels_stands_for_the_european_union_in_an_article_that_names_it(extract):
    gold = extract(article(
        "Kenya's National Assembly on Tuesday ratified the Economic Partnership Agreement with the European Union.",
        "Nairobi and Brussels concluded negotiations on the agreement in June last year.",
        published="28 February 2024 - 10:00"))
    parties = {p for a in gold["agreements"] for p in a["parties"]}
    assert "European Union" in parties and "Belgium" not in parties


def test_what_can_happen_next_year_is_planned(extract):
    gold = extract(article(
        "Chile and India signed a comprehensive economic partnership agreement in New Delhi on Monday.",
        "Officials hope the agreement can enter into force next year.", published="10 March 2025 - 10:00"))
    entry = one([e for e in gold["events"] if e["type"] == "other"])
    assert (entry.get("status"), entry["date"]) == ("planned", "2026")


def test_a_treaty_named_like_an_organisation_is_no_side_of_its_own_signing(extract):
    gold = extract(article(
        "The Amazon Cooperation Treaty was signed in Brasilia in 1978 by the eight countries.",
        "Britain already has a defence treaty with France, the Lancaster House Treaty signed in 2010.",
        published="9 August 2023 - 10:00"))
    named = {p for e in gold["events"] for p in e["participants"]} | {p for a in gold["agreements"] + gold["background_agreements"] for p in a["parties"]}
    assert not named & {"Amazon Cooperation Treaty", "Lancaster House Treaty"}
    assert "Lancaster House Treaty" not in gold["organizations"]


def test_what_the_sides_of_the_lead_talks_say_is_said_at_the_talks(extract):
    gold = extract(article(
        "Indonesian President Prabowo Subianto held talks with Japanese Prime Minister Shigeru Ishiba in Tokyo on Monday.",
        "The two leaders discussed defence and energy cooperation.",
        "The talks lasted two hours.",
        "Ishiba said Japan would support Indonesia's energy transition.", published="11 March 2025 - 10:00"))
    assert not events(gold, "statement")


def test_what_someone_met_in_passing_says_is_a_statement(extract):
    gold = extract(article(
        "Iranian President Masoud Pezeshkian arrived in Moscow on Friday to sign a treaty with Vladimir Putin.",
        "The treaty covers trade, energy and defence.",
        "The two presidents also discussed the North-South transport corridor.",
        "Pezeshkian, who held talks with Russian Prime Minister Mikhail Mishustin before meeting Putin, is accompanied by "
        "his oil minister.",
        "Mishustin said the two countries were working to deepen cooperation in transport and energy.",
        published="17 January 2025 - 10:00"))
    assert [e["participants"] for e in events(gold, "statement")] == [["Mikhail Mishustin"]]


def test_words_at_a_regular_press_briefing_are_a_press_conference(extract):
    gold = extract(article(
        "At a regular press briefing last Thursday, foreign ministry spokeswoman Mao Ning said China welcomed the visit.",
        published="12 December 2023 - 10:00"))
    assert [(e["participants"], e["date"]) for e in events(gold, "press_conference")] == [(["Mao Ning"], "2023-12-07")]
    assert not events(gold, "statement")


def test_a_signing_told_in_a_relative_clause_keeps_the_year_of_the_treatys_name(extract):
    gold = extract(article(
        "It replaced the 1991 Strategic Arms Reduction Treaty, which Presidents George H.W. Bush and Mikhail Gorbachev "
        "signed in Moscow and which expired in December 2009.", published="4 February 2021 - 10:00"))
    assert [e["date"] for e in events(gold, "signing")] == ["1991"]


def test_the_three_countries_are_the_last_three_countries_named(extract):
    gold = extract(article(
        "Turkey had blocked the bids of Sweden and Finland for months.",
        "NATO Secretary General Jens Stoltenberg and Swedish Prime Minister Ulf Kristersson met in Brussels last week.",
        "The three countries signed a trilateral memorandum in Madrid in June 2022.", published="24 January 2024 - 10:00"))
    signing = one(events(gold, "signing"))
    assert sorted(signing["participants"]) == ["Finland", "Sweden", "Turkey"]


def test_words_told_to_the_leaders_of_a_summit_and_its_session_addresses_are_the_summits(extract):
    gold = extract(article(
        "Arab League leaders held their annual summit in Manama on Thursday.",
        "United Nations Secretary-General Antonio Guterres also addressed the opening session.",
        "Guterres told the leaders that the war in Gaza was a catastrophe.", published="17 May 2024 - 10:00"))
    assert {e["type"] for e in gold["events"]} == {"summit"}


def test_two_invitations_each_way_are_two_visits_and_a_summit_invited_to_is_no_visit(extract):
    gold = extract(article(
        "Chinese President Xi Jinping held a phone call with US President Donald Trump on Thursday.",
        "Xi invited Trump to visit China, and Trump invited the Chinese president to pay a visit to the United States.",
        "Xi also invited Trump to attend the summit of the Asia-Pacific Economic Cooperation in Shenzhen in November.",
        published="6 June 2025 - 10:00"))
    assert len([e for e in events(gold, "visit") if e.get("status") == "invited"]) == 2


def test_his_visit_of_another_time_is_not_the_visit_told_before(extract):
    gold = extract(article(
        "Indian Prime Minister Narendra Modi arrived in Colombo on Friday night for a state visit.",
        "Sri Lankan President Anura Kumara Dissanayake hosted him on Saturday.",
        "Dissanayake made his first state visit abroad as president to New Delhi from December 15 to 17 last year.",
        published="6 April 2025 - 10:00"))
    assert ["2024-12-15/2024-12-17"] == [e["date"] for e in events(gold, "visit") if "Anura Kumara Dissanayake" in e["participants"]]


def test_a_name_the_title_after_it_calls_a_governor_is_a_person(extract):
    gold = extract(article(
        "The memoranda were signed by Khaled Mohamed Balama, Governor of the CBUAE, and Shaktikanta Das, Governor of the "
        "RBI, in Abu Dhabi on Saturday.", published="16 July 2023 - 10:00"))
    assert "Shaktikanta Das" in [p["name"] for p in gold["people"]]


def test_a_lower_case_portfolio_is_no_sector_of_what_the_minister_signed(extract):
    gold = extract(article(
        "Under the auspices of the two presidents, the transport ministers of Iraq, Turkiye and Qatar and the UAE's "
        "minister of energy and infrastructure signed the quadrilateral memorandum on cooperation in the Development "
        "Road, a planned road and rail corridor.", published="23 April 2024 - 10:00"))
    assert "infrastructure" not in one(gold["agreements"])["sectors"]


def test_places_the_recogniser_calls_people_are_places(extract):
    gold = extract(article(
        "The two leaders inaugurated the Sampur solar power plant by video link on Saturday.",
        "The candidate sites are in Cagayan, Isabela, Zambales and Palawan.",
        "The memorandum was signed by Saudi Energy Minister Prince Abdulaziz bin Salman and India’s Minister of Power "
        "R.K. Singh.", published="6 April 2025 - 10:00"))
    people = [p["name"] for p in gold["people"]]
    assert "Sampur" not in people and "Zambales" not in people and "Abdulaziz bin Salman" in " ".join(people)


def test_words_on_a_social_platform_are_a_statement_of_a_principal(extract):
    gold = extract(article(
        "Chinese President Xi Jinping held a phone call with US President Donald Trump on Thursday.",
        "Trump wrote on his Truth Social platform that the call had gone well.", published="6 June 2025 - 10:00"))
    assert [e["participants"] for e in events(gold, "statement")] == [["Donald Trump"]]


def test_a_law_that_needs_to_be_signed_is_no_signing_of_an_agreement(extract):
    gold = extract(article(
        "Turkey's parliament ratified the protocol on Sweden's accession to NATO on Tuesday.",
        "The law now needs to be signed by President Recep Tayyip Erdogan and published in the Official Gazette.",
        published="24 January 2024 - 10:00"))
    assert not events(gold, "signing")


def test_an_agreement_signed_in_a_past_year_is_signed_though_a_new_one_will_replace_it(extract):
    gold = extract(article(
        "Indonesia and Australia will sign a new defence cooperation agreement next week.",
        "The new pact will replace the Defence Cooperation Arrangement signed by the two countries in 2012.",
        published="20 August 2024 - 10:00"))
    assert [e["date"] for e in events(gold, "signing", "happened")] == ["2012"]


def test_a_visit_under_consideration_is_planned(extract):
    gold = extract(article(
        "Chinese President Xi Jinping held a phone call with US President Joe Biden on Thursday.",
        "The call came as House Speaker Nancy Pelosi was reported to be considering a visit to the island in August.",
        published="29 July 2022 - 10:00"))
    assert [e["date"] for e in events(gold, "visit", "planned")] == ["2022-08"] and not events(gold, "visit", "happened")


@pytest.mark.parametrize("between", [
    # a president named only in an adviser's title did not act; the adviser's own role names no president's office
    "Celso Amorim, chief foreign policy adviser to Brazil's President Luiz Inácio Lula da Silva, attended as an observer.",
    "Celso Amorim met Ali on Friday.",
])
def test_the_two_presidents_are_the_two_presidents_who_acted(extract, between):
    gold = extract(article(
        "President Irfaan Ali and Venezuelan President Nicolás Maduro held talks in St Vincent on Thursday.",
        between,
        "The two presidents agreed to meet again in Brazil within the next three months.",
        "Speaking to reporters after the talks, Ali said Guyana had not compromised.", published="16 December 2023 - 10:00"))
    planned = one(events(gold, "meeting", "planned"))
    assert sorted(planned["participants"]) == ["Irfaan Ali", "Nicolás Maduro"]


def test_a_given_name_the_reference_data_leaves_out_belongs_to_the_known_person(extract):
    gold = extract(article(
        "Prime Minister Muhammad Shehbaz Sharif held talks with Chinese Premier Li Qiang in Beijing on Friday.",
        published="8 June 2024 - 10:00"))
    assert len(gold["people"]) == 2 and sorted(one(events(gold, "meeting"))["participants"]) == ["Li Qiang", "Shehbaz Sharif"]


def test_a_visit_told_beside_a_purpose_infinitive_is_as_real_as_the_signing(extract):
    gold = extract(article(
        "BEIJING, Jun 8 (APP): Pakistan and China on Friday signed 23 agreements and memoranda of understanding (MoUs) "
        "to broaden cooperation in infrastructure, agriculture, industry, science and technology, health and media, on "
        "the fourth day of Prime Minister Muhammad Shehbaz Sharif's five-day official visit to China.",
        published="8 June 2024 - 11:20"))
    assert events(gold, "visit", "happened") and not events(gold, "visit", "planned")


@pytest.mark.parametrize("among", ["Among the instruments were", "Among the agreements were", "Among them were"])
def test_members_told_after_among_the_set_are_agreements_signed_with_it(extract, among):
    gold = extract(article(
        "Pakistan and China on Friday signed 23 agreements and memoranda of understanding (MoUs) to broaden cooperation "
        "in infrastructure.",
        f"{among} a framework agreement on the realignment of a section of the Karakoram Highway and a "
        "protocol on the export of Pakistani dried chillies to China.", published="8 June 2024 - 11:20"))
    signed = {e["agreement"] for e in events(gold, "signing", "happened")}
    assert {"framework agreement on the realignment of a section of the Karakoram Highway",
            "protocol on the export of Pakistani dried chillies to China"} <= signed


def test_a_sector_word_in_a_name_inside_a_longer_name_belongs_to_the_longer_one(extract):
    gold = extract(article(
        "US President Donald Trump signed a reciprocal trade agreement with Cambodian Prime Minister Hun Manet on Sunday.",
        "Separately, the United States and Vietnam issued a joint statement on a framework for a reciprocal trade "
        "agreement.", published="27 October 2025 - 10:00"))
    statement = agreement(gold, "joint_statement")
    assert "trade" in statement["sectors"]


def test_members_listed_by_semicolons_keep_the_sector_words_of_their_names(extract):
    gold = extract(article(
        "The Philippines and Vietnam signed five documents in Hanoi on Tuesday.",
        "The three other documents are a memorandum of understanding on rice trade, under which Vietnam commits to "
        "supply rice; a memorandum on cooperation in agriculture and rural development; and an implementation programme "
        "for cultural cooperation.", published="31 January 2024 - 10:00"))
    sectors = {a["name"]: a["sectors"] for a in gold["agreements"]}
    assert "agriculture" in sectors["memorandum on cooperation in agriculture and rural development"]
    assert "trade" in sectors["memorandum of understanding on rice trade"]


def test_a_welcome_where_the_guest_flew_is_his_visit_not_a_meeting(extract):
    gold = extract(article(
        "Turkish President Recep Tayyip Erdogan held talks with Iraqi Prime Minister Mohammed Shia al-Sudani in Baghdad "
        "on Monday.",
        "Erdogan then flew to Erbil, where he was received by Kurdistan Region President Nechirvan Barzani.",
        published="23 April 2024 - 10:00"))
    assert not [e for e in events(gold, "meeting") if "Nechirvan Barzani" in e["participants"]]
    assert [e for e in events(gold, "visit") if "Nechirvan Barzani" in e["participants"]]


def test_a_counterpart_named_with_a_title_after_the_comma_is_that_person(extract):
    gold = extract(article(
        "The agreement was signed on Thursday by Nepal's Energy Secretary Gopal Prasad Sigdel and his Indian "
        "counterpart, Power Secretary Pankaj Agarwal.", published="5 January 2024 - 10:00"))
    assert sorted(one(gold["agreements"])["signatories"]) == ["Gopal Prasad Sigdel", "Pankaj Agarwal"]


def test_an_acronym_written_as_a_word_is_the_bloc_and_a_summit_name_is_no_actor(extract):
    gold = extract(article(
        "KUALA LUMPUR: US President Donald Trump yesterday witnessed the signing of a peace declaration between Thailand "
        "and Cambodia on the opening day of the 47th Asean Summit.", published="27 October 2025 - 10:00"))
    names = [p["name"] for p in gold["people"]]
    summit = one(events(gold, "summit"))
    assert "ASEAN" in summit["participants"] and "Asean Summit" not in summit["participants"] + names


def test_a_news_agency_acronym_is_not_read_in_title_case(extract):
    gold = extract(article(
        "Pakistani Minister of State Hina Rabbani Khar met Chinese Foreign Minister Wang Yi in Beijing on Friday.",
        "Hina told reporters that the talks had gone well.", published="8 June 2024 - 11:20"))
    assert one(events(gold, "press_conference"))["participants"] == ["Hina Rabbani Khar"]


def test_a_past_relative_clause_is_its_own_clause_but_a_participle_with_a_coming_date_is_not(extract):
    gold = extract(article(
        "The new pact will replace the treaty that Jakarta and Canberra signed in 2006.",
        "Modi will attend the BRICS summit hosted by Brazil next month.", published="20 June 2025 - 10:00"))
    assert [e["date"] for e in events(gold, "signing", "happened")] == ["2006"]
    assert events(gold, "summit", "planned") and not events(gold, "summit", "happened")


def test_a_guest_met_at_the_airport_is_welcomed_within_his_visit(extract):
    gold = extract(article(
        "Russian Foreign Minister Sergei Lavrov arrived in Luanda on Tuesday.",
        "He was met at the airport by Angolan Foreign Minister Tete Antonio.", published="26 January 2023 - 10:00"))
    assert not events(gold, "meeting") and "Téte António" in one(events(gold, "visit"))["participants"]


def test_a_visit_judged_by_consider_is_no_plan(extract):
    gold = extract(article("Lula considered his visit to Beijing a success.", published="20 June 2025 - 10:00"))
    assert not events(gold, "visit", "planned")


def test_the_remaining_instruments_are_the_set_signed_and_take_its_sectors(extract):
    gold = extract(article(
        "The two governments signed 20 agreements in Beijing on Wednesday.",
        "The remaining instruments cover tourism and agriculture.", published="11 January 2024 - 10:05"))
    assert {"tourism", "agriculture"} <= set(agreement(gold, "documents")["sectors"])


def test_a_short_form_in_brackets_does_not_take_the_sectors_of_the_set_it_abbreviates(extract):
    gold = extract(article(
        "Pakistan and China on Friday signed 23 agreements and memoranda of understanding (MoUs) to broaden cooperation "
        "in infrastructure, agriculture and health.", published="8 June 2024 - 11:20"))
    assert {"infrastructure", "agriculture", "health"} <= set(agreement(gold, "documents")["sectors"])


def test_several_agreements_and_memoranda_are_one_set_and_a_member_after_them_keeps_its_own_sectors(extract):
    gold = extract(article(
        "Sisi and Macron held talks in Cairo on Monday.",
        "They also witnessed the signing of several agreements and memoranda of understanding on transport, health and "
        "education, including a financing accord for the extension of the Cairo Metro.", published="8 April 2025 - 10:00"))
    sets = [a for a in gold["agreements"] if a["kind"] == "documents"]
    assert {"transport", "health", "education"} <= set(one(sets)["sectors"])
    assert not [a for a in gold["agreements"] if a["kind"] == "memorandum"]
    assert "health" not in agreement(gold, "agreement")["sectors"]


def test_the_treaty_is_not_the_memorandum_told_before(extract):
    gold = extract(article(
        "Panama operates the flights with US funding under a memorandum signed with Washington on Monday.",
        "The State Department said China's presence in the canal area violated the treaty.",
        published="3 February 2025 - 07:50"))
    assert [a["kind"] for a in gold["agreements"]] == ["memorandum"]


@pytest.mark.parametrize("sentence, people", [
    ("Last night, President Mnangagwa hosted a State banquet in honour of his guest.", {"Emmerson Mnangagwa"}),
    ("Lukashenko was accorded a ceremonial welcome at State House before the talks.", {"Alexander Lukashenko"}),
    ("President Mnangagwa welcomed President Lukashenko with military honours at State House.",
     {"Emmerson Mnangagwa", "Alexander Lukashenko"}),
])
def test_a_ceremonial_welcome_or_state_banquet_is_an_act_of_protocol_not_talks(extract, sentence, people):
    gold = extract(article(sentence, published="31 January 2023 - 10:00"))
    assert people <= set(one(events(gold, "other", "happened"))["participants"])
    assert not events(gold, "meeting")


def test_a_welcome_ceremony_told_as_a_time_is_no_act_of_its_own(extract):
    gold = extract(article("After a welcome ceremony with military honours, Lula and Xi held talks in Beijing.",
                           published="14 April 2023 - 10:00"))
    assert not events(gold, "other")


def test_a_summit_a_country_will_host_is_planned_and_its_month_is_ahead(extract):
    gold = extract(article(
        "The tour is aimed at laying the groundwork for the Group of Seven summit that Japan will host in Hiroshima "
        "in May.", published="11 January 2023 - 10:00"))
    summit = one(events(gold, "summit"))
    assert (summit.get("status"), summit["date"]) == ("planned", "2023-05")


def test_next_years_summit_is_a_new_one_of_the_same_organisation(extract):
    gold = extract(article(
        "Leaders of the Shanghai Cooperation Organisation (SCO) signed the Astana Declaration on Thursday at a summit "
        "in the Kazakh capital.",
        "China takes over the rotating chairmanship and will host next year's summit.", published="4 July 2024 - 10:00"))
    planned = one(events(gold, "summit", "planned"))
    assert planned["date"] == "2025"
    assert {"China", "Shanghai Cooperation Organisation"} <= set(planned["participants"])


@pytest.mark.parametrize("sentence", [
    "The pact will take effect after it is ratified by the legislatures of both countries.",
    "It must also be approved by Turkey's Grand National Assembly before it can enter into force.",
])
def test_an_entry_into_force_tied_to_a_ratification_is_that_procedure_alone(extract, sentence):
    gold = extract(article("Japan and the Philippines signed a reciprocal access agreement in Manila on Monday.",
                           sentence, published="9 July 2024 - 10:00"))
    assert len(events(gold, "other", "planned")) == 1


def test_a_capital_named_only_for_its_government_is_no_place_of_the_story(extract):
    gold = extract(article(
        "Xi Jinping held talks with Joe Biden in Beijing on Thursday, urging Washington to abide by the one-China "
        "principle.", published="29 July 2022 - 10:00"))
    assert "Beijing" in gold["places"]
    assert "Washington" not in gold["places"]
    assert "United States" in gold["countries"]


def test_a_meeting_of_a_named_council_has_the_council_as_a_participant(extract):
    gold = extract(article(
        "Erdogan and Mitsotakis co-chaired the fifth meeting of the Türkiye-Greece High-Level Cooperation Council in "
        "Athens on Thursday.", published="8 December 2023 - 10:00"))
    council = "Türkiye-Greece High-Level Cooperation Council"
    assert council in one(events(gold, "meeting", "happened"))["participants"]
    assert council not in gold["places"]


def test_a_summit_held_whose_relative_clause_looks_ahead_still_happened(extract):
    gold = extract(article(
        "Leaders of the African Union held a summit in Addis Ababa on Sunday that will shape the continent's trade "
        "policy for a decade.", published="11 March 2025 - 10:00"))
    assert events(gold, "summit", "happened") and not events(gold, "summit", "planned")


def test_a_past_entry_into_force_after_a_ratification_is_an_act_of_its_own(extract):
    gold = extract(article(
        "Greece and Cyprus signed a defence agreement in Athens last year.",
        "After the Greek parliament approved it in January, the agreement entered into force on Monday.",
        published="11 March 2025 - 10:00"))
    assert "2025-03-10" in [e["date"] for e in events(gold, "other", "happened")]


def test_next_years_summit_of_two_named_countries_takes_no_bloc_from_the_summit_before(extract):
    gold = extract(article(
        "Leaders of BRICS met at a summit in Kazan on Monday.",
        "Xi invited Putin to next year's China-Russia summit.", published="7 March 2025 - 10:00"))
    next_one = [e for e in events(gold, "summit") if "Vladimir Putin" in e["participants"]]
    assert next_one and all(e.get("status") == "planned" and "BRICS" not in e["participants"] for e in next_one)


def test_a_capital_whose_airport_is_told_is_a_place(extract):
    gold = extract(article("Modi landed at Moscow's Vnukovo airport on Monday.", published="11 March 2025 - 10:00"))
    assert "Moscow" in gold["places"]


@pytest.mark.parametrize("sentence, person", [
    ("The law still has to be approved by Erdogan and published in the Official Gazette.", "Recep Tayyip Erdoğan"),
    ("The law now needs to be decreed by President Bajram Begaj before it can take effect.", "Bajram Begaj"),
])
def test_a_law_a_head_of_state_has_yet_to_approve_is_his_planned_act(extract, sentence, person):
    gold = extract(article("Turkey's parliament ratified Finland's accession protocol on Thursday.", sentence,
                           published="31 March 2023 - 10:00"))
    assert [person] in [e["participants"] for e in events(gold, "other", "planned")]


def test_a_set_opened_by_a_colon_is_the_agreements_it_lists(extract):
    gold = extract(article(
        "After the talks, officials of Kazakhstan and Uzbekistan signed four documents: an agreement on the supply of "
        "electricity; a memorandum of understanding on railway transport; a memorandum on tourism; and a protocol on "
        "customs cooperation.", published="20 March 2025 - 10:00"))
    kinds = sorted((a["kind"], a.get("count")) for a in gold["agreements"])
    assert kinds == [("agreement", None), ("agreement", None), ("memorandum", None), ("memorandum", None)]
    assert len(events(gold, "signing", "happened")) == 4


def test_members_told_as_the_first_and_under_the_second_are_the_set(extract):
    gold = extract(article(
        "Kazakhstan's Defence Minister and his Uzbek counterpart signed two documents in Tashkent on Monday.",
        "The first is an agreement on the supply of military transport aircraft. Under the second, a memorandum of "
        "understanding, the sides agreed to hold joint exercises.", published="24 March 2025 - 10:00"))
    kinds = sorted((a["kind"], a.get("count")) for a in gold["agreements"])
    assert kinds == [("agreement", None), ("memorandum", None)]


def test_an_omani_sayyid_is_an_honorific_not_part_of_the_name(extract):
    gold = extract(article(
        "The declaration was signed by Omani Deputy Prime Minister Sayyid Fahd bin Mahmoud Al Said and Egyptian "
        "Foreign Minister Sameh Shoukry in AlUla on Tuesday.", published="6 January 2021 - 10:00"))
    assert "Fahd bin Mahmoud Al Said" in agreement(gold, "joint_statement")["signatories"]


@pytest.mark.parametrize("sentence, kind, status", [
    ("Tokayev and Mirziyoyev agreed on Thursday to elevate relations to an allied partnership during talks in Astana.",
     "meeting", "happened"),
    ("Tokayev and Mirziyoyev agreed to meet again during the summit in Astana.", "summit", "planned"),
])
def test_talks_during_which_something_was_agreed_took_place(extract, sentence, kind, status):
    gold = extract(article(sentence))
    assert {e.get("status", "happened") for e in events(gold, kind)} == {status}


def test_a_call_with_one_and_with_another_is_a_call_with_each(extract):
    gold = extract(article(
        "US President Donald Trump spoke by telephone on Saturday with Prime Minister Anwar Ibrahim and with President "
        "Ferdinand Marcos Jr.", published="29 July 2025 - 10:00"))
    calls = events(gold, "meeting", "happened")
    assert sorted(sorted(e["participants"]) for e in calls) == [["Anwar Ibrahim", "Donald Trump"], ["Donald Trump", "Ferdinand Marcos Jr."]]


def test_a_meeting_that_came_after_something_is_the_meeting_told(extract):
    gold = extract(article(
        "Prime Minister Hun Manet and Thailand's acting Prime Minister Phumtham Wechayachai yesterday agreed to a "
        "ceasefire during talks in Putrajaya.",
        "The Putrajaya meeting came two days after US President Donald Trump spoke by telephone with Hun Manet.",
        published="29 July 2025 - 10:00"))
    meetings = sorted(sorted(e["participants"]) for e in events(gold, "meeting"))
    assert meetings == [["Donald Trump", "Hun Manet"], ["Hun Manet", "Phumtham Wechayachai"]]


def test_talks_beside_a_summit_do_not_take_the_summits_host(extract):
    gold = extract(article(
        "Indian Prime Minister Narendra Modi held talks with Chinese President Xi Jinping on the sidelines of the BRICS "
        "summit hosted by Russian President Vladimir Putin in Kazan on Wednesday.", published="24 October 2024 - 10:00"))
    talks = one(events(gold, "meeting"))
    assert sorted(talks["participants"]) == ["Narendra Modi", "Xi Jinping"]


def test_a_meeting_between_others_is_not_the_talks_told_before(extract):
    gold = extract(article(
        "Chinese President Xi Jinping held talks with Russian President Vladimir Putin in Kazan on Tuesday.",
        "The meeting between Xi and Indian Prime Minister Narendra Modi followed on Wednesday.",
        published="24 October 2024 - 10:00"))
    assert len(events(gold, "meeting")) == 2


def test_the_final_communique_of_a_bloc_summit_is_the_blocs_statement(extract):
    gold = extract(article(
        "Leaders of the Gulf Cooperation Council (GCC) yesterday called for a ceasefire in Gaza, in the final communique "
        "of their 44th summit in Doha.", published="6 December 2023 - 10:00"))
    statement = one(events(gold, "statement", "happened"))
    assert statement["participants"] == ["Gulf Cooperation Council"] and statement["date"] == "2023-12-05"
    assert agreement(gold, "joint_statement")["parties"] == ["Gulf Cooperation Council"]


def test_the_amir_alone_is_a_title_not_a_person_named_amir(extract):
    gold = extract(article(
        "Kuwait's Amir Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah arrived in Riyadh on Tuesday.",
        "HH the Amir later held talks with Crown Prince Mohammed bin Salman.", published="31 January 2024 - 10:00"))
    assert "Amir" not in {p["name"] for p in gold["people"]}


def test_a_joint_call_with_one_and_with_another_stays_one_call(extract):
    gold = extract(article(
        "US President Donald Trump spoke by telephone on Saturday with Prime Minister Anwar Ibrahim and with President "
        "Ferdinand Marcos Jr. in a joint call on trade.", published="29 July 2025 - 10:00"))
    assert len(gold["events"]) == 1


def test_an_older_agreement_told_as_the_first_is_no_member_of_the_set(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed two agreements in Astana on Thursday. The first was a 2006 agreement on the "
        "Syr Darya.", published="21 March 2025 - 10:00"))
    assert not any(a["name"].startswith("2006") and a["date"] == "2025-03-20" for a in gold["agreements"])


def test_a_member_told_by_its_ordinal_after_a_colon_list_is_not_told_twice(extract):
    gold = extract(article(
        "Kazakhstan and Uzbekistan signed two documents: an agreement on the supply of gas and a memorandum of "
        "understanding on railway transport. Under the second, a memorandum of understanding, the sides agreed to build "
        "a line.", published="21 March 2025 - 10:00"))
    assert sorted(a["name"] for a in gold["agreements"]) == ["agreement on the supply of gas",
                                                             "memorandum of understanding on railway transport"]


def test_the_father_named_without_jr_is_not_the_son(extract):
    gold = extract(article(
        "Philippine President Ferdinand Marcos Jr. met Japanese Prime Minister Fumio Kishida in Tokyo on Friday.",
        "Marcos Jr. recalled that his father, Ferdinand Marcos, had visited Japan in 1966.",
        published="23 March 2024 - 10:00"))
    assert {"Ferdinand Marcos", "Ferdinand Marcos Jr."} <= {p["name"] for p in gold["people"]}


# Who said it, when the speaker is named by office, by part of his name or inside another's words.
SPEAKERS = {
    # In January 2021 Mohammed bin Salman was Saudi defence minister as well as crown prince.
    "the crown prince among all his offices": (
        ["The declaration was signed by Saudi Crown Prince Mohammed bin Salman and Bahrain's Crown Prince Salman bin "
         "Hamad Al Khalifa in AlUla on Tuesday.",
         "\"Our region needs unity,\" the Crown Prince said in his opening address."],
        "6 January 2021 - 10:00", "Our region", "Mohammed bin Salman"),
    "the prime minister known as one, not a crown prince who is one too": (
        ["Saudi Crown Prince Mohammed bin Salman received Pakistani Prime Minister Shehbaz Sharif in Jeddah on Monday.",
         "\"Pakistan values its ties with the Kingdom,\" the Prime Minister said."],
        "8 April 2024 - 10:00", "Pakistan values", "Shehbaz Sharif"),
    "the German minister is the German defence minister": (
        ["German Defence Minister Boris Pistorius and his French counterpart Sébastien Lecornu signed a letter of intent "
         "in Paris on Monday.",
         "Pistorius thanked Paris for its support. \"This is a significant step,\" the German minister said."],
        "24 June 2024 - 10:00", "This is a significant", "Boris Pistorius"),
    "first names alone": (
        ["Kuwait's Foreign Minister Sheikh Dr. Ahmad Nasser Al-Mohammad Al-Sabah announced the deal on Monday.",
         "Speaking to KUNA after the signing, Sheikh Dr. Ahmad Nasser said the declaration \"opens a new page.\""],
        "5 January 2021 - 10:00", "opens a new page", "Ahmad Nasser Al-Mohammad Al-Sabah"),
    "Shaikh as a surname": (
        ["Pakistani Finance Minister Abdul Hafeez Shaikh met Saudi officials in Riyadh on Friday. \"The Kingdom has "
         "always stood by Pakistan,\" Shaikh said."],
        "23 March 2024 - 10:00", "The Kingdom", "Abdul Hafeez Shaikh"),
    "His Royal Highness is a style, not a pronoun": (
        ["His Royal Highness Prince Salman bin Hamad Al Khalifa, Crown Prince and Prime Minister, and US Secretary of "
         "State Antony Blinken signed the agreement at the State Department.",
         "Addressing the ceremony, His Royal Highness the Crown Prince said the agreement built on a long relationship. "
         "\"Today we are renewing our commitment,\" he said."],
        "14 September 2023 - 10:00", "Today we are", "Salman bin Hamad Al Khalifa"),
    "the verb the quotation hangs on": (
        ["Indian External Affairs Minister S. Jaishankar held talks with Russian Foreign Minister Sergei Lavrov in Moscow "
         "on Tuesday.",
         "He recalled that Prime Minister Narendra Modi had told President Vladimir Putin in Samarkand in September that "
         "\"this is not an era of war\"."],
        "9 November 2022 - 10:00", "this is not an era", "Narendra Modi"),
}


@pytest.mark.parametrize("case", SPEAKERS)
def test_the_speaker_of_a_quotation(extract, case):
    paragraphs, published, start, speaker = SPEAKERS[case]
    gold = extract(article(*paragraphs, published=published))
    assert quote_starting(gold, start)["speaker"] == speaker


def test_a_sector_word_in_the_name_of_a_project_counts_and_in_a_bodys_or_a_title_does_not(extract):
    gold = extract(article(
        "Nigeria and Morocco signed a Memorandum of Understanding (MoU) in Rabat on Thursday, committing both sides "
        "to the delivery of the Atlantic Coast Gas Pipeline.",
        "It was signed by the ECOWAS Commissioner for Infrastructure, Energy and Digitalisation and the head of "
        "the Council of Scientific and Industrial Research."))
    assert agreement(gold, "memorandum")["sectors"] == ["oil-and-gas"]
    gold = extract(article(   # (a place's or a forum's name is no project: "Port Moresby", "Asia-Pacific Economic Cooperation")
        "Australia and Papua New Guinea signed a security agreement in Port Moresby on Thursday, on the sidelines of "
        "the Asia-Pacific Economic Cooperation forum."))
    assert agreement(gold, "agreement")["sectors"] == ["security"]


def test_a_principals_words_in_a_written_statement_are_a_statement_and_statements_to_the_press_are_not(extract):
    gold = extract(article(
        "Prime Minister Chris Hipkins met European Commission President Ursula von der Leyen in Brussels on Thursday.",
        "Hipkins said in a statement that the talks would strengthen ties with European partners.",
        "In statements to the press after the talks, von der Leyen said the two sides had set a goal of doubling trade.",
        "Von der Leyen said in a brief statement to reporters that the talks were useful.",
        "Hipkins and von der Leyen said in a joint statement that they would meet again.",
        published="7 July 2023 - 10:00"))
    assert [e["participants"] for e in events(gold, "statement")] == [["Chris Hipkins"]]
    assert one(events(gold, "press_conference"))["participants"] == ["Ursula von der Leyen"]


def test_meeting_people_of_business_is_a_meeting_and_meeting_a_community_is_not(extract):
    gold = extract(article(
        "Sheikh Mohamed bin Zayed arrived in Paris on Monday for a state visit.",
        "During the visit, he also met leading French business figures and members of the private sector.",
        "He also met members of the Emirati community in Paris, many of whom work for private companies.",
        published="19 July 2022 - 10:00"))
    assert one(events(gold, "meeting"))["evidence"].startswith("During the visit")
    assert one(events(gold, "other"))["evidence"].startswith("He also met members")
    gold = extract(article(   # (the business named only through "of")
        "Sheikh Mohamed bin Zayed arrived in Paris on Monday for a state visit.",
        "During the visit, he also met members of the French private sector.",
        published="19 July 2022 - 10:00"))
    assert len(events(gold, "meeting")) == 1 and events(gold, "other") == []


def test_putting_ones_name_to_an_agreement_is_signing_it(extract):
    gold = extract(article(
        "New Zealand and the European Union will sign their free trade agreement in Brussels on Sunday.",
        "Trade Minister Damien O'Connor and the EU's trade commissioner, Valdis Dombrovskis, are expected to put their "
        "names to the agreement.",
        published="7 July 2023 - 10:00"))
    assert agreement(gold, "agreement")["signatories"] == ["Damien O'Connor", "Valdis Dombrovskis"]
    assert {"Damien O'Connor", "Valdis Dombrovskis"} <= set(one(events(gold, "signing", "planned"))["participants"])
    gold = extract(article("Separately, Russia added the names of 50 British officials to its sanctions list on Friday."))
    assert events(gold, "signing") == []


def test_one_who_attended_the_signing_ceremony_oversaw_the_signing(extract):
    gold = extract(article(
        "Saudi Crown Prince Mohammed bin Salman and the Amir of Qatar Sheikh Tamim bin Hamad Al-Thani signed the AlUla "
        "Declaration on Tuesday.",
        "Senior White House adviser Jared Kushner, who had worked with Kuwait to broker the reconciliation, attended "
        "the signing ceremony.",
        published="5 January 2021 - 22:00"))
    assert "Jared Kushner" in one(events(gold, "signing"))["participants"]
    assert events(gold, "other") == []
    gold = extract(article(   # (a ceremony of another agreement, years before, is that one's)
        "Iran and Russia will sign a comprehensive strategic partnership treaty in Moscow on Friday.",
        "Sergei Lavrov, who attended the signing ceremony of the Caspian Sea convention in Aktau in 2018, will lead "
        "the Russian delegation.",
        published="10 June 2024 - 10:00"))
    assert one(events(gold, "signing", "planned"))["participants"] == ["Iran", "Russia"]


def test_one_expected_to_witness_the_signing_ceremony_takes_part_in_the_signing_told_before(extract):
    gold = extract(article(
        "Thailand's free trade agreement with the European Free Trade Association will be signed in Davos next month.",
        "The text will first be submitted to the cabinet for approval.",
        "Negotiations began in 2022 and took fourteen rounds.",
        "Prime Minister Paetongtarn Shinawatra is expected to witness the signing ceremony, according to the ministry.",
        published="1 December 2024 - 10:00"))
    signing = one(events(gold, "signing", "planned"))
    assert "Paetongtarn Shinawatra" in signing["participants"] and signing["agreement"] == "free trade agreement"


def test_visiting_a_blocs_member_states_is_a_visit(extract):
    gold = extract(article(
        "Kuwait's Amir Sheikh Meshal Al-Ahmad Al-Jaber Al-Sabah arrived in Riyadh on Tuesday.",
        "Saudi Arabia was the first stop on a regional tour, and Sheikh Meshal is expected to visit other Gulf "
        "Cooperation Council states in the coming weeks.",
        published="1 February 2024 - 10:00"))
    assert len(events(gold, "visit", "planned")) == 1 and events(gold, "other") == []


def test_a_passive_signing_by_a_phrase_the_parser_hung_on_a_place_or_after_a_clause(extract):
    gold = extract(article(   # "by" hung on "hotel", not on "signed"
        "Iran and Russia signed a deal on energy cooperation in Moscow on Friday.",
        "The deal was signed on Friday at a hotel by Foreign Minister Abbas Araghchi and Foreign Minister Sergey "
        "Lavrov."))
    assert agreement(gold, "agreement")["signatories"] == ["Abbas Araghchi", "Sergey Lavrov"]
    gold = extract(article(   # "and by" after a relative clause: the parser made the second "by" a conjunct
        "Iran and Russia signed a deal on energy cooperation in Moscow on Friday.",
        "The deal was signed by Abbas Araghchi, who led the Iranian delegation, and by Sergey Lavrov on behalf of "
        "Russia."))
    assert agreement(gold, "agreement")["signatories"] == ["Abbas Araghchi", "Sergey Lavrov"]
    gold = extract(article(   # the "by" of a visit names the visitor, not the signer
        "A joint declaration between Iran and Russia was signed in Tehran on Friday, during a visit by a Russian "
        "delegation led by Sergey Lavrov."))
    assert agreement(gold, "joint_statement")["signatories"] == []
    for by in ("after months of mediation by Chinese Foreign Minister Wang Yi",   # (nor of any other noun but a where or when)
               "in Moscow under a proposal by Turkish Foreign Minister Hakan Fidan",
               "in Tehran on Friday during a two-day stay by Sergey Lavrov"):
        gold = extract(article("Iran and Russia signed a deal on energy cooperation in Moscow on Friday.", f"The deal was signed {by}."))
        assert agreement(gold, "agreement")["signatories"] == [], by
    gold = extract(article(   # "signed" the second of two passive verbs
        "Iran and Russia signed a deal on energy cooperation in Moscow.",
        "The deal was negotiated for months and finally signed in Moscow on Friday by Abbas Araghchi and Sergey Lavrov."))
    assert agreement(gold, "agreement")["signatories"] == ["Abbas Araghchi", "Sergey Lavrov"]


def test_putting_pen_to_paper_on_an_agreement_is_signing_it(extract):
    gold = extract(article(
        "Prime Minister Kaja Kallas and Ukrainian President Volodymyr Zelenskyy put pen to paper on an agreement on "
        "security cooperation in Brussels on Thursday."))
    assert one(events(gold, "signing"))["participants"] == ["Kaja Kallas", "Volodymyr Zelensky"]
    assert agreement(gold, "agreement")["signatories"] == ["Kaja Kallas", "Volodymyr Zelensky"]
    gold = extract(article("Kaja Kallas put pen to paper on her memoirs last year."))
    assert events(gold, "signing") == [] and gold["agreements"] == []


def test_a_similar_agreement_signed_with_a_named_leader_is_one_told(extract):
    gold = extract(article(
        "Ukrainian President Volodymyr Zelenskyy signed a security agreement with Estonia's Prime Minister Kaja "
        "Kallas in Brussels on Thursday.",
        "He also inked a similar ten-year agreement with Lithuanian President Gitanas Nauseda."))
    signings = events(gold, "signing")
    assert [e["participants"] for e in signings] == [["Volodymyr Zelensky", "Kaja Kallas"],
                                                      ["Volodymyr Zelensky", "Gitanas Nausėda"]]
    gold = extract(article(   # (similar memoranda, unnamed and uncounted, are others of a kind)
        "Lithuania and Estonia signed a memorandum on energy cooperation in Vilnius on Thursday.",
        "Officials said similar memoranda would be signed with the other countries of the region in the coming "
        "months."))
    assert len(gold["agreements"]) == 1 and len(events(gold, "signing")) == 1
    gold = extract(article(   # (nor is "a similar agreement with any country", or "with each of")
        "Ukraine and Estonia signed a security agreement in Brussels on Thursday.",
        "It is the first time Estonia has signed a similar agreement with any country.",
        "Kyiv has already signed a similar agreement with each of the G7 countries."))
    assert len(gold["agreements"]) == 1 and len(events(gold, "signing")) == 1


def test_the_agreement_after_a_similar_one_is_the_storys_own(extract):
    gold = extract(article(
        "Prime Minister Fumio Kishida and British Prime Minister Rishi Sunak will sign a reciprocal access agreement "
        "in London on Wednesday.",
        "Kishida and then-Australian Prime Minister Scott Morrison signed a similar pact in a virtual ceremony in "
        "January last year.",
        "Once signed, the pact will need to go through parliamentary procedures in Britain before it can enter into "
        "force.",
        published="11 January 2023 - 10:00"))
    story = next(a for a in gold["agreements"] if a["status"] == "planned")
    assert story["parties"] == ["Japan", "United Kingdom"]
    assert {e["agreement"] for e in gold["events"] if e["type"] == "other"} == {story["name"]}
    gold = extract(article(   # (a pronoun in the next sentence too)
        "Prime Minister Fumio Kishida and British Prime Minister Rishi Sunak will sign a reciprocal access agreement "
        "in London on Wednesday.",
        "Kishida and Australian Prime Minister Scott Morrison signed a similar pact in Tokyo in October.",
        "Sunak said he would sign it with pride.",
        published="11 January 2023 - 10:00"))
    assert one(events(gold, "statement"))["agreement"] == "reciprocal access agreement"


def test_conferring_with_a_leader_is_a_meeting_and_conferring_an_honour_an_act(extract):
    gold = extract(article(
        "US Secretary of State Antony Blinken held talks with Foreign Minister Sergey Lavrov in Geneva on Friday.",
        "He then conferred with Foreign Minister Abbas Araghchi on Saturday."))
    assert [e["participants"] for e in events(gold, "meeting")][-1] == ["Antony Blinken", "Abbas Araghchi"]
    assert events(gold, "other") == []
    gold = extract(article("At the Kremlin yesterday, Vladimir Putin conferred on Abbas Araghchi the Order of Friendship."))
    assert len(events(gold, "other")) == 1 and events(gold, "meeting") == []


def test_the_people_in_what_was_told_to_reporters_are_not_at_the_press_conference(extract):
    gold = extract(article(
        "Vladimir Putin and Masoud Pezeshkian met in the Kremlin on Friday.",
        "Before the talks began, Pezeshkian told reporters that the meeting showed Putin's willingness to deepen ties."))
    assert one(events(gold, "press_conference"))["participants"] == ["Masoud Pezeshkian"]
    for told in ("Vladimir Putin told reporters alongside Masoud Pezeshkian after the talks that the treaty was historic.",
                 "Standing next to Masoud Pezeshkian, Vladimir Putin told reporters that the treaty was historic."):
        gold = extract(article("Vladimir Putin and Masoud Pezeshkian met in the Kremlin on Friday.", told))   # (one beside him is)
        assert one(events(gold, "press_conference"))["participants"] == ["Vladimir Putin", "Masoud Pezeshkian"], told
    gold = extract(article(   # (one whom the parse does not give as the subject is still found)
        "Vladimir Putin and Masoud Pezeshkian met in the Kremlin on Friday.",
        "Briefing reporters in Moscow, Foreign Minister Abbas Araghchi said the leaders had discussed trade."))
    assert one(events(gold, "press_conference"))["participants"] == ["Abbas Araghchi"]


def test_a_leaders_press_service_speaks_as_a_body_of_his_state_not_as_the_leader(extract):
    gold = extract(article(
        "Kyrgyz President Sadyr Japarov met Tajik President Emomali Rahmon in Khujand on Monday.",
        "In a statement, Japarov's press service said the documents \"close the border file once and for all\"."))
    assert one(events(gold, "statement"))["participants"] == ["Press Service of the President of Kyrgyzstan"]
    assert quote_starting(gold, "close the border")["speaker"] == "Press Service of the President of Kyrgyzstan"
    gold = extract(article(
        "Kyrgyz President Sadyr Japarov met Tajik President Emomali Rahmon in Khujand on Monday.",
        "The President's Press Secretariat said the talks were \"warm and productive\"."))
    assert quote_starting(gold, "warm and productive")["speaker"].startswith("Press Secretariat of the President")


def test_a_stop_after_a_planned_one_is_planned_too_and_flying_home_is_no_visit(extract):
    gold = extract(article(
        "Marco Rubio leaves for Georgetown today, where he is expected to sign a memorandum of understanding with "
        "Guyana's President Irfaan Ali, before heading to Paramaribo for talks with Suriname's President Chan Santokhi."))
    talks = one([e for e in gold["events"] if e["type"] == "meeting" and "Chan Santokhi" in e["participants"]])
    assert talks.get("status") == "planned"
    gold = extract(article(   # (a stop after a past one is past: the status is the first clause's only when planned)
        "Masoud Pezeshkian met Vladimir Putin in Kazan in October, before travelling to Moscow on Friday to sign the "
        "treaty."))
    assert events(gold, "signing", "happened")
    gold = extract(article(   # (what came "after" is not to come: "after signing a treaty ... on Friday")
        "Sergey Lavrov is expected to visit Tehran next week, after signing a treaty with Abbas Araghchi in Moscow on "
        "Friday."))
    assert events(gold, "signing", "happened")
    gold = extract(article(
        "Abbas Araghchi is due to meet members of the Iranian community in Geneva on Wednesday before flying home to "
        "Tehran."))
    assert events(gold, "visit") == []
    gold = extract(article("Narendra Modi visited the home of Vladimir Putin at Novo-Ogaryovo outside Moscow on Monday."))
    assert len(events(gold, "visit")) == 1   # (a visit to a home is a visit)


def test_they_who_signed_in_a_relative_clause_are_the_subject_of_the_sentence(extract):
    gold = extract(article(
        "Iranian Foreign Minister Abbas Araghchi and Russian Foreign Minister Sergey Lavrov signed a joint statement "
        "in Moscow on Friday.",
        "The two countries also agreed to activate a security cooperation agreement they signed in 2001."))
    earlier = one([e for e in events(gold, "signing") if e["date"] == "2001"])
    assert sorted(earlier["participants"]) == ["Iran", "Russia"]
    for outer in ("Kremlin spokesman Dmitry Peskov welcomed the treaty they signed in January.",   # (one is not "they")
                  "Pezeshkian praised the strategic partnership treaty they signed in January."):
        gold = extract(article("Iranian President Masoud Pezeshkian and Russian President Vladimir Putin held talks in "
                               "Moscow on Friday.", outer))
        assert one(events(gold, "signing"))["participants"] == ["Masoud Pezeshkian", "Vladimir Putin"], outer


def test_the_agreement_the_two_countries_signed_read_as_a_relative_clause(extract):
    gold = extract(article(
        "Iranian President Masoud Pezeshkian and Russian President Vladimir Putin held talks in Moscow on Friday.",
        "The talks build on the Comprehensive Economic Partnership Agreement the two countries signed in March.",
        published="17 July 2025 - 10:00"))
    earlier = one([e for e in events(gold, "signing") if e["date"] == "2025-03"])
    assert sorted(earlier["participants"]) == ["Iran", "Russia"]
    assert earlier["agreement"] == "Comprehensive Economic Partnership Agreement"


def test_a_sector_word_negated_by_non_is_no_sector(extract):
    gold = extract(article(
        "Iran and Russia signed a trade agreement on Friday, which aims to raise non-oil bilateral trade to $40 billion."))
    assert agreement(gold, "agreement")["sectors"] == ["trade"]


def test_a_treaty_named_then_signed_in_a_year_is_a_background_signing(extract):
    gold = extract(article(   # the parser reads "the Lancaster House Treaty signed" as a treaty that signed
        "British Defence Secretary John Healey and German Defence Minister Boris Pistorius signed the Trinity House "
        "Agreement in London on Wednesday.",
        "Britain already has a defence treaty with France, the Lancaster House Treaty signed in 2010."))
    earlier = one([e for e in events(gold, "signing") if e["date"] == "2010"])
    assert earlier["participants"] == ["United Kingdom", "France"] and earlier["agreement"] == "Lancaster House Treaty"
    gold = extract(article(   # (but one who "signed on to" something signed it)
        "French President Emmanuel Macron visited Nairobi on Friday.",
        "The Global Partnership signed on to the initiative in Nairobi on Friday."))
    assert gold["agreements"] == []


def test_earlier_visits_told_with_their_dates_are_one_visit_each(extract):
    gold = extract(article(
        "Russian President Vladimir Putin arrived in Tehran on Monday.",
        "This is Vladimir Putin's third visit to Iran, after his visits in November 2000 and September 2014."))
    assert sorted(e["date"] for e in events(gold, "visit") if e["date"] < "2025") == ["2000-11", "2014-09"]
    gold = extract(article(   # (the date of a clause with a plural "visits" in it stays the clause's)
        "Russian President Vladimir Putin arrived in Tehran on Friday.",
        "During his visits in 2015 and 2018 he met Supreme Leader Ali Khamenei."))
    assert one(events(gold, "meeting"))["date"] == "2015"


def test_their_second_summit_with_a_day_of_its_own_is_not_the_first(extract):
    gold = extract(article(
        "Vladimir Putin and Masoud Pezeshkian met in the Kremlin on Friday.",
        "At their first summit, in Tehran in June last year, they signed a joint statement.",
        "Their second summit, held in Kazan on October 22-24, ended without an agreement."))
    assert sorted(e["date"] for e in events(gold, "summit")) == ["2024-06", "2024-10-22/2024-10-24"]
    assert all(e["participants"] == ["Vladimir Putin", "Masoud Pezeshkian"] for e in events(gold, "summit"))
