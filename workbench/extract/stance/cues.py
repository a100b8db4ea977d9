"""Find stance cues in a document's folded text, with their original offsets and token positions.

One Aho-Corasick pass over :attr:`Document.normalized` finds every lexicon form; a hit counts when
it ends a word and what precedes it in the word is a proclitic reading of
:func:`workbench.text.candidate_splits` (و ف ب ل ك, the article). The longest hit of a word wins.

>>> from workbench.text import Document
>>> view = TokenView(Document("a", "وعارضت روسيا وجود القوات، ولم ترفض إيران."))
>>> [(view.doc.text[h.start:h.end], h.negated) for h in find_cues(view, load_lexicon())]
[('عارضت', False), ('ترفض', True)]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection
from dataclasses import dataclass
from functools import lru_cache

from workbench.extract.stance.lexicon import StanceLexicon, load_lexicon
from workbench.extract.stance.pronouns import object_pronoun
from workbench.extract.stance.view import TokenView, readings

__all__ = ["CueHit", "find_cues"]

# Proclitics a negator may carry (ولم, فلا, وبدون).
_NEGATOR_CLITICS = frozenset({"", "و", "ف", "ب", "وب", "فب"})
# How many tokens after a cue its required object word (علق -> التعاون) may come; a required
# preposition (وصل ... إلى, بحث ... مع) follows the subject, whose title chain may be long
# (وصل اشتون كارتر وزير الدفاع الاميركي، اليوم (الجمعة)، إلى أربيل).
_NEEDS_WINDOW = 7
_PREPOSITION_WINDOW = 20


@dataclass(slots=True)
class CueHit:
    """A cue found in the text: original offsets, first and last token index, lexicon form. Never
    changed once built; not frozen, which would make building it about twice as slow."""

    start: int
    end: int
    first_token: int
    last_token: int
    form: str
    negated: bool
    definite: bool  # carries the article (الاتفاق): names a known event, has no idafa agent


def find_cues(view: TokenView, lexicon: StanceLexicon, sentences: Collection[int] | None = None) -> list[CueHit]:
    """Every cue of ``lexicon`` in the viewed document, in text order; only in ``sentences`` (their
    indices) when given: a sentence naming no actor has no cue to read, and the pass over the
    text is the costliest step of the search.

    >>> from workbench.text import Document
    >>> view = TokenView(Document("a", "عارضت روسيا الخطة. ورفضت إيران العرض."))
    >>> [view.doc.text[h.start:h.end] for h in find_cues(view, load_lexicon(), {1})]
    ['رفضت']
    """
    normalized = view.doc.normalized
    folded = normalized.text
    padded = folded + " "  # a hit at the text's end ends a word too: no length test per hit
    best: dict[int, tuple[int, str, bool, bool]] = {}  # word start -> (hit start, form, definite, nominal)
    not_cues = lexicon.grammar.not_cues
    automaton = lexicon.automaton
    # the automaton's iterators read directly: a generator between them cost a step per match
    for lo, hi in _ranges(normalized, view.doc.sentences, sentences):
        for last, form in automaton.iter(folded, lo, hi):
            end = last + 1
            if padded[end].isalpha():
                continue
            start = end - len(form)
            word_start = start
            while word_start and padded[word_start - 1].isalpha():
                word_start -= 1
            definite = nominal = False
            if word_start < start:
                prefix = folded[word_start:start]
                if not _proclitic_reading(prefix, folded[word_start:end], not_cues):
                    continue
                definite = prefix.endswith(("ال", "لل"))
                nominal = definite or "ب" in prefix or "ك" in prefix
            kept = best.get(word_start)
            if kept is None or len(form) > len(kept[1]):
                best[word_start] = (start, form, definite, nominal)
    hits = []
    covered = -1  # a phrase (عودة الاتصالات) hides the cues inside it
    consumed: set[int] = set()  # the object of علق التعاون is no cue of its own
    cues, forms, text = lexicon.cues, lexicon.forms, view.doc.text
    negated_forms = _negated_forms(lexicon.grammar.negators)
    tokens, n_tokens, blessing_subjects = view.tokens, view.count, lexicon.grammar.blessing_subjects
    prepositions = lexicon.grammar.prepositions
    for start, form, definite, nominal in sorted(best.values()):
        if start < covered:
            continue
        covered = start + len(form)
        o_start, o_end = normalized.span(start, covered)
        if text[o_end - 1] == "ة" and _ends_in_pronoun(form, lexicon):
            continue
        first, last = view.token_span(o_start, o_end)
        # a form only a verb can take (طلب, not also a listed noun) after a preposition or with the
        # article, ب or ك is the noun of the same letters (بطلب من, بناء على طلب): no verb reading
        entry = forms[form]
        if entry.kind == "verb" and (nominal or first and tokens[first - 1].norm in prepositions):
            continue
        # a phrase opening with another cue's needed word is a cue of its own (تحرير صنعاء من سيطرة)
        if first == last and first in consumed or last + 1 < n_tokens and tokens[last + 1].norm in blessing_subjects \
                and _blessing(view, last, form, lexicon):
            continue
        cue = cues[entry.cue]
        if cue.needs:
            # the من of a taking back follows the place taken, not a subject's title chain
            far = cue.needs <= lexicon.grammar.prepositions and not cue.takes_from
            window = _PREPOSITION_WINDOW if far else _NEEDS_WINDOW
            needed = _needed_word(view, last, cue.needs, window, lexicon.grammar.by_phrase_ends)
            if needed is None:
                continue
            consumed.add(needed)
        # the word before is looked up first, inline: most cues follow no negator, and no call is made then
        negated = first > 0 and tokens[first - 1].norm in negated_forms and _is_negated(view, first, lexicon)
        hits.append(CueHit(o_start, o_end, first, last, form, negated, definite))
    return hits


def _ranges(normalized, spans: list[tuple[int, int]], sentences: Collection[int] | None) -> list[tuple[int, int]]:
    """[lo, hi) folded ranges to search: the whole folded text, or the ranges of ``sentences``
    (runs of neighbouring sentences as one range)."""
    folded = normalized.text
    if sentences is None:
        return [(0, len(folded))]
    index = normalized.index
    wanted = sorted(sentences)  # trimmed to the document's sentences by bisection, not a test per sentence
    wanted = wanted[bisect_left(wanted, 0):bisect_left(wanted, len(spans))]
    ranges = []
    i = 0
    while i < len(wanted):
        j = i
        while j + 1 < len(wanted) and wanted[j + 1] == wanted[j] + 1:
            j += 1
        lo = bisect_left(index, spans[wanted[i]][0], 0, len(folded))
        hi = bisect_left(index, spans[wanted[j]][1], lo, len(folded))
        if hi > lo:
            ranges.append((lo, hi))
        i = j + 1
    return ranges


def _ends_in_pronoun(form: str, lexicon: StanceLexicon) -> bool:
    """Does the folded form end in the pronoun ه (a noun's possessive, a verb's object)? Folding writes
    ta marbuta as ه, so غزوة (a raid of early Islam) or دعاة (preachers) fold like غزوه "his invasion"
    or دعاه "he called him"; a word written with ة carries no such pronoun."""
    read = lexicon.forms[form]
    return read.possessive or read.kind == "verb" and object_pronoun(form, lexicon) == "ه"


@lru_cache(maxsize=8)
def _negated_forms(negators: frozenset[str]) -> frozenset[str]:
    """Every negator with the proclitics it may carry (ولم, فلا, وبدون)."""
    return frozenset(clitic + word for clitic in _NEGATOR_CLITICS for word in negators)


@lru_cache(maxsize=1 << 14)
def _proclitic_reading(prefix: str, word: str, not_cues: frozenset[str]) -> bool:
    """Is ``prefix`` a proclitic reading of ``word`` whose stem is no word that only looks like a cue?
    Memoised: news repeats its words (السودان holds دان)."""
    word = word.split(" ", 1)[0]  # a phrase form's clitics sit on its first word
    splits = readings(word)
    if any(stem in not_cues for _, stem in splits):
        return False
    return any(clitic == prefix for clitic, _ in splits)


def _needed_word(view: TokenView, last: int, needs: frozenset[str], window: int,
                 by_phrase_ends: dict[str, frozenset[str]]) -> int | None:
    """Index of the first token after ``last`` in its sentence, at most ``window`` on, that is one of
    ``needs`` and opens no by-phrase: the من of «تحريرها من قبل المقاومة» names the agent, not the
    party the place is freed from."""
    # only the window is read, not the whole sentence: a news sentence may run to hundreds of tokens
    _, end = view.sentence_range(view.sentence_of(last))
    stop = min(last + window + 1, end)
    needed = view.first_with_stem(last + 1, stop, needs)
    while needed is not None and opens_by_phrase(view, needed, by_phrase_ends):
        needed = view.first_with_stem(needed + 1, stop, needs)
    return needed


def opens_by_phrase(view: TokenView, i: int, by_phrase_ends: dict[str, frozenset[str]]) -> bool:
    """Is token ``i`` the first word of a by-phrase (the من of من قبل, من طرف; على of على يد)?"""
    # the phrase's last word first: it is looked up in a dict, and most words end none
    firsts = by_phrase_ends.get(view.tokens[i + 1].norm) if i + 1 < view.count else None
    return firsts is not None and view.is_word(i) and bool(view.stems(i) & firsts)


def _blessing(view: TokenView, last: int, form: str, lexicon: StanceLexicon) -> bool:
    """Is the cue, followed by a word naming God, a blessing after a name (الملك سلمان - أيده الله -):
    a verb with an object pronoun whose subject, right after it, is God? ``find_cues`` tests the
    word itself first, inline, as God seldom follows a cue."""
    return view.is_word(last + 1) and object_pronoun(form, lexicon) is not None


def _is_negated(view: TokenView, first: int, lexicon: StanceLexicon) -> bool:
    """Does a negator stand right before token ``first``? ``find_cues`` has found the token before
    among the negators with their proclitics (:func:`_negated_forms`): a reading is the word split
    in two, so a word that is no negator with its clitics has none."""
    before = first - 1
    if not view.is_word(before) or view.sentence_of(before) != view.sentence_of(first):
        return False
    negators = lexicon.grammar.negators
    return any(clitic in _NEGATOR_CLITICS and stem in negators for clitic, stem in view.clitics(before))
