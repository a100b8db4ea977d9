"""From a matched date expression to its calendar reading (kind, bounds, granularity, calendar).

The grammar (:mod:`workbench.extract.dates.grammar`) says where an expression is
and which rule matched; this module reads its words (numbers, month names,
markers, units) and resolves it: absolute dates directly, expressions without a
year or relative ones against the publication day (``Context.anchor``), using
the marker in the expression (المقبل, الماضي, الجاري) or else the tense of its
clause (:mod:`workbench.extract.dates.tense`). Whatever the text alone cannot
settle (no publication day, 31 February, a day counted from another event)
gives a reading with ``bounds`` None; words that only look like dates give None.

>>> from datetime import date
>>> ctx = Context.for_text("وعقدت 4 جولات اخرها كان في ايار", date(2017, 6, 20))
>>> r = read_match(next(ctx.grammar.search.finditer(ctx.folded)), ctx)
>>> r.kind, r.bounds, r.granularity
('month', (datetime.date(2017, 5, 1), datetime.date(2017, 5, 31)), 'month')
"""

from __future__ import annotations

import re
from calendar import isleap
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Hashable, TypeVar

from workbench.extract.dates.calendars import (
    GREGORIAN,
    HIJRI,
    YEAR_RANGE,
    choose_year,
    month_span,
    shift_months,
    to_gregorian,
    today_in,
)
from workbench.extract.dates.grammar import Grammar, grammar_for, whole_words
from workbench.extract.dates.lexicon import Lexicon, load_lexicon
from workbench.extract.dates.tense import clause_tense, imperfect_verb
from workbench.extract.entities.names import given_names

__all__ = ["Context", "Reading", "read_match", "with_named_today", "with_apposition", "with_back_reference"]

_MARKER_DIRECTION = {-2: "before", -1: "before", 0: "current", 1: "after", 2: "after"}
_PERIOD_UNIT = {"اسبوع": "week", "شهر": "month", "عام": "year", "سنه": "year"}
_UNIT_GRANULARITY = {"minute": "day", "hour": "day", "day": "day", "week": "week", "month": "month", "year": "year", "decade": "year", "century": "year"}
_YEARS_IN = {"decade": 10, "century": 100}
_FRACTION_PARTS = {"ربع": 4, "نصف": 2, "ثلث": 3}  # parts of a decade or century a fraction word names (ربع قرن: 25 years)
_UNIT_DAYS = {"week": 7, "month": 31, "year": 366}  # a single week, month or year spans fewer days than these
_FARTHEST_DAYS = 200 * 366  # counts of days or weeks further from publication than YEAR_RANGE allows stay unresolved
_DURATION_GRANULARITY = {**_UNIT_GRANULARITY, "minute": "minute", "hour": "minute"}
_BARE_YEARS = (1900, 2100)  # a year with no عام, no هـ/م: only when it is plausibly a year
_LAST = -1  # the value of a marker of the unit before the current one (الماضي)
_ENCLOSING = {"(": ")", '"': '"'}  # a mark before a word alone and the one that closes it (guillemets fold to ")
_TEXT_BEFORE = 200  # folded characters searched for the clause's tense
_SMALL_HOURS = 6  # a night's clock time before this hour falls on its second day (الواحدة ليل السبت الأحد); العاشرة on the first
_PAIR_GAP = re.compile(r"[\s/()]*")
_PAIRED_GAP = re.compile(r"\s*/\s*")
# من 16 الى 23 /12 /1436هـ: the range's first day, its last day, and the month and year they share
_DAYS_BEFORE_NUMERIC = re.compile(r"\S+\s+(?:ال)?(\d{1,2})\D+?(\d{1,2})(\s*/\s*\d{1,2}\s*/\s*\d{4}\D*)$")
_DAY_MONTH = re.compile(r"(\d{1,2})\s*[/-]\s*(\d{1,2})(?!\s*[\d/-])")
_DAY_MONTH_THIS_MONTH = re.compile(r"(\d{1,2})\s*[/-]\s*(\d{1,2})(?![\d/-])\s+من\s+(?:هذا\s+الشهر|الشهر\s+الجاري)")
_HIJRI_SUFFIX = r"\s*(?:ه|هجري|هجريه)(?!\w)"  # after a year's digits (folded)
_HIJRI_NOTATION = re.compile(r"\d" + _HIJRI_SUFFIX)  # 1436هـ (folded), ١٠-١١-١٤٣٦هجري
_AND_GAP = re.compile(r"\s*و\s*")  # خمسة وعشرين: one day in two words; عشرة إلى عشرين: two days
_DASH_GAP = re.compile(r"\s*[-–]\s*")  # أيلول - سبتمبر: a pair only when both name the same month
# "من الآن" counts from publication; the word whole, or "من الانتخابات", "على الانسحاب" would count from it too
_FROM_EVENT = re.compile(r"\s*(?:من|علي|عن)\s+(?!الان(?!\w))")
_CLITICS = re.compile(r"^(?:[وف]?(?:لل|[بل](?!ل)))")
_CLAUSE_END = re.compile(r"[.!?\n,،;:؛]")
_SENTENCE_END = re.compile(r"[.!?\n؟]")
_WRITTEN_YEAR = re.compile(r"\d{4}")  # a year's number written out (العام الماضي 2014م), not only counted (قبل عام)
_FULL_STOP = re.compile(r"[!?\n؟]|\.(?!\d)")  # a sentence's end, not a decimal point (بنسبة 11.4% ... عن العام السابق)
_SENTENCE_REACH = 300  # characters looked back for a decade's measure word: a long sentence of a weather report
_WORD_CHAR = re.compile(r"\w")
_Named = TypeVar("_Named", bound=Hashable)  # what a lexicon's names stand for: a weekday, a (calendar, month)
_STEP_SIDE = {1: "future", -1: "past"}  # the side of publication a marker of one step gives (المقبل, الماضي)
_MONTH_CLITICS = frozenset(("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"))  # what may stand joined before a month's name
# a year or figure after a month, a bracketed second name between or the bracket closing round it: نوفمبر (تشرين الثاني) 2013
_FIGURE_AFTER = re.compile(r"(?:\s*\(\s*[^()]{2,20}\)|\s*\))?\s*\d")
_CLOCK_FIGURES = re.compile(r"\d+(?::\d+)+")  # 10:30, 9:15:00
_CLAUSE_MARKS = frozenset(".!?\n,،;:؛")
_YEAR_END = set(".!?,،;:؛)\"'")  # marks that may follow a bare year
_CHRONOLOGY_DASHES = set("-–—")  # a year opening a line or sentence before one of these heads a chronology entry
_ENTRY_ENDS = set(".:")  # the marks after which (and a space) a chronology entry may open inside a paragraph
_ENTRY_YEAR = re.compile(r"(\d{4}) ?[-–—]")  # a year and its dash, as a chronology entry opens ("1950- ...")
_LINE_OPENS_YEAR = re.compile(r"[ \t]*\d{4}")  # a line that may open a chronology entry
_DEFINITE_COUNT = re.compile(r"ال\W?\s*\d")  # الـ12, الـ 60: a count with the article
_AGE_ASIDE = re.compile(r'(?:[("]|\w,)\s*(?:\d{1,3}\s*و\s*)?$')  # the opening of an aside holding only the count
_AGE_ASIDE_END = re.compile(r'\s*[)",]')
_YEAR_RANGE_BEFORE_ASIDE = re.compile(r"(?:(\S+)\s+|\d\s*-\s*)\d{4}\s*[مه]?\s*\(\s*$")  # حتى 2015م (, 2002-2015 (
_HABIT_REACH = 100  # characters before a month searched for an adverb of habit in its clause
_EVERY = {"weekday": "every_week"}  # the recurrence after a weekday (الخميس من كل أسبوع); other rules take every_year
_AGE_WINDOW = 12  # words of the clause searched for an age topic (سن, العمر)
_CHARS_PER_WORD = 10  # how far back a clause's last words are read, a word and its space being mostly shorter
_NAME_BINDERS = frozenset(("بن", "ابن", "بنت"))  # folded: عبدالله بن الخميس
_EVENING_HOUR = 18  # a story put online from this hour on is often the next morning's paper
_NOON_HOUR = 12  # a story put online from this hour on that names today as yesterday was written for the next day's paper
_PARALLEL_YEAR_AFTER = re.compile(r"\s+و\w+\s+(?:19|20)\d\d(?!\d)")
_PARALLEL_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d\s+و\w+\s+$")
# A word after اليوم ending like a plural or a feminine cannot be its adjective (اليوم الوطني) but opens the object.
_NOT_ADJECTIVE_OF_DAY = ("ات", "ه", "ون", "ين")
_ARTICLE_AND_LETTER = 3  # "الـ" before digits folds to the article alone
_HIJRI_ONLY = 3  # the needs_context of a month name that counts only where the text is Hijri (المحرم)
_HIJRI_NEAR = 80  # folded characters on either side searched for a Hijri year or month
_EQUIVALENT_AFTER = re.compile(r"[\s,()\"-]*الموافق[\s,()\"-]*(?:ل\s*)?\d")  # العاشر من المحرم الموافق 23 أكتوبر
# من العام الهجري الجديد 1437هـ: words without a digit, then a year with its Hijri suffix
_YEAR_AFTER = re.compile(r"[^\d.,؛:()]*?(\d{4})" + _HIJRI_SUFFIX)
_GLUED_BI = re.compile(r"(?:^|\W)[وف]?ب$")  # برمضان: "in" written joined to the month
# What may stand between a day and a second name of it: "اليوم الاثنين رابع أيام العيد", "يوم السبت الموافق 18-07-2015".
_THREE_WORDS = re.compile(r"\s*(?:\S+\s+){3}")
_CLAUSE_AFTER = re.compile(r"\s*(?:[.!?\n,،;:؛]|$)")
# اليوم قبل الغد, الآن قبل غد: "sooner rather than later"; ما أشبه الليلة بالبارحة, ما أشبه اليوم بالأمس: "how alike
# now and then" (a proverb); no day meant in either
_DAY_IDIOM = re.compile(r"(?<!\w)(?:(?:اليوم|الان)\s+قبل\s+(?:ال)?غدا?|ما\s+اشبه\s+(?:الليله|اليوم)\s+ب(?:البارحه|الامس))(?!\w)")
# Folded characters before a marker searched for its month: the longest name (كانون الثاني), a clitic and a bracketed
# second name of up to 20 characters, with room for their spaces
_MARKED_NAME_REACH = 60
_APPOSITION_GAP = re.compile(r"[\s,()\"-]*(?:الموافق[\s,()\"-]*)?")


@dataclass(frozen=True, slots=True)
class Context:
    """What a reading needs besides the match: the folded text, the vocabulary and the publication time.

    ``folded`` starts with one space (see :mod:`.grammar`): folded position ``i``
    of the article is ``i + 1`` here.
    """

    folded: str
    anchor: date | None
    published: datetime | None
    lexicon: Lexicon
    grammar: Grammar
    today: date | None = None  # the day the text calls اليوم, when its weekday says it is not the publication day
    named_days: dict[int, date] = field(default_factory=dict)  # weekday -> the day a relative day names (أمس الأربعاء)
    marked_sides: dict[tuple[str, int], str | None] | None = None  # (calendar, month) -> side, read once on demand

    @classmethod
    def for_text(cls, folded: str, anchor: date | None, published: datetime | None = None, lexicon: Lexicon | None = None) -> Context:
        lexicon = lexicon if lexicon is not None else load_lexicon()
        return cls(" " + folded, anchor, published, lexicon, grammar_for(lexicon))


@dataclass(slots=True)
class Reading:
    kind: str
    granularity: str | None = None
    calendar: str | None = GREGORIAN
    bounds: tuple[date, date] | None = None
    anchored: bool = False  # resolved against the publication day
    anchor: date | None = None  # the day resolved against when it is not the publication day
    start: int | None = None  # where the reported span starts when it is not where the match starts (folded)
    appositive: bool = False  # takes the value of a day written right beside it (a feast's day, a weekday)
    refers_back: int | None = None  # اليوم نفسه (0), الخامس من الشهر ذاته (5): that day or day of the last expression's month
    ahead_only: bool = False  # هذا اليوم: refers back only to a calendar date still to come, else keeps its own day
    same_month: bool = False  # الشهر ذاته من عام 2014: the last expression's month in this reading's year
    same_year: bool = False  # يونيو من العام ذاته: this month or day in the year of the last expression before it
    context_month: bool = False  # هذا الشهر, منتصف الشهر: the Hijri month named last, when one was (a Ramadan column)
    before_named: bool = False  # الشهر السابق: the month before the one the text named last (العام السابق: the year written)
    before_it: bool = False  # العام الذي سبقه: the year, month or week before the last one of its granularity the text named
    event_day: tuple[str, int] | None = None  # ثاني أيام البطولة: ("البطوله", 2); an unnamed event ("اليوم السابع الختامي") is ""
    joined: bool = False  # شهر رمضان وعيد الفطر: a feast after و, a date only when joined to the row right before it


@dataclass(slots=True)
class _Part:
    """One calendar position of an expression: days, month and year as written."""

    days: list[int] = field(default_factory=list)
    month: tuple[str, int] | None = None
    year: int | None = None
    year_calendar: str | None = None
    era: bool = False  # the year's Gregorian era word is written out (ميلادي, not the bare م of metres as well)


def with_named_today(matches: list[re.Match[str]], ctx: Context) -> Context:
    """``ctx`` with ``today`` set when a relative day names a weekday other than the publication day's
    (a story of Wednesday, "اليوم الأربعاء", printed on Friday; see :func:`_named_day_shift`); every
    relative day of the article then counts from that day. ``named_days``
    keeps the day of every weekday a relative day names, for the same weekday written alone later
    ("أمس الأربعاء ... يطرح الأربعاء").

    >>> ctx = Context.for_text("يعقد البرلمان اليوم الاربعاء جلسه وكان امس", date(2015, 7, 31))
    >>> named = with_named_today(list(ctx.grammar.search.finditer(ctx.folded)), ctx)
    >>> named.today, named.named_days
    (datetime.date(2015, 7, 29), {2: datetime.date(2015, 7, 29)})
    """
    if ctx.anchor is None:
        return ctx
    sightings = _named_relative_days(matches, ctx)
    if not sightings:
        return ctx
    todays = [today for today, *_ in sightings]
    # the day most of them imply decides, the first of those on a tie: "أمس الثلاثاء" against "أول من أمس الثلاثاء"
    # and "اليوم الخميس" of the same story is a slip of the one
    today = max(todays, key=todays.count)
    named_days: dict[int, date] = {}
    for _, offset, named, start, written in sightings:
        day = today + timedelta(days=offset)
        late = (day.weekday() - named) % 7
        named_days.setdefault(named, written or day + timedelta(days=_named_day_shift(late, offset, ctx, start)))
    return replace(ctx, today=today if today != ctx.anchor else None, named_days=named_days)


def _named_relative_days(matches: list[re.Match[str]], ctx: Context) -> list[tuple[date, int, int, int, date | None]]:
    """(the publication-story day it implies, days from that day, weekday named, start, date written after it) of
    every relative day that names its weekday (اليوم الخميس, أمس الثلاثاء), in text order."""
    sightings = []
    for i, match in enumerate(matches):
        if match.lastgroup not in ("day", "time"):
            continue
        surface = match.group(match.lastgroup)
        if surface.isalpha():
            continue  # one word (اليوم, أمس): a weekday beside it would need a space, a bracket or a quote
        # the words read once per distinct span; the reading of the match takes them from the same cache
        found = dict(_lexeme_words(surface, False, ctx.lexicon))
        if "relday" not in found or "weekday" not in found:
            continue
        offset = ctx.lexicon.relative_days[found["relday"]]
        named = ctx.lexicon.weekdays[found["weekday"]]
        start = match.start(match.lastgroup)
        written = _written_day(matches, i, ctx)
        if _previous_word_in(ctx, start, "demonstrative") or written is not None and (
                written.weekday() != named or abs((written - ctx.anchor).days) > 6):
            continue  # ذلك اليوم الثلاثاء, اليوم الثلاثاء 20 جمادى الأولى 875هـ: a day of the past, not today
        back = ((ctx.anchor + timedelta(days=offset)).weekday() - named) % 7
        today = written - timedelta(days=offset) if written else ctx.anchor + timedelta(days=_named_day_shift(back, offset, ctx, start))
        sightings.append((today, offset, named, start, written))
    return sightings


