"""Write ``workbench/data/actors/foreign_ngrams.tsv``: a character n-gram scorer of transliterated foreign names.

Naive Bayes over the character 2- to 4-grams of a folded word (with ``^`` and ``$``
marking its ends), trained on unique words:

- foreign (positive): the words of the catalogue's persons and places of non-Arab
  states (names and aliases) and ANERcorp person and place tokens that are not
  given names, common words or words with the article;
- Arabic (negative): ``common_words.txt``, ``given_names.txt``, ANERcorp words tagged
  O in at least 3 sentences, and the words of at least ``--min-articles``
  development-split articles (SaudiNewsNet 2015-07-21 .. 2015-07-25), all minus the positives.

Every fifth word (in sorted order) is held out once to report accuracy; the shipped
weights are then trained on every word. Deterministic, offline.

    .venv/bin/python scripts/train_foreign_words.py
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workbench import load_articles  # noqa: E402
from workbench.extract.entities.foreign import THRESHOLD, ngrams  # noqa: E402
from workbench.text import fold  # noqa: E402

DATA = ROOT / "workbench" / "data" / "actors"
SHARED = ROOT.parent / "shared" / "data"
DEV_DAYS = ("2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-25")
ARAB_STATES = frozenset("""saudi_arabia syria iraq yemen egypt jordan lebanon palestine united_arab_emirates qatar
bahrain kuwait oman libya tunisia algeria morocco sudan mauritania somalia djibouti comoros""".split())
_WORD = re.compile(r"[\u0621-\u064a]{3,}")
MIN_COUNT = 2  # an n-gram seen once carries noise, not evidence


def _lines(name: str) -> set[str]:
    return {fold(w) for w in (DATA / name).read_text(encoding="utf-8").split() if w}


def positives(given: set[str], common: set[str]) -> set[str]:
    """Words of foreign persons and places: catalogue names and ANERcorp PER/LOC tokens."""
    foreign_ids: set[str] = set()
    with open(DATA / "actors.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["type"] in ("PER", "GPE", "LOC") and row["country"] and row["country"] not in ARAB_STATES:
                foreign_ids.add(row["id"])
    names: list[str] = []
    with open(DATA / "aliases.csv", encoding="utf-8") as f:
        names += [row["alias"] for row in csv.DictReader(f) if row["actor_id"] in foreign_ids
                  and row["via"] == "alias"]
    words = {w for n in names for w in _WORD.findall(fold(n))}
    for line in (SHARED / "anercorp" / "train.txt").read_text(encoding="utf-8").splitlines():
        token, _, tag = line.rpartition(" ")
        if tag.endswith(("PERS", "LOC")):
            words.update(_WORD.findall(fold(token)))
    return {w for w in words if not w.startswith("ال") and w not in given and w not in common}


def negatives(given: set[str], common: set[str], min_articles: int) -> set[str]:
    """Arabic words: the shipped word lists, ANERcorp O tokens and frequent development-split words."""
    outside: Counter[str] = Counter()
    for line in (SHARED / "anercorp" / "train.txt").read_text(encoding="utf-8").splitlines():
        token, _, tag = line.rpartition(" ")
        if tag == "O":
            outside.update(_WORD.findall(fold(token)))
    frequent: Counter[str] = Counter()
    for day in DEV_DAYS:
        for text in load_articles(str(SHARED / "saudinewsnet" / f"{day}.zip"), tz="Asia/Riyadh")["text"]:
            frequent.update(set(_WORD.findall(fold(text))))
    return (given | common | {w for w, n in outside.items() if n >= 3}
            | {w for w, n in frequent.items() if n >= min_articles})


def train(pos: list[str], neg: list[str]) -> tuple[float, dict[str, float]]:
    """Prior log-odds and per-n-gram log-likelihood ratios (add-one smoothing over shared n-grams)."""
    counts = [Counter(g for w in words for g in set(ngrams(w))) for words in (pos, neg)]
    vocab = {g for g in counts[0] | counts[1] if counts[0][g] + counts[1][g] >= MIN_COUNT}
    totals = [len(pos) + 2, len(neg) + 2]
    weights = {g: round(math.log((counts[0][g] + 1) / totals[0]) - math.log((counts[1][g] + 1) / totals[1]), 3)
               for g in sorted(vocab)}
    return round(math.log(len(pos) / len(neg)), 3), weights


def score(word: str, bias: float, weights: dict[str, float]) -> float:
    return bias + sum(weights.get(g, 0.0) for g in set(ngrams(word)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-articles", type=int, default=5)
    args = parser.parse_args()
    given, common = _lines("given_names.txt"), _lines("common_words.txt")
    pos_set = positives(given, common)
    neg_set = negatives(given, common, args.min_articles) - pos_set
    pos, neg = sorted(pos_set), sorted(neg_set)
    bias, weights = train([w for i, w in enumerate(pos) if i % 5], [w for i, w in enumerate(neg) if i % 5])
    held = [(w, True) for w in pos[::5]] + [(w, False) for w in neg[::5]]
    print(f"words: {len(pos)} foreign, {len(neg)} Arabic; held out every 5th: {len(held)}")
    for threshold in (0.0, THRESHOLD / 3, 2 * THRESHOLD / 3, THRESHOLD):
        right = [(score(w, bias, weights) > threshold) == label for w, label in held]
        tp = sum(1 for (w, label), ok in zip(held, right) if label and ok)
        fp = sum(1 for (w, label), ok in zip(held, right) if not label and not ok)
        print(f"held-out, log-odds > {threshold}: accuracy {sum(right) / len(held):.3f}; "
              f"foreign precision {tp / max(tp + fp, 1):.3f}, recall {tp / len(pos[::5]):.3f}")
    bias, weights = train(pos, neg)
    out = DATA / "foreign_ngrams.tsv"
    with open(out, "w", encoding="utf-8") as f:
        f.write(f"__bias__\t{bias}\n")
        f.writelines(f"{g}\t{w}\n" for g, w in weights.items())
    print(f"wrote {out.relative_to(ROOT)}: {len(weights)} n-grams")


if __name__ == "__main__":
    main()
