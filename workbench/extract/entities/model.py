"""The CRF name tagger for names outside the catalogue (trained on ANERcorp).

Features (one list of strings a token): the folded word, its clitic-stripped
stem, the stem's first and last 2-3 letters, the clitics, a shape class,
trigger-word classes (titles such as الرئيس وزير, organisation nouns, place
nouns, reporting verbs), gazetteer membership by type (the catalogue's name
words when the model was trained, a file beside the model), and the word,
stem, trigger and gazetteer features of the next token either side (stem and
trigger of the second). Per-word
features are cached by word, so a window costs a few list concatenations.
``scripts/train_ner.py`` trains the shipped model with :func:`sentence_features`
and writes its gazetteer (:func:`build_gazetteer`) beside it.

>>> sentence_features([("قال", "قال"), ("الرئيس", "رئيس")])[1][:3]
['w=الرئيس', 's=رئيس', 'p2=رئ']
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from itertools import chain, compress, count, starmap
from pathlib import Path

import pandas as pd
import pycrfsuite

from workbench.extract.entities.lookup import record
from workbench.extract.entities.matcher import alias_key
from workbench.extract.entities.names import ALI, BINDERS, _stopped, common_words, given_names, suffixed_common
from workbench.extract.entities.towns import load_towns
from workbench.text import Document, candidate_splits, fold

__all__ = ["NerModel", "load_model", "model_mentions", "sentence_features", "word_features", "gazetteer_features", "build_gazetteer", "write_gazetteer", "read_gazetteer", "gazetteer_path", "trigger_windows", "word_stem", "DEFAULT", "MODEL_PATH", "GAZETTEER_PATH", "TYPES", "SCOPES", "check_scope"]

DEFAULT = "default"
MODEL_PATH = Path(__file__).resolve().parents[2] / "data" / "ner" / "anercorp_crf.crfsuite"
TYPES = {"PERS": "PER", "ORG": "ORG", "LOC": "GPE", "MISC": "MISC"}
WINDOW = (-2, -1, 1, 2)

_TRIGGERS = {
    "title": """رئيس الرئيس وزير الوزير نائب النائب السيد السيده الشيخ الامير الملك الدكتور د المهندس اللواء العميد
        العقيد الجنرال المستشار المتحدث الناطق السفير المبعوث الامين الاستاذ الفنان اللاعب المدرب الكاتب الصحفي
        المدير مدير محافظ المحافظ القائد زعيم الزعيم المرشح المستشاره الرئيسه الوزيره عضو العضو""",
    "org": """شركه وزاره هيئه جمعيه جامعه منظمه مجلس حركه حزب جماعه وكاله صحيفه قناه بنك مؤسسه موسسه مركز اتحاد
        لجنه نادي فريق مجموعه جبهه تنظيم معهد محكمه برنامج صندوق""",
    "loc": """مدينه مدينة محافظه ولايه منطقه اقليم قريه بلده عاصمه العاصمه جزيره نهر بحر جبل شمال جنوب شرق غرب
        ميناء مطار""",
    "say": """قال وقال قالت وقالت اكد واكد اكدت اعلن واعلن اعلنت اضاف واضاف اوضح واوضح صرح اشار واشار""",
}
_TRIGGER_OF = {fold(w): cls for cls, words in _TRIGGERS.items() for w in words.split()}
_WINDOW_TRIGGERS = frozenset(w for w, cls in _TRIGGER_OF.items() if cls in ("title", "org", "say"))
# Head nouns that start a second name when a conjunction joins them to the first («صندوق التنمية
# العقاري وشركة ...»): a model span runs on into them because ANERcorp rarely coordinates names.
_ORG_HEADS = frozenset(w for w, cls in _TRIGGER_OF.items() if cls in ("org", "loc"))
# One-word forms the model tags but that name nobody: pronouns and particles, the Levantine and
# Gregorian month names (نيسان is also a car maker, but in news it is mostly April).
_NOT_NAMES = frozenset(fold(w) for w in """له لها لهم لي لنا لك هو هي هم هن انا نحن انت هذا هذه ذلك تلك الذي التي
    الذين منه منها عنه عنها فيه فيها به بها عليه عليها اليه اليها معه معها
    يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر
    كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين""".split())
# Endings of a word with a pronoun suffix or of a plural in construct (منسوبو, عامليها), no one-word name's.
_SUFFIXED = ("ها", "هم", "هما", "كم", "هن", "وا")
# The accusative tanwin, which ends an adverbial or predicate after a name (حزيناً) and no name.
_ACCUSATIVE = "\u064b"
# Words after which a name outside the trigger windows is part of a longer name: binders, «بني»
# (a tribe or a place: بني حسن), «أم» (a kunya: أم محمد) and «ولد» (a Mauritanian patronym: إسماعيل ولد
# الشيخ أحمد).
_BOUND_BEFORE = BINDERS | frozenset({"بني", "ام", "ولد"})
# Prepositions written onto a word, with or without a conjunction (لمحمد, وبمحمد).
_PREPOSITIONS = frozenset({"ل", "ب", "ك", "ول", "وب", "وك", "فل", "فب"})
# The labels of OUTSIDE_KINDS: a word weighing towards one of them opens a window outside the triggers.
_NAME_LABELS = frozenset({"B-PERS", "I-PERS", "B-ORG", "I-ORG"})


class NerModel:
    """A trained CRF model file, opened on first use (so it can be sent to worker processes)."""

    def __init__(self, path: str | Path = MODEL_PATH) -> None:
        self.path = Path(path)
        self._tagger: pycrfsuite.Tagger | None = None
        self._views = _ViewCache(self)
        self._attributes: frozenset[str] = frozenset()
        self._name_words: frozenset[str] = frozenset()
        self._encoded: dict[str, bytes] | None = None

    @property
    def tagger(self) -> pycrfsuite.Tagger:
        if self._tagger is None:
            tagger = pycrfsuite.Tagger()
            tagger.open(str(self.path))
            weights = tagger.info().state_features
            self._attributes = frozenset(attr for attr, _ in weights)
            common = common_words()
            self._name_words = frozenset(attr[2:] for (attr, label), weight in weights.items()
                                         if weight > 0 and label in _NAME_LABELS and attr[:2] in ("w=", "s=")
                                         and attr[2:] not in common)
            self._tagger = tagger
        return self._tagger

    def tag(self, words: list[tuple[str, str]], first: int = 0, last: int | None = None) -> list[str]:
        """BIO labels (ANERcorp types) of tokens ``first..last`` of a sentence given as (folded word, stem) pairs."""
        # The cache's own item look-up, called from C by map: no Python frame per word on a hit.
        return self.tagger.tag(sentence_features(words, first, last, self._views.__getitem__)) if words else []

    @property
    def attributes(self) -> frozenset[str]:
        """Feature names the model has a weight for (read when the model file is opened)."""
        if self._tagger is None:
            _ = self.tagger
        return self._attributes

    @property
    def name_words(self) -> frozenset[str]:
        """Folded words and stems, no common word (``common_words.txt``: a common word opens
        no name), whose own feature weighs towards a person's or a body's name (read when the
        model file is opened): where a span outside the trigger windows can stand."""
        if self._tagger is None:
            _ = self.tagger
        return self._name_words

    @property
    def encoded_attributes(self) -> dict[str, bytes]:
        """:attr:`attributes`, each with its UTF-8 bytes (the form the tagger's views hold)."""
        if self._encoded is None:
            self._encoded = {attr: attr.encode() for attr in self.attributes}
        return self._encoded

    def word_view(self, word: tuple[str, str]) -> View:
        """:func:`word_features` of a (folded word, stem) pair without the features the model has no
        weight for (they cannot change a label, and the tagger would look each one up), as UTF-8
        bytes (the tagger takes them without encoding each name again), cached per pair (the
        sentence's own pair is the key: no tuple is built a look-up)."""
        return self._views[word]

    def __getstate__(self) -> dict:
        return {"path": self.path, "_tagger": None, "_attributes": frozenset(), "_encoded": None}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._views = _ViewCache(self)


class _ViewCache(dict):
    """(folded word, stem) -> :meth:`NerModel.word_view`, filled on a miss and emptied when large."""

    def __init__(self, model: NerModel) -> None:
        super().__init__()
        self.model = model

    def __missing__(self, word: tuple[str, str]) -> View:
        # The model's feature names already as bytes: one look-up a feature, no encoding per miss.
        known = self.model.encoded_attributes
        view = tuple([tuple([known[f] for f in part if f in known]) for part in word_features(*word)])
        if len(self) >= 200_000:
            self.clear()
        self[word] = view
        return view


@lru_cache(maxsize=4)
def _model_at(path: str) -> NerModel:
    return NerModel(path)


def load_model(model: NerModel | str | Path | None = DEFAULT) -> NerModel | None:
    """The model to use: the shipped one for ``"default"``, a file path, a model, or None."""
    if model is None or isinstance(model, NerModel):
        return model
    return _model_at(str(MODEL_PATH if model == DEFAULT else Path(model).resolve()))


def word_stem(norm: str) -> str:
    """The stem of a folded word under the article-anchored reading (as :func:`workbench.text.tokenize`).

    >>> word_stem("والرقه"), word_stem("وزير")
    ('رقه', 'وزير')
    """
    for clitic, stem in candidate_splits(norm):
        if not clitic or clitic.endswith("ال") or clitic.endswith("لل"):
            return stem
    return norm


def gazetteer_path(model_path: Path) -> Path:
    """The gazetteer file that belongs to a model file: beside it, ``<stem>.gazetteer.tsv``."""
    return model_path.with_name(f"{model_path.stem}.gazetteer.tsv")


GAZETTEER_PATH = gazetteer_path(MODEL_PATH)


def build_gazetteer(catalogue: pd.DataFrame) -> dict[str, str]:
    """Folded word -> catalogue type of the names it occurs in (first type seen), from a catalogue's
    names and aliases: what ``scripts/train_ner.py`` writes beside the model it trains."""
    gaz: dict[str, str] = {}
    names = catalogue.loc[catalogue["via"].isin(["name", "alias"]), ["alias", "type"]]
    for alias, typ in names.itertuples(index=False):
        for word in alias_key(alias)[0].split():
            if len(word) > 2:
                gaz.setdefault(word, typ)
    return gaz


def write_gazetteer(gaz: dict[str, str], path: Path) -> None:
    """Write a gazetteer as ``word<TAB>type`` lines, sorted by word (a stable file to diff)."""
    path.write_text("".join(f"{word}\t{typ}\n" for word, typ in sorted(gaz.items())), encoding="utf-8")


def read_gazetteer(path: Path) -> dict[str, str]:
    """A gazetteer file written by :func:`write_gazetteer`."""
    return dict(line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line)


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, str]:
    """The shipped model's gazetteer (folded word -> type), read from its own file and not from the
    live catalogue: the model's features must be the ones it was trained on, whatever names the
    catalogue gains later."""
    return read_gazetteer(GAZETTEER_PATH)


