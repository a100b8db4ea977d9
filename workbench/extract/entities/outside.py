"""Stable ids for names outside the catalogue, so they can be counted and charted like catalogue actors.

A name only the model or the name patterns find gets ``actor_id`` = ``ar:`` +
its folded words joined by ``_`` (clitics and the first word's article are
already outside the span, so «والشيخ» and «الشيخ» give the same id in every
article). Within an article, a shorter name that ends a fuller one of the same
type seen before it («العتيبي» after «فهد العتيبي», «عبدالله سعد» after «عبدالله
سعد الغامدي»), or gives its first and last word («خليل الخليل» for «خليل عبدالله
الخليل», also in a headline before the full name), takes the fuller name's id and
``actor_ar``; so does a person's first name alone when one fuller name of the article
starts with it («وقال معصوم» after «معصوم مرزوق»). ``actor`` stays NA (no English
name known).

>>> outside_id("عبدالله  الغامدي")
'ar:عبدالله_الغامدي'
>>> recs = [{"start": 0, "end": 11, "surface": "فهد العتيبي", "type": "PER", "actor_id": None, "via": "model"},
...         {"start": 20, "end": 25, "surface": "عتيبي", "type": "PER", "actor_id": None, "via": "model"}]
>>> [(r["actor_id"], r["actor_ar"], r["via"]) for r in link_outside_names(recs)]
[('ar:فهد_العتيبي', 'فهد العتيبي', 'model'), ('ar:فهد_العتيبي', 'فهد العتيبي', 'partial')]
"""

from __future__ import annotations

from functools import lru_cache

from workbench.extract.entities.lookup import OUTSIDE_PREFIX, name_word, outside_id, own_name_tail
from workbench.extract.entities.matcher import joined_abd
from workbench.extract.entities.names import KUNYA
from workbench.text import fold

__all__ = ["OUTSIDE_PREFIX", "outside_id", "link_outside_names"]



@lru_cache(maxsize=65536)
def _words(surface: str, joined: bool = False) -> tuple[str, ...]:
    """A name's folded words without the article, as fuller and shorter forms are compared
    (cached: the same names recur from article to article); ``joined``: with its «عبد» compounds
    as one word (عبد الله -> عبدالله), as names are compared with the catalogue's persons, whose
    aliases spell them either way."""
    folded = fold(surface)
    return tuple(name_word(w) for w in (joined_abd(folded) if joined else folded).split())


def link_outside_names(mentions: list[dict]) -> list[dict]:
    """Give every mention without an id an outside id, or the id of a fuller name of the same
    type that it ends: the nearest one before it, else (a single word in a headline, say) the
    first one after it. Mentions are updated in place and returned."""
    if all(m.get("actor_id") is not None for m in mentions):
        return mentions
    ordered = sorted(mentions, key=lambda r: r["start"])
    pending = [m for m in ordered if m.get("actor_id") is None]
    types = {m["type"] for m in pending}
    # Only a name of two words can be fuller, and only one of a type a pending name has.
    fuller_forms = [m for m in ordered if m["type"] in types and " " in m["surface"].strip()]
    words = {id(m): _words(m["surface"]) for m in pending + fuller_forms}
    by_last: dict[str, list[dict]] = {}  # a shorter form ends with its fuller form's last word
    by_first: dict[str, list[dict]] = {}  # or is a person's first name
    for m in fuller_forms:
        if words[id(m)]:
            by_last.setdefault(words[id(m)][-1], []).append(m)
            if m["type"] == "PER":
                by_first.setdefault(words[id(m)][0], []).append(m)
    # Longer names first, so a shorter form can then take the id of a fuller name after it.
    for m in sorted(pending, key=lambda r: -len(words[id(r)])):
        if not words[id(m)]:
            continue
        full = _fuller(m, by_last, words) or _first_name_of(m, by_first, words) or _catalogue_person(m, words)
        if full is not None:
            m.update(actor_id=full["actor_id"], actor=full["actor"], actor_ar=full["actor_ar"], via="partial")
        else:
            m.update(actor_id=outside_id(m["surface"]), actor=None, actor_ar=m["surface"])
    return mentions


