"""Recall-oriented fallback: rows from word order for a cue the precise reading declined.

Event coders such as PETRARCH fall back on word order when the full reading of a sentence fails.
Here a cue for which :func:`~workbench.extract.stance.reading.read_cue` gave no row is read again
with positional rules, each named so that it can be measured and switched off:

- ``vso``: a verb opening its sentence (only و/ف, commas and time words before it) takes the first
  actor after it as source and the next actor (past the source's own titles) as target;
- ``carry``: a verb opening its sentence with no subject of its own (وأدانت في بيان ..., وأدانت
  الوزارة في بيان ...: a mark, a preposition, a time word or a bare definite title after it), or a
  noun with a possessive (زيارته), with no actor before it in its sentence, takes the subject of the
  previous sentence: the speaker of its last quote or the source of its last row;
- ``nearest``: the last resort for a cue with actors around it in its clause: the nearest actor
  before the cue that can be a subject acts on the nearest actor after it, with a lower confidence
  than the other rules.

Pairs of one actor, and of a person or body with its own state (سامح شكري -> مصر), give no row;
places are never sources, a name outside the catalogue (an ``ar:`` id) is never a target, and the
``nearest`` rule relates no person to a body (an ORG target: mostly his state's act or a mediator). The
rows carry the confidence factor ``fallback`` or ``nearest`` (below 0.5), so charts filtering at
0.5 see only the precise reading.

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

from workbench.extract.stance.actors import Actor, at_home, outside_catalogue
from workbench.extract.stance.cues import CueHit
from workbench.extract.stance.lexicon import Grammar, StanceLexicon
from workbench.extract.stance.reading import (NOUN_TARGET_WINDOW, WIDE_WINDOW, Quote, clause_range, conjoined_verb,
                                              first_after, in_direct_speech, is_apposition, opens_event, quote_at,
                                              speaker_actor, stance_rows)
from workbench.extract.stance.view import TokenView

__all__ = ["FALLBACK_RULES", "POSITIONAL_RULES", "fallback_rows", "has_article"]

# Every positional rule, in the order they are tried, and the ones read by default: those that raise
# pair F1 on the development set (benchmarks/stance.py --gold dev prints the comparison). ``vso``
# did on the first 30 articles and no longer does on all 50, so it is left to be asked for; ``carry``
# did on 50 and no longer did on 70 while it took any cue with no actor before it, and does again
# since it asks for a verb that leaves its subject out (round twenty-two).
POSITIONAL_RULES = ("vso", "carry", "nearest")
FALLBACK_RULES = frozenset({"carry", "nearest"})
# At most this many tokens (time words, commas) may stand before a verb that opens its sentence.
_OPENING_REACH = 3
# A word behind one of these proclitics (بالموقف, للسلام) is a prepositional phrase, never a subject.
_PREPOSITIONAL = frozenset({"بال", "لل", "وبال", "ولل"})


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
    first, end = view.sentence_range(view.sentence_of(hit.first_token))
    # A first-person cue is the speaker's and a participle (الموالين) describes a noun: neither is
    # read by position. A noun with a possessive (زيارته) points back to the subject.
    verb = form.kind == "verb" and not form.first_person
    sources = None
    if "vso" in rules and verb and _opens_sentence(view, hit, first, grammar) and not _plural_subject(view, hit):
        sources = next((g for g in here if g[0].lead > hit.last_token and _can_act(g[0])), None)
        anchor = sources[-1].last_token if sources else hit.last_token
    if not sources and "carry" in rules and (carried is not None or form.participle) and not cue.mutual:
        subject = _carried_subject(view, hit, here, first, quotes, carried, form.participle, verb, form.possessive,
                                   grammar)
        sources, anchor = ([subject] if subject else None), hit.last_token
    if not sources and "nearest" not in rules:
        return []  # the clause is read only for a source found or still to be found in it
    clause_start, clause_end = clause_range(view, hit, first, end, lexicon, here)
    window = NOUN_TARGET_WINDOW if form.kind == "noun" else WIDE_WINDOW
    skip = grammar.against if cue.polarity > 0 else frozenset()
    how = "fallback"
    if not sources and "nearest" in rules and not form.first_person:
        # a prior event's verbal noun (عقب إسقاط ...) has its own agent, never the sentence's subject
        lower = clause_start if opens_event(view, clause_start, grammar) else first
        # the quote is looked up only when needed: most cues read here give no row
        if verb and in_direct_speech(view, quote := quote_at(quotes, hit.start)):
            lower = max(lower, view.index_at(quote.start))  # no guess past the marks: see in_direct_speech
        sources, anchor, how = _nearest_source(here, lower, hit), hit.last_token, "nearest"
    if not sources:
        return []
    targets = _target_after(view, here, sources, anchor, clause_end, window, grammar, skip)
    if not targets or conjoined_verb(view, anchor, targets[0].lead, lexicon, verb and anchor == hit.last_token):
        return []  # past a verb joined by و, the actor is that verb's object
    # a target outside the catalogue reached by word order alone is mostly no party to the act: a village
    # where it happened, a body's name the actor layer could not place, a phrase read as a name (نبيل مواقفكم);
    # it is left out before its rows are built
    placed = [target for target in targets if not outside_catalogue(target.actor_id)]
    if how == "nearest":
        placed = [target for target in placed if not _person_on_body(sources, target)]
    rows = stance_rows(view, hit, sources, placed, None, quote_at(quotes, hit.start), how, lexicon)
    return [r for r in rows if not at_home(r["source_actor"], r["target_actor"], countries)]


def _person_on_body(sources: list[Actor], target: Actor) -> bool:
    """Is the nearest rule's guess a person acting on a body (an ORG target)? Such a pair is mostly not
    the person's: an act noun between a leader and a group is his state's (العمليات ضد تنظيم داعش in a
    prime minister's statement, المواجهة ضد داعش on a defence minister's visit), the body is where the
    means come from (لنقل المساعدات من مستودعات مركز الملك سلمان), or the person is a mediator named
    near a group's act (المبعوث الأممي ... العدوان الغاشم للميليشيات الحوثية)."""
    return target.kind == "ORG" and all(source.kind == "PER" for source in sources)


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
    """Does the cue open its sentence, maybe after a comma, a time word (وأمس، التقى) or an aside
    that leaves the subject as it is (كما أدان, بدوره أكد, من جهته أدان)?"""
    if hit.first_token - first > _OPENING_REACH:
        return False
    i = first
    while i < hit.first_token:
        if not view.is_word(i) or view.stems(i) & grammar.time_words:
            i += 1
            continue
        past = past_aside(view, i, hit.first_token, grammar)
        if past is None:
            return False
        i = past
    return True


