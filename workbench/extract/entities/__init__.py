"""Actor mentions: every person, organisation, state or place an article names, linked to the catalogue.

Two sources are merged per article. The catalogue (:mod:`.matcher`, resolved
by :mod:`.context` rules) gives known actors with their canonical ids; the CRF
model (:mod:`.model`, trained on ANERcorp), the person-name patterns
(:mod:`.names`: a known given name and the name words after it) and the
head-noun patterns (:mod:`.heads`: مستشفى الكاظم, بمدينة مشهد) find names the
catalogue does not hold; :mod:`.datelines` reads a capital in a dateline as the
city, a newspaper's framed short name («-سبق-») as the newspaper and a byline's writer as a person; :mod:`.bare_groups` reads an armed group's bare name beside another group («داعش والقاعدة»); :mod:`.clubs` reads club short forms in a list of clubs («الهلال والنصر»,
«الاتحاد والشباب والفتح»), :mod:`.cued_names` a club or an outlet named by an ordinary word after a sports or press cue («مدرب الاتحاد», «لـ"الوطن"») and :mod:`.foreign_clubs` a foreign club before its state's adjective («أمام الوصل
الإماراتي»); :mod:`.roads` a road or valley after its head noun («طريق الحائر», «وادي العقيق»); :mod:`.placelists` the places of a comma list after a locative head («في أحياء ابيار الماشي، المليليح»); :mod:`.capitals` reads a capital listed with a city as the city; :mod:`.branches` reads a place after a sector noun as
its regional office («تعليم جدة»); :mod:`.rereadings` drops or relinks hits that the rest of the
article overturns (إعلان القاهرة, «عمان» in a Jordanian story); :mod:`.regional` adds short forms that name an actor
only in one state's news (المقاومة in a Yemeni story); :mod:`.loyal` reads forces named by their owner («القوات الموالية لهادي»); :mod:`.lists` continues a list of known places
or persons with the unknown names that close it («أمستردام وأثينا وميكونز»); :mod:`.appositions` takes the name
after «يدعى» or «المدعو» as a person («شخص يدعى أبو بلال»); :mod:`.offices` two name-like words before an office in apposition («إندا كيني، رئيس الوزراء»), :mod:`.speakers` two clearly foreign words after a verb of saying («وقال كيريل ديميتريف»). A model or pattern mention that overlaps a catalogue
mention is dropped, so a known actor always keeps its id (except a catalogue place inside an
institution named by its head noun: «محكمة جنايات القاهرة» is one ORG), and a pattern
mention that overlaps a model mention too; :mod:`.runons` cuts a person's span that runs on into
the sentence («محمد أبو سبعان بزملائه») and drops one made of common words or weapons; the names found get an id of their own
(:mod:`.outside`: ``ar:`` + the folded name, or the id of a fuller name in the
article that they end). Afterwards a person's single name («بوغدانوف») is
linked to the full name seen earlier in the article.

>>> import workbench
>>> ents = workbench.entities(workbench.load_articles("seeds/000_404a58289b33eae6.txt"))
>>> {"russia", "united_states", "mikhail_bogdanov", "syrian_government"} <= set(ents["actor_id"])
True
"""

from __future__ import annotations

import pandas as pd

from workbench.extract.entities.appositions import apposition_names
from workbench.extract.entities.branches import reread_regional_offices
from workbench.extract.entities.capitals import reread_listed_capitals
from workbench.extract.entities.bare_groups import coordinated_groups, linked_groups
from workbench.extract.entities.clubs import coordinated_clubs
from workbench.extract.entities.cued_names import cued_names
from workbench.extract.entities.compass import reread_compass_regions
from workbench.extract.entities.datelines import byline_names, framed_media, reread_dateline_capitals, reread_quoted_outlets
from workbench.extract.entities.envoys import envoy_names
from workbench.extract.entities.facilities import facility_mentions, reread_named_facilities
from workbench.extract.entities.lookup import (catalogue_mentions, link_headed_short_names, link_partial_names, link_short_body_names,
                                               occupancy, without)
