"""Filter candidate catalogue entries and count their forms' uses on unannotated development articles.

Reads a CSV of candidate actors in the columns of ``sources/actors_curated.csv`` (``name_ar`` and the
``|``-separated ``aliases``), folds every form and reports, one tab-separated line a form: the catalogue
actor that already holds it (or ``new``), its uses over ``--articles`` random development-split articles no
batch holds (``sample_catalogue_links.sample_articles``; a use is the folded form as whole words, after
an optional proclitic «و», «ف», «ب», «ل» or «ك»), and up to ``--examples`` uses in context, to be read
before a form is kept: a form is added only when its uses are mostly the body.

    .venv/bin/python scripts/filter_catalogue_candidates.py candidates.csv --articles 3200 --seed 152
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample_catalogue_links import sample_articles  # noqa: E402
from workbench.extract.catalogue import load_catalogue  # noqa: E402
from workbench.text.normalization import fold  # noqa: E402


def candidate_forms(path: str) -> list[tuple[str, str]]:
    """(candidate id, folded form) for every Arabic name and alias of the candidate file, in file order."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    # dict keys keep the first of each (id, form) pair in file order: a name repeated among its aliases counts once
    return list(dict.fromkeys((row["id"], fold(form.strip())) for row in rows
                              for form in [row["name_ar"], *row["aliases"].split("|")] if form.strip()))


def known_forms() -> dict[str, str]:
    """Folded catalogue alias -> the id of the actor that holds it."""
    catalogue = load_catalogue()
    return {fold(alias): actor for actor, alias in zip(catalogue["actor_id"], catalogue["alias"])}


def uses(form: str, texts: list[str], examples: int) -> tuple[int, list[str]]:
    """How often ``form`` stands as whole words in the folded ``texts``, and some contexts."""
    pattern = re.compile(r"(?<!\w)[وفبلك]?" + re.escape(form) + r"(?!\w)")
    count, contexts = 0, []
    for text in texts:
        for match in pattern.finditer(text):
            count += 1
            if len(contexts) < examples:
                contexts.append(text[max(match.start() - 40, 0):match.end() + 30].replace("\n", " "))
    return count, contexts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("candidates")
    parser.add_argument("--articles", type=int, default=3200)
    parser.add_argument("--seed", type=int, default=152)
    parser.add_argument("--examples", type=int, default=6)
    args = parser.parse_args()
    known = known_forms()
    texts = [fold(t) for t in sample_articles(args.articles, args.seed)["text"]]
    for actor, form in candidate_forms(args.candidates):
        count, contexts = uses(form, texts, args.examples)
        print(f"{actor}\t{form}\t{known.get(form, 'new')}\t{count}\t" + " | ".join(contexts))


if __name__ == "__main__":
    main()
