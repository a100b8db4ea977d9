"""``annotate``: entities, quotes, dates and stance of a frame of articles, in one pass.

Each article's text layer (:class:`workbench.text.Document`: folded view,
sentences, tokens) is built once and shared by the four extractors, and the
entities found are handed on to quotes and stance rather than found again.
The result, :class:`Annotations`, holds the long frames (one row an entity,
quote, date or stance) and the articles frame with, per article, the list of
its records and the summaries ``actors`` and ``speakers`` (schema frame
``annotated``), so one row still tells the whole article.

Large frames are split into batches and spread over processes; a Dask
DataFrame is annotated on its cluster (see :mod:`workbench.frames.parallel`).

>>> import workbench
>>> result = annotate(workbench.load_articles("seeds/000_404a58289b33eae6.txt"))
>>> sorted(result.frames())
['articles', 'dates', 'entities', 'errors', 'quotes', 'stance']
>>> "syria" in result.articles.loc[0, "actors"]
True
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from typing import Any

import pandas as pd

from workbench import schema
from workbench.load import LoadWarning, load_errors
from workbench.text import Document, documents

__all__ = ["Annotations", "annotate", "annotate_frame", "annotate_document", "nest", "combine", "LONG_FRAMES"]

LONG_FRAMES = ("entities", "quotes", "dates", "stance")
DEFAULT_BATCH_SIZE = 500


@dataclass(frozen=True)
class Annotations:
    """All frames of an annotated corpus (pandas frames, or Dask frames from a Dask input)."""

    articles: Any
    entities: Any
    quotes: Any
    dates: Any
    stance: Any
    errors: Any

    def frames(self) -> dict[str, Any]:
        """The frames by name."""
        return {f.name: getattr(self, f.name) for f in fields(self)}

    def compute(self, **dask_options: Any) -> Annotations:
        """Pandas frames of a Dask result, computed in one pass that shares each partition's work."""
        import dask

        return Annotations(*dask.compute(*self.frames().values(), **dask_options))


def annotate_document(doc: Document) -> dict[str, list[dict]]:
    """Records of every extractor for one article, keyed by frame name.

    >>> found = annotate_document(Document("a1", "قال وزير الخارجية الروسي إن موسكو تدعم دمشق."))
    >>> sorted(found), len(found["entities"]) > 0
    (['dates', 'entities', 'quotes', 'stance'], True)
    """
    from workbench.extract.dates import dates_for
    from workbench.extract.entities import entities_for
    from workbench.extract.quotes import quotes_for
    from workbench.extract.stance import stance_for

    mentions = entities_for(doc)
    quotes = quotes_for(doc, mentions)
    return {"entities": mentions, "quotes": quotes, "dates": dates_for(doc), "stance": stance_for(doc, mentions, quotes)}


def annotate_frame(articles: pd.DataFrame) -> Annotations:
    """Annotate ``articles`` in this process (the unit of work of every parallel runner).

    An article on which an extractor fails is reported in ``errors`` and the
    others go on: one faulty article must not stop a corpus run.
    """
    records: dict[str, list[dict]] = {name: [] for name in LONG_FRAMES}
    problems: list[dict] = []
    docs = documents(articles)
    where = articles["path"] if "path" in articles.columns else articles["article_id"]
    for i, place in enumerate(where):
        # Each document is dropped once annotated, so a batch never holds every token list at once.
        doc, docs[i] = docs[i], None
        try:
            found = annotate_document(doc)
        except Exception as exc:  # noqa: BLE001 - reported in the errors frame, the batch goes on
            problems.append({"path": f"{place} (article {doc.article_id})", "severity": "error",
                             "problem": f"annotation failed: {type(exc).__name__}: {exc}"})
            continue
        for name in LONG_FRAMES:
            records[name].extend(found[name])
    frames = {name: schema.conform(records[name], name) for name in LONG_FRAMES}
    errors = pd.concat([load_errors(articles), schema.conform(problems, "errors")], ignore_index=True)
    return Annotations(articles=nest(articles, frames), errors=errors, **frames)


