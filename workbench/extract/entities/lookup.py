"""Catalogue mentions of one article, each resolved to one actor by its context.

>>> from workbench.text import Document
>>> doc = Document("a", "عارضت روسيا وجود القوات الأمريكية ومبتعث سعودي")
>>> recs, rejected = catalogue_mentions(doc, matcher_for())
>>> [(r["surface"], r["actor_id"], r["via"]) for r in recs], [doc.text[s:e] for s, e in rejected]
([('روسيا', 'russia', 'name'), ('أمريكية', 'united_states', 'nationality')], ['سعودي'])
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import lru_cache
from operator import attrgetter

from workbench.extract.entities.context import (adjectival_position, bare, describes_persons, head_modified, in_title, is_club_context, is_place_context,
                                                before_quote, names_a_facility, names_a_street, previous_words, HONORIFICS, PROCLITICS)
from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.matcher import MEMBERS, Entry, Hit, Matcher, alias_key, matcher_for  # noqa: F401 (doctest)
from workbench.text import Document, candidate_splits, fold

__all__ = ["catalogue_mentions", "catalogue_named", "claim_person", "link_headed_short_names", "link_partial_names", "link_short_body_names", "own_name_tail", "start_of_word", "occupancy", "record", "outside_id", "pattern_record", "foreign_institution_id", "CONFIDENCE", "OUTSIDE_PREFIX"]

OUTSIDE_PREFIX = "ar:"

# A club named by its city (لاعبي روما), or an institution by its own state's adjective (مجلس الوزراء
# المصري), gets its id from the outside names (:mod:`.outside`): the catalogue has neither.
CLUB_CONFIDENCE = 0.6
CONFIDENCE = {"name": 0.95, "alias": 0.9, "partial": 0.8, "nationality": 0.8, "capital": 0.75}


@lru_cache(maxsize=65536)
def outside_id(surface: str) -> str:
    """The id of a name outside the catalogue: ``ar:`` and its folded words joined by ``_``
    (cached: the same names recur from article to article).

    >>> outside_id("مجلس الوزراء  المصري")
    'ar:مجلس_الوزراء_المصري'
    """
    return OUTSIDE_PREFIX + "_".join(fold(surface).split())


def record(doc: Document, start: int, end: int, typ: str, actor_id: str | None, actor: str, actor_ar: str,
           via: str, method: str, confidence: float) -> dict:
    """One mention as a dict keyed by the schema's ``entities`` columns (original offsets)."""
    return {
        "article_id": doc.article_id, "sentence_id": doc.sentence_of(start), "start": start, "end": end,
        "surface": doc.text[start:end], "type": typ, "actor_id": actor_id, "actor": actor, "actor_ar": actor_ar,
        "via": via, "method": method, "confidence": confidence,
    }


def pattern_record(doc: Document, start: int, end: int, typ: str, known: tuple[str, str, str] | None,
                   confidence: float) -> dict:
    """A pattern's mention: the catalogue actor ``known`` (actor_id, name_en, name_ar) when the caller found
    the span's name in the catalogue (a place the stoplist keeps from matching bare, مشهد being also "scene";
    a quoted name after its head, قناة «الجزيرة»), else one without an id."""
    if known is not None:
        return record(doc, start, end, typ, *known, "name", "pattern", confidence)
    return record(doc, start, end, typ, None, None, doc.text[start:end], "pattern", "pattern", confidence)


def without(found: list[dict], dropped: list[dict]) -> list[dict]:
    """The records of ``found`` that are not in ``dropped``, by identity (two readings of one span
    can be equal dicts, and only the dropped one goes).

    >>> a, b = {"start": 0}, {"start": 0}
    >>> without([a, b], [b])[0] is a
    True
    """
    gone = set(map(id, dropped))
    return [m for m in found if id(m) not in gone]


def claim_person(found: list[dict], name: dict) -> bool:
    """Whether the person ``name`` may join ``found``: it overlaps nothing there, or only shorter
    person mentions it holds (the model's «بوريس» of «بوريس روغه»), which leave ``found`` (in place).

    >>> found = [{"start": 0, "end": 5, "type": "PER"}]
    >>> claim_person(found, {"start": 0, "end": 11, "type": "PER"}), found
    (True, [])
    """
    hit = [m for m in found if m["start"] < name["end"] and name["start"] < m["end"]]
    if not all(m["type"] == "PER" and name["start"] <= m["start"] and m["end"] <= name["end"]
               and m["end"] - m["start"] < name["end"] - name["start"] for m in hit):
        return False
    found[:] = without(found, hit)
    return True


def _listed(folded: str, previous_end: int, start: int, prefix: str) -> bool:
    """Whether a hit at ``start`` (after ``prefix``) continues a list right after the place or
    capital that ended at ``previous_end``: joined by «و» or by a comma.

    >>> _listed("نيويورك , واشنطن", 7, 10, ""), _listed("واشنطن وموسكو", 6, 8, "و"), _listed("نيويورك في واشنطن", 7, 11, "")
    (True, True, False)
    """
    gap = folded[previous_end:start - len(prefix)]
    if prefix.startswith("و"):
        return len(gap) <= 2 and not gap.strip()
    return len(gap) <= 3 and gap.strip() in (",", "،")


