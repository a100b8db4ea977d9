"""Catalogue look-up: an Aho-Corasick automaton over the folded article text.

Keys are folded aliases (see :func:`workbench.text.fold`) with the article ال of
the first word removed, so one key serves «الرقة», «بالرقة», «والرقة» and
«للرقة». A hit counts only on token boundaries: nothing but a valid proclitic
sequence (:func:`workbench.text.candidate_splits`) may precede it inside its
word, and no letter may follow it. Overlapping hits keep the longest; a
stoplist phrase is a key too, so a longer stop phrase hides the alias inside it.

>>> m = Matcher.from_catalogue(load_catalogue())
>>> [(h.start, h.end, h.prefix) for h in m.find(fold("وبالولايات المتحدة"))]
[(4, 18, 'وبال')]
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick
import pandas as pd

from workbench.extract.catalogue import load_catalogue, load_stoplist
from workbench.text import candidate_splits, fold

__all__ = ["Entry", "Hit", "Matcher", "matcher_for", "alias_key"]

_SPACES = re.compile(r"\s+")
_ARTICLE = "ال"
_STOP = "stop"


@dataclass(frozen=True, slots=True)
class Entry:
    """One reading of a key: which actor, how it names it, whether the key needs the article."""

    actor_id: str
    via: str
    type: str
    needs_article: bool


@dataclass(frozen=True, slots=True)
class Hit:
    """A boundary-checked match in folded offsets; ``prefix`` is the clitic string before it."""

    start: int
    end: int
    prefix: str
    entries: tuple[Entry, ...]

    @property
    def has_article(self) -> bool:
        return self.prefix.endswith(_ARTICLE) or self.prefix.endswith("لل")


def alias_key(alias: str) -> tuple[str, bool]:
    """Folded look-up key of an alias and whether its first word carries the article.

    >>> alias_key("الأمم  المتحدة")
    ('امم المتحده', True)
    >>> alias_key("الله")
    ('الله', False)
    """
    key = _SPACES.sub(" ", fold(alias)).strip()
    first = key.split(" ", 1)[0]
    if first.startswith(_ARTICLE) and len(first) > len(_ARTICLE) + 2:
        return key[len(_ARTICLE):], True
    return key, False


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


class Matcher:
    """Catalogue keys compiled into one automaton, with the actor attributes alongside."""

    def __init__(self, entries: dict[str, list[Entry]], stop: set[str], names: dict[str, tuple[str, str]]) -> None:
        self.names = names  # actor_id -> (English name, Arabic name)
        self._automaton = ahocorasick.Automaton()
        for key in set(entries) | stop:
            readings = (_STOP,) if key in stop else tuple(entries[key])
            self._automaton.add_word(key, (len(key), readings))
        if len(self._automaton):
            self._automaton.make_automaton()

    @classmethod
    def from_catalogue(cls, catalogue: pd.DataFrame, stoplist: frozenset[str] | None = None) -> Matcher:
        """Compile a catalogue frame (as :func:`load_catalogue` returns) and a stoplist."""
        entries: dict[str, list[Entry]] = {}
        for actor_id, alias, via, typ in catalogue[["actor_id", "alias", "via", "type"]].itertuples(index=False):
            key, needs_article = alias_key(alias)
            if len(key) < 2:
                continue
            entry = Entry(actor_id, via, typ, needs_article)
            bucket = entries.setdefault(key, [])
            if entry not in bucket:
                bucket.append(entry)
        stop = {alias_key(w)[0] for w in (load_stoplist() if stoplist is None else stoplist)}
        first = catalogue.drop_duplicates("actor_id")
        names = {a: (en, ar) for a, en, ar in first[["actor_id", "name_en", "name_ar"]].itertuples(index=False)}
        return cls(entries, stop, names)

    def find(self, folded: str) -> list[Hit]:
        """Non-overlapping hits in ``folded`` (longest first, then leftmost); stop phrases removed."""
        if not len(self._automaton) or not folded:
            return []
        candidates: list[tuple[int, int, str, tuple]] = []
        n = len(folded)
        for last, (length, readings) in self._automaton.iter(folded):
            start, end = last - length + 1, last + 1
            if end < n and _is_letter(folded[end]):
                continue
            if start > 0 and _is_letter(folded[start - 1]):
                prefix = _clitic_prefix(folded, start)
                if prefix is None:
                    continue
            else:
                prefix = ""
            candidates.append((start, end, prefix, readings))
        candidates.sort(key=lambda c: (c[0] - c[1] - len(c[2]), c[0]))
        taken = bytearray(n)
        hits: list[Hit] = []
        for start, end, prefix, readings in candidates:
            lo = start - len(prefix)
            if taken.find(1, lo, end) != -1:
                continue
            taken[lo:end] = b"\x01" * (end - lo)
            if readings != (_STOP,):
                hits.append(Hit(start, end, prefix, readings))
        hits.sort(key=lambda h: h.start)
        return hits


def _clitic_prefix(folded: str, start: int) -> str | None:
    """The letters of the word before ``start`` when they are a proclitic sequence, else None."""
    word_start = start
    while word_start > 0 and _is_letter(folded[word_start - 1]):
        word_start -= 1
    if start - word_start > 5:
        return None
    word_end = start
    while word_end < len(folded) and _is_letter(folded[word_end]):
        word_end += 1
    prefix = folded[word_start:start]
    return prefix if _valid_prefix(prefix, folded[word_start:word_end]) else None


@lru_cache(maxsize=65536)
def _valid_prefix(prefix: str, word: str) -> bool:
    return any(clitic == prefix for clitic, _ in candidate_splits(word))


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
