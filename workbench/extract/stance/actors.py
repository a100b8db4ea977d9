"""Actor mentions as the stance reader sees them: positions, syntactic hints, coordinated groups.

The mentions come from the actor extractor (schema "entities"); only mentions with an actor id
and of type PER, ORG or GPE can take or receive a stance. A nationality adjective followed by a
named person (وزير الخارجية الروسي ميخائيل بوغدانوف) is one actor, the person; mentions joined by
و, commas or dashes (تركيا وإيران, روسيا – إيران – تركيا) form one coordinated group.

>>> from workbench.text import Document
>>> from workbench.extract.stance.lexicon import load_lexicon
>>> doc = Document("a", "أعلنت تركيا وإيران مشاركتهما")
>>> mentions = [{"start": 6, "end": 11, "actor_id": "turkey", "type": "GPE"},
...             {"start": 13, "end": 18, "actor_id": "iran", "type": "GPE"}]
>>> groups = actor_groups(TokenView(doc), mentions, load_lexicon().grammar)
>>> [[a.actor_id for a in g] for g in groups]
[['turkey', 'iran']]
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import itemgetter

import pandas as pd

from workbench.extract.catalogue import CATALOGUE_DIR, load_catalogue
from workbench.extract.entities.lookup import OUTSIDE_PREFIX
from workbench.extract.stance.lexicon import Grammar
from workbench.extract.stance.view import TokenView
from workbench.text import RELATIONAL_ENDINGS, fold

__all__ = ["Actor", "actor_groups", "actor_countries", "actor_sectors", "at_home", "home_visit", "outside_catalogue",
           "with_post_holders", "STANCE_TYPES"]

STANCE_TYPES = frozenset({"PER", "ORG", "GPE", "LOC"})
# Mentions of these types are places whatever their sector (قاعدة العند, منطقة دار سعد): attacked,
# held or visited, never taking a stance themselves; read only when the catalogue places them in a
# state, since a region spanning states (الشرق الأوسط, أوروبا, نهر النيل) mostly says where.
PLACE_TYPES = frozenset({"LOC"})
# What may stand between two coordinated mentions once folded: commas, dashes, brackets, و (+ال).
_COORDINATION = re.compile(r"[\s,\-()/]*(?:[\"»”]?[\s,]*و(?:ال|لل)?\s*[\"«“]?)?")  # marks only around و: "داعش" و"بي كا كا"
# Every character _COORDINATION can match: text between with any other character is no coordination (a cheap
# test before the full pattern; the two must be edited together).
_COORDINATION_CHARS = re.compile(r"[\s,\-()/\"«»“”وال]*")
_QUOTE_MARKS = frozenset({'"', "'", "(", ")"})
# A dateline (الرباط - , الصخيرات (المغرب): ) says where the news comes from: its place ends in a dash,
# or in a closing bracket and a colon or dash, within the sentence's first words. A bare colon is left
# out: «موسكو: لن نسمح» names the speaker of a headline.
_DATELINE_DASHES = frozenset({"-", "–", "—"})
_DATELINE_AFTER_BRACKET = _DATELINE_DASHES | {":"}
_DATELINE_WORDS = 4
_DATELINE_ENDS = _DATELINE_DASHES | {")"}  # what may follow a dateline's place
_START = itemgetter("start")  # of a mention record
# Proclitics that make a mention the object of a preposition (لروسيا, بالسعودية).
_PREPOSITION_CLITICS = ("ب", "ل", "ك")
# How many words (honorifics, first names) may stand between a titled body and its head's name.
_NAME_GAP = 4
# Saudi royal posts the press names without their holder (ولي ولي العهد يغادر القاهرة, زيارة سمو ولي
# ولي العهد لمصر): an official named without his name is his state, as the annotation rules read any
# title without a name in its sentence. Another state's nationality adjective after the post (ولي
# العهد الأردني) makes it that state's; the Saudi one (ولي العهد السعودي) only repeats the post's state
# and joins its span.
_POST_STATE = "saudi_arabia"
# The pattern starts with a literal, which the regex engine finds fast; the word's proclitics, a
# deputy named before it (اختياره وليا لولي العهد: no mention of the post) and an adjective after
# it are tested on each match.
_POST = re.compile(r"ولي (?:ولي )?العهد")
_POST_PROCLITICS = frozenset({"", "و", "ف", "ل", "ب", "ول", "وب"})
_DEPUTY = ("وليا ", "وليًا ", "ولياً ")
_ADJECTIVE_AFTER = re.compile(r"\s+ال\S+ي(?!\S)")
_POST_STATE_ADJECTIVE = "السعودي"  # the adjective of _POST_STATE
# A person mention this close (in characters) before or after the post names its holder already
# (الأمير محمد بن نايف بن عبدالعزيز ولي العهد, ولي ولي العهد الأمير محمد بن سلمان).
_HOLDER_NAMED = 20
# A prince named after the post's other titles, within this many characters of its sentence
# (ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية الأمير محمد بن نايف): the holder too.
_TITLES_AFTER = 100
_PRINCE = ("الأمير ", "الامير ")
_SENTENCE_END = re.compile(r"[.\n]")  # a headline ends at its line


@dataclass(slots=True)
class Actor:
    """A usable mention: actor id, offsets, token positions and what stands before it. Never changed
    once built (``dataclasses.replace`` makes a new one); not frozen, because a frozen dataclass is
    built about twice as slowly and an article builds dozens."""

    actor_id: str
    kind: str  # PER, ORG or GPE
    start: int
    end: int
    token: int  # token holding the mention's start
    last_token: int  # token holding its last character
    lead: int  # first token of the title or head chain before it (القوات ← الأمريكية)
    nationality: bool
    prepositional: bool  # object of a preposition: مع واشنطن, لروسيا
    lam: bool  # carries the preposition ل, which also marks a verbal noun's object (دعم إيران لسوريا)
    locative: bool  # only says where: في سوريا, قرب الرقة, بريف حلب
    adjectival: bool  # nationality adjective of an issue noun (الوجود الأمريكي)
    target_only: bool  # a place: bombed or visited, never taking a stance itself
    confidence: float
    post: bool = False  # a royal post standing for its holder's state (ولي ولي العهد): a title, no name to close a chain
    headed: bool = False  # a place a force cue acts upon: after its bare head noun (مدينة تعز) or a direction (جنوب لبنان)

    @property
    def subject_like(self) -> bool:
        """Could be the subject of a clause (not after a preposition, not a mere place or adjective)."""
        return not (self.prepositional or self.locative or self.adjectival)


def actor_groups(view: TokenView, mentions: list[dict], grammar: Grammar,
                 sectors: Mapping[str, str] | None = None) -> list[list[Actor]]:
    """Usable mentions of the document as coordinated groups, in text order.

    ``sectors`` maps actor ids to their catalogue sector (default: the shipped catalogue's);
    actors of ``grammar.ignored_sectors`` are left out.
    """
    sectors = actor_sectors() if sectors is None else sectors
    ignored = grammar.ignored_sectors
    # one search of the text: most articles name no minister, and their persons skip the portfolio test
    ministers = _MINISTER in view.doc.text
    actors = [_actor(view, m, grammar, sector, ministers) for m in sorted(mentions, key=_START)
              if usable_actor(m) and (sector := sectors.get(m["actor_id"], "")) not in ignored]
    # a leader is dropped before the titles merge: his title chain may follow a nationality adjective
    # (الحكومة المصرية بقيادة الرئيس ...) that would otherwise be taken for his
    actors = _clamp_leads(actors)
    view.names_leader = grammar.led_by_written.search(view.doc.text) is not None
    if view.names_leader:
        named = {actor.last_token for actor in actors}
        actors = [actor for actor in actors if not _led(view, actor, grammar, named)]
    actors = _merge_renamings(view, _merge_titles(view, actors, grammar))
    groups: list[list[Actor]] = []
    for actor in actors:
        previous = groups[-1][-1] if groups else None
        if previous and _coordinated(view, previous, actor, grammar):
            groups[-1].append(actor)
        else:
            groups.append([actor])
    return groups


def _led(view: TokenView, actor: Actor, grammar: Grammar, named: set[int]) -> bool:
    """Is the actor the leader named after the noun it describes (التحالف بقيادة السعودية)? The
    leader word may stand in the actor's head chain (قيادة is a head noun, and so may be the noun led)
    or right before it, or before a rank or trade the grammar lists no title (بقيادة العميد فضل حسن);
    ``named`` are the last tokens of the document's actors, none of them a rank (بقيادة السعودية وقوات
    الجيش اليمني: the army is no leader)."""
    leaders = leader_words(view, actor.token, grammar)
    return bool(leaders) and any(actor.lead - 1 <= i < actor.token or i == actor.lead - 2 and _rank(view, i + 1, named)
                                 for i in leaders)


def leader_words(view: TokenView, token: int, grammar: Grammar) -> list[int]:
    """Indices of the leader words (بقيادة, بزعامة) in token ``token``'s sentence, found once per
    sentence (most name none) for the actors led and the verbs after them."""
    return view.positions(view.token_sentences[token], grammar.led_by)


def _rank(view: TokenView, i: int, named: set[int]) -> bool:
    """Is token ``i`` a single definite word before a name that names no actor itself (العميد,
    المدرب): a rank or trade?"""
    return i not in named and view.is_word(i) and view.tokens[i].norm.startswith("ال")


def with_post_holders(text: str, mentions: list[dict]) -> list[dict]:
    """``mentions`` and a mention of Saudi Arabia for each Saudi royal post named without its holder's
    name (typed PER: a person standing for his state, never a place).

    >>> [m["actor_id"] for m in with_post_holders("غادر سمو ولي ولي العهد القاهرة", [])]
    ['saudi_arabia']
    >>> with_post_holders("استقبل ولي العهد الأردني الوفد", [])
    []
    """
    if "العهد" not in text:  # a substring test: most articles name no post
        return mentions
    people = [(int(m["start"]), int(m["end"])) for m in mentions if m.get("type") == "PER"]
    posts = [{"start": post_start, "end": post_end, "actor_id": _POST_STATE, "type": "PER", "via": "post"}
             for post_start, post_end in _bare_posts(text)
             if not any(post_start - _HOLDER_NAMED <= end and start <= post_end + _HOLDER_NAMED
                        or _prince_after(text, post_end, start) for start, end in people)]
    return mentions + posts if posts else mentions


def _prince_after(text: str, post_end: int, start: int) -> bool:
    """Does a person mention starting at ``start`` follow the post (ending at ``post_end``) as the
    prince its titles name, in the post's sentence?"""
    return post_end < start <= post_end + _TITLES_AFTER and text.endswith(_PRINCE, 0, start) \
        and not _SENTENCE_END.search(text, post_end, start)


