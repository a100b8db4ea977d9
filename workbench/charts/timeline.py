"""Chart of the calendar days the articles refer to, set against the days they were published.

Each resolved date expression counts once on each day it covers (a range of up
to ``max_days`` days counts on each of its days; months and years are too
coarse for a day chart and are left out), coloured by whether the day lies
before, on or after the publication day of its article. Peaks after the
publication days are announced events: talks, deadlines, votes.

>>> import pandas as pd
>>> dates = pd.DataFrame({"value_start": pd.to_datetime(["2015-07-20", "2015-07-25"]), "value_end": pd.to_datetime(["2015-07-21", "2015-07-25"]),
...                       "anchor": pd.to_datetime(["2015-07-21", "2015-07-21"]), "resolved": [True, True]})
>>> referenced_days(dates).to_dict("index")
{Timestamp('2015-07-20 00:00:00'): {'past': 1, 'same_day': 0, 'future': 0}, Timestamp('2015-07-21 00:00:00'): {'past': 0, 'same_day': 1, 'future': 0}, Timestamp('2015-07-25 00:00:00'): {'past': 0, 'same_day': 0, 'future': 1}}
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from workbench.charts.labels import label
from workbench.charts.layout import date_axis, drawing, footnote, legend, main_period, new_figure, no_data, words

__all__ = ["referenced_days", "date_timeline", "RELATION_COLORS"]

RELATION_COLORS = {"past": "#7f8fa6", "same_day": "#3b6ea8", "future": "#e08a1e"}


def referenced_days(dates: pd.DataFrame, max_days: int = 7) -> pd.DataFrame:
    """References per calendar day (index) and relation to publication (``past``, ``same_day``, ``future``)."""
    rows = dates[dates["resolved"].astype(bool)].dropna(subset=["value_start"])
    start = pd.to_datetime(rows["value_start"]).dt.normalize()
    end = pd.to_datetime(rows["value_end"]).fillna(start).dt.normalize()
    span = (end - start).dt.days
    keep = (span >= 0) & (span < max_days)
    start, span, anchor = start[keep], span[keep], pd.to_datetime(rows["anchor"][keep]).dt.normalize()
    repeats = (span + 1).to_numpy(dtype=int)
    days = np.repeat(start.to_numpy(), repeats) + np.concatenate([np.arange(n) for n in repeats] or [np.array([], dtype=int)]).astype("timedelta64[D]")
    anchors = np.repeat(anchor.to_numpy(), repeats)
    relation = np.select([days < anchors, days > anchors], ["past", "future"], "same_day")
    relation = np.where(pd.isna(anchors), "same_day", relation)
    table = pd.crosstab(pd.DatetimeIndex(days), relation) if len(days) else pd.DataFrame()
    return table.reindex(columns=list(RELATION_COLORS), fill_value=0).rename_axis(index=None, columns=None).astype(int)


def date_timeline(
    dates: pd.DataFrame,
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
    margin_days: int = 30,
    max_days: int = 7,
    lang: str = "ar",
) -> Figure:
    """Stacked daily bars of the days articles refer to, from ``start`` to ``end``.

    The window defaults to the central 98% of the publication days (the
    ``anchor`` column) widened by ``margin_days`` on each side, so a single
    mention of 1979 does not squeeze the month that matters into one bar; the
    publication days are shaded and a note counts the references left out.
    """
    title = words("date_timeline", lang)
    table = referenced_days(dates, max_days)
    if table.empty:
        return no_data(title, lang)
    # One publication day per article: an article full of dates must not widen the period.
    anchors = pd.to_datetime(dates.drop_duplicates("article_id")["anchor"]).dropna()
    published = main_period(anchors) if len(anchors) else (table.index.min(), table.index.max())
    first = pd.Timestamp(start) if start is not None else published[0] - pd.Timedelta(days=margin_days)
    last = pd.Timestamp(end) if end is not None else published[1] + pd.Timedelta(days=margin_days)
    inside = (table.index >= first) & (table.index <= last)
    left_out = int(table[~inside].to_numpy().sum())
    table = table[inside]
    if table.empty:
        return no_data(title, lang)
    with drawing():
        fig = new_figure(9, 4)
        ax = fig.add_subplot()
        if len(anchors):
            ax.axvspan(published[0] - pd.Timedelta(hours=12), published[1] + pd.Timedelta(hours=12), color="#eeeeee", zorder=0,
                       label=label(words("publication_period", lang)))
        bottom = np.zeros(len(table))
        for relation, color in RELATION_COLORS.items():
            ax.bar(table.index, table[relation], bottom=bottom, width=0.85, color=color, label=label(words(relation, lang)), zorder=2)
            bottom = bottom + table[relation].to_numpy()
        date_axis(ax, lang, max_ticks=9)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.set_xlabel(label(words("referenced_day", lang)))
        ax.set_ylabel(label(words("references", lang)))
        ax.set_title(label(title))
        ax.set_ylim(0, bottom.max() * 1.1)
        legend(fig, lang, ncols=4)
        if left_out:
            footnote(fig, f"{words('references', lang)} {words('outside', lang)}: {left_out}", lang)
    return fig
