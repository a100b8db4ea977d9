"""The article loader: the seed, every supported encoding, every kind of bad input, duplicates, times."""

from __future__ import annotations

import codecs
import json
import warnings
import zipfile

import pandas as pd
import pytest

import workbench
from workbench import LoadWarning, load_articles, load_errors, schema
from workbench.load import iter_articles, source_files

from conftest import SEED

ARTICLE = "\n\n".join([
    "دمشق ترحب بوقف اطلاق النار في الجنوب",
    "رحبت الحكومة السورية بالاتفاق الذي أعلنته موسكو وواشنطن.",
    "وقال وزير الخارجية إن «الاتفاق خطوة أولى».",
    "سانا",
    "09.07.2017 14:05",
])


def _load_quietly(source, **kwargs) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", LoadWarning)
        return load_articles(source, **kwargs)


def _problems(articles: pd.DataFrame) -> list[tuple[str, str]]:
    return list(zip(load_errors(articles)["path"], load_errors(articles)["problem"]))


def test_seed_article_fields():
    articles = load_articles(SEED)
    assert list(articles.columns) == schema.columns("articles")
    assert dict(articles.dtypes.astype(str)) == {k: str(pd.Series(dtype=v).dtype) if v != schema.TIME else "datetime64[ns, UTC]"
                                                 for k, v in schema.dtypes("articles").items()}
    row = articles.iloc[0]
    assert row["title"] == "موسكو تعارض الوجود الأمريكي جنوب سوريا وترجح عودة الاتصالات مع واشنطن"
    assert row["source"] == "سيريانيوز"
    assert row["published"] == pd.Timestamp("2017-06-20 19:39", tz="UTC")
    assert row["lead"].startswith("عارضت روسيا وجود القوات الأمريكية جنوب سوريا")
    assert "وفد النظام السوري اكد مشاركته" not in row["body"]  # the teaser line is not body
    assert row["body"].startswith("عارضت روسيا, يوم الثلاثاء")
    assert row["body"].count("\n\n") >= 5  # paragraphs kept apart
    assert row["text"].startswith(row["title"]) and row["title"] in row["text"] and row["lead"] in row["text"]
    assert row["n_chars"] == len(row["text"])
    assert row["n_words"] == sum(t.kind != "punct" for t in workbench.text.tokenize(row["text"]))
    assert load_errors(articles).empty


