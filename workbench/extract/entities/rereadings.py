"""Catalogue readings that the rest of the article overturns.

A catalogue hit is resolved from the words right around it (:mod:`.context`);
these rules look further, at the other mentions of the article:

- a place, state or person named inside the name of an event, a programme or
  a prize is no mention (كأس آسيا, برنامج خادم الحرمين الشريفين للابتعاث,
  مهرجان أبها), nor a city inside an agreement's name (إعلان القاهرة), as the
  gold rules leave event names out; a capital after «إعلان» that announces («إعلان المنامة أنها
  ضبطت», «إعلان موسكو عن») is its state, as a capital that acts elsewhere;
- a king's title is no mention of him when another person's name follows it
  (خادم الحرمين الشريفين الملك عبدالله: the name is the mention) or when it
  only qualifies an ambassador (سفير خادم الحرمين الشريفين);
- «عمان» is Amman, not Oman, when written with shadda (عمّان), after «الأردنية»,
  or in an article about Jordan that names Oman in no other way;
- a ministry or other body the catalogue reads as Saudi when named bare
  (وزارة الداخلية), in an article that names no Saudi actor (:func:`reread_foreign_bodies`, asked
  last, once the names outside the catalogue are linked), belongs to the one
  other state a sentence names around it (the Egyptian interior ministry in an
  Egyptian story; a state named as where a meeting was held, «المنعقد في الدوحة», is
  no such state): it gets the id of that
  state's institution (``egypt_interior_ministry``, as «وزارة الداخلية
  المصرية» spelt out would), and so do its later bare mentions;
- a catalogue person whose name starts with the Mauritanian «ولد» (son of) is no mention when a given
  name follows that does not go on with his catalogue name: «ولد» is then the verb "was born" («ولد
  الشيخ عز الدين القسام في جبلة» is no mention of the envoy Ould Cheikh Ahmed);
- a capital right after a state's mission abroad, with the mission's seat after it, names its
  government (سفارة هافانا بواشنطن -> Cuba), also where the catalogue reads that capital as a city
  elsewhere; without a seat it may name the post (العمل في سفارة بيروت) and stays the city.

>>> from workbench.text import Document
>>> from workbench.extract.entities.lookup import catalogue_mentions
>>> from workbench.extract.entities.matcher import matcher_for
>>> doc = Document("a", "وصل الوزير إلى الأردن ثم إلى عمان. وأيد إعلان القاهرة.")
>>> found, rejected = catalogue_mentions(doc, matcher_for())
>>> dropped = reread_in_article(doc, found, matcher_for())
>>> [(r["surface"], r["actor_id"]) for r in found], [doc.text[s:e] for s, e in dropped]
([('أردن', 'jordan'), ('عمان', 'amman')], ['قاهرة'])
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.context import bare, words_before_mention
from workbench.extract.entities.datelines import capital_cities
from workbench.extract.entities.lookup import CLUB_CONFIDENCE, INSTITUTION_NOUNS, foreign_institution_id
from workbench.extract.entities.matcher import Matcher
from workbench.extract.entities.names import PATRONYMS, common_words, given_names, quoted_tokens, start_words, word_tokens
from workbench.text import Document, fold

__all__ = ["reread_in_article", "reread_foreign_bodies", "reread_cairo_ahly", "NOUN_FORMS"]

SAUDI = "saudi_arabia"
# Nouns whose next word names an event, a programme or a prize, not an actor (كأس ألمانيا).
EVENT_NOUNS = frozenset(fold(w) for w in "مهرجان مهرجانات برنامج كأس بطولة دوري جائزة مسابقة".split())
# Nouns that a city's name after them turns into an agreement's name (إعلان القاهرة, اتفاقية فيينا);
# a state after them acts (إعلان دولة الإمارات عن توجهها).
DOCUMENT_NOUNS = frozenset(fold(w) for w in "إعلان اتفاق اتفاقية معاهدة ميثاق".split())
# «إعلان» + a capital + what it announces is the capital's state announcing («إعلان المنامة أنها ضبطت»,
# «إعلان موسكو عن عقيدة»): «عن», or «أنّ» with a pronoun (the subject of the report), maybe after «أمس» or
# «اليوم». A bare «أن» may open a declaration's content («إعلان القاهرة أن تكون المملكة ومصر محوراً»).
_DECLARATION = fold("إعلان")
_ANNOUNCED = re.compile(r"\s+(?:(?:أمس|اليوم)\s+)?(?:عن|ب?[أإا]ن(?:ه|ها|هم|هما))(?!\w)")
# Words before a king's title that make it part of an envoy's title (سفير خادم الحرمين الشريفين).
ENVOY_NOUNS = frozenset(fold(w) for w in "سفير سفيرة سفراء سفارة قنصل قنصلية ملحق ملحقية مندوب ممثل".split())
# A state's missions abroad: a capital in construct after them, the seat after it, is its government
# (سفارة هافانا بواشنطن).
MISSION_NOUNS = frozenset(fold(w) for w in "سفارة قنصلية ملحقية".split())
# What stands between such a capital and the seat's name («في لندن», «لدى الرياض», «بواشنطن»).
_TO_SEAT = re.compile(r"\s+(?:(?:في|لدى)\s+|ب)(?:ال)?")
# Titles the catalogue gives the reigning king, which another king's name may follow.
KING_TITLES = frozenset(fold(w) for w in ("خادم الحرمين الشريفين", "خادم الحرمين"))
# The nouns bare and after the clitics they take before a name (بمهرجان, لبرنامج, وإعلان).
NOUN_FORMS = frozenset(c + w for w in EVENT_NOUNS | DOCUMENT_NOUNS | ENVOY_NOUNS for c in ("", "و", "ف", "ب", "ل", "وب", "ول"))
# What may stand between a king's title and the name after it (خادم الحرمين الشريفين الملك عبدالله).
_BETWEEN_TITLE_AND_NAME = frozenset(("", "ال", "الملك", "الامير"))
# First words of the bodies every state has under the same name (its cabinet, its royal court),
# which a sentence about another state gives to that state even in a story that names Saudi actors.
GOVERNMENT_BODIES = frozenset(fold(w) for w in "مجلس ديوان".split())
# Words that tell where a meeting or a conference was held: a place after them and «في» is its venue
# («مؤتمر الاتحاد البريدي المنعقد في الدوحة»), not the state whose bodies the sentence speaks of.
VENUE_WORDS = frozenset(fold(w) for w in "المنعقد المنعقدة انعقد انعقدت عقد عقدت يعقد تعقد سيعقد ستعقد".split())
_IN = fold("في")
# A state's title before its name («في دولة قطر»), skipped when reading the words before the name, and
# the title with «ب», which stands for «في» («في الدوحة بدولة قطر»).
_STATE_TITLES = frozenset(fold(w) for w in "دولة سلطنة مملكة جمهورية".split())
_IN_TITLES = frozenset("ب" + w for w in _STATE_TITLES)
# Capitals whose name is also a common word (سيول "floods", أمان "safety": أمن وأمان, صمام أمان), each
# with the states whose mention, or the stem of whose adjective, makes the article about them;
# elsewhere the capital counts only when it acts (وقالت سيول, سيول دعت).
WORD_CAPITALS = {fold("سيول"): (frozenset({"south_korea", "north_korea"}), fold("كوري")),
                 fold("أمان"): (frozenset({"jordan"}), fold("أردن"))}
# Verbs of a state's government acting or speaking, right before or after a capital that names it.
ACTING_VERBS = frozenset(fold(w) for w in """قالت أعلنت دعت طلبت أكدت حذرت رفضت اتهمت ردت نفت
    أبلغت هددت طالبت أدانت رحبت اقترحت وافقت""".split())
# Conjunctions that, opening the word after a person's short form, join another person to it (وسلمان).
_CONJUNCTIONS = ("و", "ف")
# The one or two words right after a name, past one space (no punctuation between).
_NEXT_WORDS = re.compile(r" ([^\W\d_]+)(?: ([^\W\d_]+))?")
# «ولد» that opens a Mauritanian name (ولد الشيخ) is also the verb "was born"; «الدين» closes a compound
# given name whose first word is also a common word (عز الدين, نور الدين).
_BORN = fold("ولد") + " "
_FAITH = fold("الدين")
OMAN, AMMAN, JORDAN = "oman", "amman", "jordan"
# «الاتحاد الأوروبي» of a story that names a football confederation is UEFA (رئيس الاتحاد الأوروبي
# ميشيل بلاتيني in a FIFA story), not the European Union.
EUROPEAN_UNION, UEFA = "european_union", "uefa"
FOOTBALL_BODIES = frozenset({"fifa", UEFA, "asian_football_confederation"})
_AMMAN_AR = "عمّان"
# «الأهلي» of a story that names «الزمالك» is Cairo's Ahly (their derby, the Egyptian league), not the
# Jeddah club the bare form reads as; a story that says «الأهلي السعودي» tells the two apart itself.
SAUDI_AHLI, CAIRO_AHLY, ZAMALEK = "al_ahli_saudi", "al_ahly_egypt", "al_zamalek"
_SAUDI_ADJECTIVE = fold("السعودي")
# The bare name the Saudi press, and another kingdom's, gives its own state («المملكة»; the
# mention's surface leaves the article out), and its first person plural («مملكتنا»).
_BARE_KINGDOM = fold("مملكة")
_BARE_KINGDOMS = frozenset((_BARE_KINGDOM, fold("مملكتنا")))
_JORDANIAN = fold("أردنية")


def reread_in_article(doc: Document, found: list[dict], matcher: Matcher,
                      candidates: list[int] | None = None) -> list[tuple[int, int]]:
    """Re-read the catalogue mentions ``found`` (changed in place) in the light of the whole
    article; return the spans of those dropped, which no other source may claim. ``candidates``:
    token indices that include those of the nouns of :data:`NOUN_FORMS` (the pass shared with the
    name patterns, :func:`~.heads.pattern_tokens`); found here when None."""
    after = _after_nouns(doc, candidates)
    keep: list[dict] = []
    dropped: list[tuple[int, int]] = []
    # A word capital's folded form is in the folded text whenever a mention spells it (fold maps
    # letter by letter): most articles have none and fold no surface.
    if any(word in doc.normalized.text for word in WORD_CAPITALS):
        words = [m for m in found if m["method"] == "catalogue" and fold(m["surface"]) in WORD_CAPITALS
                 and not _capital_reading(doc, found, m, matcher)]
        if words:
            dropped += [(m["start"], m["end"]) for m in words]
            found[:] = [m for m in found if m not in words]
    _reread_continued_names(doc, found, matcher)
    _reread_births(doc, found, matcher)
    for i, m in enumerate(found):
        if m["method"] == "catalogue" and m["via"] != "nationality":
            head = after.get(m["start"], "")
            if head == _DECLARATION and _as_announcing_state(doc.text, m, matcher):
                keep.append(m)
                continue
            if (head in EVENT_NOUNS or (head in DOCUMENT_NOUNS and _is_city(m, matcher))
                    or _title_of_another(doc.text, found, i, head)):
                dropped.append((m["start"], m["end"]))
                continue
            if head in MISSION_NOUNS:
                _as_missions_state(doc.text, found, i, matcher)
        keep.append(m)
    found[:] = keep
    _reread_amman(doc, found)
    _reread_football_union(found, matcher)
    return dropped


def _as_missions_state(text: str, found: list[dict], i: int, matcher: Matcher) -> None:
    """Relink, in place, capital ``found[i]`` read as its city to the state whose mission it names,
    where the mission's seat, a place, follows it."""
    mention = found[i]
    state = _capital_states().get(mention["actor_id"])
    seat = found[i + 1] if i + 1 < len(found) else None
    if (state is not None and seat is not None and seat["type"] in ("GPE", "LOC")
            and _TO_SEAT.fullmatch(text, mention["end"], seat["start"])):
        _relink(mention, state, matcher)


