"""Column names and dtypes of every frame the workbench produces.

This module is the single source of truth: loaders and extractors build their
frames through :func:`conform`, so a frame always has exactly the columns listed
here, in this order, with these dtypes.

Offsets (``start``/``end`` and friends) are Python string indices into the
article's original ``text`` column (end exclusive), so
``text[start:end] == surface`` always holds.

>>> from workbench.schema import empty, columns
>>> list(empty("errors").columns) == columns("errors")
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from pandas.api.extensions import ExtensionArray

__all__ = ["Column", "FRAMES", "columns", "dtypes", "empty", "conform", "describe"]


@dataclass(frozen=True)
class Column:
    name: str
    dtype: str
    doc: str


STR = "string"
INT = "int64"
NINT = "Int64"  # nullable: offsets of optional parts (a speaker may be unknown)
FLOAT = "float64"
BOOL = "bool"
TIME = "datetime64[ns, UTC]"  # the zone is the loader's ``tz`` argument
DAY = "datetime64[s]"  # calendar dates (no time of day, no zone)
OBJ = "object"  # per-article lists of records

_ARTICLE_KEY = Column("article_id", STR, "stable id: the same article has the same id on every machine")

FRAMES: dict[str, tuple[Column, ...]] = {
    "articles": (
        _ARTICLE_KEY,
        Column("source", STR, "outlet name as written (e.g. سيريانيوز)"),
        Column("published", TIME, "publication time, tz-aware; naive source times are read in the loader's tz"),
        Column("title", STR, "headline"),
        Column("lead", STR, "lead paragraph (may be empty)"),
        Column("body", STR, "body paragraphs joined by blank lines"),
        Column("text", STR, "full text; every offset in every frame refers to it"),
        Column("url", STR, "address of the article where known"),
        Column("path", STR, "file the article came from (with ':line' or ':row' inside multi-article files)"),
        Column("n_chars", INT, "len(text)"),
        Column("n_words", INT, "number of word tokens in text"),
    ),
    "errors": (
        Column("path", STR, "file (and line or row) that could not be read completely"),
        Column("problem", STR, "what is wrong, in plain words"),
        Column("severity", STR, "'error' (article skipped) or 'warning' (article loaded, something missing)"),
    ),
    "entities": (
        _ARTICLE_KEY,
        Column("sentence_id", INT, "index of the sentence within the article"),
        Column("start", INT, "offset of the name in text, clitics excluded"),
        Column("end", INT, "end offset (exclusive)"),
        Column("surface", STR, "text[start:end]"),
        Column("type", STR, "PER, ORG, GPE, LOC or MISC"),
        Column("actor_id", STR, "catalogue id of the canonical actor, or ar:<folded name> for a name outside it"),
        Column("actor", STR, "canonical English name"),
        Column("actor_ar", STR, "canonical Arabic name"),
        Column("via", STR, "name, alias, capital, nationality, partial, model or pattern (a nationality adjective "
               "or the cabinet inside a person's title, السفير الروسي, reaches quotes and stance only, never this frame)"),
        Column("method", STR, "catalogue, model or pattern"),
        Column("confidence", FLOAT, "0..1"),
    ),
    "quotes": (
        _ARTICLE_KEY,
        Column("quote_id", INT, "index of the quote within the article"),
        Column("kind", STR, "direct, reported or mixed"),
        Column("text", STR, "the quoted content"),
        Column("start", INT, "offset of the quoted content"),
        Column("end", INT, "end offset (exclusive)"),
        Column("cue", STR, "reporting verb or noun as written"),
        Column("cue_lemma", STR, "dictionary form of the cue (قال, أكد, ...)"),
        Column("speaker", STR, "speaker as written"),
        Column("speaker_actor", STR, "catalogue id of the speaker (NA when unknown)"),
        Column("speaker_start", NINT, "offset of the speaker mention"),
        Column("speaker_end", NINT, "end offset of the speaker mention"),
        Column("via", STR, "outlet or intermediary of a quote chain (NA when none)"),
        Column("confidence", FLOAT, "0..1"),
    ),
    "dates": (
        _ARTICLE_KEY,
        Column("sentence_id", INT, "index of the sentence within the article"),
        Column("start", INT, "offset of the expression"),
        Column("end", INT, "end offset (exclusive)"),
        Column("surface", STR, "text[start:end]"),
        Column("kind", STR, "date, range, weekday, relative, month, year, time or duration"),
        Column("value_start", DAY, "first calendar day meant (NaT when unresolved or a duration)"),
        Column("value_end", DAY, "last calendar day meant (inclusive)"),
        Column("granularity", STR, "minute, day, week, month or year"),
        Column("calendar", STR, "gregorian or hijri"),
        Column("anchor", DAY, "date a relative expression was resolved against (publication day)"),
        Column("resolved", BOOL, "False where the text alone cannot say"),
    ),
    "stance": (
        _ARTICLE_KEY,
        Column("sentence_id", INT, "index of the sentence within the article"),
        Column("source_actor", STR, "actor id taking the stance"),
        Column("target_actor", STR, "actor id the stance is about"),
        Column("topic", STR, "issue the stance is about, e.g. presence (NA when none)"),
        Column("polarity", FLOAT, "-1 oppose .. +1 support, 0 neutral contact"),
        Column("category", STR, "CAMEO QuadClass: verbal cooperation, material cooperation, verbal conflict, material conflict"),
        Column("cameo", STR, "CAMEO root code where one fits"),
        Column("cue", STR, "stance cue as written"),
        Column("cue_lemma", STR, "dictionary form of the cue"),
        Column("negated", BOOL, "cue under negation"),
        Column("reported_by", STR, "speaker actor id when the stance is inside a quote"),
        Column("start", INT, "offset of the evidence span"),
        Column("end", INT, "end offset (exclusive)"),
        Column("confidence", FLOAT, "0..1"),
    ),
}

# The articles frame after workbench.annotate: one row still tells the whole article.
FRAMES["annotated"] = FRAMES["articles"] + (
    Column("entities", OBJ, "the article's rows of the entities frame, as a list of records (without article_id)"),
    Column("quotes", OBJ, "the article's rows of the quotes frame, as a list of records"),
    Column("dates", OBJ, "the article's rows of the dates frame, as a list of records"),
    Column("stance", OBJ, "the article's rows of the stance frame, as a list of records"),
    Column("actors", OBJ, "distinct actor ids mentioned, in order of first mention"),
    Column("speakers", OBJ, "distinct quoted speakers: the actor id where known, else the speaker as written"),
)


def columns(frame: str) -> list[str]:
    """Column names of ``frame`` in order.

    >>> columns("errors")
    ['path', 'problem', 'severity']
    """
    return [c.name for c in _spec(frame)]


def dtypes(frame: str) -> dict[str, str]:
    """Mapping column -> dtype of ``frame``."""
    return {c.name: c.dtype for c in _spec(frame)}


def empty(frame: str) -> pd.DataFrame:
    """An empty frame with the right columns and dtypes.

    >>> empty("dates").dtypes["resolved"]
    dtype('bool')
    """
    return conform(pd.DataFrame(), frame)


def conform(df: pd.DataFrame | list[dict], frame: str, tz: str | None = None) -> pd.DataFrame:
    """Return ``df`` with exactly the columns of ``frame``, in order, with their dtypes.

    Missing columns are added empty; extra columns are dropped. ``tz`` sets the
    zone of tz-aware time columns (default UTC).

    >>> conform([{"path": "a.txt", "problem": "empty file", "severity": "error"}], "errors").shape
    (1, 3)
    """
    spec = _spec(frame)
    if not isinstance(df, pd.DataFrame):
        # Columns straight from the records: pandas' inference over a list of dicts costs more
        # than the casts themselves, and extractors call this once a batch. The frame is built from
        # arrays: from Series it costs a small batch's call four times as much (index checks).
        keys = set().union(*df) if df else set()
        out = {c.name: _from_values([r.get(c.name) for r in df] if c.name in keys else [None] * len(df), c.dtype, tz)
               for c in spec}
        return pd.DataFrame(out, copy=False)
    given = {name: df[name] for name in df.columns}
    out = {}
    for col in spec:
        values = given[col.name] if col.name in given else pd.Series([None] * len(df), dtype=OBJ)
        out[col.name] = _cast(values, col.dtype, tz)
    return pd.DataFrame(out, copy=False)


def describe(frame: str) -> pd.DataFrame:
    """The documentation of ``frame`` as a table (column, dtype, meaning)."""
    return pd.DataFrame([(c.name, c.dtype, c.doc) for c in _spec(frame)], columns=["column", "dtype", "meaning"])


def _spec(frame: str) -> tuple[Column, ...]:
    try:
        return FRAMES[frame]
    except KeyError:
        raise ValueError(f"unknown frame {frame!r}; known frames: {', '.join(FRAMES)}") from None


def _cast(values: pd.Series, dtype: str, tz: str | None) -> pd.Series:
    values = values.reset_index(drop=True)
    if dtype == TIME:
        s = pd.to_datetime(values, utc=True).astype("datetime64[ns, UTC]")
        return s.dt.tz_convert(tz) if tz else s
    if dtype == DAY:
        return _days(values)
    if dtype == BOOL:
        return values.fillna(False).astype(BOOL)
    if dtype == INT:
        return values.astype(INT)
    if dtype == OBJ:
        return values.astype(OBJ)
    return values.astype(dtype)


def _from_values(values: list, dtype: str, tz: str | None) -> np.ndarray | ExtensionArray:
    """The array of a column built from a list of Python values; the same values as :func:`_cast`
    on them, without the object Series and ``astype`` round trip that costs a small batch (an
    extractor's call on a few dozen articles) a tenth of its time."""
    try:
        if dtype == STR:
            return pd.array(values, dtype=STR)
        if dtype in (INT, FLOAT):
            return np.array(values, dtype=dtype)
        if dtype == BOOL:
            return np.array([False if v is None or v != v else bool(v) for v in values], dtype=BOOL)
        if dtype == DAY and (days := _plain_days(values)) is not None:
            return days
    except (TypeError, ValueError):
        pass  # missing values of another kind (NaN, NA) or odd types: pandas' casts decide, as before
    return _cast(pd.Series(values, dtype=OBJ), dtype, tz).array


_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()
_NAT = np.iinfo(np.int64).min
_PLAIN_DAY_TYPES = frozenset({date, type(None)})


def _days(values: pd.Series) -> pd.Series:
    """Calendar days as ``datetime64[s]``."""
    days = _plain_days(values)
    return pd.Series(days) if days is not None else pd.to_datetime(values).astype(DAY)


def _plain_days(values: Sequence) -> np.ndarray | None:
    """``values`` as ``datetime64[s]`` when they are all plain ``date`` objects or None (what the
    extractors emit), else None: this skips ``pd.to_datetime``, which costs ten times more on a
    batch's few hundred values. Given a list rather than an object Series (twice as slow to iterate),
    it costs the dates frame's three day columns half as much.

    >>> _plain_days([date(1970, 1, 2), None]).tolist(), _plain_days([pd.Timestamp(0)])
    ([datetime.datetime(1970, 1, 2, 0, 0), None], None)
    """
    if not set(map(type, values)) <= _PLAIN_DAY_TYPES:
        return None
    # Ordinals start at 1, so 0 marks the missing days; the arithmetic runs in numpy.
    ordinals = np.array([v.toordinal() if v is not None else 0 for v in values], dtype=np.int64)
    seconds = (ordinals - _EPOCH_ORDINAL) * 86400
    seconds[ordinals == 0] = _NAT
    return seconds.view(DAY)
