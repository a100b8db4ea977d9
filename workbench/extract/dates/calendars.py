"""Calendar arithmetic for the Gregorian and the Hijri (Umm al-Qura) calendars.

Each calendar answers the same questions: is a (year, month, day) valid, what
Gregorian day is it, how long is a month, and what is "today" in it. Hijri
conversion uses the maintained ``hijridate`` package (Umm al-Qura tables,
1343-1500 AH); anything it cannot convert is reported as ``None`` so the caller
gives an unresolved row rather than a wrong date.

>>> to_gregorian("hijri", 1436, 10, 22)
datetime.date(2015, 8, 7)
>>> month_span("gregorian", 2017, 2)
(datetime.date(2017, 2, 1), datetime.date(2017, 2, 28))
>>> to_gregorian("gregorian", 2017, 2, 31) is None
True
>>> choose_year((2017, 6, 20), 7, None, "after"), choose_year((2017, 6, 20), 5, None, "past")
(2017, 2017)
"""

from __future__ import annotations

import calendar as _calendar
from datetime import date, timedelta
from functools import lru_cache

from hijridate import Gregorian, Hijri

__all__ = ["GREGORIAN", "HIJRI", "to_gregorian", "month_span", "today_in", "choose_year", "shift_months", "YEAR_RANGE"]

GREGORIAN, HIJRI = "gregorian", "hijri"
# Years a news article can plausibly name; others give unresolved rows.
YEAR_RANGE = {GREGORIAN: (1800, 2200), HIJRI: (1343, 1500)}
# A Gregorian month written by name fixes the calendar, so its year may be older (6 يونيو 1799), back to the
# calendar's first full year; a year alone or in figures keeps YEAR_RANGE, as an old year without هـ may be Hijri.
NAMED_MONTH_FROM = 1583
# A year with its Gregorian era word (عام 600 ميلادي, 570 - 632 ميلاديا), or a range of years after the dual "two
# years" (بين عامي 568 و645) outside the Hijri years, is of that calendar whatever its age, read proleptically back
# to year 1, as the gold rules write it (0600-01-01).
ERA_WORD_FROM = 1


# The conversions are pure and an article names few distinct months and days, mostly the same ones
# (its own month, this year, last year): remembered, the Hijri tables are not walked per expression.
@lru_cache(maxsize=4096)
def to_gregorian(cal: str, year: int, month: int, day: int, named: bool = False, era: bool = False) -> date | None:
    """The Gregorian day of ``day.month.year`` in ``cal``, or None when no such day exists; ``named``: the month
    is written by name (see NAMED_MONTH_FROM); ``era``: the year has its era word (see ERA_WORD_FROM)."""
    lo, hi = YEAR_RANGE[cal]
    if cal == GREGORIAN and (named or era):
        lo = ERA_WORD_FROM if era else NAMED_MONTH_FROM
    if not (lo <= year <= hi and 1 <= month <= 12 and day >= 1):
        return None
    if cal == GREGORIAN:
        return date(year, month, day) if day <= _days_in_month(year, month) else None
    try:
        first = Hijri(year, month, 1)
        if day > first.month_length():
            return None
        return date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=4096)
def month_span(cal: str, year: int, month: int, named: bool = False, era: bool = False) -> tuple[date, date] | None:
    """First and last Gregorian day of a month of ``cal``, or None when out of range (``named``, ``era`` as in
    to_gregorian)."""
    first = to_gregorian(cal, year, month, 1, named, era)
    if first is None:
        return None
    if cal == GREGORIAN:
        return first, date(year, month, _days_in_month(year, month))
    return first, first + timedelta(days=Hijri(year, month, 1).month_length() - 1)


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if _calendar.isleap(year) else 28
    return 30 if month in (4, 6, 9, 11) else 31


@lru_cache(maxsize=4096)
def today_in(cal: str, day: date) -> tuple[int, int, int] | None:
    """(year, month, day) of the Gregorian ``day`` in ``cal`` (None outside the Hijri tables)."""
    if cal == GREGORIAN:
        return day.year, day.month, day.day
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().datetuple()
    except (ValueError, OverflowError):
        return None


_STALE_DAYS = 7


def choose_year(anchor: tuple[int, int, int], month: int, day: int | None, direction: str | None) -> int:
    """The year of a month (and day) written without one, seen from ``anchor`` (same calendar).

    ``direction``: ``past`` (on or before the anchor), ``future`` (on or after, or up to a week before:
    a schedule printed a day late),
    ``before``/``after`` (strictly: الماضي, المقبل; with a day the comparison is on the
    day, so "10 يونيو الماضي" written on 25 June is this June), ``current`` (the anchor's
    year) or None (the nearest occurrence for a day, ``past`` for a month alone).
    """
    year, a_month, a_day = anchor
    target, now = ((month, day), (a_month, a_day)) if day is not None else ((month,), (a_month,))
    if direction == "current":
        return year
    if direction is None and day is None:
        direction = "past"
    if direction is None:
        return min((year - 1, year, year + 1), key=lambda y: abs((y - year) * 372 + (month - a_month) * 31 + day - a_day))
    if direction == "past":
        return year if target <= now else year - 1
    if direction == "future":  # a schedule reprinted a few days after the day it names still means that day
        stale = day is not None and 0 < (a_month - month) * 31 + a_day - day <= _STALE_DAYS
        return year if target >= now or stale else year + 1
    if direction == "before":
        return year if target < now else year - 1
    return year if target > now else year + 1


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) ``months`` after (negative: before) the given month.

    >>> shift_months(2017, 1, -2)
    (2016, 11)
    """
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1