def nest(articles: pd.DataFrame, frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """``articles`` plus, per article, its records of each long frame and the ``actors``/``speakers`` summaries.

    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "text": ["x", "y"]})
    >>> ents = pd.DataFrame({"article_id": ["a", "a"], "actor_id": ["syria", "syria"]})
    >>> nest(arts, {"entities": ents})[["article_id", "actors"]].values.tolist()
    [['a', ['syria']], ['b', []]]
    """
    out = articles.reset_index(drop=True).copy()
    ids = out["article_id"].astype(str).tolist()
    for name in LONG_FRAMES:
        grouped = _records_by_article(frames.get(name, schema.empty(name)))
        out[name] = pd.Series([grouped.get(a, []) for a in ids], dtype=object)
    out["actors"] = pd.Series([_distinct(r["actor_id"] for r in recs) for recs in out["entities"]], dtype=object)
    out["speakers"] = pd.Series(
        [_distinct(r["speaker"] if pd.isna(r["speaker_actor"]) else r["speaker_actor"] for r in recs) for recs in out["quotes"]],
        dtype=object,
    )
    return out


def combine(parts: Iterable[Annotations], attrs: dict | None = None) -> Annotations:
    """One :class:`Annotations` from the results of consecutive batches, in their order."""
    parts = list(parts)
    if not parts:
        return annotate_frame(schema.empty("articles"))
    merged = {name: pd.concat([getattr(p, name) for p in parts], ignore_index=True) for name in Annotations.__dataclass_fields__}
    merged["articles"].attrs = dict(attrs or {})
    return Annotations(**merged)


def annotate(
    articles: Any,
    *,
    workers: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: bool = False,
) -> Annotations:
    """Entities, quotes, dates and stance of every article, as one :class:`Annotations`.

    ``articles`` is any frame with ``article_id`` and ``text`` (``published``
    anchors relative dates), or a Dask DataFrame: then the frames are Dask
    frames, annotated partition by partition on the cluster when computed
    (``result.compute()``). A pandas frame of more than ``batch_size`` rows is
    spread over ``workers`` processes (default: all available cores; 1 keeps
    everything in this process). ``progress`` shows a progress bar.
    """
    from workbench.frames import parallel

    if parallel.is_dask_frame(articles):
        return parallel.annotate_dask(articles)
    workers = parallel.available_cores() if workers is None else max(1, workers)
    if workers == 1 or len(articles) <= batch_size:
        result = annotate_frame(articles)
    else:
        with parallel.process_pool(workers) as pool:
            done = dict(parallel.annotate_batches(enumerate(_batches(articles, batch_size)), pool, progress=progress))
        result = combine([done[i] for i in sorted(done)])
        result = Annotations(**{**result.frames(), "errors": pd.concat([load_errors(articles), result.errors], ignore_index=True)})
    result.articles.attrs = dict(articles.attrs)
    failed = result.errors["problem"].str.startswith("annotation failed").sum()
    if failed:
        warnings.warn(f"annotation failed on {failed} article(s); see the errors frame", LoadWarning, stacklevel=2)
    return result


def _batches(articles: pd.DataFrame, size: int) -> Iterator[pd.DataFrame]:
    for begin in range(0, len(articles), size):
        batch = articles.iloc[begin:begin + size]
        batch.attrs = {}  # the load errors are reported once, not shipped with every batch
        yield batch


def _records_by_article(frame: pd.DataFrame) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for aid, rec in zip(frame["article_id"].tolist(), frame.drop(columns="article_id").to_dict("records")):
        grouped.setdefault(aid, []).append(rec)
    return grouped


def _distinct(values: Iterable[Any]) -> list[str]:
    return list(dict.fromkeys(str(v) for v in values if not pd.isna(v)))
