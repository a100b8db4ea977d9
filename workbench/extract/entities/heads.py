"""Organisation, place and person names the catalogue lacks, found by the noun or title before them.

An indefinite head noun followed by name words marks a name: an organisation
(«مستشفى الكاظم», «جامعة تافتس»: ORG, head kept as in the gold rules), a
media outlet («صحيفة الوئام» -> «وئام»: head dropped), a place («بمدينة مشهد»
-> «مشهد», GPE, head dropped; a place the shipped catalogue holds takes its id, even one the
stoplist keeps from matching bare) or a facility («قاعدة انجرليك»: LOC, head kept).
A strong title before two name words marks a person («الدكتور موافق الرويلي»
-> «موافق الرويلي»), and so does a title of rank, office or trade (الفريق, المخرج,
المغرد) before two name words, a given name that is also a word and one more word
(«المهندسة نور باقادر»), or one word that ends the name («المغرد همام،»); an office and its definite complement
are such a title too («وزير الخارجية الأمريكي جون كيري» -> «جون كيري»). Name words are words that are not common words
(``common_words.txt``), have no clitic but the article, and are not
adjectives of a place (نائية, سكني); a name in quote marks right after an
organisation or media head (شركة "آسيا كابيتال") is taken whole without its
head. A definite head («المستشفى») is an anaphor and gives nothing, except an institutional head
before relational adjectives and a ل-complement («الهيئة الملكية للجبيل وينبع» -> «هيئة الملكية للجبيل
وينبع», ORG) or before two adjectives (الشركة الوطنية السياحية). An indefinite institutional head followed by a
common definite noun names its body by its field when a relational adjective or a coordinated noun
follows («لجنة الشؤون الخارجية», «كلية العلوم والآداب»).

>>> from workbench.text import Document
>>> doc = Document("a", "نقلوا إلى مستشفى الكاظم بمدينة مشهد، وقال الدكتور موافق الرويلي")
>>> [(r["surface"], r["type"]) for r in head_mentions(doc)]
[('مستشفى الكاظم', 'ORG'), ('مشهد', 'GPE'), ('موافق الرويلي', 'PER')]
"""

from __future__ import annotations

from functools import lru_cache

from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.context import HONORIFICS, PARTICLES, PROCLITICS, persons_plural
from workbench.extract.entities.appositions import APPOSITION_WORDS
from workbench.extract.entities.envoys import TITLE_WORDS
from workbench.extract.entities.foreign import THRESHOLD, foreign_score
from workbench.extract.entities.offices import OFFICE_WORDS, comma_at
from workbench.extract.entities.speakers import BARE_WORD_NEXT, SAYING_WORDS, person_nouns
from workbench.extract.entities.lookup import catalogue_named, pattern_record, record
from workbench.extract.entities.matcher import alias_key
from workbench.extract.entities.rereadings import NOUN_FORMS
from workbench.extract.entities.lists import preposed_given_names
from workbench.extract.entities.placelists import list_heads
from workbench.extract.entities.roads import road_heads
from workbench.extract.entities.towns import TOWN_ENDS, town_forms
from workbench.extract.entities.names import (BINDERS, CONFIDENCE, NOT_SURNAME_ENDINGS, common_words, given_names,
                                              start_words, word_given_names, word_tokens)
from workbench.text import COMMAS, RELATIONAL_ENDINGS, Document, fold
from workbench.text.segmentation import Token

__all__ = ["head_mentions", "pattern_tokens", "nationality_words", "club_adjectives", "movements_named", "MAX_NAME_WORDS",
           "SPAN_HEADS", "NAME_HEADS"]

MAX_NAME_WORDS = 4
# Seas, lakes, rivers, valleys, mountains and islands: LOC under the gold rules, the head part of the
# name (بحيرة طبريا, نهر الفرات, وادي العقيق, جبل اللوح).
_NATURAL_HEAD_WORDS = "بحر بحيرة نهر وادي جبل جزيرة".split()
# Head noun -> (type of the name, whether the head stays in the span).
_HEADS = {
    **dict.fromkeys("وزارة هيئة مؤسسة شركة جامعة مستشفى بنك مصرف جمعية مجلس لجنة حزب حركة جبهة منظمة "
                    "محكمة كلية مركز مكتب مستوصف بلدية بورصة أكاديمية إدارة معهد قسم وحدة اتحاد رابطة صندوق إذاعة".split(), ("ORG", True)),
    **dict.fromkeys("نادي صحيفة جريدة قناة وكالة مجلة".split(), ("ORG", False)),
    **dict.fromkeys("محافظة مدينة منطقة قرية حي مديرية ولاية إقليم بلدة ضاحية".split(), ("GPE", False)),
    # facilities; a port or crossing keeps its head (ENTITIES.md: «منفذ نويبع», «ميناء العقبة»)
    **dict.fromkeys("قاعدة مطار سجن ميدان مخيم قصر جامع مسرح ميناء منفذ كنيسة".split(), ("LOC", True)),
    **dict.fromkeys(_NATURAL_HEAD_WORDS, ("LOC", True)),
}
# The heads of natural places: their name is read like a town's (one word with the article, or one or two
# without), and none is read where the head is itself a name's word: after a name's binder (أبو جبل),
# a saying verb (وقال بحر) or another head in construct (شركة وادي مكة).
_NATURAL_HEADS = frozenset(fold(h) for h in _NATURAL_HEAD_WORDS)
# Folded heads that stay in their name's span (مستشفى الكاظم, شركة أباتشي).
SPAN_HEADS = frozenset(fold(h) for h, (_, kept) in _HEADS.items() if kept)
# Folded heads of every name above (مصرف, نادي, مدينة, مطار).
NAME_HEADS = frozenset(fold(h) for h in _HEADS)
# Institutional heads that, with the article, start a name when relational adjectives follow
# (الجمعية الوطنية للمتقاعدين, الشركة الوطنية السياحية): ORG, head kept without its article.
_DEFINITE_HEADS = "جمعية هيئة لجنة مركز مجلس اتحاد رابطة مؤسسة جامعة منظمة شركة مديرية غرفة كنيسة محكمة كلية مكتب".split()
_DEFINITE_PREFIXES = ("ال", "وال", "بال", "لل", "ولل", "فال", "وبال")
# Adjectives other than those in ـي that qualify an institution (الهيئة العامة, اللجنة العليا).
_INSTITUTION_ADJECTIVES = frozenset(fold(w) for w in "عامة عام عليا أعلى دائمة دائم منظمة مشتركة".split())
# A participle that ends a body's name after its adjective (المحكمة الجزائية المتخصصة); after other heads it
# describes a generic one (المؤسسة الحكومية المتخصصة), and alone it leaves a body generic (اللجنة المتخصصة).
_SPECIALISED = frozenset(fold(w) for w in "متخصصة متخصص".split())
# Feminine elatives, which fold to a bare ـي like a masculine adjective but agree with a feminine head
# (الجمعية الخيرية الكبرى, المحكمة الكبرى).
_FEMININE_ELATIVES = frozenset(fold(w) for w in "كبرى صغرى عظمى وسطى".split())
# Definite heads that with one adjective name a body (اللجنة المنظمة, المجلس البلدي, المحكمة العليا, الكلية
# الحربية); a centre, union, office or firm with one adjective is mostly a common phrase (المركز الريادي,
# الاتحاد السياسي, المكتب الإعلامي, المؤسسة المالية).
_BODY_HEADS = frozenset(p + fold(w) for w in "لجنة هيئة غرفة مجلس جامعة محكمة كلية".split() for p in _DEFINITE_PREFIXES)
# Adjectives that alone leave a definite head generic (الهيئة العامة: the general assembly).
_GENERIC_ADJECTIVES = frozenset(fold(w) for w in "عامة عام".split())
# Words in ـي that follow a head without naming it (المجلس الحالي, الجمعية العمومية, المؤسسة الرامية إلى).
_NOT_INSTITUTION_ADJECTIVES = frozenset(fold(w) for w in "ماضي حالي تالي ثاني ذاتي نهائي جاري عمومية رامية ساعية".split())
# Words that after ل make no complement of an institution (لهذا الغرض, لكل المواطنين).
_NOT_COMPLEMENTS = frozenset(fold(w) for w in "هذا هذه ذلك تلك كل أن عدم بعض جميع".split())
_TITLES = "الأمير الشيخ الدكتور اللواء العميد العقيد المقدم المهندس".split()
# Titles of rank, office or trade that stand right before a person's name (الفريق مهاب مميش, المغرد
# همام, المخرج نجدت أنزور, الكابتن, البروفيسور, الشهيد); feminine forms folded alike (الممثلة); those of the
# titles of rank above come from :func:`_feminine` (المهندسة).
_ROLE_TITLES = """الفريق المشير الرائد النقيب السفير القنصل المخرج الممثل الممثلة الفنان الفنانة المطرب المطربة اللاعب
    اللاعبة المدرب الكاتب الكاتبة الصحفي الصحفية الإعلامي الإعلامية المغرد المغردة الناشط الناشطة الشاعر الشاعرة
    المحامي المحامية الشرطي القاضي الروائي الروائية الأستاذ الأستاذة المستشار المذيع المذيعة
    المعلم المعلمة الخال العم الحاج لاعب المهاجم المدافع الحارس حارس الجناح الظهير الإمبراطور الإمبراطورة
    الملحن المصمم المصممة الكابتن البروفيسور البروفسور الشهيد الجنرال السيناتور الشيف""".split()
