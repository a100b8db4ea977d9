"""Write ``workbench/data/actors/predicate_verbs.txt``: verb forms that end a one-word person's name.

After a one-word name the next word is taken as a family name unless something stops it; a
present or future verb form (عباس سيتوجه, ماريا سيوقع) starts the sentence's predicate instead.
The forms are the folded present and future forms (first letter ي, ت, ن or س) of the verb cues that
the stance and reporting-cue lexicons of this package generate, so the entities layer reads a data
file of its own and does not import the layers that come after it. Rebuild after a lexicon change;
``tests/test_entities.py`` checks that the shipped file is what this script writes.

Run from the project root: ``.venv/bin/python scripts/build_predicate_verbs.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from workbench.extract.entities.names import IMPERFECT_STARTS  # noqa: E402
from workbench.extract.quotes.lexicon import load_lexicon as reporting_lexicon  # noqa: E402
from workbench.extract.stance.lexicon import load_lexicon as stance_lexicon  # noqa: E402

OUT = ROOT / "workbench" / "data" / "actors" / "predicate_verbs.txt"
HEADER = ("# Folded present and future forms of the stance and reporting cue verbs: after a one-word name they\n"
          "# start the predicate, not a family name. Written by scripts/build_predicate_verbs.py.\n")


def predicate_verbs() -> list[str]:
    """The folded present and future verb forms of both cue lexicons, sorted."""
    forms = {form for form, entry in stance_lexicon().forms.items() if entry.kind == "verb"}
    forms |= {form for form, cue in reporting_lexicon().cues.items() if cue.kind == "verb"}
    return sorted(form for form in forms if form.startswith(IMPERFECT_STARTS))


def contents() -> str:
    """The file's text: its header, then one form a line."""
    return HEADER + "".join(f"{form}\n" for form in predicate_verbs())


if __name__ == "__main__":
    OUT.write_text(contents(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(predicate_verbs())} forms")
