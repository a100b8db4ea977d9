"""The date vocabulary: month names of every region, weekdays, numbers, units and cue words.

Everything the dates extractor knows about Arabic words lives in the CSV files of
``workbench/data/dates/`` (see the README there); this module reads them once and
folds every entry with :func:`workbench.text.fold`, so the grammar matches the
folded article text whatever its hamza, ta marbuta or diacritics.

>>> lex = load_lexicon()
>>> lex.months["حزيران"], lex.months["يونيو"], lex.months["شوال"]
(('gregorian', 6, 0), ('gregorian', 6, 0), ('hijri', 10, 2))
>>> lex.weekdays["الثلاثاء"], lex.relative_days["اول امس"], lex.markers["المقبل"]
(1, -2, 1)
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from workbench.text import fold

__all__ = ["DATA_DIR", "Lexicon", "load_lexicon", "fold_phrase"]

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "dates"


@dataclass(frozen=True, eq=False)  # hashed by identity: grammars are cached per lexicon
class Lexicon:
    """Folded word -> meaning tables for the date grammar."""

    months: dict[str, tuple[str, int, int]]  # name -> (calendar, month 1..12, needs context: 0 no, 1 yes, 2 even after في)
    weekdays: dict[str, int]  # name -> weekday, Monday 0 .. Sunday 6
    numbers: dict[str, dict[str, int]]  # kind (unit, teen, ten, hundred, ordinal, hour) -> word -> value
    units: dict[str, tuple[str, int | None]]  # form -> (unit, count when written alone or None for plurals)
    plural_units: dict[str, str]  # the plural forms of ``units`` (أعوام, سنين, أياما) -> unit: read by several rules, filtered once
    relative_days: dict[str, int]  # phrase -> days from publication
    markers: dict[str, int]  # الماضي -1, المقبل +1, الجاري 0, ...
    seasons: dict[str, int]  # الصيف -> 6: the first of its three months
    year_parts: dict[str, tuple[int, int]]  # النصف الأول -> (1, 6), الربع الثاني -> (4, 6): first and last month
    named_dates: frozenset[tuple[int, int]]  # (month, day) of Gregorian dates that name events (11 سبتمبر)
    words: dict[str, tuple[str, ...]]  # grammatical role -> folded words
    tense_cues: dict[str, str]  # word -> future, past, not_verb, future_next (future only right before the date), dated or bearing (past together)


def fold_phrase(phrase: str) -> str:
    """Folded form of a lexicon entry with single spaces.

    >>> fold_phrase(" ذو  القعدة ")
    'ذو القعده'
    """
    return re.sub(r"\s+", " ", fold(phrase)).strip()


def _rows(data_dir: Path, name: str) -> list[dict[str, str]]:
    with open(data_dir / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _with_fused_lam(ordinals: dict[str, int]) -> dict[str, int]:
    """The ordinals written with ل fused to their article (الموافق للعشرين من يوليو): the article's ا is dropped
    after ل, so no span without the clitic names the day, and the gold rules keep it inside.

    >>> _with_fused_lam({"العشرين": 20, "الحادي والعشرين": 21, "اول": 1})
    {'للعشرين': 20, 'للحادي والعشرين': 21}
    """
    return {"لل" + word[2:]: value for word, value in ordinals.items() if word.startswith("ال")}


@lru_cache(maxsize=4)
def load_lexicon(data_dir: str | Path = DATA_DIR) -> Lexicon:
    """Read and fold the data files of ``data_dir`` (cached per folder).

    An analyst extends the vocabulary by editing the CSV files (or a copy of the
    folder passed here); no code change is needed.
    """
    data_dir = Path(data_dir)
    numbers: dict[str, dict[str, int]] = {}
    for r in _rows(data_dir, "numbers.csv"):
        numbers.setdefault(r["kind"], {})[fold_phrase(r["word"])] = int(r["value"])
    numbers["ordinal"] |= _with_fused_lam(numbers["ordinal"])
    words: dict[str, list[str]] = {}
    for r in _rows(data_dir, "function_words.csv"):
        word = fold_phrase(r["word"])
        if word not in words.setdefault(r["role"], []):
            words[r["role"]].append(word)
    units = {fold_phrase(r["form"]): (r["unit"], int(r["alone"]) if r["alone"] else None) for r in _rows(data_dir, "units.csv")}
    return Lexicon(
        months={
            fold_phrase(r["name"]): (r["calendar"], int(r["month"]), int(r["needs_context"] or 0))
            for r in _rows(data_dir, "months.csv")
        },
        weekdays={fold_phrase(r["name"]): int(r["weekday"]) for r in _rows(data_dir, "weekdays.csv")},
        numbers=numbers,
        units=units,
        plural_units={form: unit for form, (unit, alone) in units.items() if alone is None},
        relative_days={fold_phrase(r["phrase"]): int(r["days"]) for r in _rows(data_dir, "relative_days.csv")},
        markers={fold_phrase(r["word"]): int(r["offset"]) for r in _rows(data_dir, "markers.csv")},
        seasons={fold_phrase(r["name"]): int(r["first_month"]) for r in _rows(data_dir, "seasons.csv")},
        year_parts={fold_phrase(r["phrase"]): (int(r["first_month"]), int(r["last_month"])) for r in _rows(data_dir, "year_parts.csv")},
        named_dates=frozenset((int(r["month"]), int(r["day"])) for r in _rows(data_dir, "named_dates.csv")),
        words={role: tuple(ws) for role, ws in words.items()},
        tense_cues={fold_phrase(r["word"]): r["tense"] for r in _rows(data_dir, "tense_cues.csv")},
    )
