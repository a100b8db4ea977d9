"""Score the dates extractor and dateparser against the hand-annotated gold set, and time both.

    .venv/bin/python benchmarks/dates.py                 # test gold set: both systems
    .venv/bin/python benchmarks/dates.py --gold dev      # development set (benchmarks/dev/dates*.jsonl)
    .venv/bin/python benchmarks/dates.py --gold dev --articles 31-54   # its second round alone
    .venv/bin/python benchmarks/dates.py --corpus /work/shared/data/saudinewsnet/2015-08-06.zip

Needs the ``bench`` extra (``pip install -e .[bench]``) for dateparser.

``--gold test`` (the default) scores the articles of the test gold set whose
file lists ``dates`` in ``done`` (see benchmarks/gold/README.md) and prints how
many; ``--gold dev`` scores the development-split articles of
benchmarks/dev/dates-articles.jsonl against benchmarks/dev/dates.jsonl, the set
the extractor's rules are tuned on; ``--articles FIRST-LAST`` keeps the articles
numbered ``n`` in that range (31-54 and 55-80 are the development set's second and third rounds). Both systems read the same
articles: this extractor through ``workbench.dates`` and dateparser through
``search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": publication
time})``. dateparser returns substrings without offsets, so each is located in
the text after the previous one.

Spans match *exactly* when start and end agree and by *overlap* when they share
a character (pairs matched one to one, largest overlap first). On overlap-matched
pairs, *value acc* is the share whose first and last day both equal the gold ones
(two unresolved values count as equal) and *day in gold* the share whose first day
falls within the gold bounds (or both unresolved), which is fairer to dateparser,
whose answer is one moment rather than a span. *kind acc* compares kinds (this
extractor only). Throughput in the table is articles per second end to end (an
articles frame in, the dates out) on the gold articles; the last line adds, on
the gold articles or ``--corpus``, the rate of ``dates_for`` alone with the text
layer built beforehand (as ``workbench.annotate`` shares it between extractors).
The speed ratio and ``dates_for``'s time per article are also given in CPU
time, which other jobs on a shared machine disturb less than wall-clock time.
``PYTHONPATH=/path/to/an/older/tree`` times an older version of the package
(from ``git archive``) with the same script. Both systems are timed the same
way: the best of ``--repeat`` runs, wall-clock and CPU time read around the
same runs, on the search alone (``workbench.dates`` for this extractor,
``search_dates`` for dateparser); turning their output into spans for scoring
is not timed. With ``--corpus`` the speed ratio is also taken on ``--speed-sample``
distinct articles spread over the corpus, one pass each: on the 40 gold articles a
run of this extractor lasts about 40 ms, and repeated runs over the same texts
favour dateparser, so that ratio moves by half between runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import warnings
from datetime import date
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "benchmarks" / "dev"
sys.path.insert(0, str(ROOT / "benchmarks" / "gold"))
sys.path.append(str(ROOT))  # after PYTHONPATH: PYTHONPATH=/tmp/before times an older tree of the package

import workbench  # noqa: E402
from gold import load_articles, load_gold  # noqa: E402
from scoring import numbered, one_to_one, prf  # noqa: E402
from workbench.extract.dates import dates_for  # noqa: E402
from workbench.text import documents  # noqa: E402

Span = dict  # start, end, value_start, value_end (ISO day or None), kind (or None)


def ours(frame: pd.DataFrame, articles: pd.DataFrame) -> dict[str, list[Span]]:
    """The spans of a ``dates`` frame, per article."""
    out: dict[str, list[Span]] = {aid: [] for aid in articles["article_id"]}
    for r in frame.itertuples():
        out[r.article_id].append(
            {"start": r.start, "end": r.end, "value_start": _day(r.value_start), "value_end": _day(r.value_end), "kind": r.kind}
        )
    return out


def dateparser_search(articles: pd.DataFrame) -> list[list[tuple[str, object]]]:
    """dateparser's (substring, moment) pairs of each article, relative to its publication time."""
    from dateparser.search import search_dates

    found = []
    for text, published in zip(articles["text"], articles["published"]):
        base = published.tz_localize(None).to_pydatetime() if pd.notna(published) else None
        settings = {"RELATIVE_BASE": base} if base else {}
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found.append(search_dates(text, languages=["ar"], settings=settings) or [])
    return found


