"""Regional offices named by their sector and place: «تعليم جدة», «مدني الطائف», «شرطة الرياض», «بلدية الأفلاج».

Saudi papers name a city's or province's office of a national service by the sector's noun,
without the article, right before the place: «تعليم جدة» is Jeddah's education office, «مدني
سكاكا» Sakaka's civil defence. The place the catalogue found there belongs to the office, so
that mention becomes one ORG mention of the whole phrase (the gold rules' flat annotation) with
an id of its own (``ar:`` + its folded words, as a name outside the catalogue). The place's
administrative head may stand between («شرطة منطقة مكة المكرمة», «تعليم محافظة صبيا»), and there
«إمارة» is the region's governorate office too («إمارة منطقة الباحة»), while «إمارة دبي» alone is the emirate.

>>> from workbench.text import Document
>>> doc = Document("a", "أوضح تعليم جدة أن")
>>> found = [{"start": 11, "end": 14, "type": "GPE", "via": "alias", "actor_id": "jeddah"}]
>>> reread_regional_offices(doc, found)
>>> [(r["surface"], r["type"], r["actor_id"]) for r in found]
[('تعليم جدة', 'ORG', 'ar:تعليم_جده')]
"""

from __future__ import annotations

import re

from workbench.extract.entities.lookup import outside_id, record
from workbench.text import Document, fold

__all__ = ["reread_regional_offices"]

# Sector nouns that name a service's local office before a place (education, health, police,
# traffic, civil defence, passports, customs), and a town's or region's municipality (بلدية,
# أمانة: «أمانة العاصمة المقدسة» is Mecca's municipality, not the city).
SECTORS = frozenset(fold(w) for w in "تعليم صحة شرطة مرور مدني جوازات جمارك بلدية أمانة".split())
_MUNICIPALITIES = frozenset(fold(w) for w in "بلدية أمانة".split())
# Administrative heads a place may keep after the sector noun («أمانة محافظة جدة»).
_PLACE_HEADS = frozenset(fold(w) for w in "محافظة منطقة مدينة".split())
# Before such a head «إمارة» is a region's governorate office (إمارة منطقة الرياض); right before a
# place it is the emirate itself (إمارة دبي, إمارة الشارقة), so it counts only with the head.
_HEADED_SECTORS = SECTORS | {fold("إمارة")}
# A place head, without clitics, right before a place mention (the place's article aside).
_HEAD_BEFORE = re.compile(r"(?<![\w\u064B-\u0652\u0640])(?:منطق|محافظ|مدين)[ةه][ \t]+(?:ال)?$")
# «رئيس بلدية روما» is the city's mayor, a role: the place stays the city.
_MAYOR = fold("رئيس ")
_CLITICS = "وفبل"
# The word right before a place mention, the place's article aside; marks and tatweel inside it.
_WORD_BEFORE = re.compile(r"(?<![\w\u064B-\u0652\u0640])([\w\u064B-\u0652\u0640]+)[ \t]+(?:ال)?$")
_CONFIDENCE = 0.7
# Last letters of the sector nouns as printed (ة or ه, ي or ى): a cheap test before the search.
_LAST_LETTERS = frozenset("مةهريىتك")


def _office_start(text: str, start: int, end: int) -> int | None:
    """Where the office of the place mention ``text[start:end]`` begins, or None: a sector
    noun right before the place, or before the place's administrative head (inside the mention or
    right before it).

    >>> t = "أوضح تعليم منطقة الرياض وإمارة منطقة الباحة أن إمارة دبي"
    >>> [_office_start(t, t.find(w), t.find(w) + len(w)) for w in ("رياض", "منطقة الباحة", "دبي")]
    [5, 25, None]
    """
    headed = fold(text[start:end].split(maxsplit=1)[0]) in _PLACE_HEADS
    begin = _sector_start(text, start, _HEADED_SECTORS if headed else SECTORS)
    if begin is None and not headed:
        head = _HEAD_BEFORE.search(text, max(0, start - 12), start)
        if head is not None:
            begin = _sector_start(text, head.start(), _HEADED_SECTORS)
    return begin


def _sector_start(text: str, start: int, sectors: frozenset[str]) -> int | None:
    """Where the noun of ``sectors`` before the place at ``start`` begins (after its proclitics), or None."""
    end = start - 2 if text.startswith("ال", start - 2) else start
    if end < 2 or text[end - 1] not in " \t" or text[end - 2] not in _LAST_LETTERS:
        return None
    match = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if match is None:
        return None
    word = match.group(1)
    for cut in range(min(3, len(word))):
        if cut and word[cut - 1] not in _CLITICS:
            return None
        if fold(word[cut:]) in sectors:
            return match.start(1) + cut
    return None


def reread_regional_offices(doc: Document, found: list[dict]) -> None:
    """Turn each place mention of ``found`` right after a sector noun into its office (in place)."""
    folded = doc.normalized.text
    if not any(sector in folded for sector in _HEADED_SECTORS):
        return
    for i, rec in enumerate(found):
        if rec["type"] != "GPE" or rec["via"] == "adjective":
            continue
        begin = _office_start(doc.text, rec["start"], rec["end"])
        if begin is not None and not _mayor(doc.text, begin):
            surface = doc.text[begin:rec["end"]]
            found[i] = record(doc, begin, rec["end"], "ORG", _office_id(surface), None, surface,
                              "pattern", "pattern", _CONFIDENCE)


def _office_id(surface: str) -> str:
    """The office's id, the place's administrative head left out: «أمانة محافظة جدة» is «أمانة جدة»,
    «شرطة منطقة الرياض» is «شرطة الرياض», so an article naming the office both ways names one actor.

    >>> _office_id("أمانة محافظة جدة") == _office_id("أمانة جدة")
    True
    """
    sector, _, place = surface.partition(" ")
    head, _, name = place.lstrip().partition(" ")
    return outside_id(f"{sector} {name}" if name and fold(head) in _PLACE_HEADS else surface)


def _mayor(text: str, begin: int) -> bool:
    """Whether the sector noun at ``begin`` is a municipality right after «رئيس» (a mayor).

    >>> _mayor("حذر رئيس بلدية روما", 9), _mayor("استقبلت أمانة الرياض", 8)
    (True, False)
    """
    stop = text.find(" ", begin)
    noun = text[begin:] if stop == -1 else text[begin:stop]
    return fold(noun) in _MUNICIPALITIES and fold(text[max(0, begin - 8):begin]).endswith(_MAYOR)