# A word's own features, then the features a token sees of it at each offset of WINDOW (-2, -1, +1, +2).
# Feature names are str, or UTF-8 bytes in the tagger's views (pycrfsuite takes either).
Feature = str | bytes
View = tuple[tuple[Feature, ...], tuple[Feature, ...], tuple[Feature, ...], tuple[Feature, ...], tuple[Feature, ...]]


@lru_cache(maxsize=200_000)
def word_features(norm: str, stem: str) -> View:
    """A word's own features and the shorter views its neighbours have of it, one per offset of WINDOW,
    with the shipped model's gazetteer.

    >>> word_features("الوزير", "وزير")[3]
    ('1w=الوزير', '1s=وزير', '1tr=title', '1gz=-')
    """
    return gazetteer_features(norm, stem, _gazetteer())


def gazetteer_features(norm: str, stem: str, gazetteer: dict[str, str]) -> View:
    """:func:`word_features` with a given gazetteer (``scripts/train_ner.py`` trains with the one it writes)."""
    shape = "latin" if norm.isascii() and norm.isalpha() else "num" if norm[:1].isdigit() else "word" if norm.isalpha() else "punct"
    trig = _TRIGGER_OF.get(norm) or _TRIGGER_OF.get(stem) or "-"
    gaz = gazetteer.get(stem) or gazetteer.get(norm) or "-"
    clitic = norm[: len(norm) - len(stem)] if norm.endswith(stem) else ""
    own = (
        f"w={norm}", f"s={stem}", f"p2={stem[:2]}", f"p3={stem[:3]}", f"x2={stem[-2:]}", f"x3={stem[-3:]}",
        f"c={clitic}", f"sh={shape}", f"tr={trig}", f"gz={gaz}",
    )
    # A list built inside tuple() and a membership test cost a third less than a generator and abs()
    # on a cold view cache, where every new word comes through here.
    near = tuple([
        (f"{off}w={norm}", f"{off}s={stem}", f"{off}tr={trig}", f"{off}gz={gaz}") if off in (-1, 1)
        else (f"{off}s={stem}", f"{off}tr={trig}")
        for off in WINDOW
    ])
    return (own, *near)


