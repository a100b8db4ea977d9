"""CPU time of ``stance_for`` per article for several commits of the stance extractor, alternated in one process.

    .venv/bin/python benchmarks/stance_speed.py b25f8ca 890fe7e
    .venv/bin/python benchmarks/stance_speed.py b25f8ca --corpus /work/shared/data/saudinewsnet/2015-07-25.zip --limit 500

Each named commit's ``workbench/extract/stance`` and ``workbench/data/stance`` are copied (``git
archive``) into a temporary package with their own lexicon; the working tree's code is timed as
``working tree``. The text layer, actor mentions and quotes are computed once beforehand (as
``workbench.annotate`` shares them) and untimed. The versions run article by article, the order
rotated from article to article (the first call on an article pays for bringing it into the CPU
caches) and the garbage collector off while timing; each article's best of ``--repeat`` runs is
summed. Also prints how many articles' rows differ from the first version's.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import io
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import workbench  # noqa: E402
from workbench.extract.entities import entities_for  # noqa: E402
from workbench.extract.quotes import quotes_for  # noqa: E402
from workbench.extract.stance import stance_for  # noqa: E402
from workbench.text import documents  # noqa: E402

DEFAULT_CORPUS = "/work/shared/data/saudinewsnet/2015-07-22.zip"


def frozen_copy(commit: str, into: Path):
    """``stance_for`` of ``commit``, imported from a copy of its stance package and data."""
    name = "stance_" + re.sub(r"\W", "_", commit)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "workbench/extract/stance",
                              "workbench/data/stance"], check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into / name, filter="data")
    package = into / name / "workbench" / "extract" / "stance"
    data = into / name / "workbench" / "data" / "stance"
    for module in package.glob("*.py"):
        source = module.read_text(encoding="utf-8").replace("workbench.extract.stance", name)
        source = re.sub(r"^DATA_DIR = .*$", f"DATA_DIR = Path({str(data)!r})", source, flags=re.M)
        module.write_text(source, encoding="utf-8")
    (into / name / "pkg").mkdir()
    package.rename(into / name / "pkg" / name)
    sys.path.insert(0, str(into / name / "pkg"))
    return importlib.import_module(f"{name}.extractor").stance_for


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("commits", nargs="*", help="commits to time besides the working tree")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    articles = workbench.load_articles(args.corpus, tz="Asia/Riyadh").head(args.limit)
    inputs = []
    for doc in documents(articles):
        mentions = entities_for(doc)
        inputs.append((doc, mentions, quotes_for(doc, mentions)))
    with tempfile.TemporaryDirectory() as folder:
        versions = [(commit, frozen_copy(commit, Path(folder))) for commit in args.commits]
        versions.append(("working tree", stance_for))
        outputs = {name: [f(*item) for item in inputs] for name, f in versions}  # also warms caches
        gc.collect()
        gc.disable()
        best = {name: [float("inf")] * len(inputs) for name, _ in versions}
        for run in range(args.repeat):
            for k, item in enumerate(inputs):
                shift = (k + run) % len(versions)
                for name, f in versions[shift:] + versions[:shift]:
                    started = time.process_time()
                    f(*item)
                    best[name][k] = min(best[name][k], time.process_time() - started)
        gc.enable()
    first = versions[0][0]
    print(f"stance_for CPU per article, {len(inputs)} articles of {Path(args.corpus).name}, "
          f"each article's best of {args.repeat} summed")
    print(f"{'version':<14} {'ms/article':>10} {'vs first':>9} {'rows':>6} {'articles differing from ' + first:>34}")
    for name, _ in versions:
        per_article = sum(best[name]) / len(inputs) * 1000
        ratio = sum(best[name]) / sum(best[first]) - 1
        differing = sum(a != b for a, b in zip(outputs[name], outputs[first]))
        print(f"{name:<14} {per_article:>10.3f} {ratio:>+9.1%} {sum(map(len, outputs[name])):>6} {differing:>34}")


if __name__ == "__main__":
    main()
