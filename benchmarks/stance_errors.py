"""Why the stance extractor misses gold pairs of the development set, and why it predicts wrong ones:
one reason per missed pair and one kind per wrong pair.

    .venv/bin/python benchmarks/stance_errors.py             # counts per reason and per kind
    .venv/bin/python benchmarks/stance_errors.py --list      # and every missed and wrong pair with its sentence
    .venv/bin/python benchmarks/stance_errors.py --articles 86-100   # only the articles numbered 86..100
    .venv/bin/python benchmarks/stance_errors.py --unseen 101-120    # the second column for another batch

Each count is printed for the whole set and, in a second column, for the batch of ``--unseen``
(default: the newest batch, the last round of ``benchmarks/dev/select_stance_articles.py``, scored
untouched when it was added), whose errors are the nearest to those on text the rules have never seen.

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

Missed pairs whose cue and actors were found (reasons 3 to 6) are also counted by an actor the
stance reading cannot use: a mention of a type it does not read (LOC, MISC), of a sector it
ignores, or an envoy's title (مبعوث, ممثل, موفد) near the cue whose mention names the body he serves
while the gold names him.

A wrong pair is a predicted (article, source, target, sign) at the threshold that no gold row has.
Each of its rows is set against the gold rows of its sentence (the sentence of its evidence start)
and the pair takes the most specific kind among its rows:

1. ``other sign``: the gold has the same source and target in the article with another sign;
2. ``source and target swapped``: the gold has the pair the other way round in the sentence;
3. ``other source``: a gold row of the sentence has the same target and sign (wrong agent);
4. ``other target``: a gold row of the sentence has the same source and sign;
5. ``gold rows of the sentence, other actors``: the sentence holds gold rows, none sharing an actor;
6. ``no gold row in the sentence``: the rules give a row where the annotators give none.

Each kind is split by stage: ``precise`` rows (confidence >= 0.5, the reading of the cue's syntax)
and ``fallback`` rows (below, the positional guesses of :mod:`workbench.extract.stance.fallback`).
"""

from __future__ import annotations

import argparse
import sys
from bisect import bisect_right
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks" / "gold"))
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "benchmarks" / "dev"))
sys.path.insert(0, str(ROOT))

from scoring import numbered  # noqa: E402
from select_stance_articles import newest_batch  # noqa: E402
from stance import DEFAULT_MIN_CONFIDENCE, key, load_dev, outside_ids  # noqa: E402
from workbench.extract.entities import entities_for  # noqa: E402
from workbench.extract.quotes import quotes_for  # noqa: E402
from workbench.extract.stance import stance_for  # noqa: E402
from workbench.extract.stance.actors import STANCE_TYPES, actor_sectors  # noqa: E402
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
# Kinds of wrong pairs, most specific first; a pair takes the first kind any of its rows has.
WRONG_KINDS = (
    "other sign",
    "source and target swapped",
    "other source",
    "other target",
    "gold rows of the sentence, other actors",
    "no gold row in the sentence",
)
PRECISE = 0.5
# Titles of a person who speaks for a body: his mention may be linked to the body he serves.
ENVOY_REACH = 8  # tokens between the cue and the envoy's title
ENVOY_TITLES = frozenset({"مبعوث", "المبعوث", "لمبعوث", "ومبعوث", "ممثل", "الممثل", "موفد", "الموفد"})


