"""Past or future: does the clause around a date expression report or announce?

A month, day or weekday written without a year is resolved toward the past or
the future of the publication day according to the clause it sits in. The rule,
applied to the words of the same clause (up to the previous full stop, comma,
semicolon or colon) before the expression, nearest first
(at most :data:`WINDOW` words):

1. a future cue (سوف, من المقرر, المزمع, المرتقب, من المتوقع, يعتزم, ... from
   ``tense_cues.csv``) or a verb with the future prefix سـ (سيعقد, ستبدأ, وسينطلق)
   means ``future``;
2. a past cue (كان, قد, لقد, لم, منذ, تم, ...) means ``past``;
3. an imperfect verb (يعقد, ينطلق: ي + at least three letters, not a listed
   noun; تستأنف: تست + at least one letter; تجتمع: the eighth form تفتعل) means ``future`` (scheduled or
   ongoing), unless a تـ verb opens a relative clause (الذي تستخدمه: skipped; الذي يبدأ still
   looks ahead), or unless a past cue (لم, كان) stands right before it; قد before it makes a possibility (قد يخرج في نوفمبر:
   he may leave), still ``future``;
4. a document's date (يحمل تاريخ, تحمل تاريخ, المؤرخة) means ``past``;
5. a verb after a relative pronoun that does not open like an imperfect
   (التي احتلوها, الذي أعلن) means ``past``;
6. a perfect of the tenth form (استقال, استقبلت, استعادوا: است + three letters, and ت or وا) means ``past``:
   its verbal noun has four letters after است (استقالة, استقبال), so the form is read without a list;
7. nothing found gives None and the caller applies its default.

Markers inside the expression itself (المقبل, الماضي, الجاري) take precedence
over this rule; the caller handles them.

>>> from workbench.extract.dates.lexicon import load_lexicon
>>> lex = load_lexicon()
>>> clause_tense("ومن المقرر عقد جولة جديدة في", lex), clause_tense("وعقدت 4 جولات اخرها كان في", lex)
('future', 'past')
>>> clause_tense("وستعقد الجولة في", lex), clause_tense("وقالت الوزارة", lex)
('future', None)
>>> clause_tense("قد يخرج من السجن في", lex), clause_tense("لم يخرج من السجن في", lex), clause_tense("قد خرج في", lex)
('future', 'past', 'past')
>>> clause_tense("تلقى خطابا يحمل تاريخ", lex), clause_tense("وهي رسالة تحمل تاريخ", lex)
('past', 'past')
>>> clause_tense("استقال من منصبه في", lex), clause_tense("وقبلت استقالته في", lex), clause_tense("استقال وسيعود في", lex)
('past', None, 'future')
"""

from __future__ import annotations

import re

from workbench.extract.dates.lexicon import Lexicon

__all__ = ["clause_tense", "imperfect_verb", "WINDOW"]

WINDOW = 8
_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_MARKS = ".!?\n,;:"
_RELATIVE = ("الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي")
_IMPERFECT_PREFIXES = ("ي", "ت", "ن", "س")
_FUTURE_PREFIX = ("سي", "ست")  # سـ + يـ/تـ; first persons (سأ, سن) are rare outside quotes and clash with nouns
_MAY = "قد"  # a past cue before a perfect (قد أعلن), "may" before an imperfect (قد يخرج)
# يـ opens an imperfect; of تـ, تستـ does (تستأنف, تستضيف) and the eighth form below: a word that opens with another
# تـ is as often a verbal noun (تقرير, تنظيم), while the verbal noun of تستـ's verbs opens with است (استئناف).
_TAST = "تست"
_IMPERFECT_VERB = ("ي", _TAST)
# تفتعل (تجتمع, تحتفل, تنتقل): the eighth form's imperfect with تـ, read without a list as the tenth's perfect is; its
# verbal noun opens with ا (اجتماع), and the second form's nouns (تفتيش, تشتيت) hold ي before the last letter
_IMPERFECT_EIGHTH = re.compile(r"ت[^\Wت]ت[^\Wي][^\Wه]")  # matched on five-letter words with ت first only (tested first)
# استفعل/استفال with a past ending; not و or ة last (استديو, استاذة): the tenth form's perfect, never its noun
_PAST_TENTH = re.compile(r"است\w\w[^\Wوةه](?:ت|وا)?")


