"""A capital listed with other cities is the city, not its state: «لندن، باريس، الدار البيضاء، القاهرة»,
and so is a capital that a road or a line links to a place: «قطارين يربطان طهران بأنقرة».

The catalogue reads a capital as its state's government (وقالت موسكو), and a list of
capitals keeps that reading from one to the next. A list that also holds a city the
catalogue reads as a place (الدار البيضاء, إسطنبول: a flight's destinations, a tour's
stops) names places: every capital of the list becomes its city. Items are joined by a
comma or «و», or by «ب» after a verb of linking (يربط الطريق X بـ Y: the gold rules make a city
linked to another the city's own id). Uses the shipped catalogue's capitals and places.

>>> from workbench.text import Document, fold
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
from workbench.extract.entities.context import bare
from workbench.extract.entities.datelines import capital_cities
from workbench.text import Document, fold

__all__ = ["reread_listed_capitals"]

_JOINS = frozenset({",", "،", "و", ",و", "،و"})
_MAX_GAP = 6  # « ، وال» at most between two items
# Verbs of linking two places (a road, a line, a flight): «ب» then joins the second to the first, and
# only with a place as second item («تربط واشنطن بحلفائها» keeps the government).
_LINK_VERBS = frozenset(fold(w) for w in "يربط تربط يربطان تربطان سيربط ستربط ربط ربطت".split())
# Nouns of ties between governments: after one the linked capitals are states (العلاقات التي تربط
# طهران بموسكو).
_TIES = frozenset(fold(w) for w in "علاقات علاقة روابط صلات مصالح شراكة تحالف".split())


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
    return gap in _JOINS or (gap == "ب" and _after_link_verb(text, prev["start"]))


def _after_link_verb(text: str, start: int) -> bool:
    """Whether the word before the one holding offset ``start`` is a verb of linking (يربط, تربطان)
    with no noun of ties among the three words before it."""
    word_start = text.rfind(" ", 0, start)  # the article before ``start`` left with its word
    words = fold(text[max(0, word_start - 80):max(0, word_start)]).split()
    return (len(words) > 0 and words[-1] in _LINK_VERBS
            and not any(bare(w) in _TIES for w in words[-4:-1]))
