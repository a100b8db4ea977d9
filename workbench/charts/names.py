"""Display names of actors: catalogue ids to Arabic or English names.

>>> actor_names("en")["saudi_arabia"], actor_names("ar")["saudi_arabia"]
('Saudi Arabia', 'السعودية')
>>> import pandas as pd
>>> ents = pd.DataFrame([{"actor_id": "SYR_gov", "actor": "Syrian government", "actor_ar": "الحكومة السورية"}])
>>> actor_names("en", ents)
{'SYR_gov': 'Syrian government'}
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from workbench.charts.layout import check_lang

__all__ = ["actor_names", "names_for", "display_names", "named"]

# Column holding the name in each language: in an entities frame, and in the catalogue.
_NAME_COLUMNS = {"ar": ("actor_ar", "name_ar"), "en": ("actor", "name_en")}


def actor_names(lang: str = "ar", source: pd.DataFrame | None = None) -> dict[str, str]:
    """Map actor ids to their canonical name in ``lang``.

    ``source`` is an entities frame (``actor_id``, ``actor``, ``actor_ar``) or
    a catalogue (``actor_id``, ``name_en``, ``name_ar``, e.g.
    ``workbench.load_catalogue(extra=...)``); default the shipped catalogue.
    When an id carries several names the most frequent one wins.
    """
    if source is None:
        from workbench.extract.catalogue import load_catalogue

        source = load_catalogue()
    column = next((c for c in _NAME_COLUMNS[check_lang(lang)] if c in source.columns), None)
    if column is None or "actor_id" not in source.columns:
        raise ValueError(f"no actor names in columns {list(source.columns)}: pass an entities frame or a catalogue")
    known = source[["actor_id", column]].dropna()
    known = known[known[column].astype(str).str.strip() != ""]
    if known.empty:
        return {}
    counts = known.groupby(["actor_id", column], sort=True).size().reset_index(name="n")
    best = counts.sort_values(["actor_id", "n"], ascending=[True, False], kind="stable").drop_duplicates("actor_id")
    return dict(zip(best["actor_id"].astype(str), best[column].astype(str)))


def names_for(lang: str, names: Mapping[str, str] | None = None, entities: pd.DataFrame | None = None) -> Mapping[str, str]:
    """``names`` when given, else the catalogue's names in ``lang`` updated with those ``entities`` carry."""
    if names is not None:
        return names
    found = actor_names(lang)
    if entities is not None:
        found.update(actor_names(lang, entities))
    return found


def display_names(ids: pd.Series, names: Mapping[str, str]) -> pd.Series:
    """``ids`` replaced by their names where known; an unknown id is shown as it is.

    >>> display_names(pd.Series(["a", "b"]), {"a": "روسيا"}).tolist()
    ['روسيا', 'b']
    """
    return ids.map(lambda actor_id: actor_id if pd.isna(actor_id) else names.get(actor_id, actor_id))


def named(frame: pd.DataFrame, columns: Sequence[str], names: Mapping[str, str] | None = None, lang: str = "ar") -> pd.DataFrame:
    """A copy of ``frame`` whose actor-id ``columns`` show names instead (default: the catalogue's, in ``lang``).

    >>> named(pd.DataFrame({"source_actor": ["iran"], "n": [3]}), ["source_actor"], lang="en").to_dict("records")
    [{'source_actor': 'Iran', 'n': 3}]
    """
    names = names_for(lang, names)
    return frame.assign(**{column: display_names(frame[column].astype("string"), names) for column in columns if column in frame.columns})
