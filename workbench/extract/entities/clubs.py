"""Clubs named by a short form that is an ordinary word, in a list of clubs: «ناديي الهلال والنصر».

The catalogue enters clubs whose short name is also a word (النصر "victory", الشباب
"youth", الاتفاق "agreement", هجر) only with their head noun (نادي النصر, نادي هجر).
A run of short forms joined by «و» («الاتحاد والشباب والفتح», «ناديي نجران والوحدة»)
names clubs when it holds a club the catalogue found, follows a plural or dual head
(أندية, الأندية, ناديي), counts three short forms or more, or counts two before a plural or
dual nationality adjective of the clubs' own country («الاتفاق والقادسية السعوديين»; not «لاعبا
الاتحاد والوحدة الفلسطينيان», two Palestinian players of clubs the catalogue holds as Saudi). In a story
about sport a single short form after «إدارة» is the club whose management acts («نجحت إدارة الوحدة»,
«مجلس إدارة النصر»); elsewhere «إدارة التعاون» or «إدارة الشباب» is an office, and so it is before a
masculine adjective or an institution («إدارة الاتحاد العربي السعودي», «إدارة التعاون بوزارة الداخلية») or
where another body of the article opens with the same word (the federation's later «مجلس إدارة الاتحاد»). A club read this way
replaces the catalogue's other reading of the same words (الخليج the gulf, نجران the
city). Reads the shipped catalogue's clubs, also when a custom catalogue is passed.

>>> from workbench.text import Document
>>> doc = Document("a", "جاء بطلب ناديي الهلال والنصر")
>>> found = [{"start": 17, "end": 21, "actor_id": "al_hilal"}]
>>> [(r["surface"], r["actor_id"]) for r in coordinated_clubs(doc, found)]
[('نصر', 'al_nassr')]
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from workbench.extract.catalogue import load_catalogue
from workbench.extract.dates.grammar import whole_words
from workbench.extract.entities.foreign_clubs import sports_story
from workbench.extract.entities.heads import SPAN_HEADS
from workbench.extract.entities.lookup import CONFIDENCE, record, without
from workbench.extract.entities.matcher import alias_key
from workbench.text import Document, Token, fold

__all__ = ["coordinated_clubs", "replace_inside"]

_HEAD = fold("نادي") + " "
# Plural and dual heads after which a short form is a club («أندية الهلال», «ناديي نجران»).
_LIST_HEADS = frozenset(fold(w) for w in ("أندية", "الأندية", "ناديي", "ناديا", "الناديين"))
# A club's management, with the clitics it takes before a short form («وإدارة الوحدة», «لإدارة النصر»).
_BODY_HEADS = frozenset(c + fold("إدارة") for c in ("", "و", "ب", "ل", "وب", "ول", "ف"))
_HEAD_ENDS = tuple(_LIST_HEADS) + (fold("إدارة"),)
_MIN_RUN = 3  # short forms in a row that name clubs without any other sign
_PAIR = 2  # short forms in a row that a plural nationality adjective of their country makes clubs
# Masculine plural and dual endings of a nationality adjective (السعوديين, السعوديون, السعوديان).
_PLURAL_ENDINGS = ("يين", "يون", "يان")


@lru_cache(maxsize=1)
def _clubs() -> tuple[frozenset[str], frozenset[str], dict[tuple[str, bool], tuple[str, str, str, str]]]:
    """(ids of the shipped clubs), (ids of the other actors a bare short form names: نجران the city),
    ((folded short form without the article, whether it takes the article) -> (id, English, Arabic name, country))."""
    cat = load_catalogue()
    clubs = cat[(cat["sector"] == "sport") & (cat["role"] == "football club")]
    short = {}
    for actor, alias, en, ar, country in clubs[["actor_id", "alias", "name_en", "name_ar", "country"]].itertuples(index=False):
        key = alias_key(alias)[0]
        rest = key[len(_HEAD):]
        if key.startswith(_HEAD) and " " not in rest:
            short[(rest[2:], True) if rest.startswith("ال") else (rest, False)] = (actor, en, ar, country)
    shadowed = {actor for actor, alias in cat[["actor_id", "alias"]].itertuples(index=False)
                if (alias_key(alias)[0], False) in short}
    return frozenset(clubs["actor_id"]), frozenset(shadowed), short


def coordinated_clubs(doc: Document, found: list[dict]) -> list[dict]:
    """New records for the clubs that lists of short forms name; the records of ``found`` that
    the same words gave another reading are removed from ``found`` (in place)."""
    ids, shadowed, short = _clubs()
    known = {rec["end"]: rec["actor_id"] for rec in found if rec["actor_id"] in ids}
    seeds = [rec["end"] for rec in found if rec["actor_id"] in ids or rec["actor_id"] in shadowed]
    out: list[dict] = []
    for run, head in _runs(doc, short, known, seeds):
        if not (head in _LIST_HEADS or len(run) >= _MIN_RUN or any(end in known for _, end, _ in run)
                or len(run) >= _PAIR and _own_plural_nationality_after(doc, run)
                or head in _BODY_HEADS and _managed_club(doc, run, found) and sports_story(doc)):
            continue
        for start, end, club in run:
            if known.get(end) == club[0] or not replace_inside(found, start, end):
                continue
            out.append(record(doc, start, end, "ORG", club[0], club[1], club[2], "alias", "catalogue", CONFIDENCE["alias"]))
    return out


def _runs(doc: Document, short: dict, known: dict[int, str], seeds: list[int]) -> list[tuple[list[tuple[int, int, tuple]], str]]:
    """Runs of club short forms joined by «و», each with the folded word right before it (a list
    head or «إدارة» is looked for there).
    Only the tokens a definite short form, a mention ending at one of ``seeds`` (a known club, or
    another actor a bare short form names) or a run's end points at are read (a token pass over every
    article cost a few per cent of the extractor): a bare short form (نجران, هجر) opens a run only
    where the catalogue found it (the city of نجران) and else only continues one."""
    folded = doc.normalized.text
    tokens, starts, span = doc.tokens, doc.token_starts, doc.normalized.span
    hits = {bisect_right(starts, end - 1) - 1 for end in seeds}
    # A short form opens a run only before «و» or after a list head or «إدارة»; a run's later items are reached
    # from the item before them.
    hits.update(bisect_right(starts, span(m.start(), m.end())[0]) - 1 for m in _definite_forms().finditer(folded)
                if folded[m.end():m.end() + 3].lstrip(" ،,").startswith("و")
                or folded[max(m.start() - 9, 0):m.start()].rstrip("وبل ").endswith(_HEAD_ENDS))
    runs: list[tuple[list[tuple[int, int, tuple]], str]] = []
    last = -3
    pending = sorted(hits)
    while pending:
        i = pending.pop(0)
        form = _club_form(tokens[i], short, known) if i > last else None
        if form is None:
            continue
        conj, item = form
        if runs and (i == last + 1 and conj or i == last + 2 and tokens[i - 1].norm == "و"):
            runs[-1][0].append(item)
        else:
            runs.append(([item], tokens[i - 1].norm if i > 0 else ""))
        last = i
        following = i + 2 if i + 2 < len(tokens) and tokens[i + 1].norm == "و" else i + 1
        if following < len(tokens) and (not pending or pending[0] != following):
            pending.insert(0, following)  # a bare short form that only a list makes a club (وهجر)
    return runs


def _managed_club(doc: Document, run: list[tuple[int, int, tuple]], found: list[dict]) -> bool:
    """Whether a single short form after «إدارة» stands alone: no masculine adjective with the article
    or «ب»/«ل» + an institution's head after it, and no other body of ``found`` named from the same word."""
    if len(run) > 1:
        return False
    start, end, club = run[0]
    k = bisect_right(doc.token_starts, end - 1)
    nxt = doc.tokens[k] if k < len(doc.tokens) else None
    if nxt is not None and nxt.kind == "word" and (nxt.clitic == "ال" and nxt.stem.endswith("ي")
                                                   or nxt.norm[:1] in "بل" and nxt.norm[1:] in SPAN_HEADS):
        return False
    word = fold(doc.text[start:end])
    return not any(rec["type"] == "ORG" and rec["actor_id"] != club[0] and fold(rec["surface"]).split(" ")[0] == word
                   for rec in found)