# Nouns of a person's trade, rank or standing that the news puts right before a name (العريف أحمد جعفر, المنشد
# راجح الحارثي, القيادي الحوثي أبوعلي عوام, الموقوف مهدي،), read like the titles of trade above, their forms in
# ـة from :func:`_feminine` (المنشدة). Left out for their rows on unannotated articles: الحكم (also "the ruling":
# «الحكم بقبضة حديدية»), الطالب (a word with «ل» after it: «الطالب لشدة الصفعة»), الباحثة (a foreign name cut:
# «فرانسواز دو | بلاير»), and others whose counts read a person less than 9 times in 10 (الجندي المصاب, الرقيب
# "the censor", المواطن العراقي, المتهم بتأييد).
_ROLE_NOUNS = "العريف المنشد القيادي الخبير الموقوف".split()
# Titles of trade of two words, a noun with its own complement before the name (رجل الأعمال سليمان الحميد, رائد
# الفضاء أوليج كونونينكو): the noun alone is a common word or a given name (رائد), so only the pair is a title.
_COMPLEMENT_TITLES = {"رجل": "الأعمال", "سيدة": "الأعمال", "رائد": "الفضاء"}
# Nouns of an action done to a person, in construct before the person's name (اعتقال صمويل دوبوسي,
# مقتل, اغتيال, إعدام, تعيين): read like a title of trade, the noun outside the name.
_ACTION_NOUNS = "اعتقال مقتل اغتيال إعدام تعيين اختطاف خطف".split()
# Offices whose holder's name follows the office's definite complement (وزير الخارجية الأمريكي جون
# كيري, المتحدث باسم الخارجية الأمريكية جون كيربي, رئيس الوزراء العراقي حيدر العبادي); their forms in ـة
# (وزيرة, المديرة) come from :func:`_office_forms`.
_OFFICES = """وزير الوزير رئيس الرئيس المتحدث الناطق سفير مبعوث المبعوث مندوب المندوب زعيم قائد مدير
    المدير مساعد نائب النائب وكيل محافظ أمين عضو إمبراطور""".split()
# Titles and offices whose form in ـة is another word (محافظة: a governorate, أمينة: a given name, الرئيسة: "main",
# العقيدة: "creed", المقدمة: "the front") take no feminine or suffixed form in :func:`_feminine`; nor does «رئيس»:
# «رئيسة» before a committee (ورئيسة لجنة التوعية الدكتورة عهود …) cut the name after it in 3 of its 7 changed rows;
# nor العريفة (a woman's post) and القيادية ("of leadership", an adjective).
_NO_FEMININE = frozenset("محافظ أمين رئيس الرئيس العقيد المقدم اللواء العريف القيادي".split())
_ON_BEHALF = fold("باسم")
# Prepositions that give an office's seat before its holder's name (سفير المملكة لدى اليمن, مدير المكتب في عدن).
_SEAT_WORDS = frozenset(fold(w) for w in "في لدى".split())
MAX_COMPLEMENT = 6
# Letters that start a verb of the present or future tense (يستحق, تشغل, سيواصل) and a name only
# when it is a listed given name (يوسف, تركي).
_VERB_STARTS = ("ي", "ت", "ن", "سي", "ست", "سن")
# Words after a one-word name that end it: a reporting verb (الخال رامز يقول) or a particle.
_AFTER_NAME = frozenset(fold(w) for w in "قال يقول قالت تقول أكد يؤكد أضاف أن إن الذي التي".split())
# Words between a title and the name that qualify the title (اللواء الركن, لاعب الوسط, حارس المرمى), also a
# rank's grade without the article (الفريق أول, اللواء ركن, الفريق أول ركن) and the arm of an air or naval
# officer's rank (العميد طيار ركن, اللواء بحري), and a retired officer's (العميد متقاعد سعد العسيري).
_TITLE_QUALIFIERS = frozenset(fold(w) for w in "الركن الطيار البحري الوسط المرمى الارتكاز أول ركن طيار بحري متقاعد المتقاعد".split())
_MAX_QUALIFIERS = 2
# Titles abbreviated to one letter and a full stop (د. for الدكتور, م. for المهندس), with a conjunction
# (ود.): strong titles. Found only before the stop, as a bare «د» or «م» is a unit after a number.
_ABBREVIATED_TITLES = frozenset(p + fold(w) for w in "د م".split() for p in ("", "و"))
_ABBREVIATION_STOP = (".",)
# First letters of a word in ـي after a title that make it a preposition or a conjunction with a noun or verb
# (بمديري, لنرتقي, وولي), not a given name.
_NOT_NISBA_STARTS = frozenset("وبل")
# Ranks that after «ل» are mostly the unit's noun: للفريق "for the team", للواء "for the brigade".
_UNIT_RANKS = frozenset("الفريق اللواء".split())
# Adjectives other than those in ـي that stand between a title of trade and the name.
_ROLE_ADJECTIVES = frozenset(fold(w) for w in "الكبير الكبيرة الشهير الشهيرة القدير القديرة الراحل الراحلة الشاب الشابة".split())
_CLITIC_LETTERS = frozenset("وفبلك")
# First words of place names that always take the next word (سان بطرسبرج, رأس تنورة).
_PLACE_BINDERS = frozenset(fold(w) for w in "سان سانت نيو لوس لاس سيدي رأس بني عين بئر أم دير تل كفر".split())
_PRONOUNS = ("ها", "هم", "هما", "كم")
# First letters of verbal nouns and participles (مناورة, تمزق) and endings of plurals and duals (برونزيتين, مسابقات):
# after such a letter the word is mostly a preposition and a noun, not a family name.
_DERIVED_STARTS = ("م", "ت")
_PLURAL_ENDINGS = ("ين", "ات")
_MIN_BARE_REST = 3  # letters after a name word's first letter that tell a name (بادي, ولسن) from a proclitic on a short word (بها)
_QUOTES = frozenset("\"«»“”'")
# Nouns that start a movement's, party's or armed group's name; one may stand for another before a
# name the catalogue holds after one of them («حركة (القاعدة)»: «تنظيم القاعدة»).
_MOVEMENT_NOUNS = frozenset(fold(w) for w in "تنظيم جماعة حركة حزب جبهة".split())
# Plural and dual heads of brands and bodies that open a list of their quoted names («شركات «أبل» و«غوغل»»,
# «وكالات تصنيف ائتمانية منها «روسريتينغ» و«ا كا اند ام»»), and the words that may open such a list.
# Each with its singular, under which the catalogue may hold a name («صحيفتا "الحياة"»: «صحيفة الحياة»).
_PLURAL_HEADS = {fold(plural): singular for singular, plurals in (
    ("شركة", "شركات شركتي شركتا"), ("وكالة", "وكالات وكالتي وكالتا"), ("صحيفة", "صحف صحيفتي صحيفتا"),
    ("قناة", "قنوات قناتي قناتا"), ("مجلة", "مجلات"), ("بنك", "بنوك بنكي بنكا"), ("مصرف", "مصارف"), ("منظمة", "منظمات"))
    for plural in plurals.split()}
_LIST_OPENERS = frozenset(fold(w) for w in "مثل ومثل هي وهي منها ومنها أبرزها وأبرزها".split())
# Heads whose quoted name may follow a description (شركة صناعة الإليكترونات الهولندية «فيليبس», صحيفة
# الأعمال البريطانية «فايننشال تايمز»); after a ministry or a centre the quote holds a department or a
# second name of its own (وزارة الزراعة «الثروة السمكية»).
_BRAND_HEADS = frozenset(fold(w) for w in "شركة صحيفة جريدة قناة وكالة مجلة".split())
# Heads whose body's name may be written in Latin script (شركة Best Buy, صحيفة The Guardian).
_LATIN_HEADS = _BRAND_HEADS | frozenset(fold(w) for w in "مؤسسة بنك مصرف".split())
# Heads that name a body only by its field (إدارة العمل التطوعي, قسم العلاقات العامة, معهد الإعلام التفاعلي):
# before a name or a place they are mostly a verb or a noun of action (قسم البياوي "divided", إدارة النصر
# "the club's management", معهد معتمد); «وحدة» before a place or a noun is mostly "unity" (وحدة اليمن, وحدة الصف).
# A union or league names its body by its members (اتحاد الإذاعات الإسلامية, رابطة الجامعات الإسلامية); before
# a name it is mostly a club (اتحاد جدة) or a common noun (رابطة قوية). A fund names its body by its field
# (صندوق الموارد البشرية, صندوق التنمية الزراعية); before a lone noun it is mostly a box (صندوق الاقتراع).
_FIELD_ONLY_HEADS = frozenset(fold(w) for w in "إدارة قسم معهد وحدة اتحاد رابطة صندوق".split())
# Heads whose name a ل-complement of their field may close (مركز آدم لحوار الحضارات, جمعية البر للخدمات
# الاجتماعية, كلية كومنجز للطب البيطري, بورصة نيويورك للأوراق المالية); after a hospital's name a ل-word is often
# a purpose (نقل إلى مستشفى الكاظم لتلقي العلاج).
_COMPLEMENT_HEADS = frozenset(fold(w) for w in "مركز جمعية مؤسسة كلية بورصة".split())
# Heads of a union, with their proclitics: a noun coordinated after their members starts the next phrase as
# often as it names more members (اتحاد الكرة | والشرطة الدولي, رابطة المحترفين | والقنوات), so none is taken.
_MEMBER_HEADS = frozenset(p + fold(w) for w in "اتحاد رابطة".split() for p in PROCLITICS)
# Heads that before a definite noun and an adjective mostly name a flow or an act, not a body (حركة التجارة
# العالمية, حركة السوق العقاري, حقوق إذاعة المباريات الودية); their bodies carry a proper name (حركة حماس,
# إذاعة طامي).
_NOT_FIELD_HEADS = frozenset(fold(w) for w in "حركة إذاعة".split())
# «إذاعة» written with a final ه is the verb with its object pronoun (بيان أذاعه صحافي: "broadcast it"), and
# after a word of time it is the act (عقب إذاعة "الإعلان الدستوري"), not a radio.
_BROADCAST = fold("إذاعة")
_TIME_BEFORE_ACT = frozenset(fold(w) for w in "عقب بعد قبل أثناء فور إثر".split())
# A state's portfolios: a ministry of one of them with an adjective in ـي is the state's (وزارة الخارجية
# الكرواتية, وزارة الداخلية الروسية), read from the adjective by :mod:`.institutions` with the state's id in its own.
_STATE_PORTFOLIOS = frozenset(fold(w) for w in "خارجية داخلية".split())
# Adverbs of place that may stand between a head and a place (مستشفى داخل الرياض); prepositions are
# shorter than any noun before a place in a name (استئناف, جنايات).
_PLACE_ADVERBS = frozenset(fold(w) for w in "داخل خارج خلال عبر قرب أمام حول بجوار قرابة".split())
# Heads of a body named by its one town (بلدية الجبيل): the words after the town start the sentence's
# next phrase (أسدلت بلدية تمير الستار, بلدية بقيق تنفذ).
_TOWN_BODY_HEADS = frozenset(fold(w) for w in "بلدية".split())
# «وحدة» names a body (وحدة التقارير الاقتصادية) only with a holder of an office before it or the body or
# place it belongs to after it; otherwise it is "unity" (وحدة الموقف الوطني) or a device (وحدة المعالجة المركزية).
_UNIT = fold("وحدة")
_UNIT_HOLDERS = frozenset(fold(w) for w in "رئيس رئيسة مدير مديرة يترأس ترأس تحليل لتحليل ممثلة ممثلا منسوبي".split())
_UNIT_OWNERS = frozenset(fold(w) for w in "التابعة التابع".split())
_IN = fold("في")
# A palace named by a common word (قصر السلام, قصر الحكم) is read only where a palace is a place one is in
# (بقصر, في قصر) and its sentence tells of receiving or visiting: «قصر» is also "shortness" (قصر المدة).
_PALACE = fold("قصر")
# Heads of ports and border crossings, whose name is a place's (ميناء عدن, ميناء جبل علي, منفذ الوديعة البري).
_PORT_HEADS = frozenset(fold(w) for w in "ميناء منفذ".split())
_IN_PLACE = frozenset(fold(w) for w in "في إلى من داخل".split())
_RECEIVING = frozenset(fold(w) for w in """استقبل استقبلت يستقبل استقبال استقباله لقاء لقائه التقى التقت يلتقي
    زار زارت يزور زيارة وصل وصلت يصل اجتمع اجتماع اجتماعا عقد عقدت حفل حفلا أقام أقيم أقامه""".split())
