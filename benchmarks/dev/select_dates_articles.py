"""Choose the development articles of the dates layer from SaudiNewsNet and write dates-articles.jsonl.

Drawn only from the development split (the zips of 2015-07-21 to 2015-08-04),
never from the test split that holds the gold set (benchmarks/gold/).

Selection: political news (Syria, Yemen, Iran, Iraq, the Gulf, ...) of 100 to
330 words whose text holds date words of at least two different families
(a month name, a relative day, a marked period, a Hijri year, a count of days,
weeks, months or years), a fixed random sample (seed 2015) of at most 3
articles per newspaper, 30 in all. The families only steer the sample toward
articles with dates to annotate; they are a plain word list, not the extractor.

    python benchmarks/dev/select_dates_articles.py ../shared/data/saudinewsnet
"""

from __future__ import annotations

import json
import random
import re
import sys
import warnings
from pathlib import Path

import workbench

DEV_SPLIT = [
    "2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-25", "2015-07-26", "2015-07-27",
    "2015-07-31", "2015-08-01", "2015-08-02", "2015-08-03", "2015-08-04",
]
TOPIC = re.compile(r"سوري|اليمن|الحوثي|إيران|ايران|العراق|داعش|الأسد|حزب الله|لبنان|ليبيا|مصر|فلسطين|إسرائيل|الخليج|التحالف|مجلس الأمن|الأمم المتحدة|تركيا|روسيا|واشنطن")
FAMILIES = {
    "month": re.compile(r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|تشرين|أيلول|رمضان|شوال|القعدة|الحجة|محرم"),
    "relative_day": re.compile(r"(?<!\w)(?:[وب]?ال)?(?:أمس|امس|غدا|غداً|اليوم)(?!\w)"),
    "period": re.compile(r"(?:الأسبوع|الاسبوع|الشهر|العام|السنة)\s+(?:الماضي|المقبل|القادم|الجاري|الحالي|المنصرم)"),
    "hijri_year": re.compile(r"14\d\d\s*هـ?"),
    "count": re.compile(r"(?:منذ|قبل|بعد|لمدة|خلال)\s+\S+\s+(?:أيام|يوما|أسابيع|أشهر|شهرا|سنوات|أعوام|عاما)|(?:يومين|أسبوعين|شهرين|عامين|سنتين)"),
}
N_ARTICLES, PER_SOURCE, SEED = 30, 3, 2015


def main(data_dir: str) -> None:
    paths = [Path(data_dir) / f"{day}.zip" for day in DEV_SPLIT]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", workbench.LoadWarning)
        articles = workbench.load_articles(paths, tz="Asia/Riyadh")
    families = articles["text"].map(lambda text: sum(bool(p.search(text)) for p in FAMILIES.values()))
    ok = articles[
        articles["text"].str.contains(TOPIC) & articles["n_words"].between(100, 330) & (families >= 2)
    ].sort_values("article_id")
    rng = random.Random(SEED)
    order = list(ok.index)
    rng.shuffle(order)
    chosen, per_source = [], {}
    for i in order:
        src = ok.at[i, "source"]
        if per_source.get(src, 0) < PER_SOURCE:
            chosen.append(i)
            per_source[src] = per_source.get(src, 0) + 1
        if len(chosen) == N_ARTICLES:
            break
    out = Path(__file__).with_name("dates-articles.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for n, i in enumerate(chosen, start=1):
            row = ok.loc[i]
            fh.write(json.dumps({
                "n": n, "article_id": row["article_id"], "source": row["source"], "url": row["url"],
                "published": row["published"].isoformat(), "title": row["title"], "text": row["text"],
            }, ensure_ascii=False) + "\n")
    print(f"wrote {len(chosen)} articles to {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/saudinewsnet")
