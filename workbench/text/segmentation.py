"""Sentences and tokens with offsets into the original text, and proclitic splitting.

Neither pyarabic nor camel-tools keeps character offsets through tokenisation
and clitic splitting (camel-tools' ``simple_word_tokenize`` returns strings,
pyarabic's ``tokenize`` likewise), and every extractor here must point back at
the original characters, so this module does the small part they do not:
one compiled regular expression for tokens, one for sentence ends, and a
table-driven proclitic splitter over the folded form (see
:mod:`workbench.text.normalization`).

>>> [t.text for t in tokenize("وقالت موسكو: «لا».")]
['وقالت', 'موسكو', ':', '«', 'لا', '»', '.']
>>> t = tokenize("والولايات")[0]
>>> t.clitic, t.stem, t.stem_start
('وال', 'ولايات', 3)
"""

from __future__ import annotations

import re
from itertools import accumulate, repeat
from operator import add, attrgetter
from typing import NamedTuple

from workbench.text.normalization import _DELETED, _PRESENTATION, fold

__all__ = ["Token", "tokenize", "count_words", "count_word_tokens", "sentences", "candidate_splits", "WORD", "LATIN", "NUMBER", "PUNCT",
           "COMMAS"]

# The Latin and the Arabic comma, as punctuation tokens hold them (text and folded form alike).
COMMAS = frozenset(",\u060c")

WORD, LATIN, NUMBER, PUNCT = "word", "latin", "number", "punct"

_AR_BASE_LETTER = "\u0621-\u063a\u0641-\u064a\u066e-\u066f\u0671-\u06d3\u06d5\u06fa-\u06fc\u06ff"
_AR_BASE_LETTER_RE = re.compile(rf"[{_AR_BASE_LETTER}]+")


def _char_class(codes: list[int]) -> str:
    """``codes`` (ascending) as the ranges of a regular expression's character class."""
    runs: list[list[int]] = []
    for code in codes:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


# Presentation forms (text copied from PDFs and old sites) are letters when they fold to base
# letters alone (ﻟ, ﺎ, the ligatures ﻻ and ﷲ) and marks when they fold to nothing (ﹰ, ﱞ); the
# honorific ligatures that fold to several words (ﷺ) and the ornate brackets stay punctuation.
_AR_LETTER = _AR_BASE_LETTER + _char_class(
    [code for code, folded in _PRESENTATION.items() if folded and _AR_BASE_LETTER_RE.fullmatch(folded)])
_AR_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640" + _char_class(
    [code for code, folded in _PRESENTATION.items() if folded is None])
_DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"
_WORD_PATTERN = rf"[{_AR_LETTER}][{_AR_LETTER}{_AR_MARK}]*"
_NUMBER_PATTERN = rf"[{_DIGIT}]+(?:[.,:/\u066b\u066c-][{_DIGIT}]+)*"
_LATIN_PATTERN = r"[A-Za-z\u00c0-\u024f]+(?:['’.-][A-Za-z\u00c0-\u024f]+)*"
_TOKEN_RE = re.compile(
    rf"(?P<word>{_WORD_PATTERN})|(?P<number>{_NUMBER_PATTERN})|(?P<latin>{_LATIN_PATTERN})|(?P<punct>[^\s])"
)
# Each surface (the same alternatives without their names) as the one group of a split: only
# whitespace lies between two tokens, so the split alternates gap, surface, gap, ..., and the running
# sum of the pieces' lengths gives every offset (one list, no tuple per match as findall builds).
_SURFACE_SPLIT_RE = re.compile(rf"({_WORD_PATTERN}|{_NUMBER_PATTERN}|{_LATIN_PATTERN}|[^\s])")
# Punctuation tokens are one character long, so skipping them finds exactly the
# word, number and Latin tokens that _TOKEN_RE finds.
_WORDLIKE_RE = re.compile(f"{_WORD_PATTERN}|{_NUMBER_PATTERN}|{_LATIN_PATTERN}")
# A sentence ends at . ! ? ؟ … or at a line break; closing quote marks and brackets right after
# the stop belong to the sentence. A stop between digits (3.5, 20.06.2017, 10.30) is no end, nor is one
# after a digit before spaces or bidi marks and a digit (the press's «4. 5 مليار», «5.\u200f2 مليون»: a
# decimal) or before a Latin letter (a file or host name, «1.pdf»); a stop after a number before
# whitespace and text is one («في عام 2015. وقال»), so is «2015..» and «5.» before a closing mark. The
# look-behind (a digit before the first stop) sits in a look-ahead after the first stop, and the line
# break shares the first character set with the stops (a look-behind tells them apart after it), so
# that the pattern starts with a character set and the engine skips ahead to candidates instead of
# trying every position: an alternation of a set and a character gives it no set to skip with (twice
# the time). The empty group marks where a stop's sentence ends (unset after a line break); the
# whitespace after a stop or a line break is part of the match, so the next sentence starts where the
# match ends, already trimmed.
_SENT_END_RE = re.compile(
    r"[.!?؟…\n](?:(?<=\n)|(?!(?<=[0-9].)(?:[ \u200e\u200f]*[0-9]|[A-Za-z]))[.!?؟…]*(?![0-9])[\"'»”’)\]]*())\s*")