_PALACE_WINDOW = 40  # tokens either side searched for the sentence's verb of receiving
# Words after a media head that make the head part of a fixed name (وكالة أنباء الكويت).
_FIXED_AFTER_HEAD = frozenset(fold(w) for w in "أنباء الأنباء".split())
# «مركز صحي» is a health centre's head, named by its district (مركز صحي السعادة).
_CENTRE, _HEALTH = fold("مركز"), fold("صحي")


# The proclitics a title may carry, of one word or two (والشيخ, لرجل الأعمال): fewer than a head's (no ك, no two-letter ones such as وب).
_TITLE_PROCLITICS = ("", "و", "ف", "ل", "ب")


@lru_cache(maxsize=1)
def _starts() -> dict[str, tuple[str, str, bool, int]]:
    """Folded start word -> (kind, type, head kept, letters of proclitic): heads and titles with
    every proclitic they may carry (بمدينة, والشيخ)."""
    out: dict[str, tuple[str, str, bool, int]] = {}
    for head, (typ, keep) in _HEADS.items():
        for p in PROCLITICS:
            out[p + fold(head)] = ("head", typ, keep, len(p))
    for head in _DEFINITE_HEADS:
        for p in _DEFINITE_PREFIXES:
            out[p + fold(head)] = ("definite", "ORG", True, 0)
    roles = _ROLE_TITLES + _ROLE_NOUNS + _feminine(_ROLE_NOUNS)
    for titles, kind in ((_TITLES + _feminine(_TITLES), "title"), (roles, "role"), (_ACTION_NOUNS, "action"),
                         (_office_forms(), "office")):
        for title in titles:
            for p in _TITLE_PROCLITICS:
                out.setdefault(p + fold(title), (kind, "PER", False, len(p)))
            if kind in ("title", "role") and title.startswith("ال") and title not in _UNIT_RANKS:
                for p in ("", "و"):  # للفنان, وللشيخ: ل before the article
                    out.setdefault(p + _after_lam(fold(title)), (kind, "PER", False, len(p) + 1))
    return out


def _office_forms() -> list[str]:
    """The offices with their feminine forms (المتحدثة باسم البنتاغون) and, for an office without the article,
    its forms with «ـه» and «ـها» (ونائبه نزيه النصر, ونائبها): «ـه» folds like «ـة», so one form serves both.

    >>> [w for w in _office_forms() if w.startswith(("المتحدث", "نائب"))]
    ['المتحدث', 'نائب', 'المتحدثة', 'نائبة', 'نائبها']
    """
    feminine = _feminine(_OFFICES)
    return _OFFICES + feminine + [w[:-1] + "ها" for w in feminine if not w.startswith("ال")]


def _feminine(titles: list[str]) -> list[str]:
    """The forms in ـة of titles or offices that take one (الدكتور -> الدكتورة, نائب -> نائبة).

    >>> _feminine(["الدكتور", "العقيد", "وزيرة"])
    ['الدكتورة']
    """
    return [w + "ة" for w in titles if not w.endswith("ة") and w not in _NO_FEMININE]


def _after_lam(word: str) -> str:
    """A word with the article as written after «ل»: the article's alif drops (الفنان -> للفنان) and
    a noun that starts with lam keeps only the article's (اللاعب -> للاعب).

    >>> _after_lam("الفنان"), _after_lam("اللاعب")
    ('للفنان', 'للاعب')
    """
    return "ل" + word[1:] if word[2] != "ل" else "ل" + word[2:]


@lru_cache(maxsize=1)
def _complement_titles() -> dict[str, tuple[str, int]]:
    """Folded first word of a two-word title with its proclitics -> (folded complement, letters of proclitic).
    Kept out of :func:`_starts`, whose words also end names and mark heads (رائد is a given name)."""
    return {p + fold(title): (fold(complement), len(p))
            for title, complement in _COMPLEMENT_TITLES.items() for p in _TITLE_PROCLITICS}


@lru_cache(maxsize=1)
def _plural_starts() -> dict[str, str]:
    """Folded plural or dual head with every proclitic it may carry -> its singular. Kept out of
    :func:`_starts`, whose words also end names (الاتحاد الدولي لشركات الطيران reads on past them)."""
    return {p + plural: singular for plural, singular in _PLURAL_HEADS.items() for p in PROCLITICS}


@lru_cache(maxsize=1)
def _start_words() -> frozenset[str]:
    return frozenset(w for w, (kind, _, _, skip) in _starts().items()
                     if not (kind == "head" and w[skip:] in _FIELD_ONLY_HEADS)) | frozenset(_plural_starts()) | frozenset(
        _complement_titles())


@lru_cache(maxsize=1)
def _field_start_words() -> frozenset[str]:
    """The field-only heads with their proclitics: found only before a definite word (إدارة الجودة),
    as «إدارة» and «قسم» are frequent words and every token found is read by several rules."""
    return frozenset(_starts()) - _start_words()


# What follows a field-only head: the article of its field noun.
_DEFINITE_AFTER = (" ال",)
_AFTER_HEAD = " "


@lru_cache(maxsize=1)
def _pattern_words() -> frozenset[str]:
    # The re-reading's event and envoy nouns (:mod:`.rereadings`), the honorifics of facility
    # names (:mod:`.facilities`), the office words of :mod:`.envoys` and the markers of
    # :mod:`.appositions`, the office words of :mod:`.offices` and the verbs of saying of
    # :mod:`.speakers` ride on the same pass (its trades and nationality adjectives in a group of their own).
    return (_start_words() | start_words(given_names()) | start_words(word_given_names()) | NOUN_FORMS | HONORIFICS
            | TITLE_WORDS | APPOSITION_WORDS | OFFICE_WORDS | SAYING_WORDS)


@lru_cache(maxsize=1)
def _person_noun_words() -> frozenset[str]:
    # The person nouns of :mod:`.speakers` that no group with a space after it already finds
    # (اليوناني is a club adjective too): a word found by two groups would be read twice.
    return person_nouns() - (_pattern_words() | town_forms() | club_adjectives() | road_heads() | list_heads())


def pattern_tokens(doc: Document) -> list[int]:
    """Indices of the tokens that may start a head-noun name or a given-name pattern, found in one
    pass for :func:`head_mentions`, :func:`~.names.name_mentions`, the event and envoy nouns of
    :func:`~.rereadings.reread_in_article`, facility names, towns, the adjectives after foreign clubs
    (:mod:`.foreign_clubs`), road heads (:mod:`.roads`), locative list heads (:mod:`.placelists`) and given
    names written on a preposition (:mod:`.lists`) together; each reader takes only the tokens it knows.

    >>> from workbench.text import Document
    >>> pattern_tokens(Document("a", "ذكر محمد إن مستشفى الكاظم"))
    [1, 3]
    """
    # A town of two words (الشيخ زايد) starts on a word another group holds (an honorific) and is found at its
    # end: each token once, in text order.
    return sorted(set(word_tokens(doc, _pattern_words(), more=(
        (town_forms(), TOWN_ENDS), (_field_start_words(), _DEFINITE_AFTER), (_ABBREVIATED_TITLES, _ABBREVIATION_STOP),
        (club_adjectives(), TOWN_ENDS), (road_heads(), _AFTER_HEAD), (list_heads(), _AFTER_HEAD),
        (_person_noun_words(), BARE_WORD_NEXT), (preposed_given_names(), " ")))))


def _latin_words(tokens: list, first: int) -> int:
    """How many Latin-script words from ``first`` name a body after its head (up to MAX_NAME_WORDS).

    >>> from workbench.text import Document
    >>> _latin_words(Document("a", "شركة Best Buy أن").tokens, 1)
    2
    """
    count = 0
    while first + count < len(tokens) and count < MAX_NAME_WORDS and tokens[first + count].kind == "latin":
        count += 1
    return count


def _adjective(norm: str, feminine_head: bool = False) -> bool:
    """A word without the article that reads as a relational adjective (نائية, سكني), not a name.
    After a feminine head an adjective agrees in ـية, so a word in bare ـي is a name there
    (ولاية ميزوري, شركة إيني; the direction words شمالي, شرقي are common words).

    >>> _adjective("سكني"), _adjective("ميزوري", feminine_head=True), _adjective("نائيه", feminine_head=True)
    (True, False, True)
    """
    return norm.endswith("يه") or (norm.endswith("ي") and not (feminine_head and _name_like(norm)))


def _name_like(norm: str) -> bool:
    """A word in ـي after a feminine head that may be a name: not a verb (يتباهى) nor a preposition
    before a common word (لأخرى)."""
    return not norm.startswith("ي") and not (norm[0] in _CLITIC_LETTERS and norm[1:] in common_words())


