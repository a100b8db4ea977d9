"""An envoy's name after his full title: «سفير روسيا لدى المملكة اليغ ازيروف».

The title of an ambassador or a chargé d'affaires ends with the host state after «لدى»;
a name right after that state is the envoy's, whatever his given name (foreign ones are
rarely in the given-name list). The name is read with the rules of :mod:`.names` (one
unknown word after the first is a surname; a common word, a clitic or punctuation ends it).

>>> from workbench.text import Document
>>> doc = Document("a", "واستقبل سفير روسيا لدى المملكة اليغ ازيروف أمس")
>>> found = [{"start": 13, "end": 18, "type": "GPE"}, {"start": 25, "end": 30, "type": "GPE"}]
>>> [r["surface"] for r in envoy_names(doc, found)]
['اليغ ازيروف']
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from workbench.extract.entities.names import common_words, name_mentions
from workbench.text import Document, fold

__all__ = ["envoy_names"]

_ENVOYS = frozenset(fold(w) for w in "سفير سفيرة السفير السفيرة القائم قنصل القنصل".split())
_HOST = fold("لدى")
_TITLE_WORDS = 8  # «سفير خادم الحرمين الشريفين لدى جمهورية مصر العربية»: the envoy's word this far back


def envoy_names(doc: Document, found: list[dict]) -> list[dict]:
    """Person records (actor_id NA) for the names right after a host state that an envoy's title
    ends with. ``found``: the records found so far; a name overlapping one is left out, unless
    it only holds shorter person mentions, which it replaces in ``found`` (in place)."""
    norm = doc.normalized.text
    if "سفير" not in norm and "قنصل" not in norm and "القايم" not in norm:
        return []
    tokens, starts, common = doc.tokens, doc.token_starts, common_words()
    unlisted: set[int] = set()
    for place in found:
        if place["type"] != "GPE":
            continue
        host = bisect_right(starts, place["start"]) - 2  # the token before the one the place starts in (المملكة)
        if host < 1 or tokens[host].norm != _HOST:
            continue
        if not any(_envoy(t.norm) for t in tokens[max(0, host - _TITLE_WORDS):host]):
            continue
        k = bisect_left(starts, place["end"])
        if k < len(tokens) and tokens[k].kind == "word" and tokens[k].norm not in common and tokens[k].stem not in common:
            unlisted.add(k)
    if not unlisted:
        return []
    out = []
    begins = {tokens[k].start for k in unlisted}
    for name in name_mentions(doc, candidates=sorted(unlisted), unlisted=frozenset(unlisted)):
        if name["start"] not in begins:
            continue  # a name of the patterns' own (before «بن») is theirs to find
        hit = [m for m in found if m["start"] < name["end"] and name["start"] < m["end"]]
        # A person cut short (the model's «بوريس» of «بوريس روغه») gives way to the full name.
        if all(m["type"] == "PER" and name["start"] <= m["start"] and m["end"] <= name["end"]
               and m["end"] - m["start"] < name["end"] - name["start"] for m in hit):
            found[:] = [m for m in found if not any(m is h for h in hit)]
            out.append(name)
    return out


def _envoy(norm: str) -> bool:
    """Whether a folded word is an envoy's title, bare or after و/ف (وسفير).

    >>> _envoy("وسفير"), _envoy("سفر")
    (True, False)
    """
    return norm in _ENVOYS or (norm[:1] in ("و", "ف") and norm[1:] in _ENVOYS)
