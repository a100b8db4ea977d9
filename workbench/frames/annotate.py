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

import gc
import hashlib
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from itertools import groupby, repeat
from operator import itemgetter
from typing import Any

import pandas as pd

from workbench import schema
from workbench.load import LoadWarning, load_errors
from workbench.text import Document, documents
from workbench.text.segmentation import count_word_tokens

__all__ = ["Annotations", "annotate", "annotate_frame", "annotate_document", "catalogue_version", "model_scopes",
           "check_model_scope", "nest", "combine", "LONG_FRAMES"]

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


def catalogue_version(catalogue: pd.DataFrame | None = None) -> str:
    """A short hash of an actor catalogue's content (the shipped one when None), recorded with results.

    >>> len(catalogue_version())
    12
    """
    from workbench.extract.catalogue import load_catalogue

    frame = load_catalogue() if catalogue is None else catalogue
    return hashlib.sha256(pd.util.hash_pandas_object(frame, index=False).values.tobytes()).hexdigest()[:12]


def model_scopes() -> tuple[str, ...]:
    """The values of ``model_scope`` (as the entities extractor defines them; "triggers" is the default).

    >>> model_scopes()[:2]
    ('triggers', 'confident')
    """
    from workbench.extract.entities.model import SCOPES

    return SCOPES


def check_model_scope(model_scope: str) -> str:
    """``model_scope`` itself when the entities extractor knows it; a ValueError naming the allowed
    values otherwise (raised here, before any batch is sent to a worker)."""
    from workbench.extract.entities.model import check_scope

    return check_scope(model_scope, "model_scope")


@dataclass(frozen=True)
class _Tools:
    """What the extractors need of one catalogue: its compiled matcher and its actors' sectors."""

    matcher: Any
    sectors: dict[str, str]


# Per process, by catalogue version: compiling a catalogue takes a quarter of a second, and each
# batch a worker receives carries its own copy of the frame.
_TOOLS: dict[str, _Tools] = {}


def _tools(catalogue: pd.DataFrame | None) -> _Tools | None:
    if catalogue is None:
        return None
    version = catalogue_version(catalogue)
    if version not in _TOOLS:
        from workbench.extract.entities import Matcher

        if len(_TOOLS) >= 4:
            _TOOLS.clear()
        first = catalogue.drop_duplicates("actor_id")
        _TOOLS[version] = _Tools(Matcher.from_catalogue(catalogue), dict(zip(first["actor_id"], first["sector"])))
    return _TOOLS[version]


