"""Charts: the Arabic label helper on both text engines, the bundled font, every chart, and image baselines."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import unicodedata
import warnings
from pathlib import Path

import matplotlib
import matplotlib.ft2font
import numpy as np
import pandas as pd
import pytest
from matplotlib.figure import Figure
from matplotlib.testing.compare import compare_images

import chart_frames as frames
import workbench
from workbench import charts, schema
from workbench.charts import fonts, labels

BASELINE = Path(__file__).resolve().parent / "baseline"
# Regenerate with: WORKBENCH_UPDATE_BASELINES=1 .venv/bin/python -m pytest tests/test_charts.py -k baseline
UPDATE = os.environ.get("WORKBENCH_UPDATE_BASELINES") == "1"
FONT_SHA256 = {
    "Amiri-Regular.ttf": "6f909d81f17de2919be4ce99fac51b07623794d9a46cfd1df53e2d6e669d9263",
    "Amiri-Bold.ttf": "a0e7946a97cd016e4322c3d3dc06bdc62776a5c933e9a3417ad74c91d822b9bd",
}
PRESENTATION_FORMS = [(0xFB50, 0xFDFF), (0xFE70, 0xFEFF)]


def is_presentation_form(ch: str) -> bool:
    return any(lo <= ord(ch) <= hi for lo, hi in PRESENTATION_FORMS)


def drawn(fig: Figure) -> Figure:
    """Draw ``fig`` to PNG, as a notebook or report would, with every warning an error."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.savefig(io.BytesIO(), format="png")
    return fig


def texts(fig: Figure) -> list[str]:
    drawn(fig)
    return [t.get_text() for t in fig.findobj(matplotlib.text.Text) if t.get_text()]


# --- label helper -------------------------------------------------------------------------------

def test_detection_follows_the_engine(monkeypatch):
    assert charts.shapes_text() == hasattr(matplotlib.ft2font, "__libraqm_version__")
    monkeypatch.delattr(matplotlib.ft2font, "__libraqm_version__", raising=False)
    assert not charts.shapes_text()
    assert all(is_presentation_form(ch) for ch in charts.label("روسيا") if ch != " ")


def test_shaping_path_passes_the_logical_string():
    for text in ["الحوثيون", "حلف شمال الأطلسي (الناتو)", "2015 عام الاتفاق", "مقتل 30 شخصا", "سُورِيَا", "الـــحــرب"]:
        out = charts.label(text, shaping=True)
        assert out == unicodedata.normalize("NFC", text)
        assert not any(is_presentation_form(ch) for ch in out)


def test_fallback_path_gives_visual_order_presentation_forms():
    out = charts.label("روسيا", shaping=False)
    assert all(is_presentation_form(ch) for ch in out)
    # Visual order: the first letter of the word (reh) is drawn last, at the right.
    assert unicodedata.name(out[-1]).startswith("ARABIC LETTER REH")
    assert unicodedata.name(out[0]).startswith("ARABIC LETTER ALEF")


def test_fallback_path_mirrors_brackets_and_keeps_latin_and_digits_readable():
    # Drawn left to right, the visual string must show "(...)" around the bracketed word.
    out = charts.label("حلف (الناتو)", shaping=False)
    assert out[0] == "(" and out.index(")") < out.index(" ")
    assert charts.label("الناتو (NATO)", shaping=False).startswith("(NATO) ")
    assert charts.label("مقتل 30 شخصا", shaping=False).count("30") == 1


def test_label_starting_with_latin_gets_rlm_on_the_shaping_path():
    assert charts.label("HIMARS صواريخ", shaping=True) == "\u200fHIMARS صواريخ"
    assert charts.label("(CIA) الأمريكية", shaping=True).startswith("\u200f")
    assert charts.label("2015 عام", shaping=True) == "2015 عام"  # digits are weak: the Arabic word sets the direction
    assert charts.label("Bashar al-Assad (Syria)", shaping=True) == "Bashar al-Assad (Syria)"


def test_labels_from_untrusted_text_are_made_safe():
    assert charts.label("كلفة $5 و $6") == r"كلفة \$5 و \$6"  # no mathtext
    assert charts.label("\u202eعكس\u202c السطر\nالثاني\t") == "عكس السطر الثاني"
    assert charts.label("زعيم 中国 😀") == "زعيم \ufffd\ufffd 😀" if fonts.covers("😀") else "زعيم \ufffd\ufffd \ufffd"
    assert charts.label("\x00\x07نص\ue000") == "نص"
    assert charts.label(None) == charts.label(float("nan")) == charts.label(pd.NA) == ""
    assert charts.label(42) == "42"


def test_long_and_huge_labels_are_shortened():
    out = charts.label("نص طويل " * 200_000, max_chars=40)
    assert len(out) == 40 and out.endswith("…")
    assert len(charts.label("ب" * 500, max_chars=None)) == 500


