"""Filter candidate given names for ``given_names.txt`` and count their uses on unannotated development articles.

Reads a file of candidate names (words separated by spaces or lines, as written), folds them and drops
those already in ``given_names.txt`` or ``word_given_names.txt``, those in ``common_words.txt`` or the
stoplist, and those under three letters. For each one left it counts, over ``--articles`` random
development-split articles no batch holds (``sample_catalogue_links.sample_articles``), how often the
word stands alone and how often the next word is a common word (a name is mostly followed by a family
name, an ordinary word mostly by common words), and prints one tab-separated line a word, the most
word-like first, with up to ``--examples`` uses in context, to be read before a name is kept.

    .venv/bin/python scripts/filter_given_names.py candidates.txt --articles 3200 --seed 152
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_catalogue_links import sample_articles  # noqa: E402
from workbench.extract.catalogue import load_stoplist  # noqa: E402
from workbench.extract.entities.names import given_names, word_given_names, common_words  # noqa: E402
from workbench.text.normalization import fold  # noqa: E402

_WORD = re.compile(r"[^\W\d_]+")


def candidates(path: str) -> list[str]:
    """Folded candidates not yet listed, no common or stoplist word, of three letters or more."""
    known = given_names() | word_given_names() | common_words() | {fold(w) for w in load_stoplist()}
    words = {fold(w) for w in Path(path).read_text(encoding="utf-8").split()}
    return sorted(w for w in words if w not in known and len(w) >= 3)


def uses(names: list[str], texts: list[str], examples: int) -> dict[str, list]:
    """Per name: [uses, uses before a common word, example contexts]."""
    common, wanted = common_words(), set(names)
    counts: dict[str, list] = defaultdict(lambda: [0, 0, []])
    for text in texts:
        words = _WORD.findall(fold(text))
        for i, word in enumerate(words):
            if word in wanted:
                entry = counts[word]
                entry[0] += 1
                entry[1] += i + 1 < len(words) and words[i + 1] in common
                if len(entry[2]) < examples:
                    entry[2].append(" ".join(words[max(i - 3, 0):i + 4]))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates")
    parser.add_argument("--articles", type=int, default=3200)
    parser.add_argument("--seed", type=int, default=152)
    parser.add_argument("--examples", type=int, default=4)
    args = parser.parse_args()
    names = candidates(args.candidates)
    counts = uses(names, list(sample_articles(args.articles, args.seed)["text"]), args.examples)
    rows = sorted(names, key=lambda w: -(counts[w][1] / counts[w][0]) if counts[w][0] else 0.0)
    for word in rows:
        n, before_common, contexts = counts[word]
        share = before_common / n if n else 0.0
        print(f"{word}\t{n}\t{share:.2f}\t" + " | ".join(contexts))


if __name__ == "__main__":
    main()
