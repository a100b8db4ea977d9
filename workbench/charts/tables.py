"""Right-to-left HTML tables of the workbench's frames, with untrusted text escaped.

A plain DataFrame in a notebook is laid out left to right, so mixed Arabic,
Latin and digit cells come out in the wrong order; :func:`rtl_table` returns a
pandas Styler with ``dir="rtl"`` and per-cell ``unicode-bidi: plaintext``.
Article text is untrusted: every cell, header and caption is HTML-escaped, so
a headline holding ``<script>`` is shown as text, never run.

>>> import pandas as pd
>>> html = rtl_table(pd.DataFrame({"article_id": ["art1"], "title": ["<script>alert(1)</script> عنوان"]})).to_html()
>>> "&lt;script&gt;" in html, "<script>" in html, 'dir="rtl"' in html, "art1" in html
(True, False, True, False)
"""

from __future__ import annotations

import html
from collections.abc import Iterable

import pandas as pd
from pandas.io.formats.style import Styler

__all__ = ["rtl_table", "in_context", "HIDDEN_COLUMNS"]

# Offsets and ids are for joining frames and tracing back to the text, not for reading.
HIDDEN_COLUMNS = ("article_id", "sentence_id", "quote_id", "start", "end", "speaker_start", "speaker_end", "path")

_CELL = [("text-align", "right"), ("unicode-bidi", "plaintext"), ("vertical-align", "top"), ("padding", "0.3em 0.6em")]


def rtl_table(
    frame: pd.DataFrame,
    hide: Iterable[str] = HIDDEN_COLUMNS,
    max_rows: int | None = 50,
    max_chars: int | None = 200,
    caption: str | None = None,
    precision: int = 2,
) -> Styler:
    """``frame`` as a right-to-left, escaped HTML table (a Styler) for notebooks and reports.

    ``hide`` names columns left out (offsets and ids by default; pass ``()`` to
    show all); the first ``max_rows`` rows are shown, and a note says how many
    were left out; text longer than ``max_chars`` is shortened with an ellipsis.
    The input frame is not changed.
    """
    shown = frame.drop(columns=[c for c in hide if c in frame.columns])
    total = len(shown)
    if max_rows is not None:
        shown = shown.head(max_rows)
    shown = shown.apply(lambda column: _as_text(column, max_chars))
    notes = [caption] if caption else []
    if max_rows is not None and total > max_rows:
        notes.append(f"{max_rows} of {total:,} rows shown")
    styler = (
        shown.style.format(escape="html", na_rep="", precision=precision)
        .format_index(escape="html", axis=0)
        .format_index(escape="html", axis=1)
        .hide(axis="index")
        .set_table_attributes('dir="rtl" lang="ar"')
        .set_table_styles([
            {"selector": "td, th", "props": _CELL},
            {"selector": "th", "props": [("background-color", "#f3f3f3")]},
            {"selector": "caption", "props": [("caption-side", "top"), ("text-align", "right"), ("unicode-bidi", "plaintext"), ("color", "#555")]},
        ])
    )
    # Days, times and numbers stay on one line; text wraps.
    unbroken = [c for c in shown.columns if not pd.api.types.is_string_dtype(frame[c]) and frame[c].dtype != object]
    styler = styler.set_properties(subset=unbroken, **{"white-space": "nowrap"})
    # Text columns keep a readable width beside long neighbours.
    styler = styler.set_properties(subset=[c for c in shown.columns if c not in unbroken], **{"min-width": "8em"})
    if notes:
        styler = styler.set_caption(html.escape(" · ".join(notes)))
    return styler


def in_context(frame: pd.DataFrame, articles: pd.DataFrame, chars: int = 40,
               start: str = "start", end: str = "end") -> pd.Series:
    """The text of each row's ``start``:``end`` span in its article, with ``chars`` characters around it.

    Where the window cuts the article an ellipsis says so; rows whose article
    is missing get an empty string.

    >>> arts = pd.DataFrame({"article_id": ["a"], "text": ["قال الوزير إن روسيا تعارض الوجود الأمريكي"]})
    >>> in_context(pd.DataFrame({"article_id": ["a"], "start": [14], "end": [19]}), arts, chars=6).tolist()
    ['…ير إن روسيا تعارض…']
    """
    texts = articles.drop_duplicates("article_id").set_index("article_id")["text"]

    def window(article_id: str, first: object, last: object) -> str:
        text = texts.get(article_id)
        if not isinstance(text, str) or _is_missing(first) or _is_missing(last):
            return ""
        left, right = max(int(first) - chars, 0), min(int(last) + chars, len(text))
        return ("…" if left else "") + " ".join(text[left:right].split()) + ("…" if right < len(text) else "")

    return pd.Series([window(*row) for row in zip(frame["article_id"], frame[start], frame[end])], index=frame.index, dtype="string")


def _as_text(column: pd.Series, max_chars: int | None) -> pd.Series:
    # Lists, dicts and times become text here, so the escaping and the shortening apply to them too.
    if pd.api.types.is_datetime64_any_dtype(column):
        with_time = bool((column.dropna().dt.strftime("%H:%M:%S") != "00:00:00").any())
        return column.dt.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d").astype("string")
    if not (pd.api.types.is_string_dtype(column) or column.dtype == object):
        return column
    return column.map(lambda value: value if _is_missing(value) else _shorten(_plain(value), max_chars))


def _plain(value: object) -> str:
    if isinstance(value, (list, tuple, set)):
        return ", ".join(map(str, value))
    return str(value)


def _shorten(text: str, max_chars: int | None) -> str:
    return text[: max_chars - 1] + "…" if max_chars is not None and len(text) > max_chars else text


def _is_missing(value: object) -> bool:
    return value is None or (not isinstance(value, (list, dict, tuple, set)) and bool(pd.isna(value)))