def dateparser_spans(found: list[list[tuple[str, object]]], articles: pd.DataFrame) -> dict[str, list[Span]]:
    """dateparser's substrings located in the text, each after the previous one (it gives no offsets)."""
    out: dict[str, list[Span]] = {}
    for aid, text, pairs in zip(articles["article_id"], articles["text"], found):
        spans, position = [], 0
        for substring, moment in pairs:
            start = text.find(substring, position)
            if start < 0:
                start = text.find(substring)
            if start < 0:
                continue
            position = start + len(substring)
            day = moment.date().isoformat()
            spans.append({"start": start, "end": position, "value_start": day, "value_end": day, "kind": None})
        out[aid] = spans
    return out


def _day(value) -> str | None:
    if value is None or pd.isna(value):
        return None
    return pd.Timestamp(value).date().isoformat()


def match(pred: list[Span], gold: list[Span]) -> tuple[list[tuple[Span, Span]], int]:
    """Overlap-matched (pred, gold) pairs, one to one, largest overlap first; and the number of exact matches."""
    exact = len({(p["start"], p["end"]) for p in pred} & {(g["start"], g["end"]) for g in gold})
    scored = [
        (min(p["end"], g["end"]) - max(p["start"], g["start"]), pi, gi)
        for pi, p in enumerate(pred)
        for gi, g in enumerate(gold)
        if p["start"] < g["end"] and g["start"] < p["end"]
    ]
    return [(pred[pi], gold[gi]) for pi, gi in one_to_one(scored)], exact


def value_right(p: Span, g: Span) -> bool:
    return (p["value_start"], p["value_end"]) == (g["value_start"], g["value_end"])


def day_in_gold(p: Span, g: Span) -> bool:
    if g["value_start"] is None or p["value_start"] is None:
        return g["value_start"] is None and p["value_start"] is None
    return date.fromisoformat(g["value_start"]) <= date.fromisoformat(p["value_start"]) <= date.fromisoformat(g["value_end"])


def score(pred: dict[str, list[Span]], gold: dict[str, list[Span]]) -> dict[str, float]:
    n_pred = n_gold = exact = 0
    pairs: list[tuple[Span, Span]] = []
    for aid, gold_rows in gold.items():
        found, n_exact = match(pred.get(aid, []), gold_rows)
        pairs += found
        exact += n_exact
        n_pred += len(pred.get(aid, []))
        n_gold += len(gold_rows)
    ep, er, ef = prf(exact, n_pred, n_gold)
    op, orr, of = prf(len(pairs), n_pred, n_gold)
    ratio = lambda hits: hits / len(pairs) if pairs else float("nan")  # noqa: E731
    kinds = [p["kind"] == g["kind"] for p, g in pairs if p["kind"] is not None]
    return {
        "gold": n_gold, "pred": n_pred, "exact P": ep, "exact R": er, "exact F1": ef,
        "overlap P": op, "overlap R": orr, "overlap F1": of,
        "value acc": ratio(sum(value_right(p, g) for p, g in pairs)),
        "day in gold": ratio(sum(day_in_gold(p, g) for p, g in pairs)),
        "kind acc": sum(kinds) / len(kinds) if kinds else float("nan"),
    }


