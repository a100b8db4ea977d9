"""Stance rows of an article: which actor supports or opposes which, with the sentence that says so.

>>> from workbench.text import Document
>>> doc = Document("a", "وعلقت موسكو التعاون مع واشنطن.")
>>> mentions = [{"start": 6, "end": 11, "actor_id": "russia", "type": "GPE", "via": "capital"},
...             {"start": 23, "end": 28, "actor_id": "united_states", "type": "GPE", "via": "capital"}]
>>> [(r["source_actor"], r["target_actor"], r["polarity"], r["category"], r["cameo"], r["cue"])
...  for r in stance_for(doc, mentions, quotes=[])]
[('russia', 'united_states', -1.0, 'material conflict', '16', 'علقت')]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping
from functools import partial
from itertools import compress
from operator import itemgetter

import pandas as pd

from workbench import schema
from workbench.extract.quotes import quotes_for
from workbench.extract.stance.actors import (Actor, actor_countries, actor_groups, actor_sectors,
                                             relatable, with_post_holders)
from workbench.extract.stance.cues import CueHit, find_cues
from workbench.extract.stance.fallback import FALLBACK_RULES, fallback_rows, has_article, past_aside
from workbench.extract.stance.lexicon import CueForm, Grammar, StanceLexicon, load_lexicon
from workbench.extract.stance.pronouns import object_pronoun
from workbench.extract.stance.reading import Quote, quote_at, read_cue, speaker_actor
from workbench.extract.stance.view import TokenView
from workbench.text import Document, documents

__all__ = ["stance", "stance_for"]

# Cues whose starts lie this close (in characters) belong to one predicate (شن هجوما).
_SAME_PREDICATE = 16
_CARRY_ONLY = frozenset({"carry"})
_FIRST = itemgetter(0)  # the start of a (start, end) span
_START = itemgetter("start")  # of a row


def stance_for(doc: Document, mentions: list[dict] | None = None, quotes: list[dict] | None = None,
               lexicon: StanceLexicon | None = None, sectors: Mapping[str, str] | None = None, *,
               fallback: frozenset[str] = FALLBACK_RULES) -> list[dict]:
    """Stance records of one article (schema "stance" columns).

    ``mentions`` are its actor records (schema "entities") and ``quotes`` its quote records
    (schema "quotes"); each is computed when None. ``lexicon`` defaults to the bundled one,
    ``sectors`` (actor id -> catalogue sector) to the shipped catalogue's. ``fallback`` names the
    positional rules read for a cue the precise reading declines (:mod:`.fallback`; empty: none).
    """
    lexicon = lexicon or load_lexicon()
    sectors = actor_sectors() if sectors is None else sectors
    ignored = lexicon.grammar.ignored_sectors
    unheard = lexicon.grammar.unheard_sectors  # a quote's speaker of these sectors takes no stance
    entity_mentions = mentions  # the actor layer's own records: what quotes are read with
    if mentions is not None:
        mentions = with_post_holders(doc.text, mentions)
    starts = list(map(_FIRST, doc.sentences))
    # The sentence of each mention is found once (bisect compares any number type: no int()).
    where = None if mentions is None else [bisect_right(starts, m["start"]) - 1 for m in mentions]
    relating = None
    if mentions is not None:
        relating, named = _relating_sentences(where, mentions, sectors, ignored)
        # a relation needs two actors: an article naming fewer, with no known quote speaker to be
        # the second, is not even scanned for cues
        if named < 2 and (not named or quotes is not None and not any(
                _speaker(q.get("speaker_actor"), sectors, unheard) for q in quotes)):
            return []
    view = TokenView(doc)
    # A cue is read only in a sentence naming an actor it can relate: the others are not searched.
    hits = find_cues(view, lexicon, relating)
    if not hits:
        return []
    if mentions is None:
        from workbench.extract.entities import entities_for  # imported on use: the actor model loads with it

        entity_mentions = entities_for(doc)
        mentions = with_post_holders(doc.text, entity_mentions)
    if quotes is None:
        # as workbench.annotate reads them: a royal post's added mention has no surface to quote
        quotes = quotes_for(doc, entity_mentions)
    token_sentences = view.token_sentences  # a cue's first token is a valid index: no sentence_of call per cue
    hit_sentences = [token_sentences[hit.first_token] for hit in hits]
    cue_sentences = set(hit_sentences)
    # an object pronoun's antecedent may stand in the sentence before (وزاره, ودعاها)
    pronoun_sentences = {sentence for hit, sentence in zip(hits, hit_sentences) if object_pronoun(hit.form, lexicon)}
    cue_sentences |= {sentence - 1 for sentence in pronoun_sentences}
    # Only the sentences holding a cue need their actors read; text before the first sentence
    # counts as the first (-1 stands for it, saving a max() per mention).
    wanted = cue_sentences | {-1} if 0 in cue_sentences else cue_sentences
    if where is None:
        where = [bisect_right(starts, m["start"]) - 1 for m in mentions]
    # the selection in C (compress): an article may name hundreds of mentions
    nearby = list(compress(mentions, map(wanted.__contains__, where)))
    groups = actor_groups(view, nearby, lexicon.grammar, sectors)
    if not groups:
        return []
    spans = [Quote(int(q["start"]), int(q["end"]), _speaker(q.get("speaker_actor"), sectors, unheard)) for q in quotes]
    by_sentence: dict[int, list] = {}
    for group in groups:  # an actor's token is a valid index (from token_span): no sentence_of call per group
        by_sentence.setdefault(token_sentences[group[0].token], []).append(group)
    # a name holding a cue starts in the cue's sentence: the mentions of cue sentences are enough
    names = sorted([(int(m["start"]), int(m["end"])) for m in nearby])  # a list, not a generator resumed per name
    subjects = _quote_speakers(spans, starts)
    countries = actor_countries()
    # A sentence naming one actor relates it to nobody unless a quote's speaker or a carried subject
    # is the other end: only the carried subject is looked for.
    lonely = {sentence for sentence, here in by_sentence.items() if len({a.actor_id for g in here for a in g}) < 2}
    carry = "carry" in fallback
    # the sentence before a subject-less cue is read for its subject only when asked (most never are)
    groups_of = partial(_groups_of, by_sentence, {}, view, mentions, where, lexicon.grammar, sectors)
    cues, forms = lexicon.cues, lexicon.forms
    charges = [hit.last_token for hit in hits if cues[forms[hit.form].cue].charges]
    rows: list[dict] = []
    guessed: list[dict] = []
    for hit, sentence in zip(hits, hit_sentences):
        here = by_sentence.get(sentence)
        if not here:
            continue
        # the set tests first: a lonely sentence skips the quote and name searches
        if sentence in lonely and sentence not in pronoun_sentences and not _spoken(spans, hit.start):
            # its other end can only be a subject carried from before or the speaker of its words, and
            # the other positional rules need two actors in the sentence
            form = forms[hit.form]
            carried = _carried(view, subjects, groups_of, sentence, hit, here, form, carry, lexicon.grammar)
            if (carried or form.participle and carry and subjects.get(sentence)) and not _inside_name(names, hit):
                guessed += fallback_rows(view, hit, here, spans, carried, lexicon, countries, _CARRY_ONLY)
            continue
        if _inside_name(names, hit):
            continue
        found = read_cue(view, hit, here, spans, lexicon, countries, by_sentence.get(sentence - 1, ()), charges)
        if found:
            subjects.setdefault(sentence, []).extend((r["start"], r["source_actor"]) for r in found
                                                     if r["reported_by"] is None)
        elif found is not None and fallback:
            carried = _carried(view, subjects, groups_of, sentence, hit, here, forms[hit.form], carry,
                               lexicon.grammar)
            guessed += fallback_rows(view, hit, here, spans, carried, lexicon, countries, fallback)
        rows += found or []
    rows = _one_per_relation(rows)
    # a cue sentence naming a club or a player reports sport: no guess (asked only when there is one)
    if guessed and any(sectors.get(m["actor_id"]) in lexicon.grammar.no_guess_sectors for m in nearby):
        guessed = []
    related = {(r["sentence_id"], r["source_actor"], r["target_actor"]) for r in rows}
    rows += _one_per_relation([r for r in guessed if (r["sentence_id"], r["source_actor"], r["target_actor"]) not in related])
    return [{"article_id": doc.article_id, **row} for row in sorted(rows, key=_START)]


def _relating_sentences(where: list[int], mentions: list[dict], sectors: Mapping[str, str],
                        ignored: frozenset[str]) -> tuple[set[int], int]:
    """The sentences (text before the first counting as the first) naming an actor the reading can
    relate, and how many distinct such actors the article names, counted up to two (the most a
    relation needs), in one pass: once its sentence is found and two actors are counted, a
    mention is not tested (news names several)."""
    found: set[int] = set()
    named: set[str] = set()
    for sentence, m in zip(where, mentions):
        if (sentence not in found or len(named) < 2) and relatable(m, sectors, ignored):
            found.add(sentence)
            named.add(m["actor_id"])
    if -1 in found:  # text before the first sentence counts as the first: one test, not a max() per sentence
        found.discard(-1)
        found.add(0)
    return found, min(len(named), 2)


def stance(articles: pd.DataFrame, mentions: pd.DataFrame | None = None, quotes: pd.DataFrame | None = None,
           lexicon: StanceLexicon | None = None, sectors: Mapping[str, str] | None = None, *,
           fallback: frozenset[str] = FALLBACK_RULES) -> pd.DataFrame:
    """One row a stance statement of every article in ``articles`` (schema "stance").

    ``mentions`` and ``quotes`` are the frames :func:`workbench.entities` and
    :func:`workbench.quotes` returned for these articles; each is computed when None;
    ``fallback`` as in :func:`stance_for`.

    >>> import workbench
    >>> articles = workbench.load_articles("seeds/000_404a58289b33eae6.txt")
    >>> frame = stance(articles)
    >>> ("russia", "united_states", -1.0) in set(zip(frame.source_actor, frame.target_actor, frame.polarity))
    True
    """
    mentions_by = _records_by_article(mentions)
    quotes_by = _records_by_article(quotes)
    rows: list[dict] = []
    for doc in documents(articles):
        rows += stance_for(
            doc,
            None if mentions_by is None else mentions_by.get(doc.article_id, []),
            None if quotes_by is None else quotes_by.get(doc.article_id, []),
            lexicon,
            sectors,
            fallback=fallback,
        )
    return schema.conform(rows, "stance")


def _records_by_article(frame: pd.DataFrame | None) -> dict[str, list[dict]] | None:
    if frame is None:
        return None
    out: dict[str, list[dict]] = {}
    for record in frame.to_dict("records"):
        out.setdefault(str(record["article_id"]), []).append(record)
    return out


def _quote_speakers(quotes: list[Quote], sentence_starts: list[int]) -> dict[int, list[tuple[int, str]]]:
    """Sentence -> (offset, speaker) of every quote with a known speaker that reaches into it: the
    subject a pronoun-less next sentence continues with (وأضاف, وشدد)."""
    out: dict[int, list[tuple[int, str]]] = {}
    for quote in quotes:
        if quote.speaker:
            first = max(bisect_right(sentence_starts, quote.start) - 1, 0)
            last = max(bisect_right(sentence_starts, max(quote.end - 1, quote.start)) - 1, 0)
            for sentence in range(first, last + 1):
                out.setdefault(sentence, []).append((quote.start, quote.speaker))
    return out


def _carried(view: TokenView, subjects: dict[int, list[tuple[int, str]]], groups_of: Callable[[int], list[list[Actor]]],
             sentence: int, hit: CueHit, here: list[list[Actor]], form: CueForm, carry: bool,
             grammar: Grammar) -> Actor | None:
    """The subject the cue ``hit`` of a pronoun-less sentence continues with, when the ``carry`` rule
    is read and the cue's form may take it: the last of the sentence before (a speaker, a row's
    source), else, for a cue the carry rule may read (see :func:`_may_carry`), the subject of the verb
    opening that body sentence (وقام كارتر بزيارة ... وأشاد بالقوات); None otherwise."""
    if not (carry and form.carried):
        return None
    previous = subjects.get(sentence - 1)
    if previous:
        return speaker_actor(*max(previous)[::-1])
    if sentence > 1 and _may_carry(here, hit, form):
        return _opening_subject(view, groups_of(sentence - 1), sentence - 1, grammar)
    return None


def _may_carry(here: list[list[Actor]], hit: CueHit, form: CueForm) -> bool:
    """Can the carry rule read this cue: a participle, or a cue with no actor before it in its
    sentence (groups in text order: the first ends first)? The others need no carried subject."""
    return form.participle or here[0][-1].last_token >= hit.first_token


def _groups_of(by_sentence: dict[int, list[list[Actor]]], later: dict[int, list[list[Actor]]], view: TokenView,
               mentions: list[dict], where: list[int], grammar: Grammar, sectors: Mapping[str, str],
               sentence: int) -> list[list[Actor]]:
    """The actor groups of ``sentence``: those read with the cue sentences, else read now, once, when
    an actor can begin right after the sentence's opening word (see :func:`_may_open`)."""
    if sentence in by_sentence:
        return by_sentence[sentence]
    if sentence not in later:
        here = list(compress(mentions, map(sentence.__eq__, where)))
        later[sentence] = actor_groups(view, here, grammar, sectors) if _may_open(view, here, sentence, grammar) else []
    return later[sentence]


