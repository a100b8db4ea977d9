"""RTL tables: right-to-left layout, hidden offsets and ids, and untrusted text shown as text."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import chart_frames as frames
from workbench import schema
from workbench.charts import rtl_table

HOSTILE = [
    '<script>alert("x")</script>',
    '<img src=x onerror="alert(1)">',
    "</td></tr></table><b>خارج الجدول</b>",
    "&lt;script&gt; مرمّز مسبقا",
]


def hostile_articles() -> pd.DataFrame:
    articles = frames.articles().head(len(HOSTILE)).copy()
    articles["title"] = HOSTILE
    articles["body"] = [f"قال الوزير {h}" for h in HOSTILE]
    return articles


def test_untrusted_cells_are_escaped_everywhere():
    html = rtl_table(hostile_articles()).to_html()
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert "&amp;lt;script&amp;gt;" in html  # already-escaped text is shown as written, not decoded
    assert html.count("<table") == 1 and html.count("</table>") == 1


def test_headers_caption_and_list_cells_are_escaped_too():
    frame = pd.DataFrame({"<b>عنوان</b>": ["نص"], "records": [[{"text": "<script>x</script>"}]]})
    html = rtl_table(frame, caption="<i>مصدر</i>").to_html()
    assert "<b>" not in html and "<i>" not in html and "<script>" not in html
    assert "&lt;b&gt;عنوان&lt;/b&gt;" in html and "&lt;i&gt;مصدر&lt;/i&gt;" in html


def test_table_reads_right_to_left():
    html = rtl_table(frames.quotes()).to_html()
    assert re.search(r'<table[^>]*dir="rtl"[^>]*lang="ar"', html)
    assert "unicode-bidi: plaintext" in html and "text-align: right" in html


def test_offsets_and_ids_are_hidden_by_default():
    quotes = frames.quotes()
    html = rtl_table(quotes).to_html()
    for hidden in ("article_id", "quote_id", "speaker_start", ">start<", ">end<"):
        assert hidden not in html
    assert ">speaker<" in html and ">cue<" in html
    assert "article_id" in rtl_table(quotes, hide=()).to_html()


def test_long_tables_and_cells_are_shortened_and_say_so():
    articles = schema.conform([{**frames.articles().iloc[0].to_dict(), "title": "خبر " * 200, "article_id": f"a{i}"} for i in range(120)], "articles")
    styler = rtl_table(articles, max_rows=10, max_chars=50)
    html = styler.to_html()
    assert html.count("<tr") == 11
    assert "10 of 120 rows shown" in html
    assert "خبر " * 12 + "خ…" in html or "…" in html
    assert styler.data["title"].str.len().max() == 50


def test_shortening_never_cuts_an_escape():
    frame = pd.DataFrame({"title": ["<" * 30]})
    html = rtl_table(frame, max_chars=10).to_html()
    assert "&lt;" * 9 + "…" in html


def test_input_frame_is_not_changed():
    articles = hostile_articles()
    before = articles.copy()
    rtl_table(articles, max_chars=5)
    pd.testing.assert_frame_equal(articles, before)


@pytest.mark.parametrize("frame", ["articles", "entities", "quotes", "dates", "stance", "errors"])
def test_every_empty_frame_renders(frame):
    html = rtl_table(schema.empty(frame)).to_html()
    assert 'dir="rtl"' in html
