"""Dates as news text gives them, resolved against the publish date, at the precision the text supports.

"Friday" in an article published on a Friday is that day; "on Wednesday" is the
Wednesday before (the one after, when the sentence speaks of the future); "last
year" is a year, not an invented day; "in July" without a year is the last July
up to the publish date; "from March 6 through March 10" is a range.  A ``Span``
keeps the value as written in the gold format (YYYY-MM-DD, YYYY-MM, YYYY or
FROM/TO) plus its first and last day, so queries can ask "in January 2025".
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
COUNTS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())} | {"a": 1, "an": 1}
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTH = r"(?P<{g}>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_WEEKDAY = r"(?P<{g}>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"


@dataclass(frozen=True)
class Span:
    """A date or date range at a precision: ``value`` as in the gold format, ``earliest``/``latest`` its bounds."""

    value: str
    precision: str  # "day", "month", "year" (of the coarsest end for a range)
    earliest: date
    latest: date

    @classmethod
    def day(cls, d: date) -> "Span":
        return cls(d.isoformat(), "day", d, d)

    @classmethod
    def month(cls, year: int, month: int) -> "Span":
        last = calendar.monthrange(year, month)[1]
        return cls(f"{year:04d}-{month:02d}", "month", date(year, month, 1), date(year, month, last))

    @classmethod
    def year(cls, year: int) -> "Span":
        return cls(f"{year:04d}", "year", date(year, 1, 1), date(year, 12, 31))

    @classmethod
    def between(cls, first: "Span", last: "Span") -> "Span":
        if first == last:
            return first
        coarse = max((first.precision, last.precision), key=["day", "month", "year"].index)
        return cls(f"{first.value}/{last.value}", coarse, first.earliest, last.latest)

    @classmethod
    def parse(cls, value: str) -> "Span":
        """Read a gold-format value: YYYY, YYYY-MM, YYYY-MM-DD or FROM/TO."""
        value = str(value).strip()
        if "/" in value:
            first, last = value.split("/", 1)
            return cls.between(cls.parse(first), cls.parse(last))
        parts = value.split("-")
        if not all(p.isdigit() for p in parts) or not 1 <= len(parts) <= 3:
            raise ValueError(value)
        numbers = [int(p) for p in parts]
        if len(numbers) == 1:
            return cls.year(numbers[0])
        if len(numbers) == 2:
            return cls.month(*numbers)
        return cls.day(date(*numbers))

    @property
    def is_range(self) -> bool:
        return "/" in self.value

    def within(self, other: "Span") -> bool:
        """True when this span lies inside ``other`` (how a prediction is checked against a gold date)."""
        return other.earliest <= self.earliest and self.latest <= other.latest

    def meets(self, other: "Span") -> bool:
        """True when the two spans share a day: they can tell the same event ("last December" and "2025-04-05" cannot)."""
        return self.earliest <= other.latest and other.earliest <= self.latest


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence: where it is, what it says, and what it resolves to."""

    start: int
    end: int
    text: str
    span: Span


def _weekday(reference: date, weekday: int, future: bool) -> date:
    delta = (weekday - reference.weekday()) % 7
    if future:
        return reference + timedelta(days=delta)
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def _year_for_month(reference: date, month: int, future: bool) -> int:
    if future:
        return reference.year + (1 if month < reference.month else 0)
    return reference.year - (1 if month > reference.month else 0)


def _month_year(m: re.Match, g_month: str, g_year: str, reference: date, future: bool) -> tuple[int, int]:
    month = MONTHS[m[g_month].lower().rstrip(".")]
    relative = m.groupdict().get("ry")
    if m.groupdict().get(g_year):
        year = int(m[g_year])
    elif relative:
        year = reference.year + {"last": -1, "next": 1}.get(relative.lower(), 0)
    else:
        year = _year_for_month(reference, month, future)
    return month, year


def _safe_day(year: int, month: int, day: int) -> Span | None:
    try:
        return Span.day(date(year, month, day))
    except ValueError:
        return None


