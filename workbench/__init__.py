"""Arabic news analyst workbench: articles in, actors, quotes, dates and stance out, as pandas frames.

>>> import workbench
>>> articles = workbench.load_articles("seeds/000_404a58289b33eae6.txt")
>>> articles.loc[0, "title"][:5]
'موسكو'
"""

from __future__ import annotations

import importlib
from typing import Any

from workbench.load import LoadWarning, article_id, load_articles, load_errors

__version__ = "0.1.0"

# Extractors and the corpus layer import their data files on first use, so
# `import workbench` stays fast; each name lives in the module of its pipeline step.
_LAZY = {
    "entities": "workbench.extract.entities",
    "load_catalogue": "workbench.extract.catalogue",
    "dates": "workbench.extract.dates",
    "quotes": "workbench.extract.quotes",
    "stance": "workbench.extract.stance",
    "stance_matrix": "workbench.frames.aggregate",
    "annotate": "workbench.frames.annotate",
    "open_corpus": "workbench.frames.store",
}

__all__ = ["LoadWarning", "article_id", "load_articles", "load_errors", "__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'workbench' has no attribute {name!r}")
