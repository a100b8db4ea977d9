"""Clubs named by a short form that is an ordinary word, after another club: «ناديي الهلال والنصر».

The catalogue enters clubs whose short name is also a word (النصر "victory", الشباب
"youth", الاتفاق "agreement") only with their head noun (نادي النصر). Right after
a club mention, a coordinated short form of another club («والنصر», «و النصر») is
that club. Reads the shipped catalogue's clubs, also when a custom catalogue is
passed.

>>> from workbench.text import Document
>>> doc = Document("a", "جاء بطلب ناديي الهلال والنصر")
>>> found = [{"start": 17, "end": 21, "actor_id": "al_hilal"}]
>>> [(r["surface"], r["actor_id"]) for r in coordinated_clubs(doc, found)]
[('نصر', 'al_nassr')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.lookup import CONFIDENCE, record
from workbench.extract.entities.matcher import alias_key
from workbench.text import Document, fold

__all__ = ["coordinated_clubs"]

_HEAD = fold("نادي") + " "
# «و» and the article before the short form, with or without a space after و.
_COORDINATED = re.compile(r"\s*و\s?ال(\w+)")


@lru_cache(maxsize=1)
def _clubs() -> tuple[frozenset[str], dict[str, tuple[str, str, str]]]:
    """(ids of the shipped clubs), (folded short form without the article -> (id, English, Arabic name))."""
    cat = load_catalogue()
    clubs = cat[(cat["sector"] == "sport") & (cat["role"] == "football club")]
    short = {}
    for actor, alias, en, ar in clubs[["actor_id", "alias", "name_en", "name_ar"]].itertuples(index=False):
        key = alias_key(alias)[0]
        rest = key[len(_HEAD):]
        if key.startswith(_HEAD) and rest.startswith("ال") and " " not in rest:
            short[rest[2:]] = (actor, en, ar)
    return frozenset(clubs["actor_id"]), short


def coordinated_clubs(doc: Document, found: list[dict]) -> list[dict]:
    """Clubs named by their short form right after a club mention of ``found``, joined by و."""
    ids, short = _clubs()
    out = []
    for rec in found:
        if rec["actor_id"] not in ids:
            continue
        match = _COORDINATED.match(doc.text, rec["end"])
        club = short.get(fold(match.group(1))) if match else None
        if club is not None and club[0] != rec["actor_id"]:
            start, end = match.start(1), match.end(1)
            out.append(record(doc, start, end, "ORG", club[0], club[1], club[2], "alias", "catalogue", CONFIDENCE["alias"]))
    return out