def _written_day(matches: list[re.Match[str]], i: int, ctx: Context) -> date | None:
    """The day of the full date written right after the relative day of ``matches[i]`` (اليوم الخميس
    14 / 10 / 1436هـ), ``date.min`` when that date has no single day, None when there is none.
    """
    end = matches[i].end(matches[i].lastgroup)
    following = matches[i + 1] if i + 1 < len(matches) else None
    if following is None or following.lastgroup not in ("date", "numeric") \
            or not _APPOSITION_GAP.fullmatch(ctx.folded, end, following.start(following.lastgroup)):
        return None
    reading = read_match(following, ctx)
    return reading.bounds[0] if reading is not None and reading.bounds else date.min


def _named_day_shift(late: int, offset: int, ctx: Context, start: int) -> int:
    """Days from a relative day ``offset`` days from today to the weekday it names, that weekday falling
    ``late`` days before it: back to it for a story printed late, past or without a cue (up to six days, a
    stale wire story), forward to the next day for an edition put online the evening before, forward when
    the weekday named still falls before today ("أول من أمس الجمعة" printed on Saturday: Friday, a day ago,
    not a week and a day) or is today's named as yesterday in a story put online from noon on ("أمس الجمعة" on a
    Friday afternoon: that Friday, written for the next day's paper; on Friday morning a stale story's), and
    forward for a future clause when going back would take four days or more.

    >>> evening = Context.for_text("اليوم الاربعاء", date(2015, 7, 21), datetime(2015, 7, 21, 20, 30))
    >>> _named_day_shift(6, 0, evening, 1), _named_day_shift(6, 0, replace(evening, published=None), 1)
    (1, -6)
    >>> _named_day_shift(6, -2, replace(evening, published=None), 1)
    1
    """
    if late == 0:
        return 0
    hour = ctx.published.hour if ctx.published is not None else -1
    if (late == 6 and (hour >= _EVENING_HOUR or offset == -1 and hour >= _NOON_HOUR)) or 7 - late < -offset or (late >= 4 and _direction(None, ctx, start) == "future"):
        return 7 - late
    return -late


def with_apposition(found: list[tuple[int, int, Reading]], folded: str) -> None:
    """Give a feast's day, a weekday or two weekdays the value of the resolved days written right beside them
    ("اليوم الاثنين رابع أيام عيد الفطر", "يوم السبت الموافق 18-07-2015", "يومي الأربعاء والخميس الموافق 20 و21
    شوال"); ``found`` holds (start, end, reading) in folded positions, in order of appearance.
    """
    for i, (start, end, reading) in enumerate(found):
        if not reading.appositive:
            continue
        for j in (i - 1, i + 1):
            if not 0 <= j < len(found):
                continue
            other_start, other_end, other = found[j]
            if other.bounds is None or other.granularity not in ("day", "minute") or not _same_days(reading, other):
                continue
            gap = (other_end, start) if j < i else (end, other_start)
            if _APPOSITION_GAP.fullmatch(folded, *gap):
                reading.bounds, reading.anchored, reading.anchor = other.bounds, other.anchored, other.anchor
                break


def _same_days(reading: Reading, other: Reading) -> bool:
    """Whether ``other``'s days can be ``reading``'s: as many days (one where ``reading`` is unresolved), the first on
    the same weekday; "يوم السبت الموافق 23/ 9/ 1436 هـ" (a Friday) is no apposition."""
    if reading.bounds is None:
        return other.bounds[0] == other.bounds[1]
    return (other.bounds[0].weekday() == reading.bounds[0].weekday()
            and other.bounds[1] - other.bounds[0] == reading.bounds[1] - reading.bounds[0])


def joins_last(found: list[tuple[int, int, Reading]], folded: str, start: int) -> bool:
    """Whether only و stands between the last row of ``found`` and ``start``: "خلال شهر رمضان وعيد الفطر" joins the
    feast to a time, "فرحة رمضان والعيد" (Ramadan no row) does not."""
    return bool(found) and folded[found[-1][1]:start].strip() == "و"


def joined_decades(found: list[tuple[int, int, Reading]], reading: Reading, ctx: Context, start: int, end: int) -> bool:
    """Join a decade with its edge word after و to a bare decade row right before it, as one range of years
    ("في الثمانينات وبداية التسعينيات الميلادية": 1980 to 1999), as the development decisions write it; two bare
    decades (الثمانينيات والتسعينيات) and two decades each with its edge word (نهاية الثمانينات ومطلع التسعينات)
    stay two rows. Returns whether the last row of ``found`` now ends at ``end``."""
    if not (_is_decade(reading) and found and _is_decade(found[-1][2]) and joins_last(found, ctx.folded, start)):
        return False
    first_start, _, first = found[-1]
    if (first.bounds[0] >= reading.bounds[0] or _opens_with_edge(ctx.folded, first_start, ctx.lexicon)
            or not _opens_with_edge(ctx.folded, start, ctx.lexicon)):
        return False
    found[-1] = (first_start, end, replace(reading, kind="range", bounds=(first.bounds[0], reading.bounds[1])))
    return True


def _opens_with_edge(folded: str, start: int, lex: Lexicon) -> bool:
    """Whether the word at ``start`` is an edge of a period (نهاية, بداية), bare or after ب/ل or لل, alone or
    with و/ف before them (بنهاية, وبنهاية; a bare و/ف before the edge, «ونهاية», is not stripped)."""
    word = folded[start:start + 40].split(None, 1)[0]
    return word in lex.words["edge"] or _without_clitic(word) in lex.words["edge"]


def _is_decade(reading: Reading) -> bool:
    """Whether ``reading`` is a decade's ten whole years (a year row from a year ending in 0 to the ninth after it)."""
    bounds = reading.bounds
    return (reading.kind == "year" and bounds is not None and bounds[0].year % 10 == 0
            and (bounds[0].month, bounds[0].day, bounds[1].month, bounds[1].day) == (1, 1, 12, 31)
            and bounds[1].year == bounds[0].year + 9)


def with_event_days(found: list[tuple[int, int, Reading]]) -> None:
    """Date the counted days of an event from one of them the text dates: with "خامس أيام البطولة 11 أغسطس",
    "ثاني أيام البطولة" is 8 August. An unnamed event's day ("اليوم السابع الختامي") counts in the article's
    only named event; days that disagree on the first day leave the others unresolved.

    >>> day = Reading("relative", "day", bounds=(date(2015, 8, 11), date(2015, 8, 11)), event_day=("البطوله", 5))
    >>> second, last = Reading("relative", "day", event_day=("البطوله", 2)), Reading("relative", "day", event_day=("", 7))
    >>> with_event_days([(0, 1, second), (2, 3, day), (4, 5, last)]); second.bounds[0], last.bounds[0]
    (datetime.date(2015, 8, 8), datetime.date(2015, 8, 13))
    """
    counted = [reading for _, _, reading in found if reading.event_day is not None]
    if not counted:
        return
    events = {reading.event_day[0] for reading in counted} - {""}
    only = events.pop() if len(events) == 1 else ""
    event = {id(reading): reading.event_day[0] or only for reading in counted}
    first_days: dict[str, set[date]] = {}
    dated: dict[str, Reading] = {}  # per event, its first dated day: the others take its anchor
    for reading in counted:
        if reading.bounds is not None:
            first_days.setdefault(event[id(reading)], set()).add(reading.bounds[0] - timedelta(days=reading.event_day[1] - 1))
            dated.setdefault(event[id(reading)], reading)
    for reading in counted:
        firsts = first_days.get(event[id(reading)], set())
        if reading.bounds is None and len(firsts) == 1:
            day = next(iter(firsts)) + timedelta(days=reading.event_day[1] - 1)
            source = dated[event[id(reading)]]
            reading.bounds, reading.anchored, reading.anchor = (day, day), source.anchored, source.anchor


def _counted_event_day(surface: str, lex: Lexicon) -> tuple[str, int] | None:
    """(event, day number) of an event's counted day, None for a last day (آخر أيام المعرض: its length is unknown)."""
    words = surface.split()
    ordinals = lex.numbers["ordinal"]
    if words[0] in lex.words["today"]:  # اليوم الحادي عشر من المهرجان, اليوم الثاني من زيارته
        size = 2 if " ".join(words[1:3]) in ordinals else 1
        number, rest = ordinals.get(" ".join(words[1:1 + size])), words[1 + size:]
        rest = rest[1:] if rest[:1] and rest[0] in lex.words["of"] else rest
    else:  # ثاني أيام البطولة
        number, rest = ordinals.get("ال" + words[0]), words[2:]
    if number is None:
        return None
    event = rest[0] if rest and rest[0] not in lex.words["event_day_epithet"] else ""
    return ("ال" + event[2:] if event.startswith("لل") else event), number


def with_back_reference(found: list[tuple[int, int, Reading]], ctx: Context) -> None:
    """Give "اليوم نفسه" the day of the last resolved day before it, and "الخامس من الشهر ذاته" that day
    of the last resolved expression's month; ``found`` holds (start, end, reading) in order of appearance, ``ctx`` the
    text that tells which of them a figure is compared with (skipped by "الذي سبقه").
    """
    readings = [reading for _, _, reading in found]
    for i, reading in enumerate(readings):
        if reading.same_month:
            _to_month_named_before(reading, readings[:i])
        if reading.same_year:
            _to_year_named_before(reading, readings[:i])
        if reading.context_month:
            _to_hijri_month_named_before(reading, readings[:i])
        if reading.before_named:  # العام السابق: only after a year its sentence writes out ("العام الماضي 2014م")
            _to_period_before_named(reading, readings[:i] if reading.granularity == "month"
                                    else _written_years_in_sentence(found[:i], found[i][0], ctx))
        if reading.before_it:
            _to_unit_before_named(reading, [other for start, _, other in found[:i] if not _compared(ctx, start)] or readings[:i])
        if reading.refers_back is None:
            continue
        granularities = ("day", "minute", "month") if reading.refers_back else ("day", "minute")
        earlier = next((other for other in reversed(readings[:i]) if other.bounds is not None and other.granularity in granularities), None)
        if earlier is None or reading.ahead_only and (reading.bounds is None or earlier.kind != "date" or earlier.bounds[0] <= reading.bounds[0]):
            continue
        if not reading.refers_back:
            reading.bounds = (earlier.bounds[0], earlier.bounds[0])
        elif (held := today_in(earlier.calendar, earlier.bounds[0])) is not None:
            day = to_gregorian(earlier.calendar, held[0], held[1], reading.refers_back)  # 31 of a 30-day month: None
            if day is not None:
                reading.bounds, reading.calendar = (day, day), earlier.calendar
        if reading.bounds is not None:
            reading.anchored, reading.anchor = earlier.anchored, earlier.anchor


def _to_period_before_named(reading: Reading, earlier: list[Reading]) -> None:
    """"مقارنة بالشهر السابق" after "شهر يوليو الماضي" (a monthly report): "the previous" month is the one before the
    last month ``earlier`` names, when that is the one it reads from publication (July, so June); the same for
    "العام السابق" after "العام الماضي 2014م" (2013), ``earlier`` then holding only the years its sentence writes out (a
    year's report compares "الربع المماثل من العام السابق" with this year, not with a year it only counted). An earlier
    "الشهر السابق" names no month of the report: the next one still counts from July, not from June."""
    named = next((other.bounds for other in reversed(earlier)
                  if other.bounds is not None and other.granularity == reading.granularity and not other.before_named), None)
    if named is None or named != reading.bounds:
        return
    first = named[0]
    if reading.granularity == "month":
        reading.bounds = month_span(GREGORIAN, *shift_months(first.year, first.month, -1))
    else:
        reading.bounds = _year_span(GREGORIAN, first.year - 1)


def _to_unit_before_named(reading: Reading, earlier: list[Reading]) -> None:
    """"مقارنة بالعام الذي سبقه" after "العام الماضي 2014": the year (month, week) before the last single one of its
    granularity the text named, 2013, in that one's calendar (after "شهر صفر": محرم); with none named before it
    stays the one before publication."""
    named = next((other for other in reversed(earlier) if other.bounds is not None and other.granularity == reading.granularity
                  and (other.bounds[1] - other.bounds[0]).days < _UNIT_DAYS[reading.granularity]), None)
    if named is None:
        return
    first, cal = named.bounds[0], named.calendar or GREGORIAN
    if reading.granularity == "week":
        reading.bounds = _week_of(first - timedelta(weeks=1))
        return
    held = today_in(cal, first)
    if held is None:
        return
    year, month = shift_months(held[0], held[1], -1) if reading.granularity == "month" else (held[0] - 1, None)
    reading.bounds = month_span(cal, year, month) if month else _year_span(cal, year)
    reading.calendar = cal


def _written_years_in_sentence(earlier: list[tuple[int, int, Reading]], start: int, ctx: Context) -> list[Reading]:
    """The readings before ``start`` in its sentence that write their year's number ("العام الماضي 2014م", "عام
    2014"): "نمو 11% العام الماضي 2014م، مقارنة بـ5.6% عن العام السابق" compares with 2013, the year before the one the
    sentence names. A year only counted ("مقارنة مع مستواها قبل عام ... من العام السابق") or named in an earlier
    sentence ("من العام الماضي. ... بزيادة عن العام السابق", a half-year against the last) leaves "العام السابق" the
    year before publication."""
    return [reading for first, last, reading in earlier
            if _WRITTEN_YEAR.search(ctx.folded, first, last) and not _FULL_STOP.search(ctx.folded, last, start)]


def _compared(ctx: Context, start: int) -> bool:
    """Whether the expression at ``start`` is what a figure is compared with ("مقارنة مع شهر محرم", "قياسا بعام
    2013"): the text reports on another unit, so "الشهر الذي سبقه" later counts from that one, not from this one."""
    return _compared_with(ctx.lexicon).search(ctx.folded, max(0, start - 30), start) is not None


@lru_cache(maxsize=4)
def _compared_with(lex: Lexicon) -> re.Pattern[str]:
    """A comparison word and its preposition right before a position (مقارنه مع , بالمقارنه ب)."""
    return re.compile(f"(?<!\\w)[وف]?{whole_words(lex.words['comparison'])}\\s+(?:(?:مع|الى)\\s+|[بل])?$")


def _to_year_named_before(reading: Reading, earlier: list[Reading]) -> None:
    """Move a month or day read from "يونيو من العام ذاته" (شهر رمضان من العام ذاته) into the year of the last expression
    of its own calendar before it (a Gregorian year for يونيو, a Hijri one for رمضان); with none, into the year of the
    last year of the other calendar ("عام 1400 هـ، وفي يونيو من العام ذاته": the June inside the Hijri year)."""
    cal = reading.calendar
    if reading.bounds is None or cal not in (GREGORIAN, HIJRI):
        return
    named = next((other for other in reversed(earlier) if other.bounds is not None and other.calendar == cal
                  and (year := _year_in(cal, other.bounds[0])) is not None and year == _year_in(cal, other.bounds[1])), None)
    if named is not None:  # ``year``, bound in the search, is the found expression's year: not looked up again
        moved = _moved_to_year(reading, year)
    else:
        named = next((other for other in reversed(earlier) if other.bounds is not None and other.granularity == "year"
                      and other.calendar in (GREGORIAN, HIJRI) and other.calendar != cal), None)
        if named is None:
            return
        inside = (_moved_to_year(reading, year) for year in (_year_in(cal, named.bounds[0]), _year_in(cal, named.bounds[1])) if year is not None)
        moved = next((span for span in inside if span is not None and named.bounds[0] <= span[0] <= named.bounds[1]), None)
    if moved is not None:  # 29 February of a common year, 30 of a 29-day Hijri month: keep the reading
        reading.bounds, reading.anchored, reading.anchor = moved, named.anchored, named.anchor


def _moved_to_year(reading: Reading, year: int) -> tuple[date, date] | None:
    """The bounds of ``reading``'s month or day in ``year`` of its calendar (None where that day does not exist)."""
    cal, (first, last) = reading.calendar, reading.bounds
    if reading.granularity == "month":
        return month_span(cal, year, today_in(cal, first)[1])
    if cal == HIJRI:
        ends = [to_gregorian(cal, year, *today_in(cal, day)[1:]) for day in (first, last)]
        return None if None in ends else (ends[0], ends[1])
    return None if (first.month, first.day) == (2, 29) and not isleap(year) else (first.replace(year=year), last.replace(year=year))


def _year_in(cal: str, day: date) -> int | None:
    """The year of ``cal`` that holds the Gregorian ``day`` (None outside the Hijri tables)."""
    held = today_in(cal, day)
    return held[0] if held is not None else None


