"""An armed group named by a bare common word beside another armed group: «بوكو حرام والقاعدة وجبهة النصرة».

The catalogue reads «تنظيم القاعدة» but not a bare «القاعدة» ("the base", "the rule"): alone the word is
too often a noun. Joined by «و» to a mention of another armed group, before or after it («داعش
والقاعدة», «القاعدة وداعش»), the word with its article names the armed group whose movement-noun alias
it completes (:func:`.heads.movements_named`), when that group has no one-word name of its own for the
catalogue to match (داعش has: «الدولة» stays a noun). The same word after a link word that ties a body
to a group («المرتبطة بالقاعدة», «الموالية للقاعدة», «فرع القاعدة») names the group too, in an article that
names an armed group elsewhere (:func:`linked_groups`).

>>> from workbench.text import Document
>>> doc = Document("a", "جماعات مثل داعش والقاعدة في المنطقة")
>>> found = [{"start": 11, "end": 15, "type": "ORG", "actor_id": "islamic_state"}]
>>> [(r["surface"], r["actor_id"]) for r in coordinated_groups(doc, found)]
[('قاعدة', 'al_qaeda')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.heads import movements_named
from workbench.extract.entities.lookup import record
from workbench.extract.entities.matcher import alias_key
from workbench.text import COMMAS, Document
from workbench.text.segmentation import Token

__all__ = ["coordinated_groups", "linked_groups"]

_SECTOR = "armed_group"
_ARTICLE = "ال"
_JOINED = "وال"
_CONFIDENCE = 0.7
# Folded link words -> the clitic the group's name takes after them: tied «ب» to it, following «ل» it, a branch
# of it in a construct.
_LINKS = {
    **dict.fromkeys(("مرتبط", "مرتبطه", "مرتبطين", "مرتبطون", "مرتبطا"), "بال"),
    **dict.fromkeys(("تابع", "تابعه", "تابعين", "تابعون", "موالي", "مواليه", "موالين", "موالون"), "لل"),
    "فرع": _ARTICLE,
}
_LINK_CLITICS = frozenset("وفلب")


@lru_cache(maxsize=1)
def _armed_groups() -> frozenset[str]:
    """Ids of the catalogue's armed groups."""
    catalogue = load_catalogue()
    return frozenset(catalogue.loc[catalogue["sector"] == _SECTOR, "actor_id"])


@lru_cache(maxsize=1)
def _bare_names() -> dict[str, tuple[str, str, str]]:
    """Folded one-word name -> the armed group (id, English, Arabic) that a movement noun before it names
    («تنظيم القاعدة»: قاعده), for groups the catalogue names by no one-word alias."""
    catalogue = load_catalogue()
    one_word = {aid for aid, alias in zip(catalogue["actor_id"], catalogue["alias"]) if " " not in alias_key(alias)[0]}
    armed = _armed_groups()
    return {name: body for name, body in movements_named().items()
            if " " not in name and body[0] in armed and body[0] not in one_word}


def coordinated_groups(doc: Document, found: list[dict]) -> list[dict]:
    """ORG records for the bare names of armed groups joined by «و» (a comma allowed before it) to a found
    mention of another armed group, with no adjective after them and overlapping no found mention."""
    armed = _armed_groups()
    groups = [m for m in found if m.get("actor_id") in armed]
    if not groups:  # most articles name no armed group: nothing to read
        return []
    names, tokens, starts = _bare_names(), doc.tokens, doc.token_starts
    out: list[dict] = []
    for i in sorted({i for m in groups for i in _neighbours(tokens, starts, m)}):
        tok = tokens[i]
        body = names.get(tok.stem) if tok.clitic.endswith(_ARTICLE) else None
        if body is not None and not _described(tokens, i):
            out += _free_record(doc, tok, body, found)
    return out


def linked_groups(doc: Document, found: list[dict]) -> list[dict]:
    """ORG records for the bare names of armed groups right after a link word with its preposition
    («المرتبطة بالقاعدة», «لفرع القاعدة»), with no adjective after them, in an article with a found armed group."""
    armed = _armed_groups()
    if not any(m.get("actor_id") in armed for m in found):  # the bare word alone is too often a noun
        return []
    folded = doc.normalized.text
    if not any(word in folded for word in _LINKS):  # a C scan instead of a look-up per token when no link word is written
        return []
    names, tokens = _bare_names(), doc.tokens
    out: list[dict] = []
    for i in range(1, len(tokens)):
        tok = tokens[i]
        body = names.get(tok.stem)
        if body is not None and _link_clitic(tokens[i - 1]) == tok.clitic and not _described(tokens, i):
            out += _free_record(doc, tok, body, found)
    return out


def _free_record(doc: Document, tok: Token, body: tuple[str, str, str], found: list[dict]) -> list[dict]:
    """The ORG record of the group ``body`` for the name word ``tok`` without its clitics, in a list;
    empty when a found mention overlaps it (a longer name or another reading holds the word)."""
    if any(m["start"] < tok.end and tok.stem_start < m["end"] for m in found):
        return []
    return [record(doc, tok.stem_start, tok.end, "ORG", *body, "name", "pattern", _CONFIDENCE)]


def _link_clitic(tok: Token) -> str | None:
    """The clitic a group's name takes after ``tok`` when it is a link word (its article or a one-letter
    conjunction or preposition allowed: «والتابعة», «لفرع»), else None."""
    word = tok.stem
    if word not in _LINKS and word[:1] in _LINK_CLITICS and not tok.clitic:
        word = word[1:]
    return _LINKS.get(word)


def _neighbours(tokens: list[Token], starts: list[int], group: dict) -> list[int]:
    """Indices of the tokens joined by «و» to a group's mention: one with «وال» right after it (or after
    it and a comma), and one right before a «و» that opens it («القاعدة وداعش»)."""
    out: list[int] = []
    after = bisect_left(starts, group["end"])
    if 0 < after < len(tokens) and tokens[after - 1].end == group["end"]:
        after += tokens[after].text in COMMAS
        if after < len(tokens) and tokens[after].clitic == _JOINED:
            out.append(after)
    first = bisect_right(starts, group["start"]) - 1
    opener = tokens[first] if first > 0 else None
    if opener is not None and opener.norm.startswith("و") and group["start"] in (opener.start + 1, opener.stem_start):
        out.append(first - 1)
    return out


def _described(tokens: list[Token], i: int) -> bool:
    """Whether a definite word follows token ``i``: an adjective makes it a noun («والقاعدة الجوية»)."""
    return i + 1 < len(tokens) and tokens[i + 1].clitic == _ARTICLE
