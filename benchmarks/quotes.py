"""Score the quote extractor against the hand-annotated gold set and time it.

    .venv/bin/python benchmarks/quotes.py                      # gold set, all quotes
    .venv/bin/python benchmarks/quotes.py --corpus /work/shared/data/saudinewsnet/2015-08-06.zip
    .venv/bin/python benchmarks/quotes.py --gold dev            # the development set (benchmarks/dev/)
    .venv/bin/python benchmarks/quotes.py --gold dev --articles 21-40   # only the articles numbered 21..40

Scores the articles whose gold file lists ``quotes`` in ``done`` (see
benchmarks/gold/README.md) and prints how many; ``--gold dev`` scores the
development set of benchmarks/dev/ instead (QUOTES.md there), on which the
extractor's rules are tuned; ``--articles FIRST-LAST`` scores only the
articles whose ``n`` lies in that range (the development set's second round of
articles, say, before the extractor was tuned on it). A predicted quote matches a gold
quote of the same article *exactly* when start and end agree, and by *overlap*
when the token sets of the two spans have a Jaccard overlap of at least 0.5
(pairs matched one to one, best overlap first). Speaker accuracy is measured on
overlap-matched pairs: right when the actor ids agree, or the speaker mentions
overlap, or neither quote has a speaker; actor accuracy is the share of those
pairs whose gold speaker is an actor of the shipped catalogue that get its id
(a speaker missing from the catalogue has no id to get; ``n actor`` counts them). Throughput is
articles per CPU second of ``quotes_for`` alone (text layer and actor mentions
computed beforehand, as ``workbench.annotate`` shares them) and of the whole
chain text layer + actors + quotes, on the gold articles or on ``--corpus``:
CPU time of this process, so that other jobs on a shared machine weigh less on it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "gold"))
sys.path.insert(0, str(ROOT))

import workbench  # noqa: E402
from gold import load_articles, load_gold  # noqa: E402
from scoring import numbered, one_to_one, prf  # noqa: E402
from workbench.extract.entities import entities_for  # noqa: E402
from workbench.extract.quotes import quotes_for  # noqa: E402
from workbench.text import Document, documents, tokenize  # noqa: E402

OVERLAP = 0.5
DEV = ROOT / "benchmarks" / "dev"


def load_dev() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The development set: its articles and its gold quotes (every article annotated)."""
    articles = pd.read_json(DEV / "quotes-articles.jsonl", lines=True, dtype={"article_id": str})
    articles["published"] = pd.to_datetime(articles["published"], utc=True).dt.tz_convert("Asia/Riyadh")
    lines = (DEV / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
    gold = pd.DataFrame([json.loads(line) for line in lines if line.strip()])
    gold.attrs["articles"] = list(articles["article_id"])
    return articles, gold


def token_set(text: str, start: int, end: int) -> set[int]:
    """Start offsets of the word tokens inside [start, end)."""
    return {start + t.start for t in tokenize(text[start:end]) if t.kind != "punct"}


def match(pred: list[dict], gold: list[dict], text: str) -> tuple[list[tuple[dict, dict]], int]:
    """Overlap-matched (pred, gold) pairs, one to one, best first; and the number of exact matches."""
    exact = len({(p["start"], p["end"]) for p in pred} & {(g["start"], g["end"]) for g in gold})
    scored = []
    for pi, p in enumerate(pred):
        ps = token_set(text, p["start"], p["end"])
        for gi, g in enumerate(gold):
            gs = token_set(text, g["start"], g["end"])
            union = ps | gs
            jaccard = len(ps & gs) / len(union) if union else 0.0
            if jaccard >= OVERLAP:
                scored.append((jaccard, pi, gi))
    return [(pred[pi], gold[gi]) for pi, gi in one_to_one(scored)], exact


def speaker_right(p: dict, g: dict) -> bool:
    """Same speaker: the same actor id, or overlapping speaker mentions, or both without a speaker."""
    if _actor(g) is not None and _actor(g) == _actor(p):
        return True
    if _missing(g.get("speaker_start")) or _missing(p.get("speaker_start")):
        return _missing(g.get("speaker_start")) and _missing(p.get("speaker_start"))
    return p["speaker_start"] < g["speaker_end"] and g["speaker_start"] < p["speaker_end"]


def actor_right(p: dict, g: dict, known: set[str]) -> bool | None:
    """Whether the predicted actor id is the gold one (None when the gold actor is not in the catalogue)."""
    return None if _actor(g) not in known else _actor(p) == _actor(g)


def _actor(row: dict) -> str | None:
    actor = row.get("speaker_actor")
    return actor if isinstance(actor, str) and actor else None


def _missing(value) -> bool:
    return value is None or pd.isna(value)


def score(docs: list[Document], mentions: dict[str, list[dict]], gold: pd.DataFrame, min_confidence: float) -> list[list]:
    known = set(workbench.load_catalogue()["actor_id"])
    by_article = {aid: g.to_dict("records") for aid, g in gold.groupby("article_id")} if len(gold) else {}
    # per kind: predicted, gold, exact matches, overlap matches, right speakers, right actors, pairs with a gold actor
    counts = {k: [0] * 7 for k in ("all", "direct", "reported", "mixed")}
    for doc in docs:
        pred = [r for r in quotes_for(doc, mentions[doc.article_id]) if r["confidence"] >= min_confidence]
        gold_rows = by_article.get(doc.article_id, [])
        for kind, c in counts.items():
            p_k = [r for r in pred if kind in ("all", r["kind"])]
            g_k = [g for g in gold_rows if kind in ("all", g["kind"])]
            pairs, exact = match(p_k, g_k, doc.text)
            c[0] += len(p_k)
            c[1] += len(g_k)
            c[2] += exact
            c[3] += len(pairs)
            c[4] += sum(speaker_right(p, g) for p, g in pairs)
            actors = [actor_right(p, g, known) for p, g in pairs]
            c[5] += sum(a is True for a in actors)
            c[6] += sum(a is not None for a in actors)
    table = []
    for kind, (n_pred, n_gold, exact, overlap, spk_ok, actor_ok, actor_n) in counts.items():
        ep, er, ef = prf(exact, n_pred, n_gold)
        op, orr, of = prf(overlap, n_pred, n_gold)
        table.append([kind, n_gold, n_pred, ep, er, ef, op, orr, of, _ratio(spk_ok, overlap), _ratio(actor_ok, actor_n), actor_n])
    return table


def _ratio(a: int, b: int) -> float:
    return a / b if b else float("nan")


def throughput(articles: pd.DataFrame) -> tuple[float, float]:
    """Articles per CPU second: quotes_for alone (layer and mentions ready), and layer + actors + quotes."""
    docs = documents(articles)
    started = time.process_time()
    mentions = {}
    for doc in docs:
        doc.tokens, doc.sentences, doc.normalized  # noqa: B018 - build the shared text layer
        mentions[doc.article_id] = entities_for(doc)
    layer_and_actors = time.process_time() - started
    started = time.process_time()
    for doc in docs:
        quotes_for(doc, mentions[doc.article_id])
    quotes_only = time.process_time() - started
    return len(docs) / quotes_only, len(docs) / (layer_and_actors + quotes_only)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="a file, folder or glob of articles to time on (default: the scored articles)")
    parser.add_argument("--gold", choices=("test", "dev"), default="test",
                        help="test: the gold set of benchmarks/gold/ (default); dev: the development set of benchmarks/dev/")
    parser.add_argument("--articles", metavar="FIRST-LAST", help="score only the articles numbered FIRST..LAST (their n field)")
    parser.add_argument("--min-confidence", type=float, default=0.0, help="score only quotes at or above this confidence")
    args = parser.parse_args()

    if args.gold == "test":
        articles, gold = load_articles(), load_gold("quotes")
    else:
        articles, gold = load_dev()
    scored_ids = set(gold.attrs["articles"])
    if args.articles:
        scored_ids &= set(articles.loc[numbered(articles, args.articles), "article_id"])
        gold = gold[gold["article_id"].isin(scored_ids)]
    articles = articles[articles["article_id"].isin(scored_ids)].reset_index(drop=True)
    docs = documents(articles)
    mentions = {doc.article_id: entities_for(doc) for doc in docs}
    table = score(docs, mentions, gold, args.min_confidence)

    what = "gold" if args.gold == "test" else "development set"
    what += f", articles {args.articles}" if args.articles else ""
    print(f"quotes {what}: {len(docs)} articles scored (layer 'quotes' done), {len(gold)} gold quotes; min confidence {args.min_confidence}")
    head = f"{'kind':9s} {'gold':>5s} {'pred':>5s} | {'exact P':>7s} {'R':>5s} {'F1':>5s} | {'overlap P':>9s} {'R':>5s} {'F1':>5s} | {'speaker acc':>11s} {'actor acc':>9s} {'n actor':>7s}"
    print(head)
    print("-" * len(head))
    for kind, n_gold, n_pred, ep, er, ef, op, orr, of, spk, act, n_act in table:
        print(f"{kind:9s} {n_gold:5d} {n_pred:5d} | {ep:7.3f} {er:5.3f} {ef:5.3f} | {op:9.3f} {orr:5.3f} {of:5.3f} | {spk:11.3f} {act:9.3f} {n_act:7d}")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", workbench.LoadWarning)  # skipped empty articles do not matter for timing
        timed = workbench.load_articles(args.corpus, tz="Asia/Riyadh") if args.corpus else articles
    quotes_rate, chain_rate = throughput(timed)
    where = args.corpus or "the scored articles"
    print(f"throughput on {len(timed)} articles of {where}: quotes_for {quotes_rate:,.0f} articles/CPU s "
          f"({1000 / quotes_rate:.2f} ms an article); text layer + actors + quotes {chain_rate:,.0f} articles/CPU s")


if __name__ == "__main__":
    main()