# A list item's number before its full stop: one or two digits opening the sentence («\n3. طريق ...»),
# after a colon and a space («وفقا لما يلي: 1. توجيه ...») or glued to the stop of the item before
# («ذلك .11. ان يقوم»), looked for in the few characters before the stop. Three digits are a page or a
# verse («ص. 211.», «النحل: 102.»), a colon without a space a time (10:30.), a stop after a digit a
# decimal (1.5.).
_ITEM_NUMBER_RE = re.compile(r"[0-9]{1,2}")
_ITEM_AFTER_MARK_RE = re.compile(r"(?:(?<=:)[^\S\n]+|(?<=[^0-9]\.))[0-9]{1,2}$")
_ITEM_NUMBER_REACH = 8
_SPACES_RE = re.compile(r"\s*")  # \s is str.isspace's whitespace

# Proclitics in the folded form: conjunction, then preposition, then article.
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
_MIN_STEM = 2


class Token(NamedTuple):
    """One token. ``start``/``end`` and ``stem_start`` are original offsets.

    ``norm`` is the folded token; ``clitic`` the folded proclitics split off by
    the default (article-anchored) reading and ``stem`` the rest. A bare
    conjunction or preposition is only split off when the article follows
    (``والولايات``), because ``وزير`` and ``بغداد`` start with the same letters;
    :func:`candidate_splits` lists every reading for look-ups. A named tuple:
    an article has about a thousand tokens, and a tuple is the cheapest
    read-only value to build and to read fields from.
    """

    start: int
    end: int
    text: str
    kind: str
    norm: str
    clitic: str
    stem: str
    stem_start: int


def candidate_splits(norm: str) -> list[tuple[str, str]]:
    """Every (proclitics, stem) reading of a folded word, most clitics first.

    >>> candidate_splits("وبالرقه")[:2]
    [('وبال', 'رقه'), ('وب', 'الرقه')]
    >>> candidate_splits("للامم")[0]
    ('لل', 'امم')
    """
    out: list[tuple[str, str]] = []
    for conj in ("",) + _CONJ:
        if not norm.startswith(conj):
            continue
        rest = norm[len(conj):]
        for prep in ("",) + _PREP:
            if not rest.startswith(prep):
                continue
            body = rest[len(prep):]
            if prep == "ل" and body.startswith("ل") and len(body) - 1 >= _MIN_STEM:
                out.append((conj + "لل", body[1:]))  # لل = ل + ال with the alef elided
            if body.startswith("ال") and len(body) - 2 >= _MIN_STEM:
                out.append((conj + prep + "ال", body[2:]))
            if (conj or prep) and len(body) >= _MIN_STEM:
                out.append((conj + prep, body))
    out.sort(key=lambda cs: -len(cs[0]))
    out.append(("", norm))
    seen: set[tuple[str, str]] = set()
    return [cs for cs in out if not (cs in seen or seen.add(cs))]


# The proclitic strings that end in the article, longest first. A reading of candidate_splits
# with one of them is valid exactly when the word starts with it and leaves a stem of _MIN_STEM
# letters, and two valid ones of one length would be the same prefix: the first valid one here is
# the first article-anchored reading candidate_splits lists.
_ARTICLE_CLITICS = tuple(sorted({conj + prep + "ال" for conj in ("",) + _CONJ for prep in ("",) + _PREP}
                                | {conj + "لل" for conj in ("",) + _CONJ}, key=len, reverse=True))


