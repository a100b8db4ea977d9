"""CPU time per article of ``dates_for``, an older tree against the working one, alternated article by article.

Make the older tree importable as ``wbold`` first (its own imports renamed), e.g. for commit C:

    mkdir -p /tmp/old /tmp/oldpkg/wbold/extract && git archive C workbench | tar -x -C /tmp/old
    cp -r /tmp/old/workbench/extract/dates /tmp/oldpkg/wbold/extract/ && cp -r /tmp/old/workbench/data /tmp/oldpkg/wbold/
    touch /tmp/oldpkg/wbold/__init__.py /tmp/oldpkg/wbold/extract/__init__.py
    sed -i 's/workbench\\.extract\\.dates/wbold.extract.dates/g' /tmp/oldpkg/wbold/extract/dates/*.py
    .venv/bin/python benchmarks/dev/dates_cpu_old_new.py /tmp/oldpkg

The text layer is built and both versions warmed untimed; each article's best of 3 ``time.process_time`` is
summed per version with garbage collection off, so the load of a shared machine touches both alike.
"""

import gc
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, sys.argv[1] if len(sys.argv) > 1 else "/tmp/oldpkg")
warnings.filterwarnings("ignore")

import workbench  # noqa: E402
from wbold.extract.dates import dates_for as old_for  # noqa: E402
from workbench.extract.dates import dates_for as new_for  # noqa: E402
from workbench.text import documents  # noqa: E402

articles = workbench.load_articles("/work/shared/data/saudinewsnet/2015-07-22.zip", tz="Asia/Riyadh").head(1000)
docs = list(documents(articles))
for doc in docs:
    new_for(doc), old_for(doc)
total = {"old": 0.0, "new": 0.0}
gc.disable()
for doc in docs:
    best = {"old": float("inf"), "new": float("inf")}
    for _ in range(3):
        for name, extract in (("old", old_for), ("new", new_for)):
            began = time.process_time()
            extract(doc)
            best[name] = min(best[name], time.process_time() - began)
    for name in total:
        total[name] += best[name]
gc.enable()
print(f"old {total['old'] / len(docs) * 1000:.3f} ms, new {total['new'] / len(docs) * 1000:.3f} ms per article, "
      f"growth {total['new'] / total['old'] - 1:+.1%}")