def _own_plural_nationality_after(doc: Document, run: list[tuple[int, int, tuple]]) -> bool:
    """Whether the word after the run is a plural or dual nationality adjective with the article of
    the country of every club in it (السعوديين after two Saudi clubs): two ordinary words are rarely
    followed by it, and a single one (الشباب السعوديين, "Saudi youth") is never read this way."""
    k = bisect_right(doc.token_starts, run[-1][1] - 1)
    if k >= len(doc.tokens) or doc.tokens[k].kind != "word" or doc.tokens[k].clitic != "ال":
        return False
    country = _plural_nationalities().get(doc.tokens[k].stem)
    return country is not None and all(club[3] == country for _, _, club in run)


@lru_cache(maxsize=1)
def _plural_nationalities() -> dict[str, str]:
    """Folded masculine plural and dual nationality adjectives, without the article -> their state's id
    (سعوديين -> saudi_arabia)."""
    cat = load_catalogue()
    rows = cat.loc[cat["via"] == "nationality", ["actor_id", "alias"]]
    return {key: actor for actor, alias in rows.itertuples(index=False)
            if (key := alias_key(alias)[0]).endswith(_PLURAL_ENDINGS)}


@lru_cache(maxsize=1)
def _definite_forms() -> re.Pattern:
    """The shipped clubs' short forms after the article, in folded text."""
    return re.compile("ال" + whole_words(key for key, article in _clubs()[2] if article))


def _club_form(tok: Token, short: dict, known: dict[int, str]) -> tuple[bool, tuple[int, int, tuple]] | None:
    """(whether the token carries «و», (start, end, club)) when ``tok`` is a club's short form: with
    the article (الشباب, والشباب), bare (هجر, وهجر), or a club the catalogue found there."""
    if tok.end in known:
        return tok.clitic.startswith("و"), (tok.stem_start, tok.end, (known[tok.end], "", "", ""))
    if tok.clitic.endswith("ال"):
        club = short.get((tok.stem, True))
        return (tok.clitic.startswith("و"), (tok.stem_start, tok.end, club)) if club is not None else None
    conj = tok.norm.startswith("و") and (tok.norm[1:], False) in short
    bare = tok.norm[1:] if conj else tok.norm
    club = short.get((bare, False))
    return (conj, (tok.end - len(bare), tok.end, club)) if club is not None else None


def replace_inside(found: list[dict], start: int, end: int, actor: str = "") -> bool:
    """Remove the records of ``found`` inside [start, end) (another reading of a club's or an outlet's
    short form); False, and nothing removed, when a record overlaps the span without lying inside it or
    already names ``actor`` (when given) there.

    >>> found = [{"start": 4, "end": 8, "actor_id": "najran"}]
    >>> replace_inside(found, 4, 8, "najran"), replace_inside(found, 5, 8), replace_inside(found, 4, 8), found
    (False, False, True, [])
    """
    hit = [rec for rec in found if rec["start"] < end and start < rec["end"]]
    if any(rec["start"] < start or rec["end"] > end or actor and rec["actor_id"] == actor for rec in hit):
        return False
    found[:] = without(found, hit)
    return True
