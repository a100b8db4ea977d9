"""Time the charts, the label helper and the curated notebooks on a real corpus.

    .venv/bin/python benchmarks/charts.py                     # charts on seeds/ (annotated once into a temporary store)
    .venv/bin/python benchmarks/charts.py --report            # also run the four notebooks headless, as `make report` does
    .venv/bin/python benchmarks/charts.py --corpus ../shared/data/saudinewsnet/2015-07-2*.zip

For each chart: seconds to build the Figure from the frames, seconds to draw it
to PNG at the notebooks' display resolution (what Jupyter and the HTML export
do), and the PNG's size. The label helper is timed on every actor name and
speaker of the corpus. With ``--report``: seconds per notebook (papermill, a
fresh kernel each) and the size of each HTML file. Peak memory is the
process' maximum resident set size (the kernels of ``--report`` are other
processes and not counted).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workbench import charts  # noqa: E402
from workbench.report import NOTEBOOKS_DIR, open_annotated, run_notebooks  # noqa: E402


def timed(action):
    began = time.perf_counter()
    result = action()
    return result, time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="+", default=[str(ROOT / "seeds")])
    parser.add_argument("--report", action="store_true", help="also execute the notebooks on the corpus")
    args = parser.parse_args()
    corpus = args.corpus if len(args.corpus) > 1 else args.corpus[0]
    with tempfile.TemporaryDirectory() as folder:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # load problems are the loader benchmark's business
            found, seconds = timed(lambda: open_annotated(corpus, Path(folder) / "store", workers=1))
        print(f"corpus: {args.corpus}: {len(found.articles)} articles, {len(found.entities)} mentions, "
              f"{len(found.quotes)} quotes, {len(found.dates)} dates, {len(found.stance)} stances "
              f"(loaded and annotated in {seconds:.1f} s)\n")
        build = {
            "top_actors": lambda: charts.top_actors(found.entities),
            "mentions_over_time": lambda: charts.mentions_over_time(found.entities, found.articles),
            "stance_heatmap": lambda: charts.stance_heatmap(found.stance),
            "stance_network": lambda: charts.stance_network(found.stance),
            "quotes_by_speaker": lambda: charts.quotes_by_speaker(found.quotes),
            "date_timeline": lambda: charts.date_timeline(found.dates),
            "top_actors (en)": lambda: charts.top_actors(found.entities, lang="en"),
        }
        print("| chart | build s | draw PNG s | PNG KB |")
        print("|---|---:|---:|---:|")
        for name, make in build.items():
            figure, build_s = timed(make)
            (png, _), draw_s = timed(figure._repr_png_)
            print(f"| {name} | {build_s:.3f} | {draw_s:.3f} | {len(png) / 1024:.0f} |")
        names = [*found.entities["actor_ar"].dropna(), *found.quotes["speaker"].dropna()]
        _, label_s = timed(lambda: [charts.label(n) for n in names])
        print(f"\nlabel helper: {len(names)} labels in {label_s:.3f} s ({len(names) / label_s:,.0f} labels/s)")
        if args.report:
            print("\n| notebook | run + HTML s | HTML KB |")
            print("|---|---:|---:|")
            out = Path(folder) / "reports"
            for notebook in sorted(NOTEBOOKS_DIR.glob("*.ipynb")):
                (html,), seconds = timed(lambda: run_notebooks([notebook], out, {"corpus": corpus, "store": str(Path(folder) / "store")}))
                print(f"| {notebook.stem} | {seconds:.1f} | {html.stat().st_size / 1024:.0f} |")
    print(f"\npeak memory (max RSS of this process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
