"""Token-level view of a document for reading stance: token positions, sentences and folded stems.

>>> from workbench.text import Document
>>> view = TokenView(Document("a", "قالت موسكو. ورفضت واشنطن"))
>>> view.index_at(14), view.sentence_of(view.index_at(14)), sorted(view.stems(3))
(3, 1, ['رفضت', 'ورفضت'])
>>> view.token_span(12, 17)
(3, 3)
>>> view.positions(1, frozenset({"رفضت"})), view.first_with_stem(0, 5, frozenset({"رفضت"}))
([3], 3)
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache, partial
from itertools import compress, count
from operator import itemgetter

from workbench.text import Document, candidate_splits
from workbench.text.document import computed_once
from workbench.text.segmentation import WORD

__all__ = ["TokenView", "readings"]

# Clause openers, negators and conditionals carry at most a conjunction (ولكن, فلم).
_CONJUNCTIONS = ("و", "ف")
_NORM = itemgetter(4)  # of a Token
_FIRST = itemgetter(0)  # the start of a (start, end) span
_SECOND = itemgetter(1)  # the stem of a (proclitics, stem) reading


@lru_cache(maxsize=1 << 16)
def readings(norm: str) -> tuple[tuple[str, str], ...]:
    """(proclitics, stem) readings of a folded word; memoised because news repeats its words."""
    return tuple(candidate_splits(norm))


@lru_cache(maxsize=1 << 16)
def _stem_set(norm: str) -> frozenset[str]:
    """Every stem of a folded word's readings, the whole word included."""
    return frozenset(map(_SECOND, readings(norm)))


