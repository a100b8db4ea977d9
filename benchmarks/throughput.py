"""Throughput of the whole pipeline on a real corpus, and two baselines.

Annotates a corpus (default: all of SaudiNewsNet in ../shared/data/saudinewsnet,
31,030 articles) into a fresh Parquet store with every core, re-runs it with
nothing new, times one process on an evenly spread sample, and on the same
500 articles compares this workbench's date extraction with
``dateparser.search_dates`` and its tokenisation with camel-tools'
``simple_word_tokenize``. Prints one Markdown table.

    .venv/bin/python benchmarks/throughput.py                 # the whole corpus
    .venv/bin/python benchmarks/throughput.py --corpus ../shared/data/saudinewsnet/2015-07-21.zip --sample 200 --compare 100
    .venv/bin/python benchmarks/throughput.py --corpus ../shared/data/saudinewsnet/2015-07-22.zip --profile 300

Needs the ``bench`` extra (``pip install -e '.[bench]'``) and, for the
tokeniser baseline, ``pip install --no-deps camel-tools`` (its declared
dependencies include torch and transformers, which the tokenizer module does
not use); without it that row says so.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

import pandas as pd
import psutil

import workbench
from workbench.frames.annotate import annotate
from workbench.frames.parallel import available_cores
from workbench.frames.store import annotate_to_store
from workbench.text import Document, tokenize

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "saudinewsnet"


class ProcessWatch:
    """Peak resident memory of this process and all its children together, and the CPU time they
    used (user + system), sampled every 0.1 s. CPU time, unlike wall time, hardly depends on what
    else runs on a shared machine."""

    def __init__(self) -> None:
        self.peak = 0
        self._cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def __enter__(self) -> ProcessWatch:
        self._own_cpu = time.process_time()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self._own_cpu = time.process_time() - self._own_cpu

    @property
    def cpu(self) -> float:
        """CPU seconds of this process and its children while watched (a child's last 0.1 s may be missed)."""
        return self._own_cpu + sum(self._cpu.values())

    def _watch(self) -> None:
        me = psutil.Process()
        children: list[psutil.Process] = []
        for tick in itertools.count():
            if self._stop.is_set():
                break
            # Listing the children scans every process of the machine (2 ms); they only change
            # when workers start or end, so the list is refreshed once a second and the watch
            # itself costs about 0.3 % of a core instead of 2.5 %.
            if tick % 10 == 0:
                children = me.children(recursive=True)
            total = me.memory_info().rss
            for proc in children:
                try:
                    total += proc.memory_info().rss
                    times = proc.cpu_times()
                    self._cpu[proc.pid] = times.user + times.system
                except psutil.Error:
                    pass  # a worker that just ended
            self.peak = max(self.peak, total)
            self._stop.wait(0.1)


def spread_sample(articles: pd.DataFrame, n: int) -> pd.DataFrame:
    """``n`` articles taken at even steps through the corpus (every outlet and day represented)."""
    step = max(len(articles) // max(n, 1), 1)
    return articles.iloc[::step].head(n).reset_index(drop=True)


def time_per_article(function, texts: list) -> float:
    """Seconds ``function`` takes over ``texts``, with the garbage collector off as ``timeit`` has it: the
    corpus run leaves some 300,000 objects behind, and a full collection of them landing in one side's
    window (not the other's) moved the tokeniser comparison between 0.4 and 0.9."""
    gc.collect()
    gc.disable()
    try:
        began = time.perf_counter()
        for text in texts:
            function(text)
        return time.perf_counter() - began
    finally:
        gc.enable()


def compare_dates(sample: pd.DataFrame) -> tuple[float, float]:
    from dateparser.search import search_dates

    from workbench.extract.dates import dates_for

    docs = [Document(a, t, p) for a, t, p in zip(sample["article_id"], sample["text"], sample["published"])]
    ours = time_per_article(dates_for, docs)  # fresh documents: the text layer the dates need is included
    search_dates("اليوم", languages=["ar"])  # dateparser loads its language data on first use
    theirs = time_per_article(lambda text: search_dates(text, languages=["ar"]), sample["text"].tolist())
    return ours, theirs


def compare_tokens(sample: pd.DataFrame) -> tuple[float, float] | None:
    try:
        from camel_tools.tokenizers.word import simple_word_tokenize
    except ImportError:
        return None
    texts = sample["text"].tolist()
    simple_word_tokenize(texts[0])
    # One round each: a second round of the same texts would find every word memoised.
    return time_per_article(tokenize, texts), time_per_article(simple_word_tokenize, texts)


def profile(corpus: str, tz: str, n: int) -> int:
    """Print where one process spends its time annotating the first ``n`` articles of ``corpus``."""
    from pyinstrument import Profiler

    articles = next(workbench.load.iter_articles(corpus, tz=tz, batch_size=n))
    annotate(articles.head(5), workers=1)  # load the catalogue and models outside the profile
    profiler = Profiler()
    with profiler:
        began = time.perf_counter()
        annotate(articles, workers=1)
        elapsed = time.perf_counter() - began
    print(profiler.output_text(unicode=False, color=False))
    print(f"{len(articles)} articles, {1000 * elapsed / len(articles):.1f} ms per article under the profiler")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=str(DEFAULT_CORPUS), help="corpus to annotate (default: all of SaudiNewsNet)")
    parser.add_argument("--tz", default="Asia/Riyadh")
    parser.add_argument("--workers", type=int, default=available_cores(), help="processes for the all-cores run")
    parser.add_argument("--sample", type=int, default=1000, help="articles of the single-process run")
    parser.add_argument("--compare", type=int, default=500, help="articles of the dateparser / camel-tools comparisons")
    parser.add_argument("--profile", type=int, metavar="N", help="only profile one process on N articles (pyinstrument)")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore", workbench.LoadWarning)
    if args.profile:
        return profile(args.corpus, args.tz, args.profile)

    rows: list[tuple[str, str]] = []
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as scratch:
        store = Path(scratch) / "store"
        with ProcessWatch() as watch:
            began = time.perf_counter()
            full = annotate_to_store(args.corpus, store, tz=args.tz, workers=args.workers, progress=True)
            wall = time.perf_counter() - began
        load_after = os.getloadavg()[0]
        rows += [
            ("articles annotated (whole corpus)", f"{full.new_articles:,}"),
            ("problems recorded (broken or empty items)", f"{full.problems:,}"),
            (f"wall time, {args.workers} processes", f"{wall:.1f} s"),
            (f"articles per second, {args.workers} processes", f"{full.new_articles / wall:.1f}"),
            ("CPU time, all processes together (main process and workers)",
             f"{watch.cpu:.1f} s = {1000 * watch.cpu / full.new_articles:.2f} ms per article"),
            ("peak memory (RSS, all processes together)", f"{watch.peak / 2**30:.2f} GB"),
            # Other jobs on the machine share its cores: the 1-minute load average says how much.
            ("load average (1 min) before / after the whole-corpus run", f"{load_before:.2f} / {load_after:.2f}"),
        ]
        began = time.perf_counter()
        rerun = subprocess.run([sys.executable, "-m", "workbench", "annotate", args.corpus, "--out", str(store),
                                "--tz", args.tz, "--no-progress"], capture_output=True, text=True, cwd=ROOT)
        noop = time.perf_counter() - began
        if rerun.returncode != 0:
            raise SystemExit(f"re-run failed: {rerun.stderr}")
        rows.append(("incremental re-run with nothing new (`workbench annotate`, fresh process)", f"{noop:.1f} s"))
        stored = workbench.open_corpus(store, nested=False)
        rows += [(f"rows stored: {name}", f"{len(frame):,}") for name, frame in stored.frames().items() if name != "articles"]

    articles = workbench.load_articles(args.corpus, tz=args.tz)
    sample = spread_sample(articles, args.sample)
    annotate(articles.iloc[1:6], workers=1)  # load the catalogue and models first, as every worker does once
    began, cpu_began = time.perf_counter(), time.process_time()
    annotate(sample, workers=1)
    single, single_cpu = time.perf_counter() - began, time.process_time() - cpu_began
    rows.append((f"articles per second, 1 process ({len(sample)} articles spread over the corpus)", f"{len(sample) / single:.1f}"))
    rows.append(("CPU time per article, 1 process (same articles)", f"{1000 * single_cpu / len(sample):.2f} ms"))

    # Other articles than the single-process sample, which has already warmed this process
    # (the tokeniser memoises its per-word analysis, as in any long corpus run).
    compared = spread_sample(articles.iloc[1:], args.compare)
    ours, theirs = compare_dates(compared)
    rows.append((f"date extraction: workbench / dateparser.search_dates ({len(compared)} articles)",
                 f"{ours:.2f} s / {theirs:.2f} s = {ours / theirs:.3f}"))
    tokens = compare_tokens(compared)
    rows.append((f"tokenisation: workbench / camel-tools simple_word_tokenize ({len(compared)} articles)",
                 "camel-tools not installed" if tokens is None else
                 f"{tokens[0]:.2f} s / {tokens[1]:.2f} s = {tokens[0] / tokens[1]:.2f}"))

    print(f"\nthroughput on {args.corpus} ({available_cores()} cores available, workbench {workbench.__version__})\n")
    print("| measure | value |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