def _as_announcing_state(text: str, mention: dict, matcher: Matcher) -> bool:
    """Relink, in place, a capital after «إعلان» to its state where what it announces follows
    (:data:`_ANNOUNCED`) and the catalogue reads that capital as its state elsewhere (a «capital»
    alias: «بروكسل» has none); whether it did."""
    if not _ANNOUNCED.match(text, mention["end"]):
        return False
    word = text[text.rfind(" ", 0, mention["start"]) + 1:mention["end"]]  # with its article: «المنامة»
    state = next((e.actor_id for hit in matcher.find(fold(word)) for e in hit.entries if e.via == "capital"), None)
    if state is None:
        return False
    _relink(mention, state, matcher)
    return True


def _relink(mention: dict, state: str, matcher: Matcher) -> None:
    """Give ``mention`` (a capital) its state's id, as the capital standing for its government."""
    name_en, name_ar = matcher.names[state]
    mention.update(actor_id=state, actor=name_en, actor_ar=name_ar, type="GPE", via="capital")


@lru_cache(maxsize=1)
def _capital_states() -> dict[str, str]:
    """Capital city id -> its state's id, from the shipped catalogue."""
    return {city[0]: state for state, city in capital_cities().items()}


def _after_nouns(doc: Document, candidates: list[int] | None = None) -> dict[int, str]:
    """Original offsets where a mention right after an event, agreement or envoy noun may start
    (the next word, past its clitics and article), each with that noun without its clitics;
    the nouns are found in one pass over the text, and after opening quote marks («"إعلان القاهرة"»),
    which that pass skips.

    >>> after = _after_nouns(Document("a", "أيد وإعلان القاهرة، ثم كأس آسيا و«إعلان جدة»"))
    >>> after[13], after[27], 20 in after, after[40]
    ('اعلان', 'كاس', False, 'اعلان')
    """
    tokens = doc.tokens
    out: dict[int, str] = {}
    nouns = (word_tokens(doc, NOUN_FORMS) if candidates is None
             else [i for i in candidates if tokens[i].norm in NOUN_FORMS]) + quoted_tokens(doc, NOUN_FORMS)
    for i in nouns:
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if nxt is not None and nxt.kind == "word":
            noun = bare(tokens[i].norm)
            for start in range(nxt.start, min(nxt.start + 4, nxt.end)):
                out[start] = noun
    return out


