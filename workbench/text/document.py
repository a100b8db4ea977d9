"""The text layer of one article, computed once and shared by every extractor.

>>> doc = Document("a1", "عارضت روسيا. وقالت واشنطن")
>>> doc.sentence_of(14), len(doc.tokens)
(1, 5)
>>> doc.sentences_with(["قال"]), doc.sentence_words[1]
([1], [('وقالت', 'وقالت'), ('واشنطن', 'واشنطن')])
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from operator import getitem, itemgetter
from typing import Any

import ahocorasick
import pandas as pd

from workbench.text.normalization import Normalized, normalize
from workbench.text.segmentation import Token, sentences, tokenize

__all__ = ["Document", "computed_once", "documents"]


class computed_once:
    """``functools.cached_property`` without its lock: Python 3.11 takes a lock on every first
    computation (a dozen a Document), and one article's text layer is built by one thread."""

    def __init__(self, compute: Callable[[Any], Any]) -> None:
        self.compute = compute
        self.__doc__ = compute.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, document: Any, owner: type | None = None) -> Any:
        if document is None:
            return self
        # Stored under the same name: the instance's attribute wins over this non-data descriptor.
        value = document.__dict__[self.name] = self.compute(document)
        return value


@dataclass
class Document:
    """An article's text with its folded view, sentences and tokens (lazily built)."""

    article_id: str
    text: str
    published: pd.Timestamp | None = None

    @computed_once
    def normalized(self) -> Normalized:
        return normalize(self.text)

    @computed_once
    def sentences(self) -> list[tuple[int, int]]:
        return sentences(self.text)

    @computed_once
    def tokens(self) -> list[Token]:
        return tokenize(self.text)

    @computed_once
    def _sentence_starts(self) -> list[int]:
        return list(map(_FIRST, self.sentences))

    def sentence_of(self, offset: int) -> int:
        """Index of the sentence containing original ``offset`` (the previous one between sentences)."""
        return max(bisect_right(self._sentence_starts, offset) - 1, 0)

    def tokens_between(self, start: int, end: int) -> list[Token]:
        """Tokens lying inside original offsets [start, end)."""
        starts = self.token_starts
        lo = bisect_right(starts, start - 1)
        hi = bisect_right(starts, end - 1)
        return _within(self.tokens[lo:hi], end)

    @computed_once
    def token_starts(self) -> list[int]:
        """Original start offset of each token, ascending (built once; bisect it, do not modify it).

        >>> Document("a", "قال الوزير: نعم").token_starts
        [0, 4, 10, 12]
        """
        return list(map(_START, self.tokens))

    @computed_once
    def sentence_tokens(self) -> list[list[Token]]:
        """The tokens of each sentence (as :meth:`tokens_between` its span)."""
        # tokens_between for all sentences at once: bisect_left(starts, x) is bisect_right(starts, x - 1)
        # for int offsets, so C-level maps find every sentence's first and past-last token.
        starts, ends = self.token_starts, list(map(_SECOND, self.sentences))
        firsts = map(bisect_left, repeat(starts), self._sentence_starts)
        pasts = map(bisect_left, repeat(starts), ends)
        slices = map(getitem, repeat(self.tokens), map(slice, firsts, pasts))
        return list(map(_within, slices, ends))

    @computed_once
    def sentence_words(self) -> list[list[tuple[str, str]]]:
        """The (folded word, stem) pairs of each sentence's tokens."""
        return [list(map(_NORM_STEM, tokens)) for tokens in self.sentence_tokens]

    def sentences_with(self, words: Iterable[str]) -> list[int]:
        """Indices of the sentences whose folded text contains one of the folded ``words``.

        A cheap filter before looking at tokens (one automaton pass over the folded text): a
        word found inside a longer word counts too, so check the tokens of the sentences returned.
        """
        automaton = _automaton_of(frozenset(words))
        if automaton is None:
            return []
        index, starts = self.normalized.index, self._sentence_starts
        # sentence_of inlined (one bisection a hit): a common word is found dozens of times an article.
        found = {bisect_right(starts, index[end - length + 1]) - 1 for end, length in automaton.iter(self.normalized.text)}
        return sorted({max(i, 0) for i in found})


def _within(inside: list[Token], end: int) -> list[Token]:
    """The tokens starting before ``end`` without the last when it runs past ``end``.

    Tokens do not overlap, so only the last one can (U.S. cut by a sentence end).
    """
    if inside and inside[-1].end > end:
        inside.pop()
    return inside


_START = _FIRST = itemgetter(0)  # start of a Token or a span, read in C
_SECOND = itemgetter(1)  # end of a span
_NORM_STEM = itemgetter(4, 6)  # (norm, stem) of a Token


@lru_cache(maxsize=64)
def _automaton_of(words: frozenset[str]) -> ahocorasick.Automaton | None:
    # Aho-Corasick: one pass whatever the number of words (a regular expression alternation of
    # a hundred words costs as much as tokenising).
    words = frozenset(w for w in words if w)
    if not words:
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton


def documents(articles: pd.DataFrame) -> list[Document]:
    """One :class:`Document` per row of a frame with ``article_id`` and ``text`` (``published`` optional).

    >>> len(documents(pd.DataFrame({"article_id": ["a"], "text": ["نص"]})))
    1
    """
    missing = {"article_id", "text"} - set(articles.columns)
    if missing:
        raise ValueError(f"articles frame lacks column(s) {sorted(missing)}; it needs article_id and text")
    # Every column read of a frame with attrs (the loader's list of problems) deep-copies them:
    # a view without attrs reads its columns for nothing. Lists come out of arrow strings faster
    # than iterating them does.
    columns = pd.DataFrame(articles, copy=False)
    published = columns["published"].tolist() if "published" in columns.columns else [None] * len(columns)
    return [
        Document(str(aid), "" if pd.isna(text) else str(text), None if pd.isna(pub) else pd.Timestamp(pub))
        for aid, text, pub in zip(columns["article_id"].tolist(), columns["text"].tolist(), published)
    ]