def catalogue_mentions(doc: Document, matcher: Matcher) -> tuple[list[dict], list[tuple[int, int]]]:
    """Every catalogue actor named in ``doc`` (records in text order), and the spans of hits
    the context rules rejected (an adjective of origin, say), which no other source may claim.
    A capital after a sports word is its club (لاعبي روما), and an institution's name followed by
    another state's adjective is that state's institution (مجلس الوزراء المصري), both without an id yet."""
    folded = doc.normalized.text
    out: list[dict] = []
    rejected: list[tuple[int, int]] = []
    last_capital: tuple[int, bool] | None = None  # (end, was_place) of the previous capital or ب-place hit
    adjectives = (0, -1)  # (start, end) of the last list of nationality adjectives joined by «و»
    clubs: set[str] = set()  # capitals read as their clubs so far
    foreign: dict[str, tuple[str, str]] = {}  # institution read as another state's -> (its id, full name)
    # Only a text with a madda can write one where a name has «أ»: about half the articles skip the test.
    hamza_names = _hamza_alif_names(matcher) if _MADDA in doc.text else None
    hits = matcher.find(folded)
    for k, hit in enumerate(hits):
        # The matcher files each clitic form under the readings its article allows (Entry.needs_article
        # agrees with hit.has_article), and never yields a hit without one.
        entries = hit.entries
        if hit.prefix and not hit.prefix.endswith(_ARTICLES) and _doubled_first_letter(doc, hit.start):
            continue  # كسّاب is one word, not ك + ساب: no word starts with a doubled letter
        if hamza_names is not None and _madda_for_hamza(doc, hit, hamza_names):
            continue  # مآرب (aims) is another word than مأرب (Marib), though both fold alike
        if _names_the_man(folded, hit):
            continue  # «الشيخ عز الدين القسام»: the man the Brigades are named after, not the Brigades
        facility = _names_facility(folded, hit, entries, matcher) if hit.prefix in ("", "ال") else None
        if facility is not None:
            # A city is left to the head-noun names, which take the facility (مطار الرياض); a person
            # or a body is refused, so that no pattern reads the king in مجمع الملك عبدالله as a person.
            if facility != "GPE":
                rejected.append(doc.normalized.span(hit.start, hit.end))
            if facility == "ORG":  # the street or square, head noun kept, as one named after a person
                start, end = doc.normalized.span(names_a_street(folded, hit.start - len(hit.prefix)), hit.end)
                out.append(record(doc, start, end, "LOC", None, None, doc.text[start:end], "pattern", "pattern",
                                  CLUB_CONFIDENCE))
            continue
        vias = hit.vias
        if MEMBERS in vias and hit.prefix == "ال" and describes_persons(previous_words(folded, hit.start - 2, 1)):
            # «النواب الجمهوريون»: the party's plural describes persons there, no mention of the party.
            rejected.append(doc.normalized.span(hit.start, hit.end))
            continue
        capital = "capital" in vias
        contextual = capital or "nationality" in vias
        # Only a capital or an adjective reads the words before it, and only they and a place
        # with ب need the place reading: a plain name skips both (most hits).
        # A capital in quote marks reads the words before the marks (عرض في “تل أبيب”: the place).
        start = hit.start - len(hit.prefix)
        before = previous_words(folded, before_quote(folded, start) if capital else start) if contextual else []
        if not contextual and "ب" not in hit.prefix:
            place = False
        elif last_capital and _listed(folded, last_capital[0], hit.start, hit.prefix):
            place = last_capital[1]  # «بين واشنطن وموسكو»: a coordinated capital reads like the first
        else:
            place = is_place_context(before, hit.prefix)
        if capital and (is_club_context(before) or (not place and folded[hit.start:hit.end] in clubs)):
            # The club named after its city (لاعبي روما), and its city's name later in the article.
            clubs.add(folded[hit.start:hit.end])
            start, end = doc.normalized.span(hit.start, hit.end)
            out.append(record(doc, start, end, "ORG", None, None, doc.text[start:end], "pattern", "pattern",
                              CLUB_CONFIDENCE))
            continue
        adjective = (next((e for e in entries if e.via == "nationality"), None)
                     if hit.prefix == "ال" and out and out[-1]["type"] == "ORG" else None)
        if adjective is not None and _foreign_institution(doc, out[-1], hit, adjective, matcher):
            # «مجلس الوزراء المصري»: not the Saudi cabinet the bare form reads as, but Egypt's own,
            # and so is the bare form later in the article.
            head = out.pop()
            end = doc.normalized.span(hit.start, hit.end)[1]
            name = doc.text[head["start"]:end]
            own_id = head["actor_id"]
            actor_id = foreign_institution_id(own_id, matcher.countries[own_id], adjective.actor_id, name)
            foreign[own_id] = (actor_id, name)
            out.append(record(doc, head["start"], end, "ORG", actor_id, None, name, "pattern", "pattern", CLUB_CONFIDENCE))
            continue
        if "nationality" in vias:
            adjectives = (adjectives[0] if _joined_adjective(folded, adjectives[1], start, hit.prefix) else start, hit.end)
        entry = _choose(entries, before, hit, place, folded, adjectives[0])
        if capital or "ب" in hit.prefix:  # a place with ب sets the reading too: بالزبداني ودمشق
            last_capital = (hit.end, place)
        elif entry is not None and entry.type == "GPE" and matcher.countries.get(entry.actor_id) not in (None, entry.actor_id):
            last_capital = (hit.end, True)  # a city is a place: «لوس أنجلوس، نيويورك، واشنطن» are all destinations
        if entry is None or (entry.actor_id in matcher.businesses and _MODEL_NUMBER.match(folded, hit.end)):
            # A maker's name before a model number names the product (طائرات بوينج 777), not the company.
            rejected.append(doc.normalized.span(hit.start, hit.end))
            continue
        if entry.type == "PER" and _another_mans_chain(doc, folded, hit, hits[k + 1:k + 2], matcher.names[entry.actor_id][1]):
            continue  # «د. عبدالله بن عبدالعزيز الربيعة»: the minister, whom the name reader takes whole
        # A place keeps its head noun: «قناة السويس» is the canal, not a channel named «السويس».
        name_start = hit.start if entry.type == "LOC" else _after_head_noun(folded, hit.start, hit.end)
        start, end = doc.normalized.span(name_start, hit.end)
        if hit.prefix == "ال" and _family_name_after_title(folded, hit.start - 2, entry, matcher):
            # «الدكتور السويد»: a person's family name, not the state.
            name = doc.text[start:end]
            out.append(record(doc, start, end, "PER", outside_id(name), None, name, "pattern", "pattern",
                              CLUB_CONFIDENCE))
            continue
        name_en, name_ar = matcher.names[entry.actor_id]
        typ = "GPE" if entry.via in ("capital", "nationality") else entry.type
        dynasty = _dynasty_after(folded, hit.end) if entry.type == "ORG" else None
        if dynasty is not None and matcher.countries.get(entry.actor_id) not in (None, dynasty):
            # «الديوان الملكي الهاشمي»: Jordan's royal court, as «الديوان الملكي الأردني» would be.
            end = doc.normalized.span(hit.end + 1, hit.end + 1 + len(_DYNASTY_WORD.match(folded, hit.end + 1)[0]))[1]
            name = doc.text[start:end]
            out.append(record(doc, start, end, "ORG", outside_id(name), None, name, "pattern", "pattern",
                              CLUB_CONFIDENCE))
            continue
        if entry.actor_id in foreign and not _adjective_next(folded, hit, hits[k + 1:k + 2]):
            out.append(record(doc, start, end, typ, *foreign[entry.actor_id][:1], None, foreign[entry.actor_id][1],
                              "partial", "pattern", CLUB_CONFIDENCE))
            continue
        out.append(record(doc, start, end, typ, entry.actor_id, name_en, name_ar, entry.via,
                          "catalogue", CONFIDENCE[entry.via]))
    return out, rejected