# Each pattern is tried in order; a later pattern never matches inside an earlier match.
def _patterns() -> list[tuple[re.Pattern, str]]:
    m1, m2 = _MONTH.format(g="m1"), _MONTH.format(g="m2")
    w1, w2 = _WEEKDAY.format(g="w1"), _WEEKDAY.format(g="w2")
    year = r"(?:,?\s*(?P<y>(?:19|20)\d\d)|\s+(?P<ry>last|this|next)\s+year\b)?"   # ("December 15 to 17 last year")
    named_day = rf"(?:{_WEEKDAY.format(g='wd')},?\s+(?:the\s+)?)?"   # "on Friday, September 8": one date, not a Friday and a date
    return [
        (re.compile(rf"\b(?:from|between)\s+{m1}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|to|through|until|and)\s*(?:{m2}\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b{year}", re.I), "range_md"),
        (re.compile(rf"\b(?:from|between)\s+(?P<d1>\d{{1,2}})\s*(?:{m1}\s*)?(?:-|–|to|through|until|and)\s*(?P<d2>\d{{1,2}})\s+{m2}\b{year}", re.I), "range_dm"),
        (re.compile(rf"\b{m1}\s+(?P<d1>\d{{1,2}})\s*(?:-|–|and)\s*(?P<d2>\d{{1,2}})\b{year}", re.I), "range_md"),
        (re.compile(rf"\b(?P<d1>\d{{1,2}})\s*(?:-|–)\s*(?P<d2>\d{{1,2}})\s+{m2}\b{year}", re.I), "range_dm"),
        (re.compile(rf"\b(?:from|between)\s+{w1}\s+(?:to|through|until|and)\s+{w2}\b", re.I), "range_weekday"),
        (re.compile(rf"\b{named_day}{m1}\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b{year}", re.I), "month_day"),
        (re.compile(rf"\b{named_day}(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{m1}\b{year}", re.I), "day_month"),
        (re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<mm>\d\d)-(?P<dd>\d\d)\b"), "iso"),
        (re.compile(rf"\b(?P<rel>last|this|next)\s+{m1}\b", re.I), "rel_month"),
        (re.compile(rf"\b{m1}\s+(?P<y>(?:19|20)\d\d)\b", re.I), "month_year"),
        (re.compile(rf"\b{m1}\s+(?P<rel>last|this|next)\s+year\b", re.I), "month_rel_year"),
        (re.compile(rf"\b(?:(?:in|since|until|by|during|of|early|late|mid)\s+|mid-){m1}\b(?!\s+\d)", re.I), "month"),
        (re.compile(rf"\b(?P<rel>last|this|next|on|late|early)?\s*{w1}(?:'s)?\b(?:\s*\((?P<d1>\d{{1,2}})\))?", re.I), "weekday"),
        (re.compile(r"\b(?P<word>yesterday|today|tonight|tomorrow|earlier this day|earlier today|later this day|this morning|this afternoon|this evening)\b", re.I), "word"),
        (re.compile(r"\b(?P<rel>last|this|next|past)\s+(?P<unit>year|month|week)\b", re.I), "rel_unit"),
        (re.compile(r"\b(?:end|close|rest)\s+of\s+the\s+(?P<unit>year|month)\b", re.I), "rel_unit"),   # "by the end of the year"
        (re.compile(r"\b(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>day|week|month|year)s?\s+(?P<dir>after|before|ago)\b", re.I), "offset"),
        (re.compile(r"\b(?:(?P<rel>last|this|next)\s+weekend|(?:over|during|at|on)\s+the\s+weekend)\b(?!\s+of\b)", re.I), "weekend"),
        # "during the 2011 famine" (but "in the 2030 Agenda" is a name)
        (re.compile(r"\b(?:(?:of|early|late|mid-?)\s+|(?:in|since|during)\s+(?:the\s+(?=\d{4}\s+(?-i:[a-z])))?)(?P<y>(?:19|20)\d\d)\b", re.I), "year"),
    ]


_PATTERNS = _patterns()


