"""Person names outside the catalogue that run on into ordinary words, cut back to the name.

The model and the name patterns sometimes carry a person's span past the name into the
sentence: a word with a proclitic preposition or conjunction before a stem of four letters or more
(«صالح بصواريخ الكاتيوشا», «محمد أبو سبعان بزملائه», «سامي فهد وزملائه», «رنا خالد فقالت»), which
no name word takes after its first word when the word without the clitic is a common word
(``common_words.txt``) or a weapon (``weapons.txt``). Such a span is cut before that word;
what is left must still be a name of two words, else it is dropped («سعيد» alone is the adjective
"happy"). A span whose words are all common words, office words or weapons and none a given name
(«مسؤولون بيطريون», «مضاد الدروع», «وكيل») is no person and is dropped. A body's head without the
article followed right away by such a clitic word («شركة لصناعة السيارات», «لجنة لتحسين الأداء») is a
generic description ("a company for ..."), no name, and is dropped too: a named body puts its ل-phrase
after a definite word («الجمعية الوطنية للمتقاعدين»). Catalogue actors are never touched, and a word
that is itself a listed given name («كمال»: ك + مال), or opens like a family name with «با» or «بو»
(باسهل, بوخمسين), stays in the name.

>>> from workbench.text import Document
>>> doc = Document("a", "وأطلق صالح بصواريخ الكاتيوشا")
>>> rec = {"start": 6, "end": 28, "surface": "صالح بصواريخ الكاتيوشا", "type": "PER", "actor_id": None}
>>> cut_run_ons(doc, [rec])
[]
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.catalogue import CATALOGUE_DIR, read_word_list
from workbench.extract.entities.heads import SPAN_HEADS
from workbench.extract.entities.lookup import without
from workbench.extract.entities.names import common_words, given_names, suffixed_common
from workbench.extract.entities.offices import OFFICE_WORDS
from workbench.text import Document, candidate_splits, fold

__all__ = ["cut_run_ons", "weapon_words"]

_WEAPONS_PATH = str(CATALOGUE_DIR / "weapons.txt")

# The prepositions بـ لـ كـ, which Arabic puts after the conjunctions و فـ, never before them.
_PREPOSITIONS = frozenset("بلك")
_CONJUNCTIONS = frozenset("وف")
_CLITIC_LETTERS = _PREPOSITIONS | _CONJUNCTIONS
_WORD = re.compile(r"\S+")
# Hadrami and Gulf family names open with these (باسهل, بوخمسين, بوعلي) and read like ب + a word.
_FAMILY_PREFIXES = ("با", "بو")
# What stands right before a definite head whose article the span leaves out (الشركة, للشركة).
_ARTICLE_ENDS = ("ال", "لل")
# Office words that name no one alone; «أمين» is a given name too (Amin).
_OFFICES = OFFICE_WORDS - {fold("أمين")}


def cut_run_ons(doc: Document, found: list[dict]) -> list[dict]:
    """``found`` with every person span outside the catalogue cut before a word that opens
    with a preposition or conjunction before a common word, and without the spans left no name (one word, or
    only common words). Cut records are updated in place.

    >>> from workbench.text import Document
    >>> doc = Document("a", "يلتحق اللاعب محمد أبو سبعان بزملائه")
    >>> rec = {"start": 13, "end": 36, "surface": "محمد أبو سبعان بزملائه", "type": "PER", "actor_id": None}
    >>> [r["surface"] for r in cut_run_ons(doc, [rec])]
    ['محمد أبو سبعان']
    """
    dropped: list[dict] = []
    for rec in found:
        if rec.get("actor_id") is not None:
            continue
        if rec["type"] != "PER":
            if rec["type"] == "ORG" and _generic_body(doc.text, rec):
                dropped.append(rec)
            continue
        length = _name_length(rec["surface"])
        if not length:
            dropped.append(rec)
        elif length < len(rec["surface"]):
            end = rec["start"] + length
            rec.update(end=end, surface=doc.text[rec["start"]:end])
            if rec.get("actor_ar") is not None:
                rec["actor_ar"] = rec["surface"]
    return without(found, dropped) if dropped else found


def _generic_body(text: str, rec: dict) -> bool:
    """Whether a body's span is a head without the article and a clitic word over a common word.

    >>> text = "أكبر شركة لصناعة السيارات"
    >>> _generic_body(text, {"start": 5, "end": 16, "surface": "شركة لصناعة"})
    True
    >>> _generic_body("في الشركة لصناعة السيارات", {"start": 5, "end": 16, "surface": "شركة لصناعة"})
    False
    """
    words = rec["surface"].split(maxsplit=2)
    return (len(words) > 1 and fold(words[0]) in SPAN_HEADS and _runs_on(words[1])
            and not text[max(0, rec["start"] - 2):rec["start"]].endswith(_ARTICLE_ENDS))


@lru_cache(maxsize=65536)
def _name_length(surface: str) -> int:
    """How many characters of a person's span are the name: all of them, fewer when a word runs
    on into the sentence, 0 when no name is left (cached: the same names recur across articles).

    >>> _name_length("محمد أبو سبعان بزملائه"), _name_length("سعيد بمشاركته"), _name_length("لوران بلان")
    (14, 0, 10)
    """
    words = [(m.start(), m.group()) for m in _WORD.finditer(surface)]
    kept = next((k for k in range(1, len(words)) if _runs_on(words[k][1])), len(words))
    if kept == 1 < len(words) or all(_ordinary(w) for _, w in words[:kept]):
        return 0
    at, last = words[kept - 1]
    return at + len(last)


@lru_cache(maxsize=65536)
def _runs_on(word: str) -> bool:
    """Whether a word after a name's first opens with a preposition or conjunction before a common
    word of four letters or more (a weapon counts as one).

    >>> _runs_on("بمشاركته"), _runs_on("لمنافسة"), _runs_on("بيرلو"), _runs_on("بلان"), _runs_on("كمال"), _runs_on("باسهل"), _runs_on("كوليس")
    (True, True, False, False, False, False, False)
    """
    norm = fold(word)
    if norm[:1] not in _CLITIC_LETTERS or norm.startswith(_FAMILY_PREFIXES) or norm in given_names():
        return False
    common = _ordinary_words()
    # A stem of three letters or fewer is as often a foreign name's tail (بلان, بتري, كوشن) as a word; a
    # preposition before a conjunction is no reading (كوليس is no ك + وليس).
    return any(clitic and _CLITIC_LETTERS.issuperset(clitic) and len(stem) > 3 and (stem in common or suffixed_common(stem))
               and not (clitic[-1] in _PREPOSITIONS and _conjunction_on_common(stem, common))
               for clitic, stem in candidate_splits(norm))


def _conjunction_on_common(stem: str, common: frozenset[str]) -> bool:
    """Whether a stem reads as the conjunction و/ف on a common word of three letters or more (وليس): after a
    preposition such a stem is no word (كوليس is a name, not ك + و + ليس).

    >>> _conjunction_on_common("وليس", _ordinary_words()), _conjunction_on_common("وزير", _ordinary_words())
    (True, False)
    """
    return stem[:1] in _CONJUNCTIONS and len(stem) > 3 and stem[1:] in common


@lru_cache(maxsize=65536)
def _ordinary(word: str) -> bool:
    """Whether a word is a common word (with or without its clitics) or an office word, and no given name."""
    norm = fold(word)
    if norm in given_names():
        return False
    if norm in _OFFICES:
        return True  # an office alone names no one: «وكيل» tagged as a person
    common = _ordinary_words()
    return norm in common or any(stem in common for _, stem in candidate_splits(norm))


@lru_cache(maxsize=1)
def weapon_words() -> frozenset[str]:
    """Folded words of weapons and military equipment (``weapons.txt``), never a person's name.

    >>> {"صواريخ", "دبابات", "قذايف"} <= weapon_words()
    True
    """
    return frozenset(fold(w) for w in read_word_list(_WEAPONS_PATH))


@lru_cache(maxsize=1)
def _ordinary_words() -> frozenset[str]:
    return common_words() | weapon_words()
