"""Names that stand for an actor only in one state's news: «المقاومة» is Yemen's popular resistance in a Yemeni story.

``workbench/data/actors/context_aliases.csv`` lists such forms (actor_id, alias,
context = a state id). They count only in an article whose catalogue mentions
include that state or an actor of it (اليمن, عدن, الحوثيين) — a state the story names in passing, far below
its most-mentioned state, only in the sentence that names it and the next — and only where
they read as names: a one-word form is no name when it follows a noun it agrees
with (الفصائل المقاومة), after «غير» (الهجرة غير الشرعية) or «محور», or before
an adjective with the article (المقاومة الفلسطينية, الشرعية الدولية).
A form that is also a catalogue name of another actor is read the state's way
there, and a longer form replaces the catalogue names inside it: «الصحراء الغربية» of an
Egyptian story is Egypt's Western Desert, not Western Sahara, and «قوات النظام المخلوع» of a Yemeni
story is Saleh's forces, not the Syrian regime («قوات النظام»).
A form with ``beside`` actors (ids joined by «|») counts only coordinated with a mention of one of them,
in either order, with a comma before «و» allowed and an epithet or title between «و» and the form: «صالح»
of «ميليشيات الحوثي وصالح», «الحوثيين، وصالح», «عبدالملك الحوثي وصالح», «الحوثيين والرئيس السابق صالح» or
«قوات صالح والحوثيين» is Ali Abdullah Saleh, a «صالح» elsewhere a given name.

>>> from workbench.text import Document
>>> from workbench.extract.entities.lookup import catalogue_mentions
>>> from workbench.extract.entities.matcher import matcher_for
>>> doc = Document("a", "تقدمت قوات المقاومة في عدن بدعم من الشرعية")
>>> found, _ = catalogue_mentions(doc, matcher_for())
>>> [(r["surface"], r["actor_id"]) for r in context_mentions(doc, found, matcher_for())]
[('قوات المقاومة', 'yemeni_popular_resistance'), ('شرعية', 'yemeni_government')]
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import pandas as pd

from workbench.extract.catalogue import CATALOGUE_DIR, load_catalogue
from workbench.extract.entities.context import adjectival_position, previous_words
from workbench.extract.entities.heads import nationality_words
from workbench.extract.entities.lookup import occupancy, record
from workbench.extract.entities.matcher import Hit, Matcher
from workbench.extract.entities.names import common_words, given_names
from workbench.text import Document, fold

__all__ = ["context_mentions", "CONFIDENCE"]

CONFIDENCE = 0.7
# The share of the most-mentioned state's mentions a state needs to bind its forms in a story.
_LEADING_SHARE = 0.4
_PATH = str(CATALOGUE_DIR / "context_aliases.csv")
# Words after which a one-word form is a common noun or an adjective, not the actor.
_NOT_AFTER = frozenset(fold(w) for w in "غير محور ثقافة ثقافه".split())
# The word after a form, without the punctuation that may close it.
_FIRST_WORD = re.compile(r"\s+(\w+)")
# «و» before a partner whose span leaves out its article («والحوثيين» -> «حوثيين»).
_AND_BEFORE_NAME = frozenset(("و", "وال", "ولل"))
# Words of loyalty after a force: its owner follows, who may be another than the context state's actor.
_LOYAL_WORDS = frozenset(fold(w) for w in "الموالي الموالية الموالين الموالون".split())
# Words of a force's form that name no side («قوات الجيش»; the article is off the hit's first word).
_SIDELESS_WORDS = frozenset(fold(w) for w in "قوات جيش الجيش".split())
# Epithets and titles that may stand between «و» and a coordinated form («والمخلوع صالح»), and the
# followers' nouns before his name («وأنصار صالح»: DECISIONS keeps the person's id in «ميليشيات ... صالح»).
_EPITHETS = frozenset(fold(w) for w in "المخلوع الرئيس السابق اليمني علي أنصار أتباع".split())


@lru_cache(maxsize=4)
def _rules(path: str) -> tuple[dict[str, Matcher], frozenset[str], dict[str, frozenset[str]], dict[str, frozenset[str]],
                               dict[tuple[str, str], frozenset[str]]]:
    """Per context state: a matcher of its forms, the one-word forms, the actors that set the
    context, and a word of each form; and (actor id, folded form) -> the actors it must stand beside."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "beside" not in table:
        table["beside"] = ""
    catalogue = load_catalogue()
    types = dict(zip(catalogue["actor_id"], catalogue["type"]))
    matchers, setters = {}, {}
    for state, rows in table.groupby("context"):
        frame = rows.assign(via="alias", type=[types.get(a, "ORG") for a in rows["actor_id"]], name_en="", name_ar="")
        matchers[state] = Matcher.from_catalogue(frame, stoplist=frozenset())
        setters[state] = frozenset(catalogue.loc[catalogue["country"] == state, "actor_id"]) | {state}
    single = frozenset(fold(a).removeprefix("ال") for a in table["alias"] if " " not in a.strip())
    # A word every form of a state contains (its last, which carries no clitic), for a cheap test first.
    keywords = {state: frozenset(fold(a).split()[-1].removeprefix("ال") for a in rows["alias"])
                for state, rows in table.groupby("context")}
    beside = {(a, fold(f)): frozenset(b.split("|"))
              for a, f, b in table[["actor_id", "alias", "beside"]].itertuples(index=False) if b}
    return matchers, single, setters, keywords, beside


