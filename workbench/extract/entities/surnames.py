"""A catalogue place or person's surname right after a listed given name is that person's family name.

«محمد أمان» is a player, not Amman; «وجورج واشنطن» a president, not the United States; «توكل
كرمان» a laureate, not the Iranian city Kerman. Likewise a catalogue person named by one word of
his name after a given name that is not his is a namesake («جاكلين جونسون» is not Boris Johnson,
«سارة كيري» not John Kerry); his own given name, also spelt otherwise («ميشال بلاتيني» for «ميشيل»),
keeps him. A given name is a listed one, or before a person a word that reads clearly foreign. The place reading stays when the given name
is itself part of a longer name or title (الملك سلمان مصر in a tag list, آل سعود جدة, بن
سعيد سلطان عمان), when a preposition makes it a word (في صالح إيران, من جمال آسيا), when the
given name is also a common word (word_given_names.txt), and for a place of several words
(المخلوع صالح قاعدة العند). A place phrase the catalogue knows whole is one hit and never
reaches this rule.

>>> from workbench.text import Document
>>> from workbench.extract.entities.lookup import catalogue_mentions
>>> from workbench.extract.entities.matcher import matcher_for
>>> doc = Document("a", "سجل محمد أمان هدفا، ويصب الاتفاق في صالح إيران. وقالت سارة كيري إن جون كيري وصل")
>>> found, _ = catalogue_mentions(doc, matcher_for())
>>> reread_family_names(doc, found)
>>> [r["surface"] for r in found]
['إيران', 'جون كيري']
"""

from __future__ import annotations

from bisect import bisect_left

from workbench.extract.entities.context import HONORIFICS, PARTICLES
from workbench.extract.entities.foreign import THRESHOLD, foreign_score
from workbench.extract.entities.lookup import without
from workbench.extract.entities.names import BINDERS, common_words, given_names, word_given_names
from workbench.text import Document, fold

__all__ = ["reread_family_names"]

_PLACE_TYPES = frozenset({"GPE", "LOC"})


def reread_family_names(doc: Document, found: list[dict]) -> None:
    """Drop from ``found`` (in place) the one-word catalogue places that follow a listed given
    name as its family name, and the one-word catalogue persons that follow a given name not
    theirs; the name patterns may then take the whole name as a person."""
    text, norm, given = doc.text, doc.normalized, given_names()
    family = []
    ends: set[int] | None = None
    for m in found:
        if (m["method"] != "catalogue" or " " in m["surface"] or text[m["start"] - 1:m["start"]] != " "
                or (m["type"] != "PER" and m["type"] not in _PLACE_TYPES)):
            continue
        # Read in the folded view (located by bisection), so that no word is folded again.
        name = _given_name_before(norm.text, bisect_left(norm.index, m["start"]), given, m["type"] == "PER")
        if name is None or m["type"] == "PER" and not _namesake(name, m["actor_ar"]):
            continue
        ends = {r["end"] for r in found} if ends is None else ends
        if m["start"] - 1 not in ends:  # a mention before it (كيري لافروف) is no given name but a person
            family.append(m)
    if family:
        found[:] = without(found, family)


def _namesake(given: str, full_name: str) -> bool:
    """Whether ``given`` (folded) is no word of ``full_name``, the catalogue person's Arabic name,
    compared without long vowels so that another spelling of his own name (ميشال, ميشيل) is his, and
    so is another language's form of it with one more final letter (أليكسيس for أليكسي: Alexis, Alexei).

    >>> _namesake("ساره", "جون كيري"), _namesake("ميشال", "ميشيل بلاتيني"), _namesake("انغيلا", "أنجيلا ميركل")
    (True, False, False)
    >>> _namesake("اليكسيس", "أليكسي بوشكوف"), _namesake("جون", "جو بايدن")
    (False, True)
    """
    words = fold(full_name).split()
    if len(words) < 2:
        return False
    own, skeletons = _skeleton(given), {_skeleton(w) for w in words}
    return own not in skeletons and not (len(own) > _MIN_STEM_LETTERS and own[:-1] in skeletons)


def _skeleton(word: str) -> str:
    return word.translate(_SPELLINGS)


# The letters a word of the person's name must keep, without long vowels, for a form with one more final
# letter to be his (لكس of أليكسي: أليكسيس); a shorter one (جو, جون) is another person's name.
_MIN_STEM_LETTERS = 3
# Long vowels dropped, and the letters Arabic writers use for a foreign G or K merged (أنجيلا, أنغيلا).
_SPELLINGS = str.maketrans("غقج", "ككك", "اوي")


def _given_name_before(folded: str, start: int, given: frozenset[str], foreign: bool = False) -> str | None:
    """The word before ``folded[start:]`` (one space between) without its «و» when it is a listed
    given name (or, with ``foreign``, a word that reads clearly foreign: جاكلين) that starts a name
    there: joined by «و» to what precedes, or after no name word, title or particle; else None."""
    if start < 2 or folded[start - 1] != " " or not folded[start - 2].isalpha():
        return None
    gap = folded.rfind(" ", 0, start - 1)
    word = folded[gap + 1:start - 1]
    coordinated = word.startswith("و") and word[1:] in given
    name = word[1:] if coordinated else word
    listed = name in given
    if name in word_given_names() or not (listed or foreign):
        return None
    if not (coordinated or gap < 0 or not folded[gap - 1].isalpha()):
        before = folded[folded.rfind(" ", 0, gap) + 1:gap]
        stripped = before[1:] if before.startswith("و") else before
        if (before in PARTICLES or before in BINDERS or before in HONORIFICS
                or stripped in given or stripped in BINDERS or stripped in HONORIFICS):
            return None
    # The n-gram score last: it is the dearest test, and a common word (الرئيس) is never scored.
    if not listed and (name in common_words() or foreign_score(name) <= THRESHOLD):
        return None
    return name
