"""Catalogue look-up: an Aho-Corasick automaton over the folded article text.

Keys are folded aliases (see :func:`workbench.text.fold`) with the article ال of
the first word removed, so one key serves «الرقة», «بالرقة», «والرقة» and
«للرقة». A hit counts only on token boundaries: nothing but a valid proclitic
sequence (:func:`workbench.text.candidate_splits`) may precede it inside its
word, and no letter may follow it. Overlapping hits keep the longest; a
stoplist phrase is a key too, so a longer stop phrase hides the alias inside it.
An outlet's or international body's name without the article is also found
with it («الفيسبوك» for «فيسبوك», «الفيس بوك»), as Arabic writers often give loanwords the article.

>>> m = Matcher.from_catalogue(load_catalogue())
>>> [(h.start, h.end, h.prefix) for h in m.find(fold("وبالولايات المتحدة"))]
[(4, 18, 'وبال')]
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

import ahocorasick
import numpy as np
import pandas as pd

from workbench.extract.catalogue import load_catalogue, load_stoplist
from workbench.text import candidate_splits, fold

__all__ = ["Entry", "Hit", "Matcher", "matcher_for", "alias_key", "joined_abd", "letter_view", "MEMBERS"]

_SPACES = re.compile(r"\s+")
# «عبد» compounds are written joined or apart (عبدالعزيز, عبد العزيز); a key matches both.
_JOINED_ABD = re.compile(r"(?<!\S)عبدال")
_SPLIT_ABD = re.compile(r"(?<!\S)عبد ال")
# A loanword's nisba on «-يت» written with its long vowel («السوفياتي», «السوفييتي»); news text also
# drops the vowel («السوفيتي»). A bare «-يتي» (الكويتي) has no long vowel and gets no other spelling.
_LONG_VOWEL_NISBA = re.compile(r"(?<=\S)(?:يا|يي)(?=تيه?(?!\S))")
_LONG_VOWEL_SPELLINGS = ("يا", "يي", "ي")
_ARTICLE = "ال"
# Sectors whose one-word names are loanwords Arabic writers often give the article (الفيسبوك,
# اليونسكو, البريكس). Companies stay out: their names with the article mostly name a product
# (طائرة البوينغ, أجهزة النوكيا). Shorter names stay article-bound, as their article forms are
# often words (الابل, الحماس).
_ARTICLE_OPTIONAL_SECTORS = frozenset({"media", "international_organisation"})
_ARTICLE_OPTIONAL_MIN = 5
# A party's one-word plural nisba (الجمهوريون, الجمهوريين) is also an adjective of its members
# (النواب الجمهوريون); its hits carry this pseudo-via so that the lookup reads the word before them.
MEMBERS = "members"
_MEMBERS_ENDINGS = ("يون", "يين")


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of a key: which actor, how it names it, whether the key needs the article."""

    actor_id: str
    via: str
    type: str
    needs_article: bool


class Hit(NamedTuple):
    """A boundary-checked match in folded offsets; ``prefix`` is the clitic string before it.

    A named tuple: an article has a dozen hits or more, and a tuple is the cheapest value to build.
    """

    start: int
    end: int
    prefix: str
    entries: tuple[Entry, ...]
    vias: frozenset[str] = frozenset()  # the entries' ``via`` values, read once when the matcher is built

    @property
    def has_article(self) -> bool:
        return self.prefix.endswith(_ARTICLE) or self.prefix.endswith("لل")

    @property
    def has_preposition(self) -> bool:
        """Whether a clitic preposition (ب, ل, ك) governs the hit, which then cannot be an adjective."""
        clitics = self.prefix[:-2] if self.prefix.endswith(_ARTICLE) else self.prefix
        return any(c in clitics for c in "بلك")


def _loanword_like(key: str) -> bool:
    """Whether a folded key reads as a transliterated name, which may take the article as a whole.

    A native phrase name is a construct or an adjective phrase whose later words carry the article
    («صحيفه الاقتصاديه»): with the article in front it is another phrase («الصحيفة الاقتصادية»).

    >>> _loanword_like("فيس بوك"), _loanword_like("صحيفه الاقتصاديه"), _loanword_like("وام")
    (True, False, False)
    """
    return len(key) >= _ARTICLE_OPTIONAL_MIN and not any(w.startswith(_ARTICLE) for w in key.split(" ")[1:])