def _to_month_named_before(reading: Reading, earlier: list[Reading]) -> None:
    """Narrow a year read from "الشهر ذاته من عام 2014" to the month of the last Gregorian month or day before it."""
    month = next((other.bounds[0].month for other in reversed(earlier) if other.bounds is not None and other.calendar == GREGORIAN
                  and other.granularity in ("day", "minute", "month") and other.bounds[0].month == other.bounds[1].month), None)
    if month is not None and reading.bounds is not None and reading.calendar == GREGORIAN:
        reading.bounds = month_span(GREGORIAN, reading.bounds[0].year, month)
        reading.granularity = "month"


def read_match(match: re.Match[str], ctx: Context) -> Reading | None:
    """The reading of a match of ``ctx.grammar.search`` (None when it is no date after all)."""
    rule = match.lastgroup
    start, end = match.span(rule)
    surface = ctx.folded[start:end]
    if rule == "year":
        if match.start("decade") >= 0:
            return None if _is_measured_decade(surface, ctx, start) else _decade_reading(surface, ctx.lexicon)
        if match.start("before_christ") >= 0:
            return Reading("year", "year")  # before year 1: no day a date can hold, unresolved as the gold rules ask
        if match.start("short_year") >= 0:
            # المؤشر العام 11 من قطاعات السوق: العام is the noun's adjective "general", and the number is no year
            return None if _previous_word_in(ctx, start, "general_noun") else _short_year_reading(surface, ctx.lexicon)
    if rule == "range" and surface.endswith(ctx.lexicon.words["before_christ"]):
        return Reading("range", "year")  # بين عامي 284 و246 قبل الميلاد: years before Christ, unresolved as one year is
    if rule in ("date", "month") and ctx.folded[start - 1:start] == ctx.folded[end:end + 1] == '"':
        return None  # «25 يناير» (folded to "25 يناير"): a date used as the name of an event
    if rule == "month" and _is_frequency(ctx, start):
        return None  # كل فبراير (شباط): every February, a habit of no one year, as كل عام
    if rule == "month" and _previous_word_in(ctx, start, "event_name"):
        return _event_name_year(surface, ctx, start, end)
    if rule == "duration" and surface.split(None, 1)[0] in ctx.lexicon.plural_units and _after_wish(ctx, start):
        return None  # أن يعيده عليهم أعواماً عديدة: a blessing's formula, no time
    spoken = surface.split(maxsplit=3) if rule in ("year", "period") else ()
    if len(spoken) == 4 and spoken[1] in ctx.lexicon.words["same"]:
        skip = _THREE_WORDS.match(surface).end()
        reading = _read(rule, surface[skip:], ctx, start + skip, end)
        if reading is not None:
            reading.kind, reading.same_month = "month", True
        return reading
    if rule == "month" and surface.startswith(_counted_units(ctx.lexicon)):
        return _counted_in_month(surface, ctx, start, end)
    reading = _read(rule, surface, ctx, start, end)
    if reading is not None and rule in ("date", "numeric") and surface.split(None, 1)[0] in _day_openers(ctx.lexicon):
        # حتى نهاية يوم الخميس 21 شوال, مطلع أول أغسطس: the edge word belongs to the date
        reading.start = _edge_before(ctx, start)
    if reading is not None and reading.bounds and reading.granularity == "year":
        _narrow_to_part(reading, surface, ctx.lexicon)
    if reading is None or rule not in ("date", "month", "day", "weekday"):
        return reading
    after = ctx.folded[end:end + 16].lstrip()  # read by both tests below
    if after.startswith(ctx.lexicon.words[_EVERY.get(rule, "every_year")]) or reading.bounds and (
            _noun_before(ctx, start, "habit_before", 1) or rule == "month" and _any_years_hijri_month(surface, ctx, start)):
        # شهر رمضان من كل عام, اليوم ذاته من كل عام, الخميس من كل أسبوع, كل عام خلال الشهر الفضيل, مثل بداية شهر رمضان: every year's, no one month or day
        reading.bounds, reading.anchored, reading.refers_back = None, False, None
    elif rule in ("date", "month") and reading.bounds and reading.granularity in ("day", "month") \
            and after.startswith(ctx.lexicon.words["same_year"]):
        reading.same_year = True  # في يونيو من العام ذاته: the year is the one named before
    return reading


def _after_wish(ctx: Context, start: int) -> bool:
    """Whether a wish's verb (يعيده, أعاده) stands among the six words before ``start`` in its clause, or the feast's
    own return (تعود, يعود, عاد) with the feast named (أن تعود هذه المناسبة; not قد تعود بنا إلى سنوات: a return to a time)."""
    words = _clause_before(ctx, start, 6)
    return any(_word_in(word, ctx, "wish_verb") for word in words) or (
        any(_word_in(word, ctx, "wish_return") for word in words) and any(_word_in(word, ctx, "wish_feast") for word in words))


def _any_years_hijri_month(surface: str, ctx: Context, start: int) -> bool:
    """Whether a Hijri month named without year or marker stands in a statement about any year: after مثل (مثل
    بداية شهر رمضان والأعياد) or in a clause holding an adverb of habit (غالبا ما يكون ... خلال رمضان).

    >>> ctx = Context.for_text("عاده ما تزيد الزيارات خلال الشهر الكريم. واعاده ما فقد في رمضان", date(2015, 7, 24))
    >>> [_any_years_hijri_month(m, ctx, ctx.folded.find(m)) for m in ("الشهر الكريم", "رمضان")]
    [True, False]
    """
    if not surface.endswith(_hijri_month_endings(ctx.lexicon)):
        return False
    if _previous_word_in(ctx, start, "example_of"):
        return True
    clause = _clause_text_before(ctx, start, _HABIT_REACH)
    return _habit_adverb(ctx.lexicon).search(clause) is not None


@lru_cache(maxsize=4)
def _hijri_month_endings(lex: Lexicon) -> tuple[str, ...]:
    """Every Hijri month name and epithet (رمضان, الشهر الكريم): the last words of a month named without its year."""
    return tuple(name for name, (cal, _, _) in lex.months.items() if cal == HIJRI)


@lru_cache(maxsize=4)
def _habit_adverb(lex: Lexicon) -> re.Pattern[str]:
    """An adverb of habit (غالبا ما, عادة ما, في العادة) as whole words."""
    return re.compile("(?<!\\w)(?:" + "|".join(map(re.escape, lex.words["habit_adverb"])) + ")(?!\\w)")


@lru_cache(maxsize=4)
def _day_openers(lex: Lexicon) -> frozenset[str]:
    """The words a date may open on instead of its number: a day word (يوم الخميس 21 شوال) or أول/آخر (أول أغسطس)."""
    return frozenset([*lex.words["day_word"], *lex.numbers["named_day"]])


def _edge_before(ctx: Context, start: int) -> int | None:
    """Where an edge word right before ``start`` begins (بنهاية يوم الثالث: at نهاية), or None.

    Read here rather than in the search pattern, which would try it at every digit.
    """
    before = ctx.folded[max(0, start - 20):start]
    stripped = before.rstrip()
    words = stripped.rsplit(None, 1)
    if not words or len(stripped) == len(before):
        return None
    word = words[-1]
    edge = word if word in ctx.lexicon.words["edge"] else _CLITICS.sub("", word)
    if edge not in ctx.lexicon.words["edge"] or not word.endswith(edge):
        return None
    return start - (len(before) - len(stripped)) - len(edge)


@lru_cache(maxsize=4)
def _counted_units(lex: Lexicon) -> tuple[str, ...]:
    """The words that count a day, week or ten days of a month: اليوم, الأسبوع (and their phrases with ال), العشر."""
    return (*lex.words["today"], *(p for p in lex.words["period"] if lex.units.get(p[2:], ("",))[0] == "week"), *(w for n in (1, 2, 3) for w in lex.words[f"tenth_{n}"]))


def _counted_in_month(surface: str, ctx: Context, start: int, end: int) -> Reading | None:
    """اليوم الأخير من شهر رمضان, الأسبوع الأول من رمضان, العشر الأواخر من رمضان: that day (a date), those seven days
    or those ten days (days 1-10, 11-20 or 21 to the end: a range) of the month.

    >>> ctx = Context.for_text("في اليوم الاخير من شهر رمضان", date(2015, 7, 31))
    >>> reading = read_match(next(ctx.grammar.search.finditer(ctx.folded)), ctx)
    >>> reading.kind, reading.calendar, reading.bounds
    ('date', 'hijri', (datetime.date(2015, 7, 16), datetime.date(2015, 7, 16)))
    """
    unit, count = surface.split(None, 2)[:2]
    skip = _THREE_WORDS.match(surface).end()
    # read as a date's month: the count makes even a month name that is also a word (شوال, رمضان) a month
    reading = _read("date", surface[skip:], ctx, start + skip, end)
    if reading is None:
        return None
    lex = ctx.lexicon
    tenth = next((n for n in (1, 2, 3) if f"{unit} {count}" in lex.words[f"tenth_{n}"]), None)
    if tenth is not None:
        reading.kind, reading.granularity = "range", "day"
        if reading.bounds:
            first, last = reading.bounds
            begin = first + timedelta(days=10 * (tenth - 1))
            reading.bounds = (begin, last if tenth == 3 else begin + timedelta(days=9))
        return reading
    week = unit not in lex.words["today"]
    reading.kind, reading.granularity = ("range", "week") if week else ("date", "day")
    if reading.bounds:
        first, last = reading.bounds
        length = timedelta(days=6 if week else 0)
        if count in lex.words["last"]:
            reading.bounds = (last - length, last)
        else:
            begin = first + timedelta(days=(lex.numbers["ordinal"][count] - 1) * (7 if week else 1))
            reading.bounds = (begin, min(begin + length, last)) if begin <= last else None
            reading.anchored = reading.anchored and reading.bounds is not None
    return reading


def _event_name_year(surface: str, ctx: Context, start: int, end: int) -> Reading | None:
    """ثورة يوليو عام 1952, حرب أكتوبر 1973: the month names the event; only the year is a date."""
    number = next((m for m in ctx.grammar.lexemes.finditer(surface) if m.lastgroup == "number" and len(m.group()) == 4), None)
    if number is None:
        return None
    offset = number.start()
    before = surface[:offset].split()
    if before and before[-1] in ctx.lexicon.words["year_word"]:
        offset = surface.rfind(before[-1], 0, offset)
    reading = _read("year", surface[offset:], ctx, start + offset, end)
    if reading is not None:
        reading.start = start + offset
    return reading


_SHORT_YEAR_MARK = re.compile(r"\d\d[\s(]*(\w*)")  # the calendar's mark after a two-digit year ("" when none)


def _short_year_reading(surface: str, lex: Lexicon) -> Reading:
    """A two-digit year after its year word (عام 48, عام 40 هـ): a year in its written calendar, unresolved, as the
    text does not write its century (عام 82 of a World Cup, عام 70م of the Second Temple's fall)."""
    mark = _SHORT_YEAR_MARK.search(surface).group(1)
    return Reading("year", "year", HIJRI if mark in lex.words["year_suffix_hijri"] else GREGORIAN)


def _year_part_phrase(surface: str, lex: Lexicon) -> str:
    """The part of a year that opens ``surface`` (النصف الأول, الربع الثاني), after an edge word (نهاية الربع الثاني), or ''."""
    edge, _, rest = surface.partition(" ")
    if edge in lex.words["edge"]:
        surface = rest.lstrip()
    if not surface.startswith(_year_part_phrases(lex)):
        return ""
    return next(phrase for phrase in lex.year_parts if surface.startswith(phrase))


@lru_cache(maxsize=4)
def _year_part_phrases(lex: Lexicon) -> tuple[str, ...]:
    return tuple(lex.year_parts)


def _year_part(surface: str, lex: Lexicon) -> tuple[int, int] | None:
    """The first and last month of the part of a year that opens ``surface``."""
    phrase = _year_part_phrase(surface, lex)
    return lex.year_parts[phrase] if phrase else None


def _narrow_to_part(reading: Reading, surface: str, lex: Lexicon) -> None:
    """النصف الأول من هذا العام: January to June; الربع الثاني من العام: April to June."""
    part = _year_part(surface, lex)
    first, last = reading.bounds
    if part and reading.calendar == GREGORIAN and first.year == last.year:
        # The year already has its bounds, so its months count as written by name (a year 1583-1799 after عام).
        opening = month_span(GREGORIAN, first.year, part[0], named=True)
        closing = month_span(GREGORIAN, first.year, part[1], named=True)
        if opening and closing:
            reading.bounds = opening[0], closing[1]
            reading.granularity = "month"


_CALENDAR_RULES = ("range", "date", "month", "year")


def _read(rule: str, surface: str, ctx: Context, start: int, end: int) -> Reading | None:
    # Checked before the words are read: most bare numbers the search offers as years are counts.
    if rule == "year" and surface.isdigit() and (
        _next_word(ctx, end) in _word_set(ctx.lexicon, "year_not_next")  # "في 2000 منزل": a count, even after في
        or not (_previous_word_in(ctx, start, "year_prep") or _bare_year(ctx, start, end))
    ):
        return None
    words = _lexeme_words(surface, rule in _CALENDAR_RULES, ctx.lexicon)
    spoken = surface.split() if rule in ("date", "day") else ()  # only these two refer back
    # اليوم نفسه, الخامس من الشهر ذاته, عصر ذات اليوم: the day (or month) the text named last
    if spoken and spoken[-1] in ctx.lexicon.words["same"] or rule == "day" and spoken[-2:-1] and spoken[-2] in ctx.lexicon.words["same_before"]:
        day = next((int(t) if k == "number" else ctx.lexicon.numbers["ordinal"][t] for k, t in words if k in ("number", "ordinal")), 0)
        return Reading("date" if day else "relative", "day", refers_back=day)
    if rule == "day" and len(spoken) == 2 and spoken[0] in ctx.lexicon.words["this"] and spoken[1] in ctx.lexicon.words["today"]:
        # في هذا اليوم after "السادس من أغسطس المقبل": that day; after no date to come ("منذ عام 2003 إلى هذا اليوم",
        # a decree's date, a forecast's "بعد غد"), today
        reading = _relative_day_reading(words, ctx, start, end)
        if reading is not None:
            reading.refers_back, reading.ahead_only = 0, True
        return reading
    if rule == "range" and "/" in surface and (days := _DAYS_BEFORE_NUMERIC.match(surface)):
        return _numeric_range_reading(days)
    if rule in _CALENDAR_RULES:
        return _calendar_reading(rule, words, ctx, start, end)
    if rule == "numeric":
        text = ctx.folded[start:end]
        return _day_month_reading(text, words, ctx) if _DAY_MONTH.match(text) else _numeric_reading(text)
    if rule == "ago":
        return None if _is_holding(surface, ctx, end) or _is_repetition(surface, ctx, start) else _counted_reading(words, ctx, start, end)
    if rule == "duration":
        return None if _is_age(words, ctx, start, end) or _is_contracts(words, ctx, start, end) or _is_playing_time(words, ctx, start, end) or _is_unranked_span_in(surface, ctx, start) or _is_frequency(ctx, start) else Reading("duration", _duration_granularity(words, ctx.lexicon), None)
    if rule == "day":
        return _relative_day_reading(words, ctx, start, end)
    if rule == "period":
        return _period_reading(words, ctx, surface, start)
    if rule == "periods":
        return _periods_reading(words, ctx, surface)
    if rule == "eventday":
        # which day the event began on, the text says elsewhere if at all; a day written beside it is that day
        unit = ctx.lexicon.units.get(surface.split(None, 1)[0][:-1])  # عامه الثاني: counted in the unit it names
        if unit and unit[0] != "day":
            return Reading("relative", _UNIT_GRANULARITY[unit[0]])
        return Reading("relative", "day", appositive=True, event_day=_counted_event_day(surface, ctx.lexicon))
    if rule == "holiday":
        first, _, rest = surface.partition(" ")
        if ctx.folded[start - 1:start] == "و" and _word_in(first, ctx, "holiday_day") and _previous_word_in(ctx, start - 1, "holiday_day"):
            return None  # ثالث ورابع العيد: a list of the feast's days, not the last day alone
        part_of_day = first in ctx.lexicon.words["part_of_day"]
        opened = part_of_day or first in ctx.lexicon.words["edge"]  # منتصف ليلة العيد, صباح يوم العيد
        days = (*ctx.lexicon.words["holiday_day"], *ctx.lexicon.words["feast_day"])
        # which year's feast the text alone rarely says; a part of the day before the feast is its first day (صباح عيد الفطر)
        if any(named.startswith(days) for named in (surface, rest if opened else "")) or (
                part_of_day and rest.startswith(ctx.lexicon.words["holiday"])):
            return Reading("date", "day", HIJRI, appositive=True)
        # a feast itself right after و (not وأيام عيد الفطر, a period of it): only the search's join to Ramadan offers it
        joined = ctx.folded[start - 1:start] == "و" and first not in ctx.lexicon.words["holiday_period"]
        return Reading("range", "day", HIJRI, joined=joined)
    if rule == "weekday":
        return _weekday_reading(words, ctx, start)
    reading = _time_reading(words, ctx, start, end)
    return replace(reading, kind="range") if rule == "times" else reading


