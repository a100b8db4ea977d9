"""Dask: a real LocalCluster with 2 worker processes gives the same frames as one process."""

from __future__ import annotations

import pandas as pd
import pytest

import workbench
from workbench.cli import main
from workbench.frames.store import annotate_to_store, open_corpus

from test_annotate import seed_paragraph_articles
from test_store import assert_same_corpus, write_corpus

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local


@pytest.fixture(scope="module")
def articles() -> pd.DataFrame:
    return seed_paragraph_articles()


def test_dask_dataframe_frames_equal_single_process(cluster, articles):
    single = workbench.annotate(articles, workers=1)
    with distributed.Client(cluster) as client:
        lazy = workbench.annotate(dd.from_pandas(articles, npartitions=3))
        assert all(isinstance(frame, dd.DataFrame) for frame in lazy.frames().values())
        assert list(lazy.entities.columns) == list(single.entities.columns)
        computed = lazy.compute()
        assert len(client.scheduler_info()["workers"]) == 2
    for name, frame in single.frames().items():
        pd.testing.assert_frame_equal(getattr(computed, name).reset_index(drop=True), frame, obj=name)
    assert len(computed.entities) > 0 and len(computed.stance) > 0


def test_store_on_a_scheduler_equals_local_store(cluster, articles, tmp_path):
    write_corpus(tmp_path / "src", articles)
    annotate_to_store(tmp_path / "src", tmp_path / "local", workers=1, batch_size=5)
    remote = annotate_to_store(tmp_path / "src", tmp_path / "remote", scheduler=cluster.scheduler_address, batch_size=5)
    assert remote.new_articles == len(articles)
    assert_same_corpus(open_corpus(tmp_path / "remote"), open_corpus(tmp_path / "local"))


def test_cli_scheduler_option(cluster, articles, tmp_path, capsys):
    write_corpus(tmp_path / "src", articles.iloc[:4])
    assert main(["annotate", str(tmp_path / "src"), "--out", str(tmp_path / "store"), "--scheduler",
                 cluster.scheduler_address, "--no-progress"]) == 0
    assert "4 new article(s)" in capsys.readouterr().out
    assert len(open_corpus(tmp_path / "store").articles) == 4


def test_dask_partitions_read_with_the_chosen_model_scope(cluster):
    from test_annotate import KHALDUN_ARTICLES

    single = workbench.annotate(KHALDUN_ARTICLES, model_scope="confident", workers=1)
    with distributed.Client(cluster):
        computed = workbench.annotate(dd.from_pandas(KHALDUN_ARTICLES, npartitions=2), model_scope="confident").compute()
    assert "ابن خلدون" in set(single.entities["surface"])
    pd.testing.assert_frame_equal(computed.entities.reset_index(drop=True), single.entities)
