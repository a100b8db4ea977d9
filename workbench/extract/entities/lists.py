"""Unknown names that close a coordinated list of known ones: «أمستردام وأثينا وميكونز وبراغ».

Where at least ``min_known`` mentions of one type follow each other joined by
«و» (or a comma and «و»), the words after them that carry «و» too continue the
list with the same type, up to punctuation or the text's end. A word is taken
only when the list closes right after it or goes on with another «و» word, and
only when it reads as a name: not a common word, no pronoun suffix or tanween,
not a verbal noun or verb start (وتعزيز, ويستمر). Items may be joined by «، و» too, and after a
single place two such «، و» words make a list of places («مكة، ورابغ، ورنيه»). The names found
get ``ar:`` ids from :mod:`.outside` like every name outside the catalogue.

:func:`joined_persons` takes a person joined by «و» to a person's name of two words or more
(«محمد التنم وصالح العمر»): a listed given name and one word with the article, even a common
word (العمر), when the list closes or goes on with another «و» word after it. A list of persons
may open with a name that carries a preposition («كمحمد العلي وبكر الشدي», «لعبدالكريم عبدالقادر
وعوض الدوخي»): read there, it opens the list as an item joined by «و» does.

>>> from workbench.text import Document
>>> doc = Document("a", "إلى أمستردام وأثينا وميكونز وبراغ.")
>>> found = [{"start": 4, "end": 12, "type": "GPE"}, {"start": 14, "end": 19, "type": "GPE"}]
>>> [(r["surface"], r["type"]) for r in coordinated_names(doc, found)]
[('ميكونز', 'GPE'), ('براغ', 'GPE')]
>>> doc = Document("a", "إلى مكة، ورابغ، ورنيه.")
>>> [r["surface"] for r in coordinated_names(doc, [{"start": 4, "end": 7, "type": "GPE"}])]
['رابغ', 'رنيه']
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter

from workbench.extract.entities.context import PARTICLES
from workbench.extract.entities.lookup import record
from workbench.extract.entities.foreign import foreign_score
from workbench.extract.entities.names import (ALI, CONFIDENCE, NOT_SURNAME_ENDINGS, PREPOSITIONS, common_words,
                                              given_names, names_at, word_given_names)
from workbench.text import COMMAS, Document

__all__ = ["coordinated_names", "joined_persons", "persons_between", "preposed_given_names", "scorer_names"]

# Types whose lists hold names: places and persons (organisation lists mix in common nouns: وزارة وهيئة).
_LIST_TYPES = frozenset({"GPE", "LOC", "PER"})
# Starts of verbs and of the verbal nouns of derived forms (وتعزيز, واستقرار), which follow a state in a list.
_NOT_NAME_STARTS = ("ي", "ت", "است")
_MAX_GAP = 6  # « ، وال» at most between two items
# «، و» words that make a list after a single place.
_MIN_COMMA_TAIL = 2
_PRONOUNS = NOT_SURNAME_ENDINGS + ("هم", "هما", "كم")
# Separators of the items of a list of persons besides «و»: «بسيدو دومبيا، جرفينيو، يايا توريه», «بيليه / زيكو».
_ITEM_MARKS = frozenset({",", "/"})
_MAX_ITEM_WORDS = 3
# What stands between two «و» items of a list of persons besides their «و».
_ITEM_GAPS = (" ", "، ")
_MAX_BETWEEN = 60  # characters between two persons: room for two short items
# The sound feminine plural's ending: a list of things (مسابقات), not the given name of a list's item.
_FEMININE_PLURAL = "ات"
# A goal's minute in a match report, «(في|عند) الدقيقة 36», after each scorer of a list of scorers.
_MINUTE_TEXT = "الدقيق"  # both spellings, الدقيقة and الدقيقه: most articles hold neither
_MINUTE = "الدقيقه"
_MINUTE_PREPOSITIONS = frozenset({"في", "عند"})
_AND = "و"
# Words that announce a list of persons before its first item: «كل من», «كلا من» (كلاً folds to كلا), «وهم».
_EACH = frozenset({"كل", "كلا"})
_THEY = "وهم"


def coordinated_names(doc: Document, found: list[dict], min_known: int = 2) -> list[dict]:
    """New records for the «و» words that close a list of at least ``min_known`` coordinated
    mentions of one type in ``found`` (records with start, end and type)."""
    text = doc.text
    if not found:
        return []
    ordered = sorted(found, key=itemgetter("start"))
    out: list[dict] = []
    run = 1
    for prev, cur in zip(ordered, ordered[1:] + [None]):
        if cur is not None and cur["start"] - prev["end"] <= _MAX_GAP and prev["type"] == cur["type"] \
                and _joined(text, prev, cur):
            run += 1
            continue
        if prev["type"] in _LIST_TYPES and (run >= min_known or prev["type"] == "GPE" and text.startswith("، و", prev["end"])):
            tail = _list_tail(doc, prev, cur["start"] if cur is not None else len(text))
            # One place before «، و»: a list of places only with two more items («مكة، ورابغ، ورنيه»);
            # one «، و» word after a place is as often the next clause («الرياض، وعسير» aside).
            out += tail if run >= min_known or len(tail) >= _MIN_COMMA_TAIL else []
        run = 1
    return out


def _joined(text: str, prev: dict, cur: dict) -> bool:
    """Whether ``cur`` follows ``prev`` as the next item of a list: only «و» (with the article of
    ``cur``), a space or a comma between."""
    gap = text[prev["end"]:cur["start"]].strip()
    return gap.removesuffix("ال").removesuffix("و").strip() in ("", "،", ",")


def _list_tail(doc: Document, last: dict, limit: int) -> list[dict]:
    """Records for the «و» words after the list item ``last`` (before offset ``limit``)."""
    tokens, common = doc.tokens, common_words()
    i = _next_token(tokens, doc.text, last["end"])
    taken: list[tuple[int, int]] = []
    while i is not None and i < len(tokens) and tokens[i].end <= limit:
        if tokens[i].norm == "," and i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end + 1:
            i += 1  # «، و» joins the items as «و» does: «مكة، ورابغ، ورنيه»
        tok = tokens[i]
        word = tok.stem if tok.clitic == "وال" else tok.norm[1:]
        if (tok.kind != "word" or tok.clitic not in ("", "وال") or not tok.norm.startswith("و") or len(word) < 3
                or word in common or tok.stem in common or word.endswith(_PRONOUNS) or word.startswith(_NOT_NAME_STARTS)
                or "\u064b" in tok.text):
            break
        taken.append((tok.stem_start if tok.clitic else tok.start + 1, tok.end))
        i += 1
    if i is not None and i < len(tokens) and tokens[i].kind == "word" and not tokens[i].norm.startswith("و"):
        taken = taken[:-1]  # the list must close after its last name, not run into a phrase: «ومصر قبل»
    return [record(doc, s, e, last["type"], None, None, doc.text[s:e], "pattern", "pattern", CONFIDENCE)
            for s, e in taken]


def joined_persons(doc: Document, found: list[dict], candidates: list[int] | None = None) -> list[dict]:
    """Records for a person joined by «و» to a person's name of two words or more in ``found``,
    where no mention of ``found`` is, when the list closes or goes on with another «و» word after
    it: a listed given name and a family name with the article, even a common word («محمد التنم
    وصالح العمر»); or, inside a list of persons (the name before is itself joined by «و»), any two
    words that are not common words («وأنور عبدالله وحامد سعيد وسابر جبار»); or, after a name of two
    bare words, two bare words of the same shape that lean to a name (:func:`_leaning_pair`: «سعاد
    عبدالله وعبدالحسين عبدالرضا»). A name found joins
    the list, so the next item may follow it. Such a list is read backwards too: two name words
    with «و» right before a found item of the list are its previous item («وجفين البيشي وسند
    شراحيلي وسلطان اليامي» from «سلطان اليامي»). In a list «علي» is the given name, not the
    preposition it folds to, before a family name without the article («وعلى عواجي»). ``candidates``:
    token indices of :func:`~.heads.pattern_tokens`, among them the given names written on a
    preposition, whose names open a list when an item follows (:func:`_preposed_heads`).

    >>> doc = Document("a", "وأعضاء المجلس فهد الغانم وصالح العمر، ثم")
    >>> [r["surface"] for r in joined_persons(doc, [{"start": 14, "end": 24, "type": "PER", "surface": "فهد الغانم"}])]
    ['صالح العمر']
    >>> doc = Document("a", "الممثلين: مباد بن عبود وعبدالعزيز صالح وحامد سعيد وسابر جبار، وقدمت")
    >>> [r["surface"] for r in joined_persons(doc, [{"start": 10, "end": 22, "type": "PER", "surface": "مباد بن عبود"},
    ...                                             {"start": 24, "end": 38, "type": "PER", "surface": "عبدالعزيز صالح"}])]
    ['حامد سعيد', 'سابر جبار']
    >>> doc = Document("a", "الحارس وجفين البيشي وسند شراحيلي وسلطان اليامي")
    >>> [r["surface"] for r in joined_persons(doc, [{"start": 34, "end": 46, "type": "PER", "surface": "سلطان اليامي"}])]
    ['سند شراحيلي', 'جفين البيشي']
    """
    tokens, text, given, common = doc.tokens, doc.text, given_names(), common_words()
    heads = _preposed_heads(doc, found, candidates) if candidates else []
    out: list[dict] = list(heads)
    # Only persons of two words or more can head an item: the others are left out before the walk.
    queue = sorted([m for m in found if m["type"] == "PER" and " " in m["surface"].strip()] + heads,
                   key=itemgetter("start"))
    # a head opens its list as an item joined by «و» does, and has no item before it
    opened = {head["start"] for head in heads}
    made: set[int] = set(opened)
    k = 0
    while k < len(queue):
        person = queue[k]
        k += 1
        end = person["end"]
        # «فهد الغانم وصالح», «فهد الغانم، وصالح», «وسند شراحيلي وفهد الغانم»: the cheap tests first,
        # they fail for most mentions.
        gap = 1 if text.startswith(" و", end) else 2 if text.startswith("، و", end) else 0
        in_list = _in_person_list(text, person) or person["start"] in opened
        if not (gap or in_list):
            continue
        if in_list and person["start"] not in made:  # an item found here follows the one before it
            out += _previous_items(doc, person, found)
        if not gap:
            continue
        i = _next_token(tokens, text, end + gap - 1)
        if i is None or i + 1 >= len(tokens):
            continue
        first, family = tokens[i], tokens[i + 1]
        if (first.kind != "word" or first.clitic or not first.norm.startswith("و") or first.norm in given
                or family.kind != "word" or text[first.end:family.start] != " "):
            continue
        after = tokens[i + 2] if i + 2 < len(tokens) else None
        closes = after is None or after.kind != "word" or after.norm.startswith("و") and not after.clitic
        listed = (first.norm[1:] in given and family.clitic == "ال" and len(family.stem) >= 3
                  and not family.stem.endswith(_PRONOUNS))
        # a listed name may close the list before a particle too: «حمدان الحمدان وأحمد المبارك في»;
        # the lean test scores two words with the foreign reader, so it runs last
        if not (closes and (listed or _list_item(first, family, common, given)
                            and (in_list or _bare_pair(person) and _leaning_pair(first, family, common, given)))
                or listed and after.norm in PARTICLES):
            continue
        if not any(m["start"] < family.end and first.start < m["end"] for m in found):
            rec = record(doc, first.start + 1, family.end, "PER", None, None, text[first.start + 1:family.end],
                         "pattern", "pattern", CONFIDENCE)
            out.append(rec)
            made.add(rec["start"])
            queue.insert(k, rec)
    return out


@lru_cache(maxsize=1)
def preposed_given_names() -> frozenset[str]:
    """The listed given names written on a preposition ب/ل/ك («كمحمد», «لعبدالكريم»), less the words
    that are a name or a common word as they stand («كريم», «بسام»)."""
    given = given_names()
    return frozenset(p + g for p in PREPOSITIONS for g in given) - given - word_given_names() - common_words()


def _preposed_heads(doc: Document, found: list[dict], candidates: list[int]) -> list[dict]:
    """Records for the names of two words or more written on a preposition («كمحمد العلي») that open
    a list of persons: «و» and two words that read as a list item (:func:`_list_item`) follow right
    after them, and no mention of ``found`` overlaps them. A bare name after a preposition is as often
    a word («لصالح الشركة» is "for the company"), a list after it tells that it is a name."""
    tokens, text, words = doc.tokens, doc.text, preposed_given_names()
    at = {k for k in candidates if tokens[k].norm in words}
    if not at:
        return []
    common, given = common_words(), given_names()
    out: list[dict] = []
    for name in names_at(doc, at, dict.fromkeys(at, 1)):
        i = _next_token(tokens, text, name["end"]) if text.startswith(" و", name["end"]) else None
        if i is None or i + 1 >= len(tokens) or " " not in name["surface"] or _verb_like(tokens[i - 1], given):
            continue  # «بحسن تصرف»: a verbal noun after the given name makes a phrase, not a family name
        first, family = tokens[i], tokens[i + 1]
        if (first.kind == "word" and not first.clitic and first.norm.startswith("و") and family.kind == "word"
                and text[first.end:family.start] == " " and _list_item(first, family, common, given)
                and not _verb_like(first, given, 1) and not first.norm.endswith(_FEMININE_PLURAL)
                and not any(m["start"] < name["end"] and name["start"] < m["end"] for m in found)):
            out.append(name)  # «وتغيرت مفاهيم», «ومسابقات وانضباط» go on a phrase, not a list of persons
    return out


def _verb_like(token, given: frozenset[str], skip: int = 0) -> bool:
    """Whether a bare word (after ``skip`` letters of «و») that is no given name starts as a verb or a
    verbal noun of a derived form does (تصرف, وتغيرت)."""
    word = token.norm[skip:]
    return not token.clitic and word not in given and word.startswith(_NOT_NAME_STARTS)


def persons_between(doc: Document, found: list[dict]) -> list[dict]:
    """Records for the items of a list between two persons that follow each other in ``found``:
    each item one to three name-like words (no common word, no pronoun suffix), the items and the
    persons parted by a comma, a slash or «و» alone («بسيدو دومبيا، جرفينيو، يايا توريه», «فهد
    الغانم وإبراهيم، وصالح العمر»). Anything else between them (a title, a number, a place found)
    leaves the gap unread.

    >>> doc = Document("a", "سجل بسيدو دومبيا، جرفينيو، يايا توريه")
    >>> found = [{"start": 4, "end": 16, "type": "PER"}, {"start": 27, "end": 37, "type": "PER"}]
    >>> [r["surface"] for r in persons_between(doc, found)]
    ['جرفينيو']
    """
    tokens, text, given, common = doc.tokens, doc.text, given_names(), common_words()
    ordered = sorted(found, key=itemgetter("start"))
    out: list[dict] = []
    for left, right in zip(ordered, ordered[1:]):
        if (left["type"] != "PER" or right["type"] != "PER" or right["start"] - left["end"] > _MAX_BETWEEN
                or right["start"] <= left["end"]):
            continue
        i = _next_token(tokens, text, left["end"])
        if i is None:
            continue
        items = _items_between(doc, i, right["start"], common, given)
        out += [record(doc, s, e, "PER", None, None, text[s:e], "pattern", "pattern", CONFIDENCE) for s, e in items]
    return out


def _items_between(doc: Document, i: int, limit: int, common: frozenset[str],
                   given: frozenset[str]) -> list[tuple[int, int]]:
    """(start, end) of each list item in the tokens from ``i`` up to offset ``limit``, or none when
    the gap is not made of separators and name-like items alone. The gap opens with a separator,
    and the person at ``limit`` follows one (a mark, or its own «و» outside its span)."""
    tokens = doc.tokens
    items: list[list[int]] = []
    after_mark, words = False, 0
    for k in range(i, len(tokens)):  # the gap is a few tokens: no copy of the article's tail
        tok = tokens[k]
        if tok.end > limit:
            break
        if tok.kind != "word":
            if tok.norm not in _ITEM_MARKS or after_mark:
                return []
            after_mark = True
            continue
        joined = tok.norm.startswith("و") and tok.norm not in given
        bare = tok.stem if tok.clitic in ("ال", "وال") else tok.norm
        word = bare[1:] if joined and tok.clitic != "وال" else bare
        if tok.clitic not in ("", "ال", "وال") or "\u064b" in tok.text or not _name_word(word, common, given):
            return []
        if joined or after_mark:
            items.append([tok.start + joined, tok.end])
            words = 1
        elif items and words < _MAX_ITEM_WORDS:
            items[-1][1] = tok.end
            words += 1
        else:  # a gap that opens without a separator, or an item too long for a name
            return []
        after_mark = False
    closed = after_mark or doc.text[limit - 1] == "و"
    return [(s, e) for s, e in items] if closed else []


def scorer_names(doc: Document, found: list[dict]) -> list[dict]:
    """Records for the scorers of a match report between two goal minutes: after «الدقيقة N» (a comma
    may follow) «و» and one or two words, then «(في|عند) الدقيقة M» of their own («ومهند عسيري الدقيقه
    36 وإسلام سراج الدقيقه 68وعمر السومه الدقيقه 71»), where no mention of ``found`` is. The two minutes
    tell the list, so a given name may be a word (إسلام, كامل, تيسير); the last word must read as a
    name (no common word, no pronoun suffix), and a clitic other than the family name's article
    («والإيطالي», «وبعدها») ends the reading.

    >>> doc = Document("a", "سجل مهند عسيري الدقيقه 36 وإسلام سراج الدقيقه 68 و كامل الموسى في الدقيقه 75.")
    >>> [r["surface"] for r in scorer_names(doc, [{"start": 4, "end": 14, "type": "PER"}])]
    ['إسلام سراج', 'كامل الموسى']
    """
    if _MINUTE_TEXT not in doc.text:
        return []
    tokens, text, given, common = doc.tokens, doc.text, given_names(), common_words()
    out: list[dict] = []
    for k, tok in enumerate(tokens):
        if _minute_at(tokens, k):
            span = _scorer_after(doc, k + 2, common, given)
            if span and not any(m["start"] < span[1] and span[0] < m["end"] for m in found):
                out.append(record(doc, *span, "PER", None, None, text[span[0]:span[1]], "pattern", "pattern",
                                  CONFIDENCE))
    return out


def _scorer_after(doc: Document, i: int, common: frozenset[str], given: frozenset[str]) -> tuple[int, int] | None:
    """(start, end) of a scorer's name of one or two words that follows a goal's minute at token ``i``
    («، و», «و», «و » before it) and carries a minute of its own after it, or None."""
    tokens, text = doc.tokens, doc.text
    if i < len(tokens) and tokens[i].norm in COMMAS:
        i += 1
    if i >= len(tokens) or not tokens[i].norm.startswith(_AND) or tokens[i].kind != "word":
        return None
    joined = tokens[i].norm != _AND  # «وعمر» or «و كامل»
    i += not joined
    for size in (2, 1):
        if i + size > len(tokens) or not _minute_follows(tokens, i + size):
            continue
        words = tokens[i:i + size]
        first, last = words[0], words[-1]
        # the family name may have the article; a lone name may not (والثاني)
        family = last.stem if size == 2 and last.clitic == "ال" else last.norm[joined if size == 1 else 0:]
        if (all(w.kind == "word" for w in words) and not first.clitic and (last.clitic == "" or size == 2
                and last.clitic == "ال") and len(first.norm[joined:]) >= 3 and not first.norm.endswith(_PRONOUNS)
                and all(text[a.end:b.start] == " " for a, b in zip(words, words[1:]))
                and _name_word(family, common, given)):
            return first.start + joined, last.end
    return None


def _minute_follows(tokens: list, i: int) -> bool:
    """Whether «(في|عند) الدقيقة N» starts at token ``i``."""
    if i < len(tokens) and tokens[i].norm in _MINUTE_PREPOSITIONS:
        i += 1
    return _minute_at(tokens, i)


def _minute_at(tokens: list, k: int) -> bool:
    """Whether tokens ``k`` and ``k + 1`` are a goal's minute, «الدقيقة N»."""
    return k + 1 < len(tokens) and tokens[k].norm == _MINUTE and tokens[k + 1].kind == "number"


