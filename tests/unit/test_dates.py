from datetime import date

import pytest

from kg.dates import Span, find_dates

FRIDAY = date(2025, 1, 17)


@pytest.mark.parametrize("text, future, expected", [
    ("signed a pact Friday as", False, "2025-01-17"),          # the publish day itself
    ("at a press conference on Thursday.", False, "2025-01-16"),
    ("on Wednesday", False, "2025-01-15"),
    ("will sign the treaty on Wednesday", True, "2025-01-22"),  # the future one
    ("yesterday", False, "2025-01-16"),
    ("earlier today", False, "2025-01-17"),   # ("earlier in the day" is the day just told: kg/extract/narrative.py)
    ("Last year, Iran joined", False, "2024"),
    ("last July", False, "2024-07"),
    ("since coming to power in July", False, "2024-07"),
    ("in March", False, "2024-03"),
    ("from March 6 through March 10", False, "2024-03-06/2024-03-10"),
    ("from Tuesday to Thursday", False, "2025-01-14/2025-01-16"),
    ("on October 22-24", False, "2024-10-22/2024-10-24"),
    ("the treaty signed on January 17, 2025", False, "2025-01-17"),
    ("on 19 June 2024", False, "2024-06-19"),
    ("in 2013", False, "2013"),
    ("It comes a month after Raisi paid a state visit", False, "2024-12"),   # what follows "after" came first
    ("two days after India announced", False, "2025-01-15"),
    ("July 8 and 9", False, "2024-07-08/2024-07-09"),
    ("in late October last year", False, "2024-10"),   # the month of last year, not of the last twelve months
    ("in March next year", True, "2026-03"),
    ("will hold talks on Friday, January 24, and", True, "2025-01-24"),   # the weekday names the date after it
    ("on Monday, 13 January 2025, the", False, "2025-01-13"),
    ("met over the weekend", False, "2025-01-11/2025-01-12"),   # the last Saturday and Sunday
    ("will meet next weekend", True, "2025-01-18/2025-01-19"),
    ("two days ago", False, "2025-01-15"),   # counted from the report, never from a date told before it
    ("in mid-December", False, "2024-12"),
    ("visited Mogadishu during the 2011 famine", False, "2011"),   # the year of a named period (not "in the 2030 Agenda")
])
def test_resolution_against_the_publish_date(text, future, expected):
    found = find_dates(text, FRIDAY, future=future)
    assert found and found[0].span.value == expected


def test_spans_keep_precision_and_bounds():
    month = Span.parse("2025-01")
    assert (month.precision, month.earliest, month.latest) == ("month", date(2025, 1, 1), date(2025, 1, 31))
    assert Span.parse("2025-01-17").within(month)
    assert not Span.parse("2025").within(month)   # less precise than the gold does not match


def test_no_invented_dates():
    assert find_dates("The two countries share a worldview.", FRIDAY) == []
    assert find_dates("The plan is aligned with the goals in the 2030 Agenda for Sustainable Development.", FRIDAY) == []


@pytest.mark.parametrize("published, text, expected", [
    (date(2025, 1, 18), "over the weekend", "2025-01-18"),               # told on the Saturday: that day so far
    (date(2025, 1, 19), "over the weekend", "2025-01-18/2025-01-19"),
    (date(2025, 1, 19), "last weekend", "2025-01-11/2025-01-12"),        # told on a Sunday: the weekend before
    (date(2025, 1, 20), "last weekend", "2025-01-18/2025-01-19"),
])
def test_weekends_against_the_day_of_the_report(published, text, expected):
    assert [d.span.value for d in find_dates(text, published)] == [expected]


def test_ago_counts_from_the_report_not_from_a_day_told_before():
    found = find_dates("They met on Monday, two days ago, in Astana.", FRIDAY)
    assert [d.span.value for d in found] == ["2025-01-13", "2025-01-15"]


def test_the_end_of_the_year_is_the_year_of_the_report():
    found = find_dates("hope to conclude it by the end of the year", date(2024, 1, 12), future=True)
    assert [d.span.value for d in found] == ["2024"]


def test_a_day_or_range_with_last_year_is_one_date_of_that_year():
    found = find_dates("from December 15 to 17 last year, when they met; and on March 3 next year", date(2025, 4, 6))
    assert [(d.text, d.span.value) for d in found] == [("from December 15 to 17 last year", "2024-12-15/2024-12-17"),
                                                       ("March 3 next year", "2026-03-03")]


def test_spans_meet_when_they_share_a_day():
    assert Span.parse("2024-12").meets(Span.parse("2024-12-15/2024-12-17"))
    assert not Span.parse("2024-12-15/2024-12-17").meets(Span.parse("2025-04-05"))
