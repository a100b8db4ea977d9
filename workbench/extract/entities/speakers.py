"""A person named right after a verb of saying or a word that describes him: «وقال كيريل ديميتريف إن»,
«وأضافت ماريا بيتروفا», «والمغني بوبي براون», «مدرب الهلال اليوناني جيورجيوس دونيس».

A foreign speaker is often named once, with no title, as the subject of the verb that reports him; a
foreign singer, actor or player as often right after his trade or his nationality adjective.
Two bare words after such a verb name him when both look like a name: a listed given name or letters
that look clearly transliterated (:func:`~.foreign.foreign_score` above the foreign reader's cut). A
word with the article there is more often a noun (قال مؤلف المسرحية), a word that only leans foreign
is often an Arabic noun (قال عميد فرع الكلية), and a company word makes a company (يقول كومرتس بنك). The name is
read with the rules of :mod:`.names` and keeps to two words here.

A spokesman is named right after the body he speaks for: «المتحدث باسم الحكومة الأميركية جون كيربي»,
«الناطقة باسم الخارجية الإيرانية مرضية أفخم». After a found mention of a body or a state that follows
«المتحدث/الناطق باسم», two words that may be a given name and a surname (:func:`~.offices.given_word`,
:func:`~.offices.surname_word`) name him.

>>> from workbench.text import Document
>>> doc = Document("a", "وقال كيريل ديميتريف إن الاتفاق صعب")
>>> [r["surface"] for r in speaker_names(doc, [], candidates=[0])]
['كيريل ديميتريف']
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from workbench.extract.catalogue import load_catalogue

from workbench.extract.entities.context import PERSON_TITLES, STATE_AFFAIRS, words_before_mention
from workbench.extract.entities.lookup import record
from workbench.extract.entities.names import (BINDERS, CONFIDENCE, PREPOSITIONS, common_words, given_names,
                                              name_mentions, names_at)
from workbench.extract.entities.foreign import COMPANY_WORDS, THRESHOLD, foreign_score
from workbench.extract.entities.matcher import alias_key
from workbench.extract.entities.offices import OFFICE_WORDS, given_word, new_persons, surname_word
from workbench.text import COMMAS, Document, fold

__all__ = ["speaker_names", "spokesperson_names", "speaker_cues", "person_nouns", "SAYING_WORDS", "TRADE_WORDS", "BARE_WORD_NEXT"]

# Verbs of saying and of a stated view («ويرى», «واعتبر» report a speaker as «وقال» does), masculine and
# feminine, bare or after و/ف; folding reads the forms written without hamza (اكد, اضاف).
SAYING_WORDS = frozenset(c + fold(w) for w in """قال قالت أضاف أضافت أكد أكدت أوضح أوضحت يقول تقول صرح صرحت
يرى ترى اعتبر اعتبرت""".split() for c in ("", "و", "ف"))

# Trades and epithets a name follows without a title («والمغني بوبي براون», «الشهيرة أوبرا وينفري»).
TRADE_WORDS = frozenset(c + fold("ال" + w) for w in """مغني مغنية مطرب مطربة ممثل ممثلة نجم نجمة فنان فنانة
لاعب لاعبة مدرب مخرج مخرجة كاتب كاتبة روائي روائية شاعر شاعرة مذيع مذيعة ملاكم مصمم مصممة
موسيقار موسيقي ملحن عازف رسام شرطي شهير شهيرة راحل راحلة""".split() for c in ("", "و"))
# Role nouns a nationality adjective and a one-word name follow («المدافع الصربي دراجان», «اللاعب الغاني
# بوتنيج،»): the trades and the positions of a player, which the sports pages name a foreign player by.
ROLE_WORDS = TRADE_WORDS | frozenset(c + fold("ال" + w) for w in "مدافع مهاجم حارس محترف".split() for c in ("", "و"))

# What may follow a person noun in the one pass over the text (:func:`~.heads.pattern_tokens`): a
# space and a word without the article, which the name test needs anyway (most such nouns have a
# definite word or a mark after them, and skipping those keeps the pass's hits few).
_LETTERS = [chr(c) for c in range(0x621, 0x64B) if chr(c).isalpha()]
BARE_WORD_NEXT = tuple(" " + c for c in _LETTERS if c != "ا") + tuple(" ا" + c for c in _LETTERS if c != "ل")

# States whose nationals' names the given-name lists read (Arab League members and Iran).
_ARABIC_NAMING = frozenset("""saudi_arabia egypt iraq syria jordan lebanon palestine yemen united_arab_emirates qatar
bahrain kuwait oman libya tunisia algeria morocco sudan mauritania somalia djibouti comoros iran""".split())

# Endings of the sound plurals and duals of relational nouns and adjectives (دبلوماسيون, "diplomats";
# رئيسيتين, "two main ...").
_PLURALS = ("يون", "يين", "يتين", "يتان")
_CONJUNCTIONS = ("و", "ف")
# The letters of a bare past verb (نال, قاد, سجل), no one-word name after a role noun.
_VERB_LETTERS = 3
# «المتحدث باسم», «الناطقة باسم»: the words before the body a spokesman speaks for.
_SPOKESMEN = frozenset(c + fold("ال" + w) for w in "متحدث متحدثة ناطق ناطقة".split() for c in ("", "و"))
_ON_BEHALF = fold("باسم")
# «الذي/التي» after a speaker's name opens a clause that describes him («وقال باول سيليفيان الذي يعمل»).
_RELATIVES = frozenset(fold(w) for w in "الذي التي".split())
# The articles a title noun after a speaker's name may carry: none («عضو تحرير») or ال («الرئيس المستقل»).
_TITLE_ARTICLES = ("", "ال")


def speaker_names(doc: Document, found: list[dict], candidates: list[int]) -> list[dict]:
    """Person records (actor_id NA) for the two-word names right after a verb of saying.
    ``found``: the records found so far; a name overlapping one is left out, unless it only holds
    shorter person mentions, which it replaces in ``found`` (in place). ``candidates``: token
    indices holding the verbs (:func:`~.heads.pattern_tokens` gives them with others)."""
    tokens = doc.tokens
    common, given = common_words(), given_names()
    cues = speaker_cues()
    nouns, owners = person_nouns(), _owning_nouns()
    # both readings below start at a cue (a single name's adjective is one of person_nouns): one pass picks them
    cued = [at for at in candidates if tokens[at].norm in cues]
    unlisted = {at + 1 for at in cued
                if at + 2 < len(tokens) and tokens[at + 2].norm not in COMPANY_WORDS
                and not (at and tokens[at].norm in nouns and tokens[at - 1].stem in owners)
                and (_foreign_word(tokens[at + 1], common, given) and _foreign_word(tokens[at + 2], common, given)
                     or tokens[at].norm in nouns and _described_pair(tokens, at + 1, common, given)
                     or tokens[at].norm in SAYING_WORDS and _apposed_pair(tokens, at + 1, common, given))}
    singles = [_single_name(doc, at) for at in cued if _described_single(tokens, at, common, given)]
    if not unlisted:
        return new_persons(found, singles)
    # A third clearly transliterated word ends a foreign name of three (غابرييل غارسيا ماركيز), which
    # the name reader, taking one word after an unlisted given name, would cut to two.
    ends = {tokens[k + 1].end: tokens[k + 2].end if _third_word(tokens, k + 2, common, given) else tokens[k + 1].end
            for k in unlisted}
    names = [name if ends[name["end"]] == name["end"] else _extended(doc, name, ends[name["end"]])
             for name in name_mentions(doc, candidates=sorted(unlisted), unlisted=frozenset(unlisted))
             if name["end"] in ends]
    return new_persons(found, names + singles)


def spokesperson_names(doc: Document, found: list[dict]) -> list[dict]:
    """Person records (actor_id NA) for the two-word names right after the body or state a
    spokesman speaks for («المتحدث باسم البنتاغون جيف ديفيس»). ``found``: the records found so far;
    a name overlapping one is left out, unless it only holds shorter person mentions."""
    if " " + _ON_BEHALF + " " not in doc.normalized.text:
        return []
    tokens, starts = doc.tokens, doc.token_starts
    common, given = common_words(), given_names()
    unlisted = set()
    for mention in found:
        if mention["type"] == "PER" or mention["actor_id"] is None:
            continue
        k = bisect_left(starts, mention["end"])
        if (k + 1 < len(tokens) and tokens[k].start == mention["end"] + 1 and tokens[k + 1].start == tokens[k].end + 1
                and given_word(tokens[k], common, given) and surname_word(tokens[k + 1], common, given)
                and _spoken_for(doc.text, mention["start"])):
            unlisted.add(k)
    if not unlisted:
        return []
    return new_persons(found, names_at(doc, unlisted))


def _spoken_for(text: str, start: int) -> bool:
    """Whether the mention at ``start`` follows «المتحدث باسم» or its like, with at most one head
    noun between (باسم وزارة الخارجية: the mention may start after the head)."""
    before = words_before_mention(text, start, 3)
    return any(before[i] == _ON_BEHALF and before[i - 1] in _SPOKESMEN for i in range(max(1, len(before) - 2), len(before)))


def _third_word(tokens: list, at: int, common: frozenset[str], given: frozenset[str]) -> bool:
    """Whether the token at ``at`` is the last word of a foreign name of three: bare, right after
    the second word, clearly transliterated and no listed given name (a second person's)."""
    return (at < len(tokens) and tokens[at].start == tokens[at - 1].end + 1 and tokens[at].norm not in given
            and _foreign_word(tokens[at], common, given))


def _extended(doc: Document, name: dict, end: int) -> dict:
    """``name`` run on to ``end``."""
    return record(doc, name["start"], end, name["type"], None, None, doc.text[name["start"]:end], name["via"],
                  name["method"], name["confidence"])


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Folded trades and singular nationality adjectives, with the article, that a bare name may
    follow (اليوناني, والامريكيه), of states whose people the given-name lists do not already read
    (not the Arab states' or Iran's: their names rarely look transliterated, and their adjectives
    are the most frequent in the Saudi press).

    >>> {"والمغني", "اليوناني", "الامريكيه"} <= person_nouns(), "السعودي" in person_nouns()
    (True, False)
    """
    catalogue = load_catalogue()
    adjectives = catalogue.loc[(catalogue["via"] == "nationality") & ~catalogue["actor_id"].isin(_ARABIC_NAMING), "alias"]
    singular = {key for key in (alias_key(a)[0] for a in adjectives) if key.endswith(("ي", "يه"))}
    return TRADE_WORDS | frozenset(c + "ال" + w for w in singular for c in ("", "و"))


@lru_cache(maxsize=1)
def speaker_cues() -> frozenset[str]:
    """Folded words a bare two-word name may follow: the verbs of saying and :func:`person_nouns`."""
    return SAYING_WORDS | person_nouns()


@lru_cache(maxsize=1)
def _owning_nouns() -> frozenset[str]:
    """Folded heads of bodies and places and nouns of a state's acts: a nationality adjective right
    after one describes it, and the words after the adjective name it or tell what it does (المصرف
    الأمريكي جولدمان ساكس, والنادي الإيطالي مملوك لفينيفست, العاصمة الأرجنتينية بوينس آيرس, الاحتلال
    الإسرائيلي تشن غارتين), not a person."""
    from workbench.extract.entities.heads import NAME_HEADS  # heads reads this module's cues at import
    return NAME_HEADS | STATE_AFFAIRS | {fold("عاصمة")}


def _described_pair(tokens: list, first: int, common: frozenset[str], given: frozenset[str]) -> bool:
    """Whether the two bare words from ``first``, right after a trade or a nationality adjective,
    name a person although only one of them looks clearly transliterated: the other is a name-like
    word («الراحلة ويتني هوستن», «الروائية الكندية مارغريت أتوود»). Not when the first is «و» before a
    name of its own (لانس الفرنسي ويونغ بويز: a list goes on), nor when a third name-like word
    follows (الألماني هاينريش فيلهلم شيفر: a longer name is left unread rather than cut)."""
    pair = tokens[first:first + 2]
    after = tokens[first + 2] if first + 2 < len(tokens) else None
    opening = pair[0].norm
    return (any(_foreign_word(token, common, given) for token in pair)
            and all(given_word(token, common, given) and not token.norm.endswith(_PLURALS) for token in pair)
            and not (opening.startswith("و") and (opening[1:] in given or foreign_score(opening[1:]) > THRESHOLD))
            and not (after is not None and given_word(after, common, given) and foreign_score(after.norm) > 0))


def _apposed_pair(tokens: list, first: int, common: frozenset[str], given: frozenset[str]) -> bool:
    """Whether the two bare words from ``first``, right after a verb of saying, name the speaker
    although neither looks clearly transliterated: both may be given names and what follows opens his
    description (:func:`_describes_speaker`: «ويقول باول سيليفيان، أستاذ الاقتصاد», «وقال دومينيكو سكالا
    الرئيس المستقل», «قالت سهام سريحي عضو تحرير»). A plural of a relational noun there is a group of
    speakers (دبلوماسيون)."""
    if first + 2 >= len(tokens) or not _describes_speaker(tokens[first + 1], tokens[first + 2]):
        return False
    opening, family = tokens[first:first + 2]
    # a given name written with a letter that also is a preposition (باول, مهاب) fails given_word's
    # splits: the first word needs only to be bare and no common word, nor a name on a preposition
    # (يقول لابن ناصر: "says to Nasser's son")
    word = opening.norm
    return (family.start == opening.end + 1
            and opening.kind == "word" and not opening.clitic and word not in common
            and not (word[:1] in PREPOSITIONS and (word[1:] in given or word[1:] in BINDERS))
            and len(word) > 2 and given_word(family, common, given)  # لي, لك: a pronoun on a preposition
            and not any(t.norm.endswith(_PLURALS) or t.norm.startswith(_CONJUNCTIONS) for t in (opening, family)))


def _describes_speaker(family, after) -> bool:
    """Whether ``after`` opens the description of a speaker whose name ends with ``family``: a comma
    right after the name, or after a space «الذي/التي» or a title noun of :data:`PERSON_TITLES`,
    :data:`OFFICE_WORDS` or :data:`TRADE_WORDS`, with or without ال but with no other clitic."""
    if after.norm in COMMAS:
        return after.start == family.end
    return (after.start == family.end + 1 and after.kind == "word"
            and (after.norm in _RELATIVES or after.clitic in _TITLE_ARTICLES and _title_noun(after.stem)))


def _title_noun(stem: str) -> bool:
    """Whether ``stem`` (folded, without the article) is a title or trade noun."""
    return stem in PERSON_TITLES or stem in OFFICE_WORDS or "ال" + stem in TRADE_WORDS


def _described_single(tokens: list, at: int, common: frozenset[str], given: frozenset[str]) -> bool:
    """Whether the token at ``at`` is a foreign nationality adjective after a role noun
    (:data:`ROLE_WORDS`) and before a one-word name: a bare word that may be a given name and looks
    transliterated, which punctuation, the end, a word with a clitic or «و»/«ف» or a common word ends
    («المدافع الصربي دراجان ومواطنه»; «اللاعب المصري عدم الوفاء» has a common word there). A word of
    three letters there is as often a past verb («النجم الإنجليزي نال النصيب»)."""
    if not (0 < at and at + 1 < len(tokens) and tokens[at - 1].norm in ROLE_WORDS
            and tokens[at].norm in person_nouns() and tokens[at].norm not in TRADE_WORDS):
        return False
    word, after = tokens[at + 1], tokens[at + 2] if at + 2 < len(tokens) else None
    return (given_word(word, common, given) and len(word.norm) > _VERB_LETTERS and not word.norm.endswith(_PLURALS)
            and not word.norm.startswith(_CONJUNCTIONS) and foreign_score(word.norm) > 0
            and (after is None or after.kind != "word" or bool(after.clitic) or after.norm.startswith(_CONJUNCTIONS)
                 or after.norm in common))


def _single_name(doc: Document, at: int) -> dict:
    """A person record of the one word after the nationality adjective at token ``at``."""
    word = doc.tokens[at + 1]
    return record(doc, word.start, word.end, "PER", None, None, word.text, "pattern", "pattern", CONFIDENCE)


def _foreign_word(token, common: frozenset[str], given: frozenset[str]) -> bool:
    """A bare name word that is a listed given name or looks clearly transliterated (above the
    foreign reader's own cut), with no «و»/«ف» that may join a second name to the first (كارتر
    ولكارتر) and no plural of a relational noun (دبلوماسيون, "diplomats")."""
    # the cached score first: it fails for most words, before given_word splits off their clitics
    word = token.norm
    return word in given or (foreign_score(word) > THRESHOLD and not word.endswith(_PLURALS)
                             and not word.startswith(_CONJUNCTIONS) and given_word(token, common, given))
