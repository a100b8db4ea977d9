"""Train the shipped CRF name tagger on ANERcorp (CC BY-SA 4.0).

Sentences of ``../shared/data/anercorp/train.txt`` are numbered from 0 in file
order; every 10th one (index % 10 == 9) is held out for ``benchmarks/ner.py``
and never seen in training. Features come from
:func:`workbench.extract.entities.model.sentence_features`, the same function
the tagger uses at run time, with the gazetteer feature read from the catalogue
as it is now (:func:`workbench.extract.entities.model.build_gazetteer`); that
gazetteer is written beside the model (``<model stem>.gazetteer.tsv``) and the
tagger reads it from there, so later catalogue names do not change the
model's input. Deterministic: L-BFGS from zero weights.

Run from the project root:
``.venv/bin/python scripts/train_ner.py [--data ../shared/data/anercorp/train.txt] [--out workbench/data/ner/anercorp_crf.crfsuite]``
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import pycrfsuite

from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.model import (
    MODEL_PATH, View, build_gazetteer, gazetteer_features, gazetteer_path, sentence_features, word_stem, write_gazetteer,
)
from workbench.text import fold

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "anercorp" / "train.txt"
HELD_OUT_EVERY = 10


def read_conll(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of a `token tag` file as lists of (token, tag)."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            current.append((parts[0], parts[-1]))
        elif current:
            sentences.append(current)
            current = []
    if current:
        sentences.append(current)
    return sentences


def is_held_out(index: int) -> bool:
    return index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1


def split(sentences: list[list[tuple[str, str]]]) -> tuple[list, list]:
    """(training sentences, held-out sentences)."""
    train = [s for i, s in enumerate(sentences) if not is_held_out(i)]
    held = [s for i, s in enumerate(sentences) if is_held_out(i)]
    return train, held


def words_of(sentence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(folded word, stem) pairs, the model's input."""
    out = []
    for token, _ in sentence:
        norm = fold(token)
        out.append((norm, word_stem(norm)))
    return out


def gazetteer_view(gazetteer: dict[str, str]) -> Callable[[tuple[str, str]], View]:
    """A cached (folded word, stem) -> features function under ``gazetteer`` (the one written with the model)."""
    @lru_cache(maxsize=None)
    def view(word: tuple[str, str]) -> View:
        return gazetteer_features(*word, gazetteer)
    return view


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    parser.add_argument("--c1", type=float, default=0.05)
    parser.add_argument("--c2", type=float, default=0.05)
    parser.add_argument("--iterations", type=int, default=200)
    args = parser.parse_args()

    train, held = split(read_conll(args.data))
    gazetteer = build_gazetteer(load_catalogue())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    write_gazetteer(gazetteer, gazetteer_path(args.out))
    view = gazetteer_view(gazetteer)
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in train:
        trainer.append(sentence_features(words_of(sentence), view=view), [tag for _, tag in sentence])
    trainer.set_params({"c1": args.c1, "c2": args.c2, "max_iterations": args.iterations,
                        "feature.possible_transitions": True})
    began = time.perf_counter()
    trainer.train(str(args.out))
    print(f"trained on {len(train)} sentences ({len(held)} held out) in {time.perf_counter() - began:.0f} s -> {args.out}"
          f" (gazetteer: {len(gazetteer)} words -> {gazetteer_path(args.out)})")


if __name__ == "__main__":
    main()