def timed(run, articles: pd.DataFrame, repeat: int) -> tuple[object, float, float]:
    """The result of ``run(articles)`` and its best articles-per-second rates over ``repeat`` runs,
    in wall-clock and in CPU time (both clocks read around the same runs)."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = run(articles)
        wall, cpu = min(wall, time.perf_counter() - started), min(cpu, time.process_time() - started_cpu)
    return result, len(articles) / max(wall, 1e-9), len(articles) / max(cpu, 1e-9)


def extractor_throughput(articles: pd.DataFrame, repeat: int) -> tuple[float, float, float, int]:
    """Articles per second of ``dates_for`` with the text layer built beforehand (as ``workbench.annotate``
    shares it), in wall-clock and in CPU time, and of the whole frame function; best of ``repeat`` runs each."""
    docs = documents(articles)
    for doc in docs:
        doc.normalized, doc.sentences, doc.sentence_of(0)  # noqa: B018 - build the shared text layer
    rows, alone, alone_cpu = timed(lambda _: [r for doc in docs for r in dates_for(doc)], articles, repeat)
    _, chain, _ = timed(workbench.dates, articles, repeat)
    return alone, alone_cpu, chain, len(rows)


def gold_spans(gold: pd.DataFrame, article_ids: list[str]) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = {aid: [] for aid in article_ids}
    for r in gold.to_dict("records"):
        out[r["article_id"]].append(
            {"start": int(r["start"]), "end": int(r["end"]), "kind": r["kind"],
             "value_start": r["value_start"] if isinstance(r.get("value_start"), str) else None,
             "value_end": r["value_end"] if isinstance(r.get("value_end"), str) else None}
        )
    return out


def gold_set(name: str) -> tuple[pd.DataFrame, pd.DataFrame, list[str]]:
    """Articles, gold rows and scored article ids of the ``test`` gold set or the ``dev`` set."""
    if name == "test":
        gold = load_gold("dates")
        return load_articles(), gold, list(gold.attrs["articles"])
    articles = pd.read_json(DEV / "dates-articles.jsonl", lines=True, dtype={"article_id": str})
    articles["published"] = pd.to_datetime(articles["published"], utc=True).dt.tz_convert("Asia/Riyadh")
    with open(DEV / "dates.jsonl", encoding="utf-8") as fh:
        gold = pd.DataFrame([json.loads(line) for line in fh if line.strip()])
    return articles, gold, list(articles["article_id"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="a file, folder or glob of articles to time this extractor on as well")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each system to time (best kept, the same for both)")
    parser.add_argument("--gold", choices=("test", "dev"), default="test",
                        help="score against the test gold set (benchmarks/gold) or the development set (benchmarks/dev)")
    parser.add_argument("--articles", metavar="FIRST-LAST", help="score only the articles numbered n = FIRST..LAST")
    parser.add_argument("--speed-sample", type=int, default=500,
                        help="with --corpus: articles spread over it on which both systems are timed once (0: skip)")
    args = parser.parse_args()

    articles, gold, scored_ids = gold_set(args.gold)
    if args.articles:
        scored_ids = [aid for aid in scored_ids if aid in set(articles.loc[numbered(articles, args.articles), "article_id"])]
        gold = gold[gold["article_id"].isin(scored_ids)]
    articles = articles[articles["article_id"].isin(scored_ids)].reset_index(drop=True)
    truth = gold_spans(gold, scored_ids)

    workbench.dates(articles.head(1))  # load the vocabulary and compile the grammar before timing
    dateparser_search(articles.head(1))  # and dateparser's language data
    frame, our_rate, our_cpu = timed(workbench.dates, articles, args.repeat)
    found, their_rate, their_cpu = timed(dateparser_search, articles, args.repeat)
    our_spans, their_spans = ours(frame, articles), dateparser_spans(found, articles)
    rows = [("workbench.dates", score(our_spans, truth), our_rate), ("dateparser", score(their_spans, truth), their_rate)]

    which = f"{args.gold}, articles {args.articles}" if args.articles else args.gold
    print(f"dates gold ({which}): {len(articles)} articles scored, {len(gold)} gold expressions")
    cols = ["gold", "pred", "exact P", "exact R", "exact F1", "overlap P", "overlap R", "overlap F1", "value acc", "day in gold", "kind acc"]
    print("| system | " + " | ".join(cols) + " | articles/s |")
    print("|---" * (len(cols) + 2) + "|")
    for name, s, rate in rows:
        cells = [f"{s[c]:d}" if c in ("gold", "pred") else f"{s[c]:.3f}" for c in cols]
        print(f"| {name} | " + " | ".join(cells) + f" | {rate:,.1f} |")
    print(f"speed ratio workbench.dates / dateparser: {our_rate / their_rate:,.0f}x wall clock, "
          f"{our_cpu / their_cpu:,.0f}x in CPU time ({our_cpu:,.0f} vs {their_cpu:,.1f} articles per CPU second)")

    corpus, where = articles, "the gold articles"
    if args.corpus:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", workbench.LoadWarning)
            corpus, where = workbench.load_articles(args.corpus, tz="Asia/Riyadh"), args.corpus
    alone, alone_cpu, chain, n_rows = extractor_throughput(corpus, args.repeat)
    print(f"on {len(corpus)} articles of {where}: dates_for alone (text layer shared) {alone:,.0f} articles/s "
          f"({1000 / alone:.2f} ms/article, {1000 / alone_cpu:.2f} ms CPU); text layer + dates frame {chain:,.0f} articles/s; "
          f"{n_rows} expressions")
    if args.corpus and args.speed_sample:
        sample = corpus.iloc[:: max(len(corpus) // args.speed_sample, 1)].head(args.speed_sample).reset_index(drop=True)
        _, our_rate, our_cpu = timed(workbench.dates, sample, 1)
        _, their_rate, their_cpu = timed(dateparser_search, sample, 1)
        print(f"speed ratio on {len(sample)} distinct articles spread over {where} (one pass each, no text read twice): "
              f"{our_rate / their_rate:,.0f}x wall clock, {our_cpu / their_cpu:,.0f}x in CPU time "
              f"({our_cpu:,.0f} vs {their_cpu:,.1f} articles per CPU second)")


if __name__ == "__main__":
    main()
