"""CPU time per article of one extractor's ``<name>_for``, older commits against the working tree, in one process.

    .venv/bin/python benchmarks/extractor_cpu.py --extractor stance b25f8ca 890fe7e
    .venv/bin/python benchmarks/extractor_cpu.py --extractor dates b25f8ca --limit 300
    .venv/bin/python benchmarks/extractor_cpu.py --extractor quotes b25f8ca --corpus /work/shared/data/saudinewsnet/2015-07-25.zip
    .venv/bin/python benchmarks/extractor_cpu.py --extractor entities --option foreign_words=True

Each named commit's ``workbench/extract/<area>`` and ``workbench/data/<area>`` (entities: also
``workbench/extract/catalogue.py`` and ``workbench/data/actors``, ``workbench/data/ner``) are copied
(``git archive``) into a temporary package ``<area>_<commit>`` laid out like ``workbench`` (so the
data paths, relative to the modules, point at the commit's own data) with ``workbench.extract.<area>``
rewritten to the copy; everything else (``workbench.text``, the schema) is the working tree's. Each
copy, and the working tree, compile their own regular expressions: ``re``'s cache would otherwise hand a copy the very
Pattern objects of the working tree or of another copy with the same patterns, and a version timed
after one sharing its patterns found them in the CPU caches (dates: up to 10 % faster). The
working tree's code is timed as ``working tree``, and once more with the ``--option`` keywords when
given (e.g. the opt-in foreign-name reading of the entities extractor on and off).

The inputs an extractor needs (text layer; actor mentions for quotes; mentions and quotes for
stance) are computed once beforehand with the working tree's code, as ``workbench.annotate`` shares
them, and untimed. The versions run article by article, the order rotated from article to article
(the first call on an article pays for bringing it into the CPU caches), garbage collection off while
timing; each article's best of ``--repeat`` runs (``time.process_time``) is summed. Also prints how
many articles' rows differ from the first version's.
"""

from __future__ import annotations

import argparse
import ast
import gc
import importlib
import io
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import warnings
from functools import partial
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import workbench  # noqa: E402
from workbench.extract.dates import dates_for  # noqa: E402
from workbench.extract.entities import entities_for  # noqa: E402
from workbench.extract.quotes import quotes_for  # noqa: E402
from workbench.extract.stance import stance_for  # noqa: E402
from workbench.text import Document, documents  # noqa: E402

DEFAULT_CORPUS = "/work/shared/data/saudinewsnet/2015-07-22.zip"
EXTRACTORS: dict[str, Callable[..., list[dict]]] = {
    "entities": entities_for, "quotes": quotes_for, "dates": dates_for, "stance": stance_for}
# Sibling modules and data folders an area's package imports besides its own.
EXTRA_PATHS = {"entities": ["workbench/extract/catalogue.py", "workbench/data/actors", "workbench/data/ner"]}
EXTRA_MODULES = {"entities": ["catalogue"]}


def inputs_for(area: str, doc: Document) -> tuple:
    """Positional arguments of ``<area>_for`` on one article, built with the working tree's code."""
    if area in ("entities", "dates"):
        return (doc,)
    mentions = entities_for(doc)
    return (doc, mentions) if area == "quotes" else (doc, mentions, quotes_for(doc, mentions))


def frozen_copy(area: str, commit: str, into: Path) -> Callable[..., list[dict]]:
    """``<area>_for`` of ``commit``, imported from a temporary copy of its package and data."""
    name = f"{area}_" + re.sub(r"\W", "_", commit)
    paths = [f"workbench/extract/{area}", f"workbench/data/{area}", *EXTRA_PATHS.get(area, [])]
    listed = subprocess.run(["git", "-C", str(ROOT), "ls-tree", "--name-only", commit, *paths],
                            capture_output=True, text=True)
    if listed.returncode != 0 or f"workbench/extract/{area}" not in listed.stdout.split():
        sys.exit(f"{commit}: no workbench/extract/{area} package to copy ({listed.stderr.strip() or 'absent'})")
    present = [path for path in paths if path in listed.stdout.split()]
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, *present],
                             check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into / "src" / name, filter="data")
    package = into / "pkg" / name
    shutil.move(str(into / "src" / name / "workbench"), str(package))
    for init in (package / "__init__.py", package / "extract" / "__init__.py"):
        init.touch()
    renamed = [area, *EXTRA_MODULES.get(area, [])]
    pattern = re.compile(r"\bworkbench\.extract\.(" + "|".join(map(re.escape, renamed)) + r")\b")
    for module in package.rglob("*.py"):
        source = module.read_text(encoding="utf-8")
        module.write_text(pattern.sub(rf"{name}.extract.\1", source), encoding="utf-8")
    if str(into / "pkg") not in sys.path:
        sys.path.insert(0, str(into / "pkg"))
    try:
        re.purge()  # else re's cache hands the copy the Pattern objects of any version with the same patterns
        loaded = importlib.import_module(f"{name}.extract.{area}")
        return getattr(loaded, f"{area}_for")
    except Exception as error:  # noqa: BLE001 - any failure of the old code is reported the same way
        sys.exit(f"{commit}: its {area} extractor cannot be loaded from a renamed copy "
                 f"({type(error).__name__}: {error}); it may import parts of workbench this tool does not copy")


def first_outputs(extract: Callable[..., list[dict]], inputs: list[tuple]) -> list[list[dict]]:
    """``extract``'s rows on every input, the patterns it compiles on its first call its own."""
    re.purge()  # as in frozen_copy: no Pattern objects shared with another version
    return [extract(*item) for item in inputs]


def parse_options(pairs: list[str]) -> dict[str, Any]:
    """``["foreign_words=True", "model_scope=all"]`` -> keyword arguments (Python literals, else strings)."""
    options = {}
    for pair in pairs:
        key, _, value = pair.partition("=")
        try:
            options[key] = ast.literal_eval(value)
        except (ValueError, SyntaxError):
            options[key] = value
    return options


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("commits", nargs="*", help="commits to time besides the working tree")
    parser.add_argument("--extractor", choices=sorted(EXTRACTORS), required=True)
    parser.add_argument("--option", action="append", default=[], metavar="KEY=VALUE",
                        help="keyword for the working tree's extractor, timed as an extra version")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    area = args.extractor
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = workbench.load_articles(args.corpus, tz="Asia/Riyadh").head(args.limit)
    inputs = [inputs_for(area, doc) for doc in documents(articles)]
    with tempfile.TemporaryDirectory() as folder:
        versions = [(commit, frozen_copy(area, commit, Path(folder))) for commit in args.commits]
        versions.append(("working tree", EXTRACTORS[area]))
        if args.option:
            versions.append((" ".join(args.option), partial(EXTRACTORS[area], **parse_options(args.option))))
        outputs = {name: first_outputs(f, inputs) for name, f in versions}  # also warms caches
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
    width = max(14, *(len(name) for name, _ in versions))
    print(f"{area}_for CPU per article, {len(inputs)} articles of {Path(args.corpus).name}, "
          f"each article's best of {args.repeat} summed")
    print(f"{'version':<{width}} {'ms/article':>10} {'vs first':>9} {'rows':>6} "
          f"{'articles differing from ' + first:>34}")
    for name, _ in versions:
        per_article = sum(best[name]) / len(inputs) * 1000
        ratio = sum(best[name]) / sum(best[first]) - 1
        differing = sum(a != b for a, b in zip(outputs[name], outputs[first]))
        print(f"{name:<{width}} {per_article:>10.3f} {ratio:>+9.1%} {sum(map(len, outputs[name])):>6} {differing:>34}")


if __name__ == "__main__":
    main()
