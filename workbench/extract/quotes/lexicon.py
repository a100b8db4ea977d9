"""The reporting cues and word lists of the quote extractor, read from ``workbench/data/quotes``.

``cues.csv`` lists each cue lemma with its written forms (one row per lemma and
part of speech); ``rules.yaml`` the small word lists that steer the extractor.
Both are plain files an analyst can extend; every word is folded with
:func:`workbench.text.fold` on load so look-ups ignore hamza, diacritics and tatweel.

>>> lex = load_lexicon()
>>> lex.cues["قالت"].lemma, lex.cues["مشيرا"].kind
('قال', 'participle')
>>> lex.cue(fold("وأضاف")).lemma
'أضاف'
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

from workbench.text import fold

__all__ = ["Cue", "Lexicon", "load_lexicon", "DATA_DIR"]

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "quotes"
_CONJUNCTIONS = ("و", "ف")


@dataclass(frozen=True, slots=True)
class Cue:
    """One written form of a reporting cue.

    ``kind`` is verb, participle, noun or attribution (بحسب, وفقا: a leading
    "وبحسب X، فإن ..."); ``strict`` cues (ambiguous words such as
    بين, رد) count only when a complementizer or colon follows at once; ``object``
    is the preposition introducing a nominal content (أعلن عن ...), ``-`` for a
    direct object (أبدى استعداده ...), empty when the cue takes clauses only.
    """

    lemma: str
    kind: str
    strict: bool
    object: str


@dataclass(frozen=True)
class Lexicon:
    """Folded cue forms and word lists (see ``rules.yaml`` for what each list does)."""

    cues: dict[str, Cue]
    complementizers: frozenset[str]
    pronoun_suffixes: tuple[str, ...]
    narrator_resumes: tuple[tuple[str, ...], ...]
    narrator_links: frozenset[str]
    narrator_reason_links: frozenset[str]
    speaker_additions: frozenset[tuple[str, ...]]
    narrator_asides: tuple[tuple[str, ...], ...]
    narrator_turns: tuple[tuple[str, ...], ...]
    attributions: frozenset[str]
    not_reporting_before: frozenset[str]
    clause_owners: frozenset[str]
    owner_prepositions: frozenset[str]
    denied_claims: frozenset[str]
    denial_lemmas: frozenset[str]
    owner_neighbours: frozenset[str]  # any word right before an أن that may own it: clause_owners, owner_prepositions, denied_claims
    speaker_stops: frozenset[str]
    after_quote_sources: tuple[tuple[str, ...], ...]
    relay_verbs: frozenset[str]
    relay_lookalikes: frozenset[str]
    adding_lemmas: frozenset[str]
    person_descriptions: frozenset[str]
    subject_nouns: frozenset[str]
    titles: frozenset[str]
    naming_nouns: frozenset[str]
    naming_heads: frozenset[str]
    speaking_names: frozenset[str]
    title_heads: frozenset[str]
    name_particles: frozenset[str]
    letter_names: frozenset[str]
    naming_verbs: frozenset[str]
    example_words: frozenset[str]
    abbreviations: frozenset[str]
    time_words: frozenset[str]
    resumptive_pronouns: frozenset[str]
    report_time_adverbs: frozenset[str]
    complement_pronoun_lemmas: frozenset[str]
    not_speakers: frozenset[str]
    abstract_subjects: frozenset[str]  # the writer's evidence as a cue's subject (الواقع, خبرتنا): no source
    blessings: frozenset[tuple[str, ...]]  # folded words of a blessing formula (صلى الله عليه وسلم)
    sayings: frozenset[str]
    saying_parts: frozenset[str]
    marked_only_lemmas: frozenset[str]
    judgement_promise_lemmas: frozenset[str]
    chant_lemmas: frozenset[str]
    chant_nouns: frozenset[str]
    name_glosses: frozenset[str]
    question_lemmas: frozenset[str]
    generic_askers: frozenset[str]
    honorific_pronouns: frozenset[str]
    generic_descriptions: frozenset[str]
    topic_openers: frozenset[str]
    subject_openers: tuple[tuple[str, ...], ...]
    fronted_openers: tuple[tuple[str, ...], ...]
    companions: frozenset[str]
    quantifiers: frozenset[str]
    organisation_descriptions: frozenset[str]
    source_nouns: frozenset[str]
    object_first_lemmas: frozenset[str]
    provision_lemmas: frozenset[str]
    description_adjectives: frozenset[str]
    passive_present_lemmas: frozenset[str]
    impersonal_present_lemmas: frozenset[str]
    sentence_passives: frozenset[str]
    subject_first_lemmas: frozenset[str]
    addressee_lemmas: frozenset[str]
    promise_lemmas: frozenset[str]
    prayer_lemmas: frozenset[str]
    learned_lemmas: frozenset[str]
    particle_lemmas: dict[str, str]
    wording_lemmas: frozenset[str]
    located_lemmas: frozenset[str]
    granted_when_negated_lemmas: frozenset[str]
    writer_modals: frozenset[str]
    own_wording: frozenset[str]
    issuing_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    documents: frozenset[str]
    female_names: frozenset[str]

    @cached_property
    def blessing_ends(self) -> frozenset[str]:
        """Last words of the blessing formulas: one set test rules out nearly every marked span before a tuple is built."""
        return frozenset(words[-1] for words in self.blessings)

    def cue(self, norm: str) -> Cue | None:
        """The cue a folded token is, with or without a leading و/ف."""
        return self.cue_table.get(norm)

    @cached_property
    def cue_table(self) -> dict[str, Cue]:
        """Every folded cue form, also with a leading و/ف: what :meth:`cue` looks up."""
        table = {c + form: cue for form, cue in self.cues.items() for c in _CONJUNCTIONS if len(form) > 2}
        return table | self.cues

    @cached_property
    def impersonal_forms(self) -> frozenset[str]:
        """Folded singular present forms of the impersonal lemmas (يتوقع, ويرجح), the only cue words that can be an
        impersonal passive: one set lookup rules every other cue out.

        >>> sorted(load_lexicon().impersonal_forms & {"ويرجح", "يتوقعون", "توقع"})
        ['ويرجح']
        """
        return frozenset(form for form, cue in self.cue_table.items()
                         if cue.kind == "verb" and cue.lemma in self.impersonal_present_lemmas
                         and (bare := form.removeprefix("و"))[:1] == "ي" and not bare.endswith("ون"))

    @cached_property
    def cue_words(self) -> frozenset[str]:
        """The forms of :attr:`cue_table` as a set: an article's every token is tested against it, and a set answers
        faster than a dict.

        >>> "وقال" in load_lexicon().cue_words
        True
        """
        return frozenset(self.cue_table)

    @cached_property
    def speech_nouns(self) -> frozenset[str]:
        """Definite verbal nouns of the noun cues (التاكيد from تأكيده, الاعلان from إعلانه), folded: the narrator
        naming a further act of speech.

        >>> "التاكيد" in load_lexicon().speech_nouns
        True
        """
        stems = {form.removesuffix(suffix) for form, cue in self.cues.items() if cue.kind == "noun"
                 for suffix in self.pronoun_suffixes if form.endswith(suffix)}
        return frozenset("ال" + stem for stem in stems if len(stem) > 2)

    @cached_property
    def phrases_by_first_word(self) -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
        """Each multi-word list (by field name) keyed by its phrases' first words, so a phrase
        look-up rejects most tokens at once and compares only the phrases that can match.

        >>> phrases = load_lexicon().phrases_by_first_word["narrator_resumes"]
        >>> all(phrase[0] == first for first, group in phrases.items() for phrase in group)
        True
        """
        lists = ("narrator_resumes", "narrator_asides", "narrator_turns", "after_quote_sources", "subject_openers",
                 "fronted_openers")
        index: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}
        for name in lists:
            by_first: dict[str, tuple[tuple[str, ...], ...]] = {}
            for phrase in getattr(self, name):
                by_first[phrase[0]] = (*by_first.get(phrase[0], ()), phrase)
            index[name] = by_first
        return index

    @cached_property
    def aside_starts(self) -> frozenset[str]:
        """First words of the narrator's asides and turns: the only words at which :meth:`aside_at` can find one.

        >>> "بحسب" in load_lexicon().aside_starts
        True
        """
        return frozenset(self.phrases_by_first_word["narrator_asides"].keys() | self.phrases_by_first_word["narrator_turns"].keys())

    @cached_property
    def relay_forms(self) -> frozenset[str]:
        """Every folded relaying verb, also with a leading و/ف: what :meth:`is_relay` looks up (one set test a word)."""
        return _with_conjunctions(self.relay_verbs)

    @cached_property
    def issuing_forms(self) -> frozenset[str]:
        """Every folded issuing verb, also with a leading و/ف (وأصدرت): one set test a word."""
        return _with_conjunctions(self.issuing_verbs)

    @cached_property
    def companion_forms(self) -> frozenset[str]:
        """Every folded companion word, also after ل/ب (لنظيره, بحضور): one set test a word."""
        return self.companions | {p + word for word in self.companions for p in ("ل", "ب")}

    @cached_property
    def region_breaks(self) -> frozenset[str]:
        """Companion words and relaying verbs (مع, نقلا): a speaker's description ends at either, one set test a word."""
        return self.companion_forms | self.relay_forms

    @cached_property
    def title_forms(self) -> frozenset[str]:
        """Every folded title, bare or with the article, also with a leading و/ف: what :meth:`is_title` looks up."""
        bare = {title for title in self.titles if not title.startswith("ال")} | {"ال" + title for title in self.titles}
        return _with_conjunctions(bare)

    @cached_property
    def description_forms(self) -> frozenset[str]:
        """Every folded title form and person's description, each also with a final ه and after و/ف: what a
        speaker's description may be headed by, in one set test a word."""
        descriptions = self.person_descriptions | {word + "ه" for word in self.person_descriptions}
        return self.title_forms | _with_conjunctions(descriptions)

    def is_relay(self, norm: str) -> bool:
        """A verb relaying someone else's words (نقلت, ونقل ...)."""
        return norm in self.relay_forms

    def is_title(self, norm: str) -> bool:
        """A title heading a speaker's description, with or without و/ف and the article, also in the feminine (وعضو, الرئيس, نائبة).

        >>> lex = load_lexicon()
        >>> [lex.is_title(fold(w)) for w in ("وعضو", "نائبة", "المستشارة", "أستاذ", "الحكومة")]
        [True, True, True, True, False]
        """
        return norm in self.title_forms  # وزير and وكيل start with و themselves: the forms hold them as written too

    @cached_property
    def naming_forms(self) -> frozenset[str]:
        """Every folded naming noun or naming head, alone, after و/ف/ب/ل or before an attached pronoun: what
        :meth:`is_naming` looks up."""
        nouns = self.naming_nouns | self.naming_heads
        return nouns | {c + noun for noun in nouns for c in "وفبل"} | {noun + s for noun in nouns for s in self.pronoun_suffixes}

    def is_naming(self, norm: str) -> bool:
        """A naming noun, alone, after و/ف/ب/ل or before an attached pronoun (قاعدة, وقناة, فيلمها).

        >>> lex = load_lexicon()
        >>> [lex.is_naming(fold(w)) for w in ("قاعدة", "لصحيفة", "فيلمها", "الاتفاق")]
        [True, True, True, False]
        """
        return norm in self.naming_forms  # one set test a word, not a test for each prefix and suffix

    def possessed(self, norm: str, nouns: frozenset[str]) -> bool:
        """One of the folded ``nouns`` before an attached pronoun (فيلمها, سعيها).

        >>> lex = load_lexicon()
        >>> lex.possessed(fold("سعيها"), frozenset({"سعي"})), lex.possessed(fold("سعي"), frozenset({"سعي"}))
        (True, False)
        """
        return any(norm.endswith(s) and norm[: -len(s)] in nouns for s in self.pronoun_suffixes)

    def has_pronoun(self, norm: str) -> bool:
        """A word of three letters or more before an attached pronoun (سعيها, استعداده)."""
        return any(norm.endswith(s) and len(norm) - len(s) >= 3 for s in self.pronoun_suffixes)

    def gender(self, norm: str) -> str | None:
        """"f" or "m" when a folded cue form agrees with one feminine or masculine subject, else None.

        Feminine: قالت, تقول, مضيفة, قولها (women, and states and most organisations);
        masculine: قال, يقول, مضيفا, قوله. Plurals and bare nouns say nothing.

        >>> lex = load_lexicon()
        >>> [lex.gender(fold(w)) for w in ("وقالت", "تقول", "مضيفةً", "قال", "مشيرا", "قالوا", "لفت")]
        ['f', 'f', 'f', 'm', 'm', None, 'm']
        """
        return self.cue_genders.get(norm)

    @cached_property
    def cue_genders(self) -> dict[str, str | None]:
        """:meth:`gender` of every form of :attr:`cue_table`, worked out once: the scan asks it for each cue it meets."""
        return {norm: self._form_gender(norm, cue) for norm, cue in self.cue_table.items()}

    def _form_gender(self, norm: str, cue: Cue) -> str | None:
        if cue.kind == "attribution":
            return None
        form = norm[1:] if norm not in self.cues else norm
        if cue.kind == "participle":
            return "f" if form.endswith("ه") else "m" if form.endswith("ا") else None
        if cue.kind == "noun":
            return "f" if form.endswith("ها") else "m" if form.endswith("ه") and not form.endswith(("هم", "هما")) else None
        if (form.endswith("ت") and form[:-1] in self.cues) or (form[:1] == "ت" and "ي" + form[1:] in self.cues):
            return "f"  # قالت (not لفت), تقول (not تابع)
        if form[:1] == "ي" and not form.endswith(("ون", "ان")) or cue.lemma == form or fold(cue.lemma) == form:
            return "m"
        return None

    def is_plural(self, norm: str) -> bool:
        """Whether a folded cue form has a plural subject: قالوا, يؤكدون, مؤكدين, قولهم.

        >>> lex = load_lexicon()
        >>> [lex.is_plural(fold(w)) for w in ("وقالوا", "يؤكدون", "مؤكدين", "قولهم", "قال", "مؤكدا", "قالت")]
        [True, True, True, True, False, False, False]
        """
        return norm in self.plural_forms

    @cached_property
    def plural_forms(self) -> frozenset[str]:
        """The folded cue forms :meth:`is_plural` holds plural, worked out once: the scan asks for every cue with no pronoun."""
        return frozenset(norm for norm, cue in self.cue_table.items() if self._form_plural(norm, cue))

    def _form_plural(self, norm: str, cue: Cue) -> bool:
        if cue.kind == "attribution":
            return False
        form = norm[1:] if norm not in self.cues else norm
        if cue.kind == "participle":
            return form.endswith("ين")
        if cue.kind == "noun":
            return form.endswith("هم")
        return form.endswith("وا") or (form[:1] in "يت" and form.endswith("ون"))

    def is_complementizer(self, norm: str) -> bool:
        """أن, إن, بأن, لأن alone or with an attached pronoun (أنه, بأنها ...)."""
        return norm in self.complementizers


