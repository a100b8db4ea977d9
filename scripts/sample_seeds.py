"""Draw the sample corpus in ``seeds/`` from the development split of SaudiNewsNet.

Picks about 200 political articles (Syria, Yemen, Iran, Iraq, the Gulf) that
quote someone, spread over the days and newspapers of the development split
(2015-07-21 .. 2015-08-04), and writes them unchanged, in the corpus' own
format (a JSON array of the original objects), to
``seeds/saudinewsnet-sample.json``. The choice depends only on the data and
the rules below, so rerunning the script gives the same file::

    .venv/bin/python scripts/sample_seeds.py ../shared/data/saudinewsnet
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import zipfile
from collections import defaultdict
from pathlib import Path

# The test split (2015-08-06 .. 2015-08-11) holds the gold set and is never sampled.
DEVELOPMENT_DAYS = ("2015-07-21", "2015-07-22", "2015-07-23", "2015-07-24", "2015-07-25", "2015-07-26",
                    "2015-07-27", "2015-07-31", "2015-08-01", "2015-08-02", "2015-08-03", "2015-08-04")

# Title patterns per topic, with how many articles each topic gets.
TOPICS: dict[str, tuple[str, int]] = {
    "syria": (r"سوري|الأسد|دمشق|حلب|الزبداني|النصرة", 50),
    "yemen": (r"اليمن|يمني|الحوثي|\bعدن\b|صنعاء", 50),
    "iran": (r"إيران|ايران|إيراني|ايراني|طهران|النووي", 40),
    "iraq": (r"العراق|عراقي|بغداد|الأنبار|الموصل|داعش", 35),
    "gulf": (r"الخليج|خليجي|مجلس التعاون|\bقطر\b|الكويت|البحرين|الإمارات", 25),
}
QUOTE_MARKS = re.compile(r"[«»\"“”]")
REPORTING = re.compile(r"\b(?:و?قال|و?أكد|و?اكد|و?أضاف|و?اضاف|و?أوضح|و?اوضح|و?أعلن|و?اعلن|و?صرح|و?شدد)")
# Markets, sport and society pages name the same countries without being political news.
OFF_TOPIC = re.compile(r"أسواق|سوق|بورص|الأسهم|مؤشر|النفط|اللاعب|المنتخب|مباراة|دوري|الطبخ|زفاف")
POLITICAL = re.compile(r"وزير|رئيس|الحكومة|قوات|المتحدث|الأمم المتحدة|التحالف|مجلس|الجيش|المعارضة")
MIN_CHARS, MAX_CHARS = 600, 5000


def candidates(corpus: Path) -> dict[str, list[dict]]:
    """Articles of the development split that fit a topic and quote someone, per topic."""
    by_topic: dict[str, list[dict]] = defaultdict(list)
    seen_titles: set[str] = set()
    for day in DEVELOPMENT_DAYS:
        with zipfile.ZipFile(corpus / f"{day}.zip") as archive:
            for member in archive.namelist():
                for article in json.loads(archive.read(member)):
                    content, title = article.get("content") or "", (article.get("title") or "").strip()
                    if not (MIN_CHARS <= len(content) <= MAX_CHARS) or title in seen_titles:
                        continue
                    if len(QUOTE_MARKS.findall(content)) < 2 or not REPORTING.search(content):
                        continue
                    if OFF_TOPIC.search(title) or len(POLITICAL.findall(content)) < 2:
                        continue
                    topic = next((name for name, (pattern, _) in TOPICS.items() if re.search(pattern, title)), None)
                    if topic:
                        seen_titles.add(title)
                        by_topic[topic].append(article)
    return by_topic


def spread(articles: list[dict], n: int) -> list[dict]:
    """``n`` articles taken in turn from each day, and within a day in turn from each newspaper.

    The order inside a (day, newspaper) group is a hash of the url: stable, and unrelated to
    the order of the source files.
    """
    by_day: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))
    for article in sorted(articles, key=lambda a: hashlib.sha256(a["url"].encode()).hexdigest()):
        by_day[article["date_extracted"][:10]][article["source"]].append(article)
    days = [interleave([sources[name] for name in sorted(sources)]) for _, sources in sorted(by_day.items())]
    return interleave(days)[:n]


def interleave(lists: list[list[dict]]) -> list[dict]:
    """The first item of each list, then the second of each, and so on."""
    longest = max((len(items) for items in lists), default=0)
    return [items[i] for i in range(longest) for items in lists if i < len(items)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path, help="folder of the SaudiNewsNet zips")
    parser.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "seeds" / "saudinewsnet-sample.json")
    args = parser.parse_args()
    by_topic = candidates(args.corpus)
    sample = [article for topic, (_, n) in TOPICS.items() for article in spread(by_topic[topic], n)]
    sample.sort(key=lambda a: (a["date_extracted"], a["url"]))
    args.out.write_text(json.dumps(sample, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(sample)} articles to {args.out}: " + ", ".join(f"{t} {len(spread(by_topic[t], n))}/{len(by_topic[t])}" for t, (_, n) in TOPICS.items()))


if __name__ == "__main__":
    main()
