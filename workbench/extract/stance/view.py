"""Token-level view of a document for reading stance: token positions, sentences and folded stems.

>>> from workbench.text import Document
>>> view = TokenView(Document("a", "قالت موسكو. ورفضت واشنطن"))
>>> view.index_at(14), view.sentence[view.index_at(14)], sorted(view.stems(3))
(3, 1, ['رفضت', 'ورفضت'])
>>> view.positions(1, frozenset({"رفضت"}))
[3]
"""

from __future__ import annotations

from bisect import bisect_right
from functools import cached_property

from workbench.text import Document, candidate_splits
from workbench.text.segmentation import WORD

__all__ = ["TokenView"]


class TokenView:
    """Tokens of one document with their sentence index and (lazily) their proclitic-free stems."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.tokens = doc.tokens
        self.starts = [t.start for t in self.tokens]
        self._stems: dict[int, frozenset[str]] = {}
        self._positions: dict[tuple[int, frozenset[str]], list[int]] = {}

    @cached_property
    def sentence(self) -> list[int]:
        """Sentence index of every token."""
        return [self.doc.sentence_of(s) for s in self.starts]

    @cached_property
    def sentence_tokens(self) -> dict[int, tuple[int, int]]:
        """[first, end) token range of every sentence that has tokens."""
        ranges: dict[int, tuple[int, int]] = {}
        for i, s in enumerate(self.sentence):
            ranges[s] = (ranges.get(s, (i, i))[0], i + 1)
        return ranges

    def index_at(self, offset: int) -> int:
        """Index of the token starting at or before original ``offset``."""
        return max(bisect_right(self.starts, offset) - 1, 0)

    def stems(self, i: int) -> frozenset[str]:
        """Every folded reading of token ``i`` without proclitics, the whole token included."""
        if i not in self._stems:
            token = self.tokens[i]
            readings = candidate_splits(token.norm) if token.kind == WORD else [("", token.norm)]
            self._stems[i] = frozenset(stem for _, stem in readings)
        return self._stems[i]

    def positions(self, sentence: int, words: frozenset[str]) -> list[int]:
        """Sorted indices of the tokens of ``sentence`` with a reading in ``words`` (cached)."""
        key = (sentence, words)
        if key not in self._positions:
            first, end = self.sentence_tokens.get(sentence, (0, 0))
            self._positions[key] = [i for i in range(first, end) if self.stems(i) & words]
        return self._positions[key]

    def clitics(self, i: int) -> list[tuple[str, str]]:
        """(proclitics, stem) readings of token ``i``."""
        token = self.tokens[i]
        return candidate_splits(token.norm) if token.kind == WORD else [("", token.norm)]

    def is_word(self, i: int) -> bool:
        return 0 <= i < len(self.tokens) and self.tokens[i].kind == WORD