def _bare_posts(text: str) -> Iterator[tuple[int, int]]:
    """The (start, end) of each post standing as a word of its own, maybe behind proclitics, neither
    a deputy's title nor followed by another state's nationality adjective; a Saudi adjective after
    it ends the span."""
    for match in _POST.finditer(text):
        word = match.start()
        while word and not text[word - 1].isspace():
            word -= 1
        if text[word:match.start()] not in _POST_PROCLITICS or text.endswith(_DEPUTY, 0, word):
            continue
        adjective = _ADJECTIVE_AFTER.match(text, match.end())
        if adjective is None:
            yield match.start(), match.end()
        elif adjective.group().lstrip() == _POST_STATE_ADJECTIVE:
            yield match.start(), adjective.end()


def actor_sectors(directory: str = str(CATALOGUE_DIR)) -> dict[str, str]:
    """Actor id -> catalogue sector (state, ministry, media, place, ...) of the catalogue in ``directory``."""
    return _catalogue_column("sector", directory)


@lru_cache(maxsize=4)
def actor_countries(directory: str = str(CATALOGUE_DIR)) -> dict[str, str]:
    """Actor id -> the state (actor id) a person, body or place of the catalogue in ``directory``
    belongs to; states themselves and international actors are left out.

    >>> actor_countries()["sameh_shoukry"]
    'egypt'
    """
    return {k: v for k, v in _catalogue_column("country", directory).items() if isinstance(v, str) and v and v != k}