def test_every_label_character_is_drawable():
    messy = "الرئيس\u0640\u0640 بشار\u064e الأسد «قال» [HIMARS] 中 ☃ \U0001F9E8 ‏‎"
    assert all(fonts.covers(ch) for ch in charts.label(messy) if ch not in "\u200f")


# --- font -------------------------------------------------------------------------------------

def test_bundled_font_is_registered_by_path_with_a_fallback():
    paths = charts.register_fonts()
    assert all(Path(p).is_file() for p in paths)
    assert (fonts.FONT_DIR / "OFL.txt").read_text(encoding="utf-8").count("SIL OPEN FONT LICENSE") >= 1
    found = matplotlib.font_manager.findfont(matplotlib.font_manager.FontProperties(family="Amiri"), fallback_to_default=False)
    assert Path(found).resolve() == fonts.FONT_FILES[0].resolve()
    bold = matplotlib.font_manager.findfont(matplotlib.font_manager.FontProperties(family="Amiri", weight="bold"), fallback_to_default=False)
    assert Path(bold).resolve() == fonts.FONT_FILES[1].resolve()
    assert charts.chart_style()["font.family"] == ["Amiri", "DejaVu Sans"]


def test_a_missing_glyph_is_an_error_in_the_tests():
    fig = Figure()
    fig.text(0.5, 0.5, "\u4e2d\u6587", family=["Amiri"])
    with pytest.raises(UserWarning, match="missing from font"):
        fig.savefig(io.BytesIO(), format="png")


def test_charts_leave_global_settings_alone():
    before = dict(matplotlib.rcParams)
    charts.top_actors(frames.entities())
    assert dict(matplotlib.rcParams) == before


# --- charts -------------------------------------------------------------------------------------

@pytest.fixture
def names():
    return charts.actor_names("ar", frames.entities())


def test_actor_names_in_both_languages():
    ents = frames.entities()
    assert charts.actor_names("ar", ents)["houthis"] == "الحوثيون"
    assert charts.actor_names("en", ents)["isis"] == "Islamic State (ISIS)"
    with pytest.raises(ValueError, match="ar, en"):
        charts.actor_names("fr", ents)


def test_top_actors_reads_right_to_left_in_arabic():
    fig = charts.top_actors(frames.entities(), top=5)
    ax = fig.axes[0]
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names == ["السعودية", "إيران", "الحوثيون", "الولايات المتحدة", "روسيا"]  # logical strings reach matplotlib
    assert ax.xaxis_inverted() and ax.yaxis.get_ticks_position() == "right"
    assert [p.get_width() for p in ax.patches] == [14, 11, 9, 7, 6]
    en = charts.top_actors(frames.entities(), top=9, lang="en").axes[0]
    assert not en.xaxis_inverted() and en.yaxis.get_ticks_position() == "left"
    assert [t.get_text() for t in en.get_yticklabels()][-2:] == ["NATO", "CIA"]
    assert "\u200fCIA الأمريكية" in texts(charts.top_actors(frames.entities()))


def test_mentions_over_time_counts_per_day():
    ents, arts = frames.entities(), frames.articles()
    fig = charts.mentions_over_time(ents, arts, actors=["saudi_arabia", "iran"], lang="en")
    lines = fig.axes[0].get_lines()
    assert len(lines) == 2
    assert int(sum(lines[0].get_ydata())) == 14 and int(sum(lines[1].get_ydata())) == 11
    assert "21 Jul" in texts(fig)
    assert "21 يوليو" in texts(charts.mentions_over_time(ents, arts))


def test_stance_pairs_and_heatmap_cells(names):
    fig = charts.stance_heatmap(frames.stance(), names)
    cells = [t for t in texts(fig) if "\n" in t]
    assert "-0.88\n4" in cells and "+0.83\n3" in cells and "0.00\n3" in cells
    ax = fig.axes[0]
    assert ax.xaxis_inverted() and ax.get_xticklabels()[0].get_text() == "الحوثيون"
    assert not charts.stance_heatmap(frames.stance(), lang="en").axes[0].xaxis_inverted()


def test_stance_network_colours_edges_by_polarity(names):
    fig = charts.stance_network(frames.stance(), names)
    arrows = [p for p in fig.axes[0].patches if isinstance(p, matplotlib.patches.FancyArrowPatch)]
    assert len(arrows) == len(workbench.stance_matrix(frames.stance()))
    colours = {matplotlib.colors.to_hex(a.get_edgecolor()) for a in arrows}
    assert colours == {charts.stance.SUPPORT, charts.stance.OPPOSE, charts.stance.NEUTRAL}
    assert {"روسيا", "بشار الأسد", "تأييد", "معارضة"} <= set(texts(fig))


