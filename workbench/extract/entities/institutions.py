"""A state's ministry or parliament named by its nationality adjective is one ORG of its own:
«وزارة الخارجية الكرواتية» -> croatia_foreign_ministry, «البرلمان الألماني» -> germany_parliament.

The gold rules (benchmarks/gold/README.md) make the whole phrase one ORG mention when it is the fixed
name of a distinct institution (وزارة الخارجية المصرية, البرلمان الألماني), while the adjective
alone is the state after any other noun (الحكومة الألمانية, السلطات التركية, and the short
«الخارجية المصرية» of DECISIONS.md). The catalogue holds the foreign and defence ministries of its
states and a few parliaments; this reads the others, so that a state the catalogue lacks keeps
its ministry apart. The id is «<state>_<portfolio>_ministry» (the catalogue's own naming, with the
portfolio's slug taken from the catalogue's ministries: العدل -> justice) or «<state>_parliament»,
the same in every article.

>>> from workbench.text import Document
>>> doc = Document("a", "وقالت وزارة الخارجية الكرواتية")
>>> found = [{"start": 23, "end": 30, "type": "GPE", "actor_id": "croatia", "actor": "Croatia",
...           "actor_ar": "كرواتيا", "via": "nationality", "surface": "كرواتية", "sentence_id": 0}]
>>> reread_state_institutions(doc, found)
>>> [(r["surface"], r["type"], r["actor_id"]) for r in found]
[('وزارة الخارجية الكرواتية', 'ORG', 'croatia_foreign_ministry')]
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.compass import rewrite_mention
from workbench.extract.entities.heads import nationality_words
from workbench.extract.entities.roads import after_clitics
from workbench.text import Document, fold

__all__ = ["reread_state_institutions"]

_MINISTRY = fold("وزارة")
_PARLIAMENT = fold("برلمان")
# Proclitics that may stand before «وزارة» (the tokenizer splits them off only before the article).
_MINISTRY_CLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل"})


@lru_cache(maxsize=1)
def _portfolios() -> dict[str, str]:
    """Folded portfolio nouns without the article to their slug, from the catalogue's ministries
    named «وزارة <portfolio>», with a nationality adjective or a coordinated portfolio after it
    (وزارة العدل -> justice, وزارة الدفاع السعودية -> defense, وزارة التجارة والصناعة -> commerce)."""
    cat = load_catalogue().drop_duplicates("actor_id")
    slugs: dict[str, str] = {}
    for actor_id, name_ar, country in zip(cat["actor_id"], cat["name_ar"], cat["country"]):
        words = fold(name_ar).split()
        prefix = f"{country}_"
        if (len(words) < 2 or words[0] != _MINISTRY or not words[1].startswith("ال")
                or not actor_id.startswith(prefix) or not actor_id.endswith("_ministry")):
            continue
        slug = actor_id[len(prefix):-len("_ministry")]
        # a slug that names two coordinated portfolios does not fit the first alone (الثقافة والإعلام)
        if len(words) == 2 or words[2][2:] in nationality_words() or (words[2].startswith("و") and "_and_" not in slug):
            slugs.setdefault(words[1][2:], slug)
    return slugs


def reread_state_institutions(doc: Document, found: list[dict]) -> None:
    """Turn, in place, each nationality adjective with the article right after a ministry's
    portfolio (feminine: وزارة العدل التركية) or after «البرلمان» (masculine: البرلمان الألماني)
    into that state's institution."""
    for rec in found:
        if rec["via"] != "nationality" or rec["type"] != "GPE":
            continue
        i = bisect_left(doc.token_starts, rec["start"] - 2)
        tokens = doc.tokens
        if i < 2 or i >= len(tokens) or tokens[i].clitic != "ال" or tokens[i].stem_start != rec["start"]:
            continue
        adjective, head = tokens[i].stem, tokens[i - 1]
        if head.stem == _PARLIAMENT and head.clitic.endswith(("ال", "لل")) and adjective.endswith("ي"):
            _make_institution(doc, rec, head.stem_start, f"{rec['actor_id']}_parliament")
        elif head.clitic == "ال" and adjective.endswith("يه") and (portfolio := _portfolios().get(head.stem)):
            ministry = tokens[i - 2]
            clitics = ministry.norm[:-len(_MINISTRY)]
            if ministry.norm.endswith(_MINISTRY) and clitics in _MINISTRY_CLITICS:
                begin = after_clitics(doc.text, ministry.start, len(clitics))
                _make_institution(doc, rec, begin, f"{rec['actor_id']}_{portfolio}_ministry")


def _make_institution(doc: Document, rec: dict, begin: int, actor_id: str) -> None:
    """Rewrite ``rec`` as the institution ``actor_id`` whose name starts at ``begin``; an institution
    the catalogue lacks is named in English after its state and the id's words (Croatia justice ministry)."""
    institution = actor_id[len(rec["actor_id"]) + 1:].replace("_", " ")
    rewrite_mention(doc, rec, begin, "ORG", actor_id, f"{rec['actor']} {institution}")
