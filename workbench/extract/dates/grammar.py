"""Compiled regular expressions of the date grammar, built from the lexicon.

Two patterns are built per lexicon. :attr:`Grammar.search` finds whole date
expressions in folded text; every alternative is a named rule (``range``,
``date``, ``numeric``, ``ago``, ``duration``, ``year``, ``month``, ``holiday``, ``eventday``, ``day``,
``period``, ``periods``, ``weekday``, ``times``, ``time``) whose group is the reported span, so a leading
conjunction or preposition clitic (و, ف, ب, ل) stays outside it. Rules are tried
in that order at each position, so the longest reading wins: ``يوم الثلاثاء 20
يونيو`` is one date, not a weekday followed by a date. :attr:`Grammar.lexemes`
then reads the values (numbers, month names, markers, ...) out of a matched span.

Word lists become prefix-factored alternations (a character trie), so the
regular expression engine rejects a non-matching word after its first letters
instead of trying every name in turn.

>>> g = build_grammar(load_lexicon())
>>> m = g.search.search(" وعقدت في 4 و5 تموز المقبل")
>>> m.lastgroup, m.group(m.lastgroup)
('range', '4 و5 تموز المقبل')
>>> trie_alternation(["امس", "امس الاول", "اب"])
'ا(?:مس(?:\\\\s+الاول)?|ب)'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Mapping

from workbench.extract.dates.lexicon import Lexicon, fold_phrase, load_lexicon

__all__ = ["Grammar", "build_grammar", "grammar_for", "trie_alternation", "whole_words", "RULES"]

RULES = ("range", "date", "numeric", "ago", "duration", "year", "month", "holiday", "eventday", "day", "period", "periods", "weekday", "times", "time")
# The rules whose every alternative opens on a word, never on a digit.
WORD_FIRST_RULES = frozenset({"ago", "month", "holiday", "eventday", "period", "times"})

# \W for the search's opening character, the Arabic letters (all word characters) tested first as one range: the
# engine then skips most of a text's characters without the Unicode category look \W makes at each one.
_NON_WORD = "[^\u0621-\u064a\\w]"

# ال before a digit (ال 15, ال15) opens an expression as the words do: a word of their trie with its tail, so the
# many words opening on the article are walked once, not once for "ال\s*\d" and again for the trie.
_ARTICLE_BEFORE_DIGIT = {"ال": "\\s*\\d"}

# Lexeme groups of the value scanner, in priority order (longer phrases first where they share words).
LEXEMES = ("relday", "month", "weekday", "ordinal", "hour", "numword", "unit", "marker", "period", "season", "this", "suffix", "number")


def trie_alternation(words: Iterable[str], tails: Mapping[str, str] | None = None) -> str:
    r"""A regular expression matching any of ``words`` (longest first), factored on common prefixes.

    A space inside a phrase matches any run of whitespace. ``tails`` gives some words a pattern that must
    follow them (a word list of its own folded into the same trie: one walk instead of one per list);
    a word with a tail is tried as an alternative beside its longer words, so use tails in lookaheads.

    >>> trie_alternation(["من"], tails={"منذ": r"\s+\d"})
    'من(?:ذ\\s+\\d)?'
    """
    trie: dict = {}
    for word in [*words, *(tails or {})]:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = (tails or {}).get(word, "")
    return _emit(trie) or "(?!)"


def whole_words(words: Iterable[str]) -> str:
    """:func:`trie_alternation` that only matches where the last word ends (``ماي`` not in ``مايو``)."""
    return f"(?:{trie_alternation(words)})(?!\\w)"


def joined_pair(words: str) -> str:
    """``words`` (an alternation) once, or twice joined by و: two vague units of one amount (أيام وشهور, سنوات وسنوات,
    شهورا وشهورا) make one span, as the text gives no count to either of them."""
    return f"{words}(?:\\s+و{words})?"


def _whole_words_or_article_digit(words: Iterable[str]) -> str:
    r""":func:`whole_words` or ال before a digit, in one trie walk (for lookaheads: the order of its branches is not
    that of :func:`whole_words`).

    >>> _whole_words_or_article_digit(["الاحد", "اول"])
    'ا(?:ل(?:احد(?!\\w)|\\s*\\d)|ول(?!\\w))'
    """
    return trie_alternation([], tails={**{word: "(?!\\w)" for word in words}, **_ARTICLE_BEFORE_DIGIT})


def _right_after(words: Iterable[str], guard: str = "", joint: str = " ") -> str:
    """Lookbehinds for a position right after one of ``words`` and ``joint`` (a space; " و" for a joined word),
    ``guard`` checked before the word: one lookbehind per word length (each must be of fixed width in Python), fewer
    to try than one per word.

    >>> _right_after(["سوى", "دام", "مرور"], "(?<!ال)")
    '(?<=(?<!ال)(?:سوى|دام) )|(?<=(?<!ال)(?:مرور) )'
    >>> _right_after(["رمضان"], joint=" و")
    '(?<=(?:رمضان) و)'
    """
    by_length: dict[int, list[str]] = {}
    for word in words:
        by_length.setdefault(len(word), []).append(re.escape(word))
    return "|".join(f"(?<={guard}(?:{'|'.join(same)}){joint})" for same in by_length.values())


# Letters of folded Arabic text, most frequent first (counted on the development articles of 2015-07-22). A trie's
# branches open on distinct characters, so their order changes no match; the engine compares a position's character
# with each branch's in turn, and frequent letters first spare most of those compares.
_LETTER_RANK = {ch: rank for rank, ch in enumerate("اليمهونرتعبدفسقحكجشطصخضزذثغءظ")}


def _branch_order(ch: str) -> tuple[int, str]:
    """Sort key of a trie branch's character: frequent letters first, the rest (digits, marks, space) in code order."""
    return _LETTER_RANK.get(ch, len(_LETTER_RANK)), ch


def _emit(node: dict) -> str:
    branches = []
    for ch in sorted((k for k in node if k), key=_branch_order):
        piece = r"\s+" if ch == " " else re.escape(ch)
        branches.append(piece + _emit(node[ch]))
    tail = node.get("")
    if not branches:
        return tail or ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if tail:
        return f"(?:{body}|{tail})"
    return f"(?:{body})?" if tail is not None else body  # greedy: a longer word is tried before its prefix


@dataclass(frozen=True)
class Grammar:
    search: re.Pattern[str]
    lexemes: re.Pattern[str]
    step_marker: re.Pattern[str]  # a marker of one step (المقبل, الماضي): found first, a literal "ال" to scan for
    marked_month: re.Pattern[str]  # a month's name (group 1) ending where a step marker starts: سبتمبر (أيلول) |المقبل


