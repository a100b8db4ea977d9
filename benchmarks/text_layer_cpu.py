"""CPU time per article of the text layer (workbench.text), an older commit against the working tree, in one process.

    .venv/bin/python benchmarks/text_layer_cpu.py 43aa057 --limit 2000
    .venv/bin/python benchmarks/text_layer_cpu.py 43aa057 --corpus /work/shared/data/saudinewsnet/2015-07-25.zip

The commit's ``workbench/text`` is copied (``git archive``) into a temporary package
``text_<commit>`` with its imports of ``workbench.text`` rewritten to the copy, compiling its own
regular expressions (see ``extractor_cpu``). Each version builds
what ``workbench.annotate`` asks of every article's :class:`Document` (folded view, sentences,
tokens, token starts, each sentence's tokens and words), once untimed on every article to warm the
token memos, then article by article, the order of the versions alternating, garbage collection
off; each article's best of ``--repeat`` runs (``time.process_time``) is summed. Also prints how
many articles' text layers differ from the commit's.
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
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import workbench  # noqa: E402
import workbench.text  # noqa: E402

DEFAULT_CORPUS = "/work/shared/data/saudinewsnet/2015-07-22.zip"


def load_commit(commit: str, into: Path) -> ModuleType:
    """The commit's ``workbench.text`` as the package ``text_<commit>`` under ``into``."""
    name = f"text_{commit}"
    data = subprocess.run(["git", "archive", commit, "workbench/text"], cwd=ROOT, check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        for member in tar.getmembers():
            if member.isfile() and member.name.endswith(".py"):
                source = tar.extractfile(member).read().decode("utf-8").replace("workbench.text", name)
                target = into / name / Path(member.name).name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(source, encoding="utf-8")
    sys.path.insert(0, str(into))
    re.purge()  # its own Pattern objects, not the working tree's handed back by re's cache (as in extractor_cpu)
    return importlib.import_module(name)


def build(text_package: ModuleType, text: str) -> object:
    """An article's Document built by ``text_package`` with what annotate reads of it."""
    doc = text_package.Document("a", text)
    doc.normalized, doc.sentences, doc.tokens, doc.token_starts, doc.sentence_tokens, doc.sentence_words
    return doc


def layer(text_package: ModuleType, text: str) -> tuple:
    """The fields of :func:`build`'s Document, for comparing two versions."""
    doc = build(text_package, text)
    return (doc.normalized.text, list(doc.normalized.index), doc.sentences, list(map(tuple, doc.tokens)),
            doc.token_starts, [list(map(tuple, tokens)) for tokens in doc.sentence_tokens], doc.sentence_words)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("commit")
    parser.add_argument("--corpus", default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    texts = list(workbench.load_articles(args.corpus, tz="Asia/Riyadh")["text"].head(args.limit))
    with tempfile.TemporaryDirectory() as tmp:
        versions = {args.commit: load_commit(args.commit, Path(tmp)), "working tree": workbench.text}
        differ = sum(layer(versions[args.commit], text) != layer(workbench.text, text) for text in texts)
        totals = dict.fromkeys(versions, 0.0)
        names = list(versions)
        gc.disable()
        for i, text in enumerate(texts):
            order = names if i % 2 else names[::-1]
            best = dict.fromkeys(versions, float("inf"))
            for _ in range(args.repeat):
                for name in order:
                    start = time.process_time()
                    build(versions[name], text)
                    best[name] = min(best[name], time.process_time() - start)
            for name in names:
                totals[name] += best[name]
            if i % 200 == 199:
                gc.collect()
        gc.enable()
    old, new = (totals[name] / len(texts) * 1000 for name in names)
    print(f"text layer CPU per article, {len(texts)} articles of {Path(args.corpus).name}, best of {args.repeat}: "
          f"{args.commit} {old:.4f} ms, working tree {new:.4f} ms, {100 * (new / old - 1):+.1f} %; "
          f"{differ} article(s) differ")


if __name__ == "__main__":
    main()