def clause_tense(before: str, lex: Lexicon, imperfect: bool = True) -> str | None:
    """``future``, ``past`` or None for the folded text ``before`` an expression; with ``imperfect``
    False an imperfect verb (يطرح: present or future) gives no cue, only written ones (سيطرح, كان) do."""
    before = before[max(map(before.rfind, _CLAUSE_MARKS)) + 1:]  # the clause after the last mark (seven scans in C)
    words = [_strip_conjunction(w) for w in _last_words(before)]
    for i in range(len(words) - 1, -1, -1):
        word = words[i]
        if i and word in lex.weekdays and words[i - 1] in lex.relative_days:
            return None  # "استحقاقه اليوم الثلاثاء ... يوم الاثنين": the named day, not the cue before it, places what follows
        cue = lex.tense_cues.get(word)
        if cue in ("future", "past"):
            return cue
        if cue == "dated" and i and lex.tense_cues.get(words[i - 1]) == "bearing":
            return "past"  # "خطاب يحمل تاريخ الأحد": a document's date has passed, whatever the verb's form
        if cue == "future_next" and i == len(words) - 1:
            return "future"  # عقود سبتمبر: a futures contract's month; عقود elsewhere is as often decades or deals
        if cue == "not_verb" or len(word) < 4:
            continue
        if word.startswith(_FUTURE_PREFIX):
            return "future"
        if imperfect and _imperfect_form(word):
            if i and words[i - 1] in _RELATIVE and word.startswith("ت"):
                continue  # "الغاز الذي تستخدمه المصانع في يناير": the relative clause's verb, not the date's side
            return "past" if i and words[i - 1] != _MAY and lex.tense_cues.get(words[i - 1]) == "past" else "future"
        if i and words[i - 1] in _RELATIVE and not word.startswith(_IMPERFECT_PREFIXES):
            return "past"  # "الأراضي التي احتلوها": a verb after a relative pronoun, not imperfect, is perfect
        if word.startswith("است") and _PAST_TENTH.fullmatch(word):
            return "past"  # "استقال من منصبه في فبراير": the resignation has happened
    return None


def imperfect_verb(word: str, lex: Lexicon) -> bool:
    """Whether the folded ``word`` (a leading و dropped) reads as an imperfect verb by the shapes of rule 3 above
    (يخشون, تستأنف, تجتمع), not a listed noun (يوم, تاريخ)."""
    word = _strip_conjunction(word)
    return len(word) >= 4 and lex.tense_cues.get(word) != "not_verb" and _imperfect_form(word)


def _imperfect_form(word: str) -> bool:
    """Whether the folded ``word`` has an imperfect verb's shape: a ي or تست opening, or the eighth form's تفتعل.

    >>> _imperfect_form("يخشون"), _imperfect_form("تجتمع"), _imperfect_form("تاريخ")
    (True, True, False)
    """
    return word.startswith(_IMPERFECT_VERB) or word[0] == "ت" and len(word) == 5 and _IMPERFECT_EIGHTH.match(word) is not None


def _last_words(text: str, reach: int = 80) -> list[str]:
    """The last :data:`WINDOW` words of ``text``, found in its last ``reach`` characters when those hold more.

    A scan from inside a word only cuts that first word, so the words after it are the whole text's; the scan
    of the whole clause costs more than the rest of the tense rule.

    >>> text = "قال الوزير امس ان الوفد سيعقد جولة جديدة من المحادثات في"
    >>> _last_words(text, reach=12) == _WORD.findall(text)[-WINDOW:], _last_words(text)[:2]
    (True, ['ان', 'الوفد'])
    """
    start = len(text)
    while True:
        start = max(0, start - reach)
        words = _WORD.findall(text, start)
        if len(words) > WINDOW or start == 0:
            return words[-WINDOW:]
        reach *= 2


def _strip_conjunction(word: str) -> str:
    # Only و: a word opening with ف is as often a name (فيصل, فيتالي) as فـ + a verb.
    return word[1:] if len(word) > 3 and word.startswith("و") else word
