"""A catalogue place right after a listed given name is that person's family name.

«محمد أمان» is a player, not Amman; «وجورج واشنطن» a president, not the United States; «توكل
كرمان» a laureate, not the Iranian city Kerman. The place reading stays when the given name
is itself part of a longer name or title (الملك سلمان مصر in a tag list, آل سعود جدة, بن
سعيد سلطان عمان), when a preposition makes it a word (في صالح إيران, من جمال آسيا), when the
given name is also a common word (word_given_names.txt), and for a place of several words
(المخلوع صالح قاعدة العند). A place phrase the catalogue knows whole is one hit and never
reaches this rule.

>>> from workbench.text import Document
>>> from workbench.extract.entities.lookup import catalogue_mentions
>>> from workbench.extract.entities.matcher import matcher_for
>>> doc = Document("a", "سجل محمد أمان هدفا، ويصب الاتفاق في صالح إيران.")
>>> found, _ = catalogue_mentions(doc, matcher_for())
>>> reread_family_names(doc, found)
>>> [r["surface"] for r in found]
['إيران']
"""

from __future__ import annotations

from bisect import bisect_left

from workbench.extract.entities.context import HONORIFICS, PARTICLES
from workbench.extract.entities.lookup import without
from workbench.extract.entities.names import BINDERS, given_names, word_given_names
from workbench.text import Document

__all__ = ["reread_family_names"]

_PLACE_TYPES = frozenset({"GPE", "LOC"})


def reread_family_names(doc: Document, found: list[dict]) -> None:
    """Drop from ``found`` (in place) the one-word catalogue places that follow a listed given
    name as its family name; the name patterns may then take the whole name as a person."""
    text, norm, given = doc.text, doc.normalized, given_names()
    # Read in the folded view (located by bisection), so that no word is folded again.
    family = [m for m in found if m["type"] in _PLACE_TYPES and text[m["start"] - 1:m["start"]] == " "
              and " " not in m["surface"] and m["method"] == "catalogue"
              and _after_given_name(norm.text, bisect_left(norm.index, m["start"]), given)]
    if family:
        found[:] = without(found, family)


def _after_given_name(folded: str, start: int, given: frozenset[str]) -> bool:
    """Whether the word before ``folded[start:]`` (one space between) is a listed given name that
    starts a name there: joined by «و» to what precedes, or after no name word, title or particle."""
    if start < 2 or folded[start - 1] != " " or not folded[start - 2].isalpha():
        return False
    gap = folded.rfind(" ", 0, start - 1)
    word = folded[gap + 1:start - 1]
    coordinated = word.startswith("و") and word[1:] in given
    name = word[1:] if coordinated else word
    if name not in given or name in word_given_names():
        return False
    if coordinated or gap < 0 or not folded[gap - 1].isalpha():
        return True
    before = folded[folded.rfind(" ", 0, gap) + 1:gap]
    stripped = before[1:] if before.startswith("و") else before
    return not (before in PARTICLES or before in BINDERS or before in HONORIFICS
                or stripped in given or stripped in BINDERS or stripped in HONORIFICS)