def _place_words(tokens: list, j: int, common: frozenset[str], text: str, feminine_head: bool = False) -> int:
    """How many words at ``j`` name a place: one word with the article (حي الزاهر), else one or
    two without it (سان مورتيز, سان بطرسبرج; a given name or an adjective as second word starts the
    next phrase: كردستان مسعود); two after a binder, which may be a common word, before a word with or
    without the article (عين الدفلى, رأس تنورة); one common word that a state's adjective follows
    (بمدينة ليل الفرنسية: the adjective tells a name from the word "night"); none when the first is no
    name word, or an adjective that agrees with a feminine head (منطقة آمنة)."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    if feminine_head and j < len(tokens) and _agreeing_adjective(tokens[j], common) and not _state_adjective(nxt):
        return 0  # مدينة أكدة السورية: the state's adjective tells a name
    if (j < len(tokens) and not tokens[j].clitic and tokens[j].norm in _PLACE_BINDERS and nxt is not None
            and nxt.kind == "word" and (not nxt.clitic or nxt.clitic == "ال" and nxt.stem not in common)):
        return 2
    n = _name_words(tokens, j, common, text, feminine_head)
    if (n == 0 and j < len(tokens) and tokens[j].kind == "word" and not tokens[j].clitic
            and tokens[j].norm not in PARTICLES  # منطقة في السعودية
            and not _adjective(tokens[j].norm, feminine_head) and _state_adjective(nxt)):
        return 1
    if n == 0 or tokens[j].clitic:
        return min(n, 1)
    return 1 if n == 1 or _adjective(nxt.norm) or nxt.norm in given_names() or _future_verb(nxt) else 2


_MIN_ADJECTIVE = 3  # letters of the adjective before its ة
# The future prefix سـ before a present tense's letter (ستتحرر, سيبدأ, سنعمل) and the fewest letters of such a verb.
_FUTURE_STARTS = ("سي", "ست", "سن")
_MIN_FUTURE_VERB = 5


def _future_verb(tok: Token) -> bool:
    """Whether a bare word after a place's first word is a verb in the future tense (منطقة سنجار ستتحرر),
    which starts the predicate, not a second name word; a place the catalogue or the town list names
    so stays a name word.

    >>> from workbench.text import Document
    >>> [_future_verb(t) for t in Document("a", "سنجار ستتحرر ستوكهولم").tokens]
    [False, True, False]
    """
    return (tok.kind == "word" and not tok.clitic and len(tok.norm) >= _MIN_FUTURE_VERB
            and tok.norm.startswith(_FUTURE_STARTS) and not _listed_place(tok.norm))


def _listed_place(word: str) -> bool:
    """Whether a folded word is a place the catalogue or the town list names as written (جدة, سنجار)."""
    return word in catalogue_named("GPE") or word in town_forms()


def _state_adjective(tok: Token | None) -> bool:
    """Whether ``tok`` is a state's adjective with the article (الفرنسية, السورية)."""
    return tok is not None and tok.kind == "word" and tok.clitic == "ال" and tok.stem in nationality_words()


def _agreeing_adjective(tok: Token, common: frozenset[str]) -> bool:
    """A bare word in ـة whose form without it is a common word of three letters or more (not «ده» of
    «منطقة ده صلاح»): the feminine of an adjective that agrees with a feminine place head (منطقة آمنة:
    آمن; مدينة كبيرة), not a place's name, unless the catalogue or the town list names a place so
    (مدينة جدة: جد).

    >>> from workbench.text import Document
    >>> [_agreeing_adjective(t, common_words()) for t in Document("a", "منطقة آمنة ونجران").tokens[1:]]
    [True, False]
    """
    return (tok.kind == "word" and not tok.clitic and len(tok.norm) > _MIN_ADJECTIVE and tok.norm.endswith("ه")
            and tok.norm[:-1] in common and not _listed_place(tok.norm))


def _name_words(tokens: list, j: int, common: frozenset[str], text: str, feminine_head: bool = False,
                person: bool = False) -> int:
    """How many name words start at token ``j``: words without a clitic but the article that are
    not common words, at most :data:`MAX_NAME_WORDS`; none when the first is an adjective
    (جمعية خيرية) or starts with و (وهجرة). A word ending in an object pronoun (إدارتها), a line
    break, a later word starting with a proclitic letter (لفحصها, بمبلغ: the tokenizer splits و/ب/ل
    only before the article) or without the article after one with it (الاحتياط الاتحادي منهجا)
    ends the name; in a ``person``'s name after a title a later word whose letters after the proclitic
    letter are no word goes on (الحارس إيكر كاسياس, الشرطي دارن ولسن: see :func:`_proclitic_like`)."""
    n = 0
    # a name that itself opens with such a letter is read strictly (المقدم لسكان وزوار: a preposition and nouns)
    person = person and j < len(tokens) and tokens[j].norm[:1] not in _CLITIC_LETTERS
    while j + n < len(tokens) and n < MAX_NAME_WORDS:
        tok = tokens[j + n]
        if tok.kind != "word" or tok.clitic not in ("", "ال") or tok.norm in common or tok.stem in common:
            break
        if not tok.clitic and tok.norm.endswith(_PRONOUNS):
            break
        if n:
            prev = tokens[j + n - 1]
            if "\n" in text[prev.end:tok.start] or (not tok.clitic and (
                    tok.norm[0] in _CLITIC_LETTERS and not (person and not _proclitic_like(tok, common)) or prev.clitic)):
                break
        n += 1
    first = tokens[j] if n else None
    return 0 if first is not None and not first.clitic and (_adjective(first.norm, feminine_head) or first.norm[0] == "و") else n


def _proclitic_like(tok: Token, common: frozenset[str]) -> bool:
    """Whether a bare word's first letter may be a proclitic (و, ف, ب, ل, ك) on a word: its other letters
    are a common word, a given name or a place (وكان, بمدريد, وسلمان), a verbal noun or participle in م/ت
    (بمناورة, بتمزق), or too short to tell (بها); or the word ends like a plural or dual (برونزيتين).

    >>> from workbench.text import Document
    >>> [_proclitic_like(t, common_words()) for t in Document("a", "كاسياس ولسن وكان بمدريد وسلمان بتمزق").tokens]
    [False, False, True, True, True, True]
    """
    rest = tok.norm[1:]
    return (len(rest) < _MIN_BARE_REST or rest.startswith(_DERIVED_STARTS) or tok.norm.endswith(_PLURAL_ENDINGS)
            or rest in common or rest in given_names() or _listed_place(rest))


def _health_centre_words(tokens: list, first: int, common: frozenset[str], text: str) -> int:
    """How many words at ``first`` («صحي» after «مركز») name a health centre with its district: the district
    is one word with the article, which may be a common word (مركز صحي السعادة, مركز صحي المحجر), or a place's
    name without it (مركز صحي بريمان); 0 without a district (مركز صحي خاص).

    >>> from workbench.text import Document
    >>> [_health_centre_words(Document("a", t).tokens, 1, common_words(), t) for t in
    ...  ("مركز صحي السعادة من", "مركز صحي بريمان،", "مركز صحي خاص في")]
    [2, 2, 0]
    """
    j = first + 1
    if (j < len(tokens) and tokens[j].kind == "word" and tokens[j].clitic == "ال"
            and "\n" not in text[tokens[first].end:tokens[j].start]):
        return 2
    n = _place_words(tokens, j, common, text) if j < len(tokens) and _name_like(tokens[j].norm) else 0
    return n and 1 + n  # a preposition before a common word is no district (مركز صحي لنفس الغرض)


def _quoted(tokens: list, j: int, text: str, brackets: bool = False, feminine: bool = False) -> int:
    """How many words a quoted name opening at token ``j`` holds (0 when there is none). With
    ``brackets``, a name in round brackets right after its head counts too («وكالة (تسنيم)») unless
    :func:`_bracketed_aside` reads it as an aside; after a description a bracket holds the body's
    abbreviation or translation instead. ``feminine``: the head ends in ـة (see :func:`_adjective`)."""
    bracketed = brackets and j < len(tokens) and tokens[j].kind != "word" and text[tokens[j].start] == "("
    if not (bracketed or _opening_quote(tokens, j, text)):
        return 0
    k = j + 1
    while k < len(tokens) and k - j <= MAX_NAME_WORDS and tokens[k].kind == "word":
        k += 1
    closes = k < len(tokens) and k > j + 1 and (text[tokens[k].start] == ")" if bracketed else text[tokens[k].start] in _QUOTES)
    if not closes or bracketed and _bracketed_aside(tokens[j + 1:k], feminine):
        return 0
    return k - j - 1


def _bracketed_aside(words: list, feminine: bool) -> bool:
    """Whether bracketed ``words`` after a head describe it rather than name it: another head noun
    without the article («جمعية (هيئة) حقوق الإنسان») or a last word without it that reads as an
    adjective or, after a feminine head, agrees with it as one, the head then being a common noun
    («على هيئة (مجموعات لاجئة)», «حركة (رديئة)», «هيئة (جماعات صغيرة)»).
    Quote marks set a name off on purpose; brackets also hold such asides."""
    first, last = words[0], words[-1]
    return (not first.clitic and first.norm in NAME_HEADS
            or not last.clitic and _adjective(last.norm, feminine)
            or feminine and _agreeing_adjective(last, common_words()))


def _quoted_list(tokens: list, j: int, text: str) -> list[tuple[int, int]]:
    """The quoted names (first word, word count) of a list that opens at token ``j`` after a plural head:
    at most three words before it (a noun in construct with the head, then adjectives or a list opener:
    «وكالات تصنيف ائتمانية منها»), then two names or more joined by و or a comma; none without a list."""
    k = j
    while (k < len(tokens) and k - j < 3 and tokens[k].kind == "word"
           and (k == j or tokens[k].norm in _LIST_OPENERS or tokens[k].clitic == "ال" or _adjective(tokens[k].norm))):
        k += 1
    names = []
    while count := _quoted(tokens, k, text):
        names.append((k + 1, count))
        k += count + 2
        k += k < len(tokens) and text[tokens[k].start] in COMMAS
        k += k < len(tokens) and tokens[k].norm == "و"
    return names if len(names) > 1 else []


