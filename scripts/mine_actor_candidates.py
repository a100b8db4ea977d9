"""Frequent names in the development split that the catalogue lacks, for curating the catalogue.

Reads the SaudiNewsNet zips of the development split only (2015-07-21 .. 2015-08-04;
the later zips are the test split and must not be read). Two modes:

- default: counts the 1-4 words after each trigger (الأمير, وزير, المتحدث باسم, نادي,
  شركة, ...) and prints the most frequent phrases not yet covered by the catalogue;
- ``--model``: runs the extractor with the CRF on every sentence and prints the names
  only the model finds (outside ``ar:`` ids) in at least ``--min-articles`` distinct
  articles, by type, and the given names: first words of the model's person names of two
  or more words, with how many articles use the word that way and how many use it at all.

Both print for a person to curate (drop junk, set type and sector, merge spelling
variants) into ``workbench/data/actors/sources/`` and ``workbench/data/actors/given_names.txt``.

    .venv/bin/python scripts/mine_actor_candidates.py [--top 40] [--days 2015-07-21 ...]
    .venv/bin/python scripts/mine_actor_candidates.py --model [--per-day 400] [--min-articles 3]
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
            "جامعه", "بنك", "اللواء", "العميد", "الدكتور", "مدير",
            # political and armed bodies of the region: groups, militias, brigades, parties, movements, councils
            "كتائب", "الويه", "لواء", "فرقه", "الفرقه", "جبهه", "الجبهه", "حركه", "الحركه", "تيار", "التيار",
            "حزب", "الحزب", "جيش", "الجيش", "المجلس", "الهيئه", "ائتلاف", "الائتلاف", "تجمع", "التجمع",
            "ميليشيا", "ميليشيات", "مليشيات", "قوات", "جماعه", "تنظيم"]
_WORD = re.compile(r"[\u0621-\u064a]+")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--days", nargs="*", default=DEVELOPMENT)
    parser.add_argument("--model", action="store_true", help="names the CRF finds on every sentence")
    parser.add_argument("--per-day", type=int, default=0, help="--model: first N articles of each day (0: all)")
    parser.add_argument("--min-articles", type=int, default=3)
    args = parser.parse_args()
    assert all(d in DEVELOPMENT for d in args.days), "development split only"
    if args.model:
        model_names(args.days, args.per_day, args.min_articles, args.top)
        return
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


def model_names(days: list[str], per_day: int, min_articles: int, top: int) -> None:
    from workbench.extract.entities import entities_for
    from workbench.extract.entities.lookup import name_word
    from workbench.text import documents

    names: dict[tuple[str, str], set[str]] = {}
    given: dict[str, set[str]] = {}
    seen: Counter = Counter()
    for day in days:
        if not (DATA / f"{day}.zip").exists():
            continue
        articles = workbench.load_articles(str(DATA / f"{day}.zip"), tz="Asia/Riyadh")
        for doc in documents(articles.head(per_day) if per_day else articles):
            seen.update({t.stem for t in doc.tokens})
            for m in entities_for(doc, model_scope="all"):
                if not str(m["actor_id"]).startswith("ar:") or m["via"] != "model":
                    continue
                key = " ".join(name_word(w) for w in fold(m["surface"]).split())
                names.setdefault((m["type"], key), set()).add(doc.article_id)
                words = key.split()
                if m["type"] == "PER" and len(words) >= 2:
                    given.setdefault(words[0], set()).add(doc.article_id)
    for typ in ("PER", "ORG", "GPE", "MISC"):
        found = sorted(((len(a), n) for (t, n), a in names.items() if t == typ and len(a) >= min_articles), reverse=True)
        print(f"\n## {typ} ({len(found)} names in {min_articles}+ articles)\n" + "\n".join(f"{c}\t{n}" for c, n in found))
    ranked = sorted(((len(a), w) for w, a in given.items() if len(a) >= min_articles), reverse=True)
    print("\n## given names (articles as first name\tarticles with the word\tword)")
    print("\n".join(f"{c}\t{seen[w]}\t{w}" for c, w in ranked[: top * 10]))


if __name__ == "__main__":
    main()
