"""Score the stance extractor against the hand-annotated gold set, with the annotators' own agreement.

    .venv/bin/python benchmarks/stance.py                    # gold set
    .venv/bin/python benchmarks/stance.py --min-confidence 0 # every row the extractor returns
    .venv/bin/python benchmarks/stance.py --corpus /work/shared/data/saudinewsnet/2015-07-25.zip --limit 1000

Scores every article whose gold file lists ``stance`` in ``done`` (annotator A,
``benchmarks/gold/annotations``) and prints how many; annotator B's independent
stance layer (``annotations_b``) gives the agreement between two people on the
articles both annotated, on the same measures.

- rows: a predicted row matches a gold row of the same article with the same
  source, target and polarity sign when their evidence spans overlap or lie in
  the same sentence (one to one, overlapping spans first);
- pairs: the distinct (article, source, target, sign) sets compared;
- QuadClass accuracy: share of matched rows with the same category.

Extractor rows below ``--min-confidence`` (default 0.5: hypotheticals and
weakly read sentences) are left out. Throughput is articles per second of
``stance_for`` alone (text layer, actor mentions and quotes computed
beforehand, as ``workbench.annotate`` shares them) and of the whole chain
text layer + actors + quotes + stance. ``--corpus`` times the same on the first
``--limit`` articles of a file (no scoring), for a sample larger than the gold set.
"""

from __future__ import annotations

import argparse
import sys
import time
from bisect import bisect_right
from pathlib import Path

import pandas as pd

import workbench

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "gold"))
sys.path.insert(0, str(ROOT))

from gold import load_articles, load_gold  # noqa: E402
from workbench.extract.entities import entities_for  # noqa: E402
from workbench.extract.quotes import quotes_for  # noqa: E402
from workbench.extract.stance import stance_for  # noqa: E402
from workbench.text import Document, sentences  # noqa: E402

Key = tuple[str, str, str, int]


def sign(polarity: float) -> int:
    return (polarity > 0) - (polarity < 0)


def key(row: dict) -> Key:
    return (row["article_id"], str(row["source_actor"]), str(row["target_actor"]), sign(float(row["polarity"])))


def match_rows(pred: list[dict], gold: list[dict], sentence_starts: dict[str, list[int]]) -> list[tuple[dict, dict]]:
    """One-to-one (pred, gold) pairs with the same key and overlapping (first) or same-sentence evidence."""

    def sentence(row: dict) -> int:
        return bisect_right(sentence_starts[row["article_id"]], int(row["start"])) - 1

    candidates = []
    for pi, p in enumerate(pred):
        for gi, g in enumerate(gold):
            if key(p) != key(g):
                continue
            if p["start"] < g["end"] and g["start"] < p["end"]:
                candidates.append((0, pi, gi))
            elif sentence(p) == sentence(g):
                candidates.append((1, pi, gi))
    pairs, used_p, used_g = [], set(), set()
    for _, pi, gi in sorted(candidates):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((pred[pi], gold[gi]))
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(pred: list[dict], gold: list[dict], sentence_starts: dict[str, list[int]]) -> dict[str, float]:
    """Row and pair precision/recall/F1 and QuadClass accuracy of ``pred`` against ``gold``."""
    pairs = match_rows(pred, gold, sentence_starts)
    row_p, row_r, row_f = prf(len(pairs), len(pred), len(gold))
    pred_keys, gold_keys = {key(r) for r in pred}, {key(r) for r in gold}
    pair_p, pair_r, pair_f = prf(len(pred_keys & gold_keys), len(pred_keys), len(gold_keys))
    quad = sum(p["category"] == g["category"] for p, g in pairs) / len(pairs) if pairs else float("nan")
    return {"rows pred": len(pred), "rows gold": len(gold), "row P": row_p, "row R": row_r, "row F1": row_f,
            "pairs pred": len(pred_keys), "pairs gold": len(gold_keys), "pair P": pair_p, "pair R": pair_r,
            "pair F1": pair_f, "QuadClass acc": quad}


def records(frame: pd.DataFrame, articles: set[str]) -> list[dict]:
    if frame.empty:
        return []
    frame = frame[frame["article_id"].isin(articles)]
    return frame.to_dict("records")


