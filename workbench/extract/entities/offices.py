"""A person named right before the office he holds: «مارسلو ماريو، مدرب اللياقة», «بندر الطائفي عضو
اللجنة», «جانيت ييلين، رئيسة الاحتياطي الفدرالي».

An office word (رئيس, مدير, مدرب, عضو ...) in apposition after two words names the holder in them,
and so does a minister's, an ambassador's or a spokesman's office after a comma («زيجمار جابريل، وزير»),
whatever his given name: foreign names and given names the list lacks are read here. The first word
carries no clitic nor article and the second is a surname, bare or with the article; neither is a
common word, a verb or a word with a pronoun suffix. The name is read with the rules of :mod:`.names`
(two words at least; a common word, a clitic or punctuation ends it).

>>> from workbench.text import Document
>>> doc = Document("a", "وأكد مارسلو ماريو، مدرب اللياقة أن الفريق جاهز")
>>> [r["surface"] for r in office_names(doc, [], candidates=[4])]
['مارسلو ماريو']
"""

from __future__ import annotations

from workbench.extract.entities.lookup import claim_person
from workbench.extract.entities.foreign import foreign_score
from workbench.extract.entities.names import (ALI, BINDERS, NOT_SURNAME_ENDINGS, OFFICE_WORDS, PREPOSITIONS, common_words,
                                              given_names, names_at, suffixed_common, word_given_names)
from workbench.text import COMMAS, Document, candidate_splits, fold

__all__ = ["office_names", "given_word", "surname_word", "known_inside", "new_persons", "OFFICE_WORDS", "comma_at"]

# OFFICE_WORDS stand in apposition bare only: «ورئيس» after a name joins a second person to it.
# Offices that name their holder only after a comma («زيجمار جابريل، وزير الاقتصاد»): without one,
# «وزير» or «المتحدث» after two words ends a longer title or phrase («نائب رئيس الوزراء وزير الخارجية»).
COMMA_OFFICE_WORDS = frozenset(fold(w) for w in "وزير وزيرة سفير سفيرة المتحدث الناطق".split())


def office_names(doc: Document, found: list[dict], candidates: list[int]) -> list[dict]:
    """Person records (actor_id NA) for the two-word names right before an office word in
    apposition. ``found``: the records found so far; a name overlapping one is left out, unless it
    only holds shorter person mentions, which it replaces in ``found`` (in place).
    ``candidates``: token indices holding the office words (:func:`~.heads.pattern_tokens` gives
    them with others)."""
    tokens = doc.tokens
    common, given = common_words(), given_names()
    unlisted: set[int] = set()
    fuller: dict[int, tuple[int, int]] = {}  # a listed given name before the two words -> (first word, name's end)
    for at in candidates:
        norm = tokens[at].norm
        if norm not in OFFICE_WORDS and norm not in COMMA_OFFICE_WORDS:
            continue  # most candidates hold neither: the word is tested before the comma
        comma = comma_at(tokens, at - 1)
        if not (comma or norm in OFFICE_WORDS):
            continue
        last = at - 1 - comma
        first = last - 1
        if not (first >= 0 and given_word(tokens[first], common, given) and surname_word(tokens[last], common, given)
                and tokens[at - 1].norm not in BINDERS):
            continue
        if first and _listed_given(tokens[first - 1], given):
            fuller[first - 1] = (first, tokens[last].end)
        elif not (first and _before_name(tokens[first - 1], common, given)):
            unlisted.add(first)
    if not unlisted and not fuller:
        return []
    skips = {k: _preposition_letters(tokens[k].norm, given) for k in unlisted.union(v[0] for v in fuller.values())}
    names = names_at(doc, unlisted | fuller.keys(), skips)
    return new_persons(found, _with_given_names(doc, names, fuller, skips))


