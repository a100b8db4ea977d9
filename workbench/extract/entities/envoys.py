"""A name after an office holder's full title: «سفير روسيا لدى المملكة اليغ ازيروف»,
«رئيس الوكالة الدولية للطاقة الذرية يوكيا أمانو».

The title of an ambassador, a chargé d'affaires or a representative ends with the host state or
body after «لدى» or «في», or with the clitic ب («مندوبة الولايات المتحدة بالأمم المتحدة»); the
title of a head of a body (رئيس, مدير, أمين) ends with the body's name right after the office
word or after «في» («رئيس البرلمان في جمهورية الشيشان»). A name right after that state or body
is the office holder's, whatever his given name (foreign ones are rarely in the given-name list).
The name is read with the rules of :mod:`.names` (one unknown word after the first is a surname;
a common word, a clitic or punctuation ends it).

>>> from workbench.text import Document
>>> doc = Document("a", "واستقبل سفير روسيا لدى المملكة اليغ ازيروف أمس")
>>> found = [{"start": 13, "end": 18, "type": "GPE"}, {"start": 25, "end": 30, "type": "GPE"}]
>>> [r["surface"] for r in envoy_names(doc, found, candidates=[1])]
['اليغ ازيروف']
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from workbench.extract.entities.lookup import claim_person
from workbench.extract.entities.names import common_words, given_names, names_at
from workbench.text import Document, fold
from workbench.text.segmentation import Token

__all__ = ["envoy_names"]

# Each office word bare or after و/ف (وسفير, ومدير): one set look-up per word.
_ENVOYS = frozenset(c + fold(w) for w in "سفير سفيرة السفير السفيرة القائم قنصل القنصل مندوب مندوبة المندوب المندوبة".split()
                   for c in ("", "و", "ف"))
_HOST = fold("لدى")
# The host named after «في» or with the clitic ب, a state or a body: «سفير فرنسا في الرياض», «مندوبة
# الولايات المتحدة بالأمم المتحدة سامانثا باور» (the gold rules' own example of a name after a title).
_HOST_CLITICS = frozenset(fold(w) for w in "ب بال".split())
# Heads of a body, whose title ends with the body's name; «الرئيس» alone is a state's head, and
# a name after «الرئيس الأمريكي» is the name patterns' to find.
_HEADS = frozenset(c + fold(w) for w in "رئيس رئيسة مدير مديرة أمين محافظ".split() for c in ("", "و", "ف"))
# Words of the body's name before its catalogue mention (الوكالة of «الوكالة الدولية للطاقة الذرية»)
# and «في» before its seat.
_BODY_WORDS = 3
_SEAT = fold("في")


# Both kinds of office word: the words :func:`~.heads.pattern_tokens` also finds, so the title
# words come with that one pass over the article.
TITLE_WORDS = _ENVOYS | _HEADS
_TITLE_WORDS = 8  # «سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية»: the envoy's word this far back


def envoy_names(doc: Document, found: list[dict], candidates: list[int]) -> list[dict]:
    """Person records (actor_id NA) for the names right after a host state or a body that an
    office holder's title ends with. ``found``: the records found so far; a name overlapping one
    is left out, unless it only holds shorter person mentions, which it replaces in ``found`` (in
    place). ``candidates``: token indices holding the title words (:func:`~.heads.pattern_tokens`
    gives them with others)."""
    tokens, starts = doc.tokens, doc.token_starts
    titles = [i for i in candidates if tokens[i].norm in TITLE_WORDS]
    if not titles:
        return []
    # Bodies that start within reach after a title word (two bisections a title word), instead
    # of reading the words before every body of the article.
    bodies = sorted((b["start"], i) for i, b in enumerate(found)
                    if b["type"] in ("GPE", "ORG") and b.get("via") != "nationality")
    reached: set[int] = set()
    for at in titles:
        last = at + _BODY_WORDS + 2 + (_TITLE_WORDS if tokens[at].norm in _ENVOYS else 0)
        reach = starts[last] if last < len(starts) else len(doc.text)
        lo = bisect_right(bodies, (starts[at], len(found)))
        reached.update(i for _, i in bodies[lo:bisect_right(bodies, (reach, len(found)))])
    if not reached:
        return []
    common = common_words()
    unlisted: set[int] = set()
    headed: set[int] = set()  # starts (in the text) of names after a head's title
    for body in (found[i] for i in sorted(reached)):
        before = bisect_right(starts, body["start"]) - 2  # the token before the one the body starts in
        if before < 0:
            continue
        clitic = fold(doc.text[tokens[before + 1].start:body["start"]]) in _HOST_CLITICS
        title = "envoy" if clitic and _envoy_before(tokens, before) else _title_before(tokens, before, body["type"])
        if not title:
            continue
        k = bisect_left(starts, body["end"])
        if (k < len(tokens) and tokens[k].kind == "word" and tokens[k].norm not in common and tokens[k].stem not in common
                and not _joined(tokens[k])):
            # A given name carries no clitic and no article: after a head's title such a word
            # qualifies the title (المكلف) or continues the body's name (للسهام); an envoy's
            # foreign name may only look so (اليغ).
            if title == "head":
                if tokens[k].norm != tokens[k].stem:
                    continue
                headed.add(tokens[k].start)
            unlisted.add(k)
    if not unlisted:
        return []
    return [name for name in names_at(doc, unlisted)
            if (name["start"] not in headed or _full_name(name["surface"])) and claim_person(found, name)]


def _joined(token: Token) -> bool:
    """Whether a word after the host starts with the conjunction و (a second host «ونيوزلاندا», a
    next person «والعقيد», a verb «وقلده»), not being a given name of its own (وليد).

    >>> from workbench.text import Document
    >>> [_joined(t) for t in Document("a", "ونيوزلاندا وليد اليغ").tokens]
    [True, False, False]
    """
    return token.norm.startswith("و") and token.norm not in given_names()


def _full_name(surface: str) -> bool:
    """Whether a name after a head's title has a given name and a surname and no «و» joining a
    phrase to it: a single word or «تنامي وتطور» there is more often the sentence going on.

    >>> _full_name("جانيت ييلين"), _full_name("تنامي وتطور"), _full_name("مهدد")
    (True, False, False)
    """
    words = fold(surface).split()
    return len(words) >= 2 and not any(w.startswith("و") for w in words[1:])


def _envoy_before(tokens: list, last: int) -> bool:
    """Whether an envoy's word stands within :data:`_TITLE_WORDS` words up to token ``last``."""
    return any(t.norm in _ENVOYS for t in tokens[max(0, last - _TITLE_WORDS + 1):last + 1])