def at_home(source: str, target: str, countries: Mapping[str, str]) -> bool:
    """Is ``target`` the state ``source`` belongs to, or the other way round (سامح شكري -> مصر)?

    >>> at_home("sameh_shoukry", "egypt", {"sameh_shoukry": "egypt"}), at_home("egypt", "iran", {})
    (True, False)
    """
    return countries.get(source) == target or countries.get(target) == source


def home_visit(source: str, target: str, countries: Mapping[str, str]) -> bool:
    """Is ``target`` the state of ``source`` or a place in it (وصول خالد بحاح إلى عدن): a contact
    there is a return home, no visit.

    >>> home_visit("khaled_bahah", "aden", {"khaled_bahah": "yemen", "aden": "yemen"})
    True
    """
    home = countries.get(source)
    return at_home(source, target, countries) or (home is not None and countries.get(target) == home)


@lru_cache(maxsize=8)
def _catalogue_column(column: str, directory: str) -> dict[str, str]:
    catalogue = load_catalogue(directory=directory).drop_duplicates("actor_id")
    return dict(zip(catalogue["actor_id"], catalogue[column]))


def outside_catalogue(actor_id: str) -> bool:
    """Is the id one the actor layer gave a name outside the catalogue (``ar:`` + its folded words)? Every state
    is in the catalogue, so a GPE with such an id is a town or district (كفريا, قرية الجورة): a place."""
    return actor_id.startswith(OUTSIDE_PREFIX)