def test_seed_id_is_stable_across_calls_and_paths(tmp_path):
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SEED.read_bytes())
    assert load_articles(SEED).loc[0, "article_id"] == load_articles(copy).loc[0, "article_id"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"])
def test_encodings_round_trip(tmp_path, encoding):
    data = ARTICLE.encode(encoding)
    if encoding == "utf-16-be":
        assert not data.startswith((codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE))
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(data)
    articles = load_articles(path)
    assert articles.loc[0, "text"] == ARTICLE.replace("\r\n", "\n").strip()
    assert articles.loc[0, "source"] == "سانا"
    assert load_errors(articles).empty


def test_utf16_with_bom_both_byte_orders(tmp_path):
    for name, bom, codec in (("le", codecs.BOM_UTF16_LE, "utf-16-le"), ("be", codecs.BOM_UTF16_BE, "utf-16-be")):
        path = tmp_path / f"{name}.txt"
        path.write_bytes(bom + ARTICLE.encode(codec))
        assert load_articles(path).loc[0, "title"] == "دمشق ترحب بوقف اطلاق النار في الجنوب"


BAD_FILES = {
    "empty.txt": (b"", "empty file"),
    "binary.txt": (bytes(range(256)) * 8, "binary"),
    "latin1.txt": ("Le ministre a déclaré à Genève: «Ça suffit», été après été.".encode("latin-1"), "unknown encoding"),
    "page.html": (b"<html><head><title>x</title></head><body><nav>menu</nav></body></html>", "HTML page with no article text"),
    "broken.zip": (b"PK\x03\x04 this is not really a zip archive", "broken zip"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_reported_and_good_articles_survive(tmp_path, name):
    data, message = BAD_FILES[name]
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / name).write_bytes(data)
    with pytest.warns(LoadWarning, match=name):
        articles = load_articles(tmp_path)
    assert articles["title"].tolist() == ["دمشق ترحب بوقف اطلاق النار في الجنوب"]
    problems = _problems(articles)
    assert len(problems) == 1
    path, problem = problems[0]
    assert path.endswith(name) and message in problem
    assert load_errors(articles).loc[0, "severity"] == "error"


def test_missing_timestamp_is_a_warning_and_the_article_loads(tmp_path):
    path = tmp_path / "no-time.txt"
    path.write_text(ARTICLE.rsplit("\n\n", 1)[0], encoding="utf-8")
    with pytest.warns(LoadWarning, match="no-time.txt"):
        articles = load_articles(path)
    assert len(articles) == 1 and pd.isna(articles.loc[0, "published"])
    [(where, problem)] = _problems(articles)
    assert where.endswith("no-time.txt") and "timestamp" in problem
    assert load_errors(articles).loc[0, "severity"] == "warning"


def test_truncated_json_line_is_reported_with_its_line(tmp_path):
    lines = [json.dumps({"title": "عنوان", "body": f"نص الخبر رقم {i}", "published": "2015-08-01T10:00:00"}, ensure_ascii=False)
             for i in range(3)]
    lines[1] = lines[1][:25]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.warns(LoadWarning):
        articles = load_articles(path)
    assert len(articles) == 2
    [(where, problem)] = _problems(articles)
    assert where == f"{path}:2" and "invalid JSON on line 2" in problem


def test_csv_row_with_missing_columns_is_reported_with_its_line(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text("title,content,date\nعنوان أول,نص الخبر الأول,2015-08-01\nعنوان ثان\nعنوان ثالث,نص الخبر الثالث,2015-08-02\n",
                    encoding="utf-8")
    with pytest.warns(LoadWarning):
        articles = load_articles(path, columns={"body": "content", "published": "date"})
    assert articles["body"].tolist() == ["نص الخبر الأول", "نص الخبر الثالث"]
    [(where, problem)] = _problems(articles)
    assert where == f"{path}:3" and "fields" in problem


def test_truncated_member_of_a_zip_is_reported(tmp_path):
    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("day.json", json.dumps([{"title": "عنوان", "content": "نص " * 2000}], ensure_ascii=False))
    cut = tmp_path / "cut.zip"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    articles = _load_quietly([whole, cut])
    assert len(articles) == 1
    [(where, _)] = _problems(articles)
    assert "cut.zip" in where


def test_saudinewsnet_zip_of_json_array(tmp_path):
    path = tmp_path / "2015-08-01.zip"
    items = [
        {"source": "aawsat", "url": "http://aawsat.com/1", "date_extracted": "2015-08-01 10:15:00", "title": "عنوان",
         "author": "", "content": "أعلنت الرياض اليوم عن مبادرة جديدة."},
        {"source": "alriyadh", "url": "http://alriyadh.com/2", "date_extracted": "2015-08-01 11:00:00", "title": "بلا نص",
         "author": "", "content": ""},
    ]
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("2015-08-01.json", json.dumps(items, ensure_ascii=False))
    articles = _load_quietly(path, tz="Asia/Riyadh")
    assert articles["source"].tolist() == ["aawsat"]
    assert articles.loc[0, "url"] == "http://aawsat.com/1"
    assert articles.loc[0, "published"] == pd.Timestamp("2015-08-01 10:15", tz="Asia/Riyadh")
    [(where, problem)] = _problems(articles)
    assert where.endswith("2015-08-01.json:1") and "no article text" in problem


def test_empty_or_missing_source_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="no article files"):
        load_articles(tmp_path)
    with pytest.raises(FileNotFoundError):
        load_articles(tmp_path / "nowhere.txt")
    with pytest.raises(FileNotFoundError):
        load_articles([])


def test_duplicates_are_reported_once_and_not_doubled(tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    with pytest.warns(LoadWarning, match="problem"):
        articles = load_articles(tmp_path)
    assert len(articles) == 1 and articles.loc[0, "path"].endswith("a.txt")
    problems = load_errors(articles)
    assert sorted(p.rsplit("/", 1)[-1] for p in problems["path"]) == ["b.txt", "c.txt"]
    assert problems["problem"].str.contains("duplicate").all() and (problems["severity"] == "warning").all()


def test_naive_times_are_wall_clock_in_tz_and_aware_times_are_converted(tmp_path):
    rows = [{"title": "أ", "body": "نص أول", "published": "2015-08-01 12:00:00"},
            {"title": "ب", "body": "نص ثان", "published": "2015-08-01T12:00:00+00:00"}]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    riyadh = load_articles(path, tz="Asia/Riyadh")
    assert str(riyadh["published"].dt.tz) == "Asia/Riyadh"
    assert riyadh.loc[0, "published"] == pd.Timestamp("2015-08-01 09:00", tz="UTC")
    assert riyadh.loc[1, "published"] == pd.Timestamp("2015-08-01 15:00", tz="Asia/Riyadh")
    assert load_articles(path).loc[0, "published"] == pd.Timestamp("2015-08-01 12:00", tz="UTC")


def test_day_first_timestamps(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text("title,body,published\nعنوان,نص الخبر,03.04.2017 08:30\n", encoding="utf-8")
    assert load_articles(path).loc[0, "published"] == pd.Timestamp("2017-04-03 08:30", tz="UTC")


def test_iter_articles_streams_batches_with_each_problem_once(tmp_path):
    lines = [json.dumps({"title": f"عنوان {i}", "body": f"نص الخبر رقم {i}"}, ensure_ascii=False) for i in range(7)]
    lines.insert(3, "{broken")
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    batches = list(iter_articles(tmp_path, batch_size=3))
    assert [len(b) for b in batches] == [3, 3, 1]
    assert sum(len(load_errors(b)) for b in batches) == 1
    whole = _load_quietly(tmp_path)
    assert pd.concat(batches, ignore_index=True)["article_id"].tolist() == whole["article_id"].tolist()


def test_source_files_from_folder_glob_and_list(tmp_path):
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/b.jsonl", "notes.md", ".hidden.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.rsplit("/", 1)[-1] for p in source_files(tmp_path)]
    assert found == ["a.txt", "b.jsonl"]
    assert list(source_files([tmp_path / "a.txt", str(tmp_path / "*.txt")])) == [str(tmp_path / "a.txt")]


def test_hostile_text_loads_quickly(tmp_path):
    hostile = "ـــ" * 1000 + "\u064e" * 5000 + "Latin mixed عربي ١٢٣" * 2000 + "\x85"
    path = tmp_path / "hostile.txt"
    path.write_text(hostile, encoding="utf-8")
    articles = _load_quietly(path)
    assert len(articles) == 1 and articles.loc[0, "n_chars"] == len(articles.loc[0, "text"])


def test_html_news_page_main_text(tmp_path):
    paragraph = "أعلنت وزارة الخارجية السعودية اليوم أن المملكة ترحب بالاتفاق. "
    page = (f"<html><head><title>الرياض ترحب بالاتفاق</title></head><body><nav><a href='/'>الرئيسية</a></nav>"
            f"<article><h1>الرياض ترحب بالاتفاق</h1><p>{paragraph * 5}</p><p>{paragraph * 3}</p></article>"
            "<footer>جميع الحقوق محفوظة</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    articles = load_articles(path)
    assert articles.loc[0, "title"] == "الرياض ترحب بالاتفاق"
    assert "أعلنت وزارة الخارجية" in articles.loc[0, "body"] and "الحقوق" not in articles.loc[0, "body"]
