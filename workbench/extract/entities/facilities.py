"""Facilities and institutions named after a person: «مستشفى الملك فهد», «مكتبة الملك عبدالعزيز العامة».

Under the gold rules the mention is the facility's whole name, head noun kept (ORG for an
institution, LOC for a stadium, street, airport or mosque), and the person inside it is no
mention: neither the catalogue's king nor a bare given name linked to a namesake elsewhere in
the article. A name is the head noun in construct (clitics و ف ب ل ك outside the span), an
honorific (الملك, الأمير, الشيخ), the person's name with its «بن»/«آل» chain, and up to two
definite words after it: a family name (الفيصل) or the facility's adjective (التخصصي, العامة).

>>> from workbench.text import Document
>>> doc = Document("a", "زار الوفد مكتبة الملك عبدالعزيز العامة الأسبوع الماضي، وملعب الأمير عبد الله الفيصل")
>>> [(r["surface"], r["type"]) for r in facility_mentions(doc, [])]
[('مكتبة الملك عبدالعزيز العامة', 'ORG'), ('ملعب الأمير عبد الله الفيصل', 'LOC')]
"""

from __future__ import annotations

from workbench.extract.entities.lookup import record
from workbench.extract.entities.names import common_words
from workbench.text import Document, fold

__all__ = ["facility_mentions"]

_INSTITUTIONS = frozenset(fold(w) for w in "جامعة مؤسسة مستشفى مركز مجمع كلية معهد مكتبة دارة مدرسة مدينة".split())
_PLACES = frozenset(fold(w) for w in "ملعب استاد ستاد شارع طريق ميدان جسر حي مطار ميناء مسجد جامع".split())
_CLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")
# Folded honorifics; the feminine forms (الملكه, الاميره, الشيخه) start with them.
_HONORIFICS = ("الملك", "الامير", "الشيخ")
_CHAIN = frozenset(fold(w) for w in "بن ابن بنت آل".split())
# Definite words after the name that are the facility's own although common: relational
# adjectives (الثقافي, الاقتصادية) and العامة, العام.
_OWN_ADJECTIVES = frozenset(fold(w) for w in "العام العامة".split())
_ADJECTIVE_ENDINGS = ("ي", "يه")
_TIME_WORDS = frozenset(fold(w) for w in "الماضي الماضية المقبل المقبلة الجاري الجارية الحالي الحالية".split())
CONFIDENCE = 0.7


def facility_mentions(doc: Document, found: list[dict]) -> list[dict]:
    """Facilities named after a person in ``doc`` that overlap none of the ``found`` mentions
    (a facility the catalogue holds, «جامعة الملك سعود», is already there)."""
    folded = doc.normalized.text
    out: list[dict] = []
    for honorific in _HONORIFICS:
        pos = folded.find(honorific)
        while pos != -1:
            hit = _facility_at(folded, pos, honorific)
            if hit is not None:
                start, stop = doc.normalized.span(hit[0], hit[1])
                if not any(m["start"] < stop and start < m["end"] for m in found):
                    out.append(record(doc, start, stop, hit[2], None, None, doc.text[start:stop],
                                      "pattern", "pattern", CONFIDENCE))
            pos = folded.find(honorific, pos + len(honorific))
    return out


def _facility_at(folded: str, pos: int, honorific: str) -> tuple[int, int, str] | None:
    """(start, end, type) in ``folded`` of a facility name whose honorific starts at ``pos``."""
    after = pos + len(honorific)
    if pos < 2 or folded[pos - 1] != " " or not (after < len(folded) and folded[after] in " ه"):
        return None
    head_start = folded.rfind(" ", 0, pos - 1) + 1
    head = folded[head_start:pos - 1]
    for clitic in _CLITICS:
        noun = head[len(clitic):]
        if head.startswith(clitic) and (noun in _INSTITUTIONS or noun in _PLACES):
            end = _name_end(folded, after + (folded[after] == "ه"))
            if end is None:
                return None
            return head_start + len(clitic), end, "ORG" if noun in _INSTITUTIONS else "LOC"
    return None


def _name_end(folded: str, end: int) -> int | None:
    """End of the person's name and the facility's words after the honorific ending at ``end``."""
    words = _words_from(folded, end)
    common = common_words()
    if not words or words[0][0] in common:
        return None
    i, end = 1, words[0][1]
    if words[0][0] == "عبد" and len(words) > 1:
        i, end = 2, words[1][1]
    while i + 1 < len(words) and words[i][0] in _CHAIN:
        i, end = i + 2, words[i + 1][1]
    for word, word_end in words[i:i + 2]:
        if not word.startswith("ال") or word in _TIME_WORDS:
            break
        own = word.endswith(_ADJECTIVE_ENDINGS) or (word in _OWN_ADJECTIVES and not _next_is_time(words, word_end))
        if word in common and not own:
            break
        end = word_end
    return end


def _words_from(folded: str, start: int, limit: int = 8) -> list[tuple[str, int]]:
    """The next ``limit`` words after ``start`` with their ends, up to the first punctuation."""
    words: list[tuple[str, int]] = []
    i = start
    while len(words) < limit and i < len(folded) and folded[i] == " ":
        j = i + 1
        while j < len(folded) and folded[j].isalpha():
            j += 1
        if j == i + 1:
            break
        words.append((folded[i + 1:j], j))
        i = j
    return words


def _next_is_time(words: list[tuple[str, int]], word_end: int) -> bool:
    later = [w for w, e in words if e > word_end]
    return bool(later) and later[0] in _TIME_WORDS
