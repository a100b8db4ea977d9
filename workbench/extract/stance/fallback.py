"""Recall-oriented fallback: rows from word order for a cue the precise reading declined.

Event coders such as PETRARCH fall back on word order when the full reading of a sentence fails.
Here a cue for which :func:`~workbench.extract.stance.reading.read_cue` gave no row is read again
with positional rules, each named so that it can be measured and switched off:

- ``vso``: a verb opening its sentence (only و/ف, commas and time words before it) takes the first
  actor after it as source and the next actor (past the source's own titles) as target;
- ``carry``: a cue with no actor before it in its sentence (وأضاف ..., وشدد على دعم ...) takes the
  subject of the previous sentence: the speaker of its last quote or the source of its last row;
- ``nearest``: the last resort for a cue with actors around it in its clause: the nearest actor
  before the cue that can be a subject acts on the nearest actor after it, with a lower confidence
  than the other rules.

Pairs of one actor, and of a person or body with its own state (سامح شكري -> مصر), give no row;
places are never sources. The rows carry the confidence factor ``fallback`` or ``nearest`` (below
0.5), so charts filtering at 0.5 see only the precise reading.

>>> from workbench.text import Document
>>> from workbench.extract.stance.actors import actor_groups
>>> from workbench.extract.stance.cues import find_cues
>>> from workbench.extract.stance.lexicon import load_lexicon
>>> from workbench.extract.stance.view import TokenView
>>> text = "استقبل الأمير محمد بن نايف - حفظه الله - في قصر سموه مساء اليوم الوزير سامح شكري."
>>> mentions = [{"start": text.index(name), "end": text.index(name) + len(name), "actor_id": actor, "type": "PER"}
...             for name, actor in [("محمد بن نايف", "mohammed_bin_nayef"), ("سامح شكري", "sameh_shoukry")]]
>>> view, lex = TokenView(Document("a", text)), load_lexicon()
>>> [hit] = find_cues(view, lex)
>>> [(r["source_actor"], r["target_actor"], r["confidence"])
...  for r in fallback_rows(view, hit, actor_groups(view, mentions, lex.grammar), [], None, lex, {}, frozenset({"vso"}))]
[('mohammed_bin_nayef', 'sameh_shoukry', 0.45)]
"""

from __future__ import annotations

from collections.abc import Mapping

from workbench.extract.stance.actors import Actor, at_home
from workbench.extract.stance.cues import CueHit
from workbench.extract.stance.lexicon import Grammar, StanceLexicon
from workbench.extract.stance.reading import (NOUN_TARGET_WINDOW, WIDE_WINDOW, Quote, clause_range, first_after,
                                              is_apposition, opens_event, quote_at,
                                              stance_rows)
from workbench.extract.stance.view import TokenView

__all__ = ["FALLBACK_RULES", "POSITIONAL_RULES", "fallback_rows"]

# Every positional rule, in the order they are tried, and the ones read by default: those that raise
# pair F1 on the development set (benchmarks/stance.py --gold dev prints the comparison). ``vso``
# did on the first 30 articles and no longer does on all 50; ``carry`` did on 50 and no longer does
# on 70 once ``nearest`` reads the same cues, so both are left to be asked for.
POSITIONAL_RULES = ("vso", "carry", "nearest")
FALLBACK_RULES = frozenset({"nearest"})
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
    cue = lexicon.cues[form.cue]
    if cue.takes_from:
        return []  # by position, the actor nearest a taking back is mostly the place taken (تحرير عدن)
    sentence = view.sentence_of(hit.first_token)
    first, end = view.sentence_range(sentence)
    clause_start, clause_end = clause_range(view, hit, first, end, lexicon, here)
    window = NOUN_TARGET_WINDOW if form.kind == "noun" else WIDE_WINDOW
    skip = grammar.against if cue.polarity > 0 else frozenset()
    # A first-person cue is the speaker's and a participle (الموالين) describes a noun: neither is
    # read by position. A noun with a possessive (زيارته) points back to the subject.
    verb = form.kind == "verb" and not form.first_person
    sources = None
    if "vso" in rules and verb and _opens_sentence(view, hit, first, grammar):
        sources = next((g for g in here if g[0].lead > hit.last_token and _can_act(g[0])), None)
        anchor = sources[-1].last_token if sources else hit.last_token
    if not sources and "carry" in rules and carried is not None and (verb or form.possessive) and not cue.mutual \
            and not any(g[-1].last_token < hit.first_token for g in here):
        sources, anchor = [carried], hit.last_token
    how = "fallback"
    if not sources and "nearest" in rules and not form.first_person:
        # a prior event's verbal noun (عقب إسقاط ...) has its own agent, never the sentence's subject
        lower = clause_start if opens_event(view, clause_start, grammar) else first
        sources, anchor, how = _nearest_source(here, lower, hit), hit.last_token, "nearest"
    if not sources:
        return []
    targets = _target_after(view, here, sources, anchor, clause_end, window, grammar, skip)
    if not targets:
        return []
    rows = stance_rows(view, hit, sources, targets, None, quote_at(quotes, hit.start), how, lexicon)
    return [r for r in rows if not at_home(r["source_actor"], r["target_actor"], countries)]


def _can_act(actor: Actor) -> bool:
    return actor.subject_like and not actor.target_only


def _nearest_source(here: list[list[Actor]], lower: int, hit: CueHit) -> list[Actor] | None:
    """The actor group nearest before the cue from token ``lower`` on that can act (the subject of
    a verb before a clause opener, أكد X أن ...). The speaker of a quote is no such guess: a verbal
    noun in a quote with no actor before it is mostly someone else's act (وتابع: توفي والدي في
    الحرب الدائرة ضد ...)."""
    for group in reversed(here):
        if group[-1].last_token >= hit.first_token:
            continue
        if group[0].token < lower:
            break
        if _can_act(group[0]):
            return group
    return None


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
