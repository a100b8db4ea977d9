"""CPU per article of ``entities_for`` with and without the foreign-name reading, and of the reading alone.

The first ``--articles`` items of a development zip, text layer and caches filled beforehand
(untimed); the reading switched off and on article by article in one process, GC off while
timing, best of ``--rounds``; CPU time (``time.process_time``), never wall time.

    .venv/bin/python scripts/time_foreign_reading.py
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import workbench  # noqa: E402
from workbench.extract.entities import entities_for  # noqa: E402
from workbench.extract.entities.foreign import foreign_names  # noqa: E402
from workbench.text import documents  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--zip", default="/work/shared/data/saudinewsnet/2015-07-22.zip")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        docs = documents(workbench.load_articles(args.zip, tz="Asia/Riyadh").head(args.articles))
    for doc in docs:
        entities_for(doc)
        entities_for(doc, foreign_words=True)
    best = {False: float("inf"), True: float("inf")}
    alone = float("inf")
    for round_ in range(args.rounds):
        spent = {False: 0.0, True: 0.0}
        gc.disable()
        for doc in docs:
            for reading in ((False, True) if round_ % 2 == 0 else (True, False)):
                start = time.process_time()
                entities_for(doc, foreign_words=reading)
                spent[reading] += time.process_time() - start
        start = time.process_time()
        for doc in docs:
            foreign_names(doc)
        alone = min(alone, time.process_time() - start)
        gc.enable()
        best = {k: min(best[k], spent[k]) for k in best}
        print(f"round {round_ + 1}: without {spent[False] / len(docs) * 1e3:.3f} ms, "
              f"with {spent[True] / len(docs) * 1e3:.3f} ms per article", flush=True)
    per = {k: v / len(docs) * 1e3 for k, v in best.items()}
    print(f"best of {args.rounds}: without {per[False]:.3f} ms, with {per[True]:.3f} ms "
          f"({(per[True] / per[False] - 1) * 100:+.1f} %); the reading alone {alone / len(docs) * 1e3:.3f} ms "
          f"({alone / best[False] * 100:.1f} % of entities_for without)")


if __name__ == "__main__":
    main()
