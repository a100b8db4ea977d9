"""Choose the quotes development set from SaudiNewsNet's development split.

Only the development split (the zips of 2015-07-21 to 2015-08-04) is read; the
test split and the gold set in benchmarks/gold/ stay untouched. Selection:
political news with at least one quotation mark and a reporting verb followed by
أن/إن, 120 to 450 words, a fixed random sample (seed 721) of at most 3 articles
per newspaper, 20 in all, written in the layout of benchmarks/gold/articles.jsonl.

    python benchmarks/dev/select_quotes_articles.py /work/shared/data/saudinewsnet
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
TOPIC = re.compile(r"سوري|اليمن|الحوثي|إيران|ايران|العراق|داعش|الأسد|حزب الله|لبنان|ليبيا|مصر|فلسطين|إسرائيل|الخليج|التحالف|مجلس الأمن|الأمم المتحدة|تركيا|روسيا|واشنطن")
QUOTE = re.compile(r"[\"«»“”]")
REPORTED = re.compile(r"(?:قال|أكد|اكد|أوضح|اوضح|أشار|اشار|أضاف|اضاف|أعلن|اعلن|صرح)\w*\s(?:\S+\s){0,8}?(?:بأن|أن|إن|ان)\w*\s")
N_ARTICLES, PER_SOURCE, SEED = 20, 3, 721


def main(data_dir: str) -> None:
    paths = [Path(data_dir) / f"{day}.zip" for day in DEV_SPLIT]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", workbench.LoadWarning)
        articles = workbench.load_articles(paths, tz="Asia/Riyadh")
    ok = articles[
        articles["text"].str.contains(TOPIC)
        & articles["body"].str.contains(QUOTE)
        & articles["body"].str.contains(REPORTED)
        & articles["n_words"].between(120, 450)
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
    out = Path(__file__).with_name("quotes-articles.jsonl")
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
