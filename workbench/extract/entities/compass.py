"""A state's region named by a compass word is a region, not the state: «شرق تركيا» -> eastern_turkey.

The gold rules (benchmarks/gold/DECISIONS.md) make «شرق تركيا» one LOC mention with a slug of
its own, as the catalogue's northern_iraq and southern_syria. The catalogue names a few such
regions; any other state after a compass word (شمال, جنوبي, «جنوب شرق»: two words make one
direction) becomes the region, spanning the compass word (after its proclitics) and the name,
with the catalogue's id where it holds the region, else «<direction>_<state id>».

>>> from workbench.text import Document
>>> doc = Document("a", "في جنوب شرق تركيا")
>>> found = [{"start": 12, "end": 17, "type": "GPE", "actor_id": "turkey", "actor": "Turkey",
...           "actor_ar": "تركيا", "via": "name", "surface": "تركيا", "sentence_id": 0}]
>>> reread_compass_regions(doc, found)
>>> [(r["surface"], r["type"], r["actor_id"]) for r in found]
[('جنوب شرق تركيا', 'LOC', 'southeastern_turkey')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.catalogue import load_catalogue
from workbench.text import Document, fold

__all__ = ["reread_compass_regions", "catalogue_names", "rewrite_mention", "DIRECTIONS"]

_BY_NAME = frozenset({"name", "alias"})
_ARTICLE = frozenset({"", "ال"})
# «أمريكا» is the United States alone, but «شمال أمريكا» is North America, a continent
_CONTINENTS = frozenset(fold(w) for w in ("أمريكا", "أميركا"))
DIRECTIONS = {"شمال": "north", "جنوب": "south", "شرق": "east", "غرب": "west"}
# A compass word, bare or with «ي» (شرقي), after at most و/ف and ب/ل; the group is the span's start.
_COMPASS = re.compile(r"(?:^|\s)(?:[وف]?[بل]?)((شمال|جنوب|شرق|غرب)ي?)\s+$")


@lru_cache(maxsize=1)
def _states() -> frozenset[str]:
    """Ids of the shipped catalogue's states."""
    cat = load_catalogue()
    return frozenset(cat.loc[cat["sector"] == "state", "actor_id"])


@lru_cache(maxsize=1)
def catalogue_names() -> dict[str, tuple[str, str]]:
    """The shipped catalogue's actors by id: (English name, Arabic name), for the regions and
    institutions it holds."""
    cat = load_catalogue().drop_duplicates("actor_id")
    return {a: (en, ar) for a, en, ar in zip(cat["actor_id"], cat["name_en"], cat["name_ar"])}


def reread_compass_regions(doc: Document, found: list[dict]) -> None:
    """Turn, in place, each state named by its name or an alias (not a capital) right after a compass word into the region."""
    states = _states()
    for rec in found:
        if rec["via"] not in _BY_NAME or rec["actor_id"] not in states:
            continue
        word_start = doc.text.rfind(" ", 0, rec["start"]) + 1
        # a proclitic on the name makes it no genitive of the compass word (منطقة شرق بالكويت: a district)
        if doc.text[word_start:rec["start"]] not in _ARTICLE or fold(rec["surface"]) in _CONTINENTS:
            continue
        directions, begin = _compass_before(doc.text, word_start)
        # «جنوبي السودان» is South Sudan, a state of its own
        if directions and f"{'_'.join(directions)}_{rec['actor_id']}" not in states:
            region = f"{''.join(directions)}ern"
            rewrite_mention(doc, rec, begin, "LOC", f"{region}_{rec['actor_id']}", f"{region} {rec['actor']}")


def _compass_before(text: str, end: int) -> tuple[list[str], int]:
    """The directions of up to two compass words right before offset ``end`` (nearest last) and
    the offset where the first of them starts."""
    directions: list[str] = []
    begin = end
    for _ in range(2):
        m = _COMPASS.search(text, max(0, begin - 16), begin)
        if m is None:
            break
        directions.insert(0, DIRECTIONS[m.group(2)])
        begin = m.start(1)
        if m.group(1) != m.group(0).strip():  # a proclitic opens the phrase: no compass word before it
            break
    return directions, begin


def rewrite_mention(doc: Document, rec: dict, begin: int, typ: str, actor_id: str, name_en: str) -> None:
    """Rewrite ``rec``, in place, as the actor ``actor_id`` of type ``typ`` whose name starts at
    ``begin``: with the catalogue's names where it holds the actor, else ``name_en`` and the surface."""
    surface = doc.text[begin:rec["end"]]
    name, name_ar = catalogue_names().get(actor_id, (name_en, surface))
    rec.update(start=begin, surface=surface, type=typ, actor_id=actor_id, actor=name, actor_ar=name_ar,
               sentence_id=doc.sentence_of(begin))