from workbench.extract.entities.matcher import Matcher, matcher_for
from workbench.extract.entities.model import DEFAULT, OUTSIDE_WINDOWS, NerModel, load_model, model_mentions
from workbench.extract.entities.foreign import foreign_names
from workbench.extract.entities.groups import reread_group_names
from workbench.extract.entities.institutions import reread_state_institutions, state_bodies
from workbench.extract.entities.heads import head_mentions, pattern_tokens
from workbench.extract.entities.lists import coordinated_names, joined_persons, persons_between, scorer_names
from workbench.extract.entities.names import free_kunya_nisbas, name_mentions
from workbench.extract.entities.offices import office_names
from workbench.extract.entities.speakers import speaker_names, spokesperson_names
from workbench.extract.entities.outside import link_outside_names
from workbench.extract.entities.placelists import place_list_mentions
from workbench.extract.entities.loyal import loyal_forces
from workbench.extract.entities.regional import context_mentions
from workbench.extract.entities.rereadings import reread_cairo_ahly, reread_foreign_bodies, reread_in_article
from workbench.extract.entities.roads import road_mentions
from workbench.extract.entities.runons import cut_run_ons
from workbench.extract.entities.titles import mark_title_readings, public_mentions
from workbench.extract.entities.surnames import reread_family_names
from workbench.extract.entities.foreign_clubs import foreign_clubs
from workbench.extract.entities.towns import town_mentions
from workbench.schema import conform
from workbench.text import Document, documents

__all__ = ["entities", "entities_for", "public_mentions", "Matcher", "NerModel", "load_model"]


def entities_for(doc: Document, catalogue: pd.DataFrame | Matcher | None = None,
                 model: NerModel | str | None = DEFAULT, model_scope: str = "triggers",
                 name_patterns: bool = True, foreign_words: bool = False) -> list[dict]:
    """Actor mentions of one article as records keyed by the ``entities`` schema columns.

    ``catalogue``: a frame from :func:`workbench.load_catalogue` (or a compiled
    :class:`Matcher`); None uses the shipped one. ``model``: the shipped CRF by
    default, a loaded :class:`NerModel`, a model file path, or None for the
    catalogue alone. ``model_scope``: "triggers" (the default) tags only the tokens around
    titles, organisation nouns and reporting verbs; "confident" (opt-in: more recall, about
    half of its added rows wrong, about 22 % more CPU; docs/actors.md, round 91) also the
    tokens between them, keeping there only persons and bodies read with a marginal of at
    least ``model.OUTSIDE_CONFIDENCE``; "all" every sentence.
    ``name_patterns``: also take person names that start with a known given name
    (:mod:`.names`) and names after a head noun or a strong title (:mod:`.heads`: مستشفى
    الكاظم, بمدينة مشهد, الدكتور موافق الرويلي), with or without the model.
    ``foreign_words``: also take two or more adjacent words that look transliterated as a
    person's name (:mod:`.foreign`: «سيدو دومبيا»); off by default, as it costs about 5 % more
    CPU per article (docs/actors.md, round 21).

    >>> from workbench.text import Document
    >>> [(r["surface"], r["actor_id"]) for r in entities_for(Document("a", "وقالت موسكو"), model=None)]
    [('موسكو', 'russia')]
    """
    matcher = matcher_for(catalogue)
    found, rejected = catalogue_mentions(doc, matcher)
    reread_family_names(doc, found)
    reread_compass_regions(doc, found)
    reread_state_institutions(doc, found)
    found += state_bodies(doc, found, rejected)
    found += context_mentions(doc, found, matcher)
    found += loyal_forces(doc, found)
    reread_dateline_capitals(doc, found)
    reread_listed_capitals(doc, found)
    reread_quoted_outlets(doc, found)
    reread_regional_offices(doc, found)
    found = reread_group_names(doc, found)
    found += framed_media(doc, found)
    found += byline_names(doc, found)
    found += coordinated_clubs(doc, found)
    found += cued_names(doc, found)
    found += coordinated_groups(doc, found)
    found += linked_groups(doc, found)
    starts = pattern_tokens(doc) if name_patterns else None
    found += facility_mentions(doc, found, starts)
    if starts is not None:
        found += foreign_clubs(doc, found, starts)
        found += road_mentions(doc, found, starts)
        found += place_list_mentions(doc, found, starts)
    rejected += reread_in_article(doc, found, matcher, candidates=starts)
    tagger = load_model(model)
    modelled = model_mentions(doc, tagger, model_scope) if tagger is not None else []
    patterned: list[dict] = []
    if starts is not None:
        headed = head_mentions(doc, candidates=starts)
        patterned = name_mentions(doc, candidates=starts) + headed + (foreign_names(doc) if foreign_words else [])
        found = _yield_places_to_institutions(found, headed)
        if rejected and patterned:
            rejected = free_kunya_nisbas(patterned, rejected)  # أبو قتادة التونسي: the nisba is his name's
    if modelled or patterned:
        taken = occupancy([(r["start"], r["end"]) for r in found] + rejected, len(doc.text))
        modelled = [m for m in modelled if taken.find(1, m["start"], m["end"]) == -1]
        found += _merge_patterns(modelled, [m for m in patterned if taken.find(1, m["start"], m["end"]) == -1])
    # The names read outside the trigger windows stand aside while the list and town readers run
    # (as without them), and come back where those readers found nothing: «وكريستوفر» yields to
    # the list item «كريستوفر اولاه».
    guessed = [r for r in found if OUTSIDE_WINDOWS in r]
    if guessed:
        found = without(found, guessed)
    if name_patterns:
        found += town_mentions(doc, found, candidates=starts)
    listed = (coordinated_names(doc, found) + joined_persons(doc, found, starts) + envoy_names(doc, found, starts)
              + apposition_names(doc, found, starts) + office_names(doc, found, starts)
              + speaker_names(doc, found, starts) + spokesperson_names(doc, found) + scorer_names(doc, found)
              if name_patterns else [])
    if name_patterns:  # after the other readers, whose persons may stand beside an item
        listed += persons_between(doc, found + listed)
    if listed:
        refused = occupancy(rejected, len(doc.text))
        found += [r for r in listed if refused.find(1, r["start"], r["end"]) == -1]
    if guessed:
        taken = occupancy([(r["start"], r["end"]) for r in found], len(doc.text))
        found += [r for r in guessed if taken.find(1, r["start"], r["end"]) == -1]
    found = cut_run_ons(doc, found)
    found = reread_named_facilities(doc, found)
    link_outside_names(found)  # also a club the catalogue names by its city (لاعبي روما)
    found += link_partial_names(doc, found)
    found += link_short_body_names(doc, found)
    found += link_headed_short_names(doc, found)
    reread_foreign_bodies(doc, found, matcher)  # after linking: a Saudi person of a fuller catalogue name counts
    reread_cairo_ahly(found, matcher)
    mark_title_readings(doc, found)  # last, so that every rule above reads the adjectives as before
    found.sort(key=lambda r: (r["start"], r["end"]))
    return found