def _may_open(view: TokenView, mentions: list[dict], sentence: int, grammar: Grammar) -> bool:
    """Can an actor's chain begin at the word after the one opening ``sentence``: a mention in that
    word, an agent noun heading a title chain, or a force noun before من (قوات من الجيش)? Otherwise
    no opening subject can be found and the sentence's actors need not be read."""
    first, end = view.sentence_range(sentence)
    opening = _opening_word(view, first, end, grammar)
    after = _subject_start(view, opening, end) if opening is not None else end
    if after >= end:
        return False
    token = view.tokens[after]
    return (not view.stems(after).isdisjoint(grammar.agent_heads)
            or after + 1 < end and view.tokens[after + 1].norm == "من"
            or any(token.start <= m["start"] < token.end for m in mentions))


def _opening_subject(view: TokenView, groups: list[list[Actor]], sentence: int, grammar: Grammar) -> Actor | None:
    """The subject right after the word opening ``sentence`` (وقام كارتر), when the sentence names no
    other actor that can act: an actor further on (وأضافوا أن تنظيم داعش, وتقع بيتا غربي جوزا) is
    some clause's, not the sentence's, and two leave the subject unknown. A headline is never read."""
    agents = [a for group in groups for a in group if a.subject_like and not a.target_only]  # coordinated ones too
    if not agents or any(a.actor_id != agents[0].actor_id for a in agents):
        return None
    first, end = view.sentence_range(sentence)
    opening = _opening_word(view, first, end, grammar)
    if opening is None or agents[0].lead != _subject_start(view, opening, end):
        return None
    return speaker_actor(agents[0].actor_id, agents[0].start)


