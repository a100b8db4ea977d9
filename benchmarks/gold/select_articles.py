"""Choose the gold-set articles from SaudiNewsNet and write them to articles.jsonl.

The gold set is drawn only from the test split (the zips of 2015-08-06 to
2015-08-11); lexicons, catalogues, rules and models are developed on the
development split (2015-07-21 to 2015-08-04) and never on these articles.

Selection: political news (Syria, Yemen, Iran, Iraq, the Gulf, ...) with at
least one quotation mark and 120 to 650 words, a fixed random sample
(seed 2015) of at most 4 articles per newspaper, 40 in all.

    python benchmarks/gold/select_articles.py ../shared/data/saudinewsnet
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import workbench

TEST_SPLIT = ["2015-08-06", "2015-08-07", "2015-08-08", "2015-08-09", "2015-08-10", "2015-08-11"]
TOPIC = re.compile(r"سوري|اليمن|الحوثي|إيران|ايران|العراق|داعش|الأسد|حزب الله|لبنان|ليبيا|مصر|فلسطين|إسرائيل|الخليج|التحالف|مجلس الأمن|الأمم المتحدة|تركيا|روسيا|واشنطن")
QUOTE = re.compile(r"[\"«»“”]")
N_ARTICLES, PER_SOURCE, SEED = 40, 4, 2015


def main(data_dir: str) -> None:
    paths = [Path(data_dir) / f"{day}.zip" for day in TEST_SPLIT]
    articles = workbench.load_articles(paths, tz="Asia/Riyadh")
    ok = articles[
        articles["text"].str.contains(TOPIC)
        & articles["body"].str.contains(QUOTE)
        & articles["n_words"].between(120, 650)
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
    out = Path(__file__).with_name("articles.jsonl")
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