def _capital_reading(doc: Document, found: list[dict], mention: dict, matcher: Matcher) -> bool:
    """Whether a capital that is also a common word (:data:`WORD_CAPITALS`) names the capital:
    its states are named in the article, or it acts (a verb of speech or action right beside it).

    >>> from workbench.extract.entities.lookup import catalogue_mentions
    >>> from workbench.extract.entities.matcher import matcher_for
    >>> doc = Document("a", "اجتاحت سيول جارفة القرى، وقالت سيول إنها سترد")
    >>> found, _ = catalogue_mentions(doc, matcher_for())
    >>> [_capital_reading(doc, found, m, matcher_for()) for m in found]
    [False, True]
    """
    states, stem = WORD_CAPITALS[fold(mention["surface"])]
    if any(m["actor_id"] in states or matcher.countries.get(m["actor_id"]) in states
           for m in found if fold(m["surface"]) not in WORD_CAPITALS) or stem in doc.normalized.text:
        return True
    before = fold(doc.text[max(0, mention["start"] - 30):mention["start"]]).split()
    after = fold(doc.text[mention["end"]:mention["end"] + 30]).split()
    return any(bare(w) in ACTING_VERBS or w in ACTING_VERBS for w in (before[-1:] + after[:1]))


def _reread_continued_names(doc: Document, found: list[dict], matcher: Matcher) -> None:
    """Drop a person's catalogue form that starts the catalogue name (a short form) when the text
    continues it with another name word (خالد بن أحمد بصفر is not خالد بن أحمد آل خليفة), unless the
    words after it continue the catalogue name itself (خالد بن أحمد الخليفة), and any catalogue person
    right after «بن» (سلطان بن فيصل بن مشعل is the son of فيصل بن مشعل); the name patterns may then
    take the whole name.

    >>> from workbench.extract.entities.lookup import catalogue_mentions
    >>> from workbench.extract.entities.matcher import matcher_for
    >>> doc = Document("a", "وأوضح المهندس خالد بن أحمد بصفر أن. وقال خالد بن أحمد إن")
    >>> found, _ = catalogue_mentions(doc, matcher_for())
    >>> _reread_continued_names(doc, found, matcher_for())
    >>> [(r["start"], r["actor_id"]) for r in found]
    [(41, 'khalid_bin_ahmed_al_khalifa')]
    """
    drop = []
    for m in found:
        if m["type"] == "PER" and m["method"] == "catalogue" and _after_patronym(doc.text, m["start"]):
            drop.append(m)  # سلطان بن فيصل بن مشعل: the catalogue person is the father, the son is named
            continue
        if m["type"] != "PER" or m["via"] != "alias" or m["method"] != "catalogue" or " " not in m["surface"]:
            continue
        words = _NEXT_WORDS.match(fold(doc.text[m["end"]:m["end"] + 40]))
        if (words is None or words[1] in PATRONYMS or words[1] in common_words()
                or words[1].startswith(_CONJUNCTIONS)):
            continue  # the name ends here, a forefather's name (بن عبدالعزيز) or another person (وسلمان) follows
        full = "".join(fold(matcher.names[m["actor_id"]][1]).split())
        said = "".join(fold(m["surface"]).split())
        if not full.startswith(said) or full == said:
            continue  # only a short form of the catalogue name tells how the name goes on
        rest = full[len(said):]
        if rest.startswith(words[1]) or (words[1] + (words[2] or "")).startswith(rest):
            continue  # the catalogue name itself goes on, spaced or spelt otherwise (آل خليفة, الخليفة)
        drop.append(m)
    if drop:
        found[:] = [m for m in found if m not in drop]