def _opening_word(view: TokenView, first: int, end: int, grammar: Grammar) -> int | None:
    """The word opening the sentence of tokens [first, end), past an aside before its verb (من جهته،
    شبه وزير الداخلية ...; بدورها أكدت ...); None when it holds no word."""
    opening = view.first_word(first, end)
    if opening is None:
        return None
    past = past_aside(view, opening, end, grammar)
    return opening if past is None else view.first_word(past, end)


def _subject_start(view: TokenView, opening: int, end: int) -> int:
    """The token where the actor of the subject after the verb ``opening`` a sentence begins: the
    next word, or the one after a masculine plural in construct (سيطر مقاتلو المعارضة: the
    opposition's fighters act for it), whose ending و is the nominative only a subject takes."""
    after = opening + 1
    if after + 1 < end and view.is_word(after) and _construct_plural(view, after):
        return after + 1
    return after


def _construct_plural(view: TokenView, i: int) -> bool:
    """Is token ``i`` a masculine sound plural in construct and nominative (مقاتلو, مسلحو, مؤيدو)? A
    word of five letters or more ending in و with no article; shorter ones are mostly names and
    prepositions (أبو, نحو)."""
    norm = view.tokens[i].norm
    return len(norm) >= 5 and norm.endswith("و") and not has_article(view, i)