def test_quotes_by_speaker_groups_catalogued_speakers():
    counts = charts.quote_counts(frames.quotes(), lang="en", include_unknown=True)
    assert counts.loc["Adel al-Jubeir"].tolist() == [4, 2, 0]  # two wordings, one catalogued speaker
    assert counts.loc["Mohammad Javad Zarif"].tolist() == [2, 0, 1]
    assert counts.loc["مصدر عسكري"].tolist() == [0, 2, 0]  # uncatalogued: as written
    assert counts.loc["unknown speaker"].tolist() == [2, 0, 0]
    assert counts.index[0] == "Adel al-Jubeir"
    assert charts.quote_counts(frames.quotes(), names={}, lang="ar").index[0] == "عادل الجبير"  # most used wording
    fig = charts.quotes_by_speaker(frames.quotes(), names={"john_kerry": "John Kerry كيري"})
    assert "\u200fJohn Kerry كيري" in texts(fig) and "متحدث غير معروف" not in texts(fig)


def test_referenced_days_expand_ranges_and_skip_coarse_ones():
    days = charts.referenced_days(frames.dates())
    assert days.loc["2015-07-14", "past"] == 4
    assert days.loc["2015-07-21", "same_day"] == 3
    assert [days.loc[d, "future"] for d in ("2015-07-28", "2015-07-29", "2015-07-30")] == [1, 1, 1]
    assert pd.Timestamp("2015-07-15") not in days.index  # the whole-month reference is too coarse for a day
    fig = charts.date_timeline(frames.dates())
    assert pd.Timestamp("1979-02-11") not in days.index or fig.axes[0].get_xlim()[0] > matplotlib.dates.date2num(pd.Timestamp("2000-01-01"))


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_chart_handles_empty_frames(lang):
    empty = {name: schema.empty(name) for name in ("entities", "articles", "stance", "quotes", "dates")}
    figures = [
        charts.top_actors(empty["entities"], lang=lang),
        charts.mentions_over_time(empty["entities"], empty["articles"], lang=lang),
        charts.stance_heatmap(empty["stance"], lang=lang),
        charts.stance_network(empty["stance"], lang=lang),
        charts.quotes_by_speaker(empty["quotes"], lang=lang),
        charts.date_timeline(empty["dates"], lang=lang),
    ]
    nothing = "لا توجد بيانات لعرضها" if lang == "ar" else "Nothing to show"
    assert all(nothing in texts(fig) for fig in figures)


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown lang"):
        charts.top_actors(frames.entities(), lang="fr")


def test_hostile_names_draw_without_error():
    ents = frames.entities()
    ents.loc[:, "actor_ar"] = ents["actor_ar"].str.cat(["$x$ \u202e<script>中" + "ـ" * 100] * len(ents), sep=" ")
    fig = charts.top_actors(ents)
    assert all("$x$" not in t and "\u202e" not in t for t in texts(fig))


# --- image comparison ---------------------------------------------------------------------------

def chart(name: str) -> Figure:
    names = charts.actor_names("ar", frames.entities())
    return {
        "top_actors": lambda: charts.top_actors(frames.entities()),
        "mentions_over_time": lambda: charts.mentions_over_time(frames.entities(), frames.articles()),
        "stance_heatmap": lambda: charts.stance_heatmap(frames.stance(), names),
        "stance_network": lambda: charts.stance_network(frames.stance(), names),
        "quotes_by_speaker": lambda: charts.quotes_by_speaker(frames.quotes(), names={"john_kerry": "John Kerry كيري"}),
        "date_timeline": lambda: charts.date_timeline(frames.dates()),
    }[name]()


@pytest.mark.parametrize("name", ["top_actors", "mentions_over_time", "stance_heatmap", "stance_network", "quotes_by_speaker", "date_timeline"])
def test_chart_matches_baseline(name, tmp_path):
    if not charts.shapes_text() or not matplotlib.__version__.startswith("3.11."):
        pytest.skip(f"baselines are drawn by matplotlib 3.11 with libraqm; this is {matplotlib.__version__}")
    for path in fonts.FONT_FILES:
        assert hashlib.sha256(path.read_bytes()).hexdigest() == FONT_SHA256[path.name], "bundled font changed: regenerate the baselines"
    actual = tmp_path / f"{name}.png"
    drawn(chart(name)).savefig(actual)
    expected = BASELINE / f"{name}.png"
    if UPDATE:
        shutil.copyfile(actual, expected)
        pytest.skip(f"baseline written: {expected}")
    result = compare_images(str(expected), str(actual), tol=3)
    assert result is None, result


def test_baselines_are_real_pictures():
    for png in BASELINE.glob("*.png"):
        image = matplotlib.image.imread(png)
        assert image.shape[0] > 100 and np.std(image) > 0.05, png
