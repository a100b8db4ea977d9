"""Stance extraction: which actor supports or opposes which, with the cue and the sentence.

The cue lexicon and word lists live in ``workbench/data/stance/`` (see its README); the reading
rules are described in ``docs/stance-rules.md``.

>>> from workbench.extract.stance import stance, stance_for
>>> callable(stance) and callable(stance_for)
True
"""

from workbench.extract.stance.extractor import stance, stance_for
from workbench.extract.stance.lexicon import StanceLexicon, load_lexicon

__all__ = ["stance", "stance_for", "load_lexicon", "StanceLexicon"]
