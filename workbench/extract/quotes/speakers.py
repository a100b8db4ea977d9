"""Who speaks: the speaker of a cue from the actor mentions around it.

A speaker is an actor mention (from :func:`workbench.entities`'s records), a
description of a person (الدبلوماسي الروسي, المتحدث باسم الخارجية) resolved to the
person named earlier in the article when the description fits, or, for
pronoun-less constructions (وأضاف, مشيرا), the actor speaking just before.

A description *fits* an earlier person when every actor it names (الروسي ->
russia) is the person or an actor named in the person's own description
(نائب وزير الخارجية الروسي ميخائيل بوغدانوف -> russia), so "the Russian diplomat"
goes back to Bogdanov and not to the American envoy quoted in between.

>>> m = [{"start": 0, "end": 4, "type": "PER", "actor_id": "x", "surface": "كيري"}]
>>> Speakers(m).from_range(0, 4, "كيري").actor
'x'
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import NamedTuple

import pandas as pd

from workbench.text import fold

__all__ = ["Speaker", "Speakers"]

_NAMED_TYPES = ("PER", "ORG", "GPE")
_START = itemgetter("start")
_END = itemgetter("end")
_TYPE = itemgetter("type")
_APPOSITION_CHARS = 80  # a title set after a name between commas is this short


class Speaker(NamedTuple):
    """A speaker mention: surface and offsets as written, the actor id (None when unknown).

    ``context`` holds the actor ids named in the speaker's description; ``named``
    is the earlier name a description or pronoun was resolved to.
    """

    surface: str
    start: int
    end: int
    actor: str | None
    person: bool
    context: frozenset[str] = frozenset()
    named: Speaker | None = None

    @property
    def name(self) -> Speaker:
        """The mention that names the actor (itself unless resolved from a description)."""
        return self.named or self


def _usable(mention: dict) -> bool:
    """Whether a mention has a start, an end and a type (not None, the type not empty)."""
    return mention.get("start") is not None and mention.get("end") is not None and bool(mention.get("type"))


def _complete(mentions: list[dict]) -> bool:
    """Whether every mention is :func:`_usable`, tested a field at a time over the list in C."""
    try:
        return None not in map(_START, mentions) and None not in map(_END, mentions) and all(map(_TYPE, mentions))
    except KeyError:
        return False


@dataclass
class Speakers:
    """Actor mentions of one article and the speakers found so far, in text order."""

    mentions: list[dict]
    history: list[Speaker] = field(default_factory=list)
    text: str = ""  # the article's text, to read a person's title where the actor mentions name no actor

    def __post_init__(self) -> None:
        # Mentions with offsets and a type only. The actor extractor's mentions all have them: three passes in C
        # check that, and the filter a mention at a time runs only for lists that lack some.
        mentions = self.mentions
        if not _complete(mentions):
            mentions = list(filter(_usable, mentions))
        self.mentions = sorted(mentions, key=_START)
        self._starts = list(map(_START, self.mentions))

    def inside(self, start: int, end: int) -> list[dict]:
        """Mentions lying within original offsets [start, end)."""
        first = bisect_left(self._starts, start)
        return [m for m in self.mentions[first : bisect_left(self._starts, end, first)] if m["end"] <= end]

    def from_range(self, start: int, end: int, surface: str, description: bool = False, window: tuple[int, int] | None = None,
                   generic: bool = False) -> Speaker:
        """The speaker named by the text ``surface`` at [start, end).

        A person mention wins, then an organisation or state named at the start.
        Otherwise the region is a description: a person ``description``
        (الدبلوماسي الروسي) is resolved to an earlier person it fits; any other
        description (مسؤولون إيطاليون) speaks for the organisation or state it names. When the
        description's noun introduced someone earlier (مسؤول يمني بارز ... المسؤول), only a person
        named within that introduction's ``window`` of offsets fits. A ``generic`` head (المسؤول
        اليمني) also fits a person whose own title names no actor.
        """
        found = self.inside(start, end)
        context = _actors_of(found)
        found = _without_title_names(found)
        people = [m for m in found if m["type"] == "PER"]
        if people:
            # a person after a description's noun is its genitive (مستشار خامنئي الدكتور علي أكبر ولايتي): the one named last speaks
            person = people[-1] if people[0]["start"] > start + 1 else people[0]
            return self.remember(_from_mention(person, True, context))
        named = [m for m in found if m["type"] in _NAMED_TYPES]
        if named and named[0]["start"] <= start + 1:
            return self.remember(_from_mention(named[0], False, context))
        if description:
            resolved = self.resolve_description(surface, start, end, context, window, generic)
            if resolved.named is not None:
                return self.remember(resolved)
        actor = _actor(named[0]) if named else None
        return self.remember(Speaker(surface, start, end, actor, description, context))

    def resolve_description(self, surface: str, start: int, end: int, context: frozenset[str], window: tuple[int, int] | None = None,
                            generic: bool = False) -> Speaker:
        """A person description at [start, end) resolved to the latest earlier person it fits (named inside ``window`` when given).

        ``named`` stays None when no earlier person fits; failing that, a ``generic``
        head goes to the latest earlier person whose title names no actor (وزير حقوق
        الإنسان عز الدين الاصبحي ... وأكد المسؤول اليمني).

        >>> m = [{"start": 0, "end": 5, "type": "PER", "actor_id": "asbahi", "surface": "الاصبحي"},
        ...      {"start": 30, "end": 35, "type": "GPE", "actor_id": "yemen", "surface": "اليمني"}]
        >>> Speakers(m).resolve_description("المسؤول اليمني", 22, 35, frozenset({"yemen"}), generic=True).actor
        'asbahi'
        """
        qualifiers = fold(surface).split()[1:]
        for earlier in reversed(self.history):
            named = earlier.name
            if named.person and named.start < start and _within(named.start, window) and (
                    context <= named.context | {named.actor} - {None} or (qualifiers and self._title_says(qualifiers, named))):
                return Speaker(surface, start, end, named.actor, True, context, named)
        for m in reversed(self.mentions[: bisect_left(self._starts, start)]):
            if m["type"] == "PER" and _within(m["start"], window) and context <= ({_actor(m)} | self._title_context(m)) - {None}:
                return Speaker(surface, start, end, _actor(m), True, context, _from_mention(m, True, frozenset()))
        if generic:
            for m in reversed(self.mentions[: bisect_left(self._starts, start)]):
                if m["type"] == "PER" and _within(m["start"], window) and _actor(m) is not None and not self._title_context(m):
                    return Speaker(surface, start, end, _actor(m), True, context, _from_mention(m, True, frozenset()))
        return Speaker(surface, start, end, None, True, context)

    def resolve_title(self, surface: str, start: int, end: int, titled: Callable[[dict], bool]) -> Speaker | None:
        """A title naming no person (وزير الدفاع الأمريكي) resolved to the latest earlier person that ``titled``
        accepts and whose title names the same actors; None when the title names no actor or no one fits."""
        found = self.inside(start, end)
        context = _actors_of(found)
        if not context or any(m["type"] == "PER" for m in found):
            return None
        for m in reversed(self.mentions[: bisect_left(self._starts, start)]):
            if m["type"] == "PER" and context <= self._title_context(m) and titled(m):
                return self.remember(Speaker(surface, start, end, _actor(m), True, context, _from_mention(m, True, frozenset())))
        return None

    def resolve_organisation(self, surface: str, start: int, end: int, names: Callable[[dict], bool]) -> Speaker | None:
        """An organisation description at [start, end) (المكتب, الشركة) resolved to the latest earlier organisation that ``names`` accepts."""
        for m in reversed(self.mentions[: bisect_left(self._starts, start)]):
            if m["type"] == "ORG" and names(m):
                named = _from_mention(m, False, frozenset())
                return self.remember(Speaker(surface, start, end, named.actor, False, frozenset({named.actor}) - {None}, named))
        return None

    def subject_before(self, sentence_start: int, cue_start: int, quoted: Callable[[int], bool] = lambda _: False,
                       remember: bool = True, accepts: Callable[[Speaker], bool] | None = None, *,
                       title_closer: Callable[[dict], dict | None]) -> Speaker | None:
        """The first actor named in the sentence before the cue, outside ``quoted`` text: the subject of a verb-initial sentence.

        ``remember=False`` leaves the previous speaker as it is, for a candidate the caller may still reject;
        only actors that ``accepts`` takes (those agreeing with a feminine cue, say) are candidates;
        ``title_closer`` gives the person closing a title that names a body (رئيس بلدية القريات ... المهندس فرحان
        العنزي), or None: that person, not the body, is the subject."""
        # read lazily: the first candidate decides, and only a state first sends the search on to a person
        named = (m for m in _without_title_names(self.inside(sentence_start, cue_start))
                 if m["type"] in _NAMED_TYPES and not quoted(m["start"]) and (accepts is None or accepts(self.speaker_of(m, remember=False))))
        first = next(named, None)
        if first is None:
            return None
        if first["type"] != "PER" and (person := title_closer(first)) is not None and (
                accepts is None or accepts(self.speaker_of(person, remember=False))):
            return self.speaker_of(person, remember)  # a body named inside a person's title is not the subject: the person is
        if first["type"] == "GPE" and (person := next((m for m in named if m["type"] == "PER"), None)) is not None:
            return self.speaker_of(person, remember)  # اتهم الحزب انقرة ...، الا ان اردوغان ... قال: people speak, places rarely
        return self.speaker_of(first, remember)

    def is_place(self, speaker: Speaker) -> bool:
        """Whether the speaker is a mention of a state, city or place (GPE or LOC)."""
        return self.place_at(speaker.start)

    def place_at(self, offset: int) -> bool:
        """Whether a mention of a state, city or place (GPE or LOC) starts at ``offset``."""
        i = bisect_left(self._starts, offset)
        return i < len(self.mentions) and self.mentions[i]["start"] == offset and self.mentions[i]["type"] in ("GPE", "LOC")

    def starts_mention(self, offset: int) -> bool:
        """Whether an actor mention starts at ``offset``."""
        i = bisect_left(self._starts, offset)
        return i < len(self._starts) and self._starts[i] == offset

    def within_mention(self, offset: int) -> bool:
        """Whether an actor mention covers ``offset`` (فان in لويس فان غال, بان in بان كي مون)."""
        i = bisect_right(self._starts, offset)
        for m in self.mentions[max(i - 2, 0) : i]:  # a plain loop over at most two: a generator costs more than the tests
            if m["end"] > offset:
                return True
        return False

    def mention_ending_at(self, offset: int) -> dict | None:
        """The actor mention ending at ``offset`` (the subject of ``X قال``), if any."""
        for m in reversed(self.inside(max(offset - 200, 0), offset)):
            if m["end"] == offset and m["type"] in _NAMED_TYPES:
                return m
        return None

    def person_at(self, start: int, end: int) -> dict | None:
        """A person mention overlapping [start, end), if any."""
        first = bisect_left(self._starts, max(start - 200, 0))
        for m in self.mentions[first : bisect_left(self._starts, end, first)]:  # only mentions starting before ``end`` can overlap
            if m["type"] == "PER" and start < m["end"] <= end + 200:
                return m
        return None

    def speaker_of(self, mention: dict, remember: bool = True) -> Speaker:
        """The mention as the speaker of a cue; ``remember`` makes it the previous speaker of later pronoun-less cues."""
        speaker = _from_mention(mention, mention["type"] == "PER", frozenset({_actor(mention)}) - {None})
        return self.remember(speaker) if remember else speaker

    def last(self, before: int) -> Speaker | None:
        """The latest speaker mentioned before ``before``."""
        for earlier in reversed(self.history):
            if earlier.start < before:
                return earlier
        return None

    def latest_mention(self, speaker: Speaker, before: int) -> Speaker:
        """The latest mention of the person ``speaker`` names before ``before`` (وعدّ الجار الله ... وأفاد أن: the short name, not the first full one).

        A mention names the same person when it has the same actor id or, without
        ids, when its words are some of the speaker's words.
        """
        if not speaker.person:
            return speaker
        words = set(speaker.surface.split())
        for m in reversed(self.mentions[: bisect_left(self._starts, before)]):
            if m["start"] <= speaker.start:
                break
            same = _actor(m) == speaker.actor if speaker.actor is not None and _actor(m) is not None else set(str(m["surface"]).split()) <= words
            if m["type"] == "PER" and same and m["end"] <= before:
                return _from_mention(m, True, speaker.context)
        return speaker

    def member_of(self, surface: str, start: int, end: int, mention: dict) -> Speaker:
        """An unnamed official or source at [start, end) of the organisation or state ``mention`` (مسؤول في القنصلية الأميركية): its actor speaks."""
        actor = _actor(mention)
        return self.remember(Speaker(surface, start, end, actor, False, frozenset({actor}) - {None}))

    def described(self, surface: str, start: int, end: int, named: Speaker) -> Speaker:
        """A description at [start, end) standing for the speaker ``named`` earlier (وأضاف البيان: the statement's author)."""
        return self.remember(Speaker(surface, start, end, named.actor, named.person, named.context, named))

    def unlisted_person(self, surface: str, start: int, end: int, person: bool = True) -> Speaker:
        """A person (or, with ``person=False``, a group: القوات الموالية) at [start, end) whom the actor mentions miss; remembered as a speaker."""
        return self.remember(Speaker(surface, start, end, None, person))

    def _title_says(self, qualifiers: list[str], named: Speaker) -> bool:
        """Whether the folded words qualifying a description (المسؤول اليمني) stand in the title right before the
        earlier person's name (وزير الداخلية اليمني اللواء عبده الحذيفي), where no actor was tagged."""
        title = fold(self.text[max(named.start - 40, 0) : named.start]).split()
        return all(word in title for word in qualifiers)

    def _title_context(self, mention: dict) -> frozenset[str]:
        """Actors named in the few characters of title right before a person's name, or in the title set after it
        between commas (راجح بادي، المتحدث باسم الحكومة اليمنية، ...: a later المتحدث باسم الحكومة is he)."""
        start, end = int(mention["start"]), int(mention["end"])
        titled = self.inside(max(start - 40, 0), start)
        after = self.text[end : end + 3]
        comma = end + len(after) - len(after.lstrip(" "))
        if self.text[comma : comma + 1] in ("،", ","):
            limit = comma + _APPOSITION_CHARS
            stop = min([i for i in map(lambda c: self.text.find(c, comma + 1, limit), "،,.:\n") if i >= 0], default=limit)
            titled = titled + self.inside(comma + 1, stop)
        return _actors_of(titled)

    def remember(self, speaker: Speaker) -> Speaker:
        """Make ``speaker`` the previous speaker of later pronoun-less cues."""
        self.history.append(speaker)
        return speaker


def _without_title_names(mentions: list[dict]) -> list[dict]:
    """Mentions minus a one-word name right before another name: a title tagged on its own (الشيخ عبد الله بن زايد)."""
    return [m for m, nxt in zip(mentions, mentions[1:] + [None])
            if not (nxt is not None and m["type"] == nxt["type"] == "PER" and " " not in m["surface"] and 0 <= nxt["start"] - m["end"] <= 2)]


def _within(offset: int, window: tuple[int, int] | None) -> bool:
    return window is None or window[0] <= offset < window[1]


def _actors_of(mentions: list[dict]) -> frozenset[str]:
    """The actor ids of ``mentions`` (each looked up once)."""
    return frozenset(filter(None, map(_actor, mentions)))


def _actor(mention: dict) -> str | None:
    actor = mention.get("actor_id")
    return None if actor is None or actor is pd.NA or (isinstance(actor, float) and actor != actor) or actor == "" else str(actor)


def _from_mention(mention: dict, person: bool, context: frozenset[str]) -> Speaker:
    return Speaker(str(mention["surface"]), int(mention["start"]), int(mention["end"]), _actor(mention), person, context)
