"""Train and judge a stance pair scorer on the development set (a measurement; the extractor does not use it).

Candidates of an article are the rows ``stance_for`` gives (every confidence) and, in every
sentence holding a lexicon cue, the ordered pairs of distinct relatable actors within ``WINDOW``
characters of the cue that no row relates (the recall side). Each is described by named features
(:func:`features`) and scored by an L2 logistic regression in numpy (:func:`train`). Candidates are
read from the development articles (benchmarks/dev/, never the test gold set) and labelled positive
when the development gold has the same (article, source, target, sign) with evidence in the
candidate's sentence. Two held-out splits judge the scorer against the rules
alone (rows with confidence >= 0.3): train on articles 1-390 and score 391-465 (batches 24-28),
and train on 1-300 and score 301-390. The threshold is chosen by five-fold cross-validation over
the training articles (contiguous blocks of article numbers). The fit is deterministic.

    .venv/bin/python scripts/train_stance_scorer.py
"""

from __future__ import annotations

import math
import sys
from collections.abc import Mapping
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "benchmarks" / "gold"))
sys.path.insert(0, str(ROOT))

from stance import DEFAULT_MIN_CONFIDENCE, evidence_sentence, key, link, load_dev, outside_ids, score, sign  # noqa: E402
from workbench.extract.entities import entities_for  # noqa: E402
from workbench.extract.quotes import quotes_for  # noqa: E402
from workbench.extract.stance import stance_for  # noqa: E402
from workbench.extract.stance.actors import actor_sectors, relatable  # noqa: E402
from workbench.extract.stance.cues import CueHit, find_cues  # noqa: E402
from workbench.extract.stance.lexicon import StanceLexicon, load_lexicon  # noqa: E402
from workbench.extract.stance.view import TokenView  # noqa: E402
from workbench.text import Document  # noqa: E402

SPLITS = {"train 1-390, score 391-465": ((1, 390), (391, 465)),
          "train 1-300, score 301-390": ((1, 300), (301, 390))}
THRESHOLDS = np.round(np.arange(0.1, 0.91, 0.05), 2)
FOLDS = 5
WINDOW = 120  # characters each side of a cue an added pair's two mentions must lie within
_MARKS = ("إذا", "اذا", "لو", "هل", "؟", "?")  # conditional and question marks


def candidates(doc: Document, mentions: list[dict], rows: list[dict], lexicon: StanceLexicon,
               sectors: Mapping[str, str]) -> list[tuple[dict, dict]]:
    """(candidate row, its context) of one article: the rules' ``rows`` (stage "rule") then the
    added pairs (stage "pair"), one per (sentence, source, target), at the cue nearest both."""
    hits = find_cues(TokenView(doc), lexicon)
    usable = [m for m in mentions if relatable(m, sectors, lexicon.grammar.ignored_sectors)]
    by_sentence: dict[int, list[dict]] = {}
    for m in usable:
        by_sentence.setdefault(doc.sentence_of(m["start"]), []).append(m)
    out = [(row, _context(doc, by_sentence, row, "rule")) for row in rows]
    related = {(r["sentence_id"], r["source_actor"], r["target_actor"]) for r in rows}
    added: dict[tuple[int, str, str], tuple[int, dict]] = {}
    for hit in hits:
        sentence = doc.sentence_of(hit.start)
        near = [m for m in by_sentence.get(sentence, ()) if abs(m["start"] - hit.start) <= WINDOW]
        for source in near:
            for target in near:
                ids = (sentence, source["actor_id"], target["actor_id"])
                if ids[1] == ids[2] or ids in related:
                    continue
                cost = abs(source["start"] - hit.start) + abs(target["start"] - hit.start)
                if ids not in added or cost < added[ids][0]:
                    added[ids] = (cost, _pair_row(doc, lexicon, hit, sentence, source, target))
    for _, row in added.values():
        out.append((row, _context(doc, by_sentence, row, "pair")))
    return out


def _pair_row(doc: Document, lexicon: StanceLexicon, hit: CueHit, sentence: int, source: dict,
              target: dict) -> dict:
    """A stance row relating ``source`` to ``target`` by the cue ``hit`` (its lexicon sign)."""
    cue = lexicon.cues[lexicon.forms[hit.form].cue]
    polarity = -cue.polarity if hit.negated else cue.polarity
    return {"article_id": doc.article_id, "sentence_id": sentence, "source_actor": source["actor_id"],
            "target_actor": target["actor_id"], "topic": None, "polarity": float(polarity),
            "category": cue.category, "cameo": cue.cameo, "cue": doc.text[hit.start:hit.end],
            "cue_lemma": cue.lemma, "negated": hit.negated, "reported_by": None, "start": hit.start,
            "end": hit.end, "confidence": 0.0, "_source": source, "_target": target}


