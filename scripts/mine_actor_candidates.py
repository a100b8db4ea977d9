"""Frequent names after titles and organisation nouns in the development split, for curating the catalogue.

Counts the 1-4 words after each trigger (الأمير, وزير, المتحدث باسم, نادي, شركة, ...) in
the SaudiNewsNet zips of the development split (2015-07-21 .. 2015-08-04 only; the later
zips are the test split and must not be read) and prints the most frequent phrases not yet
covered by the catalogue, for a person to curate into ``workbench/data/actors/sources/``.

    .venv/bin/python scripts/mine_actor_candidates.py [--top 40] [--days 2015-07-21 ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import workbench  # noqa: E402
from workbench.extract.entities.matcher import matcher_for  # noqa: E402
from workbench.text import fold  # noqa: E402

DATA = Path("/work/shared/data/saudinewsnet")
DEVELOPMENT = [str(date(2015, 7, 21) + timedelta(days=i)) for i in range(15)]  # days without a zip are skipped
TRIGGERS = ["الامير", "الملك", "الشيخ", "وزير", "الوزير", "المتحدث باسم", "المتحدث الرسمي", "رئيس", "الرئيس",
            "نادي", "شركه", "صحيفه", "قناه", "هيئه", "وزاره", "المديريه العامه", "مجلس", "امير منطقه", "محافظ",
            "جامعه", "بنك", "اللواء", "العميد", "الدكتور", "مدير"]
_WORD = re.compile(r"[\u0621-\u064a]+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--days", nargs="*", default=DEVELOPMENT)
    args = parser.parse_args()
    assert all(d in DEVELOPMENT for d in args.days), "development split only"
    matcher = matcher_for(None)
    counts: dict[str, Counter] = {t: Counter() for t in TRIGGERS}
    for day in args.days:
        if not (DATA / f"{day}.zip").exists():
            continue
        articles = workbench.load_articles(str(DATA / f"{day}.zip"), tz="Asia/Riyadh")
        for text in articles["text"]:
            words = _WORD.findall(fold(text))
            joined = " " + " ".join(words) + " "
            for trigger in TRIGGERS:
                key = " " + trigger + " "
                pos = joined.find(key)
                while pos != -1:
                    after = joined[pos + len(key):].split(" ", 4)[:4]
                    for n in range(1, 5):
                        counts[trigger][" ".join(after[:n])] += 1
                    pos = joined.find(key, pos + 1)
    for trigger, counter in counts.items():
        shown = [(p, c) for p, c in counter.most_common(args.top * 4) if c >= 5 and not list(matcher.find(f" {p} "))]
        print(f"\n## {trigger}\n" + "; ".join(f"{p} {c}" for p, c in shown[: args.top]))


if __name__ == "__main__":
    main()
