"""The SaudiNewsNet splits and the reproducible sampling that picks gold and development articles.

The gold set (benchmarks/gold/) is drawn from the test split only; the
development sets (benchmarks/dev/) from the development split only. Every
selection script filters the split's articles its own way and then calls
:func:`sample_per_source` and :func:`write_articles`.
"""

from __future__ import annotations

import json
import random
import re
import warnings
from pathlib import Path

import pandas as pd

import workbench

DEV_SPLIT = ["2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-25", "2015-07-26",
             "2015-07-27", "2015-07-31", "2015-08-01", "2015-08-02", "2015-08-03", "2015-08-04"]
TEST_SPLIT = ["2015-08-06", "2015-08-07", "2015-08-08", "2015-08-09", "2015-08-10", "2015-08-11"]
# Political news of the region: the topic filter every selection starts from.
TOPIC = re.compile(r"سوري|اليمن|الحوثي|إيران|ايران|العراق|داعش|الأسد|حزب الله|لبنان|ليبيا|مصر|فلسطين|إسرائيل|الخليج|التحالف|مجلس الأمن|الأمم المتحدة|تركيا|روسيا|واشنطن")
QUOTE = re.compile(r"[\"«»“”]")


def gold_like(articles: pd.DataFrame) -> pd.DataFrame:
    """The articles the gold set is drawn from (select_articles.py): the topic, a quotation mark, 120 to 650 words.

    Development batches drawn "like the gold set" apply it to the development split.
    """
    return articles[
        articles["text"].str.contains(TOPIC) & articles["body"].str.contains(QUOTE) & articles["n_words"].between(120, 650)
    ]


def load_split(data_dir: str | Path, days: list[str]) -> pd.DataFrame:
    """The articles of the given SaudiNewsNet days (zips named YYYY-MM-DD.zip), publication times in Asia/Riyadh."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", workbench.LoadWarning)
        return workbench.load_articles([Path(data_dir) / f"{day}.zip" for day in days], tz="Asia/Riyadh")


def sample_per_source(eligible: pd.DataFrame, n: int, per_source: int, seed: int) -> pd.DataFrame:
    """A fixed random sample of ``n`` rows with at most ``per_source`` from each outlet.

    The order is that of a seeded shuffle of the rows sorted by article id, so
    the same eligible articles always give the same sample.
    """
    eligible = eligible.sort_values("article_id")
    order = list(eligible.index)
    random.Random(seed).shuffle(order)
    chosen, per = [], {}
    for i in order:
        src = eligible.at[i, "source"]
        if per.get(src, 0) < per_source:
            chosen.append(i)
            per[src] = per.get(src, 0) + 1
        if len(chosen) == n:
            break
    return eligible.loc[chosen]


def write_articles(sample: pd.DataFrame, path: str | Path) -> None:
    """Write ``sample`` in the layout of benchmarks/gold/articles.jsonl (n counts from 1)."""
    with Path(path).open("w", encoding="utf-8") as fh:
        for n, row in enumerate(sample.itertuples(index=False), start=1):
            fh.write(json.dumps({
                "n": n, "article_id": row.article_id, "source": row.source, "url": row.url,
                "published": row.published.isoformat(), "title": row.title, "text": row.text,
            }, ensure_ascii=False) + "\n")
    print(f"wrote {len(sample)} articles to {path}")