def build_grammar(lex: Lexicon) -> Grammar:
    """Compile the search and lexeme patterns of ``lex``."""
    w = {role: whole_words(words) for role, words in lex.words.items()}
    nums = lex.numbers
    # ستينيات القرن الماضي: a decade in the construct state, only before the century it belongs to
    construct_decades = [word.removeprefix("ال") for word in nums["decade"] if word.startswith("ال")]
    month = f"(?:{trie_alternation(lex.months)})(?![^\\W\\d])"  # a year may touch it: نوفمبر1952
    weekday = f"{whole_words(lex.weekdays)}(?!\\s+{w['not_weekday_next']})"  # الاثنين الآخرين: the other two
    marker = f"{whole_words(lex.markers)}(?!\\s+{w['marker_not_next']})"  # "مايو السابق عليه": the one before it
    ordinal = whole_words(nums["ordinal"])
    # من الخامس عشر إلى السابع عشر: a range of ordinal days; "والعشرين" after an ordinal ends that one day (السادس والعشرين)
    later_ordinal = f"(?!ال{whole_words(nums['ten'])}){ordinal}"
    unit_any = whole_words(lex.units)
    unit_alone = whole_words(u for u, (_, alone) in lex.units.items() if alone)
    relday = whole_words(lex.relative_days)
    tod = w["time_of_day"]
    # 20 ألف عام, ثلاثة آلاف عام, ألف عام: a multiplier after a count or alone (in the number words' trie: one walk);
    # not "6 ملايين عام 1436هـ" (a count of people in a year), nor before hours and minutes ("باعت 3 ملايين ساعة" are
    # watches, "10 آلاف دقيقة" a phone plan)
    clock_units = whole_words(u for u, (unit, _) in lex.units.items() if unit in ("minute", "hour"))
    counted_by_multiplier = f"(?!\\w)(?!\\s+(?:{clock_units}|{unit_any}\\s*\\d))"
    thousand = whole_words(nums["thousand"])
    multiplier = f"{thousand}{counted_by_multiplier}"
    count_word = (
        # الأربع والعشرين ساعة الماضية: a definite compound keeps its article on the ten
        f"(?:{whole_words(nums['unit'])}\\s+و\\s*(?:ال)?{whole_words(nums['ten'])}"
        f"|(?:{trie_alternation([*nums['teen'], *nums['ten'], *nums['unit'], *nums['hundred']], tails=dict.fromkeys(nums['thousand'], counted_by_multiplier))})(?!\\w))"
    )
    # 1436 (هـ): the calendar's letter in brackets is in the span, as a paired month's bracket is
    calendar_letter = f"(?:{w['year_suffix_gregorian']}|{w['year_suffix_hijri']})"
    suffix = f"(?:{calendar_letter}(?!\\w)|\\(\\s*{calendar_letter}\\s*\\))"
    year_periods = [p for p in lex.words["period"] if lex.units.get(p[2:], ("",))[0] == "year"]
    year_period = whole_words(year_periods)
    year_period_lam = "لل" + whole_words(p[2:] for p in year_periods)
    # العام المالي 2013, السنة المالية 2015, العام الدراسي 1436/1437هـ: the year word keeps its epithet before the number,
    # and the epithet its marker (السنة المالية الجارية 2015-2016)
    year_named = f"(?:{w['year_word']})(?:\\s+{w['year_epithet']}(?:\\s+{marker})?)?"
    short_period = whole_words(p for p in lex.words["period"] if lex.units.get(p[2:], ("",))[0] in ("week", "month"))
    month_period = whole_words(p for p in lex.words["period"] if lex.units.get(p[2:], ("",))[0] == "month")

    week = whole_words(p for p in lex.words["period"] if lex.units.get(p[2:], ("",))[0] == "week")
    last = whole_words(lex.words["last"])
    tenth = whole_words(w for role in ("tenth_1", "tenth_2", "tenth_3") for w in lex.words[role])
    day = r"(?:ال ?)?\d{1,2}(?!\d)"  # 32 مايو is read (and left unresolved), not skipped to "مايو"
    # عشرة أغسطس, خمسة وعشرين من أغسطس: a day written as a cardinal word (not hundreds)
    day_count = f"(?:{whole_words(nums['unit'])}\\s+و\\s*{whole_words(nums['ten'])}|{whole_words([*nums['teen'], *nums['ten'], *nums['unit']])})"
    # أول أغسطس, إلى آخر يونيو: the first or last day written as a word right before a month name (not before شهر:
    # أول شهر رمضان is its start)
    first_day = f"{whole_words(nums['named_day'])}(?=\\s+{month})"
    word_day = f"(?:{ordinal}\\s+{w['of']}|{day_count}|{first_day})"
    day_or_ordinal = f"(?:{day}|{word_day})"
    # يوم الثلاثاء 14يوليو 2015: a day's figures typed against its month name (no space) still open the date
    day_before_month = f"(?:{day}\\s*|{word_day}\\s+)"
    # 875هـ, عام 600 ميلادي: an old year has three digits and then always its calendar's word; not the bare "م",
    # which after three digits is mostly metres (حرم 100م, يبلغ طولها 600 م)
    old_year_word = whole_words([*lex.words["year_suffix_hijri"], *(s for s in lex.words["year_suffix_gregorian"] if len(s) > 1)])
    year_num = rf"(?:\d{{4}}(?!\d)(?:\s*{suffix})?|(?<!\d)\d{{3}}(?!\d)\s*{old_year_word})"
    # عام 48, العام 86, عام 40 هـ: two digits after the year word are a year whose century the text does not write;
    # not a count, an amount or a share after them (عام 15 عاما, العام 15 مليون, العام 39 ألفا, السنة 20 بالمائة),
    # as year_not_next keeps a bare year from one, nor a decimal (العام 2.5)
    short_year = (f"{w['year_word']}\\s*\\d{{2}}(?![\\d٫]|[.,]\\d)(?:\\s*{suffix})?"
                  f"(?!\\s*(?:[%٪]|{unit_any}|{w['year_not_next']}|{w['short_year_not_next']}))")
    paired = f"{month}(?:\\s*/\\s*{month}|\\s*\\(\\s*{month}\\s*\\)|\\s+{month})?"
    # أيلول - سبتمبر: one month in two calendars joined by a dash, never a range of the two (only names of the
    # same month pair this way, so كانون الثاني - حزيران stays a range).
    dash_pairs = trie_alternation(
        f"{first} {dash} {second}" for first, (cal, number, _) in lex.months.items() for second, (cal2, number2, _) in lex.months.items()
        for dash in "-–" if cal == cal2 == "gregorian" and number == number2 and first != second
    )
    dashed = f"(?:{dash_pairs})(?![^\\W\\d])"
    month_x = f"(?:{w['month_word']}\\s+)?(?:{dashed}|(?!{dashed}){paired})"
    # نهاية/مطلع/منتصف + a month, year or period is part of the span; the value stays the whole period.
    year_part = whole_words(lex.year_parts)
    bare_year_word = whole_words(y for y in lex.words["year_word"] if not y.startswith("ال"))
    # من before a year, or ل fused to the bare year word: يونيو لعام 2015, النصف الأول لعام 2015م
    year_link = f"(?:{w['of']}\\s+|ل(?={bare_year_word}))"
    edge_words = f"(?:{w['edge']}\\s+|{year_part}\\s+{year_link}?)"  # الربع الثاني 2015, الربع الأول من عام 2015
    edge = f"{edge_words}?"
    part_edge = f"(?:{w['edge']}\\s+(?={year_part}))?"  # نهاية الربع الأول من عام 2016: the edge of a part of a year
    # الشهر ذاته من عام 2014, الشهر نفسه من العام الماضي: the month named before, in that year
    same_month = f"{month_period}\\s+{w['same']}\\s+{w['of']}\\s+"
    dual_marker = whole_words(m for m in lex.markers if m.endswith("ين"))
    # في 25 الجاري: a masculine marker agrees with the month left unsaid (not الـ24 الماضية, hours)
    month_marker = whole_words(m for m in lex.markers if " " not in m and not m.endswith(("ين", "ه")))
    # شهر المحرم من العام الهجري الجديد 1437هـ: the calendar's name between the year word and its marker or number
    calendar_named = "(?:\\s+" + whole_words("ال" + s for s in (*lex.words["year_suffix_hijri"], *lex.words["year_suffix_gregorian"]) if len(s) > 2) + ")?"
    year_after = (
        f"(?:\\s*,?\\s*{year_link}?(?:{w['year_word']}{calendar_named}(?:\\s+{w['year_new']})?\\s*)?{year_num}"
        f"|\\s+(?:(?:{w['of']}\\s+|{w['in_year']}\\s+(?={year_period}\\s+{marker}))?(?:{year_period}{calendar_named}\\s+{marker}|{w['this']}\\s+{year_period})(?:\\s+{year_num})?"  # رجب من العام المقبل 1437هـ, يونيو العام الماضي, الشهر الفضيل في العام الماضي
        f"|{year_period_lam}\\s+{marker}))"  # اواخر صفر للعام المقبل: ل fused to the year's article, as "20 -7 لهذا العام"
    )
    tail = f"(?:{year_after}|\\s+{marker})?"
    # و is written joined: 4 و5, وحتى; inside a list of days: 4 و5, 4 - 5, 4 الى 6.
    and_ = trie_alternation(lex.words["range_and"])
    strict_join = f"(?:-|(?:{and_}\\s*)?{w['range_to']})"
    join = f"(?:,|{strict_join}|{and_})"

    # بداية الثلث الأخير من شهر يوليو حتى ...: after الأخير/الأخيرة من is "of" (a counted part), no range's "from".
    # Only من and the last part: a lookbehind here runs at every من, and a counted day or week with an ordinal
    # (الأسبوع الأول من يوليو) is read by the month rule before the range is tried.
    not_part_of = "".join(f"(?<!{re.escape(word)} من)" for last_word in lex.words["last"] for word in (last_word, last_word + "ه"))

    def spanning(first: str, second: str, opened: tuple[str, str] | None = None) -> str:
        # Between two full dates or months "و" joins a range only after من/بين:
        # "كانون الثاني 2016 وتشرين الاول الماضي" is two expressions. ``opened``: the two ends after من/بين, if wider.
        opened_first, opened_second = opened or (first, second)
        return (f"(?:{w['range_open']}{not_part_of}\\s+{opened_first}(?:\\s*,)?\\s*{join}\\s*{opened_second}"
                f"|{first}\\s*{strict_join}\\s*{second})")

    # 8:00 تغ, 0642 بتوقيت جرينتش: the zone belongs to the time. 6:30 بتوقيت سويسرا, بتوقيت الساحل الشرقي: so does any
    # place's (one word, or two with a nisba adjective), but not a verb (بتوقيت يحدده: an imperfect's ي).
    place_zone = f"{w['zone_of_place']}\\s+(?!ي)[^\\W\\d_]{{2,}}+(?:\\s+ال[^\\W\\d_]*يه?(?![^\\W\\d_]))?"
    zone = f"(?:\\s+(?:{w['time_zone']}|{place_zone}))?"
    clock = rf"(?:[01]?\d|2[0-3]) ?: ?[0-5]\d(?!\d)(?:\s*{tod})?{zone}"
    hour_word = whole_words(nums["hour"])
    minute_unit = whole_words(u for u, (unit, _) in lex.units.items() if unit == "minute")
    # Possessive: a unit or multiplier follows a count, never a digit, so giving digits back never helps (and costs at
    # every number of the text). Never the digits after a decimal point (2.5 ساعة, 26.62 ثانية: the text is folded, so
    # ٫ and the Arabic comma are "." and "," and direction marks are gone); a full stop before a space ends a sentence.
    count = f"(?:(?:ال\\s*)?(?<!\\d[.,])\\d++|{count_word})(?:\\s+{multiplier})?"
    minutes = f"\\s+(?:و\\s*)?(?:{w['hour_fraction']}|{count}\\s*{minute_unit}|{minute_unit})"  # والنصف, وعشرين دقيقة
    # 24 - 7 - 2015، الساعة 10:00 مساء: a comma before الساعة ends the date, the clock time is its own row
    time_after = f"(?:\\s*(?:,\\s*(?!{w['time_word']})|-\\s*)?(?:{w['time_word']}\\s*)?{clock})?"
    # مساء يوم الجمعة 14 يوليو, مساء يوم 14 يوليو, مساء الأول من أغسطس: a part of the day belongs to the date.
    # يومي 25 و26 سبتمبر: the dual day word opens a list of days; one trie with يوم costs no second try.
    day_word_or_dual = whole_words([*lex.words["day_word"], *lex.words["day_word_dual"]])
    weekday_prefix = f"(?:{w['part_of_day']}\\s+)?(?:(?:{w['day_word']}\\s+)?{weekday}\\s*,?\\s*|{day_word_or_dual}\\s+)?"
    opener = f"(?:{w['range_open']}\\s+)?"
    one_weekday = f"(?:{w['part_of_day']}\\s+)?(?:{w['day_word']}\\s+)?{weekday}"
    # من اليوم الخميس وحتى الأحد القادم: a range's first end may be today with its weekday named
    first_weekday = f"(?:{w['part_of_day']}\\s+)?(?:(?:{w['day_word']}|{w['today']})\\s+)?{weekday}"
    weekday_opener = trie_alternation([*lex.words["range_open"], *lex.words["part_of_day"], *lex.words["day_word_dual"], *lex.words["day_word"], *lex.weekdays])
    date_part = f"{day_or_ordinal}\\s+(?:{w['of']}\\s+)?{month_x}(?:{year_after})?"
    range_end = f"(?:{weekday_prefix}{date_part}|{month_x}(?:{year_after})?)"
    # من مطلع يوليو حتى منتصف سبتمبر, بين أبريل ونهاية يونيو: an edge word stays with its month inside a range.
    # Only after من/بين: the edge is not tried at every bare month, and "الثلث الأخير من شهر يوليو حتى بداية
    # أغسطس" (a counted part, من "of") is no range.
    edged_range_end = f"(?:{weekday_prefix}{date_part}|(?:{w['edge']}\\s+)?{month_x}(?:{year_after})?)"
    # ما بين منتصف حزيران (يونيو) الماضي وبداية تموز, من 23 مارس الماضي وحتى ...: the first end may take its marker.
    edged_range_first = f"{edged_range_end}(?:\\s+{marker})?"
    # من 22 شوال وحتى 29 منه, من 3 أغسطس وحتى 8 من الشهر ذاته: a range's last end may be a day of the month its first end
    # names, named again by a pronoun or "the same month" (the reading gives the day that month)
    same_month_day = f"(?:{day}|{ordinal})\\s+{w['month_again']}"
    year_edge = f"(?:{w['edge']}\\s+)?(?:{year_named}\\s*)?"  # نهاية 2015, مطلع عام 2016
    edged_year = f"{year_edge}{year_num}"
    # 570 - 632 ميلاديا, بين 610 و632 ميلادية: a range's first old year takes its calendar word from the second
    old_year_before = f"(?<!\\d)\\d{{3}}(?=\\s*(?:-|{and_}|{w['range_to']})\\s*\\d{{3}}\\s*{old_year_word})"
    edged_first_year = f"{year_edge}(?:{year_num}|{old_year_before})"
    # منذ أواخر عام 2010 وحتى يونيو (حزيران) 2013, بين منتصف عام 2014 ومارس 2015: after a year a range may end on a
    # month whose year is written, which the year and the month read as one span of the text
    edged_month_year = f"(?:{w['edge']}\\s+)?{month_x}\\s*,?\\s*{year_link}?(?:{w['year_word']}\\s*)?{year_num}"
    # عام .2003, عام ،2013: a stray point, comma or dash typed between the year word and its number
    year_mark = "(?:(?<=\\s)(?:[,.]|-\\s*))?"
    def unit_end(clause_may_follow: bool) -> str:
        """The end of a lone unit word: not before a number (a year past a stray mark: منذ عام .2003), a month or a
        weekday, which name that date ("منذ عام 2011"), nor before ال opening a construct. With ``clause_may_follow``
        a relative pronoun may follow (قبل اسبوع الذي نسبته السلطات: after an indefinite unit it opens a clause on the
        event, not the unit's noun); after a definite unit it stays out (أقل من العام الذي قبله is a comparison)."""
        relative = "(?!(?:ذي|تي|ذين)(?!\\w))" if clause_may_follow else ""
        return f"(?!\\s*(?:\\d|{year_mark}\\d{{4}})|\\s+(?:{month}|{weekday}|ال{relative}))"

    indefinite_end = unit_end(clause_may_follow=True)
    # عقدٍ وأكثر (من الزمن): "and more" after the unit is in the span, not before another amount (عشرة أعوام وأكثر من
    # مئة قتيل, اقل من 4 أشهر وأكثر من شهر: a comparison of its own)
    unit_tail = f"(?:\\s+(?:{w['duration_tail']}|{w['more_tail']}(?!\\s+{w['of']}\\s+(?:\\d|{count_word}|{unit_any}))))?"
    not_period = f"(?!\\s+(?:{marker}|{w['recent']}))"
    # قبل أيام, بعد أسابيع: a plural unit without a count is a vague, unresolved count (not before the years it
    # names: بعد أعوام 2007 و2009, a list of years).
    plural_alone = whole_words(lex.plural_units)
    # بعد سنين وعقود, لسنوات وسنوات, استمرت سنوات وسنوات: a second bare plural joined by و belongs to the same vague count
    plural_pair = joined_pair(plural_alone)
    several = f"{w['several']}\\s+{plural_alone}"  # عدة سنوات, بضعة أيام
    plural_unit = whole_words("ال" + u for u, (_, alone) in lex.units.items() if alone in (None, 2) and " " not in u)
    # على مدى آلاف السنين القادمة, منذ عشرات (من) السنين: a vague multitude of a definite plural, its marker with it
    multitude = f"{w['multitude']}\\s+(?:{w['of']}\\s+)?{plural_unit}(?:\\s+{marker})?"
    # كأنها عشرات من السنين: alone, only of years or centuries (ملايين الساعات are as often watches, عشرات العقود
    # contracts) and before no other adjective (آلاف السنين الضوئية: light years)
    years_plural_unit = whole_words("ال" + u for u, unit in lex.plural_units.items() if unit in ("year", "century") and " " not in u)
    multitude_of_years = f"{w['multitude']}\\s+(?:{w['of']}\\s+)?{years_plural_unit}(?:\\s+{marker})?(?!\\s+ال)"
    # لمدة تقارب الستة أشهر, في الأيام الأربع, هذه الأعوام الأربعة: a definite count is how long, unless a marker, a
    # part (الأولى), من or more of the number follows (الستة أشهر الأولى من العام, الأشهر الثلاثة من يوليو, الأشهر
    # الخمسة عشر الماضية, السنوات السبع أو الثماني, السنوات الثلاث إلى الخمس); before its unit only after لمدة, قرابة,
    # منذ (ذات الخمسة أعوام is an age), after its plural only after في or a demonstrative (حرب الأيام الستة is a name)
    definite_number = f"(?:ال\\s*\\d+|ال{count_word})"
    definite_end = f"(?!\\s+(?:{w['of']}(?!\\w)|ال(?![يى]\\s)|و\\s*(?:ال)?{count_word}|او(?!\\w)|{w['range_to']}\\s+{definite_number}|عشر))"
    definite_count = f"(?:ال{count_word}\\s*{unit_any}|{plural_unit}\\s+ال{count_word}){definite_end}"
    # مشهد الدقائق التسع, الساعات الثلاث: minutes and hours counted by a unit number after their plural are how long
    # after any word (no war or event is named by them, as حرب الأيام الستة is; a ten after them is as often a point of
    # a timeline: * الدقائق العشرون: ...)
    short_plural = whole_words("ال" + u for u, unit in lex.plural_units.items() if unit in ("minute", "hour") and " " not in u)
    unit_number = whole_words(nums["unit"])
    # مدته أسبوعان, بالسجن عامين, غيابه يوم واحد: a dual or a unit with واحد counts a span on its own (not عقدين, contracts).
    dual_units = [u for u, (unit, alone) in lex.units.items() if alone == 2 and unit not in ("decade", "century")]
    # A dual after a dual noun is its adjective (مقرين عامين: two general headquarters), not a span.
    dual = whole_words(dual_units)
    # قرابة الشهر, منذ نحو الأسبوع, قبل قرابة العامين: an approximation before a definite week, month or year (one or
    # two); not السنة, also the Sunnis (أكثر من السنة)
    definite_singular = whole_words("ال" + u for u, (unit, alone) in lex.units.items()
                                    if alone == 1 and unit in ("week", "month", "year") and not u.endswith("ا") and u != fold_phrase("سنة"))
    approx_definite = f"(?:ال{dual}|{definite_singular}{unit_end(clause_may_follow=False)}){not_period}"  # after the approximation
    # ثلاث أو أربع سنوات, اربعة او خمسة ايام: two counts joined by أو before one unit are one amount
    # (a look at the word after the first count spares reading every count twice)
    count_or = f"(?:(?=\\S+\\s+{w['range_or']}\\s){count}\\s+{w['range_or']}\\s+)?"
    counted_amount = f"(?:{count_or}{count}\\s*{unit_any}{not_period}|{definite_count}|{unit_alone}{indefinite_end}|{several}|{multitude})"
    amount = f"(?:{w['approx']}\\s+(?:{approx_definite}|{counted_amount})|{counted_amount}){unit_tail}"
    # مطارات مصر تستقبل 100 ألف راكب خلال ساعات: a line break ends a title as its full stop ends a sentence
    clause_end = f"(?=\\s*(?:[^\\w\\s]|$)|[^\\S\\n]*\\n|\\s+{w['clause_next']})"
    # The two terms of a duration from one count to another (ما بين عامين إلى ثلاثة أعوام, لمدة 5 إلى 7 أيام)
    count_pair = f"(?:{count}(?:\\s*{unit_any})?|{dual})\\s*{join}\\s*{count}\\s*{unit_any}{not_period}{unit_tail}"
    # شهوراً, عقودا, أياما: an indefinite plural in the accusative is a vague duration on its own.
    vague_units = [u for u in lex.plural_units if u.endswith("ا")]
    # خلال ساعات قليلة, لعقود،: a vague plural count ending its clause, after an introducer or a joined ل; with its
    # adjective (على مدى عقود طويلة لم, ولسنين طويلة كان) it is one wherever the clause goes on. So before a verb
    # (على مدى سنوات يعني) or a joined ب/ل (خلال أيام لبحث, خلال أيام بفتح): no second term of a construct opens on
    # them, unless it is a month (خلال أيام تموز, أيام يوليو)
    clause_goes_on = f"(?=\\s+[بلتي])(?!\\s+{month})"
    plural_to_clause_end = f"{plural_pair}(?:\\s+{w['few_bare']}{unit_tail}|{clause_end}|{clause_goes_on})"
    # ساعات عدة, أعوام قليلة: a vague plural with its adjective is how long wherever it stands, as a word of its own
    # (not بسنوات قليلة after بعد ذلك, a time after an event), not the decade (عقود طويلة الأجل: contracts) and not
    # before مضت (حتى سنوات قليلة مضت: a time ago)
    plural_not_decade = whole_words(u for u, unit in lex.plural_units.items() if unit != "decade")
    plural_adjective = f"\\s+{w['few_bare']}(?!\\s+{w['part_ended']}){unit_tail}"
    plural_with_adjective = f"(?<![^\\Wو]){plural_not_decade}{plural_adjective}"
    # شهوراً طويلة, أياما عديدة: the accusative plural keeps its adjective as the other plurals do, but for the decade
    # (عقودا طويلة الأمد: contracts), checked after the match, where the word is known
    not_after_decade = "".join(f"(?<!{u})" for u, unit in lex.plural_units.items() if unit == "decade" and u in vague_units)
    vague_plural = f"{joined_pair(whole_words(vague_units))}(?:{not_after_decade}{plural_adjective})?"
    singular_units = [u for u, (_, alone) in lex.units.items() if alone == 1]
    # ربع ساعة, نصف قرن; خلال ربع الساعة: the hour and the minute also definite (ربع القرن, نصف الشهر are as often a part
    # of a named century or month), unless an adjective follows (نصف الساعة الأولى من المباراة: a part of a match) or و
    # joins the fraction to a longer span (خلال ساعة وربع الساعة)
    definite_short = whole_words("ال" + u for u, (unit, alone) in lex.units.items() if alone == 1 and unit in ("hour", "minute"))
    unit_for = whole_words(u for u, (unit, alone) in lex.units.items() if alone == 1 and unit != "decade")  # لعقد: "to hold"
    counted_alone = f"(?:(?={dual})(?<!ين )(?<!ان ){dual}|{whole_words(singular_units)}\\s+{w['one']}){not_period}{unit_tail}"
    # Plural or dual periods counted back or ahead: الأيام القليلة الماضية, الشهرين المقبلين, السنوات الـ35 الماضية;
    # and the decade (العقد المقبل, العقد الماضي: ten years next to publication, no period word of its own)
    decade_words = ["ال" + u for u, (unit, alone) in lex.units.items() if unit == "decade" and alone == 1 and not u.endswith("ا")]
    definite_decade = whole_words(decade_words)
    # السنوات الثلاث إلى الخمس المقبلة, الأعوام الـ8 أو الـ10 القادمة: two definite counts of one plural joined by أو or
    # إلى are one vague stretch (not before من: الأعوام السبعة أو الثمانية الأخيرة من عقد الثمانينات is a part of it)
    joined_counts = f"{plural_unit}\\s+{definite_number}\\s+(?:{w['range_or']}|{w['range_to']})\\s+{definite_number}\\s+(?:{marker}|{w['recent']})(?!\\s+{w['of']})"
    # الاثني عشر شهرا السابقة; الـ48 الساعة القادمة, الـ6 الأشهر الماضية: a definite count in digits may take a definite
    # plural, or the hour or the minute, as a count in words does (الثلاثة الأيام القادمة); not the year or the month
    # (المركز الـ420 العام الماضي: a rank, then the year of its own)
    periods = (
        f"(?:(?:ال{count_word}\\s+)?{plural_unit}(?:\\s+(?:{definite_number}|{w['few']}))?|(?:ال(?={count_word}))?{count}\\s*{unit_any}|ال\\s*\\d++\\s+(?:{plural_unit}|{definite_short})|{definite_decade})"
        # الأسابيع الأخيرة الماضية: both words of the past; الأيام الأربعة اللاحقة, الأعوام التالية, اليومين الأوليين:
        # units counted from an event, with no value of their own
        f"\\s+(?:{marker}|{w['recent']}(?:\\s+{marker})?|{w['sequence']})"
        # خلال الشهر الأخير, خلال العام الأخير: after خلال a singular period with الأخير is the stretch just before
        # publication, as الأشهر الأخيرة is (not before من: السنة الأخيرة من ولايتها counts a part of a term)
        f"|(?:{_right_after(lex.words['recent_within'])}){w['period']}\\s+(?:{w['last']}|{w['recent']})(?!\\s+{w['of']})"
        f"|{joined_counts}"
    )
    # عشرة أشهر من الاثني عشر شهرا السابقة: a count of the units of a period that follows is no span of its own
    not_share = f"(?!\\s+{w['of']}\\s+{periods})"
    holiday = f"(?:{w['holiday']}|{w['holiday_bare']})"
    # أيام العيد الثلاثة, أيام عيد الفطر المبارك الأربعة: the count of the feast's days is in its span
    feast_days = f"(?:\\s+{whole_words('ال' + word for word, value in nums['unit'].items() if value > 2)}(?!\\s+{whole_words(nums['teen'])}))?"
    season = whole_words(lex.seasons)
    # أمس الجمعة, اليوم (الجمعة), أمس الأول «الاثنين» (folded quotes are "); فجر اليوم (أمس), اليوم (أمس الخميس): a
    # bracketed relative day glosses the first (a quote's "today" said the day before) and gives the day meant
    day_opener = trie_alternation([*(word for role in ("part_of_day", "event_day", "today", "same_before", "day_word", "this") for word in lex.words[role]), *lex.relative_days])
    relday_named = f"{relday}(?:\\s*\\(\\s*(?:{relday}(?:\\s+{weekday})?|{weekday})\\s*\\)|\\s*\"\\s*{weekday}\\s*\"|\\s+{weekday})?"
    # الساعة الواحدة من ظهر أمس, العاشرة صباح اليوم: the time takes the day's value; السادسة من صباح اليوم التالي: a day
    # counted from an event (tried first, or اليوم alone would end the span), no value of its own
    day_named = f"(?:{w['event_day']}|{relday_named})"
    # هذا اليوم, يوم أمس: the words that may open a relative day, in its own row and after a clock time (الساعة الرابعة عصر
    # يوم أمس is one time row, as الساعة الرابعة عصر أمس)
    day_or_this = f"(?:(?:{w['day_word']}|{w['this']})\\s+)?"
    # بعد ذلك بعدة أيام: "that" and a joined ب between the counting word and its count
    counted_from_event = f"{w['event_that']}\\s+ب"
    # بالأمس مساءً, غدا صباحا: a part of the day as an adverb after the relative day is in its span (not "اليوم مساء
    # الخميس", the weekday's part of the day)
    day_adverb = whole_words(word for word in lex.words["time_of_day"] if " " not in word)
    day_part_after = f"(?:\\s+{day_adverb}(?!\\s+(?:{weekday}|{w['day_word']})))?"
    # الساعة 00:01 تغ ليل الاحد الاثنين: or a night of two weekdays, the clock time on one of them; الساعة الواحدة من
    # صباح الأحد, العاشرة من صباح يوم الجمعة الماضية: or one weekday (يوم before it) after its part of the day, unless a
    # date follows the weekday (صباح الأحد 26 يوليو is the date's row) or a dash (ليل الأحد - الاثنين, a night of two
    # days the weekday rule reads)
    part_of_day_on = f"\\s+(?:{w['of']}\\s+)?{w['part_of_day']}\\s+{day_or_this}{day_named}"
    on_day = (f"(?:\\s+(?:{w['of']}\\s+)?(?:{w['part_of_day']}\\s+)?{day_or_this}{day_named}"
              f"|\\s+(?:{w['of']}\\s+)?(?:{w['part_of_day']})\\s+(?:{w['day_word']}\\s+)?{weekday}(?:(?:\\s+|\\s*/\\s*){weekday}|(?!\\s*(?:,?\\s*(?:\\d|{word_day})|-)))(?:\\s+{marker})?)?")
    zoned_comma_clock = f"(?<![\\d.,])(?:[01]?\\d|2[0-3]),[0-5]\\d(?!\\d)\\s*{w['time_zone']}"
    clock_time = (
        f"(?:(?:{w['time_word']}\\s*)?{clock}"
        # الساعة 4.15 دقيقة مساء: the minutes' unit and the part of the day after it belong to the time
        f"|{w['time_word']}\\s*(?:[01]?\\d|2[0-3])[.,]?[0-5]\\d(?!\\d)(?:\\s+{minute_unit})?(?:\\s*{tod})?{zone}"
        f"|{w['time_word']}\\s+(?:[01]?\\d|2[0-3]|{hour_word})(?!\\d)(?:{minutes})?(?:\\s*{tod})?"
        # المواجهة الودية الثانية مساء اليوم: an hour word after a feminine noun (folded ة -> ه) is its ordinal adjective
        # الثامنة والنصف مساء, في 8 والنصف مساء: the minutes of an hour stand between it and its part of the day
        f"|(?<![/\\-–]\\s)(?<![/\\-–])(?:(?:[01]?\\d|2[0-3])(?!\\d)|(?<!ه ){hour_word})(?:{minutes})?\\s*{tod}"
        # (01,00 تغ), 4,01 بتوقيت غرينتش: a clock with a comma stands without الساعة only before its zone (a comma
        # between figures is mostly a decimal: 615,72 نقطة, 22,82%)
        f"|{zoned_comma_clock})"
    )
    holiday_prep = _right_after(lex.words["holiday_prep"])
    # شهر رمضان وعيد الفطر, نهاية الشهر الكريم وعيد الفطر: a feast joined by و to Ramadan shares its time (an epithet
    # only after Ramadan or الشهر: القرآن الكريم وعيد الفطر is no time)
    ramadan = [name for name, (cal, month, _) in lex.months.items() if cal == "hijri" and month == 9]
    ramadan_names = [*ramadan, *(f"{head} {e}" for head in [*ramadan, *lex.words["month_word"]] for e in lex.words["month_epithet"])]
    feast_joined = _right_after(ramadan_names, joint=" و")
    edge_or_part = whole_words([*lex.words["edge"], *lex.words["part_of_day"]])
    period_now = _right_after(lex.words["period_now_before"])
    # Not the name that ends in the same letters: مستشفى الطوال العام.
    period_within = _right_after(lex.words["period_within"], "(?<!ال)")
    # مرور, بمرور, but not the tail of another word (مضي in يمضي, a verb of lasting read by span_verb below)
    span_before = _right_after(lex.words["span_before"], "(?<![^\\Wوبلف])")
    # أمضى عاما وصفته, استمر سنوات رغم, مرت سنوات ودعت: after a verb of spending or lasting (not inside a word: مؤتمر
    # عام) a bare unit is how long when a particle, a joined verb or punctuation follows it; not before a construct's
    # second term, a second count or an adjective (يقضي أيام عيد الفطر, مرت سنة ونصف, يمر أسبوع آخر), and not after a
    # negation (لا يمر عام إلا: "never a year without", a habit, no extent)
    denied = "".join(f"(?<!{re.escape(word)} )" for word in lex.words["span_verb_denied"])
    span_verb = _right_after(lex.words["span_verb"], f"(?<!\\w\\w)(?<![^\\Wوف]){denied}")
    span_verb_end = f"(?:{clause_end}|{clause_goes_on}|(?=\\s+{w['span_verb_next']}(?!\\w))|(?=\\s+و(?!{unit_any}|نصف)\\w))"
    # أول تراجع في أسبوع, أعلى مستوى في شهر: a bare week or month after في is how long (not في عام شهد, a year meant)
    span_in = _right_after(lex.words["span_in"])
    week_or_month = whole_words(u for u, (unit, alone) in lex.units.items() if alone == 1 and unit in ("week", "month"))
    # بالسجن سنة, بحبس ... سنة مع الشغل: a prison term without a count
    prison = _right_after(lex.words["prison"])
    # لفترة لا تقل عن الأسبوعين, ما فوق الشهرين: a definite dual after a comparison's عن/فوق is how long (the comparison
    # word outside the span, as the gold rows write it)
    dual_after = _right_after(lex.words["dual_after"])
    bare_unit = trie_alternation(u for u, (_, alone) in lex.units.items() if alone in (None, 1))
    year_lookbehind = _right_after(lex.words["year_prep"])
    # The digits of a year (three or four) are looked at before the many lookbehinds of its prepositions.
    year_digits = "\\d{3,4}(?!\\d)"

    def digit_shape(shape: str) -> str:
        """A look that lets an alternative opening on a digit go on only where ``shape`` follows (most numbers are no date)."""
        return f"(?:(?!\\d)|(?={shape}))"

    # A day before its month (20 يوليو, 5 من شهر أغسطس): the only way a range of dates opens on a digit
    day_of_month = f"{day}\\s+(?:{w['of']}\\s+)?(?:{w['month_word']}\\s+)?{month}"
    # 5 أيام, 20 ألف عام: a count's number before its unit, or before a multiplier and then the unit (not at the many
    # "5 ملايين ريال", "20 ألف شخص")
    counted = digit_shape(f"\\d++\\s*(?:{thousand}\\s*)?{unit_any}")
    # 4 و5 تموز, 4 - 5 من شهر تموز, 30 أو 31 يوليو: a list of days opening on a digit (أو: either day, one row of both)
    day_join = f"(?:{join}|{w['range_or']})"
    year_or_edge = trie_alternation([*lex.words["year_word"], *lex.words["years_word"], *lex.words["edge"]])
    day_joined = digit_shape(f"{day}\\s*{day_join}")
    day_lookbehind = _right_after(lex.words["day_word"])
    since_before = _right_after(lex.words["since"])

    # Every range opens with one of these (or a digit): checked once instead of by each of its alternatives.
    range_words = [*lex.months, *lex.weekdays, *nums["ordinal"], *nums["named_day"], *(word for role in ("part_of_day", "day_word", "day_word_dual", "month_word", "year_word", "years_word", "edge")
                                                                                      for word in lex.words[role])]
    years_before_digits = f"|{w['years_plural']}(?=\\s+\\d)"  # أعوام, السنوات: frequent units, a range only before a year's digits
    # A year word opens a range only before its number or its epithet (عام 2010 وحتى 2015, العام المالي 2014/2015): not
    # at the many "العام الماضي", "عام على".
    year_word_tail = dict.fromkeys(lex.words["year_word"], f"(?!\\w)(?=\\s*\\d|\\s+{w['year_epithet']})")
    # After من/بين a range's first end opens with a digit, one of those words or a day's cardinal (من عشرة إلى عشرين
    # أغسطس): looked at in the same walk, so من before an ordinary word (من أجل, من الشهر) fails at once.
    first_end = {**dict.fromkeys(range_words, "(?!\\w)"), **year_word_tail, **_ARTICLE_BEFORE_DIGIT}  # a range's first end opens so
    after_open = trie_alternation([], tails={**first_end, **dict.fromkeys((word for kind in ("unit", "teen", "ten") for word in nums[kind]), "(?!\\w)")}) \
        + years_before_digits
    range_first = trie_alternation([], tails={**first_end, **dict.fromkeys(lex.words["range_open"], f"\\s+(?:\\d|{after_open})")}) + years_before_digits
    not_event = f"(?!{month}|{whole_words(p[2:] for p in lex.words['period'])})"
    event_noun = f"ال{not_event}\\w+"
    # عرضه, زيارتها: an event named by a noun with a possessive ending. A folded ة also reads as ه, so a word
    # followed by a definite noun or a year (زيارة الرئيس, دورة 2015: a construct) or a unit (سنة) is left out; a weekday may follow.
    # آخر أيام حياته, أول أيام عمره: the days of a life are no event.
    life = "|".join(lex.words["life_stem"])
    event_possessed = (f"(?!ال|{whole_words(singular_units)}(?!\\w)|{month}|(?:{life})(?:ه|ها|هم|هما)(?!\\w))\\w+(?:ه|ها|هم|هما)(?!\\w)"
                       f"(?!\\s+(?!{whole_words(lex.weekdays)})ال|\\s*\\d{{4}})")
    # عامه الثاني, يومه الأول, شهره الثالث: a unit counted in the life of what a masculine possessive names (a festival,
    # a camp, an outage); the feminine ها is as often a woman's age or a pregnancy (عامها السادس, شهرها التاسع)
    possessed_units = [u + "ه" for u, (unit, alone) in lex.units.items()
                       if alone == 1 and unit in ("day", "week", "month", "year") and u[-1] not in "اه" and " " not in u]
    possessed_count = f"\\s+(?:{ordinal}|الاخير)(?!\\w)"
    # للمهرجان: ل before the article; للعيد is the feast's day, which the holiday rule reads when it can
    feast_after_lam = whole_words(h[2:] for h in lex.words["holiday_bare"] if h.startswith("ال"))
    # A date opens with a digit or one of these words: one look spares the date and numeric rules' optional prefixes elsewhere.
    date_first = "(?=\\d|ال ?\\d|" + whole_words([*lex.words["part_of_day"], *lex.words["day_word"], *lex.weekdays, *nums["ordinal"],
                                                 *(word for kind in ("unit", "teen", "ten", "named_day") for word in nums[kind])]) + ")"
    # أغسطس 3, 2015 (a tweet's signature): English order, the day after the month, a comma before the year
    # أعوام 2015 و2016 و2017, الأعوام 2008، 2009، 2010: a list of years is one row however many it names (the gold
    # rules' "a list is one row")
    more_years = f"(?:\\s*(?:,|{and_})\\s*{year_num})*"
    # مواليد 1997 و1998م, كأس العالم 2010 و 2014م: years of our time or Hijri joined by و whose last carries its
    # calendar's letter are one list whatever word stands before them (the letter names them all years, as the dual عامي)
    lettered_years = f"(?<!\\d)(?:19|20|14)\\d\\d(?:\\s*{and_}\\s*(?:19|20|14)\\d\\d(?!\\d))+\\s*{suffix}"
    plural_years = f"{year_num}\\s*{join}\\s*(?:{w['year_word']}\\s*)?{year_num}{more_years}"
    # بين عامي 568 و645, بين عامي 1770 و1840, بين عامي 284 و246 قبل الميلاد, بين عامي (1517 - 1648م): after the dual
    # "two years" both numbers are years whatever their size or calendar word, the first of three figures too (an old
    # year elsewhere needs its calendar word); an era before Christ after the second closes the span
    dual_year = f"(?:{year_num}|(?<!\\d)\\d{{3}}(?!\\d))"
    dual_years = f"{dual_year}\\s*{join}\\s*(?:{w['year_word']}\\s*)?{dual_year}{more_years}(?:\\s*{w['before_christ']})?"
    english_order = "\\s+\\d{1,2}\\s*[,،]\\s*\\d{4}(?!\\d)"
    rules = {
        "range": f"(?=\\d|{range_first})(?:" + "|".join(
            [
                f"{day_joined}{opener}{weekday_prefix}(?:{day}|{ordinal})(?:\\s*{day_join}\\s*(?:{day}|{later_ordinal}))+\\s+(?:{w['of']}\\s+)?{month_x}{tail}",
                # من عشرة إلى عشرين أغسطس: a cardinal-word day in a range only after من/بين, so "خمسة وعشرين" stays one day
                # من 16 الى 23 /12 /1436هـ: the days before one month and year in figures
                f"{w['range_open']}\\s+(?:{day}|{day_count})\\s*{join}\\s*(?:{day}|{day_count})"
                f"(?:\\s+(?:{w['of']}\\s+)?{month_x}{tail}|\\s*/\\s*\\d{{1,2}}\\s*/\\s*\\d{{4}}(?!\\d)(?:\\s*{suffix})?)",
                # two dates, two months or one of each: بين سبتمبر 2016 و10 اكتوبر 2017
                # (never on a year word or an edge, which open other ranges: one look spares the two ends' openers there)
                f"(?!{year_or_edge})" + digit_shape(day_of_month) + spanning(range_end, f"(?:{range_end}|{same_month_day})", opened=(edged_range_first, f"(?:{edged_range_end}|{same_month_day})")) + tail,
                # منذ أواسط أبريل عام 2014 وحتى الـ24 من يوليو عام 2015: after منذ (outside the span, as before a month) the
                # first month keeps its edge word, as after من
                f"(?:{since_before})(?={w['edge']}\\s){edged_range_first}\\s*{strict_join}\\s*{edged_range_end}{tail}",
                # نوفمبر او ديسمبر القادمين; أغسطس وسبتمبر 2015, أشهر إبريل ومايو ويونيو (a list of months): the first
                # month is read once for both
                f"{month_x}(?:\\s*(?:,|{and_}|{w['range_or']})\\s*{month_x}\\s+{dual_marker}|(?:\\s*{and_}\\s*{paired})+{tail})",
                f"(?:{year_named}\\s*)?\\d{{4}}\\s*[/_]\\s*\\d{{4}}(?!\\d)(?:\\s*{suffix})?",  # a season or school year: 2015/2016, العام 2014 / 2015, 2015 _ 2016
                f"{opener}(?:{w['years_word']}\\s+(?:\\(\\s*{dual_years}\\s*\\)|{dual_years})|{w['years_plural']}\\s+{plural_years})",  # عامي 2008 وعام 2009
                digit_shape(year_digits) + spanning(edged_first_year, f"(?:{edged_year}|{edged_month_year})"),  # من 1978 وحتى 2012, بين نهاية 2015 ومطلع 2016
                f"(?={year_digits})(?:(?:{year_lookbehind}){year_num}\\s*{and_}\\s*{year_num}{more_years}|{lettered_years})",  # في 2009 و2010, في 1924 و1925 و1929, مواليد 1997 و1998م
            ]
        ) + ")",
        "date": f"{date_first}{weekday_prefix}(?:{day_before_month}(?:{w['of']}\\s+)?{month_x}{tail}"
        f"|(?:{day}|{ordinal})\\s+{w['of']}\\s+(?:{w['this']}\\s+)?{month_period}(?:\\s+{marker}|\\s+{w['same']})?"
        f"|(?=\\d{{1,2}}\\s)(?:{year_lookbehind}|{day_lookbehind})\\d{{1,2}}(?!\\d)\\s+{month_marker}){time_after}",
        "numeric": f"{date_first}{weekday_prefix}(?:\\d{{1,2}}\\s*(?P<sep>[./\\\\-])\\s*\\d{{1,2}}\\s*(?P=sep)\\s*\\d{{4}}|\\d{{4}}(?P<sep2>[./\\\\-])\\d{{1,2}}(?P=sep2)\\d{{1,2}})(?!\\d)"
        f"(?:\\s*{suffix})?{time_after}"
        # 30 -10 من هذا الشهر, 20/7 لهذا العام: a day and month in figures, the month or year given in words
        f"|\\d{{1,2}}\\s*[/-]\\s*\\d{{1,2}}(?![\\d/-])\\s+(?:{w['of']}\\s+|ل)(?:{w['this']}\\s+(?:{month_period}|{year_period})|(?:{month_period}|{year_period})\\s+{marker})",
        # بعد ذلك بعدة أيام, قبل ذلك بعامين: a count joined by ب after "that" (counted from the event told before; not a
        # plural without a count, بعد ذلك بسنوات قليلة, left out by the development rows)
        # بعد نصف عقد, منذ ربع قرن: a fraction of one unit is counted too (not على بعد نصف قرن, a distance in time)
        "ago": f"(?:{w['ago']}|{w['since']}|{w['after']})\\s+(?:{amount}|{plural_pair}(?!\\s*\\d)(?:\\s+{w['few_bare']})?"
        f"|(?<!علي بعد )(?:{w['approx']}\\s+)?{w['fraction']}\\s+{whole_words(singular_units)}(?!\\s*\\d){unit_tail})(?:\\s+{w['from_now']})?"
        f"|(?:{w['ago']}|{w['after']})\\s+{counted_from_event}{amount}",
        # A count of days, weeks or months is a duration even without لمدة; a count of years may be an age,
        # which the reading rejects.
        # في غضون أشهر, خلال ساعات قليلة: an introducer before a vague plural count is a duration too, unless a
        # noun follows the plural that it is the construct of (خلال أيام التداول, خلال أيام إجازة العيد).
        # بالسجن بين 10 أعوام إلى 20 عاما, ما بين 7 و 8 اعوام, ما بين عامين إلى ثلاثة أعوام, خلال ستة إلى سبعة أشهر: two
        # terms joined after من/بين or a duration's opener are one duration (not أكثر من مائة وعشرة أعوام: one number
        # after a comparative)
        "duration": f"{w['range_open']}(?<!اكثر من)(?<!اقل من)\\s+{count_pair}|(?:{w['duration']})\\s+(?:{count_pair}|{amount}|{plural_to_clause_end})|(?:{w['approx']}\\s+)?{count_or}{count}\\s*{unit_any}{not_period}{not_share}{unit_tail}|{w['approx']}\\s+(?:{unit_alone}{indefinite_end}|{approx_definite}){unit_tail}|(?:(?:(?<=في )|(?<=هذه )|(?<=تلك )){plural_unit}\\s+ال{count_word}|{short_plural}\\s+ال{unit_number}){definite_end}"
        f"|{vague_plural}|{multitude_of_years}|(?<=ل)(?:{unit_for}{indefinite_end}{unit_tail}|{plural_to_clause_end})|{counted_alone}"  # لأسبوع, لعقود،: "for a week", "for decades"
        # The bare-unit spans below all open on a unit word: one look at it spares their lookbehinds elsewhere.
        f"|{several}|(?={bare_unit})(?:{plural_with_adjective}|(?:{span_before})(?:{plural_pair}{clause_end}|{whole_words(singular_units)}(?:(?=\\s+{w['span_on']})|{clause_end}))|(?:{span_verb})(?:{plural_pair}|{whole_words(singular_units)}){span_verb_end}"  # سوى ساعات، مرور عام على، بعد مرور شهر،
        f"|(?:{span_in}){week_or_month}{indefinite_end}{unit_tail}|(?:(?:{prison}){whole_words(singular_units)}|{whole_words(singular_units)}(?=\\s+{w['prison_tail']})){indefinite_end})"
        f"|(?:{dual_after})ال{dual}{not_period}{unit_tail}"
        f"|(?:{w['throughout']})\\s+{w['time_alone']}"  # طوال الليل: throughout a part of the day is how long, طوال in the span
        f"|(?:(?:{w['duration']}|{w['approx']})\\s+)?(?<!كل )(?:{w['fraction']}\\s+{whole_words(singular_units)}|(?<!و){w['fraction']}\\s+{definite_short}(?!\\s+ال)){unit_tail}",  # لمدة ربع ساعة, نصف قرن; not كل ربع ساعة
        # A bare four-digit number last: the reading keeps it only where its neighbours make it a year.
        # العام الحالي 2015م, السنة الماضية 1435هـ: a marked year with its number is that year (not an amount: العام
        # الماضي 1000 يورو); so is "العام الذي سبقه 2013", the year before the one named last written out
        # العام 612 قبل الميلاد, (سنة 3500 ق.م): a year before Christ, its own group tried first (a bare 586 is no year
        # of ours, and عام 1998 alone would end the span before قبل الميلاد); only after its year word, as a bare
        # number before Christ is mostly an end of a range (65 ق.م - 4 ق.م, بين عامي 284 و246 قبل الميلاد)
        "year": f"(?P<before_christ>{w['year_word']}\\s*\\d{{1,4}}(?!\\d)\\s*{w['before_christ']})|"
        f"(?P<short_year>{short_year})|"
        f"(?:{same_month}|{part_edge}{edge})(?:(?:(?:{w['this']}\\s+)?{year_named}|{year_period}\\s+(?:{marker}|{w['marker_before_it']})(?=\\s*(?:19|20|14)\\d\\d(?!\\d)(?!\\s*{w['year_not_next']})))\\s*{year_mark}{year_num}(?!\\s*/\\s*\\d|\\s*[-–]\\s*(?:19|20|14)\\d\\d(?!\\d))|\\d{{4}}\\s*{suffix})|{part_edge}{edge_words}{year_num}|(?={year_digits})(?:{year_lookbehind}){year_num}|\\d{{4}}(?!\\d)"
        # بداية الستينات, عقد الخمسينات من القرن الماضي, الثمانينات الميلادية: a decade of the twentieth century (its own
        # group inside the year rule, tried last: no rule of its own to look at every word); not an age (في الستينات من
        # عمره), degrees (الخمسينات المئوية) nor a decade of another century or calendar (من القرن التاسع عشر, الهجرية)
        f"|(?P<decade>{edge}(?:(?:{w['decade_word']}\\s+)?{whole_words(nums['decade'])}(?:\\s+{w['decade_tail']}|(?!\\s+{w['decade_not_next']}))"
        f"|{whole_words(construct_decades)}\\s+{w['decade_construct_tail']}))",
        # اليوم الأخير من شهر رمضان, الأسبوع الأول من رمضان, العشر الأواخر من رمضان: a counted day, week or ten days of a named month
        "month": f"(?:(?:(?:{w['today']}|{week})\\s+(?:{ordinal}|{last})|{tenth})\\s+{w['of']}\\s+)?{edge}{month_x}(?:{english_order}|(?:\\s+{w['month_epithet']})?{tail})",
        # A holiday named without its year: after a period word (فترة العيد, أيام إجازة عيد الفطر), a day of it
        # (اليوم الأول لعيد الفطر) or a time preposition (قبل عيد الأضحى); "احتفال بعيد الفطر" names the feast, not a time.
        # صباح يوم العيد, صباح عيد الفطر: a day named by its feast after a part of the day (a bare يوم العيد is mostly
        # the feast in general: يوم العيد هو يوم الجوائز, and so is a bare صباح العيد in a feature on customs: "يحمل صباح
        # العيد صحن الأكل"); not the national day (يوم العيد الوطني)
        "holiday": f"(?:(?:{edge_or_part}\\s+)?(?:{w['holiday_day']}\\s+(?:ل|{w['of']}\\s+)?|(?:{w['holiday_period']}\\s+)+)"
        f"{holiday}|{w['part_of_day']}\\s+(?:{w['feast_day']}\\s+{holiday}|{w['holiday']})|(?={holiday})(?:{holiday_prep}|{feast_joined}){holiday})"
        f"(?!\\s+{w['feast_not_next']})"
        f"(?:\\s+{w['month_epithet']})?{feast_days}(?:\\s+{marker})?",  # أيام العيد الماضية: the marker belongs to the feast
        # اليوم الأول من المهرجان, اليوم الأخير من الدورة: a day counted in an event (not a month, a period or a feast: date, holiday)
        # اليوم الثاني من زيارته: or the event as a noun with a possessive ending (a folded ة reads as ه, so ته)
        "eventday": f"{w['today']}\\s+(?:{ordinal}|الاخير)\\s+(?:(?:(?:{w['of']}\\s+|ل){event_noun}|لل(?!{feast_after_lam}){not_event}\\w+)(?:\\s+{w['ordinal_feminine']})?|{w['of']}\\s+(?<=من )(?!{month})\\w+(?:ته|ها|هم)\\b)"
        # ثاني أيام البطولة, آخر أيام المعرض: a counted day of a definite event (not a feast, a month or a period)
        f"|{whole_words(d for d in lex.words['holiday_day'] if d.endswith(' ايام'))}\\s+(?!{holiday})(?:{event_noun}|{event_possessed})"
        f"|{w['today']}\\s+{ordinal}\\s+{w['event_day_epithet']}"  # اليوم السابع الختامي: the closing day of the event the text names
        f"|{whole_words(possessed_units)}{possessed_count}",
        # اليوم التالي, الأسبوع التالي: counted from an event the text dates elsewhere, if at all.
        # as with weekdays below, one look at the opening word spares the alternatives elsewhere
        "day": f"(?={day_opener})(?:(?:{w['part_of_day']})\\s+)?(?:{w['event_day']}|{w['today']}\\s+{w['same']}|{w['same_before']}\\s+{w['today']}|{day_or_this}{relday_named}{day_part_after})",  # اليوم نفسه, ذات اليوم, هذا اليوم
        # العام المالي الماضي: a fiscal or school year's epithet stands between the year word and its marker; العام المالي
        # الجديد: a fiscal year's الجديد marks it too (one the text does not bound; العام الجديد alone is New Year)
        "period": f"(?:{same_month}|{part_edge}{edge})(?:{w['period']}(?:(?:\\s+{w['year_epithet']})?\\s+(?:{marker}|{w['marker_before_it']})|\\s+{w['fiscal_year_new']}(?!\\w))|{season}\\s+{marker}|{w['this']}\\s+(?:{w['period']}|{season}))"
        # مطلع العام, الربع الثاني من العام: this year's, but not العام المالي/الدراسي or العام 2014
        f"|(?:{w['edge']}\\s+)?{edge_words}{year_period}(?!\\s+(?:ال\\w+يه?(?!\\w)|{w['of']}\\s|{w['same']})|\\s*\\d)"
        # مطلع الأسبوع, منتصف الشهر: this week's or month's (not عطلة/عطلات نهاية الأسبوع, the weekend)
        f"|(?<!عطله )(?<!عطلات ){w['edge']}\\s+{short_period}(?!\\s+(?:ال|{w['of']}\\s|{w['same']})|\\s*\\d)"
        # الربع الحالي, الربع الماضي: a quarter of the year against publication (not الربع السابق, of a comparison)
        f"|{w['quarter']}\\s+(?!{w['marker_previous']}){month_marker}"
        # الربع الثاني الذي انتهى: before a relative pronoun only when the clause says the part has ended
        f"|(?:{w['edge']}\\s+)?{year_part}(?<!الاخيره)(?!\\s*(?:{w['of']}|ل|ال(?!(?:ذي|تي)\\s+{w['part_ended']})|\\d{{4}}(?!\\d)))"  # في النصف الأول, ربح الربع الثاني: this year's; نهاية الربع الثاني من العام
        # صيف العام الماضي, صيف 2014: the season of a year
        f"|{season}\\s+(?:{year_period}\\s+{marker}|{w['this']}\\s+{year_period}|(?:{w['year_word']}\\s*)?\\d{{4}}(?!\\d))"
        # في وقت سابق من الشهر, لينهي الأسبوع; خلال الأسبوع، (before a mark) and خلال الأسبوع مقارنة, خلال الأسبوع الى (a
        # week before an indefinite word or a preposition; طوال العام من, خلال الشهر من are habits): a bare period is the current one.
        f"|(?={w['period']})(?:(?:{period_now}){w['period']}|(?:{period_within})(?:{w['period']}(?=\\s*[^\\w\\s])|{week}(?=\\s+(?:{w['clause_next']}|(?!ال|{w['same']})[^\\W\\d]))))",  # the cheap word first
        "periods": periods,
        # من الأحد إلى الخميس, بين يوم السبت والاثنين: the words of a range are in its span, as with dates
        # Every reading opens on one of these words: one look spares the four alternatives elsewhere.
        "weekday": f"(?={weekday_opener})(?:{w['range_open']}\\s+{first_weekday}\\s*{join}\\s*{one_weekday}|(?:{w['part_of_day']})\\s+{weekday}(?:\\s+|\\s*/\\s*){weekday}|(?:{w['part_of_day']}\\s+)?(?:(?:{w['day_word_dual']}|{w['day_word']})\\s+)?{weekday}\\s*{and_}\\s*{weekday}|{one_weekday})(?:\\s+{marker})?",
        # بين الساعة التاسعة مساء ومنتصف الليل, من الواحدة ظهرا حتى العاشرة مساء: one range of one day
        # من الساعة السابعة مساء وحتى السادسة من صباح اليوم التالي: the second hour may take its part of the day after من
        "times": f"{w['range_open']}\\s+{clock_time}\\s*{join}\\s*(?:(?:{clock_time}|{w['time_named']}){on_day}|{hour_word}(?:{minutes})?{part_of_day_on})",
        # الثامنة والربع صباح أمس, الواحدة من ظهر أمس: an hour word with its minutes or من before a part of a relative day
        "time": f"{clock_time}{on_day}|{hour_word}(?:{minutes}\\s+(?:{w['of']}\\s+)?|\\s+{w['of']}\\s+){w['part_of_day']}\\s+{day_or_this}{day_named}"
        # في السادسة غدا, في الثامنة صباح أمس (not المباراة الثانية غدا, دورتها الثالثة امس: ordinals)
        f"|(?=\\w+\\s+(?:{w['part_of_day']}\\s+)?{relday})(?:{year_lookbehind}){hour_word}\\s+(?:{w['part_of_day']}\\s+)?{relday_named}"
        f"|(?:{hour_word}\\s+{w['around_named']}\\s+)?{w['time_named']}"
        f"|{w['hours_word']}\\s+{w['part_of_day_defined']}\\s+{w['hours_edge']}(?!\\s+(?:{w['of']}|{relday}))"  # ساعات الفجر الأولى: a time of no day the text gives (أمس, من صباح الاثنين: the day's row)
        # خلال الليل, فترة المساء: a part of the day alone (not خلال النهار: the daytime of no day, left out by the
        # development rows, while خلال الليل is most often the night before a wire story's day)
        f"|(?={w['time_within']})(?:{period_within}){w['time_within']}|{w['time_period']}"
        # بعد الظهر with no day; not after ما or من, where it ends a longer phrase (ساعات ما بعد الظهر, الثانية و55
        # دقيقة من بعد الظهر, النومات الصباحية وما بعد الظهر)
        f"|(?<!ما )(?<!من ){w['afternoon']}",
    }
    # At a number (most numbers of a text are no date) the rules that open on a word fail at once.
    opening = {name: "(?!\\d)" for name in WORD_FIRST_RULES} | {
        # a date's number is its day, before a space or a letter (14يوليو); a date in figures has its separator after one or two digits or four
        "date": digit_shape("\\d{1,2}(?:\\s|[^\\W\\d])"), "numeric": digit_shape("\\d{1,2}\\s*[./\\\\-]|\\d{4}[./\\\\-]"),
        # a count's number before its unit or multiplier; a clock time's hour before its colon, its part of the day
        # or the و of its minutes (8 والنصف مساء)
        "duration": counted, "periods": counted, "time": digit_shape(f"\\d{{1,2}}(?:\\s*:|(?!\\d)\\s*(?:{tod}|و)|,\\d\\d\\s*{w['time_zone']})")}
    # Each of these rules opens with a digit, ال and a digit, or a word that starts with one of its words: one look
    # spares its alternatives and their lookbehinds at the other words. (Not the duration rule: its words, من and
    # the units among them, open most candidates, and the look cost more than it spared.)
    number_words = [word for kind in ("unit", "teen", "ten", "hundred", "thousand") for word in nums[kind]]
    edges = [*lex.words["edge"], *lex.year_parts]
    opening_words = {
        "year": [*edges, *lex.words["decade_word"], *nums["decade"], *construct_decades, *(word for role in ("period", "this", "year_word") for word in lex.words[role])],
        "month": [*edges, *lex.months, *(word for role in ("today", "period", "tenth_1", "tenth_2", "tenth_3", "month_word") for word in lex.words[role])],
        "period": [*edges, *lex.seasons, *lex.words["period"], *lex.words["this"], *lex.words["quarter"]],
        "periods": [*("ال" + u for u in lex.units), *number_words, *("ال" + word for word in number_words)],
        "time": [*nums["hour"], *(word for role in ("time_word", "time_named", "time_alone", "time_period", "afternoon", "hours_word") for word in lex.words[role])],
        # اليوم الثاني, ثاني أيام, عامه الثاني: one look at the opening word, else each of the rule's four branches is tried at every candidate
        "eventday": [*lex.words["today"], *(d for d in lex.words["holiday_day"] if d.endswith(" ايام")), *possessed_units],
    }
    opening_look = {name: f"(?=\\d|{trie_alternation(words, tails=_ARTICLE_BEFORE_DIGIT)})" for name, words in opening_words.items()}
    alternatives = "|".join(f"(?P<{name}>{opening.get(name, '')}{opening_look.get(name, '')}(?:{rules[name]}))" for name in RULES)
    # Every rule starts with a digit or one of these words; checking that first (one trie) spares the
    # engine from trying the rules at each of the many words that cannot start a date. Openers (من, هذا,
    # بعد, خلال, نحو, ...) are frequent and never a date alone: they pass only before a digit, a core
    # word or another opener (من 4 الى 6, منذ اكثر من 60 عاما), which rejects most of them at once.
    core_roles = ("event_day", "day_word", "day_word_dual", "month_word", "time_named", "holiday", "holiday_bare", "holiday_day",
                  "year_word", "years_word", "period", "time_word", "time_alone", "time_period", "afternoon")
    opener_roles = ("decade_word", "same_before", "fraction", "range_open", "this", "ago", "since", "after", "duration", "approx", "several", "edge", "part_of_day", "holiday_period")
    core_words = {
        *lex.months, *lex.year_parts, *lex.weekdays, *lex.relative_days, *lex.seasons, *nums["ordinal"], *nums["hour"], *nums["decade"], *construct_decades,
        *(word for kind in ("unit", "teen", "ten", "hundred") for word in nums[kind]),
        *("ال" + word for kind in ("unit", "teen", "ten") for word in nums[kind]),
        *("ال" + u for u, (_, alone) in lex.units.items() if alone in (None, 2)), *lex.units,
        *(word for role in core_roles for word in lex.words[role]),
    }
    opener_words = {word for role in opener_roles for word in lex.words[role]} - core_words
    core_or_opener = f"\\d|{_whole_words_or_article_digit(core_words | opener_words | set(nums['thousand']) | set(lex.words['multitude']))}|{counted_from_event}"  # منذ ألف عام, منذ مئات السنين
    # One trie for both lists: a core word must end there, an opener must have one of those after it.
    opener_tail = f"\\s+(?:{core_or_opener})"
    # من, بين open a range of days, dates, years, weekdays, counts or times: of the openers only a part of the
    # day (من صباح) or an edge (بين نهاية 2015) follows them, never من خلال or من قبل.
    first_of_month = {word: f"\\s+{month}" for word in nums["named_day"]}  # من أول يناير, in the same trie walk
    range_opener_tail = f"\\s+(?:\\d|ال\\s*\\d|(?:{trie_alternation(core_words | {*lex.words['part_of_day'], *lex.words['edge']}, tails=first_of_month)})(?!\\w))"
    # ألف عام, المائة عام المقبلة: a multiplier or a definite hundred opens only before its unit ("مليون دولار",
    # "في المائة" are frequent and never a date)
    counted_only = {word: f"(?=\\s+{unit_any})" for word in [*nums["thousand"], *("ال" + word for word in nums["hundred"])]}
    # كأنها عشرات من السنين: a multitude opens a duration alone, only before its plural of years ("آلاف الأشخاص" is
    # frequent and never one)
    # (آلاف, ملايين also multiply a unit: بضعة آلاف سنة, so both looks)
    multitude_first = {word: f"(?:(?=\\s+(?:{w['of']}\\s+)?{years_plural_unit}){'|' + counted_only[word] if word in counted_only else ''})"
                       for word in lex.words["multitude"]}
    # العقد opens only before its marker (العقد الماضي): alone it is as often a contract
    decade_first = {word: f"(?=\\s+{marker})" for word in decade_words}
    # الربع opens a fraction before a core word (الربع ساعه) and a quarter of the year before its marker (الربع الحالي)
    quarter_first = {word: f"(?:{opener_tail}|(?=\\s+{marker}))" for word in lex.words["quarter"]}
    first_word = trie_alternation([], tails={
        **{word: "(?![^\\W\\d])" for word in core_words}, **{word: opener_tail for word in opener_words}, **counted_only,
        **{word: range_opener_tail for word in lex.words["range_open"] if word in opener_words},
        **first_of_month, **multitude_first, **decade_first, **quarter_first, **_ARTICLE_BEFORE_DIGIT,
        **{word: f"(?={possessed_count})" for word in possessed_units}})
    first = f"(?=\\d|{first_word})"
    # The clitic is tried last so that words beginning with those letters (لمده) are tried whole first;
    # ب and ل only stand before the article, a number, شهر, عام, هذا or a duration's opener (بالامس, لشهر يوليو, بعام 2013,
    # لثلاث سنوات, لعدة أشهر, لهذا الاسبوع, برمضان, بمدة شهر, لعقود, بإجازة العيد), never before another bare word (لامس is
    # a verb, باب a door).
    before_noun = trie_alternation(
        ["ال", *(m for m in lex.months if len(m) > 3), *lex.words["month_word"], *lex.words["this"], *(y for y in lex.words["year_word"] if not y.startswith("ال")),
         *lex.words["holiday_period"],
         *lex.words["edge"], *lex.words["approx"], *lex.words["several"], *lex.words["duration"], *singular_units, *dual_units, *lex.plural_units,
         *(word for kind in ("unit", "teen", "ten") for word in nums[kind])]
    )
    # The pattern starts by consuming the character before the expression (a space or a mark) rather than
    # looking behind: a leading character class lets the engine skip through words in C. Search
    # " " + text so that an expression at the very start has one too.
    # A year preposition written joined to its year (ولد في1909, منذ1961) is left out like a clitic. Not a fused
    # للعام: never seen joined to its digits (0 of 3,000 development articles), and a branch opening on ل would be
    # tried at every word that does.
    joined_prep = f"{trie_alternation(p for p in lex.words['year_prep'] if not p.startswith('لل'))}(?=\\d{{4}}(?!\\d))"
    # و/ف alone, then و/ف with ب/ل, then ب/ل alone, then a joined preposition (the order of "[وف]|[وف]?[بل]|..."), each
    # branch opening on a letter the engine tests before entering it: most words open with none of them.
    with_lam_or_ba = f"[بل](?=\\d|{before_noun})"
    # "(?:|X)" tries X only after the empty branch failed, as "X??" would, at less cost per position: a branch
    # needs none of the lazy repeat's bookkeeping at each of the text's word starts.
    clitic = f"(?:[وف](?:|{with_lam_or_ba})|{with_lam_or_ba}|{joined_prep})"
    search = re.compile(f"{_NON_WORD}(?:|{clitic}){first}(?:{alternatives})(?!\\w)")
    # وديسمبر الماضي, سبتمبر (أيلول) القادمة: a month's name as a whole word (the search's opening and clitics, not
    # "اب" in الكتاب) before a marker of one step, a bracketed second name between them. The markers are found first
    # (their trie opens on the literal ال, which the engine scans for fast) and the month is looked for right before
    # each: a pattern opening on the month would be tried at every word of the article. A day's figures typed against
    # the name (14يوليو المقبل) open it too, as they open a date (day_before_month); a year's four do not (2015يوليو).
    step_marker = re.compile(whole_words(m for m, offset in lex.markers.items() if offset in (-1, 1)))
    marked_month = re.compile(f"(?:{_NON_WORD}(?:|{clitic})|(?<!\\d\\d)\\d)({month})(?:\\s*\\(\\s*[^()]{{2,20}}\\))?\\s+$")

    # أول/آخر only before a month ("منذ آخر ستة أشهر" counts six) and never inside a word (أواخر مايو, not و + آخر):
    # looked behind from the word's end, so the words stay in the number trie's one walk.
    named_day_lexeme = {word: f"(?<!\\w\\w{'.' * len(word)})(?=\\s+{month})" for word in nums["named_day"]}
    lexeme_patterns = {
        "relday": relday,
        "month": month,
        "weekday": weekday,
        "ordinal": ordinal,
        "hour": trie_alternation(nums["hour"]),
        "numword": trie_alternation([*nums["unit"], *nums["teen"], *nums["ten"], *nums["hundred"], *nums["thousand"]], tails=named_day_lexeme),
        "unit": unit_any,
        "marker": marker,
        "period": trie_alternation(lex.words["period"]),
        "season": trie_alternation(lex.seasons),
        "this": w["this"],
        "suffix": f"(?:{w['year_suffix_gregorian']}|{w['year_suffix_hijri']})",
        "number": r"\d+",
    }
    # Values may follow a clitic (وعشرين, بالامس), a suffix may touch its year (2015م), a year its suffix or its month (نوفمبر1952).
    lexemes = re.compile(
        "(?:(?<!\\w)|(?<=[وب\\d])|(?<=ال)|(?=\\d))(?:"
        + "|".join(f"(?P<{k}>{lexeme_patterns[k]})" for k in LEXEMES)
        + ")(?:(?<=\\d)(?!\\d)|(?!\\w)|(?=\\d))"
    )
    return Grammar(search, lexemes, step_marker, marked_month)


@lru_cache(maxsize=4)
def grammar_for(lex: Lexicon | None = None) -> Grammar:
    """The compiled grammar of ``lex`` (default: the bundled lexicon), built once."""
    return build_grammar(lex if lex is not None else load_lexicon())