def dropped_actor(gold: dict, view: TokenView, hits: list, mentions: list[dict], sectors: dict[str, str],
                  ignored: frozenset[str]) -> str | None:
    """Why the stance reading cannot use a gold actor the actor layer found in the cue's sentence: a
    type it does not read (LOC), a sector it ignores, or an envoy's title whose mention names the
    body he serves; None when both actors reach the reading."""
    hit = next((h for h in hits if h.start < gold["end"] and gold["start"] < h.end), None)
    if hit is None:
        return None
    sentence = view.sentence_of(hit.first_token)
    here = [m for m in mentions if view.sentence_of(view.index_at(int(m["start"]))) == sentence]
    for role in ("source", "target"):
        found = [m for m in here if m["actor_id"] == gold[f"{role}_actor"]]
        usable = [m for m in found if m.get("type") in STANCE_TYPES and sectors.get(m["actor_id"], "") not in ignored]
        if found and not usable:
            kind = found[0].get("type")
            return f"{role} typed {kind}" if kind not in STANCE_TYPES else f"{role} of an ignored sector"
        near = [view.index_at(int(m["start"])) for m in here
                if abs(view.index_at(int(m["start"])) - hit.first_token) <= ENVOY_REACH]
        if not found and any(view.tokens[i].norm in ENVOY_TITLES for t in near for i in range(max(t - 4, 0), t)):
            return f"{role}: an envoy's title, mention of his body"
    return None


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


def wrong_kind(row: dict, gold_rows: list[dict], sentence_of) -> str:
    """The kind of one predicted row whose pair is not in the gold (``gold_rows``: the article's)."""
    source, target, polarity = row["source_actor"], row["target_actor"], key(row)[3]
    if any(g["source_actor"] == source and g["target_actor"] == target for g in gold_rows):
        return WRONG_KINDS[0]
    here = [g for g in gold_rows if sentence_of(int(g["start"])) == sentence_of(int(row["start"]))]
    if any(g["source_actor"] == target and g["target_actor"] == source for g in here):
        return WRONG_KINDS[1]
    same_sign = [g for g in here if key(g)[3] == polarity]
    if any(g["target_actor"] == target for g in same_sign):
        return WRONG_KINDS[2]
    if any(g["source_actor"] == source for g in same_sign):
        return WRONG_KINDS[3]
    return WRONG_KINDS[4] if here else WRONG_KINDS[5]


