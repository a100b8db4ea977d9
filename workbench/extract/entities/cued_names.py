"""Clubs and outlets named by a bare ordinary word that a sports or press cue right before it makes a name:
«مدرب الاتحاد», «أمام النصر», «فاز الهلال على الشباب»; «وقال لـ"الوطن"», «علمت "الحياة"».

Many articles never give such a body its head noun (نادي, صحيفة), so neither the catalogue, which
holds these words only after one, nor the later-mention link of :func:`.lookup.link_headed_short_names`
reads them. The short list of `cued_names.csv` (a club or an outlet, its catalogue id or none for an
outside name) is read only where the word right before it is a cue of its kind:

- a club in an article that speaks of sport (:func:`.foreign_clubs.sports_story`) after a sports head
  (لاعب, مدرب, جماهير, مهاجم, حارس, صفوف, شعار, قميص, بعثة) or a match word (أمام, ضد, مباراة, لقاء,
  مواجهة, فوز, تعادل, خسارة), or after «على» following a verb or noun of winning (فاز الهلال على الشباب);
  «رئيس الاتحاد» and «إدارة الاتحاد» are left out (a federation's president; an office, read by :mod:`.clubs`);
- an outlet after «لـ» standing apart from it (قال لـ"الوطن", في تصريح لـ «المدينة»), or in quote marks
  after a verb of the paper's own reporting (علمت "الوطن", رصدت "الوطن").

The word must stand as a name there (:func:`.lookup.bare_body_name`: not a place, not an adjective, not
after «كأس», no word with the article or a ل-complement after it: «لاعبي الاتحاد السعودي»). A catalogue
reading inside the word (نجران the city, الخليج the gulf) gives way to it.

>>> from workbench.text import Document
>>> doc = Document("a", "وقال مدرب الاتحاد بعد المباراة")
>>> [(r["surface"], r["actor_id"]) for r in cued_names(doc, [])]
[('اتحاد', 'al_ittihad')]
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import ahocorasick
import pandas as pd

from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.clubs import replace_inside
from workbench.extract.entities.context import is_one_of, previous_words
from workbench.extract.entities.foreign_clubs import sports_story
from workbench.extract.entities.lookup import CONFIDENCE, bare_body_name, outside_id, record, start_of_word
from workbench.text import Document, fold

__all__ = ["cued_names"]

_LIST = Path(__file__).resolve().parents[2] / "data" / "actors" / "cued_names.csv"
# Sports heads and match words right before a club's short name (with a proclitic: لمدرب, وأمام).
_CLUB_CUES = frozenset(fold(w) for w in """لاعب لاعبي لاعبو لاعبا مدرب مدربي جماهير جمهور مشجعي مهاجم مهاجمي حارس
    حارسي مدافع مدافعي صفوف شعار قميص بعثة أمام ضد مباراة لقاء مواجهة فوز تعادل خسارة""".split())
# Verbs and nouns of winning two or three words before «على» + a club (فاز الهلال على الشباب).
_WIN_WORDS = frozenset(fold(w) for w in "فاز يفوز فوز تغلب يتغلب تفوق انتصر".split())
_OVER = fold("على")
# Verbs of a paper's own reporting before its quoted name (علمت "الوطن").
_PRESS_VERBS = frozenset(p + fold(w) for w in ("علمت", "رصدت") for p in ("", "و", "ف"))
_QUOTES = "\"'«»“”„"
# Characters before an outlet's name searched for «لـ» (its tatweel folded away: a lone «ل» stays) or for a
# verb of reporting and its quote marks.
_LOOK_BACK = 12


def cued_names(doc: Document, found: list[dict]) -> list[dict]:
    """New ORG records for the listed short names a cue of their kind names; records of ``found`` lying
    inside one (another reading of the same word) are removed from ``found`` (in place)."""
    folded = doc.normalized.text
    sporty: bool | None = None
    out: list[dict] = []
    for pos, end, article, (actor, kind) in _finds(folded):
        if kind == "club":
            if not _club_cue(folded, pos):
                continue
            if sporty is None:  # after the cue: most finds have none, and the story's words cost more
                sporty = sports_story(doc)
            if not sporty:
                continue
        elif not _press_cue(folded, pos, end):
            continue
        word = pos + 2 if article else pos
        if not bare_body_name(folded, word, end, article):
            continue
        start, stop = doc.normalized.span(word, end)
        if replace_inside(found, start, stop, actor[0]):
            out.append(record(doc, start, stop, "ORG", actor[0] or outside_id(doc.text[start:stop]), actor[1],
                              actor[2] or doc.text[start:stop], "alias", "catalogue", CONFIDENCE["alias"]))
    return out


def _finds(folded: str) -> list[tuple[int, int, bool, tuple[tuple[str, str, str], str]]]:
    """``(pos, end, article, listed)`` for each find of a listed form (its article included) in the folded
    text, in one pass of an automaton (a search per form, or a pattern tried at every «ال», cost a few per
    cent of the extractor)."""
    return [(end + 1 - len(form), end + 1, article, listed) for end, (form, article, listed) in _automaton().iter(folded)]


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """The listed forms in an Aho-Corasick automaton, each with its entry of :func:`_names`."""
    automaton = ahocorasick.Automaton()
    for entry in _names():
        automaton.add_word(entry[0], entry)
    automaton.make_automaton()
    return automaton


def _club_cue(folded: str, at: int) -> bool:
    """Whether the word before the short name at ``at`` (its proclitics included) is a sports head or a
    match word, or «على» after a word of winning; none past punctuation."""
    start = start_of_word(folded, at)
    last = start - 1
    while last >= 0 and folded[last] == " ":
        last -= 1
    if last < 0 or not folded[last].isalpha():
        return False
    word = folded[start_of_word(folded, last):last + 1]
    if word == _OVER:
        return any(is_one_of(w, _WIN_WORDS) for w in previous_words(folded, start)[:-1])
    return is_one_of(word, _CLUB_CUES)


def _press_cue(folded: str, at: int, end: int) -> bool:
    """Whether «لـ» apart from the outlet's name, or a verb of reporting with the name in quote marks,
    stands right before the name at ``at:end`` (``at`` the article's start, with no proclitic before it).
    A quote mark opened before the name must close right after it («لـ"الجزيرة نت"» is another outlet)."""
    if at > 0 and folded[at - 1].isalpha():
        return False  # «للوطن», «والحياة»: no press form
    window = folded[max(at - _LOOK_BACK, 0):at]
    core = window.rstrip(_QUOTES + " ")
    quoted = any(c in _QUOTES for c in window[len(core):])
    if quoted and folded[end:end + 2].lstrip()[:1] not in _QUOTES:
        return False
    if core == "ل" or core.endswith((" ل", "\nل")):
        return True
    if not quoted:
        return False
    words = core.split()
    return bool(words) and words[-1] in _PRESS_VERBS


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[str, bool, tuple[tuple[str, str, str], str]], ...]:
    """The listed forms: (folded form as written, whether it takes the article, ((catalogue id or "",
    English, Arabic name), club or outlet))."""
    cat = load_catalogue().drop_duplicates("actor_id").set_index("actor_id")
    out = []
    for form, actor, kind in pd.read_csv(_LIST, dtype=str, keep_default_na=False).itertuples(index=False):
        row = cat.loc[actor] if actor else None
        names = (actor, row["name_en"], row["name_ar"]) if row is not None else ("", None, "")
        out.append((fold(form), fold(form).startswith("ال"), (names, kind)))
    return tuple(out)
