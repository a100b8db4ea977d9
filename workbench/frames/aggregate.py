"""Aggregate the stance frame into a source x target table for charts and notebooks.

:func:`stance_matrix` is tidy: one row per (source_actor, target_actor) pair, a MultiIndex of the
two ids, and the columns

- ``n``: number of stance rows, ``n_articles``: in how many articles;
- ``n_support``, ``n_oppose``, ``n_neutral``: rows with polarity > 0, < 0, == 0;
- ``mean_polarity``: mean of ``polarity`` (-1 oppose .. +1 support), the value a diverging
  heatmap colours by.

:func:`stance_pivot` turns one of these columns into the wide source (rows) x target (columns)
table. ``groups`` rolls actors up before counting, e.g. persons and ministries into their state
with the catalogue's ``country`` column.

>>> import pandas as pd
>>> rows = pd.DataFrame({"article_id": ["a", "a", "b"], "source_actor": ["russia", "russia", "russia"],
...                      "target_actor": ["united_states", "united_states", "turkey"],
...                      "polarity": [-1.0, 1.0, -1.0], "confidence": [0.9, 0.3, 0.8]})
>>> stance_matrix(rows)[["n", "n_articles", "n_oppose", "mean_polarity"]]
                            n  n_articles  n_oppose  mean_polarity
source_actor target_actor                                         
russia       united_states  2           1         1            0.0
             turkey         1           1         1           -1.0
>>> stance_pivot(stance_matrix(rows, min_confidence=0.5))
target_actor  turkey  united_states
source_actor                       
russia          -1.0           -1.0
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

__all__ = ["stance_matrix", "stance_pivot", "MATRIX_COLUMNS"]

MATRIX_COLUMNS = ["n", "n_articles", "n_support", "n_oppose", "n_neutral", "mean_polarity"]


def stance_matrix(stance: pd.DataFrame, groups: Mapping[str, str] | None = None,
                  min_confidence: float = 0.0) -> pd.DataFrame:
    """Counts and mean polarity per (source_actor, target_actor), most frequent pairs first.

    ``stance`` is the frame :func:`workbench.stance` returns (``article_id``, ``source_actor``,
    ``target_actor``, ``polarity`` and, for ``min_confidence``, ``confidence`` are used).
    ``groups`` maps actor ids to the id they count as (ids it lacks stay as they are); pairs that
    become self-relations after the roll-up are left out. Rows below ``min_confidence`` are
    ignored.
    """
    rows = stance.dropna(subset=["source_actor", "target_actor", "polarity"])
    if min_confidence > 0:
        rows = rows[rows["confidence"] >= min_confidence]
    source, target = rows["source_actor"].astype(str), rows["target_actor"].astype(str)
    if groups:
        source, target = source.map(lambda a: groups.get(a, a)), target.map(lambda a: groups.get(a, a))
    polarity = rows["polarity"].astype(float)
    table = pd.DataFrame({
        "source_actor": source, "target_actor": target,
        "article_id": rows["article_id"] if "article_id" in rows.columns else "",
        "polarity": polarity,
        "support": polarity > 0, "oppose": polarity < 0, "neutral": polarity == 0,
    })
    table = table[table["source_actor"] != table["target_actor"]]
    if table.empty:
        index = pd.MultiIndex.from_arrays([[], []], names=["source_actor", "target_actor"])
        return pd.DataFrame({c: pd.Series(dtype="float64" if c == "mean_polarity" else "int64") for c in MATRIX_COLUMNS},
                            index=index)
    grouped = table.groupby(["source_actor", "target_actor"], sort=True)
    matrix = pd.DataFrame({
        "n": grouped.size(),
        "n_articles": grouped["article_id"].nunique(),
        "n_support": grouped["support"].sum(),
        "n_oppose": grouped["oppose"].sum(),
        "n_neutral": grouped["neutral"].sum(),
        "mean_polarity": grouped["polarity"].mean(),
    }).astype({c: "int64" for c in MATRIX_COLUMNS[:-1]})
    return matrix.sort_values("n", ascending=False, kind="stable")


def stance_pivot(matrix: pd.DataFrame, values: str = "mean_polarity") -> pd.DataFrame:
    """The wide source (rows) x target (columns) table of one column of :func:`stance_matrix`.

    Pairs with no stance are NaN (an empty heatmap cell), not 0 (neutral).
    """
    if values not in matrix.columns:
        raise ValueError(f"unknown column {values!r}; stance_matrix columns: {', '.join(matrix.columns)}")
    return matrix[values].unstack("target_actor").sort_index().sort_index(axis=1)
