"""Time expressions resolved to date ranges: 'on March 3', 'between May 15 and June 15', 'the
third quarter', 'over the past week', 'last month', 'earlier this year'.

``resolve(text, published)`` gives the first and last day the expression covers, its precision
(the calendar unit it is stated in: day, week, month, quarter or year) and the anchor (the
publication date it was resolved against; None for an absolute date such as 'March 3, 2019').
Relative expressions and dates without a year need the publication date: without one they keep
start and end None. Nothing is read from today's clock, so the same input gives the same dates.

Own rules handle what dateparser does not (periods, quarters, halves, ranges, 'last month' as the
calendar month); dateparser (English only, past preferred, relative to the publication date)
parses single dates ('March 3', '3 March 2019', 'Jan. 6', 'three days ago').
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from dateparser.date import DateDataParser

PRECISIONS = ("day", "week", "month", "quarter", "year")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
            "final": 4, "last": 4}
NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": None, "few": None}
UNIT_PRECISION = {"hour": "day", "day": "day", "week": "week", "month": "month", "quarter": "quarter",
                  "year": "year"}

LEADING = re.compile(r"^(?:on|in|during|over|at|by|throughout|within|for|of)\s+", re.I)
YEAR_IN = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
RANGE = re.compile(r"^(?:between\s+|from\s+)?(?P<a>.+?)\s*(?:\band\b|\bto\b|\bthrough\b|\buntil\b|\btill\b"
                   r"|-|–|—)\s*(?P<b>.+)$", re.I)
ROLLING = re.compile(r"^(?:the\s+)?(?P<which>past|last|previous|preceding)\s+(?:(?P<n>\d+|[a-z]+)\s+)?"
                     r"(?P<unit>hour|day|week|month|quarter|year)s?$")
THIS = re.compile(r"^(?:(?P<mod>earlier|so far|later)\s+)?this\s+(?P<unit>week|month|quarter|year)$")
QUARTER = re.compile(r"^(?:the\s+)?(?:(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+"
                     r"(?:fiscal\s+)?quarter|q(?P<q>[1-4]))(?:\s+(?:of\s+)?(?:(?P<year>\d{4})|(?P<rel>this|last)\s+year))?$")
HALF = re.compile(r"^(?:the\s+)?(?:(?P<ord>first|second|1st|2nd|latter)\s+half|h(?P<h>[12]))"
                  r"(?:\s+(?:of\s+)?(?:(?P<year>\d{4})|(?P<rel>this|last)\s+year))?$")
PART_OF_YEAR = re.compile(r"^(?:(?:the\s+)?(?:start|beginning|middle|end)\s+of\s+|early[- ]|mid[- ]|late[- ])"
                          r"(?P<year>\d{4})$")
MONTH_REL = re.compile(r"^(?P<month>[a-z]+)\.?\s+(?P<rel>this|last)\s+year$")
LAST_MONTH_NAME = re.compile(r"^(?:last|this past)\s+(?P<month>[a-z]+)$")
WEEKDAY = re.compile(r"^(?:(?P<mod>last|this past|this|past)\s+)?(?P<day>monday|tuesday|wednesday|thursday|"
                     r"friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?$")
WEEKEND = re.compile(r"^(?:the\s+|last\s+|this\s+past\s+|this\s+)?weekend$")
SEASON = re.compile(r"^(?:the\s+)?(?:(?P<rel>last|this|this past|past)\s+)?"
                    r"(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<year>\d{4}))?$")
SEASON_START = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}  # northern, meteorological
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
HAS_DATE_WORD = re.compile(r"\d|\bago\b|\b(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b")


@dataclass(frozen=True)
class Resolved:
    start: date | None
    end: date | None
    precision: str | None
    anchor: date | None  # the publication date used; None for an absolute date or no resolution


NOTHING = Resolved(None, None, None, None)


def finest(a: str | None, b: str | None) -> str | None:
    known = [p for p in (a, b) if p]
    return min(known, key=PRECISIONS.index) if known else None


def month_range(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def quarter_range(year: int, quarter: int) -> tuple[date, date]:
    first = 3 * (quarter - 1) + 1
    return month_range(year, first)[0], month_range(year, first + 2)[1]


def week_range(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def relative(start: date | None, end: date | None, precision: str | None, published: date | None) -> Resolved:
    """A resolution that needed the publication date: without one, only its precision is known."""
    if published is None:
        return Resolved(None, None, precision, None)
    return Resolved(start, end, precision, published)


def past_year(published: date, start_month: int) -> int:
    """The year of a yearless period starting in that month: this year unless that is after publication."""
    return published.year if start_month <= published.month else published.year - 1


def resolve(text: str, published: date | None) -> Resolved:
    """The date range a time expression covers (see the module docstring)."""
    lowered = re.sub(r"\s+", " ", text.lower().strip().rstrip(".,"))
    lowered = LEADING.sub("", lowered)
    if ISO_DATE.match(lowered):
        day = date.fromisoformat(lowered)
        return Resolved(day, day, "day", None)
    if lowered.startswith("since "):  # 'since March 1': from then to publication
        found = resolve(lowered[len("since "):], published)
        if found.start is None:
            return Resolved(None, None, found.precision, None)
        return Resolved(found.start, published, found.precision, published or found.anchor)
    found = own_rules(lowered, published)
    if found is not None:
        return found
    found = date_range(lowered, published)
    if found is not None:
        return found
    return single_date(lowered, published)


def own_rules(lowered: str, published: date | None) -> Resolved | None:
    """What dateparser does not resolve, or not as news means it."""
    p = published
    if lowered in {"today", "earlier today", "this morning", "this afternoon", "tonight", "this evening"}:
        return relative(p, p, "day", p)
    if lowered in {"yesterday", "yesterday morning", "yesterday afternoon", "yesterday evening",
                   "last night"}:
        d = p - timedelta(days=1) if p else None
        return relative(d, d, "day", p)
    m = WEEKDAY.match(lowered)
    if m:
        if p is None:
            return relative(None, None, "day", p)
        day = WEEKDAYS.index(m.group("day"))
        delta = (p.weekday() - day) % 7
        if delta == 0 and m.group("mod") in {"last", "this past", "past"}:
            delta = 7
        d = p - timedelta(days=delta)
        return relative(d, d, "day", p)
    if WEEKEND.match(lowered):
        if p is None:
            return relative(None, None, "day", p)
        saturday = p - timedelta(days=(p.weekday() - 5) % 7)
        return relative(saturday, min(saturday + timedelta(days=1), p), "day", p)
    m = ROLLING.match(lowered)
    if m:
        return rolling(m, p)
    m = THIS.match(lowered)
    if m:
        if m.group("mod") == "later":
            return Resolved(None, None, UNIT_PRECISION[m.group("unit")], None)
        return relative(*period_start(m.group("unit"), p), UNIT_PRECISION[m.group("unit")], p)
    m = QUARTER.match(lowered)
    if m:
        quarter = int(m.group("q") or ORDINALS[m.group("ord")])
        return part_of_year(m, p, quarter_range, quarter, 3 * quarter - 2, "quarter")
    m = HALF.match(lowered)
    if m:
        half = 1 if (m.group("h") or m.group("ord")) in {"1", "first", "1st"} else 2
        return part_of_year(m, p, half_range, half, 6 * half - 5, "quarter")
    m = PART_OF_YEAR.match(lowered)
    if m:
        year = int(m.group("year"))
        return Resolved(date(year, 1, 1), date(year, 12, 31), "year", None)
    m = SEASON.match(lowered)
    if m:
        return season(m, p)
    m = MONTH_REL.match(lowered)
    if m and m.group("month") in MONTHS:
        if p is None:
            return relative(None, None, "month", p)
        year = p.year - (m.group("rel") == "last")
        return relative(*month_range(year, MONTHS[m.group("month")]), "month", p)
    m = LAST_MONTH_NAME.match(lowered)
    if m and m.group("month") in MONTHS:
        if p is None:
            return relative(None, None, "month", p)
        month = MONTHS[m.group("month")]
        year = p.year if month < p.month else p.year - 1
        return relative(*month_range(year, month), "month", p)
    return None


def season_range(year: int, first_month: int) -> tuple[date, date]:
    """Three months from ``first_month`` of ``year`` (winter runs into the next year)."""
    last = shift_months(date(year, first_month, 1), 3) - timedelta(days=1)
    return date(year, first_month, 1), last


def season(m: re.Match, p: date | None) -> Resolved:
    """'last spring', 'this summer', 'the fall of 2019', 'winter': three months (precision
    'quarter', as the schema has no 'season'). 'last' is the latest one over by publication,
    'this' the one of the publication's year, a bare season the latest one begun by then."""
    first = SEASON_START[m.group("season")]
    if m.group("year"):
        return Resolved(*season_range(int(m.group("year")), first), "quarter", None)
    if p is None:
        return relative(None, None, "quarter", p)
    year = p.year
    if m.group("rel") == "this":
        return relative(*season_range(year, first), "quarter", p)
    start, end = season_range(year, first)
    over = m.group("rel") in {"last", "past", "this past"}
    while (end >= p if over else start > p):
        year -= 1
        start, end = season_range(year, first)
    return relative(start, end, "quarter", p)