@lru_cache(maxsize=4096)
def _lexeme_words(surface: str, calendar: bool, lex: Lexicon) -> tuple[tuple[str, str], ...]:
    """The (kind, word) values of a matched span, read once per distinct span (امس, العام الماضي, 2015 recur in most articles).

    ``calendar``: read by a calendar rule, so a part of a year opening the span is skipped and two number words
    that are no one number are two days.
    """
    # Skip a year part's words (not the ordinal of الربع الأول) only where a calendar rule reads the
    # part: the periods rule reads الأشهر الستة الأخيرة itself, as the six months before publication.
    part = _year_part_phrase(surface, lex) if calendar else ""
    found = list(grammar_for(lex).lexemes.finditer(surface, surface.find(part) + len(part) if part else 0))
    words = [(m.lastgroup, _one_spaced(m.group())) for m in found]
    for i in range(1, len(found)):
        # A month name right after another, with only a slash, brackets or spaces between, pairs it: حزيران/يونيو.
        if words[i][0] == words[i - 1][0] == "month" and (
            _PAIR_GAP.fullmatch(surface, found[i - 1].end(), found[i].start())
            or _DASH_GAP.fullmatch(surface, found[i - 1].end(), found[i].start()) and lex.months[words[i][1]][:2] == lex.months[words[i - 1][1]][:2]
        ):
            words[i] = ("pair", words[i][1])
        elif calendar and words[i][0] == words[i - 1][0] == "numword" and not _one_number(words[i - 1][1], words[i][1], surface[found[i - 1].end():found[i].start()], lex):
            words[i] = ("numword_next", words[i][1])  # عشرة إلى عشرين, ثلاثة وخمسة: the second word is a day of its own
    return tuple(words)


def _decade_reading(surface: str, lex: Lexicon) -> Reading:
    """A decade (الثمانينات, ستينيات القرن الماضي) is kind year: its ten whole years, as the gold rules ask (بداية
    الستينات)."""
    decades = lex.numbers["decade"]
    first = next(decades.get(word) or decades["ال" + word] for word in surface.split() if word in decades or "ال" + word in decades)
    return Reading("year", "year", bounds=(date(first, 1, 1), date(first + 9, 12, 31)))


def _is_measured_decade(surface: str, ctx: Context, start: int) -> bool:
    """Whether a decade with no century or calendar word after it counts degrees or years of age: a temperature word
    stands before it in its sentence (درجات الحرارة ... وتلامس الخمسينات: a weather report runs over several clauses)
    or an age word in its clause (من عمره في الثلاثينات; "البالغ من العمر 61 عاما، ... في التسعينات" is an era)."""
    if any(surface.endswith(tail) for role in ("decade_tail", "decade_construct_tail") for tail in ctx.lexicon.words[role]):
        return False
    sentence = _sentence_before(ctx, start)
    clause = _CLAUSE_END.split(sentence)[-1]
    return _holds_word_of(sentence, ctx.lexicon, "decade_degrees") or _holds_word_of(clause, ctx.lexicon, "decade_age")


def _holds_word_of(text: str, lex: Lexicon, role: str) -> bool:
    """Whether a word of ``text`` (with or without a leading و/ف, ب/ل) is one of ``role``'s words."""
    words = _word_set(lex, role)
    return any(_without_clitic(word) in words for word in text.split())


def _time_reading(words: list[tuple[str, str]], ctx: Context, start: int, end: int) -> Reading:
    """A clock time names no day, unless a relative day follows it (الساعة الواحدة من ظهر أمس), a weekday after its
    part of the day (الساعة الواحدة من صباح الأحد) or a night of two weekdays (الساعة 00:01 ليل الاحد الاثنين: the
    Monday; الساعة العاشرة ليلة الخميس الجمعة: the Thursday)."""
    weekdays = sum(kind == "weekday" for kind, _ in words)
    if _first(words, "relday"):
        day = _relative_day_reading(words, ctx, start, end)
    elif weekdays:
        day = _weekday_reading(words, ctx, start)
        if weekdays == 2 and day is not None and day.bounds is not None:
            hour = next((int(t) if k == "number" else ctx.lexicon.numbers["hour"][t] for k, t in words if k in ("number", "hour")), 0)
            night = day.bounds[1] if hour < _SMALL_HOURS else day.bounds[0]  # after midnight, the second day
            day = replace(day, bounds=(night, night))
    else:
        day = None
    if day is None or day.bounds is None:
        return Reading("time", "minute", calendar=None)
    return replace(day, kind="time", granularity="minute")


def _is_age(words: list[tuple[str, str]], ctx: Context, start: int, end: int) -> bool:
    """A count without لمدة/خلال that gives someone's age: (27 عاما), يبلغ من العمر 19 عاما; a child's or an
    animal's in months, weeks or days only after an age word (عمره 18 شهرا, عمرها ثلاثة أشهر)."""
    lex = ctx.lexicon
    surface = ctx.folded[start:end]
    unit = lex.units.get(_first(words, "unit") or "", ("",))[0]
    if surface.startswith(lex.words["duration"]) or unit not in ("year", "month", "week", "day"):
        return False
    before = [word.strip("-(\"',") for word in ctx.folded[max(0, start - 40):start].split()[-3:]]  # -وعمرها الآن
    age_before = _word_set(lex, "age_before")
    if any(word in age_before or word[1:] in age_before for word in before):
        return True
    if unit != "year":
        return False
    if _DEFINITE_COUNT.match(surface) and _previous_word_in(ctx, start, "age_reached"):
        # لم يتجاوز الـ12 عاماً, صاحب الـ 60 عاما: "the twelve years" a person passes or holds is an age; not an
        # absence's (غياب طويل عنه تجاوز الـ30 عاماً: how long it lasted)
        return not any(_word_in(word, ctx, "absence") for word in _clause_before(ctx, start))
    if _previous_word_in(ctx, start, "age_limit"):
        return True  # اللاعبين الأجانب دون 18 عاما, فوق الـ18 عاما: an age limit right before a count of years
    if _previous_word_in(ctx, start, "age_at") and (
        _tells_a_death(_sentence_before(ctx, start), ctx) or _names_an_age(_clause_before(ctx, start), ctx)
    ):
        # توفي ... بأحد مستشفيات الرباط عن 79 عاما: the years a life lasted, told after its end; ألا يقل عمر المتقدم
        # عن 30 عاما ولا يزيد عن 45 عاما, وعمره لا يقل عن 25 عاما: an age limit compared with «عن»
        return True
    if surface.startswith(lex.words["range_open"]) and (
        _previous_word_in(ctx, start, "age_group") or " ".join(_CLAUSE_END.split(ctx.folded[end:end + 16])[0].split()[:2]) in _word_set(lex, "age_after")
    ):
        # الأطفال بين 6 و12 سنة, ما بين 17 و22 عامًا من عمره: the ages of a group of people or of a life's stage
        # (not بالسجن بين 6 و12 سنة)
        return True
    # يعيش حتى 80 عاماً, وعاش حتى 95 عاما: how long a life lasts is an age, not a span of an event
    last_two = " ".join(before[-2:])
    if last_two in lex.words["life_until"] or last_two[1:] in lex.words["life_until"]:
        return True
    if _AGE_ASIDE.search(ctx.folded, max(0, start - 12), start) and _AGE_ASIDE_END.match(ctx.folded, end) and not _closes_year_range(ctx, start):
        return True  # (27 عاما), «24 عامًا», (26 و27 عامًا), أيوب بي، 27 عامًا، في العراق: a count set aside after a name
    # "الحد الأدنى لسن الزواج إلى 16 عاما بعد أن كان 14 عاما": the clause speaks of ages.
    clause = _clause_before(ctx, start)
    age_topic = _word_set(lex, "age_topic")
    return any(word in age_topic or _without_clitic(word) in age_topic for word in clause)


def _tells_a_death(sentence: str, ctx: Context) -> bool:
    """Whether ``sentence`` tells of a life's end: a `life_event` verb (توفي, مات) or a `death_word`, the noun of a
    death notice's title or a verb of passing (وفاة الممثل ... عن 91 عاما, حتى رحيله عام 2010 عن 91 عامًا), also
    after a leading و or ف alone (ليعالج ويموت عن 85 عامًا), as :func:`_word_in` reads a word."""
    return any(_word_in(word, ctx, "life_event") or _word_in(word, ctx, "death_word") for word in sentence.split())


def _names_an_age(clause: list[str], ctx: Context) -> bool:
    """Whether a word of ``clause`` is an `age_topic` word (عمره, أعمارها) or the bare `age_compared` noun (عمر
    المتقدم: bare, it is as often the name عمر, so only a comparison with «عن» reads it), also after a leading و or ف
    alone ("وعمره لا يقل عن 25 عاما"), which the clitic rule leaves (it strips them before ب/ل only)."""
    return any(_word_in(word, ctx, "age_topic") or _word_in(word, ctx, "age_compared") for word in clause)


def _clause_before(ctx: Context, start: int, words: int = _AGE_WINDOW) -> list[str]:
    """The last ``words`` words of the clause before ``start`` (cut at its last clause mark), read from at most
    :data:`_CHARS_PER_WORD` characters a word back (a wish's verb is sought among six, an age's topic among twelve)."""
    return _clause_text_before(ctx, start, _CHARS_PER_WORD * words).split()[-words:]


def _clause_text_before(ctx: Context, start: int, reach: int) -> str:
    """The folded text of the clause before ``start`` (cut at its last clause mark), at most ``reach`` characters."""
    return _CLAUSE_END.split(ctx.folded[max(0, start - reach):start])[-1]


def _sentence_before(ctx: Context, start: int) -> str:
    """The folded text of the sentence before ``start``, at most :data:`_SENTENCE_REACH` characters."""
    return _SENTENCE_END.split(ctx.folded[max(0, start - _SENTENCE_REACH):start])[-1]


def _closes_year_range(ctx: Context, start: int) -> bool:
    """Whether the bracket before ``start`` follows the last year of a range (من عام 2002م حتى 2015م (14 سنة),
    2002-2015 (13 عاما)): the count set aside is the range's length, not someone's age."""
    found = _YEAR_RANGE_BEFORE_ASIDE.search(ctx.folded, max(0, start - 30), start)
    return bool(found) and (found.group(1) is None or found.group(1) in _word_set(ctx.lexicon, "range_to"))


def _is_repetition(surface: str, ctx: Context, start: int) -> bool:
    """One unit after the same unit (يوما بعد يوم, عاما بعد عام, سنة بعد سنة): "more and more", no day counted
    (not بعد أكثر من عام, a count)."""
    spoken = surface.split()
    units = ctx.lexicon.units
    counted = units.get(spoken[-1]) if len(spoken) == 2 else None
    return counted is not None and counted[1] == 1 and units.get(_without_clitic(_word_before(ctx, start))) == counted


def _is_playing_time(words: list[tuple[str, str]], ctx: Context, start: int, end: int) -> bool:
    """Minutes of a match a player played or of a half (أكثر من 30 دقيقة لعب, لعب 90 دقيقة, آخر دقيقتين من الشوط
    الأول): a statistic, not a time span."""
    if ctx.lexicon.units.get(_first(words, "unit") or "", ("",))[0] != "minute":
        return False
    near = [*ctx.folded[max(0, start - 30):start].split()[-2:], *ctx.folded[end:end + 20].split()[:2]]
    play = _word_set(ctx.lexicon, "play")
    return any(word in play or _without_clitic(word) in play for word in near)


def _is_unranked_span_in(surface: str, ctx: Context, start: int) -> bool:
    """A bare week or month after في that no superlative or first ranks (في شهر فضيل: a month meant, not how long);
    أول تراجع في أسبوع, أعلى مستوى في شهر and في يوم واحد are durations."""
    spoken = surface.split()
    if ctx.lexicon.units.get(spoken[0], ("", None))[1] != 1 or spoken[1:2] and spoken[1] in ctx.lexicon.words["one"]:
        return False  # most durations: settled before the text in front of them is split
    before = ctx.folded[max(0, start - 60):start].split()
    if not before or before[-1] not in ctx.lexicon.words["span_in"]:
        return False
    clause = _CLAUSE_END.split(" ".join(before[-7:-1]))[-1].split()
    superlative = _word_set(ctx.lexicon, "superlative")
    return not any(_without_clitic(word) in superlative for word in clause)


def _is_frequency(ctx: Context, start: int) -> bool:
    """A duration or a month right after كل (كل 25 سنة, مرة كل عامين, لكل ستة أشهر, مقابل كل أربع أو خمس ساعات قطع,
    كل فبراير): how often something recurs or what a rate is counted against, no time span and no one month, as كل
    عام (a definite plural after كل, كل الأعوام القليلة السابقة, is read by the relative rules, not as a duration)."""
    return _previous_word_in(ctx, start, "every")


def _is_contracts(words: list[tuple[str, str]], ctx: Context, start: int, end: int) -> bool:
    """A bare count of عقود (no لمدة, نحو, ...) that counts contracts (توقع 3 عقود احتراف), not decades: decades
    stand after ل or من, at the head of a clause (، أربعة عقود وسعود الفيصل: no verb takes them as its object), or
    before من, مضت, متتالية, a marker or the end of the clause (حكم البلاد ثلاثة عقود.). Uncounted, عقود counts
    contracts only as the object of signing (يوقعون عقوداً مع شركات); elsewhere it is decades (امتدت عقودا)."""
    lex = ctx.lexicon
    if lex.units.get(_first(words, "unit") or "", ("",))[0] != "decade" or ctx.folded[start:end].startswith((*lex.words["duration"], *lex.words["approx"])):
        return False
    if not any(kind in ("number", "numword") for kind, _ in words):
        return _previous_word_in(ctx, start, "sign")
    if ctx.folded[start - 1] == "ل" or _previous_word_in(ctx, start, "of") or _opens_clause(ctx, start):
        return False  # لثلاثة عقود, ما يقرب من خمسة عقود
    return _noun_follows_decade_word(ctx, end)


def _is_holding(surface: str, ctx: Context, end: int) -> bool:
    """A bare عقد after قبل, قبيل or بعد that holds a meeting (قبيل عقد اجتماع جنيف, بعد عقد صفقة), not a decade:
    a noun follows it; a decade stands before a mark, the clause's end, من, مضى, أن, a marker or تقريبا (قبل عقد من
    الزمن). After منذ it is a decade whatever follows (جهوده المستمرة منذ عقد لقمع حركة تمرد)."""
    lex = ctx.lexicon
    spoken = surface.split()
    if len(spoken) != 2 or spoken[0] in lex.words["since"] or lex.units.get(spoken[1]) != ("decade", 1):
        return False
    return _noun_follows_decade_word(ctx, end)


def _noun_follows_decade_word(ctx: Context, end: int) -> bool:
    """Whether a word goes on after عقد/عقود at ``end`` that makes it a contract or a holding, not a decade: none of a
    mark or a year's closing sign, the clause's end, من, مضى and the other decade_next words, or a marker."""
    lex = ctx.lexicon
    next_word = _next_word(ctx, end)
    return (bool(next_word) and ctx.folded[end:end + 30].lstrip()[:1] not in _YEAR_END and next_word not in lex.words["decade_next"]
            and next_word not in lex.markers)


def _opens_clause(ctx: Context, start: int) -> bool:
    before = ctx.folded[max(0, start - 20):start].rstrip()
    return not before or before[-1] in _CLAUSE_MARKS


def _one_spaced(lexeme: str) -> str:
    """A lexeme with single spaces between its words (ما  بعد القادم); most are one word and need no split."""
    return lexeme if lexeme.isalnum() else " ".join(lexeme.split())


def _bracketed_alone(ctx: Context, start: int, end: int) -> bool:
    """Whether the span stands alone between brackets or quotation marks: "(اليوم)", «اليوم» (the newspaper's name;
    a day would carry a verb or weekday beside it inside the marks, as «اليوم الثلاثاء»)."""
    closing = _ENCLOSING.get(ctx.folded[start - 1:start])
    return closing is not None and ctx.folded[end:end + 1] == closing