def _context(doc: Document, by_sentence: dict[int, list[dict]], row: dict, stage: str) -> dict:
    """What :func:`features` reads beside the row: its stage, the sentence's text and actors, and
    the source's and target's mentions (the nearest to the cue when the rules made the row)."""
    sentence = doc.sentence_of(row["start"])
    here = by_sentence.get(sentence, [])
    begin, end = doc.sentences[sentence]

    def nearest(actor: str) -> dict | None:
        named = [m for m in here if m["actor_id"] == actor]
        return min(named, key=lambda m: abs(m["start"] - row["start"])) if named else None

    return {"stage": stage, "text": doc.text[begin:end], "offset": begin, "actors": here,
            "source": row.get("_source") or nearest(row["source_actor"]),
            "target": row.get("_target") or nearest(row["target_actor"])}


def features(row: dict, context: dict, sectors: Mapping[str, str]) -> list[str]:
    """The named features of one candidate: its stage (and the rule row's confidence), cue lemma,
    CAMEO root, sign, negation, quote, topic, actors in the sentence, condition and question marks,
    and per end its side of the cue, words to it, up to three words next to the cue, type, catalogue
    sector, how the actor layer found it (``via``: capital, nationality, ...), and the ends' order."""
    stage = context["stage"]
    named = [f"stage={stage}", f"lemma={row['cue_lemma']}", f"cameo={row['cameo']}", f"sign={sign(row['polarity'])}",
             f"negated={bool(row['negated'])}", f"quoted={row['reported_by'] is not None}",
             f"actors={min(len({m['actor_id'] for m in context['actors']}), 5)}",
             f"topic={row['topic'] is not None}"]
    if stage == "rule":
        named.append(f"confidence={round(float(row['confidence']) * 20)}")
    text = context["text"]
    named += [f"mark={mark}" for mark in _MARKS if mark in text.split() or mark in text[-2:]]
    for role in ("source", "target"):
        m = context[role]
        if m is None:
            named.append(f"{role}=outside")
            continue
        gap = m["start"] - row["start"]
        between = text[min(gap, 0) + row["start"] - context["offset"]:
                       max(gap, 0) + row["start"] - context["offset"]].split()
        side = "after" if gap > 0 else "before"
        near = between[1:4] if gap > 0 else between[-3:]  # the words next to the cue, the cue itself left out
        named += [f"{role}_side={side}", f"{role}_words={side}{min(len(between), 12)}",
                  *(f"{role}_between={w}" for w in near),
                  f"{role}_type={m.get('type')}", f"{role}_sector={sectors.get(m['actor_id'], '')}",
                  f"{role}_via={m.get('via')}", f"{role}_lemma={row['cue_lemma']}|{side}"]
    source, target = context["source"], context["target"]
    if source is not None and context["actors"]:
        named.append(f"source_first={source['start'] == min(m['start'] for m in context['actors'])}")
    if source is not None and target is not None:
        named.append(f"order={'st' if source['start'] < target['start'] else 'ts'}")
    return named


def train(named: list[list[str]], labels: np.ndarray, l2: float = 1.0, steps: int = 800) -> dict[str, float]:
    """Weights (feature name -> weight, "" the intercept) of an L2 logistic regression fitted by
    full-batch gradient descent with the step the loss's smoothness allows: deterministic."""
    vocabulary = sorted({n for row in named for n in row})
    column = {n: i for i, n in enumerate(vocabulary, 1)}
    x = np.zeros((len(named), len(vocabulary) + 1), dtype=np.float32)
    for i, row in enumerate(named):
        x[i, [column[n] for n in row]] = 1.0
    x[:, 0] = 1.0
    y = labels.astype(np.float32)
    step = 4.0 / x.sum(axis=1).max()  # 1 / the gradient's Lipschitz bound for 0/1 features
    penalty = np.full(x.shape[1], l2 / len(y), dtype=np.float32)
    penalty[0] = 0.0  # the intercept is not shrunk
    w = np.zeros(x.shape[1], dtype=np.float32)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        w -= step * (x.T @ (p - y) / len(y) + penalty * w)
    return {"": float(w[0])} | {n: float(w[column[n]]) for n in vocabulary}


def probability(named: list[str], weights: Mapping[str, float]) -> float:
    """The scorer's probability that a candidate with these features is a gold pair."""
    z = weights[""] + sum(weights.get(n, 0.0) for n in named)
    return 1.0 / (1.0 + math.exp(-z))