def print_counts(title: str, labels: tuple[str, ...], counts: Counter, unseen: Counter, unseen_label: str) -> None:
    """One table: count and share per label, for the whole set and for the unseen batch."""
    total, total_unseen = sum(counts.values()), sum(unseen.values())
    width = max(map(len, labels))
    print(title)
    print(f"  {'':<{width}}  {'all':>4}  {'share':>5}  {unseen_label:>9}  {'share':>5}")
    for label in labels:
        print(f"  {label:<{width}}  {counts[label]:4d}  {counts[label] / total if total else 0:5.2f}"
              f"  {unseen[label]:9d}  {unseen[label] / total_unseen if total_unseen else 0:5.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE,
                        help="rows below this count as missing")
    parser.add_argument("--list", action="store_true", help="print every missed and wrong pair with its sentence")
    parser.add_argument("--gold", choices=("dev", "test"), default="dev", help="only dev is explained")
    parser.add_argument("--articles", metavar="FIRST-LAST", help="explain only the articles numbered FIRST..LAST (their n field)")
    parser.add_argument("--unseen", metavar="FIRST-LAST", default=newest_batch(),
                        help=f"the batch counted in the second column (default: the newest batch, {newest_batch()})")
    args = parser.parse_args()
    if args.gold != "dev":
        parser.error("the gold set (test split) is only scored by benchmarks/stance.py, never explained")

    articles, gold, gold_mentions = load_dev()
    if args.articles:
        articles = articles[numbered(articles, args.articles)]
    unseen_ids = set(articles["article_id"][numbered(articles, args.unseen)])
    lexicon = load_lexicon()
    missed: Counter[str] = Counter()
    missed_unseen: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    wrong_unseen: Counter[str] = Counter()
    listing: list[tuple[str, str, str]] = []
    sectors = actor_sectors()
    dropped: Counter[str] = Counter()
    dropped_unseen: Counter[str] = Counter()
    n_pairs = n_predicted = 0
    for aid, text, published in zip(articles["article_id"], articles["text"], articles["published"]):
        doc = Document(aid, text, published)
        view = TokenView(doc)
        mentions = entities_for(doc)
        rows = stance_for(doc, mentions, quotes_for(doc, mentions))
        linked = outside_ids([mentions], [aid], gold_mentions)
        raw_mentions = [m for m in mentions if isinstance(m.get("actor_id"), str)]  # sectors need catalogue ids
        mentions = [{**m, "actor_id": linked.get((aid, m["actor_id"]), m["actor_id"])} for m in raw_mentions]
        for r in rows:
            for column in ("source_actor", "target_actor"):
                r[column] = linked.get((aid, r[column]), r[column])
        kept_rows = [r for r in rows if r["confidence"] >= args.min_confidence]
        kept = {key(r) for r in kept_rows}
        hits = find_cues(view, lexicon)
        sentence_starts = [s[0] for s in doc.sentences]

        def sentence_of(offset: int) -> int:
            return bisect_right(sentence_starts, offset) - 1

        def sentence_text(offset: int) -> str:
            start, end = doc.sentences[max(sentence_of(offset), 0)]
            return text[start:end]

        article_gold = gold[gold["article_id"] == aid].to_dict("records")
        by_pair: dict[tuple, list[dict]] = {}
        for g in article_gold:
            by_pair.setdefault(key(g), []).append(g)
        n_pairs += len(by_pair)
        n_predicted += len(kept)
        for pair, gold_rows in by_pair.items():
            if pair in kept:
                continue
            explained = [(explain_row(g, view, hits, mentions, rows), g) for g in gold_rows]
            reason, g = max(explained, key=lambda e: REASONS.index(e[0]))
            missed[reason] += 1
            missed_unseen[reason] += aid in unseen_ids
            if REASONS.index(reason) >= REASONS.index("source not in the cue's sentence") and (
                    why := dropped_actor(g, view, hits, raw_mentions, sectors, lexicon.grammar.ignored_sectors)):
                dropped[why] += 1
                dropped_unseen[why] += aid in unseen_ids
                reason = f"{reason}; {why}"
            listing.append((f"missed: {reason}", f"{aid} {pair[1]} -> {pair[2]} {pair[3]:+d} cue {g['cue']!r}",
                            sentence_text(int(g["start"]))))
        wrong_rows: dict[tuple, list[dict]] = {}
        for r in kept_rows:
            if key(r) not in by_pair:
                wrong_rows.setdefault(key(r), []).append(r)
        for pair, pair_rows in wrong_rows.items():
            kinds = [(wrong_kind(r, article_gold, sentence_of), r) for r in pair_rows]
            kind, r = min(kinds, key=lambda e: WRONG_KINDS.index(e[0]))
            label = f"{kind}, {'precise' if r['confidence'] >= PRECISE else 'fallback'}"
            wrong[label] += 1
            wrong_unseen[label] += aid in unseen_ids
            listing.append((f"wrong: {label}", f"{aid} {pair[1]} -> {pair[2]} {pair[3]:+d} cue {r['cue']!r} "
                            f"at {r['confidence']:.2f}", sentence_text(int(r["start"]))))

    scope = f", articles {args.articles}" if args.articles else ""
    n_unseen = len(unseen_ids)
    print(f"development set{scope}: {n_pairs} gold pairs, {sum(missed.values())} missed; {n_predicted} pairs "
          f"predicted, {sum(wrong.values())} wrong; at confidence >= {args.min_confidence}; "
          f"second column: articles {args.unseen} ({n_unseen} articles)")
    print_counts("missed gold pairs, by reason", REASONS, missed, missed_unseen, args.unseen)
    labels = tuple(f"{role}{why}" for role in ("source", "target") for why in (
        " typed LOC", " typed MISC", " of an ignored sector", ": an envoy's title, mention of his body"))
    print_counts("of the missed pairs with cue and actors found: an actor the stance reading cannot use",
                 labels + tuple(sorted(set(dropped) - set(labels))), dropped, dropped_unseen, args.unseen)
    stages = tuple(f"{kind}, {stage}" for kind in WRONG_KINDS for stage in ("precise", "fallback"))
    print_counts("wrong predicted pairs, by kind and stage", stages, wrong, wrong_unseen, args.unseen)
    if args.list:
        for reason, what, sentence in sorted(listing):
            print(f"\n[{reason}] {what}\n  {sentence}")

if __name__ == "__main__":
    main()
