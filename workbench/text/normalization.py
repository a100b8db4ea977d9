"""Arabic normalisation for matching, with a map back to the original offsets.

Matching Arabic news text needs a folded view: hamza/madda alef variants become
bare alef, alef maqsura becomes ya, ta marbuta becomes ha, diacritics and
tatweel disappear, Arabic-Indic and Persian digits become ASCII digits, Arabic
punctuation and typographic quote marks become their ASCII counterparts,
ASCII Latin letters are lower-cased, and the presentation forms of old
word processors and PDF copies (ﻟ, ﺎ, the ligatures ﻷ and ﷲ) become the letters
they stand for. Extractors search the folded view and report offsets through
:meth:`Normalized.span`, which maps back to the ORIGINAL text.

Almost every change is one character to one character or a deletion; only a
presentation ligature becomes several letters. The map is a sequence of
original indices, where all letters of a ligature point at the ligature.

>>> n = normalize("أعلنتْ موسكـــو")
>>> n.text
'اعلنت موسكو'
>>> n.span(6, 11)
(7, 15)
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

__all__ = ["Normalized", "normalize", "fold", "DIACRITICS", "TATWEEL", "RELATIONAL_ENDINGS"]

TATWEEL = "\u0640"
# Folded endings of a relational (nisba) adjective: الروسي, الروسية (its ta marbuta folds to ha).
RELATIONAL_ENDINGS = ("ي", "يه")
# Harakat, tanwin, shadda, sukun, Quranic marks and the superscript alef.
DIACRITICS = frozenset(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
)
# Invisible formatting characters that only affect display.
_INVISIBLE = frozenset("\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff\u00ad")

_MAP: dict[str, str] = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ى": "ي", "ی": "ي", "ئ": "ي", "ؤ": "و",
    "ة": "ه", "ۀ": "ه", "ہ": "ه", "ھ": "ه",
    "ک": "ك", "ڪ": "ك", "گ": "ك",
    "،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ",", "۔": ".",
    "«": '"', "»": '"', "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "＂": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'",
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ",
}
_MAP.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_MAP.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits
_MAP.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})  # ASCII Latin only: 1:1

_TABLE: dict[int, str | None] = {ord(k): v for k, v in _MAP.items()}
_TABLE.update({ord(c): None for c in DIACRITICS | _INVISIBLE | {TATWEEL}})


def _presentation_forms() -> dict[int, str | None]:
    """Folds of the Arabic presentation forms (U+FB50..FDFF, U+FE70..FEFF).

    A form's compatibility decomposition, folded like any other text, is what it stands for;
    a form that decomposes to marks alone (ﹰ, ﱞ) is a mark and goes.
    """
    table: dict[int, str | None] = {}
    for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFEFF)]:
        decomposed = unicodedata.normalize("NFKC", chr(code))
        if decomposed == chr(code):
            continue
        folded = decomposed.translate(_TABLE).strip()
        table[code] = folded or None
    return table


_PRESENTATION = _presentation_forms()
_TABLE.update(_PRESENTATION)
_DELETED = DIACRITICS | _INVISIBLE | {TATWEEL} | {chr(c) for c, v in _PRESENTATION.items() if v is None}
# The same table as an array over every code point, for long texts: str.translate looks every
# character up in a dict (a quarter of a millisecond for an average article), the array does the
# whole text in a few vectorised steps. Covering all of Unicode (4.4 MB) rather than the Basic
# Multilingual Plane lets one indexing step fold a text, with no mask for the rarer planes.
_DROPPED = 0x110000  # past the last code point: marks characters the folded view leaves out
_EXPANDED = 0x110001  # and ligatures that fold to several letters


def _lookup_array() -> np.ndarray:
    lookup = np.arange(0x110000, dtype=np.uint32)
    for code, value in _TABLE.items():
        if value is None:
            lookup[code] = _DROPPED
        elif len(value) == 1:
            lookup[code] = ord(value)
        else:  # a ligature's several letters do not fit the array
            lookup[code] = _EXPANDED
    return lookup


_LOOKUP = _lookup_array()
# Below this length the fixed cost of the array round trip is more than str.translate's.
_ARRAY_FROM = 256
# A short text holding any presentation form takes the general path of the map.
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefc]")


@dataclass(frozen=True)
class Normalized:
    """A folded view of ``original`` and the offset map between the two.

    ``index[i]`` is the position in ``original`` of folded character ``i``;
    ``index[len(text)]`` is ``len(original)``. A read-only sequence of ints
    (a range when nothing was deleted, else an array of the kept positions:
    a tuple of an article's thousands of ints costs more than folding it).
    """

    original: str
    text: str
    index: Sequence[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the folded span ``text[start:end]``.

        The end is the end of the last folded character's original character,
        so a span never cuts a letter from its diacritics: trailing diacritics
        or tatweel of the last letter stay inside.
        """
        if start >= end:
            pos = self.index[start]
            return pos, pos
        last = self.index[end - 1] + 1
        while last < len(self.original) and self.original[last] in _FOLLOWERS:
            last += 1
        return self.index[start], last


_FOLLOWERS = frozenset(DIACRITICS | {TATWEEL})


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching and keep the map back to the original.

    >>> normalize("قال: «٢٠١٧»").text
    'قال: "2017"'
    """
    if len(text) < _ARRAY_FROM:
        folded, expanded = text.translate(_TABLE), _PRESENTATION_RE.search(text) is not None
        kept = None
    else:
        folded, expanded, kept = _fold_long(text)
    if expanded:
        return _normalize_per_character(text, folded)
    if len(folded) == len(text):  # nothing deleted: the map is the identity
        return Normalized(text, folded, range(len(text) + 1))
    # Every kept character folds to exactly one, so the map is the original positions of the
    # kept characters, taken from the vectorised fold as one block of machine integers.
    if kept is None:
        kept = _fold_long(text)[2]
    index = array("q", kept.astype(np.int64, copy=False).tobytes())
    index.append(len(text))
    return Normalized(text, folded, index)


def _normalize_per_character(text: str, folded: str) -> Normalized:
    """The map character by character, for the rare text holding presentation forms.

    >>> n = normalize("اﻷول")
    >>> n.text, n.span(1, 3)
    ('الاول', (1, 2))
    """
    index: list[int] = []
    for position, char in enumerate(text):
        value = _TABLE.get(ord(char), char)
        if value:
            index.extend([position] * len(value))
    index.append(len(text))
    return Normalized(text, folded, tuple(index))


def fold(text: str) -> str:
    """The folded string alone, for lexicon keys and look-ups.

    >>> fold("الأمـريكيّة") == fold("الامريكيه")
    True
    """
    if len(text) < _ARRAY_FROM:
        return text.translate(_TABLE)
    return _fold_long(text)[0]


def _fold_long(text: str) -> tuple[str, bool, np.ndarray | None]:
    """The folded string, vectorised; whether a ligature in it became several letters; and, when
    characters were dropped (and none expanded), the positions in ``text`` of those kept."""
    # UTF-32 holds one code unit per character; surrogatepass keeps stray surrogates as they are.
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    folded = _LOOKUP[codes]
    # The two marks are the largest values, so one maximum tells all three cases apart.
    top = folded.max(initial=0)
    if top < _DROPPED:
        return folded.tobytes().decode("utf-32-le", "surrogatepass"), False, None
    if top == _EXPANDED:
        return text.translate(_TABLE), True, None
    kept = folded < _DROPPED
    return folded[kept].tobytes().decode("utf-32-le", "surrogatepass"), False, np.flatnonzero(kept)
