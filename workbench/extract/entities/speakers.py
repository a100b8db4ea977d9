"""A person named right after a verb of saying: «وقال كيريل ديميتريف إن», «وأضافت ماريا بيتروفا».

A foreign speaker is often named once, with no title, as the subject of the verb that reports him.
Two bare words after such a verb name him when both look like a name: a listed given name or letters
that look clearly transliterated (:func:`~.foreign.foreign_score` above the foreign reader's cut). A
word with the article there is more often a noun (قال مؤلف المسرحية), a word that only leans foreign
is often an Arabic noun (قال عميد فرع الكلية), and a company word makes a company (يقول كومرتس بنك). The name is
read with the rules of :mod:`.names` and keeps to two words here.

>>> from workbench.text import Document
>>> doc = Document("a", "وقال كيريل ديميتريف إن الاتفاق صعب")
>>> [r["surface"] for r in speaker_names(doc, [], candidates=[0])]
['كيريل ديميتريف']
"""

from __future__ import annotations

from workbench.extract.entities.lookup import claim_person
from workbench.extract.entities.names import common_words, given_names, name_mentions
from workbench.extract.entities.foreign import COMPANY_WORDS, THRESHOLD, foreign_score
from workbench.extract.entities.offices import given_word, known_inside
from workbench.text import Document, fold

__all__ = ["speaker_names", "SAYING_WORDS"]

# Verbs of saying, masculine and feminine, bare or after و/ف.
SAYING_WORDS = frozenset(c + fold(w) for w in "قال قالت أضاف أضافت أكد أكدت أوضح أوضحت يقول تقول صرح صرحت".split()
                         for c in ("", "و", "ف"))

# Endings of the sound plurals of relational nouns and adjectives (دبلوماسيون, "diplomats").
_PLURALS = ("يون", "يين")
_CONJUNCTIONS = ("و", "ف")


def speaker_names(doc: Document, found: list[dict], candidates: list[int]) -> list[dict]:
    """Person records (actor_id NA) for the two-word names right after a verb of saying.
    ``found``: the records found so far; a name overlapping one is left out, unless it only holds
    shorter person mentions, which it replaces in ``found`` (in place). ``candidates``: token
    indices holding the verbs (:func:`~.heads.pattern_tokens` gives them with others)."""
    tokens = doc.tokens
    common, given = common_words(), given_names()
    unlisted = {at + 1 for at in candidates
                if tokens[at].norm in SAYING_WORDS and at + 2 < len(tokens)
                and all(_foreign_word(tokens[k], common, given) for k in (at + 1, at + 2))
                and tokens[at + 2].norm not in COMPANY_WORDS}
    if not unlisted:
        return []
    ends = {tokens[k + 1].end for k in unlisted}
    return [name for name in name_mentions(doc, candidates=sorted(unlisted), unlisted=frozenset(unlisted))
            if name["end"] in ends and not known_inside(found, name) and claim_person(found, name)]


def _foreign_word(token, common: frozenset[str], given: frozenset[str]) -> bool:
    """A bare name word that is a listed given name or looks clearly transliterated (above the
    foreign reader's own cut), with no «و»/«ف» that may join a second name to the first (كارتر
    ولكارتر) and no plural of a relational noun (دبلوماسيون, "diplomats")."""
    return token.norm in given or (given_word(token, common, given) and not token.norm.endswith(_PLURALS)
                                   and not token.norm.startswith(_CONJUNCTIONS) and foreign_score(token.norm) > THRESHOLD)