def joined_abd(key: str) -> str:
    """A folded key with its «عبد» compounds written as one word.

    >>> joined_abd("عبد الله بن عبد العزيز الربيعه")
    'عبدالله بن عبدالعزيز الربيعه'
    """
    return _SPLIT_ABD.sub("عبدال", key)


def spellings(key: str) -> set[str]:
    """A folded key and its other spellings of «عبد» compounds and of a long-vowel nisba on «-يت».

    >>> sorted(spellings("جلوي بن عبدالعزيز")), spellings("عبده")
    (['جلوي بن عبد العزيز', 'جلوي بن عبدالعزيز'], {'عبده'})
    >>> sorted(spellings("اتحاد السوفياتي")), spellings("كويتي")
    (['اتحاد السوفياتي', 'اتحاد السوفيتي', 'اتحاد السوفييتي'], {'كويتي'})
    """
    abd = {key, _JOINED_ABD.sub("عبد ال", key), joined_abd(key)}
    return {_LONG_VOWEL_NISBA.sub(vowel, k) for k in abd for vowel in _LONG_VOWEL_SPELLINGS}


def alias_key(alias: str) -> tuple[str, bool]:
    """Folded look-up key of an alias and whether its first word carries the article.

    >>> alias_key("الأمم  المتحدة")
    ('امم المتحده', True)
    >>> alias_key("الله"), alias_key("ألبانيا")
    (('الله', False), ('البانيا', False))
    """
    key = _SPACES.sub(" ", fold(alias)).strip()
    first = key.split(" ", 1)[0]
    # Only a bare alef starts the article: «ألبانيا» folds to البانيا but has none.
    if alias.strip().startswith(_ARTICLE) and len(first) > len(_ARTICLE) + 2:
        return key[len(_ARTICLE):], True
    return key, False


