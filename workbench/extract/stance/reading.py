"""Read one cue in its sentence: who takes the stance, towards whom, negated, hypothetical, quoted.

The reading follows the order of the Arabic news sentence, with no parser:

- source: the speaker for a first-person cue in a quote (نرفض); the actor right after a verbal noun
  when it is its agent (إسقاطُ التحالفِ الدولي طائرةً: idafa); the actor right before a verb (SVO,
  موسكو تعارض) or right after it, titles allowed in between (VSO, عارضت روسيا, قال وزير الخارجية
  الروسي); otherwise the clause's subject: the first actor of the quote or sentence that can be a
  subject (not after a preposition, not a place, not an adjective of an issue noun), else the
  quote's speaker;
- target: the first actor after the cue (and its subject) within the clause and a few words,
  places of "في سوريا" excluded; for evaluations (أمر غير قانوني) the nearest actor before it;
  a mutual cue (اتفاق, محادثات) whose parties are coordinated (تركيا وإيران, بين واشنطن وموسكو)
  relates the first-named party to each other one;
- topic: an issue noun between cue and target (وجود القوات الأمريكية -> presence).

>>> from workbench.text import Document
>>> from workbench.extract.stance.actors import actor_groups
>>> from workbench.extract.stance.cues import find_cues
>>> from workbench.extract.stance.lexicon import load_lexicon
>>> from workbench.extract.stance.view import TokenView
>>> doc = Document("a", "عارضت روسيا وجود القوات الأمريكية")
>>> mentions = [{"start": 6, "end": 11, "actor_id": "russia", "type": "GPE"},
...             {"start": 25, "end": 34, "actor_id": "united_states", "type": "GPE", "via": "nationality"}]
>>> view, lex = TokenView(doc), load_lexicon()
>>> [hit] = find_cues(view, lex)
>>> [(r["source_actor"], r["target_actor"], r["topic"], r["polarity"])
...  for r in read_cue(view, hit, actor_groups(view, mentions, lex.grammar), [], lex)]
[('russia', 'united_states', 'presence', -1.0)]
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import compress, count
from operator import attrgetter

from workbench.extract.quotes.marks import QUOTE_MARKS
from workbench.extract.stance.actors import (Actor, at_home, definite_adjective, each_of, home_visit, leader_words,
                                             outside_catalogue)
from workbench.extract.stance.cues import CueHit, opens_by_phrase
from workbench.extract.stance.lexicon import Cue, Grammar, StanceLexicon
from workbench.extract.stance.pronouns import (FEMININE, actor_agreement, agreement, group_agreement, object_pronoun,
                                               possessive_pronoun, pronoun_antecedent)
from workbench.extract.stance.view import TokenView
from workbench.text import RELATIONAL_ENDINGS, fold

__all__ = ["Quote", "read_cue", "in_direct_speech", "stance_rows", "speaker_actor", "clause_range", "quote_at", "first_after", "is_apposition",
           "WIDE_WINDOW"]

# How far (in tokens) after a verb, or after its subject, a target may start; a verbal noun's
# object stands closer (زيارته لأربيل, مشاركته في الدورة الخامسة لمفاوضات أستانا).
TARGET_WINDOW = 10
NOUN_TARGET_WINDOW = 6
# Coercion (CAMEO 17: arrest, detain) holds persons and groups, never a place: a place after the cue
# says where those held come from or are kept (يحتجزون ... معتقل من محافظات عدن ولحج).
_HOLD_PERSONS = frozenset({"17"})
# A contact verb's object may stand past its subject's title chain, honorifics and a place
# (استقبل الأمير ... - حفظه الله - في قصر سموه بجدة مساء اليوم معالي وزير الخارجية المصري).
WIDE_WINDOW = 2 * TARGET_WINDOW
# A subject inside a quote opens it (قال إن إيران تدعم): further in, the speaker is the better guess.
_QUOTE_SUBJECT_REACH = 3
# How far before a verb its subject may end (a negator or قد may stand between: روسيا لم ترفض).
_SVO_GAP = 3
# A leader's title and name after بقيادة span at most this many words (بقيادة الرئيس عبد الفتاح السيسي).
_LEADER_WORDS = 6
# How far after a verbal noun's genitive its object may start (إسقاط التحالف الدولي طائرة حربية سورية).
_OBJECT_WINDOW = 4
# Definite nouns and adjectives of one prepositional phrase before a verb (وبشأن الأزمة السورية الراهنة).
_PHRASE_NOUNS = 4
# How long a relative clause between a verb's subject and its object may be (الذي يقوم بجولة في المنطقة).
_ASIDE_WORDS = 10
# How far after a mutual cue من may name the other party (اتصالا هاتفيا أول من أمس من الرئيس).
_MARKER_REACH = 6
# A participle with a by-phrase describes the actor ending at most this many tokens before it.
_DESCRIBED_GAP = 2
# How many relative pronouns and linking verbs may stand between a held place and the holding
# phrase (التي لا تزال تحت سيطرة).
_HELD_LINKS = 3
_CLOSING_BRACKETS = frozenset(")]")
# Endings of an adjective between a noun and a participle or relative pronoun describing it: nisba
# and feminine (الفضائية, المتطرفة); a plural noun (العقوبات) ends the noun phrase.
_DESCRIBING_ENDINGS = (*RELATIONAL_ENDINGS, "ه")
# How far after a participle's title object the name may start (للرئيس المخلوع علي صالح).
_PARTICIPLE_TITLE = 2
# A clause subject ending further than this many tokens before the cue is a guess the word order
# no longer supports (the first actor of a long quote or sentence for a verb at its end): the
# positional fallback reads the cue instead.
_SUBJECT_REACH = 25
# How many adjectives may stand between a mutual noun and the preposition naming its other party.
_COUNTERPART_GAP = 2
# Tokens a verb joined by و may stand after the subject it shares (the first verb, its object and
# adjuncts between); further back the joined verb's subject is mostly a noun that is no actor.
_JOINED_REACH = 12
# How far after من جهة the other side of a clash may start (، وبين ميليشيات الحوثي).
_SIDE_GAP = 3
# Adjectives between a hostile noun and its agent after ل (قصف مدفعي للحوثيين), and head nouns
# between على and the target (على منطقة دار سعد).
_LAM_ADJECTIVES = 2
# The prepositions (folded) naming what a verbal noun's ل-agent acts on: على for an attack (قصف
# للحوثيين على منطقة), إلى for a visit; behind the من قبل agent of an attack noun or a hostile
# adjective also ضد and تجاه (التصريحات العدائية من قبل مسؤولي إيران تجاه البحرين).
_ON = frozenset({"علي"})  # على
_TO = frozenset({"الي"})  # إلى
_ON_OR_AGAINST = _ON | {"ضد", "تجاه"}
# Prepositions of attitude naming a verbal noun's target past its window (استنكار ورد وطني مخلص تجاه
# هذه التدخلات الإيرانية); ضد only for a hostile noun: support against X does not aim at X.
_TOWARD = frozenset(fold(word) for word in ("تجاه", "إزاء", "حيال"))
_TOWARD_OR_AGAINST = _TOWARD | {"ضد"}
# How far after a verbal noun such a preposition may stand, and its object after it (هذه التدخلات الإيرانية).
_TOWARD_REACH, _TOWARD_OBJECT = 8, 3
# Object pronouns ending a verb that takes back the noun a relative clause describes (تفرضه, تجريها).
_OBJECT_ENDINGS = ("ه", "ها")
# ب with a pronoun after a verb that takes back the noun by it (الزيارة التي يقوم بها).
_BY_PRONOUNS = frozenset({"به", "بها"})
_CHARGE = ("بان", "وبان")  # بأن, بأنهم, بانتهاك (folded): the charge of an accusation
_ACCUSATIVE = "ا"  # the tanwin's alif of an indefinite noun in the accusative (اتصالاً, folded اتصالا)
# the masculine singular relative pronoun (الذي), which takes no feminine antecedent (إيران الذي)
_MASCULINE_RELATIVE = fold("الذي")
# Dual and plural endings of a participle describing all coordinated nouns (الموالين, الداعمتين).
_PLURAL_ENDINGS = ("ين", "ون", "ان")
_NORM = attrgetter("norm")
# Marks that may stand inside an adverbial phrase before a verb's object (خلال لقائه، أمس (الأحد))
_ADVERBIAL_MARKS = frozenset({",", "(", ")"})
# Marks that may open a party's name right after its preposition (ضد (داعش), على «داعش»)
_NAME_MARKS = QUOTE_MARKS | {"("}
# Words of an object's name before its mention's lead, after an adverbial phrase (إسماعيل ولد الشيخ)
_OBJECT_LEAD_WORDS = 2
_SVO_PARTICLES = frozenset({"قد", "لقد", "سوف"})
# Words after which a verb opens a clause of its own (دائما ما تتهمها, أن زاره).
_PRONOUN_OPENERS = frozenset({"ما", "ان", "كما", "ثم"})
# A pronoun pointing back to the antecedent a few words after the subject (التي ترفض واشنطن
# التنسيق معها) makes the antecedent the verb's object as an object pronoun does.
_RESUMPTIVE = frozenset({"معه", "معها", "معهم", "له", "لها", "لهم", "عليه", "عليها", "عليهم", "ضده", "ضدها", "ضدهم"})
_RESUMPTIVE_REACH = 4
# How far before a relative pronoun its antecedent may end (جماعات الحشد الشعبي المدعومة ... التي).
_ANTECEDENT_GAP = 4
# Confidence factors: each reading that rests on a weaker cue costs some certainty; a positional
# guess of the fallback stage stays below 0.5 so that charts filtering at 0.5 leave it out.
_HOW = {"speaker": 0.9, "genitive": 0.95, "svo": 1.0, "vso": 1.0, "subject": 0.75, "between": 0.9, "fallback": 0.5,
        "nearest": 0.45}
_FAR_TARGET, _NEGATED, _HYPOTHETICAL = 0.85, 0.8, 0.3
# How many tokens after a cue a condition may stand and still be its clause's («فرض العقوبات
# الاقتصادية على إيران في حال»).
_CONDITION_REACH = 5
# An expectation standing before a cue in its clause: the act is only foreseen, not asserted («مصر
# تتوقع الانتهاء من اتفاق تجاري مع السعودية», «من المتوقع فتح القاعدة ... لاستخدامها في قتال داعش»).
# With أن between (من المتوقع أن يلتقي) a clause opener stands between: a scheduled act, read as one.
_EXPECTATION = frozenset(fold(word) for word in ("المتوقع", "متوقع", "يتوقع", "تتوقع", "نتوقع", "أتوقع", "توقع"))
# How far (in tokens) before a verb with خلالها the visit it takes back may stand (زيارة للرئيس
# النيجيري محمد بخاري إلى واشنطن لأربعة أيام التقى خلالها).
_VISIT_GAP = 10
_BASE = 0.9
# The words opening a reported clause, folded: أن, إن, بأن, وأن, and with a pronoun (أنه, أنها).
_THAT = frozenset({"ان", "انه", "انها"})
# The operating point of the precise reading the headline charts keep (stance_matrix's min_confidence).
_PRECISE = 0.5


@dataclass(slots=True)  # not frozen: built for every quote of every article read, and a frozen init costs three times more
class Quote:
    """A quote's content span and its speaker's actor id (None when unknown)."""

    start: int
    end: int
    speaker: str | None


def _faces_a_team(view: TokenView, hit: CueHit, grammar: Grammar) -> bool:
    """Is the cue's object a sports team: the word right after it, or after one preposition
    (مواجهة منتخبات مثل استراليا, فاز على المنتخب), a team's head noun?"""
    after, tokens, endings = hit.last_token + 1, view.tokens, grammar.team_endings
    # asked for every cue read: the two words after it, which end in no team head after most cues,
    # tested inline (no search call, no stems) spare the preposition and stem tests
    if not (after < view.count and tokens[after].norm.endswith(endings)
            or after + 1 < view.count and tokens[after + 1].norm.endswith(endings)):
        return False
    if view.is_word(after) and view.has_stem(after, grammar.prepositions):
        after += 1
    return view.is_word(after) and view.has_stem(after, grammar.team_heads)