def _previous_items(doc: Document, person: dict, found: list[dict]) -> list[dict]:
    """Records for the items of a list of persons that come before ``person`` (an item of it,
    «و» before its span): each two name words with «و» and a space between the items, or a comma
    before and after the item («، وأحلام حسن، وهيا الشعيبي», as :func:`joined_persons` reads them
    forwards)."""
    tokens, text, given, common = doc.tokens, doc.text, given_names(), common_words()
    out: list[dict] = []
    start = person["start"]
    while _in_person_list(text, {"start": start}):
        before = _words_before(doc, start)
        if before is None:
            break
        k, comma = before
        first, family = tokens[k], tokens[k + 1]
        # after a comma the item is one only with a comma before it too: a first item's «و» may be its
        # name's («منهم وجدي معوض، وآيتل عدنان»)
        if (comma and text[first.start - 2:first.start] != _ITEM_GAPS[1]
                or text[first.end:family.start] != " " or text[family.end:start - 1] not in _ITEM_GAPS or first.kind != "word"
                or family.kind != "word" or first.clitic or not first.norm.startswith("و") or family.norm.startswith("و")
                or not _list_item(first, family, common, given)
                or any(m["start"] < family.end and first.start < m["end"] for m in found)):
            break
        start = first.start + 1
        out.append(record(doc, start, family.end, "PER", None, None, text[start:family.end], "pattern", "pattern",
                          CONFIDENCE))
    opener = _list_opener(doc, start, found, common, given) if _in_person_list(text, {"start": start}) else None
    return out + ([opener] if opener else [])