class Matcher:
    """Catalogue keys compiled into one automaton, with the actor names alongside.

    Every key is entered once per proclitic sequence it may carry and padded with
    a space on both sides; the text is searched with every non-letter turned into
    a space, so each automaton hit already sits on word boundaries and no
    character-level check runs for the many keys found inside longer words.
    """

    def __init__(self, entries: dict[str, list[Entry]], stop: set[str], names: dict[str, tuple[str, str]],
                 countries: dict[str, str] | None = None, article_optional: frozenset[str] = frozenset(),
                 members: frozenset[str] = frozenset(), businesses: frozenset[str] = frozenset()) -> None:
        self.names = names  # actor_id -> (English name, Arabic name)
        self.countries = countries or {}  # actor_id -> the state it belongs to, where the catalogue says
        self.businesses = businesses  # ids of the business sector: a maker's name may name its product
        variants: dict[str, tuple[int, str, tuple]] = {}
        # A stop phrase only matters where it could hide an alias; function words alone would
        # only add automaton hits.
        stop = {s for s in stop if any(key in s for key in entries)}
        # In sorted order: where two keys share a letter view the first entered keeps its readings,
        # so the order must not follow the process's string hashing («العربيه نت» before «العربيه.نت»).
        for key in sorted(set(entries) | stop):
            for with_article in (False, True):
                if key in stop:
                    readings: tuple = ()  # a stop phrase: matched to hide the aliases inside it, never a hit
                else:
                    # A loanword read with the article is filed as needing it, so every reading
                    # agrees with its hit's prefix, as the readers rely on.
                    readings = tuple(e if e.needs_article == with_article else replace(e, needs_article=True)
                                     for e in entries[key]
                                     if e.needs_article == with_article or (with_article and key in article_optional))
                    if not readings:
                        continue
                for prefix in _PROCLITICS[with_article]:
                    word = prefix + key
                    if word not in variants or len(prefix) < variants[word][0]:
                        variants[word] = (len(prefix), key, readings)
        self._automaton = ahocorasick.Automaton()
        entered: dict[str, tuple] = {}
        for word, (plen, key, readings) in variants.items():
            vias = frozenset(e.via for e in readings) | ({MEMBERS} if key in members else frozenset())
            # A key holding a symbol («5+1», «العربيه.نت») is entered as the letter view sees it, where
            # the symbol is a space, with or without the spaces writers put around it («5 + 1»); where
            # that view is also a key of its own («العربيه نت»), the first entry keeps its readings and
            # accepts both keys. Only a key of several words or with a symbol is compared with its hit.
            checked = frozenset({key}) if " " in key or _NON_LETTER.search(key) else None
            for view in symbol_spacings(word):
                if view in entered and checked is not None and entered[view][2] is not None:
                    first = entered[view]
                    entered[view] = (*first[:2], first[2] | checked, *first[3:])
                elif view not in entered:
                    entered[view] = (len(view) + 2, plen, checked, readings, vias)
        for view, value in entered.items():
            self._automaton.add_word(f" {view} ", value)
        if len(self._automaton):
            self._automaton.make_automaton()

    @classmethod
    def from_catalogue(cls, catalogue: pd.DataFrame, stoplist: frozenset[str] | None = None) -> Matcher:
        """Compile a catalogue frame (as :func:`load_catalogue` returns) and a stoplist."""
        entries: dict[str, list[Entry]] = {}
        article_optional: set[str] = set()
        members: set[str] = set()
        sectors = catalogue["sector"] if "sector" in catalogue else pd.Series("", index=catalogue.index)
        for actor_id, alias, via, typ, sector in zip(catalogue["actor_id"], catalogue["alias"], catalogue["via"],
                                                     catalogue["type"], sectors):
            key, needs_article = alias_key(alias)
            if len(key) < 2:
                continue
            if not needs_article and sector in _ARTICLE_OPTIONAL_SECTORS and _loanword_like(key):
                article_optional.add(key)
            if sector == "party" and needs_article and " " not in key and key.endswith(_MEMBERS_ENDINGS):
                members.update(spellings(key))
            entry = Entry(actor_id, via, typ, needs_article)
            for spelling in spellings(key):
                bucket = entries.setdefault(spelling, [])
                if entry not in bucket:
                    bucket.append(entry)
        stop = {alias_key(w)[0] for w in (load_stoplist() if stoplist is None else stoplist)}
        first = catalogue.drop_duplicates("actor_id")
        names = {a: (en, ar) for a, en, ar in first[["actor_id", "name_en", "name_ar"]].itertuples(index=False)}
        countries = ({a: c for a, c in first[["actor_id", "country"]].itertuples(index=False) if isinstance(c, str) and c}
                     if "country" in first else {})
        businesses = frozenset(catalogue["actor_id"][sectors == "business"])
        return cls(entries, stop, names, countries, frozenset(article_optional), frozenset(members), businesses)

    def find(self, folded: str) -> list[Hit]:
        """Non-overlapping hits in ``folded`` (longest first, then leftmost); stop phrases removed."""
        if not len(self._automaton) or not folded:
            return []
        padded = " " + letter_view(folded) + " "
        # Each candidate leads with its sort key (minus its length, then its first letter), so the
        # tuples sort as they are, without a key function; one automaton entry per span keeps the
        # key unique, so the comparison never reaches the readings.
        candidates: list[tuple[int, int, int, int, tuple, frozenset]] = []
        for last, (length, plen, keys, readings, vias) in self._automaton.iter(padded):
            lo = last - length + 1  # first letter of the word (clitics included) in ``folded``
            start, end = lo + plen, last - 1
            if keys is not None and folded[start:end] not in keys and _squeezed(folded[start:end]) not in keys:
                continue  # punctuation stood where the key has a space or another symbol
            candidates.append((lo - end, lo, start, end, readings, vias))
        candidates.sort()
        taken = bytearray(len(folded))
        hits: list[Hit] = []
        for _, lo, start, end, readings, vias in candidates:
            if taken.find(1, lo, end) != -1:
                continue
            taken[lo:end] = b"\x01" * (end - lo)
            if readings:
                hits.append(Hit(start, end, folded[lo:start], readings, vias))
        hits.sort()  # by start: the hits do not overlap, so no two share one
        return hits


