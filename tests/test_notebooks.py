"""The curated notebooks: they run headless on seeds/ and on any folder, and their HTML reports are safe to share.

The runner is :func:`workbench.report.run_notebooks` (papermill), which fails on a
cell error and on a missing-glyph warning in any output.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pytest
from papermill.exceptions import PapermillExecutionError

from workbench.report import NOTEBOOKS_DIR, NotebookOutputError, run_notebooks

NOTEBOOKS = ["01-load-and-explore", "02-actor-mentions", "03-stance", "04-quotes-and-timeline"]
PARAMETERS = {"corpus", "store", "start", "end", "sources", "actors", "top", "lang", "tz"}
# Charts each report must show: 01 has tables only.
CHARTS = {"01-load-and-explore": 0, "02-actor-mentions": 2, "03-stance": 2, "04-quotes-and-timeline": 2}
PNG = re.compile(r'<img[^>]+src="data:image/png;base64,')


@pytest.fixture(scope="module")
def seed_reports(tmp_path_factory) -> dict[str, str]:
    out, store = tmp_path_factory.mktemp("reports"), tmp_path_factory.mktemp("store")
    paths = run_notebooks(None, out, {"store": str(store)})
    return {path.stem: path.read_text(encoding="utf-8") for path in paths}


def test_every_curated_notebook_is_there_with_papermill_parameters():
    assert sorted(p.stem for p in NOTEBOOKS_DIR.glob("*.ipynb")) == NOTEBOOKS
    for name in NOTEBOOKS:
        notebook = nbformat.read(NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4)
        tagged = [c for c in notebook.cells if "parameters" in c.metadata.get("tags", [])]
        assert len(tagged) == 1, name
        names = set(re.findall(r"^(\w+) =", tagged[0].source, flags=re.M))
        assert names == PARAMETERS, name
        assert 'corpus = "../seeds"' in tagged[0].source
        assert notebook.cells[0].cell_type == "markdown"  # says what the analyst is looking at


def test_notebooks_are_kept_without_outputs():
    for name in NOTEBOOKS:
        notebook = nbformat.read(NOTEBOOKS_DIR / f"{name}.ipynb", as_version=4)
        for cell in notebook.cells:
            if cell.cell_type == "code":
                assert cell.outputs == [] and cell.execution_count is None, name


def test_every_notebook_runs_on_seeds_and_writes_html(seed_reports):
    assert sorted(seed_reports) == NOTEBOOKS
    for name, html in seed_reports.items():
        assert len(PNG.findall(html)) == CHARTS[name], name
        assert "Traceback" not in html and "missing from font" not in html, name
        assert 'dir="rtl"' in html, name


def test_reports_load_nothing_from_the_network(seed_reports):
    for name, html in seed_reports.items():
        assert not re.search(r'<script[^>]+src="https?:', html), name
        assert not re.search(r'<link[^>]+href="https?:', html), name
        assert '<script src="">' not in html, name


def test_reports_chart_the_seed_corpus(seed_reports):
    assert "201 article(s) from 11 outlet(s)" in seed_reports["01-load-and-explore"]
    assert "aawsat" in seed_reports["01-load-and-explore"] and "سيريانيوز" in seed_reports["01-load-and-explore"]
    assert "iran" in seed_reports["02-actor-mentions"]  # the mention table lists actor ids


def write_notebook(path: Path, *sources: str) -> Path:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in sources]
    nbformat.write(notebook, path)
    return path


def test_a_cell_error_fails_the_run(tmp_path):
    notebook = write_notebook(tmp_path / "broken.ipynb", "x = 1", "raise ValueError('broken cell')")
    with pytest.raises(PapermillExecutionError, match="broken cell"):
        run_notebooks([notebook], tmp_path / "out")
    assert not (tmp_path / "out" / "broken.html").exists()


def test_a_missing_glyph_in_the_kernel_fails_the_run(tmp_path):
    notebook = write_notebook(
        tmp_path / "glyph.ipynb",
        "import io\nfrom matplotlib.figure import Figure\nfrom workbench.charts import register_fonts\nregister_fonts()",
        "fig = Figure()\nfig.text(0.5, 0.5, '\\u4e2d\\u6587', family=['Amiri'])\nfig.savefig(io.BytesIO(), format='png')",
    )
    with pytest.raises(NotebookOutputError, match="missing from font"):
        run_notebooks([notebook], tmp_path / "out")


HOSTILE_TITLE = "<script>alert('title')</script> وزير الخارجية يزور طهران"
HOSTILE_QUOTE = '<img src=x onerror="alert(1)">'


def test_untrusted_article_text_is_shown_as_text_in_reports(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    articles = [{
        "source": "<b>okaz</b>", "url": "http://example.org/1", "date_extracted": "2015-07-22 10:00:00",
        "title": HOSTILE_TITLE, "author": "",
        "content": f'قال وزير الخارجية الإيراني محمد جواد ظريف يوم الأربعاء إن "{HOSTILE_QUOTE} الاتفاق النووي مكسب للجميع". '
                   "وأضاف أن إيران ستعقد محادثات مع السعودية الأسبوع المقبل.",
    }]
    (corpus / "hostile.json").write_text(json.dumps(articles, ensure_ascii=False), encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # a relative corpus path is taken from the caller's folder
    paths = run_notebooks([NOTEBOOKS_DIR / "01-load-and-explore.ipynb", NOTEBOOKS_DIR / "04-quotes-and-timeline.ipynb"],
                          tmp_path / "out", {"corpus": "corpus", "store": "store"})
    explore, quotes = (p.read_text(encoding="utf-8") for p in paths)
    for html in (explore, quotes):
        assert "<script>alert(" not in html and "<img src=x" not in html and "<b>okaz" not in html
    assert "&lt;script&gt;alert(" in explore and "&lt;b&gt;okaz&lt;/b&gt;" in explore
    assert "&lt;img src=x onerror=" in quotes
    assert "1 article(s) from 1 outlet(s)" in explore
