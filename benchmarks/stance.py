"""Score the stance extractor against the hand-annotated gold set, with the annotators' own agreement.

    .venv/bin/python benchmarks/stance.py                    # gold set (test split)
    .venv/bin/python benchmarks/stance.py --gold dev         # development set (benchmarks/dev/STANCE.md)
    .venv/bin/python benchmarks/stance.py --gold dev --articles 31-50   # only the articles numbered 31..50
    .venv/bin/python benchmarks/stance.py --min-confidence 0 # every row the extractor returns
    .venv/bin/python benchmarks/stance.py --corpus /work/shared/data/saudinewsnet/2015-07-25.zip --limit 1000

Scores every article whose gold file lists ``stance`` in ``done`` (annotator A,
``benchmarks/gold/annotations``) and prints how many; annotator B's independent
stance layer (``annotations_b``) gives the agreement between two people on the
articles both annotated, on the same measures. ``--gold dev`` scores the
development set of ``benchmarks/dev/`` instead (one annotator), on which the
extractor's rules are tuned; ``--articles FIRST-LAST`` scores only the
articles whose ``n`` lies in that range (a new round of development articles,
say, before the extractor is tuned on it).

Actors outside the catalogue: the actor extractor names them ``ar:<folded
name>``, the annotators with a slug. A predicted ``ar:`` id counts as the slug
of a gold mention it overlaps in the same article (the gold set's entities
layer; ``stance-actors.jsonl`` for the development set), as ``benchmarks/actors.py``
links them.

- rows: a predicted row matches a gold row of the same article with the same
  source, target and polarity sign when their evidence spans overlap or lie in
  the same sentence (one to one, overlapping spans first);
- pairs: the distinct (article, source, target, sign) sets compared;
- QuadClass accuracy: share of matched rows with the same category.

Extractor rows below ``--min-confidence`` (default 0.3: hypotheticals) are left
out; the scores at 0.5 (the precise reading alone, without the fallback stage's
positional guesses) are printed as well. With ``--gold dev`` a second table
scores the fallback stage off, each of its rules alone and all of them (the default marked). Throughput is articles per second of
``stance_for`` alone (text layer, actor mentions and quotes computed
beforehand, as ``workbench.annotate`` shares them) and of the whole chain
text layer + actors + quotes + stance. ``--corpus`` times the same on the first
``--limit`` articles of a file (no scoring), for a sample larger than the gold set.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from bisect import bisect_right
from collections.abc import Callable
from pathlib import Path

import pandas as pd

import workbench

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "gold"))
sys.path.insert(0, str(ROOT))

from gold import load_articles, load_gold  # noqa: E402
from scoring import numbered, one_to_one, prf  # noqa: E402
from workbench.extract.entities import entities_for  # noqa: E402
from workbench.extract.quotes import quotes_for  # noqa: E402
from workbench.extract.stance import stance_for  # noqa: E402
from workbench.extract.stance.fallback import FALLBACK_RULES, POSITIONAL_RULES  # noqa: E402
from workbench.text import Document, sentences  # noqa: E402

Key = tuple[str, str, str, int]
DEV = ROOT / "benchmarks" / "dev"
OUTSIDE = "ar:"
# Default operating point: every asserted row, the fallback's positional guesses included
# (hypotheticals stay below it); 0.5 keeps only the precise reading.
DEFAULT_MIN_CONFIDENCE = 0.3
PRECISE = 0.5


def load_dev() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The development set: its articles, its gold stance rows (every article annotated) and the
    mentions of its actors outside the catalogue."""
    articles = pd.read_json(DEV / "stance-articles.jsonl", lines=True, dtype={"article_id": str})
    articles["published"] = pd.to_datetime(articles["published"], utc=True).dt.tz_convert("Asia/Riyadh")

    def lines(name: str) -> pd.DataFrame:
        text = (DEV / name).read_text(encoding="utf-8").splitlines()
        return pd.DataFrame([json.loads(line) for line in text if line.strip()])

    gold = lines("stance.jsonl")
    gold.attrs["articles"] = list(articles["article_id"])
    return articles, gold, lines("stance-actors.jsonl")


def outside_ids(mentions: list[list[dict]], article_ids: list[str], gold_mentions: pd.DataFrame) -> dict[tuple[str, str], str]:
    """(article, predicted ``ar:`` id) -> the gold actor id of a gold mention the predicted mention overlaps."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for aid, start, end, actor in gold_mentions[["article_id", "start", "end", "actor_id"]].itertuples(index=False):
        spans.setdefault(aid, []).append((int(start), int(end), str(actor)))
    linked = {}
    for aid, found in zip(article_ids, mentions):
        for m in found:
            actor = m.get("actor_id")
            if isinstance(actor, str) and actor.startswith(OUTSIDE) and (aid, actor) not in linked:
                hit = next((g for s, e, g in spans.get(aid, ()) if s < m["end"] and m["start"] < e), None)
                if hit:
                    linked[(aid, actor)] = hit
    return linked


def sign(polarity: float) -> int:
    return (polarity > 0) - (polarity < 0)


def key(row: dict) -> Key:
    return (row["article_id"], str(row["source_actor"]), str(row["target_actor"]), sign(float(row["polarity"])))


def evidence_sentence(row: dict, sentence_starts: dict[str, list[int]]) -> int:
    """Index of the sentence of the article holding ``row``'s evidence start, as the matching compares them."""
    return bisect_right(sentence_starts[row["article_id"]], int(row["start"])) - 1