def _first(words: Iterable[tuple[str, str]], kind: str) -> str | None:
    """The text of the first word of ``kind`` (the last one when given ``reversed(words)``), or None."""
    for k, text in words:  # a plain loop: called for most matches, cheaper than a generator
        if k == kind:
            return text
    return None


@lru_cache(maxsize=64)
def _word_set(lex: Lexicon, role: str) -> frozenset[str]:
    """A role's words as a set: the word before a match is looked up for most matches."""
    return frozenset(lex.words[role])


def _previous_word_in(ctx: Context, start: int, role: str) -> bool:
    """Whether the word before ``start`` (with or without a leading و/ف, ب/ل: لثورة) is one of ``role``'s words."""
    return _word_in(_word_before(ctx, start), ctx, role)


def _word_before(ctx: Context, start: int) -> str:
    """The word before ``start`` without the marks around it; read once where several roles are tested."""
    words = ctx.folded[max(0, start - 30):start].rsplit(None, 1)  # only the last word is read
    return words[-1].strip("\"'(-,:").rpartition('"')[2] if words else ""  # لـ"عين اليوم": the word after the mark


def _word_in(word: str, ctx: Context, role: str) -> bool:
    """Whether ``word`` (with or without a leading و/ف, ب/ل: لثورة) is one of ``role``'s words."""
    listed = _word_set(ctx.lexicon, role)
    return word in listed or (word[:1] in "وفبل" and (word[1:] in listed or _CLITICS.sub("", word) in listed))


def _without_clitic(word: str) -> str:
    """``word`` without a leading و/ف, ب/ل or لل (ولسن -> سن); the regex runs only on words opening with one of them."""
    return _CLITICS.sub("", word) if word[:1] in "وفبل" else word


def _is_family_name(words: list[tuple[str, str]], ctx: Context, start: int) -> bool:
    """Whether a weekday with the article, written alone right after a given name or بن, is a family name
    (يوسف الخميس, عبدالله السبت): a date word there would take يوم or a preposition instead."""
    if len(words) != 1 or not words[0][1].startswith("ال"):
        return False
    before = ctx.folded[max(0, start - 20):start]
    if not before.endswith(" "):
        return False
    last = before.rsplit(None, 1)  # only the last word is read
    previous = last[-1] if last else ""
    return previous in _NAME_BINDERS or previous in given_names()


def _direction(marker: int | None, ctx: Context, start: int) -> str | None:
    if marker is not None:
        return _MARKER_DIRECTION[max(-2, min(2, marker))]
    return clause_tense(ctx.folded[max(0, start - _TEXT_BEFORE):start], ctx.lexicon)


def _side_named_elsewhere(cal: str, month: int, ctx: Context) -> str | None:
    """The side of publication the article gives the same month where it names it with a marker ("سبتمبر (أيلول)
    القادمة", "كانون الأول (ديسمبر) المقبل") or, with no marked mention, with a verb of its own clause ("يرفع ... في
    أيلول"): a bare mention of that month, with no cue of its own (a headline, a quote), is that month; None when no
    such mention or when they disagree.

    >>> ctx = Context.for_text("مرتبط بعقود ديسمبر. قبل كانون الاول (ديسمبر) المقبل. سيرفع في اكتوبر", date(2015, 8, 4))
    >>> [_side_named_elsewhere("gregorian", m, ctx) for m in (12, 10, 9)]
    ['future', 'future', None]
    """
    sides = ctx.marked_sides
    if sides is None:
        sides = _marked_sides(ctx)
        object.__setattr__(ctx, "marked_sides", sides)  # the frozen context's cache: one scan per article, on demand
    if (cal, month) not in sides:
        sides[(cal, month)] = _verb_cued_side(cal, month, ctx)
    return sides[(cal, month)]


def _marked_sides(ctx: Context) -> dict[tuple[str, int], str | None]:
    """Each month the article names with a marker of one step, and its side ("future", "past"; None where the
    article's marked mentions of it disagree), from one scan for the markers and a look for a month before each."""
    lex, grammar, offsets = ctx.lexicon, ctx.grammar, {}
    for marker in grammar.step_marker.finditer(ctx.folded):
        named = grammar.marked_month.search(ctx.folded, max(0, marker.start() - _MARKED_NAME_REACH), marker.start())
        if named:
            cal, month, _ = lex.months[" ".join(named.group(1).split())]
            offsets.setdefault((cal, month), set()).add(lex.markers[marker.group()])
    return {key: _STEP_SIDE[steps.pop()] if len(steps) == 1 else None for key, steps in offsets.items()}


def _verb_cued_side(cal: str, month: int, ctx: Context) -> str | None:
    """The side the verbs of their own clauses give the article's mentions of a month still ahead in the year of
    publication ("يرفع ... في أيلول (سبتمبر)" written in July: future; None where they disagree or give none). A month
    this year has passed or the month of publication is read no further: an imperfect verb before it ("ترتفع
    المبيعات في أبريل" written in July) reports rather than foretells, and the days of the month of publication lie
    on both sides of it."""
    today = today_in(cal, ctx.anchor) if ctx.anchor else None
    if today is None or month <= today[1]:
        return None
    return _cued_side(_month_names(ctx.lexicon)[(cal, month)], ctx, len(ctx.folded))


def _cued_side(names: Iterable[str], ctx: Context, stop: int) -> str | None:
    """The side ("future", "past") the article's whole-word mentions of ``names`` before ``stop`` agree on, each
    taken from a marker of one step right after it ("الاربعاء المقبل") or else from the verb of its own clause;
    None when none has one or when they disagree."""
    found, folded, lex = set(), ctx.folded, ctx.lexicon
    for name in names:
        at = folded.find(name, 0, stop)
        while at != -1:
            end = at + len(name)
            if _is_yearless_word(folded, at, end):
                marked = ctx.grammar.step_marker.match(folded, end + 1)
                side = (_STEP_SIDE[lex.markers[marked.group()]] if marked
                        else clause_tense(folded[max(0, at - _TEXT_BEFORE):at], lex))
                if side:
                    found.add(side)
            at = folded.find(name, end, stop)
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=4)
def _month_names(lex: Lexicon) -> dict[tuple[str, int], list[str]]:
    """The folded names of each (calendar, month) of ``lex``: سبتمبر and ايلول for the Gregorian September."""
    return _names_by((name, (cal, month)) for name, (cal, month, _) in lex.months.items())


def _names_by(pairs: Iterable[tuple[str, _Named]]) -> dict[_Named, list[str]]:
    """The names of ``pairs`` (name, what it names) grouped by what they name, in the order given."""
    names: dict[_Named, list[str]] = {}
    for name, named in pairs:
        names.setdefault(named, []).append(name)
    return names


def _is_yearless_word(folded: str, start: int, end: int) -> bool:
    """Whether ``folded[start:end]`` is a whole word (alone or after و/ف, ب/ل: وسبتمبر, لسبتمبر) with no year or
    figure after it (سبتمبر 2014, أيلول (سبتمبر) 2015: the year places it, not the verb)."""
    opening = start
    while opening > start - 3 and opening > 0 and _WORD_CHAR.match(folded, opening - 1):
        opening -= 1
    if folded[opening:start] not in _MONTH_CLITICS or _WORD_CHAR.match(folded, opening - 1):
        return False
    return not _WORD_CHAR.match(folded, end) and not _FIGURE_AFTER.match(folded, end)


def _calendar_reading(rule: str, words: list[tuple[str, str]], ctx: Context, start: int, end: int) -> Reading | None:
    lex = ctx.lexicon
    has_time = ":" in ctx.folded[start:end]
    if has_time:
        words = _without_clock(words, ctx.folded[start:end])
    parts: list[_Part] = [_Part()]
    marker = year_rel = month_rel = weekday = None
    vague = conflict = english_order = False
    prev = period_word = ""
    for i, (kind, text) in enumerate(words):
        cur = parts[-1]
        # 875هـ, 570 (- 632 ميلاديا): three or four figures are no day but a year, its calendar's word after it or after
        # the range's other end
        if kind == "number" and (len(text) in (3, 4) or i + 1 < len(words) and words[i + 1][0] == "suffix"):
            if cur.year is not None or (cur.month is None and cur.days):
                parts.append(_Part())
            parts[-1].year = int(text)
        elif kind == "numword" and prev == "numword" and cur.days:
            cur.days[-1] += _number_word(text, lex)  # خمسة وعشرين: one day in two words
        elif kind in ("number", "ordinal", "numword", "numword_next"):
            value = int(text) if kind == "number" else lex.numbers["ordinal"][text] if kind == "ordinal" else _number_word(text, lex)
            english_order |= rule == "month" and prev == "month" and kind == "number"  # أغسطس 3, 2015: the month's own day
            if (cur.month is not None and not english_order) or cur.year is not None:
                parts.append(_Part())
            parts[-1].days.append(value)
        elif kind == "pair":
            cal, month, _ = lex.months[text]
            conflict |= (cal, month) != cur.month
            vague = False
        elif kind == "month":
            cal, month, needs_context = lex.months[text]
            if cur.month is not None or cur.year is not None:
                parts.append(_Part())
            parts[-1].month = (cal, month)
            vague = needs_context
        elif kind == "suffix" and cur.year is not None:
            cur.year_calendar = GREGORIAN if text in lex.words["year_suffix_gregorian"] else HIJRI
            cur.era = cur.year_calendar == GREGORIAN and len(text) > 1
        elif kind == "marker":
            offset = lex.markers[text]
            if prev == "period":
                unit = _PERIOD_UNIT.get(period_word[2:])
                year_rel, month_rel = (offset, month_rel) if unit == "year" else (year_rel, offset)
            elif marker is None:  # من 29 شعبان الجاري حتى الخامس من رمضان المقبل: the first end's marker dates the range
                marker = offset
        elif kind == "period":
            period_word = text
            if prev == "this":
                unit = _PERIOD_UNIT.get(text[2:])
                year_rel, month_rel = (0, month_rel) if unit == "year" else (year_rel, 0)
        elif kind == "weekday":
            weekday = lex.weekdays[text]
        prev = kind
    if rule == "date" and marker is not None and month_rel is None and all(p.month is None for p in parts):
        month_rel, marker = marker, None  # في 25 الجاري: the marker is the month's
    if len(parts) > 1 and (suffixed := next((p for p in parts if p.year_calendar), None)):
        for p in parts:  # 1436/1437هـ, 570 - 632 ميلاديا: the suffix of the last year marks both
            if p.year is not None and not p.year_calendar:
                p.year_calendar, p.era = suffixed.year_calendar, suffixed.era
    if rule == "range" and _dual_years_named(ctx, start):
        for p in parts:  # بين عامي 568 و645: the dual "two years" names them years, as the era word does (back to year 1)
            p.era = p.year is not None and p.year_calendar != HIJRI
    if vague == _HIJRI_ONLY:  # المحرم: also "the forbidden" and a woman's guardian; a month where the text is Hijri
        if not _hijri_near(ctx, start, end):
            return None
        vague = 0
        if all(p.year is None for p in parts) and year_rel is None and (after := _hijri_year_after(ctx, end)):
            parts[-1].year, parts[-1].year_calendar = after, HIJRI  # شهر المحرم من العام الهجري الجديد 1437هـ
    if rule == "month" and vague and marker is None and year_rel is None and parts[0].year is None and len(words) < 2 and (
        ctx.folded[start:end].split(None, 1)[0] not in lex.words["edge"]
        and (vague > 1 or not (_previous_word_in(ctx, start, "month_prep") or _GLUED_BI.search(ctx.folded, max(0, start - 3), start)))
        or _named_as_brand(words[0][1], ctx)
    ):
        # مارس (practised), آب (father): a month only with a day, year, marker, pair, شهر, في or an edge (أواخر) before
        # it; شوال (also a place in Waziristan) not after في, but after an edge (حتى نهاية شوال, منذ مطلع شوال)
        return None
    if all(p.month is None and not p.days for p in parts) and any(_implausible_year(p, ctx, start) for p in parts):
        return None  # "في 2000 منزل", "من 2000 الى 3000 شخص": counts, not years
    calendar = next((p.month[0] for p in parts if p.month), None) or _year_calendar(parts)
    granularity = "minute" if has_time else "day" if any(p.days for p in parts) else "month" if any(p.month or month_rel is not None for p in parts) else "year"
    reading = Reading(_parts_kind(rule, english_order, year_rel), granularity, calendar)
    if conflict:
        return reading
    if rule == "date" and _names_an_event(parts, marker, weekday, year_rel, month_rel, ctx, start, end):
        return None
    if rule == "range" and len(parts) == 1 and len(parts[0].days) < 2 and not parts[0].month:
        return None
    return _resolve_parts(reading, parts, marker, year_rel, month_rel, weekday, ctx, start)


def _without_clock(words: list[tuple[str, str]], span: str) -> list[tuple[str, str]]:
    """``words`` without the figures of the clock time written after the date (8 أغسطس 2015 - 10:30): its hour and
    minutes are no days of the date.

    >>> _without_clock([("number", "8"), ("month", "اغسطس"), ("number", "2015"), ("number", "10"), ("number", "30")], "8 اغسطس 2015 - 10:30")
    [('number', '8'), ('month', 'اغسطس'), ('number', '2015')]
    """
    figures = sum(clock.count(":") + 1 for clock in _CLOCK_FIGURES.findall(span))
    kept = list(words)
    for i in range(len(kept) - 1, -1, -1):
        if figures and kept[i][0] == "number":
            del kept[i]
            figures -= 1
    return kept


def _hijri_near(ctx: Context, start: int, end: int) -> bool:
    """Whether a Hijri year (1437هـ) or another Hijri month is written in ``start:end`` or within a few words of it,
    or a date in figures follows as its equivalent (الموافق 23 أكتوبر: the expression is the Hijri side).

    >>> ctx = Context.for_text("من 25 ذي الحجه حتي الاول من شهر المحرم", date(2015, 7, 31))
    >>> _hijri_near(ctx, ctx.folded.index("المحرم"), len(ctx.folded)), _hijri_near(Context.for_text("العاشر من المحرم", date(2015, 7, 31)), 11, 17)
    (True, False)
    """
    around = ctx.folded[max(0, start - _HIJRI_NEAR):end + _HIJRI_NEAR]
    return bool(_HIJRI_NOTATION.search(around) or _hijri_month_names(ctx.lexicon).search(around) or _EQUIVALENT_AFTER.match(ctx.folded, end))


@lru_cache(maxsize=4)
def _hijri_month_names(lex: Lexicon) -> re.Pattern[str]:
    """The Hijri month names that need no Hijri text around them, as whole words."""
    return re.compile("(?<!\\w)" + whole_words(name for name, (cal, _, level) in lex.months.items() if cal == HIJRI and level != _HIJRI_ONLY))


def _parts_kind(rule: str, english_order: bool, year_rel: int | None) -> str:
    """The kind of a reading of names and numbers: a year whose own period word has a past marker (العام الماضي 2014)
    is relative, as the gold rules write it, while العام الحالي 2015م stays a year."""
    if english_order:
        return "date"
    if rule == "year" and year_rel is not None and year_rel < 0:
        return "relative"
    return rule


def _hijri_year_after(ctx: Context, end: int) -> int | None:
    """The Hijri year written a few words after a month without its own (من العام الهجري الجديد 1437هـ), or None."""
    found = _YEAR_AFTER.match(ctx.folded, end, end + _HIJRI_NEAR)
    return int(found.group(1)) if found else None


def _named_as_brand(month: str, ctx: Context) -> bool:
    """Whether the article names a company or product by this month name anywhere (شركة نيسان, سيارته
    نيسان باترول): its bare "في نيسان" then means "at Nissan", not April.

    >>> ctx = Context.for_text("قررت شركه نيسان دعمه ونحن في نيسان نفخر", date(2015, 7, 31))
    >>> _named_as_brand("نيسان", ctx), _named_as_brand("رمضان", ctx)
    (True, False)
    """
    return _written_after_noun(month, ctx, "brand_before", clitics=1)


