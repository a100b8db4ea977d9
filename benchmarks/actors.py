"""Actor linking against the hand-annotated gold set: precision and recall of (article, actor) pairs.

Scores the articles of ``benchmarks/gold/`` whose annotation lists ``entities``
in ``done`` (the set is annotated concurrently; the script prints how many it
scored). Rows:

- pairs: distinct (article_id, actor_id) pairs, matched in two steps:
  1. by equal id (catalogue actors, and any other id the prediction happens to share);
  2. the gold actors left whose id is not a catalogue id ("outside" actors,
     slugs the annotators made up) are matched one to one with the predicted
     pairs left whose id the gold set never uses (``ar:`` ids of names outside
     the catalogue, or catalogue ids under another slug): a gold actor and a
     predicted id match when a predicted mention of that id and a gold mention
     of that actor in the article largely coincide, their overlap covering at
     least half of each span (so the same span under another slug matches, and
     so does one with a head or a clitic run in or a last part cut, when that is
     no longer than the rest; a place read inside a body's name, «الدوحة» in
     «مؤسسة الدوحة للفيلم», does not stand for the body, and neither does a name
     read with a longer head or cut to a short first part, which round 181 of
     ``docs/actors.md`` counts); where several could match, the pair with the
     most coinciding mentions wins;
- pairs, catalogue ids only: gold restricted to actors the shipped catalogue
  holds, predictions to catalogue ids (step 1 alone);
- pairs, outside the catalogue: gold restricted to outside actors, predictions
  to ids the gold set never uses (step 2 alone);
- mentions: exact (start, end, type) spans, with or without an id;
- mentions, overlap: a gold mention counts as found when a predicted one overlaps it.

Also: articles per CPU second for ``workbench.entities`` on the scored articles.
``--speed N`` instead times ``entities_for`` on the first N articles of the
development-split zip 2015-07-21, with the text layer computed beforehand, in
CPU ms per article for the catalogue alone and with the name patterns, trigger windows
without and with the name patterns, and every sentence (best of ``--repeat`` interleaved
rounds, 3 by default), and the cost of the name patterns (differences of those bests).
``--gold dev`` scores the development set of ``benchmarks/dev/`` instead
(``ENTITIES.md`` there: 40 development-split articles annotated by hand;
``--gold dev-new`` its second 20 alone, ``--gold dev-3`` its third 20, ``--gold dev-4`` its fourth 20, ``--gold dev-5`` its fifth batch of 15, ``--gold dev-6`` its sixth batch of 15, ``--gold dev-7`` its seventh batch of 10, ``--gold dev-8`` its eighth batch of 10, ``--gold dev-9`` its ninth batch of 10, ``--gold dev-10`` its tenth batch of 10, ``--gold dev-11`` its eleventh batch of 10, ``--gold dev-12`` its twelfth batch of 10, ``--gold dev-13`` its thirteenth batch of 10, ``--gold dev-14`` its fourteenth batch of 10, ``--gold dev-15`` its fifteenth batch of 10, ``--gold dev-16`` its sixteenth batch of 10, ``--gold dev-17`` its seventeenth batch of 8, drawn like the test gold set, ``--gold dev-18`` its eighteenth, ``--gold dev-19`` its nineteenth, ``--gold dev-20`` its twentieth, ``--gold dev-21`` its twenty-first, ``--gold dev-22`` its twenty-second, ``--gold dev-23`` its twenty-third, ``--gold dev-24`` its twenty-fourth, ``--gold dev-25`` its twenty-fifth, ``--gold dev-26`` its twenty-sixth, ``--gold dev-27`` its twenty-seventh, ``--gold dev-28`` its twenty-eighth, ``--gold dev-29`` its twenty-ninth, ``--gold dev-30`` its thirtieth, ``--gold dev-31`` its thirty-first, ``--gold dev-32`` its thirty-second, ``--gold dev-33`` its thirty-third, ``--gold dev-34`` its thirty-fourth, ``--gold dev-35`` its thirty-fifth, ``--gold dev-36`` its thirty-sixth, ``--gold dev-37`` its thirty-seventh, ``--gold dev-38`` its thirty-eighth, ``--gold dev-39`` its thirty-ninth, ``--gold dev-40`` its fortieth, ``--gold dev-41`` its forty-first, ``--gold dev-42`` its forty-second, ``--gold dev-43`` its forty-third, ``--gold dev-44`` its forty-fourth, all drawn the same way); the test gold set
stays the default.

    .venv/bin/python benchmarks/actors.py [--gold test|dev|dev-new|dev-3|dev-4|dev-5|dev-6|dev-7|dev-8|dev-9|dev-10|dev-11|dev-12|dev-13|dev-14|dev-15|dev-16|dev-17|dev-18|dev-19|dev-20|dev-21|dev-22|dev-23|dev-24|dev-25|dev-26|dev-27|dev-28|dev-29|dev-30|dev-31|dev-32|dev-33|dev-34|dev-35|dev-36|dev-37|dev-38|dev-39|dev-40|dev-41|dev-42|dev-43|dev-44] [--scope triggers|confident|all] [--no-model] [--show N] [--speed N [--repeat R]]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks" / "gold")]

from gold import load_articles, load_gold  # noqa: E402
from scoring import prf  # noqa: E402

import workbench  # noqa: E402
from workbench.extract.catalogue import load_catalogue  # noqa: E402

DEV = ROOT / "benchmarks" / "dev"


DEV_BATCHES = {"dev": ["quotes-articles.jsonl", "entities-articles.jsonl", "entities-articles-3.jsonl",
                       "entities-articles-4.jsonl", "entities-articles-5.jsonl", "entities-articles-6.jsonl",
                       "entities-articles-7.jsonl", "entities-articles-8.jsonl", "entities-articles-9.jsonl",
                       "entities-articles-10.jsonl", "entities-articles-11.jsonl", "entities-articles-12.jsonl",
                       "entities-articles-13.jsonl", "entities-articles-14.jsonl",
                       "entities-articles-15.jsonl", "entities-articles-16.jsonl", "entities-articles-17.jsonl",
                       "entities-articles-18.jsonl", "entities-articles-19.jsonl",
                       "entities-articles-20.jsonl", "entities-articles-21.jsonl", "entities-articles-22.jsonl",
                       "entities-articles-23.jsonl", "entities-articles-24.jsonl", "entities-articles-25.jsonl",
                       "entities-articles-26.jsonl", "entities-articles-27.jsonl",
                       "entities-articles-28.jsonl", "entities-articles-29.jsonl",
                       "entities-articles-30.jsonl", "entities-articles-31.jsonl",
                       "entities-articles-32.jsonl", "entities-articles-33.jsonl",
                       "entities-articles-34.jsonl", "entities-articles-35.jsonl", "entities-articles-36.jsonl",
                       "entities-articles-37.jsonl"],
               "dev-new": ["entities-articles.jsonl"], "dev-3": ["entities-articles-3.jsonl"],
               "dev-4": ["entities-articles-4.jsonl"], "dev-5": ["entities-articles-5.jsonl"],
               "dev-6": ["entities-articles-6.jsonl"], "dev-7": ["entities-articles-7.jsonl"],
               "dev-8": ["entities-articles-8.jsonl"], "dev-9": ["entities-articles-9.jsonl"],
               "dev-10": ["entities-articles-10.jsonl"], "dev-11": ["entities-articles-11.jsonl"],
               "dev-12": ["entities-articles-12.jsonl"], "dev-13": ["entities-articles-13.jsonl"],
               "dev-14": ["entities-articles-14.jsonl"],
               "dev-15": ["entities-articles-15.jsonl"],
               "dev-16": ["entities-articles-16.jsonl"],
               "dev-17": ["entities-articles-17.jsonl"],
               "dev-18": ["entities-articles-18.jsonl"],
               "dev-19": ["entities-articles-19.jsonl"],
               "dev-20": ["entities-articles-20.jsonl"],
               "dev-21": ["entities-articles-21.jsonl"],
               "dev-22": ["entities-articles-22.jsonl"],
               "dev-23": ["entities-articles-23.jsonl"],
               "dev-24": ["entities-articles-24.jsonl"],
               "dev-25": ["entities-articles-25.jsonl"],
               "dev-26": ["entities-articles-26.jsonl"],
               "dev-27": ["entities-articles-27.jsonl"],
               "dev-28": ["entities-articles-28.jsonl"],
               "dev-29": ["entities-articles-29.jsonl"],
               "dev-30": ["entities-articles-30.jsonl"],
               "dev-31": ["entities-articles-31.jsonl"],
               "dev-32": ["entities-articles-32.jsonl"],
               "dev-33": ["entities-articles-33.jsonl"],
               "dev-34": ["entities-articles-34.jsonl"],
               "dev-35": ["entities-articles-35.jsonl"],
               "dev-36": ["entities-articles-36.jsonl"],
               "dev-37": ["entities-articles-37.jsonl"],
               "dev-38": ["entities-articles-38.jsonl"],
               "dev-39": ["entities-articles-39.jsonl"],
               "dev-40": ["entities-articles-40.jsonl"],
               "dev-41": ["entities-articles-41.jsonl"],
               "dev-42": ["entities-articles-42.jsonl"],
               "dev-43": ["entities-articles-43.jsonl"],
               "dev-44": ["entities-articles-44.jsonl"]}


def load_dev(batch: str = "dev") -> tuple[pd.DataFrame, pd.DataFrame]:
    """The entities development set: its articles (those of the batch's files that
    ``entities.jsonl`` annotates; every one has mentions) and its gold mentions. ``batch``: "dev"
    the whole set, "dev-new" the second 20 (``entities-articles.jsonl``), "dev-3" the third 20, "dev-4" the fourth,
    "dev-5" the fifth batch (15 articles), "dev-6" the sixth (15 articles), "dev-7" the seventh (10 articles), "dev-8" the eighth (10 articles), "dev-9" the ninth (10 articles), "dev-10" the tenth (10 articles), "dev-11" the eleventh (10 articles), "dev-12" the twelfth (10 articles), "dev-13" the thirteenth (10 articles), "dev-14" the fourteenth (10 articles), "dev-15" the fifteenth (10 articles), "dev-16" the sixteenth (10 articles), "dev-17" the seventeenth (8 political articles drawn like the test gold set), "dev-18" the eighteenth (8, drawn the same way), "dev-19" the nineteenth (8, drawn the same way), "dev-20" the twentieth (8, drawn the same way), "dev-21" the twenty-first (8, drawn the same way), "dev-22" the twenty-second (8, drawn the same way), "dev-23" the twenty-third (8, drawn the same way), "dev-24" the twenty-fourth (8, drawn the same way), "dev-25" the twenty-fifth (8, drawn the same way), "dev-26" the twenty-sixth (8, drawn the same way), "dev-27" the twenty-seventh (8, drawn the same way), "dev-28" the twenty-eighth (8, drawn the same way), "dev-29" the twenty-ninth (8, drawn the same way), "dev-30" the thirtieth (8, drawn the same way)."""
    lines = (DEV / "entities.jsonl").read_text(encoding="utf-8").splitlines()
    gold = pd.DataFrame([json.loads(line) for line in lines if line.strip()])
    files = DEV_BATCHES[batch]
    articles = pd.concat([pd.read_json(DEV / name, lines=True, dtype={"article_id": str}) for name in files],
                         ignore_index=True)
    # one article sits in both quotes-articles.jsonl and an entities batch: score it once
    articles = articles[articles["article_id"].isin(set(gold["article_id"]))].drop_duplicates("article_id")
    articles = articles.reset_index(drop=True)
    gold = gold[gold["article_id"].isin(set(articles["article_id"]))].reset_index(drop=True)
    gold.attrs["articles"] = list(articles["article_id"])
    return articles, gold


def set_scores(gold: set, pred: set) -> tuple[float, float, float, int, int]:
    return scores(len(gold & pred), len(gold), len(pred))


def overlap_recall(gold: pd.DataFrame, pred: pd.DataFrame) -> tuple[float, int]:
    found = 0
    by_article = {aid: list(zip(g["start"], g["end"])) for aid, g in pred.groupby("article_id")}
    for aid, s, e in gold[["article_id", "start", "end"]].itertuples(index=False):
        found += any(ps < e and s < pe for ps, pe in by_article.get(aid, []))
    return (found / len(gold) if len(gold) else 0.0), len(gold)


def spans_coincide(start: int, end: int, other_start: int, other_end: int) -> bool:
    """Whether two spans largely coincide: their overlap covers at least half of each.

    Half of each, not any overlap: a short reading inside a long name (a place inside a body's
    name) is another actor, and only the bound on the longer span shuts it out; half, not all,
    so that a head, a clitic or a guillemet run in, or a name cut before its last part, still
    stands for the same actor when it is no longer than the rest."""
    overlap = min(end, other_end) - max(start, other_start)
    return overlap > 0 and 2 * overlap >= max(end - start, other_end - other_start)


def outside_matches(gold: pd.DataFrame, pred: pd.DataFrame, known: set[str]) -> tuple[set, set, set, set]:
    """Step 2 of the pair matching: gold outside pairs, predicted pairs with ids the gold never
    uses, and the matched gold and predicted pairs. A gold actor and a predicted id are paired
    through mentions that largely coincide (``spans_coincide``), the pair with the most such
    mentions first."""
    gold_ids = set(gold["actor_id"])
    g = gold[~gold["actor_id"].isin(known)]
    p = pred[~pred["actor_id"].isin(gold_ids)]
    gold_pairs = set(zip(g["article_id"], g["actor_id"]))
    pred_pairs = set(zip(p["article_id"], p["actor_id"]))
    coinciding: dict[tuple, int] = {}
    spans = {aid: list(zip(x["start"], x["end"], x["actor_id"])) for aid, x in p.groupby("article_id")}
    for aid, s, e, gid in g[["article_id", "start", "end", "actor_id"]].itertuples(index=False):
        for ps, pe, pid in spans.get(aid, []):
            if spans_coincide(s, e, ps, pe):
                coinciding[(aid, gid, pid)] = coinciding.get((aid, gid, pid), 0) + 1
    matched: set = set()
    used: set = set()
    for (aid, gid, pid), _ in sorted(coinciding.items(), key=lambda kv: (-kv[1], kv[0])):
        if (aid, gid) not in matched and (aid, pid) not in used:
            matched.add((aid, gid))
            used.add((aid, pid))
    return gold_pairs, pred_pairs, matched, used


def scores(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float, int, int]:
    return (*prf(tp, n_pred, n_gold), n_gold, n_pred)


def speed(n: int, repeat: int = 3) -> None:
    from workbench.extract.entities import entities_for, load_model
    from workbench.extract.entities.matcher import matcher_for
    from workbench.text import documents

    zip_path = ROOT.parent / "shared" / "data" / "saudinewsnet" / "2015-07-21.zip"
    articles = workbench.load_articles(str(zip_path), tz="Asia/Riyadh").head(n)
    docs = list(documents(articles))
    for doc in docs:  # the text layer is shared by every extractor inside annotate, so it is not timed here
        _ = doc.normalized, [doc.tokens_between(s, e) for s, e in doc.sentences]
    matcher, tagger = matcher_for(None), load_model("default")
    for doc in docs:  # fill the model's per-word feature cache first, so that no configuration runs cold
        entities_for(doc, matcher, tagger, "all")
    configurations = (
        ("catalogue only", None, "triggers", False), ("catalogue + name patterns", None, "triggers", True),
        ("model on trigger windows, no name patterns", tagger, "triggers", False),
        ("model on trigger windows + name patterns (default)", tagger, "triggers", True),
        ("model on every sentence + name patterns", tagger, "all", True))
    best: dict[str, float] = {}
    found: dict[str, int] = {}
    for _ in range(repeat):  # interleaved rounds, best of each: other jobs on the machine only slow a run down
        for name, model, scope, patterns in configurations:
            began = time.process_time()
            found[name] = sum(len(entities_for(doc, matcher, model, scope, patterns)) for doc in docs)
            best[name] = min(best.get(name, float("inf")), (time.process_time() - began) / len(docs) * 1000)
    print(f"{len(docs)} development-split articles (2015-07-21), text layer computed beforehand; best of {repeat} "
          f"interleaved rounds; load average {os.getloadavg()[0]:.1f}\n\n| configuration | CPU ms per article | mentions |\n|---|---|---|")
    for name, *_ in configurations:
        print(f"| {name} | {best[name]:.2f} | {found[name]} |")
    names = [c[0] for c in configurations]
    print(f"\nname patterns: {best[names[1]] - best[names[0]]:.2f} ms per article next to the catalogue, "
          f"{best[names[3]] - best[names[2]]:.2f} ms next to the trigger windows")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", choices=("test", *DEV_BATCHES), default="test",
                        help="test: the gold set of benchmarks/gold/ (default); dev: the development set of "
                             "benchmarks/dev/; dev-new: its second 20 (entities-articles.jsonl) alone; "
                             "dev-3: its third 20 (entities-articles-3.jsonl) alone; dev-4: its fourth 20; "
                             "dev-5, dev-6, dev-7, dev-8, dev-9, dev-10, dev-11: the later batches alone")
    parser.add_argument("--scope", default="triggers", choices=["triggers", "confident", "all"])
    parser.add_argument("--no-model", action="store_true", help="catalogue alone")
    parser.add_argument("--foreign-words", action="store_true", help="also read adjacent foreign-looking words as names")
    parser.add_argument("--show", type=int, default=0, help="print up to N missed and N spurious pairs")
    parser.add_argument("--speed", type=int, default=0, help="time N development-split articles instead")
    parser.add_argument("--repeat", type=int, default=3, help="with --speed: interleaved rounds, best of each kept")
    args = parser.parse_args()
    if args.speed:
        speed(args.speed, args.repeat)
        return

    if args.gold in DEV_BATCHES:
        articles, gold = load_dev(args.gold)
        scored = gold.attrs["articles"]
        print(f"development set: {len(scored)} articles of benchmarks/dev/; {len(gold)} mentions")
    else:
        gold = load_gold("entities")
        scored = gold.attrs["articles"]
        articles = load_articles()
        articles = articles[articles["article_id"].isin(scored)]
        print(f"gold: {len(scored)} of {len(load_articles())} articles have a completed entities layer; {len(gold)} mentions")
    if not scored:
        return
    workbench.entities(articles.head(1), model=None if args.no_model else "default")  # load data files first
    began = time.process_time()
    pred = workbench.entities(articles, model=None if args.no_model else "default", model_scope=args.scope,
                              foreign_words=args.foreign_words)
    elapsed = time.process_time() - began

    known = set(load_catalogue()["actor_id"])
    gold_pairs = set(zip(gold["article_id"], gold["actor_id"]))
    linked = pred.dropna(subset=["actor_id"])
    pred_pairs = set(zip(linked["article_id"], linked["actor_id"]))
    outside_gold, outside_pred, outside_found, outside_used = outside_matches(gold, linked, known)
    exact = gold_pairs & pred_pairs
    rows = {
        "pairs": scores(len(exact) + len(outside_found), len(gold_pairs), len(pred_pairs)),
        "pairs, catalogue ids only": set_scores({p for p in gold_pairs if p[1] in known}, {p for p in pred_pairs if p[1] in known}),
        "pairs, outside the catalogue": scores(len(outside_found), len(outside_gold), len(outside_pred)),
        "mentions": set_scores(set(zip(gold["article_id"], gold["start"], gold["end"], gold["type"])),
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
        print("\nmissed:", sorted(gold_pairs - exact - outside_found, key=str)[: args.show])
        print("spurious:", sorted(pred_pairs - exact - outside_used, key=str)[: args.show])


if __name__ == "__main__":
    main()