def sentence_features(words: list[tuple[str, str]], first: int = 0, last: int | None = None,
                      view: Callable[[tuple[str, str]], View] | None = None) -> list[list[Feature]]:
    """CRF features of a sentence given as (folded word, stem) pairs, for tokens ``first..last``
    (default all) with the whole sentence as context; ``view`` gives a pair's features
    (:func:`word_features` by default)."""
    n = len(words)
    last = n - 1 if last is None else last
    # Views of the tagged tokens and two either side, an empty view past the sentence's ends, so
    # every token's features are one list display in a fixed order: own, -2, -1, +1, +2.
    lo, hi = max(first - 2, 0), min(last + 3, n)
    inside = words[lo:hi]
    views = [*(_NO_VIEW,) * (lo - first + 2),
             *(map(view, inside) if view is not None else starmap(word_features, inside)),
             *(_NO_VIEW,) * (last + 3 - hi)]
    # Five shifted views walked together: no index arithmetic per token.
    out = [[*own[0], *m2[1], *m1[2], *p1[3], *p2[4]]
           for m2, m1, own, p1, p2 in zip(views, views[1:], views[2:], views[3:], views[4:])]
    if out and first == 0:
        out[0].append("BOS")
    if out and last == n - 1:
        out[-1].append("EOS")
    return out


