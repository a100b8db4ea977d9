"""Shared figure set-up of the charts: style, language, words, right-to-left bar layout.

>>> words("mentions", "ar"), words("mentions", "en")
('عدد الإشارات', 'Mentions')
"""

from __future__ import annotations

import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import matplotlib
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, num2date
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from workbench.charts.fonts import chart_style
from workbench.charts.labels import label

__all__ = ["Chart", "LANGS", "check_lang", "words", "drawing", "new_figure", "no_data", "horizontal_bars", "legend", "date_axis",
           "day_label", "main_period", "footnote"]

LANGS = ("ar", "en")

_WORDS = {
    "mentions": ("عدد الإشارات", "Mentions"),
    "top_actors": ("الفاعلون الأكثر ذكرًا", "Most mentioned actors"),
    "mentions_over_time": ("الإشارات إلى الفاعلين عبر الزمن", "Mentions of actors over time"),
    "publication_day": ("يوم النشر", "Publication day"),
    "stance_matrix": ("مواقف الفاعلين: متوسط القطبية", "Stance between actors: mean polarity"),
    "stance_network": ("شبكة المواقف بين الفاعلين", "Stance network between actors"),
    "source_actor": ("صاحب الموقف", "Actor taking the stance"),
    "target_actor": ("موضوع الموقف", "Actor the stance is about"),
    "polarity": ("القطبية (−1 معارضة، +1 تأييد)", "Polarity (−1 oppose, +1 support)"),
    "support": ("تأييد", "support"),
    "oppose": ("معارضة", "oppose"),
    "neutral": ("تواصل محايد", "neutral contact"),
    "quotes_by_speaker": ("الاقتباسات حسب المتحدث", "Quotes by speaker"),
    "quotes": ("عدد الاقتباسات", "Quotes"),
    "direct": ("مباشر", "direct"),
    "reported": ("منقول", "reported"),
    "mixed": ("مختلط", "mixed"),
    "date_timeline": ("التواريخ التي تشير إليها المقالات", "Dates the articles refer to"),
    "referenced_day": ("اليوم المشار إليه", "Day referred to"),
    "references": ("عدد الإشارات", "References"),
    "past": ("قبل يوم النشر", "before publication"),
    "same_day": ("يوم النشر", "publication day"),
    "future": ("بعد يوم النشر", "after publication"),
    "publication_period": ("فترة النشر", "publication period"),
    "no_data": ("لا توجد بيانات لعرضها", "Nothing to show"),
    "outside": ("خارج الفترة المعروضة", "outside the period shown"),
    "unknown_speaker": ("متحدث غير معروف", "unknown speaker"),
}