def annotate_document(doc: Document, catalogue: pd.DataFrame | None = None,
                      failures: list[tuple[str, Exception]] | None = None,
                      model_scope: str = "triggers") -> dict[str, list[dict]]:
    """Records of every extractor for one article, keyed by frame name.

    ``catalogue``: an actor catalogue frame (:func:`workbench.load_catalogue`, e.g. with an
    analyst's ``extra`` actors); None uses the shipped one. ``model_scope``: where the
    entities model reads (:func:`workbench.extract.entities.entities_for`). With a ``failures`` list, an
    extractor that raises gives no records and its (name, exception) is appended there, and
    the others still run (quotes and stance then without the failed step's records);
    without one, the exception propagates.

    >>> found = annotate_document(Document("a1", "قال وزير الخارجية الروسي إن موسكو تدعم دمشق."))
    >>> sorted(found), len(found["entities"]) > 0
    (['dates', 'entities', 'quotes', 'stance'], True)
    """
    from workbench.extract.dates import dates_for
    from workbench.extract.entities import entities_for, public_mentions
    from workbench.extract.quotes import quotes_for
    from workbench.extract.stance import stance_for

    tools = _tools(catalogue)

    def run(name: str, extract: Any, *args: Any, **kwargs: Any) -> list[dict]:
        if failures is None:
            return extract(doc, *args, **kwargs)
        try:
            return extract(doc, *args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - reported by the caller, the other extractors go on
            failures.append((name, exc))
            return []

    mentions = run("entities", entities_for, tools and tools.matcher, model_scope=model_scope)
    quotes = run("quotes", quotes_for, mentions)
    dates = run("dates", dates_for)
    stance = run("stance", stance_for, mentions, quotes, sectors=tools and tools.sectors)
    # Quotes and stance read a title's adjective as its state (السفير الروسي); the frames follow the gold rules.
    return {"entities": public_mentions(mentions), "quotes": quotes, "dates": dates, "stance": stance}


def annotate_frame(articles: pd.DataFrame, catalogue: pd.DataFrame | None = None, nested: bool = True,
                   count_words: bool = False, model_scope: str = "triggers") -> Annotations:
    """Annotate ``articles`` in this process (the unit of work of every parallel runner).

    An extractor that fails on an article is reported in ``errors`` (naming the
    article and the extractor) and everything else goes on: one faulty article
    must not stop a corpus run. ``nested=False`` leaves out the per-article
    record lists (the summaries stay): workers return less, and the corpus
    store does not keep them. ``count_words=True`` sets ``n_words`` from the
    tokens (for batches read with ``iter_articles(count_words=False)``: the
    reading process need not tokenise them a first time). ``model_scope``: as for :func:`annotate`.
    """
    with collector_paused():
        return _annotate_frame(articles, catalogue, nested, count_words, model_scope)


def _annotate_frame(articles: pd.DataFrame, catalogue: pd.DataFrame | None, nested: bool, count_words: bool,
                    model_scope: str) -> Annotations:
    records: dict[str, list[dict]] = {name: [] for name in LONG_FRAMES}
    problems: list[dict] = []
    docs = documents(articles)
    where = articles["path"] if "path" in articles.columns else articles["article_id"]
    counts: list[int] = []
    for i, place in enumerate(where):
        # Each document is dropped once annotated, so a batch never holds every token list at once.
        doc, docs[i] = docs[i], None
        failures: list[tuple[str, Exception]] = []
        found = annotate_document(doc, catalogue, failures, model_scope)
        if count_words:
            counts.append(count_word_tokens(doc.tokens))
        problems += [{"path": f"{place} (article {doc.article_id})", "severity": "error",
                      "problem": f"annotation failed in {name}: {type(exc).__name__}: {exc}"} for name, exc in failures]
        for name in LONG_FRAMES:
            records[name].extend(found[name])
    if count_words:
        articles = articles.assign(n_words=pd.Series(counts, index=articles.index, dtype="int64"))
    frames = {name: _frame_of(records[name], name) for name in LONG_FRAMES}
    errors = pd.concat([load_errors(articles), schema.conform(problems, "errors")], ignore_index=True)
    return Annotations(articles=nest(articles, frames, records=nested), errors=errors, **frames)


def _frame_of(records: list[dict], name: str) -> pd.DataFrame:
    """The schema frame ``name`` of extractor records, built column by column: a fifth faster than
    letting pandas collect the columns of a list of dicts.

    >>> frame = _frame_of([{"path": "a.zip", "problem": "empty"}], "errors")
    >>> frame["path"].tolist(), frame["severity"].isna().tolist()
    (['a.zip'], [True])
    """
    columns = schema.columns(name)
    try:
        # One C-level pass picks every column of a record (records carry them all as a rule).
        rows = list(map(itemgetter(*columns), records))
    except KeyError:  # a record without an optional column: that cell is missing
        rows = [tuple(map(record.get, columns)) for record in records]
    values = zip(*rows) if rows else ([] for _ in columns)
    # Object columns as they come: conform casts each to its schema dtype, so pandas' inference first is wasted.
    return schema.conform(pd.DataFrame(dict(zip(columns, map(list, values))), dtype=object), name)


# Annotating a batch creates no reference cycles (after a 500-article batch with the collector
# off, gc.collect() finds nothing to free), so a collection during a batch would walk the live
# tokens, records and frames and free nothing.
@contextmanager
def collector_paused() -> Iterator[None]:
    """Keep the cyclic garbage collector off inside the block (as it was afterwards).

    Reference counting still frees everything that holds no cycle; a cycle made inside the
    block is freed by the first collection after it.

    >>> with collector_paused():
    ...     gc.isenabled()
    False
    >>> gc.isenabled()
    True
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def nest(articles: pd.DataFrame, frames: dict[str, pd.DataFrame], records: bool = True) -> pd.DataFrame:
    """``articles`` plus, per article, its records of each long frame and the ``actors``/``speakers``
    summaries (``records=False``: the summaries alone).

    >>> arts = pd.DataFrame({"article_id": ["a", "b"], "text": ["x", "y"]})
    >>> ents = pd.DataFrame({"article_id": ["a", "a"], "actor_id": ["syria", "syria"]})
    >>> nest(arts, {"entities": ents})[["article_id", "actors"]].values.tolist()
    [['a', ['syria']], ['b', []]]
    """
    out = articles.reset_index(drop=True)  # a new frame: the columns added below stay out of ``articles``
    ids = out["article_id"].astype(str).tolist()
    frames = {name: frames[name] if name in frames else schema.empty(name) for name in LONG_FRAMES}
    if records:
        for name in LONG_FRAMES:
            grouped = _records_by_article(frames[name])
            out[name] = pd.Series([grouped.get(a, []) for a in ids], dtype=object)
    entities, quotes = frames["entities"], frames["quotes"]
    out["actors"] = _distinct_by_article(ids, entities["article_id"].tolist(), _present(entities["actor_id"]))
    if "speaker" in quotes.columns:
        speakers = [s if a is None else a for s, a in zip(_present(quotes["speaker"]), _present(quotes["speaker_actor"]))]
    else:
        speakers = []
    out["speakers"] = _distinct_by_article(ids, quotes["article_id"].tolist(), speakers)
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
    catalogue: pd.DataFrame | None = None,
    model_scope: str = "triggers",
    workers: int | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: bool = False,
) -> Annotations:
    """Entities, quotes, dates and stance of every article, as one :class:`Annotations`.

    ``articles`` is any frame with ``article_id`` and ``text`` (``published``
    anchors relative dates), or a Dask DataFrame: then the frames are Dask
    frames, annotated partition by partition on the cluster when computed
    (``result.compute()``). ``catalogue`` is the actor catalogue every
    extractor uses (``workbench.load_catalogue(extra="my_actors.csv")``; None:
    the shipped one). ``model_scope`` is where the entities model reads, one of
    :func:`model_scopes`: "triggers" (the default) around titles, organisation nouns and
    reporting verbs; "confident" also between them, keeping only its confident persons and
    bodies there (more recall, about half of the added rows wrong, about a fifth more CPU;
    docs/actors.md, round 91); "all" every sentence. A pandas frame of more than ``batch_size`` rows is
    spread over ``workers`` processes (default: all available cores; 1 keeps
    everything in this process). ``progress`` shows a progress bar.
    """
    from workbench.frames import parallel

    check_model_scope(model_scope)
    if parallel.is_dask_frame(articles):
        return parallel.annotate_dask(articles, catalogue=catalogue, model_scope=model_scope)
    workers = parallel.available_cores() if workers is None else max(1, workers)
    if workers == 1 or len(articles) <= batch_size:
        result = annotate_frame(articles, catalogue, model_scope=model_scope)
    else:
        with parallel.process_pool(workers) as pool:
            done = dict(parallel.annotate_batches(enumerate(_batches(articles, batch_size)), pool,
                                                  catalogue=catalogue, model_scope=model_scope, progress=progress))
        flat = combine([done[i] for i in sorted(done)])
        # Workers return the records once, in the long frames; the per-article lists are built here.
        frames = {name: getattr(flat, name) for name in LONG_FRAMES}
        errors = pd.concat([load_errors(articles), flat.errors], ignore_index=True)
        result = Annotations(articles=nest(articles, frames), errors=errors, **frames)
    result.articles.attrs = dict(articles.attrs)
    failed = result.errors.loc[result.errors["problem"].str.startswith("annotation failed"), "path"].nunique()
    if failed:
        warnings.warn(f"annotation failed on {failed} article(s); see the errors frame", LoadWarning, stacklevel=2)
    return result


def _batches(articles: pd.DataFrame, size: int) -> Iterator[pd.DataFrame]:
    for begin in range(0, len(articles), size):
        batch = articles.iloc[begin:begin + size]
        batch.attrs = {}  # the load errors are reported once, not shipped with every batch
        yield batch


def _records_by_article(frame: pd.DataFrame) -> dict[str, list[dict]]:
    """Each article's rows as dicts (as ``DataFrame.to_dict("records")``, NA as None), built from
    whole columns: several times faster than ``to_dict`` on a corpus batch."""
    names = [c for c in frame.columns if c != "article_id"]
    rows = list(map(dict, map(zip, repeat(names), zip(*[_python_values(frame[c]) for c in names]))))
    # An article's rows stand together (annotate appends them article by article), so they are
    # handed over as slices of runs rather than one dictionary look-up a row; a run met again
    # (rows in another order) is appended to the article's earlier ones.
    grouped: dict[str, list[dict]] = {}
    at = 0
    for aid, run in groupby(frame["article_id"].tolist()):
        end = at + len(list(run))
        grouped.setdefault(aid, []).extend(rows[at:end])
        at = end
    return grouped


def _python_values(column: pd.Series) -> list:
    if isinstance(column.dtype, (pd.StringDtype, pd.BooleanDtype, pd.Int64Dtype, pd.Float64Dtype)):
        return column.to_numpy(dtype=object, na_value=None).tolist()
    return column.tolist()


def _present(column: pd.Series) -> list:
    """The values of ``column`` with every kind of missing value (None, NaN, NA, NaT) as None."""
    return column.to_numpy(dtype=object, na_value=None).tolist()


def _distinct_by_article(ids: list[str], article_ids: Iterable[str], values: Iterable[Any]) -> pd.Series:
    """Per article of ``ids``, the distinct ``values`` other than None (as strings) of its rows, in order."""
    seen: dict[str, dict[str, None]] = {}
    for aid, value in zip(article_ids, values):
        if value is not None:
            seen.setdefault(aid, {})[str(value)] = None
    return pd.Series([list(seen.get(a, ())) for a in ids], dtype=object)
