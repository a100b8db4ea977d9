"""A state's or city's name inside the quoted name of a group or an operation: «فجر ليبيا», «جبهة ثوار سوريا».

News quotes or brackets the names of militias, fronts and alliances (and of military operations)
that hold a place's name: «فجر ليبيا» is an armed coalition, not Libya; «غرفة عمليات حلب» a
command of rebel factions, not Aleppo. A short quoted phrase whose first word is such a head
noun is one ORG mention with an id of its own (the gold rules' flat annotation: no nested place
mention); when the head names an operation («عملية جنيف», «عاصفة عدن») it is an event, which the
gold rules do not annotate, so the place inside is dropped and nothing replaces it.

>>> from workbench.text import Document
>>> doc = Document("a", "اشتبكت قوات «فجر ليبيا» مع الجيش")
>>> found = [{"start": 16, "end": 21, "type": "GPE", "via": "name", "actor_id": "libya"}]
>>> [(r["surface"], r["type"], r["actor_id"]) for r in reread_group_names(doc, found)]
[('فجر ليبيا', 'ORG', 'ar:فجر_ليبيا')]
"""

from __future__ import annotations

import re

from workbench.extract.entities.lookup import outside_id, record, without
from workbench.text import Document, fold

__all__ = ["reread_group_names", "GROUP_HEADS", "OPERATION_HEADS"]

# First words of a group's name: dawn and shield (names of coalitions), army, front, brigade,
# battalions, coalition, alliance, movement, gathering, rebels, free men, partisans, command room.
GROUP_HEADS = frozenset(fold(w) for w in
                        "فجر درع جيش جبهة لواء كتائب ائتلاف تحالف حركة تجمع ثوار أحرار أنصار غرفة".split())
OPERATION_HEADS = frozenset(fold(w) for w in "عملية عاصفة".split())
# Opening marks and their closing ones; a name of at most four words (more are a gloss or a title:
# «تحالف نفطي بين فنزويلا وبلدان الكاراييب») fits in 50 characters either side of the place.
_CLOSING = {"«": "»", "(": ")", '"': '"', "“": "”"}
# The last opening mark before a place with no mark or line break after it (one C search a place).
_OPENING = re.compile('[«("“][^«»()"“”\\n]*\\Z')
_REACH = 50
_MAX_WORDS = 4
_CONFIDENCE = 0.7


def _quoted_around(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span inside the quote or bracket marks that enclose ``text[start:end]`` on its line, or None.

    >>> text = 'قوات «فجر ليبيا» و"غيرها"'
    >>> _quoted_around(text, 10, 15), _quoted_around(text, 19, 24)
    ((6, 15), (19, 24))
    """
    opening = _OPENING.search(text, max(0, start - _REACH), start)
    if opening is None:
        return None
    close = text.find(_CLOSING[text[opening.start()]], end, end + _REACH)
    if close == -1 or "\n" in text[end:close]:
        return None
    return opening.start() + 1, close


def reread_group_names(doc: Document, found: list[dict]) -> list[dict]:
    """``found`` with each place mention inside a quoted group name replaced by the group's ORG
    mention (once per name), or dropped inside a quoted operation name. A quoted phrase that holds
    any other mention (a person, a known body) is left as it is."""
    text = doc.text
    spans = {span for r in found if r["type"] == "GPE"
             for span in [_quoted_around(text, r["start"], r["end"])] if span is not None}
    dropped: list[dict] = []
    added: list[dict] = []
    for start, end in sorted(spans):
        words = text[start:end].split()
        if not 2 <= len(words) <= _MAX_WORDS:
            continue
        first = fold(words[0])
        head = first.removeprefix("ال")
        if head not in GROUP_HEADS and head not in OPERATION_HEADS:
            continue
        inside = [r for r in found if r["start"] < end and start < r["end"]]
        if any(r["type"] != "GPE" or r["start"] < start or r["end"] > end for r in inside):
            continue
        if len(words) == 2 and inside[0]["via"] == "nationality":
            continue  # a state's body described by its adjective, «(الجيش الياباني)»: the gold rules keep the state
        dropped += inside
        if head in GROUP_HEADS:
            # The gold rules drop the article of a name's first word (الجبهة الشامية -> جبهة الشامية).
            begin = text.index(words[0], start) + (2 if first.startswith("ال") else 0)
            surface = text[begin:end].rstrip()
            added.append(record(doc, begin, begin + len(surface), "ORG", outside_id(surface), None, surface,
                                "pattern", "pattern", _CONFIDENCE))
    return without(found, dropped) + added if dropped else found