# A body's bare short name that is the last name of the man it is named after (folded, without the article): after
# the man's given name it names the man, unless the body's head noun stands before the given name, across a quote
# mark and «الشهيد» («كتائب عز الدين القسام», «كتائب الشهيد عز الدين القسام», «كتائب “عز الدين القسام”»).
_NAMED_AFTER = {"قسام": (re.compile(r"(?:^|[ \"«“])عز ?الدين $"),
                         re.compile(r"(?:^|[ \"«“])[وف]?[بلك]?كتايب (?:الشهيد )?(?:[\"«“] ?)?$"))}


def _names_the_man(folded: str, hit: Hit) -> bool:
    """Whether ``hit``, a body's bare short name, follows the given name of the man the body is named after
    with no head noun of the body before that given name: the man himself, no mention of the body.

    >>> from workbench.text import Document
    >>> [[_names_the_man(f, h) for h in matcher_for().find(f)] for f in (Document("a", t).normalized.text for t in
    ...  ("عاش عز الدين القسام في حيفا", "وقالت كتائب الشهيد عز الدين القسام", "وقالت القسام"))]
    [[True], [False], [False]]
    """
    named = _NAMED_AFTER.get(folded[hit.start:hit.end])
    if named is None:
        return False
    given, head = named
    window = folded[max(0, hit.start - len(hit.prefix) - 40):hit.start - len(hit.prefix)]
    found = given.search(window)
    return found is not None and head.search(window, 0, found.start() + 1) is None


_TYPE = attrgetter("type")
_NAMED = frozenset({"name", "alias"})


_ARTICLES = ("ال", "لل")
# A model number right after a maker's name: «777», «A380», «A-330»; a decimal or a percentage there
# is a company's or an exchange's share or index move («إعمار العقارية 1.5 في المائة»), and five digits or
# more a phone or short-message number («Stc 635031 - Mobily» in a column's footer).
_MODEL_NUMBER = re.compile(r" [A-Za-z]{0,3}-?\d{1,4}(?!\d|[.,٫ر]\d|\s*(?:%|في الم|بالم))")
_SHADDA = "\u0651"
_MADDA, _HAMZA_ALIF = "آ", "أ"


@lru_cache(maxsize=4)
def _hamza_alif_names(matcher: Matcher) -> dict[str, str]:
    """Folded catalogue name (without its article) -> the name, for the names written with «أ» (مأرب)."""
    names = (ar.removeprefix("ال") for _, ar in matcher.names.values() if ar and _HAMZA_ALIF in ar)
    return {fold(name): name for name in names}


def _madda_for_hamza(doc: Document, hit: Hit, names: dict[str, str]) -> bool:
    """Whether the text writes «آ» inside a word where the catalogue name of the hit's words has «أ»: fold makes
    both a bare alif, but a madda is another word (مآرب «aims» is not مأرب, Marib).

    >>> from workbench.extract.entities.matcher import matcher_for
    >>> names = _hamza_alif_names(matcher_for())
    >>> [_madda_for_hamza(Document("a", t), matcher_for().find(Document("a", t).normalized.text)[0], names)
    ...  for t in ("لهم مآرب أخرى", "في مأرب", "في مارب", "أسهم آبل")]
    [True, False, False, False]
    """
    name = names.get(doc.normalized.text[hit.start:hit.end])
    if name is None:
        return False
    begin, end = doc.normalized.span(hit.start, hit.end)
    word = doc.text[begin:end]
    # Only inside the word: a foreign name's first letter takes either (آبل, أبل; آرسنال, أرسنال). Most
    # words of a hit hold no madda at all (أمريكا in a text with الآن): the letter pairs are read only then.
    return (len(word) == len(name) and _MADDA in word[1:]
            and any(w == _MADDA and n == _HAMZA_ALIF for w, n in zip(word[1:], name[1:])))


def _doubled_first_letter(doc: Document, start: int) -> bool:
    """Whether the letter at folded offset ``start`` carries a shadda in the original text.

    >>> doc = Document("a", "مروان كسّاب")
    >>> _doubled_first_letter(doc, 7), _doubled_first_letter(doc, 6)
    (True, False)
    """
    begin, end = doc.normalized.span(start, start + 1)
    return _SHADDA in doc.text[begin:end]


def _names_facility(folded: str, hit: Hit, entries: tuple[Entry, ...], matcher: Matcher) -> str | None:
    """"PER", "GPE" or "ORG" when a person's or a city's hit completes a facility's name before it (مجمع
    الملك عبدالله, جامعة تبوك) or a body's a street's or a square's (دوار مجلس التعاون), else None; a state's never does (جامعة الدول العربية). The entry types
    are read first: most hits are neither, and skip reading the words before them."""
    types = set(map(_TYPE, entries)) if len(entries) > 1 else (entries[0].type,)
    if "PER" in types:
        return "PER" if names_a_facility(folded, hit.start - len(hit.prefix), True) else None
    # The words before are read before the entries' states: most GPE hits are states, few follow a facility.
    if "GPE" in types and names_a_facility(folded, hit.start - len(hit.prefix), False) and any(
            e.type == "GPE" and matcher.countries.get(e.actor_id, e.actor_id) != e.actor_id for e in entries):
        return "GPE"
    return "ORG" if "ORG" in types and names_a_street(folded, hit.start - len(hit.prefix)) is not None else None


def _foreign_institution(doc: Document, head: dict, hit: Hit, adjective: Entry, matcher: Matcher) -> bool:
    """Whether a nationality adjective (``hit``) right after an institution's catalogue name
    («وزارة الصحة» read as the Saudi one) names another state, so that the two make that state's
    institution."""
    if head["via"] not in ("name", "alias"):
        return False
    if fold(head["surface"]).split(" ", 1)[0] not in INSTITUTION_NOUNS:
        return False  # نيويورك تايمز البريطانية, الحوثي السعودية: no institution of the adjective's state
    country = matcher.countries.get(head["actor_id"])
    if country is None or country == adjective.actor_id:
        return False
    word_start = doc.normalized.span(hit.start - len(hit.prefix), hit.start)[0]
    return doc.text[head["end"]:word_start].isspace()


def _adjective_next(folded: str, hit: Hit, following: list[Hit]) -> bool:
    """Whether the next hit (``following``, one or none) is a nationality adjective with the article right
    after ``hit``: the adjective then decides the institution's state («وزارة الداخلية الليبية» after
    «وزارة الداخلية التونسية» is Libya's), not the earlier institution of the same name."""
    if not following or following[0].prefix != "ال" or "nationality" not in following[0].vias:
        return False
    return not folded[hit.end:following[0].start - len(following[0].prefix)].strip()


