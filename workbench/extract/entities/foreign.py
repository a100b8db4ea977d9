"""Foreign names read from their letters: «سيدو دومبيا» looks transliterated, «قال الوزير» does not.

A naive Bayes scorer over character 2- to 4-grams of the folded word
(``workbench/data/actors/foreign_ngrams.tsv``, trained by
``scripts/train_foreign_words.py``) tells a transliterated foreign name from an
Arabic word. It scores only words no shipped word list knows (common words,
given names), each folded word once (cached). Two or more adjacent
foreign-looking words make a person's name (PER), the first one possibly with a
proclitic («لعامر خان» -> «عامر خان»), unless a place preposition or a place or
club noun comes before them. The names found get ``ar:`` ids from :mod:`.outside`,
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
from workbench.extract.entities.names import CONFIDENCE, common_words, given_names
from workbench.text import Document, fold

__all__ = ["ngrams", "foreign_score", "foreign_names"]

_WEIGHTS_PATH = str(CATALOGUE_DIR / "foreign_ngrams.tsv")
_WORD = re.compile(r"[\u0621-\u064a]{3,}")
_CLITICS = "وبلفك"
THRESHOLD = 9.0  # log-odds: well on the foreign side (held-out word precision 0.16 at 0, 0.40 here)
# Words before a run that make it a place or a club rather than a person.
_PLACE_BEFORE = frozenset(fold(w) for w in """في إلى الى من عن بين نحو داخل خارج مدينة بمدينة ولاية بولاية منطقة
جزيرة نادي لنادي فريق لفريق ملعب بملعب شركة لشركة مطار جامعة""".split())


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


@lru_cache(maxsize=4)
def _word_memo(path: str, threshold: float) -> tuple[set[str], set[str]]:
    """Per-process memo of folded token forms: those that are no foreign-looking word (seeded with
    every known word), and those that are. An article's forms are then sorted by one C-level set
    difference, and only forms never seen before are scored."""
    return set(_known()), set()


def _looks_foreign(tokens: list, threshold: float, path: str = _WEIGHTS_PATH) -> set[str]:
    """The folded forms of ``tokens`` that no shipped list knows and that score above ``threshold``.

    >>> from workbench.text import tokenize
    >>> sorted(_looks_foreign(tokenize("وسجل سيدو دومبيا، هدفا"), THRESHOLD))
    ['دومبيا', 'سيدو']
    """
    plain, foreign = _word_memo(path, threshold)
    if len(plain) + len(foreign) > _MEMO_LIMIT:
        plain.clear()
        plain |= _known()
        foreign.clear()
    unseen = set(map(_NORM, tokens)) - plain
    looks = unseen & foreign
    for norm in unseen - foreign:
        if _WORD.fullmatch(norm) and foreign_score(norm, path) > threshold:
            foreign.add(norm)
            looks.add(norm)
        else:
            plain.add(norm)
    return looks


def foreign_names(doc: Document, threshold: float = THRESHOLD) -> list[dict]:
    """PER records for the runs of two or more adjacent foreign-looking words of ``doc``."""
    looks = _looks_foreign(doc.tokens, threshold)
    if len(looks) < 2:  # no run of two can exist: most articles stop here
        return []
    # every token that may join a run: a foreign-looking word, bare or after one proclitic
    joinable = looks | {c + w for c in _CLITICS for w in looks}
    tokens = doc.tokens
    at = list(compress(range(len(tokens)), map(joinable.__contains__, map(_NORM, tokens))))
    out: list[dict] = []
    run: list[int] = []
    for i in at:
        tok = tokens[i]
        if (run and run[-1] == i - 1 and tokens[i - 1].end + 1 == tok.start
                and _foreign_start(tok, looks, first=False) is not None):
            run.append(i)
            continue
        out += _person(doc, run)
        run = [i] if _foreign_start(tok, looks, first=True) is not None else []
    out += _person(doc, run)
    return out


def _foreign_start(tok, looks: set[str], first: bool) -> int | None:
    """Where the name part of ``tok`` starts if it is a foreign-looking word (the first word of a
    run may carry a proclitic), else None."""
    if tok.kind != "word" or "\u064b" in tok.text:  # tanween marks an indefinite Arabic noun (جاراً)
        return None
    if (first and tok.norm[:1] in _CLITICS and tok.norm[1:] in looks and len(tok.text) > 1
            and (tok.norm not in looks or foreign_score(tok.norm[1:]) >= foreign_score(tok.norm))):
        # the reading that looks more foreign wins: «كارستن» whole, «لكارستن» = «ل» + name
        return tok.start + 1
    if tok.norm in looks and (first or tok.norm[0] != "و"):  # «و» inside a run starts a list
        return tok.start
    return None


def _person(doc: Document, run: list[int]) -> list[dict]:
    if len(run) < 2:
        return []
    tokens = doc.tokens
    if run[0] > 0 and tokens[run[0] - 1].norm in _PLACE_BEFORE:
        return []
    start = _foreign_start(tokens[run[0]], {tokens[run[0]].norm, tokens[run[0]].norm[1:]}, first=True)
    end = tokens[run[-1]].end
    return [record(doc, start, end, "PER", None, None, doc.text[start:end], "pattern", "pattern", CONFIDENCE)]
