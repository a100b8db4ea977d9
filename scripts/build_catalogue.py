"""Build the shipped actor catalogue from its curated sources.

Reads ``workbench/data/actors/sources/`` (hand-curated states and actors of
Middle East politics) and writes ``workbench/data/actors/actors.csv`` (one row
an actor) and ``aliases.csv`` (one row a surface form: actor_id, alias, via).
Generated rows: a state's capital as its own city actor and as a ``capital``
alias of the state, nationality adjectives in their inflected forms
(``nationality``), and each state's foreign and defence ministries.

Run from the project root: ``.venv/bin/python scripts/build_catalogue.py``.
The output is deterministic, and ids already in the catalogue never change.
"""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "workbench" / "data" / "actors"
SOURCES = DATA / "sources"

ACTOR_FIELDS = ["id", "type", "name_en", "name_ar", "sector", "role", "country", "valid_from", "valid_to", "source"]
ALIAS_FIELDS = ["actor_id", "alias", "via"]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def split(cell: str) -> list[str]:
    return [part.strip() for part in (cell or "").split("|") if part.strip()]


def nationality_forms(stem: str) -> list[str]:
    """Inflected forms of a nationality adjective given as its masculine singular.

    >>> nationality_forms("روسي")[:4]
    ['روسي', 'روسية', 'روسيين', 'روسيون']
    >>> nationality_forms("روس")
    ['روس', 'الروس']
    """
    if not stem.endswith("ي"):
        bare = [stem]  # a broken plural or an uninflected form, as written
    else:
        bare = [stem, stem + "ة", stem + "ين", stem + "ون", stem + "ان", stem + "تين", stem + "تان"]
    return bare + ["ال" + form for form in bare]


def feminine_definite(stem: str) -> str:
    return "ال" + stem + "ة"


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


def build() -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """All actor rows and alias rows, first definition of an id winning."""
    parts = [state_rows(read_csv(SOURCES / "states.csv")), curated_rows(read_csv(SOURCES / "actors_curated.csv"))]
    actors: dict[str, dict[str, str]] = {}
    aliases: dict[tuple[str, str, str], dict[str, str]] = {}
    for part_actors, part_aliases in parts:
        for a in part_actors:
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
