"""Arabic normalisation for matching, with a map back to the original offsets.

Matching Arabic news text needs a folded view: hamza/madda alef variants become
bare alef, alef maqsura becomes ya, ta marbuta becomes ha, diacritics and
tatweel disappear, Arabic-Indic and Persian digits become ASCII digits, Arabic
punctuation and typographic quote marks become their ASCII counterparts and
ASCII Latin letters are lower-cased. Extractors search the folded view and report
offsets through :meth:`Normalized.span`, which maps back to the ORIGINAL text.

Every change is one character to one character or a deletion, so the map is a
plain list of original indices.

>>> n = normalize("أعلنتْ موسكـــو")
>>> n.text
'اعلنت موسكو'
>>> n.span(6, 11)
(7, 15)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

__all__ = ["Normalized", "normalize", "fold", "DIACRITICS", "TATWEEL"]

TATWEEL = "\u0640"
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
# The same table as an array over the Basic Multilingual Plane, for long texts: str.translate
# looks every character up in a dict (a quarter of a millisecond for an average article), the
# array does the whole text in a few vectorised steps. Characters beyond the BMP fold to themselves.
_DROPPED = 0x110000  # past the last code point: marks characters the folded view leaves out


def _lookup_array() -> np.ndarray:
    lookup = np.arange(0x10000, dtype=np.uint32)
    for code, value in _TABLE.items():
        lookup[code] = _DROPPED if value is None else ord(value)
    return lookup


_LOOKUP = _lookup_array()
# Below this length the fixed cost of the array round trip is more than str.translate's.
_ARRAY_FROM = 256
_DELETED_RE = re.compile("[" + "".join(sorted(re.escape(c) for c in DIACRITICS | _INVISIBLE | {TATWEEL})) + "]+")


@dataclass(frozen=True)
class Normalized:
    """A folded view of ``original`` and the offset map between the two.

    ``index[i]`` is the position in ``original`` of folded character ``i``;
    ``index[len(text)]`` is ``len(original)``.
    """

    original: str
    text: str
    index: tuple[int, ...]

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
    folded = fold(text)
    if len(folded) == len(text):  # nothing deleted: the map is the identity
        return Normalized(text, folded, tuple(range(len(text) + 1)))
    # Every kept character folds to exactly one, so the map is the original
    # positions minus the deleted ones, built from ranges rather than per character.
    index: list[int] = []
    kept_from = 0
    for m in _DELETED_RE.finditer(text):
        index.extend(range(kept_from, m.start()))
        kept_from = m.end()
    index.extend(range(kept_from, len(text) + 1))
    return Normalized(text, folded, tuple(index))


def fold(text: str) -> str:
    """The folded string alone, for lexicon keys and look-ups.

    >>> fold("الأمـريكيّة") == fold("الامريكيه")
    True
    """
    if len(text) < _ARRAY_FROM:
        return text.translate(_TABLE)
    # UTF-32 holds one code unit per character; surrogatepass keeps stray surrogates as they are.
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    folded = np.where(codes < 0x10000, _LOOKUP[codes & 0xFFFF], codes)
    kept = folded != _DROPPED
    if not kept.all():
        folded = folded[kept]
    return folded.tobytes().decode("utf-32-le", "surrogatepass")
