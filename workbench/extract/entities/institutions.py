"""A state's ministry or parliament named by its nationality adjective is one ORG of its own:
«وزارة الخارجية الكرواتية» -> croatia_foreign_ministry, «البرلمان الألماني» -> germany_parliament.

The gold rules (benchmarks/gold/README.md) make the whole phrase one ORG mention when it is the fixed
name of a distinct institution (وزارة الخارجية المصرية, البرلمان الألماني), while the adjective
alone is the state after any other noun (الحكومة الألمانية, السلطات التركية, and the short
«الخارجية المصرية» of DECISIONS.md). The catalogue holds the foreign and defence ministries of its
states and a few parliaments; this reads the others, so that a state the catalogue lacks keeps
its ministry apart. The id is «<state>_<portfolio>_ministry» (the catalogue's own naming, with the
portfolio's slug taken from the catalogue's ministries: العدل -> justice) or «<state>_parliament»,
the same in every article.

>>> from workbench.text import Document
>>> doc = Document("a", "وقالت وزارة الخارجية الكرواتية")
>>> found = [{"start": 23, "end": 30, "type": "GPE", "actor_id": "croatia", "actor": "Croatia",
...           "actor_ar": "كرواتيا", "via": "nationality", "surface": "كرواتية", "sentence_id": 0}]
>>> reread_state_institutions(doc, found)
>>> [(r["surface"], r["type"], r["actor_id"]) for r in found]
[('وزارة الخارجية الكرواتية', 'ORG', 'croatia_foreign_ministry')]
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.compass import rewrite_mention
from workbench.extract.entities.context import PROCLITICS, STATE_NOUNS
from workbench.extract.entities.heads import nationality_words
from workbench.extract.entities.lookup import CONFIDENCE, outside_id, record
from workbench.extract.entities.roads import after_clitics
from workbench.text import Document, fold

__all__ = ["reread_state_institutions", "state_bodies"]

_MINISTRY = fold("وزارة")
_PARLIAMENT = fold("برلمان")
# Proclitics that may stand before «وزارة» (the tokenizer splits them off only before the article).
_MINISTRY_CLITICS = frozenset(PROCLITICS)
# Heads of a state's body whose name runs through common words to the state's adjective and is one
# ORG under the written rules («هيئة شؤون الأسرى الفلسطينية», «مصلحة السجون الإسرائيلية», «الإذاعة
# العامة الإسرائيلية», «ديوان الرئاسة الإسرائيلية»). Forces, governments and authorities (القوات,
# الحكومة, السلطات, الشرطة) stay out: after them the adjective is the state.
_BODY_HEADS = frozenset(fold(w) for w in "هيئة مصلحة إذاعة ديوان نيابة".split())
_MAX_BODY_WORDS = 2  # common words between the head and the adjective
# Every listed head with proclitics and no article, to the proclitics' length. «وزارة» counts only bare
# before its portfolio, for the portfolios :func:`_portfolios` lacks («وزارة الطاقة الإماراتية» is one ORG
# under the written rules; «الوزارة الإماراتية» is the state).
_BARE_HEADS = {c + h: len(c) for h in _BODY_HEADS | {_MINISTRY} for c in _MINISTRY_CLITICS}
_SINGULAR_ENDINGS = ("ي", "يه")
_INTEREST = fold("مصلحة")
_IN = fold("في")
_MIN_CONSTRUCT = 3  # a bare word after the head shorter than this is a particle («نيابة عن»)


@lru_cache(maxsize=1)
def _portfolios() -> dict[str, str]:
    """Folded portfolio nouns without the article to their slug, from the catalogue's ministries
    named «وزارة <portfolio>», with a nationality adjective or a coordinated portfolio after it
    (وزارة العدل -> justice, وزارة الدفاع السعودية -> defense, وزارة التجارة والصناعة -> commerce)."""
    cat = load_catalogue().drop_duplicates("actor_id")
    slugs: dict[str, str] = {}
    for actor_id, name_ar, country in zip(cat["actor_id"], cat["name_ar"], cat["country"]):
        words = fold(name_ar).split()
        prefix = f"{country}_"
        if (len(words) < 2 or words[0] != _MINISTRY or not words[1].startswith("ال")
                or not actor_id.startswith(prefix) or not actor_id.endswith("_ministry")):
            continue
        slug = actor_id[len(prefix):-len("_ministry")]
        # a slug that names two coordinated portfolios does not fit the first alone (الثقافة والإعلام)
        if len(words) == 2 or words[2][2:] in nationality_words() or (words[2].startswith("و") and "_and_" not in slug):
            slugs.setdefault(words[1][2:], slug)
    return slugs


def reread_state_institutions(doc: Document, found: list[dict]) -> None:
    """Turn, in place, each nationality adjective with the article right after a ministry's
    portfolio (وزارة العدل التركية, or agreeing with the portfolio: وزارة الدفاع اليمني) or after
    «البرلمان» (masculine: البرلمان الألماني) into that state's institution."""
    for rec in found:
        if rec["via"] != "nationality" or rec["type"] != "GPE":
            continue
        i = _definite_token(doc, rec["start"])
        if i is None or i < 2:
            continue
        tokens = doc.tokens
        adjective, head = tokens[i].stem, tokens[i - 1]
        if head.stem == _PARLIAMENT and head.clitic.endswith(("ال", "لل")) and adjective.endswith("ي"):
            _make_institution(doc, rec, head.stem_start, f"{rec['actor_id']}_parliament")
        elif head.clitic == "ال" and adjective.endswith(_SINGULAR_ENDINGS) and (portfolio := _portfolios().get(head.stem)):
            ministry = tokens[i - 2]
            clitics = ministry.norm[:-len(_MINISTRY)]
            if ministry.norm.endswith(_MINISTRY) and clitics in _MINISTRY_CLITICS:
                begin = after_clitics(doc.text, ministry.start, len(clitics))
                _make_institution(doc, rec, begin, f"{rec['actor_id']}_{portfolio}_ministry")