def _names_an_event(parts: list[_Part], marker, weekday, year_rel, month_rel, ctx: Context, start: int, end: int) -> bool:
    """Whether a day and month with no year, marker or weekday is the name of an event or place (هجمات 11 سبتمبر,
    قصر 22 مايو, تبعات الحادي عشر من سبتمبر, مدينة العاشر من رمضان) rather than a day: any such date right after a
    place head (``place_name_before``: مدينة, شارع, كوبري; "في مدينة جدة 15 مايو" stays a day), or one of
    ``named_dates.csv`` after a noun that names by it (ثورة, قصر, قوى, ...) or after منذ/بعد, or written after a
    place head anywhere in the article ("معسكر في 6 أكتوبر" when the text says "بمدينة 6 أكتوبر": the city's name is
    not a day of this year even after في), or, with no time preposition before it, written after a naming noun
    anywhere in the article (a title's "14 آذار تدعو" when the text says "قوى 14 آذار"; "في 30 يونيو" stays a day)."""
    part = parts[0]
    if not (len(parts) == 1 and len(part.days) == 1 and part.year is None and part.month is not None
            and marker is None and weekday is None and year_rel is None and month_rel is None):
        return False
    return _previous_word_in(ctx, start, "place_name_before") or (
        part.month[0] == GREGORIAN
        and (part.month[1], part.days[0]) in ctx.lexicon.named_dates
        and (_previous_word_in(ctx, start, "named_date_before")
             or _written_after_noun(ctx.folded[start:end], ctx, "place_name_before", clitics=2)
             or not _previous_word_in(ctx, start, "year_prep") and _named_elsewhere(ctx.folded[start:end], ctx))
    )


def _named_elsewhere(written: str, ctx: Context) -> bool:
    """Whether the article writes ``written`` after a noun that names by it somewhere.

    >>> ctx = Context.for_text("14 اذار تدعو حزب الله. وعقدت قوي 14 اذار اجتماعها", date(2015, 7, 24))
    >>> _named_elsewhere("14 اذار", ctx), _named_elsewhere("8 اذار", ctx)
    (True, False)
    """
    return _written_after_noun(written, ctx, "named_date_before", clitics=2)


def _written_after_noun(written: str, ctx: Context, role: str, clitics: int) -> bool:
    """Whether the article writes ``written`` as a whole word after spaces and one of ``role``'s nouns (with up to
    ``clitics`` of و/ف/ب/ل before it).

    Each place ``written`` stands is looked at rather than the whole text searched for the nouns: the nouns have no
    common first letter, so a search of the text tries them at every position.

    >>> ctx = Context.for_text("وعقدت قوي  14 اذار اجتماعها في 14 اذارها", date(2015, 7, 24))
    >>> _written_after_noun("14 اذار", ctx, "named_date_before", 2), _written_after_noun("اجتماعها", ctx, "named_date_before", 2)
    (True, False)
    """
    text = ctx.folded
    at = text.find(written)
    while at != -1:
        if not _WORD_CHAR.match(text, at + len(written)) and _noun_before(ctx, at, role, clitics):
            return True
        at = text.find(written, at + 1)
    return False


def _noun_before(ctx: Context, at: int, role: str, clitics: int) -> bool:
    """Whether one of ``role``'s words or phrases (up to ``clitics`` of و/ف/ب/ل before it) ends right before the
    spaces before ``at``.

    >>> ctx = Context.for_text("يعرض كل عام خلال رمضان وبشكل عام في رمضان", date(2015, 7, 24))
    >>> [_noun_before(ctx, at, "habit_before", 1) for at in (ctx.folded.find("رمضان"), ctx.folded.rfind("رمضان"))]
    [True, False]
    """
    text = ctx.folded
    gap = at
    while gap and text[gap - 1].isspace():
        gap -= 1
    if gap == at:
        return False
    first_words, reach = _role_reach(ctx.lexicon, role)
    before = max(0, gap - reach - clitics)
    window = text[before:gap]
    # most places: none of the first words stands there, and two substring tests cost less than the search
    return any(word in window for word in first_words) and _noun_at_end(ctx.lexicon, role, clitics).search(text, before, gap) is not None


@lru_cache(maxsize=16)
def _role_reach(lex: Lexicon, role: str) -> tuple[tuple[str, ...], int]:
    """The distinct first words of ``role``'s words and phrases, and the length of the longest."""
    return tuple(dict.fromkeys(word.split()[0] for word in lex.words[role])), max(map(len, lex.words[role]), default=0)


@lru_cache(maxsize=8)
def _noun_at_end(lex: Lexicon, role: str, clitics: int) -> re.Pattern[str]:
    """One of ``role``'s nouns as a whole word (up to ``clitics`` of و/ف/ب/ل before it) ending where the search ends."""
    nouns = "|".join(map(re.escape, lex.words[role]))
    return re.compile(f"(?<!\\w)[وفبل]{{0,{clitics}}}(?:{nouns})\\Z")


def _implausible_year(part: _Part, ctx: Context, start: int) -> bool:
    """A four-digit number with no عام/سنة before it and no هـ/م after it is a year only in a plausible range."""
    # The range test first: most years are plausible, so the look at the written text is rarely needed.
    if part.year is None or _BARE_YEARS[0] <= part.year <= _BARE_YEARS[1] or part.year_calendar is not None:
        return False
    written = ctx.folded[start:start + 4]
    bare = written.isdigit() or written.startswith(tuple(ctx.lexicon.words["range_open"])) and not _dual_years_named(ctx, start)
    return bare and not _life_event_year(ctx, start)


def _dual_years_named(ctx: Context, start: int) -> bool:
    """Whether the span at ``start`` opens on the dual "two years", after its range word or not (بين عامي 1770
    و1840, عامي 1999 و2000): its numbers are years by the word, not counts (من 2000 الى 3000 شخص)."""
    years_word = ctx.lexicon.words["years_word"]
    return any(word in years_word for word in ctx.folded[start:start + 16].split(None, 2)[:2])


def _life_event_year(ctx: Context, start: int) -> bool:
    """Whether a birth or death verb stands before the year's preposition ((ولد في 1871), توفي في 1850): a year of
    a life, however old."""
    before = ctx.folded[max(0, start - 30):start].split()[-2:]
    return len(before) == 2 and _word_in(before[1], ctx, "year_prep") and _word_in(before[0].lstrip("\"'(-,:"), ctx, "life_event")


def _ends_with_phrase(words: list[str], ctx: Context, role: str) -> bool:
    """Whether the last two or three of ``words`` (the first with or without a leading و/ف, ب/ل) are one of
    ``role``'s phrases (واعتبارا من, وقت لاحق من)."""
    if not words or words[-1] not in _phrase_ends(ctx.lexicon, role):
        return False  # the last word alone rejects most numbers, before the joins and clitic lookups
    return any(len(words) >= size and _word_in(" ".join(words[-size:]), ctx, role) for size in (2, 3))


@lru_cache(maxsize=8)
def _phrase_ends(lex: Lexicon, role: str) -> frozenset[str]:
    """The last words of a role's phrases (من of وقت لاحق من): a phrase's clitic is only ever on its first word."""
    return frozenset(phrase.rsplit(None, 1)[-1] for phrase in lex.words[role])


def _bare_year(ctx: Context, start: int, end: int) -> bool:
    """Whether a four-digit number with no عام, هـ/م or preposition before it is a year: after a title in
    quotes or brackets («المواطن مصري» 1991), within three words of an event it names (مونديال روسيا 2018,
    كأس آسيا 2019), after a time within it (في وقت لاحق من 2015), or before a full stop, comma or function
    word (في روسيا و2022 في قطر), unless a count cue stands before it (من 2000 الى 3000, بلغ 2015 في اليوم).
    """
    lex = ctx.lexicon
    before = ctx.folded[max(0, start - 60):start]
    if before.rstrip().endswith(('"', ")")):
        return True
    after = ctx.folded[end:end + 30]
    if after.lstrip()[:1] in _CHRONOLOGY_DASHES and _opens_entry(ctx.folded, start):
        return True  # "1953 - توقيع اتفاق الهدنة": an entry of a chronology (هذا اليوم في التاريخ)
    if _ends_with_phrase(before.split(), ctx, "year_time_before"):
        return True  # "في وقت لاحق من 2015", "اعتبارا من 2016": a time within or from the year, من no count's lower bound
    if _previous_word_in(ctx, start, "year_not_before"):
        return False
    if _PARALLEL_YEAR_AFTER.match(after) or _PARALLEL_YEAR_BEFORE.search(before):
        return True  # "روسيا 2018 وقطر 2022": two events, each with its year
    next_word = _next_word(ctx, end)
    # كانون الثاني/ يناير: a paired month name is one word however the slash is spaced
    clause = _CLAUSE_END.split(before)[-1]
    words_before = (_PAIRED_GAP.sub("/", clause) if "/" in clause else clause).split()[-3:]
    if any(_word_in(word, ctx, "year_event") for word in words_before):  # وكأس آسيا 2019: و alone before the event
        return next_word not in _word_set(lex, "year_not_next")
    return not next_word or after.lstrip()[:1] in _YEAR_END or next_word in _word_set(lex, "year_next")


def _opens_entry(text: str, start: int) -> bool:
    """Whether only spaces stand between ``start`` and the line's start, or a full stop or colon and a space before it:
    a chronology's entries may also run on inside one paragraph ("التالي : 1923 - ... مصر. 1937 - ...").
    Read backwards: a paragraph may be long.

    >>> _opens_entry("عام" + chr(10) + "  1953 -", 6), _opens_entry("في 1953 -", 3)
    (True, False)
    >>> _opens_entry("مصر. 1937 -", 5), _opens_entry("التالي : 1923 -", 9), _opens_entry("بلغ 3.1953 -", 6)
    (True, True, False)
    """
    begin = start
    while begin and text[begin - 1] != "\n" and text[begin - 1].isspace():
        begin -= 1
    return not begin or text[begin - 1] == "\n" or begin < start and text[begin - 1] in _ENTRY_ENDS


def _entry_year(ctx: Context, start: int) -> int | None:
    """The year of the chronology entry that holds ``start`` (a year and dash opening an entry earlier on a line that
    opens with one), which a month or day written without a year in that entry takes; None outside a chronology.

    >>> ctx = Context.for_text("1950- انسحب في فبراير" + chr(10) + "ثم في مارس", date(2015, 8, 2))
    >>> _entry_year(ctx, 15), _entry_year(ctx, 28)
    (1950, None)
    """
    line_start = ctx.folded.rfind("\n", 0, start) + 1
    if not _LINE_OPENS_YEAR.match(ctx.folded, line_start):
        return None  # a chronology's line opens with an entry's year: most lines are read no further
    years = [m for m in _ENTRY_YEAR.finditer(ctx.folded, line_start, start) if _opens_entry(ctx.folded, m.start())]
    return int(years[-1].group(1)) if years else None


def _next_word(ctx: Context, end: int) -> str:
    """The word after ``end`` without the marks around it ('' at the end of the text)."""
    following = ctx.folded[end:end + 30].split()[:1]
    return following[0].strip("\"'(),.:;،؛!?") if following else ""


def _year_calendar(parts: list[_Part]) -> str:
    part = next((p for p in parts if p.year is not None), None)
    if part is None:
        return GREGORIAN
    if part.year_calendar:
        return part.year_calendar
    return HIJRI if YEAR_RANGE[HIJRI][0] <= part.year <= YEAR_RANGE[HIJRI][1] else GREGORIAN


def _just_ended(month: int, today: tuple[int, int, int]) -> bool:
    """Whether ``month`` is the one before ``today``'s month.

    >>> _just_ended(7, (2015, 8, 2)), _just_ended(12, (2016, 1, 5)), _just_ended(9, (2015, 8, 2))
    (True, True, False)
    """
    return shift_months(today[0], today[1], -1)[1] == month


def _resolve_parts(reading: Reading, parts, marker, year_rel, month_rel, weekday, ctx: Context, start: int) -> Reading:
    cal = reading.calendar
    today = today_in(cal, ctx.anchor) if ctx.anchor else None
    if month_rel is not None:  # "20 من الشهر الجاري"
        if today is None:
            return reading
        year, month = shift_months(today[0], today[1], month_rel)
        for p in parts:
            p.month, p.year = (cal, month), year
        reading.anchored = True
    # one test of the parts for both readings of a date without a year: most dates have one and skip both
    if all(p.year is None for p in parts) and not _took_entry_year(parts, cal, ctx, start):
        if today is None:
            return reading
        first = next((p for p in parts if p.month), None)
        if first is None:
            return reading
        direction = _direction(marker, ctx, start)
        if direction is None and year_rel is None:
            direction = _side_named_elsewhere(cal, first.month[1], ctx)
        last = parts[-1]
        if direction == "future" and last is first and not first.days and _just_ended(first.month[1], today) and (
            clause_tense(ctx.folded[max(0, start - _TEXT_BEFORE):start], ctx.lexicon, imperfect=False) is None
        ):
            direction = "past"  # "إنتاج أوبك يرتفع في يوليو" written in August: a present verb reports the month just ended
        if year_rel is not None:
            first.year = today[0] + year_rel
        elif direction in ("future", "after") and last is not first and last.month:
            # من يوليو إلى سبتمبر (المقبل) written in August: a coming range may have begun; its end is what lies ahead
            last.year = choose_year(today, last.month[1], _comparable_day(last.days[0]) if last.days else None, direction)
        else:
            day = _comparable_day(first.days[0]) if first.days else None
            first.year = choose_year(today, first.month[1], day, direction)
            if marker in (-2, 2):  # رجب ما بعد القادم, يونيو قبل الماضي: one more year past the coming or the last one
                first.year += marker // 2
            if weekday is not None and day is not None:
                first.year = _year_matching_weekday(cal, first.year, first.month[1], first.days[0], weekday)
        reading.anchored = True
    _fill_years(parts)
    first_day, last_day = _part_bounds(cal, parts[0]), _part_bounds(cal, parts[-1])
    if first_day is None or last_day is None or any(_part_bounds(cal, p) is None for p in parts[1:-1]):
        reading.anchored = False
        return reading
    if first_day[0] > last_day[1]:
        return reading
    reading.bounds = (first_day[0], last_day[1])
    return reading


def _took_entry_year(parts: list[_Part], cal: str, ctx: Context, start: int) -> bool:
    """Whether the first part with a month took the year of the chronology entry holding it ("1950- ... انسحب منها في
    فبراير": February 1950); Gregorian parts without a year only."""
    entry_year = _entry_year(ctx, start) if cal == GREGORIAN else None
    if not entry_year:
        return False
    next(p for p in parts if p.month).year = entry_year
    return True


def _fill_years(parts: list[_Part]) -> None:
    """Give every part a year from its neighbours ("من 30 ديسمبر الى 2 يناير 2016": 2015 then 2016)."""
    for i in range(len(parts) - 2, -1, -1):
        nxt, p = parts[i + 1], parts[i]
        if p.year is None and nxt.year is not None:
            p.year = nxt.year - (1 if _order(p) > _order(nxt) else 0)
    for i in range(1, len(parts)):
        prev, p = parts[i - 1], parts[i]
        if p.month is None and p.days and prev.month is not None:
            p.month = prev.month  # first: "من 22 شوال وحتى 29 منه" ends in the same year as its month
        if p.year is None:
            p.year = prev.year + (1 if _order(p) < _order(prev) else 0)


def _order(part: _Part) -> tuple[int, int]:
    return (part.month[1] if part.month else 0, _comparable_day(part.days[0]) if part.days else 0)


def _part_bounds(cal: str, part: _Part) -> tuple[date, date] | None:
    if part.year is None:
        return None
    if part.month is None:
        return None if part.days else _year_span(cal, part.year, True, part.era)
    if not part.days:
        return month_span(cal, part.year, part.month[1], True)
    days = [_day_of_month(cal, part.year, part.month[1], d, True) for d in (part.days[0], part.days[-1])]
    return None if None in days else (days[0], days[1])


def _day_of_month(cal: str, year: int, month: int, day: int, named: bool = False) -> date | None:
    """The Gregorian date of a day of a month; a negative day counts from the month's end (آخر يونيو: -1);
    ``named``: the month is written by name (see calendars.NAMED_MONTH_FROM).

    >>> _day_of_month(GREGORIAN, 2016, 2, -1), _day_of_month(GREGORIAN, 2015, 6, 30)
    (datetime.date(2016, 2, 29), datetime.date(2015, 6, 30))
    """
    if day >= 0:
        return to_gregorian(cal, year, month, day, named)
    span = month_span(cal, year, month, named)
    return span[1] + timedelta(days=day + 1) if span else None


def _comparable_day(day: int) -> int:
    """A day for ordering against other days: the last day (-1) comes after every written one."""
    return day if day >= 0 else 32 + day


def _year_matching_weekday(cal: str, year: int, month: int, day: int, weekday: int) -> int:
    """The year nearest ``year`` in which the day falls on the weekday written beside it."""
    for candidate in (year, year - 1, year + 1):
        day_date = _day_of_month(cal, candidate, month, day)
        if day_date is not None and day_date.weekday() == weekday:
            return candidate
    return year


