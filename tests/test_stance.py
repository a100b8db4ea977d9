"""Stance extractor: lexicon, cue finding, sentence reading, frames and the source x target matrix."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import workbench
from workbench import schema
from workbench.extract.stance import load_lexicon, stance, stance_for
from workbench.extract.stance.actors import with_post_holders
from workbench.extract.stance.cues import find_cues
from workbench.extract.stance.lexicon import quad_class
from workbench.extract.stance.view import TokenView
from workbench.frames.aggregate import stance_matrix, stance_pivot
from workbench.text import Document, fold

from conftest import SEED


def mention(text: str, surface: str, actor_id: str, type_: str = "GPE", via: str = "name", nth: int = 0) -> dict:
    """A mention record at the ``nth`` occurrence of ``surface`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return {"start": start, "end": start + len(surface), "surface": surface, "actor_id": actor_id,
            "type": type_, "via": via, "confidence": 0.95}


def relations(rows: list[dict]) -> set[tuple]:
    return {(r["source_actor"], r["target_actor"], r["polarity"]) for r in rows}


def read(text: str, mentions: list[dict], quotes: list[dict] | None = None, **options) -> list[dict]:
    rows = stance_for(Document("t", text), mentions, quotes or [], **options)
    for r in rows:
        assert text[r["start"]:r["end"]] == r["cue"]
    return rows


def precise(rows: list[dict]) -> list[dict]:
    """The rows of the precise reading: the fallback's positional guesses stay below 0.5."""
    return [r for r in rows if r["confidence"] >= 0.5]


def cue_surfaces(text: str) -> list[str]:
    return [text[h.start:h.end] for h in find_cues(TokenView(Document("t", text)), load_lexicon())]


# --- lexicon ---------------------------------------------------------------------------------

def test_lexicon_expands_inflections_of_verbs_and_verbal_nouns():
    forms = load_lexicon().forms
    for word in ["عارض", "عارضت", "عارضوا", "يعارض", "تعارض", "يعارضون", "ستعارض", "نعارض", "معارضة", "معارضتها",
                 "أسقط", "أسقطت", "إسقاط", "يؤيد", "تأييد", "ندين", "أدانت", "استئناف", "مشاركتهما", "اتفاقا"]:
        assert fold(word) in forms, word
    assert forms[fold("نرفض")].first_person and not forms[fold("ترفض")].first_person
    assert forms[fold("مشاركته")].possessive and not forms[fold("مشاركة")].possessive


def test_lexicon_rows_are_consistent():
    lexicon = load_lexicon()
    assert len(lexicon.cues) >= 60
    for cue in lexicon.cues:
        assert cue.category == quad_class(cue.cameo)
        assert cue.polarity in (-1, 0, 1)
        assert cue.genitive in ("agent", "patient", "venue")
        # conflict codes oppose, cooperation codes support or stay neutral
        assert (cue.polarity < 0) == (int(cue.cameo) >= 10), cue.lemma


def test_quad_classes_follow_cameo_roots():
    assert [quad_class(c) for c in ("01", "05", "06", "09", "10", "14", "15", "20")] == [
        "verbal cooperation", "verbal cooperation", "material cooperation", "material cooperation",
        "verbal conflict", "verbal conflict", "material conflict", "material conflict"]


# --- cue finding ---------------------------------------------------------------------------------

def test_cues_are_found_behind_proclitics_and_not_inside_other_words():
    assert cue_surfaces("وبمشاركة روسيا وللتعاون مع إيران") == ["مشاركة", "تعاون"]
    assert cue_surfaces("وقال بيان وزارة الخارجية") == []  # وزارة is not و + زاره
    assert cue_surfaces("المعارضون والمعارضات") == []  # a longer word is not its cue's form


def test_cue_that_needs_an_object_and_consumes_it():
    assert cue_surfaces("وعلق الوزير على القرار") == []  # علق على: commented on
    assert cue_surfaces("وعلقت موسكو التعاون مع واشنطن") == ["علقت"]  # التعاون is the object, no cue


def test_phrase_cue_hides_the_cue_inside_it():
    assert cue_surfaces("ترجح عودة الاتصالات مع واشنطن") == ["عودة الاتصالات"]


def test_negation_before_the_cue():
    hits = find_cues(TokenView(Document("t", "لم ترفض روسيا، ورفضت إيران، وعدم مشاركة تركيا")), load_lexicon())
    assert [h.negated for h in hits] == [True, False, True]


def test_diacritics_and_tatweel_keep_original_offsets():
    text = "عارَضَتْ روسيـــا وجودَ القوات الأمريكية"
    rows = read(text, [mention(text, "روسيـــا", "russia"), mention(text, "أمريكية", "united_states", via="nationality")])
    assert relations(rows) == {("russia", "united_states", -1.0)}
    assert rows[0]["cue"] == "عارَضَتْ"


# --- sentence reading --------------------------------------------------------------------------

def test_vso_subject_after_the_verb_and_topic_of_the_issue_noun():
    text = "عارضت روسيا وجود القوات الأمريكية جنوب سوريا."
    rows = read(text, [mention(text, "روسيا", "russia"), mention(text, "أمريكية", "united_states", via="nationality"),
                       mention(text, "سوريا", "syria")])
    assert relations(rows) == {("russia", "united_states", -1.0)}
    assert rows[0]["topic"] == "presence" and rows[0]["category"] == "verbal conflict" and rows[0]["cameo"] == "12"


def test_svo_subject_before_the_verb():
    text = "موسكو تعارض الوجود الأمريكي في سوريا"
    rows = read(text, [mention(text, "موسكو", "russia", via="capital"),
                       mention(text, "أمريكي", "united_states", via="nationality"), mention(text, "سوريا", "syria")])
    assert relations(rows) == {("russia", "united_states", -1.0)}


def test_titles_between_verb_and_subject_and_person_over_nationality():
    text = "وانتقد وزير الخارجية الأمريكي جون كيري إيران بشدة"
    rows = read(text, [mention(text, "أمريكي", "united_states", via="nationality"),
                       mention(text, "جون كيري", "john_kerry", "PER"), mention(text, "إيران", "iran")])
    assert relations(rows) == {("john_kerry", "iran", -1.0)}


def test_idafa_of_a_verbal_noun_gives_agent_then_object():
    text = "ردا على اسقاط التحالف الدولي طائرة حربية سورية قرب الرقة."
    rows = read(text, [mention(text, "تحالف الدولي", "international_coalition", "ORG"),
                       mention(text, "سورية", "syria", via="nationality"), mention(text, "رقة", "raqqa")])
    assert relations(rows) == {("international_coalition", "syria", -1.0)}
    assert rows[0]["category"] == "material conflict"


def test_lone_genitive_of_a_transitive_verbal_noun_is_the_target():
    text = "وأكدت السعودية دعم الحكومة اليمنية"
    rows = read(text, [mention(text, "سعودية", "saudi_arabia"), mention(text, "حكومة اليمنية", "yemeni_government", "ORG")])
    assert relations(rows) == {("saudi_arabia", "yemeni_government", 1.0)}


def test_place_of_the_action_is_no_target():
    text = "وقصفت الطائرات الروسية مواقع في إدلب"
    rows = read(text, [mention(text, "روسية", "russia", via="nationality"), mention(text, "إدلب", "idlib")])
    assert rows == []


def test_coordinated_sources_give_one_row_each():
    text = "وأدانت السعودية والإمارات الهجوم الإيراني على السفارة"
    rows = read(text, [mention(text, "سعودية", "saudi_arabia"), mention(text, "إمارات", "uae"),
                       mention(text, "إيراني", "iran", via="nationality")])
    assert relations(rows) == {("saudi_arabia", "iran", -1.0), ("uae", "iran", -1.0)}


def test_mutual_relation_goes_from_the_first_named_party():
    text = "وشهدت توصل الدول الضامنة (روسيا – إيران – تركيا) لاتفاق على انشاء 4 مناطق"
    rows = read(text, [mention(text, "روسيا", "russia"), mention(text, "إيران", "iran"), mention(text, "تركيا", "turkey")])
    assert relations(rows) == {("russia", "iran", 1.0), ("russia", "turkey", 1.0)}
    text = "وأشاد الوزير بالمحادثات بين واشنطن وموسكو"
    rows = read(text, [mention(text, "واشنطن", "united_states", via="capital"), mention(text, "موسكو", "russia", via="capital")])
    assert relations(rows) == {("united_states", "russia", 0.0)}


def test_negation_reverses_the_sign_and_drops_contact():
    text = "وقالت تركيا إنها لا تؤيد العملية الروسية"
    rows = read(text, [mention(text, "تركيا", "turkey"), mention(text, "روسية", "russia", via="nationality")])
    assert relations(rows) == {("turkey", "russia", -1.0)} and rows[0]["negated"]
    text = "ولم يلتق الرئيس الروسي نظيره الأمريكي"
    assert read(text, [mention(text, "روسي", "russia", via="nationality"),
                       mention(text, "أمريكي", "united_states", via="nationality")]) == []


def test_conditionals_and_questions_lower_confidence():
    plain = "ستهاجم إسرائيل إيران"
    conditional = "إذا هاجمت إسرائيل إيران فسترد طهران"
    question = "هل ستهاجم إسرائيل إيران؟"
    confidences = []
    for text in (plain, conditional, question):
        rows = read(text, [mention(text, "إسرائيل", "israel"), mention(text, "إيران", "iran")])
        assert relations(rows) == {("israel", "iran", -1.0)}
        confidences.append(rows[0]["confidence"])
    assert confidences[0] >= 0.5 > max(confidences[1:])


def test_a_condition_after_the_cue_in_its_clause_lowers_confidence():
    """The main clause of a condition is as unasserted as the condition (stance-rules.md 1)."""
    main = "وقالت الولايات المتحدة إنها ستفرض عقوبات على إيران إذا تخلت عن التزاماتها"
    rows = read(main, [mention(main, "الولايات المتحدة", "united_states"), mention(main, "إيران", "iran")])
    assert relations(rows) == {("united_states", "iran", -1.0)} and rows[0]["confidence"] < 0.5


def test_condition_guards():
    """A condition in a clause of its own after the cue or far after it, or a plain stance, keeps the
    row asserted."""
    texts = ("وتفرض الولايات المتحدة عقوبات على إيران، وقال إنها سترد إذا لزم الأمر",
             "وتفرض الولايات المتحدة عقوبات على إيران بسبب برنامجها النووي ونشاطها في المنطقة على كل حال",
             "وتفرض الولايات المتحدة عقوبات على إيران")
    for text in texts:
        rows = read(text, [mention(text, "الولايات المتحدة", "united_states"), mention(text, "إيران", "iran")])
        assert relations(rows) == {("united_states", "iran", -1.0)} and rows[0]["confidence"] >= 0.5


def test_an_expected_act_lowers_confidence():
    """An act only expected («تتوقع الانتهاء من اتفاق», STANCE.md: a trade agreement only expected) is
    not asserted (stance-rules.md 1)."""
    for text, first, second in (("وقالت مصر إنها تتوقع الانتهاء من اتفاق تجاري مع السعودية", "مصر", "السعودية"),
                                ("وتتوقع تركيا توقيع اتفاق مع روسيا الشهر المقبل", "تركيا", "روسيا")):
        ids = {"مصر": "egypt", "السعودية": "saudi_arabia", "تركيا": "turkey", "روسيا": "russia"}
        rows = read(text, [mention(text, first, ids[first]), mention(text, second, ids[second])])
        assert relations(rows) == {(ids[first], ids[second], 1.0)} and rows[0]["confidence"] < 0.5


def test_expectation_guards():
    """A scheduled act after أن (من المتوقع أن يلتقي, STANCE.md), an expectation after the cue or in a
    clause of its own before it keeps the row asserted."""
    texts = ("ومن المتوقع أن يلتقي الرئيس التركي نظيره الروسي",
             "ووقعت تركيا اتفاقا مع روسيا، ومن المتوقع أن تزيد التجارة",
             "وتوقع مراقبون ارتفاع الأسعار، فيما وقعت تركيا اتفاقا مع روسيا")
    for text in texts:
        turkey, russia = ("التركي", "الروسي") if "التركي" in text else ("تركيا", "روسيا")
        via = "nationality" if turkey == "التركي" else "name"
        rows = read(text, [mention(text, turkey, "turkey", via=via), mention(text, russia, "russia", via=via)])
        assert {(row["source_actor"], row["target_actor"]) for row in rows} == {("turkey", "russia")}
        assert rows[0]["confidence"] >= 0.5


def test_a_negated_hesitation_keeps_the_support():
    """«لم يتردد في دعم» negates the hesitation, not the support (stance-rules.md 8)."""
    text = "ولم تتردد تركيا في دعم المعارضة السورية"
    rows = read(text, [mention(text, "تركيا", "turkey"), mention(text, "المعارضة السورية", "syrian_opposition", "ORG")])
    assert relations(rows) == {("turkey", "syrian_opposition", 1.0)} and not rows[0]["negated"]


def test_reported_claim_belongs_to_the_actor_in_the_clause():
    text = "وقال المتحدث السعودي إن إيران تدعم الحوثيين بالسلاح"
    quote_start = text.index("إيران")
    quotes = [{"start": quote_start, "end": len(text), "speaker_actor": "saudi_arabia"}]
    rows = read(text, [mention(text, "سعودي", "saudi_arabia", via="nationality"), mention(text, "إيران", "iran"),
                       mention(text, "حوثيين", "houthis", "ORG")], quotes)
    assert relations(rows) == {("iran", "houthis", 1.0)}
    assert rows[0]["reported_by"] == "saudi_arabia"


def test_first_person_stance_in_a_quote_is_the_speakers():
    text = "وقال الوزير السعودي: «نرفض تدخل إيران في شؤون المنطقة»"
    quote_start = text.index("«") + 1
    quotes = [{"start": quote_start, "end": text.index("»"), "speaker_actor": "saudi_arabia"}]
    rows = read(text, [mention(text, "سعودي", "saudi_arabia", via="nationality"), mention(text, "إيران", "iran")], quotes)
    assert relations(rows) == {("saudi_arabia", "iran", -1.0)}
    assert rows[0]["topic"] == "intervention" and rows[0]["reported_by"] == "saudi_arabia"
    assert read(text, [mention(text, "إيران", "iran")], []) == []  # no speaker known: no source


def test_evaluation_cue_targets_the_actor_before_it():
    text = 'وقال بوغدانوف ان تعزيز الولايات المتحدة قواتها جنوب سوريا أمر "غير قانوني".'
    quotes = [{"start": text.index("تعزيز"), "end": len(text) - 1, "speaker_actor": "mikhail_bogdanov"}]
    rows = read(text, [mention(text, "بوغدانوف", "mikhail_bogdanov", "PER"),
                       mention(text, "ولايات المتحدة", "united_states")], quotes)
    assert relations(rows) == {("mikhail_bogdanov", "united_states", -1.0)}
    assert rows[0]["category"] == "verbal conflict"


def test_prior_event_clause_does_not_borrow_the_sentence_subject():
    text = "وعلقت موسكو العمل بالمذكرة، عقب إسقاط طائرة سورية"
    rows = read(text, [mention(text, "موسكو", "russia", via="capital"), mention(text, "سورية", "syria", via="nationality")])
    assert relations(rows) == set()


def test_unknown_actors_and_names_containing_cues_give_no_row():
    text = "وانتقدت المعارضة السورية الحكومة"
    mentions = [mention(text, "معارضة السورية", "syrian_opposition", "ORG"),
                {**mention(text, "حكومة", "x"), "actor_id": None}]
    assert read(text, mentions) == []


def test_coordination_through_a_title():
    text = "وجاءت الضربات بعد اتصال هاتفي بين إردوغان والرئيس الأمريكي باراك أوباما"
    rows = read(text, [mention(text, "إردوغان", "recep_tayyip_erdogan", "PER"),
                       mention(text, "أمريكي", "united_states", via="nationality"),
                       mention(text, "باراك أوباما", "barack_obama", "PER")])
    assert relations(rows) == {("recep_tayyip_erdogan", "barack_obama", 0.0)}


def test_time_words_and_commas_between_verb_and_subject():
    text = "التقى مساء أمس، وزير الخارجية المصري، سامح شكري، بنائب رئيس وزراء الكويت"
    rows = read(text, [mention(text, "مصري", "egypt", via="nationality"), mention(text, "سامح شكري", "sameh_shoukry", "PER"),
                       mention(text, "كويت", "kuwait")])
    assert relations(rows) == {("sameh_shoukry", "kuwait", 0.0)}


def test_adjectives_between_head_noun_and_nationality():
    text = "وقصفت طائرات حربية تركية أهدافا لداعش"
    rows = read(text, [mention(text, "تركية", "turkey", via="nationality"), mention(text, "داعش", "islamic_state", "ORG")])
    assert relations(rows) == {("turkey", "islamic_state", -1.0)}


def test_object_with_lam_after_the_agent_of_a_verbal_noun():
    text = "وشدد المسؤول على دعم إيران، حكومة وشعبا، لسوريا"
    rows = read(text, [mention(text, "إيران", "iran"), mention(text, "سوريا", "syria")])
    assert relations(rows) == {("iran", "syria", 1.0)}


def test_agent_marked_by_min_acts_towards_the_clause_subject():
    text = "وتمكنت القوات الحكومية الصومالية بدعم من قوات الاتحاد الإفريقي من السيطرة على البلدة"
    rows = read(text, [mention(text, "صومالية", "somalia", via="nationality"),
                       mention(text, "اتحاد الإفريقي", "african_union", "ORG")])
    assert relations(rows) == {("african_union", "somalia", 1.0)}


def test_definite_verbal_noun_names_a_known_event():
    text = "وصادق مجلس الأمن على الاتفاق النووي مع إيران"
    rows = read(text, [mention(text, "مجلس الأمن", "un_security_council", "ORG"), mention(text, "إيران", "iran")])
    assert precise(rows) == []  # only the nearest-actor guess, below the charts' 0.5
    text = "وأدانت السعودية الهجوم الإيراني على السفارة"
    rows = read(text, [mention(text, "سعودية", "saudi_arabia"), mention(text, "إيراني", "iran", via="nationality")])
    assert relations(rows) == {("saudi_arabia", "iran", -1.0)}


def test_place_in_idafa_is_a_venue_and_between_names_the_parties():
    text = "بموجب اتفاق فيينا المبرم بين إيران والولايات المتحدة وفرنسا"
    rows = read(text, [mention(text, "فيينا", "vienna"), mention(text, "إيران", "iran"),
                       mention(text, "ولايات المتحدة", "united_states"), mention(text, "فرنسا", "france")])
    assert relations(rows) == {("iran", "united_states", 1.0), ("iran", "france", 1.0)}


def test_enemy_after_dudd_is_no_target_of_support():
    text = "وبدأت تركيا دعم الثوار ضد نظام الأسد"
    rows = read(text, [mention(text, "تركيا", "turkey"), mention(text, "الأسد", "bashar_al_assad", "PER")])
    assert rows == []


def test_relative_clause_subject_is_its_antecedent():
    text = "لنحارب معا الإرهاب الذي يستهدف جميع السوريين والجمهورية العربية السورية"
    assert read(text, [mention(text, "جمهورية العربية السورية", "syria")]) == []


def test_unknown_subject_noun_before_the_verb_gives_no_row():
    text = "ونؤكد لفريق دي ميستورا أن النظام رفض إيقاف إطلاق النار في الزبداني"
    rows = read(text, [mention(text, "دي ميستورا", "staffan_de_mistura", "PER"), mention(text, "زبداني", "zabadani")])
    assert rows == []


def test_media_take_no_stance():
    text = "وقالت رويترز إن هجوما شنه تنظيم داعش استهدف تركيا"
    quotes = [{"start": text.index("هجوما"), "end": len(text), "speaker_actor": "reuters"}]
    rows = read(text, [mention(text, "رويترز", "reuters", "ORG"), mention(text, "داعش", "islamic_state", "ORG"),
                       mention(text, "تركيا", "turkey")], quotes)
    assert all(r["source_actor"] != "reuters" and r["reported_by"] is None for r in rows)


def test_a_citys_people_speak_not_the_city():
    """The quote layer may give a city as speaker (عدد من أبناء "عدن"): the words are its people's, and a city
    as a place is no actor (stance-rules.md 3), so it sources no row and reports none."""
    text = 'وقال عدد من أبناء "عدن": «نرفض تدخل الحوثيين»'
    quotes = [{"start": text.index("«") + 1, "end": text.index("»"), "speaker_actor": "aden"}]
    rows = read(text, [mention(text, "عدن", "aden"), mention(text, "الحوثي", "houthis", "ORG")], quotes)
    assert rows == []


def test_a_capital_speaking_as_its_state_still_sources_the_row():
    """A capital acting as its state carries the state's id (موسكو ترفض -> russia): its words keep their source."""
    text = "وقالت موسكو: «نرفض تدخل تركيا في سوريا»"
    quotes = [{"start": text.index("«") + 1, "end": text.index("»"), "speaker_actor": "russia"}]
    rows = read(text, [mention(text, "موسكو", "russia", via="capital"), mention(text, "تركيا", "turkey"),
                       mention(text, "سوريا", "syria")], quotes)
    assert ("russia", "turkey", -1.0) in relations(rows)
    text = "وقالت روسيا: «نرفض تدخل تركيا في سوريا»"
    quotes = [{"start": text.index("«") + 1, "end": text.index("»"), "speaker_actor": "russia"}]
    rows = read(text, [mention(text, "روسيا", "russia"), mention(text, "تركيا", "turkey"),
                       mention(text, "سوريا", "syria")], quotes)
    assert ("russia", "turkey", -1.0) in relations(rows)



@pytest.mark.parametrize("text, names", [
    ("ويعد المدافع ياسر الشهراني من أفضل اللاعبين لكن بنيته ستظهر سلبياتها عند مواجهة منتخبات مثل استراليا وإيران.",
     [("ياسر الشهراني", "ar:ياسر_الشهراني"), ("استراليا", "australia"), ("إيران", "iran")]),
    ("وأكد المدرب أن السعودية ستهزم منتخب إيران في المباراة.", [("السعودية", "saudi_arabia"), ("إيران", "iran")]),
    ("وفازت السعودية في مواجهة مع منتخب إيران.", [("السعودية", "saudi_arabia"), ("إيران", "iran")]),
    ("وقال إن قطر هزمت نادي الهلال السعودي في الدوحة.", [("قطر", "qatar"), ("سعودي", "saudi_arabia")]),
])
def test_a_cue_whose_object_is_a_team_gives_no_row(text, names):
    """A cue whose object, right after it or after a preposition, is a team (منتخب, نادي) reports a fixture:
    the states named stand for their teams, no political relation (stance-rules.md 7), and no guess is read."""
    assert read(text, [mention(text, surface, actor) for surface, actor in names]) == []


@pytest.mark.parametrize("text, names, relation", [
    ("وهزم الجيش اليمني مسلحي القاعدة في أبين.",
     [("الجيش اليمني", "yemeni_army", "ORG"), ("القاعدة", "al_qaeda", "ORG")], ("yemeni_army", "al_qaeda", -1.0)),
    ("وأدانت السعودية الهجوم على منتخب العراق في بغداد.",
     [("السعودية", "saudi_arabia", "GPE"), ("العراق", "iraq", "GPE")], ("saudi_arabia", "iraq", -1.0)),
])
def test_a_political_act_near_a_team_word_keeps_its_row(text, names, relation):
    """Guards: a state's army defeating an armed group is no fixture, and a team named further from the cue than
    its object (a condemned attack on a national team) leaves the state's political act its row."""
    assert relation in relations(read(text, [mention(text, s, a, t) for s, a, t in names]))


@pytest.mark.parametrize("text, names", [
    ("أميركا: توجيه تهمة الإرهاب إلى مشتبه بدعم «داعش»\n\nوجهت محكمة التهمة.",
     [("أميركا", "united_states", "GPE"), ("داعش", "islamic_state", "ORG")]),
    ("فرنسا: اعتقال ثلاثة بتهمة دعم «داعش»\n\nقال المتحدث ذلك.",
     [("فرنسا", "france", "GPE"), ("داعش", "islamic_state", "ORG")]),
    ("تركيا: قصف مواقع حزب العمال الكردستاني\n\nوقال المسؤول ذلك.",
     [("تركيا", "turkey", "GPE"), ("حزب العمال الكردستاني", "pkk", "ORG")]),
])
def test_a_colon_headline_speaker_is_no_agent_of_a_verbal_noun_after_it(text, names):
    """A verbal noun after a colon headline's speaker, with no agent of its own, is the act the speaker
    reports (stance-rules.md 5): the speaker is not its source, and no position is guessed."""
    assert read(text, [mention(text, s, a, t) for s, a, t in names]) == []


@pytest.mark.parametrize("text, names, relation", [
    ("روسيا: نرفض العقوبات الأميركية\n\nقال المتحدث ذلك.",
     [("روسيا", "russia", "GPE"), ("الأميركية", "united_states", "GPE")], ("russia", "united_states", -1.0)),
    ("السعودية: تدين الهجوم على الكويت\n\nقال المتحدث ذلك.",
     [("السعودية", "saudi_arabia", "GPE"), ("الكويت", "kuwait", "GPE")], ("saudi_arabia", "kuwait", -1.0)),
    ("أميركا: دعم الحكومة الأفغانية لباكستان\n\nقال المتحدث ذلك.",
     [("أميركا", "united_states", "GPE"), ("الحكومة الأفغانية", "afghan_government", "ORG"),
      ("باكستان", "pakistan", "GPE")], ("afghan_government", "pakistan", 1.0)),
    ("قطر: وجودنا في أربيل استكمال لزيارتنا إلى بغداد في مايو\n\nقال المتحدث ذلك.",
     [("قطر", "qatar", "GPE"), ("بغداد", "baghdad", "GPE")], ("qatar", "baghdad", 0.0)),
])
def test_a_colon_headline_keeps_the_speakers_own_verb_and_a_named_agent(text, names, relation):
    """Guards: the speaker's own verb of attitude after the colon (نرفض, تدين) and its own act, a verbal noun
    with its possessive (لزيارتنا), stay its rows, and a verbal noun naming its own agent in idafa keeps that
    agent as source."""
    assert relation in relations(read(text, [mention(text, s, a, t) for s, a, t in names]))


def test_a_first_person_verb_after_a_colon_headline_is_its_speakers():
    """A colon headline gives its speaker's own words, as a quote does (stance-rules.md 5): a first-person
    verb after the colon (نرفض) has the speaker as source, in the precise reading."""
    text = "روسيا: نرفض العقوبات الأميركية\n\nقال المتحدث ذلك."
    rows = precise(read(text, [mention(text, "روسيا", "russia"), mention(text, "الأميركية", "united_states")]))
    assert [(r["source_actor"], r["target_actor"], r["cue"], r["reported_by"]) for r in rows] == [
        ("russia", "united_states", "نرفض", None)]


# --- the seed article ----------------------------------------------------------------------------

_PROCLITICS = {"", "و", "ف", "ب", "ل", "ال", "وال", "بال", "لل", "ولل", "فال", "وب", "ول"}


def every(text: str, surface: str, actor_id: str, type_: str = "GPE", via: str = "name") -> list[dict]:
    """Mention records at every whole-word occurrence of ``surface`` (proclitics allowed before it)."""
    out, start = [], text.find(surface)
    while start >= 0:
        end = start + len(surface)
        word_start = start
        while word_start > 0 and text[word_start - 1].isalpha():
            word_start -= 1
        if (end == len(text) or not text[end].isalpha()) and text[word_start:start] in _PROCLITICS:
            out.append({"start": start, "end": end, "surface": surface, "actor_id": actor_id, "type": type_,
                        "via": via, "confidence": 0.95})
        start = text.find(surface, start + 1)
    return out


def _seed_mentions(text: str) -> list[dict]:
    """The seed's actor mentions at their real offsets, as the actor extractor reports them."""
    spec = [("موسكو", "russia", "GPE", "capital"), ("روسيا", "russia", "GPE", "name"),
            ("أمريكية", "united_states", "GPE", "nationality"), ("أمريكي", "united_states", "GPE", "nationality"),
            ("واشنطن", "united_states", "GPE", "capital"), ("ولايات المتحدة", "united_states", "GPE", "name"),
            ("تحالف الدولي", "international_coalition", "ORG", "name"), ("سورية", "syria", "GPE", "nationality"),
            ("سوريا", "syria", "GPE", "name"), ("نظام السوري", "syrian_government", "ORG", "name"),
            ("استانا", "astana", "GPE", "name"), ("أستانا", "astana", "GPE", "name"),
            ("روسي", "russia", "GPE", "nationality"), ("روسية", "russia", "GPE", "nationality"),
            ("ميخائيل بوغدانوف", "mikhail_bogdanov", "PER", "name"), ("تركيا", "turkey", "GPE", "name"),
            ("إيران", "iran", "GPE", "name"), ("رقة", "raqqa", "GPE", "name")]
    mentions = [m for s, a, t, v in spec for m in every(text, s, a, t, v)]
    named = {m["start"] for m in mentions}
    mentions += [m for m in every(text, "بوغدانوف", "mikhail_bogdanov", "PER", "alias") if m["start"] not in named
                 and m["start"] - 8 not in named]
    return sorted(mentions, key=lambda m: m["start"])


def test_seed_gives_the_headline_stances(seed_articles):
    text = seed_articles.loc[0, "text"]
    quotes = [{"start": text.index("ان تعزيز") + 3, "end": text.index("النظام السوري.") + 13, "speaker_actor": "mikhail_bogdanov"},
              {"start": text.index("تركيا وإيران"), "end": text.index("بإعلان مماثل") + 12, "speaker_actor": "mikhail_bogdanov"}]
    rows = read(text, _seed_mentions(text), quotes)
    found = {(r["source_actor"], r["target_actor"], r["category"]) for r in rows}
    assert ("russia", "united_states", "verbal conflict") in found
    assert ("international_coalition", "syria", "material conflict") in found
    assert ("united_states", "russia", "verbal cooperation") in found
    for party in ("syrian_government", "turkey", "iran"):
        assert (party, "astana", "verbal cooperation") in found
    by_lemma = {r["cue_lemma"]: r for r in precise(rows)}
    assert (by_lemma["علّق"]["source_actor"], by_lemma["علّق"]["target_actor"], by_lemma["علّق"]["cameo"]) == (
        "russia", "united_states", "16")
    illegal = by_lemma["غير قانوني"]
    assert (illegal["source_actor"], illegal["target_actor"], illegal["polarity"]) == ("mikhail_bogdanov", "united_states", -1.0)
    assert by_lemma["عارض"]["topic"] == "presence"


def test_seed_with_the_real_extractors(seed_articles):
    frame = workbench.stance(seed_articles)
    found = set(zip(frame.source_actor, frame.target_actor, frame.polarity))
    assert ("russia", "united_states", -1.0) in found
    assert ("united_states", "russia", 1.0) in found
    assert ("turkey", "astana", 1.0) in found and ("iran", "astana", 1.0) in found
    text = seed_articles.loc[0, "text"]
    assert all(text[s:e] == c for s, e, c in zip(frame.start, frame.end, frame.cue))


# --- frames and robustness -------------------------------------------------------------------

def test_stance_frame_follows_the_schema_and_takes_precomputed_frames(seed_articles):
    text = seed_articles.loc[0, "text"]
    aid = seed_articles.loc[0, "article_id"]
    mentions = pd.DataFrame([{**m, "article_id": aid} for m in _seed_mentions(text)])
    quotes = pd.DataFrame({"article_id": pd.Series([], dtype=str), "start": [], "end": [], "speaker_actor": []})
    frame = stance(seed_articles, mentions, quotes)
    assert list(frame.columns) == schema.columns("stance")
    assert frame.dtypes.astype(str).to_dict() == {k: str(pd.Series(dtype=v).dtype) for k, v in schema.dtypes("stance").items()}
    assert len(frame) > 5 and set(frame.article_id) == {aid}
    assert frame.reported_by.isna().all()  # no quotes given, none computed
    assert ((frame.confidence > 0) & (frame.confidence <= 1)).all()


def test_empty_articles_give_an_empty_frame():
    frame = stance(pd.DataFrame({"article_id": pd.Series([], dtype=str), "text": pd.Series([], dtype=str)}), mentions=pd.DataFrame(
        {"article_id": pd.Series([], dtype=str)}), quotes=pd.DataFrame({"article_id": pd.Series([], dtype=str)}))
    assert frame.empty and list(frame.columns) == schema.columns("stance")


@pytest.mark.parametrize("text", ["", " ", "؟؟؟", "ـــــ", "رفض" * 5000, "Russia rejected روسيا رفضت ABC 123",
                                  "\u064e\u064f" * 100, "عارضت " * 3000 + "روسيا"])
def test_bad_input_never_raises(text):
    mentions = [mention(text, "روسيا", "russia")] if "روسيا" in text else []
    rows = stance_for(Document("t", text), mentions, [])
    assert all(text[r["start"]:r["end"]] == r["cue"] for r in rows)


def test_a_person_after_a_title_chain_ending_in_a_nationality_is_read():
    # The merged chain of محلب starts at المصري, which is no title: this once raised StopIteration.
    text = ("وقبل يومين من الجولة المقرر انعقادها في الخرطوم سعى رئيس مجلس الوزراء المصري، إبراهيم محلب، لتخفيف "
            "حدة مخاوف الشارع المصري، قائلا خلال زيارته إلى غينيا الاستوائية إنه «لا خوف من بناء السد لأن مصر تعمل بإيجابية»")
    mentions = [mention(text, "خرطوم", "khartoum"), mention(text, "مجلس الوزراء", "saudi_council_of_ministers", "ORG"),
                mention(text, "مصري", "egypt", via="nationality"), mention(text, "إبراهيم محلب", "ibrahim_mahlab", "PER"),
                mention(text, "غينيا الاستوائية", "equatorial_guinea"), mention(text, "مصر", "egypt", nth=2)]
    assert ("ibrahim_mahlab", "equatorial_guinea", 0.0) in relations(read(text, mentions))


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="عارضتروسياوجودالقواتمريكيةلمغير،. \u064e\u0640«»\"?", max_size=120))
def test_random_arabic_never_raises_and_keeps_offsets(text):
    mentions = []
    pos = text.find("روسيا")
    if pos >= 0:
        mentions.append({"start": pos, "end": pos + 5, "actor_id": "russia", "type": "GPE", "via": "name"})
    for r in stance_for(Document("t", text), mentions, []):
        assert text[r["start"]:r["end"]] == r["cue"] and r["source_actor"] != r["target_actor"]


# --- matrix ------------------------------------------------------------------------------------

def _rows() -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": ["a", "a", "b", "b", "c"],
        "source_actor": ["russia", "russia", "russia", "mikhail_bogdanov", "iran"],
        "target_actor": ["united_states", "united_states", "united_states", "united_states", "iran"],
        "polarity": [-1.0, 1.0, -1.0, 0.0, 1.0],
        "confidence": [0.9, 0.4, 0.8, 0.7, 0.9],
    })


def test_stance_matrix_counts_and_means():
    matrix = stance_matrix(_rows())
    assert list(matrix.index.names) == ["source_actor", "target_actor"]
    russia = matrix.loc[("russia", "united_states")]
    assert (russia.n, russia.n_articles, russia.n_support, russia.n_oppose, russia.n_neutral) == (3, 2, 1, 2, 0)
    assert russia.mean_polarity == pytest.approx(-1 / 3)
    assert ("iran", "iran") not in matrix.index  # self-relations are left out
    assert matrix.index[0] == ("russia", "united_states")  # most frequent first


def test_stance_matrix_rolls_up_groups_and_filters_confidence():
    matrix = stance_matrix(_rows(), groups={"mikhail_bogdanov": "russia"}, min_confidence=0.5)
    assert matrix.loc[("russia", "united_states")].n == 3
    assert matrix.loc[("russia", "united_states")].mean_polarity == pytest.approx(-2 / 3)


def test_stance_pivot_is_wide_with_gaps_as_nan():
    wide = stance_pivot(stance_matrix(_rows()), "n")
    assert wide.loc["russia", "united_states"] == 3 and pd.isna(wide.loc["mikhail_bogdanov"].get("iran", float("nan")))
    with pytest.raises(ValueError):
        stance_pivot(stance_matrix(_rows()), "nope")


def test_empty_matrix_has_the_columns():
    empty = stance_matrix(schema.empty("stance"))
    assert empty.empty and list(empty.columns) == ["n", "n_articles", "n_support", "n_oppose", "n_neutral", "mean_polarity"]


def test_workbench_exports_stance_and_matrix():
    assert workbench.stance is stance and workbench.stance_matrix is stance_matrix
    assert SEED.exists()


# --- constructions read since the development set ------------------------------------------

def test_relative_clause_with_object_pronoun_has_the_antecedent_as_object():
    text = "زار الرئيس الشطر الشمالي من قبرص الذي تحتله تركيا منذ 1974."
    rows = read(text, [mention(text, "قبرص", "cyprus"), mention(text, "تركيا", "turkey")])
    assert relations(rows) == set()  # the antecedent (الشطر الشمالي) is no actor: no row toward قبرص
    text = "جماعات الحشد الشعبي المدعومة من إيران والتي ترفض واشنطن التنسيق معها لم تشارك."
    rows = read(text, [mention(text, "الحشد الشعبي", "popular_mobilization_forces", "ORG"),
                       mention(text, "إيران", "iran"), mention(text, "واشنطن", "united_states", via="capital")])
    assert ("united_states", "popular_mobilization_forces", -1.0) in relations(rows)
    assert ("popular_mobilization_forces", "united_states", -1.0) not in relations(rows)
    assert ("iran", "popular_mobilization_forces", 1.0) in relations(rows)  # المدعومة من: backing, 05


def test_relative_clause_without_object_pronoun_keeps_the_antecedent_as_subject():
    text = "استقبل الوزير جيمس موجومي، والذي يزور مصر تلبية لدعوة."
    rows = read(text, [mention(text, "جيمس موجومي", "james_mugume", "PER"), mention(text, "مصر", "egypt")])
    assert ("james_mugume", "egypt", 0.0) in relations(rows)
    assert ("egypt", "james_mugume", 0.0) not in relations(rows)


def test_person_named_after_the_title_of_a_state_is_the_actor():
    text = "التقى سامح شكري أمس مع وزير خارجية الإمارات الشيخ عبد الله بن زايد."
    rows = read(text, [mention(text, "سامح شكري", "sameh_shoukry", "PER"),
                       mention(text, "الإمارات", "united_arab_emirates"),
                       mention(text, "عبد الله بن زايد", "abdullah_bin_zayed", "PER")])
    assert relations(rows) == {("sameh_shoukry", "abdullah_bin_zayed", 0.0)}


def test_counterpart_title_joins_coordinated_parties():
    text = "اجتماعا ثلاثيا بين كيري ونظيره الروسي سيرغي لافروف."
    rows = read(text, [mention(text, "كيري", "john_kerry", "PER"), mention(text, "روسي", "russia", via="nationality"),
                       mention(text, "سيرغي لافروف", "sergey_lavrov", "PER")])
    assert relations(rows) == {("john_kerry", "sergey_lavrov", 0.0)}


def test_honorifics_between_verb_and_subject_and_titles_after_the_subject():
    text = "استقبل صاحب السمو الملكي الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء الوزير سامح شكري."
    rows = read(text, [mention(text, "محمد بن نايف", "mohammed_bin_nayef", "PER"),
                       mention(text, "مجلس الوزراء", "saudi_council_of_ministers", "ORG"),
                       mention(text, "سامح شكري", "sameh_shoukry", "PER")])
    assert relations(rows) == {("mohammed_bin_nayef", "sameh_shoukry", 0.0)}


def test_object_genitive_that_is_no_actor_gives_no_row():
    text = "وقال يحيى رسول إن قوات جهاز مكافحة الإرهاب دخلت جامعة الأنبار."
    rows = read(text, [mention(text, "يحيى رسول", "yahya_rasool", "PER"), mention(text, "الأنبار", "anbar")])
    assert precise(rows) == []


def test_ministry_with_possessive_is_no_visit():
    assert cue_surfaces("نفى المتحدث تسلم وزارته لأي إخطار") == []


def test_loyalty_dialogue_appreciation_relations_and_bans_are_cues():
    text = "مقاتلو المقاومة الشعبية الموالون للرئيس عبد ربه منصور هادي."
    rows = read(text, [mention(text, "المقاومة الشعبية", "yemeni_popular_resistance", "ORG"),
                       mention(text, "عبد ربه منصور هادي", "abd_rabbuh_mansur_hadi", "PER")])
    assert relations(rows) == {("yemeni_popular_resistance", "abd_rabbuh_mansur_hadi", 1.0)}
    text = "وأجرى كيري حوارا صريحا مع نظيره المصري سامح شكري."
    rows = read(text, [mention(text, "كيري", "john_kerry", "PER"), mention(text, "مصري", "egypt", via="nationality"),
                       mention(text, "سامح شكري", "sameh_shoukry", "PER")])
    assert ("john_kerry", "sameh_shoukry", 0.0) in relations(rows)
    text = "وعبر الملك سلمان عن بالغ اعتزازه بالرئيس عبد الفتاح السيسي."
    rows = read(text, [mention(text, "سلمان", "salman_bin_abdulaziz", "PER"),
                       mention(text, "عبد الفتاح السيسي", "abdel_fattah_el_sisi", "PER")])
    assert relations(rows) == {("salman_bin_abdulaziz", "abdel_fattah_el_sisi", 1.0)}
    text = "وأكد حرص مصر على تعزيز وتطوير علاقاتها مع دولة أوغندا."
    rows = read(text, [mention(text, "مصر", "egypt"), mention(text, "أوغندا", "uganda")])
    assert relations(rows) == {("egypt", "uganda", 1.0)}
    text = "بعد فرض روسيا حظرا على استيراد المنتجات من الاتحاد الأوروبي."
    rows = read(text, [mention(text, "روسيا", "russia"), mention(text, "اتحاد الأوروبي", "european_union", "ORG")])
    assert ("russia", "european_union", -1.0) in relations(rows)


# --- fallback: positional rules for cues the precise reading declines -----------------------

def _reception(text: str) -> list[dict]:
    return [mention(text, "محمد بن نايف", "mohammed_bin_nayef", "PER"), mention(text, "جدة", "jeddah"),
            mention(text, "المصري", "egypt", via="nationality"), mention(text, "سامح شكري", "sameh_shoukry", "PER")]


def test_a_contact_verb_reaches_its_object_past_the_hosts_titles_honorifics_and_place():
    text = "استقبل الأمير محمد بن نايف - حفظه الله - في قصر سموه بجدة مساء اليوم وزير الخارجية المصري سامح شكري."
    rows = read(text, _reception(text), fallback=frozenset())
    assert relations(rows) == {("mohammed_bin_nayef", "sameh_shoukry", 0.0)}
    assert all(r["confidence"] >= 0.5 for r in rows)


def test_a_contact_verb_passes_over_the_hosts_own_city_in_his_title_chain():
    text = "استقبل الشيخ محمد بن زايد ولي عهد أبوظبي نائب القائد الأعلى مساء اليوم في قصر الشاطئ معالي عادل الجبير."
    mentions = [mention(text, "محمد بن زايد", "mohammed_bin_zayed", "PER"), mention(text, "أبوظبي", "abu_dhabi"),
                mention(text, "عادل الجبير", "adel_al_jubeir", "PER")]
    rows = read(text, mentions, fallback=frozenset())
    assert relations(rows) == {("mohammed_bin_zayed", "adel_al_jubeir", 0.0)}


def test_a_signed_verb_keeps_its_near_target_window():
    # only contact verbs (استقبل, التقى) look past a title chain: an attack's target stands close
    text = "انتقد الأمير محمد بن نايف - حفظه الله - في قصر سموه بجدة مساء اليوم وزير الخارجية المصري سامح شكري."
    assert read(text, _reception(text), fallback=frozenset()) == []


def test_a_headline_title_never_names_the_next_sentences_person():
    text = "ولي العهد يستقبل وزير الخارجية المصري\n\nاستقبل الأمير محمد بن نايف مساء اليوم وزير الخارجية المصري سامح شكري."
    mentions = [mention(text, "المصري", "egypt", via="nationality"), mention(text, "محمد بن نايف", "mohammed_bin_nayef", "PER"),
                mention(text, "المصري", "egypt", via="nationality", nth=1), mention(text, "سامح شكري", "sameh_shoukry", "PER")]
    rows = read(text, mentions, fallback=frozenset())
    headline = text.index("\n")
    assert relations([r for r in rows if r["start"] > headline]) == {("mohammed_bin_nayef", "sameh_shoukry", 0.0)}
    # the headline's post, named without its holder, is his state, which meets the state the title names
    assert relations([r for r in rows if r["start"] < headline]) == {("saudi_arabia", "egypt", 0.0)}


def test_fallback_vso_reads_a_sentence_initial_verb_with_a_far_object():
    text = "انتقد الأمير محمد بن نايف - حفظه الله - في قصر سموه بجدة مساء اليوم وزير الخارجية المصري سامح شكري."
    assert read(text, _reception(text)) == []  # vso is not read by default
    rows = stance_for(Document("t", text), _reception(text), [], fallback=frozenset({"vso"}))
    assert relations(rows) == {("mohammed_bin_nayef", "sameh_shoukry", -1.0)}
    assert all(r["confidence"] < 0.5 for r in rows)


def test_fallback_vso_needs_the_verb_to_open_the_sentence():
    text = "وفي هذا السياق المعقد وبعد أيام طويلة انتقد الأمير محمد بن نايف - حفظه الله - في قصر سموه بجدة " \
           "مساء اليوم وزير الخارجية المصري سامح شكري."
    assert stance_for(Document("t", text), _reception(text), [], fallback=frozenset({"vso"})) == []


def test_fallback_carries_the_previous_speaker_to_a_possessive_noun():
    text = "وقال وزير الخارجية عادل الجبير إن المملكة تتابع الأوضاع. وأشار إلى زيارته إلى مصر الأسبوع المقبل."
    mentions = [mention(text, "عادل الجبير", "adel_al_jubeir", "PER"), mention(text, "المملكة", "saudi_arabia"),
                mention(text, "مصر", "egypt")]
    quotes = [{"start": text.index("المملكة"), "end": text.index(". وأشار"), "speaker_actor": "adel_al_jubeir"}]
    rows = read(text, mentions, quotes, fallback=frozenset({"carry"}))  # the carry rule alone
    assert relations(rows) == {("adel_al_jubeir", "egypt", 0.0)}
    assert rows[0]["confidence"] < 0.5 and rows[0]["reported_by"] is None
    assert stance_for(Document("t", text), mentions, quotes, fallback=frozenset({"vso"})) == []


def test_fallback_carries_the_previous_rows_source_to_a_pronoun_less_verb():
    text = "وعارضت روسيا وجود القوات الأمريكية. وأكد في الوقت نفسه رفضه التام للغارات التركية على سوريا."
    mentions = [mention(text, "روسيا", "russia"), mention(text, "الأمريكية", "united_states", via="nationality"),
                mention(text, "التركية", "turkey", via="nationality"), mention(text, "سوريا", "syria")]
    rows = read(text, mentions, fallback=frozenset({"carry"}))
    assert ("russia", "turkey", -1.0) in relations(rows)
    carried = next(r for r in rows if r["source_actor"] == "russia" and r["target_actor"] == "turkey")
    assert carried["cue_lemma"] == "رفض" and carried["confidence"] < 0.5
    assert ("russia", "turkey", -1.0) not in relations(stance_for(Document("t", text), mentions, [],
                                                                   fallback=frozenset({"vso"})))


def test_fallback_skips_a_person_and_their_own_state():
    text = "وقال وزير الخارجية سامح شكري إن المملكة تتابع الأوضاع. وأشار إلى زيارته إلى مصر الأسبوع المقبل."
    mentions = [mention(text, "سامح شكري", "sameh_shoukry", "PER"), mention(text, "المملكة", "saudi_arabia"),
                mention(text, "مصر", "egypt")]
    quotes = [{"start": text.index("المملكة"), "end": text.index(". وأشار"), "speaker_actor": "sameh_shoukry"}]
    assert read(text, mentions, quotes) == []


def test_fallback_never_takes_a_place_as_source_nor_a_first_person_cue():
    text = "استقبل في جدة مساء اليوم الأمير محمد بن نايف وزير الخارجية المصري سامح شكري."
    mentions = [mention(text, "جدة", "jeddah"), mention(text, "محمد بن نايف", "mohammed_bin_nayef", "PER"),
                mention(text, "سامح شكري", "sameh_shoukry", "PER")]
    rows = stance_for(Document("t", text), mentions, [], fallback=frozenset({"vso"}))
    assert relations(rows) == {("mohammed_bin_nayef", "sameh_shoukry", 0.0)}
    text = "وقال الجبير. ونرفض التدخل الإيراني."
    mentions = [mention(text, "الجبير", "adel_al_jubeir", "PER"), mention(text, "الإيراني", "iran", via="nationality")]
    assert read(text, mentions) == []


def test_fallback_rows_never_replace_a_precise_reading_of_the_same_pair():
    text = "وعلقت موسكو التعاون مع واشنطن."
    rows = read(text, [mention(text, "موسكو", "russia", via="capital"), mention(text, "واشنطن", "united_states", via="capital")])
    assert [(r["source_actor"], r["target_actor"]) for r in rows] == [("russia", "united_states")]
    assert rows[0]["confidence"] >= 0.5


# --- fourth round: persons behind titles, antecedents, counterparts, new cues ---------------------

def test_person_named_after_the_title_of_a_body_is_the_actor():
    text = "استنكر الأمين العام لمجلس التعاون الدكتور عبداللطيف بن راشد الزياني تصريحات نوري المالكي."
    rows = read(text, [mention(text, "مجلس التعاون", "gulf_cooperation_council", "ORG"),
                       mention(text, "الزياني", "abdullatif_al_zayani", "PER"),
                       mention(text, "نوري المالكي", "nouri_al_maliki", "PER")])
    assert relations(rows) == {("abdullatif_al_zayani", "nouri_al_maliki", -1.0)}


@pytest.mark.parametrize("text", [
    "أثناء زيارة الأمين العام للمنظمة عبد الله البدري لموسكو اليوم الخميس.",
    "وزار الأمين العام للمنظمة عبد الله البدري موسكو اليوم.",
])
def test_a_title_of_a_body_named_by_its_noun_leads_to_the_person(text):
    """الأمين العام للمنظمة: the body's noun (منظمة) is part of the title chain before the name."""
    rows = read(text, [mention(text, "عبد الله البدري", "abdullah_al_badri", "PER"), mention(text, "موسكو", "russia")])
    assert ("abdullah_al_badri", "russia", 0.0) in relations(rows)


def test_body_noun_title_guards():
    """A body whose name opens with منظمة still acts, and an object after such a title is still the object."""
    text = "وأدانت منظمة التعاون الإسلامي تصريحات نوري المالكي."
    rows = read(text, [mention(text, "منظمة التعاون الإسلامي", "organisation_of_islamic_cooperation", "ORG"),
                       mention(text, "نوري المالكي", "nouri_al_maliki", "PER")])
    assert relations(rows) == {("organisation_of_islamic_cooperation", "nouri_al_maliki", -1.0)}
    text = "والتقى الوزير عادل الجبير الأمين العام للمنظمة إياد مدني في جدة."
    rows = read(text, [mention(text, "عادل الجبير", "adel_al_jubeir", "PER"), mention(text, "إياد مدني", "iyad_madani", "PER"),
                       mention(text, "جدة", "jeddah")])
    assert ("adel_al_jubeir", "iyad_madani", 0.0) in relations(rows)


def test_a_body_then_a_preposition_and_a_person_stay_two_actors():
    text = "استنكر الأمين العام لمجلس التعاون في بيان تصريحات نوري المالكي."
    rows = read(text, [mention(text, "مجلس التعاون", "gulf_cooperation_council", "ORG"),
                       mention(text, "نوري المالكي", "nouri_al_maliki", "PER")])
    assert relations(rows) == {("gulf_cooperation_council", "nouri_al_maliki", -1.0)}


def test_antecedent_after_a_preposition_is_the_subject_of_its_relative_clause():
    text = "أعرب الخرينج عن رفضه لتصريحات نائب الرئيس العراقي نوري المالكي الذي اتهم السعودية بدعم الإرهاب."
    rows = read(text, [mention(text, "الخرينج", "mubarak_al_khurainej", "PER"),
                       mention(text, "العراقي", "iraq", via="nationality"),
                       mention(text, "نوري المالكي", "nouri_al_maliki", "PER"),
                       mention(text, "السعودية", "saudi_arabia")])
    assert ("nouri_al_maliki", "saudi_arabia", -1.0) in relations(rows)


def test_counterpart_whose_nationality_is_no_mention_still_joins_the_parties():
    text = "اجتماعا ثلاثيا بين كيري ونظيره الروسي سيرغي لافروف، ووزير الخارجية السعودي عادل الجبير."
    rows = read(text, [mention(text, "كيري", "john_kerry", "PER"), mention(text, "سيرغي لافروف", "sergey_lavrov", "PER"),
                       mention(text, "السعودي", "saudi_arabia", via="nationality"),
                       mention(text, "عادل الجبير", "adel_al_jubeir", "PER")])
    assert relations(rows) == {("john_kerry", "sergey_lavrov", 0.0), ("john_kerry", "adel_al_jubeir", 0.0)}


def test_arrest_permission_and_arrival_are_cues():
    text = "ألقى داعش القبض على فيصل عبدالحليم."
    rows = read(text, [mention(text, "داعش", "islamic_state", "ORG"), mention(text, "فيصل عبدالحليم", "faisal_abdulhalim", "PER")])
    assert relations(rows) == {("islamic_state", "faisal_abdulhalim", -1.0)} and rows[0]["cameo"] == "17"
    text = "أعلن مسؤول أن تركيا سمحت للولايات المتحدة باستخدام القواعد."
    rows = read(text, [mention(text, "تركيا", "turkey"), mention(text, "لولايات المتحدة", "united_states")])
    assert relations(rows) == {("turkey", "united_states", 1.0)}
    text = "وصل لافروف إلى الدوحة."
    rows = read(text, [mention(text, "لافروف", "sergey_lavrov", "PER"), mention(text, "الدوحة", "doha")])
    assert relations(rows) == {("sergey_lavrov", "doha", 0.0)}
    assert cue_surfaces("وصل الطلب متأخرا") == []  # arrival needs its destination


def test_return_home_is_no_visit():
    text = "وصل خالد بحاح إلى عدن."
    mentions = [mention(text, "خالد بحاح", "khaled_bahah", "PER"), mention(text, "عدن", "aden")]
    rows = stance_for(Document("t", text), mentions, [], sectors={"aden": "place"})
    assert rows == []  # the catalogue places both in Yemen


@pytest.mark.parametrize("text", [
    "قبل يومين من أول لقاء مباشر بين طالبان والحكومة الأفغانية في بلدة موري.",
    "قبل يومين من أول لقاء مباشر بين ممثلي طالبان والحكومة الأفغانية في بلدة موري.",
])
def test_a_meeting_between_a_group_and_the_government_of_its_state_is_a_contact(text):
    # the two parties named after بين (or after their representatives) are two sides, neither a
    # home the other returns to, though the catalogue places the Taliban in Afghanistan
    mentions = [mention(text, "طالبان", "taliban", "ORG"), mention(text, "أفغانية", "afghanistan", via="nationality")]
    assert relations(read(text, mentions)) == {("taliban", "afghanistan", 0.0)}


def test_representatives_after_between_name_their_party():
    text = "جرت مفاوضات بين ممثلي إيران والسعودية في مسقط."
    mentions = [mention(text, "إيران", "iran"), mention(text, "السعودية", "saudi_arabia"), mention(text, "مسقط", "muscat")]
    assert relations(read(text, mentions)) == {("iran", "saudi_arabia", 0.0)}


@pytest.mark.parametrize("text, first, second", [
    ("وأعيد إعمار كوباني المدمرة من جراء المعركة التي دارت بين مقاتلي تنظيم داعش ووحدات حماية الشعب الكردية.",
     ("تنظيم داعش", "islamic_state"), ("وحدات حماية الشعب الكردية", "peoples_protection_units")),
    ("بلغت حصيلة القتلى منذ بدء المواجهات بين مسلحي الحوثي والمقاومة الشعبية في المدينة ألفا.",
     ("الحوثي", "houthis"), ("المقاومة الشعبية", "yemeni_popular_resistance")),
    ("واستمرت الاشتباكات بين عناصر تنظيم داعش والجيش العراقي.",
     ("تنظيم داعش", "islamic_state"), ("الجيش العراقي", "iraqi_army")),
])
def test_fighters_after_between_name_their_party(text, first, second):
    # مقاتلي, مسلحي, عناصر X: the fighters of X are X's side of the battle, as ممثلي X are its side of a talk
    mentions = [mention(text, *first, "ORG"), mention(text, *second, "ORG")]
    assert {(s, t) for s, t, _ in relations(read(text, mentions))} == {(first[1], second[1])}


def test_fighters_of_one_party_after_between_are_no_second_side():
    text = "تجددت المعارك بين مقاتلي تنظيم داعش في ريف حلب."  # one party named: no relation guessed
    assert read(text, [mention(text, "تنظيم داعش", "islamic_state", "ORG")]) == []


@pytest.mark.parametrize("text, first, second, polarity", [
    ("وقد تجددت المعارك العنيفة بين قوات النظام ومقاتلي المعارضة في درعا.",
     ("قوات النظام", "syrian_government"), ("المعارضة", "syrian_opposition"), -1.0),
    ("وتشهد المدينة مواجهات عنيفة بين مقاتلي المقاومة الشعبية ومسلحي الحوثي.",
     ("المقاومة الشعبية", "yemeni_popular_resistance"), ("الحوثي", "houthis"), -1.0),
    ("وجرت مفاوضات بين الحكومة الأفغانية وممثلي طالبان في مري.",
     ("الحكومة الأفغانية", "afghanistan"), ("طالبان", "taliban"), 0.0),
])
def test_fighters_of_the_second_side_after_between_name_it(text, first, second, polarity):
    # و and the fighters' noun keep the two from one coordinated group; the second is still the other side
    mentions = [mention(text, *first, "ORG"), mention(text, *second, "ORG")]
    assert relations(read(text, mentions)) == {(first[1], second[1], polarity)}


def test_a_party_further_behind_the_fighters_noun_is_no_second_side():
    text = "وتجددت المعارك بين قوات النظام ومقاتلي فصائل تدعمها تركيا في ريف حلب."  # Turkey backs, it does not fight
    mentions = [mention(text, "قوات النظام", "syrian_government", "ORG"), mention(text, "تركيا", "turkey")]
    assert ("syrian_government", "turkey", -1.0) not in relations(read(text, mentions))


@pytest.mark.parametrize("text, first, second", [
    ("وتم رصد ملايين الدولارات من أجل إيجاد اتفاق نووي بين كل من الولايات المتحدة وإيران، شارك في صياغته خبراء.",
     ("الولايات المتحدة", "united_states"), ("إيران", "iran")),
    ("وعقدت محادثات بين كل من روسيا وتركيا في أنقرة أمس.", ("روسيا", "russia"), ("تركيا", "turkey")),
])
def test_each_of_after_between_names_the_first_side(text, first, second):
    # بين كل من X وY: كل من stresses both parties; X is still the first-named side of the relation
    mentions = [mention(text, *first), mention(text, *second)]
    assert {(s, t) for s, t, _ in relations(read(text, mentions))} == {(first[1], second[1])}


def test_each_of_without_between_is_no_side():
    # على كل من X وY (both places attacked) keeps its reading: no mutual relation between the two
    text = "شنت الطائرات الأمريكية غارات على كل من الرقة ودير الزور."
    mentions = [mention(text, "أمريكية", "united_states", via="nationality"), mention(text, "الرقة", "raqqa"),
                mention(text, "دير الزور", "deir_ez_zor")]
    assert {(s, t) for s, t, _ in relations(read(text, mentions))} == {("united_states", "raqqa"), ("united_states", "deir_ez_zor")}
    text = "جرت محادثات بين واشنطن وطهران في جنيف."  # plain بين
    assert {(s, t) for s, t, _ in relations(read(text, [mention(text, "واشنطن", "united_states"), mention(text, "طهران", "iran")]))} \
        == {("united_states", "iran")}


def test_a_visit_of_a_group_to_its_own_state_is_still_no_contact():
    text = "زار قادة طالبان أفغانستان أمس."
    assert read(text, [mention(text, "طالبان", "taliban", "ORG"), mention(text, "أفغانستان", "afghanistan")]) == []
    text = "بدأت المحادثات بين ممثلي الأمم المتحدة في جنيف."  # representatives of one party: no second side
    assert read(text, [mention(text, "الأمم المتحدة", "united_nations", "ORG"), mention(text, "جنيف", "geneva")]) == []


def test_a_call_on_a_body_of_ones_own_state_is_a_call():
    # the organisation named right after the person, with no title word between, is the object,
    # not a title of his; the home filter holds only for visits and meetings
    text = "ناشد الرئيس اليمني عبدربه منصور هادي جماعة الحوثي الالتزام بالهدنة."
    mentions = [mention(text, "يمني", "yemen"), mention(text, "عبدربه منصور هادي", "abd_rabbuh_mansur_hadi", "PER"),
                mention(text, "جماعة الحوثي", "houthis", "ORG")]
    assert relations(precise(read(text, mentions))) == {("abd_rabbuh_mansur_hadi", "houthis", 0.0)}
    text = "انتقد الرئيس التركي رجب طيب أردوغان حزب العمال الكردستاني."
    mentions = [mention(text, "تركي", "turkey"), mention(text, "رجب طيب أردوغان", "recep_tayyip_erdogan", "PER"),
                mention(text, "حزب العمال الكردستاني", "kurdistan_workers_party", "ORG")]
    assert relations(precise(read(text, mentions))) == {("recep_tayyip_erdogan", "kurdistan_workers_party", -1.0)}
    # a title word still links an institution to the person: no row toward his own council
    text = "استقبل الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء أمس."
    mentions = [mention(text, "محمد بن نايف", "mohammed_bin_nayef", "PER"),
                mention(text, "مجلس الوزراء", "saudi_council_of_ministers", "ORG")]
    assert read(text, mentions) == []


def test_a_place_held_by_an_actor_named_after_the_holding_phrase():
    # the holder follows the phrase, the place held is the noun it describes, past a relative
    # pronoun, linking verbs and adjectives; the active verb (سيطرت القوات على) stays no cue
    cases = [
        ("تقدمت القوات نحو مدينة الموصل التي لا تزال تحت سيطرة تنظيم داعش.", "الموصل", "mosul", "تنظيم داعش"),
        ("قصفت الطائرات مواقع في الرقة الخاضعة لسيطرة تنظيم داعش.", "الرقة", "raqqa", "تنظيم داعش"),
        ("وقتل مدنيون في مدينة الرمادي التي يسيطر عليها تنظيم داعش منذ مايو.", "الرمادي", "ramadi", "تنظيم داعش"),
    ]
    for text, place, place_id, holder in cases:
        mentions = [mention(text, place, place_id), mention(text, holder, "islamic_state", "ORG")]
        rows = [r for r in precise(read(text, mentions)) if r["cameo"] == "19"]
        assert relations(rows) == {("islamic_state", place_id, -1.0)}, text
    # a state holding its own city, a place passing under control (most often a recapture) and a
    # place named in brackets beside the one described give no row
    text = "وتعمل المحاكم في طرابلس الخاضعة لسيطرة الحكومة الليبية."
    mentions = [mention(text, "طرابلس", "tripoli"), mention(text, "الليبية", "libya", via="nationality")]
    assert read(text, mentions) == []
    text = "وقال إن مبنى البلدية في الرمادي أصبح تحت سيطرة قوات مكافحة الإرهاب العراقية."
    mentions = [mention(text, "الرمادي", "ramadi"),
                mention(text, "قوات مكافحة الإرهاب", "iraqi_counter_terrorism_service", "ORG")]
    assert read(text, mentions) == []
    text = "وصلنا إلى مستشفى الحديدة (غرب اليمن)، التي تسيطر عليها جماعة الحوثي."
    mentions = [mention(text, "اليمن", "yemen"), mention(text, "جماعة الحوثي", "houthis", "ORG")]
    assert read(text, mentions) == []


def test_a_place_the_actor_layer_types_loc_is_a_target_when_it_lies_in_a_state():
    # a base, a district or a holy site (LOC, with a state in the catalogue) is attacked or visited
    # like a city; it never acts itself
    cases = [
        ("قصفت الطائرات الروسية قاعدة التنف في ريف حمص.", "قاعدة التنف", "al_tanf", "الروسية", "russia", -1.0),
        ("وزار وزير الخارجية التركي ميدان التحرير أمس.", "ميدان التحرير", "tahrir_square", "التركي", "turkey", 0.0),
    ]
    for text, place, place_id, agent, agent_id, polarity in cases:
        mentions = [mention(text, agent, agent_id, via="nationality"), mention(text, place, place_id, "LOC")]
        assert (agent_id, place_id, polarity) in relations(read(text, mentions)), text
    text = "وهاجم تنظيم داعش جنوب سوريا."
    mentions = [mention(text, "جنوب سوريا", "southern_syria", "LOC"), mention(text, "تنظيم داعش", "islamic_state", "ORG")]
    assert relations(precise(read(text, mentions))) == {("islamic_state", "southern_syria", -1.0)}
    # a region spanning states mostly says where (وقعت ... في الشرق الأوسط): not read as an actor
    text = "وانتقدت روسيا الشرق الأوسط."
    mentions = [mention(text, "روسيا", "russia"), mention(text, "الشرق الأوسط", "middle_east", "LOC")]
    assert read(text, mentions) == []


def test_hostile_noun_with_its_agent_after_lam_and_its_target_after_ala():
    # غارات جوية لروسيا على مدينة إدلب: the ل-actor acts, the actor after على is hit
    text = "وشهدت المنطقة غارات جوية لروسيا على مدينة إدلب."
    mentions = [mention(text, "روسيا", "russia"), mention(text, "إدلب", "idlib")]
    assert relations(precise(read(text, mentions))) == {("russia", "idlib", -1.0)}
    text = "وأدان الوزير القصف العنيف لقوات النظام السوري على حلب."
    mentions = [mention(text, "قوات النظام السوري", "syrian_government", "ORG"), mention(text, "حلب", "aleppo")]
    assert ("syrian_government", "aleppo", -1.0) in relations(precise(read(text, mentions)))


def test_nearest_rule_relates_the_actor_before_a_cue_to_the_one_after_it():
    text = "أكد وزير الدفاع العراقي خالد العبيدي أن التعاون العسكري مع روسيا مستمر"
    mentions = [mention(text, "خالد العبيدي", "khalid_al_obeidi", "PER"), mention(text, "روسيا", "russia")]
    doc = Document("t", text)
    assert stance_for(doc, mentions, [], fallback=frozenset({"carry"})) == []
    rows = stance_for(doc, mentions, [])
    assert relations(rows) == {("khalid_al_obeidi", "russia", 1.0)}
    assert 0.3 <= rows[0]["confidence"] < 0.5


def test_nearest_rule_keeps_a_prior_events_agent_out():
    text = "وعلقت موسكو العمل بالمذكرة، عقب إسقاط طائرة سورية"
    rows = read(text, [mention(text, "موسكو", "russia", via="capital"), mention(text, "سورية", "syria", via="nationality")])
    assert ("russia", "syria", -1.0) not in relations(rows)


def test_nearest_rule_does_not_guess_a_quotes_speaker_as_the_agent():
    # the war is the resistance's, not the speaking patient's: no actor before the cue, no guess
    text = "وأضاف: «توفي والدي في الحرب الدائرة ضد ميليشيات الحوثي»"
    quotes = [{"start": text.index("«") + 1, "end": text.index("»"), "speaker_actor": "ar:محمد_صالح"}]
    assert read(text, [mention(text, "الحوثي", "houthis", "ORG")], quotes) == []
    # an actor before the cue in the quote is still read
    text = "وأضاف الوزير: «سيستمر تعاون العراق مع روسيا في كل المجالات»"
    quotes = [{"start": text.index("«") + 1, "end": text.index("»"), "speaker_actor": "khalid_al_obeidi"}]
    rows = read(text, [mention(text, "العراق", "iraq"), mention(text, "روسيا", "russia")], quotes)
    assert relations(rows) == {("iraq", "russia", 1.0)}


def test_nearest_rule_relates_no_person_to_a_body():
    # the operations against the group are the state's, the prime minister only announces them
    text = "وأعلن رئيس الوزراء أحمد داود أوغلو أن العمليات العسكرية ضد تنظيم داعش ستستمر"
    mentions = [mention(text, "أحمد داود أوغلو", "ahmet_davutoglu", "PER"), mention(text, "تنظيم داعش", "islamic_state", "ORG")]
    assert read(text, mentions) == []
    # the aid's storehouse is where the means come from, not whom the prince supports
    text = "وأمر الأمير محمد بن سلمان بتأمين طائرات لنقل المساعدات من مستودعات مركز الملك سلمان للإغاثة"
    mentions = [mention(text, "محمد بن سلمان", "mohammed_bin_salman", "PER"),
                mention(text, "مركز الملك سلمان للإغاثة", "ksrelief", "ORG")]
    assert read(text, mentions) == []


def test_nearest_rule_still_relates_a_person_to_a_state_and_a_body_to_a_body():
    text = "أكد وزير الدفاع العراقي خالد العبيدي أن التعاون العسكري مع روسيا مستمر"
    mentions = [mention(text, "خالد العبيدي", "khalid_al_obeidi", "PER"), mention(text, "روسيا", "russia")]
    assert relations(read(text, mentions)) == {("khalid_al_obeidi", "russia", 1.0)}
    text = "أكدت قيادة التحالف العربي أن التعاون العسكري مع المقاومة الشعبية مستمر"
    mentions = [mention(text, "التحالف العربي", "arab_coalition", "ORG"),
                mention(text, "المقاومة الشعبية", "yemeni_popular_resistance", "ORG")]
    rows = read(text, mentions)
    assert relations(rows) == {("arab_coalition", "yemeni_popular_resistance", 1.0)}
    assert precise(rows) == []


def test_a_third_person_verb_in_direct_speech_is_not_the_speakers():
    # «مروحيتين أميركيتين هاجمتا»: the helicopters attacked, not the governor quoted (rule 5)
    text = "وقال محمد رحيم أمين، حاكم المنطقة، إن «مروحيتين أميركيتين هاجمتا حاجزا للجيش الأفغاني»."
    quotes = [{"start": text.index("«") + 1, "end": text.index("»"), "speaker_actor": "mohammad_rahim_amin"}]
    mentions = [mention(text, "محمد رحيم أمين", "mohammad_rahim_amin", "PER"),
                mention(text, "الأفغاني", "afghanistan", via="nationality")]
    assert read(text, mentions, quotes) == []


def test_direct_speech_guards():
    # a reported clause with no marks and no subject of its own is still the speaker's (rule 5)
    text = "وأعلن وزير الخارجية الفرنسي لوران فابيوس انه سيتوجه الى طهران حيث سيلتقي الرئيس الإيراني حسن روحاني."
    quotes = [{"start": text.index("انه"), "end": len(text) - 1, "speaker_actor": "laurent_fabius"}]
    mentions = [mention(text, "لوران فابيوس", "laurent_fabius", "PER"), mention(text, "طهران", "tehran"),
                mention(text, "حسن روحاني", "hassan_rouhani", "PER")]
    assert ("laurent_fabius", "hassan_rouhani", 0.0) in relations(read(text, mentions, quotes))
    # an actor before the verb inside the marks is still read
    text = "وقال المسؤول إن «روسيا هاجمت أوكرانيا أمس»."
    quotes = [{"start": text.index("«") + 1, "end": text.index("»"), "speaker_actor": "ar:مسؤول"}]
    mentions = [mention(text, "روسيا", "russia"), mention(text, "أوكرانيا", "ukraine")]
    assert ("russia", "ukraine", -1.0) in relations(read(text, mentions, quotes))


def test_a_reported_clause_naming_its_own_subject_is_not_the_speakers():
    # «أن الجهود السعودية ... هبت لإغاثة», «إن القيادات الجنوبية ... رفضت»: the definite noun opening the
    # reported clause is its subject, no actor; the speaker is not the agent, and no actor is guessed (rule 5)
    text = "وأكد مهدي حاتم النهاري أن الجهود السعودية لا يمكن وصفها حيث هبت لإغاثة الشعب اليمني."
    quotes = [{"start": text.index("الجهود"), "end": len(text) - 1, "speaker_actor": "mahdi_hatem_al_nahari"}]
    mentions = [mention(text, "مهدي حاتم النهاري", "mahdi_hatem_al_nahari", "PER"),
                mention(text, "السعودية", "saudi_arabia", via="nationality"),
                mention(text, "الشعب اليمني", "yemen")]
    assert not [r for r in read(text, mentions, quotes) if r["source_actor"] == "mahdi_hatem_al_nahari"]
    text = "وقال جمال باراس إن القيادات الجنوبية في الحزب رفضت إغراءات عبدالملك الحوثي."
    quotes = [{"start": text.index("القيادات"), "end": len(text) - 1, "speaker_actor": "jamal_ba_ras"}]
    mentions = [mention(text, "جمال باراس", "jamal_ba_ras", "PER"),
                mention(text, "عبدالملك الحوثي", "abdul_malik_al_houthi", "PER")]
    assert read(text, mentions, quotes) == []


def test_a_reported_clause_opened_by_its_cue_or_an_actor_stays_read():
    # the cue itself opening the clause is a mutual noun its speaker speaks of (rule 4)
    text = "وأكد وزير الدفاع العراقي خالد العبيدي أن التعاون العسكري مع روسيا مستمر."
    quotes = [{"start": text.index("التعاون"), "end": len(text) - 1, "speaker_actor": "khalid_al_obeidi"}]
    mentions = [mention(text, "خالد العبيدي", "khalid_al_obeidi", "PER"), mention(text, "روسيا", "russia")]
    assert ("khalid_al_obeidi", "russia", 1.0) in relations(read(text, mentions, quotes))
    # an actor opening the clause is its subject, as before
    text = "وقال المتحدث إن الحكومة اليمنية ترفض الحوار مع الحوثيين."
    quotes = [{"start": text.index("الحكومة"), "end": len(text) - 1, "speaker_actor": "ar:متحدث"}]
    mentions = [mention(text, "الحكومة اليمنية", "yemeni_government", "ORG"),
                mention(text, "الحوثيين", "houthis", "ORG")]
    assert ("yemeni_government", "houthis", -1.0) in relations(read(text, mentions, quotes))


def test_far_clause_subject_is_left_to_the_nearest_actor():
    # the first actor of a long sentence is no longer the subject of a verb at its end
    filler = ("في كلمة طويلة ألقاها أمس أمام الحضور في القاعة الكبرى عن الأوضاع الاقتصادية والاجتماعية وعن "
              "المشاريع الجديدة في المدن والقرى وعن التعليم والصحة والطرق والمطارات")
    text = f"وقال الرئيس باراك أوباما {filler}، إن قيادة إيران ومرشدها رفضوا طلبا لحماس"
    mentions = [mention(text, "باراك أوباما", "barack_obama", "PER"), mention(text, "إيران", "iran"),
                mention(text, "حماس", "hamas", "ORG")]
    rows = read(text, mentions)
    assert relations(rows) == {("iran", "hamas", -1.0)}
    assert precise(rows) == []
    # a subject a few words before the verb is still the precise reading
    text = "وقال الرئيس باراك أوباما إن بلاده رفضت طلبا لحماس"
    rows = read(text, [mention(text, "باراك أوباما", "barack_obama", "PER"), mention(text, "حماس", "hamas", "ORG")])
    assert relations(precise(rows)) == {("barack_obama", "hamas", -1.0)}


def test_sports_clubs_take_no_stance():
    text = "وأعلن نادي برشلونة دعم منظمة اليونيسيف"
    mentions = [mention(text, "برشلونة", "barcelona_fc", "ORG"), mention(text, "اليونيسيف", "unicef", "ORG")]
    assert read(text, mentions) == []  # the catalogue's sector of barcelona_fc is sport
    assert relations(read(text, mentions, sectors={})) == {("barcelona_fc", "unicef", 1.0)}


def test_by_phrase_with_an_unnamed_agent_gives_no_row():
    # the storming is the gunmen's, named by no actor: neither the speaker nor a position is guessed
    text = "وقال المسؤول: «إن اقتحام القنصلية التونسية من طرف مسلحين أمر خطير»"
    quotes = [{"start": text.index("«") + 1, "end": text.index("»"), "speaker_actor": "ar:محمد_المودب"}]
    assert read(text, [mention(text, "التونسية", "tunisia", via="nationality")], quotes) == []
    text = "وأعربت تونس عن قلقها من اقتحام القنصلية الليبية من قبل مسلحين مجهولين"
    assert read(text, [mention(text, "تونس", "tunisia"), mention(text, "الليبية", "libya", via="nationality")]) == []


@pytest.mark.parametrize("sentence, lemma", [
    ("وضربت الطائرات مواقع التنظيم", "ضرب"),
    ("ويدمرون الجسور", "دمّر"), ("وقتلت القوات قائدا", "قتل"), ("واختطف المسلحون الصحفي", "خطف"),
    ("وأعدمت الجماعة رهينة", "أعدم"), ("وتحظر روسيا نشاط التنظيم", "حظر"),
    ("وقررت الدول مقاطعة المؤتمر", "قاطع"), ("وأثنت الوزارة على الجهود", "أثنى"), ("وأبرمت الحكومة صفقة", "أبرم"),
    ("تطوع للدفاع عن مصر", "دافع"), ("واعترفت السويد بفلسطين", "اعترف"), ("وقال منددا بالهجوم", "منددا"),
    ("بغية هزيمة بوكو حرام", "هزم"), ("وهزمت القوات المتمردين", "هزم"), ("أعلنت مبايعتها للتنظيم", "بايع"),
    ("ويبايعون الخليفة", "بايع"), ("حيث أعادتا بشكل رسمي العلاقات الدبلوماسية", "أعاد العلاقات"), ("لتقديم المشورة والتدريب للقوات العراقية", "درّب"), ("ودربت واشنطن المقاتلين", "درّب"),
])
def test_general_cue_families_in_their_verb_noun_and_participle_forms(sentence, lemma):
    lex = load_lexicon()
    hits = find_cues(TokenView(Document("t", sentence)), lex)
    assert lemma in {lex.cues[lex.forms[h.form].cue].lemma for h in hits}


def test_defence_needs_its_object_preposition_and_numbers_are_no_praise():
    assert cue_surfaces("وقال وزير الدفاع الأمريكي") == []
    assert cue_surfaces("قتل اثني عشر شخصا يوم الاثنين، واثنا عشر جريحا") == ["قتل"]  # أثنى folds like اثني


def test_a_verbal_noun_in_a_relative_clause_belongs_to_the_antecedent():
    text = "وكان التحالف العربي، الذي تقوده السعودية في مسعى لدعم الشرعية، قد أعلن هدنة."
    mentions = [mention(text, "التحالف العربي", "arab_coalition", "ORG"), mention(text, "السعودية", "saudi_arabia"),
                mention(text, "الشرعية", "yemeni_government", "ORG")]
    assert ("arab_coalition", "yemeni_government", 1.0) in relations(read(text, mentions))
    assert ("saudi_arabia", "yemeni_government", 1.0) not in relations(read(text, mentions))


def test_two_names_of_one_actor_in_a_row_are_one_subject_before_the_object():
    # خادم الحرمين الشريفين + الملك سلمان: the second name renames the first, the object follows both
    text = "وذكر أنه خلال استقبال خادم الحرمين الشريفين الملك سلمان بن عبد العزيز آل سعود لسامح شكري وزير الخارجية."
    mentions = [mention(text, "خادم الحرمين الشريفين", "salman_bin_abdulaziz", "PER"),
                mention(text, "سلمان بن عبد العزيز", "salman_bin_abdulaziz", "PER"),
                mention(text, "سامح شكري", "sameh_shoukry", "PER")]
    assert ("salman_bin_abdulaziz", "sameh_shoukry", 0.0) in relations(precise(read(text, mentions)))


def test_a_contact_received_from_someone_relates_the_first_named_party_to_him():
    text = "وقال خادم الحرمين الشريفين، خلال اتصال هاتفي تلقاه من الرئيس التركي رجب طيب إردوغان، إن الإرهاب خطر."
    mentions = [mention(text, "خادم الحرمين الشريفين", "salman_bin_abdulaziz", "PER"),
                mention(text, "التركي", "turkey", via="nationality"),
                mention(text, "رجب طيب إردوغان", "recep_tayyip_erdogan", "PER")]
    assert relations(precise(read(text, mentions))) == {("salman_bin_abdulaziz", "recep_tayyip_erdogan", 0.0)}


def test_a_non_mutual_cue_takes_its_marked_agent_only_right_after_it():
    # بدعم من: the supporter follows the cue at once; a من further on names no agent of دعم
    text = "وتقدمت القوات الحكومية الصومالية بدعم من قوات الاتحاد الإفريقي."
    mentions = [mention(text, "الصومالية", "somalia", via="nationality"),
                mention(text, "الاتحاد الإفريقي", "african_union", "ORG")]
    assert ("african_union", "somalia", 1.0) in relations(read(text, mentions))


@pytest.mark.parametrize("far", [
    "وتقدمت القوات الحكومية الصومالية بدعم جوي كبير من قوات الاتحاد الإفريقي.",
    "وتقدمت القوات الحكومية الصومالية بمساندة قوية من قوات الاتحاد الإفريقي.",
])
def test_a_min_past_a_non_mutual_cues_adjectives_names_no_agent(far):
    # من read past one or two adjectives (بدعم كبير من, بمساندة قوية من) for every noun cue was counted
    # on unannotated development articles and left out: 40 of 52 changed rows right (10 of 17 on the
    # gold-like ones), the party supported or attacked read as the clause's subject where the cue
    # names another (an antecedent, a group no actor, a speaker); adding it later is a decision seen here
    assert ("african_union", "somalia", 1.0) not in relations(precise(read(far, [
        mention(far, "الصومالية", "somalia", via="nationality"), mention(far, "الاتحاد الإفريقي", "african_union", "ORG")])))


def test_a_required_preposition_may_follow_the_subjects_title_chain():
    # وصل needs إلى; the subject's name, title and a date stand between them
    text = "وصل اشتون كارتر وزير الدفاع الاميركي، اليوم (الجمعة)، إلى أربيل عاصمة اقليم كردستان العراق."
    mentions = [mention(text, "اشتون كارتر", "ashton_carter", "PER"), mention(text, "أربيل", "erbil")]
    assert ("ashton_carter", "erbil", 0.0) in relations(read(text, mentions))
    # a required object noun (علق -> التعاون) keeps its short window
    far = "وعلقت موسكو أمس بعد اجتماع طويل للحكومة في العاصمة وبحضور الوزراء جميعا التعاون مع واشنطن."
    assert read(far, [mention(far, "موسكو", "russia"), mention(far, "واشنطن", "united_states")]) == []


def test_a_by_phrase_names_the_agent_and_the_described_actor_is_the_patient():
    text = "وأعرب سكان مدينة تعز المحاصرة من قبل تلك الميليشيات الحوثية عن غضبهم."
    mentions = [mention(text, "تعز", "taiz"), mention(text, "الحوثية", "houthis", "ORG")]
    assert relations(precise(read(text, mentions))) == {("houthis", "taiz", -1.0)}
    # a passive verb: its subject stands between the verb and the agent
    killed = "وقتل الصحفي الأمريكي جيمس فولي على يد تنظيم داعش."
    assert relations(read(killed, [mention(killed, "جيمس فولي", "james_foley", "PER"),
                                   mention(killed, "داعش", "islamic_state", "ORG")])) == {("islamic_state", "james_foley", -1.0)}


def test_a_by_phrase_with_no_named_patient_gives_no_guess():
    # "the support of the coalition" names the supporter; the supported is not in the clause
    text = "وقال مصدر إن المقاتلين استفادوا من دعم جوي من قبل التحالف العربي الذي شن غارات."
    rows = read(text, [mention(text, "التحالف العربي", "arab_coalition", "ORG")])
    assert all(r["source_actor"] == "arab_coalition" for r in rows)
    reversed_ = "وتعرضت مواقع المقاومة لهجمات عنيفة من قبل الحوثيين أمس."
    rows = read(reversed_, [mention(reversed_, "المقاومة", "yemeni_popular_resistance", "ORG"),
                            mention(reversed_, "الحوثيين", "houthis", "ORG")])
    assert ("yemeni_popular_resistance", "houthis", -1.0) not in relations(rows)


def test_prepositional_phrase_before_the_verb_is_no_subject():
    # an adverbial put first (في المؤتمر الصحفي, حول الأزمة) leaves the subject after the verb
    for text in ["وفي المؤتمر الصحفي المشترك انتقد الأردن إيران.", "وحول الأزمة السورية رفضت تركيا روسيا.",
                 "وبالنسبة للمفاوضات النووية أيدت فرنسا إيران."]:
        first, second = text.split()[-2].rstrip("."), text.split()[-1].rstrip(".")
        rows = precise(read(text, [mention(text, first, "a"), mention(text, second, "b")]))
        assert {(r["source_actor"], r["target_actor"]) for r in rows} == {("a", "b")}, text


def test_object_after_a_relative_clause_describing_the_subject():
    def parties(text: str) -> list[dict]:
        return [mention(text, "الأردن", "jordan"), mention(text, "إيران", "iran")]

    text = "وانتقد الأردن الذي يرأس الدورة الحالية للمجلس، إيران بسبب تدخلها."
    assert relations(precise(read(text, parties(text)))) == {("jordan", "iran", -1.0)}
    # a relative clause no comma closes within a few words keeps what follows out of the main clause
    text = "وانتقد الأردن الذي يرأس الدورة الحالية للمجلس الوزاري العربي منذ بداية العام الماضي بعد انتخابه إيران."
    assert not precise(read(text, parties(text)))


# --- object pronouns and cue families ---------------------------------------------------------

def test_object_pronoun_points_to_the_actor_of_the_previous_sentence():
    text = "وصل الرئيس عبدالفتاح السيسي إلى الرياض أمس. ثم زاره ولي العهد الأمير محمد بن نايف في مقر إقامته."
    rows = read(text, [mention(text, "عبدالفتاح السيسي", "abdel_fattah_el_sisi", "PER"),
                       mention(text, "الرياض", "riyadh"),
                       mention(text, "محمد بن نايف", "muhammad_bin_nayef", "PER")])
    # the city is feminine, the pronoun of زاره masculine: only the president fits
    assert ("muhammad_bin_nayef", "abdel_fattah_el_sisi", 0.0) in relations(rows)
    assert not any(r["target_actor"] == "riyadh" and r["cue"] == "زاره" for r in rows)


def test_feminine_pronoun_in_a_clause_after_ma_takes_the_state_before_it():
    text = "أقام صلات مع الاستخبارات الباكستانية، التي دائما ما تتهمها أفغانستان بدعم الحركة."
    rows = read(text, [mention(text, "الاستخبارات الباكستانية", "pakistan", "ORG"),
                       mention(text, "أفغانستان", "afghanistan")])
    assert relations(rows) == {("afghanistan", "pakistan", -1.0)}


def test_pronoun_after_a_verb_subject_follows_it_invitation():
    text = "التقى الأمين العام بان كي مون بالمسؤولين في القاهرة. ودعاه الرئيس فرانسوا أولاند إلى باريس."
    rows = read(text, [mention(text, "بان كي مون", "ban_ki_moon", "PER"), mention(text, "القاهرة", "cairo"),
                       mention(text, "فرانسوا أولاند", "francois_hollande", "PER")])
    assert ("francois_hollande", "ban_ki_moon", 0.0) in relations(rows)


def test_plural_pronoun_takes_a_sound_plural_group():
    text = "وسيطر الحوثيون على المدينة وقاتلت قوات الجيش الوطني. واتهمهم الرئيس هادي بخرق الهدنة."
    rows = read(text, [mention(text, "الحوثيون", "houthis", "ORG"),
                       mention(text, "الجيش الوطني", "yemeni_national_army", "ORG"),
                       mention(text, "هادي", "abd_rabbuh_mansur_hadi", "PER")])
    assert ("abd_rabbuh_mansur_hadi", "houthis", -1.0) in relations(rows)
    assert not any(r["target_actor"] == "yemeni_national_army" and r["cue"] == "واتهمهم" for r in rows)


def test_two_fitting_antecedents_give_no_guess():
    text = "تحدثت مصر عن موقف تركيا. وتتهمها السعودية بدعم الجماعات."
    rows = read(text, [mention(text, "مصر", "egypt"), mention(text, "تركيا", "turkey"),
                       mention(text, "السعودية", "saudi_arabia")])
    assert not any(r["cue"] == "وتتهمها" for r in rows)


def test_verb_describing_a_noun_before_it_takes_no_antecedent():
    text = "وقاتلت القوات العراقية مع فصائل شيعية تساندها طهران في الأنبار."
    rows = read(text, [mention(text, "القوات العراقية", "iraq", "ORG"), mention(text, "طهران", "iran"),
                       mention(text, "الأنبار", "anbar")])
    assert not any(r["cue"] == "تساندها" for r in rows)


@pytest.mark.parametrize("text, names, expected", [
    ("اجتاح الجيش الإسرائيلي لبنان عام 1982.", [("الجيش الإسرائيلي", "israel", "ORG"), ("لبنان", "lebanon", "GPE")],
     ("israel", "lebanon", -1.0)),
    ("وتصدت المقاومة الشعبية لهجوم الحوثيين.", [("المقاومة الشعبية", "yemeni_popular_resistance", "ORG"),
                                                ("الحوثيين", "houthis", "ORG")],
     ("yemeni_popular_resistance", "houthis", -1.0)),
    ("وصراع تركيا مع حزب العمال الكردستاني مستمر.", [("تركيا", "turkey", "GPE"), ("حزب العمال الكردستاني", "kurdistan_workers_party", "ORG")],
     ("turkey", "kurdistan_workers_party", -1.0)),
])
def test_new_cue_families(text, names, expected):
    rows = read(text, [mention(text, s, a, t) for s, a, t in names])
    assert expected in relations(rows)


@pytest.mark.parametrize("blessing", ["أيده الله", "أيّده اللهُ", "أيده الله تعالى"])
def test_blessing_after_a_name_is_no_cue(blessing):
    text = f"وأشاد وزير الخارجية المصري سامح شكري بخادم الحرمين الشريفين الملك سلمان - {blessing} - ودعم المملكة لمصر."
    view = TokenView(Document("a", text))
    cues = [text[h.start:h.end] for h in find_cues(view, load_lexicon())]
    assert cues[0] == "أشاد" and blessing.split()[0] not in cues
    rows = read(text, [mention(text, "سامح شكري", "sameh_shoukry", "PER"), mention(text, "سلمان", "king_salman", "PER"),
                       mention(text, "المملكة", "saudi_arabia"), mention(text, "مصر", "egypt")])
    assert [r["cue"] for r in rows if r["target_actor"] == "king_salman"] == ["أشاد"]


def test_a_leader_supporting_someone_is_still_a_cue():
    text = "وأيده الرئيس الأمريكي باراك أوباما في قراره."
    view = TokenView(Document("a", text))
    assert [text[h.start:h.end] for h in find_cues(view, load_lexicon())] == ["أيده"]


def test_battle_noun_needs_its_opponent_and_reads_the_clause_subject():
    text = "سيطر الجيش الوطني على البلدة بعد معارك عنيفة مع المليشيات الحوثية."
    mentions = [mention(text, "الجيش الوطني", "yemeni_national_army", "ORG"),
                mention(text, "المليشيات الحوثية", "houthis", "ORG")]
    assert ("yemeni_national_army", "houthis", -1) in relations(read(text, mentions))
    assert "معارك" not in cue_surfaces("احتفل الشاب محمد بن حامد المعارك بزواجه")
    assert "معارك" not in cue_surfaces("تبقى تونس الأكثر عرضة لمزيد من المعارك السياسية الهامشية")


def test_other_party_after_a_mutual_noun_holds_in_a_prior_event_clause():
    # a clash, not a battle, after بعد: the clause's subject is the first party
    text = "وصلت القوات التركية إلى البلدة بعد اشتباكات مسلحة مع حزب العمال الكردستاني."
    mentions = [mention(text, "القوات التركية", "turkey"),
                mention(text, "حزب العمال الكردستاني", "kurdistan_workers_party", "ORG")]
    assert ("turkey", "kurdistan_workers_party", -1) in relations(read(text, mentions))
    # without the other party's preposition the prior event keeps its own agent
    text = "وعلقت موسكو العمل بالمذكرة، بعد اشتباكات عنيفة في سوريا"
    assert not read(text, [mention(text, "موسكو", "russia"), mention(text, "سوريا", "syria")])


def test_force_noun_before_partitive_min_is_the_subject():
    # عناصر من ..., not the dev set's قوات من ...: the من is partitive, the actor acts
    text = "وهاجمت عناصر من تنظيم داعش مقرا لقوات البيشمركة الكردية."
    mentions = [mention(text, "تنظيم داعش", "islamic_state", "ORG"),
                mention(text, "قوات البيشمركة", "peshmerga", "ORG")]
    assert ("islamic_state", "peshmerga", -1) in relations(precise(read(text, mentions)))
    # a plain من after a noun that is no force stays a preposition: no subject
    text = "وطلب وفد من روسيا لقاء مع إيران."
    assert ("russia", "iran", 0) not in relations(
        precise(read(text, [mention(text, "روسيا", "russia"), mention(text, "إيران", "iran")])))


def test_two_sides_of_a_clash_named_apart_with_min_jiha():
    # one actor a side, no second بين: neither side is a coordinated group
    text = "وقال المراقبون إن المعارك بين السعودية من جهة وإيران من جهة أخرى لم تتوقف."
    mentions = [mention(text, "السعودية", "saudi_arabia"), mention(text, "إيران", "iran")]
    assert relations(read(text, mentions)) == {("saudi_arabia", "iran", -1)}
    # two actors a side: each of one side against each of the other, never the allies between them
    text = "ودارت اشتباكات بين الجيش والمقاومة من جهة، وبين الحوثيين وقوات صالح من جهة ثانية."
    mentions = [mention(text, "الجيش", "yemeni_national_army", "ORG"),
                mention(text, "المقاومة", "yemeni_popular_resistance", "ORG"),
                mention(text, "الحوثيين", "houthis", "ORG"), mention(text, "صالح", "ali_abdullah_saleh", "PER")]
    found = relations(read(text, mentions))
    assert {("yemeni_national_army", "houthis", -1), ("yemeni_popular_resistance", "ali_abdullah_saleh", -1)} <= found
    assert ("yemeni_national_army", "yemeni_popular_resistance", -1) not in found
    assert ("houthis", "ali_abdullah_saleh", -1) not in found


def test_relative_clause_after_a_battle_noun_names_its_parties():
    # a clash (not a battle) that broke out (اندلعت, not دارت) between two parties
    text = "وقتل العشرات في الاشتباكات التي اندلعت بين حركة الشباب والقوات الصومالية أمس."
    mentions = [mention(text, "حركة الشباب", "al_shabaab", "ORG"),
                mention(text, "القوات الصومالية", "somalia", via="nationality")]
    assert ("al_shabaab", "somalia", -1) in relations(read(text, mentions))


def test_fighting_alongside_is_support_not_conflict():
    # the present tense and a head noun (قوات) starting the ally's name
    text = "وأكد المسؤول أن حزب الله يقاتل إلى جانب قوات النظام السوري في القلمون."
    mentions = [mention(text, "حزب الله", "hezbollah", "ORG"),
                mention(text, "النظام السوري", "syrian_government", "ORG")]
    assert relations(read(text, mentions)) == {("hezbollah", "syrian_government", 1)}
    # a person fighting alongside an organisation: the organisation is no title of the person
    text = "وأوضح البيان أن الفضلي قاتل إلى جانب حركة طالبان في باكستان."
    mentions = [mention(text, "الفضلي", "muhsin_al_fadhli", "PER"), mention(text, "حركة طالبان", "taliban", "ORG")]
    assert relations(read(text, mentions)) == {("muhsin_al_fadhli", "taliban", 1)}
    # fighting against stays a conflict
    text = "وقال إن حزب الله يقاتل ضد إسرائيل."
    assert ("hezbollah", "israel", -1) in relations(
        read(text, [mention(text, "حزب الله", "hezbollah", "ORG"), mention(text, "إسرائيل", "israel")]))


def test_a_participle_takes_the_noun_it_describes_as_agent():
    # past an adjective, the described actor is the agent (and read precisely)
    text = "وقالت الحكومة إن حركة الشباب الصومالية الموالية لتنظيم القاعدة هاجمت قاعدة عسكرية."
    rows = read(text, [mention(text, "حركة الشباب", "al_shabaab", "ORG"),
                       mention(text, "تنظيم القاعدة", "al_qaeda", "ORG")])
    assert ("al_shabaab", "al_qaeda", 1.0) in relations(precise(rows))
    # a described noun that is no actor, indefinite or joined by و, lends its stance to nobody else
    for text in ["وأرسلت إيران ميليشيات مسلحة موالية لنظام الأسد إلى سوريا.",
                 "وقصفت إيران مواقع الأكراد والمسلحين الموالين لنظام الأسد في سوريا."]:
        names = [mention(text, "إيران", "iran"), mention(text, "نظام الأسد", "bashar_al_assad", "PER")]
        if "الأكراد" in text:
            names.append(mention(text, "الأكراد", "kurds", "ORG"))
        assert not {(s, t) for s, t, _ in relations(read(text, names))} & {
            ("iran", "bashar_al_assad"), ("kurds", "bashar_al_assad")}, text


def test_a_relative_clause_acts_through_its_antecedent_never_the_outer_subject():
    text = "وقالت واشنطن إن «قوات سوريا الديمقراطية» الكردية، التي تقاتل تنظيم داعش، تتقدم نحو الرقة."
    rows = read(text, [mention(text, "واشنطن", "united_states"),
                       mention(text, "قوات سوريا الديمقراطية", "syrian_democratic_forces", "ORG"),
                       mention(text, "تنظيم داعش", "islamic_state", "ORG")])
    assert ("syrian_democratic_forces", "islamic_state", -1.0) in relations(precise(rows))
    assert ("united_states", "islamic_state", -1.0) not in relations(rows)
    # the antecedent is no actor: no positional guess from the outer subject
    text = "وأعلنت روسيا أن الطائرات التي قصفت مواقع تنظيم داعش انطلقت من قاعدة حميميم."
    rows = read(text, [mention(text, "روسيا", "russia"), mention(text, "تنظيم داعش", "islamic_state", "ORG")])
    assert ("russia", "islamic_state", -1.0) not in relations(rows)


@pytest.mark.parametrize("text", ["واتهمت روسيا الولايات المتحدة بدعم المعارضة السورية المسلحة.",
                                  "وتتهم روسيا الولايات المتحدة بأنها تدعم المعارضة السورية المسلحة."])
def test_an_accused_act_is_the_accusers_claim_not_a_stance_of_the_accused(text):
    rows = read(text, [mention(text, "روسيا", "russia"), mention(text, "الولايات المتحدة", "united_states"),
                       mention(text, "المعارضة السورية", "syrian_opposition", "ORG")])
    assert ("russia", "united_states", -1.0) in relations(rows)
    assert ("united_states", "syrian_opposition", 1.0) not in relations(rows)


def test_an_actor_inside_the_charge_is_not_the_accused():
    # the accused is a pronoun (the abducted fighters), no actor: America, named in the charge, is not it
    text = "وتبنت جبهة النصرة خطف العناصر، متهمة اياهم بأنهم «وكلاء لتمرير مشاريع ومصالح أميركا في المنطقة»."
    rows = read(text, [mention(text, "جبهة النصرة", "al_nusra_front", "ORG"), mention(text, "أميركا", "united_states")])
    assert ("al_nusra_front", "united_states", -1.0) not in relations(rows)


def test_charge_guards():
    """The accused named before the charge keeps its row; a verb opening with ب (بثت) is no charge."""
    text = "واتهم بوروشنكو في مقابلة بثت أمس الرئيس الروسي فلاديمير بوتين بأنه يريد كل أوروبا."
    rows = read(text, [mention(text, "بوروشنكو", "petro_poroshenko", "PER"),
                       mention(text, "فلاديمير بوتين", "vladimir_putin", "PER")])
    assert ("petro_poroshenko", "vladimir_putin", -1.0) in relations(rows)
    text = "واتهمت روسيا الولايات المتحدة بأنها تدعم المعارضة السورية المسلحة."
    rows = read(text, [mention(text, "روسيا", "russia"), mention(text, "الولايات المتحدة", "united_states"),
                       mention(text, "المعارضة السورية", "syrian_opposition", "ORG")])
    assert ("russia", "united_states", -1.0) in relations(rows)


@pytest.mark.parametrize("text", ["كما قتل ضابط تركي في هجوم لداعش على الحدود مع سورية.",
                                  "واجتمعت حكومة أنقرة لتعزيز أمنها على الحدود مع سوريا."])
def test_a_state_after_a_border_says_where(text):
    found = [mention(text, "داعش", "islamic_state", "ORG")] if "داعش" in text else [mention(text, "أنقرة", "turkey")]
    state = "سورية" if "سورية" in text else "سوريا"
    rows = read(text, found + [mention(text, state, "syria")])
    assert not [r for r in relations(rows) if r[1] == "syria"]


def test_border_guards():
    """A border agreement's party after مع, with no preposition before the border, stays a target."""
    text = "ووقعت السعودية اتفاق ترسيم الحدود مع مصر."
    rows = read(text, [mention(text, "السعودية", "saudi_arabia"), mention(text, "مصر", "egypt")])
    assert ("saudi_arabia", "egypt", 1.0) in relations(rows)


def test_names_in_marks_joined_by_wa_are_a_list():
    text = 'القوات التركية تقصف أهدافاً لـ"داعش" و"بي كا كا" في سوريا والعراق'
    rows = read(text, [mention(text, "القوات التركية", "turkey"), mention(text, "داعش", "islamic_state", "ORG"),
                       mention(text, "بي كا كا", "kurdistan_workers_party", "ORG")])
    assert {("turkey", "islamic_state", -1.0), ("turkey", "kurdistan_workers_party", -1.0)} <= set(relations(rows))


def test_marks_list_guards():
    """A mark with no و between a title and the name in marks joins no list: the name keeps the title."""
    text = 'ونقل الوزير "شكري" تحيات الرئيس المصري "عبدالفتاح السيسي" وتقديره لمواقف المملكة تجاه مصر.'
    rows = read(text, [mention(text, "شكري", "sameh_shoukry", "PER"), mention(text, "المصري", "egypt"),
                       mention(text, "عبدالفتاح السيسي", "abdel_fattah_el_sisi", "PER"),
                       mention(text, "المملكة", "saudi_arabia")])
    assert ("sameh_shoukry", "saudi_arabia", 1.0) not in relations(rows)


# --- cue families: expelling forces, opening fire, tours, demands -------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("ودحرت القوات العراقية تنظيم داعش من مدينة تكريت.", ("القوات العراقية", "iraq"), ("تنظيم داعش", "islamic_state")),
    ("وأخرجت قوات البشمركة مقاتلي تنظيم داعش من سنجار.", ("البشمركة", "peshmerga"), ("تنظيم داعش", "islamic_state")),
    ("وطرد الجيش اليمني ميليشيات الحوثي من مواقعها في تعز.", ("الجيش اليمني", "yemen"), ("ميليشيات الحوثي", "houthis")),
])
def test_expelling_forces_from_a_place_opposes_them(text, source, target):
    rows = read(text, [mention(text, source[0], source[1], "ORG"), mention(text, target[0], target[1], "ORG")])
    assert (source[1], target[1], -1.0) in relations(precise(rows))


def test_expelling_needs_an_envoy_or_a_place_left():
    assert cue_surfaces("وطردت السعودية السفير الإيراني") == ["طردت"]
    assert cue_surfaces("وطرد الحكم اللاعب بالبطاقة الحمراء") == []


@pytest.mark.parametrize("text", ["وفتح مسلحون من حزب العمال الكردستاني النار على قوات الأمن التركية.",
                                  "ويطلق حزب العمال الكردستاني قذائف على قوات الأمن التركية."])
def test_opening_fire_on_forces_attacks_them(text):
    rows = read(text, [mention(text, "حزب العمال الكردستاني", "kurdistan_workers_party", "ORG"),
                       mention(text, "التركية", "turkey")])
    assert ("kurdistan_workers_party", "turkey", -1.0) in relations(precise(rows))


def test_fire_words_without_a_shot_are_no_cue():
    assert cue_surfaces("وأطلقت الحكومة سراح المعتقلين وفتحت المعابر") == []
    assert cue_surfaces("وقف إطلاق النار في اليمن") == []


def test_a_tour_visits_every_country_it_takes_in():
    text = "وبدأ الرئيس المصري عبدالفتاح السيسي جولة خليجية تشمل الإمارات والكويت."
    rows = read(text, [mention(text, "المصري", "egypt"), mention(text, "عبدالفتاح السيسي", "abdel_fattah_el_sisi", "PER"),
                       mention(text, "الإمارات", "united_arab_emirates"), mention(text, "الكويت", "kuwait")])
    assert {("abdel_fattah_el_sisi", "united_arab_emirates", 0.0),
            ("abdel_fattah_el_sisi", "kuwait", 0.0)} <= relations(precise(rows))
    assert cue_surfaces("وانطلقت الجولة الثانية في جنيف") == []  # a round of talks is no tour


def test_a_demand_opening_its_sentence_is_read_but_a_student_is_not():
    text = "وطالب الأزهر إيران بتوضيح ما حدث لمسجد السنة."
    rows = read(text, [mention(text, "الأزهر", "al_azhar", "ORG"), mention(text, "إيران", "iran")])
    assert ("al_azhar", "iran", -1.0) in relations(rows)
    assert cue_surfaces("قال طالب جامعي إن الامتحان صعب") == []


@pytest.mark.parametrize("text", ["واسترد الجيش اليمني مدينة عدن من ميليشيات الحوثي.",
                                  "وتمكن الجيش اليمني من تحرير عدن ولحج من قبضة ميليشيات الحوثي."])
def test_taking_back_opposes_the_actor_after_min_never_the_place(text):
    rows = read(text, [mention(text, "الجيش اليمني", "yemen_army", "ORG"), mention(text, "عدن", "aden"),
                       mention(text, "ميليشيات الحوثي", "houthis", "ORG")])
    assert ("yemen_army", "houthis", -1.0) in relations(precise(rows))
    assert not {(s, t) for s, t, _ in relations(rows)} & {("yemen_army", "aden"), ("houthis", "aden")}


def test_a_place_taken_back_by_pronoun_or_in_a_prior_event_lends_no_agent():
    text = "وقالت الحكومة اليمنية إن عدن آمنة وإن تحريرها من ميليشيات الحوثي تم بدعم التحالف."
    rows = read(text, [mention(text, "الحكومة اليمنية", "yemeni_government", "ORG"), mention(text, "عدن", "aden"),
                       mention(text, "ميليشيات الحوثي", "houthis", "ORG")])
    assert ("houthis", "aden", -1.0) not in relations(rows)
    text = "وقال مدير الصحة خالد علي إن الشحنة الأولى وصلت بعد تحرير المدينة من ميليشيات الحوثي."
    rows = read(text, [mention(text, "خالد علي", "khalid_ali", "PER"), mention(text, "ميليشيات الحوثي", "houthis", "ORG")])
    assert ("khalid_ali", "houthis", -1.0) not in relations(rows)



# --- round eighteen: the agent of a verbal noun named in its relative clause ------------------------

@pytest.mark.parametrize(("text", "surfaces", "expected"), [
    # an adjective before the relative pronoun, the object behind على
    ("وندد البيان بالعدوان الغاشم الذي تقوده السعودية على اليمن.", ("السعودية", "اليمن"), ("saudi_arabia", "yemen", -1.0)),
    # the ل of the object
    ("وتحدث عن الدعم الذي تقدمه إيران لحوثيين منذ سنوات.", ("إيران", "حوثيين"), ("iran", "houthis", 1.0)),
    # a mutual noun: the other party behind مع
    ("وأشاد بالمحادثات التي أجرتها روسيا مع تركيا.", ("روسيا", "تركيا"), ("russia", "turkey", 0.0)),
])
def test_the_subject_of_a_relative_clause_taking_back_a_verbal_noun_is_its_agent(text, surfaces, expected):
    source, target = surfaces
    rows = read(text, [mention(text, source, expected[0]), mention(text, target, expected[1])])
    assert relations(precise(rows)) == {expected}


def test_a_relative_clause_giving_no_agent_lends_none():
    # the subject receives what the noun names: the giver stands after من
    text = "وتحدث عن الدعم الذي يتلقاه حوثيون من إيران منذ سنوات."
    rows = read(text, [mention(text, "حوثيون", "houthis", "ORG"), mention(text, "إيران", "iran")])
    assert ("houthis", "iran", 1.0) not in relations(rows)
    # those who attended a meeting are no parties to each other
    text = "وعقد اللقاء الذي حضره الملك سلمان والرئيس الأمريكي في جدة."
    rows = read(text, [mention(text, "الملك سلمان", "salman_bin_abdulaziz", "PER"),
                       mention(text, "الرئيس الأمريكي", "united_states", "PER")])
    assert relations(precise(rows)) == set()


@pytest.mark.parametrize(("text", "loyal"), [
    # a singular participle describes the nearest conjunct only
    ("وقال إن الاشتباكات بين الجيش وحركة الشباب الموالية لتنظيم القاعدة مستمرة.", {"al_shabaab"}),
    ("وقال إن الجيش وحركة الشباب الموالية لتنظيم القاعدة يتقاتلان.", {"al_shabaab"}),
    # a plural one describes them all
    ("وقال إن الجيش وحركة الشباب الموالين لتنظيم القاعدة يتقاتلان.", {"somali_army", "al_shabaab"}),
])
def test_a_participle_after_coordinated_nouns_describes_the_nearest_unless_plural(text, loyal):
    rows = read(text, [mention(text, "الجيش", "somali_army", "ORG"), mention(text, "حركة الشباب", "al_shabaab", "ORG"),
                       mention(text, "تنظيم القاعدة", "al_qaeda", "ORG")])
    assert {s for s, t, _ in relations(rows) if t == "al_qaeda"} == loyal


def test_a_relative_clause_after_a_noun_that_is_no_actor_never_takes_an_actor_further_back():
    # the agreement, not Congress, is what the United States concluded; Iran is the other party
    text = "ويراجع الكونجرس حاليا الاتفاق الذي أبرمته الولايات المتحدة مع إيران."
    rows = read(text, [mention(text, "الكونجرس", "us_congress", "ORG"),
                       mention(text, "الولايات المتحدة", "united_states"), mention(text, "إيران", "iran")])
    assert {(s, t) for s, t, _ in relations(rows) if s == "united_states"} == {("united_states", "iran")}


# --- round twenty: a verbal noun's agent in a clause with no relative pronoun, or taking it back by ب --

@pytest.mark.parametrize(("text", "named", "expected"), [
    # an indefinite noun's clause needs no relative pronoun; a title stands between مع and the party
    ("وجرى ذلك خلال محادثات أجراها الرئيس الروسي فلاديمير بوتين مع نظيره التركي رجب طيب أردوغان.",
     [("روسي", "russia", "GPE", "nationality"), ("فلاديمير بوتين", "vladimir_putin", "PER", "name"),
      ("تركي", "turkey", "GPE", "nationality"), ("رجب طيب أردوغان", "recep_tayyip_erdogan", "PER", "name")],
     ("vladimir_putin", "recep_tayyip_erdogan", 0.0)),
    # the verb takes the noun back by ب, after an indefinite noun
    ("وجاءت التصريحات في ختام زيارة قام بها وزير الخارجية الأمريكي جون كيري إلى الدوحة.",
     [("أمريكي", "united_states", "GPE", "nationality"), ("جون كيري", "john_kerry", "PER", "name"),
      ("الدوحة", "doha", "GPE", "name")],
     ("john_kerry", "doha", 0.0)),
    # and after a relative pronoun, with a hostile noun
    ("وأدان البيان الغارات التي قامت بها إسرائيل على غزة.",
     [("إسرائيل", "israel", "GPE", "name"), ("غزة", "gaza", "GPE", "name")],
     ("israel", "gaza", -1.0)),
])
def test_a_verbal_noun_taken_back_without_relative_pronoun_or_by_bi_names_its_agent(text, named, expected):
    rows = read(text, [mention(text, surface, actor, type_, via) for surface, actor, type_, via in named])
    assert expected in relations(precise(rows))


def test_a_feminine_adjective_after_a_verbal_noun_is_no_verb_taking_it_back():
    # رسمية ends in ة, folded like the pronoun ه: no clause, so the minister is no agent of the visit
    text = "وأجرى خلال زيارة رسمية، وزير الخارجية عادل الجبير محادثات مع نظيره الفرنسي لوران فابيوس."
    rows = read(text, [mention(text, "عادل الجبير", "adel_al_jubeir", "PER"),
                       mention(text, "فرنسي", "france", via="nationality"),
                       mention(text, "لوران فابيوس", "laurent_fabius", "PER")])
    assert not [r for r in rows if r["cue"] == "زيارة" and r["source_actor"] == "adel_al_jubeir"]


# --- round twenty-one: an object after an adverbial phrase; the post of an envoy's title -----------

@pytest.mark.parametrize(("text", "named", "expected"), [
    # أثناء with a definite noun and its adjective, then time words, before the object's title chain
    ("وحث وزير الخارجية الأمريكي جون كيري أثناء الاتصال الهاتفي مساء أمس الرئيس التركي رجب طيب أردوغان على التعاون.",
     [("أمريكي", "united_states", "GPE", "nationality"), ("جون كيري", "john_kerry", "PER", "name"),
      ("تركي", "turkey", "GPE", "nationality"), ("رجب طيب أردوغان", "recep_tayyip_erdogan", "PER", "name")],
     ("john_kerry", "recep_tayyip_erdogan", 0.0)),
    # a subject carried from the clause before, a noun with a pronoun, a place after في, brackets
    ("ندد الرئيس عبدربه منصور هادي بالقصف، ودعا خلال لقائه (الأحد) في الرياض ولد الشيخ إلى زيارة عدن.",
     [("عبدربه منصور هادي", "abd_rabbuh_mansur_hadi", "PER", "name"), ("الرياض", "riyadh", "GPE", "name"),
      ("ولد الشيخ", "ismail_ould_cheikh_ahmed", "PER", "name"), ("عدن", "aden", "GPE", "name")],
     ("abd_rabbuh_mansur_hadi", "ismail_ould_cheikh_ahmed", 0.0)),
])
def test_a_verbs_object_after_an_adverbial_phrase_is_read(text, named, expected):
    rows = read(text, [mention(text, surface, actor, type_, via) for surface, actor, type_, via in named])
    assert expected in relations(precise(rows))


@pytest.mark.parametrize("text", [
    # the actor after an indefinite noun is its genitive (the visit's guest), never the call's object
    "ودعا الرئيس الفرنسي خلال زيارة وزير الخارجية الإيراني إلى باريس الحكومة إلى الحوار.",
    # an actor behind a preposition in the phrase is no object either
    "ودعا الرئيس الفرنسي خلال لقائه مع وزير الخارجية الإيراني إلى الحوار.",
])
def test_an_actor_inside_the_adverbial_phrase_is_no_object(text):
    rows = read(text, [mention(text, "فرنسي", "france", via="nationality"),
                       mention(text, "إيراني", "iran", via="nationality")])
    assert not [r for r in precise(rows) if r["cue"] == "دعا"]


@pytest.mark.parametrize(("text", "body", "person"), [
    ("التقى وزير الخارجية المصري سامح شكري أمس مبعوث الأمم المتحدة إلى سوريا ستيفان دي ميستورا.",
     ("الأمم المتحدة", "united_nations", "ORG"), ("ستيفان دي ميستورا", "staffan_de_mistura")),
    ("التقى وزير الخارجية المصري سامح شكري أمس السفير الأمريكي لدى القاهرة، ستيفن بيكروفت.",
     ("أمريكي", "united_states", "GPE"), ("ستيفن بيكروفت", "stephen_beecroft")),
])
def test_the_named_holder_of_a_post_is_the_party_not_his_body(text, body, person):
    surface, body_id, kind = body
    place = "سوريا" if "سوريا" in text else "القاهرة"
    rows = read(text, [mention(text, "مصري", "egypt", via="nationality"), mention(text, "سامح شكري", "sameh_shoukry", "PER"),
                       mention(text, surface, body_id, kind, "nationality" if kind == "GPE" else "name"),
                       mention(text, place, "syria" if place == "سوريا" else "cairo"),
                       mention(text, person[0], person[1], "PER")])
    targets = {t for s, t, _ in relations(precise(rows)) if s == "sameh_shoukry"}
    assert targets == {person[1]}


_CARRIED = "ورفضت مصر التدخل الإيراني في اليمن. "


def _carried_mentions(text: str) -> list[dict]:
    return [mention(text, "مصر", "egypt"), mention(text, "الإيراني", "iran", via="nationality"),
            mention(text, "اليمن", "yemen"), mention(text, "الإسرائيلية", "israel", via="nationality")]


@pytest.mark.parametrize("second", [
    # a time word and a preposition after the verb: it names no subject of its own
    "وانتقدت أمس في بيان التصريحات الإسرائيلية الأخيرة.",
    # a definite title standing alone takes the subject named before up again
    "وانتقدت الخارجية، في بيان، التصريحات الإسرائيلية الأخيرة.",
    # a possessive in a sentence whose verb names no subject
    "وأعربت عن رفضها التام للتصريحات الإسرائيلية الأخيرة.",
])
def test_a_verb_that_leaves_its_subject_out_carries_the_one_before(second):
    text = _CARRIED + second
    rows = read(text, _carried_mentions(text))
    carried = [r for r in rows if (r["source_actor"], r["target_actor"]) == ("egypt", "israel")]
    assert [r["polarity"] for r in carried] == [-1.0]
    assert 0.3 <= carried[0]["confidence"] < 0.5  # a positional guess, below the precise reading


@pytest.mark.parametrize("second", [
    # a subject of its own that is no known actor: the verb is not the sentence before's
    "وانتقد المتحدثون التصريحات الإسرائيلية الأخيرة.",
    # a title with its own adjective names someone new
    "وانتقد الرئيس الفلسطيني التصريحات الإسرائيلية الأخيرة.",
    # a possessive after a noun subject of its own
    "وعبر المشاركون عن رفضهم التام للتصريحات الإسرائيلية الأخيرة.",
])
def test_a_verb_with_a_subject_of_its_own_carries_nothing(second):
    text = _CARRIED + second
    assert ("egypt", "israel") not in {(s, t) for s, t, _ in relations(read(text, _carried_mentions(text)))}


_PRAISED = "وأشاد بالقوات الخاصة العراقية وعبر عن أسفه لسقوط قتلى منهم."


def _praise_mentions(text: str) -> list[dict]:
    return [mention(text, name, actor, "PER") for name, actor in [("كارتر", "ashton_carter"), ("العبادي", "haider_al_abadi")]
            if name in text] + [mention(text, "العراقية", "iraq", via="nationality")]


def test_a_verb_that_leaves_its_subject_out_carries_the_subject_opening_the_sentence_before():
    # the sentence before gives no row: its verb's subject, named right after it, acts on
    text = "وزير الدفاع الأمريكي في العراق. وقام كارتر بزيارة لقوات جهاز مكافحة الإرهاب. " + _PRAISED
    rows = [r for r in read(text, _praise_mentions(text)) if (r["source_actor"], r["target_actor"]) == ("ashton_carter", "iraq")]
    assert [r["polarity"] for r in rows] == [1.0]
    assert 0.3 <= rows[0]["confidence"] < 0.5  # a positional guess, below the precise reading


@pytest.mark.parametrize("before", [
    # the actor stands in a clause after the verb, not as its subject
    "وزير الدفاع الأمريكي في العراق. وأضاف المتحدثون أن كارتر قام بزيارة لقوات جهاز مكافحة الإرهاب. ",
    # two actors that can act: the subject carried on is unknown
    "وزير الدفاع الأمريكي في العراق. وقام كارتر والعبادي بجولة في قاعدة عسكرية أمس. ",
    # the sentence before is the headline
    "وصل كارتر إلى بغداد\n\n",
])
def test_no_subject_opening_the_sentence_before_carries_nothing(before):
    text = before + _PRAISED
    assert ("ashton_carter", "iraq") not in {(s, t) for s, t, _ in relations(read(text, _praise_mentions(text)))}


_FIGHTERS = "معارك في ريف دمشق. سيطر مقاتلو المعارضة السورية على نقاط عدة في الزبداني. "


def _fighters_mentions(text: str) -> list[dict]:
    return [mention(text, name, actor, "ORG") for name, actor in [
        ("المعارضة السورية", "syrian_opposition"), ("قوات النظام", "syrian_government"), ("حزب الله", "hezbollah")]
        if name in text] + [mention(text, "الزبداني", "zabadani", "LOC")]


@pytest.mark.parametrize("second", [
    # a plural verb carries its own subject: the actor after it is its object
    "وكبدوا قوات النظام خسائر فادحة.",
    "ورفضوا قوات النظام في البلدة.",
])
def test_a_plural_verb_opening_its_sentence_carries_the_subject_before(second):
    # the subject opening the body sentence before is a plural in construct (مقاتلو) with the actor behind it
    text = _FIGHTERS + second
    rows = [r for r in read(text, _fighters_mentions(text)) if r["source_actor"] == "syrian_opposition"]
    assert [(r["target_actor"], r["polarity"]) for r in rows] == [("syrian_government", -1.0)]
    assert 0.3 <= rows[0]["confidence"] < 0.5  # a positional guess, below the precise reading


@pytest.mark.parametrize(("first", "second", "pair"), [
    # a singular verb before a noun: the noun is its subject (VSO), nothing is carried
    (_FIGHTERS, "وهاجمت قوات النظام مواقع حزب الله.", ("syrian_government", "hezbollah")),
    # a head noun with the article before the actor is no construct: the subject before is unknown
    ("معارك في ريف دمشق. سيطر المقاتلون مع المعارضة السورية على نقاط عدة في الزبداني. ", "وكبدوا قوات النظام خسائر فادحة.", None),
    # a short word ending in و (أبو) is a name's, not a plural's
    ("معارك في ريف دمشق. سيطر أبو المعارضة السورية على نقاط عدة في الزبداني. ", "وكبدوا قوات النظام خسائر فادحة.", None),
])
def test_a_singular_verb_or_another_head_carries_no_subject(first, second, pair):
    text = first + second
    found = {(s, t) for s, t, _ in relations(read(text, _fighters_mentions(text)))}
    assert ("syrian_opposition", "syrian_government") not in found
    assert pair is None or pair in found


@pytest.mark.parametrize(("second", "carries"), [
    # the participle follows the words of a speaker whose verb names no subject
    ("وأكد في مؤتمر صحفي أن الأزمة لن تحل بالقوة، مطالبا روسيا بوقف الغارات.", True),
    # the verb opening the sentence has a subject of its own: the participle is theirs
    ("وأكد المسؤولون أن الأزمة لن تحل بالقوة، مطالبين روسيا بوقف الغارات.", False),
])
def test_a_circumstantial_participle_takes_the_speaker_of_its_sentence(second, carries):
    text = "وقال وزير الخارجية الفرنسي لوران فابيوس إن «فرنسا ترفض التصعيد». " + second
    mentions = [mention(text, "لوران فابيوس", "laurent_fabius", "PER"), mention(text, "فرنسا", "france"),
                mention(text, "روسيا", "russia")]
    quotes = [{"start": text.index("فرنسا ترفض"), "end": text.index("»"), "speaker_actor": "laurent_fabius"},
              {"start": text.index("الأزمة"), "end": text.index("، مطالب"), "speaker_actor": "laurent_fabius"}]
    found = ("laurent_fabius", "russia", -1.0) in relations(read(text, mentions, quotes))
    assert found == carries


@pytest.mark.parametrize("text, source, target", [
    ("وقالت الوزارة إن إيران تعادي البحرين منذ سنوات.", ("إيران", "iran"), ("البحرين", "bahrain")),
    ("وتتبنى إيران سياسة عدائية تجاه البحرين.", ("إيران", "iran"), ("البحرين", "bahrain")),
    ("وقال الوزير إن قطر لا تقبل السياسة المعادية لمصر.", ("قطر", "qatar"), ("مصر", "egypt")),
])
def test_hostility_family_opposes_its_object(text, source, target):
    rows = read(text, [mention(text, *source), mention(text, *target)])
    assert (source[1], target[1], -1.0) in relations(rows)
    assert all(r["cameo"] == "12" for r in rows if r["cue_lemma"] == "عادى")


def test_hostility_family_leaves_its_homographs():
    # عادى folds to عادي (ordinary): its perfect stays out of the lexicon.
    assert cue_surfaces("وقال إن الوضع عادي في المدينة") == []
    assert cue_surfaces("وتعكس التصريحات الموقف العدائي لإيران تجاه المملكة") == ["العدائي"]


@pytest.mark.parametrize("text, target", [
    # a headline names the deputy crown prince by his post alone: an official without his name is his state
    ("ولي ولي العهد يصل إلى الأردن في زيارة رسمية", ("الأردن", "jordan")),
    ("وأكد الرئيس أهمية زيارة سمو ولي ولي العهد لمصر", ("مصر", "egypt")),
    ("ولي العهد يستقبل وزير الخارجية المصري في جدة", ("المصري", "egypt")),
])
def test_a_royal_post_without_a_name_is_its_state(text, target):
    via = "nationality" if target[0] == "المصري" else "name"
    rows = read(text, [mention(text, *target, via=via)])
    assert ("saudi_arabia", target[1], 0.0) in relations(rows)


@pytest.mark.parametrize("text", [
    # the holder is named beside his post: his own mention stands for him, once
    "استقبل الأمير محمد بن نايف بن عبدالعزيز ولي العهد وزير الخارجية المصري",
    # another state's crown prince
    "واستقبل ولي العهد الأردني وزير الخارجية المصري",
    # a deputy to the crown prince is no mention of the crown prince
    "وقدم وزير الخارجية المصري له التهنئة على اختياره وليا لولي العهد",
])
def test_a_royal_post_beside_its_holder_or_of_another_state_adds_no_actor(text):
    mentions = [mention(text, "المصري", "egypt", via="nationality")]
    if "محمد بن نايف" in text:
        mentions.append(mention(text, "محمد بن نايف", "mohammed_bin_nayef", "PER"))
    rows = read(text, mentions)
    assert not any("saudi_arabia" in (r["source_actor"], r["target_actor"]) for r in rows)
    assert sum(r["source_actor"] == "mohammed_bin_nayef" for r in rows) <= 1


@pytest.mark.parametrize("text, target", [
    # the Saudi adjective after the post says it is the same state's: the post is still Saudi Arabia
    ("ولي ولي العهد السعودي يبحث مع رئيس الشيشان المواضيع ذات الاهتمام المشترك", ("الشيشان", "chechnya")),
    ("ويلتقي ولي ولي العهد السعودي خلال الزيارة الرئيس المصري عبد الفتاح السيسي", ("عبد الفتاح السيسي", "abdel_fattah_el_sisi")),
    ("ولي العهد السعودي يزور مصر في زيارة عمل رسمية", ("مصر", "egypt")),
])
def test_a_royal_post_with_the_saudi_adjective_is_saudi_arabia(text, target):
    kind = "PER" if target[1] == "abdel_fattah_el_sisi" else "GPE"
    rows = read(text, [mention(text, *target, kind)])
    assert ("saudi_arabia", target[1], 0.0) in relations(rows)


def test_a_royal_post_with_the_saudi_adjective_spans_it_and_keeps_a_named_holder():
    text = "ولي ولي العهد السعودي الأمير محمد بن سلمان يلتقي الرئيس الفرنسي"
    holder = mention(text, "الأمير محمد بن سلمان", "mohammed_bin_salman", "PER")
    assert with_post_holders(text, [holder]) == [holder]  # the holder is named: no second actor
    post = with_post_holders("ولي ولي العهد السعودي يبحث مع رئيس الشيشان", [])
    assert [(m["start"], m["end"]) for m in post] == [(0, len("ولي ولي العهد السعودي"))]


def test_a_royal_post_closes_no_title_chain_before_it():
    # الرئيس المصري ... سمو ولي ولي العهد: the post is a title, not the name closing the president's chain
    text = "وأكد الرئيس المصري أهمية زيارة سمو ولي ولي العهد لمصر"
    mentions = [mention(text, "المصري", "egypt", via="nationality"), mention(text, "مصر", "egypt", nth=1)]
    assert ("saudi_arabia", "egypt", 0.0) in relations(read(text, mentions))


@pytest.mark.parametrize("text", [
    "وتعتبر هذه أول زيارة لكارتر إلى بغداد منذ تسلمه مهامه في فبراير الماضي.",
    "والزيارة هي الأولى لكارتر إلى بغداد منذ تسلمه مهامه.",
])
def test_a_visit_names_its_agent_after_lam_and_the_place_after_ila(text):
    rows = read(text, [mention(text, "كارتر", "ashton_carter", "PER"), mention(text, "بغداد", "baghdad")])
    assert ("ashton_carter", "baghdad", 0.0) in relations(rows)


def test_a_visit_with_lam_and_no_ila_names_no_agent():
    # زيارة لبغداد: ل marks the place visited, whose visitor the sentence does not name
    text = "وتأتي الزيارة لبغداد بعد أيام من زيارة الوفد الأمريكي إلى أنقرة."
    rows = read(text, [mention(text, "بغداد", "baghdad"), mention(text, "أنقرة", "ankara")])
    assert ("baghdad", "ankara", 0.0) not in relations(rows)


def test_a_titled_person_keeps_the_lam_of_his_title_chain():
    # للرئيس النيجيري محمد بخاري: the ل of the chain's head marks the visit's agent
    text = "ووقعت الهجمات خلال زيارة للرئيس النيجيري محمد بخاري إلى واشنطن لأربعة أيام."
    mentions = [mention(text, "نيجيري", "nigeria", via="nationality"), mention(text, "محمد بخاري", "muhammadu_buhari", "PER"),
                mention(text, "واشنطن", "washington")]
    assert ("muhammadu_buhari", "washington", 0.0) in relations(read(text, mentions))


# --- round twenty-five: the invasion family -------------------------------------------------------

@pytest.mark.parametrize("text, invader, invaded", [
    ("القوات العراقية تغزو الكويت", ("العراقية", "iraq", "nationality"), "الكويت"),
    ("ويعقد المجلس جلسة طارئة لبحث غزو العراق للكويت", ("العراق", "iraq", "name"), "كويت"),
])
def test_an_invasion_opposes_the_state_invaded(text, invader, invaded):
    surface, actor_id, via = invader
    mentions = [mention(text, surface, actor_id, via=via), mention(text, invaded, "kuwait")]
    assert ("iraq", "kuwait", -1.0) in relations(read(text, mentions))


def test_an_invasion_leaves_gaza():
    # غزة (Gaza) shares the root's first letters: no invasion
    assert cue_surfaces("وتحدث عن أهالي غزة وعن الغزاويين") == []


def test_a_royal_post_whose_prince_follows_its_titles_is_the_prince():
    # ولي العهد ... وزير الداخلية الأمير محمد بن نايف: the holder is named in the sentence, after the
    # post's other titles; a headline's post stays the state when the prince is named in the next line
    text = ("وكان ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية الأمير محمد بن نايف، استقبل في قصره بجدة مساء "
            "أول من أمس وزير الخارجية المصري.")
    mentions = [mention(text, "محمد بن نايف", "mohammed_bin_nayef", "PER"), mention(text, "المصري", "egypt", via="nationality")]
    assert relations(read(text, mentions)) == {("mohammed_bin_nayef", "egypt", 0.0)}
    headline = "ولي العهد يستقبل وزير الخارجية المصري\nاستقبل الأمير محمد بن نايف وزير الخارجية المصري."
    mentions = [mention(headline, "المصري", "egypt", via="nationality"),
                mention(headline, "محمد بن نايف", "mohammed_bin_nayef", "PER")]
    assert ("saudi_arabia", "egypt", 0.0) in relations(read(headline, mentions))


# --- round twenty-five: a meeting during a visit ---------------------------------------------------

@pytest.mark.parametrize("text, visitor, met, states", [
    ("ووقعت الهجمات خلال زيارة للرئيس النيجيري محمد بخاري إلى واشنطن لأربعة أيام التقى خلالها بالرئيس "
     "الأمريكي باراك أوباما.", ("محمد بخاري", "muhammadu_buhari"), ("باراك أوباما", "barack_obama"),
     [("النيجيري", "nigeria", "nationality"), ("واشنطن", "united_states", "name"), ("الأمريكي", "united_states", "nationality")]),
    ("غادر صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء "
     "وزير الدفاع جمهورية مصر العربية بعد زيارة عمل التقى خلالها الرئيس المصري عبدالفتاح السيسي وعددا من المسؤولين.",
     ("محمد بن سلمان بن عبدالعزيز", "mohammed_bin_salman"), ("عبدالفتاح السيسي", "abdel_fattah_el_sisi"),
     [("جمهورية مصر العربية", "egypt", "name"),
      ("المصري", "egypt", "nationality")]),
])
def test_a_meeting_during_a_visit_is_the_visitors(text, visitor, met, states):
    # the verb's subject is the visit's agent; the person after خلالها is the one met
    mentions = [mention(text, visitor[0], visitor[1], "PER"), mention(text, met[0], met[1], "PER")]
    mentions += [mention(text, surface, actor_id, via=via) for surface, actor_id, via in states]
    mentions.sort(key=lambda m: m["start"])
    assert (visitor[1], met[1], 0.0) in relations(read(text, mentions, fallback=frozenset()))


def test_a_verb_during_talks_keeps_its_subject_after_it():
    # جلسة مباحثات ... رحب خلالها السيسي: talks are no visit; the name after خلالها is the subject
    text = "وجرت جلسة مباحثات ثنائية، رحب خلالها السيسي بالأمير محمد بن سلمان."
    mentions = [mention(text, "السيسي", "abdel_fattah_el_sisi", "PER"), mention(text, "محمد بن سلمان", "mohammed_bin_salman", "PER")]
    assert not any(r["source_actor"] == "mohammed_bin_salman" for r in read(text, mentions))


# --- round twenty-six: a word written with ta marbuta is no pronoun form ---------------------------

@pytest.mark.parametrize("text", [
    "وتحدث الخطيب عن غزوة بدر الكبرى",  # a raid of early Islam, not غزوه "his invasion"
    "وتحدث الدعاة في المسجد",  # preachers, not دعاه "he called him"
])
def test_a_word_with_ta_marbuta_is_no_cue_with_a_pronoun(text):
    assert cue_surfaces(text) == []


def test_a_cue_with_a_pronoun_written_with_ha_is_still_found():
    # the guard: غزوه and دعاه written with ه keep their readings
    assert cue_surfaces("بعد غزوه الكويت دعاه الرئيس") == ["غزوه", "دعاه"]


# --- round twenty-six: a two-word month before the verb ---------------------------------------------

def test_the_ordinal_of_a_two_word_month_is_no_subject():
    # يناير كانون الثاني: the Levantine name after the Gregorian one; الثاني is a date, not the subject
    text = "وفي يناير كانون الثاني انتقد أردوغان رئيس الوزراء الاسرائيلي بنيامين نتنياهو."
    mentions = [mention(text, "أردوغان", "recep_tayyip_erdogan", "PER"), mention(text, "اسرائيلي", "israel", via="nationality"),
                mention(text, "بنيامين نتنياهو", "benjamin_netanyahu", "PER")]
    assert ("recep_tayyip_erdogan", "benjamin_netanyahu", -1.0) in relations(read(text, mentions))


def test_a_definite_noun_before_the_verb_outside_a_month_is_still_its_subject():
    # the guard: الوفد الثاني is a subject the actor layer does not name, so أردوغان is no source
    text = "ولكن الوفد الثاني انتقد أردوغان ونتنياهو بشدة."
    mentions = [mention(text, "أردوغان", "recep_tayyip_erdogan", "PER"), mention(text, "نتنياهو", "benjamin_netanyahu", "PER")]
    assert ("recep_tayyip_erdogan", "benjamin_netanyahu", -1.0) not in relations(read(text, mentions))


# --- round twenty-eight: a hamza on its seat before a possessive -----------------------------------

@pytest.mark.parametrize("surface", ["لقائه", "لقاؤه", "اعتدائهم"])
def test_a_verbal_noun_ending_in_hamza_is_found_with_the_seat_of_its_case_before_a_possessive(surface):
    # لقاء + ه is written لقائه after a preposition and لقاؤه as a subject
    assert cue_surfaces(f"وتحدث الوزير بعد {surface} في جدة") == [surface]


def test_a_meeting_written_with_the_hamza_on_ya_relates_the_speaker_to_the_one_met():
    text = "وصرح كارتر للصحافيين بعد لقائه بخادم الحرمين الشريفين في جدة."
    mentions = [mention(text, "كارتر", "ashton_carter", "PER"), mention(text, "خادم الحرمين الشريفين", "salman_bin_abdulaziz", "PER")]
    assert ("ashton_carter", "salman_bin_abdulaziz", 0.0) in relations(read(text, mentions))


def test_a_noun_ending_in_hamza_keeps_its_form_with_the_hamza_on_the_line():
    # the guard: لقاءه, the accusative, was found before
    assert cue_surfaces("وتحدث الوزير عن لقاءه في جدة") == ["لقاءه"]


# --- round twenty-eight: names outside the catalogue ------------------------------------------------

def test_a_state_name_outside_the_catalogue_is_a_place_and_takes_no_stance():
    # every state is in the catalogue: an unknown GPE (a town) is bombed or visited, never the agent
    text = "وقصفت سرمدا مواقع الجيش السوري أمس."
    mentions = [mention(text, "سرمدا", "ar:سرمدا"), mention(text, "السوري", "syria", via="nationality")]
    assert not any(r["source_actor"] == "ar:سرمدا" for r in read(text, mentions))


def test_a_state_of_the_catalogue_still_takes_a_stance():
    text = "وقصفت تركيا مواقع الجيش السوري أمس."
    mentions = [mention(text, "تركيا", "turkey"), mention(text, "السوري", "syria", via="nationality")]
    assert ("turkey", "syria", -1.0) in relations(read(text, mentions))


BYLINE = "أيمن حسن – سبق: رفض الكاتب الصحفي فهد بن جليد، أن يطلق الخليجيون التهم المجانية على الشاب السعودي."


def test_no_positional_guess_relates_two_names_outside_the_catalogue():
    # a byline and a columnist, a footballer and his club: word order alone relates no two unknown names
    mentions = [mention(BYLINE, "أيمن حسن", "ar:ايمن_حسن", "PER"), mention(BYLINE, "فهد بن جليد", "ar:فهد_بن_جليد", "PER")]
    assert read(BYLINE, mentions) == []


@pytest.mark.parametrize("text, source, target", [
    (BYLINE, ("أيمن حسن", "ayman_hassan", "PER"), ("فهد بن جليد", "ar:فهد_بن_جليد", "PER")),
    # any person who would help the preacher: neither the state nor a help
    ("وقال الوزير المصري إن أي شخص سيساعد جبريل في الإمامة سيواجه بإجراء حاسم.",
     ("المصري", "egypt", "GPE", "nationality"), ("جبريل", "ar:محمد_جبريل", "PER")),
])
def test_no_positional_guess_reads_a_target_outside_the_catalogue(text, source, target):
    # a village where it happened, a body or person the actor layer could not place: word order alone
    # makes no party of it
    mentions = [mention(text, *source[:3], *source[3:]), mention(text, *target)]
    assert not [r for r in read(text, mentions) if r["target_actor"] == target[1]]


def test_a_positional_guess_between_catalogue_actors_is_still_read():
    # the guard: the same sentence with two known actors keeps its fallback row
    mentions = [mention(BYLINE, "أيمن حسن", "ayman_hassan", "PER"), mention(BYLINE, "فهد بن جليد", "fahd_bin_jelaid", "PER")]
    assert ("ayman_hassan", "fahd_bin_jelaid", -1.0) in relations(read(BYLINE, mentions))


GOVERNORS = "وترأس رئيس الوزراء المصري إبراهيم محلب اجتماعا لمجلس المحافظين لمناقشة الأوضاع الاقتصادية."
COURT = "وتطالب دول عدة بينها ماليزيا وهولندا بهذه المحكمة الدولية، تدعمها في ذلك لندن وواشنطن."
SUROC = "وأكدت تركيا أن هجوما إرهابيا استهدف مدينة سوروتش الحدودية أمس."
TALKS = "وأجرى إبراهيم محلب محادثات مع رئيس وزراء كوسوفو عيسى مصطفى."


def unsure(text: str, surface: str, actor_id: str, type_: str, confidence: float = 0.6) -> dict:
    """A mention outside the catalogue, by default with the low confidence the actor layer gives a name
    it could not place."""
    return {**mention(text, surface, actor_id, type_), "confidence": confidence}


@pytest.mark.parametrize("text, sources, target", [
    (GOVERNORS, [("إبراهيم محلب", "ibrahim_mahlab", "PER")], ("مجلس المحافظين", "ar:مجلس_المحافظين", "ORG")),
    # the states demanding the court, not supporting it
    (COURT, [("ماليزيا", "malaysia", "GPE"), ("هولندا", "netherlands", "GPE")],
     ("المحكمة الدولية", "ar:محكمه_الدوليه", "ORG")),
])
def test_no_weak_precise_row_toward_a_body_outside_the_catalogue(text, sources, target):
    # below the precise operating point, a body the actor layer could not place is mostly a local one
    # no political relation concerns, or one a list reads wrongly
    rows = read(text, [mention(text, *source) for source in sources] + [unsure(text, *target)])
    assert not [r for r in rows if r["target_actor"] == target[1]]


@pytest.mark.parametrize("text, source, target, confidence", [
    (GOVERNORS, ("إبراهيم محلب", "ibrahim_mahlab", "PER"), ("مجلس المحافظين", "ar:مجلس_المحافظين", "ORG"), 0.95),
    (SUROC, ("تركيا", "turkey", "GPE"), ("سوروتش", "ar:سوروتش", "GPE"), 0.6),  # a town attacked
    (TALKS, ("إبراهيم محلب", "ibrahim_mahlab", "PER"), ("عيسى مصطفى", "ar:عيسي_مصطفي", "PER"), 0.6),  # an official
])
def test_a_weak_row_toward_a_person_or_town_or_a_sure_body_stays(text, source, target, confidence):
    # the guards: a body read with certainty, and persons and towns outside the catalogue, keep their row
    rows = read(text, [mention(text, *source), unsure(text, *target, confidence)])
    assert [r for r in rows if r["source_actor"] == source[1] and r["target_actor"] == target[1]]


# --- round twenty-eight: no positional guess in a sports report -------------------------------------

GUESSED = "وأكد وزير الخارجية المصري سامح شكري أن التعاون العسكري مع روسيا مستمر."


def _guessed_rows(text: str, club: str = "al_hilal") -> set[tuple]:
    mentions = [mention(text, "سامح شكري", "sameh_shoukry", "PER"), mention(text, "روسيا", "russia")]
    if "الهلال" in text:
        mentions[:0] = [mention(text, "الهلال", club, "ORG"), mention(text, "قطر", "qatar")]
    return relations(read(text, mentions))


def test_an_article_whose_cue_sentence_names_a_club_gives_no_positional_guess():
    # a club of the catalogue's sector sport: the article reports sport, whose clubs, players and
    # national teams stand in no political relation
    text = "وشارك نادي الهلال في بطولة قطر. " + GUESSED
    assert ("sameh_shoukry", "russia", 1.0) not in _guessed_rows(text)


@pytest.mark.parametrize("text, club", [
    (GUESSED, "al_hilal"),  # no club named
    ("وقال مدرب نادي الهلال إن اللاعبين جاهزون في قطر. " + GUESSED, "al_hilal"),  # named in a sentence without a cue
    ("وشارك نادي الهلال في بطولة قطر. " + GUESSED, "ar:الهلال"),  # a name outside the catalogue's sports sector
])
def test_a_positional_guess_is_read_when_no_cue_sentence_names_a_club(text, club):
    assert ("sameh_shoukry", "russia", 1.0) in _guessed_rows(text, club)


# --- conventions of the gold set's written rules (benchmarks/gold/README.md, DECISIONS.md) ------

def test_a_participle_of_alliance_relates_the_noun_it_describes_to_the_ally():
    text = "وأعلن التحالف العربي الذي يقاتل قوات الحوثي المتحالفة مع إيران وقفا لإطلاق النار."
    mentions = [mention(text, "تحالف العربي", "arab_coalition", "ORG"), mention(text, "حوثي", "houthis", "ORG"),
                mention(text, "إيران", "iran")]
    rows = [r for r in read(text, mentions) if r["target_actor"] == "iran"]
    assert [(r["source_actor"], r["polarity"], r["cameo"], r["category"]) for r in rows] == [
        ("houthis", 1.0, "05", "verbal cooperation")]


def test_a_stated_alliance_is_verbal_cooperation_05():
    text = "وتحالفت روسيا مع إيران في سوريا."
    mentions = [mention(text, "روسيا", "russia"), mention(text, "إيران", "iran"), mention(text, "سوريا", "syria")]
    assert [(r["source_actor"], r["target_actor"], r["cameo"], r["category"]) for r in read(text, mentions)] == [
        ("russia", "iran", "05", "verbal cooperation")]


@pytest.mark.parametrize("text, names", [
    ("وتنتظر سفن برنامج الأغذية العالمي التوجه إلى عدن.",
     [("برنامج الأغذية العالمي", "world_food_programme", "ORG"), ("عدن", "aden", "GPE")]),
    ("وعزز رئيس الوزراء الياباني شينزو آبي التحالف العسكري لليابان مع الولايات المتحدة.",
     [("شينزو آبي", "shinzo_abe", "PER"), ("يابان", "japan", "GPE"), ("ولايات المتحدة", "united_states", "GPE")]),
    ("وكشف السفير أن تحركات قامت بها السعودية قد تؤدي إلى توافق بين دول الإقليم والولايات المتحدة.",
     [("سعودية", "saudi_arabia", "GPE"), ("ولايات المتحدة", "united_states", "GPE")]),
])
def test_a_verb_form_with_the_article_or_after_a_preposition_is_a_noun_with_no_verb_reading(text, names):
    mentions = [mention(text, surface, actor, type_) for surface, actor, type_ in names]
    assert read(text, mentions) == []


def test_a_verb_form_with_only_a_conjunction_before_it_is_still_a_verb():
    for text in ["توجه وزير الخارجية عادل الجبير إلى موسكو.", "وتوجه وزير الخارجية عادل الجبير إلى موسكو."]:
        mentions = [mention(text, "عادل الجبير", "adel_al_jubeir", "PER"), mention(text, "موسكو", "moscow")]
        assert relations(read(text, mentions)) == {("adel_al_jubeir", "moscow", 0.0)}


def test_recalling_or_summoning_an_envoy_reduces_relations_16():
    text = "واستدعت البحرين سفيرها لدى طهران للتشاور."
    mentions = [mention(text, "بحرين", "bahrain"), mention(text, "طهران", "iran", via="capital")]
    assert [(r["source_actor"], r["target_actor"], r["polarity"], r["cameo"], r["category"])
            for r in read(text, mentions)] == [("bahrain", "iran", -1.0, "16", "material conflict")]


@pytest.mark.parametrize("text, names, pair", [
    ("ويهدد الاتفاق إسرائيل حليفة الولايات المتحدة.",
     [("إسرائيل", "israel", "GPE"), ("ولايات المتحدة", "united_states", "GPE")], ("israel", "united_states")),
    ("ولطالما شكلت روسيا حليفة رئيسة للأسد.",
     [("روسيا", "russia", "GPE"), ("أسد", "bashar_al_assad", "PER")], ("russia", "bashar_al_assad")),
    ("وخسر حزب العدالة والتنمية حليف أردوغان الأغلبية.",
     [("حزب العدالة والتنمية", "justice_and_development_party_turkey", "ORG"),
      ("أردوغان", "recep_tayyip_erdogan", "PER")], ("justice_and_development_party_turkey", "recep_tayyip_erdogan")),
])
def test_the_noun_ally_relates_the_noun_it_describes_to_its_owner_05(text, names, pair):
    mentions = [mention(text, surface, actor, type_) for surface, actor, type_ in names]
    assert [(r["source_actor"], r["target_actor"], r["polarity"], r["cameo"]) for r in read(text, mentions)
            if r["cue"].startswith("حليف")] == [(*pair, 1.0, "05")]


@pytest.mark.parametrize("text, names", [
    # the plural names allies the sentence leaves unnamed
    ("وباتت الجبهة أقرب بعد ضرب حلفاء واشنطن في الشمال.", [("واشنطن", "washington", "GPE")]),
    # a possessive ally noun followed by a verb: the actor after the verb is its object, no ally
    ("وقالت الوزارة إن الولايات المتحدة وحلفاءها شنوا 18 غارة على تنظيم الدولة.",
     [("الولايات المتحدة", "united_states", "GPE"), ("تنظيم الدولة", "islamic_state", "ORG")]),
    ("وتبادلت جماعة الحوثي وحلفاؤها إطلاق النار مع القوات المدعومة من السعودية.",
     [("جماعة الحوثي", "houthis", "ORG"), ("السعودية", "saudi_arabia", "GPE")]),
    # allies left unnamed (an adjective after the noun), an actor further on: no row, no positional guess
    ("وتراجع الحوثيون وحلفاؤهم الإقليميون أمام الجيش اليمني.",
     [("الحوثيون", "houthis", "ORG"), ("الجيش اليمني", "yemeni_army", "ORG")]),
    # an actor joined to the noun by و is a party besides the allies
    ("واشنطن تحجب عن حلفائها وإسرائيل الملاحق السرية.",
     [("واشنطن", "united_states", "GPE"), ("إسرائيل", "israel", "GPE")]),
])
def test_plural_allies_and_a_possessive_ally_not_named_after_it_give_no_alliance_row(text, names):
    mentions = [mention(text, surface, actor, type_) for surface, actor, type_ in names]
    assert [r for r in read(text, mentions) if r["cue"].startswith(("حليف", "حلفاء", "وحلفا"))] == []


@pytest.mark.parametrize("text, names, pair", [
    # his ally X after و: the ally named right after the noun, the owner (the pronoun's antecedent) first
    ("وتراجع الحوثيون وحليفهم علي عبد الله صالح.",
     [("الحوثيون", "houthis", "ORG"), ("علي عبد الله صالح", "ali_abdullah_saleh", "PER")],
     ("houthis", "ali_abdullah_saleh")),
    # a definite epithet between the noun and the ally's name
    ("وهاجم الحوثيون وحليفهم المخلوع علي عبدالله صالح مدينة تعز.",
     [("الحوثيون", "houthis", "ORG"), ("علي عبدالله صالح", "ali_abdullah_saleh", "PER"), ("تعز", "taiz", "GPE")],
     ("houthis", "ali_abdullah_saleh")),
    # the ally after من; the pronoun takes back the people in the genitive, not the chain's head
    ("واندلعت اشتباكات بين قوات المقاومة وميليشيات الحوثيين وحلفائهم من قوات صالح.",
     [("قوات المقاومة", "yemeni_popular_resistance", "ORG"), ("الحوثيين", "houthis", "ORG"),
      ("قوات صالح", "saleh_loyalists", "ORG")], ("houthis", "saleh_loyalists")),
    # the owner named before a head noun (قوات حليفهم), the ally's title chain right after the noun
    ("بعد الهزائم التي مني بها الحوثيون وقوات حليفهم الرئيس علي عبد الله صالح في عدن.",
     [("الحوثيون", "houthis", "ORG"), ("علي عبد الله صالح", "ali_abdullah_saleh", "PER")],
     ("houthis", "ali_abdullah_saleh")),
])
def test_a_possessive_ally_named_right_after_it_runs_from_its_owner_05(text, names, pair):
    mentions = [mention(text, surface, actor, type_) for surface, actor, type_ in names]
    assert [(r["source_actor"], r["target_actor"], r["polarity"], r["cameo"]) for r in read(text, mentions)
            if "حليف" in r["cue"] or "حلفا" in r["cue"]] == [(*pair, 1.0, "05")]


@pytest.mark.parametrize("text, names, target", [
    ("وندد وزير الخارجية التركي بالقصف الهمجي من قبل قوات نظام الأسد على مدينة حلب.",
     [("التركي", "turkey", "GPE"), ("نظام الأسد", "syrian_government", "ORG"), ("حلب", "aleppo", "GPE")], "aleppo"),
    ("وأدانت تركيا الهجوم من قبل قوات النظام ضد المعارضة السورية.",
     [("تركيا", "turkey", "GPE"), ("النظام", "syrian_government", "ORG"),
      ("المعارضة السورية", "syrian_opposition", "ORG")], "syrian_opposition"),
])
def test_an_attack_noun_with_a_by_phrase_targets_what_follows_on_or_against(text, names, target):
    mentions = [mention(text, surface, actor, type_) for surface, actor, type_ in names]
    assert [(r["source_actor"], r["target_actor"]) for r in read(text, mentions) if r["cameo"] == "19"] == [
        ("syrian_government", target)]


def test_a_participle_with_a_by_phrase_still_targets_the_noun_it_describes():
    text = "وتعاني مدينة تعز المحاصرة من قبل ميليشيات الحوثي على مدى أشهر."
    mentions = [mention(text, "تعز", "taiz", "GPE"), mention(text, "الحوثي", "houthis", "ORG")]
    assert [(r["source_actor"], r["target_actor"]) for r in read(text, mentions)] == [("houthis", "taiz")]


@pytest.mark.parametrize("text, names", [
    ("وقاتلت قوات الحوثي المتحالفة مع إيران في عدن.", [("الحوثي", "houthis", "ORG"), ("إيران", "iran", "GPE")]),
    ("وتتهم كييف الانفصاليين الموالين لموسكو بإسقاط الطائرة.", [("كييف", "ukraine", "GPE"), ("موسكو", "russia", "GPE")]),
])
def test_a_verb_does_not_reach_the_object_of_a_participle_describing_its_object(text, names):
    mentions = [mention(text, surface, actor, type_) for surface, actor, type_ in names]
    assert [r for r in read(text, mentions) if r["cue"] not in ("المتحالفة مع", "الموالين")] == []


@pytest.mark.parametrize("text, names, pair", [
    ("واتهم حزب الشعب الديموقراطي الموالي للأكراد أردوغان باستخدام الضربات غطاء.",
     [("حزب الشعب الديموقراطي", "peoples_democratic_party_turkey", "ORG"), ("أردوغان", "recep_tayyip_erdogan", "PER")],
     ("peoples_democratic_party_turkey", "recep_tayyip_erdogan")),
    ("وقاتلت المقاومة الشعبية قوات الحوثي المتحالفة مع إيران في عدن.",
     [("المقاومة الشعبية", "popular_resistance", "ORG"), ("الحوثي", "houthis", "ORG"), ("إيران", "iran", "GPE")],
     ("popular_resistance", "houthis")),
])
def test_a_verb_still_reaches_its_object_before_or_after_a_participle_with_its_own_object(text, names, pair):
    mentions = [mention(text, surface, actor, type_) for surface, actor, type_ in names]
    assert [(r["source_actor"], r["target_actor"]) for r in read(text, mentions) if r["polarity"] < 0] == [pair]


@pytest.mark.parametrize("text, names, verb, target", [
    ("أدانت تركيا القصف من قبل قوات النظام على حلب.",
     [("تركيا", "turkey", "GPE"), ("النظام", "syrian_government", "ORG"), ("حلب", "aleppo", "GPE")],
     "أدانت", "syrian_government"),
    ("وأدانت تركيا الهجوم من قبل قوات النظام ضد المعارضة السورية.",
     [("تركيا", "turkey", "GPE"), ("النظام", "syrian_government", "ORG"),
      ("المعارضة السورية", "syrian_opposition", "ORG")], "أدانت", "syrian_government"),
])
def test_a_by_phrase_behind_a_verbal_noun_names_the_nouns_agent_not_the_verbs(text, names, verb, target):
    mentions = [mention(text, surface, actor, type_) for surface, actor, type_ in names]
    assert [(r["source_actor"], r["target_actor"]) for r in read(text, mentions) if r["cue"] == verb] == [
        ("turkey", target)]


def test_a_hostile_adjective_takes_the_agent_of_a_by_phrase_right_after_it():
    text = ("وقالت البحرين إنها تدين استمرار التصريحات العدائية من قبل مسؤولي الجمهورية الإسلامية الإيرانية "
            "تجاه البحرين.")
    mentions = [mention(text, "البحرين", "bahrain"), mention(text, "الجمهورية الإسلامية الإيرانية", "iran"),
                mention(text, "البحرين", "bahrain", nth=1)]
    assert [(r["source_actor"], r["target_actor"]) for r in read(text, mentions) if r["cue"] == "العدائية"] == [
        ("iran", "bahrain")]


def test_a_by_phrase_further_after_a_phrase_cue_is_not_its_agent():
    # the call is the ministers', on the Houthis; the by-phrase names the agent of the violence
    text = "ورحب وزراء الحكومة اليمنية بالعودة إلى عدن، داعين إلى الوقف الفوري للعنف من قبل الحوثيين."
    mentions = [mention(text, "الحكومة اليمنية", "yemeni_government", "ORG"), mention(text, "عدن", "aden"),
                mention(text, "الحوثيين", "houthis", "ORG")]
    assert [r["source_actor"] for r in read(text, mentions) if r["cue"] == "داعين"] == ["yemeni_government"]


def test_a_feminine_state_after_a_masculine_verb_is_its_object_not_its_subject():
    # زار السعودية, يتهم تركيا: a state named without the article is feminine, and a verb before its
    # subject agrees with it (زارت السعودية); a masculine verb's subject is someone not named there
    text = "وكان الموقوف يتنقل بين البلدين، حيث زار السعودية 13 مرة، والعراق مرتين."
    rows = read(text, [mention(text, "السعودية", "saudi_arabia"), mention(text, "العراق", "iraq")])
    assert ("saudi_arabia", "iraq", 0.0) not in relations(precise(rows))
    text = "يعالون يتهم تركيا بالتغطية على نشاطات إرهابية ضد إسرائيل"
    rows = read(text, [mention(text, "تركيا", "turkey"), mention(text, "إسرائيل", "israel")])
    assert ("turkey", "israel", -1.0) not in relations(precise(rows))


def test_a_feminine_verb_or_a_titled_subject_keeps_the_subject_after_the_verb():
    text = "زارت السعودية العراق مرتين."
    rows = read(text, [mention(text, "السعودية", "saudi_arabia"), mention(text, "العراق", "iraq")])
    assert relations(precise(rows)) == {("saudi_arabia", "iraq", 0.0)}
    text = "عندما زار وزير الخارجية القطري بغداد في مايو الماضي"
    rows = read(text, [mention(text, "القطري", "qatar", via="nationality"), mention(text, "بغداد", "baghdad")])
    assert ("qatar", "baghdad", 0.0) in relations(precise(rows))


def test_a_state_with_the_article_left_out_of_its_mention_may_be_a_masculine_verbs_subject():
    text = "بعد أيام من سفره اجتاح العراق الكويت يوم الخميس"
    rows = read(text, [mention(text, "عراق", "iraq"), mention(text, "الكويت", "kuwait")])
    assert relations(precise(rows)) == {("iraq", "kuwait", -1.0)}


@pytest.mark.parametrize("text, source, target", [
    ("ونوه الرئيس هادي بدور المملكة في دعم اليمن.", ("هادي", "abd_rabbuh_mansur_hadi", "PER"),
     ("المملكة", "saudi_arabia", "GPE")),
    ("ونوهت مصر بدور المملكة في دعم اليمن.", ("مصر", "egypt", "GPE"), ("المملكة", "saudi_arabia", "GPE")),
    ("مجلس الوزراء ينوه بالعلاقات الوثيقة مع مصر", ("مجلس الوزراء", "saudi_council_of_ministers", "ORG"),
     ("مصر", "egypt", "GPE")),
])
def test_commending_is_praise_like_its_synonym_ashada(text, source, target):
    rows = read(text, [mention(text, *source), mention(text, *target)])
    assert (source[1], target[1], 1.0) in relations(rows)
    assert all(r["cameo"] == "05" for r in rows if r["cue_lemma"] == "نوّه")


def test_stance_computes_quotes_from_the_actor_layer_not_from_added_post_mentions():
    # «كأس ولي العهد» adds a bare royal post's mention (no surface) to the actors stance reads;
    # the quotes it computes itself must be read from the actor layer alone, as annotate does.
    text = "حقق الفريق بطولة كأس ولي العهد بعد هزيمته للنصر ثم الهلال، وقال الرئيس إن الأهلي رفض العرض."
    doc = Document("t", text)
    from workbench.extract.entities import entities_for
    from workbench.extract.quotes import quotes_for
    entity_mentions = entities_for(doc)
    expected = stance_for(doc, entity_mentions, quotes_for(doc, entity_mentions))
    assert stance_for(doc) == expected
    assert stance_for(doc, entity_mentions) == expected


@pytest.mark.parametrize("text, source, target", [
    ("احتجزت تركيا أعضاء حزب العمال الكردستاني", ("تركيا", "turkey", "GPE"),
     ("حزب العمال الكردستاني", "kurdistan_workers_party", "ORG")),
    ("وتحتجز إيران بحارة من بريطانيا منذ أسبوع", ("إيران", "iran", "GPE"), ("بريطانيا", "united_kingdom", "GPE")),
    ("قامت المقاومة الشعبية بفتح أماكن احتجاز لعشرات الحوثيين", ("المقاومة الشعبية", "yemeni_popular_resistance", "ORG"),
     ("الحوثيين", "houthis", "ORG")),
])
def test_detaining_is_coercion_like_arresting(text, source, target):
    rows = read(text, [mention(text, *source), mention(text, *target)])
    assert (source[1], target[1], -1.0) in relations(precise(rows))
    assert all(r["cameo"] == "17" for r in rows if r["cue_lemma"] == "احتجز")


@pytest.mark.parametrize("text, actor, place", [
    ("وأكدت مصادر أن الحوثيين يحتجزون 1500 معتقل من محافظات لحج وأبين", ("الحوثيين", "houthis", "ORG"),
     ("لحج", "lahij", "GPE")),
    ("ألقت السلطات المكسيكية القبض على أم من ولاية كولورادو", ("المكسيكية", "mexico", "GPE", "nationality"),
     ("كولورادو", "colorado", "GPE")),
])
def test_an_arrest_or_detention_holds_persons_not_the_place_they_come_from_or_are_held_in(text, actor, place):
    rows = read(text, [mention(text, *actor), mention(text, *place)])
    assert not any(r["target_actor"] == place[1] for r in rows if r["cameo"] == "17")


def test_a_place_attacked_stays_the_target_of_an_attack():
    # guard: only coercion (arrest, detention) leaves places out; an attack on a city is on the city
    text = "وقصف الحوثيون عدن بالصواريخ"
    rows = read(text, [mention(text, "الحوثيون", "houthis", "ORG"), mention(text, "عدن", "aden")])
    assert ("houthis", "aden", -1.0) in relations(precise(rows))


# --- a place named after its bare head noun (round thirty-five) ------------------------------

@pytest.mark.parametrize("text", [
    "وحاصرت الميليشيات الحوثية مدينة تعز منذ أشهر.",
    "وفرضت الميليشيات الحوثية حصارا خانقا على مدينة تعز.",
    "وقصفت الميليشيات الحوثية بشكل عنيف محافظة تعز.",
])
def test_a_place_after_its_bare_head_noun_is_the_object_of_a_force_cue(text):
    ments = [mention(text, "الميليشيات الحوثية", "houthis", "ORG"), mention(text, "تعز", "taiz")]
    assert ("houthis", "taiz", -1) in relations(precise(read(text, ments)))


@pytest.mark.parametrize("text", [
    "وقصفت الميليشيات الحوثية مواقع المقاومة في مدينة تعز.",
    "وقصفت الميليشيات الحوثية مواقع المقاومة بمدينة تعز.",
    "وقصفت الميليشيات الحوثية مواقع المقاومة قرب مدينة تعز.",
])
def test_a_place_after_a_locative_and_its_head_noun_only_says_where(text):
    ments = [mention(text, "الميليشيات الحوثية", "houthis", "ORG"), mention(text, "تعز", "taiz")]
    assert ("houthis", "taiz", -1) not in relations(read(text, ments))


def test_a_place_after_its_bare_head_noun_is_no_object_of_a_verbal_cue():
    text = "ورحبت الحكومة اليمنية بالدعم المقدم إلى محافظة عدن."
    ments = [mention(text, "الحكومة اليمنية", "yemeni_government", "ORG"), mention(text, "عدن", "aden")]
    assert not any(r["target_actor"] == "aden" for r in precise(read(text, ments)))


# --- a stated closeness, a verb's object past a describing participle, regions, halting transport (round thirty-six)

_HOUTHIS_CLOSE_TO_IRAN = [
    "وهاجمت جماعة الحوثي المقربة من إيران مدينة تعز.",
    "وهاجمت جماعة الحوثي الموالية لإيران مدينة تعز.",
    "وهاجمت جماعة الحوثي المدعومة من إيران مدينة تعز.",
]


def _houthi_mentions(text: str) -> list[dict]:
    return [mention(text, "الحوثي", "houthis", "ORG"), mention(text, "إيران", "iran"), mention(text, "تعز", "taiz")]


def test_close_to_after_a_group_is_a_stated_alignment():
    text = "وقالت جماعة الحوثي المقربة من إيران إنها لن تنسحب."
    rows = read(text, [mention(text, "الحوثي", "houthis", "ORG"), mention(text, "إيران", "iran")])
    assert [(r["source_actor"], r["target_actor"], r["polarity"], r["cameo"]) for r in precise(rows)] == [
        ("houthis", "iran", 1.0, "05")]


@pytest.mark.parametrize("text, group, group_id, backed, backed_id", [
    ("وقتل ثلاثة حوثيين في هجوم للجان المقاومة الشعبية المؤيدة للرئيس عبد ربه منصور هادي.",
     "المقاومة الشعبية", "yemeni_popular_resistance", "عبد ربه منصور هادي", "abd_rabbuh_mansur_hadi"),
    ("ومكنت زيادة التأييد حزب الشعوب الديمقراطي المؤيد لحزب العمال الكردستاني من دخول البرلمان.",
     "حزب الشعوب الديمقراطي", "peoples_democratic_party_turkey", "حزب العمال الكردستاني", "kurdistan_workers_party"),
])
def test_a_supporting_participle_after_a_group_is_a_stated_alignment(text, group, group_id, backed, backed_id):
    # «المؤيدة لـ» describes the noun before it like «الموالية لـ»: that group backs the party after لـ
    rows = read(text, [mention(text, group, group_id, "ORG"), mention(text, backed, backed_id, "ORG")])
    assert (group_id, backed_id, 1.0) in relations(precise(rows))


@pytest.mark.parametrize("text", _HOUTHIS_CLOSE_TO_IRAN)
def test_a_verb_does_not_reach_the_object_of_a_participle_describing_its_subject(text):
    assert ("houthis", "iran", -1) not in relations(read(text, _houthi_mentions(text)))


@pytest.mark.parametrize("text", _HOUTHIS_CLOSE_TO_IRAN)
def test_a_verbs_object_follows_the_object_of_a_participle_describing_its_subject(text):
    assert ("houthis", "taiz", -1) in relations(precise(read(text, _houthi_mentions(text))))


def test_a_verbs_object_past_a_participle_is_no_place_behind_a_preposition():
    # guard: من ليبيا after the participle's object says whence, not whom
    text = "وطردت تونس الدبلوماسيين الموالين لإيران من ليبيا."
    rows = read(text, [mention(text, "تونس", "tunisia"), mention(text, "إيران", "iran"), mention(text, "ليبيا", "libya")])
    assert not any(r["target_actor"] == "libya" for r in rows)


def test_a_region_named_by_a_direction_adverb_is_no_target_of_a_verbal_cue():
    text = "موسكو تعارض الوجود الأمريكي جنوب سوريا."
    rows = read(text, [mention(text, "موسكو", "russia"), mention(text, "جنوب سوريا", "southern_syria", "LOC")])
    assert not any(r["target_actor"] == "southern_syria" for r in rows)


@pytest.mark.parametrize("text, adjective", [
    ("وقصفت الطائرات الإسرائيلية جنوب لبنان.", "الإسرائيلية"),
    ("واستنكرت الجامعة القصف الإسرائيلي على جنوب لبنان.", "الإسرائيلي"),
])
def test_a_region_named_by_a_direction_adverb_is_still_attacked(text, adjective):
    # guard: a force cue acts upon the region, also after على
    ments = [mention(text, adjective, "israel", via="nationality"),
             mention(text, "جنوب لبنان", "southern_lebanon", "LOC")]
    assert ("israel", "southern_lebanon", -1) in relations(read(text, ments))


def test_a_region_after_a_locative_and_its_direction_adverb_only_says_where():
    text = "وقصفت الطائرات الإسرائيلية مواقع في جنوب لبنان."
    ments = [mention(text, "الإسرائيلية", "israel", via="nationality"),
             mention(text, "جنوب لبنان", "southern_lebanon", "LOC")]
    assert ("israel", "southern_lebanon", -1) not in relations(read(text, ments))


@pytest.mark.parametrize("text", [
    "وقررت إيران وقف رحلات القطار إلى تركيا.",
    "وأوقفت إيران رحلاتها الجوية إلى تركيا.",
])
def test_halting_transport_to_a_state_is_a_sanction(text):
    rows = read(text, [mention(text, "إيران", "iran"), mention(text, "تركيا", "turkey")])
    assert [(r["source_actor"], r["target_actor"], r["polarity"], r["cameo"]) for r in precise(rows)] == [
        ("iran", "turkey", -1.0, "16")]


def test_a_stoppage_of_flights_is_no_halting_by_anyone():
    # guard: توقف (intransitive, "a stoppage") is no form of the cue
    text = "وتأثرت إيران بسبب توقف الرحلات الجوية إلى تركيا."
    rows = read(text, [mention(text, "إيران", "iran"), mention(text, "تركيا", "turkey")])
    assert not any(r["cameo"] == "16" for r in rows)


@pytest.mark.parametrize("text", [
    "روسيا ترفض الخطة وتدعم الحكومة السورية.",
    "روسيا ترفض العقوبات وتدعم الحكومة السورية.",  # العقوبات is a cue of its own, read by position
])
def test_an_actor_after_a_verb_joined_by_wa_is_no_object_of_the_verb_before(text):
    rows = read(text, [mention(text, "روسيا", "russia"), mention(text, "الحكومة السورية", "syrian_government", "ORG")])
    assert ("russia", "syrian_government", -1) not in relations(rows)


@pytest.mark.parametrize("text, sign", [
    ("روسيا تدعم الحكومة السورية وترفض الخطة.", 1),  # the object before the joined verb
    ("تدعم روسيا وإيران الحكومة السورية.", 1),  # a coordinated subject is no verb
    ("روسيا ساعدت وتساعد الحكومة السورية.", 1),  # two verbs sharing one object
])
def test_a_verbs_object_before_a_verb_joined_by_wa_is_still_read(text, sign):
    mentions = [mention(text, "روسيا", "russia"), mention(text, "الحكومة السورية", "syrian_government", "ORG")]
    if "إيران" in text:
        mentions.append(mention(text, "إيران", "iran"))
    assert ("russia", "syrian_government", sign) in relations(precise(read(text, mentions)))


@pytest.mark.parametrize("text, source, target, sign", [
    ("أدان المجلس العسكري في تعز استهداف المنشآت وحمل مليشيات الحوثيين مسؤولية الهجوم.", "المجلس العسكري", "مليشيات الحوثيين", -1),
    ("بريطانيا تطرد السفير الليبي وتعترف بالمجلس الوطني الانتقالي.", "بريطانيا", "المجلس الوطني الانتقالي", 1),
    ("رحب الأردن بالقرار ويحمل إسرائيل مسؤولية التصعيد.", "الأردن", "إسرائيل", -1),
])
def test_a_verb_joined_by_wa_takes_the_subject_of_the_verb_before(text, source, target, sign):
    rows = read(text, [mention(text, source, "a", "ORG"), mention(text, target, "b", "ORG")])
    assert ("a", "b", sign) in relations(precise(rows))


@pytest.mark.parametrize("text", [
    "النظام رفض الخطة التي قدمتها روسيا.",  # an unjoined verb after a noun that is no actor
    "ويرفض النظام الخطة التي قدمتها روسيا.",  # a joined verb opening the sentence: its subject follows
])
def test_a_verb_after_a_noun_that_is_no_actor_borrows_no_subject(text):
    rows = read(text, [mention(text, "روسيا", "russia")])
    assert not precise(rows)


_FABIUS = [("وزير الخارجية الفرنسي لوران فابيوس", "laurent_fabius", "PER"), ("طهران", "tehran", "GPE")]


@pytest.mark.parametrize("text, named, expected", [
    ("ووصفت الصحيفة الزيارة التي قام بها وزير الخارجية الفرنسي لوران فابيوس في الأسبوع الماضي إلى طهران بأنها مهمة.",
     _FABIUS, ("laurent_fabius", "tehran", 0.0)),
    ("وانتقد البيان المفاوضات التي أجرتها حماس في الشهر الماضي مع إسرائيل.",
     [("حماس", "hamas", "ORG"), ("إسرائيل", "israel", "GPE")], ("hamas", "israel", 0.0)),
])
def test_a_time_phrase_between_a_relative_clauses_subject_and_its_object(text, named, expected):
    rows = read(text, [mention(text, s, a, t) for s, a, t in named])
    assert expected in relations(precise(rows))


def test_a_time_phrase_after_a_relative_clauses_subject_leads_to_no_unmarked_actor():
    text = "ووصفت الصحيفة الزيارة التي قام بها وزير الخارجية الفرنسي لوران فابيوس في الأسبوع الماضي، وقالت طهران إنها مهمة."
    rows = read(text, [mention(text, s, a, t) for s, a, t in _FABIUS])
    assert ("laurent_fabius", "tehran", 0.0) not in relations(rows)


def test_a_verb_joined_by_wa_far_from_any_actor_borrows_no_subject():
    # the joined verb's subject is الإرهابيون (no actor), not the ministry reporting it
    text = ("واعترف الإرهابيون وفق ما أفادت به وزارة الداخلية الكويتية في بيان صحافي بتلقي دورات في علوم التنظيم "
            "إلى جانب تدريبات متقدمة على حمل السلاح وشاركوا في الأعمال القتالية في كل من سورية والعراق.")
    rows = read(text, [mention(text, "وزارة الداخلية الكويتية", "kuwait_interior_ministry", "ORG"),
                       mention(text, "سورية", "syria"), mention(text, "العراق", "iraq")], fallback=frozenset())
    assert not [r for r in rows if r["cue"] == "شاركوا"]


@pytest.mark.parametrize("text, named, expected", [
    ("وتأتي هجمات المقاومة في إطار عملية السهم الذهبي بدعم وتنسيق من قوات التحالف لتحرير المدن.",
     [("المقاومة", "resistance"), ("قوات التحالف", "coalition")], ("coalition", "resistance", 1.0)),
    ("وتمكنت هذه القوات، بدعم من الغارات ومسلحي الحشد الشعبي، من استعادة المدينة.",
     [("هذه القوات", "iraq"), ("الحشد الشعبي", "pmf")], ("pmf", "iraq", 1.0)),
])
def test_a_support_noun_after_bi_shares_its_min_or_names_a_second_agent(text, named, expected):
    rows = read(text, [mention(text, s, a, "ORG") for s, a in named])
    assert expected in relations(precise(rows))
    assert (expected[1], expected[0], 1.0) not in relations(rows)


@pytest.mark.parametrize("text, named, unexpected", [
    # an adjective starting with و after a cue without ب: the من names no agent of it
    ("أعلنت جبهة النصرة بدء معارك نصرة لمدينة الزبداني التي تتعرض لهجوم واسع من قوات النظام.",
     [("جبهة النصرة", "nusra"), ("قوات النظام", "regime")], ("regime", "nusra", -1.0)),
    # a mutual cue: the second group after من is no agent of the contact
    ("دارت اشتباكات عنيفة بين تنظيم داعش من طرف وقوات النظام من طرف آخر.",
     [("تنظيم داعش", "is"), ("قوات النظام", "regime")], ("is", "regime", 1.0)),
])
def test_a_joined_word_after_a_cue_without_bi_names_no_agent(text, named, unexpected):
    rows = read(text, [mention(text, s, a, "ORG") for s, a in named])
    assert unexpected not in relations(rows)


@pytest.mark.parametrize("text, person, state, target", [
    # a person's own title after him, behind commas: his state's adjective is no second source
    ("جدد الشيخ عبد الله بن زايد، وزير الخارجية الإماراتي، أمس، موقف بلاده الداعم لمصر سياسيا.",
     ("عبد الله بن زايد", "abdullah_bin_zayed"), ("إماراتي", "united_arab_emirates"), ("مصر", "egypt")),
    # with no comma: the title is no object of the verb either
    ("انتقد جون كيري وزير الخارجية الأمريكي روسيا.",
     ("جون كيري", "john_kerry"), ("أمريكي", "united_states"), ("روسيا", "russia")),
])
def test_a_persons_own_title_after_him_is_no_second_actor(text, person, state, target):
    rows = read(text, [mention(text, *person, "PER"), mention(text, *state, via="nationality"), mention(text, *target)])
    assert (person[1], target[1], 1.0 if "الداعم" in text else -1.0) in relations(precise(rows))
    assert not {r for r in relations(rows) if state[1] in r[:2]}


def test_another_states_title_after_a_person_stays_his_object():
    # the king's country is saudi_arabia: the Iranian minister is whom he receives
    text = "استقبل الملك سلمان بن عبدالعزيز وزير الخارجية الإيراني."
    rows = read(text, [mention(text, "سلمان بن عبدالعزيز", "salman_bin_abdulaziz", "PER"),
                       mention(text, "إيراني", "iran", via="nationality")])
    assert ("salman_bin_abdulaziz", "iran", 0.0) in relations(precise(rows))


@pytest.mark.parametrize("text, source, place", [
    ("وانتقد إردوغان من جاكرتا كذلك الدول التي تلقي اللوم على تركيا.", ("إردوغان", "recep_tayyip_erdogan"), "جاكرتا"),
    ("وأوضح راجح بادي في اتصال هاتفي من عدن أمس أن الحكومة لم تبلغ رسميا.", ("راجح بادي", "rajeh_badi"), "عدن"),
])
def test_a_town_right_after_min_says_whence_and_is_no_target(text, source, place):
    # a town outside the catalogue, as the actor layer names it
    rows = read(text, [mention(text, *source, "PER"), mention(text, place, "ar:town")])
    assert not [r for r in rows if r["target_actor"] == "ar:town"]


def test_towns_after_kull_min_and_a_state_after_min_stay_targets():
    text = "حيث أسقطت الولايات المتحدة قنبلتين ذريتين على كل من هيروشيما وناجازاكي."
    # towns outside the catalogue, as the actor layer names them
    rows = read(text, [mention(text, "الولايات المتحدة", "united_states"), mention(text, "هيروشيما", "ar:هيروشيما"),
                       mention(text, "ناجازاكي", "ar:ناجازاكي")])
    assert {("united_states", "ar:هيروشيما", -1.0), ("united_states", "ar:ناجازاكي", -1.0)} <= relations(rows)
    text = "وحذر الجبير من إيران وتدخلاتها في المنطقة."
    rows = read(text, [mention(text, "الجبير", "adel_al_jubeir", "PER"), mention(text, "إيران", "iran")])
    assert ("adel_al_jubeir", "iran", -1.0) in relations(rows)


@pytest.mark.parametrize("text, speaker", [
    ("قال وزير الخارجية جون كيري إن البيت الأبيض سيقنع الكونغرس بأن الاتفاق النووي مع إيران جيد لأمن المنطقة.",
     ("جون كيري", "john_kerry")),
    ("كما أشار شكري فيما يخص الاتفاق النووي مع إيران إلى ضرورة إخلاء المنطقة من السلاح النووي.",
     ("شكري", "sameh_shoukry")),
])
def test_a_named_agreement_mentioned_in_passing_is_no_stance_of_its_mentioner(text, speaker):
    rows = read(text, [mention(text, *speaker, "PER"), mention(text, "إيران", "iran")])
    assert not [r for r in rows if r["target_actor"] == "iran"]


@pytest.mark.parametrize("text", [
    "وقال جون كيربي إن توقيع الاتفاق النووي مع إيران كان خطوة مهمة.",
    "وقال جون كيربي إن الاتفاق الذي تم إبرامه مع إيران جيد لأمن المنطقة.",
    "وقال جون كيربي إن الاتفاقية التي تم توقيعها مع إيران جيدة.",
])
def test_the_signing_of_a_known_pact_with_no_signer_is_no_stance_of_the_subject(text):
    # the verbal noun signs the definite pact after it or heading its relative clause; no signer is named
    rows = read(text, [mention(text, "جون كيربي", "john_kirby", "PER"), mention(text, "إيران", "iran")])
    assert not [r for r in rows if r["target_actor"] == "iran"]


@pytest.mark.parametrize("text, parties", [
    ("وشهد الوزير توقيع الاتفاق بين السعودية ومصر.", ("saudi_arabia", "egypt")),
    ("وأعلن الوزير توقيع السعودية الاتفاقية مع مصر.", ("saudi_arabia", "egypt")),
    ("وقال الوزير إن الاتفاق الذي تم توقيعه بين السعودية ومصر مهم.", ("saudi_arabia", "egypt")),
    ("وأكدت السعودية توقيع اتفاق مع مصر.", ("saudi_arabia", "egypt")),
    ("وتعهدت السعودية بدعم جديد بعد إبرامها الاتفاقية مع مصر.", ("saudi_arabia", "egypt")),
])
def test_a_known_pact_signed_by_named_parties_keeps_its_row(text, parties):
    # its parties named with بين, its signer in idafa, or an indefinite pact: the signing is reported
    rows = read(text, [mention(text, "السعودية", "saudi_arabia"), mention(text, "مصر", "egypt")])
    assert (*parties, 1.0) in relations(rows)


def test_an_agreement_reached_and_definite_cooperation_keep_their_parties():
    text = "وتوصلت إيران إلى اتفاق مع الدول الكبرى حول برنامجها النووي."
    rows = read(text, [mention(text, "إيران", "iran"), mention(text, "الدول الكبرى", "p5_plus_1", "ORG")])
    assert ("iran", "p5_plus_1", 1.0) in relations(rows)
    text = "وأكد الوزير خالد العبيدي أهمية التعاون مع روسيا في مجال التسليح."
    rows = read(text, [mention(text, "خالد العبيدي", "khalid_al_obeidi", "PER"), mention(text, "روسيا", "russia")])
    assert ("khalid_al_obeidi", "russia", 1.0) in relations(rows)


@pytest.mark.parametrize("text, speaker, agent, state", [
    ("أعلنت حكومة إقليم كردستان أمس أن زيارة وزير الخارجية القطري خالد العطية إلى الإقليم جاءت تكملة لزيارته.",
     ("حكومة إقليم كردستان", "kurdistan_regional_government"), ("خالد العطية", "khalid_al_attiyah"),
     ("القطري", "qatar")),
    ("وقال المستشار كفاح محمود إن «زيارة وزير الدفاع الأميركي آشتون كارتر جاءت في إطار التعاون الموجود».",
     ("كفاح محمود", "ar:كفاح_محمود"), ("آشتون كارتر", "ashton_carter"), ("الأميركي", "united_states")),
])
def test_a_reported_act_naming_its_own_agent_is_not_given_to_the_speaker(text, speaker, agent, state):
    # the visitor's own title (وزير ... القطري) names him as the visit's genitive; no place follows
    quotes = [{"start": text.index("زيارة"), "end": len(text) - 1, "speaker_actor": speaker[1]}]
    rows = read(text, [mention(text, *speaker, "ORG"), mention(text, *agent, "PER"), mention(text, *state)], quotes)
    assert not [r for r in rows if r["source_actor"] == speaker[1]]


def test_a_purpose_after_lam_in_a_report_stays_its_subjects():
    text = "كشفت الخارجية أن الوزير سيرجي لافروف وصل أمس إلى الدوحة للقاء أمير دولة قطر الشيخ تميم بن حمد."
    quotes = [{"start": text.index("الوزير"), "end": len(text) - 1, "speaker_actor": "russia_foreign_ministry"}]
    rows = read(text, [mention(text, "سيرجي لافروف", "sergey_lavrov", "PER"),
                       mention(text, "الشيخ تميم بن حمد", "tamim_bin_hamad", "PER")], quotes)
    assert ("sergey_lavrov", "tamim_bin_hamad", 0.0) in relations(rows)


@pytest.mark.parametrize("text, state, after", [
    ("وبعد الاتفاق النووي مع إيران الذي أبرم في وقت سابق هذا الشهر في فيينا قال نصر الله إنه واثق.",
     ("إيران", "iran"), ("نصر الله", "hassan_nasrallah")),
    ("وناقش الوفد التعاون مع مصر الذي يدعم الرئيس الفلسطيني محمود عباس.",
     ("مصر", "egypt"), ("محمود عباس", "mahmoud_abbas")),
])
def test_a_feminine_state_before_alladhi_is_not_its_antecedent(text, state, after):
    # الذي is masculine: the noun before the preposition (الاتفاق, التعاون), no actor, is the antecedent
    rows = read(text, [mention(text, *state), mention(text, *after, "PER")])
    assert not [r for r in rows if r["source_actor"] == state[1]]


def test_a_masculine_or_feminine_antecedent_that_agrees_still_acts_in_its_clause():
    text = "عن رفضه للتصريحات لنائب الرئيس العراقي نوري المالكي الذي اتهم المملكة."
    rows = read(text, [mention(text, "نوري المالكي", "nouri_al_maliki", "PER"),
                       mention(text, "المملكة", "saudi_arabia")])
    assert ("nouri_al_maliki", "saudi_arabia", -1.0) in relations(rows)
    text = "وانتقد الوزير الموقف مع تركيا التي تدعم المعارضة السورية."
    rows = read(text, [mention(text, "تركيا", "turkey"), mention(text, "المعارضة السورية", "syrian_opposition", "ORG")])
    assert ("turkey", "syrian_opposition", 1.0) in relations(rows)


@pytest.mark.parametrize("text", [
    "وقصفت قوات النظام السوري بلدات بريفي إدلب وحلب وقتلت عشرة أشخاص.",
    "واستهدفت قوات النظام السوري مواقع بريفي حلب وإدلب أمس.",
])
def test_places_after_the_dual_rifi_only_say_where(text):
    # ريفي, the dual of ريف (the countryside of two places), is a locative as ريف is
    rows = read(text, [mention(text, "قوات النظام", "syrian_government", "ORG"),
                       mention(text, "إدلب", "idlib"), mention(text, "حلب", "aleppo")])
    assert not [r for r in rows if r["target_actor"] in ("idlib", "aleppo")]


def test_a_place_bombed_by_name_stays_the_target_of_the_attack():
    text = "وقصفت قوات النظام السوري إدلب بالبراميل المتفجرة."
    rows = read(text, [mention(text, "قوات النظام", "syrian_government", "ORG"), mention(text, "إدلب", "idlib")])
    assert ("syrian_government", "idlib", -1.0) in relations(rows)


def test_inflicting_losses_is_an_attack_on_the_party_that_suffers_them():
    text = "وكبدت قوات الجيش الوطني ميليشيات الحوثيين خسائر كبيرة في الأرواح والعتاد."
    rows = read(text, [mention(text, "قوات الجيش الوطني", "yemeni_national_army", "ORG"),
                       mention(text, "الحوثيين", "houthis", "ORG")])
    assert ("yemeni_national_army", "houthis", -1.0) in relations(rows)
    assert {r["cameo"] for r in rows} == {"19"}


def test_suffering_losses_is_no_attack():
    text = "وتكبد تنظيم داعش خسائر فادحة في مدينة الرمادي."
    rows = read(text, [mention(text, "تنظيم داعش", "islamic_state", "ORG"), mention(text, "الرمادي", "ramadi")])
    assert not rows


@pytest.mark.parametrize("text, source, target", [
    ("وقالت مصادر إن المملكة العربية السعودية تتحمل تكاليف إغاثة الشعب اليمني.", "المملكة العربية السعودية", "اليمني"),
    ("وأمر خادم الحرمين الشريفين بتسيير جسر جوي لإغاثة اليمن.", "خادم الحرمين الشريفين", "اليمن"),
])
def test_relief_is_aid_to_the_people_relieved(text, source, target):
    ids = {"المملكة العربية السعودية": "saudi_arabia", "خادم الحرمين الشريفين": "salman_bin_abdulaziz",
           "اليمني": "yemen", "اليمن": "yemen"}
    rows = read(text, [mention(text, source, ids[source], "PER" if "خادم" in source else "GPE"),
                       mention(text, target, ids[target])])
    assert (ids[source], ids[target], 1.0) in relations(rows)
    assert {r["cameo"] for r in rows if r["cue"].endswith("إغاثة")} == {"07"}


@pytest.mark.parametrize("text, other", [
    ("ونفى عسيري استخدام طائرات الإغاثة التابعة لمركز الملك سلمان في الدعم العسكري.", "مركز الملك سلمان"),
    ("وأعلن عسيري تدشين جسر جوي للإغاثة بين السعودية واليمن.", "السعودية"),
])
def test_relief_with_the_article_names_a_field_of_work_not_an_act(text, other):
    rows = read(text, [mention(text, "عسيري", "ahmed_asiri", "PER"),
                       mention(text, other, "ksrelief" if "مركز" in other else "saudi_arabia", "ORG")]
                + ([mention(text, "اليمن", "yemen")] if "اليمن" in text else []))
    assert not [r for r in rows if r["cue"].endswith("إغاثة")]


@pytest.mark.parametrize("text, agent, agent_id, place, place_id", [
    ("كما قتل 26 شخصا في غارات شنتها طائرات النظام السوري على مدينة منبج بريف حلب.",
     "النظام السوري", "syrian_government", "منبج", "manbij"),
    ("وتحدث السكان عن الحصار الخانق الذي فرضه الحوثيون على مدينة تعز.", "الحوثيون", "houthis", "تعز", "taiz"),
])
def test_an_attack_nouns_relative_clause_reaches_a_place_after_its_head_noun(text, agent, agent_id, place, place_id):
    rows = read(text, [mention(text, agent, agent_id, "ORG"), mention(text, place, place_id)])
    assert (agent_id, place_id, -1.0) in relations(rows)


def test_a_support_nouns_relative_clause_does_not_take_a_place_after_its_head_noun_as_object():
    text = "وأشاد المسؤول بالدعم الذي قدمته السعودية في مدينة عدن."
    rows = read(text, [mention(text, "السعودية", "saudi_arabia"), mention(text, "عدن", "aden")])
    assert ("saudi_arabia", "aden", 1.0) not in relations(rows)


# --- a possessive pronoun's antecedent by gender and number --------------------------------------

_MERKEL = "المستشارة الألمانية ميركل تدعو صربيا وكوسوفو للتوصل لتسوية عقب لقائها برئيس وزراء كوسوفو عيسى مصطفى."


def _merkel_mentions(text: str, name: str) -> list[dict]:
    return [mention(text, name, "angela_merkel", "PER"), mention(text, "صربيا", "serbia"),
            mention(text, "كوسوفو", "kosovo"), mention(text, "عيسى مصطفى", "isa_mustafa", "PER")]


@pytest.mark.parametrize("text, name", [
    (_MERKEL, "ميركل"),  # a feminine title before the name
    (_MERKEL.replace("المستشارة الألمانية ميركل", "أنجيلا ميركل"), "أنجيلا ميركل"),  # a woman's given name
])
def test_a_feminine_possessive_takes_back_the_woman_not_the_two_states_after_her(text, name):
    found = relations(read(text, _merkel_mentions(text, name)))
    assert ("angela_merkel", "isa_mustafa", 0) in found
    assert not {("serbia", "isa_mustafa", 0), ("kosovo", "isa_mustafa", 0)} & found


def test_a_feminine_possessive_may_take_back_three_states_together():
    text = "سترفع الولايات المتحدة والاتحاد الأوروبي والأمم المتحدة عقوباتها المفروضة على إيران."
    mentions = [mention(text, "الولايات المتحدة", "united_states"), mention(text, "الاتحاد الأوروبي", "european_union", "ORG"),
                mention(text, "الأمم المتحدة", "united_nations", "ORG"), mention(text, "إيران", "iran")]
    found = relations(read(text, mentions))
    assert {("united_states", "iran", -1), ("european_union", "iran", -1), ("united_nations", "iran", -1)} <= found


def test_a_masculine_possessive_takes_back_the_man_before_it():
    text = "وأكد الرئيس المصري عبد الفتاح السيسي دعمه للرئيس اليمني عبد ربه منصور هادي."
    mentions = [mention(text, "عبد الفتاح السيسي", "abdel_fattah_el_sisi", "PER"),
                mention(text, "عبد ربه منصور هادي", "abd_rabbuh_mansur_hadi", "PER")]
    assert ("abdel_fattah_el_sisi", "abd_rabbuh_mansur_hadi", 1) in relations(read(text, mentions))


# --- a relative clause after a noun with ل describes that noun ------------------------------------

def test_an_indefinite_clause_after_a_noun_with_lam_describes_that_noun_not_the_attack():
    text = "تدعمهم غارات جوية لتحالف تقوده السعودية على مدينة عدن."
    mentions = [mention(text, "السعودية", "saudi_arabia"), mention(text, "عدن", "aden")]
    assert ("saudi_arabia", "aden", -1) not in relations(read(text, mentions))


def test_an_indefinite_clause_right_after_the_attack_noun_still_names_its_agent():
    text = "غارات جوية شنتها السعودية على مدينة عدن."
    mentions = [mention(text, "السعودية", "saudi_arabia"), mention(text, "عدن", "aden")]
    assert ("saudi_arabia", "aden", -1) in relations(read(text, mentions))


@pytest.mark.parametrize("text", [
    "رويترز- الصخيرات (المغرب): وقعت الجماعات المتحاربة على اتفاق برعاية الأمم المتحدة.",
    "الرباط - وقعت الجماعات المتحاربة على اتفاق برعاية الأمم المتحدة.",
])
def test_a_datelines_place_is_no_source(text):
    # the dateline says where the news is sent from: its state is no party of the agreement
    place = "المغرب" if "(" in text else "الرباط"
    mentions = [mention(text, place, "morocco"), mention(text, "الأمم المتحدة", "united_nations", "ORG")]
    assert [(s, t) for s, t, _ in relations(read(text, mentions))] == []


@pytest.mark.parametrize("text, source, target", [
    ("وقعت المغرب (الرباط) اتفاقا مع الأمم المتحدة أمس.", "المغرب", "الأمم المتحدة"),  # a bracket before a word
    ("رويترز - دعمت الولايات المتحدة المغرب في حربه على الإرهاب.", "الولايات المتحدة", "المغرب"),  # after the dateline
])
def test_a_state_outside_a_dateline_still_acts(text, source, target):
    ids = {"المغرب": "morocco", "الأمم المتحدة": "united_nations", "الولايات المتحدة": "united_states"}
    mentions = [mention(text, source, ids[source]), mention(text, target, ids[target])]
    assert {(s, t) for s, t, _ in relations(read(text, mentions))} == {(ids[source], ids[target])}


# --- a possessive pronoun and the quote's speaker -------------------------------------------

def _speaker_reading(text: str, cue_surface: str) -> set[tuple]:
    """Rows of ``cue_surface`` when فتحي صالح speaks from أن to the end of ``text``."""
    mentions = [mention(text, "فتحي صالح", "ar:فتحي_صالح", "PER"), mention(text, "الحوثيين", "houthis", "ORG")]
    if "المقاومة الشعبية" in text:
        mentions.append(mention(text, "المقاومة الشعبية", "yemeni_popular_resistance", "ORG"))
    quotes = [{"start": text.index("أن ") + 3, "end": len(text), "speaker_actor": "ar:فتحي_صالح"}]
    return {(r["source_actor"], r["target_actor"], r["polarity"]) for r in read(text, mentions, quotes)
            if r["cue"] == cue_surface and r["confidence"] >= 0.5}


def test_a_plural_possessive_does_not_take_back_a_single_speaker():
    # حربهم: they are the fighters the quote speaks of, not فتحي, who is one man
    text = "وأشار فتحي صالح إلى أن هناك مواجهات شرسة يقوم بها أبناء المقاومة الشعبية في حربهم ضد الحوثيين"
    assert not any(source == "ar:فتحي_صالح" for source, _, _ in _speaker_reading(text, "حربهم"))
    text = "وأشار فتحي صالح إلى أن أبناء القرى يواصلون حربهم ضد الحوثيين"
    assert _speaker_reading(text, "حربهم") == set()


def test_a_possessive_agreeing_with_the_speaker_still_takes_him_back():
    # حربه: the speaker's own war, the pronoun agreeing with him
    text = "وأكد فتحي صالح أن المقاومة مستمرة وأن حربه ضد الحوثيين لن تتوقف"
    assert ("ar:فتحي_صالح", "houthis", -1) in _speaker_reading(text, "حربه")


# --- a monarch named by his title and his state's adjective; an accusative noun after يجري ---------

@pytest.mark.parametrize("text, source, target, expected", [
    ("استقبل العاهل الأردني وزير الخارجية الإيراني في عمان.", ("الأردني", "jordan"), ("الإيراني", "iran"),
     ("jordan", "iran", 0.0)),
    ("بحث العاهل المغربي مع الرئيس الفرنسي الأزمة السورية.", ("المغربي", "morocco"), ("الفرنسي", "france"),
     ("morocco", "france", 0.0)),
    ("التقى وزير الخارجية السعودي العاهل الأردني في عمان.", ("السعودي", "saudi_arabia"),
     ("الأردني", "jordan"), ("saudi_arabia", "jordan", 0.0)),
])
def test_a_monarch_named_by_his_states_adjective_is_that_state(text, source, target, expected):
    # stance-rules 3: an official without a name in the sentence is his state (العاهل الأردني -> jordan)
    mentions = [mention(text, *source, via="nationality"), mention(text, *target, via="nationality")]
    assert expected in relations(precise(read(text, mentions)))


def test_a_monarch_named_beside_his_title_is_no_state():
    text = "التقى العاهل الأردني الملك عبد الله الثاني الرئيس المصري في عمان."
    mentions = [mention(text, "الأردني", "jordan", via="nationality"),
                mention(text, "الملك عبد الله الثاني", "abdullah_ii", "PER"),
                mention(text, "المصري", "egypt", via="nationality")]
    found = relations(read(text, mentions))
    assert ("abdullah_ii", "egypt", 0.0) in found and not any(s == "jordan" for s, _, _ in found)


@pytest.mark.parametrize("text", [
    "ولي ولي العهد السعودي يجري اتصالاً هاتفيًا بالرئيس المصري",
    "وزير الخارجية السعودي يجري اتصالا هاتفيا بالرئيس المصري.",
])
def test_an_accusative_noun_after_yujri_is_its_object(text):
    # يُجري اتصالاً: the active verb (he makes a call), whose subject makes it; not the passive يجري
    mentions = [mention(text, "المصري", "egypt", via="nationality")]
    if "الخارجية" in text:
        mentions.insert(0, mention(text, "السعودي", "saudi_arabia", via="nationality"))
    assert ("saudi_arabia", "egypt", 0.0) in relations(precise(read(text, mentions)))


@pytest.mark.parametrize("text", [
    "وقالت السعودية إنه يجري الاتصال بالأردن لبحث الأزمة.",
    "وقالت السعودية إنه يجري اتصال بالأردن لبحث الأزمة.",
])
def test_a_definite_or_nominative_noun_after_yujri_keeps_no_subject(text):
    # يجري الاتصال, يجري اتصالٌ: the call takes place; the sentence's subject does not make it
    mentions = [mention(text, "السعودية", "saudi_arabia"), mention(text, "الأردن", "jordan")]
    assert ("saudi_arabia", "jordan", 0.0) not in relations(precise(read(text, mentions)))


def test_a_mutual_noun_with_its_party_after_ma_takes_no_later_bayna():
    # بالاتفاق النووي مع إيران: the agreement's other party is named; the بين after يعكس الاختلاف
    # names the parties of the difference, not of the agreement
    text = ("وقالت الصحيفة إن الموقف من الاتفاق النووي مع إيران يعكس الاختلاف بين الملك سلمان ورئيس "
            "الوزراء الإسرائيلي بنيامين نتنياهو.")
    mentions = [mention(text, "إيران", "iran"), mention(text, "الملك سلمان", "salman_bin_abdulaziz", "PER"),
                mention(text, "بنيامين نتنياهو", "benjamin_netanyahu", "PER")]
    assert ("salman_bin_abdulaziz", "benjamin_netanyahu", 1.0) not in relations(read(text, mentions))


@pytest.mark.parametrize("text", ["جرى اتصال هاتفي بين السعودية والأردن.",
                                  "وبحث الاتفاق الموقع بين السعودية والأردن."])
def test_a_mutual_noun_followed_by_bayna_still_takes_its_parties(text):
    mentions = [mention(text, "السعودية", "saudi_arabia"), mention(text, "الأردن", "jordan")]
    assert any(s == "saudi_arabia" and t == "jordan" for s, t, _ in relations(read(text, mentions)))


def test_a_place_freed_from_an_actors_control_was_held_by_it():
    # «من سيطرة X» after a place: X held it, the holder is named after the phrase (the held frame)
    cases = [
        ("وأكد أن تحرير العاصمة صنعاء من سيطرة الحوثيين يعد من الأولويات.", "صنعاء", "sanaa", "الحوثيين", "houthis"),
        ("وتم تحرير مدينة الرمادي من سيطرة تنظيم داعش.", "الرمادي", "ramadi", "تنظيم داعش", "islamic_state"),
    ]
    for text, place, place_id, holder, holder_id in cases:
        mentions = [mention(text, place, place_id), mention(text, holder, holder_id, "ORG")]
        rows = [r for r in precise(read(text, mentions)) if r["cameo"] == "19"]
        assert relations(rows) == {(holder_id, place_id, -1.0)}, text


def test_control_outside_a_freed_place_is_no_holding():
    # control of prices, a recapture by the active verb and a state's own city give no holding row
    text = "وأعلنت الحكومة المصرية السيطرة على الأسعار في القاهرة."
    mentions = [mention(text, "المصرية", "egypt", via="nationality"), mention(text, "القاهرة", "cairo")]
    assert not [r for r in read(text, mentions) if r["cameo"] == "19"]
    text = "وسيطرت قوات الجيش اليمني على مدينة عدن."
    mentions = [mention(text, "قوات الجيش اليمني", "yemeni_national_army", "ORG"), mention(text, "عدن", "aden")]
    assert read(text, mentions) == []
    text = "وأعلنت السلطات تحرير طرابلس من سيطرة الحكومة الليبية."
    mentions = [mention(text, "طرابلس", "tripoli"), mention(text, "الليبية", "libya", via="nationality")]
    assert not [r for r in read(text, mentions) if r["cameo"] == "19"]



def test_disowning_a_statement_opposes_its_author():
    # تبرأ/تنصل من تصريحات X: the disowned statement's author is the target (-1, 12, a rejection)
    cases = [
        ("العراق يتبرأ من تصريحات المالكي ضد السعودية.", "العراق", "iraq", "المالكي", "nouri_al_maliki"),
        ("وتنصل حزب نداء تونس من تصريحات ساركوزي عن الجزائر.", "حزب نداء تونس", "nidaa_tounes",
         "ساركوزي", "nicolas_sarkozy"),
    ]
    for text, source, source_id, author, author_id in cases:
        rows = precise(read(text, [mention(text, source, source_id, "ORG"), mention(text, author, author_id, "PER")]))
        assert relations(rows) == {(source_id, author_id, -1.0)}, text
        assert rows[0]["cameo"] == "12"


def test_disowning_guards():
    # negated, or disowning an act or a responsibility rather than a statement, no -1 row
    text = "ولم يتبرأ العراق من تصريحات المالكي."
    mentions = [mention(text, "العراق", "iraq"), mention(text, "المالكي", "nouri_al_maliki", "PER")]
    assert not [r for r in read(text, mentions) if r["polarity"] == -1]
    text = "وتبرأت حركة حماس من الهجوم على الجيش المصري."
    mentions = [mention(text, "حركة حماس", "hamas", "ORG"), mention(text, "المصري", "egypt", via="nationality")]
    assert [r["cue"] for r in read(text, mentions)] == ["هجوم"]  # the attack's own row only
    assert "تنصل" not in cue_surfaces("وتنصل جيش الاحتلال من المسؤولية عن قتل الشاب.")


def _pair_rows(text: str, source: str, source_id: str, target: str, target_id: str) -> list[dict]:
    """Precise rows of ``text`` with two actors marked, the source by its nationality adjective when
    it bears the article (الإسرائيلية), else by name."""
    via = "nationality" if source.startswith("ال") else "name"
    return precise(read(text, [mention(text, source, source_id, via=via), mention(text, target, target_id)]))


def test_pressing_an_actor_is_a_demand():
    # ضغط على X (verb or noun): the presser -> X, -1, 10, as the demands (طالب)
    cases = [
        ("وتضغط واشنطن على أنقرة لاتخاذ دور أكبر.", "واشنطن", "united_states", "أنقرة", "turkey"),
        ("وقال إن الضغوط الإسرائيلية على واشنطن لن تغير الموقف.", "الإسرائيلية", "israel", "واشنطن",
         "united_states"),
    ]
    for text, source, source_id, target, target_id in cases:
        rows = _pair_rows(text, source, source_id, target, target_id)
        assert relations(rows) == {(source_id, target_id, -1.0)}, text
        assert rows[0]["cameo"] == "10"


def test_pressure_guards():
    # blood pressure and a pressed trigger are no cue; a negated pressing gives no -1 row
    assert cue_surfaces("وقال الطبيب إن ضغط الدم يرتفع.") == []
    text = "وضغط الجندي الإسرائيلي على الزناد."
    assert read(text, [mention(text, "الإسرائيلي", "israel", via="nationality")]) == []
    text = "ولم تضغط واشنطن على أنقرة."
    mentions = [mention(text, "واشنطن", "united_states"), mention(text, "أنقرة", "turkey")]
    assert not [r for r in read(text, mentions) if r["polarity"] == -1]


def test_plural_and_dual_allies_are_alliances():
    # حلفاء X after the allies, حليفان ل after the pair: +1, 05 like the singular حليف
    text = "وانهزام الحوثيين حلفاء إيران في اليمن مؤشر ممتاز."
    rows = precise(read(text, [mention(text, "الحوثيين", "houthis", "ORG"), mention(text, "إيران", "iran")]))
    assert relations(rows) == {("houthis", "iran", 1.0)}
    text = "وقال إن مصر والإمارات حليفان للسعودية."
    mentions = [mention(text, "مصر", "egypt"), mention(text, "الإمارات", "united_arab_emirates"),
                mention(text, "سعودية", "saudi_arabia")]
    assert relations(precise(read(text, mentions))) == {("egypt", "saudi_arabia", 1.0),
                                                       ("united_arab_emirates", "saudi_arabia", 1.0)}


def test_allies_with_no_actor_described_give_no_row():
    text = "وتحدث عن حلفاء إيران في المنطقة."
    assert read(text, [mention(text, "إيران", "iran")]) == []


def test_a_leader_after_biqiyada_describes_the_noun_led():
    # الحكومة المصرية بقيادة الرئيس السيسي تضغط: the government (its adjective) is the subject, not
    # the leader nearest the verb; التحالف بقيادة السعودية: the leader is no object of the verb either
    text = "وأفادت مصادر بأن الحكومة المصرية بقيادة الرئيس عبد الفتاح السيسي تضغط على الأمم المتحدة."
    mentions = [mention(text, "المصرية", "egypt", via="nationality"),
                mention(text, "عبد الفتاح السيسي", "abdel_fattah_el_sisi", "PER"),
                mention(text, "الأمم المتحدة", "united_nations", "ORG")]
    assert relations(precise(read(text, mentions))) == {("egypt", "united_nations", -1.0)}
    for text in ["وقصف التحالف العربي بقيادة السعودية مواقع الحوثيين في صعدة.",
                 "والتحالف العربي بقيادة السعودية يقصف مواقع الحوثيين في صعدة."]:
        mentions = [mention(text, "التحالف العربي", "arab_coalition", "ORG"), mention(text, "السعودية", "saudi_arabia"),
                    mention(text, "الحوثيين", "houthis", "ORG")]
        assert relations(precise(read(text, mentions))) == {("arab_coalition", "houthis", -1.0)}, text


def test_a_leader_after_a_rank_describes_the_noun_led():
    # بقيادة العميد فضل حسن: a rank the grammar lists no title stands between the leader word and
    # the name; the commander is still no subject of the siege that follows
    text = ("وأكدت المصادر أن قوات اللواء الأول، بقيادة العميد فضل حسن، ورجال المقاومة الشعبية وصلت إلى المنطقة، "
            "فيما تحاصر القاعدة قوات أخرى للمقاومة.")
    mentions = [mention(text, "فضل حسن", "ar:فضل_حسن", "PER"),
                mention(text, "المقاومة الشعبية", "yemeni_popular_resistance", "ORG"),
                mention(text, "للمقاومة", "yemeni_popular_resistance", "ORG")]
    assert not any("ar:فضل_حسن" in r for r in relations(read(text, mentions)))


def test_leader_rank_guards():
    # a word between that names an actor itself is no rank: the army joined after the leader acts
    text = "واستطاعت قوات التحالف، بقيادة السعودية والجيش الوطني، دحر الحوثيين من عدن."
    mentions = [mention(text, "التحالف", "arab_coalition", "ORG"), mention(text, "السعودية", "saudi_arabia"),
                mention(text, "الجيش الوطني", "yemeni_national_army", "ORG"), mention(text, "الحوثيين", "houthis", "ORG")]
    assert ("yemeni_national_army", "houthis", -1.0) in relations(read(text, mentions))


def test_leader_guards():
    # a delegation headed (برئاسة) by a minister is his: only بقيادة and بزعامة name a leader who
    # describes; a leader who acts in his own clause keeps his rows
    text = "والتقى وفد برئاسة سامح شكري فلاديمير بوتين."
    mentions = [mention(text, "سامح شكري", "sameh_shoukry", "PER"), mention(text, "فلاديمير بوتين", "vladimir_putin", "PER")]
    assert relations(precise(read(text, mentions))) == {("sameh_shoukry", "vladimir_putin", 0.0)}
    text = "وانتقد السيسي قطر، فيما قصف التحالف بقيادة السعودية مواقع الحوثيين."
    mentions = [mention(text, "السيسي", "abdel_fattah_el_sisi", "PER"), mention(text, "قطر", "qatar"),
                mention(text, "السعودية", "saudi_arabia"), mention(text, "الحوثيين", "houthis", "ORG")]
    rows = relations(precise(read(text, mentions)))
    assert ("abdel_fattah_el_sisi", "qatar", -1.0) in rows and not any("saudi_arabia" in r for r in rows)


@pytest.mark.parametrize("text, person, state", [
    ("واتهم وزير الثقافة والإعلام عادل الطريفي إيران بدعم الإرهاب.", "عادل الطريفي", "إيران"),
    ("واتهم وزير الاوقاف والشؤون الدينية الفلسطينية يوسف ادعيس إسرائيل بانتهاك المسجد.", "يوسف ادعيس", "إسرائيل"),
])
def test_a_minister_s_portfolio_leads_to_the_person(text, person, state):
    """وزير الثقافة والإعلام عادل الطريفي: the portfolio's definite nouns, no titles, stand between
    the minister's title and his name; the verb before the title has him as its subject."""
    rows = read(text, [mention(text, person, "minister", "PER"), mention(text, state, "state")])
    assert relations(rows) == {("minister", "state", -1.0)}


def test_a_one_word_portfolio_leads_to_the_person_too():
    """وزير الحج بندر حجار: the subject of the verb before the title, who meets the object."""
    text = "والتقى وزير الحج بندر حجار أمس رئيس الوزراء اللبناني تمام سلام."
    rows = read(text, [mention(text, "بندر حجار", "bandar_hajjar", "PER"), mention(text, "تمام سلام", "tammam_salam", "PER")])
    assert relations(rows) == {("bandar_hajjar", "tammam_salam", 0.0)}


def test_minister_portfolio_guards():
    """A place after a portfolio is the visit's object, not the minister's state; a person with a
    title chain of his own after the portfolio is the object, not the subject."""
    text = "زار وزير الثقافة والإعلام الكويت أمس."
    assert read(text, [mention(text, "الكويت", "kuwait")]) == []
    text = "والتقى وزير الثقافة والإعلام رئيس الوزراء اللبناني تمام سلام."
    assert read(text, [mention(text, "تمام سلام", "tammam_salam", "PER")]) == []


def test_a_place_head_with_the_lam_of_a_verbal_noun_s_object_is_attacked():
    """بقصف متعمد لمنطقة سد الجبلين: the ل after a force noun marks its object; the place is attacked."""
    text = "وأكد المجلس أن ميليشيات الحوثي قامت أمس بقصف متعمد لمنطقة سد الجبلين في منطقة الضباب."
    rows = read(text, [mention(text, "الحوثي", "houthis", "ORG"), mention(text, "سد الجبلين", "sad_al_jabalain")])
    assert relations(rows) == {("houthis", "sad_al_jabalain", -1.0)}


def test_lam_place_head_guards():
    """A place after بمنطقة or في منطقة only says where the shelling was."""
    for place in ("بمنطقة", "في منطقة"):
        text = f"وأكد المجلس أن ميليشيات الحوثي قامت أمس بقصف متعمد {place} سد الجبلين."
        rows = read(text, [mention(text, "الحوثي", "houthis", "ORG"), mention(text, "سد الجبلين", "sad_al_jabalain")])
        assert ("houthis", "sad_al_jabalain", -1.0) not in relations(rows)


@pytest.mark.parametrize("text, first, second", [
    ("وحذر المبعوث من أن حل الدولتين للنزاع بين إسرائيل وفلسطين بعيد.", "إسرائيل", "فلسطين"),
    ("وأوضح أن نزاع تركيا مع حزب العمال الكردستاني قضية مختلفة.", "تركيا", "حزب العمال الكردستاني"),
])
def test_a_dispute_noun_is_a_conflict_between_its_parties(text, first, second):
    """نزاع, نزاعات: a noun of the conflict cue (صراع), its parties after بين or مع."""
    rows = read(text, [mention(text, first, "first"), mention(text, second, "second", "ORG")])
    assert ("first", "second", -1.0) in relations(rows)


def test_dispute_noun_guard():
    """A dispute in a place names no party (النزاع في اليمن)."""
    text = "وقال الوزير إن النزاع في اليمن طال."
    assert read(text, [mention(text, "اليمن", "yemen")]) == []


@pytest.mark.parametrize("text, source, target", [
    ("وقامت ميليشيات الحوثي بقصف مدينة تعز.", ("ميليشيات الحوثي", "houthis", "ORG"), ("تعز", "taiz", "GPE")),
    ("وقام الجيش السوري بقصف مدينة حلب.", ("الجيش السوري", "syrian_army", "ORG"), ("حلب", "aleppo", "GPE")),
])
def test_a_light_verb_s_subject_does_what_its_verbal_noun_says(text, source, target):
    rows = precise(read(text, [mention(text, *source), mention(text, *target)]))
    assert relations(rows) == {(source[1], target[1], -1)}


def test_light_verb_guards():
    # a verbal noun after another verb's subject and object is still no act of that subject
    text = "وندد الجيش السوري بقصف مدينة حلب."
    assert not read(text, [mention(text, "الجيش السوري", "syrian_army", "ORG"), mention(text, "حلب", "aleppo")])
    # a visit after a light verb is the visitor's contact
    text = "وقام وزير الخارجية عادل الجبير بزيارة إلى روسيا."
    rows = precise(read(text, [mention(text, "عادل الجبير", "adel_al_jubeir", "PER"), mention(text, "روسيا", "russia")]))
    assert relations(rows) == {("adel_al_jubeir", "russia", 0)}


def test_a_negated_light_verb_says_no_act():
    text = "ولم تقم إسرائيل بقصف غزة."
    assert not read(text, [mention(text, "إسرائيل", "israel"), mention(text, "غزة", "gaza")])


@pytest.mark.parametrize("text, source, target, sign", [
    ("اجتماع الوزراء. من جهته شبه وزير الداخلية الاسباني جورج فرناندز دياز تدفق اللاجئين بتسرب المياه. "
     "وقال لدى وصوله إلى بروكسل إن الوضع صعب.",
     ("جورج فرناندز دياز", "jorge_fernandez_diaz", "PER"), ("بروكسل", "brussels", "GPE"), 0),
    ("اجتماع الوزراء. من جهتها طالبت وزارة الخارجية الفلسطينية في بيان العالم بالتحرك. وأدانت الوزارة في بيان إسرائيل.",
     ("وزارة الخارجية الفلسطينية", "palestine_foreign_ministry", "ORG"), ("إسرائيل", "israel", "GPE"), -1),
    ("اجتماع الوزراء. بدورها طالبت وزارة الخارجية الفلسطينية في بيان العالم بالتحرك. وأدانت الوزارة في بيان إسرائيل.",
     ("وزارة الخارجية الفلسطينية", "palestine_foreign_ministry", "ORG"), ("إسرائيل", "israel", "GPE"), -1),
])
def test_an_aside_before_the_verb_keeps_its_subject_for_the_next_sentence(text, source, target, sign):
    rows = read(text, [mention(text, *source), mention(text, *target)])
    assert relations(rows) == {(source[1], target[1], sign)}


def test_opening_aside_guards():
    # من جهة أخرى opens another matter, not the subject's aside: nothing is carried past it
    text = ("اجتماع الوزراء. من جهة أخرى طالبت وزارة الخارجية الفلسطينية في بيان العالم بالتحرك. "
            "وأدانت الوزارة في بيان إسرائيل.")
    ministry = mention(text, "وزارة الخارجية الفلسطينية", "palestine_foreign_ministry", "ORG")
    assert not read(text, [ministry, mention(text, "إسرائيل", "israel")])
    # an aside followed by a subject that is no known actor carries nobody
    text = "اجتماع الوزراء. من جهته قال المتحدث إن الوضع صعب. وأدانت الوزارة في بيان إسرائيل."
    assert not read(text, [mention(text, "إسرائيل", "israel")])


@pytest.mark.parametrize("text, source, target, sign", [
    # a verb governing ب before the construct head of its object: the subject is the sentence before's
    ("اجتماع الوزراء. وقال عبده الحذيفي إن الوضع صعب. وأشاد بمقاتلي المقاومة الشعبية.",
     ("عبده الحذيفي", "abdu_al_hudhaifi", "PER"), ("المقاومة الشعبية", "yemeni_popular_resistance", "ORG"), 1),
    ("اجتماع الوزراء. وقال عبده الحذيفي إن الوضع صعب. وأشاد بدور المقاومة الشعبية.",
     ("عبده الحذيفي", "abdu_al_hudhaifi", "PER"), ("المقاومة الشعبية", "yemeni_popular_resistance", "ORG"), 1),
    # كما before a verb naming no subject leaves it to the sentence before, as و does
    ("اجتماع الوزراء. وقال سعيد بوميدوحة إن الوضع صعب. كما أدان في بيان إيران.",
     ("سعيد بوميدوحة", "said_boumedouha", "PER"), ("إيران", "iran", "GPE"), -1),
])
def test_a_carried_subject_reaches_past_kama_and_a_ba_phrase(text, source, target, sign):
    rows = read(text, [mention(text, *source), mention(text, *target)])
    assert relations(rows) == {(source[1], target[1], sign)}


def test_carried_subject_guards():
    said = "اجتماع الوزراء. وقال عبده الحذيفي إن الوضع صعب. "
    hudhaifi = ("عبده الحذيفي", "abdu_al_hudhaifi", "PER")
    resistance = ("المقاومة الشعبية", "yemeni_popular_resistance", "ORG")
    # a new named subject takes over: a name read as ب + stem, a noun whose ب is its own
    text = said + "وأشاد بوتين بالمقاومة الشعبية."
    rows = read(text, [mention(text, *hudhaifi), mention(text, *resistance), mention(text, "بوتين", "vladimir_putin", "PER")])
    assert relations(rows) == {("vladimir_putin", "yemeni_popular_resistance", 1)}
    text = "اجتماع الوزراء. وقال سعيد بوميدوحة إن الوضع صعب. كما استنكرت بقية الدول الخليجية التفجير في إيران."
    rows = read(text, [mention(text, "سعيد بوميدوحة", "said_boumedouha", "PER"), mention(text, "الدول الخليجية", "gulf_states", "ORG"),
                       mention(text, "إيران", "iran")])
    assert "said_boumedouha" not in {r["source_actor"] for r in rows}
    text = said + "وأشاد بيان الحكومة بالمقاومة الشعبية."
    assert not read(text, [mention(text, *hudhaifi), mention(text, *resistance)])
    # a passive verb carries nobody
    text = "اجتماع الوزراء. وقال سعيد بوميدوحة إن الوضع صعب. كما أدينت في بيان إيران."
    assert not read(text, [mention(text, "سعيد بوميدوحة", "said_boumedouha", "PER"), mention(text, "إيران", "iran")])


def test_a_capital_as_a_place_keeps_its_city():
    egypt = ("المصري", "egypt", "GPE", "nationality")
    # the destination of a visit
    text = "وزار وزير الخارجية المصري الرياض أمس."
    assert relations(read(text, [mention(text, *egypt), mention(text, "الرياض", "riyadh")])) == {("egypt", "riyadh", 0)}
    # a place attacked
    text = "وقصفت المقاتلات الإسرائيلية دمشق أمس."
    rows = read(text, [mention(text, "الإسرائيلية", "israel", "GPE", "nationality"), mention(text, "دمشق", "damascus")])
    assert relations(rows) == {("israel", "damascus", -1)}
    # the venue of a meeting relates nobody to it
    text = "والتقى وزير الخارجية المصري نظيره الأمريكي في الرياض أمس."
    rows = read(text, [mention(text, *egypt), mention(text, "الأمريكي", "united_states", "GPE", "nationality"),
                       mention(text, "الرياض", "riyadh")])
    assert not {"riyadh", "saudi_arabia"} & {r["target_actor"] for r in rows}



def test_interference_in_a_states_affairs_is_disapproval():
    # تدخل/التدخلات في شؤون X (verb or noun): the interfering party -> X, -1, 11, as the dev gold has it
    cases = [
        ("وقال الوزير إن التدخلات الإيرانية في الشأن الداخلي لمملكة البحرين مرفوضة.", "الإيرانية", "iran",
         "البحرين", "bahrain"),
        ("وأكد أن طهران تتدخل في شؤون العراق منذ سنوات.", "طهران", "iran", "العراق", "iraq"),
    ]
    for text, source, source_id, target, target_id in cases:
        rows = _pair_rows(text, source, source_id, target, target_id)
        assert relations(rows) == {(source_id, target_id, -1.0)}, text
        assert rows[0]["cameo"] == "11"


def test_interference_guards():
    # an intervention with no «affairs» after it is no cue; no actor pair gives no row; negated, no -1 row
    assert cue_surfaces("ويمكن تدخل الدفاع المدني لإخماد الحريق.") == []
    text = "وحذر من التدخلات في الشؤون الداخلية للدول."
    assert read(text, []) == []
    text = "وقال إن إيران لا تتدخل في شؤون البحرين."
    mentions = [mention(text, "إيران", "iran"), mention(text, "البحرين", "bahrain")]
    assert not [r for r in read(text, mentions) if r["polarity"] == -1]


# --- two persons sharing a dual title, each named by his state's adjective -------------------------

def test_a_second_person_named_by_his_own_adjective_is_coordinated():
    # بنظيريه، الأميركي جون كيري والسعودي عادل الجبير: both counterparts are met
    text = "على أن يلتقي سيرجي لافروف في وقت لاحق بنظيريه، الأميركي جون كيري والسعودي عادل الجبير."
    mentions = [mention(text, name, slug, "PER") for name, slug in
                [("سيرجي لافروف", "lavrov"), ("جون كيري", "kerry"), ("عادل الجبير", "jubeir")]]
    assert {("lavrov", "kerry", 0.0), ("lavrov", "jubeir", 0.0)} <= relations(read(text, mentions))
    # بين الرئيسين التركي ... والأمريكي ...: the shared title and the first's adjective stand after بين
    text = "وذلك بعد اتصال هاتفي جرى بين الرئيسين التركي رجب طيب أردوغان والأمريكي باراك أوباما."
    mentions = [mention(text, "رجب طيب أردوغان", "erdogan", "PER"), mention(text, "باراك أوباما", "obama", "PER")]
    assert ("erdogan", "obama", 0.0) in relations(read(text, mentions))


def test_a_joined_adjective_guards():
    # an adjective on و between a state and a person joins nothing: the person is no second subject
    text = "وانتقدت تركيا والأمريكي باراك أوباما يستمع."
    mentions = [mention(text, "تركيا", "turkey"), mention(text, "باراك أوباما", "obama", "PER")]
    assert ("turkey", "obama", -1.0) in relations(read(text, mentions))
    # an adjective without the article is no title of a second person (وأمريكي)
    text = "وذلك بعد اتصال هاتفي جرى بين مسؤول تركي رجب طيب أردوغان وأمريكي باراك أوباما."
    mentions = [mention(text, "رجب طيب أردوغان", "erdogan", "PER"), mention(text, "باراك أوباما", "obama", "PER")]
    assert ("erdogan", "obama", 0.0) not in relations(read(text, mentions))


# --- a verbal noun that names its own agent gives no positional guess ---------------------------------

def test_a_noun_with_its_own_agent_and_no_target_gives_no_guess():
    # تدخل إيران, التدخلات الإيرانية: iran's act; its target an adjective or a pronoun the frames do not
    # read, the state named before is no party of it (no bahrain -> iran guess)
    for text, surface, via in [("وأكدت البحرين أن تدخل إيران في الشأن الداخلي البحريني مرفوض.", "إيران", "name"),
                               ("وقالت البحرين إن التدخلات الإيرانية في شؤوننا مستمرة.", "الإيرانية", "nationality")]:
        mentions = [mention(text, "البحرين", "bahrain"), mention(text, surface, "iran", via=via)]
        assert read(text, mentions) == [], text


def test_own_agent_guards():
    # with a target named the agent's row stays; a noun with no agent of its own is still guessed
    text = "وأكدت البحرين أن التدخل الإيراني في الشأن الداخلي لمملكة البحرين مرفوض."
    mentions = [mention(text, "البحرين", "bahrain"), mention(text, "الإيراني", "iran", via="nationality"),
                mention(text, "البحرين", "bahrain", nth=1)]
    assert ("iran", "bahrain", -1.0) in relations(read(text, mentions))
    text = "وانتقدت البحرين أمس إيران بشدة."
    mentions = [mention(text, "البحرين", "bahrain"), mention(text, "إيران", "iran")]
    assert ("bahrain", "iran", -1.0) in relations(read(text, mentions))


# --- a verbal noun's target after a preposition of attitude past its window (round seventy-six) ---

def test_verbal_noun_target_after_a_preposition_of_attitude_past_its_window():
    t = "ودعا الوزير البحريني خالد بن أحمد إلى استنكار ورد وطني مخلص تجاه هذه التدخلات الإيرانية."
    rows = read(t, [mention(t, "خالد بن أحمد", "khalid_bin_ahmed", "PER"),
                    mention(t, "الإيرانية", "iran", via="adjective")])
    assert ("khalid_bin_ahmed", "iran", -1) in {(r["source_actor"], r["target_actor"], r["polarity"])
                                                 for r in rows if r["cue"] == "استنكار"}
    t = "وأعلنت الكويت دعمها الكامل والثابت وغير المحدود والمتواصل إزاء البحرين."
    rows = read(t, [mention(t, "الكويت", "kuwait"), mention(t, "البحرين", "bahrain")])
    assert ("kuwait", "bahrain", 1) in relations(rows)


def test_preposition_of_attitude_guards():
    # the preposition in another clause names that clause's target
    t = "ودعا خالد بن أحمد إلى استنكار ورد وطني مخلص، فيما قال إن موقف الكويت تجاه إيران ثابت."
    rows = read(t, [mention(t, "خالد بن أحمد", "khalid_bin_ahmed", "PER"), mention(t, "الكويت", "kuwait"),
                    mention(t, "إيران", "iran")])
    assert not [r for r in rows if r["cue"] == "استنكار"]
    # a second cue between has the preposition for its own
    t = "ودعا خالد بن أحمد إلى استنكار واضح وإلى دعم الموقف الموحد تجاه إيران."
    rows = read(t, [mention(t, "خالد بن أحمد", "khalid_bin_ahmed", "PER"), mention(t, "إيران", "iran")])
    assert not [r for r in rows if r["cue"] == "استنكار"]
    # support against a party does not aim at it
    t = "وأعلن الأردن دعمه الكامل والثابت وغير المحدود للجهود المبذولة ضد تنظيم داعش."
    rows = read(t, [mention(t, "الأردن", "jordan"), mention(t, "تنظيم داعش", "islamic_state", "ORG")])
    assert ("jordan", "islamic_state", 1) not in relations(rows)


@pytest.mark.parametrize("text, names", [
    # a company's share of a market: control of no actor, no political stance
    ("وتسيطر شركة أرامكو على حصة كبيرة من سوق النفط في الصين.",
     [("أرامكو", "saudi_aramco", "ORG"), ("الصين", "china", "GPE")]),
    # bringing a fire under control in a named place relates no two actors
    ("وسيطر الدفاع المدني في الطائف على حريق أشجار في جازان.",
     [("الدفاع المدني", "ar:دفاع_مدني", "ORG"), ("الطائف", "taif", "GPE"), ("جازان", "jazan", "GPE")]),
])
def test_control_of_a_market_or_a_fire_gives_no_row(text, names):
    mentions = [mention(text, surface, actor, type_) for surface, actor, type_ in names]
    assert read(text, mentions) == []


# --- round eighty-one: the من of a by-phrase is no من a cue needs ------------------------------------

@pytest.mark.parametrize("text", ["هبوط أول طائرة إغاثية في عدن منذ تحريرها من قبل المقاومة الشعبية",
                                  "وعادت الحياة إلى مدينة عدن بعد تحريرها من طرف المقاومة الشعبية."])
def test_a_place_liberated_by_an_agent_after_a_by_phrase_is_no_target(text):
    # liberation (تحرير ... من) is a recapture: no row toward the place; «من قبل» names the liberator,
    # not the party the place is freed from, so with no من beyond it there is no cue
    rows = read(text, [mention(text, "عدن", "aden"), mention(text, "المقاومة الشعبية", "yemeni_popular_resistance", "ORG")])
    assert rows == []


def test_a_by_phrase_before_the_party_freed_from_keeps_the_cue():
    # guards: the من after the by-phrase's agent is the cue's own; a plain من keeps its reading
    text = "وتم تحرير مدينة عدن من قبل المقاومة الشعبية من ميليشيات الحوثي."
    mentions = [mention(text, "عدن", "aden"), mention(text, "المقاومة الشعبية", "yemeni_popular_resistance", "ORG"),
                mention(text, "ميليشيات الحوثي", "houthis", "ORG")]
    assert cue_surfaces(text) == ["تحرير"]
    assert ("aden" not in {r["target_actor"] for r in read(text, mentions)})
    text = "وتمكن الجيش اليمني من تحرير عدن ولحج من قبضة ميليشيات الحوثي."
    assert cue_surfaces(text) == ["تحرير"]


# --- a noun's agent after من and the party named right after it; an attack's target behind its positions ----

@pytest.mark.parametrize("text, giver, giver_id, party, party_id, polarity", [
    ("ووصلت مساعدات من السعودية لليمن.", "السعودية", "saudi_arabia", "ليمن", "yemen", 1),
    ("ووصلت مساعدات من السعودية إلى اليمن.", "السعودية", "saudi_arabia", "اليمن", "yemen", 1),
    ("وقتل جنديان في هجوم من داعش على تركيا.", "داعش", "islamic_state", "تركيا", "turkey", -1),
])
def test_a_nouns_agent_after_min_acts_on_the_party_named_right_after_it(text, giver, giver_id, party, party_id,
                                                                        polarity):
    rows = read(text, [mention(text, giver, giver_id), mention(text, party, party_id)])
    assert (giver_id, party_id, polarity) in relations(precise(rows))


def test_aid_from_a_giver_still_goes_to_the_clauses_subject_when_no_party_follows():
    text = "وتلقت اليمن مساعدات من السعودية."
    rows = read(text, [mention(text, "اليمن", "yemen"), mention(text, "السعودية", "saudi_arabia")])
    assert relations(rows) == {("saudi_arabia", "yemen", 1)}


def test_aid_from_a_port_names_where_it_comes_from_not_a_giver():
    text = "ووصلت مساعدات من ميناء جدة إلى عدن."
    assert read(text, [mention(text, "جدة", "jeddah"), mention(text, "عدن", "aden")]) == []


@pytest.mark.parametrize("text, target", [
    # a party's positions between the preposition and the party
    ("وتناول جدوى الغارات الجوية التي تقودها الولايات المتحدة على مواقع تنظيم داعش في العراق.", "تنظيم داعش"),
    # a comma opening the relative clause
    ("وتناول جدوى الغارات الجوية، التي تقودها الولايات المتحدة، على مواقع تنظيم داعش في العراق.", "تنظيم داعش"),
    # the party's name in brackets
    ("وطلب أن تنضم بريطانيا الآن للضربات التي تقودها الولايات المتحدة ضد (داعش) في سورية.", "داعش"),
])
def test_an_attack_nouns_relative_clause_reaches_a_party_behind_its_positions_or_a_mark(text, target):
    rows = read(text, [mention(text, "الولايات المتحدة", "united_states"),
                       mention(text, target, "islamic_state", "ORG")])
    assert ("united_states", "islamic_state", -1) in relations(precise(rows))


def test_positions_behind_min_name_where_an_attack_comes_from_not_its_target():
    text = "وتحدث عن الهجمات التي يشنها تنظيم داعش من مقرات حزب العمال الكردستاني."
    rows = read(text, [mention(text, "تنظيم داعش", "islamic_state", "ORG"),
                       mention(text, "حزب العمال الكردستاني", "kurdistan_workers_party", "ORG")])
    assert ("islamic_state", "kurdistan_workers_party", -1) not in relations(rows)


# --- cues sampled on unannotated development articles and left out -----------------------------

def test_the_bare_past_of_commend_is_left_out_for_the_noun_price():
    # «ثمن» is as often «price» (ثمن التذكرة, دفع ثمن) as «commended»: only unambiguous forms are cues
    assert cue_surfaces("وبلغ ثمن التذكرة خمسة آلاف ريال.") == []
    assert cue_surfaces("ويثمن النائب موقف المملكة.") == ["يثمن"]
    assert cue_surfaces("وثمنت مصر موقف المملكة.") == ["ثمنت"]


@pytest.mark.parametrize("text", [
    "يحاولون إفشال صفقة الحكومة.",                  # foil: mostly plans and attacks, rarely an actor
    "وتم العمل بالتنسيق مع إدارة المرور.",           # in coordination with: departments and committees
    "وأبدى المواطنون استياءهم من العواكس.",          # displeasure: residents and fans, rarely an actor
    "وتم تفكيك الخلية الإرهابية.",                   # dismantle: cells, facilities, muscles
    "وأكد أن بلاده لا تنسق مع إيران في العراق.",      # coordinate (verb and noun): 8 of 11 changed rows right
    "ودانت المحكمة المتهم بالتستر على ابن خالته.",   # the bare past دان: convictions, فدان «acre»; 5 of 9 right
    "وقال إن ولاءه للوطن وحده.",                     # allegiance: 1 of 31 changed rows right
    "ورأى المحللون تقاربا بين الموقفين.",             # rapprochement: 1 of 6 changed rows right
    "وأبلغ قائد الطائرة برج المراقبة بوجود عطل.",     # inform: 6 of 12 changed rows right
    "وسقطت قاعدة العند بيد المقاومة الشعبية.",        # a fall «بيد» a group: recaptures, expected falls; 7 of 14
    "وتوفر طائرات التحالف غطاء جويا للقوات.",          # air cover: 15 of 23 changed rows right
    "وهذه سياسة إيران العدوانية في المنطقة.",          # evaluative adjectives (العدواني, الوحشية): 5 of 18
    "ويشتبه في أنه يقف وراء الحادث.",                # stand behind: an act, seldom a party; 0 of 1
    "وخاض الصحافي ومن ورائه القناة الثانية المعركة.",  # the backer «ومن ورائهم»: 1 of 35 sentences a party's
])
def test_cues_that_fell_short_on_unannotated_articles_are_no_cues(text):
    assert cue_surfaces(text) == []


@pytest.mark.parametrize("text, force, force_id, place, place_id", [
    ("وقالت المصادر إن المقاومة الشعبية سيطرت على قاعدة العند الجوية.",
     "المقاومة الشعبية", "yemeni_popular_resistance", "قاعدة العند", "al_anad"),
    ("وأكدت مصادر محلية أن المقاومة الشعبية أحكمت سيطرتها على مدينة عدن.",
     "المقاومة الشعبية", "yemeni_popular_resistance", "عدن", "aden"),
])
def test_taking_control_of_a_place_is_no_cue(text, force, force_id, place, place_id):
    # control with its own agent (سيطر على, سيطرتها على) names recaptures and a government's own cities as
    # often as a capture from a party: 4 of 18 changed rows were right on unannotated articles
    rows = read(text, [mention(text, force, force_id, "ORG"), mention(text, place, place_id)])
    assert place_id not in {r["target_actor"] for r in rows}


# --- a group's adjective as an act's agent; a relative clause past an agreement's adjectives ------

@pytest.mark.parametrize("text, target, target_id", [
    ("سيتم نقل جرحى حرب العدوان الحوثي على عدن إلى الخارج.", "عدن", "aden"),
    ("ونددت الحكومة بالقصف الحوثي لمدينة تعز.", "تعز", "taiz"),
])
def test_a_groups_adjective_after_a_definite_act_noun_is_its_agent(text, target, target_id):
    # العدوان الحوثي is the Houthis' aggression, as الهجوم الإيراني is Iran's attack
    mentions = [mention(text, "الحوثي", "houthis", "ORG", via="alias"), mention(text, target, target_id)]
    assert ("houthis", target_id, -1) in relations(precise(read(text, mentions)))


def test_a_groups_name_after_an_indefinite_act_noun_stays_its_object():
    # دعم الشرعية: after an indefinite noun the definite word is the idafa object, not an agreeing adjective
    text = "وأكد شكري التزام مصر في التحالف العربي الذي تقوده المملكة لدعم الشرعية في اليمن."
    mentions = [mention(text, "مصر", "egypt"), mention(text, "التحالف العربي", "arab_coalition", "ORG"),
                mention(text, "المملكة", "saudi_arabia"), mention(text, "الشرعية", "yemeni_government", "ORG", via="alias"),
                mention(text, "اليمن", "yemen")]
    assert not any(r["source_actor"] == "yemeni_government" for r in read(text, mentions))


@pytest.mark.parametrize("text", [
    "بسبب الرفع الجزئي للعقوبات الذي نص عليه الاتفاق المرحلي الذي وقع بين طهران والدول الكبرى.",
    "وقال إن الاتفاق النووي التاريخي الذي تم التوصل إليه بين طهران والدول الكبرى يخدم المنطقة.",
])
def test_a_relative_clause_after_an_agreements_adjectives_reaches_the_parties_after_between(text):
    mentions = [mention(text, "طهران", "iran"), mention(text, "الدول الكبرى", "p5_plus_1", "ORG", via="alias")]
    assert {frozenset((s, t)) for s, t, _ in relations(read(text, mentions))} == {frozenset(("iran", "p5_plus_1"))}


def test_a_noun_after_an_agreement_stops_the_reach_of_its_relative_clause():
    # a word after the agreement that is no definite adjective (مصير) ends its phrase: a later بين is not its
    text = "وبحث الاتفاق مصير اللاجئين الذين وصلوا بين تركيا واليونان."
    mentions = [mention(text, "تركيا", "turkey"), mention(text, "اليونان", "greece")]
    assert read(text, mentions) == []


@pytest.mark.parametrize("text", [
    "وانتقد الرئيس الاتفاق الذي يعارضه الكونغرس، والخلاف بين روسيا وتركيا.",
    "وتحدث عن الاتفاق الذي وقعه الطرفان، وتصاعد التوتر بين روسيا وتركيا حول سوريا.",
])
def test_a_comma_before_wa_ends_the_relative_clauses_reach_to_between(text):
    # ، والخلاف: a new noun after the relative clause; the بين that follows names its parties, not the agreement's
    mentions = [mention(text, "روسيا", "russia"), mention(text, "تركيا", "turkey")]
    assert not any({r["source_actor"], r["target_actor"]} == {"russia", "turkey"} for r in read(text, mentions))


def test_a_comma_before_a_party_keeps_the_relative_clauses_reach_to_between():
    # ، والدول الكبرى: the و after the comma joins the second party, so the clause runs on
    text = "وقال إن الاتفاق الذي وقع بين طهران، والدول الكبرى يخدم المنطقة."
    mentions = [mention(text, "طهران", "iran"), mention(text, "الدول الكبرى", "p5_plus_1", "ORG", via="alias")]
    assert {frozenset((s, t)) for s, t, _ in relations(read(text, mentions))} == {frozenset(("iran", "p5_plus_1"))}


def _scorer_script():
    """scripts/train_stance_scorer.py, the trained pair scorer measured in round one hundred and two."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "train_stance_scorer.py"
    spec = importlib.util.spec_from_file_location("train_stance_scorer", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_scorer_candidates_are_the_rules_rows_and_the_unrelated_pairs_of_a_cue_sentence():
    """The rules' row keeps its stage; the reverse pair, which no row relates, is added once."""
    from workbench.extract.stance.actors import actor_sectors

    script = _scorer_script()
    text = "وعلقت موسكو التعاون مع واشنطن."
    mentions = [mention(text, "موسكو", "russia", via="capital"), mention(text, "واشنطن", "united_states", via="capital")]
    doc = Document("t", text)
    rows = stance_for(doc, mentions, [])
    found = script.candidates(doc, mentions, rows, load_lexicon(), actor_sectors())
    assert [(c["stage"], r["source_actor"], r["target_actor"]) for r, c in found] == [
        ("rule", "russia", "united_states"), ("pair", "united_states", "russia")]
    named = script.features(*found[1], actor_sectors())
    assert {"stage=pair", "source_side=after", "target_side=after", "order=ts", "target_via=capital"} <= set(named)


def test_scorer_training_is_deterministic_and_learns_a_separating_feature():
    script = _scorer_script()
    named = [["a", "x"], ["a", "y"], ["b", "x"], ["b", "y"]] * 5
    labels = np.array([True, True, False, False] * 5)
    first, second = script.train(named, labels, steps=300), script.train(named, labels, steps=300)
    assert first == second
    assert script.probability(["a"], first) > 0.7 > 0.3 > script.probability(["b"], first)
