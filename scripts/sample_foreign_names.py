"""Print the rows the foreign-name reading adds, on random unannotated development articles, to be read.

A row is new when ``entities(..., foreign_words=True)`` has a mention (span and id) that the
output without the reading lacks. Each row shows the article, the surface, the id and the words
around it.

    .venv/bin/python scripts/sample_foreign_names.py --articles 300 --seed 2121 --rows 30
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import workbench  # noqa: E402
from sample_catalogue_links import sample_articles  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=2121)
    parser.add_argument("--rows", type=int, default=30)
    args = parser.parse_args()
    articles = sample_articles(args.articles, args.seed)
    texts = dict(zip(articles["article_id"], articles["text"]))
    key = ["article_id", "start", "end", "actor_id"]
    without = workbench.entities(articles)
    with_reading = workbench.entities(articles, foreign_words=True)
    new = with_reading.merge(without[key], on=key, how="left", indicator=True)
    new = new[new["_merge"] == "left_only"].sort_values(["article_id", "start"])
    print(f"{len(articles)} articles (seed {args.seed}), {len(new)} new rows; the first {args.rows}:")
    for n, row in enumerate(new.head(args.rows).itertuples(index=False), 1):
        text = texts[row.article_id]
        around = text[max(row.start - 40, 0):row.start] + "[" + row.surface + "]" + text[row.end:row.end + 40]
        print(f"{n:2d} {row.article_id} {row.surface} | {row.actor_id} | {' '.join(around.split())}")


if __name__ == "__main__":
    main()
