"""Name tagging on held-out ANERcorp: CoNLL exact-span P/R/F1 per type and micro, and speed.

Held-out sentences: every 10th sentence of ``../shared/data/anercorp/train.txt``
(index % 10 == 9, counting from 0), which ``scripts/train_ner.py`` never trains
on. These systems are scored on them:

- model: the shipped CRF (or ``--model FILE``) alone, on ANERcorp's own tokens;
- catalogue: the actor catalogue alone (``entities_for(..., model=None,
  name_patterns=False)``) on the sentence text (tokens joined by spaces); a
  mention covers the tokens it touches;
- catalogue + name patterns: with the given-name patterns of ``names.py``;
- merge: ``entities_for`` with catalogue, name patterns and model tagging every
  sentence (``model_scope="all"``);
- merge, trigger windows: the default ``model_scope="triggers"``, the model
  tagging only the tokens around titles, organisation nouns and reporting verbs.

Nationality adjectives (الأمريكية standing for the United States) are left out
of the extractor's output here: ANERcorp annotates names, not adjectives.
Types compare as ANERcorp's: PER -> PERS, GPE and LOC -> LOC, ORG, MISC. Speed is
tokens per CPU second of this process (so other load on the machine does not
count) for the model alone (features + Viterbi) and for
``entities_for`` (the whole extractor, text layer included).

    .venv/bin/python benchmarks/ner.py [--data ../shared/data/anercorp/train.txt] [--model FILE]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from train_ner import DEFAULT_DATA, read_conll, split, words_of  # noqa: E402

from workbench.extract.entities import entities_for, load_model  # noqa: E402
from workbench.extract.entities.model import _spans  # noqa: E402
from workbench.text import Document  # noqa: E402

TO_ANER = {"PER": "PERS", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "MISC": "MISC"}
KINDS = ("PERS", "LOC", "ORG", "MISC")
Span = tuple[int, int, int, str]  # sentence, first token, last token, type


def gold_spans(sentences: list[list[tuple[str, str]]]) -> set[Span]:
    return {(i, a, b, k) for i, s in enumerate(sentences) for a, b, k in _spans([tag for _, tag in s])}


def model_spans(sentences: list[list[tuple[str, str]]], model_path: str = "default") -> tuple[set[Span], float]:
    model = load_model(model_path)
    began = time.process_time()
    labels = [model.tag(words_of(s)) for s in sentences]
    elapsed = time.process_time() - began
    return {(i, a, b, k) for i, lab in enumerate(labels) for a, b, k in _spans(lab)}, elapsed


def extractor_spans(sentences: list[list[tuple[str, str]]], model: str | None, scope: str = "all",
                    name_patterns: bool = True) -> tuple[set[Span], float]:
    """Spans of ``entities_for`` mentions, mapped to the ANERcorp tokens they touch."""
    docs, offsets = [], []
    for i, sentence in enumerate(sentences):
        starts, pos = [], 0
        for token, _ in sentence:
            starts.append(pos)
            pos += len(token) + 1
        offsets.append(starts)
        docs.append(Document(str(i), " ".join(token for token, _ in sentence)))
    began = time.process_time()
    found = [entities_for(doc, model=model, model_scope=scope, name_patterns=name_patterns) for doc in docs]
    elapsed = time.process_time() - began
    spans: set[Span] = set()
    for i, (recs, starts) in enumerate(zip(found, offsets)):
        for r in recs:
            if r["via"] == "nationality":
                continue  # ANERcorp tags names, not adjectives standing for a state
            touched = [j for j, st in enumerate(starts) if st < r["end"] and r["start"] < st + len(sentences[i][j][0])]
            if touched:
                spans.add((i, touched[0], touched[-1], TO_ANER[r["type"]]))
    return spans, elapsed


def scores(gold: set[Span], pred: set[Span]) -> dict[str, tuple[float, float, float, int]]:
    """P, R, F1 and gold count per type and micro."""
    out = {}
    for kind in (*KINDS, "micro"):
        g = {s for s in gold if kind == "micro" or s[3] == kind}
        p = {s for s in pred if kind == "micro" or s[3] == kind}
        tp = len(g & p)
        prec = tp / len(p) if p else 0.0
        rec = tp / len(g) if g else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        out[kind] = (prec, rec, f1, len(g))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--model", default="default", help="a model file to score instead of the shipped one")
    args = parser.parse_args()
    _, held = split(read_conll(args.data))
    n_tokens = sum(len(s) for s in held)
    gold = gold_spans(held)
    counts = Counter(s[3] for s in gold)
    print(f"held-out ANERcorp: {len(held)} sentences (every 10th), {n_tokens} tokens, "
          + ", ".join(f"{k} {counts[k]}" for k in KINDS))
    load_model(args.model).tag(words_of(held[0]))  # open the model file outside the timings
    entities_for(Document("warm", "روسيا"), model=None)
    systems = {
        "model": model_spans(held, args.model),
        "catalogue": extractor_spans(held, None, name_patterns=False),
        "catalogue + name patterns": extractor_spans(held, None),
        "merge": extractor_spans(held, args.model),
        "merge, trigger windows": extractor_spans(held, args.model, "triggers"),
    }
    print(f"machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print()
    print(f"| system | {' | '.join(f'{k} P / R / F1' for k in (*KINDS, 'micro'))} | tokens per CPU s |")
    print("|---|" + "---|" * (len(KINDS) + 2))
    for name, (pred, elapsed) in systems.items():
        cells = [f"{p:.3f} / {r:.3f} / {f:.3f}" for p, r, f, _ in scores(gold, pred).values()]
        print(f"| {name} | {' | '.join(cells)} | {n_tokens / elapsed:,.0f} |")


if __name__ == "__main__":
    main()