def past_aside(view: TokenView, i: int, end: int, grammar: Grammar) -> int | None:
    """The token after an aside of one or two words opening a sentence at word ``i`` before token
    ``end`` (بدوره, وكما; من جهته); None when none stands there. The subject read after the aside
    is the sentence's own, as if the aside were not there."""
    word = view.tokens[i].norm.removeprefix("و")
    if word in grammar.opening_asides:
        return i + 1
    after = view.first_word(i + 1, end)
    if after is not None and f"{word} {view.tokens[after].norm}" in grammar.opening_asides:
        return after + 1
    return None


def _carried_subject(view: TokenView, hit: CueHit, here: list[list[Actor]], first: int, quotes: list[Quote],
                     carried: Actor | None, participle: bool, verb: bool, possessive: bool,
                     grammar: Grammar) -> Actor | None:
    """The cue's subject when the sentence leaves it to the speaker before. A circumstantial
    participle (محمّلا, مطالبا) has the subject of the verb opening its sentence; when that verb names
    none (وأضاف في بيان أن ...، محمّلا X المسؤولية), whatever actors its complement holds, it is the
    speaker of the words the participle follows, or else the carried subject. A verb
    opening its sentence with no subject of its own (وأدانت الوزارة في بيان), and a noun with a
    possessive in a sentence opened by such a verb (وأعرب عن شكره), take the carried subject when no
    actor stands before them."""
    if participle:
        if not _opens_without_subject(view, first, hit.first_token, here, grammar):
            return None  # a subject named in the sentence is the nearest rule's to find (وأشار الرئيس اليمني ...)
        said = _last_quote(quotes, view.starts[first], hit.start)
        return speaker_actor(said.speaker, said.start) if said is not None else carried
    if carried is None or here[0][-1].last_token < hit.first_token:  # groups in text order: the first ends first
        return None
    if verb and _opens_sentence(view, hit, first, grammar):
        left_out = _plural_subject(view, hit) or _subject_left_out(view, hit.last_token + 1, here, grammar)
        return carried if left_out else None
    return carried if possessive and _opens_without_subject(view, first, hit.first_token, here, grammar) else None


