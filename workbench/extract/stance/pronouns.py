"""Object pronouns on cue verbs (زاره, تتهمها, ودعاهم): which earlier actor the pronoun stands for.

A pronoun agrees with its antecedent in gender and number. An actor's agreement is read from its
kind and the first word of its name: a person is masculine; a state named without the article
(مصر, تركيا) or by a feminine noun (المملكة, الولايات المتحدة) is feminine, one with the article
alone (العراق, الجزائر) may be either, a city is feminine; a body is feminine when its head noun is (الحكومة,
القوات), a human plural when the head is a sound plural (الحوثيون), masculine otherwise (الجيش).

>>> from workbench.extract.stance.lexicon import load_lexicon
>>> lexicon = load_lexicon()
>>> object_pronoun("تتهمها", lexicon), object_pronoun("زاره", lexicon), object_pronoun("اتهام", lexicon)
('ها', 'ه', None)
>>> sorted(agreement("PER", "عادل الجبير")), sorted(agreement("GPE", "العراق")), sorted(agreement("ORG", "الحوثيون"))
(['ه'], ['ه', 'ها'], ['هم'])
"""

from __future__ import annotations

from workbench.extract.stance.actors import Actor
from workbench.extract.stance.lexicon import StanceLexicon
from workbench.extract.stance.view import TokenView
from workbench.text import fold

__all__ = ["OBJECT_PRONOUNS", "FEMININE", "object_pronoun", "agreement", "pronoun_antecedent"]

# Longest first: تتهمهما ends in ها too.
OBJECT_PRONOUNS = ("هما", "هم", "هن", "ها", "ه")
_FEMININE_ENDINGS = ("ه", "ات")  # folded ta marbuta; non-human plurals agree as feminine
_PLURAL_ENDINGS = ("ون", "ين")
_MASCULINE, FEMININE, _PLURAL = frozenset({"ه"}), frozenset({"ها"}), frozenset({"هم"})


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


def agreement(kind: str, name: str, place: bool = False) -> frozenset[str]:
    """The object pronouns that may stand for an actor of ``kind`` named ``name`` (a city or region
    when ``place``: feminine, as مدينة is)."""
    head = fold(name).split(" ", 1)[0]
    if kind == "PER":
        return _MASCULINE
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


def pronoun_antecedent(view: TokenView, pronoun: str, cue_token: int, here: list[list[Actor]],
                       previous: list[list[Actor]], exclude: set[str]) -> list[Actor] | None:
    """The one actor before the cue in its sentence, else in the previous sentence, that agrees with
    ``pronoun``; None when none or several do (the reading then does not guess)."""
    for groups in ([g for g in here if g[-1].last_token < cue_token], previous):
        fitting = {}
        for group in groups:
            for actor in group:
                if actor.actor_id not in exclude and not actor.adjectival \
                        and pronoun in agreement(actor.kind, view.doc.text[actor.start:actor.end], actor.target_only):
                    fitting[actor.actor_id] = actor
        if fitting:
            return list(fitting.values()) if len(fitting) == 1 else None
    return None
