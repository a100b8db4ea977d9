"""The stance cue lexicon and the closed word lists, loaded from ``workbench/data/stance/``.

``cues.csv`` lists each cue once, by lemma, with its perfect and imperfect stems and its verbal
nouns; :func:`load_lexicon` expands them into every inflected form a news sentence uses (past and
present, feminine, dual and plural, future سـ, object and possessive pronouns, accusative -ا) and
compiles one Aho-Corasick automaton over the folded forms. An analyst extends the lexicon by
editing the CSV (or a copy passed as ``folder``), never the code.

>>> lex = load_lexicon()
>>> form = lex.forms["وعارضت"[1:]]
>>> lex.cues[form.cue].lemma, lex.cues[form.cue].category, form.kind
('عارض', 'verbal conflict', 'verb')
>>> lex.forms["مشاركته"].possessive
True
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import ahocorasick
import yaml

from workbench.text import fold

__all__ = ["Cue", "CueForm", "Grammar", "StanceLexicon", "load_lexicon", "quad_class", "DATA_DIR"]

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "stance"

_PAST_SUFFIXES = ("", "ت", "ا", "وا", "تا", "نا", "تم")
_PRESENT_PREFIXES = ("ي", "ت", "ن")
_FUTURE_PREFIXES = ("", "س")  # يزور, سيزور
_PRESENT_SUFFIXES = ("", "ون", "ان", "وا", "ا", "ين")
_PRONOUNS = ("ه", "ها", "هم", "هما", "نا", "ك", "كم")
_HAMZA_SEATS = ("ي", "و")  # ئ and ؤ, folded
# Suffixes that take an object pronoun, and the shape they take before it (اتهموه).
_BEFORE_PRONOUN = {"": "", "ت": "ت", "وا": "و", "نا": "نا", "ون": "ون"}
_KIND_RANK = {"phrase": 0, "noun": 1, "verb": 2}


def quad_class(cameo: str) -> str:
    """CAMEO QuadClass of a two-digit root code.

    >>> quad_class("04"), quad_class("19")
    ('verbal cooperation', 'material conflict')
    """
    root = int(cameo)
    if root <= 5:
        return "verbal cooperation"
    if root <= 9:
        return "material cooperation"
    if root <= 14:
        return "verbal conflict"
    return "material conflict"


@dataclass(frozen=True)
class Cue:
    """One lexicon entry: a lemma and what a stance marked by it means."""

    lemma: str
    cameo: str
    polarity: int
    category: str
    mutual: bool  # agree, meet, clash: either party may be named first
    genitive: str  # how a lone actor right after the verbal noun reads: agent (مشاركة تركيا),
    # patient (دعم الحكومة) or venue (مفاوضات أستانا: a place there is neither party)
    target_before: bool  # evaluations name their target before the cue (أمر غير قانوني)
    needs: frozenset[str]  # one of these words must follow, e.g. علق needs التعاون
    gloss: str
    describes: bool = False  # a participle describing the noun before it (القوات الموالية لهادي)
    charges: bool = False  # an accusation: the act after its ب is a claim (اتهمت تركيا بمساعدة داعش)
    takes_from: bool = False  # taking back: the opponent follows من (استعادت القوات الرمادي من داعش)
    held: bool = False  # holding: the holder follows, the place held comes before (الخاضعة لسيطرة داعش)
    field: bool = False  # its definite noun names a field of work (لجنة الإغاثة), not an act

    @property
    def force(self) -> bool:
        """Assault, fight or mass violence (CAMEO 18-20), whose object may be a place: قصف مدينة الرقة."""
        return self.cameo in ("18", "19", "20")

    @property
    def agreement(self) -> bool:
        """An agreement reached or signed (CAMEO 05, mutual: اتفاق, توقيع, مذكرة تفاهم), which the
        article names as a known pact (الاتفاق النووي مع إيران) as often as it reports it."""
        return self.cameo == "05" and self.mutual

    @property
    def visit(self) -> bool:
        """A contact one party makes on another (زيارة, جولة: CAMEO 04, not mutual), whose agent
        follows with ل and whose host follows إلى."""
        return self.cameo == "04" and not self.mutual


@dataclass(frozen=True)
class CueForm:
    """One inflected, folded form of a cue."""

    cue: int  # index into StanceLexicon.cues
    kind: str  # verb, noun or phrase
    also_verb: bool  # a noun form that is also a verb form of the same cue (رفض, دعم)
    first_person: bool  # نرفض, رفضنا: the speaker is the source
    possessive: bool  # مشاركته: the agent is a pronoun, not the next word
    participle: bool = False  # مطالبا, محملا: circumstantial, its subject is the sentence's verb's
    carried: bool = False  # a verb, a possessive or a participle: may take the sentence before's subject
    masculine: bool = False  # زار, يزور: a third person masculine singular verb, no object pronoun


@dataclass(frozen=True)
class Grammar:
    """Closed word lists (folded) the sentence reading relies on."""

    negators: frozenset[str]
    hypothetical: frozenset[str]
    question_marks: frozenset[str]
    clause_openers: frozenset[str]
    agent_heads: frozenset[str]
    prepositions: frozenset[str]
    locatives: frozenset[str]
    place_heads: frozenset[str]
    borders: frozenset[str]
    directions: frozenset[str]
    between: frozenset[str]
    delegates: frozenset[str]
    during_it: frozenset[str]
    event_openers: frozenset[str]
    not_cues: frozenset[str]
    ignored_sectors: frozenset[str]
    target_only_sectors: frozenset[str]
    event_adjectives: frozenset[str]
    passive_markers: frozenset[str]
    time_words: frozenset[str]
    agent_markers: frozenset[str]
    by_phrases: frozenset[str]
    against: frozenset[str]
    counterparts: frozenset[str]
    partitive_heads: frozenset[str]
    sides: frozenset[str]
    relatives: frozenset[str]
    conjoined_verbs: frozenset[str]
    blessing_subjects: frozenset[str]
    describing: frozenset[str]
    accusations: frozenset[str]
    taken_from: frozenset[str]
    held_by: frozenset[str]
    held_links: frozenset[str]
    month_heads: frozenset[str]
    led_by: frozenset[str]
    no_guess_sectors: frozenset[str]
    team_heads: frozenset[str]
    known_pacts: frozenset[str]
    fields: frozenset[str]
    feminine_titles: frozenset[str]
    portfolio_heads: frozenset[str]
    light_verbs: frozenset[str]
    opening_asides: frozenset[str]
    own_ba: frozenset[str]
    positions: frozenset[str]

    # Unions the reading asks for on every mention and cue, built once per loaded lexicon.
    @cached_property
    def title_words(self) -> frozenset[str]:
        """Titles, head nouns and event adjectives a mention's head chain may hold."""
        return self.agent_heads | self.event_adjectives

    @cached_property
    def party_heads(self) -> frozenset[str]:
        """Titles, place head nouns and a party's positions that may stand between a preposition and
        the party it names (مع نظيره الفرنسي, على مدينة منبج, على مواقع تنظيم داعش)."""
        return self.agent_heads | self.place_heads | self.positions

    @cached_property
    def unheard_sectors(self) -> frozenset[str]:
        """Sectors whose quoted speaker takes no stance: an outlet reports, and a city's words are its
        people's (أبناء عدن), not the place's; a capital acting as its state has the state's id already."""
        return self.ignored_sectors | self.target_only_sectors

    @cached_property
    def team_endings(self) -> tuple[str, ...]:
        """The team head nouns as the tuple ``str.endswith`` takes: a team head ends its token."""
        return tuple(self.team_heads)

    @cached_property
    def led_by_written(self) -> re.Pattern[str]:
        """The leader words without their last letter (a folded ة is ه): what the raw text holds
        when it names a leader, so an article naming none is told by one search of its text (one
        pattern of all the words: half the time of a substring search per word)."""
        return re.compile("|".join(re.escape(word[:-1]) for word in sorted(self.led_by)))

    @cached_property
    def by_phrase_ends(self) -> dict[str, frozenset[str]]:
        """Last word of each by-phrase -> the first words it follows (قبل -> من)."""
        ends: dict[str, set[str]] = {}
        for phrase in self.by_phrases:
            first, last = phrase.split(" ", 1)
            ends.setdefault(last, set()).add(first)
        return {last: frozenset(firsts) for last, firsts in ends.items()}

    @cached_property
    def before_subject(self) -> frozenset[str]:
        """Time words and titles that may stand between a verb and its subject."""
        return self.time_words | self.agent_heads

    @cached_property
    def adverbial_words(self) -> frozenset[str]:
        """Time words and prepositions an adverbial phrase before a verb's object may hold."""
        return self.time_words | self.prepositions

    @cached_property
    def name_breaks(self) -> frozenset[str]:
        """Words that cannot stand between a titled body and its head's name."""
        return self.prepositions | self.clause_openers | self.negators | self.time_words