_NO_VIEW: View = ((), (), (), (), ())


def trigger_windows(words: list[tuple[str, str]], before: int = 1, after: int = 4,
                    triggers: frozenset[str] = _WINDOW_TRIGGERS) -> list[tuple[int, int]]:
    """(first, last) token ranges around title, organisation and reporting-verb triggers (or
    other ``triggers``: folded words or stems), merged.

    >>> trigger_windows([("قال", "قال"), ("فلان", "فلان"), ("و", "و")] + [("x", "x")] * 9 + [("الرييس", "رييس")])
    [(0, 4), (11, 12)]
    """
    ranges: list[tuple[int, int]] = []
    if triggers.isdisjoint(chain.from_iterable(words)):
        return ranges
    # Positions in the flat (norm, stem, norm, stem, ...) sequence, picked in C: a Python test per
    # word costs more than the rest of the function. A word whose norm and stem are both triggers
    # comes twice and merges into its own range.
    for flat in compress(count(), map(triggers.__contains__, chain.from_iterable(words))):
        i = flat >> 1
        lo, hi = max(0, i - before), min(len(words) - 1, i + after)
        if ranges and lo <= ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], hi)
        else:
            ranges.append((lo, hi))
    return ranges


# Spans the model reads outside every trigger window are kept only when each of their tokens has at
# least this marginal and their type is one of OUTSIDE_KINDS (docs/actors.md, round 88: the sweep).
OUTSIDE_CONFIDENCE = 0.90
OUTSIDE_KINDS = frozenset({"PERS", "ORG"})
SCOPES = ("triggers", "confident", "all")
# Key set on the records of spans read outside the trigger windows: the weakest reading, which
# yields to an overlapping pattern name (entities_for).
OUTSIDE_WINDOWS = "outside_windows"


def check_scope(scope: str, name: str = "scope") -> str:
    """``scope`` itself when it is one of :data:`SCOPES`; a ValueError naming them (and the argument ``name``) otherwise.

    >>> check_scope("confident")
    'confident'
    """
    if scope not in SCOPES:
        raise ValueError(f"{name} must be one of {', '.join(SCOPES)}, not {scope!r}")
    return scope