def relatable(mention: dict, sectors: Mapping[str, str], ignored: frozenset[str]) -> bool:
    """Is the mention one :func:`actor_groups` keeps: a usable actor whose sector is outside ``ignored``?"""
    return usable_actor(mention) and sectors.get(mention["actor_id"], "") not in ignored


def usable_actor(mention: dict) -> bool:
    """Is the mention one the stance reading relates: an actor id of a type it reads, a place only
    when the catalogue knows its state?

    >>> usable_actor({"actor_id": "iran", "type": "GPE"}), usable_actor({"actor_id": "x", "type": "MISC"})
    (True, False)
    """
    kind = mention.get("type")
    actor_id = mention.get("actor_id")
    # asked twice for most mentions of an article: the type's set test first, a comparison for bool()
    return kind in STANCE_TYPES and isinstance(actor_id, str) and actor_id != "" and (
        kind not in PLACE_TYPES or actor_id in actor_countries())


def _actor(view: TokenView, mention: dict, grammar: Grammar, sector: str, ministers: bool) -> Actor:
    start, end = int(mention["start"]), int(mention["end"])
    token, last = view.token_span(start, end if end > start else start + 1)  # a test costs less than max()
    lead = token
    tokens = view.tokens
    token_sentences = view.token_sentences  # indices below are valid: no sentence_of call per step
    sentence = token_sentences[token]
    title_words, agent_heads = grammar.title_words, grammar.agent_heads
    i = token - 1  # walk back over titles and adjectives; the chain starts at its first head noun
    # the title test first: it fails for most mentions, and the stems of the word before are read
    # below anyway
    while i >= 0 and not (stems := view.stems(i)).isdisjoint(title_words) and view.is_word(i) \
            and token_sentences[i] == sentence:
        if not stems.isdisjoint(agent_heads):
            lead = i
        i -= 1
    kind = mention.get("type")
    if ministers and lead == token and kind == "PER" and (head := _portfolio_head(view, token, grammar)) is not None:
        lead = head  # وزير الثقافة والإعلام عادل الطريفي: the minister's title leads the person
    before = lead - 1
    while before >= 0 and tokens[before].norm in _QUOTE_MARKS:  # من "داعش"
        before -= 1
    if before < 0 or token_sentences[before] != sentence:
        before = None
    elif tokens[before].norm == "من" and _partitive(view, before, sentence, grammar):
        # قوات من الجيش الوطني: the force noun heads the actor; its من is no preposition
        lead = before - 1
        before = lead - 1 if lead > 0 and token_sentences[lead - 1] == sentence else None
    if before is None:
        before_stems: frozenset[str] = frozenset()
    else:  # the title walk's last test read the word right before the chain: its stems are reused
        before_stems = stems if before == i else view.stems(before)
    after_preposition = not before_stems.isdisjoint(grammar.prepositions)
    after_locative = not before_stems.isdisjoint(grammar.locatives)
    if lead != token:
        lead_clitics = _head_clitics(view, lead, grammar)
    elif start == tokens[token].start:  # the common case: the mention starts its word
        lead_clitics = ""
    else:
        lead_clitics = fold(view.doc.text[tokens[token].start:start])
    # only a preposition or a locative before the mention asks whether it is a verb after و (وعبر)
    conjoined_verb = (after_preposition or after_locative) and any(
        clitic in ("و", "ف") and stem in grammar.conjoined_verbs for clitic, stem in view.clitics(before))
    clitics = lead_clitics[1:] if lead_clitics[:1] in ("و", "ف") else lead_clitics  # the conjunction left out
    prepositional = (after_preposition and not conjoined_verb) or clitics.startswith(_PREPOSITION_CLITICS)
    via = mention.get("via")
    nationality = via == "nationality"
    # بسوريا is "in Syria"; بنائب رئيس وزراء الكويت is an object, not a place
    in_place = kind == "GPE" and lead == token and "ب" in clitics
    # جنوب سوريا: a region the actor layer names by its direction adverb says where, as after one
    # (تعارض الوجود الأمريكي جنوب سوريا); only a force cue acts upon it (قصفت الطائرات جنوب لبنان)
    adverbial = kind == "LOC" and lead == token and not view.stems(token).isdisjoint(grammar.directions)
    place = sector in grammar.target_only_sectors or kind in PLACE_TYPES \
        or kind == "GPE" and outside_catalogue(mention["actor_id"])
    # The last two tests are read only when the first say nothing (a mention after في is locative already).
    # انتقد إردوغان من جاكرتا, في اتصال هاتفي من عدن: a town or region right after من says whence
    # the act comes; a state there may be its target (حذر من إيران). A dateline's place: its kind
    # first (a person or body never is one), then the mark after it, before any call (most mentions
    # are followed by a word).
    locative = (after_locative and not conjoined_verb) or in_place or adverbial \
        or ("مع" in before_stems and _along_border(view, before, sentence, grammar)) \
        or (place and lead == token and "من" in before_stems and not each_of(view, before)) \
        or ((kind == "GPE" and not nationality or kind in PLACE_TYPES) and last + 1 < view.count
            and tokens[last + 1].norm in _DATELINE_ENDS and _dateline(view, token, last, sentence))
    adjectival = nationality and lead == token and before is not None and view.is_word(before)
    # حاصرت مدينة تعز, بقصف لمنطقة سد الجبلين: a place after its bare head noun (or one with the ل
    # of a verbal noun's object) with no locative before the head is what the verb acts upon, not
    # where it happens (في مدينة تعز)
    if adverbial:  # not after a locative or ب (في جنوب لبنان, بجنوب لبنان); after على it is attacked
        headed = not after_locative and "ب" not in clitics
    else:
        headed = locative and not before_stems.isdisjoint(grammar.place_heads) and _bare_head(view, before, grammar) \
            and _outer_stems(view, before, sentence).isdisjoint(grammar.locatives)
    # the fields in their order, by position: an article builds dozens, and fifteen keywords are
    # bound about four times more slowly
    return Actor(
        mention["actor_id"], kind, start, end, token, last, lead,  # id, type, offsets, token, last_token, lead
        nationality, prepositional, clitics.startswith("ل"), locative, adjectival,  # ..., lam, ...
        place,  # target_only
        _confidence(mention.get("confidence")), via == "post", headed,  # confidence, post, headed
    )


