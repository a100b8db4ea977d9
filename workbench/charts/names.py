"""Display names of actors: catalogue ids to Arabic or English names.

>>> import pandas as pd
>>> import pandas as pd
>>> ents = pd.DataFrame([{"actor_id": "SYR_gov", "actor": "Syrian government", "actor_ar": "الحكومة السورية"}])
>>> actor_names(ents, "en")
{'SYR_gov': 'Syrian government'}
"""

from __future__ import annotations

import pandas as pd

from workbench.charts.layout import check_lang

__all__ = ["actor_names", "display_names"]


def actor_names(entities: pd.DataFrame, lang: str = "ar") -> dict[str, str]:
    """Map each ``actor_id`` in ``entities`` to its canonical name in ``lang`` (``actor_ar`` or ``actor``).

    Rows without an id or a name are skipped; when an id carries several names
    the most frequent one wins.
    """
    column = "actor_ar" if check_lang(lang) == "ar" else "actor"
    known = entities[["actor_id", column]].dropna()
    if known.empty:
        return {}
    counts = known.groupby(["actor_id", column], sort=True).size().reset_index(name="n")
    best = counts.sort_values(["actor_id", "n"], ascending=[True, False], kind="stable").drop_duplicates("actor_id")
    return dict(zip(best["actor_id"].astype(str), best[column].astype(str)))


def display_names(ids: pd.Series, names: dict[str, str]) -> pd.Series:
    """``ids`` replaced by their names where known; an unknown id is shown as it is.

    >>> display_names(pd.Series(["a", "b"]), {"a": "روسيا"}).tolist()
    ['روسيا', 'b']
    """
    return ids.map(lambda actor_id: names.get(actor_id, actor_id))
