"""Forces named by the one they are loyal to: «القوات الموالية للرئيس هادي» and «قوات الجيش الموالية
للشرعية» are the Yemeni national army, an actor of its own in the catalogue.

``workbench/data/actors/loyal_forces.csv`` lists the owners (``owner`` as written after «الموالية
ل», ``owner_id``) and the actor their forces are (``forces``). The forces word («القوات», «قوات
الجيش») becomes a mention of ``forces`` and the owner, if no rule found it, one of ``owner_id``
(«للشرعية» after «الموالية» reads as an adjective to the context rule). Both count only in an
article whose catalogue mentions already include the forces' state or an actor of it, so that
another state's «الشرعية» is left alone. Only owners whose forces the catalogue holds as an actor
are listed: the development annotations mark «القوات الموالية للأسد» as a mention of al-Assad alone.

>>> from workbench.text import Document
>>> doc = Document("a", "وتقدمت القوات الموالية لهادي نحو عدن")
>>> found = [{"start": 33, "end": 36, "actor_id": "aden"}]
>>> [(r["surface"], r["actor_id"]) for r in loyal_forces(doc, found)]
[('قوات', 'yemeni_national_army'), ('هادي', 'abd_rabbuh_mansur_hadi')]
"""

from __future__ import annotations

from functools import lru_cache

import pandas as pd

from workbench.extract.catalogue import CATALOGUE_DIR, load_catalogue
from workbench.extract.entities.lookup import occupancy, record
from workbench.text import Document, fold

__all__ = ["loyal_forces"]

CONFIDENCE = 0.7
_PATH = str(CATALOGUE_DIR / "loyal_forces.csv")
_LOYAL = frozenset(fold(w) for w in ("الموالية", "والموالية"))
_MAX_OWNER_WORDS = 6


@lru_cache(maxsize=4)
def _owners(path: str) -> tuple[dict[str, tuple[str, str]], dict[str, str], dict[str, tuple[str, str, str]]]:
    """Folded owner form -> (owner id, forces id); actor id -> its state; actor id -> (type, name_en, name_ar)."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    catalogue = load_catalogue()
    owners = {fold(o): (oid, forces) for o, oid, forces in table[["owner", "owner_id", "forces"]].itertuples(index=False)}
    states = {a: (c or a) for a, c in zip(catalogue["actor_id"], catalogue["country"].fillna(""))}
    names = {a: (t, e, n) for a, t, e, n in catalogue[["actor_id", "type", "name_en", "name_ar"]].itertuples(index=False)}
    return owners, states, names


def loyal_forces(doc: Document, found: list[dict], path: str | None = None) -> list[dict]:
    """Mentions of forces named by their owner after «الموالية ل», and of the owner where
    ``found`` (the mentions so far) lacks one there."""
    if "موالي" not in doc.normalized.text:
        return []
    owners, states, names = _owners(_PATH if path is None else path)
    present = {states.get(m["actor_id"], "") for m in found if isinstance(m.get("actor_id"), str)}
    tokens = doc.tokens
    taken = occupancy([(m["start"], m["end"]) for m in found], len(doc.text))
    out: list[dict] = []
    for i, tok in enumerate(tokens):
        if tok.norm not in _LOYAL or i == 0 or i + 1 >= len(tokens) or not tokens[i + 1].norm.startswith("ل"):
            continue
        forces_at = _forces_word(tokens, i)
        owner = _owner(tokens, i + 1, owners)
        if forces_at is None or owner is None:
            continue
        (owner_id, forces), last = owner
        if states.get(forces, forces) not in present:
            continue
        forces_word = tokens[forces_at]
        # a bare «و» is not split off a word without the article («وقوات»), so skip it here
        start = forces_word.stem_start + (forces_word.norm == "وقوات")
        end = tokens[i - 1].end
        if taken.find(1, start, end) == -1:
            out.append(_record(doc, start, end, forces, names))
        # the owner's words without «ل» (and the article after it: «للشرعية» -> «شرعية»)
        owner_start = tokens[i + 1].stem_start if tokens[i + 1].clitic else tokens[i + 1].start + 1
        if taken.find(1, owner_start, tokens[last].end) == -1:
            out.append(_record(doc, owner_start, tokens[last].end, owner_id, names))
    return out


def _forces_word(tokens: list, loyal_at: int) -> int | None:
    """Index of the forces word before «الموالية» («القوات», «قوات الجيش»), or None."""
    before = tokens[loyal_at - 1]
    if before.stem == "قوات" or before.norm == "وقوات":
        return loyal_at - 1
    if loyal_at >= 2 and before.stem == "جيش" and tokens[loyal_at - 2].stem in ("قوات", "وقوات"):
        return loyal_at - 2
    return None


def _owner(tokens: list, first: int, owners: dict[str, tuple[str, str]]) -> tuple[tuple[str, str], int] | None:
    """The longest owner form starting at token ``first`` (its «ل» dropped), with its last token."""
    head = tokens[first].norm
    # «ل» before the article writes «لل»: «للشرعية» is «ل» + «الشرعية»
    words = ["ال" + head[2:] if head.startswith("لل") else head[1:]]
    for k in range(first + 1, min(first + _MAX_OWNER_WORDS, len(tokens))):
        if tokens[k].kind != "word":
            break
        words.append(tokens[k].norm)
    for n in range(len(words), 0, -1):
        hit = owners.get(" ".join(words[:n]))
        if hit:
            return hit, first + n - 1
    return None


def _record(doc: Document, start: int, end: int, actor_id: str, names: dict[str, tuple[str, str, str]]) -> dict:
    typ, name_en, name_ar = names.get(actor_id, ("ORG", actor_id, ""))
    return record(doc, start, end, typ, actor_id, name_en, name_ar, "alias", "catalogue", CONFIDENCE)
