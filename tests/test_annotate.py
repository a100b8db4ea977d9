"""workbench.annotate: every frame at once, the text layer shared, the same result on any number of processes."""

from __future__ import annotations

import pandas as pd
import pytest

import workbench
from workbench import LoadWarning, schema
from workbench.frames import annotate as annotate_module
from workbench.frames.annotate import LONG_FRAMES, Annotations, annotate

from conftest import SEED


def seed_paragraph_articles(n: int | None = None) -> pd.DataFrame:
    """Small articles made of the seed's paragraphs (a corpus that needs nothing outside the project)."""
    seed = workbench.load_articles(SEED)
    paragraphs = [p for p in seed.loc[0, "text"].split("\n\n") if len(p.split()) > 5][:n]
    published = seed.loc[0, "published"]
    rows = [{"article_id": f"p{i:02d}", "text": p, "published": published + pd.Timedelta(days=i), "source": f"s{i % 3}",
             "title": p[:30], "lead": "", "body": p, "url": None, "path": f"para-{i}", "n_chars": len(p), "n_words": 0}
            for i, p in enumerate(paragraphs)]
    return schema.conform(rows, "articles")


@pytest.fixture(scope="module")
def seed_result(seed_articles) -> Annotations:
    return annotate(seed_articles)


def test_all_frames_with_their_schema(seed_result):
    assert set(seed_result.frames()) == {"articles", *LONG_FRAMES, "errors"}
    assert list(seed_result.articles.columns) == schema.columns("annotated")
    for name in LONG_FRAMES:
        frame = getattr(seed_result, name)
        assert list(frame.columns) == schema.columns(name)
        assert dict(frame.dtypes) == dict(schema.empty(name).dtypes)
    assert seed_result.errors.empty
    assert len(seed_result.entities) > 10 and len(seed_result.quotes) > 0 and len(seed_result.dates) > 0


def test_offsets_point_into_the_article_text(seed_result):
    text = seed_result.articles.loc[0, "text"]
    for name in ("entities", "dates"):
        frame = getattr(seed_result, name)
        assert [text[s:e] for s, e in zip(frame["start"], frame["end"])] == frame["surface"].tolist()
    quotes = seed_result.quotes
    assert all(0 <= s < e <= len(text) for s, e in zip(quotes["start"], quotes["end"]))


def test_articles_row_tells_the_whole_article(seed_result):
    row = seed_result.articles.iloc[0]
    for name in LONG_FRAMES:
        expected = getattr(seed_result, name).drop(columns="article_id").to_dict("records")
        assert len(row[name]) == len(expected)
        assert pd.DataFrame(row[name]).equals(pd.DataFrame(expected)) or not expected
    entity_actors = seed_result.entities["actor_id"].dropna().tolist()
    assert row["actors"] == list(dict.fromkeys(entity_actors))
    assert "russia" in row["actors"] and "syria" in row["actors"]
    speakers = [a if not pd.isna(a) else s for a, s in zip(seed_result.quotes["speaker_actor"], seed_result.quotes["speaker"])]
    assert row["speakers"] == list(dict.fromkeys(str(s) for s in speakers if not pd.isna(s)))


def test_text_layer_and_entities_are_computed_once_per_article(monkeypatch):
    from workbench.extract import entities as entities_module
    from workbench.text import document

    calls = {"tokenize": 0, "entities": 0}
    real_tokenize, real_entities = document.tokenize, entities_module.entities_for

    def counting_tokenize(text):
        calls["tokenize"] += 1
        return real_tokenize(text)

    def counting_entities(doc, *args, **kwargs):
        calls["entities"] += 1
        return real_entities(doc, *args, **kwargs)

    monkeypatch.setattr(document, "tokenize", counting_tokenize)
    monkeypatch.setattr(entities_module, "entities_for", counting_entities)
    articles = seed_paragraph_articles(4)
    result = annotate(articles, workers=1)
    assert calls == {"tokenize": 4, "entities": 4}
    assert len(result.articles) == 4


def test_processes_give_the_same_frames_as_one_process():
    articles = seed_paragraph_articles()
    single = annotate(articles, workers=1)
    spread = annotate(articles, workers=2, batch_size=3)
    assert len(articles) > 6
    for name, frame in single.frames().items():
        pd.testing.assert_frame_equal(getattr(spread, name), frame, obj=name)


def test_any_frame_with_article_id_and_text():
    frame = pd.DataFrame({"article_id": ["x1", "x2"], "text": ["قال وزير الخارجية الروسي إن موسكو تدعم دمشق.", ""],
                          "extra": [1, 2]})
    result = annotate(frame)
    assert result.articles["extra"].tolist() == [1, 2]
    assert "russia" in result.articles.loc[0, "actors"] and result.articles.loc[1, "entities"] == []
    with pytest.raises(ValueError, match="article_id"):
        annotate(pd.DataFrame({"text": ["نص"]}))