def _reread_births(doc: Document, found: list[dict], matcher: Matcher) -> None:
    """Drop a catalogue person whose mention opens with «ولد» when a given name, or a compound one ending in
    «الدين», follows that does not go on with his catalogue name: «ولد» is the verb (he was born) and the
    name another man's.

    >>> from workbench.extract.entities.lookup import catalogue_mentions
    >>> from workbench.extract.entities.matcher import matcher_for
    >>> doc = Document("a", "ولد الشيخ عز الدين القسام في جبلة. وقال ولد الشيخ أحمد إن ولد الشيخ يعرض أفكارا")
    >>> found, _ = catalogue_mentions(doc, matcher_for())
    >>> _reread_births(doc, found, matcher_for())
    >>> [(r["start"], r["actor_id"]) for r in found]
    [(40, 'ismail_ould_cheikh_ahmed'), (58, 'ismail_ould_cheikh_ahmed')]
    """
    drop = []
    for m in found:
        if m["type"] != "PER" or m["method"] != "catalogue" or not fold(m["surface"]).startswith(_BORN):
            continue
        words = _NEXT_WORDS.match(fold(doc.text[m["end"]:m["end"] + 40]))
        if words is None or words[1] in fold(matcher.names[m["actor_id"]][1]).split():
            continue  # punctuation ends the name, or the catalogue name goes on (ولد الشيخ أحمد)
        if words[1] in start_words(given_names()) or words[2] == _FAITH:
            drop.append(m)
    if drop:
        found[:] = [m for m in found if m not in drop]


