"""A person named right after a word that introduces a name: «شخص يدعى أبو بلال», «المدعو صالح
الشرجي», «الملقب حجي عارف».

After such a word (يدعى, المدعو, الملقب, المكنى and their feminine forms) the next words are a
name whatever its given name: a kunya (أبو + a name), a pseudonym or a foreign name the
given-name list lacks. The name is read with the rules of :mod:`.names` (two words at least; a
common word, a clitic or punctuation ends it); an opening quote or slash before it is skipped. A
word with the article, a clitic or a pronoun suffix right after the marker is no name («يدعى
الشاعر», «تدعى إلى», and the verb «تدعي احتكارها», "claims", which folds like «تدعى»).

The honorific «الشيخ» introduces a name too, whose given name may also be a common word («الشيخ
مساعد السديرة»: مساعد is "assistant"); there the second word must be a family name with the article
that is no common word, on the same line, and the first no particle nor a word after «و»/«ف», so
«الشيخ في خطبته», «الشيخ مساعد الوزير» and «الشيخ ونائبه» read no name. «الملك» and «الأمير» are
left out: they head cups and prizes («كأس الملك أمام») and headlines with a verb («الملك يستقبل»).

>>> from workbench.text import Document
>>> doc = Document("a", "وأوقفت الشرطة شخصا يدعى أبو عواد في المدينة")
>>> [r["surface"] for r in apposition_names(doc, [], candidates=[3])]
['أبو عواد']
"""

from __future__ import annotations

from workbench.extract.entities.context import PARTICLES
from workbench.extract.entities.names import NOT_SURNAME_ENDINGS, common_words, names_at, suffixed_common
from workbench.extract.entities.offices import new_persons
from workbench.text import Document, fold

__all__ = ["apposition_names", "APPOSITION_WORDS"]

# Each marker bare or after و/ف (ويدعى): one set look-up per word in the shared pattern pass.
APPOSITION_WORDS = frozenset(c + fold(w) for w in "يدعى تدعى المدعو المدعوة الملقب الملقبة المكنى المكناة".split()
                             for c in ("", "و", "ف"))
# Marks that may stand between the marker and the name («يدعى “جيوم رولان”», «المدعو / شاه»).
_OPENERS = frozenset('"/«(')
# The honorifics of scholars and tribal elders (bare, as the shared pattern pass finds them).
_SHEIKHS = frozenset(fold(w) for w in ("الشيخ", "الشيخة"))


def apposition_names(doc: Document, found: list[dict], candidates: list[int]) -> list[dict]:
    """Person records (actor_id NA) for the names right after an apposition marker. ``found``: the
    records found so far; a name overlapping one is left out, unless it only holds shorter person
    mentions, which it replaces in ``found`` (in place). ``candidates``: token indices holding the
    markers (:func:`~.heads.pattern_tokens` gives them with others)."""
    tokens = doc.tokens
    common = common_words()
    unlisted: set[int] = set()
    for at in candidates:
        if tokens[at].norm in _SHEIKHS:
            if _honoured_name(tokens, at + 1, common):
                unlisted.add(at + 1)
            continue
        if tokens[at].norm not in APPOSITION_WORDS:
            continue
        k = at + 1
        if k < len(tokens) and tokens[k].kind == "punct" and tokens[k].norm in _OPENERS:
            k += 1
        if (k < len(tokens) and tokens[k].kind == "word" and not tokens[k].clitic
                and tokens[k].norm not in common and tokens[k].stem not in common
                and not tokens[k].norm.endswith(NOT_SURNAME_ENDINGS) and not suffixed_common(tokens[k].norm)):
            unlisted.add(k)
    if not unlisted:
        return []
    return new_persons(found, names_at(doc, unlisted))


def _honoured_name(tokens: list, k: int, common: frozenset[str]) -> bool:
    """Whether the two words from ``k``, right after «الشيخ», are a name: a bare first word that is
    no particle, verb, word after «و»/«ف» or word with a pronoun suffix (it may be a common word:
    مساعد), and a family name with the article, no common word, after one space."""
    if k + 1 >= len(tokens):
        return False
    first, family = tokens[k], tokens[k + 1]
    return (first.kind == "word" and not first.clitic and first.norm not in PARTICLES and first.norm[0] not in "وف"
            and not first.norm.endswith(NOT_SURNAME_ENDINGS) and not suffixed_common(first.norm)
            and family.kind == "word" and family.clitic == "ال" and family.start == first.end + 1
            and family.norm not in common and family.stem not in common)