def foreign_institution_id(head_id: str, country: str, state: str, name: str) -> str:
    """The id of another state's institution read from a catalogue one: the catalogue's id with the
    other state in place of its own where the id starts with its state (saudi_arabia_health_ministry ->
    turkey_health_ministry, the same in every article), else the name's outside id."""
    prefix = f"{country}_"
    return state + head_id[len(country):] if head_id.startswith(prefix) else outside_id(name)


# First words of a state institution's name, which another state's adjective makes that state's; a party
# too (حزب العدالة والتنمية المغربي is Morocco's, not Turkey's AKP), a committee (اللجنة الأولمبية الإيطالية is
# Italy's, not the Saudi one) and a company (شركة زين السودانية is Zain's Sudanese operator).
INSTITUTION_NOUNS = frozenset(fold(w) for w in """وزارة مجلس هيئة حرس مديرية رئاسة ديوان جهاز مؤسسة صندوق مصلحة
    إدارة قوات شرطة نيابة محكمة سلطة أمانة بنك البنك مصرف وكالة حزب الحزب لجنة شركة""".split())


# Adjectives of a ruling house that name its state's institutions as a nationality adjective would
# (الديوان الملكي الهاشمي, المملكة الأردنية الهاشمية), folded, with the state.
DYNASTIC_ADJECTIVES = {fold(w): "jordan" for w in ("الهاشمي", "الهاشمية")}
_DYNASTY_WORD = re.compile(r"[^\W\d_]+")


def _dynasty_after(folded: str, end: int) -> str | None:
    """The state whose ruling house the word right after ``folded[:end]`` names, else None.

    >>> text = "الديوان الملكي الهاشمي"
    >>> _dynasty_after(text, 14), _dynasty_after(text, 7)
    ('jordan', None)
    """
    if not folded.startswith(" ال", end):
        return None
    word = _DYNASTY_WORD.match(folded, end + 1)
    return DYNASTIC_ADJECTIVES.get(word[0]) if word else None


# Generic head nouns that stay outside a name's span (نادي الهلال -> هلال, صحيفة عكاظ -> عكاظ), unless
# the next word makes the phrase a fixed name (وكالة الأنباء السعودية).
HEAD_NOUNS = frozenset(fold(w) for w in "نادي فريق صحيفة جريدة قناة وكالة".split())
_FIXED_AFTER_HEAD = frozenset(fold(w) for w in "الأنباء أنباء".split())


def _after_head_noun(folded: str, start: int, end: int) -> int:
    """Where the name starts in the hit ``folded[start:end]``: after a generic head noun and the
    next word's article, else ``start``.

    >>> text = "نادي الهلال"
    >>> text[_after_head_noun(text, 0, len(text)):]
    'هلال'
    """
    head, _, rest = folded[start:end].partition(" ")
    if head not in HEAD_NOUNS or not rest or rest.split(" ", 1)[0] in _FIXED_AFTER_HEAD:
        return start
    name_start = start + len(head) + 1
    return name_start + 2 if rest.startswith("ال") and len(rest.split(" ", 1)[0]) > 4 else name_start


# Titles right before a person's name: a state's name with the article after them (الدكتور السويد)
# is the person's family name.
_PERSON_TITLE_ENDS = tuple(fold(w) + " " for w in "الدكتور الدكتورة د. المهندس المهندسة الأستاذ الأستاذة".split())


def _family_name_after_title(folded: str, start: int, entry: Entry, matcher: Matcher) -> bool:
    """Whether the state's name starting at ``folded[start:]`` (its article included) follows a
    person's title, or a given name after a title or «بن», so that it is the person's family name
    (الدكتور السويد, الدكتور عبدالله السويد, عبدالله بن محمد السويد).

    >>> matcher = matcher_for()
    >>> def family_name(text):
    ...     hit = [h for h in matcher.find(fold(text)) if h.prefix == "ال"][-1]
    ...     return _family_name_after_title(fold(text), hit.start - 2, hit.entries[0], matcher)
    >>> family_name("قال الدكتور السويد"), family_name("الدكتور عبدالله السويد"), family_name("زار وفد السويد")
    (True, True, False)
    """
    if not (entry.via in _NAMED and matcher.countries.get(entry.actor_id) == entry.actor_id):
        return False
    if folded.endswith(_PERSON_TITLE_ENDS, max(0, start - 12), start):
        return True
    from workbench.extract.entities.names import PATRONYMS, given_names  # names imports this module

    words = folded[max(0, start - 40):start].split()[-2:]
    return (len(words) == 2 and words[1] in given_names()
            and (words[0] in PATRONYMS or (words[0] + " ").endswith(_PERSON_TITLE_ENDS)))


_PATRONYM = " " + fold("بن") + " "


def _another_mans_chain(doc: Document, folded: str, hit: Hit, following: list[Hit], own_name: str) -> bool:
    """Whether the catalogue person's name ``hit``, a chain with «بن» (عبدالله بن عبدالعزيز), goes on with
    a family name, so that the longer name is another man's (د. عبدالله بن عبدالعزيز الربيعة is the minister,
    not King Abdullah): a word with the article, no catalogue word (``following``: the next hit; السعودية,
    السعودي) and no word of the person's own catalogue name ``own_name`` (خالد بن أحمد الخليفة of «... آل
    خليفة»), that the name reader takes as the family name after a patronym's names. A royal or a sheikh is
    named by his father, so a word after his name, with his title up to two words before it, is the
    sentence's (الأمير محمد بن سلمان الشكر, الملك الراحل عبدالله بن عبدالعزيز العتيق).
    A further «بن» or «آل» is no sign: mostly the same man's grandfather or house (الأمير عبدالله بن مساعد بن
    عبدالعزيز, الملك سلمان بن عبدالعزيز آل سعود).

    >>> def chain(text):
    ...     doc = Document("a", text)
    ...     hits = matcher_for().find(doc.normalized.text)
    ...     return _another_mans_chain(doc, doc.normalized.text, hits[0], hits[1:2], "عبدالله بن عبدالعزيز آل سعود")
    >>> chain("استقبل الدكتور عبدالله بن عبدالعزيز الربيعة"), chain("أكد عبدالله بن عبدالعزيز السعودية")
    (True, False)
    >>> chain("أعلن الملك عبدالله بن عبدالعزيز الحرب")
    False
    """
    if _PATRONYM not in folded[hit.start:hit.end]:
        return " " not in folded[hit.start:hit.end] and _another_given_name(doc, hit, own_name)
    if not folded.startswith(" ال", hit.end):
        return False  # most chain hits: cheap tests first
    if following and following[0].start - len(following[0].prefix) == hit.end + 1:
        return False
    from workbench.extract.entities.names import family_name_after_patronym, given_names  # names imports this module

    start, end = doc.normalized.span(hit.start, hit.end)
    starts, tokens = doc.token_starts, doc.tokens
    family = bisect_left(starts, end)
    if family == len(tokens) or tokens[family].clitic != "ال" or tokens[family].stem in fold(own_name).split():
        return False
    first = bisect_right(starts, start) - 1
    if HONORIFICS.intersection(t.norm for t in tokens[max(0, first - 2):first + 1]):
        return False  # الملك الراحل عبدالله بن عبدالعزيز, الشيخ زايد بن سلطان الدولة: the sentence's word
    return family_name_after_patronym(doc, first, family, given_names())


