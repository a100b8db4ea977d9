"""Charts of actor mentions: who is named most, and when.

>>> import pandas as pd
>>> ents = pd.DataFrame([{"article_id": "a1", "actor_id": "RUS", "actor": "Russia", "actor_ar": "روسيا"}] * 3)
>>> top_actors(ents).axes[0].get_yticklabels()[0].get_text()
'روسيا'
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from matplotlib.figure import Figure

from workbench.charts.labels import label
from workbench.charts.layout import date_axis, drawing, horizontal_bars, legend, new_figure, no_data, words
from workbench.charts.names import actor_names, display_names

__all__ = ["top_actors", "mentions_over_time", "mention_counts"]

BAR_COLOR = "#3b6ea8"


def mention_counts(entities: pd.DataFrame) -> pd.Series:
    """Mentions per actor id (catalogued mentions only), most mentioned first, ties by id.

    >>> mention_counts(pd.DataFrame({"actor_id": ["b", "a", "b", None]})).to_dict()
    {'b': 2, 'a': 1}
    """
    counts = entities["actor_id"].dropna().value_counts()
    return counts.rename_axis("actor_id").reset_index().sort_values(["count", "actor_id"], ascending=[False, True], kind="stable").set_index("actor_id")["count"]


def top_actors(entities: pd.DataFrame, top: int = 15, lang: str = "ar") -> Figure:
    """Horizontal bars of the ``top`` most mentioned actors, read right to left in Arabic.

    ``entities`` is the entities frame; ``lang="en"`` names the actors in English.
    """
    title = words("top_actors", lang)
    counts = mention_counts(entities).head(top)
    if counts.empty:
        return no_data(title, lang)
    names = actor_names(entities, lang)
    table = pd.DataFrame({"mentions": counts.to_numpy()}, index=display_names(counts.index.to_series(), names).to_numpy())
    with drawing():
        fig = new_figure(7, 1.2 + 0.38 * len(table))
        ax = fig.add_subplot()
        horizontal_bars(ax, table, [BAR_COLOR], lang, words("mentions", lang))
        ax.set_title(label(title))
    return fig


def mentions_over_time(
    entities: pd.DataFrame,
    articles: pd.DataFrame,
    actors: Sequence[str] | None = None,
    top: int = 5,
    freq: str = "D",
    lang: str = "ar",
) -> Figure:
    """Mentions per ``freq`` period (by publication time) of ``actors`` (ids; default the ``top`` most mentioned).

    ``articles`` supplies the publication times, joined on ``article_id``;
    articles without a time are left out.
    """
    title = words("mentions_over_time", lang)
    chosen = list(actors) if actors else list(mention_counts(entities).head(top).index)
    rows = entities.loc[entities["actor_id"].isin(chosen), ["article_id", "actor_id"]]
    rows = rows.merge(articles[["article_id", "published"]].drop_duplicates("article_id"), on="article_id").dropna(subset=["published"])
    if rows.empty:
        return no_data(title, lang)
    period = rows["published"].dt.tz_localize(None).dt.to_period(freq).dt.start_time
    table = rows.assign(period=period).groupby(["period", "actor_id"]).size().unstack(fill_value=0)
    table = table.reindex(pd.date_range(table.index.min(), table.index.max(), freq=freq), fill_value=0)
    names = actor_names(entities, lang)
    with drawing():
        fig = new_figure(8, 4.2)
        ax = fig.add_subplot()
        for actor_id in [a for a in chosen if a in table.columns]:
            ax.plot(table.index, table[actor_id], marker="o", markersize=3, linewidth=1.6, label=label(names.get(actor_id, actor_id), max_chars=30))
        date_axis(ax, lang)
        ax.yaxis.get_major_locator().set_params(integer=True)
        ax.set_ylim(bottom=0)
        ax.set_ylabel(label(words("mentions", lang)))
        ax.set_xlabel(label(words("publication_day", lang)))
        ax.set_title(label(title))
        # Outside the plot, so no line is hidden behind it.
        legend(fig, lang, loc="outside right upper")
    return fig