@dataclass(frozen=True)
class StanceLexicon:
    cues: tuple[Cue, ...]
    forms: dict[str, CueForm]
    automaton: ahocorasick.Automaton
    grammar: Grammar
    topics: dict[str, str]

    @cached_property
    def describing_words(self) -> frozenset[str]:
        """First words of the forms of participles describing the noun before them (الموالية,
        المتحالفة مع): the actor after one is that participle's object."""
        return frozenset(form.split(" ", 1)[0] for form, entry in self.forms.items() if self.cues[entry.cue].describes)

    @cached_property
    def noun_forms(self) -> frozenset[str]:
        """Verbal noun forms (القصف, هجوم): a by-phrase after one names that noun's agent."""
        return frozenset(form for form, entry in self.forms.items() if entry.kind == "noun")

    @cached_property
    def joined_verbs(self) -> frozenset[str]:
        """Verb forms joined by و (وتدعم): such a verb opens a clause of its own."""
        return frozenset("و" + form for form, entry in self.forms.items() if entry.kind == "verb")


@lru_cache(maxsize=8)
def load_lexicon(folder: str | Path = DATA_DIR) -> StanceLexicon:
    """Load ``cues.csv``, ``grammar.yaml`` and ``topics.csv`` from ``folder`` (cached per folder)."""
    folder = Path(folder)
    with open(folder / "grammar.yaml", encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)
    grammar = Grammar(**{name: frozenset(fold(str(w)) for w in words) for name, words in raw.items()})
    with open(folder / "cues.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    cues = tuple(_cue(row, grammar) for row in rows)
    forms: dict[str, CueForm] = {}
    for index, row in enumerate(rows):
        expanded = _expand(row)
        verbs = {form for form, kind, _, _ in expanded if kind == "verb"}
        masculine = _masculine_forms(row)
        for form, kind, first_person, possessive in expanded:
            # a one-word phrase form with the prefix م is a participle, unless it describes a noun (الموالين)
            participle = kind == "phrase" and form[0] == "م" and " " not in form and not cues[index].describes
            new = CueForm(index, kind, form in verbs, first_person, possessive, participle,
                          participle or possessive or kind == "verb", kind == "verb" and form in masculine)
            old = forms.get(form)
            # The first entry in the file owns a shared form; within one entry a form read both as
            # verb and verbal noun (دعم) is handled as a noun, whose genitive reading covers VSO too.
            # A noun listed as written (مدعومة) owns the form a possessive of another noun folds to (مدعومه).
            if old is None or (old.cue == index and (_KIND_RANK[kind] < _KIND_RANK[old.kind]
                                                     or kind == old.kind and old.possessive and not possessive)):
                forms[form] = new
    automaton = ahocorasick.Automaton()
    for form in forms:
        automaton.add_word(form, form)
    automaton.make_automaton()
    with open(folder / "topics.csv", encoding="utf-8", newline="") as fh:
        topics = {fold(row["word"]): row["topic"] for row in csv.DictReader(fh)}
    return StanceLexicon(cues, forms, automaton, grammar, topics)


def _cue(row: dict[str, str], grammar: Grammar) -> Cue:
    cameo = row["cameo"].zfill(2)
    lemma = fold(row["lemma"])
    return Cue(
        lemma=row["lemma"],
        cameo=cameo,
        polarity=int(row["polarity"]),
        category=quad_class(cameo),
        mutual=row["mutual"] == "1",
        genitive=row["genitive"],
        target_before=row["target"] == "before",
        needs=frozenset(fold(w) for w in _split(row["needs"])),
        gloss=row["gloss"],
        describes=lemma in grammar.describing,
        charges=lemma in grammar.accusations,
        takes_from=lemma in grammar.taken_from,
        held=lemma in grammar.held_by,
        field=lemma in grammar.fields,
    )


def _split(cell: str | None) -> list[str]:
    return [w.strip() for w in (cell or "").split("|") if w.strip()]


def _masculine_forms(row: dict[str, str]) -> set[str]:
    """The third person masculine singular verb forms of one lexicon row (زار, يزور, سيزور)."""
    past = set(map(fold, _split(row["past"])))
    return past | {future + "ي" + stem for stem in _present_stems(row) for future in _FUTURE_PREFIXES}


def _present_stems(row: dict[str, str]) -> list[str]:
    """The folded present stems of one lexicon row, without the prefix ي the file may give (يزور: زور)."""
    return [p[1:] if p.startswith("ي") else p for p in map(fold, _split(row["present"]))]


def _expand(row: dict[str, str]) -> list[tuple[str, str, bool, bool]]:
    """(form, kind, first_person, possessive) for every form of one lexicon row."""
    out = []
    for stem in map(fold, _split(row["past"])):
        for suffix in _PAST_SUFFIXES:
            out.append((stem + suffix, "verb", suffix == "نا", False))
            if suffix in _BEFORE_PRONOUN:
                out += [(stem + _BEFORE_PRONOUN[suffix] + p, "verb", suffix == "نا", False) for p in _PRONOUNS]
    for stem in _present_stems(row):
        for prefix in _PRESENT_PREFIXES:
            for suffix in _PRESENT_SUFFIXES:
                for future in _FUTURE_PREFIXES:
                    form = future + prefix + stem + suffix
                    out.append((form, "verb", prefix == "ن", False))
                    if suffix in _BEFORE_PRONOUN:
                        out += [(form + p, "verb", prefix == "ن", False) for p in _PRONOUNS]
    for noun in map(fold, _split(row["nouns"])):
        base = noun[:-1] + "ت" if noun.endswith("ه") else noun
        out.append((noun, "noun", False, False))
        if not noun.endswith("ه"):
            out.append((noun + "ا", "noun", False, False))  # accusative: اتفاقا, هجوما
        out += [(base + p, "noun", False, True) for p in _PRONOUNS]
        if noun.endswith("اء"):
            # before a possessive the hamza takes the seat of the case: لقائه (genitive, folded لقايه),
            # لقاؤه (nominative, لقاوه) besides لقاءه
            out += [(noun[:-1] + seat + p, "noun", False, True) for seat in _HAMZA_SEATS for p in _PRONOUNS]
    out += [(fold(f), "phrase", False, False) for f in _split(row["forms"])]
    return out