def _another_given_name(doc: Document, hit: Hit, own_name: str) -> bool:
    """Whether the one-word hit, the catalogue person's family name (العبادي of «حيدر العبادي»), follows a
    listed given name that is not in his own name ``own_name``: «زاهر العبادي» is another man.

    >>> def other(text):
    ...     doc = Document("a", text)
    ...     return _another_given_name(doc, matcher_for().find(doc.normalized.text)[0], "حيدر العبادي")
    >>> other("وقال زاهر العبادي إن"), other("وقال حيدر العبادي إن"), other("وقال العبادي إن")
    (True, False, False)
    >>> other("وقال حيدير العبادي إن"), other("التقى زايد والعبادي")
    (False, False)
    """
    if hit.prefix not in ("", "ال"):
        return False  # a list's next name (محمد بن زايد والجبير)
    from workbench.extract.entities.names import given_names  # names imports this module

    i = bisect_right(doc.token_starts, doc.normalized.span(hit.start, hit.end)[0]) - 1
    before = doc.tokens[i - 1] if i > 0 else None
    own = fold(own_name) if before is not None and before.norm in given_names() else ""
    if not own.endswith(doc.normalized.text[hit.start:hit.end]):
        return False  # no given name before, or the hit is a given name or a nickname alone (حيدر)
    # The same name in another spelling or language (نارندرا of «ناريندرا مودي», أليكسيس of «أليكسي») has the
    # same consonants, or one form's run on from the other's.
    key = _consonants(before.norm)
    return not any(key.startswith(k) or k.startswith(key) for k in map(_consonants, own.split()) if len(k) > 1)


def _consonants(word: str) -> str:
    """A folded word without its long vowels: one key for a foreign name's spellings (نارندرا, ناريندرا)."""
    return word.translate(_LONG_VOWELS)


_LONG_VOWELS = str.maketrans("", "", "اوي")


def _choose(entries: tuple[Entry, ...], before: list[str], hit: Hit, place: bool, folded: str,
            list_start: int) -> Entry | None:
    """The entry a hit names in its context, or None; ``list_start``: where the list of nationality adjectives
    joined by «و» that ends with the hit starts."""
    if len(entries) == 1 and entries[0].via in _NAMED:
        return entries[0]  # most hits: one plain name, which no context changes
    by_via: dict[str, Entry] = {}
    for e in entries:
        by_via.setdefault(e.via, e)
    named = by_via.get("name") or by_via.get("alias")
    if "capital" in by_via:
        return named if place and named else by_via["capital"]
    if "nationality" in by_via:
        if hit.has_article and folded[hit.start:hit.end] in _people_plurals():
            return by_via["nationality"]  # «الروس», «الأتراك»: a people, which the rules read as its state
        masculine = folded[hit.end - 1] == "ي"
        if (head_modified(before, masculine=masculine, definite=hit.has_article)
                or _in_relation_pair(folded, hit, before) or _listed_after_head(folded, list_start, hit, masculine)):
            return by_via["nationality"]
        if named and (hit.has_preposition or not adjectival_position(before, hit.has_article)):
            return named
        return None
    return named


@lru_cache(maxsize=1)
def _state_adjectives() -> frozenset[str]:
    """:func:`heads.nationality_words`, imported on the first call (heads imports this module): an
    import statement in each caller cost more than the rest of its work on a hit."""
    from workbench.extract.entities.heads import nationality_words

    return nationality_words()


# The endings of a nationality adjective's inflected forms (روسي, روسيه, روسيين, روسيون, روسيان, ...).
_ADJECTIVE_ENDING = re.compile(r"ي(?:|ه|ين|ون|ان|تين|تان)$")


@lru_cache(maxsize=1)
def _people_plurals() -> frozenset[str]:
    """Folded nationality forms that are no adjective's inflection but a people's broken plural (روس,
    اتراك, امريكان): with the article they name the people alone, without a head noun."""
    return frozenset(w for w in _state_adjectives() if not _ADJECTIVE_ENDING.search(w))


def _joined_adjective(folded: str, previous_end: int, start: int, prefix: str) -> bool:
    """Whether a nationality adjective at ``start`` (its proclitics included) follows «و» right after the
    adjective that ends at ``previous_end``."""
    return prefix.startswith("و") and folded[previous_end:start] == " "


def _listed_after_head(folded: str, list_start: int, hit: Hit, masculine: bool) -> bool:
    """Whether the adjective of ``hit`` closes a list of nationality adjectives joined by «و» from
    ``list_start`` that a head makes states: the head governs them all («السفارتين التشيكية والأميركية»,
    «القوات العراقية والسورية», «قوات إسبانية وكورية جنوبية وباكستانية»)."""
    if list_start == hit.start - len(hit.prefix):
        return False  # the first adjective of its list, which the head reads alone
    before = previous_words(folded, list_start, 2)
    return (head_modified(before, masculine=masculine, definite=hit.has_article)
            and not in_title(before))  # «وزير الدفاع الأمريكي والبريطاني»: a title's, no state


# Nouns of a relation between states: two nationality adjectives joined after one name both states
# (the development rules' «تقارب سعودي فلسطيني»; «اتفاق مصري-بريطاني», «التعاون السعودي الأمريكي»).
RELATION_NOUNS = frozenset(fold(w) for w in """اتفاق اتفاقية تعاون تقارب علاقات علاقة محادثات مباحثات قمة
    شراكة تنسيق مفاوضات خلاف خلافات أزمة مناورات تدريبات حوار ترابط صراع نزاع توتر""".split())
# What may join the two adjectives: white space and a hyphen or dash («مصري-بريطاني», «المصري - البريطاني»).
_PAIR_JOINER = " -\u2013\u2014"
_NEXT_ADJECTIVE = re.compile(f"[{re.escape(_PAIR_JOINER)}]*(\\w+)")


