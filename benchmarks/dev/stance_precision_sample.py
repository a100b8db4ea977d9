"""Draw the stance precision sample: rows of the extractor on unannotated development-split articles.

    .venv/bin/python benchmarks/dev/stance_precision_sample.py --seed 2 --rows 80
    .venv/bin/python benchmarks/dev/stance_precision_sample.py --article-seed 2323 --lemma عادى  # one cue family

300 articles of the SaudiNewsNet development split (zips 2015-07-21 .. 2015-08-04) that are not in
the stance development set (``stance-articles.jsonl``), drawn with ``random_state=1212``; the
extractor runs on them (actors and quotes computed by the tree's extractors) and ``--rows`` random
rows at confidence >= 0.3 are printed with their sentence, the cue marked [[...]], for reading
under docs/stance-rules.md. The verdicts are in ``stance-precision-sample.jsonl``.
"""

from __future__ import annotations

import argparse
import glob
import random
from pathlib import Path

import pandas as pd

import workbench
from workbench.extract.entities import entities_for
from workbench.extract.quotes import quotes_for
from workbench.extract.stance import stance_for
from workbench.text import documents

DEV = Path(__file__).resolve().parent
CORPUS = Path("/work/shared/data/saudinewsnet")


def sample_articles(n: int = 300, seed: int = 1212) -> pd.DataFrame:
    """The ``n`` development-split articles outside the stance development set, drawn with ``seed``."""
    dev_set = pd.read_json(DEV / "stance-articles.jsonl", lines=True, dtype={"article_id": str})
    # The draw excludes the 100 articles the set held when it was first made, so later rounds of the
    # set leave the 300 articles (and the verdicts read on them) unchanged.
    known = set(dev_set[dev_set.n <= 100].article_id)
    zips = sorted(z for z in glob.glob(str(CORPUS / "*.zip")) if Path(z).name <= "2015-08-04.zip")
    articles = pd.concat([workbench.load_articles(z, tz="Asia/Riyadh") for z in zips], ignore_index=True)
    articles = articles[~articles.article_id.astype(str).isin(known)].drop_duplicates("article_id")
    return articles.sample(n=n, random_state=seed).reset_index(drop=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1, help="seed of the row draw (1: before, 2: after round seven)")
    parser.add_argument("--rows", type=int, default=80)
    parser.add_argument("--article-seed", type=int, default=1212,
                        help="seed of the 300-article draw (1212: the sample the verdicts were read on)")
    parser.add_argument("--lemma", action="append", default=[],
                        help="print only rows of this cue lemma (repeatable), e.g. to read a new cue family")
    args = parser.parse_args()
    rows = []
    for doc in documents(sample_articles(seed=args.article_seed)):
        mentions = entities_for(doc)
        for row in stance_for(doc, mentions, quotes_for(doc, mentions)):
            if row["confidence"] >= 0.3 and (not args.lemma or row["cue_lemma"] in args.lemma):
                first, last = doc.sentences[row["sentence_id"]]
                row["sentence"] = (doc.text[first:row["start"]] + "[[" + row["cue"] + "]]" + doc.text[row["end"]:last])
                rows.append(row)
    print(f"{len(rows)} rows with confidence >= 0.3 in 300 articles")
    for n, i in enumerate(random.Random(args.seed).sample(range(len(rows)), min(args.rows, len(rows)))):
        r = rows[i]
        print(f"#{n} {r['article_id']} {r['source_actor']} -> {r['target_actor']} {r['polarity']:+.0f} {r['cameo']} "
              f"cue={r['cue']} conf={r['confidence']} reported_by={r['reported_by']}\n    {r['sentence']}")


if __name__ == "__main__":
    main()
