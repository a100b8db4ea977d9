"""The curated notebooks: their data, executed headless, written as self-contained HTML reports.

:func:`open_annotated` is what each notebook calls first: it annotates the
corpus into a Parquet store (only what the store does not hold yet, so the
second notebook on the same corpus reads instead of re-annotating) and opens
it filtered by period, outlets and actors.

:func:`run_notebooks` executes the notebooks with papermill, which injects the
parameters and fails on any cell error (``nbconvert --execute`` alone can exit
0), then checks the outputs for warnings that papermill lets through (a
missing glyph means a chart label was drawn as empty boxes) and writes HTML
with the figures embedded and no script or style fetched from the network, so
a colleague can open the file offline.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from workbench.frames.annotate import Annotations

__all__ = ["run_notebooks", "open_annotated", "overview", "default_store", "NotebookOutputError", "NOTEBOOKS_DIR"]

NOTEBOOKS_DIR = Path(__file__).resolve().parent.parent / "notebooks"
# Outputs that papermill does not treat as failures but a shared report must not contain.
_BAD_OUTPUT = re.compile(r"Glyph \d+ .* missing from font|Traceback \(most recent call last\)")
# The template still writes a loader tag for the (emptied) require.js address.
_EMPTY_SCRIPT = re.compile(r'<script src="">\s*</script>')
# Parameters naming files, made absolute because each notebook runs in its own folder.
_PATH_PARAMETERS = ("corpus", "store")


class NotebookOutputError(RuntimeError):
    """An executed notebook printed a missing-glyph warning or a traceback that did not stop it."""


def default_store(corpus: str | os.PathLike | Sequence[str | os.PathLike]) -> Path:
    """Where :func:`open_annotated` keeps the annotations of ``corpus`` unless told otherwise.

    A folder per corpus under ``$XDG_CACHE_HOME/arabic-news-workbench`` (default
    ``~/.cache``), named by a hash of the corpus' absolute path(s).

    >>> default_store("seeds").parent.name
    'arabic-news-workbench'
    """
    paths = [corpus] if isinstance(corpus, (str, os.PathLike)) else list(corpus)
    key = "\n".join(sorted(os.path.abspath(os.fspath(p)) for p in paths))
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "arabic-news-workbench" / hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def open_annotated(
    corpus: str | os.PathLike | Sequence[str | os.PathLike],
    store: str | os.PathLike | None = None,
    *,
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
    sources: Sequence[str] | None = None,
    actors: Sequence[str] | None = None,
    tz: str = "UTC",
    workers: int | None = 1,
) -> Annotations:
    """Annotate what is new in ``corpus`` into ``store`` and return the frames, filtered.

    ``corpus`` is anything :func:`workbench.load_articles` reads; ``store`` is a
    corpus store folder (default :func:`default_store`). ``start``/``end``
    bound the publication day (inclusive), ``sources`` keeps those outlets,
    ``actors`` keeps the articles mentioning any of these actor ids. A default
    store made by another version of the workbench is rebuilt; a store you
    named is never deleted (``StoreVersionError`` says what to do).

    >>> import tempfile
    >>> found = open_annotated("seeds/000_404a58289b33eae6.txt", tempfile.mkdtemp())
    >>> len(found.articles), bool(found.entities["actor_id"].eq("russia").any())
    (1, True)
    """
    from workbench.frames.store import StoreVersionError, annotate_to_store, open_corpus

    folder = Path(store) if store is not None else default_store(corpus)
    try:
        annotate_to_store(corpus, folder, tz=tz, workers=workers)
    except StoreVersionError:
        if store is not None:
            raise
        shutil.rmtree(folder)
        annotate_to_store(corpus, folder, tz=tz, workers=workers)
    return open_corpus(folder, start=start, end=end, sources=sources, actors=actors, tz=tz)


def overview(found: Annotations) -> pd.DataFrame:
    """Per outlet: articles, first and last publication day, words, and what was extracted from them.

    >>> import tempfile
    >>> table = overview(open_annotated("seeds/000_404a58289b33eae6.txt", tempfile.mkdtemp()))
    >>> table[["source", "articles"]].to_dict("records")
    [{'source': 'سيريانيوز', 'articles': 1}]
    """
    articles = found.articles
    source_of = articles.set_index("article_id")["source"]
    table = articles.groupby("source", sort=True).agg(
        articles=("article_id", "size"), first=("published", "min"), last=("published", "max"), words=("n_words", "sum"))
    for name in ("entities", "quotes", "dates", "stance"):
        frame = getattr(found, name)
        table[name] = frame["article_id"].map(source_of).value_counts().reindex(table.index, fill_value=0).astype("int64")
    table["first"], table["last"] = table["first"].dt.strftime("%Y-%m-%d"), table["last"].dt.strftime("%Y-%m-%d")
    return table.sort_values("articles", ascending=False, kind="stable").reset_index()


def run_notebooks(
    notebooks: Sequence[str | os.PathLike] | None = None,
    out_dir: str | os.PathLike = "reports",
    parameters: dict | None = None,
    kernel_name: str = "python3",
    show_code: bool = True,
) -> list[Path]:
    """Execute ``notebooks`` (default: every notebook in ``notebooks/``) and write HTML to ``out_dir``.

    ``parameters`` override the notebooks' parameters cell (relative ``corpus``
    and ``store`` paths are taken from the current folder). Returns the written
    HTML paths. Raises ``papermill.PapermillExecutionError`` naming the notebook
    and cell when a cell fails, and :class:`NotebookOutputError` when a cell
    printed a missing-glyph warning or a traceback.
    """
    import nbformat
    import papermill
    from nbconvert import HTMLExporter

    paths = [Path(p) for p in notebooks] if notebooks else sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
    if not paths:
        raise FileNotFoundError(f"no notebooks found in {NOTEBOOKS_DIR}")
    params = {key: os.path.abspath(value) if key in _PATH_PARAMETERS and value is not None else value
              for key, value in (parameters or {}).items()}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    # No MathJax or require.js from a CDN: the report must open the same offline.
    exporter = HTMLExporter(mathjax_url="", require_js_url="", exclude_input=not show_code, embed_images=True)
    written = []
    for path in paths:
        executed = out / path.name
        papermill.execute_notebook(
            str(path), str(executed), parameters=params, kernel_name=kernel_name,
            cwd=str(path.resolve().parent), progress_bar=False,
        )
        notebook = nbformat.read(executed, as_version=4)
        executed.unlink()
        _check_outputs(notebook, path)
        html, _ = exporter.from_notebook_node(notebook)
        html = _EMPTY_SCRIPT.sub("", html)
        target = out / path.with_suffix(".html").name
        target.write_text(html, encoding="utf-8")
        written.append(target)
    return written


def _check_outputs(notebook, path: Path) -> None:
    for number, cell in enumerate(notebook.cells, start=1):
        for output in cell.get("outputs", []):
            text = output.get("text", "") if output.get("output_type") == "stream" else ""
            found = _BAD_OUTPUT.search(text)
            if found:
                raise NotebookOutputError(f"{path.name}, cell {number}: {found.group(0)!r} in its output:\n{text[:2000]}")