def _listed_body(doc: Document, singular: str, first: int, count: int) -> dict:
    """The record of a quoted name of :func:`_quoted_list`: the catalogue's body when it holds the name
    after the head's singular («شركة زين») or alone («فيسبوك»), else one without an id."""
    tokens = doc.tokens
    name = doc.text[tokens[first].start:tokens[first + count - 1].end]
    named = catalogue_named("ORG")
    known = named.get(alias_key(f"{singular} {name}")[0]) or named.get(alias_key(name)[0])
    return pattern_record(doc, _name_start(tokens[first]), tokens[first + count - 1].end, "ORG", known, CONFIDENCE)


def _quoted_place(tokens: list, first: int, common: frozenset[str], text: str, feminine: bool) -> tuple[int, int]:
    """Where a place's name after its head starts and how many words it holds: quote marks around it
    are left out of the span («مدينة " لودر"», «مدينة "الوهط "»), and a quoted place needs its closing
    mark right after the name the place reading finds («منطقة "آمنة جدا"» names none)."""
    opened = _opening_quote(tokens, first, text)
    count = _place_words(tokens, first + opened, common, text, feminine)
    if opened and not _opening_quote(tokens, first + 1 + count, text):
        return first, 0
    return first + opened, count


@lru_cache(maxsize=1)
def movements_named() -> dict[str, tuple[str, str, str]]:
    """Folded name -> the catalogue movement, party or armed group whose alias is that name after one
    of :data:`_MOVEMENT_NOUNS` (قاعده: «تنظيم القاعدة»); a name two bodies share is left out."""
    found: dict[str, set[tuple[str, str, str]]] = {}
    for key, body in catalogue_named("ORG").items():
        head, _, name = key.partition(" ")
        if name and head in _MOVEMENT_NOUNS:
            found.setdefault(alias_key(name)[0], set()).add(body)
    return {name: next(iter(bodies)) for name, bodies in found.items() if len({b[0] for b in bodies}) == 1}


def _name_start(tok: Token) -> int:
    """Where a name opening with ``tok`` starts: after its article (الجزيرة -> جزيرة, as the catalogue's spans)."""
    return tok.stem_start if tok.clitic == "ال" else tok.start


def _opening_quote(tokens: list, j: int, text: str) -> int:
    """1 when token ``j`` is a quote mark, else 0."""
    return int(j < len(tokens) and tokens[j].kind != "word" and text[tokens[j].start] in _QUOTES)


def _description_before_quote(tokens: list, j: int, text: str, limit: int = 3) -> int:
    """How many words at ``j`` describe an organisation before its quoted name: at most ``limit``
    words on one line, the last with the article (صناعة الإليكترونات الهولندية «فيليبس»); 0 when
    no quoted name follows them.

    >>> from workbench.text import Document
    >>> t = "شركة صناعة الإليكترونات الهولندية «فيليبس» و"
    >>> _description_before_quote(Document("a", t).tokens, 1, t), _description_before_quote(Document("a", "شركة كبرى «س»").tokens, 1, "شركة كبرى «س»")
    (3, 0)
    """
    k = j
    while k < len(tokens) and k - j < limit and tokens[k].kind == "word" and "\n" not in text[tokens[k - 1].end:tokens[k].start]:
        k += 1
    opens = k < len(tokens) and k > j and tokens[k].kind != "word" and text[tokens[k].start] in _QUOTES
    return k - j if opens and tokens[k - 1].clitic == "ال" else 0


def _nisba_given_name(tokens: list, first: int, common: frozenset[str], text: str) -> bool:
    """Whether a bare word in ـي at ``first`` (which :func:`_name_words` reads as an adjective) and a bare
    name word after it name a person after a title (صدقي صبحي, مجدي يعقوب): no nationality
    adjective (سعودي), no «و», «ب» or «ل» first (وولي ولي العهد: the next title; بمديري إدارات, لنرتقي: a
    preposition or a verb), no noun with the article next (مصري الأصل, a predicate) and no «و» or binder next
    (قدري أبو ثريه: a name longer than two words is left unread).

    >>> from workbench.text import Document
    >>> c = common_words()
    >>> [_nisba_given_name(Document("a", t).tokens, 1, c, t) for t in ("الفريق صدقي صبحي", "الفنان مصري الأصل")]
    [True, False]
    """
    if first + 1 >= len(tokens) or "\n" in text[tokens[first].end:tokens[first + 1].start]:
        return False
    word, nxt = tokens[first], tokens[first + 1]
    return (word.norm.endswith("ي") and word.norm[0] not in _NOT_NISBA_STARTS and _bare_name_word(word, common)
            and _bare_name_word(nxt, common) and nxt.norm[0] != "و" and nxt.norm not in BINDERS
            and _name_words(tokens, first, common, text) == 0)


def _bare_name_word(tok: Token, common: frozenset[str]) -> bool:
    """A word without a clitic that may be part of a name: no common word, nationality adjective,
    pronoun suffix or clitic letter before a common word (صبحي, يعقوب; not سعودي, سابق, منزلته)."""
    return (tok.kind == "word" and not tok.clitic and tok.norm not in common and tok.norm not in nationality_words()
            and _plain_word(tok, common))


def _plain_word(tok: Token, common: frozenset[str]) -> bool:
    """A word without a pronoun suffix nor a clitic letter before a common word (not منزلتها, بأن)."""
    return not tok.norm.endswith(_PRONOUNS) and not (tok.norm[0] in _CLITIC_LETTERS and tok.norm[1:] in common)


def _abbreviated_title(tokens: list, i: int) -> bool:
    """Whether token ``i`` is a title abbreviated to a letter and a full stop (د. جميل البقعاوي, م. خالد
    الزهراني), not a unit after a number (1973 م.).

    >>> from workbench.text import Document
    >>> [_abbreviated_title(Document("a", t).tokens, 1) for t in ("قال د. جميل", "عام 1973 م. وقال", "قال د جميل")]
    [True, False, False]
    """
    # the title's letter first: most tokens asked about are other start words
    return (tokens[i].norm in _ABBREVIATED_TITLES and i + 1 < len(tokens) and tokens[i + 1].text == "."
            and not (i and tokens[i - 1].kind == "number"))


def _complement_title(tokens: list, i: int) -> int:
    """1 + the proclitic's letters when token ``i`` starts a two-word title (رجل الأعمال, ولرائد الفضاء), else 0:
    the singular noun right before its complement (رجال الأعمال, the plural, is a group of persons).

    >>> from workbench.text import Document
    >>> [_complement_title(Document("a", t).tokens, 0) for t in ("رجل الأعمال سليمان", "ورجل الأعمال", "رجل الأمن")]
    [1, 2, 0]
    """
    title = _complement_titles().get(tokens[i].norm)
    return 1 + title[1] if title and i + 1 < len(tokens) and tokens[i + 1].norm == title[0] else 0


def _after_qualifiers(tokens: list, j: int) -> int:
    """The token after the words that qualify a title at ``j`` (at most :data:`_MAX_QUALIFIERS`:
    اللواء الركن, الفريق أول ركن).

    >>> from workbench.text import Document
    >>> _after_qualifiers(Document("a", "الفريق أول ركن صدقي صبحي").tokens, 1)
    3
    """
    k = j
    while k < len(tokens) and k - j < _MAX_QUALIFIERS and tokens[k].norm in _TITLE_QUALIFIERS:
        k += 1
    return k


def _title_name(tokens: list, first: int, count: int, kind: str, common: frozenset[str], text: str) -> int:
    """How many words after a title name a person (``count``: the name words there).

    Two name words (three after عبد: الشيخ عبد العزيز الحصين, or when the third ends the name:
    للشاعر قالح نقا الغنامي) that do not start with a given name, which the name patterns take
    (:mod:`.names`), nor with the article (للعميد العتيبي التوفيق); after a title of rank, office or trade also a
    given name that is a word (المهندسة نور باقادر) with one more word, or one word without the
    article (a foreign or single name: المغرد همام) that punctuation, the text's end or a reporting
    verb ends.
    """
    word = tokens[first].norm if first < len(tokens) else ""
    nisba = not count and _nisba_given_name(tokens, first, common, text)
    if nisba:
        count = 2  # الفريق أول صدقي صبحي: a given name in ـي is no adjective after a title
    if kind != "title":
        kind, count = "role", _role_name_words(tokens, first, count, common)
    if kind == "role" and word in word_given_names():
        rest = _name_words(tokens, first + 1, common, text)
        if rest >= 2 and first + 2 < len(tokens) and _last_name_word(tokens, first + 2):
            return 3  # الموقوف هادي قطيم الشيباني: a family nisba ends the name
        return 2 if rest else (1 if _name_ends(tokens, first + 1) else 0)
    if kind == "role" and _common_word_given_name(tokens, first, common):
        return 2
    if word in given_names():
        if kind == "role" and _name_ends(tokens, first + 1) and not tokens[first].clitic:
            return 1
        return 0  # the name patterns' (names.py)
    if count >= 2 and tokens[first].clitic == "ال":
        return 0  # للعميد العتيبي التوفيق: a family name with the article is the whole name, the next word another phrase
    if count >= 2:
        words = count
        count = 3 if word in BINDERS or tokens[first + 1].norm in BINDERS else 2  # عبد العزيز الحصين, إحسان أبو حليقة
        count += count == 2 and words >= 3 and _last_name_word(tokens, first + 2)  # قالح نقا الغنامي
        return count if first + count <= len(tokens) and (nisba or _name_words(tokens, first, common, text, person=True) >= count) else 0
    if kind == "role" and count == 1 and not tokens[first].clitic and not _adjective(word) and _name_ends(tokens, first + 1):
        return 1
    return 0


def _common_word_given_name(tokens: list, first: int, common: frozenset[str]) -> bool:
    """Whether a common word right after a title of trade is a given name: it has no clitic, is no
    particle or verb-like word, and a family nisba with the article that is no common word follows
    (الكاتب خلف الحربي; not اللاعب مع النادي, a preposition and a noun, nor اللاعب برنامجه التأهيلي).

    >>> from workbench.text import Document
    >>> [_common_word_given_name(Document("a", t).tokens, 1, common_words()) for t in
    ...  ("الكاتب خلف الحربي في", "اللاعب مع النادي في", "اللاعب بأن القرني", "اللاعب برنامجه التأهيلي")]
    [True, False, False, False]
    """
    if first + 1 >= len(tokens):
        return False
    tok, family = tokens[first], tokens[first + 1]
    return (tok.kind == "word" and not tok.clitic and tok.norm in common and tok.norm not in PARTICLES
            and not tok.norm.startswith(_VERB_STARTS) and not tok.text.endswith("ه") and _plain_word(tok, common)
            and family.kind == "word" and family.clitic == "ال"
            and family.stem not in common and _last_name_word(tokens, first + 1))


