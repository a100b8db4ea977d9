"""Object pronouns on cue verbs (زاره, تتهمها, ودعاهم): which earlier actor the pronoun stands for.

A pronoun agrees with its antecedent in gender and number. An actor's agreement is read from its
kind and the first word of its name: a person is masculine unless a woman's given name (the quote
layer's list: أنجيلا) or a feminine title (المستشارة, الوزيرة) names her; a state named without the article
(مصر, تركيا) or by a feminine noun (المملكة, الولايات المتحدة) is feminine, one with the article
alone (العراق, الجزائر) may be either, a city is feminine; a body is feminine when its head noun is (الحكومة,
القوات), a human plural when the head is a sound plural (الحوثيون), masculine otherwise (الجيش).

>>> from workbench.extract.stance.lexicon import load_lexicon
>>> lexicon = load_lexicon()
>>> object_pronoun("تتهمها", lexicon), object_pronoun("زاره", lexicon), object_pronoun("اتهام", lexicon)
('ها', 'ه', None)
>>> sorted(agreement("PER", "عادل الجبير")), sorted(agreement("GPE", "العراق")), sorted(agreement("ORG", "الحوثيون"))
(['ه'], ['ه', 'ها'], ['هم'])
>>> sorted(agreement("PER", "أنجيلا ميركل")), possessive_pronoun("لقايها"), possessive_pronoun("دعمهما"), possessive_pronoun("دعمنا")
(['ها'], 'ها', 'هما', None)

A list of actors is taken back by the dual for two (بينهما) and by the plural, or for things and
states by the feminine singular too, for three or more (عقوباتها after three states).
"""

from __future__ import annotations

from functools import lru_cache

from workbench.extract.stance.actors import Actor
from workbench.extract.quotes.lexicon import load_lexicon as load_quote_lexicon
from workbench.extract.stance.lexicon import Grammar, StanceLexicon
from workbench.extract.stance.view import TokenView
from workbench.text import fold

__all__ = ["OBJECT_PRONOUNS", "FEMININE", "object_pronoun", "possessive_pronoun", "agreement", "group_agreement",
           "pronoun_antecedent"]

# Longest first: تتهمهما ends in ها too.
OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")
_FEMININE_ENDINGS = ("ه", "ات")  # folded ta marbuta; non-human plurals agree as feminine
_PLURAL_ENDINGS = ("ون", "ين")
_MASCULINE, FEMININE, _PLURAL, _DUAL = frozenset({"ه"}), frozenset({"ها"}), frozenset({"هم"}), frozenset({"هما"})
# How many words before a person's name (or its title chain) a feminine title may stand: المستشارة
# الألمانية أنجيلا ميركل (a nationality adjective between).
_TITLE_REACH = 2


@lru_cache(maxsize=1)
def _female_names() -> frozenset[str]:
    """Women's given names, folded: the quote layer's list (read, not copied), which tells a feminine
    speaker the same way."""
    return load_quote_lexicon().female_names


def object_pronoun(form: str, lexicon: StanceLexicon) -> str | None:
    """The object pronoun a folded cue form ends in when the rest is a verb form of the lexicon."""
    if not form.endswith(OBJECT_PRONOUNS):  # asked of every cue found: one test in C for most forms
        return None
    for pronoun in OBJECT_PRONOUNS:
        if form.endswith(pronoun):
            rest = lexicon.forms.get(form[:-len(pronoun)])
            if rest is not None and rest.kind == "verb":
                return pronoun
    return None


def possessive_pronoun(form: str) -> str | None:
    """The third-person pronoun a folded possessive form (لقايها, دعمهما) ends in, the longest that
    fits; None for another person's (دعمنا, دعمكم)."""
    return next((p for p in OBJECT_PRONOUNS if form.endswith(p)), None)


def agreement(kind: str, name: str, place: bool = False) -> frozenset[str]:
    """The object pronouns that may stand for an actor of ``kind`` named ``name`` (a city or region
    when ``place``: feminine, as مدينة is)."""
    head = fold(name).split(" ", 1)[0]
    if kind == "PER":
        return FEMININE if head in _female_names() else _MASCULINE
    if place:
        return FEMININE
    if kind == "GPE":
        if head.endswith(_FEMININE_ENDINGS) or not head.startswith("ال"):
            return FEMININE
        return _MASCULINE | FEMININE
    if head.endswith(_FEMININE_ENDINGS):
        return FEMININE
    if head.startswith("ال") and head.endswith(_PLURAL_ENDINGS) and len(head) > 5:
        return _PLURAL
    return _MASCULINE


def actor_agreement(view: TokenView, actor: Actor, grammar: Grammar) -> frozenset[str]:
    """The pronouns that may stand for ``actor``: its name's agreement, or feminine for a person
    after a feminine title (المستشارة الألمانية أنجيلا ميركل, الوزيرة ...); a body or state named
    through a title or adjective chain agrees with the chain's head."""
    if actor.kind == "PER":
        tokens = view.tokens  # a feminine title ends in ة (folded ه): the ending is tested before the readings
        if any(tokens[i].norm.endswith("ه") and view.is_word(i) and view.stems(i) & grammar.feminine_titles
               for i in range(max(0, actor.lead - _TITLE_REACH), actor.token)):
            return FEMININE
    elif actor.lead != actor.token or actor.nationality:
        # الرئيس اليمني, وزارة الخارجية: the chain's first word is the head the pronoun agrees with
        return FEMININE if view.tokens[actor.lead].norm.endswith(_FEMININE_ENDINGS) else _MASCULINE | FEMININE
    return agreement(actor.kind, view.doc.text[actor.start:actor.end], actor.target_only)


def group_agreement(view: TokenView, group: list[Actor], grammar: Grammar) -> frozenset[str]:
    """The pronouns that may stand for a coordinated group: one actor's own, the dual for two (the
    plural too when one is a body of people: الحوثيين وقوات صالح ... مواجهتهم), the plural for more
    (and the feminine singular when none is a person)."""
    if len(group) == 1:
        return actor_agreement(view, group[0], grammar)
    if len(group) == 2:
        return _DUAL | _PLURAL if any(a.kind == "ORG" for a in group) else _DUAL
    return _PLURAL if any(a.kind == "PER" for a in group) else _PLURAL | FEMININE


def pronoun_antecedent(view: TokenView, pronoun: str, cue_token: int, here: list[list[Actor]],
                       previous: list[list[Actor]], exclude: set[str], grammar: Grammar) -> list[Actor] | None:
    """The one actor before the cue in its sentence, else in the previous sentence, that agrees with
    ``pronoun``; None when none or several do (the reading then does not guess)."""
    for groups in ([g for g in here if g[-1].last_token < cue_token], previous):
        fitting = {}
        for group in groups:
            for actor in group:
                if actor.actor_id not in exclude and not actor.adjectival \
                        and pronoun in actor_agreement(view, actor, grammar):
                    fitting[actor.actor_id] = actor
        if fitting:
            return list(fitting.values()) if len(fitting) == 1 else None
    return None