def half_range(year: int, half: int) -> tuple[date, date]:
    return quarter_range(year, 2 * half - 1)[0], quarter_range(year, 2 * half)[1]


def part_of_year(m: re.Match, p: date | None, ranges: Callable[[int, int], tuple[date, date]], index: int,
                 first_month: int, precision: str) -> Resolved:
    """A quarter or half: of the year written, of this or last year, or the latest one before publication."""
    if m.group("year"):
        return Resolved(*ranges(int(m.group("year")), index), precision, None)
    if p is None:
        return relative(None, None, precision, p)
    year = p.year - (m.group("rel") == "last") if m.group("rel") else past_year(p, first_month)
    return relative(*ranges(year, index), precision, p)


def period_start(unit: str, p: date | None) -> tuple[date | None, date | None]:
    """'this week', 'earlier this month': from the start of the unit to publication."""
    if p is None:
        return None, None
    starts = {"week": p - timedelta(days=p.weekday()), "month": p.replace(day=1),
              "quarter": quarter_range(p.year, (p.month - 1) // 3 + 1)[0], "year": p.replace(month=1, day=1)}
    return starts[unit], p


def rolling(m: re.Match, p: date | None) -> Resolved:
    """'over the past week', 'the past two weeks', 'the last 24 hours': the days up to publication;
    a bare 'last week', 'last month', 'last quarter', 'last year': the previous calendar unit."""
    unit, n_text = m.group("unit"), m.group("n")
    precision = UNIT_PRECISION[unit]
    calendar_unit = (n_text is None and m.group("which") in {"last", "previous"}
                     and not m.group(0).startswith("the "))
    if p is None:
        return relative(None, None, precision, p)
    if calendar_unit:
        if unit == "week":
            return relative(*week_range(p - timedelta(days=7)), precision, p)
        if unit == "month":
            previous = shift_months(p.replace(day=1), -1)
            return relative(*month_range(previous.year, previous.month), precision, p)
        if unit == "quarter":
            q = (p.month - 1) // 3  # 0-based index of this quarter; previous is q - 1
            year, quarter = (p.year, q) if q else (p.year - 1, 4)
            return relative(*quarter_range(year, quarter), precision, p)
        if unit == "year":
            return relative(date(p.year - 1, 1, 1), date(p.year - 1, 12, 31), precision, p)
    n = 1 if n_text is None else int(n_text) if n_text.isdigit() else NUMBER_WORDS.get(n_text)
    if n is None:
        return Resolved(None, None, precision, None)  # 'the past few weeks': no exact start
    if unit == "hour":
        start = p - timedelta(days=max(1, -(-n // 24)))
    elif unit in {"day", "week"}:
        start = p - timedelta(days=n * (7 if unit == "week" else 1))
    else:
        start = shift_months(p, -n * {"month": 1, "quarter": 3, "year": 12}[unit])
    return relative(start, p, precision, p)


def date_range(lowered: str, published: date | None) -> Resolved | None:
    """'between May 15 and June 15', 'from January to March 2020', '2013 to 2019'."""
    m = RANGE.match(lowered)
    if not m or not HAS_DATE_WORD.search(m.group("a")) or not HAS_DATE_WORD.search(m.group("b")):
        return None
    left_text, right_text = m.group("a").strip(), m.group("b").strip()
    day_month = re.fullmatch(r"([a-z]+)\.? \d{1,2}", left_text)
    if day_month and re.fullmatch(r"\d{1,2}(?:,? \d{4})?", right_text):
        right_text = f"{day_month.group(1)} {right_text}"  # 'May 15-20', 'May 15-20, 2021'
    right = resolve(right_text, published)
    if right.precision is None:
        return None
    year = YEAR_IN.search(right_text)
    if year and not YEAR_IN.search(left_text):
        if re.fullmatch(r"\d{1,2}", left_text):  # 'May 15-20, 2021'
            month = re.match(r"([a-z]+)", right_text)
            left_text = f"{month.group(1)} {left_text}" if month else left_text
        left_text = f"{left_text} {year.group(1)}"
    left = resolve(left_text, published)
    if left.precision is None:
        return None
    if left.start and right.end and left.start > right.end and not YEAR_IN.search(left_text):
        left = Resolved(shift_months(left.start, -12), shift_months(left.end, -12), left.precision,
                        left.anchor)  # 'from December to February'
    return Resolved(left.start, right.end, finest(left.precision, right.precision),
                    left.anchor or right.anchor)


def single_date(lowered: str, published: date | None) -> Resolved:
    """One date dateparser reads: 'March 3', '3 March 2019', 'March 2019', '2019', 'three days ago'."""
    if not HAS_DATE_WORD.search(lowered):
        return NOTHING
    year = YEAR_IN.search(lowered)
    absolute = bool(year) and "ago" not in lowered
    if published is None and not absolute:
        parsed = parse_date(lowered, datetime(2000, 12, 31))  # only to learn the precision
        return Resolved(None, None, parsed[1] if parsed else None, None)
    base = (datetime.combine(published, datetime.min.time()) if published
            else datetime(int(year.group(1)), 12, 31))
    parsed = parse_date(lowered, base)
    if parsed is None:
        return NOTHING
    day, period = parsed
    if period == "year" or re.fullmatch(r"\d{4}", lowered):
        start, end, period = date(day.year, 1, 1), date(day.year, 12, 31), "year"
    elif period == "quarter":
        start, end = quarter_range(day.year, (day.month - 1) // 3 + 1)
    elif period == "month":
        start, end = month_range(day.year, day.month)
    elif period == "week":
        start, end = week_range(day)
    else:
        start, end, period = day, day, "day"
    return Resolved(start, end, period, None if absolute else published)


@lru_cache(maxsize=4096)
def parse_date(text: str, base: datetime) -> tuple[date, str] | None:
    """What dateparser reads in ``text`` relative to ``base`` (a day and its precision); kept for
    the run, since dateparser is slow and the same expressions recur (a new parser each time,
    so the answer depends on the two arguments alone)."""
    parser = DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False})
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    period = data.period if data.period in PRECISIONS else "day"
    return data.date_obj.date(), period