def _given_name(tok: Token) -> bool:
    """Whether ``tok`` is a listed given name, also written on a preposition (لماجد).

    >>> from workbench.text import Document
    >>> [_given_name(t) for t in Document("a", "لماجد المهندس").tokens]
    [True, False]
    """
    return tok.norm in given_names() or tok.norm in preposed_given_names()


def _last_name_word(tokens: list, j: int) -> bool:
    """Whether name word ``j``, the third after a title, ends the name: a family nisba with the article
    that is no state's adjective (للشاعر قالح نقا الغنامي), or a word that ends the name (للمدرب فيسنتي
    ديل بوسكي.; المصمم إيف سان لوران،).

    >>> from workbench.text import Document
    >>> [_last_name_word(Document("a", t).tokens, 3) for t in
    ...  ("للشاعر قالح نقا الغنامي ثم", "للمدرب فيسنتي ديل بوسكي.", "المخرج هثيم خلايلة السوري في", "المخرج هثيم خلايلة ماهر في")]
    [True, True, False, False]
    """
    tok = tokens[j]
    if tok.clitic == "ال":
        return tok.stem.endswith("ي") and tok.stem not in nationality_words()
    return _name_ends(tokens, j + 1)


def _after_complement(tokens: list, j: int) -> int | None:
    """The token after an office's complement at ``j``: words with the article or another clitic
    (الخارجية الأمريكية, العام للتعليم), «باسم» and a word with ب or ل before more of them (بجدة
    للشؤون) among them, at most :data:`MAX_COMPLEMENT`; None when there is none."""
    k, words = j, 0
    while k < len(tokens) and k - j < MAX_COMPLEMENT and tokens[k].kind == "word":
        if tokens[k].clitic:
            words += 1
        elif not (tokens[k].norm == _ON_BEHALF or tokens[k].norm[0] in "بل" and _complement_word(tokens, k + 1)):
            break  # «باسم» (المتحدث الرسمي باسم الوزارة) and a place before more complement (بجدة للشؤون) go on
        k += 1
    k += 2 * bool(words and _seat(tokens, k))  # سفير المملكة لدى اليمن محمد آل جابر: the office's seat
    k += words and comma_at(tokens, k)  # «رئيس الوزراء الأسبق، إسحق رابين،»: the name set off by commas
    return k if words and k < len(tokens) and tokens[k].kind == "word" and not tokens[k].clitic else None


def _seat(tokens: list, k: int) -> bool:
    """Whether tokens ``k`` and ``k + 1`` name the seat of an office after its complement: «في» or «لدى»
    before a catalogue place, bare or with the article (مدير مكتب الأمم المتحدة في اليمن, سفير المملكة لدى مصر).
    Not before a name whose second word is a listed given name: the first is then an honorific (مولوي
    عبدالحميد) or the name runs on past two words (جمعة محمد لهيب).

    >>> from workbench.text import Document
    >>> [_seat(Document("a", t).tokens, 0) for t in ("لدى اليمن", "في مصر", "في الاجتماع", "لدى", "في إيران مولوي عبدالحميد")]
    [True, True, False, False, False]
    """
    if k + 1 >= len(tokens) or tokens[k].norm not in _SEAT_WORDS:
        return False
    return _catalogue_place(tokens[k + 1]) and not (k + 3 < len(tokens) and tokens[k + 3].norm in given_names())


def _catalogue_place(tok) -> bool:
    """Whether a word is a catalogue place, bare or with the article (اليمن, مصر)."""
    return tok.kind == "word" and tok.clitic in ("", "ال") and tok.stem in catalogue_named("GPE")


def _complement_word(tokens: list, k: int) -> bool:
    return k < len(tokens) and tokens[k].kind == "word" and bool(tokens[k].clitic)


def _role_name_words(tokens: list, first: int, count: int, common: frozenset[str]) -> int:
    """The name words after a title of rank, office or trade that read as a name: none when the
    first starts like a verb (سيواصل, يستحق) or with a clitic letter before a common word or the
    article (لمهرجان, or any clitic letter in a one-word name) and is no given name; up to a word with a pronoun
    suffix (منزلته, معنا) or tanween (تراجعاً), which ends them."""
    word = tokens[first].norm if count else ""
    if word and word not in given_names() and (
            word.startswith(_VERB_STARTS) and not _foreign_first_name(word, count)
            or word[0] in _CLITIC_LETTERS and (count == 1 or word[1:] in common or word[1:3] == "ال")):
        return 0  # لقناة, لمهرجان جرش: a preposition and a noun
    for k in range(first, first + count):
        word = tokens[k]
        if word.text.endswith("ه") or "\u064b" in word.text or (not word.clitic and word.norm.endswith(NOT_SURNAME_ENDINGS)):
            return k - first
    return count


def _foreign_first_name(word: str, count: int) -> bool:
    """Whether a first word after a title that starts like a verb (ي, ت, ن, سي) is a foreign given name
    instead: the name goes on past it and the word scores on the foreign side of the foreign reader's bar
    (الرئيس السوفييتي نكيتا خرتشوف, الإعلامية السورية ياسمين حناوي; not اللاعب يستحق, الرائد يغلق ملف).

    >>> [_foreign_first_name(w, 2) for w in ("نكيتا", "يستحق", "يغلق")], _foreign_first_name("نكيتا", 1)
    ([True, False, False], False)
    """
    return count >= 2 and foreign_score(word) >= THRESHOLD


def _after_role_adjectives(tokens: list, j: int) -> int:
    """The token after the adjectives that may follow a title of trade before the name (up to
    three with the article: a nationality or other relational adjective in ـي, or one of
    :data:`_ROLE_ADJECTIVES`: المخرج السوري الكبير نجدت أنزور).

    >>> from workbench.text import Document
    >>> _after_role_adjectives(Document("a", "المخرج السوري الكبير نجدت أنزور").tokens, 1)
    3
    """
    k = j
    while (k < len(tokens) and k - j < 3 and tokens[k].kind == "word" and tokens[k].clitic == "ال"
           and (tokens[k].stem.endswith("ي") or tokens[k].norm in _ROLE_ADJECTIVES)):
        k += 1
    return k


def _person_words(tokens: list, first: int, count: int) -> bool:
    """Whether the words after a noun of action read as a person's name: no word in the dual or
    plural or a nisba plural (مقتل جنديين تركيين, خطف مقاتلين معتدلين), and no head noun or title
    first (تعيين مستشار أوباما, إعدام محكمة ...).

    >>> from workbench.text import Document
    >>> [_person_words(Document("a", t).tokens, 1, 2) for t in ("تعيين صائب عريقات", "مقتل جنديين تركيين")]
    [True, False]
    """
    starts = _starts()
    first_word = tokens[first].norm
    if first_word in starts or "ال" + first_word in starts:
        return False
    return not any(t.norm.endswith(("ين", "ان")) and t.norm not in given_names() for t in tokens[first:first + count])


def _definite_name_words(tokens: list, first: int, text: str) -> int:
    """How many words after a definite institutional head name the institution: relational
    adjectives (الوطنية, العامة; at most three) and a complement with ل (للمتقاعدين, لحقوق الإنسان)
    and its coordinated words (والتراث, وينبع: a known place), two adjectives without one (الشركة الوطنية السياحية), or, after the head of a body (لجنة, هيئة,
    غرفة, مجلس, جامعة, محكمة, كلية), one adjective that is neither a state's nor «العامة» (اللجنة الإعلامية, اللجنة
    المنظمة, المحكمة العليا, الكلية الحربية); other heads with one adjective are mostly common phrases (المركز الريادي, الاتحاد
    السياسي, المكتب الإعلامي), and a state's adjective or «العامة» leaves any head generic (الهيئة العامة). An
    adjective must agree with the head's gender: «الجامعة | الرسمي» is the website's, not the university's.

    >>> from workbench.text import Document
    >>> [_definite_name_words(Document("a", t).tokens, 1, t) for t in
    ...  ("الهيئة الملكية للجبيل وينبع", "المركز العربي الطبي في", "الشركة السعودية في",
    ...   "اللجنة المنظمة في", "الهيئة الملكية بينبع", "الهيئة العامة في", "المركز الريادي في",
    ...   "اللجنة التنفيذية للاتحاد الدولي", "الجامعة الرسمي في")]
    [3, 2, 0, 1, 1, 0, 0, 0, 0]
    """
    feminine = tokens[first - 1].stem.endswith("ه")
    k = first
    while (k < len(tokens) and k - first < 3 and _institution_adjective(tokens[k])
           and _agrees(tokens[k].stem, feminine)):
        k += 1
    adjectives = k - first
    if not adjectives:
        return 0
    body = tokens[first - 1].norm in _BODY_HEADS
    if body and k < len(tokens) and tokens[k].clitic == "ال" and tokens[k].stem in _SPECIALISED:
        k += 1  # المحكمة الجزائية المتخصصة
        adjectives += 1
    complement = _institution_complement(tokens, k, text)
    if complement or adjectives >= 2:
        return adjectives + complement
    if k < len(tokens) and tokens[k].norm in _starts():
        return 0  # الهيئة الاستشارية للجمعية: a body of another institution, named by that one
    return 1 if (body and tokens[first].stem not in _GENERIC_ADJECTIVES
                 and tokens[first].stem not in nationality_words()) else 0


