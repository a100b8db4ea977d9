"""The SaudiNewsNet splits and the reproducible sampling that picks gold and development articles.

The gold set (benchmarks/gold/) is drawn from the test split only; the
development sets (benchmarks/dev/) from the development split only. Every
selection script filters the split's articles its own way and then calls
:func:`sample_per_source` and :func:`write_articles`; the articles a stored
file already holds are read back with :func:`held_articles` rather than drawn
again, since the filters' word counts follow the text layer, whose changes
would otherwise renumber or replace annotated articles.
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


def held_articles(articles: pd.DataFrame, path: str | Path) -> pd.DataFrame:
    """The rows of ``articles`` that the stored selection file ``path`` holds, in its order (none when it is absent).

    A seeded re-draw no longer rebuilds a stored file once the text layer counts words differently (the word-count
    bounds of the filters move, so the eligible pool and its shuffle change); reading the stored articles back keeps
    every annotated article in its place. A stored article missing from the split raises KeyError.
    """
    path = Path(path)
    if not path.exists():
        return articles.iloc[:0]
    with path.open(encoding="utf-8") as fh:
        ids = [json.loads(line)["article_id"] for line in fh]
    position = pd.Series(range(len(articles)), index=articles["article_id"]).groupby(level=0).first()
    return articles.iloc[position.loc[ids].to_numpy()]


def rounds_after(rounds: list[tuple], n_held: int, n_before: int = 0) -> list[tuple]:
    """The ``rounds`` (each a tuple opening with its article count) after the ``n_held`` articles already stored.

    ``n_before`` counts the articles of the rounds that come before ``rounds`` in the file. A file that ends inside
    a round is refused: it was not written by these rounds.

    >>> rounds_after([(20, 7), (15, 8), (15, 9)], 45, n_before=10)
    [(15, 9)]
    """
    total = n_before
    for i, (n_articles, *_) in enumerate(rounds):
        if total >= n_held:
            if total != n_held:
                raise ValueError(f"{n_held} stored articles end inside a round")
            return rounds[i:]
        total += n_articles
    if total != n_held:
        raise ValueError(f"{n_held} stored articles do not end at a round")
    return []


def write_articles(sample: pd.DataFrame, path: str | Path) -> None:
    """Write ``sample`` in the layout of benchmarks/gold/articles.jsonl (n counts from 1)."""
    with Path(path).open("w", encoding="utf-8") as fh:
        for n, row in enumerate(sample.itertuples(index=False), start=1):
            fh.write(json.dumps({
                "n": n, "article_id": row.article_id, "source": row.source, "url": row.url,
                "published": row.published.isoformat(), "title": row.title, "text": row.text,
            }, ensure_ascii=False) + "\n")
    print(f"wrote {len(sample)} articles to {path}")
