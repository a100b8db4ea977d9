"""Datelines, bylines and framed newspaper names: «سبق- الرياض», «عين اليوم – جدة», «حصلت عليها "سبق"».

Four readings the word-level catalogue rules cannot make:

- a capital next to a dash is the dateline's place, not its government
  («زيد الخمشي- الرياض- سبق:» -> ``riyadh``, not ``saudi_arabia``);
- a newspaper, channel or agency whose short name is an ordinary word (سبق
  "preceded", الوطن, الجزيرة) is named when the short name stands alone between
  dashes, a colon, quote marks or brackets («-سبق-», «"سبق"», «(الجزيرة)») in the
  first 400 characters, as datelines, bylines and source credits print it. A short name two outlets share
  (الجزيرة: the channel and the Saudi daily) is left alone;
- a region or place named by an outlet's short name is the outlet where quote
  marks frame it («"الشرق الأوسط"» is the daily, not the region);
- a byline's writer is a person whatever the given name («مهنا التميمي-سبق-الجوف:», «لجين
  الأحمدي – عين اليوم»): two to four name words open a line at the top of the article and a dash
  follows them, then one to three words of outlet or place and a dash, a colon or the line's end.

All four use the shipped catalogue (its capitals and its media), also when a custom
catalogue is passed.

>>> from workbench.text import Document
>>> doc = Document("a", "زيد الخمشي- الرياض- سبق: اشتكى الموظفون")
>>> found = [{"start": 12, "end": 18, "actor_id": "saudi_arabia", "via": "capital"}]
>>> reread_dateline_capitals(doc, found)
>>> found[0]["actor_id"], found[0]["via"]
('riyadh', 'name')
>>> [(r["surface"], r["actor_id"]) for r in framed_media(doc, found)]
[('سبق', 'sabq')]
>>> doc = Document("b", "عنوان الخبر\\n\\nمهنا التميمي-سبق-الجوف: انطلق الفريق")
>>> [(r["surface"], r["type"]) for r in byline_names(doc, [])]
[('مهنا التميمي', 'PER')]
"""

from __future__ import annotations

import re
from functools import lru_cache

from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.lookup import occupancy, record
from workbench.extract.entities.matcher import alias_key
from workbench.extract.entities.names import common_words
from workbench.text import Document, fold

__all__ = ["capital_cities", "reread_dateline_capitals", "reread_quoted_outlets", "framed_media", "byline_names", "CONFIDENCE"]

CONFIDENCE = 0.8
_DASHES = "-–—"
_TATWEEL = "ـ"
_QUOTES = '"«»“”\''
_FRAME = _DASHES + ':"()'
# Characters that open a framed name, looked for only at the top of the article (dateline, byline,
# lead), where outlets name themselves: a dash later on is a parenthesis or a range, and scanning
# every quote mark of a long article tripled the cost of this step for no gain on the development set.
_DATELINE_CHARS = 400
# A line break opens a dateline that starts its line («سبق - جدة:» under the headline).
_OPENERS = tuple((c, _DATELINE_CHARS) for c in '"(\n' + _DASHES)
# Head nouns of an outlet's Arabic name that the framed short name goes without.
_MEDIA_HEADS = frozenset("صحيفة جريدة قناة موقع وكالة".split())
_LETTERS = "\u0621-\u063a\u0641-\u064a"
# A byline: name words at a line's start, a dash, the outlet or place, and a dash, colon or line end.
_BYLINE = re.compile(rf"(?m)^[ \t]*((?:[{_LETTERS}]+ ){{1,3}}[{_LETTERS}]+) ?[{_DASHES}] ?"
                     rf"(?:[{_LETTERS}]+ ?){{1,3}}(?=[{_DASHES}:\n]|$)")
# Words a byline's name may hold that are common words elsewhere.
_NAME_PARTICLES = frozenset(["آل", "بن", "ابن", "بنت", "أبو", "ابو", "عبد"])


Outlet = tuple[str, str, str]  # (actor id, English name, Arabic name)


@lru_cache(maxsize=1)
def _catalogue_tables() -> tuple[dict[str, Outlet], dict[str, Outlet], re.Pattern | None, dict[str, Outlet]]:
    """(state id -> its capital's (id, English, Arabic name)), (folded short name -> outlet's
    (id, English, Arabic name)), one pattern finding the short names framed, and (id of another
    actor an outlet's short name names -> the outlet)."""
    cat = load_catalogue()
    named = cat[cat["via"] == "name"]
    capitals = {country: (actor, en, ar) for actor, en, ar, country in
                named.loc[named["role"] == "capital", ["actor_id", "name_en", "name_ar", "country"]]
                .itertuples(index=False)}
    short: dict[str, set[tuple[str, str, str]]] = {}
    for actor, en, ar in named.loc[named["sector"] == "media", ["actor_id", "name_en", "name_ar"]].itertuples(index=False):
        head, _, rest = ar.partition(" ")
        if head in _MEDIA_HEADS and rest:
            key = fold(rest)
            short.setdefault(key[2:] if key.startswith("ال") else key, set()).add((actor, en, ar))
    media = {key: next(iter(ids)) for key, ids in short.items() if len(ids) == 1}
    if not media:
        return capitals, media, None, {}
    # Other actors named by an outlet's short name (الشرق الأوسط: the region and the daily).
    shadowed = {actor: media[key] for actor, alias in cat[["actor_id", "alias"]].itertuples(index=False)
                if (key := alias_key(alias)[0]) in media and media[key][0] != actor}
    names = "|".join(sorted(map(re.escape, media), key=len, reverse=True))
    frame = re.escape(_FRAME)
    pattern = re.compile(rf" ?(?:ال)?({names})(?= *[{frame}\n])")
    return capitals, media, pattern, shadowed