def _signs_known_pact(view: TokenView, hit: CueHit, possessive: bool, clause_start: int, grammar: Grammar) -> bool:
    """Does the agreement noun sign or conclude a known pact with no signer named: a definite pact noun
    right after it (توقيع الاتفاق النووي مع إيران; not after إبرامها, whose pronoun names the signer) or
    right before the relative opening its clause (الاتفاق الذي تم إبرامه)?"""
    after = hit.last_token + 1
    if not possessive and view.is_word(after) and view.has_stem(after, grammar.known_pacts):
        return True
    return view.is_word(clause_start) and bool(view.stems(clause_start) & grammar.relatives) \
        and view.is_word(clause_start - 1) and view.has_stem(clause_start - 1, grammar.known_pacts)


def _headline_speaker(view: TokenView, here: list[list[Actor]], first: int, hit: CueHit) -> list[Actor] | None:
    """The speaker of a colon headline the cue stands in: the actor group named first in the sentence
    (its token ``first``), right before a colon the cue follows (روسيا: نرفض ..., تركيا: مقتل 30 في هجوم)."""
    group = here[0]
    colon = group[-1].last_token + 1
    if group[0].lead == first and colon < hit.first_token and view.tokens[colon].norm == ":":
        return group
    return None


def read_cue(view: TokenView, hit: CueHit, here: list[list[Actor]], quotes: list[Quote],
             lexicon: StanceLexicon, countries: Mapping[str, str] | None = None,
             previous: list[list[Actor]] = (), charges: Sequence[int] = ()) -> list[dict] | None:
    """The stance rows (without article_id) one cue expresses; none when source or target is missing,
    and None when the sentence rules out that its actors are the cue's agent (a prior event's or a
    passive verbal noun, a relative clause whose antecedent is no actor, a reported clause whose own
    subject is no actor): no positional guess then.

    ``here`` are the actor groups of the cue's sentence, ``quotes`` the article's quotes,
    ``countries`` maps actor ids to their state (a contact verb's subject's own state or city in
    his title chain is passed over: ولي عهد أبوظبي; a neutral contact with one's own state gives no
    row: ``_away_from_home``), ``previous`` the actor groups of the sentence
    before, where an object pronoun's antecedent may stand (زار ... الرياض ... وزاره بعد ذلك),
    ``charges`` the last tokens of the document's accusation cues (اتهمت).
    """
    form = lexicon.forms[hit.form]
    cue = lexicon.cues[form.cue]
    if cue.field and hit.definite:
        return None  # لجنة الإغاثة, طائرات الإغاثة: the definite noun names a field of work, no act
    grammar = lexicon.grammar
    if _faces_a_team(view, hit, grammar):
        return None  # a fixture between teams relates no states (rule 7), whoever the sentence names
    sentence = view.sentence_of(hit.first_token)
    first, end = view.sentence_range(sentence)
    clause_start, clause_end = clause_range(view, hit, first, end, lexicon, here)
    if charges and _charged_act(view, hit, clause_start, first, charges):
        return None
    quote = quote_at(quotes, hit.start)
    speaker = [speaker_actor(quote.speaker, quote.start)] if quote and quote.speaker else None

    sources: list[Actor] | None = None
    targets: list[Actor] | None = None
    how = ""
    parties = None
    # بعد معارك عنيفة مع المليشيات: a mutual noun's other party named after it with مع
    counterpart = cue.mutual and _counterpart_follows(view, hit, here, grammar)
    if cue.mutual and not counterpart:
        # المعركة التي دارت بين داعش ووحدات حماية الشعب: a relative clause right after the noun
        # describes the noun itself, so its بين still names the noun's parties; a noun whose other
        # party follows with مع (بالاتفاق النووي مع إيران يعكس الاختلاف بين ...) has its parties,
        # and a بين further on names another noun's, as one past the relative clause's end does
        reach = _relative_end(view, hit, end, here) if _relative_follows(view, hit, grammar) else clause_end
        parties = _between(view, here, hit.last_token, reach, grammar)
    if parties and not form.first_person:
        # اتصال هاتفي بين إردوغان والرئيس الأمريكي: the parties are named after the cue
        (sources, targets), how = parties, "between"
    elif form.first_person:
        # روسيا: نرفض ...: a colon headline gives its speaker's own words, as a quote does
        sources, how = speaker or _headline_speaker(view, here, first, hit), "speaker"
        if sources is None:
            return []
    elif cue.target_before:  # an evaluation is its speaker's
        if speaker is None:
            return []
        sources, how = speaker, "speaker"
    elif cue.held:
        # قاعدة العند الخاضعة لسيطرة الحوثيين, المناطق التي يسيطر عليها التنظيم: the holder follows
        # the phrase, the place held is the noun it describes; with either unnamed, nothing is guessed
        # the state's own forces in its own city (طرابلس الخاضعة لسيطرة الحكومة) hold, they do not take
        sources, how = _participle_object(view, hit, here, grammar), "genitive"
        targets = [t for t in _held_place(view, hit, here, grammar) or ()
                   if not any(at_home(s.actor_id, t.actor_id, countries or {}) for s in sources or ())]
        if not sources or not targets:
            return None
    elif form.possessive and cue.describes:
        # الحوثيين وحليفهم علي عبدالله صالح, وحلفائهم من قوات صالح: the ally is named right after the
        # noun, its owner is the one earlier actor agreeing with the third-person pronoun, named first
        # (an alliance runs from the party named first); an unnamed ally (وحلفائهم الإقليميين), an
        # actor past a verb (وحلفاؤها شنوا غارات على داعش) or an unresolved owner is not guessed,
        # nor is any position
        pronoun = possessive_pronoun(hit.form)
        targets = _named_ally(view, hit, here, grammar) if pronoun else None
        if not targets:
            return None
        sources = pronoun_antecedent(view, pronoun, hit.first_token, here, previous,
                                     {a.actor_id for a in targets}, grammar) or _joined_owner(view, hit, here, pronoun)
        if not sources:
            return None
        how = "subject"
    elif not cue.mutual and (agent := _by_phrase_agent(view, hit, here, clause_end, grammar, form.kind,
                                                       lexicon.noun_forms)) is not None:
        # مدينة تعز المحاصرة من قبل تلك الميليشيات: the agent is named after the by-phrase, the
        # patient is what the cue describes, right before it (a place too), else the passive verb's
        # subject before the agent (قتل الصحفي جيمس فولي على يد تنظيم داعش); with neither, or with
        # an agent that is no known actor (اقتحام القنصلية من طرف مسلحين), no position is guessed
        if not agent:
            return None
        described = next((g for g in reversed(here) if hit.first_token - _DESCRIBED_GAP <= g[-1].last_token
                          < hit.first_token), None)
        # القصف من قبل قوات النظام على مدينة حلب, التصريحات العدائية من قبل مسؤولي إيران تجاه البحرين:
        # an attack noun's or a hostile adjective's target is the place or actor after على, ضد or
        # تجاه behind its agent, not the noun before the cue (the governing verb's subject)
        attacked = _linked_target(view, here, agent, _ON_OR_AGAINST) \
            if form.kind != "verb" and cue.polarity < 0 else None
        targets = attacked or described or first_after(here, hit.last_token, agent[0].lead, {a.actor_id for a in agent})
        if not targets:
            return None
        sources, how = agent, "genitive"
    elif form.kind == "noun" and not cue.takes_from and (agent := _marked_agent(view, hit, here, grammar, cue.mutual)):
        # بدعم من قوات الاتحاد الإفريقي: the marked actor acts, towards the clause's subject; a
        # contact received from someone (تلقى الملك اتصالا هاتفيا من الرئيس) relates the first-named
        # party, the clause's subject, to him
        subject, _ = _clause_subject(view, here, hit, quote, None, lexicon)
        if cue.mutual:
            sources, targets, how = subject, agent, "genitive"
        else:
            # مساعدات من السعودية لليمن: a party named right after the agent is the one acted on
            recipient = _after_agent(view, here, agent, _ON if cue.polarity < 0 else _TO)
            sources, targets, how = agent, recipient or subject or [], "genitive"
    elif form.possessive and cue.takes_from:
        return None  # تحريرها من الحوثيين: the pronoun is the place taken back, whose taker is unnamed
    elif form.kind == "noun" and not form.possessive:
        # the ب is tested here: most verbal nouns carry none, and no call is made for them
        light = _light_verb(view, hit, here, grammar) if _carries(view, hit, "ب") else None
        if light is not None and view.is_word(light - 1) and view.stems(light - 1) & grammar.negators:
            return None  # ولم تقم إسرائيل بقصف غزة: an act the sentence says did not happen
        # تحرير المدينة من الحوثيين: what is taken back follows the noun, the opponent follows من
        genitive = None if cue.takes_from else _genitive(view, hit, here, grammar)
        if genitive is not None and cue.genitive != "patient" and (
                genitive[0].target_only or (cue.genitive == "venue" and genitive[0].kind == "GPE")):
            genitive = None  # اتفاق فيينا, مفاوضات أستانا: the place says where, not who
        if genitive is not None:
            # a patient noun's genitive acts only as an agent's adjective or with an object after it
            # (إسقاط التحالف الدولي طائرة): the object is looked for only when the rest leaves it open
            if cue.genitive != "patient" or _agent_adjective(view, hit, genitive[0]) \
                    or _object_after(view, here, genitive, clause_end, grammar) is not None:
                sources, how = genitive, "genitive"
            else:
                targets = genitive
        elif (link := _ON if cue.polarity < 0 else _TO if cue.visit else None) \
                and (pair := _lam_agent(view, hit, here, grammar, link)):
            # قصف مدفعي للحوثيين على منطقة دار سعد, زيارة للرئيس النيجيري إلى واشنطن: the agent
            # follows with ل, the target with على (an attack) or إلى (a visit)
            (sources, targets), how = pair, "genitive"
        elif agent := _relative_agent(view, hit, here, grammar):
            # الحصار الذي تفرضه جماعة الحوثي على تعز, المفاوضات التي تجريها حماس مع إسرائيل: the noun's
            # agent is the subject of the relative clause taking it back as object; the other party follows
            targets = _relative_object(view, here, agent, end, grammar, cue)
            if not targets:
                return None
            sources, how = agent, "genitive"
        elif cue.genitive == "patient" and not cue.takes_from and _is_definite_noun(view, hit.last_token + 1, grammar) \
                and not any(g[0].lead == hit.last_token + 1 for g in here):
            return []  # مكافحة الإرهاب, قصف المناطق: the genitive is the object, and no actor
        elif not counterpart and (
                opens_event(view, clause_start, grammar) or _after_passive(view, hit, grammar)):
            return None  # عقب إسقاط ..., يتم اعتراضها: the agent is not the sentence's subject
        elif form.also_verb and not hit.definite and light is None \
                and _is_definite_noun(view, hit.first_token - 1, grammar):
            # النظام رفض: read as a verb, its subject is a noun that is no known actor; after a light
            # verb's subject (وقامت ميليشيات الحوثي بقصف) the word is its verbal noun, the subject's act
            return []
    elif cue.describes and _is_adjective(view, hit, here, grammar):
        # قناة آزال الفضائية الموالية للرئيس: the participle's agent is the noun it describes; when
        # that noun is no actor (والمسلحين الموالين), an actor further back is not guessed instead
        sources, how = _described(view, hit.first_token - 1, here, grammar), "svo"
        if not view.tokens[hit.last_token].norm.endswith(_PLURAL_ENDINGS):
            sources = _last_conjunct(view, sources)
        targets = _participle_object(view, hit, here, grammar)
        if not sources or not targets:
            return None
    elif form.kind != "noun":
        relative = _relative_clause(view, hit, here, lexicon)
        if relative == "unknown":
            return None
        if relative:
            # الشطر الذي تحتله تركيا, والتي ترفض واشنطن التنسيق معها: the subject follows the verb,
            # the antecedent is its object
            (sources, targets), how = relative, "vso"
        elif view.is_word(hit.last_token + 1) and view.tokens[hit.last_token + 1].norm in grammar.during_it \
                and _visit_before(view, hit.first_token, first, lexicon):
            # زيارة للرئيس النيجيري محمد بخاري إلى واشنطن التقى خلالها بالرئيس الأمريكي: the verb's
            # subject is the visit's agent, the first person the sentence names before it; the actor
            # after خلالها is the object (after talks, جلسة مباحثات رحب خلالها السيسي, it is the subject)
            sources, how = _first_person(here, hit.first_token), "subject"
            if not sources:
                return None
        else:
            sources, how = _verb_subject(view, hit, here, grammar, form.masculine)
            if how == "unknown":
                sources, how = _joined_subject(view, hit, here, quote, lexicon)
                if sources is None:
                    return []
            if how == "relative":
                return None  # المخططات التي تستهدف: the antecedent acts, the outer subject does not
    if sources is None and form.kind == "noun" and view.is_word(clause_start) \
            and view.stems(clause_start) & grammar.relatives:
        # التحالف العربي، الذي تقوده السعودية في مسعى لدعم الشرعية: the purpose is the antecedent's
        sources, how = _antecedent(here, clause_start), "subject"
    if sources is None:
        sources, how = _clause_subject(view, here, hit, quote, speaker, lexicon, nearest=form.kind == "noun",
                                       pronoun=possessive_pronoun(hit.form) if form.possessive else None)
        if how == "speaker" and form.kind == "verb" and in_direct_speech(view, quote):
            return []  # a third-person verb in the speaker's own words is another's act
        if how == "own subject":
            return None  # قال إن القوات الكردية ستشارك ... لتحرير: the clause's subject, no actor, acts
        if form.kind == "noun" and not form.possessive and sources and sources[0].lead == first \
                and sources[0] in (_headline_speaker(view, here, first, hit) or ()):
            # أميركا: توجيه تهمة ... بدعم «داعش»: the headline's speaker reports an act whose agent it
            # leaves unnamed; its own acts are a verb (روسيا: نرفض) or its possessive (لزيارتنا): no row, no guess
            return None
    # the form's kind first: most cues read are verbs, and agreement is a property computed per call
    if form.kind == "noun" and (hit.definite or cue.agreement) and how not in ("genitive", "between") \
            and (hit.definite or _signs_known_pact(view, hit, form.possessive, clause_start, grammar)):
        # الاتفاق, الهجوم: a known event; only an adjective (الهجوم الإيراني) or بين says whose. A named
        # agreement (الاتفاق النووي مع إيران), or its signing with no signer named (توقيع الاتفاق ...),
        # is mentioned in passing, no stance of who mentions it: no positional guess either
        return None if cue.agreement else []
    sources = [a for a in sources or () if not a.target_only]
    if not sources:
        return []
    source_ids = {a.actor_id for a in sources}

    topic = None
    if targets is None:
        if cue.target_before:
            outer = _outer_quote(quotes, hit.start)
            lower = max(clause_start, view.index_at(outer.start) if outer else clause_start)
            targets = _last_before(here, lower, hit.first_token, source_ids)
        elif form.kind == "verb" and not form.first_person and (pronoun := object_pronoun(hit.form, lexicon)):
            # وزاره, تتهمها أفغانستان: the object is the pronoun's antecedent, named earlier; a verb
            # right after a noun that is no actor describes that noun (فصائل تساندها طهران)
            if _opens_clause(view, hit, here, grammar):
                targets = pronoun_antecedent(view, pronoun, hit.first_token, here, previous, source_ids, grammar)
            how += "+far"
        else:
            anchor = max([hit.last_token] + [a.last_token for a in sources if a.start > hit.start])
            if cue.takes_from:
                # استعادت القوات مدينة الرمادي من تنظيم داعش: the opponent follows من
                anchor = view.first_with_stem(anchor + 1, clause_end, grammar.agent_markers)
                if anchor is None:
                    return []
            # استقبل خادم الحرمين الشريفين الملك سلمان ... رئيس حزب القوات اللبنانية: the received
            # person follows the host's whole title chain
            chain = how == "vso" and cue.polarity == 0 and all(a.kind == "PER" for a in sources)
            window = NOUN_TARGET_WINDOW if form.kind == "noun" else WIDE_WINDOW if chain else TARGET_WINDOW
            skip = grammar.against if cue.polarity > 0 else frozenset()
            # متهمة اياهم بأنهم «وكلاء ... أميركا»: the accused stands before the charge, whose actors are the claim's
            reach = _charge_start(view, here, anchor, clause_end) if cue.charges else clause_end
            targets = first_after(here, anchor, reach, source_ids, view, skip, window, cue.force)
            if not targets and reach < clause_end:
                return None  # the accused is no known actor: nobody in the charge is guessed instead
            if not targets and form.kind == "noun" \
                    and (toward := _toward(view, anchor, reach, cue.polarity < 0, lexicon)) is not None:
                targets = first_after(here, toward, reach, source_ids, view, window=_TOWARD_OBJECT)
            if targets and conjoined_verb(view, anchor, targets[0].lead, lexicon,
                                          form.kind == "verb" and anchor == hit.last_token):
                return None  # روسيا ترفض العقوبات وتدعم الحكومة السورية: the actor is the second verb's object
            if targets and form.kind == "verb" and _describing_object(view, anchor, targets, lexicon):
                # هاجمت جماعة الحوثي المقربة من إيران مدينة تعز: the participle's object ends the
                # subject; the verb's own object, if any, follows it directly
                targets = _object_past_participle(here, targets, clause_end, source_ids, view, skip, cue.force)
            if not targets and how == "vso" and (aside := _aside_end(view, anchor, end, grammar)):
                # يلتقي كارتر الذي يقوم بجولة في المنطقة، رئيس الوزراء حيدر العبادي: the object
                # follows the relative clause describing the subject
                anchor = aside
                targets = first_after(here, anchor, end, source_ids, view, skip, window)
            if not targets and form.kind == "verb" and clause_end < end and view.has_stem(clause_end, grammar.event_openers) \
                    and (after := _adverbial_object(view, here, anchor, clause_end, end, source_ids, grammar)):
                # ودعا الرئيس اليمني خلال لقائه، أمس في الرياض، إسماعيل ولد الشيخ: the object follows
                # the adverbial phrase put between the verb's subject and it
                anchor, targets = clause_end, after
            while targets and titled(targets[0], anchor) and (is_apposition(view, sources, targets, anchor, grammar)
                                                              or chain and _own_titles(sources, targets, countries or {})):
                # الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء: the source's own titles
                anchor = targets[-1].last_token
                targets = first_after(here, anchor, clause_end, source_ids, view, skip, window)
            if targets:
                topic = _topic(view, anchor + 1, targets[0].lead, lexicon)
                if targets[0].lead > anchor + TARGET_WINDOW // 2:
                    how += "+far"
    if not targets and cue.mutual and len(sources) > 1:
        sources, targets = sources[:1], sources[1:]
    if not targets:
        # أعلنت حكومة الإقليم أن زيارة وزير الخارجية القطري خالد العطية إلى الإقليم ..., التدخل الإيراني في
        # الشأن الداخلي البحريني: a verbal noun that names its own agent is that agent's act, reported or
        # not; the actors guessed by position are not its parties. A purpose after ل (وصل لافروف ...
        # للقاء أمير قطر) is the subject's, its genitive the one it meets
        return None if how == "genitive" and not _carries(view, hit, "ل") else []

    rows = stance_rows(view, hit, sources, targets, topic, quote, how, lexicon)
    return rows if cue.polarity or how == "between" or not countries else _away_from_home(rows, cue.cameo, countries)