# Month names as the Gulf and Egyptian press write them.
_MONTHS = {
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def check_lang(lang: str) -> str:
    """``lang`` if the charts speak it, else a ``ValueError`` naming the languages they do.

    >>> check_lang("fr")
    Traceback (most recent call last):
    ...
    ValueError: unknown lang 'fr'; charts are drawn in: ar, en
    """
    if lang not in LANGS:
        raise ValueError(f"unknown lang {lang!r}; charts are drawn in: {', '.join(LANGS)}")
    return lang


def words(key: str, lang: str) -> str:
    """The chart vocabulary ``key`` in ``lang``."""
    return _WORDS[key][LANGS.index(check_lang(lang))]


class Chart(Figure):
    """A matplotlib Figure that shows itself as PNG in Jupyter, with or without pyplot.

    The charts are built outside pyplot (no global figure list to leak), so
    the inline backend's display hook may never be installed; this method
    makes the notebook and its HTML export embed the picture either way.
    """

    def _repr_png_(self) -> tuple[bytes, dict[str, int]]:
        buffer = io.BytesIO()
        self.savefig(buffer, format="png", dpi=_DISPLAY_DPI, bbox_inches="tight", facecolor="white")
        data = buffer.getvalue()
        width = int.from_bytes(data[16:20], "big")  # from the PNG header
        # Drawn at 1.5x and shown at 1x: sharp on high-density screens, the usual size elsewhere.
        return data, {"width": round(width * 100 / _DISPLAY_DPI)}


_DISPLAY_DPI = 150


@contextmanager
def drawing() -> Iterator[None]:
    """Build a chart inside this block: its texts take the workbench's font and sizes."""
    with matplotlib.rc_context(chart_style()):
        yield


def new_figure(width: float, height: float) -> Chart:
    """A :class:`Chart` with constrained layout. Call it inside :func:`drawing`."""
    return Chart(figsize=(width, height), layout="constrained")


def no_data(title: str, lang: str) -> Figure:
    """A small figure that says there is nothing to show, instead of an error or a blank image."""
    with drawing():
        fig = new_figure(6, 1.6)
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.set_title(label(title))
        ax.text(0.5, 0.4, label(words("no_data", lang)), ha="center", va="center", transform=ax.transAxes, color="0.4")
    return fig


def horizontal_bars(ax: Axes, table: pd.DataFrame, colors: Sequence[str], lang: str, value_label: str) -> None:
    """Stacked horizontal bars, one row of ``table`` a bar and one column a segment, first row on top.

    In Arabic the bars grow from the right edge leftwards and the names stand on
    the right, so the chart reads right to left like the text around it. Totals
    are written at the end of each bar; a legend appears when there are
    several segments.
    """
    names = [label(name) for name in table.index]
    positions = range(len(table))
    left = pd.Series(0.0, index=table.index)
    for column, color in zip(table.columns, colors):
        ax.barh(positions, table[column], left=left, color=color, label=label(words(column, lang)) if column in _WORDS else label(column), height=0.7)
        left = left + table[column]
    ax.set_yticks(list(positions), labels=names)
    ax.invert_yaxis()
    ax.set_xlabel(label(value_label))
    ax.set_xlim(0, max(float(left.max()), 1.0) * 1.12)
    ax.xaxis.get_major_locator().set_params(integer=True)
    for position, total in zip(positions, left):
        ax.text(total, position, f" {total:g} ", va="center", ha="right" if lang == "ar" else "left", fontsize="small")
    if lang == "ar":
        ax.invert_xaxis()
        ax.yaxis.tick_right()
        ax.spines["left"].set_visible(False)
        ax.spines["right"].set_visible(True)
    ax.tick_params(axis="y", length=0)
    if table.shape[1] > 1:
        legend(ax.figure, lang, ncols=table.shape[1])


def legend(fig: Figure, lang: str, ncols: int = 1, **kwargs) -> None:
    """The figure's legend below the plot, on the reading side.

    In Arabic the keys stand right of their names, and a one-row legend starts
    at the right.
    """
    handles = kwargs.pop("handles", None) or [h for ax in fig.axes for h in ax.get_legend_handles_labels()[0]]
    if lang == "ar" and ncols >= len(handles):
        handles = handles[::-1]
    kwargs.setdefault("loc", "outside lower right" if lang == "ar" else "outside lower left")
    fig.legend(handles=handles, ncols=ncols, markerfirst=lang != "ar", **kwargs)


def day_label(day: pd.Timestamp, lang: str, with_year: bool = False) -> str:
    """A calendar day as the charts write it.

    >>> day_label(pd.Timestamp("2015-07-21"), "ar"), day_label(pd.Timestamp("2015-07-21"), "en", with_year=True)
    ('21 يوليو', '21 Jul 2015')
    """
    text = f"{day.day} {_MONTHS[check_lang(lang)][day.month - 1]}"
    return f"{text} {day.year}" if with_year else text


def main_period(days: pd.Series, share: float = 0.98) -> tuple[pd.Timestamp, pd.Timestamp]:
    """First and last day of the central ``share`` of ``days``: a stray old article does not stretch the axis.

    >>> days = pd.Series(pd.to_datetime(["2015-07-21"] * 60 + ["2015-07-25"] * 40 + ["2017-06-20"]))
    >>> [str(d.date()) for d in main_period(days)]
    ['2015-07-21', '2015-07-25']
    """
    tail = (1 - share) / 2
    days = pd.to_datetime(days).dropna().sort_values()
    return days.quantile(tail, interpolation="lower").normalize(), days.quantile(1 - tail, interpolation="higher").normalize()


def footnote(fig: Figure, text: str, lang: str) -> None:
    """A small grey note under the chart (e.g. what was left out), on the side the legend leaves free.

    It is the figure's ``supxlabel``, so the constrained layout keeps room for it.
    """
    fig.supxlabel(label(text, max_chars=None), x=0.01 if lang == "ar" else 0.99, ha="left" if lang == "ar" else "right",
                  fontsize="small", color="0.35")


def date_axis(ax: Axes, lang: str, max_ticks: int = 8) -> None:
    """Calendar ticks on the x axis with month names in ``lang``: days over a short span, months over a long one."""
    locator = AutoDateLocator(maxticks=max_ticks)

    def tick(value: float, _position: int) -> str:
        first, last = ax.get_xlim()
        day = pd.Timestamp(num2date(value)).tz_localize(None)
        if last - first > 120:
            return label(f"{_MONTHS[lang][day.month - 1]} {day.year}")
        return label(day_label(day, lang))

    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(FuncFormatter(tick))