def test_empty_frame_gives_empty_frames():
    result = annotate(schema.empty("articles"))
    assert all(len(frame) == 0 for frame in result.frames().values())
    assert list(result.stance.columns) == schema.columns("stance")


def test_hostile_texts_never_raise():
    texts = ["", " ", "ـــــ" * 300, "\u064e" * 2000, "«" * 500 + "»", "HIMARS 2017 عربي Latin ١٢٣ " * 300,
             "قال: «" * 200, "موسكو، دمشق، واشنطن. " * 300, "." * 20000, "ا" * 50000]
    frame = pd.DataFrame({"article_id": [f"h{i}" for i in range(len(texts))], "text": texts})
    result = annotate(frame, workers=1)
    assert len(result.articles) == len(texts) and result.errors.empty


def test_a_failing_article_is_reported_and_the_others_go_on(monkeypatch):
    from workbench.extract import entities as entities_module

    real_entities = entities_module.entities_for

    def fragile_entities(doc, *args, **kwargs):
        if doc.article_id == "p01":
            raise RuntimeError("unexpected input")
        return real_entities(doc, *args, **kwargs)

    monkeypatch.setattr(entities_module, "entities_for", fragile_entities)
    articles = seed_paragraph_articles(3)
    with pytest.warns(LoadWarning, match="annotation failed on 1 article"):
        result = annotate(articles, workers=1)
    [problem] = result.errors["problem"].tolist()
    assert problem.startswith("annotation failed in entities:") and "RuntimeError: unexpected input" in problem
    assert "p01" in result.errors.loc[0, "path"]
    assert "p01" not in set(result.entities["article_id"]) and {"p00", "p02"} <= set(result.entities["article_id"])
    # the article stays, with what the other extractors found
    assert result.articles["article_id"].tolist() == ["p00", "p01", "p02"] and result.articles.loc[1, "actors"] == []


def test_load_articles_annotate_keeps_the_load_errors(tmp_path):
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.warns(LoadWarning):
        articles = workbench.load_articles(tmp_path, annotate=True)
    assert list(articles.columns) == schema.columns("annotated")
    assert "russia" in articles.loc[0, "actors"]
    assert workbench.load_errors(articles)["path"].str.endswith("empty.txt").tolist() == [True]


def test_load_articles_annotate_links_to_the_given_catalogue(tmp_path):
    for article_id, text in zip(OTAIBI_ARTICLES["article_id"], OTAIBI_ARTICLES["text"]):
        (tmp_path / f"{article_id}.txt").write_text(f"{text}\n20.06.2017 19:39", encoding="utf-8")
    shipped = workbench.load_articles(tmp_path, annotate=True)
    extended = workbench.load_articles(tmp_path, annotate=True, catalogue=extended_catalogue())
    assert not any("fahd_al_otaibi" in actors for actors in shipped["actors"])
    assert all("fahd_al_otaibi" in actors for actors in extended["actors"])


def test_annotate_document_contract():
    doc = workbench.text.Document("d1", "قال وزير الخارجية الروسي سيرغي لافروف أمس إن موسكو تعارض الضربات.",
                                  pd.Timestamp("2017-06-20", tz="UTC"))
    found = annotate_module.annotate_document(doc)
    assert set(found) == set(LONG_FRAMES)
    assert all(rec["article_id"] == "d1" for records in found.values() for rec in records)


def extended_catalogue() -> pd.DataFrame:
    """The shipped catalogue plus one person it does not hold."""
    return workbench.load_catalogue(extra=pd.DataFrame(
        {"actor_id": ["fahd_al_otaibi"], "type": ["PER"], "name_ar": ["فهد العتيبي"], "sector": ["ministry"]}))


OTAIBI_ARTICLES = pd.DataFrame({"article_id": ["a", "b"], "text": [
    "وقال فهد العتيبي إن الشركة ستبدأ العمل غدا.", "انتقد فهد العتيبي إيران بشدة بسبب تدخلها في اليمن."]})


def test_an_extended_catalogue_reaches_every_extractor():
    shipped = annotate(OTAIBI_ARTICLES, workers=1)
    assert "fahd_al_otaibi" not in set(shipped.entities["actor_id"])
    result = annotate(OTAIBI_ARTICLES, catalogue=extended_catalogue(), workers=1)
    assert set(result.entities.loc[result.entities["surface"] == "فهد العتيبي", "actor_id"]) == {"fahd_al_otaibi"}
    assert result.quotes["speaker_actor"].tolist() == ["fahd_al_otaibi"]
    assert ("fahd_al_otaibi", "iran") in set(zip(result.stance["source_actor"], result.stance["target_actor"]))
    assert result.articles.loc[0, "speakers"] == ["fahd_al_otaibi"]
    spread = annotate(OTAIBI_ARTICLES, catalogue=extended_catalogue(), workers=2, batch_size=1)
    for name, frame in result.frames().items():
        pd.testing.assert_frame_equal(getattr(spread, name), frame, obj=name)


