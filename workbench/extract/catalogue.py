"""The actor catalogue: canonical actors and every surface form that names them.

The shipped catalogue lives in ``workbench/data/actors/`` (``actors.csv`` one row
an actor, ``aliases.csv`` one row a surface form; see the README there).
:func:`load_catalogue` returns it as one long frame, one row a (actor, surface
form) pair, so an analyst can filter, extend and pass it to
:func:`workbench.entities`. User additions come in through ``extra``: a CSV
path or a frame with ``actor_id`` (or ``id``) and either ``alias`` or
``name_ar`` (plus optionally ``aliases``, several forms separated by ``|``).

>>> cat = load_catalogue()
>>> sorted(cat.loc[cat["alias"] == "موسكو", ["actor_id", "via"]].values.tolist())
[['moscow', 'name'], ['russia', 'capital']]
>>> extra = pd.DataFrame({"actor_id": ["tahrir_al_sham_media"], "type": ["ORG"], "name_ar": ["مؤسسة أمجاد"]})
>>> load_catalogue(extra=extra).query("actor_id == 'tahrir_al_sham_media'")["alias"].tolist()
['مؤسسة أمجاد']
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pandas as pd

from workbench.text import fold

__all__ = ["load_catalogue", "load_stoplist", "catalogue_duplicates", "CATALOGUE_DIR", "COLUMNS"]

CATALOGUE_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
ACTOR_COLUMNS = ["actor_id", "type", "name_en", "name_ar", "sector", "role", "country", "valid_from", "valid_to"]
COLUMNS = ["actor_id", "alias", "via", *ACTOR_COLUMNS[1:]]
VIAS = ("name", "alias", "capital", "nationality")
TYPES = ("PER", "ORG", "GPE", "LOC", "MISC")


def load_catalogue(extra: str | Path | pd.DataFrame | None = None, directory: str | Path | None = None) -> pd.DataFrame:
    """The actor catalogue as one row per (actor, surface form), user additions merged.

    ``directory`` replaces the shipped ``actors.csv``/``aliases.csv``; ``extra``
    adds actors and aliases (its actor attributes win over the shipped ones for
    the same id). Every actor's ``name_ar`` is a surface form with ``via`` = name.
    """
    base = _load_directory(str(Path(directory or CATALOGUE_DIR).resolve()))
    if extra is None:
        return base.copy()
    user = _long_form(extra if isinstance(extra, pd.DataFrame) else pd.read_csv(extra, dtype=str, keep_default_na=False))
    user_ids = set(user["actor_id"])
    overridden = base[base["actor_id"].isin(user_ids)]
    # User attributes override the shipped ones but the shipped aliases of that actor stay.
    attrs = user.drop_duplicates("actor_id").set_index("actor_id")[ACTOR_COLUMNS[1:]]
    kept_aliases = overridden[["actor_id", "alias", "via"]].join(attrs, on="actor_id")
    merged = pd.concat([base[~base["actor_id"].isin(user_ids)], kept_aliases, user], ignore_index=True)
    return merged.drop_duplicates(["actor_id", "alias", "via"]).reset_index(drop=True)[COLUMNS]


def load_stoplist(path: str | Path | None = None) -> frozenset[str]:
    """Words and phrases that never name an actor on their own (one a line, ``#`` comments).

    >>> "بشأن" in load_stoplist()
    True
    """
    return read_word_list(str(Path(path or CATALOGUE_DIR / "stoplist.txt").resolve()))


def catalogue_duplicates(catalogue: pd.DataFrame) -> pd.DataFrame:
    """Actors of one type that look like one body under two ids, one row a suspect group.

    ``check`` says why: ``shared alias`` (one folded name or alias, leaving the
    matcher no rule to choose), ``same english name``, or ``joined names`` (an
    alias that is one actor's name followed or preceded by another's, as in
    «وزارة الدفاع الأمريكية البنتاغون»: the text names one body twice). Run it on
    ``load_catalogue(extra=...)`` before adding actors.

    >>> extra = pd.DataFrame({"actor_id": ["us_mod"], "type": ["ORG"], "name_ar": ["البنتاغون"]})
    >>> catalogue_duplicates(load_catalogue(extra=extra)).values.tolist()
    [['shared alias', 'البنتاغون', 'pentagon|us_mod']]
    """
    named = catalogue[catalogue["via"].isin(["name", "alias"])]
    named = named.assign(key=named["alias"].map(fold), english=named["name_en"].str.casefold().str.strip())
    found: list[tuple[str, str, str]] = []
    for check, column in (("shared alias", "key"), ("same english name", "english")):
        rows = named[named[column] != ""].drop_duplicates(["actor_id", column])
        for (_, value), group in rows.groupby(["type", column]):
            if group["actor_id"].nunique() > 1:
                found.append((check, value, "|".join(sorted(group["actor_id"].unique()))))
    owners = named.groupby(["type", "key"])["actor_id"].agg(set).to_dict()
    for rec in named.itertuples():
        words = rec.key.split()
        for cut in range(1, len(words)):
            halves = (" ".join(words[:cut]), " ".join(words[cut:]))
            ids = [owners.get((rec.type, half), set()) for half in halves]
            # A place or body qualified by its own state («إقليم كردستان العراق») is no second name.
            others = (ids[0] | ids[1]) - {rec.actor_id, rec.country}
            if others and rec.actor_id in ids[0] | ids[1]:
                found.append(("joined names", rec.alias, "|".join(sorted(others | {rec.actor_id}))))
    return pd.DataFrame(found, columns=["check", "alias", "actor_ids"]).drop_duplicates(ignore_index=True)


@lru_cache(maxsize=8)
def read_word_list(path: str) -> frozenset[str]:
    """The entries of a word-list file: one word or phrase a line, blank lines and ``#`` comments skipped."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.lstrip().startswith("#"))


@lru_cache(maxsize=4)
def _load_directory(directory: str) -> pd.DataFrame:
    root = Path(directory)
    actors = pd.read_csv(root / "actors.csv", dtype=str, keep_default_na=False).rename(columns={"id": "actor_id"})
    aliases = pd.read_csv(root / "aliases.csv", dtype=str, keep_default_na=False)
    names = actors.assign(alias=actors["name_ar"], via="name")[COLUMNS]
    others = aliases.merge(actors[ACTOR_COLUMNS], on="actor_id", how="inner")[COLUMNS]
    frame = pd.concat([names, others], ignore_index=True)
    return frame[frame["alias"] != ""].drop_duplicates(["actor_id", "alias", "via"]).reset_index(drop=True)


def _long_form(user: pd.DataFrame) -> pd.DataFrame:
    """User rows (actor-style with ``aliases`` or alias-style) as catalogue rows."""
    user = user.rename(columns={"id": "actor_id"}).fillna("")
    if "actor_id" not in user.columns:
        raise ValueError("an extra catalogue needs an 'actor_id' (or 'id') column")
    user["actor_id"] = user["actor_id"].astype(str).str.strip()
    blank = [i + 1 for i, actor_id in enumerate(user["actor_id"]) if not actor_id]
    if blank:
        # An empty id would become one anonymous actor collecting every form of these rows.
        raise ValueError(f"rows {blank[:10]} of the extra catalogue have no actor_id (rows counted from 1 after the header)")
    user = user.assign(**{c: "" for c in ACTOR_COLUMNS + ["alias", "aliases", "via"] if c not in user.columns})
    user["type"] = user["type"].where(user["type"].isin(TYPES), "MISC")
    rows: list[dict[str, str]] = []
    for rec in user.to_dict("records"):
        attrs = {c: str(rec[c]) for c in ACTOR_COLUMNS}
        forms = [(rec["name_ar"], "name"), (rec["alias"], rec["via"] or "alias")]
        forms += [(a, "alias") for a in str(rec["aliases"]).split("|")]
        rows += [{**attrs, "alias": a.strip(), "via": via if via in VIAS else "alias"} for a, via in forms if str(a).strip()]
    return pd.DataFrame(rows, columns=COLUMNS)
