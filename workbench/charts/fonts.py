"""The bundled chart font: registered with matplotlib by path, so every machine draws the same pixels.

Amiri (``workbench/data/fonts``, SIL OFL 1.1) covers Arabic, Latin and digits;
DejaVu Sans, shipped with matplotlib, is the fallback for anything else.
Nothing is installed system-wide and nothing is downloaded.

>>> chart_style()["font.family"]
['Amiri', 'DejaVu Sans']
>>> covers("ب"), covers("A"), covers("\\u4e2d")
(True, True, False)
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

import matplotlib
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

__all__ = ["FONT_DIR", "FONT_FILES", "FAMILY", "FALLBACK", "register_fonts", "chart_style", "covers"]

FONT_DIR = Path(__file__).resolve().parent.parent / "data" / "fonts"
FONT_FILES = (FONT_DIR / "Amiri-Regular.ttf", FONT_DIR / "Amiri-Bold.ttf")
FAMILY = "Amiri"
FALLBACK = "DejaVu Sans"


def register_fonts() -> tuple[Path, ...]:
    """Add the bundled font files to matplotlib's font manager (once per process); return their paths.

    A font installed on the system after matplotlib built its cache is not found
    by name, so the files are added by path.
    """
    known = {os.path.realpath(entry.fname) for entry in font_manager.fontManager.ttflist}
    for path in FONT_FILES:
        if os.path.realpath(path) not in known:
            font_manager.fontManager.addfont(str(path))
    return FONT_FILES


def chart_style(base_size: float = 11.0) -> dict:
    """matplotlib rcParams of the workbench's charts, for ``matplotlib.rc_context``.

    Registers the bundled font first. SVG text stays as paths: with
    ``svg.fonttype = "none"`` a browser would lay mixed Arabic and Latin labels
    out left to right.
    """
    register_fonts()
    return {
        "font.family": [FAMILY, FALLBACK],
        "font.size": base_size,
        "axes.titlesize": base_size * 1.25,
        "axes.titleweight": "bold",
        "axes.labelsize": base_size,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.unicode_minus": True,
        "figure.dpi": 100,
        "savefig.dpi": 100,
        "svg.fonttype": "path",
        "legend.frameon": False,
    }


def covers(char: str) -> bool:
    """Whether the bundled font or its fallback has a glyph for ``char``.

    >>> covers("٣"), covers("\\U0001F9E8")
    (True, False)
    """
    return ord(char) in _codepoints()


@lru_cache(maxsize=1)
def _codepoints() -> frozenset[int]:
    # A label may be drawn regular or bold: keep what both weights can draw.
    dejavu = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    regular = _charmap(FONT_FILES[0]) | _charmap(dejavu / "DejaVuSans.ttf")
    bold = _charmap(FONT_FILES[1]) | _charmap(dejavu / "DejaVuSans-Bold.ttf")
    return frozenset(regular & bold)


def _charmap(path: Path) -> set[int]:
    return set(FT2Font(str(path)).get_charmap())