def _portfolio_head(view: TokenView, token: int, grammar: Grammar) -> int | None:
    """The minister's title whose portfolio, definite nouns and adjectives maybe joined by و and
    at most ``_PORTFOLIO_WORDS`` of them, stands right before the person at ``token`` (وزير الأوقاف
    والشؤون الدينية الفلسطينية يوسف ادعيس), else None."""
    tokens, token_sentences = view.tokens, view.token_sentences
    sentence = token_sentences[token]
    for i in range(token - 1, max(token - 2 - _PORTFOLIO_WORDS, -1), -1):
        if token_sentences[i] != sentence:
            return None
        norm = tokens[i].norm
        # the string test first: most names follow no definite word
        if norm.startswith("ال", norm[:1] in ("و", "ف")):  # الشؤون, والشؤون
            continue
        return i if i < token - 1 and not view.stems(i).isdisjoint(grammar.portfolio_heads) else None
    return None


def _dateline(view: TokenView, token: int, last: int, sentence: int) -> bool:
    """Does the place of tokens ``token``..``last`` stand in its sentence's dateline (الرباط - ,
    الصخيرات (المغرب): ), where the news is sent from rather than an actor of it? (A person before a
    dash opens an aside, as does an adjective: محمد بن نايف - حفظه الله -, مسؤول تركي- رفض الكشف.)
    The caller has seen a dash or a closing bracket right after ``last``."""
    tokens = view.tokens
    after = last + 1
    marks = _DATELINE_DASHES
    if tokens[after].norm == ")":
        after += 1
        marks = _DATELINE_AFTER_BRACKET
        if after >= view.count:
            return False
    if tokens[after].norm not in marks or view.token_sentences[after] != sentence:
        return False
    return token - view.sentence_range(sentence)[0] <= _DATELINE_WORDS


