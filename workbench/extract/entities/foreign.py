"""Foreign names read from their letters: «سيدو دومبيا» looks transliterated, «قال الوزير» does not.

A naive Bayes scorer over character 2- to 4-grams of the folded word
(``workbench/data/actors/foreign_ngrams.tsv``, trained by
``scripts/train_foreign_words.py``) tells a transliterated foreign name from an
Arabic word. It scores only words no shipped word list knows (common words,
given names), each folded form once per process (a bounded memo read by one
C-level map over an article's tokens). Two or more adjacent foreign-looking
words make a person's name (PER), the first one possibly with a proclitic
(«لعامر خان» -> «عامر خان»; «و» in a list: «وباوزا ورامون دياز»), unless what
surrounds them makes them a thing: a place preposition or a place, club,
company, publication or work noun before them, a company word in or after them
(«توشيبا كورب»), quote marks or brackets around them exactly («هاري بوتر»), or
a word with Arabic-only affixes among them (انتحاريتان, تتسولان). The names found get ``ar:`` ids from :mod:`.outside`,
and a later mention of the last word alone is linked by :mod:`.lookup`.

>>> from workbench.text import Document
>>> [r["surface"] for r in foreign_names(Document("a", "وسجل سيدو دومبيا هدفا"))]
['سيدو دومبيا']
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from workbench.extract.catalogue import CATALOGUE_DIR
from workbench.extract.entities.lookup import record
from workbench.extract.entities.names import CONFIDENCE, common_words, given_names, thing_word
from workbench.text import COMMAS, Document, fold

__all__ = ["ngrams", "foreign_score", "token_flags", "foreign_names", "COMPANY_WORDS"]

_WEIGHTS_PATH = str(CATALOGUE_DIR / "foreign_ngrams.tsv")
_WORD = re.compile(r"[\u0621-\u064a]{3,}")
_CLITICS = "وبلفك"
THRESHOLD = 9.0  # log-odds: well on the foreign side (held-out word precision 0.16 at 0, 0.40 here)
# Company words inside a run or right after it: «توشيبا كورب», «كابيتال ميريون المحدودة».
COMPANY_WORDS = frozenset(fold(w) for w in """كورب كوربوريشن كوربريشن إنك انكوربوريتد ليمتد ليمتد كابيتال كابيتل جروب
غروب هولدينغ هولدنغ هولدنج بنك موتورز إيرلاينز ايرلاينز المحدودة القابضة الاستثمارية للاستثمار""".split())
_OPENING = frozenset('"(')
_CLOSING = {'"': '"', "(": ")"}


def ngrams(word: str) -> list[str]:
    """The character 2- to 4-grams of ``word`` with ``^`` and ``$`` marking its ends.

    >>> ngrams("ab")
    ['^a', 'ab', 'b$', '^ab', 'ab$', '^ab$']
    """
    marked = f"^{word}$"
    return [marked[i:i + n] for n in (2, 3, 4) for i in range(len(marked) - n + 1)]


@lru_cache(maxsize=4)
def _weights(path: str) -> tuple[float, dict[str, float]]:
    weights: dict[str, float] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            gram, _, value = line.rstrip("\n").partition("\t")
            weights[gram] = float(value)
    return weights.pop("__bias__", 0.0), weights


@lru_cache(maxsize=262144)
def foreign_score(word: str, path: str = _WEIGHTS_PATH) -> float:
    """Log-odds that the folded ``word`` is a transliterated foreign name rather than an Arabic word.

    >>> foreign_score("دومبيا") > 0 > foreign_score("الحكومه")
    True
    """
    bias, weights = _weights(path)
    return bias + sum(weights.get(g, 0.0) for g in set(ngrams(word)))


@lru_cache(maxsize=4)
def _known() -> frozenset[str]:
    return common_words() | given_names()


_MEMO_LIMIT = 400_000  # folded words remembered per process (tens of MB); past it the memo starts again
_NORM = itemgetter(4)  # Token.norm, read in C by map()
_WHOLE, _BARE = 1, 2  # the folded word looks foreign; the word after its first letter (a proclitic) does


@lru_cache(maxsize=4)
def _word_memo(path: str, threshold: float) -> dict[str, int]:
    """Per-process memo of folded token forms and their ``_WHOLE``/``_BARE`` flags, 0 for a form
    that holds no foreign-looking word (seeded with every known word). An article's tokens are then
    read by one C-level map over the memo, and only forms never seen before are scored."""
    return dict.fromkeys(_known(), 0)


def _flags(norm: str, threshold: float, path: str) -> int:
    known = _known()

    def looks(word: str) -> bool:
        return word not in known and bool(_WORD.fullmatch(word)) and foreign_score(word, path) > threshold

    if norm[:1] in _CLITICS and norm[1:] in given_names():
        return _BARE  # و + a listed given name (ورامون): the name after its proclitic, never a whole word
    return (_WHOLE if looks(norm) else 0) | (_BARE if norm[:1] in _CLITICS and looks(norm[1:]) else 0)


def token_flags(tokens: list, threshold: float = THRESHOLD, path: str = _WEIGHTS_PATH) -> list[int]:
    """For each token, whether its folded form looks foreign whole (1), after a proclitic (2), or both
    (3); 0 also for a token that no foreign-looking neighbour could join in a run.

    Two adjacent tokens always include one at an even index, so the even tokens are read first and
    an odd token only beside a flagged even one: half the look-ups, the same runs.

    >>> from workbench.text import tokenize
    >>> token_flags(tokenize("وسجل سيدو ودومبيا، هدفا"))
    [0, 1, 3, 0, 0]
    """
    memo = _word_memo(path, threshold)
    if len(memo) > _MEMO_LIMIT:
        memo.clear()
        memo.update(dict.fromkeys(_known(), 0))
    size = len(tokens)
    flags = [0] * size
    flags[::2] = _look_up(memo, list(map(_NORM, tokens[::2])), threshold, path)
    odd = sorted({j for i in compress(range(0, size, 2), flags[::2]) for j in (i - 1, i + 1) if 0 <= j < size})
    for j, value in zip(odd, _look_up(memo, [tokens[j].norm for j in odd], threshold, path)):
        flags[j] = value
    return flags


def _look_up(memo: dict[str, int], norms: list[str], threshold: float, path: str) -> list[int]:
    flags = list(map(memo.get, norms))
    if None in flags:  # forms never seen before: score them once
        for i in [i for i, f in enumerate(flags) if f is None]:
            if norms[i] not in memo:
                memo[norms[i]] = _flags(norms[i], threshold, path)
            flags[i] = memo[norms[i]]
    return flags


def foreign_names(doc: Document, threshold: float = THRESHOLD) -> list[dict]:
    """PER records for the runs of two or more adjacent foreign-looking words of ``doc``."""
    tokens = doc.tokens
    flags = token_flags(tokens, threshold)
    at = list(compress(range(len(tokens)), flags))
    if len(at) < 2:  # no run of two can exist: most articles stop here
        return []
    flags.append(0)  # a sentinel after the last token
    out: list[dict] = []
    run: list[int] = []
    start = 0
    for i in at:
        if not run and not flags[i + 1]:  # a lone foreign-looking word starts no run of two
            continue
        tok = tokens[i]
        if (run and run[-1] == i - 1 and tokens[i - 1].end + 1 == tok.start
                and _foreign_start(tok, flags[i], first=False) is not None):
            run.append(i)
            continue
        out += _person(doc, run, start)
        if not flags[i + 1]:
            run = []
            continue
        first = _foreign_start(tok, flags[i], first=True, in_list=_in_list(tokens, i))
        run, start = ([i], first) if first is not None else ([], 0)
    out += _person(doc, run, start)
    return out


def _in_list(tokens: list, i: int) -> bool:
    """Whether token ``i`` continues a list: a comma or a word with «و» before it («وباوزا ورامون»)."""
    return i > 0 and (tokens[i - 1].norm in COMMAS or tokens[i - 1].norm[:1] == "و")


def _foreign_start(tok, flags: int, first: bool, in_list: bool = False) -> int | None:
    """Where the name part of ``tok`` starts if it is a foreign-looking word (the first word of a
    run may carry a proclitic), else None. In a list a first «و» is the conjunction whenever the
    word after it looks foreign too («ورامون» = «و» + «رامون», but «وليام» after a title stays whole)."""
    if tok.kind != "word" or not flags or "\u064b" in tok.text:  # tanween: an indefinite Arabic noun (جاراً)
        return None
    if (first and flags & _BARE and len(tok.text) > 1
            and (not flags & _WHOLE or (in_list and tok.norm[0] == "و")
                 or foreign_score(tok.norm[1:]) >= foreign_score(tok.norm))):
        # the reading that looks more foreign wins: «كارستن» whole, «لكارستن» = «ل» + name
        return tok.start + 1
    if flags & _WHOLE and (first or tok.norm[0] != "و"):  # «و» inside a run starts a list
        return tok.start
    return None


def _person(doc: Document, run: list[int], start: int) -> list[dict]:
    """The run as a person, unless what surrounds it makes it a thing: a place, club, company or
    work noun before it, a company word in or after it, or quote marks or brackets around it
    exactly (a title: «هاري بوتر», «سولدجر فيلد»)."""
    if len(run) < 2:
        return []
    tokens = doc.tokens
    before = run[0] - 1
    opened = before >= 0 and tokens[before].norm in _OPENING
    if opened:
        before -= 1
    if before >= 0 and thing_word(tokens[before].norm):
        return []
    after = run[-1] + 1
    if opened and after < len(tokens) and tokens[after].norm == _CLOSING[tokens[run[0] - 1].norm]:
        return []
    if any(tokens[i].norm in COMPANY_WORDS or _arabic_form(tokens[i].norm) for i in run) or (
            after < len(tokens) and tokens[after].norm in COMPANY_WORDS):
        return []
    end = tokens[run[-1]].end
    return [record(doc, start, end, "PER", None, None, doc.text[start:end], "pattern", "pattern", CONFIDENCE)]


def _arabic_form(norm: str) -> bool:
    """A word whose affixes only Arabic has: a dual relational adjective (انتحاريتان) or a verb of
    forms V and VI (تتسولان), which the letters alone can make look foreign.

    >>> _arabic_form("انتحاريتان"), _arabic_form("تتسولان"), _arabic_form("بوتين")
    (True, True, False)
    """
    return norm.endswith(("يتان", "يتين")) or norm.startswith("تت")
