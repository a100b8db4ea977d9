"""Charts of stance between actors: a diverging source x target heatmap and a support/oppose network.

Both take the stance frame (one row a stance of ``source_actor`` towards
``target_actor`` with a ``polarity`` from -1 oppose to +1 support) and name
the actors through ``names`` (id -> name; default the catalogue's names in ``lang``).

The pairs are counted by :func:`workbench.stance_matrix`; ``groups`` is passed
on to it to roll persons and ministries up into their state.

>>> import pandas as pd
>>> rows = pd.DataFrame({"source_actor": ["iran", "iran", "united_states"], "target_actor": ["united_states"] * 2 + ["iran"],
...                      "polarity": [-1.0, -0.5, 0.5]})
>>> stance_heatmap(rows, lang="en").axes[0].get_yticklabels()[0].get_text()
'Iran'
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.colors import TwoSlopeNorm
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from workbench.charts.labels import label
from workbench.charts.layout import drawing, legend, new_figure, no_data, words
from workbench.charts.names import names_for
from workbench.frames.aggregate import stance_matrix

__all__ = ["stance_heatmap", "stance_network", "SUPPORT", "OPPOSE", "NEUTRAL"]

SUPPORT, OPPOSE, NEUTRAL = "#2166ac", "#b2182b", "#8c8c8c"
# Mean polarities this close to zero read as neutral contact rather than support or opposition.
NEUTRAL_BAND = 0.15


def _main_actors(pairs: pd.DataFrame, actors: Sequence[str] | None, top: int) -> list[str]:
    if actors:
        return list(actors)
    involvement = pd.concat([pairs[["source_actor", "n"]].set_axis(["actor", "n"], axis=1),
                             pairs[["target_actor", "n"]].set_axis(["actor", "n"], axis=1)]).groupby("actor")["n"].sum()
    return list(involvement.reset_index().sort_values(["n", "actor"], ascending=[False, True], kind="stable")["actor"].head(top))


def stance_heatmap(
    stance: pd.DataFrame,
    names: Mapping[str, str] | None = None,
    actors: Sequence[str] | None = None,
    top: int = 10,
    groups: Mapping[str, str] | None = None,
    lang: str = "ar",
) -> Figure:
    """Mean polarity of each source (rows) towards each target (columns), red oppose to blue support.

    Each cell shows the mean and, below it, how many stances it averages; empty
    cells had none. ``actors`` (ids) picks the actors, default the ``top`` most
    involved. In Arabic the source names stand on the right and the targets
    run from right to left.
    """
    title = words("stance_matrix", lang)
    pairs = stance_matrix(stance, groups).reset_index()
    chosen = _main_actors(pairs, actors, top)
    pairs = pairs[pairs["source_actor"].isin(chosen) & pairs["target_actor"].isin(chosen)]
    if pairs.empty:
        return no_data(title, lang)
    sources = [a for a in chosen if a in set(pairs["source_actor"])]
    targets = [a for a in chosen if a in set(pairs["target_actor"])]
    mean = pairs.pivot(index="source_actor", columns="target_actor", values="mean_polarity").reindex(index=sources, columns=targets)
    count = pairs.pivot(index="source_actor", columns="target_actor", values="n").reindex(index=sources, columns=targets)
    names = names_for(lang, names)
    with drawing():
        fig = new_figure(2.6 + 0.85 * len(targets), 2.4 + 0.55 * len(sources))
        ax = fig.add_subplot()
        image = ax.imshow(np.ma.masked_invalid(mean.to_numpy(dtype=float)), cmap="RdBu", norm=TwoSlopeNorm(0, -1, 1), aspect="auto")
        ax.set_facecolor("#f2f2f2")
        for (i, j), value in np.ndenumerate(mean.to_numpy(dtype=float)):
            if not np.isnan(value):
                ax.text(j, i, f"{value:+.2f}\n{int(count.iat[i, j])}".replace("+0.00", "0.00"), ha="center", va="center", fontsize="small",
                        color="white" if abs(value) > 0.6 else "black")
        # The end of each name stands at its column: rising to the left in English, mirrored in Arabic.
        ax.set_xticks(range(len(targets)), labels=[label(names.get(a, a), max_chars=24) for a in targets],
                      rotation=35 if lang == "en" else -35, ha="right" if lang == "en" else "left", rotation_mode="anchor")
        ax.set_yticks(range(len(sources)), labels=[label(names.get(a, a), max_chars=28) for a in sources])
        ax.set_xlabel(label(words("target_actor", lang)))
        # Horizontal, above the names of the sources: a rotated Arabic label is hard to read.
        ax.set_ylabel(label(words("source_actor", lang)), rotation=0, ha="left" if lang == "ar" else "right", va="bottom")
        ax.yaxis.set_label_coords(1.0 if lang == "ar" else 0.0, 1.01)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.tick_params(length=0)
        if lang == "ar":
            ax.invert_xaxis()
            ax.yaxis.tick_right()
        bar = fig.colorbar(image, ax=ax, orientation="horizontal", location="bottom", shrink=0.6, aspect=30)
        bar.set_ticks([-1, 0, 1], labels=[label(words("oppose", lang)) + " −1", "0", label(words("support", lang)) + " +1"])
        ax.set_title(label(title))
    return fig


def stance_network(
    stance: pd.DataFrame,
    names: Mapping[str, str] | None = None,
    actors: Sequence[str] | None = None,
    top: int = 12,
    min_count: int = 1,
    groups: Mapping[str, str] | None = None,
    lang: str = "ar",
) -> Figure:
    """Actors as nodes, an arrow from source to target per pair: blue support, red oppose, grey neutral.

    Arrow width grows with the number of stances, node size with how often the
    actor takes or receives a stance. Pairs seen fewer than ``min_count`` times
    are left out.
    """
    import networkx as nx

    title = words("stance_network", lang)
    pairs = stance_matrix(stance, groups).reset_index()
    pairs = pairs[pairs["n"] >= min_count]
    chosen = _main_actors(pairs, actors, top)
    pairs = pairs[pairs["source_actor"].isin(chosen) & pairs["target_actor"].isin(chosen)]
    if pairs.empty:
        return no_data(title, lang)
    graph = nx.DiGraph()
    for row in pairs.itertuples(index=False):
        graph.add_edge(row.source_actor, row.target_actor, polarity=row.mean_polarity, n=row.n)
    # On a circle, most involved first: the same data always draws the same picture, and no
    # name sits on top of an arrow.
    nodes = [actor for actor in chosen if actor in graph]
    position = nx.circular_layout(nodes)
    involvement = {node: graph.degree(node, weight="n") for node in nodes}
    sizes = {node: 120 + 900 * involvement[node] / max(involvement.values()) for node in nodes}
    most = max(pairs["n"])
    names = names_for(lang, names)
    with drawing():
        fig = new_figure(8, 7)
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.set_aspect("equal")
        nx.draw_networkx_nodes(graph, position, ax=ax, nodelist=nodes, node_color="#f0e6c8", edgecolors="#7a6a3a",
                               node_size=[sizes[n] for n in nodes])
        edges = list(graph.edges(data=True))
        nx.draw_networkx_edges(graph, position, ax=ax, nodelist=nodes, node_size=[sizes[n] for n in nodes],
                               edgelist=[(u, v) for u, v, _ in edges],
                               edge_color=[_polarity_color(d["polarity"]) for *_, d in edges],
                               width=[1.2 + 4.8 * d["n"] / most for *_, d in edges],
                               arrows=True, arrowstyle="-|>", arrowsize=16, connectionstyle="arc3,rad=0.15", alpha=0.9)
        for node in nodes:
            x, y = position[node]
            ha = "left" if x > 0.2 else "right" if x < -0.2 else "center"
            va = "bottom" if y > 0.2 else "top" if y < -0.2 else "center"
            ax.text(x * 1.12, y * 1.12, label(names.get(node, node), max_chars=28), ha=ha, va=va, fontsize="medium")
        ax.set_xlim(-1.75, 1.75)
        ax.set_ylim(-1.35, 1.35)
        handles = [Line2D([], [], color=color, linewidth=3, label=label(words(key, lang)))
                   for key, color in (("support", SUPPORT), ("oppose", OPPOSE), ("neutral", NEUTRAL))]
        legend(fig, lang, handles=handles, ncols=3)
        ax.set_title(label(title))
    return fig


def _polarity_color(polarity: float) -> str:
    if polarity > NEUTRAL_BAND:
        return SUPPORT
    if polarity < -NEUTRAL_BAND:
        return OPPOSE
    return NEUTRAL