def symbol_spacings(key: str) -> set[str]:
    """The letter views (:func:`letter_view`) of a folded key holding one symbol, written with or
    without a space on either side of it; a key without a symbol is its own.

    >>> sorted(symbol_spacings("5+1"))
    ['5   1', '5  1', '5 1']
    """
    symbol = _NON_LETTER.search(key)
    if symbol is None:
        return {key}
    before, after = key[:symbol.start()], key[symbol.end():]
    return {letter_view(f"{before}{left}{symbol.group()}{right}{after}") for left in ("", " ") for right in ("", " ")}


def _squeezed(text: str) -> str:
    """``text`` without the spaces around its symbols, to compare a symbol key with its hit."""
    return _AROUND_SYMBOL.sub(r"\1", text)


def _proclitic_sequences() -> dict[bool, tuple[str, ...]]:
    """Proclitic strings a name may carry, split by whether they end in the article.

    Candidates are every conjunction + preposition + article combination;
    :func:`workbench.text.candidate_splits` decides which are valid.
    """
    probe = "ممم"
    combos = {c + p + a for c in ("", "و", "ف") for p in ("", "ب", "ل", "ك") for a in ("", _ARTICLE)}
    combos |= {c + "لل" for c in ("", "و", "ف")}
    valid = sorted(c for c in combos if not c or (c, probe) in candidate_splits(c + probe))
    with_article = tuple(c for c in valid if c.endswith(_ARTICLE) or c.endswith("لل"))
    return {True: with_article, False: tuple(c for c in valid if c not in with_article)}


_PROCLITICS = _proclitic_sequences()
# Any character but a space that is no letter or digit (a name may hold a number: الفرقة 30): one
# character class behind a look-ahead.
_NON_LETTER = re.compile(r"(?! )[\W_]")
_AROUND_SYMBOL = re.compile(r"\s*((?! )[\W_])\s*")
# The same replacement as a look-up array over the Basic Multilingual Plane (a space for every
# character the pattern replaces, the character itself otherwise): on an article's text one
# vectorised look-up costs a quarter of the pattern's substitution.
_LETTER_OR_SPACE = np.arange(0x10000, dtype=np.uint32)
_LETTER_OR_SPACE[[ord(m[0]) for m in _NON_LETTER.finditer("".join(map(chr, range(0x10000))))]] = ord(" ")
# Below this length the fixed cost of the array round trip is more than the pattern's.
_ARRAY_FROM = 256


def letter_view(folded: str) -> str:
    """``folded`` with every character but letters, digits and spaces turned into a space, one
    character for one, so offsets stay.

    >>> letter_view("قال: 3 دول_عربية")
    'قال  3 دول عربية'
    """
    if len(folded) >= _ARRAY_FROM:
        codes = np.frombuffer(folded.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        if codes.max() < 0x10000:  # beyond the plane (rare) the pattern decides
            return _LETTER_OR_SPACE[codes].tobytes().decode("utf-32-le", "surrogatepass")
    return _NON_LETTER.sub(" ", folded)


@lru_cache(maxsize=1)
def _default_matcher() -> Matcher:
    return Matcher.from_catalogue(load_catalogue())


_by_frame: dict[int, tuple[weakref.ref, Matcher]] = {}


def matcher_for(catalogue: pd.DataFrame | Matcher | None = None) -> Matcher:
    """The compiled matcher of a catalogue frame (the shipped one when None), built once per frame."""
    if isinstance(catalogue, Matcher):
        return catalogue
    if catalogue is None:
        return _default_matcher()
    cached = _by_frame.get(id(catalogue))
    if cached is not None and cached[0]() is catalogue:
        return cached[1]
    matcher = Matcher.from_catalogue(catalogue)
    _by_frame[id(catalogue)] = (weakref.ref(catalogue, lambda _ref, key=id(catalogue): _by_frame.pop(key, None)), matcher)
    return matcher