def _words_before(doc: Document, start: int) -> tuple[int, bool] | None:
    """(index of the first of the two tokens before the list item at ``start``, whether a comma
    parts them from it), or None at the text's start. The item's token holds its «و»."""
    tokens, text = doc.tokens, doc.text
    i = _next_token(tokens, text, start - 1)
    comma = i is not None and i >= 3 and tokens[i - 1].text in COMMAS
    i = i - 1 if comma else i  # the comma between the items is a token of its own
    return None if i is None or i < 2 else (i - 2, comma)


def _list_opener(doc: Document, start: int, found: list[dict], common: frozenset[str],
                 given: frozenset[str]) -> dict | None:
    """A record for the first item of a list of persons whose next item, joined by «و», starts at
    ``start``: two name words without «و» right after «كل من», «كلا من» or «وهم», which announce a
    list («كل من مسعد عوض ومحمد هاني», «وهم عساف القرني، وأحمد الفهمي»), or None. Without such an
    opener the two words are as often the end of a phrase before the list."""
    tokens, text = doc.tokens, doc.text
    before = _words_before(doc, start)
    if before is None or before[0] < 1:
        return None
    k, comma = before
    first, family = tokens[k], tokens[k + 1]
    opener = tokens[k - 1].norm == _THEY or k >= 2 and tokens[k - 1].norm == "من" and tokens[k - 2].norm in _EACH
    if (not opener or first.kind != "word" or family.kind != "word" or first.clitic
            or text[first.end:family.start] != " " or text[family.end:start - 1] != _ITEM_GAPS[comma]
            or not _name_word(first.norm, common, given) or _preposed(first.norm) or _verb_like(first, given)
            or not _family_word(family, common, given)
            or any(m["start"] < family.end and first.start < m["end"] for m in found)):
        return None
    return record(doc, first.start, family.end, "PER", None, None, text[first.start:family.end], "pattern",
                  "pattern", CONFIDENCE)


