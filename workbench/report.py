"""Execute the curated notebooks headless and write self-contained HTML reports.

papermill executes each notebook (it injects the parameters and fails on any
cell error, where ``nbconvert --execute`` alone can exit 0); nbconvert's HTML
exporter writes the result with its figures embedded, so a colleague can open
the file offline.
"""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ["run_notebooks", "NOTEBOOKS_DIR"]

NOTEBOOKS_DIR = Path(__file__).resolve().parent.parent / "notebooks"


def run_notebooks(
    notebooks: list[str | os.PathLike] | None = None,
    out_dir: str | os.PathLike = "reports",
    parameters: dict | None = None,
    kernel_name: str = "python3",
) -> list[Path]:
    """Execute ``notebooks`` (default: every notebook in ``notebooks/``) and write HTML to ``out_dir``.

    Returns the written HTML paths. Raises ``papermill.PapermillExecutionError``
    naming the notebook and cell when one fails.
    """
    import nbformat
    import papermill
    from nbconvert import HTMLExporter

    paths = [Path(p) for p in notebooks] if notebooks else sorted(NOTEBOOKS_DIR.glob("*.ipynb"))
    if not paths:
        raise FileNotFoundError(f"no notebooks found in {NOTEBOOKS_DIR}")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    exporter = HTMLExporter()
    written = []
    for path in paths:
        executed = out / path.name
        papermill.execute_notebook(
            str(path), str(executed), parameters=parameters or {}, kernel_name=kernel_name,
            cwd=str(path.parent), progress_bar=False,
        )
        html, _ = exporter.from_notebook_node(nbformat.read(executed, as_version=4))
        target = executed.with_suffix(".html")
        target.write_text(html, encoding="utf-8")
        executed.unlink()
        written.append(target)
    return written
