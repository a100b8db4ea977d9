"""Print random catalogue-linked (article, actor) pairs of unannotated development-split articles, to judge by hand.

Estimates the precision of catalogue ids on text no rule was tuned on: draws ``--articles``
random articles (fixed seed) from the development-split zips (2015-07-21 .. 2015-08-04),
skipping the annotated development set of ``benchmarks/dev/``, runs :func:`workbench.entities`
on them and prints ``--pairs`` random (article, catalogue id) pairs, each with its first
mention in context, one tab-separated line a pair: article_id, actor_id, via, surface and
the text around it. The same seed gives the same articles, so a later run shows what a
change did to the same pairs (``--all`` prints every catalogue pair instead of a sample).

    .venv/bin/python scripts/sample_catalogue_links.py [--articles 300] [--pairs 60] [--seed 21] [--all]
"""

from __future__ import annotations

import argparse
import random
import warnings
from pathlib import Path

import pandas as pd

import workbench
from workbench.extract.entities.lookup import OUTSIDE_PREFIX

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "benchmarks" / "dev"
ZIPS = sorted(p for p in Path("/work/shared/data/saudinewsnet").glob("2015-*.zip") if p.stem <= "2015-08-04")


def sample_articles(n: int, seed: int) -> pd.DataFrame:
    """``n`` random development-split articles outside the annotated development set."""
    known = {a for p in DEV.glob("entities-articles*.jsonl")
             for a in pd.read_json(p, lines=True, dtype={"article_id": str})["article_id"]}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pool = pd.concat([workbench.load_articles(z, tz="Asia/Riyadh") for z in ZIPS], ignore_index=True)
    pool = pool[~pool["article_id"].isin(known)].drop_duplicates("article_id").sort_values("article_id")
    return pool.sample(n=min(n, len(pool)), random_state=seed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--pairs", type=int, default=60)
    parser.add_argument("--seed", type=int, default=21)
    parser.add_argument("--all", action="store_true", help="print every catalogue pair, not a sample")
    args = parser.parse_args()
    articles = sample_articles(args.articles, args.seed)
    texts = dict(zip(articles["article_id"], articles["text"]))
    ents = workbench.entities(articles)
    linked = ents[ents["actor_id"].notna() & ~ents["actor_id"].str.startswith(OUTSIDE_PREFIX, na=False)]
    first = linked.sort_values("start").drop_duplicates(["article_id", "actor_id"]).sort_values(["article_id", "actor_id"])
    print(f"{len(articles)} articles, {len(first)} catalogue-linked pairs")
    rows = list(first.itertuples(index=False))
    if not args.all:
        rows = random.Random(args.seed).sample(rows, min(args.pairs, len(rows)))
    for r in rows:
        text = texts[r.article_id]
        left = text[max(0, r.start - 70):r.start].replace("\n", " ")
        right = text[r.end:r.end + 50].replace("\n", " ")
        print(f"{r.article_id}\t{r.actor_id}\t{r.via}\t{r.surface}\t{left}[[{r.surface}]]{right}")


if __name__ == "__main__":
    main()
