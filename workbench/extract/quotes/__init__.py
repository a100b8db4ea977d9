"""Quotes: who said what, with the speaker resolved to an actor.

:func:`quotes` returns one row a quote (schema "quotes"): ``direct`` speech inside
quote marks, ``reported`` speech after a cue and أن/إن/بأن or a colon, and
``mixed`` clauses that quote a marked fragment; each with its cue as written and
its lemma, the speaker as written and as an actor id (from :func:`workbench.entities`),
and the relaying outlet of chains such as "نقلت وسائل إعلام روسية عن X قوله".
Cues and word lists live in ``workbench/data/quotes/`` (see its README).

>>> import workbench
>>> q = workbench.quotes(workbench.load_articles("seeds/000_404a58289b33eae6.txt"))
>>> q.loc[q["text"] == "غير قانوني", ["kind", "speaker_actor", "via"]].values.tolist()
[['direct', 'mikhail_bogdanov', 'وسائل اعلام روسية']]
"""

from __future__ import annotations

import pandas as pd

from workbench import schema
from workbench.extract.quotes.extractor import find_quotes
from workbench.extract.quotes.lexicon import Lexicon, load_lexicon
from workbench.text import Document, documents

__all__ = ["quotes", "quotes_for", "load_lexicon"]


def quotes_for(doc: Document, mentions: list[dict] | None = None, lexicon: Lexicon | None = None) -> list[dict]:
    """Quote records of one article; ``mentions`` are its actor records (computed when None).

    >>> doc = Document("a", "وأضاف الوزير: «لن نتراجع».")
    >>> [(r["kind"], r["text"], r["speaker"]) for r in quotes_for(doc, mentions=[])]
    [('direct', 'لن نتراجع', 'الوزير')]
    """
    if mentions is None:
        from workbench.extract.entities import entities_for

        mentions = entities_for(doc)
    return find_quotes(doc, mentions, lexicon)


def quotes(articles: pd.DataFrame, mentions: pd.DataFrame | None = None, lexicon: Lexicon | None = None) -> pd.DataFrame:
    """One row a quote of every article in ``articles`` (schema "quotes").

    ``mentions`` is the frame :func:`workbench.entities` returned for these
    articles; when None it is computed here.

    >>> articles = pd.DataFrame({"article_id": ["a", "b"], "text": ["وأضاف الوزير: «لن نتراجع».", ""]})
    >>> quotes(articles, mentions=pd.DataFrame({"article_id": []}))[["article_id", "kind", "text"]].values.tolist()
    [['a', 'direct', 'لن نتراجع']]
    """
    by_article: dict[str, list[dict]] = {}
    if mentions is not None:
        for record in mentions.to_dict("records"):
            by_article.setdefault(str(record["article_id"]), []).append(record)
    rows: list[dict] = []
    for doc in documents(articles):
        rows += quotes_for(doc, None if mentions is None else by_article.get(doc.article_id, []), lexicon)
    return schema.conform(rows, "quotes")
