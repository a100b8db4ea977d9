"""Actor mentions: catalogue matching, context rules, partial names, model merge, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

import workbench
from workbench.extract.entities import entities_for, public_mentions
from workbench.extract.entities.matcher import spellings
from workbench.extract.entities.outside import link_outside_names, outside_id
from workbench.schema import columns
from workbench.text import Document, fold


def ents(text: str, model=None, scope: str = "triggers") -> list[dict]:
    return entities_for(Document("t", text), model=model, model_scope=scope)


def pairs(text: str, model=None, scope: str = "triggers") -> list[tuple[str, str]]:
    return [(r["surface"], r["actor_id"]) for r in ents(text, model, scope)]


@pytest.fixture(scope="module")
def seed(seed_articles) -> pd.DataFrame:
    return workbench.entities(seed_articles)


def test_frame_has_schema_columns_and_offsets_hold(seed, seed_articles):
    assert list(seed.columns) == columns("entities")
    text = seed_articles.loc[0, "text"]
    assert all(text[s:e] == surf for s, e, surf in zip(seed["start"], seed["end"], seed["surface"]))
    assert seed["sentence_id"].is_monotonic_increasing


def test_seed_actors(seed):
    found = set(seed["actor_id"].dropna())
    assert {
        "russia", "united_states", "mikhail_bogdanov", "syrian_government", "international_coalition",
        "turkey", "iran", "kazakhstan_foreign_ministry", "raqqa", "al_tanf", "astana", "southern_syria",
    } <= found


def test_seed_russia_from_name_capital_and_adjective(seed):
    russia = seed[seed["actor_id"] == "russia"]
    assert {"روسيا", "موسكو", "روسي"} <= set(russia["surface"])
    assert {"name", "capital", "nationality"} <= set(russia["via"])


def test_seed_united_states_forms(seed):
    us = set(seed.loc[seed["actor_id"] == "united_states", "surface"])
    assert {"أمريكية", "واشنطن", "ولايات المتحدة"} <= us


def test_seed_bogdanov_both_mentions_one_actor(seed):
    bog = seed[seed["surface"].str.contains("بوغدانوف")]
    assert len(bog) >= 3 and set(bog["actor_id"]) == {"mikhail_bogdanov"}
    assert set(bog["type"]) == {"PER"}


def test_seed_syrian_government_is_not_syria(seed):
    gov = seed[seed["actor_id"] == "syrian_government"]
    assert {"نظام السوري", "جيش النظامي"} <= set(gov["surface"])


def test_clitics_and_article_excluded_from_span():
    assert pairs("والولايات المتحدة") == [("ولايات المتحدة", "united_states")]
    assert pairs("للأمم المتحدة") == [("أمم المتحدة", "united_nations")]
    assert pairs("وبالرقة") == [("رقة", "raqqa")]
    assert pairs("ولروسيا") == [("روسيا", "russia")]


def test_normalisation_variants_match():
    assert pairs("أميركا") == [("أميركا", "united_states")]
    assert pairs("امريكا") == [("امريكا", "united_states")]
    assert pairs("مـوسـكـو قالت")[0][1] == "russia"
    assert pairs("الرَّقَّة")[0] == ("رَّقَّة", "raqqa")


def test_no_hit_inside_ordinary_words():
    # مصر inside مصرف, إيران inside إيرانيات, عمان inside عماني words, روس inside دروس, قطر inside قطرات
    assert pairs("ذهب إلى المصرف وقرأ الدروس عن قطرات المطر بشأن الأمر كان") == []


def test_stoplist_hides_alias_inside_phrase():
    assert pairs("بعد صلاة المغرب مباشرة") == []
    assert pairs("ولد في مسقط رأسه") == []
    assert pairs("زار المغرب") == [("مغرب", "morocco")]


def test_nationality_stands_for_state_only_with_institution():
    assert pairs("القوات الأمريكية") == [("أمريكية", "united_states")]
    assert pairs("قال وزير الخارجية الروسي") == [("روسي", "russia")]
    assert pairs("أكد الدبلوماسي الروسي") == [("روسي", "russia")]
    assert pairs("القوات الجوية الروسية") == [("روسية", "russia")]
    assert pairs("حصل مبتعث سعودي على جائزة") == []
    assert pairs("منتج سعودي جديد") == []


def test_name_or_adjective_form():
    assert pairs("عارضت السعودية القرار") == [("سعودية", "saudi_arabia")]
    # a product's origin (DECISIONS); a state's exports are the state (ENTITIES.md: «الصادرات المصرية»)
    assert pairs("انتشرت المنتجات السعودية") == []
    assert pairs("في سورية") == [("سورية", "syria")]
    assert pairs("طائرة حربية سورية") == [("سورية", "syria")]


def test_capital_for_government_or_place():
    assert pairs("وعلقت موسكو التعاون")[0] == ("موسكو", "russia")
    assert pairs("وصل الوفد إلى الرياض") == [("رياض", "riyadh")]
    assert pairs("وصل الوفد إلى الرياض")[0] == ("رياض", "riyadh")
    assert pairs("اجتماع أستانا") == [("أستانا", "astana")]
    assert [r["actor_id"] for r in ents("المذكرة بين واشنطن وموسكو")] == ["united_states", "russia"]
    assert [r["actor_id"] for r in ents("عقد في واشنطن وموسكو")] == ["washington", "moscow"]


def test_capital_via_and_type():
    rec = ents("وأعلنت واشنطن")[0]
    assert (rec["via"], rec["type"], rec["actor"]) == ("capital", "GPE", "United States")


def test_longest_match_wins():
    assert pairs("الجيش السوري الحر") == [("جيش السوري الحر", "free_syrian_army")]
    assert pairs("الجيش السوري") == [("جيش السوري", "syrian_government")]
    assert pairs("وزارة الخارجية الكازاخستانية") == [("وزارة الخارجية الكازاخستانية", "kazakhstan_foreign_ministry")]


def test_partial_name_links_to_full_name_seen_earlier():
    recs = ents("قال الرئيس باراك أوباما إن الاتفاق جيد. وأضاف أوباما أن")
    assert [r["actor_id"] for r in recs] == ["barack_obama", "barack_obama"]
    cat = workbench.load_catalogue(extra=pd.DataFrame({"actor_id": ["fahd_al_otaibi"], "type": ["PER"], "name_ar": ["فهد العتيبي"]}))
    recs = entities_for(Document("t", "صرح فهد العتيبي بذلك. ثم قال العتيبي إن"), cat, model=None)
    assert [(r["surface"], r["actor_id"], r["via"]) for r in recs] == [
        ("فهد العتيبي", "fahd_al_otaibi", "name"), ("عتيبي", "fahd_al_otaibi", "partial")]


def test_partial_name_not_linked_before_full_name():
    cat = workbench.load_catalogue(extra=pd.DataFrame({"actor_id": ["fahd_al_otaibi"], "type": ["PER"], "name_ar": ["فهد العتيبي"]}))
    recs = entities_for(Document("t", "قال العتيبي ذلك. ثم صرح فهد العتيبي"), cat, model=None)
    assert [r["via"] for r in recs] == ["name"]


def test_model_finds_names_outside_catalogue_and_known_actors_keep_ids():
    recs = ents("وقال رئيس الوزراء الماليزي نجيب عبد الرزاق في مؤتمر صحفي مع الرئيس الروسي فلاديمير بوتين", model="default")
    by_surface = {r["surface"]: r for r in recs}
    assert by_surface["فلاديمير بوتين"]["actor_id"] == "vladimir_putin"
    outside = [r for r in recs if r["method"] != "catalogue"]
    najib = [r for r in outside if "نجيب" in r["surface"] and r["type"] == "PER"]
    assert [r["surface"] for r in najib] == ["نجيب عبد الرزاق"]
    assert najib and all(r["actor_id"] == outside_id(r["surface"]) and r["actor_ar"] == r["surface"] for r in najib)
    assert all(r["actor"] is None for r in najib)
    assert all(0 <= r["confidence"] <= 1 for r in recs)


def test_outside_name_keeps_one_id_in_every_article_and_links_its_partials():
    first = ents("وقال المهندس فهد بن حمود الغامدي إن المشروع جاهز. وأضاف الغامدي أن العمل بدأ", model="default")
    second = ents("صرح المهندس فهد بن حمود الغامدي للصحفيين", model="default")
    ids = {r["actor_id"] for r in first if "غامدي" in r["surface"]}
    assert len(ids) == 1 and ids == {r["actor_id"] for r in second if "غامدي" in r["surface"]}
    (actor_id,) = ids
    assert actor_id.startswith("ar:") and "_" in actor_id
    partial = [r for r in first if r["surface"] == "غامدي"]
    assert partial and partial[0]["via"] == "partial" and " " in partial[0]["actor_ar"]


def test_single_name_before_its_full_form_takes_the_full_id():
    recs = [{"start": 0, "end": 5, "surface": "حذيفي", "type": "PER", "actor_id": None, "actor": None, "via": "model"},
            {"start": 9, "end": 21, "surface": "عبده الحذيفي", "type": "PER", "actor_id": None, "actor": None,
             "via": "model"}]
    assert {r["actor_id"] for r in link_outside_names(recs)} == {"ar:عبده_الحذيفي"}


def test_partial_name_starting_with_a_clitic_letter_keeps_its_first_letter():
    recs = ents("قال وزير الدفاع الأمريكي آشتون كارتر ... وأكد كارتر ولكارتر رأي")
    assert [r["surface"] for r in recs if r["via"] == "partial"] == ["كارتر", "كارتر"]


def test_rejected_adjective_is_not_taken_by_model():
    recs = ents("حصل مبتعث سعودي على جائزة", model="default")
    assert not any("سعودي" in r["surface"] for r in recs)


@pytest.mark.parametrize("text", [
    "", " ", "\u0640\u0640\u0640", "ـــروسيا", "َُِّ", "Russia روسيا Moscow", "«»\"\"", "و", "ال", "لل",
    "موسكو" * 2000, "روسيا " * 20000, "\x00\ufeff\u200f", "ب" * 10000,
])
def test_bad_input_never_raises(text):
    doc = Document("x", text)
    for rec in entities_for(doc, model="default"):
        assert text[rec["start"]:rec["end"]] == rec["surface"]


def test_empty_frame():
    out = workbench.entities(pd.DataFrame({"article_id": pd.Series([], dtype=str), "text": pd.Series([], dtype=str)}))
    assert list(out.columns) == columns("entities") and out.empty


def test_missing_text_is_an_empty_article():
    out = workbench.entities(pd.DataFrame({"article_id": ["a", "b"], "text": [None, "روسيا"]}), model=None)
    assert out["article_id"].tolist() == ["b"]


# Person-name patterns (workbench/extract/entities/names.py)

def pattern_names(text: str) -> list[str]:
    from workbench.extract.entities.names import name_mentions

    return [r["surface"] for r in name_mentions(Document("t", text))]


def test_given_name_with_family_name_is_a_person():
    assert pattern_names("أما المحلل الاقتصادي خالد العلكمي فأشار") == ["خالد العلكمي"]


def test_given_name_chain_with_bin_and_al():
    assert pattern_names("وصل محمد بن عبدالله آل سعود أمس") == ["محمد بن عبدالله آل سعود"]


def test_several_given_names_and_a_surname():
    assert pattern_names("وقال المغرد يوسف أحمد القاسم إن") == ["يوسف أحمد القاسم"]


def test_conjunction_before_given_name_stays_outside_the_span():
    recs = ents("ومحمد الغامدي")
    assert [(r["surface"], r["via"]) for r in recs] == [("محمد الغامدي", "pattern")]


def test_a_given_name_alone_or_before_a_common_word_is_no_name():
    assert pattern_names("في عمر السابعة وقال أحمد إن") == []


def test_two_unknown_words_after_the_given_names_stop_at_the_first():
    assert pattern_names("تقوم الطبيبة ايمي كنافو ببتر الرجل") == ["ايمي كنافو"]


def test_a_coordinated_name_starts_a_new_name():
    assert pattern_names("التقى سعود الفيصل ومحمد العتيبي") == ["سعود الفيصل", "محمد العتيبي"]


def test_stoplist_phrase_starting_with_a_given_name_is_no_name():
    assert pattern_names("على أساس حسن الجوار") == []


def test_pattern_names_get_outside_ids_and_can_be_switched_off():
    recs = ents("قال الباحث سلطان المطيري إن ... وأضاف المطيري")
    assert [(r["surface"], r["actor_id"]) for r in recs] == [("سلطان المطيري", "ar:سلطان_المطيري"),
                                                             ("مطيري", "ar:سلطان_المطيري")]
    assert entities_for(Document("t", "قال الباحث سلطان المطيري إن"), model=None, name_patterns=False) == []


def test_pattern_name_replaces_a_model_name_cut_short():
    recs = ents("المذيع البارز في قناة الجزيرة أحمد منصور اليوم", model="default")
    assert "أحمد منصور" in [r["surface"] for r in recs]
    assert "أحمد" not in [r["surface"] for r in recs]


def test_first_and_last_word_take_the_full_names_id():
    recs = [{"start": 0, "end": 19, "surface": "خليل عبدالله الخليل", "type": "PER", "actor_id": None, "actor": None,
             "via": "pattern"},
            {"start": 30, "end": 41, "surface": "خليل الخليل", "type": "PER", "actor_id": None, "actor": None,
             "via": "pattern"}]
    assert {r["actor_id"] for r in link_outside_names(recs)} == {"ar:خليل_عبدالله_الخليل"}


# Organisation, place and titled person names (workbench/extract/entities/heads.py)

def head_names(text: str) -> list[tuple[str, str]]:
    from workbench.extract.entities.heads import head_mentions

    return [(r["surface"], r["type"]) for r in head_mentions(Document("t", text))]


def test_organisation_head_stays_in_the_span():
    assert head_names("نقل إلى مستشفى الكاظم بعد") == [("مستشفى الكاظم", "ORG")]
    assert head_names("توجهت بها إلى جامعة تافتس لفحصها") == [("جامعة تافتس", "ORG")]


def test_place_head_and_clitics_stay_outside_the_span():
    assert head_names("في أحد الفنادق بمدينة مشهد الإيرانية") == [("مشهد", "GPE")]
    assert head_names("سكان حي الزاهر") == [("زاهر", "GPE")]
    assert head_names("وصل إلى مدينة سان بطرسبرج ومدينة جدة بمبلغ") == [("سان بطرسبرج", "GPE"), ("جدة", "GPE")]


def test_adjective_definite_head_or_common_word_is_no_name():
    assert head_names("في قرية نائية قرب مخيم جنوبي") == []
    assert head_names("وقالت الشركة المصنعة إن المستشفى الميداني") == []
    assert head_names("عقد مجلس الإدارة اجتماعه") == []


def test_a_word_in_bare_ya_after_a_feminine_head_is_a_name():
    assert head_names("رئيس شرطة في ولاية ميزوري بعد") == [("ميزوري", "GPE")]
    assert head_names("وإسناد منطقة أشرفي البحرية") == [("أشرفي", "GPE")]
    assert head_names("اتفاق مع شركة إيني لتطوير الحقل") == [("شركة إيني", "ORG")]
    assert head_names("في منطقة سكنية قرب مركز صحي") == []  # agreeing adjectives stay no names
    assert head_names("في مدينة يتباهى بها") == []  # a verb


def test_a_place_binder_takes_the_next_word_even_when_it_is_a_common_word():
    assert head_names("لاطلاق نار بولاية عين الدفلى على بعد") == [("عين الدفلى", "GPE")]
    assert head_names("في بلدة تل أبيض") == [("تل أبيض", "GPE")]


def test_quoted_name_after_an_organisation_head_drops_the_head():
    assert head_names('وأضاف تقرير من شركة "آسيا كابيتال" أن') == [("آسيا كابيتال", "ORG")]


def test_media_head_is_dropped_unless_the_name_is_fixed():
    assert head_names("نقلته وكالة أنباء الكويت أمس") == [("وكالة أنباء الكويت", "ORG")]


def test_strong_title_before_two_unknown_words_is_a_person():
    assert head_names("وقال الدكتور موافق الرويلي إن") == [("موافق الرويلي", "PER")]
    assert head_names("وقال الشيخ محمد") == []
    assert head_names("وقال العميد الركن موافق السعدي في بيان") == [("موافق السعدي", "PER")]


def test_head_names_get_outside_ids():
    recs = ents("نقل المصابون إلى مستشفى الكاظم بمدينة شانديل")
    assert [(r["surface"], r["actor_id"]) for r in recs] == [("مستشفى الكاظم", "ar:مستشفي_الكاظم"),
                                                             ("شانديل", "ar:شانديل")]


@pytest.mark.parametrize("text", ["", "مدينة", "شركة \"", "الدكتور", "مدينة " * 5000, "وزارة ـــ ً", "بنك Bank of"])
def test_head_patterns_never_raise_on_bad_input(text):
    from workbench.extract.entities.heads import head_mentions

    recs = head_mentions(Document("t", text))
    assert all(text[r["start"]:r["end"]] == r["surface"] for r in recs)


# Forms that name an actor only in one state's news (workbench/extract/entities/regional.py)

def test_yemeni_short_names_need_a_yemeni_story():
    assert ("مقاومة", "yemeni_popular_resistance") in pairs("وأوضحت المقاومة أن الحوثيين انسحبوا من عدن")
    assert pairs("وأوضحت المقاومة أن الاحتلال انسحب") == []
    assert ("جيش الوطني", "yemeni_national_army") in pairs("تقدم الجيش الوطني في مأرب")
    assert ("قوات الحرس الجمهوري", "yemeni_republican_guard") in pairs("انشقت قوات الحرس الجمهوري في اليمن")


def test_yemeni_short_names_that_read_as_adjectives_or_other_nouns_are_no_mention():
    ids = {a for _, a in pairs("مكافحة الهجرة غير الشرعية في اليمن ودعم المقاومة الفلسطينية والشرعية الدولية")}
    assert ids == {"yemen"}


# A story about Iran or Turkey that names Syria once: its «المعارضة» is that state's opposition.
_PASSING_STATE_STORIES = [
    "طهران: أعلنت إيران اعتقال ناشطين في طهران. وقال مسؤول إيراني في طهران إن إيران ترفض التدخل في سوريا. "
    "وأضاف أن طهران لن تتراجع. وشنت السلطات حملة على كل أشكال المعارضة في البلاد",
    "أنقرة: قال إردوغان في أنقرة إن تركيا لن تقبل بحكومة أقلية، وتحدث عن اللاجئين من سوريا. "
    "وأضاف أن أنقرة لن تتراجع. وتتهم المعارضة إردوغان بإعاقة مفاوضات الحكومة في أنقرة",
]


@pytest.mark.parametrize("text", _PASSING_STATE_STORIES)
def test_a_state_named_in_passing_binds_no_form_far_from_its_name(text):
    assert "syrian_opposition" not in {a for _, a in pairs(text)}


def test_a_state_named_in_passing_binds_its_forms_next_to_its_name():
    # Iran leads the story, Syria is named once: the sentence naming Syria and the next keep the Syrian reading
    text = ("طهران: أعلنت إيران اعتقال ناشطين في طهران. وقال مسؤول إيراني في طهران إن إيران تدعم النظام في سوريا "
            "ضد المعارضة. وتقدمت قوات المعارضة في ريف حلب")
    assert [s for s, a in pairs(text) if a == "syrian_opposition"] == ["معارضة", "قوات المعارضة"]


def test_a_state_among_the_story_s_leading_states_binds_its_forms_everywhere():
    text = ("قالت تركيا إن أنقرة وواشنطن تدعمان غطاء جويا في سوريا. وأضافت أنقرة أن سوريا تحتاج حلا. "
            "وقال مسؤول إن المقاتلين يحتاجون دعما. ودعت واشنطن إلى دعم المعارضة المعتدلة")
    assert ("معارضة المعتدلة", "syrian_opposition") in pairs(text)


def test_catalogue_actors_the_stance_rules_need():
    assert pairs("وأكد شيخ الأزهر") == [("أزهر", "al_azhar")]
    assert pairs("سيطرت على قاعدة العند الجوية") == [("قاعدة العند الجوية", "al_anad")]
    assert pairs("وطالبت دول الخليج") == [("دول الخليج", "gulf_states")]
    assert pairs("تقدمت قوات الجيش الوطني اليمني") == [("قوات الجيش الوطني اليمني", "yemeni_national_army")]


def test_a_verb_or_accusative_after_a_given_name_is_no_surname():
    assert pattern_names("فقال يونس تجمعنا المسائل") == []
    assert pattern_names("وجاء سالم رئيساً للجنة") == []
    assert pattern_names("وقالت ميشيل أوباما إن") == ["ميشيل أوباما"]


def test_a_stoplisted_city_after_a_place_head_takes_its_catalogue_id():
    assert pairs("في أحد الفنادق بمدينة مشهد الإيرانية") == [("مشهد", "mashhad")]
    assert pairs("وفي مشهد آخر") == []


def test_a_capital_asked_for_something_is_its_government():
    assert ("أنقرة", "turkey") in pairs("علما بأن واشنطن طلبت من أنقرة منذ أشهر")
    assert pairs("وصل وفد من أنقرة") == [("أنقرة", "ankara")]


def test_a_capital_in_a_dateline_is_the_city_not_the_state():
    assert ("رياض", "riyadh") in pairs("زيد الخمشي- الرياض- سبق: اشتكى الموظفون")
    assert ("رياض", "riyadh") in pairs("عين اليوم – الرياض\nأغلق المؤشر")
    # without a dash the capital that acts is still its state
    assert ("رياض", "saudi_arabia") in pairs("وأكدت الرياض رفضها للقرار")


def test_a_newspaper_short_name_counts_only_when_framed():
    assert ("سبق", "sabq") in pairs("قاسم الخبراني -سبق-جازان: أغلقت الجهات")
    assert ("سبق", "sabq") in pairs('وبحسب التفاصيل التي حصلت عليها "سبق" فإن المواطن')
    assert not any(a == "sabq" for _, a in pairs("كما سبق أن أعلنت الوزارة"))
    # a short name two outlets share (the channel and the daily) stays unread
    assert not any(s == "جزيرة" for s, _ in pairs("و(الجزيرة) التي آلمها النبأ"))


def test_a_byline_names_its_writer_whatever_the_given_name():
    # unlisted given names, «آل», a dash before the outlet or the city, the line's end after it
    assert ("هادي آل كليب", "ar:هادي_ال_كليب") in pairs("عنوان\n\nهادي آل كليب- سبق- نجران: نقل الأمير")
    assert ("رغد عشميل", "ar:رغد_عشميل") in pairs("عنوان\n\nرغد عشميل – عين اليوم\nأوضح الكابتن")
    assert ("خلود غنام", "ar:خلود_غنام") in pairs("عنوان\n خلود غنام -جدة: يقضي أطفال")
    # a headline with a common word, or a dash later in the article, names no writer
    assert not any(s == "وفاة ثلاثة أشخاص" for s, _ in pairs("عنوان\nوفاة ثلاثة أشخاص - جدة\nتفاصيل"))
    assert not any(s == "غنام" or s == "خلود غنام" for s, _ in pairs("كلام" * 200 + "\nخلود غنام- سبق- الرياض: نص"))


def test_an_unlisted_given_name_before_bin_starts_a_name():
    assert ("عطالله بن قاران الرويلي", "ar:عطالله_بن_قاران_الرويلي") in pairs(
        "وقال المتحدث المقدم عطالله بن قاران الرويلي، الذي بين")
    assert ("حمير بن سالم الفهادي", "ar:حمير_بن_سالم_الفهادي") in pairs("رحلة المواطن حمير بن سالم الفهادي تعبيراً")
    # a proclitic before a common word is a place or a phrase, not a given name: the valley's town is a place
    found = ents("وبني عمرو، ووادي بن هشبل، وصمخ")
    assert not any(r["surface"].startswith(("ووادي", "وادي")) and r["type"] == "PER" for r in found)
    assert ("وادي بن هشبل", "LOC") in [(r["surface"], r["type"]) for r in found]


def test_a_municipality_named_by_its_place_is_one_org_but_a_mayor_keeps_the_city():
    assert ("أمانة الرياض", "ar:امانه_الرياض") in pairs("استقبلت احتفالات أمانة الرياض الزوار")
    assert ("بلدية الطائف", "ORG") in [(r["surface"], r["type"]) for r in ents("وأعلنت بلدية الطائف أمس")]
    # «رئيس بلدية» is the mayor, a role: the place stays the city
    assert ("روما", "rome") in pairs("حذر رئيس بلدية روما من وقوع أعمال")


def test_unlisted_names_go_on_a_list_of_persons():
    found = pairs("ومن ضيوفه الملكة رانيا وحسني مبارك، وشارلي شابلن، وسيلفستر ستالون، وكميل شيمعون. كما نزل فيه")
    assert {("شارلي شابلن", "ar:شارلي_شابلن"), ("سيلفستر ستالون", "ar:سيلفستر_ستالون"),
            ("كميل شيمعون", "ar:كميل_شيمعون")} <= set(found)
    # after a single person, not a list, two words joined by «و» stay unread (a phrase: «وقدمت عرضا»)
    assert not any(s == "شارلي شابلن" for s, _ in pairs("التقى الرئيس حسني مبارك وشارلي شابلن في القاهرة"))


def test_a_name_with_middle_names_left_out_takes_the_full_names_id():
    recs = [{"start": 0, "end": 26, "surface": "فيصل بن عبدالرحمن بن معمر", "type": "PER", "actor_id": None,
             "actor": None, "via": "model"},
            {"start": 40, "end": 52, "surface": "فيصل بن معمر", "type": "PER", "actor_id": None, "actor": None,
             "via": "pattern"},
            {"start": 60, "end": 72, "surface": "فيصل بن سلطان", "type": "PER", "actor_id": None, "actor": None,
             "via": "pattern"}]
    linked = link_outside_names(recs)
    assert linked[1]["actor_id"] == linked[0]["actor_id"] == "ar:فيصل_بن_عبدالرحمن_بن_معمر"
    assert linked[2]["actor_id"] != linked[0]["actor_id"]  # another last name is another person


def test_a_title_word_that_is_also_a_given_name_starts_no_name():
    assert not [r for r in ents("وأوضح الدكتور سمير توكل مساعد أمين العاصمة المقدسة") if "مساعد" in r["surface"]]
    assert ("عبدالله بن مساعد", "abdullah_bin_musaed") in pairs("قال الأمير عبدالله بن مساعد إن")


def test_a_capital_at_the_edge_of_the_text_is_no_dateline():
    assert pairs("وقالت موسكو") == [("موسكو", "russia")]
    assert ("موسكو", "russia") in pairs("موسكو ترفض القرار")


def test_model_spans_stop_before_a_second_name_and_drop_words_that_name_nobody():
    from workbench.extract.entities.model import _can_name, _cut_at_second_name
    from workbench.text import fold
    from workbench.extract.entities.model import word_stem

    def words(text):
        return [(fold(w), word_stem(fold(w))) for w in text.split()]

    run_on = words("صندوق التنمية العقاري وشركة سابك")
    assert _cut_at_second_name(run_on, 0, 4) == 2
    assert _cut_at_second_name(words("مجلس الشورى السابق"), 0, 2) == 1
    assert _cut_at_second_name(words("وزارة الشؤون البلدية والقروية"), 0, 3) == 3  # not a head noun
    assert _cut_at_second_name(words("الأمير سعود والطريق المؤدي"), 1, 3, person=True) == 1
    assert _cut_at_second_name(words("هيئة الأمر بالمعروف والنهي"), 0, 3) == 3  # an organisation's own و
    assert not any(_can_name(*w) for w in words("له لي نيسان تموز السابق عامليها منظمة بنك اتحاد"))
    assert all(_can_name(*w) for w in words("جرفينيو إيكونوميست باقادر"))


def test_a_nationality_after_a_company_head_is_no_state():
    assert pairs("هددت إيطاليا بوقف ترخيص شركة طيران إسبانية") == [("إيطاليا", "italy")]
    assert ("إسبانية", "spain") in pairs("أعلنت القوات الجوية الإسبانية")


def test_a_capital_after_a_sports_word_is_the_club():
    found = ents("منع خمسة من لاعبي روما من دخول اندونيسيا. وقال مدير فريق روما إن روما ستلعب. ثم عادوا الى روما")
    club = [(r["surface"], r["actor_id"], r["type"]) for r in found if r["surface"] == "روما"]
    # «فريق روما» is a catalogue name of the club since round 170; the bare names stay an outside club
    assert club[:3] == [("روما", "ar:روما", "ORG"), ("روما", "as_roma", "ORG"), ("روما", "ar:روما", "ORG")]
    assert club[3][1] == "rome"  # a place again after a locative
    assert ("روما", "italy") in pairs("وقالت روما إن الاتفاق صامد")


def test_western_desert_of_an_egyptian_story_is_no_western_sahara():
    egypt = pairs("وافقت الحكومة المصرية على اتفاقية للبحث عن البترول بالصحراء الغربية")
    assert ("صحراء الغربية", "egypt_western_desert") in egypt
    assert ("صحراء الغربية", "western_sahara") in pairs("أكدت جبهة البوليساريو أن الصحراء الغربية ليست مغربية")


def test_a_quoted_outlet_name_that_is_also_a_region_is_the_outlet():
    assert pairs('ونقلت صحيفة "الشرق الأوسط" عن مصادر') == [("شرق الأوسط", "asharq_al_awsat")]
    assert pairs("قالت «الشرق الأوسط» إن") == [("شرق الأوسط", "asharq_al_awsat")]
    assert pairs("الأزمة في الشرق الأوسط") == [("شرق الأوسط", "middle_east")]


def test_an_institution_followed_by_another_states_adjective_is_that_states():
    assert pairs("أعلنت وزارة الصحة المصرية أن") == [("وزارة الصحة المصرية", "egypt_health_ministry")]
    assert pairs("وافق مجلس الوزراء المصري على") == [("مجلس الوزراء المصري", "ar:مجلس_الوزراء_المصري")]
    assert pairs("أعلنت وزارة الصحة أن")[0][1] == "saudi_arabia_health_ministry"
    assert pairs("قال مجلس الوزراء السعودي")[0][1] == "saudi_council_of_ministers"


def test_a_title_of_rank_office_or_trade_starts_a_persons_name():
    assert pairs("وقال الفريق مهاب مميش إن القناة") == [("مهاب مميش", "ar:مهاب_مميش")]
    assert pairs("وقال المغرد همام “هل لنا الحق”") == [("همام", "ar:همام")]
    assert pairs("كرمت المهندسة نور باقادر، الطالبات") == [("نور باقادر", "ar:نور_باقادر")]
    # a verb, a pronoun-suffixed word or a newspaper named like a title is no name
    assert pairs("وقال إن الفريق سيواصل تمارينه") == []
    assert pairs("بدأ المدرب حصته التدريبية") == []
    assert pairs("وقال اللاعب يستحق") == []
    assert all(r["type"] != "PER" for r in ents("ونقلت صحيفة السفير اللبنانية"))


def test_a_given_name_that_is_a_word_starts_a_name_only_in_a_name_position():
    assert pairs("قال مبارك بن سعد الدوسري إن") == [("مبارك بن سعد الدوسري", "ar:مبارك_بن_سعد_الدوسري")]
    assert pairs("وهو عمل مبارك العام") == []


def test_an_office_and_its_complement_introduce_the_holders_name():
    # the council inside the title is a mention of its own (gold rules: an institution in a title)
    assert pairs("وقال رئيس المجلس البلدي حسن العطاس إن") == [("مجلس البلدي", "ar:مجلس_البلدي"),
                                                              ("حسن العطاس", "ar:حسن_العطاس")]
    found = pairs("وقال وزير المالية اليوناني أقليدس تساكالوتوس إن")
    assert ("أقليدس تساكالوتوس", "ar:اقليدس_تساكالوتوس") in found
    assert [p for p in pairs("وقال المتحدث الرسمي لقناة العربية إن") if p[1].startswith("ar:")] == []
    assert pairs("وزير الخارجية أن") == []


def test_the_bare_form_of_an_institution_read_as_another_states_follows_it():
    found = pairs("هددت هيئة الطيران المدني الإيطالية بوقف الترخيص. وقالت هيئة الطيران المدني إن")
    assert found == [("هيئة الطيران المدني الإيطالية", "ar:هييه_الطيران_المدني_الايطاليه"),
                     ("هيئة الطيران المدني", "ar:هييه_الطيران_المدني_الايطاليه")]


def test_a_quoted_name_after_its_head_noun_is_the_catalogues():
    assert pairs("المذيع البارز في قناة «الجزيرة» أحمد منصور")[0] == ("جزيرة", "al_jazeera")


def test_an_office_with_a_long_complement_still_introduces_the_name():
    found = pairs("كرمت مساعدة المدير العام للتعليم بجدة للشؤون التعليمية نور باقادر، الطالبات")
    assert ("نور باقادر", "ar:نور_باقادر") in found


def test_a_given_name_that_is_a_word_after_a_reporting_verb_needs_a_family_name():
    assert pairs("وقال باسم الضامن إن الحادثة. وقال الضامن إن") == [("باسم الضامن", "ar:باسم_الضامن"),
                                                                  ("ضامن", "ar:باسم_الضامن")]
    assert pairs("قال باسم الحكومة إن") == []


def test_a_capital_coordinated_with_a_place_after_b_is_the_city():
    assert ("دمشق", "damascus") in pairs("طريق فلسطين لا تمر بالزبداني ودمشق")
    assert ("دمشق", "syria") in pairs("رفضت عمان ودمشق الاتفاق")


def test_a_clubs_short_form_after_another_club_is_the_club():
    assert pairs("جاء بطلب ناديي الهلال و النصر واتفاقهما") == [("هلال", "al_hilal"), ("نصر", "al_nassr")]
    assert pairs("جاء النصر بعد صبر") == []



def test_a_municipality_is_named_by_its_one_town():
    assert pairs("وأطلقت بلدية المندق الحملة الثانية") == [("بلدية المندق", "ar:بلديه_المندق")]
    assert [s for s, _ in pairs("ورصدت بلدية المظيلف مخالفات")] == ["بلدية المظيلف"]


def test_a_list_of_club_short_forms_names_the_clubs():
    # a chain past the second club, a bare short form (هجر) and a list after a dual head
    assert [a for _, a in pairs("فاز الهلال والنصر والأهلي وهجر أمس")] == ["al_hilal", "al_nassr", "al_ahli_saudi", "hajer_club"]
    assert pairs("وتبقى مستحقات ناديي نجران والخليج") == [("نجران", "najran_club"), ("خليج", "al_khaleej_club")]
    # three short forms in a row in sports news, none found first
    assert [a for _, a in pairs("تعاقد لاعب مع الشباب والتعاون والفيصلي")] == ["al_shabab", "al_taawoun", "al_faisaly"]
    # two ordinary words are no list of clubs
    assert pairs("دعم اللاعب الشباب والتعاون في الحي") == []

def test_two_club_short_forms_before_a_plural_nationality_adjective_are_the_clubs():
    assert pairs("ويلتقي الفريق الاتفاق والقادسية السعوديين هناك") == [("اتفاق", "al_ettifaq"), ("قادسية", "al_qadsiah")]
    assert pairs("أمام الشباب والرائد السعوديين في المعسكر") == [("شباب", "al_shabab"), ("رائد", "al_raed")]
    assert pairs("ولاعبا الاتحاد والوحدة الفلسطينيان الشقيقان") == []  # not the clubs' country


def test_a_club_short_form_after_idara_in_a_sports_story_is_the_club():
    assert ("وحدة", "al_wehda") in pairs("نجحت إدارة الوحدة أمس في تجديد عقد لاعب الوسط")
    assert ("خليج", "al_khaleej_club") in pairs("وتعاقدت إدارة الخليج مع ثلاثة لاعبين آسيويين")
    assert ("نصر", "al_nassr") in pairs("وأرسلت لإدارة النصر خطابا بشأن اللاعب")


@pytest.mark.parametrize("text", ["وافقت إدارة الشباب في الوزارة على البرنامج",  # no story about sport
                                  "تقوم إدارة التعاون بوزارة الداخلية بمتابعة اللاعب",  # an institution's office
                                  "عقد مجلس إدارة الاتحاد العربي السعودي لكرة القدم اجتماعه مع المدرب",
                                  "عقد مجلس إدارة الاتحاد العربي السعودي لكرة القدم اجتماعه برئاسة رئيس مجلس "
                                  "إدارة الاتحاد، وناقش عقد المدرب"])
def test_a_short_form_after_idara_outside_sport_or_inside_a_longer_name_is_no_club(text):
    assert not [a for _, a in pairs(text) if a in ("al_shabab", "al_taawoun", "al_ittihad")]


def test_al_riyadhs_sports_pages_are_an_actor():
    assert pairs('وأشارت مصادر "دنيا الرياضة" إلى أن الإدارة') == [("دنيا الرياضة", "dunya_al_riyadah")]


def test_the_football_federations_full_name_is_the_federation():
    assert ("اتحاد العربي السعودي لكرة القدم", "saudi_arabian_football_federation") in pairs(
        "عقد مجلس إدارة الاتحاد العربي السعودي لكرة القدم اجتماعه الدوري أمس")


@pytest.mark.parametrize("text", ["وشارك الشباب السعوديين في المخيم", "بين الشباب والفتيات السعوديين",
                                  "دعم الشباب والتعاون الخليجيين"])
def test_one_short_form_or_a_common_word_before_a_plural_nationality_adjective_names_no_club(text):
    assert pairs(text) == []


def test_a_stoplist_phrase_after_a_conjunction_and_a_suffixed_common_word_are_no_name():
    assert pairs("على أساس العدل وحسن الجوار، وعدم التدخل") == []
    assert [s for s, _ in pairs("واختتم الدكتور سمير كلامه مؤكدا أن")] != ["سمير كلامه"]


def test_unknown_names_closing_a_list_of_known_places_take_their_type():
    from workbench.extract.entities import entities_for

    recs = entities_for(Document("t", "رحلات إلى أمستردام وأثينا وميكونز وبراغ ورينيه. وكان المطار"))
    found = {(r["surface"], r["type"], r["actor_id"]) for r in recs}
    assert {("ميكونز", "GPE", "ar:ميكونز"), ("براغ", "GPE", "ar:براغ"), ("رينيه", "GPE", "ar:رينيه")} <= found
    recs = entities_for(Document("t", "بين إيران والولايات المتحدة وبريطانيا وفرنسا والصين وروسيا."))
    assert not any(str(r["actor_id"]).startswith("ar:") for r in recs)  # known items keep their ids


def test_a_list_does_not_run_into_verbal_nouns_phrases_or_a_single_known_item():
    from workbench.extract.entities.lists import coordinated_names

    doc = Document("t", "زار السعودية ومصر وتعزيز العلاقات")
    two = [{"start": 4, "end": 12, "type": "GPE"}, {"start": 14, "end": 17, "type": "GPE"}]
    assert coordinated_names(doc, two) == []
    doc = Document("t", "زار السعودية ومصر وقطر الجديدة قبل")
    assert coordinated_names(doc, two) == []  # the list must close after the name
    doc = Document("t", "زار السعودية وميكونز.")
    assert coordinated_names(doc, two[:1]) == []


def test_two_comma_joined_names_after_one_known_place_continue_its_list():
    recs = entities_for(Document("t", "تشمل المرحلة مدن أبها، والسودة، والفرعاء. وقال"))
    assert {("سودة", "GPE"), ("فرعاء", "GPE")} <= {(r["surface"], r["type"]) for r in recs}
    # one «، و» word after a place is the next clause as often as a place: no list
    recs = entities_for(Document("t", "زار أبها، وميكونز."))
    assert "ميكونز" not in {r["surface"] for r in recs}
    recs = entities_for(Document("t", "في أبها، وقالت الوزارة، ووعدت"))
    assert {r["surface"] for r in recs} <= {"أبها", "الوزارة", "وزارة"}


def test_a_palace_named_by_a_common_word_is_read_where_one_is_received_or_meets():
    recs = entities_for(Document("t", "وعقد المجلس اجتماعه أمس بقصر المؤتمرات في المدينة"))
    assert ("قصر المؤتمرات", "LOC") in {(r["surface"], r["type"]) for r in recs}
    recs = entities_for(Document("t", "التقى الوزير نظيره في قصر الشعب أمس."))
    assert ("قصر الشعب", "LOC") in {(r["surface"], r["type"]) for r in recs}
    # «قصر» as "shortness": no place word, no receiving, or an adjective after the word
    for text in ("وعلى الرغم من قصر الإجازة فقد سافروا", "ويشكو الطلاب من قصر الفترة.",
                 "استقبل الطبيب المرضى في قصر النظر الوراثي"):
        assert not any(r["surface"].startswith("قصر") for r in entities_for(Document("t", text)))


def test_a_unit_is_a_body_only_beside_its_holder_or_owner_never_as_unity():
    recs = entities_for(Document("t", "وقالت مديرة وحدة البحوث والدراسات إن التقرير صدر"))
    assert ("وحدة البحوث والدراسات", "ORG") in {(r["surface"], r["type"]) for r in recs}
    recs = entities_for(Document("t", "وشاركت وحدة الإرشاد الطلابي في جامعة تبوك بالبرنامج"))
    assert ("وحدة الإرشاد الطلابي", "ORG") in {(r["surface"], r["type"]) for r in recs}
    for text in ("حرصا على وحدة الصف والكلمة بين الأشقاء", "دعم وحدة العراق وسلامة أراضيه",
                 "وتعمل وحدة المعالجة المركزية بسرعة عالية"):
        assert not any(r["surface"].startswith("وحدة") for r in entities_for(Document("t", text)))


@pytest.mark.parametrize("text", ["", "و", "وو و و", "أمستردام وأثينا و", "أمستردام وأثينا وـــ" * 500])
def test_list_names_never_raise(text):
    from workbench.extract.entities import entities_for

    recs = entities_for(Document("t", text))
    assert all(text[r["start"]:r["end"]] == r["surface"] for r in recs)


def test_a_place_after_a_sector_noun_is_its_regional_office():
    found = pairs("وأوضح مدير تعليم جدة أن مدني الطائف وبشرطة الرياض")
    assert ("تعليم جدة", "ar:تعليم_جده") in found
    assert ("مدني الطائف", "ar:مدني_الطايف") in found
    assert ("شرطة الرياض", "ar:شرطه_الرياض") in found
    assert not {"jeddah", "taif", "riyadh", "saudi_arabia"} & {a for _, a in found}


def test_a_place_after_an_ordinary_word_or_a_defined_sector_stays_the_place():
    assert ("جدة", "jeddah") in pairs("وصل إلى جدة")
    assert ("طائف", "taif") in pairs("نشاط المجتمع المدني الطائف")
    assert ("رياض", "riyadh") in pairs("بعد مرور ساعة في الرياض")


def test_a_capital_after_municipality_or_mayor_is_the_city():
    assert ("روما", "rome") in pairs("حذر رئيس بلدية روما من هجمات")
    assert ("لندن", "london") in pairs("قال عمدة لندن")


@pytest.mark.parametrize("text, surface, actor", [
    ("وأوضح المتحدث باسم الدفاع المدني", "دفاع المدني", "saudi_civil_defense"),
    ("ارتفع مؤشر سوق دبي", "سوق دبي", "dubai_financial_market"),
    ("وصعد سهم بنك دبي الإسلامي", "بنك دبي الإسلامي", "dubai_islamic_bank"),
    ("أمطار على الباحة والجوف", "باحة", "al_baha"),
    ("قرره البابا فرنسيس", "بابا فرنسيس", "pope_francis"),
    ("توجهات الهيئة العامة للاستثمار", "هيئة العامة للاستثمار", "saudi_general_investment_authority"),
    ("رئيس حزب القوات اللبنانية سمير جعجع", "حزب القوات اللبنانية", "lebanese_forces"),
])
def test_catalogue_rows_of_this_round(text, surface, actor):
    assert (surface, actor) in pairs(text)


@pytest.mark.parametrize("text", ["و جدة", "ب الرياض", "ـ جدة", "x جدة", "وب جدة", "تعليمـ جدة"])
def test_a_short_or_odd_word_before_a_place_never_raises(text):
    assert all(r["type"] in ("GPE", "ORG") for r in ents(text))


def _pending(surface: str, start: int) -> dict:
    return {"start": start, "end": start + len(surface), "surface": surface, "type": "PER", "actor_id": None,
            "actor": None, "via": "pattern"}


def test_first_and_last_name_in_a_headline_takes_the_later_full_name():
    recs = link_outside_names([_pending("منصور البلوي", 0), _pending("منصور بن حمدان البلوي", 40)])
    assert {r["actor_id"] for r in recs} == {"ar:منصور_بن_حمدان_البلوي"}
    assert recs[0]["via"] == "partial"


def test_first_name_alone_links_only_to_the_one_full_name_it_starts():
    recs = link_outside_names([_pending("معصوم مرزوق", 0), _pending("معصوم", 30)])
    assert recs[1]["actor_id"] == "ar:معصوم_مرزوق" and recs[1]["via"] == "partial"
    two = link_outside_names([_pending("محمد الشدادي", 0), _pending("محمد العلي", 20), _pending("محمد", 40)])
    assert two[2]["actor_id"] == "ar:محمد"


@pytest.mark.parametrize("text, surface, actor_id", [
    ("أكدت القيادة الفلسطينية رفضها", "قيادة الفلسطينية", "palestinian_authority"),
    ("قصف النظام الأسدي المدينة", "نظام الأسدي", "syrian_government"),
    ("صوت البرلمان الأوروبي على القرار", "برلمان الأوروبي", "european_parliament"),
    ("ناقش برلمان الاحتلال الإسرائيلي القانون", "برلمان الاحتلال الإسرائيلي", "knesset"),
    ("تقدمت قوات الفرقة الذهبية نحو الرمادي", "قوات الفرقة الذهبية", "iraqi_counter_terrorism_service"),
    ("قال صالحي إن البرلمان الإيراني لا يملك سلطة", "برلمان الإيراني", "iranian_parliament"),
])
def test_catalogue_rows_of_state_bodies(text, surface, actor_id):
    assert (surface, actor_id) in [(r["surface"], r["actor_id"]) for r in ents(text)]


def test_legitimate_authority_is_yemens_government_only_in_yemeni_news():
    yemeni = ents("أعلنت السلطة الشرعية في اليمن عودة الحكومة إلى عدن")
    assert ("سلطة الشرعية", "yemeni_government") in [(r["surface"], r["actor_id"]) for r in yemeni]
    assert "yemeni_government" not in {r["actor_id"] for r in ents("أعلنت السلطة الشرعية في البلاد الانتخابات")}


@pytest.mark.parametrize("text, absent", [
    ("أيد الوزير إعلان القاهرة الصادر أمس", "cairo"),
    ("حصل الفريق على كأس آسيا", "asia"),
    ("انطلق مهرجان أبها يجمعنا", "abha"),
    ("فتح التقديم لبرنامج خادم الحرمين الشريفين للابتعاث", "salman_bin_abdulaziz"),
    ("وقال سفير خادم الحرمين الشريفين لدى الأردن", "salman_bin_abdulaziz"),
])
def test_names_inside_event_programme_and_envoy_titles_are_no_mentions(text, absent):
    assert absent not in {r["actor_id"] for r in ents(text)}


def test_state_after_announcement_noun_still_acts():
    assert "united_arab_emirates" in {r["actor_id"] for r in ents("ولعل إعلان دولة الإمارات عن توجهها يفيد")}


def test_kings_title_before_another_kings_name_gives_the_name_only():
    ids = {r["actor_id"] for r in ents("حظيت بدعم خادم الحرمين الشريفين الملك عبدالله بن عبدالعزيز")}
    assert "abdullah_bin_abdulaziz" in ids and "salman_bin_abdulaziz" not in ids
    assert "salman_bin_abdulaziz" in {r["actor_id"] for r in ents("وجه خادم الحرمين الشريفين الملك سلمان")}


@pytest.mark.parametrize("text", [
    "نقل المصاب إلى مستشفى في عمّان",
    "وقع الحادث في العاصمة الأردنية عمان أمس",
    "وصل الوزير إلى الأردن. واس- عمان: بدأت الزيارة",
])
def test_amman_is_not_oman(text):
    ids = {r["actor_id"] for r in ents(text)}
    assert "amman" in ids and "oman" not in ids


def test_oman_stays_oman_where_the_article_names_it_otherwise():
    ids = {r["actor_id"] for r in ents("زار الوزير الأردن ثم سلطنة عمان والتقى مسؤولين عمانيين في عمان")}
    assert "oman" in ids and "amman" not in ids


def test_deposed_regime_in_yemeni_news_is_salehs_forces():
    recs = ents("قصف التحالف تجمعات الحوثيين وقوات النظام المخلوع في صعدة اليمنية")
    assert ("قوات النظام المخلوع", "saleh_loyalists") in [(r["surface"], r["actor_id"]) for r in recs]
    assert "syrian_government" not in {r["actor_id"] for r in recs}
    assert "syrian_government" in {r["actor_id"] for r in ents("قصفت قوات النظام ريف دمشق")}


def test_bare_ministry_in_another_states_story_is_that_states():
    recs = ents("غرق مركب في نهر النيل في مصر، حسب ما أفادت وزارة الداخلية. وأضافت وزارة الداخلية أن البحث مستمر")
    ids = [r["actor_id"] for r in recs if r["surface"] == "وزارة الداخلية"]
    assert ids == ["egypt_interior_ministry"] * 2
    saudi = ents("أعلنت السفارة السعودية في مصر أن وزارة الداخلية ستتابع")
    assert "saudi_arabia_interior_ministry" in {r["actor_id"] for r in saudi}


MOROCCAN_STORY = ("أعلنت السلطات المغربية اعتقال ثمانية أشخاص في المغرب. وأضافت وزارة الداخلية أن الخلية"
                  " كانت تخطط لعمليات في المملكة. ولا يخفي المغرب قلقه من مقاتلين في أفغانستان.")


def test_bare_kingdom_and_ministry_in_another_kingdoms_story_are_that_states():
    recs = ents(MOROCCAN_STORY)
    assert ("مملكة", "morocco") in [(r["surface"], r["actor_id"]) for r in recs]
    assert "morocco_interior_ministry" in {r["actor_id"] for r in recs}
    assert "saudi_arabia" not in {r["actor_id"] for r in recs}


def test_bare_ministry_in_a_sentence_without_a_state_takes_the_storys_state():
    recs = ents("اعتقلت الشرطة في مصر رجلا. وقالت وزارة الداخلية إن التحقيق مستمر. وتشهد مصر هدوءا.")
    assert "egypt_interior_ministry" in {r["actor_id"] for r in recs}


@pytest.mark.parametrize("text", [
    # A Saudi story that names Rabat once, or Morocco twice beside a Saudi actor.
    "أكدت وزارة الداخلية أن الأمن مستتب في المملكة، وزار الوزير الرباط أمس.",
    "قال وزير الخارجية السعودي إن المملكة تدعم المغرب، وإن المغرب شريك.",
    # A story of a republic: its bare «المملكة» stays Saudi Arabia.
    "زار وفد من مصر المملكة، وعاد الوفد إلى مصر أمس.",
])
def test_bare_kingdom_stays_saudi_outside_another_kingdoms_story(text):
    assert "saudi_arabia" in {r["actor_id"] for r in ents(text) if r["surface"] == "مملكة"}


def test_capital_after_region_noun_is_the_city():
    assert "riyadh" in {r["actor_id"] for r in ents("قال المتحدث الرسمي للدفاع المدني بمنطقه الرياض")}
    assert "seoul" in {r["actor_id"] for r in ents("وفي سيول، أغلقت السلطات الكورية طريقا")}


def test_ocean_to_gulf_phrase_is_no_mention():
    assert "gulf" not in {r["actor_id"] for r in ents("الأمة العربية من المحيط إلى الخليج")}


@pytest.mark.parametrize("text, name", [
    ("ومن بين الذين اكتشفهم المخرج السوري الكبير نجدت أنزور والممثل", "نجدت أنزور"),
    ("سألت صديقي الروائي المصري النوبي حجاج أدول: ما هي الحكاية؟", "حجاج أدول"),
])
def test_title_of_trade_takes_the_name_past_its_adjectives(text, name):
    assert name in [r["surface"] for r in ents(text) if r["type"] == "PER"]


def test_adjectives_after_a_title_are_no_name():
    assert not [r for r in ents("انتشار الفريق التطوعي الميداني في الأحياء") if r["type"] == "PER"]


@pytest.mark.parametrize("text, name", [
    ("وقالت الشرطة إنه تم اعتقال مئير اتينغر في صفد", "مئير اتينغر"),
    ("أثار تعيين صائب عريقات في منصب أمين سر اللجنة", "صائب عريقات"),
])
def test_name_after_a_noun_of_action_on_a_person(text, name):
    assert name in [r["surface"] for r in ents(text, model=None) if r["type"] == "PER"]


@pytest.mark.parametrize("text", ["أدى الهجوم إلى مقتل جنديين تركيين في محافظة", "عبر خطف مقاتلين معتدلين في شمال",
                                  "تعيين مستشار أوباما كبيرا للاقتصاديين"])
def test_plural_or_title_after_a_noun_of_action_is_no_person(text):
    # Obama stays, from the catalogue: the title before him is no part of a name
    assert [r["surface"] for r in ents(text, model=None) if r["type"] == "PER"] in ([], ["أوباما"])


@pytest.mark.parametrize("text, name", [
    ("استقبل الوزير سالم بن علي القحطاني وفدا", "سالم بن علي القحطاني"),  # علي folds like على
    ("حضر الأستاذ حمد بن مشنان آل مبارك اختتام الحفل", "حمد بن مشنان آل مبارك"),
    ("وكان في استقباله العقيد أحمد بن عبد الله الأسمري وآخرون", "أحمد بن عبد الله الأسمري"),
    ("وقال إبراهيم آل مسفر الألمعي إن القرية", "إبراهيم آل مسفر الألمعي"),
])
def test_person_name_chains_through_patronyms_and_ends_after_the_family(text, name):
    assert name in [s for s, _ in pairs(text)]


def test_a_fathers_name_is_not_linked_to_the_son():
    found = pairs("برعاية الأمير نايف بن عبدالعزيز، ثم شكر الأمير محمد بن نايف بن عبدالعزيز وسلمان الحربي")
    assert ("نايف بن عبدالعزيز", "mohammed_bin_nayef") not in found
    assert ("محمد بن نايف بن عبدالعزيز", "mohammed_bin_nayef") in found


def test_half_of_a_compound_name_is_no_partial_name():
    text = "قال خالد بن عبد الله المالكي إن الله يعلم، وأضاف عبد الله"
    assert not [r for r in ents(text) if r["surface"] == "الله"]


@pytest.mark.parametrize("text, actor", [
    ("وقال الأمير جلوي بن عبد العزيز بن مساعد", "jalawi_bin_abdulaziz"),
    ("وصل محمد بن نايف بن عبدالعزيز", "mohammed_bin_nayef"),
    ("أشاد الملك سلمان بن عبد العزيز", "salman_bin_abdulaziz"),
])
def test_abd_compounds_match_joined_or_apart(text, actor):
    assert actor in [a for _, a in pairs(text)]


@pytest.mark.parametrize("text, wrong", [
    ("افتتح مجمع الملك عبدالله الطبي بشمال جدة", "abdullah_bin_abdulaziz"),
    ("تقع الوحدات على شارع الشيخ محمد بن زايد", "mohammed_bin_zayed"),
    ("احتفت مؤسسة محمد بن سلمان بن عبدالعزيز الخيرية", "mohammed_bin_salman"),
    ("ونقل المصاب بعدها لمستشفى الملك عبدالله بن عبدالعزيز", "abdullah_bin_abdulaziz"),
    ("عادت الطائرة إلى مطار الرياض", "riyadh"),
    ("قبلت جامعة تبوك ألف طالب", "tabuk"),
    ("وقال الباحث بكلية لندن للطب", "united_kingdom"),
    ("نقل إلى مستشفى بريدة المركزي", "buraidah"),
])
def test_a_person_or_city_inside_a_facility_name_is_no_mention_of_them(text, wrong):
    assert wrong not in [a for _, a in pairs(text)]


@pytest.mark.parametrize("text, actor", [
    ("وصل الملك عبدالله إلى مطار جدة قادما من الرياض", "abdullah_bin_abdulaziz"),
    ("وصل الملك عبدالله إلى مطار جدة قادما من الرياض", "riyadh"),
    ("زار مدينة جدة وجامعة الدول العربية", "jeddah"),
    ("زار مدينة جدة وجامعة الدول العربية", "arab_league"),
])
def test_the_person_or_city_outside_a_facility_name_stays(text, actor):
    assert actor in [a for _, a in pairs(text)]


@pytest.mark.parametrize("text", ["محافظ رياض الخبراء يلتقي رؤساء الدوائر", "وقال الدكتور رياض المصطفى",
                                  "افتتاح رياض الأطفال"])
def test_riyadh_without_its_article_is_no_city(text):
    assert not {"riyadh", "saudi_arabia"} & {a for _, a in pairs(text)}


def test_an_adjective_in_a_persons_title_reaches_quotes_and_stance_but_not_the_frame():
    # Gold rules: «السفير الروسي», «وزير الدفاع اليمني» are no mention; «القوات الأمريكية» is the state.
    text = "وقال السفير الروسي إن القوات الأمريكية انسحبت، وأكد وزير الدفاع اليمني ذلك."
    found = ents(text)
    flagged = [(r["surface"], r["actor_id"], r["via"]) for r in found if r.get("in_title")]
    assert flagged == [("روسي", "russia", "nationality"), ("يمني", "yemen", "nationality")]
    frame = workbench.entities(pd.DataFrame({"article_id": ["a"], "text": [text]}), model=None)
    assert frame["surface"].tolist() == ["أمريكية"]


def test_the_cabinet_in_a_title_is_part_of_the_role():
    assert [r["surface"] for r in ents("النائب الثاني لرئيس مجلس الوزراء وزير الدفاع") if r.get("in_title")] == [
        "مجلس الوزراء"]
    assert [r.get("in_title", False) for r in ents("وزير الدولة عضو مجلس الوزراء")] == [True]
    assert [(r["surface"], r.get("in_title", False)) for r in ents("وافق مجلس الوزراء على القرار")] == [
        ("مجلس الوزراء", False)]


def test_state_bodies_and_a_spokesman_of_the_ministry_keep_the_state():
    for text in ("المتحدث باسم الخارجية الروسية", "أكدت السلطات التركية", "قصف الطيران السعودي"):
        assert [r.get("in_title", False) for r in ents(text)] == [False], text


def test_annotate_speaker_from_a_titles_adjective_without_a_frame_mention():
    arts = pd.DataFrame({"article_id": ["a"], "text": ["وقال السفير الروسي إن الاتفاق مهم للمنطقة."]})
    found = workbench.annotate(arts)
    assert found.quotes["speaker_actor"].tolist() == ["russia"]
    assert found.entities.empty and found.articles.loc[0, "actors"] == []


@pytest.mark.parametrize("text, names", [
    ("أصدرت الجمعية الوطنية لحقوق الإنسان بيانا", ["جمعية الوطنية لحقوق الإنسان"]),
    ("قال رئيس المجلس الأعلى للقضاء إن", ["مجلس الأعلى للقضاء"]),
    ("وأوضحت المديرية العامة للشؤون الصحية بالمنطقة", ["مديرية العامة للشؤون الصحية"]),
    ("أطلقت المنظمة العربية للتربية والثقافة والعلوم برنامجا", ["منظمة العربية للتربية والثقافة والعلوم"]),
    ("وقعت الشركة الوطنية السياحية عقدا", ["شركة الوطنية السياحية"]),
    ("اشترت الشركة السعودية حصة", []),  # one adjective of origin: a company, not its name
    ("عقدت الجمعية العمومية العادية اجتماعها", []),
    ("رئيس الهيئة الاستشارية للجمعية", []),  # a body of another institution
    ("وقال المجلس الحالي لهذا الغرض", []),
    # a body's head with one adjective names it (اللجنة المنظمة seen; the others beyond it)
    ("وأكد رئيس اللجنة المنظمة أن", ["لجنة المنظمة"]),
    ("تباينت آراء أعضاء المجلس البلدي حول", ["مجلس البلدي"]),
    ("بالتعاون مع الغرفة التجارية في أبها", ["غرفة التجارية"]),
    ("وأوضحت اللجنة الدائمة أن", ["لجنة الدائمة"]),
    ("عقدت الهيئة العامة اجتماعها", []),  # the general assembly
    ("بفضل المركز الريادي الذي تحتله", []),  # a centre, union or firm with one adjective is a phrase
    ("تعزيز الاتحاد السياسي بين الدول", []),
    ("وافقت اللجنة التنفيذية للاتحاد الدولي على", []),  # a body of another institution
])
def test_definite_institutional_head_names_an_organisation(text, names):
    from workbench.extract.entities.heads import head_mentions
    found = head_mentions(Document("a", text))
    assert [r["surface"] for r in found] == names
    assert all(r["type"] == "ORG" and text[r["start"]:r["end"]] == r["surface"] for r in found)


def test_definite_institution_in_the_frame_gets_an_outside_id():
    text = "وأعلنت الرابطة الوطنية لمربي الإبل اليوم"
    found = [(r["surface"], r["actor_id"]) for r in entities_for(Document("a", text), model=None)]
    assert found == [("رابطة الوطنية لمربي الإبل", "ar:رابطه_الوطنيه_لمربي_الابل")]


def test_palace_mosque_and_theatre_heads_name_a_facility():
    from workbench.extract.entities.heads import head_mentions
    text = "استقبله في قصر الإليزيه ثم صلى في جامع الراشد وحضر عرضا على مسرح قرطاج"
    assert [(r["surface"], r["type"]) for r in head_mentions(Document("a", text))] == [
        ("قصر الإليزيه", "LOC"), ("جامع الراشد", "LOC"), ("مسرح قرطاج", "LOC")]


def test_foreign_looking_words_form_a_person_name():
    from workbench.extract.entities.foreign import foreign_names, foreign_score
    from workbench.text import Document
    assert foreign_score("شفاينشتايجر") > 0 > foreign_score("المملكه")
    # (a listed given name such as «هاروهيكو» is the name patterns' to read, not this reader's)
    text = "وأعلنت الشركة استقالة ماساهيرو كورودا، وهيرمان كالينباخ. وقال الوزير إن لكارستن كونيتش رأيا."
    found = foreign_names(Document("a", text))
    assert [r["surface"] for r in found] == ["ماساهيرو كورودا", "هيرمان كالينباخ", "كارستن كونيتش"]
    assert all(text[r["start"]:r["end"]] == r["surface"] and r["type"] == "PER" for r in found)
    # A place preposition before the run reads it as a place, not a person; Arabic words stay out.
    assert foreign_names(Document("a", "سافر إلى سان فرانسيسكو أمس وقال الوزير إن الحكومة")) == []
    for bad in ("", "ـــ", "ًًً", "abc دومبيا xyz", "كورودا " * 5000):
        foreign_names(Document("a", bad))


def test_foreign_name_is_linked_by_its_last_word_later():
    from workbench.extract.entities import entities_for
    from workbench.text import Document
    text = "وتحت إشراف كارستن كونيتش من قسم الفوتونات. وأضاف كونيتش أن النتائج مشجعة."
    rows = [r for r in entities_for(Document("a", text), foreign_words=True) if "كونيتش" in r["surface"]]
    assert len(rows) == 2 and len({r["actor_id"] for r in rows}) == 1


def test_foreign_looking_words_that_name_a_thing_are_no_person():
    from workbench.extract.entities.foreign import foreign_names
    from workbench.text import Document

    def names(text: str) -> list[str]:
        return [r["surface"] for r in foreign_names(Document("a", text))]

    # a company word in or after the run, or a company noun before it
    assert names("وأعلنت توشيبا كورب أرباحها") == []
    assert names("قال الخبير في مجموعة كابيتال ميريون المحدودة") == []
    # a place or index noun before the run, across a proclitic or an opening mark
    assert names("وضع حجر الأساس لملعب بورت جنتيل") == [] == names("على ملعب «سولدجر فيلد» أمس")
    assert names("ارتفع مؤشر داو جونز أمس") == []
    # a title in quote marks or brackets, exactly: fiction, a ship
    assert names("وشاهد فيلم «هاري بوتر» أمس") == [] == names("السفينة الثانية تدعى (ميرسك شيرنيس) وترفع")
    # two names in a list are two names, and the «و» of a list stays outside the second
    assert names("وحضر تاناكا، نوريو كاتو") == ["نوريو كاتو"]
    assert names("أمثال بيكرمان وباوزا ورامون دياز الذين") == ["رامون دياز"]
    # Arabic duals and verbs whose letters look foreign
    assert names("وقد قتلت شابتان انتحاريتان 13 شخصا") == [] == names("إن فتاتين كانتا تتسولان أمس")
    # a person stays a person beside these guards
    assert names("وقال رئيس الوزراء أنطونيس ساماراس إن") == ["أنطونيس ساماراس"]  # a listed one (أليكسيس) is the name patterns'


@pytest.mark.parametrize("text", [
    "جرفت سيول جارفة عددا من السيارات في وادي حنيفة",
    "هطلت أمطار وسيول على محافظة الليث",
    "ضربت السيول مدينة جدة",
    "حذر الدفاع المدني من سيول منقولة في الأودية",
])
def test_floods_are_not_seoul(text):
    assert not {"seoul", "south_korea"} & {r["actor_id"] for r in ents(text)}


def test_seoul_in_a_korean_story_or_acting():
    assert "seoul" in {r["actor_id"] for r in ents("وصل الرئيس الكوري الجنوبي إلى سيول أمس")}
    assert "south_korea" in {r["actor_id"] for r in ents("وقالت سيول إنها مستعدة للحوار")}
    assert "south_korea" in {r["actor_id"] for r in ents("ذكرت الوكالة أن سيول دعت جارتها إلى الحوار")}


@pytest.mark.parametrize("text, court", [
    ("وقال بيان صادر عن الديوان الملكي الهاشمي إن الملك استقبل الوفد", "ar:ديوان_الملكي_الهاشمي"),
    ("نعى الديوان الملكي المغربي الفقيد", "ar:ديوان_الملكي_المغربي"),
    ("وأعلن الديوان الملكي الأردني أن الملك سيزور", "ar:ديوان_الملكي_الاردني"),
])
def test_another_states_royal_court_is_not_the_saudi_one(text, court):
    ids = {r["actor_id"] for r in ents(text)}
    assert court in ids and "royal_court" not in ids


def test_saudi_royal_court_stays_saudi():
    assert "royal_court" in {r["actor_id"] for r in ents("أعلن الديوان الملكي وفاة الأمير")}


def test_foreign_cabinet_in_a_story_naming_saudi_actors():
    text = ("استقبل الأمير محمد بن سلمان في الرياض الوفد. "
            "والتقى نائب الرئيس اليمني رئيس مجلس الوزراء خالد بحاح المحافظين في عدن.")
    ids = [r["actor_id"] for r in ents(text) if fold(r["surface"]) == fold("مجلس الوزراء")]
    assert ids and "saudi_council_of_ministers" not in ids
    saudi = ("رأس خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز جلسة مجلس الوزراء. "
             "ووافق مجلس الوزراء على اتفاقية مع السعودية")
    assert "saudi_council_of_ministers" in {r["actor_id"] for r in ents(saudi)}
    deputy = "وقال الأمير محمد بن نايف ولي العهد نائب رئيس مجلس الوزراء إن اليمن"
    assert "saudi_council_of_ministers" in {r["actor_id"] for r in ents(deputy)}


@pytest.mark.parametrize("text", [
    "وأوضح المهندس خالد بن أحمد بصفر رئيس البلدية أن العمل مستمر",
    "افتتح العميد خالد بن أحمد الداموك مركز الدفاع المدني",
])
def test_a_name_that_goes_on_otherwise_is_not_the_catalogue_person(text):
    assert "khalid_bin_ahmed_al_khalifa" not in {r["actor_id"] for r in ents(text)}


@pytest.mark.parametrize("text, father, son", [
    ("ورافقه الأمير سلطان بن فيصل بن مشعل بن سعود، وحضر", "faisal_bin_mishaal", "ar:سلطان_بن_فيصل_بن_مشعل_بن_سعود"),
    ("حضر الأمير عبدالعزيز بن سعود بن نايف الحفل", "saud_bin_nayef", "ar:عبدالعزيز_بن_سعود_بن_نايف"),
])
def test_a_catalogue_person_after_bin_is_a_forefather_in_a_longer_name(text, father, son):
    found = {r["actor_id"] for r in ents(text)}
    assert father not in found and son in found


def test_a_family_name_after_al_is_bound_even_when_it_is_a_word():
    found = pairs("وجه الوزير الشيخ صالح بن عبدالعزيز بن محمد آل الشيخ، بتوزيع")
    assert ("صالح بن عبدالعزيز بن محمد آل الشيخ", "saleh_al_sheikh") in found  # the catalogue's صالح آل الشيخ
    # after a one-word name «آل» may be the verb (آل الأمر إلى): the common word stays outside
    assert not any("الأمر" in surface for surface, _ in pairs("وقال سعد إن محمد آل الأمر إلى"))


@pytest.mark.parametrize("text", [
    "قال وزير الخارجية الشيخ خالد بن أحمد آل خليفة إن",
    "أحسن الشيخ خالد بن أحمد الخليفة حين قال",
    "وقال الشيخ خالد بن أحمد إن البحرين",
    "استقبل الشيخ خالد بن أحمد، وزير الخارجية، الوفد",
])
def test_the_catalogue_person_and_its_own_continuations(text):
    assert "khalid_bin_ahmed_al_khalifa" in {r["actor_id"] for r in ents(text)}


@pytest.mark.parametrize("text, actor", [
    ("عاد الوفد لطهران بعد المفاوضات", "tehran"),
    ("وفي زيارته لطهران التقى الرئيس", "tehran"),
    ("عند ذهابه لطهران مع أمه", "tehran"),
    ("توجه الوزير إلى طهران", "tehran"),
    ("وقالت طهران إنها لن تتراجع", "iran"),
    ("الميليشيات الموالية لطهران في العراق", "iran"),
])
def test_tehran_after_a_verb_of_movement_is_the_city(text, actor):
    assert actor in {r["actor_id"] for r in ents(text) if fold(r["surface"]) == fold("طهران")}


@pytest.mark.parametrize("text, places, states", [
    ("رحلاتها بين المملكة وكل من لوس أنجلوس ، نيويورك ، واشنطن ، لندن ، باريس", {"washington", "london", "paris"},
     {"united_states", "united_kingdom", "france"}),
    ("تسيّر 15 رحلة بين الدمام والرياض يومياً", {"riyadh"}, {"saudi_arabia"}),  # a city first, joined by و
])
def test_a_capital_listed_after_a_city_is_a_place(text, places, states):
    found = {r["actor_id"] for r in ents(text)}
    assert places <= found and not found & states


def test_a_capital_listed_after_an_acting_capital_stays_the_state():
    found = {r["actor_id"] for r in ents("وحذرت واشنطن، موسكو من التصعيد")}
    assert {"united_states", "russia"} <= found


@pytest.mark.parametrize(
    "text, facility, typ",
    [
        ("استقبل الأمير سلطان بن سلمان الوفد في مركز الأمير سلطان الحضاري بالرياض", "مركز الأمير سلطان الحضاري", "ORG"),
        ("ثم توجهوا لجامعة الأمير سطام بن عبدالعزيز الأسبوع الماضي", "جامعة الأمير سطام بن عبدالعزيز", "ORG"),
        ("وصلى المصلون في مسجد الشيخ زايد، ثم عادوا", "مسجد الشيخ زايد", "LOC"),
        ("أغلقت الأمانة طريق الملك عبدالعزيز العام الماضي", "طريق الملك عبدالعزيز", "LOC"),
    ],
)
def test_a_facility_named_after_a_person_is_one_mention_and_no_person(text, facility, typ):
    recs = entities_for(Document("a", text))
    inside = [r for r in recs if r["start"] >= text.index(facility) and r["end"] <= text.index(facility) + len(facility)]
    assert [(r["surface"], r["type"]) for r in inside] == [(facility, typ)]
    # the person named before keeps its own mention, the one inside the facility's name is not linked to it
    assert sum(r["actor_id"] == "sultan_bin_salman" for r in recs) == ("سلطان بن سلمان" in text)


def test_a_programme_or_prize_after_a_king_gives_no_facility():
    assert not any(r["type"] in ("ORG", "LOC") for r in entities_for(Document("a", "فاز بجائزة الملك فيصل العالمية")))


@pytest.mark.parametrize(
    "text, name",
    [
        ("انضم اليهم لاعب الوسط رياض العريني والمهاجم خالد القصيمي", "رياض العريني"),
        ("وتألق حارس المرمى نواف العقيدي في المباراة", "نواف العقيدي"),
        ("فيما سجل المدافع أسامة هوساوي هدفا", "أسامة هوساوي"),
    ],
)
def test_a_player_after_his_position_is_a_person(text, name):
    assert (name, "PER") in [(r["surface"], r["type"]) for r in ents(text)]


def test_a_name_joined_to_a_person_keeps_a_family_name_that_is_a_word():
    found = pairs("وحضر اللقاء فهد الغانم، وصالح العمر، ومحمد السالم.")
    assert ("صالح العمر", "ar:صالح_العمر") in found
    # the list must close after the family name: «وصالح العمر الطويل» is no list item
    assert not any(s.startswith("صالح") for s, _ in pairs("التقى فهد الغانم وصالح العمر الطويل للمشروع"))


def test_a_listed_name_joined_to_a_person_may_close_the_list_before_a_particle():
    found = pairs("كما لم يشارك الثنائي حمدان الحمدان وأحمد المبارك في التدريبات لشعورهما بالألم")
    assert ("أحمد المبارك", "ar:احمد_المبارك") in found
    assert ("صالح العمر", "ar:صالح_العمر") in pairs("وأكد فهد الغانم وصالح العمر أن المشروع اكتمل")


def test_an_unlisted_word_or_a_longer_phrase_before_a_particle_closes_no_list_of_persons():
    # an unlisted first word before a particle, or a listed one before another word, stays out
    assert not any(s.startswith("وفد") or s.startswith("صالح") for s, _ in
                   pairs("التقى فهد الغانم ووفد الهيئة في الرياض") + pairs("التقى فهد الغانم وصالح العمر الطويل في المشروع"))


@pytest.mark.parametrize(
    "text, name",
    [
        ("طورت شركة صناعة الإليكترونات الهولندية “فيليبس”، مصباحًا جديدًا", "فيليبس"),
        ("ونقلت صحيفة الأعمال البريطانية «فايننشال تايمز» عن مصادر", "فايننشال تايمز"),
    ],
)
def test_a_quoted_brand_after_its_described_head(text, name):
    assert (name, "ORG") in [(r["surface"], r["type"]) for r in ents(text)]


def test_a_quote_after_a_ministry_is_no_name_of_its_own():
    assert not any(r["surface"] == "الثروة السمكية" or "ثروة" in r["surface"]
                   for r in ents("المخالفة لتعليمات وزارة الزراعة «الثروة السمكية». وتوقع"))


@pytest.mark.parametrize("text, town", [
    ("وقعت اشتباكات عنيفة قرب سامراء أمس", "سامراء"),
    ("انتقل الوفد إلى حلبجة، ثم عاد", "حلبجة"),
    ("وتوفي طالب غرقا بالقريات أمس", "القريات"),
    ("وصلت القوات من الفاو وانسحبت", "الفاو"),
])
def test_a_town_the_catalogue_lacks_is_a_place_after_a_locative_word(text, town):
    found = [r for r in ents(text) if r["surface"] == town]
    assert found and found[0]["type"] == "GPE" and found[0]["actor_id"] == outside_id(town)


@pytest.mark.parametrize("text, word", [
    ("وتمنياتي بخالص التوفيق للفريق", "خالص"),  # a town name that is a word, after ب
    ("ما يجعل من الحراك الاجتماعي معركة سياسية", "الحراك"),  # a noun with its adjective
    ("وقدم خالص شكره للحضور", "خالص"),  # after a verb that is not one of going to a place
    ("مع الشكر وخالص التحيات", "خالص"),  # with و after a word that is no place
])
def test_a_town_name_elsewhere_is_no_place(text, word):
    assert word not in {r["surface"] for r in ents(text)}


@pytest.mark.parametrize("text, towns", [
    ("وقعت انفجارات في سوسة وباردو وقابس أمس", ["سوسة", "باردو", "قابس"]),  # a list after a preposition
    ("وصلت التعزيزات إلى بغداد وحلبجة صباحا", ["حلبجة"]),  # after a catalogue city
    ("وأعلنت الشرطة في الرياض والقريات والجبيل", ["القريات", "الجبيل"]),  # towns with their own article
    ("زار سامراء وفد رسمي", ["سامراء"]),  # after a verb of going to a place
    ("غادرت حلبجة آخر القوات", ["حلبجة"]),
])
def test_a_town_in_a_list_or_after_a_verb_of_going_is_a_place(text, towns):
    found = {r["surface"]: r for r in ents(text)}
    for town in towns:
        assert town in found and found[town]["type"] == "GPE" and found[town]["actor_id"] == outside_id(town)


@pytest.mark.parametrize("text, facility, town", [
    ("ونقل المصاب إلى مستشفى الملك فهد بسيهات للعلاج", "مستشفى الملك فهد", "سيهات"),
    ("وأقيم الحفل في مركز الأمير سلطان بطبرجل أمس", "مركز الأمير سلطان", "طبرجل"),
    ("قال مدير مستشفى الملك فهد بسيهات إن", "مستشفى الملك فهد", "سيهات"),
])
def test_a_town_with_b_right_after_a_facilitys_name_is_its_seat(text, facility, town):
    found = {r["surface"]: r for r in ents(text)}
    assert facility in found and found[town]["type"] == "GPE" and found[town]["actor_id"] == outside_id(town)


@pytest.mark.parametrize("text, word", [
    ("وقال محمد العلي بسيهات إن الحريق", "سيهات"),  # after a person's name
    ("يتقدم مستشفى الملك فهد بخالص الشكر للمتبرعين", "خالص"),  # a construct after a facility
    ("وتمنى المدير بطبرجل التوفيق", "طبرجل"),  # after a common noun
])
def test_a_town_with_b_elsewhere_stays_unread(text, word):
    assert word not in {r["surface"] for r in ents(text)}


@pytest.mark.parametrize("text, name", [
    ("انتقد عضو لجنة الأمن والدفاع في البرلمان", "لجنة الأمن والدفاع"),  # a coordinated field
    ("وأعلنت هيئة الموارد المائية أمس", "هيئة الموارد المائية"),  # a field noun and its adjective
    ("وقال مجلس الاستقرار المالي إن", "مجلس الاستقرار المالي"),
    ("تقرير منظمة التعاون الاقتصادي والتنمية الأخير", "منظمة التعاون الاقتصادي والتنمية"),
])
def test_an_indefinite_head_with_a_field_noun_and_adjective_is_an_institution(text, name):
    found = [r for r in ents(text) if r["surface"] == name]
    assert found and found[0]["type"] == "ORG"


@pytest.mark.parametrize("text, phrase", [
    ("وقال مجلس الإدارة الجديد إن", "مجلس الإدارة"),  # a bare field noun: a generic phrase
    ("تراجعت حركة التجارة العالمية أمس", "حركة التجارة"),  # a flow, not a body
    ("نقل إلى مستشفى الصحة النفسية للتأكد من حالته", "للتأكد"),  # a purpose after the name
])
def test_a_head_with_a_generic_field_phrase_is_no_institution(text, phrase):
    assert not any(phrase in r["surface"] for r in ents(text))


def test_a_state_adjective_ends_a_field_name():
    assert [s for s, _ in pairs("وقالت لجنة الشؤون الدينية التركية إن") if "الشؤون" in s] == ["لجنة الشؤون الدينية"]
    assert not any("الشؤون" in s for s, _ in pairs("وقالت لجنة الشؤون التركية إن"))


def test_towns_list_leaves_out_head_nouns_and_catalogue_places():
    from workbench.extract.catalogue import load_catalogue
    from workbench.extract.entities.towns import load_towns

    towns = load_towns()
    catalogue_forms = {fold(alias) for alias in load_catalogue()["alias"]}
    assert len(towns) > 1000 and not towns & catalogue_forms
    assert not {fold(w) for w in "جامعة مدينة محافظة".split()} & towns


@pytest.mark.parametrize("text, name", [
    ("وارتفع سهم شركة أسمنت الجوف أمس", "شركة أسمنت الجوف"),
    ("أن محكمة جنايات القاهرة كانت أصدرت حكما", "محكمة جنايات القاهرة"),
])
def test_a_catalogue_place_inside_an_institution_name_gives_way_to_it(text, name):
    found = ents(text)
    assert [r["surface"] for r in found] == [name] and found[0]["type"] == "ORG"


@pytest.mark.parametrize("text, place", [
    ("وقالت صحيفة الرياض إن", "رياض"),  # the place starts the name: the newspaper's catalogue name
    ("ونقل إلى مستشفى في الرياض", "رياض"),  # the place only locates the hospital
])
def test_a_place_outside_an_institution_name_keeps_its_reading(text, place):
    assert place in {r["surface"] for r in ents(text)}


@pytest.mark.parametrize("text, left_out", [
    ("وأعطى مجلس العلماء الأفضلية للقانون", "الأفضلية"),  # a noun in ـية after a plural of persons
    ("وأعطى مجلس الشيوخ الأولوية للقانون", "الأولوية"),
])
def test_a_field_name_leaves_out_a_state_adjective_and_a_following_noun(text, left_out):
    assert not any(left_out in r["surface"] for r in ents(text, model=None))


def test_a_coordinated_head_noun_starts_a_second_body():
    found = [r["surface"] for r in ents("وقالت لجنة التنمية الريفية والوزارة إن") if "التنمية" in r["surface"]]
    assert found == ["لجنة التنمية الريفية"]


@pytest.mark.parametrize("text, name", [
    ("وقضت محكمة استئناف الدمام بسجنه", "محكمة استئناف الدمام"),  # a common noun before a catalogue city
    ("وقال مركز شرطة الخبر إن", "مركز شرطة الخبر"),
    ("وافتتح معرض مركز جدة الدولي للمؤتمرات أمس", "مركز جدة الدولي للمؤتمرات"),  # a city, adjectives, complement
    ("نقل إلى مستوصف الأمل الأهلي", "مستوصف الأمل الأهلي"),  # a head outside the first lists
])
def test_a_catalogue_city_inside_an_institution_name_is_one_organisation(text, name):
    found = {r["surface"]: r for r in ents(text)}
    assert name in found and found[name]["type"] == "ORG"
    assert not any(r["type"] == "GPE" for r in found.values())


def test_an_outlets_short_name_opening_a_line_before_a_dash_is_the_outlet():
    assert pairs("عنوان الخبر\n\nالاقتصادية  - الدمام: أعلنت الشركة") == [("اقتصادية", "al_eqtisadiah"), ("دمام", "dammam")]
    assert pairs("عنوان الخبر\n\nسبق- وكالات: قتل") == [("سبق", "sabq")]


def test_a_capital_listed_with_a_city_is_the_city():
    assert [a for _, a in pairs("وتغطي الخدمة القاهرة والإسكندرية والأقصر")] == ["cairo", "alexandria", "luxor"]
    assert [a for _, a in pairs("تشمل المرحلة الأولى موسكو، سانت بطرسبرغ")] == ["moscow", "saint_petersburg"]
    # capitals alone keep their governments' reading
    assert [a for _, a in pairs("وقالت موسكو وواشنطن إن")] == ["russia", "united_states"]


def test_shipped_names_hold_no_uyghur_spelling():
    # ى inside a word or ئ opening one: GeoNames' Uyghur forms (ئالجىر, رىياد), never Arabic.
    import re

    from workbench.extract.catalogue import load_catalogue

    uyghur = re.compile("\u0649(?=[\u0621-\u064a])|(?:^| )\u0626")
    assert not [a for a in load_catalogue()["alias"] if uyghur.search(a)]


def test_a_city_named_as_its_state_goes_by_a_distinct_form_and_the_bare_name_stays_the_states():
    from workbench.extract.catalogue import load_catalogue

    cat = load_catalogue()
    states = cat[cat["sector"] == "state"]
    cities = cat[cat["role"] == "city"]
    state_forms = {(c, fold(a)) for c, a in zip(states["country"], states["alias"])}
    assert not [a for c, a in zip(cities["country"], cities["alias"]) if (c, fold(a)) in state_forms]
    names = cat.drop_duplicates("actor_id").set_index("actor_id")["name_ar"]
    assert names["tunis"] == "مدينة تونس" and names["kuwait_city"] == "مدينة الكويت"
    assert [r["actor_id"] for r in ents("زار الوزير الكويت ثم مدينة الكويت")] == ["kuwait", "kuwait_city"]


@pytest.mark.parametrize("text, actor_id", [
    ("وأكد الدكتور عادل بن زيد بن محمد الطريفي وزير الثقافة أن", "adel_al_toraifi"),
    ("وقال الدكتور عادل زيد الطريفي إن", "ar:عادل_زيد_الطريفي"),  # a middle name without «بن» may be another man's
])
def test_a_catalogue_person_named_with_the_fathers_names_takes_the_catalogue_id(text, actor_id):
    assert [r["actor_id"] for r in ents(text)] == [actor_id]


@pytest.mark.parametrize("text, name", [
    ("وقالت سفيرة السويد لدى الأردن شارلوتا سبارّه إن بلادها", "شارلوتا سبارّه"),
    ("وزار المتحف سفير كازاخستان لدى الكويت أسكار تازهييف برفقة", "أسكار تازهييف"),
])
def test_a_name_after_an_envoys_title_and_host_state_is_the_envoy(text, name):
    assert (name, "PER") in [(r["surface"], r["type"]) for r in ents(text)]


def test_a_title_word_after_the_host_state_is_no_envoy_name():
    found = ents("سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية مندوب المملكة الدائم لدى الجامعة")
    assert not [r for r in found if r["type"] == "PER" and "مندوب" in r["surface"]]


@pytest.mark.parametrize("text, surface, actor_id", [
    ("ونشر المقطع على الفيسبوك أمس", "فيسبوك", "facebook"),
    ("وتداوله مستخدمو الفيس بوك", "فيس بوك", "facebook"),
    ("نقلت ذلك صحيفة النيويورك تايمز", "نيويورك تايمز", "new_york_times"),
    ("وشاهده الملايين على اليوتيوب", "يوتيوب", "youtube"),
])
def test_an_outlets_loanword_name_is_found_with_the_article(text, surface, actor_id):
    assert (surface, actor_id) in pairs(text)


@pytest.mark.parametrize("text", [
    "شارك في سباق الهجن ملاك الابل",  # أبل (Apple), a company, is article-bound
    "ونشرت الصحيفة الاقتصادية تقريرا",  # a native phrase name («صحيفة الاقتصادية») is no loanword
    "ركب طائرة البوينغ",  # a company name with the article names its product
])
def test_the_article_stays_bound_for_native_phrases_and_companies(text):
    assert not [r for r in ents(text) if r["actor_id"] in {"apple", "al_eqtisadiah", "boeing"}]


@pytest.mark.parametrize("text, name", [
    ("وقال مدير منظمة الصحة العالمية تيدروس أدهانوم إن", "تيدروس أدهانوم"),
    ("وأوضح مدير اليونسكو إيرينا بوكوفا أن", "إيرينا بوكوفا"),
    ("وقال رئيس البرلمان في كازاخستان كاسيم توكاييف إن", "كاسيم توكاييف"),
])
def test_a_name_after_a_heads_title_ending_with_the_body_is_the_head(text, name):
    assert (name, "PER") in [(r["surface"], r["type"]) for r in ents(text)]


@pytest.mark.parametrize("text, not_a_name", [
    ("ابن رئيس وزراء سوريا مهدد بسحب الجنسية", "مهدد"),  # a state after the head's word is his portfolio
    ("ومدير عام الأمانة العامة لمجلس الوزراء المكلف عبدالله بن علي القريشي، ومدير", "المكلف"),
    ("بحضور رئيس الاتحاد السعودي للسهام إبراهيم الدوسري ورئيس", "للسهام"),  # the body's name goes on
    ("مدير عام المشاريع في الهيئة العامة للسياحة تنامي وتطور المشروعات", "تنامي"),
])
def test_a_word_after_a_heads_title_that_cannot_start_a_name_is_none(text, not_a_name):
    assert not [r for r in ents(text) if r["type"] == "PER" and not_a_name in r["surface"]]


@pytest.mark.parametrize("text", ["وفي المحكمة وقف إبراهيم صامتاً ومتأثراً ثم قال إنه نادم",
                                  "وفي المحكمة بدا إبراهيم مرتبكاً وخائفاً وهو يقول إنه نادم"])
def test_an_accusative_after_a_persons_name_ends_the_name(text):
    people = [r["surface"] for r in entities_for(Document("a", text)) if r["type"] == "PER"]
    assert people == ["إبراهيم"]


@pytest.mark.parametrize("text, name", [("وقال عبد الله حامد إن السوق تنمو", "عبد الله حامد"),
                                        ("وحضر اللقاء سعد الغامدي وعبد العزيز الجبرين أمس", "عبد العزيز الجبرين"),
                                        ("وقال عبد الرحمن بن عبد الله الحامد إن", "عبد الرحمن بن عبد الله الحامد")])
def test_a_given_name_with_abd_written_apart_starts_a_name(text, name):
    people = [r["surface"] for r in entities_for(Document("a", text)) if r["type"] == "PER"]
    assert name in people and "عبد" not in people


def test_abd_alone_or_with_a_word_is_no_name():
    people = [r["surface"] for r in entities_for(Document("a", "عبد الله وحده، وعبد المال عبد"))]
    assert people == []


@pytest.mark.parametrize("text, place, person", [
    ("لقد ترك نيلسون مانديلا وجورج واشنطن إرثا دائما.", "united_states", "جورج واشنطن"),
    ("الأفضل للفريق هو استمرار ماوريسيو سوريا في منصبه.", "syria", "ماوريسيو سوريا"),
    ("التشكيلة: ياسر القحطاني – مهدي أمان – سعود كريري.", "amman", "مهدي أمان"),
])
def test_a_place_after_a_listed_given_name_is_the_family_name(text, place, person):
    found = ents(text)
    assert place not in {r["actor_id"] for r in found}
    assert person in [r["surface"] for r in found if r["type"] == "PER"]


@pytest.mark.parametrize("text, place", [("ويصب الاتفاق في صالح إيران.", "iran"),
                                         ("وصل الملك سلمان بن عبدالعزيز آل سعود جدة أمس.", "jeddah"),
                                         ("هنأ السلطان قابوس بن سعيد سلطان عمان بالعيد.", "oman"),
                                         ("وتستخدم الميليشيات والمخلوع صالح قاعدة العند.", "al_anad")])
def test_a_place_after_a_name_word_a_particle_or_a_longer_name_stays_the_place(text, place):
    assert place in {r["actor_id"] for r in ents(text)}


@pytest.mark.parametrize("text", ["ودولتنا في أمن وأمان مادمنا نسير معا", "يعد الاتفاق صمام أمان للمنطقة",
                                  "لتسير القافلة بأمان إلى المدينة"])
def test_amans_common_word_is_no_capital_outside_a_jordan_story(text):
    assert "amman" not in {r["actor_id"] for r in ents(text)}


def test_aman_in_a_jordan_story_stays_the_capital():
    assert "amman" in {r["actor_id"] for r in ents("وصل الوفد إلى أمان عاصمة الأردن")}


def test_an_item_before_a_found_person_in_a_list_is_a_person():
    # the list is read backwards from the first item the patterns find
    found = [s for s, _ in pairs("حضر الحفل الحارس وجويبر نمازي ودغيم بخاري وسلطان العتيبي.")]
    assert {"جويبر نمازي", "دغيم بخاري", "سلطان العتيبي"} <= set(found)
    # a phrase with a common word before the list is not an item
    assert "الحفل" not in " ".join(found)


def test_ali_in_a_list_of_persons_is_the_given_name():
    found = [s for s, _ in pairs("التشكيلة: فهد العنزي وسعد الحربي، وعلى هوساوي.")]
    assert "على هوساوي" in found
    # before a definite noun «على» stays the preposition
    assert not any("العشب" in s for s in [s for s, _ in pairs("اللاعبون فهد العنزي وسعد الحربي وعلى العشب.")])


def test_a_foreign_city_below_the_catalogue_cut_is_a_place_after_a_preposition():
    found = dict(pairs("وأقيمت المباراة في كراكوف أمس، ثم سافر الفريق إلى إدنبرة"))
    assert found.get("كراكوف", "").startswith("ar:") and found.get("إدنبرة", "").startswith("ar:")
    # GeoNames writes a foreign G as غ; the Saudi papers also as ج
    assert "جروزني" in dict(pairs("نقلت وكالة عن مسؤول في جروزني قوله"))
    # the name alone, without a preposition before it, is not read as the town
    assert "كراكوف" not in dict(pairs("كراكوف مدينة جميلة"))


def test_a_nationality_adjective_after_the_people_is_the_state():
    assert ("عراقي", "iraq") in pairs("وأعرب الوزير عن تضامن المملكة مع الشعب العراقي الشقيق")
    # a party or a parliament named after the people keeps the adjective in its name
    assert not any(aid == "pakistan" for _, aid in pairs("وفاز حزب الشعب الباكستاني بالانتخابات"))
    assert not any(aid == "syria" for _, aid in pairs("وصوت مجلس الشعب السوري على القانون"))


def test_an_exchange_or_an_academy_named_after_its_head_is_one_body():
    found = pairs("وتراجع المؤشر الرئيس في بورصة إسطنبول أمس")
    assert any(s == "بورصة إسطنبول" and aid.startswith("ar:") for s, aid in found)
    assert not any(aid in ("istanbul", "turkey") for _, aid in found)  # the city is inside the name
    assert ("أكاديمية أسباير", "ar:اكاديميه_اسباير") in pairs("وتدرب اللاعب في أكاديمية أسباير قبل انتقاله")


def test_a_state_name_after_a_clitic_preposition_is_no_adjective():
    # after a noun it could agree with, «السعودية» is an adjective unless a preposition is glued to it
    assert ("سعودية", "saudi_arabia") in pairs("وأشاد بالموقف الثابت للسعودية تجاه القضية")
    assert ("سعودية", "saudi_arabia") in pairs("ويقيم العامل المصري بالسعودية منذ سنوات")
    assert not any(aid == "saudi_arabia" for _, aid in pairs("وانتشرت المنتجات السعودية"))


def test_the_red_crescent_in_saudi_news_is_the_saudi_authority():
    found = pairs("وباشرت فرق الهلال الأحمر الحادث في محافظة الخرج وأسعفت المصابين")
    assert ("هلال الأحمر", "saudi_red_crescent_authority") in found
    # another state's society, named by its adjective, is not the Saudi authority
    found = pairs("وسلم الهلال الأحمر الكويتي المساعدات في الرياض أمس")
    assert not any(aid == "saudi_red_crescent_authority" for _, aid in found)
    # with no Saudi actor in the article the form stays unread
    assert pairs("وباشرت فرق الهلال الأحمر الحادث") == []


def test_a_name_after_a_word_that_introduces_it_is_a_person():
    # a kunya, a pseudonym or a foreign name the given-name list lacks
    assert "أبو حمزة" in dict(pairs("واعتقلت الشرطة رجلا يدعى أبو حمزة قرب الحدود"))
    assert "ماريكا سوفالا" in dict(pairs("وروت امرأة تدعى «ماريكا سوفالا» ما جرى"))
    assert "غول زمان" in dict(pairs("وأعدم الجاني المدعو / غول زمان في الرياض"))
    # the verb «تدعي» (claims) and a noun with the article after the marker are no names
    assert pairs("جماعات تدعي تمثيلها للشعب") == []
    assert pairs("يدعى الفنانون إلى المعرض") == []


def test_the_european_commission_is_in_the_catalogue():
    assert ("مفوضية الأوروبية", "european_commission") in pairs("وقالت المفوضية الأوروبية في بيان إن المحادثات مستمرة")


def test_a_place_inside_a_quoted_group_name_is_the_group():
    # a brigade, a front with the article, an operation (an event: nothing), and what stays the state
    assert pairs("وأعلن «لواء حمص» سيطرته على الحي") == [("لواء حمص", "ar:لواء_حمص")]
    assert pairs('وقالت "الحركة الشعبية لتحرير السودان" إن') == [("حركة الشعبية لتحرير السودان",
                                                                "ar:حركه_الشعبيه_لتحرير_السودان")]
    assert pairs("وقالت الحركة الشعبية لتحرير السودان إن") == [("سودان", "sudan")]
    assert "beirut" not in dict(pairs("وانتهت «عملية بيروت» أمس")).values()
    # a state's body named by its adjective, a long gloss in brackets and an unquoted phrase keep the state
    assert ("فرنسي", "france") in pairs("أرسلت قوات (الجيش الفرنسي) إلى مالي")
    assert "iraq" in dict(pairs("وهو (تحالف واسع بين قبائل العراق وسوريا)")).values()
    assert "lebanon" in dict(pairs("زار جيش لبنان المنطقة")).values()


def test_a_department_or_an_institute_is_named_by_its_field_only():
    for text, body in (("وأعلن قسم الهندسة الكهربائية نتائجه", "قسم الهندسة الكهربائية"),
                       ("وقال باحث في معهد البحوث الزراعية إن", "معهد البحوث الزراعية"),
                       ("وأوضحت إدارة الموارد البشرية أن", "إدارة الموارد البشرية")):
        assert (body, outside_id(body)) in pairs(text)
    # before a name these words are a verb or a club's management, not a body
    assert not any(s.startswith(("قسم", "إدارة")) for s, _ in pairs("ثم قسم الكوري اللاعبين، وتنتظر إدارة الشباب الرد"))


def test_names_the_stance_layer_needs_for_conflict_actors():
    # the coalition against the Islamic State under its other common word, «ائتلاف»
    assert ("قوات الائتلاف الدولي", "international_coalition") in pairs("وأعلنت قوات الائتلاف الدولي تدمير مواقع لداعش")
    # Israel named as the occupying power, by its army or its authorities
    assert ("جيش الاحتلال", "israel") in pairs("واقتحم جيش الاحتلال بلدة في جنين فجر اليوم")
    assert ("سلطات الاحتلال", "israel") in pairs("وهدمت سلطات الاحتلال منازل في القدس")
    # a district of Aden
    assert ("دار سعد", "dar_saad") in pairs("وسقطت قذائف على مديرية دار سعد شمالي عدن")


def test_short_yemeni_names_count_in_yemeni_news_only():
    yemen = "والقوات الموالية للرئيس السابق علي صالح تسيطر على مواقع في اليمن، فيما تقدم الجيش اليمني الشرعي"
    found = pairs(yemen)
    assert ("علي صالح", "ali_abdullah_saleh") in found
    assert ("جيش اليمني الشرعي", "yemeni_national_army") in found
    # without a Yemeni actor in the article «علي صالح» is any man of that name
    assert not any(aid == "ali_abdullah_saleh" for _, aid in pairs("وقال المعلم علي صالح إن الطلاب نجحوا"))


def test_saleh_coordinated_with_the_houthis_is_ali_abdullah_saleh():
    def saleh(text: str) -> list[str]:
        return [surface for surface, aid in pairs(text) if aid == "ali_abdullah_saleh"]

    # either order, a «ل» or an article on the partner, a title between «و» and the name
    assert saleh("وانسحبت عناصر للحوثيين وصالح من المواقع") == ["صالح"]
    assert saleh("واتهم البيان مسلحي صالح وللحوثيين بقصف الأحياء") == ["صالح"]
    assert saleh("وقصف الحوثيون والرئيس اليمني السابق صالح مدينة تعز") == ["صالح"]
    assert saleh("تحالف صالح والحوثي يتصدع") == ["صالح"]
    # not joined to the Houthis by «و», or ending a man's name: a given name, not the former president
    assert saleh("واستقبل الحوثيون صالح العمر في صنعاء") == []
    assert saleh("وقال محمد صالح والحوثيون في صنعاء") == []
    assert saleh("ونجح صالح ورفاقه في الامتحان") == []


def test_saleh_after_a_comma_or_beside_the_houthi_leader_is_ali_abdullah_saleh():
    def saleh(text: str) -> list[str]:
        return [surface for surface, aid in pairs(text) if aid == "ali_abdullah_saleh"]

    # a comma before «و», either order, also with an epithet after «و»
    assert saleh("وقصفت مليشيات الحوثيين، وصالح مدينة تعز") == ["صالح"]
    assert saleh("وتحالف صالح، والحوثيين يتصدع في اليمن") == ["صالح"]
    assert saleh("وهاجم الحوثيون، والرئيس السابق صالح مدينة عدن") == ["صالح"]
    # joined to the Houthi leader by name
    assert saleh("وأعلن عبدالملك الحوثي وصالح رفض الهدنة في اليمن") == ["صالح"]
    # a comma alone is a list, and a man's name before the comma stays a name
    assert saleh("وزار الحوثيون، صالح العمر في صنعاء") == []
    assert saleh("وقال محمد صالح، والحوثيون في صنعاء") == []


def test_forces_named_by_their_owner_are_the_yemeni_national_army():
    found = pairs("وتمكنت قوات الجيش الموالية للرئيس هادي من استعادة مواقع قرب عدن")
    assert ("قوات الجيش", "yemeni_national_army") in found
    assert ("رئيس هادي", "abd_rabbuh_mansur_hadi") in found
    found = pairs("وسيطرت المقاومة وقوات الجيش الموالية للحكومة الشرعية على مدينة في اليمن")
    assert ("قوات الجيش", "yemeni_national_army") in found
    # without a Yemeni actor, or with an owner the table lacks, the forces stay unread
    assert not any(aid == "yemeni_national_army" for _, aid in pairs("وتقدمت القوات الموالية للشرعية في ليبيا"))
    assert not any(aid == "yemeni_national_army" for _, aid in pairs("وقصفت القوات الموالية للحوثيين مدينة عدن"))


def test_a_foreign_club_before_its_states_adjective_in_a_sports_story():
    # a transfer with a two-word name, a friendly after «نظيره», a club named after a catalogue city (a catalogue
    # club since round 160) is no city
    assert ("يونغ بويز", "ar:يونغ_بويز") in pairs("وبدأ اللاعب مسيرته في لينس قبل أن ينتقل إلى يونغ بويز السويسري")
    assert ("كولجاك", "ar:كولجاك") in pairs("خسر الفريق مباراته الودية أمام نظيره كولجاك التركي بهدفين")
    found = pairs("ويلعب الفريق مباراة ودية مع باريس سان جرمان الفرنسي")
    assert ("باريس سان جرمان", "paris_saint_germain") in found and "paris" not in dict(found).values()
    # a national side, an office, a Saudi fund, a town (feminine) and a story without sport stay unread
    for text in ("خسر الفريق مباراته أمام المنتخب الإماراتي", "التقى اللاعب مع الرئيس التركي قبل المباراة",
                 "مباراة خيرية بدعم من الصندوق السعودي للتنمية", "أقام الفريق معسكره في ميرلو الهولندية",
                 "ووصل الوفد إلى كولجاك التركي"):
        assert not any(r["type"] == "ORG" and r["actor_id"].startswith("ar:") for r in ents(text)), text


def test_a_road_or_a_valley_named_after_its_head_keeps_the_head():
    # a road after a clitic, a valley with a bare name, a road named after an imam whose name is a word
    assert ("طريق الهدا", "ar:طريق_الهدا") in pairs("وقع الحادث بطريق الهدا مساء أمس")
    assert ("وادي حنيفة", "ar:وادي_حنيفه") in pairs("جرفت السيول سيارة في وادي حنيفة")
    assert ("طريق الإمام مسلم", "ar:طريق_الامام_مسلم") in pairs("يربط بطريق الإمام مسلم، لتخفيف الزحام")
    # "by way of", the verb «وأدى» that folds like the valley, an event named after a road
    for text in ("وصلت الأوراق عن طريق الخطأ", "وأدى تلاشي المجال إلى ذلك", "وعقد ملتقى طريق الحرير الثقافي"):
        assert pairs(text) == [], text


def test_a_name_before_its_office_in_apposition_is_a_person():
    # a foreign name the given-name list lacks, before a comma or right before the office
    assert ("كريستوف زالتسمان", "ar:كريستوف_زالتسمان") in pairs("وقال كريستوف زالتسمان، مدير المعهد إن الأسعار سترتفع")
    assert ("هيرفيه رونار", "ar:هيرفيه_رونار") in pairs("وأعلن هيرفيه رونار مدرب المنتخب تشكيلته")
    # a word that does not look like a name, a catalogue person and a name bound by «بن» keep their readings
    assert pairs("تحت إشراف جريجوريس مدرب اللياقة") == []
    assert ("مودي", "narendra_modi") in pairs("وكان نارندرا مودي رئيس الوزراء الهندي")
    assert pairs("التقى عبدالله بن مساعد رئيس الهيئة") == [("عبدالله بن مساعد", "abdullah_bin_musaed")]


def test_a_name_before_a_comma_and_a_ministers_or_spokesmans_office_is_a_person():
    # an unlisted foreign name after a verb, before «، وزير/وزيرة/سفير/المتحدث»
    assert ("زيجمار جابريل", "ar:زيجمار_جابريل") in pairs("ويتوجه زيجمار جابريل، وزير الاقتصاد الألماني، إلى طهران")
    assert ("تارو أسو", "ar:تارو_اسو") in pairs("وقال تارو أسو، وزير المالية الياباني، إن السوق قلقة")
    assert ("أندريه باران", "ar:اندريه_باران") in pairs("واستقبل أمس أندريه باران، سفير فرنسا لدى المملكة")
    assert ("بلحسن الوسلاتي", "ar:بلحسن_الوسلاتي") in pairs("نفى بلحسن الوسلاتي، المتحدث باسم وزارة الدفاع التونسية، الخبر")


def test_a_name_before_an_office_leaves_out_a_preposition_and_takes_a_listed_given_name_before_it():
    # «ل» written on a foreign given name is no part of the name; a listed given name before the two words is
    assert pairs("وبالنسبة لجواكيم ليفي، وزير المالية الفرنسي، فقد قال") == [("جواكيم ليفي", "ar:جواكيم_ليفي")]
    assert ("علي شريف العمادي", "ar:علي_شريف_العمادي") in pairs(
        "وأشاد التقرير بفترة رئاسة الرئيس السابق لأوفيد علي شريف العمادي، وزير المالية القطري")


def test_a_name_whose_first_letter_only_looks_like_a_preposition_keeps_it():
    # names that start with ب/ل/ك themselves, and a listed given name before a longer name, keep their spans
    assert ("بيتر ماورر", "ar:بيتر_ماورر") in pairs("والتقى بيتر ماورر، رئيس اللجنة الدولية")
    assert ("ليفي أشكول", "ar:ليفي_اشكول") in pairs("وقال ليفي أشكول، رئيس الوزراء آنذاك")
    assert ("لوكاس بابادموس", "ar:لوكاس_بابادموس") in pairs("وقال لوكاس بابادموس، رئيس الوزراء الأسبق")
    assert ("كريم دجازيري", "ar:كريم_دجازيري") in pairs("وشدد كريم دجازيري وكيل أعمال اللاعب على أن موكله")


def test_a_name_in_round_brackets_right_after_an_organisations_head_is_the_organisation():
    # an agency, a society and a company named in brackets after their head noun
    # (Iran's Rasa agency: Tasnim, the earlier example, is a catalogue actor since round 172)
    assert ("رسا", "ar:رسا") in pairs("ونقلت وكالة (رسا) الإيرانية عن مصدر مطلع")
    assert ("كفيف", "ar:كفيف") in pairs("للفعاليات التي تقدمها جمعية (كفيف) في الرياض")
    assert ("كويت ترك", "ar:كويت_ترك") in pairs("وقال مدير بنك (كويت ترك) إنه يختلف عن البنوك الأخرى")


def test_brackets_after_a_centre_a_description_or_an_unclosed_bracket_name_no_organisation():
    # an administrative centre (a place), an abbreviation after the full name, a bracket left open
    for text in ("وتكليفه رئيسا لمركز (نيرا) بمحافظة المخواة", "وقالت شركة الاتصالات الوطنية (نتكو) إن",
                 "ونقلت وكالة (رسا الإيرانية عن مصدر"):
        assert not any(r["type"] == "ORG" and r["surface"] in ("نيرا", "نتكو", "رسا") for r in ents(text)), text


def test_a_head_noun_or_an_adjective_in_brackets_after_a_head_names_no_organisation():
    # another head noun, a relational adjective, an adjective in ـئة and one agreeing with a feminine head
    for text, word in (("وتتولى جمعية (مؤسسة) الملف الخيري", "مؤسسة"), ("وتقرر تشكيل لجنة (فنية) لدراسة الطلبات", "فنية"),
                       ("ثم نافسوه بصناعة حركة (رديئة) أكثر تطرفا منه", "رديئة"),
                       ("ودخل المتسللون على هيئة (جماعات صغيرة) عبر الحدود", "جماعات صغيرة")):
        assert not any(r["type"] == "ORG" and r["surface"] == word for r in ents(text)), text


def test_names_in_brackets_with_an_article_adjective_a_bare_ي_or_common_words_stay_organisations():
    # a channel named by an adjective with the article, a foreign name in ـي after a feminine head,
    # a firm's name ending in an adjective with the article, a society named by common words
    assert ("آكي", "ar:اكي") in pairs("ونقلت وكالة (آكي) الإيطالية للأنباء")
    assert ("موصلية", "ar:موصليه") in pairs("وعمل مصورا لقناة (الموصلية) ثم")
    assert ("أهلي المالية", "ar:اهلي_الماليه") in pairs("وعين البنك شركة (الأهلي المالية) للعمل")
    assert ("عطاء دون حدود", "ar:عطاء_دون_حدود") in pairs("نظمتها جمعية (عطاء دون حدود) في البلدة")
    assert ("سند", "ar:سند") in pairs("وتقدمها جمعية (سند) لدعم الأطفال")


def test_a_movement_named_after_another_movement_noun_keeps_its_catalogue_id():
    # the catalogue names al-Qaeda «تنظيم القاعدة» and al-Shabaab «حركة الشباب المجاهدين»/«حركة الشباب»
    assert ("قاعدة", "al_qaeda") in pairs("من حركة (القاعدة) إلى حركة (داعش)")
    assert ("قاعدة", "al_qaeda") in pairs("وانشق عن حركة «القاعدة» العام الماضي")
    assert ("شباب", "al_shabaab") in pairs("وبايع حزب (الشباب) أمس")


def test_a_bracketed_name_after_a_head_that_is_no_movement_noun_keeps_its_reading():
    # a newspaper and a channel keep their own catalogue ids; a firm is not looked up among movements
    assert ("جزيرة", "al_jazirah_newspaper") in pairs("نشرت صحيفة (الجزيرة) يوم الخميس")
    assert ("عربية", "al_arabiya") in pairs("وقال عبر قناة (العربية) أمس")
    assert ("قاعدة", "ar:قاعده") in pairs("وتملك شركة (القاعدة) مصنعين")


def test_quoted_names_listed_after_a_plural_or_dual_head_are_organisations():
    # a plural head with a construct noun, an adjective and a list opener; a dual head; a name the
    # catalogue holds after the singular head («شركة زين»)
    pairs_ = pairs("ووكالات تصنيف ائتمانية منها «روسريتينغ» و «ا كا اند ام» وصوت")
    assert ("روسريتينغ", "ar:روسريتينغ") in pairs_ and ("ا كا اند ام", "ar:ا_كا_اند_ام") in pairs_
    assert ("دايهاتسو", "ar:دايهاتسو") in pairs('وتقلدت شركتا "سانغيونغ" و"دايهاتسو" للسيارات المركز الثالث')
    assert ("زين", "zain_saudi_arabia") in pairs("القضية الحالية بين شركتي «موبايلي»، و«زين» اللتين تعدان")


def test_a_plural_head_without_a_list_of_quoted_names_or_inside_a_name_gives_no_name():
    # one quoted name, quoted words after a clause, quoted words after a preposition; «لشركات» inside a name
    for text in ('وتعاقدت الوزارة مع شركات "التوفيق" في', "القنوات التلفزيونية التي يصنفها المتابعون «طائفية» و«متطرفة»",
                 "وقال مسؤول في شركات النقل إن «الأسعار» و«الرسوم» سترتفع"):
        assert not any(r["type"] == "ORG" for r in ents(text)), text
    assert ("اتحاد الدولي لشركات الطيران", "ar:اتحاد_الدولي_لشركات_الطيران") in pairs("وأكد الاتحاد الدولي لشركات الطيران «إياتا» أن")


def test_a_place_a_body_or_common_words_before_a_comma_and_a_minister_stay_no_person():
    # a town, a council and common words before a comma and «وزير» keep their readings; a name without the
    # comma is no person by the comma rule, only by its given name (زيجمار is one since round 157)
    for text in ("وصل إلى الرياض، وزير الخارجية الفرنسي", "وحضر رئيس مجلس الوزراء، وزير الداخلية الاجتماع",
                 "عضو الخدمة المدنية، وزير الثقافة", "والتقى فالنتين جابريل وزير الاقتصاد"):
        assert not any(r["type"] == "PER" for r in ents(text)), text


def test_a_foreign_name_after_a_verb_of_saying_is_a_person():
    # two clearly transliterated words after a verb of saying, present or past
    # (neither given name is listed)
    assert ("كيريل ديميتريف", "ar:كيريل_ديميتريف") in pairs("وقال كيريل ديميتريف إن الصندوق سيستثمر")
    assert ("ميكيلي شيلينغ", "ar:ميكيلي_شيلينغ") in pairs("ويقول ميكيلي شيلينغ إن الحكومة ستستقيل")
    # a company, a plural of diplomats, Arabic nouns and a second name joined by «و» stay unread
    for text in ("ويقول كومرتس بنك إنه متفائل", "وقال دبلوماسيون غربيون إن", "وقال عميد فرع الكلية إن",
                 "وقال مؤلف المسرحية إن"):
        assert not any(r["type"] == "PER" for r in ents(text)), text


def test_road_security_is_the_saudi_force_in_saudi_news_only():
    # the full name anywhere, the short «أمن الطرق» beside a Saudi actor, not in a foreign story
    assert ("قوة الخاصة لأمن الطرق", "saudi_road_security") in pairs("ضبطت القوة الخاصة لأمن الطرق بمنطقة جازان مهربين")
    assert ("أمن الطرق", "saudi_road_security") in pairs("وباشرت فرق أمن الطرق الحادث على طريق الطائف في السعودية")
    assert not any(a == "saudi_road_security" for _, a in pairs("وقالت إدارة أمن الطرق في ولاية تكساس الأمريكية إن"))


def test_a_foreign_name_after_a_trade_or_a_nationality_adjective_is_a_person():
    # a trade (with «و» or an adjective before it) or a singular nationality adjective of a person
    # before two clearly transliterated words that no list holds
    assert ("ميكيلي شيلينغ", "ar:ميكيلي_شيلينغ") in pairs("وشاركت في الحفل الممثلة ميكيلي شيلينغ أمس")
    assert ("كيريل ديميتريف", "ar:كيريل_ديميتريف") in pairs("وسجل الهدف الثاني الإيطالي كيريل ديميتريف في الدقيقة 80")
    assert ("كيريل ديميتريف", "ar:كيريل_ديميتريف") in pairs("وحضرت اللقاء الفرنسية ميكيلي شيلينغ والإسبانية كيريل ديميتريف")
    # a company after the adjective, a plural adjective and Arabic nouns after a trade stay unread
    for text in ("وقالت الألمانية كومرتس بنك إن", "وفاز البرازيليون ميكيلي شيلينغ", "والمغني عميد فرع الكلية"):
        assert not any(r["type"] == "PER" for r in ents(text)), text


@pytest.mark.parametrize("text, name", [
    ("وفازت الروائية الكندية مارغريت أتوود بالجائزة", "مارغريت أتوود"),  # a given name the lists lack
    ("وغنت المطربة الراحلة ويتني هوستن في الحفل", "ويتني هوستن"),  # a first word that opens like «و» + a word
    ("وأشاد الموسيقي الإيطالي جوزيبي فيردي بالمسرح", "جوزيبي فيردي"),  # a surname that opens like «ف» + a word
])
def test_a_name_with_one_clearly_foreign_word_after_a_trade_or_nationality_is_a_person(text, name):
    assert (name, outside_id(name)) in pairs(text)


def test_a_described_name_is_not_cut_from_a_longer_one_nor_read_from_a_list_of_clubs():
    # a third name word after the two is no cut (with the listed given name «فولفغانغ» the whole name is
    # read); «و» before a name goes on a list
    text = "وعزف الموسيقار النمساوي فولفغانغ أماديوس موتسارت اللحن"
    assert [r["surface"] for r in ents(text) if r["type"] == "PER"] in ([], ["فولفغانغ أماديوس موتسارت"])
    text = "أندية مثل ليون الفرنسي ويونغ بويز السويسري"
    assert not any(r["type"] == "PER" for r in ents(text)), text


def test_a_nationality_adjective_after_a_body_a_place_or_a_states_act_reads_no_person():
    # the adjective describes the noun before it, and the words after it say what that is or does
    for text in ("والصحيفة الفرنسية مملوكة لداسو", "والنادي الإسباني مملوك لبيريز منذ",
                 "في العاصمة الأرجنتينية بوينس آيرس بسبب", "طائرات الاحتلال الإسرائيلي تشُن غارتين على"):
        assert not any(r["type"] == "PER" for r in ents(text)), text


@pytest.mark.parametrize("text, namesake", [
    ("وقالت سارة كيري إن الاجتماع انتهى", "سارة كيري"),
    ("وأوضح خالد بلاتيني أن الفريق جاهز", "خالد بلاتيني"),
])
def test_catalogue_surname_after_another_given_name_is_a_namesake(text, namesake):
    found = pairs(text)
    assert not any(actor in ("john_kerry", "michel_platini") for _, actor in found)
    assert (namesake, outside_id(namesake)) in found


@pytest.mark.parametrize("text, actor", [
    ("أكد مصدر مقرب من الفرنسي ميشال بلاتيني رئيس الاتحاد الأوروبي", "michel_platini"),
    ("وقال جون كيري إن المحادثات مستمرة", "john_kerry"),
    ("قال الدكتور أنور بن محمد قرقاش، وزير الدولة", "anwar_gargash"),
])
def test_catalogue_person_keeps_his_own_given_name(text, actor):
    assert actor in {a for _, a in pairs(text)}


@pytest.mark.parametrize("text, places", [
    ("نفذت الأمانة مشاريع في أحياء ابيار الماشي، المليليح، الوسيعة.", ["ابيار الماشي", "مليليح", "وسيعة"]),
    ("فرضت سيطرتها على مناطق الشيحة والدواية والستر، وقريبا ستصل", ["شيحة", "دواية", "ستر"]),
])
def test_places_in_a_list_after_a_locative_head(text, places):
    found = [(r["surface"], r["type"]) for r in ents(text)]
    assert all((p, "GPE") in found for p in places)


@pytest.mark.parametrize("text, word", [
    ("يعيشون في مناطق نزاعات، تحسبًا من انضمامهم", "نزاعات"),
    ("تعمل الجمعية على إحياء التراث، الفنون، الحرف.", "تراث"),
    ("بين أحياء البكيرية الصفا مع طريق الملك", "صفا"),
])
def test_no_place_list_from_common_nouns_or_without_a_list(text, word):
    assert not any(word in r["surface"] and r["type"] == "GPE" for r in ents(text))


@pytest.mark.parametrize("text, name", [
    ("وأعلنت شركة Best Buy أن مبيعاتها ارتفعت", "شركة Best Buy"),
    ("وقال بنك HSBC إن الأرباح تراجعت", "بنك HSBC"),
])
def test_body_named_in_latin_script_after_a_company_head(text, name):
    assert (name, "ORG") in [(r["surface"], r["type"]) for r in ents(text)]


def test_catalogue_surname_after_a_foreign_given_name_or_another_mention():
    assert "boris_johnson" not in {a for _, a in pairs("وقالت جاكلين جونسون إن الخطة جاهزة")}
    assert {"john_kerry", "sergey_lavrov"} <= {a for _, a in pairs("محادثات في الدوحة اليوم وزير الخارجية كيري لافروف")}


@pytest.mark.parametrize("text, name", [
    ("وأشاد الأمير فيصل بن خالد بجهود رجال الأمن في المنطقة.", "فيصل بن خالد"),
    ("وسجل اللاعب ماجد عبدالله لفريقه هدفين.", "ماجد عبدالله"),
    ("وأشاد المدرب بجهود اللاعب سامي فهد وزملائه في المباراة.", "سامي فهد"),
])
def test_person_span_cut_before_a_preposition_and_a_common_word(text, name):
    found = pairs(text)
    assert (name, outside_id(name)) in found
    assert not any(s.startswith(name + " ") for s, _ in found)


@pytest.mark.parametrize("text, word", [
    ("وقال اللاعب في تصريح إنه سعيد بتجديد عقده مع النادي.", "سعيد"),
    ("واستهدفت الميليشيات المدينة وأطلق ناصر بقذائف الهاون على الأحياء.", "ناصر"),
])
def test_no_person_from_a_given_name_running_into_a_phrase(text, word):
    assert not [s for s, _ in pairs(text) if s.startswith(word)]


@pytest.mark.parametrize("text, name", [
    ("وقال المدرب لوران بلان إن الفريق جاهز.", "لوران بلان"),
    ("وسينضم خالد باسهل للمجلس الجديد.", "خالد باسهل"),
    ("وأمر الوزير حسام كمال بفتح تحقيق.", "حسام كمال"),
    ("وكرمت الإدارة فاطمة بنت موسى بوخمسين أمس.", "فاطمة بنت موسى بوخمسين"),
])
def test_names_that_open_like_a_preposition_stay_whole(text, name):
    assert name in [s for s, _ in pairs(text)]


def test_person_span_of_weapons_dropped():
    from workbench.extract.entities.runons import cut_run_ons

    doc = Document("t", "قصفوا المدينة بصواريخ الكاتيوشا ومضاد الدروع")
    start = doc.text.index("مضاد")
    rec = {"start": start, "end": len(doc.text), "surface": "مضاد الدروع", "type": "PER", "actor_id": None}
    kept = {"start": 0, "end": 5, "surface": "قصفوا", "type": "ORG", "actor_id": None}
    assert cut_run_ons(doc, [rec, kept]) == [kept]


def _span(text: str, surface: str, kind: str) -> dict:
    start = text.index(surface)
    return {"start": start, "end": start + len(surface), "surface": surface, "type": kind, "actor_id": None}


def test_an_office_word_alone_is_no_person():
    from workbench.extract.entities.runons import cut_run_ons

    text = "وأوضح مستشار الوزير أن المحافظ زار أمين"
    kept = cut_run_ons(Document("a", text), [_span(text, "مستشار", "PER"), _span(text, "محافظ", "PER"),
                                             _span(text, "أمين", "PER")])
    # «أمين» is also a given name and stays
    assert [r["surface"] for r in kept] == ["أمين"]


def test_a_head_without_the_article_before_a_purpose_phrase_is_no_body():
    from workbench.extract.entities.runons import cut_run_ons

    text = "افتتح مركز لتطوير المهارات ثم زار مؤسسة لرعاية الأيتام"
    found = [_span(text, "مركز لتطوير المهارات", "ORG"), _span(text, "مؤسسة لرعاية", "ORG")]
    assert cut_run_ons(Document("a", text), found) == []
    # a definite head, or a name after the head that opens like a clitic, is a named body
    text = "زار المركز لتطوير المهارات وجامعة ليون وشركة بتروبراس"
    found = [_span(text, "مركز لتطوير المهارات", "ORG"), _span(text, "جامعة ليون", "ORG"),
             _span(text, "شركة بتروبراس", "ORG")]
    assert len(cut_run_ons(Document("a", text), found)) == 3


@pytest.mark.parametrize("text, surface, actor", [
    # CLDR's states take their nationality adjective by the regular pattern, which the curated list lacks
    ("وأعلنت الحكومة الأرجنتينية أمس", "أرجنتينية", "argentina"),
    ("وقالت السلطات الكولومبية إن", "كولومبية", "colombia"),
    ("أكدت الشرطة الكينية مقتل", "كينية", "kenya"),
    # and the press's ج for CLDR's غ in a one-word name
    ("وصل الوفد إلى نيكاراجوا أمس", "نيكاراجوا", "nicaragua"),
    ("وأعلنت الحكومة الأوجندية", "أوجندية", "uganda"),
])
def test_nationality_adjectives_and_spellings_of_cldr_states(text, surface, actor):
    assert (surface, actor) in pairs(text)


def test_the_adjective_of_a_state_s_acts_and_affairs_is_the_state():
    # the gold rules take the adjective after a state's acts and affairs, not after its territory
    assert pairs("ويعاني القطاع من العدوان الإسرائيلي") == [("إسرائيلي", "israel")]
    assert pairs("وفرضت العقوبات الأمريكية على") == [("أمريكية", "united_states")]
    assert pairs("وتراجع الاقتصاد الصيني") == [("صيني", "china")]
    assert pairs("على الحدود السورية") == []
    # a body named after the affairs keeps the adjective inside its name
    assert ("سعودي", "saudi_arabia") not in pairs("وقال عضو جمعية الاقتصاد السعودي محمد")


@pytest.mark.parametrize("text, surface, actor", [
    ("وانتقد الوجود الأمريكي في المنطقة", "أمريكي", "united_states"),
    ("وأدان الهجوم الإيراني على السفارة", "إيراني", "iran"),
    ("وأشاد بالدور السعودي في اليمن", "سعودي", "saudi_arabia"),
    ("ورفض القرار الأمريكي بشأن", "أمريكي", "united_states"),
    ("وكان الدعم الإيراني للحوثيين واضحا", "إيراني", "iran"),
    ("ورحب بالمبادرة الفرنسية", "فرنسية", "france"),
])
def test_the_adjective_of_a_states_presence_role_decision_or_support_is_the_state(text, surface, actor):
    # the gold rules: a nationality adjective is the state "whatever noun it follows" (الموقف الروسي)
    assert (surface, actor) in pairs(text)


@pytest.mark.parametrize("text, surface, actor", [
    ("نرفض التدخلات الإيرانية في شؤوننا", "إيرانية", "iran"),
    ("تندد بالتصريحات الإيرانية المسيئة", "إيرانية", "iran"),
    ("وأوضح أن الممارسات الإسرائيلية ستدفع", "إسرائيلية", "israel"),
    ("هاجم الجبير السياسات الايرانية", "ايرانية", "iran"),
    ("في غارة أمريكية على سوريا", "أمريكية", "united_states"),
    ("وتخشى الهجمة الإسرائيلية", "إسرائيلية", "israel"),
])
def test_the_adjective_after_a_state_s_acts_in_either_number_is_the_state(text, surface, actor):
    # the act nouns are listed once, in the singular; their sound plurals in ـات read the same
    assert (surface, actor) in public_pairs(text)


def test_a_people_s_or_a_language_s_adjective_after_a_plural_stays_no_mention():
    assert public_pairs("وانتشرت الأغاني الإيرانية") == []
    assert public_pairs("ودرس اللغات الأجنبية") == []
    assert public_pairs("على الحدود السورية والأراضي السورية") == []


@pytest.mark.parametrize("text, surface, actor", [
    ("وتحسنت العلاقات السعودية مع القاهرة", "سعودية", "saudi_arabia"),
    ("والتحول الأخير في العلاقة الأمريكية مع كوبا", "أمريكية", "united_states"),
    ("وارتفعت الصادرات المصرية", "مصرية", "egypt"),
    ("إن العمليات العسكرية التركية ستستهدف داعش", "تركية", "turkey"),
    ("ووصلت المساعدات الإماراتية إلى عدن", "إماراتية", "united_arab_emirates"),
    ("ردا على إجراءات إسرائيلية ضد المستوطنات", "إسرائيلية", "israel"),
    ("وبلغت الاستثمارات السعودية في مصر", "سعودية", "saudi_arabia"),
])
def test_the_adjective_after_a_state_s_relations_exports_operations_aid_or_measures_is_the_state(text, surface, actor):
    # the written rules: «العلاقات المصرية السعودية», «الصادرات المصرية», «عملية عسكرية تركية» are the states
    assert (surface, actor) in public_pairs(text)


def test_an_edition_s_language_a_telecom_company_and_an_export_body_stay_as_they_were():
    # «الصادرة» (issued) is no plural of exports; «الاتصالات السعودية» is the company, not the state's
    assert public_pairs("وكانت النسخة الصادرة بالألمانية أغلقت") == []
    assert public_pairs("وأعلنت الاتصالات السعودية") == [("اتصالات السعودية", "saudi_telecom_company")]
    assert ("هيئة تنمية الصادرات السعودية", "ar:هييه_تنميه_الصادرات_السعوديه") in public_pairs(
        "بمشاركة هيئة تنمية الصادرات السعودية في المعرض")


def public_pairs(text: str) -> list[tuple[str, str]]:
    return [(r["surface"], r["actor_id"]) for r in public_mentions(ents(text))]


def test_a_definite_officer_before_a_states_act_is_no_title():
    # «المسؤول» with the article ends its phrase: no construct «مسؤول القرار» holding the adjective
    assert ("أمريكي", "united_states") in public_pairs("ورفض المسؤول القرار الأمريكي")
    assert ("أمريكي", "united_states") in public_pairs("وانتقد المسؤول الوجود الأمريكي في المنطقة")


def test_origin_language_and_title_adjectives_stay_no_mention_beside_a_states_acts():
    assert public_pairs("وقال مبتعث سعودي") == []
    assert public_pairs("وتحدث باللغة الفرنسية") == []
    assert public_pairs("وقال وزير الدفاع اليمني") == []
    assert public_pairs("وقال نائب وزير الخارجية الروسي") == []
    assert public_pairs("على الحدود السورية") == []


def test_a_definite_adjective_after_an_indefinite_act_noun_is_a_persons_nationality():
    # no agreement in the article: «جهود التركي» is the Turk's efforts, and his name follows
    found = pairs("وفي المقابل، خسر اتلتيكو جهود التركي اردا توران")
    assert ("تركي", "turkey") not in found and ("اردا توران", outside_id("اردا توران")) in found
    assert ("يوناني", "greece") not in pairs("رد اليوناني دونيس مدرب فريق الهلال على سؤال")
    assert ("يمنيين", "yemen") not in pairs("وتواصل الجوازات تصحيح أوضاع اليمنيين المقيمين في المملكة")
    assert ("أمريكية", "united_states") in pairs("وقدم الدعم للقوات الأمريكية")
    assert ("تركي", "turkey") in pairs("فنحن أمام تحرك تركي بسوريا")


def test_the_caspian_sea_is_a_sea_not_the_city_qazvin():
    assert pairs("وتقع على ساحل بحر قزوين") == [("بحر قزوين", "caspian_sea")]
    assert ("قزوين", "qazvin") in pairs("في مدينة قزوين الإيرانية")


def test_a_masculine_adjective_after_a_feminine_head_is_a_person_s_nationality():
    assert ("إيطالي", "italy") not in pairs("الجهاز الفني بقيادة الإيطالي جوميز")
    assert ("روسية", "russia") in pairs("تحت القيادة الروسية")
    assert ("روسي", "russia") in pairs("قال وزير الخارجية الروسي")


def test_an_opponent_before_a_nationality_adjective_is_no_club():
    text = "وفاز اللاعب في مباراة أمس أمام خصمه الإيطالي بسهولة"
    assert not any(r["type"] == "ORG" for r in ents(text))


@pytest.mark.parametrize("text, surface, actor", [
    ("منذ الغزو الأمريكي للعراق", "أمريكي", "united_states"),
    ("بعد الاجتياح الإسرائيلي لبيروت", "إسرائيلي", "israel"),
    ("وأدانت التوغل التركي في الشمال", "تركي", "turkey"),
    ("ورفضوا الحصار الإسرائيلي المفروض", "إسرائيلي", "israel"),
    ("وحذر من التصعيد الروسي", "روسي", "russia"),
])
def test_the_adjective_after_a_state_s_hostile_act_is_the_state(text, surface, actor):
    assert (surface, actor) in pairs(text)


@pytest.mark.parametrize("text, name", [
    # a name between two persons parted by commas, by «و» after a comma, by a slash
    ("وشارك في الحفل الفنان محمد عبده، رابح صقر، وعبدالمجيد عبدالله.", "رابح صقر"),
    ("وحضر اللقاء فهد الغانم، وشعيفان المري، وعبدالمجيد عبدالله.", "شعيفان المري"),
    ("ومن أساطير اللعبة محمد عبده / ماجد البريكي / عبدالمجيد عبدالله", "ماجد البريكي"),
])
def test_a_name_between_two_persons_of_a_list_is_a_person(text, name):
    assert any(r["surface"] == name and r["type"] == "PER" for r in ents(text))


@pytest.mark.parametrize("text", [
    "محمد عبده، رئيس النادي، وعبدالمجيد عبدالله",  # an office between the persons
    "محمد عبده، 30 عاما، وعبدالمجيد عبدالله",  # a number
    "محمد عبده رابح صقر وعبدالمجيد عبدالله",  # no separator after the first person
])
def test_no_list_item_between_persons_without_separators_or_of_common_words(text):
    persons = {r["surface"] for r in ents(text) if r["type"] == "PER"}
    assert persons == {"محمد عبده", "عبدالمجيد عبدالله"}


@pytest.mark.parametrize("text, name", [
    ("وقال غابرييل غارسيا ماركيز في", "غابرييل غارسيا ماركيز"),
    ("الروائي الكولومبي غابرييل غارسيا ماركيز في", "غابرييل غارسيا ماركيز"),  # after a nationality
    ("وقالت ماريا غارسيا ماركيز إن", "ماريا غارسيا ماركيز"),
])
def test_a_third_transliterated_word_ends_a_foreign_name_of_three(text, name):
    assert [r["surface"] for r in ents(text) if r["type"] == "PER"] == [name]


def test_international_courts_and_police_and_the_saudi_campaign_for_syria_are_catalogue_actors():
    # the court by its full and short name, Interpol by its longer name around the court's words, the
    # Saudi campaign for Syria by its full names (with «سوريا» or «سورية») and its short name
    assert ("محكمة الجنائية الدولية", "international_criminal_court") in pairs("سيرفع ملفا الى المحكمة الجنائية الدولية على الفور")
    assert ("جنائية الدولية", "international_criminal_court") in pairs("قرر التوجه للجنائية الدولية ردا على الجريمة")
    found = pairs("وعممت منظمة الشرطة الجنائية الدولية اسمه على الدول")
    assert ("منظمة الشرطة الجنائية الدولية", "interpol") in found
    assert not any(a == "international_criminal_court" for _, a in found)
    for text in ("ووزعت الحملة الوطنية السعودية لنصرة الأشقاء في سورية السلال الغذائية",
                 "وأوضح المدير الإقليمي للحملة الوطنية السعودية لنصرة الأشقاء في سوريا أن",
                 "وتواصل الحملة الوطنية السعودية تقديم الدعم للاجئين"):
        assert any(a == "saudi_national_campaign" for _, a in pairs(text)), text
        assert not any(a == "syria" for _, a in pairs(text)), text


def test_the_workers_party_is_the_pkk_in_turkish_news_only():
    # the short «حزب العمال» beside a Turkish actor; not the British party, not in another state's news
    assert ("حزب العمال", "kurdistan_workers_party") in pairs("وقال الجيش التركي إن عناصر من حزب العمال نصبوا كمينا")
    assert not any(a == "kurdistan_workers_party"
                   for _, a in pairs("وفاز حزب العمال البريطاني بالمقاعد بعد زيارة إلى تركيا"))
    assert not any(a == "kurdistan_workers_party" for _, a in pairs("وفاز حزب العمال في انتخابات البرازيل"))


def test_a_regional_office_named_with_and_without_the_places_head_is_one_actor():
    # «أمانة محافظة جدة» and «أمانة جدة», «شرطة منطقة الرياض» and «شرطة الرياض»: one id each
    for text in ("وأحبطت أمانة جدة بيع الحلويات ضمن جهود أمانة محافظة جدة المستمرة",
                 "وأوضحت شرطة منطقة الرياض أن دوريات شرطة الرياض باشرت البلاغ"):
        offices = {a for s, a in pairs(text) if a and a.startswith("ar:")}
        assert len(offices) == 1, (text, offices)
    # a place named with its head alone keeps it in the id
    assert ("تعليم جدة", "ar:تعليم_جده") in pairs("أعلن تعليم جدة النتائج")


def test_saudi_state_lenders_the_media_authority_and_kuwait_airways_are_catalogue_actors():
    # the credit bank by its full name and its short name with the article, the industrial fund with
    # and without «السعودي», the audiovisual media authority by its full and short names, Kuwait Airways
    cases = [("اعلن البنك السعودي للتسليف والادخار عن البدء في استقبال الطلبات", "saudi_credit_and_savings_bank"),
             ("التسليف والادخار يستقبل طلبات الراغبين", "saudi_credit_and_savings_bank"),
             ("بالتعاون مع صندوق التنمية الصناعية السعودي في مقره", "saudi_industrial_development_fund"),
             ("وقع صندوق التنمية الصناعية اتفاقية قرض", "saudi_industrial_development_fund"),
             ("بأعمال رئيس الهيئة العامة للإعلام المرئي والمسموع في الرياض", "general_commission_for_audiovisual_media"),
             ("تكليف بندر عسيري بأعمال رئيس هيئة الإعلام المرئي والمسموع", "general_commission_for_audiovisual_media"),
             ("أصدرت الخطوط الجوية الكويتية بيانا توضيحيا", "kuwait_airways"),
             ("الخطوط الكويتية تحقق في سماح أحد طياريها", "kuwait_airways")]
    for text, actor in cases:
        assert any(a == actor for _, a in pairs(text)), text


@pytest.mark.parametrize("text, surface, actor", [
    ("وكانت البعثة قد غادرت الرياض أمس", "رياض", "riyadh"),
    ("وفد تجاري يزور موسكو الأسبوع المقبل", "موسكو", "moscow"),
    ("وقال إن الطائرة وصلت موسكو أمس", "موسكو", "moscow"),
])
def test_a_capital_left_reached_or_visited_in_any_person_is_the_city(text, surface, actor):
    assert (surface, actor) in pairs(text)


def test_a_capital_that_acts_after_those_verbs_stays_the_state():
    assert ("موسكو", "russia") in pairs("وعلقت موسكو التعاون")


@pytest.mark.parametrize("text, surface, actor", [
    ("يقيم المنتخب السعودي لكرة السلة معسكرا", "سعودي", "saudi_arabia"),
    ("فاز المنتخبات الآسيوية على المنتخب المصري", "مصري", "egypt"),
])
def test_a_national_teams_adjective_is_its_state(text, surface, actor):
    assert (surface, actor) in pairs(text)


def test_a_clubs_adjective_stays_its_origin():
    assert all(actor != "turkey" for _, actor in pairs("مباراة ودية أمام فريق كونيا سبورت التركي"))


@pytest.mark.parametrize("text, surface", [
    ("وعقب الصلاة نقل الدكتور السويد تعازي خادم الحرمين", "سويد"),
    ("وأوضح المهندس السودان أن المشروع اكتمل", "سودان"),
])
def test_a_states_name_after_a_persons_title_is_the_family_name(text, surface):
    found = [(r["surface"], r["type"]) for r in ents(text)]
    assert (surface, "PER") in found and all(t != "GPE" for _, t in found)


def test_a_states_name_without_a_title_stays_the_state():
    assert ("سويد", "sweden") in pairs("وقالت السويد إن الدكتور سيزور")


def test_a_states_name_after_a_given_name_and_title_or_bin_is_the_family_name():
    for text in ("وتقدم المصلين الدكتور عبدالله السويد مدير عام الإدارة",
                 "مدير عام الإدارة العامة للمجاهدين عبدالله بن محمد السويد، ووكيل الإمارة"):
        found = [(r["surface"], r["type"]) for r in ents(text)]
        assert ("سويد", "PER") in found and all(t != "GPE" for _, t in found if _ == "سويد")
    # a given name alone before the state is no sign (زار عبدالله السودان)
    assert ("سودان", "sudan") in pairs("زار عبدالله السودان")


@pytest.mark.parametrize("text", [
    "وتمنى بلاتر رئيس الفيفا التوفيق لرئيس الاتحاد الأوروبي ميشيل بلاتيني",
    "قرر الاتحاد الأوروبي للعبة (يويفا) معاقبة كرواتيا كما غرم الاتحاد الأوروبي نظيره",
])
def test_the_european_union_in_a_football_story_is_uefa(text):
    found = pairs(text)
    assert ("اتحاد الأوروبي", "uefa") in found and all(actor != "european_union" for _, actor in found)


def test_the_european_union_outside_football_stays_the_union():
    assert ("اتحاد الأوروبي", "european_union") in pairs("وقال رئيس الاتحاد الأوروبي إن العقوبات على روسيا باقية")


def test_a_capital_after_a_plural_in_construct_past_an_arrival_verb_is_the_state():
    assert ("طهران", "iran") in pairs("وقد تصل صادرات طهران من النفط إلى مليوني برميل")


def test_a_capital_after_an_arrival_verb_and_its_subject_stays_the_city():
    found = pairs("ومن المقرر أن يزور شي لندن في أكتوبر")
    assert ("لندن", "london") in found and ("لندن", "united_kingdom") not in found


def test_a_doubled_letter_after_a_one_letter_proclitic_makes_one_word():
    found = pairs("هم: شفيق عبود، ميشال بصبوص، مروان كسّاب، نبيل نحّاس")
    assert all(actor != "sabb" for _, actor in found) and ("مروان كسّاب", "ar:مروان_كساب") in found


def test_a_proclitic_before_a_name_without_a_doubled_letter_still_reads():
    assert ("سوريا", "syria") in pairs("وصلت القوات إلى بلدة قرب حلب بسوريا")


@pytest.mark.parametrize("text, state", [
    ("وشنت طائرات التحالف الدولي بقيادة الولايات المتحدة غارات على الرقة", ("ولايات المتحدة", "united_states")),
    ("وقصفت طائرات التحالف العربي بقيادة السعودية مواقع الحوثيين", ("سعودية", "saudi_arabia")),
    ("وأعلن التحالف الدولي ضد داعش مقتل قيادي", ("داعش", "islamic_state")),
])
def test_a_state_or_group_named_after_a_coalition_is_its_own_mention(text, state):
    found = pairs(text)
    assert state in found and any(actor.endswith("coalition") for _, actor in found)


@pytest.mark.parametrize("text, name", [
    ("أعادت السلطات اعتقال الشيخ مساعد السديرة مع عدد من تلاميذه", "مساعد السديرة"),
    ("وحضر الحفل الشيخ رسول الحمداني وعدد من الأعيان", "رسول الحمداني"),
])
def test_a_name_after_an_honorific_may_open_with_a_common_word(text, name):
    assert name in [surface for surface, _ in pairs(text)]


@pytest.mark.parametrize("text", ["وقال الشيخ في خطبته إن الصبر واجب", "وأكد الشيخ مساعد الوزير أن الموعد قريب"])
def test_an_honorific_before_common_words_reads_no_name(text):
    assert not [surface for surface, _ in pairs(text) if surface != "وزير"]


@pytest.mark.parametrize("text, name", [
    ("وقالت الناطقة باسم الشرطة الاسرائيلية لوبا السمري إن التحقيق مستمر", "لوبا السمري"),
    ("وصرحت المتحدثة باسم المفوضية الأوروبية مايا كوسيانسيتش أمام صحافيين", "مايا كوسيانسيتش"),
])
def test_a_spokesman_is_named_after_the_body_he_speaks_for(text, name):
    assert name in [surface for surface, _ in pairs(text)]


@pytest.mark.parametrize("text", ["وقال المتحدث باسم الحكومة الأميركية اليوم في بيان", "وقال المتحدث باسم الشرطة إن رجلا كان"])
def test_a_spokesman_without_a_name_after_the_body_reads_no_person(text):
    assert not [surface for surface, actor in pairs(text) if not actor or actor.startswith("ar:")]


@pytest.mark.parametrize("text, pair", [
    ("التيارات الجهادية مثل حركة شباب المجاهدين في الصومال", ("حركة شباب المجاهدين", "al_shabaab")),
    ("انطلق الصاروخ من قاعدة الإطلاق في قازاخستان", ("قازاخستان", "kazakhstan")),
])
def test_catalogue_spellings_of_al_shabaab_and_kazakhstan(text, pair):
    assert pair in pairs(text)


@pytest.mark.parametrize("text, pair", [
    ("وأعلن رئيس الوزراء التركي أحمد داود أغولو أمس أن الشرطة", ("أحمد داود أغولو", "ahmet_davutoglu")),
    ("وقال داود أغولو في مؤتمر صحفي إن الهجوم انتحاري", ("داود أغولو", "ahmet_davutoglu")),
])
def test_davutoglu_spelled_with_ghayn_before_waw_is_the_catalogue_person(text, pair):
    assert pair in pairs(text)
    assert not [actor for _, actor in pairs(text) if actor.startswith("ar:")]


@pytest.mark.parametrize("text, pair", [
    ("قتل شرطي في هجوم وقع في أحد أحياء دياربكر كبرى مدن جنوب شرق تركيا", ("دياربكر", "diyarbakr")),
    ("وتظاهر الآلاف في ديار بكر احتجاجا على الهجوم", ("ديار بكر", "diyarbakr")),
])
def test_diyarbakir_written_as_one_word_is_the_catalogue_city(text, pair):
    """Diyarbakır is written «دياربكر» (one word) about as often as «ديار بكر» in the development split."""
    assert pair in pairs(text)


@pytest.mark.parametrize("text, pair", [
    ("من بين الجرائم التي تعرض أمام محكمة الجنايات الدولية. وطالب نادي الأسير", ("محكمة الجنايات الدولية", "international_criminal_court")),
    ("وقال عباس: «سنتوجه لـ«الجنايات الدولية)، وسيكون لنا موقف آخر", ("جنايات الدولية", "international_criminal_court")),
    ("وقررت المحكمة الجنائية الدولية فتح تحقيق أولي", ("محكمة الجنائية الدولية", "international_criminal_court")),
])
def test_the_icc_named_the_court_of_crimes_is_the_catalogue_court(text, pair):
    """The ICC is also written «محكمة الجنايات الدولية» (20 times in the development split, every one the ICC)."""
    assert pair in pairs(text)


@pytest.mark.parametrize("text, pair", [
    ("واعتقل المئات من مناصري حزب الشعوب الديمقراطية الكردي في تركيا", ("حزب الشعوب الديمقراطية", "peoples_democratic_party_turkey")),
    ("التواطؤ بين حزب العمال الكردستاني وحزب الشعوب الديمقراطية المؤيد للأكراد", ("حزب الشعوب الديمقراطية", "peoples_democratic_party_turkey")),
    ("وقال زعيم حزب الشعوب الديمقراطي صلاح الدين دميرتاش", ("حزب الشعوب الديمقراطي", "peoples_democratic_party_turkey")),
])
def test_the_hdp_with_its_adjective_in_the_feminine_is_the_catalogue_party(text, pair):
    """The HDP is also written with «الديمقراطية» (agreeing with «الشعوب»), as the development split does."""
    assert pair in pairs(text)


@pytest.mark.parametrize("text, pair", [
    ("وفشل حزب العدالة والتنمية في الحصول على أغلبية مطلقة في الانتخابات", ("حزب العدالة والتنمية", "justice_and_development_party_turkey")),
    ("وأوضح ممثل حزب الشعب الجمهوري عقب الاجتماع", ("حزب الشعب الجمهوري", "republican_peoples_party")),
    ("في إشارة إلى ميليشيات فجر ليبيا التي تسيطر على العاصمة طرابلس", ("ميليشيات فجر ليبيا", "libya_dawn")),
    ("وأعلنت جماعة ولاية سيناء المتشددة مسؤوليتها عن الهجوم", ("ولاية سيناء", "sinai_province")),
    ("يارات تابعة لقياديين في كتائب القسام الجناح العسكري لحركة حماس", ("كتائب القسام", "qassam_brigades")),
    ("وفي مقدمتها عصائب أهل الحق وكتائب حزب الله", ("كتائب حزب الله", "kataib_hezbollah")),
    ("بين قوات النظام مدعمة بقوات الدفاع الوطني من طرف", ("قوات الدفاع الوطني", "syrian_national_defence_forces")),
    ("الاتفاق النووي الذي توصلت إليه القوى العالمية الست مع إيران", ("قوى العالمية الست", "p5_plus_1")),
])
def test_political_and_armed_bodies_of_the_region_are_catalogue_actors(text, pair):
    assert pair in pairs(text)


def test_the_nusra_fronts_formal_name_is_one_mention_of_the_front():
    found = pairs("قتل 115 مسلحا من جبهة النصرة (تنظيم القاعدة في بلاد الشام) جراء ضربات صاروخية")
    assert ("تنظيم القاعدة في بلاد الشام", "al_nusra_front") in found
    assert not [actor for _, actor in found if actor == "al_qaeda" or actor.endswith("شام")]


def test_an_astronaut_is_no_person_and_a_given_name_still_starts_one():
    assert not [s for s, _ in pairs("وأطلقت الحملة في ذكرى هبوط رائد الفضاء نيل آرمسترونج على سطح القمر") if s.startswith("رائد")]
    assert "رائد الحربي" in [s for s, _ in pairs("قال رائد الحربي إن الفريق جاهز")]


def test_a_new_catalogue_body_leaves_a_persons_name_whole():
    found = [s for s, _ in pairs("من جهة أخرى قال صلاح الدين دمرداش زعيم حزب الشعوب الديمقراطي إن", model="default")]
    assert "صلاح الدين دمرداش" in found


@pytest.mark.parametrize("text", [
    "وقال النواب الجمهوريون إن الاتفاق سيء للولايات المتحدة",
    "رفض المشرعون الجمهوريون الاتفاق النووي مع إيران",
    "ويطالب المرشحين الجمهوريين بتشديد العقوبات",
])
def test_a_partys_plural_after_a_plural_noun_describes_persons(text):
    assert "republican_party" not in [actor for _, actor in pairs(text)]


@pytest.mark.parametrize("text", [
    "وصوت الجمهوريون ضد الاتفاق في الكونغرس",
    "وقال زعيم الجمهوريين في مجلس الشيوخ إن",
    "يسعى الديمقراطيين والجمهوريين الى اتفاق",
    "وألقى الجمهوريون خطابات طويلة في الكونغرس",
])
def test_a_partys_plural_as_a_noun_is_still_the_party(text):
    assert "republican_party" in [actor for _, actor in pairs(text)]


def test_the_bare_senate_of_us_news_is_the_us_senate():
    assert ("مجلس الشيوخ", "us_senate") in pairs("ووافق مجلس الشيوخ على القرار بعد أن هاجم أوباما الجمهوريين")


@pytest.mark.parametrize("text", [
    "وأقر مجلس الشيوخ القانون في باريس",
    "وأقر مجلس الشيوخ الفرنسي القانون بعد خطاب أوباما",
    "بحسب تقرير لمجلس الشيوخ الفرنسي. وأشار أوباما إلى",
])
def test_a_senate_outside_us_news_or_of_another_state_is_not_the_us_senate(text):
    assert "us_senate" not in [actor for _, actor in pairs(text)]


@pytest.mark.parametrize("text, surface", [
    ("وأعلن حزب العدالة والتنمية المغربي فوزه في الانتخابات", "حزب العدالة والتنمية المغربي"),
    ("ومنها عصائب أهل الحق وحزب الله العراقي", "حزب الله العراقي"),
])
def test_a_party_with_another_states_adjective_is_that_states_party(text, surface):
    found = pairs(text)
    assert surface in [s for s, _ in found]
    assert not [a for _, a in found if a in ("justice_and_development_party_turkey", "hezbollah")]


def test_a_party_with_its_own_states_adjective_keeps_its_id():
    assert ("حزب العدالة والتنمية التركي", "justice_and_development_party_turkey") in pairs(
        "وقال زعيم حزب العدالة والتنمية التركي إن")


@pytest.mark.parametrize("text, name", [
    ("وأكد الرئيس الإسرائيلي، رؤوبين رفلين، أن العنف مرفوض", "رؤوبين رفلين"),
    ("قبيل اغتيال رئيس الوزراء الأسبق، إسحق رابين، في عام 1995", "إسحق رابين"),
    ("وقال المتحدث باسم المركز، رأفت الصباغ، أن الرحلة مخصصة", "رأفت الصباغ"),
])
def test_a_name_set_off_by_commas_after_its_title_is_a_person(text, name):
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text", [
    "وقال الرئيس الإسرائيلي، في كلمة له، إن العنف مرفوض",
    "وأكد المخرج السوري، نجدت أنزور أن العمل جاهز",
])
def test_a_comma_after_a_title_without_a_closed_name_reads_no_person(text):
    assert not [s for s, a in pairs(text) if a.startswith("ar:")]


@pytest.mark.parametrize("text", [
    "وخطفت جبهة النصرة ثمانية عناصر من «الفرقة 30» بينهم قائدها",
    "وهاجمت جبهة النصرة مقرا للفرقة 30 في المنطقة نفسها",
    "وقال عضو الأمانة العامة لقوى 14 آذار الياس الزغبي إن",
])
def test_a_catalogue_name_holding_a_number_is_matched(text):
    assert {"division_30", "march_14_alliance"} & {a for _, a in pairs(text)}


def test_a_name_with_a_number_needs_the_number():
    assert "division_30" not in [a for _, a in pairs("وقال قائد الفرقة 17 إن القصف مستمر")]


@pytest.mark.parametrize("text, expected", [
    ("هجوم في شرق تركيا أمس", ("شرق تركيا", "eastern_turkey", "LOC")),
    ("بلدة سروج في جنوب شرقي تركيا", ("جنوب شرقي تركيا", "southeastern_turkey", "LOC")),
    ("مدينة بنغازي بشرق ليبيا", ("شرق ليبيا", "eastern_libya", "LOC")),
    ("ترك النظام لداعش شرق سورية", ("شرق سورية", "eastern_syria", "LOC")),  # the catalogue's region
])
def test_a_state_after_a_compass_word_is_its_region(text, expected):
    # gold DECISIONS.md: regions of a state named by a compass word are LOC (شرق تركيا -> eastern_turkey)
    assert [(r["surface"], r["actor_id"], r["type"]) for r in ents(text)][-1] == expected


@pytest.mark.parametrize("text, expected", [
    ("ولد في منطقة شرق بالكويت عام 1918", [("كويت", "kuwait")]),  # a district, then the state
    ("الوجهات السياحية في شمال أميركا", [("أميركا", "united_states")]),  # North America, no US region
    ("وزير خارجية جنوبي السودان", [("سودان", "sudan")]),  # South Sudan is a state of its own
    ("وقالت تركيا إنها ترفض", [("تركيا", "turkey")]),
])
def test_compass_regions_guards(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("أن الوزير الجبير سيزور موسكو خلال شهر سبتمبر", "moscow"),
    ("كما ستزور موغيريني طهران", "tehran"),
    ("إن وزير الخارجية سيصل الخرطوم خلال الأيام المقبلة", "khartoum"),
    ("وقالت طهران إنها ترفض", "iran"),  # an acting capital stays its state
])
def test_the_destination_of_a_future_visit_is_the_city(text, expected):
    # gold DECISIONS.md: a capital that is only a place, the destination of a visit included, gets its own id
    assert pairs(text)[-1][1] == expected


@pytest.mark.parametrize("text, expected", [
    ("وقالت وزارة الخارجية الكرواتية في بيان", ("وزارة الخارجية الكرواتية", "croatia_foreign_ministry", "ORG")),
    ("وقالت وزارة الخارجية السلوفاكية إن", ("وزارة الخارجية السلوفاكية", "slovakia_foreign_ministry", "ORG")),
    ("ووفقا لوزارة العدل الإستونية", ("وزارة العدل الإستونية", "estonia_justice_ministry", "ORG")),
    ("وصوت البرلمان الألماني على القرار", ("برلمان الألماني", "germany_parliament", "ORG")),
    ("وقال رئيس البرلمان التركي إن", ("برلمان التركي", "turkey_parliament", "ORG")),
    ("وقالت وزارة الداخلية الروسية", ("وزارة الداخلية الروسية", "russia_interior_ministry", "ORG")),
])
def test_a_states_ministry_or_parliament_named_by_its_adjective_is_one_org(text, expected):
    # gold README: the whole phrase is one ORG when it is the fixed name of a distinct institution with
    # its own id (وزارة الخارجية المصرية, البرلمان الألماني); the id names the state and the institution
    assert [(r["surface"], r["actor_id"], r["type"]) for r in ents(text)][-1] == expected


@pytest.mark.parametrize("text, expected", [
    ("وقالت الحكومة الألمانية إن", [("ألمانية", "germany")]),  # state and government one actor
    ("وقال المتحدث باسم الخارجية المصرية", [("مصرية", "egypt")]),  # the short name: the adjective
    ("مع ممثلي الوزارة الداخلية التركية", [("تركية", "turkey")]),  # no ministry's name
    ("وقالت وزارة الخارجية الأمريكية", [("وزارة الخارجية الأمريكية", "united_states_foreign_ministry")]),
    ("وقال البرلمان الإيراني", [("برلمان الإيراني", "iranian_parliament")]),
    ("وقال البرلمان العراقي", [("برلمان العراقي", "council_of_representatives_of_iraq")]),
    ("صادق البرلمان الاسرائيلي على", [("برلمان الاسرائيلي", "knesset")]),  # a parliament the catalogue holds
    ("وقال العضو في البرلمان الكويتي", [("برلمان الكويتي", "kuwait_national_assembly")]),
])
def test_state_institution_guards(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("قطارين يربطان طهران بأنقرة", [("طهران", "tehran"), ("أنقرة", "ankara")]),
    ("الطريق البري الجديد الذي سيربط القاهرة بالخرطوم، ومن", [("قاهرة", "cairo"), ("خرطوم", "khartoum")]),
    ("الطريق الساحلية التي تربط بيروت بجنوب لبنان", [("بيروت", "beirut"), ("جنوب لبنان", "southern_lebanon")]),
])
def test_a_capital_linked_to_a_place_is_the_city(text, expected):
    # gold DECISIONS.md: a city named as a place linked to another (قطارين يربطان طهران بأنقرة) has its own id
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("العلاقات التي تربط طهران بموسكو", "iran"),  # ties between governments
    ("والعلاقات الاستراتيجية التي تربط واشنطن بحلفائها", "united_states"),  # no place linked
    ("وقالت طهران بلهجة حادة", "iran"),
])
def test_linked_capital_guards(text, expected):
    assert pairs(text)[0][1] == expected


@pytest.mark.parametrize("text, name", [
    ("التقى الوزير محمد علي الجزولي أمس بالوفد", "محمد علي الجزولي"),
    ("وجاء السعوديان عالي الميموني وعلي الشمراني في المركزين", "علي الشمراني"),
    ("وقال مدير عام الجمرك علي العطوي إن الشحنة ضبطت", "علي العطوي"),
    ("قال مديرها العقيد علي بن عوض العنزي إن الخطة جاهزة", "علي بن عوض العنزي"),
])
def test_ali_spelt_with_ya_is_a_given_name(text, name):
    # «علي» folds like the preposition «على»; written with ي it starts or continues a name
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text", [
    "وحصل علي المركز الأول في السباق",
    "تقع المدينة علي سبيل المثال قرب البحر",
    "وعثر بحوزته علي أكياس بلاستيكية",
    "وقع محمد على العقد أمس",
])
def test_ali_before_a_common_or_bare_word_reads_no_person(text):
    assert not [s for s, a in pairs(text) if a.startswith("ar:")]


@pytest.mark.parametrize("text, name", [
    ("ونقلت وكالة تسنيم للأنباء عن محمد علي جعفري قائد الحرس الثوري قوله", "محمد علي جعفري"),
    ("وقال المتحدث باسم وزارة الداخلية حسين علي أميري إن الموقوفين", "حسين علي أميري"),
    ("بحضور المدير العام الأستاذ محمد علي ثفيد وقيادات المؤسسة", "محمد علي ثفيد"),
])
def test_ali_spelt_with_ya_between_a_given_name_and_a_bare_word_is_a_middle_name(text, name):
    # the name does not stop at «علي» (folded like the preposition «على») before an unlisted family name
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text, name", [
    ("كشف هذا الدكتور محمد علي مارم السكرتير الخاص للرئيس", "محمد علي مارم"),
    ("رغم المحاولات التي بذلها سولي علي مونتاري المنضم حديثا للنادي", "سولي علي مونتاري"),
])
def test_the_bare_word_after_a_middle_ali_ends_the_name(text, name):
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text", [
    "ووافق المجلس على قرار التعيين أمس",
    "وحصل محمد علي الجائزة في الحفل",
    "وقال سعيد علي أنه سيحضر",
    "وأكد خالد علي ضرورة العمل",
])
def test_ali_after_a_given_name_before_a_common_or_verb_like_word_is_no_middle_name(text):
    assert not [s for s, a in pairs(text) if a.startswith("ar:") and len(s.split()) > 2]


def test_a_blessing_after_a_name_is_no_part_of_it():
    text = "قال الإمام علي بن أبي طالب رضي الله عنه: لا. وقال الله تعالى"
    assert pairs(text) == [("علي بن أبي طالب", "ar:علي_بن_ابي_طالب")]


def test_a_family_name_in_ya_does_not_name_the_preposition():
    # «العلي» folds like «على»: the single name is linked only where it is spelt with ي
    found = pairs("حضر العمدة حسين العلي الحفل، وأثنى على الجهود. وقال العلي إن الحفل نجح")
    assert [s for s, a in found if a == "ar:حسين_العلي"] == ["حسين العلي", "علي"]


@pytest.mark.parametrize("text, name", [
    ("وكلمة المدير العام لاتحاد الإذاعات الإسلامية محمد سالم", "اتحاد الإذاعات الإسلامية"),
    ("وكلمة نائب الأمين العام لرابطة الجامعات الإسلامية الدكتور إسماعيل شهين، و", "رابطة الجامعات الإسلامية"),
    ("وتحتاج التسوية بين المدينة واتحاد الحريات المدنية إلى موافقة", "اتحاد الحريات المدنية"),
])
def test_a_union_or_league_named_by_its_members_is_a_body(text, name):
    # written rules: a body's name keeps its head and qualifier (هيئة شؤون الأسرى, اتحاد الإذاعات الإسلامية)
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text", [
    "أمام الصمت المطبق لاتحاد الكرة والشرطة الدولية في القضية",  # a coordinated noun starts the next phrase
    "وأكد رئيس اتحاد الكرة الأردني أن الموسم يبدأ",  # a state's adjective stays the state
    "وتجمعهم رابطة قوية منذ سنوات",  # an indefinite noun: a bond
])
def test_union_and_league_guards(text):
    assert not [s for s, a in pairs(text) if s.startswith(("اتحاد", "رابطة")) and a.startswith("ar:")]


@pytest.mark.parametrize("text, name", [
    ("وقال مدير مركز آدم لحوار الحضارات السيد عماد", "مركز آدم لحوار الحضارات"),
    ("وفق دراسة لمركز بيو للأبحاث، فإن العدد", "مركز بيو للأبحاث"),
    ("وأعلنت مؤسسة دبي للمهرجانات والتجزئة، إحدى المؤسسات", "مؤسسة دبي للمهرجانات والتجزئة"),
])
def test_a_centre_or_society_keeps_the_field_after_its_name(text, name):
    # written rules: a body's name keeps its qualifier (مركز أسرى فلسطين للدراسات)
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text, name", [
    ("رئيس مؤسسة مسك الخيرية لإعطائهم الفرصة للدراسة", "مؤسسة مسك الخيرية"),  # a purpose with its object
    ("نقل المريض إلى مستشفى الكاظم لتلقي العلاج", "مستشفى الكاظم"),  # a hospital's ل-word is a purpose
])
def test_a_purpose_after_a_body_is_no_part_of_its_name(text, name):
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text, name", [
    ("وذلك بمدينة ليل الفرنسية. وتأتي المشاركة", "ليل"),
    ("وهي متوجهة إلى مدينة كان الفرنسية. الحقيبة", "كان"),
    ("نفذتها طائرة في بلدة حضر السورية المحاذية للهضبة", "حضر"),
])
def test_a_common_word_after_a_place_noun_and_before_a_states_adjective_is_a_place(text, name):
    # the state's adjective tells the town from the word («ليل»: night, «كان»: was)
    assert (name, "ar:" + name) in pairs(text)


@pytest.mark.parametrize("text", [
    "من خلال محاكمها المنتشرة في 13 منطقة في السعودية. وتصدرت",  # a particle before the state
    "أقيمت في مدينة ترفيهية السعودية",  # an adjective after the place noun
])
def test_place_noun_before_a_states_adjective_guards(text):
    assert not [s for s, a in pairs(text) if a.startswith("ar:")]


@pytest.mark.parametrize("text, name", [
    ("ويدير معهدا بضاحية شمبات شمالي العاصمة", "شمبات"),
    ("كان مكتبا تستأجره الحكومة في ضاحية الدقي بالقاهرة", "دقي"),
])
def test_a_suburb_is_named_after_its_head(text, name):
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text, name", [
    ("ويشارك في غنائها كل من مدحت صالح وخالد عجاج.", "مدحت صالح"),
    ("وقال لـ\"الاقتصادية\" طلعت حافظ الأمين العام للجنة الإعلامية.", "طلعت حافظ"),
    ("بإسناد مهمة الإصلاح إلى كوفي عنان الأمين العام السابق للأمم المتحدة.", "كوفي عنان"),
    ("إذ يقول نادر عنتر المدير العام لشركة يو تي.", "نادر عنتر"),
    ("وخاض الحراس كيلور نافاس و فرناندو باتشيكو التدريبات.", "فرناندو باتشيكو"),
])
def test_anercorp_given_names_start_a_name(text, name):
    # first words of ANERcorp train's person names (given_names.txt, its ANERcorp section)
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text", [
    "فلم توجد لدى بعض الشباب إجابة بعد اليأس وخيبة الأمل.",
    "ظهر زميله ورفيق دربه في البرنامج.",
    "وسنة نبيه محمد صلى الله عليه وسلم.",
    "لا يمكن لي أن أميل لنادٍ دون آخر.",
])
def test_words_folded_like_given_names_start_no_name(text):
    # ANERcorp candidates that are also ordinary words (اليأس folds like الياس) are left out of the list
    assert not [s for s, a in pairs(text) if a.startswith("ar:")]


@pytest.mark.parametrize("text", [
    "وأشاد ببرنامج ضيوف خادم الحرمين الشريفين للحج والعمرة",
    "توصي الوزارة كل قادم للحج بالتطعيم",
])
def test_the_hajj_after_the_preposition_is_not_lahij(text):
    # «لل» + «حج» is spelt as «ل» + «لحج»: after the preposition it is the pilgrimage
    assert "lahij" not in {a for _, a in pairs(text)}


def test_lahij_without_the_preposition_stays_the_province():
    assert ("لحج", "lahij") in pairs("عملية تحرير محافظتي أبين ولحج من قبضة الحوثيين")


@pytest.mark.parametrize("text, span, actor", [
    ("بدأ التشغيل التجريبي لقناة السويس الجديدة", "قناة السويس", "suez_canal"),
    ("وتنتشر السفن في خليج السويس", "خليج السويس", "gulf_of_suez"),
])
def test_a_canal_or_gulf_named_after_a_city_is_not_the_city(text, span, actor):
    # the canal keeps its head noun «قناة», which before a medium's name stays outside the span
    found = pairs(text)
    assert (span, actor) in found and "suez" not in {a for _, a in found}


def test_a_channel_head_stays_outside_a_mediums_span():
    assert ("عربية", "al_arabiya") in pairs("وقالت قناة العربية")


@pytest.mark.parametrize("text, span, typ", [
    ("نقل إلى مستشفى ألبرت أينشتاين في ساو باولو", "مستشفى ألبرت أينشتاين", "ORG"),
    ("لمراقبة المركز الانتخابي بمدرسة زيد بن الحارث في حي الخالدية", "مدرسة زيد بن الحارث", "ORG"),
    ("استهدفت ارتكازا أمنيا بشارع أحمد عرابي بمنطقة المهندسين", "شارع أحمد عرابي", "LOC"),
])
def test_a_person_named_after_a_facilitys_head_is_the_facility(text, span, typ):
    # the facility's whole name is the mention, head kept; the person inside it is none
    found = [(r["surface"], r["type"]) for r in ents(text)]
    assert (span, typ) in found and not any(t == "PER" for _, t in found)


def test_a_person_named_after_a_prizes_head_is_no_mention():
    assert not any(r["type"] == "PER" for r in ents("ونال جائزة عبد الحميد شومان للباحثين العرب"))


@pytest.mark.parametrize("text, name", [
    ("سجلت الأهداف عن طريق وليد سليمان وأحمد فتحي", "وليد سليمان"),  # "by way of": no road
    ("والفيلم من بطولة آدم ساندلر وكيفن جيمس", "آدم ساندلر"),  # a film's cast: no tournament
])
def test_a_person_after_by_way_of_or_a_films_cast_stays_a_person(text, name):
    assert (name, "PER") in [(r["surface"], r["type"]) for r in ents(text)]


@pytest.mark.parametrize("text", [
    "وبحسب موقع فاميلي شير الإلكتروني",
    "ومشروع المليون فدان وتحديث الموانئ",
])
def test_a_given_name_after_fa_inside_a_clause_reads_no_person(text):
    # «ف» as a conjunction opens a clause after a mark; after a word «فاميلي», «فدان» are words of their own
    assert not any(r["type"] == "PER" for r in ents(text))


def test_a_given_name_after_fa_opening_a_clause_is_a_person():
    assert ("ياسر الشهراني", "PER") in [(r["surface"], r["type"]) for r in ents("وغير في المراكز، فياسر الشهراني شارك")]


def test_a_district_named_like_a_person_is_a_place():
    found = [(r["surface"], r["type"]) for r in ents("فتح مسلحون النار على مركز للشرطة في حي سلطان غازي في إسطنبول")]
    assert ("سلطان غازي", "GPE") in found


@pytest.mark.parametrize("text", ["وصف الوزير الاستثنائي.. الأمير الغالي", "افتتح مستشفى الغالي"])
def test_a_person_behind_a_clitic_in_the_last_word_is_no_facility_and_never_raises(text):
    from workbench.extract.entities.facilities import reread_named_facilities
    start = text.rindex("غالي")
    person = {"start": start, "end": len(text), "surface": "غالي", "type": "PER", "actor_id": None}
    assert reread_named_facilities(Document("t", text), [dict(person)]) == [person]


def persons(text: str) -> list[str]:
    return [r["surface"] for r in ents(text) if r["type"] == "PER"]


@pytest.mark.parametrize("text, name", [
    ("وقال د. جميل البقعاوي إن المشروع تأخر", "جميل البقعاوي"),
    ("وأشار م. عجب القحطاني إلى أنه تم إقرار المراكز", "عجب القحطاني"),
    ("ذهبت المراكز إلى كل من د. غادة الطريف، ود. أمينة الجبرين", "أمينة الجبرين"),
])
def test_a_title_abbreviated_to_a_letter_and_a_stop_marks_a_person(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text", ["وفي عام 1973 م. جميل البقعاوي", "وقال د جميل البقعاوي"])
def test_a_letter_after_a_number_or_without_a_stop_is_no_title(text):
    # «م.» after a year is the era; a bare letter is no abbreviation
    assert "جميل البقعاوي" not in persons(text)


@pytest.mark.parametrize("text, name", [
    ("وقال اللواء ركن جميل العتيبي إن القوات", "جميل العتيبي"),
    ("وأكد الفريق أول ركن جميل البقعاوي أن", "جميل البقعاوي"),
])
def test_a_ranks_grade_stands_between_the_title_and_the_name(text, name):
    found = persons(text)
    assert name in found and not any(p.startswith("ركن") for p in found)


@pytest.mark.parametrize("text, name", [
    ("والملحق العسكري في واشنطن العميد طيار ركن جميل الحربي. ومن الجانب", "جميل الحربي"),
    ("وقال اللواء بحري جميل العتيبي إن القوات", "جميل العتيبي"),
])
def test_the_arm_of_an_officers_rank_stands_between_the_title_and_the_name(text, name):
    found = persons(text)
    assert name in found and not any(p.startswith(("طيار", "بحري")) for p in found)


@pytest.mark.parametrize("text, name", [
    ("وشهد الفريق أول صدقي صبحي، القائد العام للقوات المسلحة", "صدقي صبحي"),
    ("وقال الشيخ مهدي صبحي إن", "مهدي صبحي"),
])
def test_a_given_name_in_ya_after_a_title_is_no_adjective(text, name):
    assert name in persons(text)


def test_a_second_title_after_an_office_is_no_name():
    assert not any("ولي" in p for p in persons("مشاركة محمد بن سلمان، وزير الدفاع السعودى وولي ولي العهد، فى حفل"))


@pytest.mark.parametrize("text", [
    "بعد اجتماع وزير التعليم بمديري إدارات التعليم أمس",
    "وقال الفنان مصري الأصل إن",
])
def test_a_word_in_ya_after_a_title_that_names_no_one(text):
    assert persons(text) == []


def test_a_listed_given_name_in_ya_after_a_kin_title_is_the_person_not_his_nationality():
    """«قدري» is a listed given name (round 152): the uncle is «قدري أبو ثريه», «مصري» no name."""
    assert persons("أبناء صاحب المنزل والعم قدري أبو ثريه (مصري الجنسية") == ["قدري أبو ثريه"]


def test_a_binder_as_second_word_after_a_title_takes_the_third():
    assert "إحسان أبو حليقة" in persons("وبعضوية كل من د. يوسف الجبر ود. إحسان أبو حليقة.")


@pytest.mark.parametrize("text, surface", [
    ("وقالت مجموعة (5+1) إن الاتفاق نهائي", "5+1"),
    ("وقالت مجموعة (5 + 1) إن الاتفاق نهائي", "5 + 1"),
    ("ووقعت إيران مع مجموعة 5+1 الاتفاق", "مجموعة 5+1"),
    ("ووقعت إيران مع دول 5 + 1 الاتفاق", "دول 5 + 1"),
])
def test_a_catalogue_name_holding_a_symbol_matches_with_or_without_spaces(text, surface):
    assert (surface, "p5_plus_1") in pairs(text)


@pytest.mark.parametrize("text", ["وكان الناتج 25+1 نقطة", "وبلغ العدد 5+12 حالة"])
def test_a_symbol_name_inside_a_longer_number_is_no_hit(text):
    assert not any(a == "p5_plus_1" for _, a in pairs(text))


def test_a_state_group_formal_name_with_its_other_word_for_oil():
    assert ("منظمة البلدان المصدرة للنفط", "opec") in pairs("وتوقعت منظمة البلدان المصدرة للنفط أن يرتفع الطلب")


@pytest.mark.parametrize("text, body", [
    ("ونقلت هيئة شؤون الأسرى الفلسطينية عن الأسير قوله", "هيئة شؤون الأسرى الفلسطينية"),
    ("وقالت مصلحة السجون الإسرائيلية إن الأسير نقل", "مصلحة السجون الإسرائيلية"),
    ("وقالت الإذاعة العامة الإسرائيلية إن الحكومة وافقت", "إذاعة العامة الإسرائيلية"),
    ("وقال ديوان الرئاسة الإسرائيلية إن الرئيس ندد", "ديوان الرئاسة الإسرائيلية"),
    ("وذكرت الإذاعة المصرية أن", "إذاعة المصرية"),
])
def test_a_states_body_named_by_common_words_and_its_adjective_is_one_org(text, body):
    assert [(r["surface"], r["type"]) for r in ents(text)] == [(body, "ORG")]


@pytest.mark.parametrize("text, kept", [
    ("وقالت الحكومة المصرية إن", ("مصرية", "egypt")),
    ("وأعلنت القوات المسلحة المصرية أن", ("مصرية", "egypt")),
    ("وقالت هيئة قناة السويس المصرية إن", ("هيئة قناة السويس", "suez_canal_authority")),
])
def test_a_state_body_reading_leaves_forces_governments_and_catalogue_names(text, kept):
    assert kept in pairs(text) and not any(a.startswith("ar:") for _, a in pairs(text))


@pytest.mark.parametrize("text", [
    "وقالت الهيئة السعودية للحياة الفطرية إن",
    "عن الهيئة المصرية العامة للكتاب",
    "واستهداف مصلحة الشعب السوري",
    "بالتبرع لمصلحة النادي الإنجليزي",
    "وما يصب في مصلحة الأمن الوطني الأردني",
    "وقال أعضاء هيئة التدريس السعوديين إن",
    "وألقى كلمة نيابة عن البيت السعودي",
])
def test_no_state_body_where_the_name_goes_on_or_the_words_are_no_body(text):
    assert not any(a.startswith("ar:") and r_type == "ORG" for r_type, a in
                   [(r["type"], r["actor_id"]) for r in ents(text)])


def test_the_farthest_head_starts_a_state_body():
    assert ("هيئة الإذاعة اليابانية", "ORG") in [(r["surface"], r["type"]) for r in ents("وذكرت هيئة الإذاعة اليابانية أن")]


@pytest.mark.parametrize("text, surface", [("بحسب العربية نت", "عربية نت"), ("بحسب العربية.نت", "عربية.نت")])
def test_a_symbol_name_and_its_spaced_alias_both_match(text, surface):
    assert (surface, "al_arabiya_net") in pairs(text)


def test_a_comma_is_no_symbol_of_a_name():
    assert not any(a == "p5_plus_1" for _, a in pairs("فاز الفريق بنتيجة 5، 1 أمس"))


@pytest.mark.parametrize("text, name", [
    ("وقالت مندوبة الولايات المتحدة بالأمم المتحدة سامانثا باور إن القرار مهم", "سامانثا باور"),
    ("وقال مندوب روسيا الدائم لدى الأمم المتحدة فيتالي تشوركين إن القرار مرفوض", "فيتالي تشوركين"),
    ("وقال سفير فرنسا في الرياض برتران بزانسنو إن العلاقات قوية", "برتران بزانسنو"),
    ("وقال سفير فرنسا بالرياض برتران بزانسنو إن العلاقات قوية", "برتران بزانسنو"),
])
def test_a_name_after_a_representatives_title_and_its_host_body_or_seat_is_the_envoy(text, name):
    assert (name, "PER") in [(r["surface"], r["type"]) for r in ents(text)]


@pytest.mark.parametrize("text", [
    "واستقبل سفير فرنسا في الرياض أمس وفدا",
    "والتقى سفير اليمن بالرياض الوزير",
    "وقال مندوب المملكة في الجامعة العربية إن القرار مهم",
])
def test_no_envoy_name_where_a_common_word_follows_the_seat(text):
    assert not [r for r in ents(text) if r["type"] == "PER"]


@pytest.mark.parametrize("text, surface", [
    ("وعبر اللاجئون بحر إيجه إلى اليونان", "بحر إيجه"),
    ("ووصل اللاجئون إلى جزيرة كوس اليونانية", "جزيرة كوس"),
    ("وتقدمت القوات في جبل سنجار", "جبل سنجار"),
    ("وسقطت قذيفة على جبل محسن في طرابلس", "جبل محسن"),
    ("وزار الوفد بحيرة طبريا", "بحيرة طبريا"),
])
def test_a_sea_lake_valley_mountain_or_island_is_one_loc_with_its_head(text, surface):
    assert (surface, "LOC") in [(r["surface"], r["type"]) for r in ents(text)]


@pytest.mark.parametrize("text, surface, actor_id", [
    ("وقالت قناة الجزيرة إن الاجتماع انتهى", "جزيرة", "al_jazeera"),
    ("وانتهى العمل في بحر الأسبوع الماضي", None, None),
])
def test_geographic_heads_leave_channels_and_common_phrases(text, surface, actor_id):
    found = pairs(text)
    assert found == ([(surface, actor_id)] if surface else [])


def test_a_word_joined_by_wa_after_the_host_is_no_envoy_name():
    found = ents("وكان سفير خادم الحرمين الشريفين في أستراليا ونيوزلاندا نبيل آل صالح قد استقبلهم")
    assert not [r for r in found if r["type"] == "PER" and r["surface"].startswith("و")]


@pytest.mark.parametrize("text, absent", [
    ("سددها برأسه وتصدى لها أبو جبل ببراعة", "جبل ببراعة"),      # a kunya
    ("وقال بحر مخاطباً أهالي الأسرى", "بحر مخاطباً"),            # a person after a saying verb
    ("التابعة لشركة وادي مكة للتقنية", "وادي مكة"),             # a head inside a company's name
])
def test_no_natural_place_where_its_head_is_a_names_word(text, absent):
    assert absent not in [r["surface"] for r in ents(text)]


def test_a_natural_places_head_inside_a_companys_name_keeps_the_company():
    assert "شركة وادي مكة للتقنية" in [r["surface"] for r in ents("التابعة لشركة وادي مكة للتقنية، وكذلك")]


def test_a_natural_places_name_is_read_like_a_towns():
    assert ("جبل الهدا", "LOC") in [(r["surface"], r["type"]) for r in ents("إضافة إلى طريق جبل الهدا الكر المزدوج الذي")]


@pytest.mark.parametrize("text, surface", [
    ("وقالت هيئة شؤون الأسرى الفلسطينية إن", "هيئة شؤون الأسرى الفلسطينية"),
    ("وقالت هيـئة شؤون الأسرى الفلسطينيّة إن", "هيـئة شؤون الأسرى الفلسطينيّة"),  # tatweel, shadda: the folded text
    ("وأعلنت ولهيئة شؤون الأسرى الفلسطينية", "هيئة شؤون الأسرى الفلسطينية"),     # the head with proclitics
])
def test_a_state_body_is_found_wherever_its_head_is_written(text, surface):
    assert [(r["surface"], r["type"]) for r in ents(text)] == [(surface, "ORG")]


@pytest.mark.parametrize("text", ["أصيب العقيد طيار في الحادث", "وقال اللواء بحري إن القوات"])
def test_the_arm_of_a_rank_alone_is_no_name(text):
    assert not any(p.startswith(("طيار", "بحري", "في", "إن")) for p in persons(text))


@pytest.mark.parametrize("text, name", [
    ("وأكدت المتطوعة نجلاء البراك أن المشاركة", "نجلاء البراك"),
    ("يشارك فيه عبد الله البلوشي، ودانة المساعد، وغيرهم.", "دانة المساعد"),
    ("وقالت سيدة الأعمال رنا ريري إن المهرجان", "رنا ريري"),
])
def test_a_womans_given_name_starts_a_name(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text, name", [
    ("وقالت الكاتبة إنعام كجه جي إن الرواية", "إنعام كجه"),
    ("وشاركت فيه ابتسام الحربي وهيام الشمري", "ابتسام الحربي"),
    ("ومن المشاركات لبنى عبد العزيز ونادية لطفي", "لبنى عبد العزيز"),
    ("وقالت آمنة الهاشمي مديرة المركز إن", "آمنة الهاشمي"),
])
def test_a_common_given_name_outside_the_old_list_starts_a_name(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text", ["وتعيش المنطقة آمنة مستقرة وقال إن", "ويستحق الإنعام عليه بالجائزة", "وبدت الطفلة آمنة الجانب"])
def test_a_given_name_that_is_an_ordinary_word_starts_no_name_outside_a_name_position(text):
    assert not any(p.startswith(("آمنة", "إنعام", "الإنعام")) for p in persons(text))


@pytest.mark.parametrize("text", ["وارتضى الإسلام دينا وقال إن", "وقالت هدى الشباب إن"])
def test_a_womans_name_that_is_an_ordinary_word_starts_no_name(text):
    assert not any(p.startswith(("دينا", "هدى")) for p in persons(text))


def test_a_symbol_key_and_its_spaced_twin_read_the_same_in_every_process():
    # «العربية.نت» and «العربية نت» share one letter view; which key's readings it keeps must not
    # depend on the string hashing of the process (PYTHONHASHSEED 3 and 4 read them differently before).
    import os
    import subprocess
    import sys
    code = ("from workbench.extract.entities import entities_for; from workbench.text import Document; "
            "print(sorted((m['surface'], m['via'], m['actor_id']) for m in "
            "entities_for(Document('a', 'ونقل موقع العربية.نت عن مصادر'))))")
    outputs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("3", "4")}
    assert len(outputs) == 1 and "al_arabiya_net" in outputs.pop()


@pytest.mark.parametrize("text, name", [
    ("وقد دفنت في عهد الإمبراطور قنسطنطين، ويوضح الكتاب", "قنسطنطين"),
    ("ألحق جيشها الهزيمة بجيش الإمبراطور الياباني أكيهيتو. بعدها", "أكيهيتو"),
    ("في مقال قديم عن الامبراطورة ثريا، كتبت ما يلي", "ثريا"),
])
def test_an_emperor_or_empress_is_a_title_before_the_name(text, name):
    assert name in persons(text)


def test_an_emperors_realm_is_no_name():
    assert persons("احتلت الإمبراطورية العثمانية البلاد قرونا") == []


@pytest.mark.parametrize("text", [
    "ودحر مخططاتهم التي تحاول النيل من أمن الوطن والمواطن",
    "وهو يقف كالأسد المزمجر أمام كل من يجرؤ",
])
def test_harming_and_a_lion_of_a_simile_name_no_actor(text):
    assert not {"nile", "bashar_al_assad"} & {r["actor_id"] for r in ents(text)}


@pytest.mark.parametrize("text, actor", [
    ("وتفكيك لغم التنازع حول نهر النيل وحصص الدول", "nile"),
    ("وأكد الرئيس السوري بشار الأسد أن", "bashar_al_assad"),
    ("وقال الأسد في خطابه إن", "bashar_al_assad"),
])
def test_the_river_and_the_president_are_still_read(text, actor):
    assert actor in {r["actor_id"] for r in ents(text)}


@pytest.mark.parametrize("text, names", [
    # a word with «و» after a name of two words is the list's next item, not a third name word
    ("منهم نادية مصطفى وإيهاب توفيق وشيرين عبد الوهاب وحكيم وأنغام.", {"شيرين عبد الوهاب"}),
    ("لمسرحيات واسكتشات سعاد عبدالله وعبدالحسين عبدالرضا، ومباريات", {"سعاد عبدالله"}),
    ("في مقدمتهم الدكتور عبدالعزيز بن سعيد ووكيل وزارة الصحة للإمداد", {"عبدالعزيز بن سعيد"}),
    # after one given name, a word with «و» before a family name opens the next item
    ("ونبيل بهوي وفهد حمد وإسلام سراج وريان الموسى ومنصور الحربي.", {"فهد حمد", "ريان الموسى"}),
])
def test_a_word_with_and_after_a_name_starts_the_next_item_of_a_list(text, names):
    found = {s for s, _ in pairs(text)}
    assert names <= found
    assert not any(s.endswith((" وحكيم", " وعبدالحسين", " ووكيل", " وإسلام سراج")) or " وريان" in s for s in found)


@pytest.mark.parametrize("text, name", [
    # a foreign family name written with W after the given name stays on the name
    ("لكن جيفري ويب النائب السابق لرئيس الفيفا قال", "جيفري ويب"),
    ("وقال دانيال ويلينغام إن", "دانيال ويلينغام"),
    # a name bound by «بن» or «آل» keeps a bound word that begins with و
    ("وحضر مبارك بن محمد آل وديان الحفل", "مبارك بن محمد آل وديان"),
])
def test_a_family_name_beginning_with_waw_stays_on_the_name(text, name):
    assert name in {s for s, _ in pairs(text)}


@pytest.mark.parametrize("text, name", [
    # a given name right after an opening quote mark starts a name like one after a space
    ('وقالت الفنانة "شيرين محروس" إن الحفل', "شيرين محروس"),
    ("وقالت «حنان الخطيب» في حديثها", "حنان الخطيب"),
    ("وأشار إلى أن “خالد العلكمي” سيحضر", "خالد العلكمي"),
    # after a conjunction glued to the mark
    ("حضر الوزير و«خالد العلكمي» الحفل", "خالد العلكمي"),
])
def test_a_given_name_after_an_opening_quote_mark_starts_a_name(text, name):
    assert name in {s for s, _ in pairs(text)}


@pytest.mark.parametrize("text", [
    # a closing quote mark before a word opens nothing, a quoted given name alone is no mention,
    # and a quoted common word is no name
    'قال "لا" محمد',
    "سماه «محمد» تيمنا",
    "رفع شعار «الأمل» في الحفل",
    # a quoted name after a noun of a work, place or company is a title
    "لا أرغب في إخراج المزيد من أفلام «جيمس بوند» بعد اليوم",
    'خلال عرض مسرحية "هيا خليك" على المسرح',
    "فاز بالسيارة الجواد «شادي الألحان» في الشوط",
])
def test_a_quote_mark_before_a_word_makes_no_name_by_itself(text):
    assert pairs(text) == []


@pytest.mark.parametrize("text, pair", [
    # actors of the region's news of 2015 that the catalogue lacked
    ("وقال الرئيس الباجي قائد السبسي إن تونس في حرب", ("باجي قائد السبسي", "beji_caid_essebsi")),
    ("وقال قائد السبسي في خطابه إن تونس في حرب", ("قائد السبسي", "beji_caid_essebsi")),
    ("وكان الموالون لمعمر القذافي قد هاجموا طرابلس", ("معمر القذافي", "muammar_gaddafi")),
    ("وطالبت الهند باكستان بتسليم حافظ سعيد زعيم الجماعة", ("حافظ سعيد", "hafiz_saeed")),
    ("وقال المجلس الوطني الانتقالي إن القذافي هرب", ("مجلس الوطني الانتقالي", "national_transitional_council")),
    ("وقال سيف الإسلام القذافي إن ليبيا تحترق", ("سيف الإسلام القذافي", "saif_al_islam_gaddafi")),
    ("أحالت نيابة أمن الدولة العليا المتهمين إلى المحاكمة",
     ("نيابة أمن الدولة العليا", "egypt_supreme_state_security_prosecution")),
])
def test_catalogue_actors_of_the_regions_news(text, pair):
    assert pair in pairs(text)


@pytest.mark.parametrize("text, pair", [
    # a state's usual name of a force or group, in that state's news only
    ("وقال قائد مغاوير الشرطة الاتحادية إن القوات العراقية تقدمت في الرمادي",
     ("مغاوير الشرطة الاتحادية", "iraqi_federal_police")),
    ("وقالت موسكو إن الانفصاليين في أوكرانيا ملتزمون بالهدنة", ("انفصاليين", "pro_russian_separatists")),
    ("وأعلنت وزارة الداخلية اليمنية أن قوات الجيش تقدمت في مأرب", ("قوات الجيش", "yemeni_national_army")),
    ("وقالت دمشق إن المعارضة المعتدلة في سوريا غير موجودة", ("معارضة المعتدلة", "syrian_opposition")),
])
def test_context_forms_of_forces_and_groups(text, pair):
    assert pair in pairs(text)


@pytest.mark.parametrize("text, actor", [
    # the same forms outside the state's news, or of another state's body
    ("وقالت الشرطة الاتحادية الأسترالية إن المداهمات مستمرة", "iraqi_federal_police"),
    ("وقال الانفصاليين في إقليم كتالونيا إن الاستفتاء قادم", "pro_russian_separatists"),
    ("وقالت السلطات اليمنية إن قوات الجيش السعودي صدت هجوما", "yemeni_national_army"),
    ("وقال سيف الإسلام القذافي إن ليبيا تحترق", "muammar_gaddafi"),
    # a loyalty after the force names its owner, who may be another («الموالي للمخلوع»)
    ("وذكرت مصادر يمنية أن قوات الجيش الموالي للمخلوع صالح بدأت تفر", "yemeni_national_army"),
])
def test_context_forms_stay_out_of_other_news(text, actor):
    assert actor not in {a for _, a in pairs(text)}


@pytest.mark.parametrize("text, pair", [
    # «العاهل» is a royal post like «الملك»: its adjective is the state
    ("واتصل ولي العهد بالعاهل الأردني أمس", ("أردني", "jordan")),
    ("واستقبل العاهل السعودي الوزير", ("سعودي", "saudi_arabia")),
    # a common given name that is also a word («سلامة»: safety), in a name position
    ("وقالت سلامة العبدالله إن الحفل ناجح", ("سلامة العبدالله", "ar:سلامه_العبدالله")),
])
def test_royal_post_adjective_and_word_given_name(text, pair):
    assert pair in pairs(text)


@pytest.mark.parametrize("text, states", [
    # two joined nationality adjectives after a relation noun name both states
    ("ووقع اتفاق مصري-بريطاني لمكافحة الإرهاب", {"egypt", "united_kingdom"}),
    ("ووقع اتفاق مصري بريطاني لمكافحة الإرهاب", {"egypt", "united_kingdom"}),
    ("وجاء التعاون المصري - البريطاني", {"egypt", "united_kingdom"}),
    ("وشهدت المنطقة تقارب سعودي فلسطيني", {"saudi_arabia", "palestine"}),
])
def test_two_nationality_adjectives_after_a_relation_noun_are_both_states(text, states):
    assert {a for _, a in pairs(text)} == states


@pytest.mark.parametrize("text", [
    # a person's or company's two origins, one adjective after a relation noun, «سلامة» as a word
    "وقال الكاتب المصري البريطاني إن الرواية",
    "وقالت شركة سعودية أمريكية إن الأرباح",
    "ووقع اتفاق مصري لتطوير المدينة",
    "وقال المدير إن سلامة المواطنين أولوية",
    "وأكدت سلامة الإجراءات المتبعة",
])
def test_no_state_or_person_from_origins_or_a_single_adjective(text):
    assert pairs(text) == []


def test_the_head_dawla_before_a_states_name_is_outside_the_span():
    """README head-noun rule (دولة اليمن -> يمن): «دولة» before a state's name is no part of its span."""
    assert pairs("وأكد مسؤول في دولة الكويت أن") == [("كويت", "kuwait")]
    assert pairs("وقال أمير دولة قطر إن") == [("قطر", "qatar")]
    assert pairs("واعترفت السويد بدولة فلسطين") == [("سويد", "sweden"), ("فلسطين", "palestine")]
    assert pairs("وزار الرئيس دولة الإمارات العربية المتحدة") == [
        ("إمارات العربية المتحدة", "united_arab_emirates")]
    assert pairs("وقال إن دولة إسرائيل") == [("إسرائيل", "israel")]


def test_an_epithet_of_a_state_with_dawla_keeps_its_head():
    assert pairs("وقالت دولة الاحتلال إن") == [("دولة الاحتلال", "israel")]


def test_mamlakatuna_is_the_kingdom_of_the_story():
    """DECISIONS: «المملكة/مملكتنا» of a Saudi paper is Saudi Arabia; another kingdom's story reads it as that kingdom."""
    assert pairs("ولمملكتنا دور كبير في المنطقة") == [("مملكتنا", "saudi_arabia")]
    assert pairs("حفظ الله مملكتنا") == [("مملكتنا", "saudi_arabia")]
    text = "وأكد ملك البحرين حمد بن عيسى أن مملكتنا ماضية في الإصلاح. وقال إن البحرين ستبقى"
    assert ("مملكتنا", "bahrain") in pairs(text)


def test_a_capital_after_a_states_mission_is_the_state():
    """ENTITIES.md: a capital naming a government's embassy (سفارة هافانا بواشنطن) is the state, metonymic
    capital or not, where the mission's seat follows."""
    assert pairs("ورفع العلم على سفارة هافانا بواشنطن") == [("هافانا", "cuba"), ("واشنطن", "washington")]
    assert pairs("وأعلنت قنصلية هافانا في جدة أن") == [("هافانا", "cuba"), ("جدة", "jeddah")]
    assert pairs("وقالت سفارة هافانا في لندن إن") == [("هافانا", "cuba"), ("لندن", "london")]


def test_a_capital_where_a_mission_stands_or_after_other_nouns_stays_the_city():
    assert pairs("ونقلت السفارة في هافانا") == [("هافانا", "havana")]
    assert pairs("وزار الوزير هافانا") == [("هافانا", "havana")]
    assert pairs("وقالت سفارة جدة") == [("جدة", "jeddah")]
    # Without a seat after it the capital may name the post, the embassy in that city.
    assert pairs("خلال فترة العمل في سفارة بيروت، بسبب") == [("بيروت", "beirut")]


def test_saleh_beside_the_houthis_before_a_definite_common_word_is_ali_abdullah_saleh():
    """DECISIONS: «ميليشيات ... صالح» keeps Saleh's id; a definite common word after the coordinated
    «صالح» is the verb's object, not his surname."""
    for text in ("وفي اليمن، قصفت ميليشيات الحوثي وصالح المدينة",
                 "وفي اليمن، قصفت ميليشيات الحوثي وصالح الأحياء السكنية",
                 "وفي اليمن، هاجم الحوثيون وصالح المدينة"):
        assert ("صالح", "ali_abdullah_saleh") in pairs(text)


def test_saleh_before_a_surname_or_outside_a_coordination_is_no_ali_abdullah_saleh():
    assert ("صالح", "ali_abdullah_saleh") not in pairs("وفي اليمن، التقى عبدالملك الحوثي وصالح العبيدي أمس")
    assert ("صالح", "ali_abdullah_saleh") not in pairs("وفي اليمن، قال صالح المحافظة إن")


@pytest.mark.parametrize("text, names", [
    # a court or a college with one agreeing adjective names it (ENTITIES.md: courts are ORG mentions)
    ("وقانون المحكمة الاتحادية، وقانون الحرس الوطني", ["محكمة الاتحادية"]),
    ("في حفل تخريج طلبة الكلية الحربية، دليل", ["كلية الحربية"]),
    ("ونفت المحكمة العليا الطلب", ["محكمة العليا"]),
    # an office with adjectives and a ل-complement names it
    ("وبحسب بيان تمكن المكتب المركزي للتحقيقات القضائية، الهيئة الجديدة", ["مكتب المركزي للتحقيقات القضائية"]),
    ("ووفقا للمكتب الاتحادي للإحصاء فإن", ["مكتب الاتحادي للإحصاء"]),
])
def test_a_definite_court_college_or_office_with_adjectives_names_an_organisation(text, names):
    from workbench.extract.entities.heads import head_mentions
    found = head_mentions(Document("a", text))
    assert [r["surface"] for r in found] == names
    assert all(r["type"] == "ORG" and text[r["start"]:r["end"]] == r["surface"] for r in found)


@pytest.mark.parametrize("text", [
    "وذكر المكتب الإعلامي في بيان",  # an office with one adjective is a department, no name
    "ويقع في مركز المدينة قرب",  # a common noun after the head
    "وهي شركة كبرى في السوق",
    "وقالت المحكمة إن",  # a bare anaphor
    "في الشبكة العنكبوتية",
])
def test_a_head_before_a_common_word_or_one_office_adjective_stays_no_mention(text):
    from workbench.extract.entities.heads import head_mentions
    assert head_mentions(Document("a", text)) == []


@pytest.mark.parametrize("text", [
    "وذلك من خلال موقع الكلية الإلكتروني",  # the adjective agrees with «موقع», not with the college
    "في بيان نشرته بموقع الجامعة الرسمي",
    "وذلك بمقر الغرفة الرئيسي بالدمام",
    "تعزيز دور الهيئة الرقابي",
])
def test_an_adjective_that_does_not_agree_with_a_definite_head_ends_no_name_there(text):
    from workbench.extract.entities.heads import head_mentions
    assert head_mentions(Document("a", text)) == []


def test_a_port_a_border_crossing_and_a_church_keep_their_head():
    """ENTITIES.md: a port keeps its head («منفذ نويبع», «ميناء العقبة»: LOC); so does a church."""
    from workbench.extract.entities.heads import head_mentions
    for text, name in (("وصول أول سفينة مساعدات أممية إلى ميناء عدن", "ميناء عدن"),
                       ("وضبطت الشحنة في منفذ نويبع البري", "منفذ نويبع البري"),
                       ("المتهمين بإحراق كنيسة الطابغة على", "كنيسة الطابغة")):
        found = head_mentions(Document("a", text))
        assert [(r["surface"], r["type"]) for r in found] == [(name, "LOC")]


@pytest.mark.parametrize("text", ["وقال منفذ العملية إن", "وهاجموا كنيسة قبطية في", "في كنيسة في القدس"])
def test_a_port_or_church_head_before_a_common_word_names_no_place(text):
    from workbench.extract.entities.heads import head_mentions
    assert head_mentions(Document("a", text)) == []


@pytest.mark.parametrize("text, name", [
    ("ذهب إلى مكتب الادعاء العام في برلين", "مكتب الادعاء العام"),  # ENTITIES.md: prosecutors whole
    ("وقال مدير مستشفى الدوادمي العام إن", "مستشفى الدوادمي العام"),
    ("أمام محكمة الجنايات الدولية في لاهاي", "محكمة الجنايات الدولية"),
])
def test_a_one_word_name_after_a_head_takes_the_fields_adjectives(text, name):
    from workbench.extract.entities.heads import head_mentions
    assert [r["surface"] for r in head_mentions(Document("a", text)) if r["type"] == "ORG"] == [name]


def test_a_coordinated_noun_after_a_one_word_name_is_the_sentences_list():
    from workbench.extract.entities.heads import head_mentions
    text = "وزار مستشفى العيون والجهات الخيرية في المحافظة"
    assert [r["surface"] for r in head_mentions(Document("a", text))] == ["مستشفى العيون"]


@pytest.mark.parametrize("text, name", [
    ("وصلت السفينة إلى ميناء عدن محملة بالمساعدات", "ميناء عدن"),  # an adjective of the ship ends the name
    ("ورست الباخرة في ميناء جبل علي في دبي", "ميناء جبل علي"),  # a mountain's name inside the port's
])
def test_a_ports_name_is_a_places_name(text, name):
    from workbench.extract.entities.heads import head_mentions
    assert [r["surface"] for r in head_mentions(Document("a", text))] == [name]


@pytest.mark.parametrize("text", ["ويعد ميناء استراتيجيا للبلاد", "وكان ميناء رئيسيا للتصدير"])
def test_an_accusative_adjective_after_a_port_names_no_place(text):
    from workbench.extract.entities.heads import head_mentions
    assert head_mentions(Document("a", text)) == []


def test_a_port_named_after_a_state_or_a_binder_keeps_its_words():
    """Guards: a state in ـيا is no accusative adjective; a binder's place keeps its word in ـة."""
    from workbench.extract.entities.heads import _port_words
    assert _port_words(Document("a", "ميناء سوريا").tokens, 1, 1) == 1
    assert _port_words(Document("a", "ميناء رأس تنورة في").tokens, 1, 2) == 2


@pytest.mark.parametrize("text, name", [
    ("وأصدرت المحكمة الجزائية المتخصصة حكما", "محكمة الجزائية المتخصصة"),
    ("وأعلنت الجمعية الخيرية الكبرى عن", "جمعية الخيرية الكبرى"),  # a feminine elative agrees
])
def test_a_specialised_court_and_a_feminine_elative_end_a_bodys_name(text, name):
    from workbench.extract.entities.heads import head_mentions
    assert [r["surface"] for r in head_mentions(Document("a", text))] == [name]


@pytest.mark.parametrize("text", ["وأحالت القضية إلى اللجنة المتخصصة في", "أعلن المجلس الكبرى في",
                                  "بينما المؤسسة الحكومية المتخصصة وذات الخبر",
                                  "وقالت الشركة الكبرى إن"])
def test_a_specialised_body_alone_or_an_elative_after_a_masculine_head_names_no_body(text):
    from workbench.extract.entities.heads import head_mentions
    assert head_mentions(Document("a", text)) == []


@pytest.mark.parametrize("text, pair", [
    # actors the stance layer missed in development articles, now in the catalogue (actors_stance.csv)
    ("وقال عبدالله المعلمي مندوب المملكة لدى الأمم المتحدة", ("عبدالله المعلمي", "abdullah_al_mouallimi")),
    ("وقال أليكسي بوشكوف رئيس لجنة الشؤون الخارجية", ("أليكسي بوشكوف", "alexey_pushkov")),
    ("وأعلنت حركة طالبان تعيين الملا أختر منصور زعيما لها", ("أختر منصور", "akhtar_mansour")),
    ("وعين مولوي جل أغا مسؤولا عن اللجنة المالية", ("جل أغا", "gul_agha_ishakzai")),
    ("والمسؤول المالي بالحركة \"كل آغا\" قبل نحو عامين", ("كل آغا", "gul_agha_ishakzai")),
    ("قتلت الاستخبارات الروسية ثلاثة مسلحين", ("استخبارات الروسية", "fsb")),
    ("في جمهورية قبردين بلقار بجنوب روسيا", ("قبردين بلقار", "kabardino_balkaria")),
    # the Kurdish spelling with پ (fold keeps it apart from ب)
    ("على خطوط التماس مع قوات الپيشمرگة في المنطقة", ("قوات الپيشمرگة", "peshmerga")),
])
def test_actors_the_stance_layer_missed_are_catalogue_actors(text, pair):
    assert pair in pairs(text)


def test_a_madda_where_the_catalogue_name_has_a_hamza_is_another_word():
    """«مآرب» (aims) folds like «مأرب» (Marib) but is a common noun."""
    assert ("مآرب", "marib") not in pairs("وأكدت الحكومة أن للحوثيين مآرب أخرى في اليمن")


def test_marib_written_with_a_hamza_or_a_bare_alif_stays_the_city():
    assert ("مأرب", "marib") in pairs("قصف الحوثيون مأرب وتعز")
    assert ("مارب", "marib") in pairs("قصف الحوثيون مارب وتعز")


@pytest.mark.parametrize("text", ["وشكلت القروض نصيب الأسد من التمويل", "واستحوذت الأراضي على نصيب الأسد"])
def test_the_lions_share_names_no_assad(text):
    assert not [p for p in pairs(text) if p[1] == "bashar_al_assad"]


def test_assad_alone_is_still_bashar_al_assad():
    assert ("أسد", "bashar_al_assad") in pairs("وقال الأسد إن الحرب مستمرة")


def test_the_coalitions_aircraft_in_a_syrian_story_are_the_international_coalition():
    assert ("طيران التحالف", "international_coalition") in pairs("وشن طيران التحالف غارات على مواقع داعش في الرقة السورية")


def test_the_coalitions_aircraft_in_a_yemeni_story_stay_the_arab_coalition():
    assert ("طيران التحالف", "arab_coalition") in pairs("وشن طيران التحالف غارات على مواقع الحوثيين في صنعاء")


def test_a_name_after_a_patronym_ends_before_a_preposition_on_a_construct():
    assert pairs("وتم افتتاح طريق سهل بن أبي حثمة بحمراء الأسد أمس") == [("طريق سهل بن أبي حثمة", "ar:طريق_سهل_بن_ابي_حثمه")]


@pytest.mark.parametrize("text, surface", [
    ("أكد نائب رئيس غرفة جدة مازن بن محمد بترجي على دور القطاع الخاص", "مازن بن محمد بترجي"),
    ("والطالبة فاطمة بنت موسى بوخمسين من تعليم المنطقة الشرقية", "فاطمة بنت موسى بوخمسين"),
])
def test_a_family_name_in_b_after_a_patronym_stays_on_the_name(text, surface):
    assert surface in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text, expected", [
    ("قصف بلدتي نبل والزهراء في ريف حلب", [("نبل", "ar:نبل"), ("زهراء", "ar:زهراء")]),
    ("واصل الثوار استهداف قريتي كفريا والفوعة المواليتين للنظام", [("كفريا", "kafriya"), ("فوعة", "al_fuah")]),
    ("على الفنادق بمدينتي الدمام والخبر خلال الإجازة", [("دمام", "dammam"), ("خبر", "khobar")]),
])
def test_the_two_places_after_a_dual_place_noun(text, expected):
    assert all(pair in pairs(text) for pair in expected)


@pytest.mark.parametrize("text", ["واقتصرت المنافسة على مدينتي بكين وألماتي فقط", "وصلت إلى مدينتي الجميلة أمس"])
def test_a_dual_place_noun_takes_no_name_with_a_hamza_nor_a_lone_word(text):
    assert not [p for p in pairs(text) if p[0] in ("ماتي", "جميلة")]


@pytest.mark.parametrize("text", ["افتتح سوق دبي السينمائي دورته الجديدة", "وقالت سوق دبي الحرة إن مبيعاتها ارتفعت"])
def test_the_film_market_and_the_duty_free_are_not_the_financial_market(text):
    assert not [p for p in pairs(text) if p[1] == "dubai_financial_market"]


def test_the_financial_market_by_its_short_form_stays():
    assert ("سوق دبي", "dubai_financial_market") in pairs("وارتفع سوق دبي بنسبة 2 في المئة")


def test_another_languages_form_of_a_catalogue_persons_given_name_keeps_him():
    assert ("بوشكوف", "alexey_pushkov") in pairs("وشارك أليكسيس بوشكوف في الاجتماع")


def test_a_foreign_given_name_with_a_hamza_alif_lam_starts_a_name():
    # a catalogue person since round 168: the span still starts at the given name
    assert ("أليكسيس تسيبراس", "alexis_tsipras") in pairs("وقال رئيس الوزراء اليوناني أليكسيس تسيبراس إن")


def test_a_short_given_name_one_letter_longer_is_still_a_namesake():
    assert not [p for p in pairs("وقال جون بايدن إن") if p[1] == "joe_biden"]


@pytest.mark.parametrize("text", [
    "وتقاسم المهام بين مسلحي ميليشيا الحوثي وأنصار صالح، وإعطاء صلاحيات واسعة",
    "واشتبكت المقاومة مع ميليشيات الحوثي وأتباع صالح في تعز",
])
def test_saleh_after_his_followers_noun_keeps_his_id(text):
    found = pairs(text)
    assert ("صالح", "ali_abdullah_saleh") in found
    assert not [p for p in found if p[1] == "saleh_loyalists"]


def test_saleh_forces_by_their_catalogue_name_stay_the_loyalists():
    assert ("قوات المخلوع صالح", "saleh_loyalists") in pairs("وقصفت قوات المخلوع صالح الأحياء السكنية في عدن")


def test_a_followers_noun_before_a_given_name_with_no_partner_is_no_saleh():
    assert not [p for p in pairs("وحضر أنصار صالح العمر المباراة في الرياض") if p[1] == "ali_abdullah_saleh"]


@pytest.mark.parametrize("text, second", [
    ("اعتصام أمام السفارتين التشيكية والأميركية في بيروت", ("أميركية", "united_states")),
    ("وقصفت القوات العراقية والسورية مواقع التنظيم", ("سورية", "syria")),
    ("بين الحكومتين السعودية والكويتية حول الحقل", ("كويتية", "kuwait")),
])
def test_a_second_adjective_joined_to_a_states_adjective_is_a_state(text, second):
    assert second in public_pairs(text)


@pytest.mark.parametrize("text", ["وقال وزير الدفاع الأمريكي والبريطاني إن", "ووقعت شركة سعودية وكويتية العقد"])
def test_a_second_adjective_in_a_title_or_after_a_company_is_no_state(text):
    assert [p for p in public_pairs(text) if p[1] in ("united_kingdom", "kuwait")] == []


def test_the_cabinet_of_a_ministers_portfolio_is_no_mention():
    text = "وقال وزير الدولة الكويتي لشؤون مجلس الوزراء الذي يترأس وفد بلاده"
    assert not [p for p in public_pairs(text) if "مجلس" in p[0]]


def test_the_cabinet_acting_stays_a_mention():
    assert ("مجلس الوزراء", "saudi_council_of_ministers") in public_pairs("وقرر مجلس الوزراء في جلسته أمس")


@pytest.mark.parametrize("text, pair", [
    ("وأفرجت الخاطفون عن خمسة مواطنين من تشيكيا في سهل البقاع", ("تشيكيا", "czechia")),
    ("وتوصلت إيران مع القوى الدولية الست إلى اتفاق نووي في فيينا", ("قوى الدولية الست", "p5_plus_1")),
])
def test_a_catalogue_actor_under_its_other_name(text, pair):
    assert pair in pairs(text)


def test_the_saudi_market_is_no_stock_exchange():
    """«السوق السعودي» is mostly the Saudi market of a product or trade, not the exchange."""
    assert not [p for p in pairs("وتعاني شركات الاتصالات العاملة في السوق السعودي مصاعب مالية") if p[1] == "saudi_stock_exchange"]


def test_the_coalitions_forces_in_an_afghan_story_are_isaf():
    text = "وقالت الحكومة الأفغانية إن قوات التحالف قصفت مواقع طالبان في ولاية بكتيكا"
    assert ("قوات التحالف", "isaf") in pairs(text)


def test_the_coalitions_forces_in_a_yemeni_story_stay_the_arab_coalition():
    assert ("قوات التحالف", "arab_coalition") in pairs("وقصفت قوات التحالف مواقع الحوثيين في صنعاء")


def test_the_atomic_energy_body_in_an_iranian_story_is_the_aeoi():
    text = "وقال رئيس هيئة الطاقة الذرية الإيرانية علي أكبر صالحي إن هيئة الطاقة الذرية ستواصل عملها في إيران"
    assert ("هيئة الطاقة الذرية", "atomic_energy_organization_of_iran") in pairs(text)


def test_the_atomic_energy_body_outside_an_iranian_story_has_no_aeoi_row():
    text = "وقال مسؤول إن هيئة الطاقة الذرية في باكستان ستواصل عملها"
    assert not [p for p in pairs(text) if p[1] == "atomic_energy_organization_of_iran"]


@pytest.mark.parametrize("text", ["وتملك الشركة أسطولا من طائرات بوينج 777 الحديثة", "وحلقت قاذفات بوينغ B-52 فوق المنطقة"])
def test_a_makers_name_before_a_model_number_is_no_mention_of_the_company(text):
    assert not [p for p in pairs(text) if p[1] == "boeing"]


def test_a_makers_name_alone_stays_the_company():
    assert ("بوينج", "boeing") in pairs("وأعلنت شركة بوينج عن أرباحها الفصلية")


@pytest.mark.parametrize("text, pair", [
    ("وزاد مؤشر بورصة قطر 0.3 في المائة", ("بورصة قطر", "qatar_exchange")),
    ("وتراجع سهم إعمار العقارية 2 في المائة", ("إعمار العقارية", "emaar_properties")),
])
def test_a_companys_share_move_after_its_name_is_no_model_number(text, pair):
    assert pair in pairs(text)


@pytest.mark.parametrize("text, name", [
    ("وقتل في الغارة القيادي أبو همام القائد العسكري في الجبهة", "أبو همام"),
    ("أبرزهم أبو أسامة العراقي والي الولاية", "أبو أسامة"),
    ("والقياديان أبو حمزة الفرنسي وأبو عمر في الريف", "أبو حمزة"),
])
def test_a_kunya_before_a_given_name_is_a_person(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text", ["وصلت الطائرة إلى أبو ظبي مساء أمس", "وقال أبو الطفل إن ابنه بخير"])
def test_abu_before_no_given_name_is_no_kunya(text):
    assert not [p for p in persons(text) if p.startswith("أبو")]


def test_abdullah_written_apart_still_needs_a_surname():
    assert "عبد الله" not in persons("وقال عبد الله إن الأمر انتهى")


@pytest.mark.parametrize("text, name", [
    ("كشف عنها صندوق الموارد البشرية من خلال برنامج طاقات", "صندوق الموارد البشرية"),
    ("ووقع اتفاقية مع صندوق التنمية الزراعية أمس", "صندوق التنمية الزراعية"),
])
def test_a_fund_named_by_its_field_is_a_body(text, name):
    assert (name, "ORG") in [(r["surface"], r["type"]) for r in ents(text)]


@pytest.mark.parametrize("text", ["ووضع الناخب ورقته في صندوق الاقتراع أمس", "وأودع المبلغ في الصندوق الخيري التابع للجمعية"])
def test_a_box_or_an_anaphoric_fund_is_no_body(text):
    assert not [r for r in ents(text) if "صندوق" in r["surface"]]


def test_a_kunya_alone_after_the_full_name_keeps_its_id():
    text = "عزف الراحل أبو سعود الحمادي على العود. وكان ابو سعود، رحمه الله، يعزف كل ليلة"
    assert ("ابو سعود", "ar:ابو_سعود_الحمادي") in pairs(text)


def test_a_kunya_two_fuller_names_start_keeps_an_id_of_its_own():
    text = "وصل أبو سعود الحمادي وأبو سعود الخالدي. وقال أبو سعود، إن الحفل بدأ"
    assert ("أبو سعود", "ar:ابو_سعود") in pairs(text)


@pytest.mark.parametrize("text, name", [
    ("وصرح المتحدث كاظم الساعدي بأن الوفد وصل", "كاظم الساعدي"),
    ("وقالت المخرجة جيهان الأعصر إن الفيلم جاهز", "جيهان الأعصر"),
])
def test_given_names_anercorp_tags_once_start_a_name(text, name):
    # given_names.txt, the section of names ANERcorp train tags once and never O
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text", [
    "ويسعى المركز إلى تيسير الإجراءات على حجاج بيت الله الحرام",
    "وقدم عمل خيري غالي الثمن بكل كرم وعطاء",
])
def test_words_anercorp_tags_once_as_names_start_no_name(text):
    # candidates of the once-tagged section that are also ordinary words are left out by hand
    assert not [s for s, a in pairs(text) if a.startswith("ar:")]


def test_a_kunya_alone_takes_no_fuller_name_of_a_family():
    # «أبو ماريا» alone after two of the family's sons named in full: the father, or either son
    text = "أصيب محمد أبو ماريا وشقيقه أحمد أبو ماريا. وقال أبو ماريا إن الجنود اقتحموا المنزل"
    assert ("أبو ماريا", "ar:ابو_ماريا") in pairs(text)


def test_a_kunya_alone_takes_no_fuller_name_after_it():
    # the father «أبو ماريا» named before his son «أحمد حماد أبو ماريا» is not the son
    text = "مقتل أسير محرر\nقتلت القوات الوالد أبو ماريا في منزله. واعتقلت الشاب أحمد حماد أبو ماريا"
    assert ("أبو ماريا", "ar:ابو_ماريا") in pairs(text)


def test_a_kunya_alone_in_a_headline_takes_the_fuller_name_after_it():
    # guard: «أبو راشد:» heading the story of «المستشار خالد أبو راشد»
    text = "أبو راشد: التزكية غير رسمية\nكشف المستشار خالد أبو راشد أن التزكية غير رسمية"
    assert ("أبو راشد", "ar:خالد_ابو_راشد") in pairs(text)


def test_a_surname_kunya_after_its_one_full_name_keeps_its_id():
    # guard: one actor named in full before it is still the one the kunya-shaped surname ends
    text = "وصل محمد أبو ماريا إلى المنزل. وقال أبو ماريا إن الجنود اقتحموه"
    assert ("أبو ماريا", "ar:محمد_ابو_ماريا") in pairs(text)


@pytest.mark.parametrize("text, name, actor", [
    ("ويرى الروس أن الحل في سوريا سياسي", "روس", "russia"),
    ("وقال إن الأتراك يرفضون ذلك", "أتراك", "turkey"),
    ("ويرى الاسبان أن الاتفاق عادل", "اسبان", "spain"),
])
def test_a_people_alone_is_its_state(text, name, actor):
    # a people's broken plural with the article names its state without a head noun (gold README)
    assert (name, actor) in pairs(text)


def test_a_people_plural_without_the_article_is_no_state():
    # guard: «روس» without the article is also a given name (Ross)
    assert not [a for _, a in pairs("وقال روس باركر إن الفريق جاهز") if a == "russia"]


@pytest.mark.parametrize("text, name", [
    ("وانتقدت مجموعة العمل المالي الدولية إيران", "مجموعة العمل المالي الدولية"),
    ("وأدرجت مجموعة العمل المالي الدولة في قائمتها", "مجموعة العمل المالي"),
])
def test_the_financial_action_task_force_is_a_catalogue_body(text, name):
    assert (name, "fatf") in pairs(text)


def _model_names(text: str, scope: str) -> dict[str, tuple[str, float]]:
    from workbench.extract.entities.model import load_model, model_mentions
    return {r["surface"]: (r["type"], r["confidence"]) for r in model_mentions(Document("t", text), load_model("default"), scope)}


def test_a_name_outside_every_trigger_window_is_read_when_the_model_is_confident():
    headline = "ألمانيا تخلي سبيل مذيع «الجزيرة» أحمد منصور رغم طلب مصري بتسلمه"
    assert "أحمد منصور" not in _model_names(headline, "triggers")
    assert _model_names(headline, "confident")["أحمد منصور"][0] == "PER"
    assert ("ابن خلدون", "ar:ابن_خلدون") in pairs("يقول ابن خلدون: تعليم الوالدين للقرآن من شعائر الدين", "default", "confident")


def test_the_default_scope_reads_nothing_outside_the_trigger_windows():
    # round 91: about half the rows the confident reads added were wrong, so they are opt-in
    text = "يقول ابن خلدون: تعليم الوالدين للقرآن من شعائر الدين"
    assert not any("خلدون" in r["surface"] for r in entities_for(Document("t", text)))
    assert "ابن خلدون" not in set(workbench.entities(pd.DataFrame({"article_id": ["t"], "text": [text]}))["surface"])


def test_the_confident_scope_is_an_opt_in_that_reads_outside_the_trigger_windows():
    text = "يقول ابن خلدون: تعليم الوالدين للقرآن من شعائر الدين"
    found = workbench.entities(pd.DataFrame({"article_id": ["t"], "text": [text]}), model_scope="confident")
    assert "ابن خلدون" in set(found["surface"])
    assert "ابن خلدون" in {r["surface"] for r in entities_for(Document("t", text), model_scope="confident")}


def test_a_name_read_outside_the_windows_yields_to_a_pattern_name_and_never_ends_with_a_binder():
    people = [r["surface"] for r in ents("وحضر اللقاء سعد الغامدي وعبد العزيز الجبرين أمس", "default", "confident") if r["type"] == "PER"]
    assert "عبد العزيز الجبرين" in people and "وعبد العزيز" not in people
    assert "وعبد المال عبد" in _model_names("عبد الله وحده، وعبد المال عبد", "all")
    assert _model_names("عبد الله وحده، وعبد المال عبد", "confident") == {}


def test_a_span_outside_the_windows_read_with_low_confidence_or_as_a_place_is_dropped():
    low = "وسيترك السويسري بلاتر (79 عاما) منصبه في فبراير شباط المقبل نتيجة لتلك الأزمة"
    assert _model_names(low, "all")["بلاتر"][1] < 0.9
    assert "بلاتر" not in _model_names(low, "confident")
    place = "ولفت إلى أن صيانة العربات المعلقة تتم بالتعاون مع الشركات المصنعة في النمسا"
    assert "نمسا" in _model_names(place, "all") and "نمسا" not in _model_names(place, "confident")


def test_the_confident_scope_keeps_every_span_of_the_trigger_windows():
    text = "وقال رئيس الوزراء الماليزي نجيب عبد الرزاق في مؤتمر صحفي مع الرئيس الروسي فلاديمير بوتين. ألمانيا تخلي سبيل مذيع «الجزيرة» أحمد منصور"
    assert _model_names(text, "triggers").items() <= _model_names(text, "confident").items()
    with pytest.raises(ValueError):
        _model_names(text, "everywhere")


def test_a_list_item_keeps_its_name_over_a_model_reading_outside_the_windows():
    text = "وكتب الكسندر موردفنتسيف، وكريستوفر اولاه، ومايك تايكا، المهندسون العاملون في جوجل، لأول مرة"
    assert ("كريستوفر اولاه", "ar:كريستوفر_اولاه") in pairs(text, "default", "confident")


@pytest.mark.parametrize("text, cut", [
    ("وقال المسؤولون في مستشفى غزة إن القتيل يدعى محمد المصري (17 عاما)", "محمد"),
    ("وينتظر أن يشهد اللقاء مشاركة السوري جهاد الحسين إلى جانب عبدالرحمن البركة", "حسين"),
])
def test_a_name_outside_the_windows_cut_from_a_longer_name_is_dropped(text, cut):
    assert cut in _model_names(text, "all") and cut not in _model_names(text, "confident")


@pytest.mark.parametrize("text, cut", [
    # a given name the model runs on, confidently, into a common word that is the family name
    ("وفي الحساب الختامي لا بد أنه فكر في أنه حفيد لأسرة محمد علي، أعظم من حكم مصر في العصر الحديث", "محمد"),
    ("سعيد الدوسري، إسماعيل مغربي، وأفونسو", "إسماعيل"),
    # «ولد» binds a Mauritanian name: before the read and after it
    ("ودعا الرئيس اليمني خلال لقائه اليوم مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ، في الرياض", "إسماعيل"),
    # a given name with «و» before the read («ومحمد | بن فهد»)
    ("ومتعب بن عبدالله بن عبدالعزيز وزير الحرس الوطني، ومحمد بن فهد بن محمد، وتركي بن عبدالله", "بن فهد بن محمد"),
])
def test_a_name_outside_the_windows_cut_from_a_name_it_continues_is_dropped(text, cut):
    assert cut not in _model_names(text, "confident")


@pytest.mark.parametrize("text, surface", [
    ("على الرغم من التردد المشبوه لحزب ديمقراطية الشعوب (ذو الغالبية الكردية)", "لحزب"),  # a head noun with «ل»
    ("ووفقا لجورج شيفيلي، وهو مدير محفظة استثمارية في شركة إنفيستيك", "لجورج شيفيلي"),  # «ل» on a given name
    ("فيصل بن عبدالعزيز، نبوغ طفل، شجاعة فتى، قيادة رجل، حكمة شيخ، زهد ملك", "شيخ"),  # a title without its article
    ("ويخوض مانشستر مباراته الأولى في النسخة المقبلة للدوري الإنجليزي", "مانشستر"),  # a town
    ("والخروج من قبل هذه المرجعيات بقول - فصل رشيد- يجنّب البلاد والعباد ويلات العنف", "رشيد"),  # the stoplist
])
def test_a_clitic_a_title_a_town_or_a_stoplist_word_read_outside_the_windows_is_no_name(text, surface):
    assert surface not in _model_names(text, "confident")


@pytest.mark.parametrize("text, name", [
    ("لم تفقد حب مايكل حتى وهي تفقد جمالها الخارجي", "مايكل"),  # the model reads «حتى» as the name's next word, unsure
    ("أمّا خالد فيقول إنه يستمتع بممارسة الفروسية مع والده", "خالد"),  # «ف» starts the clause
    ("ويدين يونايتد بهذا الفوز المعنوي الهام على ملعب «ليفايس ستاديوم»", "يونايتد"),
])
def test_a_name_outside_the_windows_before_a_particle_or_a_clause_is_kept(text, name):
    # guard: the narrowing keeps a name whose next word only starts the rest of the sentence
    assert name in _model_names(text, "confident")


@pytest.mark.parametrize("text, cut", [
    ("وفي أول رد على إقرار مجلس الأمن، نقلت وكالة تسنيم الإيرانية للأنباء عن محمد علي جعفري قائد الحرس الثوري", "محمد"),
    ("خالد علي- سبق- جدة: قال وزير العمل الأوغندي", "خالد"),
])
def test_a_name_outside_the_windows_before_ali_spelt_with_ya_is_cut_from_a_longer_name(text, cut):
    assert cut not in _model_names(text, "confident")


def test_a_name_outside_the_windows_before_ala_spelt_with_alif_maqsura_is_kept():
    # guard: «على» with its alif maqsura is the preposition
    assert "يونايتد" in _model_names("وتغلب يونايتد على برشلونة الإسباني", "confident")


@pytest.mark.parametrize("text", [
    "منذ انهيار الاتحاد السوفييتي مطلع التسعينيات",
    "وكانت البلاد جزءا من الاتحاد السوفيتي السابق",
    "بعد تفكك الاتحاد السوفياتي عام 1991",
])
def test_a_long_vowel_nisba_on_yt_is_read_in_each_of_its_spellings(text):
    assert any(actor == "soviet_union" for _, actor in pairs(text))


def test_a_nisba_on_yt_without_a_long_vowel_gets_no_other_spelling():
    assert spellings("مجلس امه الكويتي") == {"مجلس امه الكويتي"}
    assert spellings("مانشستر سيتي") == {"مانشستر سيتي"}  # «سياتي» would be the verb «سيأتي»


@pytest.mark.parametrize("text, name", [
    ("وأعلن أبو قسورة الحموي مسؤوليته عن الهجوم", "أبو قسورة الحموي"),
    ("قتل في الغارة القيادي أبو حارث القادري مع اثنين من مرافقيه", "أبو حارث القادري"),
    ("وكان أبو جندل الجزراوي قد غادر البلاد قبل عامين", "أبو جندل الجزراوي"),
])
def test_a_kunya_of_an_unlisted_word_before_a_nisba_is_a_person(text, name):
    assert (name, "ar:" + fold(name).replace(" ", "_")) in pairs(text)


@pytest.mark.parametrize("text", [
    "هو أبو الأولاد الثلاثة وراعيهم",
    "كان أبو أولاده الصغار يعمل في المزرعة",
    "وضبطت الشرطة مسدس أبو محالة غير مرخص",
    "بدأت الهيئة ترميم مسجد أبو جبل الأثري في البلدة",
])
def test_father_of_a_noun_a_kunya_without_a_nisba_or_a_place_named_after_one_is_no_person(text):
    assert not [surface for surface, actor in pairs(text) if actor.startswith("ar:ابو")]


@pytest.mark.parametrize("text, name", [
    ("وانضم المدافع الكرواتي ماريتش إلى التدريبات أمس", "ماريتش"),
    ("وسجل المهاجم الكولومبي كوادرادو، قبل أن يخرج مصابا", "كوادرادو"),
    ("وتألق الحارس التشيكي تشيخ في المباراة", "تشيخ"),
])
def test_a_one_word_name_after_a_role_noun_and_a_foreign_nationality_adjective_is_a_person(text, name):
    assert [surface for surface, actor in pairs(text) if actor.startswith("ar:")] == [name]


@pytest.mark.parametrize("text", [
    "وقال اللاعب البرازيلي إنه سعيد بالانتقال",
    "ويبدو أن النجم الإنجليزي نال النصيب الأكبر من الصور",
    "ووصل المدرب الإسباني أمس إلى الرياض",
    "ولعب اللاعب الفنزويلي من أصل كولومبي",
    "وانتقد المواطن البريطاني ماركوس الحكومة",
])
def test_a_role_noun_and_an_adjective_before_a_verb_a_common_word_or_without_a_role_read_no_one_word_name(text):
    assert not [surface for surface, actor in pairs(text) if actor.startswith("ar:")]


@pytest.mark.parametrize("text, name", [
    ("وقال القيادي أبو قتادة التونسي إن التنظيم يتراجع", "أبو قتادة التونسي"),
    ("وظهر أبو دجانة الليبي في التسجيل", "أبو دجانة الليبي"),
    ("وقال أبو عياض التونسي إن الجماعة لم تتبن الهجوم", "أبو عياض التونسي"),
])
def test_a_kunya_before_a_states_adjective_keeps_the_adjective_as_its_nisba(text, name):
    assert (name, "ar:" + fold(name).replace(" ", "_")) in pairs(text)


@pytest.mark.parametrize("text", [
    "وقال اللاعب محمد صلاح المصري إن الفريق جاهز",
    "وكرمت الجمعية الفنانة السعودية في الحفل",
])
def test_a_states_adjective_after_a_name_that_is_no_kunya_stays_refused(text):
    assert not [surface for surface, _ in pairs(text) if fold(surface).endswith(("المصري", "السعوديه"))]


@pytest.mark.parametrize("text, name", [
    ("ونشأت إذاعة طامي بداية الستينيات", "إذاعة طامي"),
    ("وقال المذيع في إذاعة قطر إن الاحتفال تقليد", "إذاعة قطر"),
    ("وقال الوزير لإذاعة «كوكينو» إنه واثق", "كوكينو"),
])
def test_a_radio_named_after_its_head_noun_is_an_organisation(text, name):
    assert (name, "ar:" + fold(name).replace(" ", "_")) in pairs(text)


@pytest.mark.parametrize("text", [
    "وقالت عائلته في بيان أذاعه صحافي في العاصمة",
    "تفاوض القنوات على حقوق إذاعة المباريات الودية للفريق",
    "وظهر القادة عقب إذاعة \"الإعلان الدستوري\" في التلفزيون",
])
def test_broadcasting_as_an_act_or_a_verb_names_no_radio(text):
    assert not [surface for surface, _ in pairs(text) if fold(surface).startswith("اذاعه")]


@pytest.mark.parametrize("text, name", [
    ("شكلت اللجنة تحقيقا في مركز صحي السعادة من أجل الشكوى", "مركز صحي السعادة"),
    ("وراجعت المريضة مركز صحي بريمان، ثم عادت", "مركز صحي بريمان"),
])
def test_a_health_centre_named_by_its_district_is_an_organisation(text, name):
    assert (name, "ar:" + fold(name).replace(" ", "_")) in pairs(text)


@pytest.mark.parametrize("text", ["ويعمل مركز صحي خاص في الحي", "وافتتح مركز صحي يعمل على مدار الساعة",
                                  "زيارة أكثر من مركز صحي لنفس الغرض"])
def test_a_health_centre_without_a_district_names_no_organisation(text):
    assert not [surface for surface, _ in pairs(text) if fold(surface).startswith("مركز")]


@pytest.mark.parametrize("text, name", [
    ("وهي مدينة \" لودر\" إضافة إلى تحرير مدينة أخرى", "لودر"),
    ("إضافة إلى تحرير مدينة \"الوهط \" بمحافظة لحج", "وهط"),
    ("تمركز فيها المسلحون في مديرية «كتاف» ومديرية «ساقين» بمحافظة صعدة", "ساقين"),
])
def test_a_place_in_quote_marks_after_its_head_noun_is_a_place(text, name):
    assert (name, "GPE") in [(r["surface"], r["type"]) for r in ents(text)]


@pytest.mark.parametrize("text", [
    "أعلن إقامة منطقة \"آمنة جدا\" في الشمال",
    "سيطرت المقاومة على جبل «منيف» القريب من القاعدة",
])
def test_a_quoted_phrase_after_a_place_head_or_a_kept_head_gives_no_span_with_a_quote_mark(text):
    assert not [s for s, _ in pairs(text) if any(q in s for q in "\"«»“”")]
    assert "آمنة" not in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text, actor", [
    ("وحصل الفيلم الذي عرض في “تل أبيب” على جائزة الجمهور", "tel_aviv"),
    ("أمضى الرجل سبع سنوات في « كابل » قبل عودته", "kabul"),
])
def test_a_capital_in_quote_marks_after_a_place_word_is_the_city(text, actor):
    assert actor in [a for _, a in pairs(text)]


@pytest.mark.parametrize("text, actor", [
    ("وقالت \"واشنطن\" إنها ستدرس الطلب", "united_states"),
    ("وقالت مصادر دبلوماسية في بيروت ل\"الرياض\" إن الخطوة خطيرة", "al_riyadh_newspaper"),
])
def test_a_quoted_capital_that_acts_or_names_a_paper_keeps_its_reading(text, actor):
    assert actor in [a for _, a in pairs(text)]


@pytest.mark.parametrize("text, actor", [
    ("محمد زامل ــ سبق ــ الرياض: توقع المحلل السياسي اقتراب الحسم", "riyadh"),
    ("طلال عبدالله ـ القاهرة   وسط حضور فني وإعلامي كبير", "cairo"),
])
def test_a_capital_next_to_a_tatweel_written_as_a_dash_is_the_dateline_city(text, actor):
    assert actor in [a for _, a in pairs(text)]


def test_a_capital_after_a_lengthened_clitic_keeps_its_state():
    assert "saudi_arabia" in [a for _, a in pairs("وقال مصدر لـ الرياض إن القرار نهائي")]


def test_al_anad_named_without_its_base_noun_in_a_yemeni_story_is_the_base():
    assert ("عند", "al_anad") in pairs("تقترب المقاومة اليمنية من حسم معركة \"العند\" في لحج")


def test_stubbornness_outside_a_yemeni_story_is_no_base():
    assert not [a for _, a in pairs("وكان العند صفة فيه منذ صغره في القاهرة") if a == "al_anad"]


@pytest.mark.parametrize("text", [
    "وطالبت تركيا بإقامة منطقة آمنة في شمال سوريا",
    "ودعا إلى إنشاء منطقة امنة على الحدود",
    "ونقلوا إلى مدينة آمنة بعيدا عن القصف",
    "وتحولت القرية إلى بمنطقة آمنه للنازحين",
])
def test_an_adjective_agreeing_with_a_feminine_place_head_is_no_place(text):
    # «آمنة» is the feminine of the common word «آمن» here, not a place's name
    assert not any(fold(r["surface"]).startswith("امن") for r in ents(text))


@pytest.mark.parametrize("text, expected", [
    ("وقالت آمنة الهاشمي مديرة المركز إن", ("آمنة الهاشمي", "PER")),  # the woman keeps her name
    ("وصل الوفد إلى مدينة جدة أمس", ("جدة", "GPE")),  # a listed place spelt like an adjective stays a place
    ("وقتل ثلاثة في مديرية كتاف أمس", ("كتاف", "GPE")),
    ("بالقرب من مدينة أكدة السورية الخاضعة", ("أكدة", "GPE")),  # a state's adjective tells a name
    ("في منطقة ده صلاح في ولاية بغلان", ("ده", "GPE")),  # a word of two letters is no adjective
])
def test_a_given_name_or_a_place_after_a_place_head_keeps_its_reading(text, expected):
    assert expected in [(r["surface"], r["type"]) for r in ents(text)]


@pytest.mark.parametrize("text, surface", [
    ("أعلنت وزارة الطاقة الإماراتية عن خطة جديدة", "وزارة الطاقة الإماراتية"),
    ("وقالت وزارة الطاقة المصرية إن الأسعار", "وزارة الطاقة المصرية"),
    ("وقالت وزارة شؤون المرأة الأفغانية إن", "وزارة شؤون المرأة الأفغانية"),
    ("مصدر عسكري في وزارة الدفاع اليمني أن", "وزارة الدفاع اليمني"),  # the adjective agrees with the portfolio
])
def test_a_ministry_of_an_unlisted_portfolio_with_its_states_adjective_is_one_org(text, surface):
    # gold README: the whole phrase is one ORG when it is the fixed name of a distinct institution
    assert (surface, "ORG") in [(r["surface"], r["type"]) for r in ents(text)]


@pytest.mark.parametrize("text, expected", [
    ("وأكدت الوزارة الإماراتية أن الخطة", ("إماراتية", "united_arab_emirates")),  # no portfolio: the state
    ("وقالت وزارة الخارجية الإماراتية", ("وزارة الخارجية الإماراتية", "united_arab_emirates_foreign_ministry")),
    ("وقالت الحكومة المصرية إن", ("مصرية", "egypt")),
])
def test_a_ministry_without_a_portfolio_or_with_a_listed_one_keeps_its_reading(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text, place", [
    ("بارزاني: منطقة سنجار ستتحرر من سيطرة داعش قريباً", "سنجار"),
    ("وقال إن منطقة تلعفر ستتحرر قريبا", "تلعفر"),
    ("وقال إن محافظة ذمار ستشهد حملة", "ذمار"),
])
def test_a_future_verb_after_a_place_ends_the_place(text, place):
    assert place in [r["surface"] for r in ents(text) if r["type"] == "GPE"]


@pytest.mark.parametrize("text, place", [
    ("وصل إلى مدينة سان بطرسبرج", "سان بطرسبرج"),
    ("في مدينة سان سيباستيان", "سان سيباستيان"),
])
def test_a_two_word_place_after_a_place_head_stays_whole(text, place):
    assert place in [r["surface"] for r in ents(text)]


def test_the_saudi_information_ministry_under_its_old_name_takes_the_catalogue_id():
    assert ("وزارة الإعلام السعودية", "saudi_arabia_culture_and_information_ministry") in pairs("وقالت وزارة الإعلام السعودية إن")


def test_another_states_information_ministry_keeps_its_own_id():
    assert ("وزارة الإعلام الكويتية", "ar:وزاره_الاعلام_الكويتيه") in pairs("وقالت وزارة الإعلام الكويتية إن")


@pytest.mark.parametrize("text, short, actor", [
    ("وأكدت وزارة الطاقة الإماراتية أن الأسعار سترتفع. وقالت وزارة الطاقة إن الخطة جاهزة", "وزارة الطاقة",
     "uae_energy_ministry"),  # a catalogue row since round 167; the later name links to it all the same
    ("وقالت وزارة الآثار المصرية إن المعرض يفتتح غدا. وتنظم وزارة الآثار ثلاثة معارض", "وزارة الآثار",
     "ar:وزاره_الاثار_المصريه"),
    ("وقالت هيئة الغابات الأميركية إن النار امتدت. وأضافت هيئة الغابات أن", "هيئة الغابات", "ar:هييه_الغابات_الاميركيه"),
])
def test_a_bodys_later_name_without_its_states_adjective_links_to_the_full_name(text, short, actor):
    later = [r for r in ents(text) if r["surface"] == short]
    assert [r["actor_id"] for r in later] == [actor]


@pytest.mark.parametrize("text, absent", [
    ("وأكدت وزارة الطاقة الإماراتية أن الأسعار سترتفع. ووزارة الطاقة الذرية", "وزارة الطاقة"),
    ("قالت وزارة الطاقة إن الخطة جاهزة. وأكدت وزارة الطاقة الإماراتية أن", "وزارة الطاقة"),
])
def test_a_bodys_short_name_before_its_full_name_or_with_a_qualifier_is_not_linked(text, absent):
    assert absent not in [r["surface"] for r in ents(text)]


@pytest.mark.parametrize("text, full, later", [
    ("أعرب رئيس مجلس الأمة الكويتي بالإنابة مبارك بن بنيه الخرينج عن رفضه. وقال الخرينج إن", "مبارك بن بنيه الخرينج",
     "خرينج"),
    ("من جهته أعرب مبارك بن بنيه الخرينج رئيس المجلس عن رفضه. وأكد الخرينج أن", "مبارك بن بنيه الخرينج", "خرينج"),
    ("وقال سلطان بن عقده المطيري إن الفريق جاهز. وأضاف المطيري أن", "سلطان بن عقده المطيري", "مطيري"),
])
def test_a_family_name_after_bin_and_a_word_with_a_pronoun_ending_continues_the_name(text, full, later):
    rows = ents(text)
    actor = "ar:" + fold(full).replace(" ", "_")
    assert (full, actor) in [(r["surface"], r["actor_id"]) for r in rows]
    assert [r["actor_id"] for r in rows if r["surface"] == later] == [actor]


@pytest.mark.parametrize("text, absent", [
    ("وزار سعد بن كلامه الأخير", "سعد بن كلامه الأخير"),
    ("وأصيب فهد بن عمه الأكبر في الحادث", "فهد بن عمه الأكبر"),
    ("وقالت مجموعة بن لادن السعودية إن", "بن لادن السعودية"),
])
def test_bin_before_a_common_word_runs_into_no_common_word_with_the_article(text, absent):
    assert absent not in [r["surface"] for r in ents(text)]


@pytest.mark.parametrize("text, name", [
    ("وفي رسالة صوتية مسجلة، قال الملا منصور إن تمرد الحركة مستمر", "منصور"),
    ("وتطرق الملا منصور إلى محادثات السلام", "منصور"),
    ("وكان الملا عمر قد توفي قبل عامين", "عمر"),
])
def test_a_given_name_after_the_mullahs_title_is_a_person_without_the_title(text, name):
    assert (name, "PER") in [(r["surface"], r["type"]) for r in ents(text)]


@pytest.mark.parametrize("text, person", [
    ("وقال فهد الملا إن الفريق سيلعب غدا", "فهد الملا"),
    ("إن رئيس البلدية المهندس عصام الملا قام بجولة", "عصام الملا"),
])
def test_almulla_after_a_given_name_stays_the_family_name(text, person):
    assert [r["surface"] for r in ents(text) if r["type"] == "PER"] == [person]


def test_a_lone_name_links_to_no_fuller_name_whose_tail_follows_ibn_and_a_title():
    found = pairs("وقال يعقوب ابن الملا عمر إن والده توفي. وكان الملا عمر قد توفي قبل عامين.")
    assert ("عمر", "ar:يعقوب_ابن_الملا_عمر") not in found
    assert ("يعقوب ابن الملا عمر", "ar:يعقوب_ابن_الملا_عمر") in found


def test_a_partial_name_after_the_full_name_still_links():
    assert ("بوغدانوف", "mikhail_bogdanov") in pairs("قال ميخائيل بوغدانوف إن الحل قريب. وأضاف بوغدانوف أن")


@pytest.mark.parametrize("text, name", [
    ("وقال الرئيس إن عباس سيتوجه إلى نيويورك", "عباس سيتوجه"),
    ("وقالت إن ماريا سيوقع العقد غدا", "ماريا سيوقع"),
])
def test_a_future_verb_after_a_one_word_name_is_no_family_name(text, name):
    assert name not in [r["surface"] for r in ents(text)]


@pytest.mark.parametrize("text, person", [
    ("وقال إن محمد سيلفا سيلعب غدا", "محمد سيلفا"),
    ("وقال إن يوسف ستالين سيلعب غدا", "يوسف ستالين"),
    ("وقال إن محمد سيزار سيلعب غدا", "محمد سيزار"),
])
def test_a_family_name_that_starts_like_a_future_verb_stays_a_name(text, person):
    assert person in [r["surface"] for r in ents(text) if r["type"] == "PER"]


def test_the_shipped_predicate_verbs_are_what_their_script_writes():
    """The verb forms that stop a family name ship as data (the entities layer imports no later layer);
    a change to the stance or reporting cue lexicons needs `scripts/build_predicate_verbs.py` run again."""
    import importlib.util

    from workbench.extract.catalogue import CATALOGUE_DIR

    path = CATALOGUE_DIR.parents[2] / "scripts" / "build_predicate_verbs.py"
    spec = importlib.util.spec_from_file_location("build_predicate_verbs", path)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    shipped = (CATALOGUE_DIR / "predicate_verbs.txt").read_text(encoding="utf-8")
    assert shipped == script.contents()
    assert "سيتوجه" in script.predicate_verbs() and "قال" not in script.predicate_verbs()


@pytest.mark.parametrize("text, places", [
    ("وتمكنت من قتل 88 عنصرا بمناطق التومة وجنوب القواديس والزهريات والمقاطعة واللفيتات والزوارعة وبلعة، وضبط 56 فردا",
     ["تومة", "قواديس", "زهريات", "مقاطعة", "لفيتات", "زوارعة", "بلعة"]),
    ("استمرت الاشتباكات في مدن سبها والكفرة وأوباري، جنوب ليبيا", ["سبها", "كفرة", "أوباري"]),
    ("تزامناً مع قصف بالبراميل على قريتي حريتان وحيان، بالإضافة إلى قصف", ["حريتان", "حيان"]),
    ("بين مدينتي أجدابيا وطبرق. وقال مسؤول عسكري", ["أجدابيا", "طبرق"]),
])
def test_a_place_list_takes_a_compass_located_item_and_a_closing_bare_wa_item(text, places):
    found = [(r["surface"], r["type"]) for r in ents(text)]
    assert all((p, "GPE") in found for p in places)


def test_a_closing_bare_wa_item_the_catalogue_names_keeps_its_id():
    assert ("جدة", "jeddah") in pairs("بمشاركة عدد من كبار الموردين من مدينتي الرياض وجدة، وكذا من خارج المملكة")


@pytest.mark.parametrize("text, word", [
    ("واستبدالها بالنشتالية في جميع مدن الأندلس وقراها، بل وفي إسبانيا", "قراها"),
    ("يسير النفط في اتجاه هابط، وقد كسر مناطق دعوم واضحة، فالنفط الخام", "اضحة"),
    ("في ظل وجود «داعش» في مناطق سورية واسعة، التفكير بمثل هذا", "اسعة"),
    ("ومقتل 8 من المقاومة في الاشتباكات في حي الزنوج ومحيطة. وحسب مصادر", "محيطة"),
    ("تجدد الاشتباكات في مدن سبها والكفرة وأوباري جنوب ليبيا", "أوباري"),
    ("يعيشون في مناطق الجنوب والشمال وغيرها، ولا", "غيرها"),
])
def test_no_closing_bare_wa_item_from_a_common_word_a_pronoun_or_without_a_close(text, word):
    assert not any(word in r["surface"] for r in ents(text))


@pytest.mark.parametrize("text, expected", [
    ("التي حظرتها الولايات المتحدة على غرار بوكو حرام والقاعدة وجبهة النصرة.", ("قاعدة", "al_qaeda")),
    ("للانخراط في تنظيمي القاعدة وداعش، ارتفعت بنحو 71 في المئة", ("قاعدة", "al_qaeda")),
    ("ضد الجماعات الإرهابية المتطرفة كداعش والقاعدة، اللتين تلقيان الدعم", ("قاعدة", "al_qaeda")),
    ("ولهذا أخذ يبرر لماذا كنا نحارب النصرة والجيش الحر، ثم", ("نصرة", "al_nusra_front")),
])
def test_an_armed_groups_bare_name_beside_another_armed_group_is_the_group(text, expected):
    assert expected in pairs(text)


@pytest.mark.parametrize("text, actor", [
    ("استهدفت داعش والقاعدة الجوية في المنطقة", "al_qaeda"),
    ("وعادت الطائرات إلى القاعدة بعد الغارة", "al_qaeda"),
    ("الخلاف بين حزب الله والدولة، حول السلاح", "islamic_state"),
])
def test_no_armed_group_from_a_bare_noun_with_an_adjective_alone_or_with_a_one_word_name(text, actor):
    assert actor not in {a for _, a in pairs(text)}


@pytest.mark.parametrize("text", [
    "أعلنت داعش مسؤوليتها، فيما قتل عناصر من الجماعات المرتبطة بالقاعدة في اليمن",
    "وقالت داعش إن القائد الجديد لفرع القاعدة في اليمن قتل",
    "قتل مقاتلون من داعش وآخرون من الجماعات الموالية للقاعدة",
    "وتقاتل جبهة النصرة التابعة للقاعدة تنظيم داعش في ريف حلب",
])
def test_al_qaedas_bare_name_after_a_link_word_is_the_group_in_a_story_of_armed_groups(text):
    assert ("قاعدة", "al_qaeda") in pairs(text)


@pytest.mark.parametrize("text", [
    "الجماعات المرتبطة بالقاعدة في اليمن",
    "قصفت داعش المناطق المحيطة بالقاعدة الجوية",
    "هاجمت داعش الكتيبة التابعة للقاعدة الجوية",
    "وقالت داعش إن القائد الجديد لفرع القاعدة البحرية قتل",
])
def test_no_al_qaeda_after_a_link_word_without_an_armed_group_or_before_an_adjective(text):
    assert "al_qaeda" not in {a for _, a in pairs(text)}


@pytest.mark.parametrize("text", [
    "أكدا خلاله أهمية «إعلان القاهرة» وما يحمله من مضامين",
    'ضمن بنود "إعلان القاهرة" الذي نشر عقب الزيارة',
    "وأشاد الوزير بـ«اتفاقية فيينا» الموقعة",
])
def test_a_city_in_a_quoted_declarations_name_is_no_mention(text):
    assert not {a for _, a in pairs(text)} & {"cairo", "egypt", "vienna", "austria"}


@pytest.mark.parametrize("text, actor", [
    ("وصل الوفد إلى «القاهرة» أمس", "cairo"),
    ("بعد «إعلان مصر» عن افتتاح القناة", "egypt"),
])
def test_a_quoted_city_or_a_states_quoted_announcement_keeps_its_actor(text, actor):
    assert actor in {a for _, a in pairs(text)}


@pytest.mark.parametrize("text, expected", [
    ("يشارك في المسلسل كل من: هدى حسين، وأحلام حسن، وهيا الشعيبي، وعبدالمحسن القفاص.", "أحلام حسن"),
    ("بحضور نخبة من المثقفين؛ كإبراهيم طالع، وعلي مغاوي، ومحمد البريدي، وتم الحديث", "علي مغاوي"),
])
def test_a_person_lists_item_before_a_found_item_across_commas(text, expected):
    assert expected in {s for s, _ in pairs(text)}


@pytest.mark.parametrize("text, wrong", [
    ("لكتاب بالفرنسية منهم وجدي معوض، وآيتل عدنان، وناديا تويني، وصلاح ستيتية.", "جدي معوض"),
    ("يشارك في المسلسل هدى حسين وأحلام حسن، وهيا الشعيبي، وعبدالمحسن القفاص.", "أحلام حسن"),
])
def test_no_comma_list_item_without_a_comma_before_it(text, wrong):
    assert wrong not in {s for s, _ in pairs(text)}


@pytest.mark.parametrize("text, state", [
    ("وتأتي هذه الإجراءات عقب إعلان المنامة أنها ضبطت عناصر بحوزتهم متفجرات.", "bahrain"),
    ("تأتي بعد بضعة أشهر على إعلان موسكو عن عقيدة عسكرية جديدة.", "russia"),
    ("وتبلورت الأفكار عبر إعلان أنقرة أمس عن توجهها لإنشاء مناطق عسكرية.", "turkey"),
    ("وجاء ذلك بعد إعلان الرياض بأنها ستواصل دعم الشرعية.", "saudi_arabia"),
])
def test_a_capital_announcing_after_ilan_is_its_state(text, state):
    assert state in {a for _, a in pairs(text)}


@pytest.mark.parametrize("text, city", [
    ("وأيد الوزير إعلان القاهرة الصادر عن الاجتماع.", "القاهرة"),
    ("وأوضح أن إعلان القاهرة أن تكون المملكة ومصر محوراً رئيسياً يعزز التجارة.", "القاهرة"),
    ("بعد ساعات من إعلان بروكسل عن ارتفاع الدين الحكومي.", "بروكسل"),
    ("وحضر إعلان جدة بشأن مكافحة الإرهاب.", "جدة"),
])
def test_a_named_declaration_or_a_capital_without_a_state_reading_stays_no_mention(text, city):
    assert not [s for s, _ in pairs(text) if fold(s) in fold(city)]


@pytest.mark.parametrize(
    "text, names",
    [
        ('شارك فيه جمع من الممثلين كمحمد العلي وبكر الشدي "رحمهم الله" وعلي ابراهيم',
         {"محمد العلي", "بكر الشدي"}),
        ("تحمل كثيرا من أشرطة الكاسيت لعبدالكريم عبدالقادر وعوض الدوخي وغريد الشاطئ، وأشرطة الفيديو لمسرحيات",
         {"عبدالكريم عبدالقادر", "عوض الدوخي"}),
        ("مثل التعاقد مع مروان حسين بديلا لحمزة الدردور وابوبكر سيلا بديلا", {"حمزة الدردور"}),
    ],
)
def test_a_list_of_persons_may_open_with_a_name_written_on_a_preposition(text, names):
    assert names <= {s for s, _ in pairs(text)}


@pytest.mark.parametrize(
    "text, words",
    [
        ("واستمع الجمهور إلى أغنية لمحمد عبده الجديدة.", ("محمد",)),  # no list after it: left to other readers
        ("لو تم العمل عليه بحسن تصرف وعزيمة جادة لأمكن", ("حسن", "عزيمة")),  # a verbal noun after the given name
        ("فقد كبرت الطفلة وتغيرت مفاهيم الحياة لديها", ("برت", "طفلة")),  # a verb opens the next item
        ("من عدة لجان احتراف ومسابقات وانضباط وتحكيم!", ("جان", "مسابقات")),  # a plural opens the next item
        ("وديوان «سامبا» لنزار قباني ولعلي الزيبق، وكتاب", ("نزار", "علي")),  # the next item on a preposition
    ],
)
def test_no_person_list_from_a_preposition_before_a_phrase_or_without_a_list(text, words):
    assert not any(w in s for s, _ in pairs(text) for w in words)


@pytest.mark.parametrize(
    "text, name",
    [
        ("تنظم عدة مؤسسات محلية أمسية للفنان الفلسطيني هثيم خلايلة الذي اشتهر بعد مشاركته", "هثيم خلايلة"),
        ("برنامج السهرة: سهرة مع البيانو للفنانة إيمان شاكر.", "إيمان شاكر"),  # the title written on «ل»
        ("وهذا ما تؤكده الحفريات. يقول البروفيسور راسموس نيلسون من جامعة كاليفورنيا", "راسموس نيلسون"),
        ("المسابقات والألعاب الترفيهية مع الكابتن عاصم المرواني بحضور الأطفال", "عاصم المرواني"),
        ("هزت مشاعر كثير من اليمنيين قضية الشهيد عبدالرقيب القرشي، حيث", "عبدالرقيب القرشي"),  # trade nouns added
        ("ثم قصيدة للشاعر قالح نقا الغنامي، بعدها تفاعل الجميع", "قالح نقا الغنامي"),  # a family nisba as third word
        ("يقول العميد متقاعد سعد العسيري، الذي كان من المشاركين", "سعد العسيري"),  # a retired officer's qualifier
    ],
)
def test_a_person_after_a_title_on_lam_a_trade_noun_or_with_a_family_nisba(text, name):
    assert name in persons(text)


@pytest.mark.parametrize(
    "text, words",
    [
        ("وقدم المدرب الشكر للفريق على جهوده في المباراة", ("جهوده",)),  # للفريق: "for the team"
        ("قرب مقر للواء شهداء اليرموك المبايع لتنظيم داعش", ("شهداء",)),  # للواء: "for the brigade"
        ("أغان لفنانين؛ (أهل بغداد) لماجد المهندس كلمات ضياء المنيالي وألحان علي صابر", ("كلمات",)),  # a family name
        ("وتمنى سموه خلال اللقاء للعميد العتيبي التوفيق والنجاح في مهامه", ("التوفيق",)),  # a name with the article
        ("والتي شهدت تواجد الظهير الأيسر الاتفاقي المنتقل حديثاً أحمد عكاش", ("أيسر",)),
    ],
)
def test_no_person_from_a_unit_noun_a_family_name_or_a_definite_word_after_a_title(text, words):
    assert not any(w in s for s in persons(text) for w in words)


def test_a_title_after_a_given_name_and_a_conjunction_still_opens_a_name():
    assert "عيدروس العيدروس" in persons("الفنان عمر الجاسر والفنان أنس خالد والفنان عيدروس العيدروس والفنان عبد العزيز")


_SMS_FOOTER = ("للتواصل مع الكاتب ارسل رسالة SMS\nتبدأ بالرمز (6) ثم مسافة ثم نص الرسالة إلى\n"
               "88591 - Stc\n635031 - Mobily\n737221 - Zain")


@pytest.mark.parametrize("text, pair", [
    (_SMS_FOOTER, ("Stc", "saudi_telecom_company")),
    (_SMS_FOOTER, ("Mobily", "mobily")),
    (_SMS_FOOTER, ("Zain", "zain_saudi_arabia")),
    (_SMS_FOOTER.replace("\n", " "), ("Stc", "saudi_telecom_company")),
    (_SMS_FOOTER.replace("\n", " "), ("Mobily", "mobily")),
    ("وأعلنت شركة الاتصالات السعودية STC عن باقات جديدة", ("STC", "saudi_telecom_company")),
])
def test_a_telecom_operator_in_latin_script_is_the_company(text, pair):
    # The columns' text-message footer names the three operators in Latin script only.
    assert pair in pairs(text)


def test_the_footer_s_arabic_neighbours_stay_no_company():
    # «زين» ("good") and «الاتصالات» ("communications") stay words outside a company's name.
    assert not {"zain_saudi_arabia", "saudi_telecom_company"} & {a for _, a in pairs(
        "وقال إن الأداء كان زين، وإن قطاع الاتصالات ينمو " + "للتواصل مع الكاتب ارسل رسالة SMS")}


@pytest.mark.parametrize("text, name", [
    ("برئاسة الدكتور ماهر بن سعد الجديد عضو مجلس الإدارة", "ماهر بن سعد الجديد"),
    ("ونوه المهندس محمد بن عبدالرحمن المخرج، أمين الطائف", "محمد بن عبدالرحمن المخرج"),
    ("قدمها الدكتور عبدالرحمن بن صالح عبدالرحمن الخميس أستاذ الإعلام", "عبدالرحمن بن صالح عبدالرحمن الخميس"),
    ("بحضور المهندس عماد بن عودة العودة الرئيس التنفيذي", "عماد بن عودة العودة"),
    ("وأوضح المهندس عمر بن عبد العزيز المبارك أن", "عمر بن عبد العزيز المبارك"),
])
def test_a_common_word_after_a_patronym_s_name_is_its_family_name(text, name):
    # After «بن» and a given name a man is named by his family, also when the family name is a common word.
    assert pattern_names(text) == [name]


@pytest.mark.parametrize("text, name", [
    ("وجدد عباس التأكيد على موقفه", None),  # no patronym: the verb's definite object
    ("قال عادل بن أحمد الذي وصل أمس", "عادل بن أحمد"),  # a relative pronoun
    ("دشن محمد بن سعيد اليوم الخميس المشروع", "محمد بن سعيد"),  # a noun of time
    ("استقبل محمد بن نايف السفير الأمريكي", "محمد بن نايف"),  # an office in apposition
    ("وقال محمد بن حمد المدير العام للمؤسسة", "محمد بن حمد"),  # a word a definite adjective qualifies
    ("طلاب جامعة الإمام محمد بن سعود الإسلامية", "محمد بن سعود"),  # a feminine adjective
    ("افتتح مطار الأمير محمد بن عبدالعزيز الدولي", "محمد بن عبدالعزيز"),  # a facility named after him
    ("وصل محمد عبدالله الجديد", "محمد عبدالله"),  # no patronym
])
def test_a_common_word_after_a_patronym_s_name_stays_out_where_it_is_no_family_name(text, name):
    assert pattern_names(text) == ([name] if name else [])


def _lone_links(text: str) -> list[str]:
    """The later single words linked to a fuller name of the text (``via`` partial), in order."""
    return [r["surface"] for r in entities_for(Document("a", text)) if r["via"] == "partial"]


_FULL_MUBARAK = "قال المهندس عمر بن عبدالعزيز المبارك إن العمل مستمر. "
_FULL_FAYEZ = "كتب عبدالعزيز بن إبراهيم الفايز مقالا. "


@pytest.mark.parametrize("text", [
    _FULL_MUBARAK + "وتستمر الجولات خلال إجازة عيد الفطر المبارك في الأسواق.",  # an adjective after a definite noun
    _FULL_FAYEZ + "وكتب عبدالوهاب الفايز رئيس تحرير الصحيفة.",  # another man's given name before it
    _FULL_MUBARAK + "وزار الوفد الشيخ المبارك الدكتور خالد.",  # a title before another title
    "قال المفتي عبدالعزيز آل الشيخ إن اللقاء مهم. وحضر المستشار الشيخ فهد العواد.",  # a title before a name
    "قال الملك عبدالله الثاني إن اللقاء مهم. وعقد اللقاء في كانون الثاني الماضي.",  # an ordinal
])
def test_a_lone_family_name_that_is_a_common_word_is_no_link_where_it_stands_as_the_word(text):
    # «المبارك» of «عيد الفطر المبارك» is the feast's adjective, not the engineer named before.
    assert _lone_links(text) == []


@pytest.mark.parametrize("text, linked", [
    (_FULL_MUBARAK + "وأكد المبارك أن الجولات تشمل الأسواق.", ["مبارك"]),  # a verb's subject
    (_FULL_MUBARAK + "وأضاف المهندس المبارك أن الجولات تشمل الأسواق.", ["مبارك"]),  # after a title
    (_FULL_MUBARAK + "وذكر \"المبارك\" أن الجولات تشمل الأسواق.", ["مبارك"]),  # after a quote mark
    (_FULL_MUBARAK + "وقال عمر المبارك إن الجولات تشمل الأسواق.", ["عمر", "مبارك"]),  # after his own given name
    (_FULL_FAYEZ + "وأكد الفايز أن المقال واضح.", ["فايز"]),  # a family name that is no common word
])
def test_a_lone_family_name_that_is_a_common_word_stays_linked_where_it_stands_as_a_name(text, linked):
    assert _lone_links(text) == linked


@pytest.mark.parametrize(
    "text, name",
    [
        ("وهو من بطولة ناصر القصبي مع الكاتب خلف الحربي والمخرج أوس الشرقي.", "خلف الحربي"),
        ("أعلن النادي اعتماد الأستاذ مساعد الزويهري رئيساً للنادي.", "مساعد الزويهري"),  # مساعد: "assistant"
        ("وفي جعبة الكاتبة حصة العجمي رواية جديدة.", "حصة العجمي"),  # حصة: "share"
    ],
)
def test_a_common_word_after_a_title_of_trade_is_a_given_name_before_a_family_nisba(text, name):
    assert name in {s for s, _ in pairs(text)}


@pytest.mark.parametrize(
    "text, words",
    [
        ("وقال اللاعب مع النادي في بيان", ("مع", "نادي")),  # a preposition and a noun in ـي
        ("وأكدت مصادر مقربة من اللاعب بأن القرني يدرس عرضا", ("بأن",)),  # a conjunction on ب
        ("بعد أن أنهى اللاعب برنامجه التأهيلي خلال الأيام", ("برنامجه",)),  # a pronoun suffix
        ("وقال الكاتب خلف الباب المغلق", ("خلف",)),  # no nisba after the word
    ],
)
def test_no_given_name_from_a_common_word_after_a_title_without_a_family_nisba(text, words):
    assert not any(w in s for s, _ in pairs(text) for w in words)


@pytest.mark.parametrize("text, state", [
    ("وقال إن الاتفاق النووي الإيراني لن يغير شيئا", "iran"),
    ("وتحدث عن البرنامج النووي الإيراني أمس", "iran"),
    ("وبحث الوزيران الملف النووي الإيراني", "iran"),
    ("وأكد أن الاتفاق السياسي الليبي خطوة كبيرة", "libya"),
])
def test_a_states_adjective_after_a_programme_and_a_relational_adjective_is_the_state(text, state):
    # the gold rules read «الاتفاق النووي الإيراني» as Iran: the reading steps over «النووي» to the programme
    assert state in [a for _, a in pairs(text)]


@pytest.mark.parametrize("text", [
    "وبث البرنامج الفارسي الإيراني حلقة جديدة",  # a language's adjective between
    "وقال إن الاتفاق الإيراني لن يغير شيئا",  # no relational adjective: «الاتفاق» is as often the club
    "وشارك الاتفاق والقادسية السعوديين في المعسكر",  # a list of clubs
    "وقال الطالب الجامعي السعودي إنه نجح",  # a relational adjective after no programme
])
def test_no_state_through_a_relational_adjective_elsewhere(text):
    assert not [a for _, a in pairs(text) if a in ("iran", "saudi_arabia")]


@pytest.mark.parametrize("text, city", [
    ("غرق مركب في النيل بشمال القاهرة أمس", "cairo"),
    ("وانفجرت سيارة مفخخة في حي البياع جنوب غربي بغداد", "baghdad"),
    ("وقعت اشتباكات شرقي دمشق", "damascus"),
])
def test_a_capital_after_a_compass_word_is_the_city(text, city):
    # a part of the city is a place, not the government
    assert city in [a for _, a in pairs(text)]


@pytest.mark.parametrize("text, state", [
    ("إن التنازلات التي قدمها الغرب لطهران كبيرة", "iran"),  # «the West», with the article
    ("وقالت القاهرة إنها ترفض القرار", "egypt"),
])
def test_a_capital_after_the_west_or_no_compass_word_stays_the_state(text, state):
    assert state in [a for _, a in pairs(text)]


@pytest.mark.parametrize("text, name", [
    ("عن قيام رجل الأعمال السعودي عارف الثبيتي بإعفاء العسكريين", "عارف الثبيتي"),
    ("استجواب أحد المتهمين وهو رجل الأعمال لارون دافيدسون، الرئيس السابق للشركة", "لارون دافيدسون"),
    ("نكرر شكرنا لرجل الأعمال عارف الثبيتي على مبادرته", "عارف الثبيتي"),
    ("ومن المشاهير الممثل بن أفليك ورائد الفضاء باز ألدرين والتاجر وارين بافيت", "باز ألدرين"),
])
def test_a_title_of_two_words_with_its_complement_starts_a_persons_name(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text", [
    "وأكد رجل الأعمال السعودي أن السوق تتعافى",
    "واجتمع رجال الأعمال السعوديون عارف الثبيتي في جدة",
    "وقال رجل الأمن عارف الثبيتي إن",
    "وقال رائد عارف الثبيتي إن",
])
def test_no_person_after_a_two_word_title_without_a_name_or_its_complement(text):
    assert "عارف الثبيتي" not in persons(text) and not any("الأعمال" in p or "السعودي" in p for p in persons(text))


@pytest.mark.parametrize("text, name", [
    ("وقالت وزيرة الثقافة في مالي راماتولاي ديالو لـ«رويترز» إن", "راماتولاي ديالو"),
    ("وقال رئيس بعثة اللجنة الدولية للصليب الأحمر في اليمن أنطوان غراند إن", "أنطوان غراند"),
    ("بدورها أوضحت وزيرة التنمية الاقتصادية في إيطاليا فيدريكا جودي أنه", "فيدريكا جودي"),
    ("أما المتحدث باسم المقاومة في شبوة، مبارك باراس، فقد أكد", "مبارك باراس"),
])
def test_an_office_with_its_seat_in_a_catalogue_place_starts_a_persons_name(text, name):
    assert name in persons(text)


@pytest.mark.parametrize("text", [
    "وقال سفير المملكة لدى اليمن أن الوضع مستقر",
    "وقال وزير الخارجية في اليمن 2015 إن",
    "وقال وزير الخارجية في اليمن أمس إن",
    "وقال مدير المكتب في الاجتماع راماتولاي ديالو إن",
    "أعلن زعيم الطائفة السنية في إيران مولوي عبدالحميد أن",
])
def test_no_person_after_an_office_seat_without_a_name(text):
    assert not any(p.startswith(("أن", "أمس", "2015", "مولوي")) for p in persons(text))
    assert "راماتولاي ديالو" not in persons(text)


@pytest.mark.parametrize(
    "text, names",
    [
        ("وقد سجل الأهداف محمد أمان الدقيقه 4 ومهند عسيري الدقيقه 36 وإسلام سراج الدقيقه 68وعمر السومه الدقيقه 71 "
         "و كامل الموسى الدقيقه 75 وتيسير الجاسم في الدقيقه 79 وفي الدقيقة 90 أضاف اللاعب الهدف السابع.",
         ["إسلام سراج", "عمر السومه", "كامل الموسى", "تيسير الجاسم"]),
        ("في المباراة الأولى، سجل دارين ماتوكس في الدقيقة 31 وجيل بارنز في الدقيقة 36 لجامايكا.", ["جيل بارنز"]),
        ("سجل للنصر محمد السهلاوي في الدقيقة 14، وفابيان عند الدقيقة 72 وسجل للتعاون نايف موسى.", ["فابيان"]),
    ],
)
def test_a_scorer_between_two_goal_minutes_is_a_person(text, names):
    found = [s for s, _ in pairs(text)]
    assert all(name in found for name in names)


@pytest.mark.parametrize(
    "text",
    [
        "سجل محمد السهلاوي في الدقيقة 14 والثاني في الدقيقة 50 لفريقه",  # a common word, no scorer
        "سجل الأوروجوياني جودين في الدقيقة 87 والإيطالي تشيرشي في الدقيقة 92",  # a clitic ends the reading
        "سجل محمد السهلاوي في الدقيقة 14 وبعدها في الدقيقة 20 أضاف الثاني",  # a pronoun suffix
        "سجل محمد السهلاوي في الدقيقة 14 وأضاف محمد رضا الهدف الثاني الدقيقة 76",  # three words
        "ارتفع المؤشر في الدقيقة 14 وتراجع الدقيقة 20",  # a verb's imperfect start: one word, a minute after
    ],
)
def test_no_scorer_from_words_between_goal_minutes(text):
    assert not any(s.startswith(("الثاني", "تشيرشي", "بعدها", "أضاف", "تراجع")) for s, _ in pairs(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("ويقول باول سيليفيان، أستاذ الاقتصاد في جامعة جورج واشنطن، إن الشركات", "باول سيليفيان"),
        ("وأكد مهاب مميش، رئيس هيئة قناة السويس، أن حفل الافتتاح", "مهاب مميش"),
        ("يقول رود ساتون، إخصائي الإعسار في الشركة، إن", "رود ساتون"),
    ],
)
def test_two_bare_words_after_a_verb_of_saying_and_before_a_comma_name_the_speaker(text, name):
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        ("وقال مصدر مسؤول، إن الاجتماع", "مصدر"),  # common words
        ("وقال دبلوماسيون غربيون، إن الاتفاق", "دبلوماسيون"),  # a plural of a relational noun
        ("هكذا كان زائر جارهم يقول لابن ناصر، الذي يحتفي", "لابن"),  # a name on a preposition
        ("وقال فهد وعلي، إن الأمر", "وعلي"),  # a second name joined by «و»
    ],
)
def test_no_speaker_from_common_words_a_plural_or_a_preposition_before_a_comma(text, word):
    assert not any(word in s for s, _ in pairs(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("وقال دومينيكو سكالا الرئيس المستقل للجنة المراجعة إن", "دومينيكو سكالا"),  # a title with ال
        ("من جانبها قالت سهام سريحي عضو تحرير في المجلة", "سهام سريحي"),  # a title without ال
        ("وقال زيجمار جابريل وزير الاقتصاد إن", "زيجمار جابريل"),
        ("اكد مهاب مميش رئيس الهيئة أن", "مهاب مميش"),  # the verb without its hamza
        ("وقال باول سيليفيان الذي يعمل في الجامعة إن", "باول سيليفيان"),  # a relative clause
        ("يرى ميلتون ازراتي، وهو خبير اقتصادي، أن", "ميلتون ازراتي"),  # «يرى» before a comma
        ("واعتبر حسن ديوما ندياي، المحامي عن المدعين، أن", "حسن ديوما ندياي"),
    ],
)
def test_two_bare_words_after_a_verb_of_saying_and_before_a_title_or_relative_name_the_speaker(text, name):
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize(
    "text",
    [
        "وقال مصدر مسؤول رفيع إن الاجتماع",  # common words before an adjective
        "وقال بيان الوزارة الذي صدر أمس",  # a statement, not a speaker, before «الذي»
        "ويرى مراقبون سياسيون أن الاتفاق",  # a plural after «يرى»
        "واعتبر وزير الخارجية أن",  # a title after the verb
    ],
)
def test_no_speaker_from_common_words_or_a_plural_before_a_title_or_relative(text):
    assert not any(r["type"] == "PER" for r in ents(text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("وشارك في الحفل سعاد عبدالله وعبدالحسين عبدالرضا وغيرهما", "عبدالحسين عبدالرضا"),
        ("شارك في بطولة الفيلم جيسون كلارك وإيمليا كلارك وأخرجه ألان تيلور", "إيمليا كلارك"),
        ("مع غياب فرانز بيكنباور وبوبي تشارلتون وبيليه عن الاجتماع", "بوبي تشارلتون"),
    ],
)
def test_a_bare_pair_joined_by_wa_to_a_found_bare_pair_is_a_person(text, name):
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        ("ويزيد في رصيده حسن تعامله وشهامته وتفانيه وحبه الشديد", "شهامته"),  # nouns with a pronoun
        ("ومازال أبو حسن واقفاً يرحب ويصر عليهم", "يرحب"),  # an adverb and a verb
        ("أن عائلة الملا عمر تعلنان وفاة مؤسس وزعيم طالبان", "مؤسس"),  # a word that starts with و of its own
        ("خمسة أخوة، هم : صالح ورياض وفريد وعبدالوهاب وعبدالله وأخت", "فريد وعبدالوهاب"),  # «و» + a given name second
    ],
)
def test_no_person_from_nouns_or_two_given_names_joined_to_a_found_bare_pair(text, word):
    assert not any(word in s for s, _ in pairs(text))


@pytest.mark.parametrize("text, mosul", [
    ("والشكر موصول لكل من ساهم في إنجاح المؤتمر", False),
    ("والعزاء موصول لأسرة الفقيد", False),
    ("وسيطر التنظيم على مدينة الموصل العام الماضي", True),
])
def test_the_adjective_mawsul_of_thanks_extended_is_no_mosul(text, mosul):
    assert ("mosul" in {r["actor_id"] for r in ents(text)}) is mosul


@pytest.mark.parametrize("text, name", [
    ("استقبل الدكتور عبدالله بن عبدالعزيز الربيعة المستشار بالديوان الملكي وفدا", "عبدالله بن عبدالعزيز الربيعة"),
    ("وقال د. عبدالله بن عبدالعزيز الربيعة إن المركز", "عبدالله بن عبدالعزيز الربيعة"),
    ("ويرى الدكتور محمد بن ناصر الخزيم أن", "محمد بن ناصر الخزيم"),
])
def test_a_catalogue_chain_name_with_a_family_name_after_it_is_another_man(text, name):
    found = [(r["surface"], r["actor_id"]) for r in ents(text)]
    assert name in [s for s, _ in found]
    assert not {"abdullah_bin_abdulaziz", "mohammed_bin_nasser"} & {a for _, a in found}


@pytest.mark.parametrize("text, actor", [
    ("أكد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود أن", "salman_bin_abdulaziz"),  # the house
    ("وقال عبدالله بن عبدالعزيز الرئيس", "abdullah_bin_abdulaziz"),  # a title after the name
    ("أعلن الملك عبدالله بن عبدالعزيز الحرب", "abdullah_bin_abdulaziz"),  # a king's name before a noun
    ("سمات أبناء الملك الراحل عبدالله بن عبدالعزيز العتيق جدة", "abdullah_bin_abdulaziz"),  # a title, an adjective
    ("وأبدى الأمير محمد بن سلمان الشكر لهما", "mohammed_bin_salman"),  # a prince's name before a noun
    ("رحب عبدالله بن عبدالعزيز السعودية بالوفد", "abdullah_bin_abdulaziz"),  # a catalogue word after the name
    ("أحسن الشيخ خالد بن أحمد الخليفة حين قال", "khalid_bin_ahmed_al_khalifa"),  # his own house with the article
    ("أسس الشيخ زايد بن سلطان الدولة", "zayed_bin_sultan"),  # a sheikh's name before a noun
    ("كشف الأمير عبدالله بن مساعد بن عبدالعزيز الرئيس العام", "abdullah_bin_musaed"),  # the grandfather
])
def test_a_catalogue_chain_name_stays_before_its_house_a_title_a_noun_or_a_catalogue_word(text, actor):
    assert actor in {r["actor_id"] for r in ents(text)}


# A foreign story's bare «الديوان الملكي» stays the Saudi court in a sentence whose Saudi person the
# catalogue gives by a fuller name (read only once the names outside the catalogue are linked).
@pytest.mark.parametrize("text", [
    "وصلت طائرة إلى عدن في اليمن. وبين الصباغ أن الدكتور عبدالله بن عبدالعزيز الربيعة المستشار في الديوان"
    " الملكي المشرف العام على المركز، كان قد أطلق نداء.",
    "وصلت طائرة إلى عدن في اليمن. وبين الصباغ أن الدكتور عبد الله بن عبد العزيز الربيعة المستشار في الديوان"
    " الملكي كان قد أطلق نداء.",
])
def test_a_bare_court_beside_a_saudi_person_given_by_a_fuller_name_stays_saudi(text):
    found = {r["surface"]: r["actor_id"] for r in ents(text)}
    assert found["ديوان الملكي"] == "royal_court"


def test_a_bare_court_in_a_yemeni_story_without_a_saudi_person_is_yemens():
    found = {r["surface"]: r["actor_id"] for r in ents("وصلت طائرة إلى عدن في اليمن. وقال مصدر في الديوان الملكي إن الطائرة وصلت.")}
    assert found["ديوان الملكي"] == "ar:ديوان_الملكي_اليمنيه"


@pytest.mark.parametrize("text", [
    "وبإشراف ومتابعة مباشرة من الدكتور عبد الله بن عبد العزيز الربيعة.",
    "وبين أن الدكتور عبد الله بن عبد العزيز الربيعة، كان قد أطلق نداء",
])
def test_a_catalogue_person_given_in_full_with_a_spaced_abd_compound_takes_its_id(text):
    assert "abdullah_al_rabeeah" in {r["actor_id"] for r in ents(text)}


def test_a_full_name_with_a_spaced_abd_compound_and_another_family_is_no_catalogue_person():
    assert "abdullah_al_rabeeah" not in {r["actor_id"] for r in ents("وقال الدكتور عبد الله بن عبد العزيز الحربي إن")}


@pytest.mark.parametrize("text, pair", [
    ("وصول قوات إسبانية وكورية جنوبية وباكستانية إلى السعودية", ("كورية جنوبية", "south_korea")),
    ("وصول قوات إسبانية وكورية جنوبية وباكستانية إلى السعودية", ("باكستانية", "pakistan")),
    ("وقصفت القوات العراقية والسورية والتركية مواقع التنظيم", ("تركية", "turkey")),
    ("أعلنت الشرطة الكورية الجنوبية أنها اعتقلت رجلا", ("كورية الجنوبية", "south_korea")),
    ("توقفت المباحثات بشأن البرنامج النووي الكوري الشمالي", ("كوري الشمالي", "north_korea")),
])
def test_a_list_of_adjectives_after_a_head_names_every_state(text, pair):
    """A head governs every adjective of the list joined by «و», a two-word adjective among them."""
    assert pair in public_pairs(text)


@pytest.mark.parametrize("text, actor_id", [
    ("يعكف مسؤولون أميركيون وأتراك على وضع خطة", "turkey"),
    ("أمام الرئيس الأمريكي والروسي عام 1988", "russia"),
    ("اعتقال كوري جنوبي هدد بقتل السفير", "south_korea"),
])
def test_adjectives_after_persons_or_in_a_title_stay_no_state(text, actor_id):
    """Officials and titles describe persons («مسؤولين حوثيين»), and so does a bare adjective standing for a man."""
    assert [p for p in public_pairs(text) if p[1] == actor_id] == []


@pytest.mark.parametrize("text, pair", [
    ("قال روحاني إن الاتفاق النووي مع القوى الكبرى سيخلق مناخا جديدا", ("قوى الكبرى", "p5_plus_1")),
    ("الاتفاق الإيراني مع الدول الست حول برنامج إيران النووي", ("دول الست", "p5_plus_1")),
    ("لو حنثت إيران بالاتفاق بينها وبين دول الغرب الستة", ("دول الغرب الستة", "p5_plus_1")),
    ("سقوط قتلى في صفوف عناصر الميليشيا الحوثية في كمين", ("ميليشيا الحوثية", "houthis")),
    ("قيادي في المليشيا الحوثية في إب", ("مليشيا الحوثية", "houthis")),
])
def test_other_names_of_the_six_powers_and_the_houthi_militia(text, pair):
    """The P5+1 under the six states or the great powers of Iran's news; the Houthis under a force's adjective."""
    assert pair in public_pairs(text)


@pytest.mark.parametrize("text, actor_id", [
    ("ستتعامل القوى الكبرى مع ملف المناخ في باريس", "p5_plus_1"),  # no Iran in the article: the powers at large
    ("تقدمت القوى الأمنية نحو الغرب", "p5_plus_1"),                 # «القوى» as forces, «الغرب» as a direction
    ("اجتمعت القيادات الحوثية في صنعاء", "houthis"),               # leaders: the adjective describes persons
])
def test_great_powers_outside_irans_news_and_houthi_leaders_stay_unlinked(text, actor_id):
    assert [p for p in public_pairs(text) if p[1] == actor_id] == []


@pytest.mark.parametrize("text, pair", [
    ("على وجه التحديد في المشهدين اليمني والسوري", ("سوري", "syria")),
    ("الأكاذيب حول توتر العلاقات بسبب الملف السوري", ("سوري", "syria")),
    ("وأكد أن الملف اليمني في حالة بحث لدول الخليج", ("يمني", "yemen")),
])
def test_a_states_file_or_scene_is_the_state(text, pair):
    """«الملف السوري» is the state by the development decisions, and so is the scene («المشهد»), in the dual too."""
    assert pair in public_pairs(text)


def test_a_file_through_a_relational_adjective_stays_a_programme():
    """«الملف النووي الإيراني» is still read through its relational adjective, «الملف السياسي» alone names no state."""
    assert ("إيراني", "iran") in public_pairs("وناقشا الملف النووي الإيراني")
    assert [p for p in public_pairs("وناقشا الملف السياسي في الاجتماع") if p[1] is not None] == []


@pytest.mark.parametrize("text, name", [
    ("تحدث عن رحيل الحارس إيكر كاسياس عن صفوف ريال مدريد", "إيكر كاسياس"),
    ("قتل مايكل براون برصاص الشرطي دارن ولسن في 9 آب", "دارن ولسن"),
    ("بمحطة الفضاء الدولية قائد المركبة أوليج كونونينكو من وكالة الفضاء الروسية", "أوليج كونونينكو"),
])
def test_a_family_name_after_a_title_that_opens_with_a_proclitic_letter_stays_in_the_name(text, name):
    """A bare family name whose first letter could be «و/ب/ك/ل/ف» but whose other letters are no word is a name word."""
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text, absent", [
    ("وقال الحارس إيكر وكان قد غادر", "إيكر وكان"),            # «كان»: a proclitic on a word
    ("وقال اللاعب ماركو بمدريد إن الفريق جاهز", "ماركو بمدريد"),  # «مدريد»: a place after «ب»
    ("الغذاء المقدم لسكان وزوار محافظة جدة", "لسكان وزوار"),    # a name that itself opens with «ل» is read strictly
])
def test_a_proclitic_on_a_word_a_place_or_after_a_proclitic_name_still_ends_the_name(text, absent):
    assert absent not in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text, name", [
    ("وقال المدرب الإسباني خوان كارلوس غاريدو إن الفريق جاهز", "خوان كارلوس غاريدو"),
    ("وقال المدرب الألماني يواكيم لوف إن الفريق جاهز", "يواكيم لوف"),
    ("والتقى السفير البريطاني سايمون كوليس وزير الخارجية", "سايمون كوليس"),  # كوليس: no ك + و + ليس
    ("وقال فيتالي تشوركين إن بلاده ترفض القرار", "فيتالي تشوركين"),
    ("وقالت ناتاليا فوديانوفا إنها سعيدة بالجائزة", "ناتاليا فوديانوفا"),
])
def test_a_foreign_given_name_starts_a_name_after_a_title_or_a_verb(text, name):
    """Foreign given names in their Arabic news spellings start a name like Arab ones."""
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text, absent", [
    ("وكانت لولا الله لما نجحنا", "لولا الله"),                 # «لولا»: "if not"
    ("ظهرت عليه أعراض مرضية ونقل إلى المستشفى", "مرضية ونقل"),  # «مرضية»: "sick"
    ("وسأل واين دور التوعية في هذا", "واين دور"),               # «واين»: "and where"
    ("قال بنك مورجان ستانلي إن الأسواق هبطت", "ستانلي"),        # a bank's name
    ("وقال محمد سالم لوزارة الداخلية إن", "محمد سالم لوزارة"),  # ل + a common word still ends the name
])
def test_ordinary_words_left_out_of_the_foreign_given_names_start_no_name(text, absent):
    assert absent not in [s for s, _ in pairs(text)]


def test_the_foreign_given_names_leave_out_ordinary_words_clubs_and_places():
    from workbench.extract.entities.names import given_names
    left_out = "لولا مرضيه واين مسرور مولود ستانلي تشيلسي اوسكار صوفيا فيكتوريا كولن لورا دونا"
    assert given_names().isdisjoint(fold(w) for w in left_out.split())


# Round 140: a catalogue person's family name after another listed given name is another man.
@pytest.mark.parametrize("text, name, linked", [
    ("وقال زاهر العبادي إن المدينة تعاني", "زاهر العبادي", False),
    ("وقال حيدر العبادي إن الحكومة", "حيدر العبادي", True),  # his own given name
    ("وأكد العبادي أن", "عبادي", True),  # the family name alone
])
def test_a_catalogue_family_name_after_another_given_name_is_another_man(text, name, linked):
    found = dict(pairs(text))
    assert name in found
    assert (found[name] == "haider_al_abadi") is linked


# A street's or a square's head noun before a body's catalogue name names the place, head kept.
@pytest.mark.parametrize("text, place", [
    ("تجمع المحتجون عند دوار مجلس التعاون في المنامة", "دوار مجلس التعاون"),
    ("وتجمعوا بميدان الأمم المتحدة أمس", "ميدان الأمم المتحدة"),
])
def test_a_body_after_a_street_head_names_the_street(text, place):
    found = {r["surface"]: (r["type"], r["actor_id"]) for r in ents(text)}
    assert found[place][0] == "LOC"
    assert not {"gulf_cooperation_council", "united_nations"} & {a for _, a in found.values()}


def test_a_body_after_by_way_of_stays_the_body():
    assert ("أمم المتحدة", "united_nations") in pairs("وصلت المساعدات عن طريق الأمم المتحدة")


# A definite participle after a foreign surname describes the man, not his name.
@pytest.mark.parametrize("text, name", [
    ("وقال باستيان شفاينشتايجر المنضم حديثا إلى مانشستر يونايتد إنه سعيد", "باستيان شفاينشتايجر"),
    ("وقال بيوتر فدفنسكي المختص في الشؤون الروسية إن", "بيوتر فدفنسكي"),
])
def test_a_participle_after_a_foreign_surname_ends_the_name(text, name):
    assert name in [r["surface"] for r in ents(text) if r["type"] == "PER"]


@pytest.mark.parametrize("text, name", [
    ("وقال جون سميث المطيري إن", "جون سميث المطيري"),  # a nisba
    ("وقال محمد العلي المختص إن", "محمد العلي"),  # a family name, then the participle
])
def test_a_participle_guard_keeps_nisbas(text, name):
    assert name in [r["surface"] for r in ents(text) if r["type"] == "PER"]


# A governorate named by a listed town after «محافظة».
@pytest.mark.parametrize("text, town", [
    ("ووصل الوفد إلى محافظة رنية صباح اليوم", "رنية"),
    ("وأعلن مدير التعليم بمحافظة النماص أن", "نماص"),
])
def test_a_listed_town_after_governorate_is_the_governorate(text, town):
    assert (town, "GPE") in [(r["surface"], r["type"]) for r in ents(text)]


def test_a_catalogue_family_name_after_and_is_the_next_name_of_a_list():
    assert ("جبير", "adel_al_jubeir") in pairs("محمد بن زايد والجبير بحثا دعم مسيرة العمل الخليجي")


# After a title of rank or trade a man is named by his family, also by a definite common word (round 143).
@pytest.mark.parametrize("text, name", [
    ("أعلن أمين منطقة عسير المهندس صالح القاضي ترسية مشروع المقر", "صالح القاضي"),
    ("وقال الدكتور عادل السن، مستشار المنظمة للقانون", "عادل السن"),
    ("وأكد اللواء فيصل السنين عن زيادة في الإجراءات الأمنية", "فيصل السنين"),
])
def test_a_definite_common_word_after_a_title_and_a_given_name_is_the_family_name(text, name):
    assert name in [r["surface"] for r in ents(text) if r["type"] == "PER"]


@pytest.mark.parametrize("text, cut", [
    ("ويقام نصف ماراثون الشيخ زايد الدولي في أبوظبي", "زايد الدولي"),  # an honorific names by given name
    ("وقال الدكتور محمد اليوم إن المشروع جاهز", "محمد اليوم"),  # a noun of time
    ("وقال الدكتور محمد الذي حضر الحفل إن", "محمد الذي"),  # a relative pronoun
    ("وقال المهندس خالد الأمين العام للهيئة إن", "خالد الأمين"),  # a word a definite adjective qualifies
    ("وقال اللاعب أحمد عاد الفريق إلى", "أحمد عاد"),  # a verb without the article
])
def test_a_title_and_a_given_name_keep_ordinary_words_out_of_the_name(text, cut):
    assert cut not in [r["surface"] for r in ents(text) if r["type"] == "PER"]


@pytest.mark.parametrize("text, name, actor", [
    ("التقى الرئيس عبد ربه منصور هادي وفدا", "عبد ربه منصور هادي", "abd_rabbuh_mansur_hadi"),
    ("رحب الدكتور نبيل العربي الأمين العام لجامعة الدول العربية", "نبيل العربي", "nabil_elaraby"),
])
def test_a_title_before_a_catalogue_person_keeps_the_link(text, name, actor):
    assert (name, actor) in pairs(text)


@pytest.mark.parametrize("text, name", [
    ("أثنى أمين منطقة عسير صالح القاضي، على جهود البلديات", "صالح القاضي"),
    ("وقرر النادي تكليف عضو مجلس الإدارة عبدالله العدوان بالذهاب إلى المعسكر", "عبدالله العدوان"),
    ("وقال نائب رئيس لجنة الحكام السابق إبراهيم العمر في حديثه", "إبراهيم العمر"),
])
def test_a_definite_common_word_after_an_office_and_a_given_name_is_the_family_name(text, name):
    assert name in [r["surface"] for r in ents(text) if r["type"] == "PER"]


@pytest.mark.parametrize("text, cut", [
    ("وقال رئيس مجلس الإدارة محمد الذي تولى المنصب إن", "محمد الذي"),  # a relative pronoun
    ("والتقى رئيس مكتبها السياسي خالد اليوم الاثنين وفدا", "خالد اليوم"),  # a noun of time
    ("وقال مدير عام مطار الملك فهد الدولي إن الرحلات", "فهد الدولي"),  # a facility named after a man
    ("وقال رئيس النادي، محمد الأمين العام للاتحاد إن", "محمد الأمين"),  # an office word qualified by an adjective
    ("ووصل الأمير مساعد بن عبدالعزيز الرئيس العام للنادي", "عبدالعزيز الرئيس"),  # an office in apposition
])
def test_an_office_and_a_given_name_keep_ordinary_words_out_of_the_name(text, cut):
    assert cut not in [r["surface"] for r in ents(text) if r["type"] == "PER"]


# A listed town after a compass word or a place noun, and a listed town of two words (round 147).
@pytest.mark.parametrize("text, town", [
    ("قتل شاب غرب جنين أمس.", "جنين"),  # after a compass word
    ("وفي مخيم الدهيشة جنوب بيت لحم أصيب شابان", "بيت لحم"),  # two words after a compass word
    ("قتل شاب في شمال خان يونس.", "خان يونس"),
    ("قتل شاب في بيت لحم أمس.", "بيت لحم"),  # two words after a locative preposition
    ("قتل شاب في مدينة بيت لحم أمس.", "بيت لحم"),  # two words after a place noun
    ("اقتحمت القوات بلدة قباطية فجرا.", "قباطية"),  # a town in ـة after a place noun
])
def test_a_listed_town_after_a_compass_word_or_place_noun_and_a_town_of_two_words_are_places(text, town):
    found = [r for r in ents(text) if r["surface"] == town]
    assert found and found[0]["type"] == "GPE" and found[0]["actor_id"] == outside_id(town)


@pytest.mark.parametrize("text, word", [
    ("وتقع دول الغرب جنين", "جنين"),  # «الغرب» (the West) is no compass word
    ("يشكل خطرا على شمال القارة", "القارة"),  # a compass word before a common word
    ("وتحدث عن خان يونس المدينة", "خان يونس"),  # a two-word town after a word that places nothing
])
def test_a_town_after_other_words_stays_unread(text, word):
    assert word not in {r["surface"] for r in ents(text)}


@pytest.mark.parametrize("text, word", [
    ("وأن يجعل هذه الدنيا زادا إلى دار النعيم، فلا يغتر بمباهجها", "دار النعيم"),  # paradise in a sermon
    ("وانتقل المهاجم ريكي لامبرت إلى وست بروميتش البيون في صفقة", "وست بروميتش"),  # the football club
])
def test_a_town_name_this_news_uses_for_something_else_is_no_town(text, word):
    """«دار النعيم» and «وست بروميتش» are left out of the town list (``build_towns.EXCLUDED``)."""
    assert not [r for r in ents(text) if word in r["surface"] and r["type"] == "GPE"]


def test_a_catalogue_place_after_a_compass_word_keeps_its_id():
    assert ("رياض", "riyadh") in pairs("انفجار في وسط الرياض أمس")
    assert ("رياض", "riyadh") in pairs("انفجار شمال الرياض أمس")


@pytest.mark.parametrize("text, name", [
    ("منذ وصول الرئيس السوفييتي نكيتا خرتشوف إلى السلطة", "نكيتا خرتشوف"),  # ن: a verb's letter
    ("وقال رئيس البوندستاج نوربرت لامرت إن الشبكة ستغلق", "نوربرت لامرت"),
    ("وأوضح المتحدث الرسمي لوزارة العمل تيسير المفرج أنه لا صحة", "تيسير المفرج"),  # ت, after an office
])
def test_a_foreign_first_name_that_starts_like_a_verb_after_a_title_starts_the_name(text, name):
    """A first word after a title that opens with ي/ت/ن/سي but scores foreign starts a name of two words."""
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text, absent", [
    ("الرائد يغلق ملف الأجانب بالتعاقد مع لاعب", "يغلق ملف"),  # a verb after a title that is also a team
    ("وقال إن اللاعب سيغيب المباراة المقبلة", "سيغيب"),         # a future verb and a noun with the article
    ("وقال الرئيس سيكون حاضرا في القمة", "سيكون حاضرا"),
    ("إنسانية نائب الملك تسعف مسنة سورية", "تسعف مسنة"),          # a verb and a common noun after an office
])
def test_a_verb_after_a_title_is_still_no_name(text, absent):
    assert not any(absent in s for s, _ in pairs(text))


def test_a_catalogue_person_after_a_title_keeps_his_id_beside_a_foreign_first_name():
    found = pairs("وقال الرئيس الأمريكي باراك أوباما إن الرئيس السوفييتي نكيتا خرتشوف كان")
    assert ("باراك أوباما", "barack_obama") in found and ("نكيتا خرتشوف", "ar:نكيتا_خرتشوف") in found


def test_a_later_family_name_links_from_the_earliest_full_name_whichever_reader_found_it():
    """The readers' records come unsorted: a full name found last in the list but first in the text still links
    the family names between it and a later full mention."""
    from workbench.extract.entities.lookup import link_partial_names, record
    text = "قالت الفنانة تشيهارو شيوتا إن العمل جديد. واختارت شيوتا المفاتيح. وقالت تشيهارو شيوتا إنها سعيدة"
    doc = Document("a", text)
    def full(start: int) -> dict:
        return record(doc, start, start + 13, "PER", "ar:تشيهارو_شيوتا", None, "تشيهارو شيوتا", "pattern", "pattern", 0.9)
    later, first = full(text.rindex("تشيهارو")), full(text.index("تشيهارو"))
    linked = link_partial_names(doc, [later, first])
    assert [r["start"] for r in linked] == [text.index("شيوتا المفاتيح")]



@pytest.mark.parametrize("word, kind", [
    ("الدكتورة", "title"), ("والمهندسة", "title"), ("للأميرة", "title"),        # a strong title's feminine is strong
    ("المتحدثة", "office"), ("وسفيرة", "office"), ("الناطقة", "office"),       # an office's feminine form
    ("ونائبه", "office"), ("نائبها", "office"), ("مبعوثها", "office"),         # an office with a pronoun
])
def test_feminine_and_suffixed_forms_of_titles_and_offices_are_generated(word, kind):
    """The forms are derived from the title and office lists, not listed by hand."""
    from workbench.extract.entities.heads import _starts
    assert _starts()[fold(word)][0] == kind


@pytest.mark.parametrize("text, name", [
    ("وقالت المتحدثة باسم الخارجية الأميركية، ماري هارف، إن", "ماري هارف"),           # a feminine office
    ("وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة، سامنثا باور، إن", "سامنثا باور"),
    ("والمستشارة الاقتصادية الدكتورة نائلة عطار أن المبادرة", "نائلة عطار"),         # a strong title's feminine
])
def test_a_feminine_title_or_office_before_a_name_names_a_person(text, name):
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("word", ["محافظة", "أمينة", "الرئيسة", "رئيسة", "العقيدة", "المقدمة"])
def test_a_form_in_ta_marbuta_that_is_another_word_is_no_title(word):
    """محافظة is a governorate, أمينة a given name, الرئيسة "main", العقيدة "creed", المقدمة "the front"."""
    from workbench.extract.entities.heads import _starts
    assert _starts().get(fold(word), ("",))[0] not in ("title", "office")


@pytest.mark.parametrize("text, absent", [
    ("وقالت المتحدثة باسم وزارة الخارجية الأمريكية إن الاتفاق", "وزارة"),     # a body after the feminine office
    ("وطالبت محافظة جدة البلدية بالإسراع", "جدة البلدية"),                  # a governorate, no office
    ("قادتها إحدى الشخصيات الرئيسة التي عينت سكرتيرة للوزارة", "عينت"),     # «الرئيسة» is "main"
])
def test_a_feminine_office_before_a_body_reads_no_person(text, absent):
    assert not any(absent in r["surface"] and r["type"] == "PER" for r in ents(text))


def test_a_catalogue_person_after_a_feminine_title_keeps_his_id():
    assert ("باراك أوباما", "barack_obama") in pairs("وقالت المتحدثة إن الرئيس الأمريكي باراك أوباما سيزور")


@pytest.mark.parametrize("text, name", [
    ("ويغيب عن الأهلي كل من مسعد عوض ومحمد هاني ومحمود حسن لسفرهم مع المنتخب.", "مسعد عوض"),
    ("وأقيم الحفل بمشاركة كل من سلامة العبدالله وبشير شنان ومسفر القثامي.", "سلامة العبدالله"),
    ("ضم المنتخب 26 لاعبا وهم عساف القرني، وأحمد الفهمي، وسامي فضه.", "عساف القرني"),   # «، و» between the items
    ("وشارك في السباق كلاً من مسعد عوض وأحمد الفهمي.", "مسعد عوض"),
])
def test_the_first_item_of_a_list_of_persons_after_kull_min_or_wahum_is_a_person(text, name):
    assert (name, "PER") in {(r["surface"], r["type"]) for r in ents(text)}


@pytest.mark.parametrize("text, absent", [
    ("وأدان كل من الولايات المتحدة وفرنسا وبريطانيا الهجوم.", "ولايات المتحدة"),   # a list of states
    ("وفاز كل من الهلال والنصر والأهلي في الجولة.", "هلال"),                        # a list of clubs
    ("وشارك كل من فريق العمل وأحمد الفهمي ومحمد العلي.", "فريق العمل"),             # a common word second
    ("وشارك مضواح عوض ومحمد هاني ومحمود حسن في المباراة.", "مضواح عوض"),           # no «كل من» (an unlisted given name)
])
def test_no_list_opener_from_states_clubs_common_words_or_without_kull_min(text, absent):
    assert not any(r["surface"] == absent and r["type"] == "PER" for r in ents(text))


def test_a_catalogue_person_opening_a_list_after_kull_min_keeps_his_id():
    assert ("باراك أوباما", "barack_obama") in pairs("والتقى كل من باراك أوباما وأحمد الفهمي ومحمد العلي أمس")


# Round 152: common Arab given names the list lacked, from general knowledge, filtered against ordinary words.
@pytest.mark.parametrize("text, name", [
    ("وأوضح رأفت الصباغ المتحدث الرسمي للمركز أن", "رأفت الصباغ"),
    ("وقالت موضي الخلف إن الملحقية تدعم الأندية", "موضي الخلف"),
    ("وأكد بوجمعة الرميلي أن الحزب سيشارك", "بوجمعة الرميلي"),
    ("شكري المبخوت يفوز بجائزة البوكر", "شكري المبخوت"),
    ("وقال مسعد فودة نقيب السينمائيين إن", "مسعد فودة"),
    ("وأشار عابد المطيري إلى أن", "عابد المطيري"),
])
def test_a_common_arab_given_name_starts_a_name_after_a_verb_or_at_a_sentence_start(text, name):
    """Listed given names start a name where the name reader reads one (after a verb, at a sentence start)."""
    assert (name, "PER") in {(r["surface"], r["type"]) for r in ents(text)}


@pytest.mark.parametrize("text, absent", [
    ("وهذا النجاح جاء بعد توفيق الله ثم جهود رجال الأمن", "توفيق الله"),   # «توفيق»: God's grace
    ("وأقول سامح الله من سعوا إلى ذلك", "سامح الله"),                     # «سامح»: "may God forgive"
    ("وذلك من كمال الخلق وحسن التعامل", "كمال الخلق"),                      # «كمال»: "perfection"
    ("بألوان تتباين بين البيج والبني عوض الأحمر المتداخل", "عوض الأحمر"),    # «عوض»: "instead of"
    ("ومنتج منفذ مؤسسة لؤلؤة الفن للإنتاج", "لؤلؤة الفن"),                  # «لؤلؤة»: "pearl", a company
    ("ويقع قصر ابن عقيل تدشن جهاز الخدمة", "عقيل تدشن"),                    # a town
])
def test_a_given_name_that_is_an_ordinary_word_starts_no_name_in_an_ordinary_sentence(text, absent):
    assert not any(absent in r["surface"] and r["type"] == "PER" for r in ents(text))


def test_the_catalogue_hadi_alone_keeps_his_id_before_a_verb():
    """«هادي» is in word_given_names.txt: alone before a verb it stays the catalogue's president."""
    text = "وقال الرئيس هادي إن الحكومة عائدة. صالح كان يتعامل بطريقة غير لائقة، وهادي يتعامل بالطريقة الحديثة"
    assert pairs(text)[-1] == ("هادي", "abd_rabbuh_mansur_hadi")


def test_the_arab_given_names_leave_out_ordinary_words_months_and_places():
    from workbench.extract.entities.names import given_names
    left_out = "يمنى شعبان رجب ساهر سلوى شريف صادق حافظ مطر سليم ثابت توفيق سامح كمال عوض هادي لؤلؤة قيس عقيل"
    assert given_names().isdisjoint(fold(w) for w in left_out.split())


@pytest.mark.parametrize("word", ["العريف", "المنشد", "المنشدة", "والمنشد", "القيادي", "والقيادي", "الخبير", "الخبيرة",
                                  "الموقوف", "الموقوفة"])
def test_role_nouns_of_trade_rank_or_standing_start_a_persons_name(word):
    """Round 154's role nouns and their forms in ـة are start words of a title of trade."""
    from workbench.extract.entities.heads import _starts
    assert _starts()[fold(word)][0] == "role"


@pytest.mark.parametrize("word", ["العريفة", "القيادية", "الحكم", "الطالب", "الحكمة"])
def test_a_role_noun_left_out_or_its_other_word_in_ta_marbuta_is_no_start_word(word):
    from workbench.extract.entities.heads import _starts
    assert fold(word) not in _starts()


@pytest.mark.parametrize("text, name", [
    ("وتفاعل الجمهور مع الشاعر والمنشد راجح الحارثي، الذي قدم عددا من الشيلات", "راجح الحارثي"),
    ("وأكدت مصادر صحفية مصرع القيادي الحوثي أبوعلي عوام في مفرق العند", "أبوعلي عوام"),
    ("ولفت المصدر إلى أن الموقوف مهدي، قام بتجنيد شقيقه", "مهدي"),
    ("وشاركت المنشدة ريم الهاشمي، في الحفل", "ريم الهاشمي"),
])
def test_a_role_noun_before_a_name_names_a_person(text, name):
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text, name", [
    ("بقيادة الموقوف هادي قطيم الشيباني، وحدد لكل خلية دورها", "هادي قطيم الشيباني"),
    ("وأكد مدير الفريق باسم ابو داود أن أوضاع الفريق جيدة", "باسم ابو داود"),
])
def test_a_given_name_that_is_a_word_after_a_title_takes_a_third_word_that_ends_the_name(text, name):
    assert name in [s for s, _ in pairs(text)]


@pytest.mark.parametrize("text", [
    "وقدم المنشد الجميل الذي أحيا الحفل عددا من الأناشيد",        # an adjective, no name
    "وأضاف الموقوف منذ سنتين في السجن أنه",                      # a common word
    "وقال الخبير الاقتصادي لمنطقة الشرق الأوسط إن",                # an adjective and a body
    "وتولى العريف مهمة الحراسة في الموقع",                         # a common word
])
def test_a_role_noun_before_a_common_word_or_a_body_reads_no_person(text):
    assert [r for r in ents(text) if r["type"] == "PER"] == []


def test_a_role_noun_does_not_join_the_body_before_it():
    surfaces = [s for s, _ in pairs("وقال رئيس اللجنة العليا المنظمة للملتقى والخبير الاقتصادي في أسواق المال")]
    assert not any("الخبير" in s for s in surfaces)


def test_a_catalogue_person_after_a_role_noun_keeps_his_id():
    assert ("عبدالملك الحوثي", "abdul_malik_al_houthi") in pairs("وقال القيادي عبدالملك الحوثي إن")


# Round 156: a second pass of given names (women's names; Maghrebi, Levantine, Iraqi, Gulf, Sudanese and Yemeni forms)
# and Hebron «الخليل» in the catalogue.
@pytest.mark.parametrize("text, name", [
    ("وقالت حفصة الزهراني إن المعرض يفتتح غدا", "حفصة الزهراني"),
    ("وأكد بوشعيب الماحي أن المحكمة ستنظر", "بوشعيب الماحي"),
    ("وقال هذال العتيبي إن الفرقة تشارك", "هذال العتيبي"),
    ("وقال مرتضى منصور رئيس النادي إن", "مرتضى منصور"),
    ("وذكر وديع أزهر أن جميع الحالات مستقرة", "وديع أزهر"),
])
def test_a_second_pass_given_name_starts_a_name_after_a_verb_of_saying(text, name):
    assert (name, "PER") in {(r["surface"], r["type"]) for r in ents(text)}


def test_the_second_pass_leaves_out_ordinary_words_places_and_family_names():
    from workbench.extract.entities.names import given_names
    left_out = "سهام موزة نافع ربيع زهرة عزيز إلهام صفاء بسمة وسام كريمة فريدة مطلق سعيدة رابح مروة سامية نضال ولاء ليث كوثر"
    assert given_names().isdisjoint(fold(w) for w in left_out.split())


@pytest.mark.parametrize("text, surface", [
    ("اعتقلت قوات الاحتلال ستة فلسطينيين من مدينة الخليل جنوب الضفة الغربية", "مدينة الخليل"),
    ("وأفادت مصادر أمنية في الخليل أن قوات الاحتلال داهمت المنازل", "خليل"),
    ("تظاهرات في نابلس والخليل وبيت لحم", "خليل"),
])
def test_hebron_is_a_palestinian_city(text, surface):
    assert (surface, "hebron") in pairs(text)


@pytest.mark.parametrize("text", [
    "زار المصلون مقام إبراهيم الخليل في المدينة",
    "ويشير بعض الباحثين إلى أن الخليل بن أحمد الفراهيدي وضع علم العروض",
])
def test_abrahams_epithet_and_the_given_name_before_bin_are_no_hebron(text):
    assert all(actor != "hebron" for _, actor in pairs(text))


def test_khalil_alone_or_before_a_family_name_stays_a_name():
    assert pairs("وقال خليل الحية إن الحركة") == [("خليل الحية", "ar:خليل_الحيه")]
    assert pairs("وقال خليل إن الأمر") == []


def test_a_catalogue_person_keeps_his_id_beside_the_new_names():
    assert ("عبدربه منصور هادي", "abd_rabbuh_mansur_hadi") in pairs("وقال عبدربه منصور هادي إن الحكومة عائدة")
    assert pairs("وقال أبوبكر البغدادي زعيم التنظيم") == [("بغدادي", "abu_bakr_al_baghdadi")]


# Round 157: a second pass of foreign given names in Arab news spellings through the given-name filter.
@pytest.mark.parametrize("text, name", [
    ("وقال دولت بهتشلي إن الحزب لن يشارك", "دولت بهتشلي"),
    ("وأكد ليندسي غراهام أن الاتفاق سيئ", "ليندسي غراهام"),
    ("وقال ألكسيس تسيبراس إن الحكومة باقية", "ألكسيس تسيبراس"),
    ("يايا توريه سجل الهدف الأول للفريق", "يايا توريه"),
    ("بنجامين كاردين قال إن الاتفاق يحتاج إلى وقت", "بنجامين كاردين"),
])
def test_a_foreign_given_name_of_the_second_pass_starts_a_name(text, name):
    assert (name, "PER") in {(r["surface"], r["type"]) for r in ents(text)}


def test_the_foreign_second_pass_leaves_out_ordinary_words_and_verbs():
    from workbench.extract.entities.names import given_names
    left_out = "روي يولي ويلي سكوت ديك جاري أصف راسل كلوب بينالي فينوس ميري كاترين ميجيل ناثان"
    assert given_names().isdisjoint(fold(w) for w in left_out.split())


@pytest.mark.parametrize("text", ["كما يولي المركز اهتماما خاصا بالشباب", "وراسل الوزير نظيره الفرنسي"])
def test_a_verb_that_folds_like_a_left_out_name_gives_no_person(text):
    assert ents(text) == []


def test_catalogue_persons_keep_their_ids_beside_the_foreign_second_pass():
    assert pairs("وقال جون كيري إن الاتفاق جيد") == [("جون كيري", "john_kerry")]
    assert pairs("وقال محمد جواد ظريف إن") == [("محمد جواد ظريف", "mohammad_javad_zarif")]


# Round 158: a third pass of given names (compound «عبد» names, Arab, Asian and Western given names) through the
# given-name filter.
@pytest.mark.parametrize("text, name", [
    ("وقال راجح بادي إن الحكومة عائدة", "راجح بادي"),
    ("وتقول هيام يونس إن الأغنية قديمة", "هيام يونس"),
    ("عفيفي عبدالوهاب سفير مصر لدى المملكة", "عفيفي عبدالوهاب"),
    ("ورد محاميا سهى عرفات بالقول إن القضية", "سهى عرفات"),
    ("وشارك في الحفل متولي عبدالله وعدد من الضيوف", "متولي عبدالله"),
    ("عبدالرقيب القرشي قضية تهم الجميع", "عبدالرقيب القرشي"),
    ("تارو أسو وزير المالية قال إن", "تارو أسو"),
    ("والتقى يكاتيرينا تروفيموفا في موسكو", "يكاتيرينا تروفيموفا"),
])
def test_a_given_name_of_the_third_pass_starts_a_name(text, name):
    assert (name, "PER") in {(r["surface"], r["type"]) for r in ents(text)}


def test_the_third_pass_leaves_out_ordinary_words_places_and_family_names():
    from workbench.extract.entities.names import given_names
    left_out = "رحاب يسري نهى غالية دينا فائدة رمزي حلمي إيمان أصالة أمينة عمار جهاد سيف نزيه رينو كارول كلارا صوفيا حورية مرسل"
    assert given_names().isdisjoint(fold(w) for w in left_out.split())


@pytest.mark.parametrize("text", ["والرأي الراجح أن المسألة محسومة", "وفي رحاب المسجد الحرام صلى المعتمرون"])
def test_an_ordinary_word_beside_the_third_pass_gives_no_person(text):
    assert ents(text) == []


# Round 160: foreign companies, media, airlines, clubs, federations and NGOs in their Arab press spellings, curated
# from general knowledge into the catalogue and kept where their uses are mostly the body.
@pytest.mark.parametrize("text, surface, actor", [
    ("وتملك توتال السعودية 4 في المئة من المشروع", "توتال", "total"),
    ("وذكرت صحيفة ديلي تلغراف البريطانية أن الوزير استقال", "ديلي تلغراف", "daily_telegraph"),
    ("ونقلت وكالة شينخوا عن مسؤول قوله إن", "شينخوا", "xinhua"),
    ("وقالت منظمة أطباء بلا حدود إن المستشفى قصف", "منظمة أطباء بلا حدود", "medecins_sans_frontieres"),
    ("وفاز فيورنتينا على ضيفه بهدفين", "فيورنتينا", "fiorentina"),
    ("وأعلنت شركة فلاي دبي عن أول رحلة إلى جازان", "فلاي دبي", "flydubai"),
    ("وحسم باريس سان جيرمان المباراة في الشوط الأول", "باريس سان جيرمان", "paris_saint_germain"),
    ("وتقلص أرباح إكسون موبيل وشيفرون بشدة", "شيفرون", "chevron"),
    ("وذكرت مجلة فوربس أن ثروته تضاعفت", "فوربس", "forbes"),
    ("وأوضح بايرن في بيان أن اللاعب مصاب", "بايرن", "bayern_munich"),
])
def test_a_foreign_body_in_arabic_letters_is_its_catalogue_actor(text, surface, actor):
    assert (surface, actor) in pairs(text)


def test_the_foreign_bodies_leave_out_forms_that_are_mostly_words_places_persons_or_products():
    from workbench.extract.catalogue import load_catalogue
    aliases = {fold(a) for a in load_catalogue()["alias"]}
    left_out = ["الريال", "نيسان", "إعمار", "بازل", "ميلان", "اتصالات", "زين", "كريم", "معادن", "المراعي", "هوندا",
                "رينو", "تويوتا", "إيرباص", "اليوفي", "روسيا اليوم", "علي بابا", "الواتساب", "ماكدونالدز", "نايكي"]
    assert aliases.isdisjoint(fold(w) for w in left_out)


@pytest.mark.parametrize("text", ["ارتفع سعر الريال السعودي أمس", "بدأت أعمال إعمار المدينة بعد الحرب",
                                  "الاتحاد يسعى لضم الياباني هوندا كلاعب آسيوي"])
def test_a_left_out_form_in_an_ordinary_sentence_names_no_catalogue_body(text):
    assert [r["surface"] for r in ents(text) if r["type"] == "ORG" and not r["actor_id"].startswith("ar:")] == []


# Round 161: a club or an outlet whose short name is an ordinary word, named first with its head noun, is the same
# body when the bare word comes back later in the article.
@pytest.mark.parametrize("text, actor", [
    ("أعلن نادي الأهلي تعاقده مع المدرب، ودشن الأهلي تدريباته في معسكره", "al_ahli_saudi"),
    ("وقع اللاعب مع نادي الاتحاد، وكان الاتحاد قد حسم صفقة مونتاري", "al_ittihad"),
    ("ونشرت صحيفة الوطن تقريرا عن الحادث، وقالت الوطن إن المصادر أكدت", "al_watan_saudi"),
    ("ونقلت جريدة الحياة عن مصدر قوله، وذكرت الحياة أن الوزير", "al_hayat"),
    ("وتدرب فريق الشباب أمس، وواصل الشباب تدريباته استعدادا للموسم", "al_shabab"),
])
def test_a_bare_short_name_after_the_headed_one_is_the_same_body(text, actor):
    vias = [r["via"] for r in ents(text) if r["actor_id"] == actor]
    assert len(vias) == 2 and vias[-1] == "partial"


@pytest.mark.parametrize("text", [
    "ونشرت صحيفة الوطن تقريرا عن الشهداء، وهم أبناء الوطن العربي",  # a word with the article after it
    "ونشرت صحيفة الوطن تقريرا، وعاد الوفد إلى الوطن أمس",  # a place
    "ونشرت صحيفة الوطن تقريرا، وطالب الوطنيون بالإصلاح",  # inside another word
    "وأعلن نادي الأهلي تعاقده، ودعم القطاع الأهلي مدارس البلدة",  # an adjective of the noun before it
])
def test_a_bare_short_name_that_is_no_name_there_stays_unlinked(text):
    assert [r["via"] for r in ents(text) if r["type"] == "ORG"].count("partial") == 0


# Round 162: a club or an outlet named by a bare ordinary word, with no head noun in the article, is the body when a
# sports or press cue stands right before it (`cued_names.csv`).
@pytest.mark.parametrize("text, surface, actor", [
    ("وقال مدرب الاتحاد بعد المباراة إن الفريق تحسن", "اتحاد", "al_ittihad"),
    ("وخاض الفريق مباراة ودية أمام النصر أمس", "نصر", "al_nassr"),
    ("وفاز الهلال على الشباب في مباراة الدوري", "شباب", "al_shabab"),
    ("وكان اللاعب قريبا من ارتداء شعار الوحدة في المباراة", "وحدة", "al_wehda"),
    ("ويخوض الفريق مباراة أخرى أمام هجر قبل مغادرته", "هجر", "hajer_club"),
])
def test_a_bare_club_after_its_cue_is_the_club(text, surface, actor):
    assert (surface, actor) in pairs(text)


# Past the opening, where a framed short name is no dateline's outlet (`datelines.framed_media`).
_BODY_TEXT = "وتابع المسؤول حديثه عن الأوضاع في المنطقة. " * 10


@pytest.mark.parametrize("text, surface, actor", [
    ("وأكدت مصادر قبلية لـ\"الوطن\" أن القصف استمر", "وطن", "al_watan_saudi"),
    ("وقال العميد في تصريح خاص لـ «المدينة»: إن القوات تقدمت", "مدينة", "al_madina_newspaper"),
    ("وعلمت \"الحياة\" أن الوزير سيزور المنطقة", "حياة", "al_hayat"),
    ("وقال لـ \"الاقتصادية\" الدكتور حامد إن الأسعار ارتفعت", "اقتصادية", "al_eqtisadiah"),
])
def test_a_bare_outlet_after_a_press_cue_is_the_outlet(text, surface, actor):
    assert (surface, actor) in pairs(_BODY_TEXT + text)


def test_a_bare_club_after_a_match_word_gives_way_to_its_outside_name():
    assert ("إسماعيلي", "ar:اسماعيلي") in pairs("خسر فريق الوحدة أمام الإسماعيلي في مباراة ودية")


@pytest.mark.parametrize("text, actor", [
    ("وقال رئيس الاتحاد في المباراة إن اللجنة ستجتمع", "al_ittihad"),  # a federation's president
    ("وأكد لاعبي الاتحاد السعودي في المباراة", "al_ittihad"),  # a word with the article after it
    ("وحقق الفريق لقب كأس الاتحاد بعد المباراة", "al_ittihad"),  # a cup
    (_BODY_TEXT + "وقال لـ\"الجزيرة نت\" إن الوضع صعب", "al_jazirah_newspaper"),  # a longer quoted name
    (_BODY_TEXT + "وقال إن الوطن بخير وإن المواطنين صامدون", "al_watan_saudi"),  # no press cue
    ("وأضاف أن شباب المنطقة يواجهون البطالة أمام الشباب في المدن", "al_shabab"),  # no story of sport
])
def test_a_bare_word_without_its_kind_of_cue_names_no_club_or_outlet(text, actor):
    assert actor not in [r["actor_id"] for r in ents(text)]


@pytest.mark.parametrize("text", [
    "أعلن نادي الاتحاد تعاقده مع المدرب، وكان الفريق قد نال كأس الاتحاد",  # after «كأس»: the cup
    "نشرت صحيفة الجزيرة تقريرا، ورأس مؤسسة الجزيرة للصحافة والنشر",  # before a ل-complement
])
def test_a_headed_short_name_is_not_linked_inside_another_name(text):
    assert [r["via"] for r in ents(text) if r["type"] == "ORG"].count("partial") == 0


# Round 164: «الأهلي» in a story that names «الزمالك» is Cairo's Ahly (`rereadings.reread_cairo_ahly`).
@pytest.mark.parametrize("text", [
    "وكانت مباراة القمة بين فريقي الزمالك والأهلي قد انتهت بفوز الأهلي بهدفين",
    "وجرت مباراة الأهلي والزمالك بلا جمهور، وقال مشجع النادي الأهلي إن الكرة ماتت",
])
def test_ahly_in_a_story_of_zamalek_is_cairos(text):
    ids = [a for s, a in pairs(text) if "أهلي" in s]
    assert ids and set(ids) == {"al_ahly_egypt"}


def test_ahly_beside_zamalek_keeps_the_saudi_id_when_the_story_says_saudi():
    ids = [a for s, a in pairs("ويلتقي الأهلي السعودي مع الزمالك وديا، وقال مدرب الأهلي إن الفريق جاهز") if "أهلي" in s]
    assert ids and set(ids) == {"al_ahli_saudi"}


# Round 165: a fourth pass of given names (compound «عبد» names, Gulf, Persian, Indian and Japanese given names)
# through the given-name filter.
@pytest.mark.parametrize("text, name", [
    ("وقال شهرام أميني إن المعلومات صحيحة", "شهرام أميني"),
    ("وأكد معيض العتيبي أن الفريق جاهز", "معيض العتيبي"),
    ("وشارك ذياب الشمري في الحفل", "ذياب الشمري"),
    ("وقال هارون الحمد إن اللجنة اجتمعت", "هارون الحمد"),
    ("والتقى عبدالرشيد تركستاني وفد الصندوق", "عبدالرشيد تركستاني"),
    ("وقال عبدالسميع عمر إن الأسعار ارتفعت", "عبدالسميع عمر"),
    ("وأوضح مفلح القحطاني أن الجمعية تتابع القضية", "مفلح القحطاني"),
    ("وأعلن يوهاندري أوروزكو انضمامه للفريق", "يوهاندري أوروزكو"),
])
def test_a_given_name_of_the_fourth_pass_starts_a_name(text, name):
    assert (name, "PER") in {(r["surface"], r["type"]) for r in ents(text)}


def test_the_fourth_pass_leaves_out_ordinary_words_sura_names_and_family_names():
    from workbench.extract.entities.names import given_names
    left_out = "راضي معتوق عبدالمقصود لقمان لؤلؤة واثق إلياس أماني دخيل شايع مطلق مرضى غدير مولود ستيفنز فيشر"
    assert given_names().isdisjoint(fold(w) for w in left_out.split())


@pytest.mark.parametrize("text", ["وفرحت الأسرة بمولود جديد في المستشفى", "وقال إنه واثق من أن الفريق سيفوز"])
def test_an_ordinary_word_beside_the_fourth_pass_gives_no_person(text):
    assert ents(text) == []


# Round 166: United Nations bodies whose Arabic names hold «الأمم المتحدة» or that the catalogue lacked, added to
# `sources/actors_curated.csv`; the body's full name is the longest match, so the UN inside it is no mention
# (the article «ال» stays out of the span, as for every mention).
@pytest.mark.parametrize("text, surface, actor", [
    ("وقال زانداميلا إن بيانات برنامج الأمم المتحدة الإنمائي تفيد بارتفاع الفقر", "برنامج الأمم المتحدة الإنمائي", "undp"),
    ("وشارك محاضرون من منظمة الأغذية والزراعة في الدورة", "منظمة الأغذية والزراعة", "fao"),
    ("وقال صندوق الأمم المتحدة للسكان إن النساء الحوامل بحاجة إلى الرعاية", "صندوق الأمم المتحدة للسكان", "unfpa"),
    ("وأعلنت بعثة الأمم المتحدة للدعم في ليبيا موعد الجولة المقبلة", "بعثة الأمم المتحدة للدعم في ليبيا", "unsmil"),
    ("ووزع برنامج الغذاء العالمي المساعدات في صنعاء", "برنامج الغذاء العالمي", "world_food_programme"),
    ("وقالت المفوضية العليا لشؤون اللاجئين إن آلاف الأشخاص فروا", "مفوضية العليا لشؤون اللاجئين", "unhcr"),
])
def test_a_united_nations_body_is_its_own_actor_not_the_un(text, surface, actor):
    found = pairs(text)
    assert (surface, actor) in found
    assert "united_nations" not in {a for _, a in found}


def test_the_un_bodies_pass_leaves_out_the_iraqi_faw():
    """«الفاو» is also Iraq's Faw peninsula in conflict news, so FAO keeps only its full names."""
    assert not [a for _, a in pairs("وسيطرت القوات على شبه جزيرة الفاو جنوب البصرة") if a == "fao"]


# Round 167: a state's named bodies whose Arabic names end in the state's adjective (Libyan and Somali governments,
# Libya's oil corporation and army, state news agencies, national football associations, the Duma, China's central
# bank, two ministries), added to `sources/actors_curated.csv` or as aliases of catalogue rows: the body's full name
# is the longest match, so the adjective inside it is no mention of the state.
@pytest.mark.parametrize("text, surface, actor", [
    ("وجددت الحكومة الليبية المؤقتة تحذيرها من أي مساس بالسيادة", "حكومة الليبية المؤقتة", "libyan_interim_government"),
    ("وأعلنت المؤسسة الوطنية للنفط الليبية استئناف التصدير", "مؤسسة الوطنية للنفط الليبية", "national_oil_corporation"),
    ("وقال قائد الجيش الليبي إن قواته تقدمت في بنغازي", "جيش الليبي", "libyan_national_army"),
    ("وتعهدت الحكومة الفيدرالية الصومالية بإصلاح المالية العامة", "حكومة الفيدرالية الصومالية", "somalia_federal_government"),
    ("ولم تقدم وكالة الأنباء الإماراتية تفاصيل عن الحادث", "وكالة الأنباء الإماراتية", "wam"),
    ("وقالت وكالة الأنباء اليمنية إن الوزير وصل إلى عدن", "وكالة الأنباء اليمنية", "saba_news_agency"),
    ("بعد أن رفض اتحاد الكرة الروسي ادعاءات اللاعب", "اتحاد الكرة الروسي", "russian_football_union"),
    ("وقالت وزارة البترول المصرية إن الكشف كبير", "وزارة البترول المصرية", "egypt_petroleum_ministry"),
])
def test_a_named_state_body_is_its_own_actor_not_the_state(text, surface, actor):
    assert (surface, actor) in pairs(text)


@pytest.mark.parametrize("text, state", [
    ("وأعلنت الحكومة الليبية أنها ستشارك في الحوار", "libya"),
    ("وقالت الحكومة الصومالية إن الهجوم فشل", "somalia"),
])
def test_a_bare_government_with_the_adjective_is_still_the_state(text, state):
    """DECISIONS: «الحكومة الألمانية» is Germany (state and government one actor); only named bodies are their own."""
    assert state in {a for _, a in pairs(text)}


def test_the_duma_pass_leaves_the_syrian_town_of_douma():
    """«الدوما» with its article is the Duma; «دوما» without it is the town near Damascus."""
    found = {a for _, a in pairs("وقصفت قوات النظام مدينة دوما بينما أقر الدوما قانونا جديدا")}
    assert "state_duma" in found and [a for a in found if a != "state_duma" and "دوما" in a]


# Round 168: political, military and religious figures of 2014-2016 Arab news that the catalogue lacked (Palestinian,
# Israeli, Syrian, Iraqi, Iranian, Egyptian, Lebanese, Yemeni, Gulf, Maghrebi and world leaders, ministers, spokesmen,
# envoys and militant leaders), added to `sources/actors_curated.csv` with their Arab press spellings.
@pytest.mark.parametrize("text, surface, actor", [
    ("وقال كبير المفاوضين الفلسطينيين صائب عريقات إن الهجوم جريمة حرب", "صائب عريقات", "saeb_erekat"),
    ("وشارك رئيس الوزراء رامي الحمد الله في التشييع", "رامي الحمد الله", "rami_hamdallah"),
    ("وأكد وزير الدفاع الإسرائيلي موشيه يعالون أن المهاجمين سيعاقبون", "موشيه يعالون", "moshe_yaalon"),
    ("وقال رئيس الوزراء اليوناني أليكسيس تسيبراس إن الاتفاق صعب", "أليكسيس تسيبراس", "alexis_tsipras"),
    ("وقادت ويندي شيرمان الوفد الأمريكي في المفاوضات النووية", "ويندي شيرمان", "wendy_sherman"),
    ("وهنأ الرئيس الجزائري عبد العزيز بوتفليقة نظيره المصري", "عبد العزيز بوتفليقة", "abdelaziz_bouteflika"),
    ("وقال الناطق باسم الحكومة اليمنية راجح بادي إن الوزراء عادوا إلى عدن", "راجح بادي", "rajeh_badi"),
    ("وانتقد وزير الخارجية الجزائري رمطان لعمامرة التصريحات", "رمطان لعمامرة", "ramtane_lamamra"),
    ("وكانت سوريا في عهد الرئيس الراحل حافظ الأسد قد أرسلت قوات", "حافظ الأسد", "hafez_al_assad"),
    ("وقال رئيس الوزراء الأسترالي توني أبوت إن القانون يسد الثغرات", "توني أبوت", "tony_abbott"),
])
def test_a_figure_of_the_persons_pass_is_a_catalogue_actor(text, surface, actor):
    assert (surface, actor) in pairs(text)


def test_a_later_surname_of_the_persons_pass_links_to_the_figure():
    """«عريقات» after «صائب عريقات» is the same catalogue person."""
    found = pairs("وقال صائب عريقات إن القيادة ستجتمع. وأضاف عريقات أن الملف جاهز")
    assert ("عريقات", "saeb_erekat") in found


@pytest.mark.parametrize("form", ["هاربر", "علاوي", "مملوك", "بيريز", "هيغل", "روبيو", "ترودو", "غندور", "مشار", "كولن",
                                  "أفخم", "المشنوق", "الترابي", "غليون", "الملا عمر"])
def test_a_form_left_out_of_the_persons_pass_is_no_catalogue_alias(form):
    """Bare surnames that are mostly an ordinary word or another person in the development articles
    (Harper Lee, the Algerian scholar Allawi, «مملوك» "owned", Florentino Pérez, Hegel, «أفخم» "most luxurious"),
    and «الملا عمر», whose only distinctive form would put the title «الملا» inside the span."""
    assert fold(form) not in {fold(a) for a in workbench.load_catalogue()["alias"]}


def test_the_persons_pass_reads_no_novelist_as_a_prime_minister():
    assert "stephen_harper" not in {a for _, a in pairs("وقالت دار هاربر كولينز إنها نشرت رواية هاربر لي الثانية")}


# Round 169: the CRF's gazetteer feature belongs to the model (a file beside it, written by
# scripts/train_ner.py), not to the live catalogue: a catalogue name added later changes no feature.
def _catalogue_with(tmp_path, row: str):
    """A copy of the shipped catalogue directory with one more actor row."""
    import shutil

    from workbench.extract.catalogue import CATALOGUE_DIR

    copy = tmp_path / "actors"
    shutil.copytree(CATALOGUE_DIR, copy)
    with open(copy / "actors.csv", "a", encoding="utf-8") as f:
        f.write(row + "\n")
    return copy


def test_the_gazetteer_does_not_change_when_the_catalogue_gains_a_name(tmp_path, monkeypatch):
    """A new person whose given name is a common word («أمين») leaves the model's gazetteer as it was."""
    import workbench.extract.catalogue as catalogue
    from workbench.extract.entities import model

    model._gazetteer.cache_clear()
    before = dict(model._gazetteer())
    assert fold("زخاريوفسكي") not in before
    monkeypatch.setattr(catalogue, "CATALOGUE_DIR",
                        _catalogue_with(tmp_path, "test_person,PER,Test Person,أمين زخاريوفسكي,government,,,,,curated"))
    assert fold("أمين زخاريوفسكي") in {fold(a) for a in catalogue.load_catalogue()["alias"]}
    model._gazetteer.cache_clear()
    try:
        assert model._gazetteer() == before
    finally:
        monkeypatch.undo()
        model._gazetteer.cache_clear()


def test_the_gazetteer_file_reads_back_what_was_written(tmp_path):
    from workbench.extract.entities import model

    gaz = model.build_gazetteer(workbench.load_catalogue().head(50))
    path = model.gazetteer_path(tmp_path / "m.crfsuite")
    model.write_gazetteer(gaz, path)
    assert path.name == "m.gazetteer.tsv"
    assert model.read_gazetteer(path) == gaz


def test_the_shipped_model_has_its_gazetteer_beside_it():
    from workbench.extract.entities import model

    assert model.GAZETTEER_PATH == model.MODEL_PATH.with_name("anercorp_crf.gazetteer.tsv")
    assert model.GAZETTEER_PATH.is_file()
    assert set(model._gazetteer().values()) == {"PER", "ORG", "GPE", "LOC"}


# Round 169: the 41 figures round 168 left out because their name words would have entered the CRF's gazetteer
# (Ashraf Ghani, Kadyrov, Naim Qassem, Ammar al-Hakim, ...), added now that the gazetteer is the model's own file.
@pytest.mark.parametrize("text, surface, actor", [
    ("وقال رئيس الحكومة التونسية الحبيب الصيد إن الإرهاب لن ينتصر", "حبيب الصيد", "habib_essid"),
    ("ومن بين المرشحين الآخرين السيناتور تيد كروز وهو من المؤسسين", "تيد كروز", "ted_cruz"),
    ("أجرى الرئيس تعديلا جزئيا في حكومة عبد المالك سلال", "عبد المالك سلال", "abdelmalek_sellal"),
    ("وقال نعيم قاسم نائب الأمين العام لحزب الله إن الحزب باق", "نعيم قاسم", "naim_qassem"),
    ("ومع جهات شيعية مثل عمار الحكيم ومقتدى الصدر", "عمار الحكيم", "ammar_al_hakim"),
    ("وصل الرئيس رمضان أحمد قاديروف رئيس جمهورية الشيشان إلى جدة", "رمضان أحمد قاديروف", "ramzan_kadyrov"),
    ("وأكد رئيس الوزراء الأردني عبد الله النسور حرص حكومته على الصادرات", "عبد الله النسور", "abdullah_ensour"),
    ("وأعلن المتحدث باسم طالبان ذبيح الله مجاهد اختيار زعيم جديد", "ذبيح الله مجاهد", "zabihullah_mujahid"),
    ("وقال الرئيس الأفغاني أشرف غني إن المحادثات ستستأنف", "أشرف غني", "ashraf_ghani"),
    ("بين المعتقلين المرشد العام للجماعة محمد بديع", "محمد بديع", "mohamed_badie"),
])
def test_a_figure_left_out_for_the_gazetteer_is_a_catalogue_actor(text, surface, actor):
    assert (surface, actor) in pairs(text)


def test_a_later_surname_of_a_figure_left_out_for_the_gazetteer_links_to_it():
    """«الصيد» after «الحبيب الصيد» is the same catalogue person."""
    found = pairs("وقال رئيس الحكومة الحبيب الصيد إن البلاد قوية. وشدد الصيد على الوحدة")
    assert ("صيد", "habib_essid") in found


@pytest.mark.parametrize("word", ["أمين", "أشرف", "عماد", "رمضان", "شعبان", "المهندس"])
def test_the_figures_name_words_are_no_gazetteer_words_of_the_model(word):
    """The given names and ordinary words of the new figures' names stay out of the model's gazetteer, which made
    junk one-word persons when it was read from the live catalogue («الأمين العام» as a person)."""
    from workbench.extract.entities.model import _gazetteer, word_stem

    norm = fold(word)
    assert norm not in _gazetteer() and word_stem(norm) not in _gazetteer()


# Round 170: a second bodies pass, from general knowledge: the long Arabic forms of UN offices and agencies that hold
# «الأمم المتحدة» (or a state's name), foreign clubs named with their city, US and European banks and central banks
# in their press spellings, news agencies the catalogue lacked, and three aliases of catalogue persons; the body's
# full name is the longest match, so the UN, the city or the state inside it is no mention.
@pytest.mark.parametrize("text, surface, actor, inside", [
    ("وقال مكتب حقوق الإنسان التابع للأمم المتحدة إن المدنيين قتلوا في الغارات",
     "مكتب حقوق الإنسان التابع للأمم المتحدة", "ohchr", "united_nations"),
    ("وأعلنت بعثة الأمم المتحدة في العراق حصيلة ضحايا الشهر الماضي",
     "بعثة الأمم المتحدة في العراق", "unami", "united_nations"),
    ("وفاز سبارتاك موسكو على ضيفه في افتتاح الدوري الروسي", "سبارتاك موسكو", "fc_spartak_moscow", "moscow"),
    ("وانتقل اللاعب إلى لوكوموتيف موسكو قبل عامين", "لوكوموتيف موسكو", "fc_lokomotiv_moscow", "moscow"),
    ("وخسر الفريق مباراته الودية أمام روما الإيطالي بهدفين", "روما الإيطالي", "as_roma", "italy"),
    ("وأبقى البنك المركزي الروسي سعر الفائدة دون تغيير", "بنك المركزي الروسي", "central_bank_of_russia", "russia"),
    ("وقال محافظ بنك إنجلترا إن رفع الفائدة بات قريبا", "بنك إنجلترا", "bank_of_england", "england"),
    ("وقال محلل في بانك أوف أمريكا إن الأسواق هبطت", "بانك أوف أمريكا", "bank_of_america", "united_states"),
])
def test_a_body_in_a_long_form_is_its_own_actor_not_the_name_inside_it(text, surface, actor, inside):
    found = pairs(text)
    assert (surface, actor) in found
    assert inside not in {a for _, a in found}


@pytest.mark.parametrize("text, surface, actor", [
    ("وقال المتحدث لوكالة الأنباء الألمانية (د.ب.أ) إن القتال استمر", "د.ب.أ", "dpa"),
    ("وذكرت وكالة دوغان التركية للأنباء أن الشرطة اعتقلت عشرة أشخاص", "دوغان", "dogan_news_agency"),
    ("ويتوقع المستثمرون أن يرفع البنك المركزي الأميركي أسعار الفائدة", "بنك المركزي الأميركي", "federal_reserve"),
    ("وأكد الأمين العام لمنظمة التعاون الإسلامي إياد أمين مدني دعم المنظمة", "إياد أمين مدني", "iyad_madani"),
    ("وقال رئيس الحكومة المغربية عبد الإله ابن كيران إن الانتخابات ستجرى في موعدها",
     "عبد الإله ابن كيران", "abdelilah_benkirane"),
    ("واستقبل الرئيس التركي السابق عبد الله جول الوفد في إسطنبول", "عبد الله جول", "abdullah_gul"),
])
def test_a_body_or_person_of_the_second_bodies_pass_is_a_catalogue_actor(text, surface, actor):
    assert (surface, actor) in pairs(text)


@pytest.mark.parametrize("form", ["نابولي", "زينيت", "نيوكاسل", "برسبوليس", "ساوثهامبتون", "لوكوموتيف",
                                  "المفوضية العليا لحقوق الإنسان", "ليفركوزن", "آيندهوفن", "سندرلاند"])
def test_a_club_or_office_form_that_is_mostly_something_else_is_no_catalogue_alias(form):
    """Naples, Zenit Kazan, Newcastle in Australia, the ruins of Persepolis, a university of Southampton, Iraq's
    own human-rights commission: the bare forms were read there mostly as something else and stay out; a club's
    bare town (Leverkusen, Eindhoven, Sunderland) is a town of the towns list, read as a place after a locative."""
    assert fold(form) not in {fold(a) for a in workbench.load_catalogue()["alias"]}


# Round 171: a body's later short form after its full catalogue name in the same article takes the full name's id:
# the head without the state's adjective where a reader found it alone with an outside id («البنك المركزي» after
# «البنك المركزي الروسي»), and a short name before a relative pronoun («رجال الأهلي الذين»).
@pytest.mark.parametrize("text, surface, actor, model", [
    ("وأبقى البنك المركزي الروسي سعر الفائدة دون تغيير. وقال البنك المركزي إن التضخم تباطأ",
     "بنك المركزي", "central_bank_of_russia", "default"),
    ("خفض البنك المركزي الصيني سعر الفائدة. ويتوقع المحللون أن يواصل البنك المركزي خفض الفائدة",
     "بنك المركزي", "peoples_bank_of_china", "default"),
    ("قالت وزارة البترول المصرية إن الإنتاج ارتفع. ووقعت وزارة البترول اتفاقا مع الشركة",
     "وزارة البترول", "egypt_petroleum_ministry", None),
    ("أعلن نادي الأهلي تعاقده مع المدرب، وشكر رجال الأهلي الذين دعموا الفريق", "أهلي", "al_ahli_saudi", None),
])
def test_a_later_short_form_of_a_full_catalogue_name_takes_its_id(text, surface, actor, model):
    later = [r for r in ents(text, model) if r["surface"] == surface][-1]
    assert (later["actor_id"], later["via"]) == (actor, "partial")


@pytest.mark.parametrize("text, actor", [
    # a story of two central banks: the bare head may be either
    ("وأبقى البنك المركزي الروسي الفائدة، ورفع البنك المركزي المصري الفائدة. وقال البنك المركزي إن التضخم تباطأ",
     "central_bank_of_russia"),
    # a bracket glosses the name before it, another bank
    ("وأبقى البنك المركزي الأمريكي الفائدة، وقرر بنك الاحتياطي الأسترالي (البنك المركزي) خفضها", "federal_reserve"),
])
def test_a_short_form_that_may_name_another_body_keeps_its_own_id(text, actor):
    assert actor not in {r["actor_id"] for r in ents(text, "default") if r["surface"] == "بنك المركزي"}


# Round 172: Iran's Tasnim agency in the catalogue under the development gold's id, and the Saudi Capital Market
# Authority in its long forms as its own body, not the stock exchange whose name its long form holds.
@pytest.mark.parametrize("text, surface, actor", [
    ("ونقلت وكالة تسنيم الإيرانية للأنباء عن قائد الحرس الثوري قوله إن المناورات ستستمر", "تسنيم",
     "tasnim_news_agency"),  # the head «وكالة» stays outside the span, as «وكالة بلومبرج»
    ('ووفقا لوكالة "تسنيم"، فإن إيران ستنتج الوقود بنفسها', "تسنيم", "tasnim_news_agency"),
    ("أعلنت هيئة السوق المالية السعودية رفع تعليق تداول سهم الشركة", "هيئة السوق المالية السعودية",
     "capital_market_authority"),
    ("وكانت هيئة سوق المال قد سمحت للمستثمرين الأجانب بالتداول المباشر", "هيئة سوق المال", "capital_market_authority"),
])
def test_tasnim_and_the_capital_market_authority_are_their_own_actors(text, surface, actor):
    assert (surface, actor) in pairs(text)


def test_the_exchange_keeps_its_own_name_beside_the_authority():
    assert ("سوق المالية السعودية", "saudi_stock_exchange") in pairs("وارتفع مؤشر السوق المالية السعودية أمس")


# Round 173: Iraqi and Syrian towns, districts and crossings of the 2014-2016 war news that neither the catalogue nor
# the towns list held, named anywhere in a sentence (the towns list reads a town only after a locative); Abu Ghraib
# written as one word and AFP's spaced initials of a dateline.
@pytest.mark.parametrize("text, actor", [
    ("وقال مسؤول محلي إن قوات الحشد الشعبي وصلت النخيب قادمة من كربلاء", "al_nukhayb"),
    ("واستعادت القوات العراقية بلدة العلم شمال تكريت", "al_alam_iraq"),
    ("وطالب النازحون من سنجار بإعادة الخدمات إلى مناطقهم", "sinjar"),
    ("وشهدت مناطق أبوغريب غرب بغداد اشتباكات متقطعة", "abu_ghurayb"),
    ("وسيطر التنظيم على تلعفر والموصل في يونيو", "tal_afar"),
    ("وقصفت طائرات التحالف مواقع التنظيم قرب الحويجة جنوب كركوك", "hawija"),
    ("واستعادت القوات منطقة جرف الصخر شمال بابل", "jurf_al_sakhar"),
    ("وأكد أن مصفاة بيجي ما زالت تحت سيطرة القوات", "baiji"),
    ("وحاصرت وحدات حماية الشعب بلدة تل أبيض الحدودية", "tal_abyad"),
    ("وتقدمت فصائل المعارضة نحو جسر الشغور في ريف إدلب", "jisr_al_shughur"),
    ("وأغلقت السلطات التركية معبر باب السلامة أمام اللاجئين", "bab_al_salameh"),
    ("واتفق الطرفان على هدنة تشمل الزبداني وبلدتي الفوعة وكفريا", "al_fuah"),
    ("وقال الجيش اللبناني إن مسلحين هاجموا مواقعه في عرسال", "arsal"),
    ("بغداد (أ ف ب) قتل عشرة أشخاص في انفجار سيارة مفخخة", "afp"),
])
def test_a_war_town_district_or_crossing_or_afp_initials_is_a_catalogue_actor(text, actor):
    assert actor in {r["actor_id"] for r in ents(text, "default")}


@pytest.mark.parametrize("form", ["العلم", "القائم", "حديثة", "الطبقة", "القصير", "نصيب", "مخمور", "الرطبة",
                                  "الكرمة", "ربيعة", "الشدادي", "هيت", "القريتين", "أعزاز"])
def test_a_war_town_that_is_mostly_a_word_or_a_name_is_no_catalogue_alias(form):
    """The flag, existing, recent, the layer, short, a share, drunk, humid, the vine, a given name, a family name,
    the English «hit», the two villages and honouring («إعزاز»): the bare forms were read in unannotated articles
    mostly as something else (al-Qaryatayn and Azaz stay towns of the towns list, read after a locative)."""
    assert fold(form) not in {fold(a) for a in workbench.load_catalogue()["alias"]}



# Round 175: forms of catalogue bodies the press uses that the catalogue lacked (the missed bodies of batches 17-42
# counted by why they are missed; group (a), a catalogue actor whose form in the text is not matched): Hadi's
# government as the Yemeni government, the bare Qassam Brigades, MBC's Latin name and channel, Tottenham's full
# name in two spellings, Fars's quoted «أنباء فارس», the Saudi air force's «سلاح الجو» and JPMorgan's dotted initials.
@pytest.mark.parametrize("text, surface, actor", [
    ("وتسعى حكومة هادي التي تعمل من الرياض إلى استعادة عدن", "حكومة هادي", "yemeni_government"),
    ("وتقدمت القوات الموالية لحكومة الرئيس هادي باتجاه القصر", "حكومة الرئيس هادي", "yemeni_government"),
    ("وقالت القسام في بيان إن المخيمات مفتوحة للشبان", "قسام", "qassam_brigades"),
    ("وسقطت قذيفتان على موقع تابع للقسام غرب خان يونس", "قسام", "qassam_brigades"),
    ("ويعرض المسلسل على قناة MBC1 اعتبارا من الأحد", "MBC1", "mbc"),
    ("وانتقل المدافع إلى توتنام هوتسبير الإنجليزي", "توتنام هوتسبير", "tottenham_hotspur"),
    ("وانتقل المدافع إلى توتنهام هوتسبير مقابل 16 مليون دولار", "توتنهام هوتسبير", "tottenham_hotspur"),
    ("وقالت وكالة «أنباء فارس» الإيرانية إن الوزير وصل", "أنباء فارس", "fars_news_agency"),
    ("وأرسل سلاح الجو السعودي طائرات حربية إلى الحدود", "سلاح الجو السعودي", "royal_saudi_air_force"),
    ("ومن بين البنوك سيتي جروب، وجيه. بي مورجان تشيس، ومورجان ستانلي", "جيه. بي مورجان تشيس", "jpmorgan_chase"),
])
def test_a_press_form_of_a_catalogue_body_is_that_body(text, surface, actor):
    assert (surface, actor) in pairs(text, "default")


@pytest.mark.parametrize("form", ["الاتحاد العماني", "حزب النهضة", "هيئة البترول", "الانفصاليون الجنوبيون",
                                  "توتنام"])
def test_a_body_form_another_body_or_place_shares_is_no_catalogue_alias(form):
    """Oman's other federations, other countries' Nahda parties, other states' petroleum authorities, other
    separatists and the London district: left out of the catalogue."""
    assert fold(form) not in {fold(a) for a in workbench.load_catalogue()["alias"]}


# Round 176: the development gold names the Saudi exchange, «تداول», by the catalogue's id in every batch (batch 34
# had written an id of its own, `tadawul`, beside batch 38's `saudi_stock_exchange`): one id per actor.
def test_the_development_gold_writes_tadawul_under_the_catalogue_id():
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "dev" / "entities.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = {row["actor_id"] for row in rows if fold(row["surface"]) == fold("تداول")}
    assert ids == {"saudi_stock_exchange"}
    assert "saudi_stock_exchange" in set(workbench.load_catalogue()["actor_id"])


# Round 176: round 175's bare «القسام» read the man the Brigades are named after as the Brigades; after his given name
# «عز الدين» with no «كتائب» before it, «القسام» is Izz ad-Din al-Qassam himself (the catalogue holds no row for him).
@pytest.mark.parametrize("text", [
    "ولد الشيخ عز الدين القسام في جبلة عام 1882",
    "وكان الشيخ عز الدين القسام قد قاد الثورة ضد الانتداب البريطاني",
    "ويحمل المسجد اسم عزالدين القسام الذي استشهد عام 1935",
])
def test_al_qassam_after_his_given_name_is_the_man_not_the_brigades(text):
    assert "qassam_brigades" not in {actor for _, actor in pairs(text, "default")}


@pytest.mark.parametrize("text, surface", [
    ("افتتحت كتائب «عز الدين القسام» مخيمات صيفية للشبان", "قسام"),
    ("وقالت كتائب الشهيد عز الدين القسام في بيان", "قسام"),
    ("وأعلنت كتائب عز الدين القسام مسؤوليتها عن العملية", "كتائب عز الدين القسام"),
    ("وقالت القسام في بيان إن المخيمات مفتوحة للشبان", "قسام"),
])
def test_al_qassam_after_the_brigades_head_stays_the_brigades(text, surface):
    assert (surface, "qassam_brigades") in pairs(text, "default")


# Round 177: a regional office named by its sector and its place with the place's administrative head between
# («شرطة منطقة مكة المكرمة», «تعليم محافظة الطائف») is one ORG mention, as «تعليم جدة» is; before such a head
# «إمارة» is the region's governorate office, while «إمارة دبي» alone stays the emirate.
@pytest.mark.parametrize("text, surface, actor", [
    ("وأوضح الناطق الإعلامي بشرطة منطقة مكة المكرمة أن الجهات الأمنية", "شرطة منطقة مكة المكرمة",
     "ar:شرطه_مكه_المكرمه"),
    ("وقال مدير تعليم محافظة الطائف إن المدارس جاهزة", "تعليم محافظة الطائف", "ar:تعليم_الطايف"),
    ("حضر الاستقبال وكيل إمارة منطقة الرياض", "إمارة منطقة الرياض", "ar:اماره_الرياض"),
    ("وأعلنت جوازات منطقة الرياض عن مواعيد العمل", "جوازات منطقة الرياض", "ar:جوازات_الرياض"),
])
def test_a_place_after_a_sector_noun_and_the_place_head_is_its_regional_office(text, surface, actor):
    found = pairs(text)
    assert (surface, actor) in found
    assert not {"mecca", "taif", "riyadh"} & {a for _, a in found}


@pytest.mark.parametrize("text, surface, actor", [
    ("وزار الوفد إمارة دبي أمس", "دبي", "dubai"),
    ("حذر رئيس بلدية مدينة روما من الزحام", "روما", "rome"),
    ("ووصل الوفد إلى منطقة الرياض أمس", "رياض", "riyadh"),
])
def test_an_emirate_a_mayor_or_a_bare_place_head_keeps_the_place(text, surface, actor):
    assert (surface, actor) in pairs(text)


# Round 177: «ولد» that opens the envoy's short name «ولد الشيخ» is also the verb "was born"; followed by a given
# name (or a compound one in «الدين») that does not go on with Ould Cheikh Ahmed's name, it is no mention of him.
@pytest.mark.parametrize("text", [
    "ولد الشيخ عز الدين القسام في جبلة عام 1882",
    "ولد الشيخ محمد بن عبد الوهاب في العيينة عام 1703",
    "ولد الشيخ أحمد ياسين في قرية الجورة",
])
def test_born_before_a_sheikhs_name_is_no_mention_of_the_envoy(text):
    assert "ismail_ould_cheikh_ahmed" not in {actor for _, actor in pairs(text, "default")}


@pytest.mark.parametrize("text, surface", [
    ("والتقى ولد الشيخ في الرياض الرئيس هادي", "ولد الشيخ"),
    ("ولد الشيخ يعرض أفكارا جديدة للحل السياسي", "ولد الشيخ"),
    ("وقال ولد الشيخ أحمد إن المشاورات مستمرة", "ولد الشيخ أحمد"),
    ("أخيرا يا سيد إسماعيل ولد الشيخ كفى استهتارا", "ولد الشيخ"),
])
def test_the_envoys_short_name_before_a_verb_or_his_own_name_stays_the_envoy(text, surface):
    assert (surface, "ismail_ould_cheikh_ahmed") in pairs(text, "default")


# Round 178: a committee's or a company's catalogue name right before another state's adjective is that state's body
# («اللجنة الأولمبية الإيطالية», «شركة زين السودانية»), as a ministry's is; and the adjective right after an institution's
# name decides its state even when the article named the institution of another state before («وزارة الداخلية
# الليبية» after «وزارة الداخلية التونسية»), with the full name as the mention («وزارة الداخلية النمساوية» again).
@pytest.mark.parametrize("text, surface, actor", [
    ("قال جيوفاني مالاجو رئيس اللجنة الأولمبية الايطالية إن روما لن تنظم استفتاء", "لجنة الأولمبية الايطالية",
     "ar:لجنه_الاولمبيه_الايطاليه"),
    ("وشارك الشيخ جوعان بن حمد آل ثاني رئيس اللجنة الأولمبية القطرية، والشيخ خالد", "لجنة الأولمبية القطرية",
     "ar:لجنه_الاولمبيه_القطريه"),
    ("قال الرئيس التنفيذي لشركة زين السودانية أكبر مشغل لخدمات الاتصالات", "شركة زين السودانية",
     "ar:شركه_زين_السودانيه"),
    ("وقال مالاجو رئيس اللجنة الأولمبية الايطالية إن روما لن تنظم استفتاء. وانسحبت بوسطن بقرار من اللجنة الأولمبية"
     " الأمريكية بسبب تدني الدعم", "لجنة الأولمبية الأمريكية", "ar:لجنه_الاولمبيه_الامريكيه"),
    ("وأعلنت وزارة الداخلية التونسية أن المحاولة لم تقع. ونشرت الحكومة نص بيان لوزارة الداخلية الليبية، يؤكد أن",
     "وزارة الداخلية الليبية", "libya_interior_ministry"),
    ("كما ذكرت وزارة الداخلية النمساوية أن عشرة أوقفوا. وبحسب وزارة الداخلية النمساوية، فإن نحو 150 متشددا",
     "وزارة الداخلية النمساوية", "austria_interior_ministry"),
])
def test_a_body_before_another_states_adjective_is_that_states_body(text, surface, actor):
    found = pairs(text)
    assert found.count((surface, actor)) == text.count(surface)
    assert not {"saudi_olympic_committee", "zain_saudi_arabia", "tunisia_interior_ministry"} & {a for s, a in found
                                                                                             if s == surface}
    assert not [s for s, _ in found if s != surface and s in surface and len(s.split()) > 1]


@pytest.mark.parametrize("text, surface, actor", [
    ("وقال رئيس اللجنة الأولمبية السعودية إن", "لجنة الأولمبية السعودية", "saudi_olympic_committee"),
    ("استبعد مدرب الهلال اليوناني دونيس لاعب الوسط", "هلال", "al_hilal"),
    ("كما ذكرت وزارة الداخلية النمساوية أن عشرة أوقفوا. وقالت وزارة الداخلية إن نحو 150 حاولوا", "وزارة الداخلية",
     "austria_interior_ministry"),
    ("أعلنت شركة الكهرباء السعودية عن انقطاع", "شركة الكهرباء", "saudi_electricity_company"),
])
def test_a_body_before_its_own_states_adjective_or_a_persons_name_keeps_its_reading(text, surface, actor):
    assert (surface, actor) in pairs(text)



# Round 179: a state named as where a meeting was held («المنعقد في الدوحة بدولة قطر») is the venue, not the state
# whose bodies the sentence speaks of: the bare councils of the Saudi cabinet's decision stay the Saudi ones.
@pytest.mark.parametrize("text", [
    "وبعد النظر في قرار مجلس الشورى رقم (57 / 30) وتاريخ 25 / 6 / 1436هـ، قرر مجلس الوزراء الموافقة على قرارات مؤتمر"
    " الاتحاد البريدي العالمي المنعقد في الدوحة بدولة قطر خلال المدة من 8 إلى 29 / 11 / 1433هـ.",
    "والنظر في قرار مجلس الشورى رقم 57/ 30، قرر مجلس الوزراء الموافقة على قرارات المؤتمر المنعقد في الدوحة في دولة قطر.",
    "أولاً: وافق مجلس الوزراء على قرارات المؤتمر المنعقد في دولة قطر.",
])
def test_a_meetings_venue_does_not_give_the_sentences_bodies_to_its_state(text):
    found = pairs(text)
    assert ("مجلس الوزراء", "saudi_council_of_ministers") in found
    assert ("مجلس الشورى", "shura_council") in found or "مجلس الشورى" not in text
    assert ("قطر", "qatar") in found


def test_a_bare_cabinet_in_a_sentence_naming_another_state_not_as_a_venue_stays_that_states():
    assert ("مجلس الوزراء", "ar:مجلس_الوزراء_القطريه") in pairs("وقال مجلس الوزراء في بيان إن الحكومة في قطر ستدعم المؤتمر.")


# Round 182: a college's or an exchange's name closes with its field's ل-complement (كلية كومنجز للطب البيطري, بورصة
# نيويورك للأوراق المالية), as a centre's or a society's does; a hospital's ل-word stays a purpose.
@pytest.mark.parametrize("text, surface", [
    ("وقال أستاذ في كلية كومنجز للطب البيطري إن الدراسة شملت مئة حالة.", "كلية كومنجز للطب البيطري"),
    ("وتراجعت الأسهم في بورصة نيويورك للأوراق المالية أمس.", "بورصة نيويورك للأوراق المالية"),
    ("وحصل على الماجستير من كلية لندن للاقتصاد في عام 2010.", "كلية لندن للاقتصاد"),
])
def test_a_college_or_an_exchange_keeps_its_field_complement(text, surface):
    assert surface in {s for s, _ in pairs(text)}


def test_a_hospitals_purpose_after_its_name_stays_out():
    assert "مستشفى الكاظم" in {s for s, _ in pairs("ونقل المصاب إلى مستشفى الكاظم لتلقي العلاج.")}