def each_of(view: TokenView, i: int) -> bool:
    """Is token ``i``, a من, that of "كل من X وY" (both X and Y: على كل من هيروشيما وناجازاكي)?"""
    return i > 0 and view.tokens[i - 1].norm == "كل"


def _along_border(view: TokenView, with_: int, sentence: int, grammar: Grammar) -> bool:
    """Is token ``with_``, a مع, that of a border named where something happens (على الحدود مع
    سورية): a border's noun right before it, a preposition or locative before that?"""
    border, outer = with_ - 1, with_ - 2
    return outer >= 0 and view.sentence_of(outer) == sentence and view.is_word(border) \
        and not view.stems(border).isdisjoint(grammar.borders) \
        and not view.stems(outer).isdisjoint(grammar.prepositions | grammar.locatives)


# What the text of an article naming a minister holds (وزير, وزيرة, الوزير).
_MINISTER = "وزير"

# The most words a minister's portfolio holds between his title and his name (الأوقاف والشؤون
# الدينية الفلسطينية).
_PORTFOLIO_WORDS = 4

# The most tokens a counterpart's title with its adjectives holds between two actors (ونظيره الروسي).
_COUNTERPART_WORDS = 3
# The conjunction and the article on a nationality adjective naming the second of two persons (والأمريكي).
_AND_DEFINITE = "وال"

# The proclitics a place's head noun may carry and still be what is acted upon, after و or ف:
# none (حاصرت مدينة تعز) or the ل of a verbal noun's object (بقصف متعمد لمنطقة سد الجبلين).
_OBJECT_HEAD_CLITICS = frozenset({"", "ل", "لل"})


def _bare_head(view: TokenView, i: int, grammar: Grammar) -> bool:
    """Token ``i`` is a place's head noun with no proclitic but و, ف or the ل of an object (مدينة,
    ومدينة, لمنطقة; not بمدينة, في مدينة)."""
    return any(clitic.lstrip("وف") in _OBJECT_HEAD_CLITICS and stem in grammar.place_heads
               for clitic, stem in view.clitics(i))


def _outer_stems(view: TokenView, head: int, sentence: int) -> frozenset[str]:
    """The stems of the word before a place's head noun (في in في مدينة تعز), empty at the sentence's start."""
    outer = head - 1
    if outer < 0 or view.token_sentences[outer] != sentence:
        return frozenset()
    return view.stems(outer)


def _confidence(value: object) -> float:
    """A mention's confidence, 1.0 when missing (None, NaN, pd.NA)."""
    if type(value) is float:  # the common case, without pandas' slower missing-value test
        return 1.0 if value != value else value
    return 1.0 if value is None or pd.isna(value) else float(value)


def _head_clitics(view: TokenView, i: int, grammar: Grammar) -> str:
    """Proclitics of token ``i`` read as a title or head noun (والرئيس -> و); empty when it is none,
    as when a merged person's chain starts at a nationality adjective (رئيس مجلس الوزراء المصري، إبراهيم محلب)."""
    return next((c for c, stem in view.clitics(i) if stem in grammar.agent_heads), "")


