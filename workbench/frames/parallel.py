"""Run the annotation over many cores or a Dask cluster.

One machine: :func:`process_pool` starts worker processes once; each imports
the extractors and loads the catalogue and models once (they are cached per
process), and only batches of articles travel to them. A cluster: a
``dask.distributed`` client's executor takes the same batches
(:func:`cluster_executor`), and a Dask DataFrame is annotated partition by
partition (:func:`annotate_dask`). :func:`annotate_batches` streams results as
they finish with a bounded number of batches in flight, so memory stays flat
however large the corpus.

>>> available_cores() >= 1
True
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from contextlib import contextmanager
from typing import Any, TypeVar

import pandas as pd

from workbench.frames.annotate import Annotations, annotate_frame

__all__ = ["available_cores", "process_pool", "cluster_executor", "annotate_batches", "annotate_dask", "is_dask_frame"]

Key = TypeVar("Key")


def available_cores() -> int:
    """Cores this process may run on (respects CPU affinity, e.g. in containers)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@contextmanager
def process_pool(workers: int) -> Iterator[ProcessPoolExecutor]:
    """A pool of ``workers`` processes, started from a clean interpreter.

    forkserver (spawn where there is none) rather than fork: forking a process
    that runs threads (progress bar, Arrow, Jupyter) can deadlock the child. The
    forkserver loads the extractors and their data once (:mod:`workbench.frames.preload`)
    and every worker forked from it starts with them loaded.
    """
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Only takes effect when this process starts its forkserver (the first pool it opens).
        context.set_forkserver_preload(["__main__", "workbench.frames.preload"])
    else:
        context = multiprocessing.get_context("spawn")
    # Annotating makes no reference cycles (see annotate.collector_paused), so the workers run
    # without the cyclic collector: after each batch it would walk everything the batch added
    # to the per-word memos (about 1 % of a worker's time), and reference counting frees the rest.
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=gc.disable) as pool:
        yield pool


@contextmanager
def cluster_executor(address: str) -> Iterator[Executor]:
    """An executor on the Dask cluster whose scheduler listens at ``address`` (``tcp://host:8786``).

    The workers need the workbench installed (the same version as here).
    """
    from distributed import Client

    with Client(address) as client:
        yield client.get_executor(pure=False)


def annotate_batches(
    batches: Iterable[tuple[Key, pd.DataFrame]],
    executor: Executor,
    *,
    catalogue: pd.DataFrame | None = None,
    model_scope: str = "triggers",
    max_pending: int | None = None,
    progress: bool = False,
    count_words: bool = False,
) -> Iterator[tuple[Key, Annotations]]:
    """Annotate ``(key, frame)`` batches on ``executor`` with the actor ``catalogue`` (None: the
    shipped one) and the entities ``model_scope`` (as for :func:`workbench.annotate`); yield
    ``(key, result)`` as each finishes.

    Results come without the per-article record lists (``annotate_frame(..., nested=False)``):
    the long frames hold the same records, and shipping them twice between processes would
    cost more than building the lists. ``count_words``: as for :func:`annotate_frame`. At most
    ``max_pending`` batches (default: twice the available cores) are in flight, so a corpus
    streams through with bounded memory.
    """
    limit = max_pending or 2 * available_cores()
    pending: dict[Future, Key] = {}
    sizes: dict[Future, int] = {}
    bar = _progress_bar(progress)

    def finished(block: bool) -> Iterator[tuple[Key, Annotations]]:
        done, _ = wait(pending, return_when=FIRST_COMPLETED) if block else (
            [f for f in pending if f.done()], None)
        for future in done:
            key = pending.pop(future)
            bar.update(sizes.pop(future))
            yield key, future.result()

    try:
        for key, batch in batches:
            while len(pending) >= limit:
                yield from finished(block=True)
            future = executor.submit(annotate_frame, batch, catalogue, False, count_words, model_scope)
            pending[future], sizes[future] = key, len(batch)
            yield from finished(block=False)
        while pending:
            yield from finished(block=True)
    finally:
        for future in pending:
            future.cancel()
        bar.close()


def annotate_dask(ddf: Any, catalogue: pd.DataFrame | None = None, model_scope: str = "triggers") -> Annotations:
    """Lazy :class:`Annotations` of a Dask DataFrame with the actor ``catalogue`` (None: the
    shipped one) and the entities ``model_scope`` (as for :func:`workbench.annotate`): one Dask
    frame each, one task per partition.

    ``result.compute()`` computes all frames in one pass; the partitions run
    wherever the active scheduler (a ``distributed.Client``) sends them.
    """
    import dask
    import dask.dataframe as dd

    meta = annotate_frame(ddf._meta)  # empty frames with the result's columns and dtypes
    # The catalogue goes to the cluster once, not once per partition.
    shared = None if catalogue is None else dask.delayed(catalogue, pure=True)
    results = [dask.delayed(annotate_frame, pure=True)(part, shared, model_scope=model_scope) for part in ddf.to_delayed()]
    # Dask would otherwise turn the per-article record lists (object columns) into strings.
    with dask.config.set({"dataframe.convert-string": False}):
        return Annotations(**{
            name: dd.from_delayed([dask.delayed(getattr, pure=True)(r, name) for r in results], meta=empty, verify_meta=False)
            for name, empty in meta.frames().items()
        })


def is_dask_frame(obj: Any) -> bool:
    """True for a Dask DataFrame (checked without importing Dask when it is not loaded)."""
    import sys

    dd = sys.modules.get("dask.dataframe")
    return dd is not None and isinstance(obj, dd.DataFrame)


def _progress_bar(show: bool) -> Any:
    from tqdm.auto import tqdm

    return tqdm(unit=" articles", desc="annotating", disable=not show, smoothing=0.1)
