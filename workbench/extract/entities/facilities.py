"""Facilities and institutions named after a person: «مستشفى الملك فهد», «مكتبة الملك عبدالعزيز العامة».

Under the gold rules the mention is the facility's whole name, head noun kept (ORG for an
institution, LOC for a stadium, street, airport or mosque), and the person inside it is no
mention: neither the catalogue's king nor a bare given name linked to a namesake elsewhere in
the article. A name is the head noun in construct (clitics و ف ب ل ك outside the span), an
honorific (الملك, الأميرة, الشيخ), the person's name with its «بن»/«آل» chain, and up to two
definite words after it: a family name (الفيصل) or the facility's adjective (التخصصي, العامة).
"""

from __future__ import annotations

from bisect import bisect_left

from workbench.extract.dates.lexicon import load_lexicon
from workbench.extract.entities.context import (HONORIFICS, INSTITUTIONS_NAMED_AFTER_PERSON, NAMED_AFTER_PERSON,
                                                 PLACES_NAMED_AFTER_PERSON, PROCLITICS)
from workbench.extract.entities.lookup import record, without
from workbench.extract.entities.names import PATRONYMS, common_words, word_tokens
from workbench.text import RELATIONAL_ENDINGS, Document, fold
from workbench.text.segmentation import Token

__all__ = ["facility_mentions", "reread_named_facilities"]

# A patronym or the family's «آل» continues the person's name; not the other binders of names
# (أبو, عبد), which after a full name start another person's.
_CHAIN = PATRONYMS | {fold("آل")}
# Definite words after the name that are the facility's own although common: relational
# adjectives (الثقافي, الاقتصادية) and العامة, العام.
_OWN_ADJECTIVES = frozenset(fold(w) for w in "العام العامة".split())
# Each head noun with each clitic it may carry -> (clitic length, noun): one look-up a word.
_HEAD_FORMS = {c + n: (len(c), n) for n in NAMED_AFTER_PERSON for c in PROCLITICS}
_MAX_WORDS = 8
# «عن طريق» + a person is "by way of" (a goal scored by him), and «بطولة» + a person a film's cast
# («بطولة تشاك نوريس»): neither names a road or a tournament after the person.
_ROAD, _BY = fold("طريق"), fold("عن")
_NOT_NAMED = frozenset({fold("بطولة")})
# A bare name after «مدينة» or «حي» is a town or a district named like a person («مدينة أبو حماد», «حي سلطان
# غازي»): a place, its head noun outside the span under the gold rules.
_TOWN_HEADS = frozenset(fold(w) for w in "مدينة حي".split())
CONFIDENCE = 0.7


def facility_mentions(doc: Document, found: list[dict], candidates: list[int] | None = None) -> list[dict]:
    """Facilities named after a person in ``doc`` that overlap none of the ``found`` mentions
    (a facility the catalogue holds, «جامعة الملك سعود», is already there). ``candidates``: token
    indices that hold every honorific (:func:`.heads.pattern_tokens`), else found here.

    >>> doc = Document("a", "زار الوفد مكتبة الملك عبدالعزيز العامة الأسبوع الماضي، وملعب الأمير عبد الله الفيصل")
    >>> [(r["surface"], r["type"]) for r in facility_mentions(doc, [])]
    [('مكتبة الملك عبدالعزيز العامة', 'ORG'), ('ملعب الأمير عبد الله الفيصل', 'LOC')]
    """
    out: list[dict] = []
    tokens = doc.tokens
    for i in word_tokens(doc, HONORIFICS) if candidates is None else candidates:
        hit = _facility_at(doc, i) if tokens[i].norm in HONORIFICS else None
        if hit is not None:
            start, stop = hit[0], hit[1]
            if not any(m["start"] < stop and start < m["end"] for m in found):
                out.append(record(doc, start, stop, hit[2], None, None, doc.text[start:stop],
                                  "pattern", "pattern", CONFIDENCE))
    return out


