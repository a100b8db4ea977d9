"""Person names the model misses, found by a cheap pattern: a known given name and the name words after it.

A name starts at a given name of ``workbench/data/actors/given_names.txt``
(bare or after و/ف) and runs over the words that can be part of a name: other
given names, chains with بن/ابن/بنت/آل/أبو/عبد and the word they bind, one
family name with the article (العلكمي) or one other word (مارتن), stopping
earlier at a word that ends a name (``common_words.txt``: words ANERcorp tags O
far more often than inside a name, such as السابق, الذي, قال), a word with a
clitic or a punctuation mark. A given name alone is no mention (عمر is also
"age"); at most :data:`MAX_WORDS` words are taken.

>>> from workbench.text import Document
>>> [(r["surface"], r["type"], r["via"]) for r in name_mentions(Document("a", "وقال المغرد يوسف أحمد القاسم إن"))]
[('يوسف أحمد القاسم', 'PER', 'pattern')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

import ahocorasick

from workbench.extract.catalogue import CATALOGUE_DIR, load_stoplist, read_word_list
from workbench.extract.entities.context import HONORIFICS, LOCATIVE_PREPOSITIONS, NAMED_AFTER_PERSON, PERSON_TITLES, names_a_facility
from workbench.extract.entities.lookup import catalogue_named, name_word, record
from workbench.text import Document, candidate_splits, fold
from workbench.text.segmentation import Token

__all__ = ["name_mentions", "free_kunya_nisbas", "word_tokens", "quoted_tokens", "start_words", "given_names", "word_given_names", "common_words", "suffixed_common", "THING_BEFORE", "thing_word", "BINDERS", "KUNYA", "PATRONYMS", "NOT_SURNAME_ENDINGS", "PREPOSITIONS", "ALI",
           "MAX_WORDS", "CONFIDENCE"]

MAX_WORDS = 6
CONFIDENCE = 0.6
# Words that make a name's next word the name of a parent (محمد بن سلمان).
PATRONYMS = frozenset(fold(w) for w in "بن ابن بنت".split())
# Words that bind the next word into the name (محمد بن سلمان, عبدالله آل سعود, عبد الله, أبو بكر).
BINDERS = PATRONYMS | frozenset(fold(w) for w in "آل ال أبو ابو أبي ابي عبد".split())
_CONJUNCTIONS = ("و", "ف")
_FA = "ف"
_AND = "و"
# Endings of verbs and pronoun suffixes that no surname without the article has (تجمعنا, تلاها, قتلوا).
NOT_SURNAME_ENDINGS = ("نا", "ها", "وا")
# «عبد», which written apart from the next word makes a given name with it (عبد الرحمن = عبدالرحمن).
_SERVANT = "عبد"
# Pronoun suffixes in the original spelling (folding makes «ـة» a «ـه»): a noun with one after «أبو»
# is "father of his/their ...", no kunya (أبو أولاده).
_POSSESSIVES = ("ه", "هم", "هما", "كم", "هن")
_NISBA = "ي"
# «أبو», which before a given name makes a kunya, the name a militant or a man is often known by alone
# (أبو حمزة الفرنسي, وأبو همام): a first name of two words, also where short names are linked (:mod:`.outside`).
KUNYA = fold("أبو")
_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\u0640", "\u0670"}


_GIVEN_PATH = str(CATALOGUE_DIR / "given_names.txt")
_COMMON_PATH = str(CATALOGUE_DIR / "common_words.txt")
_WORD_GIVEN_PATH = str(CATALOGUE_DIR / "word_given_names.txt")
# Binders before which a given name that is also a word (مبارك بن) reads as a name.
_PATRONYMICS = frozenset(fold(w) for w in "بن ابن بنت".split())
# «بن» and «بنت» bind a name even when it is also a word (محمد بن علي: علي folds like على).
_STRICT_PATRONYMICS = frozenset(fold(w) for w in "بن بنت".split())
# Either of them after a space and before no letter, in the folded text.
_PATRONYMIC_WORD = re.compile(r" (?:%s)(?![^\W\d_])" % "|".join(sorted(_STRICT_PATRONYMICS, key=len, reverse=True)))
# A family marker binds the family name, which ends the person's name (آل مبارك | اختتام).
_FAMILY = frozenset(fold(w) for w in "آل ال".split())
# A bound word that binds one more (بن عبد الله, بن أبي بكر).
_COMPOUND = frozenset(fold(w) for w in "عبد أبو ابو أبي ابي".split())
# «علي» folds like the preposition «على»; spelt with a final ي (not ى) it is the given name Ali: 239 words
# of the articles of 2015-07-22, about 1 in 25 a misspelt preposition, which the surname test after it stops.
ALI = "علي"
_ALI_FORMS = frozenset({ALI, "و" + ALI})
# Prepositions written on the next word (بحمراء, بمدينة): after a patronym such a word before a definite
# word starts a phrase of the sentence, not the family name (طريق سهل بن أبي حثمة | بحمراء الأسد).
PREPOSITIONS = ("ب", "ل", "ك")
# Blessings said after a name (علي بن أبي طالب رضي الله عنه, كرم الله وجهه, رحمه الله): no part of it.
_BLESSINGS = frozenset(fold(w) for w in "رضي رضوان كرم رحمه رحمها حفظه حفظها صلى".split())
_GOD = fold("الله")
# A cleric's title, after which a listed given name alone is the person (الملا عمر, للملا منصور); after a
# given name «الملا» is a family name (فهد الملا), which the name loop takes as any other.
_CLERICS = frozenset(p + fold("الملا") for p in ("", "و", "ف", "ب")) | {fold("للملا")}
# Every quote mark (« » " “ ”) folds to «"»; an opening one has a letter after it (a closing one a
# space or punctuation): one C pass over the folded text finds them all.
_OPENING_QUOTE = re.compile(re.escape(fold("«")) + r"(?=[^\W\d_])")
# Words before a name (a proclitic and an opening mark between them allowed) that make it a place,
# a club, a company, a publication or a work rather than a person: «لملعب بورت جنتيل», «مؤشر داو جونز»,
# «سلسلة "ماكس المجنون"», «مسرحية "هيا خليك"», «الجواد "شادي الألحان"».
THING_BEFORE = frozenset(fold(w) for w in """في إلى الى من عن بين نحو داخل خارج مدينة ولاية منطقة جزيرة نادي
فريق ملعب استاد شركة مطار جامعة صحيفة جريدة مجلة وكالة مؤشر مجموعة بنك مصرف فندق سفينة ناقلة فرقة مسلسل
فيلم رواية كتاب برنامج مهرجان ذي ذا سيارة نوع طراز
أفلام سلسلة مسرحية لعبة ألعاب أغنية قصيدة لوحة بعنوان عنوان معرض المعرض مكتبة سوق دار الجواد العبارة""".split())
# Reporting verbs after which such a name and a family name with the article are a person (وقال باسم الضامن).
_REPORTING = frozenset(fold(w) for w in "قال وقال فقال قالت وقالت أضاف وأضاف أكد وأكد أوضح وأوضح أشار وأشار".split())


@lru_cache(maxsize=8)
def _word_list(path: str) -> frozenset[str]:
    return frozenset(fold(w) for w in read_word_list(path))


def given_names(path: str | Path | None = None) -> frozenset[str]:
    """Folded given names that start a person's name (the shipped list by default).

    >>> {"محمد", "احمد", "مايكل"} <= given_names()
    True
    """
    return _word_list(_GIVEN_PATH if path is None else str(Path(path).resolve()))


def word_given_names(path: str | Path | None = None) -> frozenset[str]:
    """Folded given names that are also ordinary words (نور, باسم, مبارك): names only after a
    title or before بن (the shipped list by default).

    >>> {"نور", "مبارك"} <= word_given_names(), "نور" in given_names()
    (True, False)
    """
    return _word_list(_WORD_GIVEN_PATH if path is None else str(Path(path).resolve()))


def common_words(path: str | Path | None = None) -> frozenset[str]:
    """Folded words that end a person's name (the shipped list by default).

    >>> {"السابق", "قال"} <= common_words(), "القاسم" in common_words()
    (True, False)
    """
    return _word_list(_COMMON_PATH if path is None else str(Path(path).resolve()))


def suffixed_common(norm: str) -> bool:
    """Whether a folded word is a common word with the pronoun suffix ه (كلامه), which ends no
    person's name.

    >>> suffixed_common("كلامه"), suffixed_common("فاطمه")
    (True, False)
    """
    return norm.endswith("ه") and norm[:-1] in common_words()


# First letters of a verb in the present tense (يتوجه, توقع, نعمل) or the future (سيوقع): سـ + such a letter.
IMPERFECT_STARTS = ("ي", "ت", "ن", "س")
_PREDICATE_VERBS_PATH = str(CATALOGUE_DIR / "predicate_verbs.txt")


@lru_cache(maxsize=1)
def imperfect_verbs() -> frozenset[str]:
    """Folded present and future forms of the stance and reporting cue verbs (سيتوجه, يوقع, يؤكد), which after
    a one-word name start the predicate (عباس سيتوجه), not a family name (``predicate_verbs.txt``, written by
    ``scripts/build_predicate_verbs.py``); a form the catalogue or the town list names (سيلفا would be one)
    stays a name word.

    >>> {"سيتوجه", "سيوقع", "يتوجه", "يوكد"} <= imperfect_verbs(), "ستالين" in imperfect_verbs()
    (True, False)
    """
    from workbench.extract.entities.towns import town_forms  # both import this module
    named = set(town_forms()).union(*(catalogue_named(typ) for typ in ("GPE", "ORG", "PER")))
    return frozenset(read_word_list(_PREDICATE_VERBS_PATH) - named)


@lru_cache(maxsize=1)
def _stopped() -> frozenset[str]:
    """Folded stoplist phrases: a name that is one of them (حسن الجوار) is no name."""
    return frozenset(fold(w) for w in load_stoplist())


def _inside_clause(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token ``i`` follows a word of the same line, with no punctuation mark between."""
    return i > 0 and tokens[i - 1].kind == "word" and "\n" not in text[tokens[i - 1].end:tokens[i].start]


