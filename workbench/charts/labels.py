"""One label helper for Arabic text in matplotlib, right on every text engine.

matplotlib 3.11 lays text out with libraqm (HarfBuzz shaping and the bidi
algorithm): a logical Arabic string comes out joined and right to left, and
reshaping it first would reverse it a second time. Older matplotlib draws
characters one by one, left to right: there the label must be reshaped into
presentation forms and put into visual order. :func:`shapes_text` decides which
by feature detection, never by version number.

Labels come from article text, so they are also made safe to draw: bidi
controls and line breaks are removed, characters no bundled font can draw
become U+FFFD, a ``$`` is escaped so that it never starts mathtext.

>>> label("روسيا")                       # logical order on a shaping engine
'روسيا'
>>> label("HIMARS صواريخ")               # starts with Latin: RLM keeps the label right to left
'\\u200fHIMARS صواريخ'
>>> label("Bashar al-Assad")             # no Arabic: left to right, untouched
'Bashar al-Assad'
>>> label("روسيا", shaping=False)         # older matplotlib: presentation forms, visual order
'ﺎﻴﺳﻭﺭ'
"""

from __future__ import annotations

import re
import unicodedata

import matplotlib.ft2font
import pandas as pd

from workbench.charts.fonts import covers

__all__ = ["label", "shapes_text", "has_arabic", "RLM"]

RLM = "\u200f"
_ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u0870-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
# Embeddings, overrides, isolates and marks in untrusted text could reorder the whole label.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]")
_SPACES = re.compile(r"\s+")


def shapes_text() -> bool:
    """Whether this matplotlib shapes and reorders complex text itself (libraqm)."""
    return hasattr(matplotlib.ft2font, "__libraqm_version__")


def has_arabic(text: str) -> bool:
    """Whether ``text`` holds Arabic-script letters.

    >>> has_arabic("Assad الأسد"), has_arabic("Assad")
    (True, False)
    """
    return bool(_ARABIC.search(text))


def label(text: object, *, max_chars: int | None = 60, shaping: bool | None = None) -> str:
    """``text`` as a string matplotlib draws right: shaped, in reading order, safe.

    ``max_chars`` shortens long labels with an ellipsis (``None`` keeps them
    whole); ``shaping`` overrides the detection of :func:`shapes_text`.

    >>> label("سوريا (دمشق)", shaping=False)   # brackets mirrored for visual order
    '(ﻖﺸﻣﺩ) ﺎﻳﺭﻮﺳ'
    >>> label("cost: $5 <b>x</b>\\n")
    'cost: \\\\$5 <b>x</b>'
    >>> label(None), label("ب" * 80, max_chars=5)
    ('', 'بببب…')
    """
    clean = _clean(text, max_chars)
    if has_arabic(clean):
        if shaping if shaping is not None else shapes_text():
            clean = RLM + clean if _first_strong_is_ltr(clean) else clean
        else:
            clean = _visual_order(clean)
    return clean.replace("$", r"\$")


def _clean(text: object, max_chars: int | None) -> str:
    if text is None or (not isinstance(text, str) and _is_missing(text)):
        return ""
    text = unicodedata.normalize("NFC", _BIDI_CONTROLS.sub("", str(text)))
    text = _SPACES.sub(" ", text).strip()
    if max_chars is not None and len(text) > max_chars:
        text = text[: max(max_chars - 1, 0)].rstrip() + "…"
    return "".join(ch if covers(ch) else _substitute(ch) for ch in text)


def _substitute(char: str) -> str:
    # Unassigned, private-use and control characters are dropped; visible ones keep their place.
    return "" if unicodedata.category(char) in ("Cc", "Cf", "Co", "Cn", "Cs") else "\ufffd"


def _is_missing(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # list-likes: not a missing scalar
        return False


def _first_strong_is_ltr(text: str) -> bool:
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in ("R", "AL"):
            return False
        if direction == "L":
            return True
    return False


def _visual_order(text: str) -> str:
    # Imported here: only the older, non-shaping matplotlib needs them.
    import arabic_reshaper
    # The pure-Python algorithm mirrors brackets (the Rust one in ``bidi`` does not) but lacks the
    # paired-bracket rule: Latin inside brackets followed by more text can come out misplaced.
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text), base_dir="R")
