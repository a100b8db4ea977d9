"""Small, real-looking frames with the schema's columns, shared by the chart and table tests."""

from __future__ import annotations

import pandas as pd

from workbench import schema

ACTORS = {
    "saudi_arabia": ("Saudi Arabia", "السعودية"),
    "iran": ("Iran", "إيران"),
    "houthis": ("Houthis", "الحوثيون"),
    "united_states": ("United States", "الولايات المتحدة"),
    "russia": ("Russia", "روسيا"),
    "bashar_al_assad": ("Bashar al-Assad", "بشار الأسد"),
    "isis": ("Islamic State (ISIS)", "تنظيم داعش"),
    "nato": ("NATO", "حلف شمال الأطلسي (الناتو)"),
    "cia": ("CIA", "CIA الأمريكية"),
}
MENTIONS = {"saudi_arabia": 14, "iran": 11, "houthis": 9, "united_states": 7, "russia": 6, "bashar_al_assad": 5,
            "isis": 4, "nato": 2, "cia": 1}
DAYS = pd.date_range("2015-07-21", periods=6, freq="D", tz="Asia/Riyadh")


def articles() -> pd.DataFrame:
    rows = [{"article_id": f"a{i}", "source": "aawsat", "published": DAYS[i % len(DAYS)] + pd.Timedelta(hours=9),
             "title": f"عنوان الخبر {i}", "lead": "", "body": "نص", "text": f"عنوان الخبر {i}\n\nنص",
             "url": f"http://example.org/{i}", "path": "sample.json", "n_chars": 10, "n_words": 3} for i in range(12)]
    return schema.conform(rows, "articles", tz="Asia/Riyadh")


def entities() -> pd.DataFrame:
    rows = []
    for rank, (actor_id, n) in enumerate(MENTIONS.items()):
        english, arabic = ACTORS[actor_id]
        for k in range(n):
            rows.append({"article_id": f"a{(k * 5 + rank) % 12}", "sentence_id": k, "start": 10 * k, "end": 10 * k + len(arabic),
                         "surface": arabic, "type": "GPE", "actor_id": actor_id, "actor": english, "actor_ar": arabic,
                         "via": "name", "method": "catalogue", "confidence": 0.9})
    rows.append({"article_id": "a0", "sentence_id": 0, "start": 0, "end": 4, "surface": "زيد", "type": "PER", "actor_id": None,
                 "actor": None, "actor_ar": None, "via": "model", "method": "model", "confidence": 0.5})
    return schema.conform(rows, "entities")


STANCES = [  # source, target, polarities
    ("saudi_arabia", "houthis", [-1.0, -1.0, -0.5, -1.0]),
    ("houthis", "saudi_arabia", [-1.0, -1.0]),
    ("iran", "houthis", [1.0, 0.5, 1.0]),
    ("saudi_arabia", "iran", [-0.5, -1.0]),
    ("united_states", "iran", [0.5, -0.5, 0.0]),
    ("russia", "bashar_al_assad", [1.0, 1.0]),
    ("united_states", "isis", [-1.0]),
    ("nato", "russia", [-0.5]),
    ("iran", "united_states", [0.0]),
]


def stance() -> pd.DataFrame:
    rows = [{"article_id": f"a{i}", "sentence_id": i, "source_actor": source, "target_actor": target, "polarity": polarity,
             "category": "verbal conflict" if polarity < 0 else "verbal cooperation", "cue": "أدان", "cue_lemma": "أدان",
             "negated": False, "start": 0, "end": 5, "confidence": 0.8}
            for i, (source, target, polarities) in enumerate(STANCES) for polarity in polarities]
    return schema.conform(rows, "stance")


def quotes() -> pd.DataFrame:
    speakers = [("عادل الجبير", "adel_al_jubeir", "direct", 4), ("وزير الخارجية السعودي", "adel_al_jubeir", "reported", 2),
                ("محمد جواد ظريف", "mohammad_javad_zarif", "direct", 2), ("ظريف", "mohammad_javad_zarif", "mixed", 1),
                ("John Kerry كيري", "john_kerry", "reported", 3), ("مصدر عسكري", None, "reported", 2), (None, None, "direct", 2)]
    rows = []
    for speaker, actor, kind, n in speakers:
        for k in range(n):
            rows.append({"article_id": f"a{k}", "quote_id": k, "kind": kind, "text": "«نص الاقتباس»", "start": 0, "end": 12,
                         "cue": "قال", "cue_lemma": "قال", "speaker": speaker, "speaker_actor": actor, "confidence": 0.8})
    return schema.conform(rows, "quotes")


def dates() -> pd.DataFrame:
    refs = [("2015-07-21", "2015-07-21", "2015-07-21", 3), ("2015-07-20", "2015-07-20", "2015-07-21", 2),
            ("2015-07-23", "2015-07-23", "2015-07-22", 2), ("2015-07-28", "2015-07-30", "2015-07-24", 1),
            ("2015-07-14", "2015-07-14", "2015-07-22", 4), ("2015-08-01", "2015-08-01", "2015-07-25", 2),
            ("2015-07-01", "2015-07-31", "2015-07-22", 1), ("1979-02-11", "1979-02-11", "2015-07-23", 1)]
    # One article per publication day: every expression of an article shares its anchor.
    rows = [{"article_id": f"a{anchor[-2:]}", "sentence_id": 0, "start": 0, "end": 5, "surface": "الثلاثاء", "kind": "date",
             "value_start": start, "value_end": end, "granularity": "day", "calendar": "gregorian", "anchor": anchor, "resolved": True}
            for start, end, anchor, n in refs for _ in range(n)]
    rows.append({"article_id": "a2", "sentence_id": 0, "start": 0, "end": 5, "surface": "قريبا", "kind": "relative",
                 "granularity": "day", "calendar": "gregorian", "anchor": "2015-07-22", "resolved": False})
    return schema.conform(rows, "dates")