def _plural_subject(view: TokenView, hit: CueHit) -> bool:
    """Does the verb ``hit`` carry a plural subject of its own (وكبدوا, ورحبوا)? A verb before a noun
    subject stays singular, so an actor after this one is its object and its subject is the one
    of the sentence before."""
    return view.tokens[hit.last_token].norm.endswith("وا")


def _opens_without_subject(view: TokenView, first: int, before: int, here: list[list[Actor]], grammar: Grammar) -> bool:
    """Does the sentence starting at token ``first`` open, before token ``before``, with a verb that
    names no subject (وأضاف في بيان, وأعرب عن, وأكد أن)? A noun subject of its own (وعبر الأشقاء
    اليمنيون عن شكرهم) keeps a possessive or a participle later in the sentence from the carried one."""
    opening = view.first_word(first, before)
    return (opening is not None and _verb_like(view, opening, grammar)
            and _subject_left_out(view, opening + 1, here, grammar))


def _last_quote(quotes: list[Quote], start: int, end: int) -> Quote | None:
    """The last quote with a known speaker lying wholly in [start, end)."""
    return next((q for q in reversed(quotes) if q.speaker and start <= q.start and q.end <= end), None)


def _verb_like(view: TokenView, i: int, grammar: Grammar) -> bool:
    """Can the word opening a sentence be its verb: neither definite (a verb never takes ال) nor a
    function word (وفي, كما, وبعد)?"""
    return not (_function_word(view.stems(i), grammar) or has_article(view, i))


def _function_word(stems: frozenset[str], grammar: Grammar) -> bool:
    """Is a word with these stems a preposition, a clause opener or a time word (وفي, كما, أمس)?"""
    return bool(stems & grammar.prepositions or stems & grammar.clause_openers or stems & grammar.time_words)


def has_article(view: TokenView, i: int) -> bool:
    """Can token ``i`` be read with the article ال among its proclitics (الوزارة, والرئيس)?"""
    return any(clitic.endswith("ال") for clitic, _ in view.clitics(i))


def _subject_left_out(view: TokenView, after: int, here: list[list[Actor]], grammar: Grammar) -> bool:
    """Does the verb ending before token ``after`` leave its subject to the sentence before? Nothing
    that can be a subject follows it (a mark, a preposition or a phrase behind one, a clause opener,
    a time word: وأضاف:, وشدد على, وأشاد بالموقف, وأشاد بمقاتلي المقاومة, وأكد أن, وأكد أمس), or a
    definite title standing alone takes the subject up again (وأدانت الوزارة في بيان, ورحب الرئيس، ...):
    a subject of its own (وزار بايبر, ويشن التحالف) keeps the verb from the carried one."""
    if after >= view.count or not view.is_word(after):
        return True
    stems = view.stems(after)
    if (_function_word(stems, grammar) or any(clitic in _PREPOSITIONAL for clitic, _ in view.clitics(after))
            or _behind_ba(view, after, here, grammar)):
        return True
    if not (stems & grammar.agent_heads and has_article(view, after)):
        return False
    # the title's own adjective or name (الرئيس التركي, الوزير جون كيري) names someone new
    return after + 1 >= view.count or not view.is_word(after + 1) or bool(view.stems(after + 1) & grammar.prepositions)


def _behind_ba(view: TokenView, i: int, here: list[list[Actor]], grammar: Grammar) -> bool:
    """Does word ``i`` carry the preposition ب on the construct head of an actor right after it (وأشاد
    بمقاتلي المقاومة, بدور المملكة), the phrase a verb of praise or demand governs? A word read as ب +
    stem may also be a name (بايبر, بوتين) or a noun of its own (بقية, بيان): only a head whose next
    word begins an actor, itself no actor and none of ``grammar.own_ba``, is read as a preposition's."""
    norm = view.tokens[i].norm
    return (norm.startswith("ب") and any(g[0].token == i + 1 for g in here) and norm not in grammar.own_ba
            and not any(g[0].lead == i for g in here) and any(clitic == "ب" for clitic, _ in view.clitics(i)))


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
