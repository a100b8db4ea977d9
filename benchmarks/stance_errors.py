"""Why the stance extractor misses gold pairs of the development set: one reason per missed pair.

    .venv/bin/python benchmarks/stance_errors.py             # counts per reason
    .venv/bin/python benchmarks/stance_errors.py --list      # and every missed pair with its sentence
    .venv/bin/python benchmarks/stance_errors.py --articles 86-100   # only the articles numbered 86..100

Only the development set of ``benchmarks/dev/`` is explained; the gold set of ``benchmarks/gold/``
(test split) is scored by ``benchmarks/stance.py`` and never studied: ``--gold test`` is refused.

A missed pair is a gold (article, source, target, sign) the extractor gives no row for at the
confidence threshold. Its gold rows are followed through the extractor's steps and the pair takes
the reason of the row that got furthest:

1. ``source not among mentions`` / ``target not among mentions`` / ``neither actor among mentions``:
   the actor extractor gave the article no mention with that id (``ar:`` ids linked as in the
   benchmark);
2. ``cue not in lexicon``: no cue of the lexicon overlaps the gold evidence span;
3. ``source not in the cue's sentence`` / ``target not in the cue's sentence``: the actor is
   mentioned in the article but not in the sentence of the cue (a subject named earlier);
4. ``cue found, no row``: cue and both actors in the sentence, the reading declined the cue;
5. ``cue read, other source`` / ``other target`` / ``other sign``: the cue gave rows, not this one;
6. ``row below threshold``: the row exists with a confidence under ``--min-confidence`` (default:
   the benchmark's default operating point).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "gold"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

from scoring import numbered  # noqa: E402
from stance import DEFAULT_MIN_CONFIDENCE, key, load_dev, outside_ids  # noqa: E402
from workbench.extract.entities import entities_for  # noqa: E402
from workbench.extract.quotes import quotes_for  # noqa: E402
from workbench.extract.stance import stance_for  # noqa: E402
from workbench.extract.stance.cues import find_cues  # noqa: E402
from workbench.extract.stance.lexicon import load_lexicon  # noqa: E402
from workbench.extract.stance.view import TokenView  # noqa: E402
from workbench.text import Document  # noqa: E402

# Steps in the order a gold row goes through them; a pair takes its furthest row's reason.
REASONS = (
    "neither actor among mentions",
    "source not among mentions",
    "target not among mentions",
    "cue not in lexicon",
    "source not in the cue's sentence",
    "target not in the cue's sentence",
    "cue found, no row",
    "cue read, other source",
    "cue read, other target",
    "cue read, other sign",
    "row below threshold",
)


def explain_row(gold: dict, view: TokenView, hits: list, mentions: list[dict], rows: list[dict]) -> str:
    """The reason one gold row of a missed pair has no matching extractor row."""
    ids = {m["actor_id"] for m in mentions}
    source, target = gold["source_actor"], gold["target_actor"]
    if source not in ids and target not in ids:
        return REASONS[0]
    if source not in ids:
        return REASONS[1]
    if target not in ids:
        return REASONS[2]
    hit = next((h for h in hits if h.start < gold["end"] and gold["start"] < h.end), None)
    if hit is None:
        return REASONS[3]
    sentence = view.sentence_of(hit.first_token)
    here = {m["actor_id"] for m in mentions if view.sentence_of(view.index_at(int(m["start"]))) == sentence}
    if source not in here:
        return REASONS[4]
    if target not in here:
        return REASONS[5]
    at_cue = [r for r in rows if r["start"] == hit.start]
    if not at_cue:
        return REASONS[6]
    wanted = key(gold)
    if any(key(r) == wanted for r in at_cue):
        return REASONS[10]
    if not any(r["source_actor"] == source for r in at_cue):
        return REASONS[7]
    if not any(r["target_actor"] == target for r in at_cue):
        return REASONS[8]
    if any(r["source_actor"] == source and r["target_actor"] == target for r in at_cue):
        return REASONS[9]
    return REASONS[7]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE,
                        help="rows below this count as missing")
    parser.add_argument("--list", action="store_true", help="print every missed pair with its sentence")
    parser.add_argument("--gold", choices=("dev", "test"), default="dev", help="only dev is explained")
    parser.add_argument("--articles", metavar="FIRST-LAST", help="explain only the articles numbered FIRST..LAST (their n field)")
    args = parser.parse_args()
    if args.gold != "dev":
        parser.error("the gold set (test split) is only scored by benchmarks/stance.py, never explained")

    articles, gold, gold_mentions = load_dev()
    if args.articles:
        articles = articles[numbered(articles, args.articles)]
    lexicon = load_lexicon()
    counts: Counter[str] = Counter()
    listing: list[tuple[str, str, str]] = []
    n_pairs = 0
    for aid, text, published in zip(articles["article_id"], articles["text"], articles["published"]):
        doc = Document(aid, text, published)
        view = TokenView(doc)
        mentions = entities_for(doc)
        rows = stance_for(doc, mentions, quotes_for(doc, mentions))
        linked = outside_ids([mentions], [aid], gold_mentions)
        mentions = [{**m, "actor_id": linked.get((aid, m["actor_id"]), m["actor_id"])} for m in mentions
                    if isinstance(m.get("actor_id"), str)]
        for r in rows:
            for column in ("source_actor", "target_actor"):
                r[column] = linked.get((aid, r[column]), r[column])
        kept = {key(r) for r in rows if r["confidence"] >= args.min_confidence}
        hits = find_cues(view, lexicon)
        by_pair: dict[tuple, list[dict]] = {}
        for g in gold[gold["article_id"] == aid].to_dict("records"):
            by_pair.setdefault(key(g), []).append(g)
        n_pairs += len(by_pair)
        for pair, gold_rows in by_pair.items():
            if pair in kept:
                continue
            explained = [(explain_row(g, view, hits, mentions, rows), g) for g in gold_rows]
            reason, g = max(explained, key=lambda e: REASONS.index(e[0]))
            counts[reason] += 1
            start, end = next(s for s in doc.sentences if s[0] <= g["start"] < s[1])
            listing.append((reason, f"{aid} {pair[1]} -> {pair[2]} {pair[3]:+d} cue {g['cue']!r}", text[start:end]))

    missed = sum(counts.values())
    print(f"development set{f', articles {args.articles}' if args.articles else ''}: {n_pairs} gold pairs, {missed} missed at confidence >= {args.min_confidence}")
    width = max(map(len, REASONS))
    for reason in REASONS:
        print(f"  {reason:<{width}}  {counts[reason]:4d}  {counts[reason] / missed if missed else 0:5.2f}")
    if args.list:
        for reason, what, sentence in sorted(listing):
            print(f"\n[{reason}] {what}\n  {sentence}")


if __name__ == "__main__":
    main()
