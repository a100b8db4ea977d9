"""Towns the catalogue lacks, read as places after a locative word: «في زنجبار», «قرب بيجي».

The shipped catalogue holds the region's cities of 300,000 people or more and the world's of
3,000,000; smaller towns (``data/actors/towns.csv``, from GeoNames, built by ``scripts/build_towns.py``
without forms that are common words: the region's of 15,000 people or more, other states' of
100,000, these also with ج for GeoNames' غ as Saudi papers write it) are matched only as a whole word right after a preposition of
:data:`context.LOCATIVE_PREPOSITIONS` (في, إلى, من, قرب) or a verb of going to a place
(:data:`PLACE_VERBS`: «زار سامراء», «غادر بيجي»), a place noun (بلدة قباطية) or a compass word (غرب جنين); a town of
two words (بيت لحم) likewise; with «و» after a place so read (a list: «في سوسة
وباردو», «من حلب وإدلب»), or, for a name with its own article, with the clitic ب (بالقريات); a name with its own article before a definite relational adjective is
a noun phrase («من الحراك الاجتماعي»). Elsewhere such a form is too often a word (a town called
«خالص» in «بخالص التوفيق»); after a place noun the head-noun rules read most names first (بمحافظة طبرجل, بلدية
الجبيل), and this reader those they leave (a town in ـة). A town without the article after the clitic ب (بسيهات) counts only right after a facility's name, where
it tells where the facility stands («مستشفى الملك فهد بسيهات»), and not before a definite word, as «بخالص التوفيق» is
a phrase. The mention is GPE without an id of the catalogue.

>>> from workbench.text import Document
>>> [(r["surface"], r["type"]) for r in town_mentions(Document("a", "غارات على معسكر في زنجبار بمحافظة أبين"), [])]
[('زنجبار', 'GPE')]
"""

from __future__ import annotations

import csv
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from workbench.extract.catalogue import CATALOGUE_DIR
from workbench.extract.entities.context import (COMPASS_WORDS, INSTITUTIONS_NAMED_AFTER_PERSON, LOCATIVE_PREPOSITIONS,
                                                 NAMED_AFTER_PLACE, PLACES_NAMED_AFTER_PERSON)
from workbench.extract.entities.lookup import record
from workbench.extract.entities.names import word_tokens
from workbench.text import RELATIONAL_ENDINGS, Document, fold
from workbench.text.segmentation import Token

__all__ = ["town_mentions", "load_towns", "town_forms", "TOWN_ENDS", "PLACE_VERBS"]

CONFIDENCE = 0.6
_ARTICLE = "ال"
# A place often ends a clause: a town before a comma, a full stop or a colon counts too (more ends make the
# pass slower and add few places).
TOWN_ENDS = " ,.:"
# Verbs whose object is a place (زار سامراء وفد, غادر بيجي): a town right after one is where one goes.
PLACE_VERBS = frozenset(fold(w) for w in "زار زارت يزور تزور وصل وصلت يصل تصل دخل دخلت يدخل تدخل غادر غادرت يغادر تغادر".split())
# A place noun names the town after it (محافظة رنية, بمحافظة أملج, بلدة قباطية): the head-noun rules read most such
# names but miss a town in ـة. A compass word places something by the town (غرب جنين, جنوب شرقي بيتسبرج); on
# development articles (round 147) a listed town after a compass word was a place 17 times of 17.
_PLACE_NOUNS = frozenset(c + fold(w) for w in "محافظة مدينة بلدة قرية مخيم منطقة".split() for c in ("", "و", "ب", "وب", "ل", "ول"))
_COMPASS = frozenset(c + w for w in COMPASS_WORDS | {"وسط"} for c in ("", "و", "ب", "وب"))
# Not with و (وغادرت ديانا): after a verb the name is as often its subject, a person the town list may hold.
_PLACE_BEFORE = LOCATIVE_PREPOSITIONS | PLACE_VERBS | _PLACE_NOUNS | _COMPASS
_AND = "و"
# How many places before a town a list may hold (في سوسة وباردو وقابس ...).
_MAX_LIST = 6
_IN = "ب"
# Heads of a facility's name («مستشفى الملك فهد», «جامعة الملك خالد»), after which «ب» + a town is its seat.
_FACILITY_HEADS = INSTITUTIONS_NAMED_AFTER_PERSON | PLACES_NAMED_AFTER_PERSON | NAMED_AFTER_PLACE


@lru_cache(maxsize=4)
def load_towns(path: str | None = None) -> frozenset[str]:
    """Folded town names of ``path`` (the shipped ``towns.csv`` when None).

    >>> "زنجبار" in load_towns(), "جامعه" in load_towns()
    (True, False)
    """
    with open(Path(path or CATALOGUE_DIR / "towns.csv"), encoding="utf-8", newline="") as handle:
        return frozenset(fold(row["alias"]) for row in csv.DictReader(handle))


@lru_cache(maxsize=4)
def _forms(towns: frozenset[str]) -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """Folded form as written -> its clitic, the forms as a set (the key of their automaton), and the first
    words of the forms of two words: every town of one or two words (بيت لحم), the town after و (a list),
    and a town with its own article after ب or وب. A town that itself starts with و keeps its own reading."""
    towns = frozenset(town for town in towns if town.count(" ") < 2)
    forms = {_AND + town: _AND for town in towns}
    for town in towns:
        if town.startswith(_ARTICLE):
            forms.update({"ب" + town: "ب", "وب" + town: "وب"})
    forms.update(dict.fromkeys(towns, ""))
    return forms, frozenset(forms), frozenset(form.split()[0] for form in forms if " " in form)