def read_candidates() -> tuple[pd.DataFrame, pd.DataFrame, dict[str, list[int]]]:
    """Every candidate of the development articles (row, features, label, article number) and the
    rules' own rows, with ``ar:`` ids read as the gold actor they overlap (as the benchmark does)."""
    articles, gold, gold_mentions = load_dev()
    lexicon, sectors = load_lexicon(), actor_sectors()
    docs = [Document(a, t, p) for a, t, p in zip(articles["article_id"], articles["text"], articles["published"])]
    mentions = [entities_for(d) for d in docs]
    linked = outside_ids(mentions, [d.article_id for d in docs], gold_mentions)
    starts = {d.article_id: [s for s, _ in d.sentences] for d in docs}
    number = dict(zip(articles["article_id"], articles["n"]))
    truth = {key(g) + (evidence_sentence(g, starts),) for g in gold.to_dict("records")}
    found = []
    for doc, found_mentions in zip(docs, mentions):
        rows = stance_for(doc, found_mentions, quotes_for(doc, found_mentions))
        for row, context in candidates(doc, found_mentions, rows, lexicon, sectors):
            named = features(row, context, sectors)
            [row] = link([{k: v for k, v in row.items() if not k.startswith("_")}], linked)
            found.append({"row": row, "named": named, "stage": context["stage"], "n": number[doc.article_id],
                          "label": key(row) + (evidence_sentence(row, starts),) in truth})
    gold["n"] = gold["article_id"].map(number)
    return pd.DataFrame(found), gold, starts


def pair_f1(chosen: pd.DataFrame, gold: pd.DataFrame) -> float:
    """Pair F1 of the chosen candidates' (article, source, target, sign) sets against ``gold``."""
    pred, truth = {key(r) for r in chosen["row"]}, {key(g) for g in gold.to_dict("records")}
    hit = len(pred & truth)
    return 2 * hit / (len(pred) + len(truth)) if pred or truth else 0.0


def fit(frame: pd.DataFrame) -> dict[str, float]:
    """The scorer's weights trained on ``frame``'s candidates (their features and labels)."""
    return train(list(frame["named"]), frame["label"].to_numpy())


def cross_validated_threshold(frame: pd.DataFrame, gold: pd.DataFrame) -> float:
    """The threshold of best pooled pair F1 over five out-of-fold predictions (blocks of articles)."""
    numbers = np.sort(frame["n"].unique())
    blocks = np.array_split(numbers, FOLDS)
    scored = []
    for block in blocks:
        held = frame["n"].isin(block)
        weights = fit(frame[~held])
        part = frame[held].copy()
        part["p"] = [probability(n, weights) for n in part["named"]]
        scored.append(part)
    pooled = pd.concat(scored)
    inside = gold[gold["n"].isin(numbers)]
    return max(THRESHOLDS, key=lambda t: (pair_f1(pooled[pooled["p"] >= t], inside), -t))


def judge(frame: pd.DataFrame, gold: pd.DataFrame, starts: dict[str, list[int]], name: str) -> None:
    """Print the rules' and the scorer's figures on one split's held-out articles."""
    (train_first, train_last), (test_first, test_last) = SPLITS[name]
    training = frame[frame["n"].between(train_first, train_last)]
    threshold = cross_validated_threshold(training, gold)
    weights = fit(training)
    held = frame[frame["n"].between(test_first, test_last)].copy()
    held["p"] = [probability(n, weights) for n in held["named"]]
    truth = gold[gold["n"].between(test_first, test_last)].to_dict("records")
    rules = [r for r, s in zip(held["row"], held["stage"]) if s == "rule" and r["confidence"] >= DEFAULT_MIN_CONFIDENCE]
    variants = {"rules (conf >= 0.3)": rules,
                f"scorer (p >= {threshold})": list(held.loc[held["p"] >= threshold, "row"]),
                f"rules + added pairs (p >= {threshold})": rules + list(
                    held.loc[(held["p"] >= threshold) & (held["stage"] == "pair"), "row"])}
    print(f"{name}: {len(training)} training candidates ({int(training['label'].sum())} positive), "
          f"{len(held)} held-out candidates ({int(held['label'].sum())} positive); threshold by {FOLDS}-fold CV {threshold}")
    for variant, rows in variants.items():
        result = score(rows, truth, starts)
        print(f"  {variant:38s} pairs {result['pairs pred']:4d}  P {result['pair P']:.3f}  "
              f"R {result['pair R']:.3f}  F1 {result['pair F1']:.3f}")


def main() -> None:
    frame, gold, starts = read_candidates()
    print(f"{len(frame)} candidates over {frame['n'].nunique()} articles: "
          f"{(frame['stage'] == 'rule').sum()} rule rows, {(frame['stage'] == 'pair').sum()} added pairs; "
          f"{int(frame['label'].sum())} positive ({int(frame.loc[frame['stage'] == 'rule', 'label'].sum())} rule rows, "
          f"{int(frame.loc[frame['stage'] == 'pair', 'label'].sum())} added pairs)")
    for name in SPLITS:
        judge(frame, gold, starts, name)


if __name__ == "__main__":
    main()