def _default_split(norm: str) -> tuple[str, str]:
    """The article-anchored reading: the first of :func:`candidate_splits` whose clitics end in the
    article, or none.

    >>> _default_split("وللامم"), _default_split("وزير")
    (('ولل', 'امم'), ('', 'وزير'))
    """
    if "ال" not in norm[:4] and "لل" not in norm[:3]:
        return "", norm  # no article within reach of a conjunction and a preposition: most words
    for clitic in _ARTICLE_CLITICS:
        if norm.startswith(clitic) and len(norm) - len(clitic) >= _MIN_STEM:
            return clitic, norm[len(clitic):]
    return "", norm


def _clitic_length(surface: str, norm: str, clitic: str) -> int:
    """Number of original characters covering the folded ``clitic`` of ``surface`` (folded ``norm``).

    A ligature that folds to letters of both the clitic and the stem (ﺍﻷﻣﻴﺮ: ال + امير, the
    article's lam in ﻷ) goes with the stem, as :meth:`Normalized.span` maps the stem's first
    letter to it: a span from ``stem_start`` then holds the whole stem and one clitic letter more.
    """
    if not clitic:
        return 0
    if len(norm) == len(surface) and _DELETED.isdisjoint(surface):
        # Every character folds to exactly one, so the clitic's characters are its first ones.
        return len(clitic)
    seen = 0
    for i, ch in enumerate(surface):
        seen += len(fold(ch))
        if seen > len(clitic):
            return i
        if seen == len(clitic):
            j = i + 1
            while j < len(surface) and not fold(surface[j]):
                j += 1  # diacritics of the last clitic letter stay with it
            return j
    return len(surface)


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with original offsets.

    >>> [(t.text, t.kind) for t in tokenize("HIMARS في 20.06.2017")]
    [('HIMARS', 'latin'), ('في', 'word'), ('20.06.2017', 'number')]
    """
    pieces = _SURFACE_SPLIT_RE.split(text)
    if len(pieces) == 1:
        return []
    # Column by column with C-level map, slices and accumulate: a Python loop over the tokens costs
    # more. The running lengths of gap, surface, gap, ... are each surface's start, then its end.
    surfaces = pieces[1::2]
    bounds = list(accumulate(map(len, pieces)))
    starts, ends = bounds[0:-1:2], bounds[1::2]
    try:  # warm memo: every surface known, no scan for misses
        analyses = list(map(_ANALYSES.__getitem__, surfaces))
    except KeyError:
        _analyse(surfaces)
        analyses = list(map(_ANALYSES.__getitem__, surfaces))
    kinds, norms, clitics, stems, clitic_lengths = zip(*analyses)
    # tuple.__new__ called by map itself: a partial around it costs a call more per token.
    return list(map(tuple.__new__, repeat(Token), zip(starts, ends, surfaces, kinds, norms, clitics, stems, map(add, starts, clitic_lengths))))


# Folded form and default clitic split per token surface, kept for a process's lifetime: news
# vocabulary repeats heavily, so after a few hundred articles nearly every token is a dict hit.
# A surface always matches the same alternative of _TOKEN_RE, so it alone is the key.
_ANALYSES: dict[str, tuple[str, str, str, str, int]] = {}
_MAX_ANALYSES = 1 << 18


def _analyse(surfaces: list[str]) -> None:
    """Put the analyses of an article's token ``surfaces`` that ``_ANALYSES`` lacks into it."""
    surfaces = list(dict.fromkeys(surfaces))
    new = [surface for surface in surfaces if surface not in _ANALYSES]
    if len(_ANALYSES) + len(new) > _MAX_ANALYSES:
        _ANALYSES.clear()  # a full memo starts over with the whole article, known words included
    else:
        surfaces = new
    # One fold of them all: folding is character by character and no surface holds a line break.
    for surface, norm in zip(surfaces, fold("\n".join(surfaces)).split("\n")):
        if norm == surface:
            # The memo's key itself, already in the CPU cache after the look-up: a token then
            # touches one string less (most words and punctuation fold to themselves).
            norm = surface
        # A surface matches the alternative its first character starts (they are tried in order).
        kind = _KIND_OF_FIRST.get(surface[0], PUNCT)
        clitic, stem = _default_split(norm) if kind == WORD else ("", norm)
        _ANALYSES[surface] = (kind, norm, clitic, stem, _clitic_length(surface, norm, clitic))


