"""Write ``workbench/data/actors/common_words.txt``: words that end a person's name.

The person-name patterns (``workbench/extract/entities/names.py``) extend a given name
over the words after it while they can be part of a name; a word ANERcorp
(``../shared/data/anercorp/train.txt``, CC BY-SA 4.0) tags O at least 3 times and more
than twice as often as inside a name (السابق, الذي, قال, الاقتصادي) ends it. The list is
derived from ANERcorp and shipped under its licence, as the NER model is.

Run from the project root: ``.venv/bin/python scripts/build_name_words.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "scripts")]

from build_catalogue import ANERCORP, common_words  # noqa: E402

OUT = ROOT / "workbench" / "data" / "actors" / "common_words.txt"
HEADER = ("# Folded words that end a person's name: ANERcorp (CC BY-SA 4.0) tags them O at least 3 times and\n"
          "# more than twice as often as inside a name. Written by scripts/build_name_words.py.\n")


def main() -> None:
    words = sorted(common_words(ANERCORP, minimum=3, ratio=2.0))
    OUT.write_text(HEADER + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words -> {OUT}")


if __name__ == "__main__":
    main()