def _resolve(kind: str, m: re.Match, ref: date, future: bool) -> Span | None:
    groups = {k: v for k, v in m.groupdict().items() if v}
    if kind == "range_md" or kind == "range_dm":
        month1, year = _month_year(m, "m1" if "m1" in groups else "m2", "y", ref, future)
        month2 = MONTHS[groups["m2"].lower().rstrip(".")] if "m2" in groups else month1
        first, last = _safe_day(year, month1, int(m["d1"])), _safe_day(year, month2, int(m["d2"]))
        return Span.between(first, last) if first and last else None
    if kind == "range_weekday":
        first = _weekday(ref, WEEKDAYS[m["w1"].lower()], future)
        last = _weekday(ref, WEEKDAYS[m["w2"].lower()], future)
        if last < first:
            first -= timedelta(days=7) if not future else timedelta(0)
            last += timedelta(days=7) if future else timedelta(0)
        return Span.between(Span.day(first), Span.day(last))
    if kind == "month_day" or kind == "day_month":
        month, year = _month_year(m, "m1", "y", ref, future)
        return _safe_day(year, month, int(m["d1"]))
    if kind == "iso":
        return _safe_day(int(m["y"]), int(m["mm"]), int(m["dd"]))
    if kind == "rel_month":
        month = MONTHS[m["m1"].lower().rstrip(".")]
        year = {"last": ref.year - (1 if month >= ref.month else 0), "next": ref.year + (1 if month <= ref.month else 0)}.get(m["rel"].lower(), ref.year)
        return Span.month(year, month)
    if kind == "month_year":
        return Span.month(int(m["y"]), MONTHS[m["m1"].lower().rstrip(".")])
    if kind == "month_rel_year":   # "in late October last year"
        step = {"last": -1, "next": 1}.get(m["rel"].lower(), 0)
        return Span.month(ref.year + step, MONTHS[m["m1"].lower().rstrip(".")])
    if kind == "month":
        month = MONTHS[m["m1"].lower().rstrip(".")]
        return Span.month(_year_for_month(ref, month, future), month)
    if kind == "weekday":
        rel = (m["rel"] or "").lower()
        if m["d1"]:   # "on Saturday (15)", as Brazilian and Portuguese agencies write: the weekday that falls on the 15th
            near = [ref + timedelta(days=k) for k in range(-10, 11)]
            told = next((Span.day(d) for d in near if d.day == int(m["d1"]) and d.weekday() == WEEKDAYS[m["w1"].lower()]), None)
            if told is not None:
                return told   # (a number that does not fit the weekday is ignored: the weekday alone decides)
        day = _weekday(ref, WEEKDAYS[m["w1"].lower()], future or rel == "next")
        if rel == "last" and day == ref:
            day -= timedelta(days=7)
        return Span.day(day)
    if kind == "word":
        word = m["word"].lower()
        offset = -1 if word == "yesterday" else 1 if word == "tomorrow" else 0
        return Span.day(ref + timedelta(days=offset))
    if kind == "rel_unit":
        step = {"last": -1, "past": -1, "next": 1}.get(m.groupdict().get("rel", "this").lower(), 0)
        if m["unit"].lower() == "week":   # Monday to Sunday; "this week" only up to the report's day
            monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=step)
            end = ref if step == 0 and not future else monday + timedelta(days=6)
            return Span.between(Span.day(monday), Span.day(end))
        if m["unit"].lower() == "year":
            return Span.year(ref.year + step)
        month_index = ref.year * 12 + ref.month - 1 + step
        return Span.month(month_index // 12, month_index % 12 + 1)
    if kind == "year":
        return Span.year(int(m["y"]))
    if kind == "weekend":
        rel = (m["rel"] or "").lower()
        on_one = ref.weekday() >= 5
        if future or rel == "next":   # the coming Saturday and Sunday ("next weekend" told on one: the one after)
            saturday = ref + timedelta(days=(5 - ref.weekday()) % 7 + (7 if rel == "next" and ref.weekday() == 5 else 0))
            return Span.between(Span.day(saturday), Span.day(saturday + timedelta(days=1)))
        # the last Saturday and Sunday, up to the report's day ("last weekend" told on one: the one before)
        saturday = ref - timedelta(days=(ref.weekday() - 5) % 7 + (7 if rel == "last" and on_one else 0))
        return Span.between(Span.day(saturday), Span.day(min(saturday + timedelta(days=1), ref)))
    if kind == "offset":
        # "a month after Raisi paid a state visit": what follows "after" happened that long before the report
        n = COUNTS.get(m["n"].lower()) or int(m["n"])
        sign = -1 if m["dir"].lower() in ("after", "ago") else 1
        unit = m["unit"].lower()
        if unit in ("day", "week"):
            return Span.day(ref + timedelta(days=sign * n * (7 if unit == "week" else 1)))
        if unit == "month":
            index = ref.year * 12 + ref.month - 1 + sign * n
            return Span.month(index // 12, index % 12 + 1)
        return Span.year(ref.year + sign * n)
    return None


def find_dates(text: str, reference: date, future: bool = False) -> list[DateMention]:
    """Every date expression in ``text``, left to right, resolved against ``reference``."""
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []
    offsets = []
    for pattern, kind in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            span = _resolve(kind, m, reference, future)
            if span is not None:
                taken.append((m.start(), m.end()))
                found.append(DateMention(m.start(), m.end(), m.group().strip(), span))
                if kind == "offset":
                    offsets.append((found[-1], m))
    for mention, m in [(x, m) for x, m in offsets if m["dir"].lower() != "ago"]:   # ("two days ago" is the report's)
        # "met on Wednesday ..., two days after X announced": counted back from the day the sentence told
        anchor = [d for d in found if d.end <= mention.start and d.span.precision == "day" and not d.span.is_range]
        if anchor:
            found[found.index(mention)] = replace(mention, span=_resolve("offset", m, anchor[-1].span.earliest, future))
    return sorted(found, key=lambda d: d.start)