def _toward(view: TokenView, anchor: int, reach: int, hostile: bool, lexicon: StanceLexicon) -> int | None:
    """The token of a preposition of attitude (تجاه, إزاء, حيال; ضد for a ``hostile`` noun) within
    ``_TOWARD_REACH`` tokens after a verbal noun's ``anchor`` and before ``reach``, else None; a cue
    between (الدعوة إلى قتال ... ضد) has the preposition for its own."""
    toward = view.first_with_stem(anchor + 1, min(reach, anchor + _TOWARD_REACH + 1),
                                  _TOWARD_OR_AGAINST if hostile else _TOWARD)
    if toward is None or any(stem in lexicon.forms for i in range(anchor + 1, toward) for stem in view.stems(i)):
        return None
    return toward


def _away_from_home(rows: list[dict], cameo: str, countries: Mapping[str, str]) -> list[dict] | None:
    """The neutral contacts of ``rows`` that are no contact with the source's own state or a place
    in it (a minister back in his capital is no visit); a call on a body of one's own state is a call
    all the same. None when it drops every row: the cue was read, nothing is guessed.
    The two parties a mutual noun names after بين are no home either (لقاء بين طالبان والحكومة
    الأفغانية): the caller does not ask for this."""
    home = home_visit if cameo == "04" else at_home
    kept = [r for r in rows if not home(r["source_actor"], r["target_actor"], countries)]
    return kept if kept or not rows else None


