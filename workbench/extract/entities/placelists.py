"""Places named in a comma list after a locative head: «في أحياء ابيار الماشي، المليليح، الوسيعة».

A plural locative head (أحياء, مناطق, قرى, محافظات, مدن) or «حي» followed by two or more items
joined by commas (or «، وال», «وال») names that many places, none of which the catalogue need know; a
dual head (بلدتي, قريتي, مدينتي) names exactly two, joined by «و» (بلدتي نبل والزهراء).
An item is one name word (a word with the article, or a bare one that is no common word and no
indefinite plural, with a second definite word after it: ابيار الماشي); the span drops the clitics and the article as the gold
rules do. A compass word before a definite item locates it and stays out of the span («وجنوب القواديس»
-> «القواديس»); a bare «و» + name word may close the list when a comma or a full stop follows it («والزوارعة
وبلعة،»). The list ends at the first item that is no name or is not closed by a comma, «و» or a
full stop, so a clause after the last place is never read into it. «أحياء» needs its hamza, as
«إحياء» ("reviving") folds alike. Mentions are GPE without a catalogue id; an item the catalogue or
another rule found keeps that reading.

>>> from workbench.text import Document
>>> doc = Document("a", "تنفيذ مشاريع في أحياء ابيار الماشي، المليليح، والوسيعة.")
>>> [r["surface"] for r in place_list_mentions(doc, [], candidates=[3])]
['ابيار الماشي', 'مليليح', 'وسيعة']
"""

from __future__ import annotations

from functools import lru_cache

from workbench.extract.entities.compass import DIRECTIONS
from workbench.extract.entities.lookup import catalogue_named, pattern_record
from workbench.extract.entities.names import common_words, suffixed_common
from workbench.text import COMMAS, Document, fold

__all__ = ["place_list_mentions", "list_heads"]

_HEADS = "أحياء مناطق قرى محافظات مدن حي".split()
# Dual heads (بلدتي نبل والزهراء): exactly two items, the second closing the list with no mark after it.
_DUAL_HEADS = frozenset(fold(h) for h in "بلدتي قريتي مدينتي".split())
_DUAL = 2
_CLITICS = ("", "و", "ب", "ل", "وب", "ول")
_HAMZA_HEAD = fold("أحياء")
_PLURAL = "ات"
# Pronoun suffixes that make a word a common noun (وقراها، وغيرهم).
_PRONOUNS = ("ها", "هم")
_TANWEEN = "\u064b\u064c\u064d"
_ENDS = frozenset({".", ":", "؛", ";", ")"})
_MIN_ITEMS = 2
_MAX_ITEMS = 12
# Compass words that may stand before an item with or without «و» (وجنوب القواديس): they locate the place.
_COMPASS = frozenset(c + fold(w) for c in ("", "و") for w in DIRECTIONS)
CONFIDENCE = 0.6


@lru_cache(maxsize=1)
def list_heads() -> frozenset[str]:
    """The folded forms of the locative heads with their clitics (بمناطق, وقرى)."""
    return frozenset(c + h for c in _CLITICS for h in frozenset(map(fold, _HEADS)) | _DUAL_HEADS)


def place_list_mentions(doc: Document, found: list[dict], candidates: list[int]) -> list[dict]:
    """GPE records (actor_id NA) for the places of a comma list after a locative head, overlapping
    none of the ``found`` mentions. ``candidates``: token indices holding the heads
    (:func:`~.heads.pattern_tokens` gives them with others)."""
    tokens, heads, common = doc.tokens, list_heads(), common_words()
    out: list[dict] = []
    for i in [i for i in candidates if tokens[i].norm in heads]:
        if tokens[i].norm.endswith(_HAMZA_HEAD) and "أ" not in tokens[i].text:
            continue
        dual = _dual(tokens[i].norm)
        items = _items(tokens, i + 1, common, _DUAL if dual else _MAX_ITEMS)
        if len(items) < (_DUAL if dual else _MIN_ITEMS):
            continue
        for start, end in items:
            if not any(m["start"] < end and start < m["end"] for m in found):
                known = catalogue_named("GPE").get(fold(doc.text[start:end]))  # مدينتي الدمام والخبر
                out.append(pattern_record(doc, start, end, "GPE", known, CONFIDENCE))
    return out