def _with_given_names(doc: Document, names: list[dict], fuller: dict[int, tuple[int, int]],
                      skips: dict[int, int]) -> list[dict]:
    """``names`` with those read from a listed given name before the two words (``fuller``) kept only
    when they end where the two words do («علي شريف العمادي، وزير»); for the others the two words
    are read alone (a listed name then a longer foreign one runs on into a cut name)."""
    tokens = doc.tokens
    whole = {(tokens[k].start, end) for k, (_, end) in fuller.items()}
    starts = {tokens[k].start for k in fuller}
    kept = [name for name in names if name["start"] not in starts or (name["start"], name["end"]) in whole]
    read = {name["start"] for name in kept}
    alone = {first for k, (first, _) in fuller.items() if tokens[k].start not in read}
    return kept + names_at(doc, alone, skips) if alone else kept


def _listed_given(token, given: frozenset[str]) -> bool:
    """A bare listed given name, or «علي» spelt with its final ي (folded, it is also the preposition «على»)."""
    return token.kind == "word" and not token.clitic and (token.norm in given or token.text == ALI)


def _preposition_letters(norm: str, given: frozenset[str]) -> int:
    """1 when the word is a preposition ب/ل/ك written on a name («لجواكيم»): the rest is a listed given
    name or looks at least as foreign as the whole word (the foreign reader's test for a run's first
    word), else 0 («بيتر», «ليفي», «كيري» stay whole, and so does a given name that is also a word: «كريم»)."""
    if not norm.startswith(PREPOSITIONS) or norm in given or norm in word_given_names():
        return 0
    rest = norm[1:]
    return int(rest in given or foreign_score(rest) >= foreign_score(norm))


def comma_at(tokens: list, k: int) -> bool:
    """Whether token ``k`` is a comma (a name in apposition may be set off by one)."""
    return 0 <= k < len(tokens) and tokens[k].kind == "punct" and tokens[k].norm in COMMAS


def new_persons(found: list[dict], names: list[dict]) -> list[dict]:
    """Those of ``names`` that hold no catalogue actor (:func:`known_inside`) and may join ``found``
    (:func:`~.lookup.claim_person`, which takes shorter persons they hold out of ``found``)."""
    return [name for name in names if not known_inside(found, name) and claim_person(found, name)]


def known_inside(found: list[dict], name: dict) -> bool:
    """Whether a catalogue actor lies inside ``name`` («نارندرا مودي»: Modi keeps his id)."""
    return any(m["actor_id"] is not None and m["start"] < name["end"] and name["start"] < m["end"] for m in found)


def _plain(token, common: frozenset[str]) -> bool:
    """A word that may be part of a name: no common word, binder, verb ending or pronoun suffix."""
    return (token.kind == "word" and token.norm not in common and token.stem not in common and token.norm not in BINDERS
            and not token.norm.endswith(NOT_SURNAME_ENDINGS) and not suffixed_common(token.norm))


def _name_like(norm: str, given: frozenset[str]) -> bool:
    """A listed given name or a word whose letters look transliterated (جريجوريس, not إشراف)."""
    return norm in given or foreign_score(norm) > 0


def given_word(token, common: frozenset[str], given: frozenset[str]) -> bool:
    """A bare word that may be a given name: no clitic, nor a clitic before a common word (وزارة)."""
    return (_plain(token, common) and not token.clitic and _name_like(token.norm, given)
            and not any(stem in common for _, stem in candidate_splits(token.norm)))


def _before_name(token, common: frozenset[str], given: frozenset[str]) -> bool:
    """Whether the word before the two makes them no name of their own: a word that looks like a
    name too (بارك جيون هاي: the name has three words, which the name rules would cut to two), a
    binder (علي بن حماد الشامسي) or a number (2000 زائرا: a counted noun)."""
    return (token.kind == "number" or token.norm in BINDERS
            or given_word(token, common, given) and foreign_score(token.norm) > 0)


def surname_word(token, common: frozenset[str], given: frozenset[str]) -> bool:
    """A word that may be a surname: a nisba with the article (الطائفي) or a word that may be a
    given name (never «ونائب»: a clitic before a common word joins the next phrase)."""
    return token.clitic == "ال" and _plain(token, common) or given_word(token, common, given)