def _definite_token(doc: Document, start: int) -> int | None:
    """The index of the token whose word after the article starts at ``start`` (an adjective's
    mention), or None unless that word carries the article alone (no و, ب or ل before it)."""
    i = bisect_left(doc.token_starts, start - 2)
    tokens = doc.tokens
    return i if i < len(tokens) and tokens[i].clitic == "ال" and tokens[i].stem_start == start else None


def _make_institution(doc: Document, rec: dict, begin: int, actor_id: str) -> None:
    """Rewrite ``rec`` as the institution ``actor_id`` whose name starts at ``begin``; an institution
    the catalogue lacks is named in English after its state and the id's words (Croatia justice ministry)."""
    institution = actor_id[len(rec["actor_id"]) + 1:].replace("_", " ")
    rewrite_mention(doc, rec, begin, "ORG", actor_id, f"{rec['actor']} {institution}")


def state_bodies(doc: Document, found: list[dict], rejected: list[tuple[int, int]]) -> list[dict]:
    """A state's body named by a head, up to two common words and the state's adjective, as one ORG
    with an outside id: from the adjectives the context rules turned down (``rejected``) and, in place,
    from those they read as the state («ديوان الرئاسة الإسرائيلية»). A span another mention holds is left."""
    out: list[dict] = []
    for rec in found:
        if rec["via"] == "nationality" and rec["type"] == "GPE" and (begin := _body_start(doc, rec["start"], found)) is not None:
            rewrite_mention(doc, rec, begin, "ORG", outside_id(doc.text[begin:rec["end"]]), "")
            rec.update(actor=None, via="pattern")
    for start, end in rejected:
        if (begin := _body_start(doc, start, found)) is not None:
            out.append(record(doc, begin, end, "ORG", outside_id(doc.text[begin:end]), None, doc.text[begin:end],
                              "pattern", "pattern", CONFIDENCE["nationality"]))
    return out


def _body_start(doc: Document, start: int, taken: list[dict]) -> int | None:
    """Where a body's name that ends in the adjective at ``start`` begins, or None: a listed head
    (with the article when nothing stands between), then definite words, the first of which may be
    bare before a definite one (a construct: «شؤون الأسرى»), the farthest head first («هيئة الإذاعة
    اليابانية»). The adjective is singular (a plural describes persons: «أعضاء هيئة التدريس السعوديين»)
    and ends the name (not before «للحياة الفطرية» or «العامة»), and no mention in ``taken`` stands in
    the name («هيئة قناة السويس المصرية»: the canal's authority and the state stay)."""
    tokens = doc.tokens
    i = _definite_token(doc, start)
    if (i is None or not tokens[i].stem.endswith(_SINGULAR_ENDINGS) or tokens[i].stem not in nationality_words()
            or _name_goes_on(tokens, i + 1)):
        return None
    for h in range(max(0, i - _MAX_BODY_WORDS - 1), i):
        if tokens[h].stem not in _BODY_HEADS and tokens[h].norm not in _BARE_HEADS:
            continue  # no head here: the common case, checked before the words between
        if not all(_body_word(tokens, k, i) for k in range(h + 1, i)):
            continue
        begin = _head_start(doc, h, between=i - h - 1)
        if begin is not None:
            # Spans read here, for the rare body found, not copied per article; a body rewritten
            # earlier in the loop holds no adjective of another (no nationality word stands in a name).
            return None if any(r["start"] < start and begin < r["end"] for r in taken) else begin
    return None


def _head_start(doc: Document, h: int, between: int) -> int | None:
    """Where the listed head at token ``h`` starts after its proclitics, or None: with the article,
    or bare before a word of the name; «مصلحة», also the noun "interest", only bare and not after «في»
    («لمصلحة النادي», «يصب في مصلحة الأمن»)."""
    head = doc.tokens[h]
    if head.clitic.endswith("ال") and head.stem in _BODY_HEADS:
        return head.stem_start
    clitics = _BARE_HEADS.get(head.norm) if between else None
    if clitics is None or (head.norm[clitics:] == _INTEREST and (clitics or h and doc.tokens[h - 1].norm == _IN)):
        return None
    return after_clitics(doc.text, head.start, clitics)


def _name_goes_on(tokens: list, k: int) -> bool:
    """Whether token ``k`` continues a name past the adjective: a ل-complement or a definite word."""
    return k < len(tokens) and tokens[k].kind == "word" and (tokens[k].clitic == "ال" or tokens[k].norm.startswith("ل"))


def _body_word(tokens: list, k: int, adjective: int) -> bool:
    """Whether token ``k`` is a common word of a body's name: a word with the article, or a bare
    word right after the head (``k`` not the last before the adjective) in construct with the next."""
    tok = tokens[k]
    if tok.kind != "word" or tok.stem in nationality_words() or tok.stem in STATE_NOUNS:
        return False
    return tok.clitic == "ال" or (not tok.clitic and len(tok.norm) >= _MIN_CONSTRUCT and k + 1 < adjective
                                  and tokens[k - 1].kind == "word" and tokens[k - 1].norm in _BARE_HEADS)