def _yield_places_to_institutions(found: list[dict], headed: list[dict]) -> list[dict]:
    """``found`` without the catalogue places that an institution named after its head noun holds
    after the head (محكمة جنايات القاهرة, مركز إسعاف العيص): a fixed name that ends in a place is
    one mention under the gold rules. A name that overlaps anything else keeps the catalogue's
    reading, and so does a name that starts with the place (صحيفة الرياض -> the newspaper's name)."""
    inside: list[dict] = []
    for name in headed:
        if name["type"] != "ORG":
            continue
        hit = [m for m in found if m["start"] < name["end"] and name["start"] < m["end"]]
        if hit and all(m["type"] == "GPE" and name["start"] < m["start"] and m["end"] <= name["end"] for m in hit):
            inside += hit
    return without(found, inside) if inside else found


def _merge_patterns(modelled: list[dict], patterned: list[dict]) -> list[dict]:
    """Model mentions with the pattern names added: a pattern name that overlaps model mentions
    replaces them when it holds them all and is longer (the model cut the name short: أحمد |
    منصور) or they were read outside the trigger windows («وعبد العزيز» of «سعد الغامدي وعبد
    العزيز الجبرين»), and is dropped otherwise."""
    out = list(modelled)
    for p in patterned:
        hit = [m for m in out if m["start"] < p["end"] and p["start"] < m["end"]]
        if all(OUTSIDE_WINDOWS in m or p["start"] <= m["start"] and m["end"] <= p["end"]
               and m["end"] - m["start"] < p["end"] - p["start"] for m in hit):
            out = [m for m in out if m not in hit] + [p]
    return out


def entities(articles: pd.DataFrame, catalogue: pd.DataFrame | Matcher | None = None,
             model: NerModel | str | None = DEFAULT, model_scope: str = "triggers",
             name_patterns: bool = True, foreign_words: bool = False) -> pd.DataFrame:
    """One row a mention of an actor in ``articles`` (a frame with article_id and text);
    arguments as :func:`entities_for`.

    >>> import workbench
    >>> workbench.entities(workbench.load_articles("seeds/")).columns[:4].tolist()
    ['article_id', 'sentence_id', 'start', 'end']
    """
    matcher = matcher_for(catalogue)
    tagger = load_model(model)
    rows: list[dict] = []
    for doc in documents(articles):
        rows += public_mentions(entities_for(doc, matcher, tagger, model_scope, name_patterns, foreign_words))
    return conform(rows, "entities")