class TokenView:
    """Tokens of one document with their sentence index and (lazily) their proclitic-free stems."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.count = len(self.tokens)  # read by the bounds tests asked tens of times per cue: no len() call each
        self.starts = doc.token_starts  # the text layer's list, shared with the other extractors; read only
        self._stems: dict[int, frozenset[str]] = {}
        self._positions: dict[tuple[int, frozenset[str]], list[int]] = {}
        # first token and folded words of a sentence, read by each word list asked of it (up to four)
        self._norms: dict[int, tuple[int, list[str]]] = {}
        # Clause range of a cue's tokens, read by the precise reading and again by the fallback.
        self.clauses: dict[tuple[int, int], tuple[int, int]] = {}
        # Whether the text names a leader (بقيادة), found once when the actors are grouped: most texts name none.
        self.names_leader = False

    # computed once without functools.cached_property's lock (Python 3.11 takes it on every first
    # computation): both are built for every article read, and one thread reads an article
    @computed_once
    def _sentence_firsts(self) -> list[int]:
        # the bisections mapped in C: built for every article read
        return list(map(partial(bisect_left, self.starts), map(_FIRST, self.doc.sentences)))

    @computed_once
    def token_sentences(self) -> list[int]:
        """Sentence index of every token, for loops that look up many valid indices without a call."""
        firsts = self._sentence_firsts + [self.count]
        out = [0] * firsts[0]
        for sentence in range(len(firsts) - 1):
            out += [sentence] * (firsts[sentence + 1] - firsts[sentence])
        return out

    def sentence_of(self, i: int) -> int:
        """Sentence index of token ``i`` (a token between sentences belongs to the previous one)."""
        if i < 0:
            return 0
        try:  # asked tens of times per cue: the index alone, no length test
            return self.token_sentences[i]
        except IndexError:
            return max(bisect_right(self._sentence_firsts, i) - 1, 0)

    def sentence_range(self, sentence: int) -> tuple[int, int]:
        """[first, end) token range of ``sentence``."""
        firsts = self._sentence_firsts
        if sentence + 1 < len(firsts):  # the common case first: a sentence before the last
            return firsts[sentence], firsts[sentence + 1]
        return (firsts[sentence], self.count) if sentence < len(firsts) else (self.count, self.count)

    def index_at(self, offset: int) -> int:
        """Index of the token starting at or before original ``offset``."""
        i = bisect_right(self.starts, offset) - 1
        return i if i > 0 else 0  # asked for every mention and cue: a test costs less than max()

    def token_span(self, start: int, end: int) -> tuple[int, int]:
        """Indices of the first and last token of the original span [start, end) (``end`` > ``start``),
        as two ``index_at`` calls would give, in one call: asked for every cue and every mention."""
        starts = self.starts
        first = bisect_right(starts, start) - 1
        last = bisect_right(starts, end - 1, first + 1 if first > 0 else 0) - 1
        return (first if first > 0 else 0), (last if last > 0 else 0)

    def stems(self, i: int) -> frozenset[str]:
        """Every folded reading of token ``i`` without proclitics, the whole token included."""
        stems = self._stems.get(i)
        if stems is None:
            token = self.tokens[i]
            # the set shared between documents: news repeats its words, and building it costs more than finding it
            stems = self._stems[i] = _stem_set(token.norm) if token.kind == WORD else frozenset((token.norm,))
        return stems

    def clitics(self, i: int) -> tuple[tuple[str, str], ...]:
        """(proclitics, stem) readings of token ``i``."""
        token = self.tokens[i]
        return readings(token.norm) if token.kind == WORD else (("", token.norm),)

    def positions(self, sentence: int, words: frozenset[str]) -> list[int]:
        """Sorted indices of the tokens of ``sentence`` that are one of the function ``words``,
        alone or after a conjunction (cached)."""
        key = (sentence, words)
        found = self._positions.get(key)
        if found is None:
            first, norms = self.sentence_norms(sentence)
            # One pass over the sentence, the membership test in C: the few word lists asked for
            # cost less than an index.
            found = list(compress(count(first), map(_with_conjunctions(words).__contains__, norms)))
            self._positions[key] = found
        return found

    def in_clause_before(self, sentence: int, token: int, words: frozenset[str], openers: frozenset[str]) -> bool:
        """Does one of the function ``words`` (alone or after a conjunction) stand before ``token`` in
        its clause, after the last of the ``openers`` before it in ``sentence``?"""
        found = self.positions(sentence, openers)  # shared with the clause's target search
        first, norms = self.sentence_norms(sentence)
        at = bisect_left(found, token)
        start = found[at - 1] + 1 if at else first
        # a slice of the clause only, the membership test in C: most sentences hold no such word
        return not _with_conjunctions(words).isdisjoint(norms[start - first:token - first])

    def sentence_norms(self, sentence: int) -> tuple[int, list[str]]:
        """First token index and folded tokens of ``sentence``, listed once: a clause's openers and
        commas, the conditionals and the question marks are each sought in the same sentence."""
        found = self._norms.get(sentence)
        if found is None:
            first, end = self.sentence_range(sentence)
            found = self._norms[sentence] = (first, list(map(_NORM, self.tokens[first:end])))
        return found

    def first_with_stem(self, first: int, end: int, words: frozenset[str]) -> int | None:
        """Index of the first token in [first, end) with one of ``words`` as a stem, None when none has."""
        # has_stem's test inlined, the endings looked up once: a needed word is sought in a window
        # after most cues, so this loop runs for tens of tokens per article
        endings, tokens = _endings(words), self.tokens
        for i in range(first, end):  # a plain loop: a generator under next() cost a frame per call
            if tokens[i].norm.endswith(endings) and self.stems(i) & words:
                return i
        return None

    def has_stem(self, i: int, words: frozenset[str]) -> bool:
        """Whether one of the stems of token ``i`` is one of ``words``; a stem ends its word, so only
        a word ending in one of them is read (ومن for من), whatever its clitics."""
        return self.tokens[i].norm.endswith(_endings(words)) and bool(self.stems(i) & words)

    def first_word(self, first: int, end: int) -> int | None:
        """Index of the first word token in [first, end), None when none is."""
        for i in range(first, end):
            if self.is_word(i):
                return i
        return None

    def is_word(self, i: int) -> bool:
        return 0 <= i < self.count and self.tokens[i].kind == WORD


@lru_cache(maxsize=64)
def _endings(words: frozenset[str]) -> tuple[str, ...]:
    """``words`` as the tuple ``str.endswith`` takes."""
    return tuple(words)


@lru_cache(maxsize=64)
def _with_conjunctions(words: frozenset[str]) -> frozenset[str]:
    """``words`` alone or after a conjunction.

    >>> sorted(_with_conjunctions(frozenset({"لم"})))
    ['فلم', 'لم', 'ولم']
    """
    return words | {conjunction + word for conjunction in _CONJUNCTIONS for word in words}