def _spoken(quotes: list[Quote], offset: int) -> bool:
    """Does a quote with a known speaker hold ``offset`` (the innermost one, as the reading takes it)?"""
    quote = quote_at(quotes, offset)
    return quote is not None and quote.speaker is not None


def _inside_name(names: list[tuple[int, int]], hit) -> bool:
    """Does the cue overlap an actor's name (المعارضة السورية is a name, not a cue)?"""
    cue_start, cue_end = hit.start, hit.end
    i = bisect_left(names, (cue_end, cue_end))
    # Names starting before the cue's end; only the last few can still reach into it. A loop, not
    # any() over a generator: asked for every cue, and mostly over four names or fewer.
    for start, end in names[max(i - 4, 0):i]:
        if start < cue_end and cue_start < end:
            return True
    return False


def _speaker(value: object, sectors: Mapping[str, str], unheard: frozenset[str]) -> str | None:
    """The speaker's actor id, None when unknown or of a sector in ``unheard`` (a news agency, a city)."""
    if not (isinstance(value, str) and value) or sectors.get(value, "") in unheard:
        return None
    return value


def _one_per_relation(rows: list[dict]) -> list[dict]:
    """One row per relation and predicate: a second cue of the same (sentence, source, target, sign)
    within a few words is the same act (شن هجوما, فرض عقوبات) and is dropped; a neutral contact is
    dropped where the same sentence already relates the pair with a sign."""
    signed = {(r["sentence_id"], r["source_actor"], r["target_actor"]) for r in rows if r["polarity"] != 0}
    kept: dict[tuple, list[int]] = {}
    out = []
    for row in rows:
        pair = (row["sentence_id"], row["source_actor"], row["target_actor"])
        if row["polarity"] == 0 and pair in signed:
            continue
        starts = kept.setdefault((*pair, row["polarity"]), [])
        if any(abs(row["start"] - start) <= _SAME_PREDICATE for start in starts):
            continue
        starts.append(row["start"])
        out.append(row)
    return out