def _day_month_reading(text: str, words: list[tuple[str, str]], ctx: Context) -> Reading:
    """A day and month in figures with the month or year in words ("30 -10 من هذا الشهر", "20 -7 لهذا العام"), in
    the publication's year of its calendar: Hijri when the article writes Hijri dates or an earlier such date
    (or this one) gives the publication's Hijri month as "this month", Gregorian otherwise.

    >>> ctx = Context.for_text("يستمر حتى 30 -10 من هذا الشهر ثم قبل 20 -7 لهذا العام", date(2015, 7, 22))
    >>> [(m.group(), _day_month_reading(m.group(), [], ctx).bounds[0]) for m in _DAY_MONTH.finditer(ctx.folded)]
    [('30 -10', datetime.date(2015, 8, 15)), ('20 -7', datetime.date(2015, 5, 9))]
    """
    day, month = (int(n) for n in _DAY_MONTH.match(text).groups())
    reading = Reading("date", "day", GREGORIAN)
    if ctx.anchor is None:
        return reading
    hijri_now = today_in(HIJRI, ctx.anchor)
    this_hijri_month = hijri_now is not None and any(
        int(m.group(2)) == hijri_now[1] != ctx.anchor.month for m in _DAY_MONTH_THIS_MONTH.finditer(ctx.folded))
    if hijri_now is not None and (this_hijri_month or _HIJRI_NOTATION.search(ctx.folded)):
        reading.calendar = HIJRI
    year = (hijri_now if reading.calendar == HIJRI else today_in(GREGORIAN, ctx.anchor))[0]
    if any(k == "period" and _PERIOD_UNIT.get(t[2:]) == "year" for k, t in words):  # من العام الماضي; a month's marker adds nothing to a month in figures
        year += next((ctx.lexicon.markers[t] for k, t in words if k == "marker"), 0)
    value = to_gregorian(reading.calendar, year, month, day)
    reading.bounds, reading.anchored = ((value, value), True) if value else (None, False)
    return reading


def _numeric_range_reading(days: re.Match[str]) -> Reading:
    """The days from a first day to a date in figures, in that date's month ("من 16 الى 23 /12 /1436هـ").

    >>> _numeric_range_reading(_DAYS_BEFORE_NUMERIC.match("من 16 الى 23 /12 /1436هـ")).bounds
    (datetime.date(2015, 9, 29), datetime.date(2015, 10, 6))
    """
    first_day, last_day, month_year = days.groups()
    first, last = _numeric_reading(first_day + month_year), _numeric_reading(last_day + month_year)
    ordered = first.bounds and last.bounds and first.bounds[0] <= last.bounds[0]
    return replace(last, kind="range", bounds=(first.bounds[0], last.bounds[1]) if ordered else None)


def _numeric_reading(text: str) -> Reading:
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    year, month, day = (numbers[0], numbers[1], numbers[2]) if numbers[0] > 31 else (numbers[2], numbers[1], numbers[0])
    if month > 12 >= day:  # 6/20/2017 written month first
        month, day = day, month
    has_time = ":" in text
    explicit = "gregorian" if re.search(r"\d\s*م(?!\w)", text) else "hijri" if re.search(r"\d\s*ه(?!\w)", text) else None
    cal = explicit or (HIJRI if YEAR_RANGE[HIJRI][0] <= year <= YEAR_RANGE[HIJRI][1] else GREGORIAN)
    reading = Reading("date", "minute" if has_time else "day", cal)
    value = to_gregorian(cal, year, month, day)
    reading.bounds = (value, value) if value else None
    return reading


def _duration_granularity(words: list[tuple[str, str]], lex: Lexicon) -> str:
    """The granularity of a duration's unit; a part of the day with no unit word (طوال الليل) spans a day."""
    units = _units(words, lex)
    return _DURATION_GRANULARITY[units[0][0]] if units else "day"


def _count(words: list[tuple[str, str]], lex: Lexicon) -> tuple[str, int | None]:
    number = 0
    for kind, text in words:
        if value := _count_value(kind, text, lex):
            # 20 ألف, ثلاثة آلاف: a multiplier multiplies the count before it; خمسة وعشرين adds
            number = (number or 1) * value if text in lex.numbers["thousand"] else number + value
    unit, alone = _units(words, lex)[0]
    return unit, (number or alone)


def _count_value(kind: str, text: str, lex: Lexicon) -> int:
    """The value a word adds to a count: a figure, a number word, or a definite ten, which the lexemes take for the
    ordinal of a day (العشرين من يوليو) but which counts in "العشرين عاما الماضية", "الأربع والعشرين ساعة"."""
    if kind == "number":
        return int(text)
    if kind == "numword":
        return _number_word(text, lex)
    return lex.numbers["ten"].get(text[2:], 0) if kind == "ordinal" and text.startswith("ال") else 0


def _units(words: list[tuple[str, str]], lex: Lexicon) -> list[tuple[str, int | None]]:
    """The (unit, count alone) of the unit words of a count; a definite singular unit (قرابة الشهر, منذ نحو الأسبوع)
    reads as a period word, its unit without ال."""
    return [lex.units[t] for k, t in words if k == "unit"] or [lex.units[t[2:]] for k, t in words if k == "period" and t[2:] in lex.units]


def _one_number(first: str, second: str, gap: str, lex: Lexicon) -> bool:
    """Whether two number words read as one number: a unit, و and a ten (خمسة وعشرين).

    >>> lex = load_lexicon()
    >>> _one_number("خمسه", "عشرين", " و", lex), _one_number("عشره", "عشرين", " الي ", lex), _one_number("ثلاثه", "خمسه", " و ", lex)
    (True, False, False)
    """
    return bool(_AND_GAP.fullmatch(gap)) and 0 < _number_word(first, lex) < 10 and _number_word(second, lex) % 10 == 0


def _number_word(text: str, lex: Lexicon) -> int:
    return next((values[text] for kind, values in lex.numbers.items() if kind != "ordinal" and text in values), 0)