def stance_rows(view: TokenView, hit: CueHit, sources: list[Actor], targets: list[Actor], topic: str | None,
                quote: Quote | None, how: str, lexicon: StanceLexicon) -> list[dict]:
    """The rows (without article_id) relating each source to each other target through the cue:
    its sign after negation (a negated contact gives none), its confidence after the reading ``how``
    (a key of the confidence factors, maybe with ``+far``) and a hypothetical context. A row below the
    precise operating point toward a body outside the catalogue is none (:func:`_unplaced_body`)."""
    cue = lexicon.cues[lexicon.forms[hit.form].cue]
    polarity = -cue.polarity if hit.negated else cue.polarity
    if hit.negated and polarity == 0:
        return []  # "لم يلتق": a contact that did not happen is no stance
    sentence = view.sentence_of(hit.first_token)
    hypothetical = _is_hypothetical(view, sentence, hit, lexicon.grammar)
    rows = []
    for source in sources:
        for target in targets:
            if source.actor_id == target.actor_id or (target.target_only and cue.cameo in _HOLD_PERSONS):
                continue
            confidence = _confidence(how, hit.negated, hypothetical, source, target)
            if confidence < _PRECISE and _unplaced_body(target):
                continue  # a weak reading toward a body the actor layer could not place: mostly no party
            rows.append({
                "sentence_id": sentence,
                "source_actor": source.actor_id,
                "target_actor": target.actor_id,
                "topic": topic,
                "polarity": float(polarity),
                "category": cue.category,
                "cameo": cue.cameo,
                "cue": view.doc.text[hit.start:hit.end],
                "cue_lemma": cue.lemma,
                "negated": hit.negated,
                "reported_by": quote.speaker if quote else None,
                "start": hit.start,
                "end": hit.end,
                "confidence": confidence,
            })
    return rows


def _unplaced_body(actor: Actor) -> bool:
    """Is the actor a body named outside the catalogue (an ORG with an ``ar:`` id)? Below the precise
    operating point such a target is mostly a local body no political relation concerns (a council
    meeting its governors, a hospital, a company, a college; stance-rules.md 7) or one a list reads
    wrongly (states demanding «المحكمة الدولية», others supporting them in it). Persons and towns
    outside the catalogue stay: officials the catalogue lacks, villages shelled."""
    return actor.kind == "ORG" and outside_catalogue(actor.actor_id)


def speaker_actor(actor_id: str, offset: int) -> Actor:
    """An actor named outside the sentence's mentions (a quote's speaker, a subject carried from
    the previous sentence), placed at ``offset``."""
    return Actor(actor_id=actor_id, kind="", start=offset, end=offset, token=-1, last_token=-1,
                 lead=-1, nationality=False, prepositional=False, lam=False, locative=False, adjectival=False,
                 target_only=False, confidence=1.0)


def clause_range(view: TokenView, hit: CueHit, first: int, end: int, lexicon: StanceLexicon,
                 here: list[list[Actor]]) -> tuple[int, int]:
    """Token range of the clause around the cue: from the last clause opener before it to the next
    one; a comma followed by و opens a clause too, unless an actor follows (روسيا، وإيران).
    Memoised in the view per cue (``here`` is always the cue's sentence's actors)."""
    key = (hit.first_token, hit.last_token)
    found = view.clauses.get(key)
    if found is None:
        found = view.clauses[key] = _clause_range(view, hit, first, end, lexicon, here)
    return found


def _clause_range(view: TokenView, hit: CueHit, first: int, end: int, lexicon: StanceLexicon,
                  here: list[list[Actor]]) -> tuple[int, int]:
    # the sentence's openers listed once and shared by its cues (a sentence mostly holds several)
    sentence = view.sentence_of(hit.first_token)
    openers = view.positions(sentence, lexicon.grammar.clause_openers)
    before = bisect_right(openers, min(hit.first_token, end - 1))
    following = bisect_left(openers, max(hit.last_token + 1, first))
    start = openers[before - 1] if before else first
    stop = openers[following] if following < len(openers) else end
    return start, _comma_break(view, sentence, hit.last_token + 1, stop, here, lexicon)


def _comma_break(view: TokenView, sentence: int, after: int, stop: int, here: list[list[Actor]],
                 lexicon: StanceLexicon | None) -> int:
    """The first comma from token ``after`` up to ``stop`` before a و that starts no actor (روسيا،
    وإيران), else ``stop``; given the ``lexicon``, only a و that opens a clause (_starts_clause)."""
    # the commas found in C, in the folded words listed for the openers: a clause may run on for
    # many tokens, and few of them are commas
    listed, norms = view.sentence_norms(sentence)
    for i in compress(count(after), map(",".__eq__, norms[after - listed:stop - 1 - listed])):
        if (_starts_clause(view, i + 1, lexicon) if lexicon else view.tokens[i + 1].norm.startswith("و")) \
                and all(group[0].lead != i + 1 for group in here):
            return i
    return stop


def _starts_clause(view: TokenView, i: int, lexicon: StanceLexicon) -> bool:
    """Does و open a new clause at token ``i`` (، وتريد تركيا), rather than join a noun (، والتعاون)
    or belong to the word (، وجود القوات)?"""
    norm = view.tokens[i].norm
    return norm.startswith("و") and not norm.startswith(("وال", "ولل")) and norm not in lexicon.topics


def quote_at(quotes: list[Quote], offset: int) -> Quote | None:
    """The innermost quote holding ``offset`` (a marked fragment inside a reported clause); the
    first of the shortest, as min() would give."""
    # one plain loop, no list of the quotes holding it: asked for every cue read, over a few to
    # dozens of quotes, and about a third faster than building the list
    found = None
    for quote in quotes:
        if quote.start <= offset < quote.end and (found is None or quote.end - quote.start < found.end - found.start):
            found = quote
    return found


def in_direct_speech(view: TokenView, quote: Quote | None) -> bool:
    """Is ``quote`` the speaker's own words in marks («...»), not a reported clause (قال إنه ...)? There
    he speaks of himself in the first person, so a third-person verb in it has a subject of its own,
    never the speaker (قال أمين إن «مروحيتين أميركيتين هاجمتا حاجزا للجيش الأفغاني», rule 5)."""
    return quote is not None and quote.start > 0 and view.doc.text[quote.start - 1] in QUOTE_MARKS


def _outer_quote(quotes: list[Quote], offset: int) -> Quote | None:
    inside = [q for q in quotes if q.start <= offset < q.end]
    return max(inside, key=lambda q: q.end - q.start) if inside else None


def opens_event(view: TokenView, clause_start: int, grammar: Grammar) -> bool:
    """Does the clause tell of a prior event (عقب إسقاط ...), whose verbal noun has its own agent?"""
    return view.is_word(clause_start) and view.has_stem(clause_start, grammar.event_openers)


def _is_venue(view: TokenView, group: list[Actor], lexicon: StanceLexicon) -> bool:
    """A place right after a meeting noun (مفاوضات أستانا) names where, not who."""
    before = group[0].lead - 1
    if group[0].kind != "GPE" or not view.is_word(before):
        return False
    forms = (lexicon.forms.get(stem) for stem in view.stems(before))
    return any(f is not None and lexicon.cues[f.cue].genitive == "venue" for f in forms)


def _relative_clause(view: TokenView, hit: CueHit, here: list[list[Actor]], lexicon: StanceLexicon):
    """(subject, antecedent) of a verb with an object pronoun right after a relative pronoun, whose
    subject follows it (الذي تحتله تركيا); when the antecedent is no actor, (subject, the party after
    it) if one is named (الاتفاق الذي أبرمته واشنطن مع طهران), else ``"unknown"``; None otherwise
    (الإرهاب الذي يستهدف, الذي يزور مصر: the antecedent is the subject)."""
    grammar = lexicon.grammar
    relative = hit.first_token - 1
    if not (view.is_word(relative) and view.stems(relative) & grammar.relatives):
        return None
    subject = _vso_subject(view, hit, here, grammar)
    if subject is None:
        return None
    after = range(subject[-1].last_token + 1, min(subject[-1].last_token + 1 + _RESUMPTIVE_REACH, view.count))
    if not (object_pronoun(hit.form, lexicon) or any(view.tokens[i].norm in _RESUMPTIVE for i in after)):
        return None
    noun = relative - 1
    if not (_is_definite_noun(view, noun, grammar) and not any(g[0].lead <= noun <= g[-1].last_token for g in here)
            and _described(view, noun, here, grammar) is None):
        for group in reversed(here):
            if group[-1].last_token >= relative:
                continue
            if relative - group[-1].last_token > _ANTECEDENT_GAP or group[0].prepositional or group[0].locative:
                if group[0].prepositional and relative - group[-1].last_token <= _ANTECEDENT_GAP:
                    continue  # المدعومة من إيران والتي: the antecedent is further back
                break
            return subject, group
    # الاتفاق الذي أبرمته الولايات المتحدة مع إيران: the antecedent is no actor; the subject acts on
    # the party named right after it, if any
    objects = _relative_object(view, here, subject, view.count, grammar, lexicon.cues[lexicon.forms[hit.form].cue])
    return (subject, objects) if objects else "unknown"


def _is_adjective(view: TokenView, hit: CueHit, here: list[list[Actor]], grammar: Grammar) -> bool:
    """Does the participle describe the noun before it, rather than stand as a noun itself
    (والموالين لصالح, أكبر الداعمين لها: after و, or definite after a word that is not)?"""
    if view.tokens[hit.first_token].norm.startswith("و"):
        return False
    before = hit.first_token - 1
    if any(g[0].lead <= before <= g[-1].last_token for g in here):
        return True
    return _is_definite_noun(view, before, grammar) or (
        view.is_word(before) and not _is_definite_noun(view, hit.first_token, grammar))


def _described(view: TokenView, last: int, here: list[list[Actor]], grammar: Grammar,
               places: bool = False) -> list[Actor] | None:
    """The actor group of the noun phrase ending at token ``last``, past at most ``_DESCRIBED_GAP``
    definite adjectives and punctuation («وحدات حماية الشعب» الكردية، / مجموعة خراسان المتطرفة);
    None when the phrase's noun is no actor (نواة, العقوبات الدولية) or is joined by و (والمسلحين),
    or is a place (unless ``places``: a place is held, it does not act)."""
    words = 0
    for i in range(last, max(last - 2 * _DESCRIBED_GAP - 2, -1), -1):
        group = next((g for g in here if g[0].lead <= i <= g[-1].last_token), None)
        if group is not None:
            return None if group[0].target_only and not places else group
        if not view.is_word(i):
            continue
        words += 1
        norm = view.tokens[i].norm
        if words > _DESCRIBED_GAP or not norm.endswith(_DESCRIBING_ENDINGS) or norm.startswith(("وال", "ولل")) \
                or not _is_definite_noun(view, i, grammar):
            return None
    return None


def _last_conjunct(view: TokenView, group: list[Actor] | None) -> list[Actor] | None:
    """The actors of a coordinated group from its last و on: a singular adjective after coordinated
    nouns describes the nearest (المقاومة الشعبية وقوات الجيش الموالية للشرعية: the army is loyal)."""
    if not group:
        return group
    # a mention starting past its token's و is a conjunct (وقوات الجيش), unlike وزارة or واشنطن
    joined = [n for n, actor in enumerate(group) if n and actor.lead == actor.token
              and actor.start > view.tokens[actor.lead].start and view.tokens[actor.lead].norm.startswith("و")]
    return group[joined[-1]:] if joined else group


