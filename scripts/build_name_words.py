"""Write ``workbench/data/actors/common_words.txt``: words that end a person's name.

The person-name patterns (``workbench/extract/entities/names.py``) extend a given name
over the words after it while they can be part of a name; a word ANERcorp
(``../shared/data/anercorp/train.txt``, CC BY-SA 4.0) tags O at least 3 times and more
than twice as often as inside a name (السابق, الذي, قال, الاقتصادي) ends it. The list is
derived from ANERcorp and shipped under its licence, as the NER model is.

With ``--given-candidates`` it prints instead the candidate given names that
``given_names.txt`` takes from ANERcorp (the sections so marked there, the words that
are also ordinary words in news text left out by hand): first words of person names of two
or more words, tagged so at least twice (``--given-candidates 1``: at least once) and tagged O
at most half as often, of three letters or more, in none of the shipped name and word lists, and
no given name or candidate with و/ف before it.

Run from the project root: ``.venv/bin/python scripts/build_name_words.py [--given-candidates [N]]``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from build_catalogue import ANERCORP, common_words  # noqa: E402
from workbench.extract.entities.names import BINDERS, given_names, word_given_names  # noqa: E402
from workbench.extract.entities.names import common_words as shipped_common  # noqa: E402
from workbench.text import fold  # noqa: E402

OUT = ROOT / "workbench" / "data" / "actors" / "common_words.txt"
HEADER = ("# Folded words that end a person's name: ANERcorp (CC BY-SA 4.0) tags them O at least 3 times and\n"
          "# more than twice as often as inside a name. Written by scripts/build_name_words.py.\n")


def given_candidates(path: Path = ANERCORP, minimum: int = 2) -> list[str]:
    """Folded first words of ANERcorp's person names of two or more words, so tagged at least
    ``minimum`` times, that may start a name (see the module's docstring), sorted."""
    tagged = [line.rsplit(" ", 1) for line in path.read_text(encoding="utf-8").splitlines() if " " in line.strip()]
    first, outside = Counter(), Counter()
    for (word, tag), (_, next_tag) in zip(tagged, tagged[1:]):
        if tag == "B-PERS" and next_tag == "I-PERS":
            first[fold(word)] += 1
        elif tag == "O":
            outside[fold(word)] += 1
    known = given_names() | word_given_names() | shipped_common() | BINDERS

    def starts(word: str) -> bool:
        return first[word] >= minimum and 2 * outside[word] <= first[word] and len(word) >= 3 and word not in known

    return sorted(w for w in first if starts(w) and not (w[0] in "وف" and (w[1:] in known or first[w[1:]] >= minimum)))


def main() -> None:
    if sys.argv[1:2] == ["--given-candidates"]:
        print(" ".join(given_candidates(minimum=int(sys.argv[2]) if sys.argv[2:] else 2)))
        return
    words = sorted(common_words(ANERCORP, minimum=3, ratio=2.0))
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
