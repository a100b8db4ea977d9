"""Choose the gold-set articles from SaudiNewsNet and write them to articles.jsonl.

The gold set is drawn only from the test split (the zips of 2015-08-06 to
2015-08-11); lexicons, catalogues, rules and models are developed on the
development split (2015-07-21 to 2015-08-04) and never on these articles.

Selection: political news (Syria, Yemen, Iran, Iraq, the Gulf, ...) with at
least one quotation mark and 120 to 650 words, a fixed random sample
(seed 2015) of at most 4 articles per newspaper, 40 in all.

The stored articles.jsonl is never drawn again: once it exists the script only
verifies that each of its articles is still in the test split and writes them
back in their order (to ``--out`` when given). A seeded re-draw would no longer
give the same 40 articles, since the 120 to 650 word bounds follow the text
layer's word count (presentation forms became words in commit 2e043f1), and the
annotations in annotations/ belong to the stored articles.

    python benchmarks/gold/select_articles.py ../shared/data/saudinewsnet [--out /tmp/articles.jsonl]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "gold"))

from sampling import TEST_SPLIT, gold_like, held_articles, load_split, sample_per_source, write_articles  # noqa: E402

N_ARTICLES, PER_SOURCE, SEED = 40, 4, 2015


ARTICLES = Path(__file__).with_name("articles.jsonl")


def main(data_dir: str, out: Path = ARTICLES) -> None:
    """Write the stored gold articles, verified against the test split, to ``out``; draw them only when none are stored."""
    articles = load_split(data_dir, TEST_SPLIT)
    held = held_articles(articles, ARTICLES)
    if len(held):
        print(f"{ARTICLES} holds {len(held)} annotated articles, all in the test split: read back, not drawn again")
        write_articles(held, out)
        return
    write_articles(sample_per_source(gold_like(articles), N_ARTICLES, PER_SOURCE, SEED), out)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data_dir", nargs="?", default="../shared/data/saudinewsnet")
    parser.add_argument("--out", type=Path, default=ARTICLES, help="where to write (default: the stored articles.jsonl)")
    args = parser.parse_args()
    main(args.data_dir, args.out)