def _held_place(view: TokenView, hit: CueHit, here: list[list[Actor]], grammar: Grammar) -> list[Actor] | None:
    """The actor group a holding phrase describes: the noun phrase before it, past a relative
    pronoun and linking verbs (مدينة الرقة التي تقع تحت سيطرة, المناطق التي لا تزال تحت سيطرة)."""
    last = hit.first_token - 1
    while last > hit.first_token - 1 - _HELD_LINKS and view.is_word(last) \
            and view.stems(last) & (grammar.relatives | grammar.held_links):
        last -= 1
    while last >= 0 and not view.is_word(last):
        if view.tokens[last].norm in _CLOSING_BRACKETS:
            return None  # الحديدة (غرب اليمن)، التي: the bracket is an aside, the place held is before it
        last -= 1
    return _described(view, last, here, grammar, places=True)


def _participle_object(view: TokenView, hit: CueHit, here: list[list[Actor]], grammar: Grammar) -> list[Actor] | None:
    """The actor group right after a participle (الموالية لتنظيم القاعدة), or named after a title
    right after it (الموالية للرئيس المخلوع علي عبدالله صالح); None when its object is no actor
    (الموالي للأكراد أردوغان: the next actor is another clause's)."""
    after = hit.last_token + 1
    reach = after + (_PARTICIPLE_TITLE if view.is_word(after) and view.stems(after) & grammar.agent_heads else 0)
    return next((g for g in here if after <= g[0].lead <= reach and not g[0].locative), None)


def _charged_act(view: TokenView, hit: CueHit, clause_start: int, first: int, charges: Sequence[int]) -> bool:
    """Is the cue the act an accusation (ending at one of the ``charges`` tokens) charges someone
    with (اتهمت تركيا بمساعدة داعش, تتهمها بأنها تدعم ...)? It is the accuser's claim, no stance of
    the accused."""
    charge = hit.first_token
    if not view.tokens[charge].norm.startswith("ب"):
        charge = clause_start
        if charge >= hit.first_token or not view.tokens[charge].norm.startswith("بان"):
            return False
    lower = max(charge - TARGET_WINDOW, first)
    return any(lower <= token < charge for token in charges)


def _charge_start(view: TokenView, here: list[list[Actor]], anchor: int, clause_end: int) -> int:
    """Where an accusation's charge begins: the first word after ``anchor`` opening with بأن (or
    another ب before alif: بانتهاك) that starts no actor (متهمة اياهم بأنهم وكلاء, not بان كي مون);
    ``clause_end`` when none does. A bare ب is no test: a verb may open with it (في مقابلة بثت)."""
    leads = {g[0].lead for g in here}
    return next((i for i in range(anchor + 1, clause_end)
                 if view.tokens[i].norm.startswith(_CHARGE) and i not in leads and view.is_word(i)), clause_end)


def _antecedent(here: list[list[Actor]], relative: int) -> list[Actor] | None:
    """The subject-like actor group ending a few tokens before the relative pronoun at ``relative``."""
    for group in reversed(here):
        if group[-1].last_token < relative:
            near = relative - group[-1].last_token <= _ANTECEDENT_GAP
            return group if near and group[0].subject_like else None
    return None


def is_apposition(view: TokenView, sources: list[Actor], targets: list[Actor], anchor: int, grammar: Grammar) -> bool:
    """Is the first target an institution in a person's titles, right after the person (ولي العهد
    نائب رئيس مجلس الوزراء)?"""
    # a head chain starting inside the cue (قاتل إلى جانب حركة طالبان) is the cue's object
    return targets[0].kind == "ORG" and targets[0].lead > anchor and all(a.kind == "PER" for a in sources) \
        and all(view.stems(i) & grammar.agent_heads for i in range(anchor + 1, targets[0].lead))


def titled(actor: Actor, anchor: int) -> bool:
    """Could ``actor`` stand in the title chain of the person ending at ``anchor``: a title word
    links them (ولي عهد أبوظبي, نائب رئيس مجلس الوزراء)? An actor named right after the person with
    no title word of its own (دعا الرئيس هادي الميليشيات الحوثية) is the verb's object."""
    return actor.lead < actor.token or actor.lead > anchor + 1


def _own_titles(sources: list[Actor], targets: list[Actor], countries: Mapping[str, str]) -> bool:
    """Are the targets the sources' own state, city or body (ولي عهد أبوظبي, وزير الخارجية في
    المملكة): part of a title chain, never the other party of a contact?"""
    return all(home_visit(s.actor_id, t.actor_id, countries) for s in sources for t in targets)


def _joined(view: TokenView, hit: CueHit) -> bool:
    """Is the cue word joined to what goes before by a و or ف written on it (وحمل, فتدعم)?"""
    norm = view.tokens[hit.first_token].norm
    return norm.startswith(("و", "ف")) and norm != hit.form


def _joined_subject(view: TokenView, hit: CueHit, here: list[list[Actor]], quote: Quote | None,
                    lexicon: StanceLexicon) -> tuple[list[Actor] | None, str]:
    """The subject of a verb joined by و right after the first verb's object (أدان المجلس العسكري ...
    استهداف المنشآت وحمل مليشيات الحوثيين مسؤولية): it has none of its own and shares the clause's,
    when that stands at most ``_JOINED_REACH`` tokens back; (None, "") for any other verb."""
    if not _joined(view, hit):
        return None, ""
    subject, how = _clause_subject(view, here, hit, quote, None, lexicon)
    if subject is None or hit.first_token - subject[-1].last_token > _JOINED_REACH:
        return None, ""
    return subject, how


def _opens_clause(view: TokenView, hit: CueHit, here: list[list[Actor]], grammar: Grammar) -> bool:
    """Does the cue verb open its clause: after و/ف, punctuation, a particle, a relative or clause
    opener, or its subject (not right after a noun it describes)?"""
    if _joined(view, hit):
        return True
    before = hit.first_token - 1
    if not view.is_word(before) or any(g[0].lead <= before <= g[-1].last_token for g in here):
        return True
    return bool(view.stems(before) & (_particles(grammar.negators) | grammar.clause_openers | grammar.relatives
                                      | _PRONOUN_OPENERS))


def _vso_subject(view: TokenView, hit: CueHit, here: list[list[Actor]], grammar: Grammar) -> list[Actor] | None:
    """The group right after the verb, only titles, commas and time words between (التقى مساء أمس،
    وزير الخارجية المصري; استقبل صاحب السمو الملكي الأمير محمد بن نايف)."""
    allowed = grammar.before_subject
    for group in here:
        lead = group[0].lead
        if lead <= hit.last_token or group[0].prepositional or group[0].locative:
            continue
        between = range(hit.last_token + 1, lead)
        if all(view.tokens[i].norm == "," or view.stems(i) & allowed for i in between):
            return group
        return None
    return None


def _visit_before(view: TokenView, i: int, first: int, lexicon: StanceLexicon) -> bool:
    """Does a visit (a noun of a :attr:`Cue.visit` cue) stand within ``_VISIT_GAP`` tokens before
    token ``i``, in the sentence starting at token ``first``?"""
    forms, cues = lexicon.forms, lexicon.cues
    for j in range(i - 1, max(first, i - _VISIT_GAP) - 1, -1):
        for stem in view.stems(j):
            form = forms.get(stem)
            if form is not None and form.kind == "noun" and cues[form.cue].visit:
                return True
    return False


def _first_person(here: list[list[Actor]], before: int) -> list[Actor] | None:
    """The first group of the sentence led by a person and ending before token ``before``."""
    return next((g for g in here if g[0].kind == "PER" and g[-1].last_token < before), None)


def _verb_subject(view: TokenView, hit: CueHit, here: list[list[Actor]], grammar: Grammar, masculine: bool):
    """The verb's subject before it (SVO) or right after it (VSO); ``"unknown"`` when a noun that is
    no known actor stands right before it (النظام رفض: the subject is there, just not identified).
    A ``masculine`` verb takes no feminine actor after it as subject (زار السعودية: the object)."""
    particles = _particles(grammar.negators)
    subject = hit.first_token - 1
    while subject >= 0 and hit.first_token - subject <= _SVO_GAP and view.is_word(subject) \
            and view.stems(subject) & particles:
        subject -= 1
    if view.names_leader:
        subject = _before_leader(view, subject, grammar)
    relative = view.is_word(subject) and bool(view.stems(subject) & grammar.relatives)
    if relative:
        pronoun = subject
        subject -= 1  # الإرهاب الذي يستهدف: the antecedent is the subject
        while subject > 0 and view.tokens[subject].norm == ",":  # جيمس موجومي، والذي يزور
            subject -= 1
        if not any(g[0].lead <= subject <= g[-1].last_token for g in here):
            # «وحدات حماية الشعب» الكردية، التي تقاتل: an adjective may follow the antecedent
            antecedent = _described(view, pronoun - 1, here, grammar)
            return (antecedent, "subject") if antecedent and antecedent[0].subject_like else (None, "relative")
    for group in here:
        if group[0].lead <= subject <= group[-1].last_token:
            if relative and view.tokens[pronoun].norm == _MASCULINE_RELATIVE and _feminine(view, group[-1]):
                # الاتفاق النووي مع إيران الذي أبرم: a feminine state before الذي is no antecedent; the
                # noun further back, no actor, is
                return None, "relative"
            # an antecedent after a preposition still acts in its relative clause (لنائب الرئيس
            # العراقي نوري المالكي الذي اتهم ...)
            acts = group[0].subject_like or (relative and not group[0].locative and not group[0].target_only)
            return (group, "svo") if acts else (None, "")
    if _is_definite_noun(view, subject, grammar) and view.sentence_of(subject) == view.sentence_of(hit.first_token) \
            and not _prepositional_phrase(view, subject, grammar):
        return None, "unknown"
    group = _vso_subject(view, hit, here, grammar)
    if group and masculine and _feminine(view, group[0]):
        return None, "unknown"  # زار السعودية: the feminine actor is the object; the subject is not named here
    return (group, "vso") if group else (None, "")


def _before_leader(view: TokenView, last: int, grammar: Grammar) -> int:
    """The token before a leader's phrase ending at ``last`` (الحكومة المصرية بقيادة الرئيس عبد الفتاح
    السيسي تضغط: the government is the subject, its leader only describes it), else ``last``."""
    if last < 0:
        return last
    leaders = leader_words(view, last, grammar)
    leader = next((i for i in reversed(leaders) if last - _LEADER_WORDS <= i <= last), None)
    if leader is None or not all(view.is_word(i) for i in range(leader, last + 1)):
        return last
    return leader - 1


def _feminine(view: TokenView, actor: Actor) -> bool:
    """Does ``actor`` agree only as feminine (مصر, المملكة, الحكومة; not العراق, not a person)? A
    title or a nationality adjective (وزير الخارجية القطري) makes the head noun the title's."""
    if actor.lead != actor.token or actor.nationality or actor.post:
        return False
    # a mention may leave out its word's article (العراق tagged عراق), which makes a state either gender
    article = "ال" if fold(view.doc.text[view.tokens[actor.token].start:actor.start]).endswith("ال") else ""
    return agreement(actor.kind, article + view.doc.text[actor.start:actor.end], actor.target_only) == FEMININE


def _prepositional_phrase(view: TokenView, last: int, grammar: Grammar) -> bool:
    """Do the definite nouns ending at ``last`` follow a preposition (وبشأن الأزمة السورية ندد كيري,
    وفي المؤتمر الصحفي أكد)? Then they are an adverbial put first, not the verb's subject."""
    first = last
    while first > last - _PHRASE_NOUNS and _is_definite_noun(view, first - 1, grammar):
        first -= 1
    if any(clitic.endswith(("بال", "لل")) for clitic, _ in view.clitics(first)):
        return True
    return view.is_word(first - 1) and bool(view.stems(first - 1) & grammar.prepositions)