def _title_before(tokens: list, before: int, body_type: str) -> str:
    """Which office's title the words up to ``before`` end, its last words naming a body: "envoy"
    for «لدى», or «في» right before the body, with an envoy's word within reach, "head" for a head's word at most
    :data:`_BODY_WORDS` words back («رئيس الوكالة الدولية», «رئيس البرلمان في جمهورية الشيشان»),
    no punctuation between; "" for none.

    >>> from workbench.text import Document
    >>> doc = Document("a", "سفير روسيا لدى المملكة ورئيس البرلمان في جمهورية الشيشان، رئيس وزراء سوريا")
    >>> [_title_before(doc.tokens, i, "GPE") for i in (2, 7, 9, 11)]
    ['envoy', 'head', '', '']
    """
    seat = False
    for i in range(before, max(-1, before - _BODY_WORDS - 1), -1):
        token = tokens[i]
        if token.kind != "word":
            return ""
        if token.norm == _HOST or (token.norm == _SEAT and i == before):
            if _envoy_before(tokens, i - 1):
                return "envoy"
            if token.norm == _HOST:
                return ""
        if token.norm in _HEADS:
            # A state right after a head's word is the head's portfolio (رئيس وزراء سوريا), which
            # ends the title less surely than a body does.
            return "head" if body_type == "ORG" or seat else ""
        seat = seat or token.norm == _SEAT
    return ""