def _after_patronym(text: str, start: int) -> bool:
    """Whether «بن», «ابن» or «بنت» after a name word stands right before ``start``: the name
    there is a forefather's in a longer name.

    >>> _after_patronym("الأمير سلطان بن فيصل بن مشعل", 16), _after_patronym("قال بن فيصل", 7)
    (True, False)
    """
    words = fold(text[max(0, start - 40):start]).split()
    return len(words) >= 2 and words[-1] in PATRONYMS and words[-2] not in common_words()


def _is_city(mention: dict, matcher: Matcher) -> bool:
    """Whether a mention names a city or region of a state rather than the state itself."""
    country = matcher.countries.get(mention["actor_id"])
    return mention["type"] in ("GPE", "LOC") and country is not None and country != mention["actor_id"]


def _title_of_another(text: str, found: list[dict], i: int, head: str) -> bool:
    """Whether mention ``i`` is a king's title that an envoy's title holds (``head`` is the
    word before it without clitics) or another person's name follows."""
    m = found[i]
    if m["type"] != "PER" or fold(m["surface"]) not in KING_TITLES:
        return False
    if head in ENVOY_NOUNS:
        return True
    nxt = found[i + 1] if i + 1 < len(found) else None
    return (nxt is not None and nxt["type"] == "PER" and nxt["actor_id"] != m["actor_id"]
            and fold(text[m["end"]:nxt["start"]]).strip() in _BETWEEN_TITLE_AND_NAME)