def _partitive(view: TokenView, before: int, sentence: int, grammar: Grammar) -> bool:
    """Is token ``before``, a من, the من of a force noun right before it (قوات من, عناصر من)?"""
    head = before - 1
    return head >= 0 and view.is_word(head) and view.sentence_of(head) == sentence and not view.stems(head).isdisjoint(grammar.partitive_heads)


def _only_commas(view: TokenView, last: int, lead: int) -> bool:
    """Only commas stand between token ``last`` and token ``lead`` (وزير الخارجية المصري، سامح شكري)."""
    return lead > last and all(view.tokens[i].norm == "," for i in range(last + 1, lead))


def _name_gap(view: TokenView, last: int, lead: int, grammar: Grammar) -> bool:
    """Only commas, honorifics and first names stand between token ``last`` and token ``lead``: at
    most a few words, none a preposition, clause opener or negator, and none joined by و."""
    between = range(last + 1, lead)
    if len(between) > _NAME_GAP:
        return False
    stops = grammar.name_breaks
    for i in between:
        token = view.tokens[i]
        if token.norm == ",":
            continue
        if not view.is_word(i) or token.norm.startswith("و") or view.stems(i) & stops:
            return False
    return True


def _clamp_leads(actors: list[Actor]) -> list[Actor]:
    """A title chain never reaches back into the previous mention (رئيس مجلس الوزراء الوزير سامح
    شكري: the chain of شكري starts at الوزير)."""
    out: list[Actor] = []
    for actor in actors:
        if out and out[-1].last_token < actor.token and actor.lead <= out[-1].last_token:
            actor = replace(actor, lead=out[-1].last_token + 1)
        out.append(actor)
    return out


def _merge_titles(view: TokenView, actors: list[Actor], grammar: Grammar) -> list[Actor]:
    """Keep the named person of "title + nationality + [titles] + name" (الرئيس السوري بشار الأسد,
    نائب الرئيس اليمني رئيس الوزراء خالد بحاح), "title + state + name" (وزير خارجية الإمارات
    الشيخ عبد الله بن زايد, أمير دولة قطر الشيخ تميم بن حمد) or "title + body + name", maybe with
    an honorific and first names the mention leaves out (الأمين العام لمجلس التعاون الدكتور
    عبداللطيف بن راشد الزياني) as the actor; the place of the post may stand between (مبعوث الأمم
    المتحدة إلى سوريا ستيفان دي ميستورا)."""
    out: list[Actor] = []
    for actor in actors:
        # the place's flag first: most persons follow no prepositional mention
        posted = actor.kind == "PER" and len(out) > 1 and out[-1].prepositional and _posted_to(view, out[-2], out[-1], grammar) \
            and _name_gap(view, out[-1].last_token, actor.lead, grammar)
        if posted:
            # مبعوث الأمين العام للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ: the post's place belongs to
            # the title, whose body's chain the name then closes
            out.pop()
        previous = out[-1] if out else None
        titled = previous is not None and previous.kind in ("GPE", "ORG") and previous.lead < previous.token
        # a headline's last title (يستقبل وزير الخارجية المصري) never names the next sentence's person
        if previous is not None and actor.kind == "PER" and not actor.post and view.token_sentences[previous.token] == view.token_sentences[actor.token] and (
                posted or (previous.nationality or (titled and previous.kind == "GPE"))
                and _only_commas(view, previous.last_token, actor.lead)
                or titled and _name_gap(view, previous.last_token, actor.lead, grammar)):
            previous = out.pop()
            actor = replace(actor, lead=previous.lead, prepositional=previous.prepositional, lam=previous.lam,
                            locative=previous.locative, adjectival=False)
        out.append(actor)
    return out


def _posted_to(view: TokenView, body: Actor, place: Actor, grammar: Grammar) -> bool:
    """Is ``place`` a state named right after a titled ``body`` behind one preposition (سفير الاتحاد
    الأوروبي لدى اليمن, المبعوث الأمريكي إلى سوريا): the post of the title's holder?"""
    return place.kind == "GPE" and place.prepositional and place.lead == place.token == body.last_token + 2 \
        and body.kind in ("GPE", "ORG") and body.lead < body.token and view.has_stem(body.last_token + 1, grammar.prepositions)


