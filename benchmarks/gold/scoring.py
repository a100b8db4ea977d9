"""Matching predicted spans to gold spans and scoring the matches, shared by the benchmarks."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd


def one_to_one(scored: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of (score, pred index, gold index) candidates, best score first.

    >>> one_to_one([(0.5, 0, 0), (0.9, 0, 1), (0.7, 1, 1)])
    [(0, 1)]
    """
    pairs, used_p, used_g = [], set(), set()
    for _, pi, gi in sorted(scored, reverse=True):
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((pi, gi))
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``tp`` true positives among ``n_pred`` predictions and ``n_gold`` gold items.

    >>> prf(3, 4, 6), prf(0, 0, 5)
    ((0.75, 0.5, 0.6), (0.0, 0.0, 0.0))
    """
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def numbered(articles: pd.DataFrame, spec: str) -> pd.Series:
    """Which development articles an ``--articles FIRST-LAST`` option keeps: those whose ``n`` is in FIRST..LAST.

    >>> numbered(pd.DataFrame({"n": [1, 5, 9]}), "2-9").tolist()
    [False, True, True]
    """
    first, last = (int(x) for x in spec.split("-"))
    return articles["n"].between(first, last)