def match_rows(pred: list[dict], gold: list[dict], sentence_starts: dict[str, list[int]]) -> list[tuple[dict, dict]]:
    """One-to-one (pred, gold) pairs with the same key and overlapping (first) or same-sentence evidence."""
    candidates = []
    for pi, p in enumerate(pred):
        for gi, g in enumerate(gold):
            if key(p) != key(g):
                continue
            if p["start"] < g["end"] and g["start"] < p["end"]:
                candidates.append((1.0, pi, gi))
            elif evidence_sentence(p, sentence_starts) == evidence_sentence(g, sentence_starts):
                candidates.append((0.5, pi, gi))
    return [(pred[pi], gold[gi]) for pi, gi in one_to_one(candidates)]


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


def link(rows: list[dict], linked: dict[tuple[str, str], str]) -> list[dict]:
    """``rows`` with their ``ar:`` actor ids read, in place, as the gold actor ``outside_ids`` found for them."""
    for r in rows:
        for column in ("source_actor", "target_actor", "reported_by"):
            r[column] = linked.get((r["article_id"], r[column]), r[column])
    return rows


def run_extractor(articles: pd.DataFrame, gold_mentions: pd.DataFrame | None = None,
                  fallback: frozenset[str] = FALLBACK_RULES) -> tuple[list[dict], dict[str, set[str]], float, float, Callable]:
    """Every predicted row, the actor ids found per article, articles per second of stance_for
    alone and of the whole chain, and a function re-running stance_for alone with other fallback
    rules. With ``gold_mentions``, ``ar:`` ids are read as the gold actor they overlap
    (``outside_ids``)."""
    docs = [Document(a, t, p) for a, t, p in zip(articles["article_id"], articles["text"], articles["published"])]
    chain_start = time.perf_counter()
    mentions = [entities_for(d) for d in docs]
    quotes = [quotes_for(d, m) for d, m in zip(docs, mentions)]
    stance_start = time.perf_counter()
    rows = [r for d, m, q in zip(docs, mentions, quotes) for r in stance_for(d, m, q, fallback=fallback)]
    end = time.perf_counter()
    linked = {} if gold_mentions is None else outside_ids(mentions, [d.article_id for d in docs], gold_mentions)

    def rerun(rules: frozenset[str]) -> list[dict]:
        return link([r for d, m, q in zip(docs, mentions, quotes) for r in stance_for(d, m, q, fallback=rules)], linked)

    found = {d.article_id: {linked.get((d.article_id, m["actor_id"]), m["actor_id"]) for m in ms
                            if isinstance(m.get("actor_id"), str)} for d, ms in zip(docs, mentions)}
    return link(rows, linked), found, len(docs) / (end - stance_start), len(docs) / (end - chain_start), rerun


def reachable(gold: list[dict], found: dict[str, set[str]]) -> float:
    """Share of gold pairs whose source and target the actor extractor found in the article: the
    recall the stance extractor could reach with the mentions it is given."""
    keys = {key(r) for r in gold}
    return sum(k[1] in found.get(k[0], ()) and k[2] in found.get(k[0], ()) for k in keys) / len(keys) if keys else 0.0


def ablation(rerun: Callable, gold: list[dict], articles: set[str], sentence_starts: dict[str, list[int]],
             threshold: float) -> str:
    """Pair P/R/F1 at ``threshold`` with no fallback rule, each rule alone and all of them: how much
    each positional rule adds (development set only: the rules are chosen on it)."""
    variants = {"none": frozenset()} | {f"only {r}": frozenset({r}) for r in POSITIONAL_RULES}
    variants["all"] = frozenset(POSITIONAL_RULES)
    if FALLBACK_RULES not in variants.values():
        variants["default: " + " + ".join(r for r in POSITIONAL_RULES if r in FALLBACK_RULES)] = FALLBACK_RULES
    variants = {name + (" (default)" if rules == FALLBACK_RULES else ""): rules for name, rules in variants.items()}
    lines = {}
    for name, chosen in variants.items():
        found = [r for r in rerun(chosen) if r["confidence"] >= threshold]
        result = score(records(pd.DataFrame(found), articles), gold, sentence_starts)
        lines[name] = {c: result[c] for c in ("pairs pred", "pair P", "pair R", "pair F1")}
    frame = pd.DataFrame(lines).T
    frame["pairs pred"] = frame["pairs pred"].astype(int)
    with pd.option_context("display.float_format", "{:.3f}".format):
        return f"fallback rules, conf >= {threshold}:\n{frame.to_string()}"