def model_mentions(doc: Document, model: NerModel, scope: str = "triggers") -> list[dict]:
    """Names the model finds in ``doc``, as entity records with actor_id NA (ids come from :mod:`.outside`).

    ``scope="all"`` tags every sentence; ``"triggers"`` (several times faster)
    tags only the tokens around titles, organisation nouns and reporting verbs,
    where names outside the catalogue mostly stand, each with its whole sentence
    as feature context; ``"confident"`` also tags, outside those windows, the
    word after each of the model's :attr:`NerModel.name_words` (and the word itself) and
    keeps a span there only when its type is in :data:`OUTSIDE_KINDS` and its
    lowest marginal is at least :data:`OUTSIDE_CONFIDENCE`.
    """
    check_scope(scope)
    out: list[dict] = []
    # Every sentence's word pairs are built once per article anyway; a set test on them
    # (in trigger_windows) is cheaper than an automaton pass over the folded text, as a trigger
    # word often stands inside longer words.
    for i, words in enumerate(doc.sentence_words):
        tokens = doc.sentence_tokens[i]
        if scope == "all":
            out += _range_mentions(doc, model, words, tokens, 0, len(words) - 1)
            continue
        windows = trigger_windows(words)
        for lo, hi in windows:
            out += _range_mentions(doc, model, words, tokens, lo, hi)
        if scope == "confident":
            for lo, hi in _outside(windows, trigger_windows(words, 0, 1, model.name_words), len(words)):
                out += [{**m, OUTSIDE_WINDOWS: True}
                        for m in _range_mentions(doc, model, words, tokens, lo, hi, outside=True)
                        if m["confidence"] >= OUTSIDE_CONFIDENCE and not _ends_bound(m["surface"])]
    return out