def _fuller(m: dict, by_last: dict[str, list[dict]], words: dict[int, tuple[str, ...]]) -> dict | None:
    own = words[id(m)]
    fits = [f for f in by_last.get(own[-1], ()) if f.get("actor_id") is not None and f["type"] == m["type"]
            and len(words[id(f)]) > len(own) and _shortens(own, words[id(f)])]
    before = [f for f in fits if f["start"] < m["start"]]
    if len(own) == 2 and own[0] == KUNYA:
        # «أبو ماريا» alone may be a kunya or the family name of a father and his sons: it takes a
        # fuller name only from one actor of that family, named before it or after a headline («أبو راشد:»).
        if len({f["actor_id"] for f in fits}) != 1 or not before and m["sentence_id"] != 0:
            return None
    return before[-1] if before else fits[0] if fits else None


def _first_name_of(m: dict, by_first: dict[str, list[dict]], words: dict[int, tuple[str, ...]]) -> dict | None:
    """The one fuller person name of the article that a first name starts, if only one actor has
    such a name (``معصوم`` for ``معصوم مرزوق``; ``محمد`` with two Mohammeds gives none); a kunya is a
    first name of two words (``أبو سعود`` for ``أبو سعود الحمادي``)."""
    own = words[id(m)]
    if m["type"] != "PER" or not (len(own) == 1 or len(own) == 2 and own[0] == KUNYA):
        return None
    fits = [f for f in by_first.get(own[0], ()) if f.get("actor_id") is not None
            and len(words[id(f)]) > len(own) and words[id(f)][:len(own)] == own]
    return fits[0] if fits and len({f["actor_id"] for f in fits}) == 1 else None


@lru_cache(maxsize=1)
def _catalogue_people() -> dict[tuple[str, str], list[tuple[tuple[str, ...], dict]]]:
    """The shipped catalogue's persons of two words or more, by their first and last name word."""
    from workbench.extract.catalogue import load_catalogue

    people = load_catalogue().query("type == 'PER'").drop_duplicates(["actor_id", "alias"])
    index: dict[tuple[str, str], list[tuple[tuple[str, ...], dict]]] = {}
    for rec in people.to_dict("records"):
        own = _words(rec["alias"], joined=True)
        if len(own) > 1:
            rec = {"actor_id": rec["actor_id"], "actor": rec["name_en"], "actor_ar": rec["name_ar"]}
            index.setdefault((own[0], own[-1]), []).append((own, rec))
    return index


def _catalogue_person(m: dict, words: dict[int, tuple[str, ...]]) -> dict | None:
    """The one catalogue person that a name gives in full with the father's and forefathers'
    names («صالح بن عبدالعزيز بن محمد آل الشيخ» for صالح آل الشيخ, «عبد الله بن عبد العزيز الربيعة» for
    عبدالله الربيعة)."""
    if m["type"] != "PER" or "بن" not in words[id(m)][1:-1]:
        return None
    own = _words(m["surface"], joined=True)
    bare = _without_patronyms(own)
    fits = {rec["actor_id"]: rec for short, rec in _catalogue_people().get((own[0], own[-1]), ()) if short == bare}
    return next(iter(fits.values())) if len(fits) == 1 else None


def _without_patronyms(words: tuple[str, ...]) -> tuple[str, ...]:
    """A name's words without its «بن» links and the names they bring (the last word stays).

    >>> _without_patronyms(("ابراهيم", "بن", "عبدالعزيز", "عساف"))
    ('ابراهيم', 'عساف')
    """
    kept, skip = [words[0]], False
    for word in words[1:-1]:
        if skip or word == "بن":
            skip = word == "بن"
            continue
        kept.append(word)
    return (*kept, words[-1])


def _shortens(own: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """Whether a name's words are a shorter form of ``full``: its last words (العتيبي), or its
    first and last word with some middle names left out (خليل الخليل for خليل عبدالله الخليل,
    فيصل بن معمر for فيصل بن عبدالرحمن بن معمر).

    >>> _shortens(("خليل", "خليل"), ("خليل", "عبدالله", "خليل")), _shortens(("فهد",), ("فهد", "عتيبي"))
    (True, False)
    >>> _shortens(("فيصل", "بن", "معمر"), ("فيصل", "بن", "عبدالرحمن", "بن", "معمر"))
    True
    >>> _shortens(("نايف", "بن", "عبدالعزيز"), ("محمد", "بن", "نايف", "بن", "عبدالعزيز"))
    False
    """
    if full[-len(own):] == own:
        return own_name_tail(full, len(own))
    if len(own) < 2 or full[0] != own[0] or full[-1] != own[-1]:
        return False
    rest = iter(full[1:-1])
    return all(word in rest for word in own[1:-1])  # the middle words in order: a subsequence
