"""Mentions that are part of a person's title: kept for quotes and stance, left out of the frames.

The gold rules (``benchmarks/gold/README.md``, ``DECISIONS.md``) make a nationality
adjective inside a person's title or role no mention («الرئيس المصري», «المبعوث
الأميركي», «وزير الدفاع اليمني»), nor the generic cabinet words of a title («رئيس
مجلس الوزراء»). Quotes and stance still need «السفير الروسي» as Russia when no
name follows (a nationality-adjective actor counts as the state), so these
mentions stay in the records of :func:`~workbench.extract.entities.entities_for`,
flagged ``in_title`` = True (their ``via`` unchanged: stance reads a ``nationality``
mention as the state), and :func:`public_mentions` is the one place that drops
them from the ``entities`` frame and the articles frame.

>>> from workbench.text import Document
>>> doc = Document("a", "قال السفير الروسي إن القوات الروسية")
>>> found = [{"start": 13, "end": 17, "surface": "روسي", "via": "nationality", "actor_id": "russia"},
...          {"start": 30, "end": 35, "surface": "روسية", "via": "nationality", "actor_id": "russia"}]
>>> [m.get(IN_TITLE, False) for m in mark_title_readings(doc, found)]
[True, False]
>>> [m["surface"] for m in public_mentions(found)]
['روسية']
"""

from __future__ import annotations

from workbench.extract.entities.context import PERSON_TITLES, in_title, is_one_of, words_before_mention
from workbench.text import Document, fold

__all__ = ["mark_title_readings", "public_mentions", "IN_TITLE"]

# The record key of a mention inside a person's title; not a column of the entities frame.
IN_TITLE = "in_title"

# The Saudi cabinet's catalogue name, and another state's cabinet named after it (مجلس الوزراء
# المصري): generic office words when a title noun heads them.
_CABINET = fold("مجلس الوزراء")
# A minister's portfolio before the cabinet (وزير الدولة لشؤون مجلس الوزراء): the cabinet is the office's.
_PORTFOLIO = frozenset(fold(w) for w in ("شؤون", "لشؤون"))


def mark_title_readings(doc: Document, found: list[dict]) -> list[dict]:
    """Flag ``in_title`` (in place) on the mentions of ``found`` that are part of a person's
    title: a nationality adjective whose head is a person's office, and the cabinet after a title
    noun or a portfolio (رئيس مجلس الوزراء, النائب الثاني لرئيس مجلس الوزراء, لشؤون مجلس الوزراء).
    Returns ``found``."""
    for m in found:
        if m["via"] == "nationality":
            if in_title(words_before_mention(doc.text, m["start"], 3)):
                m[IN_TITLE] = True
        elif m["type"] == "ORG" and m["surface"].startswith("مجلس") and fold(m["surface"]).startswith(_CABINET):
            before = words_before_mention(doc.text, m["start"], 1)
            if before and (is_one_of(before[-1], PERSON_TITLES) or fold(before[-1]) in _PORTFOLIO):
                m[IN_TITLE] = True
    return found


def public_mentions(mentions: list[dict]) -> list[dict]:
    """The mentions the gold rules count: all but those inside a person's title."""
    return [m for m in mentions if IN_TITLE not in m]

