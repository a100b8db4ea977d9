"""Catalogue readings that the rest of the article overturns.

A catalogue hit is resolved from the words right around it (:mod:`.context`);
these rules look further, at the other mentions of the article:

- a place, state or person named inside the name of an event, a programme or
  a prize is no mention (كأس آسيا, برنامج خادم الحرمين الشريفين للابتعاث,
  مهرجان أبها), nor a city inside an agreement's name (إعلان القاهرة), as the
  gold rules leave event names out;
- a king's title is no mention of him when another person's name follows it
  (خادم الحرمين الشريفين الملك عبدالله: the name is the mention) or when it
  only qualifies an ambassador (سفير خادم الحرمين الشريفين);
- «عمان» is Amman, not Oman, when written with shadda (عمّان), after «الأردنية»,
  or in an article about Jordan that names Oman in no other way;
- a ministry or other body the catalogue reads as Saudi when named bare
  (وزارة الداخلية), in an article that names no Saudi actor, belongs to the one
  other state a sentence names around it (the Egyptian interior ministry in an
  Egyptian story): it gets the id of that
  state's institution (``ar:وزاره_الداخليه_المصريه``, as «وزارة الداخلية
  المصرية» spelt out would), and so do its later bare mentions.

>>> from workbench.text import Document
>>> from workbench.extract.entities.lookup import catalogue_mentions
>>> from workbench.extract.entities.matcher import matcher_for
>>> doc = Document("a", "وصل الوزير إلى الأردن ثم إلى عمان. وأيد إعلان القاهرة.")
>>> found, rejected = catalogue_mentions(doc, matcher_for())
>>> dropped = reread_in_article(doc, found, matcher_for())
>>> [(r["surface"], r["actor_id"]) for r in found], [doc.text[s:e] for s, e in dropped]
([('أردن', 'jordan'), ('عمان', 'amman')], ['قاهرة'])
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.context import bare, previous_words
from workbench.extract.entities.lookup import CLUB_CONFIDENCE, INSTITUTION_NOUNS, OUTSIDE_PREFIX
from workbench.extract.entities.matcher import Matcher
from workbench.text import Document, fold

__all__ = ["reread_in_article"]

SAUDI = "saudi_arabia"
# Nouns whose next word names an event, a programme or a prize, not an actor (كأس ألمانيا).
EVENT_NOUNS = frozenset(fold(w) for w in "مهرجان مهرجانات برنامج كأس بطولة دوري جائزة مسابقة".split())
# Nouns that a city's name after them turns into an agreement's name (إعلان القاهرة, اتفاقية فيينا);
# a state after them acts (إعلان دولة الإمارات عن توجهها).
DOCUMENT_NOUNS = frozenset(fold(w) for w in "إعلان اتفاق اتفاقية معاهدة ميثاق".split())
# Words before a king's title that make it part of an envoy's title (سفير خادم الحرمين الشريفين).
ENVOY_NOUNS = frozenset(fold(w) for w in "سفير سفيرة سفراء سفارة قنصل قنصلية ملحق ملحقية مندوب ممثل".split())
# Titles the catalogue gives the reigning king, which another king's name may follow.
KING_TITLES = frozenset(fold(w) for w in ("خادم الحرمين الشريفين", "خادم الحرمين"))
# What may stand between a king's title and the name after it (خادم الحرمين الشريفين الملك عبدالله).
_BETWEEN_TITLE_AND_NAME = frozenset(("", "ال", "الملك", "الامير"))
OMAN, AMMAN, JORDAN = "oman", "amman", "jordan"
_AMMAN_AR = "عمّان"


def reread_in_article(doc: Document, found: list[dict], matcher: Matcher) -> list[tuple[int, int]]:
    """Re-read the catalogue mentions ``found`` (changed in place) in the light of the whole
    article; return the spans of those dropped, which no other source may claim."""
    dropped: list[tuple[int, int]] = []
    keep: list[dict] = []
    for i, m in enumerate(found):
        if m["method"] != "catalogue" or m["via"] == "nationality":
            keep.append(m)
            continue
        before = _words_before(doc, m["start"])
        head = bare(before[-1]) if before else ""
        if (head in EVENT_NOUNS or (head in DOCUMENT_NOUNS and _is_city(m, matcher))
                or _title_of_another(doc.text, found, i, before)):
            dropped.append((m["start"], m["end"]))
            continue
        keep.append(m)
    found[:] = keep
    _reread_amman(doc, found)
    _reread_foreign_bodies(found, matcher)
    return dropped


def _is_city(mention: dict, matcher: Matcher) -> bool:
    """Whether a mention names a city or region of a state rather than the state itself."""
    country = matcher.countries.get(mention["actor_id"])
    return mention["type"] in ("GPE", "LOC") and country is not None and country != mention["actor_id"]


def _words_before(doc: Document, start: int, n: int = 2) -> list[str]:
    """Up to ``n`` folded words before the word that holds original offset ``start`` (its
    clitics and article are in the mention's word, not before it)."""
    folded = doc.normalized.text
    pos = bisect_left(doc.normalized.index, start)
    while pos > 0 and folded[pos - 1].isalpha():
        pos -= 1
    return previous_words(folded, pos, n)


def _title_of_another(text: str, found: list[dict], i: int, before: list[str]) -> bool:
    """Whether mention ``i`` is a king's title that an envoy's title holds or another
    person's name follows."""
    m = found[i]
    if m["type"] != "PER" or fold(m["surface"]) not in KING_TITLES:
        return False
    if before and bare(before[-1]) in ENVOY_NOUNS:
        return True
    nxt = found[i + 1] if i + 1 < len(found) else None
    return (nxt is not None and nxt["type"] == "PER" and nxt["actor_id"] != m["actor_id"]
            and fold(text[m["end"]:nxt["start"]]).strip() in _BETWEEN_TITLE_AND_NAME)


def _reread_amman(doc: Document, found: list[dict]) -> None:
    omans = [m for m in found if m["actor_id"] == OMAN and m["via"] == "name"]
    if not omans:
        return
    jordanian = any(m["actor_id"] == JORDAN for m in found)
    other_oman = any(m["actor_id"] == OMAN and m["via"] != "name" for m in found)
    for m in omans:
        before = _words_before(doc, m["start"])
        if ("\u0651" in m["surface"] or any(w.endswith("اردنيه") for w in before)
                or (jordanian and not other_oman)):
            m.update(actor_id=AMMAN, actor="Amman", actor_ar=_AMMAN_AR, type="GPE")


def _reread_foreign_bodies(found: list[dict], matcher: Matcher) -> None:
    saudi_bodies = [m for m in found if m["via"] in ("name", "alias") and matcher.countries.get(m["actor_id"]) == SAUDI
                    and m["actor_id"] != SAUDI and fold(m["surface"]).split(" ", 1)[0] in INSTITUTION_NOUNS]
    if not saudi_bodies or any(matcher.countries.get(m["actor_id"]) == SAUDI for m in found if m not in saudi_bodies):
        return  # a Saudi actor in the story: the bare body may well be the Saudi one
    states: dict[int, set[str]] = {}
    for m in found:
        if m["type"] in ("GPE", "LOC") and m["actor_id"] is not None:
            country = matcher.countries.get(m["actor_id"])
            if country is not None:
                states.setdefault(m["sentence_id"], set()).add(country)
    adjectives = _feminine_adjectives()
    owner: dict[str, str] = {}  # a Saudi-read body -> the state it was found to belong to
    for m in saudi_bodies:
        around = states.get(m["sentence_id"], set())
        if len(around) == 1 and SAUDI not in around and next(iter(around)) in adjectives:
            owner[m["actor_id"]] = next(iter(around))
        elif SAUDI in around:
            owner.pop(m["actor_id"], None)
        state = owner.get(m["actor_id"])
        if state is not None:
            name = f"{m['surface']} ال{adjectives[state]}"
            m.update(actor_id=OUTSIDE_PREFIX + "_".join(fold(name).split()), actor=None, actor_ar=name,
                     via="pattern", method="pattern", confidence=CLUB_CONFIDENCE)


@lru_cache(maxsize=1)
def _feminine_adjectives() -> dict[str, str]:
    """Each state's feminine singular adjective as the catalogue spells it (مصرية), the form an
    institution's name takes (وزارة الداخلية المصرية)."""
    cat = load_catalogue()
    adjectives = cat[(cat["via"] == "nationality") & cat["alias"].str.endswith("ية")]
    shortest = adjectives.assign(n=adjectives["alias"].str.len()).sort_values("n").drop_duplicates("actor_id")
    return dict(zip(shortest["actor_id"], shortest["alias"]))
