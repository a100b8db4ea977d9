"""Charts of actor mentions: who is named most, and when.

>>> import pandas as pd
>>> ents = pd.DataFrame([{"article_id": "a1", "actor_id": "russia", "actor": "Russia", "actor_ar": "روسيا"}] * 3)
>>> top_actors(ents).axes[0].get_yticklabels()[0].get_text()
'روسيا'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd
from matplotlib.figure import Figure

from workbench.charts.labels import label
from workbench.charts.layout import date_axis, drawing, footnote, horizontal_bars, legend, main_period, new_figure, no_data, words
from workbench.charts.names import display_names, names_for

__all__ = ["top_actors", "mentions_over_time", "mention_counts", "mention_table", "period_frequency"]

BAR_COLOR = "#3b6ea8"


def mention_counts(entities: pd.DataFrame) -> pd.Series:
    """Mentions per actor id (catalogued mentions only), most mentioned first, ties by id.

    >>> mention_counts(pd.DataFrame({"actor_id": ["b", "a", "b", None]})).to_dict()
    {'b': 2, 'a': 1}
    """
    counts = entities["actor_id"].dropna().astype(str).value_counts()
    order = sorted(counts.index, key=lambda actor_id: (-counts[actor_id], actor_id))
    return counts.loc[order].astype("int64").rename("mentions").rename_axis("actor_id")


def mention_table(entities: pd.DataFrame, names: Mapping[str, str] | None = None, lang: str = "ar") -> pd.DataFrame:
    """One row per catalogued actor, most mentioned first: ``actor`` (name in ``lang``), ``actor_id``, ``mentions``, ``articles``.

    >>> ents = pd.DataFrame({"article_id": ["a", "a", "b"], "actor_id": ["iran", "iran", "iran"], "actor_ar": ["إيران"] * 3})
    >>> mention_table(ents).to_dict("records")
    [{'actor': 'إيران', 'actor_id': 'iran', 'mentions': 3, 'articles': 2}]
    """
    counts = mention_counts(entities)
    articles = entities.dropna(subset=["actor_id"]).groupby(entities["actor_id"].dropna().astype(str))["article_id"].nunique()
    return pd.DataFrame({
        "actor": display_names(counts.index.to_series(), names_for(lang, names, entities)).to_numpy(),
        "actor_id": counts.index.to_numpy(),
        "mentions": counts.to_numpy(),
        "articles": articles.reindex(counts.index).fillna(0).astype("int64").to_numpy(),
    })


def period_frequency(first: pd.Timestamp, last: pd.Timestamp) -> str:
    """Days over three months, weeks over two years, months beyond.

    >>> period_frequency(pd.Timestamp("2015-07-21"), pd.Timestamp("2015-08-04"))
    'D'
    """
    span = (last - first).days
    return "D" if span <= 92 else "W" if span <= 730 else "M"


def top_actors(entities: pd.DataFrame, top: int = 15, names: Mapping[str, str] | None = None, lang: str = "ar") -> Figure:
    """Horizontal bars of the ``top`` most mentioned actors, read right to left in Arabic.

    ``entities`` is the entities frame; ``names`` maps ids to the names shown
    (default: the names the entities carry, in ``lang``).
    """
    title = words("top_actors", lang)
    counts = mention_table(entities, names, lang).head(top)
    if counts.empty:
        return no_data(title, lang)
    table = counts.set_index("actor")[["mentions"]]
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
    freq: str | None = None,
    names: Mapping[str, str] | None = None,
    lang: str = "ar",
) -> Figure:
    """Mentions of ``actors`` (ids; default the ``top`` most mentioned) per period of publication.

    ``articles`` supplies the publication times, joined on ``article_id``.
    The axis covers the central 98% of the articles' days, so one stray old article
    does not stretch it (a note says how many mentions fall outside); ``freq``
    is a pandas period ("D", "W", "M"), by default chosen from the span.
    Periods in which the corpus has no article are left blank, not drawn as zero.
    """
    title = words("mentions_over_time", lang)
    chosen = list(actors) if actors else list(mention_counts(entities).head(top).index)
    rows = entities.loc[entities["actor_id"].isin(chosen), ["article_id", "actor_id"]]
    rows = rows.merge(articles[["article_id", "published"]].drop_duplicates("article_id"), on="article_id").dropna(subset=["published"])
    if rows.empty:
        return no_data(title, lang)
    day = rows["published"].dt.tz_localize(None).dt.normalize()
    # The period is the articles', not the mentions': one long stray article must not widen it.
    first, last = main_period(articles["published"].dt.tz_localize(None))
    inside = day.between(first, last)
    freq = freq or period_frequency(first, last)
    period = day[inside].dt.to_period(freq).dt.start_time
    table = rows[inside].assign(period=period).groupby(["period", "actor_id"]).size().unstack(fill_value=0)
    table = table.reindex(pd.period_range(first, last, freq=freq).start_time, fill_value=0)
    # A period in which the corpus has no article at all is a gap in the line, not a zero.
    covered = set(articles["published"].dropna().dt.tz_localize(None).dt.to_period(freq).dt.start_time)
    table = table.astype(float).where(pd.Series(table.index.isin(list(covered)), index=table.index), axis=0)
    names = names_for(lang, names, entities)
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
        if not inside.all():
            footnote(fig, f"{words('mentions', lang)} {words('outside', lang)}: {(~inside).sum()}", lang)
    return fig
