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

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))

from sampling import TEST_SPLIT, gold_like, load_split, sample_per_source, write_articles  # noqa: E402

N_ARTICLES, PER_SOURCE, SEED = 40, 4, 2015


def main(data_dir: str) -> None:
    articles = load_split(data_dir, TEST_SPLIT)
    write_articles(sample_per_source(gold_like(articles), N_ARTICLES, PER_SOURCE, SEED), Path(__file__).with_name("articles.jsonl"))


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/saudinewsnet")