# The kind of token a character starts (punctuation when absent), read off _TOKEN_RE itself.
_KIND_OF_FIRST = {char: match.lastgroup for char in map(chr, range(0x10000))
                  if (match := _TOKEN_RE.fullmatch(char)) and match.lastgroup != PUNCT}


def count_words(text: str) -> int:
    """Number of word, number and Latin tokens, without building the tokens.

    >>> count_words("قال 3 مسؤولين: «HIMARS»!") == sum(t.kind != PUNCT for t in tokenize("قال 3 مسؤولين: «HIMARS»!"))
    True
    """
    return len(_WORDLIKE_RE.findall(text))


def count_word_tokens(tokens: list[Token]) -> int:
    """:func:`count_words` of a text from its tokens, for a step that has them already.

    >>> count_word_tokens(tokenize("قال 3 مسؤولين: «HIMARS»!")) == count_words("قال 3 مسؤولين: «HIMARS»!")
    True
    """
    kinds = list(map(_KIND, tokens))
    return len(kinds) - kinds.count(PUNCT)


_KIND = attrgetter("kind")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, whitespace trimmed, in order.

    A full stop after a number ends its sentence («عام 2015. وقال», «2015..», «5.» before a closing
    mark); one inside a number does not (3.5, 20.06.2017, 10.30, the press's «4. 5» and «5.\\u200f2»),
    nor one before a Latin letter (1.pdf), nor one after a list item's number («\\n1. », «يلي: 1. », «ذلك .11. »).
    An inline list without a colon («ريال 2.حصة») ends a sentence after each number, and a verse of
    one or two digits after a colon («البقرة: 45.») reads as a list number: the marks do not tell.

    >>> text = "قال: نعم. ثم غادر\\nخبر آخر"
    >>> [text[s:e] for s, e in sentences(text)]
    ['قال: نعم.', 'ثم غادر', 'خبر آخر']
    >>> text = "وقع في عام 2015. وقال: 1. أولا"
    >>> [text[s:e] for s, e in sentences(text)]
    ['وقع في عام 2015.', 'وقال: 1. أولا']
    """
    spans: list[tuple[int, int]] = []
    begin = _SPACES_RE.match(text).end()
    for m in _SENT_END_RE.finditer(text, begin):
        end = m.end(1)
        if end < 0:  # a line break: the sentence ends before it and its trailing whitespace
            end = _trimmed_end(text, begin, m.start())
        elif _numbers_an_item(text, begin, m.start()) and "\n" not in text[end:m.end()]:
            continue  # the stop follows a list item's number: the item's sentence goes on
        if end > begin:
            spans.append((begin, end))
        begin = m.end()
    end = _trimmed_end(text, begin, len(text))
    if end > begin:
        spans.append((begin, end))
    return spans


def _numbers_an_item(text: str, begin: int, stop: int) -> bool:
    """Whether the stop at ``stop`` is a full stop after a list item's number (see ``_ITEM_NUMBER_RE``)
    in the sentence starting at ``begin``.

    >>> _numbers_an_item("\\n3. طريق", 1, 2), _numbers_an_item("يلي: 1. توجيه", 0, 6), _numbers_an_item("عام 2015. وقال", 0, 8)
    (True, True, False)
    >>> _numbers_an_item("ذلك .11. ان", 0, 7), _numbers_an_item("الساعة 10:30. وقال", 0, 12), _numbers_an_item("نما 1.5. ثم", 0, 7)
    (True, False, False)
    """
    if stop == begin or text[stop] != "." or not "0" <= text[stop - 1] <= "9":
        return False  # most stops: no digit before them
    return bool(_ITEM_NUMBER_RE.fullmatch(text, begin, stop)
                or _ITEM_AFTER_MARK_RE.search(text, max(begin, stop - _ITEM_NUMBER_REACH), stop))


def _trimmed_end(text: str, begin: int, end: int) -> int:
    """``end`` moved back over the whitespace that ends ``text[begin:end]``."""
    while end > begin and text[end - 1].isspace():
        end -= 1
    return end
