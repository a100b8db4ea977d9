"""Imported once by the process that starts the workers (multiprocessing's forkserver), before it
forks them: the extractors, the shipped actor catalogue's matcher, the actor model and the
lexicons and grammars are loaded here, so every worker starts with them instead of spending
a second or two of CPU loading its own copy (see :func:`workbench.frames.parallel.process_pool`).

Importing this module annotates one short article to load everything the extractors cache,
then moves the loaded objects out of the garbage collector's sight (:func:`gc.freeze`): the
workers never free them, and a collection that walked them would copy every page they share.
"""

from __future__ import annotations

import gc

from workbench.frames.annotate import annotate_document
from workbench.text import Document

# Failures are collected, not raised: a forkserver that cannot preload still starts workers,
# which then load what they need themselves.
annotate_document(Document("preload", "قال وزير الخارجية الروسي سيرغي لافروف في موسكو أمس، 12 آب 2015، "
                                      "إن روسيا تدعم «الحل السياسي» في سوريا وتدين الهجوم."), failures=[])
gc.freeze()