def _counted_reading(words: list[tuple[str, str]], ctx: Context, start: int, end: int) -> Reading | None:
    lex = ctx.lexicon
    if not _units(words, lex):
        return None
    unit, count = _count(words, lex)
    reading = Reading("relative", _UNIT_GRANULARITY[unit])
    surface = ctx.folded[start:end]
    spanned = surface.split()
    first_word = spanned[0]
    sign = 1 if first_word in lex.words["after"] else -1
    # "ثلاثة ايام من الهجوم" after the count, "بعد ذلك بيومين" (ذلك between): counted from an event
    from_event = first_word not in lex.words["since"] and (_FROM_EVENT.match(ctx.folded, end) or spanned[1] in lex.words["event_that"])
    # "لا تزال بصحة جيدة بعد 45 عاماً", "انقضاء مفعوله بعد 10 سنوات": بعد counts from publication only in a clause
    # that announces (سيعود بعد أسبوعين) or up to "من الآن"; news counts it from an event otherwise
    from_event = from_event or (sign > 0 and not surface.endswith("الان") and _direction(None, ctx, start) != "future")
    open_ended = any(word in surface for word in lex.words["open_ended"])
    # بعد قرن ونصف: counted from an event, no news dates 2115; قبل قرن ونصف: the half (fifty years) has no year
    vague_centuries = unit == "century" and (sign > 0 or any(w[:1] == "و" and w[1:] in lex.words["fraction"] for w in spanned))
    # قبل نصف ساعة: a fraction of a smaller unit is not counted in whole units; قبل ربع قرن, منذ نصف عقد: one of a
    # decade or a century is a count of years (25, 5)
    fraction = next((w for w in spanned if w in lex.words["fraction"]), None)
    uncounted = fraction is not None and (unit not in _YEARS_IN or fraction not in _FRACTION_PARTS)
    if count is None or ctx.anchor is None or from_event or open_ended or vague_centuries or uncounted or _either_count(spanned, lex):
        return reading  # "بعد ثلاثة ايام من الهجوم" counts from an event; "منذ اكثر من 60 عاما" has no bound
    if fraction is not None:
        reading.bounds = _year_months_away(sign * 12 * _YEARS_IN[unit] // _FRACTION_PARTS[fraction], ctx)
    else:
        reading.bounds = _half_shifted(unit, sign * count, ctx) if _ends_in_half(spanned, unit) else _shifted(unit, sign * count, ctx)
    reading.anchored = reading.bounds is not None
    return reading


def _ends_in_half(spanned: list[str], unit: str) -> bool:
    """Whether a count of years or decades, given as its span's words, ends in its half (قبل ثلاثة عقود ونصف, منذ
    عامين ونصف العام)."""
    return unit in ("year", "decade") and "ونصف" in spanned


def _half_shifted(unit: str, amount: int, ctx: Context) -> tuple[date, date] | None:
    """The year lying ``amount`` and a half ``unit`` from publication, counted in months: 35 years before July 2015
    is 1980, two and a half years before March 2015 is 2012."""
    months = (abs(amount) * 12 + 6) * _YEARS_IN.get(unit, 1)
    return _year_months_away(months if amount > 0 else -months, ctx)


def _year_months_away(months: int, ctx: Context) -> tuple[date, date] | None:
    """The year holding the month lying ``months`` months from the month of publication."""
    year, _ = shift_months(ctx.anchor.year, ctx.anchor.month, months)
    return _year_span(GREGORIAN, year)


def _shifted(unit: str, amount: int, ctx: Context) -> tuple[date, date] | None:
    """Bounds of the ``unit`` lying ``amount`` units from publication, at the unit's granularity."""
    anchor = ctx.anchor
    if unit in ("minute", "hour"):
        if ctx.published is None:
            return None
        moment = ctx.published + timedelta(**{unit + "s": amount})
        return moment.date(), moment.date()
    if unit in ("day", "week") and abs(amount) > _FARTHEST_DAYS:
        return None  # مليون يوم: beyond any year a news article dates, and beyond what a date can hold
    if unit == "day":
        day = anchor + timedelta(days=amount)
        return day, day
    if unit == "week":
        return _week_of(anchor + timedelta(weeks=amount))
    if unit == "month":
        year, month = shift_months(anchor.year, anchor.month, amount)
        return month_span(GREGORIAN, year, month)
    return _year_span(GREGORIAN, anchor.year + amount * _YEARS_IN.get(unit, 1))


def _year_span(cal: str, year: int, written: bool = False, era: bool = False) -> tuple[date, date] | None:
    """A year's first and last day; a ``written`` Gregorian year (عام 1648, not one counted back from publication)
    reaches back as far as a named month's (calendars.NAMED_MONTH_FROM): above the Hijri years, it is no Hijri one;
    one with its ``era`` word (عام 600 ميلادي) back to year 1 (calendars.ERA_WORD_FROM)."""
    first, last = month_span(cal, year, 1, written, era), month_span(cal, year, 12, written, era)
    return (first[0], last[1]) if first and last else None


def _week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _that_day(before: str, ctx: Context, start: int, end: int) -> bool:
    """Whether a demonstrative (``before``, the word before ``start``) makes the relative day at ``start`` "that
    day": after a preposition (في ذلك اليوم, منذ تلك الليلة) or at the end of its clause (بتوقيت بكين ذلك اليوم.),
    not as a verb's object (أوضح ذلك اليوم مدير الفرع: "explained that today")."""
    if not _word_in(before, ctx, "demonstrative"):
        return False
    demonstrative = ctx.folded.rfind(" ", 0, start - 1) + 1
    return _previous_word_in(ctx, demonstrative, "year_prep") or bool(_CLAUSE_AFTER.match(ctx.folded, end))


def _history_heading(ctx: Context, end: int) -> bool:
    """Whether the two words after ``end`` are a ``not_relday_next`` phrase ("هذا اليوم في التاريخ": this day in history)."""
    return " ".join(ctx.folded[end:end + 20].split()[:2]) in _word_set(ctx.lexicon, "not_relday_next")


def _in_day_idiom(ctx: Context, start: int, end: int) -> bool:
    """The span lies inside "اليوم قبل الغد" (sooner rather than later) or "ما أشبه الليلة بالبارحة" (a proverb),
    idioms with no day of their own."""
    # The idioms' other words (ما اشبه الليله ب, قبل الغد) reach at most 16 characters before the span and 12 past
    # it; the plain قبل and اشبه tests spare the pattern at nearly every relative day.
    begin, stop = max(0, start - 17), end + 12
    window = ctx.folded[begin:stop]
    return ("قبل" in window or "اشبه" in window) and any(
        m.start() <= start and end <= m.end() for m in _DAY_IDIOM.finditer(ctx.folded, begin, stop))


def _object_after_verb(before: str, word: str, lex: Lexicon) -> bool:
    """Whether the definite ``word`` after اليوم (from :func:`_next_word`) is the subject or object of the imperfect
    verb ``before`` it ("يخشون اليوم الخروج", "ينطلق اليوم الاجتماع") or of a verb whose complement, a preposition
    with its pronoun, stands before it ("تستند إليه اليوم السلطات", "وصلنا اليه اليوم الأمر"): اليوم is then the adverb
    "today", not a day the word describes. A number (اليوم الأول, لا تتجاوز اليوم الواحد), a word ending in ي (يصادف
    اليوم العالمي) or a bare article before digits (اليوم الـ 28) may still be the day's own word.

    >>> lex = load_lexicon()
    >>> pairs = [("يخشون", "الخروج"), ("يصادف", "العالمي"), ("تتجاوز", "الواحد"), ("اليه", "السلطات"), ("فيه", "الاول")]
    >>> [_object_after_verb(before, word, lex) for before, word in pairs]
    [True, False, False, True, False]
    """
    return (len(word) > _ARTICLE_AND_LETTER and not word.endswith("ي") and not _a_number(word, lex)
            and (imperfect_verb(before, lex) or before in lex.words["verb_complement"]))


def _a_number(word: str, lex: Lexicon) -> bool:
    """Whether the definite ``word`` is an ordinal (الأول) or a number word with or without its article (الواحد).

    >>> lex = load_lexicon()
    >>> _a_number("الاول", lex), _a_number("الواحد", lex), _a_number("الخروج", lex)
    (True, True, False)
    """
    return any(word in words or word[2:] in words for words in lex.numbers.values())


def _relative_day_reading(words: list[tuple[str, str]], ctx: Context, start: int, end: int) -> Reading | None:
    lex = ctx.lexicon
    surface = " ".join(ctx.folded[start:end].split())
    if surface.endswith(lex.words["event_day"]):
        period = _first(words, "period") or ""
        return Reading("relative", _UNIT_GRANULARITY[_PERIOD_UNIT.get(period[2:], "day")])
    phrase = _first(reversed(words), "relday")  # the last: a bracketed gloss names the day meant ("فجر اليوم (أمس)": yesterday)
    if phrase is None:
        return None
    days = lex.relative_days[phrase]
    before = _word_before(ctx, start)
    if _word_in(before, ctx, "not_relday_before") or _that_day(before, ctx, start, end) or _history_heading(ctx, end):
        # "الآن وليس غدا": not tomorrow, but later; "في ذلك اليوم": a day the text tells of, not today; "في مثل هذا
        # اليوم", "هذا اليوم في التاريخ": the same day of other years (a chronology's heading), not the publication day
        return None
    if days in (-1, 0, 1) and _in_day_idiom(ctx, start, end):
        return None
    if days == -1 and surface == phrase and _word_in(before, ctx, "in_need_before") and _word_in(_next_word(ctx, end), ctx, "in_need_next"):
        return None  # "في أمسّ الحاجة إلى": the superlative "most in need", not yesterday (but "قال أمس الحاجة فاطمة")
    if phrase in ("اليوم", "الليله") and _first(words, "weekday") is None:
        if _word_in(before, ctx, "not_today_before") or _bracketed_alone(ctx, start, end):
            return None  # the newspaper اليوم, عين اليوم, "لـ(اليوم)", "لـ «اليوم»", "وعلمت (اليوم) أن": the paper citing itself
        following = ctx.folded[end:end + 40].split()[:1]
        if surface == phrase and _word_in(before, ctx, "rate_before") and not (following and following[0] in lex.words["rate_not_next"]):
            # ثلاث مرات في اليوم, 3 ساعات في اليوم: a rate per day, no calendar extent (today is اليوم alone); before
            # بأن a verb's complement follows, so the day is when the verb's deed was done ("تعهد ... في اليوم بأن")
            return None
        if following and following[0].startswith("ال") and not following[0].endswith(_NOT_ADJECTIVE_OF_DAY) \
                and following[0] not in lex.words["not_adjective_of_day"] and not _object_after_verb(before, _next_word(ctx, end), lex):
            return None  # اليوم الوطني, اليوم التالي: not the publication day (but "ترسل اليوم الحوالات" is)
        if following and following[0] in lex.words["day_defined_by"] and _word_in(before, ctx, "year_prep"):
            return None  # في اليوم الذي يلقي فيه خطابه: a day the clause defines (but "البيان الصادر اليوم الذي" is today)
    reading = Reading("relative", "day", anchor=ctx.today)
    if ctx.anchor is not None:
        day = (ctx.today or ctx.anchor) + timedelta(days=days)
        named = _first(words, "weekday")
        # "اليوم الإثنين" in a Tuesday article that also says "أمس الاثنين": this phrase's own weekday wins
        shift = _named_day_shift((day.weekday() - lex.weekdays[named]) % 7, days, ctx, start) if named else 0
        if shift:
            day += timedelta(days=shift)
            reading.anchor = day - timedelta(days=days)
        reading.bounds, reading.anchored = (day, day), True
    return reading


def _to_hijri_month_named_before(reading: Reading, earlier: list[Reading]) -> None:
    """Give "هذا الشهر" or "منتصف الشهر" the Hijri month the text named last, when the last month it named
    is one (a column on Ramadan read in Shawwal: "منتصف الشهر" is mid-Ramadan).

    >>> month = Reading("month", "month", HIJRI, bounds=(date(2015, 6, 18), date(2015, 7, 16)))
    >>> reading = Reading("relative", "month", bounds=(date(2015, 7, 1), date(2015, 7, 31)), context_month=True)
    >>> _to_hijri_month_named_before(reading, [month])
    >>> reading.calendar, reading.bounds
    ('hijri', (datetime.date(2015, 6, 18), datetime.date(2015, 7, 16)))
    """
    last = next((other for other in reversed(earlier) if other.bounds is not None and other.granularity == "month"), None)
    if last is not None and last.calendar == HIJRI and reading.bounds is not None:
        reading.bounds, reading.calendar, reading.anchor = last.bounds, HIJRI, last.anchor


def _period_reading(words: list[tuple[str, str]], ctx: Context, surface: str, start: int) -> Reading | None:
    lex = ctx.lexicon
    period = _first(words, "period")
    offset = next((lex.markers[t] for k, t in words if k == "marker"), 0)
    part = _year_part(surface, lex) if period is None else None
    if part is None and period is None and surface.startswith(lex.words["quarter"]):
        return _quarter_reading(offset, ctx)
    if part is not None:
        # "في النصف الأول", "أرباح الربع الثاني" alone: the most recent such part begun by publication, or the
        # next one in a future clause (read_match narrows the year to it)
        period = "العام"
        if ctx.anchor is not None and part[0] > ctx.anchor.month and _direction(None, ctx, start) != "future":
            offset = -1
        elif ctx.anchor is not None and part[1] >= ctx.anchor.month and _part_ended(ctx.lexicon).match(ctx.folded, start + len(surface)):
            offset = -1  # الربع الثالث الذي انتهى printed in August: the last one ended, a year ago
    season = _first(words, "season")
    if season is not None:
        written = next((int(t) for k, t in words if k == "number" and len(t) == 4), None)
        if written is not None:  # صيف 2014
            return Reading("range", "month", bounds=_season_bounds(lex.seasons[season], written))
        if period is not None:  # صيف العام الماضي
            if ctx.anchor is None:
                return Reading("relative", "month")
            bounds = _season_bounds(lex.seasons[season], ctx.anchor.year + offset)
            return Reading("relative", "month", bounds=bounds, anchored=bounds is not None)
        return _season_reading(lex.seasons[season], offset, ctx)
    if period is None:
        return None
    unit = _PERIOD_UNIT[period[2:]]
    markers = [t for k, t in words if k == "marker"]
    previous = any(t in _word_set(lex, "marker_previous") for t in markers)
    # العام الذي سبقه: the year before the one named last, else the one before publication
    before_it = not markers and any(words_before in surface for words_before in lex.words["marker_before_it"])
    offset -= before_it
    reading = Reading("relative", unit, context_month=unit == "month" and not markers and not before_it,
                      before_named=previous and unit in ("month", "year"), before_it=before_it)
    # العام المالي الماضي: a fiscal or school year the text does not bound is no calendar year
    if ctx.anchor is not None and not _has_year_epithet(surface, lex):
        if unit == "week" and previous and _after_last_week(ctx, start):
            offset -= 1  # الأسبوع السابق after الأسبوع الماضي: the week before the one reported
        # الأسبوع الذي سبقه with no week named: "it" is the week of the news, of the day before publication (a
        # weekly report printed on a Sunday is of the working week that ended, the one before is the week before that)
        news_day = ctx.anchor - timedelta(days=1) if before_it else ctx.anchor
        reading.bounds = _week_of(_working_week_middle(news_day) + timedelta(weeks=offset)) if unit == "week" else _shifted(unit, offset, ctx)
        reading.anchored = True
    return reading


def _quarter_reading(offset: int, ctx: Context) -> Reading:
    """الربع الماضي, الربع المقبل: the quarter of the year ``offset`` quarters from the one holding publication.

    الربع الحالي/الجاري stays unresolved: a results notice printed after a quarter ends still calls the quarter it
    reports «الحالي», so the text alone cannot say whether the publication's quarter or the one before is meant."""
    if ctx.anchor is None or offset == 0:
        return Reading("relative", "month")
    year, month = shift_months(ctx.anchor.year, ctx.anchor.month - (ctx.anchor.month - 1) % 3, 3 * offset)
    return Reading("relative", "month", bounds=_three_months(year, month), anchored=True)


def _has_year_epithet(surface: str, lex: Lexicon) -> bool:
    """Whether a period's folded ``surface`` names a fiscal or school year (العام المالي, السنة الدراسية)."""
    return any(epithet in surface for epithet in lex.words["year_epithet"])


@lru_cache(maxsize=4)
def _part_ended(lex: Lexicon) -> re.Pattern[str]:
    """A relative clause saying that the part of a year before it has ended (الذي انتهى, التي مضت)."""
    return re.compile(f"\\s+ال(?:ذي|تي)\\s+{whole_words(lex.words['part_ended'])}")


@lru_cache(maxsize=4)
def _named_week(lex: Lexicon) -> re.Pattern[str]:
    """A week named relative to now in folded text: هذا الاسبوع (group 1 empty) or الاسبوع الماضي (its marker)."""
    weeks = whole_words(p for p in lex.words["period"] if _PERIOD_UNIT.get(p[2:]) == "week")
    return re.compile(f"{whole_words(lex.words['this'])}\\s+{weeks}|{weeks}\\s+({whole_words(lex.markers)})")


def _after_last_week(ctx: Context, start: int) -> bool:
    """Whether the week the text named last before ``start`` (not itself "the previous" one) is last week.

    >>> from workbench.text import fold
    >>> ctx = Context.for_text(fold("هبطت الأسبوع الماضي بعد زيادتها الأسبوع السابق"), date(2015, 7, 31))
    >>> _after_last_week(ctx, ctx.folded.rindex("الاسبوع")), _after_last_week(ctx, ctx.folded.index("الاسبوع"))
    (True, False)
    """
    previous = _word_set(ctx.lexicon, "marker_previous")
    named = [m.group(1) for m in _named_week(ctx.lexicon).finditer(ctx.folded, 0, start) if m.group(1) not in previous]
    return bool(named) and named[-1] is not None and ctx.lexicon.markers[named[-1]] == -1


def _season_bounds(first_month: int, year: int) -> tuple[date, date] | None:
    """The three months of the season of ``year`` (a winter from the December before: شتاء 2015 is Dec 2014 - Feb 2015)."""
    return _three_months(year - (first_month == 12), first_month)


def _three_months(year: int, first_month: int) -> tuple[date, date] | None:
    """The first and last day of the three Gregorian months from ``first_month`` of ``year``: a season or a quarter."""
    last_year, last_month = shift_months(year, first_month, 2)
    first, last = month_span(GREGORIAN, year, first_month), month_span(GREGORIAN, last_year, last_month)
    return (first[0], last[1]) if first and last else None


def _season_reading(first_month: int, offset: int, ctx: Context) -> Reading:
    """هذا الصيف: the season of the publication year (a winter from December of the year before when
    written in its first half); الصيف الماضي/المقبل the last one ended before or the next one begun after it."""
    reading = Reading("relative", "month")
    if ctx.anchor is None:
        return reading
    anchor = ctx.anchor
    seasons = {year: _season_bounds(first_month, year + (first_month == 12)) for year in range(anchor.year - 3, anchor.year + 3)}  # by first year
    if offset < 0:
        reading.bounds = [b for b in seasons.values() if b[1] < anchor][offset]
    elif offset > 0:
        reading.bounds = [b for b in seasons.values() if b[0] > anchor][offset - 1]
    else:
        reading.bounds = seasons[anchor.year - (first_month == 12 and anchor.month <= 6)]
    reading.anchored = True
    return reading


def _working_week_middle(day: date) -> date:
    """The Wednesday of the Sunday..Saturday week holding ``day``: الأسبوع الجاري written on a Sunday
    is the working week that starts that day, whose ISO week is the next one.

    >>> _working_week_middle(date(2015, 8, 2)), _working_week_middle(date(2015, 8, 1))
    (datetime.date(2015, 8, 5), datetime.date(2015, 7, 29))
    """
    return day - timedelta(days=(day.weekday() + 1) % 7) + timedelta(days=3)


def _either_count(spanned: list[str], lex: Lexicon) -> bool:
    """Whether a count is one of two joined by أو or إلى (قبل ثلاث أو أربع سنوات, السنوات الثلاث إلى الخمس المقبلة):
    no one number of units is meant, so the span has no bounds."""
    return any(word in lex.words["range_or"] or word in lex.words["range_to"] for word in spanned)


def _periods_reading(words: list[tuple[str, str]], ctx: Context, surface: str) -> Reading:
    """الأيام الثلاثة الماضية, الشهرين المقبلين: the whole units next to the publication day's unit;
    without a count (الأيام القليلة الماضية), in hours or in decades and centuries (العقد المقبل, العقدين الماضيين:
    years counted from publication, no calendar decade, as the gold rules read them), or counted from an event
    (الأيام الأربعة اللاحقة) the extent is unknown, as is that of a singular period with الأخير (خلال الشهر الأخير:
    the gold rules leave where the stretch begins open, as for الأشهر الأخيرة)."""
    lex = ctx.lexicon
    unit, count = _count(words, lex)
    reading = Reading("relative", _UNIT_GRANULARITY[unit])
    # only the singular period word (الشهر, العام) opens a match of this rule, and only before الأخير
    if count is None or words[0][0] == "period" or ctx.anchor is None or unit in ("minute", "hour", *_YEARS_IN) or surface.rsplit(maxsplit=1)[-1] in lex.words["sequence"] or _either_count(surface.split(), lex):
        return reading
    ahead = next((lex.markers[t] for k, t in words if k == "marker"), -1) > 0
    first, last = (_shifted(unit, 1, ctx), _shifted(unit, count, ctx)) if ahead else (_shifted(unit, -count, ctx), _shifted(unit, -1, ctx))
    if first and last:
        reading.bounds, reading.anchored = (first[0], last[1]), True
    return reading


def _clause_of_last_week(ctx: Context, start: int) -> bool:
    """Whether the clause before ``start`` speaks of last week (خسائر حادة في الأسبوع الماضي يوم الاثنين)."""
    clause = _clause_text_before(ctx, start, _TEXT_BEFORE)
    if not any(period in clause for period in ctx.lexicon.words["period"] if _PERIOD_UNIT.get(period[2:]) == "week"):
        return False  # most clauses name no week: spare the scan
    words = [(m.lastgroup, _one_spaced(m.group())) for m in ctx.grammar.lexemes.finditer(clause)]
    return any(kind == "period" and _PERIOD_UNIT.get(word[2:]) == "week" and following == ("marker", _LAST)
               for (kind, word), following in zip(words, [(k, ctx.lexicon.markers.get(t)) for k, t in words[1:]]))


def _side_of_event_day(length: int, weekday: int, ctx: Context, start: int) -> str | None:
    """The side of a bare weekday naming the day of an event right before it ("كيفية التصويت يوم الاربعاء", "لقاء
    الجمعة"), with no verb of its own: the side the article's earlier mentions of that weekday agree on. Only after
    such a noun: a perfect verb (شنت, اكد) gives the clause no cue the tense rule can read, and the article's
    later bare mentions after one are as often a past day of that name as the one announced earlier."""
    if length or not _previous_word_in(ctx, start, "weekday_event"):  # no marker: _direction answers any
        return None
    return _side_named_earlier(weekday, ctx, start)


def _side_named_earlier(weekday: int, ctx: Context, start: int) -> str | None:
    """The side an earlier mention of the same weekday takes from its marker or its own verb ("التصويت يوم
    الاربعاء المقبل ... كيفية التصويت يوم الاربعاء": the coming Wednesday both times), for a weekday with no
    cue of its own; None when no earlier mention has one or when they disagree.

    >>> ctx = Context.for_text("سيصوت يوم الاربعاء. وقال الخميس. كيفية التصويت يوم الاربعاء والخميس", date(2015, 8, 4))
    >>> _side_named_earlier(2, ctx, 45), _side_named_earlier(3, ctx, 55)
    ('future', None)
    """
    return _cued_side(_weekday_names(ctx.lexicon)[weekday], ctx, start)


@lru_cache(maxsize=4)
def _weekday_names(lex: Lexicon) -> dict[int, list[str]]:
    """The folded names of each weekday of ``lex``: الاربعاء and الأربعاء's other spellings for Wednesday."""
    return _names_by(lex.weekdays.items())


def _weekday_reading(words: list[tuple[str, str]], ctx: Context, start: int) -> Reading | None:
    lex = ctx.lexicon
    name = _first(words, "weekday")
    if name is None:
        return None
    marker = next((lex.markers[t] for k, t in words if k == "marker"), None)
    if _previous_word_in(ctx, start, "not_weekday_before") or (
        lex.weekdays[name] == 0 and marker is None and _previous_word_in(ctx, start, "not_monday_before")
    ):
        return None  # صلاة الجمعة, أيام الجمعة (Fridays), بين الاثنين, مع الاثنين (the two; not مع الاثنين المقبل)
    if _is_family_name(words, ctx, start):
        return None
    named = [lex.weekdays[t] for k, t in words if k == "weekday"]
    # ليل الثلاثاء الأربعاء (the night between them), يومي الثلاثاء والأربعاء: a range of both days
    length = (named[1] - named[0]) % 7 if len(named) == 2 else 0
    # يومي الأربعاء والخميس الموافق 20 و21 شوال: two weekdays take the dates beside them too
    # a story that names its day (أمس الأربعاء printed on Friday) counts its weekdays from that day, as its relative days
    reading = Reading("range" if length else "weekday", "day", appositive=marker is None, anchor=ctx.today)
    if ctx.anchor is None:
        return reading
    anchor, weekday = ctx.today or ctx.anchor, lex.weekdays[name]
    named_day = ctx.named_days.get(weekday) if reading.appositive and not length else None
    if named_day is not None:  # "أمس الأربعاء ... يطرح الأربعاء": the same Wednesday, unless سـ/سوف or كان say otherwise
        written = clause_tense(ctx.folded[max(0, start - _TEXT_BEFORE):start], lex, imperfect=False)
        # against the text's own today: "اليوم الاثنين ... سيستقبل الاثنين" printed on Tuesday is that Monday
        if written is None or (written == "future") == (named_day >= anchor):
            reading.bounds, reading.anchored = (named_day, named_day), True
            return reading
    if marker is None and not length and _clause_of_last_week(ctx, start):
        monday = _week_of(_working_week_middle(anchor) - timedelta(weeks=1))[0]
        day = monday + timedelta(days=weekday)
        reading.bounds, reading.anchored = (day, day), True
        return reading
    back, ahead = (anchor.weekday() - weekday) % 7, (weekday - anchor.weekday()) % 7
    # من اليوم الخميس وحتى الأحد القادم: a range opened by today starts on today, whatever its last end's marker says
    opened_today = bool(length) and _first(words, "relday") is not None
    direction = "current" if opened_today else _direction(marker, ctx, start) or _side_of_event_day(length, weekday, ctx, start) or "past"
    shift = {
        "past": -back,
        "current": -back,
        "future": ahead,
        "before": -(back or 7),
        "after": ahead or 7,
    }[direction]
    day = anchor + timedelta(days=shift)
    if direction in ("past", "before") and day + timedelta(days=length) > anchor:
        day -= timedelta(days=7)  # "من الخميس إلى الأحد الماضيين" written on a Friday: the whole range has passed
    reading.bounds, reading.anchored = (day, day + timedelta(days=length)), True
    return reading