def context_mentions(doc: Document, found: list[dict], matcher: Matcher, path: str | None = None) -> list[dict]:
    """Mentions of the context forms in ``doc`` whose state the catalogue mentions ``found`` set,
    outside those mentions; names are taken from ``matcher`` (the article's catalogue)."""
    matchers, single, setters, keywords, beside = _rules(_PATH if path is None else path)
    ids = {m["actor_id"] for m in found}
    states = [s for s in matchers if ids & setters[s]]
    if not states:
        return []
    folded = doc.normalized.text
    taken = occupancy([(m["start"], m["end"]) for m in found], len(doc.text))
    out: list[dict] = []
    leading: set[str] | None = None  # counted only for an article holding a form
    for state in states:
        if not any(word in folded for word in keywords[state]):
            continue  # none of the state's forms is in the text: spare the matcher's pass
        leading = _leading_states(found) if leading is None else leading
        named_in = None if state in leading else _sentences_naming(doc, found, setters[state])
        for hit in matchers[state].find(folded):
            entry = next((e for e in hit.entries if e.needs_article == hit.has_article), None)
            if entry is None:
                continue
            form = folded[hit.start:hit.end]
            partners = beside.get((entry.actor_id, form))
            if (form in single and not _reads_as_name(folded, hit, partners is not None)) or _of_a_named_state(folded, hit):
                continue
            start, end = doc.normalized.span(hit.start, hit.end)
            if named_in is not None and doc.sentence_of(start) not in named_in:  # named in passing, not here
                continue
            if partners and not _coordinated(doc.text, start, end, [m for m in found if m["actor_id"] in partners],
                                            _after_given_name(folded, hit)):
                continue
            name_en, name_ar = matcher.names.get(entry.actor_id, (None, None))
            rec = record(doc, start, end, entry.type, entry.actor_id, name_en, name_ar, "alias", "catalogue", CONFIDENCE)
            if taken.find(1, start, end) == -1:
                out.append(rec)
                continue
            # The same words as a catalogue name of something else, or a longer form around one
            # («قوات النظام المخلوع» around «قوات النظام»): the state's news reads them its own way.
            covered = [m for m in found if m["start"] < end and start < m["end"]]
            if (all(start <= m["start"] and m["end"] <= end for m in covered)
                    and any(m["actor_id"] != entry.actor_id for m in covered)):
                found[:] = [m for m in found if m not in covered]
                out.append(rec)
    return out