def _merge_renamings(view: TokenView, actors: list[Actor]) -> list[Actor]:
    """One actor for two names of it in a row (خادم الحرمين الشريفين الملك سلمان بن عبد العزيز), or
    for a person and his own title after him (محمد جواد ظريف، وزير الخارجية الإيراني): the second
    only renames the first, and what follows it is the next word of the clause."""
    out: list[Actor] = []
    for actor in actors:
        previous = out[-1] if out else None
        # the adjective's flag before the call: most mentions are no nationality adjective
        if previous is not None and (previous.actor_id == actor.actor_id or actor.nationality and _own_title(previous, actor)) \
                and actor.token > previous.last_token \
                and (actor.lead == previous.last_token + 1 or _only_commas(view, previous.last_token, actor.lead)):
            actor = replace(previous, end=actor.end, last_token=actor.last_token)
            out.pop()
        out.append(actor)
    return out


def _own_title(person: Actor, title: Actor) -> bool:
    """Is ``title``, a nationality adjective, the end of a title chain naming ``person``'s own state
    (ظريف، وزير الخارجية الإيراني)? Another state's title after a person is his object or
    companion (استقبل الملك سلمان وزير الخارجية الإيراني)."""
    return title.lead < title.token and person.kind == "PER" \
        and actor_countries().get(person.actor_id) == title.actor_id


def _coordinated(view: TokenView, left: Actor, right: Actor, grammar: Grammar) -> bool:
    """Are two mentions joined by و, a comma or a dash (تركيا وإيران, إردوغان والرئيس الأمريكي أوباما)?"""
    if view.token_sentences[left.token] != view.token_sentences[right.token]:
        return False
    # a whole token between with a letter the pattern cannot hold rules it out without folding the text
    # (a plain loop: a generator under any() cost a frame for each of the dozens of pairs an article has)
    tokens = view.tokens
    for i in range(left.last_token + 1, right.lead):
        if _COORDINATION_CHARS.fullmatch(tokens[i].norm) is None:
            break
    else:
        if right.lead == right.token:
            between = fold(view.doc.text[left.end:right.start])
        else:  # the title's own proclitic joins: والرئيس
            between = fold(view.doc.text[left.end:view.tokens[right.lead].start]) + _head_clitics(view, right.lead, grammar)
        if bool(between.strip()) and _COORDINATION.fullmatch(between) is not None:
            return True
    # the gap tested before the call: most pairs of an article stand further apart than a title
    return 1 <= right.lead - left.last_token - 1 <= _COUNTERPART_WORDS \
        and _counterpart(view, left.last_token, right.lead, grammar, left.kind == right.kind == "PER")


def _counterpart(view: TokenView, last: int, lead: int, grammar: Grammar, persons: bool) -> bool:
    """A title with و and at most two adjectives the actor extractor left unnamed stand between
    token ``last`` and token ``lead``, 1 to ``_COUNTERPART_WORDS`` tokens apart (كيري ونظيره
    الروسي سيرغي لافروف); between two ``persons`` the title may be a nationality adjective alone,
    the second's share of a dual title before the first (الرئيسين التركي رجب طيب أردوغان والأمريكي
    باراك أوباما)."""
    between = range(last + 1, lead)
    if not view.is_word(between[0]):
        return False
    if not any(clitic == "و" and stem in grammar.agent_heads for clitic, stem in view.clitics(between[0])) \
            and not (persons and definite_adjective(view, between[0], _AND_DEFINITE)):
        return False
    return all(view.is_word(i) and (view.stems(i) & grammar.agent_heads or view.tokens[i].norm.endswith(RELATIONAL_ENDINGS))
               for i in between[1:])


def definite_adjective(view: TokenView, i: int, article: str = "ال") -> bool:
    """Is token ``i`` a relational adjective opening with ``article`` (التركي; والأمريكي with "وال")?"""
    norm = view.tokens[i].norm
    return norm.startswith(article) and norm.endswith(RELATIONAL_ENDINGS)
