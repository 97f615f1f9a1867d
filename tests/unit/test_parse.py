import pytest

from kg.article import parse_article, read_article
from kg.parse import dateline, sentences, split_sentences

from .conftest import SEED


def test_abbreviations_and_initials_do_not_end_sentences():
    text = "Talks with the U.S. envoy ended. Mr. Smith left on Jan. 5 for Geneva. Then he spoke. It was signed by then-U.S. President Obama."
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["Talks with the U.S. envoy ended.", "Mr. Smith left on Jan. 5 for Geneva.", "Then he spoke.",
                                                   "It was signed by then-U.S. President Obama."]


def test_closing_quotes_stay_with_their_sentence():
    text = "“We are pleased,” he said. “These ties will last.” Then they left."
    assert [text[s:e] for s, e in split_sentences(text)] == ["“We are pleased,” he said.", "“These ties will last.”", "Then they left."]


def test_a_stray_line_break_inside_a_paragraph_is_mended():
    a = parse_article("x.com\nNews ID: 1\nPublish Date : 1 May 2024 - 10:00\nT\nTies grew after the collapse of the Soviet Union in \n\n\n1991, with Moscow a partner.\nNext paragraph.\n")
    found = sentences(a)
    assert [s.text for s in found] == ["Ties grew after the collapse of the Soviet Union in 1991, with Moscow a partner.", "Next paragraph."]
    assert found[0].paragraph == 0 and found[1].paragraph == 1


def test_offsets_point_into_the_article_text():
    a = read_article(SEED)
    for s in sentences(a):
        assert " ".join(a.text[s.start:s.end].split()) == s.text


@pytest.mark.parametrize("lead, city", [
    ("MOSCOW (Dispatches) — Russian President", "MOSCOW"),
    ("SEOUL, June 20 (Reuters) - South Korea", "SEOUL"),
    ("HANOI, Vietnam (AP) — President Joe Biden", "HANOI"),
    ("NAIROBI, Kenya, Sep 28 – Kenya and the United States", "NAIROBI"),
    ("ALULA, Saudi Arabia, Jan 5 (KUNA) -- Leaders of the Gulf states", "ALULA"),
    ("Tehran, IRNA – Iran's president", "Tehran"),
    ("ASTANA – Leaders of the SCO", "ASTANA"),
    ("YEREVAN, OCTOBER 5, ARMENPRESS. The National Assembly", "YEREVAN"),
    ("MOSCOW. Nov 16 (Interfax) - Russian President", "MOSCOW"),
    ("Bishkek, March 20 (Kabar) - Kyrgyzstan's parliament", "Bishkek"),
    ("MANILA, Philippines - President Ferdinand Marcos Jr.", "MANILA"),
    ("Baku, February 9, AZERTAC. President of the Republic", "Baku"),
    ("Tashkent, 23 December (UzA). Yesterday, following the talks", "Tashkent"),
    ("Lima, Aug. 9 (ANDINA). President Dina Boluarte joined", "Lima"),
    ("RIO DE JANEIRO, BRAZIL – Mercosur signed a free trade agreement", "RIO DE JANEIRO"),
    ("Shafaq News/ Iraq and Turkiye signed 26 agreements", "Shafaq News"),
    ("Accra, May 16, GNA - Ghana's Ministry of Food and Agriculture", "Accra"),
    ("ABU DHABI, 16th July, 2023 (WAM) -- The Central Bank of the UAE", "ABU DHABI"),
    ("ABU DHABI, 16 July 2023 (WAM) -- The Central Bank of the UAE", "ABU DHABI"),
])
def test_datelines_of_many_outlets(lead, city):
    m = dateline(lead)
    assert m is not None and m["city"] == city
    assert not any(w in m.group() for w in ("Russian", "South", "President", "Kenya and", "Iran's", "Leaders", "National", "Yesterday", "Mercosur", "Iraq", "Ghana", "The Central"))
    assert m.group().rstrip().endswith(("—", "–", "-", ":", ".", ")", "/")) or m["rest"].strip() == ""


def test_a_sentence_is_not_a_dateline():
    assert dateline("Putin said the treaty would last 20 years.") is None
    assert dateline("Update: the talks were postponed.") is None and dateline("Xi Jinping: we oppose it.") is None
