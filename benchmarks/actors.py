"""Actor linking against the hand-annotated gold set: precision and recall of (article, actor) pairs.

Scores the articles of ``benchmarks/gold/`` whose annotation lists ``entities``
in ``done`` (the set is annotated concurrently; the script prints how many it
scored). Rows:

- pairs: distinct (article_id, actor_id) pairs; a prediction without an id
  (a model-only name) is no pair;
- pairs, catalogue ids only: the same with gold restricted to actors the shipped
  catalogue holds (how well the linking works where it can);
- mentions: exact (start, end, type) spans, with or without an id;
- mentions, overlap: a gold mention counts as found when a predicted one overlaps it.

Also: articles per CPU second for ``workbench.entities`` on the scored articles.

    .venv/bin/python benchmarks/actors.py [--scope triggers|all] [--no-model] [--show N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks" / "gold")]

from gold import load_articles, load_gold  # noqa: E402

import workbench  # noqa: E402
from workbench.extract.catalogue import load_catalogue  # noqa: E402


def prf(gold: set, pred: set) -> tuple[float, float, float, int, int]:
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0), len(gold), len(pred)


def overlap_recall(gold: pd.DataFrame, pred: pd.DataFrame) -> tuple[float, int]:
    found = 0
    by_article = {aid: list(zip(g["start"], g["end"])) for aid, g in pred.groupby("article_id")}
    for aid, s, e in gold[["article_id", "start", "end"]].itertuples(index=False):
        found += any(ps < e and s < pe for ps, pe in by_article.get(aid, []))
    return (found / len(gold) if len(gold) else 0.0), len(gold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scope", default="triggers", choices=["triggers", "all"])
    parser.add_argument("--no-model", action="store_true", help="catalogue alone")
    parser.add_argument("--show", type=int, default=0, help="print up to N missed and N spurious pairs")
    args = parser.parse_args()

    gold = load_gold("entities")
    scored = gold.attrs["articles"]
    articles = load_articles()
    articles = articles[articles["article_id"].isin(scored)]
    print(f"gold: {len(scored)} of {len(load_articles())} articles have a completed entities layer; {len(gold)} mentions")
    if not scored:
        return
    workbench.entities(articles.head(1), model=None if args.no_model else "default")  # load data files first
    began = time.process_time()
    pred = workbench.entities(articles, model=None if args.no_model else "default", model_scope=args.scope)
    elapsed = time.process_time() - began

    known = set(load_catalogue()["actor_id"])
    gold_pairs = set(zip(gold["article_id"], gold["actor_id"]))
    linked = pred.dropna(subset=["actor_id"])
    pred_pairs = set(zip(linked["article_id"], linked["actor_id"]))
    rows = {
        "pairs": prf(gold_pairs, pred_pairs),
        "pairs, catalogue ids only": prf({p for p in gold_pairs if p[1] in known}, pred_pairs),
        "mentions": prf(set(zip(gold["article_id"], gold["start"], gold["end"], gold["type"])),
                        set(zip(pred["article_id"], pred["start"], pred["end"], pred["type"]))),
    }
    print()
    print("| measure | precision | recall | F1 | gold | predicted |")
    print("|---|---|---|---|---|---|")
    for name, (p, r, f, ng, npred) in rows.items():
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {ng} | {npred} |")
    rec, ng = overlap_recall(gold, pred)
    print(f"| mentions, overlap | | {rec:.3f} | | {ng} | {len(pred)} |")
    print()
    print(f"{len(articles)} articles in {elapsed:.2f} CPU s ({len(articles) / elapsed:,.0f} articles per CPU s, "
          f"model {'off' if args.no_model else args.scope}; load average {os.getloadavg()[0]:.1f})")
    if args.show:
        print("\nmissed:", sorted(gold_pairs - pred_pairs, key=str)[: args.show])
        print("spurious:", sorted(pred_pairs - gold_pairs, key=str)[: args.show])


if __name__ == "__main__":
    main()
