"""Clubs named by a short form that is an ordinary word, in a list of clubs: «ناديي الهلال والنصر».

The catalogue enters clubs whose short name is also a word (النصر "victory", الشباب
"youth", الاتفاق "agreement", هجر) only with their head noun (نادي النصر, نادي هجر).
A run of short forms joined by «و» («الاتحاد والشباب والفتح», «ناديي نجران والوحدة»)
names clubs when it holds a club the catalogue found, follows a plural or dual head
(أندية, الأندية, ناديي), or counts three short forms or more. A club read this way
replaces the catalogue's other reading of the same words (الخليج the gulf, نجران the
city). Reads the shipped catalogue's clubs, also when a custom catalogue is passed.

>>> from workbench.text import Document
>>> doc = Document("a", "جاء بطلب ناديي الهلال والنصر")
>>> found = [{"start": 17, "end": 21, "actor_id": "al_hilal"}]
>>> [(r["surface"], r["actor_id"]) for r in coordinated_clubs(doc, found)]
[('نصر', 'al_nassr')]
"""

from __future__ import annotations

from functools import lru_cache

from workbench.extract.catalogue import load_catalogue
from workbench.extract.entities.lookup import CONFIDENCE, record
from workbench.extract.entities.matcher import alias_key
from workbench.text import Document, Token, fold

__all__ = ["coordinated_clubs"]

_HEAD = fold("نادي") + " "
# Plural and dual heads after which a short form is a club («أندية الهلال», «ناديي نجران»).
_LIST_HEADS = frozenset(fold(w) for w in ("أندية", "الأندية", "ناديي", "ناديا", "الناديين"))
# Cheap substrings of sports news (أندية, نادي, لاعب): an article without them or a club skips the token pass.
_HEAD_MARKS = ("ندية", "نادي", "ناديا", "لاعب")
_MIN_RUN = 3  # short forms in a row that name clubs without any other sign


@lru_cache(maxsize=1)
def _clubs() -> tuple[frozenset[str], dict[tuple[str, bool], tuple[str, str, str]]]:
    """(ids of the shipped clubs), ((folded short form without the article, whether it takes the
    article) -> (id, English, Arabic name))."""
    cat = load_catalogue()
    clubs = cat[(cat["sector"] == "sport") & (cat["role"] == "football club")]
    short = {}
    for actor, alias, en, ar in clubs[["actor_id", "alias", "name_en", "name_ar"]].itertuples(index=False):
        key = alias_key(alias)[0]
        rest = key[len(_HEAD):]
        if key.startswith(_HEAD) and " " not in rest:
            short[(rest[2:], True) if rest.startswith("ال") else (rest, False)] = (actor, en, ar)
    return frozenset(clubs["actor_id"]), short


def coordinated_clubs(doc: Document, found: list[dict]) -> list[dict]:
    """New records for the clubs that lists of short forms name; the records of ``found`` that
    the same words gave another reading are removed from ``found`` (in place)."""
    ids, short = _clubs()
    known = {rec["end"]: rec["actor_id"] for rec in found if rec["actor_id"] in ids}
    if not known and not any(mark in doc.text for mark in _HEAD_MARKS):
        return []
    out: list[dict] = []
    for run, after_head in _runs(doc.tokens, short, known):
        if not (after_head or len(run) >= _MIN_RUN or any(end in known for _, end, _ in run)):
            continue
        for start, end, club in run:
            if known.get(end) == club[0] or not _replace(found, start, end):
                continue
            out.append(record(doc, start, end, "ORG", club[0], club[1], club[2], "alias", "catalogue", CONFIDENCE["alias"]))
    return out


def _runs(tokens: list[Token], short: dict, known: dict[int, str]):
    """Runs of club short forms joined by «و»: lists of (start, end, club), each with whether a
    list head comes right before the run."""
    run: list[tuple[int, int, tuple[str, str, str]]] = []
    joined, after_head, previous = False, False, ""
    for tok in tokens:
        form = _club_form(tok, short, known)
        if form is not None and run and (joined or form[0]):
            run.append(form[1])
            joined = False
        elif tok.norm == "و" and run and not joined:
            joined = True
        else:
            if run:
                yield run, after_head
            run, joined = ([form[1]], False) if form is not None else ([], False)
            after_head = previous in _LIST_HEADS
        previous = tok.norm
    if run:
        yield run, after_head


def _club_form(tok: Token, short: dict, known: dict[int, str]) -> tuple[bool, tuple[int, int, tuple]] | None:
    """(whether the token carries «و», (start, end, club)) when ``tok`` is a club's short form: with
    the article (الشباب, والشباب), bare (هجر, وهجر), or a club the catalogue found there."""
    if tok.end in known:
        return tok.clitic.startswith("و"), (tok.stem_start, tok.end, (known[tok.end], "", ""))
    if tok.clitic.endswith("ال"):
        club = short.get((tok.stem, True))
        return (tok.clitic.startswith("و"), (tok.stem_start, tok.end, club)) if club is not None else None
    conj = tok.norm.startswith("و") and (tok.norm[1:], False) in short
    bare = tok.norm[1:] if conj else tok.norm
    club = short.get((bare, False))
    return (conj, (tok.end - len(bare), tok.end, club)) if club is not None else None


def _replace(found: list[dict], start: int, end: int) -> bool:
    """Remove the records of ``found`` inside [start, end) (another reading of a club's short
    form); False, and nothing removed, when a record overlaps the span without lying inside it."""
    hit = [rec for rec in found if rec["start"] < end and start < rec["end"]]
    if any(rec["start"] < start or rec["end"] > end for rec in hit):
        return False
    found[:] = [rec for rec in found if not any(rec is h for h in hit)]
    return True