def _reread_amman(doc: Document, found: list[dict]) -> None:
    omans = [m for m in found if m["actor_id"] == OMAN and m["via"] == "name"]
    if not omans:
        return
    jordanian = any(m["actor_id"] == JORDAN for m in found)
    other_oman = any(m["actor_id"] == OMAN and m["via"] != "name" for m in found)
    for m in omans:
        if ("\u0651" in m["surface"] or _after_jordanian(doc.text, m["start"])
                or (jordanian and not other_oman)):
            m.update(actor_id=AMMAN, actor="Amman", actor_ar=_AMMAN_AR, type="GPE")


def _reread_football_union(found: list[dict], matcher: Matcher) -> None:
    """«الاتحاد الأوروبي» is UEFA in an article that names a football confederation (in place).

    >>> from workbench.extract.entities.matcher import matcher_for
    >>> found = [{"actor_id": "fifa"}, {"actor_id": "european_union"}]
    >>> _reread_football_union(found, matcher_for())
    >>> found[1]["actor_id"], found[1]["actor"]
    ('uefa', 'UEFA')
    """
    unions = [m for m in found if m["actor_id"] == EUROPEAN_UNION]
    if unions and any(m["actor_id"] in FOOTBALL_BODIES for m in found):
        name_en, name_ar = matcher.names[UEFA]
        for m in unions:
            m.update(actor_id=UEFA, actor=name_en, actor_ar=name_ar)


def reread_cairo_ahly(found: list[dict], matcher: Matcher) -> None:
    """«الأهلي» linked to the Saudi club is Cairo's Ahly in an article that names «الزمالك» and never
    «الأهلي السعودي» (in place); run after the later-mention links, which copy the Saudi id.

    >>> from workbench.extract.entities.matcher import matcher_for
    >>> found = [{"actor_id": "al_zamalek", "surface": "زمالك"}, {"actor_id": "al_ahli_saudi", "surface": "أهلي"}]
    >>> reread_cairo_ahly(found, matcher_for())
    >>> found[1]["actor_id"]
    'al_ahly_egypt'
    """
    ahlis = [m for m in found if m["actor_id"] == SAUDI_AHLI]
    if not ahlis or not any(m["actor_id"] == ZAMALEK for m in found):
        return
    if any(_SAUDI_ADJECTIVE in fold(m["surface"]) for m in ahlis):
        return
    name_en, name_ar = matcher.names[CAIRO_AHLY]
    for m in ahlis:
        m.update(actor_id=CAIRO_AHLY, actor=name_en, actor_ar=name_ar)