def _aside_end(view: TokenView, subject_end: int, sentence_end: int, grammar: Grammar) -> int | None:
    """The comma closing a relative clause right after a subject (كارتر الذي يقوم بجولة في المنطقة،),
    if one closes it within a few words."""
    if not (view.is_word(subject_end + 1) and view.stems(subject_end + 1) & grammar.relatives):
        return None
    return next((i for i in range(subject_end + 2, min(subject_end + 2 + _ASIDE_WORDS, sentence_end))
                 if view.tokens[i].norm == ","), None)


def _adverbial_object(view: TokenView, here: list[list[Actor]], anchor: int, opener: int, end: int,
                      exclude: set[str], grammar: Grammar) -> list[Actor] | None:
    """The object after an adverbial phrase opened at ``opener`` (an event opener: خلال, أثناء) right
    after the verb or its subject (خلال لقائه، أمس في الرياض، ...; أثناء الاتصال الهاتفي ...): its
    noun is closed, definite or with a pronoun, so no actor after it is its genitive; only definite
    words, time words, commas, brackets and prepositional or locative phrases may follow it before
    the object. None otherwise."""
    tokens = view.tokens
    if any(tokens[i].norm != "," and not view.stems(i) & grammar.time_words for i in range(anchor + 1, opener)):
        return None
    head = opener + 1
    if not view.is_word(head) or any(g[0].lead <= head <= g[-1].last_token for g in here):
        return None
    # a feminine ة folds like the pronoun ه (خلال زيارة وزير ...: the actor is the visit's genitive)
    closed = _is_definite_noun(view, head, grammar) or (
        tokens[head].norm.endswith(_OBJECT_ENDINGS) and "ة" not in tokens[head].text[-3:])
    if not closed:
        return None
    passed = head + 1
    for group in here:
        if group[-1].last_token < passed:
            continue
        if group[0].lead > opener + _ASIDE_WORDS or group[0].lead >= end:
            return None
        # the object's own first words the actor layer left out (إسماعيل ولد الشيخ) end the phrase
        outside = sum(not _in_adverbial(view, i, grammar) for i in range(passed, group[0].lead))
        if outside and not all(view.is_word(i) and not _in_adverbial(view, i, grammar)
                               for i in range(group[0].lead - outside, group[0].lead)):
            return None
        rest = [a for a in group if a.actor_id not in exclude]
        if rest and not (group[0].prepositional or group[0].locative):
            return rest if outside <= _OBJECT_LEAD_WORDS else None
        if outside:
            return None
        passed = group[-1].last_token + 1
    return None


def _in_adverbial(view: TokenView, i: int, grammar: Grammar) -> bool:
    """Can token ``i`` belong to an adverbial phrase before the object (الهاتفي, أمس, في, ``،``)?"""
    if view.tokens[i].norm in _ADVERBIAL_MARKS:
        return True
    return _is_definite_noun(view, i, grammar) or bool(view.stems(i) & grammar.adverbial_words)


@lru_cache(maxsize=8)
def _particles(negators: frozenset[str]) -> frozenset[str]:
    """Words that may stand between a subject and its verb (روسيا لم ترفض, قد)."""
    return negators | _SVO_PARTICLES


def _is_definite_noun(view: TokenView, i: int, grammar: Grammar) -> bool:
    # a word without the letters of the article has no definite reading: no readings are built for it
    if not view.is_word(i) or "ال" not in (norm := view.tokens[i].norm) and "لل" not in norm \
            or view.stems(i) & grammar.time_words:
        return False
    if not any(clitic.endswith(("ال", "لل")) for clitic, _ in view.clitics(i)):
        return False
    # the ordinal of a two-word month (يناير كانون الثاني) is a date
    return not (view.is_word(i - 1) and view.stems(i - 1) & grammar.month_heads)


def _genitive(view: TokenView, hit: CueHit, here: list[list[Actor]], grammar: Grammar) -> list[Actor] | None:
    """The actor in idafa right after a verbal noun (إسقاط التحالف), or the nationality adjective of
    its agent, maybe after event adjectives (الهجوم الإيراني, غارات جوية تركية)."""
    for group in here:
        first = group[0]
        if first.lead <= hit.last_token or first.prepositional:
            continue
        between = range(hit.last_token + 1, first.lead)
        if not between:
            # الاتفاق heads no idafa: a definite noun's actor is only its agent's adjective
            return group if not hit.definite or _agent_adjective(view, hit, first) else None
        if len(between) <= 2 and _agent_adjective(view, hit, first) \
                and all(view.stems(i) & grammar.event_adjectives for i in between):
            return group
        return None
    return None


def _agent_adjective(view: TokenView, hit: CueHit, actor: Actor) -> bool:
    """Is ``actor`` an adjective naming the agent of ``hit``'s act: a nationality (الهجوم الإيراني) or a
    group's relational adjective, one definite word the actor layer gives the group, after a definite
    noun it agrees with (العدوان الحوثي; after an indefinite one it is an idafa object: دعم الشرعية)?"""
    return actor.nationality or (hit.definite and actor.kind == "ORG" and actor.lead == actor.token
                                 == actor.last_token and definite_adjective(view, actor.token))


def _object_after(view: TokenView, here: list[list[Actor]], genitive: list[Actor], clause_end: int,
                  grammar: Grammar) -> list[Actor] | None:
    """The direct object right after an idafa (إسقاط التحالف الدولي طائرة حربية سورية), if any:
    within a few words and with no preposition between (دعم قوات الحشد في مواجهة داعش has none)."""
    last = genitive[-1].last_token
    exclude = {a.actor_id for a in genitive}
    found = first_after(here, last, clause_end, exclude, window=NOUN_TARGET_WINDOW)
    if not found:
        return None
    if found[0].lam:
        return found  # دعم إيران، حكومة وشعبا، لسوريا: the ل of the object
    near = found[0].lead <= last + _OBJECT_WINDOW
    if not near or any(view.stems(i) & grammar.prepositions for i in range(last + 1, found[0].lead)):
        return None
    return found


def _named_ally(view: TokenView, hit: CueHit, here: list[list[Actor]], grammar: Grammar) -> list[Actor] | None:
    """The actor group a possessive ally noun names: right after it (حليفهم علي عبدالله صالح), or
    one word on after من (حلفائهم من قوات صالح) or a definite epithet (حليفهم المخلوع علي عبدالله
    صالح); a place that only says where is none, and so is an actor joined by و (حلفائها وإسرائيل:
    a party besides the allies)."""
    after = hit.last_token + 1
    group = next((g for g in here if g[0].lead >= after), None)
    if group is None or group[0].locative or group[0].lead > after + 1 or _joined_by_wa(view, group[0]):
        return None
    if group[0].lead == after:
        return group
    return group if view.stems(after) & grammar.agent_markers or _is_definite_noun(view, after, grammar) else None


def _joined_owner(view: TokenView, hit: CueHit, here: list[list[Actor]], pronoun: str) -> list[Actor] | None:
    """The actors right before a possessive noun whose own names agree with its pronoun: in
    «ميليشيات الحوثيين وحلفائهم» هم takes back the people named in the genitive, not the feminine
    plural head the chain agrees with."""
    group = next((g for g in reversed(here) if g[-1].last_token < hit.first_token), None)
    if group is None or group[-1].last_token != hit.first_token - 1:
        return None
    return [a for a in group if pronoun in agreement(a.kind, view.doc.text[a.start:a.end], a.target_only)] or None


def _joined_by_wa(view: TokenView, actor: Actor) -> bool:
    """Does the conjunction و open the words naming ``actor``? Read on the name's own word by its
    offsets (وإسرائيل: the name starts after the و; وليد: it does not), on a title chain's head by
    the article after it (والرئيس)."""
    token = view.tokens[actor.lead]
    if actor.lead == actor.token:
        return actor.start > token.start and view.doc.text[token.start] == "و"
    return token.norm.startswith("وال")


def _marked_agent(view: TokenView, hit: CueHit, here: list[list[Actor]], grammar: Grammar,
                  mutual: bool = False) -> list[Actor] | None:
    """The actor after من right after the cue (بدعم من ...); for a mutual cue من may follow an
    adjective, a time and a verb (اتصالا هاتفيا أول من أمس من الرئيس, اتصال هاتفي تلقاه من ...).
    A cue after ب ("with the support of") may share its من with a noun joined to it (بدعم وتنسيق
    من), and its agent may be the second of two after one that is no actor (بدعم من الغارات ومسلحي
    الحشد الشعبي)."""
    # the cheap test of the next word first: most cues are followed by no word joined by و
    last = hit.last_token + (_MARKER_REACH if mutual else
                             1 + (_joined_word(view, hit.last_token + 1) and _carries(view, hit, "ب")))
    markers = grammar.agent_markers
    for marker in range(hit.last_token + 1, min(last + 1, view.count)):
        if not view.is_word(marker):
            return None
        if view.has_stem(marker, markers):
            found = next((g for g in here if g[0].lead == marker + 1 and not g[0].locative), None)
            if found is None and not mutual and _joined_word(view, marker + 2) and _carries(view, hit, "ب"):
                found = next((g for g in here if marker + 2 <= g[0].lead <= marker + 3 and not g[0].locative), None)
            if found:
                return found
    return None


def _after_agent(view: TokenView, here: list[list[Actor]], agent: list[Actor], link: frozenset[str]
                 ) -> list[Actor] | None:
    """The actor a noun's agent marked by من acts on, named right after the agent: with ل
    (مساعدات من السعودية لليمن) or behind one of the prepositions ``link`` (folded: إلى اليمن for
    support, على تركيا for an attack); None without one."""
    following = next((g for g in here if g[0].lead > agent[-1].last_token), None)
    if following is not None and following[0].lam and following[0].lead == agent[-1].last_token + 1:
        return following
    return _linked_target(view, here, agent, link)


def _carries(view: TokenView, hit: CueHit, preposition: str) -> bool:
    """Does the cue carry the one-letter ``preposition`` (ب: بدعم, وبمساندة; ل: للقاء), not the ل of
    the article (الدعم)?"""
    norm = view.tokens[hit.first_token].norm
    at = norm.find(hit.form)
    return at > 0 and norm[at - 1] == preposition and not norm.endswith("ال", 0, at)


def _light_verb(view: TokenView, hit: CueHit, here: list[list[Actor]], grammar: Grammar) -> int | None:
    """The token of the light verb whose subject does what the verbal noun ``hit``, carrying ب, says (وقامت
    ميليشيات الحوثي بقصف, قامت القوات السورية أمس بمحاصرة): an actor, maybe followed by time
    words, stands between the verb and the cue; None when the cue has no such verb."""
    # a backward scan: the nearest group before the cue, no list of every group before it
    subject = next((here[i] for i in range(len(here) - 1, -1, -1) if here[i][-1].last_token < hit.first_token), None)
    if subject is None or any(not view.stems(i) & grammar.time_words
                              for i in range(subject[-1].last_token + 1, hit.first_token)):
        return None
    verb = subject[0].lead - 1
    while view.is_word(verb) and view.stems(verb) & grammar.time_words:  # قامت أمس القوات
        verb -= 1
    return verb if view.is_word(verb) and view.stems(verb) & grammar.light_verbs else None