def town_forms(towns: frozenset[str] | None = None) -> frozenset[str]:
    """The folded forms as written of ``towns`` (the shipped list when None), clitics included.

    >>> sorted(f for f in town_forms() if f.endswith("القريات"))
    ['القريات', 'بالقريات', 'والقريات', 'وبالقريات']
    """
    return _forms(load_towns() if towns is None else towns)[1]


def town_mentions(doc: Document, found: list[dict], towns: frozenset[str] | None = None,
                  candidates: list[int] | None = None) -> list[dict]:
    """Towns of ``towns`` (the shipped list when None) in ``doc`` where a place stands, overlapping
    none of the ``found`` mentions. ``candidates``: token indices that hold every town form followed by
    one of :data:`TOWN_ENDS` (:func:`.heads.pattern_tokens`), else found here."""
    towns = load_towns() if towns is None else towns
    forms, keys, firsts = _forms(towns)
    tokens = doc.tokens
    out: list[dict] = []
    for i in word_tokens(doc, keys, TOWN_ENDS) if candidates is None else candidates:
        token = tokens[i]
        if token.norm not in forms and token.norm not in firsts:
            continue  # another reader's token (most candidates), or a presentation ligature the token and the view split apart
        last, clitic = _town_words(tokens, i, forms, firsts)
        if clitic is None:
            continue  # a two-word form's first word without its second
        if not clitic and not _after_place_word(tokens, i):
            continue
        if clitic == _AND and not _in_place_list(tokens, i, [*found, *out]):
            continue
        if token.norm.startswith(_ARTICLE, len(clitic)) and _adjective_follows(tokens, last):
            continue
        town = _town_record(doc, token, len(clitic), found, tokens[last].end)
        if town is not None:
            out.append(town)
    return out + _seats_of_facilities(doc, [*found, *out], towns)


def _town_words(tokens: list, i: int, forms: dict[str, str], firsts: frozenset[str]) -> tuple[int, str | None]:
    """The last token of the town form starting at token ``i`` (two words before one: «بيت لحم»; ``firsts``:
    the first words of such forms) and its clitic, or ``i`` and None when no form starts there."""
    if tokens[i].norm in firsts and i + 1 < len(tokens):
        clitic = forms.get(tokens[i].norm + " " + tokens[i + 1].norm)
        if clitic is not None and tokens[i].end + 1 == tokens[i + 1].start:
            return i + 1, clitic
    return i, forms.get(tokens[i].norm)


def _seats_of_facilities(doc: Document, found: list[dict], towns: frozenset[str]) -> list[dict]:
    """Towns without the article after «ب» right after a facility of ``found``: «مستشفى الملك فهد بسيهات».
    The automaton holds no «ب» + such a town (too many words: بخالص), so the word after each facility is looked up."""
    tokens, starts, out = doc.tokens, doc.token_starts, []
    for facility in found:
        if facility["type"] not in ("ORG", "LOC"):
            continue
        # The word after is tested before the facility's head noun: few mentions have a «ب» + town after them.
        i = bisect_left(starts, facility["end"] + 1)
        if not 0 < i < len(tokens) or starts[i] != facility["end"] + 1 or tokens[i - 1].end != facility["end"]:
            continue
        word = tokens[i].norm
        if (word.startswith(_IN) and not word.startswith(_ARTICLE, 1) and word[1:] in towns
                and fold(facility["surface"].split(maxsplit=1)[0]) in _FACILITY_HEADS and not _definite_follows(tokens, i)):
            town = _town_record(doc, tokens[i], len(_IN), found, tokens[i].end)
            if town is not None:
                out.append(town)
    return out


def _town_record(doc: Document, token: Token, clitic: int, found: list[dict], end: int) -> dict | None:
    """The GPE row of the town from ``token`` past its first ``clitic`` letters to ``end``, or None when one of
    the ``found`` mentions overlaps the town."""
    index = doc.normalized.index
    start = index[bisect_left(index, token.start) + clitic]
    if any(m["start"] < end and start < m["end"] for m in found):
        return None
    return record(doc, start, end, "GPE", None, None, doc.text[start:end], "pattern", "pattern", CONFIDENCE)


def _after_place_word(tokens: list, i: int) -> bool:
    """Whether token ``i`` stands right after a locative preposition, a verb of :data:`PLACE_VERBS`, a place noun
    (محافظة, بلدة) or a compass word (غرب)."""
    return i > 0 and tokens[i - 1].end + 1 == tokens[i].start and tokens[i - 1].norm in _PLACE_BEFORE


def _in_place_list(tokens: list, i: int, places: list[dict]) -> bool:
    """Whether token ``i`` (a word with «و») follows a place of ``places`` that itself follows a
    place word or, with «و», another such place: «في سوسة وباردو», «من حلب وإدلب وقابس»."""
    for _ in range(_MAX_LIST):
        before = tokens[i - 1] if i else None
        if before is None or before.end + 1 != tokens[i].start:
            return False
        place = next((m for m in places if m["type"] == "GPE" and m["start"] < before.end and before.start < m["end"]), None)
        if place is None:
            return False
        i = bisect_left(tokens, place["start"] + 1, key=_token_end)
        if _after_place_word(tokens, i):
            return True
        if not tokens[i].norm.startswith(_AND):
            return False
    return False


def _token_end(token) -> int:
    return token.end


def _definite_follows(tokens: list, i: int) -> bool:
    """Whether a word with the article follows token ``i`` (a construct: «بخالص التوفيق»)."""
    return i + 1 < len(tokens) and tokens[i + 1].clitic == _ARTICLE


def _adjective_follows(tokens: list, i: int) -> bool:
    """Whether a definite relational adjective (الاجتماعي, الشعبية) follows token ``i``."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and nxt.clitic == _ARTICLE and nxt.norm.endswith(RELATIONAL_ENDINGS)