def _in_relation_pair(folded: str, hit: Hit, before: list[str]) -> bool:
    """Whether the nationality adjective of ``hit`` is one of two joined adjectives after a relation
    noun: the first (a relation noun before it, an adjective after it) or the second (an adjective
    and a relation noun before it, a hyphen allowed between the adjectives).

    >>> matcher = matcher_for()
    >>> def pair(text):
    ...     folded = fold(text)
    ...     return [_in_relation_pair(folded, h, previous_words(folded, h.start - len(h.prefix))) for h in matcher.find(folded)]
    >>> pair("اتفاق مصري-بريطاني"), pair("التعاون السعودي الأمريكي"), pair("الكاتب المصري البريطاني")
    ([True, True], [True, True], [False, False])
    """
    if before and bare(before[-1]) in RELATION_NOUNS:
        after = _NEXT_ADJECTIVE.match(folded, hit.end)
        return after is not None and after[1].removeprefix("ال") in _state_adjectives()
    words = folded[max(0, hit.start - len(hit.prefix) - 40):hit.start - len(hit.prefix)].rstrip(_PAIR_JOINER).split()[-2:]
    # The adjective before it first: it is seldom one, and the relation noun's test splits a word's clitics.
    return (len(words) == 2 and words[1].removeprefix("ال") in _state_adjectives()
            and bare(words[0]) in RELATION_NOUNS)


def _same_final_ya(last_letter: str, full_name: str) -> bool:
    """Whether a single name ending in ``last_letter`` is spelt as ``full_name`` ends: folding makes ى
    and ي one letter, so «العلي» would otherwise name every «على» of the text.

    >>> _same_final_ya("ى", "حسين العلي"), _same_final_ya("ي", "حسين العلي"), _same_final_ya("ى", "محمد على")
    (False, True, True)
    """
    return last_letter != "ى" or full_name.rstrip()[-1:] == "ى"


def link_partial_names(doc: Document, mentions: list[dict]) -> list[dict]:
    """Mentions of a person's single name («بوغدانوف», «والعتيبي») after the full name, linked to the same actor.

    >>> doc = Document("a", "قال فهد العتيبي إن كارتر ... وأضاف العتيبي")
    >>> full = record(doc, 4, 15, "PER", "ar:فهد_العتيبي", None, "فهد العتيبي", "model", "model", 0.9)
    >>> [(r["surface"], r["actor_id"]) for r in link_partial_names(doc, [full])]
    [('عتيبي', 'ar:فهد_العتيبي')]
    """
    firsts: dict[str, dict] = {}
    for m in mentions:
        if m["type"] == "PER" and m["actor_id"] is not None and " " in m["surface"].strip():
            words = tuple(map(name_word, fold(m["surface"]).split()[-3:]))  # own_name_tail(words, 1): «ابن» + a title + the tail
            last = words[-1]
            # the earliest full mention, whichever reader found it: the readers' records come unsorted
            if len(last) >= 3 and own_name_tail(words, 1) and (last not in firsts or m["start"] < firsts[last]["start"]):
                firsts[last] = m
    folded = doc.normalized.text
    out: list[dict] = []
    for key, full, pos, end, start, stop, _ in _later_finds(doc, mentions, firsts):
        if end == len(folded) or not folded[end].isalpha():
            word_start = start_of_word(folded, pos)
            if (_reads_as(folded[word_start:end], key) and not names_a_facility(folded, word_start, True)
                    and _same_final_ya(doc.text[stop - 1], full["surface"])
                    and not _common_word_there(doc, folded, pos, start, full)):
                out.append(_linked(doc, start, stop, full))
    return out


def _common_word_there(doc: Document, folded: str, pos: int, start: int, full: dict) -> bool:
    """Whether the lone family name found at folded ``pos`` (original ``start``), written with the article, is
    there the common word it also is («عيد الفطر المبارك», «عبدالوهاب الفايز»: see
    :func:`names.common_word_as_word`)."""
    if not folded.startswith("ال", pos - 2):
        return False  # the test below reads a word with the article only: most finds are names without it
    from workbench.extract.entities.names import common_word_as_word  # names imports this module

    own = frozenset(name_word(w) for w in fold(full["surface"]).split())
    return common_word_as_word(doc, bisect_right(doc.token_starts, start) - 1, own)


def _later_finds(doc: Document, mentions: list[dict], fulls: dict[str, dict],
                 relink: bool = False) -> Iterator[tuple[str, dict, int, int, int, int, dict | None]]:
    """``(key, full, pos, end, start, stop, held)`` for each find of a folded ``key`` of ``fulls`` after its full
    mention and outside every mention (``held`` None): ``pos:end`` in the folded text, ``start:stop`` in the
    original. With ``relink``, also a find that a mention with an outside id of the full mention's type spans
    exactly (``held``), where the full mention has a catalogue id: a reader found the short form but not whose
    it is («البنك المركزي» read alone after «البنك المركزي الروسي»)."""
    if not fulls:
        return
    folded = doc.normalized.text
    taken = occupancy([(m["start"], m["end"]) for m in mentions], len(doc.text))
    held = {(m["start"], m["end"]): m for m in mentions
            if str(m["actor_id"]).startswith(OUTSIDE_PREFIX)} if relink else {}
    for key, full in fulls.items():
        pos = folded.find(key)
        while pos != -1:
            end = pos + len(key)
            # The cheap tests first: most finds are the full name itself, or inside another mention.
            start, stop = doc.normalized.span(pos, end)
            if start >= full["end"]:
                if taken.find(1, start, stop) == -1:
                    yield key, full, pos, end, start, stop, None
                elif (start, stop) in held and _relinkable(held[(start, stop)], full):
                    yield key, full, pos, end, start, stop, held[(start, stop)]
            pos = folded.find(key, end)


def _relinkable(mention: dict, full: dict) -> bool:
    """Whether a mention with an outside id may take the id of ``full``: of the same type, and ``full`` a
    catalogue actor (an outside full name is no surer of its actor than the short form)."""
    return mention["type"] == full["type"] and not full["actor_id"].startswith(OUTSIDE_PREFIX)


def start_of_word(folded: str, pos: int) -> int:
    """Where the word holding ``pos`` starts (its proclitics included): ``pos`` itself at a word's start.

    >>> start_of_word("قال والعتيبي", 6), start_of_word("قال والعتيبي", 4)
    (4, 4)
    """
    while pos > 0 and folded[pos - 1].isalpha():
        pos -= 1
    return pos


