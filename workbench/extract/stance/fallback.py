"""Recall-oriented fallback: rows from word order for a cue the precise reading declined.

Event coders such as PETRARCH fall back on word order when the full reading of a sentence fails.
Here a cue for which :func:`~workbench.extract.stance.reading.read_cue` gave no row is read again
with positional rules, each named so that it can be measured and switched off:

- ``vso``: a verb opening its sentence (only و/ف, commas and time words before it) takes the first
  actor after it as source and the next actor (past the source's own titles) as target;
- ``nearest``: the nearest actor before the cue in its clause is the source (never a mere place),
  the first actor after the cue in the clause the target;
- ``carry``: a cue with no actor before it in its sentence (وأضاف ..., وشدد على دعم ...) takes the
  subject of the previous sentence: the speaker of its last quote or the source of its last row.

Pairs of one actor, and of a person or body with its own state (سامح شكري -> مصر), give no row;
places are never sources. The rows carry the confidence factor ``fallback`` (below 0.5), so charts
filtering at 0.5 see only the precise reading.

>>> from workbench.text import Document
>>> from workbench.extract.stance.actors import actor_groups
>>> from workbench.extract.stance.cues import find_cues
>>> from workbench.extract.stance.lexicon import load_lexicon
>>> from workbench.extract.stance.view import TokenView
>>> doc = Document("a", "وأكد أن السعودية في إطار دعم مستمر لليمن.")
>>> mentions = [{"start": 8, "end": 16, "actor_id": "saudi_arabia", "type": "GPE"},
...             {"start": 35, "end": 40, "actor_id": "yemen", "type": "GPE"}]
>>> view, lex = TokenView(doc), load_lexicon()
>>> [hit] = find_cues(view, lex)
>>> [(r["source_actor"], r["target_actor"], r["confidence"])
...  for r in fallback_rows(view, hit, actor_groups(view, mentions, lex.grammar), [], None, lex, {})]
[('saudi_arabia', 'yemen', 0.45)]
"""

from __future__ import annotations

from collections.abc import Mapping

from workbench.extract.stance.actors import Actor
from workbench.extract.stance.cues import CueHit
from workbench.extract.stance.lexicon import Grammar, StanceLexicon
from workbench.extract.stance.reading import (NOUN_TARGET_WINDOW, TARGET_WINDOW, Quote, clause_range, first_after,
                                              is_apposition, quote_at, stance_rows)
from workbench.extract.stance.view import TokenView

__all__ = ["FALLBACK_RULES", "fallback_rows"]

FALLBACK_RULES = frozenset({"vso", "nearest", "noun", "carry"})
# A verb's target may stand further than the precise reading allows: past honorifics and a place
# (استقبل الأمير ... - حفظه الله - في قصر سموه بجدة مساء اليوم معالي وزير الخارجية المصري).
WIDE_WINDOW = 2 * TARGET_WINDOW
# At most this many tokens (time words, commas) may stand before a verb that opens its sentence.
_OPENING_REACH = 3


def fallback_rows(view: TokenView, hit: CueHit, here: list[list[Actor]], quotes: list[Quote], carried: Actor | None,
                  lexicon: StanceLexicon, countries: Mapping[str, str],
                  rules: frozenset[str] = FALLBACK_RULES) -> list[dict]:
    """Positional rows (without article_id) for a cue the precise reading gave none.

    ``here`` are the actor groups of the cue's sentence, ``carried`` the subject of the previous
    sentence (or None), ``countries`` maps actor ids to the state they belong to.
    """
    grammar = lexicon.grammar
    form = lexicon.forms[hit.form]
    sentence = view.sentence_of(hit.first_token)
    first, end = view.sentence_range(sentence)
    clause_start, clause_end = clause_range(view, hit, sentence, first, end, lexicon, here)
    window = NOUN_TARGET_WINDOW if form.kind == "noun" else WIDE_WINDOW
    before = [g for g in here if g[-1].last_token < hit.first_token]
    skip = grammar.against if lexicon.cues[form.cue].polarity > 0 else frozenset()

    def vso():
        source = next((g for g in here if g[0].lead > hit.last_token and _can_act(g[0])), None)
        if source is None:
            return None, None
        return source, _target_after(view, here, source, source[-1].last_token, clause_end, window, grammar, skip)

    def nearest():
        if not (before and before[-1][0].token >= clause_start and _can_act(before[-1][0])):
            return None, None
        source = [a for a in before[-1] if not a.target_only]
        return source, _target_after(view, here, source, hit.last_token, clause_end, window, grammar, skip)

    def carry():
        return [carried], _target_after(view, here, [carried], hit.last_token, clause_end, window, grammar, skip)

    # A first-person cue is the speaker's and a participle (الموالين) describes a noun: neither is
    # read by position. A noun with a possessive (زيارته) points back to the subject; a definite
    # one (الاستقبال) names a known event whose agent the sentence need not give.
    verb = form.kind == "verb" and not form.first_person
    applicable = [
        ("vso", verb and _opens_sentence(view, hit, first, grammar), vso),
        ("nearest", verb, nearest),
        ("noun", form.kind == "noun" and not (form.possessive or hit.definite), nearest),
        ("carry", (verb or form.possessive) and carried is not None and not before
         and not lexicon.cues[form.cue].mutual, carry),
    ]
    for name, applies, reading in applicable:
        if name in rules and applies:
            sources, targets = reading()
            if sources and targets:
                break
    else:
        return []
    rows = stance_rows(view, hit, sources, targets, None, quote_at(quotes, hit.start), "fallback", lexicon)
    return [r for r in rows if countries.get(r["source_actor"]) != r["target_actor"]
            and countries.get(r["target_actor"]) != r["source_actor"]]


def _can_act(actor: Actor) -> bool:
    return actor.subject_like and not actor.target_only


def _opens_sentence(view: TokenView, hit: CueHit, first: int, grammar: Grammar) -> bool:
    """Does the cue open its sentence, maybe after a comma or a time word (وأمس، التقى)?"""
    between = range(first, hit.first_token)
    return len(between) <= _OPENING_REACH and all(
        not view.is_word(i) or view.stems(i) & grammar.time_words for i in between)


def _target_after(view: TokenView, here: list[list[Actor]], sources: list[Actor], anchor: int, clause_end: int,
                  window: int, grammar: Grammar, skip: frozenset[str]) -> list[Actor] | None:
    """The first actor after ``anchor`` in the clause, past the source's own titles and any actor
    after one of ``skip`` (the enemy after ضد is no target of support)."""
    exclude = {a.actor_id for a in sources}
    targets = first_after(here, anchor, clause_end, exclude, view, skip, window)
    while targets and is_apposition(view, sources, targets, anchor, grammar):
        anchor = targets[-1].last_token
        targets = first_after(here, anchor, clause_end, exclude, view, skip, window)
    return targets
