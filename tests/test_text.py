"""The text layer: offsets always point at the original characters (property-based), clitic splitting."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.text import Document, candidate_splits, documents, fold, normalize, sentences, tokenize
from workbench.text.segmentation import _ANALYSES, _TOKEN_RE, PUNCT, _default_split, count_words

# Characters that news text really mixes: letters and hamza/alef variants, ta marbuta, alef
# maqsura, diacritics, tatweel, Arabic-Indic and Persian digits, Arabic and typographic
# punctuation, Latin, invisible marks, every kind of space, and the presentation forms of
# copies from old word processors and PDFs (letters, marks, the ligatures ﻷ ﻻ ﷲ ﷺ).
ALPHABET = (
    "ابتثجحخدذرسشصضطظعغفقكلمنهويءأإآٱىئؤةکیگ"
    "ﺍﻟﺮﺋﻴﺲﻣﺔﹰﱞﻷﻻﷲﷺ"
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640"
    "٠١٢٣٤٥٦٧٨٩۰۱۲۳0123456789"
    "،؛؟«»“”‘’\"'.,:!?()-–—…"
    "abcXYZéÀ"
    " \n\t\u00a0\u200f\u200c\ufeff"
)
texts = st.text(alphabet=ALPHABET, max_size=120)
# Words glued to proclitics, so that splitting is exercised far more often than by chance.
clitic_words = st.builds(
    lambda clitics, stem, marks: "".join(clitics) + marks + stem,
    st.lists(st.sampled_from(["و", "ف", "ب", "ل", "ك", "ال", "لل", "وَ", "بِ"]), max_size=3),
    st.text(alphabet="ابتسلمنهويةأى\u064e\u0640", min_size=0, max_size=8),
    st.sampled_from(["", "\u064e", "\u0640", "\u0651\u064e"]),
)
mixed = st.one_of(texts, st.lists(st.one_of(clitic_words, texts), max_size=8).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(mixed)
def test_normalized_span_round_trips_to_original(text):
    n = normalize(text)
    assert n.text == fold(text)
    assert len(n.index) == len(n.text) + 1 and n.index[-1] == len(text)
    assert list(n.index) == sorted(n.index)
    for i, ch in enumerate(n.text):
        assert ch in fold(text[n.index[i]])
    for i in range(len(n.text) + 1):
        for j in range(i, min(len(n.text), i + 6) + 1):
            start, end = n.span(i, j)
            assert 0 <= start <= end <= len(text)
            # A span that starts or ends inside a ligature takes the whole ligature.
            assert n.text[i:j] in fold(text[start:end])
            if not any(len(fold(c)) > 1 for c in text[start:end]):
                assert fold(text[start:end]) == n.text[i:j]


@settings(max_examples=200, deadline=None)
@given(st.lists(mixed, min_size=1, max_size=12).map("".join), st.sampled_from(["", "😀", "\ud800", "\U0010ffff", "\u0651"]))
def test_long_texts_fold_as_their_characters_do(text, odd):
    # Articles take the vectorised path (long texts); each character alone takes str.translate.
    text = (text + odd) * (1 + 600 // (len(text) + len(odd) + 1))
    assert fold(text) == "".join(fold(ch) for ch in text)
    n = normalize(text)
    assert n.text == fold(text) and len(n.index) == len(n.text) + 1


@settings(max_examples=300, deadline=None)
@given(mixed)
def test_token_offsets_point_at_the_original_characters(text):
    tokens = tokenize(text)
    previous_end = 0
    for tok in tokens:
        assert previous_end <= tok.start < tok.end <= len(text)
        assert text[tok.start:tok.end] == tok.text
        assert fold(tok.text) == tok.norm
        assert tok.clitic + tok.stem == tok.norm
        assert tok.start <= tok.stem_start <= tok.end
        # Exact unless a ligature folds to letters of both the clitic and the stem: it goes with the stem.
        before, after = fold(text[tok.start:tok.stem_start]), fold(text[tok.stem_start:tok.end])
        assert tok.clitic.startswith(before) and after.endswith(tok.stem)
        if all(len(fold(ch)) <= 1 for ch in tok.text):
            assert (before, after) == (tok.clitic, tok.stem)
        assert not any(ch.isspace() for ch in tok.text)
        previous_end = tok.end
    covered = {i for tok in tokens for i in range(tok.start, tok.end)}
    assert covered == {i for i, ch in enumerate(text) if not ch.isspace()}
    assert count_words(text) == sum(tok.kind != PUNCT for tok in tokens)


@settings(max_examples=300, deadline=None)
@given(mixed)
def test_sentences_cover_only_and_all_non_space_text(text):
    spans = sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end
    inside = {i for start, end in spans for i in range(start, end)}
    assert {i for i, ch in enumerate(text) if not ch.isspace()} <= inside


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="وفبلكالرقهمنسي", min_size=1, max_size=10))
def test_candidate_splits_recompose_the_word(norm):
    splits = candidate_splits(norm)
    assert splits[-1] == ("", norm)
    assert len(splits) == len(set(splits))
    for clitic, stem in splits:
        assert clitic + stem == norm and (not clitic or len(stem) >= 2)


def test_default_split_needs_the_article():
    split = {t.text: (t.clitic, t.stem) for t in tokenize("والولايات وزير بغداد للأمم وبالرقة فالحكومة كتاب")}
    assert split["والولايات"] == ("وال", "ولايات")
    assert split["للأمم"] == ("لل", "امم")
    assert split["وبالرقة"] == ("وبال", "رقه")
    assert split["فالحكومة"] == ("فال", "حكومه")
    assert split["وزير"] == ("", "وزير")  # و of the root, not a conjunction
    assert split["بغداد"] == ("", "بغداد")
    assert split["كتاب"] == ("", "كتاب")


@given(st.text(alphabet="وفبلكامن", max_size=8))
def test_default_split_is_the_first_article_reading_of_candidate_splits(norm):
    expected = next(((c, s) for c, s in candidate_splits(norm) if c.endswith(("ال", "لل"))), ("", norm))
    assert _default_split(norm) == expected


@settings(max_examples=200)
@given(st.lists(st.one_of(texts, clitic_words), max_size=4))
def test_tokens_do_not_depend_on_what_was_tokenised_before(parts):
    text = " ".join(parts)
    warm = tokenize(text)
    _ANALYSES.clear()
    assert tokenize(text) == warm
    assert [t.norm for t in warm] == [fold(t.text) for t in warm]
    assert [t.kind for t in warm] == [_TOKEN_RE.fullmatch(t.text).lastgroup for t in warm]


def test_candidate_splits_list_every_reading_most_clitics_first():
    assert candidate_splits("وبالرقه") == [("وبال", "رقه"), ("وب", "الرقه"), ("و", "بالرقه"), ("", "وبالرقه")]
    assert ("و", "زير") in candidate_splits("وزير")
    assert candidate_splits("ال") == [("", "ال")]  # no stem left


def test_stem_start_keeps_diacritics_and_tatweel_with_the_clitic():
    text = "وَالْـوِلَايَات"
    [tok] = tokenize(text)
    assert tok.clitic == "وال" and tok.stem == "ولايات"
    assert text[tok.stem_start:].startswith("و\u0650")
    assert fold(text[tok.start:tok.stem_start]) == "وال"


def test_normalisation_folds_what_matching_needs():
    assert normalize("أإآٱ ى ة ـ َ ٣ ۴ ، ؛ ؟ « » “ ” HIMARS").text == 'اااا ي ه   3 4 , ; ? " " " " himars'
    n = normalize("مُوسْكُو")
    assert n.text == "موسكو" and n.span(0, 5) == (0, 8)


def test_presentation_forms_fold_to_the_letters_they_stand_for():
    # Text copied from PDFs and old word processors: shaped letters, a mark, lam-alef ligatures.
    text = "قال ﺍﻟﺮﺋﻴﺲ ﹰ إن أمس اﻷول ﻻ يُنسى، ﷲ"
    n = normalize(text)
    assert n.text == fold("قال الرئيس  إن أمس الأول لا ينسى، الله")
    start, end = n.span(n.text.index("الاول"), n.text.index("الاول") + 5)
    assert text[start:end] == "اﻷول"
    # A match inside a ligature reports the whole ligature, never half a character.
    start, end = n.span(n.text.index("الله") + 1, n.text.index("الله") + 3)
    assert text[start:end] == "ﷲ"


def test_document_shares_one_text_layer():
    doc = Document("a1", "قال الوزير: نعم. وغادر بيروت")
    assert doc.tokens is doc.tokens and doc.normalized is doc.normalized
    assert doc.sentence_of(doc.text.index("وغادر")) == 1
    assert [t.text for t in doc.tokens_between(0, 10)] == ["قال", "الوزير"]


def test_a_token_running_past_a_sentence_end_belongs_to_no_sentence():
    doc = Document("a1", "قال U.S. army. ثم")  # the sentence ends inside the Latin token U.S
    assert [[t.text for t in tokens] for tokens in doc.sentence_tokens] == [["قال"], ["."], ["army", "."], ["ثم"]]
    assert [t.text for t in doc.tokens_between(0, 8)] == ["قال", "U.S", "."]


def test_tokens_offsets_point_at_their_surfaces_across_any_whitespace():
    text = "\n\u00a0 قال\t\tالوزيرُ:«نعم»\u2003 HIMARS 20.06.2017 \u200f"
    tokens = tokenize(text)
    assert [text[t.start:t.end] for t in tokens] == [t.text for t in tokens]
    assert [t.text for t in tokens] == ["قال", "الوزيرُ", ":", "«", "نعم", "»", "HIMARS", "20.06.2017", "\u200f"]
    assert tokenize("") == [] and tokenize(" \n\t ") == []


def test_document_token_starts_are_the_tokens_offsets_built_once():
    doc = Document("a1", "ـقال  الوزيرُ: «نعم».\nوغادر بيروتَ")
    starts = doc.token_starts
    assert starts == [t.start for t in doc.tokens] and starts == sorted(starts)
    assert all(doc.text[start:start + len(t.text)] == t.text for start, t in zip(starts, doc.tokens))
    assert doc.token_starts is starts
    assert Document("e", "").token_starts == []


def test_hostile_input_finishes():
    text = ("ـ" * 5000) + ("\u064e" * 5000) + ("a." * 5000) + "\n" * 1000 + "«" * 1000
    assert normalize(text).index[-1] == len(text)
    assert sum(len(t.text) for t in tokenize(text)) == sum(not ch.isspace() for ch in text)
    assert sentences("") == [] and tokenize("") == [] and normalize("").text == ""


def test_a_full_token_memo_starts_over_without_losing_an_article_s_known_words(monkeypatch):
    import workbench.text.segmentation as segmentation
    monkeypatch.setattr(segmentation, "_MAX_ANALYSES", 4)
    _ANALYSES.clear()
    tokenize("قال الوزير")
    # Two known surfaces and three new ones overflow the memo of four: all five must come back.
    assert [t.text for t in tokenize("قال الوزير إن موسكو تدعم")] == ["قال", "الوزير", "إن", "موسكو", "تدعم"]
    assert len(_ANALYSES) <= 5
    _ANALYSES.clear()


def _sentence_texts(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


def test_a_full_stop_after_a_number_ends_the_sentence():
    assert _sentence_texts("وقع الاتفاق في عام 2015. وقال الوزير إنه راض") == [
        "وقع الاتفاق في عام 2015.", "وقال الوزير إنه راض"]
    assert _sentence_texts("قتل 12 شخصا وأصيب 23.وقالت الشرطة") == ["قتل 12 شخصا وأصيب 23.", "وقالت الشرطة"]
    assert _sentence_texts("انتهى عام 2015.. ثم بدأ") == ["انتهى عام 2015..", "ثم بدأ"]
    assert _sentence_texts("قال «حتى عام 2015.» ثم غادر") == ["قال «حتى عام 2015.»", "ثم غادر"]
    assert _sentence_texts('قرار مجلس الأمن رقم 2231." وأضاف') == ['قرار مجلس الأمن رقم 2231."', "وأضاف"]


def test_a_stop_inside_a_number_ends_nothing():
    for text in ("بلغ النمو 3.5 في المائة", "وقع في 20.06.2017 ثم غادر", "في الساعة 10.30 صباحا",
                 "زيادة قدرها 5.\u200f2 مليون برميل", "تصل الى 4. 5 مليار دولار", "انظر الملف 1.pdf هنا"):
        assert _sentence_texts(text) == [text], text


def test_a_list_item_s_number_stays_with_its_item():
    assert _sentence_texts("وتشمل:\n1. طريق تبوك السريع. \n2. طريق القصيم السريع.") == [
        "وتشمل:", "1. طريق تبوك السريع.", "2. طريق القصيم السريع."]
    assert _sentence_texts("وفقا لما يلي: \xa0 1. توجيه تحذير للنادي. \xa0 2. منع النادي") == [
        "وفقا لما يلي: \xa0 1. توجيه تحذير للنادي.", "2. منع النادي"]
    assert _sentence_texts("1. أولا. 2. ثانيا") == ["1. أولا.", "2. ثانيا"]
    assert _sentence_texts("مايثبت ذلك .11. ان يقوم بمهامه .12. \nوأوضحت") == [
        "مايثبت ذلك .11. ان يقوم بمهامه .12.", "وأوضحت"]


def test_a_number_that_is_no_list_item_ends_its_sentence():
    # A time (no space after the colon), a decimal, a page (three digits), a verse before a line break.
    assert _sentence_texts("في الساعة 10:30. وقال") == ["في الساعة 10:30.", "وقال"]
    assert _sentence_texts("نما بنسبة 1.5. وقال") == ["نما بنسبة 1.5.", "وقال"]
    assert _sentence_texts("انظر ص. 211. وقال") == ["انظر ص.", "211.", "وقال"]
    assert _sentence_texts("النساء: 66.\nوقال") == ["النساء: 66.", "وقال"]


# Text in Arabic presentation forms (PDF copies, old sites): each letter its positional form.
def _isolated_forms(text: str) -> str:
    """``text`` with each letter written in its isolated presentation form."""
    import unicodedata

    isolated = {unicodedata.normalize("NFKC", chr(c)): chr(c)
                for c in range(0xFE80, 0xFEFD) if unicodedata.decomposition(chr(c)).startswith("<isolated>")}
    return "".join(isolated.get(ch, ch) for ch in text)


PRESENTED = "ﻭﺍﻟﻮﻻﻳﺎﺕ ﺍﻟﻤﺘﺤﺪﺓ: «ﻟﻦ ﻧﺘﺮﺍﺟﻊ». ﻭﻗﺎﻝ ﺍﻷﻣﻴﺮ ﷲ"


def test_presentation_form_words_are_one_token_each():
    tokens = tokenize(PRESENTED)
    assert [t.text for t in tokens] == ["ﻭﺍﻟﻮﻻﻳﺎﺕ", "ﺍﻟﻤﺘﺤﺪﺓ", ":", "«", "ﻟﻦ", "ﻧﺘﺮﺍﺟﻊ", "»", ".", "ﻭﻗﺎﻝ", "ﺍﻷﻣﻴﺮ", "ﷲ"]
    assert [t.norm for t in tokens if t.kind == "word"] == [
        "والولايات", "المتحده", "لن", "نتراجع", "وقال", "الامير", "الله"]
    assert all(PRESENTED[t.start:t.end] == t.text for t in tokens)
    assert count_words(PRESENTED) == 7
    assert _sentence_texts(PRESENTED) == ["ﻭﺍﻟﻮﻻﻳﺎﺕ ﺍﻟﻤﺘﺤﺪﺓ: «ﻟﻦ ﻧﺘﺮﺍﺟﻊ».", "ﻭﻗﺎﻝ ﺍﻷﻣﻴﺮ ﷲ"]


def test_presentation_forms_mix_with_base_letters_and_marks():
    # A form inside a word of base letters, a mark form after a letter, the isolated forms of a word.
    assert [t.text for t in tokenize("اﻷول ﻭﹶﻗﺎﻝ")] == ["اﻷول", "ﻭﹶﻗﺎﻝ"]
    assert [(t.text, t.norm) for t in tokenize(_isolated_forms("قال"))] == [(_isolated_forms("قال"), "قال")]


def test_a_clitic_split_points_into_the_original_through_ligatures():
    # وال + ولايات, the lam-alef ligature inside the stem: each form one character, the stem starts at 3.
    t = tokenize("ﻭﺍﻟﻮﻻﻳﺎﺕ")[0]
    assert (t.clitic, t.stem, t.stem_start) == ("وال", "ولايات", 3)
    # A lam-alef ligature across the split (the article's lam and the stem's alef in ﻷ of ﻭﺍﻷﻣﻴﺮ,
    # the second lam of لل in ﻼ of ﻭﻟﻼﻣﻢ) goes with the stem, as Normalized.span maps it.
    t = tokenize("ﻭﺍﻷﻣﻴﺮ")[0]
    assert (t.norm, t.clitic, t.stem, t.stem_start) == ("والامير", "وال", "امير", 2)
    t = tokenize("ﻭَﺍﻷﻣﻴﺮ")[0]  # a fatha on the conjunction
    assert (t.clitic, t.stem_start) == ("وال", 3)
    t = tokenize("ﻭﻟﻼﻣﻢ")[0]
    assert (t.norm, t.clitic, t.stem, t.stem_start) == ("وللامم", "ولل", "امم", 2)
    assert normalize("ﻭﻟﻼﻣﻢ").span(3, 6) == (2, 5)
    t = tokenize("ﷲ")[0]
    assert (t.clitic, t.stem, t.stem_start) == ("ال", "له", 0)
    # The same words in base letters (no ligature across the split) split at the same letters.
    for presented, base in (("ﻭﺍﻟﻮﻻﻳﺎﺕ", "والولايات"), ("ﺑﺎﻟﺮﻳﺎﺽ", "بالرياض"), ("ﻟﻠﺪﻭﻝ", "للدول")):
        p, b = tokenize(presented)[0], tokenize(base)[0]
        assert (p.clitic, p.stem) == (b.clitic, fold(b.stem)) and p.stem_start == b.stem_start


def test_presentation_punctuation_stays_punctuation_and_base_tokens_are_unchanged():
    # The ornate brackets and the honorific ligature ﷺ (several words) stay one punctuation token.
    assert [(t.text, t.kind) for t in tokenize("﴾قال﴿ ﷺ")] == [
        ("﴾", PUNCT), ("قال", "word"), ("﴿", PUNCT), ("ﷺ", PUNCT)]
    assert [t.text for t in tokenize("وقالت موسكو: «لا».")] == ["وقالت", "موسكو", ":", "«", "لا", "»", "."]
    t = tokenize("وَالولايات")[0]
    assert (t.clitic, t.stem, t.stem_start) == ("وال", "ولايات", 4)


def test_the_extractors_take_a_text_in_presentation_forms():
    import pandas as pd

    import workbench
    from workbench.extract.dates import dates_for
    from workbench.extract.entities import entities_for, public_mentions
    from workbench.extract.quotes import quotes_for
    from workbench.extract.stance import stance_for
    from workbench.text import Document

    text = "ﻭﻗﺎﻝ ﻭﺯﻳﺮ ﺍﻟﺨﺎﺭﺟﻴﺔ ﺍﻷﻣﺮﻳﻜﻲ: «ﻟﻦ ﻧﺘﺮﺍﺟﻊ» ﺃﻣﺲ ﻓﻲ ﺍﻟﺮﻳﺎﺽ. ﷲ"
    doc = Document("p", text, pd.Timestamp("2015-08-01 10:00", tz="Asia/Riyadh"))
    mentions = entities_for(doc)
    public_mentions(mentions)
    dates_for(doc)
    quotes_for(doc, mentions)
    stance_for(doc, mentions)
    articles = pd.DataFrame({"article_id": ["p"], "text": [text],
                             "published": [pd.Timestamp("2015-08-01 10:00", tz="Asia/Riyadh")]})
    found = workbench.entities(articles)
    workbench.dates(articles)
    workbench.quotes(articles, found)
    workbench.stance(articles, found)


def test_documents_read_every_column_kind_and_ignore_the_frames_attrs():
    """Ids become strings, missing texts empty, missing times None, whatever the columns' dtypes;
    a frame's attrs (the loader's problem list) change nothing."""
    frame = pd.DataFrame({
        "article_id": pd.Series(["a", "b", "c"], dtype="string"),
        "text": pd.Series(["قال", None, "نص"], dtype="string"),
        "published": pd.to_datetime(["2015-08-01 10:00", None, "2015-08-02 09:00"]).tz_localize("Asia/Riyadh"),
    })
    frame.attrs["load_errors"] = [{"path": "x", "problem": "p", "severity": "warning"}]
    docs = documents(frame)
    assert [(d.article_id, d.text) for d in docs] == [("a", "قال"), ("b", ""), ("c", "نص")]
    assert docs[0].published == pd.Timestamp("2015-08-01 10:00", tz="Asia/Riyadh") and docs[1].published is None
    assert frame.attrs["load_errors"][0]["path"] == "x"
    plain = documents(pd.DataFrame({"article_id": [7, "b8"], "text": ["x", float("nan")]}))
    assert [(d.article_id, d.text, d.published) for d in plain] == [("7", "x", None), ("b8", "", None)]


def test_sentences_end_at_line_breaks_and_stops_alike():
    """Line breaks and stops share the sentence-end pattern's first character: a stop before a line
    break ends its sentence there, a line break alone ends one, a decimal or file name does not."""
    cases = {
        "نعم.\n\nثم 3.5\nو عام 2015.\n خبر": ["نعم.", "ثم 3.5", "و عام 2015.", "خبر"],
        "\n\nقال: «لا».\u200f\nو1.pdf\n": ["قال: «لا».", "\u200f", "و1.pdf"],
        "ص. 211.\n3. طريق\n": ["ص.", "211.", "3. طريق"],
    }
    for text, expected in cases.items():
        assert [text[s:e] for s, e in sentences(text)] == expected


def test_long_texts_fold_alike_whether_nothing_is_dropped_something_is_or_a_ligature_expands():
    """The vectorised fold of long texts (256 characters and more) tells its three cases apart."""
    plain, marked, ligature = "قال " * 70, "قالَ " * 70, "ﻷن " * 70
    assert normalize(plain).text == plain and list(normalize(plain).index) == list(range(len(plain) + 1))
    n = normalize(marked)
    assert n.text == plain and n.span(0, 3) == (0, 4) and n.index[-1] == len(marked)
    n = normalize(ligature)
    assert n.text == "لان " * 70 and n.span(0, 3) == (0, 2) and n.index[-1] == len(ligature)
    assert fold(marked) == plain and fold(ligature) == "لان " * 70