def _linked(doc: Document, start: int, stop: int, full: dict) -> dict:
    """A shorter mention at ``start:stop`` of the actor a fuller mention ``full`` named, kept as its link."""
    return record(doc, start, stop, full["type"], full["actor_id"], full["actor"], full["actor_ar"],
                  "partial", full["method"], min(CONFIDENCE["partial"], full["confidence"]))


_LINK_FIELDS = ("actor_id", "actor", "actor_ar", "via", "method", "confidence")


def _new_links(doc: Document, finds: Iterator[tuple[dict, int, int, dict | None]]) -> list[dict]:
    """The link records of later short forms ``(full, start, stop, held)``: a new record where no mention
    stood, while a mention ``held`` there takes the full name's id in place (its span stays)."""
    out: list[dict] = []
    for full, start, stop, held in finds:
        link = _linked(doc, start, stop, full)
        if held is None:
            out.append(link)
        else:
            held.update((field, link[field]) for field in _LINK_FIELDS)
    return out


def _one_actor_seeds(seeds: Iterator[tuple[str, dict]]) -> dict[str, dict]:
    """Short name -> its earliest full mention, for the short names that the article's full mentions give one
    actor only: in a story of two central banks («البنك المركزي الروسي», «البنك المركزي المصري») a bare
    «البنك المركزي» may be either."""
    fulls: dict[str, dict] = {}
    shared: set[str] = set()
    for key, m in seeds:
        first = fulls.setdefault(key, m)
        if first["actor_id"] != m["actor_id"]:
            shared.add(key)
        elif m["start"] < first["start"]:
            fulls[key] = m
    return {key: m for key, m in fulls.items() if key not in shared}


_MIN_BODY_WORDS = 3  # a head, its complement and the state's adjective
# A word with the article after a body's short name, other than a relative pronoun (البنك المركزي الذي حذر).
_QUALIFIER_NEXT = re.compile(r" *ال(?!(?:ذي|تي|ذين)(?!\w))")


def link_short_body_names(doc: Document, mentions: list[dict]) -> list[dict]:
    """Later mentions of a body named first with its state's adjective and then without it («وزارة الطاقة
    الإماراتية» ... «وزارة الطاقة»), linked to the same actor, as a person's later family name is; the short
    form counts where no other mention covers it, or where a reader found it alone with an outside id
    («البنك المركزي» after «البنك المركزي الروسي»), and no qualifier with the article follows it («وزارة
    الطاقة الروسية», «وزارة الطاقة الذرية» are other bodies); a short form that two full names of the article
    share names neither.

    >>> doc = Document("a", "قالت وزارة الطاقة الإماراتية إن ... وأكدت وزارة الطاقة أن")
    >>> full = record(doc, 5, 28, "ORG", "ar:وزاره_الطاقه_الاماراتيه", None, "وزارة الطاقة الإماراتية", "pattern", "pattern", 0.6)
    >>> [(r["surface"], r["actor_id"]) for r in link_short_body_names(doc, [full])]
    [('وزارة الطاقة', 'ar:وزاره_الطاقه_الاماراتيه')]
    """
    folded = doc.normalized.text
    shorts = {key: full for key, full in _one_actor_seeds(_state_body_seeds(mentions)).items()
              if not _named_for_another_state(folded, key, full)}
    return _new_links(doc, ((full, start, stop, held) for _, full, pos, end, start, stop, held
                            in _later_finds(doc, mentions, shorts, relink=True)
                            if _stands_alone(folded, pos, end, held is not None)))


def _state_body_seeds(mentions: list[dict]) -> Iterator[tuple[str, dict]]:
    """``(short name, mention)`` for each linked body named with its state's adjective last: the name
    without the adjective."""
    # Only a linked body is folded: most mentions are persons and places.
    for m in mentions:
        if m["type"] != "ORG" or m["actor_id"] is None:
            continue
        words = fold(m["surface"]).split()
        if len(words) >= _MIN_BODY_WORDS and words[-1].startswith("ال") and words[-1][2:] in _state_adjectives():
            yield " ".join(words[:-1]), m


def _named_for_another_state(folded: str, key: str, full: dict) -> bool:
    """Whether the article also gives the short name ``key`` with another state's adjective than ``full``
    («البنك المركزي المصري» beside «البنك المركزي الروسي»), a body the readers need not have read as one.

    >>> full = {"surface": "البنك المركزي الروسي"}
    >>> _named_for_another_state("قرر البنك المركزي المصري", "بنك المركزي", full)
    True
    >>> _named_for_another_state("قرر البنك المركزي الروسي ثم البنك المركزي الذي", "بنك المركزي", full)
    False
    """
    own = fold(full["surface"]).split()[-1]
    return any(match.group(1) in _state_adjectives() and "ال" + match.group(1) != own
               for match in re.finditer(re.escape(key) + r" +ال(\w+)", folded))


def _stands_alone(folded: str, pos: int, end: int, read: bool = False) -> bool:
    """Whether the folded words at ``pos:end`` are whole words after proclitics only (ووزارة, لوزارة), or
    also after the article where a reader ``read`` them as a name (والبنك المركزي: a definite head alone is
    mostly a common noun), not opening a bracket (a gloss of the name before it: «بنك الاحتياطي الأسترالي
    (البنك المركزي)»), and no word with the article follows them.

    >>> _stands_alone("وقال البنك المركزي ان", 7, 18, read=True), _stands_alone("وقال البنك المركزي ان", 7, 18)
    (True, False)
    >>> _stands_alone("وقال البنك المركزي الاوروبي", 7, 18, read=True), _stands_alone("الاسترالي (البنك المركزي)", 13, 24, read=True)
    (False, False)
    """
    word_start = start_of_word(folded, pos)
    prefix = folded[word_start:pos]
    clitics = prefix[:-2] if read and prefix.endswith("ال") else prefix
    if (clitics not in PROCLITICS or end < len(folded) and folded[end].isalpha()
            or folded[:word_start].rstrip().endswith("(")):
        return False
    return _QUALIFIER_NEXT.match(folded, end) is None


# Head nouns of a club or an outlet whose short name is an ordinary word (نادي الأهلي, صحيفة الوطن): once the
# article names the body with one, the bare word later in it is the same body.
_BODY_NAME_HEADS = frozenset(p + fold(w) for w in "نادي فريق صحيفة جريدة مجلة".split() for p in PROCLITICS)