def _after_jordanian(text: str, start: int) -> bool:
    """Whether the word before the one at original offset ``start`` is «الأردنية» (العاصمة
    الأردنية عمان); read in the original text, only for a rare hit.

    >>> _after_jordanian("العاصمة الأردنية عمان", 17), _after_jordanian("في عمان", 3)
    (True, False)
    """
    before = words_before_mention(text, start, 1)
    return bool(before) and before[-1].endswith(_JORDANIAN)


def reread_foreign_bodies(doc: Document, found: list[dict], matcher: Matcher) -> None:
    """A bare «المملكة», ministry or other body the catalogue reads as Saudi, in a story of another
    state, belongs to that state (in place): by the sentence's one other state, or, in a sentence that
    names none, by the story's state (:func:`_story_state`); a bare «المملكة» only when that state is
    a kingdom (:func:`_kingdoms`). A place named as a meeting's venue (:func:`_is_venue`) counts for
    neither: the Saudi cabinet approving a conference held in Doha speaks of its own bodies. Asked once
    the names outside the catalogue are linked, so that a Saudi person the catalogue gives by a fuller
    name («د. عبدالله بن عبدالعزيز الربيعة» -> its adviser at the royal court) marks his sentence as
    Saudi."""
    saudi_bodies, bare_kingdoms = [], []
    saudi_sentences: set[int] = set()  # sentences that name a Saudi actor other than a bare body
    for m in found:
        if matcher.countries.get(m["actor_id"]) != SAUDI:
            continue
        if m["actor_id"] == SAUDI and fold(m["surface"]) in _BARE_KINGDOMS:
            bare_kingdoms.append(m)
        elif (m["via"] not in ("name", "alias") or m["actor_id"] == SAUDI
                or fold(m["surface"]).split(" ", 1)[0] not in INSTITUTION_NOUNS):
            saudi_sentences.add(m["sentence_id"])
        else:
            saudi_bodies.append(m)
    if not saudi_bodies and not bare_kingdoms:
        return  # nothing to reread: most articles, spared the count of their states
    states: dict[int, set[str]] = {}
    named: dict[str, int] = {}  # state -> how many place mentions name it in the article
    kingdom_ids = {id(m) for m in bare_kingdoms}
    for m in found:
        if m["type"] in ("GPE", "LOC") and m["actor_id"] is not None and id(m) not in kingdom_ids:
            country = matcher.countries.get(m["actor_id"])
            if country is not None and not _is_venue(doc.text, m["start"]):
                states.setdefault(m["sentence_id"], set()).add(country)
                named[country] = named.get(country, 0) + 1
    story = None if saudi_sentences else _story_state(named)
    if bare_kingdoms and story in _kingdoms():
        name_en, name_ar = matcher.names[story]
        for m in bare_kingdoms:
            m.update(actor_id=story, actor=name_en, actor_ar=name_ar)
    elif bare_kingdoms:
        # A bare «المملكة» of the Saudi press is Saudi Arabia: its story is a Saudi one.
        saudi_sentences.update(m["sentence_id"] for m in bare_kingdoms)
        story = None
    if saudi_sentences:
        # A Saudi actor in the story: a bare body may well be the Saudi one, except a state's
        # cabinet or court in a sentence that names another state and no Saudi actor (رئيس مجلس
        # الوزراء خالد بحاح beside «اليمني»).
        saudi_bodies = [m for m in saudi_bodies if m["sentence_id"] not in saudi_sentences
                        and fold(m["surface"]).split(" ", 1)[0] in GOVERNMENT_BODIES]
    if not saudi_bodies:
        return
    adjectives = _feminine_adjectives()
    owner: dict[str, str] = {}  # a Saudi-read body -> the state it was found to belong to
    for m in saudi_bodies:
        around = states.get(m["sentence_id"], set())
        if len(around) == 1 and SAUDI not in around and next(iter(around)) in adjectives:
            owner[m["actor_id"]] = next(iter(around))
        elif not around and story in adjectives:
            owner[m["actor_id"]] = story
        elif SAUDI in around or saudi_sentences:
            owner.pop(m["actor_id"], None)  # in a Saudi story the reading holds for its sentence only
        state = owner.get(m["actor_id"])
        if state is not None:
            name = f"{m['surface']} ال{adjectives[state]}"
            m.update(actor_id=foreign_institution_id(m["actor_id"], SAUDI, state, name), actor=None, actor_ar=name,
                     via="pattern", method="pattern", confidence=CLUB_CONFIDENCE)


