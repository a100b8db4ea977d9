"""Foreign clubs named by their name and their state's adjective in a sports story: «أمام الوصل
الإماراتي», «إلى كونيا سبورت التركي», «فريق نظيره إكسيلسيور الهولندي».

A sports story names an opponent or a former club by its short name and the masculine adjective of
its state (a club is «نادٍ»; a town takes the feminine: «ميرلو الهولندية»). One to three words
between a match or transfer word (أمام, بلقاء, ضد, إلى, فريق, نظيره) and such an adjective name a
club when none of them is a common word or an office (أمام المنتخب الإماراتي, إلى الجانب التركي, مع الرئيس
التركي; the article's word is looked up whole, so «الوصل» passes though «وصل» is a verb) and the
article speaks of matches or players at all. A catalogue place that the name holds whole (نيس
the city) gives way to the club. The adjective stays the club's origin, no mention of the state.

>>> from workbench.text import Document
>>> doc = Document("a", "خاض الفريق مباراة ودية أمام الوصل الإماراتي أمس")
>>> [(r["surface"], r["type"]) for r in foreign_clubs(doc, [], candidates=[6])]
[('وصل', 'ORG')]
"""

from __future__ import annotations

from workbench.extract.entities.heads import club_adjectives
from workbench.extract.entities.lookup import record, without
from workbench.extract.entities.names import common_words
from workbench.text import Document, fold

__all__ = ["foreign_clubs", "sports_story"]

# Words of a match or transfer right before a club's name (also with a clitic: بلقاء, وأمام).
_CUES = frozenset(fold(w) for w in "أمام لقاء ملاقاة مباراة مواجهة ضد إلى الى من مع فريق نادي نظيره منافسه".split())
# A story speaks of sport when it holds one of these (tested only where a name stands before an adjective).
_SPORT_WORDS = tuple(fold(w) for w in ("مباراة", "مباريات", "ودية", "الدوري", "لاعب", "معسكر", "المدرب"))
# Bodies and offices a state's adjective follows that the common-word list does not hold with the
# article (its «وصل» "arrived" must not hide «الوصل» the club).
_NOT_CLUBS = frozenset(fold(w) for w in ("رئيس اتحاد دوري طرف سفير وزير ملك أمير شيخ حكومة سلطات كأس نظام صندوق "
                                         "زميل زميله زميليه زملاء زملائه خصم خصمه خصمها").split())
_MAX_WORDS = 3
CONFIDENCE = 0.7


def foreign_clubs(doc: Document, found: list[dict], candidates: list[int]) -> list[dict]:
    """ORG records (actor_id NA) for clubs named before their state's masculine adjective after a
    match or transfer word. ``candidates``: token indices holding the adjectives (:func:`~.heads.pattern_tokens`
    gives them with others). Catalogue places inside such a name are removed from ``found`` (in place);
    a name overlapping anything else is left out."""
    tokens, adjectives = doc.tokens, club_adjectives()
    common, sporty = common_words(), None
    out: list[dict] = []
    for at in [i for i in candidates if tokens[i].norm in adjectives]:
        first = _name_start(tokens, at, common)
        if first is None:
            continue
        if sporty is None:
            sporty = sports_story(doc)
        if not sporty:
            return []
        start, end = tokens[first].stem_start, tokens[at - 1].end
        inside = [r for r in found if r["start"] < end and start < r["end"]]
        if any(r["type"] != "GPE" or r["start"] < start or r["end"] > end for r in inside):
            continue
        found[:] = without(found, inside)
        out.append(record(doc, start, end, "ORG", None, None, doc.text[start:end], "pattern", "pattern", CONFIDENCE))
    return out


def sports_story(doc: Document) -> bool:
    """Whether the article speaks of matches, players or a club's camp at all."""
    return any(w in doc.normalized.text for w in _SPORT_WORDS)


def _name_start(tokens: list, at: int, common: frozenset[str]) -> int | None:
    """The index of the first word of a club's name that ends right before the adjective at ``at``
    and follows a cue word, or None. Only the name's first word may carry a clitic, the article."""
    for cue in range(at - 1, max(at - 2 - _MAX_WORDS, -1), -1):
        tok = tokens[cue]
        if tok.kind != "word":
            return None
        if cue < at - 1 and (tok.stem in _CUES or tok.norm in _CUES):
            name = tokens[cue + 1:at]
            if name[0].clitic not in ("", "ال") or any(t.clitic for t in name[1:]):
                return None
            return cue + 1
        if tok.norm in common or tok.stem in _NOT_CLUBS or (tok.clitic != "ال" and tok.stem in common):
            return None
    return None