@lru_cache(maxsize=4)
def load_lexicon(folder: Path = DATA_DIR) -> Lexicon:
    """Read ``cues.csv`` and ``rules.yaml`` from ``folder`` (the bundled data by default)."""
    folder = Path(folder)
    cues: dict[str, Cue] = {}
    with open(folder / "cues.csv", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            cue = Cue(row["lemma"].strip(), row["kind"].strip(), row["strict"].strip() == "1", fold(row["object"].strip()))
            for form in row["forms"].split():
                cues.setdefault(fold(form), cue)
    rules = yaml.safe_load((folder / "rules.yaml").read_text(encoding="utf-8"))
    stems = {fold(w) for w in rules["complementizers"]}
    suffixes = [""] + [fold(s) for s in rules["pronoun_suffixes"]]
    clause_owners = _with_conjunctions(_words(rules["clause_owners"]))  # ويمكن, فيجب, وإذ
    owner_prepositions, denied_claims = _words(rules["owner_prepositions"]), _words(rules["denied_claims"])
    speaking_names = _words(rules["speaking_names"])  # naming nouns that may also be a report's source
    return Lexicon(
        cues=cues,
        complementizers=frozenset(c + s for c in stems for s in suffixes),
        pronoun_suffixes=tuple(sorted(suffixes[1:], key=len, reverse=True)),
        # the additions are looked up with the phrases that resume the narrator, one look-up at every comma
        narrator_resumes=_phrases(rules["narrator_resumes"] + rules["speaker_additions"]),
        narrator_links=_words(rules["narrator_links"]),
        narrator_reason_links=_words(rules["narrator_reason_links"]),
        speaker_additions=frozenset(_phrases(rules["speaker_additions"])),
        narrator_asides=_phrases(rules["narrator_asides"]),
        narrator_turns=_phrases(rules["narrator_turns"]),
        attributions=_words(rules["attributions"]),
        not_reporting_before=_words(rules["not_reporting_before"]),
        clause_owners=clause_owners,
        owner_prepositions=owner_prepositions,
        denied_claims=denied_claims,
        denial_lemmas=frozenset(rules["denial_lemmas"]),
        owner_neighbours=clause_owners | owner_prepositions | denied_claims,
        speaker_stops=_words(rules["speaker_stops"]) | {preposition + pronoun for preposition in _words(rules["stop_prepositions"])
                                                        for pronoun in ("", *_words(rules["stop_preposition_pronouns"]))},
        after_quote_sources=_phrases(rules["after_quote_sources"]),
        relay_verbs=_words(rules["relay_verbs"]),
        relay_lookalikes=_with_conjunctions(_words(rules["relay_lookalikes"])),  # وتنقل
        adding_lemmas=frozenset(rules["adding_lemmas"]),
        person_descriptions=_words(rules["person_descriptions"]),
        # the feminine of each title too (نائبة, مستشارة: ة folds to ه), found by one lookup
        titles=_words(rules["titles"]) | {title + "ه" for title in _words(rules["titles"])},
        naming_nouns=_words(rules["naming_nouns"]) | speaking_names,
        naming_heads=_words(rules["naming_heads"]),
        speaking_names=speaking_names,
        title_heads=_words(rules["title_heads"]),
        own_wording=_words(rules["own_wording"]),
        name_particles=_words(rules["name_particles"]),
        letter_names=_words(rules["letter_names"]),
        naming_verbs=_words(rules["naming_verbs"]),
        example_words=_words(rules["example_words"]),
        abbreviations=_words(rules["abbreviations"]),
        time_words=_words(rules["time_words"]),
        resumptive_pronouns=_words(rules["resumptive_pronouns"]),
        report_time_adverbs=_words(rules["report_time_adverbs"]),
        complement_pronoun_lemmas=frozenset(rules["complement_pronoun_lemmas"]),
        not_speakers=_words(rules["not_speakers"]),
        abstract_subjects=_with_conjunctions(_words(rules["abstract_subjects"])),
        blessings=frozenset(_phrases(rules["blessings"])),
        # also with و/ف, as written before a noun (والمثل, فالنظرية): an article is tested for them in one set operation
        sayings=_with_conjunctions(_words(rules["sayings"])),
        saying_parts=_words(rules["saying_parts"]),
        marked_only_lemmas=frozenset(rules["marked_only_lemmas"]),
        judgement_promise_lemmas=frozenset(rules["judgement_promise_lemmas"]),
        chant_lemmas=frozenset(rules["chant_lemmas"]),
        chant_nouns=_words(rules["chant_nouns"]),
        name_glosses=_words(rules["name_glosses"]),
        question_lemmas=frozenset(rules["question_lemmas"]),
        generic_askers=_words(rules["generic_askers"]),
        honorific_pronouns=_words(rules["honorific_pronouns"]),
        generic_descriptions=_words(rules["generic_descriptions"]),
        subject_nouns=_words(rules["subject_nouns"]),
        topic_openers=_words(rules["topic_openers"]),
        subject_openers=_phrases(rules["subject_openers"]),
        fronted_openers=_phrases(rules["fronted_openers"]),
        companions=_words(rules["companions"]),
        quantifiers=_words(rules["quantifiers"]),
        organisation_descriptions=_words(rules["organisation_descriptions"]),
        source_nouns=_words(rules["source_nouns"]),
        object_first_lemmas=frozenset(rules["object_first_lemmas"]),
        provision_lemmas=frozenset(rules["provision_lemmas"]),
        description_adjectives=_words(rules["description_adjectives"]),
        passive_present_lemmas=frozenset(rules["passive_present_lemmas"]),
        impersonal_present_lemmas=frozenset(rules["impersonal_present_lemmas"]),
        sentence_passives=_words(rules["sentence_passives"]),
        subject_first_lemmas=frozenset(rules["subject_first_lemmas"]),
        addressee_lemmas=frozenset(rules["addressee_lemmas"]),
        promise_lemmas=frozenset(rules["promise_lemmas"]),
        prayer_lemmas=frozenset(rules["prayer_lemmas"]),
        learned_lemmas=frozenset(rules["learned_lemmas"]),
        particle_lemmas={lemma: fold(particle) for lemma, particle in rules["particle_lemmas"].items()},
        wording_lemmas=frozenset(rules["wording_lemmas"]),
        located_lemmas=frozenset(rules["located_lemmas"]),
        granted_when_negated_lemmas=frozenset(rules["granted_when_negated_lemmas"]),
        writer_modals=_with_conjunctions(_words(rules["writer_modals"])),  # ويمكن, فيمكن
        issuing_verbs=_words(rules["issuing_verbs"]),
        statement_nouns=_words(rules["statement_nouns"]),
        documents=_words(rules["documents"]),
        female_names=_words(rules["female_names"]),
    )


def _words(words: list[str]) -> frozenset[str]:
    """Folded single words, for membership tests."""
    return frozenset(fold(w) for w in words)


def _with_conjunctions(words: Iterable[str]) -> frozenset[str]:
    """Each word bare and after a leading و/ف (ونقل, فيجب): the forms one set test a word meets."""
    return frozenset(c + w for w in words for c in ("", *_CONJUNCTIONS))


def _phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
    """Folded multi-word phrases, longest first so the longest match wins."""
    return tuple(sorted((tuple(fold(w).split()) for w in words), key=len, reverse=True))
