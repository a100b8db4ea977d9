"""Chart of who is quoted: quotes per speaker, split into direct, reported and mixed.

>>> import pandas as pd
>>> quotes = pd.DataFrame({"speaker": ["ظريف", "وزير الخارجية الإيراني", None], "speaker_actor": ["zarif", "zarif", None],
...                        "kind": ["direct", "reported", "direct"]})
>>> quote_counts(quotes, names={}, lang="ar").to_dict("index")
{'ظريف': {'direct': 1, 'reported': 1, 'mixed': 0}, 'متحدث غير معروف': {'direct': 1, 'reported': 0, 'mixed': 0}}
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
from matplotlib.figure import Figure

from workbench.charts.labels import label
from workbench.charts.layout import drawing, horizontal_bars, new_figure, no_data, words
from workbench.charts.names import names_for

__all__ = ["quote_counts", "quotes_by_speaker", "KINDS"]

KINDS = {"direct": "#3b6ea8", "reported": "#8fb3d9", "mixed": "#d9a441"}


def quote_counts(quotes: pd.DataFrame, names: Mapping[str, str] | None = None, lang: str = "ar", include_unknown: bool = True) -> pd.DataFrame:
    """Quotes per speaker (rows, most quoted first) and kind (columns ``direct``, ``reported``, ``mixed``).

    A catalogued speaker is one row whatever the wording (named by ``names``,
    default the catalogue's names in ``lang``, else by the wording used most
    often); an uncatalogued one is grouped by
    the speaker as written; quotes without a speaker count as "unknown speaker"
    unless ``include_unknown`` is False.
    """
    quotes = quotes if include_unknown else quotes.dropna(subset=["speaker"])
    written = quotes["speaker"].astype("string").str.strip().replace("", pd.NA)
    key = quotes["speaker_actor"].astype("string").fillna("@" + written)
    most_used = written.groupby(key).agg(lambda s: s.mode().iat[0] if s.notna().any() else pd.NA)
    lookup = {**most_used.dropna().to_dict(), **names_for(lang, names)}
    speaker = key.map(lookup).astype("string").fillna(words("unknown_speaker", lang))
    table = pd.crosstab(speaker.to_numpy(), quotes["kind"].fillna("direct").to_numpy()).reindex(columns=list(KINDS), fill_value=0)
    total = table.sum(axis=1)
    return table.loc[sorted(table.index, key=lambda name: (-total[name], name))].rename_axis(index=None, columns=None)


def quotes_by_speaker(quotes: pd.DataFrame, names: Mapping[str, str] | None = None, top: int = 15, lang: str = "ar",
                      include_unknown: bool = False) -> Figure:
    """Horizontal stacked bars of the ``top`` most quoted speakers by kind of quote, right to left in Arabic."""
    title = words("quotes_by_speaker", lang)
    if quotes.empty:
        return no_data(title, lang)
    table = quote_counts(quotes, names, lang, include_unknown).head(top)
    table = table.loc[:, table.sum() > 0]
    if table.empty:
        return no_data(title, lang)
    with drawing():
        fig = new_figure(7.5, 1.4 + 0.38 * len(table))
        ax = fig.add_subplot()
        horizontal_bars(ax, table, [KINDS[kind] for kind in table.columns], lang, words("quotes", lang))
        ax.set_title(label(title))
    return fig