def _between(windows: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The (first, last) token ranges of a sentence of ``n`` tokens that no window covers.

    >>> _between([(2, 4), (7, 8)], 10)
    [(0, 1), (5, 6), (9, 9)]
    """
    gaps: list[tuple[int, int]] = []
    at = 0
    for lo, hi in windows:
        if lo > at:
            gaps.append((at, lo - 1))
        at = hi + 1
    if at < n:
        gaps.append((at, n - 1))
    return gaps


def _with_article(norm: str, stem: str) -> bool:
    """Whether a word carries the article (الحسين, والشيعة, للتحقيقات): outside the trigger
    windows a name read from it is a family name cut from a longer name or a common noun.

    >>> _with_article("الحسين", "حسين"), _with_article("وحسين", "حسين")
    (True, False)
    """
    clitic = norm[: len(norm) - len(stem)] if norm.endswith(stem) else ""
    return clitic.endswith(("ال", "لل"))


def _inside_longer_name(words: list[tuple[str, str]], first: int, last: int) -> bool:
    """Whether the span ``first..last`` of a sentence's words is cut from a longer name: a given
    name, a binder, «بني» (a tribe or a place) or «أم» (a kunya) stands before it («بدرية | أحمد»,
    «جهاد | الحسين», «بن | عبدالعزيز», «بني | حسن»), or a
    given name or a word with the article after it («محمد | المصري», «سعد | الشهري»).

    >>> w = [("قال", "قال"), ("محمد", "محمد"), ("المصري", "مصري"), ("الذي", "الذي")]
    >>> _inside_longer_name(w, 1, 1), _inside_longer_name(w, 1, 2)
    (True, False)
    """
    given = given_names()
    if first > 0 and _bare_in(words[first - 1][0], _given_or_bound()):
        return True
    if last + 1 < len(words):
        norm, stem = words[last + 1]
        # A nisba is often a common word too (الشهري, المصري): any word with the article but a
        # pronoun or particle (الذي, التي) is taken as the name's next word; a binder (بن, ولد)
        # continues the name.
        return norm in given or stem in given or norm in _BOUND_BEFORE or norm[:2] == "ال" and norm not in _NOT_NAMES
    return False


@lru_cache(maxsize=1)
def _given_or_bound() -> frozenset[str]:
    """The given names and the words of :data:`_BOUND_BEFORE`, joined once (a name read outside
    the trigger windows tests the word before it against both)."""
    return given_names() | _BOUND_BEFORE


def _bare_in(norm: str, words: frozenset[str]) -> bool:
    """Whether a folded word is one of ``words``, with or without the article or a conjunction or
    preposition before it («ومحمد», «وبني», «لعبد»).

    >>> _bare_in("وبني", frozenset({"بني"})), _bare_in("لعبد", BINDERS), _bare_in("بنيان", frozenset({"بني"}))
    (True, True, False)
    """
    return any(stem in words for _, stem in candidate_splits(norm))


def _behind_clitic(norm: str, alone: bool) -> bool:
    """Whether a name's first word carries a preposition on a given name («لمحمد عادل», «لجورج
    شيفيلي»: the span and its id would hold the preposition) or, in a one-word name (``alone``), is
    a title or head noun with a clitic or without its article («لحزب», «وحزب», «شيخ»): outside the
    trigger windows no name.

    >>> _behind_clitic("لجورج", False), _behind_clitic("وحزب", True), _behind_clitic("شيخ", True)
    (True, True, True)
    >>> _behind_clitic("جورج", False), _behind_clitic("بلير", True)
    (False, False)
    """
    given = given_names()
    return any(clitic in _PREPOSITIONS and stem in given
               or alone and (clitic and stem in _TRIGGER_OF or "ال" + stem in _TRIGGER_OF)
               for clitic, stem in candidate_splits(norm))


def _named_otherwise(name: str) -> bool:
    """Whether a name read outside the trigger windows is a town («أم القيوين», «مانشستر» of its
    club) or a stoplist word («رشيد»): the town list and the stoplist know it as no person or body.

    >>> _named_otherwise("مانشستر"), _named_otherwise("رشيد"), _named_otherwise("يونايتد")
    (True, True, False)
    """
    folded = fold(name)
    return folded in load_towns() or folded in _stopped()


def _ends_bound(name: str) -> bool:
    """Whether ``name`` ends with a word that binds the next (عبد, بن, أبو, آل): a name cut short,
    or none («عبد», «وعبد المال عبد»).

    >>> _ends_bound("وعبد المال عبد"), _ends_bound("أحمد منصور")
    (True, False)
    """
    last = fold(name.split()[-1])
    return last in BINDERS or word_stem(last) in BINDERS


def _outside(windows: list[tuple[int, int]], near: list[tuple[int, int]], n: int) -> list[tuple[int, int]]:
    """The parts of the ranges ``near`` that no window covers, in a sentence of ``n`` tokens.

    >>> _outside([(2, 4)], [(0, 3), (6, 7)], 10)
    [(0, 1), (6, 7)]
    """
    gaps = _between(windows, n)
    return [(max(lo, g_lo), min(hi, g_hi)) for lo, hi in near for g_lo, g_hi in gaps
            if max(lo, g_lo) <= min(hi, g_hi)]


def _range_mentions(doc: Document, model: NerModel, words: list[tuple[str, str]], tokens: list,
                    lo: int, hi: int, outside: bool = False) -> list[dict]:
    """Records of the spans the model tags in tokens ``lo..hi`` of one sentence, each with the
    lowest marginal of its tokens as confidence; ``outside``: the tokens lie outside the trigger
    windows, where only spans of :data:`OUTSIDE_KINDS` count and names cut from longer ones or read
    otherwise are dropped."""
    out: list[dict] = []
    marginal = model.tagger.marginal  # bound once: a property look-up per name is measurable here
    labels = model.tag(words, lo, hi)
    for first, last, kind in _spans(labels):
        if outside and kind not in OUTSIDE_KINDS:
            continue
        cut = _cut_at_second_name(words, lo + first, lo + last, kind == "PERS") - lo
        if outside and cut < last and _runs_on(words[lo + cut + 1][0], marginal(labels[cut + 1], cut + 1)):
            continue
        last = cut
        if kind == "PERS":
            last = _cut_at_accusative(tokens, lo + first, lo + last) - lo
        if last == first and not _can_name(*words[lo + first]):
            continue
        if outside and (_with_article(*words[lo + first]) or _inside_longer_name(words, lo + first, lo + last)
                        or _behind_clitic(words[lo + first][0], last == first)
                        # «علي» spelt with its yā' after the name: its next given name (محمد علي), which the
                        # model leaves out as the folded word is also the preposition «على»
                        or lo + last + 1 < len(tokens) and tokens[lo + last + 1].text == ALI):
            continue
        start, end = tokens[lo + first].stem_start, tokens[lo + last].end
        name = doc.text[start:end]
        if outside and _named_otherwise(name):
            continue
        confidence = min(marginal(labels[i], i) for i in range(first, last + 1))
        out.append(record(doc, start, end, TYPES.get(kind, "MISC"), None, name, name, "model", "model",
                          round(confidence, 3)))
    return out


def _cut_at_second_name(words: list[tuple[str, str]], first: int, last: int, person: bool = False) -> int:
    """The last token of a span ``first..last`` cut before a conjunction-prefixed head noun
    (وشركة, ووزارة), which starts another name, or in a ``person``'s name before any word with و
    and the article (سعود والطريق), and without common words at its end («شورى سابق»; in a
    person's name also with a pronoun suffix: «سمير كلامه»).

    >>> _cut_at_second_name([("صندوق", "صندوق"), ("التنميه", "تنميه"), ("العقاري", "عقاري"), ("وشركه", "وشركه")], 0, 3)
    2
    """
    for i in range(first + 1, last + 1):
        norm = words[i][0]
        if norm[:1] == "و" and (norm[1:] in _ORG_HEADS or person and norm[1:3] == "ال"):
            last = i - 1
            break
    while last > first and (_common(*words[last]) or person and suffixed_common(words[last][0])):
        last -= 1
    return last


def _runs_on(norm: str, confidence: float) -> bool:
    """Whether the common word the model reads as a name's next word, with this marginal, is the
    name's family name («محمد | علي», «إسماعيل | مغربي», «محمد | رمضان»): outside the trigger
    windows the name is then cut from a longer one. A particle or a word with «و» or «ف» starts
    the clause after the name («أحمد مع», «خالد فيقول»), which the model reads with less confidence
    or which carries the conjunction.

    >>> _runs_on("مغربي", 1.0), _runs_on("مع", 0.47), _runs_on("فيقول", 0.95)
    (True, False, False)
    """
    return confidence >= OUTSIDE_CONFIDENCE and len(norm) > 2 and norm[0] not in "وف"


def _cut_at_accusative(tokens: list, first: int, last: int) -> int:
    """The last token of a person's span ``first..last`` cut before a word written with the
    accusative tanwin (حزيناً, مبتسماً, أيضاً): an adverbial after the name, as no name takes it.

    >>> from workbench.text import Document
    >>> tokens = Document("a", "بدا إبراهيم حزيناً ونادماً").tokens
    >>> _cut_at_accusative(tokens, 1, 3)
    1
    """
    for i in range(first + 1, last + 1):
        if _ACCUSATIVE in tokens[i].text:
            return i - 1
    return last


def _can_name(norm: str, stem: str) -> bool:
    """Whether a single word can be a name: no particle, pronoun or month name, no generic head
    noun or title alone (منظمة, بنك, اتحاد), no common word
    (``common_words.txt``), no pronoun suffix or construct plural ending, more than two letters.

    >>> _can_name("جرفينيو", "جرفينيو"), _can_name("له", "له"), _can_name("عامليها", "عامليها"), _can_name("نيسان", "نيسان")
    (True, False, False, False)
    """
    if len(stem) < 3 or norm in _NOT_NAMES or stem in _NOT_NAMES or stem.endswith(_SUFFIXED) or stem in _TRIGGER_OF:
        return False
    return not _common(norm, stem)


def _common(norm: str, stem: str) -> bool:
    common = common_words()
    return norm in common or stem in common


def _spans(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first, last, type) token indices of each B-/I- chunk.

    >>> _spans(["O", "B-PERS", "I-PERS", "O", "I-LOC"])
    [(1, 2, 'PERS'), (4, 4, 'LOC')]
    """
    spans: list[tuple[int, int, str]] = []
    if labels.count("O") == len(labels):
        return spans  # most windows name nobody: one count in C instead of a Python step per label
    for i, label in enumerate(labels):
        if label == "O":
            continue
        prefix, kind = label.split("-", 1)
        if prefix == "I" and spans and spans[-1][1] == i - 1 and spans[-1][2] == kind:
            spans[-1] = (spans[-1][0], i, kind)
        else:
            spans.append((i, i, kind))
    return spans