def link_headed_short_names(doc: Document, mentions: list[dict]) -> list[dict]:
    """Later bare mentions of a club or an outlet first named after its head noun («نادي الأهلي» ... «وتقدم
    الأهلي», «صحيفة الوطن» ... «وقالت الوطن»), linked to the same actor, as a person's later family name is.
    The bare word counts only with the article, outside every other mention, not as a place (في الرياض,
    بالرياض), not as an adjective of the noun before it (المجلس الوطني) and not before a word with the
    article (الوطن العربي, الحياة السياسية).

    >>> doc = Document("a", "أعلن نادي الأهلي ... وتقدم الأهلي بهدف، وفي الوطن العربي")
    >>> full = record(doc, 12, 16, "ORG", "al_ahli_saudi", "Al-Ahli", "الأهلي", "alias", "catalogue", 0.9)
    >>> [(r["surface"], r["actor_id"], r["via"]) for r in link_headed_short_names(doc, [full])]
    [('أهلي', 'al_ahli_saudi', 'partial')]
    """
    folded = doc.normalized.text
    shorts = _one_actor_seeds(_headed_seeds(doc, mentions))
    return _new_links(doc, ((full, start, stop, held) for _, full, pos, end, start, stop, held
                            in _later_finds(doc, mentions, shorts, relink=True) if bare_body_name(folded, pos, end)))


def _headed_seeds(doc: Document, mentions: list[dict]) -> Iterator[tuple[str, dict]]:
    """``(short name, mention)`` for each linked one-word body whose article follows a head noun."""
    folded = doc.normalized.text
    for m in mentions:
        if m["type"] == "ORG" and m["actor_id"] is not None and " " not in m["surface"].strip():
            article = bisect_left(doc.normalized.index, m["start"]) - 2  # the span leaves the article out
            if folded.startswith("ال", article) and _BODY_NAME_HEADS.intersection(previous_words(folded, article, 1)):
                yield name_word(fold(m["surface"])), m


# Words before a club's or an outlet's short name that make it part of another name (كأس الاتحاد: the cup).
_NAME_OWNERS = frozenset(p + fold("كأس") for p in PROCLITICS)
# A ل-complement after the short name carries it into a longer name (مؤسسة الجزيرة للصحافة).
_COMPLEMENT_NEXT = re.compile(r" *لل")


def bare_body_name(folded: str, pos: int, end: int, article: bool = True) -> bool:
    """Whether the find at ``pos:end`` is a whole word after proclitics only (with the article, or
    without it when ``article`` is False: هجر) that reads as a name there: not a place, not an adjective
    of the noun before it, not after «كأس», no word with the article or a ل-complement after it.

    >>> bare_body_name("وقال مدرب الاتحاد بعد", 12, 17), bare_body_name("لاعبي الاتحاد السعودي", 8, 13)
    (True, False)
    >>> bare_body_name("امام هجر", 5, 8, article=False), bare_body_name("ونال كاس الاتحاد", 11, 16)
    (True, False)
    """
    word_start = start_of_word(folded, pos)
    prefix = folded[word_start:pos]
    clitics = prefix if not article else prefix[:-2] if prefix.endswith("ال") else None
    if clitics not in PROCLITICS or end < len(folded) and folded[end].isalpha():
        return False
    before = previous_words(folded, word_start)
    return not (is_place_context(before, prefix) or adjectival_position(before, True)
                or before and before[-1] in _NAME_OWNERS
                or _QUALIFIER_NEXT.match(folded, end) or _COMPLEMENT_NEXT.match(folded, end))


# Words after which the rest of a name is someone else's (محمد بن | سلمان: the father) or
# half of a compound (عبد | الله).
_ANCESTRY = frozenset(fold(w) for w in "بن ابن بنت عبد أبو ابو أبي ابي".split())
# Titles that may stand between «ابن» and the father's name (يعقوب ابن الملا عمر, محمد بن الشيخ
# علي), in both the folded form and the form without the article that partial names are compared in.
_TITLES_AFTER_ANCESTRY = frozenset(w for t in (*HONORIFICS, fold("الملا")) for w in (t, t[2:]))


def own_name_tail(words: tuple[str, ...], k: int) -> bool:
    """Whether the last ``k`` of a name's folded words can name its bearer alone: not when they
    follow «بن» (the father's name, «نايف بن عبدالعزيز» in «محمد بن نايف بن عبدالعزيز») or «عبد».

    >>> own_name_tail(("فهد", "عتيبي"), 1), own_name_tail(("احمد", "بن", "عبد", "الله"), 1)
    (True, False)
    >>> own_name_tail(("محمد", "بن", "نايف", "بن", "عبدالعزيز"), 3)
    False
    >>> own_name_tail(("يعقوب", "ابن", "ملا", "عمر"), 1), own_name_tail(("ميخائيل", "بوغدانوف"), 1)
    (False, True)
    """
    i = len(words) - k - 1
    while i > 0 and words[i] in _TITLES_AFTER_ANCESTRY:  # a title after «ابن» is the father's
        i -= 1
    return i < 0 or words[i] not in _ANCESTRY


def name_word(word: str) -> str:
    """A folded word of a name without its article, the form partial names are compared in.

    >>> name_word("العتيبي"), name_word("الله"), name_word("كارتر")
    ('عتيبي', 'الله', 'كارتر')
    """
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _reads_as(word: str, key: str) -> bool:
    """Whether ``word`` is ``key`` after proclitics and the article (كارتر is not ك + ارتر here)."""
    return word == key or any(stem == key for _, stem in candidate_splits(word))


def occupancy(spans: list[tuple[int, int]], length: int) -> bytearray:
    """A byte per character of the text, 1 where one of ``spans`` covers it (overlap tests in O(span)).

    >>> occupancy([(1, 3)], 5)
    bytearray(b'\\x00\\x01\\x01\\x00\\x00')
    """
    taken = bytearray(length)
    for start, end in spans:
        taken[start:end] = b"\x01" * (end - start)
    return taken


@lru_cache(maxsize=2)
def catalogue_named(typ: str) -> dict[str, tuple[str, str, str]]:
    """Folded name (without the article) -> (actor_id, name_en, name_ar) of the shipped catalogue's
    places (``typ`` GPE: states and places, stoplisted forms included; after a place head they are
    names: مشهد is also "scene") or organisations (ORG: a quoted name after its head noun, قناة
    «الجزيرة», is the catalogue's)."""
    catalogue = load_catalogue()
    types = ("GPE", "LOC") if typ == "GPE" else (typ,)
    named = catalogue[catalogue["type"].isin(types) & (catalogue["via"] != "nationality")]
    return {alias_key(alias)[0]: (aid, en, ar) for aid, alias, en, ar
            in named[["actor_id", "alias", "name_en", "name_ar"]].itertuples(index=False)}