def _construct_name_words(tokens: list, first: int, text: str, coordinated: bool = True) -> int:
    """How many words after an indefinite institutional head name it by its field: a definite noun
    (a common word: الشؤون, التنمية) with a coordinated one (العلوم والآداب) or relational
    adjectives that are not a state's (الشؤون الخارجية, التنمية السياحية), which one more
    coordinated noun may follow (التعاون الاقتصادي والتنمية); a bare noun is a generic
    phrase (مجلس الإدارة), a state's adjective leaves the state, and a ل-word after the adjectives is
    mostly a purpose (مستشفى الصحة النفسية | للتأكد). After a state's portfolio (الخارجية, الدفاع) an
    adjective in ـي names the state, listed or not (وزارة الخارجية الكرواتية: :mod:`.institutions` reads it); after a masculine head and
    a plural of persons a word in ـية agrees with neither and starts the next phrase (مجلس النواب
    الأولوية); a coordinated head noun starts another body's name (التنمية الاجتماعية | والمكتب), and after a
    union's members no coordinated noun is taken (اتحاد الكرة | والشرطة), nor anywhere without ``coordinated``.

    >>> from workbench.text import Document
    >>> [_construct_name_words(Document("a", t).tokens, 1, t) for t in
    ...  ("لجنة الشؤون الخارجية في", "مجلس التنمية السياحية بالمنطقة", "كلية العلوم والآداب في", "مجلس الإدارة في",
    ...   "وزارة الخارجية الأمريكية في", "منظمة التعاون الاقتصادي والتنمية في", "وزارة الداخلية البلغارية في",
    ...   "مجلس المحافظين الأولوية في", "لجنة التنمية الاجتماعية والوزارة في", "اتحاد الإذاعات الإسلامية في",
    ...   "اتحاد الكرة والشرطة الدولي")]
    [2, 2, 2, 0, 0, 3, 0, 0, 2, 2, 0]
    """
    k = first + 1
    if k >= len(tokens) or not _field_noun(tokens[first]) or "\n" in text[tokens[first].end:tokens[k].start]:
        return 0
    single = tokens[first - 1].norm in _MEMBER_HEADS or not coordinated  # no coordinated field taken
    if tokens[k].kind == "word" and tokens[k].clitic == "وال" and _coordinated_field(tokens[k]) and not single:
        k += 1
    elif tokens[first].stem in _STATE_PORTFOLIOS or (
            not tokens[first - 1].norm.endswith("ه") and persons_plural(tokens[first].stem)
            and tokens[k].norm.endswith("يه")):
        return 0
    while (k < len(tokens) and k - first < 4 and _institution_adjective(tokens[k])
           and tokens[k].stem not in nationality_words()):
        k += 1
    if k == first + 1:
        return 0
    if k < len(tokens) and tokens[k].clitic == "وال" and _coordinated_field(tokens[k]) and not single:
        k += 1  # منظمة التعاون الاقتصادي والتنمية
    return k - first


def _place_name_words(tokens: list, first: int, text: str) -> int:
    """How many words after an indefinite institutional head make a name that holds a catalogue
    place: a common noun before the place (محكمة استئناف الرياض), or the place before relational
    adjectives that are not a state's (مركز أبها الدولي), either with a ل-complement (مركز غرفة جدة
    للمعارض, مركز أبها الدولي للمعارض); 0 for the place
    alone (مركز أبها: also the town's administrative centre), a head noun before it (مجلس منطقة الرياض,
    the place head's own reading; a natural place's head is a common noun here: شركة وادي مكة) or a particle (مستشفى في عمان, مستشفى داخل الرياض).

    >>> from workbench.text import Document
    >>> [_place_name_words(Document("a", t).tokens, 1, t) for t in
    ...  ("محكمة استئناف الرياض حكما", "مركز أبها الدولي للمعارض في", "مركز أبها في", "مجلس منطقة الرياض في",
    ...   "مستشفى في عمان", "مستشفى داخل الرياض", "مركز غرفة جدة للمعارض والمؤتمرات في")]
    [2, 3, 0, 0, 0, 0, 4]
    """
    end = min(first + 2, len(tokens))
    k = next((k for k in range(first, end) if _catalogue_place(tokens[k])), None)
    if k is None or any("\n" in text[tokens[j - 1].end:tokens[j].start] for j in range(first, k + 1)):
        return 0
    noun = tokens[first]
    if k > first and (noun.clitic or len(noun.norm) < 4 or noun.norm not in common_words()
                      or noun.norm in _starts() and noun.norm not in _NATURAL_HEADS or noun.norm in _PLACE_ADVERBS):
        return 0
    j = k + 1
    while (j < len(tokens) and j - k <= 3 and _institution_adjective(tokens[j])
           and tokens[j].stem not in nationality_words()):
        j += 1
    return 0 if j == k + 1 == first + 1 else j - first + _institution_complement(tokens, j, text)


def _field_noun(tok) -> bool:
    """A definite noun that may name an institution's field (الشؤون, التنمية, الآداب): no state's
    adjective, no head noun (a noun in ـية such as التنمية reads like an adjective, but right after an
    indefinite head a definite word is its complement)."""
    return (tok.kind == "word" and tok.clitic in ("ال", "وال") and len(tok.stem) > 2
            and tok.stem not in nationality_words() and "ال" + tok.stem not in _starts())


def _coordinated_field(tok) -> bool:
    """A field noun after «و» that is not a head noun, which names a second body (والمكتب, والوزارة)."""
    return _field_noun(tok) and tok.stem not in _starts()


@lru_cache(maxsize=1)
def nationality_words() -> frozenset[str]:
    """Folded nationality adjectives of the shipped catalogue, without the article (سعوديه, امريكي).

    >>> {"سعوديه", "قطري"} <= nationality_words()
    True
    """
    catalogue = load_catalogue()
    return frozenset(alias_key(alias)[0] for alias in catalogue.loc[catalogue["via"] == "nationality", "alias"])


@lru_cache(maxsize=1)
def club_adjectives() -> frozenset[str]:
    """Folded masculine nationality adjectives with the article that may follow a foreign club's name
    (الاماراتي, التركي); not the Saudi one, which in the Saudi press follows a federation or a fund.

    >>> "التركي" in club_adjectives(), "السعودي" in club_adjectives(), "التركيه" in club_adjectives()
    (True, False, False)
    """
    return frozenset("ال" + w for w in nationality_words() if w.endswith("ي") and w != fold("سعودي"))


def _institution_adjective(tok) -> bool:
    """A word with the article that reads as an adjective of an institution (الوطنية, العامة, الأعلى)."""
    return (tok.kind == "word" and tok.clitic == "ال" and len(tok.stem) > 2 and tok.stem not in _NOT_INSTITUTION_ADJECTIVES
            and (_adjective(tok.stem) or tok.stem in _INSTITUTION_ADJECTIVES))


def _agrees(stem: str, feminine: bool) -> bool:
    """Whether an adjective's ending fits its head's gender: a word in bare ـي after a feminine head
    («الكلية | الإلكتروني», the college's website) or in ـة after a masculine one qualifies another noun; a
    feminine elative (الكبرى) agrees with a feminine head only.

    >>> _agrees("كبري", True), _agrees("كبري", False), _agrees("رسمي", True)
    (True, False, False)
    """
    if stem in _FEMININE_ELATIVES:
        return feminine
    return not stem.endswith("ي") if feminine else not stem.endswith("ه")


def _institution_complement(tokens: list, k: int, text: str) -> int:
    """How many words at ``k`` form an institution's ل-complement (للثقافة والتراث, لحقوق الإنسان)."""
    if k >= len(tokens) or tokens[k].kind != "word" or "\n" in text[tokens[k - 1].end:tokens[k].start]:
        return 0
    tok, nxt = tokens[k], tokens[k + 1] if k + 1 < len(tokens) else None
    if tok.norm in _starts():
        return 0  # الهيئة الاستشارية للجمعية: a body of another institution
    if tok.clitic == "لل":
        n = 1
    elif (not tok.clitic and tok.norm[0] == "ل" and len(tok.norm) > 3 and tok.norm[1:] not in _NOT_COMPLEMENTS
          and not tok.norm.endswith(_PRONOUNS)  # مؤسسة مسك الخيرية | لإعطائهم الفرصة: a purpose with its object
          and nxt is not None and nxt.kind == "word" and nxt.clitic == "ال"):
        n = 2
    else:
        return 0
    while k + n < len(tokens) and n < 5:
        word = tokens[k + n]
        if word.kind != "word" or "\n" in text[tokens[k + n - 1].end:word.start] or word.norm in _starts() or not (
                word.clitic == "وال" or not word.clitic and word.norm[0] == "و" and word.norm[1:] in catalogue_named("GPE")
                or _institution_adjective(word)):  # للشؤون الصحية, للانتخابات البلدية
            break
        n += 1
    return n


def _port_words(tokens: list, first: int, count: int) -> int:
    """How many of the ``count`` name words after a port's or crossing's head name it: none for an
    adjective in the accusative (يعد ميناء استراتيجيا), two for a mountain's name (ميناء جبل علي: «علي» is a
    common word), and a bare word in ـة after a bare name word ends the name, an adjective of another noun
    (ميناء عدن | محملة), unless a binder stands before it (ميناء رأس تنورة).

    >>> from workbench.text import Document
    >>> [_port_words(Document("a", t).tokens, 1, n) for t, n in
    ...  (("ميناء استراتيجيا للبلاد", 1), ("ميناء جبل علي في", 1), ("ميناء عدن محملة بالمساعدات", 2),
    ...   ("ميناء رأس تنورة في", 2), ("ميناء سوريا", 1))]
    [0, 2, 1, 2, 1]
    """
    if not count:
        return 0
    word = tokens[first]
    if (not word.clitic and word.norm.endswith("يا") and len(word.norm) > 5
            and word.norm[:-1] not in nationality_words()):
        return 0
    nxt = tokens[first + 1] if first + 1 < len(tokens) else None
    if count == 1 and word.norm in _NATURAL_HEADS and nxt is not None and nxt.kind == "word" and not nxt.clitic:
        return 2
    return next((k for k in range(1, count) if not tokens[first + k].clitic and tokens[first + k].norm.endswith("ه")
                 and not tokens[first + k - 1].clitic and tokens[first + k - 1].norm not in _PLACE_BINDERS), count)


def _name_ends(tokens: list, j: int) -> bool:
    """Whether a name may end before token ``j``: the end of the text, punctuation or a reporting verb."""
    return j >= len(tokens) or tokens[j].kind != "word" or tokens[j].norm in _AFTER_NAME