def _dual(norm: str) -> bool:
    """Whether a folded head, with or without its clitics, is a dual (وبلدتي)."""
    return any(norm.endswith(h) and norm[:len(norm) - len(h)] in _CLITICS for h in _DUAL_HEADS)


def _items(tokens: list, j: int, common: frozenset[str], most: int = _MAX_ITEMS) -> list[tuple[int, int]]:
    """(start, end) spans of the list items from ``j``, clitics and article dropped: each a name closed by a
    comma, «و» + the next item or a full stop (or the text's end); the ``most``-th item closes the list
    by itself, and a bare «و» + name word before a comma or a full stop closes it too."""
    items: list[tuple[int, int]] = []
    while j < len(tokens) and len(items) < most:
        j = _past_compass(tokens, j, common)
        first = tokens[j]
        if not _name_word(first, common, joined=bool(items)):
            break
        last_j = j + 1 if not first.clitic and j + 1 < len(tokens) and _second_word(tokens[j + 1], common) else j
        item = (first.stem_start, tokens[last_j].end)
        nxt = tokens[last_j + 1] if last_j + 1 < len(tokens) else None
        if nxt is None or nxt.text in _ENDS or len(items) + 1 == most:
            items.append(item)
            break
        if nxt.text in COMMAS:
            items.append(item)
            j = last_j + 2
        elif nxt.norm.startswith("و") and _name_word(tokens[_past_compass(tokens, last_j + 1, common)], common, joined=True):
            items.append(item)
            j = last_j + 1
        else:
            if _closing_bare_item(tokens, last_j + 1, common):
                items += [item, (nxt.start + 1, nxt.end)]
            break
    return items


def _past_compass(tokens: list, j: int, common: frozenset[str]) -> int:
    """``j + 1`` when token ``j`` is a compass word before a definite name word (وجنوب القواديس), else ``j``."""
    if tokens[j].norm in _COMPASS and j + 1 < len(tokens) and _second_word(tokens[j + 1], common):
        return j + 1
    return j


def _closing_bare_item(tokens: list, j: int, common: frozenset[str]) -> bool:
    """Whether token ``j`` is «و» + a bare name word (وبلعة) that a comma or a full stop closes: a place the
    catalogue names (وجدة), or a word that is no common word (واسعة, واضحة: its «و» is no clitic), and
    whose rest after «و» is no common word, plural or noun with a pronoun (وقراها، ومحيطه)."""
    tok, nxt = tokens[j], tokens[j + 1] if j + 1 < len(tokens) else None
    stem = tok.norm[1:]
    if tok.kind != "word" or not tok.norm.startswith("و") or tok.clitic or len(stem) < 3:
        return False
    if nxt is not None and nxt.text not in COMMAS and nxt.text not in _ENDS:
        return False
    return stem in catalogue_named("GPE") or (
        tok.norm not in common and stem not in common and not suffixed_common(stem)
        and not stem.endswith((_PLURAL, *_PRONOUNS)) and not any(m in tok.text for m in _TANWEEN))


def _name_word(tok, common: frozenset[str], joined: bool) -> bool:
    """A word that may start an item: no common word, with the article (after the first item also
    «وال»), or bare without «و», tanween or the plural ending ـات (مناطق نزاعات، تحسبًا: common nouns)."""
    if tok.kind != "word" or tok.norm in common or tok.stem in common or len(tok.stem) < 3:
        return False
    if tok.clitic == "ال" or joined and tok.clitic == "وال":
        return "أ" not in tok.text[:tok.stem_start - tok.start]  # «وألماتي»: a hamza starts a name, not the article
    return (not tok.clitic and tok.norm[0] != "و" and not tok.norm.endswith(_PLURAL)
            and not any(mark in tok.text for mark in _TANWEEN))


def _second_word(tok, common: frozenset[str]) -> bool:
    """A definite name word that continues an item's name (ابيار الماشي)."""
    return tok.kind == "word" and tok.clitic == "ال" and tok.stem not in common and tok.norm not in common
