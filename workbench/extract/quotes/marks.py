"""Pair quote marks into marked spans, recovering from missing openers and closers.

Guillemets carry their direction (``«`` opens, ``»`` closes) and nest with a stack.
ASCII ``"`` and the curly marks ``“ ” „ ‟`` are used in both directions in Arabic
news, so each is oriented by its neighbours (a space before and a letter after
opens; a letter before and a space or punctuation after closes) and paired
left to right. Marks never pair across a paragraph. A mark that finds no partner
still yields a span, flagged by ``opener``/``closer`` being ``None``: an orphan
opener runs to the end of its paragraph, an orphan closer starts after the
previous mark of its paragraph (the extractor narrows it). One pass, one token of
look-ahead: linear in the number of marks, whatever the text.

>>> from workbench.text import tokenize
>>> text = 'قال: «نعم "ربما" لا» ثم انتهى"'
>>> [(text[s.start:s.end], s.opener is None, s.closer is None) for s in marked_spans(text, tokenize(text))]
[('نعم "ربما" لا', False, False), ('ربما', False, False), ('ثم انتهى', True, False)]
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import compress, count
from typing import NamedTuple

from workbench.text import Token

__all__ = ["MarkedSpan", "QUOTE_MARKS", "marked_spans", "outermost"]

QUOTE_MARKS = frozenset('"«»“”„‟')
# The double prime: sites that turn " after a digit into an inch sign close “ويندوز 10″ with it. In the development
# split every one of them follows a digit and nearly all end an open “ or " (benchmarks/dev/QUOTES.md), so it
# closes an open straight or curly mark and is no mark otherwise (a bare 5″ stays an inch or seconds sign).
_PRIME_CLOSER = "\u2033"
_STRAIGHT_OPENERS = frozenset('"“”„‟')
_OPENING_CONTEXT = frozenset("([{:،,؛;-–—\u0640")
_CLOSING_CONTEXT = frozenset(".,،:;؛!?؟)]}…-–—")
# Letters that are proclitics glued to a following quote mark: و"الفارس", لـ"الشرق".
_GLUED_CLITICS = frozenset("وفبلك\u0640")
_NOTHING: frozenset[str] = frozenset()  # a span hugging its marks strips spaces only


class MarkedSpan(NamedTuple):
    """Text between two quote marks; ``opener``/``closer`` are token indices (None when missing).

    ``start``/``end`` are original offsets of the content, marks excluded.
    """

    start: int
    end: int
    opener: int | None
    closer: int | None

    @property
    def orphan(self) -> bool:
        return self.opener is None or self.closer is None


def marked_spans(text: str, tokens: list[Token], starts: list[int] | None = None,
                 opens_after: frozenset[str] = frozenset()) -> list[MarkedSpan]:
    """Every marked span of ``text``, in order of its content start (outer before inner).

    ``starts`` are the tokens' start offsets when the caller has them already. A straight or curly
    mark glued to one of the folded words ``opens_after`` and followed by words opens when no mark
    is open, whatever its shape (أن” ... ”).

    >>> from workbench.text import tokenize
    >>> text = 'وأضاف أن” الوفد سيصل غدا” .'
    >>> [text[s.start:s.end] for s in marked_spans(text, tokenize(text), opens_after=frozenset({"ان"}))]
    ['الوفد سيصل غدا']
    """
    marks = mark_tokens(text, tokens, QUOTE_MARKS, starts)
    if not marks:
        return []  # most articles
    if _PRIME_CLOSER in text and any(tokens[i].text in _STRAIGHT_OPENERS for i in marks):
        marks = sorted(marks + mark_tokens(text, tokens, _PRIME_CLOSER, starts))
    spans: list[MarkedSpan] = []
    paragraph: list[int] = []
    for i in marks:
        if paragraph and "\n" in text[tokens[paragraph[-1]].end : tokens[i].start]:
            spans += _pair_paragraph(text, tokens, paragraph, opens_after)
            paragraph = []
        paragraph.append(i)
    spans += _pair_paragraph(text, tokens, paragraph, opens_after)
    # a frozen span costs more to build than to trim: rebuilt only when trimming moved an edge (most spans hug their marks)
    spans = [s if (edges := _trimmed(text, s.start, s.end, s.orphan)) == (s.start, s.end) else MarkedSpan(*edges, s.opener, s.closer)
             for s in spans]
    spans = [s for s in spans if s.start < s.end]
    spans.sort(key=lambda s: (s.start, -s.end))
    return spans


def mark_tokens(text: str, tokens: list[Token], marks: Iterable[str], starts: list[int] | None = None) -> list[int]:
    """Indices, in text order, of the tokens that are one of the one-character ``marks``.

    Searching the text for each mark and bisecting the few hits to their tokens costs far less
    than a test on every token (or a regular expression's character class over the text).

    >>> from workbench.text import tokenize
    >>> text = 'قال: «نعم» لا'
    >>> mark_tokens(text, tokenize(text), QUOTE_MARKS)
    [2, 4]
    """
    if starts is None:
        starts = [t.start for t in tokens]
    found, n = [], len(tokens)
    for mark in marks:
        pos = text.find(mark)
        if pos < 0:
            continue  # most marks of a set are absent from an article: no index to set up for them
        i = 0
        while pos >= 0:
            i = bisect_left(starts, pos, i)  # a mark's hits come in text order: each bisects only past the last one's token
            if i < n and starts[i] == pos and len(tokens[i].text) == 1:
                found.append(i)
            pos = text.find(mark, pos + 1)
    found.sort()
    return found


def indices(flags: Iterable[bool]) -> list[int]:
    """Positions of the true ``flags``: with ``map`` over tokens, a filter that runs in C.

    >>> indices([False, True, True, False])
    [1, 2]
    """
    return list(compress(count(), flags))


def outermost(spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """Spans not contained in an earlier one (``spans`` sorted as :func:`marked_spans` returns them).

    >>> outermost([MarkedSpan(0, 9, 0, 5), MarkedSpan(2, 4, 1, 2), MarkedSpan(10, 12, 6, 7)])
    [MarkedSpan(start=0, end=9, opener=0, closer=5), MarkedSpan(start=10, end=12, opener=6, closer=7)]
    """
    out: list[MarkedSpan] = []
    reach = -1
    for span in spans:
        if span.start >= reach:
            out.append(span)
            reach = span.end
    return out


def _orientation(text: str, tok: Token) -> int:
    """+1 looks like an opener, -1 like a closer, 0 undecided."""
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    open_left = before.isspace() or before in _OPENING_CONTEXT
    if not open_left and before in _GLUED_CLITICS:
        open_left = tok.start < 2 or text[tok.start - 2].isspace()
    close_right = after.isspace() or after in _CLOSING_CONTEXT
    if tok.text in "«»":
        # A guillemet carries its direction unless its neighbours plainly say otherwise (ل»تنظيم الدولة»).
        against = (close_right and not open_left) if tok.text == "«" else (open_left and not close_right)
        return (1 if tok.text == "«" else -1) * (-1 if against else 1)
    if open_left and not close_right:
        return 1
    if close_right and not open_left:
        return -1
    return 0


def _opens_after_word(text: str, tokens: list[Token], m: int, opens_after: frozenset[str]) -> bool:
    """Whether mark ``m`` is glued to a word of ``opens_after`` and words follow it (أن” المرشح)."""
    tok = tokens[m]
    after = text[tok.end] if tok.end < len(text) else "."
    return (m > 0 and tokens[m - 1].end == tok.start and tokens[m - 1].norm in opens_after
            and after not in _CLOSING_CONTEXT and after not in QUOTE_MARKS)


def _pair_paragraph(text: str, tokens: list[Token], marks: list[int], opens_after: frozenset[str]) -> list[MarkedSpan]:
    if not marks:
        return []
    para_start = _paragraph_start(text, tokens[marks[0]].start)
    para_end = _paragraph_end(text, tokens[marks[-1]].end)
    spans: list[MarkedSpan] = []
    guillemets: list[int] = []  # stack of open « marks
    straight: int | None = None  # the open ASCII/curly mark, if any
    previous_end = para_start  # where an orphan closer's content may start
    orient = [_orientation(text, tokens[m]) for m in marks]
    inner_closer = -1  # the closer of a nested straight pair, already paired
    # an open « -> the position in ``marks`` of the last » that closed a « opened inside it: the one mark that may end
    # both (« ... «...» with one »)
    nested_closer: dict[int, int] = {}
    for k, m in enumerate(marks):
        tok = tokens[m]
        if k == inner_closer:
            pass
        elif tok.text == _PRIME_CLOSER:
            if straight is None:
                continue  # an inch or seconds sign: not a mark, and no orphan's content starts after it
            spans.append(MarkedSpan(tokens[straight].end, tok.start, straight, m))
            straight = None
        elif tok.text in "«»":
            if orient[k] > 0:
                guillemets.append(m)
            elif guillemets:
                opener = guillemets.pop()
                spans.append(MarkedSpan(tokens[opener].end, tok.start, opener, m))
                if guillemets:
                    nested_closer[guillemets[-1]] = k
            elif straight is not None:
                # ان "باكستان تتقدم ... في 2003»: an ASCII opener closed by a guillemet.
                spans.append(MarkedSpan(tokens[straight].end, tok.start, straight, m))
                straight = None
            else:
                spans.append(MarkedSpan(previous_end, tok.start, None, m))
        elif straight is None:
            # Nothing is open, so a closer glued to أن opens after all (أن” ... ”; but “سي إن إن” closes).
            if orient[k] < 0 and not (opens_after and _opens_after_word(text, tokens, m, opens_after)):
                spans.append(MarkedSpan(previous_end, tok.start, None, m))
            else:
                straight = m
        elif orient[k] > 0 and k + 1 < len(marks) and orient[k + 1] < 0 and tokens[marks[k + 1]].text not in "«»":
            if k + 2 < len(marks) and orient[k + 2] < 0 and tokens[marks[k + 2]].text not in "«»":
                # Two openers, then two closers: a pair nested in the open one (: "... معرض "اكسبو 2020"، ونلاحظ ...").
                spans.append(MarkedSpan(tok.end, tokens[marks[k + 1]].start, m, marks[k + 1]))
                inner_closer = k + 1
                continue
            # Two openers in a row and a closer next: the earlier opener lost its closer.
            spans.append(MarkedSpan(tokens[straight].end, _paragraph_end(text, tokens[straight].end, tok.start), straight, None))
            straight = m
        else:
            spans.append(MarkedSpan(tokens[straight].end, tok.start, straight, m))
            straight = None
        previous_end = tok.end
    for m in guillemets:
        spans.append(MarkedSpan(tokens[m].end, _orphan_end(text, tokens, marks, nested_closer.get(m), para_end), m, None))
    if straight is not None:
        spans.append(MarkedSpan(tokens[straight].end, para_end, straight, None))
    return spans


def _orphan_end(text: str, tokens: list[Token], marks: list[int], k: int | None, para_end: int) -> int:
    """Where the content of a « never closed ends: at the » of ``marks[k]``, the last one that closed a « opened
    inside it, when no word follows that » before the next mark or the paragraph's end, as the one mark ending both
    («إعلان الخارجية «تفوح منه رائحة النفاق»... «واشنطن, «... فضلا عن أن «أحدًا لا يخيفنا».); else the paragraph's
    end. The span stays an orphan, so a cue inside it still ends the words there (the extractor's narrowing).
    """
    if k is None:
        return para_end
    closer = tokens[marks[k]]
    until = tokens[marks[k + 1]].start if k + 1 < len(marks) else para_end
    return para_end if any(map(str.isalnum, text[closer.end : until])) else closer.start


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _paragraph_end(text: str, pos: int, limit: int | None = None) -> int:
    end = text.find("\n", pos, limit if limit is not None else len(text))
    return (limit if limit is not None else len(text)) if end < 0 else end


def _trimmed(text: str, start: int, end: int, orphan: bool) -> tuple[int, int]:
    """Strip spaces; an orphan's guessed edge also drops the punctuation it ran into."""
    strip = _CLOSING_CONTEXT if orphan else _NOTHING
    while start < end and (text[start].isspace() or text[start] in strip):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return start, end