def _leading_states(found: list[dict]) -> set[str]:
    """The states a story is about: those whose mentions (the state's and its actors') reach a share of the
    most-mentioned state's; the others are named in passing («سوريا» in a story of Iran's opposition)."""
    homes = _homes()
    counts = Counter(homes[m["actor_id"]] for m in found if homes.get(m["actor_id"]))
    top = max(counts.values(), default=0)
    return {state for state, n in counts.items() if n >= _LEADING_SHARE * top}


def _sentences_naming(doc: Document, found: list[dict], actors: frozenset[str]) -> set[int]:
    """The sentences where a form may stand for a state the story names in passing: those that name
    the state or one of its ``actors``, and the sentence after each («... الولايات المتحدة. وقال أمام
    لجنة القوات المسلحة في مجلس الشيوخ»)."""
    named = {doc.sentence_of(m["start"]) for m in found if m["actor_id"] in actors}
    return named | {i + 1 for i in named}


@lru_cache(maxsize=1)
def _homes() -> dict[str, str]:
    """Actor id -> the state it belongs to (a state to itself)."""
    catalogue = load_catalogue()
    return {a: c for a, c in zip(catalogue["actor_id"], catalogue["country"]) if isinstance(c, str) and c}


def _coordinated(text: str, start: int, end: int, partners: list[dict], after_given: bool) -> bool:
    """Whether ``text[start:end]`` and one of ``partners`` are joined by «و» (a comma before it allowed):
    the partner before it with only «و» and epithets between («الحوثي والمخلوع صالح», «الحوثيين، وصالح»),
    or right after «و» (and its article) behind it, unless the form ends a man's name there
    (``after_given``: «محمد صالح والحوثيون»)."""
    for m in partners:
        if m["end"] <= start:
            words = text[m["end"]:start].lstrip().removeprefix("،").removeprefix(",").split()
            if words and words[0].startswith("و") and all(fold(w) in _EPITHETS for w in [words[0][1:]] + words[1:] if w):
                return True
        elif (not after_given and m["start"] >= end
              and text[end:m["start"]].strip().removeprefix("،").removeprefix(",").strip() in _AND_BEFORE_NAME):
            return True
    return False


def _after_given_name(folded: str, hit: Hit) -> bool:
    """Whether a listed given name stands right before the form, with no «و» on it."""
    before = previous_words(folded, hit.start - len(hit.prefix), 1)
    return not hit.prefix and bool(before) and before[-1] in given_names()


def _of_a_named_state(folded: str, hit: Hit) -> bool:
    """Whether a nationality adjective follows the form, which then names that state's body
    («الهلال الأحمر القطري», «الجيش الوطني الليبي»), not the context state's, or a loyalty after a
    force that names no side («قوات الجيش الموالية للمخلوع»: `loyal.py` reads the owners it knows;
    «الجيش الوطني الموالي للشرعية» keeps its side)."""
    after = _FIRST_WORD.match(folded, hit.end)  # a full stop may close the adjective («مجلس الشيوخ الفرنسي.»)
    return after is not None and (after[1].removeprefix("ال") in nationality_words()
                                  or (after[1] in _LOYAL_WORDS
                                      and _SIDELESS_WORDS.issuperset(folded[hit.start:hit.end].split())))


def _reads_as_name(folded: str, hit: Hit, beside: bool = False) -> bool:
    """Whether a one-word form is the actor's name here rather than a noun or an adjective; ``beside``:
    the form counts only coordinated with a partner («الحوثي وصالح»)."""
    before = previous_words(folded, hit.start - len(hit.prefix), 2)
    if before and (before[-1] in _NOT_AFTER or adjectival_position(before, hit.has_article)):
        return False
    after = folded[hit.end:hit.end + 4].lstrip()
    if not after.startswith("ال"):
        return True
    # Such a form is no noun an adjective follows: a definite common word after it is the verb's object
    # («قصفت ميليشيات الحوثي وصالح المدينة»), a definite name word another man's surname («وصالح الصماد»).
    word = _FIRST_WORD.match(folded, hit.end)
    return beside and word is not None and word[1] in common_words()