def _facility_at(doc: Document, i: int) -> tuple[int, int, str] | None:
    """(start, end, type) in the original text of a facility name whose honorific is token ``i``."""
    tokens, text = doc.tokens, doc.text
    if i == 0:
        return None
    head, honorific = tokens[i - 1], tokens[i]
    if not (_spaced(text, head, honorific) and (head.start == 0 or text[head.start - 1] == " ")):
        return None
    named = _facility_head(doc, head)
    typ = _facility_type(named[1]) if named is not None else None
    if typ is None:
        return None
    end = _name_end(_words_after(text, tokens, i))
    return None if end is None else (named[0], end, typ)


def _facility_head(doc: Document, head: Token) -> tuple[int, str] | None:
    """(original start after its clitics, folded noun) of a head noun that things are named after a
    person by (:data:`NAMED_AFTER_PERSON`)."""
    form = _HEAD_FORMS.get(head.norm)
    if form is None:
        return None
    index = doc.normalized.index
    return index[bisect_left(index, head.start) + form[0]], form[1]


def _facility_type(noun: str) -> str | None:
    """ORG for an institution's head noun, LOC for a place's, None for a prize's or a programme's."""
    return ("ORG" if noun in INSTITUTIONS_NAMED_AFTER_PERSON
            else "LOC" if noun in PLACES_NAMED_AFTER_PERSON else None)


def reread_named_facilities(doc: Document, found: list[dict]) -> list[dict]:
    """``found`` with each person outside the catalogue that follows a facility's head noun read as
    the facility («مستشفى ألبرت أينشتاين», «مطار جون كينيدي»), head kept, in place: under the gold rules
    the whole name is the mention and the person inside it none. After «مدينة» or «حي» the name is the
    place itself; after a prize's or programme's head (جائزة, برنامج) the person is dropped, as those are
    no mentions."""
    dropped: list[dict] = []
    tokens = doc.tokens
    for m in found:
        if m["type"] != "PER" or m["actor_id"] is not None:
            continue
        i = bisect_left(doc.token_starts, m["start"])
        # a name behind a clitic («الغالي») starts inside its token: no head noun stands before it
        if i == 0 or i == len(tokens) or tokens[i].start != m["start"] \
                or not _spaced(doc.text, tokens[i - 1], tokens[i]):
            continue
        head = _facility_head(doc, tokens[i - 1])
        if head is None or head[1] in _NOT_NAMED or (head[1] == _ROAD and i > 1 and tokens[i - 2].norm == _BY):
            continue
        typ = _facility_type(head[1])
        if head[1] in _TOWN_HEADS:
            m["type"] = "GPE"
        elif typ is None:
            dropped.append(m)
        else:
            m.update(start=head[0], surface=doc.text[head[0]:m["end"]], type=typ)
    return without(found, dropped) if dropped else found


def _spaced(text: str, left: Token, right: Token) -> bool:
    """Whether one plain space, and nothing else, separates two tokens."""
    return right.start == left.end + 1 and text[left.end] == " "


def _words_after(text: str, tokens: list[Token], i: int) -> list[Token]:
    """The next word tokens after token ``i``, one space apart, up to the first punctuation."""
    words: list[Token] = []
    for token in tokens[i + 1:i + 1 + _MAX_WORDS]:
        if token.kind != "word" or not _spaced(text, words[-1] if words else tokens[i], token):
            break
        words.append(token)
    return words


def _name_end(words: list[Token]) -> int | None:
    """Original end of the person's name and the facility's words after the honorific."""
    common = common_words()
    if not words or words[0].norm in common:
        return None
    i, end = 1, words[0].end
    if words[0].norm == "عبد" and len(words) > 1:
        i, end = 2, words[1].end
    while i + 1 < len(words) and words[i].norm in _CHAIN:
        i, end = i + 2, words[i + 1].end
    time_words = load_lexicon().markers
    for k in range(i, min(i + 2, len(words))):
        word = words[k].norm
        if not word.startswith("ال") or word in time_words:
            break
        own = word.endswith(RELATIONAL_ENDINGS) or (word in _OWN_ADJECTIVES
                                                    and not (k + 1 < len(words) and words[k + 1].norm in time_words))
        if word in common and not own:
            break
        end = words[k].end
    return end
