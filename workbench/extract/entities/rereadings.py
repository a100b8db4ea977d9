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

from functools import lru_cache

from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.context import bare
from workbench.extract.entities.lookup import CLUB_CONFIDENCE, INSTITUTION_NOUNS, OUTSIDE_PREFIX
from workbench.extract.entities.matcher import Matcher
from workbench.extract.entities.names import word_tokens
from workbench.text import Document, fold

__all__ = ["reread_in_article", "NOUN_FORMS"]

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
# The nouns bare and after the clitics they take before a name (بمهرجان, لبرنامج, وإعلان).
NOUN_FORMS = frozenset(c + w for w in EVENT_NOUNS | DOCUMENT_NOUNS | ENVOY_NOUNS for c in ("", "و", "ف", "ب", "ل", "وب", "ول"))
# What may stand between a king's title and the name after it (خادم الحرمين الشريفين الملك عبدالله).
_BETWEEN_TITLE_AND_NAME = frozenset(("", "ال", "الملك", "الامير"))
OMAN, AMMAN, JORDAN = "oman", "amman", "jordan"
_AMMAN_AR = "عمّان"
_JORDANIAN = fold("أردنية")


def reread_in_article(doc: Document, found: list[dict], matcher: Matcher,
                      candidates: list[int] | None = None) -> list[tuple[int, int]]:
    """Re-read the catalogue mentions ``found`` (changed in place) in the light of the whole
    article; return the spans of those dropped, which no other source may claim. ``candidates``:
    token indices that include those of the nouns of :data:`NOUN_FORMS` (the pass shared with the
    name patterns, :func:`~.heads.pattern_tokens`); found here when None."""
    after = _after_nouns(doc, candidates)
    dropped: list[tuple[int, int]] = []
    keep: list[dict] = []
    for i, m in enumerate(found):
        if m["method"] == "catalogue" and m["via"] != "nationality":
            head = after.get(m["start"], "")
            if (head in EVENT_NOUNS or (head in DOCUMENT_NOUNS and _is_city(m, matcher))
                    or _title_of_another(doc.text, found, i, head)):
                dropped.append((m["start"], m["end"]))
                continue
        keep.append(m)
    found[:] = keep
    _reread_amman(doc, found)
    _reread_foreign_bodies(found, matcher)
    return dropped


def _after_nouns(doc: Document, candidates: list[int] | None = None) -> dict[int, str]:
    """Original offsets where a mention right after an event, agreement or envoy noun may start
    (the next word, past its clitics and article), each with that noun without its clitics;
    the nouns are found in one pass over the text.

    >>> after = _after_nouns(Document("a", "أيد وإعلان القاهرة، ثم كأس آسيا"))
    >>> after[13], after[27], 20 in after
    ('اعلان', 'كاس', False)
    """
    tokens = doc.tokens
    out: dict[int, str] = {}
    nouns = (word_tokens(doc, NOUN_FORMS) if candidates is None
             else [i for i in candidates if tokens[i].norm in NOUN_FORMS])
    for i in nouns:
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.kind == "word":
            noun = bare(tokens[i].norm)
            for start in range(nxt.start, min(nxt.start + 4, nxt.end)):
                out[start] = noun
    return out


def _is_city(mention: dict, matcher: Matcher) -> bool:
    """Whether a mention names a city or region of a state rather than the state itself."""
    country = matcher.countries.get(mention["actor_id"])
    return mention["type"] in ("GPE", "LOC") and country is not None and country != mention["actor_id"]


def _title_of_another(text: str, found: list[dict], i: int, head: str) -> bool:
    """Whether mention ``i`` is a king's title that an envoy's title holds (``head`` is the
    word before it without clitics) or another person's name follows."""
    m = found[i]
    if m["type"] != "PER" or fold(m["surface"]) not in KING_TITLES:
        return False
    if head in ENVOY_NOUNS:
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
        if ("\u0651" in m["surface"] or _after_jordanian(doc.text, m["start"])
                or (jordanian and not other_oman)):
            m.update(actor_id=AMMAN, actor="Amman", actor_ar=_AMMAN_AR, type="GPE")


def _after_jordanian(text: str, start: int) -> bool:
    """Whether the word before the one at original offset ``start`` is «الأردنية» (العاصمة
    الأردنية عمان); read in the original text, only for a rare hit.

    >>> _after_jordanian("العاصمة الأردنية عمان", 17), _after_jordanian("في عمان", 3)
    (True, False)
    """
    chunk = text[max(0, start - 30):start]
    words = chunk.split()
    if chunk and not chunk[-1].isspace():
        words = words[:-1]  # the mention's own clitics
    return bool(words) and fold(words[-1]).endswith(_JORDANIAN)


def _reread_foreign_bodies(found: list[dict], matcher: Matcher) -> None:
    saudi_bodies = []
    for m in found:
        if matcher.countries.get(m["actor_id"]) != SAUDI:
            continue
        if (m["via"] not in ("name", "alias") or m["actor_id"] == SAUDI
                or fold(m["surface"]).split(" ", 1)[0] not in INSTITUTION_NOUNS):
            return  # a Saudi actor in the story: the bare body may well be the Saudi one
        saudi_bodies.append(m)
    if not saudi_bodies:
        return
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
