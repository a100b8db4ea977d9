"""Dates: every date expression of an article, resolved to calendar days.

The extractor searches the folded text (:func:`workbench.text.normalize`) with
one compiled grammar built from the vocabulary in ``workbench/data/dates/``
(month names of the Levant, Egypt and the Gulf, the Maghreb, Hijri months,
weekdays, number words, units, relative words), maps every match back to the
original text and resolves it: absolute dates as written (Hijri through
``hijridate``), relative ones and those without a year against the article's
publication day in its own zone. Kinds: date, range, weekday, relative, month,
year, time, duration. Durations (لمدة 6 أشهر) carry no calendar value.

The layout follows dateparser: language data apart from the search engine
(:mod:`.grammar`), one module for calendars (:mod:`.calendars`), the clause's
tense (:mod:`.tense`) and the reading of a match (:mod:`.readings`).

>>> import workbench
>>> frame = workbench.dates(workbench.load_articles("seeds/000_404a58289b33eae6.txt"))
>>> frame.loc[frame.kind == "range", ["surface", "value_start", "value_end"]].astype(str).values.tolist()[0]
['4 و5 تموز المقبل', '2017-07-04', '2017-07-05']
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime

import pandas as pd

from workbench import schema
from workbench.extract.dates.lexicon import Lexicon, load_lexicon
from workbench.extract.dates.readings import (Context, joined_decades, joins_last, read_match, with_apposition, with_back_reference,
                                              with_event_days, with_named_today)
from workbench.text import Document, documents

__all__ = ["dates", "dates_for", "load_lexicon"]


def dates_for(doc: Document, lexicon: Lexicon | None = None) -> list[dict]:
    """Date records of one article, in order of appearance, keyed by the ``dates`` frame's columns.

    >>> from workbench.text import Document
    >>> doc = Document("a", "اجتمع الوفد امس في الرياض", pd.Timestamp("2015-08-07 10:00", tz="Asia/Riyadh"))
    >>> [(r["surface"], r["kind"], str(r["value_start"])) for r in dates_for(doc)]
    [('امس', 'relative', '2015-08-06')]
    """
    published = _published(doc.published)
    anchor = published.date() if published is not None else None
    ctx = Context.for_text(doc.normalized.text, anchor, published, lexicon)
    matches = list(ctx.grammar.search.finditer(ctx.folded))
    ctx = with_named_today(matches, ctx)
    found = []
    for match in matches:
        reading = read_match(match, ctx)
        if reading is None:
            continue
        start, end = match.span(match.lastgroup)
        if reading.joined and not joins_last(found, ctx.folded, start):
            continue  # a feast after و is a date only joined to the row right before it
        if reading.kind == "year" and joined_decades(found, reading, ctx, start, end):  # the kind test first: most rows are no year
            continue
        found.append((start if reading.start is None else reading.start, end, reading))
    with_apposition(found, ctx.folded)
    with_event_days(found)
    with_back_reference(found, ctx)
    records = []
    for padded_start, padded_end, reading in found:
        start, end = doc.normalized.span(padded_start - 1, padded_end - 1)
        end = _past_joiners(doc.text, end)
        value_start, value_end = reading.bounds if reading.bounds else (None, None)
        records.append(
            {
                "article_id": doc.article_id,
                "sentence_id": doc.sentence_of(start),
                "start": start,
                "end": end,
                "surface": doc.text[start:end],
                "kind": reading.kind,
                "value_start": value_start,
                "value_end": value_end,
                "granularity": reading.granularity,
                "calendar": reading.calendar,
                "anchor": (reading.anchor or anchor) if reading.anchored and reading.bounds else None,
                "resolved": reading.bounds is not None,
            }
        )
    return records


def dates(articles: pd.DataFrame, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """The ``dates`` frame (see ``workbench.schema.describe("dates")``) of an articles frame.

    ``articles`` needs ``article_id`` and ``text``; ``published`` (tz-aware) anchors
    relative expressions, which stay unresolved without it.
    """
    return schema.conform([r for doc in documents(articles) for r in dates_for(doc, lexicon)], "dates")


# Folding drops these, so a span ending at a letter stops before them; 1438ه\u200dـ keeps its joined tatweel.
_JOINED = frozenset("\u200c\u200d\u0640")


def _past_joiners(text: str, end: int) -> int:
    """``end`` moved past the joiners, tatweel and marks that still belong to the letter before it."""
    while end < len(text) and (text[end] in _JOINED or unicodedata.combining(text[end])):
        end += 1
    return end


def _published(value: pd.Timestamp | datetime | date | None) -> datetime | None:
    """The publication time in the article's own zone, or None when unknown."""
    if value is None or value is pd.NaT:
        return None
    # A Timestamp is a datetime already; converting it costs more than the rest of a short article's setup.
    return value if isinstance(value, datetime) else datetime(value.year, value.month, value.day)
