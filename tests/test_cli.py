"""The command line: `workbench annotate SOURCE --out DIR` and the existing `workbench report`."""

from __future__ import annotations

import subprocess
import sys

import pytest

from workbench.cli import main
from workbench.frames import store as store_module
from workbench.frames.store import open_corpus

from conftest import ROOT, SEED
from test_annotate import seed_paragraph_articles
from test_store import write_corpus


def test_annotate_then_nothing_new(tmp_path, capsys):
    write_corpus(tmp_path / "src", seed_paragraph_articles(5))
    out = tmp_path / "store"
    assert main(["annotate", str(tmp_path / "src"), "--out", str(out), "--workers", "1", "--no-progress"]) == 0
    first = capsys.readouterr().out
    assert "5 new article(s)" in first and str(out) in first
    assert main(["annotate", str(tmp_path / "src"), "--out", str(out), "--workers", "1", "--no-progress"]) == 0
    second = capsys.readouterr().out
    assert "0 new article(s)" in second and "1 unchanged" in second
    corpus = open_corpus(out)
    assert len(corpus.articles) == 5 and corpus.articles["article_id"].is_unique


def test_catalogue_option_extends_the_actors(tmp_path, capsys):
    from test_annotate import OTAIBI_ARTICLES

    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "feed.jsonl").write_text(
        "".join(f'{{"id": "{a}", "body": "{t}"}}\n' for a, t in OTAIBI_ARTICLES.itertuples(index=False)), encoding="utf-8")
    (tmp_path / "mine.csv").write_text("actor_id,type,name_ar\nfahd_al_otaibi,PER,فهد العتيبي\n", encoding="utf-8")
    out = tmp_path / "store"
    assert main(["annotate", str(tmp_path / "src"), "--out", str(out), "--workers", "1", "--no-progress",
                 "--catalogue", str(tmp_path / "mine.csv")]) == 0
    assert "fahd_al_otaibi" in set(open_corpus(out).entities["actor_id"])
    assert main(["annotate", str(tmp_path / "src"), "--out", str(out), "--workers", "1", "--no-progress"]) == 2
    assert "catalogue" in capsys.readouterr().err


def test_progress_bar_shows_articles_per_second(tmp_path, capsys):
    assert main(["annotate", str(SEED), "--out", str(tmp_path / "store"), "--workers", "1"]) == 0
    err = capsys.readouterr().err
    assert "articles" in err and "/s" in err


def test_refuses_another_version_with_a_clear_message(tmp_path, capsys, monkeypatch):
    assert main(["annotate", str(SEED), "--out", str(tmp_path / "store"), "--workers", "1", "--no-progress"]) == 0
    newer = {**store_module.current_versions(), "workbench_version": "99.0"}
    monkeypatch.setattr(store_module, "current_versions", lambda catalogue=None, model_scope="triggers": newer)
    assert main(["annotate", str(SEED), "--out", str(tmp_path / "store"), "--workers", "1", "--no-progress"]) == 2
    message = capsys.readouterr().err
    assert "99.0" in message and "new folder" in message


def test_missing_source_is_an_error(tmp_path, capsys):
    assert main(["annotate", str(tmp_path / "nowhere"), "--out", str(tmp_path / "store"), "--no-progress"]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_both_subcommands_are_offered(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    usage = capsys.readouterr().out
    assert "annotate" in usage and "report" in usage
    with pytest.raises(SystemExit):
        main(["report", "--help"])
    assert "--corpus" in capsys.readouterr().out


def test_module_entry_point_runs_in_a_fresh_process(tmp_path):
    done = subprocess.run([sys.executable, "-m", "workbench", "annotate", str(SEED), "--out", str(tmp_path / "store"),
                           "--workers", "2", "--no-progress"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "1 new article(s)" in done.stdout


def test_model_scope_option_reaches_the_store(tmp_path, capsys):
    from test_annotate import KHALDUN_ARTICLES

    write_corpus(tmp_path / "src", KHALDUN_ARTICLES)
    out = tmp_path / "store"
    assert main(["annotate", str(tmp_path / "src"), "--out", str(out), "--workers", "1", "--no-progress",
                 "--model-scope", "confident"]) == 0
    assert "ابن خلدون" in set(open_corpus(out).entities["surface"])
    assert open_corpus(out).articles.attrs["store_versions"]["model_scope"] == "confident"
    with pytest.raises(SystemExit):
        main(["annotate", str(tmp_path / "src"), "--out", str(out), "--model-scope", "everywhere"])
    assert "invalid choice" in capsys.readouterr().err