def _unit_of_body(tokens: list, head: int, after: int) -> bool:
    """Whether the «وحدة» at token ``head``, its field ending before token ``after``, is a body: an
    office's holder before it (مدير وحدة, ممثلة بوحدة) or, after it, «التابعة» or the body or place
    it belongs to (في صحيفة, بالجامعة, في الدمام).

    >>> from workbench.text import Document
    >>> [_unit_of_body(Document("a", t).tokens, 1, 4) for t in
    ...  ("مدير وحدة الدراسات والتوثيق", "نظمت وحدة الدعم النفسي التابعة", "تحليل وحدة الموقف الوطني في",
    ...   "أمس وحدة الدعم النفسي بالجامعة", "على وحدة الموقف الوطني في بلدان")]
    [True, True, True, True, False]
    """
    before = tokens[head - 1].norm if head else ""
    if before in _UNIT_HOLDERS or before[1:] in _UNIT_HOLDERS and before.startswith("و"):
        return True
    nxt = tokens[after] if after < len(tokens) else None
    if nxt is None or nxt.kind != "word":
        return False
    if nxt.norm in _UNIT_OWNERS:
        return True
    if nxt.norm == _IN:
        nxt = tokens[after + 1] if after + 1 < len(tokens) else None
    elif not nxt.norm.startswith("ب"):
        return False
    if nxt is None or nxt.kind != "word":
        return False
    owner = _starts().get(nxt.norm)
    places = catalogue_named("GPE")
    return (owner is not None and owner[0] in ("head", "definite") or nxt.stem in places
            or nxt.norm.startswith("ب") and nxt.norm[1:] in places)


def _palace_named(doc: Document, i: int) -> bool:
    """Whether the palace head at token ``i`` names its palace by the common definite word after it:
    the head carries «ب» or follows في, إلى, من or داخل, the word is no adjective and the sentence
    has a verb or noun of receiving or visiting («استقبل ... في قصر السلام»).

    >>> [_palace_named(Document("a", t), 2) for t in
    ...  ("استقبل الملك بقصر السلام أمس", "استقبل الملك بقصر المدة الرامية", "ضاق الوقت في قصر المدة")]
    [True, False, False]
    """
    tokens = doc.tokens
    head, word = tokens[i], tokens[i + 1] if i + 1 < len(tokens) else None
    if (word is None or word.clitic != "ال" or len(word.stem) < 3 or word.stem.endswith(RELATIONAL_ENDINGS)
            or not (head.norm.startswith("ب") or i and tokens[i - 1].norm in _IN_PLACE)):
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    if after is not None and after.clitic == "ال" and after.stem.endswith(RELATIONAL_ENDINGS):
        return False  # قصر المدة الرامية: a noun phrase
    sentence = doc.sentences[doc.sentence_of(head.start)]
    near = tokens[max(0, i - _PALACE_WINDOW):i + _PALACE_WINDOW]
    return any(sentence[0] <= t.start < sentence[1] and (t.norm in _RECEIVING or t.norm[1:] in _RECEIVING)
               for t in near)


def head_mentions(doc: Document, common: frozenset[str] | None = None, candidates: list[int] | None = None) -> list[dict]:
    """Names after a head noun or a strong title in ``doc``, as entity records with actor_id NA;
    ``candidates`` as for :func:`~.names.name_mentions` (:func:`pattern_tokens`)."""
    common = common_words() if common is None else common
    given = given_names()
    starts, plurals, paired_titles = _starts(), _plural_starts(), _complement_titles()
    tokens, text = doc.tokens, doc.text
    out: list[dict] = []
    after = 0
    for i in (word_tokens(doc, _start_words(), more=((_field_start_words(), _DEFINITE_AFTER),
                                                     (_ABBREVIATED_TITLES, _ABBREVIATION_STOP))) if candidates is None
              else candidates):
        tok = tokens[i] if after <= i < len(tokens) else None
        if tok is not None and tok.norm in plurals:
            out += [_listed_body(doc, plurals[tok.norm], first, count) for first, count in _quoted_list(tokens, i + 1, text)]
            continue
        found = starts.get(tok.norm) if tok is not None else None
        # the word's lookup before each call: most tokens here are given names, neither form of title
        abbreviated = found is None and tok is not None and tok.norm in _ABBREVIATED_TITLES and _abbreviated_title(tokens, i)
        if abbreviated:
            found = ("title", "PER", False, len(tok.norm) - 1)
        paired = found is None and tok is not None and tok.norm in paired_titles and _complement_title(tokens, i)
        if paired:
            found = ("role", "PER", False, paired - 1)
        if found is None:
            continue
        kind, typ, keep, skip = found
        noun = tok.norm[skip:]  # the head or title without its proclitics
        action = kind == "action"
        if action:
            kind = "role"
        if noun == _BROADCAST and (tok.text.endswith("ه") or i and tokens[i - 1].norm in _TIME_BEFORE_ACT):
            continue
        if kind == "role" and i and starts.get(tokens[i - 1].norm, ("",))[0] == "head":
            continue  # صحيفة السفير: the name of a newspaper, not an ambassador
        if kind in ("title", "role") and not skip and i and _given_name(tokens[i - 1]):
            continue  # لماجد المهندس: a family name after a given name («أنس خالد والفنان» is a list)
        natural = kind == "head" and noun in _NATURAL_HEADS
        if natural and i and (tokens[i - 1].norm in BINDERS or tokens[i - 1].norm in SAYING_WORDS
                              or starts.get(tokens[i - 1].norm, ("",))[0] == "head"):
            continue
        first = i + 1 + abbreviated + bool(paired)  # past the full stop of «د.» or the title's complement
        if kind in ("title", "role"):
            first = _after_qualifiers(tokens, first)  # العميد الركن معن السعدي, الفريق أول صدقي صبحي
        if kind == "role":
            adjectives = _after_role_adjectives(tokens, first)  # المخرج السوري الكبير نجدت أنزور
            first = adjectives + (adjectives > first and comma_at(tokens, adjectives))
        if kind == "office":
            first = _after_complement(tokens, first)
            if first is None:
                continue
        if kind == "definite":
            count = _definite_name_words(tokens, first, text)
            if count:
                last = tokens[first + count - 1]
                out.append(record(doc, tok.stem_start, last.end, typ, None, None, text[tok.stem_start:last.end],
                                  "pattern", "pattern", CONFIDENCE))
                after = first + count
            continue
        feminine = kind == "head" and tok.norm.endswith("ه")  # منطقة, شركة (folded ة)
        # «مركز (نيرا)» is as often an administrative centre, a place, as a body: its brackets are left
        quoted = _quoted(tokens, first, text, noun != _CENTRE, feminine) if kind == "head" and typ == "ORG" else 0
        if kind == "head" and not quoted and noun in _BRAND_HEADS:
            described = _description_before_quote(tokens, first, text)  # شركة الإلكترونيات الهولندية «فيليبس»
            quoted = _quoted(tokens, first + described, text) if described else 0
            first += described if quoted else 0
        if quoted:
            first, count, keep = first + 1, quoted, False
        elif typ == "GPE" or natural:
            # a head kept in the span (جبل, نهر) would take the opening mark into it
            first, count = (first, _place_words(tokens, first, common, text, feminine)) if keep else _quoted_place(
                tokens, first, common, text, feminine)
        elif noun in _LATIN_HEADS and first < len(tokens) and tokens[first].kind == "latin":
            count = _latin_words(tokens, first)  # شركة Best Buy
        elif not keep and first < len(tokens) and tokens[first].norm in _FIXED_AFTER_HEAD:
            count, keep = 1 + _name_words(tokens, first + 1, common, text), True
        elif noun == _CENTRE and first < len(tokens) and tokens[first].norm == _HEALTH:
            count = _health_centre_words(tokens, first, common, text)
        elif noun in _FIELD_ONLY_HEADS:
            count = _construct_name_words(tokens, first, text)
            if count and noun == _UNIT and not _unit_of_body(tokens, i, first + count):
                count = 0
        else:
            count = _name_words(tokens, first, common, text, feminine, person=kind != "head")
            if count and noun in _COMPLEMENT_HEADS:
                count += _institution_complement(tokens, first + count, text)  # مركز آدم لحوار الحضارات
            if keep and typ == "ORG":
                count = max(count, _place_name_words(tokens, first, text))  # محكمة استئناف الرياض
            if count <= 1 and keep and typ == "ORG" and noun not in _NOT_FIELD_HEADS:
                # a field as the name (لجنة الشؤون الخارجية), also where one name word is a field with its
                # adjectives (مكتب الادعاء العام); a coordinated noun after such a one-word name is mostly the
                # sentence's list (مستشفى العيون | والجهات الخيرية)
                count = max(count, _construct_name_words(tokens, first, text, coordinated=not count))
            if not count and noun == _PALACE and _palace_named(doc, i):
                count = 1  # في قصر السلام
            if noun in _PORT_HEADS:
                count = _port_words(tokens, first, count)
            if noun in _TOWN_BODY_HEADS:  # a catalogue town keeps its id (بلدية نيويورك: the city)
                count = 0 if count and tokens[first].stem in catalogue_named("GPE") else min(count, 1)
        if kind != "head":
            count = _title_name(tokens, first, count, kind, common, text)
            if not count or action and not _person_words(tokens, first, count):
                continue
        if count == 0 or (keep and count == 1 and tokens[first].norm in _FIXED_AFTER_HEAD):
            continue
        if kind != "head" and comma_at(tokens, first - 1) and not comma_at(tokens, first + count):
            continue  # a name set off by a comma after its title is closed by one: «الرئيس الإسرائيلي، رؤوبين رفلين،»
        last = tokens[first + count - 1]
        if keep:
            start = tok.start + skip
        else:
            start = _name_start(tokens[first])
        if quoted:  # قناة «الجزيرة»: the catalogue's name, split by the quote marks
            name = text[tokens[first].start:last.end]
            known = (catalogue_named("ORG").get(alias_key(f"{text[tok.start + skip:tok.end]} {name}")[0])
                     or noun in _MOVEMENT_NOUNS and movements_named().get(alias_key(name)[0]) or None)
        else:
            known = catalogue_named("GPE").get(fold(text[start:last.end])) if typ == "GPE" else None
        out.append(pattern_record(doc, start, last.end, typ, known, CONFIDENCE))
        after = first + count
    return out
