"""The Parquet corpus store: round trip, incremental runs, resumption without loss or duplicates, versions, filters."""

from __future__ import annotations

import json
import os
import zipfile

import pandas as pd
import pyarrow.parquet as pq
import pytest

import workbench
from workbench.frames import store as store_module
from workbench.frames.annotate import LONG_FRAMES, annotate
from workbench.frames.store import StoreVersionError, annotate_to_store, open_corpus, store_versions

from test_annotate import seed_paragraph_articles


def write_corpus(folder, articles: pd.DataFrame, name: str = "feed.jsonl") -> None:
    """``articles`` as a JSON Lines file the loader reads back to the same texts."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"id": r.article_id, "title": "", "body": r.text, "published": r.published.isoformat(),
                         "source": r.source}, ensure_ascii=False) for r in articles.itertuples()]
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def sorted_frame(frame: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    return frame.sort_values(keys, kind="stable").reset_index(drop=True)


KEYS = {"articles": ["article_id"], "entities": ["article_id", "start", "end"], "quotes": ["article_id", "quote_id"],
        "dates": ["article_id", "start", "end"], "stance": ["article_id", "start", "end", "source_actor", "target_actor"]}


def assert_same_corpus(left, right) -> None:
    for name, keys in KEYS.items():
        a, b = getattr(left, name), getattr(right, name)
        if name == "articles":
            a, b = a.drop(columns="path"), b.drop(columns="path")
        pd.testing.assert_frame_equal(sorted_frame(a, keys), sorted_frame(b, keys), obj=name)


@pytest.fixture(scope="module")
def corpus_articles() -> pd.DataFrame:
    return seed_paragraph_articles()


@pytest.fixture(scope="module")
def expected(corpus_articles, tmp_path_factory):
    folder = tmp_path_factory.mktemp("source")
    write_corpus(folder, corpus_articles)
    return annotate(workbench.load_articles(folder), workers=1)


def test_round_trip_equals_annotate(tmp_path, corpus_articles, expected):
    write_corpus(tmp_path / "src", corpus_articles)
    summary = annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1, batch_size=4)
    assert summary.new_articles == len(corpus_articles) and summary.files_read == 1
    corpus = open_corpus(tmp_path / "store")
    assert_same_corpus(corpus, expected)
    assert list(corpus.articles.columns) == list(expected.articles.columns)
    for name in ("articles", *LONG_FRAMES, "errors"):
        assert len(list((tmp_path / "store" / name).glob("*.parquet"))) == -(-len(corpus_articles) // 4)  # one part a batch


def test_second_run_annotates_only_new_articles(tmp_path, corpus_articles, expected):
    first, rest = corpus_articles.iloc[:4], corpus_articles.iloc[4:]
    write_corpus(tmp_path / "src", first, "a.jsonl")
    assert annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1).new_articles == 4
    again = annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1)
    assert (again.new_articles, again.files_unchanged, again.files_read) == (0, 1, 0)
    # a new file, and the old file rewritten with one article more: only the new ones are annotated
    write_corpus(tmp_path / "src", rest.iloc[1:], "b.jsonl")
    write_corpus(tmp_path / "src", pd.concat([first, rest.iloc[:1]]), "a.jsonl")
    os.utime(tmp_path / "src" / "a.jsonl", ns=(1, 1))
    later = annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1)
    assert later.new_articles == len(rest) and later.already_stored == 4
    corpus = open_corpus(tmp_path / "store")
    assert corpus.articles["article_id"].is_unique
    assert_same_corpus(corpus, expected)


def test_interrupted_run_resumes_without_loss_or_duplicates(tmp_path, corpus_articles, expected, monkeypatch):
    write_corpus(tmp_path / "src", corpus_articles)
    real_commit = store_module._Writer.commit
    commits = {"n": 0}

    def dying_commit(self, key, result):
        commits["n"] += 1
        if commits["n"] == 2:  # killed while writing the second batch: some parts renamed, not the articles part
            self._write("entities", result.entities, "part-00000000000000000001-deadbeef").rename(
                tmp_path / "store" / "entities" / "part-00000000000000000001-deadbeef.parquet")
            raise KeyboardInterrupt
        real_commit(self, key, result)

    monkeypatch.setattr(store_module._Writer, "commit", dying_commit)
    with pytest.raises(KeyboardInterrupt):
        annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1, batch_size=4)
    partial = open_corpus(tmp_path / "store")
    assert len(partial.articles) == 4  # the first batch survived; the orphan entities part is not read
    assert set(partial.entities["article_id"]) <= set(partial.articles["article_id"])
    monkeypatch.setattr(store_module._Writer, "commit", real_commit)
    resumed = annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1, batch_size=4)
    assert resumed.new_articles == len(corpus_articles) - 4 and resumed.already_stored == 4
    assert not (tmp_path / "store" / "entities" / "part-00000000000000000001-deadbeef.parquet").exists()
    assert_same_corpus(open_corpus(tmp_path / "store"), expected)


def test_versions_are_recorded_and_never_mixed(tmp_path, corpus_articles, monkeypatch):
    write_corpus(tmp_path / "src", corpus_articles.iloc[:2])
    annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1)
    part = next((tmp_path / "store" / "quotes").glob("*.parquet"))
    meta = json.loads(pq.read_schema(part).metadata[b"workbench.store"])
    assert meta["workbench_version"] == workbench.__version__ and len(meta["catalogue_version"]) == 12
    assert store_versions(tmp_path / "store") == store_module.current_versions()

    newer = {**store_module.current_versions(), "catalogue_version": "0123456789ab"}
    monkeypatch.setattr(store_module, "current_versions", lambda catalogue=None, model_scope="triggers": newer)
    write_corpus(tmp_path / "src", corpus_articles.iloc[2:4], "more.jsonl")
    with pytest.raises(StoreVersionError, match="catalogue"):
        annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1)
    assert len(open_corpus(tmp_path / "store").articles) == 2

    # a part copied in from a store of another version is refused on reading too
    annotate_to_store(tmp_path / "src", tmp_path / "other", workers=1)
    stray = next((tmp_path / "other" / "articles").glob("*.parquet"))
    stray.rename(tmp_path / "store" / "articles" / "part-99999999999999999999-00000000.parquet")
    with pytest.raises(StoreVersionError, match="mixes"):
        open_corpus(tmp_path / "store")


def test_changed_extractor_code_or_data_is_a_new_version(tmp_path, corpus_articles, monkeypatch):
    write_corpus(tmp_path / "src", corpus_articles.iloc[:2])
    annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1)
    assert store_versions(tmp_path / "store")["extractors_version"] == store_module.extractors_version()

    monkeypatch.setattr(store_module, "extractors_version", lambda: "0" * 16)
    write_corpus(tmp_path / "src", corpus_articles.iloc[2:4], "more.jsonl")
    with pytest.raises(StoreVersionError, match="extractors 0000000000000000"):
        annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1)


def test_broken_files_are_reported_once(tmp_path, corpus_articles):
    write_corpus(tmp_path / "src", corpus_articles.iloc[:3])
    broken = tmp_path / "src" / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 truncated")
    (tmp_path / "src" / "cp-latin.txt").write_bytes("Déjà vu à Genève, été.".encode("latin-1"))
    with zipfile.ZipFile(tmp_path / "src" / "day.zip", "w") as archive:
        archive.writestr("day.json", json.dumps([{"title": "", "content": ""}]))
    first = annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1)
    assert first.new_articles == 3 and first.problems == 3
    os.utime(broken, ns=(5, 5))  # changed on disk: read again, but its problem is already on record
    second = annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1)
    assert (second.new_articles, second.files_read, second.problems) == (0, 1, 0)
    errors = open_corpus(tmp_path / "store").errors
    assert len(errors) == 3 and errors["path"].is_unique
    assert errors["path"].str.contains("broken.zip").sum() == 1


def test_an_article_in_two_files_is_stored_once_and_reported_once(tmp_path, corpus_articles):
    write_corpus(tmp_path / "src", corpus_articles.iloc[:3], "a.jsonl")
    write_corpus(tmp_path / "src", corpus_articles.iloc[2:4], "b.jsonl")
    first = annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1)
    assert (first.new_articles, first.duplicates) == (4, 1)
    corpus = open_corpus(tmp_path / "store")
    assert corpus.articles["article_id"].is_unique and len(corpus.articles) == 4
    [problem] = corpus.errors.itertuples()
    assert problem.path.endswith("b.jsonl:1") and "duplicate of the article in" in problem.problem
    assert "a.jsonl:3" in problem.problem and problem.severity == "warning"
    os.utime(tmp_path / "src" / "b.jsonl", ns=(5, 5))  # read again: still reported once
    second = annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1)
    assert (second.new_articles, second.problems) == (0, 0) and len(open_corpus(tmp_path / "store").errors) == 1


def test_an_extended_catalogue_is_the_store_version(tmp_path, corpus_articles):
    from test_annotate import extended_catalogue

    write_corpus(tmp_path / "src", corpus_articles.iloc[:2])
    catalogue = extended_catalogue()
    annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1, catalogue=catalogue)
    assert store_versions(tmp_path / "store") == store_module.current_versions(catalogue)
    assert store_versions(tmp_path / "store") != store_module.current_versions()
    write_corpus(tmp_path / "src", corpus_articles.iloc[2:4], "more.jsonl")
    with pytest.raises(StoreVersionError, match="catalogue"):
        annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1)  # the shipped catalogue: refused


@pytest.fixture(scope="module")
def filled_store(corpus_articles, tmp_path_factory):
    root = tmp_path_factory.mktemp("filled")
    write_corpus(root / "src", corpus_articles)
    annotate_to_store(root / "src", root / "store", workers=1, batch_size=3, tz="Asia/Riyadh")
    return root / "store"


def test_filters_select_what_pandas_would(filled_store):
    everything = open_corpus(filled_store)
    arts = everything.articles
    assert str(arts["published"].dt.tz) == "Asia/Riyadh"
    days = arts["published"].dt.tz_convert("Asia/Riyadh").dt.normalize()
    start, end = days.sort_values().iloc[2], days.sort_values().iloc[6]
    by_date = open_corpus(filled_store, start=start.strftime("%Y-%m-%d"), end=end.strftime("%Y-%m-%d"))
    assert set(by_date.articles["article_id"]) == set(arts.loc[(days >= start) & (days <= end), "article_id"])
    assert set(by_date.entities["article_id"]) <= set(by_date.articles["article_id"])

    by_source = open_corpus(filled_store, sources=["s1"])
    assert set(by_source.articles["article_id"]) == set(arts.loc[arts["source"] == "s1", "article_id"])

    mentions_us = everything.entities.loc[everything.entities["actor_id"] == "united_states", "article_id"]
    assert 0 < mentions_us.nunique() < len(arts)
    by_actor = open_corpus(filled_store, actors=["united_states"])
    assert set(by_actor.articles["article_id"]) == set(mentions_us)
    assert all("united_states" in actors for actors in by_actor.articles["actors"])
    assert len(by_actor.entities) == everything.entities["article_id"].isin(mentions_us).sum()

    both = open_corpus(filled_store, actors=["united_states"], sources=["s0"])
    assert set(both.articles["article_id"]) == set(mentions_us) & set(arts.loc[arts["source"] == "s0", "article_id"])
    assert len(open_corpus(filled_store, actors=["no_such_actor"]).articles) == 0


def test_flat_articles_and_zone_on_reading(filled_store):
    flat = open_corpus(filled_store, nested=False, tz="UTC")
    assert "entities" not in flat.articles.columns and isinstance(flat.articles.loc[0, "actors"], list)
    assert str(flat.articles["published"].dt.tz) == "UTC"
    nested = open_corpus(filled_store)
    assert flat.articles["actors"].tolist() == nested.articles["actors"].tolist()


def test_open_corpus_of_nothing_raises(tmp_path):
    with pytest.raises(FileNotFoundError, match="no annotated corpus"):
        open_corpus(tmp_path)


def test_the_model_scope_is_recorded_and_another_scope_is_refused(tmp_path):
    from test_annotate import KHALDUN_ARTICLES

    write_corpus(tmp_path / "src", KHALDUN_ARTICLES.iloc[:2])
    annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1, model_scope="confident")
    assert store_versions(tmp_path / "store") == store_module.current_versions(model_scope="confident")
    assert "ابن خلدون" in set(open_corpus(tmp_path / "store").entities["surface"])
    write_corpus(tmp_path / "src", KHALDUN_ARTICLES.iloc[2:], "more.jsonl")
    with pytest.raises(StoreVersionError, match=r"store.*model scope confident.*model scope triggers"):
        annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1)
    with pytest.raises(ValueError, match="model_scope must be one of"):
        annotate_to_store(tmp_path / "src", tmp_path / "other", workers=1, model_scope="everywhere")


def test_parts_written_before_the_scope_was_recorded_ran_the_default(tmp_path, corpus_articles, monkeypatch):
    write_corpus(tmp_path / "src", corpus_articles.iloc[:2])
    unrecorded = {k: v for k, v in store_module.current_versions().items() if k != "model_scope"}
    monkeypatch.setattr(store_module, "current_versions", lambda catalogue=None, model_scope="triggers": unrecorded)
    annotate_to_store(tmp_path / "src", tmp_path / "store", workers=1)
    monkeypatch.undo()
    assert store_versions(tmp_path / "store") == store_module.current_versions()