def _joined_word(view: TokenView, i: int) -> bool:
    """Does token ``i`` start with و, a word joined to the one before it (وتنسيق, ومسلحي)?"""
    return view.is_word(i) and view.tokens[i].norm.startswith("و")


def _relative_agent(view: TokenView, hit: CueHit, here: list[list[Actor]], grammar: Grammar) -> list[Actor] | None:
    """The subject of a relative clause right after a verbal noun and its adjectives, whose verb takes
    the noun back by an object pronoun (الحصار المطبق الذي تفرضه جماعة الحوثي) or by ب after it
    (الزيارة التي يقوم بها); an indefinite noun's clause needs no relative pronoun (اتصال هاتفي أجراه
    الرئيس, زيارة يقوم بها وزير الخارجية); None otherwise. A noun after ل between them is the one the
    clause describes (غارات جوية لتحالف تقوده السعودية: the coalition is led, not the raids)."""
    tokens = view.tokens
    for i in range(hit.last_token + 1, min(hit.last_token + 2 + _COUNTERPART_GAP, view.count)):
        # a relative pronoun stands alone, so its folded form is enough to look for, and cheap
        relative = tokens[i].norm in grammar.relatives
        if hit.definite and not relative:
            continue
        verb = i + 1 if relative else i
        last = _takes_back(view, verb)
        # a comma may open the relative clause (الغارات الجوية، التي تقودها الولايات المتحدة، على ...)
        if last is not None and not any(
                not (view.is_word(j) or relative and j == i - 1 and tokens[j].norm == ",")
                or view.stems(j) & grammar.prepositions or any(g[0].lead == j for g in here)
                or _after_lam(view, j) for j in range(hit.last_token + 1, i)):
            subject = _vso_subject(view, replace(hit, first_token=last, last_token=last), here, grammar)
            if subject or relative:
                return subject
        if relative:
            return None
    return None


def _after_lam(view: TokenView, i: int) -> bool:
    """Does word ``i`` carry the preposition ل (لتحالف, للتحالف), not the ل of the article?"""
    return view.tokens[i].norm.startswith("ل") and any(clitics.endswith("ل") for clitics, _ in view.clitics(i))


def _takes_back(view: TokenView, verb: int) -> int | None:
    """The last token of the verb at ``verb`` when it takes back the noun before it: the verb itself
    with an object pronoun (تفرضه, أجراها; a feminine ة is no pronoun), or the ب + pronoun after it
    (يقوم بها); None otherwise."""
    tokens = view.tokens
    if verb >= view.count:
        return None
    # the ending first: it fails for most words after a noun
    if tokens[verb].norm.endswith(_OBJECT_ENDINGS):
        return verb if "ة" not in tokens[verb].text[-3:] and view.is_word(verb) else None
    return verb + 1 if verb + 1 < view.count and tokens[verb + 1].norm in _BY_PRONOUNS and view.is_word(verb) else None


def _lam_agent(view: TokenView, hit: CueHit, here: list[list[Actor]], grammar: Grammar, link: frozenset[str]
               ) -> tuple[list[Actor], list[Actor]] | None:
    """(agent, target) of a verbal noun whose agent follows with ل, past at most two adjectives,
    and whose target follows one of the prepositions ``link`` (folded) right after the agent (قصف مدفعي
    للحوثيين على منطقة دار سعد, زيارة للرئيس النيجيري محمد بخاري إلى واشنطن); None otherwise."""
    agent = next((g for g in here if g[0].lead > hit.last_token), None)
    if agent is None or not agent[0].lam or agent[0].target_only \
            or agent[0].lead - hit.last_token - 1 > _LAM_ADJECTIVES:
        return None
    if any(not view.is_word(i) or view.stems(i) & grammar.prepositions for i in range(hit.last_token + 1, agent[0].lead)):
        return None
    target = _linked_target(view, here, agent, link)
    return (agent, target) if target is not None else None


def conjoined_verb(view: TokenView, anchor: int, lead: int, lexicon: StanceLexicon, verb: bool) -> bool:
    """Does a cue verb joined by و stand between ``anchor`` and the actor at ``lead``? That verb opens
    a clause of its own, whose object the actor is (روسيا ترفض العقوبات وتدعم الحكومة السورية);
    right after a ``verb`` at ``anchor`` the two share the object (ساعدت وتساعد العراق)."""
    # the words read in C: this runs for every target found
    return not lexicon.joined_verbs.isdisjoint(map(_NORM, view.tokens[anchor + 1 + verb:lead]))


def _describing_object(view: TokenView, anchor: int, targets: list[Actor], lexicon: StanceLexicon) -> bool:
    """Is ``targets`` the object of a participle describing the noun before it (قاتلت قوات الحوثي
    المتحالفة مع إيران, تطرد الدبلوماسيين الموالين لمعمر القذافي), right behind it or a preposition,
    so that it is no object of the verb? A participle whose own object comes between (حزب الشعب
    الديموقراطي الموالي للأكراد أردوغان) describes the subject, and the verb's object follows."""
    lead = targets[0].lead
    participle = view.first_with_stem(anchor + 1, lead, lexicon.describing_words)
    return participle is not None and all(
        view.is_word(i) and view.stems(i) & lexicon.grammar.prepositions for i in range(participle + 1, lead))


def _object_past_participle(here: list[list[Actor]], described: list[Actor], clause_end: int, exclude: set[str],
                            view: TokenView, skip: frozenset[str], force: bool) -> list[Actor] | None:
    """The verb's object right after the object of a participle describing its subject (``described``:
    إيران in هاجمت جماعة الحوثي المقربة من إيران مدينة تعز), none behind a preposition (تطرد
    الدبلوماسيين الموالين للقذافي من ليبيا: whence, not whom)."""
    exclude = exclude | {a.actor_id for a in described}
    found = first_after(here, described[-1].last_token, clause_end, exclude, view, skip, _OBJECT_WINDOW, force)
    return found if found and not found[0].prepositional else None


def _linked_target(view: TokenView, here: list[list[Actor]], agent: list[Actor], link: frozenset[str]
                   ) -> list[Actor] | None:
    """The actor behind one of the prepositions ``link`` (folded) right after ``agent``,
    past at most two adjectives or a place noun (على منطقة دار سعد); None without one."""
    after = agent[-1].last_token + 1
    if not (view.is_word(after) and view.stems(after) & link):
        return None
    target = next((g for g in here if g[0].lead > after), None)
    if target is None or target[0].lead > after + 1 + _LAM_ADJECTIVES:
        return None
    # على الحدود مع سورية: a place that only says where is no target; one after its bare head noun is
    return None if target[0].locative and not target[0].headed else target


def _relative_object(view: TokenView, here: list[list[Actor]], agent: list[Actor], sentence_end: int,
                     grammar: Grammar, cue: Cue) -> list[Actor] | None:
    """The actor a relative clause's subject acts on: a few words after it, behind a preposition or
    the ل of the object (مع for a mutual noun); none behind من, which names the giver of what the
    subject receives (الدعم الذي تتلقاه ... من). A place after its bare head noun is the object of
    an attack (غارات شنتها طائرات النظام على مدينة منبج)."""
    # a time phrase may stand between the subject and the object (فابيوس في الأسبوع الماضي إلى طهران)
    anchor = _time_phrase_end(view, agent[-1].last_token, grammar)
    found = first_after(here, anchor, sentence_end, {a.actor_id for a in agent}, window=_OBJECT_WINDOW, force=cue.force)
    if not found:
        return None
    before = found[0].lead - 1
    # titles may stand between the preposition and the named party (مع نظيره الفرنسي), a place's
    # bare head noun between it and the named place (غارات شنتها طائرات النظام على مدينة منبج), a
    # party's positions (على مواقع تنظيم داعش), and a mark opening the name (ضد (داعش))
    while before > anchor + 1 and (view.stems(before) & grammar.party_heads
                                   or view.tokens[before].norm in _NAME_MARKS):
        before -= 1
    marks = grammar.counterparts if cue.mutual else grammar.prepositions - grammar.agent_markers
    return found if (found[0].lam and not cue.mutual) or view.is_word(before) and view.stems(before) & marks else None


def _time_phrase_end(view: TokenView, last: int, grammar: Grammar) -> int:
    """The last token of a time phrase right after token ``last`` (أمس, يوم الأحد, في الأسبوع الماضي:
    time words, or في, a noun and a time word), else ``last``."""
    end = last
    while view.is_word(end + 1) and view.stems(end + 1) & grammar.time_words:
        end += 1
    if end == last and view.is_word(last + 1) and view.tokens[last + 1].norm == "في" \
            and view.is_word(last + 3) and view.stems(last + 3) & grammar.time_words:
        end = last + 3
    return end


def _by_phrase_agent(view: TokenView, hit: CueHit, here: list[list[Actor]], clause_end: int,
                     grammar: Grammar, kind: str, nouns: frozenset[str]) -> list[Actor] | None:
    """The actor right after a by-phrase (من قبل, على يد) within a few words after a cue of ``kind``
    (right after an adjective, a phrase form: التصريحات العدائية من قبل); an empty list when the
    phrase names an agent that is no known actor, None without a by-phrase. After a verb, a
    by-phrase behind one of ``nouns`` (a verbal noun the verb governs) is that noun's."""
    reach, ends, tokens = (1 if kind == "phrase" else _MARKER_REACH), grammar.by_phrase_ends, view.tokens
    for i in range(hit.last_token + 2, min(hit.last_token + 2 + reach, clause_end)):
        # the phrase's last word looked up here first: most words end none, and the call is spared
        if tokens[i].norm in ends and opens_by_phrase(view, i - 1, ends):
            # أدانت تركيا القصف من قبل قوات النظام: the by-phrase names the shelling's agent
            if kind == "verb" and any(view.is_word(j) and view.stems(j) & nouns
                                      for j in range(hit.last_token + 1, i - 1)):
                return None
            # a demonstrative may stand before the agent's head (من قبل تلك الميليشيات)
            return next((g for g in here if i < g[0].lead <= i + 2 and not g[0].locative), [])
    return None


def _after_passive(view: TokenView, hit: CueHit, grammar: Grammar) -> bool:
    """Does the verbal noun follow a passive marker as its subject (يتم اعتراضها, جرى اتصال)? An
    indefinite noun in the accusative (يجري اتصالاً, the active يُجري: he makes a call) is the
    object of the verb, whose subject is then read as any verb's."""
    return _after(view, hit, grammar.passive_markers) and (hit.definite or not hit.form.endswith(_ACCUSATIVE))


def _after(view: TokenView, hit: CueHit, words: frozenset[str]) -> bool:
    before = hit.first_token - 1
    return view.is_word(before) and bool(view.stems(before) & words)


