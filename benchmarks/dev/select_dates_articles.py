"""Choose the development articles of the dates layer from SaudiNewsNet and write dates-articles.jsonl.

Drawn only from the development split (the zips of 2015-07-21 to 2015-08-04),
never from the test split that holds the gold set (benchmarks/gold/).

Selection: political news (Syria, Yemen, Iran, Iraq, the Gulf, ...) of 100 to
330 words whose text holds date words of at least two different families
(a month name, a relative day, a marked period, a Hijri year, a count of days,
weeks, months or years), a fixed random sample (seed 2015) of at most 3
articles per newspaper, 30 in all (n = 1..30, the first round). A second round
(n = 31..54) adds a fixed sample (seed 2016) of at most 2 more articles per
newspaper from the remaining eligible ones, 24 in all; a third round
(n = 55..80) adds a fixed sample (seed 2017) of at most 3 more articles per
newspaper among the remaining ones that also hold one of the rarer forms
(holidays, seasons, national days, nights, event-day counts, numeric dates),
26 in all. A fourth round (n = 81..108) adds a fixed sample (seed 2018) of at
most 3 more articles per newspaper among the remaining ones that hold forms of
two families the first three rounds left weak (holidays, named events, counted
event days, four-digit numbers without عام), 28 in all. A fifth round (n = 109..133)
adds a fixed sample (seed 2019) of at most 3 more articles per newspaper among
the remaining ones with at least one date word of any family (not steered
toward any form: an estimate of unseen quality), 25 in all; a sixth round
(n = 134..158) draws the same way with seed 2020, 25 more, and a seventh
(n = 159..183) with seed 2021, 25 more, and an eighth (n = 184..208) with seed
2022, 25 more, and a ninth (n = 209..233) with seed 2023, 25 more, a tenth (n = 234..258) with
seed 2024, 25 more, and an eleventh (n = 259..283) with seed 2025, 25 more. A twelfth round (n = 284..308, seed
2026, at most 7 per newspaper) widens what is seen: only articles of the days and newspapers the first eleven rounds
drew least (days with at most 20 articles of the 283, newspapers with at most 25). A thirteenth round (n = 309..333)
draws as the fifth to eleventh did, with seed 2027 (at most 3 per newspaper, any date word: an estimate of unseen
quality). A fourteenth round (n = 334..343) draws the same way with seed 2028, 10 articles, and a fifteenth
(n = 344..358) with seed 2029, 15 articles. A sixteenth round (n = 359..373, seed 2030, at most 4 per newspaper)
widens coverage again: only the four newspapers the first fifteen rounds drew least (at most 30 of 358). A seventeenth
round (n = 374..393) draws as the fifth to eleventh did, with seed 2031, 20 articles, an eighteenth (n = 394..413)
with seed 2032, 20 articles, a nineteenth (n = 414..433) with seed 2033, 20 articles, a twentieth (n = 434..453) with seed 2034, 20
articles, a twenty-first (n = 454..473) with seed 2035, 20 articles, a twenty-second (n = 474..493) with seed 2036,
20 articles, a twenty-third (n = 494..513) with seed 2037, 20 articles, and a twenty-fourth (n = 514..533) with
seed 2038, 20 articles. A twenty-fifth round (n = 534..553) is drawn like the gold set (benchmarks/gold/select_articles.py)
on the development split, not by date words: political news with a quotation mark and 120 to 650 words, a fixed sample
(seed 2039) of at most 4 articles per newspaper among those no earlier round holds, 20 articles; a twenty-sixth (n = 554..573) the same way with seed 2040, and a
twenty-seventh (n = 574..593) with seed 2041, a twenty-eighth (n = 594..613) with seed 2042, a twenty-ninth (n = 614..633) with seed 2043, a thirtieth
(n = 634..648) with seed 2044, 15 articles, a thirty-first (n = 649..663) with seed 2045, 15 articles, a thirty-second (n = 664..678) with seed 2046, 15 articles, a thirty-third (n = 679..693) with seed 2047, 15 articles, a thirty-fourth (n = 694..708) with seed 2048, 15 articles, a thirty-fifth (n = 709..723) with seed 2049, 15 articles, and each later round 15 more with the next seed, as GOLD_LIKE_ROUNDS lists them (the last, n = 1219..1233, seed 2083). Earlier rounds' articles keep
their place and numbers: they are read back from dates-articles.jsonl, and only the rounds after them are drawn. The families only steer the sample
toward articles with dates to annotate; they are a plain word list, not the
extractor.

    python benchmarks/dev/select_dates_articles.py ../shared/data/saudinewsnet
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))

from sampling import (DEV_SPLIT, TOPIC, gold_like, held_articles, load_split, rounds_after,  # noqa: E402
                      sample_per_source, write_articles)

FAMILIES = {
    "month": re.compile(r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|تشرين|أيلول|رمضان|شوال|القعدة|الحجة|محرم"),
    "relative_day": re.compile(r"(?<!\w)(?:[وب]?ال)?(?:أمس|امس|غدا|غداً|اليوم)(?!\w)"),
    "period": re.compile(r"(?:الأسبوع|الاسبوع|الشهر|العام|السنة)\s+(?:الماضي|المقبل|القادم|الجاري|الحالي|المنصرم)"),
    "hijri_year": re.compile(r"14\d\d\s*هـ?"),
    "count": re.compile(r"(?:منذ|قبل|بعد|لمدة|خلال)\s+\S+\s+(?:أيام|يوما|أسابيع|أشهر|شهرا|سنوات|أعوام|عاما)|(?:يومين|أسبوعين|شهرين|عامين|سنتين)"),
}
# Forms the first two rounds hardly held; the third round asks for one of them.
RARER_FORMS = re.compile(r"عيد|الصيف|الشتاء|الربيع|الخريف|اليوم الوطني|ليلة|(?<!\w)ليل(?!\w)|(?:لليوم|اليوم|الأسبوع|للأسبوع|الشهر|للشهر|العام|للعام)\s+ال(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)|\d{1,2}[/\-.]\d{1,2}[/\-.]\d{2,4}")
# Forms the first three rounds left weak; the fourth round asks for two of these families: a holiday, a
# named event (ذكرى, ثورة, حرب أكتوبر 1973), a counted event day (اليوم الأول من, العشر الأواخر), a
# four-digit number with no عام before it (a year to tell from a count: 2000 منزل).
WEAK_FORMS = [
    re.compile(r"(?<!\w)(?:[وبل]?ل?ال)?عيدي?\s+(?:ال)?(?:فطر|أضحى|اضحى)|(?<!\w)[وبل]?(?:ال|لل)عيد(?!\w)|اليوم الوطني"),
    re.compile(r"ذكرى|ثورة|(?:حرب|كأس|مونديال|أحداث|انتخابات)\s+(?:\S+\s+)?\d{4}|سبتمبر(?!\s+(?:ال|\d))"),
    re.compile(r"العشر\s+الأواخر|(?<!\w)[وبل]?ل?ال(?:يوم|أسبوع|شهر|عام|سنة|ليلة|أيام|ساعات)\s+ال(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)\S*(?:\s+\S+)?\s+(?:من|ل)"),
    re.compile(r"(?<!عام )(?<!العام )(?<!سنة )(?<!عامي )(?<![\d/.\-])\d{4}(?![\d/.\-])\s+(?!هـ|م(?!\w)|م\.)[^\s\d]+"),
]


def _has_weak_forms(row: pd.Series) -> bool:
    return sum(bool(p.search(row["text"])) for p in WEAK_FORMS) >= 2


def _has_rarer_forms(row: pd.Series) -> bool:
    return bool(RARER_FORMS.search(row["text"]))


# The days and newspapers the first eleven rounds drew least (at most 20 articles a day, 25 a newspaper of 283).
UNDERSEEN_DAYS = {"2015-07-23", "2015-07-26", "2015-07-27", "2015-08-01", "2015-08-02", "2015-08-03", "2015-08-04"}
UNDERSEEN_SOURCES = {"almadina", "sabq", "aljazirah", "alwatan", "arreyadi"}


def _underseen(row: pd.Series) -> bool:
    return row["published"].strftime("%Y-%m-%d") in UNDERSEEN_DAYS and row["source"] in UNDERSEEN_SOURCES


# The newspapers the first fifteen rounds drew least (at most 30 articles of the 358).
LEAST_DRAWN_SOURCES = {"arreyadi", "sabq", "almadina", "okaz"}


def _least_drawn(row: pd.Series) -> bool:
    return row["source"] in LEAST_DRAWN_SOURCES


# (articles, at most per newspaper, seed, least date families, test the text must pass) of each round, in order.
ROUNDS = [(30, 3, 2015, 2, None), (24, 2, 2016, 2, None), (26, 3, 2017, 2, _has_rarer_forms),
          (28, 3, 2018, 2, _has_weak_forms), (25, 3, 2019, 1, None), (25, 3, 2020, 1, None),
          (25, 3, 2021, 1, None), (25, 3, 2022, 1, None), (25, 3, 2023, 1, None),
          (25, 3, 2024, 1, None), (25, 3, 2025, 1, None), (25, 7, 2026, 1, _underseen),
          (25, 3, 2027, 1, None), (10, 3, 2028, 1, None), (15, 3, 2029, 1, None),
          (15, 4, 2030, 1, _least_drawn), (20, 3, 2031, 1, None), (20, 3, 2032, 1, None),
          (20, 3, 2033, 1, None), (20, 3, 2034, 1, None),
          (20, 3, 2035, 1, None), (20, 3, 2036, 1, None), (20, 3, 2037, 1, None),
          (20, 3, 2038, 1, None)]
# (articles, at most per newspaper, seed) of the rounds drawn like the gold set, after the rounds above.
GOLD_LIKE_ROUNDS = [(20, 4, 2039), (20, 4, 2040), (20, 4, 2041), (20, 4, 2042), (20, 4, 2043), (15, 4, 2044), (15, 4, 2045), (15, 4, 2046),
                    (15, 4, 2047), (15, 4, 2048), (15, 4, 2049), (15, 4, 2050), (15, 4, 2051), (15, 4, 2052), (15, 4, 2053),
                    (15, 4, 2054), (15, 4, 2055), (15, 4, 2056), (15, 4, 2057), (15, 4, 2058), (15, 4, 2059), (15, 4, 2060),
                    (15, 4, 2061), (15, 4, 2062), (15, 4, 2063), (15, 4, 2064),
                    (15, 4, 2065), (15, 4, 2066), (15, 4, 2067), (15, 4, 2068), (15, 4, 2069), (15, 4, 2070),
                    (15, 4, 2071), (15, 4, 2072), (15, 4, 2073), (15, 4, 2074), (15, 4, 2075),
                    (15, 4, 2076), (15, 4, 2077), (15, 4, 2078), (15, 4, 2079), (15, 4, 2080), (15, 4, 2081), (15, 4, 2082), (15, 4, 2083)]


ARTICLES = Path(__file__).with_name("dates-articles.jsonl")


def _date_word_rounds(articles: pd.DataFrame) -> list[pd.DataFrame]:
    """The rounds steered by date words (ROUNDS), each drawn from the articles the rounds before left."""
    families = articles["text"].map(lambda text: sum(bool(p.search(text)) for p in FAMILIES.values()))
    remaining = articles[articles["text"].str.contains(TOPIC) & articles["n_words"].between(100, 330) & (families >= 1)]
    rounds = []
    for n_articles, per_source, seed, least_families, keep in ROUNDS:
        pool = remaining[families.loc[remaining.index] >= least_families]
        if keep is not None:
            pool = pool[pool.apply(keep, axis=1).astype(bool)]
        rounds.append(sample_per_source(pool, n_articles, per_source, seed))
        remaining = remaining.drop(rounds[-1].index)
    return rounds


def main(data_dir: str) -> None:
    articles = load_split(data_dir, DEV_SPLIT)
    # Earlier rounds are read back rather than drawn again: a change in how the text layer counts words moves the
    # word bounds of the filters, and must never renumber or replace an annotated article.
    held = held_articles(articles, ARTICLES)
    rounds = [held] if len(held) else _date_word_rounds(articles)
    n_date_word = sum(n_articles for n_articles, *_ in ROUNDS)
    eligible_like_gold = gold_like(articles)
    for n_articles, per_source, seed in rounds_after(GOLD_LIKE_ROUNDS, sum(map(len, rounds)), n_before=n_date_word):
        pool = eligible_like_gold.drop(pd.concat(rounds).index, errors="ignore")
        rounds.append(sample_per_source(pool, n_articles, per_source, seed))
    write_articles(pd.concat(rounds), ARTICLES)

if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/saudinewsnet")
