"""Choose the stance development set from SaudiNewsNet's development split.

Only the development split (the zips of 2015-07-21 to 2015-08-04) is read; the
test split and the gold set in benchmarks/gold/ stay untouched. Selection:
political news (at least two mentions of states, armed groups or international
bodies of the region, no sports vocabulary) with at least three stance words
(meet, condemn, reject, support, attack, accuse, ...), 120 to 400 words, a fixed
random sample (seed 804) of at most 3 articles per newspaper, 30 in all,
written in the layout of benchmarks/gold/articles.jsonl.

    python benchmarks/dev/select_stance_articles.py /work/shared/data/saudinewsnet
"""

from __future__ import annotations

import json
import random
import re
import sys
import warnings
from pathlib import Path

import workbench

DEV_SPLIT = ["2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-25", "2015-07-26",
             "2015-07-27", "2015-07-31", "2015-08-01", "2015-08-02", "2015-08-03", "2015-08-04"]
TOPIC = re.compile(r"سوري|اليمن|الحوثي|إيران|ايران|العراق|داعش|الأسد|حزب الله|لبنان|ليبيا|مصر|فلسطين|إسرائيل|تركيا|روسيا|واشنطن|مجلس الأمن|الأمم المتحدة")
STANCE_WORD = re.compile(r"(?:التقى|استقبل|بحث|زار|زيارة|أدان|ادان|ندد|رفض|دعم|أيد|رحب|قصف|غارات|هاجم|استهدف|اتهم|انتقد|حذر|طالب|سيطر|حصار|اتصال)")
SPORTS = re.compile(r"الدوري|مدرب|لاعب|المنتخب|مباراة|نادي|بطولة")
N_ARTICLES, PER_SOURCE, SEED, MIN_TOPIC, MIN_CUES = 30, 3, 804, 2, 3


def main(data_dir: str) -> None:
    paths = [Path(data_dir) / f"{day}.zip" for day in DEV_SPLIT]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", workbench.LoadWarning)
        articles = workbench.load_articles(paths, tz="Asia/Riyadh")
    ok = articles[
        (articles["text"].str.count(TOPIC) >= MIN_TOPIC)
        & ~articles["text"].str.contains(SPORTS)
        & (articles["text"].str.count(STANCE_WORD) >= MIN_CUES)
        & articles["n_words"].between(120, 400)
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
    out = Path(__file__).with_name("stance-articles.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for n, i in enumerate(chosen, start=1):
            row = ok.loc[i]
            fh.write(json.dumps({
                "n": n, "article_id": row["article_id"], "source": row["source"], "url": row["url"],
                "published": row["published"].isoformat(), "title": row["title"], "text": row["text"],
            }, ensure_ascii=False) + "\n")
    print(f"wrote {len(chosen)} of {len(ok)} eligible articles to {out}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/saudinewsnet")
