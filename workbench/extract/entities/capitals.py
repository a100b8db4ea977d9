"""A capital listed with other cities is the city, not its state: «لندن، باريس، الدار البيضاء، القاهرة».

The catalogue reads a capital as its state's government (وقالت موسكو), and a list of
capitals keeps that reading from one to the next. A list that also holds a city the
catalogue reads as a place (الدار البيضاء, إسطنبول: a flight's destinations, a tour's
stops) names places: every capital of the list becomes its city. Items are joined by a
comma or «و». Uses the shipped catalogue's capitals and places.

>>> from workbench.text import Document
>>> doc = Document("a", "إلى باريس، إسطنبول والقاهرة")
>>> found = [{"start": 4, "end": 9, "actor_id": "france", "via": "capital"},
...          {"start": 11, "end": 18, "actor_id": "istanbul", "via": "name"},
...          {"start": 22, "end": 27, "actor_id": "egypt", "via": "capital"}]
>>> reread_listed_capitals(doc, found)
>>> [r["actor_id"] for r in found]
['paris', 'istanbul', 'cairo']
"""

from __future__ import annotations

from functools import lru_cache
from operator import itemgetter

from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.datelines import capital_cities
from workbench.text import Document

__all__ = ["reread_listed_capitals"]

_JOINS = frozenset({",", "،", "و", ",و", "،و"})
_MAX_GAP = 6  # « ، وال» at most between two items


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    """Ids of the shipped catalogue's cities and other places that are not states."""
    cat = load_catalogue()
    return frozenset(cat.loc[cat["sector"] == "place", "actor_id"])


def reread_listed_capitals(doc: Document, found: list[dict]) -> None:
    """Turn, in place, the capitals read as their states in a list that holds a place into the cities."""
    if not any(rec["via"] == "capital" for rec in found):
        return
    places, capitals = _places(), capital_cities()
    run: list[dict] = []
    for rec in sorted(found, key=itemgetter("start")) + [None]:
        if rec is not None and run and _joined(doc.text, run[-1], rec):
            run.append(rec)
            continue
        if len(run) > 1 and any(r["actor_id"] in places for r in run):
            for r in run:
                city = capitals.get(r["actor_id"]) if r["via"] == "capital" else None
                if city is not None:
                    r["actor_id"], r["actor"], r["actor_ar"], r["via"] = city[0], city[1], city[2], "name"
        run = [rec]


def _joined(text: str, prev: dict, cur: dict) -> bool:
    """Whether ``cur`` follows ``prev`` in a list: a comma or «و» between them (the article of
    ``cur`` left out of its span)."""
    gap = text[prev["end"]:cur["start"]]
    if len(gap) > _MAX_GAP:
        return False
    gap = gap.removesuffix("ال").replace(" ", "")
    return gap in _JOINS
