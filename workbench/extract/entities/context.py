"""Context rules that choose one reading of a catalogue hit, or none.

Four ambiguities need the words around a hit:

- a capital stands for its state («وعلقت موسكو») unless it is a place: after a
  locative preposition or an event noun («في موسكو», «مفاوضات أستانا»), with
  the clitic ب («بموسكو»), or after «العاصمة»;
- a nationality adjective stands for the state only when it modifies an
  institution, force or official («القوات الأمريكية», «وزير الخارجية الروسي»,
  «الدبلوماسي الروسي») or the state's acts and affairs («العدوان الإسرائيلي»), not a private person, a company or a product («مبتعث
  سعودي», «شركة طيران إسبانية»);
- a capital or city right after a sports word is its club («لاعبي روما»);
- a form that is both a state's name and its feminine adjective («السعودية»,
  «سورية») is the name unless it follows a noun it can agree with;
- a person or a city right after a facility or institution noun in construct names that
  facility («مجمع الملك عبدالله», «شارع الشيخ محمد بن زايد», «مطار الرياض»), not the person or city.

>>> head_modified(["وزير", "الخارجيه"])
True
>>> head_modified(["مبتعث"]), head_modified(["شركه", "طيران"])
(False, False)
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.entities.compass import DIRECTIONS
from workbench.text import candidate_splits, fold

__all__ = ["previous_words", "before_quote", "words_before_mention", "head_modified", "in_title", "is_one_of", "is_place_context", "adjectival_position", "describes_persons", "persons_plural", "bare", "is_club_context",
           "names_a_facility", "names_a_street",
           "HONORIFICS", "LOCATIVE_PREPOSITIONS", "INSTITUTIONS_NAMED_AFTER_PERSON", "PLACES_NAMED_AFTER_PERSON", "NAMED_AFTER_PERSON",
           "COMPASS_WORDS"]



def _folded(words: list[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


# The proclitics a head noun or a name may carry (conjunction, preposition, both), the bare word first.
PROCLITICS = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل")

# Institutions, forces and officials a nationality adjective turns into the state (folded, no article),
# and the nation itself (الشعب اليمني: the gold rules' state).
HEADS = _folded(
    """شعب قوات جيش جنود قاعده قواعد خارجيه وزاره وزير وزيره وزراء رئيس رئاسه حكومه سلطات سلطه دوله نظام اداره
    دبلوماسي دبلوماسيون دبلوماسيين دبلوماسيه مسؤول مسؤولون مسؤولين مسوول مسوولين مسوولون سفير سفاره قنصليه وفد
    طيران طائره طائرات مقاتلات بحريه اسطول بوارج سفن غواصه صواريخ منظومه دفاع دفاعات اجهزه استخبارات مخابرات
    شرطه حرس امن برلمان مجلس كونغرس كونجرس جانب موقف حكومي رسميون رسميين متحدث ناطق مبعوث ملك عاهل امير ولي سلطان
    قياده قائد قاده ضباط ضابط عسكريون عسكريين خبراء مستشار مستشارين مندوب بعثه منتخب منتخبات
    سفارتين سفارتان حكومتين حكومتان جيشين جيشان ملفين ملفان مشهدين مشهدان""".split()
)


def _with_plurals(nouns: frozenset[str]) -> frozenset[str]:
    """Folded singular nouns with their sound feminine plurals (تدخل: تدخلات, مبادره: مبادرات), so
    that a list of a state's acts names each act once whatever its number.

    >>> sorted(_with_plurals(frozenset({"تدخل", "مبادره"})))
    ['تدخل', 'تدخلات', 'مبادرات', 'مبادره']
    """
    return nouns | {noun.removesuffix("ه") + "ات" for noun in nouns}


# A state's acts, affairs and stance: the gold rules take the adjective after them as the state too
# (العدوان الإسرائيلي, العقوبات الأمريكية, الوضع السوري, الساحة اللبنانية, الاقتصاد الصيني, الملف السوري,
# المشهد اليمني; their duals among HEADS: «المشهدين اليمني والسوري»), while
# its territory (الحدود السورية, الأراضي السورية) is a location adjective and stays out.
STATE_AFFAIRS = _with_plurals(_folded(
    """عدوان اعتداء عقوبه قضاء جهات ساحه وضع اوضاع شان اقتصاد سياسه تدخل احتلال قصف غاره
    ضربه غزو اجتياح توغل هجمه حصار انتهاك تصعيد قمع استيطان ملف مشهد""".split()
))
# A state's presence, role, decisions, support and moves: the adjective after them is the state too
# (the gold rules' "whatever noun it follows": الوجود الأمريكي, الهجوم الإيراني, الدور السعودي, القرار
# الأمريكي), and so after its relations, exports, operations, aid, measures and investments
# (العلاقات المصرية, الصادرات المصرية, عملية عسكرية تركية; صادرات in the plural only: «الصادرة بالألمانية»
# is a newspaper's edition). Kept out of STATE_AFFAIRS, which also names bodies (جمعية الاقتصاد السعودي,
# هيئة تنمية الصادرات السعودية) and bars a person after the adjective: these nouns are a player's or a
# person's too («جهود التركي أردا توران»).
STATE_MOVES = _with_plurals(_folded(
    """وجود تواجد هجوم دور قرار دعم تحرك مبادره مساعي جهود تهديد ضغوط نفوذ انسحاب
    رد ردود تصريح ممارسه مواقف علاقه عمليه مساعده اجراء استثمار صادرات""".split()
))
HEADS = HEADS | STATE_AFFAIRS | STATE_MOVES
# A state's programmes, files and deals: heads only through a relational adjective after them (the one
# construction read through such an adjective so far: after other heads it reads a sector or a body), as the gold
# rules read «البرنامج النووي الإيراني», «الملف النووي الإيراني», «الاتفاق النووي الإيراني» (Iran); bare,
# «الاتفاق» before a state's adjective is as often the club.
PROGRAMMES = _folded("برنامج ملف اتفاق".split())
# Adjectives of a people, a faith, a region or a language: no relation of the head's own but a second
# origin, so the state's adjective after them is not read through them («الأدب الفارسي الإيراني»).
_PEOPLES = _folded("عربي عربيه فارسي فارسيه كردي كرديه اسلامي اسلاميه خليجي خليجيه غربي غربيه شرقي شرقيه "
                   "اوروبي اوروبيه افريقي افريقيه اسيوي اسيويه شيعي شيعيه سني سنيه".split())
# A people or a state's affairs after a body's head make the body's name (حزب الشعب الهندي, مجلس الشعب
# المصري, جمعية الاقتصاد السعودي): the adjective is part of it.
# Right before a state's adjective they make it the state instead (مصلحة الشعب السوري: :mod:`.institutions`).
STATE_NOUNS = STATE_AFFAIRS | {fold("شعب")}
_BODIES_NAMED_AFTER = _folded("حزب مجلس جبهه حركه جمعيه هيئه لجنه مركز معهد كليه منتدي ملتقي".split())
# Heads of HEADS that name a person's office: a nationality adjective after them is part of the
# title (الرئيس المصري, السفير الروسي), no mention under the gold rules.
PERSON_TITLES = _folded(
    """وزير وزيره وزراء رئيس دبلوماسي دبلوماسيون دبلوماسيين مسؤول مسؤولون مسؤولين مسوول مسوولين مسوولون سفير
    رسميون رسميين متحدث ناطق مبعوث ملك عاهل امير ولي سلطان قائد قاده ضباط ضابط عسكريون عسكريين خبراء مستشار
    مستشارين مندوب نائب عضو امين""".split()
)
# Heads of a company, club, team or product: a nationality adjective after them, even through a
# head of HEADS («شركة طيران إسبانية»), gives the company's origin, not the state.
PRIVATE_HEADS = _folded("شركه شركات ناقله مصنع مصانع نادي اندية فريق ماركه علامه منتج منتجات مطعم فندق سلسله".split())
# Sports words after which a capital or city is its club («لاعبي روما», «لنادي روما»).
SPORT_WORDS = _folded(
    """لاعب لاعبي لاعبو لاعبين نادي فريق مباراه مباريات مدرب مدربي هداف جماهير مشجعي مشجعو مهاجم حارس
    قميص""".split()
)
# Words that may stand between the head and the adjective («القوات الجوية الروسية»).
MODIFIERS = _folded(
    """جويه جوي بحريه بحري بريه مسلحه خاصه عسكريه عسكري حربيه حربي خارجيه دفاع داخليه امن امنيه
    جوييه حكوميه رسميه رسمي نظاميه نظامي اعلى عليا""".split()
)
# Prepositions of where something is or goes to: a place name follows.
LOCATIVE_PREPOSITIONS = _folded("في الى الي من وفي ففي والى ومن داخل خارج قرب نحو حتى عبر".split())
# Before a capital these make it the city, not the state; verbs of leaving, reaching and visiting
# take the capital as their object in every person and in the future (غادرت البعثة الرياض, تزور الرياض,
# سيزور الوزير طهران: the destination of a visit is the city under the gold rules).
_ARRIVAL_IMPERFECTS = "يغادر تغادر يغادرون يزور تزور يزورون يصل تصل يصلون".split()
ARRIVAL_VERBS = _folded(
    """زار وصل غادر غادرت غادروا زارت زاروا وصلت وصلوا""".split() + _ARRIVAL_IMPERFECTS
    + ["س" + verb for verb in _ARRIVAL_IMPERFECTS]
)
PLACE_WORDS = LOCATIVE_PREPOSITIONS | ARRIVAL_VERBS | _folded(
    """مطار شوارع ضواحي وسط عاصمه مدينه فندق زياره مغادره
    مفاوضات اجتماع اجتماعات لقاء مؤتمر موتمر محادثات قمه اتفاق اتفاقيه اعلان جوله جولات مسار منصه محطه
    بلديه عمده منطقه محافظه""".split()
)
# Compass words, bare or in ي, before a capital name a part of the city (بشمال القاهرة, شرقي بغداد); with
# the article they are «the West» (تنازلات الغرب لطهران) or an adjective (الأمريكي الشمالي).
COMPASS_WORDS = frozenset(DIRECTIONS) | frozenset(w + "ي" for w in DIRECTIONS)
# Verbs and nouns of going somewhere: a capital with the clitic ل right after them is where one goes
# (عاد لطهران, زيارته لطهران), not its government as the one addressed (سمح لطهران).
MOVEMENT_WORDS = _folded(
    """ذهب ذهاب ذهابه ذهابها سافر سفر سفره سفرها توجه توجهه توجهت عاد عادت عوده عودته عودتها رجع رجوع
    وصل وصلت وصول وصوله وصولها قدم قدوم قدومه زار زارت زياره زيارته زيارتها زيارات رحله رحلته رحلات جوله
    جولته انتقل انتقال اتجه سفرات""".split()
)
# Institutions (ORG under the gold rules) and places (LOC) named after a person: جامعة الأمير سلطان,
# ملعب الأمير فيصل, حي الملك فهد.
INSTITUTIONS_NAMED_AFTER_PERSON = _folded("جامعه مؤسسه مستشفي مركز مجمع كليه معهد مكتبه داره مدرسه مدينه".split())
PLACES_NAMED_AFTER_PERSON = _folded("ملعب استاد ستاد شارع طريق ميدان دوار جسر حي مطار ميناء مسجد جامع".split())
# Streets and squares, named after a body too (دوار مجلس التعاون, شارع جامعة الدول العربية); not «طريق»:
# «عن طريق الأمم المتحدة» is "by way of".
STREETS = _folded("شارع ميدان دوار جسر".split())
_STREET_ENDS = tuple(STREETS)
# Everything named after a person, whose name is then no mention of the person: also prizes, chairs,
# tournaments, programmes and projects (جائزة الملك فيصل), which are no ORG or LOC themselves, and
# halls, funds, dams and towers, not yet checked as mentions of their own. A palace or an office is
# the person's own and stays out.
NAMED_AFTER_PERSON = (INSTITUTIONS_NAMED_AFTER_PERSON | PLACES_NAMED_AFTER_PERSON
                      | _folded("جائزه كرسي قاعه بطوله برنامج مشروع صندوق سد برج".split()))
# Facilities named after a city (جامعة تبوك, مطار الرياض, كلية لندن, مستشفى بريدة المركزي); after
# «مدينة» or «منطقة» a city is itself.
NAMED_AFTER_PLACE = _folded("جامعه مطار مستشفي كليه ميناء".split())
# Titles between the facility noun and the person (مطار الملك خالد).
HONORIFICS = _folded("الملك الملكه الامير الاميره الشيخ الشيخه".split())
# Last two letters of every word names_a_facility looks for: a proclitic reading keeps a word's end,
# so a word ending otherwise (most words before a catalogue hit) is none of them.
_FACILITY_ENDINGS = frozenset(w[-2:] for w in NAMED_AFTER_PERSON | NAMED_AFTER_PLACE | HONORIFICS)
# Verbs of asking whose «من» names the one asked, not a place (طلبت واشنطن من أنقرة).
REQUEST_VERBS = _folded("طلب طلبت يطلب تطلب طالب طالبت يطالب تطالب".split())
# Particles after which a bare form is a name, never an adjective.
PARTICLES = _folded("في الى الي من على علي عن مع حول بين ضد نحو داخل خارج قرب لدى لدي عبر ان انه و او ثم".split())

_WORD = re.compile(r"[^\W\d_]+|[^\w\s]")


@lru_cache(maxsize=200_000)
def bare(word: str) -> str:
    """A folded word without its proclitics and article (the shortest reading).

    >>> bare("والقوات")
    'قوات'
    """
    return candidate_splits(word)[0][1] if len(word) > 3 else word


def previous_words(folded: str, start: int, n: int = 3) -> list[str]:
    """Up to ``n`` folded words before ``start``, nearest last, stopping at punctuation.

    >>> previous_words("قال، وزير الخارجيه الروسي", 19)
    ['وزير', 'الخارجيه']
    """
    window = _WORD.findall(folded, max(0, start - 24 * n), start)  # bounds, not a slice: no copy
    out: list[str] = []
    for tok in reversed(window):
        if not tok.isalpha():
            break
        out.append(tok)
        if len(out) == n:
            break
    return out[::-1]


_OPENING_QUOTES = frozenset('"«“')


def before_quote(folded: str, start: int) -> int:
    """Where the quote mark that opens a name at ``start`` begins, spaces inside it skipped (في “تل أبيب”,
    معركة " العند "), so that the words before the marks are read; ``start`` when no mark opens it.

    >>> before_quote('عرض في "تل ابيب"', 8), before_quote("عرض في تل ابيب", 7)
    (7, 7)
    """
    i = start
    while i and folded[i - 1] == " ":
        i -= 1
    return i - 1 if i and folded[i - 1] in _OPENING_QUOTES else start


def words_before_mention(text: str, start: int, n: int = 3) -> list[str]:
    """Up to ``n`` folded words before the word holding original offset ``start`` (the mention's own
    clitics and article are not one of them), nearest last, stopping at punctuation; for rules that
    run on a few mentions, reading the original text rather than the folded view.

    >>> words_before_mention("العاصمة الأردنية وعمان", 18, 1), words_before_mention("قال، وزير الخارجية", 10)
    (['الاردنيه'], ['وزير'])
    """
    chunk = text[max(0, start - 24 * n):start]
    if chunk and not chunk[-1].isspace():
        chunk = chunk[:len(chunk) - len(chunk.split()[-1])]  # the mention's own clitics
    folded = fold(chunk)
    return previous_words(folded, len(folded), n)


def head_modified(before: list[str], masculine: bool = False, definite: bool = False) -> bool:
    """True when an institution/force/official noun heads the adjective that follows ``before``.
    A ``masculine`` singular adjective right after a feminine head in ـة does not agree with it and
    names a person by nationality («بقيادة البرتغالي جوميز»), unless the head completes a construct
    whose first noun it agrees with («وزير الخارجية الروسي»). A ``definite`` adjective right after a
    head without the article does not agree with it either: the head is in construct with a person
    named by nationality («خسر جهود التركي أردا توران», «رد اليوناني دونيس»).

    >>> head_modified(["بقياده"], masculine=True), head_modified(["وزير", "الخارجيه"], masculine=True)
    (False, True)
    >>> head_modified(["جهود"], definite=True), head_modified(["الجهود"], definite=True)
    (False, True)
    """
    i = _head_index(before)
    if i is None:
        return False
    if definite and i == len(before) - 1 and not _has_article(before[i]):
        return False
    return not (masculine and i == len(before) - 1 and before[i].endswith("ه")
                and not (i > 0 and is_one_of(before[i - 1], HEADS)))


@lru_cache(maxsize=50_000)
def _has_article(word: str) -> bool:
    """Whether a folded word may carry the article (الجهود, بالجهود, للجهود: ل + ال is written لل);
    cached like :func:`bare`, as the same few heads come back in every article."""
    return any(clitic.endswith(("ال", "لل")) for clitic, _ in candidate_splits(word))


def _head_index(before: list[str]) -> int | None:
    """Index in ``before`` of the institution/force/official noun the next adjective modifies, if any:
    through words of MODIFIERS, or a programme through one relational adjective (البرنامج النووي الإيراني).

    >>> _head_index(["البرنامج", "النووي"]), _head_index(["البرنامج"]), _head_index(["البرنامج", "الفارسي"])
    (0, None, None)
    """
    relational = False  # one relational adjective stepped over
    for i in range(len(before) - 1, -1, -1):
        stem = bare(before[i])
        if relational:
            return i if stem in PROGRAMMES else None  # other heads' relational adjectives stay unread
        if stem in HEADS:
            named = i > 0 and (is_one_of(before[i - 1], PRIVATE_HEADS)
                               or stem in STATE_NOUNS and is_one_of(before[i - 1], _BODIES_NAMED_AFTER))
            return None if named else i
        if stem in MODIFIERS:
            continue
        if not _relational_adjective(before[i], stem):
            return None
        relational = True
    return None


def _relational_adjective(word: str, stem: str) -> bool:
    """Whether the folded ``word`` (``stem`` without its article) is a definite relational adjective
    that names no state, people, faith, region or language (النووي, السياسي, الاقتصادية); with «و» or a
    preposition before it, it is the next item of a list («والاتفاق والقادسية السعوديين»: two clubs)."""
    if not (stem.endswith(("ي", "يه")) and stem not in _PEOPLES and word == "ال" + stem):
        return False
    from workbench.extract.entities.heads import nationality_words  # heads imports this module

    return stem not in nationality_words()


def in_title(before: list[str]) -> bool:
    """True when the adjective after ``before`` belongs to a person's title or role: its head is a
    person's office («الرئيس المصري», «المبعوث الأميركي») or an office's complement in construct
    («وزير الدفاع اليمني», «رئيس الوزراء اللبناني»), not a state body («القوات الأمريكية»,
    «المتحدث باسم الخارجية الروسية»).

    >>> in_title(["وزير", "الدفاع"]), in_title(["المتحدث", "باسم", "الخارجيه"]), in_title(["القوات"])
    (True, False, False)
    """
    i = _head_index(before)
    return i is not None and (is_one_of(before[i], PERSON_TITLES) or (i > 0 and _office_in_construct(before[i - 1])))


def _office_in_construct(word: str) -> bool:
    """Whether a folded word is a person's office that can head a construct: one without the article
    («وزير الدفاع»), as a definite noun ends its phrase («رفض المسؤول القرار الأمريكي»: the officer
    is the subject, the adjective the state's decision).

    >>> _office_in_construct("ووزير"), _office_in_construct("المسوول")
    (True, False)
    """
    return any(stem in PERSON_TITLES and not clitic.endswith("ال") for clitic, stem in candidate_splits(word))


def is_club_context(before: list[str]) -> bool:
    """True when a sports word right before a capital or city makes it the club («لاعبي روما»).

    >>> is_club_context(["من", "لاعبي"]), is_club_context(["الى"])
    (True, False)
    """
    return bool(before) and is_one_of(before[-1], SPORT_WORDS)


def is_one_of(word: str, words: frozenset[str]) -> bool:
    """Whether a folded word, bare or without its proclitics, is one of ``words`` (لاعبي is no ل + اعبي)."""
    return word in words or bare(word) in words


def is_place_context(before: list[str], prefix: str) -> bool:
    """True when a capital is used as a place rather than for its government; a capital asked
    for something (طلبت واشنطن من أنقرة) is its government.

    >>> is_place_context(["مؤتمر", "في"], ""), is_place_context(["طلبت", "واشنطن", "من"], "")
    (True, False)
    >>> is_place_context(["عاد", "الوفد"], "ل"), is_place_context(["سمح"], "ل")
    (True, False)
    >>> is_place_context(["غادرت", "البعثه"], ""), is_place_context(["تصل", "صادرات"], "")
    (True, False)
    """
    if "ب" in prefix or prefix.endswith("لل"):
        return True
    if before and prefix in ("", "ال") and _compass_word(before[-1]):
        return True
    if prefix.endswith("ل") and any(bare(w) in MOVEMENT_WORDS or w in MOVEMENT_WORDS for w in before[-2:]):
        return True
    if before and before[-1] == "من" and any(bare(w) in REQUEST_VERBS for w in before[-3:-1]):
        return False
    if before and is_one_of(before[-1], PLACE_WORDS):
        return True
    # A verb of arriving two words back takes the capital as its object past a subject (غادرت البعثة
    # الرياض, يزور شي لندن), not past a plural noun in construct, whose genitive the capital is (تصل
    # صادرات طهران: Iran's exports).
    return (len(before) > 1 and is_one_of(before[-2], PLACE_WORDS)
            and not (is_one_of(before[-2], ARRIVAL_VERBS) and _plural_in_construct(before[-1])))


def _compass_word(word: str) -> bool:
    """Whether a folded word is a compass word without the article, after at most و/ف and ب
    (شمال, بشمال, وجنوبي; not الغرب).

    >>> _compass_word("بشمال"), _compass_word("شرقي"), _compass_word("الغرب"), _compass_word("شمالا")
    (True, True, False, False)
    """
    return (word in COMPASS_WORDS or word[:1] in "وفب" and word[1:] in COMPASS_WORDS
            or word[:2] in ("وب", "فب") and word[2:] in COMPASS_WORDS)


def _plural_in_construct(word: str) -> bool:
    """Whether a folded word is a bare feminine plural (صادرات, قوات): no clitic, no article."""
    return word.endswith("ات") and bare(word) == word


def names_a_facility(folded: str, start: int, person: bool) -> bool:
    """Whether the name at ``folded[start:]`` (a person's if ``person``, else a city's) completes the
    name of a facility or institution in construct before it, past a title: «مجمع الملك عبدالله»,
    «مطار الرياض».

    >>> text = "افتتح مركز الامير سلطان"
    >>> names_a_facility(text, text.index("سلطان"), True), names_a_facility(text, text.index("مركز"), True)
    (True, False)
    """
    # Read word by word back from ``start`` rather than through previous_words: it runs on most
    # catalogue hits.
    end = start - 1
    for _ in range(2):
        if end < 1 or folded[end] != " ":
            return False
        word_start = folded.rfind(" ", max(0, end - 16), end) + 1
        if word_start == 0 and end > 16:
            return False
        word = folded[word_start:end]
        if word[-2:] not in _FACILITY_ENDINGS:
            return False
        if not (person and word in HONORIFICS):
            return is_one_of(word, NAMED_AFTER_PERSON if person else NAMED_AFTER_PLACE)
        end = word_start - 1
    return False


def names_a_street(folded: str, start: int) -> int | None:
    """Where the street's or square's head noun in construct right before ``start`` starts past its
    clitics, if one stands there, else None: the body named at ``start`` then names the place (دوار مجلس
    التعاون is a roundabout, not the GCC).

    >>> text = "عند دوار مجلس التعاون وبميدان الامم"
    >>> names_a_street(text, text.index("مجلس")), names_a_street(text, text.index("الامم")), names_a_street(text, 4)
    (4, 24, None)
    """
    if folded[start - 1:start] != " ":
        return None
    head = folded.rfind(" ", 0, start - 1) + 1
    word = folded[head:start - 1]
    if not word.endswith(_STREET_ENDS):
        return None  # most words before a body: proclitics are cut from the front only, so no street noun
    if word in STREETS:
        return head
    return start - 1 - len(bare(word)) if is_one_of(word, STREETS) else None


# Broken plurals of persons that name a body's members (مجلس النواب, مجلس الشيوخ).
_PERSONS_PLURALS = frozenset(fold(w) for w in "نواب وزراء شيوخ علماء أعيان أمناء خبراء سفراء قضاة أطباء".split())


def persons_plural(stem: str) -> bool:
    """A plural of persons: a sound masculine plural, in ـين after its head (المحافظين), or a listed
    broken one (النواب)."""
    return stem.endswith("ين") or stem in _PERSONS_PLURALS


def describes_persons(before: list[str]) -> bool:
    """Whether the folded word before a group's plural nisba is a definite plural of persons it
    qualifies (النواب الجمهوريون, المرشحين الجمهوريين), not a verb (وألقى الجمهوريون) or a noun in construct.

    >>> describes_persons(["المشرعون"]), describes_persons(["والقي"]), describes_persons(["زعيم"])
    (True, False, False)
    """
    if not before or not before[-1].startswith("ال"):
        return False
    stem = before[-1][2:]
    return stem.endswith("ون") or persons_plural(stem)


def adjectival_position(before: list[str], has_article: bool) -> bool:
    """True when a name-or-adjective form follows a noun it can agree with.

    >>> adjectival_position(["الصادرات"], True), adjectival_position(["عارضت"], True)
    (True, False)
    """
    if not before:
        return False
    prev = before[-1]
    if prev in PARTICLES:
        return False
    if has_article:
        return any(clitic.endswith("ال") for clitic, _ in candidate_splits(prev))
    return prev.endswith("ه")