def _list_item(first, family, common: frozenset[str], given: frozenset[str]) -> bool:
    """Whether a «و» word and the word after it read as a person's name in a list of persons."""
    word = first.norm[1:]
    # «علي» folds to the preposition على, a common word: in a list of persons it is the name; a given
    # name written on a preposition («ولعلي الزيبق») is an item, but not one whose span starts after «و»
    return (_family_word(family, common, given) and not _preposed(word)
            and (_name_word(word, common, given) or word == ALI and not family.clitic))


def _family_word(family, common: frozenset[str], given: frozenset[str]) -> bool:
    """Whether the second word of a list item may be its family name: bare or with the article, a name word."""
    return family.clitic in ("", "ال") and _name_word(family.stem, common, given)


def _bare_pair(person: dict) -> bool:
    """Whether a person's name is two words without the article («سعاد عبدالله»): a «و» item of the
    same shape after it is the next person of the list («وعبدالحسين عبدالرضا»)."""
    words = person["surface"].split()
    return len(words) == 2 and not any(w.startswith("ال") for w in words)


def _leaning_pair(first, family, common: frozenset[str], given: frozenset[str]) -> bool:
    """Whether a «و» word and the bare word after it lean to a name (the foreign reader's score above
    0, :func:`~.foreign.foreign_score`), as the item after a found person of :func:`_bare_pair` must:
    nouns with a pronoun or an adverb there («حسن تعامله وشهامته وتفانيه», «أبو حسن واقفاً يرحب») score
    below, a word that starts with و of its own (وفاة) is a common word, and «و» + a given name
    second is a third item («صالح ورياض وفريد وعبدالوهاب»)."""
    return (not family.clitic and first.norm not in common
            and not (family.norm.startswith("و") and family.norm[1:] in given)
            and foreign_score(first.norm[1:]) > 0 and foreign_score(family.norm) > 0)


def _preposed(word: str) -> bool:
    """Whether a folded word is a given name written on a preposition («لمحمد», «لعلي»)."""
    return word in preposed_given_names() or word[:1] in PREPOSITIONS and word[1:] == ALI


def _in_person_list(text: str, person: dict) -> bool:
    """Whether a person's name is itself an item joined by «و» (its «و» is outside the span)."""
    start = person["start"]
    return start >= 2 and text[start - 1] == "و" and text[start - 2] in " ،,"


def _name_word(word: str, common: frozenset[str], given: frozenset[str]) -> bool:
    """Whether a folded word may be part of a name in a list: a given name, or not a common word
    and without a pronoun suffix."""
    return word in given or (len(word) >= 3 and word not in common and not word.endswith(_PRONOUNS))


def _next_token(tokens: list, text: str, end: int) -> int | None:
    """The index of the token that starts after ``end`` past white space alone."""
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    i = bisect_left(tokens, k, key=_start)  # lists are rare: no index of every token per article
    return i if i < len(tokens) and tokens[i].start == k else None


def _start(token) -> int:
    return token.start