def capital_cities() -> dict[str, Outlet]:
    """State id -> its capital's (id, English, Arabic name), from the shipped catalogue."""
    return _catalogue_tables()[0]


def _skip_spaces(text: str, i: int, step: int) -> int:
    """The first position from ``i`` in direction ``step`` that holds no space (may be off the text)."""
    while 0 <= i < len(text) and text[i] in " \t\xa0":
        i += step
    return i


def _next_char(text: str, i: int, step: int) -> str:
    """The first character from ``i`` in direction ``step`` that is not a space ('' at the text's edge)."""
    i = _skip_spaces(text, i, step)
    return text[i] if 0 <= i < len(text) else ""


def _is_dash(char: str) -> bool:
    return bool(char) and char in _DASHES


def _dash_next(text: str, i: int, step: int) -> bool:
    """Whether the first character from ``i`` in direction ``step`` that is not a space is a dash, or a
    run of tatweels standing alone, which some papers write for one («محمد زامل ــ سبق ــ الرياض:»; a
    tatweel after a letter lengthens its word: «لـ الرياض»).

    >>> _dash_next("سبق ــ الرياض", 6, -1), _dash_next("قال لـ الرياض", 6, -1), _dash_next("سبق - الرياض", 5, -1)
    (True, False, True)
    """
    i = _skip_spaces(text, i, step)
    char = text[i] if 0 <= i < len(text) else ""
    if char != _TATWEEL:
        return _is_dash(char)
    while 0 <= i < len(text) and text[i] == _TATWEEL:
        i += step
    return not (0 <= i < len(text) and text[i].isalpha())


def _is_quote(char: str) -> bool:
    return bool(char) and char in _QUOTES


def reread_dateline_capitals(doc: Document, found: list[dict]) -> None:
    """Turn, in place, a capital read as its state into the city itself when a dash stands
    right before or after it (a dateline)."""
    capitals = None
    text = doc.text
    for rec in found:
        if rec["via"] != "capital":
            continue
        word_start = rec["start"]
        while word_start and text[word_start - 1].isalpha():  # over the proclitics and article left out of the span
            word_start -= 1
        if not (_dash_next(text, word_start - 1, -1) or _dash_next(text, rec["end"], 1)):
            continue
        if capitals is None:
            capitals = _catalogue_tables()[0]
        city = capitals.get(rec["actor_id"])
        if city is not None:
            rec["actor_id"], rec["actor"], rec["actor_ar"], rec["via"] = city[0], city[1], city[2], "name"


def reread_quoted_outlets(doc: Document, found: list[dict]) -> None:
    """Turn, in place, another actor named by an outlet's short name into the outlet where quote
    marks frame it («صحيفة "الشرق الأوسط"», «نقلت "الشرق الأوسط"»): the region is not quoted."""
    shadowed = _catalogue_tables()[3]
    text = doc.text
    for rec in found:
        outlet = shadowed.get(rec["actor_id"])
        if outlet is None:
            continue
        word_start = rec["start"]
        while word_start and text[word_start - 1].isalpha():
            word_start -= 1
        if _is_quote(_next_char(text, word_start - 1, -1)) and _is_quote(_next_char(text, rec["end"], 1)):
            rec.update(type="ORG", actor_id=outlet[0], actor=outlet[1], actor_ar=outlet[2], via="alias",
                       confidence=CONFIDENCE)


def framed_media(doc: Document, found: list[dict]) -> list[dict]:
    """Outlets named by a framed short name («-سبق-», «"سبق"») where no other mention lies."""
    _, media, pattern, _ = _catalogue_tables()
    folded = doc.normalized.text
    if pattern is None:
        return []
    taken = None
    out = []
    for match in _framed(folded, pattern):
        start, end = doc.normalized.span(match.start(1), match.end(1))
        if taken is None:
            taken = occupancy([(r["start"], r["end"]) for r in found], len(doc.text))
        if taken.find(1, start, end) != -1:
            continue
        actor, en, ar = media[match.group(1)]
        out.append(record(doc, start, end, "ORG", actor, en, ar, "alias", "catalogue", CONFIDENCE))
    return out


def _framed(folded: str, pattern: re.Pattern) -> list[re.Match]:
    """Matches of ``pattern`` right after a frame character; the few frame characters are found
    with ``str.find`` (a regular-expression scan of every position costs more)."""
    out = []
    for char, limit in _OPENERS:
        i = folded.find(char, 0, limit)
        while i != -1:
            match = pattern.match(folded, i + 1)
            if match is not None:
                out.append(match)
            i = folded.find(char, i + 1, limit)
    return out


def byline_names(doc: Document, found: list[dict]) -> list[dict]:
    """Writers named in a byline at the top of the article where no other mention lies; a line
    holding a common word (a headline: «وفاة ثلاثة أشخاص - جدة») names no writer."""
    text = doc.text
    if "\n" not in text[:_DATELINE_CHARS]:
        return []
    common = common_words()
    out = []
    for match in _BYLINE.finditer(text, 0, _DATELINE_CHARS):
        start, end = match.span(1)
        if any(w not in _NAME_PARTICLES and fold(w) in common for w in match.group(1).split()):
            continue
        if any(r["start"] < end and start < r["end"] for r in found):
            continue
        out.append(record(doc, start, end, "PER", None, None, text[start:end], "pattern", "pattern", CONFIDENCE))
    return out