def _given(norm: str, given: frozenset[str]) -> int | None:
    """How many letters of conjunction precede a given name in ``norm`` (0 or 1), or None."""
    if norm in given:
        return 0
    if norm[:1] in _CONJUNCTIONS and norm[1:] in given:
        return 1
    return None


@lru_cache(maxsize=8)
def _first_words(given: frozenset[str], word_given: frozenset[str]) -> frozenset[str]:
    """:func:`start_words` of both lists: the words that may start a name (a frozenset caches its
    hash, so the look-up costs no pass over the lists)."""
    return start_words(given) | start_words(word_given)


@lru_cache(maxsize=4)
def start_words(given: frozenset[str]) -> frozenset[str]:
    """The folded words that start a name: a given name, bare or after و/ف, «عبد» when a
    given name starts with it (عبد الله is often written apart) and «أبو» of a kunya.

    >>> {"محمد", "ومحمد", "عبد"} <= start_words(given_names())
    True
    """
    starts = given | {KUNYA} | ({_SERVANT} if any(g.startswith(_SERVANT) for g in given) else set())
    return starts | {c + g for c in _CONJUNCTIONS for g in starts}


# The white space that must stand before a word that starts a name, and the space that must follow
# it (a name runs on to the next word); the words are entered with each around them, so the
# automaton hits whole words only and the text needs no rewriting (a regular expression turning
# punctuation into spaces costs more than the whole search). A name right after a quote mark is
# found by :func:`_after_quote_marks` and one after a bracket is left to the model: a variant per
# mark made the automaton three times larger and its pass slower.
_BEFORE = " \n"
_AFTER = " "