def _is_venue(text: str, start: int) -> bool:
    """True when the place at ``start`` is where a meeting was held: «في» right before it (past a
    state's title; or «ب» on the place or its title), and before that a venue word, or a venue word, a
    first place and «في» again («المنعقد في الدوحة بدولة قطر»).

    >>> text = "مؤتمر الاتحاد البريدي المنعقد في الدوحة بدولة قطر"
    >>> _is_venue(text, text.index("دوحة")), _is_venue(text, text.index("قطر"))
    (True, True)
    >>> _is_venue("المنعقد في الدوحة في دولة قطر", 25), _is_venue("الاجتماع الذي عقد بالرياض", 21)
    (True, True)
    >>> _is_venue("وقال وزير الخارجية في قطر", 22), _is_venue("وعقد الوزير في قطر لقاء", 15)
    (False, False)
    """
    words = words_before_mention(text, start, 5)
    if fold(text[text.rfind(" ", 0, start) + 1:start]).startswith("ب"):
        words.append(_IN)  # the place's own «ب» (بالرياض)
    elif words and words[-1] in _STATE_TITLES:
        words.pop()
    elif words and words[-1] in _IN_TITLES:
        words[-1] = _IN
    if len(words) < 2 or words[-1] != _IN:
        return False
    return words[-2] in VENUE_WORDS or (len(words) >= 4 and words[-3] == _IN and words[-4] in VENUE_WORDS)


def _story_state(named: dict[str, int]) -> str | None:
    """The state other than Saudi Arabia that a story is about: named at least twice, and more often
    than all other states together (a Moroccan story naming Afghanistan once), else None.

    >>> _story_state({"morocco": 4, "afghanistan": 1}), _story_state({"morocco": 1})
    ('morocco', None)
    >>> _story_state({"morocco": 2, "saudi_arabia": 2}), _story_state({"egypt": 2, "libya": 2})
    (None, None)
    """
    if not named:
        return None
    top = max(named, key=named.get)
    count = named[top]
    if top == SAUDI or count < 2 or count <= sum(named.values()) - count:
        return None
    return top


@lru_cache(maxsize=1)
def _kingdoms() -> frozenset[str]:
    """States other than Saudi Arabia that the catalogue names a kingdom (المملكة المغربية, مملكة
    البحرين), whose own press, like the Saudi, calls its state «المملكة»."""
    cat = load_catalogue()
    states = cat[(cat["actor_id"] == cat["country"]) & (cat["actor_id"] != SAUDI)]
    firsts = states["alias"].map(lambda alias: fold(alias).split(" ", 1)[0])
    return frozenset(states.loc[firsts.isin({_BARE_KINGDOM, "ال" + _BARE_KINGDOM}), "actor_id"])


@lru_cache(maxsize=1)
def _feminine_adjectives() -> dict[str, str]:
    """Each state's feminine singular adjective as the catalogue spells it (مصرية), the form an
    institution's name takes (وزارة الداخلية المصرية)."""
    cat = load_catalogue()
    adjectives = cat[(cat["via"] == "nationality") & cat["alias"].str.endswith("ية")]
    shortest = adjectives.assign(n=adjectives["alias"].str.len()).sort_values("n").drop_duplicates("actor_id")
    return dict(zip(shortest["actor_id"], shortest["alias"]))
