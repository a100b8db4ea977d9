"""The Parquet corpus store: :func:`annotate_to_store` writes it, :func:`open_corpus` reads it back.

A store is a folder with one Parquet dataset per frame (``articles``,
``entities``, ``quotes``, ``dates``, ``stance``, ``errors``) and ``files``, the
source files already read to the end. Each batch of articles is written as one
part file per frame, under temporary names renamed into place, the articles
part last: a batch without its articles part was never committed, is ignored
on reading and removed by the next run. So a killed run loses nothing it had
committed, and the next run picks up where it stopped without duplicates.

A later run skips the source files it has read unchanged (same size and
modification time) and annotates only the articles whose id is not stored
yet. Every part file records in its Parquet metadata the workbench version,
the extractors version (a hash of the code and data files that produce the
frames, so an upgrade within one release still counts as a change), the
actor catalogue version and the entities model scope that made it; a run or a
read that would mix versions or scopes stops with :class:`StoreVersionError`
(a part written before the scope was recorded ran the default, "triggers").

>>> import tempfile, workbench
>>> folder = tempfile.mkdtemp()
>>> annotate_to_store("seeds/000_404a58289b33eae6.txt", folder, workers=1).new_articles
1
>>> corpus = workbench.open_corpus(folder, actors=["syria"])
>>> len(corpus.articles), corpus.articles.loc[0, "source"]
(1, 'سيريانيوز')
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache, reduce
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as pads
import pyarrow.parquet as pq

from workbench import schema
from workbench.frames.annotate import DEFAULT_BATCH_SIZE, LONG_FRAMES, Annotations, catalogue_version, check_model_scope, nest
from workbench.load import iter_articles, load_errors, source_files

__all__ = ["annotate_to_store", "open_corpus", "store_versions", "current_versions", "extractors_version", "StoreVersionError", "StoreSummary"]

FRAMES = ("articles", *LONG_FRAMES, "errors")
_FILES = "files"
_META_KEY = b"workbench.store"
# The articles part keeps the summaries but not the per-article records, which
# are the long frames again: open_corpus nests them back.
_ARTICLE_COLUMNS = [c for c in schema.columns("annotated") if c not in LONG_FRAMES]
_ARROW_TYPES = {
    "string": pa.string(), "int64": pa.int64(), "Int64": pa.int64(), "float64": pa.float64(), "bool": pa.bool_(),
    "datetime64[ns, UTC]": pa.timestamp("ns", tz="UTC"), "datetime64[s]": pa.timestamp("s"),
    "object": pa.list_(pa.string()),
}


class StoreVersionError(RuntimeError):
    """The store was written by another workbench or catalogue version, or another model scope."""


@dataclass
class StoreSummary:
    """What one :func:`annotate_to_store` run did."""

    new_articles: int = 0
    already_stored: int = 0
    files_read: int = 0
    files_unchanged: int = 0
    duplicates: int = 0
    problems: int = 0
    seconds: float = 0.0


def current_versions(catalogue: pd.DataFrame | None = None, model_scope: str = "triggers") -> dict[str, str]:
    """The workbench version, the extractors version, the catalogue version (a hash of the
    actor catalogue's content: ``catalogue``, or the shipped one when None) and the entities
    ``model_scope``."""
    import workbench

    return {"workbench_version": workbench.__version__, "extractors_version": extractors_version(),
            "catalogue_version": catalogue_version(catalogue), "model_scope": model_scope}


@lru_cache(maxsize=1)
def extractors_version() -> str:
    """A hash of the installed code and data that produce the frames (text layer, extractors, their data).

    >>> len(extractors_version())
    16
    """
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for folder in ("text", "extract", "data", "frames"):
        for path in sorted((package / folder).rglob("*")):
            if path.is_file() and path.suffix in _VERSIONED_SUFFIXES:
                digest.update(path.relative_to(package).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# Code and data files; fonts and caches do not change what is extracted.
_VERSIONED_SUFFIXES = frozenset({".py", ".csv", ".yaml", ".yml", ".txt", ".json", ".crfsuite"})


def store_versions(directory: str | os.PathLike) -> dict[str, str] | None:
    """The versions that wrote the store at ``directory`` (None when it holds nothing yet).

    Raises :class:`StoreVersionError` when its parts disagree.
    """
    found = {json.dumps(_versions_of(part), sort_keys=True) for part in _committed(Path(directory))}
    if len(found) > 1:
        raise StoreVersionError(f"{directory} mixes parts written by different versions: {sorted(found)}")
    return json.loads(found.pop()) if found else None


def annotate_to_store(
    source: str | os.PathLike | Iterable[str | os.PathLike],
    out: str | os.PathLike,
    *,
    tz: str = "UTC",
    columns: dict[str, str] | None = None,
    catalogue: pd.DataFrame | None = None,
    model_scope: str = "triggers",
    workers: int | None = None,
    scheduler: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    progress: bool = False,
) -> StoreSummary:
    """Annotate the articles of ``source`` not yet in the store ``out`` and add them to it.

    ``source``, ``tz`` and ``columns`` as for :func:`workbench.load_articles`;
    ``catalogue`` is the actor catalogue of every extractor (None: the shipped
    one; its hash is the store's catalogue version); ``model_scope`` is where the entities model
    reads (as for :func:`workbench.annotate`), recorded with the store: a later run into it with
    another scope stops with :class:`StoreVersionError`, as with another catalogue. Work runs on ``workers``
    processes (default: all available cores) or, with ``scheduler``
    (``tcp://host:8786``), on that Dask cluster. An article met again in
    another source file is annotated once and reported once in ``errors``.
    """
    from workbench.frames.parallel import annotate_batches, available_cores

    began = time.perf_counter()
    store = _Writer(Path(out), current_versions(catalogue, check_model_scope(model_scope)), tz)
    summary = StoreSummary()
    todo = []
    for path in source_files(source):
        if _signature(path) in store.done_files:
            summary.files_unchanged += 1
        else:
            todo.append(path)
    workers = available_cores() if workers is None else max(1, workers)
    with _executor(workers, scheduler) as executor:
        # The workers count the words from the tokens they build, not this process from the text.
        batches = store.batches(todo, summary, tz=tz, columns=columns, batch_size=batch_size, count_words=False)
        for key, result in annotate_batches(batches, executor, catalogue=catalogue, model_scope=model_scope, max_pending=2 * workers,
                                            progress=progress, count_words=True):
            store.commit(key, result)
            summary.new_articles += len(result.articles)
            summary.problems += len(result.errors) + len(key.problems)
    summary.files_read = len(todo)
    summary.seconds = time.perf_counter() - began
    return summary


def open_corpus(
    directory: str | os.PathLike,
    *,
    start: str | pd.Timestamp | None = None,
    end: str | pd.Timestamp | None = None,
    sources: Sequence[str] | None = None,
    actors: Sequence[str] | None = None,
    tz: str | None = None,
    nested: bool = True,
) -> Annotations:
    """The frames of an annotated corpus store, filtered while reading the Parquet files.

    ``start``/``end`` bound ``published`` (a day without a time of day means
    the whole day, so ``end="2015-08-04"`` keeps all of 4 August; times without
    a zone are in ``tz``); ``sources`` keeps those outlets; ``actors`` keeps
    the articles that mention any of these actor ids. The long frames hold the
    rows of the articles kept; ``errors`` is always the whole table.
    ``published`` is shown in ``tz`` (default: the zone of the run that made
    the store). ``nested=False`` skips rebuilding the per-article record
    columns, which is faster for a large corpus.
    """
    directory = Path(directory)
    parts = _committed(directory)
    if not parts:
        raise FileNotFoundError(f"no annotated corpus in {directory} (run `workbench annotate SOURCE --out {directory}`)")
    versions = store_versions(directory)
    tz = tz or _meta_of(parts[-1]).get("tz", "UTC")
    stems = [p.stem for p in parts]
    conditions = []
    if start is not None:
        conditions.append(pc.field("published") >= _instant(start, tz))
    if end is not None:
        bound = pd.Timestamp(end)
        upper = pc.field("published") < _instant(bound + pd.Timedelta(days=1), tz) if _is_day(bound) else (
            pc.field("published") <= _instant(bound, tz))
        conditions.append(upper)
    if sources is not None:
        conditions.append(pc.field("source").isin(list(sources)))
    if actors is not None:
        mentioned = _read(directory, "entities", stems, pc.field("actor_id").isin(list(actors)), ["article_id"])
        conditions.append(pc.field("article_id").isin(_ids(mentioned["article_id"].unique())))
    articles = _read(directory, "articles", stems, reduce(lambda a, b: a & b, conditions) if conditions else None)
    keep = pc.field("article_id").isin(_ids(articles["article_id"])) if conditions else None
    frames = {name: schema.conform(_read(directory, name, stems, keep), name) for name in LONG_FRAMES}
    errors = schema.conform(_read(directory, "errors", stems, None), "errors")
    base = schema.conform(articles, "articles", tz=tz)
    if nested:
        articles = nest(base, frames)
    else:
        articles = pd.concat([base, articles[["actors", "speakers"]].map(list)], axis=1)
    articles.attrs["store_versions"] = versions
    return Annotations(articles=articles, errors=errors, **frames)


@dataclass(frozen=True)
class _BatchKey:
    path: str
    problems: pd.DataFrame


@dataclass
class _Writer:
    """The store being written: what it holds already, and the atomic commit of each batch."""

    root: Path
    versions: dict[str, str]
    tz: str
    first_seen: dict[str, str] = field(default_factory=dict)  # article id -> where it was first read
    done_files: set[tuple[str, int, int]] = field(default_factory=set)
    reported: set[tuple[str, str]] = field(default_factory=set)
    outstanding: dict[str, int] = field(default_factory=dict)
    read_to_end: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        for name in (*FRAMES, _FILES):
            (self.root / name).mkdir(parents=True, exist_ok=True)
        self._remove_uncommitted()
        stored = store_versions(self.root)
        if stored is not None and stored != self.versions:
            raise StoreVersionError(
                f"{self.root} was written by workbench {_describe(stored)}; this is workbench "
                f"{_describe(self.versions)}. Annotate into a new folder (or delete this one to rebuild it) "
                "rather than mixing results of different versions.")
        stems = [p.stem for p in _committed(self.root)]
        stored = _read(self.root, "articles", stems, None, ["article_id", "path"])
        self.first_seen = dict(zip(stored["article_id"], stored["path"]))
        errors = _read(self.root, "errors", stems, None, ["path", "problem"])
        self.reported = set(zip(errors["path"], errors["problem"]))
        files = _read_files(self.root)
        self.done_files = set(zip(files["path"], files["size"], files["mtime_ns"]))

    def batches(self, paths: list[str], summary: StoreSummary, **load: Any) -> Iterator[tuple[_BatchKey, pd.DataFrame]]:
        """New articles of ``paths`` in batches, each with the problems not reported before: those of
        loading, and articles already read from another source file (annotated once)."""
        for path in paths:
            self.outstanding[path] = 0
            for batch in iter_articles(path, **load):
                # A set look-up per article: Series.isin would convert every stored id each batch.
                stored = pd.Series([a in self.first_seen for a in batch["article_id"]], index=batch.index, dtype=bool)
                earlier = [self.first_seen[a] for a in batch.loc[stored, "article_id"]]
                # Read before from this very file (a changed file read again): stored, not a duplicate.
                elsewhere = [not _same_file(e, path) for e in earlier]
                duplicates = schema.conform(
                    [{"path": p, "problem": f"duplicate of the article in {e}; annotated once", "severity": "warning"}
                     for p, e, other in zip(batch.loc[stored, "path"], earlier, elsewhere) if other], "errors")
                problems = pd.concat([load_errors(batch), duplicates], ignore_index=True)
                problems = problems.loc[[(p, q) not in self.reported for p, q in zip(problems["path"], problems["problem"])]]
                self.reported.update(zip(problems["path"], problems["problem"]))
                fresh = batch[~stored]
                summary.already_stored += len(elsewhere) - sum(elsewhere)
                summary.duplicates += sum(elsewhere)
                if fresh.empty and problems.empty:
                    continue
                self.first_seen.update(zip(fresh["article_id"], fresh["path"]))
                fresh.attrs = {}
                self.outstanding[path] += 1
                yield _BatchKey(path, problems.reset_index(drop=True)), fresh
            self.read_to_end.add(path)
            self._finish_if_done(path)

    def commit(self, key: _BatchKey, result: Annotations) -> None:
        """Write one batch's parts; renaming the articles part into place commits it."""
        stem = f"part-{time.time_ns():020d}-{uuid.uuid4().hex[:8]}"
        tables = {name: frame for name, frame in result.frames().items() if name != "articles"}
        tables["errors"] = pd.concat([key.problems, result.errors], ignore_index=True)
        tables["articles"] = result.articles
        written = [self._write(name, frame, stem) for name, frame in tables.items()]
        for temporary in written:  # the articles part is the last one
            temporary.rename(temporary.with_suffix(".parquet"))
        self.outstanding[key.path] -= 1
        self._finish_if_done(key.path)

    def _finish_if_done(self, path: str) -> None:
        if path in self.read_to_end and self.outstanding[path] == 0:
            size, mtime = _signature(path)[1:]
            table = pa.table({"path": [_signature(path)[0]], "size": [size], "mtime_ns": [mtime]})
            target = self.root / _FILES / f"part-{time.time_ns():020d}-{uuid.uuid4().hex[:8]}.parquet"
            pq.write_table(table, target.with_suffix(".tmp"))
            target.with_suffix(".tmp").rename(target)
            self.read_to_end.discard(path)

    def _write(self, name: str, frame: pd.DataFrame, stem: str) -> Path:
        spec = "annotated" if name == "articles" else name
        cols = _ARTICLE_COLUMNS if name == "articles" else schema.columns(name)
        if list(frame.columns) != cols or frame.dtypes.astype(str).tolist() != [schema.dtypes(spec)[c] for c in cols]:
            frame = schema.conform(frame, spec)[cols]  # the workers' long frames are conformed already
        arrow_schema = pa.schema([(c, _ARROW_TYPES[schema.dtypes(spec)[c]]) for c in cols])
        meta = json.dumps({**self.versions, "frame": name, "tz": self.tz}).encode()
        table = pa.Table.from_pandas(frame, schema=arrow_schema, preserve_index=False)
        table = table.replace_schema_metadata({**(table.schema.metadata or {}), _META_KEY: meta})
        temporary = self.root / name / f"{stem}.tmp"
        pq.write_table(table, temporary)
        return temporary

    def _remove_uncommitted(self) -> None:
        committed = {p.stem for p in _committed(self.root)}
        for name in (*FRAMES, _FILES):
            for path in (self.root / name).iterdir():
                if path.suffix == ".tmp" or (name != _FILES and path.suffix == ".parquet" and path.stem not in committed):
                    path.unlink()


@contextmanager
def _executor(workers: int, scheduler: str | None) -> Iterator[Executor]:
    from workbench.frames.parallel import cluster_executor, process_pool

    if scheduler:
        with cluster_executor(scheduler) as executor:
            yield executor
    elif workers == 1:
        # One worker thread: annotation runs beside the reading and writing, on one core's worth of GIL.
        with ThreadPoolExecutor(max_workers=1) as executor:
            yield executor
    else:
        with process_pool(workers) as executor:
            yield executor


def _committed(root: Path) -> list[Path]:
    folder = root / "articles"
    return sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []


def _read(root: Path, name: str, stems: list[str], condition: Any, columns: list[str] | None = None) -> pd.DataFrame:
    files = [str(root / name / f"{stem}.parquet") for stem in stems]
    if not files:
        return schema.empty("annotated" if name == "articles" else name)[columns or slice(None)]
    dataset = pads.dataset(files, format="parquet")
    return dataset.to_table(columns=columns, filter=condition).to_pandas()


def _read_files(root: Path) -> pd.DataFrame:
    files = sorted((root / _FILES).glob("part-*.parquet"))
    if not files:
        return pd.DataFrame({"path": [], "size": [], "mtime_ns": []})
    return pads.dataset([str(f) for f in files], format="parquet").to_table().to_pandas()


def _same_file(article_path: str, source: str) -> bool:
    """Whether an article's ``path`` (file, with ``:line`` or ``/member:row`` inside it) lies in ``source``."""
    return article_path == source or article_path.startswith((f"{source}:", f"{source}/", f"{source}!"))


def _signature(path: str) -> tuple[str, int, int]:
    stat = os.stat(path)
    return os.path.abspath(path), stat.st_size, stat.st_mtime_ns


def _meta_of(part: Path) -> dict[str, str]:
    metadata = pq.read_schema(part).metadata or {}
    return json.loads(metadata.get(_META_KEY, b"{}"))


def _describe(versions: dict[str, str]) -> str:
    return (f"{versions['workbench_version']} (extractors {versions['extractors_version']}) "
            f"with catalogue {versions['catalogue_version']} and model scope {versions['model_scope']}")


# What a part's metadata lacks: versions unknown; the model scope was recorded once it could be
# chosen, and a part without it ran the only scope there was.
_UNRECORDED = {"workbench_version": "unknown", "extractors_version": "unknown", "catalogue_version": "unknown",
               "model_scope": "triggers"}


def _versions_of(part: Path) -> dict[str, str]:
    meta = _meta_of(part)
    return {key: meta.get(key, missing) for key, missing in _UNRECORDED.items()}


def _instant(value: str | pd.Timestamp, tz: str) -> pa.Scalar:
    stamp = pd.Timestamp(value)
    stamp = stamp.tz_localize(tz) if stamp.tzinfo is None else stamp
    return pa.scalar(stamp.tz_convert("UTC"), pa.timestamp("ns", tz="UTC"))


def _ids(values: Iterable[str]) -> pa.Array:
    # Typed explicitly: an empty selection would otherwise be a null array, which a string column refuses.
    return pa.array([str(v) for v in values], type=pa.string())


def _is_day(stamp: pd.Timestamp) -> bool:
    return stamp == stamp.normalize()