def _clause_subject(view: TokenView, here: list[list[Actor]], hit: CueHit, quote: Quote | None, speaker,
                    lexicon: StanceLexicon, nearest: bool = False, pronoun: str | None = None):
    """The subject a pro-drop verb or an agentless verbal noun borrows: the first subject-like actor
    of the quote or sentence before the cue (the nearest one for a verbal noun, whose agent is the
    subject of the verb governing it), else the quote's speaker. A noun's possessive ``pronoun``
    takes back only a group agreeing with it (ميركل تدعو صربيا وكوسوفو ... عقب لقائها: not the two
    states, which would be لقائهما)."""
    lower = quote.start if quote else -1
    quoted = bool(quote and speaker)
    # only the first or the last candidate is wanted: the groups are in text order, so the search
    # stops at it rather than testing every group for a venue
    before = [g for g in here if g[-1].end <= hit.start]
    subject = next((g for g in (reversed(before) if nearest and not quoted else before)
                    if g[0].start >= lower and g[0].subject_like and not _is_venue(view, g, lexicon)
                    and (pronoun is None or pronoun in group_agreement(view, g, lexicon.grammar))), None)
    if subject is not None and quoted and subject[0].lead > view.index_at(quote.start) + _QUOTE_SUBJECT_REACH:
        subject = None
    if subject is not None:
        if hit.first_token - subject[-1].last_token > _SUBJECT_REACH:
            return None, ""
        return subject, "subject"
    if speaker and _names_own_subject(view, here, hit, quote):
        return None, "own subject"
    if speaker and (pronoun is None or _speaker_agrees(view, here, speaker[0], pronoun, lexicon.grammar)):
        return speaker, "speaker"
    return None, ""


def _names_own_subject(view: TokenView, here: list[list[Actor]], hit: CueHit, quote: Quote | None) -> bool:
    """Does the reported clause (without marks) holding the cue open, before the cue, with a definite
    noun that is no actor (قال إن القوات الكردية ستشارك في العملية لتحرير الموصل, أكد أن الجهود
    السعودية ... هبت لإغاثة)? That noun is the clause's own subject, so the cue is not the speaker's act
    (rule 5); a cue opening the clause itself (أن التعاون العسكري مع روسيا مستمر, وأن حربه) stays the
    speaker's (rule 4)."""
    if quote is None or in_direct_speech(view, quote):
        return False
    first = view.index_at(quote.start)
    # a further أن before the cue opens the clause the cue stands in (أن المقاومة مستمرة وأن حربه ...)
    while (that := view.first_with_stem(first + 1, hit.first_token, _THAT)) is not None:
        first = that + 1
    # a mention's own tokens, not its head chain: القوات of القوات الأمريكية is no actor by itself
    return first < hit.first_token and view.is_word(first) and view.tokens[first].norm.startswith("ال") \
        and not any(a.token <= first <= a.last_token for group in here for a in group)


def _speaker_agrees(view: TokenView, here: list[list[Actor]], speaker: Actor, pronoun: str, grammar: Grammar) -> bool:
    """Can a possessive ``pronoun`` take the quote's speaker back? Judged on his mention in the cue's
    sentence (وقدم فتحي ... وأشار إلى أن ... في حربهم: هم is not he); a speaker the sentence does not
    name is taken to agree."""
    named = next((a for g in here for a in g if a.actor_id == speaker.actor_id), None)
    return named is None or pronoun in actor_agreement(view, named, grammar)


def first_after(here: list[list[Actor]], anchor: int, clause_end: int, exclude: set[str],
                 view: TokenView | None = None, skip_after: frozenset[str] = frozenset(),
                 window: int = TARGET_WINDOW, force: bool = False) -> list[Actor] | None:
    """The first actor group after ``anchor`` in the clause and window, without the ``exclude`` ids;
    groups right after one of ``skip_after`` (ضد) are passed over, and so are places that only say
    where, except a place after its bare head noun for a ``force`` cue (حاصرت مدينة تعز)."""
    for group in here:
        # a head chain may start inside a phrase cue (يقف إلى جانب قوات النظام: جانب is a head noun)
        if group[0].token <= anchor or group[0].locative and not (force and group[0].headed):
            continue
        if view is not None and skip_after and view.is_word(group[0].lead - 1) \
                and view.stems(group[0].lead - 1) & skip_after:
            continue
        if group[0].token >= clause_end or group[0].lead > anchor + window:
            return None
        rest = [a for a in group if a.actor_id not in exclude]
        if rest:
            return rest
    return None


def _last_before(here: list[list[Actor]], lower: int, cue_token: int, exclude: set[str]) -> list[Actor] | None:
    for group in reversed(here):
        if group[-1].last_token >= cue_token or group[0].locative:
            continue
        if group[0].token < lower:
            return None
        rest = [a for a in group if a.actor_id not in exclude]
        if rest:
            return rest
    return None


def _between(view: TokenView, here: list[list[Actor]], anchor: int, clause_end: int, grammar: Grammar):
    """The two sides named right after بين in the cue's window, else None: the first actor of a
    coordinated group and the rest (بين واشنطن وموسكو), two groups each closed by من جهة (بين
    الجيش والمقاومة من جهة، وبين الحوثيين من جهة أخرى), or a group and the one after و and its
    fighters' noun (بين قوات النظام ومقاتلي المعارضة)."""
    reach = min(clause_end, anchor + TARGET_WINDOW + 1)
    for n, group in enumerate(here):
        lead = group[0].lead
        if anchor < lead < reach and (
                view.stems(lead - 1) & grammar.between or _behind_between(view, lead, grammar)):
            side_end = _side_end(view, lead, min(clause_end, lead + TARGET_WINDOW), grammar)
            if side_end is not None:
                # الحوثيين والقوات الموالية للرئيس المخلوع علي صالح من جهة: a side may hold several groups
                first = [a for g in here[n:] if g[0].lead < side_end and not g[0].adjectival for a in g]
                second = next((g for g in here if side_end < g[0].lead <= side_end + _SIDE_GAP), None)
                if second:
                    return first, second
            if len(group) > 1:
                return group[:1], group[1:]
            second = _behind_delegates(view, here, n, grammar)
            if second:
                return group, second
    return None


def _behind_delegates(view: TokenView, here: list[list[Actor]], n: int, grammar: Grammar) -> list[Actor] | None:
    """The group right after group ``n`` behind و and a noun of its fighters or representatives (بين قوات
    النظام ومقاتلي المعارضة), else None: that noun keeps the two from one coordinated group, yet the
    second names the other side."""
    word = here[n][-1].last_token + 1
    if n + 1 < len(here) and here[n + 1][0].lead == word + 1 and view.tokens[word].norm.startswith("و") \
            and view.stems(word) & grammar.delegates:
        return here[n + 1]
    return None


def _behind_between(view: TokenView, lead: int, grammar: Grammar) -> bool:
    """Does the actor at token ``lead`` follow بين behind a noun of its representatives (بين ممثلي
    طالبان والحكومة الأفغانية), behind a shared title and the first's nationality adjective (بين
    الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما) or behind كل من (بين كل من الولايات
    المتحدة وإيران)?"""
    before = lead - 1
    if view.stems(before) & grammar.delegates:
        return bool(view.stems(before - 1) & grammar.between)
    if lead > 2 and definite_adjective(view, before):
        return bool(view.stems(lead - 3) & grammar.between)
    # كل من only stresses that both parties are meant; the first of them is still the first side
    return lead > 2 and view.tokens[before].norm == "من" and each_of(view, before) \
        and bool(view.stems(lead - 3) & grammar.between)


def _side_end(view: TokenView, first: int, end: int, grammar: Grammar) -> int | None:
    """The token of جهة of the first من جهة from token ``first`` up to ``end`` (one side of a clash
    named apart), else None."""
    for i in range(first + 1, end):
        if view.tokens[i].norm == "من" and view.is_word(i + 1) and view.stems(i + 1) & grammar.sides:
            return i + 1
    return None


def _relative_follows(view: TokenView, hit: CueHit, grammar: Grammar) -> bool:
    """Does a relative clause describe the noun of ``hit``, right after it or after its definite
    adjectives (الاتفاق المرحلي الذي وقع بين إيران والقوى الكبرى)?"""
    for i in range(hit.last_token + 1, min(hit.last_token + 2 + _COUNTERPART_GAP, view.count)):
        if not view.is_word(i):
            return False
        if view.stems(i) & grammar.relatives:
            return True
        if not definite_adjective(view, i):
            return False
    return False


def _relative_end(view: TokenView, hit: CueHit, end: int, here: list[list[Actor]]) -> int:
    """Where the relative clause describing the noun of ``hit`` ends: at a comma before و, which
    opens the next clause or joins a new noun (الاتفاق الذي يعارضه الكونغرس، والخلاف بين روسيا
    وتركيا: that بين names the dispute's parties), else at the sentence's end ``end``."""
    return _comma_break(view, view.sentence_of(hit.first_token), hit.last_token + 1, end, here, None)


def _counterpart_follows(view: TokenView, hit: CueHit, here: list[list[Actor]], grammar: Grammar) -> bool:
    """Is a mutual noun's other party named right after it and its adjectives (معارك عنيفة مع
    المليشيات)? A clause subject before it is then the first party, even after بعد."""
    leads = {group[0].lead for group in here}
    for i in range(hit.last_token + 1, hit.last_token + 2 + _COUNTERPART_GAP):
        if i in leads or not view.is_word(i):
            return False
        if view.has_stem(i, grammar.counterparts):
            return i + 1 in leads
    return False


def _topic(view: TokenView, first: int, end: int, lexicon: StanceLexicon) -> str | None:
    for i in range(first, end):
        for stem in view.stems(i):
            if stem in lexicon.topics:
                return lexicon.topics[stem]
    return None


def _is_hypothetical(view: TokenView, sentence: int, hit: CueHit, grammar: Grammar) -> bool:
    questions = view.positions(sentence, grammar.question_marks)
    if questions and questions[-1] > hit.last_token:
        return True
    conditions = view.positions(sentence, grammar.hypothetical)
    at = bisect_left(conditions, hit.first_token)
    return (at > 0 or (at < len(conditions) and _conditioned(view, sentence, hit.last_token, conditions[at], grammar))
            or _expected(view, sentence, hit.first_token, grammar))


def _expected(view: TokenView, sentence: int, first: int, grammar: Grammar) -> bool:
    """Does an expectation word stand before the cue opening at token ``first``, no clause opener
    between? Then the cue's act is foreseen, as unasserted as a hypothetical (stance-rules.md 1)."""
    return view.in_clause_before(sentence, first, _EXPECTATION, grammar.clause_openers)


def _conditioned(view: TokenView, sentence: int, last: int, condition: int, grammar: Grammar) -> bool:
    """Does a condition follow a cue ending at token ``last`` closely, with no clause opener between?
    Then the cue is the condition's main clause («عقوبات تطبق فوراً إذا تخلت إيران»), as unasserted
    as a stance inside the condition (stance-rules.md 1). A condition further on qualifies a later
    act of the sentence («هددت ... عائلة ... بالقتل إذا لم يكف»), not the cue."""
    if condition - last > _CONDITION_REACH:
        return False
    openers = view.positions(sentence, grammar.clause_openers)
    return bisect_right(openers, last) == bisect_left(openers, condition)


def _confidence(how: str, negated: bool, hypothetical: bool, source: Actor, target: Actor) -> float:
    reading, _, far = how.partition("+")
    value = _BASE * _HOW[reading] * (_FAR_TARGET if far else 1.0)
    value *= (_NEGATED if negated else 1.0) * (_HYPOTHETICAL if hypothetical else 1.0)
    return round(value * min(source.confidence, target.confidence), 3)