def test_catalogue_version_follows_the_content():
    assert annotate_module.catalogue_version() == annotate_module.catalogue_version(workbench.load_catalogue())
    assert annotate_module.catalogue_version(extended_catalogue()) != annotate_module.catalogue_version()


def test_summaries_skip_every_kind_of_missing_value():
    articles = pd.DataFrame({"article_id": ["a", "b"], "text": ["x", "y"]})
    entities = pd.DataFrame({"article_id": ["a", "a", "a", "b"],
                             "actor_id": pd.array(["syria", None, "iran", None], dtype="string")})
    quotes = pd.DataFrame({"article_id": ["a", "a", "b", "b"], "speaker": [None, "فلان", float("nan"), "x"],
                           "speaker_actor": [pd.NA, None, "iran", float("nan")]})
    out = annotate_module.nest(articles, {"entities": entities, "quotes": quotes}, records=False)
    assert out["actors"].tolist() == [["syria", "iran"], []]
    assert out["speakers"].tolist() == [["فلان"], ["iran", "x"]]
    assert list(articles.columns) == ["article_id", "text"]  # the caller's frame is left as it was


def test_the_worker_preload_loads_the_extractors_and_freezes_them():
    # Run in a fresh interpreter: the preload is what multiprocessing's forkserver imports.
    import subprocess
    import sys

    code = ("import gc, workbench.frames.preload; "
            "from workbench.extract.dates.grammar import grammar_for; "
            "print(gc.get_freeze_count() > 0, grammar_for.cache_info().currsize)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "1"]


def test_the_collector_is_paused_while_a_frame_is_annotated_and_back_afterwards(monkeypatch):
    import gc

    seen = []
    real = annotate_module.annotate_document
    monkeypatch.setattr(annotate_module, "annotate_document", lambda *a, **k: seen.append(gc.isenabled()) or real(*a, **k))
    annotate(seed_paragraph_articles(2), workers=1)
    assert seen == [False, False] and gc.isenabled()


def test_word_counts_the_loader_left_out_come_from_the_tokens():
    from workbench.frames.annotate import annotate_frame
    from workbench.load import iter_articles

    uncounted = next(iter_articles("seeds/", count_words=False, batch_size=5))
    counted = next(iter_articles("seeds/", batch_size=5))
    assert (uncounted["n_words"] == 0).all() and (counted["n_words"] > 0).all()
    result = annotate_frame(uncounted, count_words=True)
    pd.testing.assert_series_equal(result.articles["n_words"], counted["n_words"])


def test_pool_workers_run_without_the_cyclic_collector():
    import gc

    from workbench.frames.parallel import process_pool

    with process_pool(1) as pool:
        assert pool.submit(gc.isenabled).result() is False
    assert gc.isenabled()


# A name outside every trigger window: the entities model reads it only in the "confident" scope.
KHALDUN_ARTICLES = pd.DataFrame({"article_id": ["k1", "k2", "k3"], "text": [
    "يقول ابن خلدون: تعليم الوالدين للقرآن من شعائر الدين",
    "وقال وزير الخارجية الروسي إن موسكو تدعم دمشق.",
    "يقول ابن خلدون إن الظلم مؤذن بخراب العمران"],
    "published": pd.Timestamp("2015-07-25 08:00", tz="UTC"), "source": "s"})


def test_the_confident_model_scope_reaches_every_article_in_one_process_and_in_the_pool():
    expected = workbench.entities(KHALDUN_ARTICLES, model_scope="confident")
    assert "ابن خلدون" in set(expected["surface"])
    assert "ابن خلدون" not in set(annotate(KHALDUN_ARTICLES, workers=1).entities["surface"])
    single = annotate(KHALDUN_ARTICLES, model_scope="confident", workers=1)
    pd.testing.assert_frame_equal(single.entities, expected)
    spread = annotate(KHALDUN_ARTICLES, model_scope="confident", workers=2, batch_size=1)
    for name, frame in single.frames().items():
        pd.testing.assert_frame_equal(getattr(spread, name), frame, obj=name)


def test_an_unknown_model_scope_is_refused_before_any_work():
    with pytest.raises(ValueError, match="model_scope must be one of triggers, confident"):
        annotate(KHALDUN_ARTICLES, model_scope="everywhere")
