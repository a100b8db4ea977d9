"""Behaviour of the dates extractor: every written form, resolution, malformed and hostile input."""

from __future__ import annotations

import re
import sys

import pandas as pd
import pytest

import workbench
from workbench import schema
from workbench.extract.dates import dates, dates_for
from workbench.extract.dates.grammar import _NON_WORD
from workbench.text import Document

TUESDAY = pd.Timestamp("2017-06-20 19:39", tz="Asia/Riyadh")  # the seed's publication time


def read(text: str, published: pd.Timestamp | None = TUESDAY) -> list[tuple[str, str, str, str]]:
    """(surface, kind, value_start, value_end) of every expression in ``text``; values as ISO or ''."""
    out = []
    for r in dates_for(Document("t", text, published)):
        assert text[r["start"]:r["end"]] == r["surface"]
        values = [str(r[k]) if r[k] is not None else "" for k in ("value_start", "value_end")]
        out.append((r["surface"], r["kind"], *values))
    return out


def one(text: str, published: pd.Timestamp | None = TUESDAY) -> tuple[str, str, str, str]:
    found = read(text, published)
    assert len(found) == 1, found
    return found[0]


# --- the seed article ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_dates(seed_articles):
    return dates(seed_articles)


def test_seed_gives_what_the_issue_lists(seed_dates):
    rows = {(r.surface, r.kind, str(r.value_start)[:10], str(r.value_end)[:10]) for r in seed_dates.itertuples()}
    assert ("يوم الثلاثاء", "weekday", "2017-06-20", "2017-06-20") in rows
    assert ("4 و5 تموز المقبل", "range", "2017-07-04", "2017-07-05") in rows
    assert ("4 – 5 من شهر تموز المقبل", "range", "2017-07-04", "2017-07-05") in rows
    assert ("أيار", "month", "2017-05-01", "2017-05-31") in rows
    assert ("20.06.2017 19:39", "date", "2017-06-20", "2017-06-20") in rows
    duration = seed_dates[seed_dates.surface == "لمدة 6 أشهر"]
    assert duration.kind.tolist() == ["duration"] and not duration.resolved.any() and duration.value_start.isna().all()


def test_seed_frame_follows_the_schema_and_offsets(seed_articles, seed_dates):
    assert list(seed_dates.columns) == schema.columns("dates")
    assert {c: str(t) for c, t in seed_dates.dtypes.items()} == schema.dtypes("dates")
    text = seed_articles.loc[0, "text"]
    assert all(text[r.start:r.end] == r.surface for r in seed_dates.itertuples())
    relative = seed_dates[seed_dates.kind.isin(["weekday", "range", "month"])]
    assert (relative.anchor == pd.Timestamp("2017-06-20")).all()
    assert seed_dates.loc[seed_dates.kind == "date", "granularity"].tolist() == ["minute"]


def test_public_name_is_exported_lazily():
    assert workbench.dates is dates


# --- month names of every region, paired forms, Hijri -------------------------------------------


@pytest.mark.parametrize(
    "name, month",
    [
        ("كانون الثاني", 1), ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7),
        ("آب", 8), ("أيلول", 9), ("تشرين الأول", 10), ("تشرين الثاني", 11), ("كانون الأول", 12),
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("إبريل", 4), ("أبريل", 4), ("مايو", 5), ("يونيو", 6),
        ("يونيه", 6), ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11),
        ("ديسمبر", 12), ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7),
        ("أوت", 8),
    ],
)
def test_every_regional_month_name_with_a_day_and_year(name, month):
    surface, kind, start, end = one(f"وصل الوفد في 3 {name} 2016 الى المدينة")
    assert (surface, kind) == (f"3 {name} 2016", "date")
    assert start == end == f"2016-{month:02d}-03"


@pytest.mark.parametrize("text", ["حزيران/يونيو 2016", "يونيو (حزيران) 2016", "يونيو/حزيران 2016", "شهر حزيران 2016"])
def test_paired_and_named_months_are_one_expression(text):
    assert one(f"جرى ذلك في {text} كما ذكر") == (text, "month", "2016-06-01", "2016-06-30")


def test_pair_of_two_different_months_is_not_resolved():
    surface, kind, start, _ = one("جرى ذلك في مايو/حزيران 2016")
    assert (kind, start) == ("month", "")


def test_hijri_dates_convert_to_gregorian():
    assert read("صدر في 22 شوال 1436 هـ الموافق 7 أغسطس 2015م") == [
        ("22 شوال 1436 هـ", "date", "2015-08-07", "2015-08-07"),
        ("7 أغسطس 2015م", "date", "2015-08-07", "2015-08-07"),
    ]
    assert one("صدر القرار بتاريخ 1436/10/22هـ") == ("1436/10/22هـ", "date", "2015-08-07", "2015-08-07")
    assert one("في عام 1436هـ") == ("عام 1436هـ", "year", "2014-10-25", "2015-10-13")


def test_hijri_month_without_year_and_its_calendar_column():
    rows = dates_for(Document("t", "صام المسلمون شهر رمضان الماضي", TUESDAY))
    assert [(r["surface"], r["calendar"], str(r["value_start"]), str(r["value_end"])) for r in rows] == [
        ("شهر رمضان الماضي", "hijri", "2016-06-06", "2016-07-05")
    ]


def test_ambiguous_month_words_need_context():
    assert read("مارس الضغط على الوزارة وعاد أبو محمد") == []
    assert one("التقى الوفد في آب الماضي") == ("آب الماضي", "month", "2016-08-01", "2016-08-31")


# --- numeric forms and times --------------------------------------------------------------------


@pytest.mark.parametrize("written", ["20.06.2017", "20/6/2017", "2017-06-20", "٢٠/٠٦/٢٠١٧", "۲۰.۰۶.۲۰۱۷"])
def test_numeric_dates_with_any_digits(written):
    assert one(f"عقد الاجتماع في {written} بحضور الوزير") == (written, "date", "2017-06-20", "2017-06-20")


def test_times_alone_and_after_a_date():
    rows = dates_for(Document("t", "يبدأ الحفل الساعة 10:30 صباحا ويختتم الساعة التاسعة مساء", TUESDAY))
    assert [(r["surface"], r["kind"], r["resolved"], r["granularity"]) for r in rows] == [
        ("الساعة 10:30 صباحا", "time", False, "minute"),
        ("الساعة التاسعة مساء", "time", False, "minute"),
    ]
    assert one("سيريانيوز\n\n20.06.2017 19:39") == ("20.06.2017 19:39", "date", "2017-06-20", "2017-06-20")


def test_scores_and_counts_are_not_times_or_years():
    assert read("فاز الفريق 2:1 على منافسه ووزع 1500 سلة") == []


# --- ranges and lists ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "written, start, end",
    [
        ("4 و5 تموز", "2017-07-04", "2017-07-05"),
        ("4 – 5 من شهر تموز", "2017-07-04", "2017-07-05"),
        ("بين 4 و6 أيار", "2017-05-04", "2017-05-06"),
        ("من 4 إلى 6 أيار", "2017-05-04", "2017-05-06"),
        ("من 30 حزيران حتى 2 تموز", "2017-06-30", "2017-07-02"),
        ("من 28 ديسمبر الى 3 يناير 2016", "2015-12-28", "2016-01-03"),
        ("من يناير إلى مارس 2015", "2015-01-01", "2015-03-31"),
        ("بين عامي 2011 و2014", "2011-01-01", "2014-12-31"),
    ],
)
def test_ranges_and_lists_are_one_row(written, start, end):
    surface, kind, value_start, value_end = one(f"عقد المؤتمر {written} في الرياض")
    assert (surface, kind, value_start, value_end) == (written, "range", start, end)


def test_two_months_joined_by_and_are_two_rows():
    assert [r[0] for r in read("في كانون الثاني 2016 وتشرين الأول الماضي")] == ["كانون الثاني 2016", "تشرين الأول الماضي"]


# --- relative expressions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "written, start, end",
    [
        ("اليوم", "2017-06-20", "2017-06-20"),
        ("أمس", "2017-06-19", "2017-06-19"),
        ("أول أمس", "2017-06-18", "2017-06-18"),
        ("غدا", "2017-06-21", "2017-06-21"),
        ("مساء أمس", "2017-06-19", "2017-06-19"),
        ("الأسبوع الماضي", "2017-06-12", "2017-06-18"),
        ("الأسبوع المقبل", "2017-06-26", "2017-07-02"),
        ("الشهر الماضي", "2017-05-01", "2017-05-31"),
        ("العام الماضي", "2016-01-01", "2016-12-31"),
        ("هذا العام", "2017-01-01", "2017-12-31"),
        ("قبل ثلاثة أيام", "2017-06-17", "2017-06-17"),
        ("قبل 3 أيام", "2017-06-17", "2017-06-17"),
        ("منذ عامين", "2015-01-01", "2015-12-31"),
        ("قبل أسبوعين", "2017-06-05", "2017-06-11"),
        ("قبل خمسة وعشرين عاما", "1992-01-01", "1992-12-31"),
    ],
)
def test_relative_expressions_resolve_against_publication(written, start, end):
    assert one(f"قال المتحدث {written} إن الوفد وصل") == (written, "relative", start, end)


def test_weekday_means_the_day_of_the_publication_week():
    assert one("عارضت روسيا, يوم الثلاثاء, الوجود الأمريكي") == ("يوم الثلاثاء", "weekday", "2017-06-20", "2017-06-20")
    assert one("وصل الوفد يوم الأحد") == ("يوم الأحد", "weekday", "2017-06-18", "2017-06-18")
    assert one("سيصل الوفد يوم الخميس") == ("يوم الخميس", "weekday", "2017-06-22", "2017-06-22")
    assert one("ستعقد الجولة الثلاثاء المقبل") == ("الثلاثاء المقبل", "weekday", "2017-06-27", "2017-06-27")
    assert one("عقدت الجولة الثلاثاء الماضي") == ("الثلاثاء الماضي", "weekday", "2017-06-13", "2017-06-13")


def test_month_without_year_follows_marker_then_tense():
    assert one("ستعقد الجولة في تموز المقبل") == ("تموز المقبل", "month", "2017-07-01", "2017-07-31")
    assert one("وعقدت جولات آخرها كان في أيار") == ("أيار", "month", "2017-05-01", "2017-05-31")
    assert one("ومن المقرر أن تعقد القمة في آذار") == ("آذار", "month", "2018-03-01", "2018-03-31")
    assert one("اجتمعوا في 20 من الشهر الجاري") == ("20 من الشهر الجاري", "date", "2017-06-20", "2017-06-20")


def test_weekday_beside_a_date_picks_its_year():
    assert one("وقعت الحادثة يوم الاثنين 20 يونيو") == ("يوم الاثنين 20 يونيو", "date", "2016-06-20", "2016-06-20")


def test_count_from_another_event_is_not_resolved():
    rows = dates_for(Document("t", "انسحبت القوات بعد ثلاثة أيام من الهجوم", TUESDAY))
    assert [(r["surface"], r["kind"], r["resolved"]) for r in rows] == [("بعد ثلاثة أيام", "relative", False)]


def test_without_publication_date_relative_rows_stay_unresolved():
    rows = dates_for(Document("t", "قال أمس إن الجولة في 4 و5 تموز المقبل وفي 3 آب 2016", None))
    assert [(r["kind"], r["resolved"], r["anchor"]) for r in rows] == [
        ("relative", False, None), ("range", False, None), ("date", True, None)
    ]


def test_words_that_only_look_like_dates():
    assert read("نشرت صحيفة اليوم تقريرا عن اليوم الوطني") == []
    assert read("أدى المصلون صلاة الجمعة") == []
    assert read("يبلغ من العمر 22 عاما") == []


# --- durations ----------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["لمدة 6 أشهر", "خلال ثلاثة أيام", "لمدة عامين", "طوال خمسة وعشرين عاما", "على مدى أسبوعين"])
def test_durations_have_no_calendar_value(written):
    assert one(f"تستمر الهدنة {written} في المدينة") == (written, "duration", "", "")


def test_bare_counts_are_durations_but_ages_are_not():
    assert [r[:2] for r in read("استمرت المعارك ثلاثة أيام وسجن 7 سنوات")] == [("ثلاثة أيام", "duration"), ("7 سنوات", "duration")]
    assert read("وانتقل لامبرت (33 عاما) الى الفريق وعمره 34 عاما") == []


def test_clitics_stay_outside_the_span():
    assert [r[0] for r in read("مقارنة بعام 2013 ولشهر يوليو 2015 وبالأمس ولثلاث سنوات ولهذا الأسبوع")] == [
        "عام 2013", "شهر يوليو 2015", "الأمس", "ثلاث سنوات", "هذا الأسبوع"
    ]
    assert read("لامس الكرة بيده") == []


def test_times_with_minutes_and_parts_of_the_day():
    # A clock time on a relative day is one row of kind time with that day's value (gold rules).
    assert read("عند الساعة العاشرة وعشرين دقيقة من صباح اليوم الجمعة وحتى السابعة مساء", FRIDAY) == [
        ("الساعة العاشرة وعشرين دقيقة من صباح اليوم الجمعة", "time", "2015-07-31", "2015-07-31"),
        ("السابعة مساء", "time", "", ""),
    ]
    assert one("حتى الساعة الواحدة من ظهر أمس", FRIDAY) == ("الساعة الواحدة من ظهر أمس", "time", "2015-07-30", "2015-07-30")
    assert one("عند منتصف النهار في الحديقة")[:2] == ("منتصف النهار", "time")


# --- malformed and hostile input ----------------------------------------------------------------


@pytest.mark.parametrize("written", ["31 شباط 2017", "30/2/2016", "عام 0000", "32 مايو 2015"])
def test_malformed_dates_give_an_unresolved_row_or_nothing(written):
    for surface, kind, start, end in read(f"في {written} حدث ذلك"):
        assert (start, end) == ("", "")


def test_hostile_input_never_raises():
    texts = [
        "",
        "ـــــــ",
        "في ٤ وَ٥ تَمُّوزَ المُقْبِلِ",
        "في 4 و5 تمــــوز المقبل",
        "Meeting on 4 July في 4 تموز 2017 and يوم الثلاثاء",
        "\u200f\u202b" * 50 + "أمس",
        "من " * 5000 + "4 و",
        ("4 و5 تموز المقبل " * 3000),
    ]
    for text in texts:
        for r in dates_for(Document("t", text, TUESDAY)):
            assert text[r["start"]:r["end"]] == r["surface"]
    rows = dates_for(Document("t", "في ٤ وَ٥ تَمُّوزَ المُقْبِلِ", TUESDAY))
    assert [(r["surface"], str(r["value_start"])) for r in rows] == [("٤ وَ٥ تَمُّوزَ المُقْبِلِ", "2017-07-04")]


def test_frame_of_empty_and_unpublished_articles():
    frame = dates(pd.DataFrame({"article_id": ["a", "b"], "text": ["", "وصل أمس"]}))
    assert list(frame.columns) == schema.columns("dates")
    assert frame[["surface", "resolved"]].values.tolist() == [["أمس", False]]
    assert dates(pd.DataFrame({"article_id": [], "text": []})).empty


@pytest.mark.filterwarnings("ignore::workbench.LoadWarning")  # a few empty SaudiNewsNet articles are skipped
def test_dev_split_day_runs_cleanly(shared_data):
    articles = workbench.load_articles(shared_data / "saudinewsnet" / "2015-07-21.zip", tz="Asia/Riyadh").head(300)
    frame = dates(articles)
    texts = dict(zip(articles.article_id, articles.text))
    assert len(frame) > 100
    assert all(texts[r.article_id][r.start:r.end] == r.surface for r in frame.itertuples())
    resolved = frame[frame.resolved]
    assert (resolved.value_start <= resolved.value_end).all()
    assert frame.loc[frame.kind == "duration", "resolved"].eq(False).all()


# --- constructions read since the development set (benchmarks/dev/dates.jsonl) ------------------

FRIDAY = pd.Timestamp("2015-07-31 04:12", tz="Asia/Riyadh")
SUNDAY = pd.Timestamp("2015-08-02 23:32", tz="Asia/Riyadh")


def test_named_weekday_of_today_moves_every_relative_day_of_a_late_printed_story():
    rows = read("يعقد البرلمان، اليوم الأربعاء، جلسة طارئة بعد دعم من الحلف أمس", FRIDAY)
    assert rows == [("اليوم الأربعاء", "relative", "2015-07-29", "2015-07-29"), ("أمس", "relative", "2015-07-28", "2015-07-28")]
    record = dates_for(Document("t", "قال الوزير اليوم الأربعاء", FRIDAY))[0]
    assert str(record["anchor"]) == "2015-07-29"
    assert one("قال الوزير اليوم الجمعة", FRIDAY) == ("اليوم الجمعة", "relative", "2015-07-31", "2015-07-31")


def test_the_day_most_named_relative_days_imply_is_the_story_day():
    # printed on Friday 31 July: "أمس الثلاثاء" implies Wednesday, "أول من أمس الثلاثاء" and "اليوم الخميس" Thursday;
    # the two outvote the first, which keeps its named Tuesday
    text = ("بلغ خام برنت 52 دولار أمس الثلاثاء. وتعافت الأسعار مساء أول من أمس الثلاثاء بعد البيانات، "
            "وتراجعت الأسعار أمس. ويزور البدري موسكو اليوم الخميس.")
    assert read(text, FRIDAY) == [
        ("أمس الثلاثاء", "relative", "2015-07-28", "2015-07-28"),
        ("مساء أول من أمس الثلاثاء", "relative", "2015-07-28", "2015-07-28"),
        ("أمس", "relative", "2015-07-29", "2015-07-29"),
        ("اليوم الخميس", "relative", "2015-07-30", "2015-07-30"),
    ]
    # a tie keeps the first: "اليوم الأربعاء" then "أمس الأربعاء" (Wednesday, then Thursday)
    assert read("قال الوزير اليوم الأربعاء. وكان قد وصل أمس الأربعاء", FRIDAY)[0] == ("اليوم الأربعاء", "relative", "2015-07-29", "2015-07-29")


def test_a_weekday_with_its_marker_counts_from_the_day_the_story_names():
    # printed on Friday 31 July after midnight, "أمس الأربعاء" makes the paper's day Thursday 30 July: "الخميس
    # الماضي" is the Thursday before it, as "أمس" is that Wednesday
    text = "وقع الحادث أمس الأربعاء. وكان الوزير قد زار المدينة يوم الخميس الماضي"
    assert read(text, FRIDAY)[1] == ("يوم الخميس الماضي", "weekday", "2015-07-23", "2015-07-23")


def test_a_weekday_with_its_marker_without_a_named_day_counts_from_publication():
    # guards: after midnight with no day named, and at noon, Thursday is the day before the Friday of publication
    for published in (FRIDAY, pd.Timestamp("2015-07-31 12:00", tz="Asia/Riyadh")):
        assert one("وكان الوزير قد زار المدينة يوم الخميس الماضي", published) == ("يوم الخميس الماضي", "weekday", "2015-07-30", "2015-07-30")


@pytest.mark.parametrize(
    "written, kind, start, end",
    [
        ("نهاية الشهر الحالي", "relative", "2017-06-01", "2017-06-30"),
        ("مطلع عام 2015", "year", "2015-01-01", "2015-12-31"),
        ("منتصف نوفمبر القادم", "month", "2017-11-01", "2017-11-30"),
        ("أواخر العام الماضي", "relative", "2016-01-01", "2016-12-31"),
        ("شهر رمضان المبارك 1436", "month", "2015-06-18", "2015-07-16"),
    ],
)
def test_edges_of_a_period_are_in_the_span_and_keep_its_value(written, kind, start, end):
    assert one(f"وذلك في {written} كما قال") == (written, kind, start, end)


def test_edge_after_a_clitic():
    assert one("ارتفعت الحصة بنهاية حزيران (يونيو)") == ("نهاية حزيران (يونيو)", "month", "2017-06-01", "2017-06-30")


def test_half_of_a_year():
    assert one("المبيعات خلال النصف الأول من هذا العام") == ("النصف الأول من هذا العام", "relative", "2017-01-01", "2017-06-30")
    assert one("قتلى الأشهر الستة الأولى من العام الحالي") == (
        "الأشهر الستة الأولى من العام الحالي", "relative", "2017-01-01", "2017-06-30")


@pytest.mark.parametrize(
    "written, start, end",
    [
        ("الشهرين المقبلين", "2017-07-01", "2017-08-31"),
        ("الشهرين الماضيين", "2017-04-01", "2017-05-31"),
        ("السنوات الـ35 الماضية", "1982-01-01", "2016-12-31"),
        ("الثلاثة الأشهر القادمة", "2017-07-01", "2017-09-30"),
        ("الأيام القليلة الماضية", "", ""),
        ("الأسابيع القليلة المقبلة", "", ""),
        ("الساعات الـ24 الأخيرة", "", ""),
        ("الأيام الأخيرة", "", ""),
    ],
)
def test_plural_and_dual_periods_count_whole_units_from_publication(written, start, end):
    assert one(f"وقعت الهجمات خلال {written} في المدينة") == (written, "relative", start, end)


def test_lists_of_months_with_a_plural_marker_and_dual_month_word():
    assert one("إزالة العقوبات في نوفمبر او ديسمبر القادمين") == ("نوفمبر او ديسمبر القادمين", "range", "2017-11-01", "2017-12-31")
    assert one("المعارك بين سبتمبر ويناير الماضيين") == ("بين سبتمبر ويناير الماضيين", "range", "2016-09-01", "2017-01-31")
    assert one("باعت في الفترة بين شهري كانون الثاني (يناير) وحزيران (يونيو) سيارات") == (
        "بين شهري كانون الثاني (يناير) وحزيران (يونيو)", "range", "2017-01-01", "2017-06-30")


def test_season_of_two_years_is_a_range():
    assert one("بدءا من الموسم الجديد 2015 /2016 ، حيث") == ("2015 /2016", "range", "2015-01-01", "2016-12-31")
    assert one("العام الدراسي 1436/1437هـ") == ("العام الدراسي 1436/1437هـ", "range", "2014-10-25", "2016-10-01")
    # an underscore written for the dash between the two years
    assert one("للموسم الكروي الجديد 2015 _ 2016 الذي يقام") == ("2015 _ 2016", "range", "2015-01-01", "2016-12-31")
    assert one("وكأس السوبر موسم 2008_2009 كما درّب") == ("2008_2009", "range", "2008-01-01", "2009-12-31")


def test_a_fiscal_or_school_year_keeps_its_year_word():
    # المالي / الدراسي between the year word and its number: the year word stays in the span (gold rule: عام before a year)
    assert one("منخفضة عن العام المالي 2013 بنسبة") == ("العام المالي 2013", "year", "2013-01-01", "2013-12-31")
    assert one("حتى نهاية العام المالي 2013 نحو 617 ألف") == ("نهاية العام المالي 2013", "year", "2013-01-01", "2013-12-31")
    assert one("المالية للمؤسسة عن السنة المالية 2014، واعتماد") == ("السنة المالية 2014", "year", "2014-01-01", "2014-12-31")
    # no number: no year row; للعام keeps only its number, as before
    assert read("مع بداية العام الدراسي الجديد") == []
    assert one("مليار ريال للعام المالي 2013، وبذلك") == ("2013", "year", "2013-01-01", "2013-12-31")


def test_midnight_of_last_night_is_one_relative_row():
    # منتصف before a night word is part of the relative day (gold rule: a part of the day joined to a relative day)
    assert one("بضربات عدة بعد منتصف البارحة الأولى") == ("منتصف البارحة الأولى", "relative", "2017-06-18", "2017-06-18")
    assert one("الهدنة التي جرى سريانها منتصف الليلة الماضية.") == ("منتصف الليلة الماضية", "relative", "2017-06-19", "2017-06-19")


def test_an_approximation_before_a_definite_unit_is_a_count():
    # قرابة الشهر: a definite singular or dual unit after an approximation counts like the indefinite one
    assert one("تمتد الفعاليات الى قرابة الشهر موزعة على") == ("قرابة الشهر", "duration", "", "")
    assert one("وتستمر البطارية في العمل لمدة تقارب الشهر، ثم") == ("لمدة تقارب الشهر", "duration", "", "")
    assert one("استغرق تحضيره للفيلم نحو العامين وعندما") == ("نحو العامين", "duration", "", "")
    assert one("وأصيب قبل قرابة الشهر أثناء مشاركته", FRIDAY) == ("قبل قرابة الشهر", "relative", "2015-06-01", "2015-06-30")
    assert one("الأزمة التي بدأت منذ نحو الأسبوع.", FRIDAY) == ("منذ نحو الأسبوع", "relative", "2015-07-20", "2015-07-26")
    assert one("التي تبقى عليها قرابة العام والنصف وسيأتي") == ("قرابة العام والنصف", "duration", "", "")
    # نحو before a marked period is "toward"; السنة is also the Sunnis
    assert one("تتجه الأنظار نحو العام المقبل") == ("العام المقبل", "relative", "2018-01-01", "2018-12-31")
    assert read("الأحوازيين الشيعة أكثر من السنة.") == []


def test_open_ended_counts_are_not_resolved():
    assert one("تعمل الشركة في مصر منذ أكثر من 60 عاما") == ("منذ أكثر من 60 عاما", "relative", "", "")
    assert one("يحتل منذ اكثر من سنة اجزاء واسعة") == ("منذ اكثر من سنة", "relative", "", "")


def test_approximate_durations_keep_their_approximation():
    assert one("بعد تعطله لنحو أربعة أشهر في المطار") == ("نحو أربعة أشهر", "duration", "", "")
    assert one("رفع الإنتاج في أقل من اسبوع.") == ("أقل من اسبوع", "duration", "", "")
    assert one("تعطل البورصة لفترة 24 يوم عمل") == ("لفترة 24 يوم عمل", "duration", "", "")


def test_duration_granularity_is_its_unit():
    rows = dates_for(Document("t", "لمدة ثلاثة أسابيع وفي غضون 48 ساعة", TUESDAY))
    assert [r["granularity"] for r in rows] == ["week", "minute"]


def test_ages_in_a_clause_about_age_are_not_durations():
    text = "رفعت إسبانيا الحد الأدنى لسن الزواج إلى 16 عاما بعد أن كان 14 عاما و13 عاما على التوالي"
    assert read(text) == []
    assert read("للسن القانوني لممارسة العلاقات من 13 إلى 16 عاما بعد ضغوط") == []
    assert [r[0] for r in read("سجن الرجل 7 سنوات")] == ["7 سنوات"]


def test_dates_used_as_names_and_titles_are_not_dates():
    assert read("الأهمية الكبرى لثورتي «25 يناير» و«30 يونيو»") == []
    assert read('الفيلم المصري "الليلة الأخيرة" للراحلة فاتن حمامة') == []
    assert one('سيتوجه الى ايران "الاسبوع المقبل"')[0] == "الاسبوع المقبل"


def test_week_written_on_a_sunday_is_the_working_week_starting_that_day():
    assert one("استقبل الوزير نظيره الاسبوع الماضي", SUNDAY) == ("الاسبوع الماضي", "relative", "2015-07-27", "2015-08-02")
    assert one("تعقد الجولة الأسبوع الجاري", SUNDAY) == ("الأسبوع الجاري", "relative", "2015-08-03", "2015-08-09")


def test_holidays_without_a_year_are_hijri_and_unresolved():
    rows = dates_for(Document("t", "اعتقالات خلال أيام إجازة عيد الفطر المبارك منذ اليوم الأول لعيد الفطر", FRIDAY))
    assert [(r["surface"], r["kind"], r["calendar"], r["resolved"]) for r in rows] == [
        ("أيام إجازة عيد الفطر المبارك", "range", "hijri", False),
        ("اليوم الأول لعيد الفطر", "date", "hijri", False),
    ]
    assert read("احتفال الشعب بعيد الفطر المبارك") == []


# --- forms added with the development set's second round -----------------------------------------


def test_bare_years_by_their_neighbours():
    assert [r[0] for r in read("التصفيات المؤهلة إلى مونديال روسيا 2018 ونهائيات كأس آسيا 2019 في الإمارات")] == ["2018", "2019"]
    assert [r[0] for r in read("استضافة كأس العالم عام 2018 في روسيا و2022 في قطر.")] == ["عام 2018", "2022"]
    assert one("رواية «عداء الطائرة الورقية» 2003 انتشارا واسعا")[:3] == ("2003", "year", "2003-01-01")
    # counts stay counts: before a noun, after a count cue, or an amount of money
    assert read("وصل 2015 زائرا إلى المعرض") == []
    assert read("وبلغ عددهم نحو 2015 في المجموع") == []
    assert read("ميزانية 2000 مليون ريال") == []
    assert read("من 2000 الى 3000 شخص") == []


def test_vague_counts_and_duration_tails():
    assert one("أمام المكسيك قبل أيام، وعبر المدرب") == ("قبل أيام", "relative", "", "")
    assert one("من عدن قبل ساعات من موعد الهدنة")[:2] == ("قبل ساعات", "relative")
    assert one("الذي أمر به قبل أكثر من شهرين من الآن.") == ("قبل أكثر من شهرين من الآن", "relative", "", "")
    assert one("جدد عقده لمدة 4 سنوات قادمة والإدارة")[:2] == ("لمدة 4 سنوات قادمة", "duration")
    assert one("سيكفون الجماهير لمدة يوم واحد فقط")[:2] == ("لمدة يوم واحد", "duration")
    assert one("دخول اللاعب في فترة الـ6 أشهر التي يحق فيها")[:2] == ("فترة الـ6 أشهر", "duration")
    assert one("ختام مفاوضات استمرت شهوراً الدعوة")[:2] == ("شهوراً", "duration")
    assert one("خفض النسبة لأسبوع فقط")[:2] == ("أسبوع", "duration")
    assert read("لامس الكرة بيده ليوم الجمعة")[0][:2] == ("يوم الجمعة", "weekday")


def test_ages_in_quotes_are_no_duration():
    assert read("التعاقد مع اللاعب أدولف ليما «24 عامًا» الذي يلعب") == []


def test_relative_days_in_quotes_and_older_nights():
    monday = pd.Timestamp("2015-07-27 18:43", tz="Asia/Riyadh")
    assert one("بعد وصول البعثة مساء أمس الأول «الاثنين» التي ضمت", pd.Timestamp("2015-07-22 10:00", tz="Asia/Riyadh")) == (
        "مساء أمس الأول «الاثنين»", "relative", "2015-07-20", "2015-07-20")
    assert one("نفذت غارات في ساعة متأخرة من البارحة الأولى قرب صنعاء", monday)[:3] == ("البارحة الأولى", "relative", "2015-07-25")


def test_part_of_day_and_day_word_before_a_date():
    assert one("رصدت الدوريات في مساء يوم 14 يوليو (تموز) الحالي قاربين", SUNDAY) == (
        "مساء يوم 14 يوليو (تموز) الحالي", "date", "2015-07-14", "2015-07-14")


def test_night_of_two_weekdays_is_one_range():
    wednesday = pd.Timestamp("2015-07-29 12:00", tz="Asia/Riyadh")
    assert one("شن التحالف ليل الثلاثاء الأربعاء سلسلة غارات", wednesday) == (
        "ليل الثلاثاء الأربعاء", "range", "2015-07-28", "2015-07-29")


def test_half_year_alone_is_this_year():
    assert one("بلغت المبيعات 11104 وحدات في النصف الأول، مسجلة", SUNDAY) == ("النصف الأول", "relative", "2015-01-01", "2015-06-30")
    assert read("سجل هدفا في النصف الأول من المباراة", SUNDAY) == []


def test_context_month_after_a_time_preposition():
    monday = pd.Timestamp("2015-08-03 20:29", tz="Asia/Riyadh")
    assert one("عودة المسلحين لمنازلهم في رمضان", monday)[:3] == ("رمضان", "month", "2015-06-18")
    assert read("التقى الرئيس رمضان قاديروف", monday) == []
    assert read("قتل مسلحون في شوال بوزيرستان", monday) == []
    assert one("الشهر الذي وقع فيه الاتفاق هذ الشهر", monday)[:3] == ("هذ الشهر", "relative", "2015-08-01")


def test_numeric_date_with_backslashes():
    assert read("في 28\\7\\2015.") == [("28\\7\\2015", "date", "2015-07-28", "2015-07-28")]


def test_counted_units_with_a_marker_are_periods():
    assert one("أصيب 81 آخرين، خلال الـ 24 ساعة الماضية، إثر", SUNDAY) == ("الـ 24 ساعة الماضية", "relative", "", "")
    assert one("على مدار الـ3 أيام الماضية", SUNDAY) == ("الـ3 أيام الماضية", "relative", "2015-07-30", "2015-08-01")
    assert one("خلال 48 ساعة", SUNDAY)[:2] == ("خلال 48 ساعة", "duration")
    assert read("مصر تدعو لعقد اجتماع", SUNDAY) == []  # عقد "to hold", not a decade


MONDAY = pd.Timestamp("2015-07-27 17:00", tz="Asia/Riyadh")


def test_chronology_lines_open_with_their_year():
    text = "هذا اليوم في التاريخ\n\n1953 - توقيع اتفاق الهدنة.\n1957- إلغاء النظام الملكي.\nبلغ 1957 - 1960 شخصا"
    years = [r for r in read(text, MONDAY) if r[1] == "year"]
    assert years == [("1953", "year", "1953-01-01", "1953-12-31"), ("1957", "year", "1957-01-01", "1957-12-31")]


def test_a_month_or_day_without_a_year_in_a_chronology_entry_takes_the_entry_year():
    text = ("هذا اليوم في التاريخ\n\n1950- الاتحاد السوفياتي ينضم التي انسحب منها في فبراير بسبب رفض.\n"
            "1976- وفاة لانغ. 2008- تسعة قتلى في تفجير في 25 يوليو.\n1917 - أعدمت في 15 تشرين الأول - أكتوبر")
    found = [r for r in read(text, MONDAY) if r[1] != "year"]
    assert found == [("فبراير", "month", "1950-02-01", "1950-02-28"), ("25 يوليو", "date", "2008-07-25", "2008-07-25"),
                     ("15 تشرين الأول - أكتوبر", "date", "1917-10-15", "1917-10-15")]


@pytest.mark.parametrize("text", ["قال في 2015 - وفق بيان - إن الاجتماع في فبراير", "ارتفع المؤشر 1957 - 1960 نقطة في فبراير",
                                  "1950- انسحب منها.\nثم عادت في فبراير"])
def test_a_month_outside_a_chronology_entry_keeps_the_publication_year(text):
    assert [r for r in read(text, MONDAY) if r[0] == "فبراير"] == [("فبراير", "month", "2015-02-01", "2015-02-28")]


def test_two_weekdays_after_the_dual_day_word_are_one_range():
    assert one("ويعقد مجلس الاحتياطي اجتماعا يومي الثلاثاء والأربعاء", MONDAY) == (
        "يومي الثلاثاء والأربعاء", "range", "2015-07-28", "2015-07-29")


def test_time_zone_and_four_digit_clock_belong_to_the_time():
    assert one("رفع العلم في الساعة 8:00 تغ أمام المبنى", MONDAY)[:2] == ("الساعة 8:00 تغ", "time")
    assert one("وبحلول الساعة 0642 بتوقيت جرينتش ارتفع السعر", MONDAY)[:2] == ("الساعة 0642 بتوقيت جرينتش", "time")


def test_time_on_this_day_takes_the_day():
    sunday = pd.Timestamp("2015-08-02 23:34", tz="Asia/Riyadh")
    assert read("حتى الساعة الواحدة ظهراً من هذا اليوم الأحد 17/10/1436هـ.", sunday)[0] == (
        "الساعة الواحدة ظهراً من هذا اليوم الأحد", "time", "2015-08-02", "2015-08-02")


def test_edge_word_before_a_bare_year_and_a_year_word_before_two_years():
    assert one("أطول موجة خسائر منذ أواخر 2012.", MONDAY) == ("أواخر 2012", "year", "2012-01-01", "2012-12-31")
    assert one("خلال الربع الثاني من العام 2014 / 2015 لسجل", MONDAY) == (
        "العام 2014 / 2015", "range", "2014-01-01", "2015-12-31")


def test_day_after_an_event_is_relative_and_unresolved():
    assert one("وفي اليوم التالي توجه المتعافون الى رحلة بحرية", MONDAY) == ("اليوم التالي", "relative", "", "")
    assert read("احتفل باليوم الوطني", MONDAY) == []


def test_named_weekday_of_today_wins_over_the_article_yesterday():
    tuesday = pd.Timestamp("2015-07-21 10:38", tz="Asia/Riyadh")
    found = read("فتحت المصارف أبوابها صباح أمس الاثنين. وتدفع اليونان اليوم الإثنين 4.2 مليار يورو", tuesday)
    assert [(s, v) for s, _, v, _ in found] == [("صباح أمس الاثنين", "2015-07-20"), ("اليوم الإثنين", "2015-07-20")]


def test_narrator_aside_is_no_tense_cue_and_perfect_verbs_are_past():
    saturday = pd.Timestamp("2015-07-25 09:47", tz="Asia/Riyadh")
    assert one("يذكر أن مهرجان التسوق بدأ فعالياته خلال شهر رمضان", saturday)[2:] == ("2015-06-18", "2015-07-16")
    assert one("وأعلنت الولايات المتحدة وكوبا في 17 ديسمبر عزمهما", MONDAY)[2] == "2014-12-17"


def test_range_of_two_clock_times_is_one_row():
    assert one("مرة كل ربع ساعة بين الساعة التاسعة مساء ومنتصف الليل", MONDAY) == (
        "بين الساعة التاسعة مساء ومنتصف الليل", "range", "", "")
    assert one("تفتح من الواحدة ظهرًا حتى العاشرة مساء", MONDAY)[:2] == ("من الواحدة ظهرًا حتى العاشرة مساء", "range")


def test_year_preposition_joined_to_its_year():
    assert one("وفاة الممثل (ولد في1909).", MONDAY) == ("1909", "year", "1909-01-01", "1909-12-31")
    assert one("لأول مرة منذ1961.", MONDAY)[0] == "1961"


def test_several_units_are_vague_counts():
    assert one("عن أدنى مستوياته في عدة سنوات الذي سجله", MONDAY) == ("عدة سنوات", "duration", "", "")
    assert one("وقع الهجوم قبل بضعة أيام", MONDAY) == ("قبل بضعة أيام", "relative", "", "")
    assert read("زار المدينة عدة مرات", MONDAY) == []


def test_night_of_two_weekdays_written_with_a_slash():
    assert one("أعيدت العلاقات ليل الاحد / الاثنين", MONDAY) == ("ليل الاحد / الاثنين", "range", "2015-07-26", "2015-07-27")


def test_seasons_with_this_or_a_marker():
    assert one("من سيخصص عطلته هذا الصيف من أجل", MONDAY) == ("هذا الصيف", "relative", "2015-06-01", "2015-08-31")
    assert one("في الشتاء المقبل", MONDAY) == ("الشتاء المقبل", "relative", "2015-12-01", "2016-02-29")
    assert one("خلال الصيف الماضي", MONDAY)[2:] == ("2014-06-01", "2014-08-31")
    assert one("الصيف بعد المقبل", MONDAY)[2:] == ("2017-06-01", "2017-08-31")
    assert read("بعيدا عن هجير الصيف اللاهب", MONDAY) == []


# --- fifth round: forms of the development set's fourth round ------------------------------------

WEDNESDAY = pd.Timestamp("2015-07-22 10:00", tz="Asia/Riyadh")
FEAST_FRIDAY = pd.Timestamp("2015-07-24 15:00", tz="Asia/Riyadh")  # a week after the feast


def test_quarters_and_halves_of_a_year():
    assert one("سجل البنك زيادة في صافي ربح الربع الثاني.", WEDNESDAY) == ("الربع الثاني", "relative", "2015-04-01", "2015-06-30")
    assert read("نتائج أعمال الربع الثاني من العام اليوم", WEDNESDAY)[0] == ("الربع الثاني من العام", "relative", "2015-04-01", "2015-06-30")
    assert one("مقارنة مع الربع الأخير من العام الماضي.", WEDNESDAY) == ("الربع الأخير من العام الماضي", "relative", "2014-10-01", "2014-12-31")
    assert one("انكماشا في الربع الأول من عام 2015، مدفوعا", WEDNESDAY) == ("الربع الأول من عام 2015", "year", "2015-01-01", "2015-03-31")
    # a part not yet begun at publication is last year's, unless the clause looks ahead
    assert one("بلغت الصادرات 40 مليارا في الربع الرابع.", WEDNESDAY)[2:] == ("2014-10-01", "2014-12-31")
    assert one("خلال النصف الأول 3.2 في المائة", WEDNESDAY) == ("النصف الأول", "relative", "2015-01-01", "2015-06-30")


def test_a_fiscal_quarter_or_a_year_already_named_is_not_this_year():
    # a fiscal year the text does not bound: a relative row, unresolved (as "النصف الأول من العام المالي الماضي")
    assert read("حتى نهاية السنة المالية الماضية", WEDNESDAY) == [("نهاية السنة المالية الماضية", "relative", "", "")]
    assert read("في أفريقيا الوسطى نهاية العام نفسه.", WEDNESDAY) == []
    assert one("وشكلا ائتلافا حكوميا في مطلع العام بعد انتخابات", WEDNESDAY) == ("مطلع العام", "relative", "2015-01-01", "2015-12-31")


def test_ranges_mixing_a_month_and_a_date_or_with_a_comma():
    assert one("على أرضه وخارجها بين سبتمبر 2016 و10 اكتوبر 2017.", WEDNESDAY) == (
        "بين سبتمبر 2016 و10 اكتوبر 2017", "range", "2016-09-01", "2017-10-10")
    assert one("اليوبيل من ديسمبر (كانون الاول) 2015، إلى نوفمبر (تشرين الثاني) 2016.", WEDNESDAY) == (
        "من ديسمبر (كانون الاول) 2015، إلى نوفمبر (تشرين الثاني) 2016", "range", "2015-12-01", "2016-11-30")


def test_lists_and_ranges_of_years():
    assert one("حكم اليمن في الفترة من ١٩٧٨ وحتى ٢٠١٢ حين أطيح به", WEDNESDAY) == ("من ١٩٧٨ وحتى ٢٠١٢", "range", "1978-01-01", "2012-12-31")
    assert one("أصدرت المحكمة في 2009 و2010 مذكرات اعتقال", WEDNESDAY) == ("2009 و2010", "range", "2009-01-01", "2010-12-31")
    assert one("لانتخابات رئاسية جديدة بين نهاية 2015 ومطلع 2016.", WEDNESDAY) == (
        "بين نهاية 2015 ومطلع 2016", "range", "2015-01-01", "2016-12-31")
    assert one("مختلفة عن عامي 2008 وعام 2009»", WEDNESDAY) == ("عامي 2008 وعام 2009", "range", "2008-01-01", "2009-12-31")
    assert read("من 2000 الى 3000 شخص في 2000 منزل وفي 1950 قرية", WEDNESDAY) == []
    assert one("اندلعت في 2011 احتجاجات", WEDNESDAY)[0] == "2011"


def test_two_months_sharing_a_year_are_one_range():
    assert one("الانحراف في درجات الحرارة لأغسطس وسبتمبر 2015 سوف", WEDNESDAY) == (
        "أغسطس وسبتمبر 2015", "range", "2015-08-01", "2015-09-30")


def test_bare_years_of_parallel_events_and_champions():
    assert [r[0] for r in read("في نسختيه المقبلتين بروسيا 2018 وقطر 2022 مثلما كان", WEDNESDAY)] == ["2018", "2022"]
    assert one("وستكون إسبانيا بطلة العالم 2010 وإيطاليا", WEDNESDAY) == ("2010", "year", "2010-01-01", "2010-12-31")


def test_this_year_with_its_number_is_the_year():
    assert one("صرفت خلال هذا العام 1436هـ بتكلفة", WEDNESDAY) == ("هذا العام 1436هـ", "year", "2014-10-25", "2015-10-13")


def test_context_month_after_a_joined_preposition_but_not_a_word():
    assert one("توزع 1000 سلة غذائية برمضان للمستفيدين", FEAST_FRIDAY) == ("رمضان", "month", "2015-06-18", "2015-07-16")
    assert read("لفتح باب الترشيح", FEAST_FRIDAY) == []


def test_feast_night_and_days_and_their_value_beside_a_day():
    assert one("حتى بعد منتصف ليلة العيد، حيث", FEAST_FRIDAY) == ("منتصف ليلة العيد", "date", "", "")
    tuesday = pd.Timestamp("2015-07-21 18:00", tz="Asia/Riyadh")
    assert read("وفي اليوم الاثنين رابع أيام عيد الفطر المبارك تعرض", tuesday) == [
        ("اليوم الاثنين", "relative", "2015-07-20", "2015-07-20"),
        ("رابع أيام عيد الفطر المبارك", "date", "2015-07-20", "2015-07-20")]


def test_weekday_beside_a_hijri_date_takes_that_day():
    found = read("وبدأت يوم الجمعة الموافق 23/ 9/ 1436 هـ", WEDNESDAY)
    assert found[0] == ("يوم الجمعة", "weekday", "2015-07-10", "2015-07-10")
    # a date on another weekday does not move it
    assert read("يوم السبت الموافق 23/ 9/ 1436 هـ", WEDNESDAY)[0][2] != "2015-07-10"


def test_weekday_named_by_a_relative_day_is_that_day_unless_the_clause_looks_ahead():
    thursday = pd.Timestamp("2015-07-23 17:00", tz="Asia/Riyadh")
    found = read("باشر البرلمان صباح أمس الأربعاء مناقشات. وجرت الموافقة على القانون الذي يطرح الأربعاء خلال اجتماع", thursday)
    assert found[-1] == ("الأربعاء", "weekday", "2015-07-22", "2015-07-22")
    found = read("وصل أمس الأربعاء. وسيستقبل الوزير الأربعاء نظيره", thursday)
    assert found[-1] == ("الأربعاء", "weekday", "2015-07-29", "2015-07-29")


def test_month_naming_an_event_gives_only_its_year():
    assert one("بعد قيام ثورة يوليو عام 1952 وظل", WEDNESDAY) == ("عام 1952", "year", "1952-01-01", "1952-12-31")
    assert one("منذ ثورة كانون الثاني/يناير 2011 لكنها", WEDNESDAY) == ("2011", "year", "2011-01-01", "2011-12-31")
    assert one("في حرب أكتوبر المجيدة 1973", WEDNESDAY) == ("1973", "year", "1973-01-01", "1973-12-31")


def test_month_written_against_its_year():
    assert one("وظل في مصر حتى نوفمبر1952، وكان", WEDNESDAY) == ("نوفمبر1952", "month", "1952-11-01", "1952-11-30")


def test_seasons_of_a_year():
    assert one("منذ التحاقها بالتنظيم، صيف العام الماضي، برزت", WEDNESDAY) == ("صيف العام الماضي", "relative", "2014-06-01", "2014-08-31")
    assert one("بحلول صيف عام 2017، على", WEDNESDAY) == ("صيف عام 2017", "range", "2017-06-01", "2017-08-31")


def test_scores_ages_under_and_rhetorical_tomorrow_are_not_dates():
    monday = pd.Timestamp("2015-07-27 18:00", tz="Asia/Riyadh")
    assert read("وتغلب عليه 3 / 1 مساء الأحد في النهائي", monday) == [("مساء الأحد", "weekday", "2015-07-26", "2015-07-26")]
    assert read("غاب عن كأس العالم للشباب تحت 20 عاما في نيوزيلندا", monday) == []
    assert read("والمطلوب تنفيذه الآن وليس غدا.", monday) == []


def test_marker_governing_a_pronoun_is_no_marker():
    assert one("مقارنة مع مايو السابق عليه", WEDNESDAY)[0] == "مايو"


def test_duration_keeps_its_plural_tail_and_day_before_yesterday_with_min():
    assert one("مرتبط بعقد مع الهلال لمدة عامين مقبلين", WEDNESDAY) == ("لمدة عامين مقبلين", "duration", "", "")
    assert one("توفي الاول من امس الصحفي", WEDNESDAY) == ("الاول من امس", "relative", "2015-07-20", "2015-07-20")


def test_tense_of_a_verb_after_a_relative_pronoun_and_names_opening_with_fa():
    friday = pd.Timestamp("2015-07-31 04:00", tz="Asia/Riyadh")
    assert one("من الأراضي التي احتلوها في سبتمبر، والتحرك", friday)[2:] == ("2014-09-01", "2014-09-30")
    tuesday = pd.Timestamp("2015-07-21 02:00", tz="Asia/Riyadh")
    assert one("نقلت مصادر عن الوزير فيتالي موتكو قوله الخميس إن", tuesday)[2] == "2015-07-16"


def test_schedule_printed_a_day_after_its_day_keeps_that_day():
    tuesday = pd.Timestamp("2015-07-21 02:00", tz="Asia/Riyadh")
    assert one("ومن المقرر أن تعقد اللجنة اجتماعا في 20 يوليو في زيوريخ", tuesday)[2] == "2015-07-20"
    assert one("ومن المقرر أن تعقد اللجنة اجتماعا في 10 يوليو في زيوريخ", tuesday)[2] == "2016-07-10"


def test_dates_naming_events_without_a_year_are_no_dates():
    assert read("استعادت القوات قصر 22 مايو الرئاسي", WEDNESDAY) == []
    assert read("فإن تبعات الحادي عشر من سبتمبر كانت أخطر أزمة", WEDNESDAY) == []
    assert read("أما قوى 14 آذار فإن البيان", WEDNESDAY) == []
    # the same day and month as a day of the calendar, or with its year
    assert one("وتم شحن الأجهزة للعملاء في 14 يوليو (تموز).", WEDNESDAY)[2] == "2015-07-14"
    assert one("منذ هجمات 11 سبتمبر (أيلول) 2001 وفي", WEDNESDAY)[2] == "2001-09-11"


def test_a_date_right_after_a_place_head_is_a_name():
    assert read("يعمل في مصنع بمدينة العاشر من رمضان شرق القاهرة", WEDNESDAY) == []
    assert read("افتتح المركز الدولي للكتاب بشارع 26 يوليو، في القاهرة", WEDNESDAY) == []
    assert read("توقفت الحركة أعلى كوبري 15 مايو بسبب الزحام", WEDNESDAY) == []


def test_a_date_after_a_place_that_is_not_its_head_stays_a_day():
    assert one("وصل الوفد في مدينة جدة 15 مايو", WEDNESDAY)[:2] == ("15 مايو", "date")
    assert one("سيقام الحفل في المدينة 15 مايو", WEDNESDAY)[:2] == ("15 مايو", "date")
    assert one("وصل إلى المدينة في العاشر من رمضان", WEDNESDAY)[:2] == ("العاشر من رمضان", "date")
    assert one("افتتح شارع الملك فهد في 26 يوليو 2015", WEDNESDAY)[2] == "2015-07-26"


def test_a_decade_with_its_edge_word_after_wa_joins_the_decade_before():
    assert one("ازدهرت في الثمانينات وبداية التسعينيات الميلادية", WEDNESDAY) == (
        "الثمانينات وبداية التسعينيات الميلادية", "range", "1980-01-01", "1999-12-31")
    assert one("خلال السبعينات وأوائل الثمانينات", WEDNESDAY)[1:] == ("range", "1970-01-01", "1989-12-31")


def test_two_bare_decades_or_a_decade_before_an_earlier_one_stay_two_rows():
    assert [r[1] for r in read("في الثمانينيات والتسعينيات", WEDNESDAY)] == ["year", "year"]
    assert [r[1] for r in read("في التسعينات وبداية الثمانينات", WEDNESDAY)] == ["year", "year"]
    assert [r[1] for r in read("في عام 1985 وبداية التسعينات", WEDNESDAY)] == ["year", "year"]
    assert [r[1] for r in read("في نهاية الثمانينات ومطلع التسعينات من القرن الماضي", WEDNESDAY)] == ["year", "year"]


def test_counted_day_of_an_event_is_relative_and_unresolved():
    assert one("وشهد اليوم الأول من المهرجان انطلاقة", WEDNESDAY) == ("اليوم الأول من المهرجان", "relative", "", "")
    # a counted day of a month or of a feast is read as such
    assert one("في اليوم الأول لعيد الفطر المبارك", WEDNESDAY)[1] == "date"


def test_month_of_every_year_is_unresolved():
    assert one("تقوم خلال أيام شهر رمضان المبارك من كل عام حملة", WEDNESDAY) == ("شهر رمضان المبارك", "month", "", "")


def test_a_year_part_read_by_the_periods_rule_keeps_its_words():
    # «الأشهر الستة الأخيرة» is also a year part; the periods rule must still see its unit and count.
    found = read("وهو في أعتاب الأشهر الستة الأخيرة من عقده، التي تخول له الانضمام", WEDNESDAY)
    assert [f[:2] for f in found] == [("الأشهر الستة الأخيرة", "relative")]


FRIDAY_31 = pd.Timestamp("2015-07-31 04:26", tz="Asia/Riyadh")


def test_year_joined_by_lam_after_a_date_or_month_belongs_to_it():
    assert read("سيتوقف من يوم الجمعة الخامس عشر من شوال لعام 1436هـ وتحويل", FRIDAY_31) == [
        ("يوم الجمعة الخامس عشر من شوال لعام 1436هـ", "date", "2015-07-31", "2015-07-31")]
    assert one("يتجاوز شهر حزيران/يونيو لعام 2015 درجات", FRIDAY_31) == ("شهر حزيران/يونيو لعام 2015", "month", "2015-06-01", "2015-06-30")


def test_day_of_a_month_named_by_its_marker_alone():
    assert one("مع الهلال في 25 الجاري بالرياض", FRIDAY_31) == ("25 الجاري", "date", "2015-07-25", "2015-07-25")
    assert one("وقع يوم 3 الماضي", FRIDAY_31) == ("يوم 3 الماضي", "date", "2015-06-03", "2015-06-03")
    assert read("خلال الـ24 الماضية", FRIDAY_31) == []  # hours, not a day


def test_range_opening_with_an_ordinal_day():
    assert one("ستقام خلال الفترة من الرابع إلى 15 أغسطس المقبل في المغرب", FRIDAY_31) == (
        "من الرابع إلى 15 أغسطس المقبل", "range", "2015-08-04", "2015-08-15")
    assert one("في السادس والعشرين من شهر يونيو 2015م", FRIDAY_31)[1] == "date"  # a compound ordinal is one day


def test_vague_plural_count_keeps_its_adjective():
    assert one("بعد زيارة الجبير منذ أسابيع قليلة جدا", FRIDAY_31) == ("منذ أسابيع قليلة", "relative", "", "")
    assert one("التي تنظمها الأمانة منذ سنوات طويلة، وقد", FRIDAY_31) == ("منذ سنوات طويلة", "relative", "", "")


def test_newspaper_name_in_quotes_is_no_day():
    assert read("وأوضح الشبكشي لـ”عين اليوم” أن التصريحات", FRIDAY_31) == []


def test_today_before_a_plural_or_feminine_object_is_the_day():
    assert one("أنه سوف ترسل اليوم الحوالات البنكية", FRIDAY_31) == ("اليوم", "relative", "2015-07-31", "2015-07-31")
    assert read("احتفلت بلاده باليوم الوطني", FRIDAY_31) == []


def test_part_of_a_bare_year():
    assert one("الإيرادات في النصف الأول من 2015 ارتفعت", FRIDAY_31) == ("النصف الأول من 2015", "year", "2015-01-01", "2015-06-30")


def test_counted_day_of_a_numbered_stage_keeps_the_number():
    assert one("سينضم للفريق في اليوم الأول من المرحلة الثانية من البرنامج", FRIDAY_31) == (
        "اليوم الأول من المرحلة الثانية", "relative", "", "")


def test_hour_in_words_on_a_relative_day_and_around_midnight():
    assert one("يلتقي في الثامنة من مساء اليوم قطبا الكرة", FRIDAY_31) == ("الثامنة من مساء اليوم", "time", "2015-07-31", "2015-07-31")
    assert read("سيتوقف عند تمام الواحدة بعد منتصف الليل من", FRIDAY_31) == [("الواحدة بعد منتصف الليل", "time", "", "")]


def test_counts_of_contracts_are_no_decades():
    assert read("الوحدة توقع 3 عقود وتصفي الديون", FRIDAY_31) == []
    assert read("أبرمت الإدارة ثلاثة عقود احتراف مع لاعبين", FRIDAY_31) == []
    assert one("تمردا ضد الدولة لثلاثة عقود حزب", FRIDAY_31)[:2] == ("ثلاثة عقود", "duration")
    assert one("حكم البلاد ثلاثة عقود.", FRIDAY_31)[:2] == ("ثلاثة عقود", "duration")
    assert one("امتدت عقودا في مجال التأليف", FRIDAY_31)[:2] == ("عقودا", "duration")


def test_fractions_of_a_unit_and_centuries():
    assert one("شارك لمدة ربع ساعة ولم", FRIDAY_31) == ("لمدة ربع ساعة", "duration", "", "")
    assert one("تحتاج إلى نصف قرن حتى", FRIDAY_31) == ("نصف قرن", "duration", "", "")
    assert one("تم بناؤه قبل قرن من الآن", FRIDAY_31) == ("قبل قرن من الآن", "relative", "1915-01-01", "1915-12-31")
    assert read("بلغ نصف مليون", FRIDAY_31) == read("مرة كل ربع ساعة", FRIDAY_31) == []


def test_part_of_the_day_before_a_date_without_yawm():
    friday = pd.Timestamp("2015-07-24 06:35", tz="Asia/Riyadh")
    assert one("يلعب أمام نجران مساء الأول من شهر أغسطس المقبل، قبل", friday) == (
        "مساء الأول من شهر أغسطس المقبل", "date", "2015-08-01", "2015-08-01")
    assert one("وصلوا فجر 14 يوليو إلى", friday) == ("فجر 14 يوليو", "date", "2015-07-14", "2015-07-14")


def test_this_day_is_the_publication_day():
    assert one("عن حالة الطقس لهذا اليوم ـ بمشيئة الله", FRIDAY_31) == ("هذا اليوم", "relative", "2015-07-31", "2015-07-31")


def test_today_before_a_preposition_or_relative_pronoun_is_the_publication_day():
    assert one("ثم رفع الزمالك الفارق اليوم إلى ثماني نقاط", FRIDAY_31) == ("اليوم", "relative", "2015-07-31", "2015-07-31")
    assert read("احتفلت بلاده باليوم الوطني", FRIDAY_31) == []


def test_a_list_of_months_is_one_range():
    assert one("مثل رضايان ثلاث مرات في ايار/مايو ويونيو ويوليو امام المحكمة", FRIDAY_31) == (
        "ايار/مايو ويونيو ويوليو", "range", "2015-05-01", "2015-07-31")
    assert one("مساهمات المملكة لأشهر إبريل ومايو ويونيو 2015م بواقع", FRIDAY_31) == (
        "أشهر إبريل ومايو ويونيو 2015م", "range", "2015-04-01", "2015-06-30")
    assert one("في أغسطس وسبتمبر 2015 ", FRIDAY_31) == ("أغسطس وسبتمبر 2015", "range", "2015-08-01", "2015-09-30")


def test_the_same_day_or_month_refers_to_the_last_date():
    found = read("اعتقل في 22 يوليو 2014 في طهران منذ عامين، واعتقلت في اليوم نفسه مصورة", FRIDAY_31)
    assert found[-1] == ("اليوم نفسه", "relative", "2014-07-22", "2014-07-22")
    found = read("يلعب مساء الأول من شهر أغسطس المقبل، ثم يختتم في الخامس من الشهر ذاته.", FRIDAY_31)
    assert found[-1] == ("الخامس من الشهر ذاته", "date", "2015-08-05", "2015-08-05")
    assert one("واعتقلت في اليوم نفسه مصورة", FRIDAY_31) == ("اليوم نفسه", "relative", "", "")


def test_an_introducer_before_a_vague_plural_count_is_a_duration():
    assert one("ومليون برميل يوميا في غضون أشهر.", FRIDAY_31) == ("في غضون أشهر", "duration", "", "")
    assert one("بمليون برميل في غضون 12 شهرا من رفع العقوبات", FRIDAY_31) == ("في غضون 12 شهرا", "duration", "", "")
    assert one("تغريدة خلال ساعات قليلة.", FRIDAY_31) == ("خلال ساعات قليلة", "duration", "", "")
    assert one("سيعود خلال أيام إلى عدن", FRIDAY_31) == ("خلال أيام", "duration", "", "")
    # a plural in construct with the noun after it names no count: the period it belongs to is read instead
    assert read("هوت خلال أيام التداول الثلاثة", FRIDAY_31) == []
    assert one("سافر خلال أيام إجازة عيد الفطر المبارك", FRIDAY_31)[:2] == ("أيام إجازة عيد الفطر المبارك", "range")


def test_the_night_before_an_undated_event_is_unresolved():
    assert one("لإيداع غلته من التسول من الليلة السابقة وعند", FRIDAY_31) == ("الليلة السابقة", "relative", "", "")


def test_a_range_of_weekdays_keeps_its_range_words():
    assert one("وتستمر الدورة من الأحد الى الخميس المقبلين في", FRIDAY_31) == (
        "من الأحد الى الخميس المقبلين", "range", "2015-08-02", "2015-08-06")
    assert one("بين يوم السبت والاثنين المقبلين", FRIDAY_31) == ("بين يوم السبت والاثنين المقبلين", "range", "2015-08-01", "2015-08-03")
    # a past range lies wholly before publication, though its first day fell one day earlier
    assert one("من الخميس إلى الأحد الماضيين", FRIDAY_31) == ("من الخميس إلى الأحد الماضيين", "range", "2015-07-23", "2015-07-26")
    assert read("الفرق بين الاثنين والآخر", FRIDAY_31) == []


def test_the_age_at_death_is_no_duration():
    assert read("وتوفي عرفات في 11 تشرين الثاني/ نوفمبر 2004 عن 75 عاما في مستشفى", FRIDAY_31) == [
        ("11 تشرين الثاني/ نوفمبر 2004", "date", "2004-11-11", "2004-11-11")]
    assert one("وبقي في السجن 5 سنوات", FRIDAY_31) == ("5 سنوات", "duration", "", "")


def test_the_feast_after_a_time_preposition_is_an_unresolved_range():
    assert one("هجر يتدرب بعد العيد ويغادر", FRIDAY_31) == ("العيد", "range", "", "")
    assert read("أدى صلاة العيد في الجامع", FRIDAY_31) == []


@pytest.mark.parametrize("text, surface", [
    ("معسكر تحضيري مدته أسبوعان، دون لاعبه", "أسبوعان"),
    ("عاد إلى التدريبات بعد غيابه يوم واحد.", "يوم واحد"),
    ("بزيارة تستغرق يوما واحدا تجري خلالها محادثات", "يوما واحدا"),
    ("قضت المحكمة بالسجن عامين ونصف العام على شاب", "عامين ونصف العام"),
    ("وبمدة زمنية تقدر بعامين, فيما", "عامين"),
    ("استمرت المعارك يومين متتاليين في المدينة", "يومين متتاليين"),
    ("بلغ أدنى مستوياته في ست سنوات ونصف السنة", "ست سنوات ونصف السنة"),
    ("اجتمعوا ساعتين في القصر", "ساعتين"),
])
def test_a_dual_or_a_unit_with_one_is_a_duration_without_an_introducer(text, surface):
    assert one(text, FRIDAY_31) == (surface, "duration", "", "")


def test_a_bare_dual_keeps_its_other_readings():
    assert one("منذ عامين", FRIDAY_31)[:2] == ("منذ عامين", "relative")
    assert one("خلال الشهرين الماضيين", FRIDAY_31) == ("الشهرين الماضيين", "relative", "2015-05-01", "2015-06-30")
    assert read("طفل عمره عامين", FRIDAY_31) == []
    assert read("وقع النادي عقدين مع اللاعب", FRIDAY_31) == []  # contracts, not decades
    assert read("قصفت الطائرات مقرين عامين ونقطة تموين", FRIDAY_31) == []  # two general headquarters


@pytest.mark.parametrize("text, expected", [
    ("منذ 11 أيلول - سبتمبر 2001 وفي", ("11 أيلول - سبتمبر 2001", "date", "2001-09-11", "2001-09-11")),
    ("في 5 حزيران – يونيو الماضي", ("5 حزيران – يونيو الماضي", "date", "2015-06-05", "2015-06-05")),
    ("في شهر آب - أغسطس 2014", ("شهر آب - أغسطس 2014", "month", "2014-08-01", "2014-08-31")),
    ("من كانون الأول - ديسمبر 2015 إلى تشرين الثاني - نوفمبر 2016.",
     ("من كانون الأول - ديسمبر 2015 إلى تشرين الثاني - نوفمبر 2016", "range", "2015-12-01", "2016-11-30")),
    # two different months joined by a dash stay a range
    ("من يناير - مارس 2015", ("من يناير - مارس 2015", "range", "2015-01-01", "2015-03-31")),
])
def test_one_month_in_two_calendars_joined_by_a_dash_is_one_month(text, expected):
    assert one(text, FRIDAY_31) == expected


@pytest.mark.parametrize("text, expected", [
    ("في نهاية الربع الثاني من العام.", ("نهاية الربع الثاني من العام", "relative", "2015-04-01", "2015-06-30")),
    ("منذ بداية الربع الثالث مما", ("بداية الربع الثالث", "relative", "2015-07-01", "2015-09-30")),
    ("في مطلع النصف الثاني من العام الحالي", ("مطلع النصف الثاني من العام الحالي", "relative", "2015-07-01", "2015-12-31")),
    ("في أواخر الربع الأول من العام الماضي", ("أواخر الربع الأول من العام الماضي", "relative", "2014-01-01", "2014-03-31")),
])
def test_an_edge_word_before_a_part_of_a_year_is_in_the_span(text, expected):
    assert one(text, FRIDAY_31) == expected


def test_the_other_two_are_no_monday():
    assert read("وأضاف أن الاثنين الآخرين رفضا النقل", FRIDAY_31) == []
    assert one("اجتمعوا يوم الاثنين الماضي", FRIDAY_31)[:2] == ("يوم الاثنين الماضي", "weekday")


# --- ninth round ----------------------------------------------------------------------------------

SUNDAY_2_AUG = pd.Timestamp("2015-08-02 10:00", tz="Asia/Riyadh")


@pytest.mark.parametrize("text, expected", [
    ("في رجب من العام بعد القادم 1438هـ.", ("رجب من العام بعد القادم 1438هـ", "month", "2017-03-29", "2017-04-26")),
    # a zero-width joiner between the letter and its tatweel folds away but stays in the span
    ("في رجب من العام بعد القادم 1438ه\u200dـ.", ("رجب من العام بعد القادم 1438ه\u200dـ", "month", "2017-03-29", "2017-04-26")),
    ("يصادف 5 رجب 1438ه\u200dـ", ("5 رجب 1438ه\u200dـ", "date", "2017-04-02", "2017-04-02")),
    ("في محرم من العام المقبل 1437هـ", ("محرم من العام المقبل 1437هـ", "month", "2015-10-14", "2015-11-12")),
])
def test_a_month_of_a_marked_year_takes_the_year_number_after_it(text, expected):
    assert one(text, FRIDAY_31) == expected


@pytest.mark.parametrize("text, expected", [
    ("شهادة الملك قبل حوالي الشهرين حين قال", ("قبل حوالي الشهرين", "relative", "2015-05-01", "2015-05-31")),
    ("وصل منذ نحو العامين إلى", ("منذ نحو العامين", "relative", "2013-01-01", "2013-12-31")),
    ("يعود بعد قرابة الأسبوعين من", ("بعد قرابة الأسبوعين", "relative", "2015-08-10", "2015-08-16")),
])
def test_an_approximate_count_back_or_ahead_may_be_a_definite_dual(text, expected):
    assert one(text, FRIDAY_31) == expected


def test_a_count_of_decades_opening_a_clause_is_a_duration():
    assert one("من بلادي، أربعة عقود وسعود الفيصل عن جبهتها", FRIDAY_31)[:2] == ("أربعة عقود", "duration")
    assert one("ثلاثة عقود قضاها في المنفى", FRIDAY_31)[:2] == ("ثلاثة عقود", "duration")
    assert read("وقعت الشركة 3 عقود احتراف مع اللاعبين", FRIDAY_31) == []


@pytest.mark.parametrize("text, expected", [
    ("ستعلن نتائج الأشهر الثلاثة من يوليو إلى سبتمبر", ("من يوليو إلى سبتمبر", "range", "2015-07-01", "2015-09-30")),
    ("ستقام من يونيو الى سبتمبر المقبل", ("من يونيو الى سبتمبر المقبل", "range", "2015-06-01", "2015-09-30")),
    ("سيقام من ديسمبر إلى فبراير", ("من ديسمبر إلى فبراير", "range", "2015-12-01", "2016-02-29")),
    ("ستقام من 20 يوليو إلى 5 سبتمبر", ("من 20 يوليو إلى 5 سبتمبر", "range", "2015-07-20", "2015-09-05")),
])
def test_a_coming_range_that_has_begun_is_this_years(text, expected):
    assert one(text, SUNDAY_2_AUG) == expected


@pytest.mark.parametrize("text, expected", [
    ("في نهاية الربع الأول من عام 2016.", ("نهاية الربع الأول من عام 2016", "year", "2016-01-01", "2016-03-31")),
    ("مطلع النصف الثاني من 2014 شهد", ("مطلع النصف الثاني من 2014", "year", "2014-07-01", "2014-12-31")),
    ("بداية الربع الثالث 2015 شهد", ("بداية الربع الثالث 2015", "year", "2015-07-01", "2015-09-30")),
])
def test_an_edge_word_before_a_part_of_a_numbered_year_is_in_the_span(text, expected):
    assert one(text, FRIDAY_31) == expected


TUESDAY_4_AUG = pd.Timestamp("2015-08-04 18:00", tz="Asia/Riyadh")


@pytest.mark.parametrize("text, expected", [
    ("وفي وقت سابق من الشهر قضت محكمة", ("الشهر", "relative", "2015-08-01", "2015-08-31")),
    ("تراجعت الأسعار خلال الأسبوع، إلى 1230 دولارا", ("الأسبوع", "relative", "2015-08-03", "2015-08-09")),
    ("لينهي الأسبوع عند مستوى 218 نقطة", ("الأسبوع", "relative", "2015-08-03", "2015-08-09")),
    ("خلال الأسبوع الماضي، ارتفع", ("الأسبوع الماضي", "relative", "2015-07-27", "2015-08-02")),
])
def test_a_bare_period_after_a_cue_of_now_is_the_current_one(text, expected):
    assert one(text, TUESDAY_4_AUG) == expected


def test_a_bare_period_without_such_a_cue_is_no_date():
    # الشهر الكريم is Ramadan by its epithet (a month row), never the current month
    assert [row[:2] for row in read("خلال الشهر الكريم تكثر الزيارات", TUESDAY_4_AUG)] == [("الشهر الكريم", "month")]
    assert read("خلال الشهر تكثر الزيارات", TUESDAY_4_AUG) == []
    assert read("يتقاضى 100 ريال في الأسبوع الواحد", TUESDAY_4_AUG) == []


@pytest.mark.parametrize("text, surface", [
    ("هاجمت سيارة خلال الليل وقتلت أربعة", "الليل"),
    ("امتد النشاط الى فترة المساء وشمل", "فترة المساء"),
])
def test_a_part_of_the_day_alone_after_a_cue_is_an_unresolved_time(text, surface):
    assert one(text, TUESDAY_4_AUG) == (surface, "time", "", "")


def test_a_night_without_such_a_cue_is_no_time():
    assert read("قال إن الليل طويل في الشتاء", TUESDAY_4_AUG) == []


def test_a_name_ending_in_a_cue_gives_no_period():
    assert read("زار المصاب بمستشفى الطوال العام، والخدمات", TUESDAY_4_AUG) == []
    assert one("سهر المتطوعون طوال العام،", TUESDAY_4_AUG)[:2] == ("العام", "relative")


# --- the ninth development round ------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("في الفترة بين الخامس عشر وحتى السابع عشر من نوفمبر 2015م في مركز",
     ("بين الخامس عشر وحتى السابع عشر من نوفمبر 2015م", "range", "2015-11-15", "2015-11-17")),
    ("يقام من العاشر إلى الثاني عشر من أكتوبر المقبل.", ("من العاشر إلى الثاني عشر من أكتوبر المقبل", "range", "2015-10-10", "2015-10-12")),
    ("في الأول والثاني من أغسطس 2015", ("الأول والثاني من أغسطس 2015", "range", "2015-08-01", "2015-08-02")),
])
def test_a_range_of_two_ordinal_days_is_one_row(text, expected):
    assert one(text, SUNDAY_2_AUG) == expected


def test_an_ordinal_ending_in_tens_stays_one_day():
    assert one("في الحادي والثلاثين من يوليو 2015", SUNDAY_2_AUG) == ("الحادي والثلاثين من يوليو 2015", "date", "2015-07-31", "2015-07-31")


@pytest.mark.parametrize("text, expected", [
    ("منذ هجومه في حزيران (يونيو) العام الماضي.", ("حزيران (يونيو) العام الماضي", "month", "2014-06-01", "2014-06-30")),
    ("زار الرياض في 12 مارس العام الماضي ثم", ("12 مارس العام الماضي", "date", "2014-03-12", "2014-03-12")),
    ("سيعقد في أكتوبر هذا العام وفق الخطة", ("أكتوبر هذا العام", "month", "2015-10-01", "2015-10-31")),
])
def test_a_year_marker_right_after_a_month_is_in_its_span(text, expected):
    assert one(text, SUNDAY_2_AUG) == expected


@pytest.mark.parametrize("text", [
    "بمناسبة الذكرى الثالثة والستين لثورة 23 يوليو المجيدة",
    "أقام معسكره بمدينة 6 أكتوبر، والذي سيستمر",
    "تحدث عن تبعات هجمات 11 سبتمبر وآثارها",
])
def test_a_date_naming_a_place_or_event_after_a_joined_preposition_is_no_date(text):
    assert read(text, SUNDAY_2_AUG) == []


@pytest.mark.parametrize("text, surface", [
    ("جاءت هزيمة 1967 ومعها", "1967"),
    ("تغيرت البلاد منذ غزو 2003 وحتى اليوم", "2003"),
    ("شارك في انقلاب 1969 على الملك", "1969"),
])
def test_a_bare_year_after_a_war_or_upheaval_is_a_year(text, surface):
    assert (surface, "year") in {(r[0], r[1]) for r in read(text, SUNDAY_2_AUG)}


@pytest.mark.parametrize("text, expected", [
    ("في الثاني من شهر ذي القعدة المقبل، على ان يفتتح مبارياته في السادس من الشهر ذاته.",
     ("السادس من الشهر ذاته", "date", "2015-08-21", "2015-08-21")),
    ("وصل في 5 يوليو وغادر في الثلاثين من الشهر نفسه.", ("الثلاثين من الشهر نفسه", "date", "2015-07-30", "2015-07-30")),
])
def test_a_day_of_the_same_month_takes_the_calendar_of_the_month_named_before(text, expected):
    assert read(text, WEDNESDAY)[-1] == expected
    calendar = "hijri" if "القعدة" in text else "gregorian"
    assert dates_for(Document("t", text, WEDNESDAY))[-1]["calendar"] == calendar


@pytest.mark.parametrize("text, expected", [
    ("وهبط خام برنت لتسليم أغسطس آب 71 سنتا", ("أغسطس آب", "month", "2015-08-01", "2015-08-31")),
    ("وفي غضون ذلك، يصل إلى الخرطوم الأحد وفد من الوزارة", ("الأحد", "weekday", "2015-07-26", "2015-07-26")),
    ("تصل البعثة السبت إلى جدة", ("السبت", "weekday", "2015-07-25", "2015-07-25")),
])
def test_a_delivery_month_and_a_short_verb_of_arrival_look_ahead(text, expected):
    assert one(text, WEDNESDAY) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a wire story of last Wednesday printed on Tuesday after midnight: six days back
        ("وقال الوزير اليوم الاربعاء إن المحادثات انتهت", "2015-07-21 02:22", "2015-07-15"),
        # the same words put online on Tuesday evening: the next morning's paper
        ("وقال الوزير اليوم الاربعاء إن المحادثات انتهت", "2015-07-21 20:30", "2015-07-22"),
        # four days back, but a future clause looks ahead to the coming Saturday
        ("سيعقد المجلس اجتماعه اليوم السبت", "2015-07-22 10:00", "2015-07-25"),
        ("عقد المجلس اجتماعه اليوم السبت", "2015-07-22 10:00", "2015-07-18"),
        ("غدا الخميس يبدأ المهرجان", "2015-07-21 21:00", "2015-07-23"),
    ],
)
def test_named_weekday_of_a_relative_day_is_the_nearest_one_the_tense_and_hour_allow(text, published, expected):
    rows = [r for r in read(text, pd.Timestamp(published, tz="Asia/Riyadh")) if r[1] == "relative"]
    assert rows and rows[0][2:] == (expected, expected), rows


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # printed on Saturday after midnight: the Friday named is a day ago, so the story's today is Sunday
        ("وسقطت القذائف صباح أول من أمس الجمعة وأصيب مواطن أمس", "2015-07-25 01:35",
         [("صباح أول من أمس الجمعة", "2015-07-24"), ("أمس", "2015-07-25")]),
        ("وكان الاجتماع قد عقد أول من أمس الاثنين", "2015-07-21 08:00", [("أول من أمس الاثنين", "2015-07-20")]),
    ],
)
def test_the_day_before_yesterday_naming_yesterday_s_weekday_is_that_weekday(text, published, expected):
    """"أول من أمس الجمعة" printed on Saturday names the Friday a day ago (the story written a day later), not
    the Friday eight days ago."""
    found = read(text, pd.Timestamp(published, tz="Asia/Riyadh"))
    assert [(s, v) for s, _, v, _ in found] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("وكان الاجتماع قد عقد أول من أمس الخميس", "2015-07-25 10:00", "2015-07-23"),
        ("وقال الوزير أمس الجمعة إن المحادثات انتهت", "2015-07-24 09:00", "2015-07-17"),
        ("وكان الاجتماع قد عقد أول من أمس الأحد", "2015-07-25 10:00", "2015-07-19"),
    ],
)
def test_a_named_yesterday_on_or_after_the_publication_day_keeps_its_reading(text, published, expected):
    """Only a weekday named before the publication day moves forward: "أمس الجمعة" printed on Friday morning
    and "أول من أمس الأحد" printed on Saturday stay the last such day (a stale story)."""
    rows = [r for r in read(text, pd.Timestamp(published, tz="Asia/Riyadh")) if r[1] == "relative"]
    assert rows and rows[0][2:] == (expected, expected), rows


def test_evening_edition_moves_every_relative_day_with_its_named_today():
    found = read("افتتح الرئيس اليوم الاربعاء المعرض الذي زاره امس", pd.Timestamp("2015-07-21 21:00", tz="Asia/Riyadh"))
    assert [(s, v) for s, _, v, _ in found] == [("اليوم الاربعاء", "2015-07-22"), ("امس", "2015-07-21")]


@pytest.mark.parametrize(
    ("text", "surface", "calendar"),
    [("افتتاح القناة في نوفمبر 1869 ميلادي لتكون", "نوفمبر 1869 ميلادي", "gregorian"),
     ("ولد عام 1380 هجرية في مكة", "عام 1380 هجرية", "hijri")],
)
def test_the_calendar_written_out_after_a_year_is_in_the_span(text, surface, calendar):
    record = dates_for(Document("t", text, TUESDAY))[0]
    assert (record["surface"], record["calendar"]) == (surface, calendar)


@pytest.mark.parametrize(
    "text",
    ["وفي ذلك اليوم الثلاثاء 20 جمادى الأولى 875هـ دخل السلطان المدينة. ونحن نقف اليوم أمام التاريخ",
     "وفي تلك الليلة الثلاثاء غادر الجيش المدينة، ونحن نقف اليوم أمام التاريخ",
     "أعلنت الوزارة اليوم الثلاثاء 14 يوليو 2015 نتائجها، ونحن نقف اليوم أمام التاريخ"],
)
def test_a_past_day_or_a_dated_weekday_does_not_move_the_publication_day(text):
    monday_evening = pd.Timestamp("2015-08-03 18:35", tz="Asia/Riyadh")
    last = read(text, monday_evening)[-1]
    assert (last[0], last[2]) == ("اليوم", "2015-08-03")


def test_a_weekday_dated_in_the_publication_week_still_moves_it():
    found = read("نفذ الحكم اليوم الخميس 14 / 10 / 1436هـ وكان قد صدر امس", pd.Timestamp("2015-07-31 03:50", tz="Asia/Riyadh"))
    assert [(s, v) for s, _, v, _ in found] == [("اليوم الخميس", "2015-07-30"), ("14 / 10 / 1436هـ", "2015-07-30"), ("امس", "2015-07-29")]


@pytest.mark.parametrize("text", ["وفي ذلك اليوم دخل السلطان المدينة", "ستغلق المطارات بتوقيت بكين ذلك اليوم. وقالت الإدارة"])
def test_that_day_after_a_preposition_or_ending_its_clause_is_not_the_publication_day(text):
    assert [s for s, *_ in read(text, TUESDAY) if "اليوم" in s] == []


def test_a_demonstrative_object_before_today_leaves_today():
    assert read("أوضح ذلك اليوم مدير عام فرع الوزارة", TUESDAY_4_AUG) == [("اليوم", "relative", "2015-08-04", "2015-08-04")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [("وصل الوفد امس الاثنين ثم غادر عصر ذات اليوم إلى جدة", "عصر ذات اليوم"),
     ("وصل الوفد امس الاثنين وعاد في نفس اليوم إلى جدة", "نفس اليوم")],
)
def test_the_same_day_written_before_its_noun_refers_back(text, surface):
    found = read(text, TUESDAY_4_AUG)
    assert [(s, v) for s, _, v, _ in found] == [("امس الاثنين", "2015-08-03"), (surface, "2015-08-03")]


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [("ارتفعت الأرباح في الشهور الستة الأولى من عام 2015", "الشهور الستة الأولى من عام 2015", "2015-01-01", "2015-06-30"),
     ("تراجعت المبيعات خلال الأشهر التسعة الأولى من العام الماضي", "الأشهر التسعة الأولى من العام الماضي", "2014-01-01", "2014-09-30")],
)
def test_the_first_months_of_a_year_are_that_part_of_it(text, surface, start, end):
    assert read(text, TUESDAY_4_AUG) == [(surface, "year" if "2015" in surface else "relative", start, end)]


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [("بلغت الصادرات في أبريل 5 مليارات مقارنة بالشهر ذاته من عام 2014", "الشهر ذاته من عام 2014", "2014-04-01"),
     ("ارتفعت المبيعات في 5 مايو مقارنة مع الشهر نفسه من العام الماضي", "الشهر نفسه من العام الماضي", "2014-05-01")],
)
def test_the_same_month_of_another_year_is_one_month_row(text, surface, value):
    last = read(text, TUESDAY_4_AUG)[-1]
    assert (last[0], last[1], last[2]) == (surface, "month", value)


def test_a_vague_count_after_a_joined_preposition_is_a_duration():
    found = read("استجوب لعدة ساعات وسافر لبضعة أسابيع", TUESDAY_4_AUG)
    assert [(s, k) for s, k, *_ in found] == [("عدة ساعات", "duration"), ("بضعة أسابيع", "duration")]


@pytest.mark.parametrize(
    "text",
    ["طفل عمره 18 شهرا", "ولدت الدجاجة -وعمرها الآن ثلاثة أشهر- بعيب خلقي", "رضيع يبلغ أسبوعين",
     "شارك أكثر من 30 دقيقة لعب", "لعب 90 دقيقة كاملة في المباراة"],
)
def test_ages_of_a_child_or_an_animal_and_playing_time_are_no_dates(text):
    assert read(text, TUESDAY_4_AUG) == []


def test_a_count_of_months_outside_an_age_stays_a_duration():
    assert read("توفي الطفل بعد معاناة استمرت 3 أشهر وانتظر ذووه 30 دقيقة", TUESDAY_4_AUG) == [
        ("3 أشهر", "duration", "", ""), ("30 دقيقة", "duration", "", "")]


def test_a_weekday_in_a_clause_about_last_week_is_that_week():
    friday = pd.Timestamp("2015-07-31 10:00", tz="Asia/Riyadh")
    found = read("وقال في الاسبوع الماضي إن الأسهم تراجعت يوم الخميس. وأكد محاميه الخميس أن", friday)
    assert [(s, v) for s, _, v, _ in found] == [("الاسبوع الماضي", "2015-07-20"), ("يوم الخميس", "2015-07-23"), ("الخميس", "2015-07-30")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [("حلم أوبرا عايدة يتحقق بعد قرن ونصف", "بعد قرن ونصف"),
     ("عرضت الأوبرا بعد قرن من الزمان", "بعد قرن من الزمان")],
)
def test_centuries_counted_ahead_are_relative_and_unresolved(text, surface):
    assert read(text, TUESDAY_4_AUG) == [(surface, "relative", "", "")]


def test_a_count_of_centuries_with_a_half_is_found_whole_and_left_unresolved():
    assert read("عرضت الأوبرا قبل ما يقرب من قرن ونصف من الزمان، ولكن", TUESDAY_4_AUG) == [
        ("قبل ما يقرب من قرن ونصف من الزمان", "relative", "", "")]


@pytest.mark.parametrize(
    ("text", "surface"),
    [("لا يمكث في التحقيق سوى ساعات، ثم يخرج", "ساعات"), ("بمناسبة مرور عام على احتلال المدينة", "عام"),
     ("لم يبق سوى أيام. وقال", "أيام")],
)
def test_a_bare_unit_after_a_word_that_takes_a_span_is_a_duration(text, surface):
    assert read(text, TUESDAY_4_AUG) == [(surface, "duration", "", "")]


def test_a_bare_unit_after_such_a_word_needs_the_span_to_end_there():
    assert read("بعد مرور عام دراسي كامل", TUESDAY_4_AUG) == []


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [("توعد الزعيم مطلع الأسبوع بتحدي السياسات", "مطلع الأسبوع", "2015-08-03"),
     ("ارتفع الدولار منذ بداية الشهر، وقال", "بداية الشهر", "2015-08-01")],
)
def test_the_edge_of_a_bare_week_or_month_is_the_current_one(text, surface, start):
    assert [(s, v) for s, _, v, _ in read(text, TUESDAY_4_AUG)] == [(surface, start)]


def test_the_weekend_is_no_date():
    assert read("قضى عطلة نهاية الأسبوع في جدة", TUESDAY_4_AUG) == []


def test_a_definite_written_count_before_its_unit_counts_periods_back():
    assert read("تراجع برنت في الاثني عشر شهرا السابقة", TUESDAY_4_AUG) == [
        ("الاثني عشر شهرا السابقة", "relative", "2014-08-01", "2015-07-31")]


def test_a_count_in_a_clause_about_age_groups_is_an_age():
    assert read("من الفئات العمرية المختلفة ما بين 15 و60 عامًا يشاركون", TUESDAY_4_AUG) == []


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [("انضم المسلحون في مطلع العام إلى التنظيم", "مطلع العام", "2015-01-01"),
     ("زادت أرباح الربع الثاني من العام إلى مليار درهم", "الربع الثاني من العام", "2015-04-01")],
)
def test_a_period_of_this_year_may_stand_before_the_preposition_ila(text, surface, start):
    assert [(s, v) for s, _, v, _ in read(text, TUESDAY_4_AUG)] == [(surface, start)]


def test_an_adjective_after_the_year_still_names_another_year():
    assert read("في مطلع العام الدراسي", TUESDAY_4_AUG) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [("سيستغرق التعافي مدة ثمانية أسابيع تقريبا", "مدة ثمانية أسابيع"), ("تغسل بعد تشغيل مدة 24 ساعة", "مدة 24 ساعة"),
     ("تكفي لمدة شهرين", "لمدة شهرين"), ("إضراب مدته 24 ساعة", "24 ساعة")],
)
def test_mudda_and_limudda_are_inside_a_duration_as_the_gold_rules_write_it(text, surface):
    """The gold rules keep مدة in the span (مدة شهر كامل, like لمدة يومين); مدته with its pronoun is a noun, outside."""
    assert [(s, k) for s, k, _, _ in read(text, TUESDAY_4_AUG)] == [(surface, "duration")]


@pytest.mark.parametrize(
    ("text", "surface", "start"),
    [("وهبط الخام في عقود سبتمبر أيلول عند التسوية", "سبتمبر أيلول", "2015-09-01"),
     ("وزادت العقود الآجلة لشهر أكتوبر تشرين الأول", "شهر أكتوبر تشرين الأول", "2015-10-01"),
     ("وقعت الشركة عقود بناء في مارس", "مارس", "2015-03-01")],
)
def test_a_futures_contracts_month_is_the_coming_one_and_other_contracts_keep_the_verb(text, surface, start):
    assert [(s, v) for s, _, v, _ in read(text, TUESDAY_4_AUG)] == [(surface, start)]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [("تراجعت المبيعات خلال الأشهر الستة الأخيرة", "2015-02-01", "2015-07-31"),
     ("تراجعت المبيعات في الأشهر الستة الأخيرة من العام الماضي", "2014-07-01", "2014-12-31")],
)
def test_the_last_six_months_count_back_unless_a_year_follows(text, start, end):
    assert [(v, e) for _, _, v, e in read(text, TUESDAY_4_AUG)] == [(start, end)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("وسجل الين أكبر مكسب له في شهر.", ["شهر"]),
     ("هبطت الأسهم إلى أدنى مستوياتها في أسبوع ونصف الأسبوع متأثرة بالمسح", ["أسبوع ونصف الأسبوع"]),
     ("أنجز العمل في أسبوع واحد", ["أسبوع واحد"]),
     ("رحل الشاعر في شهر كريم", [])],
)
def test_a_bare_week_or_month_after_fi_is_a_duration_only_when_ranked(text, expected):
    assert [s for s, k, _, _ in read(text) if k == "duration"] == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [("حكمت المحكمة عليه بالحبس شهرا", "شهرا"),
     ("وقضت بسجن المتهم الثاني، عاما مع وقف التنفيذ", "عاما"),
     ("قضت المحكمة بالسجن سنة على المتهم", "سنة")],
)
def test_a_prison_term_without_a_count_is_a_duration(text, surface):
    assert read(text) == [(surface, "duration", "", "")]


def test_a_future_cue_does_not_reach_past_a_relative_day_naming_its_weekday():
    text = "ومن المقرر أن تحسم اللجنة اليوم الثلاثاء ما بحثته يوم الاثنين"
    assert read(text)[-1] == ("يوم الاثنين", "weekday", "2017-06-19", "2017-06-19")
    assert read("وسيصوت المجلس يوم الاثنين")[-1][2] == "2017-06-26"


@pytest.mark.parametrize(
    ("text", "year"),
    [("منذ حرب تشرين الأول / أكتوبر 1973 تغير كل شيء", "1973"), ("منذ ثورة كانون الثاني/ يناير 2011 تغير كل شيء", "2011")],
)
def test_the_year_of_an_event_named_by_a_spaced_month_pair(text, year):
    assert one(text) == (year, "year", f"{year}-01-01", f"{year}-12-31")


def test_centuries_with_a_half_stay_unresolved_and_whole_ones_resolve():
    assert one("شيد القصر قبل نحو قرنين ونصف من الزمان") == ("قبل نحو قرنين ونصف من الزمان", "relative", "", "")
    assert one("شيد القصر قبل قرن")[2] == "1917-01-01"


def test_a_three_digit_hijri_year_needs_its_suffix():
    found = dates_for(Document("t", "وتوفي في 20 رجب 911 هـ ودفع 500 ريال في 875 يوما", TUESDAY))
    assert [(r["surface"], r["kind"], r["calendar"], r["resolved"]) for r in found][:1] == [("20 رجب 911 هـ", "date", "hijri", False)]
    assert not any(r["surface"].startswith(("500", "875")) and r["kind"] != "duration" for r in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("قتلوا بنيران هندية الأربعاء والخميس، واحد في كشمير", ("الأربعاء والخميس", "range", "2017-06-14", "2017-06-15")),
     ("وستغلق المدارس يوم السبت والأحد بسبب الحر", ("يوم السبت والأحد", "range", "2017-06-24", "2017-06-25")),
     ("أعلن المجلس نهار يومي السبت والأحد عطلة رسمية", ("نهار يومي السبت والأحد", "range", "2017-06-17", "2017-06-18")),
     ("وصل الوفد صباح يومي الجمعة والسبت", ("صباح يومي الجمعة والسبت", "range", "2017-06-16", "2017-06-17"))],
)
def test_two_weekdays_joined_by_wa_are_one_range_with_their_part_of_day(text, expected):
    assert one(text) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [("وبعد مرور شهر، فاز الائتلاف في الانتخابات", "شهر"), ("وقال: «بعد مرور أسبوع، أدخل المريض العمليات»", "أسبوع"),
     ("احتفلت الجمعية بمرور عقد من الزمن على انطلاقتها", "عقد")],
)
def test_a_bare_unit_after_the_passing_of_time_is_a_duration_before_a_mark_too(text, surface):
    assert read(text) == [(surface, "duration", "", "")]


def test_the_passing_of_time_is_a_whole_word():
    assert read("فكان لا يكاد يمضي يوم حتى يطلقوا شائعة") == []


@pytest.mark.parametrize("text", ["وقف إطلاق النار أثناء عيد الفطر، كما حدث", "تزدحم الطرق اثناء عيد الأضحى المبارك"])
def test_a_feast_after_athnaa_is_a_time(text):
    (surface, kind, start, end), = read(text)
    assert surface.startswith("عيد") and (kind, start, end) == ("range", "", "")


def test_midday_alone_is_a_time_of_day():
    assert read("انطلق السباق واستمر حتى منتصف الظهيرة وتنافس خلاله الفرسان") == [("منتصف الظهيرة", "time", "", "")]


@pytest.mark.parametrize("text", ["في بداية واحدة من أكثر عطلات نهاية الأسبوع ازدحاما", "تزدحم الشواطئ في عطلة نهاية الأسبوع"])
def test_the_weekend_as_a_holiday_is_no_row_while_the_end_of_the_week_is(text):
    assert read(text) == []
    assert one("وتعلن النتائج نهاية الأسبوع")[1:] == ("relative", "2017-06-19", "2017-06-25")


def test_weekday_after_a_given_name_or_bin_is_a_family_name():
    assert read("وأوضح المدير أحمد الخميس، أن البرنامج") == []
    assert read("قدمها الدكتور عبدالرحمن بن صالح بن السبت أستاذ الأدب") == []
    # after a plain noun, or with يوم, it is still a day
    assert one("ووصل الوفد الخميس إلى جدة")[:2] == ("الخميس", "weekday")
    assert one("التقى خالد يوم الخميس الوزير")[:2] == ("يوم الخميس", "weekday")


def test_last_day_and_a_counted_day_of_a_possessed_event_are_unresolved_relative_rows():
    assert one("وكانت فعاليات اليوم الأخير مع الفرقة") == ("اليوم الأخير", "relative", "", "")
    assert one("وشهد اليوم الأخير من الدورة توزيع الشهادات") == ("اليوم الأخير من الدورة", "relative", "", "")
    assert one("خصصت الهيئة اليوم الرابع من اجتماعاتها للنقاش") == ("اليوم الرابع من اجتماعاتها", "relative", "", "")
    # a noun ending in a folded ة is no possessive: the event's two-word name stays unread
    assert read("ثماني ميداليات في اليوم الرابع من دورة الألعاب") == []


def test_an_ordinal_day_of_a_definite_event_is_an_unresolved_relative_row():
    assert one("ويلتقي المنتخب في ثاني أيام البطولة مع عمان") == ("ثاني أيام البطولة", "relative", "", "")
    assert one("وأقيمت في آخر أيام اللقاء العرضة السعودية") == ("آخر أيام اللقاء", "relative", "", "")
    # a feast keeps its own reading; a period or a month is no event
    assert one("تزامن القران مع سابع أيام العيد")[:2] == ("سابع أيام العيد", "date")
    assert read("وعاد إلى عمله في ثالث أيام الأسبوع") == []


def test_a_count_back_keeps_the_verb_of_passing_after_it():
    assert one("غادر العراق قبل 24 عاماً مضت", published=pd.Timestamp("2015-07-24", tz="Asia/Riyadh"))[:3] == ("قبل 24 عاماً مضت", "relative", "1991-01-01")
    assert one("أعلى عدد منذ آخر ستة أشهر خلت")[:2] == ("ستة أشهر خلت", "duration")


def test_a_count_of_the_units_of_a_following_period_is_no_span():
    assert one("ارتفعت الأسعار في عشرة أشهر من الاثني عشر شهرا السابقة")[:2] == ("الاثني عشر شهرا السابقة", "relative")
    assert one("سجل المؤشر تراجعا في ثلاثة أيام من الأيام العشرة الماضية")[:2] == ("الأيام العشرة الماضية", "relative")
    # a count before a single period is still a duration
    assert [r[0] for r in read("استمر ثلاثة أيام من الأسبوع الماضي")] == ["ثلاثة أيام", "الأسبوع الماضي"]


def test_a_counted_day_with_lam_before_the_event_is_an_unresolved_relative_row():
    assert one("وفي اليوم الأول للمهرجان حضر الجمهور") == ("اليوم الأول للمهرجان", "relative", "", "")
    assert one("وتواصلت في اليوم الثالث للمؤتمر الجلسات") == ("اليوم الثالث للمؤتمر", "relative", "", "")
    # a period or a feast after لل is no event
    assert read("بدأ اليوم الأول للعام الدراسي") == []
    assert read("تبادلوا التهاني في اليوم الأول للعيد") == []


AUGUST_2015 = pd.Timestamp("2015-08-02 10:00", tz="Asia/Riyadh")


def test_a_month_name_the_article_uses_as_a_brand_is_no_month_when_bare():
    assert read("قررت شركة نيسان دعم المصور. وقال المدير: نحن في نيسان لا يمكننا التجاهل") == []
    assert read("وسيستعمل سيارته نيسان باترول. جميعنا في نيسان ننتظر الصور") == []
    # with a day, a year or a marker it is still the month, and without a brand in the article too
    assert one("أعلنت شركة نيسان أرباحها في نيسان الماضي")[:2] == ("نيسان الماضي", "month")
    assert one("قالت وكالة نيسان إنها تأسست في 3 نيسان 1990")[:3] == ("3 نيسان 1990", "date", "1990-04-03")
    assert one("وصل الوفد في نيسان")[:2] == ("نيسان", "month")


def test_a_day_written_as_a_cardinal_word_before_a_month_is_a_date():
    assert one("وصل الوفد في عشرة أغسطس", AUGUST_2015) == ("عشرة أغسطس", "date", "2015-08-10", "2015-08-10")
    assert one("يبدأ في خمسة عشر سبتمبر", AUGUST_2015)[:3] == ("خمسة عشر سبتمبر", "date", "2015-09-15")
    assert one("صدر الحكم في خمسة وعشرين من يونيو 2014", AUGUST_2015)[:3] == ("خمسة وعشرين من يونيو 2014", "date", "2014-06-25")
    # a cardinal count before a unit stays a duration
    assert one("لمدة عشرة أشهر")[:2] == ("لمدة عشرة أشهر", "duration")


def test_two_terms_joined_by_a_range_word_are_one_duration():
    assert one("حكم عليه بالسجن ما بين 10 أعوام إلى 20 عاما") == ("بين 10 أعوام إلى 20 عاما", "duration", "", "")
    assert one("يتراوح العلاج بين ثلاثة أشهر وستة أشهر") == ("بين ثلاثة أشهر وستة أشهر", "duration", "", "")
    assert one("يعاقب من 3 سنوات إلى 5 سنوات") == ("من 3 سنوات إلى 5 سنوات", "duration", "", "")


def test_a_counted_day_or_week_of_a_named_month_is_one_row_of_that_month():
    assert one("نلتقي في اليوم الأخير من شهر رمضان المبارك", AUGUST_2015) == ("اليوم الأخير من شهر رمضان المبارك", "date", "2015-07-16", "2015-07-16")
    assert one("ويعود في اليوم الثالث من شوال", AUGUST_2015)[:3] == ("اليوم الثالث من شوال", "date", "2015-07-19")
    assert one("تزداد الزيارات في الأسبوع الاخير من رمضان", AUGUST_2015) == ("الأسبوع الاخير من رمضان", "range", "2015-07-10", "2015-07-16")
    assert one("ينطلق في الأسبوع الثاني من أغسطس", AUGUST_2015) == ("الأسبوع الثاني من أغسطس", "range", "2015-08-08", "2015-08-14")
    # an event is still no month
    assert one("وشهد اليوم الأخير من الدورة توزيع الشهادات")[:2] == ("اليوم الأخير من الدورة", "relative")


def test_this_month_after_a_named_hijri_month_is_that_month():
    found = read("دخلنا في شهر رمضان الماضي ثم العشر الأواخر من هذا الشهر الفضيل، وفي منتصف الشهر تعب الصائمون", AUGUST_2015)
    assert found[1:] == [("هذا الشهر", "relative", "2015-06-18", "2015-07-16"), ("منتصف الشهر", "relative", "2015-06-18", "2015-07-16")]
    # after a Gregorian month, or with a marker of now, it stays the publication month
    assert read("صدر في يونيو الماضي. وفي منتصف الشهر ارتفعت الأسعار", AUGUST_2015)[1][2:] == ("2015-08-01", "2015-08-31")
    assert read("في شهر رمضان الماضي زادت المبيعات، وفي الشهر الجاري تراجعت", AUGUST_2015)[1][2:] == ("2015-08-01", "2015-08-31")


def test_a_cardinal_word_day_opens_a_range_after_min_or_bayna():
    assert one("ينعقد المعرض من عشرة إلى عشرين أغسطس", AUGUST_2015) == ("من عشرة إلى عشرين أغسطس", "range", "2015-08-10", "2015-08-20")
    assert one("تستمر الدورة من خمسة حتى سبعة سبتمبر 2015", AUGUST_2015)[2:] == ("2015-09-05", "2015-09-07")
    assert one("تقام بين ثلاثة و خمسة أغسطس", AUGUST_2015)[2:] == ("2015-08-03", "2015-08-05")
    assert one("من 10 إلى عشرين أغسطس", AUGUST_2015)[:2] == ("من 10 إلى عشرين أغسطس", "range")
    # a unit, و and a ten is still one day
    assert one("صدر في خمسة وعشرين أغسطس", AUGUST_2015)[2:] == ("2015-08-25", "2015-08-25")


def frame_rows(text: str, published: pd.Timestamp) -> list[tuple[str, str, str]]:
    found = workbench.dates(pd.DataFrame({"article_id": ["a"], "text": [text], "published": [published]}))
    return [(r.surface, str(r.value_start.date()), r.calendar) for r in found.itertuples()]


def test_a_day_and_month_in_figures_with_this_month_or_year_takes_the_articles_calendar():
    july_22 = pd.Timestamp("2015-07-22 12:00", tz="Asia/Riyadh")  # 6 Shawwal 1436
    # "this month" naming the Hijri month of publication (10) makes the notice Hijri, its other dates too
    assert frame_rows("يستمر حتى الدوام الرسمي بتاريخ 30 -10 من هذا الشهر. والتصحيح لمن قدموا قبل تاريخ 20 -7 لهذا العام", july_22) == [
        ("30 -10 من هذا الشهر", "2015-08-15", "hijri"), ("20 -7 لهذا العام", "2015-05-09", "hijri")]
    # a Hijri date elsewhere in the article does the same
    assert frame_rows("صدر القرار في 1436/10/12هـ ويسري حتى 25/11 من هذا العام", AUGUST_2015)[1] == ("25/11 من هذا العام", "2015-09-09", "hijri")
    # otherwise Gregorian, the year shifted by a marker of the year only
    assert frame_rows("سجل الهدف في 15-7 من العام الماضي", AUGUST_2015) == [("15-7 من العام الماضي", "2014-07-15", "gregorian")]
    assert frame_rows("بتاريخ 20/8 من الشهر الجاري", AUGUST_2015) == [("20/8 من الشهر الجاري", "2015-08-20", "gregorian")]
    assert frame_rows("النتيجة 3-1 لهذا الفريق", AUGUST_2015) == []


def test_an_events_counted_day_takes_a_day_written_beside_it():
    monday, counted = read("اختتمت اليوم الاثنين ثاني أيام البطولة", AUGUST_2015)
    assert counted[:2] == ("ثاني أيام البطولة", "relative") and counted[2:] == monday[2:] != ("", "")
    assert read("ثالث أيام المعرض الثلاثاء 4 أغسطس 2015", AUGUST_2015)[0] == ("ثالث أيام المعرض", "relative", "2015-08-04", "2015-08-04")
    assert read("في اليوم الثاني من زيارته يوم 3 أغسطس", AUGUST_2015)[0][2:] == ("2015-08-03", "2015-08-03")
    # with no day beside it, which day it is stays open
    assert read("وشهد اليوم الأول من المهرجان حضورا، وفي يوم 3 أغسطس اختتم", AUGUST_2015)[0] == ("اليوم الأول من المهرجان", "relative", "", "")


def test_an_edge_word_makes_a_month_that_doubles_as_a_word_a_month():
    july_31 = pd.Timestamp("2015-07-31 12:00", tz="Asia/Riyadh")
    assert one("بدأت العلاقات تعود الى طبيعتها أواخر مارس، عندما أعلنت", july_31) == ("أواخر مارس", "month", "2015-03-01", "2015-03-31")
    assert one("اجتمعوا نهاية مارس", july_31)[:2] == ("نهاية مارس", "month")
    assert one("غادر الوفد منتصف نيسان الماضي", july_31) == ("منتصف نيسان الماضي", "month", "2015-04-01", "2015-04-30")
    # without an edge or a preposition the word stays a verb or a name
    assert read("قال انه مارس الرياضة أواخر الموسم", july_31) == []


def test_a_present_verb_before_the_month_just_ended_reports_it():
    august_2 = pd.Timestamp("2015-08-02 23:40", tz="Asia/Riyadh")
    assert one("إنتاج أوبك يرتفع في يوليو", august_2) == ("يوليو", "month", "2015-07-01", "2015-07-31")
    assert one("يبلغ العجز ذروته في يوليو", august_2)[2:] == ("2015-07-01", "2015-07-31")
    # a written future cue, a marker or a month further back keep their reading
    assert one("ستعقد القمة في يوليو", august_2)[2] == "2016-07-01"
    assert one("من المقرر أن تعقد في يوليو", august_2)[2] == "2016-07-01"
    assert one("يرتفع في يوليو المقبل", august_2)[2] == "2016-07-01"
    assert one("يعقد المؤتمر في يونيو", august_2)[2] == "2016-06-01"


def test_a_count_after_baad_counts_from_publication_only_in_a_clause_that_announces():
    july_22 = pd.Timestamp("2015-07-22 10:00", tz="Asia/Riyadh")
    assert one("وإنها لا تزال بصحة جيدة بعد 45 عاماً بالحديقة", july_22) == ("بعد 45 عاماً", "relative", "", "")
    assert one("وتعود الكشافة لليابان بعد 45 عاماً، حين شاركت", july_22)[2:] == ("", "")
    assert one("أصبح رئيسا بعد عامين في المنصب", july_22)[2:] == ("", "")
    # a future cue or "من الآن" counts from publication
    assert one("سيعود الوفد بعد أسبوعين", july_22)[2:] == ("2015-08-03", "2015-08-09")
    assert one("ومن المقرر أن تبدأ بعد يومين", july_22)[2:] == ("2015-07-24", "2015-07-24")
    assert one("تنتهي الهدنة بعد عام من الآن", july_22)[2:] == ("2016-01-01", "2016-12-31")


def test_minutes_of_a_half_are_match_time_not_a_duration():
    assert read("وفي آخر دقيقتين من الشوط الأول تحسن أداء لاعبي العراق") == []
    assert read("في أول خمس دقائق من الشوطين") == []
    assert one("انتظر الوفد 30 دقيقة قبل الاجتماع")[:2] == ("30 دقيقة", "duration")


def test_sunset_and_afternoon_of_tomorrow_are_tomorrow():
    july_25 = pd.Timestamp("2015-07-25 23:30", tz="Asia/Riyadh")
    assert one("وسيفتتح المهرجان مغرب الغد محافظ القريات", july_25) == ("مغرب الغد", "relative", "2015-07-26", "2015-07-26")
    assert one("يصل الوفد عصر الغد", july_25)[2:] == ("2015-07-26", "2015-07-26")
    assert one("أفطروا مغرب أمس في الحرم", july_25) == ("مغرب أمس", "relative", "2015-07-24", "2015-07-24")
    # the country is no part of the day
    assert read("وصل وزير خارجية المغرب الى الرياض") == []


def test_an_hour_word_after_a_feminine_noun_is_its_ordinal_not_a_clock_time():
    july_26 = pd.Timestamp("2015-07-26 16:44", tz="Asia/Riyadh")
    assert one("وسيخوض الفريق مواجهته الودية الثانية مساء اليوم الأحد", july_26) == ("مساء اليوم الأحد", "relative", "2015-07-26", "2015-07-26")
    assert one("وتنطلق الجولة الثالثة صباح غد", july_26)[:2] == ("صباح غد", "relative")
    # after الساعة or a preposition the hour word stays a clock time
    assert one("في تمام الساعة الثانية مساء اليوم", july_26)[:2] == ("الساعة الثانية مساء اليوم", "time")
    assert one("يبدأ الاجتماع عند الثانية مساء اليوم", july_26)[:2] == ("الثانية مساء اليوم", "time")


def test_a_marker_after_a_feast_belongs_to_it():
    july_21 = pd.Timestamp("2015-07-21 13:00", tz="Asia/Riyadh")
    assert one("إيرادات السينما خلال أيام العيد الماضية بلغت", july_21) == ("أيام العيد الماضية", "range", "", "")
    assert one("سافر كثيرون في إجازة عيد الفطر الماضية", july_21)[:2] == ("إجازة عيد الفطر الماضية", "range")
    assert one("تعود المدارس بعد عيد الأضحى المقبل", july_21)[0] == "عيد الأضحى المقبل"


def test_how_long_a_life_lasts_is_an_age():
    assert read("ويمكن للدب القطبي أن يعيش حتى 80 عاماً في البرية") == []
    assert read("وعاش حتى 95 عاما في قريته") == []
    # other verbs before حتى keep the count a duration
    assert one("استمر الحصار حتى 80 يوما")[:2] == ("80 يوما", "duration")
    assert one("ظل في منصبه حتى 3 سنوات")[:2] == ("3 سنوات", "duration")


def test_ten_days_of_a_named_month_are_a_range():
    july_21 = pd.Timestamp("2015-07-21 10:57", tz="Asia/Riyadh")
    assert one("لدخول العشر الأواخر من شهر رمضان", july_21) == ("العشر الأواخر من شهر رمضان", "range", "2015-07-08", "2015-07-16")
    assert one("يعتكفون في العشر الأواسط من رمضان", july_21) == ("العشر الأواسط من رمضان", "range", "2015-06-28", "2015-07-07")
    assert one("تبدأ الحملة في العشر الأوائل من أغسطس المقبل", july_21) == ("العشر الأوائل من أغسطس المقبل", "range", "2015-08-01", "2015-08-10")
    # the other counted parts of a month keep their reading
    assert one("في اليوم الاخير من شهر رمضان", july_21)[1:] == ("date", "2015-07-16", "2015-07-16")


def test_a_definite_fraction_of_an_hour_is_a_duration():
    assert one("انتظر الركاب الثلث ساعة ثم غادروا", FRIDAY_31) == ("الثلث ساعة", "duration", "", "")
    assert one("تأخرت الرحلة النصف ساعة الأولى", FRIDAY_31)[:2] == ("النصف ساعة", "duration")
    # after بعد it counts from the kick-off: a relative row, as "بعد 14 دقيقة" of a match (dates-DECISIONS)
    assert one("بعد ثلثي ساعة من انطلاق المباراة", FRIDAY_31)[:2] == ("بعد ثلثي ساعة", "relative")
    # a part of a year is no fraction of a unit
    assert one("أرباح الربع الثاني من العام", FRIDAY_31)[:2] == ("الربع الثاني من العام", "relative")


def test_a_counted_day_of_an_event_named_with_a_possessive():
    assert one("حقق الفيلم في أول أيام عرضه 3 ملايين جنيه", FRIDAY_31) == ("أول أيام عرضه", "relative", "", "")
    assert one("التقى الوزير في ثاني أيام زيارته للمملكة", FRIDAY_31)[:2] == ("ثاني أيام زيارته", "relative")
    # a weekday beside it dates the counted day
    assert read("شهدت الأفلام في أول أيام عرضها الجمعة الماضية إقبالا", SUNDAY_2_AUG) == [
        ("أول أيام عرضها", "relative", "2015-07-31", "2015-07-31"), ("الجمعة الماضية", "weekday", "2015-07-31", "2015-07-31")]
    # the days of a life, a construct before a definite noun and a unit are no event's day
    assert read("أمضى آخر أيام حياته في القرية", FRIDAY_31) == read("في أول أيام عمرها", FRIDAY_31) == []
    assert read("في أول أيام زيارة الرئيس", FRIDAY_31) == []
    assert one("في أول أيام سنة 2015", FRIDAY_31)[:2] == ("سنة 2015", "year")


def test_a_documents_date_is_a_past_day():
    # the publication day is a Sunday: the weekday named as a letter's date is the one before
    assert one("تلقت الإدارة خطابا يحمل تاريخ الخميس", SUNDAY_2_AUG)[2:] == ("2015-07-30", "2015-07-30")
    assert one("وصلته رسالة تحمل تاريخ الأربعاء", SUNDAY_2_AUG)[2:] == ("2015-07-29", "2015-07-29")
    assert one("بحسب الوثيقة المؤرخة الثلاثاء", SUNDAY_2_AUG)[2:] == ("2015-07-28", "2015-07-28")
    # a verb of bearing without تاريخ still announces
    assert one("يحمل الفريق آمال جماهيره يوم الخميس", SUNDAY_2_AUG)[2:] == ("2015-08-06", "2015-08-06")


def test_counted_days_of_an_event_are_dated_from_one_the_text_dates():
    text = ("تنطلق البطولة بمواجهة الكويت، ويلتقي في ثاني أيام البطولة مع عمان، ويواجه في خامس أيام البطولة 11 أغسطس "
            "البحرين، قبل منافسات اليوم السابع الختامي")
    assert [(s, v) for s, _, v, _ in read(text, SUNDAY_2_AUG)] == [
        ("ثاني أيام البطولة", "2015-08-08"), ("خامس أيام البطولة", "2015-08-11"), ("11 أغسطس", "2015-08-11"),
        ("اليوم السابع الختامي", "2015-08-13")]
    # the first day dated beside it, a day counted with اليوم and من
    festival = "يبدأ اليوم الأول من المهرجان الخميس 6 أغسطس، وفي اليوم الثالث من المهرجان تقام ندوة"
    assert read(festival, SUNDAY_2_AUG)[2] == ("اليوم الثالث من المهرجان", "relative", "2015-08-08", "2015-08-08")
    # another event's days, or none dated, stay unresolved
    assert read("في ثاني أيام المعرض وفي خامس أيام البطولة 11 أغسطس", SUNDAY_2_AUG)[0] == ("ثاني أيام المعرض", "relative", "", "")
    assert one("في اليوم السابع الختامي", SUNDAY_2_AUG) == ("اليوم السابع الختامي", "relative", "", "")


def test_awwal_right_before_a_month_is_its_first_day():
    assert one("تطبق الأسعار الجديدة اعتباراً من أول سبتمبر المقبل", AUGUST_2015) == (
        "أول سبتمبر المقبل", "date", "2015-09-01", "2015-09-01")
    # the range's من and its end stay in one row; a paired name and a Hijri month are read alike
    assert one("الفترة من أول يناير(كانون ثاني) وحتى 15 يوليو(تموز) هذا العام", AUGUST_2015) == (
        "من أول يناير(كانون ثاني) وحتى 15 يوليو(تموز) هذا العام", "range", "2015-01-01", "2015-07-15")
    assert one("تراجع إلى أدنى مستوى له منذ أول نيسان (أبريل)", AUGUST_2015)[:3] == ("أول نيسان (أبريل)", "date", "2015-04-01")
    assert one("يبدأ التسجيل يوم الأحد أول ذي القعدة", pd.Timestamp("2015-07-26 10:00", tz="Asia/Riyadh"))[:3] == (
        "يوم الأحد أول ذي القعدة", "date", "2015-08-16")
    # before شهر it is the month's start, and أول before anything else is no day
    assert one("ارتفعت الأسعار في أول شهر رمضان", AUGUST_2015)[:2] == ("شهر رمضان", "month")
    assert read("هذه أول زيارة له منذ سنوات", AUGUST_2015) == [("منذ سنوات", "relative", "", "")]


def test_akhir_right_before_a_month_is_its_last_day():
    # the month's own length decides: a leap February, a 30-day June, a Hijri month
    assert one("يستمر العرض حتى آخر فبراير المقبل", AUGUST_2015) == ("آخر فبراير المقبل", "date", "2016-02-29", "2016-02-29")
    assert one("عبر الجسر من أول يناير إلى آخر يونيو الماضيين 11 مليون مسافر", AUGUST_2015) == (
        "من أول يناير إلى آخر يونيو الماضيين", "range", "2015-01-01", "2015-06-30")
    assert read("ليخرج في آخر رمضان بعد سجن سبعة أشهر", AUGUST_2015)[0][:3] == ("آخر رمضان", "date", "2015-07-16")
    # ذي صلة is no month; أواخر is an edge word (the whole month); a count after آخر stays a count
    assert read("خبر آخر ذي صلة بالموضوع", AUGUST_2015) == []
    assert one("في أواخر مايو (أيار) الماضي", AUGUST_2015) == ("أواخر مايو (أيار) الماضي", "month", "2015-05-01", "2015-05-31")
    assert one("ارتفع خلال آخر ستة أشهر", AUGUST_2015)[:2] == ("ستة أشهر", "duration")


def test_a_named_date_the_article_writes_after_a_naming_noun_is_that_name_everywhere():
    july_24 = pd.Timestamp("2015-07-24 08:00", tz="Asia/Riyadh")
    assert read("14 آذار تدعو حزب الله للعودة. عقدت الأمانة العامة لقوى 14 آذار اجتماعها أمس", july_24) == [
        ("أمس", "relative", "2015-07-23", "2015-07-23")]
    assert read("تفاقم الخلاف بين وزراء 8 آذار والحكومة. وقال نائب من قوى 8 آذار إن", july_24) == []
    # after a time preposition it is still the day, and a date the article never uses as a name too
    assert read("وقع الهجوم في 30 يونيو قرب القسم. وتحل ذكرى ثورة 30 يونيو", july_24) == [
        ("30 يونيو", "date", "2015-06-30", "2015-06-30")]
    assert one("14 آذار موعد تسليم المشروع", july_24)[:2] == ("14 آذار", "date")


def test_a_singular_unit_after_the_noun_of_a_period_is_a_duration():
    assert one("وخلال سيري مدة ساعة ونصف الساعة في ظل سماء ملبدة") == ("مدة ساعة ونصف الساعة", "duration", "", "")
    assert one("مكث في الإنعاش مدة أسبوع ثم توفي")[:2] == ("مدة أسبوع", "duration")
    assert one("أقيمت الأنشطة بمدة شهر كامل")[:2] == ("مدة شهر كامل", "duration")
    # لمدة keeps its own span; مدة before anything but a unit is no span
    assert one("استمر الاجتماع لمدة ساعة واحدة")[:2] == ("لمدة ساعة واحدة", "duration")
    assert read("طالب بتمديد مدة العقد") == []


def test_the_dual_day_word_belongs_to_a_list_of_days():
    assert one("تقام المباراتان يومى 25 و26 سبتمبر المقبل.", AUGUST_2015) == (
        "يومى 25 و26 سبتمبر المقبل", "range", "2015-09-25", "2015-09-26")
    assert one("يعقد الاجتماع يومي 28 و29 من تموز (يوليو) المقبل", AUGUST_2015)[:3] == (
        "يومي 28 و29 من تموز (يوليو) المقبل", "range", "2016-07-28")
    assert one("يقام المؤتمر يومي 7 إلى 8 أكتوبر", AUGUST_2015)[:2] == ("يومي 7 إلى 8 أكتوبر", "range")
    # as before two weekdays; a lone يومين is still a duration
    assert one("يومي الثلاثاء والأربعاء المقبلين", AUGUST_2015)[:2] == ("يومي الثلاثاء والأربعاء المقبلين", "range")
    assert one("استمر الحصار يومين")[:2] == ("يومين", "duration")


def test_an_edge_word_before_the_day_word_belongs_to_the_date():
    july_21 = pd.Timestamp("2015-07-21 10:00", tz="Asia/Riyadh")
    assert one("فترة التسجيل تنتهي بنهاية يوم الثالث من ذي الحجة.", july_21) == (
        "نهاية يوم الثالث من ذي الحجة", "date", "2015-09-16", "2015-09-16")
    assert one("يبقى الباب مفتوحا حتى نهاية يوم الخميس 21 شوال 1436هـ.", july_21)[:3] == (
        "نهاية يوم الخميس 21 شوال 1436هـ", "date", "2015-08-06")
    assert one("يستمر التقديم حتى نهاية يوم 14/10/1436 عبر الموقع", july_21)[:2] == ("نهاية يوم 14/10/1436", "date")
    # with a clitic before it too; a day after a word that is no edge keeps its own start
    assert one("ينتهي التسجيل بنهاية يوم 5 أغسطس المقبل", july_21)[:2] == ("نهاية يوم 5 أغسطس المقبل", "date")
    assert one("يبدأ في يوم 5 أغسطس المقبل", july_21)[:2] == ("يوم 5 أغسطس المقبل", "date")
    # without يوم the edge of a month keeps its own reading
    assert one("في نهاية يوليو الماضي", july_21)[:2] == ("نهاية يوليو الماضي", "month")


def test_the_charge_daffaires_after_alyawm_is_no_adjective_of_the_day():
    july_21 = pd.Timestamp("2015-07-21 10:00", tz="Asia/Riyadh")
    assert one("استدعت الوزارة مساء اليوم القائم بأعمال السفارة", july_21) == (
        "مساء اليوم", "relative", "2015-07-21", "2015-07-21")
    assert one("استدعت الخارجية اليوم القائم بالأعمال", july_21)[:2] == ("اليوم", "relative")
    assert read("احتفلت المدارس باليوم الوطني", july_21) == []


def test_an_edge_word_stays_with_its_month_inside_a_range():
    july_21 = pd.Timestamp("2015-07-21 10:00", tz="Asia/Riyadh")
    assert one("ارتفعت الأسعار 12% للفترة من أبريل إلى نهاية يونيو من العام الحالي؛ حيث", july_21) == (
        "من أبريل إلى نهاية يونيو من العام الحالي", "range", "2015-04-01", "2015-06-30")
    assert one("يطبق القرار من مطلع يوليو حتى منتصف شهر سبتمبر.", july_21)[:4] == (
        "من مطلع يوليو حتى منتصف شهر سبتمبر", "range", "2015-07-01", "2015-09-30")
    assert one("باعت ملايين الساعات خلال الفترة بين أبريل (نيسان) ونهاية يونيو (حزيران). إلا أنه", july_21)[:2] == (
        "بين أبريل (نيسان) ونهاية يونيو (حزيران)", "range")
    assert one("تستمر الحملة من أواخر رمضان وحتى مطلع ذي القعدة", july_21)[:2] == (
        "من أواخر رمضان وحتى مطلع ذي القعدة", "range")
    # an edge word with no range opener or joiner stays a month of its own
    assert read("ارتفع المؤشر في نهاية يونيو و15 شركة خسرت", july_21)[0][:2] == ("نهاية يونيو", "month")
    assert read("ارتفع المؤشر في نهاية يونيو ومطلع يوليو", july_21)[0][:2] == ("نهاية يونيو", "month")
    # after a last part (الثلث الأخير, المرحلة الأخيرة) من is "of": no range opens on it
    for text in ("توافق الفترة الواقعة من بداية الثلث الأخير من شهر يوليو حتى بداية شهر أغسطس.",
                 "وتستمر من بداية المرحلة الأخيرة من يناير وحتى نهاية فبراير."):
        assert not any(kind == "range" for _, kind, _, _ in read(text, july_21))


def test_a_marker_after_the_first_end_of_a_range_stays_in_the_range_and_dates_it():
    assert one("ارتفعت الأسعار ما بين منتصف حزيران (يونيو) الماضي وبداية تموز (يوليو) الجاري", AUGUST_2015) == (
        "بين منتصف حزيران (يونيو) الماضي وبداية تموز (يوليو) الجاري", "range", "2015-06-01", "2015-07-31")
    # the first end's marker dates the range: the following Ramadan is this Hijri year's, not the next one's
    assert one("تبدأ من 29 شعبان الجاري حتى الخامس من رمضان المقبل", pd.Timestamp("2015-06-10 10:00", tz="Asia/Riyadh")) == (
        "من 29 شعبان الجاري حتى الخامس من رمضان المقبل", "range", "2015-06-16", "2015-06-22")
    assert one("تقع بين شهري يوليو الحالي وأغسطس المقبل", WEDNESDAY) == (
        "بين شهري يوليو الحالي وأغسطس المقبل", "range", "2015-07-01", "2015-08-31")
    # without من/بين the two dated ends stay two rows
    assert len(read("في 30 يوليو الجاري و4 سبتمبر المقبل", WEDNESDAY)) == 2


def test_a_range_of_days_before_a_date_in_figures_is_one_range():
    assert one("يشارك في البطولة الدولية بالدمام من 16 الى 23 /12 /1436. ويقود", AUGUST_2015) == (
        "من 16 الى 23 /12 /1436", "range", "2015-09-29", "2015-10-06")
    assert one("سوف تقام خلال الفترة من 8 - 15 / 10 / 1436هـ , ضمن البرامج", AUGUST_2015) == (
        "من 8 - 15 / 10 / 1436هـ", "range", "2015-07-24", "2015-07-31")
    assert one("يفتح التسجيل بين 20 و24 / 8 / 2015 م للطلاب", AUGUST_2015) == (
        "بين 20 و24 / 8 / 2015 م", "range", "2015-08-20", "2015-08-24")
    # a first day after the last one gives no bounds, and a lone date in figures stays a date
    assert one("من 25 إلى 3 /12 /1436هـ", AUGUST_2015)[1:] == ("range", "", "")
    assert one("يقام في 23 /12 /1436هـ", AUGUST_2015)[:2] == ("23 /12 /1436هـ", "date")



def test_a_bare_week_mid_clause_is_the_current_week():
    assert one("شهدت أسعار معظم المواد تراجعاً خلال الأسبوع مقارنة بأسعار سابقة", AUGUST_2015) == (
        "الأسبوع", "relative", "2015-08-03", "2015-08-09")  # published on a Sunday: the working week it opens
    assert one("تراجع سعر الطن خلال الأسبوع الى 1230 دولاراً", AUGUST_2015)[:2] == ("الأسبوع", "relative")
    assert one("يتوقع أن تبقى الحرارة مرتفعة طوال الأسبوع وقد تصل إلى 38 درجة", AUGUST_2015)[:2] == ("الأسبوع", "relative")
    # a counted or named week, the same week and a bare year or month of a habit stay out
    assert read("استقبلت العيادات ألف حالة خلال الأسبوع 133 من عملها", AUGUST_2015) == []
    assert read("تعمل الفرق طوال العام على إيقاف الهدر وتنشط خلال الشهر من كل موسم", AUGUST_2015) == []


def test_the_previous_week_after_last_week_is_the_week_before_it():
    friday = pd.Timestamp("2015-07-31 10:00", tz="Asia/Riyadh")
    assert read("هبطت المخزونات الأسبوع الماضي بعد زيادتها إلى أعلى مستوى الأسبوع السابق وذلك", friday) == [
        ("الأسبوع الماضي", "relative", "2015-07-20", "2015-07-26"), ("الأسبوع السابق", "relative", "2015-07-13", "2015-07-19")]
    assert read("انخفض عدد الحفارات خلال الأسبوع المنصرم بعدما زاد بالأسبوع السابق", friday)[1] == (
        "الأسبوع السابق", "relative", "2015-07-13", "2015-07-19")
    # after this week (or with no week named before it) it stays last week
    assert read("تراجعت الأسعار هذا الأسبوع مقارنة بالأسبوع السابق", friday)[1] == (
        "الأسبوع السابق", "relative", "2015-07-20", "2015-07-26")
    assert one("ارتفع المؤشر مقارنة بالأسبوع السابق", friday) == ("الأسبوع السابق", "relative", "2015-07-20", "2015-07-26")


def test_the_count_of_a_feasts_days_is_in_its_span():
    assert one("فتح المتحف أبوابه للزوار خلال أيام عيد الفطر المبارك الثلاثة فيما سيكون", WEDNESDAY)[:2] == (
        "أيام عيد الفطر المبارك الثلاثة", "range")
    assert one("ففي ليالي السمر وأيام العيد الأربعة كان هناك لعبتان", WEDNESDAY)[:2] == ("أيام العيد الأربعة", "range")
    # the start of a teen is no count of the feast's days
    assert one("في أيام العيد الثلاثة عشر", WEDNESDAY)[:2] == ("أيام العيد", "range")


def test_large_counts_of_years():
    # a multiplier after a count, or alone: far in the past, so no calendar year is read
    assert one("بدأ بالذوبان منذ 20 ألف عام، وهذا حدث طبيعي", AUGUST_2015) == ("منذ 20 ألف عام", "relative", "", "")
    assert one("بدأت رحلة الإنسان مع الملح قبل ثلاثة آلاف سنة عندما", AUGUST_2015)[:2] == ("قبل ثلاثة آلاف سنة", "relative")
    assert one("يعيشون في نفس المناطق منذ ألف عام، وحتى", AUGUST_2015)[:2] == ("منذ ألف عام", "relative")
    assert one("يكفي لتوفير طاقة للأرض لمدة 10 آلاف عام. أو", AUGUST_2015)[:2] == ("لمدة 10 آلاف عام", "duration")
    # a definite hundred before its unit and marker counts whole years from publication, as الأربعين عاما المقبلة
    assert one("أن تغرق العاصمة لعمق 15 سنتميتر خلال المائة عام المقبلة، وفقا", AUGUST_2015) == (
        "المائة عام المقبلة", "relative", "2016-01-01", "2115-12-31")
    assert one("لم تتوقف خلال المئة عام الماضية ما زالت", AUGUST_2015) == (
        "المئة عام الماضية", "relative", "1915-01-01", "2014-12-31")
    # a vague multitude before a definite plural: with its marker, after an introducer of durations or counts
    assert one("ستستمر بالغرق على مدى آلاف السنين القادمة. رابط", AUGUST_2015) == (
        "على مدى آلاف السنين القادمة", "duration", "", "")
    assert one("موجود في الساحة منذ مئات السنين، وأيضا", AUGUST_2015) == ("منذ مئات السنين", "relative", "", "")
    # a count of days far beyond any dated year stays unresolved (and does not overflow)
    assert one("ويعود بعد مليون يوم", AUGUST_2015)[1:] == ("relative", "", "")
    # counts of people, watches, minutes of a phone plan and percentages are no span
    assert read("إلى حوالي 6 ملايين معتمر", AUGUST_2015) == []
    assert one("ارتفع عددهم إلى حوالي 6 ملايين عام 1436هـ، أي", AUGUST_2015)[0] == "عام 1436هـ"
    assert read("توقعت الشركة بيع ما بين 30 مليون إلى 40 مليون ساعة بنهاية", AUGUST_2015) == []
    assert read("تحتوي الباقة على 10 آلاف دقيقة داخل الشبكة و20 في المائة خصما", AUGUST_2015) == []


def test_an_english_order_date_is_one_date():
    assert one("— عادل الجبير (@AdelAljubeir) أغسطس 3, 2015", AUGUST_2015) == ("أغسطس 3, 2015", "date", "2015-08-03", "2015-08-03")
    assert one("— فلان (@someone) يوليو 25، 2015 وقال", AUGUST_2015) == ("يوليو 25، 2015", "date", "2015-07-25", "2015-07-25")
    assert one("ونشرت التقرير في مارس 12, 2014 عن الحرب", AUGUST_2015) == ("مارس 12, 2014", "date", "2014-03-12", "2014-03-12")
    # without the comma the day is no part of it, and a month and year stay a month
    assert one("صدر في أغسطس 2015 قرار", AUGUST_2015)[:2] == ("أغسطس 2015", "month")


@pytest.mark.parametrize("text, surface, kind", [
    ("وقع في 20 يوليو الماضي", "20 يوليو الماضي", "date"),
    ("في 4 و5 تموز المقبل", "4 و5 تموز المقبل", "range"),
    ("من 30 حزيران حتى 2 تموز", "من 30 حزيران حتى 2 تموز", "range"),
    ("بتاريخ 20.06.2017 وقع", "20.06.2017", "date"),
    ("استمرت 14 يوما متتالية", "14 يوما متتالية", "duration"),
    ("وارتفع خلال 3 أيام الماضية", "3 أيام الماضية", "relative"),
    ("تبدأ 10:30 صباحا", "10:30 صباحا", "time"),
    ("تبدأ 8 مساء غد", "8 مساء غد", "time"),
    ("في 2009 و2010", "2009 و2010", "range"),
    ("ولد في1909 في", "1909", "year"),
    ("يعقد في 25 الجاري", "25 الجاري", "date"),
])
def test_rules_opening_on_a_number_still_read_it(text, surface, kind):
    # most numbers of a text are no date, so the search looks at what follows a number before trying a rule
    assert [(s, k) for s, k, *_ in read(text)] == [(surface, kind)]


@pytest.mark.parametrize("text", ["بلغ 2000 شخص", "ارتفع 1.5 في المائة", "نحو 25%", "في 12 مدينة و3 قرى", "رقم 123456"])
def test_numbers_that_are_no_date(text):
    assert read(text) == []


JULY_26_2015 = pd.Timestamp("2015-07-26 10:00", tz="Asia/Riyadh")  # 10 Shawwal 1436


def test_al_muharram_is_a_month_only_where_the_text_is_hijri():
    # with a Hijri year in the expression or a few words after it, or another Hijri month beside it
    assert one("يبدأ العمل في الأول من المحرم 1437هـ", JULY_26_2015) == ("الأول من المحرم 1437هـ", "date", "2015-10-14", "2015-10-14")
    assert one("تقام خلال الفترة من 25 ذي الحجة حتى 5 المحرم المقبلين", JULY_26_2015)[:2] == ("من 25 ذي الحجة حتى 5 المحرم المقبلين", "range")
    assert one("تقام البطولة من ال25 من شهر ذي الحجة المقبل حتى الأول من شهر المحرم 1437ه ووقع", JULY_26_2015) == (
        "من ال25 من شهر ذي الحجة المقبل حتى الأول من شهر المحرم 1437ه", "range", "2015-10-08", "2015-10-14")
    # the year written after it in words gives its value
    assert one("للخطة البرامجية في شهر المحرم من العام الهجري الجديد 1437هـ، والتي", JULY_26_2015) == (
        "شهر المحرم من العام الهجري الجديد 1437هـ", "month", "2015-10-14", "2015-11-12")
    # a Gregorian date given as its equivalent makes the expression the Hijri side
    assert read("ذكرى عاشوراء العاشر من شهر المحرم الموافق 23 أكتوبر", JULY_26_2015)[0] == (
        "العاشر من شهر المحرم", "date", "2015-10-23", "2015-10-23")
    assert read("يبدأ في الأول من المحرم (الموافق 14 أكتوبر)", JULY_26_2015)[0] == (
        "الأول من المحرم", "date", "2015-10-14", "2015-10-14")
    # elsewhere المحرم is a guardian, the forbidden, or Ashura as a recurring day
    assert read("ووجود المحرم للمرأة شرط", JULY_26_2015) == []
    assert read("استخدام الأسلحة المحرمة دوليا", JULY_26_2015) == []
    assert read("في المناسبات التي نحياها في العاشر من المحرم وفي الاربعين", JULY_26_2015) == []


def test_a_month_after_next_or_before_last():
    assert one("الانتهاء منه في العشرين من شهر رجب ما بعد القادم، بأكثر", JULY_26_2015) == (
        "العشرين من شهر رجب ما بعد القادم", "date", "2017-04-17", "2017-04-17")
    assert one("يفتتح في سبتمبر ما بعد المقبل", JULY_26_2015) == ("سبتمبر ما بعد المقبل", "month", "2016-09-01", "2016-09-30")
    assert one("عرض في رمضان قبل الماضي", JULY_26_2015) == ("رمضان قبل الماضي", "month", "2014-06-28", "2014-07-27")


def test_a_vague_plural_with_several_after_it():
    assert one("التي بدأت قبل أسابيع عدة «سيتواصل»", JULY_26_2015) == ("قبل أسابيع عدة", "relative", "", "")
    assert one("وهي على حالها منذ سنوات عدة، فأين", JULY_26_2015) == ("منذ سنوات عدة", "relative", "", "")
    assert one("تنمية الثروة على مدى عقود عدة، ويتم", JULY_26_2015) == ("على مدى عقود عدة", "duration", "", "")


def test_a_marked_year_with_its_number_is_that_year():
    assert one("ما ستكون عليه عروض العام الحالي 2015م الذي لاقى", JULY_26_2015) == ("العام الحالي 2015م", "year", "2015-01-01", "2015-12-31")
    # a past marker makes the row relative, as "العام الماضي 2014" in the development set
    assert one("خلال السنة الماضية 1435هـ بلغ", JULY_26_2015) == ("السنة الماضية 1435هـ", "relative", "2013-11-04", "2014-10-24")
    assert one("قبل نهاية العام الجاري 2015 ، والتي", JULY_26_2015)[:2] == ("نهاية العام الجاري 2015", "year")
    # an amount after a marked year is no year of its own
    assert read("كان يصرف العام الماضي 1000 يورو أصبح", JULY_26_2015)[0][:2] == ("العام الماضي", "relative")
    assert read("بلغ عددهم العام الماضي 2000 طالب", JULY_26_2015)[0][:2] == ("العام الماضي", "relative")


STALE_TUESDAY = pd.Timestamp("2015-07-21 02:18", tz="Asia/Riyadh")  # a Monday story put online after midnight


def test_a_weekday_in_a_future_clause_on_the_text_s_own_day():
    # the text calls Monday today: a future clause on Monday is that day, not the next Monday
    assert read("رفع العلم اليوم الاثنين في واشنطن. وسيستقبل كيري الاثنين نظيره الكوبي", STALE_TUESDAY)[1] == (
        "الاثنين", "weekday", "2015-07-20", "2015-07-20")
    assert read("يدشن المحافظ مساء اليوم السبت المهرجان، حيث سيدشن حفل الافتتاح يوم السبت بعد العشاء",
                STALE_TUESDAY)[1] == ("يوم السبت", "weekday", "2015-07-18", "2015-07-18")
    # without a day the text names, a future Monday written on Tuesday is the next one
    assert one("وسيستقبل كيري الاثنين نظيره الكوبي", STALE_TUESDAY) == ("الاثنين", "weekday", "2015-07-27", "2015-07-27")


def test_this_day_refers_back_to_a_date_to_come():
    text = "تقديم هدايا في السادس من أغسطس المقبل، ليعلم الزوار قيمة هذا اليوم في حياة المصريين"
    assert read(text, JULY_26_2015)[1] == ("هذا اليوم", "relative", "2015-08-06", "2015-08-06")
    # after a past date or a relative day it is today
    assert read("منذ 28 أكتوبر 1940 وحتى هذا اليوم", JULY_26_2015)[1] == ("هذا اليوم", "relative", "2015-07-26", "2015-07-26")
    assert read("تتكاثر الغيوم بعد غد. ويكون الطقس هذا اليوم مستقرا", JULY_26_2015)[1] == (
        "هذا اليوم", "relative", "2015-07-26", "2015-07-26")
    # with no date before it, today (the chronology's heading "هذا اليوم في التاريخ" is none: see below)
    assert one("يبقى هذا اليوم في حياة المدينة", JULY_26_2015) == ("هذا اليوم", "relative", "2015-07-26", "2015-07-26")


def test_a_day_of_every_year_is_a_habit():
    text = "في السادس من أغسطس المقبل. ويمكن التجول مجانا في اليوم ذاته من كل عام"
    assert read(text, JULY_26_2015)[1] == ("اليوم ذاته", "relative", "", "")
    assert one("في هذا اليوم من كل عام اعتاد الأبناء", JULY_26_2015) == ("هذا اليوم", "relative", "", "")


def test_a_clock_time_with_a_comma():
    assert one("في تمام الساعة 00,01 تغ", JULY_26_2015)[:2] == ("الساعة 00,01 تغ", "time")
    assert one("استقبل في الساعة 9,11 من صباح اليوم طفلا", JULY_26_2015) == (
        "الساعة 9,11 من صباح اليوم", "time", "2015-07-26", "2015-07-26")
    # a comma before more than two digits is a thousands separator, not the minutes
    assert "الساعة 12,00" not in [surface for surface, *_ in read("سعر الساعة 12,000 ريال", JULY_26_2015)]


def test_a_definite_count_is_how_long():
    assert one("والذي سوف يستمر لمدة تقارب الستة أشهر.", JULY_26_2015) == ("لمدة تقارب الستة أشهر", "duration", "", "")
    assert one("حاجته للراحة لفترة تناهز الأسابيع الستة.", JULY_26_2015) == ("لفترة تناهز الأسابيع الستة", "duration", "", "")
    assert one("قضوا أجمل الأوقات في الايام الاربع لبرنامج استضافة", JULY_26_2015) == ("الايام الاربع", "duration", "", "")
    assert one("تحقيق برنامجي خلال هذه الأعوام الأربعة، جاعلا", JULY_26_2015) == ("الأعوام الأربعة", "duration", "", "")
    # a part, a marker or more of the number after it makes it a period; a name or an age is no span
    assert one("خلال الستة أشهر الأولى من العام الحالي", JULY_26_2015)[:2] == ("الستة أشهر الأولى من العام الحالي", "relative")
    assert one("في الأشهر الخمسة عشر الماضية", JULY_26_2015)[:2] == ("الأشهر الخمسة عشر الماضية", "relative")
    assert read("حرب الأيام الستة", JULY_26_2015) == []
    assert read("الطفلة ذات الثمانية أعوام", JULY_26_2015) == []


def test_a_clock_time_on_a_night_of_two_weekdays():
    # Sunday 26 July 2015: after midnight the clock time falls on the night's second day, before it on the first
    assert one("وتدخل الهدنة حيز التنفيذ الساعة 00,01 تغ ليل الاحد الاثنين المقبلين", JULY_26_2015) == (
        "الساعة 00,01 تغ ليل الاحد الاثنين المقبلين", "time", "2015-08-03", "2015-08-03")
    assert one("وقع الانفجار الساعة العاشرة ليلة الخميس الجمعة", JULY_26_2015) == (
        "الساعة العاشرة ليلة الخميس الجمعة", "time", "2015-07-23", "2015-07-23")
    assert one("بدأ حظر التجول الساعة 02:30 ليل الجمعة / السبت", JULY_26_2015) == (
        "الساعة 02:30 ليل الجمعة / السبت", "time", "2015-07-25", "2015-07-25")
    # the night alone, without a clock time, stays the range of its two days
    assert one("وقعت الاشتباكات ليل السبت الأحد", JULY_26_2015) == ("ليل السبت الأحد", "range", "2015-07-25", "2015-07-26")


def test_ramadan_named_by_its_epithet():
    # Sunday 26 July 2015, ten days after Ramadan 1436 (18 June - 16 July 2015)
    assert one("ارتفعت المبيعات خلال الشهر الفضيل بنسبة كبيرة", JULY_26_2015) == (
        "الشهر الفضيل", "month", "2015-06-18", "2015-07-16")
    assert one("بلغ عدد المقبوض عليهم منذ مطلع الشهر الكريم آلاف الحالات", JULY_26_2015) == (
        "مطلع الشهر الكريم", "month", "2015-06-18", "2015-07-16")
    assert one("في الخامس عشر من الشهر الفضيل", JULY_26_2015) == ("الخامس عشر من الشهر الفضيل", "date", "2015-07-02", "2015-07-02")
    # an indefinite noun with the adjective is no month
    assert read("في شهر فضيل وفي يوم فضيل", JULY_26_2015) == []


def test_a_month_or_day_after_a_habit_of_every_year_is_unresolved():
    assert one("وتحرص القناة كل عام خلال الشهر الفضيل على عرض برامجها", JULY_26_2015) == ("الشهر الفضيل", "month", "", "")
    assert one("وتزداد هذه الظاهرة كل سنة في رمضان خصوصا وقت التراويح", JULY_26_2015) == ("رمضان", "month", "", "")
    assert one("ويقام المهرجان سنويا في 20 أغسطس", JULY_26_2015) == ("20 أغسطس", "date", "", "")
    # بشكل عام (generally) is no habit of every year
    assert one("وبشكل عام في رمضان ارتفعت المبيعات", JULY_26_2015) == ("رمضان", "month", "2015-06-18", "2015-07-16")


def test_a_part_of_the_year_that_the_clause_says_has_ended():
    # published 26 July 2015: the second quarter has ended this year, the third last year
    assert read("هوت الأرباح خلال الربع الثاني الذي انتهى في 30 حزيران", JULY_26_2015)[0] == (
        "الربع الثاني", "relative", "2015-04-01", "2015-06-30")
    assert one("سجلت الشركة خسارة في الربع الثالث الذي انتهى", JULY_26_2015) == (
        "الربع الثالث", "relative", "2014-07-01", "2014-09-30")
    assert one("تراجعت المبيعات في النصف الأول التي مضت", JULY_26_2015)[:3] == ("النصف الأول", "relative", "2015-01-01")
    # other relative clauses name no date; a running part without one stays this year's
    assert read("الربع الأول الذي يشهد فيه السوق", JULY_26_2015) == []
    assert one("منذ بداية الربع الثالث", JULY_26_2015) == ("بداية الربع الثالث", "relative", "2015-07-01", "2015-09-30")


def test_ramadan_in_a_statement_about_any_year_is_unresolved():
    # after مثل (such as) or with an adverb of habit in its clause: any year's Ramadan, no one month
    assert one("تحديد أيام المناسبات الدينية، مثل بداية شهر رمضان والأعياد", JULY_26_2015) == (
        "بداية شهر رمضان", "month", "", "")
    assert one("غالباً ما يكون للبرامج الدينية حصة الأسد خلال رمضان", JULY_26_2015) == ("رمضان", "month", "", "")
    assert one("الأسعار التي دائما ما ترتفع في الشهر الفضيل", JULY_26_2015) == ("الشهر الفضيل", "month", "", "")
    assert one("ويكثر الحجاج عادة في ذي الحجة", JULY_26_2015) == ("ذي الحجة", "month", "", "")
    # إعادة ما is no adverb of habit, and a habit in another clause leaves this one's month alone
    assert one("إعادة ما فقد في رمضان", JULY_26_2015)[2] == "2015-06-18"
    assert one("عادة ما ترتفع الأسعار. وزار مكة في رمضان", JULY_26_2015)[2] == "2015-06-18"
    # a Gregorian month keeps its nearest year
    assert one("عادة ما ترتفع الأسعار في يوليو", JULY_26_2015)[2] == "2015-07-01"


def test_a_month_or_day_with_in_and_a_relative_year():
    # الشهر الفضيل في العام الماضي: the year phrase belongs to the month, as after من
    assert one("بزيادة 8 في المائة عن الشهر الفضيل في العام الماضي", JULY_26_2015) == (
        "الشهر الفضيل في العام الماضي", "month", "2014-06-28", "2014-07-27")
    assert one("سيعقد المؤتمر في يونيو في العام المقبل", JULY_26_2015) == (
        "يونيو في العام المقبل", "month", "2016-06-01", "2016-06-30")
    assert one("وقع الحادث في 15 يوليو في السنة الماضية", JULY_26_2015) == (
        "15 يوليو في السنة الماضية", "date", "2014-07-15", "2014-07-15")
    # a year in figures after في stays its own row
    assert [row[0] for row in read("في يونيو في العام 2014", JULY_26_2015)] == ["يونيو", "العام 2014"]


def test_a_day_a_relative_clause_defines_after_a_preposition_is_no_date():
    assert read("وقتل 14 ضابطا في اليوم الذي يلقي فيه الرئيس خطابه", JULY_26_2015) == []
    assert read("وكان صائما منذ الليلة التي سبقت العملية", JULY_26_2015) == []
    # without the preposition the relative clause speaks of the noun before: today
    assert one("البيان الصادر اليوم الذي أكد فيه الوزير", JULY_26_2015)[:3] == ("اليوم", "relative", "2015-07-26")


def test_an_age_set_aside_after_a_name_is_no_duration():
    assert read("وقاتل المتهم أيوب بي، 27 عامًا، في العراق", JULY_26_2015) == []
    assert read("ويواجه الرجلان (26 و27 عامًا) تهمة الانضمام", JULY_26_2015) == []
    assert read("ألقي القبض على محمد، 19 سنة، وعبد القادر، 35 سنة، في المطار", JULY_26_2015) == []
    # a span of time between commas after a verb stays a duration
    assert one("استمر الحكم 30 عاما، ثم سقط", JULY_26_2015)[:2] == ("30 عاما", "duration")


def test_two_counts_joined_after_between_or_from_are_one_duration():
    assert one("الوصول إلى الوقود يحتاج ما بين 7 و 8 اعوام", JULY_26_2015)[:2] == ("بين 7 و 8 اعوام", "duration")
    assert one("وضمانها يمتد من 15 إلى 20 سنة", JULY_26_2015)[:2] == ("من 15 إلى 20 سنة", "duration")
    assert one("حكم عليهم بالسجن بين ثلاث وعشر سنوات", JULY_26_2015)[:2] == ("بين ثلاث وعشر سنوات", "duration")
    assert one("سيغيب لفترة تتراوح بين 4 و6 أسابيع", JULY_26_2015)[:2] == ("بين 4 و6 أسابيع", "duration")
    # one number after a comparative is no pair of counts; a month after the pair makes a range of days
    assert one("شيد منذ أكثر من مائة وعشرة أعوام", JULY_26_2015)[0] != "من مائة وعشرة أعوام"
    assert one("من 4 إلى 6 أيار", JULY_26_2015)[1] == "range"


def test_two_days_joined_by_or_before_their_month_are_one_range():
    # 30 أو 31 يوليو: either day, one row of both, as "4 و5 تموز" and "نوفمبر او ديسمبر القادمين"
    assert one("المحادثات مقررة في 30 أو 31 يوليو (تموز) الحالي", JULY_26_2015) == (
        "30 أو 31 يوليو (تموز) الحالي", "range", "2015-07-30", "2015-07-31")
    assert one("تعقد الجلسة في 4 او 5 أغسطس المقبل", JULY_26_2015) == ("4 او 5 أغسطس المقبل", "range", "2015-08-04", "2015-08-05")
    # counts joined by أو before a unit are no days of a month
    assert one("يستغرق ذلك 3 أو 4 سنوات", JULY_26_2015)[:2] == ("4 سنوات", "duration")


def test_a_decade_is_a_year_row_of_its_ten_years():
    # بداية الستينات: a decade is kind year, its ten whole years (the gold rules' decision); an edge word stays in the span
    assert one("يتذكر أبناء الثمانينات الميلادية كيف كان", JULY_26_2015) == ("الثمانينات الميلادية", "year", "1980-01-01", "1989-12-31")
    assert one("ظهرت في بداية الستينيات", JULY_26_2015) == ("بداية الستينيات", "year", "1960-01-01", "1969-12-31")
    assert one("بدأ البرنامج في عقد الخمسينات من القرن الماضي", JULY_26_2015) == (
        "عقد الخمسينات من القرن الماضي", "year", "1950-01-01", "1959-12-31")
    assert one("نشط الإرهابيون خلال التسعينات", JULY_26_2015)[:2] == ("التسعينات", "year")
    # an age (في الستينات من عمره) and a decade of another century are no decade of the twentieth
    assert read("رجل في الستينات من عمره", JULY_26_2015) == []
    assert read("في الثمانينات من القرن التاسع عشر", JULY_26_2015) == []
    assert read("انتقل إليها في نهاية الستينيات الهجرية", JULY_26_2015) == []
    # degrees: حرارة تقترب من الخمسينات المئوية
    assert read("مع حرارة تقترب من الخمسينات المئوية", JULY_26_2015) == []


def test_lexeme_words_are_read_once_per_span_and_immutable():
    """A span's values are cached (امس, العام الماضي recur in most articles); the cache hands out tuples nobody can change."""
    from workbench.extract.dates.lexicon import load_lexicon
    from workbench.extract.dates.readings import _lexeme_words

    lex = load_lexicon()
    words = _lexeme_words("حزيران/يونيو 2015", True, lex)
    assert words == (("month", "حزيران"), ("pair", "يونيو"), ("number", "2015"))
    assert _lexeme_words("حزيران/يونيو 2015", True, lex) is words
    # two number words that are no one number are two days only for a calendar rule
    assert [kind for kind, _ in _lexeme_words("عشره الي عشرين", True, lex)] == ["numword", "numword_next"]
    assert [kind for kind, _ in _lexeme_words("عشره الي عشرين", False, lex)] == ["numword", "numword"]


def test_same_span_read_in_two_contexts_keeps_each_context():
    """The cached values of a span are its words only: the reading still looks at the article around it."""
    doc = Document("a", "وصل امس. وقال الوزير امس الاول ان الزيارة تمت امس", pd.Timestamp("2015-08-07 10:00", tz="Asia/Riyadh"))
    assert [str(r["value_start"]) for r in dates_for(doc)] == ["2015-08-06", "2015-08-05", "2015-08-06"]


def test_a_decade_after_a_temperature_or_age_word_is_no_decade():
    """Degrees and ages said in decades: a temperature word in the sentence, an age word in the clause before it."""
    assert read("أظهر تحليل ان مؤشر درجات الحرارة مرتفع في الكويت والعراق، وتلامس الخمسينات مجددا", JULY_26_2015) == []
    assert read("بمعدل حرارة 40 و42 درجة للعظمى وبداية العشرينات ليلا", JULY_26_2015) == []
    assert read("يمكن أن يصيب الشخص في مراحل صغيرة من عمره في الثلاثينات", JULY_26_2015) == []
    assert read("والقتيل في الخمسين من العمر في حين ان الجريح في العشرينيات نقل", JULY_26_2015) == []
    # an age given in another clause leaves an era of the sentence alone; a century word keeps the decade
    assert [r[0] for r in read("وينوي الجنرال، البالغ من العمر 61 عاما، الذهاب أثناء الحرب الأهلية في التسعينات", JULY_26_2015)] == [
        "التسعينات"]
    assert [r[0] for r in read("ارتفعت درجات الحرارة في الخمسينات من القرن الماضي", JULY_26_2015)] == [
        "الخمسينات من القرن الماضي"]


def test_tawal_before_a_part_of_the_day_is_a_duration_with_its_introducer():
    """The gold rules write "طوال الليل" as a duration that keeps its introducer (granularity day, like ليل)."""
    assert one("وبقي المسلحون في الشارع طوال الليل قبل انسحابهم", TUESDAY_4_AUG) == ("طوال الليل", "duration", "", "")
    assert one("سهر المتطوعون طوال الليل.", TUESDAY_4_AUG)[:2] == ("طوال الليل", "duration")
    assert one("واستمر القصف طيلة النهار على الحي", TUESDAY_4_AUG)[:2] == ("طيلة النهار", "duration")
    rows = dates_for(Document("t", "وبقي المسلحون طوال الليل في الشارع", TUESDAY_4_AUG))
    assert [r["granularity"] for r in rows] == ["day"]
    # خلال الليل stays the time of the night (its value unknown), as the development decisions have it
    assert one("وقصفت الطائرات الحي خلال الليل، وقال", TUESDAY_4_AUG)[:2] == ("الليل", "time")


def test_the_minutes_unit_and_part_of_day_after_a_dotted_clock_time_are_in_the_span():
    """The gold rules' clock time "الساعة 4.15 دقيقة مساء" is one time row, دقيقة and مساء included."""
    assert one("وقع الانفجار في الساعة 4.15 دقيقة مساء قرب السوق", TUESDAY_4_AUG)[:2] == ("الساعة 4.15 دقيقة مساء", "time")
    assert one("وصل الوفد الساعة 9.30 دقيقة إلى المطار", TUESDAY_4_AUG)[:2] == ("الساعة 9.30 دقيقة", "time")
    assert [r[:2] for r in read('وقع الانفجار الساعة 4.15 دقيقة مساء "الأحد" في الحي', TUESDAY_4_AUG)] == [
        ("الساعة 4.15 دقيقة مساء", "time"), ("الأحد", "weekday")]


def test_and_more_after_a_unit_is_in_the_span():
    """"وأكثر" after a duration's unit is part of it ("طوال عقدٍ وأكثر", a development row), and makes a count unresolved;
    not before another amount, which it compares on its own."""
    assert one("فشلت في تحقيقها طوال عقدٍ وأكثر من الزمن.", TUESDAY_4_AUG) == ("طوال عقدٍ وأكثر", "duration", "", "")
    assert one("وقد تظل واقفة مدة تصل لثلاثين دقيقة وأكثر حتى تمر", TUESDAY_4_AUG)[:2] == ("ثلاثين دقيقة وأكثر", "duration")
    assert one("تأتي الزيارة بعد تسعة أشهر وأكثر على غياب أي معلومات", TUESDAY_4_AUG) == ("بعد تسعة أشهر وأكثر", "relative", "", "")
    assert one("غادر المدينة منذ عام وأكثر", TUESDAY_4_AUG) == ("منذ عام وأكثر", "relative", "", "")
    assert one("شهدت البلاد عشرة أعوام وأكثر من مئة قتيل", TUESDAY_4_AUG)[0] == "عشرة أعوام"
    assert one("شهدت البلاد عشرة أعوام وأكثر من 100 قتيل", TUESDAY_4_AUG)[0] == "عشرة أعوام"


def test_the_day_or_night_after_fi_alone_is_a_rate():
    """The gold decisions: "في اليوم" (per day) is no date; nor "في الليلة" (per night). Today is اليوم alone."""
    assert read("ويأكلون الأرز ثلاث مرات في اليوم. وأضافت", TUESDAY_4_AUG) == []
    assert read("سمح للمودعين بصرف 60 يورو في اليوم بحد أقصى", TUESDAY_4_AUG) == []
    assert read("وبلغ معدل الإنفاق في الليلة إلى 73.3 دولار", TUESDAY_4_AUG) == []
    assert [r[:2] for r in read("ينام ساعتين فقط في الليلة", TUESDAY_4_AUG)] == [("ساعتين", "duration")]
    # guards: today with its verb, the same day, a part of today
    assert one("وقال الوزير في تصريح اليوم إن", TUESDAY_4_AUG)[:3] == ("اليوم", "relative", "2015-08-04")
    assert one("وانفجرت سيارة في اليوم نفسه في المنطقة", TUESDAY_4_AUG)[:2] == ("اليوم نفسه", "relative")
    assert one("ووصل في صباح اليوم إلى جدة", TUESDAY_4_AUG)[:3] == ("صباح اليوم", "relative", "2015-08-04")


def test_the_first_hours_of_a_part_of_the_day_are_a_time():
    """The gold decisions: a time of day with no recoverable day ("ساعات الفجر الأولى") is kind time, unresolved;
    with a relative day or من + a day after it, the day's row alone (as "في الساعات الأولى من صباح الاثنين")."""
    assert one("استهدفت إحداها في ساعات الفجر الأولى بعبوة ناسفة", TUESDAY_4_AUG) == ("ساعات الفجر الأولى", "time", "", "")
    assert one("وتجمع المحتجون في ساعات الصباح الباكر في الشارع", TUESDAY_4_AUG)[:2] == ("ساعات الصباح الباكر", "time")
    assert one("وصلت القوات في ساعات الفجر الأولى أمس إلى البلدة", TUESDAY_4_AUG)[:3] == ("أمس", "relative", "2015-08-03")
    assert one("في ساعات الصباح الأولى من يوم الأحد", TUESDAY_4_AUG)[:2] == ("يوم الأحد", "weekday")
    assert read("في ساعات النهار الطويلة", TUESDAY_4_AUG) == []


def test_an_hour_word_after_a_preposition_with_its_relative_day_is_a_time():
    """The gold decisions: a clock time with its relative day is one time row ("السادسة غدا"); an hour word that is an
    ordinal adjective (المباراة الثانية غدا, دورتها الثالثة امس) leaves the relative day alone."""
    assert one("تنطلق الفعاليات في السادسة غدا بالرياض", TUESDAY_4_AUG)[:3] == ("السادسة غدا", "time", "2015-08-05")
    assert one("تستمر المعارض حتى العاشرة اليوم", TUESDAY_4_AUG)[:3] == ("العاشرة اليوم", "time", "2015-08-04")
    assert one("وتنطلق المباراة الثانية غدا", TUESDAY_4_AUG)[:2] == ("غدا", "relative")
    assert one("عقدت اللجنة في دورتها الثالثة امس ورشة", TUESDAY_4_AUG)[:2] == ("امس", "relative")
    assert one("الملكة إليزابيث الثانية اليوم", TUESDAY_4_AUG)[:2] == ("اليوم", "relative")


def test_shortly_before_a_count_counts_back():
    """قبيل (shortly before) counts back as قبل does ("قبيل أربع سنوات من الآن", a development row): the year four years
    before publication; a vague count stays unresolved, and قبيل before an event is no date."""
    assert one("ولو لاحظنا في الثورات العربية قبيل أربع سنوات من الآن في مصر", TUESDAY_4_AUG) == (
        "قبيل أربع سنوات من الآن", "relative", "2011-01-01", "2011-12-31")
    assert one("أعلن الجيش قبيل ساعات قليلة على سريان الهدنة", TUESDAY_4_AUG) == ("قبيل ساعات قليلة", "relative", "", "")
    assert read("وصل الوفد قبيل الانتخابات المقبلة", TUESDAY_4_AUG) == []


def test_another_after_a_dual_unit_is_in_the_duration():
    """"آخرين"/"أخريين" (two more) after a dual unit are part of the duration, as "أخرى" after a plural is."""
    assert [r[0] for r in read("بعقد يمتد لعامين مع أفضلية التوقيع لعامين آخرين.", TUESDAY_4_AUG)] == ["عامين", "عامين آخرين"]
    assert read("مع أفضلية التوقيع لعامين آخرين.", TUESDAY_4_AUG) == [("عامين آخرين", "duration", "", "")]
    assert one("الاستمرار في تناول الدواء لمدة سنتين أخريين، والبيانات", TUESDAY_4_AUG)[:2] == ("لمدة سنتين أخريين", "duration")


def test_fi_zarf_opens_a_duration():
    """"في ظرف" (within) keeps its place in the duration, as "في غضون" does (a development decision)."""
    assert one("تشير إلى ثورة إيرانية في ظرف عشر سنين... ولكم", TUESDAY_4_AUG) == ("في ظرف عشر سنين", "duration", "", "")
    assert one("في ثاني هجوم إرهابي في ظرف يومين في منطقة", TUESDAY_4_AUG)[:2] == ("في ظرف يومين", "duration")


def test_the_games_of_a_city_name_their_year():
    """"ألعاب لندن 2012" (the Games by their city) names the year, as "أولمبياد لندن 2012" and "كأس العالم 2014" do."""
    assert one("وكانت ألعاب لندن 2012 شهدت نشر 40 ألف رجل أمن", TUESDAY_4_AUG) == ("2012", "year", "2012-01-01", "2012-12-31")


def test_a_bare_aqd_before_a_noun_is_holding_not_a_decade():
    """عقد after قبل, قبيل, بعد, منذ before a noun is the holding of it (قبيل عقد اجتماع جنيف), no decade; before a mark,
    من, مضى or تقريبا it is a decade."""
    assert read("كما اندلع خلاف في السابق قبيل عقد اجتماع جنيف بين الجانبين", TUESDAY_4_AUG) == []
    assert read("وذلك بعد عقد صفقة مع الشركة", TUESDAY_4_AUG) == []
    assert one("تغير كل شيء منذ عقد من الزمن", TUESDAY_4_AUG)[:3] == ("منذ عقد من الزمن", "relative", "2005-01-01")
    assert one("وقعت الحادثة قبل عقد تقريباً", TUESDAY_4_AUG)[:3] == ("قبل عقد", "relative", "2005-01-01")
    assert one("قبل عقد، كان الوضع مختلفا", TUESDAY_4_AUG)[:3] == ("قبل عقد", "relative", "2005-01-01")
    # guards: a decade before أن, and after منذ whatever follows
    assert one("وتفاجأنا بعد عقد أن منطقتنا تنتج ما هو أشنع", TUESDAY_4_AUG)[:2] == ("بعد عقد", "relative")
    assert one("كجزء من جهوده المستمرة منذ عقد لقمع حركة تمرد", TUESDAY_4_AUG)[:3] == ("منذ عقد", "relative", "2005-01-01")


def test_the_day_after_fi_before_a_complement_is_today():
    """"في اليوم" before بأن/أن is the day a deed was done (today, in translated wire copy: "تعهد ... في اليوم بأن"),
    not a rate; rates keep no row."""
    assert one("وتعهد رئيس الوزراء تسيبراس في اليوم بأن يواصل الإصلاحات", TUESDAY_4_AUG) == (
        "اليوم", "relative", "2015-08-04", "2015-08-04")
    assert read("ويأكلون الأرز ثلاث مرات في اليوم. وأضافت", TUESDAY_4_AUG) == []


def test_a_vague_plural_after_lam_is_a_duration():
    """لعقود, لسنوات, لساعات طويلة before a mark or من/في: "for decades", a vague duration without the ل; before a noun
    the plural is its construct (لعقود النفط: contracts) and gives no row."""
    assert one("عانت المنطقة من الطائفية لعقود”. واستطرد", TUESDAY_4_AUG) == ("عقود", "duration", "", "")
    assert one("العبث بمواردها لعقودٍ من الزمن، لنشر الصراعات", TUESDAY_4_AUG)[:2] == ("عقودٍ", "duration")
    assert one("وانتظر المسافرون لساعات طويلة.", TUESDAY_4_AUG)[:2] == ("ساعات طويلة", "duration")
    # guards: a plural before a noun after ل, and after ب
    assert read("ووقعت الوزارة لعقود النفط الجديدة", TUESDAY_4_AUG) == []
    assert read("وقد فاز بأيام التدريب الأولى", TUESDAY_4_AUG) == []


def test_a_named_gregorian_month_reads_years_before_1800():
    """A Gregorian month written by name fixes the calendar, so "6 يونيو 1799" is that day; a date in figures before
    1800 stays unresolved (an old year without هـ may be Hijri); a written year above the Hijri years, see
    test_a_written_year_above_the_hijri_years_and_before_1800_is_that_gregorian_year."""
    assert one("وصل نابليون إلى مصر في 6 يونيو 1799 قادما من فرنسا", TUESDAY_4_AUG) == (
        "6 يونيو 1799", "date", "1799-06-06", "1799-06-06")
    assert one("سافر في يونيو 1799 إلى الشام", TUESDAY_4_AUG)[2:] == ("1799-06-01", "1799-06-30")
    # guards: a date in figures, a year before the Gregorian calendar's first full year
    assert one("في 6/6/1799 وقع الحدث", TUESDAY_4_AUG)[2:] == ("", "")
    assert one("في 6 يونيو 1492 وقع الحدث", TUESDAY_4_AUG)[2:] == ("", "")


def test_a_count_in_brackets_after_a_range_of_years_is_its_length():
    """"من عام 2002م حتى 2015م (14 سنة)": a count set aside after the last year of a range is the range's length, a
    duration, not an age as after a name ("محمد (25 عاما)") or a single year ("ولد عام 1990 (25 عاما)")."""
    text = "المحادثات التي استمرت من عام 2002م حتى 2015م (14 سنة) كان من المفترض"
    assert ("14 سنة", "duration", "", "") in read(text, TUESDAY_4_AUG)
    assert ("13 عاما", "duration", "", "") in read("في الفترة 2002-2015 (13 عاما) تغير", TUESDAY_4_AUG)
    # guards: an age after a name or after one year
    assert read("قال محمد (25 عاما) إن", TUESDAY_4_AUG) == []
    assert [row[0] for row in read("ولد عام 1990 (25 عاما) في جدة", TUESDAY_4_AUG)] == ["عام 1990"]


def test_a_comma_typed_against_the_year_after_its_word_is_a_typo():
    """"عام ،2013": a comma set after the space and against the digits is a slip of the keyboard, the year is still
    named; a comma against the word ("العام، 2013") separates, and the figure is no year of that word."""
    assert one("وفي عام ،2013 ارتفعت الأسعار", TUESDAY_4_AUG) == ("عام ،2013", "year", "2013-01-01", "2013-12-31")
    assert one("منذ العام ،2011 لم يتغير", TUESDAY_4_AUG)[:3] == ("العام ،2011", "year", "2011-01-01")
    # guard: a comma against the year word is a separator
    assert [row[0] for row in read("في نهاية العام، 2013 شخصا", TUESDAY_4_AUG)] != ["العام، 2013"]


def test_a_month_of_the_same_year_takes_the_year_named_before():
    """"يونيو (حزيران) من العام ذاته": a month or day followed by "of the same year" is in the year of the last
    Gregorian expression before it; the span stays the month or day (من العام ذاته refers back, names no date)."""
    text = "دشن تمثال في 25 أكتوبر (تشرين الأول) 2011، وآخر في يونيو (حزيران) من العام ذاته."
    assert read(text, TUESDAY_4_AUG)[-1] == ("يونيو (حزيران)", "month", "2011-06-01", "2011-06-30")
    assert read("في عام 1991 ثم في 20 ديسمبر من السنة نفسها", TUESDAY_4_AUG)[-1] == ("20 ديسمبر", "date", "1991-12-20", "1991-12-20")
    # guards: another year word after the month, and no year named before
    assert read("عام 2013 ثم يونيو من العام المقبل", TUESDAY_4_AUG)[-1][2] == "2016-06-01"
    assert one("وفي يونيو من العام ذاته افتتح", TUESDAY_4_AUG)[2:] == ("2015-06-01", "2015-06-30")


def test_chronology_entries_may_run_on_inside_a_paragraph():
    text = ("أهم الأحداث على النحو التالي : 1923 - عرض اول فيلم مصري. 1937 - اتفاق ينهي حرب شاكو التي اندلعت في 1931."
            " 2008 - الصين وروسيا توقعان اتفاقا.")
    years = [r[0] for r in read(text, MONDAY) if r[1] == "year"]
    assert years == ["1923", "1937", "1931", "2008"]


@pytest.mark.parametrize("text", ["بلغ المؤشر 3.1953 - 4000 نقطة", "وصل العدد. 1957 - 1960 شخصا", "وارتفع إلى 1957 - 1960"])
def test_a_number_before_a_dash_that_opens_no_entry_stays_no_year(text):
    assert [r for r in read(text, MONDAY) if r[1] == "year"] == []


@pytest.mark.parametrize(("text", "surface"), [
    ("يبقى المصابون في الحجر الصحي لفترة لا تقل عن الأسبوعين.", "الأسبوعين"),
    ("الذين أكملوا فترة ما فوق الشهرين، وايضاً", "الشهرين"),
])
def test_a_definite_dual_after_a_comparison_is_how_long(text, surface):
    assert one(text, MONDAY) == (surface, "duration", "", "")


def test_a_definite_dual_after_a_comparison_keeps_its_marker_reading():
    assert one("تحدث عن الشهرين الماضيين", MONDAY)[1:] == ("relative", "2015-05-01", "2015-06-30")


def test_the_night_before_last_is_the_day_before_yesterday():
    saturday = pd.Timestamp("2015-07-25 10:00", tz="Asia/Riyadh")
    assert one("استشهاد ضابط وثلاثة مجندين، الليلة قبل الماضية، في تفجير عبوة", saturday) == (
        "الليلة قبل الماضية", "relative", "2015-07-23", "2015-07-23")
    assert one("وقع الانفجار الليلة الماضية في المدينة", saturday)[0] == "الليلة الماضية"


@pytest.mark.parametrize(("text", "surface", "last_day"), [
    ("بلغت الواردات خلال الأشهر الخمسة الأولى من العام الجاري 29 مليون دينار", "الأشهر الخمسة الأولى من العام الجاري", "2015-05-31"),
    ("حقق فائضا خلال الأشهر الأربعة الأولى من هذا العام بنسبة", "الأشهر الأربعة الأولى من هذا العام", "2015-04-30"),
    ("ارتفعت خلال الشهور الثمانية الأولى من العام الحالي", "الشهور الثمانية الأولى من العام الحالي", "2015-08-31"),
])
def test_the_first_months_of_a_year_by_any_count(text, surface, last_day):
    assert one(text, MONDAY) == (surface, "relative", "2015-01-01", last_day)


@pytest.mark.parametrize(("text", "surface", "year"), [
    ("لم يفز باللقب سوى في أربع مناسبات كان آخرها عام .2012 من جانبه", "عام .2012", "2012"),
    ("في العام - 1968- قدم لهم قصة", "العام - 1968", "1968"),
])
def test_a_full_stop_or_dash_typed_against_the_year_after_its_word_is_a_typo(text, surface, year):
    assert one(text, MONDAY) == (surface, "year", f"{year}-01-01", f"{year}-12-31")


def test_a_full_stop_after_a_count_stays_no_year():
    assert [r for r in read("حتى 5 سنوات . 2015 كان", MONDAY) if r[1] == "year"] == []


def test_greenwich_time_written_with_a_space_is_one_time():
    assert read("وقع الهجوم عند قرابة الساعة 6:30 (5:30 ت غ) في الوقت", MONDAY)[-1][:2] == ("5:30 ت غ", "time")


def test_an_age_of_two_is_no_duration():
    assert read("نفذتهما فتاتان «يقل عمرهما عن 15 عاما» قامتا بتفجير", MONDAY) == []


def test_monday_after_with_is_the_two_unless_a_marker_follows():
    assert read("لم تكن لها مشكلة مع الاثنين، لكن مشكلتها", MONDAY) == []
    assert one("تتزامن الزيارة مع الاثنين المقبل", MONDAY)[:2] == ("الاثنين المقبل", "weekday")


def test_an_event_after_and_still_names_its_year():
    assert [r[0] for r in read("تجاوز تصفيات كأس العالم 2018 في روسيا وكأس آسيا 2019 بالامارات ووقتها", MONDAY)] == ["2018", "2019"]
    # a bare number after an event word with a money word after it stays an amount
    assert read("وكأس البطولة 2019 ريال", MONDAY) == []


@pytest.mark.parametrize(("text", "published", "first", "last"), [
    ("أغلق المؤشر في نهاية شهر يوليو الماضي مرتفعاً 0.13% مقارنة بالشهر السابق.", AUGUST_2015, "2015-06-01", "2015-06-30"),
    ("زاد متوسط الأسعار بنسبة 0.56 في المائة في يونيو (حزيران) الماضي مقارنة بالشهر السابق.", MONDAY, "2015-05-01", "2015-05-31"),
])
def test_the_previous_month_after_the_month_named_is_the_one_before_it(text, published, first, last):
    assert read(text, published)[-1] == ("الشهر السابق", "relative", first, last)


def test_the_previous_month_or_year_otherwise_is_counted_from_publication():
    assert one("تراجع بنسبة 5% مقارنة بالشهر السابق", AUGUST_2015) == ("الشهر السابق", "relative", "2015-07-01", "2015-07-31")
    # another month named before: "the previous month" stays last month
    assert read("ارتفع في مايو الماضي مقارنة بالشهر السابق", AUGUST_2015)[-1] == ("الشهر السابق", "relative", "2015-07-01", "2015-07-31")
    # a year's report compares this year's quarter with the one of the year before publication
    found = read("مقابل 202 مليون ريال في نفس الفترة من عام 2014. وتراجع عن الربع المماثل من العام السابق", MONDAY)
    assert found[-1] == ("العام السابق", "relative", "2014-01-01", "2014-12-31")


# --- a third audit against the written gold rules: lists, numbers that look like years, clock minutes ----------------


@pytest.mark.parametrize(("text", "surface", "first", "last"), [
    ("تتسلم ثلاث طائرات سنويا في أعوام 2015 و2016 و2017، على أن", "أعوام 2015 و2016 و2017", "2015-01-01", "2017-12-31"),
    ("حاولوا دخول الأردن في اعوام 2009 و2010 و2013، وفقا لمصادر", "اعوام 2009 و2010 و2013", "2009-01-01", "2013-12-31"),
    ("وفي السنوات 2005 و2006 و2007.", "السنوات 2005 و2006 و2007", "2005-01-01", "2007-12-31"),
    ("فزارها 3 مرات في 1924 و1925 و1929 ليبحث", "1924 و1925 و1929", "1924-01-01", "1929-12-31"),
    ("أصيبت بها في ١٩٩٨ و٢٠٠٩ و٢٠١٢، وتعاني", "١٩٩٨ و٢٠٠٩ و٢٠١٢", "1998-01-01", "2012-12-31"),
    ("يتوج باللقب بعد اعوام 2007 و2009 و2010. وتقام", "اعوام 2007 و2009 و2010", "2007-01-01", "2010-12-31"),
    ("شاركت بصفة مراقب في الأعوام 2008، 2009، 2010، ثم عاودت", "الأعوام 2008، 2009، 2010", "2008-01-01", "2010-12-31"),
])
def test_a_list_of_three_or_more_years_is_one_range_row(text, surface, first, last):
    assert one(text) == (surface, "range", first, last)


def test_a_list_of_two_years_and_a_vague_count_of_years_are_unchanged():
    assert one("في عامي 2014 و2015") == ("عامي 2014 و2015", "range", "2014-01-01", "2015-12-31")
    assert one("في 2009 و2010") == ("2009 و2010", "range", "2009-01-01", "2010-12-31")
    assert one("غادر منذ سنوات، ولم يعد")[:2] == ("منذ سنوات", "relative")


@pytest.mark.parametrize("text", [
    "صدر القرار رقم 1985",
    "للاستفسار على الرقم 1955 والذي تم انشاؤه",
    "مع هاتف خدمة العملاء رقم 1911، وذلك لتلقي",
    "عبر الرقم 1900.",
    "وبالرقم 1999",
])
def test_a_number_after_raqm_is_no_year(text):
    assert read(text) == []


def test_the_year_of_a_numbered_resolution_is_still_read():
    assert one("قرار مجلس الأمن رقم 1696 لعام 2006، فضلا")[:2] == ("عام 2006", "year")


@pytest.mark.parametrize(("text", "surface"), [
    ("يبدأ الحفل في الثامنة والنصف مساء", "الثامنة والنصف مساء"),
    ("يبدأ الحفل في التاسعة وعشر دقائق مساء،", "التاسعة وعشر دقائق مساء"),
    ("عند العاشرة والربع صباحا", "العاشرة والربع صباحا"),
])
def test_the_minutes_of_a_bare_hour_word_before_its_part_of_the_day_are_in_the_time(text, surface):
    assert one(text)[:2] == (surface, "time")


@pytest.mark.parametrize("text", [
    "في انتهاك لوائح التعاقدات مع اللاعبين الأجانب دون 18 عاما ما أدى",
    "مثل منتخب الأرجنتين دون 20 عاماً في أربع مباريات",
    "وسمح للرجال ما فوق 50 عاما بالدخول",
    "من المشاركين وهم فوق الـ18 عاما يرون",
])
def test_a_count_of_years_right_after_under_or_over_is_an_age_limit(text):
    assert read(text) == []


def test_under_or_over_further_before_a_count_or_before_other_units_leaves_a_duration():
    assert one("ستبقي هدفها الإنتاجي دون تغيير لخمس سنوات على الأقل")[1] == "duration"
    assert one("أكملوا فترة ما فوق الشهرين")[1] == "duration"
    assert one("صاحب خبرة فنيّة تفوق 70 عاما.")[1] == "duration"


@pytest.mark.parametrize(("text", "surface"), [
    ("وقع الحادث في الثامنة والربع صباح أمس", "الثامنة والربع صباح أمس"),
    ("يقام الحفل في التاسعة والنصف من مساء اليوم", "التاسعة والنصف من مساء اليوم"),
    ("وصل المتسللون قبل الرابعة فجر أمس", "الرابعة فجر أمس"),
    ("تقام المباراة في الخامسة عصر اليوم", "الخامسة عصر اليوم"),
])
def test_an_hour_word_before_a_part_of_a_relative_day_is_one_time_row(text, surface):
    assert one(text, TUESDAY_4_AUG)[:3] == (surface, "time", "2015-08-03" if "أمس" in surface else "2015-08-04")


def test_an_ordinal_before_a_part_of_a_relative_day_leaves_the_relative_row():
    assert one("تقام المباراة الثانية صباح اليوم")[:2] == ("صباح اليوم", "relative")


@pytest.mark.parametrize("text", [
    "والأزمة تتفاقم يوماً بعد يوم، وفق",
    "تتجدد وتتطور عاما بعد عام",
    "دفعاه للمثابرة سنة بعد سنة وهو",
    "ويتراجع الإنتاج شهرا بعد شهر",
])
def test_a_unit_after_the_same_unit_is_no_date(text):
    assert read(text) == []


def test_a_count_after_a_unit_is_still_a_relative_row():
    assert read("تعثر على الطائرة قبل عام بعد أكثر من عام على تحطمها")[1][:2] == ("بعد أكثر من عام", "relative")


@pytest.mark.parametrize(("text", "surface", "first", "last"), [
    ("تأسست عام 1400 هـ وفي شهر رمضان من العام ذاته افتتحت", "شهر رمضان", "1980-07-13", "1980-08-11"),
    ("في 3 شوال 1430 هـ ثم في 5 رمضان من العام ذاته", "5 رمضان", "2009-08-26", "2009-08-26"),
])
def test_a_hijri_month_or_day_of_the_same_year_takes_the_hijri_year_named_before(text, surface, first, last):
    assert read(text, TUESDAY_4_AUG)[1] == (surface, "month" if surface.startswith("شهر") else "date", first, last)


def test_a_gregorian_month_of_the_same_year_still_takes_the_gregorian_year_named_before():
    assert read("تأسست عام 2011 وفي يونيو من العام ذاته افتتحت", TUESDAY_4_AUG)[1] == ("يونيو", "month", "2011-06-01", "2011-06-30")


@pytest.mark.parametrize(("text", "surface"), [
    ("افتتح المشروع في 5 رمضان 1436 (هـ) في الرياض", "5 رمضان 1436 (هـ)"),
    ("صدر القرار بتاريخ 1436/10/5 (هـ) وأعلن", "1436/10/5 (هـ)"),
    ("بدأ العمل في عام 1436 ( هـ ) بالمشروع", "عام 1436 ( هـ )"),
])
def test_a_calendar_letter_in_brackets_after_a_year_is_in_the_span(text, surface):
    assert read(text, TUESDAY_4_AUG)[0][0] == surface


def test_a_bracket_after_a_year_that_holds_no_calendar_letter_stays_outside():
    assert read("في عام 1436 (وهو عام الرؤية) بدأ", TUESDAY_4_AUG)[0][0] == "عام 1436"


@pytest.mark.parametrize("text", ["نريد الحل اليوم قبل الغد", "المطلوب إصلاح اليوم قبل غد", "فالمطلوب الآن قبل غدا"])
def test_today_before_tomorrow_is_an_idiom_and_no_date(text):
    assert read(text) == []


def test_today_before_another_word_is_still_today():
    assert read("وصل الوفد اليوم قبل الظهر", TUESDAY_4_AUG) == [("اليوم", "relative", "2015-08-04", "2015-08-04")]


@pytest.mark.parametrize(("text", "surface"), [
    ("يبدأ الحفل في 8 والنصف مساء", "8 والنصف مساء"),
    ("تنطلق المباراة في 9 والربع مساء اليوم", "9 والربع مساء اليوم"),
])
def test_an_hour_in_figures_with_its_minutes_before_a_part_of_the_day_is_a_time(text, surface):
    assert read(text, TUESDAY_4_AUG)[0][:2] == (surface, "time")


@pytest.mark.parametrize("text", ["يستقبل النادي الأطفال بين 6 و12 سنة", "برنامج للشباب من 18 إلى 25 عاما"])
def test_a_range_of_years_after_a_group_of_people_is_their_ages(text):
    assert read(text) == []


def test_a_range_of_years_after_a_prison_word_is_still_a_duration():
    assert read("حكم عليه بالسجن بين 6 و12 سنة") == [("بين 6 و12 سنة", "duration", "", "")]


@pytest.mark.parametrize("text", ["في الفترة التي تكون عادة ما بين 17 و22 عامًا من عمره، مع ضرورة",
                                  "تستهدف الحملة من 18 إلى 25 عاما من العمر"])
def test_a_range_of_years_before_of_his_life_is_an_age(text):
    assert read(text) == []


@pytest.mark.parametrize("text", ["قضى بين 10 و15 عاما في السجن", "أمضى 20 عاما من عمره في السجن"])
def test_years_spent_or_a_single_count_before_of_his_life_stay_a_duration(text):
    assert read(text)[0][1] == "duration"


def test_a_gregorian_month_of_the_same_year_after_a_hijri_year_falls_inside_it():
    assert read("ولد عام 1400 هـ، وفي يونيو من العام ذاته انتقل", TUESDAY_4_AUG)[1] == ("يونيو", "month", "1980-06-01", "1980-06-30")


def test_a_clock_time_after_a_date_gives_no_day_to_its_value():
    """The gold rules' value is the first and last day meant: the hour and minutes of a timestamp written after
    the date (an article's footer "السبت 08 أغسطس 2015 - 10:30") are no second day of a range."""
    sunday = pd.Timestamp("2015-08-09 14:00", tz="Asia/Riyadh")
    assert one("نشر في: السبت 08 أغسطس 2015 - 10:30 ص", sunday)[2:] == ("2015-08-08", "2015-08-08")
    assert one("الخميس ٦ أغسطس ٢٠١٥ الساعة ٩:١٥ مساء", sunday)[2:] == ("2015-08-06", "2015-08-06")
    assert one("وصل يوم 28 يوليو 2015 الساعة 9:15 صباحا", sunday)[2:] == ("2015-07-28", "2015-07-28")
    assert one("في 6/8/2015 - 10:30", sunday)[2:] == ("2015-08-06", "2015-08-06")


def test_a_decade_in_the_construct_state_before_its_century_is_a_year_row():
    """ستينيات القرن الماضي: a decade without ال names its century right after it (the construct state); the row
    holds both, kind year, the ten whole years, as "الستينيات من القرن الماضي"."""
    assert one("وقفت مظاهر الحياة عند ستينيات القرن الماضي. وتأمل", JULY_26_2015) == (
        "ستينيات القرن الماضي", "year", "1960-01-01", "1969-12-31")
    assert one("شهدت ثمانينات القرن العشرين حربا طويلة", JULY_26_2015) == (
        "ثمانينات القرن العشرين", "year", "1980-01-01", "1989-12-31")
    assert one("منذ تسعينيات القرن الماضي وحتى", JULY_26_2015)[:2] == ("تسعينيات القرن الماضي", "year")


def test_a_decade_without_al_and_without_its_century_stays_no_date():
    """Without its century a bare decade word in the construct state is left alone (ستينيات عمره, خمسينات الحرارة)."""
    assert read("رجل في ستينيات عمره", JULY_26_2015) == []
    assert read("ثمانينات القرن التاسع عشر", JULY_26_2015) == []


def test_a_part_of_the_day_before_a_feast_day_is_in_its_row():
    """صباح يوم العيد: a day named by its feast (gold DECISIONS: صباح يوم الاحتفال) is one hijri date row that holds its
    part of the day, unresolved (which year's feast the text alone rarely says); so is a counted feast day after one."""
    assert one("وقال التنظيم ان عناصره تمكنوا في مساء يوم العيد من قتل 14 عسكريا", JULY_26_2015) == ("مساء يوم العيد", "date", "", "")
    assert one("ركبت والدها بسيارة صباح يوم العيد، لكنها", JULY_26_2015)[:2] == ("صباح يوم العيد", "date")
    assert one("الوزراء الذين وصلوا إلى عدن مساء أول أيام عيد الفطر، كانت", JULY_26_2015)[:2] == ("مساء أول أيام عيد الفطر", "date")


def test_a_part_of_the_day_right_before_a_named_feast_is_its_day():
    """صباح عيد الفطر المبارك, مساء عيد الأضحى: a part of the day written straight before the named feast (no يوم
    between) names the feast's day, one hijri date row, unresolved, as صباح يوم العيد (the batch 754-768 row)."""
    assert one("وتوجه المصلون صباح عيد الفطر المبارك إلى المساجد", JULY_26_2015) == ("صباح عيد الفطر المبارك", "date", "", "")
    assert one("وصل الوفد مساء عيد الأضحى إلى مكة", JULY_26_2015)[:2] == ("مساء عيد الأضحى", "date")


def test_a_part_of_the_day_before_a_bare_feast_or_its_days_is_no_feast_day():
    """A bare صباح العيد is mostly the feast's morning in general (a feature on customs: "يحمل صباح العيد صحن الأكل") and
    stays without a row, as a bare يوم العيد; صباح أيام العيد (the mornings of its days) stays the feast's range; the
    national day's morning gets none."""
    assert read("كان يحمل صباح العيد صحن الأكل على رأسه", JULY_26_2015) == []
    assert one("تزدحم الحدائق صباح أيام العيد", JULY_26_2015)[:2] == ("صباح أيام العيد", "range")
    assert read("احتفلت المدارس صباح العيد الوطني", JULY_26_2015) == []


def test_the_national_day_and_a_bare_feast_day_get_no_feast_row():
    """يوم العيد الوطني is the national day, no Hijri feast; a bare يوم العيد is mostly the feast in general (يوم العيد
    هو يوم الجوائز) and stays without a row."""
    assert read("احتفلت المدارس صباح يوم العيد الوطني", JULY_26_2015) == []
    assert read("يوم العيد هو يوم الجوائز", JULY_26_2015) == []
    assert one("خرج الناس ليلة العيد", JULY_26_2015)[:2] == ("ليلة العيد", "date")


def test_a_day_figure_glued_to_its_month_is_one_date():
    """يوم الثلاثاء 14يوليو 2015: a day's figures typed against its month name (no space) still give one date row with
    its weekday and year, as "14 يوليو 2015" does."""
    assert one("وذلك يوم الثلاثاء 14يوليو 2015 في فيينا", JULY_26_2015) == (
        "يوم الثلاثاء 14يوليو 2015", "date", "2015-07-14", "2015-07-14")
    assert one("وصل الوفد في 3أغسطس الماضي", JULY_26_2015)[:2] == ("3أغسطس الماضي", "date")


def test_figures_glued_to_other_words_stay_no_date():
    """Only a month name may follow a glued day: 3أشهر (a count typed against its unit) stays a duration, and a year's
    digits before a month (2015يوليو) give no day."""
    assert one("انتهت بعد 3أشهر من التفاوض", JULY_26_2015)[1] != "date"
    assert all(kind != "date" for _, kind, *_ in read("في 2015يوليو", JULY_26_2015))


def test_a_feast_holiday_after_ba_or_lam_is_its_range():
    """يبرر هزيمة عدن بإجازة العيد: ب or ل before a feast's period word (إجازة, عطلة, أيام) is left out of the row, as
    "بعد إجازة العيد" gives "إجازة العيد" (an unresolved hijri range)."""
    published = pd.Timestamp("2015-08-03 21:00", tz="Asia/Riyadh")
    assert one("الحوثي يبرر هزيمة عدن بإجازة العيد وانسحاب المقاتلين", published) == ("إجازة العيد", "range", "", "")
    assert one("استعدادا لعطلة عيد الفطر", published)[:2] == ("عطلة عيد الفطر", "range")


def test_a_period_word_after_ba_without_a_feast_stays_no_date():
    """بفترة, بأيام before anything but a feast open no row (بفترة وجيزة, بأيام قليلة are vague)."""
    published = pd.Timestamp("2015-08-03 21:00", tz="Asia/Riyadh")
    assert read("قبل ذلك بفترة وجيزة", published) == []
    assert read("مررنا بإجازة طويلة", published) == []


@pytest.mark.parametrize("text, surface", [
    ("يحظر التجوال من الساعة السابعة مساء وحتى السادسة من صباح اليوم التالي", "من الساعة السابعة مساء وحتى السادسة من صباح اليوم التالي"),
    ("يسري الحظر من العاشرة مساء حتى الخامسة من صباح اليوم التالي", "من العاشرة مساء حتى الخامسة من صباح اليوم التالي"),
])
def test_a_clock_range_to_the_next_morning_is_one_unresolved_range(text, surface):
    """A curfew's hours: the second hour takes its part of the day after من and the next day, one range row with no
    value (the next day of no day the text gives)."""
    assert one(text) == (surface, "range", "", "")


def test_an_hour_on_the_next_day_is_no_time_of_today():
    """"السادسة من صباح اليوم التالي" is one time row without a value, not the morning of the publication day."""
    assert one("تبدأ في السادسة من صباح اليوم التالي") == ("السادسة من صباح اليوم التالي", "time", "", "")


def test_a_clock_time_before_a_part_of_the_day_and_a_weekday_is_one_time_row():
    """"الساعة الواحدة من صباح الأحد" is one time row of that Sunday, as a clock time on a relative day is."""
    assert one("اعتبارا من الساعة الواحدة من صباح الأحد") == ("الساعة الواحدة من صباح الأحد", "time", "2017-06-18", "2017-06-18")
    assert one("اعتبارا من الساعة الواحدة من صباح الأحد المقبل")[0] == "الساعة الواحدة من صباح الأحد المقبل"


def test_a_weekday_with_its_date_after_a_clock_time_stays_the_dates_row():
    """A weekday followed by its date stays in the date's row (صباح الأحد 26 يوليو 2015); a part of the day written
    into the clock time (صباحا) leaves the weekday its own row; a night of two weekdays is still one time row, and one
    written with a dash (ليل الأحد - الاثنين) keeps its rows."""
    assert read("في الساعة العاشرة من صباح الأحد 26 يوليو 2015") == [
        ("الساعة العاشرة", "time", "", ""), ("صباح الأحد 26 يوليو 2015", "date", "2015-07-26", "2015-07-26")]
    assert [r[0] for r in read("الساعة العاشرة من مساء الجمعة الخامس من يوليو")] == ["الساعة العاشرة", "مساء الجمعة الخامس من يوليو"]
    assert read("الساعة العاشرة صباحا يوم الأحد") == [("الساعة العاشرة صباحا", "time", "", ""), ("يوم الأحد", "weekday", "2017-06-18", "2017-06-18")]
    assert one("الساعة 00:01 تغ ليل الاحد / الاثنين")[1:] == ("time", "2017-06-19", "2017-06-19")
    assert [r[0] for r in read("هدنة يبدأ سريانها الساعة 11:59 ليل الأحد - الاثنين")] == ["الساعة 11:59", "ليل الأحد", "الاثنين"]


def test_a_range_after_mundhu_keeps_the_edge_of_its_first_month():
    """"منذ أواسط أبريل عام 2014 وحتى الـ24 من يوليو عام 2015" is one range row without منذ, the edge word in it, as
    after من."""
    assert one("منذ أواسط أبريل/نيسان عام 2014 وحتى الـ24 من يوليو/تموز عام 2015") == (
        "أواسط أبريل/نيسان عام 2014 وحتى الـ24 من يوليو/تموز عام 2015", "range", "2014-04-01", "2015-07-24")
    assert one("منذ مطلع يونيو 2016 وحتى نهاية يوليو 2016")[1:] == ("range", "2016-06-01", "2016-07-31")


def test_an_edged_month_without_mundhu_or_a_second_month_stays_its_own_row():
    """Without منذ before it, or without a second month after حتى, an edged month is its own month row."""
    assert [r[0] for r in read("مطلع يونيو وحتى نهاية يوليو")] == ["مطلع يونيو", "نهاية يوليو"]
    assert one("منذ مطلع يونيو الماضي")[:2] == ("مطلع يونيو الماضي", "month")
    assert [r[0] for r in read("منذ نهاية مارس الماضي وحتى اليوم")] == ["نهاية مارس الماضي", "اليوم"]


def test_an_old_bare_year_after_a_birth_or_death_verb_is_a_year():
    """"(ولد في 1871)", "وتوفي في 1850": a year of a life is a year row however old (a bare year is otherwise read
    only from 1900 to 2100)."""
    assert one("الشاعر (ولد في 1871) كتب") == ("1871", "year", "1871-01-01", "1871-12-31")
    assert one("وتوفي في 1850 بعد مرض")[:2] == ("1850", "year")


def test_an_old_bare_year_without_a_life_verb_stays_no_date():
    """Without ولد/توفي before its preposition, or as a count before a counted noun, an old bare number stays no date."""
    assert read("في 1871 كتب الشاعر") == []
    assert read("ولد في 1500 منزل") == []


def test_a_vague_plural_with_its_adjective_is_a_duration_before_any_word():
    """"على مدى عقود طويلة لم ...", "ولسنين طويلة كان ...": after an introducer or a joined ل a vague plural with its
    adjective is a duration whatever word follows (without the adjective only at its clause's end)."""
    assert one("شهدت موجات من التفاوض على مدى عقود طويلة لم تظهر خلالها نتائج") == ("على مدى عقود طويلة", "duration", "", "")
    assert one("قال إنه ولسنين طويلة كان مسؤولا عن الملف") == ("سنين طويلة", "duration", "", "")


def test_a_vague_plural_without_adjective_before_a_word_stays_no_duration():
    """Without its adjective a vague plural before a noun is the construct of that noun (خلال أيام التداول), no row."""
    assert read("ارتفع المؤشر خلال أيام التداول الماضية") == []
    assert read("خلال سنوات الحرب قتل كثيرون") == []


def test_the_long_years_past_are_a_period_counted_back():
    """"السنوات الطويلة الماضية" is a period counted back, as "السنوات القليلة الماضية"."""
    assert one("مع أن السنوات الطويلة الماضية شهدت توترا")[:2] == ("السنوات الطويلة الماضية", "relative")


def test_a_fraction_of_the_definite_hour_is_a_duration():
    """"خلال ربع الساعة" is a duration with خلال, as "خلال ربع ساعة" (the gold rules' "خلال ثلاثة أيام")."""
    assert one("ووقعت كل الانفجارات تباعا خلال ربع الساعة. وتعود") == ("خلال ربع الساعة", "duration", "", "")


def test_a_fraction_of_a_definite_unit_with_an_adjective_or_a_long_unit_stays_no_duration():
    """"نصف الساعة الأولى من المباراة" is a part of a match; "ربع القرن", "نصف الشهر" stay unread."""
    assert read("سجل الفريق هدفين خلال نصف الساعة الأولى من المباراة") == []
    assert read("خلال ربع القرن تغير الكثير") == []


def test_a_multitude_of_years_is_a_duration_without_an_introducer():
    """"عشرات السنين", "عشرات من السنين" are durations alone; after منذ still a relative count."""
    assert one("كانت كأنها عشرات من السنين؛ فالقرارات") == ("عشرات من السنين", "duration", "", "")
    assert one("ما لم ينجزه غيره في عشرات السنين، وهذا") == ("عشرات السنين", "duration", "", "")
    assert one("منذ عشرات السنين كان")[:2] == ("منذ عشرات السنين", "relative")


def test_a_multitude_of_people_stays_no_date():
    """"آلاف الأشخاص", "عشرات من المتظاهرين": a multitude before any other plural is no date."""
    assert read("قتل آلاف الأشخاص وأصيب عشرات من المتظاهرين") == []
    assert read("باعت الشركة ملايين الساعات") == []
    assert read("أوقفت الوزارة تنفيذ عشرات العقود") == []
    assert read("ويمتد لآلاف السنين الضوئية من حيث الجوانب الفنية") == []


def test_a_multitude_still_multiplies_a_unit():
    """"بعد مضي بضعة آلاف سنة": آلاف before a bare unit is still the count of a duration."""
    assert "آلاف سنة" in [r[0] for r in read("وبعد مضي بضعة آلاف سنة انتقلوا")]


def test_an_edge_before_the_first_of_a_month_belongs_to_the_date():
    """"مطلع أول أغسطس" is one date row of 1 August, its edge word in it, as "نهاية يوم الخميس 21 شوال"."""
    assert one("تحرير أسعار الوقود في الإمارات مطلع أول أغسطس") == ("مطلع أول أغسطس", "date", "2017-08-01", "2017-08-01")
    assert one("في أول أغسطس")[0] == "أول أغسطس"


def test_a_fiscal_year_keeps_its_marker_before_its_years():
    """"السنة المالية الجارية 2015-2016" is one range row, the marker between the epithet and the years in it."""
    assert one("منح جديدة خلال السنة المالية الجارية 2015-2016 التي بدأت") == (
        "السنة المالية الجارية 2015-2016", "range", "2015-01-01", "2016-12-31")
    assert one("العام المالي المقبل 2016 سيشهد") == ("العام المالي المقبل 2016", "year", "2016-01-01", "2016-12-31")


def test_a_fiscal_or_school_year_with_a_marker_and_no_number_is_an_unresolved_relative():
    """"السنة المالية الماضية", "خلال العام المالي الجاري", "العام الدراسي المقبل": which fiscal or school year the text
    does not say, so a relative row, unresolved (as the written "النصف الأول من العام المالي الماضي")."""
    assert read("السنة المالية الماضية بلغت 5 مليارات") == [("السنة المالية الماضية", "relative", "", "")]
    assert one("أن ترتفع الأسعار بنسبة 0.7 في المائة خلال العام المالي الجاري.") == ("العام المالي الجاري", "relative", "", "")
    assert one("يطبق البرنامج في مستهل العام الدراسي المقبل؛ لخفض العنف") == ("العام الدراسي المقبل", "relative", "", "")


def test_a_new_fiscal_year_is_an_unresolved_relative():
    """"خلال العام المالي الجديد", "السنة المالية الجديدة": a fiscal year's الجديد marks it as الجاري does, a relative
    row, unresolved (the written "العام المالي الجاري" of a fiscal year the text does not bound)."""
    assert one("الاستثمارات المستهدفة خلال العام المالي الجديد يبلغ نحو 4 مليارات") == (
        "العام المالي الجديد", "relative", "", "")
    assert one("تنتهي السنة المالية الجديدة بعجز أقل") == ("السنة المالية الجديدة", "relative", "", "")


def test_new_after_a_year_that_is_not_fiscal_is_no_marker():
    """"العام الجديد" alone (New Year, a wish) and a school year's الجديد stay no row, as before; "الجديدين" is no form
    of الجديد."""
    assert read("كل عام وأنتم بخير بمناسبة العام الجديد") == []
    assert read("مع بداية العام الدراسي الجديد") == []
    assert read("خلال العامين الماليين الجديدين") == []


def test_a_calendar_year_with_a_marker_or_a_fiscal_year_with_its_number_keeps_its_value():
    """Without an epithet the marker's year is the calendar one; with the year's number the fiscal year is that year."""
    assert read("في العام الماضي 2014 ارتفع") == [("العام الماضي 2014", "relative", "2014-01-01", "2014-12-31")]
    assert one("ارتفعت الأرباح خلال العام الماضي.") == ("العام الماضي", "relative", "2016-01-01", "2016-12-31")
    assert one("العام المالي المقبل 2016 سيشهد") == ("العام المالي المقبل 2016", "year", "2016-01-01", "2016-12-31")


def test_a_count_before_an_event_whose_noun_opens_like_now_is_counted_from_it():
    """"قبل يومين على الانتخابات", "بعد ثلاثة أيام من الانسحاب": counted from an event, unresolved; the noun's first
    letters (الان) are no "من الآن"."""
    assert one("في ديار بكر قبل يومين على الانتخابات التشريعية") == ("قبل يومين", "relative", "", "")
    assert one("عادوا بعد ثلاثة أيام من الانسحاب") == ("بعد ثلاثة أيام", "relative", "", "")


def test_a_count_up_to_now_is_still_counted_from_publication():
    """"بعد ثلاثة أشهر من الآن" keeps publication as its start."""
    assert one("بعد ثلاثة أشهر من الآن")[1:] == ("relative", "2017-09-01", "2017-09-30")


def test_a_fraction_of_the_definite_hour_after_and_stays_no_row_of_its_own():
    """"خلال ساعة وربع الساعة", "ساعة ونصف الساعة": the definite fraction after و ends a longer span, no row of its own."""
    assert "ربع الساعة" not in [r[0] for r in read("وقال إنه خلال ساعة وربع الساعة فقط سجل طلب")]
    assert "نصف الساعة" not in [r[0] for r in read("وهي رحلة استغرقت ساعة ونصف الساعة، بحسب المراسل")]


def test_a_bracketed_relative_day_glosses_the_day_meant():
    """"فجر اليوم (أمس)": a quote's "today" glossed by the paper as yesterday is one row of yesterday, the gloss in
    its span, also after a clock time and with the gloss's weekday."""
    assert one("تمكنت القوات فجر اليوم (أمس)، من تحرير الجامعة") == ("فجر اليوم (أمس)", "relative", "2017-06-19", "2017-06-19")
    assert one("وقال: «في الساعة الثالثة من فجر اليوم (أمس الاثنين)، داهمت قوة»") == (
        "الساعة الثالثة من فجر اليوم (أمس الاثنين)", "time", "2017-06-19", "2017-06-19")
    assert one("إن الاجتماع سيكون غدا (اليوم) في إسطنبول") == ("غدا (اليوم)", "relative", "2017-06-20", "2017-06-20")


def test_a_bracketed_weekday_after_a_relative_day_stays_its_gloss():
    """"اليوم (الثلاثاء)", "أمس (الاثنين)" keep their one row and value."""
    assert one("وقال اليوم (الثلاثاء) إن الوفد وصل") == ("اليوم (الثلاثاء)", "relative", "2017-06-20", "2017-06-20")
    assert one("وصل أمس (الاثنين) إلى الرياض") == ("أمس (الاثنين)", "relative", "2017-06-19", "2017-06-19")


def test_may_before_an_imperfect_verb_looks_ahead_for_a_bare_month():
    """"قد يخرج من السجن في نوفمبر": قد before an imperfect is "may", so the month is the next November."""
    assert one("قد يخرج من السجن في نوفمبر بموجب القرار") == ("نوفمبر", "month", "2017-11-01", "2017-11-30")


def test_a_noun_of_intention_looks_ahead_for_a_bare_month():
    """"أعلن عزمه زيارة إيران في سبتمبر", "أعلنت نيتها طرح أسهمها في مارس": an intention announced is of the future,
    whatever the reporting verb's tense."""
    assert one("بينما أعلن وزير الخارجية عزمه زيارة إيران في سبتمبر (أيلول) ، كما") == (
        "سبتمبر (أيلول)", "month", "2017-09-01", "2017-09-30")
    assert one("وأعلنت الشركة نيتها طرح أسهمها في مارس المقبل") == ("مارس المقبل", "month", "2018-03-01", "2018-03-31")
    assert one("وأعلنت الشركة نيتها طرح أسهمها في مارس") == ("مارس", "month", "2018-03-01", "2018-03-31")


def test_an_intention_before_a_relative_clause_in_the_past_still_looks_back():
    """The nearest cue counts: "أكد عزمه مواصلة الإصلاحات التي بدأها في يناير" is the last January."""
    assert one("أكد عزمه مواصلة الإصلاحات التي بدأها في يناير") == ("يناير", "month", "2017-01-01", "2017-01-31")
    assert one("أعلن الوزير زيارة إيران في سبتمبر") == ("سبتمبر", "month", "2016-09-01", "2016-09-30")


def test_a_date_set_by_an_appointing_verb_looks_ahead():
    """"حددت اللجنة يوم 26 من شباط (فبراير) موعدا", "حدد يوم الاثنين لعقد لقاء": a day or month set (appointed) is
    one to come, whatever the appointing verb's tense (the batch 724-738 row)."""
    assert one("حددت اللجنة التنفيذية للاتحاد الدولي لكرة القدم يوم 26 من شباط (فبراير) موعدا للجمعية العمومية", WEDNESDAY) == (
        "يوم 26 من شباط (فبراير)", "date", "2016-02-26", "2016-02-26")
    assert one("فيما حدد يوم الاثنين لعقد لقاء مع المواطنين", WEDNESDAY) == ("يوم الاثنين", "weekday", "2015-07-27", "2015-07-27")


def test_a_marker_or_a_nearer_past_cue_still_decides_after_an_appointing_verb():
    """The marker inside the expression and the nearest cue count first: "حددت ... في فبراير الماضي" and "حددت
    الموعد الذي كان في فبراير" are the last February."""
    assert one("حددت اللجنة موعد الانتخابات في فبراير الماضي", WEDNESDAY) == ("فبراير الماضي", "month", "2015-02-01", "2015-02-28")
    assert one("حددت اللجنة الموعد الذي كان في فبراير", WEDNESDAY) == ("فبراير", "month", "2015-02-01", "2015-02-28")


def test_a_past_cue_before_a_verb_still_looks_back_for_a_bare_month():
    """لم before an imperfect and قد before a perfect stay past."""
    assert one("لم يخرج من السجن في نوفمبر بموجب القرار") == ("نوفمبر", "month", "2016-11-01", "2016-11-30")
    assert one("وكان قد خرج من السجن في نوفمبر بموجب القرار") == ("نوفمبر", "month", "2016-11-01", "2016-11-30")


def test_the_half_of_a_count_of_years_or_decades_moves_its_year():
    """"قبل ثلاثة عقود ونصف" is 35 years back (June 1982: 1982), "منذ عامين ونصف" 30 months (December 2014: 2014)."""
    assert one("بنيت قبل ثلاثة عقود ونصف، يعتبرونه تحفة") == ("قبل ثلاثة عقود ونصف", "relative", "1982-01-01", "1982-12-31")
    assert one("منذ عامين ونصف العام قال") == ("منذ عامين ونصف العام", "relative", "2014-01-01", "2014-12-31")


def test_a_count_without_a_half_or_of_centuries_keeps_its_reading():
    """"منذ عامين" is 2015; "بعد قرن ونصف" stays unresolved."""
    assert one("منذ عامين قال") == ("منذ عامين", "relative", "2015-01-01", "2015-12-31")
    assert one("بعد قرن ونصف من الاستقلال") == ("بعد قرن ونصف", "relative", "", "")


def test_a_verb_of_lasting_before_a_bare_plural_makes_a_duration():
    """"التفاوض الذي دام سنوات،": a bare plural right after دام/استمر at its clause's end is how long it lasted."""
    assert one("تحد أصعب من التفاوض الذي دام سنوات، وهو إقناع الأميركيين") == ("سنوات", "duration", "", "")
    assert one("والذي استمر أشهر في المدينة") == ("أشهر", "duration", "", "")


def test_a_bare_plural_after_a_verb_of_lasting_in_a_construct_stays_no_duration():
    """"استمر سنوات الحرب": the plural is the subject's construct, no clause end: no row."""
    assert read("استمر سنوات الحرب كلها") == []


def test_the_year_that_preceded_it_is_the_one_before_the_year_named_last():
    """"مقارنة ... في العام الذي سبقه" after "العام الماضي 2016" is 2015; after "عام 2010" it is 2009; "الأسبوع الذي
    سبقه" after last week is the week before it."""
    assert read("ارتفع في العام الماضي 2016م بنسبة 28% مقارنة بنسبة 16% في العام الذي سبقه، مبينا")[-1] == (
        "العام الذي سبقه", "relative", "2015-01-01", "2015-12-31")
    assert read("ارتفع في عام 2010 مقارنة بالعام الذي سبقه، مبينا")[-1] == ("العام الذي سبقه", "relative", "2009-01-01", "2009-12-31")
    assert read("تراجع في الأسبوع الماضي مقارنة بالأسبوع الذي سبقه.")[-1] == (
        "الأسبوع الذي سبقه", "relative", "2017-06-05", "2017-06-11")
    # after a Hijri month, the Hijri month before it (صفر 1438 -> محرم 1438, 2 October to 31 October 2016)
    assert read("ارتفعت صفقات شهر صفر الماضي بنسبة 59% مقارنة بالشهر الذي سبقه، بينما")[-1][2:] == ("2016-10-02", "2016-10-31")


def test_the_previous_year_of_a_report_still_counts_from_publication():
    """"العام السابق" after a named year stays the year before publication (a report compares with last year)."""
    assert read("ارتفع في عام 2010 مقارنة بالعام السابق، مبينا")[-1] == ("العام السابق", "relative", "2016-01-01", "2016-12-31")


def test_the_previous_year_after_last_year_written_out_in_its_sentence_is_the_year_before_it():
    """"العام الماضي 2016م ... عن العام السابق" (a yearly report's growth against the year before): the sentence names
    2016, the year "العام السابق" would read from publication, so "the previous" one is 2015 (a decimal point is no
    sentence end)."""
    text = "ارتفعت العمليات العام الماضي 2016م بنسبة 11.4% مقارنة بزيادة نسبتها 5.6% عن العام السابق"
    assert read(text)[-1] == ("العام السابق", "relative", "2015-01-01", "2015-12-31")


def test_the_previous_year_after_a_year_only_counted_or_in_another_sentence_counts_from_publication():
    """Guards: a year only counted ("قبل عام") or written in the sentence before leaves "العام السابق" at 2016."""
    counted = "هبطت الأرباح 21.6% مقارنة مع مستواها قبل عام، مقارنة مع الربع المماثل من العام السابق"
    assert read(counted)[-1] == ("العام السابق", "relative", "2016-01-01", "2016-12-31")
    earlier = "ارتفعت المبيعات العام الماضي 2016م. وزادت الحصة 1.5 نقطة عن العام السابق"
    assert read(earlier)[-1] == ("العام السابق", "relative", "2016-01-01", "2016-12-31")


def test_today_alone_in_brackets_is_the_newspaper():
    """"وعلمت (اليوم) أن", "لـ(اليوم)": the paper اليوم citing itself, no date."""
    assert read("وقبل 5 أيام من الموعد علمت (اليوم) أن الجهات انتهت") == [("قبل 5 أيام", "relative", "", "")]
    assert read("وقال مدير المرور لـ(اليوم): إن الحادث وقع") == []


def test_today_in_brackets_with_its_weekday_stays_a_date():
    """"(اليوم الثلاثاء)" is still the publication day."""
    assert one("يعقد الاجتماع (اليوم الثلاثاء) في الرياض") == ("اليوم الثلاثاء", "relative", "2017-06-20", "2017-06-20")


def test_today_alone_between_quotation_marks_is_the_newspaper():
    """"لـ «اليوم»", "لـ "اليوم"", "«اليوم» التقت": the paper اليوم named between quotation marks, no date (أمس
    beside it still is)."""
    assert read("كشف لـ «اليوم» طلعت حافظ الأمين العام للجنة") == []
    assert read("وأوضح لـ«اليوم» المتحدث الإعلامي في الجامعة") == []
    assert read('وأكد في حديث لـ"اليوم"، أن الخطورة في تحرك الشارع') == []
    assert read("رصدت كاميرا «اليوم» صباح أمس ثلاثة عمال فقط") == [("صباح أمس", "relative", "2017-06-19", "2017-06-19")]


def test_today_between_quotation_marks_with_other_words_stays_a_date():
    """Guards: «اليوم الثلاثاء» and a quoted clause opened by اليوم are the publication day."""
    assert one("يعقد الاجتماع «اليوم الثلاثاء» في الرياض") == ("اليوم الثلاثاء", "relative", "2017-06-20", "2017-06-20")
    assert one("وقال: «اليوم نبدأ مرحلة جديدة»") == ("اليوم", "relative", "2017-06-20", "2017-06-20")


def test_a_count_of_time_after_every_is_a_frequency():
    """"كل 25 سنة", "مرة كل عامين", "كل 15 دقيقة", "لكل ستة أشهر": how often something recurs, no row, as كل عام;
    after "مقابل كل" the base of a rate (the span of power before it stays)."""
    assert read("السنة المقدسة، تقليد تنظمه الكنيسة كل 25 سنة من حيث المبدأ") == []
    assert read("على أن يكون الحوار الاستراتيجي مرة كل عامين ويتناول العلاقات") == []
    assert read("استغرقت مدة العرض دقائق، وكان يكرر كل 15 دقيقة، وأمكن رؤية الحيوانات") == []
    assert read("يصرف العائد لكل ستة أشهر بحسب الاتفاق") == []
    assert [r[0] for r in read("لا يتعدى الساعة الواحدة مقابل كل أربع أو خمس ساعات قطع في وقت")] == ["الساعة الواحدة"]


def test_a_count_after_every_with_words_between_or_a_definite_plural_stays():
    """Guards: a count after other words than كل ("كل هذا في 100 يوم"), "كل من عامي" (both years) and a definite
    plural after كل (all of them) keep their rows."""
    assert read("قائلاً: كل هذا في 100 يوم فما بالنا") == [("100 يوم", "duration", "", "")]
    assert read("مع رؤساء اللجنة في كل من عامي 2009 و2014 بشأن التحقيقات") == [
        ("من عامي 2009 و2014", "range", "2009-01-01", "2014-12-31")]
    assert read("ما لوحظ في هذا العام وكل الأعوام القليلة السابقة هو") == [
        ("هذا العام", "relative", "2017-01-01", "2017-12-31"), ("الأعوام القليلة السابقة", "relative", "", "")]


def test_daytime_after_within_is_no_row():
    """"خلال النهار": the daytime of no day the text gives, no row (a written decision), while "خلال الليل" is the
    time "الليل" and "طوال النهار" a duration."""
    assert read("وقال إنه سمع خلال النهار طائرات تحلق فوق المدينة") == []
    assert read("ترتفع درجات الحرارة خلال النهار إلى 45 درجة") == []


def test_night_after_within_and_daytime_after_throughout_stay():
    """Guards: "خلال الليل" the time row "الليل"; "طوال النهار" and "طيلة النهار" durations; "منتصف النهار" noon."""
    assert read("وقعت الانفجارات خلال الليل في المدينة") == [("الليل", "time", "", "")]
    assert read("ظل يعمل طوال النهار في الحقل") == [("طوال النهار", "duration", "", "")]
    assert read("يصومون طيلة النهار") == [("طيلة النهار", "duration", "", "")]
    assert read("حتى منتصف النهار") == [("منتصف النهار", "time", "", "")]


def test_the_search_opens_on_exactly_the_non_word_characters():
    """The search's opening class tests the Arabic letters as a range before \\W's category look: the same characters."""
    opening = re.compile(_NON_WORD)
    assert _NON_WORD != r"\W"
    assert all((opening.match(chr(c)) is None) == (re.match(r"\w", chr(c)) is not None) for c in range(sys.maxunicode + 1))
    assert [m.group() for m in opening.finditer("قال، في (2015) امس")] == ["،", " ", " ", "(", ")", " "]


def test_the_year_that_preceded_it_keeps_its_written_year_in_its_span():
    """"العام الذي سبقه 2013" is one year row with its number, as "العام الماضي 2014" is."""
    assert read("ارتفع العام الماضي 2014 بنسبة 5% عن العام الذي سبقه 2013، وقال")[-1] == (
        "العام الذي سبقه 2013", "year", "2013-01-01", "2013-12-31")
    assert read("مقارنة بالعام الذي سبقه 2013م.") == [("العام الذي سبقه 2013م", "year", "2013-01-01", "2013-12-31")]


def test_a_count_after_the_year_that_preceded_it_stays_out_of_its_span():
    """"العام الذي سبقه 1000 سيارة": a count, not a year, so the row stays the relative year alone."""
    assert [row[0] for row in read("بيعت في 2014 مقارنة بالعام الذي سبقه 1000 سيارة")] == ["2014", "العام الذي سبقه"]


def test_the_month_that_preceded_it_counts_from_the_month_reported_not_the_one_compared_with():
    """"خلال شهر صفر ... مقارنة مع شهر محرم ... مقارنة بالشهر الذي سبقه": محرم is what صفر's figure is compared
    with, so the month before "it" is the month before صفر (محرم 1438, 2 to 31 October 2016), not the one before محرم."""
    text = ("شهد المؤشر ارتفاعا خلال شهر صفر بنسبة 18 %مقارنة مع شهر محرم من نفس العام، وبلغت التعاملات 3530 عقارا"
            " بارتفاع 12.4 % مقارنة بالشهر الذي سبقه.")
    assert read(text)[-1] == ("الشهر الذي سبقه", "relative", "2016-10-02", "2016-10-31")
    assert read("ارتفع في عام 2010 بالمقارنة مع عام 2008، وتراجع مقارنة بالعام الذي سبقه.")[-1][2:] == ("2009-01-01", "2009-12-31")


def test_the_unit_that_preceded_it_after_only_units_compared_with_counts_from_the_last():
    """With every unit named before it a compared one ("مقارنة بعام 2013"), "العام الذي سبقه" still counts from the last."""
    assert read("ارتفعت بنسبة 5% مقارنة بعام 2013 وبنسبة 3% مقارنة بالعام الذي سبقه.")[-1] == (
        "العام الذي سبقه", "relative", "2012-01-01", "2012-12-31")


def test_the_week_that_preceded_it_printed_on_a_sunday_is_before_the_week_that_ended():
    """"مقارنة بإغلاق الأسبوع الذي سبقه" with no week named, printed on Sunday 2 August: "it" is the working week that
    ended (الأسبوع الماضي there: 27 July to 2 August), so the week before it is 20 to 26 July."""
    text = "أنهى المؤشر تعاملاته الاسبوعية على انخفاض، مغلقًا عند 9098 نقطة، مقارنة بإغلاق الأسبوع الذي سبقه عند 9373 نقطة."
    assert read(text, SUNDAY_2_AUG) == [("الأسبوع الذي سبقه", "relative", "2015-07-20", "2015-07-26")]


def test_the_week_that_preceded_it_printed_later_in_the_week_is_last_week():
    """Printed on Tuesday 4 August, the week of the news is this one, so the week before it is last week (27 July to 2
    August); "هذا الأسبوع" and "الأسبوع الماضي" of a Sunday keep the working week that starts that day."""
    text = "أنهى المؤشر تعاملاته على انخفاض، مقارنة بإغلاق الأسبوع الذي سبقه عند 9373 نقطة."
    assert read(text, TUESDAY_4_AUG) == [("الأسبوع الذي سبقه", "relative", "2015-07-27", "2015-08-02")]
    assert read("ارتفع الأسبوع الماضي وينتظر هذا الأسبوع نتائج", SUNDAY_2_AUG) == [
        ("الأسبوع الماضي", "relative", "2015-07-27", "2015-08-02"), ("هذا الأسبوع", "relative", "2015-08-03", "2015-08-09")]


def test_a_written_year_above_the_hijri_years_and_before_1800_is_that_gregorian_year():
    """"عام 1648" (a treaty's year, written after عام) is no Hijri year (those end at 1500), so it is Gregorian 1648, as a
    named month reads "6 يونيو 1799"; "في عام 1799" likewise."""
    assert one("وقعت معاهدة وستفاليا عام 1648 بعد حرب طويلة", TUESDAY_4_AUG) == ("عام 1648", "year", "1648-01-01", "1648-12-31")
    assert one("في عام 1799 وقع الحدث", TUESDAY_4_AUG)[2:] == ("1799-01-01", "1799-12-31")


def test_a_part_of_a_year_before_1800_is_read_in_that_year():
    """"الربع الاول من 1612": the year 1612 is accepted after its part of the year, so the quarter is January to March
    1612 (this raised a TypeError on a history article of 2015-07-31)."""
    assert one("وفي الربع الاول من 1612 وصل الأسطول", TUESDAY_4_AUG)[2:] == ("1612-01-01", "1612-03-31")


def test_an_old_year_below_the_gregorian_calendar_or_counted_back_stays_unresolved():
    """"عام 1517" is before the Gregorian calendar's first full year, "قبل 300 عام" a count back past 1800: no value."""
    assert one("في عام 1517 دخل العثمانيون", TUESDAY_4_AUG)[2:] == ("", "")
    assert one("بني قبل 300 عام تقريبا", TUESDAY_4_AUG)[2:] == ("", "")


def test_a_count_back_keeps_its_tail_of_time():
    """"منذ عقد من الزمن", "قبل أكثر من عقدين من الزمن": "من الزمن" after a count is in its span, as "من الزمان"."""
    assert one("وعاد إليها الهدوء منذ عقد من الزمن. وفي") == ("منذ عقد من الزمن", "relative", "2007-01-01", "2007-12-31")
    assert one("دخلت الكرة عالم الاحتراف قبل أكثر من عقدين من الزمن ومازالت") == (
        "قبل أكثر من عقدين من الزمن", "relative", "", "")


def test_or_more_after_a_count_is_in_its_span_and_leaves_it_unresolved():
    """"لمدة شهرين أو أكثر" is one duration, as "طوال عقدٍ وأكثر"; "منذ عامين أو أكثر" has no one year."""
    assert one("تعريض القوارير للشمس لمدة شهرين أو أكثر، حيث يبدأ") == ("لمدة شهرين أو أكثر", "duration", "", "")
    assert one("توقف المصنع منذ عامين أو أكثر، حسب") == ("منذ عامين أو أكثر", "relative", "", "")


def test_or_more_before_another_amount_stays_out_of_the_span():
    """"عامين أو أكثر من 300 شخص": the "more" counts people, as "عشرة أعوام وأكثر من مئة قتيل"."""
    assert one("قتل خلال عامين أو أكثر من 300 شخص") == ("خلال عامين", "duration", "", "")


def test_a_currency_word_is_no_imperfect_verb_before_a_bare_month():
    """"127.5 مليار يورو ... في آذار (مارس)": يورو and يوان open like يـ verbs but are currencies, so a past
    report keeps the last March."""
    assert one("انخفضت الودائع لتصل إلى 127.5 مليار يورو (141 مليار دولار) في آذار (مارس).") == (
        "آذار (مارس)", "month", "2017-03-01", "2017-03-31")
    assert one("انخفضت الأرباح إلى 900 مليار يوان في مارس.") == ("مارس", "month", "2017-03-01", "2017-03-31")


def test_a_future_verb_before_a_currency_still_looks_ahead():
    """"ستدفع الحكومة 3 مليارات يورو في سبتمبر": the written future cue is nearer than the default."""
    assert one("وستدفع الحكومة 3 مليارات يورو في سبتمبر") == ("سبتمبر", "month", "2017-09-01", "2017-09-30")


def test_a_whole_unit_alone_is_a_duration():
    """"استغرقت التجهيزات شهرا كاملا", "أمضت عاما كاملا": كامل after a singular unit makes it how long, as واحد does."""
    assert one("وقد استغرقت التجهيزات للسيرك شهرا كاملا، حيث قمنا") == ("شهرا كاملا", "duration", "", "")
    assert one("لكن روزالي أمضت عاما كاملا لانتزاع حقها") == ("عاما كاملا", "duration", "", "")


def test_a_whole_unit_after_a_duration_opener_keeps_its_opener():
    """"مدة شهر كامل" stays one duration with مدة; "يوما واحدا" is still a duration alone."""
    assert one("استمر التدريب مدة شهر كامل في لندن") == ("مدة شهر كامل", "duration", "", "")
    assert one("بقي في المستشفى يوما واحدا ثم خرج") == ("يوما واحدا", "duration", "", "")


@pytest.mark.parametrize("text", ["كانت الوفود في أمسّ الحاجة إلى الراحة", "نحن في أمس حاجة إلى مراجعة المعايير"])
def test_in_the_greatest_need_is_no_yesterday(text):
    """"في أمسّ الحاجة": أمسّ is the superlative of مسّ (most in need) after في and before حاجة, not yesterday."""
    assert read(text) == []


@pytest.mark.parametrize("text", ["وقال أمس الحاجة فاطمة إن ابنها عاد", "وقال أمس إن الحاجة ماسة إلى الدعم"])
def test_yesterday_before_a_pilgrims_title_or_a_clause_stays_yesterday(text):
    """Without في before it, "أمس الحاجة فاطمة" is yesterday (الحاجة the title of a woman pilgrim)."""
    assert one(text) == ("أمس", "relative", "2017-06-19", "2017-06-19")


@pytest.mark.parametrize("text, surface", [
    ("وفي موسم العيد تستقبل المنطقة زوارها", "موسم العيد"),
    ("ارتفعت نسب التشغيل خلال موسم عيد الفطر المبارك.", "موسم عيد الفطر المبارك"),
    ("بعد الانتهاء من إجازة موسم عيد الفطر المبارك.", "إجازة موسم عيد الفطر المبارك"),
])
def test_the_feasts_season_is_an_unresolved_range(text, surface):
    """"موسم العيد" is the feast's period, as "فترة العيد": one hijri range the text does not date."""
    assert one(text) == (surface, "range", "", "")


@pytest.mark.parametrize("text", ["يبدأ الموسم المقبل بعد أسابيع قليلة", "ازدحمت مكة في موسم الحج"])
def test_a_season_that_is_no_feast_stays_without_a_holiday_row(text):
    """موسم opens a holiday row only before a feast: a sports season or the Hajj season gives none."""
    assert all(kind != "range" for _, kind, _, _ in read(text))


@pytest.mark.parametrize("text, surface", [
    ("وبإطلالة عيد الفطر السعيد بدأ تحرير اليمن", "عيد الفطر السعيد"),
    ("شهد المنفذ مع إطلالة عيد الفطر اقبالا كبيرا من المسافرين", "عيد الفطر"),
])
def test_the_coming_of_a_feast_is_a_time(text, surface):
    """"مع إطلالة عيد الفطر" (with the feast's coming) places an event in time, as "قبل عيد الأضحى"; إطلالة stays out."""
    assert one(text) == (surface, "range", "", "")


def test_the_happy_feast_keeps_its_adjective():
    """"أيام عيد الفطر السعيد": السعيد is the feast's adjective, in its span as المبارك is."""
    assert one("تستقبل الحديقة زوارها خلال أيام عيد الفطر السعيد من كل المناطق") == ("أيام عيد الفطر السعيد", "range", "", "")


def test_a_feast_after_an_appearance_that_is_no_time_stays_an_occasion():
    """"بمناسبة إطلالة" keeps no row: إطلالة counts only right before the feast (not "إطلالة الفنانة في عيد الفطر")."""
    assert read("بمناسبة إطلالة الفنانة بثوب العيد الجديد") == []


@pytest.mark.parametrize("text", ["هذا اليوم في التاريخ\n\n1917 - الحرب العالمية الأولى", "في مثل هذا اليوم .. القوات العراقية تغزو الكويت",
                                  "كان من الطبيعي أن تتحضر لمثل هذا اليوم"])
def test_this_day_in_history_is_no_publication_day(text):
    """"هذا اليوم في التاريخ" (a chronology's heading) and "في مثل هذا اليوم" mean the same day of other years or such a
    day, not the publication day: no relative row (the chronology's years stay)."""
    assert all(kind != "relative" for _, kind, _, _ in read(text))


@pytest.mark.parametrize("text", ["وقال الوزير اليوم في مؤتمر صحافي إن الاتفاق قريب", "ويصادف هذا اليوم ذكرى تأسيس المدينة"])
def test_today_before_in_or_after_another_word_stays_today(text):
    """Only "في التاريخ" after it and مثل before it undo the day: "اليوم في مؤتمر" and "يصادف هذا اليوم" stay today."""
    assert [kind for _, kind, _, _ in read(text)] == ["relative"]


@pytest.mark.parametrize("text, surface", [
    ("ولقي اثنان من القرويين حتفهما في مثل تلك الهجمات خلال الأشهر القلائل الماضية.", "الأشهر القلائل الماضية"),
    ("ويتوقع أن تستقر الأسعار خلال الأيام القلائل المقبلة", "الأيام القلائل المقبلة"),
])
def test_the_few_months_past_in_the_broken_plural_are_a_period_counted_back(text, surface):
    """"الأشهر القلائل الماضية" (القلائل, the broken plural of قليل) is a period counted back, as "الأشهر القليلة الماضية"."""
    assert one(text) == (surface, "relative", "", "")


@pytest.mark.parametrize("text, year", [
    ("هدفا لخفض تلوث الكربون بنسبة 32 في المائة بحلول 2030 مقارنة", "2030"),
    ("الرامية إلى مضاعفة حجمه ثلاث مرات بحلول 2024 سوف تعزز وضعية دبي", "2024"),
])
def test_a_bare_year_after_by_is_a_year(text, year):
    """"بحلول 2030" (by 2030) names a year, as "في 2015" and "حتى 2015": بحلول admits a bare year and stays out."""
    assert one(text) == (year, "year", f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize("text", ["بحلول 1000 ريال", "وتراجع المؤشر بحلول 2030 نقطة"])
def test_a_count_after_by_stays_no_year(text):
    """بحلول admits a year, not an amount: a count or a figure with its counted noun after it keeps no row."""
    assert read(text) == []


@pytest.mark.parametrize("text", [
    "وبلغت الأسهم 84 مليار في شهر يوليو 2015م بانخفاض عن الشهر السابق، مقابل 3.52 مليار سهم تم تداولها خلال الشهر السابق.",
    "أغلق المؤشر في نهاية يوليو الماضي مرتفعا مقارنة بالشهر السابق. وتراجعت الصفقات 25% عن الشهر السابق.",
])
def test_a_second_previous_month_of_a_monthly_report_counts_from_the_month_named(text):
    """A monthly report's second "الشهر السابق" is still the month before July, the month the report named, not the
    month before the first "الشهر السابق" (June, not May)."""
    found = read(text, AUGUST_2015)
    assert [row for row in found if row[0] == "الشهر السابق"] == [("الشهر السابق", "relative", "2015-06-01", "2015-06-30")] * 2


def test_two_previous_months_with_no_month_named_are_both_last_month():
    """With no month named before them, both "الشهر السابق" are the month before publication (July), not July then June."""
    found = read("تراجع المؤشر 5% مقارنة بالشهر السابق. وارتفعت الصفقات 3% عن الشهر السابق.", AUGUST_2015)
    assert found == [("الشهر السابق", "relative", "2015-07-01", "2015-07-31")] * 2


@pytest.mark.parametrize("text", ["وفي حين يستمتع سكان بغداد بليالي رمضان، تدور معارك في الأنبار",
                                  "وتحيي الفرق الشعبية ليالي رمضان في الساحات"])
def test_a_context_month_after_nights_is_a_month(text):
    """"ليالي رمضان" (the nights of Ramadan) names the month, as "في رمضان": ليالي admits a month that is also a word."""
    assert read(text)[0][:2] == ("رمضان", "month")


@pytest.mark.parametrize("text", ["وزار ليالي شوال الطويلة", "ونظم ليالي صفر الثقافية"])
def test_a_month_that_needs_more_than_a_preposition_stays_none_after_nights(text):
    """شوال and صفر (also a place and zero) need a day, a year, a marker or شهر: ليالي before them keeps no row."""
    assert read(text) == []


# --- the frame's day columns ----------------------------------------------------------------------


def _day_records(days: list) -> list[dict]:
    row = {"article_id": "a", "sentence_id": 0, "start": 0, "end": 1, "surface": "x", "kind": "date", "granularity": "day",
           "calendar": "gregorian"}
    return [{**row, "value_start": d, "value_end": d, "anchor": d, "resolved": d is not None} for d in days]


def test_day_columns_from_records_are_pandas_days():
    """Plain dates and None, as dates_for emits them, give the days pandas would (NaT for None)."""
    from datetime import date

    days = [date(2015, 8, 1), None, date(1969, 12, 31), date(2016, 2, 29)]
    frame = schema.conform(_day_records(days), "dates")
    expected = pd.to_datetime(pd.Series(days, dtype=object)).astype("datetime64[s]")
    for column in ("value_start", "value_end", "anchor"):
        assert frame[column].equals(expected.rename(column))
    assert frame.equals(schema.conform(pd.DataFrame(_day_records(days)), "dates"))


def test_day_columns_take_timestamps_and_missing_days_too():
    """Values other than plain dates (a Timestamp, NaT) still go through pandas' casts."""
    from datetime import date

    timestamps = schema.conform(_day_records([pd.Timestamp("2015-08-01"), pd.NaT]), "dates")
    plain = schema.conform(_day_records([date(2015, 8, 1), None]), "dates")
    for column in ("value_start", "value_end", "anchor"):
        assert timestamps[column].equals(plain[column])
    assert schema.conform(_day_records([]), "dates")["anchor"].dtype == "datetime64[s]"


def test_the_frame_from_records_equals_the_frame_from_a_dataframe_of_them():
    """Records (what dates_for returns) and a DataFrame of the same records conform to the same frame,
    missing values and an empty batch included."""
    from datetime import date

    records = _day_records([date(2015, 8, 1), None])
    records[1].update(surface=None, kind=None, resolved=None)
    for batch in (records, records[:1], []):
        frame = schema.conform(batch, "dates")
        assert frame.equals(schema.conform(pd.DataFrame(batch, columns=schema.columns("dates")), "dates"))
        assert {c: str(t) for c, t in frame.dtypes.items()} == schema.dtypes("dates")
        assert isinstance(frame.index, pd.RangeIndex) and len(frame) == len(batch)


@pytest.mark.parametrize("text, surface", [
    ("يقوم المبعوث بزيارة للمملكة خلال أيام لبحث تنفيذ الهدنة", "خلال أيام"),
    ("من المتوقع أن تقوم تركيا خلال أيام بفتح قاعدة إنجرليك", "خلال أيام"),
    ("إن ضعف الاستثمار على مدى سنوات يعني أن إيران قد تكابد", "على مدى سنوات"),
    ("ظلت القضية على مدى أسابيع تراوح مكانها", "على مدى أسابيع"),
])
def test_a_vague_plural_after_an_introducer_before_a_verb_or_a_joined_preposition_is_a_duration(text, surface):
    """"خلال أيام لبحث", "على مدى سنوات يعني": no second term of a construct opens on a verb or on a joined ب/ل, so
    the bare plural ends its count there, as before a mark."""
    assert one(text) == (surface, "duration", "", "")


def test_a_vague_plural_before_a_month_or_a_definite_noun_stays_its_construct():
    """"خلال أيام تموز", "خلال أيام يوليو" are days of a month (the month's row), "خلال أيام التداول" a construct."""
    assert one("ترتفع الحرارة خلال أيام تموز")[:2] == ("تموز", "month")
    assert one("ترتفع الحرارة خلال أيام يوليو")[:2] == ("يوليو", "month")
    assert read("ارتفع المؤشر خلال أيام التداول الماضية") == []


@pytest.mark.parametrize("text, surface", [
    ("سيكون بإمكان معاودة فرض العقوبات خلال العقد المقبل إذا انتهكت", "العقد المقبل"),
    ("قام القطاع الخاص خلال العقد الماضي، بتوظيف", "العقد الماضي"),
    ("تزيد حركة العمران خلال العقد الحالي، في حين", "العقد الحالي"),
])
def test_the_decade_next_to_publication_is_an_unresolved_relative_row(text, surface):
    """"العقد المقبل", "العقد الماضي": ten years counted from publication, no calendar decade (the gold rules:
    relative, granularity year, unresolved)."""
    assert one(text) == (surface, "relative", "", "")


def test_decades_and_centuries_counted_from_publication_are_unresolved():
    """"العقدين الماضيين" were read as two single years (1995 to 2005); a count of decades or centuries next to
    publication is unresolved, as the singular decade."""
    assert one("استطاعت إيران خلال العقدين الماضيين بناء نفوذ", FRIDAY_31) == ("العقدين الماضيين", "relative", "", "")
    assert one("خلال العقود الثلاثة الماضية تغير", FRIDAY_31) == ("العقود الثلاثة الماضية", "relative", "", "")
    assert one("على مدى السنوات العشر الماضية تغير", FRIDAY_31)[2:] == ("2005-01-01", "2014-12-31")


def test_a_contract_is_no_decade():
    """العقد without a marker is as often a contract: no row."""
    assert read("وقع اللاعب العقد الجديد مع النادي") == []
    assert read("ينتهي العقد بعد موسمين من التوقيع") == []


@pytest.mark.parametrize("text, surface", [
    ("وقبيل الساعة 04,00 (01,00 تغ) قامت ثلاث مقاتلات", "01,00 تغ"),
    ("في تمام الساعة 00,01 بالتوقيت المحلي (04,01 بتوقيت غرينتش) استعاد", "04,01 بتوقيت غرينتش"),
    ("وفي الساعة السابعة مساء (10,00 ت غ) كان الاعصار", "10,00 ت غ"),
])
def test_a_clock_with_a_comma_before_its_zone_is_a_time(text, surface):
    """"(01,00 تغ)": the bracketed GMT time after a local one is a time of its own, its zone in the span."""
    assert (surface, "time", "", "") in read(text)


def test_a_comma_between_figures_without_a_zone_is_no_time():
    """"615,72 نقطة", "22,82%", "3,50 دولار": a decimal, no clock; nor minutes beyond 59 before a zone."""
    assert read("تراجعت البورصة الى 615,72 نقطة بعد") == []
    assert read("بلغ 3,50 دولار وتراجع 22,82%") == []
    assert read("بلغ 22,82 تغ") == []


@pytest.mark.parametrize("text, surface", [
    ("وتدمّر مدينة نينوى في العام 612 قبل الميلاد. هكذا بدأ", "العام 612 قبل الميلاد"),
    ("جرى تدميره عام 586 قبل الميلاد، بينما", "عام 586 قبل الميلاد"),
    ("أزياء سومرية (سنة 3500 ق.م) وأخرى", "سنة 3500 ق.م"),
    ("في عام 1998 قبل الميلاد شيدت", "عام 1998 قبل الميلاد"),
])
def test_a_year_before_christ_is_an_unresolved_year_with_its_era(text, surface):
    """"العام 612 قبل الميلاد": a year row with قبل الميلاد in its span, unresolved (before year 1); a four-digit
    year before it is no year of our era (عام 1998 قبل الميلاد was read as 1998)."""
    assert one(text) == (surface, "year", "", "")


def test_a_count_before_a_birth_word_stays_its_own_reading():
    """قبل without الميلاد after a number is the counting word as before; a bare number before Christ (mostly an end
    of a range: 65 ق.م - 4 ق.م) gives no year row."""
    assert read("وهو سينيك (65 ق.م - 4 ق.م)، يقول") == []
    assert one("وصل قبل 5 أيام من الموعد")[:2] == ("قبل 5 أيام", "relative")
    assert one("في عام 2015 قبل أن يغادر")[:2] == ("عام 2015", "year")


@pytest.mark.parametrize("text, surface", [
    ("رصد المراقبون على مدار الأسابيع الأخيرة الماضية، محاولات", "الأسابيع الأخيرة الماضية"),
    ("شهدت السنوات الأخيرة الماضية نموا مطردا", "السنوات الأخيرة الماضية"),
])
def test_a_plural_period_with_both_words_of_the_past_keeps_both(text, surface):
    """"الأسابيع الأخيرة الماضية": الأخيرة and a marker after it are one period counted back, unresolved as
    "الأسابيع الأخيرة"."""
    assert one(text) == (surface, "relative", "", "")


def test_a_plural_period_with_one_word_of_the_past_is_unchanged():
    assert one("خلال الأسابيع الأخيرة من العام")[:2] == ("الأسابيع الأخيرة", "relative")
    assert one("الأشهر الستة الأخيرة الماضية", FRIDAY_31)[2:] == ("2015-01-01", "2015-06-30")


JULY_28_2015 = pd.Timestamp("2015-07-28 10:00", tz="Asia/Riyadh")


@pytest.mark.parametrize("text, surface, start, end", [
    ("قتل أربعة جنود خلال الأربع والعشرين ساعة الماضية قبل الموعد", "الأربع والعشرين ساعة الماضية", "", ""),
    ("تراجع النمو في الخمسة والعشرين عاما الماضية بشدة", "الخمسة والعشرين عاما الماضية", "1990-01-01", "2014-12-31"),
    ("تضاعف عدد السكان خلال العشرين عاما الماضية بسرعة", "العشرين عاما الماضية", "1995-01-01", "2014-12-31"),
    ("شهدت السنوات الخمس والعشرين الماضية تحولات", "السنوات الخمس والعشرين الماضية", "1990-01-01", "2014-12-31"),
])
def test_a_definite_count_with_a_definite_ten_counts_the_ten(text, surface, start, end):
    """"الأربع والعشرين ساعة الماضية": the ten keeps its article after و and is in the span (it was cut to "العشرين
    ساعة الماضية"); "العشرين", which the lexemes take for a day's ordinal, counts twenty (it counted one year)."""
    assert one(text, JULY_28_2015) == (surface, "relative", start, end)


def test_a_definite_ten_of_a_day_stays_an_ordinal():
    assert one("وصل في العشرين من يوليو الماضي", JULY_28_2015) == ("العشرين من يوليو الماضي", "date", "2015-07-20", "2015-07-20")
    assert one("بعد خمسة وعشرين عاما من الحرب", JULY_28_2015)[:2] == ("بعد خمسة وعشرين عاما", "relative")


@pytest.mark.parametrize("text, surface", [
    ("اليوم وبعد نصف عقد من هذا الحدث: أين نحن؟", "بعد نصف عقد"),
    ("غادر قبل نصف ساعة من الانفجار", "قبل نصف ساعة"),
])
def test_a_fraction_of_a_unit_after_a_counting_word_is_an_unresolved_relative_row(text, surface):
    """"بعد نصف عقد", "قبل نصف ساعة": after a fraction of one unit, counted from an event, or before a fraction of a
    unit shorter than a decade; no whole unit gives its bounds (it was the duration "نصف عقد" without بعد)."""
    assert [r for r in read(text, JULY_28_2015) if r[0] != "اليوم"] == [(surface, "relative", "", "")]


def test_a_fraction_at_a_distance_stays_a_duration():
    """"على بعد نصف قرن" is a distance in time: the duration "نصف قرن", as the gold writes it."""
    assert [r for r in read("نقف اليوم على بعد نصف قرن من ذلك التاريخ", JULY_28_2015) if r[0] != "اليوم"] == [("نصف قرن", "duration", "", "")]
    assert one("قبل عامين ونصف غادر", JULY_28_2015)[:3] == ("قبل عامين ونصف", "relative", "2013-01-01")


@pytest.mark.parametrize("text", ["انتهى رمضان وبدأت قوافل المسافرين", "وقد انقضى رمضان سريعا", "ومع اقتراب رمضان حل رمضان هذا العام"])
def test_a_context_month_after_a_verb_of_its_coming_or_going_is_a_month(text):
    """"انتهى رمضان", "حل رمضان": a verb of a month's end or arrival names the month, as في does (the last Ramadan)."""
    found = read(text, JULY_28_2015)
    assert found and found[-1][1:3] == ("month", "2015-06-18")


def test_a_context_month_needs_its_verb_right_before_it():
    """A name that is also a brand or a first name stays none after another verb (دخل نيسان السوق), and شوال (also a
    valley of Waziristan) needs more than a verb."""
    assert read("دخل نيسان السوق الأمريكية", JULY_28_2015) == []
    assert read("انتهى شوال من المعركة", JULY_28_2015) == []
    assert read("وصل رمضان إلى الملعب", JULY_28_2015) == []


@pytest.mark.parametrize("text, year", [
    ("ويعرض الفيلم في وقت لاحق من 2015 في إطار البرنامج", "2015"),
    ("وكان قد أعلن في وقت سابق من 2014 عن الخطة", "2014"),
    ("وستصل الشحنة في وقت مبكر من 2016.", "2016"),
    ("وتوقف العمل في وقت متأخر من 2013", "2013"),
])
def test_a_bare_year_after_a_time_within_it_is_a_year(text, year):
    """"في وقت لاحق من 2015": من after a time within the year joins it to its year, as "في وقت سابق من العام الحالي"
    joins the current one; it is no lower bound of a count (it was no row)."""
    assert read(text, JULY_28_2015) == [(year, "year", f"{year}-01-01", f"{year}-12-31")]


@pytest.mark.parametrize("text, year", [
    ("وتطبق الرسوم اعتبارًا من 2011 على الشركات", "2011"),
    ("وعرف اسمه في الخارج واعتبارا من 1974 بدأ يحتج", "1974"),
    ("وتخفض التعريفات ابتداءً من 2016.", "2016"),
])
def test_a_bare_year_after_as_of_is_a_year(text, year):
    """"اعتبارا من 2011", "ابتداء من 2016" (as of): من after these words starts a time at the year, as after a time
    within it; it is no lower bound of a count (it was no row)."""
    assert read(text, JULY_28_2015) == [(year, "year", f"{year}-01-01", f"{year}-12-31")]


def test_as_of_before_a_count_stays_no_year():
    """An amount after the number still makes it a count (اعتبارا من 2000 شخص)."""
    assert read("وتصرف المنحة اعتبارا من 2000 شخص", JULY_28_2015) == []


def test_a_bare_number_after_another_من_stays_no_year():
    """من before a number is a count's lower bound or a share ("من 2000 شخص", "من 2000 إلى 3000") unless a time
    within the year stands before it; an amount after it is no year either."""
    assert read("وتمكن من 2000 شخص من الوصول", JULY_28_2015) == []
    assert read("وارتفع العدد من 2000 الى 3000 في المدينة", JULY_28_2015) == []
    assert read("ودفع 2015 ريال للمكتب", JULY_28_2015) == []
    assert read("وصل في وقت لاحق من 2000 متر", JULY_28_2015) == []


@pytest.mark.parametrize("text, month", [
    ("ومع اقتراب نهاية الشهر الكريم وعيد الفطر، يأمل العراقيون بتحسن الأوضاع", "نهاية الشهر الكريم"),
    ("وزعت الجمعية السلال خلال شهر رمضان وعيد الفطر على الأسر", "شهر رمضان"),
    ("تزامن الموسم مع شهر رمضان المبارك وعيد الفطر السعيد", "شهر رمضان المبارك"),
])
def test_a_feast_joined_by_wa_to_ramadan_is_its_own_range(text, month):
    """"نهاية الشهر الكريم وعيد الفطر": a feast joined by و to Ramadan shares its time, a hijri range without its
    year as after a preposition (it was no row: no preposition right before it)."""
    found = read(text, JULY_28_2015)
    assert [r[0] for r in found] == [month, found[-1][0]] and found[-1][:2] in {("عيد الفطر", "range"), ("عيد الفطر السعيد", "range")}


def test_a_feast_joined_by_wa_to_another_word_stays_none():
    """A feast after و and a word that is no Ramadan (القرآن الكريم, الأسر) names no time, nor after a Ramadan that is
    no row itself (فرحة رمضان والعيد: an occasion)."""
    assert read("وتلا القرآن الكريم وعيد الفطر قريب", JULY_28_2015) == []
    assert read("فشلوا في اغتيال فرحة رمضان والعيد", JULY_28_2015) == []
    assert read("زار الأسر وعيد الفطر على الأبواب", JULY_28_2015) == []


@pytest.mark.parametrize("text, surface, end", [
    ("وارتفع العدد بنسبة 11.8% في العام الماضي 2014 لتبلغ 15516 جهازا", "العام الماضي 2014", "2014-12-31"),
    ("وبلغت الأرباح في العام الماضي 2014م نحو مليار ريال", "العام الماضي 2014م", "2014-12-31"),
    ("ارتفعت المبيعات في النصف الأول من العام الماضي 2014 بنسبة كبيرة", "النصف الأول من العام الماضي 2014", "2014-06-30"),
])
def test_a_year_after_a_past_marker_is_relative(text, surface, end):
    """"العام الماضي 2014": the year named after الماضي is in the span and the row is relative, as the gold rules write
    it (it was kind year with the same value)."""
    assert read(text, JULY_28_2015) == [(surface, "relative", "2014-01-01", end)]


def test_a_year_after_a_current_or_next_marker_stays_a_year():
    """Only a past marker makes the row relative: "العام الحالي 2015م" is a year row in the development set, and a
    year without a marker stays one."""
    assert read("وتتوقع الشركة نموا في العام الحالي 2015م", JULY_28_2015) == [("العام الحالي 2015م", "year", "2015-01-01", "2015-12-31")]
    assert read("وارتفع العدد في عام 2014 بنسبة كبيرة", JULY_28_2015) == [("عام 2014", "year", "2014-01-01", "2014-12-31")]


@pytest.mark.parametrize("text, surface", [
    ("ويستغرق البدء في الإنتاج ما بين عامين إلى ثلاثة أعوام.", "بين عامين إلى ثلاثة أعوام"),
    ("ويمكث المريض من يومين إلى 3 أيام في المستشفى", "من يومين إلى 3 أيام"),
    ("سيرتفع الإنتاج خلال ستة إلى سبعة أشهر.", "خلال ستة إلى سبعة أشهر"),
    ("وتدوم البطارية لمدة 5 إلى 7 أيام", "لمدة 5 إلى 7 أيام"),
    ("وتعطل المحرك لمدة 3 ساعات و17 دقيقة.", "لمدة 3 ساعات و17 دقيقة"),
    ("واستمرت الحروب لمدة مئة وواحد وثلاثين سنة بين البلدين", "لمدة مئة وواحد وثلاثين سنة"),
])
def test_two_counts_joined_after_a_dual_or_a_duration_opener_are_one_duration(text, surface):
    """"ما بين عامين إلى ثلاثة أعوام" (a dual as the first term) and "خلال ستة إلى سبعة أشهر" (after a duration's
    opener) are one duration, as "ما بين 7 و 8 اعوام" is; before, only the second term was a row."""
    assert read(text, JULY_28_2015) == [(surface, "duration", "", "")]


def test_two_counts_before_a_marker_stay_a_period_not_a_duration():
    """A marker after the unit makes the counts a period (الأشهر الستة المقبلة), so the pair after خلال is not read
    as a duration there; a single count after a duration's opener stays one duration."""
    assert read("وستظهر النتائج خلال ثلاثة إلى ستة أشهر المقبلة", JULY_28_2015)[0][0] != "خلال ثلاثة إلى ستة أشهر"
    assert read("وتدوم البطارية لمدة 7 أيام", JULY_28_2015) == [("لمدة 7 أيام", "duration", "", "")]


@pytest.mark.parametrize("text, year", [
    ("2017 بداية التطبيق الإلزامي لمتطلبات السلامة", "2017"),
    ("هيئة المواصفات : 2017 بداية التطبيق الإلزامي", "2017"),
    ("وتبقى 2020 نهاية المرحلة الأولى", "2020"),
])
def test_a_bare_year_before_start_or_end_is_a_year(text, year):
    """"2017 بداية التطبيق": a bare year named as the start or end of something (a title's nominal sentence) is a
    year, as the development gold writes it (it was no row)."""
    assert read(text, JULY_28_2015) == [(year, "year", f"{year}-01-01", f"{year}-12-31")]


def test_a_bare_number_before_a_count_noun_at_a_title_start_stays_no_year():
    """A title opening on a number before a counted noun ("2000 زائر", "2080 شخصا") is a count."""
    assert read("2000 زائر في انطلاقة المهرجان", JULY_28_2015) == []
    assert read("2080 شخصا عدد المخطوفين", JULY_28_2015) == []


@pytest.mark.parametrize("text, surface", [
    ("من يتخلف عن تصحيح وضعه قبل نهاية شوال لن يستطيع الحصول على هوية", "نهاية شوال"),
    ("وتستمر الفعاليات حتى نهاية شوال ، مبيناً أن المهرجان", "نهاية شوال"),
    ("شهدت السوق تدفق التمور منذ مطلع شوال، من مزارع القصيم", "مطلع شوال"),
])
def test_shawwal_after_an_edge_word_is_the_month(text, surface):
    """شوال (also a place in Waziristan) counts as the month after an edge word (نهاية, مطلع), as other Hijri months do;
    in a Shawwal story it is the month of publication."""
    assert read(text, JULY_28_2015) == [(surface, "month", "2015-07-17", "2015-08-15")]


def test_shawwal_after_fi_alone_stays_the_place():
    """A bare "في شوال" stays no row: the name is also the Waziristan valley, and the edge is what tells the month."""
    assert read("قتل مسلحون في شوال بوزيرستان", JULY_28_2015) == []
    assert read("توقعت مظاهر ازدحام في شوال عطفاً على الإجازة", JULY_28_2015) == []


@pytest.mark.parametrize("text, surface", [
    ("طالب الحضور بإعادته ضمن فعاليات ثاني العيد وقد تغنى الجمهور", "ثاني العيد"),
    ("وأقيم الحفل في ثالث عيد الفطر بالصالة", "ثالث عيد الفطر"),
])
def test_a_bare_ordinal_before_the_feast_is_its_day(text, surface):
    """"ثاني العيد" (without أيام) is the feast's second day, one hijri date row, unresolved where the text gives no
    day, as "ثاني أيام العيد" is."""
    assert read(text, JULY_28_2015) == [(surface, "date", "", "")]


def test_an_ordinal_before_a_birthday_or_the_national_day_stays_no_row():
    """A birthday and a national day are no feast of the calendar: no row after an ordinal either."""
    assert read("احتفل بثاني عيد ميلاده مع أسرته", JULY_28_2015) == []
    assert read("في ثالث العيد الوطني للبلاد", JULY_28_2015) == []


def test_a_list_of_the_feasts_days_gives_no_row_of_its_last_day_alone():
    """"ثالث ورابع العيد" and "ثالث ورابع أيام العيد" list days of the feast; the last ordinal alone ("رابع العيد") is
    not the expression, so no row is read, while "أول العيد وثاني العيد" (the feast named after each) keeps its second day."""
    assert read("بحيث يكون ثالث ورابع العيد للرجال", JULY_28_2015) == []
    assert read("وكان عرضها في ثالث ورابع وخامس العيد، وذلك", JULY_28_2015) == []
    assert ("ثاني العيد", "date", "", "") in read("واستمرت يومين أول العيد وثاني العيد", JULY_28_2015)
    assert read("وقضيت ثالث ورابع أيام العيد في جدة", JULY_28_2015) == []
    assert read("ليلة وأيام العيد", JULY_28_2015) == [("أيام العيد", "range", "", "")]


def test_a_counted_unit_before_a_relative_pronoun_is_still_counted():
    """"قبل اسبوع الذي نسبته السلطات": the relative clause is the event's, so the lone unit after قبل is still a week ago."""
    assert one("اثر الهجوم الانتحاري في سروج قبل اسبوع الذي نسبته السلطات", JULY_28_2015) == (
        "قبل اسبوع", "relative", "2015-07-20", "2015-07-26")


def test_any_indefinite_lone_unit_before_a_relative_pronoun_keeps_its_row():
    """"في أقل من شهر الذي يضرب العاصمة", "لأسبوع الذي شهد": after an approximation or a joined ل, as after قبل, the
    relative clause is the event's, so the indefinite unit keeps its duration (one end rule for every lone unit)."""
    assert one("وهو الهجوم الثاني في أقل من شهر الذي يضرب العاصمة", JULY_28_2015)[:2] == ("أقل من شهر", "duration")
    assert one("وهي المرة الثالثة في نحو عام التي يغلق فيها الطريق", JULY_28_2015)[:2] == ("نحو عام", "duration")
    assert one("ظل مغلقا لأسبوع الذي شهد المواجهات", JULY_28_2015)[:2] == ("أسبوع", "duration")
    # guards: a definite unit after the approximation, the unit before its own noun
    assert read("بعد نحو الشهر الذي قضاه في السجن", JULY_28_2015) == []
    assert read("خلال أسبوع الانتخابات", JULY_28_2015) == []


def test_a_unit_before_its_own_noun_or_a_definite_unit_before_a_clause_stays_out():
    """"قبل يوم الانتخابات" (the unit is the noun's: election day) and "أقل من العام الذي قبله" (a comparison of years)
    give no counted row."""
    assert read("قبل يوم الانتخابات بقليل", JULY_28_2015) == []
    assert read("كان الإنفاق أقل من العام الذي قبله بتراجع", JULY_28_2015) == []


@pytest.mark.parametrize(
    "text, surface, day",
    [
        ("في مثل هذا اليوم الموافق للعشرين من شهر يوليو (تموز) على النحو التالي", "للعشرين من شهر يوليو (تموز)", "2015-07-20"),
        ("الموافق للحادي والعشرين من شهر يوليو (تموز) على النحو التالي", "للحادي والعشرين من شهر يوليو (تموز)", "2015-07-21"),
        ("ينتهي يوم الخميس المقبل الموافق للسادس من شهر أغسطس الجاري.", "للسادس من شهر أغسطس الجاري", "2015-08-06"),
    ],
)
def test_an_ordinal_day_with_lam_fused_to_its_article_is_one_date(text, surface, day):
    """"للعشرين من شهر يوليو": ل drops the article's ا, so no span without it names the day; the date keeps it."""
    assert (surface, "date", day, day) in read(text, JULY_28_2015)


def test_a_fused_lam_ordinal_without_a_month_stays_no_row():
    """"للثاني على التوالي", "للمرة الثانية": an ordinal with ل and no month after من names no day."""
    assert read("فاز بالبطولة للمرة الثانية وللثاني على التوالي", JULY_28_2015) == []


@pytest.mark.parametrize(
    "text, surface, start, end",
    [
        ("ويقام الملتقى اواخر صفر للعام المقبل. ومن أبرز محاوره", "اواخر صفر للعام المقبل", "2015-11-13", "2015-12-11"),
        ("ويعود المعرض في رجب للعام المقبل بمشاركة", "رجب للعام المقبل", "2016-04-08", "2016-05-07"),
    ],
)
def test_a_hijri_month_joined_by_lam_to_a_relative_year_takes_that_year(text, surface, start, end):
    """"اواخر صفر للعام المقبل": the year after ل (fused to its article) is the month's, as "20 -7 لهذا العام"."""
    assert one(text, JULY_28_2015) == (surface, "month", start, end)


def test_a_month_before_lam_and_a_counted_year_keeps_its_own_span():
    """"يوليو للعام الثالث على التوالي": an ordinal year is no marker of the month's year; the month stays alone."""
    assert one("تراجعت الأسعار في يوليو للعام الثالث على التوالي", JULY_28_2015) == ("يوليو", "month", "2015-07-01", "2015-07-31")


@pytest.mark.parametrize("text, surface", [
    ("وكان ولي العهد قد وصل إلى القاهرة في زيارة استغرقت ساعات عدة التقى خلالها", "ساعات عدة"),
    ("وبعد مرور أعوام قليلة تكاد تعد على أصابع اليدين", "أعوام قليلة"),
    ("وقد أمضى الوزير سنوات طويلة في أروقة المنظمة", "سنوات طويلة"),
    ("تتوقع الأرصاد استمرار موجة الحر أيام عدة في المنطقة", "أيام عدة"),
])
def test_a_vague_plural_with_its_adjective_is_a_duration_without_an_opener(text, surface):
    """"استغرقت ساعات عدة", "مرور أعوام قليلة": a plural unit with no count but its adjective (عدة, قليلة, طويلة) is how
    long wherever it stands, as it was only after خلال, لمدة or a joined ل."""
    assert read(text, JULY_28_2015) == [(surface, "duration", "", "")]


def test_a_vague_plural_ago_contracts_or_a_joined_preposition_stay_no_bare_duration():
    """"حتى سنوات قليلة مضت" (a time ago), "عقود طويلة ومتوسطة الأجل" (contracts), "بعد ذلك بسنوات قليلة" (a word
    with a preposition joined) give no duration of the plural alone; "قبل أيام قليلة" stays one relative row."""
    assert read("وكان ذلك متاحا حتى سنوات قليلة مضت للجميع", JULY_28_2015) == []
    assert read("توقيع عقود طويلة ومتوسطة وقصيرة الأجل أمر تتم دراسته", JULY_28_2015) == []
    assert read("وبعد ذلك بسنوات قليلة هاجرت مع عائلتها", JULY_28_2015) == []
    assert read("وصل قبل أيام قليلة إلى الرياض", JULY_28_2015) == [("قبل أيام قليلة", "relative", "", "")]


@pytest.mark.parametrize("text, row", [
    ("انقطعت الكهرباء أربع أو خمس ساعات قبل عودتها", ("أربع أو خمس ساعات", "duration", "", "")),
    ("في بيروت، مرت اربعة او خمسة ايام لم ترفع خلالها النفايات", ("اربعة او خمسة ايام", "duration", "", "")),
    ("هذا الفرق الكبير عما حصل قبل ثلاث أو أربع سنوات مشيرا إلى", ("قبل ثلاث أو أربع سنوات", "relative", "", "")),
])
def test_two_counts_joined_by_or_before_one_unit_are_one_row(text, row):
    """"أربع أو خمس ساعات": either of two counts before one unit is one duration (before, the second count alone was a
    row); after قبل it is one relative row, with no year, as neither count is meant alone."""
    assert row in read(text, JULY_28_2015)


def test_a_count_after_a_unit_and_or_stays_its_own_row():
    """"عامين أو ثلاثة" keeps its dual as the one row (the pair needs the unit after its second count), and a single
    count after قبل keeps its year."""
    assert read("خلال عامين أو ثلاثة", JULY_28_2015)[0][0] == "خلال عامين"
    assert read("وصل قبل أربع سنوات إلى", JULY_28_2015) == [("قبل أربع سنوات", "relative", "2011-01-01", "2011-12-31")]


def test_a_vague_plural_in_a_wish_is_no_duration():
    """"أن يعيده عليهم أعواماً عديدة" (may He bring it back to them for many years): a blessing's formula, no time, up to
    six words after the wish's verb in its clause; the vague plural keeps its duration elsewhere."""
    assert read("سائلا الله أن يعيده عليهم أعواماً عديدة وأزمنة مديدة.", JULY_26_2015) == []
    assert read("داعياً المولى أن يعيد على وطننا هذه المناسبة سنين عديدة", JULY_26_2015) == []
    assert read("أعاده الله علينا أعواما عديدة", JULY_26_2015) == []
    # guards: no wish verb, a wish verb in an earlier clause, a wish verb too far before
    assert one("بعد أن قضى أعواما عديدة فيها", JULY_26_2015)[:2] == ("أعواما عديدة", "duration")
    assert one("أن يعيده الله، وقد قضى سنوات طويلة في المنفى", JULY_26_2015)[:2] == ("سنوات طويلة", "duration")
    assert one("قرر أن يعيد النظر في القرار الذي بقي معلقا في الأدراج سنوات طويلة", JULY_26_2015)[:2] == (
        "سنوات طويلة", "duration")


@pytest.mark.parametrize("text, row", [
    ("خلال الـ48 الساعة القادمة في المنطقة", ("الـ48 الساعة القادمة", "relative", "", "")),
    ("خلال ال 24 الساعة الماضية", ("ال 24 الساعة الماضية", "relative", "", "")),
    ("خلال الـ3 الأيام القادمة", ("الـ3 الأيام القادمة", "relative", "2015-07-27", "2015-07-29")),
])
def test_a_definite_count_in_digits_takes_a_definite_unit(text, row):
    """"الـ48 الساعة القادمة": a definite count in digits before a definite unit is a period counted ahead or back, as
    "الثلاثة الأيام القادمة" (a count in words) and "الـ48 ساعة القادمة" already were."""
    assert read(text, JULY_26_2015) == [row]


def test_a_definite_unit_after_a_count_needs_both_articles_and_a_marker():
    """No marker after the unit, or no article on the count: no period; a rank before "العام الماضي" (a singular
    year or month after the count) leaves the year its own row."""
    assert read("الـ48 الساعة حاسمة", JULY_26_2015) == []
    assert read("كانت في المركز الـ420 العام الماضي", JULY_26_2015) == [("العام الماضي", "relative", "2014-01-01", "2014-12-31")]
    assert read("خلال 48 الساعة القادمة", JULY_26_2015) == []


@pytest.mark.parametrize("text", [
    "داعيا الله أن تعود هذه المناسبة الطيبة على الجميع أعواماً عديدة",
    "متمنيا أن يعود هذا العيد أعوامًا عديدة",
    "عاد علينا العيد أعواما عديدة وأزمنة مديدة",
])
def test_a_feast_returning_in_a_wish_is_no_duration(text):
    """"أن تعود هذه المناسبة ... أعواماً عديدة": the feast's own return (تعود, يعود, عاد) with the feast named
    (المناسبة, العيد, الأيام) is a wish as أعاده/يعيده are, so the blessing's vague plural gives no duration."""
    assert read(text, JULY_26_2015) == []


def test_a_return_after_many_years_keeps_its_time():
    """"عاد بعد أعوام عديدة من الغياب" (a real return after years): the span opens with بعد, not the bare plural."""
    assert one("عاد بعد أعوام عديدة من الغياب", JULY_26_2015)[:2] == ("بعد أعوام عديدة", "relative")
    assert one("قضى أعواما عديدة في الغربة ثم عاد", JULY_26_2015)[:2] == ("أعواما عديدة", "duration")
    # a return with no feast named: a return to a time, not a wish
    assert one("الجامعة قد تعود بنا إلى سنوات قليلة من الظهور", JULY_26_2015)[:2] == ("سنوات قليلة", "duration")


@pytest.mark.parametrize("text, row", [
    ("توفي 447 شخصا بسببه منذ عام .2003 والوضع", ("عام .2003", "year", "2003-01-01", "2003-12-31")),
    ("وتعمل الشركة منذ عام ،2012 في المنطقة", ("عام ،2012", "year", "2012-01-01", "2012-12-31")),
    ("وتراجع الإنتاج خلال عام .2010 بنسبة كبيرة", ("عام .2010", "year", "2010-01-01", "2010-12-31")),
])
def test_a_year_after_a_stray_mark_is_named_after_since_or_during(text, row):
    """"منذ عام .2003": a stray point or comma typed before the year's digits leaves the year named, as it does after
    no opener; before, منذ/خلال read "عام" as one year counted back or a year's length."""
    assert read(text, WEDNESDAY) == [row]


def test_a_lone_year_unit_before_a_comma_or_a_dash_and_a_count_stays_counted():
    """"منذ عام، وفي 2003" (the clause ends after the unit) and "قبل عام - 5 أيام" (a dash before a count, no year)
    keep the counted year."""
    assert read("وصل منذ عام، وفي 2003 غادر", WEDNESDAY)[0][:2] == ("منذ عام", "relative")
    assert read("وقع قبل عام - 5 أيام فقط", WEDNESDAY)[0][:2] == ("قبل عام", "relative")


@pytest.mark.parametrize("text", ["فيما الآخران يبلغان 26 عاماً، وجميعهم دخلوا البلاد", "والمتهمون يبلغون 20 عاما تقريبا",
                                  "والشقيقتان تبلغان 15 عاما"])
def test_a_count_of_years_after_the_dual_or_plural_of_to_reach_is_an_age(text):
    """"يبلغان 26 عاماً" (the two are 26): the dual and plural of يبلغ before a count of years give an age, as يبلغ does
    (ages are not annotated)."""
    assert read(text, WEDNESDAY) == []


def test_a_length_after_the_dual_of_to_reach_with_its_noun_stays_a_duration():
    """"تبلغان مدة عامين": a duration word between the verb and the count keeps the duration."""
    assert read("والمرحلتان تبلغان مدة عامين", WEDNESDAY) == [("مدة عامين", "duration", "", "")]


@pytest.mark.parametrize("text, row", [
    ("في فيينا في 14 يوليو عقب 18 يوما من المفاوضات المضنية", ("عقب 18 يوما", "relative", "", "")),
    ("تعهده بالاستقالة من منصبه عقب أيام قليلة من فوزه", ("عقب أيام قليلة", "relative", "", "")),
    ("لحق بها اثر اربعة اشهر من المعارك", ("اثر اربعة اشهر", "relative", "", "")),
    ("وعقب ما يقرب من عامين من المفاوضات المكثفة", ("عقب ما يقرب من عامين", "relative", "", "")),
])
def test_a_count_after_uqb_or_ithr_is_a_time_after_an_event(text, row):
    """"عقب 54 عاما من العداء", "إثر أشهر طويلة من المفاوضات": عقب and إثر before a count are بعد, one relative row with the
    word in the span (the gold rule for "بعد أكثر من أربع سنوات من النزاع"); before, the count alone was a duration."""
    assert row in read(text, WEDNESDAY)
    assert len(read(text, WEDNESDAY)) == (2 if "يوليو" in text else 1)


def test_uqb_before_a_feast_or_a_pronoun_gives_no_count():
    """"عقب إجازة عيد الفطر" keeps the feast's own row, "إثر ذلك" gives none."""
    assert read("عقب إجازة عيد الفطر السعيد", WEDNESDAY) == [("إجازة عيد الفطر السعيد", "range", "", "")]
    assert read("وتوفي إثر ذلك في المستشفى", WEDNESDAY) == []


def test_uncounted_decades_after_a_verb_of_signing_are_contracts():
    assert read("جعلهم يوقعون عقوداً مع شركات فاشلة", FRIDAY_31) == []
    assert read("وإبرام عقودا مع الموردين", FRIDAY_31) == []
    assert read("بعد توقيع عقود مع الشركات", FRIDAY_31) == []


def test_uncounted_decades_after_other_verbs_stay_durations():
    assert one("الذين تربعوا عقودا على كراسي الوزارات", FRIDAY_31)[:2] == ("عقودا", "duration")
    assert one("وقع عقودا طويلة الأمد", FRIDAY_31)[:2] == ("عقودا", "duration")


def test_a_verb_opening_with_tast_is_an_imperfect_that_looks_ahead():
    assert one("بورصة أثينا تستأنف عملياتها الإثنين", FRIDAY_31)[2:] == ("2015-08-03", "2015-08-03")
    assert one("الكويت تستضيف الملتقى الخليجي الأول للمتداولين في ديسمبر", FRIDAY_31)[2] == "2015-12-01"
    assert one("على ان تستأنف التدريبات مساء الجمعة على ملعب النادي", WEDNESDAY)[2] == "2015-07-24"


def test_a_verbal_noun_opening_with_ta_gives_no_tense():
    assert one("وتنظيم الاحتفال الإثنين", FRIDAY_31)[2] == "2015-07-27"
    assert one("وتقرير الوزارة في ديسمبر", FRIDAY_31)[2] == "2014-12-01"


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("تجتمع لجنة مكافحة الإرهاب في الأمم المتحدة (الاثنين والثلاثاء) في مدريد", MONDAY, ("2015-07-27", "2015-07-28")),
    ("وتختتم المباريات الأميركية الأربعاء بمباراة مانشستر يونايتد", FRIDAY_31, ("2015-08-05", "2015-08-05")),
    ("تحتفل المدينة الخميس بالعيد", MONDAY, ("2015-07-30", "2015-07-30")),
])
def test_an_eighth_form_imperfect_with_ta_looks_ahead(text, published, expected):
    """"تجتمع اللجنة (الاثنين والثلاثاء)" on a Monday: the imperfect تفتعل announces the meeting, as "يجتمع" and
    "تستأنف" do, so the weekdays are the coming ones (the rules' future verb)."""
    assert one(text, published)[2:] == expected


@pytest.mark.parametrize(("text", "day"), [
    ("اجتمعت اللجنة الخميس", "2015-07-23"),  # a perfect: the past
    ("تجتمع اللجنة الخميس الماضي", "2015-07-23"),  # the marker before the verb
    ("جرى تفتيش المنزل الخميس", "2015-07-23"),  # a verbal noun of the second form (ي before the last letter)
    ("في المدينة التي تحتفل الخميس بالعيد", "2015-07-23"),  # a relative clause's verb sets no side
])
def test_an_eighth_form_shape_that_is_no_imperfect_or_a_marker_keeps_the_past(text, day):
    assert one(text, MONDAY)[2] == day


def test_a_definite_count_of_years_after_exceeding_or_holding_is_an_age():
    assert read("رغم إنه لم يتجاوز الـ12 عاماً.", FRIDAY_31) == []
    assert read("وقاد سابيلا صاحب الـ 60 عاما تدريب المنتخب", FRIDAY_31) == []
    assert read("يجيز لمن تجاوز الـ 55 عاماً ان يكون عضواً", FRIDAY_31) == []


def test_an_indefinite_count_or_months_after_exceeding_stay_durations():
    assert one("بعد غياب تجاوز 10 سنوات", FRIDAY_31)[:2] == ("10 سنوات", "duration")
    assert one("بلغ الـ 5 أشهر", FRIDAY_31)[:2] == ("الـ 5 أشهر", "duration")


def test_an_imperfect_right_after_a_relative_pronoun_does_not_set_the_side():
    # the relative clause's verb is no cue: the default side (the past, for a bare month or weekday) stands
    assert one("تراجع سعر الغاز الذي تستخدمه المصانع في يناير", FRIDAY_31)[2] == "2015-01-01"
    assert one("المباراة التي تستضيفها المدينة الاربعاء", FRIDAY_31)[2] == "2015-07-29"


def test_an_imperfect_without_a_relative_pronoun_still_looks_ahead():
    assert one("المدينة تستضيف المباراة الاربعاء", FRIDAY_31)[2] == "2015-08-05"
    assert one("الاتفاق الذي أعلن الثلاثاء", FRIDAY_31)[2] == "2015-07-28"
    assert one("موسم زراعة الحبوب الذي يبدأ في أكتوبر", FRIDAY_31)[2] == "2015-10-01"  # only تست is skipped


def test_a_weekday_every_week_is_a_habit_without_a_day():
    assert one("تستقبل العيادة المراجعين الخميس من كل أسبوع", FRIDAY_31)[2:] == ("", "")
    assert one("يعقد المجلس جلسته يوم الاثنين من كل اسبوع", FRIDAY_31)[2:] == ("", "")


def test_a_weekday_without_every_week_keeps_its_day():
    assert one("تستقبل العيادة المراجعين الخميس المقبل", FRIDAY_31)[2] == "2015-08-06"
    assert one("خصصت أوقات شهر رمضان من كل أسبوع للنساء", FRIDAY_31)[2] == "2015-06-18"  # a month's week-days


def test_a_definite_count_of_years_after_an_absence_is_its_length_not_an_age():
    assert one("بعد غياب ناهز الـ30 عاما", FRIDAY_31)[:2] == ("الـ30 عاما", "duration")
    assert one("يعود بعد غياب طويل عنه تجاوز الـ30 عاماً", FRIDAY_31)[:2] == ("الـ30 عاماً", "duration")
    assert one("وعاد بعد انقطاع تجاوز الـ 20 عاما", FRIDAY_31)[:2] == ("الـ 20 عاما", "duration")


def test_two_weekdays_beside_their_dates_take_those_dates():
    tuesday = pd.Timestamp("2015-08-04 18:00", tz="Asia/Riyadh")
    found = read("أوضح أن اللقاء سيتزامن مع المهرجان الذي تنظمه الجامعة بالتعاون مع الجمعية، وذلك في يومي الأربعاء"
                 " والخميس الموافق 20 و21 شوال", tuesday)
    assert found[0] == ("يومي الأربعاء والخميس", "range", "2015-08-05", "2015-08-06")
    found = read("وعقد الملتقى يومي الأحد والاثنين الموافق 26 و27 يوليو", tuesday)
    assert found[0] == ("يومي الأحد والاثنين", "range", "2015-07-26", "2015-07-27")
    found = read("وعقد الملتقى يومي الأحد والاثنين (26 و27 يوليو)", tuesday)
    assert found[0] == ("يومي الأحد والاثنين", "range", "2015-07-26", "2015-07-27")


def test_two_weekdays_beside_dates_of_other_weekdays_or_lengths_keep_their_own_days():
    tuesday = pd.Timestamp("2015-08-04 18:00", tz="Asia/Riyadh")
    # 5 and 6 August are a Wednesday and a Thursday: no apposition
    assert read("في يومي الجمعة والسبت الموافق 5 و6 أغسطس", tuesday)[0] == (
        "يومي الجمعة والسبت", "range", "2015-07-31", "2015-08-01")
    # one date beside two weekdays is not their value
    assert read("وعقد الملتقى يومي الأحد والاثنين الموافق 26 يوليو", tuesday)[0] == (
        "يومي الأحد والاثنين", "range", "2015-08-02", "2015-08-03")


@pytest.mark.parametrize("text, surface, year", [
    ("اختفى منذ ربع قرن ولم يعد", "منذ ربع قرن", "1990"),
    ("أنشئ قبل نصف قرن", "قبل نصف قرن", "1965"),
    ("بدأت قبل ثلث قرن", "قبل ثلث قرن", "1982"),
    ("تأسس قبل نصف عقد", "قبل نصف عقد", "2010"),
    ("وصل قبل نحو نصف قرن إلى البلاد", "قبل نحو نصف قرن", "1965"),
])
def test_a_fraction_of_a_decade_or_century_before_publication_is_the_year_that_many_months_back(text, surface, year):
    """"قبل ربع قرن" is 25 years back, as "قبل ثلاثة عقود ونصف" is 35: counted in months from the month of publication."""
    assert read(text, JULY_28_2015) == [(surface, "relative", f"{year}-01-01", f"{year}-12-31")]


def test_a_fraction_of_a_smaller_unit_or_after_a_century_stays_unresolved():
    assert read("قبل قرن ونصف", JULY_28_2015) == [("قبل قرن ونصف", "relative", "", "")]
    assert read("منذ ثلثي قرن", JULY_28_2015) == [("منذ ثلثي قرن", "relative", "", "")]
    assert read("بعد ربع قرن من هبة المملكة", JULY_28_2015) == [("بعد ربع قرن", "relative", "", "")]


@pytest.mark.parametrize("text", ["وقال ما أشبه الليلة بالبارحة في هذا", "ما أشبه اليوم بالأمس"])
def test_how_alike_now_and_then_is_a_proverb_and_no_date(text):
    assert read(text, FRIDAY_31) == []


def test_last_night_without_the_proverb_is_still_a_day():
    assert read("وصل الليلة البارحة إلى جدة", FRIDAY_31) == [
        ("الليلة", "relative", "2015-07-31", "2015-07-31"), ("البارحة", "relative", "2015-07-30", "2015-07-30")]


@pytest.mark.parametrize("text", [
    "توفي الشاعر محمد الفيتوري، مساء أمس، بأحد مستشفيات الرباط عن 79 عاما بعد معاناة مع المرض.",
    "ماتت الفنانة في بيتها عن 91 عاماً",
])
def test_years_after_an_at_after_a_verb_of_dying_in_the_sentence_are_an_age(text):
    assert [r for r in read(text, FRIDAY_31) if r[1] == "duration"] == []


def test_years_after_an_at_without_a_verb_of_dying_stay_a_duration():
    assert read("أعلن الوزير عن 5 سنوات من العمل. وتوفي أخوه", FRIDAY_31)[0][:2] == ("5 سنوات", "duration")


def test_yesterday_naming_the_publication_weekday_is_that_day():
    """"مساء أمس الجمعة" put online on Friday at 16:13: the Friday of the publication week on or before publication."""
    friday = pd.Timestamp("2015-07-24 16:13", tz="Asia/Riyadh")
    assert read("توفي مساء أمس الجمعة بأحد المستشفيات", friday) == [("مساء أمس الجمعة", "relative", "2015-07-24", "2015-07-24")]
    assert read("توفي أمس الخميس", friday) == [("أمس الخميس", "relative", "2015-07-23", "2015-07-23")]


@pytest.mark.parametrize("text, surface", [
    ("أن مشهد الدقائق التسع في الحلقة الأخيرة كان", "الدقائق التسع"),
    ("قضى الساعات الثلاث في الانتظار", "الساعات الثلاث"),
])
def test_minutes_or_hours_counted_after_their_plural_are_a_duration(text, surface):
    assert read(text, FRIDAY_31) == [(surface, "duration", "", "")]


def test_days_counted_after_their_plural_after_a_noun_stay_a_name():
    assert read("ذكرى حرب الأيام الستة", FRIDAY_31) == []
    # a ten after the plural is a point of a timeline as often ("* الدقائق العشرون: يرتفع مستوى السكر")
    assert read("* الدقائق العشرون: يرتفع مستوى السكر", FRIDAY_31) == []


@pytest.mark.parametrize("text, surface, day", [
    ("وكان قد وصل بالأمس مساءً إلى الرياض", "الأمس مساءً", "2015-07-30"),
    ("وعاد أمس ليلا إلى منزله", "أمس ليلا", "2015-07-30"),
    ("ويصل الوفد غدا صباحا إلى جدة", "غدا صباحا", "2015-08-01"),
])
def test_a_part_of_the_day_after_a_relative_day_is_in_its_span(text, surface, day):
    assert read(text, FRIDAY_31) == [(surface, "relative", day, day)]


def test_a_part_of_the_day_before_a_weekday_after_a_relative_day_stays_with_the_weekday():
    """"اليوم مساء الخميس": the part of the day opens the weekday's row, not the end of today's."""
    assert [row[0] for row in read("يلتقي الفريقان اليوم مساء الخميس", FRIDAY_31)][:1] == ["اليوم"]


@pytest.mark.parametrize("text, surface, granularity", [
    ("ثم أفرج عنهم بعد ذلك بعدة أيام.", "بعد ذلك بعدة أيام", "day"),
    ("وعاد إلى بلده بعد ذلك بيومين", "بعد ذلك بيومين", "day"),
    ("وكان قد زارها قبل ذلك بعامين", "قبل ذلك بعامين", "year"),
])
def test_a_count_joined_by_ba_after_that_is_one_relative_row_counted_from_the_event(text, surface, granularity):
    """"بعد ذلك بيومين": two days after the event told before, not after publication: relative, unresolved."""
    assert [(r["surface"], r["kind"], r["granularity"], r["resolved"]) for r in dates_for(Document("a", text, FRIDAY_31))] == [
        (surface, "relative", granularity, False)]


@pytest.mark.parametrize("text", ["وصل بعد ذلك بقليل", "وهو أكثر من ذلك بكثير", "وعوقب بعد ذلك بالإيقاف لمباراتين"])
def test_that_and_a_joined_ba_before_no_count_give_no_row(text):
    assert [row for row in read(text, FRIDAY_31) if row[0].startswith(("بعد", "قبل"))] == []


@pytest.mark.parametrize("text, surface, month", [
    ("سحب البطولة مرتبط بعقود ديسمبر\n\nويتعين توقيع العقود قبل كانون الأول (ديسمبر) المقبل", "ديسمبر", "2015-12-01"),
    ("قال إنه يزور إيران في سبتمبر (أيلول) القادمة. وقال: «سأرافق الرئيس في زيارته في سبتمبر».", "سبتمبر", "2015-09-01"),
    ("وقال: «ما حدث في يونيو كان خطأ». وكانت الانتخابات في يونيو (حزيران) الماضي", "يونيو", "2015-06-01"),
])
def test_a_bare_month_without_a_cue_takes_the_side_the_article_gives_it_with_a_marker(text, surface, month):
    """A month named bare (a headline, a quote) is the month the article names elsewhere with المقبل or الماضي."""
    assert [row[2] for row in read(text, TUESDAY_4_AUG) if row[0] == surface] == [month]


@pytest.mark.parametrize("text, month", [
    ("وكانت البطولة في ديسمبر", "2014-12-01"),  # no marked mention: the default side stays
    # marked mentions that disagree decide nothing
    ("أقيمت في ديسمبر. والمرحلة الأولى في ديسمبر الماضي والثانية في ديسمبر المقبل", "2014-12-01"),
])
def test_a_bare_month_keeps_its_default_side_without_one_agreed_marked_mention(text, month):
    assert [row[2] for row in read(text, TUESDAY_4_AUG)][0] == month


@pytest.mark.parametrize("text, surface, month", [
    ("مسؤول: رفع الفائدة في سبتمبر\n\nمن المرجح أن يرفع المجلس أسعار الفائدة في أيلول (سبتمبر)", "سبتمبر", "2015-09-01"),
    ("المعرض في ديسمبر\n\nوسيقام المعرض في ديسمبر", "ديسمبر", "2015-12-01"),
    ("وقال إن «الأمر ممكن في ديسمبر». وسيقام المعرض في 5 ديسمبر", "ديسمبر", "2015-12-01"),
])
def test_a_bare_month_without_a_cue_takes_the_side_a_verb_gives_its_other_mention(text, surface, month):
    """With no marked mention, a bare month (a headline, a quote) is the month the article names elsewhere after a
    future or past verb of its own clause ("يرفع ... في أيلول (سبتمبر)")."""
    assert [row[2] for row in read(text, TUESDAY_4_AUG) if row[0] == surface][:1] == [month]


@pytest.mark.parametrize("text, months", [
    # a month whose own clause is past keeps its side beside a coming mention
    ("وكانت البطولة في ديسمبر. وسيقام المعرض في ديسمبر", ["2014-12-01", "2015-12-01"]),
    # verb cues that disagree decide nothing
    ("في ديسمبر. وكانت البطولة في ديسمبر. وسيقام المعرض في ديسمبر", ["2014-12-01", "2014-12-01", "2015-12-01"]),
    # a marked mention outweighs a verb's cue
    ("في ديسمبر. وسيقام المعرض في ديسمبر. وكانت البطولة في ديسمبر الماضي", ["2014-12-01", "2015-12-01", "2014-12-01"]),
    # a mention with its year is placed by the year, not by its verb
    ("في ديسمبر. وسيقام المعرض في ديسمبر 2015", ["2014-12-01", "2015-12-01"]),
    # nor a mention with its year after a bracketed second name
    ("وفي 24 نوفمبر. والجولة التي عقدت بجنيف نوفمبر (تشرين الثاني) 2013", ["2015-11-24", "2013-11-01"]),
    # an imperfect verb before a month this year has passed gives no other mention its side: the headline's April
    # stays this year's (the mention after the verb takes the verb's own side, as after يرتفع)
    ("انخفاض المبيعات في أبريل\n\nوقالت إن المبيعات ترتفع في أبريل", ["2015-04-01", "2016-04-01"]),
    # the month of publication takes no side from a verb: its days lie on both sides of the publication day
    ("وتحديدا في 11 أغسطس. وانطلق الموسم في 2 أغسطس", ["2015-08-11", "2015-08-02"]),
])
def test_a_verb_cued_mention_gives_a_bare_month_its_side_only_when_alone_and_agreed(text, months):
    assert [row[2] for row in read(text, TUESDAY_4_AUG)] == months


THURSDAY_15_OCT = pd.Timestamp("2015-10-15 18:00", tz="Asia/Riyadh")


@pytest.mark.parametrize("text, month", [
    # "اب" inside الكتاب, before المقبل/القادم/الماضي, is no mention of آب (August)
    ("معرض الشعر في أغسطس\n\nوسيكون الكتاب المقبل عن الشعر", "2015-08-01"),
    ("معرض الشعر في آب\n\nوسيصدر الكتاب القادم عن الشعر", "2015-08-01"),
    # the whole word آب beside الكتاب still counts, and the word inside الكتاب does not make them disagree
    ("معرض الشعر في أغسطس\n\nوعقد الكتاب الماضي ندوة ووعد بلقاء في آب المقبل", "2016-08-01"),
])
def test_a_marked_month_is_a_whole_word_not_a_name_inside_another(text, month):
    assert [row[2] for row in read(text, THURSDAY_15_OCT)][0] == month


def test_the_marked_months_are_found_once_per_article():
    """The article's marked months are read in one scan, kept on its context and looked up by each bare month."""
    from datetime import date

    from workbench.extract.dates.readings import Context, _side_named_elsewhere

    ctx = Context.for_text("في اغسطس وديسمبر. وفي شهر اب (اغسطس) المقبل", date(2015, 10, 15))
    assert ctx.marked_sides is None
    assert _side_named_elsewhere("gregorian", 8, ctx) == "future"
    assert ctx.marked_sides == {("gregorian", 8): "future"}
    assert _side_named_elsewhere("gregorian", 12, ctx) is None


@pytest.mark.parametrize("text, surface, day", [
    ("وصلوا في العاشر من تموز وفقد أي اتصال بهم في الـ 12 من الشهر نفسه", "الـ 12 من الشهر نفسه", "2015-07-12"),
    ("وتبدأ الدورة في الـ 30 من يوليو", "الـ 30 من يوليو", "2015-07-30"),
    ("وتبدأ الدورة في الـ30 من يوليو", "الـ30 من يوليو", "2015-07-30"),
])
def test_a_definite_day_number_with_a_space_after_its_article_keeps_the_article(text, surface, day):
    assert [(row[0], row[2]) for row in read(text, TUESDAY_4_AUG)][-1:] == [(surface, day)]


def test_a_definite_count_with_a_space_is_no_date_without_a_month():
    assert [row[0] for row in read("وحصل على الـ 12 صوتا من أصوات اللجنة", TUESDAY_4_AUG)] == []


@pytest.mark.parametrize("text, month", [
    # a tenth-form perfect (استقال, استعادت) reports: the month has passed, whatever the article's marked mention says
    ("استقال من منصبه في فبراير. وتجرى الانتخابات في 26 فبراير المقبل", "2015-02-01"),
    ("واستعادت القوات المدينة في ديسمبر. وتنتهي المهمة في ديسمبر المقبل", "2014-12-01"),
])
def test_a_tenth_form_perfect_before_a_bare_month_places_it_in_the_past(text, month):
    assert [row[2] for row in read(text, TUESDAY_4_AUG)][0] == month


@pytest.mark.parametrize("text, month", [
    # a future cue nearer the month decides
    ("استقال من منصبه وسيعود في فبراير", "2016-02-01"),
    # the tenth form's verbal noun (استقالته, استقبال) is no verb: the marked mention decides
    ("وقبلت الإدارة استقالته في فبراير. وتجرى الانتخابات في 26 فبراير المقبل", "2016-02-01"),
    ("موعد الاستقبال في فبراير. وتجرى الانتخابات في 26 فبراير المقبل", "2016-02-01"),
    # a relative clause's perfect of another form still reads as before
    ("المدرب الذي استقال سيعود في فبراير", "2016-02-01"),
])
def test_a_tenth_form_perfect_yields_to_a_nearer_cue_and_its_verbal_noun_is_no_cue(text, month):
    assert [row[2] for row in read(text, TUESDAY_4_AUG)][0] == month


def test_a_named_date_the_article_writes_after_a_place_head_is_the_place_after_a_preposition_too():
    """"6 أكتوبر" is the Egyptian city where the article writes "بمدينة 6 أكتوبر": a camp "في 6 أكتوبر" is no day."""
    assert read("الفريق يعسكر في 6 أكتوبر قرب القاهرة. ويقيم معسكره بمدينة 6 أكتوبر", TUESDAY_4_AUG) == []


@pytest.mark.parametrize("text", [
    "ولد في 6 أكتوبر",  # no place head in the article: a day
    "وتقام البطولة في 6 أكتوبر بمدينة جدة",  # a place head before another name
])
def test_a_named_date_stays_a_day_without_the_article_naming_a_place_by_it(text):
    assert [row[0] for row in read(text, TUESDAY_4_AUG)] == ["6 أكتوبر"]


@pytest.mark.parametrize(("text", "surface"), [
    ("أنه عند الساعة الرابعة عصر يوم أمس، باشر رجال الدفاع المدني بلاغا", "الساعة الرابعة عصر يوم أمس"),
    ("وقع الحادث الساعة 12:08 ظهر يوم أمس", "الساعة 12:08 ظهر يوم أمس"),
    ("وصل الوفد في الساعة الرابعة من عصر يوم أمس", "الساعة الرابعة من عصر يوم أمس"),
    ("وتبدأ الجلسة الساعة 12:30 ظهر يوم غد", "الساعة 12:30 ظهر يوم غد"),
])
def test_a_clock_time_before_a_part_of_the_day_and_yawm_with_a_relative_day_is_one_time_row(text, surface):
    """"الساعة الرابعة عصر يوم أمس" is one time row with the relative day's value, as "الساعة الرابعة عصر أمس"."""
    day = {"أمس": "2015-08-03", "غد": "2015-08-05"}[surface.split()[-1]]
    assert one(text, TUESDAY_4_AUG)[:3] == (surface, "time", day)


@pytest.mark.parametrize(("text", "rows"), [
    ("وقع الانفجار صباح يوم أمس", [("صباح يوم أمس", "relative")]),
    ("تغلق الصناديق في الساعة الرابعة يوم التصويت", [("الساعة الرابعة", "time")]),  # يوم before a noun
    # a date after the weekday: the time and the date's row, as "الواحدة بعد منتصف الليل من يوم الجمعة الخامس عشر من شوال"
    ("وصل الساعة الثامنة من صباح يوم الجمعة 31 يوليو", [("الساعة الثامنة", "time"), ("صباح يوم الجمعة 31 يوليو", "date")]),
])
def test_yawm_after_a_clock_time_joins_a_relative_day_or_a_weekday_alone(text, rows):
    assert [row[:2] for row in read(text, TUESDAY_4_AUG)] == rows


@pytest.mark.parametrize(("text", "surface", "day"), [
    ("وصل في الساعة الثامنة من صباح يوم الجمعة", "الساعة الثامنة من صباح يوم الجمعة", "2015-07-31"),
    ("وقع الحادث الساعة العاشرة من صباح يوم الجمعة الماضية", "الساعة العاشرة من صباح يوم الجمعة الماضية", "2015-07-31"),
    ("وقع الحادث الساعة الواحدة من صباح الأحد", "الساعة الواحدة من صباح الأحد", "2015-08-02"),
])
def test_a_clock_time_before_a_part_of_a_weekday_is_one_time_row(text, surface, day):
    """"الساعة العاشرة من صباح يوم الجمعة الماضية" is one time row of that Friday, as the rules read "الساعة الواحدة من
    صباح الأحد" (dates-DECISIONS.md): يوم before the weekday changes nothing."""
    assert one(text, TUESDAY_4_AUG)[:3] == (surface, "time", day)


@pytest.mark.parametrize(("text", "month"), [
    ("مؤتمر ديسمبر\n\nيعقد الاجتماع في 14ديسمبر المقبل.", "2015-12-01"),
    ("مؤتمر ديسمبر\n\nيعقد الاجتماع في 4ديسمبر المقبل.", "2015-12-01"),
])
def test_a_month_typed_against_its_day_figures_is_a_marked_mention(text, month):
    """"14ديسمبر المقبل" names December with المقبل as "14 ديسمبر المقبل" does: a bare "ديسمبر" is the coming one."""
    assert read(text, TUESDAY_4_AUG)[0][:3] == ("ديسمبر", "month", month)


def test_a_month_typed_against_a_year_is_no_marked_mention():
    """"2014ديسمبر المقبل" (a year's four figures glued to the name) is no mention of the coming December."""
    assert read("مؤتمر ديسمبر\n\nيعقد الاجتماع في 2014ديسمبر المقبل.", TUESDAY_4_AUG)[0][:3] == ("ديسمبر", "month", "2014-12-01")


@pytest.mark.parametrize(("text", "surface"), [
    ("والكدمات التي عاقبني بها شهوراً طويلة، وبعدها ذهبنا", "شهوراً طويلة"),
    ("وانتظر المرضى أياما عديدة قبل العلاج", "أياما عديدة"),
    ("وبقي هناك أعواما طويلة ثم عاد", "أعواما طويلة"),
])
def test_an_accusative_vague_plural_keeps_its_adjective(text, surface):
    """"شهوراً طويلة" is one duration with its adjective, as "سنوات طويلة" and "سنين طويلة" are."""
    assert one(text, TUESDAY_4_AUG)[:2] == (surface, "duration")


@pytest.mark.parametrize(("text", "surface"), [
    ("ظل شهورا في السجن", "شهورا"),  # no adjective: the plural alone
    ("عاش هنا أياما قليلة مضت", "أياما"),  # مضت after the adjective: a time ago, not how long
])
def test_an_accusative_vague_plural_without_its_adjective_stays_alone(text, surface):
    assert one(text, TUESDAY_4_AUG)[:2] == (surface, "duration")


def test_a_weekday_naming_an_event_takes_the_side_of_its_earlier_mention():
    # "كيفية التصويت يوم الأربعاء" has no verb of its own: the vote is the one announced for the coming Wednesday
    text = "سيجري التصويت يوم الأربعاء المقبل. وأوضح السفير كيفية التصويت يوم الأربعاء"
    assert read(text, MONDAY)[1] == ("يوم الأربعاء", "weekday", "2015-07-29", "2015-07-29")
    text = "يلعب الفريق يوم السبت المقبل. وشكك المدرب في مشاركة اللاعب في مباراة السبت"
    assert read(text, FRIDAY)[1] == ("السبت", "weekday", "2015-08-01", "2015-08-01")
    text = "تقام المباراة يوم الجمعة المقبل. وأكد المدرب جاهزية بيل للقاء الجمعة"
    assert read(text, WEDNESDAY)[1] == ("الجمعة", "weekday", "2015-07-24", "2015-07-24")


def test_a_weekday_with_its_own_verb_or_disagreeing_mentions_keeps_its_reading():
    # its own past verb (شنت) and no event noun before it: the Saturday just gone, whatever the earlier mention says
    text = "يجتمع الوزراء السبت المقبل. وشنت مقاتلات تركية صباح السبت غارات جوية"
    assert read(text, MONDAY)[1] == ("صباح السبت", "weekday", "2015-07-25", "2015-07-25")
    # the earlier mentions disagree: the current reading (the past Wednesday)
    text = "عقد اجتماع الأربعاء الماضي، ويعقد آخر الأربعاء المقبل. وحضر الوزير اجتماع الأربعاء"
    assert read(text, MONDAY)[2] == ("الأربعاء", "weekday", "2015-07-22", "2015-07-22")
    # no earlier mention: the past side of a lone weekday
    assert one("وحضر الوزير اجتماع الأربعاء", MONDAY) == ("الأربعاء", "weekday", "2015-07-22", "2015-07-22")


# --- a half or quarter before لعام + year (round 116) -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("ارتفعت الأرباح في النصف الأول لعام 2015م بنسبة", ("النصف الأول لعام 2015م", "year", "2015-01-01", "2015-06-30")),
    ("تراجع في الربع الأخير لعام 2014 مقارنة", ("الربع الأخير لعام 2014", "year", "2014-10-01", "2014-12-31")),
    ("نتائج الربع الثالث لعام ٢٠١٤ ارتفعت", ("الربع الثالث لعام ٢٠١٤", "year", "2014-07-01", "2014-09-30")),
    ("حتى نهاية الربع الأول لعام 2016 تقريبا", ("نهاية الربع الأول لعام 2016", "year", "2016-01-01", "2016-03-31")),
])
def test_a_half_or_quarter_before_lam_and_a_year_is_that_part_of_the_year(text, expected):
    assert one(text, FRIDAY_31) == expected


def test_a_part_before_lam_and_a_hijri_year_reads_as_before_min():
    """لعام and من عام link a part to a Hijri year alike: one row, the span from the part to the suffix."""
    fused, linked = one("في الربع الرابع لعام 1435هـ ارتفع", FRIDAY_31), one("في الربع الرابع من عام 1435هـ ارتفع", FRIDAY_31)
    assert fused[0] == "الربع الرابع لعام 1435هـ" and fused[1:] == linked[1:]


@pytest.mark.parametrize("text, surface", [
    ("فاز في الشوط الأول لعام 2015 بسهولة", "عام 2015"),  # a half of a match, not of a year
    ("حصل على ربع المقاعد لعام 2015 كله", "عام 2015"),  # a quarter of a quantity
])
def test_other_words_before_lam_and_a_year_leave_the_year_alone(text, surface):
    assert one(text, FRIDAY_31)[0] == surface


def test_a_half_of_a_match_is_no_date():
    assert read("سجل هدفا في النصف الأول من المباراة", FRIDAY_31) == []


# --- a quarter of the year against publication (round 116) -------------------------------------

@pytest.mark.parametrize("text, published, expected", [
    ("مقارنة بأرباح الربع الماضي البالغة", FRIDAY_31, ("الربع الماضي", "relative", "2015-04-01", "2015-06-30")),
    ("يتوقع نمو المبيعات في الربع المقبل", FRIDAY_31, ("الربع المقبل", "relative", "2015-10-01", "2015-12-31")),
    ("تراجع المبيعات في الربع الماضي", pd.Timestamp("2016-01-10", tz="Asia/Riyadh"), ("الربع الماضي", "relative", "2015-10-01", "2015-12-31")),
])
def test_a_quarter_with_its_marker_is_a_quarter_of_the_year_against_publication(text, published, expected):
    assert one(text, published) == expected


@pytest.mark.parametrize("text", [
    "ارتفعت أرباح الربع الحالي بنسبة",
    "بلغ صافي الربح خلال الربع الحالي مقارنة مع الربع المماثل",
    "خلال الربع الجاري وفق الشركة",
])
def test_the_current_quarter_is_a_relative_row_left_unresolved(text):
    """Results notices printed in late July call the second quarter they report «الربع الحالي» (round 117): the text
    alone cannot say whether the publication's quarter or the one just ended is meant, so the row has no value."""
    row = one(text, SUNDAY_2_AUG)
    assert row[1:] == ("relative", "", "") and row[0].startswith("الربع ال")


@pytest.mark.parametrize("text", ["مقارنة بالربع السابق له", "عبر صحراء الربع الخالي", "ربع سكان المملكة", "نحو ربع القرن الماضي"])
def test_a_comparison_a_desert_or_a_quantity_is_no_quarter_of_the_year(text):
    assert all(row[0] not in ("الربع السابق", "الربع الخالي") and not row[0].startswith("ربع") for row in read(text, FRIDAY_31))


@pytest.mark.parametrize("text, surface", [
    ("مساء اليوم (الجمعة) عند الساعة 6:30 بتوقيت سويسرا أولى مبارياته", "الساعة 6:30 بتوقيت سويسرا"),
    ("وتنطلق المباراة الساعة 21:00 بتوقيت القدس.", "الساعة 21:00 بتوقيت القدس"),
    ("انطلق الصاروخ الساعة 19:30 بتوقيت الساحل الشرقي، ووصل", "الساعة 19:30 بتوقيت الساحل الشرقي"),
    ("تبدأ الجلسة الساعة 10.30 حسب توقيت بكين غدا", "الساعة 10.30 حسب توقيت بكين غدا"),  # the day after, as أمس
])
def test_a_clock_time_keeps_the_zone_a_place_names(text, surface):
    """A zone after a clock time is in its span (الساعة 0642 بتوقيت جرينتش), whatever place names it (round 122)."""
    assert [row[:2] for row in read(text, FRIDAY_31) if row[1] == "time"] == [(surface, "time")]


@pytest.mark.parametrize("text, surface", [
    ("يقام الحفل الساعة 10:00 بتوقيت يحدده الاتحاد", "الساعة 10:00"),
    ("في الساعة 9:15 بتوقيت نيويورك يوم الأحد", "الساعة 9:15 بتوقيت نيويورك"),
])
def test_a_zone_is_a_place_not_a_verb_nor_the_day_after_it(text, surface):
    assert [row[0] for row in read(text, FRIDAY_31) if row[1] == "time"] == [surface]


def test_a_zone_with_no_time_before_it_is_no_row():
    assert read("قال إن العرض يبدأ بتوقيت القدس وأعلن بتوقيت سويسرا", FRIDAY_31) == []


@pytest.mark.parametrize("text, surface", [
    ("يتم تسجيل المقبولين خلال الأيام الأربعة اللاحقة على الإعلان", "الأيام الأربعة اللاحقة"),
    ("وبقيت الأسعار مرتفعة في الأعوام التالية", "الأعوام التالية"),
    ("وتأجلت الرحلات خلال اليومين التاليين", "اليومين التاليين"),
    ("وتراجعت الجرائم خلال الأسبوعين التاليين لذكرى الثورة", "الأسبوعين التاليين"),
    ("ارتفعت الأسهم على مدى السنوات الست التالية", "السنوات الست التالية"),
    ("وشهدت جلسات اليومين الأوليين نقاشا حادا", "اليومين الأوليين"),
])
def test_units_counted_from_an_event_are_a_relative_row_with_no_value(text, surface):
    """A definite plural or dual of a unit with a sequence adjective (التالية, اللاحقة, الأوليين) counts from an event
    the text names, not from publication: one relative row, unresolved (round 123)."""
    assert read(text, FRIDAY_31) == [(surface, "relative", "", "")]


@pytest.mark.parametrize("text, row", [
    ("خلال الأيام الأربعة الأخيرة", ("الأيام الأربعة الأخيرة", "relative", "2015-07-27", "2015-07-30")),
    ("خلال الأيام الأربعة المقبلة", ("الأيام الأربعة المقبلة", "relative", "2015-08-01", "2015-08-04")),
    ("وصل الوفد في اليوم التالي", ("اليوم التالي", "relative", "", "")),
])
def test_units_counted_from_publication_keep_their_value(text, row):
    assert read(text, FRIDAY_31) == [row]


@pytest.mark.parametrize("text, surface, granularity", [
    ("وأكمل المعتقل عامه الثاني قيد الاعتقال", "عامه الثاني", "year"),
    ("افتتح أمير المنطقة مهرجان أبها للتسوق في عامه السابع عشر", "عامه السابع عشر", "year"),
    ("ويستمر انقطاع الكهرباء عن المدينة شهره الثالث على التوالي", "شهره الثالث", "month"),
    ("ويدخل المهرجان أسبوعه الأخير وسط إقبال كبير", "أسبوعه الأخير", "week"),
    ("وشهد المعرض في يومه الأول إقبالا كبيرا", "يومه الأول", "day"),
])
def test_a_unit_counted_in_the_life_of_what_a_masculine_possessive_names_is_relative(text, surface, granularity):
    """عامه الثاني, شهره الثالث (dates-DECISIONS.md): counted from a start the text dates elsewhere if at all: one
    relative row, unresolved, in the unit it names (round 124)."""
    rows = dates_for(Document("t", text, FRIDAY_31))
    assert [(r["surface"], r["kind"], r["granularity"], r["resolved"]) for r in rows] == [(surface, "relative", granularity, False)]


@pytest.mark.parametrize("text", [
    "وكانت زوجته حاملا في شهرها التاسع",  # a pregnancy
    "وكانت في عامها السادس آنذاك",  # an age
    "وقضى يومه في العمل",  # no count
    "وقال إن عامه كان صعبا",
])
def test_a_feminine_or_uncounted_possessed_unit_is_no_row(text):
    assert read(text, FRIDAY_31) == []


@pytest.mark.parametrize("text, surface", [
    ("لت سفينة أرسلتها الإمارات، بعد الظهر إلى عدن", "بعد الظهر"),
    ("وأن تفريغها تواصل حتى بعد الظهر.", "بعد الظهر"),
    ("وبعد الظهر عند رجوعنا إلى الفندق", "بعد الظهر"),
    ("غادر في فترة بعد الظهر بعد خضوعه لعملية", "فترة بعد الظهر"),
    ("وتتشكل السحب خلال فترة ما بعد الظهيرة على مرتفعات جازان", "فترة ما بعد الظهيرة"),
    ("في الأوقات التالية: الثالثة بعد الظهر والرابعة", "الثالثة بعد الظهر"),
    ("سجلت 43 درجة وذلك الساعة الواحدة بعد الظهر على موقع", "الساعة الواحدة بعد الظهر"),
])
def test_the_afternoon_with_no_day_is_a_time_row(text, surface):
    """«بعد الظهر» with no day (dates-DECISIONS.md: a time row, unresolved, as «فترة بعد الظهر»); after an hour it is
    the hour's part of the day, as «الرابعة عصرا» (round 127)."""
    assert read(text, FRIDAY_31) == [(surface, "time", "", "")]


@pytest.mark.parametrize("text, rows", [
    ("وقعت الحادثة بعد ظهر اليوم", [("ظهر اليوم", "relative", "2015-07-31", "2015-07-31")]),  # the day's part of the day
    ("وصل صباحا إلى مطار بغداد", []),  # a bare adverb of the day is no row under the written rules
    ("وقعت التفجيرات التي وقعت صباحاً في السوق", []),
])
def test_a_bare_adverb_of_the_day_stays_no_row(text, rows):
    assert read(text, FRIDAY_31) == rows


def test_a_comma_before_the_hour_word_splits_a_date_from_its_clock_time():
    """«24 - 7 - 2015، الساعة 10:00 مساء»: the comma ends the date; the clock time with its zone is a time row
    (dates-DECISIONS.md, as «منذ 23 أيلول / سبتمبر 2014، وحتى فجر اليوم») (round 127)."""
    assert read("تعرض الحلقة الموافق 24 - 7 - 2015، الساعة 10:00 مساء بتوقيت السعودية.", FRIDAY_31) == [
        ("24 - 7 - 2015", "date", "2015-07-24", "2015-07-24"), ("الساعة 10:00 مساء بتوقيت السعودية", "time", "", "")]
    assert read("يبدأ الحفل 24 - 7 - 2015 الساعة 10:00 مساء", FRIDAY_31)[0][0] == "24 - 7 - 2015 الساعة 10:00 مساء"


@pytest.mark.parametrize("text", [
    "بدأت منذ ساعات ما بعد الظهر في جنوب المملكة",
    "أما بقية النومات الصباحية وما بعد الظهر فتحرص الأم",
    "ويكون الاستلام من بعد الظهر حتى الغروب",
])
def test_the_afternoon_after_ma_or_min_is_no_row_alone(text):
    """ساعات ما بعد الظهر, من بعد الظهر: «بعد الظهر» ends a longer phrase there, not a time of its own (round 127)."""
    assert not [row for row in read(text, FRIDAY_31) if "الظهر" in row[0]]


@pytest.mark.parametrize("text, year", [
    ("تقرير المصرف المركزي «الاستقرار المالي في البلاد» للعام 2014 بكامله، وأفاد", "2014"),
    ("وضعت الخطة وللعام 2015 وبحسب التقرير", "2015"),
    ("توقع الصندوق نمو الاقتصاد للعام 2016 بالغاً 3 في المئة", "2016"),
])
def test_a_year_after_a_fused_lil_aam_is_its_number_alone(text, year):
    """«للعام 2014» gives the year "2014", لل and its article left out (dates-DECISIONS.md: "للعام 2015" -> "2015"),
    whatever word follows it, as after في (round 129)."""
    assert one(text, FRIDAY_31) == (year, "year", f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize("text, rows", [
    ("حقق الفريق اللقب للعام الثالث على التوالي", []),  # an ordinal year: a streak, no row
    ("بلغت الإيرادات للعام 2015 مليون ريال", []),  # an amount after the number stays a count
    ("ارتفعت الأرباح لعام 2015 وقال", [("عام 2015", "year", "2015-01-01", "2015-12-31")]),  # ل alone keeps عام
])
def test_a_fused_lil_aam_before_no_year_stays_as_it_was(text, rows):
    assert read(text, FRIDAY_31) == rows


@pytest.mark.parametrize("text, surface, kind, first, last", [
    ("يعود تاريخه إلى نحو عام 600 ميلادي وفق الفحص", "عام 600 ميلادي", "year", "0600", "0600"),
    ("أي في عهد الخليفة عثمان عام 650 ميلادية. ويضيف", "عام 650 ميلادية", "year", "0650", "0650"),
    ("عصر النبي محمد (نحو 570 - 632 ميلاديا)، ليكون", "570 - 632 ميلاديا", "range", "0570", "0632"),
    ("نزلت على النبي بين 610 و632 ميلادية، لكن", "بين 610 و632 ميلادية", "range", "0610", "0632"),
    ("تمت كتابته بين عام 568 و645 ميلاديا، ما يعني", "بين عام 568 و645 ميلاديا", "range", "0568", "0645"),
])
def test_a_three_digit_year_with_its_era_word_is_a_year(text, surface, kind, first, last):
    """«عام 600 ميلادي», «570 - 632 ميلاديا»: three digits with ميلادي (ميلادية, ميلاديا) are a year, as with هـ; a
    range's bare first year takes the era word of the second. The era word makes it Gregorian at any age, valued
    back to year 1 as the gold rules write it (0600-01-01; round 131)."""
    assert one(text) == (surface, kind, f"{first}-01-01", f"{last}-12-31")


@pytest.mark.parametrize("text, surface", [
    ("فاز في سباق 1500م للرجال", "1500م"),  # the bare م: metres as often as the era
    ("شيد الحصن (295 - 320هـ) في عهده", "295 - 320هـ"),  # an old Hijri range: beyond the Hijri tables
    ("وتدمّر مدينة نينوى في العام 612 قبل الميلاد. هكذا بدأ", "العام 612 قبل الميلاد"),
])
def test_an_old_year_without_the_gregorian_era_word_stays_unresolved(text, surface):
    """Only the written-out era word reaches back before calendars.YEAR_RANGE; a year with the bare م, an old Hijri
    year and a year before Christ keep no value, never a wrong one."""
    assert one(text)[0] == surface and one(text)[2:] == ("", "")


def test_a_four_digit_year_keeps_the_era_word_miladiyyan():
    """«عام 2015 ميلاديا»: ميلاديا joins the era words a year keeps in its span, as «نوفمبر 1869 ميلادي»."""
    assert one("في عام 2015 ميلاديا تم الافتتاح") == ("عام 2015 ميلاديا", "year", "2015-01-01", "2015-12-31")


@pytest.mark.parametrize("text", [
    "يبلغ طولها ما يقارب 600 م ويعتبر أكبر برج",  # metres
    "أن يكون لكل شاطئ حرم 100م، مفتوحًا للعامة",  # metres
    "يصل طولها 200م وعرضها 4م، وحاول",
    "تمتد بين 570 - 632 كيلومترا على الساحل",  # a range of other units
    "تنتهي بنهاية شهر 12 ميلادي لمراجعة الميزانية",  # a month number, not a year
])
def test_three_digits_with_the_bare_letter_m_or_no_era_word_are_no_year(text):
    """The bare «م» after three digits is mostly metres, so only the era word makes an old year (round 131)."""
    assert not [row for row in read(text) if row[1] in ("year", "range")]


@pytest.mark.parametrize("text, surface", [
    ("أطلق سراحه بعدما أمضى عاما وصفته الصحيفة بأنه احتجاز تعسفي", "عاما"),
    ("بعد أن قضى عاماً داخل السجن، كعقوبة مقررة", "عاماً"),
    ("قضية خلافية في جدل استمر سنوات رغم العلاقة الرسمية الجيدة", "سنوات"),
    ("وقتل العشرات في احتجاجات استمرت أسابيع وفر آلاف الأشخاص", "أسابيع"),
])
def test_a_bare_unit_after_a_verb_of_spending_or_lasting_is_a_duration(text, surface):
    """أمضى, قضى, استمر, مر before a bare unit that a particle, a joined verb or punctuation follows: how long (round 136)."""
    assert one(text) == (surface, "duration", "", "")


@pytest.mark.parametrize("text", [
    "طالب بعقد مؤتمر عام في الحزب",  # تمر inside مؤتمر: no verb
    "لا يمر عام إلا ويطلون على جمهورهم",  # a negation: a habit, no extent
    "فلا يكاد يمر يوم دون أن نقرأ خبرا",
    "يمر أسبوع آخر ويزداد قلقه",  # an adjective follows the unit
    "يقضي ساعات دوام طويلة في دائرته",  # the second term of a construct follows it
])
def test_a_bare_unit_after_a_verb_of_lasting_stays_out_when_negated_inside_a_word_or_before_a_construct(text):
    """Guards of round 136's verbs of spending or lasting: no duration row in these."""
    assert not [row for row in read(text) if row[1] == "duration"]


@pytest.mark.parametrize("text, surface, start, end", [
    ("شهدتها مصر منذ أواخر عام 2010 وحتى يونيو (حزيران) 2013، كانت", "أواخر عام 2010 وحتى يونيو (حزيران) 2013", "2010-01-01", "2013-06-30"),
    ("ارتفع الدين بين منتصف عام 2014 ومارس 2015، كما", "بين منتصف عام 2014 ومارس 2015", "2014-01-01", "2015-03-31"),
    ("عمل مستشارا من 2005 إلى مارس 2009 ثم استقال", "من 2005 إلى مارس 2009", "2005-01-01", "2009-03-31"),
])
def test_a_range_from_a_year_to_a_month_with_its_year_is_one_row(text, surface, start, end):
    """A year, then حتى/إلى (or و after من/بين) and a month whose year is written: one range row (round 137)."""
    assert one(text) == (surface, "range", start, end)


def test_a_year_then_a_month_with_no_year_or_no_range_word_stays_two_rows():
    """Guards of round 137's range: a month with no written year, or two ends with no opener nor حتى, are two rows."""
    assert [row[0] for row in read("قتل الآلاف منذ عام 2010 وحتى مارس الماضي")] == ["عام 2010", "مارس الماضي"]
    assert [row[0] for row in read("في عام 2014 ومارس 2015 قتل")] == ["عام 2014", "مارس 2015"]


@pytest.mark.parametrize("text, surface, start, end", [
    ("يقيم معسكرا خلال الفترة من 22 شوال وحتى 29 منه، استعدادا للدورة", "من 22 شوال وحتى 29 منه", "2017-07-16", "2017-07-23"),
    ("ارتكبت المجازر منذ 17 يوليو (تموز) حتى 19 منه، حيث", "17 يوليو (تموز) حتى 19 منه", "2016-07-17", "2016-07-19"),  # past: last July
    ("يقام المعرض في الفترة من 3 أغسطس القادم وحتى 8 من الشهر ذاته. جدير", "من 3 أغسطس القادم وحتى 8 من الشهر ذاته", "2017-08-03", "2017-08-08"),
])
def test_a_range_to_a_day_of_the_month_named_again_is_one_row_in_that_month(text, surface, start, end):
    """A day and month, then حتى/إلى (or و after من/بين) and a day of the same month named by منه or "the same month":
    one range row ending in that month and year (round 138)."""
    assert one(text) == (surface, "range", start, end)


def test_a_day_named_by_its_month_again_with_no_first_end_stays_out_of_a_range():
    """Guard of round 138's range: a day with منه and no date before it to range from is no range; a following date
    with a month of its own keeps its own month."""
    assert [row[1] for row in read("يفتتح المعرض الشهر المقبل ويستمر حتى 27 منه")] == ["relative"]
    assert one("من 30 ديسمبر إلى 2 يناير 2018")[2:] == ("2017-12-30", "2018-01-02")


@pytest.mark.parametrize("text", [
    "وهم يخشون اليوم الخروج منها خوفا من هجمات انتقامية",
    "ينطلق اليوم الاجتماع السنوي لوزراء المالية",
    "وعندما تجتمع اليوم اللجان المختصة بحجاج الداخل",
])
def test_today_between_an_imperfect_verb_and_its_definite_object_is_the_publication_day(text):
    """اليوم right after an imperfect verb, before a definite word that is no number and no adjective ending in ي,
    is the adverb "today": the word after it is the verb's subject or object (round 139)."""
    assert one(text) == ("اليوم", "relative", "2017-06-20", "2017-06-20")


@pytest.mark.parametrize("text", [
    "شارك في اليوم الوطني للمملكة",  # no verb before: the day the adjective names
    "يصادف اليوم العالمي لمكافحة المرض",  # an adjective ending in ي
    "احتفالات الأعياد لا تتعدى اليوم الأول، ثم تعود",  # an ordinal
    "إجراءات الترحيل لا تتجاوز اليوم الواحد في حال",  # a number word
])
def test_today_before_its_own_adjective_or_number_stays_out_after_a_verb(text):
    """Guards of round 139's rule: a day described by its own adjective or number is not the publication day."""
    assert not [row for row in read(text) if row[0] == "اليوم"]


@pytest.mark.parametrize("text", [
    "وهو ما يطمح إليه اليوم الشباب في المدن",
    "الملف الذي يعمل عليه اليوم الفريق المختص",
    "القرار الذي تتمسك به اليوم الأطراف كلها",
])
def test_today_after_a_preposition_with_its_pronoun_before_a_definite_subject_is_the_publication_day(text):
    """اليوم after a preposition bearing a pronoun (إليه, عليه, به), the end of a verb's complement, and before a
    definite word that is no number and no adjective ending in ي, is the adverb "today" (round 141)."""
    assert one(text) == ("اليوم", "relative", "2017-06-20", "2017-06-20")


@pytest.mark.parametrize("text", [
    "المهرجان الذي يقام فيه اليوم الأول من العروض",  # an ordinal
    "الموعد الذي يحتفل فيه اليوم الوطني كل عام",  # an adjective ending in ي
])
def test_today_before_its_own_number_or_adjective_stays_out_after_a_preposition_with_its_pronoun(text):
    """Guards of round 141's rule: after فيه, a day its ordinal or adjective describes is not the publication day."""
    assert not [row for row in read(text) if row[0] == "اليوم"]


@pytest.mark.parametrize("text, surface, last", [
    ("أعلنت الحكومة عطلة رسمية بدءا من اليوم الثلاثاء وحتى السبت القادم", "من اليوم الثلاثاء وحتى السبت القادم", "2017-06-24"),
    ("تستمر موجة الحر من اليوم الثلاثاء إلى الخميس المقبل بحسب الأرصاد", "من اليوم الثلاثاء إلى الخميس المقبل", "2017-06-22"),
    ("يغلق المعبر من صباح اليوم الثلاثاء حتى الجمعة المقبل", "من صباح اليوم الثلاثاء حتى الجمعة المقبل", "2017-06-23"),
])
def test_a_weekday_range_opened_by_today_starts_on_the_publication_day(text, surface, last):
    """من اليوم الخميس وحتى الأحد القادم: a range whose first end is today with its weekday named is one range row from
    today, whatever the last end's marker says (round 142)."""
    assert one(text) == (surface, "range", "2017-06-20", last)


def test_a_weekday_range_without_today_keeps_its_marker():
    """Guard of round 142's rule: without اليوم the range follows its marker, as before."""
    assert one("تقام البطولة من الخميس إلى السبت المقبل") == ("من الخميس إلى السبت المقبل", "range", "2017-06-22", "2017-06-24")


@pytest.mark.parametrize("text, surface, granularity", [
    ("ارتفعت الصادرات بنسبة 12 % خلال الشهر الأخير، بحسب التقرير", "الشهر الأخير", "month"),
    ("تراجعت أسعار النفط إلى النصف خلال العام الأخير بسبب تخمة المعروض", "العام الأخير", "year"),
    ("هبطت الأسعار خلال السنة الأخيرة بسبب تخمة المعروض", "السنة الأخيرة", "year"),
    ("وزار الوزير ثلاث عواصم خلال الأسبوع الأخير، في جولة", "الأسبوع الأخير", "week"),
])
def test_a_singular_period_with_last_after_within_is_an_unresolved_relative(text, surface, granularity):
    """خلال الشهر الأخير: a singular week, month or year with الأخير after خلال is the stretch just before publication,
    a relative row without خلال and unresolved, as الأشهر الأخيرة is (round 143)."""
    row = next(r for r in dates_for(Document("a", text, TUESDAY)) if r["surface"] == surface)
    assert (row["kind"], row["granularity"], row["value_start"]) == ("relative", granularity, None)


def test_a_last_period_of_a_term_after_within_stays_out():
    """Guard of round 143's rule: before من the last year is a part of what follows (a term), not a row of its own."""
    assert not [row for row in read("تعتزم الحكومة خلال السنة الأخيرة من ولايتها إصلاح القضاء") if row[0] == "السنة الأخيرة"]


@pytest.mark.parametrize("text, surface, kind, granularity", [
    ("سنرى أثرها بعد سنين وعقود من الزمن، ورؤيته للاتحاد", "بعد سنين وعقود من الزمن", "relative", "year"),
    ("بعد مفاوضات استمرت سنوات وسنوات. ووقعت الدول", "سنوات وسنوات", "duration", "year"),
    ("ظلت الصحافة تدرسها لعقود وعقود. قال", "عقود وعقود", "duration", "year"),
    ("بسبب انقطاع الكهرباء لأيام وأسابيع توقفت الثلاجات", "أيام وأسابيع", "duration", "day"),
    ("فبعض هذه المعارض تأخذ شهورا وشهورا لسداد القيمة", "شهورا وشهورا", "duration", "month"),
])
def test_two_bare_plural_units_joined_by_and_are_one_vague_amount(text, surface, kind, granularity):
    """بعد سنين وعقود, لسنوات وسنوات: a second bare plural unit joined by و belongs to the vague count the first opens
    (one row, unresolved, in the first unit), as the development gold writes "بعد سنين وعقود من الزمن" (round 144)."""
    rows = dates_for(Document("a", text, TUESDAY))
    assert [(r["surface"], r["kind"], r["granularity"], r["value_start"]) for r in rows] == [(surface, kind, granularity, None)]


def test_a_bare_plural_before_and_with_a_verb_keeps_its_own_span():
    """Guard of round 144's rule: و before a word that is no unit (a verb) stays out, and two plurals that nothing
    opens (no introducer, no verb of lasting) give no row, as before."""
    assert read("عاد الوفد قبل أيام وأعلن الوزير النتائج") == [("قبل أيام", "relative", "", "")]
    assert read("ساعات وأيام تمر والمدينة محاصرة") == []


@pytest.mark.parametrize("text, expected", [
    ("وتشير إلى أن الوثيقة ترجع للفترة بين عامي 568 و645. ويعتقد", ("بين عامي 568 و645", "range", "0568-01-01", "0645-12-31")),
    ("يعتقد أنها تعود إلى زمن النبي محمد الذي عاش بين عامي 570 و632 ميلادية.",
     ("بين عامي 570 و632 ميلادية", "range", "0570-01-01", "0632-12-31")),
    ("وأم بطليموس الثاني الذي حكم مصر بين عامي 284 و246 قبل الميلاد وشيد", ("بين عامي 284 و246 قبل الميلاد", "range", "", "")),
    ("الملك سنوسرت الأول الذي حكم البلاد بين عامي 1971 و1928 قبل الميلاد، إضافة", ("بين عامي 1971 و1928 قبل الميلاد", "range", "", "")),
    ("ومن ثم صار ممصلافي القصر من الأرمن بين عامي 1770 و1840، وهكذا صار", ("بين عامي 1770 و1840", "range", "1770-01-01", "1840-12-31")),
    ("استمرت الحروب بين عامي (1517 - 1648م)، حيث جرت", ("بين عامي (1517 - 1648م)", "range", "1517-01-01", "1648-12-31")),
])
def test_years_after_the_dual_two_years_are_a_range_whatever_their_size(text, expected):
    """بين عامي 568 و645, بين عامي 1770 و1840: the dual "two years" names both numbers years, of three figures or of an
    age before the plausible years, read back to year 1 as with the era word; before Christ the range is unresolved
    with "قبل الميلاد" in its span (as "العام 612 قبل الميلاد")."""
    assert read(text) == [expected]


def test_years_after_the_dual_two_years_of_our_time_or_hijri_and_counts_stay():
    """Guards of the rule above: recent years, Hijri years without هـ and a list after the dual read as before; numbers
    after من with no year word stay counts."""
    assert read("ارتفعت الأسعار بين عامي 2011 و2014 في") == [("بين عامي 2011 و2014", "range", "2011-01-01", "2014-12-31")]
    assert read("بلغت القضايا خلال عامي 1435 و1436 نحو 3982 قضية") == [("عامي 1435 و1436", "range", "2013-11-04", "2015-10-13")]
    assert read("بين عامي 2008 وعام 2009 و2010 تغير") == [("بين عامي 2008 وعام 2009 و2010", "range", "2008-01-01", "2010-12-31")]
    assert read("يحضر من 2000 الى 3000 شخص كل ليلة") == []


def test_a_month_after_every_is_a_habit():
    """"كل فبراير (شباط)": a month named right after كل recurs every year, no row (as كل عام and a count after كل)."""
    assert read("والتي تعقد بها مؤتمرات سنوية كل فبراير (شباط). وسوف تحافظ") == []
    assert read("تعقد الجمعية اجتماعها كل شهر رمضان في مكة") == []


def test_a_month_after_every_of_or_with_words_between_stays():
    """Guard of the rule above: "في كل من فبراير ومارس" names both months, and a month after other words keeps its row."""
    assert read("ارتفعت الأسعار في كل من فبراير ومارس الماضيين") == [("من فبراير ومارس الماضيين", "range", "2017-02-01", "2017-03-31")]
    assert read("كل ما جرى في فبراير الماضي كان متوقعا") == [("فبراير الماضي", "month", "2017-02-01", "2017-02-28")]


@pytest.mark.parametrize("text, expected", [
    ("وقد تم تحديد أعمار اللاعبين فيما يخص فئة الشباب من مواليد 1997 و1998م، وفئة الناشئين",
     ("1997 و1998م", "range", "1997-01-01", "1998-12-31")),
    ("قال سي بهامز أحد مشرفي كأس العالم 2010 و 2014م، والمحاضر الدولي", ("2010 و 2014م", "range", "2010-01-01", "2014-12-31")),
    ("تقبل الأكاديمية مواليد 1997 و1998 و1999م فقط", ("1997 و1998 و1999م", "range", "1997-01-01", "1999-12-31")),
    ("تشمل المسابقة مواليد 1434 و1435هـ من الطلاب", ("1434 و1435هـ", "range", "2012-11-15", "2014-10-24")),
])
def test_years_joined_by_and_whose_last_carries_its_calendar_letter_are_one_list(text, expected):
    """مواليد 1997 و1998م: the calendar's letter on the last of years joined by و names them all years, so they are one
    list row (the gold rules' "a list is one row") whatever word stands before them, as after the dual عامي."""
    assert read(text) == [expected]


def test_years_joined_by_and_without_a_letter_or_of_another_size_stay():
    """Guards of the rule above: with no calendar letter and no preposition the numbers stay unread, and a number
    outside the years of our time or the Hijri fourteenth century is no year (heights in metres: only the lettered one
    is read, as before)."""
    assert read("اللاعبون من مواليد 1997 و1998 فقط") == []
    assert read("على ارتفاع 1500 و2000م فوق سطح البحر") == [("2000م", "year", "2000-01-01", "2000-12-31")]
    assert read("فاز الفريق في 2009 و2010 باللقب") == [("2009 و2010", "range", "2009-01-01", "2010-12-31")]


@pytest.mark.parametrize("text, expected", [
    ("مطارات مصر تستقبل 100 ألف راكب خلال ساعات\n\nأعلن وزير الطيران المدني", ("خلال ساعات", "duration", "", "")),
    ("مسؤول هلالي: سنعالج مشكلة «الحوالات البنكية» خلال أيام\n\nكشف مصدر هلالي", ("خلال أيام", "duration", "", "")),
    ("منظر تراثي باقين مدة سنين \nعبدالمحسن المحيسن", ("مدة سنين", "duration", "", "")),
])
def test_a_vague_plural_ending_its_line_ends_its_clause(text, expected):
    """مطارات مصر تستقبل 100 ألف راكب خلال ساعات: a title (or a verse) ends on its line break as a sentence on its full
    stop, so a bare plural count there is how long, as "خلال ساعات قليلة." is."""
    assert read(text) == [expected]


def test_a_vague_plural_before_a_word_on_its_line_stays_a_construct():
    """Guard of the rule above: the line break alone ends the clause; a noun after the plural on the same line is still
    the construct's second term (خلال أيام التداول), no row."""
    assert read("هوت الأسهم خلال أيام التداول\n\nقال المحلل") == []


@pytest.mark.parametrize("text, expected", [
    ("سيعمل المهندسون على دراسة المشروع خلال السنوات الثلاث إلى الخمس المقبلة. وستطبق",
     ("السنوات الثلاث إلى الخمس المقبلة", "relative", "", "")),
    ("ستنتج إيران المصادر الأولية خلال الأعوام الـ8 أو الـ10 القادمة",
     ("الأعوام الـ8 أو الـ10 القادمة", "relative", "", "")),
    ("ان ايران ستشهد خلال الاعوام الثلاثة او الاربعة المقبلة انشطة واسعة",
     ("الاعوام الثلاثة او الاربعة المقبلة", "relative", "", "")),
    ("حصلت على الملابس نفسها خلال السنوات الثلاث أو الأربع الماضية",
     ("السنوات الثلاث أو الأربع الماضية", "relative", "", "")),
])
def test_two_definite_counts_of_one_plural_with_a_marker_are_one_vague_stretch(text, expected):
    """السنوات الثلاث إلى الخمس المقبلة: two counts joined by أو or إلى, with a marker, are one relative row (the gold
    rules' "الاعوام الثلاثة او الاربعة المقبلة"), unresolved: either count may be meant, as in "قبل ثلاث أو أربع سنوات"."""
    assert read(text) == [expected]


def test_two_definite_counts_before_of_or_without_a_second_count_stay():
    """Guards of the rule above: before من the counts are a part of what follows (the last years of a decade), and a
    single count keeps its reading (a duration, or whole units next to publication)."""
    assert read("ففي الأعوام السبعة أو الثمانية الأخيرة من عقد الثمانينات انخفض") == [
        ("عقد الثمانينات", "year", "1980-01-01", "1989-12-31")]
    assert read("وقعت الهجمات خلال السنوات الثلاث الماضية في المدينة") == [
        ("السنوات الثلاث الماضية", "relative", "2014-01-01", "2016-12-31")]
    assert read("سيعمل المهندسون خلال السنوات الثلاث في المدينة") == [("خلال السنوات الثلاث", "duration", "", "")]


@pytest.mark.parametrize("text", [
    "وفاة الممثل تيودور بيكل عن 91 عاما\n\nتوفي الممثل والمغني",
    "ولم يعط سوى مقابلة صحافية واحدة منذ 1953 حتى رحيله عام 2010 عن 91 عامًا.",
    "حمل مصطفى محمود مرارة المنع حتى وفاته عن 84 عامًا.",
    "عاد إلى القاهرة ليعالج ويموت عن 85 عامًا.",
])
def test_years_after_an_at_after_a_death_notice_noun_or_verb_are_an_age(text):
    """وفاة الممثل تيودور بيكل عن 91 عاما: the noun of a death notice's title (وفاة, رحيله, وفاته) or a verb of
    passing with its و (ويموت) tells of a life's end as توفي does, so the count after عن is the age at death."""
    assert [r for r in read(text, FRIDAY_31) if r[1] == "duration"] == []


@pytest.mark.parametrize("text, expected", [
    ("وفاة الرجل قبل 91 عاما في القرية", ("قبل 91 عاما", "relative", "", "")),
    ("أعلن عن وفاته منذ 91 عاما", ("منذ 91 عاما", "relative", "", "")),
    ("سجن لمدة 20 عاما بعد وفاة أخيه", ("لمدة 20 عاما", "duration", "", "")),
    ("أعلن مسؤول الترحيل عن 5 سنوات من العمل", ("5 سنوات", "duration", "", "")),
])
def test_counts_of_years_near_a_death_word_but_not_after_an_at_stay(text, expected):
    """Guards of the rule above: a count after قبل, منذ or لمدة in a death notice is how long ago or how long, not an
    age; and a death word must stand whole (الترحيل, deportation, holds رحيل but tells of none)."""
    assert [r[:2] for r in read(text, FRIDAY_31)] == [expected[:2]]  # the values of a count back are tested elsewhere


@pytest.mark.parametrize("text", [
    "ألا يقل عمر المتقدم عن 30 عاما ولا يزيد عن 45 عاما.",
    "أن يكون عضوا في الجمعية وعمره لا يقل عن 25 عاما، أيضا.",
    "رجل أمن على أن يكون عمر المتقدم يزيد عن 35 عاماً ومتزوج.",
    "الإبل حديثة الولادة والتي تقل أعمارها عن سنتين، حيث.",
])
def test_years_after_an_at_with_an_age_noun_in_the_clause_are_an_age(text):
    """ألا يقل عمر المتقدم عن 30 عاما ولا يزيد عن 45 عاما: «عن» compares an age noun of its clause (عمر, عمره with
    its و, أعمارها) with a count of years, an age limit; the second count, three words past عمر, too."""
    assert [r for r in read(text, FRIDAY_31) if r[1] == "duration"] == []


@pytest.mark.parametrize("text, expected", [
    ("بخبرة لا تقل عن 5 سنوات في المجال.", "5 سنوات"),
    ("يعمل تحت إشراف الوزارة لمدة لا تقل عن 5 سنوات.", "5 سنوات"),
    ("عمره 40 عاما، وخبرته لا تقل عن 5 سنوات.", "5 سنوات"),
])
def test_years_after_an_at_with_no_age_noun_in_the_clause_stay(text, expected):
    """Guards of the rule above: a count after «عن» is how long when no age noun stands in its clause (an age word
    right before a count, تحت, is not one), nor when the age is told in a clause before (عمره 40 عاما، وخبرته)."""
    assert [r[0] for r in read(text, FRIDAY_31) if r[1] == "duration"] == [expected]


@pytest.mark.parametrize("text, surface, calendar", [
    ("تغيرت مصر منذ عام 48 وحتى اليوم", "عام 48", "gregorian"),
    ("فأنشأ عام 64 مكتبا مضادا", "عام 64", "gregorian"),
    ("في حرب عام 73 عبر الجيش", "عام 73", "gregorian"),
    ("هدم الهيكل الثاني عام 70م، ومنذ", "عام 70م", "gregorian"),
    ("الاجتياح الإسرائيلي للبنان عام ٨٢ حقق", "عام ٨٢", "gregorian"),
    ("متعة المونديال في المكسيك في العام 86، وذلك", "العام 86", "gregorian"),
    ("وتبعه عثمان بن العاص عام 56 هـ ففتح سمرقند", "عام 56 هـ", "hijri"),
    ("في شهر رمضان من عام 40 ه خرج الإمام", "عام 40 ه", "hijri"),
    ("بن مروان (مات سنة 86هـ)، قال", "سنة 86هـ", "hijri"),
])
def test_a_two_digit_year_after_its_year_word_is_an_unresolved_year(text, surface, calendar):
    """عام 48, العام 86, عام 56 هـ: two digits after the year word are a year row in its written calendar, unresolved,
    as the text does not write the century (عام 82 of a World Cup, عام 70م of the Second Temple's fall)."""
    rows = [r for r in dates_for(Document("t", text, TUESDAY)) if r["kind"] == "year"]
    assert [(r["surface"], r["calendar"], r["resolved"], r["value_start"]) for r in rows] == [(surface, calendar, False, None)]


@pytest.mark.parametrize("text", [
    "استقبل مستشفى تيماء العام 39 الفا و225 مراجعا",
    "بلغ عدد الزوار العام 15 مليون زائر",
    "ارتفعت الأسعار العام 20 بالمائة",
    "ارتفع المؤشر العام 11 نقطة",
    "وضغط على المؤشر العام 11 من قطاعات السوق",
    "حكم المحكمة الدستورية رقم 193 لسنة 29 ق الذي قضى",
    "نما الاقتصاد العام 2.5 في المائة",
])
def test_two_digits_after_a_year_word_that_count_or_rank_are_no_year(text):
    """Guards of the rule above: an amount or a share after the number (الفا, مليون, بالمائة, a decimal), العام as the
    adjective "general" of a noun (المؤشر العام) and a judicial year (لسنة 29 ق) give no year row."""
    assert [r for r in read(text) if r[1] == "year"] == []


def test_a_two_digit_count_of_years_after_the_year_word_stays_a_duration():
    """عمل عام 15 عاما: a unit after the number makes it a count, read as before."""
    assert [r[:2] for r in read("عمل في الشركة عام 15 عاما")] == [("15 عاما", "duration")]


def _after_decimal_point(text: str, start: int) -> bool:
    """Whether ``start`` follows a digit and a decimal point (direction marks between are skipped)."""
    before = text[:start].rstrip("\u200e\u200f\u061c")
    return len(before) >= 2 and before[-1] in ".,٫" and before[-2].isdigit()


@pytest.mark.parametrize("text", [
    "استغرق الاجتماع 2.5 ساعة",
    "لمدة 1.5 عام",
    "أمضى هناك 3.5 يوم",
    "بعد 4.5 أشهر من المفاوضات",
    "قطع المسافة بزمن 3.45 دقيقة",
    "استغرق ٢٫٥ ساعة",
    "استغرق 2,5 ساعة",
    "استغرق 2.\u200f5 ساعة",
])
def test_no_count_starts_after_a_decimal_point(text):
    """A decimal count is no whole count: the digits after its point are never a count of their own."""
    assert not [r["surface"] for r in dates_for(Document("t", text, TUESDAY)) if _after_decimal_point(text, r["start"])]


def test_a_full_stop_before_a_count_keeps_its_row():
    """A sentence-final full stop and a space before a number end a sentence, not a decimal count."""
    assert [r[:2] for r in read("وقعت الحرب عام 2015. 3 أيام كانت كافية")] == [
        ("عام 2015", "year"), ("3 أيام", "duration")]