def warm_up(text: str) -> None:
    """Load models, lexicons and the catalogue outside the timing."""
    doc = Document("warm-up", text)
    stance_for(doc, entities_for(doc))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE,
                        help="leave out extractor rows below this (scores at 0.5 are printed too)")
    parser.add_argument("--corpus", help="time the extractor on this file of articles instead of scoring")
    parser.add_argument("--limit", type=int, default=1000, help="articles of --corpus to use")
    parser.add_argument("--gold", choices=("test", "dev"), default="test",
                        help="test: the gold set of benchmarks/gold/ (default); dev: the development set of benchmarks/dev/")
    parser.add_argument("--articles", metavar="FIRST-LAST", help="score only the articles numbered FIRST..LAST (their n field)")
    args = parser.parse_args()
    if args.corpus:
        corpus = workbench.load_articles(args.corpus, tz="Asia/Riyadh").head(args.limit)
        warm_up(corpus["text"].iloc[0])
        rows, _, stance_rate, chain_rate, _ = run_extractor(corpus)
        kept = sum(r["confidence"] >= args.min_confidence for r in rows)
        print(f"{args.corpus}: {len(corpus)} articles, {kept} stance rows with confidence >= {args.min_confidence}, "
              f"{sum(r['confidence'] >= PRECISE for r in rows)} with confidence >= {PRECISE}")
        print(f"throughput: stance_for {stance_rate:.0f} articles/s; text layer + actors + quotes + stance "
              f"{chain_rate:.1f} articles/s (one process)")
        return

    if args.gold == "test":
        articles, gold_a, gold_b = load_articles(), load_gold("stance", "a"), load_gold("stance", "b")
        gold_mentions = load_gold("entities")
        if gold_mentions.empty:
            gold_mentions = pd.DataFrame(columns=["article_id", "start", "end", "actor_id"])
    else:
        articles, gold_a, gold_mentions = load_dev()
        gold_b = pd.DataFrame()
        gold_b.attrs["articles"] = []
    done_a = set(gold_a.attrs["articles"])
    if args.articles:
        done_a &= set(articles.loc[numbered(articles, args.articles), "article_id"])
    both = done_a & set(gold_b.attrs["articles"])
    if not done_a:
        print("no article has a completed stance layer yet")
        return
    scored = articles[articles["article_id"].isin(done_a)]
    sentence_starts = {aid: [s for s, _ in sentences(text)] for aid, text in zip(articles["article_id"], articles["text"])}

    warm_up(scored["text"].iloc[0])
    pred, found, stance_rate, chain_rate, rerun = run_extractor(scored, gold_mentions)
    thresholds = sorted({args.min_confidence, PRECISE})

    def at(rows: list[dict], threshold: float) -> list[dict]:
        return [r for r in rows if r["confidence"] >= threshold]

    table = {}
    for threshold in thresholds:
        table[f"extractor vs A ({len(done_a)} articles), conf >= {threshold}"] = score(
            records(pd.DataFrame(at(pred, threshold)), done_a), records(gold_a, done_a), sentence_starts)
    if both:
        for threshold in thresholds:
            table[f"extractor vs A ({len(both)} articles with B), conf >= {threshold}"] = score(
                records(pd.DataFrame(at(pred, threshold)), both), records(gold_a, both), sentence_starts)
        table[f"annotator B vs A ({len(both)} articles)"] = score(records(gold_b, both), records(gold_a, both),
                                                                  sentence_starts)
    frame = pd.DataFrame(table).T
    counts = [c for c in frame.columns if c.startswith(("rows", "pairs"))]
    frame[counts] = frame[counts].astype(int)
    what = "gold set (test split)" if args.gold == "test" else "development set (benchmarks/dev/)"
    what += f", articles {args.articles}" if args.articles else ""
    print(f"stance layer done, {what}: annotator A {len(done_a)} articles, annotator B {len(both)} of them; "
          f"extractor rows with confidence >= {' and >= '.join(map(str, thresholds))}")
    with pd.option_context("display.width", 250, "display.max_columns", 20, "display.float_format", "{:.3f}".format):
        print(frame.to_string())
    if both:
        for threshold in thresholds:
            ours = table[f"extractor vs A ({len(both)} articles with B), conf >= {threshold}"]["pair F1"]
            theirs = table[f"annotator B vs A ({len(both)} articles)"]["pair F1"]
            ratio = ours / theirs if theirs else float("nan")
            print(f"extractor pair F1 (conf >= {threshold}) as a share of the annotators' agreement (same articles): "
                  f"{ratio:.2f}")
    if args.gold == "dev":
        print(ablation(rerun, records(gold_a, done_a), done_a, sentence_starts, args.min_confidence))
    print(f"gold pairs (annotator A) whose two actors the actor extractor found in the article: "
          f"{reachable(records(gold_a, done_a), found):.2f}")
    print(f"throughput: stance_for {stance_rate:.0f} articles/s; text layer + actors + quotes + stance "
          f"{chain_rate:.1f} articles/s ({len(scored)} articles, one process)")


if __name__ == "__main__":
    main()
