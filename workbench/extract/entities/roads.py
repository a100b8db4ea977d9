"""Roads and valleys named by a word of their own: «طريق الحائر», «بطريق السلام», «وادي العقيق».

Under the gold rules a road or a valley is a LOC mention with its head noun kept (طريق المربع). The
head in construct (clitics و ف ب ل ك outside the span, never «عن طريق», "by way of", nor the verb
«وأدى», "and led", which folds like «وادي») names one
when a name follows it and no event noun stands before it (ملتقى طريق الحرير): a definite word that is no common word (الساحل, الحائر), «الإمام» and
the name after it (طريق الإمام مسلم), or for a valley a word without the article as well (وادي
قناة). Roads named after a prince or a king are :mod:`.facilities`' own.

>>> from workbench.text import Document
>>> doc = Document("a", "وقع الحادث على طريق الحائر جنوب المدينة عن طريق الخطأ")
>>> [(r["surface"], r["type"]) for r in road_mentions(doc, [], candidates=[3, 9])]
[('طريق الحائر', 'LOC')]
"""

from __future__ import annotations

from functools import lru_cache

from workbench.extract.entities.lookup import record
from workbench.extract.entities.names import PATRONYMS, common_words
from workbench.extract.entities.rereadings import EVENT_NOUNS
from workbench.text import Document, fold

__all__ = ["road_mentions", "road_heads", "after_clitics"]

_ROAD, _VALLEY = fold("طريق"), fold("وادي")
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب")
_BY_WAY_OF = frozenset(fold(w) for w in ("عن", "وعن"))
# Nouns of an event named after a road (ملتقى طريق الحرير): no place mention inside an event's name.
_EVENTS = EVENT_NOUNS | frozenset(fold(w) for w in "ملتقى منتدى مؤتمر".split())
# A title before a road's second name word (طريق الإمام البخاري).
_IMAM = fold("الإمام")
CONFIDENCE = 0.7


@lru_cache(maxsize=1)
def road_heads() -> frozenset[str]:
    """The folded forms of the road and valley heads with their clitics (بطريق, ووادي)."""
    return frozenset(c + head for c in _CLITICS for head in (_ROAD, _VALLEY))


def road_mentions(doc: Document, found: list[dict], candidates: list[int]) -> list[dict]:
    """LOC records (actor_id NA) for roads and valleys named after their head noun, overlapping none
    of the ``found`` mentions. ``candidates``: token indices holding the heads (:func:`~.heads.pattern_tokens`
    gives them with others)."""
    tokens, heads, common = doc.tokens, road_heads(), common_words()
    out: list[dict] = []
    for i in [i for i in candidates if tokens[i].norm in heads]:
        tok = tokens[i]
        if ("أ" in tok.text or i + 1 >= len(tokens)
                or (i > 0 and (tokens[i - 1].norm in _BY_WAY_OF or tokens[i - 1].stem in _EVENTS))):
            continue
        last = _name_end(tokens, i + 1, common, tok.norm.endswith(_VALLEY))
        if last is None:
            continue
        start = after_clitics(doc.text, tok.start, len(tok.norm) - len(_ROAD))  # both heads have four letters
        if not any(m["start"] < last.end and start < m["end"] for m in found):
            out.append(record(doc, start, last.end, "LOC", None, None, doc.text[start:last.end], "pattern", "pattern", CONFIDENCE))
    return out


def _name_end(tokens: list, j: int, common: frozenset[str], valley: bool):
    """The last token of the name at ``j`` after a head: «الإمام» and the name after it (common
    word or not: مسلم), or one
    word that is no common word, definite (or, after a valley, bare); None when none stands there."""
    nxt = tokens[j]
    if nxt.kind != "word":
        return None
    if nxt.norm == _IMAM:
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        return after if after is not None and after.kind == "word" and after.clitic in ("", "ال") else None
    if nxt.norm in common or nxt.stem in common or not (nxt.clitic == "ال" or valley and not nxt.clitic):
        return None
    if nxt.norm in PATRONYMS:  # a town named after a valley and a family (وادي بن هشبل)
        after = tokens[j + 1] if j + 1 < len(tokens) else None
        return after if after is not None and after.kind == "word" and not after.clitic else None
    return nxt


def after_clitics(text: str, start: int, letters: int) -> int:
    """The offset after the first ``letters`` letters from ``start`` (marks and tatweel skipped)."""
    while letters and start < len(text):
        letters -= text[start].isalpha() and text[start] != "\u0640"
        start += 1
    return start