def run_extractor(articles: pd.DataFrame, min_confidence: float) -> tuple[list[dict], dict[str, set[str]], float, float]:
    """Predicted rows, the actor ids found per article, and articles per second of stance_for
    alone and of the whole chain."""
    docs = [Document(a, t, p) for a, t, p in zip(articles["article_id"], articles["text"], articles["published"])]
    chain_start = time.perf_counter()
    mentions = [entities_for(d) for d in docs]
    quotes = [quotes_for(d, m) for d, m in zip(docs, mentions)]
    stance_start = time.perf_counter()
    rows = [r for d, m, q in zip(docs, mentions, quotes) for r in stance_for(d, m, q)]
    end = time.perf_counter()
    kept = [r for r in rows if r["confidence"] >= min_confidence]
    found = {d.article_id: {m["actor_id"] for m in ms if isinstance(m.get("actor_id"), str)} for d, ms in zip(docs, mentions)}
    return kept, found, len(docs) / (end - stance_start), len(docs) / (end - chain_start)


def reachable(gold: list[dict], found: dict[str, set[str]]) -> float:
    """Share of gold pairs whose source and target the actor extractor found in the article: the
    recall the stance extractor could reach with the mentions it is given."""
    keys = {key(r) for r in gold}
    return sum(k[1] in found.get(k[0], ()) and k[2] in found.get(k[0], ()) for k in keys) / len(keys) if keys else 0.0


def warm_up(text: str) -> None:
    """Load models, lexicons and the catalogue outside the timing."""
    doc = Document("warm-up", text)
    stance_for(doc, entities_for(doc))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-confidence", type=float, default=0.5, help="leave out extractor rows below this")
    parser.add_argument("--corpus", help="time the extractor on this file of articles instead of scoring")
    parser.add_argument("--limit", type=int, default=1000, help="articles of --corpus to use")
    args = parser.parse_args()
    if args.corpus:
        corpus = workbench.load_articles(args.corpus, tz="Asia/Riyadh").head(args.limit)
        warm_up(corpus["text"].iloc[0])
        rows, _, stance_rate, chain_rate = run_extractor(corpus, args.min_confidence)
        print(f"{args.corpus}: {len(corpus)} articles, {len(rows)} stance rows with confidence >= {args.min_confidence}")
        print(f"throughput: stance_for {stance_rate:.0f} articles/s; text layer + actors + quotes + stance "
              f"{chain_rate:.1f} articles/s (one process)")
        return

    articles = load_articles()
    gold_a = load_gold("stance", "a")
    gold_b = load_gold("stance", "b")
    done_a = set(gold_a.attrs["articles"])
    both = done_a & set(gold_b.attrs["articles"])
    if not done_a:
        print("no article has a completed stance layer yet")
        return
    scored = articles[articles["article_id"].isin(done_a)]
    sentence_starts = {aid: [s for s, _ in sentences(text)] for aid, text in zip(articles["article_id"], articles["text"])}

    warm_up(scored["text"].iloc[0])
    pred, found, stance_rate, chain_rate = run_extractor(scored, args.min_confidence)

    table = {
        f"extractor vs A ({len(done_a)} articles)": score(records(pd.DataFrame(pred), done_a), records(gold_a, done_a),
                                                         sentence_starts),
    }
    if both:
        table[f"extractor vs A ({len(both)} articles with B)"] = score(
            records(pd.DataFrame(pred), both), records(gold_a, both), sentence_starts)
        table[f"annotator B vs A ({len(both)} articles)"] = score(records(gold_b, both), records(gold_a, both),
                                                                  sentence_starts)
    frame = pd.DataFrame(table).T
    counts = [c for c in frame.columns if c.startswith(("rows", "pairs"))]
    frame[counts] = frame[counts].astype(int)
    print(f"stance layer done: annotator A {len(done_a)} articles, annotator B {len(both)} of them; "
          f"extractor rows with confidence >= {args.min_confidence}")
    with pd.option_context("display.width", 200, "display.max_columns", 20, "display.float_format", "{:.3f}".format):
        print(frame.to_string())
    if both:
        ours = table[f"extractor vs A ({len(both)} articles with B)"]["pair F1"]
        theirs = table[f"annotator B vs A ({len(both)} articles)"]["pair F1"]
        ratio = ours / theirs if theirs else float("nan")
        print(f"extractor pair F1 as a share of the annotators' agreement (same articles): {ratio:.2f}")
    print(f"gold pairs (annotator A) whose two actors the actor extractor found in the article: "
          f"{reachable(records(gold_a, done_a), found):.2f}")
    print(f"throughput: stance_for {stance_rate:.0f} articles/s; text layer + actors + quotes + stance "
          f"{chain_rate:.1f} articles/s ({len(scored)} articles, one process)")


if __name__ == "__main__":
    main()
