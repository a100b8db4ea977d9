"""Stance extraction: which actor supports or opposes which, with the cue and the sentence.

The cue lexicon and word lists live in ``workbench/data/stance/`` (see its README); the reading
rules are described in ``docs/stance-rules.md``.

>>> from workbench.text import Document
>>> text = "أشادت مصر بدور السعودية في اليمن"
>>> mentions = [{"start": text.index(name), "end": text.index(name) + len(name), "actor_id": actor, "type": "GPE"}
...             for name, actor in [("مصر", "egypt"), ("السعودية", "saudi_arabia"), ("اليمن", "yemen")]]
>>> [(r["source_actor"], r["target_actor"], r["polarity"], r["cue"]) for r in stance_for(Document("a", text), mentions, [])]
[('egypt', 'saudi_arabia', 1.0, 'أشادت')]
"""

from workbench.extract.stance.extractor import stance, stance_for
from workbench.extract.stance.lexicon import StanceLexicon, load_lexicon

__all__ = ["stance", "stance_for", "load_lexicon", "StanceLexicon"]
