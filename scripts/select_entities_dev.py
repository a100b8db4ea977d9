"""Choose the second half of the entities development set: random development-split articles.

Draws articles at random (fixed seed) from the SaudiNewsNet zips of the development split
(2015-07-21 .. 2015-08-04), never the test split, skipping those already in the set, and keeps
those of 60 to 300 words (short enough to annotate by hand in one reading, long enough to name
actors) with at most 3 per newspaper. Writes ``benchmarks/dev/entities-articles.jsonl`` (or
``--out``) in the format of ``quotes-articles.jsonl``; the articles of the other
``entities-articles*.jsonl`` files are skipped, so a later batch never repeats an earlier one.

With ``--like-gold`` it draws instead the way ``benchmarks/gold/select_articles.py`` draws the test
gold set, on the development split: political news (``sampling.TOPIC``) with a quotation mark
(``sampling.QUOTE``) and 120 to 650 words, a seeded sample of at most 4 per newspaper
(``sampling.sample_per_source``), the articles of every earlier batch skipped.

    .venv/bin/python scripts/select_entities_dev.py [--n 20] [--seed 7]
    .venv/bin/python scripts/select_entities_dev.py --seed 10 --out entities-articles-3.jsonl
    .venv/bin/python scripts/select_entities_dev.py --like-gold --n 8 --seed 32 --out entities-articles-17.jsonl

A batch already stored under ``--out`` is read back, not drawn again (``--write-to`` sends it elsewhere, to compare):
a seeded re-draw no longer rebuilds it, since the skipped articles grow with every later batch and the
quotes set, and the gold-like word bounds follow the text layer's word count.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import warnings
from collections import Counter
from pathlib import Path

import pandas as pd

import workbench

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "benchmarks" / "dev"
sys.path.insert(0, str(ROOT / "benchmarks" / "gold"))

from sampling import DEV_SPLIT, gold_like, held_articles, load_split, sample_per_source, write_articles  # noqa: E402

ZIPS = sorted(p for p in Path("/work/shared/data/saudinewsnet").glob("2015-*.zip") if p.stem <= "2015-08-04")


def like_gold(known: set[str], n: int, seed: int, out: Path) -> None:
    """Write ``n`` development-split articles drawn by the gold set's filter and sampling to ``out``."""
    articles = load_split(ZIPS[0].parent, DEV_SPLIT)
    eligible = gold_like(articles[~articles["article_id"].isin(known)])
    write_articles(sample_per_source(eligible, n, 4, seed), out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=20)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--out", default="entities-articles.jsonl", help="file name in benchmarks/dev/")
    parser.add_argument("--like-gold", action="store_true",
                        help="draw political news with a quotation mark like the test gold set")
    parser.add_argument("--write-to", type=Path, help="where to write (default: benchmarks/dev/ and the --out name)")
    args = parser.parse_args()
    out = args.write_to or DEV / args.out
    if (DEV / args.out).exists():
        write_articles(held_articles(load_split(ZIPS[0].parent, DEV_SPLIT), DEV / args.out), out)
        return
    earlier = [DEV / "quotes-articles.jsonl"] + [p for p in sorted(DEV.glob("entities-articles*.jsonl")) if p.name != args.out]
    known = {a for p in earlier for a in pd.read_json(p, lines=True, dtype={"article_id": str})["article_id"]}
    if args.like_gold:
        like_gold(known, args.n, args.seed, out)
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        pool = pd.concat([workbench.load_articles(z, tz="Asia/Riyadh") for z in ZIPS], ignore_index=True)
    rng = random.Random(args.seed)
    order = list(range(len(pool)))
    rng.shuffle(order)
    chosen, per_source = [], Counter()
    for i in order:
        row = pool.iloc[i]
        words = len(str(row["text"]).split())
        if row["article_id"] in known or not 60 <= words <= 300 or per_source[row["source"]] >= 3:
            continue
        per_source[row["source"]] += 1
        known.add(row["article_id"])
        chosen.append({"n": len(chosen) + 1, "article_id": row["article_id"], "source": row["source"],
                       "url": row["url"], "published": pd.Timestamp(row["published"]).isoformat(),
                       "title": row["title"], "text": row["text"]})
        if len(chosen) == args.n:
            break
    with open(out, "w", encoding="utf-8") as fh:
        for rec in chosen:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(chosen)} articles written to {out}")


if __name__ == "__main__":
    main()