@lru_cache(maxsize=8)
def _automaton(groups: tuple[tuple[frozenset[str], str | tuple[str, ...]], ...]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for words, after in groups:
        for word in words:
            for before in _BEFORE:
                for end in after:  # the value puts the match's last character right after the word
                    automaton.add_word(before + word + end, len(word) + len(end) - 1)
    automaton.make_automaton()
    return automaton


def word_tokens(doc: Document, words: frozenset[str], after: str | tuple[str, ...] = _AFTER,
                more: tuple[tuple[frozenset[str], str | tuple[str, ...]], ...] = ()) -> list[int]:
    """Indices of the tokens of ``doc`` whose folded form is one of ``words`` and that one of the
    characters of ``after`` follows, a space by default (one C pass over the folded text instead of
    a look-up per token), or one of its strings when it is a tuple (" ال": a definite word next);
    ``more``: further (words, after) groups found in the same pass.

    >>> doc = Document("a", "قال محمد ومحمدين (محمد) محمد، محمد")
    >>> word_tokens(doc, frozenset({"محمد"})), word_tokens(doc, frozenset({"محمد"}), " ,")
    ([1, 8], [1, 6, 8])
    >>> word_tokens(doc, frozenset({"قال"}), more=((frozenset({"محمد"}), ","),))
    [0, 6]
    >>> word_tokens(Document("a", "قسم كبير ثم قسم العلوم"), frozenset({"قسم"}), (" ال",))
    [3]
    """
    if not words or not doc.text:
        return []
    norm = doc.normalized
    starts, index = doc.token_starts, norm.index  # the document's cached starts: no key call a step
    # ``last`` indexes the character after the word in " " + text + " ", i.e. the word's end in the
    # text, so the word starts at ``last - length - 1`` of the text.
    return [bisect_left(starts, index[last - length - 1])
            for last, length in _automaton(((words, after), *more)).iter(" " + norm.text + " ")]


def _compound_given(tokens: list, i: int, given: frozenset[str], common: frozenset[str]) -> int | None:
    """How many letters of conjunction precede a given name written in two words at token ``i``
    («عبد الله», «وعبد الرحمن»: the joined form is in ``given``; a kunya «أبو حمزة», «وأبو همام»:
    «أبو» before a listed given name, or before a word no list holds and a nisba, «أبو قتادة
    التونسي»), or None."""
    if i + 1 >= len(tokens) or tokens[i + 1].kind != "word":
        return None
    norm, nxt = tokens[i].norm, tokens[i + 1].norm
    for head, bound in ((_SERVANT, _SERVANT + nxt), (KUNYA, nxt)):
        skip = len(norm) - len(head)
        if (norm.endswith(head) and (skip == 0 or skip == 1 and norm[0] in _CONJUNCTIONS)
                and (bound in given or head == KUNYA and _unlisted_kunya(tokens, i, common))):
            return skip
    return None


def _unlisted_kunya(tokens: list, i: int, common: frozenset[str]) -> bool:
    """Whether «أبو» at token ``i`` and the unlisted word after it are a kunya: a nisba follows (the
    name a militant is known by, «أبو جهاد الشيشاني»), no place or body named after a person comes
    before («مسجد أبو جبل الأثري») and the word is bare (with the article or a clitic «أبو» is
    "father of": «أبو الأولاد»), no common word and no noun with a pronoun («أبو أولاده»). Without
    the nisba «أبو X» as often names a place, a weapon or a song (شرطة أبو راكة, مسدس أبو محالة)."""
    if i + 2 >= len(tokens) or i and tokens[i - 1].norm in NAMED_AFTER_PERSON:
        return False
    word, nisba = tokens[i + 1], tokens[i + 2]
    return (not word.clitic and len(word.norm) > 2 and word.norm not in common
            and not word.text.endswith(_POSSESSIVES) and not word.norm.endswith(NOT_SURNAME_ENDINGS)
            and nisba.kind == "word" and nisba.clitic == "ال" and nisba.norm.endswith(_NISBA)
            and nisba.norm not in common and nisba.stem not in common)


def _name_position(tokens: list, i: int, common: frozenset[str]) -> bool:
    """Whether a given name that is also a word (token ``i``) stands where a name does: before
    بن/ابن/بنت, or after a reporting verb and before a family name with the article (وقال باسم
    الضامن; «قال باسم الحكومة» has a common word there)."""
    nxt = tokens[i + 1]
    if nxt.norm in _PATRONYMICS:
        return True
    return (i > 0 and tokens[i - 1].norm in _REPORTING and nxt.kind == "word" and nxt.clitic == "ال"
            and nxt.norm not in common and nxt.stem not in common)


def _spelt_alis(doc: Document, given: frozenset[str], common: frozenset[str]) -> tuple[frozenset[int], frozenset[int]]:
    """Indices of the words spelt «علي» or «وعلي» in the original text (the folded text cannot tell
    them from «على») that a name word follows: a listed given name, «عبد», a binder or a word with
    the article that is no common word (علي الشمراني, علي بن عوض). A bare unknown word after it is
    as often a noun after a misspelt preposition (علي سبيل المثال, علي أكياس) as a family name,
    unless a given name stands before «علي» (:func:`_middle_ali`); those middle names come second.

    >>> d = Document("a", "وقع علي الشمراني على العقد وعلي عليه علي سبيل المثال وقال محمد علي جعفري")
    >>> [sorted(found) for found in _spelt_alis(d, given_names(), common_words())]
    [[1, 12], [12]]
    """
    text, key = doc.text, ALI + " "  # a name word follows after a space; finds inside عليه, تعليم are skipped in C
    pos = text.find(key)
    if pos == -1:
        return frozenset(), frozenset()
    tokens, starts = doc.tokens, doc.token_starts
    out, middles = set(), set()
    while pos != -1:
        k = bisect_left(starts, pos + 1) - 1
        if 0 <= k < len(tokens) - 1 and tokens[k].text in _ALI_FORMS:
            if _name_word(tokens[k + 1], given, common):
                out.add(k)
            elif _middle_ali(tokens, k, given, common):
                out.add(k)
                middles.add(k)
        pos = text.find(key, pos + len(key))
    return frozenset(out), frozenset(middles)


def _middle_ali(tokens: list[Token], k: int, given: frozenset[str], common: frozenset[str]) -> bool:
    """Whether the «علي» at ``k`` (spelt with ي) stands between a listed given name and a bare word
    that is neither a common word nor shaped like a verb, pronoun or accusative: the middle name of
    «محمد علي جعفري», «حسين علي أميري», where «على» would need a noun after it."""
    if k == 0 or tokens[k].text != ALI:
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    return (before.kind == "word" and _given(before.norm, given) is not None
            and after.kind == "word" and not after.clitic and after.norm not in common
            and after.norm not in given and not _verb_like(after))


def _verb_like(token: Token) -> bool:
    """Whether a bare word reads as a verb, a pronoun suffix or an accusative rather than a family
    name: تجمعنا, تلاها, قتلوا, رئيساً, كلامه, سيتوجه."""
    norm = token.norm
    return (norm.endswith(NOT_SURNAME_ENDINGS) or "\u064b" in token.text or suffixed_common(norm)
            or norm in imperfect_verbs())


def _after_quote_marks(doc: Document, first_words: frozenset[str]) -> list[int]:
    """Indices of the words right after an opening quote mark («حنان», "شيرين", “هدى”), which the
    automaton of :func:`word_tokens` skips (it wants white space before a word), unless a word of
    :data:`THING_BEFORE` stands before the mark (a work's title: «فيلم "داني كولينز"»); only words
    of ``first_words`` (those that may start a name) are kept.

    >>> _after_quote_marks(Document("a", 'قالت «حنان الخطيب» إن "شيرين محروس" و“هدى” وفيلم «آدم» «نعم»'),
    ...                    frozenset({"حنان", "شيرين", "هدي", "ادم"}))
    [2, 7, 12]
    """
    tokens = doc.tokens
    return [i for i in quoted_tokens(doc, first_words) if i < 2 or not thing_word(tokens[i - 2].norm)]


def quoted_tokens(doc: Document, words: frozenset[str]) -> list[int]:
    """Indices of the tokens of ``words`` (folded forms) right after an opening quote mark, which
    :func:`word_tokens` skips («"إعلان القاهرة"»).

    >>> quoted_tokens(Document("a", 'أهمية «إعلان القاهرة» ثم "إعلان" ثم إعلان'), frozenset({"اعلان"}))
    [2, 7]
    """
    norm, tokens = doc.normalized, doc.tokens
    index, starts = norm.index, doc.token_starts
    out: list[int] = []
    for pos in map(re.Match.end, _OPENING_QUOTE.finditer(norm.text)):
        i = bisect_left(starts, index[pos])
        if tokens[i].norm in words:
            out.append(i)
    return out


def thing_word(norm: str) -> bool:
    """Whether a word, bare or after a proclitic (وفيلم, لسلسلة), is one of :data:`THING_BEFORE`."""
    return norm in THING_BEFORE or norm[1:] in THING_BEFORE


def _name_word(token: Token, given: frozenset[str], common: frozenset[str]) -> bool:
    """Whether ``token`` goes on a name: a listed given name, a binder (بن, آل, عبد) or a nisba with the article."""
    norm = token.norm
    return token.kind == "word" and (norm in given or norm in BINDERS
                                     or token.clitic == "ال" and norm not in common and token.stem not in common)


def _father_name(tokens: list[Token], j: int, common: frozenset[str]) -> bool:
    """Whether the common word at ``j``, right after «بن» or «بنت», reads as the father's name: bare
    and no common word with the pronoun suffix (محمد بن علي, علي folds like على), or any bare word
    with a family name with the article after it that is no common word (مبارك بن بنيه الخرينج:
    «بنيه» is "his sons" too, but a sentence goes on after it with no family name).

    >>> doc = Document("a", "مبارك بن بنيه الخرينج وسعد بن كلامه")
    >>> _father_name(doc.tokens, 2, common_words()), _father_name(doc.tokens, 6, common_words())
    (True, False)
    """
    bound = tokens[j]
    if bound.clitic:
        return False
    if not suffixed_common(bound.norm):
        return True
    family = tokens[j + 1] if j + 1 < len(tokens) else None
    return (family is not None and family.kind == "word" and family.clitic == "ال"
            and family.norm not in common and family.stem not in common)


_SOUND_PLURALS = ("ين", "ون")


def _participle(tokens: list[Token], j: int, given: frozenset[str]) -> bool:
    """Whether the definite word at ``j`` reads as a derived participle in م with its complement after it
    (المنضم حديثا, المختص في), which after a foreign surname describes the man; not a nisba in ـي (المطيري), a
    plural (المحدثين), a given name (المسعود) nor a word before punctuation, a family name's place (الملحم،).

    >>> doc = Document("a", "المختص في المطيري في المسعود في المحدثين في الملحم ،")
    >>> [_participle(doc.tokens, j, given_names()) for j in range(0, 10, 2)]
    [True, False, False, False, False]
    """
    stem = tokens[j].stem
    return (stem[:1] == "م" and len(stem) >= 4 and stem[-1:] != _NISBA and not stem.endswith(_SOUND_PLURALS)
            and stem not in given and j + 1 < len(tokens) and tokens[j + 1].kind == "word")


def _before_definite(tokens: list[Token], j: int) -> bool:
    """Whether the bare word at ``j`` reads as a preposition on a noun in construct with the definite word
    after it (بحمراء الأسد, بمدينة الرياض), which no family name after a patronym is followed by.

    >>> doc = Document("a", "حثمة بحمراء الأسد وبترجي الأمس")
    >>> _before_definite(doc.tokens, 1), _before_definite(doc.tokens, 3)
    (True, False)
    """
    norm = tokens[j].norm
    return (norm.startswith(PREPOSITIONS) and len(norm) > 3 and j + 1 < len(tokens)
            and tokens[j + 1].kind == "word" and tokens[j + 1].clitic == "ال")


# Definite common words that after a patronym's name start the sentence's next phrase, never a family name:
# relative pronouns (الذي), nouns of time (اليوم الخميس, العام الماضي), a ruler's ordinal (فيصل بن الحسين الأول)
# and the adjectives that describe a man by his age or his other name (البالغ من العمر, المعروف بـ).
_NOT_FAMILY = frozenset(fold(w) for w in """الذي التي الذين اللذين اللتين اليوم العام الأسبوع الشهر الأول الثاني
الأخير البالغ المعروف""".split())
# Royal titles: a prince or king is named by his father (الأمير خالد بن عبدالله), so a common word after the
# father's name is the sentence's next noun (الأمير فهد بن خالد العرض, الأمير بندر بن سلطان الأخير).
_ROYALS = frozenset(fold(w) for w in "الأمير الأميرة الملك الملكة".split())
# The ending of a feminine adjective in ـية after a place named after a person (جامعة ... بن سعود الإسلامية).
_FEMININE_NISBA = "يه"


def _title_word(token: Token) -> bool:
    """Whether a definite word is an office or an honorific (الرئيس, المستشار, الشيخ), in apposition after a name."""
    return token.norm in HONORIFICS or token.stem in PERSON_TITLES


def family_name_after_patronym(doc: Document, i: int, j: int, given: frozenset[str]) -> bool:
    """Whether the definite common word at ``j``, right after the names a patronym binds from the name at
    ``i`` (ماهر بن سعد الجديد, محمد بن عبدالرحمن المخرج) or right after a given name after a title of rank
    (المهندس صالح القاضي, أمين منطقة عسير صالح القاضي), is the family name: there a man is named by his family, unless the word is a relative pronoun or a noun of time, an office in
    apposition (الرئيس, المستشار), a feminine adjective, a word a definite word qualifies (اليوم الخميس,
    الأمين العام) or a title before the next name (الأستاذ محمد), or the name is a royal's, named by his
    father (الأمير فهد بن خالد), or a facility's named after the person (مطار الأمير ... الدولي).

    >>> doc = Document("a", "الدكتور ماهر بن سعد الجديد عضو وقال فهد بن علي الذي")
    >>> family_name_after_patronym(doc, 1, 4, given_names()), family_name_after_patronym(doc, 7, 10, given_names())
    (True, False)
    """
    tokens = doc.tokens
    word = tokens[j]
    if (word.norm in _NOT_FAMILY or _title_word(word) or word.norm.endswith(_FEMININE_NISBA)
            or i and tokens[i - 1].norm in _ROYALS):
        return False
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and (nxt.clitic == "ال" and not _title_word(nxt) or nxt.norm in given):
        return False  # a definite adjective or complement, or the next name after a title (الأستاذ محمد)
    norm = doc.normalized
    return not names_a_facility(norm.text, bisect_left(norm.index, tokens[i].start), True)


# Titles of rank and trade right before a lone family name (اللواء التركي, المهندس المخرج, الملا العمر).
_NAME_TITLES = frozenset(fold(w) for w in """الدكتور الدكتورة د المهندس المهندسة الأستاذ الأستاذة اللواء العميد
العقيد المقدم السفير الملا""".split())


# Office words (رئيس, مدير, عضو ...): before a name they head a title with its complement (أمين منطقة عسير صالح
# القاضي), and bare after a name they stand in apposition (:mod:`.offices`).
OFFICE_WORDS = frozenset(fold(w) for w in "رئيس رئيسة مدير مديرة مدرب عضو أمين محافظ مساعد نائب وكيل مستشار".split())
_OFFICE_COMPLEMENT = 3  # words of an office's complement before the name at most: مدير عام جمارك نويبع


def _titled(tokens: list[Token], i: int) -> bool:
    """Whether the given name at ``i`` follows a title of rank or trade (المهندس صالح) or a bare office word and
    its complement of one to three words without punctuation or binder (أمين منطقة عسير صالح, عضو مجلس الإدارة
    عبدالله): there a man is named by his family. Not after an honorific, which names by given name (الشيخ زايد
    الدولي, الملك عبدالله الثاني)."""
    if i and tokens[i - 1].norm in _NAME_TITLES:
        return True
    for k in range(i - 1, max(-1, i - 2 - _OFFICE_COMPLEMENT), -1):
        token = tokens[k]
        if token.kind != "word" or token.norm in BINDERS:
            return False
        if token.norm in OFFICE_WORDS:
            return k < i - 1
    return False


def _person_title(token: Token) -> bool:
    """Whether a word is a title of rank, trade, office or honour that stands before a person's name."""
    return token.norm in _NAME_TITLES or _title_word(token)


def common_word_as_word(doc: Document, k: int, own_words: frozenset[str]) -> bool:
    """Whether the token at ``k``, a later lone family name that is also a common word written with the article
    (المبارك, الفائز, الشيخ), stands as that word rather than as the name of the man whose name holds
    ``own_words`` (folded, without the article): a relative, ordinal or noun of time (كانون الثاني); a title
    before another name or title (الشيخ فهد, الشيخ الدكتور); another man's name after his given name
    (عبدالوهاب الفايز); an adjective after a definite noun (عيد الفطر المبارك, الفريق الفائز); a word after a
    preposition (من الصعب). After a verb, a title, his own given name or punctuation it is his name.

    >>> doc = Document("a", "وقال المبارك إن عيد الفطر المبارك وقال عبدالوهاب الفايز وقال محمد الفايز")
    >>> [common_word_as_word(doc, k, frozenset({"محمد", "مبارك", "فايز"})) for k in (1, 5, 8, 11)]
    [False, True, True, False]
    """
    tokens = doc.tokens
    word = tokens[k]
    definite = "ال" + word.stem
    if not word.clitic.endswith("ال") or definite not in common_words():
        return False
    if definite in _NOT_FAMILY:
        return True
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and (nxt.norm in given_names() or _person_title(nxt)):
        return True  # a title before the next name (الشيخ فهد بن عبدالعزيز)
    prev = tokens[k - 1] if k and tokens[k - 1].kind == "word" else None
    if prev is None or name_word(prev.norm) in own_words:
        return False  # after punctuation, or the name again («أبو البراء المدني», «آل الشيخ»)
    if prev.norm in given_names():
        return True  # another man of the family (عبدالوهاب الفايز)
    if _person_title(prev):
        return False
    return prev.clitic.endswith("ال") or prev.norm in LOCATIVE_PREPOSITIONS


def _before_patronymics(doc: Document, common: frozenset[str]) -> frozenset[int]:
    """Indices of the bare words that are not common words right before «بن» or «بنت»: a given name
    the list lacks (عطالله بن قاران), as a patronym follows only a name.

    >>> sorted(_before_patronymics(Document("a", "المقدم عطالله بن قاران وقال ابن بطوطة ووادي بن هشبل"), common_words()))
    [1]
    """
    tokens, starts, index = doc.tokens, doc.token_starts, doc.normalized.index
    out = set()
    # Only «بن»/«بنت» as whole words, found in C: a Python step for every word that starts with
    # بن (بنسبة, بنك, بناء) cost more than the rest of the function.
    for pos in map(re.Match.start, _PATRONYMIC_WORD.finditer(doc.normalized.text)):
        k = bisect_left(starts, index[pos + 1])
        if 0 < k < len(tokens) and tokens[k].norm in _STRICT_PATRONYMICS:
            word = tokens[k - 1]
            if (word.kind == "word" and not word.clitic and word.norm not in common and not suffixed_common(word.norm)
                    and not any(stem in common for _, stem in candidate_splits(word.norm))):
                out.add(k - 1)  # not a proclitic before a common word: ووادي بن هشبل, لحجاب بن نحيت
    return frozenset(out)


def names_at(doc: Document, first_words: set[int], skips: dict[int, int] | None = None) -> list[dict]:
    """The names :func:`name_mentions` reads from the tokens ``first_words`` (indices of words the
    context puts a name at, listed or not), keeping those that start there: a name the patterns find
    from an earlier word (before «بن») is theirs. ``skips``: letters of a proclitic preposition that
    some of those words carry before the name («لجواكيم»), left out of the span.

    >>> from workbench.text import Document
    >>> [r["surface"] for r in names_at(Document("a", "وصل كيريل ديميتريف أمس"), {1})]
    ['كيريل ديميتريف']
    """
    skips = skips or {}
    begins = {doc.tokens[k].start + skips.get(k, 0) for k in first_words}
    return [name for name in name_mentions(doc, candidates=sorted(first_words), unlisted=frozenset(first_words),
                                           skips=skips)
            if name["start"] in begins]


def name_mentions(doc: Document, given: frozenset[str] | None = None, common: frozenset[str] | None = None,
                  candidates: list[int] | None = None, unlisted: frozenset[int] = frozenset(),
                  skips: dict[int, int] | None = None) -> list[dict]:
    """Person names of ``doc`` that start with a given name, as entity records with actor_id NA.
    ``candidates``: indices of the tokens that may start a name, a superset of those in
    ``given`` (from one pass shared with the head patterns); found here when None.
    ``unlisted``: indices of candidates that start a name even when the list lacks them (the
    word where the context puts a name). ``skips``: letters of a proclitic before the name in some
    of the ``unlisted`` words.

    >>> from workbench.text import Document
    >>> [r["surface"] for r in name_mentions(Document("a", "التقى محمد بن عبدالله آل سعود وعمر السابعة"))]
    ['محمد بن عبدالله آل سعود']
    >>> [r["surface"] for r in name_mentions(Document("a", "قال مبارك بن سعد الدوسري إن مبارك العمل"))]
    ['مبارك بن سعد الدوسري']
    >>> [r["surface"] for r in name_mentions(Document("a", "العقيد أحمد بن عبد الله الأسمري وحمد بن علي آل مبارك اختتام"))]
    ['أحمد بن عبد الله الأسمري', 'حمد بن علي آل مبارك']
    >>> [r["surface"] for r in name_mentions(Document("a", "وقال إبراهيم آل مسفر الألمعي أن"))]
    ['إبراهيم آل مسفر الألمعي']
    >>> [r["surface"] for r in name_mentions(Document("a", "وجه الشيخ صالح بن عبدالعزيز بن محمد آل الشيخ، بتوزيع"))]
    ['صالح بن عبدالعزيز بن محمد آل الشيخ']
    """
    given = given_names() if given is None else given
    common = common_words() if common is None else common
    word_given = word_given_names()
    tokens, text = doc.tokens, doc.text
    n = len(tokens)
    out: list[dict] = []
    after = 0  # tokens before this index are already inside a name
    first_words = _first_words(given, word_given)
    starts = word_tokens(doc, first_words) if candidates is None else candidates
    before_patronymic = _before_patronymics(doc, common)
    alis, middles = _spelt_alis(doc, given, common)
    quoted = _after_quote_marks(doc, first_words)
    if before_patronymic or alis or quoted:
        starts = sorted(set(starts).union(before_patronymic, alis, quoted))
    for i in starts:
        if i < after or i >= n:
            continue
        skip = _given(tokens[i].norm, given)
        if skip is None and i + 1 < n and _name_position(tokens, i, common):
            skip = _given(tokens[i].norm, word_given)  # مبارك بن بنيه, وقال باسم الضامن
        if skip is None and (i in before_patronymic or i in unlisted):
            skip = skips.get(i, 0) if skips else 0  # an unlisted given name before «بن»: عطالله بن قاران الرويلي
        if skip is None and i in alis:
            skip = len(tokens[i].text) - len(ALI)  # علي الشمراني, وعلي الميموني
        first, kunya = i, False  # the given name's last token
        if skip is None:
            skip = _compound_given(tokens, i, given, common)
            first, kunya = i + 1, tokens[i].norm.endswith(KUNYA)
        if skip is None or skip == 1 and tokens[i].norm[0] == _FA and _inside_clause(text, tokens, i):
            continue  # «ف» opens a clause: after a word «فاميلي», «فيوري», «فدان» are words of their own
        last, j, unknown, family, after_binder = first, first + 1, 0, False, False
        patronym = False  # the last binder is «بن», «ابن» or «بنت»: a family name may be a common word
        while j < n and j - i < MAX_WORDS and tokens[j].kind == "word":
            norm, clitic = tokens[j].norm, tokens[j].clitic
            if norm in BINDERS:
                bound = tokens[j + 1] if j + 1 < n and tokens[j + 1].kind == "word" else None
                if bound is None or (bound.norm in common and not (norm in _STRICT_PATRONYMICS
                                                                   and _father_name(tokens, j + 1, common))
                                     and not (j > i + 1 and tokens[j].text.startswith("آل") and bound.clitic == "ال")):
                    break  # «آل» after a longer name binds even a common word: آل الشيخ
                after_binder = True
                patronym = norm in PATRONYMS or patronym and norm == _SERVANT  # بن عبد الرحمن
                if bound.norm in _COMPOUND and norm not in _COMPOUND:
                    last, j = j + 1, j + 1  # the compound binds the next word in the next step
                    continue
                last, j = j + 1, j + 2
                family = family or norm in _FAMILY
                continue
            if norm in _BLESSINGS and j + 1 < n and tokens[j + 1].norm == _GOD:
                break  # رضي الله عنه after the name
            if family and clitic != "ال":
                break  # after آل مبارك only a nisba with the article (آل مسفر الألمعي), not اختتام
            if unknown and clitic == "ال" and _participle(tokens, j, given):
                break  # «باستيان شفاينشتايجر المنضم»: a participle after the surname describes the man
            if norm in common and (norm != ALI or j not in alis) and not (
                    (patronym or j == first + 1 and _titled(tokens, i)) and not unknown and clitic == "ال"
                    and family_name_after_patronym(doc, i, j, given)) \
                    or clitic not in ("", "ال") or _given(norm, given) == 1:
                break  # والرياض, للشركة, ومحمد: a clitic starts the next phrase, not a surname
            if norm[:1] == _AND and (last > first or j + 1 < n and _name_word(tokens[j + 1], given, common)):
                break  # the list's next item: «وحكيم» after «شيرين عبد الوهاب», «وريان الموسى» after «سراج»
            if not clitic and norm not in given and (_verb_like(tokens[j]) or after_binder and _before_definite(tokens, j)):
                break  # a verb, a pronoun or an accusative, not a surname
            last, j = j, j + 1
            if clitic or last - 1 in middles:
                break  # a family name with the article (خالد العلكمي) or after a middle «علي» (محمد علي جعفري) ends the name
            if norm not in given and last not in middles:  # the middle «علي» is a given name, not the unknown surname
                unknown += 1
                if unknown == 2:
                    last -= 1  # one unknown word after the given names is a surname, two run into the sentence
                    break
        if last == first and not kunya and not (i and tokens[i - 1].norm in _CLERICS and not skip and last == i) \
                or fold(text[tokens[i].start + skip:tokens[last].end]) in _stopped():
            continue
        after = last + 1
        start = tokens[i].start + skip
        while skip and start < tokens[i].end and text[start] in _MARKS:
            start += 1
        out.append(record(doc, start, tokens[last].end, "PER", None, None, text[start:tokens[last].end],
                          "pattern", "pattern", CONFIDENCE))
    return out


def free_kunya_nisbas(names: list[dict], rejected: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``rejected`` without the state adjectives that end a kunya of ``names`` (pattern persons): in
    «أبو قتادة التونسي» the adjective is the nisba a militant is known by, part of his name, though after
    another person's name it tells only his origin (and is refused to every reader).

    >>> free_kunya_nisbas([{"type": "PER", "start": 0, "end": 17, "surface": "أبو قتادة التونسي"}], [(12, 17), (20, 25)])
    [(20, 25)]
    """
    ends = {r["end"]: r["start"] for r in names if r["type"] == "PER" and fold(r["surface"]).startswith(KUNYA + " ")}
    return [(s, e) for s, e in rejected if not ends.get(e, s) < s]
